"""SPEC §8: the quota model (``Quota``), the employee's ``unit``."""

from __future__ import annotations

from fractions import Fraction

import pytest

from kebijakan_asn import Employee, Provision, Quota, ValidationError
from kebijakan_asn._canonical import to_plain


class TestShare:
    @pytest.mark.parametrize("given", ["1/2", " 1/2 ", "0.5", "50%", 0.5, Fraction(1, 2)])
    def test_exact_forms_of_a_half(self, given: object) -> None:
        assert Quota("wfh", given, "agency", "all").share == Fraction(1, 2)

    def test_whole_unit(self) -> None:
        assert Quota("wfh", 1, "unit", "all").share == 1

    def test_a_float_that_is_not_a_short_decimal_is_refused(self) -> None:
        with pytest.raises(ValidationError, match="'1/10'") as err:
            Quota("wfh", 0.1, "agency", "all")
        assert err.value.field == "share"

    @pytest.mark.parametrize("bad", [0, "0", "3/2", -0.5, "x", True, "1/0", None])
    def test_out_of_range_or_not_a_number(self, bad: object) -> None:
        with pytest.raises(ValidationError) as err:
            Quota("wfh", bad, "agency", "all")
        assert err.value.field == "share" and "at most 1" in str(err.value)
        assert "\n" not in str(err.value)

    @pytest.mark.parametrize(("field", "value"), [
        ("per", "bidang"), ("headcount", "some"), ("rounding", "half-even")])
    def test_closed_choices(self, field: str, value: str) -> None:
        kw: dict[str, object] = {"per": "agency", "headcount": "all", field: value}
        with pytest.raises(ValidationError) as err:
            Quota("wfh", "1/2", **kw)  # type: ignore[arg-type]
        assert err.value.field == field

    def test_a_quota_is_for_an_arrangement_away_from_the_office(self) -> None:
        with pytest.raises(ValidationError, match="wfh or wfa"):
            Quota("wfo", "1/2", "agency", "all")

    def test_a_provision_quota_must_be_for_its_arrangement(self) -> None:
        with pytest.raises(ValidationError, match="'wfh'"):
            Provision("permitted", "wfh", quota=Quota("wfa", "1/2", "agency", "all"))


class TestCap:
    @pytest.mark.parametrize(("rounding", "caps"), [
        ("down", [0, 0, 1, 1, 2, 2, 3, 3]),
        ("nearest", [0, 1, 1, 2, 2, 3, 3, 4]),
        ("up", [0, 1, 1, 2, 2, 3, 3, 4]),
    ])
    def test_half_of_a_unit(self, rounding: str, caps: list[int]) -> None:
        q = Quota("wfh", "1/2", "agency", "all", rounding)
        assert [q.cap(n) for n in range(8)] == caps

    def test_three_quarters(self) -> None:
        down = Quota("wfh", "3/4", "unit", "eligible")
        near = Quota("wfh", "3/4", "unit", "eligible", "nearest")
        up = Quota("wfh", "3/4", "unit", "eligible", "up")
        assert [down.cap(n) for n in (1, 2, 3, 10)] == [0, 1, 2, 7]
        assert [near.cap(n) for n in (1, 2, 3, 10)] == [1, 2, 2, 8]
        assert [up.cap(n) for n in (1, 2, 3, 10)] == [1, 2, 3, 8]


class TestDescribe:
    def test_jabar_words(self) -> None:
        q = Quota("wfh", "1/2", "agency", "all")
        assert q.describe("id") == "paling banyak 50% pegawai setiap perangkat daerah"
        assert q.describe("en") == "at most 50% of the staff of each perangkat daerah"

    def test_per_unit_eligible_rounded_up(self) -> None:
        q = Quota("wfh", "3/4", "unit", "eligible", "up")
        assert q.describe("id") == ("paling banyak 75% pegawai yang memenuhi syarat setiap "
                                    "unit kerja (dibulatkan ke atas)")
        assert q.describe("en") == ("at most 75% of the eligible staff of each unit kerja "
                                    "(rounded up)")

    @pytest.mark.parametrize(("share", "id_", "en"), [
        ("1/8", "12,5%", "12.5%"), ("1/3", "1/3", "1/3"), ("33/400", "8,25%", "8.25%")])
    def test_non_round_shares(self, share: str, id_: str, en: str) -> None:
        q = Quota("wfh", share, "agency", "all")
        assert f"banyak {id_} pegawai" in q.describe("id")
        assert f"most {en} of" in q.describe("en")

    def test_canonical_form_of_a_share(self) -> None:
        assert to_plain(Quota("wfh", "3/4", "unit", "all"))["share"] == "3/4"


class TestUnit:
    def test_unit_is_kept_trimmed_and_in_the_record(self) -> None:
        e = Employee("prov-jabar", "bkd", "pelaksana", unit="  Bidang Mutasi ")
        assert e.unit == "Bidang Mutasi"
        assert e.to_dict()["unit"] == "Bidang Mutasi"
        assert Employee.from_dict(e.to_dict()) == e

    def test_no_unit_leaves_the_record_as_before(self) -> None:
        assert "unit" not in Employee("prov-jabar", "bkd", "pelaksana").to_dict()

    @pytest.mark.parametrize("bad", ["", "   ", "a\nb", 7, "x" * 201])
    def test_bad_unit(self, bad: object) -> None:
        with pytest.raises(ValidationError) as err:
            Employee("prov-jabar", "bkd", "pelaksana", unit=bad)  # type: ignore[arg-type]
        assert err.value.field == "unit"
