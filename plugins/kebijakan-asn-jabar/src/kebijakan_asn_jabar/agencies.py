"""Pemerintah Provinsi Jawa Barat and its perangkat daerah (the agency catalog).

The codes pinned by SPEC §3 for ``prov-jabar`` are ``setda``, ``bkd``,
``bappeda``, ``diskominfo``, ``dpmptsp`` (perizinan, direct service),
``bapenda``, ``samsat-bekasi`` (under ``bapenda``, direct service),
``labkesda`` (direct service), ``rsud-al-ihsan`` (direct service) and
``sman-3-bandung`` (school, direct service).  The rest are perangkat daerah
of the province named with confidence; units whose exact UPTD name or
organisational parent we could not confirm are left out rather than guessed.

Direct service (``direct_service=True``) follows SE 150/KPG.03/BKD, which
excludes "unit/bagian/tim kerja yang memiliki fungsi pelayanan langsung
kepada masyarakat" and names Samsat, laboratorium daerah and perizinan, and
the 2026 reports, which name hospitals and schools.  The tag ``lapangan``
marks the field units — Satpol PP, BPBD and Dishub — whose staff are the
"petugas lapangan" the Governor excluded from WFH (Jabarnews, November 2025).

Kinds: ``setda``, ``biro``, ``sekretariat-dprd``, ``inspektorat``,
``badan``, ``dinas``, ``satpol-pp``, ``uptd`` (Samsat units, the Labkesda),
``instalasi`` (a unit of a hospital), ``rsud`` (every hospital of the
province, RSUD or special hospital) and ``sekolah`` (SMA/SMK, run by the
province since UU 23/2014).
"""

from __future__ import annotations

from kebijakan_asn import Agency, Jurisdiction

__all__ = ["AGENCIES", "JURISDICTION", "JURISDICTION_CODE"]

JURISDICTION_CODE = "prov-jabar"

JURISDICTION = Jurisdiction(
    code=JURISDICTION_CODE,
    name="Pemerintah Provinsi Jawa Barat",
    level="provinsi",
    kemendagri="32",
    parent=None,
)

_J = JURISDICTION_CODE

