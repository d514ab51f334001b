"""The command line: exit statuses, one-line errors, batch and verify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kebijakan_asn import Resolver, _cli

ALLOW = ["--plugins", "nasional"]


@pytest.fixture(autouse=True)
def _only_national(monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI loads installed entry points; the core's tests use the national rules only.
    monkeypatch.setenv("KEBIJAKAN_ASN_PLUGINS", "nasional")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = _cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


DECIDE = ["decide", "--jurisdiction", "nasional", "--agency", "bkn",
          "--position", "pelaksana"]


def test_decide_explains_in_bahasa_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *DECIDE, "--date", "2025-03-28")
    assert code == 0 and err == ""
    assert out.startswith("Keputusan: libur") and "Cuti Bersama Hari Suci Nyepi" in out


def test_decide_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *DECIDE, "--date", "2025-03-25", "--lang", "en")
    assert code == 0 and out.startswith("Decision: WFO")


def test_decide_json_is_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *DECIDE, "--date", "2025-03-25", "--json",
                       "--nip", "198609262015051001", "--id", "E1")
    record = json.loads(out)
    assert code == 0 and record["schema"] == "kebijakan-asn/decision/1"
    assert record["employee"]["nip"] == "198609262015051001"


@pytest.mark.parametrize(("argv", "says"), [
    (["--agency", "bkn", "--position", "pelaksana", "--date", "2025-03-25",
      "--jurisdiction", "nasionl"], "did you mean nasional?"),
    (["--jurisdiction", "nasional", "--agency", "bkm", "--position", "pelaksana",
      "--date", "2025-03-25"], "did you mean bkn?"),
    (["--jurisdiction", "nasional", "--agency", "bkn", "--position", "staf",
      "--date", "2025-03-25"], "position: invalid value 'staf'"),
    (["--jurisdiction", "nasional", "--agency", "bkn", "--position", "pelaksana",
      "--date", "2025-02-29"], "date: invalid value '2025-02-29'"),
    (["--jurisdiction", "nasional", "--agency", "bkn", "--position", "pelaksana",
      "--date", "2025-03-25", "--fact", "banjir"], "expected NAME=VALUE"),
    (["--jurisdiction", "nasional", "--agency", "bkn", "--position", "pelaksana",
      "--date", "2025-03-25", "--fact", "banjir=true"], "undeclared fact"),
    (["--jurisdiction", "nasional", "--agency", "bkn", "--position", "pelaksana",
      "--date", "2025-03-25", "--nip", "123"], "nip: invalid value '123'"),
    (["--jurisdiction", "nasional", "--agency", "bkn", "--position", "pelaksana"],
     "--date is required"),
])
def test_bad_input_is_one_line_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str],
                                      says: str) -> None:
    code, out, err = run(capsys, "decide", *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err and "Traceback" not in err


EMPLOYEE = ["--jurisdiction", "nasional", "--agency", "bkn", "--position", "pelaksana"]
WHEN = {"decide": ["--date", "2025-03-25"], "explain": ["--date", "2025-03-25"],
        "timeline": ["--from", "2025-03-24", "--to", "2025-03-28"]}


@pytest.mark.parametrize("command", sorted(WHEN))
@pytest.mark.parametrize(("option", "value", "says"), [
    ("--unit", "", "--unit: invalid value ''; it is empty; expected the name of the "
                   "employee's unit inside the agency, a non-empty printable text of at most "
                   "200 characters"),
    ("--unit", "   ", "--unit: invalid value ''; it is empty; expected the name"),
    ("--unit", "Bidang\nAnggaran", "--unit: invalid value 'Bidang\\nAnggaran'; it holds the "
                                   "unprintable character '\\n'; expected the name"),
    ("--unit", "x" * 201, "; it is 201 characters long; expected the name"),
    ("--rotation-group", "", "--rotation-group: invalid value ''; it is empty; expected a "
                             "short group name such as 'A'"),
    ("--rotation-group", "  ", "--rotation-group: invalid value '  '; it is only spaces; "),
    ("--rotation-group", "A-1", "--rotation-group: invalid value 'A-1'; it holds '-', not an "
                                "ASCII letter or digit; expected a short group name such as"),
    ("--rotation-group", "\u00c0", "--rotation-group: invalid value '\u00c0'; it holds "
                                   "'\u00c0', not an ASCII letter or digit"),
    ("--position", "staf", "--position: invalid value 'staf'; expected one of"),
    ("--nip", "123", "--nip: invalid value '123'; a PNS NIP has exactly 18 digits"),
    ("--agency", "bkm", "--agency: invalid value 'bkm'; unknown agency of nasional; expected"),
    ("--fact", "Banjir=true", "--fact: invalid value 'Banjir'; expected snake_case"),
    ("--fact", "banjir=true", "--fact: invalid value 'banjir'; undeclared fact; expected"),
])
def test_a_bad_employee_option_is_named_as_typed(
        capsys: pytest.CaptureFixture[str], command: str, option: str, value: str,
        says: str) -> None:
    code, out, err = run(capsys, command, *EMPLOYEE, *WHEN[command], option, value)
    assert (code, out) == (2, "")
    assert err.startswith(f"kebijakan-asn: error: {option}: invalid value ") and says in err
    assert err.count("\n") == 1 and "rotation_group" not in err and " unit:" not in err


def test_the_library_still_names_the_field() -> None:
    from kebijakan_asn import Employee, ValidationError
    with pytest.raises(ValidationError, match=r"^rotation_group: invalid value 'A-1'; expected"):
        Employee(jurisdiction="nasional", agency="bkn", position="pelaksana",
                 rotation_group="A-1")


def test_unknown_command_and_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "putuskan")
    assert code == 2 and err.count("\n") == 1
    code, _, err = run(capsys, "decide", "--tanggal", "2025-03-25")
    assert code == 2 and "--tanggal" in err and err.count("\n") == 1


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


CSV = """id,nip,jurisdiction,agency,position,status,direct_service,rotation_group
E1,198609262015051001,nasional,bkn,pelaksana,pns,false,
E2,,nasional,bkm,pelaksana,pns,,
E3,,nasional,kemenkes,fungsional,pppk,true,
"""


def test_batch_csv_keeps_good_records_and_reports_bad(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = _write(tmp_path, "pegawai.csv", CSV)
    out_file = tmp_path / "keputusan.jsonl"
    code, _, err = run(capsys, "decide", "--input", str(src), "--from", "2025-03-24",
                       "--to", "2025-03-30", "--output", str(out_file))
    assert code == 1
    lines = [json.loads(x) for x in out_file.read_text().splitlines()]
    decisions = [x for x in lines if x["schema"] == "kebijakan-asn/decision/1"]
    errors = [x for x in lines if x["schema"] == "kebijakan-asn/error/1"]
    assert len(decisions) == 14 and len(errors) == 1
    assert [d["employee"]["id"] for d in decisions[:8:7]] == ["E1", "E3"]
    assert [d["date"] for d in decisions[:7]] == [f"2025-03-{d}" for d in range(24, 31)]
    assert errors[0]["line"] == 3 and "did you mean bkn?" in errors[0]["error"]
    assert f"{src}:3: agency" in err
    assert "14 decisions written, 1 invalid input records" in err


def test_batch_jsonl_with_facts_and_broken_lines(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = _write(tmp_path, "pegawai.jsonl", "\n".join([
        json.dumps({"id": "A", "jurisdiction": "nasional", "agency": "bkn",
                    "position": "pelaksana", "facts": {"office_access_cut": True}}),
        "{broken",
        json.dumps([1, 2]),
        json.dumps({"id": "B", "jurisdiction": "nasional", "agency": "bkn",
                    "position": "pengawas", "warna": "biru"}),
    ]) + "\n")
    code, out, err = run(capsys, "decide", "--input", str(src), "--from", "2025-03-25",
                         "--to", "2025-03-25")
    assert code == 1
    records = [json.loads(x) for x in out.splitlines()]
    assert [r.get("line") for r in records] == [None, 2, 3, None]
    assert records[0]["employee"]["facts"] == {"office_access_cut": True}
    assert "not valid JSON" in records[1]["error"]
    assert records[3]["employee"]["id"] == "B"  # the extra field is ignored…
    assert err.count("\n") == 4  # two bad lines, the ignored field named once, one summary
    assert f"{src}:4: ignoring field warna (not an input field" in err


def test_batch_range_backwards_and_unreadable_input(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = _write(tmp_path, "p.csv", CSV)
    code, _, err = run(capsys, "decide", "--input", str(src), "--from", "2025-03-30",
                       "--to", "2025-03-24")
    assert code == 2 and "runs backwards" in err
    code, _, err = run(capsys, "decide", "--input", str(tmp_path / "none.csv"), "--from",
                       "2025-03-24", "--to", "2025-03-24")
    assert code == 2 and "cannot read input" in err and err.count("\n") == 1
    code, _, err = run(capsys, "decide", "--input", str(_write(tmp_path, "p.xlsx", "x")),
                       "--from", "2025-03-24", "--to", "2025-03-24")
    assert code == 2 and ".csv or .jsonl" in err


@pytest.mark.parametrize("extra", [[], ["--chain"]])
def test_batch_of_one_date_is_the_range_of_that_day(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, extra: list[str]) -> None:
    src = _write(tmp_path, "p.csv", CSV)
    code, by_date, err = run(capsys, "decide", "--input", str(src), "--date", "2025-03-28",
                             *extra)
    assert code == 1 and "2 decisions written, 1 invalid input records" in err
    assert run(capsys, "decide", "--input", str(src), "--from", "2025-03-28", "--to",
               "2025-03-28", *extra) == (code, by_date, err)
    assert [json.loads(x).get("date") for x in by_date.splitlines()[:3]] == [
        "2025-03-28", None, "2025-03-28"]


@pytest.mark.parametrize(("argv", "says"), [
    (["--date", "2025-03-28", "--from", "2025-03-24"],
     "decide: --date and --from both give the dates; give --date D for one day or --from D1 "
     "--to D2 for a range, not both"),
    (["--date", "2025-03-28", "--to", "2025-03-30"], "decide: --date and --to both give"),
    (["--from", "2025-03-24"], "decide --input needs the dates: --date D for one day, or "
                               "--from D1 --to D2"),
    ([], "decide --input needs the dates"),
    (["--date", "2025-02-29"], "--date: invalid value '2025-02-29'; expected a real calendar "
                               "date YYYY-MM-DD"),
    (["--date", "1990-01-02"], "--date 1990-01-02: outside the dates the rule set covers"),
])
def test_batch_dates_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                  argv: list[str], says: str) -> None:
    src = _write(tmp_path, "p.csv", CSV)
    code, out, err = run(capsys, "decide", "--input", str(src), *argv)
    assert (code, out) == (2, "") and err.startswith(f"kebijakan-asn: error: {says}")
    assert err.count("\n") == 1


def test_single_day_refuses_a_range_too(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *DECIDE, "--date", "2025-03-25", "--to", "2025-03-26")
    assert (code, out) == (2, "") and "decide: --date and --to both give the dates" in err


def test_failed_batch_leaves_no_half_written_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    src = _write(tmp_path, "p.csv", CSV)
    out_file = tmp_path / "out.jsonl"
    calls = {"n": 0}
    real = Resolver._shared_outcome  # what every path decides a day with

    def interrupted(self: object, *a: object, **kw: object) -> object:
        calls["n"] += 1
        if calls["n"] > 3:
            raise KeyboardInterrupt
        return real(self, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Resolver, "_shared_outcome", interrupted)
    code, _, _ = run(capsys, "decide", "--input", str(src), "--from", "2025-03-24",
                     "--to", "2025-03-30", "--output", str(out_file))
    assert code == 130
    assert not out_file.exists()
    assert list(tmp_path.glob("*.tmp")) == []


def test_verify_reproduced_altered_and_different(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = _write(tmp_path, "p.csv", CSV)
    out_file = tmp_path / "k.jsonl"
    run(capsys, "decide", "--input", str(src), "--from", "2025-03-24", "--to", "2025-03-26",
        "--output", str(out_file))
    lines = out_file.read_text().splitlines()
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(lines[:3]) + "\n")
    code, out, err = run(capsys, "verify", str(good))
    assert code == 0 and "3 reproduced" in err

    record = json.loads(lines[0])
    record["arrangement"] = "wfh"
    altered = tmp_path / "altered.jsonl"
    altered.write_text(json.dumps(record) + "\n")
    code, out, _ = run(capsys, "verify", str(altered))
    assert code == 1 and "altered" in out

    record = json.loads(lines[0])
    record["arrangement"] = "wfh"
    from kebijakan_asn import Decision

    record["fingerprint"] = Decision.from_dict(record).fingerprint  # re-sealed forgery
    forged = tmp_path / "forged.jsonl"
    forged.write_text(Decision.from_dict(record).to_json() + "\n")
    code, out, _ = run(capsys, "verify", str(forged))
    assert code == 1 and "different" in out and "arrangement" in out


def test_listings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "policies", "--on", "2025-03-25")
    assert code == 0 and "nasional/se-menpanrb-2-2025" in out
    assert "nasional/b-531-2025" not in out
    code, out, _ = run(capsys, "policies", "--json")
    assert code == 0 and len(json.loads(out)) == 8
    code, out, _ = run(capsys, "calendar", "--jurisdiction", "nasional", "--year", "2025")
    assert code == 0 and "Cuti Bersama Hari Kemerdekaan" in out
    code, out, _ = run(capsys, "calendar", "--jurisdiction", "nasional", "--year", "2026",
                       "--json")
    cal = json.loads(out)
    assert sum(h["kind"] == "cuti-bersama" for h in cal["holidays"]) == 8
    code, out, _ = run(capsys, "agencies", "--jurisdiction", "nasional")
    assert code == 0 and "bkn" in out
    code, out, _ = run(capsys, "plugins", "--json")
    assert json.loads(out)["plugins"][0]["name"] == "nasional"


def test_python_dash_m(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kebijakan_asn", *ALLOW, *DECIDE,
                           "--date", "2025-03-25"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("Keputusan: WFO")


def test_verify_under_another_ruleset_names_the_plugin_change() -> None:
    from kebijakan_asn import ModulePlugin, Resolver
    from kebijakan_asn.nasional import plugin as nasional

    from .conftest import kab_uji, staff

    record = Resolver(plugins=[nasional, kab_uji]).decide(staff(), "2025-03-25").to_dict()
    bumped = ModulePlugin("kab-uji", "1.0.1", jurisdictions=kab_uji._jurisdictions,
                          agencies=kab_uji._agencies, modules=kab_uji.modules)
    verdict, details = _cli.verify_record(Resolver(plugins=[nasional, bumped]), record)
    assert verdict == "other-ruleset"
    assert details == ["kab-uji: 1.0.0 -> 1.0.1"]  # same decision: no field differs
