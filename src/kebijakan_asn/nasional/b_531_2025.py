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
from .._model import Citation, Period, Policy, Provision, Source

POLICY_ID = "nasional/b-531-2025"

Q_WFA = ("“Bersama ini kami sampaikan bahwa pimpinan instansi pemerintah dapat menerapkan "
         "kebijakan pelaksanaan tugas kedinasan secara fleksibel bagi pegawai Aparatur Sipil "
         "Negara (ASN) di lingkungan instansi masing-masing selama 3 (tiga) hari kerja mulai "
         "hari Senin tanggal 29 Desember sampai dengan hari Rabu tanggal 31 Desember Tahun "
         "2025,” tulis surat edaran yang diterbitkan Kamis (18/12/2025).")
Q_KUALITAS = ("Rini menekankan bahwa meskipun ASN bekerja secara fleksibel, pelayanan publik "
              "yang bersifat penting dan mendesak harus tetap berjalan sebagaimana mestinya.")

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="nasional",
    title=("WFA pada 29–31 Desember 2025", "WFA on 29–31 December 2025"),
    citation=Citation(
        instrument="Surat",
        number="B/531/M.KT.02/2025",
        issuer="Menteri PANRB",
        signed=dt.date(2025, 12, 18),
        provenance=Provenance.PRESS,
        sources=(
            Source("Liputan6 (via Gudang Kabar)", None,
                   "https://gudangkabar.com/pns-dapat-wfa-3-hari-selama-nataru-pada-29-31-"
                   "desember-2025-17872.html",
                   "PNS Dapat WFA 3 Hari Selama Nataru pada 29-31 Desember 2025"),
            Source("Fajar Harapan", None, "https://www.fajarharapan.id/?p=119218",
                   "Pemerintah Terapkan WFA untuk ASN pada 29–31 Desember 2025"),
        ),
    ),
    periods=[Period(dt.date(2025, 12, 29), dt.date(2025, 12, 31))],
    provisions=[
        Provision(grant=Grant.ENABLING, arrangement=Arrangement.WFA,
                  quote=Q_WFA),
    ],
    quotes=[Q_WFA, Q_KUALITAS],
)

POLICIES = [POLICY]
