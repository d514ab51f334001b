"""The fast paths of ``decide --input`` and ``verify`` give exactly the bytes of the
plain path: ``Decision.to_json()`` per record, linked by :class:`Chainer` when
chained, in input order, with ``--jobs 2`` as with one process."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
import threading
from pathlib import Path

import attrs
import pytest

from kebijakan_asn import Employee, Resolver, _batch, _cli
from kebijakan_asn._audit import Chainer
from kebijakan_asn._canonical import canonical_json
from kebijakan_asn._errors import KebijakanError
from kebijakan_asn._replay import Replay
from kebijakan_asn._seal import seal_record
from kebijakan_asn.cli._input import employee_from_row, error_body, error_record, read_employees
from kebijakan_asn.synthetic import columns, workforce

DAYS = [dt.date(2025, 3, 21) + dt.timedelta(days=i) for i in range(10)]


@pytest.fixture(scope="module")
def real() -> Resolver:
    return Resolver()


def plain(resolver: Resolver, employee: Employee, chain: Chainer | None = None) -> str:
    out = []
    for day in DAYS:
        d = resolver.decide(employee, day)
        out.append((chain.link(d) if chain is not None else d).to_json() + "\n")
    return "".join(out)


def test_batch_renders_to_json_with_and_without_a_chain(real: Resolver) -> None:
    people = workforce(300, seed=7, ruleset=real)
    # Employees who differ only in a field beside the id and NIP (the unit) share no JSON.
    people += [attrs.evolve(people[0], id=f"U{i}", unit=unit)
               for i, unit in enumerate(["balai-kota", None, "puskesmas-a"])]
    batch = _batch.Batch(real, DAYS)
    fast, slow = Chainer(), Chainer()
    for employee in people:
        assert batch.render(employee) == plain(real, employee).encode()
        assert batch.render(employee, fast) == plain(real, employee, slow).encode()
    assert fast.head == slow.head and fast.index == slow.index == 303 * len(DAYS)


def test_the_cache_builds_the_employees_and_errors_of_build(real: Resolver) -> None:
    cols = columns(200, seed=3, ruleset=real)
    rows = [{k: ("" if v[i] is None else str(v[i]).lower() if isinstance(v[i], bool)
                 else str(v[i])) for k, v in cols.items()} for i in range(200)]
    rows.append({**rows[0], "id": " E-x ", "nip": "  "})  # stripped; blank is none
    rows.append({**rows[0], "nip": "199999999999999999"})  # not a NIP
    rows.append({**rows[0], "status": "non-asn"})  # a NIP where none may be
    rows.append({**rows[0], "id": "E\u200b1"})  # not plain ASCII: the whole build
    rows.append({**rows[0], "id": "E" * 65})  # too long for the shortcut
    cache = _batch.EmployeeCache(employee_from_row)
    for row in rows * 2:
        try:
            expected: Employee | str = employee_from_row(dict(row))
        except KebijakanError as exc:
            expected = str(exc)
        try:
            got: Employee | str = cache(dict(row))
        except KebijakanError as exc:
            got = str(exc)
        assert got == expected


def write(path: Path, cols: dict[str, list[object]], bad_line: int) -> None:
    keys = list(cols)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(keys)
        for i in range(len(cols["id"])):
            values = ["" if cols[k][i] is None else str(cols[k][i]).lower()
                      if isinstance(cols[k][i], bool) else cols[k][i] for k in keys]
            if i == bad_line:
                values[keys.index("position")] = "menteri"  # invalid input
            if i == bad_line + 5:
                values[keys.index("agency")] = "no-such-agency"  # refused by the resolver
            w.writerow(values)


@pytest.mark.parametrize("chain", [False, True])
def test_jobs_2_and_the_fast_path_write_the_plain_bytes(
        real: Resolver, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, chain: bool) -> None:
    monkeypatch.setattr(_batch, "WARMUP", 10)  # workers from the 11th employee
    monkeypatch.setattr(_batch, "CHUNK", 7)
    source = tmp_path / "people.csv"
    write(source, columns(120, seed=11, ruleset=real), bad_line=40)
    # The plain path: every valid row decided and written with to_json, in order.
    links = Chainer() if chain else None

    def error(line: int, message: str, raw: object) -> str:
        """The error record, a link of the chain in a chained batch."""
        if links is None:
            return error_record(line, message, raw)
        return canonical_json(links.link_record(error_body(line, message, raw))) + "\n"

    expected = []
    for line, item, raw in read_employees(source):
        if not isinstance(item, Employee):
            expected.append(error(line, str(item), raw))
            continue
        try:
            expected.append(plain(real, item, links))
        except KebijakanError as exc:
            expected.append(error(line, f"{source}:{line}: {exc}", raw))
    if links is not None:  # a chained batch ends with its seal
        expected.append(canonical_json(seal_record(links.index, links.head, None)) + "\n")
    outputs = []
    for jobs in ("1", "2"):
        argv = ["decide", "--input", str(source), "--from", DAYS[0].isoformat(), "--to",
                DAYS[-1].isoformat(), "--jobs", jobs, *(["--chain"] if chain else [])]
        assert _cli.main(argv) == 1  # two bad rows
        out, err = capsys.readouterr()
        outputs.append(out)
        assert "1180 decisions written, 2 invalid input records" in err
    assert outputs[0] == outputs[1] == "".join(expected)
    if chain:
        assert links is not None and f"chain head {links.head}" in err


# A child process, forked from a process of one thread, with small warm-up and
# chunks: the workers really run, whatever threads the test process has.
FORKED = """
import sys
from kebijakan_asn import _batch, _cli
assert _batch.can_fork(), "the script's process has one thread"
_batch.WARMUP, _batch.CHUNK = 10, 7
if sys.argv[1] == "die":  # a worker that is killed: one line, exit 3, no hang
    import os

    def die(chunk):
        os._exit(9)

    _batch._work = die
