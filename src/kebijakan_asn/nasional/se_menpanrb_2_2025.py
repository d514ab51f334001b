"""SE MenPANRB 2/2025, amended by SE MenPANRB 3/2025
(``nasional/se-menpanrb-2-2025``).

WFA before the Nyepi and Idul Fitri 1446 H holidays.  Sources: seed 001
(Gobekasi, 22 March 2025) and ``shared/research/domain.md`` §3.

    Seed 001: "SE ini merupakan turunan dari SE Menteri Pendayagunaan
    Aparatur Negara dan Reformasi Birokrasi (PANRB) No. 2/2025."
    domain.md §3: 24–27 March 2025 (4 days before the Nyepi/Idul Fitri 1446 H
    holidays).  Pimpinan instansi splits staff between WFO and WFH/WFA ...
    health, transport, security stay available.
    SE MenPANRB 3/2025 amends SE 2/2025 and allows WFA on Tuesday 8 April
    2025 as well.

Enabling: it lets the instansi allow WFA; regional circulars implement it
(Kab. Bekasi: SE 800.1.6.2/1468-BKPSDM/2025).
"""

from __future__ import annotations

import datetime as dt

from .._codes import Arrangement, Grant, Provenance
from .._model import Citation, Period, Policy, Provision, Source

POLICY_ID = "nasional/se-menpanrb-2-2025"
_ISSUER = "Menteri PANRB"
_GOBEKASI = Source("Gobekasi.id", dt.date(2025, 3, 22),
                   "https://gobekasi.id/2025/03/22/bupati-bekasi-pastikan-pelayanan-masyarakat-"
                   "tetap-normal-meski-asn-terapkan-wfa/",
                   "Bupati Bekasi Pastikan Pelayanan Masyarakat Tetap Normal Meski ASN "
                   "Terapkan WFA")
_WARTABOGOR = Source("Warta Bogor", dt.date(2025, 2, 19),
                     "https://wartabogor.id/menteri-panrb-izinkan-pns-wfa-mulai-24-maret-jelang-"
                     "lebaran/", "Menteri PANRB Izinkan PNS WFA Mulai 24 Maret Jelang Lebaran")

SE_2_2025 = Citation(
    instrument="Surat Edaran",
    number="2 Tahun 2025",
    issuer=_ISSUER,
    signed=dt.date(2025, 3, 5),
    provenance=Provenance.SEED,
    sources=(_GOBEKASI, _WARTABOGOR),
)
SE_3_2025 = Citation(
    instrument="Surat Edaran",
    number="3 Tahun 2025",
    issuer=_ISSUER,
    signed=None,
    provenance=Provenance.PRESS,
    source="Banten Raya (satu laporan pers; alamat artikelnya tidak tercatat)",
)
Q_SEED = ("SE ini merupakan turunan dari SE Menteri Pendayagunaan Aparatur Negara dan Reformasi "
          "Birokrasi (PANRB) No. 2/2025.")
Q_RINI = ("“Kalau memang bisa terurai, tidak apa-apa. Seandainya instansi mau WFA, "
          "diperbolehkan, karena ada Peraturan Presiden Nomor 21 Tahun 2023 tentang Hari dan "
          "Jam Kerja Instansi Pemerintah,” ujar Rini dalam keterangannya, Rabu (19/2/2025).")

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("Fleksibilitas kerja (WFA) menjelang libur Nyepi dan Idul Fitri 1446 H",
           "Flexible work (WFA) before the Nyepi and Idul Fitri 1446 H holidays"),
    citation=SE_2_2025,
    periods=[
        Period(dt.date(2025, 3, 24), dt.date(2025, 3, 27)),
        Period(dt.date(2025, 4, 8), dt.date(2025, 4, 8), citation=SE_3_2025),
    ],
    provisions=[
        Provision(grant=Grant.ENABLING, arrangement=Arrangement.WFA,
                  quote=Q_RINI),
    ],
    quotes=[Q_SEED, Q_RINI],
    readings=[("Surat edaran ini memungkinkan instansi menerapkan WFA; pembagian pegawai antara "
               "WFO dan WFA diserahkan kepada pimpinan instansi. Perubahan oleh Surat Edaran "
               "Nomor 3 Tahun 2025 (8 April 2025) dicatat dari satu laporan pers.",
               "The circular lets instansi apply WFA; splitting staff between WFO and WFA is "
               "left to the head of the instansi. The amendment by circular 3 of 2025 "
               "(8 April 2025) is recorded from one press report.")],
    notes=[("Layanan kesehatan, transportasi dan keamanan tetap tersedia.",
            "Health, transport and security services stay available.")],
)

POLICIES = [POLICY]
