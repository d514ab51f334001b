"""Open every region page in a real browser and check how it reads at 1280 px.

Renders the rulebook of every installed jurisdiction to HTML (Bahasa
Indonesia and English), adds a small script that writes its verdict into the
page, and opens each page in headless Chromium (``--dump-dom``) with a window
1280 px wide.  A page fails when it scrolls sideways (something wider than the
window) or when a policy section is missing or lacks one of its parts.

    python docs/check_pages.py [--out DIR] [--screenshots]

Exit status 0 when every page passes, 1 when one fails; where Chromium is not
installed it says so and exits 0 (``--require`` makes that an error, 2).
``apt-get install chromium`` provides it.
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

WIDTH = 1280
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

# The parts every policy section has (their labels, per language).
PARTS = {
    "id": ["Dasar hukum", "Masa berlaku", "Berlaku bagi", "Sumber teks"],
    "en": ["Legal basis", "In force", "Covers", "Where the text was read"],
}

_SCRIPT = """<script>
(function () {
  var d = document.documentElement, width = d.clientWidth;
  var wide = [];
  document.querySelectorAll("body *").forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > width + 1 && wide.length < 5) {
      wide.push(e.tagName.toLowerCase() + ": " + (e.textContent || "").slice(0, 60));
    }
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
})();
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
    if len(sections) != verdict["expected"]:
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
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("check_pages: skipped — Chromium is not installed "
              "(apt-get install chromium provides it)")
        return 2 if args.require else 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        failed = 0
        for path, _ in render_pages(out):
            shot = path.with_suffix(".png") if args.screenshots else None
            found = problems(open_page(browser, path, shot))
            print(f"{path.name}: {'ok' if not found else 'FAILED'}")
            for p in found:
                print(f"  {p}")
            failed += bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
