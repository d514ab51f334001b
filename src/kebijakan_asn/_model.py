"""The typed, frozen objects that rule sets are made of.

Everything here is an ``attrs`` frozen, slotted class.  Strings are accepted
where a code is expected (``position="pelaksana"``) and converted to the enum;
a bad value raises :class:`~kebijakan_asn.ValidationError` naming the field,
the value and what would be valid.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from enum import Enum, StrEnum
from fractions import Fraction
from functools import lru_cache
from typing import Any, Literal, TypeAlias, TypeVar

import attrs
from dateutil.rrule import rrulestr

from ._codes import Arrangement, Grant, PolicyStatus, Position, Provenance, Status
from ._errors import ValidationError
from ._nip import check_pppk_number, parse_nip

__all__ = [
    "ASN",
    "Agency",
    "AgencyNote",
    "Citation",
    "Condition",
    "ConditionCode",
    "Employee",
    "Exemption",
    "FactSpec",
    "Holiday",
    "HolidayKind",
    "Jurisdiction",
    "Period",
    "Policy",
    "Provision",
    "Quota",
    "RankRule",
    "Recurrence",
    "RevokedHoliday",
    "Rotation",
    "Schedule",
    "Source",
    "Text",
]

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FACT = re.compile(r"^[a-z][a-z0-9_]*$")
_POLICY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$")


# --------------------------------------------------------------------------- helpers


def parse_code(cls: type[E], value: object, field: str) -> E:
    """Convert *value* to a member of the enum *cls*, or fail naming *field*."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        try:
            return cls(value.strip().lower())
        except ValueError:
            pass
    raise ValidationError.invalid(field, value, [str(m.value) for m in cls])


def _check_slug(field: str, value: object) -> str:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise ValidationError(
            field, value, "expected a lowercase ASCII slug such as 'kab-bekasi' or 'dinkes'"
        )
    return value


