"""The exhaustive check: every kind of employee on every kind of working day.

The domain of a rule set is finite.  For a jurisdiction it is position ×
status × direct service × agency × facts (each fact a policy requires, true
and false) × rotation group (none, and each group of a rotation policy) × each
working day of the range.  :func:`check_ruleset` decides all of it and reports

* **conflicts** — employee-days on which two assigned grants tie and disagree
  (a :class:`~kebijakan_asn.ConflictError`);
* **policies that never fire** — in force on some working day, yet never
  ``granted`` (or ``enabling``) to anyone;
* **exemptions that never matter** — everyone they exempt would have been
  outside the policy anyway (another exemption, a rank rule, the statuses…);
* **overlaps** — two policies granting an arrangement to the same employee on
  the same day (not an error: the precedence rules combine them).

It stays fast by deciding one representative of each class of inputs the
rules cannot tell apart (the result is the same as deciding them all):

* days: the working days are grouped by *signature* — the policies in force,
  which of their periods, whether each provision's schedule falls on the day,
  and which rotation group is on duty.  Ordinary days of a year share one
  signature; a year has a handful;
* agencies: grouped by what exemptions and provisions can see of them — the
  codes, kinds and tags of the agency and its parents that some exemption or
  provision names, and whether the unit serves the public directly;
* positions: grouped by which rank rules keep them out; statuses by which
  policies cover them; facts that no policy requires are left out.

Counts in the report are of the full domain (a class counts as many
employee-days as it stands for).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from . import _labels
from ._codes import Grant, Position, Status
from ._errors import ConflictError, ValidationError
from ._explain import Context, person
from ._model import Employee, Exemption, Policy, Recurrence, Rotation
from ._resolver import Resolver
from ._rulebook import exemption_text

__all__ = [
    "CHECK_SCHEMA",
    "CheckReport",
    "Conflict",
    "NeverFires",
    "Overlap",
    "UnusedExemption",
    "check_ruleset",
    "default_years",
    "render_report",
]

CHECK_SCHEMA = "kebijakan-asn/check/1"

_FIRED = ("granted", "enabling")


@attrs.frozen
class Conflict:
    """Two policies whose assigned grants tie and disagree on some employee-days."""

    policies: tuple[str, str]
    message: str
    employee_days: int
    example: dict[str, Any] = attrs.field(eq=False)
    """The first employee-day found: ``jurisdiction``, ``date`` and ``employee``."""

    def to_dict(self) -> dict[str, Any]:
        return {"policies": list(self.policies), "message": self.message,
                "employee_days": self.employee_days, "example": self.example}


@attrs.frozen
class NeverFires:
    """A policy in force on some working days that applies to no one."""

    policy: str
    working_days: int
    """Working days of the range on which the policy is in force (in any jurisdiction)."""
    reasons: tuple[tuple[str, int], ...]
    """Why it did not apply: trace reason codes and their employee-day counts."""

    def to_dict(self) -> dict[str, Any]:
        return {"policy": self.policy, "working_days": self.working_days,
                "reasons": dict(self.reasons)}


@attrs.frozen
class UnusedExemption:
    """An exemption that changes no decision: its people are outside the policy anyway."""

    exemption: Exemption
    exempted: int
    """Employee-days the policy skipped with an ``exempt`` step (by this or another one)."""

    @property
    def selector(self) -> str:
        """``agency bappeda``, ``agency_kind kelurahan``, ``direct_service``…"""
        e = self.exemption
        if e.agency is not None:
            return f"agency {e.agency}"
        if e.agency_kind is not None:
            return f"agency_kind {e.agency_kind}"
        if e.agency_tag is not None:
            return f"agency_tag {e.agency_tag}"
        return "direct_service"

    def to_dict(self) -> dict[str, Any]:
        return {"policy": self.exemption.policy, "selector": self.selector,
                "reason": {"id": self.exemption.reason.id, "en": self.exemption.reason.en}}


@attrs.frozen
class Overlap:
    """Two policies granting an arrangement to the same employee on the same day."""

    policies: tuple[str, str]
    arrangements: tuple[str, str]
    employee_days: int
    example: dict[str, Any] = attrs.field(eq=False)

    def to_dict(self) -> dict[str, Any]:
        return {"policies": list(self.policies), "arrangements": list(self.arrangements),
                "employee_days": self.employee_days, "example": self.example}


@attrs.frozen
class CheckReport:
    """What :func:`check_ruleset` found."""

    start: dt.date
    end: dt.date
    jurisdictions: tuple[str, ...]
    ruleset: str
    employee_days: int
    """The size of the full domain: employees × working days, over every jurisdiction."""
    decisions: int
    """Decisions actually evaluated (one per class of employee × class of day)."""
    conflicts: tuple[Conflict, ...]
    never_fires: tuple[NeverFires, ...]
    unused_exemptions: tuple[UnusedExemption, ...]
    overlaps: tuple[Overlap, ...]
    not_in_force: tuple[str, ...]
    """Policies in scope whose periods overlap the years checked, yet hold no working
    day of them (all weekends and holidays)."""
    years: tuple[int, ...] = ()
    drafts: tuple[str, ...] = ()
    """Draft policies among those checked (evaluated as if drafts were asked for)."""

    @property
    def ok(self) -> bool:
        """No conflict (the other findings are warnings)."""
        return not self.conflicts

    def render(self, lang: str = "id") -> str:
        """The report as text, in Bahasa Indonesia (default) or English."""
        return render_report(self, lang)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON values (``schema`` ``kebijakan-asn/check/1``)."""
        return {
            "schema": CHECK_SCHEMA,
            "years": list(self.years),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "jurisdictions": list(self.jurisdictions),
            "ruleset": self.ruleset,
            "employee_days": self.employee_days,
            "decisions": self.decisions,
            "conflicts": [c.to_dict() for c in self.conflicts],
            "never_fires": [n.to_dict() for n in self.never_fires],
            "unused_exemptions": [u.to_dict() for u in self.unused_exemptions],
            "overlaps": [o.to_dict() for o in self.overlaps],
            "not_in_force": list(self.not_in_force),
            "drafts": list(self.drafts),
        }


