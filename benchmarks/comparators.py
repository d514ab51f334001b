"""The Kab. Bekasi Lebaran-WFA rule (``kab-bekasi/2025-wfa-lebaran``) in two peers.

SE 800.1.6.2/1468-BKPSDM/2025 (seed 001): on 24–27 March 2025 the ASN (PNS
and PPPK) of Kabupaten Bekasi may work from anywhere, except in twelve OPD —
Dinkes (with its puskesmas), Dishub, DPMPTSP, Disdukcapil, DLH, DP3A, Dinsos,
Damkar, Bapenda, Satpol PP, RSUD, and the kecamatan and kelurahan.

The rule is written here by hand, once for each peer, the way a modeller of
that system would write it:

* **OpenFisca** (``openfisca-core``): a ``DAY`` variable whose formula is a
  vectorised expression over the employees (``Enum`` inputs for jurisdiction
  and status, an agency index with an exemption table as the parameter).
* **Cedar** (``cedarpy``): one ``permit … unless`` policy; agencies are
  entities with their parent agency and their kind as parents, so
  ``principal in OPD::"kab-bekasi/dinkes"`` covers the puskesmas; requests
  are decided with ``is_authorized_batch``.

The days of the period that are working days come from the calendar
(``Resolver.working_days``), as a parameter of both.  Benchmark-only: these
peers are not dependencies of kebijakan-asn (``benchmarks/requirements.txt``).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from kebijakan_asn import Resolver

POLICY_ID = "kab-bekasi/2025-wfa-lebaran"
JURISDICTION = "kab-bekasi"
START, END = dt.date(2025, 3, 24), dt.date(2025, 3, 27)
EXEMPT_AGENCIES = ("dinkes", "dishub", "dpmptsp", "disdukcapil", "dlh", "dp3a", "dinsos",
                   "damkar", "bapenda", "satpol-pp", "rsud")
EXEMPT_KINDS = ("kecamatan", "kelurahan")
STATUSES = ("pns", "pppk")


def wfa_days(resolver: Resolver) -> list[str]:
    """The working days of the period (the calendar says libur wins)."""
    return [d.isoformat() for d in resolver.working_days(JURISDICTION, START, END)]


# --------------------------------------------------------------------------- OpenFisca


class OpenFiscaRule:
    """The rule as an OpenFisca tax-benefit system with one formula."""

    name = "OpenFisca"

    def __init__(self, resolver: Resolver) -> None:
        from openfisca_core.entities import build_entity
        from openfisca_core.indexed_enums import Enum
        from openfisca_core.periods import DateUnit
        from openfisca_core.taxbenefitsystems import TaxBenefitSystem  # type: ignore[import-untyped,import-not-found,unused-ignore]
        from openfisca_core.variables import Variable  # type: ignore[import-untyped,import-not-found,unused-ignore]

        rs = resolver.ruleset
        self.jurisdictions = sorted(rs.jurisdictions)
        self.statuses = ["pns", "pppk", "non-asn"]
        self.agencies = [a.code for a in rs.agencies_of(JURISDICTION)]
        exempt = []
        for code in self.agencies:
            chain = [rs.agencies[(JURISDICTION, c)] for c in rs.ancestors(JURISDICTION, code)]
            exempt.append(any(a.code in EXEMPT_AGENCIES or a.kind in EXEMPT_KINDS
                              for a in chain))
        exempt_table = np.array([*exempt, False])  # the last index: another instansi's OPD
        days = frozenset(wfa_days(resolver))

        Pegawai = build_entity(key="pegawai", plural="pegawai", label="Pegawai ASN",
                               is_person=True)
        Yurisdiksi = Enum("Yurisdiksi", {j.replace("-", "_"): j for j in self.jurisdictions})
        StatusASN = Enum("StatusASN", {s.replace("-", "_"): s for s in self.statuses})
        kab_bekasi = Yurisdiksi[JURISDICTION.replace("-", "_")]
        pns, pppk = StatusASN["pns"], StatusASN["pppk"]

        class yurisdiksi(Variable):  # type: ignore[misc,unused-ignore]
            value_type = Enum
            possible_values = Yurisdiksi
            default_value = kab_bekasi
            entity = Pegawai
            definition_period = DateUnit.ETERNITY
            label = "Instansi"

        class status_asn(Variable):  # type: ignore[misc,unused-ignore]
            value_type = Enum
            possible_values = StatusASN
            default_value = pns
            entity = Pegawai
            definition_period = DateUnit.ETERNITY
            label = "Status kepegawaian"

        class opd(Variable):  # type: ignore[misc,unused-ignore]
            value_type = int
            entity = Pegawai
            definition_period = DateUnit.ETERNITY
            label = "Perangkat daerah (index in the Kab. Bekasi catalog)"

        class wfa_lebaran(Variable):  # type: ignore[misc,unused-ignore]
            value_type = bool
            entity = Pegawai
            definition_period = DateUnit.DAY
            label = "WFA diperbolehkan (SE 800.1.6.2/1468-BKPSDM/2025)"

            def formula(pegawai: Any, period: Any, parameters: Any) -> Any:
                if str(period.start) not in days:
                    return np.zeros(pegawai.count, dtype=bool)
                return ((pegawai("yurisdiksi", period) == kab_bekasi)
                        & ~exempt_table[pegawai("opd", period)]
                        & ((pegawai("status_asn", period) == pns)
                           | (pegawai("status_asn", period) == pppk)))

        class System(TaxBenefitSystem):  # type: ignore[misc,unused-ignore]
            def __init__(self) -> None:
                super().__init__([Pegawai])
                for v in (yurisdiksi, status_asn, opd, wfa_lebaran):
                    self.add_variable(v)

        self.system = System()
        self.enums = (Yurisdiksi, StatusASN)

    def decide(self, frame: Any, days: Sequence[dt.date]) -> Any:
        """Employees × days booleans from the employee table (conversion included)."""
        import pandas as pd
        from openfisca_core.indexed_enums import EnumArray
        from openfisca_core.simulations import SimulationBuilder  # type: ignore[import-untyped,import-not-found,unused-ignore]

        Yurisdiksi, StatusASN = self.enums
        jur = pd.Categorical(frame["jurisdiction"], categories=self.jurisdictions).codes
        status = pd.Categorical(frame["status"].fillna("pns"),
                                categories=self.statuses).codes
        agency = pd.Categorical(frame["agency"], categories=self.agencies).codes.astype(np.int64)
        agency[(agency < 0) | (frame["jurisdiction"].to_numpy() != JURISDICTION)] = len(
            self.agencies)
        builder = SimulationBuilder()
        builder.create_entities(self.system)
        builder.declare_person_entity("pegawai", np.arange(len(frame)))
        sim = builder.build(self.system)
        sim.set_input("yurisdiksi", "eternity", EnumArray(jur.astype(np.int16), Yurisdiksi))
        sim.set_input("status_asn", "eternity", EnumArray(status.astype(np.int16), StatusASN))
        sim.set_input("opd", "eternity", agency)
        return np.stack([sim.calculate("wfa_lebaran", d.isoformat()) for d in days], axis=1)


# --------------------------------------------------------------------------- Cedar

CEDAR_POLICY_TEMPLATE = """// SE 800.1.6.2/1468-BKPSDM/2025 (Kab. Bekasi): WFA 24-27 March 2025
permit (principal, action == Action::"wfa", resource == Instansi::"kab-bekasi")
when {{
  principal.instansi == "kab-bekasi" &&
  ["pns", "pppk"].contains(principal.status) &&
  {days}.contains(context.tanggal)
}}
unless {{
  {exempt}
}};
"""


class CedarRule:
    """The rule as a Cedar policy over an entity graph of agencies and employees."""

    name = "Cedar"

    def __init__(self, resolver: Resolver) -> None:
        import cedarpy

        self.cedarpy = cedarpy
        rs = resolver.ruleset
        exempt = [f'principal in OPD::"{JURISDICTION}/{a}"' for a in EXEMPT_AGENCIES]
        exempt += [f'principal in JenisOPD::"{JURISDICTION}/{k}"' for k in EXEMPT_KINDS]
        self.policy_text = CEDAR_POLICY_TEMPLATE.format(
            days=json.dumps(wfa_days(resolver)), exempt=" ||\n  ".join(exempt))
        self.policies = cedarpy.PolicySet.from_str(self.policy_text)
        self.agencies: list[dict[str, Any]] = []
        kinds = set()
        for a in rs.agencies.values():
            parents = [{"type": "JenisOPD", "id": f"{a.jurisdiction}/{a.kind}"}]
            kinds.add(f"{a.jurisdiction}/{a.kind}")
            if a.parent:
                parents.append({"type": "OPD", "id": f"{a.jurisdiction}/{a.parent}"})
            self.agencies.append({"uid": {"type": "OPD", "id": f"{a.jurisdiction}/{a.code}"},
                                  "attrs": {}, "parents": parents})
        self.agencies += [{"uid": {"type": "JenisOPD", "id": k}, "attrs": {}, "parents": []}
                          for k in sorted(kinds)]

    def entities(self, frame: Any) -> Any:
        """The entity store: agencies, kinds and one entity per employee."""
        people = [
            {"uid": {"type": "Pegawai", "id": ident},
             "attrs": {"instansi": jur, "status": status or "pns"},
             "parents": [{"type": "OPD", "id": f"{jur}/{agency}"}]}
            for ident, jur, agency, status in zip(
                frame["id"], frame["jurisdiction"], frame["agency"], frame["status"],
                strict=True)
        ]
        return self.cedarpy.Entities.from_json_str(json.dumps(self.agencies + people))

    @staticmethod
    def requests(frame: Any, days: Sequence[dt.date], chunk: int
                 ) -> Iterator[list[dict[str, Any]]]:
        """The requests, employee by employee then day by day, in chunks."""
        out: list[dict[str, Any]] = []
        for ident in frame["id"]:
            principal = {"type": "Pegawai", "id": ident}
            for d in days:
                out.append({"principal": principal, "action": {"type": "Action", "id": "wfa"},
                            "resource": {"type": "Instansi", "id": JURISDICTION},
                            "context": {"tanggal": d.isoformat()}})
                if len(out) == chunk:
                    yield out
                    out = []
        if out:
            yield out

    def timed(self, store: Any, batches: Sequence[list[dict[str, Any]]]
              ) -> tuple[float, float]:
        """Seconds of cedarpy's ``is_authorized_batch`` calls over *batches* (the
        wrapper included: its request conversion and result parsing), and the
        seconds of Cedar's evaluation alone (the ``authz_duration_micros`` it
        reports for each request, summed)."""
        call = 0.0
        micros = 0
        for batch in batches:
            t = time.perf_counter()
            results = self.cedarpy.is_authorized_batch(batch, self.policies, store)
            call += time.perf_counter() - t
            micros += sum(r.metrics.get("authz_duration_micros", 0) for r in results)
        return call, micros / 1e6

    def decide(self, frame: Any, days: Sequence[dt.date], chunk: int = 50_000
               ) -> tuple[Any, float, float]:
        """Allow/deny per employee-day, the seconds spent in ``is_authorized_batch``
        alone (requests built and entities parsed beforehand, outside the clock)
        and the seconds spent parsing the entities."""
        t = time.perf_counter()
        store = self.entities(frame)
        parse_s = time.perf_counter() - t
        allow = self.cedarpy.Decision.Allow
        out: Any = np.zeros(len(frame) * len(days), dtype=bool)
        at = 0
        spent = 0.0
        for batch in self.requests(frame, days, chunk):
            t = time.perf_counter()
            results = self.cedarpy.is_authorized_batch(batch, self.policies, store)
            spent += time.perf_counter() - t
            out[at:at + len(results)] = [r.decision == allow for r in results]
            at += len(results)
        return out.reshape(len(frame), len(days)), spent, parse_s
