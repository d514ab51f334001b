"""Every case of ``scenarios/*.toml``: one employee-day each, as the articles describe it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kebijakan_asn import Resolver
from kebijakan_asn.testing import Scenario, check_scenario, load_scenarios

CASES = load_scenarios(Path(__file__).parent / "scenarios")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_scenario(resolver: Resolver, case: Scenario) -> None:
    check_scenario(resolver, case)
