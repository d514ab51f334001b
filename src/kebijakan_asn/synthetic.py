"""A seeded synthetic workforce, for benchmarks, load tests and examples.

The generator draws employees from the agency catalog of a rule set (by
default the installed plugins), with a plausible mix:

* **jurisdictions** weighted by the rough relative size of their workforce
  (:data:`JURISDICTION_WEIGHTS`; a jurisdiction not listed weighs
  :data:`DEFAULT_JURISDICTION_WEIGHT`);
* **agencies** weighted by kind: hospitals, schools and ministries are large,
  kelurahan small (:data:`AGENCY_KIND_WEIGHTS`);
* **positions** mostly pelaksana and fungsional, few leaders; fungsional
  dominate in direct-service units (nurses, teachers); JPT madya only in the
  nation and the provinces, JPT utama only in the nation;
* **statuses** PNS, PPPK and some non-ASN staff (:data:`STATUS_WEIGHTS`);
* **direct-service staff**, mostly fungsional and pelaksana of direct-service
  units;
* **rotation groups** where a policy of the jurisdiction has a rotation
  (the groups are taken from the rule set), and none for some staff;
* **facts**: every declared fact is given for every employee; it is ``True``
  for a few employees of the jurisdictions with a policy that requires it
  (:data:`FACT_RATE`), ``False`` otherwise;
* a NIP of the right layout for PNS (a real birth date, TMT CPNS after it,
  sex, sequence), an 18-digit number for PPPK, none for non-ASN staff.

The weights are orders of magnitude chosen to exercise the rules, not
statistics.  The same seed and the same rule set (same plugins and versions)
give the same workforce on any machine, in any process, hash seed, time zone
or locale.

>>> from kebijakan_asn import Resolver
>>> from kebijakan_asn.synthetic import workforce
>>> people = workforce(3, seed=7, ruleset=Resolver(allow=["nasional"]))
>>> [e.id for e in people]
['E0000001', 'E0000002', 'E0000003']
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ._codes import Position, Status
from ._errors import ValidationError
from ._model import Agency, Employee, Rotation
from ._resolver import Resolver
from ._ruleset import RuleSet

__all__ = [
    "AGENCY_KIND_WEIGHTS",
    "COLUMNS",
    "DEFAULT_JURISDICTION_WEIGHT",
    "FACT_RATE",
    "JURISDICTION_WEIGHTS",
    "STATUS_WEIGHTS",
    "columns",
    "iter_workforce",
    "workforce",
]

JURISDICTION_WEIGHTS: Mapping[str, float] = {
    "nasional": 10.0,
    "prov-jabar": 40.0,
    "kota-bandung": 18.0,
    "kab-bekasi": 16.0,
    "kota-bekasi": 16.0,
}
"""Relative share of each jurisdiction in the workforce."""

DEFAULT_JURISDICTION_WEIGHT = 10.0

AGENCY_KIND_WEIGHTS: Mapping[str, float] = {
    "kementerian": 12.0, "rsup": 8.0, "rsud": 8.0, "rs-khusus": 5.0, "sekolah": 6.0,
    "dinas": 3.0, "setda": 3.0, "puskesmas": 3.0, "badan": 2.0, "satpol-pp": 2.0,
    "kecamatan": 1.5, "uptd": 1.0, "biro": 1.0, "bagian": 1.0, "instalasi": 1.0,
    "inspektorat": 1.0, "sekretariat-dprd": 1.0, "kelurahan": 0.5,
}
"""Relative headcount of an agency by kind (``1.0`` for a kind not listed)."""

STATUS_WEIGHTS: Mapping[Status, float] = {
    Status.PNS: 62.0, Status.PPPK: 30.0, Status.NON_ASN: 8.0,
}

_POSITIONS_OFFICE: Mapping[Position, float] = {
    Position.PELAKSANA: 40.0, Position.FUNGSIONAL: 40.0, Position.PENGAWAS: 9.0,
    Position.ADMINISTRATOR: 5.0, Position.JPT_PRATAMA: 1.5, Position.JPT_MADYA: 0.2,
    Position.JPT_UTAMA: 0.05,
}
_POSITIONS_SERVICE: Mapping[Position, float] = {
    Position.PELAKSANA: 20.0, Position.FUNGSIONAL: 70.0, Position.PENGAWAS: 6.0,
    Position.ADMINISTRATOR: 3.0, Position.JPT_PRATAMA: 1.0,
}

FACT_RATE = 0.03
"""Share of employees for whom a fact holds, where a policy of their jurisdiction needs it."""

_ROTATION_RATE = 0.8
"""Share of employees with a rotation group, where the jurisdiction has a rotation."""

COLUMNS = ("id", "nip", "jurisdiction", "agency", "position", "status", "direct_service",
           "rotation_group")
"""The employee columns of :func:`columns` (followed by one ``fact:NAME`` column per fact)."""


class _Picker:
    """A weighted choice driven by ``rng.random()`` alone (stable across Python versions)."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        if not items:
            raise ValueError("nothing to choose from")
        self._items = list(items)
        self._cum = list(itertools.accumulate(weights))
        self._total = self._cum[-1]

    def __call__(self, rng: random.Random) -> Any:
        i = bisect.bisect_right(self._cum, rng.random() * self._total)
        return self._items[min(i, len(self._items) - 1)]


