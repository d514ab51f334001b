"""Rule set of Pemerintah Kabupaten Bekasi (``kab-bekasi``, Kemendagri 32.16).

Modules, one per legal instrument:

* :mod:`.se_800_se_26_bkppd_2020` — ``kab-bekasi/2020-fwa-covid19``
  (SE Bupati 800/SE-26/BKPPD, 18–31 March 2020; seed 003)
* :mod:`.se_800_se_34_bkppd_2020` — ``kab-bekasi/2020-fwa-covid19-perpanjangan``
  (SE Bupati 800/SE-34/BKPPD, 1–14 April 2020; domain.md §6)
* :mod:`.se_800_1_6_2_1468_bkpsdm_2025` — ``kab-bekasi/2025-wfa-lebaran``
  (SE 800.1.6.2/1468-BKPSDM/2025, 24–27 March 2025; seed 001)
* :mod:`.se_800_1_6_2_se_14_bkpsdm_2026` — ``kab-bekasi/2026-wfh-banjir``
  (SE 800.1.6.2/SE-14/BKPSDM/2026, from 26 January 2026; seed 000)

:mod:`.agencies` holds the jurisdiction and the agency catalog.  The
distribution registers ``plugin`` under the entry-point group
``kebijakan_asn`` as ``kab-bekasi``; it needs no other region plugin.
"""

from __future__ import annotations

from kebijakan_asn import ModulePlugin

from . import (
    se_800_1_6_2_1468_bkpsdm_2025,
    se_800_1_6_2_se_14_bkpsdm_2026,
    se_800_se_26_bkppd_2020,
    se_800_se_34_bkppd_2020,
)
from .agencies import AGENCIES, JURISDICTION

__all__ = ["AGENCIES", "JURISDICTION", "__version__", "plugin"]

__version__ = "0.1.0"

plugin = ModulePlugin(
    "kab-bekasi",
    __version__,
    jurisdictions=[JURISDICTION],
    agencies=AGENCIES,
    modules=[
        se_800_se_26_bkppd_2020,
        se_800_se_34_bkppd_2020,
        se_800_1_6_2_1468_bkpsdm_2025,
        se_800_1_6_2_se_14_bkpsdm_2026,
    ],
)
