"""TEMPLAT: an example instrument module — replace it by yours, named after the
instrument (``se_800_1_12_bkpsdm_2026.py``).

Quote the text the module encodes, in its own language, and cite where it was
read (``sources``: the outlet, date and address of a report, or the official
page); state the project's reading where the text is silent (``readings``);
say what is not encoded and why.  Cite as a formal citation does: the
instrument kind in full ("Surat Edaran"), the office ("Bupati Templat"), the
number as written.  This example is made up:

    "ASN di lingkungan Pemerintah Kabupaten Templat dapat bekerja dari mana
    saja (WFA) pada tanggal 25 sampai dengan 27 Maret 2026, kecuali pada
    Dinas Kesehatan beserta unit pelaksana teknisnya."
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import Citation, Condition, Exemption, Period, Policy, Provision, Source

__all__ = ["EXEMPTIONS", "POLICIES", "POLICY_ID"]

J = "kab-templat"  # TEMPLAT
POLICY_ID = f"{J}/2026-wfa-contoh"

QUOTE = ("ASN di lingkungan Pemerintah Kabupaten Templat dapat bekerja dari mana saja (WFA) "
         "pada tanggal 25 sampai dengan 27 Maret 2026")

POLICIES = [
    Policy(
        id=POLICY_ID,
        jurisdiction=J,
        title=("WFA setelah Idul Fitri 1447 H (contoh)",
               "WFA after Idul Fitri 1447 H (example)"),
        citation=Citation(
            instrument="Surat Edaran",
            number="000/CONTOH/2026",
            issuer="Bupati Templat",
            signed=dt.date(2026, 3, 10),
            provenance="official",
            derived_from=["nasional/se-menpanrb-2-2026"],
            sources=[Source("JDIH Kabupaten Templat", dt.date(2026, 3, 10),  # TEMPLAT
                            "https://jdih.templat.example/se-000-contoh-2026",
                            "Surat Edaran Bupati Templat Nomor 000/CONTOH/2026")],
        ),
        periods=[Period(dt.date(2026, 3, 25), dt.date(2026, 3, 27))],
        provisions=[Provision("permitted", "wfa", quote=QUOTE)],
        conditions=[
            Condition("persetujuan-pimpinan", ("persetujuan atasan langsung",
                                               "approval of the direct superior")),
        ],
        quotes=[QUOTE],
        readings=[("TEMPLAT: tafsiran proyek di mana surat edaran tidak tegas.",
                   "TEMPLAT: the project's reading where the circular is not explicit.")],
    ),
]

EXEMPTIONS = [
    Exemption(POLICY_ID, ("layanan kesehatan tetap berjalan", "health services keep running"),
              agency="dinkes",
              quote="kecuali pada Dinas Kesehatan beserta unit pelaksana teknisnya"),
]
