"""The plugin-author kit: the tutorial run end to end, the template, the pytest
plugin's fixtures and collector, the frozen calendar, the conformance suite.

The tutorial (``docs/tutorial.md``) is executed as written: its ``bash``
blocks are interpreted command by command (``cp``, ``cd``, ``python
rename.py``, ``rm``, ``python -m pytest``, ``kebijakan-asn``; ``pip install``
is replaced by putting ``src`` on the path), and every code block captioned
"File `PATH`:" is written to PATH.  Nothing is pip-installed.  The file blocks
are fenced ``py``, not ``python``: they are modules of a package (relative
imports, test functions), run here rather than by ``test_docs.py``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import importlib.metadata
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import kebijakan_asn.nasional
from kebijakan_asn import (
    Agency,
    Citation,
    Condition,
    Exemption,
    FactSpec,
    Holiday,
    Jurisdiction,
    ModulePlugin,
    Period,
    PluginError,
    Policy,
    Provision,
    Quota,
    RankRule,
    Recurrence,
    Resolver,
    Rotation,
    _cli,
)
from kebijakan_asn.cli import _common as _cli_common
from kebijakan_asn.testing import FROZEN_YEARS, FrozenCalendar, conformance
from kebijakan_asn.testing.conformance import check_conformance

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "tutorial.md"
TEMPLATE = ROOT / "templates" / "kebijakan-asn-region"
nasional = kebijakan_asn.nasional.plugin


# --------------------------------------------------------------------------- helpers


def _kit_args() -> list[str]:
    """``-p kebijakan_asn.testing.plugin`` unless the entry point loads it already."""
    names = {ep.name for ep in importlib.metadata.entry_points(group="pytest11")}
    return [] if "kebijakan_asn" in names else ["-p", "kebijakan_asn.testing.plugin"]


def _pytest(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *_kit_args(), *args],
        cwd=cwd, capture_output=True, text=True, env=env, timeout=300,
    )


def _passed(output: str) -> int:
    found = re.search(r"(\d+) passed", output)
    return int(found.group(1)) if found else 0


def _copy_template(target: Path) -> None:
    shutil.copytree(TEMPLATE, target, ignore=shutil.ignore_patterns(
        "__pycache__", "*.egg-info", ".pytest_cache", ".mypy_cache", ".ruff_cache"))


@contextlib.contextmanager
def _importable(src: Path, package: str) -> Iterator[Any]:
    """Import *package* from *src* for the duration of the block."""
    sys.path.insert(0, str(src))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(src))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


_FENCE = re.compile(r"(?:^File `(?P<file>[^`]+)`:\n\n)?^```(?P<lang>\w*)\n(?P<body>.*?)^```",
                    re.M | re.S)


def tutorial_steps() -> list[tuple[str, str, str]]:
    """``(kind, target, body)``: ``("file", path, text)``, ``("bash", "", commands)``,
    ``("text", "", shown output)``, in page order."""
    steps = []
    for m in _FENCE.finditer(TUTORIAL.read_text(encoding="utf-8")):
        if m["file"]:
            steps.append(("file", m["file"], m["body"]))
        elif m["lang"] in ("bash", "text"):
            steps.append((m["lang"], "", m["body"]))
    return steps


class _Tutorial:
    """Runs the tutorial's steps in a temporary directory."""

    def __init__(self, root: Path) -> None:
        self.cwd = root
        self.installed = False
        self.pytest_output = ""
        self.cli_outputs: list[tuple[str, str]] = []
        self.files: list[str] = []

    def run(self, command: str, shown: str | None) -> None:
        argv = shlex.split(command)
        if argv[:2] == ["cp", "-r"]:
            assert argv[2] == "templates/kebijakan-asn-region", command
            _copy_template(self.cwd / argv[3])
        elif argv[0] == "cd":
            self.cwd = self.cwd / argv[1]
        elif argv[:2] == ["python", "rename.py"]:
            done = subprocess.run([sys.executable, *argv[1:]], cwd=self.cwd,
                                  capture_output=True, text=True, check=False)
            assert done.returncode == 0, done.stderr
            assert not (self.cwd / "rename.py").exists()
        elif argv[0] == "rm":
            for name in argv[1:]:
                (self.cwd / name).unlink()
        elif argv[:3] == ["python", "-m", "pytest"]:
            done = _pytest(self.cwd, *argv[3:])
            self.pytest_output = done.stdout + done.stderr
            assert done.returncode == 0, self.pytest_output
        elif argv[:3] == ["pip", "install", "-e"]:
            self.installed = True  # replaced by sys.path: nothing is pip-installed
        elif argv[0] == "kebijakan-asn":
            assert self.installed, "the tutorial runs the CLI before installing the plugin"
            self.cli_outputs.append((command, self._cli(argv[1:])))
            if shown is not None:
                assert self.cli_outputs[-1][1] == shown.rstrip("\n"), command
        else:  # pragma: no cover - the failure report
            pytest.fail(f"the tutorial runs {command!r}, which this test cannot replay")

    def _cli(self, argv: list[str]) -> str:
        package = self.package()
        with _importable(self.cwd / "src", package) as module:
            resolver = Resolver(plugins=[nasional, module.plugin])
            buf = io.StringIO()
            saved = _cli_common.make_resolver
            _cli_common.make_resolver = lambda args: resolver
            try:
                with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
                    code = _cli.main(argv)
            finally:
                _cli_common.make_resolver = saved
        assert code == 0, buf.getvalue()
        return buf.getvalue().rstrip("\n")

    def package(self) -> str:
        (found,) = [p.name for p in (self.cwd / "src").iterdir() if p.is_dir()
                    and (p / "__init__.py").exists()]
        return found


