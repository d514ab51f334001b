"""Pemerintah Kota Bekasi and its perangkat daerah (the agency catalog).

The codes pinned by SPEC §3 (``setda``, ``bkpsdm``, ``bappelitbangda``,
``dinkes``, ``disdukcapil``, ``rsud-chasbullah``) come first; the rest are
perangkat daerah of Kota Bekasi named in the sources read for this plugin
(seed 002, the SE 800/2072/BKPPD.PKA text, the press on Kota Bekasi) or
well established ones.  Only a few of the 12 kecamatan, 56 kelurahan and
56 puskesmas (one per kelurahan since 2024) are listed; add more the same
way.

``direct_service=True`` marks units whose main work is serving the public in
person: population registry, licensing, hospital, puskesmas, kecamatan and
kelurahan counters, schools, and the field services (Satpol PP, Damkar,
BPBD, Dishub).  A dinas office whose main work is planning, regulating or
supporting (Dinkes, Disdik, Dinsos, Bapenda…) is not flagged; its own
direct-service units are.

Names: in March 2020 the personnel agency was the BKPPD (Badan Kepegawaian,
Pendidikan dan Pelatihan Daerah), the issuer code of SE 800/2072/BKPPD.PKA;
today it is the BKPSDM (seed 002: "Sekretaris BKPSDM Kota Bekasi").  The
catalog uses today's name under the pinned code ``bkpsdm``.

RSUD dr. Chasbullah Abdulmadjid is listed without a parent: whether Kota
Bekasi made it a unit of Dinkes (PP 72/2019) is not in our sources.
"""

from __future__ import annotations

from kebijakan_asn import Agency, Jurisdiction

__all__ = ["AGENCIES", "CODE", "JURISDICTION"]

CODE = "kota-bekasi"

JURISDICTION = Jurisdiction(
    code=CODE,
    name="Pemerintah Kota Bekasi",
    level="kota",
    kemendagri="32.75",
    parent=None,
)

_J = CODE


def _kecamatan(slug: str, name: str) -> Agency:
    return Agency(_J, f"kecamatan-{slug}", f"Kecamatan {name}", "kecamatan",
                  direct_service=True, tags={"kewilayahan"})


def _kelurahan(slug: str, name: str, kecamatan: str) -> Agency:
    return Agency(_J, f"kelurahan-{slug}", f"Kelurahan {name}", "kelurahan",
                  parent=f"kecamatan-{kecamatan}", direct_service=True, tags={"kewilayahan"})


def _puskesmas(slug: str, name: str) -> Agency:
    return Agency(_J, f"puskesmas-{slug}", f"UPTD Puskesmas {name}", "puskesmas",
                  parent="dinkes", direct_service=True, tags={"kesehatan"})


