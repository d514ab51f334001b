"""Open every region page in a real browser and check how it reads at 1280 px.

Renders the rulebook of every installed jurisdiction to HTML (Bahasa
Indonesia and English), adds a small script that writes its verdict into the
page, and opens each page in headless Chromium (``--dump-dom``) with a window
1280 px wide.  A page fails when it scrolls sideways (something wider than the
window) or when a policy section is missing or lacks one of its parts.

With ``--site DIR`` it also opens every page (``index.html``) of the
documentation site that ``mkdocs build`` wrote to DIR, and fails a page that
scrolls sideways; ``--site`` alone builds the site first, into a temporary
directory (needs ``mkdocs`` and ``mkdocstrings[python]``, as ``nox -s docs``).

    python docs/check_pages.py [--site [DIR]] [--out DIR] [--screenshots]

Exit status 0 when every page passes, 1 when one fails, 2 when the site cannot
be built; where Chromium is not installed it says so and exits 0 (``--require``
makes that an error, 2).  ``apt-get install chromium`` provides it.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 1280
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

# The parts every policy section has (their labels, per language).
PARTS = {
    "id": ["Dasar hukum", "Masa berlaku", "Berlaku bagi", "Sumber teks"],
    "en": ["Legal basis", "In force", "Covers", "Where the text was read"],
}

# Run once the page has loaded (its style sheets, fonts and scripts), before Chromium
# dumps the DOM.  What widens the page is named: the innermost elements reaching past
# the window or whose text spills out of them, leaving out those inside a box that
# scrolls or clips them (a code block), which widen nothing.
_SCRIPT = """<script>
window.addEventListener("load", function () {
  var d = document.documentElement, width = d.clientWidth;
  function contained(e) {
    for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== "visible") { return true; }
    }
    return false;
  }
  var found = [];
  document.querySelectorAll("body *").forEach(function (e) {
    var spills = e.scrollWidth > e.clientWidth + 1
                 && getComputedStyle(e).overflowX === "visible";
    if (found.length < 200 && (e.getBoundingClientRect().right > width + 1 || spills)
        && !contained(e)) {
      found.push(e);
    }
  });
  var wide = found.filter(function (e) {
    return !found.some(function (o) { return o !== e && e.contains(o); });
  }).slice(0, 5).map(function (e) {
    return e.tagName.toLowerCase() + ": " + (e.textContent || "").trim().slice(0, 60);
  });
  var parts = %(parts)s, sections = [];
  document.querySelectorAll("section.policy").forEach(function (s) {
    var text = s.textContent, title = (s.querySelector("h3") || {}).textContent || "";
    var missing = parts.filter(function (p) { return text.indexOf(p) < 0; });
    sections.push({title: title, missing: missing});
  });
  var verdict = {width: width, scrollWidth: d.scrollWidth, wide: wide,
                 expected: Number(document.body.dataset.policies), sections: sections};
  var out = document.createElement("pre");
  out.id = "verdict";
  out.textContent = JSON.stringify(verdict);
  document.body.appendChild(out);
});
</script>"""


def find_browser() -> str | None:
    """The path of a Chromium-like browser, or ``None``."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


def render_pages(out: Path) -> list[tuple[Path, str]]:
    """Every region page, in both languages, as HTML files with the check script."""
    from kebijakan_asn import Resolver
    from kebijakan_asn._rulebook import render_rulebook

    resolver = Resolver()
    pages = []
    for code in resolver.ruleset.jurisdictions:
        for lang in ("id", "en"):
            page = render_rulebook(resolver, [code], lang, "html")
            script = _SCRIPT % {"parts": json.dumps(PARTS[lang])}
            path = out / f"{code}.{lang}.html"
            path.write_text(page.replace("</body>", script + "</body>"), encoding="utf-8")
            pages.append((path, lang))
    return pages


def site_pages(site: Path, out: Path) -> list[tuple[Path, str]]:
    """Every page of the built documentation site *site* (each ``index.html``), copied
    under *out* with the check script: (the copy, the page's address in the site)."""
    copy = out / "site"
    shutil.copytree(site, copy, dirs_exist_ok=True)  # --out of an earlier run
    script = _SCRIPT % {"parts": "[]"}
    pages = []
    for path in sorted(copy.rglob("index.html")):
        head, body, tail = path.read_text(encoding="utf-8").rpartition("</body>")
        path.write_text(head + script + body + tail if body else tail + script,
                        encoding="utf-8")
        address = path.parent.relative_to(copy).as_posix()
        pages.append((path, "/" if address == "." else f"/{address}/"))
    return pages


