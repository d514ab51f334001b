"""The conformance suite: what every rule-set plugin must satisfy.

One line in a plugin's tests runs it::

    from kebijakan_asn.testing import conformance

    test_conformance = conformance.suite()          # uses the kebijakan_plugin fixture
    # or, without the fixture:
    test_conformance = conformance.suite(my_package.plugin)

Each check is one test (``test_conformance[citations]``…); a failure lists
every problem found, one line each.  Outside pytest,
:func:`check_conformance` returns the problems as a list.

The checks (see ``docs/tutorial.md``):

``loads``        the plugin loads with the national rules alone (a region plugin
                 must not need another region's plugin)
``citations``    every policy cites its instrument with provenance and source, and
                 quotes its source; every exemption, rank rule and quota quotes its source
``periods``      every period is covered by the work week, has working days, and
                 its schedule (weekday, rotation) falls on some of them
``references``   policies belong to the plugin's governments; exemptions and rank
                 rules name the plugin's policies and known agencies; no policy is
                 closed to every position or every agency
``agencies``     every agency belongs to the plugin's government and its parent
                 exists; every government has agencies
``texts``        titles, reasons, condition texts, labels, notes, holiday names are
                 non-empty in Bahasa Indonesia and English (and translated); the
                 explanation of a decision renders in both
``calendar``     the calendar (work week and holidays) covers the reference year
                 and the next one
``conflicts``    the exhaustive check (:mod:`kebijakan_asn._check`) finds no two
                 assigned grants that tie and disagree
``fires``        every policy in force on some working day applies to someone
``determinism``  decisions are the same whatever the plugin registration order,
                 and an unrelated plugin changes none of them

**The reference year.**  "The current year" must not come from the clock, or
the suite would pass today and fail tomorrow.  It is the *year* argument,
else the ``kebijakan_year`` ini option, else :data:`DEFAULT_YEAR` — the year
of this kebijakan-asn release, bumped with each release.  The checks that
need dates look at that year, the next one, and every year in which a policy
of the plugin is in force.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from .._codes import Position
from .._errors import ConflictError, KebijakanError
from .._model import (
    Agency,
    Citation,
    Exemption,
    FactSpec,
    Holiday,
    Jurisdiction,
    Period,
    Policy,
    Provision,
    RankRule,
    Recurrence,
    RevokedHoliday,
    Rotation,
    Text,
)
from .._plugin import ModulePlugin
from .._resolver import Resolver

__all__ = [
    "CHECKS",
    "DEFAULT_YEAR",
    "Problem",
    "check_conformance",
    "dummy_plugin",
    "run_check",
    "suite",
]

DEFAULT_YEAR = 2026
"""The reference year when none is given: the year of this kebijakan-asn release."""

CHECKS: tuple[str, ...] = ("loads", "citations", "periods", "references", "agencies",
                           "texts", "calendar", "conflicts", "fires", "determinism")


@attrs.frozen
class Problem:
    """One thing a plugin does wrong: the check, what it is about, and what is wrong."""

    check: str
    subject: str
    message: str

    def __str__(self) -> str:
        return f"[{self.check}] {self.subject}: {self.message}"


# --------------------------------------------------------------------------- the dummy


_DUMMY = "kab-dummy-konformansi"


class _DummyModule:
    """An unrelated government whose rule assigns WFH every working day."""

    POLICIES = (
        Policy(
            id=f"{_DUMMY}/wfh-selalu",
            jurisdiction=_DUMMY,
            title=("WFH setiap hari (uji konformansi)", "WFH every day (conformance test)"),
            citation=Citation("Surat Edaran", "0/2000", "Bupati Dummy", dt.date(1995, 1, 1),
                              provenance="official", source="kebijakan_asn.testing"),
            periods=[Period(dt.date(1995, 1, 1))],
            provisions=[Provision("assigned", "wfh", quote="WFH setiap hari.")],
            statuses=["pns", "pppk", "non-asn"],
            quotes=["WFH setiap hari."],
        ),
        Policy(
            id=f"{_DUMMY}/hari-jadi",
            jurisdiction=_DUMMY,
            title=("Hari jadi (uji konformansi)", "Anniversary (conformance test)"),
            citation=Citation("Peraturan Daerah", "0/2000", "Bupati Dummy", dt.date(1995, 1, 1),
                              provenance="official", source="kebijakan_asn.testing"),
            periods=[Period(dt.date(1995, 1, 1))],
            provisions=[],
        ),
    )
    FACTS = (FactSpec("konformansi_dummy", ("fakta uji", "a test fact")),)


def _dummy_holidays(jurisdiction: str, year: int) -> list[Holiday]:
    if jurisdiction != _DUMMY:
        return []
    return [Holiday(dt.date(year, 8, 10), ("Hari Jadi Dummy", "Dummy anniversary"),
                    "libur-daerah", f"{_DUMMY}/hari-jadi", jurisdiction=_DUMMY)]


def dummy_plugin() -> ModulePlugin:
    """A plugin for an unrelated made-up regency: it must change no decision of others."""
    return ModulePlugin(
        "kebijakan-asn-conformance-dummy", "0",
        jurisdictions=[Jurisdiction(_DUMMY, "Pemerintah Kabupaten Dummy", "kabupaten")],
        agencies=[Agency(_DUMMY, "setda", "Sekretariat Daerah", "setda")],
        modules=[_DummyModule],
        holidays=_dummy_holidays,
    )


# --------------------------------------------------------------------------- context


def _hook(plugin: object, name: str, **kwargs: object) -> list[Any]:
    fn = getattr(plugin, name, None)
    if fn is None:
        return []
    return list(fn(**kwargs) or ())


def _national() -> object:
    from .. import nasional

    return nasional.plugin


class _Context:
    """What the checks share for one plugin and reference year (computed once)."""

    def __init__(self, plugin: object, year: int) -> None:
        self.plugin = plugin
        self.year = year
        self.name = str(getattr(plugin, "PLUGIN_NAME", None)
                        or getattr(plugin, "__name__", type(plugin).__name__))
        self.load_error: str | None = None
        self.own_error: str | None = None
        try:
            self.jurisdictions: list[Jurisdiction] = _hook(plugin, "kebijakan_asn_jurisdictions")
            self.agencies: list[Agency] = _hook(plugin, "kebijakan_asn_agencies")
            self.facts: list[FactSpec] = _hook(plugin, "kebijakan_asn_facts")
            self.policies: list[Policy] = _hook(plugin, "kebijakan_asn_policies")
            self.exemptions: list[Exemption] = _hook(plugin, "kebijakan_asn_exemptions")
            self.rank_rules: list[RankRule] = _hook(plugin, "kebijakan_asn_rank_rules")
        except Exception as exc:
            self.own_error = f"{type(exc).__name__}: {exc}"
            self.jurisdictions, self.agencies, self.facts = [], [], []
            self.policies, self.exemptions, self.rank_rules = [], [], []
        self.codes = [j.code for j in self.jurisdictions if isinstance(j, Jurisdiction)]
        self._resolver: Resolver | None = None
        self._report: Any = None

    def plugins(self, *extra: object) -> list[object]:
        base = [self.plugin] if self.name == "nasional" else [_national(), self.plugin]
        return [*base, *extra]

    @property
    def resolver(self) -> Resolver | None:
        if self._resolver is None and self.load_error is None:
            try:
                self._resolver = Resolver(plugins=self.plugins())
            except KebijakanError as exc:
                self.load_error = str(exc)
            except Exception as exc:  # a plugin may fail in any way
                self.load_error = f"{type(exc).__name__}: {exc}"
        return self._resolver

    def years(self) -> list[int]:
        from .._check import _policy_years

        granting = [p for p in self.policies
                    if p.provisions and all(v.grant.value != "baseline" for v in p.provisions)]
        own = {y for y in _policy_years(granting) if 1995 <= y <= 2100}
        return sorted(own | {self.year, self.year + 1})

    @property
    def report(self) -> Any:
        if self._report is None and self.resolver is not None:
            from .._check import check_ruleset

            self._report = check_ruleset(self.resolver, jurisdictions=self.codes,
                                         years=self.years())
        return self._report


_CONTEXTS: dict[tuple[int, int], tuple[object, _Context]] = {}


def _context(plugin: object, year: int) -> _Context:
    key = (id(plugin), year)
    cached = _CONTEXTS.get(key)
    if cached is None or cached[0] is not plugin:
        cached = (plugin, _Context(plugin, year))
        _CONTEXTS[key] = cached
    return cached[1]


def _not_loaded(check: str, ctx: _Context) -> list[Problem]:
    return [Problem(check, ctx.name, "the rule set does not load, see the 'loads' check")]


# --------------------------------------------------------------------------- the checks


def _check_loads(ctx: _Context) -> list[Problem]:
    out = []
    if ctx.own_error is not None:
        out.append(Problem("loads", ctx.name, f"a hook fails: {ctx.own_error}"))
    if ctx.resolver is None:
        out.append(Problem("loads", ctx.name, f"does not load with the national rules "
                                              f"alone: {ctx.load_error}"))
    if not ctx.codes and ctx.own_error is None:
        out.append(Problem("loads", ctx.name, "defines no jurisdiction (kebijakan_asn_"
                                              "jurisdictions); a rule set governs a government"))
    return out


def _citation_problems(subject: str, c: Citation) -> list[Problem]:
    out = []
    if not c.sources and not c.source.strip():
        out.append(Problem("citations", subject,
                           f"{c.label}: no source; say where the text was read "
                           "(Citation.sources: the outlet, date and address of a report, "
                           "or the official page)"))
    for s in c.sources:
        if not s.url.startswith("https://") and not s.url.startswith("http://"):
            out.append(Problem("citations", subject, f"{c.label}: source {s.outlet!r} has no "
                                                     "address"))
    return out


def _check_citations(ctx: _Context) -> list[Problem]:
    out = []
    for p in ctx.policies:
        out += _citation_problems(p.id, p.citation)
        for period in p.periods:
            if period.citation is not None:
                out += _citation_problems(f"{p.id} ({period.label()})", period.citation)
        if p.provisions and not p.quotes and not all(v.quote.strip() for v in p.provisions):
            out.append(Problem("citations", p.id, "quotes nothing of its source: set "
                                                  "Policy.quotes or a quote on every provision"))
        for v in p.provisions:
            if v.quota is not None and not v.quota.quote.strip():
                out.append(Problem("citations", f"quota of {p.id}",
                                   "no quote of the sentence the share, the unit and the "
                                   "headcount come from"))
    for e in ctx.exemptions:
        if not e.quote.strip():
            who = e.agency or e.agency_kind or e.agency_tag or "direct_service"
            out.append(Problem("citations", f"exemption {who} of {e.policy}",
                               "no quote of the sentence it comes from"))
    for r in ctx.rank_rules:
        if not r.quote.strip():
            out.append(Problem("citations", f"rank rule ({r.effect}) of {r.policy}",
                               "no quote of the sentence it comes from"))
    return out


def _working_days(resolver: Resolver, jurisdiction: str, period: Period, limit: int = 400
                  ) -> Iterable[dt.date]:
    day = period.start
    for _ in range(limit):
        if period.end is not None and day > period.end:
            return
        if resolver.is_working_day(jurisdiction, day):
            yield day
        day += dt.timedelta(days=1)


def _check_periods(ctx: _Context) -> list[Problem]:
    resolver = ctx.resolver
    if resolver is None:
        return _not_loaded("periods", ctx)
    out = []
    for p in ctx.policies:
        jur = p.jurisdiction if p.jurisdiction in resolver.ruleset.jurisdictions else None
        if jur is None or not p.provisions:
            continue
        for period in p.periods:
            subject = f"{p.id} ({period.label()})"
            try:
                days = list(_working_days(resolver, jur, period))
            except KebijakanError as exc:
                out.append(Problem("periods", subject, str(exc)))
                continue
            if not days:
                out.append(Problem("periods", subject, "contains no working day of "
                                                       f"{jur} (weekends and holidays only)"))
                continue
            for v in p.provisions:
                if isinstance(v.schedule, Recurrence) and not any(
                        v.schedule.contains(d, period.start) for d in days):
                    out.append(Problem("periods", subject, f"the schedule {v.schedule.rule!r} "
                                                           "falls on none of its working days"))
                if isinstance(v.schedule, Rotation) and len(days) < len(v.schedule.groups):
                    out.append(Problem("periods", subject,
                                       f"{len(days)} working day(s) for a rotation of "
                                       f"{len(v.schedule.groups)} groups"))
    return out


def _check_references(ctx: _Context) -> list[Problem]:
    out = []
    own_ids = {p.id for p in ctx.policies}
    known = set(own_ids)
    if ctx.resolver is not None:
        known |= set(ctx.resolver.ruleset.policies)
    for p in ctx.policies:
        if p.jurisdiction not in ctx.codes:
            out.append(Problem("references", p.id,
                               f"belongs to {p.jurisdiction!r}, a government this plugin does "
                               f"not define ({', '.join(ctx.codes) or 'none'})"))
        if p.amends is not None and p.amends not in own_ids:
            out.append(Problem("references", p.id,
                               f"amends {p.amends!r}, which is not a policy of this plugin"))
        for parent in p.citation.derived_from:
            if parent not in known:
                out.append(Problem("references", p.id, f"derived from unknown policy "
                                                       f"{parent!r}"))
    agencies = {(a.jurisdiction, a.code): a for a in ctx.agencies}
    kinds = {(a.jurisdiction, a.kind) for a in ctx.agencies}
    tags = {(a.jurisdiction, t) for a in ctx.agencies for t in a.tags}
    policies = {p.id: p for p in ctx.policies}
    for e in ctx.exemptions:
        who = e.agency or e.agency_kind or e.agency_tag or "direct_service"
        subject = f"exemption {who} of {e.policy}"
        target = policies.get(e.policy)
        if target is None:
            out.append(Problem("references", subject,
                               "names a policy this plugin does not define"
                               + (" (unknown everywhere)" if e.policy not in known else "")))
            continue
        j = target.jurisdiction
        if e.agency is not None and (j, e.agency) not in agencies:
            out.append(Problem("references", subject, f"no agency {e.agency!r} in {j}"))
        if e.agency_kind is not None and (j, e.agency_kind) not in kinds:
            out.append(Problem("references", subject, f"no agency of kind {e.agency_kind!r} "
                                                      f"in {j}"))
        if e.agency_tag is not None and (j, e.agency_tag) not in tags:
            out.append(Problem("references", subject, f"no agency tagged {e.agency_tag!r} "
                                                      f"in {j}"))
    for r in ctx.rank_rules:
        if r.policy not in policies:
            out.append(Problem("references", f"rank rule ({r.effect}) of {r.policy}",
                               "names a policy this plugin does not define"))
    resolver = ctx.resolver
    if resolver is not None:
        for p in ctx.policies:
            if p.id not in resolver.ruleset.policies or not p.provisions:
                continue
            rules = resolver.rank_rules_of(p.id)
            if rules and all(any(r.blocks(pos) for r in rules) for pos in Position):
                out.append(Problem("references", p.id, "its rank rules exclude every position"))
    return out


def _check_agencies(ctx: _Context) -> list[Problem]:
    out = []
    codes = {(a.jurisdiction, a.code) for a in ctx.agencies}
    for a in ctx.agencies:
        subject = f"agency {a.jurisdiction}/{a.code}"
        if a.jurisdiction not in ctx.codes:
            out.append(Problem("agencies", subject, f"belongs to {a.jurisdiction!r}, a "
                                                    "government this plugin does not define"))
        if a.parent is not None and (a.jurisdiction, a.parent) not in codes:
            out.append(Problem("agencies", subject, f"parent {a.parent!r} does not exist in "
                                                    f"{a.jurisdiction}"))
    parents = {(a.jurisdiction, a.code): a.parent for a in ctx.agencies}
    for key in sorted(parents):
        seen = [key[1]]
        parent = parents[key]
        while parent is not None and (key[0], parent) in parents:
            if parent in seen:
                out.append(Problem("agencies", f"agency {key[0]}/{key[1]}",
                                   f"parent cycle through {parent!r}"))
                break
            seen.append(parent)
            parent = parents[(key[0], parent)]
    for j in ctx.jurisdictions:
        if not any(a.jurisdiction == j.code for a in ctx.agencies):
            out.append(Problem("agencies", j.code, "has no agencies: no employee of it "
                                                   "can be decided"))
        if j.parent is not None and j.parent not in ctx.codes and j.parent != "nasional":
            out.append(Problem("agencies", j.code,
                               f"parent {j.parent!r} is another plugin's government; a region "
                               "plugin must load alone (leave parent None)"))
    return out


def _texts(ctx: _Context) -> Iterable[tuple[str, Text]]:
    for f in ctx.facts:
        yield f"fact {f.name}", f.description
    for p in ctx.policies:
        yield f"{p.id} title", p.title
        for c in p.conditions:
            yield f"{p.id} condition {c.code.value}", c.text
        for i, v in enumerate(p.provisions, 1):
            if v.label is not None:
                yield f"{p.id} provision {i} label", v.label
            if isinstance(v.schedule, Recurrence):
                yield f"{p.id} provision {i} schedule label", v.schedule.label
            for c in v.conditions:
                yield f"{p.id} provision {i} condition {c.code.value}", c.text
        for n in p.notes:
            yield f"{p.id} note", n
    for e in ctx.exemptions:
        yield f"exemption {e.agency or e.agency_kind or e.agency_tag or 'direct_service'} " \
              f"of {e.policy}", e.reason
    for r in ctx.rank_rules:
        yield f"rank rule ({r.effect}) of {r.policy}", r.reason
    for j in ctx.codes:
        for y in (ctx.year, ctx.year + 1):
            try:
                holidays = _hook(ctx.plugin, "kebijakan_asn_holidays", jurisdiction=j, year=y)
            except Exception:  # reported by the calendar check
                continue
            for h in holidays:
                if isinstance(h, Holiday):
                    yield f"holiday {h.date.isoformat()}", h.name
            try:
                revoked = _hook(ctx.plugin, "kebijakan_asn_revoked_holidays", jurisdiction=j,
                                year=y)
            except Exception:  # reported by the calendar check
                continue
            for r in revoked:
                if isinstance(r, RevokedHoliday):
                    yield f"revoked holiday {r.date.isoformat()}", r.name


def _check_texts(ctx: _Context) -> list[Problem]:
    out = []
    for subject, text in _texts(ctx):
        for lang in ("id", "en"):
            value = getattr(text, lang, "")
            if not isinstance(value, str) or not value.strip():
                out.append(Problem("texts", subject, f"empty in {lang!r}"))
        if text.id.strip() == text.en.strip() and len(text.id.split()) >= 4:
            out.append(Problem("texts", subject, f"the same in Bahasa Indonesia and English "
                                                 f"({text.id[:60]!r}); give (id, en)"))
    for j in ctx.jurisdictions:
        if not j.name.strip():
            out.append(Problem("texts", j.code, "the jurisdiction has no name"))
    out += _explanations(ctx)
    return out


def _explanations(ctx: _Context) -> list[Problem]:
    """The explanation of one decision per policy renders in both languages."""
    resolver = ctx.resolver
    if resolver is None:
        return []
    from .._check import _Domain

    out = []
    for p in ctx.policies:
        if not p.provisions or p.jurisdiction not in resolver.ruleset.jurisdictions:
            continue
        decision = _firing_decision(resolver, p, _Domain)
        if decision is None:
            continue  # never fires: the 'fires' check says so
        texts = {}
        for lang in ("id", "en"):
            try:
                texts[lang] = decision.explain(lang)
            except Exception as exc:
                out.append(Problem("texts", p.id, f"the explanation in {lang!r} fails: "
                                                  f"{type(exc).__name__}: {exc}"))
        if len(texts) == 2 and texts["id"] == texts["en"]:
            out.append(Problem("texts", p.id, "the explanation is the same in both languages"))
        for c in decision.conditions:
            if c.policy == p.id and len(texts) == 2 and c.text.en not in texts["en"]:
                out.append(Problem("texts", p.id, "a condition text is missing from the "
                                                  "English explanation"))
    return out


def _firing_decision(resolver: Resolver, policy: Policy, domain_cls: Any) -> Any:
    for period in policy.periods:
        try:
            days = list(itertools.islice(
                _working_days(resolver, policy.jurisdiction, period), 60))
        except KebijakanError:
            return None
        if not days:
            continue
        years = sorted({d.year for d in days})
        domain = domain_cls(resolver, policy.jurisdiction, years)
        employees = [e for e, _ in domain.employees()]
        for day in days:
            for employee in employees:
                try:
                    decision = resolver.decide(employee, day, include_drafts=True)
                except ConflictError:
                    continue
                except KebijakanError:  # a broken calendar hook: the calendar check says so
                    return None
                if any(s.policy == policy.id and s.reason in ("granted", "enabling")
                       for s in decision.trace):
                    return decision
    return None


def _check_calendar(ctx: _Context) -> list[Problem]:
    resolver = ctx.resolver
    if resolver is None:
        return _not_loaded("calendar", ctx)
    out = []
    for j in ctx.codes:
        for y in (ctx.year, ctx.year + 1):
            subject = f"{j} {y}"
            try:
                holidays = resolver.holidays(j, y)
                resolver.revoked_holidays(j, y)  # checked against the holidays
                day = dt.date(y, 1, 1)
                while day.year == y:
                    resolver.is_working_day(j, day)
                    day += dt.timedelta(days=1)
            except KebijakanError as exc:
                out.append(Problem("calendar", subject, str(exc)))
                continue
            if not any(h.jurisdiction == "nasional" for h in holidays):
                out.append(Problem("calendar", subject, "no national holiday: the calendar "
                                                        "does not cover the year"))
    try:
        other = Resolver(plugins=ctx.plugins(dummy_plugin()))
        other.holidays(_DUMMY, ctx.year)
    except KebijakanError as exc:
        out.append(Problem("calendar", ctx.name, f"the calendar hook answers for another "
                                                 f"government: {exc}"))
    return out


def _check_conflicts(ctx: _Context) -> list[Problem]:
    report = ctx.report
    if report is None:
        return _not_loaded("conflicts", ctx)
    out = []
    for c in report.conflicts:
        ex = c.example
        out.append(Problem("conflicts", " × ".join(c.policies),
                           f"{c.message} ({c.employee_days} employee-days, e.g. "
                           f"{ex['employee']['agency']} {ex['employee']['position']} "
                           f"{ex['date']})"))
    return out


def _check_fires(ctx: _Context) -> list[Problem]:
    report = ctx.report
    if report is None:
        return _not_loaded("fires", ctx)
    own = {p.id for p in ctx.policies}
    return [
        Problem("fires", n.policy,
                f"in force on {n.working_days} working day(s) but applies to no one "
                f"({', '.join(f'{r} {k}' for r, k in n.reasons) or 'no step'})")
        for n in report.never_fires if n.policy in own
    ]


def _sample(ctx: _Context, resolver: Resolver, limit: int = 1500
            ) -> list[tuple[Any, dt.date]]:
    from .._check import _Domain

    cases: list[tuple[Any, dt.date]] = []
    for j in ctx.codes:
        domain = _Domain(resolver, j, ctx.years())
        employees = [e for e, _ in domain.employees()]
        for days in domain.days:
            cases.extend((e, days[0]) for e in employees)
    if len(cases) > limit:
        random.Random(0).shuffle(cases)
        cases = cases[:limit]
    return cases


def _outcome(resolver: Resolver, employee: Any, day: dt.date) -> tuple[str, Any]:
    try:
        d = resolver.decide(employee, day)
    except ConflictError as exc:
        return ("conflict", str(exc))
    record = d.to_dict()
    return (d.fingerprint, {k: v for k, v in record.items()
                            if k not in ("fingerprint", "ruleset")})


def _check_determinism(ctx: _Context) -> list[Problem]:
    resolver = ctx.resolver
    if resolver is None:
        return _not_loaded("determinism", ctx)
    cases = _sample(ctx, resolver)
    alone = [_outcome(resolver, e, d)[1] for e, d in cases]
    dummy = dummy_plugin()
    plugins = ctx.plugins(dummy)
    reference: list[str] | None = None
    out = []
    for order in itertools.permutations(plugins):
        names = [str(getattr(p, "PLUGIN_NAME", "?")) for p in order]
        try:
            other = Resolver(plugins=list(order))
        except KebijakanError as exc:
            return [Problem("determinism", ctx.name, f"does not load next to an unrelated "
                                                     f"plugin: {exc}")]
        results = [_outcome(other, e, d) for e, d in cases]
        prints = [r[0] for r in results]
        if reference is None:
            reference = prints
            for (e, d), was, now in zip(cases, alone, results, strict=True):
                if was != now[1]:
                    out.append(Problem("determinism", f"{e.agency} {e.position.value} "
                                                      f"{d.isoformat()}",
                                       "an unrelated plugin changes the decision"))
                    break
        elif prints != reference:
            i = next(i for i, (a, b) in enumerate(zip(prints, reference, strict=True))
                     if a != b)
            e, d = cases[i]
            out.append(Problem("determinism", f"{e.agency} {e.position.value} "
                                              f"{d.isoformat()}",
                               f"the decision changes with the registration order "
                               f"{' < '.join(names)}"))
            break
    return out


_RUNNERS: dict[str, Callable[[_Context], list[Problem]]] = {
    "loads": _check_loads,
    "citations": _check_citations,
    "periods": _check_periods,
    "references": _check_references,
    "agencies": _check_agencies,
    "texts": _check_texts,
    "calendar": _check_calendar,
    "conflicts": _check_conflicts,
    "fires": _check_fires,
    "determinism": _check_determinism,
}


# --------------------------------------------------------------------------- entry points


def run_check(name: str, plugin: object, *, year: int | None = None) -> list[Problem]:
    """Run the check *name* (one of :data:`CHECKS`) on *plugin*."""
    if name not in _RUNNERS:
        raise ValueError(f"unknown conformance check {name!r}; expected one of "
                         f"{', '.join(CHECKS)}")
    return _RUNNERS[name](_context(plugin, year if year is not None else DEFAULT_YEAR))


def check_conformance(plugin: object, *, year: int | None = None,
                      checks: Sequence[str] | None = None) -> list[Problem]:
    """Every problem of *plugin* (all :data:`CHECKS`, or those named)."""
    return [p for name in (checks or CHECKS) for p in run_check(name, plugin, year=year)]


def _ini_year(config: Any) -> int | None:
    try:
        value = config.getini("kebijakan_year")
    except ValueError:  # the kit's pytest plugin is not loaded
        return None
    if not value:
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError(f"ini option kebijakan_year: invalid value {value!r}; expected a "
                         "year such as 2026") from None


def suite(plugin: object | None = None, *, year: int | None = None,
          checks: Sequence[str] | None = None) -> Callable[..., None]:
    """A pytest test function, parametrised over the checks.

    ``test_conformance = conformance.suite()`` in a test module runs every
    check against the ``kebijakan_plugin`` fixture (or *plugin*, if given).
    """
    import pytest

    names = tuple(checks or CHECKS)
    for name in names:
        if name not in _RUNNERS:
            raise ValueError(f"unknown conformance check {name!r}; expected one of "
                             f"{', '.join(CHECKS)}")

    @pytest.mark.parametrize("kebijakan_check", names)
    def test_conformance(kebijakan_check: str, request: pytest.FixtureRequest) -> None:
        target = plugin if plugin is not None else request.getfixturevalue("kebijakan_plugin")
        chosen = year if year is not None else _ini_year(request.config)
        problems = run_check(kebijakan_check, target, year=chosen)
        if problems:
            pytest.fail(f"{len(problems)} conformance problem(s):\n"
                        + "\n".join(f"  - {p}" for p in problems), pytrace=False)

    return test_conformance
