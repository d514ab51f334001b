"""The exhaustive check (``kebijakan-asn check``, :mod:`kebijakan_asn._check`).

A small made-up regency, ``kab-periksa``, has one rule set with each kind of
finding: a conflict, an overlap, a policy that never fires, an exemption that
never matters, a policy whose only days are a weekend.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kebijakan_asn import (
    Agency,
    Citation,
    Exemption,
    Jurisdiction,
    ModulePlugin,
    Period,
    Policy,
    Provision,
    RankRule,
    Recurrence,
    Resolver,
    Rotation,
    _cli,
)
from kebijakan_asn._check import CHECK_SCHEMA, check_ruleset, default_years, render_report
from kebijakan_asn.cli import _common as _cli_common
from kebijakan_asn.nasional import plugin as nasional

J = "kab-periksa"
MARCH = [Period(dt.date(2025, 3, 3), dt.date(2025, 3, 14))]


def cite(number: str, signed: dt.date = dt.date(2025, 2, 1)) -> Citation:
    return Citation("Surat Edaran", number, "Bupati Periksa", signed, provenance="official",
                    source="tests")


def pol(slug: str, *provisions: Provision, **kw: object) -> Policy:
    fields: dict[str, object] = {
        "id": f"{J}/{slug}", "jurisdiction": J, "title": (slug, slug),
        "citation": cite(slug), "periods": MARCH, "provisions": provisions,
    }
    fields.update(kw)
    return Policy(**fields)  # type: ignore[arg-type]


THURSDAYS = Recurrence("FREQ=WEEKLY;BYDAY=TH")


class Instrument:
    POLICIES = [
        pol("izin-wfh", Provision("permitted", "wfh")),
        pol("kamis-wfh", Provision("assigned", "wfh", schedule=THURSDAYS)),
        # Same jurisdiction, same signing date, other arrangement, on 13 March only.
        pol("kamis-wfa", Provision("assigned", "wfa"),
            periods=[Period(dt.date(2025, 3, 13), dt.date(2025, 3, 13))]),
        pol("tanpa-sasaran", Provision("permitted", "wfa", agency_tags={"tidak-ada"})),
        pol("akhir-pekan", Provision("permitted", "wfa"),
            periods=[Period(dt.date(2025, 3, 15), dt.date(2025, 3, 16))]),
        pol("rotasi", Provision("assigned", "wfh", schedule=Rotation(("A", "B")),
                                with_rotation_group=True),
            periods=[Period(dt.date(2025, 4, 21), dt.date(2025, 4, 25))]),
        pol("banjir", Provision("assigned", "wfh"), required_facts=["office_access_cut"],
            emergency=True, periods=[Period(dt.date(2025, 3, 10), dt.date(2025, 3, 11))]),
    ]
    EXEMPTIONS = [
        Exemption(f"{J}/izin-wfh", ("kesehatan", "health"), agency="dinkes"),
        # Every puskesmas is under Dinkes: this exemption never matters.
        Exemption(f"{J}/izin-wfh", ("puskesmas", "puskesmas"), agency_kind="puskesmas"),
        Exemption(f"{J}/kamis-wfh", ("pelayanan langsung", "direct service"),
                  direct_service=True),
    ]
    RANK_RULES = [RankRule(f"{J}/kamis-wfa", ["jpt-pratama"], "only", ("kepala", "heads"))]


PERIKSA = ModulePlugin(
    J, "1.0",
    jurisdictions=[Jurisdiction(J, "Pemerintah Kabupaten Periksa", "kabupaten")],
    agencies=[
        Agency(J, "setda", "Sekretariat Daerah", "setda"),
        Agency(J, "dinkes", "Dinas Kesehatan", "dinas"),
        Agency(J, "puskesmas-a", "Puskesmas A", "puskesmas", parent="dinkes",
               direct_service=True),
    ],
    modules=[Instrument],
)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(plugins=[nasional, PERIKSA])


@pytest.fixture(scope="module")
def report(resolver: Resolver):  # type: ignore[no-untyped-def]
    return check_ruleset(resolver, jurisdictions=J, years=2025)


def test_a_tie_of_assigned_grants_is_a_conflict(report) -> None:  # type: ignore[no-untyped-def]
    (conflict,) = report.conflicts
    assert conflict.policies == (f"{J}/kamis-wfa", f"{J}/kamis-wfh")
    assert "conflict between policies" in conflict.message
    assert conflict.example["date"] == "2025-03-13"
    assert conflict.example["employee"]["position"] == "jpt-pratama"
    # 13 March: jpt-pratama only (1 position), PNS or PPPK, not direct service (the
    # kamis-wfh exemption), every agency that is not direct service (setda, dinkes),
    # fact true or false, any rotation group (none, A, B).
    assert conflict.employee_days == 1 * 2 * 1 * 2 * 2 * 3
    assert not report.ok


def test_a_policy_with_no_one_to_grant_never_fires(report) -> None:  # type: ignore[no-untyped-def]
    (never,) = report.never_fires
    assert never.policy == f"{J}/tanpa-sasaran"
    assert never.working_days == 10
    assert dict(never.reasons)["no-provision"] > 0


def test_an_exemption_covered_by_another_never_matters(report) -> None:  # type: ignore[no-untyped-def]
    (unused,) = report.unused_exemptions
    assert unused.selector == "agency_kind puskesmas"
    assert unused.exemption.policy == f"{J}/izin-wfh"


def test_two_policies_granting_the_same_day_overlap(report) -> None:  # type: ignore[no-untyped-def]
    pairs = {o.policies: o.arrangements for o in report.overlaps}
    assert pairs[(f"{J}/banjir", f"{J}/izin-wfh")] == ("wfh", "wfh")
    assert pairs[(f"{J}/izin-wfh", f"{J}/kamis-wfh")] == ("wfh", "wfh")
    assert (f"{J}/kamis-wfa", f"{J}/kamis-wfh") not in pairs  # a conflict, not an overlap


def test_a_policy_whose_days_are_a_weekend_is_in_force_on_no_working_day(
        report) -> None:  # type: ignore[no-untyped-def]
    assert report.not_in_force == (f"{J}/akhir-pekan",)


def test_the_reduction_to_classes_is_exact(resolver: Resolver) -> None:
    reduced = check_ruleset(resolver, jurisdictions=J, years=2025)
    full = check_ruleset(resolver, jurisdictions=J, years=2025, reduce=False)
    assert full.decisions == full.employee_days  # every employee-day decided
    assert reduced.decisions < full.decisions / 50
    for field in ("employee_days", "conflicts", "never_fires", "unused_exemptions",
                  "overlaps", "not_in_force"):
        assert getattr(reduced, field) == getattr(full, field), field


def test_the_domain_counts_every_employee_of_every_working_day(report) -> None:  # type: ignore[no-untyped-def]
    working_days = len(Resolver(plugins=[nasional, PERIKSA]).working_days(
        J, "2025-01-01", "2025-12-31"))
    # 3 agencies × 7 positions × 3 statuses × direct service × 1 required fact × (no group, A, B)
    assert report.employee_days == 3 * 7 * 3 * 2 * 2 * 3 * working_days


def test_the_report_is_deterministic_and_json(resolver: Resolver, report) -> None:  # type: ignore[no-untyped-def]
    again = check_ruleset(Resolver(plugins=[PERIKSA, nasional]), jurisdictions=J, years=2025)
    assert json.dumps(again.to_dict(), sort_keys=True) == json.dumps(report.to_dict(),
                                                                     sort_keys=True)
    data = report.to_dict()
    assert data["schema"] == CHECK_SCHEMA
    assert data["conflicts"][0]["policies"] == [f"{J}/kamis-wfa", f"{J}/kamis-wfh"]


def test_default_years_are_those_the_policies_are_in_force(resolver: Resolver) -> None:
    assert default_years(resolver, [J]) == (2020, 2024, 2025, 2026)  # with the national ones
    assert default_years(Resolver(plugins=[nasional])) == (2020, 2024, 2025, 2026)


def test_the_text_report_names_each_finding(report) -> None:  # type: ignore[no-untyped-def]
    text = render_report(report, "en")
    assert text.splitlines()[0] == "Exhaustive check 2025: Pemerintah Kabupaten Periksa"
    assert ("  - Circular of the Regent of Periksa kamis-wfa × Circular of the Regent of "
            "Periksa kamis-wfh: 24 employee-days (e.g. JPT Pratama, PNS, Dinas Kesehatan "
            "Kabupaten Periksa, 13 March 2025)") in text
    assert text.endswith("1 conflict(s): decisions on those days fail with a ConflictError.")
    indonesian = render_report(report, "id")
    assert indonesian.splitlines()[2] == "Konflik:"
    assert "179.172 hari-pegawai" in indonesian and "office_access_cut" not in indonesian


def test_our_own_rule_sets_have_no_conflict() -> None:
    resolver = Resolver()  # every installed plugin
    report = check_ruleset(resolver)
    assert report.conflicts == ()
    assert report.never_fires == ()
    assert set(report.jurisdictions) == set(resolver.ruleset.jurisdictions)


# --------------------------------------------------------------------------- the CLI


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = _cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_exits_1_on_a_conflict(capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cli_common, "make_resolver",
                        lambda args: Resolver(plugins=[nasional, PERIKSA]))
    code, out, err = run(capsys, "check", "--jurisdiction", J, "--year", "2025", "--lang", "en")
    assert (code, err) == (1, "")
    assert "Conflicts:\n  - Circular of the Regent of Periksa kamis-wfa × " in out
    code, out, _ = run(capsys, "check", "--jurisdiction", J, "--year", "2025", "--json")
    assert code == 1 and json.loads(out)["conflicts"][0]["employee_days"] == 24


def test_cli_exits_0_without_conflict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--plugins", "nasional", "check", "--year", "2025")
    assert (code, err) == (0, "")
    assert out.startswith("Pemeriksaan menyeluruh 2025: Pemerintah Pusat\n")
    assert out.rstrip().endswith("Tidak ada konflik.")


@pytest.mark.parametrize(("argv", "message"), [
    (["--jurisdiction", "kab-bekas"], "--jurisdiction: invalid value 'kab-bekas'"),
    (["--year", "1900"], "--year: invalid value 1900; expected a year from 1946 to 2100"),
    (["--year", "1990"], "no work-week (baseline) policy is in force"),
    (["--year", "dua"], "argument --year: invalid int value: 'dua'"),
])
def test_cli_usage_errors_exit_2_in_one_line(capsys: pytest.CaptureFixture[str],
                                             argv: list[str], message: str) -> None:
    code, out, err = run(capsys, "--plugins", "nasional", "check", *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err
