"""``kebijakan-asn agencies``: the agency catalog of an instansi."""

from __future__ import annotations

import argparse

from .. import _labels as W
from .._canonical import to_plain
from .._errors import ValidationError
from .._labels import LANGS
from .._resolver import Resolver
from . import _common
from ._common import dump, out

__all__ = ["agency_rows"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ag = sub.add_parser("agencies", help="the agency catalog of an instansi")
    ag.add_argument("--jurisdiction", required=True)
    ag.add_argument("--json", action="store_true")
    ag.add_argument("--lang", choices=LANGS, default="id")


def agency_rows(resolver: Resolver, jurisdiction: str, lang: str = "id"
                ) -> tuple[list[str], list[list[str]]]:
    """The headers and rows of the table; the first and the parent column hold the
    codes to type (``--agency``), the others are words."""
    rs = resolver.ruleset
    headers = [W.word("code", lang), W.word("name", lang), W.word("kind", lang),
               W.word("parent", lang), W.word("direct", lang).capitalize(),
               W.word("tags", lang)]
    rows = []
    for a in rs.agencies_of(jurisdiction):
        rows.append([a.code, a.name, W.agency_kind(a.kind, lang),
                     a.parent or "",
                     W.word("yes", lang) if a.direct_service else "",
                     ", ".join(W.tag(t, lang) for t in sorted(a.tags))])
    return headers, rows


def run(args: argparse.Namespace) -> int:
    resolver = _common.make_resolver(args)
    rs = resolver.ruleset
    if args.jurisdiction not in rs.jurisdictions:
        raise ValidationError.invalid("--jurisdiction", args.jurisdiction, rs.jurisdictions)
    if args.json:
        dump(to_plain(rs.agencies_of(args.jurisdiction)))
        return 0
    headers, rows = agency_rows(resolver, args.jurisdiction, args.lang)
    for line in W.table(headers, rows):
        out(line)
    return 0