def build_site(out: Path, config: Path = ROOT / "mkdocs.yml") -> tuple[Path | None, str]:
    """The documentation site of *config* built by ``mkdocs build`` into *out*, or
    ``None`` and why not (mkdocs missing, or the build's last lines)."""
    site = out / "built"
    try:
        run = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file",
             str(config), "--site-dir", str(site)],
            capture_output=True, text=True, timeout=600, check=False)
    except subprocess.TimeoutExpired:
        return None, "mkdocs build took more than 10 minutes"
    if run.returncode == 0:
        return site, ""
    if "No module named mkdocs" in run.stderr:
        return None, ("mkdocs is not installed (pip install 'mkdocs>=1.6' "
                      "'mkdocstrings[python]>=0.26')")
    last = run.stderr.strip().splitlines()[-3:]
    return None, f"mkdocs build failed (exit {run.returncode}): {' | '.join(last)}"


def open_page(browser: str, path: Path, screenshot: Path | None = None) -> dict[str, object]:
    """The verdict the page's script wrote, read from the DOM Chromium dumps."""
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--window-size={WIDTH},900"]
    run = subprocess.run([browser, *flags, "--dump-dom", path.as_uri()], capture_output=True,
                         text=True, timeout=120, check=False)
    found = re.search(r'<pre id="verdict">(.*?)</pre>', run.stdout, re.S)
    if screenshot is not None:
        subprocess.run([browser, *flags, f"--screenshot={screenshot}", path.as_uri()],
                       capture_output=True, timeout=120, check=False)
    if found is None:
        return {"error": f"no verdict in the page (exit {run.returncode}): "
                         f"{run.stderr.strip()[-300:]}"}
    verdict: dict[str, object] = json.loads(html.unescape(found.group(1)))
    return verdict


def problems(verdict: dict[str, object]) -> list[str]:
    """What is wrong with a page, from its verdict (empty when it passes)."""
    if "error" in verdict:
        return [str(verdict["error"])]
    out = []
    width, scroll = int(str(verdict["width"])), int(str(verdict["scrollWidth"]))
    wide = verdict["wide"]
    if scroll > width:
        listed = "; ".join(map(str, wide)) if isinstance(wide, list) else ""
        out.append(f"scrolls sideways: {scroll} px of content in a {width} px window "
                   f"({listed})")
    sections = verdict["sections"]
    if not isinstance(sections, list):
        return [f"no sections in the verdict: {verdict}"]
    if verdict["expected"] is not None and len(sections) != verdict["expected"]:
        out.append(f"{len(sections)} policy sections, expected {verdict['expected']}")
    for s in sections:
        if s["missing"]:
            out.append(f"section {s['title']!r} lacks {', '.join(s['missing'])}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="keep the pages (and screenshots) here")
    parser.add_argument("--screenshots", action="store_true", help="also save PNG screenshots")
    parser.add_argument("--require", action="store_true",
                        help="fail (exit 2) when no browser is installed")
    parser.add_argument("--site", nargs="?", const="", metavar="DIR",
                        help="also check every page of the documentation site built in DIR; "
                             "without DIR, build it first (mkdocs) into a temporary directory")
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("check_pages: skipped — Chromium is not installed "
              "(apt-get install chromium provides it)")
        return 2 if args.require else 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        pages = [(path, path.name) for path, _ in render_pages(out)]
        if args.site is not None:
            site, why = (Path(args.site), "") if args.site else build_site(Path(tmp))
            if site is None or not (site / "index.html").is_file():
                print(f"check_pages: cannot check the site: "
                      f"{why or f'{site} holds no built site (no index.html)'}")
                return 2
            pages += [(path, f"site {name}") for path, name in site_pages(site, out)]
        failed = 0
        for path, name in pages:
            shot = path.with_suffix(".png") if args.screenshots else None
            found = problems(open_page(browser, path, shot))
            print(f"{name}: {'ok' if not found else 'FAILED'}")
            for p in found:
                print(f"  {p}")
            failed += bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
