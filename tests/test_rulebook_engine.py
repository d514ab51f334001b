"""The rulebook equals the engine: every rule the resolver applies to a policy (its own
exemptions and rank rules and those it inherits through ``amends``, the fact selectors of
its provisions, its grants, conditions, required facts, quotas and statuses) appears in
that policy's rulebook section, and the section names no exempt agency the resolver does
not exempt."""

from __future__ import annotations

import itertools

import pytest

from kebijakan_asn import Resolver
from kebijakan_asn import _labels as W
from kebijakan_asn._rulebook import (
    exemption_text,
    policy_section,
    rank_rule_text,
    render_rulebook,
)

RESOLVER = Resolver()
RS = RESOLVER.ruleset
JURISDICTIONS = sorted(RS.jurisdictions)


@pytest.mark.parametrize(("jurisdiction", "lang"),
                         list(itertools.product(JURISDICTIONS, ["id", "en"])))
def test_every_applied_rule_is_in_the_policy_section(jurisdiction: str, lang: str) -> None:
    catalog = W.register(RS)
    page = render_rulebook(RESOLVER, [jurisdiction], lang)
    for p in (p for p in RS.policies.values() if p.jurisdiction == jurisdiction):
        section = "\n".join(policy_section(RESOLVER, p, lang))
        assert section in page, p.id
        where = f"{p.id} ({lang})"
        exempt_agencies = set()
        for e in RESOLVER.exemptions_of(p.id):
            assert exemption_text(e, p.jurisdiction, catalog, lang) in section, where
            assert e.reason(lang).rsplit(": ", 1)[0] in section, where
            if e.agency is not None:
                exempt_agencies.add(e.agency)
        for r in RESOLVER.rank_rules_of(p.id):
            assert rank_rule_text(r, lang) in section and r.reason(lang) in section, where
        for v in p.provisions:
            assert W.grant_phrase(v.arrangement, v.grant, lang) in section, where
            for f in v.facts:
                assert RS.facts[f].description(lang) in section, where
            for c in v.conditions:
                assert W.condition(c.code, lang) in section, where
            if v.quota is not None:
                assert v.quota.describe(lang) in section, where
        for c in p.conditions:
            assert W.condition(c.code, lang) in section, where
        for f in p.required_facts:
            assert RS.facts[f].description(lang) in section, where
        for s in p.statuses:
            assert W.status(s, lang) in section, where
        for reading in p.readings:
            assert reading(lang) in section, where
        for note in p.agency_notes:
            assert note.text(lang) in section, where
        for source in p.citation.sources:
            assert source.url in section, where
        assert W.cite(p.citation, lang) in section
        # Nothing more than the engine applies: an agency named among those not covered
        # is one the resolver exempts.
        excluded = section.split("Tidak berlaku bagi:" if lang == "id" else "Does not cover:",
                                 1)[-1].split("\n- ", 1)[0] if (
            "Tidak berlaku bagi:" in section or "Does not cover:" in section) else ""
        for a in RS.agencies_of(jurisdiction):
            if a.parent is None and f"{a.name}," in excluded.replace(" dan ", ", "):
                assert a.code in exempt_agencies, (where, a.code)


def test_an_extension_shows_what_it_inherits() -> None:
    section = "\n".join(policy_section(RESOLVER, RS.policies[
        "kab-bekasi/2020-fwa-covid19-perpanjangan"]))
    assert "jabatan JPT Pratama dan Administrator" in section
    assert "pegawai yang melayani langsung masyarakat" in section
    assert "sebagaimana diatur dalam Surat Edaran Bupati Bekasi Nomor 800/SE-26/BKPPD" in section


def test_a_quoted_list_is_quoted_once() -> None:
    section = "\n".join(policy_section(RESOLVER, RS.policies["kab-bekasi/2025-wfa-lebaran"]))
    assert section.count("Terdapat 12 OPD") == 1
    assert "Dinas Sosial" in section and "Badan Pendapatan Daerah" in section
