"""Planning and checking rosters against a policy's quota (SPEC §8).

Who may be rostered is not re-derived here: each employee-day is decided by the
resolver itself (without the rotation group, which a roster replaces), and the trace
says whether the policy's provision permitting the arrangement under ``jadwal-unit``
applies, or which step (status, fact, exemption, rank rule, schedule) keeps the
employee in.  Employees the rules cannot tell apart share one evaluation per day.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Sequence
from fractions import Fraction

import attrs

from .. import _labels
from .._codes import Arrangement, Grant
from .._decision import Outcome, TraceStep
from .._errors import ValidationError
from .._explain import Context, step_sentence
from .._model import Employee, Policy, Provision, Quota, Text
from .._resolver import DateLike, Resolver, _rosterable, as_date
from ._data import Roster, RosterRow, gc_paused

__all__ = [
    "RosterCheck",
    "RosterPlan",
    "RosterViolation",
    "UnitCheck",
    "UnitPlan",
    "check_roster",
    "plan_roster",
]

_Class = tuple[object, ...]
"""What the rules can read of an employee (the resolver's memo key without the group)."""


def _class_of(e: Employee) -> _Class:
    return (e.jurisdiction, e.agency, e.position, e.status, e.direct_service, e.facts)


def _unit_key(quota: Quota, e: Employee) -> tuple[str, str, str | None]:
    return (e.jurisdiction, e.agency, e.unit if quota.per == "unit" else None)


def _unit_label(key: tuple[str, str, str | None]) -> str:
    _, agency, unit = key
    return f"{agency} / {unit}" if unit else agency


def _unit_name(catalog: _labels.Catalog, key: tuple[str, str, str | None]) -> str:
    """The unit in words: ``Bidang Pelayanan Kesehatan, Dinas Kesehatan Kota Bandung``, or
    the perangkat daerah's catalog name (its code spelt out where the rule set has none)."""
    jurisdiction, agency, unit = key
    name = catalog.agency(jurisdiction, agency)
    return f"{unit}, {name}" if unit else name


def _cited(citation: _labels.CitationLike) -> Text:
    """The formal citation in Bahasa Indonesia and English."""
    return Text(_labels.cite(citation, "id"), _labels.cite(citation, "en"))


@attrs.frozen
class _Verdict:
    """One employee class on one day, for one arrangement: the provisions that would let
    a roster assign it (``granted``), or the steps that keep the employee in."""

    libur: tuple[TraceStep, ...] = ()
    granted: tuple[tuple[Policy, Provision], ...] = ()
    blocked: tuple[tuple[Policy, TraceStep], ...] = ()


class _Judge:
    """The resolver's verdicts per employee class and day (shared, computed once)."""

    def __init__(self, resolver: Resolver, include_drafts: bool) -> None:
        self.resolver = resolver
        self.include_drafts = include_drafts
        self._memo: dict[tuple[_Class, dt.date, Arrangement], _Verdict] = {}
        self._scope: dict[tuple[str, Arrangement], list[Policy]] = {}
        self._quotas: dict[str, list[Quota]] = {}
        self._someone: dict[_Class, Employee] = {}
        self._by_outcome: dict[tuple[int, Arrangement], tuple[Outcome, _Verdict]] = {}
        rs = resolver.ruleset
        self._rosterable = {
            arrangement: {p.id: tuple(v for v in p.provisions
                                      if _rosterable(p, v, arrangement))
                          for p in rs.policies.values()}
            for arrangement in (Arrangement.WFH, Arrangement.WFA)
        }

    def verdict(self, e: Employee, day: dt.date, arrangement: Arrangement) -> _Verdict:
        kind = _class_of(e)
        key = (kind, day, arrangement)
        found = self._memo.get(key)
        if found is None:
            someone = self._someone.get(kind)
            if someone is None:  # the class without what a roster does not read
                someone = self._someone[kind] = attrs.evolve(
                    e, rotation_group=None, id=None, nip=None, unit=None)
            found = self._memo[key] = self._judge(someone, day, arrangement)
        return found

    def _judge(self, someone: Employee, day: dt.date, arrangement: Arrangement) -> _Verdict:
        outcome = self.resolver.decide(someone, day, include_drafts=self.include_drafts).outcome
        # The resolver shares one outcome between the employees it cannot tell apart.
        known = self._by_outcome.get((id(outcome), arrangement))
        if known is None or known[0] is not outcome:
            known = self._by_outcome[(id(outcome), arrangement)] = (
                outcome, self._read(outcome, arrangement))
        return known[1]

    def _read(self, decision: Outcome, arrangement: Arrangement) -> _Verdict:
        if decision.arrangement is Arrangement.LIBUR:
            return _Verdict(libur=tuple(s for s in decision.trace
                                        if s.reason in ("weekend", "holiday")))
        rs = self.resolver.ruleset
        table = self._rosterable[arrangement]
        granted: list[tuple[Policy, Provision]] = []
        blocked: list[tuple[Policy, TraceStep]] = []
        for step in decision.trace:
            provisions = table.get(step.policy or "", ())
            if not provisions:
                continue
            policy = rs.policies[step.policy or ""]
            chosen = [v for v in provisions
                      if step.verdict == "applies" and step.reason == "granted"
                      and step.grant is Grant.PERMITTED and step.arrangement is arrangement
                      and (v.label is None or len(provisions) == 1
                           or v.label.id == step.param("label", "id"))]
            if chosen:
                granted.append((policy, chosen[0]))
            else:
                blocked.append((policy, step))
        return _Verdict(granted=tuple(granted), blocked=tuple(blocked))

    def policies_for(self, e: Employee, arrangement: Arrangement) -> list[Policy]:
        """The policies of *e*'s scope a roster could use for *arrangement*."""
        key = (e.jurisdiction, arrangement)
        found = self._scope.get(key)
        if found is None:
            rs = self.resolver.ruleset
            table = self._rosterable[arrangement]
            found = self._scope[key] = [
                p for p in rs.in_scope(e.jurisdiction) if table.get(p.id)
                and (self.include_drafts or not p.is_draft)]
        return found

    def quotas_for(self, e: Employee) -> list[Quota]:
        """The distinct quotas of the policies a roster could use for *e*."""
        found = self._quotas.get(e.jurisdiction)
        if found is None:
            found = self._quotas[e.jurisdiction] = list(dict.fromkeys(
                v.quota for a in (Arrangement.WFH, Arrangement.WFA)
                for p in self.policies_for(e, a) for v in p.provisions
                if v.quota is not None))
        return found


def _employees(resolver: Resolver, employees: Iterable[Employee]) -> list[Employee]:
    out = list(employees)
    seen: set[str] = set()
    for e in out:
        resolver.check(e)
        if e.id is not None:
            if e.id in seen:
                raise ValidationError("id", e.id, "appears twice in the employee file; a "
                                      "roster names employees by id, so ids must be unique")
            seen.add(e.id)
    return out


def _quota_provision(policy: Policy, policies: Iterable[Policy]) -> Provision:
    for v in policy.provisions:
        if v.quota is not None and _rosterable(policy, v, v.quota.arrangement):
            return v
    with_quota = sorted(p.id for p in policies if any(v.quota for v in p.provisions))
    raise ValidationError("policy", policy.id, "has no quota to plan a roster for; "
                          "policies with a quota: " + (", ".join(with_quota) or "none"))


# --------------------------------------------------------------------------- plan


@attrs.frozen
class UnitPlan:
    """One unit of a planned roster: its headcount, eligible staff, cap and days."""

    unit: str
    """The perangkat daerah (agency code), or ``agency / unit`` when counted per unit."""
    headcount: int
    """Staff of the unit in the workforce (in the policy's jurisdiction)."""
    eligible: int
    """Staff the policy lets a roster send away on at least one day of the period."""
    cap: int
    """The most of the unit away on one working day (the largest daily cap)."""
    days: int
    """Working days of the period on which the unit has someone away."""
    planned: int
    """Rows planned (employee-days away)."""
    fewest: int
    """Fewest days away of an eligible employee."""
    most: int
    """Most days away of an eligible employee."""
    unit_name: str | None = None
    """The unit in words (``Bidang …, Dinas Kesehatan Kota Bandung``); :attr:`unit` is its
    code."""


@attrs.frozen
class RosterPlan:
    """The result of :func:`plan_roster`: the roster and a summary per unit."""

    policy: str
    quota: Quota
    """The quota planned to (with the share asked for, when lower than the policy's)."""
    start: dt.date
    end: dt.date
    days: tuple[dt.date, ...]
    """The working days of the period, inside the policy's periods."""
    roster: Roster
    units: tuple[UnitPlan, ...]
    without_id: int
    """Employees in scope left out because they have no ``id`` to be rostered by."""

    def table(self, lang: str = "id") -> str:
        """The per-unit summary as an aligned text table (units by their names)."""
        head = (("unit", "staff", "eligible", "cap/day", "days", "rows", "days per person")
                if _labels.check_lang(lang) == "en" else
                ("unit kerja", "pegawai", "memenuhi syarat", "batas/hari", "hari", "baris",
                 "hari per orang"))
        n = functools.partial(_labels.number, lang=lang)
        rows = [(u.unit_name or u.unit, n(u.headcount), n(u.eligible), n(u.cap), n(u.days),
                 n(u.planned), f"{n(u.fewest)}–{n(u.most)}" if u.fewest != u.most
                 else n(u.most)) for u in self.units]
        return _table(head, rows)


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    lines = []
    for r in (head, *rows):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True)))
                     .rstrip())
    return "\n".join(lines)


