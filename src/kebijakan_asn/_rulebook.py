"""The rulebook: the registered rule set as a readable document.

Generated from the loaded plugins, so it cannot drift from the code.  Each
policy gets one section a BKPSDM officer can read from top to bottom: its
formal citation, the period in words, who is covered and who is not (exempt
perangkat daerah by name, rank rules in words, direct-service staff — the
ones an amendment or extension inherits included), the quota, the
conditions, the source sentences quoted once, the project's reading where the
source is silent, and where the text was read.  The region pages of the
documentation are rulebooks.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from . import _labels as W
from ._codes import Position, Status
from ._model import Exemption, Policy, Provision, RankRule, Recurrence, Rotation
from ._resolver import Resolver

__all__ = [
    "exclusions",
    "exemption_text",
    "periods_text",
    "policy_section",
    "provision_texts",
    "rank_rule_text",
    "render_rulebook",
]

_L = {
    "id": {
        "policies": "Kebijakan", "agencies": "Perangkat daerah", "code": "Kode kebijakan",
        "basis": "Dasar hukum", "signed_by": "ditandatangani oleh", "period": "Masa berlaku",
        "what": "Pengaturan", "who": "Berlaku bagi", "not": "Tidak berlaku bagi",
        "quota": "Kuota", "conditions": "Syarat", "facts": "hanya bila",
        "parents": "Melaksanakan", "amends": "Mengubah atau memperpanjang",
        "notes": "Catatan", "readings": "Tafsiran proyek ini (sumber tidak mengaturnya secara "
        "tegas)", "quotes": "Kutipan sumber", "sources": "Sumber teks",
        "draft": "RANCANGAN — belum berlaku; hanya diterapkan bila rancangan diminta.",
        "emergency": "Kebijakan darurat: bila syaratnya terpenuhi, didahulukan dari "
        "kebijakan lain.",
        "enabling": "Kebijakan ini memungkinkan instansi menerapkannya; pengaturan kerja "
        "baru berubah melalui kebijakan pelaksana instansi.",
        "inherited": "sebagaimana diatur dalam {cite}",
        "standing": "Kerangka tetap tanpa tanggal akhir: keputusan harian tidak mencatat setiap "
        "hari bahwa instansi belum memiliki kebijakan pelaksananya; halaman ini menyatakannya "
        "sekali.",
        "sub": "Pengecualian sebuah perangkat daerah berlaku juga bagi unit di bawahnya.",
        "all_staff": "seluruh pegawai",
        "generated": "Halaman ini dihasilkan dari aturan yang terpasang (perintah "
        "`kebijakan-asn rulebook`); jangan disunting manual.",
        "plugin": "Paket aturan", "kemendagri": "kode wilayah Kemendagri",
        "jcode": "kode instansi", "direct": "Pelayanan langsung", "holidays": "Hari libur",
        "no_rules": "Paket ini tidak memuat kebijakan sendiri.",
        "only_group": "bagi pegawai yang mempunyai kelompok rotasi",
        "no_group": "bagi pegawai tanpa kelompok rotasi",
        "tagged": "hanya di {tags}",
        "when": "bila {facts}", "addressed": "ditujukan kepada {agencies}",
    },
    "en": {
        "policies": "Policies", "agencies": "Agencies", "code": "Policy code",
        "basis": "Legal basis", "signed_by": "signed by", "period": "In force",
        "what": "Arrangement", "who": "Covers", "not": "Does not cover",
        "quota": "Quota", "conditions": "Conditions", "facts": "only when",
        "parents": "Implements", "amends": "Amends or extends",
        "notes": "Notes", "readings": "This project's reading (the source does not settle it)",
        "quotes": "Source quotes", "sources": "Where the text was read",
        "draft": "DRAFT — not in force; applied only when drafts are asked for.",
        "emergency": "Emergency measure: when its conditions hold, it comes before every "
        "other policy.",
        "enabling": "This policy enables governments to adopt it; arrangements change only "
        "through a government's implementing policy.",
        "inherited": "as written in {cite}",
        "standing": "A standing framework with no end date: daily decisions do not note each "
        "day that a government has no policy implementing it; this page says it once.",
        "sub": "An exempt agency exempts the units under it.",
        "all_staff": "all staff",
        "generated": "This page is generated from the installed rule set (the "
        "`kebijakan-asn rulebook` command); do not edit it by hand.",
        "plugin": "Rule set package", "kemendagri": "Kemendagri region code",
        "jcode": "government code", "direct": "Direct service", "holidays": "Holidays",
        "no_rules": "This package holds no policies of its own.",
        "only_group": "for staff with a rotation group",
        "no_group": "for staff without a rotation group",
        "tagged": "only in {tags}",
        "when": "when {facts}", "addressed": "addressed to {agencies}",
    },
}


def _periods(p: Policy, lang: str) -> str:
    out = []
    for period in p.periods:
        text = W.period(period.start, period.end, lang)
        if period.citation is not None and period.citation != p.citation:
            text += f" ({W.cite(period.citation, lang)})"
        out.append(text)
    return W.join(out, lang)


def _rotation(schedule: Rotation, lang: str) -> str:
    n = len(schedule.groups)
    parts = []
    for i, group in enumerate(schedule.groups):
        days = ", ".join(W.working_day(i + k * n, lang).split()[-1] for k in range(2))
        if lang == "en":
            parts.append(f"group {group} on working days {days}, …")
        else:
            parts.append(f"kelompok {group} pada hari kerja {days}, …")
    head = ("in turns over the working days of the period: " if lang == "en"
            else "bergiliran menurut hari kerja periode ini: ")
    return head + "; ".join(parts)


def _provision(v: Provision, lang: str, catalog: W.Catalog) -> str:
    L = _L[lang]
    text = W.grant_phrase(v.arrangement, v.grant, lang)
    if v.facts:
        text += ", " + L["when"].format(facts=W.join(
            (catalog.fact(f, lang) for f in sorted(v.facts)), lang))
    if isinstance(v.schedule, Recurrence):
        text += f" {v.schedule.label(lang)}"
    elif isinstance(v.schedule, Rotation):
        text += f", {_rotation(v.schedule, lang)}"
    if v.agency_tags:
        text += ", " + L["tagged"].format(
            tags=W.join((W.tag(t, lang) for t in sorted(v.agency_tags)), lang))
    if v.with_rotation_group is True and not isinstance(v.schedule, Rotation):
        text += f", {L['only_group']}"
    elif v.with_rotation_group is False:
        text += f", {L['no_group']}"
    if v.label is not None:
        text += f" — {v.label(lang)}"
    return text


def exemption_text(e: Exemption, jurisdiction: str, catalog: W.Catalog, lang: str) -> str:
    """Who *e* exempts, in words: an agency by name, a kind, a tag, or direct service."""
    if e.agency is not None:
        return catalog.agency(jurisdiction, e.agency, place=False)
    if e.agency_kind is not None:
        kind = W.agency_kind(e.agency_kind, lang)
        return f"every {kind}" if lang == "en" else f"setiap {kind}"
    if e.agency_tag is not None:
        return W.tag(e.agency_tag, lang)
    return ("staff who serve the public directly and units that provide direct service"
            if lang == "en" else
            "pegawai yang melayani langsung masyarakat dan unit yang memberikan pelayanan "
            "langsung")


def rank_rule_text(r: RankRule, lang: str) -> str:
    """The positions *r* keeps out, in words (an ``only`` rule names the others)."""
    order = list(Position)
    if r.effect == "except":
        names = [W.position(x, lang) for x in order if x in r.positions]
        prefix = "the positions" if lang == "en" else "jabatan"
        return f"{prefix} {W.join(names, lang)}"
    names = [W.position(x, lang) for x in order if x in r.positions]
    prefix = "positions other than" if lang == "en" else "jabatan selain"
    return f"{prefix} {W.join(names, lang)}"


def _sources(p: Policy, lang: str) -> list[str]:
    c = p.citation
    out = []
    for s in c.sources:
        bits = [s.outlet]
        if s.published is not None:
            bits.append(W.day(s.published, lang))
        if s.title:
            bits.append(f"“{s.title}”")
        bits.append(f"<{s.url}>")
        out.append(", ".join(bits))
    if not out:
        # Older plugins keep a free-text note for maintainers; readers get the kind of source.
        out.append(W.provenance(c.provenance, lang))
    return out


def exclusions(resolver: Resolver, p: Policy, lang: str = "id") -> list[str]:
    """Who *p* does not cover, in words: its exemptions and rank rules, own and
    inherited through ``amends`` (exactly those the resolver applies)."""
    rs = resolver.ruleset
    L = _L[lang]
    catalog = W.register(rs)
    out: list[str] = []
    groups: dict[tuple[str, str], list[str]] = {}
    for e in resolver.exemptions_of(p.id):
        via = "" if e.policy == p.id else L["inherited"].format(
            cite=W.cite(rs.policies[e.policy].citation, lang))
        # One reason per list of agencies: "… tidak WFA: Dinas Sosial" is "… tidak WFA".
        reason = e.reason(lang).rsplit(": ", 1)[0] if e.agency or e.agency_tag else e.reason(
            lang)
        groups.setdefault((reason, via), []).append(
            exemption_text(e, p.jurisdiction, catalog, lang))
    for (reason, via), names in groups.items():
        tail = f" ({via})" if via else ""
        out.append(f"{W.join(names, lang)} — {reason}{tail}")
    for r in resolver.rank_rules_of(p.id):
        via = "" if r.policy == p.id else " (" + L["inherited"].format(
            cite=W.cite(rs.policies[r.policy].citation, lang)) + ")"
        out.append(f"{rank_rule_text(r, lang)} — {r.reason(lang)}{via}")
    return out


def provision_texts(p: Policy, lang: str = "id", catalog: W.Catalog | None = None
                    ) -> list[str]:
    """The provisions of *p* in words: ``WFH diwajibkan setiap Kamis — …`` (facts named
    from *catalog*)."""
    return [_provision(v, lang, catalog or W.catalog()) for v in p.provisions]


def periods_text(p: Policy, lang: str = "id") -> str:
    """The periods of *p* in words, each with its own citation where it has one."""
    return _periods(p, lang)


def policy_section(resolver: Resolver, p: Policy, lang: str = "id") -> list[str]:
    """The Markdown lines of the section of *p*: every rule the resolver applies to it."""
    lang = W.check_lang(lang)
    rs = resolver.ruleset
    L = _L[lang]
    catalog = W.register(rs)
    c = p.citation
    lines = [f"### {p.title(lang)}", "", f"{L['code']}: `{p.id}`", ""]
    if p.is_draft:
        lines += [f"**{L['draft']}**", ""]
    signed = ""
    signatory = c.signatory
    if signatory:
        signed = f" ({L['signed_by']} {signatory})"
    lines.append(f"- **{L['basis']}:** {W.cite(c, lang)}{signed}")
    if c.derived_from:
        lines.append(f"- **{L['parents']}:** " + W.join(
            (W.cite(rs.policies[d].citation, lang) for d in c.derived_from), lang))
    if p.amends:
        lines.append(f"- **{L['amends']}:** {W.cite(rs.policies[p.amends].citation, lang)}")
    lines.append(f"- **{L['period']}:** {_periods(p, lang)}")
    provisions = provision_texts(p, lang, catalog)
    if provisions:
        if len(provisions) == 1:
            lines.append(f"- **{L['what']}:** {provisions[0]}")
        else:
            lines.append(f"- **{L['what']}:**")
            lines += [f"    - {x}" for x in provisions]
    statuses = W.join((W.status(s, lang) for s in sorted(p.statuses, key=list(Status).index)),
                      lang)
    who = statuses
    if p.required_facts:
        who += f", {L['facts']} " + W.join(
            (rs.facts[f].description(lang) if f in rs.facts else f
             for f in sorted(p.required_facts)), lang)
    lines.append(f"- **{L['who']}:** {who}")
    out = exclusions(resolver, p, lang)
    if out:
        lines.append(f"- **{L['not']}:**")
        lines += [f"    - {x}" for x in out]
    quotas = [q for v in p.provisions if (q := v.quota) is not None]
    for q in quotas:
        lines.append(f"- **{L['quota']}:** {W.arrangement(q.arrangement)} {q.describe(lang)}")
    conds = [*p.conditions, *(x for v in p.provisions for x in v.conditions)]
    if conds:
        lines.append(f"- **{L['conditions']}:**")
        for cond in conds:
            channel = f" ({cond.channel})" if cond.channel else ""
            lines.append(f"    - {W.condition(cond.code, lang)}: {cond.text(lang)}{channel}")
    if p.emergency:
        lines.append(f"- {L['emergency']}")
    if any(v.grant.value == "enabling" for v in p.provisions):
        lines.append(f"- {L['enabling']}")
    if p.standing:
        lines.append(f"- {L['standing']}")
    notes = [n(lang) for n in p.notes]
    for an in p.agency_notes:
        addressed = W.join((catalog.agency(p.jurisdiction, a) for a in sorted(an.agencies)),
                           lang)
        notes.append(f"{an.text(lang)} ({L['addressed'].format(agencies=addressed)})")
    if notes:
        lines.append(f"- **{L['notes']}:**")
        lines += [f"    - {n}" for n in notes]
    readings = [r(lang) for r in p.readings]
    if readings:
        lines.append(f"- **{L['readings']}:**")
        lines += [f"    - {r}" for r in readings]
    lines.append(f"- **{L['sources']}:**")
    lines += [f"    - {s}" for s in _sources(p, lang)]
    quotes = _merge_quotes(q.strip() for q in _quotes(resolver, p) if q.strip())
    if quotes:
        lines += ["", f"{L['quotes']}:", ""]
        lines += [f"> - {q}" for q in quotes]
    lines.append("")
    return lines


def _merge_quotes(quotes: Iterable[str]) -> list[str]:
    """The quotes once each; the items of one quoted list ("…, yaitu: … Dinas Sosial.")
    joined under their sentence, which is quoted once."""
    out: list[str] = []
    items: dict[str, list[str]] = {}
    for q in dict.fromkeys(quotes):
        head, sep, item = q.partition(" … ")
        if sep and item and head.endswith(":"):
            if head not in items:
                items[head] = []
                if head not in out:
                    out.append(head)
            items[head].append(item.rstrip("."))
        elif q not in items:
            out.append(q)
    return [f"{q} {'; '.join(items[q])}." if q in items else q for q in out]


def _quotes(resolver: Resolver, p: Policy) -> Iterable[str]:
    yield from p.quotes
    for v in p.provisions:
        yield v.quote
        q = v.quota
        if q is not None:
            yield q.quote
    for e in resolver.exemptions_of(p.id):
        if e.policy == p.id:
            yield e.quote
    for r in resolver.rank_rules_of(p.id):
        if r.policy == p.id:
            yield r.quote
    for an in p.agency_notes:
        yield an.quote


def render_rulebook(resolver: Resolver, jurisdictions: Iterable[str] | None = None,
                    lang: str = "id", fmt: str = "md") -> str:
    """The rulebook of *jurisdictions* (default: all) as Markdown or HTML."""
    lang = W.check_lang(lang)
    markdown = _markdown(resolver, jurisdictions, lang)
    if fmt == "md":
        return markdown
    return _html(markdown, lang)


def _markdown(resolver: Resolver, jurisdictions: Iterable[str] | None, lang: str) -> str:
    rs = resolver.ruleset
    L = _L[lang]
    catalog = W.register(rs)
    codes = list(jurisdictions) if jurisdictions is not None else list(rs.jurisdictions)
    lines: list[str] = []
    for code in codes:
        j = rs.jurisdictions[code]
        plugin = rs.origin("jurisdiction", code)
        version = next(p.version for p in rs.plugins if p.name == plugin)
        lines += [f"# {j.name}", "",
                  f"{L['plugin']} `{plugin}` {version} · {L['jcode']} `{code}`"
                  + (f" · {L['kemendagri']} {j.kemendagri}" if j.kemendagri else ""), "",
                  f"*{L['generated']}*", "", f"## {L['policies']}", ""]
        policies = [p for p in rs.policies.values() if p.jurisdiction == code]
        if not policies:
            lines += [L["no_rules"], ""]
        for p in policies:
            lines += policy_section(resolver, p, lang)
        if any(e.agency is not None for p in policies for e in resolver.exemptions_of(p.id)):
            lines += [f"*{L['sub']}*", ""]
        lines += _revoked_section(resolver, code, policies, lang)
        agencies = rs.agencies_of(code)
        if agencies:
            head = [W.word("code", lang), W.word("name", lang), W.word("kind", lang),
                    W.word("parent", lang), L["direct"], W.word("tags", lang)]
            lines += [f"## {L['agencies']}", "", "| " + " | ".join(head) + " |",
                      "|" + "---|" * len(head)]
            for a in agencies:
                parent = catalog.agency(code, a.parent) if a.parent else ""
                lines.append(
                    f"| `{a.code}` | {_cell(a.name)} | {W.agency_kind(a.kind, lang)} | "
                    f"{_cell(parent)} | {W.word('yes', lang) if a.direct_service else ''} | "
                    f"{', '.join(W.tag(t, lang) for t in sorted(a.tags))} |")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _revoked_section(resolver: Resolver, code: str, policies: Iterable[Policy], lang: str
                     ) -> list[str]:
    """The days of *code*'s own calendar set as holidays, then revoked, over the years
    its policies name (a page does not depend on today's date)."""
    years = sorted({d.year for p in policies for period in p.periods
                    for d in (period.start, period.end) if d is not None})
    revoked = [r for y in years for r in resolver.revoked_holidays(code, y)
               if r.jurisdiction == code]
    if not revoked:
        return []
    head = [W.word("date", lang), W.word("kind", lang), W.word("holiday", lang),
            W.word("set_by", lang), W.word("revoked_by", lang)]
    lines = [f"## {W.word('revoked', lang)}", "", "| " + " | ".join(head) + " |",
             "|" + "---|" * len(head)]
    for r in revoked:
        by = W.cite(r.revoked_by, lang, dated=r.revoked_by.signed is not None)
        lines.append(f"| {W.day(r.date, lang)} | {W.holiday_kind(r.kind, lang)} | "
                     f"{_cell(r.name(lang))} | "
                     f"{_cell('; '.join(W.cite(c, lang) for c in r.set_by))} | {_cell(by)} |")
    return [*lines, ""]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


_CSS = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;"
    "max-width:60em;margin:0 auto;padding:1em 1.5em;color:#111827;overflow-wrap:break-word}"
    "section.policy{border-top:1px solid #d1d5db;margin-top:1.5em}"
    "table{border-collapse:collapse;width:100%;table-layout:auto}"
    "td,th{border:1px solid #d1d5db;padding:.2em .4em;vertical-align:top;text-align:left}"
    "th{white-space:nowrap}td{overflow-wrap:anywhere}"
    "blockquote{color:#374151;border-left:3px solid #d1d5db;margin:0;padding-left:1em}"
    "code{font-size:.9em;overflow-wrap:anywhere}"
)


