"""SE Wali Kota Bandung 443/SE.088-BKPSDM (``kota-bandung/2021-wfh-covid19``).

Work from home for the ASN and non-ASN staff of Pemerintah Kota Bandung,
28 June – 5 July 2021, to prevent the spread of Covid-19.

Source: seed 004 (kilasbandungnews.com, release of Pemkot Bandung, reporting
the Kepala BKPSDM Adi Junjunan Mustafa at "Bandung Menjawab", 29 June 2021),
the authoritative text; ``domain.md`` §6 (jabar.inews.id, medcom, fajarsatu,
viva) for the signing date and the six points of the circular.

    Pemerintah Kota (Pemkot) Bandung telah mengeluarkan kebijakan Work From
    Home (WFH) melalui Surat Edaran No.443/SE.088-BKPSDM. Kebijakan ini berlaku
    terhitung mulai tanggal 28 Juni hingga 5 Juli 2021.

    Kebijakan ini dilakukan sebagai bentuk antisipasi dan pencegahan penyebaran
    Covid-19 terhadap Aparatur Sipil Negara (ASN) dan non-ASN di lingkungan
    Pemkot Bandung.

    "Di lingkungan balai kota, pak wali kota melalui SE ini mewajibkan semua
    pegawai ASN dan non-ASN (melakukan) WFH. Bisa dikatakan, di balai kota ini
    tidak lagi ada aktivitas di kantor."

    Sedangkan bagi OPD, unit kerja, ataupun BUMD yang berada di luar lingkungan
    balai kota, tetap bisa memberlakukan WFH 75 persen atau bahkan 100 persen.
    Hal itu menyesuaikan dengan kondisi dan situasi.

    "Dari sistem Mang Bagja (Aplikasi milik Pemkot Bandung), setiap pegawai
    harus melaporkan kinerjanya. Setiap hari ASN Kota Bandung harus memasukan
    hal yang dikerjakan dan kemudian akan ada approval dari atasannya."

How it is encoded
-----------------
* Statuses: PNS, PPPK **and non-ASN** ("ASN dan non-ASN"), in both provisions.
* Provision (a), tried first: agencies tagged ``balai-kota`` (the tag is
  matched on the agency or any parent, so a bagian of the Setda is covered):
  WFH **assigned**.  The office is closed ("tidak lagi ada aktivitas di
  kantor"), so WFO is not among the permitted arrangements.
* Provision (b): every other OPD and unit of the city: WFH **permitted** under
  ``jadwal-unit``: the unit sets the share working from home (75%, or 100%),
  so whether one employee works from home on one day follows from the unit's
  roster, not from the circular.  The baseline stays WFO.
* Condition for all (policy level): ``laporan-kinerja`` through Mang Bagja,
  daily, approved by the superior.  The seed says it of "para ASN dan
  non-ASN", so non-ASN staff carry it too.
* A note: public services keep running, online.
* No legal parent (``derived_from`` empty): the seed and domain.md cite none,
  and no national Covid-19 circular in force in June–July 2021 is in the
  rule set (SE MenPANRB 19/2020 and its extensions ended on 29 May 2020).

Direct-service units (RSUD, RSKIA, RSKGM, puskesmas, Disdukcapil, Satpol PP…)
------------------------------------------------------------------------------
The circular does not exempt them.  The seed puts every "OPD, unit kerja,
ataupun BUMD yang berada di luar lingkungan balai kota" under the 75%/100%
rule and adds only that public services must keep running ("pelayanan publik
ini tidak boleh mengorbankan publik ... tetap berjalan secara optimal melalui
sistem online"); domain.md point (3) reads "keep public services running
(Puskesmas may adjust)", i.e. the puskesmas set their own share.  Both are
duties on the unit's roster, which is exactly what ``jadwal-unit`` stands for.
So their staff, direct-service employees included, get provision (b) like any
other unit outside the Balai Kota: WFO by default, WFH permitted under the
unit's roster.  Adding an exemption would say more than the sources.

Not encoded
-----------
* The shares (75% of a unit, or 100% "where many are infected", domain.md:
  "100% + closure if many infected"): a proportion of a unit, not a rule for
  one employee; it is what the unit's roster (``jadwal-unit``) implements.
* The evaluation clause ("Aturan ini akan terus dievaluasi. Apa perlu
  diperpanjang atau bisa kembali bertahap dari 100 persen menjadi 75, 50,
  atau 25 persen"; domain.md point (6): evaluated after 5 July): no later
  instrument was found (domain.md: the July 2021 follow-ups are
  [UNCONFIRMED]), so the period ends on 5 July 2021.
* BUMD: not perangkat daerah, their staff are not in the city's catalog.
* domain.md point (4), no activity outside the home during working hours, and
  point (5), the report being the basis of the TPP (allowance) and the name
  E-RK: press only, and rules of conduct or pay rather than of arrangement.
* The planned digital attendance through phones ("Dalam 1-2 bulan ke depan
  absensi bisa dilakukan melalui hp"): a plan, not a condition in force, so
  no ``presensi`` condition.

Seed and press
--------------
They agree on the number, the period and the content.  The signing date
(28 June 2021) and the issuer's title come from domain.md, not from the seed,
which says "pak wali kota melalui SE ini".
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    Arrangement,
    Citation,
    Condition,
    ConditionCode,
    Grant,
    Period,
    Policy,
    Provenance,
    Provision,
    Quota,
    Status,
)

from .agencies import BALAI_KOTA, JURISDICTION

__all__ = ["CITATION", "POLICIES", "POLICY", "POLICY_ID", "QUOTA"]

POLICY_ID = "kota-bandung/2021-wfh-covid19"

QUOTE_PERIOD = (
    "Pemerintah Kota (Pemkot) Bandung telah mengeluarkan kebijakan Work From Home (WFH) "
    "melalui Surat Edaran No.443/SE.088-BKPSDM. Kebijakan ini berlaku terhitung mulai "
    "tanggal 28 Juni hingga 5 Juli 2021."
)
QUOTE_STAFF = (
    "Kebijakan ini dilakukan sebagai bentuk antisipasi dan pencegahan penyebaran Covid-19 "
    "terhadap Aparatur Sipil Negara (ASN) dan non-ASN di lingkungan Pemkot Bandung."
)
QUOTE_CLOSED = (
    "Adi menegaskan, selama kebijakan WFH, seluruh aktivitas di Balai Kota Bandung "
    "ditiadakan. Adapun terkait dengan pelayanan publik, tetap berjalan secara optimal "
    "melalui sistem online."
)
QUOTE_BALAI_KOTA = (
    "Di lingkungan balai kota, pak wali kota melalui SE ini mewajibkan semua pegawai ASN "
    "dan non-ASN (melakukan) WFH. Bisa dikatakan, di balai kota ini tidak lagi ada "
    "aktivitas di kantor."
)
QUOTE_OUTSIDE = (
    "Sedangkan bagi OPD, unit kerja, ataupun BUMD yang berada di luar lingkungan balai "
    "kota, tetap bisa memberlakukan WFH 75 persen atau bahkan 100 persen. Hal itu "
    "menyesuaikan dengan kondisi dan situasi."
)
QUOTE_PUBLIC_SERVICE = (
    "Selama WFH ini ada penekanan, yaitu pelayanan publik ini tidak boleh mengorbankan "
    "publik. Artinya pelayanan publik tetap seoptimal mungkin dilakukan secara efektif dan "
    "produktif."
)
QUOTE_REPORT = (
    "Sehingga Adi memastikan, selama WFH para ASN dan non-ASN akan tetap dalam pengawasan "
    "pimpinan dan wajib melaporkan kinerjanya. "
    "Nanti atasan akan mengawasi langsung ke bawahannya. Dari sistem Mang Bagja (Aplikasi "
    "milik Pemkot Bandung), setiap pegawai harus melaporkan kinerjanya. Setiap hari ASN "
    "Kota Bandung harus memasukan hal yang dikerjakan dan kemudian akan ada approval dari "
    "atasannya."
)

QUOTA = Quota(Arrangement.WFH, "3/4", per="unit", headcount="all", rounding="down",
              quote=QUOTE_OUTSIDE)
"""The project's reading of "OPD, unit kerja, ataupun BUMD ... tetap bisa memberlakukan WFH
75 persen": the share is counted over each unit kerja (``per="unit"``; an employee given
without a ``unit`` counts with the rest of their OPD), over all its staff ("WFH 75
persen" of the unit, and outside the Balai Kota no one is excluded, so ``all`` and
``eligible`` count the same people), rounded **down** (75% is the share the unit may
apply, a ceiling).  The 100% "bahkan 100 persen" of a unit closed because many are
infected is not encoded: the sources name no unit and no fact marks one."""

CITATION = Citation(
    instrument="Surat Edaran Wali Kota Bandung",
    number="443/SE.088-BKPSDM",
    issuer="Wali Kota Bandung",
    signed=dt.date(2021, 6, 28),
    provenance=Provenance.SEED,
    source="seed 004 (kilasbandungnews.com); signing date domain.md §6 "
           "(jabar.inews.id, medcom)",
    derived_from=(),
)

LAPORAN_KINERJA = Condition(
    code=ConditionCode.LAPORAN_KINERJA,
    text=(
        "setiap hari melaporkan hal yang dikerjakan melalui aplikasi Mang Bagja, "
        "disetujui (approval) oleh atasan langsung",
        "report what was done every day through the Mang Bagja application, approved "
        "by the direct superior",
    ),
    channel="Mang Bagja",
)

JADWAL_UNIT = Condition(
    code=ConditionCode.JADWAL_UNIT,
    text=(
        "OPD atau unit kerja menetapkan pegawai yang WFH (75 persen, atau 100 persen "
        "sesuai kondisi dan situasi) dengan tetap menjaga pelayanan publik",
        "the OPD or unit decides who works from home (75 percent, or 100 percent as the "
        "situation requires) while keeping public services running",
    ),
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction=JURISDICTION.code,
    title=(
        "WFH bagi ASN dan non-ASN Pemerintah Kota Bandung untuk pencegahan Covid-19 "
        "(28 Juni – 5 Juli 2021)",
        "Work from home for ASN and non-ASN staff of the Bandung city government to "
        "prevent Covid-19 (28 June – 5 July 2021)",
    ),
    citation=CITATION,
    periods=[Period(dt.date(2021, 6, 28), dt.date(2021, 7, 5))],
    provisions=[
        Provision(
            grant=Grant.ASSIGNED,
            arrangement=Arrangement.WFH,
            agency_tags=[BALAI_KOTA],
            label=(
                "lingkungan Balai Kota: semua pegawai ASN dan non-ASN WFH, tidak ada "
                "aktivitas di kantor",
                "Balai Kota complex: all ASN and non-ASN staff work from home, no "
                "activity in the office",
            ),
            quote=QUOTE_BALAI_KOTA,
        ),
        Provision(
            grant=Grant.PERMITTED,
            arrangement=Arrangement.WFH,
            conditions=[JADWAL_UNIT],
            label=(
                "OPD dan unit kerja di luar Balai Kota: WFH 75 persen atau 100 persen "
                "menurut jadwal unit",
                "OPD and units outside the Balai Kota: 75 or 100 percent WFH on the "
                "unit's roster",
            ),
            quote=QUOTE_OUTSIDE,
            quota=QUOTA,
        ),
    ],
    statuses=[Status.PNS, Status.PPPK, Status.NON_ASN],
    conditions=[LAPORAN_KINERJA],
    quotes=[QUOTE_PERIOD, QUOTE_STAFF, QUOTE_CLOSED, QUOTE_BALAI_KOTA, QUOTE_OUTSIDE,
            QUOTE_PUBLIC_SERVICE, QUOTE_REPORT],
    notes=[
        (
            "Pelayanan publik tetap berjalan secara optimal melalui sistem online dan tidak "
            "boleh mengorbankan publik.",
            "Public services keep running as well as possible through online systems and "
            "must not be sacrificed.",
        ),
    ],
)

POLICIES = [POLICY]
