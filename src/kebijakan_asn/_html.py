"""HTML cards for notebooks: a decision, a why-not answer, a timeline.

Self-contained fragments — inline styles only, no scripts, no external
assets — with every value escaped, so a name or a quote can never inject
markup.  Jupyter shows them through ``_repr_html_``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import _labels as W
from ._explain import Context, holiday_names, note_text, person, step_line
from ._labels import check_lang as _lang
from ._labels import format_date

if TYPE_CHECKING:
    from ._audit import Timeline, WhyNot
    from ._decision import Decision, TraceStep

__all__ = ["decision_html", "timeline_html", "why_not_html"]

_COLOURS = {"wfo": "#1d4ed8", "wfh": "#047857", "wfa": "#7c3aed", "libur": "#6b7280"}
_VERDICT_COLOURS = {"applies": "#047857", "not-applicable": "#b91c1c", "replaced": "#92400e",
                    "outranked": "#92400e", "info": "#374151"}
_BOX = ("font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:13px;"
        "line-height:1.45;border:1px solid #d1d5db;border-radius:6px;padding:10px 14px;"
        "max-width:56em;color:#111827;background:#ffffff")
_H = "margin:8px 0 2px 0;font-size:12px;text-transform:uppercase;color:#4b5563"
_SMALL = "font-size:11px;color:#6b7280;font-family:ui-monospace,monospace;word-break:break-all"

_VERDICT_WORDS = {
    "id": {"applies": "berlaku", "not-applicable": "tidak berlaku", "replaced": "digantikan",
           "outranked": "dikesampingkan", "info": "keterangan"},
    "en": {"applies": "applies", "not-applicable": "does not apply", "replaced": "replaced",
           "outranked": "overridden", "info": "note"},
}
_EXTRA = {
    "id": {"permitted": "Diperbolehkan", "fingerprint": "Sidik jari",
           "ruleset": "Sidik jari aturan", "chain": "Rantai", "why": "Mengapa tidak",
           "timeline": "Linimasa",
           "period": "Tanggal", "arrangement": "Pengaturan", "details": "Keterangan"},
    "en": {"permitted": "Permitted", "fingerprint": "Fingerprint",
           "ruleset": "Rule-set fingerprint", "chain": "Chain", "why": "Why not",
           "timeline": "Timeline",
           "period": "Dates", "arrangement": "Arrangement", "details": "Details"},
}


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _badge(code: str, strong: bool = True) -> str:
    """An arrangement as a coloured badge (``WFH``; ``libur`` stays a word)."""
    colour = _COLOURS.get(code, "#374151")
    if strong:
        style = (f"background:{colour};color:#ffffff;border:1px solid {colour};"
                 "border-radius:4px;padding:0 6px;font-weight:600")
    else:
        style = (f"background:#ffffff;color:{colour};border:1px solid {colour};"
                 "border-radius:4px;padding:0 6px")
    return f'<span style="{style}">{_e(W.arrangement(code))}</span>'


def _section(title: str, body: str) -> str:
    return f'<div style="{_H}">{_e(title)}</div>{body}'


def _items(items: Iterable[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    inner = "".join(f"<li>{x}</li>" for x in items)
    return f'<{tag} style="margin:2px 0 2px 1.4em;padding:0">{inner}</{tag}>'


def _step(step: TraceStep, lang: str, ctx: Context) -> str:
    colour = _VERDICT_COLOURS.get(step.verdict, "#374151")
    return (f'<span style="color:{colour}">{_e(_VERDICT_WORDS[lang][step.verdict])}</span> '
            f"{_e(step_line(step, lang, ctx))}")


def decision_html(decision: Decision, lang: str = "id") -> str:
    """The decision as an HTML card: outcome, permitted arrangements, conditions,
    legal basis, trace and notes, with its fingerprint."""
    lang = _lang(lang)
    L, X = W.WORDS[lang], _EXTRA[lang]
    ctx = Context.of(decision)
    flags = []
    if decision.drafts_used:
        flags.append(L["draft"])
    if decision.provisional:
        flags.append(L["provisional"])
    flag = "".join(f' <span style="color:#b45309;font-weight:600">[{_e(f)}]</span>'
                   for f in flags)
    code = decision.arrangement.value
    head = W.arrangement_long(code, lang)
    holidays = holiday_names(decision, lang, ctx)
    if holidays:
        head = f"libur ({'; '.join(holidays)})"
    out = [
        f'<div class="kebijakan-asn-decision" style="{_BOX}">',
        f'<div style="font-size:15px">{_badge(code)} '
        f"<strong>{_e(head)}</strong> — "
        f"{_e(format_date(decision.date, lang))}{flag}</div>",
        f"<div>{_e(L['employee'])}: "
        f"{_e(person(decision.employee, lang, ctx.catalog))}</div>",
    ]
    if decision.arrangement.value != "libur":
        badges = " ".join(_badge(a.value, a is decision.arrangement) for a in decision.permitted)
        out.append(_section(X["permitted"], f"<div>{badges}</div>"))
    if decision.conditions:
        td = '<td style="padding:1px 10px 1px 0;vertical-align:top">'
        rows = "".join(
            f"<tr>{td}{_badge(c.arrangement.value, False)}</td>"
            f"{td}{_e(W.condition(c.code, lang))}</td>{td}{_e(c.text(lang))}</td>"
            f"{td}{_e(c.channel or '')}</td>{td}{_e(ctx.cite(c.policy, lang))}</td></tr>"
            for c in decision.conditions)
        table = (f'<table style="border-collapse:collapse;margin:2px 0">'
                 f"<tbody>{rows}</tbody></table>")
        out.append(_section(L["conditions"], table))
    basis = []
    for b in decision.basis:
        parents = W.join((ctx.cite(d, lang) for d in b.derived_from), lang)
        parent = f" ({L['from']} {parents})" if b.derived_from else ""
        basis.append(f"<strong>{_e(W.cite(b, lang))}</strong>{_e(parent)}")
    out.append(_section(L["basis"], _items(basis)))
    out.append(_section(L["steps"], _items((_step(s, lang, ctx) for s in decision.trace),
                                            ordered=True)))
    if decision.notes:
        out.append(_section(L["notes"], _items(_e(note_text(n, lang, ctx))
                                               for n in decision.notes)))
    footer = [f"{X['fingerprint']}: {decision.fingerprint}",
              f"{X['ruleset']}: {decision.ruleset.fingerprint} ("
              + ", ".join(f"{n} {v}" for n, v in decision.ruleset.plugins) + ")"]
    if decision.chain is not None:
        footer.append(f"{X['chain']}: #{decision.chain.index} ← "
                      f"{decision.chain.previous or 'null'}")
    out.append(f'<div style="{_SMALL};margin-top:8px">'
               + "<br>".join(_e(x) for x in footer) + "</div>")
    out.append("</div>")
    return "".join(out)


def why_not_html(answer: WhyNot, lang: str = "id") -> str:
    """A why-not answer as an HTML card (its text, step by step)."""
    lang = _lang(lang)
    lines = answer.explain(lang).split("\n")
    head = lines[0]
    text = [x for x in lines[1:] if not x.startswith("  ")]  # the numbered steps follow
    body = "".join(f"<div>{_e(x)}</div>" for x in text)
    if answer.steps:
        ctx = Context.of(answer.decision)
        body += _items((_step(s, lang, ctx) for s in answer.steps), ordered=True)
    return (f'<div class="kebijakan-asn-why-not" style="{_BOX}">'
            f'<div style="font-size:15px">{_badge(answer.arrangement.value, False)} '
            f"<strong>{_e(head)}</strong></div>{body}"
            f'<div style="{_SMALL};margin-top:8px">{_e(answer.decision.fingerprint)}</div>'
            "</div>")


def timeline_html(line: Timeline, lang: str = "id") -> str:
    """A timeline as an HTML table, one row per run."""
    lang = _lang(lang)
    X = _EXTRA[lang]
    head = line.explain(lang).split("\n")[0]
    rows = []
    for r in line.runs:
        label = r.label(lang, line.catalog)
        detail = label.split(": ", 1)[1] if ": " in label else label
        rows.append(
            f'<tr><td style="padding:1px 8px 1px 0;white-space:nowrap">'
            f"{_e(W.date_range(r.start, r.end, lang))}"
            + f'</td><td style="padding:1px 8px 1px 0">{_badge(r.arrangement.value)}</td>'
            f"<td>{_e(detail)}</td></tr>")
    return (f'<div class="kebijakan-asn-timeline" style="{_BOX}">'
            f"<div><strong>{_e(head)}</strong></div>"
            f'<table style="border-collapse:collapse;margin-top:4px"><thead><tr>'
            f'<th style="text-align:left">{_e(X["period"])}</th>'
            f'<th style="text-align:left">{_e(X["arrangement"])}</th>'
            f'<th style="text-align:left">{_e(X["details"])}</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")