# --------------------------------------------------------------------------- the domain


def _scope(resolver: Resolver, jurisdiction: str) -> list[Policy]:
    """Policies that can grant something to staff of *jurisdiction* (no work week, no
    calendar-only policy)."""
    return [p for p in resolver.ruleset.in_scope(jurisdiction)
            if p.provisions and not any(v.grant is Grant.BASELINE for v in p.provisions)]


def _policy_years(policies: Iterable[Policy]) -> set[int]:
    years: set[int] = set()
    for p in policies:
        for period in p.periods:
            last = period.end.year if period.end is not None else period.start.year + 1
            years.update(range(period.start.year, last + 1))
    return years


def default_years(resolver: Resolver, jurisdictions: Iterable[str] | None = None
                  ) -> tuple[int, ...]:
    """Every year in which a policy of *jurisdictions* (default: all) is in force.

    An open-ended period counts for the year it starts and the next.  The
    work week and the holiday calendar, in force always, do not count.
    """
    codes = list(jurisdictions) if jurisdictions is not None else list(
        resolver.ruleset.jurisdictions)
    policies = {p.id: p for j in codes for p in _scope(resolver, j)}
    return tuple(sorted(_policy_years(policies.values())))


def _classes(items: Iterable[Any], key: Any, reduce: bool = True) -> list[list[Any]]:
    """Group *items* by ``key(item)``, keeping the first-seen order (with *reduce*
    false, every item is its own class)."""
    groups: dict[Any, list[Any]] = {}
    for item in items:
        groups.setdefault(key(item) if reduce else item, []).append(item)
    return list(groups.values())


