"""Rename this template for your government, then delete this script.

    python rename.py kab-contoh-baru                      # Kabupaten Contoh Baru
    python rename.py kota-contoh --name "Kota Contoh"
    python rename.py prov-dki-jakarta --name "Provinsi DKI Jakarta"

Replaces the placeholders (``kab-templat``, ``kebijakan_asn_kab_templat``,
``kebijakan-asn-kab-templat``, ``Kabupaten Templat``, the head of government
``Bupati Templat`` and the level) in every file and renames the package
directory.  A line it rewrote loses its ``TEMPLAT`` marker; the lines still
to review by hand keep theirs.  ``--name`` is written exactly as given; the
name made from the code keeps known abbreviations in capitals (``DKI``).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODE = "kab-templat"
NAME = "Kabupaten Templat"
HEAD = "Bupati Templat"
LEVELS = {"prov": ("provinsi", "Provinsi", "Gubernur"),
          "kab": ("kabupaten", "Kabupaten", "Bupati"),
          "kota": ("kota", "Kota", "Wali Kota")}
ABBREVIATIONS = {"dki", "diy", "ntb", "ntt", "bsd"}
MARKER = re.compile(r"\s*#\s*TEMPLAT\b.*$")


def name_of(rest: str) -> str:
    """``contoh-baru`` -> ``Contoh Baru``; ``dki-jakarta`` -> ``DKI Jakarta``."""
    return " ".join(w.upper() if w in ABBREVIATIONS else w.capitalize()
                    for w in rest.split("-"))


def rewrite(text: str, replacements: list[tuple[str, str]]) -> str:
    """*text* with the placeholders replaced; a line that changed loses its marker."""
    out = []
    for line in text.splitlines(keepends=True):
        new = line
        for old, value in replacements:
            new = new.replace(old, value)
        if new != line:
            end = "\n" if new.endswith("\n") else ""
            new = MARKER.sub("", new.rstrip("\n")) + end
        out.append(new)
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("code", help="jurisdiction code: kab-…, kota-… or prov-…")
    parser.add_argument("--name", help="the government's name (default: from the code)")
    parser.add_argument("--keep", action="store_true", help="do not delete this script")
    args = parser.parse_args(argv)
    code = args.code
    if not re.fullmatch(r"(prov|kab|kota)(-[a-z0-9]+)+", code):
        parser.error(f"code {code!r}: expected a lowercase slug starting with prov-, kab- "
                     "or kota-, such as 'kab-contoh-baru'")
    prefix, _, rest = code.partition("-")
    level, word, head = LEVELS[prefix]
    name = args.name or f"{word} {name_of(rest)}"
    place = name.removeprefix(word + " ") if name.startswith(word + " ") else name
    package = "kebijakan_asn_" + code.replace("-", "_")
    old_package = "kebijakan_asn_" + CODE.replace("-", "_")
    replacements = [
        (f"kebijakan-asn-{CODE}", f"kebijakan-asn-{code}"),
        (old_package, package),
        (CODE, code),
        (NAME, name),
        (HEAD, f"{head} {place}"),
        ('level="kabupaten"', f'level="{level}"'),
    ]
    for path in sorted(HERE.rglob("*")):
        if not path.is_file() or path == Path(__file__).resolve() or any(
                part.startswith(".") or part == "__pycache__" or part.endswith(".egg-info")
                for part in path.relative_to(HERE).parts):
            continue
        text = path.read_text(encoding="utf-8")
        new = rewrite(text, replacements)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"edited   {path.relative_to(HERE)}")
    (HERE / "src" / old_package).rename(HERE / "src" / package)
    print(f"renamed  src/{old_package} -> src/{package}")
    if not args.keep:
        Path(__file__).unlink()
        print("deleted  rename.py")
    print("now: grep -rn TEMPLAT .  (the lines to review by hand)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
