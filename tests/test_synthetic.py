"""The seeded synthetic workforce: deterministic, valid, and a realistic mix."""

from __future__ import annotations

import collections
import hashlib
import json
import os
import subprocess
import sys

import pytest

from kebijakan_asn import Employee, Position, Resolver, Status, ValidationError
from kebijakan_asn.synthetic import COLUMNS, columns, iter_workforce, workforce

from .conftest import J


def test_the_same_seed_gives_the_same_workforce(resolver: Resolver) -> None:
    a = workforce(400, seed=11, ruleset=resolver)
    b = workforce(400, seed=11, ruleset=resolver.ruleset)
    assert a == b
    assert workforce(400, seed=12, ruleset=resolver) != a


def test_it_does_not_depend_on_hash_seed_or_process() -> None:
    code = ("import hashlib, json; from kebijakan_asn import Resolver; "
            "from kebijakan_asn.synthetic import columns; "
            "c = columns(300, seed=5, ruleset=Resolver(allow=['nasional'])); "
            "print(hashlib.sha256(json.dumps(c, sort_keys=True).encode()).hexdigest())")
    digests = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       check=True, env={**os.environ, "PYTHONHASHSEED": seed,
                                        "TZ": tz}).stdout.strip()
        for seed, tz in (("0", "UTC"), ("1", "Asia/Jakarta"), ("4242", "America/Lima"))
    }
    here = columns(300, seed=5, ruleset=Resolver(allow=["nasional"]))
    assert digests == {hashlib.sha256(json.dumps(here, sort_keys=True).encode()).hexdigest()}


def test_every_employee_is_valid_and_known_to_the_rule_set(resolver: Resolver) -> None:
    people = workforce(1_500, seed=3, ruleset=resolver)
    for e in people:
        resolver.check(e)  # jurisdiction, agency and facts known
        if e.status is Status.NON_ASN:
            assert e.nip is None
        else:
            assert e.nip is not None and len(e.nip) == 18  # a PNS NIP parsed on creation
    assert [e.id for e in people[:3]] == ["E0000001", "E0000002", "E0000003"]
    assert len({e.id for e in people}) == len(people)


def test_the_mix_covers_what_the_rules_look_at(resolver: Resolver) -> None:
    people = workforce(3_000, seed=1, ruleset=resolver)
    assert {e.jurisdiction for e in people} == {"nasional", J}
    assert {e.status for e in people} == set(Status)
    positions = collections.Counter(e.position for e in people)
    assert positions[Position.PELAKSANA] + positions[Position.FUNGSIONAL] > 0.6 * len(people)
    assert positions[Position.JPT_PRATAMA] > 0 and positions[Position.ADMINISTRATOR] > 0
    top = {e.position for e in people if e.jurisdiction == J}  # a regency: no JPT madya/utama
    assert not top & {Position.JPT_MADYA, Position.JPT_UTAMA}
    rs = resolver.ruleset
    in_service = [e for e in people
                  if any(rs.agencies[(e.jurisdiction, a)].direct_service
                         for a in rs.ancestors(e.jurisdiction, e.agency))]
    elsewhere = [e for e in people if e not in in_service]
    share = sum(e.direct_service for e in in_service) / len(in_service)
    assert share > 5 * sum(e.direct_service for e in elsewhere) / len(elsewhere)
    # Rotation groups only where a policy of the jurisdiction rotates (kab-uji/rotasi: A, B),
    # and some staff without one.
    groups = collections.Counter(e.rotation_group for e in people if e.jurisdiction == J)
    assert set(groups) == {None, "A", "B"} and groups["A"] > 0.25 * sum(groups.values())
    assert {e.rotation_group for e in people if e.jurisdiction == "nasional"} == {None}
    # The flood fact holds for a few employees, only where a policy needs it.
    cut = [e for e in people if e.fact("office_access_cut")]
    assert cut and {e.jurisdiction for e in cut} == {J} and len(cut) < 0.1 * len(people)
    assert all(dict(e.facts).keys() == {"office_access_cut", "surat_perintah"}
               for e in people)


def test_columns_are_the_same_employees(resolver: Resolver) -> None:
    cols = columns(500, seed=8, ruleset=resolver)
    assert list(cols) == [*COLUMNS, "fact:office_access_cut", "fact:surat_perintah"]
    rebuilt = [
        Employee(jurisdiction=j, agency=a, position=p, status=s, id=i, nip=n,
                 direct_service=d, rotation_group=g,
                 facts={"office_access_cut": f, "surat_perintah": o})
        for i, n, j, a, p, s, d, g, f, o in zip(*cols.values(), strict=True)
    ]
    assert rebuilt == workforce(500, seed=8, ruleset=resolver)
    assert all(isinstance(v, str) for v in cols["position"] + cols["status"])


def test_restricting_and_numbering(resolver: Resolver) -> None:
    people = workforce(200, seed=2, ruleset=resolver, jurisdictions=[J], start=1001)
    assert {e.jurisdiction for e in people} == {J}
    assert people[0].id == "E0001001"
    streamed = iter_workforce(10, seed=2, ruleset=resolver, jurisdictions=[J], start=1001)
    assert list(streamed) == people[:10]


@pytest.mark.parametrize(("kw", "says"), [
    ({"n": -1}, "n: invalid value -1"),
    ({"n": 5, "seed": "x"}, "seed"),
    ({"n": 5, "jurisdictions": ["kab-ujii"]}, "did you mean kab-uji?"),
])
def test_bad_arguments_are_one_clear_error(resolver: Resolver, kw: dict[str, object],
                                           says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        workforce(ruleset=resolver, **kw)  # type: ignore[arg-type]
