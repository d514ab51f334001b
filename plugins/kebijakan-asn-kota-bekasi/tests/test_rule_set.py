"""Checks that are not one-day cases: the catalog, the citations, whole periods,
the draft over many weeks, determinism and the decision record."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import kebijakan_asn_kota_bekasi
import pytest
from kebijakan_asn_kota_bekasi import kajian_wfh_2025, se_800_2072_bkppd_pka_2020

import kebijakan_asn.nasional
from kebijakan_asn import (
    Arrangement,
    Decision,
    Employee,
    Policy,
    PolicyStatus,
    Provenance,
    Resolver,
)

J = "kota-bekasi"
WFH_2020 = "kota-bekasi/2020-wfh-covid19"
KAJIAN = "kota-bekasi/2025-kajian-wfh"
PINNED_AGENCIES = {"setda", "bkpsdm", "bappelitbangda", "dinkes", "disdukcapil",
                   "rsud-chasbullah"}


def _days(start: str, end: str) -> list[dt.date]:
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


def _policies() -> list[Policy]:
    return list(kebijakan_asn_kota_bekasi.plugin.kebijakan_asn_policies())


# ---------------------------------------------------------------- the jurisdiction and catalog


def test_jurisdiction_is_pinned(resolver: Resolver) -> None:
    j = resolver.ruleset.jurisdictions[J]
    assert (j.name, j.level, j.kemendagri, j.parent) == (
        "Pemerintah Kota Bekasi", "kota", "32.75", None)


def test_loads_without_any_other_region_plugin(resolver: Resolver) -> None:
    assert sorted(p.name for p in resolver.ruleset.plugins) == ["kota-bekasi", "nasional"]
    for p in _policies():
        parents = p.citation.derived_from + tuple(
            d for q in p.periods if q.citation for d in q.citation.derived_from)
        assert all(d.startswith("nasional/") for d in parents), p.id


def test_pinned_agencies_exist(resolver: Resolver) -> None:
    codes = {a.code for a in resolver.ruleset.agencies_of(J)}
    assert codes >= PINNED_AGENCIES
    assert 25 <= len(codes) <= 45
    rsud = resolver.ruleset.agencies[(J, "rsud-chasbullah")]
    assert rsud.direct_service and rsud.kind == "rsud"


def test_sub_units_hang_under_their_parents(resolver: Resolver) -> None:
    rs = resolver.ruleset
    for a in rs.agencies_of(J):
        if a.kind == "puskesmas":
            assert a.parent == "dinkes" and a.direct_service, a.code
        if a.kind == "kelurahan":
            assert a.parent is not None and rs.agencies[(J, a.parent)].kind == "kecamatan"
    assert rs.ancestors(J, "kelurahan-cikiwul") == ("kelurahan-cikiwul",
                                                     "kecamatan-bantargebang")


# ---------------------------------------------------------------- citations and quotes


def test_policy_ids_are_the_pinned_ones() -> None:
    assert sorted(p.id for p in _policies()) == [
        WFH_2020, KAJIAN, "kota-bekasi/2025-wfa-akhir-tahun", "kota-bekasi/2025-wfa-lebaran"]


def test_every_rule_quotes_its_source() -> None:
    for p in _policies():
        assert p.quotes and (p.citation.sources or p.citation.source), p.id
        assert p.readings or p.id == KAJIAN, p.id
        assert all(v.quote for v in p.provisions), p.id
    for e in kajian_wfh_2025.EXEMPTIONS:
        assert e.quote
    for r in se_800_2072_bkppd_pka_2020.RANK_RULES:
        assert r.quote


def test_citations() -> None:
    se = se_800_2072_bkppd_pka_2020.POLICY
    assert se.citation.number == "800/2072/BKPPD.PKA"
    assert se.citation.signed == dt.date(2020, 3, 17)
    assert se.citation.derived_from == ("nasional/se-menpanrb-19-2020",)
    assert se.status is PolicyStatus.ENACTED
    draft = kajian_wfh_2025.POLICY
    assert draft.status is PolicyStatus.DRAFT
    assert draft.citation.provenance is Provenance.SEED
    assert draft.citation.signed is None
    assert draft.citation.derived_from == ()
    assert "RANCANGAN" in draft.title.id and "DRAFT" in draft.title.en


# ---------------------------------------------------------------- whole periods


def test_2020_wfh_is_permitted_on_exactly_the_working_days_17_to_31_march(
        resolver: Resolver) -> None:
    staff = Employee(J, "bappelitbangda", "pelaksana")
    got = [d for d in _days("2020-03-09", "2020-04-10")
           if Arrangement.WFH in resolver.decide(staff, d).permitted]
    # 21–22 March is a weekend, 25 March is Nyepi, 28–29 March a weekend.
    expected = [dt.date(2020, 3, d) for d in (17, 18, 19, 20, 23, 24, 26, 27, 30, 31)]
    assert got == expected


def test_2020_rank_rule_over_all_positions(resolver: Resolver) -> None:
    permitted = {
        pos: Arrangement.WFH in resolver.decide(Employee(J, "setda", pos), "2020-03-18").permitted
        for pos in ("jpt-pratama", "administrator", "pengawas", "fungsional", "pelaksana")
    }
    assert permitted == {"jpt-pratama": False, "administrator": False, "pengawas": True,
                         "fungsional": True, "pelaksana": True}


def test_draft_gives_wfh_on_working_thursdays_only_and_only_when_asked(
        resolver: Resolver) -> None:
    staff = Employee(J, "bkpsdm", "pelaksana")
    days = _days("2025-10-27", "2026-02-28")
    with_drafts = list(resolver.decide_many([staff], days, include_drafts=True))
    without = list(resolver.decide_many([staff], days))
    wfh = [d.date for d in with_drafts if d.arrangement is Arrangement.WFH]
    thursdays = [d for d in days if d.weekday() == 3 and d >= dt.date(2025, 11, 4)]
    holidays = {dt.date(2025, 12, 25), dt.date(2026, 1, 1)}
    assert wfh == [d for d in thursdays if d not in holidays]
    assert all(d.drafts_used == (KAJIAN,) for d in with_drafts
               if d.arrangement is Arrangement.WFH)
    assert all(d.arrangement is not Arrangement.WFH and not d.drafts_used for d in without)
    assert all(not d.drafts_used for d in with_drafts if d.arrangement is not Arrangement.WFH)


def test_draft_never_reaches_direct_service_units(resolver: Resolver) -> None:
    rs = resolver.ruleset
    direct = [a.code for a in rs.agencies_of(J)
              if any(rs.agencies[(J, c)].direct_service for c in rs.ancestors(J, a.code))]
    assert {"rsud-chasbullah", "disdukcapil", "puskesmas-jatirasa",
            "kelurahan-jatirasa"} <= set(direct)
    for code in direct:
        d = resolver.decide(Employee(J, code, "pelaksana"), "2025-11-06", include_drafts=True)
        assert d.arrangement is Arrangement.WFO, code


# ---------------------------------------------------------------- determinism and the record


def test_plugin_order_does_not_matter() -> None:
    a = Resolver(plugins=[kebijakan_asn.nasional.plugin, kebijakan_asn_kota_bekasi.plugin])
    b = Resolver(plugins=[kebijakan_asn_kota_bekasi.plugin, kebijakan_asn.nasional.plugin])
    staff = Employee(J, "setda", "pelaksana")
    for day, drafts in (("2020-03-18", False), ("2025-11-06", True), ("2025-11-06", False)):
        assert (a.decide(staff, day, include_drafts=drafts).fingerprint
                == b.decide(staff, day, include_drafts=drafts).fingerprint)


def test_record_round_trips_and_says_a_draft_was_used(resolver: Resolver) -> None:
    d = resolver.decide(Employee(J, "setda", "pelaksana"), "2025-11-06", include_drafts=True)
    record = json.loads(json.dumps(d.to_dict()))
    assert record["drafts_used"] == [KAJIAN]
    assert any(n["code"] == "draft-used" for n in record["notes"])
    again = Decision.from_dict(record)
    assert again.fingerprint == d.fingerprint == record["fingerprint"]


@pytest.mark.parametrize("drafts", [False, True])
def test_cli_decide_json(drafts: bool) -> None:
    # The entry point installed by ``pip install -e``; other regions are left out.
    args = [sys.executable, "-m", "kebijakan_asn", "--plugins", "nasional,kota-bekasi",
            "decide", "--jurisdiction", J,
            "--agency", "bkpsdm", "--position", "pelaksana", "--date", "2025-11-06", "--json"]
    out = subprocess.run(args + (["--include-drafts"] if drafts else []),
                         capture_output=True, text=True, check=True)
    record = json.loads(out.stdout)
    assert record["arrangement"] == ("wfh" if drafts else "wfo")
    assert record["drafts_used"] == ([KAJIAN] if drafts else [])