@pytest.fixture(scope="module")
def tutorial(tmp_path_factory: pytest.TempPathFactory) -> _Tutorial:
    """The tutorial, run from start to end once."""
    run = _Tutorial(tmp_path_factory.mktemp("tutorial"))
    steps = tutorial_steps()
    for i, (kind, target, body) in enumerate(steps):
        if kind == "file":
            path = run.cwd / target
            assert path.parent.is_dir(), f"the tutorial writes {target} into no directory"
            path.write_text(body, encoding="utf-8")
            run.files.append(target)
        elif kind == "bash":
            following = steps[i + 1] if i + 1 < len(steps) else None
            lines = [x for x in body.splitlines() if x.strip()]
            for j, line in enumerate(lines):
                last = j == len(lines) - 1
                shown = following[2] if last and following and following[0] == "text" else None
                run.run(line, shown)
    return run


# --------------------------------------------------------------------------- the tutorial


def test_the_tutorial_runs_to_a_passing_suite(tutorial: _Tutorial) -> None:
    out = tutorial.pytest_output
    assert tutorial.package() == "kebijakan_asn_kab_contoh_baru"
    for check in conformance.CHECKS:
        assert f"test_conformance[{check}]" not in out  # -q lists failures only
    # 10 conformance checks, 13 scenario case-dates, the 2 tests of test_wfa_week.py
    assert _passed(out) == len(conformance.CHECKS) + 13 + 2, out
    assert " failed" not in out and " error" not in out


def test_every_code_block_of_the_tutorial_is_executed() -> None:
    text = TUTORIAL.read_text(encoding="utf-8")
    py_blocks = re.findall(r"^```py\n", text, re.M)
    files = [s for s in tutorial_steps() if s[0] == "file"]
    assert len(py_blocks) == sum(1 for f in files if f[1].endswith(".py"))
    assert [f[1] for f in files] == [
        "src/kebijakan_asn_kab_contoh_baru/agencies.py",
        "src/kebijakan_asn_kab_contoh_baru/se_800_1_12_bkpsdm_2026.py",
        "src/kebijakan_asn_kab_contoh_baru/__init__.py",
        "tests/scenarios/2026-wfa-idul-fitri.toml",
        "tests/test_wfa_week.py",
    ]


def test_the_tutorial_shows_the_check_output_it_gets(tutorial: _Tutorial) -> None:
    ((command, output),) = tutorial.cli_outputs
    assert command.startswith("kebijakan-asn check --jurisdiction kab-contoh-baru")
    assert "Conflicts: none" in output and "No conflict." in output


