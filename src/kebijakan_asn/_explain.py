"""Readable explanations of decisions, in Bahasa Indonesia (default) and English.

Every trace reason code has one sentence per language here; the sentences are
filled from the step's parameters and written with the words of
:mod:`kebijakan_asn._labels`: positions, statuses and agencies by their names,
grants in words, policies by their formal citation, dates written out.  The
record keeps codes; only the text for people is translated.  Nothing reads the
clock: a decision is about its own date ("pada tanggal itu"), never "today".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from . import _labels as W
from ._labels import LANGS, MONTHS, format_date

if TYPE_CHECKING:
    from ._decision import BasisRef, ConditionRef, Decision, Note, TraceStep
    from ._labels import Catalog
    from ._model import Employee

__all__ = ["LANGS", "MONTHS", "REASONS", "Context", "explain", "format_date", "person",
           "step_sentence", "your_unit"]

WHY = {
    "id": {"emergency": "kebijakan darurat didahulukan",
           "specific-jurisdiction": "kebijakan pemerintah daerah yang lebih khusus didahulukan",
           "later-instrument": "ketentuan yang lebih baru didahulukan",
           "policy-id": "urutan kode kebijakan"},
    "en": {"emergency": "an emergency measure comes first",
           "specific-jurisdiction": "the more specific government's policy comes first",
           "later-instrument": "the later instrument comes first",
           "policy-id": "policy code order"},
}

# reason code -> (Bahasa Indonesia, English).  {x} is filled from the step's params,
# already written in words by :func:`step_sentence`.
REASONS: dict[str, tuple[str, str]] = {
    "weekend": ("hari {weekday} bukan hari kerja{also}",
                "{weekday} is not a working day{also}"),
    "holiday": ("{name}, {kind_label}", "{name}, {kind_label}"),
    "working-day": ("hari {weekday} adalah hari kerja; WFO sebagai ketentuan dasar",
                    "{weekday} is a working day; WFO is the baseline"),
    "granted": ("berlaku: {grant_phrase}{label_part}",
                "applies: {grant_phrase}{label_part}"),
    "enabling": ("memungkinkan instansi menerapkan {arrangement}; tidak mengubah pengaturan "
                 "kerja dengan sendirinya",
                 "enables the government to adopt {arrangement}; does not change the "
                 "arrangement by itself"),
    "implemented-by": ("dilaksanakan melalui {by}", "implemented by {by}"),
    "status-not-covered": ("tidak berlaku: hanya untuk {statuses}, bukan {status}",
                           "does not apply: only for {statuses}, not {status}"),
    "fact-missing": ("tidak berlaku: hanya bila {fact}", "does not apply: only when {fact}"),
    "exempt": ("tidak berlaku: {exempt_who} — {reason}{inherited}",
               "does not apply: {exempt_who} — {reason}{inherited}"),
    "rank-excluded": ("tidak berlaku bagi jabatan {position} — {reason}{inherited}",
                      "does not apply to the position {position} — {reason}{inherited}"),
    "no-provision": ("tidak berlaku: tidak ada butir yang mengatur {agency}",
                     "does not apply: no provision covers {agency}"),
    "schedule-off": ("tidak berlaku pada tanggal itu: hanya {schedule}",
                     "does not apply on that date: only {schedule}"),
    "rotation-off": ("{working_day} dalam periode ini adalah giliran kelompok {on_duty}, "
                     "bukan kelompok {group}",
                     "{working_day} of the period is group {on_duty}'s turn, "
                     "not group {group}'s"),
    "rotation-unknown-group": ("tidak berlaku: kelompok rotasi {group} tidak dikenal "
                               "(kelompok yang ada: {groups})",
                               "does not apply: rotation group {group} is unknown "
                               "(groups: {groups})"),
    # Rosters (jadwal unit): a rostered day turns a permitted arrangement into an assigned one.
    "rostered": ("berlaku: {arrangement} diwajibkan menurut jadwal unit kerja (baris {line} "
                 "jadwal {roster}){label_part}",
                 "applies: {arrangement} assigned by the unit's roster (line {line} of roster "
                 "{roster}){label_part}"),
    "roster": ("jadwal unit kerja ({roster}): {note}", "unit roster ({roster}): {note}"),
    "replaced": ("digantikan oleh {by}", "replaced by {by}"),
    "outranked": ("dikesampingkan oleh {by}: {why_label}", "overridden by {by}: {why_label}"),
    "outcome": ("hasil: {arrangement}; yang diperbolehkan: {permitted}",
                "outcome: {arrangement}; permitted: {permitted}"),
    # Why-not steps (kebijakan_asn._audit.why_not).
    "out-of-period": ("tidak berlaku pada tanggal itu: masa berlakunya {periods}",
                      "not in force on that date: in force {periods}"),
    "draft-not-included": ("rancangan yang belum berlaku; hanya diterapkan bila rancangan "
                           "diminta (--include-drafts)",
                           "a draft, not in force; applied only when drafts are asked for "
                           "(--include-drafts)"),
    "superseded": ("tidak berlaku: digantikan oleh {by}", "does not apply: replaced by {by}"),
    "other-provision": ("berlaku melalui butir lain ({via}), bukan butir {arrangement}",
                        "applies through another provision ({via}), not the {arrangement} one"),
    "baseline-overridden": ("WFO sebagai ketentuan dasar tidak berlaku pada tanggal itu: "
                            "{by} mewajibkan {assigned}",
                            "WFO as the baseline does not hold on that date: {by} assigns "
                            "{assigned}"),
}


class Context:
    """What the sentences of one decision are written with: the names of its rule
    set (:class:`~kebijakan_asn._labels.Catalog`), its date, the employee and
    the citations of its basis."""

    __slots__ = ("basis", "catalog", "date", "employee")

    def __init__(self, catalog: Catalog, date: dt.date | None = None,
                 employee: Employee | None = None, basis: tuple[BasisRef, ...] = ()) -> None:
        self.catalog = catalog
        self.date = date
        self.employee = employee
        self.basis: dict[str, list[BasisRef]] = {}
        for b in basis:
            self.basis.setdefault(b.policy, []).append(b)

    @classmethod
    def of(cls, decision: Decision, catalog: Catalog | None = None) -> Context:
        """The context of *decision* (names from the catalog of its rule set)."""
        return cls(catalog or W.catalog(decision.ruleset.fingerprint), decision.date,
                   decision.employee, decision.basis)

    def cite(self, policy: str | None, lang: str, *, dated: bool = False,
             fallback: str = "") -> str:
        """The formal citation of *policy* on the context's date."""
        if policy is None:
            return fallback
        refs = self.basis.get(policy)
        if refs:
            return "; ".join(W.cite(ref, lang, dated=dated) for ref in refs)
        found = self.catalog.policy(policy)
        if found is not None:
            c = found.citation_on(self.date) if self.date is not None else found.citation
            return W.cite(c, lang, dated=dated)
        return fallback or policy

    def cites(self, policies: str, lang: str) -> str:
        """``a, b`` (policy ids) as citations joined with ``dan``/``and``."""
        return W.join((self.cite(p.strip(), lang) for p in policies.split(",") if p.strip()),
                      lang)

    def agency(self, code: str) -> str:
        jurisdiction = self.employee.jurisdiction if self.employee else ""
        return self.catalog.agency(jurisdiction, code)


