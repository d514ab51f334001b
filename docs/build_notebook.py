"""Build ``docs/audit.ipynb`` from ``docs/audit.md`` (the page is the source).

    python docs/build_notebook.py

The notebook holds the page's text as Markdown cells and its ```python
blocks as code cells, so an auditor can open and rerun the walkthrough in
Jupyter.  ``tests/test_docs.py`` executes the page's code and checks that the
notebook is up to date.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent
FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n?", re.M | re.S)


def _source(text: str) -> list[str]:
    lines = text.strip("\n").split("\n")
    return [line + "\n" for line in lines[:-1]] + lines[-1:]


def notebook(page: Path) -> str:
    """The notebook (nbformat 4) of *page*, as canonical JSON text."""
    text = page.read_text(encoding="utf-8")
    cells: list[dict[str, object]] = []
    pos = 0

    def markdown(chunk: str) -> None:
        if chunk.strip():
            cells.append({"cell_type": "markdown", "metadata": {}, "source": _source(chunk)})

    for match in FENCE.finditer(text):
        kind, body = match.group(1), match.group(2)
        if kind == "python":
            markdown(text[pos:match.start()])
            cells.append({"cell_type": "code", "execution_count": None, "metadata": {},
                          "outputs": [], "source": _source(body)})
            pos = match.end()
    markdown(text[pos:])
    nb = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python",
                           "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    for i, cell in enumerate(cells):
        cell["id"] = f"cell-{i:02d}"
    return json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    (DOCS / "audit.ipynb").write_text(notebook(DOCS / "audit.md"), encoding="utf-8")
