"""The decision record (SPEC §6): round trip, canonical form, fingerprints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kebijakan_asn import SCHEMA, Decision, Resolver, ValidationError

from .conftest import staff


@pytest.fixture
def decision(resolver: Resolver) -> Decision:
    return resolver.decide(staff(id="E-1", nip="198609262015051001"), "2025-03-25")


def test_record_has_the_pinned_fields(decision: Decision) -> None:
    r = decision.to_dict()
    for key in ("schema", "employee", "date", "arrangement", "permitted", "conditions",
                "basis", "trace", "notes", "ruleset", "fingerprint"):
        assert key in r
    assert r["schema"] == SCHEMA
    assert r["permitted"] == sorted(r["permitted"])
    assert set(r["conditions"][0]) >= {"code", "arrangement", "text", "policy"}
    assert set(r["basis"][0]) >= {"policy", "instrument", "number", "issuer", "signed"}
    assert r["fingerprint"].startswith("sha256:") and len(r["fingerprint"]) == 71
    assert {p["name"] for p in r["ruleset"]["plugins"]} == {"nasional", "kab-uji"}


def test_round_trip(decision: Decision) -> None:
    record = json.loads(json.dumps(decision.to_dict()))
    again = Decision.from_dict(record)
    assert again.to_dict() == decision.to_dict()
    assert again.fingerprint == decision.fingerprint


def test_fingerprint_detects_any_change(decision: Decision) -> None:
    record = decision.to_dict()
    record["arrangement"] = "wfh"
    assert Decision.from_dict(record).fingerprint != record["fingerprint"]


def test_canonical_json_is_stable(decision: Decision) -> None:
    text = decision.to_json()
    assert "\n" not in text and ", " not in text.split('"trace"')[0][:20]
    assert json.loads(text) == decision.to_dict()
    keys = list(json.loads(text))
    assert keys == sorted(keys)


def test_from_dict_rejects_other_schemas(decision: Decision) -> None:
    record = decision.to_dict()
    record["schema"] = "something/else"
    with pytest.raises(ValidationError, match="schema"):
        Decision.from_dict(record)


def test_explain_in_both_languages(decision: Decision) -> None:
    id_text, en_text = decision.explain("id"), decision.explain("en")
    assert id_text.startswith("Keputusan: WFO") and "Selasa, 25 Maret 2025" in id_text
    assert en_text.startswith("Decision: WFO") and "Tuesday, 25 March 2025" in en_text
    assert "Boleh juga: WFA" in id_text and "Also permitted: WFA" in en_text
    assert "persetujuan pimpinan" in id_text and "superior's approval" in en_text
    assert "Surat Edaran Menteri PANRB Nomor 2 Tahun 2025" in id_text
    assert "Circular of the Minister of PANRB No. 2 of 2025" in en_text
    with pytest.raises(ValidationError, match="lang"):
        decision.explain("fr")


_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from conftest import kab_uji, staff
from kebijakan_asn import Resolver
from kebijakan_asn.nasional import plugin
r = Resolver(plugins=[kab_uji, plugin] if {reverse} else [plugin, kab_uji])
for day in ("2025-03-25", "2025-03-28", "2025-12-03", "2026-01-08"):
    print(r.decide(staff(id="x", rotation_group="A"), day).to_json())
"""


@pytest.mark.parametrize(("seed", "tz", "lang", "reverse"), [
    ("1", "Asia/Jakarta", "id_ID.UTF-8", False),
    ("12345", "America/New_York", "C", True),
    ("random", "UTC", "en_US.UTF-8", True),
])
def test_same_bytes_in_any_process(seed: str, tz: str, lang: str, reverse: bool) -> None:
    tests = str(Path(__file__).parent)
    outputs = []
    for env_seed, env_tz, env_lang in (("0", "UTC", "C"), (seed, tz, lang)):
        env = {**os.environ, "PYTHONHASHSEED": env_seed, "TZ": env_tz, "LC_ALL": env_lang,
               "LANG": env_lang}
        out = subprocess.run(
            [sys.executable, "-c", _SCRIPT.format(tests=tests, reverse=reverse)],
            env=env, capture_output=True, text=True, check=True)
        outputs.append(out.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 4
