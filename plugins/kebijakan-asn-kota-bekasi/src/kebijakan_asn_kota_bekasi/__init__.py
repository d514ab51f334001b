"""Rule set of Pemerintah Kota Bekasi (``kota-bekasi``, Kemendagri 32.75).

Modules, one per legal instrument:

* :mod:`.agencies`: the jurisdiction and its perangkat daerah.
* :mod:`.se_800_2072_bkppd_pka_2020`: ``kota-bekasi/2020-wfh-covid19``, SE Wali
  Kota 800/2072/BKPPD.PKA of 17 March 2020.  WFH permitted for ASN and non-ASN
  from 17 to 31 March 2020.  JPT pratama and administrator stay in the office.
  Implements SE MenPANRB 19/2020.
* :mod:`.kajian_wfh_2025`: ``kota-bekasi/2025-kajian-wfh``, the WFH study the
  Wali Kota ordered on 4 November 2025.  It is a **draft** (WFH every Thursday,
  direct-service units excluded, a daily measurable report) and is used only
  with ``include_drafts``.

Not encoded:

* The WFA planned for 29–31 December 2025 (domain.md §6, rakyatbekasi
  23 Dec 2025).  Only one source reports it, and as a plan in which each OPD
  would submit its own scheme; no circular, number or text was found.  On
  those days the national letter ``nasional/b-531-2025`` is in force, and
  Kota Bekasi decisions correctly say that no implementing policy of the city
  is registered.  Add it when the city's circular is found.
* Kota Bekasi's later COVID-19 circulars (e.g. SE 800/4653/BKPPD/PKA of July
  2020) are outside SPEC §4.

The plugin needs no other region plugin: the jurisdiction has no parent, and
its policies name only ``nasional/...`` policies as legal parents.
"""

from __future__ import annotations

from kebijakan_asn import ModulePlugin

from . import kajian_wfh_2025, se_800_2072_bkppd_pka_2020
from .agencies import AGENCIES, CODE, JURISDICTION

__all__ = ["AGENCIES", "CODE", "JURISDICTION", "__version__", "plugin"]

__version__ = "0.1.0"

plugin = ModulePlugin(
    CODE,
    __version__,
    jurisdictions=[JURISDICTION],
    agencies=AGENCIES,
    modules=[se_800_2072_bkppd_pka_2020, kajian_wfh_2025],
)