def _period(policy: Policy, start: DateLike | None, end: DateLike | None
            ) -> tuple[dt.date, dt.date]:
    first = as_date(start, "start") if start is not None else policy.periods[0].start
    last_end = policy.periods[-1].end
    if end is not None:
        last = as_date(end, "end")
    elif last_end is not None:
        last = last_end
    else:
        raise ValidationError("end", None, f"{policy.id} has no end date; give the last "
                              "day of the roster")
    if last < first:
        raise ValidationError("end", last.isoformat(), "the period runs backwards; expected "
                              f"a date on or after {first.isoformat()}")
    return first, last


def plan_roster(resolver: Resolver, employees: Iterable[Employee], policy: str, *,
                start: DateLike | None = None, end: DateLike | None = None,
                share: Fraction | str | None = None,
                include_drafts: bool = False) -> RosterPlan:
    """A fair, deterministic roster for *employees* under *policy*'s quota.

    Every working day of *start*..*end* (default: the policy's period) inside the
    policy's periods, each unit (per the quota: the perangkat daerah, or the
    employee's ``unit``) gets its cap — the quota's share (or the lower *share*
    asked for) of its headcount, rounded as the quota says — of its eligible staff
    away.  The staff away are those with the fewest days away so far; among equals,
    the one away least recently, then the first in the employee file: a rotation in
    file order, so that the days away of the staff eligible on the same days differ
    by at most one.  Eligibility is the resolver's own decision of the employee's day
    (rotation group set aside).  Employees without an ``id`` cannot be rostered
    (counted in :attr:`RosterPlan.without_id`).
    """
    with gc_paused():
        return _plan(resolver, employees, policy, start, end, share, include_drafts)


