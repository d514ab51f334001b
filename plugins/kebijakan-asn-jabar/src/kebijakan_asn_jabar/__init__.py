"""Rule set of Pemerintah Provinsi Jawa Barat (``prov-jabar``) for kebijakan-asn.

Modules, one per legal instrument:

* :mod:`.se_sekda_150_kpg_03_bkd_2025` — SE Sekda Jabar 150/KPG.03/BKD
  (22 Oct 2025): ``prov-jabar/2025-wfh-tahap-1`` (every Thursday of
  November 2025) and ``prov-jabar/2025-wfh-tahap-2`` (50:50 rotation,
  2–31 December 2025)
* :mod:`.se_wfh_kamis_2026` — the 2026 circular (number unconfirmed):
  ``prov-jabar/2026-wfh-kamis`` (every Thursday of 2026)
* :mod:`.agencies` — the jurisdiction and its perangkat daerah

The jurisdiction has no parent: the plugin loads with the national rule set
alone.  No policy here names a national parent (``derived_from``), because
no source does.
"""

from __future__ import annotations

from kebijakan_asn import ModulePlugin

from . import se_sekda_150_kpg_03_bkd_2025, se_wfh_kamis_2026
from .agencies import AGENCIES, JURISDICTION

__all__ = ["AGENCIES", "JURISDICTION", "__version__", "plugin"]

__version__ = "0.1.0"

plugin = ModulePlugin(
    "prov-jabar",
    __version__,
    jurisdictions=[JURISDICTION],
    agencies=AGENCIES,
    modules=[se_sekda_150_kpg_03_bkd_2025, se_wfh_kamis_2026],
)
