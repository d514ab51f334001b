"""What is not a one-day case: the plugin, its catalog, the policy's metadata,
and the whole period decided day by day."""

from __future__ import annotations

import datetime as dt
import importlib.metadata

import kebijakan_asn_kota_bandung
from kebijakan_asn_kota_bandung import AGENCIES, JURISDICTION, se_443_se_088_bkpsdm_2021
from kebijakan_asn_kota_bandung.agencies import BALAI_KOTA

import kebijakan_asn.nasional
from kebijakan_asn import (
    Arrangement,
    ConditionCode,
    Decision,
    Employee,
    Grant,
    Provenance,
    Resolver,
    Status,
)

POLICY = se_443_se_088_bkpsdm_2021.POLICY
J = "kota-bandung"
FIRST, LAST = dt.date(2021, 6, 28), dt.date(2021, 7, 5)


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


# ------------------------------------------------------------------ plugin and catalog


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="kebijakan_asn")}
    assert eps.get(J) == "kebijakan_asn_kota_bandung:plugin"


def test_jurisdiction_is_pinned_and_standalone() -> None:
    assert JURISDICTION.code == J
    assert JURISDICTION.name == "Pemerintah Kota Bandung"
    assert JURISDICTION.level == "kota"
    assert JURISDICTION.kemendagri == "32.73"
    assert JURISDICTION.parent is None
    assert kebijakan_asn_kota_bandung.plugin.PLUGIN_NAME == J
    assert kebijakan_asn_kota_bandung.__version__ == "0.1.0"


def test_pinned_agency_codes() -> None:
    by_code = {a.code: a for a in AGENCIES}
    for code in ("setda", "bkpsdm", "dinkes", "rsud", "satpol-pp", "disdukcapil"):
        assert code in by_code, code
    assert BALAI_KOTA in by_code["setda"].tags
    assert BALAI_KOTA in by_code["bkpsdm"].tags
    assert all(a.jurisdiction == J for a in AGENCIES)
    assert 25 <= len(AGENCIES) <= 45


def test_catalog_shape(resolver: Resolver) -> None:
    by_code = {a.code: a for a in AGENCIES}
    tagged = sorted(c for c, a in by_code.items() if BALAI_KOTA in a.tags)
    # The offices the Sekda named at Jl. Wastukencana 2 on 28 June 2021 (PasJabar).
    assert tagged == ["bapenda", "bappelitbang", "bkad", "bkpsdm", "diskominfo", "kesbangpol",
                      "setda"]
    for code, agency in by_code.items():
        if agency.kind == "puskesmas":
            assert agency.parent == "dinkes", code
        if agency.kind == "kelurahan":
            assert agency.parent is not None
            assert by_code[agency.parent].kind == "kecamatan", code
        if agency.kind in ("puskesmas", "rsud", "rs-khusus", "kelurahan", "sekolah"):
            assert agency.direct_service, code
    # Every bagian of the Setda is in the Balai Kota through its parent.
    for code, agency in by_code.items():
        if agency.kind == "bagian":
            assert resolver.ruleset.ancestors(J, code)[-1] == "setda"


def test_plugin_loads_with_the_national_rule_set_only() -> None:
    resolver = Resolver(plugins=[kebijakan_asn.nasional.plugin, kebijakan_asn_kota_bandung.plugin])
    assert J in resolver.ruleset.jurisdictions
    assert POLICY.id in resolver.ruleset.policies
    assert {p.name for p in resolver.ruleset.plugins} == {"nasional", J}


def test_registration_order_does_not_matter() -> None:
    a = Resolver(plugins=[kebijakan_asn.nasional.plugin, kebijakan_asn_kota_bandung.plugin])
    b = Resolver(plugins=[kebijakan_asn_kota_bandung.plugin, kebijakan_asn.nasional.plugin])
    assert a.ruleset.fingerprint == b.ruleset.fingerprint
    e = Employee(J, "bagian-hukum", "pelaksana", status="non-asn")
    assert a.decide(e, FIRST).fingerprint == b.decide(e, FIRST).fingerprint


# ------------------------------------------------------------------ the policy


