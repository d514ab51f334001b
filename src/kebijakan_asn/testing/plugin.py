"""The pytest plugin of the testing kit (entry point ``pytest11``: ``kebijakan_asn``).

Installed with kebijakan-asn, it is loaded by every pytest run in the
environment, so it does nothing at import time but define fixtures, three ini
options and a collector that is off unless asked for.  Everything else is
imported when a fixture is first used.

Fixtures for plugin authors:

``kebijakan_plugin``
    The plugin under test.  Override it in your ``conftest.py`` (any scope)::

        @pytest.fixture(scope="session")
        def kebijakan_plugin():
            return kebijakan_asn_kab_contoh_baru.plugin

    or name it in the ini option ``kebijakan_plugin = "package:attribute"``.
``kebijakan_resolver``
    ``Resolver(plugins=[nasional, kebijakan_plugin])``: the national rules and
    your plugin, nothing else that happens to be installed.  Built once per
    plugin object.
``make_employee``
    ``make_employee("bappeda", "pelaksana", status="pppk", facts={...})``: an
    :class:`~kebijakan_asn.Employee` of the plugin's (first) government,
    checked against the resolver so a misspelt agency fails at once.
``make_agency``
    ``make_agency("dinas-baru", kind="dinas", parent=None, ...)``: an
    :class:`~kebijakan_asn.Agency` of the plugin's government, for tests that
    build a variant catalog.
``frozen_calendar``
    ``frozen_calendar(2025, 2026)``: a
    :class:`~kebijakan_asn.testing.FrozenCalendar` — the national holidays of
    those years frozen in the kit, so the test does not depend on the
    installed ``holidays`` release; ``.resolver()`` gives a resolver over it
    and the plugin under test.

Ini options: ``kebijakan_scenarios`` (directories whose ``*.toml`` scenario
files are collected as tests, run against ``kebijakan_resolver``),
``kebijakan_plugin`` and ``kebijakan_year`` (the reference year of the
conformance suite).
"""

from __future__ import annotations

import importlib
import types
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .._model import Agency, Employee
    from .._resolver import Resolver
    from ._calendar import FrozenCalendar

__all__ = [
    "frozen_calendar",
    "kebijakan_plugin",
    "kebijakan_resolver",
    "make_agency",
    "make_employee",
    "pytest_addoption",
    "pytest_collect_file",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("kebijakan_scenarios", type="paths", default=[],
                  help="kebijakan-asn: directories of scenario files (*.toml) to collect as "
                       "tests against the kebijakan_resolver fixture")
    parser.addini("kebijakan_plugin", default="",
                  help="kebijakan-asn: the plugin under test as 'package:attribute' "
                       "(instead of overriding the kebijakan_plugin fixture)")
    parser.addini("kebijakan_year", default="",
                  help="kebijakan-asn: the reference year of the conformance suite")


# --------------------------------------------------------------------------- scenario files


class ScenarioFile(pytest.Module):
    """A scenario file collected as a module holding one parametrised test."""

    def _getobj(self) -> types.ModuleType:
        from ._scenarios import scenario_tests

        module = types.ModuleType(self.path.stem)
        module.__file__ = str(self.path)
        module.test_scenario = scenario_tests(self.path)  # type: ignore[attr-defined]
        return module


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix != ".toml":
        return None
    roots = parent.config.getini("kebijakan_scenarios")
    if not roots:
        return None
    for root in roots:
        try:
            file_path.relative_to(Path(root))
        except ValueError:
            continue
        return ScenarioFile.from_parent(parent, path=file_path)
    return None


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def kebijakan_plugin(pytestconfig: pytest.Config) -> object:
    """The plugin under test: override this fixture, or set the ini option."""
    spec = str(pytestconfig.getini("kebijakan_plugin") or "").strip()
    if not spec:
        pytest.fail(
            "kebijakan_plugin: no plugin under test; define the fixture in your conftest.py "
            "(@pytest.fixture def kebijakan_plugin(): return my_package.plugin) or set the "
            "ini option kebijakan_plugin = 'my_package:plugin'", pytrace=False)
    module, _, attribute = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), attribute or "plugin")
    except (ImportError, AttributeError) as exc:
        pytest.fail(f"kebijakan_plugin = {spec!r}: cannot load it ({exc}); expected "
                    "'package:attribute'", pytrace=False)


_RESOLVERS: dict[int, tuple[object, Resolver]] = {}


def resolver_for(plugin: object) -> Resolver:
    """``Resolver(plugins=[nasional, plugin])``, built once per plugin object."""
    cached = _RESOLVERS.get(id(plugin))
    if cached is None or cached[0] is not plugin:
        from .. import nasional
        from .._resolver import Resolver

        plugins = [plugin] if plugin is nasional.plugin else [nasional.plugin, plugin]
        cached = (plugin, Resolver(plugins=plugins))
        _RESOLVERS[id(plugin)] = cached
    return cached[1]


@pytest.fixture
def kebijakan_resolver(kebijakan_plugin: object) -> Resolver:
    """The national rules and the plugin under test, and nothing else installed."""
    return resolver_for(kebijakan_plugin)


def _home(resolver: Resolver, plugin: object) -> str:
    """The plugin's (first) government."""
    name = getattr(plugin, "PLUGIN_NAME", None)
    rs = resolver.ruleset
    own = [j for j in rs.jurisdictions if rs.origin("jurisdiction", j) == name]
    if own:
        return own[0]
    others = [j for j in rs.jurisdictions if j != "nasional"]
    return others[0] if others else "nasional"


@pytest.fixture
def make_employee(kebijakan_resolver: Resolver, kebijakan_plugin: object
                  ) -> Callable[..., Employee]:
    """A factory of employees of the plugin's government, checked against the rule set."""
    from .._model import Employee

    home = _home(kebijakan_resolver, kebijakan_plugin)

    def make(agency: str = "setda", position: str = "pelaksana", **fields: Any) -> Employee:
        fields.setdefault("jurisdiction", home)
        employee = Employee(agency=agency, position=position, **fields)
        kebijakan_resolver.check(employee)
        return employee

    return make


@pytest.fixture
def make_agency(kebijakan_resolver: Resolver, kebijakan_plugin: object
                ) -> Callable[..., Agency]:
    """A factory of agencies of the plugin's government (name defaults to the code)."""
    from .._model import Agency

    home = _home(kebijakan_resolver, kebijakan_plugin)

    def make(code: str, kind: str = "dinas", **fields: Any) -> Agency:
        fields.setdefault("jurisdiction", home)
        fields.setdefault("name", code.replace("-", " ").title())
        return Agency(code=code, kind=kind, **fields)

    return make


@pytest.fixture
def frozen_calendar(request: pytest.FixtureRequest) -> Callable[..., FrozenCalendar]:
    """``frozen_calendar(2025, 2026)``: the national holidays of those years, frozen."""
    from ._calendar import FrozenCalendar

    class _Bound(FrozenCalendar):
        def resolver(self, *plugins: object) -> Resolver:
            if not plugins:
                plugins = (request.getfixturevalue("kebijakan_plugin"),)
            return super().resolver(*plugins)

    def freeze(*years: int) -> FrozenCalendar:
        try:
            return _Bound(*years)
        except ValueError as exc:
            pytest.fail(str(exc), pytrace=False)

    return freeze
