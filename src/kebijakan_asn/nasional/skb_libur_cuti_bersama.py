"""Libur nasional and cuti bersama (``nasional/libur``), cited year by year.

Every year a joint decree (Surat Keputusan Bersama, SKB) of the Menteri Agama,
the Menteri Ketenagakerjaan and the Menteri PANRB sets the national holidays
and cuti bersama, often amended during the year; a Keputusan Presiden sets the
cuti bersama of ASN (PP 11/2017 Pasal 333(4), PP 49/2018 Pasal 91(3)); and a
Keputusan Presiden makes an election day a national holiday.  Every day of the
calendar cites the instruments that make it a non-working day
(:attr:`~kebijakan_asn.Holiday.citations`).  The dates themselves come from
the ``holidays`` package (country ``ID``, categories ``public`` and
``government``), which keeps the final, amended state of each year.

Numbers confirmed in the press and official pages (each citation names its
report in ``sources``):

=====  ==================================================================
2020   SKB 728/2019, 213/2019, 01/2019; first amendment (March 2020, number
       not confirmed); second 391/2020, 02/2020, 02/2020; third 440/2020,
       03/2020, 03/2020; fourth 744/2020, 05/2020, 06/2020.  Keppres 17/2020
       (cuti bersama ASN).  Keppres 22/2020 (9 December 2020, Pilkada).
2021   SKB 642/2020, 4/2020, 4/2020; amended by 281/2021, 1/2021, 1/2021 and
       712/2021, 1/2021, 3/2021.  Keppres 7/2021.
2022   SKB 963/2021, 3/2021, 4/2021; amended by 375/2022, 1/2022, 1/2022 and
       678/2022, 2/2022, 2/2022.  Keppres for ASN: number not confirmed.
2023   SKB 1066/2022, 3/2022, 3/2022; amended by 327/2023, 1/2023, 1/2023 and
       624/2023, 2/2023, 2/2023 (June 2023, Iduladha).
       Keppres 24/2022 as amended by Keppres 8/2023 and 16/2023.
2024   SKB 855/2023, 3/2023, 4/2023.  Keppres 7/2024.  Keppres 10/2024
       (14 February 2024, Pemilu) and 33/2024 (27 November 2024, Pilkada).
2025   SKB 1017/2024, 2/2024, 2/2024; 18 August 2025 added by SKB 933/2025,
       1/2025, 3/2025.  Keppres 2/2025; the Keppres for ASN on 18 August 2025:
       number not confirmed.
2026   SKB 1497/2025, 2/2025, 5/2025.  Keppres 42/2025.
=====  ==================================================================

Where a number could not be confirmed the citation says so ("nomor belum
dikonfirmasi") instead of inventing one.  Two names of the ``holidays``
package are mended here: the typo "Pegangti" (31 December 2020) and the
2020–2021 names "Wafat/Kenaikan Yesus Kristus", which the SKBs of those years
wrote "Isa Al Masih".  Holidays hold for every employee, ASN or not.

Days an SKB set and a later amendment removed are kept apart
(:data:`REVOKED`, :func:`national_revoked`): never holidays, so that a
decision or an attendance record of that time can be audited.

=====  ==================================================================
2020   22 May (cuti bersama Idul Fitri, SKB 728/2019), removed by SKB
       440/2020 of 20 May 2020; 26-29 May (cuti bersama Idul Fitri, SKB
       728/2019 and its first amendment) moved to December by SKB 391/2020;
       28-30 December (the substitute days, SKB 391/2020 and 440/2020,
       Keppres 17/2020) removed by SKB 744/2020 of 1 December 2020.
2021   12 March, 17-19 May and 27 December (cuti bersama, SKB 642/2020)
       removed by SKB 281/2021; 10 August and 19 October (libur nasional,
       moved to the next day) and 24 December (cuti bersama) by SKB 712/2021
       of 18 June 2021.
2022   9 July (libur nasional Iduladha, SKB 963/2021; a Saturday) moved to
       10 July by SKB 678/2022 of 7 July 2022.
2023   26 April (cuti bersama Idul Fitri, SKB 1066/2022 and Keppres 24/2022)
       removed by SKB 327/2023 of 29 March 2023, which moved the cuti bersama
       from 21, 24, 25 and 26 April to 19, 20, 21, 24 and 25 April.
=====  ==================================================================

Searched for 2023-2026 (December 2026, in the press: Kompas TV, Okezone,
Tribun, JPNN, Kementerian PANRB and others), a day an amendment *removed*:
26 April 2023 is the only one found.  The second amendment of 2023 (June,
Iduladha) only added cuti bersama on 28 and 30 June; no amendment of SKB
855/2023 (2024) was found (14 February and 27 November 2024 were added by
Keppres); the only change found to SKB 1017/2024 (2025) is SKB 933/2025
adding 18 August; none to SKB 1497/2025 (2026).  The ``holidays`` package
agrees: its 2024, 2025 and 2026 calendars are the days of those SKBs plus
the additions, none missing.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays as pyholidays

from .._codes import Provenance, Status
from .._model import Citation, Holiday, Period, Policy, RevokedHoliday, Source

__all__ = ["POLICIES", "POLICY_ID", "REVOKED", "UNCONFIRMED", "holiday_citations",
           "mend_name", "national_holidays", "national_revoked"]

POLICY_ID = "nasional/libur"

UNCONFIRMED = "nomor belum dikonfirmasi"
_SKB = "Surat Keputusan Bersama"
_MENTERI = "Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB"
_KEPPRES = "Keputusan Presiden"


def _src(outlet: str, published: dt.date | None, url: str, title: str = "") -> Source:
    return Source(outlet, published, url, title)


def _skb(number: str, signed: dt.date | None, *sources: Source) -> Citation:
    return Citation(instrument=_SKB, number=number, issuer=_MENTERI, signed=signed,
                    provenance=Provenance.PRESS, sources=sources)


def _keppres(number: str, signed: dt.date | None, *sources: Source) -> Citation:
    return Citation(instrument=_KEPPRES, number=number, issuer="Presiden", signed=signed,
                    provenance=Provenance.PRESS, sources=sources)


# --------------------------------------------------------------------------- the SKBs

_TEMPO_2020 = _src("Tempo", dt.date(2019, 8, 30),
                   "https://nasional.tempo.co/read/1243139/skb-3-menteri-terbit-libur-dan-"
                   "cuti-bersama-2020-kapan-saja", "SKB 3 Menteri Terbit, Libur dan Cuti "
                   "Bersama 2020 Kapan Saja?")
SKB: dict[int, tuple[Citation, ...]] = {
    2020: (
        _skb("728 Tahun 2019, 213 Tahun 2019, 01 Tahun 2019", None, _TEMPO_2020),
        _skb(f"perubahan pertama, Maret 2020 ({UNCONFIRMED})", None,
             _src("Radar Bogor", dt.date(2020, 3, 9),
                  "https://staging.radarbogor.id/2020/03/09/pemerintah-revisi-cuti-bersama-di-"
                  "2020-libur-tambah-jadi-empat-hari")),
        _skb("391 Tahun 2020, 02 Tahun 2020, 02 Tahun 2020", None,
             _src("Okezone", dt.date(2020, 4, 12),
                  "https://economy.okezone.com/read/2020/04/12/320/2197990/cegah-covid-19-"
                  "cuti-bersama-idul-fitri-digeser-ke-akhir-tahun")),
        _skb("440 Tahun 2020, 03 Tahun 2020, 03 Tahun 2020", dt.date(2020, 5, 20),
             _src("Kementerian PANRB", dt.date(2020, 10, 27),
                  "https://menpan.go.id/site/berita-terkini/kementerian-panrb-tegaskan-28-dan-"
                  "30-oktober-2020-adalah-cuti-bersama")),
        _skb("744 Tahun 2020, 05 Tahun 2020, 06 Tahun 2020", dt.date(2020, 12, 1),
             _src("Sekretariat Kabinet", dt.date(2020, 12, 2),
                  "https://setkab.go.id/pemerintah-keluarkan-skb-3-menteri-hapus-tiga-hari-"
                  "cuti-bersama-2020")),
    ),
    2021: (
        _skb("642 Tahun 2020, 4 Tahun 2020, 4 Tahun 2020", None,
             _src("Okezone", dt.date(2020, 9, 11),
                  "https://nasional.okezone.com/read/2020/09/11/337/2276391/ini-hari-libur-"
                  "nasional-dan-cuti-bersama-2021")),
        _skb("281 Tahun 2021, 1 Tahun 2021, 1 Tahun 2021", None,
             _src("SINDOnews", dt.date(2021, 2, 23),
                  "https://infografis.sindonews.com/amp/5830/cuti-bersama-2021-dipangkas-dari-"
                  "7-hari-jadi-2-hari-1614024102")),
        _skb("712 Tahun 2021, 1 Tahun 2021, 3 Tahun 2021", dt.date(2021, 6, 18),
             _src("Liputan6", dt.date(2021, 6, 18),
                  "https://liputan6.com/news/read/4585767/pemerintah-revisi-skb-libur-nasional-"
                  "dan-cuti-bersama-2021-ini-perubahannya")),
    ),
    2022: (
        _skb("963 Tahun 2021, 3 Tahun 2021, 4 Tahun 2021", None,
             _src("Binews", None, "https://binews.id/berita/8502/inilah-skb-3-menteri-"
                  "perubahan-hari-libur-nasional-dan-cuti-bersama-tahun-2022.html")),
        _skb("375 Tahun 2022, 1 Tahun 2022, 1 Tahun 2022", dt.date(2022, 4, 7),
             _src("Kompas.com", dt.date(2022, 4, 7),
                  "https://nasional.kompas.com/read/2022/04/07/15165161/terbitkan-skb-3-"
                  "menteri-pemerintah-tegaskan-4-hari-cuti-bersama-idul-fitri")),
        _skb("678 Tahun 2022, 2 Tahun 2022, 2 Tahun 2022", dt.date(2022, 7, 7),
             _src("Bisnis.com", dt.date(2022, 7, 9),
                  "https://kabar24.bisnis.com/read/20220709/15/1552997/resmi-pemerintah-"
                  "tetapkan-libur-iduladha-1443-h-jadi-10-juli-2022")),
    ),
    2023: (
        _skb("1066 Tahun 2022, 3 Tahun 2022, 3 Tahun 2022", None,
             _src("Antaranews", None, "https://pon.antaranews.com/infografik/3176645/"
                  "kalender-libur-nasional-dan-cuti-bersama-2023")),
        _skb("327 Tahun 2023, 1 Tahun 2023, 1 Tahun 2023", dt.date(2023, 3, 29),
             _src("Daulat Rakyat", None, "https://daulatrakyat.id/pemerintah-ri-secara-resmi-"
                  "tetapkan-perubahan-hari-libur-nasional-dan-cuti-bersama-idulfitri-1444-h-"
                  "2023-masehi")),
        # The number: Serambinews, 20 June 2023: "Surat Keputusan Bersama (SKB) 3 Menteri
        # No 624/2023, No 2/2023, No 2/2023 tentang Hari Libur Nasional dan Cuti Bersama
        # Tahun 2023"; the day it was signed is not in the sources found.
        _skb("624 Tahun 2023, 2 Tahun 2023, 2 Tahun 2023", None,
             _src("Serambinews", dt.date(2023, 6, 20),
                  "https://aceh.tribunnews.com/2023/06/20/resmi-libur-idul-adha-2023-kini-"
                  "jadi-3-hari-28-dan-30-juni-cuti-bersama-idul-adha-1444-h"),
             _src("Okezone", dt.date(2023, 6, 20),
                  "https://news.okezone.com/read/2023/06/20/337/2834028/ini-skb-tiga-menteri-"
                  "tetapkan-libur-idul-adha-jadi-3-hari-pada-28-30-juni-2023")),
    ),
    2024: (
        _skb("855 Tahun 2023, 3 Tahun 2023, 4 Tahun 2023", dt.date(2023, 9, 12),
             _src("JPNN", dt.date(2023, 9, 12),
                  "https://www.jpnn.com/news/ini-jadwal-hari-libur-nasional-dan-cuti-bersama-"
                  "2024")),
    ),
    2025: (
        _skb("1017 Tahun 2024, 2 Tahun 2024, 2 Tahun 2024", dt.date(2024, 10, 14),
             _src("JPNN", dt.date(2024, 10, 14),
                  "https://www.jpnn.com/news/27-hari-libur-nasional-cuti-bersama-2025-inilah-"
                  "tanggal-tanggalnya")),
    ),
    2026: (
        _skb("1497 Tahun 2025, 2 Tahun 2025, 5 Tahun 2025", None,
             _src("BekenTV", None, "https://bekentv.id/pemerintah-tetapkan-jadwal-libur-"
                  "nasional-dan-cuti-bersama-tahun-2026-ini-detail-rinciannya/2")),
    ),
}
"""The SKB of each year, then its amendments in order."""

SKB_933_2025 = _skb("933 Tahun 2025, 1 Tahun 2025, 3 Tahun 2025", dt.date(2025, 8, 7),
                    _src("Fajar", dt.date(2025, 8, 8),
                         "https://fajar.co.id/2025/08/08/presiden-prabowo-resmi-tetapkan-18-"
                         "agustus-sebagai-cuti-bersama-nasional/"),
                    _src("Radar Sampit", None, "https://www.radarsampit.com/berita/ingat-18-"
                         "agustus-2025-bukan-libur-nasional-tapi-cuti-bersama.html/2"))
"""Adds 18 August 2025 (80th anniversary of independence) as cuti bersama."""

# --------------------------------------------------------------------------- the Keppres

KEPPRES_CUTI_BERSAMA: dict[int, tuple[Citation, ...]] = {
    2020: (_keppres("17 Tahun 2020", None,
                    _src("Kementerian PANRB", dt.date(2020, 10, 27),
                         "https://menpan.go.id/site/berita-terkini/kementerian-panrb-tegaskan-"
                         "28-dan-30-oktober-2020-adalah-cuti-bersama")),),
    2021: (_keppres("7 Tahun 2021", dt.date(2021, 4, 9),
                    _src("Basis Hukum", None, "https://www.basishukum.com/keppres/7/2021",
                         "Keputusan Presiden Nomor 7 Tahun 2021")),),
    2022: (_keppres(f"cuti bersama ASN 2022 ({UNCONFIRMED})", None,
                    _src("Kompas.com", dt.date(2022, 4, 7),
                         "https://nasional.kompas.com/read/2022/04/07/15165161/terbitkan-skb-3-"
                         "menteri-pemerintah-tegaskan-4-hari-cuti-bersama-idul-fitri")),),
    2023: (_keppres("24 Tahun 2022", None,
                    _src("Linimassa", None, "https://linimassa.id/presiden-jokowi-teken-"
                         "keppres-cuti-bersama-lebaran-2023/")),
           _keppres("8 Tahun 2023", dt.date(2023, 4, 13),
                    _src("Linimassa", None, "https://linimassa.id/presiden-jokowi-teken-"
                         "keppres-cuti-bersama-lebaran-2023/")),
           # Okezone, 22 June 2023: "Keputusan Presiden (Keppres) Nomor 16 Tahun 2023 tentang
           # Perubahan Kedua Atas Keputusan Presiden Nomor 24 Tahun 2022 tentang Cuti Bersama
           # Pegawai Aparatur Sipil Negara Tahun 2023" (28 and 30 June, Iduladha), "yang
           # ditandatangani Presiden Jokowi pada tanggal 22 Juni".
           _keppres("16 Tahun 2023", dt.date(2023, 6, 22),
                    _src("Okezone", dt.date(2023, 6, 22),
                         "https://news.okezone.com/read/2023/06/22/337/2835225/presiden-"
                         "jokowi-tandatangani-keppres-cuti-idul-adha"))),
    2024: (_keppres("7 Tahun 2024", dt.date(2024, 1, 9),
                    _src("MerahPutih", None, "https://merahputih.com/post/read/jokowi-"
                         "tetapkan-cuti-bersama-asn-di-2024-ini-jadwalnya")),),
    2025: (_keppres("2 Tahun 2025", dt.date(2025, 1, 16),
                    _src("Okezone", dt.date(2025, 1, 17),
                         "https://news.okezone.com/read/2025/01/17/337/3105414/prabowo-tetapkan-"
                         "cuti-bersama-asn-tahun-2025-ini-daftarnya")),),
    2026: (_keppres("42 Tahun 2025", dt.date(2025, 12, 31),
                    _src("Okezone", dt.date(2026, 2, 4),
                         "https://economy.okezone.com/read/2026/02/04/320/3199527/prabowo-teken-"
                         "aturan-cuti-bersama-asn-2026-cek-tanggalnya")),),
}
"""The Keppres that sets the cuti bersama of ASN each year (with its amendments)."""

KEPPRES_18_AUG_2025 = _keppres(f"cuti bersama ASN 18 Agustus 2025 ({UNCONFIRMED})", None,
                               _src("Radar Sampit", None, "https://www.radarsampit.com/berita/"
                                    "ingat-18-agustus-2025-bukan-libur-nasional-tapi-cuti-"
                                    "bersama.html/2"))

KEPPRES_ELECTION: dict[dt.date, Citation] = {
    dt.date(2020, 12, 9): _keppres(
        "22 Tahun 2020", dt.date(2020, 11, 27),
        _src("Kompas TV", dt.date(2020, 11, 27),
             "https://kompas.tv/article/126872/presiden-jokowi-tetapkan-pemungutan-suara-"
             "pilkada-sebagai-hari-libur-nasional")),
    dt.date(2024, 2, 14): _keppres(
        "10 Tahun 2024", dt.date(2024, 2, 6),
        _src("Kontan", dt.date(2024, 2, 7),
             "https://nasional.kontan.co.id/news/presiden-tetapkan-hari-pemilu-14-februari-"
             "2024-sebagai-hari-libur-nasional")),
    dt.date(2024, 11, 27): _keppres(
        "33 Tahun 2024", dt.date(2024, 11, 21),
        _src("Dutakabar", None, "https://dutakabar.com/27-november-2024-hari-libur-nasional-"
             "ini-keppresnya")),
}
"""Election days made national holidays by Keputusan Presiden, not by the SKB."""

SKB_GENERIC = Citation(
    instrument=_SKB,
    number=f"hari libur nasional dan cuti bersama tahun berjalan ({UNCONFIRMED})",
    issuer=_MENTERI,
    provenance=Provenance.PRESS,
    sources=(_TEMPO_2020,),
)
"""Years this rule set has not checked one by one (before 2020, after 2026)."""

Q_SKB = ("Menetapkan hari libur nasional dan cuti bersama tahun 2020 sebagaimana tercantum "
         "dalam lampiran yang merupakan bagian tidak terpisahkan dari keputusan bersama ini.")
Q_KEPPRES = ("Cuti bersama sebagaimana dimaksud pada diktum KESATU tidak mengurangi hak cuti "
             "tahunan Pegawai Aparatur Sipil Negara.")
Q_PEMILU = ("Menetapkan hari Rabu tanggal 14 Februari 2024 sebagai hari libur nasional dalam "
            "rangka Pemilihan Umum Tahun 2024.")

Q_HAPUS_2020 = ("Menghapus Pengganti Cuti Bersama Hari Raya Idul Fitri 1441 Hijriyah tanggal "
                "28, 29, dan 30 Desember 2020")
"""SKB 744/2020, as Sekretariat Kabinet quoted it (2 December 2020)."""
Q_HAPUS_22_MEI_2020 = ("Menghapus cuti bersama Hari Raya Idul Fitri 1441 Hijriah Jumat Tanggal "
                       "22 Mei 2020")
"""SKB 440/2020, as Kompas.com quoted it (relayed by Tribun Pontianak, 21 May 2020)."""

_YEARS = sorted(SKB)
LIBUR = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("Hari libur nasional dan cuti bersama", "National holidays and cuti bersama"),
    citation=SKB_GENERIC,
    periods=[
        Period(dt.date(1946, 1, 1), dt.date(_YEARS[0] - 1, 12, 31)),
        *(Period(dt.date(y, 1, 1), dt.date(y, 12, 31), citation=SKB[y][0]) for y in _YEARS),
        Period(dt.date(_YEARS[-1] + 1, 1, 1), None),
    ],
    provisions=[],
    statuses=[Status.PNS, Status.PPPK, Status.NON_ASN],
    quotes=[Q_SKB, Q_KEPPRES, Q_PEMILU, Q_HAPUS_2020, Q_HAPUS_22_MEI_2020],
    readings=[(
        "Hari libur nasional dan cuti bersama berlaku bagi semua pegawai, ASN maupun non-ASN; "
        "Keputusan Presiden tentang cuti bersama mengatur hak cuti Pegawai ASN.",
        "National holidays and cuti bersama hold for all staff, ASN or not; the Keputusan "
        "Presiden on cuti bersama settles the leave rights of ASN.",
    )],
)

POLICIES = [LIBUR]

_ESTIMATED = ("(perkiraan)", "(estimated)")
# Names mended locally: a typo of the holidays package, and the names the SKBs
# of 2020 and 2021 used.
_RENAME_ALWAYS = (("Pegangti", "Pengganti"),)
_RENAME_ISA = (("Wafat Yesus Kristus", "Wafat Isa Al Masih"),
               ("Kenaikan Yesus Kristus", "Kenaikan Isa Al Masih"))


def mend_name(name: str, year: int) -> str:
    """The Indonesian name of a holiday of *year*, as the SKB of that year wrote it."""
    for old, new in (*_RENAME_ALWAYS, *(_RENAME_ISA if year <= 2021 else ())):
        name = name.replace(old, new)
    return name


def holiday_citations(day: dt.date, kind: str) -> tuple[Citation, ...]:
    """The instruments that make *day* (of *kind*) a non-working day."""
    if day in KEPPRES_ELECTION:
        return (KEPPRES_ELECTION[day],)
    if day == dt.date(2025, 8, 18):
        return (SKB_933_2025, KEPPRES_18_AUG_2025)
    skb = SKB.get(day.year, (SKB_GENERIC,))
    if kind == "cuti-bersama":
        return (*skb, *KEPPRES_CUTI_BERSAMA.get(day.year, ()))
    return skb


@lru_cache(maxsize=64)
def national_holidays(year: int) -> tuple[Holiday, ...]:
    """The libur nasional and cuti bersama of *year*, from the ``holidays`` package."""
    cats = ("public", "government")
    names_id = pyholidays.country_holidays("ID", years=year, categories=cats, language="id")
    names_en = pyholidays.country_holidays("ID", years=year, categories=cats,
                                           language="en_US")
    government = pyholidays.country_holidays("ID", years=year, categories=("government",))
    out = []
    for day in sorted(names_id):
        name_id = mend_name(str(names_id[day]), year)
        name_en = str(names_en.get(day, name_id))
        kind = ("cuti-bersama" if day in government and day not in _public(year)
                else "libur-nasional")
        out.append(Holiday(
            date=day,
            name=(name_id, name_en),
            kind=kind,
            policy=POLICY_ID,
            estimated=any(m in name_id or m in name_en for m in _ESTIMATED),
            citations=holiday_citations(day, kind),
        ))
    return tuple(out)


@lru_cache(maxsize=64)
def _public(year: int) -> frozenset[dt.date]:
    return frozenset(pyholidays.country_holidays("ID", years=year, categories=("public",)))


# --------------------------------------------------------------------------- revoked days

_IDUL_FITRI_1441 = ("Cuti Bersama Hari Raya Idul Fitri 1441 Hijriyah",
                    "Cuti bersama for Eid al-Fitr 1441 AH")
_PENGGANTI_1441 = ("Pengganti Cuti Bersama Hari Raya Idul Fitri 1441 Hijriyah",
                   "Substitute cuti bersama for Eid al-Fitr 1441 AH")
_IDUL_FITRI_1442 = ("Cuti Bersama Hari Raya Idul Fitri 1442 Hijriyah",
                    "Cuti bersama for Eid al-Fitr 1442 AH")
_NATAL = ("Cuti Bersama Hari Raya Natal", "Cuti bersama for Christmas Day")
_IDUL_FITRI_1444 = ("Cuti Bersama Hari Raya Idul Fitri 1444 Hijriah",
                    "Cuti bersama for Eid al-Fitr 1444 AH")


def _revoked(day: dt.date, name: tuple[str, str], kind: str, set_by: tuple[Citation, ...],
             revoked_by: Citation) -> RevokedHoliday:
    return RevokedHoliday(date=day, name=name, kind=kind, policy=POLICY_ID, set_by=set_by,
                          revoked_by=revoked_by)


_D = dt.date
_CB, _LN = "cuti-bersama", "libur-nasional"
_S20, _S21 = SKB[2020], SKB[2021]
REVOKED: tuple[RevokedHoliday, ...] = (
    # SKB 440/2020 (20 May 2020) removed the cuti bersama of Friday 22 May.
    _revoked(_D(2020, 5, 22), _IDUL_FITRI_1441, _CB, (_S20[0],), _S20[3]),
    # SKB 391/2020 (April 2020) moved the cuti bersama of 26-29 May to 28-31 December;
    # 26 and 27 May were in SKB 728/2019, 28 and 29 May came with its first amendment.
    *(_revoked(_D(2020, 5, d), _IDUL_FITRI_1441, _CB, (_S20[0],), _S20[2]) for d in (26, 27)),
    *(_revoked(_D(2020, 5, d), _IDUL_FITRI_1441, _CB, (_S20[1],), _S20[2]) for d in (28, 29)),
    # SKB 744/2020 (1 December 2020): Q_HAPUS_2020.
    *(_revoked(_D(2020, 12, d), _PENGGANTI_1441, _CB,
               (_S20[2], _S20[3], *KEPPRES_CUTI_BERSAMA[2020]), _S20[4]) for d in (28, 29, 30)),
    # SKB 281/2021 cut the cuti bersama of 2021 from seven days to two.
    _revoked(_D(2021, 3, 12), ("Cuti Bersama Isra Mikraj Nabi Muhammad SAW",
                               "Cuti bersama for Isra' Mi'raj"), _CB, (_S21[0],), _S21[1]),
    *(_revoked(_D(2021, 5, d), _IDUL_FITRI_1442, _CB, (_S21[0],), _S21[1])
      for d in (17, 18, 19)),
    _revoked(_D(2021, 12, 27), _NATAL, _CB, (_S21[0],), _S21[1]),
    # SKB 712/2021 (18 June 2021) moved two libur nasional one day later and removed
    # the cuti bersama of 24 December.
    _revoked(_D(2021, 8, 10), ("Tahun Baru Islam 1443 Hijriyah", "Islamic New Year"), _LN,
             (_S21[0],), _S21[2]),
    _revoked(_D(2021, 10, 19), ("Maulid Nabi Muhammad SAW", "Prophet's Birthday"), _LN,
             (_S21[0],), _S21[2]),
    _revoked(_D(2021, 12, 24), _NATAL, _CB, (_S21[0], _S21[1]), _S21[2]),
    # SKB 678/2022 (7 July 2022) moved Iduladha 1443 H from Saturday 9 July to Sunday 10
    # July, after the Menteri Agama set 10 Dzulhijah on 10 July.
    _revoked(_D(2022, 7, 9), ("Hari Raya Iduladha 1443 Hijriah", "Eid al-Adha 1443 AH"), _LN,
             (SKB[2022][0],), SKB[2022][2]),
    # SKB 327/2023 (29 March 2023) moved the cuti bersama of Idul Fitri 1444 H forward and
    # added a day, dropping Wednesday 26 April, which SKB 1066/2022 and, for ASN, Keppres
    # 24/2022 (23 December 2022) had set.  Kompas TV, 16 April 2023,
    # https://kompas.tv/article/398513/jadwal-libur-lebaran-dan-cuti-bersama-2023-hari-raya-
    # idulfitri-pemerintah-kapan: "cuti bersama Idulfitri 1444 Hijriah/2023 Masehi yang
    # semula empat hari pada tanggal 21, 24, 25, dan 26 April diubah dan ditambah satu hari
    # menjadi tanggal 19, 20, 21, 24, dan 25 April."  Keppres 24/2022 and its dates:
    # liputankini.com (from detikcom), 29 December 2022, https://liputankini.com/2022/12/
    # ada-delapan-hari-cuti-bersama-bagi-asn-di-2023-catat-tanggal-dan-harinya.html:
    # "Selanjutnya pada 21, 24, 25, dan 26 April 2023 (Jumat, Senin, Selasa, dan Rabu)
    # sebagai cuti bersama Idul Fitri."
    _revoked(_D(2023, 4, 26), _IDUL_FITRI_1444, _CB,
             (SKB[2023][0], KEPPRES_CUTI_BERSAMA[2023][0]), SKB[2023][1]),
)
"""National non-working days set by an SKB and removed by a later amendment."""


def national_revoked(year: int) -> tuple[RevokedHoliday, ...]:
    """The national days of *year* that were set as holidays, then revoked, by date."""
    return tuple(sorted((r for r in REVOKED if r.date.year == year), key=lambda r: r.date))
