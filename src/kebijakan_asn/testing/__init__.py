"""Testing kit for rule-set plugins: scenario files and their runner.

>>> from kebijakan_asn.testing import load_scenarios, check_scenario
"""

from __future__ import annotations

from ._scenarios import Scenario, ScenarioFailure, check_scenario, load_scenarios

__all__ = ["Scenario", "ScenarioFailure", "check_scenario", "load_scenarios"]
