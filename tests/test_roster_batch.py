"""``decide --input … --roster FILE`` on the batch engine: byte for byte the records of
deciding every employee-day through ``Resolver.decide(…, roster=…)`` (the path it
replaced), with rostered WFH and WFA days, days without a row, rows for unknown ids,
an ineligible rostered employee, employees without an id, bad input lines; in one
process, on worker processes, and chained."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kebijakan_asn import Arrangement, Employee, Resolver, RosterRef, RosterRow, ValidationError
from kebijakan_asn._audit import Chainer
from kebijakan_asn._canonical import canonical_json
from kebijakan_asn._errors import KebijakanError
from kebijakan_asn._serial import ROW_LINE, RecordEncoder, employee_json
from kebijakan_asn.cli import main
from kebijakan_asn.cli._input import error_body, read_employees
from kebijakan_asn.roster import Roster

STAFF = """id,jurisdiction,agency,position,status,rotation_group,unit
KB-1,kota-bekasi,setda,pelaksana,pns,,Bagian Umum
KB-2,kota-bekasi,setda,pelaksana,pppk,,Bagian Umum
KB-3,kota-bekasi,bkpsdm,fungsional,pns,,
KB-4,kota-bekasi,rsud-chasbullah,fungsional,pns,,
KB-5,kota-bekasi,dinkes,pelaksana,pns,,
,kota-bekasi,dinkes,pelaksana,pns,,
KB-7,kota-bekasi,dinkes,bupati,pns,,
JB-1,prov-jabar,bappeda,pelaksana,pns,A,Subbagian Umum
JB-2,prov-jabar,bappeda,pelaksana,pns,B,
JB-3,prov-jabar,bappeda,pelaksana,pns,,
JB-4,prov-jabar,rsud-al-ihsan,fungsional,pns,,
JB-5,prov-jabar,setda,administrator,pns,,
KB-8,kota-bekasi,dinkes,pelaksana,pns,,
"""

# Kota Bekasi: WFA on the roster, 24–27 March 2025.  Pemprov Jabar: WFH on the roster,
# 2–31 December 2025.  Every kind of row: rostered days, an ineligible (direct-service)
# employee, a rank rule, rows for ids not in the input.
ROSTER = """id,date,arrangement
KB-1,2025-03-24,wfa
KB-2,2025-03-25,wfa
KB-1,2025-03-26,wfa
KB-3,2025-03-24,wfa
KB-4,2025-03-25,wfa
KB-5,2025-03-27,wfa
KB-8,2025-03-28,wfa
ZZ-9,2025-03-24,wfa
JB-1,2025-12-03,wfh
JB-2,2025-12-03,wfh
JB-3,2025-12-04,wfh
JB-3,2025-12-09,wfh
JB-4,2025-12-04,wfh
ZZ-8,2025-12-04,wfh
"""


WORKERS = """
import sys
from concurrent import futures
from kebijakan_asn import _batch
from kebijakan_asn.cli import main

_batch.WARMUP, _batch.CHUNK = 2, 3  # a small input on two worker processes
started = []
class Pool(futures.ProcessPoolExecutor):
    def __init__(self, jobs, **kw):
        started.append(jobs)
        super().__init__(jobs, **kw)
