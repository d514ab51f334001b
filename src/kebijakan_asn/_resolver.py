"""The resolver: SPEC §5 as a pure function of (employee, date, rule set)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

import attrs

from ._codes import Arrangement, Grant, Position, Status
from ._decision import (
    BasisRef,
    ConditionRef,
    Decision,
    Note,
    Outcome,
    RosterRef,
    RuleSetRef,
    TraceStep,
)
from ._errors import ConflictError, KebijakanError, RosterError, RuleSetError, ValidationError
from ._labels import register as _register_names
from ._labels import revoked as _revoked_words
from ._model import (
    ConditionCode,
    Employee,
    Exemption,
    Holiday,
    Period,
    Policy,
    Provision,
    RankRule,
    Recurrence,
    RevokedHoliday,
    Rotation,
    Text,
)
from ._ruleset import RuleSet

if TYPE_CHECKING:
    from .roster import Roster

__all__ = ["DateLike", "Resolver"]

DateLike: TypeAlias = "dt.date | str"

_WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The features of an employee that rules can tell apart (the memo key).
_Key = tuple[str, str, Position, Status, bool, str | None, tuple[tuple[str, bool], ...]]


def as_date(value: DateLike, field: str = "date") -> dt.date:
    """Accept a :class:`datetime.date` or an ISO ``YYYY-MM-DD`` string."""
    if isinstance(value, dt.datetime):
        raise ValidationError(field, value.isoformat(), "expected a date without a time")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(field, value, "expected a real calendar date YYYY-MM-DD")


def _p(**kw: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(kw.items()))


class _Plan:
    """What the rules in force on one day for one jurisdiction read of an employee.

    Plans are interned: days whose rules read the same features share one plan.
    """

    __slots__ = ("direct_service", "facts", "position", "rotation")

    def __init__(self, position: bool, direct_service: bool, rotation: bool,
                 facts: tuple[str, ...]) -> None:
        self.position = position
        self.direct_service = direct_service
        self.rotation = rotation
        self.facts = facts

    def key(self) -> tuple[bool, bool, bool, tuple[str, ...]]:
        return (self.position, self.direct_service, self.rotation, self.facts)

    def features(self, agency: object, status: object, position: object,
                 direct_service: object, rotation_group: object, fact: Callable[[str], bool]
                 ) -> tuple[object, ...]:
        """The features of an employee these rules can read: employees who agree
        on them have the same outcome.  ``fact(name)`` is the employee's fact
        (``False`` when not given)."""
        if self is _NOTHING:
            return ()
        return (agency, status,
                position if self.position else None,
                direct_service if self.direct_service else None,
                rotation_group if self.rotation else None,
                tuple(fact(f) for f in self.facts))


_NOTHING = _Plan(False, False, False, ())
"""The plan of a non-working day or a day with no policy in force: nothing is read."""


class _Applied:
    __slots__ = ("citation_signed", "grant", "policy", "provision", "specificity")

    def __init__(self, policy: Policy, provision: Provision, day: dt.date,
                 specificity: int, grant: Grant | None = None) -> None:
        self.policy = policy
        self.provision = provision
        self.grant = provision.grant if grant is None else grant
        """The provision's grant, or ``assigned`` where a roster row assigns it (§5.7)."""
        self.citation_signed = policy.citation_on(day).signed or dt.date.min
        self.specificity = specificity

    def precedence(self) -> tuple[bool, int, dt.date]:
        return (self.policy.emergency, self.specificity, self.citation_signed)


