"""Tahap II under its quota (issue #9, "Done when"): a unit roster planned for a
synthetic Pemprov Jabar workforce is lawful, and decisions made from it follow it.

"Yang bulan Desember itu melaksanakan WFH maksimal 50 persen dari total pegawai
perangkat daerah." (Kepala BKD Jabar, metrotvnews 2025-10-28.)
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from kebijakan_asn import Employee, Resolver, Roster, RosterRow, check_roster, plan_roster
from kebijakan_asn.cli import main
from kebijakan_asn.synthetic import columns, workforce

TAHAP_2 = "prov-jabar/2025-wfh-tahap-2"


@pytest.fixture(scope="module")
def staff(resolver: Resolver) -> list[Employee]:
    return workforce(600, seed=9, ruleset=resolver, jurisdictions=["prov-jabar"])


def test_the_quota_reads_the_source(resolver: Resolver) -> None:
    quota = resolver.ruleset.policies[TAHAP_2].provisions[1].quota
    assert quota is not None
    assert quota.describe("id") == "paling banyak 50% pegawai setiap perangkat daerah"
    assert (quota.per, quota.headcount, quota.rounding) == ("agency", "all", "down")
    assert "maksimal 50 persen dari total pegawai perangkat daerah" in quota.quote


def test_a_planned_roster_is_accepted_and_decided_as_planned(
        resolver: Resolver, staff: list[Employee]) -> None:
    plan = plan_roster(resolver, staff, TAHAP_2)
    assert plan.days[0] == dt.date(2025, 12, 2) and len(plan.days) == 20  # Natal, cuti out
    report = check_roster(resolver, staff, plan.roster)
    assert report.ok, [v.message("en") for v in report.violations[:3]]
    exempt = {u.unit for u in plan.units if u.eligible == 0}
    assert {"rsud-al-ihsan", "labkesda", "samsat-bekasi", "sman-3-bandung"} <= exempt
    rostered = {(r.id, r.date) for r in plan.roster}
    days = resolver.working_days("prov-jabar", "2025-12-01", "2025-12-31")
    seen = 0
    for d in resolver.decide_many(staff, days, roster=plan.roster):
        if (d.employee.id, d.date) in rostered:
            seen += 1
            assert d.arrangement.value == "wfh"
            step = next(s for s in d.trace if s.policy == TAHAP_2)
            assert step.reason == "rostered"
            assert step.param("roster") == plan.roster.fingerprint
            assert d.roster is not None and d.roster.line is not None
        else:
            assert d.arrangement.value == "wfo", d.explain("en")
    assert seen == len(plan.roster) > 0


def _rows(ids: list[str], day: str) -> Roster:
    return Roster([RosterRow(i, day) for i in ids], "jadwal.csv")


def test_sixty_percent_of_a_perangkat_daerah_at_home_is_rejected(
        resolver: Resolver, staff: list[Employee]) -> None:
    bkd = [e for e in staff if e.agency == "bkd" and e.status.value != "non-asn"
           and not e.direct_service]
    headcount = sum(1 for e in staff if e.agency == "bkd")
    away = bkd[: (headcount * 6 + 9) // 10]
    assert len(away) * 10 >= headcount * 6
    report = check_roster(resolver, staff, _rows([str(e.id) for e in away], "2025-12-03"))
    [v] = report.violations
    assert (v.kind, v.unit, v.date, v.count, v.cap, v.headcount, v.policy) == (
        "over-quota", "bkd", dt.date(2025, 12, 3), len(away), headcount // 2, headcount,
        TAHAP_2)
    assert v.message("id", "jadwal.csv") == (
        f"jadwal.csv: Badan Kepegawaian Daerah Provinsi Jawa Barat, pada 3 Desember 2025: "
        f"{len(away)} pegawai dijadwalkan di luar kantor, melebihi batas {headcount // 2} "
        f"orang (WFH paling banyak 50% pegawai setiap perangkat daerah; jumlah pegawai "
        f"{headcount}) — Surat Edaran Sekretaris Daerah Provinsi Jawa Barat Nomor "
        "150/KPG.03/BKD tanggal 22 Oktober 2025")


def test_an_exempt_rsud_employee_rostered_is_rejected_naming_the_rule(
        resolver: Resolver) -> None:
    nurse = Employee("prov-jabar", "rsud-al-ihsan", "fungsional", id="IHSAN-7")
    report = check_roster(resolver, [nurse], _rows(["IHSAN-7"], "2025-12-03"))
    [v] = report.violations
    assert (v.kind, v.line, v.policy) == ("ineligible", 2, TAHAP_2)
    message = v.message("en", "jadwal.csv")
    assert message.startswith(
        "jadwal.csv:2: IHSAN-7 on 3 December 2025: may not be rostered away from the office — "
        "Circular of the Regional Secretary of Jawa Barat Province No. 150/KPG.03/BKD of 22 "
        "October 2025: does not apply: RSUD Al Ihsan Provinsi Jawa Barat serves the public "
        "directly")
    assert "Samsat" in message and "150/KPG.03/BKD" in message


def test_the_readme_commands_from_a_clean_checkout(
        resolver: Resolver, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = columns(300, seed=4, ruleset=resolver, jurisdictions=["prov-jabar"])
    staff = tmp_path / "pegawai.csv"
    with staff.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(data)
        for row in zip(*data.values(), strict=True):
            writer.writerow("" if v is None else v for v in row)
    plugins = ["--plugins", "nasional,prov-jabar"]
    roster = tmp_path / "jadwal.csv"
    assert main([*plugins, "roster", "plan", "--input", str(staff), "--policy", TAHAP_2,
                 "--output", str(roster)]) == 0
    assert main([*plugins, "roster", "check", "--input", str(staff), "--roster",
                 str(roster)]) == 0
    decisions = tmp_path / "keputusan.jsonl"
    assert main([*plugins, "decide", "--input", str(staff), "--from", "2025-12-01", "--to",
                 "2025-12-31", "--roster", str(roster), "--output", str(decisions)]) == 0
    assert main([*plugins, "verify", str(decisions)]) == 0
    _, err = capsys.readouterr()
    assert f"{300 * 31} records: {300 * 31} reproduced" in err
