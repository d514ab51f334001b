"""Holidays cited per year: every non-working day of the national calendar
2020–2026 rests on a numbered instrument, shown by ``calendar`` (text and JSON)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from kebijakan_asn.cli import main
from kebijakan_asn.nasional import skb_libur_cuti_bersama as skb

YEARS = range(2020, 2027)
NUMBERED = re.compile(r"\d+ Tahun \d{4}")


def _numbered(number: str) -> bool:
    return bool(NUMBERED.search(number)) and skb.UNCONFIRMED not in number


@pytest.mark.parametrize("year", YEARS)
def test_every_holiday_cites_a_numbered_instrument(year: int) -> None:
    holidays = skb.national_holidays(year)
    assert holidays
    for h in holidays:
        assert any(_numbered(c.number) for c in h.citations), (h.date, h.citations)
        assert all(c.sources for c in h.citations), h.date


@pytest.mark.parametrize("year", YEARS)
def test_calendar_json_carries_the_citations(year: int,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calendar", "--jurisdiction", "nasional", "--year", str(year), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for h in data["holidays"]:
        numbers = [c["number"] for c in h["citations"]]
        assert any(_numbered(n) for n in numbers), (h["date"], numbers)


def test_calendar_text_names_the_instruments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calendar", "--jurisdiction", "nasional", "--year", "2024"]) == 0
    text = capsys.readouterr().out
    assert "Keputusan Presiden Nomor 10 Tahun 2024" in text  # 14 February 2024, Pemilu
    assert "Keputusan Presiden Nomor 33 Tahun 2024" in text  # 27 November 2024, Pilkada
    assert "Nomor 855 Tahun 2023" in text


def test_election_days_rest_on_their_keppres_not_the_skb() -> None:
    for day, number in ((dt.date(2020, 12, 9), "22 Tahun 2020"),
                        (dt.date(2024, 2, 14), "10 Tahun 2024"),
                        (dt.date(2024, 11, 27), "33 Tahun 2024")):
        (h,) = [h for h in skb.national_holidays(day.year) if h.date == day]
        assert [c.number for c in h.citations] == [number]
        assert h.citations[0].instrument == "Keputusan Presiden"


def test_cuti_bersama_cites_the_keppres_for_asn_and_18_august_2025_its_own_skb() -> None:
    (imlek,) = [h for h in skb.national_holidays(2025) if h.date == dt.date(2025, 1, 28)]
    assert [c.number for c in imlek.citations] == ["1017 Tahun 2024, 2 Tahun 2024, "
                                                   "2 Tahun 2024", "2 Tahun 2025"]
    (aug,) = [h for h in skb.national_holidays(2025) if h.date == dt.date(2025, 8, 18)]
    assert aug.citations[0].number.startswith("933 Tahun 2025")
    assert skb.UNCONFIRMED in aug.citations[1].number  # said, never invented


def test_2021_amendments_and_names_mended_locally() -> None:
    h2021 = {h.date: h for h in skb.national_holidays(2021)}
    numbers = [c.number for c in h2021[dt.date(2021, 8, 11)].citations]
    assert numbers[1:] == ["281 Tahun 2021, 1 Tahun 2021, 1 Tahun 2021",
                           "712 Tahun 2021, 1 Tahun 2021, 3 Tahun 2021"]
    assert h2021[dt.date(2021, 4, 2)].name.id == "Wafat Isa Al Masih"
    h2020 = {h.date: h for h in skb.national_holidays(2020)}
    assert h2020[dt.date(2020, 12, 31)].name.id.startswith("Pengganti Cuti Bersama")
    assert h2020[dt.date(2020, 5, 21)].name.id == "Kenaikan Isa Al Masih"
    # From 2022 the SKBs name Yesus Kristus; the package's names stay.
    assert any("Yesus Kristus" in h.name.id for h in skb.national_holidays(2024))


def test_holidays_hold_for_non_asn_staff_too() -> None:
    assert {s.value for s in skb.LIBUR.statuses} == {"pns", "pppk", "non-asn"}
