"""The notebook cards: readable, complete, escaped, self-contained HTML."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest

from kebijakan_asn import (
    Chainer,
    Citation,
    Condition,
    ModulePlugin,
    Period,
    Policy,
    Provision,
    Resolver,
    ValidationError,
    _labels,
    timeline,
    why_not,
)
from kebijakan_asn._explain import Context, note_text, step_line
from kebijakan_asn.nasional import plugin as nasional

from .conftest import AGENCIES, J, _Module, _regional_holidays, kab_uji, staff

VOID = {"br"}


class _Tags(HTMLParser):
    """Collects text and checks that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs += attrs
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes nothing open"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> _Tags:
    tags = _Tags()
    tags.feed(markup)
    tags.close()
    assert tags.stack == [], f"unclosed: {tags.stack}"
    return tags


def text_of(markup: str) -> str:
    return "".join(parse(markup).text)


def test_the_card_shows_every_part_of_the_decision(resolver: Resolver) -> None:
    d = resolver.decide(staff(id="P-001"), "2025-03-25")
    card = d._repr_html_()
    assert card == d.to_html("id")
    text = text_of(card)
    assert "WFO (bekerja dari kantor)" in text and "Selasa, 25 Maret 2025" in text
    assert "P-001 — Pelaksana, PNS, Bappeda Kabupaten Uji" in text
    assert "Diperbolehkan" in text and "WFA" in text
    ctx = Context.of(d)
    for c in d.conditions:
        assert c.text("id") in text and ctx.cite(c.policy, "id") in text
    for b in d.basis:
        assert _labels.cite(b, "id") in text and b.policy not in text
    for step in d.trace:
        assert step_line(step, "id", ctx) in text
    for note in d.notes:
        assert note_text(note, "id", ctx) in text  # "BPBD siaga."
    assert d.fingerprint in text and d.ruleset.fingerprint in text


def test_the_card_in_english(resolver: Resolver) -> None:
    d = resolver.decide(staff(), "2025-03-25")
    text = text_of(d.to_html("en"))
    assert "WFO (work from office)" in text and "Tuesday, 25 March 2025" in text
    assert "Legal basis" in text and "Conditions" in text and "Permitted" in text
    with pytest.raises(ValidationError, match="lang"):
        d.to_html("jv")


def test_libur_card_has_no_alternatives(resolver: Resolver) -> None:
    d = resolver.decide(staff(), "2025-03-28")
    text = text_of(d.to_html())
    assert "libur (Cuti Bersama Hari Suci Nyepi)" in text
    assert "Diperbolehkan" not in text


def test_flags_and_chain_link_are_shown(resolver: Resolver) -> None:
    chain = Chainer()
    first = chain.link(resolver.decide(staff(), "2026-06-04", include_drafts=True))
    second = chain.link(resolver.decide(staff(), "2026-06-05", include_drafts=True))
    assert "Rantai: #0 ← null" in text_of(first.to_html())
    text = text_of(second.to_html())
    assert f"Rantai: #1 ← {first.fingerprint}" in text
    assert "[RANCANGAN]" in text and f"{J}/rancangan-2026" not in text
    assert "memakai rancangan yang belum berlaku: Surat Edaran Bupati Uji" in text


def test_every_value_is_escaped() -> None:
    sly = Policy(
        id=f"{J}/licik-2027", jurisdiction=J, title=("<b>Licik</b>", "<b>Sly</b>"),
        citation=Citation("Surat Edaran <script>", "1/2027 & co", "Bupati \"Uji\"",
                          dt.date(2027, 1, 4)),
        periods=[Period(dt.date(2027, 2, 1), dt.date(2027, 2, 28))],
        provisions=[Provision("permitted", "wfh", label=("<i>label</i>", "<i>label</i>"))],
        conditions=[Condition("presensi", ("<img src=x onerror=alert(1)>", "<img src=x>"),
                              channel="<a href='http://evil'>")],
        notes=[("catatan <u>", "note <u>")],
    )

    class Extra:
        POLICIES = [sly]

    plugin = ModulePlugin(J, "1.0.0", jurisdictions=kab_uji._jurisdictions, agencies=AGENCIES,
                          modules=[_Module, Extra], holidays=_regional_holidays)
    resolver = Resolver(plugins=[nasional, plugin])
    d = resolver.decide(staff(id="<script>alert(1)</script>"), "2027-02-02")
    card = d.to_html()
    tags = parse(card)
    assert tags.tags <= {"div", "span", "strong", "code", "ul", "ol", "li", "table", "tbody",
                         "tr", "td", "br"}
    assert all(name == "style" or name == "class" for name, _ in tags.attrs)
    for raw in ("<script", "<img", "<b>", "<i>", "<u>", "<a "):
        assert raw not in card
    text = text_of(card)
    assert "<script>alert(1)</script>" in text          # shown as text, not run
    assert "<img src=x onerror=alert(1)>" in text
    assert "Surat Edaran Bupati \"Uji\" Nomor 1/2027 & co" in text
    assert "catatan <u>" in text


def test_no_external_assets(resolver: Resolver) -> None:
    for day in ("2025-03-25", "2025-03-28", "2025-12-02"):
        card = resolver.decide(staff(rotation_group="A"), day).to_html()
        for marker in ("http:", "https:", "src=", "href=", "url(", "<script", "<link",
                       "<img", "@import"):
            assert marker not in card


def test_why_not_and_timeline_cards(resolver: Resolver) -> None:
    answer = why_not(resolver, staff("puskesmas-a"), "2025-03-25", "wfa")
    card = answer._repr_html_()
    text = text_of(card)
    assert "Mengapa tidak WFA? — Selasa, 25 Maret 2025" in text
    assert "Yang menghalangi:" in text
    for step in answer.steps:
        assert step_line(step, "id", Context.of(answer.decision)) in text
    line = timeline(resolver, staff(), "2025-03-24", "2025-03-30")
    text = text_of(line._repr_html_())
    assert "24–27 Maret 2025" in text
    assert "WFO; boleh juga WFA; syarat: laporan kinerja, persetujuan pimpinan" in text
    assert "libur — Cuti Bersama Hari Suci Nyepi (Surat Keputusan Bersama" in text
