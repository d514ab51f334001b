"""A host: decides with the national rules and the kab-contoh plugin only."""

from __future__ import annotations

from kab_contoh import plugin as kab_contoh

from kebijakan_asn import Employee, Resolver
from kebijakan_asn.nasional import plugin as nasional

resolver = Resolver(plugins=[nasional, kab_contoh])  # an explicit allow-list

for agency in ("bappeda", "puskesmas-kota"):
    decision = resolver.decide(Employee("kab-contoh", agency, "pelaksana"), "2026-03-26")
    print(agency, decision.arrangement.value, [a.value for a in decision.permitted])
