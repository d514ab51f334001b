"""The catalog, the citations and the listing of the Kab. Bekasi rule set."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json

import kebijakan_asn_kab_bekasi as kab
import pytest

import kebijakan_asn.nasional
from kebijakan_asn import Policy, Provenance, Resolver
from kebijakan_asn._cli import main

PINNED = {
    "setda": ("setda", None), "bappeda": ("badan", None), "bkpsdm": ("badan", None),
    "bpbd": ("badan", None), "inspektorat": ("inspektorat", None),
    "diskominfo": ("dinas", None), "dpupr": ("dinas", None), "dinkes": ("dinas", None),
    "puskesmas-tambun": ("puskesmas", "dinkes"), "dishub": ("dinas", None),
    "dpmptsp": ("dinas", None), "disdukcapil": ("dinas", None), "dlh": ("dinas", None),
    "dp3a": ("dinas", None), "dinsos": ("dinas", None), "damkar": ("dinas", None),
    "bapenda": ("badan", None), "satpol-pp": ("satpol-pp", None), "rsud": ("rsud", None),
    "kecamatan-tambun-selatan": ("kecamatan", None),
}
IDS = {
    "kab-bekasi/2020-fwa-covid19",
    "kab-bekasi/2020-fwa-covid19-perpanjangan",
    "kab-bekasi/2025-wfa-lebaran",
    "kab-bekasi/2026-wfh-banjir",
}


def _policies() -> list[Policy]:
    return list(kab.plugin.kebijakan_asn_policies())


def test_jurisdiction() -> None:
    j = kab.JURISDICTION
    assert (j.code, j.level, j.kemendagri, j.parent) == ("kab-bekasi", "kabupaten", "32.16",
                                                         None)
    assert j.name == "Pemerintah Kabupaten Bekasi"


def test_pinned_agencies() -> None:
    catalog = {a.code: a for a in kab.AGENCIES}
    for code, (kind, parent) in PINNED.items():
        assert catalog[code].kind == kind, code
        assert catalog[code].parent == parent, code
    assert 25 <= len(catalog) <= 45
    kelurahan = [a for a in kab.AGENCIES if a.kind == "kelurahan"]
    assert kelurahan and all(catalog[a.parent].kind == "kecamatan"  # type: ignore[index]
                             for a in kelurahan)
    assert len([a for a in kab.AGENCIES if a.kind == "puskesmas"]) > 1
    assert all(a.parent == "dinkes" for a in kab.AGENCIES if a.kind == "puskesmas")
    # The flag means "the agency's own business is direct public service" (see
    # agencies.py); the 2020 circular reads its "pelayanan langsung" as exactly that.
    flagged = {a.code for a in kab.AGENCIES if a.direct_service
               and a.kind not in ("puskesmas", "kecamatan", "kelurahan")}
    assert flagged == kab.se_800_se_26_bkppd_2020.EXEMPT_AGENCIES
    assert all(a.direct_service for a in kab.AGENCIES
               if a.kind in ("puskesmas", "kecamatan", "kelurahan"))
    assert catalog["bpbd"].direct_service and not catalog["dlh"].direct_service


def test_loads_with_the_national_plugin_only() -> None:
    r = Resolver(plugins=[kebijakan_asn.nasional.plugin, kab.plugin])
    assert set(r.ruleset.jurisdictions) == {"nasional", "kab-bekasi"}
    assert {p for p in r.ruleset.policies if p.startswith("kab-bekasi/")} == IDS


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in importlib.metadata.entry_points(group="kebijakan_asn")}
    assert eps["kab-bekasi"].value == "kebijakan_asn_kab_bekasi:plugin"
    assert eps["kab-bekasi"].load() is kab.plugin
    assert kab.plugin.__version__ == kab.__version__ == "0.1.0"


@pytest.mark.parametrize("policy", _policies(), ids=lambda p: p.id)
def test_every_policy_is_cited_and_quoted(policy: Policy) -> None:
    c = policy.citation
    assert c.instrument and c.number and c.issuer and c.sources
    assert all(s.outlet and s.url.startswith(("https://", "http://")) for s in c.sources)
    assert c.derived_from and all(d.startswith("nasional/") for d in c.derived_from)
    assert policy.quotes
    assert all(v.quote for v in policy.provisions)
    assert policy.title.id != policy.title.en


def test_every_exemption_and_rank_rule_is_quoted() -> None:
    assert all(e.quote for e in kab.plugin.kebijakan_asn_exemptions())
    assert all(r.quote for r in kab.plugin.kebijakan_asn_rank_rules())


def test_provenance_and_dates() -> None:
    by_id = {p.id: p for p in _policies()}
    fwa = by_id["kab-bekasi/2020-fwa-covid19"].citation
    assert (fwa.provenance, fwa.signed) == (Provenance.SEED, dt.date(2020, 3, 18))
    assert by_id["kab-bekasi/2020-fwa-covid19-perpanjangan"].citation.provenance \
        is Provenance.PRESS
    banjir = by_id["kab-bekasi/2026-wfh-banjir"]
    assert banjir.citation.signed is None
    assert banjir.emergency and banjir.required_facts == frozenset({"office_access_cut"})
    assert [(p.start, p.end) for p in banjir.periods] == [(dt.date(2026, 1, 26), None)]


def test_listing_on_25_march_2025(capsys: pytest.CaptureFixture[str]) -> None:
    """The WFA circular is listed with its 12 OPD and its national parent."""
    status = main(["--plugins", "nasional,kab-bekasi", "policies", "--jurisdiction",
                   "kab-bekasi", "--on", "2025-03-25"])
    out = capsys.readouterr().out
    assert status == 0
    block = out.split("kab-bekasi/2025-wfa-lebaran\n", 1)[1].split("\n\n", 1)[0]
    assert "800.1.6.2/1468-BKPSDM/2025" in block
    assert "Melaksanakan: Surat Edaran Menteri PANRB Nomor 2 Tahun 2025" in block
    (exempt,) = [line.split(":", 1)[1].split("—")[0]
                 for line in block.splitlines() if line.strip().startswith("Tidak berlaku bagi:")]
    # 12 OPD by name; the twelfth, "Kecamatan dan Kelurahan", is the territorial units (tag).
    for name in ("Dinas Kesehatan", "Dinas Perhubungan",
                 "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
                 "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Lingkungan Hidup",
                 "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Sosial",
                 "Dinas Pemadam Kebakaran", "Badan Pendapatan Daerah",
                 "Satuan Polisi Pamong Praja", "RSUD Kabupaten Bekasi",
                 "perangkat kewilayahan (kecamatan dan kelurahan)"):
        assert name in exempt
    assert exempt.count(",") == 10 and "Badan Penanggulangan Bencana Daerah" not in exempt
    assert "nasional/se-menpanrb-2-2025\n" in out
    assert "kab-bekasi/2020-fwa-covid19" not in out
    assert "kab-bekasi/2026-wfh-banjir" not in out


def test_listing_json(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--plugins", "nasional,kab-bekasi", "policies", "--jurisdiction",
                   "kab-bekasi", "--json"])
    rows = {r["policy"]["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert status == 0
    assert set(rows) >= IDS
    assert all(rows[i]["plugin"] == "kab-bekasi" for i in IDS)
    assert len(rows["kab-bekasi/2025-wfa-lebaran"]["exemptions"]) == 12
    assert len(rows["kab-bekasi/2020-fwa-covid19"]["rank_rules"]) == 2
    # The extension lists the exemption and rank rules it inherits, with their origin.
    extension = rows["kab-bekasi/2020-fwa-covid19-perpanjangan"]
    assert [e["policy"] for e in extension["exemptions"]] == ["kab-bekasi/2020-fwa-covid19"]
    assert len(extension["rank_rules"]) == 2
    assert rows["kab-bekasi/2026-wfh-banjir"]["parents"] == [
        {"policy": "nasional/permenpanrb-4-2025", "citation": "Peraturan Menteri 4 Tahun 2025"}]
