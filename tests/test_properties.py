"""Properties of the model and the resolver, over generated employees and dates.

The rule sets are the made-up ``kab-uji`` of conftest (every rule of SPEC §5)
and every installed plugin.  Each property is bounded by ``max_examples``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kebijakan_asn import (  # noqa: E402
    Agency,
    Arrangement,
    ChainLink,
    Citation,
    Condition,
    ConflictError,
    Decision,
    Employee,
    Exemption,
    FactSpec,
    Grant,
    Holiday,
    Jurisdiction,
    LogVerifier,
    Period,
    Policy,
    Position,
    Provision,
    Quota,
    RankRule,
    Recurrence,
    Resolver,
    Rotation,
    Status,
    Text,
    ValidationError,
)
from kebijakan_asn._canonical import MAX_DEPTH, _deeper_than  # noqa: E402
from kebijakan_asn.nasional import plugin as nasional  # noqa: E402
from kebijakan_asn.testing.conformance import dummy_plugin  # noqa: E402

from .conftest import kab_uji  # noqa: E402
from .test_fuzz import _paths  # noqa: E402

PROPERTY = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

UJI = Resolver(plugins=[nasional, kab_uji])
INSTALLED = Resolver()
RULE_SETS = {"kab-uji": UJI, "installed": INSTALLED}
YEARS = range(2020, 2028)


@st.composite
def employees(draw: st.DrawFn, resolver: Resolver) -> Employee:
    rs = resolver.ruleset
    jurisdiction = draw(st.sampled_from(sorted({j for j, _ in rs.agencies})))
    agency = draw(st.sampled_from([a.code for a in rs.agencies_of(jurisdiction)]))
    return Employee(
        jurisdiction=jurisdiction, agency=agency,
        position=draw(st.sampled_from(list(Position))),
        status=draw(st.sampled_from(list(Status))),
        direct_service=draw(st.booleans()),
        rotation_group=draw(st.sampled_from([None, "A", "B", "C"])),
        facts={f: draw(st.booleans()) for f in rs.facts if draw(st.booleans())},
    )


def days(start: dt.date = dt.date(2020, 1, 1), end: dt.date = dt.date(2027, 12, 31)
         ) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=start, max_value=end)


def decide(resolver: Resolver, employee: Employee, day: dt.date,
           include_drafts: bool = False) -> Any:
    try:
        return resolver.decide(employee, day, include_drafts=include_drafts)
    except ConflictError:  # pragma: no cover - our rule sets have none (test_check)
        pytest.fail(f"conflict for {employee} on {day}")


def _body(decision: Any) -> dict[str, Any]:
    record: dict[str, Any] = decision.to_dict()
    return {k: v for k, v in record.items() if k not in ("fingerprint", "ruleset")}


# --------------------------------------------------------------------------- properties


@pytest.mark.parametrize("name", sorted(RULE_SETS))
def test_a_holiday_is_always_libur(name: str) -> None:
    resolver = RULE_SETS[name]
    jurisdictions = sorted({j for j, _ in resolver.ruleset.agencies})
    holidays = [(j, h.date) for j in jurisdictions for y in YEARS
                for h in resolver.holidays(j, y)]

    @PROPERTY
    @given(data=st.data(), drafts=st.booleans())
    def check(data: st.DataObject, drafts: bool) -> None:
        employee = data.draw(employees(resolver))
        day = data.draw(st.sampled_from([d for j, d in holidays
                                         if j == employee.jurisdiction]))
        d = decide(resolver, employee, day, drafts)
        assert d.arrangement is Arrangement.LIBUR
        assert d.permitted == (Arrangement.LIBUR,)
        assert d.conditions == ()

    check()


@pytest.mark.parametrize("name", sorted(RULE_SETS))
def test_permitted_always_contains_the_arrangement(name: str) -> None:
    resolver = RULE_SETS[name]

    @PROPERTY
    @given(data=st.data(), day=days(), drafts=st.booleans())
    def check(data: st.DataObject, day: dt.date, drafts: bool) -> None:
        d = decide(resolver, data.draw(employees(resolver)), day, drafts)
        assert d.arrangement in d.permitted
        assert list(d.permitted) == sorted(set(d.permitted), key=lambda a: a.value)
        assert (d.arrangement is Arrangement.LIBUR) == (d.permitted == (Arrangement.LIBUR,))

    check()


def _exempted_cases(resolver: Resolver) -> list[tuple[Any, str, list[str], bool]]:
    """(exemption, jurisdiction, agencies it covers, covers direct-service staff)."""
    rs = resolver.ruleset
    out = []
    for e in rs.exemptions:
        policy = rs.policies[e.policy]
        for j in sorted({j for j, _ in rs.agencies}):
            if policy.jurisdiction not in ("nasional", j):
                continue
            covered = []
            for a in rs.agencies_of(j):
                chain = [rs.agencies[(j, c)] for c in rs.ancestors(j, a.code)]
                if (e.agency is not None and e.agency in {x.code for x in chain}) or (
                        e.agency_kind is not None and any(x.kind == e.agency_kind
                                                          for x in chain)) or (
                        e.agency_tag is not None and any(e.agency_tag in x.tags
                                                         for x in chain)) or (
                        e.direct_service and any(x.direct_service for x in chain)):
                    covered.append(a.code)
            if covered or e.direct_service:
                out.append((e, j, covered, e.direct_service))
    return out


@pytest.mark.parametrize("name", sorted(RULE_SETS))
def test_an_exempt_agencys_staff_never_get_the_exempted_arrangement(name: str) -> None:
    resolver = RULE_SETS[name]
    cases = _exempted_cases(resolver)
    assert cases

    @PROPERTY
    @given(data=st.data(), drafts=st.booleans())
    def check(data: st.DataObject, drafts: bool) -> None:
        exemption, jurisdiction, covered, direct = data.draw(st.sampled_from(cases))
        policy = resolver.ruleset.policies[exemption.policy]
        period = data.draw(st.sampled_from(policy.periods))
        end = period.end or period.start + dt.timedelta(days=366)
        day = data.draw(days(period.start, end))
        staff = data.draw(employees(resolver))
        by_direct_service = direct and (not covered or data.draw(st.booleans()))
        employee = Employee(
            jurisdiction=jurisdiction,
            agency=staff.agency if by_direct_service and staff.jurisdiction == jurisdiction
            else data.draw(st.sampled_from(covered or [
                a.code for a in resolver.ruleset.agencies_of(jurisdiction)])),
            position=staff.position, status=staff.status,
            direct_service=True if by_direct_service else staff.direct_service,
            rotation_group=staff.rotation_group,
            facts=dict(staff.facts) if staff.jurisdiction == jurisdiction else {},
        )
        d = decide(resolver, employee, day, drafts)
        steps = [s for s in d.trace if s.policy == policy.id]
        assert all(s.verdict != "applies" for s in steps), steps
        # SPEC §5.8: the instrument whose exemption kept the employee in is cited
        # (an enabling policy grants nothing, so its exemption keeps no one in).
        if any(s.reason == "exempt" for s in steps) and not any(
                v.grant is Grant.ENABLING for v in policy.provisions):
            assert policy.id in d.policies
        assert all(c.policy != policy.id for c in d.conditions)
        granted = {s.arrangement for s in d.trace if s.verdict == "applies"
                   and s.reason == "granted"}
        for arrangement in {v.arrangement for v in policy.provisions} - {Arrangement.WFO}:
            if arrangement not in granted:
                assert arrangement not in d.permitted

    check()


@pytest.mark.parametrize("name", sorted(RULE_SETS))
def test_an_unrelated_plugin_never_changes_a_decision(name: str) -> None:
    resolver = RULE_SETS[name]
    plugins = ([nasional, kab_uji] if name == "kab-uji" else None)
    with_dummy = Resolver(plugins=[*(plugins or _installed_plugins()), dummy_plugin()])

    @PROPERTY
    @given(data=st.data(), day=days(), drafts=st.booleans())
    def check(data: st.DataObject, day: dt.date, drafts: bool) -> None:
        employee = data.draw(employees(resolver))
        assert _body(decide(resolver, employee, day, drafts)) == _body(
            decide(with_dummy, employee, day, drafts))

    check()


def _installed_plugins() -> list[object]:
    from kebijakan_asn._ruleset import load_plugins

    return [x.plugin for x in load_plugins()]


ORDERS = list(itertools.permutations([nasional, kab_uji, dummy_plugin()]))
RESOLVERS_BY_ORDER = [Resolver(plugins=list(order)) for order in ORDERS]


@PROPERTY
@given(data=st.data(), day=days(), drafts=st.booleans())
def test_decisions_do_not_depend_on_plugin_order(data: st.DataObject, day: dt.date,
                                                 drafts: bool) -> None:
    employee = data.draw(employees(UJI))
    prints = {decide(r, employee, day, drafts).fingerprint for r in RESOLVERS_BY_ORDER}
    assert len(prints) == 1
    assert len({r.ruleset.fingerprint for r in RESOLVERS_BY_ORDER}) == 1


TEXT = st.text(max_size=30) | st.sampled_from(
    ["kab-bekasi", "pelaksana", "pns", "A", "198503302010011002", " ", "", "\x00", "\n"])


@PROPERTY
@given(jurisdiction=TEXT, agency=TEXT, position=TEXT, status=TEXT, id_=TEXT | st.none(),
       nip=TEXT | st.none(), rotation_group=TEXT | st.none(),
       direct_service=st.booleans() | TEXT,
       facts=st.dictionaries(TEXT, st.booleans() | TEXT, max_size=3))
def test_employee_construction_raises_only_validation_errors(
        jurisdiction: str, agency: str, position: str, status: str, id_: str | None,
        nip: str | None, rotation_group: str | None, direct_service: object,
        facts: dict[str, object]) -> None:
    try:
        e = Employee(jurisdiction=jurisdiction, agency=agency, position=position,
                     status=status, id=id_, nip=nip, rotation_group=rotation_group,
                     direct_service=direct_service,  # type: ignore[arg-type]
                     facts=facts)  # type: ignore[arg-type]
    except ValidationError:
        return
    assert Employee.from_dict(e.to_dict()) == e


def test_employee_from_dict_with_a_field_missing_raises_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="agency"):
        Employee.from_dict({"jurisdiction": "nasional", "position": "pelaksana"})


# --------------------------------------------------------------------------- hostile values

ANY = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=10**40)
    | st.floats() | st.text(max_size=8) | st.binary(max_size=4)
    | st.sampled_from(["\ud800", "\udcff", "x" * 5000, "nasional", "pelaksana", "A"])
    | st.dates(),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=5), children, max_size=3)
    | st.tuples(children, children),
    max_leaves=5,
)


@PROPERTY
@given(field=st.sampled_from(["jurisdiction", "agency", "position", "status", "id", "nip",
                              "direct_service", "rotation_group", "facts"]),
       value=ANY)
def test_any_value_in_any_employee_field_is_accepted_or_a_validation_error(
        field: str, value: object) -> None:
    good: dict[str, Any] = {"jurisdiction": "nasional", "agency": "bkn",
                            "position": "pelaksana"}
    with contextlib.suppress(ValidationError):
        Employee(**{**good, field: value})
    with contextlib.suppress(ValidationError):
        Employee.from_dict({**good, field: value})


@PROPERTY
@given(employee=ANY | st.just(Employee("nasional", "bkn", "pelaksana")),
       day=ANY | st.dates(min_value=dt.date.min, max_value=dt.date.max),
       drafts=ANY)
def test_decide_takes_any_arguments_or_raises_its_own_errors(
        employee: Any, day: Any, drafts: Any) -> None:
    from kebijakan_asn import KebijakanError

    for call in (lambda: INSTALLED.decide(employee, day, include_drafts=drafts),
                 lambda: list(INSTALLED.decide_many([employee], [day], include_drafts=drafts)),
                 lambda: list(INSTALLED.decide_many(employee, day, include_drafts=drafts))):
        with contextlib.suppress(KebijakanError):  # a ValidationError, or a date not covered
            call()


@PROPERTY
@given(day=st.dates(min_value=dt.date(9999, 12, 1), max_value=dt.date.max)
       | st.dates(min_value=dt.date.min, max_value=dt.date(1, 1, 31)))
def test_the_ends_of_the_calendar_never_overflow(day: dt.date) -> None:
    from kebijakan_asn import KebijakanError, why_not

    e = Employee("nasional", "bkn", "pelaksana")
    try:
        d = INSTALLED.decide(e, day)
    except KebijakanError:
        return
    assert d.to_json()
    why_not(INSTALLED, e, day, "wfh")


INPUT = st.recursive(  # what an error record can hold: the JSON the reader accepted
    st.none() | st.booleans() | st.integers(-10**29, 10**29)
    | st.text(st.characters(blacklist_categories=["Cs"]), max_size=8),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
).filter(lambda v: not _deeper_than(json.dumps(v), MAX_DEPTH - 1))  # as the reader


@PROPERTY
@given(records=st.lists(st.sampled_from(["decision", "error"]), min_size=1, max_size=6),
       cut=st.integers(0, 6), data=st.data())
def test_a_rechained_log_is_a_sound_chain_and_a_cut_one_is_not_sealed(
        records: list[str], cut: int, data: st.DataObject) -> None:
    from kebijakan_asn._audit import Chainer
    from kebijakan_asn._canonical import canonical_json
    from kebijakan_asn._seal import seal_record
    from kebijakan_asn._verify import LogVerifier

    chain = Chainer()
    lines = []
    for i, kind in enumerate(records):
        if kind == "error":
            body = {"schema": "kebijakan-asn/error/1", "line": i + 2, "error": "x",
                    "input": data.draw(INPUT)}
            lines.append(canonical_json(chain.link_record(body)))
        else:
            e = data.draw(employees(UJI))
            lines.append(chain.link(UJI.decide(e, dt.date(2025, 3, 25))).to_json())
    lines.append(canonical_json(seal_record(chain.index, chain.head)))
    verdicts = list(LogVerifier(UJI).run(x.encode() for x in lines))
    assert not [v for v in verdicts if v.verdict in ("chain-broken", "seal-broken")]
    kept = lines[:min(cut, len(lines) - 1)]
    cut_verdicts = list(LogVerifier(UJI).run(x.encode() for x in kept))
    assert [v.verdict for v in cut_verdicts if v.verdict == "seal-broken"] == (
        ["seal-broken"] if kept else [])


RECORD = UJI.decide(Employee("kab-uji", "bappeda", "pelaksana", id="E1"), "2025-03-25")


@PROPERTY
@given(data=st.data())
def test_a_mutated_record_is_a_decision_or_a_validation_error(data: st.DataObject) -> None:
    record = json.loads(RECORD.to_json())
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from([p for p in _paths(record) if p]))
        parent = record
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = data.draw(ANY.filter(lambda v: not isinstance(v, bytes)))
    try:
        decision = Decision.from_dict(record)
    except ValidationError:
        decision = None
    if decision is not None:
        assert decision.fingerprint.startswith("sha256:")
    try:  # the same record as a line of a file: json.dumps escapes the surrogates
        line = json.dumps(record, default=str).encode()
    except (TypeError, ValueError):
        return
    verdicts = list(LogVerifier(UJI).run([line]))
    assert verdicts[0].verdict in ("altered", "unreadable", "different", "reproduced")


def _valid_examples() -> dict[type, dict[str, Any]]:
    citation = Citation("Surat Edaran", "1/2025", "Bupati Uji")
    return {
        Jurisdiction: {"code": "kab-x", "name": "Kab X", "level": "kabupaten"},
        Agency: {"jurisdiction": "kab-x", "code": "a", "name": "A", "kind": "dinas"},
        FactSpec: {"name": "banjir", "description": "Banjir"},
        Citation: {"instrument": "SE", "number": "1", "issuer": "Bupati"},
        Period: {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 1, 2)},
        Recurrence: {"rule": "FREQ=WEEKLY;BYDAY=TH"},
        Rotation: {"groups": ("A", "B")},
        Condition: {"code": "presensi", "text": "Presensi"},
        Provision: {"grant": "assigned", "arrangement": "wfh"},
        Policy: {"id": "kab-x/p", "jurisdiction": "kab-x", "title": "P",
                 "citation": citation, "periods": [Period(dt.date(2025, 1, 1))],
                 "provisions": []},
        Exemption: {"policy": "kab-x/p", "reason": "r", "agency": "a"},
        RankRule: {"policy": "kab-x/p", "positions": ["pelaksana"], "effect": "only",
                   "reason": "r"},
        Holiday: {"date": dt.date(2025, 1, 1), "name": "Tahun Baru", "kind": "libur-daerah",
                  "policy": "kab-x/p"},
        Text: {"id": "teks", "en": "text"},
        Employee: {"jurisdiction": "nasional", "agency": "bkn", "position": "pelaksana"},
        Quota: {"arrangement": "wfh", "share": "1/2", "per": "agency", "headcount": "all"},
        ChainLink: {"index": 0, "previous": None},
    }


EXAMPLES = _valid_examples()


@PROPERTY
@given(data=st.data())
def test_any_value_in_any_public_constructor_is_accepted_or_a_validation_error(
        data: st.DataObject) -> None:
    import attrs

    cls = data.draw(st.sampled_from(sorted(EXAMPLES, key=lambda c: c.__name__)))
    kwargs = dict(EXAMPLES[cls])
    field = data.draw(st.sampled_from([f.name for f in attrs.fields(cls)]))
    kwargs[field] = data.draw(ANY)
    with contextlib.suppress(ValidationError):
        cls(**kwargs)
