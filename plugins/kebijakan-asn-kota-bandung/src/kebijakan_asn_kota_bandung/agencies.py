"""The instansi Pemerintah Kota Bandung and its perangkat daerah.

Codes pinned by SPEC §3: ``setda`` (tag ``balai-kota``), ``bkpsdm`` (tag
``balai-kota``), ``dinkes``, ``rsud``, ``satpol-pp``, ``disdukcapil``.  The
rest is the city's perangkat daerah we can name with confidence; seed 004
itself names Dinas Kesehatan, RSUD, RSKIA, RSKGM, Satpol PP, "Bappenda"
(Badan Pendapatan Daerah, spelt Bapenda officially), BKAD, the Sekda's
offices and BKPSDM.

The tag ``balai-kota`` marks the units housed in the Balai Kota complex
(Jl. Wastukencana No. 2), the scope of provision (a) of SE 443/SE.088-BKPSDM.
The Sekda's message announcing the closure on 28 June 2021 (PasJabar) names
the offices there: "Sekretariat Setda, BKPSDM, BAPELITBANG, DISKOMINFO,
BAPENDA, BKAD, KESBANGPOL dan Bagian-Bagian".  Those carry the tag; the bagian
of the Setda inherit it through their parent.

BUMD (city-owned enterprises), also named by the SE, are not perangkat daerah
and their staff are not ASN of the city: they are not in this catalog.

``direct_service`` marks units that serve the public face to face (health
care, civil registration, licensing, fire and rescue, public order, transport,
kecamatan and kelurahan offices, schools).  SE 443/SE.088-BKPSDM has no
exemption that reads the flag; it is there for other rule sets and auditors.
"""

from __future__ import annotations

from kebijakan_asn import Agency, Jurisdiction

__all__ = ["AGENCIES", "BALAI_KOTA", "JURISDICTION"]

JURISDICTION = Jurisdiction(
    code="kota-bandung",
    name="Pemerintah Kota Bandung",
    level="kota",
    kemendagri="32.73",
    parent=None,
)

BALAI_KOTA = "balai-kota"
"""Tag of the units in the Balai Kota Bandung complex."""

_J = JURISDICTION.code
_BK = frozenset({BALAI_KOTA})

AGENCIES: list[Agency] = [
    # Sekretariat Daerah and its bagian (in the Balai Kota complex).
    Agency(_J, "setda", "Sekretariat Daerah Kota Bandung", "setda", tags=_BK),
    Agency(_J, "bagian-hukum", "Bagian Hukum Sekretariat Daerah Kota Bandung", "bagian",
           parent="setda"),
    Agency(_J, "bagian-prokompim",
           "Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kota Bandung",
           "bagian", parent="setda"),
    Agency(_J, "sekretariat-dprd", "Sekretariat DPRD Kota Bandung", "sekretariat-dprd"),
    Agency(_J, "inspektorat", "Inspektorat Kota Bandung", "inspektorat"),
    # Badan.
    Agency(_J, "bappelitbang",
           "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Kota Bandung", "badan",
           tags=_BK),
    Agency(_J, "bkpsdm",
           "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bandung", "badan",
           tags=_BK),
    Agency(_J, "bkad", "Badan Keuangan dan Aset Daerah Kota Bandung", "badan", tags=_BK),
    Agency(_J, "bapenda", "Badan Pendapatan Daerah Kota Bandung", "badan", tags=_BK),
    Agency(_J, "kesbangpol", "Badan Kesatuan Bangsa dan Politik Kota Bandung", "badan",
           tags=_BK),
    # Dinas.
    Agency(_J, "disdik", "Dinas Pendidikan Kota Bandung", "dinas"),
    Agency(_J, "smpn-2-bandung", "SMP Negeri 2 Bandung", "sekolah", parent="disdik",
           direct_service=True),
    Agency(_J, "dinkes", "Dinas Kesehatan Kota Bandung", "dinas"),
    Agency(_J, "puskesmas-garuda", "UPT Puskesmas Garuda", "puskesmas", parent="dinkes",
           direct_service=True),
    Agency(_J, "puskesmas-ibrahim-adjie", "UPT Puskesmas Ibrahim Adjie", "puskesmas",
           parent="dinkes", direct_service=True),
    Agency(_J, "puskesmas-puter", "UPT Puskesmas Puter", "puskesmas", parent="dinkes",
           direct_service=True),
    Agency(_J, "disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil Kota Bandung", "dinas",
           direct_service=True),
    Agency(_J, "dpmptsp",
           "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung", "dinas",
           direct_service=True),
    Agency(_J, "dishub", "Dinas Perhubungan Kota Bandung", "dinas", direct_service=True),
    Agency(_J, "diskar-pb", "Dinas Kebakaran dan Penanggulangan Bencana Kota Bandung",
           "dinas", direct_service=True),
    Agency(_J, "diskominfo", "Dinas Komunikasi dan Informatika Kota Bandung", "dinas",
           tags=_BK),
    Agency(_J, "distaru", "Dinas Penataan Ruang Kota Bandung", "dinas"),
    Agency(_J, "disnaker", "Dinas Tenaga Kerja Kota Bandung", "dinas"),
    Agency(_J, "dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bandung",
           "dinas"),
    Agency(_J, "disdagin", "Dinas Perdagangan dan Perindustrian Kota Bandung", "dinas"),
    Agency(_J, "dispora", "Dinas Pemuda dan Olahraga Kota Bandung", "dinas"),
    Agency(_J, "disbudpar", "Dinas Kebudayaan dan Pariwisata Kota Bandung", "dinas"),
    Agency(_J, "disarpus", "Dinas Arsip dan Perpustakaan Kota Bandung", "dinas"),
    Agency(_J, "satpol-pp", "Satuan Polisi Pamong Praja Kota Bandung", "satpol-pp",
           direct_service=True),
    # City hospitals (seed 004: "Dinas Kesehatan, RSUD RSKIA, RSKGM").
    Agency(_J, "rsud", "Rumah Sakit Umum Daerah Kota Bandung", "rsud", direct_service=True),
    Agency(_J, "rskia", "Rumah Sakit Khusus Ibu dan Anak Kota Bandung", "rs-khusus",
           direct_service=True),
    Agency(_J, "rskgm", "Rumah Sakit Khusus Gigi dan Mulut Kota Bandung", "rs-khusus",
           direct_service=True),
    # Kecamatan with some of their kelurahan.
    Agency(_J, "kecamatan-sumur-bandung", "Kecamatan Sumur Bandung", "kecamatan",
           direct_service=True),
    Agency(_J, "kelurahan-babakan-ciamis", "Kelurahan Babakan Ciamis", "kelurahan",
           parent="kecamatan-sumur-bandung", direct_service=True),
    Agency(_J, "kelurahan-braga", "Kelurahan Braga", "kelurahan",
           parent="kecamatan-sumur-bandung", direct_service=True),
    Agency(_J, "kecamatan-coblong", "Kecamatan Coblong", "kecamatan", direct_service=True),
    Agency(_J, "kelurahan-dago", "Kelurahan Dago", "kelurahan", parent="kecamatan-coblong",
           direct_service=True),
    Agency(_J, "kelurahan-lebakgede", "Kelurahan Lebakgede", "kelurahan",
           parent="kecamatan-coblong", direct_service=True),
]
