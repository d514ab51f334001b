"""SE Bupati Bekasi 800/SE-34/BKPPD (``kab-bekasi/2020-fwa-covid19-perpanjangan``).

The extension of the COVID-19 FWA of SE 800/SE-26/BKPPD to 14 April 2020.
Source: ``shared/research/domain.md`` §6, tagged [C] (antaranews Kalteng
1393010; jabar.antaranews):

    2020: WFH from 18 Mar 2020 to 31 Mar, extended to 14 Apr 2020 by SE
    Bupati 800/SE-34/BKPPD.

Encoded: the same provisions and conditions as the amended circular, from
1 to 14 April 2020, with ``amends="kab-bekasi/2020-fwa-covid19"``.  This
module defines no exemptions and no rank rules of its own: the resolver
applies those of the amended policy (only pengawas, fungsional and pelaksana;
not JPT pratama and administrator; not direct-service units or staff), which
the tests check.

Decisions of the sources:

* The press gives no signing date: ``signed`` is None.  The first day is the
  day after the amended circular ends (1 April 2020).
* The press does not name the legal parent of the extension.  It extends a
  circular that implements SE MenPANRB 19/2020, itself extended nationally to
  21 April 2020 by SE MenPANRB 34/2020, so ``derived_from`` keeps
  ``nasional/se-menpanrb-19-2020``.  Without it, the national enabling policy
  would report that Kabupaten Bekasi has no implementing policy on days it
  does.

Not encoded: anything the extension may have changed beyond the dates; the
press reports none.
"""

from __future__ import annotations

import datetime as dt

from kebijakan_asn import Citation, Period, Policy, Provenance

from . import se_800_se_26_bkppd_2020 as original

__all__ = ["POLICIES", "POLICY", "POLICY_ID"]

POLICY_ID = "kab-bekasi/2020-fwa-covid19-perpanjangan"

Q_PERPANJANGAN = ("WFH from 18 Mar 2020 to 31 Mar, extended to 14 Apr 2020 by SE Bupati "
                  "800/SE-34/BKPPD (domain.md §6: antaranews Kalteng 1393010; "
                  "jabar.antaranews).")

SE_34 = Citation(
    instrument="Surat Edaran Bupati Bekasi",
    number="800/SE-34/BKPPD",
    issuer="Bupati Bekasi",
    signed=None,
    provenance=Provenance.PRESS,
    source="domain.md §6 (antaranews Kalteng 1393010; jabar.antaranews)",
    derived_from=(original.PARENT,),
)

POLICY = Policy(
    id=POLICY_ID,
    jurisdiction="kab-bekasi",
    title=("Perpanjangan Flexible Working Arrangement (FWA) ASN sampai 14 April 2020",
           "Extension of the civil servants' Flexible Working Arrangement (FWA) to "
           "14 April 2020"),
    citation=SE_34,
    periods=[Period(dt.date(2020, 4, 1), dt.date(2020, 4, 14))],
    provisions=original.PROVISIONS,
    conditions=original.CONDITIONS,
    amends=original.POLICY_ID,
    quotes=[Q_PERPANJANGAN],
    notes=[("Memperpanjang SE Bupati Bekasi 800/SE-26/BKPPD; ketentuan FWA tetap sama.",
            "Extends Circular 800/SE-26/BKPPD of the Bupati of Bekasi; the FWA rules stay "
            "the same.")],
)

POLICIES = [POLICY]
