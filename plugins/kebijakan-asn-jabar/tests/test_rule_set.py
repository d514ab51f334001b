"""The plugin as a whole: pinned codes, catalog, citations, and the national notes."""

from __future__ import annotations

import datetime as dt

import kebijakan_asn_jabar

from kebijakan_asn import Employee, Provenance, Resolver

PINNED_AGENCIES = {
    "setda": False, "bkd": False, "bappeda": False, "diskominfo": False,
    "dpmptsp": True, "bapenda": False, "samsat-bekasi": True, "labkesda": True,
    "rsud-al-ihsan": True, "sman-3-bandung": True,
}
POLICY_IDS = {
    "prov-jabar/2025-wfh-tahap-1",
    "prov-jabar/2025-wfh-tahap-2",
    "prov-jabar/2026-wfh-kamis",
}


def test_jurisdiction_is_pinned(resolver: Resolver) -> None:
    jur = resolver.ruleset.jurisdictions["prov-jabar"]
    assert (jur.name, jur.level, jur.kemendagri, jur.parent) == (
        "Pemerintah Provinsi Jawa Barat", "provinsi", "32", None)


def test_pinned_agencies(resolver: Resolver) -> None:
    agencies = {a.code: a for a in resolver.ruleset.agencies_of("prov-jabar")}
    for code, direct in PINNED_AGENCIES.items():
        assert agencies[code].direct_service is direct, code
    assert agencies["samsat-bekasi"].parent == "bapenda"
    assert "perizinan" in agencies["dpmptsp"].tags
    assert agencies["sman-3-bandung"].kind == "sekolah"
    assert 25 <= len(agencies) <= 45


def test_policies_and_citations(resolver: Resolver) -> None:
    ours = {pid: p for pid, p in resolver.ruleset.policies.items()
            if p.jurisdiction == "prov-jabar"}
    assert set(ours) == POLICY_IDS
    for policy in ours.values():
        assert policy.citation.derived_from == ()
        assert policy.quotes
        assert all(v.quote for v in policy.provisions)
    tahap_1 = ours["prov-jabar/2025-wfh-tahap-1"].citation
    assert tahap_1 == ours["prov-jabar/2025-wfh-tahap-2"].citation
    assert (tahap_1.number, tahap_1.signed, tahap_1.provenance) == (
        "150/KPG.03/BKD", dt.date(2025, 10, 22), Provenance.PRESS)
    assert tahap_1.signatory == "Herman Suryatman" and tahap_1.sources
    kamis = ours["prov-jabar/2026-wfh-kamis"].citation
    assert (kamis.signed, kamis.provenance) == (None, Provenance.PRESS)
    assert all(e.quote for e in resolver.ruleset.exemptions if e.policy in POLICY_IDS)


def test_plugin_loads_without_other_regions() -> None:
    assert kebijakan_asn_jabar.plugin.PLUGIN_NAME == "prov-jabar"
    assert kebijakan_asn_jabar.__version__ == "0.1.0"


def test_b_531_note_never_on_a_day_the_province_s_own_circular_applies(
        resolver: Resolver) -> None:
    """29–31 Dec 2025: Surat MenPANRB B/531/M.KT.02/2025 enables WFA.  Pemprov Jabar's
    own Tahap II circular applies to its staff on those days, so no decision says the
    province has no implementing policy (SPEC §5.3); WFA stays unpermitted."""
    employee = Employee(jurisdiction="prov-jabar", agency="bappeda", position="pelaksana")
    for day in ("2025-12-29", "2025-12-30", "2025-12-31"):
        decision = resolver.decide(employee, day)
        assert "prov-jabar/2025-wfh-tahap-2" in decision.policies, day
        notes = [n for n in decision.notes if n.code == "no-implementing-policy"]
        assert "nasional/b-531-2025" not in {n.policy for n in notes}, day
        assert "wfa" not in {a.value for a in decision.permitted}
