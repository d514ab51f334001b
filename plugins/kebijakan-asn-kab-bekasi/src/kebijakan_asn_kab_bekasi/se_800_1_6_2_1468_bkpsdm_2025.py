"""SE 800.1.6.2/1468-BKPSDM/2025 (``kab-bekasi/2025-wfa-lebaran``).

Work From Anywhere for the ASN of Kabupaten Bekasi on 24–27 March 2025,
before the Nyepi and Idul Fitri 1446 H holidays.  Source: seed 001
(Gobekasi.id, statement of Bupati Ade Kuswara Kunang, Friday 21 March 2025):

    ... menerapkan sistem Work From Anywhere (WFA) atau Bekerja dari Mana Saja
    pada 24-27 Maret 2025.
    ASN di luar OPD yang bersentuhan langsung dengan pelayanan masyarakat
    diperbolehkan bekerja dari rumah atau lokasi lain sesuai kebijakan WFA.
    Namun, mereka tetap diwajibkan untuk melaporkan kinerjanya melalui sistem
    E-Kinerja.
    "Tetap ada absensi dan laporan kerja selama WFA. Mereka yang WFA juga
    harus mendapatkan persetujuan dari pimpinan," jelas Ade.
    Kebijakan WFA ini didasarkan pada Surat Edaran (SE) Nomor
    800.1.6.2/1468-BKPSDM/2025 yang dikeluarkan oleh Badan Kepegawaian dan
    Pengembangan Sumber Daya Manusia (BKPSDM).
    SE ini merupakan turunan dari SE Menteri ... PANRB No. 2/2025.
    Terdapat 12 OPD yang tidak diperbolehkan menerapkan WFA karena
    bertanggung jawab atas penyelenggaraan pelayanan publik, yaitu: Dinas
    Kesehatan (termasuk Puskesmas). Dinas Perhubungan. DPMPTSP. Disdukcapil.
    Dinas Lingkungan Hidup. Dinas Pemberdayaan Perempuan dan Perlindungan
    Anak. Dinas Sosial. Dinas Pemadam Kebakaran. Badan Pendapatan Daerah.
    Satpol PP. RSUD. Kecamatan dan Kelurahan.

Encoded:

* WFA **permitted** ("diperbolehkan") for ASN, 24–27 March 2025,
  ``derived_from`` SE MenPANRB 2/2025.
* The twelve OPD of the seed's list as twelve exemptions, one per item; the
  twelfth, "Kecamatan dan Kelurahan", is the territorial units, every agency
  the catalog tags ``kewilayahan`` (each kecamatan and each kelurahan).
  "Dinas Kesehatan (termasuk Puskesmas)" is the ``dinkes`` exemption, which
  covers its puskesmas as sub-agencies.
* Conditions: ``persetujuan-pimpinan``, ``presensi`` ("absensi") and
  ``laporan-kinerja`` (E-Kinerja).
* BPBD, Satpol PP and Dishub: the seed asks them to "tetap siaga, terutama
  selama arus mudik dan balik Lebaran" — a remark addressed to those three
  agencies (``AgencyNote``), shown only on their staff's decisions, not an
  exemption (Satpol PP and Dishub are exempt anyway as two of the twelve).

Differences with the press: an earlier fact sheet listed BPBD among the 12
barred OPD from a truncated report.  The seed gives the full list of twelve,
and BPBD is not in it: the seed stands.  The seed also writes "Dinas
Kependudukan dan Catatan Sipil" in one sentence and "Pencatatan Sipil" in the
list; both are ``disdukcapil``.

Not encoded:

* No rank rule: the seed excludes no position, so a JPT pratama outside the
  12 OPD may also work from anywhere (with the superior's approval).
* No exemption of individual direct-service staff: the seed draws the line
  by OPD ("ASN di luar OPD yang bersentuhan langsung ...").
* The statement that public services run normally on 24–27 March: it is
  what the exemptions achieve, not a further rule.
* The signing date of the SE: the seed gives only the day of the Bupati's
  statement (21 March 2025), so ``signed`` is None.
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    AgencyNote,
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
    Source,
    Text,
)

__all__ = ["EXEMPTIONS", "POLICIES", "POLICY", "POLICY_ID", "SIAGA"]

POLICY_ID = "kab-bekasi/2025-wfa-lebaran"
PARENT = "nasional/se-menpanrb-2-2025"

Q_WFA = ("Bupati Bekasi, Ade Kuswara Kunang, menegaskan bahwa pelayanan publik akan tetap "
         "berjalan normal meskipun Aparatur Sipil Negara (ASN) di lingkungan Pemerintah "
         "Kabupaten (Pemkab) Bekasi menerapkan sistem Work From Anywhere (WFA) atau Bekerja "
         "dari Mana Saja pada 24-27 Maret 2025.")
Q_BOLEH = ("ASN di luar OPD yang bersentuhan langsung dengan pelayanan masyarakat "
           "diperbolehkan bekerja dari rumah atau lokasi lain sesuai kebijakan WFA.")
Q_EKINERJA = ("Namun, mereka tetap diwajibkan untuk melaporkan kinerjanya melalui sistem "
              "E-Kinerja.")
Q_ABSENSI = ("“Tetap ada absensi dan laporan kerja selama WFA. Mereka yang WFA juga harus "
             "mendapatkan persetujuan dari pimpinan,” jelas Ade.")
Q_SE = ("Kebijakan WFA ini didasarkan pada Surat Edaran (SE) Nomor 800.1.6.2/1468-BKPSDM/2025 "
        "yang dikeluarkan oleh Badan Kepegawaian dan Pengembangan Sumber Daya Manusia "
        "(BKPSDM).")
Q_TURUNAN = ("SE ini merupakan turunan dari SE Menteri Pendayagunaan Aparatur Negara dan "
             "Reformasi Birokrasi (PANRB) No. 2/2025.")
Q_12 = ("Terdapat 12 OPD yang tidak diperbolehkan menerapkan WFA karena bertanggung jawab "
        "atas penyelenggaraan pelayanan publik, yaitu:")
Q_SIAGA = ("Selain itu, jajaran Satuan Polisi Pamong Praja (Satpol PP), Dinas Perhubungan, dan "
           "Badan Penanggulangan Bencana Daerah (BPBD) juga diharapkan tetap siaga, terutama "
           "selama arus mudik dan balik Lebaran 2025.")
Q_LAYANAN = ("“Mereka tetap memberikan layanan pada Senin, 24 Maret, hingga Kamis, 27 Maret "
             "2025,” ujar Ade di Kantor Kompleks Bupati Bekasi, Jumat (21/3/2025).")

SE_1468 = Citation(
    instrument="Surat Edaran",
    number="800.1.6.2/1468-BKPSDM/2025",
    issuer="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Bekasi",
    signed=None,
    provenance=Provenance.SEED,
    derived_from=(PARENT,),
    sources=(Source("Gobekasi.id", dt.date(2025, 3, 22),
                    "https://gobekasi.id/2025/03/22/bupati-bekasi-pastikan-pelayanan-masyarakat-"
                    "tetap-normal-meski-asn-terapkan-wfa/",
                    "Bupati Bekasi Pastikan Pelayanan Masyarakat Tetap Normal Meski ASN "
                    "Terapkan WFA"),),
)

SIAGA = AgencyNote(
    text=("BPBD, Satpol PP dan Dinas Perhubungan diharapkan tetap siaga, terutama selama arus "
          "mudik dan balik Lebaran 2025.",
          "BPBD, Satpol PP and the transport agency are expected to stay on alert, especially "
          "during the Lebaran 2025 homecoming and return traffic."),
    agencies=["bpbd", "satpol-pp", "dishub"],
    quote=Q_SIAGA,
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="kab-bekasi",
    title=("Work From Anywhere (WFA) ASN menjelang libur Nyepi dan Idul Fitri 1446 H",
           "Work From Anywhere (WFA) for civil servants before the Nyepi and Idul Fitri "
           "1446 H holidays"),
    citation=SE_1468,
    periods=[Period(dt.date(2025, 3, 24), dt.date(2025, 3, 27))],
    provisions=[
        Provision(
            grant=Grant.PERMITTED,
            arrangement=Arrangement.WFA,
            label=("WFA: bekerja dari rumah atau lokasi lain",
                   "WFA: working from home or another place"),
            quote=Q_BOLEH,
        ),
    ],
    conditions=[
        Condition(
            ConditionCode.PERSETUJUAN_PIMPINAN,
            ("Mendapatkan persetujuan dari pimpinan untuk WFA.",
             "Obtain the superior's approval to work from anywhere."),
        ),
        Condition(
            ConditionCode.PRESENSI,
            ("Absensi (presensi) tetap dilakukan selama WFA.",
             "Attendance is still recorded while working from anywhere."),
        ),
        Condition(
            ConditionCode.LAPORAN_KINERJA,
            ("Melaporkan kinerja melalui sistem E-Kinerja.",
             "Report performance through the E-Kinerja system."),
            channel="E-Kinerja",
        ),
    ],
    quotes=[Q_WFA, Q_BOLEH, Q_EKINERJA, Q_ABSENSI, Q_SE, Q_TURUNAN, Q_12, Q_SIAGA, Q_LAYANAN],
    agency_notes=[SIAGA],
    readings=[
        ("Garis ditarik per OPD seperti sumbernya (\"ASN di luar OPD yang bersentuhan langsung "
         "dengan pelayanan masyarakat\"): pegawai pelayanan langsung di OPD lain tidak "
         "dikecualikan satu per satu, dan tidak ada aturan jabatan.",
         "The line is drawn by agency as the source draws it: direct-service staff of other "
         "agencies are not exempted one by one, and there is no rank rule."),
    ],
)

_REASON_ID = "OPD yang bertanggung jawab atas penyelenggaraan pelayanan publik tidak WFA"
_REASON_EN = "agencies responsible for delivering public services do not work from anywhere"


def _exempt(quote: str, *, agency: str | None = None, tag: str | None = None,
            what: tuple[str, str]) -> Exemption:
    reason = Text(f"{_REASON_ID}: {what[0]}", f"{_REASON_EN}: {what[1]}")
    return Exemption(policy=POLICY_ID, reason=reason, agency=agency, agency_tag=tag,
                     quote=f"{Q_12} … {quote}")


EXEMPTIONS = [
    _exempt("Dinas Kesehatan (termasuk Puskesmas).", agency="dinkes",
            what=("Dinas Kesehatan (termasuk Puskesmas)",
                  "the health agency (including the puskesmas)")),
    _exempt("Dinas Perhubungan.", agency="dishub",
            what=("Dinas Perhubungan", "the transport agency")),
    _exempt("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP).",
            agency="dpmptsp",
            what=("DPMPTSP", "the investment and one-stop licensing agency")),
    _exempt("Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil).", agency="disdukcapil",
            what=("Disdukcapil", "the civil registry agency")),
    _exempt("Dinas Lingkungan Hidup.", agency="dlh",
            what=("Dinas Lingkungan Hidup", "the environment agency")),
    _exempt("Dinas Pemberdayaan Perempuan dan Perlindungan Anak.", agency="dp3a",
            what=("Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
                  "the women's empowerment and child protection agency")),
    _exempt("Dinas Sosial.", agency="dinsos", what=("Dinas Sosial", "the social agency")),
    _exempt("Dinas Pemadam Kebakaran.", agency="damkar",
            what=("Dinas Pemadam Kebakaran", "the fire service")),
    _exempt("Badan Pendapatan Daerah.", agency="bapenda",
            what=("Badan Pendapatan Daerah", "the regional revenue agency")),
    _exempt("Satuan Polisi Pamong Praja (Satpol PP).", agency="satpol-pp",
            what=("Satpol PP", "the civil service police unit")),
    _exempt("Rumah Sakit Umum Daerah (RSUD).", agency="rsud",
            what=("RSUD", "the regional general hospital")),
    _exempt("Kecamatan dan Kelurahan.", tag="kewilayahan",
            what=("Kecamatan dan Kelurahan", "the kecamatan and kelurahan (territorial units)")),
]

POLICIES = [POLICY]
