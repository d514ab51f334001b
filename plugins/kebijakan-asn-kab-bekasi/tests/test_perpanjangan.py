"""The extension 800/SE-34/BKPPD inherits the rules of 800/SE-26/BKPPD.

domain.md §6: "extended to 14 Apr 2020 by SE Bupati 800/SE-34/BKPPD".  The
extension module defines no exemptions and no rank rules; the resolver must
apply those of the policy it ``amends`` (SPEC §5, the docstring of
``Resolver._consider``).  Checked on every agency, position, status and
direct-service flag: the last day of the original (Tuesday 31 March 2020) and
the first day of the extension (Wednesday 1 April 2020) give the same answer.
"""

from __future__ import annotations

import itertools

import kebijakan_asn_kab_bekasi as kab
import pytest
from kebijakan_asn_kab_bekasi import se_800_se_26_bkppd_2020 as original
from kebijakan_asn_kab_bekasi import se_800_se_34_bkppd_2020 as extension

from kebijakan_asn import Employee, Position, Resolver, Status


def test_extension_has_no_rules_of_its_own() -> None:
    assert extension.POLICY.amends == original.POLICY_ID
    assert not getattr(extension, "EXEMPTIONS", [])
    assert not getattr(extension, "RANK_RULES", [])
    owned = [e for e in kab.plugin.kebijakan_asn_exemptions()
             if e.policy == extension.POLICY_ID]
    owned_rules = [r for r in kab.plugin.kebijakan_asn_rank_rules()
                   if r.policy == extension.POLICY_ID]
    assert owned == [] and owned_rules == []
    assert extension.POLICY.provisions == original.POLICY.provisions
    assert extension.POLICY.conditions == original.POLICY.conditions


def test_periods_follow_each_other() -> None:
    (first,) = original.POLICY.periods
    (second,) = extension.POLICY.periods
    assert (first.end - second.start).days == -1  # type: ignore[operator]


@pytest.mark.parametrize("agency", [a.code for a in kab.AGENCIES])
def test_same_answer_before_and_after_the_extension(resolver: Resolver, agency: str) -> None:
    for position, status, direct in itertools.product(Position, Status, (False, True)):
        e = Employee(jurisdiction="kab-bekasi", agency=agency, position=position,
                     status=status, direct_service=direct)
        before = resolver.decide(e, "2020-03-31")
        after = resolver.decide(e, "2020-04-01")
        assert before.permitted == after.permitted, (agency, position, status, direct)
        assert [c.code for c in before.conditions] == [c.code for c in after.conditions]
        mine = [s.reason for s in before.trace if s.policy == original.POLICY_ID]
        theirs = [s.reason for s in after.trace if s.policy == extension.POLICY_ID]
        assert mine == theirs, (agency, position, status, direct)


@pytest.mark.parametrize(("position", "reason"), [
    ("jpt-pratama", "rank-excluded"),
    ("administrator", "rank-excluded"),
    ("jpt-madya", "rank-excluded"),
    ("pengawas", "granted"),
    ("fungsional", "granted"),
    ("pelaksana", "granted"),
])
def test_inherited_rank_rules(resolver: Resolver, position: str, reason: str) -> None:
    e = Employee(jurisdiction="kab-bekasi", agency="bappeda", position=position)
    d = resolver.decide(e, "2020-04-06")
    assert [s.reason for s in d.trace if s.policy == extension.POLICY_ID] == [reason]


def test_inherited_quote_is_the_amended_circulars(resolver: Resolver) -> None:
    e = Employee(jurisdiction="kab-bekasi", agency="disdukcapil", position="pelaksana")
    d = resolver.decide(e, "2020-04-06")
    (step,) = [s for s in d.trace if s.policy == extension.POLICY_ID]
    assert step.reason == "exempt"
    assert "Dinas/Badan/Kecamatan" in step.param("quote")