class _Domain:
    """The classes of employees and days of one jurisdiction."""

    def __init__(self, resolver: Resolver, jurisdiction: str, years: Sequence[int],
                 reduce: bool = True) -> None:
        rs = resolver.ruleset
        self.reduce = reduce
        self.jurisdiction = jurisdiction
        self.scope = _scope(resolver, jurisdiction)
        exemptions = [e for p in self.scope for e in resolver.exemptions_of(p.id)]
        rank_rules = [r for p in self.scope for r in resolver.rank_rules_of(p.id)]
        named_codes = {e.agency for e in exemptions if e.agency is not None}
        named_kinds = {e.agency_kind for e in exemptions if e.agency_kind is not None}
        named_tags = {e.agency_tag for e in exemptions if e.agency_tag is not None}
        named_tags |= {t for p in self.scope for v in p.provisions for t in v.agency_tags}

        def agency_key(code: str) -> tuple[Any, ...]:
            chain = [rs.agencies[(jurisdiction, c)] for c in rs.ancestors(jurisdiction, code)]
            return (
                frozenset(a.code for a in chain) & named_codes,
                frozenset(a.kind for a in chain) & named_kinds,
                frozenset(t for a in chain for t in a.tags) & named_tags,
                any(a.direct_service for a in chain),
            )

        self.agencies = _classes((a.code for a in rs.agencies_of(jurisdiction)), agency_key,
                                 reduce)
        self.positions = _classes(Position, lambda p: tuple(r.blocks(p) for r in rank_rules),
                                  reduce)
        self.statuses = _classes(Status, lambda s: tuple(s in p.statuses for p in self.scope),
                                 reduce)
        self.facts = sorted({f for p in self.scope for f in p.facts_read})
        groups = {g for p in self.scope for v in p.provisions
                  if isinstance(v.schedule, Rotation) for g in v.schedule.groups}
        self.groups: list[str | None] = [None, *sorted(groups)]
        self.employees_per_day = (len(rs.agencies_of(jurisdiction)) * len(Position)
                                  * len(Status) * 2 * 2 ** len(self.facts) * len(self.groups))
        self.days = self._day_classes(resolver, years)
        self.working_days = sum(len(days) for days in self.days)

    def _day_classes(self, resolver: Resolver, years: Sequence[int]) -> list[list[dt.date]]:
        jur = self.jurisdiction
        classes: dict[object, list[dt.date]] = {}
        for year in years:
            day = dt.date(year, 1, 1)
            while day.year == year:
                if resolver.is_working_day(jur, day):
                    key: object = self._signature(resolver, day) if self.reduce else day
                    classes.setdefault(key, []).append(day)
                day += dt.timedelta(days=1)
        return list(classes.values())

    def _signature(self, resolver: Resolver, day: dt.date) -> tuple[Any, ...]:
        baseline, _ = resolver._baseline(self.jurisdiction, day)
        out: list[Any] = [(baseline.id, baseline.citation_on(day))]
        for p in self.scope:
            period = p.period_on(day)
            if period is None:
                continue
            marks: list[object] = []
            for v in p.provisions:
                if isinstance(v.schedule, Recurrence):
                    marks.append(v.schedule.contains(day, period.start))
                elif isinstance(v.schedule, Rotation):
                    index = resolver._rotation_day(self.jurisdiction, p, period, day)
                    marks.append(v.schedule.group_of(index))
                else:
                    marks.append(None)
            out.append((p.id, p.periods.index(period), tuple(marks)))
        return tuple(out)

    def employees(self) -> Iterator[tuple[Employee, int]]:
        """One employee per class, with the number of employees it stands for."""
        for agencies, positions, statuses, direct, facts, group in itertools.product(
            self.agencies, self.positions, self.statuses, (False, True),
            itertools.product((False, True), repeat=len(self.facts)), self.groups,
        ):
            employee = Employee(
                jurisdiction=self.jurisdiction, agency=agencies[0], position=positions[0],
                status=statuses[0], direct_service=direct, rotation_group=group,
                facts=dict(zip(self.facts, facts, strict=True)),
            )
            yield employee, len(agencies) * len(positions) * len(statuses)


# --------------------------------------------------------------------------- checking


class _Findings:
    def __init__(self) -> None:
        self.fired: set[str] = set()
        self.in_force_days: dict[str, set[dt.date]] = {}
        self.blocked: dict[str, dict[str, int]] = {}
        self.conflicts: dict[tuple[str, str], Conflict] = {}
        self.overlaps: dict[tuple[str, str], Overlap] = {}
        self.exempted: dict[str, int] = {}
        self.exempt_cases: dict[str, list[tuple[Employee, dt.date]]] = {}


def _example(employee: Employee, day: dt.date) -> dict[str, Any]:
    data = employee.to_dict()
    for key in ("id", "nip"):
        data.pop(key)
    return {"jurisdiction": employee.jurisdiction, "date": day.isoformat(), "employee": data}