def _slug(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    _check_slug(attribute.name, value)


def _optional_slug(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        _check_slug(attribute.name, value)


def _policy_id(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _POLICY_ID.match(value):
        raise ValidationError(
            attribute.name,
            value,
            "expected a policy id '<jurisdiction>/<slug>' such as 'kab-bekasi/2025-wfa-lebaran'",
        )


def _optional_policy_id(
    obj: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None:
        _policy_id(obj, attribute, value)  # type: ignore[arg-type]


def _date(_: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(attribute.name, value, "expected a datetime.date (YYYY-MM-DD)")


def _optional_date(_: object, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
    if value is not None:
        _date(_, attribute, value)  # type: ignore[arg-type]


def _utf8(value: str) -> bool:
    """Whether *value* can be written as UTF-8 (holds no lone surrogate): a record
    holding it could not be fingerprinted."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _nonempty(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(attribute.name, value, "expected a non-empty text")
    if not _utf8(value):
        raise ValidationError(attribute.name, value, "holds a lone surrogate (broken UTF-16 "
                              "text); expected text that can be written as UTF-8")


def _items(value: object, field: str) -> list[Any]:
    """The items of *value*, a list (or other iterable, not a text), or a
    :class:`ValidationError` naming *field*."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ValidationError(field, value, "expected a list")
    return list(value)


def _is(kind: type | tuple[type, ...], what: str) -> Callable[[Any, Any, Any], None]:
    """A validator: the value is an instance of *kind* (not a bool where an int is
    meant), else a :class:`ValidationError` naming the field and saying *what*."""
    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in (
                kind if isinstance(kind, tuple) else (kind,))):
            raise ValidationError(attribute.name, value, f"expected {what}")
    return check


_bool = _is(bool, "true or false")
_str = _is(str, "a text")
_optional_str = _is((str, type(None)), "a text or None")


def _slugs(value: Iterable[str] | str) -> frozenset[str]:
    if isinstance(value, str):
        value = (value,)
    return frozenset(_check_slug("tag", v) for v in _items(value, "tags"))


def _strings(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    out = _items(value, "texts")
    for v in out:
        if not isinstance(v, str):
            raise ValidationError("texts", v, "expected texts")
    return tuple(out)


# --------------------------------------------------------------------------- texts


@attrs.frozen
class Text:
    """A text in Bahasa Indonesia (``id``) and English (``en``)."""

    id: str = attrs.field(validator=_nonempty)
    """The text in Bahasa Indonesia."""
    en: str = attrs.field(validator=_nonempty)
    """The text in English."""

    def __call__(self, lang: str) -> str:
        """The text in *lang* (``"id"`` or ``"en"``)."""
        return self.en if lang == "en" else self.id


def _text(value: Text | str | tuple[str, str]) -> Text:
    if isinstance(value, Text):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        return Text(*value)
    if isinstance(value, str):
        return Text(value, value)
    raise ValidationError("text", value, "expected a Text(id=..., en=...) or an (id, en) pair")


# --------------------------------------------------------------------------- jurisdictions


JurisdictionLevel = Literal["nasional", "provinsi", "kabupaten", "kota"]
_LEVEL_RANK: Mapping[str, int] = {"nasional": 0, "provinsi": 1, "kabupaten": 2, "kota": 2}


def _level(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or value not in _LEVEL_RANK:
        raise ValidationError.invalid(attribute.name, value, _LEVEL_RANK)


@attrs.frozen
class Jurisdiction:
    """An employing government (*instansi*): the nation, a province, a regency or city."""

    code: str = attrs.field(validator=_slug)
    """The government's code: ``nasional``, ``prov-jabar``, ``kab-bekasi``…"""
    name: str = attrs.field(validator=_nonempty)
    """Its name as people write it: ``Pemerintah Kabupaten Bekasi``."""
    level: str = attrs.field(validator=_level)
    """``nasional``, ``provinsi``, ``kabupaten`` or ``kota`` (a more specific level takes
    precedence)."""
    kemendagri: str | None = attrs.field(default=None, validator=_optional_str)
    """The Kemendagri region code, e.g. ``"32.16"`` for Kabupaten Bekasi."""
    parent: str | None = attrs.field(default=None, validator=_optional_slug)
    """The code of the government above it (a province for a regency), if any."""

    @property
    def specificity(self) -> int:
        """0 for the nation, 1 for a province, 2 for a regency or city."""
        return _LEVEL_RANK[self.level]


# --------------------------------------------------------------------------- agencies


@attrs.frozen
class Agency:
    """A perangkat daerah (OPD) or unit of an instansi."""

    jurisdiction: str = attrs.field(validator=_slug)
    """The code of the government the agency belongs to."""
    code: str = attrs.field(validator=_slug)
    """The agency's code inside its government: ``bappeda``, ``dinkes``…"""
    name: str = attrs.field(validator=_nonempty)
    """Its name in the catalog: ``Badan Perencanaan Pembangunan Daerah``."""
    kind: str = attrs.field(validator=_slug)
    """``setda``, ``dinas``, ``badan``, ``rsud``, ``puskesmas``, ``kecamatan``, ``sekolah``…"""
    parent: str | None = attrs.field(default=None, validator=_optional_slug)
    """The code of the agency it is part of (a puskesmas under ``dinkes``); an exemption of the
    parent exempts it too."""
    direct_service: bool = attrs.field(default=False, validator=_bool)
    """The agency serves the public directly (pelayanan langsung)."""
    tags: frozenset[str] = attrs.field(default=frozenset(), converter=_slugs)
    """Free labels that exemptions and provisions can select (``balai-kota``,
    ``kewilayahan``…)."""


# --------------------------------------------------------------------------- facts


def _fact_name(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _FACT.match(value):
        raise ValidationError(
            attribute.name, value, "expected a snake_case fact name such as 'office_access_cut'"
        )


@attrs.frozen
class FactSpec:
    """A fact about an employee's situation that policies may require."""

    name: str = attrs.field(validator=_fact_name)
    """The fact's snake_case name, as employees and policies spell it."""
    description: Text = attrs.field(converter=_text)
    """What the fact means, in both languages (shown to people instead of the name)."""


# --------------------------------------------------------------------------- citations


def _provenance(value: object) -> Provenance:
    return parse_code(Provenance, value, "provenance")


def _url(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        raise ValidationError(attribute.name, value,
                              "expected the address of the page, starting with https://")


@attrs.frozen
class Source:
    """Where the text of a policy was read, as a reader would check it: a news
    report (the outlet, its date and address) or an official page (JDIH)."""

    outlet: str = attrs.field(validator=_nonempty)
    """The publisher as a reader knows it: ``Gobekasi.id``, ``Antaranews``, ``JDIH BPK``."""
    published: dt.date | None = attrs.field(validator=_optional_date)
    """The date of the report or page (``None`` when the page gives none)."""
    url: str = attrs.field(validator=_url)
    """The address a reader can open."""
    title: str = ""
    """The headline of the report or the title of the page."""

    @property
    def label(self) -> str:
        """``Gobekasi.id 2025-03-22``: the outlet and the date of the report."""
        return self.outlet + (f" {self.published.isoformat()}" if self.published else "")


def _instances(value: Iterable[T], cls: type[T], field: str) -> tuple[T, ...]:
    """*value* as a tuple of *cls* objects, or fail naming *field*."""
    out = tuple(_items(value, field))
    for item in out:
        if not isinstance(item, cls):
            raise ValidationError(field, item, f"expected {cls.__name__} objects")
    return out


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return _instances(value, Source, "sources")


@attrs.frozen
class Citation:
    """The legal instrument a policy encodes, and where its text came from.

    The fields follow one convention so that a single formatter can write the
    citation as Indonesian legal documents do ("Surat Edaran Bupati Bekasi
    Nomor 800/SE-26/BKPPD tanggal 18 Maret 2020", "Peraturan Menteri PANRB
    Nomor 4 Tahun 2025"): ``instrument`` is the kind only, in full Indonesian;
    ``issuer`` the office as a formal citation names it; ``number`` the number
    as written; ``signatory`` the person who signed, when known.
    """

    instrument: str = attrs.field(validator=_nonempty)
    """Kind of instrument, in full: ``Surat Edaran``, ``Peraturan Presiden``,
    ``Keputusan Presiden``, ``Peraturan Menteri``, ``Surat Keputusan Bersama``, ``Surat``."""
    number: str = attrs.field(validator=_nonempty)
    """The number as written: ``800/SE-26/BKPPD``, ``4 Tahun 2025``."""
    issuer: str = attrs.field(validator=_nonempty)
    """The office: ``Bupati Bekasi``, ``Menteri PANRB``, ``Presiden``."""
    signed: dt.date | None = attrs.field(default=None, validator=_optional_date)
    """The date the instrument was signed (``tanggal``), when known."""
    provenance: Provenance = attrs.field(default=Provenance.OFFICIAL, converter=_provenance)
    """Where the encoded text comes from: ``official`` (the signed text, JDIH), ``press`` (a
    news report) or ``seed`` (one of the project's source articles, also a news report)."""
    source: str = attrs.field(default="", validator=_str)
    """Free-text provenance of older plugins; what is shown comes from :attr:`sources`."""
    derived_from: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Ids of the policies this instrument implements (its legal parents)."""
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    """Where the text was read (news reports, official pages), as readers check them."""
    signatory: str = ""
    """The person who signed, e.g. ``Herman Suryatman``."""

    @property
    def label(self) -> str:
        """``Surat Edaran 800.1.6.2/1468-BKPSDM/2025``."""
        return f"{self.instrument} {self.number}"


# --------------------------------------------------------------------------- periods


@attrs.frozen
class Period:
    """Days ``start`` to ``end`` inclusive; ``end=None`` means open-ended.

    A period may carry its own citation, for a day added by an amendment
    (SE MenPANRB 3/2025 adds 8 April 2025 to SE 2/2025).
    """

    start: dt.date = attrs.field(validator=_date)
    """The first day in force."""
    end: dt.date | None = attrs.field(default=None, validator=_optional_date)
    """The last day in force (inclusive); ``None``: no end date."""
    citation: Citation | None = attrs.field(
        default=None, validator=_is((Citation, type(None)), "a Citation or None"))
    """The instrument that set this period, when it is not the policy's own (an extension or an
    added day)."""

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValidationError(
                "period", f"{self.start}..{self.end}", "the end must not come before the start"
            )

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, dt.date):
            return False
        return self.start <= day and (self.end is None or day <= self.end)

    def label(self) -> str:
        """``2025-03-24..2025-03-27`` or ``2026-01-26..``."""
        if self.end == self.start:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat() if self.end else ''}"


# --------------------------------------------------------------------------- schedules


@lru_cache(maxsize=1024)
def _rrule_year(rule: str, start: dt.date, year: int) -> frozenset[dt.date]:
    """The occurrences in *year* of *rule* started at *start* (computed once)."""
    first = max(dt.datetime.combine(start, dt.time()), dt.datetime(year, 1, 1))
    last = dt.datetime(year, 12, 31)
    if first > last:
        return frozenset()
    parsed = rrulestr(rule, dtstart=dt.datetime.combine(start, dt.time()))
    return frozenset(d.date() for d in parsed.between(first, last, inc=True))


def _rrule(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    try:
        rrulestr(value, dtstart=dt.datetime(2000, 1, 1))
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            attribute.name, value,
            f"expected an RFC 5545 RRULE such as 'FREQ=WEEKLY;BYDAY=TH' ({exc})",
        ) from None


@attrs.frozen
class Recurrence:
    """Days given by an RFC 5545 recurrence rule, counted from the period start.

    ``Recurrence("FREQ=WEEKLY;BYDAY=TH")`` is "every Thursday" (setiap Kamis).
    Evaluated with :mod:`dateutil.rrule`.
    """

    rule: str = attrs.field(validator=_rrule)
    """An RFC 5545 recurrence rule, e.g. ``FREQ=WEEKLY;BYDAY=TH`` (every Thursday)."""
    label: Text = attrs.field(default=Text("sesuai jadwal", "on schedule"), converter=_text)
    """The rule in words for people: ``setiap Kamis`` / ``every Thursday``."""

    def contains(self, day: dt.date, start: dt.date) -> bool:
        """Whether *day* is an occurrence of the rule started at *start*."""
        return day in _rrule_year(self.rule, start, day.year)


def _groups(value: Iterable[str]) -> tuple[str, ...]:
    groups = tuple(_items(value, "groups"))
    if any(not isinstance(g, str) or not g for g in groups):
        raise ValidationError("groups", groups, "expected group names (texts) such as 'A'")
    if len(groups) < 2 or len(set(groups)) != len(groups):
        raise ValidationError("groups", groups, "expected two or more distinct group names")
    return groups


@attrs.frozen
class Rotation:
    """A rotation between groups over the working days of a period.

    The working days of the period are numbered 0, 1, 2, …; group ``groups[i]``
    works under the provision on the days whose number modulo the number of
    groups is ``i``.  With the default ``("A", "B")``, group A takes the
    even-numbered days and group B the odd-numbered ones.
    """

    groups: tuple[str, ...] = attrs.field(default=("A", "B"), converter=_groups)
    """The group names, in turn order; two or more, distinct."""

    def group_of(self, index: int) -> str:
        """The group on duty on the working day numbered *index*."""
        return self.groups[index % len(self.groups)]


Schedule: TypeAlias = "Recurrence | Rotation"
"""When, inside its periods, a provision applies."""


# --------------------------------------------------------------------------- conditions


class ConditionCode(StrEnum):
    """What an employee must satisfy or do for an arrangement (the pinned condition codes)."""

    PERSETUJUAN_PIMPINAN = "persetujuan-pimpinan"
    """The superior's approval (persetujuan pimpinan)."""
    PRESENSI = "presensi"
    """Attendance is still recorded (presensi), e.g. through a mobile app."""
    LAPORAN_KINERJA = "laporan-kinerja"
    """A performance report (laporan kinerja); the condition's ``channel`` names the
    system: E-Kinerja, Mang Bagja, KMob…"""
    SURAT_PERINTAH = "surat-perintah"
    """A written order of the head of the perangkat daerah (surat perintah)."""
    JADWAL_UNIT = "jadwal-unit"
    """The unit's roster decides the days (jadwal unit), within the policy's quota."""
    PENUGASAN_HARIAN = "penugasan-harian"
    """Daily tasks handed out by electronic media (penugasan harian)."""


def _condition_code(value: object) -> ConditionCode:
    return parse_code(ConditionCode, value, "code")


@attrs.frozen
class Condition:
    """A condition of an arrangement, e.g. a daily performance report through E-Kinerja."""

    code: ConditionCode = attrs.field(converter=_condition_code)
    """What kind of condition (see :class:`ConditionCode`)."""
    text: Text = attrs.field(converter=_text)
    """The condition as the source states it, in both languages."""
    channel: str | None = attrs.field(default=None, validator=_optional_str)
    """The system used, e.g. ``E-Kinerja``, ``Mang Bagja``, ``KMob``."""


# --------------------------------------------------------------------------- policies


def _arrangement(value: object) -> Arrangement:
    return parse_code(Arrangement, value, "arrangement")


def _grant(value: object) -> Grant:
    return parse_code(Grant, value, "grant")


def _conditions(value: Iterable[Condition]) -> tuple[Condition, ...]:
    out = tuple(_items(value, "conditions"))
    for c in out:
        if not isinstance(c, Condition):
            raise ValidationError("conditions", c, "expected Condition objects")
    return out


def _optional_bool(_: object, attribute: attrs.Attribute[bool | None], value: object) -> None:
    if value is not None and not isinstance(value, bool):
        raise ValidationError(attribute.name, value, "expected true, false or None")


def _facts(value: Iterable[str] | str) -> frozenset[str]:
    out = frozenset(_strings(value))
    for f in out:
        _fact_name(None, attrs.fields(FactSpec).name, f)
    return out


# --------------------------------------------------------------------------- quotas


_SHARE_EXPECTED = "expected a fraction above 0 and at most 1, such as 1/2, 3/4 or '75%'"


def _share(value: object) -> Fraction:
    """A share as an exact :class:`~fractions.Fraction`: ``Fraction(1, 2)``, ``"1/2"``,
    ``"0.5"``, ``"50%"``, ``Decimal("0.5")`` or a float that is exactly a short decimal
    (``0.5``, ``0.75``; ``0.1`` is refused: write ``"1/10"``)."""
    share: Fraction | None = None
    if isinstance(value, bool):
        share = None
    elif isinstance(value, (Fraction, int, Decimal)):
        share = Fraction(value)
    elif isinstance(value, float):
        if math.isfinite(value) and Fraction(value) == Fraction(repr(value)):
            share = Fraction(value)
    elif isinstance(value, str):
        text = value.strip()
        percent = text.endswith("%")
        try:
            share = Fraction(text[:-1].strip() if percent else text)
        except (ValueError, ZeroDivisionError):
            share = None
        if share is not None and percent:
            share /= 100
    if share is None and isinstance(value, float) and math.isfinite(value):
        raise ValidationError("share", value, "a float that is not exactly a short decimal; "
                              "write the fraction as text, such as '1/10' or '1/3'")
    if share is None or not 0 < share <= 1:
        raise ValidationError("share", value, _SHARE_EXPECTED)
    return share


def _percent(share: Fraction, lang: str) -> str:
    """``50%``, ``12,5%`` (``12.5%`` in English), or ``1/3`` when no short decimal is exact."""
    pct = share * 100
    if pct.denominator == 1:
        return f"{pct.numerator}%"
    for places in (1, 2):
        scaled = pct * 10**places
        if scaled.denominator == 1:
            whole, frac = divmod(scaled.numerator, 10**places)
            sep = "." if lang == "en" else ","
            return f"{whole}{sep}{frac:0{places}d}%"
    return f"{share.numerator}/{share.denominator}"


def _one_of(*valid: str) -> Callable[[object, attrs.Attribute[str], str], None]:
    def check(_: object, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or value not in valid:
            raise ValidationError.invalid(attribute.name, value, valid)
    return check


@attrs.frozen
class Quota:
    """The largest share of a unit that may work under an arrangement on one working day,
    e.g. "paling banyak 50% pegawai setiap perangkat daerah".

    ``per`` says what the share is counted over: the ``agency`` (perangkat daerah) or
    the employee's ``unit`` inside it.  ``headcount`` says who counts: the staff
    ``eligible`` under the policy, or ``all`` staff of the unit.  ``rounding`` says how
    a fraction of a person is rounded: ``down`` (the default), ``nearest`` (a half
    rounds up) or ``up``.
    """

    arrangement: Arrangement = attrs.field(converter=_arrangement)
    """The arrangement the quota caps (``wfh`` or ``wfa``); the provision's own."""
    share: Fraction = attrs.field(converter=_share)
    """The largest share of the unit, as an exact fraction (``"1/2"``, ``"75%"``, ``Fraction(3,
    4)``)."""
    per: str = attrs.field(validator=_one_of("agency", "unit"))
    """What the share is counted over: ``agency`` (the perangkat daerah) or ``unit`` (the
    employee's unit inside it)."""
    headcount: str = attrs.field(validator=_one_of("eligible", "all"))
    """Who counts in the headcount: ``eligible`` (staff the policy covers) or ``all`` staff of
    the unit."""
    rounding: str = attrs.field(default="down", validator=_one_of("down", "nearest", "up"))
    """How a fraction of a person is rounded: ``down`` (default), ``nearest`` or ``up``."""
    quote: str = attrs.field(default="", validator=_str)
    """The sentence of the source the quota follows."""

    def __attrs_post_init__(self) -> None:
        if self.arrangement is Arrangement.LIBUR or self.arrangement is Arrangement.WFO:
            raise ValidationError(
                "arrangement", self.arrangement.value,
                "a quota caps an arrangement away from the office; expected wfh or wfa",
            )

    def cap(self, headcount: int) -> int:
        """The most people of a unit of *headcount* who may have the arrangement on a day."""
        exact = self.share * headcount
        if self.rounding == "up":
            return math.ceil(exact)
        if self.rounding == "nearest":
            return math.floor(exact + Fraction(1, 2))
        return math.floor(exact)

    def describe(self, lang: str = "id") -> str:
        """The quota in words: ``paling banyak 50% pegawai setiap perangkat daerah``."""
        pct = _percent(self.share, lang)
        if lang == "en":
            staff = "eligible staff" if self.headcount == "eligible" else "staff"
            unit = "perangkat daerah" if self.per == "agency" else "unit kerja"
            text = f"at most {pct} of the {staff} of each {unit}"
            if self.rounding != "down":
                text += f" (rounded {'up' if self.rounding == 'up' else 'to the nearest person'})"
            return text
        staff = "pegawai yang memenuhi syarat" if self.headcount == "eligible" else "pegawai"
        unit = "perangkat daerah" if self.per == "agency" else "unit kerja"
        text = f"paling banyak {pct} {staff} setiap {unit}"
        if self.rounding != "down":
            text += " (dibulatkan ke atas)" if self.rounding == "up" else \
                " (dibulatkan ke bilangan terdekat)"
        return text


@attrs.frozen
class Provision:
    """One operative point (butir) of a policy: a grant of an arrangement to a group.

    A policy's provisions are tried in order; the first whose selectors match
    the employee applies.  Selectors left empty match everyone.
    """

    grant: Grant = attrs.field(converter=_grant)
    """What the provision does with its arrangement: ``assigned``, ``permitted``, ``enabling``
    or ``baseline`` (see :class:`Grant`)."""
    arrangement: Arrangement = attrs.field(converter=_arrangement)
    """The arrangement granted: ``wfo``, ``wfh`` or ``wfa``."""
    conditions: tuple[Condition, ...] = attrs.field(default=(), converter=_conditions)
    """Conditions of this provision only (the policy's own apply as well)."""
    schedule: Schedule | None = attrs.field(
        default=None, validator=_is((Recurrence, Rotation, type(None)),
                                    "a Recurrence, a Rotation or None"))
    """When inside the policy's periods it applies: a :class:`Recurrence` or a
    :class:`Rotation`; ``None``: every working day."""
    agency_tags: frozenset[str] = attrs.field(default=frozenset(), converter=_slugs)
    """Only agencies carrying one of these tags (or under one that does)."""
    with_rotation_group: bool | None = attrs.field(default=None, validator=_optional_bool)
    """``True``: only employees with a rotation group; ``False``: only those without."""
    label: Text | None = attrs.field(default=None, converter=attrs.converters.optional(_text))
    """A short description for people, in both languages."""
    quote: str = attrs.field(default="", validator=_str)
    """The sentence of the source this provision encodes."""
    quota: Quota | None = None
    """The largest share of a unit that may have the arrangement on a working day;
    who is away is then decided by the unit's roster (condition ``jadwal-unit``)."""
    facts: frozenset[str] = attrs.field(default=frozenset(), converter=_facts)
    """Only employees for whom all these facts hold (e.g. ``surat_perintah``: the head
    of the perangkat daerah has issued the written order)."""

    def __attrs_post_init__(self) -> None:
        if self.quota is not None and (
            not isinstance(self.quota, Quota) or self.quota.arrangement is not self.arrangement
        ):
            raise ValidationError(
                "quota", self.quota, f"expected a Quota of the provision's arrangement "
                f"{self.arrangement.value!r}",
            )
        if self.arrangement is Arrangement.LIBUR:
            raise ValidationError(
                "arrangement", "libur", "non-working days come from the calendar hooks, "
                "not from a provision; expected wfo, wfh or wfa"
            )
        if isinstance(self.schedule, Rotation) and self.with_rotation_group is not True:
            raise ValidationError(
                "with_rotation_group", self.with_rotation_group,
                "a provision with a Rotation schedule needs with_rotation_group=True",
            )


def _provisions(value: Iterable[Provision]) -> tuple[Provision, ...]:
    out = tuple(_items(value, "provisions"))
    for p in out:
        if not isinstance(p, Provision):
            raise ValidationError("provisions", p, "expected Provision objects")
    return out


def _periods(value: Iterable[Period]) -> tuple[Period, ...]:
    items = _items(value, "periods")
    for p in items:
        if not isinstance(p, Period):
            raise ValidationError("periods", p, "expected Period objects")
    out = tuple(sorted(items, key=lambda p: p.start))
    if not out:
        raise ValidationError("periods", out, "a policy needs at least one Period")
    for a, b in itertools.pairwise(out):
        if a.end is None or a.end >= b.start:
            raise ValidationError(
                "periods", f"{a.label()} and {b.label()}", "periods of a policy must not overlap"
            )
    return out


ASN: frozenset[Status] = frozenset({Status.PNS, Status.PPPK})
"""PNS and PPPK: who "ASN" covers (UU 20/2023)."""


def _statuses(value: Iterable[Status | str]) -> frozenset[Status]:
    out = frozenset(parse_code(Status, v, "statuses") for v in _items(value, "statuses"))
    if not out:
        raise ValidationError("statuses", value, "expected at least one of pns, pppk, non-asn")
    return out


def _texts(value: Iterable[Text | str | tuple[str, str]]) -> tuple[Text, ...]:
    return tuple(_text(v) for v in _items(value, "notes"))


@attrs.frozen
class AgencyNote:
    """A remark of a policy addressed to some agencies (and their sub-agencies)."""

    text: Text = attrs.field(converter=_text)
    """The remark, in both languages."""
    agencies: frozenset[str] = attrs.field(converter=_slugs)
    """Agency codes of the policy's jurisdiction the remark is addressed to."""
    quote: str = ""
    """The sentence of the source the remark comes from."""

    def __attrs_post_init__(self) -> None:
        if not self.agencies:
            raise ValidationError("agencies", "nothing", "name at least one agency code")


def _agency_notes(value: Iterable[AgencyNote]) -> tuple[AgencyNote, ...]:
    return _instances(value, AgencyNote, "agency_notes")


def _policy_status(value: object) -> PolicyStatus:
    return parse_code(PolicyStatus, value, "status")


@attrs.frozen
class Policy:
    """A rule of a legal instrument, as the resolver applies it.

    The id is ``<jurisdiction>/<slug>``; the policy governs the ASN of that
    jurisdiction only, except national policies, which govern every instansi.
    """

    id: str = attrs.field(validator=_policy_id)
    """The pinned policy id ``<jurisdiction>/<slug>``."""
    jurisdiction: str = attrs.field(validator=_slug)
    """The government whose staff the policy governs (``nasional``: every government)."""
    title: Text = attrs.field(converter=_text)
    """The policy's title, in both languages."""
    citation: Citation = attrs.field(validator=_is(Citation, "a Citation"))
    """The legal instrument and where its text was read."""
    periods: tuple[Period, ...] = attrs.field(converter=_periods)
    """When the policy is in force; non-overlapping, sorted by start."""
    provisions: tuple[Provision, ...] = attrs.field(converter=_provisions)
    """The operative points, tried in order.  A policy without provisions acts
    only through the calendar (it is the basis of holidays)."""
    statuses: frozenset[Status] = attrs.field(default=ASN, converter=_statuses)
    """The employment statuses covered (default: ``pns`` and ``pppk``, the ASN)."""
    required_facts: frozenset[str] = attrs.field(default=frozenset(), converter=_facts)
    """Facts that must hold for the employee (e.g. ``office_access_cut``); otherwise the policy
    does not apply."""
    conditions: tuple[Condition, ...] = attrs.field(default=(), converter=_conditions)
    """Conditions common to every provision."""
    emergency: bool = attrs.field(default=False, validator=_bool)
    """A fact-triggered emergency measure: takes precedence over everything else."""
    amends: str | None = attrs.field(default=None, validator=_optional_policy_id)
    """The policy this one amends or extends; it replaces it where both are in force."""
    status: PolicyStatus = attrs.field(default=PolicyStatus.ENACTED, converter=_policy_status)
    """``enacted`` (law) or ``draft`` (applied only when drafts are asked for)."""
    quotes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """The sentences of the source the policy as a whole comes from."""
    notes: tuple[Text, ...] = attrs.field(default=(), converter=_texts)
    """Remarks that are not rules, shown on every decision the policy applies to."""
    readings: tuple[Text, ...] = attrs.field(default=(), converter=_texts)
    """The project's reading where the source is silent or unclear: shown labelled
    as the project's interpretation, never as a quote of the source."""
    agency_notes: tuple[AgencyNote, ...] = attrs.field(default=(), converter=_agency_notes)
    """Remarks addressed to some agencies only (e.g. "BPBD diharapkan tetap siaga"):
    shown on the decisions of their staff while the policy is in force."""
    standing: bool = False
    """A standing framework with no end date (PermenPANRB 4/2025): an enabling
    policy the rulebook states once, with no daily "no implementing policy" note."""

    def __attrs_post_init__(self) -> None:
        if not self.id.startswith(self.jurisdiction + "/"):
            raise ValidationError(
                "id", self.id, f"a policy of {self.jurisdiction!r} has an id "
                f"starting with '{self.jurisdiction}/'"
            )
        if self.emergency and not self.required_facts:
            raise ValidationError(
                "emergency", True, "an emergency policy is triggered by facts: "
                "set required_facts"
            )
        for p in self.provisions:
            if p.quota is not None and not (p.grant is Grant.PERMITTED and any(
                    c.code is ConditionCode.JADWAL_UNIT for c in (*self.conditions,
                                                                  *p.conditions))):
                raise ValidationError(
                    "quota", self.id, "a quota belongs to a provision that permits its "
                    "arrangement under the condition jadwal-unit (the unit's roster "
                    "decides the days)")
            if isinstance(p.schedule, Rotation) and any(q.end is None for q in self.periods):
                raise ValidationError(
                    "periods", self.id, "a rotation needs bounded periods to number their days"
                )

    @property
    def is_draft(self) -> bool:
        return self.status is PolicyStatus.DRAFT

    @property
    def facts_read(self) -> frozenset[str]:
        """Every fact the policy reads: its required facts and its provisions' selectors."""
        return self.required_facts.union(*(v.facts for v in self.provisions))

    def period_on(self, day: dt.date) -> Period | None:
        """The period containing *day*, if any."""
        for p in self.periods:
            if day in p:
                return p
        return None

    def citation_on(self, day: dt.date) -> Citation:
        """The citation in force on *day* (a period may carry its own)."""
        period = self.period_on(day)
        if period is not None and period.citation is not None:
            return period.citation
        return self.citation


# --------------------------------------------------------------------------- exemptions


def _exemption_policy(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    _policy_id(_, attribute, value)


@attrs.frozen
class Exemption:
    """Who a policy does not apply to: an agency (and its sub-agencies), a kind
    of agency, agencies with a tag, or direct-service staff and units."""

    policy: str = attrs.field(validator=_exemption_policy)
    """The id of the policy the exemption belongs to (a policy amending it inherits it)."""
    reason: Text = attrs.field(converter=_text)
    """Why, as the source says it, in both languages."""
    agency: str | None = attrs.field(default=None, validator=_optional_slug)
    """An agency code: that agency and every agency under it."""
    agency_kind: str | None = attrs.field(default=None, validator=_optional_slug)
    """An agency kind: every agency of that kind (``kecamatan``, ``rsud``…)."""
    agency_tag: str | None = attrs.field(default=None, validator=_optional_slug)
    """An agency tag: every agency carrying it, and the agencies under them."""
    direct_service: bool = attrs.field(default=False, validator=_bool)
    """Exempts direct-service employees and every unit flagged direct-service."""
    quote: str = attrs.field(default="", validator=_str)
    """The sentence of the source the exemption follows."""

    def __attrs_post_init__(self) -> None:
        chosen = [
            n for n in ("agency", "agency_kind", "agency_tag")
            if getattr(self, n) is not None
        ] + (["direct_service"] if self.direct_service else [])
        if len(chosen) != 1:
            raise ValidationError(
                "exemption", chosen or "nothing",
                "set exactly one of agency, agency_kind, agency_tag, direct_service=True",
            )


# --------------------------------------------------------------------------- rank rules


RankEffect = Literal["only", "except"]


def _positions(value: Iterable[Position | str]) -> frozenset[Position]:
    out = frozenset(parse_code(Position, v, "positions") for v in _items(value, "positions"))
    if not out:
        raise ValidationError("positions", value, "expected at least one position")
    return out


def _effect(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or value not in ("only", "except"):
        raise ValidationError.invalid(attribute.name, value, ["only", "except"])


@attrs.frozen
class RankRule:
    """A rule on jabatan: the policy applies ``only`` to, or ``except`` to, these positions."""

    policy: str = attrs.field(validator=_policy_id)
    """The id of the policy the rule belongs to (a policy amending it inherits it)."""
    positions: frozenset[Position] = attrs.field(converter=_positions)
    """The positions (jabatan) the rule names."""
    effect: str = attrs.field(validator=_effect)
    """``only``: the policy applies only to these positions; ``except``: not to these."""
    reason: Text = attrs.field(converter=_text)
    """Why, as the source says it, in both languages."""
    quote: str = attrs.field(default="", validator=_str)
    """The sentence of the source the rule follows."""

    def blocks(self, position: Position) -> bool:
        """Whether the rule keeps *position* out of the policy."""
        inside = position in self.positions
        return not inside if self.effect == "only" else inside


# --------------------------------------------------------------------------- holidays


def _citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return _instances(value, Citation, "citations")


HolidayKind = Literal["libur-nasional", "cuti-bersama", "libur-daerah"]
_HOLIDAY_KINDS = ("libur-nasional", "cuti-bersama", "libur-daerah")


def _holiday_kind(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or value not in _HOLIDAY_KINDS:
        raise ValidationError.invalid(attribute.name, value, _HOLIDAY_KINDS)


@attrs.frozen
class Holiday:
    """A non-working day of a jurisdiction's calendar."""

    date: dt.date = attrs.field(validator=_date)
    """The non-working day."""
    name: Text = attrs.field(converter=_text)
    """Its name in both languages (``Hari Suci Nyepi`` / ``Day of Silence``)."""
    kind: str = attrs.field(validator=_holiday_kind)
    """``libur-nasional``, ``cuti-bersama`` or ``libur-daerah``."""
    policy: str = attrs.field(validator=_policy_id)
    """The policy that is the basis of the day (``nasional/libur`` for national ones)."""
    jurisdiction: str = attrs.field(default="nasional", validator=_slug)
    """The government whose calendar has the day (``nasional``: every government)."""
    estimated: bool = attrs.field(default=False, validator=_bool)
    """The date is computed, not yet confirmed (holidays' "perkiraan")."""
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    """The instruments that make this very day a non-working day (the year's SKB
    and its amendments, the Keppres on cuti bersama for ASN, a Keppres on an
    election day); empty: the policy's citation for the day."""


def _set_by(value: Iterable[Citation]) -> tuple[Citation, ...]:
    out = _instances(value, Citation, "set_by")
    if not out:
        raise ValidationError("set_by", value, "expected at least one Citation (the "
                              "instrument that made the day a non-working day)")
    return out


@attrs.frozen
class RevokedHoliday:
    """A day once set as a non-working day, then removed by a later instrument.

    Never a holiday: :meth:`kebijakan_asn.Resolver.holidays` does not return it
    and the day is a working day.  It is kept so that a decision or an
    attendance record made while the day was still a holiday can be audited:
    a decision on that day carries the note ``holiday-revoked``.
    """

    date: dt.date = attrs.field(validator=_date)
    """The day that was set, then revoked."""
    name: Text = attrs.field(converter=_text)
    """The name the revoked instrument gave it, in both languages."""
    kind: str = attrs.field(validator=_holiday_kind)
    """The kind it had: ``libur-nasional``, ``cuti-bersama`` or ``libur-daerah``."""
    policy: str = attrs.field(validator=_policy_id)
    """The policy that was its basis (``nasional/libur`` for national ones)."""
    set_by: tuple[Citation, ...] = attrs.field(converter=_set_by)
    """The instruments that made the day a non-working day, in order (at least one)."""
    revoked_by: Citation = attrs.field(validator=_is(Citation, "a Citation (the instrument "
                                                     "that removed the day)"))
    """The instrument that removed the day; its ``signed`` date is when it did."""
    jurisdiction: str = attrs.field(default="nasional", validator=_slug)
    """The government whose calendar had the day (``nasional``: every government)."""


# --------------------------------------------------------------------------- employees


def _position(value: object) -> Position:
    return parse_code(Position, value, "position")


def _status(value: object) -> Status:
    return parse_code(Status, value, "status")


def _employee_facts(
    value: Mapping[str, bool] | Iterable[tuple[str, bool]] | None,
) -> tuple[tuple[str, bool], ...]:
    if value is None:
        return ()
    items = value.items() if isinstance(value, Mapping) else _items(value, "facts")
    out: dict[str, bool] = {}
    for pair in items:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise ValidationError("facts", pair, "expected a mapping of fact names to "
                                  "true/false, or (name, value) pairs")
        name, flag = pair
        if not isinstance(name, str) or not _FACT.match(name):
            raise ValidationError("facts", name, "expected snake_case fact names")
        if not isinstance(flag, bool):
            raise ValidationError(f"facts.{name}", flag, "expected true or false")
        out[name] = flag
    return tuple(sorted(out.items()))


def _optional_text(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ValidationError(attribute.name, value, "expected a non-empty text or nothing")
    if value is not None and not _utf8(value):
        raise ValidationError(attribute.name, value, "holds a lone surrogate (broken UTF-16 "
                              "text); expected text that can be written as UTF-8")


def _unit(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


UNIT_MAX = 200
"""The longest name of an employee's unit, in characters."""


def _check_unit(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (
        not isinstance(value, str) or not value or not value.isprintable()
        or len(value) > UNIT_MAX
    ):
        raise ValidationError(
            attribute.name, value,
            "expected the name of the employee's unit inside the agency, a non-empty "
            f"printable text of at most {UNIT_MAX} characters (e.g. 'Bidang Anggaran'), or "
            "nothing",
        )


def _rotation_group(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (
        not isinstance(value, str) or not value or not value.isascii() or not value.isalnum()
    ):
        raise ValidationError(attribute.name, value, "expected a short group name such as 'A'")


@attrs.frozen
class Employee:
    """A civil servant or non-ASN staff member, as the resolver sees them."""

    jurisdiction: str = attrs.field(validator=_slug)
    """The code of the employing government (instansi)."""
    agency: str = attrs.field(validator=_slug)
    """The code of the employee's agency (perangkat daerah or unit) in the catalog."""
    position: Position = attrs.field(converter=_position)
    """The jabatan: ``jpt-utama`` … ``pelaksana`` (see :class:`Position`)."""
    status: Status = attrs.field(default=Status.PNS, converter=_status)
    """``pns``, ``pppk`` or ``non-asn`` (default ``pns``)."""
    id: str | None = attrs.field(default=None, validator=_optional_text)
    """Your own identifier for the employee (kept in the record)."""
    nip: str | None = attrs.field(default=None, validator=_optional_text)
    """The NIP (18 digits, checked for PNS) or the PPPK number."""
    direct_service: bool = attrs.field(default=False)
    """The employee's own duties are direct public service (a nurse, a teacher…)."""
    rotation_group: str | None = attrs.field(default=None, validator=_rotation_group)
    """The employee's group in a rotation (``A``, ``B``…), if the unit rotates."""
    facts: tuple[tuple[str, bool], ...] = attrs.field(default=(), converter=_employee_facts)
    """Facts about the employee's situation, by name (``{"office_access_cut": True}``); unnamed
    facts are false."""
    unit: str | None = attrs.field(default=None, converter=_unit, validator=_check_unit)
    """The part of the agency the employee belongs to (bidang, subbagian, seksi…), a free
    label; quotas counted per unit count over it."""

    @direct_service.validator
    def _check_direct_service(self, attribute: attrs.Attribute[bool], value: object) -> None:
        if not isinstance(value, bool):
            raise ValidationError("direct_service", value, "expected true or false")

    def __attrs_post_init__(self) -> None:
        if self.nip is None:
            return
        if self.status is Status.PNS:
            parse_nip(self.nip)
        elif self.status is Status.PPPK:
            check_pppk_number(self.nip)
        else:
            raise ValidationError(
                "nip", self.nip, "non-ASN staff have no NIP; identify them with id instead"
            )

    def fact(self, name: str) -> bool:
        """The value of the fact *name* (``False`` when not given)."""
        for key, value in self.facts:
            if key == name:
                return value
        return False

    def to_dict(self) -> dict[str, object]:
        """The normalised employee as plain JSON values (``unit`` only when given, so a
        record made without units keeps its fingerprint)."""
        out: dict[str, object] = {
            "id": self.id,
            "nip": self.nip,
            "jurisdiction": self.jurisdiction,
            "agency": self.agency,
            "position": self.position.value,
            "status": self.status.value,
            "direct_service": self.direct_service,
            "rotation_group": self.rotation_group,
            "facts": dict(self.facts),
        }
        if self.unit is not None:
            out["unit"] = self.unit
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Employee:
        """Build from :meth:`to_dict` output (or any mapping with those keys)."""
        if not isinstance(data, Mapping):
            raise ValidationError("employee", data, "expected an object (a mapping)")
        known = {f.name for f in attrs.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValidationError.invalid("employee", unknown[0], known, "unknown field; expected")
        for required in ("jurisdiction", "agency", "position"):
            if data.get(required) is None:
                raise ValidationError(required, None, "this field is required")
        facts = data.get("facts") or {}
        if not isinstance(facts, Mapping):
            raise ValidationError("facts", facts, "expected an object of fact names to true/false")
        return cls(**{**data, "facts": facts})  # type: ignore[arg-type]
