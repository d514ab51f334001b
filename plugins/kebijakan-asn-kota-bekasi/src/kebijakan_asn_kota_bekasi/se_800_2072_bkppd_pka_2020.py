"""SE Wali Kota Bekasi 800/2072/BKPPD.PKA of 17 March 2020
(``kota-bekasi/2020-wfh-covid19``).

Pengaturan Sistem Kerja ASN dan Non ASN dalam Upaya Pencegahan Penyebaran
COVID-19 di Lingkungan Pemerintah Kota Bekasi.  Signed by Wali Kota Rahmat
Effendi.  Sources: ``shared/research/domain.md`` §6, which cites scribd
document 660611325 (a scan of the first page of the circular itself) and
Kompas (megapolitan.kompas.com, 17 Mar 2020).  The scan is an unofficial
upload, not a JDIH copy, so the provenance stays ``press`` as SPEC §4 has it.

    "Menindaklanjuti Surat Edaran Menteri Pendayagunaan Aparatur Negara dan
    Reformasi Birokrasi Nomor 19 Tahun 2020 tentang Penyesuaian Sistem Kerja
    Aparatur Sipil Negara Dalam Upaya Pencegahan Penyebaran COVID-19 di
    Lingkungan Instansi Pemerintah, dengan ini disampaikan hal-hal sebagai
    berikut: …"

    "B.1.a. ASN dan Non ASN yang berada di lingkungan Pemerintah Kota Bekasi
    dapat menjalankan tugas kedinasan dengan bekerja di rumah/tempat
    tinggalnya dengan tetap memastikan terdapat minimal 2 (dua) level Pejabat
    Struktural tertinggi dan level di bawahnya sesuai kebutuhan untuk tetap
    melaksanakan tugasnya di kantor agar penyelenggaraan pemerintahan dan
    pelayanan kepada masyarakat tidak terhambat."

    "B.1.b. Kepala Perangkat Daerah mengatur sistem kerja yang akuntabel dan
    selektif melalui pembagian kehadiran dengan mempertimbangkan, antara lain:
    1) Jenis pekerjaan yang bersifat pelayanan langsung kepada masyarakat;
    2) ASN dan Non ASN yang menggunakan m[oda transportasi] …"

    Kompas: "Pelaksaan ini dimulai sejak saat ini hingga tanggal 31 Maret 2020."

How it is encoded:

* WFH **permitted** ("dapat") from 17 to 31 March 2020.
* Rank rule ``except`` on ``jpt-pratama`` and ``administrator``: the two
  highest structural levels of a city government (kepala perangkat daerah,
  eselon II; sekretaris/kepala bidang/kepala bagian/camat, eselon III) stay
  in the office.  JPT madya and utama do not exist in a city government, so
  the rule names only the two levels it has.
* Condition ``jadwal-unit``: B.1.b leaves who stays at home on which day to
  the head of the perangkat daerah ("pembagian kehadiran").
* Statuses: PNS, PPPK **and non-ASN**, because B.1.a and the title name "ASN
  dan Non ASN" (Kompas: "bagi ASN maupun non-ASN").
* ``derived_from = nasional/se-menpanrb-19-2020``: the circular opens with
  "Menindaklanjuti Surat Edaran MenPANRB Nomor 19 Tahun 2020".  This is not an
  inference from the matching wording or from the dates (SE 19/2020 was signed
  on 16 March, this one on 17 March), but the circular's own words.  Without
  the link a decision would also wrongly say that Kota Bekasi has no policy
  implementing SE 19/2020.

Conflicts between the sources:

* Number: the scan and Kompas give **800/2072**/BKPPD.PKA.  biznisku.id
  (Harian Sederhana) gives "800/2027/BKPPD.PKA", which is probably a
  transposition.  We use 2072 because two sources, one of them the scan,
  agree on it.

Not encoded:

* "dan level di bawahnya sesuai kebutuhan": which pengawas or staff the head
  of the perangkat daerah keeps in the office is the head's call, so it
  appears only as the ``jadwal-unit`` condition.  The same holds for a
  unit whose head is a pengawas (a lurah, a UPTD head): the rule as encoded
  works by position, not by "highest level of each unit".
* B.1.b's criteria (direct-service work, commuting from outside the city,
  body temperature above 37.5 °C, family health, travel and contact history)
  guide the head's roster.  None of them is an exemption.  In particular,
  direct-service units are **not** exempt: the circular only asks the head to
  take that work into account.
* The text after B.1.b (page 2 of the scan) was not available.  No reporting
  condition was found, so none is encoded.
* Any extension after 31 March 2020, and the later SE 800/4653/BKPPD/PKA of
  July 2020 (60 % WFO during the Adaptasi Tatanan Baru): not in SPEC §4 and
  not encoded here.
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    ASN,
    Arrangement,
    Citation,
    Condition,
    ConditionCode,
    Grant,
    Period,
    Policy,
    Position,
    Provenance,
    Provision,
    RankRule,
    Source,
    Status,
)

__all__ = ["CITATION", "POLICIES", "POLICY", "POLICY_ID", "RANK_RULES"]

POLICY_ID = "kota-bekasi/2020-wfh-covid19"

_OPENING = (
    "Menindaklanjuti Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi "
    "Birokrasi Nomor 19 Tahun 2020 tentang Penyesuaian Sistem Kerja Aparatur Sipil Negara "
    "Dalam Upaya Pencegahan Penyebaran COVID-19 di Lingkungan Instansi Pemerintah, dengan "
    "ini disampaikan hal-hal sebagai berikut"
)
_B1A = (
    "ASN dan Non ASN yang berada di lingkungan Pemerintah Kota Bekasi dapat menjalankan "
    "tugas kedinasan dengan bekerja di rumah/tempat tinggalnya dengan tetap memastikan "
    "terdapat minimal 2 (dua) level Pejabat Struktural tertinggi dan level di bawahnya "
    "sesuai kebutuhan untuk tetap melaksanakan tugasnya di kantor agar penyelenggaraan "
    "pemerintahan dan pelayanan kepada masyarakat tidak terhambat."
)
_B1B = (
    "Kepala Perangkat Daerah mengatur sistem kerja yang akuntabel dan selektif melalui "
    "pembagian kehadiran dengan mempertimbangkan, antara lain: 1) Jenis pekerjaan yang "
    "bersifat pelayanan langsung kepada masyarakat; 2) ASN dan Non ASN yang menggunakan "
    "moda transportasi …"
)
_PERIOD = "Pelaksaan ini dimulai sejak saat ini hingga tanggal 31 Maret 2020."

CITATION = Citation(
    instrument="Surat Edaran",
    number="800/2072/BKPPD.PKA",
    issuer="Wali Kota Bekasi",
    signatory="Rahmat Effendi",
    signed=dt.date(2020, 3, 17),
    provenance=Provenance.PRESS,
    derived_from=("nasional/se-menpanrb-19-2020",),
    sources=(Source("Scribd (pindaian surat edaran)", None,
                    "https://www.scribd.com/document/660611325",
                    "Surat Edaran Wali Kota Bekasi Nomor 800/2072/BKPPD.PKA"),),
    source="Kompas (megapolitan.kompas.com, 17 Maret 2020); Harian Sederhana (biznisku.id) "
           "menulis nomor 800/2027, yang bertentangan",
)

JADWAL_UNIT = Condition(
    code=ConditionCode.JADWAL_UNIT,
    text=("Kepala Perangkat Daerah mengatur pembagian kehadiran (siapa bekerja di kantor dan "
          "siapa di rumah) secara akuntabel dan selektif, dengan mempertimbangkan antara lain "
          "jenis pekerjaan pelayanan langsung, moda transportasi dan domisili, kondisi "
          "kesehatan, serta riwayat perjalanan dan interaksi.",
          "The head of the perangkat daerah divides attendance (who works in the office and "
          "who at home) in an accountable and selective way, taking into account among other "
          "things direct-service work, transport and domicile, health, and travel and "
          "contact history."),
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="kota-bekasi",
    title=("Pengaturan sistem kerja ASN dan non-ASN untuk pencegahan COVID-19 (bekerja dari "
           "rumah)",
           "Work arrangements of ASN and non-ASN staff to prevent COVID-19 (work from home)"),
    citation=CITATION,
    periods=[Period(dt.date(2020, 3, 17), dt.date(2020, 3, 31))],
    provisions=[
        Provision(
            grant=Grant.PERMITTED,
            arrangement=Arrangement.WFH,
            label=("boleh bekerja di rumah/tempat tinggal",
                   "may work at home / place of residence"),
            quote=_B1A,
        ),
    ],
    statuses=ASN | {Status.NON_ASN},
    conditions=[JADWAL_UNIT],
    quotes=(_OPENING, _B1A, _B1B, _PERIOD),
    readings=(
        ("\"Minimal 2 (dua) level Pejabat Struktural tertinggi\" dibaca menurut jabatan: Pejabat "
         "Pimpinan Tinggi Pratama dan Administrator tetap di kantor. Lurah (pengawas yang "
         "memimpin kelurahan) tidak termasuk, walaupun ia pejabat tertinggi di kelurahannya.",
         "\"At least the two highest structural levels\" is read by position: JPT pratama and "
         "administrators stay in the office. A lurah (a pengawas heading a kelurahan) is not "
         "included, although the highest official of that kelurahan."),
        ("Tidak ditemukan surat edaran yang memperpanjang WFH setelah 31 Maret 2020, walaupun "
         "pers (Ayobandung, 1 Juni 2020) menyebut ASN bekerja dari rumah beberapa bulan.",
         "No circular extending WFH beyond 31 March 2020 was found, although the press "
         "(Ayobandung, 1 June 2020) says ASN worked from home for some months."),
    ),
    notes=[("Penyelenggaraan pemerintahan dan pelayanan kepada masyarakat tidak boleh "
            "terhambat.",
            "Government business and services to the public must not be held up.")],
)

RANK_RULES = [
    RankRule(
        policy=POLICY_ID,
        positions=[Position.JPT_PRATAMA, Position.ADMINISTRATOR],
        effect="except",
        reason=("minimal 2 (dua) level pejabat struktural tertinggi (JPT pratama dan "
                "administrator) tetap melaksanakan tugas di kantor",
                "at least the two highest structural levels (JPT pratama and administrator) "
                "keep working in the office"),
        quote="… dengan tetap memastikan terdapat minimal 2 (dua) level Pejabat Struktural "
              "tertinggi dan level di bawahnya sesuai kebutuhan untuk tetap melaksanakan "
              "tugasnya di kantor …",
    ),
]

POLICIES = [POLICY]
