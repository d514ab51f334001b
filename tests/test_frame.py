"""Columnar decisions (``kebijakan-asn[frame]``): equal to decide_many, row for row."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kebijakan_asn import Employee, Resolver, ValidationError
from kebijakan_asn._cli import verify_record
from kebijakan_asn.cli import main
from kebijakan_asn.synthetic import columns, workforce

from .conftest import J, staff

pd = pytest.importorskip("pandas")
frame = pytest.importorskip("kebijakan_asn.frame")


def span(start: dt.date, days: int) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(days)]


DAYS = (span(dt.date(2020, 3, 27), 8) + span(dt.date(2021, 6, 5), 8)
        + span(dt.date(2025, 3, 21), 10) + span(dt.date(2025, 11, 29), 6)
        + span(dt.date(2026, 1, 4), 4) + span(dt.date(2026, 6, 4), 3)
        + span(dt.date(2027, 3, 9), 3))


@pytest.fixture(scope="module")
def cols(resolver: Resolver) -> dict[str, list[object]]:
    return columns(250, seed=6, ruleset=resolver)


@pytest.mark.parametrize("drafts", [False, True])
def test_decide_frame_equals_decide_many(resolver: Resolver, cols: dict[str, list[object]],
                                         drafts: bool) -> None:
    people = workforce(250, seed=6, ruleset=resolver)
    got = frame.decide_frame(Resolver(ruleset=resolver.ruleset), pd.DataFrame(cols), DAYS,
                             include_drafts=drafts)
    decided = list(resolver.decide_many(people, DAYS, include_drafts=drafts))
    expected = frame.to_frame(decided)
    assert list(got.columns) == list(frame.COLUMNS)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected)
    assert list(got["fingerprint"]) == [d.fingerprint for d in decided]
    # the columns say what the decisions say
    for row, d in list(zip(got.itertuples(index=False), decided, strict=True))[:: 29]:
        assert row.id == d.employee.id and row.date.date() == d.date
        assert row.arrangement == d.arrangement.value
        assert row.permitted == ",".join(a.value for a in d.permitted)
        assert row.conditions == ",".join(sorted({c.code.value for c in d.conditions}))
        assert row.policies == ",".join(d.policies)
    assert got["arrangement"].dtype == "category"
    assert set(got["arrangement"]) == {"wfh", "libur", "wfo"}
    assert "wfa,wfo" in set(got["permitted"])


def test_fingerprints_are_those_verify_accepts(resolver: Resolver,
                                               cols: dict[str, list[object]]) -> None:
    got = frame.decide_frame(resolver, pd.DataFrame(cols).head(20), DAYS[:12])
    people = workforce(20, seed=6, ruleset=resolver)
    for (_, row), d in zip(got.iterrows(), resolver.decide_many(people, DAYS[:12]),
                           strict=True):
        record = d.to_dict()
        assert record["fingerprint"] == row["fingerprint"]
        assert verify_record(resolver, record) == ("reproduced", [])


def test_rows_keep_the_input_index_and_order(resolver: Resolver) -> None:
    df = pd.DataFrame({"jurisdiction": [J, J], "agency": ["dinkes", "rsud"],
                       "position": ["pelaksana", "fungsional"], "id": ["a", "b"]},
                      index=["x", "y"])
    got = frame.decide_frame(resolver, df, ["2025-03-24", "2025-03-25", "2025-03-26"],
                             fingerprints=False)
    assert list(got.index) == ["x", "x", "x", "y", "y", "y"]
    assert list(got["id"]) == ["a", "a", "a", "b", "b", "b"]
    assert list(got["date"].dt.day) == [24, 25, 26] * 2
    assert "fingerprint" not in got.columns
    # dinkes is exempt from the WFA of 24-27 March; the RSUD is not named
    assert list(got["permitted"]) == ["wfo"] * 3 + ["wfa,wfo"] * 3


def test_missing_values_take_the_defaults_as_in_the_cli(resolver: Resolver) -> None:
    df = pd.DataFrame({
        "id": ["A", None, 7],
        "jurisdiction": [J, J, J], "agency": ["bappeda", "setda", "rsud"],
        "position": ["Pelaksana", "pengawas", "fungsional"],
        "status": ["pppk", None, "PNS"],
        "direct_service": ["ya", None, True],
        "rotation_group": [None, "B", None],
        "fact:office_access_cut": ["true", None, False],
    })
    days = ["2026-01-08", "2025-12-03"]
    got = frame.decide_frame(resolver, df, days)
    people = [
        Employee(J, "bappeda", "pelaksana", status="pppk", id="A", direct_service=True,
                 facts={"office_access_cut": True}),
        Employee(J, "setda", "pengawas", rotation_group="B"),
        Employee(J, "rsud", "fungsional", id="7", direct_service=True,
                 facts={"office_access_cut": False}),
    ]
    expected = frame.to_frame(resolver.decide_many(people, days))
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected)
    assert got["arrangement"].iloc[0] == "wfh"  # the flood emergency


def test_an_arrow_table_is_decided_like_the_frame(resolver: Resolver,
                                                  cols: dict[str, list[object]]) -> None:
    pa = pytest.importorskip("pyarrow")
    df = pd.DataFrame(cols).head(40)
    from_arrow = frame.decide_frame(resolver, pa.Table.from_pandas(df), DAYS[:6])
    pd.testing.assert_frame_equal(from_arrow, frame.decide_frame(resolver, df, DAYS[:6]))


@pytest.mark.parametrize(("change", "says"), [
    ({"agency": ["bapeda"]}, "row 'r0': agency: invalid value 'bapeda'"),
    ({"position": ["staf"]}, "row 'r0': position: invalid value 'staf'"),
    ({"jurisdiction": [None]}, "row 'r0': jurisdiction: invalid value None; this field is "
                               "required"),
    ({"nip": ["198609262015051000"]}, "row 'r0': nip: .*sequence number"),
    ({"nip": ["19860926201505100"]}, "row 'r0': nip: .*exactly 18 digits"),
    ({"nip": ["198609262015051001"], "status": ["non-asn"]}, "non-ASN staff have no NIP"),
    ({"id": ["  "]}, "row 'r0': id: invalid value '  '"),
    ({"rotation_group": ["A-1"]}, "row 'r0': rotation_group"),
    ({"direct_service": ["mungkin"]}, "row 'r0': direct_service"),
    ({"fact:banjir": [True]}, "facts: invalid value 'banjir'; undeclared fact"),
    ({"jabatan": ["x"]}, "column: invalid value 'jabatan'; unknown field"),
])
def test_bad_input_is_one_error_naming_row_field_and_value(
        resolver: Resolver, change: dict[str, list[object]], says: str) -> None:
    good = {"jurisdiction": [J], "agency": ["bappeda"], "position": ["pelaksana"],
            "nip": ["198609262015051001"]}
    df = pd.DataFrame({**good, **change}, index=["r0"])
    with pytest.raises(ValidationError, match=says):
        frame.decide_frame(resolver, df, ["2025-03-25"])


def test_nips_checked_by_columns_agree_with_the_employee_check(resolver: Resolver) -> None:
    nips = ["198609262015051001", "200002292020011001", "199902292020011001",
            "198609262015131001", "198609262015051301", "198609262015051000",
            "198609262015051", "١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١", "198609261986091001", "000001012020011001"]
    for nip in nips:
        df = pd.DataFrame({"jurisdiction": [J], "agency": ["bappeda"],
                           "position": ["pelaksana"], "nip": [nip]})
        try:
            Employee(J, "bappeda", "pelaksana", nip=nip)
            message = ""
        except ValidationError as exc:
            message = str(exc)
        if message:
            with pytest.raises(ValidationError) as caught:
                frame.decide_frame(resolver, df, ["2025-03-25"])
            assert str(caught.value) == f"row 0: {message}"
        else:
            assert len(frame.decide_frame(resolver, df, ["2025-03-25"])) == 1


def test_nothing_to_decide_is_an_empty_frame(resolver: Resolver) -> None:
    df = pd.DataFrame({"jurisdiction": [J], "agency": ["bappeda"], "position": ["pelaksana"]})
    for empty in (frame.decide_frame(resolver, df, []),
                  frame.decide_frame(resolver, df.iloc[:0], ["2025-03-25"]),
                  frame.to_frame([])):
        assert list(empty.columns) == list(frame.COLUMNS) and len(empty) == 0


def test_to_frame_of_single_decisions(resolver: Resolver) -> None:
    d = resolver.decide(staff(id="E9"), "2025-03-25")
    row = frame.to_frame([d]).iloc[0]
    assert (row["id"], row["arrangement"], row["fingerprint"]) == ("E9", "wfo", d.fingerprint)
    assert row["policies"] == ",".join(d.policies)


def test_categorical_and_sliced_input_is_decided_the_same(
        resolver: Resolver, cols: dict[str, list[object]]) -> None:
    df = pd.DataFrame(cols)
    expected = frame.decide_frame(resolver, df, DAYS[:9])
    as_categories = df.astype(dict.fromkeys(
        ("id", "nip", "jurisdiction", "agency", "position", "status", "rotation_group"),
        "category"))
    pd.testing.assert_frame_equal(frame.decide_frame(resolver, as_categories, DAYS[:9]),
                                  expected)
    # a slice: the Arrow columns start at an offset into their buffers
    part = df.iloc[37:120]
    people = workforce(250, seed=6, ruleset=resolver)[37:120]
    got = frame.decide_frame(resolver, part, DAYS[:9])
    pd.testing.assert_frame_equal(
        got.reset_index(drop=True), frame.to_frame(resolver.decide_many(people, DAYS[:9])))
    assert list(got.index[:10]) == [37] * 9 + [38]


@pytest.mark.parametrize("ids", [
    ["E1", "E22", None, "Ñandú", "日本-7", "E1"],  # lengths differ, missing, repeated
    ["AB", "CD", "EF", "AB", "GH", "IJ"],  # one length: written as one block
    [None] * 6,
])
def test_ids_are_repeated_once_per_date(resolver: Resolver, ids: list[str | None]) -> None:
    df = pd.DataFrame({"jurisdiction": [J] * 6, "agency": ["bappeda"] * 6,
                       "position": ["pelaksana"] * 6, "id": ids},
                      index=pd.RangeIndex(10, 70, 10, name="baris"))
    days = ["2025-03-24", "2025-03-29", "2025-03-31"]
    got = frame.decide_frame(resolver, df, days)
    people = [Employee(J, "bappeda", "pelaksana", id=i) for i in ids]
    pd.testing.assert_frame_equal(got.reset_index(drop=True),
                                  frame.to_frame(resolver.decide_many(people, days)))
    assert got["id"].dtype == "string"
    assert [None if v is pd.NA else v for v in got["id"]] == [i for i in ids for _ in days]
    pd.testing.assert_index_equal(got.index, df.index.repeat(3))


@pytest.mark.parametrize("blank", ["", " ", "\u3000", "\x1c", "\t\n"])
def test_blank_ids_are_found_as_employee_finds_them(resolver: Resolver, blank: str) -> None:
    df = pd.DataFrame({"jurisdiction": [J] * 3, "agency": ["bappeda"] * 3,
                       "position": ["pelaksana"] * 3, "id": ["a", " b", blank]})
    with pytest.raises(ValidationError) as employee:
        Employee(J, "bappeda", "pelaksana", id=blank)
    with pytest.raises(ValidationError) as caught:
        frame.decide_frame(resolver, df, ["2025-03-25"])
    assert str(caught.value) == f"row 2: {employee.value}"


def test_a_bad_nip_among_many_is_reported_at_its_row(resolver: Resolver) -> None:
    nips: list[str | None] = ["198609262015051001", None, "200002292020011001",
                              "123456789012345678", "198609262015051002", None]
    status = ["pns", "non-asn", "pns", "pppk", "pns", "pppk"]
    df = pd.DataFrame({"jurisdiction": [J] * 6, "agency": ["bappeda"] * 6,
                       "position": ["pelaksana"] * 6, "status": status, "nip": nips},
                      index=list("abcdef"))
    assert len(frame.decide_frame(resolver, df, ["2025-03-25"])) == 6
    for row, bad in [(0, "198602302015051001"), (2, "19860926201505100x"),
                     (4, "198609262015053001"), (3, "12345678901234567")]:
        changed = list(nips)
        changed[row] = bad
        df["nip"] = changed
        with pytest.raises(ValidationError) as employee:
            Employee(J, "bappeda", "pelaksana", status=status[row], nip=bad)
        with pytest.raises(ValidationError) as caught:
            frame.decide_frame(resolver, df, ["2025-03-25"])
        assert str(caught.value) == f"row {'abcdef'[row]!r}: {employee.value}"


def test_a_unit_column_gives_the_fingerprints_of_decide_and_the_cli(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``unit`` is carried into the employees (a blank unit is none, as in the CLI), so the
    fingerprints are those of Decision and of ``decide --input`` for employees with and
    without a unit; rows differing only in their unit keep their own."""
    units: list[str | None] = ["Bidang Yankes", "  Bidang Yankes ", None, "", "Bidang Kesmas",
                               None]
    df = pd.DataFrame({"id": [f"U{i}" for i in range(6)], "jurisdiction": "kota-bandung",
                       "agency": "dinkes", "position": "pelaksana", "unit": units})
    days = span(dt.date(2021, 6, 27), 3)
    resolver = Resolver()  # the installed rules, as the command line has them
    got = frame.decide_frame(resolver, df, days)
    people = [Employee("kota-bandung", "dinkes", "pelaksana", id=f"U{i}",
                       unit=(u or "").strip() or None) for i, u in enumerate(units)]
    decided = list(resolver.decide_many(people, days))
    assert [d.employee.unit for d in decided][::3] == [
        "Bidang Yankes", "Bidang Yankes", None, None, "Bidang Kesmas", None]
    assert list(got["fingerprint"]) == [d.fingerprint for d in decided]
    # with a unit the record is another one than without
    assert got["fingerprint"].iloc[0] != got["fingerprint"].iloc[6]
    path = tmp_path / "pegawai.csv"
    df.to_csv(path, index=False)
    assert main(["decide", "--input", str(path), "--from", "2021-06-27", "--to", "2021-06-29",
                 "--jobs", "1"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["fingerprint"] for r in records] == list(got["fingerprint"])
    assert [r["employee"].get("unit") for r in records][::3] == [
        "Bidang Yankes", "Bidang Yankes", None, None, "Bidang Kesmas", None]
    with pytest.raises(ValidationError,
                       match=r"^row 1: unit: invalid value 'a\\nb'; expected the name"):
        frame.decide_frame(resolver, df.assign(unit=["x", "a\nb", None, None, None, None]),
                           days)