def _plan(resolver: Resolver, employees: Iterable[Employee], policy: str,
          start: DateLike | None, end: DateLike | None, share: Fraction | str | None,
          include_drafts: bool) -> RosterPlan:
    rs = resolver.ruleset
    if policy not in rs.policies:
        raise ValidationError.invalid("policy", policy, rs.policies, "unknown policy; expected")
    pol = rs.policies[policy]
    provision = _quota_provision(pol, rs.policies.values())
    quota = provision.quota
    assert quota is not None
    if share is not None:
        wanted = Quota(quota.arrangement, share, quota.per, quota.headcount, quota.rounding)
        if wanted.share > quota.share:
            raise ValidationError("share", share, f"at most the quota's own share "
                                  f"{quota.share} ({quota.describe('en')})")
        quota = attrs.evolve(quota, share=wanted.share)
    first, last = _period(pol, start, end)
    staff = [e for e in _employees(resolver, employees)
             if pol.jurisdiction in ("nasional", e.jurisdiction)]
    judge = _Judge(resolver, include_drafts)
    names = _labels.register(rs)
    units: dict[tuple[str, str, str | None], list[int]] = {}
    for i, e in enumerate(staff):
        units.setdefault(_unit_key(quota, e), []).append(i)

    # The candidate days: inside the policy's periods and, for a regional policy, working
    # days of its jurisdiction (eligibility, decided per employee, says the rest).
    days: list[dt.date] = []
    day = first
    while day <= last:
        if pol.period_on(day) is not None and (
                pol.jurisdiction == "nasional"
                or resolver.is_working_day(pol.jurisdiction, day)):
            days.append(day)
        day += dt.timedelta(days=1)

    # Eligibility per employee class and day, from the resolver's own decisions.
    classes: dict[_Class, tuple[bool, ...]] = {}
    class_of = [_class_of(e) for e in staff]
    for i, e in enumerate(staff):
        if class_of[i] not in classes:
            classes[class_of[i]] = tuple(
                any(v is provision for _, v in judge.verdict(e, d, quota.arrangement).granted)
                for d in days)

    count = [0] * len(staff)
    last_away = [-1] * len(staff)
    chosen_by_day: list[list[int]] = [[] for _ in days]
    summary: list[UnitPlan] = []
    for key, members in units.items():
        by_class: dict[_Class, list[int]] = {}
        for i in members:
            by_class.setdefault(class_of[i], []).append(i)
        kinds = list(by_class.items())
        ever = sum(len(idx) for c, idx in kinds if any(classes[c]))
        rosterable = [[i for i in idx if staff[i].id is not None] for _, idx in kinds]
        caps: list[int] = []
        active = planned = 0
        pool_of: tuple[bool, ...] | None = None
        order: list[int] = []
        for n in range(len(days)):
            flags = tuple(classes[c][n] for c, _ in kinds)
            if flags != pool_of:  # another pool: sort it by (days away, last away, index)
                pool_of = flags
                order = sorted((i for f, idx in zip(flags, rosterable, strict=True) if f
                                for i in idx), key=lambda i: (count[i], last_away[i], i))
            eligible = sum(len(idx) for f, (_, idx) in zip(flags, kinds, strict=True) if f)
            cap = quota.cap(len(members) if quota.headcount == "all" else eligible)
            caps.append(cap)
            k = min(cap, len(order))
            picked, rest = order[:k], order[k:]
            for i in picked:
                count[i] += 1
                last_away[i] = n
            # The picked now have the largest keys, unless the pool's counts spread by more
            # than one (someone joined late): then sort again, as the definition says.
            if picked and rest and count[rest[-1]] > count[picked[0]]:
                order = sorted(order, key=lambda i: (count[i], last_away[i], i))
            else:
                picked.sort(key=lambda i: (count[i], i))
                order = rest + picked
            chosen_by_day[n].extend(picked)
            planned += k
            active += bool(k)
        away = [count[i] for c, idx in kinds if any(classes[c]) for i in idx
                if staff[i].id is not None]
        summary.append(UnitPlan(_unit_label(key), len(members), ever, max(caps, default=0),
                                active, planned, min(away, default=0), max(away, default=0),
                                _unit_name(names, key)))
    arrangement = quota.arrangement
    rows: list[RosterRow] = []
    line = 1  # the header; rows are numbered as in the roster's CSV file
    for d, chosen in zip(days, chosen_by_day, strict=True):
        for i in sorted(chosen):
            line += 1
            rows.append(RosterRow._trusted(str(staff[i].id), d, arrangement, line))
    without_id = sum(1 for e in staff if e.id is None)
    return RosterPlan(policy, quota, first, last, tuple(days), Roster(rows, "plan"),
                      tuple(sorted(summary, key=lambda u: u.unit)), without_id)


