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
from .._model import Citation, Period, Policy, Provision, Source

POLICY_ID = "nasional/permenpanrb-4-2025"

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("Pelaksanaan tugas kedinasan ASN secara fleksibel (lokasi dan/atau waktu)",
           "Flexible performance of ASN duties (location and/or time)"),
    citation=Citation(
        instrument="Peraturan Menteri",
        number="4 Tahun 2025",
        issuer="Menteri PANRB",
        signed=dt.date(2025, 4, 16),
        provenance=Provenance.OFFICIAL,
        sources=(Source("JDIH Kemenko Marves", dt.date(2025, 4, 25),
                        "https://jdih.maritim.go.id/permen-panrb-42025-pelaksanaan-tugas-"
                        "kedinasan-pegawai-aparatur-sipil-negara-secara-fleksibel-pada-instansi-"
                        "pemerintah",
                        "Permen PANRB 4/2025: Pelaksanaan Tugas Kedinasan Pegawai Aparatur Sipil "
                        "Negara Secara Fleksibel Pada Instansi Pemerintah"),),
    ),
    periods=[Period(dt.date(2025, 4, 21), None)],
    provisions=[
        Provision(grant=Grant.ENABLING, arrangement=Arrangement.WFA,
                  quote="Fleksibel secara lokasi dapat dilakukan melalui pelaksanaan tugas "
                        "kedinasan: di kantor selain lokasi yang menjadi penempatan kerja "
                        "Pegawai ASN tersebut; di rumah atau tempat tinggal Pegawai ASN "
                        "tersebut; atau di lokasi lain sesuai dengan kebutuhan organisasi "
                        "Instansi Pemerintah."),
    ],
    standing=True,
    readings=[("Kerangka yang berlaku tetap tanpa tanggal berakhir: peraturan ini memungkinkan "
               "fleksibilitas, tetapi tidak mengubah pengaturan kerja siapa pun tanpa kebijakan "
               "instansi yang melaksanakannya; karena itu keputusan harian tidak mencatatnya "
               "sebagai kebijakan yang belum dilaksanakan.",
               "A standing framework with no end: it enables flexibility but changes no one's "
               "arrangement without a policy of the instansi implementing it, so daily "
               "decisions do not flag it as unimplemented.")],
    notes=[("Fleksibilitas kerja bukan hak dan bersifat opsional; tidak boleh menurunkan "
            "kualitas pelayanan publik.",
            "Flexible work is not a right and is optional; it must not lower the quality of "
            "public service.")],
)

POLICIES = [POLICY]
