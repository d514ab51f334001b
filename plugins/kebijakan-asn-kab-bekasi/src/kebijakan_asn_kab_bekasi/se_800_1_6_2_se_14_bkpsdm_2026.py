"""SE 800.1.6.2/SE-14/BKPSDM/2026 (``kab-bekasi/2026-wfh-banjir``).

Work from home for ASN cut off from their office by the January 2026 floods.
Sources: seed 000, and the reports of Metrotvnews, Radar Bekasi, IDN Times,
JPNN and Media Indonesia (26–29 January 2026):

    Kebijakan ini ditujukan bagi aparatur sipil negara (ASN) yang terdampak
    dan tidak bisa menjangkau kantor karena akses jalan terputus.
    Surat edaran mengenai kebijakan ini, yang bernomor
    800.1.6.2/SE-14/BKPSDM/2026, menekankan pentingnya pelaksanaan tugas
    kedinasan dalam situasi bencana banjir.
    Pemberlakuan kebijakan WFH ini dilakukan setelah disusunnya surat perintah
    untuk fleksibilitas tugas kedinasan dari kepala perangkat daerah
    masing-masing.  Kebijakan ini khusus bagi ASN yang aksesnya ke kantor
    terputus akibat bencana banjir.
    Setiap kepala perangkat daerah wajib melaporkan hasil kerja mereka kepada
    kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia setempat.
    (JPNN) ... bagi Aparatur Sipil Negara (ASN) PNS, PPPK, dan PPPK paruh
    waktu.  Namun, WFH hanya untuk ASN yang terdampak banjir dengan kondisi
    akses jalan dari rumah menuju kantor terputus.

Encoded:

* An emergency (``emergency=True``) triggered by the fact
  ``office_access_cut`` (declared by the national plugin), for ASN — PNS and
  PPPK; the part-time PPPK are PPPK.  The seed: "Pemberlakuan kebijakan WFH ini
  dilakukan setelah disusunnya surat perintah ... dari kepala perangkat daerah
  masing-masing"; Media Indonesia: "tidak otomatis berlaku ... hanya diberikan
  setelah adanya surat perintah".  So, following SPEC §4:

  - with ``office_access_cut`` **and** ``surat_perintah`` (the head of the
    perangkat daerah has issued the order): WFH **assigned**;
  - with ``office_access_cut`` alone: WFO stays the arrangement and WFH is
    **permitted** under the condition ``surat-perintah``.

* ``derived_from`` PermenPANRB 4/2025: the seed's "regulasi pemerintah pusat
  mengenai ASN yang bekerja secara fleksibel", which Radar Bekasi names:
  "tindak lanjut Berdasarkan Peraturan Menteri ... Nomor 4 Tahun 2025".
* Notes: performance targets are unchanged; public services keep running; the
  head of the perangkat daerah reports the surat perintah to the Kepala BKPSDM.
  That report is a duty of the head, not a condition of the employee's day, so
  it is a note, not a ``laporan-kinerja`` condition (a departure from the SPEC
  row, which the source settles).

Readings (the source is silent; shown as the project's interpretation):

* Tied to the flood: the seed speaks of "bencana yang sedang berlangsung" and
  sets no end.  The period stays open-ended (inventing an end date would be
  worse), and the fact ``office_access_cut`` is to be stated only for a route
  cut by the flood of early 2026 that the circular answers.
* Homes affected: IDN Times alone writes "Aturan itu juga berlaku bagi ASN yang
  rumahnya terdampak banjir"; the seed and the other reports name only the cut
  route.  One source is not enough: a flooded home whose route is open is not
  covered by this rule set; the head of the perangkat daerah may still order
  work from home, which this rule set cannot see.

The dates: the seed gives no date; the press reports the circular, signed by
Sekda Endin Samsudin, on Monday 26 January 2026, and no source gives the day
it was signed.  ``signed`` is None and the period starts on 26 January 2026,
the earliest day the sources show it in force.

Provenance: the outlet that published seed 000 could not be identified (its
text names none); ``sources`` lists the reports that carry the same facts.

Not encoded:

* No exemption of service units or direct-service staff: the seed asks that
  services keep running but excludes no one whose route is cut off.
* The SK Bupati cited as a further basis: its number is truncated in the
  press.
* Monitoring by the kepala perangkat daerah and the plea for integrity: they
  are duties of the heads, not conditions on an employee's day.
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
    Source,
)

__all__ = ["FACT", "ORDER_FACT", "POLICIES", "POLICY", "POLICY_ID"]

POLICY_ID = "kab-bekasi/2026-wfh-banjir"
PARENT = "nasional/permenpanrb-4-2025"
FACT = "office_access_cut"
ORDER_FACT = "surat_perintah"

Q_WFH = ("Pemerintah Kabupaten Bekasi, Jawa Barat meluncurkan kebijakan bekerja dari rumah atau "
         "‘work from home’ (WFH) sebagai respons terhadap banjir yang melanda wilayah "
         "tersebut. Kebijakan ini ditujukan bagi aparatur sipil negara (ASN) yang terdampak "
         "dan tidak bisa menjangkau kantor karena akses jalan terputus.")
Q_SEKDA = ("Menurut Sekda Kabupaten Bekasi, Endin Samsudin, kebijakan ini memberikan "
           "fleksibilitas dan solusi bagi para ASN untuk melaksanakan tugas mereka di rumah.")
Q_SE = ("Surat edaran mengenai kebijakan ini, yang bernomor 800.1.6.2/SE-14/BKPSDM/2026, "
        "menekankan pentingnya pelaksanaan tugas kedinasan dalam situasi bencana banjir.")
Q_SURAT_PERINTAH = ("Pemberlakuan kebijakan WFH ini dilakukan setelah disusunnya surat "
                    "perintah untuk fleksibilitas tugas kedinasan dari kepala perangkat daerah "
                    "masing-masing.")
Q_KHUSUS = ("Kebijakan ini khusus bagi ASN yang aksesnya ke kantor terputus akibat bencana "
            "banjir.")
Q_TARGET = ("Endin meminta para kepala perangkat daerah untuk memastikan bahwa tugas kedinasan "
            "dari rumah tidak merugikan capaian kinerja yang telah ditargetkan.")
Q_LAPOR = ("Pelaporan mengenai pelaksanaan tugas dari rumah juga menjadi keharusan. Setiap "
           "kepala perangkat daerah wajib melaporkan hasil kerja mereka kepada kepala Badan "
           "Kepegawaian dan Pengembangan Sumber Daya Manusia setempat.")
Q_PUSAT = ("Kebijakan ini merupakan bagian dari tindak lanjut terhadap regulasi pemerintah "
           "pusat mengenai ASN yang bekerja secara fleksibel dalam situasi bencana.")
Q_LAYANAN = ("Di samping itu, roda pemerintahan dan pelayanan publik harus tetap berfungsi "
             "dengan baik, meskipun dalam keadaan darurat.")

Q_OTOMATIS = ("Skema WFH ini tidak otomatis berlaku bagi seluruh pegawai, melainkan hanya "
              "diberikan setelah adanya surat perintah fleksibilitas tugas dari masing-masing "
              "kepala perangkat daerah tempat ASN bertugas.")
Q_PERMEN = ("Kebijakan ini juga merupakan tindak lanjut Berdasarkan Peraturan Menteri "
            "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Menpan-RB) Nomor 4 Tahun "
            "2025 tentang Aparatur Sipil Negara secara Fleksibel pada Instansi Pemerintah")
Q_SP_LAPOR = ("Selain itu, SE menegaskan bahwa Surat Perintah pelaksanaan tugas kedinasan dari "
              "rumah wajib dilaporkan kepada Pelaksana Tugas (Plt) Kepala BKPSDM Kabupaten "
              "Bekasi sebagai bagian dari administrasi dan pengendalian kepegawaian.")
Q_RUMAH = "Aturan itu juga berlaku bagi ASN yang rumahnya terdampak banjir."

SE_14 = Citation(
    instrument="Surat Edaran",
    number="800.1.6.2/SE-14/BKPSDM/2026",
    issuer="Sekretaris Daerah Kabupaten Bekasi",
    signatory="Endin Samsudin",
    signed=None,
    provenance=Provenance.SEED,
    derived_from=(PARENT,),
    sources=(
        Source("Metrotvnews", dt.date(2026, 1, 27),
               "https://www.metrotvnews.com/read/b3JC52Zz-asn-terdampak-banjir-di-kabupaten-"
               "bekasi-diizinkan-kerja-dari-rumah",
               "ASN Terdampak Banjir di Kabupaten Bekasi Diizinkan Kerja dari Rumah"),
        Source("Radar Bekasi", dt.date(2026, 1, 26), "https://radarbekasi.id/?p=218068"),
        Source("IDN Times", dt.date(2026, 1, 26),
               "https://www.idntimes.com/news/indonesia/akses-rumah-terputus-banjir-asn-"
               "pemkab-bekasi-dibolehkan-wfh-00-qkb2b-qmwqt0",
               "Akses Rumah Terputus Banjir, ASN Pemkab Bekasi Dibolehkan WFH"),
        Source("JPNN", dt.date(2026, 1, 29),
               "https://m.jpnn.com/news/wfh-untuk-pns-pppk-dan-paruh-waktu-tetapi-enggak-semua"),
        Source("Media Indonesia", dt.date(2026, 1, 29),
               "https://mediaindonesia.com/megapolitan/855162/bekasi-terapkan-wfh-bagi-asn-"
               "yang-terisolasi-banjir", "Bekasi Terapkan WFH bagi ASN yang Terisolasi Banjir"),
    ),
)

SURAT_PERINTAH = Condition(
    ConditionCode.SURAT_PERINTAH,
    ("Surat perintah fleksibilitas tugas kedinasan dari kepala perangkat daerah "
     "masing-masing.",
     "A written order for flexible duty from the head of one's own perangkat daerah."),
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="kab-bekasi",
    title=("Bekerja dari rumah bagi ASN yang akses ke kantornya terputus akibat banjir",
           "Work from home for civil servants whose route to the office is cut by the flood"),
    citation=SE_14,
    periods=[Period(dt.date(2026, 1, 26), None)],
    provisions=[
        Provision(
            grant=Grant.ASSIGNED,
            arrangement=Arrangement.WFH,
            facts=[ORDER_FACT],
            label=("WFH berdasarkan surat perintah kepala perangkat daerah",
                   "WFH under the written order of the head of the perangkat daerah"),
            quote=Q_SURAT_PERINTAH,
        ),
        Provision(
            grant=Grant.PERMITTED,
            arrangement=Arrangement.WFH,
            conditions=[SURAT_PERINTAH],
            label=("WFH dimungkinkan setelah surat perintah diterbitkan",
                   "WFH possible once the written order is issued"),
            quote=Q_OTOMATIS,
        ),
    ],
    required_facts=[FACT],
    emergency=True,
    quotes=[Q_WFH, Q_SEKDA, Q_SE, Q_SURAT_PERINTAH, Q_KHUSUS, Q_TARGET, Q_LAPOR, Q_PUSAT,
            Q_LAYANAN, Q_OTOMATIS, Q_PERMEN, Q_SP_LAPOR],
    notes=[
        ("Target kinerja tidak berubah: tugas kedinasan dari rumah tidak boleh merugikan "
         "capaian kinerja yang telah ditargetkan.",
         "Performance targets are unchanged: duties done from home must not harm the "
         "targeted performance."),
        ("Roda pemerintahan dan pelayanan publik harus tetap berfungsi dengan baik.",
         "Government business and public services must keep running."),
        ("Kepala perangkat daerah melaporkan surat perintah kerja dari rumah kepada Kepala "
         "BKPSDM; itu kewajiban kepala perangkat daerah, bukan syarat bagi pegawai.",
         "The head of the perangkat daerah reports the order to work from home to the head "
         "of BKPSDM; that is the head's duty, not a condition on the employee."),
    ],
    readings=[
        ("Surat edaran ini menjawab banjir yang sedang berlangsung pada Januari 2026 dan tidak "
         "menyebut tanggal berakhir; aturan ini dicatat tanpa tanggal akhir, dan fakta "
         "\"akses ke kantor terputus\" hanya dinyatakan untuk akses yang terputus oleh banjir "
         "tersebut.",
         "The circular answers the flood under way in January 2026 and names no end; it is "
         "recorded without an end date, and the fact \"route to the office cut\" is to be "
         "stated only for a route cut by that flood."),
        ("Hanya satu laporan (IDN Times) menyebut aturan ini juga berlaku bagi ASN yang "
         "rumahnya terdampak banjir; sumber lain hanya menyebut akses yang terputus. Satu "
         "sumber tidak cukup: rumah yang terdampak tanpa akses terputus tidak dicakup di "
         "sini.",
         "Only one report (IDN Times) says the rule also covers ASN whose homes are flooded; "
         "the other sources name only the cut route. One source is not enough: a flooded "
         "home whose route is open is not covered here."),
        ("Tanpa surat perintah, pegawai tetap bekerja di kantor (WFO) dan WFH dimungkinkan "
         "setelah surat perintah diterbitkan; dengan surat perintah, WFH ditetapkan.",
         "Without the written order the employee stays at the office (WFO) and WFH becomes "
         "possible once the order is issued; with the order, WFH is assigned."),
    ],
)

POLICIES = [POLICY]
