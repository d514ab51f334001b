"""SPEC §5.7 and §8: rosters as data, deciding from a roster, planning and checking.

The rules are a small made-up regency, ``kab-kuota``, with one quota policy that has
an exemption, a rank rule, a status rule and a Balai Kota provision, so that every
kind of eligibility and violation shows; the real Jabar and Bandung quotas are tested
in their plugins and in ``docs/roster.md``.
"""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from functools import cache
from pathlib import Path

import attrs
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kebijakan_asn import (  # noqa: E402
    Agency,
    Citation,
    Condition,
    Decision,
    Employee,
    Exemption,
    Jurisdiction,
    ModulePlugin,
    Period,
    Policy,
    Provision,
    Quota,
    RankRule,
    Resolver,
    Roster,
    RosterError,
    RosterRef,
    RosterRow,
    Text,
    ValidationError,
    check_roster,
    plan_roster,
)
from kebijakan_asn.cli import main  # noqa: E402
from kebijakan_asn.nasional import plugin as nasional  # noqa: E402
from kebijakan_asn.roster import RosterViolation  # noqa: E402

J = "kab-kuota"
PID = f"{J}/jadwal-2025"
DECEMBER = [dt.date(2025, 12, d) for d in range(1, 32)]


def _plugin(quota: Quota) -> ModulePlugin:
    jadwal = Condition("jadwal-unit", ("jadwal unit", "unit roster"))

    class Module:
        POLICIES = [Policy(
            id=PID, jurisdiction=J, title=("Jadwal WFH Desember", "December WFH roster"),
            citation=Citation("Surat Edaran Bupati Kuota", "9/2025", "Bupati Kuota",
                              dt.date(2025, 11, 20), "official", "tests"),
            periods=[Period(dt.date(2025, 12, 1), dt.date(2025, 12, 31))],
            provisions=[
                Provision("assigned", "wfh", agency_tags={"balai"}),
                Provision("permitted", "wfh", conditions=[jadwal], quota=quota),
            ],
        )]
        EXEMPTIONS = [Exemption(PID, ("pelayanan langsung", "direct service"),
                                direct_service=True, quote="kecuali pelayanan langsung")]
        RANK_RULES = [RankRule(PID, ["jpt-pratama", "administrator"], "except",
                               ("pimpinan tetap di kantor", "leaders stay in the office"))]

    return ModulePlugin(
        J, "1.0.0", jurisdictions=[Jurisdiction(J, "Pemerintah Kabupaten Kuota", "kabupaten")],
        agencies=[Agency(J, "setda", "Sekretariat Daerah", "setda", tags={"balai"}),
                  Agency(J, "bappeda", "Bappeda", "badan"),
                  Agency(J, "dinkes", "Dinas Kesehatan", "dinas"),
                  Agency(J, "rsud", "RSUD", "rsud", direct_service=True)],
        modules=[Module])


@cache
def resolver_for(share: str = "1/2", per: str = "agency", headcount: str = "all",
                 rounding: str = "down") -> Resolver:
    return Resolver(plugins=[nasional, _plugin(Quota("wfh", share, per, headcount,
                                                     rounding))])


HALF = resolver_for()


def person(i: int, agency: str = "bappeda", position: str = "pelaksana",
           **kw: object) -> Employee:
    return Employee(J, agency, position, id=f"P{i}", **kw)  # type: ignore[arg-type]


TEAM = [person(i) for i in range(1, 7)]  # six at Bappeda: at most 3 away a day


# --------------------------------------------------------------------------- data


