"""TEMPLAT: an example instrument module — replace it by yours, named after the
instrument (``se_800_1_12_bkpsdm_2026.py``).

Quote the text the module encodes and cite where it was read; say what is
not encoded and why.  This example is made up:

    "ASN di lingkungan Pemerintah Kabupaten Templat dapat bekerja dari mana
    saja (WFA) pada tanggal 25 sampai dengan 27 Maret 2026, kecuali pada
    Dinas Kesehatan beserta unit pelaksana teknisnya."
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import Citation, Condition, Exemption, Period, Policy, Provision

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
            source="TEMPLAT: where the text was read (a JDIH address, a news article)",
            derived_from=["nasional/se-menpanrb-2-2026"],
        ),
        periods=[Period(dt.date(2026, 3, 25), dt.date(2026, 3, 27))],
        provisions=[Provision("permitted", "wfa", quote=QUOTE)],
        conditions=[
            Condition("persetujuan-pimpinan", ("persetujuan atasan langsung",
                                               "approval of the direct superior")),
        ],
        quotes=[QUOTE],
    ),
]

EXEMPTIONS = [
    Exemption(POLICY_ID, ("layanan kesehatan tetap berjalan", "health services keep running"),
              agency="dinkes",
              quote="kecuali pada Dinas Kesehatan beserta unit pelaksana teknisnya"),
]
