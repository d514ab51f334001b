"""Bounded fuzzing of the command line and its input readers.

Random CSV and JSON Lines files (real columns and junk, broken quoting, bad
UTF-8, NUL bytes…) and random argument lists (real options and junk) must
never end in a traceback: ``main`` returns 0, 1 or 2 and every message is
one line.  Each test is bounded by ``max_examples``, not by time.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kebijakan_asn import Employee, ValidationError, _cli  # noqa: E402
from kebijakan_asn.cli._common import UsageError  # noqa: E402

FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "100")), deadline=None,
                database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def _only_national(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEBIJAKAN_ASN_PLUGINS", "nasional")


@pytest.fixture(scope="module")
def scratch() -> Any:
    with tempfile.TemporaryDirectory(prefix="kebijakan-fuzz-") as d:
        yield Path(d)


def run(argv: list[str]) -> tuple[int, str, str]:
    """``main(argv)`` with its output captured; ``--help`` exits through SystemExit."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = _cli.main(argv)
        except SystemExit as exc:  # argparse's --help and --version
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def assert_clean(code: int, err: str) -> None:
    """Exit status 0, 1 or 2 (3 is an internal error: a bug); every line on stderr is one
    of the CLI's own."""
    assert code in (0, 1, 2), (code, err)
    for line in err.splitlines():
        assert line.startswith("kebijakan-asn") or not line.strip(), line


# ---------------------------------------------------------------------------- values

CODES = {
    "jurisdiction": ["nasional", "kab-bekasi", "", "NASIONAL", "nasional ", "x" * 300],
    "agency": ["bkn", "kemenkes", "rsup-hasan-sadikin", "dinkess", "", "BKN"],
    "position": ["pelaksana", "jpt-pratama", "Fungsional", "staf", "", "jpt_pratama"],
    "status": ["pns", "pppk", "non-asn", "PNS", "honorer", ""],
    "direct_service": ["true", "false", "ya", "tidak", "1", "0", "mungkin", ""],
    "rotation_group": ["A", "B", "", "a b", "Ä", "grup-1"],
    "nip": ["198503302010011002", "19850330201001100", "199913312020122001", "abc", ""],
    "id": ["E1", "", " ", "pegawai ke-1"],
}
JUNK = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)


def value(field: str) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(CODES.get(field, [""])), JUNK)


COLUMNS = [*CODES, "fact:office_access_cut", "fact:banjir", "fact:", "facts", "gaji", "",
           "Jurisdiction", " agency "]


@st.composite
def csv_text(draw: st.DrawFn) -> str:
    header = draw(st.lists(st.sampled_from(COLUMNS), min_size=0, max_size=9))
    rows = []
    for _ in range(draw(st.integers(0, 5))):
        width = draw(st.integers(0, len(header) + 2))
        cells = [draw(value(header[i] if i < len(header) else "junk")) for i in range(width)]
        rows.append(cells)
    out = io.StringIO()
    import csv

    writer = csv.writer(out)
    if header or draw(st.booleans()):
        writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    if draw(st.booleans()):  # break it: quotes, NULs, stray newlines
        junk = draw(st.sampled_from(['"', "\x00", "\r", "\n", '""', "\ufeff", ",,,"]))
        at = draw(st.integers(0, len(text)))
        text = text[:at] + junk + text[at:]
    return text


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | JUNK,
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(JUNK, children, max_size=3),
    max_leaves=6,
)


@st.composite
def jsonl_text(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.integers(0, 3))
        if kind == 0:  # a plausible record
            record: dict[str, Any] = {f: draw(value(f)) for f in
                                      draw(st.lists(st.sampled_from(list(CODES)), max_size=8))}
            if draw(st.booleans()):
                record["facts"] = draw(st.one_of(
                    st.dictionaries(st.sampled_from(["office_access_cut", "banjir", ""]),
                                    JSON, max_size=2), JSON))
            if draw(st.booleans()):
                record[draw(JUNK)] = draw(JSON)
            lines.append(json.dumps(record, ensure_ascii=draw(st.booleans())))
        elif kind == 1:
            lines.append(json.dumps(draw(JSON)))
        elif kind == 2:
            lines.append(draw(JUNK))
        else:
            lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- readers


def _drain(path: Path) -> None:
    """Read every record: each is an employee or a validation error, or the whole file
    is refused with a usage error (exit status 2)."""
    refused = ""
    try:
        for _line, item, _raw in _cli.read_employees(path):
            assert isinstance(item, (Employee, ValidationError))
    except UsageError as exc:
        refused = str(exc)
    assert "\n" not in refused


