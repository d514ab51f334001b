"""Sessions: ``nox`` runs tests, typecheck, lint and docs (what CI runs).

Each session installs what it needs from the project's own files; nothing
installed by hand is assumed.  Interpreters that are not present are skipped,
also under ``CI=true``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

nox.options.sessions = ["tests", "isolation", "typecheck", "lint", "docs", "browser"]
nox.options.error_on_missing_interpreters = False
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
PLUGINS = sorted(p for p in (ROOT / "plugins").iterdir() if (p / "pyproject.toml").exists())
PYTHONS = ["3.11", "3.12", "3.13"]  # holidays>=0.109 (2026 cuti bersama) needs 3.11
# pytest-timeout: a test that hangs fails with its stack after pyproject's `timeout`
# instead of holding CI until its own limit.
TEST_DEPS = ["pytest>=8", "pytest-timeout>=2.3", "hypothesis>=6.100", "httpx>=0.27",
             "jsonschema>=4.18", "openapi-spec-validator>=0.7"]


def _find_pyenv_interpreters() -> None:
    """Put interpreters that pyenv installed but did not put on PATH where nox looks.

    Machines with pyenv often have 3.12 and 3.13 under ``$PYENV_ROOT/versions``
    while only one version is on PATH; without this, their sessions are
    skipped.  Elsewhere it does nothing.
    """
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if not versions.is_dir():
        return
    found = []
    for wanted in PYTHONS:
        candidates = sorted(versions.glob(f"{wanted}.*/bin/python{wanted}"))
        on_path = shutil.which(f"python{wanted}")
        # A pyenv shim for a version that is not selected fails when run: skip it.
        if candidates and (on_path is None or "shims" in Path(on_path).parts):
            found.append(str(candidates[-1].parent))
    if found:
        os.environ["PATH"] = os.pathsep.join([*found, os.environ.get("PATH", "")])


_find_pyenv_interpreters()


def _install_all(session: nox.Session, extras: str = "") -> None:
    session.install("-e", f".{extras}", *[f"-e{p}" for p in PLUGINS])


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The core and every plugin's tests, against everything installed."""
    # notebook: the audit walkthrough draws its plot; frame, dask: columnar and
    # distributed decisions (tests/test_frame.py, tests/test_dask.py, docs/scale.md); sign:
    # sealed logs (tests/test_seal.py, docs/record.md); server: the HTTP service against a
    # real uvicorn (tests/test_server.py)
    _install_all(session, "[notebook,frame,dask,sign,server]")
    session.install(*TEST_DEPS)
    paths = ["tests", *[str(p / "tests") for p in PLUGINS if (p / "tests").is_dir()]]
    session.run("pytest", "-q", *paths, *session.posargs)


@nox.session(name="isolation")
@nox.parametrize("plugin", [p.name for p in PLUGINS], ids=[p.name for p in PLUGINS])
def isolation(session: nox.Session, plugin: str) -> None:
    """One plugin's tests in a venv holding only the core and that plugin."""
    session.install(".", str(ROOT / "plugins" / plugin), *TEST_DEPS)
    session.run("pytest", "-q", "-p", "no:cacheprovider", str(ROOT / "plugins" / plugin / "tests"))


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the core, the plugins and the tests."""
    _install_all(session)
    session.install("mypy>=1.10", "types-python-dateutil", *TEST_DEPS)
    session.run("mypy", "--strict", "src", *[str(p / "src") for p in PLUGINS],
                str(ROOT / "templates" / "kebijakan-asn-region" / "src"))


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over everything."""
    session.install("ruff>=0.5")
    session.run("ruff", "check", ".")


def _install_docs(session: nox.Session) -> None:
    """What building the documentation site needs."""
    _install_all(session, "[notebook]")
    session.install("mkdocs>=1.6", "mkdocstrings[python]>=0.26")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation strictly (broken links and references fail)."""
    _install_docs(session)
    session.run("mkdocs", "build", "--strict", "--site-dir", str(ROOT / "site"))


@nox.session
def browser(session: nox.Session) -> None:
    """Every region page, and every page of the documentation site (built into a
    temporary directory), in headless Chromium at 1280 px: no sideways scrolling,
    every policy section complete (skipped with a message without Chromium, before
    anything is built)."""
    _install_docs(session)
    session.run("python", "docs/check_pages.py", "--site", *session.posargs)
