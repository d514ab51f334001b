"""A small made-up regency, ``kab-uji``, that exercises every rule of SPEC §5.

The core's tests use it instead of the real regional plugins, so they test the
engine, not the data, and run with the core alone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from kebijakan_asn import (
    Agency,
    Citation,
    Condition,
    Decision,
    Employee,
    Exemption,
    Holiday,
    Jurisdiction,
    ModulePlugin,
    Period,
    Policy,
    Provision,
    RankRule,
    Recurrence,
    Resolver,
    Rotation,
)
from kebijakan_asn.nasional import plugin as nasional

J = "kab-uji"


def citation(number: str, signed: dt.date | None = dt.date(2025, 1, 10),
             derived_from: tuple[str, ...] = ()) -> Citation:
    return Citation(instrument="Surat Edaran Bupati Uji", number=number, issuer="Bupati Uji",
                    signed=signed, provenance="official", source="tests",
                    derived_from=derived_from)


AGENCIES = [
    Agency(J, "setda", "Sekretariat Daerah", "setda", tags={"balai"}),
    Agency(J, "bagian-umum", "Bagian Umum", "bagian", parent="setda"),
    Agency(J, "bappeda", "Bappeda", "badan"),
    Agency(J, "dinkes", "Dinas Kesehatan", "dinas"),
    Agency(J, "puskesmas-a", "Puskesmas A", "puskesmas", parent="dinkes", direct_service=True),
    Agency(J, "rsud", "RSUD", "rsud", direct_service=True),
    Agency(J, "kecamatan-a", "Kecamatan A", "kecamatan"),
    Agency(J, "kelurahan-a1", "Kelurahan A1", "kelurahan", parent="kecamatan-a"),
]

LAPORAN = Condition("laporan-kinerja", ("laporan kinerja harian", "daily performance report"),
                    channel="E-Kinerja")
IZIN = Condition("persetujuan-pimpinan", ("persetujuan pimpinan", "superior's approval"))

WFA_2025 = Policy(
    id=f"{J}/wfa-2025",
    jurisdiction=J,
    title=("WFA Lebaran 2025", "WFA Lebaran 2025"),
    citation=citation("1/2025", dt.date(2025, 3, 10), ("nasional/se-menpanrb-2-2025",)),
    periods=[Period(dt.date(2025, 3, 24), dt.date(2025, 3, 27))],
    provisions=[Provision("permitted", "wfa", conditions=[IZIN])],
    conditions=[LAPORAN],
    notes=[("BPBD siaga.", "BPBD stays on alert.")],
)
WFH_KAMIS = Policy(
    id=f"{J}/wfh-kamis-2026",
    jurisdiction=J,
    title=("WFH setiap Kamis 2026", "WFH every Thursday of 2026"),
    citation=citation("2/2026", dt.date(2025, 12, 20)),
    periods=[Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))],
    provisions=[Provision("assigned", "wfh",
                          schedule=Recurrence("FREQ=WEEKLY;BYDAY=TH",
                                              label=("setiap Kamis", "every Thursday")))],
    statuses=["pns"],
)
BANJIR = Policy(
    id=f"{J}/banjir",
    jurisdiction=J,
    title=("WFH banjir", "Flood WFH"),
    citation=citation("3/2026", dt.date(2026, 1, 5)),
    periods=[Period(dt.date(2026, 1, 5), None)],
    provisions=[Provision("assigned", "wfh",
                          conditions=[Condition("surat-perintah", ("surat perintah",
                                                                    "written order"))])],
    required_facts=["office_access_cut"],
    emergency=True,
)
ROTASI = Policy(
    id=f"{J}/rotasi",
    jurisdiction=J,
    title=("Rotasi Desember", "December rotation"),
    citation=citation("4/2025", dt.date(2025, 11, 20)),
    periods=[Period(dt.date(2025, 12, 1), dt.date(2025, 12, 31))],
    provisions=[
        Provision("assigned", "wfh", schedule=Rotation(("A", "B")), with_rotation_group=True),
        Provision("permitted", "wfh", with_rotation_group=False,
                  conditions=[Condition("jadwal-unit", ("jadwal unit", "unit roster"))]),
    ],
)
BALAI = Policy(
    id=f"{J}/balai-2021",
    jurisdiction=J,
    title=("WFH balai 2021", "WFH at the balai 2021"),
    citation=citation("5/2021", dt.date(2021, 6, 1)),
    periods=[Period(dt.date(2021, 6, 7), dt.date(2021, 6, 11))],
    provisions=[
        Provision("assigned", "wfh", agency_tags={"balai"}),
        Provision("permitted", "wfh"),
    ],
    statuses=["pns", "pppk", "non-asn"],
)
ASAL = Policy(
    id=f"{J}/asal-2020",
    jurisdiction=J,
    title=("WFH 2020", "WFH 2020"),
    citation=citation("6/2020", dt.date(2020, 3, 16), ("nasional/se-menpanrb-19-2020",)),
    periods=[Period(dt.date(2020, 3, 16), dt.date(2020, 3, 31))],
    provisions=[Provision("permitted", "wfh")],
)
PERPANJANGAN = Policy(
    id=f"{J}/perpanjangan-2020",
    jurisdiction=J,
    title=("Perpanjangan WFH 2020", "WFH 2020 extended"),
    citation=citation("7/2020", dt.date(2020, 3, 30), ("nasional/se-menpanrb-19-2020",)),
    periods=[Period(dt.date(2020, 3, 30), dt.date(2020, 4, 14))],
    provisions=[Provision("permitted", "wfh")],
    amends=f"{J}/asal-2020",
)
DRAFT = Policy(
    id=f"{J}/rancangan-2026",
    jurisdiction=J,
    title=("Rancangan WFA Jumat", "Draft: WFA on Fridays"),
    citation=citation("rancangan", None),
    periods=[Period(dt.date(2026, 6, 1), None)],
    provisions=[Provision("permitted", "wfa",
                          schedule=Recurrence("FREQ=WEEKLY;BYDAY=FR"))],
    status="draft",
)

POLICIES = [WFA_2025, WFH_KAMIS, BANJIR, ROTASI, BALAI, ASAL, PERPANJANGAN, DRAFT]
EXEMPTIONS = [
    Exemption(WFA_2025.id, ("layanan kesehatan", "health service"), agency="dinkes"),
    Exemption(WFA_2025.id, ("kecamatan melayani langsung", "kecamatan serve directly"),
              agency_kind="kecamatan"),
    Exemption(WFH_KAMIS.id, ("pelayanan langsung", "direct service"), direct_service=True),
    Exemption(ROTASI.id, ("pelayanan langsung", "direct service"), direct_service=True),
    Exemption(ASAL.id, ("pelayanan langsung", "direct service"), direct_service=True),
]
RANK_RULES = [
    RankRule(WFA_2025.id, ["jpt-pratama", "administrator"], "except",
             ("pimpinan tetap di kantor", "leaders stay in the office")),
    RankRule(ASAL.id, ["pengawas", "fungsional", "pelaksana"], "only",
             ("khusus pengawas, fungsional dan pelaksana",
              "only pengawas, fungsional and pelaksana")),
]


def _regional_holidays(jurisdiction: str, year: int) -> Iterable[Holiday]:
    if jurisdiction != J:
        return []
    return [Holiday(dt.date(year, 8, 10), ("Hari Jadi Kabupaten Uji", "Kab. Uji anniversary"),
                    "libur-daerah", f"{J}/hari-jadi", jurisdiction=J)]


HARI_JADI = Policy(
    id=f"{J}/hari-jadi",
    jurisdiction=J,
    title=("Hari Jadi Kabupaten Uji", "Kab. Uji anniversary"),
    citation=citation("Perda 1/2000", dt.date(2000, 1, 1)),
    periods=[Period(dt.date(2000, 1, 1), None)],
    provisions=[],
)


class _Module:
    """Stands in for an instrument module."""

    POLICIES = [*POLICIES, HARI_JADI]
    EXEMPTIONS = EXEMPTIONS
    RANK_RULES = RANK_RULES


kab_uji = ModulePlugin(
    J, "1.0.0",
    jurisdictions=[Jurisdiction(J, "Pemerintah Kabupaten Uji", "kabupaten")],
    agencies=AGENCIES,
    modules=[_Module],
    holidays=_regional_holidays,
)


@pytest.fixture(scope="session")
def resolver() -> Resolver:
    return Resolver(plugins=[nasional, kab_uji])


def staff(agency: str = "bappeda", position: str = "pelaksana", **kw: object) -> Employee:
    return Employee(jurisdiction=J, agency=agency, position=position, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- record schemas
# Every decision record the test run writes (one per distinct shape: outcome, which
# employee fields are empty, options, chain) and every record a test hands to
# ``collect_record`` is checked against the published JSON Schemas when the run ends.

_SHAPES: dict[tuple[object, ...], Decision] = {}
_COLLECTED: list[str] = []
_MAX_SHAPES = 2000


def collect_record(line: str) -> None:
    """Have *line* (a decision or error record) checked against its schema at the end."""
    _COLLECTED.append(line)


def _note(decision: Decision) -> None:
    e = decision.employee
    key = (id(decision.outcome), e.id is None, e.nip is None, e.rotation_group is None,
           bool(e.facts), decision.include_drafts, decision.chain is None)
    if key not in _SHAPES and len(_SHAPES) < _MAX_SHAPES:
        _SHAPES[key] = decision  # holds the outcome, so its id is not reused


@pytest.fixture(scope="session", autouse=True)
def _records_match_their_schemas() -> Iterator[None]:
    try:
        import jsonschema
    except ImportError:  # a test dependency of the tests session; without it, no check
        yield
        return
    from kebijakan_asn import schemas
    from kebijakan_asn._serial import RecordEncoder

    to_dict, line = Decision.to_dict, RecordEncoder.line

    def noting_to_dict(self: Decision) -> dict[str, Any]:
        _note(self)
        return to_dict(self)

    def noting_line(self: RecordEncoder, decision: Decision) -> str:
        _note(decision)
        return line(self, decision)

    Decision.to_dict = noting_to_dict  # type: ignore[method-assign]
    RecordEncoder.line = noting_line  # type: ignore[method-assign]
    try:
        yield
    finally:
        Decision.to_dict = to_dict  # type: ignore[method-assign]
        RecordEncoder.line = line  # type: ignore[method-assign]
    validators = {f"kebijakan-asn/{name}/1": jsonschema.Draft202012Validator(schemas.load(name))
                  for name in schemas.FILES}
    problems = []
    values = [to_dict(d) for d in _SHAPES.values()] + [json.loads(x) for x in _COLLECTED]
    for value in values:
        validator = validators.get(value.get("schema"))
        if validator is None:
            problems.append(f"unknown schema {value.get('schema')!r}: {str(value)[:120]}")
            continue
        for error in validator.iter_errors(value):
            problems.append(f"{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")
    _SHAPES.clear()
    _COLLECTED.clear()
    assert not problems, (f"{len(problems)} schema violations in {len(values)} records, "
                          "e.g.:\n" + "\n".join(problems[:10]))