@FUZZ
@given(text=csv_text(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]))
def test_csv_reader_never_crashes(scratch: Path, text: str, encoding: str) -> None:
    path = scratch / "pegawai.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _drain(path)
    code, _, err = run(["decide", "--input", str(path), "--from", "2025-03-24",
                        "--to", "2025-03-25", "--output", str(scratch / "out.jsonl")])
    assert_clean(code, err)


@FUZZ
@given(text=jsonl_text(), raw=st.binary(max_size=20))
def test_jsonl_reader_never_crashes(scratch: Path, text: str, raw: bytes) -> None:
    path = scratch / "pegawai.jsonl"
    path.write_bytes(text.encode("utf-8") + (b"\n" + raw if raw else b""))
    _drain(path)
    code, _, err = run(["decide", "--input", str(path), "--from", "2025-03-24",
                        "--to", "2025-03-24", "--output", str(scratch / "out.jsonl")])
    assert_clean(code, err)


def test_a_batch_with_good_and_bad_lines_exits_1_and_keeps_the_good(scratch: Path) -> None:
    path = scratch / "campur.jsonl"
    path.write_text('{"jurisdiction": "nasional", "agency": "bkn", "position": "pelaksana"}\n'
                    '{"jurisdiction": "nasional", "agency": "bkn", "position": "pelaksana", '
                    '"facts": {"office_access_cut": []}}\n'
                    '[1, 2]\n', encoding="utf-8")
    out = scratch / "campur.out.jsonl"
    code, _, err = run(["decide", "--input", str(path), "--from", "2025-03-24",
                        "--to", "2025-03-24", "--output", str(out)])
    assert code == 1
    assert len(err.splitlines()) == 3  # two bad lines and the summary
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("schema") for r in records] == [
        "kebijakan-asn/decision/1", "kebijakan-asn/error/1", "kebijakan-asn/error/1"]
    assert "facts.office_access_cut: invalid value []" in records[1]["error"]


def _record() -> dict[str, Any]:
    code, out, _ = run(["decide", "--jurisdiction", "nasional", "--agency", "bkn",
                        "--position", "pelaksana", "--date", "2025-03-24", "--json"])
    assert code == 0
    record: dict[str, Any] = json.loads(out)
    return record


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


@st.composite
def mutated_records(draw: st.DrawFn, record: dict[str, Any]) -> str:
    data = json.loads(json.dumps(record))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON)
    return json.dumps(data)


def test_verify_never_crashes_on_altered_records(scratch: Path) -> None:
    record = _record()

    @FUZZ
    @given(lines=st.lists(mutated_records(record), min_size=1, max_size=3))
    def fuzz(lines: list[str]) -> None:
        path = scratch / "records.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        code, _, err = run(["verify", str(path)])
        assert_clean(code, err)
        assert code in (0, 1)

    fuzz()


# ---------------------------------------------------------------------------- argv

OPTIONS: dict[str, st.SearchStrategy[str]] = {
    "--jurisdiction": value("jurisdiction"),
    "--agency": value("agency"),
    "--position": value("position"),
    "--status": value("status"),
    "--fact": st.sampled_from(["office_access_cut=true", "office_access_cut=maybe", "banjir=1",
                               "=", "office_access_cut"]),
    "--rotation-group": value("rotation_group"),
    "--id": value("id"),
    "--nip": value("nip"),
    "--date": st.sampled_from(["2025-03-24", "2025-02-30", "1990-01-02", "2101-01-01",
                               "hari ini", "20250324", "", "9999-12-31", "0001-01-01",
                               "1995-01-01", "2100-12-31"]),
    "--from": st.sampled_from(["2025-03-24", "2025-13-01", "x", "0001-01-01", "1995-01-01"]),
    "--to": st.sampled_from(["2025-03-25", "2025-03-01", "9999-12-31", "2100-12-31"]),
    "--max-days": st.sampled_from(["0", "1", "-1", "x", "99999999999"]),
    "--sign": st.sampled_from(["kunci", "tidak-ada", ""]),
    "--trust": st.sampled_from(["kunci.pub", "kunci", "tidak-ada.pub"]),
    "--lang": st.sampled_from(["id", "en", "fr"]),
    "--year": st.sampled_from(["2025", "1945", "2101", "0", "-1", "dua", "1990", "99999"]),
    "--on": st.sampled_from(["2025-03-24", "kemarin"]),
    "--format": st.sampled_from(["md", "html", "pdf"]),
    "--plugins": st.sampled_from(["nasional", "", ",", "tidak-ada", "nasional,nasional",
                                  "nasional=kebijakan-asn", "nasional=lain", "=", "nasional="]),
    "--why-not": st.sampled_from(["wfh", "wfa", "libur", "lembur"]),
    "--head": st.sampled_from(["sha256:00", ""]),
}
FLAGS = ["--json", "--direct-service", "--include-drafts", "--chain", "--help", "--version"]
COMMANDS = ["decide", "verify", "explain", "timeline", "policies", "calendar", "agencies",
            "plugins", "rulebook", "check", "deside", "", "keygen"]


