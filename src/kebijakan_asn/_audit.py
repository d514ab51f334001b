"""Audit tools: why an arrangement was not given, timelines, and chained logs.

* :func:`why_not` — for an arrangement an employee did not get on a day, every
  policy in their scope that could have granted it, each with the step that
  blocked it (out of period, draft, exemption, rank rule, status, fact,
  schedule, rotation…) and its citation.
* :func:`timeline` — the decisions of a date range compressed into runs of
  days that are decided alike.
* :class:`Chainer` and :class:`ChainChecker` — the tamper-evident log of
  ``decide --input … --chain`` and its check in ``verify``.

Everything here is built from the resolver's own evaluation of one policy
(``Resolver._consider``), so an answer can never disagree with a decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from . import _labels as W
from ._canonical import sha256
from ._codes import Arrangement, Grant
from ._decision import ChainLink, Decision, TraceStep
from ._errors import ValidationError
from ._explain import Context, person, step_line
from ._labels import LANGS, Catalog, format_date
from ._model import ConditionCode, Employee, Policy, Text, parse_code
from ._resolver import DateLike, Resolver, as_date

__all__ = [
    "ChainChecker",
    "Chainer",
    "Run",
    "Timeline",
    "WhyNot",
    "condition_label",
    "date_range_label",
    "timeline",
    "why_not",
]

WHY_NOT_STATUSES = ("permitted", "libur", "blocked")

def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValidationError.invalid("lang", lang, LANGS)
    return lang


def condition_label(code: ConditionCode, lang: str = "id") -> str:
    """A condition code in words: ``persetujuan pimpinan`` / ``superior's approval``."""
    return W.condition(code, _lang(lang))


def date_range_label(start: dt.date, end: dt.date, lang: str = "id") -> str:
    """``24–27 Maret 2025``, ``31 Maret–1 April 2025``, ``28 Maret 2025``."""
    return W.date_range(start, end, lang)


def _p(**kw: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(kw.items()))


# ---------------------------------------------------------------------------- why not


_WHY_LABELS = {
    "id": {
        "title": "Mengapa tidak {arrangement}?",
        "employee": "Pegawai",
        "outcome": "Keputusan hari itu: {arrangement}; yang diperbolehkan: {permitted}",
        "blocked": "Yang menghalangi:",
        "nothing": "Tidak ada kebijakan dalam cakupan pegawai ini ({scope}) yang dapat "
                   "memberikan {arrangement}.",
        "permitted": "{arrangement} diperbolehkan pada hari itu:",
        "libur": "Hari itu libur (bukan hari kerja); tidak ada pengaturan kerja yang berlaku:",
        "draft": " [dengan rancangan]",
    },
    "en": {
        "title": "Why not {arrangement}?",
        "employee": "Employee",
        "outcome": "Decision that day: {arrangement}; permitted: {permitted}",
        "blocked": "Blocked by:",
        "nothing": "No policy in this employee's scope ({scope}) can grant {arrangement}.",
        "permitted": "{arrangement} is permitted that day:",
        "libur": "That day is libur (a non-working day); no work arrangement applies:",
        "draft": " [drafts included]",
    },
}


