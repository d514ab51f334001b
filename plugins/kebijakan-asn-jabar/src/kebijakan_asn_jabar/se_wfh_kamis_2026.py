"""The Pemprov Jabar circular of 2026: WFH every Thursday (``prov-jabar/2026-wfh-kamis``).

After the November–December 2025 trial (SE 150/KPG.03/BKD), the Governor
issued a circular making Thursday a full WFH day for all perangkat daerah
throughout 2026.  Sources: JPNN Jabar (6 January 2026), Jabarnews, IDN Times
Jabar:

    ... gubernur resmi mengeluarkan surat edaran bagi seluruh perangkat
    daerah, bahwa sejak 2026 WFH dillakukan oleh seluruh pegawai secara 100
    persen tiap Kamis.
    (IDN Times) ... kebijakan dari Gubernur Jabar, Dedi Mulyadi yabg dituangkan
    dalam Surat Edaran Nomor: 188/KPG.03/BKD tentang Penyesuaian Mekanisme
    Kerja Pegawai dalam rangka efisiensi anggaran.

The press quotes the Kepala Bappeda Jabar: "Kecuali perangkat daerah yang
pelayanan publik, seperti di rumah sakit dan sekolah."

How it is encoded.  Period 2026-01-01..2026-12-31 (the reports say "sepanjang
2026" / "sejak 2026"), WFH **assigned** every Thursday
(``FREQ=WEEKLY;BYDAY=TH``), for ASN (PNS and PPPK; the reports say "seluruh
ASN" / "seluruh pegawai" and name no non-ASN staff).  Exempt: public-service
units and staff (``direct_service=True``), hospitals (agency kind ``rsud``:
every hospital of the province in the catalog) and schools (agency kind
``sekolah``).  A Thursday that is a holiday (1 January, 14 May, 24 December
2026…) stays libur.

Citation.  The reports say the Governor issued the circular ("gubernur
resmi mengeluarkan surat edaran", JPNN), hence the issuer.  Two independent
reports (IDN Times Jabar; bogornews.biz.id, 9 January 2026) give the number
188/KPG.03/BKD, which is used.  A KPG.03/BKD number is the BKD's filing code
and was also used by the Sekda's 2025 circular, so the signatory is not
confirmed: ``signatory`` stays empty and ``signed`` is None.
Derived from: none — the sources name no national parent (IDN Times cites
the budget-efficiency Inpres 1/2025, which is not a work-arrangement rule).

Field officers: the Governor's November 2025 statement excludes "petugas
lapangan" from WFH; the 2026 reports present the circular as the
continuation of that trial and name only hospitals and schools.  Reading:
the field units (tag ``lapangan``: Satpol PP, BPBD, Dishub) stay excluded.

Not encoded.

* Conditions: the sources quote none from the circular (the 2025 KMob and
  daily-report conditions are not said to carry over), so none are encoded.
  The Kepala Bappeda's remark that perangkat daerah keep measuring
  performance ("dari rencana target kerja, pengawasan sampai laporan") is
  supervision by the unit, not an employee condition.
* An optional extra WFH day on Friday requested by a perangkat daerah from
  the BKD: reported by one source only (bogornews.biz.id), unconfirmed.
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    Arrangement,
    Citation,
    Exemption,
    Grant,
    Period,
    Policy,
    Provenance,
    Provision,
    Recurrence,
    Source,
)

from .se_sekda_150_kpg_03_bkd_2025 import LAPANGAN_READING, LAPANGAN_REASON

__all__ = ["EXEMPTIONS", "POLICIES", "POLICY", "POLICY_ID"]

POLICY_ID = "prov-jabar/2026-wfh-kamis"

_PRESS_RULE = ("Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Jawa Barat Dedi Mulyadi "
               "mengatakan, Gubernur Jawa Barat Dedi Mulyadi telah menerbitkan surat edaran yang "
               "mengatur penerapan WFH 100 persen bagi seluruh perangkat daerah mulai tahun "
               "ini.")
_PRESS_NUMBER = ("Diketahui penerapan WFH ini merupakan kebijakan dari Gubernur Jabar, Dedi "
                 "Mulyadi yabg dituangkan dalam Surat Edaran Nomor: 188/KPG.03/BKD tentang "
                 "Penyesuaian Mekanisme Kerja Pegawai dalam rangka efisiensi anggaran.")
_PRESS_LAPANGAN = ("Ia menegaskan, kebijakan WFH tidak berlaku bagi ASN yang melayani "
                   "masyarakat secara langsung, seperti tenaga kesehatan, petugas pelayanan "
                   "publik, dan petugas lapangan.")
_PRESS_QUOTE = ("Kecuali perangkat daerah yang pelayanan publik, seperti di rumah sakit dan "
                "sekolah.")

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="prov-jabar",
    title=("WFH setiap Kamis sepanjang 2026", "WFH every Thursday throughout 2026"),
    citation=Citation(
        instrument="Surat Edaran",
        number="188/KPG.03/BKD",
        issuer="Gubernur Jawa Barat",
        signed=None,
        provenance=Provenance.PRESS,
        derived_from=(),
        sources=(
            Source("JPNN Jabar", dt.date(2026, 1, 6),
                   "https://jabar.jpnn.com/jabar-terkini/28952/asn-pemprov-jabar-wfh-100-persen-"
                   "kepala-bkd-dampak-efisiensi-lebih-signifikan"),
            Source("Jabarnews", None,
                   "https://www.jabarnews.com/daerah/pemprov-jawa-barat-berlakukan-wfh-100-"
                   "persen-setiap-kamis-mulai-2026"),
            Source("IDN Times Jabar", dt.date(2026, 1, 5),
                   "https://jabar.idntimes.com/news/jawa-barat/asn-jabar-wfh-setiap-hari-kamis-"
                   "dprd-minta-pelayanan-jangan-terganggu-00-nqtvm-dzvrby",
                   "ASN Jabar WFH Setiap Hari Kamis, DPRD Minta Pelayanan Jangan Terganggu"),
        ),
    ),
    periods=[Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))],
    provisions=[
        Provision(
            grant=Grant.ASSIGNED,
            arrangement=Arrangement.WFH,
            schedule=Recurrence("FREQ=WEEKLY;BYDAY=TH", label=("setiap Kamis", "every Thursday")),
            label=("WFH 100% setiap Kamis", "100% WFH every Thursday"),
            quote=_PRESS_RULE,
        ),
    ],
    quotes=[_PRESS_RULE, _PRESS_QUOTE, _PRESS_NUMBER, _PRESS_LAPANGAN],
    readings=[
        LAPANGAN_READING,
        ("Nomor 188/KPG.03/BKD dikutip dari dua laporan pers; penandatangannya tidak "
         "dikonfirmasi. Syarat presensi dan laporan kinerja tahun 2025 tidak dinyatakan "
         "berlanjut, sehingga tidak dicatat.",
         "The number 188/KPG.03/BKD is taken from two press reports; the signatory is not "
         "confirmed. The 2025 attendance and report conditions are not said to carry over, so "
         "none are recorded."),
    ],
)

EXEMPTIONS = [
    Exemption(
        policy=POLICY_ID,
        direct_service=True,
        reason=("unit pelayanan publik tetap bekerja di kantor",
                "public-service units keep working at the office"),
        quote=_PRESS_QUOTE,
    ),
    Exemption(
        policy=POLICY_ID,
        agency_kind="rsud",
        reason=("rumah sakit dikecualikan", "hospitals are excepted"),
        quote=_PRESS_QUOTE,
    ),
    Exemption(policy=POLICY_ID, agency_tag="lapangan", reason=LAPANGAN_REASON,
              quote=_PRESS_LAPANGAN),
    Exemption(
        policy=POLICY_ID,
        agency_kind="sekolah",
        reason=("sekolah dikecualikan", "schools are excepted"),
        quote=_PRESS_QUOTE,
    ),
]

POLICIES = [POLICY]
