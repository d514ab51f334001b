"""The region pages and the pages of the built documentation site in a real
browser (headless Chromium, 1280 px wide): no sideways scrolling, every policy
section present with its parts.  Skipped where Chromium is not installed
(``apt-get install chromium``); ``nox -s browser`` runs the same check as a
script (``docs/check_pages.py --site``)."""

from __future__ import annotations

import importlib.util
import shutil
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


def test_without_a_browser_the_site_is_not_even_built(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(check_pages, "find_browser", lambda: None)
    monkeypatch.setattr(check_pages, "build_site", lambda *a: pytest.fail("built"))
    assert check_pages.main(["--site"]) == 0
    assert "skipped — Chromium is not installed" in capsys.readouterr().out


def test_a_site_that_is_not_there_is_one_line_exit_2(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    monkeypatch.setattr(check_pages, "find_browser", lambda: "chromium")
    monkeypatch.setattr(check_pages, "render_pages", lambda out: [])
    assert check_pages.main(["--site", str(tmp_path)]) == 2
    assert capsys.readouterr().out == (f"check_pages: cannot check the site: {tmp_path} holds "
                                       "no built site (no index.html)\n")
    monkeypatch.setattr(check_pages, "build_site", lambda out: (None, "mkdocs is not installed"))
    assert check_pages.main(["--site"]) == 2
    assert "cannot check the site: mkdocs is not installed" in capsys.readouterr().out


LONG = "https://example.org/" + "sebuah_alamat_yang_sangat_panjang_tanpa_spasi_" * 8
"""An address with no place to break the line: wider than a 1280 px window."""


@needs_browser
def test_a_too_wide_page_of_a_site_is_named(tmp_path: Path) -> None:
    site = tmp_path / "built"
    (site / "css").mkdir(parents=True)
    (site / "lebar").mkdir()
    (site / "css" / "site.css").write_text("p { font-size: 18px; }", encoding="utf-8")
    page = '<!doctype html><html><head><link rel="stylesheet" href="{}css/site.css"></head>' \
           "<body><p>{}</p><pre style=\"overflow-x: auto\">{}</pre></body></html>"
    (site / "index.html").write_text(page.format("", "pendek", LONG), encoding="utf-8")
    (site / "lebar" / "index.html").write_text(page.format("../", LONG, ""), encoding="utf-8")
    pages = check_pages.site_pages(site, tmp_path / "check")
    assert [name for _, name in pages] == ["/", "/lebar/"]
    found = {name: check_pages.problems(check_pages.open_page(BROWSER, path))
             for path, name in pages}
    assert found["/"] == []  # a long line in a box that scrolls widens nothing
    assert len(found["/lebar/"]) == 1
    assert found["/lebar/"][0].startswith("scrolls sideways: ")
    assert f"in a 1280 px window (p: {LONG[:60]})" in found["/lebar/"][0]


@needs_browser
@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None,
                    reason="mkdocs is not installed (the docs session installs it)")
def test_a_built_mkdocs_site_with_a_too_wide_page(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: uji\nnav:\n  - index.md\n  - lebar.md\n", encoding="utf-8")
    (tmp_path / "docs" / "index.md").write_text("# Uji\n\nPendek.\n", encoding="utf-8")
    (tmp_path / "docs" / "lebar.md").write_text(f"# Lebar\n\n<{LONG}>\n", encoding="utf-8")
    site, why = check_pages.build_site(tmp_path / "out", tmp_path / "mkdocs.yml")
    assert site is not None, why
    pages = check_pages.site_pages(site, tmp_path / "check")
    assert [name for _, name in pages] == ["/", "/lebar/"]
    verdicts = [check_pages.problems(check_pages.open_page(BROWSER, p)) for p, _ in pages]
    assert verdicts[0] == [] and verdicts[1][0].startswith("scrolls sideways")
    # The site's own style sheet: long addresses wrap (docs/extra.css).
    shutil.copy(ROOT / "docs" / "extra.css", tmp_path / "docs")
    with (tmp_path / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("extra_css:\n  - extra.css\n")
    site, why = check_pages.build_site(tmp_path / "out2", tmp_path / "mkdocs.yml")
    assert site is not None, why
    pages = check_pages.site_pages(site, tmp_path / "check2")
    assert [check_pages.problems(check_pages.open_page(BROWSER, p)) for p, _ in pages] == [
        [], []]