@attrs.frozen
class WhyNot:
    """The answer of :func:`why_not`.

    ``status`` is ``"blocked"`` (the arrangement is not permitted; ``steps``
    are the blocking steps, one per policy that could have granted it),
    ``"permitted"`` (``steps`` are the steps that grant it) or ``"libur"``
    (a non-working day; ``steps`` are the calendar steps).
    """

    decision: Decision
    arrangement: Arrangement
    status: str = attrs.field()
    steps: tuple[TraceStep, ...] = ()

    @status.validator
    def _check_status(self, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in WHY_NOT_STATUSES:
            raise ValidationError.invalid("status", value, WHY_NOT_STATUSES)

    @property
    def employee(self) -> Employee:
        return self.decision.employee

    @property
    def date(self) -> dt.date:
        return self.decision.date

    @property
    def permitted(self) -> bool:
        """Whether the arrangement is in fact permitted that day."""
        return self.status == "permitted"

    @property
    def policies(self) -> tuple[str, ...]:
        """The policies of the steps, in order."""
        return tuple(s.policy for s in self.steps if s.policy is not None)

    def reasons(self) -> dict[str | None, str]:
        """``{policy: reason code}`` of the steps."""
        return {s.policy: s.reason for s in self.steps}

    def explain(self, lang: str = "id") -> str:
        """The answer in Bahasa Indonesia (default) or English."""
        L = _WHY_LABELS[_lang(lang)]
        d = self.decision
        target = self.arrangement.value.upper()
        flag = L["draft"] if d.include_drafts else ""
        ctx = Context.of(d)
        lines = [f"{L['title'].format(arrangement=target)} — {format_date(d.date, lang)}{flag}",
                 f"{L['employee']}: {person(d.employee, lang, ctx.catalog)}"]
        if self.status == "libur":
            lines.append(L["libur"])
        else:
            lines.append(L["outcome"].format(
                arrangement=d.arrangement.value.upper(),
                permitted=W.join((W.arrangement(a) for a in d.permitted), lang)))
            if self.status == "permitted":
                lines.append(L["permitted"].format(arrangement=target))
            elif self.steps:
                lines.append(L["blocked"])
            else:
                lines.append(L["nothing"].format(
                    arrangement=target,
                    scope=W.join((ctx.catalog.government(j) for j in dict.fromkeys(
                        ("nasional", d.employee.jurisdiction))), lang)))
        for i, step in enumerate(self.steps, 1):
            lines.append(f"  {i}. {step_line(step, lang, ctx)}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The answer as JSON values (the decision's fingerprint identifies the day)."""
        return {
            "employee": self.decision.employee.to_dict(),
            "date": self.decision.date.isoformat(),
            "options": {"include_drafts": self.decision.include_drafts},
            "arrangement": self.arrangement.value,
            "status": self.status,
            "decision": {
                "arrangement": self.decision.arrangement.value,
                "permitted": [a.value for a in self.decision.permitted],
                "fingerprint": self.decision.fingerprint,
            },
            "steps": [s.to_dict() for s in self.steps],
        }

    def _repr_html_(self) -> str:
        from ._html import why_not_html

        return why_not_html(self, "id")


def _in_force(policy: Policy, day: dt.date, include_drafts: bool) -> bool:
    return (bool(policy.provisions) and policy.period_on(day) is not None
            and (include_drafts or not policy.is_draft)
            and not any(v.grant is Grant.BASELINE for v in policy.provisions))


def why_not(resolver: Resolver, employee: Employee, date: DateLike,
            arrangement: Arrangement | str, *, include_drafts: bool = False) -> WhyNot:
    """Why *employee* may not work under *arrangement* on *date*.

    Lists, for every policy of the employee's scope (national and their own
    jurisdiction) that has a provision for *arrangement*, the step that kept
    it from granting it: ``out-of-period`` (with the policy's periods),
    ``draft-not-included``, ``superseded``, ``status-not-covered``,
    ``fact-missing``, ``exempt``, ``rank-excluded``, ``no-provision``,
    ``other-provision``, ``schedule-off``, ``rotation-off``,
    ``rotation-unknown-group`` or ``enabling`` (an enabling policy never
    grants by itself); for ``wfo``, ``baseline-overridden`` when an assigned
    grant displaces the work-week baseline.  Each step carries its citation.
    """
    day = as_date(date)
    target = parse_code(Arrangement, arrangement, "arrangement")
    decision = resolver.decide(employee, day, include_drafts=include_drafts)
    if decision.arrangement is Arrangement.LIBUR:
        calendar = tuple(s for s in decision.trace if s.reason in ("weekend", "holiday"))
        status = "permitted" if target is Arrangement.LIBUR else "libur"
        return WhyNot(decision, target, status, calendar)
    if target in decision.permitted:
        granting = tuple(
            s for s in decision.trace
            if s.verdict == "applies" and s.arrangement is target
            and (s.reason == "granted"
                 or (s.reason == "working-day" and decision.arrangement is target))
        )
        return WhyNot(decision, target, "permitted", granting)
    if target is Arrangement.LIBUR:
        working = tuple(s for s in decision.trace if s.reason == "working-day")
        return WhyNot(decision, target, "blocked", working)
    steps = list(_blockers(resolver, decision, target))
    # Policies in force that day first, then those out of period (each in id order).
    steps.sort(key=lambda s: s.reason == "out-of-period")
    return WhyNot(decision, target, "blocked", tuple(steps))


def _blockers(resolver: Resolver, decision: Decision, target: Arrangement
              ) -> Iterator[TraceStep]:
    rs = resolver.ruleset
    employee, day, drafts = decision.employee, decision.date, decision.include_drafts
    if target is Arrangement.WFO:
        base = next(s for s in decision.trace if s.reason == "working-day")
        outcome = next(s for s in decision.trace if s.reason == "outcome")
        yield TraceStep(base.policy, "outranked", "baseline-overridden", Arrangement.WFO,
                        Grant.BASELINE,
                        _p(by=outcome.policy or "", assigned=decision.arrangement.value.upper(),
                           citation=base.param("citation")))
    scope = rs.in_scope(employee.jurisdiction)
    in_force = {p.id for p in scope if _in_force(p, day, drafts)}
    for policy in scope:
        provisions = [v for v in policy.provisions
                      if v.arrangement is target and v.grant is not Grant.BASELINE]
        if not provisions:
            continue
        grant = provisions[0].grant
        period = policy.period_on(day)
        citation = policy.citation_on(day).label

        def step(reason: str, _policy: Policy = policy, _grant: Grant = grant,
                 _citation: str = citation, **params: str) -> TraceStep:
            return TraceStep(_policy.id, "not-applicable", reason, target, _grant,
                             _p(citation=_citation, **params))

        if period is None:
            yield step("out-of-period", periods=", ".join(x.label() for x in policy.periods))
            continue
        if policy.is_draft and not drafts:
            yield step("draft-not-included")
            continue
        replacing = sorted(set(resolver._amended_by.get(policy.id, ())) & in_force)
        if replacing:
            yield step("superseded", by=", ".join(replacing))
            continue
        found, provision = resolver._consider(employee, policy, day)
        if provision is None:
            yield attrs.evolve(found, arrangement=target, grant=grant)
        elif provision.arrangement is not target:
            via = f"{provision.grant.value} {provision.arrangement.value.upper()}"
            if provision.label is not None:
                via_id, via_en = f"{via}: {provision.label.id}", f"{via}: {provision.label.en}"
            else:
                via_id = via_en = via
            label = provision.label
            yield step("other-provision", via_id=via_id, via_en=via_en,
                       via_grant=provision.grant.value,
                       via_arrangement=provision.arrangement.value,
                       via_label_id=label.id if label else "",
                       via_label_en=label.en if label else "")
        else:
            yield found  # an enabling grant: applies, but never grants by itself


# ---------------------------------------------------------------------------- timelines


@attrs.frozen
class Run:
    """Consecutive days decided alike: same arrangement, permitted arrangements,
    condition codes and deciding policies."""

    start: dt.date
    end: dt.date
    arrangement: Arrangement
    permitted: tuple[Arrangement, ...]
    conditions: tuple[ConditionCode, ...]
    policies: tuple[str, ...]
    """The granting policies; for a plain working day the work-week baseline; for
    a non-working day the calendar's policies."""
    holidays: tuple[Text, ...] = ()
    """The names of the holidays in the run (non-working days only)."""
    drafts_used: tuple[str, ...] = ()
    provisional: bool = False

    @property
    def days(self) -> int:
        """Calendar days in the run."""
        return (self.end - self.start).days + 1

    def label(self, lang: str = "id", catalog: Catalog | None = None) -> str:
        """``24–27 Maret 2025: WFO; boleh juga WFA; syarat: … (Surat Edaran … Nomor …)``."""
        lang = _lang(lang)
        head = date_range_label(self.start, self.end, lang)
        if self.arrangement is Arrangement.LIBUR:
            names = ", ".join(h(lang) for h in self.holidays) or W.word("weekend", lang)
            body = f"libur — {names}"
        else:
            parts = [W.arrangement(self.arrangement)]
            others = [W.arrangement(a) for a in self.permitted if a is not self.arrangement]
            if others:
                parts.append(("boleh juga " if lang == "id" else "also permitted: ")
                             + ", ".join(others))
            if self.conditions:
                parts.append(("syarat: " if lang == "id" else "conditions: ")
                             + ", ".join(condition_label(c, lang) for c in self.conditions))
            body = "; ".join(parts)
        flags = []
        if self.drafts_used:
            flags.append("RANCANGAN" if lang == "id" else "DRAFT")
        if self.provisional:
            flags.append("SEMENTARA" if lang == "id" else "PROVISIONAL")
        flag = f" [{', '.join(flags)}]" if flags else ""
        ctx = Context(catalog or W.catalog(), self.start)
        cited = "; ".join(dict.fromkeys(ctx.cite(p, lang) for p in self.policies))
        return f"{head}: {body} ({cited}){flag}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "arrangement": self.arrangement.value,
            "permitted": [a.value for a in self.permitted],
            "conditions": [c.value for c in self.conditions],
            "policies": list(self.policies),
            "holidays": [{"id": h.id, "en": h.en} for h in self.holidays],
            "drafts_used": list(self.drafts_used),
            "provisional": self.provisional,
        }


_TIMELINE_TITLE = {"id": "Linimasa", "en": "Timeline"}


@attrs.frozen
class Timeline:
    """The runs of :func:`timeline`, in date order."""

    employee: Employee
    start: dt.date
    end: dt.date
    runs: tuple[Run, ...]
    include_drafts: bool = False
    fingerprint: str | None = None
    """The fingerprint of the rule set that decided the runs (names its policies)."""

    @property
    def catalog(self) -> Catalog:
        """The names of the rule set that decided the runs."""
        return W.catalog(self.fingerprint)

    def __iter__(self) -> Iterator[Run]:
        return iter(self.runs)

    def __len__(self) -> int:
        return len(self.runs)

    def explain(self, lang: str = "id") -> str:
        """A header line, then one line per run."""
        lang = _lang(lang)
        sep = " s.d. " if lang == "id" else " to "
        lines = [f"{_TIMELINE_TITLE[lang]}: {person(self.employee, lang, self.catalog)} — "
                 f"{format_date(self.start, lang)}{sep}{format_date(self.end, lang)}"]
        lines += [f"  {r.label(lang, self.catalog)}" for r in self.runs]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "employee": self.employee.to_dict(),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "options": {"include_drafts": self.include_drafts},
            "runs": [r.to_dict() for r in self.runs],
        }

    def _repr_html_(self) -> str:
        from ._html import timeline_html

        return timeline_html(self, "id")