def _html(markdown: str, lang: str) -> str:
    """A small, dependency-free rendering of the rulebook's Markdown subset.

    Each policy is a ``<section class="policy">``; the body carries the number
    of policies in ``data-policies`` so a browser check can count them.
    """
    count = sum(1 for x in markdown.splitlines() if x.startswith("### "))
    out = ["<!doctype html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>kebijakan-asn — "
           + ("buku aturan" if lang == "id" else "rulebook") + "</title>",
           f"<style>{_CSS}</style></head>", f'<body data-policies="{count}">']
    in_table = in_section = False
    depth = 0  # open <ul> levels
    in_quote = False

    def close_lists(to: int) -> None:
        nonlocal depth
        while depth > to:
            out.append("</li></ul>")
            depth -= 1

    for raw in markdown.splitlines():
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
        item = re.match(r"^( *)- (.*)$", raw)
        if item and not raw.startswith(">"):
            level = len(item.group(1)) // 4 + 1
            if level > depth:
                while depth < level:
                    out.append("<ul><li>")
                    depth += 1
            else:
                close_lists(level)
                out.append("</li><li>")
            out.append(_inline(item.group(2)))
            continue
        close_lists(0)
        if raw.startswith(">"):
            if not in_quote:
                out.append("<blockquote><ul>")
                in_quote = True
            body = raw[1:].strip()
            if body.startswith("- "):
                out.append(f"<li>{_inline(body[2:])}</li>")
            continue
        if in_quote:
            out.append("</ul></blockquote>")
            in_quote = False
        if raw.startswith("#"):
            level = len(raw) - len(raw.lstrip("#"))
            if in_section and level <= 3:
                out.append("</section>")
                in_section = False
            if level == 3:
                out.append('<section class="policy">')
                in_section = True
            out.append(f"<h{level}>{_inline(raw[level:].strip())}</h{level}>")
        elif raw.strip():
            out.append(f"<p>{_inline(raw)}</p>")
    close_lists(0)
    if in_table:
        out.append("</table>")
    if in_quote:
        out.append("</ul></blockquote>")
    if in_section:
        out.append("</section>")
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
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"`(.+?)`", r"<code>\1</code>", text)
    text = re.sub(r"&lt;(https?://[^\s&]+)&gt;", r'<a href="\1">\1</a>', text)
    return re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