class TestRosterData:
    def test_csv_rows_errors_one_line_each_and_the_rest_read(self) -> None:
        text = ("id;date;arrangement;nama\n"
                "P1;2025-12-02;WFH;Ani\n"
                "P2;2025-02-30;wfh;Budi\n"
                "P3;2025-12-02;wfo;Cici\n"
                ";2025-12-02;wfh;Dedi\n"
                "P1;2025-12-02;wfh;Ani\n"
                "\n"
                "P4;2025-12-03;wfa;Euis\n")
        roster, errors = Roster.parse(text, "jadwal.csv")
        assert [(r.id, r.date.isoformat(), r.arrangement.value, r.line) for r in roster] == [
            ("P1", "2025-12-02", "wfh", 2), ("P4", "2025-12-03", "wfa", 8)]
        messages = [str(e) for e in errors]
        assert [m.split(": ", 2)[:2] for m in messages] == [
            ["jadwal.csv:3", "date"], ["jadwal.csv:4", "arrangement"],
            ["jadwal.csv:5", "id"], ["jadwal.csv:6", "date"]]
        assert "expected wfh or wfa" in messages[1]
        assert "already rostered on this day at line 2" in messages[3]
        assert all("\n" not in m for m in messages)

    def test_jsonl_rows(self) -> None:
        text = ('{"id": "P1", "date": "2025-12-02", "arrangement": "wfh"}\n'
                '{"id": 7, "date": "2025-12-02", "arrangement": "wfh"}\n'
                'not json\n["P3"]\n{"id": "P3", "date": "2025-12-02"}\n'
                '{"id": "P4", "date": ["2025-12-02"], "arrangement": {"a": 1}}\n')
        roster, errors = Roster.parse(text, "r.jsonl", jsonl=True)
        assert [(r.id, r.line) for r in roster] == [("P1", 1), ("7", 2)]
        assert [str(e).split(": ")[0:2] for e in errors] == [
            ["r.jsonl:3", "json"], ["r.jsonl:4", "record"], ["r.jsonl:5", "arrangement"],
            ["r.jsonl:6", "date"]]

    def test_file_problems_are_one_error(self, tmp_path: Path) -> None:
        (tmp_path / "r.csv").write_text("nip,tanggal\n1,2\n", encoding="utf-8")
        with pytest.raises(ValidationError, match="missing column 'id'"):
            Roster.read(tmp_path / "r.csv")
        with pytest.raises(ValidationError, match=r"\.csv or \.jsonl"):
            Roster.read(tmp_path / "r.txt")
        with pytest.raises(ValidationError, match="cannot read"):
            Roster.read(tmp_path / "absent.csv")

    def test_fingerprint_covers_the_rows_not_their_order(self) -> None:
        a = RosterRow("P1", "2025-12-02")
        b = RosterRow("P2", "2025-12-03")
        assert Roster([a, b]).fingerprint == Roster([b, a]).fingerprint
        assert Roster([a, b]).fingerprint.startswith("sha256:")
        assert Roster([a]).fingerprint != Roster([a, b]).fingerprint
        assert Roster([a]).fingerprint != Roster([RosterRow("P1", "2025-12-02", "wfa")]
                                                 ).fingerprint

    def test_csv_round_trip_keeps_lines_and_fingerprint(self, tmp_path: Path) -> None:
        roster = Roster([RosterRow("P1", "2025-12-02"), RosterRow("P2", "2025-12-03")])
        (tmp_path / "r.csv").write_text(roster.to_csv(), encoding="utf-8")
        again, errors = Roster.read(tmp_path / "r.csv")
        assert not errors and again == roster and again.fingerprint == roster.fingerprint
        assert [r.line for r in again] == [2, 3]
        (tmp_path / "r.jsonl").write_text(roster.to_jsonl(), encoding="utf-8")
        assert Roster.read(tmp_path / "r.jsonl")[0].fingerprint == roster.fingerprint

    def test_a_python_roster_refuses_a_duplicate(self) -> None:
        with pytest.raises(ValidationError, match="already rostered"):
            Roster([RosterRow("P1", "2025-12-02"), RosterRow("P1", "2025-12-02", "wfa")])


# --------------------------------------------------------------------------- decide