def test_the_tutorial_plugin_fails_conformance_as_the_page_says(tutorial: _Tutorial) -> None:
    shown = [body for kind, _, body in tutorial_steps() if kind == "text"
             and body.startswith("[citations]")]
    assert len(shown) == 1
    with _importable(tutorial.cwd / "src", tutorial.package()) as module:
        instrument = module.se_800_1_12_bkpsdm_2026
        plugin = module.plugin
        assert check_conformance(plugin) == []

        class Unquoted:
            POLICIES = instrument.POLICIES
            RANK_RULES = instrument.RANK_RULES
            EXEMPTIONS = [attrs.evolve(e, quote="") if e.agency == "dinkes" else e
                          for e in instrument.EXEMPTIONS]

        broken = ModulePlugin("kab-contoh-baru", "0.1.0", jurisdictions=[module.JURISDICTION],
                              agencies=module.AGENCIES, modules=[Unquoted])
        problems = check_conformance(broken, checks=["citations"])
    assert [str(p) for p in problems] == [shown[0].strip()]


def test_the_template_passes_its_own_tests_as_copied(tmp_path: Path) -> None:
    _copy_template(tmp_path / "region")
    done = _pytest(tmp_path / "region")
    assert done.returncode == 0, done.stdout + done.stderr
    assert _passed(done.stdout) == len(conformance.CHECKS) + 3


def test_the_template_marks_its_placeholders() -> None:
    marked = [p.relative_to(TEMPLATE).as_posix() for p in sorted(TEMPLATE.rglob("*"))
              if p.is_file() and "TEMPLAT" in p.read_text(encoding="utf-8")]
    assert marked == [
        "README.md", "pyproject.toml", "rename.py",
        "src/kebijakan_asn_kab_templat/__init__.py",
        "src/kebijakan_asn_kab_templat/agencies.py",
        "src/kebijakan_asn_kab_templat/se_contoh.py",
        "tests/conftest.py", "tests/scenarios/se_contoh.toml",
    ]


