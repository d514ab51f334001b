"""SE Bupati Bekasi 800/SE-26/BKPPD of 18 March 2020 (``kab-bekasi/2020-fwa-covid19``).

Penyesuaian Sistem Kerja ASN (Flexible Working Arrangement) to prevent the
spread of COVID-19.  Source: seed 003 (BeTimes.id, "Sistem Flexible Working
Arrangement ASN Diberlakukan Pemkab Bekasi"):

    Di dalam Surat Edaran Nomor 800/SE-26/BKPPD tertanggal 18 Maret 2020
    sebagai tindak lanjut Edaran Gubernur Jawa Barat Nomor 880/30/BKD ...
    memberlakukan sistem kerja Flexible Working Arrangement (FWA), di mana
    khusus Pejabat Pengawas, Pejabat Fungsional Non Pelayanan, dan Pelaksana
    dimungkinkan melakukan pekerjaan di rumah masing-masing.
    "Pejabat Pengawas, Fungsional Non Pelayanan dan Pelaksana bisa
    melaksanakan tugasnya di rumah dengan tetap melaporkan hasil kerja melalui
    aplikasi E-Kinerja," kata Alisyahbana.
    Kebijakan FWA tidak berlaku bagi Dinas/Badan/Kecamatan di Lingkungan yang
    memiliki fungsi pelayanan langsung dan Pimpinan Perangkat Daerah, baik
    Pejabat Pimpinan Tinggi Pratama dan Pejabat Administrator (Eselon III a
    dan III b).
    "Pejabat Eselon Ill.a dan III b, Pejabat Pengawas mendistribusikan
    pekerjaan kepada Pejabat Pelaksana per hari melalui media infomasi dan
    komunikasi atau media elektronik," jelasnya.
    FWA ini akan diberlakukan hingga tanggal 31 Maret 2020 dan dievaluasi
    sesuai kebutuhan serta arahan pimpinan.

Encoded:

* WFH **permitted** (the seed: "dimungkinkan"), 18–31 March 2020, for ASN.
* Rank rules: ``only`` pengawas, fungsional and pelaksana; and ``except``
  JPT pratama and administrator, the sentence that excludes the pimpinan
  perangkat daerah (both rules quote their sentence; either keeps a JPT
  pratama or an administrator out).
* One exemption ``direct_service=True``: it exempts every agency whose own
  business is direct public service (the seed's "Dinas/Badan/Kecamatan ...
  yang memiliki fungsi pelayanan langsung") and every employee whose own
  duties are direct service (the seed's "Fungsional Non Pelayanan": a
  fungsional pelayanan is out).  The source names no list.  Reading: the
  agencies it covers are those the catalog flags ``direct_service`` by that
  meaning (see :mod:`.agencies`) — Dinkes and its puskesmas, the RSUD,
  Disdukcapil, DPMPTSP, Dishub, Damkar, Satpol PP, BPBD (which led the
  COVID-19 response in the field) and every kecamatan with its kelurahan
  (named: "Kecamatan").  It does not inherit the twelve OPD of the 2025
  circular: DLH, DP3A, Dinsos and Bapenda, whose business is mainly
  administrative, may work from home in 2020 (their front-line staff are
  direct-service employees).  ``EXEMPT_AGENCIES`` lists the reading; a test
  holds the catalog to it.
* Conditions: ``laporan-kinerja`` (E-Kinerja) and ``penugasan-harian`` (work
  handed out per day by WhatsApp, SMS or other electronic media).
* ``derived_from`` SE MenPANRB 19/2020.  The seed names only the Governor's
  circular 880/30/BKD; a region plugin may cite only national parents, and
  the Governor's circular itself follows SE MenPANRB 19/2020 (SPEC §4), so the
  national circular is the legal parent and the Governor's circular is a note.

Confirmation: Radar Bekasi and Dakta (31 March–3 April 2020) name the circular
"Surat Edaran Bupati Bekasi Nomor 800/SE-26/BKPPD tentang Penyesuaian Sistem
Kerja" when reporting its extension.  The address of the BeTimes.id article
(seed 003) could not be found; the reports that confirm it are in ``sources``.

Not encoded:

* The core's direct-service exemption cannot be limited to one position: a
  pelaksana or pengawas flagged ``direct_service`` is exempt too.  The seed
  names "non pelayanan" only for fungsional; we read the exclusion of service
  units "agar pelayanan publik tetap berjalan" as covering any staff whose own
  duties are direct service.
* ``penugasan-harian`` is a condition of the whole policy, although the seed
  describes tasks handed *to pelaksana* (provisions cannot select positions).
* The instructions to minimise face-to-face meetings, to postpone trips
  abroad and to choose domestic official travel by urgency: they do not
  decide where anyone works (kept as a note).
* "dievaluasi sesuai kebutuhan serta arahan pimpinan": an evaluation clause;
  the extension to 14 April 2020 is its own policy
  (:mod:`.se_800_se_34_bkppd_2020`).
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    Arrangement,
    Citation,
    Condition,
    ConditionCode,
    Exemption,
    Grant,
    Period,
    Policy,
    Position,
    Provenance,
    Provision,
    RankRule,
    Source,
)

__all__ = ["CONDITIONS", "EXEMPTIONS", "EXEMPT_AGENCIES", "POLICIES", "POLICY", "POLICY_ID",
           "PROVISIONS", "RANK_RULES", "READINGS"]

POLICY_ID = "kab-bekasi/2020-fwa-covid19"
PARENT = "nasional/se-menpanrb-19-2020"

Q_SE = ("Di dalam Surat Edaran Nomor 800/SE-26/BKPPD tertanggal 18 Maret 2020 sebagai tindak "
        "lanjut Edaran Gubernur Jawa Barat Nomor 880/30/BKD tentang Penyesuain Sistem Kerja "
        "Aparatur Sipil Negara dalam upaya Pencegahan Penyebaran Covid-19 di lingkungan "
        "Pemerintah Provinsi Jawa Barat.")
Q_FWA = ("Kepala Badan Kepegawaian dan Pendidikan Pelatihan Daerah (BKPPD) Kabupaten Bekasi "
         "Alisyahbana mengatakan beberapa ketentuan yang disesuaikan dalam sistem kerja "
         "tersebut, di antaranya memberlakukan sistem kerja Flexible Working Arrangement "
         "(FWA), di mana khusus Pejabat Pengawas, Pejabat Fungsional Non Pelayanan, dan "
         "Pelaksana dimungkinkan melakukan pekerjaan di rumah masing-masing.")
Q_EKINERJA = ("“Pejabat Pengawas, Fungsional Non Pelayanan dan Pelaksana bisa melaksanakan "
              "tugasnya di rumah dengan tetap melaporkan hasil kerja melalui aplikasi "
              "E-Kinerja,” kata Alisyahbana.")
Q_TIDAK = ("Kebijakan FWA tidak berlaku bagi Dinas/Badan/Kecamatan di Lingkungan yang memiliki "
           "fungsi pelayanan langsung dan Pimpinan Perangkat Daerah, baik Pejabat Pimpinan "
           "Tinggi Pratama dan Pejabat Administrator (Eselon III a dan III b).")
Q_MEDIA = ("Dalam surat edaran tersebut, juga diatur teknis pembagian tugas agar pelayanan "
           "publik tetap berjalan dengan baik. Penugasan melalui media informasi dan "
           "komunikasi, seperti Whatsapp, SMS, serta media komunikasi lainnya.")
Q_HARIAN = ("“Pejabat Eselon Ill.a dan III b, Pejabat Pengawas mendistribusikan pekerjaan "
            "kepada Pejabat Pelaksana per hari melalui media infomasi dan komunikasi atau "
            "media elektronik,” jelasnya.")
Q_MASA = ("FWA ini akan diberlakukan hingga tanggal 31 Maret 2020 dan dievaluasi sesuai "
          "kebutuhan serta arahan pimpinan.")

SE_26 = Citation(
    instrument="Surat Edaran",
    number="800/SE-26/BKPPD",
    issuer="Bupati Bekasi",
    signed=dt.date(2020, 3, 18),
    provenance=Provenance.SEED,
    source="BeTimes.id, \"Sistem Flexible Working Arrangement ASN Diberlakukan Pemkab "
           "Bekasi\" (Maret 2020; alamat artikel tidak ditemukan)",
    derived_from=(PARENT,),
    sources=(
        Source("Radar Bekasi", dt.date(2020, 4, 3),
               "https://radarbekasi.id/2020/04/03/masa-kerja-di-rumah-bagi-asn-diperpanjang/",
               "Masa Kerja di Rumah Bagi ASN Diperpanjang"),
    ),
)

EXEMPT_AGENCIES = frozenset({
    "dinkes", "rsud", "disdukcapil", "dpmptsp", "dishub", "damkar", "satpol-pp", "bpbd",
})
"""The dinas and badan this module reads as having "fungsi pelayanan langsung" (besides
every kecamatan and kelurahan and the puskesmas under Dinkes)."""

READINGS = (
    ("Surat edaran tidak merinci Dinas/Badan yang memiliki fungsi pelayanan langsung. "
     "Dibaca sebagai perangkat daerah yang tugas utamanya melayani masyarakat secara langsung: "
     "Dinas Kesehatan dan puskesmas, RSUD, Disdukcapil, DPMPTSP, Dinas Perhubungan, Dinas "
     "Pemadam Kebakaran, Satpol PP, BPBD, serta seluruh kecamatan dan kelurahan. Daftar dua "
     "belas OPD tahun 2025 tidak dipakai untuk tahun 2020.",
     "The circular lists no agencies with direct service functions. Read as the agencies "
     "whose main business is direct service to the public: Dinkes and puskesmas, the RSUD, "
     "Disdukcapil, DPMPTSP, Dishub, Damkar, Satpol PP, BPBD, and every kecamatan and "
     "kelurahan. The twelve OPD of 2025 are not used for 2020."),
    ("\"Fungsional Non Pelayanan\" dibaca juga untuk pengawas dan pelaksana: pegawai yang "
     "tugasnya sendiri pelayanan langsung tidak mendapat FWA.",
     "\"Non-service functional officials\" is read for supervisors and executors too: staff "
     "whose own duties are direct service get no FWA."),
)

CONDITIONS = (
    Condition(
        ConditionCode.LAPORAN_KINERJA,
        ("Melaporkan hasil kerja melalui aplikasi E-Kinerja.",
         "Report the work done through the E-Kinerja application."),
        channel="E-Kinerja",
    ),
    Condition(
        ConditionCode.PENUGASAN_HARIAN,
        ("Pekerjaan dibagikan per hari oleh Pejabat Eselon III dan Pejabat Pengawas melalui "
         "media informasi dan komunikasi (WhatsApp, SMS atau media elektronik lainnya).",
         "Work is handed out each day by echelon III officials and supervisors through "
         "information and communication media (WhatsApp, SMS or other electronic media)."),
        channel="WhatsApp/SMS/media elektronik",
    ),
)

PROVISIONS = (
    Provision(
        grant=Grant.PERMITTED,
        arrangement=Arrangement.WFH,
        label=("FWA: bekerja di rumah masing-masing", "FWA: working from one's own home"),
        quote=Q_FWA,
    ),
)

NOTES = (
    ("Tindak lanjut Surat Edaran Gubernur Jawa Barat Nomor 880/30/BKD tentang Penyesuaian "
     "Sistem Kerja ASN dalam upaya Pencegahan Penyebaran Covid-19.",
     "Follows up Circular 880/30/BKD of the Governor of West Java on adjusting the work of "
     "civil servants to prevent the spread of COVID-19."),
    ("Perangkat daerah diminta meminimalkan rapat tatap muka, menunda perjalanan dinas ke "
     "luar negeri dan selektif dalam perjalanan dinas dalam negeri.",
     "Agencies are asked to minimise face-to-face meetings, postpone official travel abroad "
     "and be selective about domestic official travel."),
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="kab-bekasi",
    title=("Flexible Working Arrangement (FWA) ASN untuk pencegahan penyebaran COVID-19",
           "Flexible Working Arrangement (FWA) for civil servants to prevent the spread of "
           "COVID-19"),
    citation=SE_26,
    periods=[Period(dt.date(2020, 3, 18), dt.date(2020, 3, 31))],
    provisions=PROVISIONS,
    conditions=CONDITIONS,
    quotes=[Q_SE, Q_FWA, Q_EKINERJA, Q_TIDAK, Q_MEDIA, Q_HARIAN, Q_MASA],
    notes=NOTES,
    readings=READINGS,
)

RANK_RULES = [
    RankRule(
        policy=POLICY_ID,
        positions=[Position.PENGAWAS, Position.FUNGSIONAL, Position.PELAKSANA],
        effect="only",
        reason=("FWA khusus bagi Pejabat Pengawas, Pejabat Fungsional Non Pelayanan dan "
                "Pelaksana",
                "FWA is only for supervisors (pengawas), non-service functional officials "
                "and executors (pelaksana)"),
        quote=Q_FWA,
    ),
    RankRule(
        policy=POLICY_ID,
        positions=[Position.JPT_PRATAMA, Position.ADMINISTRATOR],
        effect="except",
        reason=("FWA tidak berlaku bagi Pimpinan Perangkat Daerah: Pejabat Pimpinan Tinggi "
                "Pratama dan Pejabat Administrator (eselon III a dan III b)",
                "FWA does not apply to the heads of agencies: JPT pratama and administrator "
                "officials (echelon III a and III b)"),
        quote=Q_TIDAK,
    ),
]

EXEMPTIONS = [
    Exemption(
        policy=POLICY_ID,
        direct_service=True,
        reason=("FWA tidak berlaku bagi Dinas/Badan/Kecamatan yang memiliki fungsi pelayanan "
                "langsung, dan hanya bagi pejabat fungsional non pelayanan",
                "FWA does not apply to agencies and kecamatan with direct public-service "
                "functions, and only to non-service functional officials"),
        quote=Q_TIDAK + " … khusus Pejabat Pengawas, Pejabat Fungsional Non Pelayanan, dan "
                        "Pelaksana …",
    ),
]

POLICIES = [POLICY]
