"""Tahap II over the whole of December 2025 (SE Sekda Jabar 150/KPG.03/BKD).

Seed 002: "Tahap II (Desember 2025): Pola kerja bergilir 50:50 antara WFH dan
WFO di seluruh OPD."  SPEC §4: the working days of the period are numbered
0, 1, 2, …; group A works from home on the even-numbered days, group B on the
odd-numbered ones.  Staff without a group may work from home on the unit's
roster (``jadwal-unit``).  Direct-service units are excluded.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kebijakan_asn import Arrangement, Employee, Resolver

TAHAP_2 = "prov-jabar/2025-wfh-tahap-2"
START, END = dt.date(2025, 12, 2), dt.date(2025, 12, 31)
NATAL, CUTI_BERSAMA = dt.date(2025, 12, 25), dt.date(2025, 12, 26)


def _employee(agency: str = "bappeda", group: str | None = None) -> Employee:
    return Employee(jurisdiction="prov-jabar", agency=agency, position="pelaksana",
                    status="pns", rotation_group=group)


@pytest.fixture(scope="module")
def working_days(resolver: Resolver) -> list[dt.date]:
    return resolver.working_days("prov-jabar", START, END)


def test_working_days_skip_weekends_and_the_christmas_holidays(
        working_days: list[dt.date]) -> None:
    assert NATAL not in working_days
    assert CUTI_BERSAMA not in working_days
    assert all(d.weekday() < 5 for d in working_days)
    assert working_days[0] == START
    assert working_days[-1] == END


def test_groups_split_the_working_days(resolver: Resolver,
                                       working_days: list[dt.date]) -> None:
    home: dict[str, set[dt.date]] = {}
    for group in ("A", "B"):
        decisions = [resolver.decide(_employee(group=group), d) for d in working_days]
        assert all(x.arrangement in (Arrangement.WFH, Arrangement.WFO) for x in decisions)
        home[group] = {x.date for x in decisions if x.arrangement is Arrangement.WFH}
    # Each group is at home on about half of the working days.
    assert abs(len(home["A"]) - len(home["B"])) <= 1
    # Never both on the same day, and someone is at home every working day.
    assert not home["A"] & home["B"]
    assert home["A"] | home["B"] == set(working_days)
    # Group A opens the rotation on Tuesday 2 December (day 0).
    assert START in home["A"]


def test_rotation_follows_the_working_day_numbers(resolver: Resolver,
                                                  working_days: list[dt.date]) -> None:
    for number, day in enumerate(working_days):
        on_duty = "A" if number % 2 == 0 else "B"
        decision = resolver.decide(_employee(group=on_duty), day)
        assert decision.arrangement is Arrangement.WFH, day
        assert TAHAP_2 in decision.policies


def test_without_a_group_wfo_with_wfh_permitted_on_the_roster(
        resolver: Resolver, working_days: list[dt.date]) -> None:
    for day in working_days:
        decision = resolver.decide(_employee(), day)
        assert decision.arrangement is Arrangement.WFO, day
        assert decision.permitted == (Arrangement.WFH, Arrangement.WFO), day
        roster = [c for c in decision.conditions if c.code.value == "jadwal-unit"]
        assert [(c.arrangement, c.policy) for c in roster] == [(Arrangement.WFH, TAHAP_2)]


@pytest.mark.parametrize("agency", ["samsat-bekasi", "labkesda", "dpmptsp", "rsud-al-ihsan"])
@pytest.mark.parametrize("group", ["A", "B"])
def test_direct_service_staff_are_never_at_home(
        resolver: Resolver, working_days: list[dt.date], agency: str, group: str) -> None:
    for day in working_days:
        decision = resolver.decide(_employee(agency, group), day)
        assert decision.arrangement is Arrangement.WFO, (agency, day)
        assert decision.permitted == (Arrangement.WFO,)


def test_holidays_are_libur_for_both_groups(resolver: Resolver) -> None:
    for group in ("A", "B"):
        for day in (NATAL, CUTI_BERSAMA):
            assert resolver.decide(_employee(group=group), day).arrangement is Arrangement.LIBUR
