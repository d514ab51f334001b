"""Loading validates the whole rule set and names the plugin at fault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest

from kebijakan_asn import (
    Agency,
    Citation,
    Exemption,
    Jurisdiction,
    ModulePlugin,
    Period,
    PluginError,
    Policy,
    Provision,
    RankRule,
    Resolver,
    RuleSet,
    RuleSetError,
    hookimpl,
)
from kebijakan_asn.nasional import plugin as nasional

from .conftest import kab_uji


def policy(pid: str = "kab-x/p", **kw: object) -> Policy:
    base: dict[str, object] = {
        "id": pid, "jurisdiction": pid.split("/")[0], "title": ("p", "p"),
        "citation": Citation("SE", "1", "Bupati X"),
        "periods": [Period(dt.date(2025, 1, 1), dt.date(2025, 1, 31))],
        "provisions": [Provision("permitted", "wfh")],
    }
    base.update(kw)
    return Policy(**base)  # type: ignore[arg-type]


def region(*, policies: Iterable[Policy] = (), exemptions: Iterable[Exemption] = (),
           rank_rules: Iterable[RankRule] = (), agencies: Iterable[Agency] = (),
           name: str = "kab-x", jurisdictions: Iterable[Jurisdiction] | None = None
           ) -> ModulePlugin:
    class M:
        POLICIES = list(policies)
        EXEMPTIONS = list(exemptions)
        RANK_RULES = list(rank_rules)

    return ModulePlugin(
        name, "0.1.0",
        jurisdictions=list(jurisdictions) if jurisdictions is not None
        else [Jurisdiction("kab-x", "Kab X", "kabupaten")],
        agencies=list(agencies) or [Agency("kab-x", "setda", "Setda", "setda")],
        modules=[M],
    )


def load_error(*plugins: object) -> str:
    with pytest.raises(RuleSetError) as err:
        RuleSet.load([nasional, *plugins])
    return str(err.value)


def test_unknown_agency_in_an_exemption_names_plugin_and_nearest() -> None:
    msg = load_error(region(policies=[policy()],
                            exemptions=[Exemption("kab-x/p", ("r", "r"), agency="setd")]))
    assert "plugin 'kab-x'" in msg and "'setd'" in msg and "did you mean setda?" in msg


def test_exemption_of_unknown_policy() -> None:
    msg = load_error(region(exemptions=[Exemption("kab-x/q", ("r", "r"), agency="setda")]))
    assert "unknown policy 'kab-x/q'" in msg


def test_rank_rule_of_unknown_policy() -> None:
    msg = load_error(region(rank_rules=[RankRule("kab-x/q", ["pelaksana"], "only",
                                                 ("r", "r"))]))
    assert "plugin 'kab-x'" in msg and "rank rule" in msg


def test_duplicate_policy_ids_across_plugins() -> None:
    a = region(policies=[policy()])
    b = region(policies=[policy()], name="kab-x-2", jurisdictions=[],
               agencies=[Agency("kab-x", "bappeda", "Bappeda", "badan")])
    msg = load_error(a, b)
    assert "duplicate policy id 'kab-x/p'" in msg


def test_unknown_parent_agency() -> None:
    msg = load_error(region(agencies=[Agency("kab-x", "upt", "UPT", "uptd", parent="dinas")]))
    assert "unknown parent 'dinas'" in msg


def test_parent_cycle() -> None:
    msg = load_error(region(agencies=[Agency("kab-x", "a", "A", "dinas", parent="b"),
                                      Agency("kab-x", "b", "B", "dinas", parent="a")]))
    assert "cycle" in msg


def test_undeclared_fact() -> None:
    msg = load_error(region(policies=[policy(required_facts=["kebanjiran"])]))
    assert "unknown required fact 'kebanjiran'" in msg


def test_unknown_derived_from_and_amends() -> None:
    msg = load_error(region(policies=[policy(
        citation=Citation("SE", "1", "B", derived_from=["nasional/se-menpanrb-2-2052"]))]))
    assert "unknown derived_from" in msg and "nasional/se-menpanrb-2-2025" in msg
    msg = load_error(region(policies=[policy(amends="kab-x/q")]))
    assert "unknown amends 'kab-x/q'" in msg


def test_period_ending_before_it_starts() -> None:
    from kebijakan_asn import ValidationError

    with pytest.raises(ValidationError, match="end must not come before the start"):
        Period(dt.date(2025, 2, 1), dt.date(2025, 1, 1))


def test_policy_of_an_unknown_jurisdiction() -> None:
    msg = load_error(region(policies=[policy("kab-y/p")]))
    assert "unknown jurisdiction 'kab-y'" in msg


def test_a_plugin_that_raises_is_named_with_its_hook() -> None:
    class Broken:
        PLUGIN_NAME = "rusak"

        @hookimpl
        def kebijakan_asn_policies(self) -> Iterable[Policy]:
            raise RuntimeError("boom")

    with pytest.raises(PluginError) as err:
        RuleSet.load([nasional, Broken()])
    assert err.value.plugin == "rusak" and err.value.hook == "kebijakan_asn_policies"
    assert "boom" in str(err.value)


def test_a_plugin_that_returns_garbage_is_named() -> None:
    class Garbage:
        PLUGIN_NAME = "sampah"

        @hookimpl
        def kebijakan_asn_agencies(self) -> object:
            return ["not an agency"]

    with pytest.raises(PluginError, match="plugin 'sampah', hook kebijakan_asn_agencies"):
        RuleSet.load([nasional, Garbage()])


def test_misspelt_hook_is_rejected() -> None:
    class Typo:
        PLUGIN_NAME = "typo"

        @hookimpl
        def kebijakan_asn_policy(self) -> list[Policy]:
            return []

    with pytest.raises(PluginError, match="typo"):
        RuleSet.load([nasional, Typo()])


def test_same_plugin_twice() -> None:
    with pytest.raises(RuleSetError, match="registered twice"):
        RuleSet.load([nasional, nasional])


def test_fingerprint_changes_with_content_and_versions() -> None:
    a = RuleSet.load([nasional, kab_uji]).fingerprint
    assert a == RuleSet.load([kab_uji, nasional]).fingerprint
    bumped = ModulePlugin("kab-uji", "1.0.1", jurisdictions=kab_uji._jurisdictions,
                          agencies=kab_uji._agencies, modules=kab_uji.modules)
    assert RuleSet.load([nasional, bumped]).fingerprint != a


def test_an_unrelated_plugin_changes_no_decision() -> None:
    from .conftest import staff

    alone = Resolver(plugins=[nasional, kab_uji])
    with_other = Resolver(plugins=[nasional, kab_uji, region(policies=[policy()])])
    for day in ("2025-03-25", "2025-12-03", "2026-01-08"):
        a, b = alone.decide(staff(), day), with_other.decide(staff(), day)
        assert a.to_dict()["trace"] == b.to_dict()["trace"]
        assert a.arrangement is b.arrangement and a.permitted == b.permitted


def test_allow_list_of_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    r = Resolver(allow=["nasional"])
    assert [p.name for p in r.ruleset.plugins] == ["nasional"]
    monkeypatch.setenv("KEBIJAKAN_ASN_PLUGINS", "nasional")
    assert [p.name for p in Resolver().ruleset.plugins] == ["nasional"]
    with pytest.raises(RuleSetError, match="not installed"):
        Resolver(allow=["nasional", "kab-tidak-ada"])