# --------------------------------------------------------------------------- check


KINDS = ("unknown-id", "non-working-day", "outside-period", "ineligible", "over-quota")
"""The kinds of roster violation, in the order ``roster check`` reports them."""


@attrs.frozen
class RosterViolation:
    """One breach of the rules by a roster (SPEC §8), with its citation."""

    kind: str
    """One of :data:`KINDS`."""
    date: dt.date
    line: int | None = None
    """The roster line (``None`` for a unit over its quota: a day, not a row)."""
    id: str | None = None
    unit: str | None = None
    count: int | None = None
    cap: int | None = None
    headcount: int | None = None
    policy: str | None = None
    citation: str | None = None
    reason: Text | None = None
    """Why, in words: the rule that keeps the employee in, the calendar, the quota."""

    unit_name: str | None = None
    """The unit in words (``Bidang …, Dinas Kesehatan Kota Bandung``), for a unit over its
    quota; :attr:`unit` is its code."""
    citation_en: str | None = None
    """The formal citation in English (:attr:`citation` is the Indonesian one)."""

    def message(self, lang: str = "id", source: str = "roster") -> str:
        """One line: ``FILE:LINE: who on date: what — why (citation)``, dates written out,
        units by their names and rules by their formal citations."""
        lang = _labels.check_lang(lang)
        where = f"{source}:{self.line}" if self.line is not None else source
        why = self.reason(lang) if self.reason is not None else ""
        en = lang == "en"
        cited = (self.citation_en or self.citation) if en else self.citation
        date = _labels.day(self.date, lang)
        who = f"{self.id} on {date}" if en else f"{self.id} pada {date}"
        if self.kind == "unknown-id":
            text = (f"unknown employee id {self.id!r}: not in the employee file" if en else
                    f"id pegawai {self.id!r} tidak ada dalam data pegawai")
        elif self.kind == "non-working-day":
            text = (f"{who}: not a working day — {why}" if en
                    else f"{who}: bukan hari kerja — {why}")
            if cited:
                text += f" ({cited})"
        elif self.kind == "outside-period":
            text = f"{who}: {why}"
        elif self.kind == "ineligible":
            rule = f"{cited}: {why}" if cited else why
            text = (f"{who}: may not be rostered away from the office — {rule}" if en else
                    f"{who}: tidak boleh dijadwalkan bekerja di luar kantor — {rule}")
        else:
            unit = self.unit_name or self.unit
            count, cap = (_labels.number(self.count or 0, lang),
                          _labels.number(self.cap or 0, lang))
            headcount = _labels.number(self.headcount or 0, lang)
            text = (f"{unit}, on {date}: {count} staff rostered away, over the cap of {cap} "
                    f"({why}; headcount {headcount})" if en else
                    f"{unit}, pada {date}: {count} pegawai dijadwalkan di luar kantor, "
                    f"melebihi batas {cap} orang ({why}; jumlah pegawai {headcount})")
            if cited:
                text += f" — {cited}"
        return f"{where}: {text}"


