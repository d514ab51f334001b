"""The documentation's examples are executed, and generated pages are current.

* Every ```python block of a page runs, in order, in one namespace per page.
* Every ```console block whose lines start with ``$ kebijakan-asn`` runs the
  command; the lines after it are its exact expected output (stdout and
  stderr together), when there are any.
* ``docs/regions/*.md`` must equal ``kebijakan-asn rulebook`` for that
  jurisdiction, so the region pages cannot drift from the code.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
from pathlib import Path

import pytest

from kebijakan_asn import Resolver, _cli
from kebijakan_asn._rulebook import render_rulebook

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
OPTIONAL = {"pandas", "pyarrow", "dask", "distributed", "matplotlib", "starlette", "uvicorn"}
"""Modules of the optional extras: a page needing one is skipped where it is missing."""
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.M | re.S)


def blocks(page: Path, lang: str) -> list[str]:
    return [body for kind, body in BLOCK.findall(page.read_text(encoding="utf-8"))
            if kind == lang]


@pytest.mark.parametrize("page", [p for p in PAGES if blocks(p, "python")],
                         ids=lambda p: p.name)
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for i, code in enumerate(blocks(page, "python"), 1):
        if "def test_" in code:
            continue  # a snippet showing a test function, collected elsewhere
        try:
            exec(compile(code, f"{page.name}[python block {i}]", "exec"), namespace)
        except ModuleNotFoundError as exc:
            if exc.name not in OPTIONAL:
                raise
            pytest.skip(f"{page.name} needs the optional {exc.name} (an extra of the package)")
        except Exception as exc:  # pragma: no cover - the failure report
            pytest.fail(f"{page.name}, python block {i}: {type(exc).__name__}: {exc}")


def _console_cases() -> list[tuple[str, str, str]]:
    out = []
    for page in PAGES:
        for body in blocks(page, "console"):
            lines = body.rstrip("\n").split("\n")
            if lines and lines[0].startswith("$ kebijakan-asn "):
                out.append((page.name, lines[0][2:], "\n".join(lines[1:])))
    return out


@pytest.mark.parametrize(("page", "command", "expected"), _console_cases(),
                         ids=lambda x: x if isinstance(x, str) and x.endswith(".md") else "")
def test_console_examples_run(page: str, command: str, expected: str) -> None:
    argv = shlex.split(command)[1:]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
        code = _cli.main(argv)
    output = buf.getvalue().rstrip("\n")
    if expected:
        assert output == expected, f"{page}: {command}"
    else:
        assert code == 0, f"{page}: {command}: {output}"


def test_examples_host_runs() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "host.py"], cwd=DOCS / "examples",
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(DOCS / "examples")})
    page = (DOCS / "plugins.md").read_text(encoding="utf-8")
    assert done.stdout.strip() in page


REGIONS = sorted((DOCS / "regions").glob("*.md"))


@pytest.mark.parametrize("page", REGIONS, ids=lambda p: p.stem)
def test_region_pages_are_generated_from_the_rule_set(page: Path) -> None:
    resolver = Resolver()
    if page.stem not in resolver.ruleset.jurisdictions:
        pytest.skip(f"plugin for {page.stem} not installed")
    expected = render_rulebook(resolver, [page.stem], "id")
    assert page.read_text(encoding="utf-8") == expected, (
        f"{page} is stale: regenerate it with "
        f"`kebijakan-asn rulebook --jurisdiction {page.stem} > {page.relative_to(ROOT)}`")


def test_the_auditor_notebook_is_the_walkthrough_page() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_notebook",
                                                  DOCS / "build_notebook.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.notebook(DOCS / "audit.md")
    assert (DOCS / "audit.ipynb").read_text(encoding="utf-8") == expected, (
        "docs/audit.ipynb is stale: run `python docs/build_notebook.py`")
    import json

    cells = json.loads(expected)["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert ["".join(c["source"]) for c in code] == [
        b.strip("\n") for b in blocks(DOCS / "audit.md", "python")]
