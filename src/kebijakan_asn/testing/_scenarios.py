"""Scenario files: decision tests as data a non-programmer can read and extend.

A scenario file is TOML.  Top-level keys describe the file; ``[defaults]``
fills every case; each ``[[case]]`` is one employee on one or more dates with
what the decision must be::

    policy = "kab-bekasi/2025-wfa-lebaran"
    source = "seed 001"

    [defaults]
    jurisdiction = "kab-bekasi"
    position = "pelaksana"

    [[case]]
    name = "Bappeda staff may work from anywhere"
    quote = "ASN di luar OPD yang bersentuhan langsung dengan pelayanan ..."
    agency = "bappeda"
    date = "2025-03-24"
    expect.arrangement = "wfo"
    expect.permitted = ["wfa", "wfo"]
    expect.conditions = ["laporan-kinerja", "persetujuan-pimpinan", "presensi"]

Employee keys: ``jurisdiction agency position status direct_service
rotation_group id nip facts`` (``facts = {office_access_cut = true}``).
Case keys: ``name`` (required), ``quote``, ``date`` or ``dates``,
``include_drafts``.  Expectations (all optional, at least one):

=====================  ==========================================================
``arrangement``        the arrangement
``permitted``          the exact sorted list of permitted arrangements
``not_permitted``      arrangements that must not be permitted
``conditions``         the exact set of condition codes
``basis``              policy ids that must be in the basis
``not_basis``          policy ids that must not be in the basis
``trace``              ``{policy = "reason"}``: the reason code of that policy's step
``notes``              note codes that must be present; ``"code@policy"`` also
                       names the policy the note is about
``not_notes``          note codes (or ``"code@policy"``) that must be absent
``holiday``            text the explanation's holiday name must contain
``drafts_used``        the exact list of drafts used
``error``              the decision must fail with a message containing this text
=====================  ==========================================================
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .._decision import Decision
from .._errors import KebijakanError, ValidationError
from .._model import Employee
from .._resolver import Resolver

__all__ = ["Scenario", "ScenarioFailure", "check_scenario", "load_scenarios", "scenario_tests"]

_EMPLOYEE_KEYS = {"jurisdiction", "agency", "position", "status", "direct_service",
                  "rotation_group", "id", "nip", "facts"}
_CASE_KEYS = {"name", "quote", "date", "dates", "include_drafts", "expect"}
_EXPECT_KEYS = {"arrangement", "permitted", "not_permitted", "conditions", "basis",
                "not_basis", "trace", "notes", "not_notes", "holiday", "drafts_used",
                "error"}


class ScenarioFailure(AssertionError):
    """A scenario whose decision differs from what the file expects."""


@attrs.frozen
class Scenario:
    """One case of a scenario file, on one date."""

    file: str
    index: int
    name: str
    employee: Mapping[str, Any]
    date: str
    expect: Mapping[str, Any]
    include_drafts: bool = False
    quote: str = ""

    @property
    def id(self) -> str:
        """``kab_bekasi_lebaran.toml#3 2025-03-24 Bappeda staff may ...``."""
        return f"{Path(self.file).name}#{self.index} {self.date} {self.name}"


def _fail(path: Path, where: str, message: str) -> ValueError:
    return ValueError(f"{path}: {where}: {message}")