@attrs.frozen
class UnitCheck:
    """One unit of a checked roster: its headcount, rows and busiest day."""

    unit: str
    policy: str
    headcount: int
    rows: int
    peak: int
    """The most staff away on one day."""
    cap: int
    """The cap on that busiest day."""
    unit_name: str | None = None
    """The unit in words; :attr:`unit` is its code."""
    citation: str | None = None
    """The policy's formal citation (Bahasa Indonesia)."""
    citation_en: str | None = None
    """The policy's formal citation in English."""


@attrs.frozen
class RosterCheck:
    """The result of :func:`check_roster`."""

    fingerprint: str
    rows: int
    violations: tuple[RosterViolation, ...]
    units: tuple[UnitCheck, ...]

    @property
    def ok(self) -> bool:
        """No violation."""
        return not self.violations

    def table(self, lang: str = "id") -> str:
        """The per-unit summary: for each policy its formal citation, then an aligned
        table of its units by their names."""
        en = _labels.check_lang(lang) == "en"
        head = (("unit", "staff", "rows", "most away/day", "cap") if en
                else ("unit kerja", "pegawai", "baris", "terbanyak/hari", "batas"))
        n = functools.partial(_labels.number, lang=lang)
        blocks = []
        for policy, units in itertools.groupby(self.units, key=lambda u: u.policy):
            group = list(units)
            first = group[0]
            cited = (first.citation_en or first.citation) if en else first.citation
            blocks.append(f"{cited or policy}:\n" + _table(head, [
                (u.unit_name or u.unit, n(u.headcount), n(u.rows), n(u.peak), n(u.cap))
                for u in group]))
        return "\n\n".join(blocks)


