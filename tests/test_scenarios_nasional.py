"""The national scenario files (``tests/scenarios``), decided with the frozen calendar."""

from __future__ import annotations

import pytest

from kebijakan_asn import Resolver
from kebijakan_asn.testing import FrozenCalendar, scenario_tests


@pytest.fixture(scope="module")
def frozen() -> Resolver:
    """The national rules alone, with the holidays of 2020 to 2023 frozen."""
    return FrozenCalendar(2020, 2021, 2022, 2023).resolver()


test_scenario = scenario_tests("scenarios", resolver="frozen")
