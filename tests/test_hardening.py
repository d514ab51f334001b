"""Hostile input and careless operators (issue #12): batch input that never loses a
good record, covered dates, output hazards, signals, internal errors, plugin
shadowing and the strictness of the Python API."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import pickle
import signal
import textwrap
from pathlib import Path
from typing import Any

import pytest

from kebijakan_asn import (
    Agency,
    Citation,
    Employee,
    Exemption,
    Holiday,
    Period,
    PluginError,
    Policy,
    Provision,
    Resolver,
    RuleSetError,
    ValidationError,
    cli,
    hookimpl,
)
from kebijakan_asn.cli import _input
from kebijakan_asn.nasional import plugin as nasional

from .conftest import kab_uji, staff
from .test_cli import _only_national, run  # noqa: F401 - the CLI tests' fixture

GOOD = '{"id":"%s","jurisdiction":"nasional","agency":"bkn","position":"pelaksana"}'
ROW = "{id},nasional,bkn,pelaksana"


def batch(capsys: pytest.CaptureFixture[str], src: Path, *extra: str
          ) -> tuple[int, list[dict[str, Any]], str]:
    out = src.with_name("out.jsonl")
    if out.exists():
        out.unlink()
    code, _, err = run(capsys, "decide", "--input", str(src), "--from", "2025-03-24",
                       "--to", "2025-03-24", "--output", str(out), *extra)
    records = ([json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
               if out.exists() else [])
    return code, records, err


def kinds(records: list[dict[str, Any]]) -> list[str]:
    """``id`` of each decision, ``!LINE`` of each error record."""
    return [r["employee"]["id"] if r["schema"].endswith("decision/1") else f"!{r['line']}"
            for r in records if not r["schema"].endswith("seal/1")]


# ---------------------------------------------------------------------------- JSON Lines


def test_every_hostile_jsonl_line_is_one_error_record(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "pegawai.jsonl"
    lines = [
        (GOOD % "A").encode(),
        b'{"id":"B\xff","jurisdiction":"nasional","agency":"bkn","position":"pelaksana"}',
        b'{"id":"\\ud800","jurisdiction":"nasional","agency":"bkn","position":"pelaksana"}',
        b"\xed\xa0\x80",  # a lone surrogate encoded as UTF-8: not UTF-8
        b"[" * 5000 + b"]" * 5000,
        b'{"id":' + b"9" * 5000 + b"}",
        ('{"id":"%s","jurisdiction":"nasional","agency":"bkn","position":"pelaksana"}'
         % ("x" * 300)).encode(),
        (GOOD % "C").encode(),
        b'{"id":"D","jurisdiction":"nasional","agency":"bkn","position":"pelaksana",'
        b'"nama":"Budi","gaji":1}',
        (GOOD % "A").encode(),  # a second A
        (GOOD % "E")[:-1].encode() + b" " * (_input.MAX_LINE + 10) + b"}",
        b'{"id":NaN}',
        (GOOD % "F").encode(),
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    code, records, err = batch(capsys, src)
    assert code == 1
    assert kinds(records) == ["A", "!2", "!3", "!4", "!5", "!6", "!7", "C", "D", "!10",
                              "!11", "!12", "F"]
    errors = {r["line"]: r["error"] for r in records if "error" in r}
    assert "byte 0xff at column 9 is not UTF-8" in errors[2]
    assert "lone surrogate" in errors[3] and "not UTF-8" in errors[4]
    assert "nested deeper than 8 levels" in errors[5]
    assert "an integer of 5000 digits" in errors[6]
    assert "longer than 256 characters" in errors[7]
    assert "duplicate employee id (first on line 1)" in errors[10]
    assert "longer than 65536 bytes" in errors[11] and "NaN" in errors[12]
    assert err.count("ignoring field") == 1 and "gaji, nama" in err
    assert all(line.startswith("kebijakan-asn: ") for line in err.splitlines())
    assert "9 invalid input records" in err


# ---------------------------------------------------------------------------- CSV


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiters_bom_and_extra_columns(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, delimiter: str) -> None:
    src = tmp_path / "pegawai.csv"
    rows = [["Nama", "ID", "Jurisdiction", "agency", "position", "Unit Kerja"],
            ["Budi, S.Kom", "A", "nasional", "bkn", "pelaksana", "umum"],
            ["Siti", "B", "nasional", "bkn", "pelaksana", "umum"]]
    text = "".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in row) + "\r\n"
                   for row in rows)
    src.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    code, records, err = batch(capsys, src)
    assert code == 0 and kinds(records) == ["A", "B"]
    assert err.splitlines()[0] == (f"kebijakan-asn: {src}:1: ignoring columns Nama, "
                                   "Unit Kerja (not an input field)")
    assert len(err.splitlines()) == 2  # the note once, the summary


def test_csv_unbalanced_quote_is_reported_where_it_opens(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "pegawai.csv"
    src.write_text("id,jurisdiction,agency,position\n" + "\n".join([
        ROW.format(id="A"), 'B,"nasional,bkn,pelaksana', ROW.format(id="C"),
        'D,nasional,bkn,"pelaksana', ROW.format(id="E")]) + "\n", encoding="utf-8")
    code, records, err = batch(capsys, src)
    assert code == 1 and kinds(records) == ["A", "!3", "C", "!5", "E"]
    assert f"{src}:3: csv: " in err and "closed only on line 5" in err
    assert f"{src}:5: csv: " in err and "never closed" in err


def test_csv_bad_bytes_and_short_rows_are_per_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "pegawai.csv"
    src.write_bytes(b"id;jurisdiction;agency;position\nA;nasional;bkn;pelaksana\n"
                    b"B\xff;nasional;bkn;pelaksana\n\nC;nasional\nD;nasional;bkn;pelaksana;x\n"
                    b"E;nasional;bkn;pelaksana\nA;nasional;bkn;pelaksana\n")
    code, records, _ = batch(capsys, src)
    assert code == 1 and kinds(records) == ["A", "!3", "!5", "!6", "E", "!8"]
    errors = {r["line"]: r["error"] for r in records if "error" in r}
    assert "not UTF-8" in errors[3] and "agency: invalid value None" in errors[5]
    assert "more values than the 4 header columns" in errors[6]
    assert "duplicate employee id" in errors[8]


@pytest.mark.parametrize(("content", "says"), [
    ("id,agency,position\nA,bkn,pelaksana\nB,bkn,pelaksana\n",
     ":1: the header has no column jurisdiction"),
    ("id,jurisdiction,agency,position,ID\nA,nasional,bkn,pelaksana,A\n",
     ":1: column 'id' appears twice"),
    ("id,jurisdiction,agency,position,fact:\nA,nasional,bkn,pelaksana,\n",
     "a column 'fact:' names no fact"),
    ("\n\n", "the CSV file is empty"),
])
def test_a_header_problem_is_one_message(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                         content: str, says: str) -> None:
    src = tmp_path / "pegawai.csv"
    src.write_text(content, encoding="utf-8")
    code, records, err = batch(capsys, src)
    assert code == 2 and records == [] and says in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_is_refused_once(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                               encoding: str) -> None:
    src = tmp_path / "pegawai.csv"
    src.write_bytes("id,jurisdiction,agency,position\nA,nasional,bkn,pelaksana\n"
                    .encode(encoding))
    code, _, err = batch(capsys, src)
    assert code == 2 and "UTF-16 (or UTF-32) text; save it as UTF-8" in err
    assert len(err.splitlines()) == 1


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("start", "end", "outside"), [
    ("1990-01-01", "1995-01-03", "1994-12-31"), ("2100-12-30", "2101-01-01", "2101-01-01"),
    ("9999-12-30", "9999-12-31", "9999-12-31"), ("0001-01-01", "0001-01-02", "0001-01-01"),
])
def test_a_range_outside_the_rules_is_a_usage_error(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, start: str, end: str,
        outside: str) -> None:
    src = tmp_path / "pegawai.csv"
    src.write_text("id,jurisdiction,agency,position\nA,nasional,bkn,pelaksana\n")
    code, _, err = run(capsys, "decide", "--input", str(src), "--from", start, "--to", end)
    assert code == 2 and "outside the dates the rule set covers, 1995-01-01 to 2100-12-31" \
        in err
    code, _, err = run(capsys, "decide", "--jurisdiction", "nasional", "--agency", "bkn",
                       "--position", "pelaksana", "--date", outside)
    assert code == 2 and "--date" in err and "1995-01-01 to 2100-12-31" in err


def test_the_range_limit_and_its_flag(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    src = tmp_path / "pegawai.csv"
    src.write_text("id,jurisdiction,agency,position\nA,nasional,bkn,pelaksana\n")
    argv = ["decide", "--input", str(src), "--from", "2000-01-01", "--to", "2020-12-31",
            "--output", str(tmp_path / "out.jsonl")]
    code, _, err = run(capsys, *argv)
    assert code == 2 and "7671 days, more than the limit of 3660" in err
    assert "--max-days 7671" in err and not (tmp_path / "out.jsonl").exists()
    assert run(capsys, *argv, "--max-days", "0")[0] == 0
    assert run(capsys, *argv, "--max-days", "8000")[0] == 0
    code, _, err = run(capsys, *argv, "--max-days", "-1")
    assert code == 2 and "--max-days: invalid value '-1'" in err


# ---------------------------------------------------------------------------- output


def _input_file(tmp_path: Path) -> Path:
    src = tmp_path / "pegawai.csv"
    src.write_text("id,jurisdiction,agency,position\nA,nasional,bkn,pelaksana\n")
    return src


@pytest.mark.parametrize("kind", ["input", "directory", "symlink", "pipe"])
def test_hazardous_outputs_are_refused_before_deciding(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    src = _input_file(tmp_path)
    decided: list[object] = []
    monkeypatch.setattr(Resolver, "decide", lambda *a, **k: decided.append(a))
    # A named pipe stands for every device (/dev/null…): a test must never risk one.
    target = {"input": str(src), "directory": str(tmp_path), "pipe": str(tmp_path / "p"),
              "symlink": str(tmp_path / "link.jsonl")}[kind]
    if kind == "symlink":
        (tmp_path / "real.jsonl").write_text("old\n")
        os.symlink(tmp_path / "real.jsonl", target)
    if kind == "pipe":
        os.mkfifo(target)
    code, _, err = run(capsys, "decide", "--input", str(src), "--from", "2025-03-24",
                       "--to", "2025-03-24", "--output", target)
    says = {"input": "the output is the input file", "directory": "is a directory",
            "symlink": "is a symbolic link", "pipe": "not a regular file"}[kind]
    assert code == 2 and says in err and len(err.splitlines()) == 1 and decided == []
    assert src.read_text().startswith("id,") and os.path.isdir(tmp_path)
    if kind == "symlink":
        assert (tmp_path / "real.jsonl").read_text() == "old\n"
    if kind == "pipe":
        assert not Path(target).is_file()


def test_a_full_disk_is_one_line_and_the_previous_output_stays(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    src = _input_file(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = run(capsys, "decide", "--input", str(src), "--from", "2025-03-24",
                       "--to", "2025-03-30", "--output", str(out))
    assert code == 2 and len(err.splitlines()) == 1
    assert "No space left on device (the disk is full)" in err
    assert "a previous out.jsonl is unchanged" in err
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "pegawai.csv"]


def test_sigterm_is_handled_like_ctrl_c(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "pegawai.csv"
    src.write_text("id,jurisdiction,agency,position\n"
                   + "".join(ROW.format(id=f"E{i}") + "\n" for i in range(20)))
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    real = _input.read_employees

    def terminated_midway(path: Path, note: Any = None, build: Any = None) -> Any:
        for i, item in enumerate(real(path, note, build)):
            if i == 10:
                os.kill(os.getpid(), signal.SIGTERM)
            yield item

    monkeypatch.setattr("kebijakan_asn.cli.decide.read_employees", terminated_midway)
    code, _, err = run(capsys, "decide", "--input", str(src), "--from", "2025-03-24",
                       "--to", "2025-03-24", "--output", str(out))
    assert code == 143 and err == "kebijakan-asn: terminated\n"
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "pegawai.csv"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # put back


# ---------------------------------------------------------------------------- internal errors


def test_an_internal_error_is_exit_3_and_one_line(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(args: object) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setitem(cli.COMMANDS, "plugins", broken)
    code, _, err = run(capsys, "plugins")
    assert code == 3 and len(err.splitlines()) == 1
    assert err.startswith("kebijakan-asn: error: internal error (ZeroDivisionError: division "
                          "by zero); this is a bug in kebijakan-asn; please report it")
    code, _, err = run(capsys, "--debug", "plugins")
    assert code == 3 and "Traceback (most recent call last)" in err
    assert err.splitlines()[-1].startswith("kebijakan-asn: error: internal error")


# ---------------------------------------------------------------------------- plugins


def _distribution(root: Path, dist: str, entry: str, module: str, body: str) -> None:
    """A fake installed distribution: a module and its dist-info with one entry point."""
    (root / f"{module}.py").write_text(textwrap.dedent(body), encoding="utf-8")
    info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[kebijakan_asn]\n{entry} = {module}:plugin\n")


EMPTY = """
class _Plugin:
    PLUGIN_NAME = {name!r}
    __version__ = "1.0"

