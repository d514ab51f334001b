"""SE MenPANRB 19/2020, extended by 34/2020, 50/2020 and 54/2020
(``nasional/se-menpanrb-19-2020``).

Penyesuaian Sistem Kerja ASN dalam Upaya Pencegahan Penyebaran COVID-19 di
Lingkungan Instansi Pemerintah.  Source: ``shared/research/domain.md`` §4
(press: detik 2020/03/16, tempo, jpnn, liputan6, okezone).

    PPK keeps at least the 2 highest structural levels at the office
    (Rini Widyantini: JPT Madya/Pratama in ministries; Kepala Dinas/Kepala
    Bagian in regions).

Enabling: the instansi *may* let ASN work from home; the circular decides no
employee's day by itself.  The rank rule follows the regional reading
(JPT and administrator stay in the office), the reading regional circulars
derived from it apply (see ``kab-bekasi/2020-fwa-covid19``).
"""

from __future__ import annotations

import datetime as dt

from .._codes import Arrangement, Grant, Position, Provenance
from .._model import Citation, Period, Policy, Provision, RankRule, Source

POLICY_ID = "nasional/se-menpanrb-19-2020"
_ISSUER = "Menteri PANRB"
_DDTC = Source("DDTCNews", dt.date(2020, 3, 16),
               "https://news.ddtc.co.id/berita/nasional/19581/menteri-pan-rb-rilis-surat-"
               "edaran-pns-bisa-kerja-dari-rumah",
               "Menteri PAN-RB Rilis Surat Edaran, PNS Bisa Kerja dari Rumah")
_FORMAT = Source("Format Administrasi Desa", None,
                 "https://www.formatadministrasidesa.com/2020/03/surat-edaran-menpan-nomor-19-"
                 "tahun-2020.html", "Surat Edaran Menpan Nomor 19 Tahun 2020 terkait Corona")


def _se(number: str, signed: dt.date | None, *sources: Source, source: str = "") -> Citation:
    return Citation(instrument="Surat Edaran", number=number, issuer=_ISSUER,
                    signed=signed, provenance=Provenance.PRESS, sources=sources, source=source)


SE_19 = _se("19 Tahun 2020", dt.date(2020, 3, 16), _DDTC, _FORMAT)
Q_SE = ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB) resmi "
        "merilis Surat Edaran No.19/2020 yang memungkinkan PNS untuk bekerja dari rumah dalam "
        "rangka pencegahan penyebaran virus Corona.")
Q_DUA_LEVEL = ("Mantan Mendagri ini menyebutkan aturan kerja dari rumah ini tidak berlaku untuk "
               "dua level tertinggi dalam struktur organisasi masing-masing K/L.")

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("Penyesuaian sistem kerja ASN untuk pencegahan COVID-19 (bekerja dari rumah)",
           "Adjusting ASN work to prevent COVID-19 (work from home)"),
    citation=SE_19,
    periods=[
        Period(dt.date(2020, 3, 16), dt.date(2020, 3, 31), citation=SE_19),
        Period(dt.date(2020, 4, 1), dt.date(2020, 4, 21),
               citation=_se("34 Tahun 2020", dt.date(2020, 3, 30), source=(
                   "Tempo, 30 Maret 2020 (alamat artikel tidak tercatat)"))),
        Period(dt.date(2020, 4, 22), dt.date(2020, 5, 13),
               citation=_se("50 Tahun 2020", dt.date(2020, 4, 20), source=(
                   "Liputan6 dan Suara.com, April 2020 (alamat artikel tidak tercatat)"))),
        Period(dt.date(2020, 5, 14), dt.date(2020, 5, 29),
               citation=_se("54 Tahun 2020", None, source=(
                   "Okezone, 12 Mei 2020; satu sumber (alamat artikel tidak tercatat)"))),
    ],
    provisions=[
        Provision(
            grant=Grant.ENABLING,
            arrangement=Arrangement.WFH,
            quote=Q_SE,
        ),
    ],
    readings=[("Perpanjangan oleh Surat Edaran Nomor 34, 50 dan 54 Tahun 2020 dicatat sebagai "
               "periode surat edaran yang sama; isi perpanjangan dibaca dari pemberitaan, bukan "
               "dari naskah resminya.",
               "The extensions by circulars 34, 50 and 54 of 2020 are recorded as periods of "
               "the same circular; what they say is read from the press, not the official "
               "text.")],
)

RANK_RULES = [
    RankRule(
        policy=POLICY_ID,
        positions=[Position.JPT_UTAMA, Position.JPT_MADYA, Position.JPT_PRATAMA,
                   Position.ADMINISTRATOR],
        effect="except",
        reason=("paling sedikit 2 level jabatan struktural tertinggi tetap bekerja di kantor",
                "at least the two highest structural levels stay in the office"),
        quote=Q_DUA_LEVEL,
    ),
]

POLICIES = [POLICY]
