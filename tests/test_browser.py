"""The region pages in a real browser (headless Chromium, 1280 px wide): no
sideways scrolling, every policy section present with its parts.  Skipped where
Chromium is not installed (``apt-get install chromium``); ``nox -s browser``
runs the same check as a script (``docs/check_pages.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_pages", ROOT / "docs" / "check_pages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_pages"] = module
    spec.loader.exec_module(module)
    return module


check_pages = _load()
BROWSER = check_pages.find_browser()
needs_browser = pytest.mark.skipif(BROWSER is None, reason="Chromium is not installed "
                                   "(apt-get install chromium provides it)")


@needs_browser
def test_every_region_page_fits_and_is_complete(tmp_path: Path) -> None:
    pages = check_pages.render_pages(tmp_path)
    assert len(pages) >= 10  # five governments, two languages
    for path, _ in pages:
        assert check_pages.problems(check_pages.open_page(BROWSER, path)) == [], path.name


@needs_browser
def test_the_check_sees_overflow_and_missing_parts(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    script = check_pages._SCRIPT % {"parts": '["Dasar hukum", "Sumber teks"]'}
    page.write_text(
        '<!doctype html><html lang="id"><body data-policies="2">'
        '<section class="policy"><h3>A</h3><p>Dasar hukum: …</p></section>'
        '<div style="width:3000px">lebar</div>' + script + "</body></html>",
        encoding="utf-8")
    found = check_pages.problems(check_pages.open_page(BROWSER, page))
    assert any(p.startswith("scrolls sideways") for p in found)
    assert "1 policy sections, expected 2" in found
    assert "section 'A' lacks Sumber teks" in found


def test_without_a_browser_the_script_says_so(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(check_pages, "find_browser", lambda: None)
    assert check_pages.main([]) == 0
    assert "skipped — Chromium is not installed" in capsys.readouterr().out
    assert check_pages.main(["--require"]) == 2
