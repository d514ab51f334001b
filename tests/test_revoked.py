"""Holidays set, then revoked: never holidays, a working day with the note
``holiday-revoked``, the same bytes on every path, listed by ``calendar``."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from collections.abc import Iterable

import attrs
import pytest

from kebijakan_asn import (
    Employee,
    Jurisdiction,
    ModulePlugin,
    PluginError,
    Resolver,
    RevokedHoliday,
    RuleSetError,
    ValidationError,
    _batch,
    _cli,
)
from kebijakan_asn._replay import Replay
from kebijakan_asn.nasional import plugin as nasional
from kebijakan_asn.nasional.skb_libur_cuti_bersama import REVOKED, SKB, national_revoked
from kebijakan_asn.synthetic import workforce
from kebijakan_asn.testing import FrozenCalendar

from .conftest import J, citation, kab_uji, staff

D = dt.date
SKB_744 = SKB[2020][4]
DEC_2020 = [D(2020, 12, d) for d in range(21, 32)]
REVOKED_DAYS = sorted(r.date for r in REVOKED)
WORKDAYS = [d for d in REVOKED_DAYS if d.weekday() < 5]
"""The revoked days that fall on the work week (9 July 2022 is a Saturday)."""


AUG_11 = D(2025, 8, 11)


def revoked(day: dt.date = AUG_11, **kw: object) -> RevokedHoliday:
    fields: dict[str, object] = {
        "date": day, "name": ("Cuti Bersama Uji", "Test cuti bersama"), "kind": "cuti-bersama",
        "policy": "nasional/libur", "set_by": (citation("1/2025"),),
        "revoked_by": citation("2/2025", D(2025, 8, 1)), **kw}
    return RevokedHoliday(**fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def real() -> Resolver:
    return Resolver(plugins=[nasional])


def pns(agency: str = "kemenpanrb", **kw: object) -> Employee:
    return Employee(jurisdiction="nasional", agency=agency, position="pelaksana",
                    status="pns", **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the model


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("kind", "libur", "expected one of cuti-bersama, libur-daerah, libur-nasional"),
    ("set_by", (), "at least one Citation"),
    ("set_by", ("SKB 1/2025",), "Citation objects"),
    ("revoked_by", "SKB 2/2025", "a Citation"),
    ("date", "2025-08-11", "date"),
    ("jurisdiction", "Kab Uji", ""),
])
def test_a_bad_field_names_itself_and_what_is_valid(field: str, value: object,
                                                    expected: str) -> None:
    with pytest.raises(ValidationError) as err:
        revoked(**{field: value})
    assert err.value.field == field
    assert expected in str(err.value)


def test_a_revoked_holiday_is_frozen_and_slotted() -> None:
    r = revoked()
    assert not hasattr(r, "__dict__")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.kind = "libur-nasional"  # type: ignore[misc]


# ------------------------------------------------------------------ the hook


def _plugin(source: Iterable[RevokedHoliday]) -> ModulePlugin:
    days = tuple(source)
    return ModulePlugin("uji-dicabut", "1.0", revoked=lambda j, y: days)


@pytest.mark.parametrize(("day", "match"), [
    (revoked(D(2024, 8, 11)), "asked for 2025, returned 2024-08-11"),
    (revoked(jurisdiction="kab-lain"), "asked for 'nasional', returned a revoked holiday of "
                                       "'kab-lain'"),
    (revoked(D(2025, 8, 18)), "2025-08-18 is both a cuti-bersama holiday and a revoked "
                              "cuti-bersama"),
])
def test_the_rule_set_checks_what_plugins_return(day: RevokedHoliday, match: str) -> None:
    rs = Resolver(plugins=[nasional, _plugin([day])]).ruleset
    with pytest.raises(PluginError, match=match) as err:
        rs.revoked_holidays("nasional", 2025)
    assert "uji-dicabut" in str(err.value) and "kebijakan_asn_revoked_holidays" in str(err.value)


def test_an_unknown_policy_is_a_rule_set_error() -> None:
    rs = Resolver(plugins=[nasional, _plugin([revoked(policy="nasional/tidak-ada")])]).ruleset
    with pytest.raises(RuleSetError, match=r"revoked holiday 2025-08-11.*nasional/tidak-ada"):
        rs.revoked_holidays("nasional", 2025)


def test_a_day_of_another_kind_may_be_both() -> None:
    # 18 Aug 2025 is cuti bersama; a revoked libur nasional on it is no contradiction.
    day = revoked(D(2025, 8, 18), kind="libur-nasional")
    assert Resolver(plugins=[nasional, _plugin([day])]).revoked_holidays("nasional", 2025) == (
        day,)


def test_a_region_plugin_revokes_its_own_days(resolver: Resolver) -> None:
    mine = revoked(D(2025, 8, 12), kind="libur-daerah", policy=f"{J}/hari-jadi", jurisdiction=J)
    plugin = ModulePlugin(J, "1.0", jurisdictions=[Jurisdiction(J, "Uji", "kabupaten")],
                          agencies=kab_uji.kebijakan_asn_agencies(), modules=kab_uji.modules,
                          revoked=lambda j, y: [mine] if j == J else [])
    r = Resolver(plugins=[nasional, plugin])
    assert r.revoked_holidays(J, 2025) == (mine,)
    assert r.revoked_holidays("nasional", 2025) == ()
    d = r.decide(staff(), D(2025, 8, 12))
    assert [n.code for n in d.notes][:1] == ["holiday-revoked"]
    assert d.arrangement == resolver.decide(staff(), D(2025, 8, 12)).arrangement


def test_the_module_plugin_pickles_with_its_revoked_source() -> None:
    again = pickle.loads(pickle.dumps(nasional))
    assert tuple(again.kebijakan_asn_revoked_holidays("nasional", 2020)) == national_revoked(2020)


# ------------------------------------------------------------------ the national data


def test_no_revoked_day_is_a_holiday_of_the_same_kind(real: Resolver) -> None:
    for year in (2020, 2021):
        kinds = {(h.date, h.kind) for h in real.holidays("nasional", year)}
        days = real.revoked_holidays("nasional", year)
        assert days and not {(r.date, r.kind) for r in days} & kinds
        assert all(real.is_working_day("nasional", r.date) for r in days)


def test_the_revoked_days_of_2020_to_2023() -> None:
    assert [
        D(2020, 5, 22), D(2020, 5, 26), D(2020, 5, 27), D(2020, 5, 28), D(2020, 5, 29),
        D(2020, 12, 28), D(2020, 12, 29), D(2020, 12, 30),
        D(2021, 3, 12), D(2021, 5, 17), D(2021, 5, 18), D(2021, 5, 19), D(2021, 8, 10),
        D(2021, 10, 19), D(2021, 12, 24), D(2021, 12, 27), D(2022, 7, 9),
        D(2023, 4, 26)] == REVOKED_DAYS
    # 2023: the day SKB 327/2023 dropped had been set by the SKB and, for ASN, the Keppres
    (april,) = national_revoked(2023)
    assert [c.number for c in april.set_by] == ["1066 Tahun 2022, 3 Tahun 2022, 3 Tahun 2022",
                                                "24 Tahun 2022"]
    assert april.revoked_by.number.startswith("327 Tahun 2023")
    assert april.revoked_by.signed == D(2023, 3, 29) and april.kind == "cuti-bersama"
    assert [national_revoked(y) for y in (2024, 2025, 2026)] == [(), (), ()]
    december = [r for r in national_revoked(2020) if r.date.month == 12]
    assert {r.revoked_by for r in december} == {SKB_744}
    assert SKB_744.signed == D(2020, 12, 1)


def test_the_frozen_calendar_serves_the_same_revoked_days(real: Resolver) -> None:
    frozen = FrozenCalendar(2020, 2021).resolver()
    for year in (2020, 2021):
        assert frozen.revoked_holidays("nasional", year) == real.revoked_holidays(
            "nasional", year)
    with pytest.raises(PluginError, match="frozen calendar holds 2020, 2021, not 2022"):
        frozen.revoked_holidays("nasional", 2022)


# ------------------------------------------------------------------ decisions


def test_28_december_2020_is_a_working_day_with_the_note(real: Resolver) -> None:
    d = real.decide(pns(), "2020-12-28")
    notes = [n for n in d.notes if n.code == "holiday-revoked"]
    assert len(notes) == 1 and notes[0].policy == "nasional/libur"
    assert notes[0].text.id == (
        "28 Desember 2020 semula ditetapkan sebagai cuti bersama (Pengganti Cuti Bersama Hari "
        "Raya Idul Fitri 1441 Hijriyah) oleh Surat Keputusan Bersama Menteri Agama, Menteri "
        "Ketenagakerjaan, dan Menteri PANRB Nomor 391 Tahun 2020, 02 Tahun 2020, 02 Tahun "
        "2020; Surat Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri "
        "PANRB Nomor 440 Tahun 2020, 03 Tahun 2020, 03 Tahun 2020; dan Keputusan Presiden "
        "Nomor 17 Tahun 2020; penetapan itu dihapus oleh Surat Keputusan Bersama Menteri "
        "Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 744 Tahun 2020, 05 Tahun "
        "2020, 06 Tahun 2020 tanggal 1 Desember 2020, sehingga tanggal itu hari kerja.")
    assert notes[0].text.en.startswith(
        '28 December 2020 ("Substitute cuti bersama for Eid al-Fitr 1441 AH") was first set as '
        "cuti bersama (joint leave) by Joint Decree")
    assert notes[0].text.en.endswith("of 1 December 2020, so the date is a working day.")
    assert "hari ini" not in notes[0].text.id
    assert notes[0].text.id in d.explain("id")


def _without_revoked() -> ModulePlugin:
    """The national plugin as it was before revoked days existed."""
    return ModulePlugin(
        nasional.PLUGIN_NAME, nasional.__version__,
        jurisdictions=tuple(nasional.kebijakan_asn_jurisdictions()),
        agencies=tuple(nasional.kebijakan_asn_agencies()),
        facts=[f for f in nasional.kebijakan_asn_facts()
               if not any(f in getattr(m, "FACTS", ()) for m in nasional.modules)],
        modules=nasional.modules,
        holidays=lambda j, y: nasional.kebijakan_asn_holidays(j, y))


def _plain(record: dict[str, object]) -> dict[str, object]:
    notes = record.pop("notes")
    assert isinstance(notes, list)
    record.pop("fingerprint")
    return {**record, "notes": [n for n in notes if n["code"] != "holiday-revoked"]}


def test_everything_but_the_note_is_what_it_was(real: Resolver) -> None:
    before = Resolver(plugins=[_without_revoked()])
    for employee in (pns(), *workforce(20, seed=4, ruleset=real)):
        for day in WORKDAYS:
            d = real.decide(employee, day)
            assert d.arrangement.value != "libur"
            assert [n.code for n in d.notes].count("holiday-revoked") == 1
            assert _plain(d.to_dict()) == _plain(before.decide(employee, day).to_dict())
    for day in (D(2020, 12, 24), D(2020, 12, 31), D(2020, 12, 22), D(2022, 7, 9)):
        assert "holiday-revoked" not in {n.code for n in real.decide(pns(), day).notes}
    assert real.decide(pns(), D(2022, 7, 9)).arrangement.value == "libur"  # a Saturday
    assert before.revoked_holidays("nasional", 2020) == ()


def test_batch_frame_and_replay_give_the_bytes_of_to_json(real: Resolver) -> None:
    people = workforce(60, seed=3, ruleset=real)
    days = DEC_2020 + REVOKED_DAYS
    batch = _batch.Batch(real, days)
    replay = Replay(real)
    for employee in people:
        lines = [real.decide(employee, day).to_json() + "\n" for day in days]
        assert batch.render(employee) == "".join(lines).encode()
        for line in lines[6:9]:  # 28-30 December
            assert replay.reproduces(line.encode()) is not None
    assert any('"code":"holiday-revoked"' in line for line in lines)


def test_the_frame_path_gives_the_fingerprints_of_decide(real: Resolver) -> None:
    pd = pytest.importorskip("pandas")
    frame = pytest.importorskip("kebijakan_asn.frame")
    from kebijakan_asn.synthetic import columns

    cols = columns(40, seed=3, ruleset=real)
    people = workforce(40, seed=3, ruleset=real)
    days = DEC_2020 + REVOKED_DAYS
    got = frame.decide_frame(Resolver(ruleset=real.ruleset), pd.DataFrame(cols), days)
    assert list(got["fingerprint"]) == [d.fingerprint for d in real.decide_many(people, days)]


# ------------------------------------------------------------------ calendar


def test_calendar_lists_the_revoked_days_with_both_citations(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli.main(["calendar", "--jurisdiction", "nasional", "--year", "2020"]) == 0
    text = capsys.readouterr().out
    section = text[text.index("\nDitetapkan lalu dihapus\n"):]
    assert "Senin, 28 Desember 2020" in section
    assert "Pengganti Cuti Bersama Hari Raya Idul Fitri 1441 Hijriyah" in section
    assert ("    Dihapus oleh: Surat Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, "
            "dan Menteri PANRB Nomor 744 Tahun 2020, 05 Tahun 2020, 06 Tahun 2020 tanggal 1 "
            "Desember 2020") in section
    assert "    Ditetapkan oleh: Surat Keputusan Bersama" in section
    # The revoked days are not in the holiday table above it.
    assert "28 Desember 2020" not in text[:text.index("\nDitetapkan lalu dihapus\n")]
    assert _cli.main(["calendar", "--jurisdiction", "nasional", "--year", "2020",
                      "--lang", "en"]) == 0
    assert "\nSet, then revoked\n" in capsys.readouterr().out


def test_calendar_json_has_an_additive_key(capsys: pytest.CaptureFixture[str],
                                           real: Resolver) -> None:
    assert _cli.main(["calendar", "--jurisdiction", "nasional", "--year", "2021",
                      "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["date"] for r in data["revoked"]] == [
        d.isoformat() for d in REVOKED_DAYS if d.year == 2021]
    assert {h["date"] for h in data["holidays"]}.isdisjoint(
        {r["date"] for r in data["revoked"] if r["kind"] == "cuti-bersama"})
    assert data["revoked"][-1]["revoked_by"]["number"].startswith("281 Tahun 2021")
    assert _cli.main(["calendar", "--jurisdiction", "nasional", "--year", "2025",
                      "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["revoked"] == []


# ------------------------------------------------------------------ conformance


SAME = "Hari Jadi Kabupaten Uji"


def _regional(day: int) -> ModulePlugin:
    """Kabupaten Uji, whose hari jadi (10 August) is a holiday, with an untranslated
    revoked libur daerah on *day* August."""
    def revoked_days(jurisdiction: str, year: int) -> list[RevokedHoliday]:
        if jurisdiction != J:
            return []
        return [revoked(D(year, 8, day), name=(SAME, SAME), kind="libur-daerah",
                        policy=f"{J}/hari-jadi", jurisdiction=J)]

    return ModulePlugin(J, "1.0", jurisdictions=tuple(kab_uji.kebijakan_asn_jurisdictions()),
                        agencies=tuple(kab_uji.kebijakan_asn_agencies()),
                        modules=kab_uji.modules,
                        holidays=lambda j, y: kab_uji.kebijakan_asn_holidays(j, y),
                        revoked=revoked_days)


def test_conformance_checks_the_revoked_days() -> None:
    from kebijakan_asn.testing import check_conformance

    def found(plugin: ModulePlugin, check: str) -> list[str]:
        return [f"{p.subject}: {p.message}"
                for p in check_conformance(plugin, checks=[check], year=2025)]

    assert found(_regional(10), "calendar")[0] == (
        "kab-uji 2025: plugin 'kab-uji', hook kebijakan_asn_revoked_holidays: 2025-08-10 is "
        "both a libur-daerah holiday and a revoked libur-daerah; expected a revoked day to be "
        "no holiday of that kind")
    assert found(_regional(11), "calendar") == []
    assert [f for f in found(_regional(11), "texts") if f.startswith("revoked")] == [
        f"revoked holiday {y}-08-11: the same in Bahasa Indonesia and English ({SAME!r}); "
        "give (id, en)" for y in (2025, 2026)]


def test_a_broken_revoked_hook_is_a_problem_of_every_check_not_an_exception() -> None:
    """The day both a holiday and revoked breaks every decision of that year: the
    ``texts`` check (which decides sample days) reports nothing of its own for it and
    leaves it to the ``calendar`` check, instead of stopping with the PluginError."""
    from kebijakan_asn.testing import check_conformance

    problems = check_conformance(_regional(10), checks=["texts", "calendar"], year=2025)
    assert [p.check for p in problems].count("calendar") == 2  # 2025 and 2026
    assert all("both a libur-daerah holiday and a revoked" in p.message for p in problems
               if p.check == "calendar")
