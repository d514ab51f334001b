"""PermenPANRB 4/2025 (``nasional/permenpanrb-4-2025``).

Pelaksanaan Tugas Kedinasan Pegawai ASN secara Fleksibel pada Instansi
Pemerintah.  Source: ``shared/research/domain.md`` §2.

    Set on 16 April 2025; promulgated and in force from 21 April 2025.
    Pasal 11 huruf a: flexibility by location means working at another office
    of the same instansi, the home registered as domicile, or another location
    set according to organisational need.  The PPK or pimpinan instansi
    decides the location.
    FWA is not a right and is optional.

Enabling framework: flexible location (anywhere the PPK sets, so WFA).  The
two-days-a-week limit and the employee criteria (no hukuman disiplin, not a
new employee) are [UNCONFIRMED] in our sources and not encoded.
"""

from __future__ import annotations

import datetime as dt

from .._codes import Arrangement, Grant, Provenance
from .._model import Citation, Period, Policy, Provision

POLICY_ID = "nasional/permenpanrb-4-2025"

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("Pelaksanaan tugas kedinasan ASN secara fleksibel (lokasi dan/atau waktu)",
           "Flexible performance of ASN duties (location and/or time)"),
    citation=Citation(
        instrument="Peraturan MenPANRB",
        number="4 Tahun 2025",
        issuer="Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        signed=dt.date(2025, 4, 16),
        provenance=Provenance.PRESS,
        source="domain.md §2 (idntimes, pintasan.co, pakagus.com)",
    ),
    periods=[Period(dt.date(2025, 4, 21), None)],
    provisions=[
        Provision(grant=Grant.ENABLING, arrangement=Arrangement.WFA,
                  quote="Fleksibilitas lokasi: kantor lain instansi, rumah sesuai domisili "
                        "dalam data kepegawaian, atau lokasi lain (Pasal 11 huruf a)."),
    ],
    notes=[("Fleksibilitas kerja bukan hak dan bersifat opsional; tidak boleh menurunkan "
            "kualitas pelayanan publik.",
            "Flexible work is not a right and is optional; it must not lower the quality of "
            "public service.")],
)

POLICIES = [POLICY]