def _sentence(step: TraceStep, fingerprint: str, employee: Employee, day: dt.date) -> Text:
    """The trace step in words, with the names of the rule set (*fingerprint*)."""
    ctx = Context(_labels.catalog(fingerprint), day, employee)
    return Text(step_sentence(step, "id", ctx), step_sentence(step, "en", ctx))


def _in_force(policies: Sequence[Policy], lang: str) -> str:
    """``Surat Edaran … (28 Juni–5 Juli 2021) dan …``: each policy by its formal citation,
    with its periods written out."""
    return _labels.join((f"{_labels.cite(p.citation, lang)} ("
                         + _labels.join((_labels.period(x.start, x.end, lang)
                                         for x in p.periods), lang) + ")"
                         for p in policies), lang)


def check_roster(resolver: Resolver, employees: Iterable[Employee], roster: Roster, *,
                 include_drafts: bool = False) -> RosterCheck:
    """Check *roster* against the rules for *employees* (SPEC §8).

    Every row is judged by the resolver (as :meth:`Resolver.decide` with the roster
    would): an unknown id, a non-working day, a day outside the period of every
    policy that lets a roster assign the arrangement, an employee the policy keeps in
    (with the step and citation of the rule), and, per unit and day, more staff away
    than the quota's cap.  With a roster the rotation groups are set aside, so only
    the roster's rows count.
    """
    with gc_paused():
        return _check(resolver, employees, roster, include_drafts)


