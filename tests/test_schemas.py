"""The published JSON Schemas describe the records kebijakan-asn writes.

Besides these tests, every record the whole test run writes is checked against
the schemas when the run ends (``tests/conftest.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kebijakan_asn import Employee, Resolver, _cli, schemas
from kebijakan_asn.synthetic import workforce
from kebijakan_asn.testing import load_scenarios

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = [ROOT / "tests" / "scenarios", *sorted(ROOT.glob("plugins/*/tests/scenarios"))]


def validator(name: str) -> Any:
    return jsonschema.Draft202012Validator(schemas.load(name))


def errors(name: str, value: Any) -> list[str]:
    return [e.message for e in validator(name).iter_errors(value)]


@pytest.mark.parametrize("name", sorted(schemas.FILES))
def test_schemas_are_valid_and_published_in_the_docs(name: str) -> None:
    schema = schemas.load(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    docs = ROOT / "docs" / "schemas" / schemas.FILES[name]
    assert json.loads(docs.read_text(encoding="utf-8")) == schema, (
        f"{docs} differs from src/kebijakan_asn/schemas/{schemas.FILES[name]}")


def test_every_scenario_decision_matches_the_schema() -> None:
    try:
        resolver = Resolver()
    except Exception as exc:  # pragma: no cover - a broken installation
        pytest.skip(str(exc))
    cases = [c for c in load_scenarios(SCENARIOS)
             if c.employee.get("jurisdiction") in resolver.ruleset.jurisdictions
             and "error" not in c.expect]
    if not cases:
        pytest.skip("no region plugin installed")
    check = validator("decision")
    for case in cases:
        record = resolver.decide(Employee(**case.employee), case.date,
                                 include_drafts=case.include_drafts).to_dict()
        assert [e.message for e in check.iter_errors(record)] == [], case.id


def test_every_line_of_a_batch_matches_its_schema(resolver: Resolver, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from kebijakan_asn.cli import _common

    monkeypatch.setattr(_common, "make_resolver", lambda args: resolver)
    people = [e.to_dict() for e in workforce(60, seed=13, ruleset=resolver)]
    lines = [json.dumps(p) for p in people]
    lines[5] = '{"jurisdiction": "kab-uji", "agency": "bappeda"}'  # no position
    lines[9] = "[1, 2, 3]"
    lines[17] = '{"jurisdiction": "kab-uji", "agency": "nowhere", "position": "pelaksana"}'
    lines[23] = '{"broken": '
    source = tmp_path / "staff.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for chain in ([], ["--chain"]):
        assert _cli.main(["decide", "--input", str(source), "--from", "2025-03-20",
                          "--to", "2025-04-02", "--output", str(out), *chain]) == 1
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        if chain:  # a chained log ends in its seal record
            assert rows.pop()["schema"] == "kebijakan-asn/seal/1"
        assert len(rows) == 56 * 14 + 4
        kinds = {"kebijakan-asn/decision/1": validator("decision"),
                 "kebijakan-asn/error/1": validator("error")}
        for row in rows:
            assert [e.message for e in kinds[row["schema"]].iter_errors(row)] == [], row
        assert sum(r["schema"] == "kebijakan-asn/error/1" for r in rows) == 4


def test_the_schemas_reject_what_is_not_a_record(resolver: Resolver) -> None:
    from .conftest import staff

    good = resolver.decide(staff(), "2025-03-25").to_dict()
    assert errors("decision", good) == []
    for broken in (
        {**good, "arrangement": "wfx"},
        {k: v for k, v in good.items() if k != "fingerprint"},
        {**good, "fingerprint": "sha256:abc"},
        {**good, "date": "25-03-2025"},
        {**good, "employee": {**good["employee"], "position": "boss"}},
        {**good, "trace": [{**good["trace"][0], "verdict": "maybe"}]},
        {**good, "schema": "kebijakan-asn/decision/2"},
    ):
        assert errors("decision", broken), broken
    error = {"schema": "kebijakan-asn/error/1", "line": 3, "error": "x: y", "input": None}
    assert errors("error", error) == []
    assert errors("error", {**error, "line": 0})
    assert errors("error", {k: v for k, v in error.items() if k != "input"})