def _run_key(d: Decision) -> tuple[Arrangement, tuple[Arrangement, ...],
                                   tuple[ConditionCode, ...], tuple[str, ...]]:
    if d.arrangement is Arrangement.LIBUR:
        policies = tuple(dict.fromkeys(
            s.policy for s in d.trace if s.reason in ("weekend", "holiday") and s.policy))
    else:
        policies = tuple(dict.fromkeys(
            s.policy for s in d.trace
            if s.verdict == "applies" and s.reason == "granted" and s.policy))
        if not policies:
            policies = tuple(s.policy for s in d.trace if s.reason == "working-day" and s.policy)
    conditions = tuple(dict.fromkeys(c.code for c in d.conditions))
    return d.arrangement, d.permitted, conditions, policies


def _holidays(d: Decision) -> list[Text]:
    return [Text(s.param("name", "id") or "-", s.param("name", "en") or "-")
            for s in d.trace if s.reason == "holiday"]


def timeline(resolver: Resolver, employee: Employee, start: DateLike, end: DateLike, *,
             include_drafts: bool = False) -> Timeline:
    """The decisions of *employee* from *start* to *end* (inclusive), compressed
    into runs of consecutive days with the same arrangement, permitted
    arrangements, condition codes and deciding policies.  Memory grows with
    the number of runs, not of days."""
    first, last = as_date(start, "start"), as_date(end, "end")
    if last < first:
        raise ValidationError("end", last.isoformat(),
                              f"the range runs backwards; expected a date on or after "
                              f"{first.isoformat()}")
    runs: list[Run] = []
    current: Run | None = None
    current_key: object = None
    day = first
    while day <= last:
        d = resolver.decide(employee, day, include_drafts=include_drafts)
        key = _run_key(d)
        if current is not None and key == current_key:
            current = attrs.evolve(
                current, end=day,
                holidays=tuple(dict.fromkeys((*current.holidays, *_holidays(d)))),
                drafts_used=tuple(sorted({*current.drafts_used, *d.drafts_used})),
                provisional=current.provisional or d.provisional)
        else:
            if current is not None:
                runs.append(current)
            arrangement, permitted, conditions, policies = key
            current = Run(day, day, arrangement, permitted, conditions, policies,
                          tuple(dict.fromkeys(_holidays(d))), d.drafts_used, d.provisional)
            current_key = key
        day += dt.timedelta(days=1)
    if current is not None:
        runs.append(current)
    return Timeline(employee, first, last, tuple(runs), include_drafts,
                    resolver.ruleset.fingerprint)


