"""Batches: decide_many shares work between employees the rules cannot tell apart,
and the fast record path writes exactly ``Decision.to_json()``.

The expectations are computed by the unshared path: ``Resolver._evaluate`` for
one employee and one day, and :meth:`Decision.to_json` / :attr:`fingerprint`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kebijakan_asn import Decision, Employee, Resolver, ValidationError, _batch, _cli
from kebijakan_asn._decision import ChainLink
from kebijakan_asn._serial import RecordEncoder
from kebijakan_asn.synthetic import columns, workforce

from .conftest import staff


def span(start: dt.date, days: int) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(days)]


# Every window where a kab-uji or national rule is in force, with edges, weekends
# and holidays; and estimated (provisional) holidays of 2027.
DAYS = (span(dt.date(2020, 3, 13), 36) + span(dt.date(2021, 6, 5), 8)
        + span(dt.date(2024, 4, 15), 3) + span(dt.date(2025, 3, 21), 20)
        + span(dt.date(2025, 8, 8), 4) + span(dt.date(2025, 11, 28), 8)
        + span(dt.date(2026, 1, 1), 10) + span(dt.date(2026, 5, 29), 9)
        + span(dt.date(2027, 3, 9), 4))


@pytest.fixture(scope="module")
def people(resolver: Resolver) -> list[Employee]:
    return workforce(160, seed=4, ruleset=resolver)


def unshared(resolver: Resolver, e: Employee, day: dt.date, drafts: bool) -> Decision:
    return Decision(e, day, resolver._evaluate(e, day, drafts), resolver._ref, drafts)


@pytest.mark.parametrize("drafts", [False, True])
def test_decide_many_equals_one_evaluation_per_employee_and_day(
        resolver: Resolver, people: list[Employee], drafts: bool) -> None:
    fresh = Resolver(ruleset=resolver.ruleset)
    decided = list(fresh.decide_many(people, DAYS, include_drafts=drafts))
    assert len(decided) == len(people) * len(DAYS)
    for i, d in enumerate(decided):
        e, day = people[i // len(DAYS)], DAYS[i % len(DAYS)]
        assert d.employee is e and d.date == day and d.include_drafts is drafts
        expected = unshared(fresh, e, day, drafts)
        assert d.outcome == expected.outcome, (e, day)
        assert d.fingerprint == expected.fingerprint
    # decide() shares the same outcomes
    for d in decided[:: 37]:
        assert fresh.decide(d.employee, d.date, include_drafts=drafts).outcome == d.outcome


def test_work_is_shared_between_employees_the_rules_cannot_tell_apart(
        resolver: Resolver, people: list[Employee], monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = Resolver(ruleset=resolver.ruleset)
    calls: list[tuple[Employee, dt.date]] = []
    real = Resolver._evaluate

    def counting(self: Resolver, e: Employee, day: dt.date, drafts: bool) -> object:
        calls.append((e, day))
        return real(self, e, day, drafts)

    monkeypatch.setattr(Resolver, "_evaluate", counting)
    weekend = [dt.date(2025, 3, 22), dt.date(2025, 3, 23)]  # Saturday, Sunday
    decided = list(fresh.decide_many(people, weekend))
    # A weekend reads nothing of the employee: one evaluation per jurisdiction and day.
    assert len(calls) == 2 * len({e.jurisdiction for e in people})
    assert {d.arrangement.value for d in decided} == {"libur"}
    # The fingerprints all differ: each record is the employee's own.
    assert len({d.fingerprint for d in decided}) == len(decided)
    calls.clear()
    list(fresh.decide_many(people, DAYS))
    keys = {(e.jurisdiction, e.agency, e.position, e.status, e.direct_service,
             e.rotation_group, e.facts) for e in people}
    assert len(calls) < len(keys) * len(DAYS) / 3


@pytest.mark.parametrize("drafts", [False, True])
def test_outcomes_are_decides_without_a_memo_per_employee_kind(
        resolver: Resolver, people: list[Employee], drafts: bool) -> None:
    fresh = Resolver(ruleset=resolver.ruleset)
    for e in people[:40]:
        got = fresh.outcomes(e, [d.isoformat() for d in DAYS], include_drafts=drafts)
        assert got == tuple(fresh.decide(e, d, include_drafts=drafts).outcome for d in DAYS)
    assert fresh.ruleset_ref == fresh.decide(people[0], DAYS[0]).ruleset
    # The batch engine keeps the outcomes with its record texts: the resolver's memo of
    # decide() (one entry per employee kind and date) stays empty through a batch.
    batch_resolver = Resolver(ruleset=resolver.ruleset)
    batch = _batch.Batch(batch_resolver, DAYS, include_drafts=drafts)
    for e in people:
        assert batch.render(e) == "".join(
            d.to_json() + "\n" for d in (fresh.decide(e, day, include_drafts=drafts)
                                         for day in DAYS)).encode("utf-8")
    assert batch_resolver._memo == {}
    # As decide() does, a value the rule set does not know is refused.
    unknown = staff("no-such-agency")
    with pytest.raises(ValidationError, match="no-such-agency"):
        fresh.outcomes(unknown, DAYS[:1])
    with pytest.raises(ValidationError, match="Employee"):
        fresh.outcomes("E1", DAYS[:1])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="dates"):
        fresh.outcomes(people[0], "2025-03-25")
    with pytest.raises(ValidationError, match="2025-02-30"):
        fresh.outcomes(people[0], ["2025-03-25", "2025-02-30"])


def test_equal_outcomes_are_one_object(resolver: Resolver) -> None:
    fresh = Resolver(ruleset=resolver.ruleset)
    a, b = (fresh.decide(staff(agency), "2025-03-25") for agency in ("bappeda", "setda"))
    assert a.outcome is b.outcome  # the same trace: no step names the agency


def test_dates_are_checked_at_once_and_employees_as_they_stream(resolver: Resolver) -> None:
    with pytest.raises(ValidationError, match="2025-02-30"):
        resolver.decide_many([staff()], ["2025-03-01", "2025-02-30"])
    stream = resolver.decide_many([staff(), staff(agency="bapeda")], ["2025-03-03"])
    assert next(stream).employee.agency == "bappeda"
    with pytest.raises(ValidationError, match="did you mean bappeda"):
        next(stream)


# --------------------------------------------------------------------------- records


@pytest.mark.parametrize("drafts", [False, True])
def test_fast_records_are_the_bytes_of_to_json(resolver: Resolver, people: list[Employee],
                                               drafts: bool) -> None:
    encoder = RecordEncoder(checks=0)  # no safety net: the fast path alone
    decided = list(resolver.decide_many(people, DAYS, include_drafts=drafts))
    assert any(d.provisional for d in decided) and any(d.drafts_used for d in decided) == drafts
    for d in decided:
        assert encoder.line(d) == d.to_json() + "\n"
        assert encoder.fingerprint(d) == d.fingerprint
    # also with odd identities: unicode, quotes, backslashes
    odd = [staff(id=i) for i in ("Ã©\u2019\"\\x", "E 1", "\u00a0z")] + [staff(nip=None)]
    for d in resolver.decide_many(odd, DAYS[:5]):
        assert encoder.line(d) == d.to_json() + "\n"


def test_chained_and_unknown_decisions_take_the_slow_path(resolver: Resolver) -> None:
    encoder = RecordEncoder()
    d = resolver.decide(staff(id="E1"), "2025-03-25")
    linked = d.with_chain(ChainLink(3, d.fingerprint))
    assert encoder.line(linked) == linked.to_json() + "\n"
    assert encoder.fingerprint(linked) == linked.fingerprint != d.fingerprint
    assert encoder.line(d) == d.to_json() + "\n"


def test_a_record_layout_the_fast_path_does_not_know_turns_it_off(
        resolver: Resolver, monkeypatch: pytest.MonkeyPatch) -> None:
    d = resolver.decide(staff(id="E1"), "2025-03-26")
    # A new outcome-level field: the parts are taken from _body(), so still exact.
    real_body = Decision._body
    monkeypatch.setattr(Decision, "_body", lambda self: {**real_body(self), "x": [1, "é"]})
    assert RecordEncoder(checks=0).line(d) == d.to_json() + "\n"
    # A per-record change the parts cannot carry: the check catches it.
    monkeypatch.setattr(Decision, "_body",
                        lambda self: {**real_body(self), "x": self.employee.id})
    encoder = RecordEncoder()
    others = [resolver.decide(staff(id=f"E{i}"), "2025-03-26") for i in range(3)]
    assert [encoder.line(x) for x in [d, *others]] == [x.to_json() + "\n"
                                                      for x in [d, *others]]
    # Turned off for good: no template of any other outcome is used either.
    later = resolver.decide(staff(id="E9"), "2025-03-29")  # another outcome (a Saturday)
    assert encoder.plan(later.employee, [later.date], (later.outcome,), later.ruleset,
                        False) == []
    assert encoder.texts_of(later.employee, later.date, later.outcome, later.ruleset,
                            False) is None
    assert encoder.line(later) == later.to_json() + "\n"


def test_the_batch_command_writes_records_that_verify(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEBIJAKAN_ASN_PLUGINS", "nasional")
    national = Resolver(allow=["nasional"])
    cols = columns(60, seed=9, ruleset=national)
    src = tmp_path / "people.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for row in zip(*cols.values(), strict=True):
            record = dict(zip(cols, row, strict=True))
            record["facts"] = {}
            del record["fact:office_access_cut"]
            fh.write(json.dumps(record) + "\n")
    out = tmp_path / "out.jsonl"
    assert _cli.main(["decide", "--input", str(src), "--from", "2025-03-24", "--to",
                      "2025-04-08", "--output", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    people = [Employee.from_dict(json.loads(x)["employee"]) for x in lines[:: 16]]
    expected = [d.to_json() + "\n" for d in national.decide_many(
        people, span(dt.date(2025, 3, 24), 16))]
    assert lines == expected
    capsys.readouterr()
    assert _cli.main(["verify", str(out)]) == 0
    assert f"{len(lines)} records: {len(lines)} reproduced" in capsys.readouterr().err