def _steps_without_combining(resolver: Resolver, employee: Employee, day: dt.date
                             ) -> list[tuple[str, str, str | None]]:
    """Each in-force policy's own verdict, for an employee-day whose decision
    fails with a conflict: ``(policy, reason, arrangement)``."""
    rs = resolver.ruleset
    in_force = [p for p in _scope(resolver, employee.jurisdiction) if p.period_on(day)]
    ids = {p.id for p in in_force}
    out: list[tuple[str, str, str | None]] = []
    for p in in_force:
        if set(resolver._amended_by.get(p.id, ())) & ids:
            out.append((p.id, "replaced", None))
            continue
        step, provision = resolver._consider(employee, rs.policies[p.id], day)
        out.append((p.id, step.reason,
                    provision.arrangement.value if provision is not None else None))
    return out


def check_ruleset(
    resolver: Resolver,
    *,
    jurisdictions: str | Iterable[str] | None = None,
    years: int | Iterable[int] | None = None,
    reduce: bool = True,
) -> CheckReport:
    """Decide the whole finite domain of the rule set and report what is wrong or useless.

    *jurisdictions* defaults to every jurisdiction of the rule set (national
    policies are checked for the staff of each); *years* defaults to
    :func:`default_years`.  Drafts are evaluated as if asked for, since a
    decision may ask for them.  Raises :class:`ValidationError` for an unknown
    jurisdiction; never raises :class:`ConflictError` (conflicts are reported).

    With *reduce* false every employee and every working day is decided, not
    one per class: the same report, much slower (the tests use it to show the
    reduction is exact).
    """
    rs = resolver.ruleset
    if isinstance(jurisdictions, str):
        jurisdictions = [jurisdictions]
    codes = sorted(set(jurisdictions)) if jurisdictions is not None else list(rs.jurisdictions)
    for code in codes:
        if code not in rs.jurisdictions:
            raise ValidationError.invalid("jurisdiction", code, rs.jurisdictions,
                                          "unknown jurisdiction; expected")
    if isinstance(years, int):
        years = [years]
    year_list = sorted(set(years)) if years is not None else list(default_years(resolver, codes))

    found = _Findings()
    employee_days = 0
    decisions = 0
    judged: dict[str, Policy] = {}
    for code in codes:
        domain = _Domain(resolver, code, year_list, reduce)
        judged.update((p.id, p) for p in domain.scope)
        employee_days += domain.employees_per_day * domain.working_days
        employees = list(domain.employees())
        for days in domain.days:
            day = days[0]
            for p in domain.scope:
                if p.period_on(day) is not None:
                    found.in_force_days.setdefault(p.id, set()).update(days)
            for employee, weight in employees:
                decisions += 1
                _decide_one(resolver, found, employee, day, weight * len(days), judged)

    return CheckReport(
        start=dt.date(year_list[0], 1, 1) if year_list else dt.date.min,
        end=dt.date(year_list[-1], 12, 31) if year_list else dt.date.min,
        years=tuple(year_list),
        jurisdictions=tuple(codes),
        ruleset=rs.fingerprint,
        employee_days=employee_days,
        decisions=decisions,
        conflicts=tuple(found.conflicts[k] for k in sorted(found.conflicts)),
        never_fires=tuple(
            NeverFires(pid, len(found.in_force_days[pid]),
                       tuple(sorted(found.blocked.get(pid, {}).items())))
            for pid in sorted(found.in_force_days) if pid not in found.fired
        ),
        unused_exemptions=_unused_exemptions(resolver, found, judged),
        overlaps=tuple(found.overlaps[k] for k in sorted(found.overlaps)),
        not_in_force=tuple(sorted(
            pid for pid, p in judged.items()
            if pid not in found.in_force_days and _touches(p, year_list))),
        drafts=tuple(sorted(pid for pid, p in judged.items() if p.is_draft)),
    )


def _touches(policy: Policy, years: Sequence[int]) -> bool:
    """Whether a period of *policy* overlaps one of *years*."""
    return any(
        period.start.year <= year and (period.end is None or period.end.year >= year)
        for period in policy.periods for year in years)


