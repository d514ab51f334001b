"""Hari kerja: the work week of every instansi (``nasional/hari-kerja``).

Perpres 21/2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah dan
Pegawai Aparatur Sipil Negara, signed 12 April 2023, revokes Keppres 68/1995
(and Keppres 58/1964, 24/1972).  Source: ``shared/research/domain.md`` §1.

    Pasal 2: berlaku bagi Instansi Pusat dan Instansi Daerah.
    Pasal 3(1)–(2): instansi melaksanakan 5 (lima) hari kerja dalam seminggu,
    hari Senin sampai dengan hari Jumat.

Before 12 April 2023 the same five-day week rested on Keppres 68/1995.  Our
sources give neither its date of signing nor its first day; the period is
taken to start on 1 January 1995, and the rule set does not decide earlier
dates.  Pasal 7 (units with operational-support or direct-service tasks may
run other schedules) is not modelled here: such units follow the rules of
their own instansi.
"""

from __future__ import annotations

import datetime as dt

from .._codes import Arrangement, Grant, Provenance, Status
from .._model import Citation, Period, Policy, Provision, Recurrence, Source

_SETNEG = Source("Kementerian Sekretariat Negara", dt.date(2023, 4, 14),
                 "https://www.setneg.go.id/baca/index/pemerintah_terbitkan_aturan_flexible_"
                 "working_arrangement_bagi_asn",
                 "Pemerintah Terbitkan Aturan Flexible Working Arrangement bagi ASN")

KEPPRES_68_1995 = Citation(
    instrument="Keputusan Presiden",
    number="68 Tahun 1995",
    issuer="Presiden",
    signed=None,
    provenance=Provenance.PRESS,
    sources=(_SETNEG,),
)

PERPRES_21_2023 = Citation(
    instrument="Peraturan Presiden",
    number="21 Tahun 2023",
    issuer="Presiden",
    signed=dt.date(2023, 4, 12),
    provenance=Provenance.PRESS,
    sources=(_SETNEG,),
)

HARI_KERJA = Policy(
    id="nasional/hari-kerja",
    jurisdiction="nasional",
    title=("Hari kerja Senin sampai Jumat; WFO sebagai ketentuan dasar",
           "Working week Monday to Friday; WFO is the baseline"),
    citation=PERPRES_21_2023,
    periods=[
        Period(dt.date(1995, 1, 1), dt.date(2023, 4, 11), citation=KEPPRES_68_1995),
        Period(dt.date(2023, 4, 12), None, citation=PERPRES_21_2023),
    ],
    provisions=[
        Provision(
            grant=Grant.BASELINE,
            arrangement=Arrangement.WFO,
            schedule=Recurrence("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                                label=("Senin sampai Jumat", "Monday to Friday")),
            quote="Instansi Pemerintah melaksanakan 5 (lima) hari kerja dalam seminggu, "
                  "hari Senin sampai dengan hari Jumat (Pasal 3).",
        ),
    ],
    statuses=[Status.PNS, Status.PPPK, Status.NON_ASN],
    readings=[("Hari kerja Senin sampai Jumat berlaku bagi Instansi Pusat dan Instansi Daerah "
               "(Pasal 2) dan bagi semua pegawainya, ASN maupun non-ASN.",
               "The Monday-to-Friday week holds for central and regional instansi (Pasal 2) "
               "and all their staff, ASN or not.")],
)

POLICIES = [HARI_KERJA]