AGENCIES: list[Agency] = [
    # ---- pinned by SPEC §3
    Agency(_J, "setda", "Sekretariat Daerah Kota Bekasi", "setda", tags={"plaza-pemkot"}),
    Agency(_J, "bkpsdm",
           "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bekasi", "badan",
           tags={"plaza-pemkot", "kepegawaian"}),
    Agency(_J, "bappelitbangda",
           "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kota Bekasi",
           "badan", tags={"perencanaan"}),
    Agency(_J, "dinkes", "Dinas Kesehatan Kota Bekasi", "dinas", tags={"kesehatan"}),
    Agency(_J, "disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil Kota Bekasi", "dinas",
           direct_service=True, tags={"pelayanan-administrasi"}),
    Agency(_J, "rsud-chasbullah", "RSUD dr. Chasbullah Abdulmadjid Kota Bekasi", "rsud",
           direct_service=True, tags={"kesehatan"}),
    # ---- secretariats and inspectorate
    Agency(_J, "sekretariat-dprd", "Sekretariat DPRD Kota Bekasi", "sekretariat-dprd"),
    Agency(_J, "inspektorat", "Inspektorat Daerah Kota Bekasi", "inspektorat",
           tags={"pengawasan"}),
    # ---- badan
    Agency(_J, "bapenda", "Badan Pendapatan Daerah Kota Bekasi", "badan",
           tags={"keuangan"}),
    Agency(_J, "bpkad", "Badan Pengelola Keuangan dan Aset Daerah Kota Bekasi", "badan",
           tags={"keuangan"}),
    Agency(_J, "bpbd", "Badan Penanggulangan Bencana Daerah Kota Bekasi", "badan",
           direct_service=True, tags={"kedaruratan"}),
    Agency(_J, "kesbangpol", "Badan Kesatuan Bangsa dan Politik Kota Bekasi", "badan"),
    # ---- dinas
    Agency(_J, "disdik", "Dinas Pendidikan Kota Bekasi", "dinas", tags={"pendidikan"}),
    Agency(_J, "dishub", "Dinas Perhubungan Kota Bekasi", "dinas", direct_service=True,
           tags={"perhubungan"}),
    Agency(_J, "dpmptsp",
           "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bekasi", "dinas",
           direct_service=True, tags={"perizinan"}),
    Agency(_J, "diskominfostandi",
           "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Bekasi", "dinas"),
    Agency(_J, "dbmsda", "Dinas Bina Marga dan Sumber Daya Air Kota Bekasi", "dinas",
           tags={"infrastruktur"}),
    Agency(_J, "disperkimtan",
           "Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kota Bekasi", "dinas",
           tags={"infrastruktur"}),
    Agency(_J, "dlh", "Dinas Lingkungan Hidup Kota Bekasi", "dinas"),
    Agency(_J, "dinsos", "Dinas Sosial Kota Bekasi", "dinas"),
    Agency(_J, "disnaker", "Dinas Ketenagakerjaan Kota Bekasi", "dinas"),
    Agency(_J, "dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi",
           "dinas"),
    Agency(_J, "damkar", "Dinas Pemadam Kebakaran Kota Bekasi", "dinas",
           direct_service=True, tags={"kedaruratan"}),
    Agency(_J, "satpol-pp", "Satuan Polisi Pamong Praja Kota Bekasi", "satpol-pp",
           direct_service=True, tags={"ketertiban"}),
    # ---- schools under Disdik
    Agency(_J, "smpn-1-bekasi", "SMP Negeri 1 Kota Bekasi", "sekolah", parent="disdik",
           direct_service=True, tags={"pendidikan"}),
    # ---- puskesmas under Dinkes (radarbekasi 2023-03-08; wahananews 2024-08-22)
    _puskesmas("jatirasa", "Jatirasa"),
    _puskesmas("jatisari", "Jatisari"),
    _puskesmas("sepanjang-jaya", "Sepanjang Jaya"),
    _puskesmas("jatisampurna", "Jatisampurna"),
    _puskesmas("jatimurni", "Jatimurni"),
    # ---- kecamatan (12 in all) and some of their kelurahan
    _kecamatan("bekasi-selatan", "Bekasi Selatan"),
    _kelurahan("kayuringin-jaya", "Kayuringin Jaya", "bekasi-selatan"),
    _kecamatan("jatiasih", "Jatiasih"),
    _kelurahan("jatirasa", "Jatirasa", "jatiasih"),
    _kelurahan("jatisari", "Jatisari", "jatiasih"),
    _kecamatan("rawalumbu", "Rawalumbu"),
    _kelurahan("sepanjang-jaya", "Sepanjang Jaya", "rawalumbu"),
    _kecamatan("pondok-melati", "Pondok Melati"),
    _kelurahan("jatimurni", "Jatimurni", "pondok-melati"),
    _kelurahan("jatimelati", "Jatimelati", "pondok-melati"),
    _kecamatan("jatisampurna", "Jatisampurna"),
    _kelurahan("jatisampurna", "Jatisampurna", "jatisampurna"),
    _kecamatan("bantargebang", "Bantargebang"),
    _kelurahan("cikiwul", "Cikiwul", "bantargebang"),
    _kecamatan("bekasi-timur", "Bekasi Timur"),
]
