"""The fast path of the batch reader (``cli/_input.py``: CSV lines in blocks, decoded
and parsed in C) gives exactly the items of the line-by-line reader: the same
employees, errors, line numbers and raw records, on good and hostile rows, at
any block size, with the validated-row cache (rows looked up by their cells) as
without; and the compact duplicate-id check names the earlier line."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from kebijakan_asn import _batch
from kebijakan_asn.cli import _input
from kebijakan_asn.cli._input import MAX_LINE, employee_from_row, read_employees

HEADER = b"id,nip,jurisdiction,agency,position,status,direct_service,fact:surat_perintah\n"
GOOD = [
    b"E%d,198810022014021953,kota-bekasi,bappelitbangda,fungsional,pns,false,false\n",
    b"E%d,,kota-bandung,diskar-pb,fungsional,pppk,true,\n",
    b"E%d,,nasional,kemenkeu,struktural,,false,true\r\n",
    b" E%d , ,kota-bekasi,dinkes,pelaksana,pns,,\n",
    b"E%d,,kota-bandung,diskar-pb,fungsional,pppk,true,true\n",  # differs at the end
]
HOSTILE = [
    b"E%d,,kota-bekasi,din\xffkes,pelaksana,pns,,\n",  # not UTF-8
    b"E%d,,kota-bekasi,\"dinkes, pusat\",pelaksana,,,\n",  # quotes closed on the line
    b"E%d,,kota-bekasi,\"dinkes,pelaksana,,,\n",  # a quote never closed ...
    b"E%d,,kota-bekasi,dinkes\",pelaksana,,,\n",  # ... or closed on a later line
    b"E%d,,kota-bekasi,dinkes,pelak\x00sana,,,\n",  # NUL
    b"E%d,,kota-bekasi,dinkes\rx,pelaksana,,,\n",  # a carriage return inside
    b"E%d,,kota-bekasi," + b"d" * 300 + b",pelaksana,,,\n",  # a value too long
    b"E%d,,kota-bekasi," + b"d" * (MAX_LINE + 10) + b",pelaksana,,,\n",  # a line too long
    b"E%d,,kota-bekasi,dinkes,pelaksana,,,,,,,\n",  # more values than columns
    b"E%d,,kota-bekasi,dinkes\n",  # fewer
    b"E%d,,kota-bekasi,\\ud800,pelaksana,,,\n",  # a JSON surrogate escape, as text
    b"E%d,,kota-bekasi,\xef\xbb\xbfdinkes,pelaksana,,,\n",  # a byte order mark inside
    b"E%d,19881002201402195,kota-bekasi,dinkes,pelaksana,pns,,\n",  # a bad NIP
    b"E%d,,kota-bekasi,dinkes,pelaksana,pns,perhaps,\n",  # a bad boolean
    b"E1,,kota-bekasi,dinkes,pelaksana,pns,,\n",  # a duplicate id
    b"\n", b"   \n", b",,,,,,,\n", b"\r\n",  # blank rows
]


def corpus(seed: int, rows: int) -> bytes:
    rng = random.Random(seed)
    out = [HEADER]
    for i in range(rows):
        pool = HOSTILE if rng.random() < 0.2 else GOOD
        line = rng.choice(pool)
        out.append(line % i if b"%d" in line else line)
    if rng.random() < 0.5:  # a last line without its newline
        out[-1] = out[-1].rstrip(b"\r\n")
    return b"".join(out)


def items(path: Path, cached: bool = True) -> list[tuple[int, Any, Any]]:
    build = _batch.EmployeeCache(employee_from_row) if cached else employee_from_row
    return [(line, item if isinstance(item, _input.Employee) else str(item), raw)
            for line, item, raw in read_employees(path, note=lambda _: None, build=build)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("block", [5, 97, 4096, 1 << 20])
def test_the_fast_path_gives_the_items_of_the_line_by_line_reader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, block: int) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(corpus(seed, 400))
    monkeypatch.setattr(_input, "_BLOCK", block)
    taken: list[int] = []
    clean = _input._Lines.clean

    def counted(self: _input._Lines, for_csv: bool = True) -> tuple[int, list[str]] | None:
        run = clean(self, for_csv)
        taken.append(len(run[1]) if run else 0)
        return run

    monkeypatch.setattr(_input._Lines, "clean", counted)
    fast = items(path)
    assert sum(taken) > 20  # (a quote never closed sends the lines after it the slow way)
    monkeypatch.setattr(_input._Lines, "clean", lambda self, for_csv=True: None)
    slow = items(path)
    assert fast == slow == items(path, cached=False)  # (the cache looks rows up by cells)
    assert any(isinstance(item, str) for _, item, _ in fast)
    assert any(not isinstance(item, str) for _, item, _ in fast)


JSON_GOOD = [
    b'{"id": "J%d", "jurisdiction": "kota-bekasi", "agency": "dinkes", "position": '
    b'"pelaksana", "status": "pppk"}\n',
    b'{"id": "J%d", "nip": "198810022014021953", "jurisdiction": "kota-bandung", '
    b'"agency": "diskar-pb", "position": "fungsional", "status": "pns", '
    b'"facts": {"surat_perintah": true}}\r\n',
]
JSON_HOSTILE = [
    b'{"id": "J%d", "jurisdiction": "kota-bekasi", "agency": "din\xffkes"}\n',
    b'{"id": "J%d", "jurisdiction": "kota-bekasi",\n',  # not JSON
    b'["J%d"]\n',  # not an object
    b'{"id": "J%d", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}\n",  # nested too deep
    b'{"id": "J%d", "position": ' + b"9" * 5000 + b"}\n",  # an integer too long
    b'{"id": "J%d\\ud800", "jurisdiction": "kota-bekasi", "agency": "a", '
    b'"position": "b"}\n',  # a lone surrogate
    b'{"id": "J%d", "jurisdiction": "kota-bekasi", "agency": "a\x00", "position": "b"}\n',
    b'{"id": "J%d", "jurisdiction": "kota-bekasi", "agency": "' + b"a" * (MAX_LINE + 5)
    + b'", "position": "b"}\n',  # a line too long
    b'{"id": "J%d", "jurisdiction": "kota-bekasi", "agency": "a", "position": "b", '
    b'"colour": "red"}\n',  # a field that is not an input field
    b'\xef\xbb\xbf{"id": "J%d"}\n',  # a byte order mark inside
    b'{"id": "J1", "jurisdiction": "kota-bekasi", "agency": "a", "position": "b"}\n',
    b"\n", b"  \r\n",
]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("block", [5, 97, 1 << 16])
def test_the_jsonl_fast_path_gives_the_items_of_the_line_by_line_reader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, block: int) -> None:
    rng = random.Random(seed)
    lines = [rng.choice(JSON_HOSTILE if rng.random() < 0.3 else JSON_GOOD)
             for _ in range(300)]
    path = tmp_path / "in.jsonl"
    data = b"".join(line % i if b"%d" in line else line for i, line in enumerate(lines))
    path.write_bytes(b"\xef\xbb\xbf" + data.rstrip(b"\n") if seed % 2 else data)
    monkeypatch.setattr(_input, "_BLOCK", block)
    fast = items(path)
    monkeypatch.setattr(_input._Lines, "clean", lambda self, for_csv=True: None)
    assert fast == items(path) == items(path, cached=False)
    assert len({type(item) for _, item, _ in fast}) == 2


def test_clean_lines_all_take_the_fast_path(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "in.csv"
    lines = [GOOD[i % len(GOOD)] % i for i in range(3000)]
    path.write_bytes(HEADER + b"".join(lines))
    monkeypatch.setattr(_input, "_BLOCK", 4096)
    taken: list[int] = []
    clean = _input._Lines.clean
    monkeypatch.setattr(_input._Lines, "clean",
                        lambda self, for_csv=True: taken.append(
                            len(r[1]) if (r := clean(self, for_csv)) else 0) or r)
    got = items(path)
    assert sum(taken) == 3000 and len(got) == 3000
    assert [line for line, _, _ in got] == list(range(2, 3002))


def test_duplicate_ids_name_the_first_line_in_any_number(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    ids = [f"E{i}" for i in range(5000)] + ["é-ü", "E1 ", "E4999", "é-ü", "E0"]
    path.write_bytes(HEADER + b"".join(
        f"{x},,kota-bekasi,dinkes,pelaksana,pppk,,\n".encode() for x in ids))
    errors = [(line, item) for line, item, _ in items(path) if isinstance(item, str)]
    message = ("{}:{}: id: invalid value {!r}; duplicate employee id (first on line {}); "
               "expected one record per employee")
    assert errors == [(line, message.format(path, line, ident, first)) for line, ident, first
                      in ((5003, "E1", 3), (5004, "E4999", 5001), (5005, "é-ü", 5002),
                          (5006, "E0", 2))]


@pytest.mark.parametrize("colliding", [False, True])
def test_the_id_table_answers_as_a_dict_would(monkeypatch: pytest.MonkeyPatch,
                                              colliding: bool) -> None:
    if colliding:  # every id with the same hash: each hit is decided on the id's bytes
        monkeypatch.setattr(_input, "hash", lambda value: 12345, raising=False)
    seen, plain = _input._SeenIds(), {}
    rng = random.Random(5)
    for line in range(1, 3_000 if colliding else 20_000):
        ident = f"{rng.randrange(2_000):x}" * rng.choice((1, 2))
        assert seen.first(ident, line) == plain.setdefault(ident, line)


def test_the_id_table_takes_line_numbers_past_4_bytes() -> None:
    seen = _input._SeenIds()
    big = 2**32 + 7  # a line number (or an end of the ids' bytes) no 4-byte item holds
    assert seen.first("A", 1) == 1
    assert seen.first("B", big) == big
    assert seen.first("C", big + 1) == big + 1
    assert [seen.first(i, 9) for i in ("A", "B", "C", "D")] == [1, big, big + 1, 9]


@pytest.mark.parametrize(("order", "cut"), [
    ((0, 1, 2, 3, 4, 5, 6, 7), True),  # id, nip first: lines cut after them
    ((0, 2, 3, 4, 5, 6, 7), True),  # id first, no NIP column
    ((1, 0, 2, 3, 4, 5, 6, 7), False),  # nip, id: parsed, looked up by the cells
    ((2, 3, 0, 4, 5, 1, 6, 7), False),
])
@pytest.mark.parametrize("seed", range(3))
def test_every_column_order_gives_the_items_of_the_line_by_line_reader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, order: tuple[int, ...], cut: bool,
        seed: int) -> None:
    """The fast path looks a row up by the text after its id and NIP where they lead
    the line (``_Record._cut``), by its cells otherwise; either way the items are
    those of the line-by-line reader.  Lines without a quote have their columns
    reordered (with CRLF endings kept); the others stay as they are (broken rows)."""
    def reordered(line: bytes) -> bytes:
        if b'"' in line or not line.strip():
            return line
        body = line.rstrip(b"\r\n")
        cells = body.split(b",")
        if len(cells) != 8:
            return line
        return b",".join(cells[i] for i in order) + line[len(body):]

    path = tmp_path / "in.csv"
    path.write_bytes(b"".join(reordered(line) for line in
                              corpus(seed, 400).splitlines(keepends=True)))
    monkeypatch.setattr(_input, "_BLOCK", 4096)
    calls: list[int] = []
    real = _input._Record._cut
    monkeypatch.setattr(_input._Record, "_cut", lambda self, number, texts: calls.append(
        len(texts)) or real(self, number, texts))
    fast = items(path)
    assert bool(calls) == cut
    monkeypatch.setattr(_input._Lines, "clean", lambda self, for_csv=True: None)
    assert fast == items(path) == items(path, cached=False)
    assert len({type(item) for _, item, _ in fast}) == 2  # employees and errors


def test_a_run_of_blank_lines_between_other_rows_is_no_block(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Plain lines that are all blank make no rows, and no (empty) block: the rows
    around them are read and decided as ever."""
    from kebijakan_asn import _cli

    path = tmp_path / "in.csv"
    quoted = b'E%d,,kota-bekasi,"dinkes",pelaksana,pppk,,\n'
    path.write_bytes(HEADER + quoted % 1 + b"\n \n,,,,,,,\n" + quoted % 2 + b"\n")
    blocks = list(read_employees(path, note=lambda _: None,
                                 build=_batch.EmployeeCache(employee_from_row)).blocks())
    assert [[line for line, _, _ in block] for block in blocks] == [[2], [6]]
    code = _cli.main(["decide", "--input", str(path), "--from", "2025-03-24", "--to",
                      "2025-03-24", "--jobs", "1"])
    out, err = capsys.readouterr()
    assert code == 0 and len(out.splitlines()) == 2
    assert "2 decisions written, 0 invalid input records" in err