def your_unit(ctx: Context, lang: str, per: str | None = None) -> str:
    """``unit kerja Anda: Bidang …, Dinas Kesehatan Kota Bandung`` / ``your unit: …``: what a
    quota counted *per* ``agency`` or ``unit`` (or a roster) counts the employee in; the
    perangkat daerah alone for a quota per agency or an employee given without a unit."""
    e = ctx.employee
    if e is None:
        return ""
    name = ctx.catalog.agency(e.jurisdiction, e.agency)
    if e.unit and per != "agency":
        name = f"{e.unit}, {name}"
    return f"{W.word('your_unit', lang)}: {name}"


def _quota_part(condition: ConditionRef, lang: str, ctx: Context) -> str:
    """``; kuota: paling banyak 50% …; unit kerja Anda: …`` after a ``jadwal-unit``
    condition: the quota of the provision it belongs to, in words, and the employee's unit."""
    if condition.code.value != "jadwal-unit":
        return ""
    policy = ctx.catalog.policy(condition.policy)
    quota = next((v.quota for v in policy.provisions if v.quota is not None
                  and v.quota.arrangement is condition.arrangement), None) if policy else None
    parts = [f"{W.word('quota', lang)}: {quota.describe(lang)}"] if quota else []
    unit = your_unit(ctx, lang, quota.per if quota else None)
    if unit:
        parts.append(unit)
    return "".join(f"; {part}" for part in parts)