_batch.ProcessPoolExecutor = Pool
code = main(sys.argv[1:])
print("worker processes:", *started)
sys.exit(code)
"""


def _old_path(staff: Path, roster_path: Path, days: list[dt.date],
              chain: Chainer | None) -> str:
    """The records of the per-record path ``decide --roster`` had before the engine took
    the roster (kept here, verbatim in what it writes, as the oracle)."""
    resolver = Resolver()
    roster, errors = Roster.read(roster_path)
    assert not errors
    records = RecordEncoder()
    out: list[str] = []

    def invalid(line: int, message: str, raw: Any) -> None:
        body = error_body(line, message, raw)
        out.append(canonical_json(chain.link_record(body) if chain is not None else body)
                   + "\n")

    for line, item, raw in read_employees(staff):
        if isinstance(item, ValidationError):
            invalid(line, str(item), raw)
            continue
        try:
            decisions = [resolver.decide(item, d, roster=roster) for d in days]
        except KebijakanError as exc:
            invalid(line, f"{staff}:{line}: {exc}", raw)
            continue
        for decision in decisions:
            if chain is not None:
                decision = chain.link(decision)
            out.append(records.line(decision))
    return "".join(out)


def _span(first: str, last: str) -> list[dt.date]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


@pytest.mark.parametrize(("first", "last"), [("2025-03-21", "2025-03-30"),
                                             ("2025-12-01", "2025-12-10")])
@pytest.mark.parametrize("mode", ["one process", "workers", "chained"])
def test_the_engine_writes_the_records_of_the_per_record_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, last: str,
        mode: str) -> None:
    staff, roster, output = (tmp_path / "pegawai.csv", tmp_path / "jadwal.csv",
                             tmp_path / "keputusan.jsonl")
    staff.write_text(STAFF, encoding="utf-8")
    roster.write_text(ROSTER, encoding="utf-8")
    argv = ["decide", "--input", str(staff), "--from", first, "--to", last, "--roster",
            str(roster), "--output", str(output), "--jobs", "1"]
    if mode == "chained":
        argv.append("--chain")
    if mode == "workers":  # in a child process with one thread, so that it may fork
        argv[-1] = "2"
        done = subprocess.run([sys.executable, "-c", WORKERS, *argv], capture_output=True,
                              text=True, timeout=300, check=False)
        assert done.returncode == 1, done.stderr
        assert "worker processes: 2" in done.stdout
        err = done.stderr
    else:
        assert main(argv) == 1  # the ineligible employees, the bad line, the unknown ids
        err = capsys.readouterr().err
    chain = Chainer() if mode == "chained" else None
    expected = _old_path(staff, roster, _span(first, last), chain)
    text = output.read_text(encoding="utf-8")
    if chain is not None:
        seal = text.splitlines(keepends=True)[-1]
        assert json.loads(seal) == {"head": chain.head, "records": chain.index,
                                    "schema": "kebijakan-asn/seal/1"}
        text = text[:-len(seal)]
    assert text == expected
    # What the records say: rostered days assigned by the roster, the rest not rostered.
    assert f"{roster}:15: id: unknown employee 'ZZ-8'" in err
    assert f"{roster}:9: id: unknown employee 'ZZ-9'" in err
    if first.startswith("2025-03"):
        assert '"row":{"arrangement":"wfa","line":2}' in text
        assert "KB-4 on 2025-03-25: no policy permits wfa under jadwal-unit" in err
        assert f"{roster}:8: KB-8 on 2025-03-28" in err  # the day after the period
        # JB-1's December row is outside the span: decided with the roster, no row
        assert '"id":"JB-1"' in text
    else:
        assert '"row":{"arrangement":"wfh","line":10}' in text
        assert "JB-4 on 2025-12-04: no policy permits wfh under jadwal-unit" in err
    assert "position: invalid value 'bupati'" in err


def test_a_row_template_renders_the_record_of_any_line() -> None:
    """The record of a rostered day is its template with the date, the employee and the
    row's line spliced in, and the fingerprint over that; equal to the slow path for any
    line, employee and date, and shared by value."""
    resolver = Resolver()
    encoder = RecordEncoder(checks=0)  # no check against the slow path: compared here
    lines = [1, 9, 10, 12345]
    roster = Roster([RosterRow(f"JB-{n}", "2025-12-03", line=n) for n in lines])
    probe = resolver.decide(Employee("prov-jabar", "bappeda", "pelaksana", id="JB-0"),
                            "2025-12-03", roster=RosterRef(roster.fingerprint, ROW_LINE,
                                                           Arrangement.WFH))
    templates = set()
    for n in lines:
        someone = Employee("prov-jabar", "bappeda", "pelaksana", id=f"JB-{n}", nip=None,
                           unit="Subbagian Umum" if n % 2 else None)
        decision = resolver.decide(someone, "2025-12-03", roster=roster)
        assert decision.roster == RosterRef(roster.fingerprint, n, Arrangement.WFH)
        tpl = encoder.row_template(probe, decision)
        assert tpl is not None
        templates.add(id(tpl))
        assert tpl.render(decision.date, employee_json(someone), n) == decision.to_json() + "\n"
    assert len(templates) == 1
    # A decision without a row, or with a chain, has no row template.
    plain = resolver.decide(probe.employee, "2025-12-03")
    assert encoder.row_template(plain, plain) is None
