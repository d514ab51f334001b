"""Testing kit for rule-set plugins: scenario files, the conformance suite, a frozen calendar.

>>> from kebijakan_asn.testing import load_scenarios, check_scenario
>>> from kebijakan_asn.testing import conformance, scenario_tests
>>> from kebijakan_asn.testing import serving  # kebijakan-asn serve, for a test

The pytest plugin (:mod:`kebijakan_asn.testing.plugin`, loaded automatically
where kebijakan-asn is installed) adds the fixtures ``kebijakan_plugin``,
``kebijakan_resolver``, ``make_employee``, ``make_agency`` and
``frozen_calendar``.  See ``docs/tutorial.md``.  The scenario file format,
with every expectation key, is the docstring of
:mod:`kebijakan_asn.testing._scenarios`.

The names are imported on first use, so loading the pytest plugin costs
nothing in test runs that do not use the kit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import conformance
    from ._calendar import FROZEN_FROM, FROZEN_YEARS, FrozenCalendar
    from ._scenarios import (
        Scenario,
        ScenarioFailure,
        check_scenario,
        load_scenarios,
        scenario_tests,
    )
    from ._serve import ServeError, serving
    from .conformance import Problem, check_conformance

__all__ = [
    "FROZEN_FROM",
    "FROZEN_YEARS",
    "FrozenCalendar",
    "Problem",
    "Scenario",
    "ScenarioFailure",
    "ServeError",
    "check_conformance",
    "check_scenario",
    "conformance",
    "load_scenarios",
    "scenario_tests",
    "serving",
]

_WHERE = {
    "FROZEN_FROM": "._calendar",
    "FROZEN_YEARS": "._calendar",
    "FrozenCalendar": "._calendar",
    "Problem": ".conformance",
    "Scenario": "._scenarios",
    "ScenarioFailure": "._scenarios",
    "ServeError": "._serve",
    "check_conformance": ".conformance",
    "check_scenario": "._scenarios",
    "load_scenarios": "._scenarios",
    "scenario_tests": "._scenarios",
    "serving": "._serve",
}


def __getattr__(name: str) -> Any:
    if name == "conformance":
        return importlib.import_module(".conformance", __name__)
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
