"""The 18-digit NIP of a PNS (Perka BKN 22/2007 and 43/2007).

Layout: birth date ``YYYYMMDD`` · TMT CPNS ``YYYYMM`` · sex ``1`` (male) or
``2`` (female) · sequence ``001``–``999``.  PPPK numbers ("NI PPPK") are also
18 digits but have another layout, so they are checked only for their length.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._errors import ValidationError

__all__ = ["Nip", "parse_nip"]

_EXAMPLE = "e.g. 198609262015051001"


@attrs.frozen
class Nip:
    """A parsed PNS NIP."""

    birth_date: dt.date
    tmt_cpns: tuple[int, int]
    sex: int
    sequence: int


def _bad(value: str, why: str) -> ValidationError:
    return ValidationError("nip", value, f"{why} ({_EXAMPLE})")


def parse_nip(value: str) -> Nip:
    """Parse and check a PNS NIP; raise :class:`ValidationError` naming the broken part."""
    if len(value) != 18 or not value.isascii() or not value.isdigit():
        raise _bad(value, f"a PNS NIP has exactly 18 digits, got {len(value)} characters")
    try:
        birth = dt.date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        why = f"digits 1-8 must be a real birth date YYYYMMDD, got {value[0:8]}"
        raise _bad(value, why) from None
    year, month = int(value[8:12]), int(value[12:14])
    if not 1 <= month <= 12:
        raise _bad(value, f"digits 9-14 must be the TMT CPNS as YYYYMM, got {value[8:14]}")
    if (year, month) <= (birth.year, birth.month):
        raise _bad(value, f"TMT CPNS {value[8:14]} must come after the birth date {value[0:8]}")
    sex = int(value[14])
    if sex not in (1, 2):
        raise _bad(value, f"digit 15 is the sex, 1 (male) or 2 (female), got {sex}")
    sequence = int(value[15:18])
    if sequence == 0:
        raise _bad(value, "digits 16-18 are a sequence number starting at 001, got 000")
    return Nip(birth, (year, month), sex, sequence)


def check_pppk_number(value: str) -> None:
    """An NI PPPK: 18 digits; its inner layout is not published, so not parsed."""
    if len(value) != 18 or not value.isascii() or not value.isdigit():
        raise ValidationError(
            "nip", value, f"an NI PPPK has exactly 18 digits, got {len(value)} characters"
        )
