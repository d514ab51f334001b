"""SE MenPANRB 1/2024 (``nasional/se-menpanrb-1-2024``).

WFH after Lebaran 2024.  Source: ``shared/research/domain.md`` §3
(bandung.bisnis.com 2024-04-15; politikindonesia.id).

    SE MenPANRB 1/2024 allowed WFH on 16–17 April 2024 (after Lebaran), with
    at most 50% WFH.  Units serving the public directly stayed at 100% WFO.

Enabling.  The 50% ceiling is a share of each unit that the instansi fixes
in its roster; no single employee's day follows from it.
"""

from __future__ import annotations

import datetime as dt

from .._codes import Arrangement, Grant, Provenance
from .._model import Citation, Exemption, Period, Policy, Provision

POLICY_ID = "nasional/se-menpanrb-1-2024"

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("WFH paling banyak 50% setelah libur Idul Fitri 2024",
           "WFH for at most 50% after the Idul Fitri 2024 holiday"),
    citation=Citation(
        instrument="Surat Edaran MenPANRB",
        number="1 Tahun 2024",
        issuer="Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        signed=None,
        provenance=Provenance.PRESS,
        source="domain.md §3 (bandung.bisnis.com; politikindonesia.id)",
    ),
    periods=[Period(dt.date(2024, 4, 16), dt.date(2024, 4, 17))],
    provisions=[
        Provision(grant=Grant.ENABLING, arrangement=Arrangement.WFH,
                  quote="allowed WFH on 16–17 April 2024 (after Lebaran), with at most "
                        "50% WFH."),
    ],
)

EXEMPTIONS = [
    Exemption(
        policy=POLICY_ID,
        direct_service=True,
        reason=("unit pelayanan publik langsung tetap 100% WFO",
                "units serving the public directly stay 100% WFO"),
        quote="Units serving the public directly stayed at 100% WFO.",
    ),
]

POLICIES = [POLICY]