def _ruleset(source: Resolver | RuleSet | None) -> RuleSet:
    if source is None:
        return RuleSet.load()
    if isinstance(source, Resolver):
        return source.ruleset
    return source


class _Plan:
    """Everything the draw needs from the rule set, in a fixed order."""

    def __init__(self, rs: RuleSet, jurisdictions: Iterable[str] | None) -> None:
        codes = sorted(rs.jurisdictions) if jurisdictions is None else sorted(set(jurisdictions))
        for code in codes:
            if code not in rs.jurisdictions:
                raise ValidationError.invalid("jurisdictions", code, rs.jurisdictions)
        by_jur: dict[str, list[Agency]] = {c: rs.agencies_of(c) for c in codes}
        codes = [c for c in codes if by_jur[c]]
        if not codes:
            raise ValidationError("jurisdictions", sorted(rs.jurisdictions),
                                  "none of them has agencies in the rule set")
        self.jurisdiction = _Picker(
            codes, [JURISDICTION_WEIGHTS.get(c, DEFAULT_JURISDICTION_WEIGHT) for c in codes])
        self.agency: dict[str, _Picker] = {}
        self.service: dict[tuple[str, str], bool] = {}
        for code, agencies in by_jur.items():
            if not agencies:
                continue
            self.agency[code] = _Picker(
                agencies, [AGENCY_KIND_WEIGHTS.get(a.kind, 1.0) for a in agencies])
            for a in agencies:
                self.service[(code, a.code)] = any(
                    rs.agencies[(code, c)].direct_service for c in rs.ancestors(code, a.code))
        self.office: dict[str, _Picker] = {}
        for code in codes:
            level = rs.jurisdictions[code].level
            kept = {p: w for p, w in _POSITIONS_OFFICE.items()
                    if not (p is Position.JPT_UTAMA and level != "nasional")
                    and not (p is Position.JPT_MADYA and level in ("kabupaten", "kota"))}
            self.office[code] = _Picker(list(kept), list(kept.values()))
        self.in_service = _Picker(list(_POSITIONS_SERVICE), list(_POSITIONS_SERVICE.values()))
        self.status = _Picker(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))
        self.facts = sorted(rs.facts)
        self.groups: dict[str, tuple[str, ...]] = {}
        self.fact_users: dict[str, frozenset[str]] = {}
        for code in codes:
            groups: set[str] = set()
            used: set[str] = set()
            for p in rs.in_scope(code):
                used |= p.facts_read
                if p.jurisdiction != code:
                    continue
                for v in p.provisions:
                    if isinstance(v.schedule, Rotation):
                        groups.update(v.schedule.groups)
            self.groups[code] = tuple(sorted(groups))
            self.fact_users[code] = frozenset(used)