class TestDecideWithRoster:
    roster = Roster([RosterRow("P1", "2025-12-02"), RosterRow("P2", "2025-12-03")])

    def test_a_rostered_day_is_assigned_citing_roster_and_row(self) -> None:
        d = HALF.decide(TEAM[0], "2025-12-02", roster=self.roster)
        assert d.arrangement.value == "wfh" and [a.value for a in d.permitted] == ["wfh"]
        step = next(s for s in d.trace if s.policy == PID)
        assert (step.reason, step.grant and step.grant.value) == ("rostered", "assigned")
        assert step.param("roster") == self.roster.fingerprint and step.param("line") == "2"
        assert d.to_dict()["options"]["roster"] == {
            "fingerprint": self.roster.fingerprint, "row": {"line": 2, "arrangement": "wfh"}}
        assert "baris 2 jadwal" in d.explain("id") and "line 2 of roster" in d.explain("en")

    def test_a_day_without_a_row_stays_wfo_and_says_the_roster_was_used(self) -> None:
        d = HALF.decide(TEAM[0], "2025-12-03", roster=self.roster)
        assert d.arrangement.value == "wfo"
        assert [a.value for a in d.permitted] == ["wfh", "wfo"]
        assert d.to_dict()["options"]["roster"]["row"] is None
        assert any(s.reason == "roster" for s in d.trace)

    def test_without_a_roster_the_record_is_unchanged(self) -> None:
        d = HALF.decide(TEAM[0], "2025-12-03")
        assert d.roster is None and "roster" not in d.to_dict()["options"]
        assert not any(s.reason in ("roster", "rostered") for s in d.trace)

    def test_the_record_replays_without_the_roster_file(self) -> None:
        for day in ("2025-12-02", "2025-12-03"):
            d = HALF.decide(TEAM[0], day, roster=self.roster)
            back = Decision.from_dict(d.to_dict())
            assert back.fingerprint == d.fingerprint
            assert isinstance(back.roster, RosterRef)
            again = HALF.decide(back.employee, back.date, roster=back.roster)
            assert again.fingerprint == d.fingerprint

    def test_a_row_no_policy_permits_is_a_roster_error(self) -> None:
        nurse = person(9, agency="rsud")
        roster = Roster([RosterRow("P9", "2025-12-02")], "jadwal.csv")
        with pytest.raises(RosterError) as err:
            HALF.decide(nurse, "2025-12-02", roster=roster)
        message = str(err.value)
        assert message.startswith("jadwal.csv:2: P9 on 2025-12-02: no policy permits wfh")
        assert "serves the public directly" in message
        saturday = Roster([RosterRow("P1", "2025-12-06")])
        with pytest.raises(RosterError, match="a non-working day"):
            HALF.decide(TEAM[0], "2025-12-06", roster=saturday)

    def test_decide_many_follows_the_roster(self) -> None:
        got = [(d.employee.id, d.date.day, d.arrangement.value)
               for d in HALF.decide_many(TEAM[:2], ["2025-12-02", "2025-12-03"],
                                         roster=self.roster)]
        assert got == [("P1", 2, "wfh"), ("P1", 3, "wfo"), ("P2", 2, "wfo"), ("P2", 3, "wfh")]


# --------------------------------------------------------------------------- check


def _check(rows: str, staff: list[Employee], resolver: Resolver = HALF,
           lang: str = "en") -> list[str]:
    roster, errors = Roster.parse("id,date,arrangement\n" + rows, "jadwal.csv")
    assert not errors
    return [v.message(lang, "jadwal.csv")
            for v in check_roster(resolver, staff, roster).violations]


