"""Every case of ``tests/scenarios/*.toml``: one employee on one date, as the articles say."""

from __future__ import annotations

from pathlib import Path

import pytest

from kebijakan_asn import Resolver
from kebijakan_asn.testing import Scenario, check_scenario, load_scenarios

SCENARIOS = load_scenarios(Path(__file__).parent / "scenarios")


@pytest.mark.parametrize("case", SCENARIOS, ids=lambda case: case.id)
def test_scenario(resolver: Resolver, case: Scenario) -> None:
    check_scenario(resolver, case)
