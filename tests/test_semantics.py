"""SPEC §5, rule by rule, on the made-up regency ``kab-uji`` (see conftest)."""

from __future__ import annotations

import datetime as dt

import pytest

from kebijakan_asn import (
    Arrangement,
    Citation,
    ConflictError,
    Period,
    Policy,
    Provision,
    Recurrence,
    Resolver,
)
from kebijakan_asn.nasional import plugin as nasional

from .conftest import J, kab_uji, staff

WFO, WFH, WFA, LIBUR = (Arrangement.WFO, Arrangement.WFH, Arrangement.WFA,
                        Arrangement.LIBUR)


def reasons(decision: object, policy: str) -> list[str]:
    return [s.reason for s in decision.trace if s.policy == policy]  # type: ignore[attr-defined]


# --- §5.1 a non-working day gives libur, with the holiday's name and basis -----------


class TestNonWorkingDays:
    def test_weekend_is_libur_on_the_work_week_policy(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2025-03-29")  # a Saturday
        assert d.arrangement is LIBUR
        assert d.permitted == (LIBUR,)
        assert d.policies == ("nasional/hari-kerja",)
        assert reasons(d, "nasional/hari-kerja") == ["weekend"]

    def test_cuti_bersama_is_libur_with_its_name(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2025-03-28")  # Friday, cuti bersama Nyepi
        assert d.arrangement is LIBUR
        step = d.trace[0]
        assert step.reason == "holiday" and step.param("kind") == "cuti-bersama"
        assert "Nyepi" in step.param("name", "id")
        assert "Nyepi" in d.explain("id") and "Day of Silence" in d.explain("en")
        assert d.policies == ("nasional/libur",)
        assert d.basis[0].number.startswith("1017 Tahun 2024")

    def test_national_holiday_inside_a_policy_period_still_libur(
            self, resolver: Resolver) -> None:
        # 2026-12-24 is a Thursday (wfh-kamis) and cuti bersama Natal.
        d = resolver.decide(staff(), "2026-12-24")
        assert d.arrangement is LIBUR
        assert reasons(d, f"{J}/wfh-kamis-2026") == []

    def test_regional_holiday_only_for_its_own_jurisdiction(self, resolver: Resolver) -> None:
        mine = resolver.decide(staff(), "2025-08-11")  # a Monday: not the holiday
        assert mine.arrangement is WFO
        holiday = resolver.decide(staff(), "2026-08-10")  # Monday, Hari Jadi
        assert holiday.arrangement is LIBUR
        assert holiday.policies == (f"{J}/hari-jadi",)
        other = resolver.decide(
            staff().__class__(jurisdiction="nasional", agency="bkn", position="pelaksana"),
            "2026-08-10")
        assert other.arrangement is WFO

    def test_estimated_holiday_makes_the_decision_provisional(
            self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2028-02-28")  # Idul Fitri day 2 (perkiraan), Monday
        assert d.arrangement is LIBUR
        assert d.provisional
        assert "provisional" in {n.code for n in d.notes}

    def test_keppres_68_1995_is_the_basis_before_12_april_2023(
            self, resolver: Resolver) -> None:
        before = resolver.decide(staff(), "2023-04-11")
        after = resolver.decide(staff(), "2023-04-12")
        assert before.basis[0].number == "68 Tahun 1995"
        assert after.basis[0].number == "21 Tahun 2023"


# --- §5.2 every policy in force whose scope covers the employee is evaluated ----------


class TestEvaluation:
    def test_every_policy_in_force_lands_in_the_trace(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2025-03-25")
        assert reasons(d, f"{J}/wfa-2025") == ["granted"]
        assert reasons(d, "nasional/se-menpanrb-2-2025") == ["enabling", "implemented-by"]
        assert all(s.policy is not None for s in d.trace)

    def test_policies_out_of_period_are_not_in_the_trace(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2025-03-21")
        assert reasons(d, f"{J}/wfa-2025") == []
        assert d.permitted == (WFO,)

    def test_period_edges(self, resolver: Resolver) -> None:
        first, last = dt.date(2025, 3, 24), dt.date(2025, 3, 27)
        for day in (first, last):
            assert WFA in resolver.decide(staff(), day).permitted
        for day in (first - dt.timedelta(days=3), last + dt.timedelta(days=4)):
            assert WFA not in resolver.decide(staff(), day).permitted

    def test_status_not_covered(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(status="pppk"), "2026-01-08")  # Thursday; PNS only
        assert d.arrangement is WFO
        assert reasons(d, f"{J}/wfh-kamis-2026") == ["status-not-covered"]

    def test_exempt_agency_exempts_its_sub_agencies(self, resolver: Resolver) -> None:
        for agency in ("dinkes", "puskesmas-a"):
            d = resolver.decide(staff(agency), "2025-03-25")
            assert WFA not in d.permitted
            assert reasons(d, f"{J}/wfa-2025") == ["exempt"]

    def test_exemption_by_agency_kind_reaches_sub_units_of_that_kind(
            self, resolver: Resolver) -> None:
        d = resolver.decide(staff("kelurahan-a1"), "2025-03-25")
        assert reasons(d, f"{J}/wfa-2025") == ["exempt"]

    def test_direct_service_staff_and_units(self, resolver: Resolver) -> None:
        thursday = "2026-01-08"
        assert resolver.decide(staff(), thursday).arrangement is WFH
        assert resolver.decide(staff("rsud"), thursday).arrangement is WFO
        nurse = staff("bappeda", "fungsional", direct_service=True)
        assert resolver.decide(nurse, thursday).arrangement is WFO
        assert reasons(resolver.decide(nurse, thursday), f"{J}/wfh-kamis-2026") == ["exempt"]

    def test_rank_rule_except(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(position="administrator"), "2025-03-25")
        assert WFA not in d.permitted
        assert reasons(d, f"{J}/wfa-2025") == ["rank-excluded"]
        assert WFA in resolver.decide(staff(position="pengawas"), "2025-03-25").permitted

    def test_rank_rule_only(self, resolver: Resolver) -> None:
        day = "2020-03-17"
        for position in ("pengawas", "fungsional", "pelaksana"):
            assert WFH in resolver.decide(staff(position=position), day).permitted
        for position in ("jpt-pratama", "administrator"):
            d = resolver.decide(staff(position=position), day)
            assert WFH not in d.permitted
            assert reasons(d, f"{J}/asal-2020") == ["rank-excluded"]

    def test_required_fact(self, resolver: Resolver) -> None:
        day = "2026-01-06"  # Tuesday
        dry = resolver.decide(staff(), day)
        assert dry.arrangement is WFO
        assert reasons(dry, f"{J}/banjir") == ["fact-missing"]
        flooded = resolver.decide(staff(facts={"office_access_cut": True}), day)
        assert flooded.arrangement is WFH
        assert "surat-perintah" in {c.code.value for c in flooded.conditions}

    def test_weekly_schedule(self, resolver: Resolver) -> None:
        assert resolver.decide(staff(), "2026-01-08").arrangement is WFH  # Thursday
        wednesday = resolver.decide(staff(), "2026-01-07")
        assert wednesday.arrangement is WFO
        assert reasons(wednesday, f"{J}/wfh-kamis-2026") == ["schedule-off"]

    def test_provision_by_agency_tag_including_parents(self, resolver: Resolver) -> None:
        day = "2021-06-08"
        for agency in ("setda", "bagian-umum"):
            d = resolver.decide(staff(agency, status="non-asn"), day)
            assert d.arrangement is WFH and d.permitted == (WFH,)
        other = resolver.decide(staff("bappeda", status="non-asn"), day)
        assert other.arrangement is WFO and other.permitted == (WFH, WFO)


class TestRotation:
    """SPEC §4: working days of the period numbered 0, 1, 2…; A even, B odd."""

    def test_groups_alternate_over_working_days(self, resolver: Resolver) -> None:
        days = resolver.working_days(J, "2025-12-01", "2025-12-31")
        assert dt.date(2025, 12, 25) not in days and dt.date(2025, 12, 26) not in days
        a = [resolver.decide(staff(rotation_group="A"), d).arrangement for d in days]
        b = [resolver.decide(staff(rotation_group="B"), d).arrangement for d in days]
        assert a == [WFH if i % 2 == 0 else WFO for i in range(len(days))]
        assert all({x, y} == {WFH, WFO} for x, y in zip(a, b, strict=True))

    def test_rotation_step_names_the_group_on_duty(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(rotation_group="B"), "2025-12-01")  # day 0: group A
        step = next(s for s in d.trace if s.policy == f"{J}/rotasi")
        assert step.reason == "rotation-off"
        assert step.param("on_duty") == "A" and step.param("day_number") == "0"

    def test_without_a_group_the_unit_roster_decides(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2025-12-01")
        assert d.arrangement is WFO and d.permitted == (WFH, WFO)
        assert {c.code.value for c in d.conditions} == {"jadwal-unit"}

    def test_unknown_group(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(rotation_group="C"), "2025-12-01")
        assert reasons(d, f"{J}/rotasi") == ["rotation-unknown-group"]
        assert d.arrangement is WFO


# --- §5.3 an enabling policy never changes the outcome by itself ----------------------


class TestEnabling:
    def test_with_an_implementing_policy(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2025-03-25")
        assert d.arrangement is WFO and WFA in d.permitted
        ids = d.policies
        assert ids.index(f"{J}/wfa-2025") < ids.index("nasional/se-menpanrb-2-2025")
        assert "no-implementing-policy" not in {n.code for n in d.notes}

    def test_without_an_implementing_policy_the_decision_says_so(
            self, resolver: Resolver) -> None:
        # 8 April 2025 is in SE 2/2025 (added by SE 3/2025) but not in kab-uji/wfa-2025.
        d = resolver.decide(staff(), "2025-04-08")
        assert d.arrangement is WFO and d.permitted == (WFO,)
        notes = [n for n in d.notes if n.code == "no-implementing-policy"]
        assert notes and notes[0].policy == "nasional/se-menpanrb-2-2025"
        assert "Kabupaten Uji" in notes[0].text.id
        assert "nasional/se-menpanrb-2-2025" not in d.policies

    def test_the_amending_circular_is_cited_for_its_day(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2025-04-08")
        step = next(s for s in d.trace if s.policy == "nasional/se-menpanrb-2-2025")
        assert "3 Tahun 2025" in step.param("citation")

    def test_an_extension_implements_what_its_original_implemented(self) -> None:
        # The extension cites no parent of its own; it amends a policy that does.
        import attrs

        from .conftest import ASAL, PERPANJANGAN

        bare = attrs.evolve(PERPANJANGAN, id=f"{J}/perpanjangan-tanpa-induk",
                            citation=attrs.evolve(PERPANJANGAN.citation, derived_from=()))
        r = Resolver(plugins=[nasional, kab_uji, _extra(bare)])
        d = r.decide(staff(), "2020-04-06")
        step = [s for s in d.trace if s.policy == "nasional/se-menpanrb-19-2020"][-1]
        assert step.reason == "implemented-by" and bare.id in step.param("by")
        assert "no-implementing-policy" not in {n.code for n in d.notes}
        assert ASAL.id not in step.param("by")  # not in force on 6 April

    def test_enabling_rank_rule_shows_in_trace_only(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(position="jpt-pratama"), "2020-03-17")
        assert reasons(d, "nasional/se-menpanrb-19-2020") == ["rank-excluded"]


# --- §5.4 how grants combine, precedence and conflicts --------------------------------


def _extra(*policies: Policy) -> object:
    from kebijakan_asn import ModulePlugin

    class M:
        POLICIES = list(policies)

    return ModulePlugin("extra", "1.0.0", modules=[M])


def _thursday_policy(pid: str, arrangement: str, signed: dt.date, **kw: object) -> Policy:
    return Policy(
        id=f"{J}/{pid}", jurisdiction=J, title=(pid, pid),
        citation=Citation("SE", pid, "Bupati Uji", signed=signed),
        periods=[Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))],
        provisions=[Provision("assigned", arrangement,
                              schedule=Recurrence("FREQ=WEEKLY;BYDAY=TH"))],
        **kw,  # type: ignore[arg-type]
    )


class TestCombination:
    def test_permitted_is_union_plus_arrangement(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2025-03-25")
        assert d.permitted == (WFA, WFO)
        assert [c.code.value for c in d.conditions] == ["laporan-kinerja",
                                                         "persetujuan-pimpinan"]
        assert all(c.arrangement is WFA for c in d.conditions)

    def test_emergency_first(self, resolver: Resolver) -> None:
        # Thursday: wfh-kamis (assigned WFH) and the flood (emergency WFH) agree;
        # the emergency is the winner named in the outcome step.
        d = resolver.decide(staff(facts={"office_access_cut": True}), "2026-01-08")
        assert d.arrangement is WFH
        assert d.policies[1] == f"{J}/banjir"

    def test_emergency_beats_a_later_assigned_wfo(self) -> None:
        wfo = _thursday_policy("wfo-kamis", "wfo", dt.date(2026, 6, 1))
        r = Resolver(plugins=[nasional, kab_uji, _extra(wfo)])
        d = r.decide(staff(facts={"office_access_cut": True}), "2026-07-02")
        assert d.arrangement is WFH
        assert reasons(d, wfo.id) == ["granted", "outranked"]
        step = next(s for s in d.trace if s.verdict == "outranked")
        assert step.policy == wfo.id and step.param("why") == "emergency"
        assert d.permitted == (WFH, WFO)

    def test_later_instrument_wins(self) -> None:
        wfo = _thursday_policy("wfo-kamis", "wfo", dt.date(2026, 6, 1))
        r = Resolver(plugins=[nasional, kab_uji, _extra(wfo)])
        d = r.decide(staff(), "2026-07-02")
        assert d.arrangement is WFO
        step = next(s for s in d.trace if s.verdict == "outranked")
        assert step.policy == f"{J}/wfh-kamis-2026"
        assert step.param("why") == "later-instrument" and step.param("by") == wfo.id

    def test_tie_that_disagrees_is_a_conflict_naming_both(self) -> None:
        wfo = _thursday_policy("wfo-kamis", "wfo", dt.date(2025, 12, 20))
        r = Resolver(plugins=[nasional, kab_uji, _extra(wfo)])
        with pytest.raises(ConflictError) as err:
            r.decide(staff(), "2026-01-08")
        assert set(err.value.policies) == {f"{J}/wfh-kamis-2026", f"{J}/wfo-kamis"}
        assert f"{J}/wfh-kamis-2026" in str(err.value) and f"{J}/wfo-kamis" in str(err.value)

    def test_tie_that_agrees_is_no_conflict(self) -> None:
        twin = _thursday_policy("wfh-kamis-kembar", "wfh", dt.date(2025, 12, 20))
        r = Resolver(plugins=[nasional, kab_uji, _extra(twin)])
        d = r.decide(staff(), "2026-01-08")
        assert d.arrangement is WFH

    def test_amendment_replaces_what_it_amends(self, resolver: Resolver) -> None:
        # 30 and 31 March 2020: both the original and the extension are in force.
        d = resolver.decide(staff(), "2020-03-30")
        assert reasons(d, f"{J}/asal-2020") == ["replaced"]
        assert reasons(d, f"{J}/perpanjangan-2020") == ["granted"]
        assert d.policies[1] == f"{J}/perpanjangan-2020"

    def test_amendment_inherits_exemptions_and_rank_rules(self, resolver: Resolver) -> None:
        day = "2020-04-06"
        d = resolver.decide(staff(position="administrator"), day)
        assert reasons(d, f"{J}/perpanjangan-2020") == ["rank-excluded"]
        d = resolver.decide(staff("rsud"), day)
        assert reasons(d, f"{J}/perpanjangan-2020") == ["exempt"]


# --- §5.5 drafts --------------------------------------------------------------------------


class TestDrafts:
    def test_ignored_unless_asked(self, resolver: Resolver) -> None:
        friday = "2026-06-05"
        d = resolver.decide(staff(), friday)
        assert d.permitted == (WFO,) and d.drafts_used == ()
        assert reasons(d, f"{J}/rancangan-2026") == []

    def test_used_when_asked_and_said(self, resolver: Resolver) -> None:
        d = resolver.decide(staff(), "2026-06-05", include_drafts=True)
        assert d.permitted == (WFA, WFO)
        assert d.drafts_used == (f"{J}/rancangan-2026",)
        assert "draft-used" in {n.code for n in d.notes}
        assert "RANCANGAN" in d.explain("id") and "DRAFT" in d.explain("en")
        assert d.to_dict()["options"] == {"include_drafts": True}


# --- §5.6 determinism -----------------------------------------------------------------------


class TestDeterminism:
    def test_registration_order_does_not_matter(self) -> None:
        import random

        wfo = _thursday_policy("wfo-kamis", "wfo", dt.date(2026, 6, 1))
        plugins = [nasional, kab_uji, _extra(wfo)]
        days = ["2025-03-25", "2025-12-02", "2026-01-08", "2026-07-02", "2020-03-30"]
        people = [staff(), staff("dinkes"), staff(rotation_group="B"),
                  staff(position="administrator", facts={"office_access_cut": True})]
        baseline = None
        rng = random.Random(7)
        for _ in range(5):
            rng.shuffle(plugins)
            r = Resolver(plugins=list(plugins))
            got = (r.ruleset.fingerprint,
                   [r.decide(p, d).fingerprint for p in people for d in days])
            baseline = baseline or got
            assert got == baseline

    def test_memo_does_not_leak_between_employees(self, resolver: Resolver) -> None:
        a = resolver.decide(staff(id="1"), "2025-03-25")
        b = resolver.decide(staff(id="2"), "2025-03-25")
        assert a.outcome is b.outcome
        assert a.fingerprint != b.fingerprint
        assert a.to_dict()["employee"]["id"] == "1"