def test_rename_refuses_a_code_that_is_not_a_region(tmp_path: Path) -> None:
    _copy_template(tmp_path / "r")
    done = subprocess.run([sys.executable, "rename.py", "Kab Contoh"], cwd=tmp_path / "r",
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "expected a lowercase slug" in done.stderr
    assert (tmp_path / "r" / "rename.py").exists()


def test_a_renamed_template_passes_its_tests(tmp_path: Path) -> None:
    _copy_template(tmp_path / "r")
    subprocess.run([sys.executable, "rename.py", "kota-contoh", "--keep"], cwd=tmp_path / "r",
                   capture_output=True, check=True)
    agencies = (tmp_path / "r/src/kebijakan_asn_kota_contoh/agencies.py").read_text("utf-8")
    assert 'level="kota"' in agencies and "Pemerintah Kota Contoh" in agencies
    assert (tmp_path / "r" / "rename.py").exists()
    pyproject = (tmp_path / "r/pyproject.toml").read_text("utf-8")
    assert 'kota-contoh = "kebijakan_asn_kota_contoh:plugin"' in pyproject
    leftovers = [p for p in (tmp_path / "r").rglob("*") if p.is_file() and p.name != "rename.py"
                 and re.search("kab.templat|Kabupaten Templat", p.read_text("utf-8"))]
    assert leftovers == []
    done = _pytest(tmp_path / "r")
    assert done.returncode == 0, done.stdout + done.stderr
    assert _passed(done.stdout) == len(conformance.CHECKS) + 3


def test_rename_writes_names_and_clears_the_markers_it_settled(tmp_path: Path) -> None:
    _copy_template(tmp_path / "r")
    subprocess.run([sys.executable, "rename.py", "prov-dki-jakarta", "--keep"],
                   cwd=tmp_path / "r", capture_output=True, check=True)
    src = tmp_path / "r/src/kebijakan_asn_prov_dki_jakarta"
    agencies = (src / "agencies.py").read_text("utf-8").splitlines()
    assert 'J = "prov-dki-jakarta"' in agencies                    # no "# TEMPLAT" left
    assert '    name="Pemerintah Provinsi DKI Jakarta",' in agencies  # DKI, not Dki
    assert '    level="provinsi",' in agencies
    assert any("kemendagri=None,  # TEMPLAT" in line for line in agencies)  # still to do
    example = (src / "se_contoh.py").read_text("utf-8")
    assert 'issuer="Gubernur DKI Jakarta"' in example
    for path in (tmp_path / "r").rglob("*.py"):
        for line in path.read_text("utf-8").splitlines():
            if "prov-dki-jakarta" in line or "DKI Jakarta" in line:
                assert "# TEMPLAT" not in line, (path, line)
    _copy_template(tmp_path / "s")
    subprocess.run([sys.executable, "rename.py", "kota-contoh", "--name", "Kota Contoh Baru"],
                   cwd=tmp_path / "s", capture_output=True, check=True)
    example = (tmp_path / "s/src/kebijakan_asn_kota_contoh/se_contoh.py").read_text("utf-8")
    assert 'issuer="Wali Kota Contoh Baru"' in example and "Bupati" not in example


# --------------------------------------------------------------------------- the pytest plugin


CONFTEST = """
import pytest
from kebijakan_asn import Agency, Citation, Jurisdiction, ModulePlugin, Period, Policy, Provision
import datetime as dt

J = "kab-mini"

class Instrument:
    POLICIES = [Policy(
        id=f"{J}/wfh", jurisdiction=J, title=("WFH uji", "Test WFH"),
        citation=Citation("Surat Edaran", "1/2025", "Bupati Mini", dt.date(2025, 1, 2),
                          provenance="official", source="tests"),
        periods=[Period(dt.date(2025, 3, 24), dt.date(2025, 3, 27))],
        provisions=[Provision("permitted", "wfh", quote="boleh WFH")])]

PLUGIN = ModulePlugin(J, "1.0", jurisdictions=[Jurisdiction(J, "Kabupaten Mini", "kabupaten")],
                      agencies=[Agency(J, "setda", "Sekretariat Daerah", "setda"),
                                Agency(J, "bappeda", "Bappeda", "badan")],
                      modules=[Instrument])
"""

SCENARIO = """
[defaults]
jurisdiction = "kab-mini"
agency = "bappeda"
position = "pelaksana"

[[case]]
name = "permitted"
date = "2025-03-24"
expect.permitted = ["wfh", "wfo"]

[[case]]
name = "wrong on purpose"
date = "2025-03-31"
expect.permitted = ["wfh", "wfo"]
"""


def test_fixtures_give_the_plugin_its_resolver_and_factories(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST + """
@pytest.fixture
def kebijakan_plugin():
    return PLUGIN
""")
    pytester.makepyfile(test_it="""
import pytest
from kebijakan_asn import ValidationError

def test_resolver(kebijakan_resolver, kebijakan_plugin):
    names = [p.name for p in kebijakan_resolver.ruleset.plugins]
    assert names == ["kab-mini", "nasional"]

def test_employee(make_employee, kebijakan_resolver):
    e = make_employee("bappeda")
    assert (e.jurisdiction, e.agency, e.position.value) == ("kab-mini", "bappeda", "pelaksana")
    assert kebijakan_resolver.decide(e, "2025-03-24").permitted == ("wfh", "wfo")
    with pytest.raises(ValidationError, match="did you mean bappeda"):
        make_employee("bapeda")

def test_agency(make_agency):
    a = make_agency("dinas-baru", parent="setda")
    assert (a.jurisdiction, a.code, a.name, a.kind, a.parent) == (
        "kab-mini", "dinas-baru", "Dinas Baru", "dinas", "setda")

from kebijakan_asn import Employee

def test_frozen(frozen_calendar):
    cal = frozen_calendar(2025)
    r = cal.resolver()
    assert [p.name for p in r.ruleset.plugins] == ["kab-mini", "nasional"]
    staff = Employee("kab-mini", "bappeda", "pelaksana")
    assert r.decide(staff, "2025-03-31").arrangement == "libur"   # Idul Fitri 1446 H

def test_frozen_outside(frozen_calendar):
    frozen_calendar(1990)
""")
    result = pytester.runpytest(*_kit_args())
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(["*no frozen calendar for 1990*"])


def test_unused_the_kit_stays_out_of_the_way(pytester: pytest.Pytester) -> None:
    # Scenario files are not collected without the ini option, and a test that
    # asks for the resolver without naming a plugin is told how to name it.
    pytester.mkdir("scenarios")
    (pytester.path / "scenarios" / "wfh.toml").write_text(SCENARIO, encoding="utf-8")
    pytester.makepyfile(test_it="""
def test_plain():
    pass

def test_kit(kebijakan_resolver):
    pass
""")
    result = pytester.runpytest(*_kit_args())
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*define the fixture in your conftest.py*"])


def test_the_plugin_may_be_named_in_the_ini_file(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(mini_plugin=CONFTEST)
    pytester.makeini("[pytest]\nkebijakan_plugin = mini_plugin:PLUGIN\n")
    pytester.makepyfile(test_it="""
def test_it(kebijakan_plugin):
    assert kebijakan_plugin.PLUGIN_NAME == "kab-mini"
""")
    pytester.syspathinsert()
    result = pytester.runpytest(*_kit_args())
    result.assert_outcomes(passed=1)


def test_scenario_files_are_collected_where_the_ini_asks(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST + "\n@pytest.fixture\ndef kebijakan_plugin():\n"
                          "    return PLUGIN\n")
    pytester.mkdir("scenarios")
    (pytester.path / "scenarios" / "wfh.toml").write_text(SCENARIO, encoding="utf-8")
    (pytester.path / "other.toml").write_text("not = 'a scenario'\n", encoding="utf-8")
    pytester.makeini("[pytest]\nkebijakan_scenarios = scenarios\n")
    result = pytester.runpytest(*_kit_args(), "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "*wfh.toml::test_scenario?wfh.toml#1 2025-03-24 permitted? PASSED*",
        "*permitted: expected ?'wfh', 'wfo'?, got ?'libur'?*"])


def test_scenario_tests_helper_reads_paths_next_to_the_module(pytester: pytest.Pytester
                                                              ) -> None:
    pytester.makeconftest(CONFTEST + "\n@pytest.fixture\ndef resolver():\n"
                          "    from kebijakan_asn import Resolver\n"
                          "    from kebijakan_asn.nasional import plugin\n"
                          "    return Resolver(plugins=[plugin, PLUGIN])\n")
    pytester.mkdir("sub")
    pytester.mkdir("sub/scenarios")
    (pytester.path / "sub/scenarios/wfh.toml").write_text(SCENARIO, encoding="utf-8")
    (pytester.path / "sub/test_s.py").write_text(
        "from kebijakan_asn.testing import scenario_tests\n"
        "test_scenario = scenario_tests('scenarios', resolver='resolver')\n", encoding="utf-8")
    result = pytester.runpytest(*_kit_args())
    result.assert_outcomes(passed=1, failed=1)


def test_the_plugin_module_imports_nothing_of_the_kit() -> None:
    code = ("import sys, kebijakan_asn.testing.plugin\n"
            "heavy = [m for m in ('kebijakan_asn.testing.conformance', "
            "'kebijakan_asn.testing._scenarios', 'kebijakan_asn.testing._calendar', "
            "'kebijakan_asn.nasional', 'holidays', 'tomllib') if m in sys.modules]\n"
            "print(heavy)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


# --------------------------------------------------------------------------- frozen calendar


def test_the_frozen_calendar_does_not_read_the_holidays_package(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kebijakan_asn.nasional import skb_libur_cuti_bersama

    live = Resolver(plugins=[nasional]).holidays("nasional", 2025)
    cal = FrozenCalendar(2025)

    def unavailable(year: int) -> tuple[Holiday, ...]:
        raise AssertionError("the holidays package was read")

    monkeypatch.setattr(skb_libur_cuti_bersama, "national_holidays", unavailable)
    resolver = cal.resolver()
    assert resolver.holidays("nasional", 2025) == cal.holidays(2025)
    nyepi = resolver.decide(kebijakan_asn.Employee("nasional", "bkn", "pelaksana"),
                            "2025-03-28")
    assert nyepi.arrangement == "libur"
    if importlib.metadata.version("holidays") == kebijakan_asn.testing.FROZEN_FROM:
        assert cal.holidays(2025) == live  # the snapshot is what that release says


def test_the_frozen_calendar_refuses_years_not_asked_for() -> None:
    cal = FrozenCalendar(2025)
    resolver = cal.resolver()
    with pytest.raises(PluginError, match=r"not 2026; ask for it: frozen_calendar\(2025, 2026\)"):
        resolver.decide(kebijakan_asn.Employee("nasional", "bkn", "pelaksana"), "2026-01-05")
    with pytest.raises(ValueError, match="the snapshot holds 2019-2027"):
        FrozenCalendar(2030)
    assert tuple(range(2019, 2028)) == FROZEN_YEARS


def test_the_frozen_calendar_matches_the_live_one_it_was_taken_from() -> None:
    if importlib.metadata.version("holidays") != kebijakan_asn.testing.FROZEN_FROM:
        pytest.skip("the installed holidays release is not the one the snapshot was taken from")
    live = Resolver(plugins=[nasional])
    cal = FrozenCalendar(*FROZEN_YEARS)
    for year in FROZEN_YEARS:
        assert cal.holidays(year) == live.holidays("nasional", year), year


# --------------------------------------------------------------------------- conformance


J = "kab-rusak"
JUR = Jurisdiction(J, "Pemerintah Kabupaten Rusak", "kabupaten")
CATALOG = [
    Agency(J, "setda", "Sekretariat Daerah", "setda"),
    Agency(J, "bappeda", "Bappeda", "badan"),
    Agency(J, "dinkes", "Dinas Kesehatan", "dinas"),
    Agency(J, "puskesmas", "Puskesmas", "puskesmas", parent="dinkes", direct_service=True),
]


def cite(source: str = "tests", provenance: str = "official",
         signed: dt.date = dt.date(2025, 3, 1), derived: tuple[str, ...] = ()) -> Citation:
    return Citation("Surat Edaran", "1/2025", "Bupati Rusak", signed, provenance=provenance,
                    source=source, derived_from=derived)


def policy(slug: str = "wfh", **kw: Any) -> Policy:
    fields: dict[str, Any] = {
        "id": f"{J}/{slug}", "jurisdiction": J, "title": ("WFH uji coba", "Trial WFH"),
        "citation": cite(), "periods": [Period(dt.date(2025, 3, 24), dt.date(2025, 3, 27))],
        "provisions": [Provision("permitted", "wfh", quote="boleh WFH")],
        "quotes": ["boleh WFH"],
    }
    fields.update(kw)
    return Policy(**fields)


def plugin(*policies: Policy, exemptions: tuple[Exemption, ...] = (),
           rank_rules: tuple[RankRule, ...] = (), agencies: list[Agency] | None = None,
           jurisdictions: list[Jurisdiction] | None = None, **kw: Any) -> ModulePlugin:
    class Module:
        POLICIES = list(policies) or [policy()]
        EXEMPTIONS = list(exemptions)
        RANK_RULES = list(rank_rules)

    return ModulePlugin(J, "0.1", jurisdictions=jurisdictions or [JUR],
                        agencies=CATALOG if agencies is None else agencies,
                        modules=[Module], **kw)


def problems(p: object, check: str) -> list[str]:
    return [f"{x.subject}: {x.message}" for x in check_conformance(p, checks=[check])]


def test_a_good_plugin_has_no_problem() -> None:
    good = plugin(exemptions=(Exemption(f"{J}/wfh", ("kesehatan", "health"), agency="dinkes",
                                        quote="kecuali Dinkes"),))
    assert check_conformance(good) == []


@pytest.mark.parametrize("module", ["kab_contoh"])
def test_the_docs_example_plugin_conforms(module: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "docs" / "examples"))
    example = importlib.import_module(module)
    assert [str(p) for p in check_conformance(example.plugin)
            if p.check != "citations"] == []


def test_loads_reports_a_plugin_that_needs_another_region() -> None:
    needy = plugin(policy(citation=cite(derived=("prov-jabar/2025-wfh-tahap-1",))))
    (found,) = problems(needy, "loads")
    assert "does not load with the national rules alone" in found
    assert "unknown derived_from 'prov-jabar/2025-wfh-tahap-1'" in found
    assert problems(needy, "periods") == ["kab-rusak: the rule set does not load, see the "
                                          "'loads' check"]


def test_citations_need_a_source_quotes_and_an_honest_provenance() -> None:
    bad = plugin(
        policy("a", citation=cite(source="")),
        policy("b", citation=cite(provenance="seed", source="a blog")),
        policy("c", quotes=[], provisions=[Provision("permitted", "wfh")]),
        policy("d", provisions=[Provision(
            "permitted", "wfh", [Condition("jadwal-unit", ("jadwal unit", "unit roster"))],
            quote="paling banyak 50%", quota=Quota("wfh", "1/2", "agency", "all"))]),
        exemptions=(Exemption(f"{J}/a", ("kesehatan", "health"), agency="dinkes"),),
        rank_rules=(RankRule(f"{J}/a", ["jpt-pratama"], "except", ("pimpinan", "leaders")),),
    )
    assert problems(bad, "citations") == [
        "kab-rusak/a: Surat Edaran 1/2025: no source; say where the text was read "
        "(Citation.sources: the outlet, date and address of a report, or the official page)",
        "kab-rusak/c: quotes nothing of its source: set Policy.quotes or a quote on every "
        "provision",
        "quota of kab-rusak/d: no quote of the sentence the share, the unit and the headcount "
        "come from",
        "exemption dinkes of kab-rusak/a: no quote of the sentence it comes from",
        "rank rule (except) of kab-rusak/a: no quote of the sentence it comes from",
    ]


def test_periods_need_working_days_on_their_schedule() -> None:
    bad = plugin(
        policy("weekend", periods=[Period(dt.date(2025, 3, 29), dt.date(2025, 3, 30))]),
        policy("sunday", provisions=[Provision(
            "assigned", "wfh", schedule=Recurrence("FREQ=WEEKLY;BYDAY=SU"), quote="Minggu")]),
        policy("rotasi", periods=[Period(dt.date(2025, 3, 24), dt.date(2025, 3, 25))],
               provisions=[Provision("assigned", "wfh", schedule=Rotation(("A", "B", "C")),
                                     with_rotation_group=True, quote="rotasi")]),
    )
    assert problems(bad, "periods") == [
        "kab-rusak/weekend (2025-03-29..2025-03-30): contains no working day of kab-rusak "
        "(weekends and holidays only)",
        "kab-rusak/sunday (2025-03-24..2025-03-27): the schedule 'FREQ=WEEKLY;BYDAY=SU' falls "
        "on none of its working days",
        "kab-rusak/rotasi (2025-03-24..2025-03-25): 2 working day(s) for a rotation of 3 groups",
    ]


def test_references_stay_inside_the_plugin() -> None:
    bad = plugin(
        policy("a"),
        exemptions=(Exemption("nasional/se-menpanrb-2-2025", ("x", "x"), agency_kind="dinas",
                              quote="q"),),
        rank_rules=(RankRule(f"{J}/a", ["jpt-pratama", "administrator"], "except",
                             ("pimpinan", "leaders"), quote="q"),
                    RankRule(f"{J}/a", ["jpt-pratama"], "only", ("hanya", "only"), quote="q")),
    )
    assert problems(bad, "references") == [
        "exemption dinas of nasional/se-menpanrb-2-2025: names a policy this plugin does not "
        "define",
        "kab-rusak/a: its rank rules exclude every position",
    ]


def test_agencies_need_their_parents_and_the_plugins_government() -> None:
    other = Jurisdiction("kab-lain", "Kabupaten Lain", "kabupaten")
    bad = plugin(agencies=[*CATALOG, Agency(J, "uptd", "UPTD", "uptd", parent="dinas-x")],
                 jurisdictions=[JUR, other])
    assert problems(bad, "agencies") == [
        "agency kab-rusak/uptd: parent 'dinas-x' does not exist in kab-rusak",
        "kab-lain: has no agencies: no employee of it can be decided",
    ]


def test_texts_must_be_translated() -> None:
    bad = plugin(policy(title="WFH uji coba bagi seluruh ASN"),
                 policy("b", notes=[("catatan", "note")]))
    assert problems(bad, "texts") == [
        "kab-rusak/wfh title: the same in Bahasa Indonesia and English ('WFH uji coba bagi "
        "seluruh ASN'); give (id, en)",
    ]


def test_calendar_must_answer_for_its_own_government_only() -> None:
    def everywhere(jurisdiction: str, year: int) -> list[Holiday]:
        return [Holiday(dt.date(year, 5, 5), ("Hari jadi", "Anniversary"), "libur-daerah",
                        f"{J}/wfh", jurisdiction=J)]

    (found,) = problems(plugin(holidays=everywhere), "calendar")
    assert "the calendar hook answers for another government" in found


def test_calendar_must_cover_the_reference_year_and_the_next() -> None:
    def until_2026(jurisdiction: str, year: int) -> list[Holiday]:
        if year > 2026:
            raise LookupError(f"no regional holidays known for {year}")
        return []

    found = problems(plugin(holidays=until_2026), "calendar")
    assert found == [
        "kab-rusak 2027: plugin 'kab-rusak', hook kebijakan_asn_holidays: raised LookupError: "
        "no regional holidays known for 2027"]
    assert [str(p) for p in check_conformance(plugin(holidays=until_2026), checks=["calendar"],
                                              year=2025)] == []


def test_conflicts_are_found_by_the_exhaustive_check() -> None:
    bad = plugin(policy("a", provisions=[Provision("assigned", "wfh", quote="q")]),
                 policy("b", provisions=[Provision("assigned", "wfa", quote="q")]))
    (found,) = problems(bad, "conflicts")
    assert found.startswith("kab-rusak/a × kab-rusak/b: conflict between policies")


def test_a_policy_that_never_fires_is_reported() -> None:
    bad = plugin(policy(provisions=[Provision("permitted", "wfh", agency_tags={"nowhere"},
                                              quote="q")]))
    (found,) = problems(bad, "fires")
    assert found.startswith("kab-rusak/wfh: in force on 4 working day(s) but applies to no one")
    assert "no-provision" in found


def test_determinism_catches_a_plugin_that_answers_differently_each_load() -> None:
    calls = []

    class Flaky:
        @kebijakan_asn.hookimpl
        def kebijakan_asn_jurisdictions(self) -> list[Jurisdiction]:
            return [JUR]

        @kebijakan_asn.hookimpl
        def kebijakan_asn_agencies(self) -> list[Agency]:
            return CATALOG

        @kebijakan_asn.hookimpl
        def kebijakan_asn_policies(self) -> list[Policy]:
            calls.append(1)
            arrangement = "wfh" if len(calls) % 2 else "wfa"
            return [policy(provisions=[Provision("permitted", arrangement, quote="q")])]

    flaky = Flaky()
    flaky.PLUGIN_NAME = J  # type: ignore[attr-defined]
    found = problems(flaky, "determinism")
    assert found and "changes" in found[0]


def test_the_suite_is_one_test_per_check(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST + "\n@pytest.fixture(scope='session')\n"
                          "def kebijakan_plugin():\n    return PLUGIN\n")
    pytester.makepyfile(test_c="""
from kebijakan_asn.testing import conformance
test_conformance = conformance.suite()
""", test_d="""
import attrs
from conftest import PLUGIN, Instrument
from kebijakan_asn import ModulePlugin
from kebijakan_asn.testing import conformance

class Unquoted:
    POLICIES = [attrs.evolve(Instrument.POLICIES[0], provisions=[
        attrs.evolve(Instrument.POLICIES[0].provisions[0], quote="")])]

BROKEN = ModulePlugin("kab-mini", "1.0", jurisdictions=PLUGIN.kebijakan_asn_jurisdictions(),
                      agencies=PLUGIN.kebijakan_asn_agencies(), modules=[Unquoted])
test_broken = conformance.suite(BROKEN, checks=["citations"], year=2025)
""")
    result = pytester.runpytest(*_kit_args(), "-v")
    result.assert_outcomes(passed=len(conformance.CHECKS), failed=1)
    result.stdout.fnmatch_lines(["*test_c.py::test_conformance?citations? PASSED*"])
    result.stdout.fnmatch_lines(["*1 conformance problem(s):*",
                                 "*?citations? kab-mini/wfh: quotes nothing of its source*"])


def test_unknown_checks_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown conformance check 'spelling'"):
        conformance.suite(checks=["spelling"])


def test_facts_of_an_unrelated_plugin_do_not_collide() -> None:
    # The dummy of the determinism check declares a fact no real plugin uses.
    assert all(isinstance(f, FactSpec) for f in conformance.dummy_plugin().kebijakan_asn_facts())
    assert Resolver(plugins=[nasional, conformance.dummy_plugin()]).ruleset.facts


def test_conditions_show_in_both_explanations() -> None:
    good = plugin(policy(conditions=[Condition("presensi", ("presensi tetap", "attendance"))]))
    assert problems(good, "texts") == []
