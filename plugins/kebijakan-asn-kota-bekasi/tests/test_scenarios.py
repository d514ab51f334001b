"""Every case of the scenario files in ``scenarios/`` (one file per policy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kebijakan_asn import Resolver
from kebijakan_asn.testing import Scenario, check_scenario, load_scenarios

CASES = load_scenarios(Path(__file__).parent / "scenarios")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_scenario(resolver: Resolver, case: Scenario) -> None:
    check_scenario(resolver, case)
