"""Rule set of Pemerintah Kota Bandung (``kota-bandung``, Kemendagri 32.73).

Modules, one per legal instrument:

* :mod:`.se_443_se_088_bkpsdm_2021` — ``kota-bandung/2021-wfh-covid19``
  (SE Wali Kota Bandung 443/SE.088-BKPSDM, WFH 28 June – 5 July 2021)
* :mod:`.se_022_setda_2024` — ``kota-bandung/2024-wfh-lebaran``
  (SE Wali Kota Bandung 022-Setda/2024, WFO/WFH 16–17 April 2024, after
  SE MenPANRB 1/2024)

The agency catalog is in :mod:`.agencies`.  Installed, the distribution
registers the entry point ``kota-bandung`` in the group ``kebijakan_asn``.
"""

from __future__ import annotations

from kebijakan_asn import ModulePlugin

from . import se_022_setda_2024, se_443_se_088_bkpsdm_2021
from .agencies import AGENCIES, JURISDICTION

__all__ = ["AGENCIES", "JURISDICTION", "__version__", "plugin"]

__version__ = "0.1.0"

plugin = ModulePlugin(
    JURISDICTION.code,
    __version__,
    jurisdictions=[JURISDICTION],
    agencies=AGENCIES,
    modules=[se_443_se_088_bkpsdm_2021, se_022_setda_2024],
)