def _decide_one(resolver: Resolver, found: _Findings, employee: Employee, day: dt.date,
                weight: int, scope: dict[str, Policy]) -> None:
    try:
        decision = resolver.decide(employee, day, include_drafts=True)
        steps = [(s.policy or "", s.reason,
                  s.arrangement.value if s.arrangement is not None else None)
                 for s in decision.trace
                 if s.verdict in ("applies", "not-applicable", "replaced")]
    except ConflictError as exc:
        first, second = exc.policies
        pair = (min(first, second), max(first, second))
        known = found.conflicts.get(pair)
        found.conflicts[pair] = Conflict(
            pair, known.message if known else str(exc),
            (known.employee_days if known else 0) + weight,
            known.example if known else _example(employee, day))
        steps = _steps_without_combining(resolver, employee, day)
    else:
        pair = ("", "")
    granted: list[tuple[str, str]] = []
    for pid, reason, arrangement in steps:
        if pid not in scope:
            continue
        if reason in _FIRED:
            found.fired.add(pid)
            if reason != "enabling":
                granted.append((pid, arrangement or ""))
            continue
        counts = found.blocked.setdefault(pid, {})
        counts[reason] = counts.get(reason, 0) + weight
        if reason == "exempt":
            found.exempted[pid] = found.exempted.get(pid, 0) + weight
            found.exempt_cases.setdefault(pid, []).append((employee, day))
    for (a, x), (b, y) in itertools.combinations(sorted(set(granted)), 2):
        if a == b or (a, b) == pair:
            continue  # one policy, two provisions; or the conflict itself
        known_overlap = found.overlaps.get((a, b))
        found.overlaps[(a, b)] = Overlap(
            (a, b), (x, y), (known_overlap.employee_days if known_overlap else 0) + weight,
            known_overlap.example if known_overlap else _example(employee, day))


def _unused_exemptions(resolver: Resolver, found: _Findings, judged: dict[str, Policy]
                       ) -> tuple[UnusedExemption, ...]:
    """Exemptions whose removal would let no exempted employee-day into its policy."""
    rs = resolver.ruleset
    out = []
    for exemption in rs.exemptions:
        # The policies this exemption governs: its own and those amending it.
        governed = [pid for pid in judged if exemption in resolver.exemptions_of(pid)]
        if not any(pid in found.in_force_days for pid in governed):
            continue  # not judged: none of its policies is in force in the range
        variant = Resolver(ruleset=rs)
        variant._exemptions = {pid: tuple(e for e in ex if e is not exemption)
                               for pid, ex in resolver._exemptions.items()}
        matters = False
        for pid in governed:
            for employee, day in found.exempt_cases.get(pid, ()):
                if variant._consider(employee, rs.policies[pid], day)[1] is not None:
                    matters = True
                    break
            if matters:
                break
        if not matters:
            out.append(UnusedExemption(exemption, sum(found.exempted.get(pid, 0)
                                                      for pid in governed)))
    return tuple(out)


# --------------------------------------------------------------------------- rendering

_WORDS = {
    "id": {
        "head": "Pemeriksaan menyeluruh {range}: {jurisdictions}",
        "domain": "cakupan: {employee_days} hari-pegawai; {decisions} keputusan dievaluasi "
                  "(satu per kelompok pegawai yang diputus sama)",
        "conflicts": "Konflik",
        "never_fires": "Kebijakan yang tidak pernah berlaku bagi siapa pun",
        "unused": "Pengecualian yang tidak pernah berpengaruh",
        "overlaps": "Kebijakan yang tumpang tindih",
        "not_in_force": "Berlaku dalam rentang ini, tetapi tidak pada hari kerja mana pun",
        "none": "tidak ada",
        "draft": "rancangan",
        "days": "hari kerja",
        "employee_days": "hari-pegawai",
        "example": "contoh",
        "reasons": "alasan",
        "ok": "Tidak ada konflik.",
        "bad": "{n} konflik: keputusan pada hari-hari itu gagal karena dua kebijakan "
               "mewajibkan pengaturan yang berbeda dengan kedudukan yang sama.",
    },
    "en": {
        "head": "Exhaustive check {range}: {jurisdictions}",
        "domain": "domain: {employee_days} employee-days; {decisions} decisions evaluated "
                  "(one per class of employees decided alike)",
        "conflicts": "Conflicts",
        "never_fires": "Policies that never apply to anyone",
        "unused": "Exemptions that never matter",
        "overlaps": "Overlapping policies",
        "not_in_force": "In force in the range, but on no working day",
        "none": "none",
        "draft": "draft",
        "days": "working days",
        "employee_days": "employee-days",
        "example": "e.g.",
        "reasons": "reasons",
        "ok": "No conflict.",
        "bad": "{n} conflict(s): decisions on those days fail with a ConflictError.",
    },
}
_REASON_WORDS = {
    "id": {"status-not-covered": "status kepegawaian tidak tercakup",
           "fact-missing": "keadaan yang disyaratkan tidak terpenuhi",
           "exempt": "dikecualikan", "rank-excluded": "jabatan dikecualikan",
           "no-provision": "tidak ada butir yang mengatur", "schedule-off": "di luar jadwal",
           "rotation-off": "bukan giliran kelompoknya",
           "rotation-unknown-group": "kelompok rotasi tidak dikenal",
           "replaced": "digantikan", "granted": "berlaku", "enabling": "memungkinkan"},
    "en": {"status-not-covered": "status not covered", "fact-missing": "required fact absent",
           "exempt": "exempt", "rank-excluded": "position excluded",
           "no-provision": "no provision covers the agency", "schedule-off": "off schedule",
           "rotation-off": "not the group's turn",
           "rotation-unknown-group": "unknown rotation group",
           "replaced": "replaced", "granted": "applies", "enabling": "enables"},
}


