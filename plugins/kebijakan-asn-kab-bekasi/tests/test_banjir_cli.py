"""The flood emergency (``kab-bekasi/2026-wfh-banjir``) through the command-line contract.

Seed 000: "Kebijakan ini khusus bagi ASN yang aksesnya ke kantor terputus
akibat bencana banjir."  The same employee-day is decided with and without
the fact ``office_access_cut``, through ``kebijakan_asn._cli.main`` with the
allow-list ``--plugins nasional,kab-bekasi`` (the installed entry points).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kebijakan_asn import Employee, Resolver
from kebijakan_asn._cli import main

POLICY = "kab-bekasi/2026-wfh-banjir"
PLUGINS = ["--plugins", "nasional,kab-bekasi"]
BASE = ["decide", "--jurisdiction", "kab-bekasi", "--agency", "bappeda",
        "--position", "pelaksana", "--date", "2026-01-27"]


def _decide(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict[str, Any]]:
    status = main([*PLUGINS, *BASE, *extra, "--json"])
    out = capsys.readouterr().out
    return status, json.loads(out) if status == 0 else {}


def test_cut_off_by_the_flood_works_from_home(capsys: pytest.CaptureFixture[str]) -> None:
    # "setelah disusunnya surat perintah": the written order makes WFH the arrangement.
    status, record = _decide(capsys, "--fact", "office_access_cut=true",
                             "--fact", "surat_perintah=true")
    assert status == 0
    assert record["schema"] == "kebijakan-asn/decision/1"
    assert record["employee"]["facts"] == {"office_access_cut": True, "surat_perintah": True}
    assert record["arrangement"] == "wfh"
    assert record["permitted"] == ["wfh"]
    assert record["conditions"] == []


def test_cut_off_without_the_order_may_work_from_home(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, record = _decide(capsys, "--fact", "office_access_cut=true")
    assert status == 0
    assert record["arrangement"] == "wfo"
    assert record["permitted"] == ["wfh", "wfo"]
    assert [c["code"] for c in record["conditions"]] == ["surat-perintah"]
    assert {c["policy"] for c in record["conditions"]} == {POLICY}
    basis = {b["policy"]: b for b in record["basis"]}
    assert basis[POLICY]["number"] == "800.1.6.2/SE-14/BKPSDM/2026"
    assert basis[POLICY]["signed"] is None
    assert basis[POLICY]["derived_from"] == ["nasional/permenpanrb-4-2025"]
    assert "nasional/permenpanrb-4-2025" in basis
    steps = [(s["verdict"], s["reason"], s["grant"]) for s in record["trace"]
             if s["policy"] == POLICY]
    assert steps[0] == ("applies", "granted", "permitted")
    assert record["fingerprint"].startswith("sha256:")


@pytest.mark.parametrize("facts", [[], ["--fact", "office_access_cut=false"],
                                   ["--fact", "office_access_cut=tidak"]])
def test_route_open_works_in_the_office(capsys: pytest.CaptureFixture[str],
                                        facts: list[str]) -> None:
    status, record = _decide(capsys, *facts)
    assert status == 0
    assert record["arrangement"] == "wfo"
    assert record["permitted"] == ["wfo"]
    assert record["conditions"] == []
    assert POLICY not in {b["policy"] for b in record["basis"]}
    reasons = [s["reason"] for s in record["trace"] if s["policy"] == POLICY]
    assert reasons == ["fact-missing"]


def test_explanation_in_bahasa_indonesia(capsys: pytest.CaptureFixture[str]) -> None:
    status = main([*PLUGINS, *BASE, "--fact", "office_access_cut=ya"])
    out = capsys.readouterr().out
    assert status == 0
    assert "WFH" in out
    assert "800.1.6.2/SE-14/BKPSDM/2026" in out


def test_misspelt_fact_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status = main([*PLUGINS, *BASE, "--fact", "office_acces_cut=true", "--json"])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert "office_acces_cut" in lines[0]
    assert "office_access_cut" in lines[0]
    assert "Traceback" not in captured.err


def test_batch_with_and_without_the_fact(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": "cut", "jurisdiction": "kab-bekasi", "agency": "dinsos",
         "position": "pelaksana", "status": "pppk",
         "facts": {"office_access_cut": True, "surat_perintah": True}},
        {"id": "open", "jurisdiction": "kab-bekasi", "agency": "dinsos",
         "position": "pelaksana", "status": "pppk"},
    ]
    source = tmp_path / "pegawai.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    output = tmp_path / "keputusan.jsonl"
    status = main([*PLUGINS, "decide", "--input", str(source), "--from", "2026-01-30",
                   "--to", "2026-02-02", "--output", str(output)])
    capsys.readouterr()
    assert status == 0
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    got = [(r["employee"]["id"], r["date"], r["arrangement"]) for r in records]
    assert got == [
        ("cut", "2026-01-30", "wfh"), ("cut", "2026-01-31", "libur"),
        ("cut", "2026-02-01", "libur"), ("cut", "2026-02-02", "wfh"),
        ("open", "2026-01-30", "wfo"), ("open", "2026-01-31", "libur"),
        ("open", "2026-02-01", "libur"), ("open", "2026-02-02", "wfo"),
    ]
    # Auditors can replay the records.
    assert main([*PLUGINS, "verify", str(output)]) == 0
    capsys.readouterr()


def test_api_and_cli_agree(resolver: Resolver, capsys: pytest.CaptureFixture[str]) -> None:
    employee = Employee(jurisdiction="kab-bekasi", agency="bappeda", position="pelaksana",
                        facts={"office_access_cut": True})
    decision = resolver.decide(employee, "2026-01-27")
    status, record = _decide(capsys, "--fact", "office_access_cut=true")
    assert status == 0
    ours = decision.to_dict()
    for key in ("arrangement", "permitted", "conditions", "basis", "trace", "notes"):
        assert record[key] == ours[key], key