def test_citation() -> None:
    c = POLICY.citation
    assert POLICY.id == "kota-bandung/2021-wfh-covid19"
    assert c.number == "443/SE.088-BKPSDM"
    assert c.issuer == "Wali Kota Bandung"
    assert c.signed == dt.date(2021, 6, 28)
    assert c.provenance is Provenance.SEED
    assert "Kilasbandungnews" in c.source and c.sources
    assert all(s.url.startswith("https://") for s in c.sources)
    assert all(d.startswith("nasional/") for d in c.derived_from)


def test_period_statuses_and_conditions() -> None:
    assert [(p.start, p.end) for p in POLICY.periods] == [(FIRST, LAST)]
    assert POLICY.statuses == {Status.PNS, Status.PPPK, Status.NON_ASN}
    [report] = POLICY.conditions
    assert report.code is ConditionCode.LAPORAN_KINERJA
    assert report.channel == "Mang Bagja"
    assert not POLICY.is_draft
    assert not POLICY.emergency
    assert POLICY.notes
    assert len(POLICY.quotes) >= 5


def test_provisions_in_order() -> None:
    balai_kota, outside = POLICY.provisions
    assert balai_kota.grant is Grant.ASSIGNED
    assert balai_kota.arrangement is Arrangement.WFH
    assert balai_kota.agency_tags == {BALAI_KOTA}
    assert not balai_kota.conditions
    assert outside.grant is Grant.PERMITTED
    assert outside.arrangement is Arrangement.WFH
    assert not outside.agency_tags
    assert [c.code for c in outside.conditions] == [ConditionCode.JADWAL_UNIT]
    for provision in POLICY.provisions:
        assert provision.quote


def test_no_exemptions_or_rank_rules() -> None:
    # The circular exempts no unit and no rank: see the module docstring.
    assert not getattr(se_443_se_088_bkpsdm_2021, "EXEMPTIONS", [])
    assert not getattr(se_443_se_088_bkpsdm_2021, "RANK_RULES", [])


# ------------------------------------------------------------------ the whole period


def test_balai_kota_works_from_home_every_working_day(resolver: Resolver) -> None:
    """Mon 28 June – Fri 2 July and Mon 5 July: WFH; Sat 3 – Sun 4 July: libur."""
    e = Employee(J, "setda", "pelaksana", status="non-asn")
    got = {d.date: d.arrangement for d in resolver.decide_many([e], _days(FIRST, LAST))}
    weekend = {dt.date(2021, 7, 3), dt.date(2021, 7, 4)}
    assert got == {d: Arrangement.LIBUR if d in weekend else Arrangement.WFH
                   for d in _days(FIRST, LAST)}
    assert resolver.working_days(J, FIRST, LAST) == sorted(set(_days(FIRST, LAST)) - weekend)


def test_outside_balai_kota_permitted_exactly_in_the_period(resolver: Resolver) -> None:
    e = Employee(J, "dinkes", "pelaksana", status="pppk")
    start, end = dt.date(2021, 6, 21), dt.date(2021, 7, 12)
    for d in resolver.decide_many([e], _days(start, end)):
        if d.arrangement is Arrangement.LIBUR:
            assert d.date.weekday() >= 5
            continue
        assert d.arrangement is Arrangement.WFO
        in_period = FIRST <= d.date <= LAST
        assert (Arrangement.WFH in d.permitted) is in_period, d.date
        assert (POLICY.id in d.policies) is in_period, d.date


def test_record_carries_the_channel_and_round_trips(resolver: Resolver) -> None:
    d = resolver.decide(Employee(J, "rskgm", "fungsional", direct_service=True), FIRST)
    record = d.to_dict()
    channels = {c["code"]: c["channel"] for c in record["conditions"]}
    assert channels["laporan-kinerja"] == "Mang Bagja"
    assert "jadwal-unit" in channels
    assert all(c["policy"] == POLICY.id for c in record["conditions"])
    assert all(c["arrangement"] == "wfh" for c in record["conditions"])
    again = Decision.from_dict(record)
    assert again.fingerprint == record["fingerprint"]
    basis = {b["policy"]: b for b in record["basis"]}
    assert basis[POLICY.id]["number"] == "443/SE.088-BKPSDM"
