"""SE Wali Kota Bandung 022-Setda/2024 (``kota-bandung/2024-wfh-lebaran``).

Penyesuaian Sistem Kerja Pegawai ASN Pasca Cuti dan Libur Bersama Idulfitri 1445 H
di Lingkungan Pemerintah Kota Bandung: WFO and WFH combined on Tuesday–Wednesday
16–17 April 2024.  Sources: PastiNews (16 April 2024), the city's own news page
(bandung.go.id, 16 April 2024, which lists the circular's nine points in its English
edition), Republika (17 April 2024), Teropong Media (16 April 2024):

    (PastiNews) Adapun regulasi penerapan WFH-WFO ini tertuang dalam Surat Edaran
    Wali Kota Bandung Nomor 022-Setda/2024 tentang Penyesuaian Sistem Kerja Pegawai
    ASN Pasca Cuti dan Libur Bersama Idulfitri 1445 H Di Lingkungan Pemerintah Kota
    Bandung.
    ... menerapkan penyesuaian sistem kerja dengan melakukan pengombinasian tugas
    kedinasan dari kantor (work from office/WFO) dan tugas kedinasan dari rumah
    (work from home/WFH) bagi aparatur sipil negara (ASN) di lingkungan Pemerintah
    Kota Bandung pada hari Selasa-Rabu, 16 dan 17 April 2024;
    Dikatakan, Pemkot Bandung juga memberlakukan skema Work From Office (WFO),
    sejalan dengan Surat Edaran Menteri PANRB Nomor 1 Tahun 2024.
    (Republika) WFH diberikan sangat selektif kepada pegawai pada perangkat daerah
    yang tidak memberikan pelayanan publik langsung.
    Secara teknis, kata dia, pegawai yang mengajukan WFH harus meminta izin kepada
    pimpinan masing-masing.
    (Teropong Media) "Yang diperbolehkan maksimal itu 50 persen tetapi menurut data
    hari ini itu tidak lebih dari 15 persen yang melaksanakan WFH," ujarnya.

Encoded:

* WFH **permitted** for ASN on 16–17 April 2024, ``derived_from``
  SE MenPANRB 1/2024 (the circular is "sejalan dengan" it).
* Quota: at most half of each perangkat daerah (``1/2`` per agency, all staff,
  rounded down) — the Pj Wali Kota's "maksimal itu 50 persen".
* Condition ``persetujuan-pimpinan``: "harus meminta izin kepada pimpinan".
* Exempt: units and staff serving the public directly (point 3 of the
  circular, in the city's English edition: health, security and order,
  disaster management, transport… "100% WFO"), quoted from Republika.

Readings (the sources are silent):

* The 50% is read per perangkat daerah, as SE MenPANRB 1/2024 caps it per
  instansi and the city leaves the split to the heads of perangkat daerah.
* Republika reports that staff already in Bandung before 16 April must come to
  work; WFH was meant for staff still returning from mudik.  No fact describes
  that, so it is left to the superior's approval.

Not encoded: point 4 onwards of the nine points (only the English edition gives
them, truncated); the head's report to the Wali Kota and the attendance system
SIAP (a duty of the head, not of the employee).
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    ASN,
    Arrangement,
    Citation,
    Condition,
    ConditionCode,
    Exemption,
    Grant,
    Period,
    Policy,
    Provenance,
    Provision,
    Quota,
    Source,
)

from .agencies import JURISDICTION

__all__ = ["CITATION", "EXEMPTIONS", "POLICIES", "POLICY", "POLICY_ID", "QUOTA"]

POLICY_ID = "kota-bandung/2024-wfh-lebaran"
PARENT = "nasional/se-menpanrb-1-2024"

Q_SE = ("Adapun regulasi penerapan WFH-WFO ini tertuang dalam Surat Edaran Wali Kota Bandung "
        "Nomor 022-Setda/2024 tentang Penyesuaian Sistem Kerja Pegawai ASN Pasca Cuti dan "
        "Libur Bersama Idulfitri 1445 H Di Lingkungan Pemerintah Kota Bandung.")
Q_KOMBINASI = ("Dari 9 poin yang tertuang dalam edaran tersebut, diantaranya menerapkan "
               "penyesuaian sistem kerja dengan melakukan pengombinasian tugas kedinasan dari "
               "kantor (work from office/WFO) dan tugas kedinasan dari rumah (work from "
               "home/WFH) bagi aparatur sipil negara (ASN) di lingkungan Pemerintah Kota "
               "Bandung pada hari Selasa-Rabu, 16 dan 17 April 2024;")
Q_SEJALAN = ("Dikatakan, Pemkot Bandung juga memberlakukan skema Work From Office (WFO), "
             "sejalan dengan Surat Edaran Menteri PANRB Nomor 1 Tahun 2024.")
Q_SELEKTIF = ("WFH diberikan sangat selektif kepada pegawai pada perangkat daerah yang tidak "
              "memberikan pelayanan publik langsung.")
Q_IZIN = ("Secara teknis, kata dia, pegawai yang mengajukan WFH harus meminta izin kepada "
          "pimpinan masing-masing.")
Q_50 = ("“Yang diperbolehkan maksimal itu 50 persen tetapi menurut data hari ini itu tidak "
        "lebih dari 15 persen yang melaksanakan WFH,” ujarnya.")

CITATION = Citation(
    instrument="Surat Edaran",
    number="022-Setda/2024",
    issuer="Wali Kota Bandung",
    signatory="Bambang Tirtoyuliono",
    signed=None,
    provenance=Provenance.PRESS,
    derived_from=(PARENT,),
    sources=(
        Source("PastiNews", dt.date(2024, 4, 16),
               "https://pastinews.id/2024/04/16/asn-kota-bandung-hanya-15-persen-terapkan-wfh",
               "ASN Kota Bandung Hanya 15 Persen Terapkan WFH"),
        Source("Pemerintah Kota Bandung", dt.date(2024, 4, 16),
               "https://www.bandung.go.id/news/read/9343/hari-pertama-masuk-usai-libur-"
               "lebaran-pj-wali-kota-bandung-pastikan-p?lang=en",
               "First Day After Eid Holidays, Acting Mayor of Bandung Ensures Excellent "
               "Service"),
        Source("Republika", dt.date(2024, 4, 17), "https://fbeta.republika.co.id/berita/sc2fa0512"),
        Source("Teropong Media", dt.date(2024, 4, 16),
               "https://teropongmedia.id/pemkot-bandung-berlakukan-wfh-untuk-perangkat-daerah-"
               "dan-asn"),
    ),
)

QUOTA = Quota(Arrangement.WFH, "1/2", per="agency", headcount="all", rounding="down",
              quote=Q_50)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction=JURISDICTION.code,
    title=("Kombinasi WFO dan WFH pasca libur Idulfitri 1445 H (16–17 April 2024)",
           "WFO and WFH combined after the Idul Fitri 1445 H holiday (16–17 April 2024)"),
    citation=CITATION,
    periods=[Period(dt.date(2024, 4, 16), dt.date(2024, 4, 17))],
    provisions=[
        Provision(
            grant=Grant.PERMITTED,
            arrangement=Arrangement.WFH,
            conditions=[
                Condition(
                    ConditionCode.PERSETUJUAN_PIMPINAN,
                    ("Pegawai yang mengajukan WFH meminta izin kepada pimpinan masing-masing.",
                     "Staff asking to work from home ask their own superior's permission."),
                ),
                Condition(
                    ConditionCode.JADWAL_UNIT,
                    ("Pimpinan perangkat daerah menetapkan pegawai yang WFH pada setiap hari, "
                     "paling banyak 50 persen pegawai.",
                     "The head of the perangkat daerah sets who works from home on each day, "
                     "at most 50 percent of the staff."),
                ),
            ],
            label=("WFH selektif, paling banyak 50 persen pegawai perangkat daerah",
                   "selective WFH, at most 50 percent of the agency's staff"),
            quote=Q_KOMBINASI,
            quota=QUOTA,
        ),
    ],
    statuses=ASN,
    quotes=[Q_SE, Q_KOMBINASI, Q_SEJALAN, Q_SELEKTIF, Q_IZIN, Q_50],
    readings=[
        ("Batas 50 persen dibaca per perangkat daerah atas seluruh pegawainya, dibulatkan ke "
         "bawah.",
         "The 50 percent cap is read per perangkat daerah over all its staff, rounded down."),
        ("Karena jumlah pegawai yang WFH dibatasi setiap hari, siapa yang WFH pada hari mana "
         "dibaca sebagai jadwal unit yang ditetapkan pimpinan perangkat daerah.",
         "Since the number of staff working from home is capped each day, who works from home "
         "on which day is read as the unit's roster set by the head of the perangkat daerah."),
        ("WFH dimaksudkan bagi pegawai yang masih dalam perjalanan mudik; pegawai yang sudah "
         "berada di Kota Bandung sebelum 16 April wajib hadir. Hal itu diputuskan pimpinan "
         "melalui izin WFH, bukan oleh aturan ini.",
         "WFH was meant for staff still travelling back from mudik; staff already in Bandung "
         "before 16 April had to come in. The superior decides that through the permission, "
         "not this rule set."),
    ],
)

EXEMPTIONS = [
    Exemption(policy=POLICY_ID, direct_service=True,
              reason=("perangkat daerah/unit kerja pelayanan publik langsung tetap 100 persen "
                      "WFO",
                      "agencies and units serving the public directly stay 100 percent in the "
                      "office"),
              quote=Q_SELEKTIF),
]

POLICIES = [POLICY]
