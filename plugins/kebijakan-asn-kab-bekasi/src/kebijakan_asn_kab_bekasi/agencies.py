"""Pemerintah Kabupaten Bekasi (Kemendagri 32.16) and its perangkat daerah.

The codes pinned by SPEC §3 (``setda``, ``bappeda``, ``bkpsdm``, ``bpbd``,
``inspektorat``, ``diskominfo``, ``dpupr``, ``dinkes``, ``puskesmas-tambun``,
``dishub``, ``dpmptsp``, ``disdukcapil``, ``dlh``, ``dp3a``, ``dinsos``,
``damkar``, ``bapenda``, ``satpol-pp``, ``rsud``, ``kecamatan-tambun-selatan``)
plus perangkat daerah whose existence the sources confirm:

* seed 001 names the twelve public-service OPD (all pinned above);
* press on the regency (read while building the catalog): Dinas Komunikasi,
  Informatika, Persandian dan Statistik ("Diskominfosantik", the pinned
  ``diskominfo``); Dinas Cipta Karya dan Tata Ruang (DCKTR); Dinas Sumber Daya
  Air, Bina Marga dan Bina Konstruksi (SDABMBK); Disperkimtan; Dinas Pertanian
  and Dinas Ketahanan Pangan; Kelurahan Jatimulya (Kecamatan Tambun Selatan);
  Puskesmas Jatimulya, Cibarusah and Karangbahagia; Kecamatan Cikarang Pusat
  (seat of the regency), Pebayuran.

``dpupr`` is pinned by SPEC; the press of 2024–2025 shows its works split
between DCKTR and DSDABMBK, so all three are listed and no policy here depends
on which one an employee belongs to.

``direct_service`` means one thing, independent of any circular: the agency's
own main business is service delivered directly to members of the public, at
a counter or in the field — health care (Dinkes, its puskesmas, the RSUD),
civil registration (Disdukcapil), licensing (DPMPTSP), transport (Dishub),
fire and rescue (Damkar), public order (Satpol PP), disaster response (BPBD)
and the territorial offices (kecamatan, kelurahan).  Agencies whose main
business is policy, planning or administration carry ``False`` even where a
circular keeps them in the office; a circular that names its own list (the
twelve OPD of SE 800.1.6.2/1468-BKPSDM/2025, seed 001) encodes that list as
its own exemptions and never through this flag.  DLH, DP3A, Dinsos and Bapenda
are in that 2025 list but are not flagged: their front-line units are UPTD
whose staff are marked ``direct_service`` one by one.  Each circular's module
says which reading of "pelayanan langsung" it takes.
"""

from __future__ import annotations

from kebijakan_asn import Agency, Jurisdiction

__all__ = ["AGENCIES", "JURISDICTION"]

J = "kab-bekasi"

JURISDICTION = Jurisdiction(
    code=J,
    name="Pemerintah Kabupaten Bekasi",
    level="kabupaten",
    kemendagri="32.16",
    parent=None,
)


def _a(code: str, name: str, kind: str, *, parent: str | None = None,
       direct_service: bool = False, tags: tuple[str, ...] = ()) -> Agency:
    return Agency(J, code, name, kind, parent=parent, direct_service=direct_service,
                  tags=frozenset(tags))


