"""The Pemprov Jabar circular of 2026: WFH every Thursday (``prov-jabar/2026-wfh-kamis``).

After the November–December 2025 trial (SE 150/KPG.03/BKD), the Governor
issued a circular making Thursday a full WFH day for all perangkat daerah
throughout 2026.  Source: ``shared/research/domain.md`` §5 (press, [C]):

    2026 follow-up: WFH 100% every Thursday throughout 2026 for all perangkat
    daerah, except public-service units such as hospitals and schools
    (jabar.jpnn.com 28952; jabarnews.com).  The number of the 2026 SE is
    [UNCONFIRMED].

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
resmi mengeluarkan surat edaran", jpnn), hence the issuer.  Neither the
number, the signing date nor the signatory's name is confirmed, so the
number reads "(nomor belum dikonfirmasi)", ``signed`` is None and the
provenance is ``press``.  One further press report
(bogornews.biz.id, 9 January 2026, a single source) names it "Surat Edaran
Nomor 188/KPG.03/BKD tentang Penyesuaian Mekanisme Kerja Pegawai guna
Efisiensi Anggaran"; being unconfirmed, that number is not used.
Derived from: none — the sources name no national parent.

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
)

__all__ = ["EXEMPTIONS", "POLICIES", "POLICY", "POLICY_ID"]

POLICY_ID = "prov-jabar/2026-wfh-kamis"

_PRESS_RULE = ("WFH 100% every Thursday throughout 2026 for all perangkat daerah, except "
               "public-service units such as hospitals and schools (domain.md §5).")
_PRESS_QUOTE = ("Kecuali perangkat daerah yang pelayanan publik, seperti di rumah sakit dan "
                "sekolah.")

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="prov-jabar",
    title=("WFH setiap Kamis sepanjang 2026", "WFH every Thursday throughout 2026"),
    citation=Citation(
        instrument="Surat Edaran Pemerintah Daerah Provinsi Jawa Barat",
        number="(nomor belum dikonfirmasi)",
        issuer="Gubernur Jawa Barat",
        signed=None,
        provenance=Provenance.PRESS,
        source="domain.md §5 (jabar.jpnn.com 28952; jabarnews.com)",
        derived_from=(),
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
    quotes=[_PRESS_RULE, _PRESS_QUOTE],
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
    Exemption(
        policy=POLICY_ID,
        agency_kind="sekolah",
        reason=("sekolah dikecualikan", "schools are excepted"),
        quote=_PRESS_QUOTE,
    ),
]

POLICIES = [POLICY]