class TestCheck:
    def test_every_kind_of_violation_is_caught_with_its_citation(self) -> None:
        staff = [*TEAM, person(20, agency="rsud"), person(21, position="administrator"),
                 person(22, status="non-asn"), person(23, agency="setda")]
        rows = ("P1,2025-12-02,wfh\nP2,2025-12-02,wfh\nP3,2025-12-02,wfh\n"
                "P4,2025-12-02,wfh\n"                      # 4 of 10 at Bappeda: cap 5, fine
                "P20,2025-12-03,wfh\n"                     # exempt (direct service)
                "P21,2025-12-03,wfh\n"                     # rank rule
                "P22,2025-12-03,wfh\n"                     # status
                "P23,2025-12-03,wfh\n"                     # Balai: another provision
                "P1,2025-12-06,wfh\n"                      # Saturday
                "P1,2026-01-05,wfh\n"                      # outside the period
                "X9,2025-12-03,wfh\n")                     # unknown id
        se = "Surat Edaran Bupati Kuota Nomor 9/2025 tanggal 20 November 2025"
        assert _check(rows, staff, lang="id") == [
            f"jadwal.csv:6: P20 pada 3 Desember 2025: tidak boleh dijadwalkan bekerja di luar "
            f"kantor — {se}: tidak berlaku: RSUD Kabupaten Kuota memberikan pelayanan langsung "
            "kepada masyarakat — pelayanan langsung",
            f"jadwal.csv:7: P21 pada 3 Desember 2025: tidak boleh dijadwalkan bekerja di luar "
            f"kantor — {se}: tidak berlaku bagi jabatan Administrator — pimpinan tetap di "
            "kantor",
            f"jadwal.csv:8: P22 pada 3 Desember 2025: tidak boleh dijadwalkan bekerja di luar "
            f"kantor — {se}: tidak berlaku: hanya untuk PNS dan PPPK, bukan Non-ASN",
            f"jadwal.csv:9: P23 pada 3 Desember 2025: tidak boleh dijadwalkan bekerja di luar "
            f"kantor — {se}: berlaku: WFH diwajibkan",
            "jadwal.csv:10: P1 pada 6 Desember 2025: bukan hari kerja — hari Sabtu bukan hari "
            "kerja (Peraturan Presiden Nomor 21 Tahun 2023)",
            f"jadwal.csv:11: P1 pada 5 Januari 2026: di luar masa berlaku {se} "
            "(1–31 Desember 2025)",
            "jadwal.csv:12: id pegawai 'X9' tidak ada dalam data pegawai",
        ]
        circular = "Circular of the Regent of Kuota No. 9/2025 of 20 November 2025"
        assert _check(rows, staff) == [
            f"jadwal.csv:6: P20 on 3 December 2025: may not be rostered away from the office — "
            f"{circular}: does not apply: RSUD Kabupaten Kuota serves the public directly — "
            "direct service",
            f"jadwal.csv:7: P21 on 3 December 2025: may not be rostered away from the office — "
            f"{circular}: does not apply to the position Administrator — leaders stay in the "
            "office",
            f"jadwal.csv:8: P22 on 3 December 2025: may not be rostered away from the office — "
            f"{circular}: does not apply: only for PNS and PPPK, not Non-ASN",
            f"jadwal.csv:9: P23 on 3 December 2025: may not be rostered away from the office — "
            f"{circular}: applies: WFH assigned",
            "jadwal.csv:10: P1 on 6 December 2025: not a working day — Saturday is not a "
            "working day (Presidential Regulation No. 21 of 2023)",
            f"jadwal.csv:11: P1 on 5 January 2026: outside the period of {circular} "
            "(1–31 December 2025)",
            "jadwal.csv:12: unknown employee id 'X9': not in the employee file",
        ]

    def test_a_unit_over_its_quota(self) -> None:
        rows = "".join(f"P{i},2025-12-02,wfh\n" for i in range(1, 5))  # 4 of 6: cap 3
        assert _check(rows, TEAM) == [
            "jadwal.csv: Bappeda Kabupaten Kuota, on 2 December 2025: 4 staff rostered away, "
            "over the cap of 3 (WFH at most 50% of the staff of each perangkat daerah; "
            "headcount 6) — Circular of the Regent of Kuota No. 9/2025 of 20 November 2025"]
        assert _check(rows, TEAM, lang="id") == [
            "jadwal.csv: Bappeda Kabupaten Kuota, pada 2 Desember 2025: 4 pegawai dijadwalkan "
            "di luar kantor, melebihi batas 3 orang (WFH paling banyak 50% pegawai setiap "
            "perangkat daerah; jumlah pegawai 6) — Surat Edaran Bupati Kuota Nomor 9/2025 "
            "tanggal 20 November 2025"]
        assert _check("".join(f"P{i},2025-12-02,wfh\n" for i in range(1, 4)), TEAM) == []

    def test_eligible_headcount_leaves_out_who_cannot_go(self) -> None:
        staff = [*TEAM, *(person(30 + i, position="administrator") for i in range(4))]
        rows = "".join(f"P{i},2025-12-02,wfh\n" for i in range(1, 5))
        assert _check(rows, staff) == []  # all: 4 of 10 is under the cap of 5
        eligible = resolver_for(headcount="eligible")
        assert [line.split(" — ")[0] for line in _check(rows, staff, eligible)] == [
            "jadwal.csv: Bappeda Kabupaten Kuota, on 2 December 2025: 4 staff rostered away, "
            "over the cap of 3 (WFH at most 50% of the eligible staff of each perangkat "
            "daerah; headcount 6)"]

    def test_numbers_in_the_language_s_format_and_codes_where_no_name_is_given(self) -> None:
        v = RosterViolation("over-quota", dt.date(2025, 12, 2), unit="bappeda", count=1250,
                            cap=1200, headcount=2400, policy=PID, citation="Surat Edaran X",
                            reason=Text("WFH paling banyak 50%", "WFH at most 50%"))
        assert v.message("id", "j.csv") == (
            "j.csv: bappeda, pada 2 Desember 2025: 1.250 pegawai dijadwalkan di luar kantor, "
            "melebihi batas 1.200 orang (WFH paling banyak 50%; jumlah pegawai 2.400) — "
            "Surat Edaran X")
        named = attrs.evolve(v, unit_name="Bappeda Kabupaten Kuota", citation_en="Circular X")
        assert named.message("en", "j.csv") == (
            "j.csv: Bappeda Kabupaten Kuota, on 2 December 2025: 1,250 staff rostered away, "
            "over the cap of 1,200 (WFH at most 50%; headcount 2,400) — Circular X")

    def test_per_unit_counts_each_unit(self) -> None:
        per_unit = resolver_for("1/2", "unit")
        staff = [person(i, unit="Bidang A" if i <= 4 else "Bidang B") for i in range(1, 7)]
        rows = "P1,2025-12-02,wfh\nP2,2025-12-02,wfh\nP5,2025-12-02,wfh\n"
        assert _check(rows, staff, per_unit) == []
        lines = _check(rows + "P3,2025-12-02,wfh\n", staff, per_unit)
        assert len(lines) == 1 and lines[0].startswith(
            "jadwal.csv: Bidang A, Bappeda Kabupaten Kuota, on 2 December 2025: 3 staff "
            "rostered away, over the cap of 2 (WFH at most 50% of the staff of each unit "
            "kerja; headcount 4)")


