"""SE 800.1.6.2/SE-14/BKPSDM/2026 (``kab-bekasi/2026-wfh-banjir``).

Work from home for ASN cut off from their office by the January 2026 floods.
Sources: seed 000 and ``shared/research/domain.md`` §6 (radarbekasi.id
?p=218068; metrotvnews; jpnn 2026-01-29; idntimes), tagged [C]:

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
    (domain.md) Only ASN (PNS, PPPK, part-time PPPK) whose home↔office route
    is cut off by flood, each with a Surat Perintah from their Kepala
    Perangkat Daerah, reported to the Plt Kepala BKPSDM; targets and services
    continue.  Basis: PermenPANRB 4/2025 + an SK Bupati.

Encoded:

* An emergency (``emergency=True``) triggered by the fact
  ``office_access_cut`` (declared by the national plugin): WFH **assigned**
  to ASN — PNS and PPPK; the part-time PPPK are PPPK — for whom the fact holds.
  Without the fact the policy does not apply and the day is decided as usual.
* Conditions: ``surat-perintah`` (from the kepala perangkat daerah) and
  ``laporan-kinerja`` (the head of the perangkat daerah reports the work done
  from home to the Kepala BKPSDM).
* ``derived_from`` PermenPANRB 4/2025 (the "regulasi pemerintah pusat mengenai
  ASN yang bekerja secara fleksibel").
* Notes: performance targets are unchanged; public services keep running.

The dates: the seed gives no date; the press reports the circular, signed by
Sekda Endin Samsudin, on Monday 26 January 2026, and no source gives the day
it was signed.  ``signed`` is None and the period starts on 26 January 2026,
the earliest day the sources show it in force (starting earlier would invent
a date).  The circular sets no end ("no fixed end" in SPEC §4): the period is
open-ended, and the fact limits it to the people and days the flood cuts off.

Not encoded:

* No exemption of service units or direct-service staff: the seed asks that
  services keep running but excludes no one whose route is cut off.
* The SK Bupati cited as a further basis: its number is truncated in the
  press (domain.md §6).
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
)

__all__ = ["FACT", "POLICIES", "POLICY", "POLICY_ID"]

POLICY_ID = "kab-bekasi/2026-wfh-banjir"
PARENT = "nasional/permenpanrb-4-2025"
FACT = "office_access_cut"

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

SE_14 = Citation(
    instrument="Surat Edaran",
    number="800.1.6.2/SE-14/BKPSDM/2026",
    issuer="Sekretaris Daerah Kabupaten Bekasi (Endin Samsudin)",
    signed=None,
    provenance=Provenance.SEED,
    source="seed 000; domain.md §6 (radarbekasi.id, metrotvnews, jpnn, idntimes)",
    derived_from=(PARENT,),
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
            label=("WFH karena akses ke kantor terputus banjir",
                   "WFH because the flood cut the route to the office"),
            quote=Q_KHUSUS,
        ),
    ],
    required_facts=[FACT],
    emergency=True,
    conditions=[
        Condition(
            ConditionCode.SURAT_PERINTAH,
            ("Surat perintah fleksibilitas tugas kedinasan dari kepala perangkat daerah "
             "masing-masing.",
             "A written order for flexible duty from the head of one's own perangkat "
             "daerah."),
        ),
        Condition(
            ConditionCode.LAPORAN_KINERJA,
            ("Kepala perangkat daerah melaporkan hasil kerja dari rumah kepada Kepala BKPSDM.",
             "The head of the perangkat daerah reports the work done from home to the head "
             "of BKPSDM."),
            channel="BKPSDM",
        ),
    ],
    quotes=[Q_WFH, Q_SEKDA, Q_SE, Q_SURAT_PERINTAH, Q_KHUSUS, Q_TARGET, Q_LAPOR, Q_PUSAT,
            Q_LAYANAN],
    notes=[
        ("Target kinerja tidak berubah: tugas kedinasan dari rumah tidak boleh merugikan "
         "capaian kinerja yang telah ditargetkan.",
         "Performance targets are unchanged: duties done from home must not harm the "
         "targeted performance."),
        ("Roda pemerintahan dan pelayanan publik harus tetap berfungsi dengan baik.",
         "Government business and public services must keep running."),
    ],
)

POLICIES = [POLICY]