plugin = _Plugin()
"""


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.delenv("KEBIJAKAN_ASN_PLUGINS")
    return root


def test_two_distributions_declaring_one_plugin_name(site: Path) -> None:
    _distribution(site, "kebijakan-asn-kab-x", "kab-x", "kab_x_a", EMPTY.format(name="kab-x"))
    _distribution(site, "kab-x-palsu", "kab-x", "kab_x_b", EMPTY.format(name="kab-x"))
    with pytest.raises(RuleSetError, match="plugin 'kab-x' is declared by two installed "
                       "distributions, kab-x-palsu and kebijakan-asn-kab-x; uninstall one, "
                       r"or pin it in the allow-list \(kab-x=DISTRIBUTION\)"):
        Resolver(allow=["nasional", "kab-x"])
    pinned = Resolver(allow=["nasional", "kab-x=kebijakan-asn-kab-x"])
    assert [p.name for p in pinned.ruleset.plugins] == ["kab-x", "nasional"]
    assert Resolver(allow=["nasional"]).ruleset.plugins[0].name == "nasional"


def test_the_national_rules_cannot_be_replaced_silently(site: Path) -> None:
    _distribution(site, "kebijakan-asn-palsu", "nasional", "nasional_palsu",
                  EMPTY.format(name="nasional"))
    with pytest.raises(RuleSetError, match="declared by two installed distributions, "
                       "kebijakan-asn and kebijakan-asn-palsu"):
        Resolver()
    real = Resolver(allow=["nasional=kebijakan-asn"])
    assert real.ruleset.fingerprint == Resolver(plugins=[nasional]).ruleset.fingerprint
    with pytest.raises(RuleSetError, match="pins plugin 'nasional' to distribution 'lain'"):
        Resolver(allow=["nasional=lain"])


def test_a_plugin_calling_itself_nasional_needs_a_pin(site: Path) -> None:
    _distribution(site, "kebijakan-asn-lain", "lain", "lain_mod", EMPTY.format(name="nasional"))
    with pytest.raises(RuleSetError, match=r"calls itself 'nasional'.*pin it: "
                       r"lain=kebijakan-asn-lain"):
        Resolver(allow=["lain"])
    assert Resolver(allow=["lain=kebijakan-asn-lain"]).ruleset.plugins[0].name == "nasional"


@pytest.mark.parametrize("allow", [[], [" ", ""], ","])
def test_an_empty_allow_list_is_an_error(allow: Any, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    if isinstance(allow, str):
        monkeypatch.setenv("KEBIJAKAN_ASN_PLUGINS", allow)
        with pytest.raises(RuleSetError, match=r"the \$KEBIJAKAN_ASN_PLUGINS is empty"):
            Resolver()
        code, _, err = run(capsys, "--plugins", allow, "plugins")
    else:
        with pytest.raises(RuleSetError, match="the allow-list is empty"):
            Resolver(allow=allow)
        code, _, err = run(capsys, "--plugins", ",".join(allow), "plugins")
    assert code == 2 and "is empty; name at least one plugin" in err


def test_a_pluggy_validation_error_is_one_plugin_error() -> None:
    class Wrong:
        PLUGIN_NAME = "kab-salah"

        @hookimpl
        def kebijakan_asn_holidays(self, jurisdiction: str, year: int, bulan: int
                                   ) -> list[Holiday]:
            return []

    with pytest.raises(PluginError) as caught:
        Resolver(plugins=[nasional, Wrong()])
    message = str(caught.value)
    assert message.startswith("plugin 'kab-salah', hook kebijakan_asn_holidays: Argument(s) "
                              "{'bulan'} are declared in the hookimpl but can not be found")
    assert "\n" not in message


# ---------------------------------------------------------------------------- Python API


@pytest.mark.parametrize(("make", "field"), [
    (lambda: Employee("nasional", "bkn", "pelaksana", direct_service=1), "direct_service"),
    (lambda: Employee("nasional", "bkn", "pelaksana", direct_service="true"),
     "direct_service"),
    (lambda: Employee("nasional", "bkn", "pelaksana", facts={"office_access_cut": 1}),
     "facts.office_access_cut"),
    (lambda: Employee("nasional", "bkn", "pelaksana", facts=5), "facts"),
    (lambda: Employee("nasional", "bkn", "pelaksana", facts=[("a",)]), "facts"),
    (lambda: Employee(5, "bkn", "pelaksana"), "jurisdiction"),
    (lambda: Employee("nasional", "bkn", ["pelaksana"]), "position"),
    (lambda: Employee("nasional", "bkn", "pelaksana", id=5), "id"),
    (lambda: Employee("nasional", "bkn", "pelaksana", id="\ud800"), "id"),
    (lambda: Employee.from_dict([1]), "employee"),  # type: ignore[arg-type]
    (lambda: Agency("kab-x", "a", "A", "dinas", direct_service="ya"), "direct_service"),
    (lambda: Agency("kab-x", "a", "A", "dinas", tags=5), "tags"),
    (lambda: Exemption("kab-x/p", "r", direct_service=1), "direct_service"),
    (lambda: Holiday(dt.date(2025, 1, 1), "x", "libur-daerah", "kab-x/p", estimated="no"),
     "estimated"),
    (lambda: Citation("SE", "1", "Bupati", source=5), "source"),
    # None where a list of objects is meant: the field, not a TypeError of tuple()
    (lambda: Citation("SE", "1", "Bupati", sources=None), "sources"),
    (lambda: Holiday(dt.date(2025, 1, 1), "x", "libur-daerah", "kab-x/p", citations=None),
     "citations"),
    (lambda: Policy("kab-x/p", "kab-x", "t", Citation("SE", "1", "B"), agency_notes=None,
                    periods=[Period(dt.date(2025, 1, 1))], provisions=[]), "agency_notes"),
    (lambda: Provision("assigned", "wfh", quote=None), "quote"),
    (lambda: Provision("assigned", "wfh", schedule="FREQ=WEEKLY"), "schedule"),
    (lambda: Provision("assigned", "wfh", conditions=5), "conditions"),
    (lambda: Policy("kab-x/p", "kab-x", "t", citation="SE 1",
                    periods=[Period(dt.date(2025, 1, 1))], provisions=[]), "citation"),
    (lambda: Policy("kab-x/p", "kab-x", "t", Citation("SE", "1", "B"), periods=5,
                    provisions=[]), "periods"),
    (lambda: Policy("kab-x/p", "kab-x", "t", Citation("SE", "1", "B"), periods=[1],
                    provisions=[]), "periods"),
])
def test_wrong_types_raise_validation_errors_naming_the_field(make: Any, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make()
    assert caught.value.field == field


def test_decide_and_decide_many_check_their_arguments(resolver: Resolver) -> None:
    for call, field in [
        (lambda: resolver.decide(staff(), "2025-03-25", include_drafts="yes"), "include_drafts"),
        (lambda: resolver.decide(None, "2025-03-25"), "employee"),
        (lambda: resolver.decide({"jurisdiction": "kab-uji"}, "2025-03-25"), "employee"),
        (lambda: resolver.decide(staff(), 20250325), "date"),
        (lambda: list(resolver.decide_many([staff()], ["2025-03-25"], include_drafts=1)),
         "include_drafts"),
        (lambda: list(resolver.decide_many(5, ["2025-03-25"])), "employees"),
        (lambda: list(resolver.decide_many([staff()], "2025-03-25")), "dates"),
        (lambda: list(resolver.decide_many([staff()], None)), "dates"),
        (lambda: list(resolver.decide_many([staff(), "x"], ["2025-03-25"])), "employee"),
    ]:
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.field == field


def test_resolver_allow_must_be_a_list_of_names() -> None:
    with pytest.raises(ValidationError, match="not a single string"):
        Resolver(allow="nasional")
    with pytest.raises(ValidationError, match="expected plugin names"):
        Resolver(allow=[None])  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="expected NAME or NAME=DISTRIBUTION"):
        Resolver(allow=["nasional="])
    with pytest.raises(ValidationError, match="plugins: invalid value 'nasional'"):
        Resolver(plugins="nasional")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="ruleset: invalid value"):
        Resolver(ruleset="nasional")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="cache_size: invalid value -1"):
        Resolver(allow=["nasional"], cache_size=-1)


def test_a_resolver_pickles_and_comes_back_the_same(resolver: Resolver) -> None:
    national = Resolver(allow=["nasional"])
    for r, e in ((national, Employee("nasional", "bkn", "pelaksana")), (resolver, staff())):
        again = pickle.loads(pickle.dumps(r))
        assert again is not r and again.ruleset.fingerprint == r.ruleset.fingerprint
        assert again.decide(e, "2025-03-25").to_json() == r.decide(e, "2025-03-25").to_json()
    assert Resolver(allow=["nasional"]).ruleset.recipe == ("allow",
                                                            ("nasional=kebijakan-asn",))
    assert resolver.ruleset.recipe[0] == "plugins" and kab_uji in resolver.ruleset.recipe[1]


def test_unpickling_on_a_worker_with_another_rule_set_fails_clearly() -> None:
    from kebijakan_asn._resolver import _restore

    with pytest.raises(RuleSetError, match="is not the one the resolver was pickled with"):
        _restore(("allow", ("nasional",)), "sha256:" + "0" * 64, 100)


def test_the_last_day_of_the_calendar_does_not_overflow_the_record_writer() -> None:
    from kebijakan_asn._serial import RecordEncoder

    d = Resolver(allow=["nasional"]).decide(Employee("nasional", "bkn", "pelaksana"),
                                            dt.date.max)
    assert RecordEncoder().line(d) == d.to_json() + "\n"


def test_jsonl_facts_as_an_object_or_as_fact_columns(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "pegawai.jsonl"
    base = {"jurisdiction": "nasional", "agency": "bkn", "position": "pelaksana"}
    src.write_text(json.dumps({**base, "id": "A", "facts": {"office_access_cut": True}})
                   + "\n" + json.dumps({**base, "id": "B", "fact:office_access_cut": "ya"})
                   + "\n", encoding="utf-8")
    code, records, err = batch(capsys, src)
    assert code == 0 and "ignoring" not in err
    assert [r["employee"]["facts"] for r in records] == [{"office_access_cut": True}] * 2


def test_verify_a_line_whose_escape_is_a_lone_surrogate(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = Resolver(allow=["nasional"]).decide(Employee("nasional", "bkn", "pelaksana", id="E1"),
                                            "2025-03-24")
    path = tmp_path / "r.jsonl"
    path.write_text(d.to_json().replace('"E1"', '"\\ud800"') + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "verify", str(path))
    assert code == 1 and f"{path}:1: unreadable: a text holds a lone surrogate" in out


def test_verify_escapes_what_it_quotes_from_the_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = Resolver(allow=["nasional"]).decide(Employee("nasional", "bkn", "pelaksana"),
                                            "2025-03-24")
    record = json.loads(d.to_json())
    record["chain"] = {"index": 0, "previous": None}
    record["fingerprint"] = "\x1b[2J\u2028\x85"
    path = tmp_path / "r.jsonl"
    path.write_bytes(json.dumps(record).encode() + b"\n\x1b]0;judul\x07\n")
    code, out, err = run(capsys, "verify", str(path))
    assert code == 1
    for text in (out, err):
        assert "\x1b" not in text and "\x85" not in text and "\u2028" not in text
        assert all(line.isprintable() for line in text.split("\n"))
    assert "\\x1b[2J" in err  # shown, escaped