sys.exit(_cli.main(sys.argv[2:]))
"""


def _forked(mode: str, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", FORKED, mode, *argv], capture_output=True,
                          text=True, timeout=300, check=False)


def test_worker_processes_write_the_bytes_of_one_process(tmp_path: Path, real: Resolver) -> None:
    source = tmp_path / "people.csv"
    write(source, columns(120, seed=11, ruleset=real), bad_line=40)
    argv = ["decide", "--input", str(source), "--from", DAYS[0].isoformat(), "--to",
            DAYS[-1].isoformat()]
    one, two = _forked("run", *argv, "--jobs", "1"), _forked("run", *argv, "--jobs", "2")
    assert one.returncode == two.returncode == 1  # two bad rows
    assert "1180 decisions written, 2 invalid input records" in two.stderr
    assert one.stdout == two.stdout and one.stdout.count("\n") == 1182


def test_a_killed_worker_is_one_line_not_a_hang(tmp_path: Path, real: Resolver) -> None:
    source = tmp_path / "people.csv"
    write(source, columns(60, seed=5, ruleset=real), bad_line=3)
    out = tmp_path / "out.jsonl"
    done = _forked("die", "decide", "--input", str(source), "--from", DAYS[0].isoformat(),
                   "--to", DAYS[-1].isoformat(), "--jobs", "2", "--output", str(out))
    assert done.returncode == 3
    assert "a worker process of --jobs stopped before it finished" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()  # the output is written whole or not at all


def test_a_process_with_other_threads_decides_in_one_process() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not _batch.can_fork()  # a fork could inherit a lock another thread holds
    finally:
        stop.set()
        other.join()


def test_replay_reproduces_exact_records_only(real: Resolver) -> None:
    replay = Replay(real)
    employee = workforce(1, seed=5, ruleset=real)[0]
    d = real.decide(employee, DAYS[3])
    line = d.to_json() + "\n"
    assert replay.reproduces(line.encode()) == {"fingerprint": d.fingerprint}
    assert replay.reproduces(line.rstrip("\n").encode()) == {"fingerprint": d.fingerprint}
    record = json.loads(line)
    record["arrangement"] = "wfa" if record["arrangement"] != "wfa" else "wfo"
    assert replay.reproduces(json.dumps(record, sort_keys=True, separators=(",", ":"),
                                        ensure_ascii=False).encode()) is None
    spaced = json.dumps(json.loads(line), sort_keys=True).encode()
    assert replay.reproduces(spaced) is None
    links = Chainer()
    first, second = links.link(d), links.link(real.decide(employee, DAYS[4]))
    assert replay.reproduces(second.to_json().encode()) == {
        "fingerprint": second.fingerprint,
        "chain": {"index": 1, "previous": first.fingerprint}}
    moved = second.to_json().replace('"index":1', '"index":2')
    assert replay.reproduces(moved.encode()) is None  # the link is covered by the fingerprint


def _corpus(real: Resolver) -> list[bytes]:
    """Lines of a file to verify: records of employees who share a kind (the replay
    builds the later ones from the first), with ids and NIPs changed to good,
    bad and odd values, other bytes changed, in and out of date order."""
    people = workforce(40, seed=9, ruleset=real)
    base = people[0]
    people += [attrs.evolve(base, id=f"K{i}") for i in range(3)]
    people.append(attrs.evolve(base, id="pegawai-é", unit="balai-kota"))
    lines = [real.decide(e, d).to_json().encode() + b"\n" for e in people for d in DAYS[:4]]
    good = lines[-8].decode()  # a record of one of the employees of base's kind
    nip = json.loads(good)["employee"]["nip"]
    swaps = [('"id":"K1"', '"id":""'), ('"id":"K1"', '"id":" "'), ('"id":"K1"', '"id":null'),
             ('"id":"K1"', '"id":"K\\u0031"'), ('"id":"K1"', '"id":"K\\ud800"'),
             ('"id":"K1"', '"id":"K0"'), ('"id":"K1"', '"id":"K' + "x" * 70 + '"')]
    if nip is not None:
        swaps += [(f'"nip":"{nip}"', '"nip":"199999999999999999"'),
                  (f'"nip":"{nip}"', '"nip":null'), (f'"nip":"{nip}"', '"nip":"1"')]
    for old, new in swaps:
        lines.append(good.replace(old, new).encode())
    lines += [good.encode()[:-1] + b"\r\n", good.encode()[:-1], b"\n", b" \n",
              good.encode().replace(b"2025", b"2024", 1), b"\xff" + good.encode(),
              good.encode().replace(b'"date":"', b'"date": "')]
    lines += lines[:6][::-1]  # dates out of order, an employee met again
    return lines


@pytest.mark.parametrize("block", [None, 1, 2, 7, 1000])
@pytest.mark.parametrize("reproduced", [True, False])
def test_verify_fast_path_gives_the_verdicts_of_the_parse_path(
        real: Resolver, monkeypatch: pytest.MonkeyPatch, reproduced: bool,
        block: int | None) -> None:
    from kebijakan_asn._verify import LogVerifier

    lines = _corpus(real)
    fast = LogVerifier(real)
    if block is None:  # line by line
        got = list(fast.run(lines, reproduced=reproduced))
    else:  # in blocks of lines, as verify reads them
        got = list(fast.run_blocks([lines[i:i + block] for i in range(0, len(lines), block)],
                                   reproduced=reproduced))
    monkeypatch.setattr(Replay, "prefix", lambda self, lines, start=0, limit=None: (0, ""))
    monkeypatch.setattr(Replay, "digest", lambda self, line: None)
    monkeypatch.setattr(Replay, "reproduces", lambda self, line: None)
    slow = LogVerifier(real)
    expected = list(slow.run(lines))
    assert [v for v in got if v.verdict != "reproduced"] == \
        [v for v in expected if v.verdict != "reproduced"]
    if reproduced:
        assert got == expected
    assert fast.counts == slow.counts and fast.counts["reproduced"] >= 176
    assert {k: v for k, v in fast.counts.items() if k != "reproduced"}  # bad lines found
    assert (fast.problems, fast.chain.links, fast.chain.head) == \
        (slow.problems, slow.chain.links, slow.chain.head)


def test_verify_decides_a_kind_on_the_span_of_the_file_at_once(
        real: Resolver, monkeypatch: pytest.MonkeyPatch) -> None:
    """The replay learns the file's dates from its first employee; an employee of a
    new kind is then decided on the rest of that span in one call, so its later
    lines are guessed (one hash each), and every record is still reproduced."""
    from kebijakan_asn._verify import LogVerifier

    people = workforce(60, seed=12, ruleset=real)
    lines = [real.decide(e, d).to_json().encode() + b"\n" for e in people for d in DAYS]
    kinds = {_batch._key(e) for e in people}
    calls: list[int] = []
    outcomes = Resolver.outcomes

    def counted(self: Resolver, employee: Employee, dates: object, **kw: object) -> object:
        days = list(dates)  # type: ignore[call-overload]
        calls.append(len(days))
        return outcomes(self, employee, days, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Resolver, "outcomes", counted)
    checker = LogVerifier(Resolver(ruleset=real.ruleset))
    assert list(checker.run(lines, reproduced=False)) == []
    assert checker.counts == {"reproduced": len(lines)}
    # The first employee's dates one by one, then one call per further kind.
    assert len(calls) <= len(DAYS) + len(kinds)
    assert sum(calls) == len(kinds) * len(DAYS)


def test_verify_fast_path_then_a_chain_checks_every_link(real: Resolver) -> None:
    from kebijakan_asn._verify import LogVerifier

    employee = workforce(1, seed=5, ruleset=real)[0]
    plain_lines = [real.decide(employee, d).to_json().encode() for d in DAYS[:3]]
    links = Chainer()
    chained = [links.link(real.decide(employee, d)).to_json().encode() for d in DAYS[3:6]]
    checker = LogVerifier(real)
    verdicts = list(checker.run(plain_lines + chained, reproduced=False))
    # A link after unlinked records starts at the count of records before it.
    assert [(v.line, v.verdict) for v in verdicts] == [(4, "chain-broken"),
                                                       (6, "seal-broken")]
    assert "index 0, expected 3" in verdicts[0].details[0]
    assert checker.counts == {"reproduced": 6, "seal-broken": 1}


def test_pns_nip_ok_accepts_what_parse_nip_accepts() -> None:
    import random

    from kebijakan_asn._nip import parse_nip

    def parses(value: str) -> bool:
        try:
            parse_nip(value)
        except KebijakanError:
            return False
        return True

    rnd = random.Random(14)
    good = "198609262015051001"
    values = [good, good[:14] + "2999", good[:14] + "3001", good[:14] + "1000",
              "198602292015051001", "198802292015051001", "000001012015051001",
              "198609262015001001", "198609262015131001", "198609262014121001",
              "198609262015091001", "198609262015081001", "1986092620150510011",
              "19860926201505100x", "１９８６09262015051001", good[:-1] + " ", ""]
    for _ in range(20_000):  # every position varied: dates, months, sex, sequence
        chars = list(good)
        for _ in range(rnd.randint(1, 4)):
            chars[rnd.randrange(18)] = rnd.choice("0123456789")
        values.append("".join(chars))
    for value in values * 2:  # the second time, the birth dates are known
        if rnd.random() < 0.01:
            _batch._BIRTHS.clear()
        assert _batch.pns_nip_ok(value) == parses(value), value


def test_the_cache_validates_ids_and_nips_as_employee_does(real: Resolver) -> None:
    cols = columns(60, seed=4, ruleset=real)
    rows = [{k: ("" if v[i] is None else str(v[i]).lower() if isinstance(v[i], bool)
                 else str(v[i])) for k, v in cols.items()} for i in range(60)]
    pns = next(r for r in rows if r["status"] == "pns" and r["nip"])
    pppk = next((r for r in rows if r["status"] == "pppk" and r["nip"]), None)
    bad = ["", " ", "1", "199999999999999999", "198609262015051000", "198609262015053001",
           "198602302015051001", "198609262015131001", "198609261986091001",
           "19860926201505100a", "198609262015051001", "\u0661" * 18, "x" * 64]
    cases = [{**pns, "nip": nip} for nip in bad]
    cases += [{**pns, "id": ident} for ident in ("", " ", "a\tb", "E" * 64, "E\x7f", "é")]
    if pppk is not None:
        cases += [{**pppk, "nip": nip} for nip in bad]
    cases += [{**pns, "status": "non-asn", "nip": "198609262015051001"}]
    built: list[object] = []

    def build(row: dict[str, object], **options: bool) -> Employee:
        built.append(row)
        return employee_from_row(row, **options)

    cache = _batch.EmployeeCache(build)
    for row in [*rows, *cases, *cases]:  # a first row of each kind, then the cases
        try:
            expected: Employee | str = employee_from_row(dict(row), check=True)
        except KebijakanError as exc:
            expected = str(exc)
        try:
            got: Employee | str = cache(dict(row), check=True)
        except KebijakanError as exc:
            got = str(exc)
        assert got == expected
        if isinstance(got, Employee):
            assert attrs.asdict(got) == attrs.asdict(expected)  # type: ignore[arg-type]
    good = sum(1 for r in cases if r["nip"] == "198609262015051001" and r["status"] == "pns")
    assert len(built) <= len(rows) + 2 * (len(cases) - good)  # good ones took the shortcut


def test_verify_reads_the_lines_readline_would_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks split in C give the lines (and the cut of an over-long one) that
    reading line by line with a bounded ``readline`` gives."""
    import io
    import itertools
    import random

    from kebijakan_asn.cli import verify

    limit = 5
    monkeypatch.setattr(verify, "MAX_RECORD", limit)

    def by_readline(data: bytes) -> list[bytes]:
        fh, out = io.BytesIO(data), []
        while raw := fh.readline(limit + 1):
            if len(raw) > limit and not raw.endswith(b"\n"):
                rest = raw
                while rest and not rest.endswith(b"\n"):
                    rest = fh.readline(limit)
                raw = raw[:limit]
            out.append(raw)
        return out

    rnd = random.Random(3)
    for _ in range(2_000):
        data = bytes(rnd.choice(b"ab\n") for _ in range(rnd.randint(0, 40)))
        for block in (1, 2, 3, 7, 64):
            monkeypatch.setattr(verify, "BLOCK", block)
            got = list(itertools.chain.from_iterable(verify._blocks(io.BytesIO(data),
                                                                    Path("x"))))
            assert got == by_readline(data), (data, block)