def _nip(rng: random.Random, status: Status) -> str | None:
    if status is Status.NON_ASN:
        return None
    year = 1965 + int(rng.random() * 38)
    month = 1 + int(rng.random() * 12)
    day = 1 + int(rng.random() * 28)
    sex = 1 + int(rng.random() * 2)
    seq = 1 + int(rng.random() * 999)
    if status is Status.PNS:
        start = min(year + 20 + int(rng.random() * 16), 2024)
        return f"{year:04d}{month:02d}{day:02d}{start:04d}{1 + int(rng.random() * 12):02d}" \
               f"{sex}{seq:03d}"
    start = 2019 + int(rng.random() * 6)
    return f"{year:04d}{month:02d}{day:02d}{start:04d}01{sex}{seq:03d}"


def _rows(rs: RuleSet, n: int, seed: int, jurisdictions: Iterable[str] | None,
          start: int) -> Iterator[tuple[Any, ...]]:
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValidationError("n", n, "expected a whole number of employees, 0 or more")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ValidationError("seed", seed, "expected an integer seed")
    plan = _Plan(rs, jurisdictions)
    rng = random.Random(seed)
    for i in range(start, start + n):
        jur: str = plan.jurisdiction(rng)
        agency: Agency = plan.agency[jur](rng)
        service_unit = plan.service[(jur, agency.code)]
        position: Position = (plan.in_service if service_unit else plan.office[jur])(rng)
        status: Status = plan.status(rng)
        chance = rng.random()
        if position is Position.FUNGSIONAL:
            direct = chance < (0.7 if service_unit else 0.08)
        elif position is Position.PELAKSANA:
            direct = chance < (0.3 if service_unit else 0.02)
        else:
            direct = False
        groups = plan.groups[jur]
        group: str | None = None
        if groups and rng.random() < _ROTATION_RATE:
            group = groups[int(rng.random() * len(groups))]
        users = plan.fact_users[jur]
        facts = tuple((f, f in users and rng.random() < FACT_RATE) for f in plan.facts)
        yield (f"E{i:07d}", _nip(rng, status), jur, agency.code, position, status, direct,
               group, facts)


def iter_workforce(n: int, *, seed: int = 0, ruleset: Resolver | RuleSet | None = None,
                   jurisdictions: Iterable[str] | None = None, start: int = 1
                   ) -> Iterator[Employee]:
    """Stream *n* synthetic employees (ids ``E0000001``, … from *start*)."""
    rs = _ruleset(ruleset)
    for row in _rows(rs, n, seed, jurisdictions, start):
        ident, nip, jur, agency, position, status, direct, group, facts = row
        yield Employee(jurisdiction=jur, agency=agency, position=position, status=status,
                       id=ident, nip=nip, direct_service=direct, rotation_group=group,
                       facts=facts)


def workforce(n: int, *, seed: int = 0, ruleset: Resolver | RuleSet | None = None,
              jurisdictions: Iterable[str] | None = None, start: int = 1) -> list[Employee]:
    """*n* synthetic employees drawn with *seed* from the agency catalog of *ruleset*.

    *ruleset* is a :class:`~kebijakan_asn.Resolver` or
    :class:`~kebijakan_asn.RuleSet` (default: the installed plugins);
    *jurisdictions* restricts the draw to those instansi.
    """
    return list(iter_workforce(n, seed=seed, ruleset=ruleset, jurisdictions=jurisdictions,
                               start=start))


def columns(n: int, *, seed: int = 0, ruleset: Resolver | RuleSet | None = None,
            jurisdictions: Iterable[str] | None = None, start: int = 1
            ) -> dict[str, list[Any]]:
    """The same employees as :func:`workforce`, as plain columns (no objects per row).

    Keys: :data:`COLUMNS` then ``fact:NAME`` for every declared fact; codes
    are strings, ``nip`` and ``rotation_group`` may be ``None``.  Feed it to
    ``pandas.DataFrame`` for :func:`kebijakan_asn.frame.decide_frame`, or
    write it as the CSV input of ``kebijakan-asn decide --input``.
    """
    rs = _ruleset(ruleset)
    out: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    fact_cols = [out.setdefault(f"fact:{f}", []) for f in sorted(rs.facts)]
    cols = [out[c] for c in COLUMNS]
    for row in _rows(rs, n, seed, jurisdictions, start):
        for col, value in zip(cols, row[:8], strict=True):
            col.append(value.value if isinstance(value, (Position, Status)) else value)
        for col, (_, value) in zip(fact_cols, row[8], strict=True):
            col.append(value)
    return out
