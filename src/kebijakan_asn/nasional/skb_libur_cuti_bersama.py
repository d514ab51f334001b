"""Libur nasional and cuti bersama (``nasional/libur``).

Every year an SKB of three ministers (Menteri Agama, Menteri Ketenagakerjaan,
MenPANRB) sets the national holidays and cuti bersama, and a Keppres sets the
cuti bersama of ASN.  Source: ``shared/research/domain.md`` §8.

    2025: SKB 1017/2024, 2/2024, 2/2024 (14 Oct 2024): 17 libur, 10 cuti
    bersama; Keppres 2/2025 (16 Jan 2025) for ASN; 18 Aug 2025 added by SKB
    933/2025, 1/2025, 3/2025 (7 Aug 2025).
    2026: SKB 1497/2025, 2/2025, 5/2025: 17 libur and 8 cuti bersama;
    Keppres 42/2025 (31 Dec 2025) for ASN.

The dates themselves come from the ``holidays`` package (country ``ID``,
categories ``public`` and ``government`` — cuti bersama is the government
category), with its Indonesian and English names.  A date the package marks
"(perkiraan)" is estimated: decisions resting on it are provisional.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays as pyholidays

from .._codes import Provenance
from .._model import Citation, Holiday, Period, Policy

POLICY_ID = "nasional/libur"

SKB_GENERIC = Citation(
    instrument="Surat Keputusan Bersama",
    number="Menteri Agama, Menteri Ketenagakerjaan dan MenPANRB (tahunan)",
    issuer="Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB",
    provenance=Provenance.PRESS,
    source="domain.md §8; dates from the holidays package",
)
SKB_2025 = Citation(
    instrument="Surat Keputusan Bersama",
    number="1017 Tahun 2024, 2 Tahun 2024, 2 Tahun 2024",
    issuer="Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB",
    signed=dt.date(2024, 10, 14),
    provenance=Provenance.PRESS,
    source="domain.md §8 (with Keppres 2/2025 and SKB 933/2025 adding 18 Aug 2025)",
)
SKB_2026 = Citation(
    instrument="Surat Keputusan Bersama",
    number="1497 Tahun 2025, 2 Tahun 2025, 5 Tahun 2025",
    issuer="Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB",
    signed=dt.date(2025, 9, 19),
    provenance=Provenance.PRESS,
    source="domain.md §8 (with Keppres 42/2025 for ASN; signing date conflicts in the press)",
)

LIBUR = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("Hari libur nasional dan cuti bersama", "National holidays and cuti bersama"),
    citation=SKB_GENERIC,
    periods=[
        Period(dt.date(1946, 1, 1), dt.date(2024, 12, 31)),
        Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31), citation=SKB_2025),
        Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31), citation=SKB_2026),
        Period(dt.date(2027, 1, 1), None),
    ],
    provisions=[],
    quotes=["Cuti bersama ASN ... tidak mengurangi hak cuti tahunan (Keppres 2/2025)."],
)

POLICIES = [LIBUR]

_ESTIMATED = ("(perkiraan)", "(estimated)")


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
        name_id = str(names_id[day])
        name_en = str(names_en.get(day, name_id))
        out.append(Holiday(
            date=day,
            name=(name_id, name_en),
            kind="cuti-bersama" if day in government and day not in _public(year)
            else "libur-nasional",
            policy=POLICY_ID,
            estimated=any(m in name_id or m in name_en for m in _ESTIMATED),
        ))
    return tuple(out)


@lru_cache(maxsize=64)
def _public(year: int) -> frozenset[dt.date]:
    return frozenset(pyholidays.country_holidays("ID", years=year, categories=("public",)))
