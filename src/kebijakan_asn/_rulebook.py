"""The rulebook: the registered rule set as a readable document.

Generated from the loaded plugins, so it cannot drift from the code: per
policy its citation, provenance, periods, who is covered, exemptions, rank
rules, conditions and the quoted source sentences.  The region pages of the
documentation are rulebooks.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from ._model import Citation, Policy, Rotation
from ._resolver import Resolver

__all__ = ["render_rulebook"]

_L = {
    "id": {
        "policies": "Kebijakan", "instrument": "Instrumen", "period": "Periode",
        "who": "Berlaku bagi", "what": "Pengaturan", "exemptions": "Pengecualian",
        "conditions": "Syarat", "provenance": "Sumber", "rank": "Aturan jabatan",
        "quotes": "Kutipan sumber", "notes": "Catatan", "parents": "Turunan dari",
        "quota": "Kuota",
        "amends": "Mengubah/memperpanjang", "none": "—", "draft": "RANCANGAN",
        "agencies": "Perangkat daerah", "plugin": "Plugin", "open": "tanpa batas akhir",
        "all": "semua", "only": "hanya", "except": "kecuali", "facts": "Hanya bila",
        "emergency": "darurat", "generated": "Halaman ini dihasilkan dari rule set yang "
        "terpasang (`kebijakan-asn rulebook`); jangan disunting manual.",
    },
    "en": {
        "policies": "Policies", "instrument": "Instrument", "period": "Period",
        "who": "Covers", "what": "Arrangement", "exemptions": "Exemptions",
        "conditions": "Conditions", "provenance": "Source", "rank": "Rank rules",
        "quotes": "Source quotes", "notes": "Notes", "parents": "Derived from",
        "quota": "Quota",
        "amends": "Amends/extends", "none": "—", "draft": "DRAFT",
        "agencies": "Agencies", "plugin": "Plugin", "open": "open-ended",
        "all": "all", "only": "only", "except": "except", "facts": "Only when",
        "emergency": "emergency", "generated": "This page is generated from the installed "
        "rule set (`kebijakan-asn rulebook`); do not edit it by hand.",
    },
}


def _periods(p: Policy, lang: str) -> str:
    out = []
    for period in p.periods:
        end = period.end.isoformat() if period.end else _L[lang]["open"]
        text = (period.start.isoformat() if period.end == period.start
                else f"{period.start.isoformat()} – {end}")
        if period.citation is not None and period.citation != p.citation:
            text += f" ({period.citation.label})"
        out.append(text)
    return "; ".join(out)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _provisions(p: Policy, lang: str) -> str:
    parts = []
    for v in p.provisions:
        text = f"{v.arrangement.value.upper()} {v.grant.value}"
        if v.schedule is not None:
            text += (f" ({_L[lang]['all']} {'/'.join(v.schedule.groups)})"
                     if isinstance(v.schedule, Rotation) else f" ({v.schedule.label(lang)})")
        if v.agency_tags:
            text += f" [{', '.join(sorted(v.agency_tags))}]"
        if v.with_rotation_group is False:
            text += " [no group]" if lang == "en" else " [tanpa grup]"
        parts.append(text)
    if p.emergency:
        parts.append(_L[lang]["emergency"])
    return "; ".join(parts) or _L[lang]["none"]


def render_rulebook(resolver: Resolver, jurisdictions: Iterable[str] | None = None,
                    lang: str = "id", fmt: str = "md") -> str:
    """The rulebook of *jurisdictions* (default: all) as Markdown or HTML."""
    markdown = _markdown(resolver, jurisdictions, lang)
    if fmt == "md":
        return markdown
    return _html(markdown)


def _markdown(resolver: Resolver, jurisdictions: Iterable[str] | None, lang: str) -> str:
    rs = resolver.ruleset
    L = _L[lang]
    codes = list(jurisdictions) if jurisdictions is not None else list(rs.jurisdictions)
    lines: list[str] = []
    for code in codes:
        j = rs.jurisdictions[code]
        plugin = rs.origin("jurisdiction", code)
        version = next(p.version for p in rs.plugins if p.name == plugin)
        lines += [f"# {j.name} (`{code}`)", "",
                  f"{L['plugin']}: `{plugin}` {version}"
                  + (f" · Kemendagri {j.kemendagri}" if j.kemendagri else ""), "",
                  f"*{L['generated']}*", "", f"## {L['policies']}", "",
                  f"| id | {L['instrument']} | {L['period']} | {L['who']} | {L['what']} | "
                  f"{L['exemptions']} | {L['conditions']} | {L['provenance']} |",
                  "|---|---|---|---|---|---|---|---|"]
        policies = [p for p in rs.policies.values() if p.jurisdiction == code]
        for p in policies:
            exemptions = list(resolver.exemptions_of(p.id))
            conditions = sorted({c.code.value for c in p.conditions}
                                | {c.code.value for v in p.provisions for c in v.conditions})
            who = ", ".join(sorted(s.value for s in p.statuses))
            for r in resolver.rank_rules_of(p.id):
                who += f"; {L[r.effect]} " + ", ".join(sorted(x.value for x in r.positions))
            if p.required_facts:
                who += f"; {L['facts']} " + ", ".join(sorted(p.required_facts))
            draft = f" **{L['draft']}**" if p.is_draft else ""
            lines.append(
                f"| `{p.id}`{draft} | {_cell(p.citation.label)} | {_periods(p, lang)} | "
                f"{who} | {_provisions(p, lang)} | "
                f"{', '.join(e.agency or e.agency_kind or e.agency_tag or 'direct-service' for e in exemptions) or L['none']} | "  # noqa: E501
                f"{', '.join(conditions) or L['none']} | {p.citation.provenance.value} |")
        lines.append("")
        for p in policies:
            c = p.citation
            lines += [f"### `{p.id}`" + (f" ({L['draft']})" if p.is_draft else ""), "",
                      f"**{p.title(lang)}**", "",
                      f"- {L['instrument']}: {c.label} — {c.issuer}"
                      + (f", {c.signed.isoformat()}" if c.signed else ""),
                      f"- {L['provenance']}: {c.provenance.value} ({_sources(c)})",
                      f"- {L['period']}: {_periods(p, lang)}",
                      f"- {L['what']}: {_provisions(p, lang)}"]
            lines += [f"- {L['quota']}: {v.quota.arrangement.value.upper()} "
                      f"{v.quota.describe(lang)}" for v in p.provisions if v.quota]
            if c.derived_from:
                lines.append(f"- {L['parents']}: " + ", ".join(
                    f"`{d}` ({rs.policies[d].citation.label})" for d in c.derived_from))
            if p.amends:
                lines.append(f"- {L['amends']}: `{p.amends}`")
            conds = [*p.conditions, *(x for v in p.provisions for x in v.conditions)]
            for cond in conds:
                channel = f" [{cond.channel}]" if cond.channel else ""
                lines.append(f"- {L['conditions']}: `{cond.code.value}` — "
                             f"{cond.text(lang)}{channel}")
            # The exemptions and rank rules the resolver applies: own and inherited.
            for e in resolver.exemptions_of(p.id):
                who = e.agency or e.agency_kind or e.agency_tag or "direct-service"
                origin = f" ({e.policy})" if e.policy != p.id else ""
                lines.append(f"- {L['exemptions']}: `{who}` — {e.reason(lang)}{origin}")
            for r in resolver.rank_rules_of(p.id):
                origin = f" ({r.policy})" if r.policy != p.id else ""
                lines.append(f"- {L['rank']}: {L[r.effect]} "
                             + ", ".join(sorted(x.value for x in r.positions))
                             + f" — {r.reason(lang)}{origin}")
            for v in p.provisions:
                if v.facts:
                    lines.append(f"- {L['facts']} ({v.grant.value} {v.arrangement.value}): "
                                 + ", ".join(sorted(v.facts)))
            for n in p.notes:
                lines.append(f"- {L['notes']}: {n(lang)}")
            for an in p.agency_notes:
                lines.append(f"- {L['notes']} ({', '.join(sorted(an.agencies))}): {an.text(lang)}")
            for reading in p.readings:
                label = "Tafsiran proyek" if lang == "id" else "Project's reading"
                lines.append(f"- {label}: {reading(lang)}")
            quotes = [*p.quotes, *(v.quote for v in p.provisions if v.quote),
                      *(e.quote for e in resolver.exemptions_of(p.id) if e.quote),
                      *(r.quote for r in resolver.rank_rules_of(p.id) if r.quote),
                      *(n.quote for n in p.agency_notes if n.quote)]
            if quotes:
                lines += ["", f"{L['quotes']}:", ""]
                seen: set[str] = set()
                for q in quotes:
                    if q not in seen:
                        seen.add(q)
                        lines += [f"> {q}", ">"]
                lines.pop()
            lines.append("")
        agencies = rs.agencies_of(code)
        if agencies:
            lines += [f"## {L['agencies']}", "", "| code | nama | kind | parent | "
                      "direct service | tags |", "|---|---|---|---|---|---|"]
            for a in agencies:
                lines.append(f"| `{a.code}` | {a.name} | {a.kind} | {a.parent or ''} | "
                             f"{'ya' if a.direct_service else ''} | "
                             f"{', '.join(sorted(a.tags))} |")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _html(markdown: str) -> str:
    """A small, dependency-free rendering of the rulebook's Markdown subset."""
    out = ["<!doctype html>", '<html lang="id"><head><meta charset="utf-8">',
           "<title>kebijakan-asn rulebook</title>",
           "<style>body{font-family:sans-serif;max-width:70em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em;"
           "vertical-align:top}blockquote{color:#444;border-left:3px solid #ccc;"
           "margin-left:0;padding-left:1em}</style></head><body>"]
    in_table = in_list = in_quote = False
    for raw in markdown.splitlines():
        line = _inline(raw)
        if raw.startswith("|"):
            if raw.startswith("|---"):
                continue
            cells = [c.strip() for c in _split_row(raw)]
            tag = "th" if not in_table else "td"
            if not in_table:
                out.append("<table>")
                in_table = True
            out.append("<tr>" + "".join(f"<{tag}>{_inline(c)}</{tag}>" for c in cells)
                       + "</tr>")
            continue
        if in_table:
            out.append("</table>")
            in_table = False
        if raw.startswith("- "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_inline(raw[2:])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if raw.startswith(">"):
            if not in_quote:
                out.append("<blockquote>")
                in_quote = True
            if raw.strip() != ">":
                out.append(f"<p>{_inline(raw[1:].strip())}</p>")
            continue
        if in_quote:
            out.append("</blockquote>")
            in_quote = False
        if raw.startswith("#"):
            level = len(raw) - len(raw.lstrip("#"))
            out.append(f"<h{level}>{_inline(raw[level:].strip())}</h{level}>")
        elif raw.strip():
            out.append(f"<p>{line}</p>")
    for flag, tag in ((in_table, "</table>"), (in_list, "</ul>"), (in_quote, "</blockquote>")):
        if flag:
            out.append(tag)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _split_row(row: str) -> list[str]:
    cells, cur, escaped = [], "", False
    for ch in row.strip()[1:-1]:
        if ch == "|" and not escaped:
            cells.append(cur)
            cur = ""
        else:
            cur += ch
        escaped = ch == "\\"
    cells.append(cur)
    return [c.replace("\\|", "|") for c in cells]


def _inline(text: str) -> str:
    import re

    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"`(.+?)`", r"<code>\1</code>", text)
    return re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)


def _sources(c: Citation) -> str:
    """Where the text was read, as a reader checks it: outlet, date and address."""
    if not c.sources:
        return c.source
    return "; ".join(f"{s.label} <{s.url}>" for s in c.sources)
