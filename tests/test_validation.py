"""SPEC §7: every kind of bad input gets a precise error naming the field, the
value and what would be valid."""

from __future__ import annotations

import pytest

from kebijakan_asn import Employee, Resolver, ValidationError, parse_nip

from .conftest import J, staff


def error_of(fn: object, *args: object, **kw: object) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        fn(*args, **kw)  # type: ignore[operator]
    return err.value


class TestNip:
    def test_a_valid_nip_parses(self) -> None:
        nip = parse_nip("198609262015051001")
        assert nip.birth_date.isoformat() == "1986-09-26"
        assert nip.tmt_cpns == (2015, 5) and nip.sex == 1 and nip.sequence == 1

    @pytest.mark.parametrize(("nip", "says"), [
        ("19860926201505100", "exactly 18 digits"),
        ("1986092620150510011", "exactly 18 digits"),
        ("19860926201505100A", "exactly 18 digits"),
        ("198602302015051001", "real birth date"),
        ("198609262015131001", "TMT CPNS as YYYYMM"),
        ("198609261980051001", "must come after the birth date"),
        ("198609262015053001", "digit 15 is the sex"),
        ("198609262015051000", "starting at 001"),
    ])
    def test_malformed_nip(self, nip: str, says: str) -> None:
        err = error_of(Employee, J, "bappeda", "pelaksana", nip=nip)
        assert err.field == "nip" and err.value == nip
        assert says in str(err)

    def test_pppk_numbers_are_not_parsed_as_nip(self) -> None:
        # A valid-length NI PPPK whose middle is no TMT CPNS: accepted for PPPK.
        Employee(J, "bappeda", "pelaksana", status="pppk", nip="199001012024211001")
        err = error_of(Employee, J, "bappeda", "pelaksana", status="pppk", nip="12345")
        assert "NI PPPK" in str(err)

    def test_non_asn_have_no_nip(self) -> None:
        err = error_of(Employee, J, "bappeda", "pelaksana", status="non-asn",
                       nip="198609262015051001")
        assert "non-ASN" in str(err)


class TestCodes:
    def test_unknown_position_names_the_valid_ones_and_the_nearest(self) -> None:
        err = error_of(Employee, J, "bappeda", "pelaksan")
        assert err.field == "position" and err.value == "pelaksan"
        assert "jpt-pratama" in err.expected and "did you mean pelaksana?" in err.expected

    def test_unknown_status(self) -> None:
        err = error_of(Employee, J, "bappeda", "pelaksana", status="honorer")
        assert err.field == "status" and "non-asn" in err.expected

    def test_codes_are_case_insensitive(self) -> None:
        assert Employee(J, "bappeda", "PELAKSANA", status="PNS").position.value == "pelaksana"

    def test_unknown_jurisdiction(self, resolver: Resolver) -> None:
        err = error_of(resolver.decide, Employee("kab-bekas", "bappeda", "pelaksana"),
                       "2025-03-25")
        assert err.field == "jurisdiction" and "kab-uji" in err.expected

    def test_unknown_agency_suggests_the_nearest(self, resolver: Resolver) -> None:
        err = error_of(resolver.decide, staff("dinkess"), "2025-03-25")
        assert err.field == "agency" and "did you mean dinkes?" in err.expected

    def test_unknown_fact_is_an_error_not_silence(self, resolver: Resolver) -> None:
        err = error_of(resolver.decide, staff(facts={"office_acces_cut": True}),
                       "2026-01-06")
        assert err.field == "facts" and "office_access_cut" in err.expected

    def test_fact_values_must_be_booleans(self) -> None:
        err = error_of(Employee, J, "bappeda", "pelaksana", facts={"office_access_cut": "ya"})
        assert err.field == "facts.office_access_cut"

    def test_slugs(self) -> None:
        err = error_of(Employee, "Kab Bekasi", "bappeda", "pelaksana")
        assert err.field == "jurisdiction" and "slug" in err.expected


class TestDates:
    @pytest.mark.parametrize("day", ["2025-02-30", "2025-13-01", "25-03-2025", "kemarin"])
    def test_impossible_dates(self, resolver: Resolver, day: str) -> None:
        err = error_of(resolver.decide, staff(), day)
        assert err.field == "date" and err.value == day and "YYYY-MM-DD" in err.expected

    def test_date_before_the_rule_set(self, resolver: Resolver) -> None:
        from kebijakan_asn import KebijakanError

        with pytest.raises(KebijakanError, match="does not cover that date"):
            resolver.decide(staff(), "1990-01-02")

    def test_errors_render_as_one_line(self) -> None:
        err = error_of(Employee, J, "bappeda", "pelaksan")
        assert "\n" not in str(err)
        assert str(err).startswith("position: invalid value 'pelaksan'")

    def test_located_errors(self) -> None:
        err = error_of(Employee, J, "bappeda", "pelaksan").at("pegawai.csv:7")
        assert str(err).startswith("pegawai.csv:7: position:")