# ---------------------------------------------------------------------------- chains


class Chainer:
    """Links decisions, in the order they are written, into a tamper-evident log.

    >>> chain = Chainer()
    >>> # for d in decisions: out.write(chain.link(d).to_json() + "\\n")

    Each decision gets ``chain = {"index": n, "previous": <fingerprint of the
    decision written before it>}``; its own fingerprint covers the link.
    Error records are links too (:meth:`link_record`), so none can be removed unseen.
    """

    __slots__ = ("head", "index")

    def __init__(self) -> None:
        self.index = 0
        self.head: str | None = None
        """The fingerprint of the last decision linked (keep it apart from the file)."""

    def link(self, decision: Decision) -> Decision:
        linked = decision.with_chain(ChainLink(self.index, self.head))
        self.index += 1
        self.head = linked.fingerprint
        return linked

    def link_record(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """*record* (an error record, say) as the next link: with ``chain`` and a
        ``fingerprint`` over its canonical JSON without the fingerprint."""
        linked = {**record, "chain": ChainLink(self.index, self.head).to_dict()}
        linked["fingerprint"] = sha256(linked)
        self.index += 1
        self.head = linked["fingerprint"]
        return linked


def _short(fp: object) -> str:
    if fp is None:
        return "null"
    text = str(fp)
    return text[:19] + "…" if len(text) > 20 else text


class ChainChecker:
    """Checks the links of a chained log, one decision record at a time.

    A file is chained when its decision records carry ``chain``; then every
    decision record must follow the one before it: ``index`` one more than
    the previous record's (0 for the first) and ``previous`` equal to the
    previous record's fingerprint (``null`` for the first).  Error records
    (``kebijakan-asn/error/1``) of a chained batch are links like the others.  After a broken
    link the check continues from the record that broke it, so one deletion,
    insertion or swap is reported where it happened, not on every later line.
    """

    __slots__ = ("_count", "_prev_fp", "_prev_index", "_prev_line", "_prev_unreadable",
                 "broken", "chained", "head", "last_line", "links")

    def __init__(self) -> None:
        self._count = 0
        self._prev_fp: object = None
        self._prev_index: int | None = None
        self._prev_line: int | None = None
        self._prev_unreadable = False
        self.chained = False
        """Whether any decision record seen so far carries a link."""
        self.links = 0
        self.broken = 0
        self.head: str | None = None
        """The fingerprint of the last chained record seen."""
        self.last_line: int | None = None

    def unreadable(self, line: int) -> None:
        """A line that could not be read takes a place in the chain."""
        self._count += 1
        self._prev_fp, self._prev_index, self._prev_line = None, None, line
        self._prev_unreadable = True

    def unlinked(self, count: int, line: int, fingerprint: str) -> None:
        """*count* records without a link in a file not chained so far, the last on
        *line* with *fingerprint*: what :meth:`check` does for each (none has a
        problem), at once."""
        if self.chained:
            raise ValueError("unlinked records in a chained file: check each one")
        self._count += count
        self._prev_fp, self._prev_index, self._prev_line = fingerprint, None, line
        self._prev_unreadable = False

    def check(self, line: int, record: Mapping[str, Any]) -> list[str]:
        """The problems of *record*'s link (empty when it is sound)."""
        problems: list[str] = []
        raw = record.get("chain")
        index: int | None = None
        if "chain" not in record:
            if self.chained:
                problems.append("no chain link in a chained file (a record inserted?)")
        else:
            self.chained = True
            self.links += 1
            try:
                link = ChainLink.from_dict(raw)
            except ValidationError as exc:
                problems.append(str(exc))
            else:
                index = link.index
                if self._prev_unreadable:
                    problems.append(f"cannot check the link: line {self._prev_line} before "
                                    "it is unreadable")
                else:
                    expected_index = (self._prev_index + 1 if self._prev_index is not None
                                      else self._count)
                    if link.index != expected_index:
                        problems.append(f"index {link.index}, expected {expected_index}")
                    if link.previous != self._prev_fp:
                        where = (f"the fingerprint of line {self._prev_line}"
                                 if self._prev_line is not None else "the first record")
                        problems.append(f"previous {_short(link.previous)}, expected "
                                        f"{_short(self._prev_fp)} ({where})")
                fp = record.get("fingerprint")
                self.head = fp if isinstance(fp, str) else None
                self.last_line = line
        if problems:
            self.broken += 1
        self._count += 1
        self._prev_fp = record.get("fingerprint")
        self._prev_index = index
        self._prev_line = line
        self._prev_unreadable = False
        return problems

    def check_head(self, expected: str) -> list[str]:
        """Problems if the chain does not end at *expected* (records cut off the end?)."""
        if not self.chained:
            return [f"the file is not chained; expected head {_short(expected)}"]
        if self.head != expected:
            return [f"the chain ends at line {self.last_line} with {_short(self.head)}, "
                    f"expected head {_short(expected)} (records removed or added at the end?)"]
        return []