# --------------------------------------------------------------------------- plan


class TestPlan:
    def test_plan_fills_the_quota_and_rotates(self) -> None:
        plan = plan_roster(HALF, TEAM, PID, start="2025-12-01", end="2025-12-05")
        by_day: dict[int, list[str]] = {}
        for r in plan.roster:
            by_day.setdefault(r.date.day, []).append(r.id)
        assert by_day == {1: ["P1", "P2", "P3"], 2: ["P4", "P5", "P6"], 3: ["P1", "P2", "P3"],
                          4: ["P4", "P5", "P6"], 5: ["P1", "P2", "P3"]}
        [unit] = plan.units
        assert (unit.unit, unit.headcount, unit.eligible, unit.cap, unit.days, unit.planned,
                unit.fewest, unit.most) == ("bappeda", 6, 6, 3, 5, 15, 2, 3)
        assert "batas/hari" in plan.table("id") and "cap/day" in plan.table("en")

    def test_a_lower_share_on_request_and_never_a_higher_one(self) -> None:
        plan = plan_roster(HALF, TEAM, PID, start="2025-12-01", end="2025-12-01",
                           share="1/3")
        assert len(plan.roster) == 2 and plan.quota.share == Fraction(1, 3)
        with pytest.raises(ValidationError, match="at most the quota's own share 1/2"):
            plan_roster(HALF, TEAM, PID, share="3/4")

    def test_plan_refuses_what_it_cannot_plan(self) -> None:
        with pytest.raises(ValidationError, match="unknown policy"):
            plan_roster(HALF, TEAM, f"{J}/tidak-ada")
        with pytest.raises(ValidationError, match="has no quota"):
            plan_roster(HALF, TEAM, "nasional/hari-kerja")
        with pytest.raises(ValidationError, match="appears twice"):
            plan_roster(HALF, [*TEAM, TEAM[0]], PID)

    def test_staff_without_id_count_but_are_not_rostered(self) -> None:
        staff = [*TEAM[:3], Employee(J, "bappeda", "pelaksana")]
        plan = plan_roster(HALF, staff, PID, start="2025-12-01", end="2025-12-01")
        assert plan.without_id == 1 and len(plan.roster) == 2  # cap 2 of 4


