"""The rulebook equals the engine: every rule the resolver applies to a policy (its own
exemptions and rank rules and those it inherits through ``amends``, fact selectors of
its provisions) appears in that policy's rulebook entry, and the entry shows no
exemption or rank rule the resolver does not apply."""

from __future__ import annotations

import re

import pytest

from kebijakan_asn import Resolver
from kebijakan_asn._rulebook import render_rulebook

RESOLVER = Resolver()
JURISDICTIONS = sorted(RESOLVER.ruleset.jurisdictions)


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r"^### `([^`]+)`.*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_applied_rule_is_in_the_policy_entry(jurisdiction: str, lang: str) -> None:
    sections = _sections(render_rulebook(RESOLVER, [jurisdiction], lang))
    policies = [p for p in RESOLVER.ruleset.policies.values() if p.jurisdiction == jurisdiction]
    assert policies and set(sections) == {p.id for p in policies}
    for p in policies:
        entry = sections[p.id]
        shown = [line for line in entry.splitlines() if line.startswith("- ")]
        exemptions = RESOLVER.exemptions_of(p.id)
        rank_rules = RESOLVER.rank_rules_of(p.id)
        for e in exemptions:
            assert any(e.reason(lang) in line for line in shown), (p.id, e)
        for r in rank_rules:
            assert any(r.reason(lang) in line for line in shown), (p.id, r)
        # Nothing more than the engine applies: one line per exemption and rank rule.
        exempt_label = "Pengecualian" if lang == "id" else "Exemptions"
        assert sum(line.startswith(f"- {exempt_label}:") for line in shown) == len(exemptions)
        for v in p.provisions:
            for fact in v.facts:
                assert fact in entry, (p.id, fact)
        for reading in p.readings:
            assert reading(lang) in entry, p.id
        for note in p.agency_notes:
            assert note.text(lang) in entry, p.id


def test_an_extension_shows_what_it_inherits() -> None:
    entry = _sections(render_rulebook(RESOLVER, ["kab-bekasi"], "id"))[
        "kab-bekasi/2020-fwa-covid19-perpanjangan"]
    assert "(kab-bekasi/2020-fwa-covid19)" in entry  # the origin of the inherited rules
    assert "jpt-pratama" in entry and "direct-service" in entry