def _check(resolver: Resolver, employees: Iterable[Employee], roster: Roster,
           include_drafts: bool) -> RosterCheck:
    staff = _employees(resolver, employees)
    judge = _Judge(resolver, include_drafts)
    fp = resolver.ruleset.fingerprint
    names = _labels.register(resolver.ruleset)
    # Employee classes numbered, so that the loop over the rows hashes small keys.
    numbers: dict[_Class, int] = {}
    by_id: dict[str, tuple[Employee, int, tuple[str, str, None], tuple[str, str, str | None]]
                ] = {}
    members: dict[tuple[int, tuple[str, str, str | None]], list[Employee]] = {}
    for e in staff:
        if e.id is not None:
            by_id[e.id] = (e, numbers.setdefault(_class_of(e), len(numbers)),
                           (e.jurisdiction, e.agency, None),
                           (e.jurisdiction, e.agency, e.unit))
        for q in judge.quotas_for(e):
            members.setdefault((id(q), _unit_key(q, e)), []).append(e)
    violations: list[RosterViolation] = []
    away: dict[tuple[str, int, tuple[str, str, str | None], dt.date], list[str]] = {}
    quotas: dict[tuple[str, int], tuple[Policy, Provision, Quota]] = {}
    verdicts: tuple[dict[tuple[int, dt.date], _Verdict], ...] = ({}, {})
    index_of: dict[int, int] = {}
    for row in roster.rows:
        found = by_id.get(row.id)
        if found is None:
            violations.append(RosterViolation("unknown-id", row.date, row.line, row.id))
            continue
        e, kind, per_agency, per_unit = found
        table = verdicts[row.arrangement is Arrangement.WFA]
        verdict = table.get((kind, row.date))
        if verdict is None:
            verdict = table[(kind, row.date)] = judge.verdict(e, row.date, row.arrangement)
        if verdict.libur:
            step = verdict.libur[0]
            basis = resolver.ruleset.policies.get(step.policy or "")
            cited = _cited(basis.citation_on(row.date)) if basis is not None else None
            violations.append(RosterViolation(
                "non-working-day", row.date, row.line, row.id,
                citation=cited("id") if cited else "",
                reason=_sentence(step, fp, e, row.date),
                citation_en=cited("en") if cited else None))
            continue
        if verdict.granted:
            policy, provision = verdict.granted[0]
            index = index_of.get(id(provision))
            if index is None:
                index = index_of[id(provision)] = policy.provisions.index(provision)
            if provision.quota is not None:
                quotas[(policy.id, index)] = (policy, provision, provision.quota)
                unit = per_unit if provision.quota.per == "unit" else per_agency
                away.setdefault((policy.id, index, unit, row.date), []).append(row.id)
            continue
        if verdict.blocked:
            policy, step = verdict.blocked[0]
            cited = _cited(policy.citation_on(row.date))
            violations.append(RosterViolation(
                "ineligible", row.date, row.line, row.id, policy=policy.id,
                citation=cited("id"), reason=_sentence(step, fp, e, row.date),
                citation_en=cited("en")))
            continue
        candidates = judge.policies_for(e, row.arrangement)
        if candidates:
            cited = _cited(candidates[0].citation)
            violations.append(RosterViolation(
                "outside-period", row.date, row.line, row.id, policy=candidates[0].id,
                citation=cited("id"), citation_en=cited("en"), reason=Text(
                    f"di luar masa berlaku {_in_force(candidates, 'id')}",
                    f"outside the period of {_in_force(candidates, 'en')}")))
        else:
            arr = _labels.arrangement(row.arrangement)
            government = names.government(e.jurisdiction)
            violations.append(RosterViolation(
                "outside-period", row.date, row.line, row.id, reason=Text(
                    f"tidak ada kebijakan {government} yang membolehkan {arr} menurut "
                    "jadwal unit kerja",
                    f"no policy of the {government} lets a unit roster assign {arr}")))
    peaks: dict[tuple[str, tuple[str, str, str | None]], tuple[int, int, int]] = {}
    rows_of_unit: dict[tuple[str, tuple[str, str, str | None]], int] = {}
    for (pid, _, unit, _), ids in away.items():
        rows_of_unit[(pid, unit)] = rows_of_unit.get((pid, unit), 0) + len(ids)
    def order_of(item: tuple[tuple[str, int, tuple[str, str, str | None], dt.date],
                             list[str]]) -> tuple[object, ...]:
        (pid, index, (jur, agency, unit), day), _ = item
        return (day, pid, index, jur, agency, unit or "")

    for (pid, index, unit, day), ids in sorted(away.items(), key=order_of):
        policy, provision, quota = quotas[(pid, index)]
        group = members.get((id(quota), unit), [])
        if quota.headcount == "all":
            headcount = len(group)
        else:  # the unit's staff eligible that day, judged once per employee class
            kinds: dict[_Class, list[Employee]] = {}
            for m in group:
                kinds.setdefault(_class_of(m), []).append(m)
            headcount = sum(len(ms) for ms in kinds.values() if any(
                v is provision for _, v in judge.verdict(ms[0], day, quota.arrangement).granted))
        cap = quota.cap(headcount)
        peak = peaks.get((pid, unit))
        if peak is None or len(ids) > peak[0]:
            peaks[(pid, unit)] = (len(ids), cap, headcount)
        if len(ids) > cap:
            cited = _cited(policy.citation_on(day))
            arr = _labels.arrangement(quota.arrangement)
            violations.append(RosterViolation(
                "over-quota", day, None, None, _unit_label(unit), len(ids), cap, headcount,
                pid, cited("id"),
                Text(f"{arr} {quota.describe('id')}", f"{arr} {quota.describe('en')}"),
                _unit_name(names, unit), cited("en")))
    order = {k: i for i, k in enumerate(KINDS)}
    violations.sort(key=lambda v: (v.kind == "over-quota", v.line or 0, v.date,
                                   v.unit or "", order[v.kind]))
    def unit_check(pid: str, unit: tuple[str, str, str | None],
                   peak: tuple[int, int, int]) -> UnitCheck:
        cited = _cited(quotas_of[pid].citation)
        return UnitCheck(_unit_label(unit), pid, peak[2], rows_of_unit[(pid, unit)], peak[0],
                         peak[1], _unit_name(names, unit), cited("id"), cited("en"))

    quotas_of = {pid: policy for (pid, _), (policy, _, _) in quotas.items()}
    units = tuple(sorted((unit_check(pid, unit, peak) for (pid, unit), peak in peaks.items()),
                         key=lambda u: (u.policy, u.unit)))
    return RosterCheck(roster.fingerprint, len(roster), tuple(violations), units)
