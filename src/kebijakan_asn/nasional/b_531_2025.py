"""Surat MenPANRB B/531/M.KT.02/2025 (``nasional/b-531-2025``).

WFA between Christmas and New Year 2025.  Source:
``shared/research/domain.md`` §3 (detik.com/sumut d-8273390).

    Surat MenPANRB B/531/M.KT.02/2025 allows WFA on 29, 30 and 31 December
    2025, at the discretion of the pimpinan instansi.  It follows a request
    letter from the Menko Perekonomian, KP.15/360/M.EKON/12/2025 of 17 Dec 2025.
"""

from __future__ import annotations

import datetime as dt

from .._codes import Arrangement, Grant, Provenance
from .._model import Citation, Period, Policy, Provision

POLICY_ID = "nasional/b-531-2025"

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("WFA pada 29–31 Desember 2025", "WFA on 29–31 December 2025"),
    citation=Citation(
        instrument="Surat MenPANRB",
        number="B/531/M.KT.02/2025",
        issuer="Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        signed=None,
        provenance=Provenance.PRESS,
        source="domain.md §3 (detik.com/sumut; malangkab mirror)",
    ),
    periods=[Period(dt.date(2025, 12, 29), dt.date(2025, 12, 31))],
    provisions=[
        Provision(grant=Grant.ENABLING, arrangement=Arrangement.WFA,
                  quote="allows WFA on 29, 30 and 31 December 2025, at the discretion of the "
                        "pimpinan instansi."),
    ],
)

POLICIES = [POLICY]