def test_the_shortcut_checks_an_id_and_nip_as_employee_itself_does() -> None:
    """For an id and NIP the cache's shortcut takes (nothing, or up to 64 printable
    ASCII characters; stripped, blank as nothing), :meth:`EmployeeCache.hit` gives
    ``Employee(...)`` with them, and refuses (``None``) exactly what
    ``Employee(...)`` refuses: the validators it skips never fail on such a text.
    ``Prototype.with_identity`` does the same with them as they are."""
    pytest.importorskip("hypothesis")
    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    kinds = [{"jurisdiction": "kota-bekasi", "agency": "dinkes", "position": "pelaksana",
              "status": status} for status in ("pns", "pppk", "non-asn")]
    cache = _batch.EmployeeCache(lambda row, **_: Employee(**row))
    for i, kind in enumerate(kinds):
        cache.keyed(i, "E0", None, lambda kind=kind: kind)  # (the id is stored per row)
    protos = [_batch.Prototype(Employee(**kind)) for kind in kinds]
    texts = st.text(st.characters(min_codepoint=0, max_codepoint=127), max_size=70)
    nips = st.from_regex(r"(19[5-9][0-9]|20[0-2][0-9]|0000)(0[0-9]|1[0-3])([0-3][0-9])"
                         r"(19[5-9][0-9]|20[0-2][0-9])(0[0-9]|1[0-3])[0-3](000|[0-9]{3})"
                         r"[0-9]?",
                         fullmatch=True)
    padded = st.tuples(st.sampled_from(["", " ", "  "]), nips, st.sampled_from(["", " "])
                       ).map("".join)
    values = st.one_of(st.none(), texts, nips, padded)

    @settings(max_examples=1000, deadline=None, database=None)
    @given(kind=st.integers(0, 2), ident=values, nip=values)
    @example(kind=0, ident="E1", nip="198609261986091001")  # TMT in the birth month
    @example(kind=0, ident="E1", nip="198609261986101001")  # ... the month after
    @example(kind=0, ident="E1", nip="198609262015051000")  # sequence 000
    @example(kind=0, ident="E1", nip="198602302015053001")  # 30 February, sex 3
    @example(kind=1, ident=" ", nip="19860926201505100")  # a PPPK number too short
    @example(kind=2, ident="E1", nip="198609262015051001")  # non-ASN staff have none
    def check(kind: int, ident: str | None, nip: str | None) -> None:
        got = cache.hit(kind, ident, nip)
        plain = [v is None or (len(v) <= 64 and v.isascii() and v.isprintable())
                 for v in (ident, nip)]
        if not all(plain):
            assert got is None
            return
        # Prototype.with_identity (what verify's replay calls) checks them unstripped.
        try:
            evolved: Employee | None = Employee(**kinds[kind], id=ident, nip=nip)
        except KebijakanError:
            evolved = None
        made = protos[kind].with_identity(ident, nip)
        assert (made is None) == (evolved is None), (kind, ident, nip)
        if made is not None:
            assert attrs.asdict(made) == attrs.asdict(evolved)  # type: ignore[arg-type]
        ident = ident.strip() or None if ident else None
        nip = nip.strip() or None if nip else None
        try:
            expected: Employee | None = Employee(**kinds[kind], id=ident, nip=nip)
        except KebijakanError:
            expected = None
        assert (got is None) == (expected is None), (kind, ident, nip)
        if got is not None:
            assert attrs.asdict(got) == attrs.asdict(expected)  # type: ignore[arg-type]

    check()