AGENCIES = ("bappeda", "dinkes", "rsud", "setda")
POSITIONS = ("pelaksana", "fungsional", "pengawas", "administrator")
PROPERTY = settings(max_examples=40, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def workforces(draw: st.DrawFn) -> list[Employee]:
    n = draw(st.integers(1, 24))
    return [Employee(J, draw(st.sampled_from(AGENCIES)), draw(st.sampled_from(POSITIONS)),
                     status=draw(st.sampled_from(("pns", "pppk", "pppk", "non-asn"))),
                     id=f"P{i}", direct_service=draw(st.integers(0, 5)) == 0,
                     rotation_group=draw(st.sampled_from((None, "A", "B"))),
                     unit=draw(st.sampled_from((None, "U1", "U2"))))
            for i in range(n)]


class TestPlanProperties:
    @PROPERTY
    @given(staff=workforces(), share=st.sampled_from(("1/2", "1/3", "3/4", "1")),
           per=st.sampled_from(("agency", "unit")),
           headcount=st.sampled_from(("all", "eligible")),
           rounding=st.sampled_from(("down", "nearest", "up")),
           first=st.integers(1, 28), length=st.integers(0, 10))
    def test_a_planned_roster_is_lawful_full_balanced_and_decided_as_planned(
            self, staff: list[Employee], share: str, per: str, headcount: str,
            rounding: str, first: int, length: int) -> None:
        resolver = resolver_for(share, per, headcount, rounding)
        start = dt.date(2025, 12, first)
        end = min(start + dt.timedelta(days=length), dt.date(2025, 12, 31))
        plan = plan_roster(resolver, staff, PID, start=start, end=end)
        again = plan_roster(resolver, staff, PID, start=start, end=end)
        assert again.roster.fingerprint == plan.roster.fingerprint  # deterministic
        report = check_roster(resolver, staff, plan.roster)
        assert report.ok, [v.message("en") for v in report.violations]  # lawful, in quota
        quota = resolver.ruleset.policies[PID].provisions[1].quota
        assert quota is not None
        rostered = {(r.id, r.date) for r in plan.roster}
        # Eligible: what the resolver says without a roster (groups set aside).
        eligible = {e.id for e in staff if any(
            s.policy == PID and s.reason == "granted" and s.grant and s.grant.value ==
            "permitted" for s in resolver.decide(
                Employee(J, e.agency, e.position, e.status, direct_service=e.direct_service),
                "2025-12-01").trace)}
        assert {i for i, _ in rostered} <= eligible  # never an ineligible employee
        units: dict[tuple[str, str | None], list[Employee]] = {}
        for e in staff:
            units.setdefault((e.agency, e.unit if per == "unit" else None), []).append(e)
        for members in units.values():
            pool = [e for e in members if e.id in eligible]
            counts = [sum((e.id, d) in rostered for d in plan.days) for e in pool]
            if counts:
                assert max(counts) - min(counts) <= 1  # balanced within one day
            size = len(members) if headcount == "all" else len(pool)
            for d in plan.days:  # the quota used in full, never more
                away = sum((e.id, d) in rostered for e in members)
                assert away == min(quota.cap(size), len(pool))
            # Exactly the documented rule: fewest days away, then away least recently,
            # then first in the file.
            days_away = {str(e.id): 0 for e in pool}
            last = {str(e.id): -1 for e in pool}
            order = {str(e.id): i for i, e in enumerate(staff)}
            for n, d in enumerate(plan.days):
                k = min(quota.cap(size), len(pool))
                picked = sorted(days_away, key=lambda i: (days_away[i], last[i], order[i]))[:k]
                for i in picked:
                    days_away[i] += 1
                    last[i] = n
                assert set(picked) == {str(e.id) for e in pool if (e.id, d) in rostered}
        assert all(resolver.is_working_day(J, d) for d in plan.days)
        for decision in resolver.decide_many(staff, plan.days, roster=plan.roster):
            e = decision.employee
            if e.agency == "setda":
                continue  # the Balai: WFH assigned by the circular itself, never rostered
            expected = "wfh" if (e.id, decision.date) in rostered else "wfo"
            assert decision.arrangement.value == expected


# --------------------------------------------------------------------------- CLI


def test_the_cli_uses_the_installed_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    """The commands run end to end on the installed Kota Bandung rules (per unit, 75%)."""
    staff = tmp_path / "pegawai.csv"
    staff.write_text("id,jurisdiction,agency,position,status,unit\n"
                     + "".join(f"B{i},kota-bandung,dinkes,pelaksana,pns,"
                               f"{'Yankes' if i <= 4 else 'Kesmas'}\n" for i in range(1, 9))
                     + "S1,kota-bandung,setda,pelaksana,pns,\n", encoding="utf-8")
    plan = tmp_path / "jadwal.csv"
    code = main(["roster", "plan", "--input", str(staff), "--policy",
                 "kota-bandung/2021-wfh-covid19", "--output", str(plan), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0, err
    head, counts, blank, *table = out.splitlines()
    assert head == ("Circular of the Mayor of Bandung No. 443/SE.088-BKPSDM of 28 June 2021: "
                    "WFH at most 75% of the staff of each unit kerja")
    assert counts.startswith("28 June–5 July 2021: 6 working days, 36 roster rows (sha256:")
    assert (blank, table) == ("", [
        "unit                                  staff  eligible  cap/day  days  rows  days per "
        "person",
        "Kesmas, Dinas Kesehatan Kota Bandung      4         4        3     6    18"
        "              4–5",
        "Yankes, Dinas Kesehatan Kota Bandung      4         4        3     6    18"
        "              4–5",
        "Sekretariat Daerah Kota Bandung           1         0        0     0     0"
        "                0"])
    roster, errors = Roster.read(plan)
    assert not errors and len(roster) == 6 * 6  # 6 working days, 3 of 4 in each unit
    assert main(["roster", "check", "--input", str(staff), "--roster", str(plan)]) == 0
    capsys.readouterr()
    with plan.open("a", encoding="utf-8") as fh:
        fh.write("B4,2021-06-28,wfh\nS1,2021-06-28,wfh\nZZ,2021-06-28,wfh\n")
    assert main(["roster", "check", "--input", str(staff), "--roster", str(plan)]) == 1
    out, err = capsys.readouterr()
    se = "Surat Edaran Wali Kota Bandung Nomor 443/SE.088-BKPSDM tanggal 28 Juni 2021"
    assert out.splitlines() == [
        f"{plan}:39: S1 pada 28 Juni 2021: tidak boleh dijadwalkan bekerja di luar kantor — "
        f"{se}: berlaku: WFH diwajibkan — lingkungan Balai Kota: semua pegawai ASN dan non-ASN "
        "WFH, tidak ada aktivitas di kantor",
        f"{plan}:40: id pegawai 'ZZ' tidak ada dalam data pegawai",
        f"{plan}: Yankes, Dinas Kesehatan Kota Bandung, pada 28 Juni 2021: 4 pegawai "
        "dijadwalkan di luar kantor, melebihi batas 3 orang (WFH paling banyak 75% pegawai "
        f"setiap unit kerja; jumlah pegawai 4) — {se}",
        f"{se}:",
        "unit kerja                            pegawai  baris  terbanyak/hari  batas",
        "Kesmas, Dinas Kesehatan Kota Bandung        4     18               3      3",
        "Yankes, Dinas Kesehatan Kota Bandung        4     19               4      3",
    ]
    assert ": 39 baris, 3 pelanggaran; jadwal sha256:" in err
    decisions = tmp_path / "keputusan.jsonl"
    assert main(["decide", "--input", str(staff), "--from", "2021-06-28", "--to", "2021-06-29",
                 "--roster", str(plan), "--output", str(decisions)]) == 1
    _, err = capsys.readouterr()
    assert "S1 on 2021-06-28: no policy permits wfh under jadwal-unit" in err
    assert f"{plan}:40: id: unknown employee 'ZZ'" in err
    assert main(["verify", str(decisions)]) == 1  # the S1 error record, the rest reproduce
    _, err = capsys.readouterr()
    assert "16 reproduced" in err and "1 input-error" in err


@pytest.mark.parametrize(("argv", "says"), [
    (["roster"], "expected a subcommand"),
    (["roster", "plan", "--policy", PID], "--input is required"),
    (["roster", "check", "--input", "x.csv"], "--roster is required"),
    (["decide", "--jurisdiction", J, "--agency", "bappeda", "--position", "pelaksana",
      "--date", "2025-12-02", "--roster", "x.csv"], "give --id"),
])
def test_cli_usage_errors_exit_2(argv: list[str], says: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1


def test_verify_with_the_roster_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``verify --roster`` ties the records to the roster file they cite."""
    staff = "docs/examples/pegawai-bandung.csv"
    roster = tmp_path / "jadwal.csv"
    decisions = tmp_path / "keputusan.jsonl"
    assert main(["roster", "plan", "--input", staff, "--policy",
                 "kota-bandung/2021-wfh-covid19", "--output", str(roster)]) == 0
    assert main(["decide", "--input", staff, "--from", "2021-06-28", "--to", "2021-06-29",
                 "--roster", str(roster), "--output", str(decisions)]) == 0
    assert main(["verify", str(decisions), "--roster", str(roster)]) == 0
    capsys.readouterr()
    rows = roster.read_text(encoding="utf-8").splitlines()
    assert rows[1] == "BDG-01,2021-06-28,wfh"
    other = tmp_path / "lain.csv"
    other.write_text("\n".join([rows[0], *rows[2:]]) + "\n", encoding="utf-8")
    assert main(["verify", str(decisions), "--roster", str(other)]) == 1
    out, err = capsys.readouterr()
    assert f"{decisions}:1: roster-mismatch: made with roster sha256:" in out
    assert "16 roster-mismatch" in err
    swapped = tmp_path / "urutan.csv"  # the same rows, another order: the same fingerprint
    swapped.write_text("\n".join([rows[0], rows[2], rows[1], *rows[3:]]) + "\n",
                       encoding="utf-8")
    assert main(["verify", str(decisions), "--roster", str(swapped)]) == 1
    out, _ = capsys.readouterr()
    assert out.splitlines()[0] == (
        f"{decisions}:1: roster-mismatch: cites line 2 (wfh) for BDG-01 on 2021-06-28; "
        "the roster has line 3 (wfh)")
    plain = tmp_path / "tanpa.jsonl"
    assert main(["decide", "--input", staff, "--from", "2021-06-28", "--to", "2021-06-28",
                 "--output", str(plain)]) == 0
    assert main(["verify", str(plain), "--roster", str(roster)]) == 1
    assert "made without a roster" in capsys.readouterr().out


def test_decide_takes_the_unit_and_the_explanation_names_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``decide --unit``: the unit is the employee's (record and fingerprint); where a quota
    or a roster concerns the employee, the explanation says which unit counts them."""
    bandung = ["decide", "--jurisdiction", "kota-bandung", "--agency", "dinkes", "--position",
               "pelaksana", "--date", "2021-06-28", "--unit", "Bidang Pelayanan Kesehatan"]
    assert main([*bandung, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    expected = Resolver().decide(Employee("kota-bandung", "dinkes", "pelaksana",
                                          unit="Bidang Pelayanan Kesehatan"), "2021-06-28")
    assert record["employee"]["unit"] == "Bidang Pelayanan Kesehatan"
    assert record["fingerprint"] == expected.fingerprint
    roster = tmp_path / "jadwal.csv"
    roster.write_text("id,date,arrangement\nBDG-01,2021-06-28,wfh\n", encoding="utf-8")
    assert main([*bandung, "--id", "BDG-01", "--roster", str(roster)]) == 0
    text = capsys.readouterr().out
    se = "Surat Edaran Wali Kota Bandung Nomor 443/SE.088-BKPSDM"
    assert ("  - WFH, jadwal unit kerja: OPD atau unit kerja menetapkan pegawai yang WFH (75 "
            "persen, atau 100 persen sesuai kondisi dan situasi) dengan tetap menjaga "
            f"pelayanan publik ({se}); kuota: paling banyak 75% pegawai setiap unit kerja; "
            "unit kerja Anda: Bidang Pelayanan Kesehatan, Dinas Kesehatan Kota Bandung\n"
            ) in text
    assert ": Anda dijadwalkan WFH pada tanggal itu\n" in text and "hari ini" not in text
    # The record's own roster step speaks of its date too, in both languages.
    assert main([*bandung, "--id", "BDG-01", "--roster", str(roster), "--json"]) == 0
    raw = capsys.readouterr().out
    step = next(s for s in json.loads(raw)["trace"] if s["reason"] == "roster")
    assert step["params"]["note_id"] == "pegawai dijadwalkan WFH pada tanggal itu"
    assert step["params"]["note_en"] == "the employee is rostered WFH on that date"
    assert "hari ini" not in raw and "today" not in raw
    assert main([*bandung, "--id", "BDG-01", "--roster", str(roster), "--date",
                 "2021-06-29", "--lang", "en", "--rotation-group", "A"]) == 0
    text = capsys.readouterr().out
    assert ("; quota: at most 75% of the staff of each unit kerja; your unit: Bidang Pelayanan "
            "Kesehatan, Dinas Kesehatan Kota Bandung\n") in text
    assert (": you are not rostered away from the office on that date; rotation group A is "
            "set aside: the roster replaces the groups' turns\n") in text
    assert "today" not in text
    # Tahap II counts per perangkat daerah: the unit that counts is the agency itself.
    jabar = ["decide", "--jurisdiction", "prov-jabar", "--agency", "bappeda", "--position",
             "pelaksana", "--date", "2025-12-03", "--unit", "Subbagian Umum"]
    assert main(jabar) == 0
    assert ("; kuota: paling banyak 50% pegawai setiap perangkat daerah; unit kerja Anda: "
            "Badan Perencanaan Pembangunan Daerah Provinsi Jawa Barat\n"
            ) in capsys.readouterr().out
    # No quota, no roster: no unit line.
    assert main(["decide", "--jurisdiction", "kab-bekasi", "--agency", "bappeda",
                 "--position", "pelaksana", "--date", "2025-03-25", "--unit", "Bidang A"]) == 0
    assert "unit kerja Anda" not in capsys.readouterr().out