class Resolver:
    """Decides how employees work, from a rule set of plugins.

    ``Resolver()`` loads the installed plugins (entry-point group
    ``kebijakan_asn``); ``Resolver(plugins=[...])`` uses exactly those;
    ``Resolver(allow=["nasional", "kab-bekasi"])`` loads only the named
    entry points.  A resolver is cheap to query and safe to share: its only
    state is a memo of outcomes keyed by everything an outcome depends on.
    """

    def __init__(
        self,
        plugins: Iterable[object] | None = None,
        *,
        allow: Iterable[str] | None = None,
        ruleset: RuleSet | None = None,
        cache_size: int = 200_000,
    ) -> None:
        if ruleset is not None and not isinstance(ruleset, RuleSet):
            raise ValidationError("ruleset", ruleset, "expected a RuleSet (or leave it out)")
        if isinstance(cache_size, bool) or not isinstance(cache_size, int) or cache_size < 0:
            raise ValidationError("cache_size", cache_size, "expected a whole number from 0")
        self.ruleset = ruleset if ruleset is not None else RuleSet.load(plugins, allow=allow)
        rs = self.ruleset
        _register_names(rs)  # explanations name agencies and policies of this rule set
        self._ref = RuleSetRef(rs.fingerprint, tuple((p.name, p.version) for p in rs.plugins))
        self._cache_size = cache_size
        self._memo: dict[tuple[_Key, dt.date, bool], Outcome] = {}
        self._checked: set[_Key] = set()
        self._plans: dict[tuple[str, dt.date, bool], _Plan] = {}
        self._plan_kinds: dict[tuple[bool, bool, bool, tuple[str, ...]], _Plan] = {}
        self._shared: dict[tuple[str, dt.date, bool, tuple[object, ...]], Outcome] = {}
        self._rostered: dict[tuple[object, ...], Outcome] = {}
        self._interned: dict[Outcome, Outcome] = {}
        self._spans: dict[tuple[tuple[dt.date, ...], bool],
                          dict[_Key, tuple[Outcome, ...]]] = {}
        self._days: dict[tuple[str, int], dict[dt.date, tuple[Holiday, ...]]] = {}
        self._rotation_index: dict[tuple[str, str, dt.date], dict[dt.date, int]] = {}
        self._baselines = sorted(
            (p for p in rs.policies.values()
             if any(v.grant is Grant.BASELINE for v in p.provisions)),
            key=lambda p: (-rs.jurisdictions[p.jurisdiction].specificity, p.id),
        )
        self._by_jurisdiction: dict[str, tuple[Policy, ...]] = {}
        self._exemptions: dict[str, tuple[Exemption, ...]] = {}
        self._rank_rules: dict[str, tuple[RankRule, ...]] = {}
        for pid, policy in rs.policies.items():
            chain = [pid]
            while (amended := rs.policies[chain[-1]].amends) is not None:
                chain.append(amended)
            self._exemptions[pid] = tuple(e for e in rs.exemptions if e.policy in chain)
            self._rank_rules[pid] = tuple(r for r in rs.rank_rules if r.policy in chain)
            del policy
        self._amended_by: dict[str, tuple[str, ...]] = {}
        for p in rs.policies.values():
            if p.amends is not None:
                self._amended_by[p.amends] = (*self._amended_by.get(p.amends, ()), p.id)
        # An enabling policy is implemented by the policies derived from it and by
        # every policy amending or extending one of those (transitively).
        self._implementers: dict[str, tuple[Policy, ...]] = {}
        for pid in rs.policies:
            found = {p.id for p in rs.derived(pid)}
            queue = sorted(found)
            while queue:
                for amender in self._amended_by.get(queue.pop(), ()):
                    if amender not in found:
                        found.add(amender)
                        queue.append(amender)
            self._implementers[pid] = tuple(rs.policies[i] for i in sorted(found))

    def __reduce__(self) -> tuple[Callable[..., Resolver], tuple[object, ...]]:
        """Pickled as the recipe of its rule set (the entry points it loaded, pinned to
        their distributions, or its plugin objects) and that rule set's fingerprint:
        unpickling loads the rule set again and checks it is the same one."""
        return _restore, (self.ruleset.recipe, self.ruleset.fingerprint, self._cache_size)

    def exemptions_of(self, policy: str) -> tuple[Exemption, ...]:
        """The exemptions that apply to *policy*: its own and those of the policies it
        amends (an extension keeps the exemptions of what it extends)."""
        return self._exemptions[policy]

    def rank_rules_of(self, policy: str) -> tuple[RankRule, ...]:
        """The rank rules that apply to *policy*, own and inherited through ``amends``."""
        return self._rank_rules[policy]

    @property
    def ruleset_ref(self) -> RuleSetRef:
        """The rule set every decision of this resolver names (``Decision.ruleset``)."""
        return self._ref

    # ------------------------------------------------------------------ input checks

    def check(self, employee: Employee) -> None:
        """Check *employee* against the rule set: jurisdiction, agency, facts.

        Raises :class:`ValidationError` naming the field, the value and the
        valid codes (with the nearest ones).
        """
        rs = self.ruleset
        if employee.jurisdiction not in rs.jurisdictions:
            raise ValidationError.invalid("jurisdiction", employee.jurisdiction,
                                          rs.jurisdictions, "unknown jurisdiction; expected")
        if (employee.jurisdiction, employee.agency) not in rs.agencies:
            raise ValidationError.invalid(
                "agency", employee.agency,
                [a.code for a in rs.agencies_of(employee.jurisdiction)],
                f"unknown agency of {employee.jurisdiction}; expected",
            )
        for name, _ in employee.facts:
            if name not in rs.facts:
                raise ValidationError.invalid("facts", name, rs.facts, "undeclared fact; expected")

    # ------------------------------------------------------------------ calendar

    def _holidays_on(self, jurisdiction: str, day: dt.date) -> tuple[Holiday, ...]:
        key = (jurisdiction, day.year)
        table = self._days.get(key)
        if table is None:
            table = {}
            for h in self.ruleset.holidays(jurisdiction, day.year):
                table[h.date] = (*table.get(h.date, ()), h)
            self._days[key] = table
        return table.get(day, ())

    def _baseline(self, jurisdiction: str, day: dt.date) -> tuple[Policy, Provision]:
        for p in self._baselines:
            if p.jurisdiction in ("nasional", jurisdiction) and p.period_on(day) is not None:
                for v in p.provisions:
                    if v.grant is Grant.BASELINE:
                        return p, v
        raise KebijakanError(
            f"no work-week (baseline) policy is in force for {jurisdiction} on "
            f"{day.isoformat()}: the rule set does not cover that date"
        )

    def _in_work_week(self, policy: Policy, provision: Provision, day: dt.date) -> bool:
        schedule = provision.schedule
        if isinstance(schedule, Recurrence):
            period = policy.period_on(day)
            assert period is not None
            return schedule.contains(day, period.start)
        return True

    def is_working_day(self, jurisdiction: str, day: DateLike) -> bool:
        """Whether *day* is a working day of *jurisdiction* (work week, no holiday)."""
        d = as_date(day)
        policy, provision = self._baseline(jurisdiction, d)
        return self._in_work_week(policy, provision, d) and not self._holidays_on(
            jurisdiction, d)

    def working_days(self, jurisdiction: str, start: DateLike, end: DateLike) -> list[dt.date]:
        """The working days of *jurisdiction* from *start* to *end* inclusive."""
        a, b = as_date(start, "start"), as_date(end, "end")
        out = []
        d = a
        while d <= b:
            if self.is_working_day(jurisdiction, d):
                out.append(d)
            d += dt.timedelta(days=1)
        return out

    def holidays(self, jurisdiction: str, year: int) -> tuple[Holiday, ...]:
        """The holidays (libur nasional, cuti bersama, regional) of *jurisdiction* in *year*."""
        return self.ruleset.holidays(self._known(jurisdiction), year)

    def revoked_holidays(self, jurisdiction: str, year: int) -> tuple[RevokedHoliday, ...]:
        """The days of *jurisdiction* in *year* set as holidays, then revoked (working
        days: a decision on one carries the note ``holiday-revoked``)."""
        return self.ruleset.revoked_holidays(self._known(jurisdiction), year)

    def _known(self, jurisdiction: str) -> str:
        """*jurisdiction*, or a :class:`ValidationError` if the rule set has no such one."""
        if jurisdiction not in self.ruleset.jurisdictions:
            raise ValidationError.invalid("jurisdiction", jurisdiction,
                                          self.ruleset.jurisdictions)
        return jurisdiction

    def _revoked_notes(self, jurisdiction: str, day: dt.date) -> list[Note]:
        """The ``holiday-revoked`` notes of *day* (a working day), by date then name."""
        return [Note("holiday-revoked", Text(_revoked_words(r, "id"), _revoked_words(r, "en")),
                     r.policy)
                for r in self.ruleset.revoked_holidays(jurisdiction, day.year) if r.date == day]

    def _rotation_day(self, jurisdiction: str, policy: Policy, period: Period,
                      day: dt.date) -> int:
        key = (jurisdiction, policy.id, period.start)
        index = self._rotation_index.get(key)
        if index is None:
            assert period.end is not None
            index = {d: i for i, d in enumerate(
                self.working_days(jurisdiction, period.start, period.end))}
            self._rotation_index[key] = index
        return index[day]

    # ------------------------------------------------------------------ deciding

    def decide(self, employee: Employee, date: DateLike, *,
               include_drafts: bool = False,
               roster: Roster | RosterRef | None = None) -> Decision:
        """How *employee* works on *date*: arrangement, alternatives, conditions, basis, trace.

        With a *roster* (a :class:`~kebijakan_asn.roster.Roster`, or the
        :class:`RosterRef` a decision record carries), the roster replaces the
        rotation groups, and the employee's row that day (matched by ``id``)
        turns a provision permitting the row's arrangement under ``jadwal-unit``
        into an assigned one (SPEC §5.7); the decision records the roster's
        fingerprint and the row.

        Raises :class:`ValidationError` for input the rule set does not know,
        :class:`ConflictError` when two assigned grants tie and disagree, and
        :class:`RosterError` for a roster row no policy permits.
        """
        day = as_date(date)
        if not isinstance(employee, Employee) or not isinstance(include_drafts, bool):
            _refuse(employee, include_drafts)
        if isinstance(roster, RosterRef):
            return self._decide_rostered(employee, day, include_drafts, roster)
        if roster is not None:
            try:
                return self._decide_rostered(employee, day, include_drafts,
                                             roster.ref_for(employee.id, day))
            except RosterError as exc:
                raise exc.at(roster.source) from None
        key: _Key = (employee.jurisdiction, employee.agency, employee.position,
                     employee.status, employee.direct_service, employee.rotation_group,
                     employee.facts)
        memo_key = (key, day, include_drafts)
        outcome = self._memo.get(memo_key)
        if outcome is None:
            if key not in self._checked:
                self.check(employee)
                self._checked.add(key)
            outcome = self._outcome(employee, day, include_drafts)
            if len(self._memo) >= self._cache_size:
                self._memo.clear()
            self._memo[memo_key] = outcome
        return Decision(employee, day, outcome, self._ref, include_drafts)

    def decide_many(
        self,
        employees: Iterable[Employee],
        dates: Iterable[DateLike],
        *,
        include_drafts: bool = False,
        roster: Roster | None = None,
    ) -> Iterator[Decision]:
        """Decide every employee on every date, streaming: employees in input
        order, then dates in the order given.  A *roster* is used as in
        :meth:`decide`.

        The rule set is compiled for the dates at hand: for each jurisdiction
        and date, which features of an employee any policy in force could
        look at (none on a non-working day).  Employees who agree on those
        features share one evaluation, and employees who agree on everything
        the rules read share their outcomes for all the dates.  Each decision
        is still the employee's own, with its own fingerprint.  Dates are
        checked at once; employees as they stream.
        """
        if not isinstance(include_drafts, bool):
            _refuse(None, include_drafts)
        if isinstance(dates, (str, bytes, dt.date)) or not isinstance(dates, Iterable):
            raise ValidationError("dates", dates, "expected a list of dates")
        if not isinstance(employees, Iterable):
            raise ValidationError("employees", employees, "expected a list of Employee objects")
        days = [as_date(d) for d in dates]
        if roster is not None:
            return self._decide_many_rostered(employees, days, include_drafts, roster)
        return self._decide_many(employees, days, include_drafts)

    def _decide_many_rostered(self, employees: Iterable[Employee], days: list[dt.date],
                              include_drafts: bool, roster: Roster) -> Iterator[Decision]:
        for employee in employees:
            for day in days:
                yield self.decide(employee, day, include_drafts=include_drafts, roster=roster)

    def _decide_rostered(self, employee: Employee, day: dt.date, include_drafts: bool,
                         ref: RosterRef) -> Decision:
        """SPEC §5.7.  The employee is evaluated without their rotation group (the roster
        replaces the default one); outcomes are shared between the employees the rules
        cannot tell apart, as in :meth:`_outcome`, keyed also by the roster's fingerprint
        and the row's arrangement; the row's line is filled in per decision."""
        group = employee.rotation_group
        key: _Key = (employee.jurisdiction, employee.agency, employee.position,
                     employee.status, employee.direct_service, None, employee.facts)
        if key not in self._checked:
            self.check(employee)
            self._checked.add(key)
        jur = employee.jurisdiction
        plan = self._plans.get((jur, day, include_drafts))
        if plan is None:
            plan = self._plan(jur, day, include_drafts)
        features = plan.features(employee.agency, employee.status, employee.position,
                                 employee.direct_service, None, employee.fact)
        shared_key = (jur, day, include_drafts, features, ref.fingerprint, ref.arrangement,
                      group)
        outcome = self._rostered.get(shared_key)
        if outcome is None:
            someone = attrs.evolve(employee, rotation_group=None) if group else employee
            outcome = self._evaluate(someone, day, include_drafts,
                                     roster=(ref.fingerprint, ref.arrangement, group))
            if len(self._rostered) >= self._cache_size:
                self._rostered.clear()
            # Equal outcomes become one object, as in _shared_outcome (one record template).
            outcome = self._interned.setdefault(outcome, outcome)
            self._rostered[shared_key] = outcome
        if ref.arrangement is not None:
            assert ref.line is not None
            if not any(s.reason == "rostered" for s in outcome.trace):
                raise RosterError(ref.line, employee.id or "(no id)", day.isoformat(),
                                  ref.arrangement.value, self._refusal(outcome, ref, employee,
                                                                day))
            outcome = _with_line(outcome, ref.line)
        return Decision(employee, day, outcome, self._ref, include_drafts, roster=ref)

    def _refusal(self, outcome: Outcome, ref: RosterRef, employee: Employee,
                 day: dt.date) -> str:
        """Why no policy permits *ref*'s arrangement under ``jadwal-unit``, in one phrase."""
        from ._explain import Context, step_sentence
        from ._labels import catalog

        ctx = Context(catalog(self.ruleset.fingerprint), day, employee)

        arrangement = ref.arrangement
        assert arrangement is not None
        if outcome.arrangement is Arrangement.LIBUR:
            return "a non-working day: " + "; ".join(
                step_sentence(s, "en", ctx) for s in outcome.trace
                if s.reason in ("weekend", "holiday"))
        rs = self.ruleset
        reasons = [
            f"{s.policy}: {step_sentence(s, 'en', ctx)}" for s in outcome.trace
            if s.policy in rs.policies and s.verdict != "info"
            and any(_rosterable(rs.policies[s.policy], v, arrangement)
                    for v in rs.policies[s.policy].provisions)
        ]
        return "; ".join(reasons) or "no policy in force that day has a jadwal-unit provision"

    def _decide_many(self, employees: Iterable[Employee], days: list[dt.date],
                     include_drafts: bool) -> Iterator[Decision]:
        ref = self._ref
        # The outcomes of each key on these very dates, kept across calls (the
        # command line asks for one employee at a time).
        span = (tuple(days), include_drafts)
        per_key = self._spans.get(span)
        if per_key is None:
            if len(self._spans) >= 8:
                self._spans.clear()
            per_key = self._spans[span] = {}
        limit = max(1, self._cache_size // max(1, len(days)))
        for employee in employees:
            if not isinstance(employee, Employee):
                _refuse(employee, include_drafts)
            key: _Key = (employee.jurisdiction, employee.agency, employee.position,
                         employee.status, employee.direct_service, employee.rotation_group,
                         employee.facts)
            outcomes = per_key.get(key)
            if outcomes is None:
                outcomes = self._outcomes(employee, key, days, include_drafts)
                if len(per_key) >= limit:
                    per_key.clear()
                per_key[key] = outcomes
            for day, outcome in zip(days, outcomes, strict=True):
                yield Decision(employee, day, outcome, ref, include_drafts)

    # ------------------------------------------------------------------ sharing

    def outcomes(self, employee: Employee, dates: Iterable[DateLike], *,
                 include_drafts: bool = False) -> tuple[Outcome, ...]:
        """The outcome of ``decide(employee, date)`` on each of *dates* (the same
        objects: arrangement, permitted, conditions, basis, trace, notes), without
        a :class:`Decision` per date and without keeping them per employee kind,
        for a caller that keeps them itself (the batch engine keeps them with its
        record texts): memory then grows with what the rules can tell apart, not
        with the kinds of employees decided.  Dates are checked at once; raises
        as :meth:`decide` does."""
        if not isinstance(include_drafts, bool) or not isinstance(employee, Employee):
            _refuse(employee, include_drafts)
        if isinstance(dates, (str, bytes, dt.date)) or not isinstance(dates, Iterable):
            raise ValidationError("dates", dates, "expected a list of dates")
        days = [d if type(d) is dt.date else as_date(d) for d in dates]
        key: _Key = (employee.jurisdiction, employee.agency, employee.position,
                     employee.status, employee.direct_service, employee.rotation_group,
                     employee.facts)
        return self._outcomes(employee, key, days, include_drafts)

    def _outcomes(self, employee: Employee, key: _Key, days: list[dt.date],
                  include_drafts: bool) -> tuple[Outcome, ...]:
        """*employee*'s outcomes on *days* (checked once per key)."""
        if key not in self._checked:
            self.check(employee)
            self._checked.add(key)
        return self._span(employee, days, include_drafts)

    def _span(self, employee: Employee, days: Iterable[dt.date], include_drafts: bool
              ) -> tuple[Outcome, ...]:
        """The outcome of *employee* on each of *days*, shared with every employee the
        rules in force that day cannot tell apart (see :meth:`_plan`); the
        employee's features are read once per distinct plan (the days of a span
        share a few: working days, weekends and holidays)."""
        jur, plans, shared = employee.jurisdiction, self._plans, self._shared_outcome
        features_of: dict[int, tuple[object, ...]] = {}  # by id() of a plan kept in _plans
        out = []
        for day in days:
            plan = plans.get((jur, day, include_drafts))
            if plan is None:
                plan = self._plan(jur, day, include_drafts)
            features = features_of.get(id(plan))
            if features is None:
                features = features_of[id(plan)] = plan.features(
                    employee.agency, employee.status, employee.position,
                    employee.direct_service, employee.rotation_group, employee.fact)
            out.append(shared(jur, day, include_drafts, features, employee))
        return tuple(out)

    def _plan(self, jurisdiction: str, day: dt.date, include_drafts: bool) -> _Plan:
        """Which features of an employee the rules in force can read on *day*.

        ``None`` fields are not read; a non-working day, or a day with no
        policy in force, reads none at all.  Conservative by construction:
        a feature is kept whenever any policy in force could look at it.
        """
        plan_key = (jurisdiction, day, include_drafts)
        plan = self._plans.get(plan_key)
        if plan is not None:
            return plan
        plan = _NOTHING
        if self.is_working_day(jurisdiction, day):
            policies = [
                p for p in self.ruleset.in_scope(jurisdiction)
                if p.provisions and p.period_on(day) is not None
                and (include_drafts or not p.is_draft)
                and not any(v.grant is Grant.BASELINE for v in p.provisions)
            ]
            if policies:
                made = _Plan(
                    position=any(self._rank_rules[p.id] for p in policies),
                    direct_service=any(e.direct_service for p in policies
                                       for e in self._exemptions[p.id]),
                    rotation=any(v.with_rotation_group is not None
                                 or isinstance(v.schedule, Rotation)
                                 for p in policies for v in p.provisions),
                    facts=tuple(sorted({f for p in policies for f in p.facts_read})),
                )
                plan = self._plan_kinds.setdefault(made.key(), made)
        if len(self._plans) >= self._cache_size:
            self._plans.clear()
        self._plans[plan_key] = plan
        return plan

    def _outcome(self, employee: Employee, day: dt.date, include_drafts: bool) -> Outcome:
        """The outcome of *employee* on *day* (:meth:`_span` of the one day)."""
        return self._span(employee, (day,), include_drafts)[0]

    def _shared_outcome(self, jurisdiction: str, day: dt.date, include_drafts: bool,
                        features: tuple[object, ...],
                        employee: Employee | Callable[[], Employee]) -> Outcome:
        """The outcome shared by the employees with these *features* (see
        :meth:`_Plan.features`); *employee* (or a function making one) is
        evaluated when no such employee was decided before."""
        shared_key = (jurisdiction, day, include_drafts, features)
        outcome = self._shared.get(shared_key)
        if outcome is None:
            someone = employee if isinstance(employee, Employee) else employee()
            outcome = self._evaluate(someone, day, include_drafts)
            if len(self._shared) >= self._cache_size:
                self._shared.clear()
                self._interned.clear()
            # Equal outcomes (the same trace for other agencies, dates…) become one object.
            outcome = self._interned.setdefault(outcome, outcome)
            self._shared[shared_key] = outcome
        return outcome

    # ------------------------------------------------------------------ the rules

    def _evaluate(self, employee: Employee, day: dt.date, include_drafts: bool,
                  roster: tuple[str, Arrangement | None, str | None] | None = None) -> Outcome:
        """The outcome of *employee* on *day*.  *roster* is ``(fingerprint, the row's
        arrangement or None, the rotation group set aside or None)`` (SPEC §5.7)."""
        rs = self.ruleset
        jur = employee.jurisdiction
        steps: list[TraceStep] = []
        baseline, base_provision = self._baseline(jur, day)
        base_ref = BasisRef.of(baseline.id, baseline.citation_on(day))
        weekday = day.weekday()

        # SPEC §5.1: a non-working day gives libur.
        if not self._in_work_week(baseline, base_provision, day):
            steps.append(TraceStep(
                baseline.id, "applies", "weekend", Arrangement.LIBUR, Grant.BASELINE,
                _p(weekday_id=_WEEKDAYS_ID[weekday], weekday_en=_WEEKDAYS_EN[weekday],
                   citation=base_ref.label)))
            return self._libur(steps, (base_ref,), provisional=False)
        holidays = self._holidays_on(jur, day)
        if holidays:
            basis: list[BasisRef] = []
            for h in holidays:
                refs = [BasisRef.of(h.policy, c) for c in
                        (h.citations or (rs.policies[h.policy].citation_on(day),))]
                basis.extend(r for r in refs if r not in basis)
                steps.append(TraceStep(
                    h.policy, "applies", "holiday", Arrangement.LIBUR, None,
                    _p(name_id=h.name.id, name_en=h.name.en, kind=h.kind,
                       estimated="yes" if h.estimated else "no",
                       citation="; ".join(r.label for r in refs))))
            return self._libur(steps, tuple(basis),
                               provisional=any(h.estimated for h in holidays))
        steps.append(TraceStep(
            baseline.id, "applies", "working-day", Arrangement.WFO, Grant.BASELINE,
            _p(weekday_id=_WEEKDAYS_ID[weekday], weekday_en=_WEEKDAYS_EN[weekday],
               citation=base_ref.label)))

        # SPEC §5.2: every policy in force whose scope covers the employee.
        in_force = [
            p for p in rs.in_scope(jur)
            if p is not baseline and p.provisions and p.period_on(day) is not None
            and (include_drafts or not p.is_draft)
            and not any(v.grant is Grant.BASELINE for v in p.provisions)
        ]
        in_force_ids = {p.id for p in in_force}
        applied: list[_Applied] = []
        enabling: list[Policy] = []
        notes = self._revoked_notes(jur, day)
        kept_in: list[Policy] = []
        ancestors = rs.ancestors(jur, employee.agency)
        for policy in in_force:
            replacing = sorted(set(self._amended_by.get(policy.id, ())) & in_force_ids)
            if replacing:
                steps.append(TraceStep(policy.id, "replaced", "replaced",
                                       params=_p(by=", ".join(replacing))))
                continue
            step, provision = self._consider(employee, policy, day)
            grant = None
            if (roster is not None and provision is not None and roster[1] is not None
                    and _rosterable(policy, provision, roster[1])):
                grant = Grant.ASSIGNED  # SPEC §5.7: the roster row assigns what is permitted
                step = attrs.evolve(step, reason="rostered", grant=grant,
                                    params=tuple(sorted((*step.params, ("line", ""),
                                                         ("roster", roster[0])))))
            steps.append(step)
            # A remark addressed to the employee's agency, whether the policy applies or not.
            notes.extend(Note("agency-note", n.text, policy.id) for n in policy.agency_notes
                         if n.agencies & set(ancestors))
            if provision is None:
                # SPEC §5.8: the instrument whose exemption or rank rule kept the
                # employee in belongs to the basis (with the one it was inherited from).
                if step.reason in ("exempt", "rank-excluded") and not any(
                        v.grant is Grant.ENABLING for v in policy.provisions):
                    kept_in.append(policy)
                    origin = dict(step.params).get("rule_policy")
                    if origin:
                        kept_in.append(rs.policies[origin])
                continue
            if provision.grant is Grant.ENABLING:
                enabling.append(policy)
            else:
                applied.append(_Applied(policy, provision, day,
                                        rs.jurisdictions[policy.jurisdiction].specificity,
                                        grant))

        # SPEC §5.3: enabling policies show in the trace and as parents in the basis.
        # The note is never given on a day the instansi's own policy applies to the
        # employee, nor for a standing framework (the rulebook says that once).
        own_applies = any(a.policy.jurisdiction == jur for a in applied) or any(
            p.jurisdiction == jur for p in kept_in)
        for policy in enabling:
            implementers = sorted(
                p.id for p in self._implementers[policy.id]
                if p.jurisdiction == jur and p.id in in_force_ids
            )
            if implementers:
                steps.append(TraceStep(policy.id, "info", "implemented-by",
                                       params=_p(by=", ".join(implementers))))
            elif (jur != "nasional" and jur != policy.jurisdiction and not policy.standing
                  and not own_applies):
                citation = policy.citation_on(day)
                arrangement = policy.provisions[0].arrangement.value.upper()
                name = rs.jurisdictions[jur].name
                notes.append(Note("no-implementing-policy", Text(
                    f"{citation.label} memungkinkan {arrangement}, tetapi {name} tidak "
                    "memiliki kebijakan pelaksana yang tercatat dalam aturan ini untuk "
                    f"tanggal tersebut; {citation.instrument.lower()} itu sendiri tidak "
                    "mengubah pengaturan kerja.",
                    f"{citation.label} enables {arrangement}, but {name} has no implementing "
                    "policy recorded in this rule set for that date; the instrument by "
                    "itself changes no arrangement.",
                ), policy.id))

        # SPEC §5.4: combine the grants.
        assigned = sorted(
            (a for a in applied if a.grant is Grant.ASSIGNED),
            key=lambda a: (_neg(a.precedence()), a.policy.id),
        )
        arrangement = Arrangement.WFO
        winner: _Applied | None = None
        if assigned:
            winner = assigned[0]
            arrangement = winner.provision.arrangement
            for other in assigned[1:]:
                if other.provision.arrangement is arrangement:
                    continue
                if other.precedence() == winner.precedence():
                    raise ConflictError(
                        winner.policy.id, other.policy.id,
                        f"both assign an arrangement to {employee.agency} ({jur}) on "
                        f"{day.isoformat()}: {winner.provision.arrangement.value} vs "
                        f"{other.provision.arrangement.value}, with equal precedence",
                    )
                steps.append(TraceStep(other.policy.id, "outranked", "outranked",
                                       other.provision.arrangement, Grant.ASSIGNED,
                                       _p(by=winner.policy.id,
                                          why=_why(winner, other))))
        permitted = {arrangement} | {a.provision.arrangement for a in applied}
        if roster is not None:
            steps.append(_roster_step(*roster))
        steps.append(TraceStep(
            winner.policy.id if winner else baseline.id, "info", "outcome", arrangement,
            Grant.ASSIGNED if winner else Grant.BASELINE,
            _p(permitted=",".join(sorted(x.value for x in permitted)))))

        ordered = ([winner] if winner else []) + sorted(
            (a for a in applied if a is not winner), key=lambda a: a.policy.id)
        conditions = []
        for a in ordered:
            for c in (*a.policy.conditions, *a.provision.conditions):
                conditions.append(ConditionRef(c.code, a.provision.arrangement, c.text,
                                               a.policy.id, c.channel))
            notes.extend(Note("policy-note", n, a.policy.id) for n in a.policy.notes)
        basis = [base_ref]
        queue = [a.policy for a in ordered] + kept_in
        while queue:
            p = queue.pop(0)
            citation = p.citation_on(day)
            ref = BasisRef.of(p.id, citation)
            if ref not in basis:
                basis.append(ref)
            queue.extend(rs.policies[d] for d in citation.derived_from)
        drafts = sorted({a.policy.id for a in applied if a.policy.is_draft}
                        | {p.id for p in enabling if p.is_draft})
        for pid in drafts:
            notes.append(Note("draft-used", Text(
                f"Keputusan ini memakai rancangan yang belum berlaku: {pid}.",
                f"This decision uses a draft that is not in force: {pid}."), pid))
        return Outcome(
            arrangement=arrangement,
            permitted=tuple(sorted(permitted, key=lambda x: x.value)),
            conditions=tuple(sorted(conditions, key=lambda c: (
                c.arrangement.value, c.policy, c.code.value, c.text.id))),
            basis=tuple(basis),
            trace=tuple(steps),
            notes=tuple(notes),
            drafts_used=tuple(drafts),
        )

    @staticmethod
    def _libur(steps: list[TraceStep], basis: tuple[BasisRef, ...], provisional: bool
               ) -> Outcome:
        notes: tuple[Note, ...] = ()
        if provisional:
            notes = (Note("provisional", Text(
                "Tanggal libur ini masih perkiraan; keputusan bersifat sementara.",
                "This holiday date is an estimate; the decision is provisional.")),)
        return Outcome(Arrangement.LIBUR, (Arrangement.LIBUR,), (), basis, tuple(steps),
                       notes, (), provisional)

    def _consider(self, employee: Employee, policy: Policy, day: dt.date
                  ) -> tuple[TraceStep, Provision | None]:
        """Evaluate one policy in force for one employee: a trace step and the
        provision that applies (``None`` when the policy does not apply)."""
        rs = self.ruleset
        label = policy.citation_on(day).label
        base = {"citation": label}

        def no(reason: str, **params: str) -> tuple[TraceStep, None]:
            first = policy.provisions[0]
            return TraceStep(policy.id, "not-applicable", reason, first.arrangement,
                             first.grant, _p(**base, **params)), None

        if employee.status not in policy.statuses:
            return no("status-not-covered", status=employee.status.value,
                      statuses=", ".join(sorted(s.value for s in policy.statuses)))
        for fact in sorted(policy.required_facts):
            if not employee.fact(fact):
                spec = rs.facts[fact]
                return no("fact-missing", fact=fact, fact_id=spec.description.id,
                          fact_en=spec.description.en)
        ancestors = rs.ancestors(employee.jurisdiction, employee.agency)
        chain = [rs.agencies[(employee.jurisdiction, c)] for c in ancestors]
        for e in self._exemptions[policy.id]:
            hit = ""
            if e.agency is not None and e.agency in ancestors:
                hit = e.agency
            elif e.agency_kind is not None and any(a.kind == e.agency_kind for a in chain):
                hit = e.agency_kind
            elif e.agency_tag is not None and any(e.agency_tag in a.tags for a in chain):
                hit = e.agency_tag
            elif e.direct_service and (employee.direct_service
                                       or any(a.direct_service for a in chain)):
                hit = "pelayanan-langsung" if not employee.direct_service else "direct-service"
            if hit:
                return no("exempt", matched=hit, agency=employee.agency,
                          reason_id=e.reason.id, reason_en=e.reason.en, quote=e.quote,
                          **_inherited(policy, e.policy, rs))
        for r in self._rank_rules[policy.id]:
            if r.blocks(employee.position):
                return no("rank-excluded", position=employee.position.value,
                          reason_id=r.reason.id, reason_en=r.reason.en, quote=r.quote,
                          **_inherited(policy, r.policy, rs))
        tags = {t for a in chain for t in a.tags}
        for provision in policy.provisions:
            if provision.agency_tags and not (provision.agency_tags & tags):
                continue
            if provision.with_rotation_group is not None and (
                    provision.with_rotation_group != (employee.rotation_group is not None)):
                continue
            if not all(employee.fact(f) for f in provision.facts):
                continue
            break
        else:
            return no("no-provision", agency=employee.agency)
        period = policy.period_on(day)
        assert period is not None
        schedule = provision.schedule
        if isinstance(schedule, Recurrence) and not schedule.contains(day, period.start):
            return no("schedule-off", schedule_id=schedule.label.id,
                      schedule_en=schedule.label.en)
        params = dict(base)
        if isinstance(schedule, Rotation):
            group = employee.rotation_group or ""
            if group not in schedule.groups:
                return no("rotation-unknown-group", group=group,
                          groups=", ".join(schedule.groups))
            index = self._rotation_day(employee.jurisdiction, policy, period, day)
            on_duty = schedule.group_of(index)
            params.update(group=group, day_number=str(index), on_duty=on_duty)
            if on_duty != group:
                return no("rotation-off", group=group, day_number=str(index),
                          on_duty=on_duty)
        if provision.label is not None:
            params.update(label_id=provision.label.id, label_en=provision.label.en)
        reason = "enabling" if provision.grant is Grant.ENABLING else "granted"
        return TraceStep(policy.id, "applies", reason, provision.arrangement, provision.grant,
                         _p(**params)), provision


def _rosterable(policy: Policy, provision: Provision, arrangement: Arrangement) -> bool:
    """Whether a roster row for *arrangement* can assign what *provision* permits: it
    permits that arrangement under the condition ``jadwal-unit`` (SPEC §5.7)."""
    return (provision.grant is Grant.PERMITTED and provision.arrangement is arrangement
            and any(c.code is ConditionCode.JADWAL_UNIT
                    for c in (*policy.conditions, *provision.conditions)))


def _roster_step(fingerprint: str, rostered: Arrangement | None, group: str | None
                 ) -> TraceStep:
    """The trace step saying a decision was made with a roster, and what it said."""
    if rostered is not None:
        note = (f"pegawai dijadwalkan {rostered.value.upper()} pada tanggal itu",
                f"the employee is rostered {rostered.value.upper()} on that date")
    else:
        note = ("pegawai tidak dijadwalkan bekerja di luar kantor pada tanggal itu",
                "the employee is not rostered away from the office on that date")
    if group is not None:
        note = (f"{note[0]}; kelompok rotasi {group} tidak dipakai karena jadwal unit kerja "
                "menggantikan giliran kelompok",
                f"{note[1]}; rotation group {group} is set aside: the roster replaces the "
                "group's turns")
    return TraceStep(None, "info", "roster", rostered, None, _p(
        roster=fingerprint, group=group or "", note_id=note[0], note_en=note[1]))


def _with_line(outcome: Outcome, line: int) -> Outcome:
    """*outcome* citing the roster row at *line* in its ``rostered`` steps."""
    text = str(line)
    trace = list(outcome.trace)
    for i, s in enumerate(trace):
        if s.reason == "rostered":
            trace[i] = TraceStep(s.policy, s.verdict, s.reason, s.arrangement, s.grant,
                                 tuple((k, text if k == "line" else v) for k, v in s.params))
    return Outcome(outcome.arrangement, outcome.permitted, outcome.conditions, outcome.basis,
                   tuple(trace), outcome.notes, outcome.drafts_used, outcome.provisional)


def _inherited(policy: Policy, rule_policy: str, rs: RuleSet) -> dict[str, str]:
    """Trace parameters naming the policy an exemption or rank rule was inherited
    from (through ``amends``), so the trace and the basis cite where it is written."""
    if rule_policy == policy.id:
        return {}
    return {"rule_policy": rule_policy,
            "rule_citation": rs.policies[rule_policy].citation.label}


def _refuse(employee: object, include_drafts: object) -> NoReturn:
    """A :class:`ValidationError` for an argument of the wrong type (rather than a later
    ``AttributeError``): *include_drafts* not a bool, or *employee* not an Employee."""
    if not isinstance(include_drafts, bool):
        raise ValidationError("include_drafts", include_drafts, "expected true or false")
    raise ValidationError("employee", employee, "expected an Employee")


def _restore(recipe: tuple[str, tuple[Any, ...]], fingerprint: str,
             cache_size: int) -> Resolver:
    """A :class:`Resolver` again, from :meth:`Resolver.__reduce__`."""
    kind, items = recipe
    resolver = (Resolver(allow=list(items), cache_size=cache_size) if kind == "allow"
                else Resolver(plugins=list(items), cache_size=cache_size))
    if resolver.ruleset.fingerprint != fingerprint:
        raise RuleSetError(
            f"the rule set here ({resolver.ruleset.fingerprint[:19]}…) is not the one the "
            f"resolver was pickled with ({fingerprint[:19]}…); install the same plugin "
            "versions on every worker")
    return resolver


def _neg(key: tuple[bool, int, dt.date]) -> tuple[int, int, int]:
    emergency, specificity, signed = key
    return (-int(emergency), -specificity, -signed.toordinal())


def _why(winner: _Applied, other: _Applied) -> str:
    if winner.policy.emergency != other.policy.emergency:
        return "emergency"
    if winner.specificity != other.specificity:
        return "specific-jurisdiction"
    if winner.citation_signed != other.citation_signed:
        return "later-instrument"
    return "policy-id"
