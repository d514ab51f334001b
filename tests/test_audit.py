"""The audit toolkit: why-not, timelines, the chained log and its verification,
batch progress, and determinism of batch output across processes.

The semantics are tested on the made-up ``kab-uji`` (see conftest); the
process-level checks use the installed regional plugins by allow-list.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kebijakan_asn import (
    Agency,
    Arrangement,
    ChainChecker,
    Chainer,
    ChainLink,
    Citation,
    Decision,
    Employee,
    Jurisdiction,
    ModulePlugin,
    Period,
    Policy,
    Provision,
    Recurrence,
    Resolver,
    ValidationError,
    _cli,
    timeline,
    why_not,
)
from kebijakan_asn._audit import date_range_label
from kebijakan_asn._canonical import canonical_json, sha256
from kebijakan_asn._explain import REASONS, step_sentence
from kebijakan_asn.cli import _common as _cli_common
from kebijakan_asn.nasional import plugin as nasional

from .conftest import AGENCIES, J, _Module, _regional_holidays, kab_uji, staff

WFO, WFH, WFA, LIBUR = (Arrangement.WFO, Arrangement.WFH, Arrangement.WFA,
                        Arrangement.LIBUR)


def blocking(answer: object) -> dict[str | None, str]:
    return answer.reasons()  # type: ignore[attr-defined,no-any-return]


# ---------------------------------------------------------------------------- why not


def test_why_not_names_the_exemption_of_a_parent_agency(resolver: Resolver) -> None:
    # Dinas Kesehatan is exempt from the Lebaran WFA; the puskesmas under it too.
    answer = why_not(resolver, staff("puskesmas-a"), "2025-03-25", "wfa")
    assert answer.status == "blocked" and not answer.permitted
    assert WFA not in answer.decision.permitted
    step = next(s for s in answer.steps if s.policy == f"{J}/wfa-2025")
    assert step.reason == "exempt" and step.param("matched") == "dinkes"
    assert step.param("citation") == "Surat Edaran Bupati Uji 1/2025"
    assert step.arrangement is WFA and step.verdict == "not-applicable"


def test_why_not_lists_every_policy_that_could_grant_it(resolver: Resolver) -> None:
    answer = why_not(resolver, staff("kelurahan-a1"), "2025-03-25", WFA)
    reasons = blocking(answer)
    assert reasons[f"{J}/wfa-2025"] == "exempt"                   # kind kecamatan, a parent
    assert reasons["nasional/se-menpanrb-2-2025"] == "enabling"   # never grants by itself
    assert reasons[f"{J}/rancangan-2026"] == "out-of-period"
    assert reasons["nasional/permenpanrb-4-2025"] == "out-of-period"
    # Only policies with a WFA provision, and only national or the employee's own.
    assert f"{J}/wfh-kamis-2026" not in reasons and "nasional/hari-kerja" not in reasons
    # In-force blockers come before the out-of-period ones.
    order = [s.reason == "out-of-period" for s in answer.steps]
    assert order == sorted(order)


def test_out_of_period_step_carries_the_periods(resolver: Resolver) -> None:
    answer = why_not(resolver, staff(), "2025-03-25", "wfa")
    assert answer.status == "permitted"  # bappeda staff do get the WFA
    answer = why_not(resolver, staff(), "2025-03-28", "wfa")  # cuti bersama
    assert answer.status == "libur"
    answer = why_not(resolver, staff(), "2025-03-21", "wfa")
    step = next(s for s in answer.steps if s.policy == f"{J}/wfa-2025")
    assert step.reason == "out-of-period"
    assert step.param("periods") == "2025-03-24..2025-03-27"
    assert "masa berlakunya 24–27 Maret 2025" in answer.explain("id")
    assert "not in force on that date: in force 24–27 March 2025" in answer.explain("en")


@pytest.mark.parametrize(("employee", "day", "arrangement", "policy", "reason"), [
    (staff("bappeda", "administrator"), "2025-03-25", "wfa", f"{J}/wfa-2025", "rank-excluded"),
    (staff(status="non-asn"), "2025-03-25", "wfa", f"{J}/wfa-2025", "status-not-covered"),
    (staff(), "2026-01-07", "wfh", f"{J}/wfh-kamis-2026", "schedule-off"),
    (staff(status="pppk"), "2026-01-08", "wfh", f"{J}/wfh-kamis-2026", "status-not-covered"),
    (staff(direct_service=True), "2026-01-08", "wfh", f"{J}/wfh-kamis-2026", "exempt"),
    (staff(), "2026-01-07", "wfh", f"{J}/banjir", "fact-missing"),
    (staff(rotation_group="A"), "2025-12-02", "wfh", f"{J}/rotasi", "rotation-off"),
    (staff(rotation_group="C"), "2025-12-02", "wfh", f"{J}/rotasi", "rotation-unknown-group"),
    (staff(), "2026-06-05", "wfa", f"{J}/rancangan-2026", "draft-not-included"),
    (staff("bappeda", "administrator"), "2020-03-30", "wfh", f"{J}/asal-2020", "superseded"),
    (staff("bappeda", "administrator"), "2020-03-30", "wfh", f"{J}/perpanjangan-2020",
     "rank-excluded"),
])
def test_each_blocking_reason(resolver: Resolver, employee: object, day: str,
                              arrangement: str, policy: str, reason: str) -> None:
    answer = why_not(resolver, employee, day, arrangement)  # type: ignore[arg-type]
    assert answer.status == "blocked"
    assert blocking(answer)[policy] == reason
    for step in answer.steps:
        assert step.param("citation"), step          # every step cites its instrument
        assert step.reason in REASONS
        for lang in ("id", "en"):
            sentence = step_sentence(step, lang)
            assert "?" not in sentence.replace("(?)", ""), sentence  # every {param} filled


def test_superseded_names_the_amendment(resolver: Resolver) -> None:
    answer = why_not(resolver, staff("bappeda", "administrator"), "2020-03-30", "wfh")
    step = next(s for s in answer.steps if s.policy == f"{J}/asal-2020")
    assert step.param("by") == f"{J}/perpanjangan-2020"
    assert "digantikan oleh Surat Edaran Bupati Uji Nomor" in answer.explain()


def test_drafts_asked_for_then_the_schedule_decides(resolver: Resolver) -> None:
    friday = why_not(resolver, staff(), "2026-06-05", "wfa", include_drafts=True)
    assert friday.status == "permitted"
    assert friday.policies == (f"{J}/rancangan-2026",)
    thursday = why_not(resolver, staff(), "2026-06-04", "wfa", include_drafts=True)
    assert blocking(thursday)[f"{J}/rancangan-2026"] == "schedule-off"
    assert "[dengan rancangan]" in thursday.explain()


def test_why_not_wfo_when_an_assigned_grant_displaces_the_baseline(
        resolver: Resolver) -> None:
    answer = why_not(resolver, staff(), "2026-01-08", "wfo")  # WFH every Thursday of 2026
    assert answer.decision.arrangement is WFH and answer.status == "blocked"
    first = answer.steps[0]
    assert (first.policy, first.reason) == ("nasional/hari-kerja", "baseline-overridden")
    assert first.param("by") == f"{J}/wfh-kamis-2026" and first.param("assigned") == "WFH"
    assert ("WFO as the baseline does not hold on that date: Circular of the Regent of Uji "
            "No. 2/2026 assigns WFH" in answer.explain("en"))
    assert "hari ini" not in answer.explain("id") and "today" not in answer.explain("en")


def test_permitted_and_libur_are_clear_answers(resolver: Resolver) -> None:
    wfo = why_not(resolver, staff(), "2025-03-25", "wfo")
    assert wfo.status == "permitted"
    assert [s.reason for s in wfo.steps] == ["working-day"]
    assert "WFO diperbolehkan pada hari itu" in wfo.explain()
    sunday = why_not(resolver, staff(), "2025-03-23", "wfa")
    assert sunday.status == "libur" and [s.reason for s in sunday.steps] == ["weekend"]
    assert "That day is libur" in sunday.explain("en")
    anniversary = why_not(resolver, staff(), "2026-08-10", "wfo")
    assert anniversary.status == "libur"
    assert anniversary.policies == (f"{J}/hari-jadi",)
    assert why_not(resolver, staff(), "2026-08-10", "libur").status == "permitted"
    workday = why_not(resolver, staff(), "2025-03-25", "libur")
    assert workday.status == "blocked" and workday.steps[0].reason == "working-day"


def test_nothing_in_scope_can_grant_it() -> None:
    # A rule set of one regency with a work week and no WFH/WFA policy at all.
    week = Policy(
        id="kab-kosong/hari-kerja", jurisdiction="kab-kosong", title=("Hari kerja", "Week"),
        citation=Citation("Perbup", "1/2020", "Bupati Kosong", dt.date(2020, 1, 1)),
        periods=[Period(dt.date(2020, 1, 1), None)],
        provisions=[Provision("baseline", "wfo",
                              schedule=Recurrence("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"))],
    )

    class Module:
        POLICIES = [week]

    plugin = ModulePlugin(
        "kab-kosong", "1.0.0",
        jurisdictions=[Jurisdiction("kab-kosong", "Kabupaten Kosong", "kabupaten")],
        agencies=[Agency("kab-kosong", "setda", "Sekretariat Daerah", "setda")],
        modules=[Module])
    alone = Resolver(plugins=[plugin])
    who = Employee("kab-kosong", "setda", "pelaksana")
    answer = why_not(alone, who, "2025-03-25", "wfh")
    assert answer.status == "blocked" and answer.steps == ()
    assert answer.explain("en").splitlines()[-1] == (
        "No policy in this employee's scope (Pemerintah Pusat and Pemerintah Kabupaten "
        "Kosong) can grant WFH.")
    assert "Tidak ada kebijakan dalam cakupan pegawai ini" in answer.explain("id")


def test_other_provision_of_the_same_policy() -> None:
    mixed = Policy(
        id=f"{J}/campuran-2027", jurisdiction=J, title=("Campuran", "Mixed"),
        citation=Citation("Surat Edaran Bupati Uji", "9/2027", "Bupati Uji",
                          dt.date(2027, 1, 4)),
        periods=[Period(dt.date(2027, 2, 1), dt.date(2027, 2, 28))],
        provisions=[Provision("assigned", "wfh", agency_tags={"balai"},
                              label=("balai: WFH", "balai: WFH")),
                    Provision("permitted", "wfa")],
    )

    class Extra:
        POLICIES = [mixed]

    plugin = ModulePlugin(J, "1.0.0", jurisdictions=kab_uji._jurisdictions,
                          agencies=AGENCIES, modules=[_Module, Extra],
                          holidays=_regional_holidays)
    resolver = Resolver(plugins=[nasional, plugin])
    setda = why_not(resolver, staff("setda"), "2027-02-02", "wfa")  # setda carries "balai"
    step = next(s for s in setda.steps if s.policy == mixed.id)
    assert step.reason == "other-provision" and step.arrangement is WFA
    assert step.param("via") == "assigned WFH: balai: WFH"
    assert why_not(resolver, staff(), "2027-02-02", "wfa").status == "permitted"


def test_why_not_rejects_bad_input(resolver: Resolver) -> None:
    with pytest.raises(ValidationError, match="arrangement: invalid value 'wfx'"):
        why_not(resolver, staff(), "2025-03-25", "wfx")
    with pytest.raises(ValidationError, match="agency"):
        why_not(resolver, staff("bapeda"), "2025-03-25", "wfa")


def test_why_not_json_round_trips(resolver: Resolver) -> None:
    answer = why_not(resolver, staff("puskesmas-a"), "2025-03-25", "wfa")
    data = json.loads(json.dumps(answer.to_dict()))
    assert data["status"] == "blocked" and data["arrangement"] == "wfa"
    assert data["decision"]["fingerprint"] == answer.decision.fingerprint
    assert [s["reason"] for s in data["steps"]] == [s.reason for s in answer.steps]


# ---------------------------------------------------------------------------- timelines


def test_timeline_runs_read_like_the_calendar(resolver: Resolver) -> None:
    line = timeline(resolver, staff(), "2025-03-20", "2025-04-02")
    assert [r.label("id") for r in line] == [
        "20–21 Maret 2025: WFO (nasional/hari-kerja)",
        "22–23 Maret 2025: libur — akhir pekan (nasional/hari-kerja)",
        "24–27 Maret 2025: WFO; boleh juga WFA; syarat: laporan kinerja, persetujuan pimpinan "
        "(kab-uji/wfa-2025)",
        "28 Maret 2025: libur — Cuti Bersama Hari Suci Nyepi (nasional/libur)",
        "29–30 Maret 2025: libur — akhir pekan (nasional/hari-kerja)",
        "31 Maret–2 April 2025: libur — Hari Raya Idul Fitri, Hari kedua dari Hari Raya Idul "
        "Fitri, Cuti Bersama Hari Raya Idul Fitri (nasional/libur)",
    ]
    assert line.runs[2].label("en") == (
        "24–27 March 2025: WFO; also permitted: WFA; conditions: performance report, "
        "superior's approval (kab-uji/wfa-2025)")


def test_timeline_covers_every_day_once_and_each_run_is_uniform(resolver: Resolver) -> None:
    start, end = dt.date(2025, 11, 20), dt.date(2026, 1, 20)
    employee = staff(rotation_group="B")
    line = timeline(resolver, employee, start, end)
    assert line.runs[0].start == start and line.runs[-1].end == end
    assert sum(r.days for r in line) == (end - start).days + 1
    for a, b in zip(line.runs, line.runs[1:], strict=False):
        assert b.start == a.end + dt.timedelta(days=1)
        assert (a.arrangement, a.permitted, a.conditions, a.policies) != (
            b.arrangement, b.permitted, b.conditions, b.policies)
    for run in line:
        day = run.start
        while day <= run.end:
            d = resolver.decide(employee, day)
            assert d.arrangement is run.arrangement and d.permitted == run.permitted
            day += dt.timedelta(days=1)


def test_timeline_of_a_rotation_alternates(resolver: Resolver) -> None:
    line = timeline(resolver, staff(rotation_group="A"), "2025-12-01", "2025-12-05")
    assert [(r.start.day, r.arrangement) for r in line] == [
        (1, WFH), (2, WFO), (3, WFH), (4, WFO), (5, WFH)]
    assert line.runs[0].policies == (f"{J}/rotasi",)


def test_timeline_marks_drafts_and_rejects_a_backward_range(resolver: Resolver) -> None:
    line = timeline(resolver, staff(), "2026-06-05", "2026-06-05", include_drafts=True)
    assert line.runs[0].drafts_used == (f"{J}/rancangan-2026",)
    assert line.runs[0].label("id").endswith("[RANCANGAN]")
    with pytest.raises(ValidationError, match="runs backwards"):
        timeline(resolver, staff(), "2025-03-27", "2025-03-24")


def test_timeline_json(resolver: Resolver) -> None:
    data = json.loads(json.dumps(timeline(resolver, staff(), "2025-03-24",
                                          "2025-03-30").to_dict()))
    assert [(r["start"], r["end"], r["days"]) for r in data["runs"]] == [
        ("2025-03-24", "2025-03-27", 4), ("2025-03-28", "2025-03-28", 1),
        ("2025-03-29", "2025-03-30", 2)]
    assert data["runs"][0]["conditions"] == ["laporan-kinerja", "persetujuan-pimpinan"]


@pytest.mark.parametrize(("start", "end", "lang", "label"), [
    ("2025-03-24", "2025-03-27", "id", "24–27 Maret 2025"),
    ("2025-03-31", "2025-04-01", "id", "31 Maret–1 April 2025"),
    ("2025-12-31", "2026-01-02", "en", "31 December 2025–2 January 2026"),
    ("2025-03-28", "2025-03-28", "en", "28 March 2025"),
])
def test_date_range_labels(start: str, end: str, lang: str, label: str) -> None:
    assert date_range_label(dt.date.fromisoformat(start), dt.date.fromisoformat(end),
                            lang) == label


# ---------------------------------------------------------------------------- the chain


def test_records_without_a_chain_are_unchanged(resolver: Resolver) -> None:
    d = resolver.decide(staff(id="P1"), "2025-03-25")
    assert "chain" not in d.to_dict() and '"chain"' not in d.to_json()
    assert d.with_chain(None).to_json() == d.to_json()


def test_the_fingerprint_covers_the_link(resolver: Resolver) -> None:
    chain = Chainer()
    days = ["2025-03-24", "2025-03-25", "2025-03-26"]
    linked = [chain.link(resolver.decide(staff(id="P1"), d)) for d in days]
    assert [d.chain for d in linked] == [
        ChainLink(0, None), ChainLink(1, linked[0].fingerprint),
        ChainLink(2, linked[1].fingerprint)]
    assert chain.head == linked[-1].fingerprint
    plain = resolver.decide(staff(id="P1"), "2025-03-24")
    assert linked[0].fingerprint != plain.fingerprint
    record = json.loads(linked[1].to_json())
    assert record["chain"] == {"index": 1, "previous": linked[0].fingerprint}
    again = Decision.from_dict(record)
    assert again.chain == linked[1].chain and again.fingerprint == record["fingerprint"]
    record["chain"]["index"] = 7
    assert Decision.from_dict(record).fingerprint != record["fingerprint"]


@pytest.mark.parametrize("bad", [{"index": -1, "previous": None}, {"index": True},
                                 {"index": 0, "previous": "abc"}, [0, None],
                                 {"index": 0, "previous": None, "x": 1}, None])
def test_malformed_links_are_named(resolver: Resolver, bad: object) -> None:
    record = resolver.decide(staff(), "2025-03-25").to_dict()
    record["chain"] = bad
    with pytest.raises(ValidationError, match="chain"):
        Decision.from_dict(record)


def _records(resolver: Resolver, n: int) -> list[dict[str, object]]:
    chain = Chainer()
    start = dt.date(2025, 3, 24)
    return [json.loads(chain.link(resolver.decide(staff(id=f"P{i}"),
                                                  start + dt.timedelta(days=i % 3))).to_json())
            for i in range(n)]


def _check(records: list[dict[str, object]]) -> list[tuple[int, list[str]]]:
    checker = ChainChecker()
    out = []
    for line, record in enumerate(records, 1):
        problems = checker.check(line, record)
        if problems:
            out.append((line, problems))
    return out


def test_chain_checker_finds_deletion_insertion_and_reordering(resolver: Resolver) -> None:
    records = _records(resolver, 8)
    assert _check(records) == []
    deleted = records[:3] + records[4:]
    assert [line for line, _ in _check(deleted)] == [4]
    assert [line for line, _ in _check(records[1:])] == [1]            # first line removed
    duplicated = [*records[:3], records[2], *records[3:]]
    assert [line for line, _ in _check(duplicated)] == [4]  # the copy; what follows links on
    unchained = {k: v for k, v in records[0].items() if k != "chain"}
    inserted = [*records[:5], unchained, *records[5:]]
    problems = dict(_check(inserted))
    assert list(problems) == [6, 7] and "no chain link" in problems[6][0]
    swapped = [*records[:2], records[3], records[2], *records[4:]]
    broken = _check(swapped)
    assert [line for line, _ in broken] == [3, 4, 5]
    assert broken[0][1][0] == "index 3, expected 2"


def test_chain_checker_head(resolver: Resolver) -> None:
    records = _records(resolver, 4)
    checker = ChainChecker()
    for line, record in enumerate(records[:-1], 1):
        checker.check(line, record)
    assert checker.check_head(str(records[-1]["fingerprint"]))  # the last one was cut off
    checker.check(4, records[-1])
    assert checker.check_head(str(records[-1]["fingerprint"])) == []
    assert ChainChecker().check_head("sha256:00")[0].startswith("the file is not chained")


# ---------------------------------------------------------------------------- the CLI


@pytest.fixture
def uji(monkeypatch: pytest.MonkeyPatch, resolver: Resolver) -> Resolver:
    """The CLI, on national rules and kab-uji."""
    monkeypatch.setattr(_cli_common, "make_resolver", lambda args: resolver)
    return resolver


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = _cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


CSV = """id,jurisdiction,agency,position,rotation_group
U1,kab-uji,bappeda,pelaksana,
U2,kab-uji,bapeda,pelaksana,
U3,kab-uji,puskesmas-a,fungsional,
U4,kab-uji,setda,pengawas,A
"""


GOOD_CSV = "".join(x for x in CSV.splitlines(keepends=True) if "bapeda" not in x)


def _batch(capsys: pytest.CaptureFixture[str], tmp_path: Path, *extra: str,
           csv: str = CSV) -> tuple[int, Path, str]:
    src = tmp_path / "pegawai.csv"
    src.write_text(csv, encoding="utf-8")
    out = tmp_path / "keputusan.jsonl"
    code, _, err = run(capsys, "decide", "--input", str(src), "--from", "2025-03-24",
                       "--to", "2025-03-28", "--output", str(out), *extra)
    return code, out, err


def _good_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> list[str]:
    """A chained batch of 15 decisions without a bad input line; the seal is last."""
    code, out, _ = _batch(capsys, tmp_path, "--chain", csv=GOOD_CSV)
    assert code == 0
    return out.read_text(encoding="utf-8").splitlines()


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return path


def test_batch_chain_links_every_record_and_ends_in_a_seal(
        uji: Resolver, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = _batch(capsys, tmp_path, "--chain")
    assert code == 1  # line 3 is bad
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["schema"] for r in records[4:7]] == [
        "kebijakan-asn/decision/1", "kebijakan-asn/error/1", "kebijakan-asn/decision/1"]
    chained, seal = records[:-1], records[-1]
    assert [r["chain"]["index"] for r in chained] == list(range(16))
    assert chained[0]["chain"]["previous"] is None
    assert all(b["chain"]["previous"] == a["fingerprint"]
               for a, b in itertools.pairwise(chained))
    error = chained[5]  # the error record is a link, fingerprinted like a decision
    assert error["fingerprint"] == sha256({k: v for k, v in error.items()
                                           if k != "fingerprint"})
    assert seal == {"schema": "kebijakan-asn/seal/1", "records": 16,
                    "head": chained[-1]["fingerprint"]}
    assert f"chain head {chained[-1]['fingerprint']}, sealed" in err
    assert "15 decisions written, 1 invalid input records" in err


def test_batch_without_chain_is_byte_identical_to_plain_records(
        uji: Resolver, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _, out, err = _batch(capsys, tmp_path)
    first = out.read_text(encoding="utf-8").splitlines()[0]
    expected = uji.decide(staff(id="U1"), "2025-03-24").to_json()
    assert first == expected and "chain head" not in err
    assert sorted(json.loads(first)) == [
        "arrangement", "basis", "conditions", "date", "drafts_used", "employee",
        "fingerprint", "notes", "options", "permitted", "provisional", "ruleset", "schema",
        "trace"]


def test_verify_chained_file(uji: Resolver, capsys: pytest.CaptureFixture[str],
                             tmp_path: Path) -> None:
    _, out, err = _batch(capsys, tmp_path, "--chain")
    head = err.split("chain head ")[1].split(",")[0]
    lines = out.read_text(encoding="utf-8").splitlines()
    code, stdout, err = run(capsys, "verify", str(out), "--head", head)
    assert code == 1 and "input-error" in stdout  # the bad input line stays a problem
    assert "chain: 16 links, intact" in err and "broken" not in stdout

    good = _write(tmp_path / "good.jsonl", _good_lines(capsys, tmp_path))
    code, stdout, err = run(capsys, "verify", str(good))
    assert code == 0 and stdout == ""
    assert "15 records: 15 reproduced, 1 sealed; chain: 15 links, intact" in err

    cases = {  # lines are 1-based in the report; the seal is line 17
        "deleted": (lines[:7] + lines[8:], [8], True),
        "deleted error record": (lines[:5] + lines[6:], [6], True),
        "inserted": ([*lines[:3], lines[9], *lines[3:]], [4, 5], True),
        "reordered": ([*lines[:2], lines[3], lines[2], *lines[4:]], [3, 4, 5], False),
    }
    for name, (changed, where, seal_broken) in cases.items():
        path = _write(tmp_path / f"{name}.jsonl", changed)
        code, stdout, err = run(capsys, "verify", str(path))
        broken = [int(x.split(":")[1]) for x in stdout.splitlines() if ": chain-broken:" in x]
        assert code == 1 and broken == where, (name, stdout)
        assert f"{len(where)} broken" in err
        assert (": seal-broken: the seal counts" in stdout) == seal_broken, (name, stdout)

    cut = _write(tmp_path / "cut.jsonl", lines[:-2])
    code, stdout, _ = run(capsys, "verify", str(cut))
    assert code == 1 and f"{cut}:15: seal-broken: the chain has no seal record" in stdout
    code, stdout, _ = run(capsys, "verify", str(cut), "--head", head)
    assert code == 1 and "chain-broken: the chain ends at line" in stdout


def test_verify_still_reports_altered_and_different_per_record(
        uji: Resolver, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    lines = _good_lines(capsys, tmp_path)
    flipped = json.loads(lines[2])
    flipped["permitted"] = ["wfh", "wfo"]
    path = _write(tmp_path / "flipped.jsonl",
                  [*lines[:2], canonical_json(flipped), *lines[3:]])
    code, stdout, err = run(capsys, "verify", str(path))
    assert code == 1 and stdout.splitlines() == [
        f"{path}:3: altered: fingerprint: recorded {flipped['fingerprint']}, content hashes "
        f"to {Decision.from_dict(flipped).fingerprint}"]
    assert "chain: 15 links, intact" in err  # the link itself was not touched

    flipped["fingerprint"] = Decision.from_dict(flipped).fingerprint  # re-sealed forgery
    path = _write(tmp_path / "forged.jsonl",
                  [*lines[:2], canonical_json(flipped), *lines[3:]])
    code, stdout, _ = run(capsys, "verify", str(path), "--json")
    reports = [json.loads(x) for x in stdout.splitlines()]
    problems = [(r["line"], r["verdict"]) for r in reports
                if r["verdict"] not in ("reproduced", "sealed")]
    assert code == 1 and problems == [(3, "different"), (4, "chain-broken")]

    # The same content, not in canonical form: altered, never reproduced.
    same = json.loads(lines[2])
    for text in (json.dumps(same), canonical_json(same).replace('"date"', '"date" ', 1),
                 canonical_json({**same, "catatan": "x"}),
                 canonical_json(same)[:-1] + ',"schema":"kebijakan-asn/decision/1"}'):
        path = _write(tmp_path / "spaced.jsonl", [*lines[:2], text, *lines[3:]])
        code, stdout, _ = run(capsys, "verify", str(path))
        assert code == 1 and stdout.startswith(f"{path}:3: altered: not the canonical record")


def test_verify_under_a_changed_plugin_version(
        monkeypatch: pytest.MonkeyPatch, uji: Resolver, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    lines = _good_lines(capsys, tmp_path)
    good = _write(tmp_path / "good.jsonl", lines)
    bumped = ModulePlugin(J, "1.0.1", jurisdictions=kab_uji._jurisdictions, agencies=AGENCIES,
                          modules=[_Module], holidays=_regional_holidays)
    later = Resolver(plugins=[nasional, bumped])
    verdict, details = _cli.verify_record(later, json.loads(lines[0]))
    assert verdict == "other-ruleset" and details[0] == "kab-uji: 1.0.0 -> 1.0.1"
    monkeypatch.setattr(_cli_common, "make_resolver", lambda args: later)
    code, stdout, err = run(capsys, "verify", str(good))
    assert code == 1 and stdout.count(": other-ruleset: kab-uji: 1.0.0 -> 1.0.1") == 15
    assert "15 other-ruleset, 1 sealed; chain: 15 links, intact" in err


def test_verify_unreadable_lines_in_a_chain(uji: Resolver, capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    lines = _good_lines(capsys, tmp_path)
    bad_link = json.loads(lines[1])
    bad_link["chain"] = {"index": "one", "previous": None}
    path = _write(tmp_path / "bad.jsonl", [lines[0], json.dumps(bad_link), "{garbled",
                                           *lines[3:]])
    code, stdout, _ = run(capsys, "verify", str(path))
    assert code == 1
    assert f"{path}:2: unreadable: chain.index: invalid value 'one'" in stdout
    assert f"{path}:3: unreadable: not valid JSON" in stdout
    assert f"{path}:4: chain-broken: cannot check the link: line 3 before it is unreadable" \
        in stdout


def test_chain_needs_a_batch(uji: Resolver, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "decide", "--jurisdiction", J, "--agency", "bappeda",
                       "--position", "pelaksana", "--date", "2025-03-25", "--chain")
    assert code == 2 and "--chain" in err and err.count("\n") == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(uji: Resolver, capsys: pytest.CaptureFixture[str],
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, _, err = _batch(capsys, tmp_path)
    assert "\r" not in err and err.count("\n") == 2  # one bad line, one summary
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, out, _ = _batch(capsys, tmp_path)
    text = terminal.getvalue()
    assert code == 1 and "\rkebijakan-asn: input line 2, 0 decisions written…" in text
    assert "\r\033[Kkebijakan-asn: " in text  # the line is erased before a message
    assert text.rstrip("\n").endswith("15 decisions written, 1 invalid input records")
    assert "\r" not in out.read_text(encoding="utf-8")


def test_explain_and_timeline_commands(uji: Resolver,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    who = ["--jurisdiction", J, "--agency", "puskesmas-a", "--position", "pelaksana"]
    code, out, _ = run(capsys, "explain", "--why-not", "wfa", *who, "--date", "2025-03-25",
                       "--lang", "en")
    assert code == 0 and out.startswith("Why not WFA? — Tuesday, 25 March 2025")
    assert ("1. Circular of the Regent of Uji No. 1/2025: does not apply: Puskesmas A is "
            "part of Dinas Kesehatan Kabupaten Uji, which is exempt" in out)
    code, out, _ = run(capsys, "explain", "--why-not", "wfa", *who, "--date", "2025-03-25",
                       "--json")
    assert code == 0 and json.loads(out)["steps"][0]["reason"] == "exempt"
    code, out, _ = run(capsys, "explain", *who, "--date", "2025-03-25")
    assert code == 0 and out.startswith("Keputusan: WFO")
    code, out, _ = run(capsys, "timeline", *who, "--from", "2025-03-27", "--to", "2025-03-28")
    assert code == 0 and out.splitlines()[1:] == [
        "  27 Maret 2025: WFO (Peraturan Presiden Nomor 21 Tahun 2023)",
        "  28 Maret 2025: libur — Cuti Bersama Hari Suci Nyepi (Surat Keputusan Bersama "
        "Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, "
        "2 Tahun 2024, 2 Tahun 2024)"]
    code, out, _ = run(capsys, "timeline", *who, "--from", "2025-03-27", "--to", "2025-03-28",
                       "--json")
    assert code == 0 and len(json.loads(out)["runs"]) == 2


@pytest.mark.parametrize(("argv", "says"), [
    (["explain", "--why-not", "wfx", "--jurisdiction", J, "--agency", "bappeda",
      "--position", "pelaksana", "--date", "2025-03-25"], "--why-not: invalid value 'wfx'"),
    (["explain", "--why-not", "wfa", "--jurisdiction", J, "--agency", "bappeda",
      "--position", "pelaksana"], "explain: --date is required"),
    (["timeline", "--jurisdiction", J, "--agency", "bappeda", "--position", "pelaksana",
      "--from", "2025-03-25"], "timeline: --to is required"),
    (["timeline", "--jurisdiction", J, "--agency", "bappeda", "--position", "pelaksana",
      "--from", "2025-03-25", "--to", "2025-03-01"], "runs backwards"),
])
def test_audit_commands_bad_input(uji: Resolver, capsys: pytest.CaptureFixture[str],
                                  argv: list[str], says: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and says in err


# ---------------------------------------------------------------------------- determinism

REGIONS = ["nasional", "prov-jabar", "kab-bekasi", "kota-bekasi", "kota-bandung"]


@pytest.fixture(scope="module")
def regions() -> Resolver:
    """The four regional rule sets, as installed in the nox tests session."""
    try:
        resolver = Resolver(allow=REGIONS)
    except Exception as exc:  # pragma: no cover - outside the nox tests session
        pytest.skip(f"the four regional plugins are not all installed: {exc}")
    missing = set(REGIONS) - set(resolver.ruleset.jurisdictions)
    if missing:  # pragma: no cover - outside the nox tests session
        pytest.skip(f"regional plugins not installed: {sorted(missing)}")
    return resolver


def _population(resolver: Resolver, n: int, path: Path) -> Path:
    """*n* employees spread over every region's agencies, positions and statuses."""
    positions = ["pelaksana", "fungsional", "pengawas", "administrator", "jpt-pratama"]
    jurisdictions = sorted(j for j in resolver.ruleset.jurisdictions)
    agencies = {j: [a.code for a in resolver.ruleset.agencies_of(j)] for j in jurisdictions}
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "jurisdiction", "agency", "position", "status", "direct_service",
                    "rotation_group", "fact:office_access_cut"])
        for i in range(n):
            j = jurisdictions[i % len(jurisdictions)]
            w.writerow([f"E{i:05d}", j, agencies[j][(i * 7) % len(agencies[j])],
                        positions[i % 5], "pppk" if i % 6 == 0 else "pns",
                        "true" if i % 11 == 0 else "", "AB"[i % 2] if i % 3 == 0 else "",
                        "true" if i % 13 == 0 else ""])
    return path