@st.composite
def argv_lists(draw: st.DrawFn, files: list[str]) -> list[str]:
    argv: list[str] = []
    if draw(st.booleans()):
        argv += ["--plugins", draw(OPTIONS["--plugins"])]
    argv.append(draw(st.sampled_from(COMMANDS)))
    for _ in range(draw(st.integers(0, 7))):
        kind = draw(st.integers(0, 9))
        if kind < 6:
            name = draw(st.sampled_from(sorted(OPTIONS)))
            argv += [name, draw(OPTIONS[name])] if draw(st.integers(0, 9)) else [name]
        elif kind < 8:
            argv.append(draw(st.sampled_from(FLAGS[:4] if draw(st.integers(0, 19))
                                             else FLAGS)))
        elif kind == 8:
            argv += [draw(st.sampled_from(["--input", "--output"])), draw(st.sampled_from(files))]
        else:
            argv.append(draw(st.one_of(JUNK, st.sampled_from(files))))
    return argv


def test_cli_argv_never_crashes(scratch: Path) -> None:
    good = scratch / "good.csv"
    good.write_text("jurisdiction,agency,position\nnasional,bkn,pelaksana\n", encoding="utf-8")
    records = scratch / "records.jsonl"
    code, out, _ = run(["decide", "--jurisdiction", "nasional", "--agency", "bkn",
                        "--position", "pelaksana", "--date", "2025-03-24", "--json"])
    assert code == 0
    records.write_text(json.dumps(json.loads(out)) + "\n{}\nnot json\n", encoding="utf-8")
    files = [str(good), str(records), str(scratch / "missing.csv"), str(scratch),
             str(scratch / "out.jsonl"), str(scratch / "nowhere" / "out.jsonl"),
             str(scratch / "pegawai.xlsx")]

    @FUZZ
    @given(argv=argv_lists(files))
    def fuzz(argv: list[str]) -> None:
        code, _, err = run(argv)
        assert_clean(code, err)

    cwd = os.getcwd()
    os.chdir(scratch)  # whatever a junk argument names, it lands in the scratch directory
    try:
        fuzz()
    finally:
        os.chdir(cwd)


# ---------------------------------------------------------------------------- hostile bytes
#
# Good lines mixed with hostile ones: whatever the hostile lines hold, every good line
# is decided (no good record lost) and every hostile one is at most one error record.

GOOD_JSON = '{{"id":"GOOD-{n}","jurisdiction":"nasional","agency":"bkn","position":"pelaksana"}}'
HOSTILE_LINES = st.one_of(
    st.binary(max_size=40).filter(lambda b: b"\n" not in b),
    st.text(max_size=20).map(lambda t: json.dumps({"id": t}).encode("utf-8",
                                                                      "surrogatepass")),
    st.integers(1, 400).map(lambda n: b"[" * n + b"]" * n),
    st.integers(1, 400).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
    st.integers(20, 6000).map(lambda n: b'{"id":' + b"7" * n + b"}"),
    st.integers(200, 2000).map(lambda n: json.dumps({
        "id": "x" * n, "jurisdiction": "nasional", "agency": "bkn",
        "position": "pelaksana"}).encode()),
    st.sampled_from([b"\xed\xa0\x80", b"\xff\xfe", b'{"id":"\\udc80"}', b"\x00\x00",
                     b'{"id":NaN}', b'{"id":1e999}', b'"', b'{"facts":{"\\ud800":true}}',
                     b'{"jurisdiction":"nasional","agency":"bkn","position":"pelaksana",'
                     b'"facts":[]}', b"\r", b"\x85", b"\xe2\x80\xa8"]),
)


def _decided_ids(out: Path) -> list[str]:
    ids = []
    # JSON Lines end at "\n" only: a record may hold U+0085 or U+2028, which
    # str.splitlines() would take for line breaks.
    for text in out.read_text(encoding="utf-8").split("\n")[:-1]:
        record = json.loads(text)
        if record["schema"] == "kebijakan-asn/decision/1":
            ids.append(record["employee"]["id"])
    return ids