def _roster_note(step: TraceStep, lang: str) -> str:
    """The roster step in words, from its arrangement and the rotation group set aside
    (a decision is about its own date: "pada tanggal itu", never "hari ini")."""
    en = lang == "en"
    arrangement = step.arrangement.value if step.arrangement else ""
    if arrangement:
        note = (f"you are rostered {W.arrangement(arrangement, lang)} on that date" if en
                else f"Anda dijadwalkan {W.arrangement(arrangement, lang)} pada tanggal itu")
    else:
        note = ("you are not rostered away from the office on that date" if en
                else "Anda tidak dijadwalkan bekerja di luar kantor pada tanggal itu")
    group = step.param("group")
    if group:
        note += (f"; rotation group {group} is set aside: the roster replaces the groups' "
                 "turns" if en else
                 f"; kelompok rotasi {group} tidak dipakai karena jadwal unit kerja "
                 "menggantikan giliran kelompok")
    return note


def person(employee: Employee, lang: str, catalog: Catalog) -> str:
    """``E1 · 1986… — Pelaksana, PNS, Badan … Kabupaten Bekasi``."""
    who = " · ".join(x for x in (employee.id, employee.nip) if x)
    parts = [W.position(employee.position, lang), W.status(employee.status, lang),
             catalog.agency(employee.jurisdiction, employee.agency)]
    if employee.direct_service:
        parts.append(W.word("direct", lang))
    if employee.rotation_group:
        parts.append(f"{W.word('group', lang)} {employee.rotation_group}")
    text = ", ".join(parts)
    return f"{who} — {text}" if who else text


def _periods(text: str, lang: str) -> str:
    """``2025-03-24..2025-03-27, 2025-04-08`` (period labels) written out."""
    out = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            start, _, end = part.partition("..")
            a = dt.date.fromisoformat(start)
            if not _:
                out.append(W.day(a, lang))
            elif end:
                out.append(W.date_range(a, dt.date.fromisoformat(end), lang))
            else:
                out.append(W.period(a, None, lang))
        except ValueError:
            out.append(part)
    return W.join(out, lang)


def _exempt_who(step: TraceStep, ctx: Context, lang: str) -> str:
    matched = step.param("matched")
    agency = ctx.agency(step.param("agency"))
    en = lang == "en"
    if matched == "direct-service":  # the employee's own duties, not the agency
        return ("you serve the public directly" if en
                else "Anda melayani langsung masyarakat")
    if matched == "pelayanan-langsung":
        return (f"{agency} serves the public directly" if en
                else f"{agency} memberikan pelayanan langsung kepada masyarakat")
    jurisdiction = ctx.employee.jurisdiction if ctx.employee else ""
    known = ctx.catalog.agency(jurisdiction, matched) if jurisdiction else ""
    if matched == step.param("agency"):
        return f"{agency} is exempt" if en else f"{agency} dikecualikan"
    if matched in W.AGENCY_KINDS["id"] or matched in W.TAGS["id"] or not known:
        what = W.agency_kind(matched, lang) if matched in W.AGENCY_KINDS["id"] else W.tag(
            matched, lang)
        return (f"{agency} belongs to the exempt {what}" if en
                else f"{agency} termasuk {what} yang dikecualikan")
    return (f"{agency} is part of {known}, which is exempt" if en
            else f"{agency} berada di bawah {known} yang dikecualikan")


