"""The model parts that carry fidelity to the sources: sources, readings, agency notes,
fact selectors, standing frameworks, and their checks."""

from __future__ import annotations

import datetime as dt

import pytest

from kebijakan_asn import (
    AgencyNote,
    Citation,
    Employee,
    Jurisdiction,
    ModulePlugin,
    Period,
    Policy,
    Provision,
    Resolver,
    RuleSetError,
    Source,
    ValidationError,
)
from kebijakan_asn.nasional import plugin as nasional

from .conftest import AGENCIES, J, kab_uji


def _plugin(policy: Policy) -> ModulePlugin:
    class Module:
        POLICIES = [policy]

    return ModulePlugin(J, "1.0.0", jurisdictions=[Jurisdiction(J, "Kabupaten Uji", "kabupaten")],
                        agencies=AGENCIES, modules=[Module])


def test_a_source_needs_an_outlet_and_an_address() -> None:
    s = Source("Gobekasi.id", dt.date(2025, 3, 22), "https://gobekasi.id/x", "judul")
    assert s.label == "Gobekasi.id 2025-03-22"
    assert Source("JDIH", None, "https://jdih.example").label == "JDIH"
    with pytest.raises(ValidationError, match=r"url.*https://"):
        Source("Gobekasi.id", None, "gobekasi.id/x")
    with pytest.raises(ValidationError, match="outlet"):
        Source(" ", None, "https://gobekasi.id/x")
    with pytest.raises(ValidationError, match=r"sources.*expected Source objects"):
        Citation("Surat Edaran", "1", "Bupati", sources=["https://gobekasi.id/x"])  # type: ignore[list-item]


def test_agency_notes_and_fact_selectors_are_checked() -> None:
    with pytest.raises(ValidationError, match="agencies"):
        AgencyNote(("siaga", "on alert"), agencies=[])
    with pytest.raises(ValidationError, match="snake_case fact"):
        Provision("assigned", "wfh", facts=["Surat Perintah"])


def _policy(**kw: object) -> Policy:
    return Policy(id="kab-uji/catatan", jurisdiction="kab-uji", title=("uji", "test"),
                  citation=Citation("Surat Edaran", "1/2025", "Bupati Uji",
                                    sources=[Source("Uji", None, "https://uji.example")]),
                  periods=[Period(dt.date(2025, 3, 24), dt.date(2025, 3, 27))],
                  provisions=[Provision("permitted", "wfa", quote="boleh WFA")],
                  quotes=["boleh WFA"], **kw)  # type: ignore[arg-type]


def test_an_agency_note_reaches_its_agencies_only() -> None:
    note = AgencyNote(("Dinkes siaga.", "Dinkes on alert."), agencies=["dinkes"], quote="siaga")
    r = Resolver(plugins=[nasional, _plugin(_policy(agency_notes=[note]))])
    day = "2025-03-25"
    sub_agency = [a.code for a in r.ruleset.agencies_of("kab-uji") if a.parent == "dinkes"]
    for agency, expected in [("dinkes", True), ("bappeda", False),
                             *((a, True) for a in sub_agency)]:
        d = r.decide(Employee("kab-uji", agency, "pelaksana"), day)
        assert ("agency-note" in {n.code for n in d.notes}) is expected, agency


def test_a_misspelt_agency_in_a_note_is_an_error() -> None:
    note = AgencyNote(("siaga", "on alert"), agencies=["dinkez"])
    with pytest.raises(RuleSetError, match=r"agency of a note .dinkez.*dinkes"):
        Resolver(plugins=[nasional, _plugin(_policy(agency_notes=[note]))])


def test_a_standing_framework_gets_no_daily_note() -> None:
    r = Resolver(plugins=[nasional, kab_uji])
    assert r.ruleset.policies["nasional/permenpanrb-4-2025"].standing
    d = r.decide(Employee("kab-uji", "bappeda", "pelaksana"), "2025-06-03")
    assert "no-implementing-policy" not in {n.code for n in d.notes}