AGENCIES: list[Agency] = [
    # Sekretariat and inspectorate
    _a("setda", "Sekretariat Daerah Kabupaten Bekasi", "setda", tags=("sekretariat",)),
    _a("sekretariat-dprd", "Sekretariat DPRD Kabupaten Bekasi", "sekretariat-dprd",
       tags=("sekretariat",)),
    _a("inspektorat", "Inspektorat Daerah Kabupaten Bekasi", "inspektorat",
       tags=("pengawasan",)),
    # Badan
    _a("bappeda", "Badan Perencanaan Pembangunan Daerah", "badan", tags=("perencanaan",)),
    _a("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "badan",
       tags=("kepegawaian",)),
    _a("bpbd", "Badan Penanggulangan Bencana Daerah", "badan", direct_service=True,
       tags=("kebencanaan",)),
    _a("bapenda", "Badan Pendapatan Daerah", "badan", tags=("pendapatan",)),
    _a("kesbangpol", "Badan Kesatuan Bangsa dan Politik", "badan"),
    # Dinas
    _a("diskominfo", "Dinas Komunikasi, Informatika, Persandian dan Statistik", "dinas",
       tags=("kominfo",)),
    _a("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "dinas",
       tags=("infrastruktur",)),
    _a("dcktr", "Dinas Cipta Karya dan Tata Ruang", "dinas", tags=("infrastruktur",)),
    _a("dsdabmbk", "Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi", "dinas",
       tags=("infrastruktur",)),
    _a("disperkimtan", "Dinas Perumahan Rakyat, Kawasan Permukiman dan Pertanahan", "dinas",
       tags=("infrastruktur",)),
    _a("dinkes", "Dinas Kesehatan", "dinas", direct_service=True, tags=("kesehatan",)),
    _a("dishub", "Dinas Perhubungan", "dinas", direct_service=True, tags=("transportasi",)),
    _a("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dinas",
       direct_service=True, tags=("perizinan",)),
    _a("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "dinas",
       direct_service=True, tags=("adminduk",)),
    _a("dlh", "Dinas Lingkungan Hidup", "dinas"),
    _a("dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "dinas"),
    _a("dinsos", "Dinas Sosial", "dinas"),
    _a("damkar", "Dinas Pemadam Kebakaran", "dinas", direct_service=True,
       tags=("kebencanaan",)),
    _a("disdik", "Dinas Pendidikan", "dinas", tags=("pendidikan",)),
    _a("disnaker", "Dinas Tenaga Kerja", "dinas"),
    _a("distan", "Dinas Pertanian", "dinas"),
    _a("dkp", "Dinas Ketahanan Pangan", "dinas"),
    _a("dpmd", "Dinas Pemberdayaan Masyarakat dan Desa", "dinas"),
    _a("dispora", "Dinas Pemuda dan Olahraga", "dinas"),
    # Satuan polisi pamong praja and the regional hospital
    _a("satpol-pp", "Satuan Polisi Pamong Praja", "satpol-pp", direct_service=True,
       tags=("ketertiban",)),
    _a("rsud", "RSUD Kabupaten Bekasi", "rsud", direct_service=True, tags=("kesehatan",)),
    # Puskesmas (UPTD of Dinas Kesehatan)
    _a("puskesmas-tambun", "UPTD Puskesmas Tambun", "puskesmas", parent="dinkes",
       direct_service=True, tags=("kesehatan",)),
    _a("puskesmas-jatimulya", "UPTD Puskesmas Jatimulya", "puskesmas", parent="dinkes",
       direct_service=True, tags=("kesehatan",)),
    _a("puskesmas-cibarusah", "UPTD Puskesmas Cibarusah", "puskesmas", parent="dinkes",
       direct_service=True, tags=("kesehatan",)),
    _a("puskesmas-karangbahagia", "UPTD Puskesmas Karangbahagia", "puskesmas",
       parent="dinkes", direct_service=True, tags=("kesehatan",)),
    # Kecamatan and kelurahan
    _a("kecamatan-tambun-selatan", "Kecamatan Tambun Selatan", "kecamatan",
       direct_service=True, tags=("kewilayahan",)),
    _a("kecamatan-cikarang-pusat", "Kecamatan Cikarang Pusat", "kecamatan",
       direct_service=True, tags=("kewilayahan",)),
    _a("kecamatan-pebayuran", "Kecamatan Pebayuran", "kecamatan", direct_service=True,
       tags=("kewilayahan",)),
    _a("kecamatan-cibarusah", "Kecamatan Cibarusah", "kecamatan", direct_service=True,
       tags=("kewilayahan",)),
    _a("kelurahan-jatimulya", "Kelurahan Jatimulya", "kelurahan",
       parent="kecamatan-tambun-selatan", direct_service=True, tags=("kewilayahan",)),
]
