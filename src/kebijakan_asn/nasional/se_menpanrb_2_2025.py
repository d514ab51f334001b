"""SE MenPANRB 2/2025, amended by SE MenPANRB 3/2025
(``nasional/se-menpanrb-2-2025``).

WFA before the Nyepi and Idul Fitri 1446 H holidays.  Sources: seed 001
(Gobekasi, 22 March 2025) and ``shared/research/domain.md`` §3.

    Seed 001: "SE ini merupakan turunan dari SE Menteri Pendayagunaan
    Aparatur Negara dan Reformasi Birokrasi (PANRB) No. 2/2025."
    domain.md §3: 24–27 March 2025 (4 days before the Nyepi/Idul Fitri 1446 H
    holidays).  Pimpinan instansi splits staff between WFO and WFH/WFA ...
    health, transport, security stay available.
    SE MenPANRB 3/2025 amends SE 2/2025 and allows WFA on Tuesday 8 April
    2025 as well.

Enabling: it lets the instansi allow WFA; regional circulars implement it
(Kab. Bekasi: SE 800.1.6.2/1468-BKPSDM/2025).
"""

from __future__ import annotations

import datetime as dt

from .._codes import Arrangement, Grant, Provenance
from .._model import Citation, Period, Policy, Provision

POLICY_ID = "nasional/se-menpanrb-2-2025"
_ISSUER = "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"

SE_2_2025 = Citation(
    instrument="Surat Edaran MenPANRB",
    number="2 Tahun 2025",
    issuer=_ISSUER,
    signed=dt.date(2025, 3, 5),
    provenance=Provenance.SEED,
    source="seed 001; domain.md §3 (garuda.tv, satudataasn.com, bloombergtechnoz)",
)
SE_3_2025 = Citation(
    instrument="Surat Edaran MenPANRB",
    number="3 Tahun 2025",
    issuer=_ISSUER,
    signed=None,
    provenance=Provenance.PRESS,
    source="domain.md §3 (bantenraya.com, one source)",
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("Fleksibilitas kerja (WFA) menjelang libur Nyepi dan Idul Fitri 1446 H",
           "Flexible work (WFA) before the Nyepi and Idul Fitri 1446 H holidays"),
    citation=SE_2_2025,
    periods=[
        Period(dt.date(2025, 3, 24), dt.date(2025, 3, 27)),
        Period(dt.date(2025, 4, 8), dt.date(2025, 4, 8), citation=SE_3_2025),
    ],
    provisions=[
        Provision(grant=Grant.ENABLING, arrangement=Arrangement.WFA,
                  quote="Pimpinan instansi splits staff between WFO and WFH/WFA by headcount "
                        "and service characteristics (domain.md §3)."),
    ],
    notes=[("Layanan kesehatan, transportasi dan keamanan tetap tersedia.",
            "Health, transport and security services stay available.")],
)

POLICIES = [POLICY]
