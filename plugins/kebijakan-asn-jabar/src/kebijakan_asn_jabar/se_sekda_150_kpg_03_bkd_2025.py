"""SE Sekda Jabar 150/KPG.03/BKD (22 October 2025): the two-stage WFH trial.

Policies ``prov-jabar/2025-wfh-tahap-1`` (November 2025) and
``prov-jabar/2025-wfh-tahap-2`` (December 2025).  The circular was issued on
22 October 2025 and signed by the Sekretaris Daerah, Herman Suryatman.

Sources.  Seed 002 (Venomena.id, on Kota Bekasi's study of the Pemprov
pattern) is the authoritative description:

    Diketahui, Pemprov Jabar saat ini tengah melakukan uji coba WFH dua tahap:
    1. Tahap I (November 2025): Setiap Kamis ASN bekerja dari rumah dengan
       sistem hybrid.
    2. Tahap II (Desember 2025): Pola kerja bergilir 50:50 antara WFH dan WFO
       di seluruh OPD.
    Hasil uji coba ini akan menjadi dasar evaluasi pola kerja ASN di tahun
    anggaran 2026.

``shared/research/domain.md`` §5 adds, from the press (kanalbekasi.com,
jabar.idntimes.com, jpnn 2025-10-28, metrotvnews, terasjabar.id), the
circular's own sentences as quoted there:

    "Pelaksanaan uji coba hybrid working pada bulan November 2025 dilaksanakan
    dengan pengaturan seluruh pegawai pada perangkat daerah melaksanakan
    mekanisme kerja work from home (WFH) pada hari Kamis, di setiap pekannya."
    "Ketentuan ini dikecualikan bagi unit/bagian/tim kerja yang memiliki fungsi
    pelayanan langsung kepada masyarakat agar pelayanan dapat dilakukan secara
    optimal dan tidak terganggu."
    "Pegawai yang melaksanakan WFH wajib melakukan presensi melalui aplikasi
    kehadiran mobile (KMob) dengan mekanisme work from home, sesuai jadwal yang
    ditetapkan.  Pegawai melaporkan kinerja harian secara langsung pada hari
    berjalan melalui aplikasi kinerja Jabar."

and that in December at most 50% of each perangkat daerah's staff work from
home, each perangkat daerah setting its own composition and schedule and
reporting the WFH roster to the BKD (K-Mob); examples of excluded units are
Samsat, laboratorium daerah and perizinan; it covers ASN including PPPK;
Tahap II took effect on Tuesday 2 December 2025.

How it is encoded.

* Tahap I: period 2025-11-01..2025-11-30, WFH **assigned** every Thursday
  (``FREQ=WEEKLY;BYDAY=TH``).  The seed's "sistem hybrid" is the name of the
  scheme (a week with one WFH day), not a split of the Thursday itself: the
  press is explicit that Thursday is a full WFH day for all staff.
* Tahap II: period 2025-12-02..2025-12-31 (the seed says "Desember 2025"; the
  press gives 2 December as the first day, so Monday 1 December is under no
  stage).  Two provisions in order: an employee with a rotation group gets WFH
  **assigned** on the group's days (``Rotation(("A", "B"))``: the working days
  of the period numbered 0, 1, 2, …, group A on the even ones, B on the odd
  ones — the default of SPEC §4, since no central rotation was published); an
  employee without a group may work from home (**permitted**) on the days the
  unit's roster gives them (condition ``jadwal-unit``).
* Both stages: only ASN (PNS and PPPK), as the seed says "ASN" and the press
  "seluruh ASN dan PPPK"; non-ASN staff are not covered.  Exempt: direct-service
  units and staff (``Exemption(direct_service=True)``), which with the agency
  catalog covers the Samsat units, the Labkesda and the DPMPTSP (perizinan),
  and also the hospitals and schools flagged direct-service.  Conditions:
  ``presensi`` through KMob and a daily ``laporan-kinerja`` through the Jabar
  performance app.
* Derived from: none.  The sources name no national instrument as the basis
  of the circular (it is presented as a budget-efficiency measure of the
  province), so ``derived_from`` is empty.  PermenPANRB 4/2025 is plausibly
  its framework, but no source says so.

Where the seed and the press differ.  The seed describes Tahap II as "bergilir
50:50 … di seluruh OPD"; the press says "paling banyak 50%" of each perangkat
daerah and excludes direct-service units.  The seed stands: the rotation gives
each rotating employee half of the working days at home (an even 50:50); the
exclusion of direct-service units (press) is kept because it is a unit-level
exclusion inside the OPD, which the seed does not contradict.

Not encoded.

* The 50% ceiling as a share of a unit's headcount: it is a property of the
  unit's roster, not of one employee's day; it shows only in the text of
  ``jadwal-unit``.
* The rule that Thursday meetings move online (Zoom): a policy note.
* The 20% budget-saving target and the evaluation after December ("Hasil uji
  coba ini akan menjadi dasar evaluasi pola kerja ASN di tahun anggaran
  2026"): not rules about a working day.
* The heads of perangkat daerah's duty to ensure staff work responsibly and
  meet their targets: supervision, not a condition the employee fulfils.
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    Arrangement,
    Citation,
    Condition,
    Exemption,
    Grant,
    Period,
    Policy,
    Provenance,
    Provision,
    Quota,
    Recurrence,
    Rotation,
)

__all__ = ["CITATION", "EXEMPTIONS", "POLICIES", "QUOTA", "TAHAP_1", "TAHAP_1_ID", "TAHAP_2",
           "TAHAP_2_ID"]

TAHAP_1_ID = "prov-jabar/2025-wfh-tahap-1"
TAHAP_2_ID = "prov-jabar/2025-wfh-tahap-2"

CITATION = Citation(
    instrument="Surat Edaran Sekretaris Daerah Provinsi Jawa Barat",
    number="150/KPG.03/BKD",
    issuer="Sekretaris Daerah Provinsi Jawa Barat (Herman Suryatman)",
    signed=dt.date(2025, 10, 22),
    provenance=Provenance.SEED,
    source="seed 002; domain.md §5 (kanalbekasi.com, jabar.idntimes.com, jpnn 2025-10-28, "
           "metrotvnews, terasjabar.id)",
    derived_from=(),
)

_SEED_INTRO = "Diketahui, Pemprov Jabar saat ini tengah melakukan uji coba WFH dua tahap:"
_SEED_TAHAP_1 = ("1. Tahap I (November 2025): Setiap Kamis ASN bekerja dari rumah dengan "
                 "sistem hybrid.")
_SEED_TAHAP_2 = ("2. Tahap II (Desember 2025): Pola kerja bergilir 50:50 antara WFH dan WFO "
                 "di seluruh OPD.")
_SE_TAHAP_1 = ("Pelaksanaan uji coba hybrid working pada bulan November 2025 dilaksanakan "
               "dengan pengaturan seluruh pegawai pada perangkat daerah melaksanakan mekanisme "
               "kerja work from home (WFH) pada hari Kamis, di setiap pekannya.")
_SE_EXCLUSION = ("Ketentuan ini dikecualikan bagi unit/bagian/tim kerja yang memiliki fungsi "
                 "pelayanan langsung kepada masyarakat agar pelayanan dapat dilakukan secara "
                 "optimal dan tidak terganggu.")
_SE_PRESENSI = ("Pegawai yang melaksanakan WFH wajib melakukan presensi melalui aplikasi "
                "kehadiran mobile (KMob) dengan mekanisme work from home, sesuai jadwal yang "
                "ditetapkan.")
_SE_KINERJA = ("Pegawai melaporkan kinerja harian secara langsung pada hari berjalan melalui "
               "aplikasi kinerja Jabar.")
_PRESS_QUOTA = ("Yang bulan Desember itu melaksanakan WFH maksimal 50 persen dari total pegawai "
                "perangkat daerah.")
"""Kepala BKD Jabar Dedi Supandi, 28 Oct 2025 (metrotvnews.com, "Pemprov Jabar Uji Coba WFH
untuk ASN pada November-Desember").  The project's reading of the quota: the share is
counted over each perangkat daerah (``per="agency"``), over its **total** staff ("dari
total pegawai perangkat daerah": ``headcount="all"``, the staff of excluded
direct-service units inside it included), and "maksimal" makes it a ceiling, so a
fraction of a person is rounded **down** (a perangkat daerah of 7 may have 3 at home)."""
QUOTA = Quota(Arrangement.WFH, "1/2", per="agency", headcount="all", rounding="down",
              quote=_PRESS_QUOTA)
_PRESS_TAHAP_2 = ("Desember 2025: WFH paling banyak 50% pegawai setiap perangkat daerah; "
                  "perangkat daerah menetapkan komposisi dan jadwalnya sendiri lalu melaporkan "
                  "jadwal WFH ke BKD (domain.md §5).")

CONDITIONS = (
    Condition(
        "presensi",
        ("Presensi tetap dilakukan melalui aplikasi kehadiran mobile (KMob) dengan mekanisme "
         "WFH, sesuai jadwal yang ditetapkan.",
         "Attendance is still recorded through the mobile attendance app (KMob) in WFH mode, "
         "on the scheduled days."),
        channel="KMob",
    ),
    Condition(
        "laporan-kinerja",
        ("Laporan kinerja harian disampaikan pada hari berjalan melalui aplikasi kinerja Jabar.",
         "A daily performance report is filed on the same day through the Jabar performance "
         "app."),
        channel="aplikasi kinerja Jabar",
    ),
)

JADWAL_UNIT = Condition(
    "jadwal-unit",
    ("Hari WFH mengikuti jadwal yang ditetapkan perangkat daerah (paling banyak 50% pegawai "
     "WFH) dan dilaporkan ke BKD.",
     "The WFH days follow the roster set by the perangkat daerah (at most 50% of its staff "
     "WFH), reported to the BKD."),
)

_THURSDAY = Recurrence("FREQ=WEEKLY;BYDAY=TH", label=("setiap Kamis", "every Thursday"))

_ZOOM_NOTE = (
    "Kegiatan perangkat daerah pada hari Kamis dilaksanakan secara daring (Zoom).",
    "Agency meetings and activities on Thursdays are held online (Zoom).",
)

TAHAP_1 = Policy(
    id=TAHAP_1_ID,
    jurisdiction="prov-jabar",
    title=("Uji coba WFH Tahap I (hybrid working): setiap Kamis pada November 2025",
           "WFH trial stage I (hybrid working): every Thursday in November 2025"),
    citation=CITATION,
    periods=[Period(dt.date(2025, 11, 1), dt.date(2025, 11, 30))],
    provisions=[
        Provision(
            grant=Grant.ASSIGNED,
            arrangement=Arrangement.WFH,
            schedule=_THURSDAY,
            label=("seluruh pegawai WFH setiap Kamis", "all staff work from home on Thursdays"),
            quote=_SEED_TAHAP_1,
        ),
    ],
    conditions=CONDITIONS,
    quotes=[_SEED_INTRO, _SEED_TAHAP_1, _SE_TAHAP_1, _SE_EXCLUSION, _SE_PRESENSI,
            _SE_KINERJA],
    notes=[_ZOOM_NOTE],
)

TAHAP_2 = Policy(
    id=TAHAP_2_ID,
    jurisdiction="prov-jabar",
    title=("Uji coba WFH Tahap II: bergilir 50:50 pada Desember 2025",
           "WFH trial stage II: 50:50 rotation in December 2025"),
    citation=CITATION,
    periods=[Period(dt.date(2025, 12, 2), dt.date(2025, 12, 31))],
    provisions=[
        Provision(
            grant=Grant.ASSIGNED,
            arrangement=Arrangement.WFH,
            schedule=Rotation(("A", "B")),
            with_rotation_group=True,
            label=("WFH bergilir pada hari kelompoknya", "rotating WFH on the group's days"),
            quote=_SEED_TAHAP_2,
        ),
        Provision(
            grant=Grant.PERMITTED,
            arrangement=Arrangement.WFH,
            with_rotation_group=False,
            conditions=[JADWAL_UNIT],
            label=("WFH sesuai jadwal perangkat daerah", "WFH on the unit's roster"),
            quote=_PRESS_TAHAP_2,
            quota=QUOTA,
        ),
    ],
    conditions=CONDITIONS,
    quotes=[_SEED_INTRO, _SEED_TAHAP_2, _PRESS_TAHAP_2, _PRESS_QUOTA, _SE_EXCLUSION,
            _SE_PRESENSI, _SE_KINERJA],
)

_EXEMPTION_REASON = (
    "unit/bagian/tim kerja dengan fungsi pelayanan langsung kepada masyarakat (mis. Samsat, "
    "laboratorium daerah, perizinan) tetap bekerja di kantor",
    "units, sections and teams serving the public directly (e.g. Samsat, the regional "
    "laboratory, licensing) keep working at the office",
)

EXEMPTIONS = [
    Exemption(policy=TAHAP_1_ID, direct_service=True, reason=_EXEMPTION_REASON,
              quote=_SE_EXCLUSION),
    Exemption(policy=TAHAP_2_ID, direct_service=True, reason=_EXEMPTION_REASON,
              quote=_SE_EXCLUSION),
]

POLICIES = [TAHAP_1, TAHAP_2]
