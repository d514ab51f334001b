"""The instansi Pemerintah Kabupaten Templat and its perangkat daerah.

TEMPLAT: replace the catalog by your government's perangkat daerah — the
codes your sources name, then the rest you can name with confidence.  Give
each a ``kind`` (setda, dinas, badan, inspektorat, rsud, puskesmas,
kecamatan, kelurahan, sekolah…), a ``parent`` where it is a unit of another
agency, ``direct_service=True`` where it serves the public face to face, and
tags your policies select by.
"""

from __future__ import annotations

from kebijakan_asn import Agency, Jurisdiction

__all__ = ["AGENCIES", "JURISDICTION"]

J = "kab-templat"  # TEMPLAT: your jurisdiction code

JURISDICTION = Jurisdiction(
    code=J,
    name="Pemerintah Kabupaten Templat",  # TEMPLAT
    level="kabupaten",  # TEMPLAT: provinsi, kabupaten or kota
    kemendagri=None,  # TEMPLAT: the Kemendagri code, e.g. "32.16"
)

AGENCIES = [  # TEMPLAT: your catalog
    Agency(J, "setda", "Sekretariat Daerah", "setda"),
    Agency(J, "bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "badan"),
    Agency(J, "bappeda", "Badan Perencanaan Pembangunan Daerah", "badan"),
    Agency(J, "dinkes", "Dinas Kesehatan", "dinas"),
    Agency(J, "puskesmas-kota", "Puskesmas Kota", "puskesmas", parent="dinkes",
           direct_service=True),
]