def _who(example: dict[str, Any], lang: str, catalog: _labels.Catalog) -> str:
    e = Employee.from_dict(example["employee"])
    bits = person(e, lang, catalog)
    facts = [catalog.fact(k, lang) for k, v in sorted(e.facts) if v]
    if facts:
        bits += "; " + ", ".join(facts)
    return f"{bits}, {_labels.day(dt.date.fromisoformat(example['date']), lang)}"


def render_report(report: CheckReport, lang: str = "id") -> str:
    """The report as text, in Bahasa Indonesia (default) or English: policies by
    their citation, agencies and positions by their names, numbers and dates
    written in the language's format."""
    lang = _labels.check_lang(lang)
    w = _WORDS[lang]
    catalog = _labels.catalog(report.ruleset)
    ctx = Context(catalog)
    n = functools.partial(_labels.number, lang=lang)
    span = (_labels.join((str(y) for y in report.years), lang) if report.years
            else _labels.date_range(report.start, report.end, lang))
    lines = [
        w["head"].format(range=span, jurisdictions=_labels.join(
            (catalog.government(j) for j in report.jurisdictions), lang)),
        "  " + w["domain"].format(employee_days=n(report.employee_days),
                                  decisions=n(report.decisions)),
    ]

    def mark(pid: str) -> str:
        cited = ctx.cite(pid, lang)
        return f"{cited} [{w['draft']}]" if pid in report.drafts else cited

    def section(title: str, items: Sequence[str]) -> None:
        lines.append(f"{title}: {w['none']}" if not items else f"{title}:")
        lines.extend(f"  - {item}" for item in items)

    section(w["conflicts"], [
        f"{mark(a)} × {mark(b)}: {n(c.employee_days)} {w['employee_days']} ({w['example']} "
        f"{_who(c.example, lang, catalog)})" for c in report.conflicts for a, b in [c.policies]])
    section(w["never_fires"], [
        f"{mark(x.policy)}: {n(x.working_days)} {w['days']}; {w['reasons']}: "
        + ", ".join(f"{_REASON_WORDS[lang].get(r, r)} {n(k)}" for r, k in x.reasons)
        for x in report.never_fires])
    section(w["unused"], [
        f"{mark(u.exemption.policy)}: "
        f"{exemption_text(u.exemption, u.exemption.policy.split('/')[0], catalog, lang)} — "
        f"{u.exemption.reason(lang)}" for u in report.unused_exemptions])
    section(w["overlaps"], [
        f"{mark(a)} ({_labels.arrangement(x)}) × {mark(b)} ({_labels.arrangement(y)}): "
        f"{n(o.employee_days)} {w['employee_days']} ({w['example']} "
        f"{_who(o.example, lang, catalog)})"
        for o in report.overlaps for (a, b), (x, y) in [(o.policies, o.arrangements)]])
    section(w["not_in_force"], [mark(p) for p in report.not_in_force])
    lines.append(w["ok"] if report.ok else w["bad"].format(n=len(report.conflicts)))
    return "\n".join(lines)
