"""Readable explanations of decisions, in Bahasa Indonesia (default) and English.

Every trace reason code has one sentence per language here; the sentences are
filled from the step's parameters.  Dates and weekdays are spelt out by this
module, not by the locale, so the text is the same on every machine.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ._errors import ValidationError

if TYPE_CHECKING:
    from ._decision import Decision, TraceStep

__all__ = ["LANGS", "REASONS", "explain", "format_date", "step_sentence"]

LANGS = ("id", "en")

MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

ARRANGEMENTS = {
    "id": {"wfo": "WFO (bekerja dari kantor)", "wfh": "WFH (bekerja dari rumah)",
           "wfa": "WFA (bekerja dari mana saja)", "libur": "libur (bukan hari kerja)"},
    "en": {"wfo": "WFO (work from office)", "wfh": "WFH (work from home)",
           "wfa": "WFA (work from anywhere)", "libur": "libur (non-working day)"},
}
GRANTS = {
    "id": {"assigned": "ditugaskan", "permitted": "diperbolehkan", "enabling": "dimungkinkan",
           "baseline": "ketentuan dasar"},
    "en": {"assigned": "assigned", "permitted": "permitted", "enabling": "enabled",
           "baseline": "baseline"},
}
HOLIDAY_KINDS = {
    "id": {"libur-nasional": "libur nasional", "cuti-bersama": "cuti bersama",
           "libur-daerah": "libur daerah"},
    "en": {"libur-nasional": "national holiday", "cuti-bersama": "cuti bersama (joint leave)",
           "libur-daerah": "regional holiday"},
}
WHY = {
    "id": {"emergency": "kebijakan darurat didahulukan",
           "specific-jurisdiction": "kebijakan instansi yang lebih khusus didahulukan",
           "later-instrument": "peraturan yang lebih baru didahulukan",
           "policy-id": "urutan id kebijakan"},
    "en": {"emergency": "an emergency measure comes first",
           "specific-jurisdiction": "the more specific government's policy comes first",
           "later-instrument": "the later instrument comes first",
           "policy-id": "policy id order"},
}

# reason code -> (Bahasa Indonesia, English).  {x} is filled from the step's params.
REASONS: dict[str, tuple[str, str]] = {
    "weekend": ("hari {weekday} bukan hari kerja ({citation})",
                "{weekday} is not a working day ({citation})"),
    "holiday": ("{name}: {kind_label} ({citation})", "{name}: {kind_label} ({citation})"),
    "working-day": ("hari {weekday} adalah hari kerja; WFO sebagai ketentuan dasar ({citation})",
                    "{weekday} is a working day; WFO is the baseline ({citation})"),
    "granted": ("berlaku: {arrangement} {grant}{label_part} ({citation})",
                "applies: {arrangement} {grant}{label_part} ({citation})"),
    "enabling": ("memungkinkan instansi menerapkan {arrangement}; tidak mengubah hasil "
                 "dengan sendirinya ({citation})",
                 "enables the instansi to adopt {arrangement}; does not change the outcome "
                 "by itself ({citation})"),
    "implemented-by": ("dilaksanakan oleh {by}", "implemented by {by}"),
    "status-not-covered": ("tidak berlaku: hanya untuk {statuses}, bukan {status} ({citation})",
                           "does not apply: only for {statuses}, not {status} ({citation})"),
    "fact-missing": ("tidak berlaku: hanya bila {fact} ({citation})",
                     "does not apply: only when {fact} ({citation})"),
    "exempt": ("tidak berlaku: {agency} dikecualikan ({matched}) — {reason} ({citation})",
               "does not apply: {agency} is exempt ({matched}) — {reason} ({citation})"),
    "rank-excluded": ("tidak berlaku untuk jabatan {position} — {reason} ({citation})",
                      "does not apply to position {position} — {reason} ({citation})"),
    "no-provision": ("tidak berlaku: tidak ada butir yang mengatur {agency} ({citation})",
                     "does not apply: no provision covers {agency} ({citation})"),
    "schedule-off": ("tidak berlaku hari ini: hanya {schedule} ({citation})",
                     "does not apply today: only {schedule} ({citation})"),
    "rotation-off": ("hari kerja nomor {day_number} periode ini (dihitung dari 0) giliran "
                     "grup {on_duty}, bukan grup {group} ({citation})",
                     "working day number {day_number} of the period (counted from 0) is group "
                     "{on_duty}'s turn, not group {group}'s ({citation})"),
    "rotation-unknown-group": ("tidak berlaku: grup rotasi '{group}' tidak dikenal (grup: "
                               "{groups}) ({citation})",
                               "does not apply: rotation group '{group}' is unknown (groups: "
                               "{groups}) ({citation})"),
    "rostered": ("berlaku: {arrangement} ditugaskan menurut jadwal unit (baris {line} roster "
                 "{roster}){label_part} ({citation})",
                 "applies: {arrangement} assigned by the unit's roster (line {line} of roster "
                 "{roster}){label_part} ({citation})"),
    "roster": ("jadwal unit (roster {roster}): {note}", "unit roster ({roster}): {note}"),
    "replaced": ("digantikan oleh {by}", "replaced by {by}"),
    "outranked": ("dikalahkan oleh {by}: {why_label}", "outranked by {by}: {why_label}"),
    "outcome": ("hasil: {arrangement}; boleh: {permitted}",
                "outcome: {arrangement}; permitted: {permitted}"),
    # Why-not steps (kebijakan_asn._audit.why_not).
    "out-of-period": ("tidak berlaku pada tanggal ini: masa berlakunya {periods} ({citation})",
                      "not in force on this date: in force {periods} ({citation})"),
    "draft-not-included": ("rancangan yang belum berlaku; hanya diterapkan bila rancangan "
                           "diminta (--include-drafts) ({citation})",
                           "a draft, not in force; applied only when drafts are asked for "
                           "(--include-drafts) ({citation})"),
    "superseded": ("tidak berlaku: digantikan oleh {by} ({citation})",
                   "does not apply: replaced by {by} ({citation})"),
    "other-provision": ("berlaku melalui butir lain ({via}), bukan butir {arrangement} "
                        "({citation})",
                        "applies through another provision ({via}), not the {arrangement} one "
                        "({citation})"),
    "baseline-overridden": ("WFO sebagai ketentuan dasar tidak berlaku hari ini: {by} "
                            "menugaskan {assigned} ({citation})",
                            "WFO as the baseline does not hold today: {by} assigns {assigned} "
                            "({citation})"),
}

LABELS = {
    "id": {"decision": "Keputusan", "employee": "Pegawai", "also": "Boleh juga",
           "conditions": "Syarat", "basis": "Dasar hukum", "steps": "Alasan",
           "notes": "Catatan", "none": "tidak ada", "from": "turunan dari",
           "draft": "RANCANGAN", "provisional": "SEMENTARA"},
    "en": {"decision": "Decision", "employee": "Employee", "also": "Also permitted",
           "conditions": "Conditions", "basis": "Legal basis", "steps": "Reasons",
           "notes": "Notes", "none": "none", "from": "derived from",
           "draft": "DRAFT", "provisional": "PROVISIONAL"},
}


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValidationError.invalid("lang", lang, LANGS)
    return lang


def format_date(day: dt.date, lang: str = "id") -> str:
    """``Selasa, 25 Maret 2025`` / ``Tuesday, 25 March 2025``."""
    lang = _lang(lang)
    return (f"{WEEKDAYS[lang][day.weekday()]}, {day.day} {MONTHS[lang][day.month - 1]} "
            f"{day.year}")


def step_sentence(step: TraceStep, lang: str = "id") -> str:
    """The sentence of one trace step in *lang*."""
    lang = _lang(lang)
    template = REASONS.get(step.reason)
    params = {k: step.param(k, lang) for k, _ in step.params}
    for key, _ in step.params:
        if key.endswith(("_id", "_en")):
            params[key[:-3]] = step.param(key[:-3], lang)
    arrangement = step.arrangement.value if step.arrangement else ""
    params["arrangement"] = arrangement.upper()
    params["grant"] = GRANTS[lang].get(step.grant.value, "") if step.grant else ""
    params["kind_label"] = HOLIDAY_KINDS[lang].get(params.get("kind", ""), "")
    params["why_label"] = WHY[lang].get(params.get("why", ""), params.get("why", ""))
    label = params.get("label", "")
    params["label_part"] = f" — {label}" if label else ""
    if "permitted" in params:
        params["permitted"] = ", ".join(x.upper() for x in params["permitted"].split(","))
    if template is None:
        return f"{step.reason} {params}"
    text = template[0] if lang == "id" else template[1]
    try:
        return text.format_map(_Missing(params))
    except (ValueError, IndexError):  # pragma: no cover - defensive: malformed template
        return f"{step.reason} {params}"


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def explain(decision: Decision, lang: str = "id") -> str:
    """The explanation of *decision* in *lang*."""
    lang = _lang(lang)
    L = LABELS[lang]
    e = decision.employee
    flags = []
    if decision.drafts_used:
        flags.append(L["draft"])
    if decision.provisional:
        flags.append(L["provisional"])
    flag = f" [{', '.join(flags)}]" if flags else ""
    lines = [
        f"{L['decision']}: {ARRANGEMENTS[lang][decision.arrangement.value]} — "
        f"{format_date(decision.date, lang)}{flag}",
    ]
    who = " · ".join(x for x in (e.id, e.nip) if x)
    person = f"{e.position.value}, {e.status.value}, {e.jurisdiction}/{e.agency}"
    if e.direct_service:
        person += ", pelayanan langsung" if lang == "id" else ", direct service"
    if e.rotation_group:
        person += f", grup {e.rotation_group}" if lang == "id" else f", group {e.rotation_group}"
    lines.append(f"{L['employee']}: {who + ' — ' if who else ''}{person}")
    others = [a for a in decision.permitted if a is not decision.arrangement]
    if decision.arrangement.value != "libur":
        lines.append(f"{L['also']}: " + (", ".join(ARRANGEMENTS[lang][a.value] for a in others)
                                        if others else L["none"]))
    if decision.conditions:
        lines.append(f"{L['conditions']}:")
        for c in decision.conditions:
            channel = f" [{c.channel}]" if c.channel else ""
            lines.append(f"  - {c.arrangement.value.upper()}: {c.text(lang)}{channel} "
                         f"({c.policy})")
    lines.append(f"{L['basis']}:")
    for b in decision.basis:
        signed = f", {b.signed.isoformat()}" if b.signed else ""
        parent = f"; {L['from']} {', '.join(b.derived_from)}" if b.derived_from else ""
        lines.append(f"  - {b.label} ({b.issuer}{signed}) [{b.policy}{parent}]")
    lines.append(f"{L['steps']}:")
    for i, step in enumerate(decision.trace, 1):
        who_ = f"{step.policy}: " if step.policy else ""
        lines.append(f"  {i}. {who_}{step_sentence(step, lang)}")
    if decision.notes:
        lines.append(f"{L['notes']}:")
        for n in decision.notes:
            lines.append(f"  - {n.text(lang)}")
    return "\n".join(lines)
