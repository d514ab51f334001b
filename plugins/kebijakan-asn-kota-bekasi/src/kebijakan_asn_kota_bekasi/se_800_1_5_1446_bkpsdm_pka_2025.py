"""SE Wali Kota Bekasi 800.1.5/1446/BKPSDM.PKA (``kota-bekasi/2025-wfa-lebaran``).

Work From Anywhere for half of the staff of most perangkat daerah on 24–27 March
2025, before the Nyepi and Idul Fitri 1446 H holidays.  Sources: Radar Bekasi and
Gobekasi.id (24 March 2025), Rakyat Bekasi (1 April 2025):

    (Radar Bekasi) Penyesuaian pelaksanaan tugas kedinasan bagi aparatur di
    lingkungan Pemkot Bekasi telah diatur dalam Surat Edaran (SE) Wali Kota
    Bekasi nomor 800.1.5/1446/BKPSDM.PKA. Terdapat beberapa OPD serta seluruh
    kecamatan dan kelurahan yang 100 persen Work From Office (WFO).
    Beberapa OPD tersebut yakni Dishub, Satpol-PP, Dinkes termasuk RSUD Tipe D
    dan Puskesmas, RSUD CAM, Disdukcapil, DPMPTSP, Disdamkarmat, BPBD,
    kecamatan dan kelurahan. Selebihnya, bisa melaksanakan WFA 50 persen.
    "Relatif WFA kita 50 persen, jadi yang full 100 persen tidak WFA itu seperti
    Dinas Perhubungan, Pemadam Kebakaran, Lingkungan Hidup, Rumah Sakit Umum
    Daerah, BMSDA," katanya.
    "Pegawai yang melaksanakan tugas kedinasan dari rumah (WFH) atau lokasi lain
    yang ditetapkan (WFA) melaporkan hasil pelaksanaan tugasnya kepada atasan
    langsung," ungkap Kepala BKPSDM Kota Bekasi, Hudi Wijayanto.
    Kepala perangkat daerah telah diminta untuk menetapkan jadwal pegawai baik
    ASN maupun Non ASN yang akan melaksanakan WFA ataupun WFO sesuai ketentuan.

Encoded:

* WFA **permitted** on 24–27 March 2025 under a **quota**: at most half of each
  perangkat daerah's staff (``Quota(wfa, 1/2, per="agency", headcount="all")``:
  "WFA 50 persen" of "aparaturnya"; rounded down, the quota being a ceiling).
  Who is away on which day is the unit's roster (condition ``jadwal-unit``).
* Statuses: ASN **and non-ASN** ("jadwal pegawai baik ASN maupun Non ASN").
* Condition ``laporan-kinerja``: the report of the work done to the direct
  superior (Gobekasi: "laporkan hasil kerja harian ke atasan langsung").
* 100% WFO (exemptions, each quoting its sentence): Dishub, Satpol PP, Dinkes
  with its puskesmas (and type-D hospitals, units of Dinkes), RSUD dr.
  Chasbullah Abdulmadjid ("RSUD CAM"), Disdukcapil, DPMPTSP, Damkar
  ("Disdamkarmat"), BPBD, every kecamatan and kelurahan (tag ``kewilayahan``).
  The Wali Kota also names Lingkungan Hidup and BMSDA as "full 100 persen
  tidak WFA"; the reported list of the circular does not.  Reading: the Wali
  Kota's statement on the day the circular took effect is followed, so DLH and
  DBMSDA are exempt too (documented in ``readings``).

Not encoded:

* A national parent: the sources do not name SE MenPANRB 2/2025, although the
  dates are the same; ``derived_from`` stays empty (on those days the city's
  own circular applies, so no decision says the city has no policy).
* The signing date: not reported; ``signed`` is None.
* Sanctions under PP 53/2010 for breaches, and BKPSDM's monitoring through the
  online attendance system: enforcement, not a rule of the working day.
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
    Status,
)

__all__ = ["EXEMPTIONS", "POLICIES", "POLICY", "POLICY_ID", "QUOTA"]

POLICY_ID = "kota-bekasi/2025-wfa-lebaran"

Q_SE = ("Penyesuaian pelaksanaan tugas kedinasan bagi aparatur di lingkungan Pemkot Bekasi "
        "telah diatur dalam Surat Edaran (SE) Wali Kota Bekasi nomor 800.1.5/1446/BKPSDM.PKA.")
Q_WFO = ("Terdapat beberapa OPD serta seluruh kecamatan dan kelurahan yang 100 persen Work "
         "From Office (WFO).")
Q_LIST = ("Beberapa OPD tersebut yakni Dishub, Satpol-PP, Dinkes termasuk RSUD Tipe D dan "
          "Puskesmas, RSUD CAM, Disdukcapil, DPMPTSP, Disdamkarmat, BPBD, kecamatan dan "
          "kelurahan. Selebihnya, bisa melaksanakan WFA 50 persen.")
Q_WALI = ("“Relatif WFA kita 50 persen, jadi yang full 100 persen tidak WFA itu seperti Dinas "
          "Perhubungan, Pemadam Kebakaran, Lingkungan Hidup, Rumah Sakit Umum Daerah, BMSDA,” "
          "katanya.")
Q_50 = ("Beberapa organisasi perangkat daerah (OPD) diberikan fleksibilitas kerja sebesar bagi "
        "50 persen aparaturnya.")
Q_LAPOR = ("“Pegawai yang melaksanakan tugas kedinasan dari rumah (WFH) atau lokasi lain yang "
           "ditetapkan (WFA) melaporkan hasil pelaksanaan tugasnya kepada atasan langsung,” "
           "ungkap Kepala BKPSDM Kota Bekasi, Hudi Wijayanto.")
Q_JADWAL = ("Kepala perangkat daerah telah diminta untuk menetapkan jadwal pegawai baik ASN "
            "maupun Non ASN yang akan melaksanakan WFA ataupun WFO sesuai ketentuan.")

CITATION = Citation(
    instrument="Surat Edaran",
    number="800.1.5/1446/BKPSDM.PKA",
    issuer="Wali Kota Bekasi",
    signatory="Tri Adhianto",
    signed=None,
    provenance=Provenance.PRESS,
    sources=(
        Source("Radar Bekasi", dt.date(2025, 3, 24),
               "https://radarbekasi.id/2025/03/24/bisa-mudik-lebih-awal-sebagian-aparatur-"
               "pemkot-bekasi-boleh-kerja-dari-mana-saja-mulai-hari-ini",
               "Bisa Mudik Lebih Awal, Sebagian Aparatur Pemkot Bekasi Boleh Kerja dari Mana "
               "Saja Mulai Hari Ini"),
        Source("Gobekasi.id", dt.date(2025, 3, 24),
               "https://gobekasi.id/2025/03/24/pemkot-bekasi-terapkan-wfa-50-untuk-aparatur-"
               "jelang-mudik-lebaran",
               "Pemkot Bekasi Terapkan WFA 50% untuk Aparatur Jelang Mudik Lebaran"),
        Source("Rakyat Bekasi", dt.date(2025, 4, 1),
               "https://rakyatbekasi.com/wali-kota-bekasi-tri-adhianto-asn-yang-lewati-batas-"
               "libur-nasional-akan-disanksi-sesuai-aturan"),
    ),
)

QUOTA = Quota(Arrangement.WFA, "1/2", per="agency", headcount="all", rounding="down",
              quote=Q_50)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="kota-bekasi",
    title=("Work From Anywhere (WFA) 50 persen menjelang libur Nyepi dan Idul Fitri 1446 H",
           "Work From Anywhere (WFA) for 50 percent before the Nyepi and Idul Fitri 1446 H "
           "holidays"),
    citation=CITATION,
    periods=[Period(dt.date(2025, 3, 24), dt.date(2025, 3, 27))],
    provisions=[
        Provision(
            grant=Grant.PERMITTED,
            arrangement=Arrangement.WFA,
            conditions=[Condition(
                ConditionCode.JADWAL_UNIT,
                ("Hari WFA mengikuti jadwal yang ditetapkan kepala perangkat daerah (paling "
                 "banyak 50 persen pegawai) dan dilaporkan kepada BKPSDM.",
                 "The WFA days follow the roster set by the head of the perangkat daerah (at "
                 "most 50 percent of the staff), reported to BKPSDM."),
            )],
            label=("WFA bagi paling banyak 50 persen pegawai perangkat daerah",
                   "WFA for at most 50 percent of the agency's staff"),
            quote=Q_LIST,
            quota=QUOTA,
        ),
    ],
    statuses=[*ASN, Status.NON_ASN],
    conditions=[Condition(
        ConditionCode.LAPORAN_KINERJA,
        ("Melaporkan hasil pelaksanaan tugas kepada atasan langsung.",
         "Report the work done to the direct superior."),
    )],
    quotes=[Q_SE, Q_WFO, Q_LIST, Q_WALI, Q_50, Q_LAPOR, Q_JADWAL],
    readings=[
        ("Daftar OPD yang 100 persen WFO dalam laporan surat edaran tidak menyebut Dinas "
         "Lingkungan Hidup dan Dinas Bina Marga dan Sumber Daya Air, tetapi Wali Kota "
         "menyebut keduanya tidak WFA; keduanya dicatat tetap bekerja di kantor.",
         "The reported list of the circular does not name the environment agency and the roads "
         "and water agency, but the mayor names both as not working from anywhere; both are "
         "recorded as staying in the office."),
        ("Kuota 50 persen dihitung dari seluruh pegawai setiap perangkat daerah dan dibulatkan "
         "ke bawah, karena kuota adalah batas atas.",
         "The 50 percent quota is counted over all staff of each perangkat daerah and rounded "
         "down, the quota being a ceiling."),
    ],
)

_REASON = ("OPD pelayanan langsung tetap 100 persen bekerja dari kantor",
           "direct-service agencies stay 100 percent in the office")


def _exempt(what: tuple[str, str], quote: str = Q_LIST, **selector: str) -> Exemption:
    return Exemption(policy=POLICY_ID, reason=(f"{_REASON[0]}: {what[0]}",
                                               f"{_REASON[1]}: {what[1]}"),
                     quote=quote, **selector)  # type: ignore[arg-type]


EXEMPTIONS = [
    _exempt(("Dinas Perhubungan", "the transport agency"), agency="dishub"),
    _exempt(("Satpol PP", "the public order agency"), agency="satpol-pp"),
    _exempt(("Dinas Kesehatan, termasuk RSUD tipe D dan puskesmas",
             "the health agency, with its type-D hospitals and puskesmas"), agency="dinkes"),
    _exempt(("RSUD dr. Chasbullah Abdulmadjid", "the Chasbullah Abdulmadjid hospital"),
            agency="rsud-chasbullah"),
    _exempt(("Disdukcapil", "the civil registry"), agency="disdukcapil"),
    _exempt(("DPMPTSP", "the licensing agency"), agency="dpmptsp"),
    _exempt(("Dinas Pemadam Kebakaran", "the fire service"), agency="damkar"),
    _exempt(("BPBD", "the disaster agency"), agency="bpbd"),
    _exempt(("kecamatan dan kelurahan", "kecamatan and kelurahan"), quote=Q_WFO,
            agency_tag="kewilayahan"),
    _exempt(("Dinas Lingkungan Hidup", "the environment agency"), quote=Q_WALI, agency="dlh"),
    _exempt(("Dinas Bina Marga dan Sumber Daya Air", "the roads and water agency"),
            quote=Q_WALI, agency="dbmsda"),
]

POLICIES = [POLICY]