def test_the_cut_of_an_employee_is_employee_parts() -> None:
    """``Batch`` finds where an employee's id and NIP go in its own JSON: the same cut
    as ``employee_parts`` (markers in their place), whatever the texts hold."""
    from kebijakan_asn._serial import employee_parts

    tricky = ['E1', 'a,"id":"a",', '\\",', 'é"ü', ',"nip":null,', None]
    for ident in tricky:
        for status, nip in (("pns", "198810022014021953"), ("pppk", "123456789012345678"),
                            ("non-asn", None)):
            for unit in (None, ',"id":"E1",', ',"nip":"198810022014021953",'):
                employee = Employee(jurisdiction="kota-bekasi", agency="dinkes",
                                    position="pelaksana", status=status, id=ident, nip=nip,
                                    unit=unit, facts={"id": True, "nip": False})
                assert _batch._cut(employee) == employee_parts(employee), (ident, unit)


def test_the_records_of_a_block_are_made_a_few_hundred_at_a_time(real: Resolver) -> None:
    """``record_blocks`` splits a block of input items so that one list holds about
    ``RECORDS`` records (an item's records whole): the text held at once stays small
    whatever the span, and the text is the same as one item at a time."""
    people = workforce(100, seed=3, ruleset=real)
    block = [(i + 2, employee, None) for i, employee in enumerate(people)]
    batch = _batch.Batch(real, DAYS)
    lists = list(_batch.record_blocks(batch, [block], jobs=1))
    assert max(map(len, lists)) == _batch.RECORDS // len(DAYS)
    assert [line for part in lists for line, *_ in part] == list(range(2, 102))
    assert b"".join(r for part in lists for *_, r in part) == b"".join(
        plain(real, employee).encode() for employee in people)