@FUZZ
@given(hostile=st.lists(HOSTILE_LINES, max_size=6), seed=st.randoms(use_true_random=False))
def test_hostile_jsonl_lines_never_lose_a_good_record(scratch: Path, hostile: list[bytes],
                                                      seed: Any) -> None:
    good = [GOOD_JSON.format(n=n).encode() for n in range(4)]
    lines = good + hostile
    seed.shuffle(lines)
    path = scratch / "campur.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    out = scratch / "campur.out.jsonl"
    code, _, err = run(["decide", "--input", str(path), "--from", "2025-03-24",
                        "--to", "2025-03-24", "--output", str(out), "--chain"])
    assert_clean(code, err)
    if lines[0].startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte order mark
        assert code == 2 and "UTF-16" in err  # the whole file is refused, once
        return
    assert code in (0, 1)
    assert sorted(x for x in _decided_ids(out) if x.startswith("GOOD-")) == \
        [f"GOOD-{n}" for n in range(4)]
    code, _, err = run(["verify", str(out)])  # the chain of error records is intact
    assert "chain-broken" not in err and "seal-broken" not in err


@FUZZ
@given(hostile=st.lists(st.binary(max_size=30).filter(lambda b: b"\n" not in b)
                        | st.sampled_from([b'"', b'x,"y', b"a;b\tc", b"\xff,\xfe"]),
                        max_size=5),
       delimiter=st.sampled_from([",", ";", "\t"]), bom=st.booleans(),
       extra=st.booleans(), seed=st.randoms(use_true_random=False))
def test_hostile_csv_lines_never_lose_a_good_record(
        scratch: Path, hostile: list[bytes], delimiter: str, bom: bool, extra: bool,
        seed: Any) -> None:
    header = ["id", "jurisdiction", "agency", "position"] + (["nama"] if extra else [])
    good = [delimiter.join([f"GOOD-{n}", "nasional", "bkn", "pelaksana"]
                           + (["Budi"] if extra else [])).encode() for n in range(4)]
    lines = good + hostile
    seed.shuffle(lines)
    path = scratch / "campur.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + delimiter.join(header).encode()
                     + b"\n" + b"\n".join(lines) + b"\n")
    out = scratch / "campur.out.jsonl"
    code, _, err = run(["decide", "--input", str(path), "--from", "2025-03-24",
                        "--to", "2025-03-24", "--output", str(out)])
    assert_clean(code, err)
    assert code in (0, 1)
    assert sorted(x for x in _decided_ids(out) if x.startswith("GOOD-")) == \
        [f"GOOD-{n}" for n in range(4)]


# ---------------------------------------------------------------------------- hostile logs


@st.composite
def hostile_log_lines(draw: st.DrawFn, lines: list[str]) -> list[bytes]:
    """A chained log after a forger: records re-fingerprinted, re-chained, cut,
    duplicated, reordered, spaced, or replaced with junk bytes."""
    out = [x.encode() for x in lines]
    for _ in range(draw(st.integers(1, 3))):
        if not out:
            break
        i = draw(st.integers(0, len(out) - 1))
        kind = draw(st.integers(0, 6))
        if kind == 0:
            del out[i]
        elif kind == 1:
            out.insert(draw(st.integers(0, len(out))), out[i])
        elif kind == 2:
            j = draw(st.integers(0, len(out) - 1))
            out[i], out[j] = out[j], out[i]
        elif kind == 3:
            out[i] = draw(st.binary(max_size=60))
        elif kind == 4:  # same content, other spacing or a duplicate key
            text = out[i].decode("utf-8", "replace")
            out[i] = (text.replace(",", ", ", 1) if draw(st.booleans())
                      else text[:-1] + ',"schema":"kebijakan-asn/decision/1"}').encode()
        elif kind == 5:
            out = out[:i]
        else:
            out[i] = out[i].replace(b"\n", b"") + draw(st.sampled_from(
                [b"\x1b[2J", b"\r", b"\x85", b"\xe2\x80\xae", b"\x00"]))
    return [x.replace(b"\n", b"") for x in out]


def test_verify_never_crashes_on_hostile_logs(scratch: Path) -> None:
    src = scratch / "log.csv"
    src.write_text("id,jurisdiction,agency,position\nA,nasional,bkn,pelaksana\n"
                   "B,nasional,bkn,staf\nC,nasional,bkn,pengawas\n", encoding="utf-8")
    log = scratch / "log.jsonl"
    code, _, _ = run(["decide", "--input", str(src), "--from", "2025-03-24", "--to",
                      "2025-03-25", "--chain", "--output", str(log)])
    assert code == 1  # B is invalid: an error record inside the chain
    lines = log.read_text(encoding="utf-8").splitlines()

    @FUZZ
    @given(changed=hostile_log_lines(lines))
    def fuzz(changed: list[bytes]) -> None:
        path = scratch / "hostile.jsonl"
        path.write_bytes(b"\n".join(changed) + b"\n")
        code, out, err = run(["verify", str(path)])
        assert_clean(code, err)
        assert all(line.isprintable() for line in out.splitlines())  # escaped
        if [x.decode("utf-8", "replace") for x in changed] != lines:
            assert code == 1  # any change is caught

    fuzz()