def step_sentence(step: TraceStep, lang: str = "id", context: Context | None = None) -> str:
    """The sentence of one trace step in *lang* (names from *context*)."""
    lang = W.check_lang(lang)
    ctx = context or Context(W.catalog())
    params: dict[str, str] = {k: step.param(k, lang) for k, _ in step.params}
    for key, _ in step.params:
        if key.endswith(("_id", "_en")):
            params[key[:-3]] = step.param(key[:-3], lang)
    arrangement = step.arrangement.value if step.arrangement else ""
    params["arrangement"] = W.arrangement(arrangement, lang)
    params["grant_phrase"] = (W.grant_phrase(arrangement, step.grant, lang)
                              if step.grant else params["arrangement"])
    params["kind_label"] = W.holiday_kind(params.get("kind", ""), lang)
    params["why_label"] = WHY[lang].get(params.get("why", ""), params.get("why", ""))
    label = params.get("label", "")
    params["label_part"] = f" — {label}" if label else ""
    if "permitted" in params:
        params["permitted"] = W.join((W.arrangement(x, lang)
                                      for x in params["permitted"].split(",")), lang)
    if "assigned" in params:
        params["assigned"] = W.arrangement(params["assigned"].lower(), lang)
    if "by" in params:
        params["by"] = ctx.cites(step.param("by"), lang)
    if "statuses" in params:
        params["statuses"] = W.join((W.status(s.strip(), lang)
                                     for s in step.param("statuses").split(",")), lang)
    if "status" in params:
        params["status"] = W.status(step.param("status"), lang)
    if "position" in params:
        params["position"] = W.position(step.param("position"), lang)
    if step.reason == "no-provision":
        params["agency"] = ctx.agency(step.param("agency"))
    if step.reason == "exempt":
        params["exempt_who"] = _exempt_who(step, ctx, lang)
    if "day_number" in params:
        try:
            params["working_day"] = W.working_day(int(step.param("day_number")), lang)
        except ValueError:
            params["working_day"] = step.param("day_number")
    if "groups" in params:
        params["groups"] = W.join((g.strip() for g in step.param("groups").split(",")), lang)
    if "periods" in params:
        params["periods"] = _periods(step.param("periods"), lang)
    if step.reason == "roster":
        params["note"] = _roster_note(step, lang)
    if step.reason == "other-provision" and step.param("via_grant"):
        params["via"] = W.grant_phrase(step.param("via_arrangement"), step.param("via_grant"),
                                       lang)
        via_label = step.param("via_label", lang)
        if via_label:
            params["via"] += f": {via_label}"
    params["also"] = params["inherited"] = ""
    if step.param("rule_policy"):  # an exemption or rank rule inherited through amends
        cited = ctx.cite(step.param("rule_policy"), lang, fallback=step.param("rule_citation"))
        params["inherited"] = (f" (as written in {cited})" if lang == "en"
                               else f" (sebagaimana diatur dalam {cited})")
    if step.reason == "weekend" and ctx.employee is not None and ctx.date is not None:
        days = ctx.catalog.holidays_on(ctx.employee.jurisdiction, ctx.date)
        if days:
            names = W.join((f"{h.name(lang)} ({W.holiday_kind(h.kind, lang)})" for h in days),
                           lang)
            params["also"] = (f"; the day is also {names}" if lang == "en"
                              else f"; hari itu juga {names}")
    template = REASONS.get(step.reason)
    if template is None:
        return step.reason
    text = template[0] if lang == "id" else template[1]
    return text.format_map(_Missing(params))


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def step_line(step: TraceStep, lang: str, ctx: Context) -> str:
    """``Surat Edaran … Nomor …: <sentence>`` (the step's instrument, then its sentence)."""
    if step.reason == "outcome":  # the result of all steps, not of one instrument
        return step_sentence(step, lang, ctx)
    who = ctx.cite(step.policy, lang, fallback=step.param("citation"))
    sentence = step_sentence(step, lang, ctx)
    return f"{who}: {sentence}" if who else sentence


