"""A tiny rule-set plugin for a made-up regency, "Kabupaten Contoh".

In a real distribution this module is a package declared in pyproject.toml:

    [project.entry-points.kebijakan_asn]
    kab-contoh = "kebijakan_asn_kab_contoh:plugin"
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import (
    Agency,
    Citation,
    Condition,
    Exemption,
    Jurisdiction,
    ModulePlugin,
    Period,
    Policy,
    Provision,
    RankRule,
)

J = "kab-contoh"

AGENCIES = [
    Agency(J, "setda", "Sekretariat Daerah", "setda"),
    Agency(J, "bappeda", "Badan Perencanaan Pembangunan Daerah", "badan"),
    Agency(J, "dinkes", "Dinas Kesehatan", "dinas"),
    Agency(J, "puskesmas-kota", "Puskesmas Kota", "puskesmas", parent="dinkes",
           direct_service=True),
]


class se_2026_wfa:  # stands in for the module se_2026_wfa.py
    """Surat Edaran Bupati Contoh 800/1/2026: WFA on 30 and 31 March 2026."""

    POLICY_ID = f"{J}/2026-wfa"
    POLICIES = [
        Policy(
            id=POLICY_ID,
            jurisdiction=J,
            title=("WFA setelah Idul Fitri 2026", "WFA after Idul Fitri 2026"),
            citation=Citation("Surat Edaran Bupati", "800/1/2026", "Bupati Contoh",
                              signed=dt.date(2026, 3, 2), provenance="official",
                              source="made up for the docs",
                              derived_from=["nasional/se-menpanrb-2-2026"]),
            periods=[Period(dt.date(2026, 3, 25), dt.date(2026, 3, 27))],
            provisions=[Provision("permitted", "wfa",
                                  quote="ASN dapat bekerja dari mana saja pada 25-27 Maret.")],
            conditions=[Condition("persetujuan-pimpinan", ("persetujuan atasan",
                                                           "the superior's approval"))],
        )
    ]
    EXEMPTIONS = [Exemption(POLICY_ID, ("layanan kesehatan tetap buka",
                                        "health services stay open"), agency="dinkes")]
    RANK_RULES = [RankRule(POLICY_ID, ["jpt-pratama"], "except",
                           ("kepala OPD tetap di kantor", "heads of agencies stay in office"))]


plugin = ModulePlugin(
    J, "0.1.0",
    jurisdictions=[Jurisdiction(J, "Pemerintah Kabupaten Contoh", "kabupaten")],
    agencies=AGENCIES,
    modules=[se_2026_wfa],
)