def test_batch_output_is_byte_identical_across_processes(regions: Resolver,
                                                         tmp_path: Path) -> None:
    src = _population(regions, 200, tmp_path / "pegawai.csv")
    outputs = []
    for n, (seed, tz, lc) in enumerate([("0", "UTC", "C.UTF-8"),
                                        ("12345", "Asia/Jakarta", "id_ID.UTF-8"),
                                        ("random", "America/Los_Angeles", "en_US.UTF-8")]):
        out = tmp_path / f"out{n}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed, "TZ": tz, "LC_ALL": lc,
               "KEBIJAKAN_ASN_PLUGINS": ",".join(REGIONS)}
        done = subprocess.run(
            [sys.executable, "-m", "kebijakan_asn", "decide", "--input", str(src),
             "--from", "2025-11-17", "--to", "2025-12-16", "--chain", "--output", str(out)],
            capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        assert "6000 decisions written, 0 invalid input records; chain head sha256:" \
            in done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    arrangements = {json.loads(x)["arrangement"] for x in outputs[0].splitlines()[:-1]}
    assert arrangements >= {"wfo", "wfh", "libur"}  # the sample exercises real rules


def test_thousand_employees_decide_and_verify_clean_then_tampering_is_caught(
        regions: Resolver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KEBIJAKAN_ASN_PLUGINS", ",".join(REGIONS))
    src = _population(regions, 1000, tmp_path / "pegawai.csv")
    out = tmp_path / "keputusan.jsonl"
    code, _, err = run(capsys, "decide", "--input", str(src), "--from", "2025-11-17",
                       "--to", "2025-12-16", "--chain", "--output", str(out))
    assert code == 0 and "30000 decisions written" in err
    code, stdout, err = run(capsys, "verify", str(out))
    assert code == 0 and stdout == ""
    assert "30000 records: 30000 reproduced, 1 sealed; chain: 30000 links, intact" in err

    # Tampering, on a prefix of the file (a prefix of a chain is a chain, without its seal).
    lines = []
    with out.open(encoding="utf-8") as fh:
        for _ in range(300):
            lines.append(fh.readline().rstrip("\n"))
    record = json.loads(lines[100])
    record["arrangement"] = "wfa" if record["arrangement"] != "wfa" else "wfo"
    cases = {
        "flipped": ([*lines[:100], json.dumps(record), *lines[101:]], "altered", [101]),
        "deleted": (lines[:150] + lines[151:], "chain-broken", [151]),
        "reordered": ([*lines[:200], lines[201], lines[200], *lines[202:]], "chain-broken",
                      [201, 202, 203]),
    }
    for name, (changed, verdict, where) in cases.items():
        path = _write(tmp_path / f"{name}.jsonl", changed)
        code, stdout, _ = run(capsys, "verify", str(path))
        found = [int(x.split(":")[1]) for x in stdout.splitlines() if f": {verdict}:" in x]
        assert code == 1 and found == where, (name, stdout)
        assert len(stdout.splitlines()) == len(where) + 1, (name, stdout)
        assert stdout.splitlines()[-1].endswith("the chain has no seal record at its end "
                                                "(the file was cut short?)")