def note_text(note: Note, lang: str, ctx: Context) -> str:
    """A note in *lang*; notes the library writes are worded here, from their code."""
    policy = ctx.catalog.policy(note.policy) if note.policy else None
    if note.code == "no-implementing-policy" and policy is not None and ctx.employee:
        cited = ctx.cite(note.policy, lang)
        what = W.arrangement(policy.provisions[0].arrangement, lang) if policy.provisions else ""
        government = ctx.catalog.government(ctx.employee.jurisdiction)
        if lang == "en":
            return (f"{cited} enables {what}, but on that date {government} has no "
                    "implementing policy on record; the instrument by itself changes no "
                    "arrangement.")
        return (f"{cited} memungkinkan {what}, tetapi pada tanggal itu {government} belum "
                "memiliki kebijakan pelaksana yang tercatat; ketentuan tersebut tidak mengubah "
                "pengaturan kerja dengan sendirinya.")
    if note.code == "draft-used" and note.policy:
        cited = ctx.cite(note.policy, lang)
        return (f"This decision uses a draft that is not in force: {cited}." if lang == "en"
                else f"Keputusan ini memakai rancangan yang belum berlaku: {cited}.")
    return note.text(lang)


def holiday_names(decision: Decision, lang: str, ctx: Context) -> list[str]:
    """The names of the holidays on the decision's date (also on a weekend)."""
    names = [s.param("name", lang) for s in decision.trace if s.reason == "holiday"]
    if not names and decision.arrangement.value == "libur":
        names = [h.name(lang) for h in ctx.catalog.holidays_on(
            decision.employee.jurisdiction, decision.date)]
    return [n for n in names if n]


def explain(decision: Decision, lang: str = "id", catalog: Catalog | None = None) -> str:
    """The explanation of *decision* in *lang*."""
    lang = W.check_lang(lang)
    ctx = Context.of(decision, catalog)
    word = W.WORDS[lang]
    flags = []
    if decision.drafts_used:
        flags.append(word["draft"])
    if decision.provisional:
        flags.append(word["provisional"])
    flag = f" [{', '.join(flags)}]" if flags else ""
    head = W.arrangement_long(decision.arrangement, lang)
    holidays = holiday_names(decision, lang, ctx)
    if holidays:
        head = f"libur ({'; '.join(holidays)})"
    lines = [f"{word['decision']}: {head} — {format_date(decision.date, lang)}{flag}",
             f"{word['employee']}: {person(decision.employee, lang, ctx.catalog)}"]
    others = [a for a in decision.permitted if a is not decision.arrangement]
    if decision.arrangement.value != "libur":
        lines.append(f"{word['also']}: " + (
            ", ".join(W.arrangement_long(a, lang) for a in others) if others
            else word["none"]))
    if decision.conditions:
        lines.append(f"{word['conditions']}:")
        for c in decision.conditions:
            channel = f" [{c.channel}]" if c.channel else ""
            lines.append(f"  - {W.arrangement(c.arrangement, lang)}, "
                         f"{W.condition(c.code, lang)}: {c.text(lang)}{channel} "
                         f"({ctx.cite(c.policy, lang)}){_quota_part(c, lang, ctx)}")
    lines.append(f"{word['basis']}:")
    for b in decision.basis:
        parent = (f" ({word['from']} {W.join((ctx.cite(d, lang) for d in b.derived_from), lang)})"
                  if b.derived_from else "")
        lines.append(f"  - {W.cite(b, lang)}{parent}")
    lines.append(f"{word['steps']}:")
    for i, step in enumerate(decision.trace, 1):
        lines.append(f"  {i}. {step_line(step, lang, ctx)}")
    if decision.notes:
        lines.append(f"{word['notes']}:")
        for n in decision.notes:
            lines.append(f"  - {note_text(n, lang, ctx)}")
    return "\n".join(lines)
