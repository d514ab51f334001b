"""SE MenPANRB 2/2026 (``nasional/se-menpanrb-2-2026``).

Flexible work around Nyepi and Idul Fitri 1447 H.  Source:
``shared/research/domain.md`` §3 (jdih.kemenkoinfra.go.id; ntvnews.id).

    16–17 March 2026 (before Nyepi) and 25–27 March 2026 (after Idul Fitri
    1447 H); location and/or time flexibility; proportion set by pimpinan
    instansi; health, transport, security stay available.
"""

from __future__ import annotations

import datetime as dt

from .._codes import Arrangement, Grant, Provenance
from .._model import Citation, Period, Policy, Provision, Source

POLICY_ID = "nasional/se-menpanrb-2-2026"

Q_MANDIRI = ("Agar pimpinan instansi pemerintah dapat mengatur penyesuaian pelaksanaan tugas "
             "kedinasan bagi pegawai aparatur sipil negara secara mandiri dengan memperhatikan "
             "karakteristik tugas kedinasan.")
Q_PROPORSI = ("Pimpinan instansi pemerintah mengatur proporsi jumlah pegawai ASN dengan "
              "mempertimbangkan jumlah pegawai serta karakteristik jenis layanan pemerintahan.")

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("Fleksibilitas lokasi dan/atau waktu sekitar Nyepi dan Idul Fitri 1447 H",
           "Location and/or time flexibility around Nyepi and Idul Fitri 1447 H"),
    citation=Citation(
        instrument="Surat Edaran",
        number="2 Tahun 2026",
        issuer="Menteri PANRB",
        signatory="Rini Widyantini",
        signed=dt.date(2026, 2, 9),
        provenance=Provenance.PRESS,
        sources=(
            Source("Medcom.id", None,
                   "https://www.medcom.id/pendidikan/jobseeker/zNPRA1Wk-pengumuman-resmi-ini-"
                   "jadwal-fwa-asn-sebelum-dan-sesudah-lebaran-2026",
                   "Pengumuman Resmi! Ini Jadwal FWA ASN Sebelum dan Sesudah Lebaran 2026"),
            Source("Kabar Banyuwangi", None,
                   "https://www.kabarbanyuwangi.info/pemerintah-atur-ulang-kerja-asn-jelang-"
                   "nyepi-dan-idulfitri-apa-dampaknya.html"),
        ),
    ),
    periods=[
        Period(dt.date(2026, 3, 16), dt.date(2026, 3, 17)),
        Period(dt.date(2026, 3, 25), dt.date(2026, 3, 27)),
    ],
    provisions=[
        Provision(grant=Grant.ENABLING, arrangement=Arrangement.WFA,
                  quote=Q_MANDIRI),
    ],
    quotes=[Q_MANDIRI, Q_PROPORSI],
    notes=[("Layanan kesehatan, transportasi dan keamanan tetap tersedia.",
            "Health, transport and security services stay available.")],
)

POLICIES = [POLICY]