AGENCIES = [
    # Sekretariat Daerah and its biro (Gedung Sate).
    Agency(_J, "setda", "Sekretariat Daerah Provinsi Jawa Barat", "setda",
           tags=["gedung-sate"]),
    Agency(_J, "biro-pemerintahan", "Biro Pemerintahan dan Otonomi Daerah", "biro",
           parent="setda", tags=["gedung-sate"]),
    Agency(_J, "biro-hukum", "Biro Hukum dan Hak Asasi Manusia", "biro",
           parent="setda", tags=["gedung-sate"]),
    Agency(_J, "biro-organisasi", "Biro Organisasi", "biro",
           parent="setda", tags=["gedung-sate"]),
    Agency(_J, "biro-umum", "Biro Umum", "biro",
           parent="setda", tags=["gedung-sate"]),
    Agency(_J, "sekretariat-dprd", "Sekretariat DPRD Provinsi Jawa Barat",
           "sekretariat-dprd"),
    Agency(_J, "inspektorat", "Inspektorat Daerah Provinsi Jawa Barat", "inspektorat"),
    # Badan.
    Agency(_J, "bappeda", "Badan Perencanaan Pembangunan Daerah", "badan",
           tags=["perencanaan"]),
    Agency(_J, "bkd", "Badan Kepegawaian Daerah", "badan", tags=["kepegawaian"]),
    Agency(_J, "bapenda", "Badan Pendapatan Daerah", "badan", tags=["pendapatan"]),
    Agency(_J, "bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", "badan",
           tags=["keuangan"]),
    Agency(_J, "bpsdm", "Badan Pengembangan Sumber Daya Manusia", "badan",
           tags=["kepegawaian"]),
    Agency(_J, "bpbd", "Badan Penanggulangan Bencana Daerah", "badan",
           tags=["kebencanaan", "lapangan"]),
    Agency(_J, "bakesbangpol", "Badan Kesatuan Bangsa dan Politik", "badan"),
    # Samsat: units of Bapenda that serve taxpayers directly.
    Agency(_J, "samsat-bekasi", "Samsat Kota Bekasi", "uptd", parent="bapenda",
           direct_service=True, tags=["samsat", "pelayanan-pajak"]),
    Agency(_J, "samsat-bandung-pajajaran", "Samsat Kota Bandung I Pajajaran", "uptd",
           parent="bapenda", direct_service=True, tags=["samsat", "pelayanan-pajak"]),
    Agency(_J, "samsat-bandung-kawaluyaan", "Samsat Kota Bandung II Kawaluyaan", "uptd",
           parent="bapenda", direct_service=True, tags=["samsat", "pelayanan-pajak"]),
    Agency(_J, "samsat-bandung-soekarno-hatta", "Samsat Kota Bandung III Soekarno-Hatta",
           "uptd", parent="bapenda", direct_service=True,
           tags=["samsat", "pelayanan-pajak"]),
    Agency(_J, "samsat-depok", "Samsat Kota Depok", "uptd", parent="bapenda",
           direct_service=True, tags=["samsat", "pelayanan-pajak"]),
    # Dinas.
    Agency(_J, "diskominfo", "Dinas Komunikasi dan Informatika", "dinas",
           tags=["informatika"]),
    Agency(_J, "dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dinas",
           direct_service=True, tags=["perizinan"]),
    Agency(_J, "disdik", "Dinas Pendidikan", "dinas", tags=["pendidikan"]),
    Agency(_J, "dinkes", "Dinas Kesehatan", "dinas", tags=["kesehatan"]),
    Agency(_J, "dishub", "Dinas Perhubungan", "dinas", tags=["perhubungan", "lapangan"]),
    Agency(_J, "dinsos", "Dinas Sosial", "dinas", tags=["sosial"]),
    Agency(_J, "dlh", "Dinas Lingkungan Hidup", "dinas"),
    Agency(_J, "dbmpr", "Dinas Bina Marga dan Penataan Ruang", "dinas"),
    Agency(_J, "disnakertrans", "Dinas Tenaga Kerja dan Transmigrasi", "dinas"),
    Agency(_J, "dp3akb",
           "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana", "dinas"),
    Agency(_J, "disperindag", "Dinas Perindustrian dan Perdagangan", "dinas"),
    Agency(_J, "disparbud", "Dinas Pariwisata dan Kebudayaan", "dinas"),
    Agency(_J, "dispusipda", "Dinas Perpustakaan dan Kearsipan Daerah", "dinas"),
    Agency(_J, "satpol-pp", "Satuan Polisi Pamong Praja", "satpol-pp",
           tags=["ketertiban", "lapangan"]),
    # Health: the regional laboratory and the province's hospitals.
    Agency(_J, "labkesda", "Laboratorium Kesehatan Daerah Provinsi Jawa Barat", "uptd",
           parent="dinkes", direct_service=True, tags=["kesehatan", "laboratorium"]),
    Agency(_J, "rsud-al-ihsan", "RSUD Al Ihsan Provinsi Jawa Barat", "rsud",
           direct_service=True, tags=["kesehatan", "rumah-sakit"]),
    # A unit of the hospital: its direct-service status (and the hospital's
    # kind) comes through its parent, as exemptions follow the parent chain.
    Agency(_J, "rsud-al-ihsan-igd", "Instalasi Gawat Darurat RSUD Al Ihsan", "instalasi",
           parent="rsud-al-ihsan", tags=["kesehatan", "rumah-sakit"]),
    Agency(_J, "rs-paru-rotinsulu", "Rumah Sakit Paru Dr. H.A. Rotinsulu", "rsud",
           parent="dinkes", direct_service=True, tags=["kesehatan", "rumah-sakit"]),
    Agency(_J, "rsj-jabar", "Rumah Sakit Jiwa Provinsi Jawa Barat", "rsud",
           parent="dinkes", direct_service=True, tags=["kesehatan", "rumah-sakit"]),
    # Schools: SMA and SMK, under the Dinas Pendidikan.
    Agency(_J, "sman-1-bandung", "SMA Negeri 1 Bandung", "sekolah", parent="disdik",
           direct_service=True, tags=["pendidikan", "sma"]),
    Agency(_J, "sman-3-bandung", "SMA Negeri 3 Bandung", "sekolah", parent="disdik",
           direct_service=True, tags=["pendidikan", "sma"]),
    Agency(_J, "sman-5-bandung", "SMA Negeri 5 Bandung", "sekolah", parent="disdik",
           direct_service=True, tags=["pendidikan", "sma"]),
    Agency(_J, "smkn-1-bandung", "SMK Negeri 1 Bandung", "sekolah", parent="disdik",
           direct_service=True, tags=["pendidikan", "smk"]),
]