def load_scenarios(paths: Path | str | Iterable[Path | str]) -> list[Scenario]:
    """Read scenario files (a file, a directory of ``*.toml``, or several)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.toml")) if p.is_dir() else [p])
    out: list[Scenario] = []
    for path in files:
        with path.open("rb") as fh:
            try:
                data = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise _fail(path, "TOML", str(exc)) from None
        defaults = data.get("defaults", {})
        cases = data.get("case", [])
        if not cases:
            raise _fail(path, "file", "no [[case]] tables")
        for i, case in enumerate(cases, 1):
            where = f"case {i}"
            unknown = set(case) - _CASE_KEYS - _EMPLOYEE_KEYS
            if unknown:
                raise _fail(path, where, f"unknown keys {sorted(unknown)}")
            if "name" not in case:
                raise _fail(path, where, "every case needs a name")
            expect = case.get("expect", {})
            if not expect:
                raise _fail(path, where, "every case needs at least one expect.* key")
            bad = set(expect) - _EXPECT_KEYS
            if bad:
                raise _fail(path, where, f"unknown expectations {sorted(bad)}; "
                            f"expected {sorted(_EXPECT_KEYS)}")
            employee = {k: v for k, v in {**defaults, **case}.items() if k in _EMPLOYEE_KEYS}
            dates = case.get("dates") or [case.get("date", defaults.get("date"))]
            for date in dates:
                if date is None:
                    raise _fail(path, where, "give date or dates")
                out.append(Scenario(
                    file=str(path), index=i, name=case["name"], employee=employee,
                    date=str(date), expect=expect,
                    include_drafts=bool(case.get("include_drafts",
                                                 defaults.get("include_drafts", False))),
                    quote=case.get("quote", ""),
                ))
    return out


def _codes(values: Sequence[Any]) -> list[str]:
    return sorted(str(getattr(v, "value", v)) for v in values)


def check_scenario(resolver: Resolver, scenario: Scenario) -> Decision | None:
    """Decide *scenario* and raise :class:`ScenarioFailure` listing every mismatch."""
    expect = scenario.expect
    try:
        employee = Employee(**scenario.employee)
        decision = resolver.decide(employee, scenario.date,
                                   include_drafts=scenario.include_drafts)
    except (ValidationError, KebijakanError, TypeError) as exc:
        if "error" in expect and str(expect["error"]) in str(exc):
            return None
        raise ScenarioFailure(f"{scenario.id}: decision failed: {exc}") from exc
    problems: list[str] = []
    if "error" in expect:
        problems.append(f"expected an error containing {expect['error']!r}, got a decision")

    def compare(key: str, actual: object, wanted: object) -> None:
        if actual != wanted:
            problems.append(f"{key}: expected {wanted!r}, got {actual!r}")

    if "arrangement" in expect:
        compare("arrangement", decision.arrangement.value, expect["arrangement"])
    if "permitted" in expect:
        compare("permitted", _codes(decision.permitted), sorted(expect["permitted"]))
    for a in expect.get("not_permitted", []):
        if a in _codes(decision.permitted):
            problems.append(f"not_permitted: {a!r} is permitted")
    if "conditions" in expect:
        compare("conditions", sorted({c.code.value for c in decision.conditions}),
                sorted(set(expect["conditions"])))
    for pid in expect.get("basis", []):
        if pid not in decision.policies:
            problems.append(f"basis: {pid!r} missing from {list(decision.policies)}")
    for pid in expect.get("not_basis", []):
        if pid in decision.policies:
            problems.append(f"not_basis: {pid!r} is in the basis")
    for pid, reason in expect.get("trace", {}).items():
        found = [s.reason for s in decision.trace if s.policy == pid]
        if reason not in found:
            problems.append(f"trace: {pid!r} expected reason {reason!r}, got {found}")
    notes = {n.code for n in decision.notes} | {f"{n.code}@{n.policy}" for n in decision.notes}
    for code in expect.get("notes", []):
        if code not in notes:
            problems.append(f"notes: {code!r} missing from {sorted(notes)}")
    for code in expect.get("not_notes", []):
        if code in notes:
            problems.append(f"not_notes: {code!r} is among the notes")
    if "holiday" in expect:
        names = [s.param("name") for s in decision.trace if s.reason == "holiday"]
        if not any(str(expect["holiday"]) in n for n in names):
            problems.append(f"holiday: no holiday named like {expect['holiday']!r} in {names}")
    if "drafts_used" in expect:
        compare("drafts_used", list(decision.drafts_used), list(expect["drafts_used"]))
    if problems:
        raise ScenarioFailure(
            f"{scenario.id}:\n  " + "\n  ".join(problems)
            + "\n" + decision.explain("en")
        )
    return decision



def scenario_tests(paths: Path | str | Iterable[Path | str], *,
                   resolver: str = "kebijakan_resolver") -> Callable[..., None]:
    """A pytest test function running every case of the scenario files at *paths*.

    One line in a test module::

        test_scenario = scenario_tests("scenarios")

    Relative paths are taken from the directory of the calling module.  Each
    case is one test (its id is the file, case number, date and name), decided
    by the fixture named *resolver* — ``kebijakan_resolver`` (the national
    rules and the ``kebijakan_plugin`` under test) unless you name your own.
    """
    import pytest

    caller = sys._getframe(1).f_globals.get("__file__")
    base = Path(caller).parent if caller else Path.cwd()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    cases = load_scenarios([p if Path(p).is_absolute() else base / p for p in paths])

    @pytest.mark.parametrize("kebijakan_scenario", cases, ids=[c.id for c in cases])
    def test_scenario(kebijakan_scenario: Scenario, request: pytest.FixtureRequest) -> None:
        try:
            check_scenario(request.getfixturevalue(resolver), kebijakan_scenario)
            failure = ""
        except ScenarioFailure as exc:
            failure = str(exc)
        if failure:
            pytest.fail(failure, pytrace=False)

    return test_scenario
