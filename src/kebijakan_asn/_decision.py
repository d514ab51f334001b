"""Decisions, their trace, and the stable JSON decision record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

import attrs

from ._canonical import canonical_json, sha256
from ._codes import Arrangement, Grant
from ._errors import ValidationError
from ._model import Citation, ConditionCode, Employee, Text, parse_code

__all__ = [
    "SCHEMA",
    "BasisRef",
    "ChainLink",
    "ConditionRef",
    "Decision",
    "Note",
    "RosterRef",
    "RuleSetRef",
    "TraceStep",
]

SCHEMA = "kebijakan-asn/decision/1"

VERDICTS = ("applies", "not-applicable", "replaced", "outranked", "info")


@attrs.frozen
class TraceStep:
    """One step of a decision: a policy (or the calendar) considered, and its verdict.

    ``reason`` is a stable code (see :doc:`/decisions`); ``params`` fill the
    reason's sentence in Bahasa Indonesia or English.  Keys ending in ``_id``
    and ``_en`` hold a value in each language.
    """

    policy: str | None
    verdict: str
    reason: str
    arrangement: Arrangement | None = None
    grant: Grant | None = None
    params: tuple[tuple[str, str], ...] = ()

    def param(self, key: str, lang: str = "id") -> str:
        """The value of *key*, in *lang* where the step has one per language."""
        d = dict(self.params)
        return d.get(f"{key}_{lang}", d.get(key, ""))

    def to_dict(self) -> dict[str, Any]:
        return {
            "policy": self.policy,
            "verdict": self.verdict,
            "reason": self.reason,
            "arrangement": self.arrangement.value if self.arrangement else None,
            "grant": self.grant.value if self.grant else None,
            "params": dict(self.params),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TraceStep:
        verdict = data.get("verdict")
        if verdict not in VERDICTS:
            raise ValidationError.invalid("trace.verdict", verdict, VERDICTS)
        arrangement = data.get("arrangement")
        grant = data.get("grant")
        params = data.get("params") or {}
        return cls(
            policy=data.get("policy"),
            verdict=verdict,
            reason=str(data.get("reason")),
            arrangement=parse_code(Arrangement, arrangement, "trace.arrangement")
            if arrangement is not None else None,
            grant=parse_code(Grant, grant, "trace.grant") if grant is not None else None,
            params=tuple(sorted((str(k), str(v)) for k, v in params.items())),
        )


@attrs.frozen
class ConditionRef:
    """A condition the employee must meet for one of their arrangements."""

    code: ConditionCode
    arrangement: Arrangement
    text: Text
    policy: str
    channel: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code.value,
            "arrangement": self.arrangement.value,
            "text": {"id": self.text.id, "en": self.text.en},
            "policy": self.policy,
            "channel": self.channel,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConditionRef:
        text = data.get("text") or {}
        return cls(
            code=parse_code(ConditionCode, data.get("code"), "conditions.code"),
            arrangement=parse_code(Arrangement, data.get("arrangement"),
                                   "conditions.arrangement"),
            text=Text(str(text.get("id", "")), str(text.get("en", ""))),
            policy=str(data.get("policy")),
            channel=data.get("channel"),
        )


@attrs.frozen
class BasisRef:
    """A legal instrument the decision rests on."""

    policy: str
    instrument: str
    number: str
    issuer: str
    signed: dt.date | None
    derived_from: tuple[str, ...] = ()

    @classmethod
    def of(cls, policy: str, citation: Citation) -> BasisRef:
        return cls(policy, citation.instrument, citation.number, citation.issuer,
                   citation.signed, citation.derived_from)

    @property
    def label(self) -> str:
        return f"{self.instrument} {self.number}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "policy": self.policy,
            "instrument": self.instrument,
            "number": self.number,
            "issuer": self.issuer,
            "signed": self.signed.isoformat() if self.signed else None,
            "derived_from": list(self.derived_from),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BasisRef:
        signed = data.get("signed")
        return cls(
            policy=str(data.get("policy")),
            instrument=str(data.get("instrument")),
            number=str(data.get("number")),
            issuer=str(data.get("issuer")),
            signed=_parse_date(signed, "basis.signed") if signed else None,
            derived_from=tuple(data.get("derived_from") or ()),
        )


@attrs.frozen
class Note:
    """A remark attached to a decision (a draft used, no implementing policy…)."""

    code: str
    text: Text
    policy: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "policy": self.policy,
                "text": {"id": self.text.id, "en": self.text.en}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Note:
        text = data.get("text") or {}
        return cls(str(data.get("code")), Text(str(text.get("id", "-")),
                                                str(text.get("en", "-"))),
                   data.get("policy"))


@attrs.frozen
class ChainLink:
    """A decision's place in a tamper-evident log (``decide --input … --chain``).

    ``index`` counts the decision records of the file from 0; ``previous`` is
    the fingerprint of the decision record before it (``None`` for the first).
    The record's own fingerprint covers the link, so deleting, inserting or
    reordering records breaks the chain where it happened.
    """

    index: int = attrs.field()
    previous: str | None = attrs.field(default=None)

    @index.validator
    def _check_index(self, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError("chain.index", value, "expected a whole number from 0")

    @previous.validator
    def _check_previous(self, attribute: attrs.Attribute[str | None], value: object) -> None:
        if value is not None and not (isinstance(value, str) and value.startswith("sha256:")):
            raise ValidationError("chain.previous", value,
                                  "expected a fingerprint 'sha256:…' or null for the first record")

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "previous": self.previous}

    @classmethod
    def from_dict(cls, data: object) -> ChainLink:
        if not isinstance(data, Mapping):
            raise ValidationError("chain", data, "expected an object with index and previous")
        unknown = sorted(set(data) - {"index", "previous"})
        if unknown:
            raise ValidationError.invalid("chain", unknown[0], ["index", "previous"],
                                          "unknown field; expected")
        return cls(data.get("index"), data.get("previous"))  # type: ignore[arg-type]


def _optional_line(_: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or value < 1):
        raise ValidationError("roster.row.line", value, "expected a line number from 1")


@attrs.frozen
class RosterRef:
    """The roster a decision was made with (SPEC §5.7, §8): its fingerprint, and the
    employee's row on the decision's date (``line`` and ``arrangement``), or no row.

    A decision record made with a roster carries it as ``options.roster``, so that
    ``verify`` replays the decision with the same input without the roster file."""

    fingerprint: str
    line: int | None = attrs.field(default=None, validator=_optional_line)
    arrangement: Arrangement | None = None

    def __attrs_post_init__(self) -> None:
        if not (isinstance(self.fingerprint, str) and self.fingerprint.startswith("sha256:")):
            raise ValidationError("roster.fingerprint", self.fingerprint,
                                  "expected a roster fingerprint 'sha256:…'")
        if (self.line is None) != (self.arrangement is None):
            raise ValidationError("roster.row", self.line,
                                  "a roster row has both a line and an arrangement")

    def to_dict(self) -> dict[str, Any]:
        row = None if self.arrangement is None else {
            "line": self.line, "arrangement": self.arrangement.value}
        return {"fingerprint": self.fingerprint, "row": row}

    @classmethod
    def from_dict(cls, data: object) -> RosterRef:
        if not isinstance(data, Mapping):
            raise ValidationError("options.roster", data,
                                  "expected an object with fingerprint and row")
        row = data.get("row")
        if row is None:
            return cls(str(data.get("fingerprint")))
        if not isinstance(row, Mapping):
            raise ValidationError("options.roster.row", row,
                                  "expected null or an object with line and arrangement")
        return cls(str(data.get("fingerprint")), row.get("line"),
                   parse_code(Arrangement, row.get("arrangement"),
                              "options.roster.row.arrangement"))


@attrs.frozen
class RuleSetRef:
    """Which rule set made a decision: its fingerprint and plugin versions."""

    fingerprint: str
    plugins: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "plugins": [{"name": n, "version": v} for n, v in self.plugins],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleSetRef:
        plugins = data.get("plugins") or []
        return cls(str(data.get("fingerprint")),
                   tuple((str(p.get("name")), str(p.get("version"))) for p in plugins))


def _parse_date(value: object, field: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(field, value, "expected a real date YYYY-MM-DD")


@attrs.frozen
class Outcome:
    """The part of a decision shared by every employee the rules cannot tell apart."""

    arrangement: Arrangement
    permitted: tuple[Arrangement, ...]
    conditions: tuple[ConditionRef, ...]
    basis: tuple[BasisRef, ...]
    trace: tuple[TraceStep, ...]
    notes: tuple[Note, ...]
    drafts_used: tuple[str, ...] = ()
    provisional: bool = False


@attrs.frozen(eq=False)
class Decision:
    """How *employee* works on *date*, why, and on which legal basis.

    Compare decisions by :attr:`fingerprint`; render them with :meth:`explain`
    (Bahasa Indonesia by default) and store them with :meth:`to_dict`.
    """

    employee: Employee
    date: dt.date
    outcome: Outcome
    ruleset: RuleSetRef
    include_drafts: bool = False
    chain: ChainLink | None = None
    """The decision's link in a chained log, if it was written to one."""
    roster: RosterRef | None = None
    """The roster the decision was made with, if any (SPEC §5.7)."""

    # -- the outcome, flattened --------------------------------------------

    @property
    def arrangement(self) -> Arrangement:
        """The arrangement the employee works under (``libur`` on a non-working day)."""
        return self.outcome.arrangement

    @property
    def permitted(self) -> tuple[Arrangement, ...]:
        """Every arrangement the employee may work under that day, sorted."""
        return self.outcome.permitted

    @property
    def conditions(self) -> tuple[ConditionRef, ...]:
        return self.outcome.conditions

    @property
    def basis(self) -> tuple[BasisRef, ...]:
        return self.outcome.basis

    @property
    def trace(self) -> tuple[TraceStep, ...]:
        return self.outcome.trace

    @property
    def notes(self) -> tuple[Note, ...]:
        return self.outcome.notes

    @property
    def drafts_used(self) -> tuple[str, ...]:
        """Ids of draft policies the decision used (only with ``include_drafts``)."""
        return self.outcome.drafts_used

    @property
    def provisional(self) -> bool:
        """The decision rests on an estimated (not yet confirmed) holiday date."""
        return self.outcome.provisional

    @property
    def policies(self) -> tuple[str, ...]:
        """Ids of the policies the decision rests on, each once, in the order of the basis
        (a holiday may rest on several instruments of one policy)."""
        return tuple(dict.fromkeys(b.policy for b in self.outcome.basis))

    # -- records -----------------------------------------------------------

    def _body(self) -> dict[str, Any]:
        o = self.outcome
        return {
            "schema": SCHEMA,
            "employee": self.employee.to_dict(),
            "date": self.date.isoformat(),
            "options": {"include_drafts": self.include_drafts}
            | ({"roster": self.roster.to_dict()} if self.roster is not None else {}),
            "arrangement": o.arrangement.value,
            "permitted": [a.value for a in o.permitted],
            "conditions": [c.to_dict() for c in o.conditions],
            "basis": [b.to_dict() for b in o.basis],
            "trace": [s.to_dict() for s in o.trace],
            "notes": [n.to_dict() for n in o.notes],
            "drafts_used": list(o.drafts_used),
            "provisional": o.provisional,
            "ruleset": self.ruleset.to_dict(),
        } | ({"chain": self.chain.to_dict()} if self.chain is not None else {})

    def with_chain(self, link: ChainLink | None) -> Decision:
        """The same decision carrying *link* (``None``: without a link)."""
        return attrs.evolve(self, chain=link)

    @cached_property
    def fingerprint(self) -> str:
        """``sha256:`` over the canonical record without its ``fingerprint`` field."""
        return sha256(self._body())

    def to_dict(self) -> dict[str, Any]:
        """The decision record (``kebijakan-asn/decision/1``), ready for :func:`json.dumps`."""
        body = self._body()
        body["fingerprint"] = self.fingerprint
        return body

    def to_json(self) -> str:
        """The record as canonical JSON (one line, keys sorted)."""
        return canonical_json(self.to_dict())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decision:
        """Rebuild a decision from its record.  The stored fingerprint is not
        trusted: compare it with :attr:`fingerprint` (as ``verify`` does).  Anything
        that is not a decision record raises :class:`ValidationError`."""
        try:
            decision = cls._from_dict(data)
            decision.fingerprint  # noqa: B018 - text that cannot be UTF-8 fails here, not later
            return decision
        except (TypeError, AttributeError, KeyError, ValueError) as exc:
            if isinstance(exc, ValidationError):
                raise
            raise ValidationError("record", type(exc).__name__,
                                  f"not a decision record: {exc}") from None

    @classmethod
    def _from_dict(cls, data: Mapping[str, Any]) -> Decision:
        if not isinstance(data, Mapping):
            raise ValidationError("record", type(data).__name__, "expected a JSON object")
        if data.get("schema") != SCHEMA:
            raise ValidationError("schema", data.get("schema"), f"expected {SCHEMA!r}")
        employee = data.get("employee")
        if not isinstance(employee, Mapping):
            raise ValidationError("employee", employee, "expected an object")
        options = data.get("options") or {}
        outcome = Outcome(
            arrangement=parse_code(Arrangement, data.get("arrangement"), "arrangement"),
            permitted=tuple(parse_code(Arrangement, a, "permitted")
                            for a in _list(data, "permitted")),
            conditions=tuple(ConditionRef.from_dict(c) for c in _list(data, "conditions")),
            basis=tuple(BasisRef.from_dict(b) for b in _list(data, "basis")),
            trace=tuple(TraceStep.from_dict(s) for s in _list(data, "trace")),
            notes=tuple(Note.from_dict(n) for n in _list(data, "notes")),
            drafts_used=tuple(str(x) for x in _list(data, "drafts_used")),
            provisional=bool(data.get("provisional", False)),
        )
        ruleset = data.get("ruleset")
        if not isinstance(ruleset, Mapping):
            raise ValidationError("ruleset", ruleset, "expected an object")
        chain = data.get("chain")
        return cls(
            employee=Employee.from_dict(employee),
            date=_parse_date(data.get("date"), "date"),
            outcome=outcome,
            ruleset=RuleSetRef.from_dict(ruleset),
            include_drafts=bool(options.get("include_drafts", False)),
            chain=ChainLink.from_dict(chain) if "chain" in data else None,
            roster=RosterRef.from_dict(options["roster"]) if "roster" in options else None,
        )

    # -- rendering -----------------------------------------------------------

    def explain(self, lang: str = "id") -> str:
        """A short readable explanation: outcome, alternatives, conditions, basis, steps.

        In Bahasa Indonesia (``lang="id"``, the default) or English (``"en"``).
        Agencies and policies are named from the rule set that made the decision
        (any :class:`~kebijakan_asn.Resolver` built in this process from a rule set
        with the same fingerprint); a record read without one is explained with
        the names spelt from its codes and the citations of its basis."""
        from ._explain import explain

        return explain(self, lang)

    def to_html(self, lang: str = "id") -> str:
        """A self-contained HTML card (no external assets), every value escaped."""
        from ._html import decision_html

        return decision_html(self, lang)

    def _repr_html_(self) -> str:
        """The HTML card, shown by Jupyter and other notebooks."""
        return self.to_html("id")

    def __repr__(self) -> str:
        who = self.employee.id or self.employee.nip or self.employee.agency
        return (f"<Decision {who} {self.date.isoformat()} {self.arrangement.value} "
                f"permitted={[a.value for a in self.permitted]}>")


def _list(data: Mapping[str, Any], key: str) -> Sequence[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValidationError(key, value, "expected a list")
    return value
