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
from .._model import Citation, Exemption, Period, Policy, Provision, Source

POLICY_ID = "nasional/se-menpanrb-1-2024"

Q_50 = ("\"WFH ASN maksimal 50 persen dari jumlah pegawai di masing-masing instansi,\"kata "
        "Abdullah Azwar Anas.")
Q_WFO = ("Lalu, sambung dia, khusus instansi yang berkaitan langsung dengan pelayanan publik, "
         "tetap wajib ngantor (work from office/WFO) 100 persen.")

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("WFH paling banyak 50% setelah libur Idul Fitri 2024",
           "WFH for at most 50% after the Idul Fitri 2024 holiday"),
    citation=Citation(
        instrument="Surat Edaran",
        number="1 Tahun 2024",
        issuer="Menteri PANRB",
        signed=None,
        provenance=Provenance.PRESS,
        sources=(
            Source("Radar Palembang", None,
                   "https://radarpalembang.disway.id/amp/648507/pengusaha-keberatan-soal-wfh-"
                   "16-17-april-bagi-perusahaan-swasta-apindo-kalau-himbauan-bisa/32"),
            Source("Politik Indonesia", dt.date(2024, 4, 16),
                   "https://politikindonesia.id/asn-pelayanan-publik-di-jabar-tidak-boleh-wfh"),
        ),
    ),
    periods=[Period(dt.date(2024, 4, 16), dt.date(2024, 4, 17))],
    provisions=[
        Provision(grant=Grant.ENABLING, arrangement=Arrangement.WFH,
                  quote=Q_50),
    ],
)

EXEMPTIONS = [
    Exemption(
        policy=POLICY_ID,
        direct_service=True,
        reason=("unit pelayanan publik langsung tetap 100% WFO",
                "units serving the public directly stay 100% WFO"),
        quote=Q_WFO,
    ),
]

POLICIES = [POLICY]
