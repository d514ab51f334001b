"""Rule set of Pemerintah Kota Bekasi (``kota-bekasi``, Kemendagri 32.75).

Modules, one per legal instrument:

* :mod:`.agencies`: the jurisdiction and its perangkat daerah.
* :mod:`.se_800_2072_bkppd_pka_2020`: ``kota-bekasi/2020-wfh-covid19``, SE Wali
  Kota 800/2072/BKPPD.PKA of 17 March 2020.  WFH permitted for ASN and non-ASN
  from 17 to 31 March 2020.  JPT pratama and administrator stay in the office.
  Implements SE MenPANRB 19/2020.
* :mod:`.se_800_1_5_1446_bkpsdm_pka_2025`: ``kota-bekasi/2025-wfa-lebaran``,
  SE Wali Kota 800.1.5/1446/BKPSDM.PKA: WFA for at most 50% of each perangkat
  daerah on 24–27 March 2025; listed OPD, kecamatan and kelurahan 100% WFO.
* :mod:`.wfa_akhir_tahun_2025`: ``kota-bekasi/2025-wfa-akhir-tahun``, WFA on
  29–31 December 2025 following Surat MenPANRB B/531/M.KT.02/2025 (the press
  names no circular number).
* :mod:`.kajian_wfh_2025`: ``kota-bekasi/2025-kajian-wfh``, the WFH study the
  Wali Kota ordered on 4 November 2025.  It is a **draft** (WFH every Thursday,
  direct-service units excluded, a daily measurable report) and is used only
  with ``include_drafts``.

Not encoded:

* An extension of the 2020 WFH beyond 31 March 2020: Ayobandung (1 June 2020)
  says staff worked from home "beberapa bulan", but no extending circular of
  the city was found.
* Kota Bekasi's later COVID-19 circulars (e.g. SE 800/4653/BKPPD/PKA of July
  2020) are outside SPEC §4.

The plugin needs no other region plugin: the jurisdiction has no parent, and
its policies name only ``nasional/...`` policies as legal parents.
"""

from __future__ import annotations

from kebijakan_asn import ModulePlugin

from . import (
    kajian_wfh_2025,
    se_800_1_5_1446_bkpsdm_pka_2025,
    se_800_2072_bkppd_pka_2020,
    wfa_akhir_tahun_2025,
)
from .agencies import AGENCIES, CODE, JURISDICTION

__all__ = ["AGENCIES", "CODE", "JURISDICTION", "__version__", "plugin"]

__version__ = "0.1.0"

plugin = ModulePlugin(
    CODE,
    __version__,
    jurisdictions=[JURISDICTION],
    agencies=AGENCIES,
    modules=[se_800_2072_bkppd_pka_2020, se_800_1_5_1446_bkpsdm_pka_2025,
             wfa_akhir_tahun_2025, kajian_wfh_2025],
)
