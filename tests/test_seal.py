"""Sealed logs: ``keygen``, ``decide --chain --sign`` and ``verify --trust``.

The forger here knows everything but the private key: they rewrite records,
recompute every fingerprint and chain link, and fix up the seal's head and
count.  Every such rewrite must fail ``verify --trust``.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("cryptography")

from kebijakan_asn import Decision, _cli
from kebijakan_asn._audit import Chainer
from kebijakan_asn._canonical import canonical_json

from .test_cli import _only_national  # noqa: F401 - the CLI tests' fixture
from .test_cli import run as cli_run

SEAL = "kebijakan-asn/seal/1"
ERROR = "kebijakan-asn/error/1"


def run(capsys: pytest.CaptureFixture[str], *argv: Any) -> tuple[int, str, str]:
    return cli_run(capsys, *map(str, argv))


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("keys")
    assert _cli.main(["keygen", str(d / "kunci")]) == 0
    assert _cli.main(["keygen", str(d / "lain")]) == 0
    return d / "kunci", d / "lain"


def sealed(capsys: pytest.CaptureFixture[str], tmp_path: Path, key: Path) -> list[str]:
    """A signed batch: 3 employees (one invalid) × 3 days, then the seal."""
    src = tmp_path / "pegawai.csv"
    src.write_text("id,jurisdiction,agency,position\nA,nasional,bkn,pelaksana\n"
                   "B,nasional,bkn,staf\nC,nasional,bkn,pengawas\nD,nasional,bkn,pelaksana\n",
                   encoding="utf-8")
    out = tmp_path / "keputusan.jsonl"
    code, _, err = run(capsys, "decide", "--input", src, "--from", "2025-03-24", "--to",
                       "2025-03-26", "--chain", "--sign", key, "--output", out)
    assert code == 1 and "sealed with key sha256:" in err
    return out.read_text(encoding="utf-8").splitlines()


def rechain(records: list[dict[str, Any]], seal: dict[str, Any]) -> list[str]:
    """The forger's best: every link and fingerprint recomputed, the seal's head and
    count fixed up, its signature kept (they cannot make a new one)."""
    chain = Chainer()
    lines = []
    for r in records:
        if r["schema"] == ERROR:
            body = {k: v for k, v in r.items() if k not in ("chain", "fingerprint")}
            lines.append(canonical_json(chain.link_record(body)))
        else:
            lines.append(chain.link(Decision.from_dict(r).with_chain(None)).to_json())
    lines.append(canonical_json({**seal, "head": chain.head, "records": chain.index}))
    return lines


def verify(capsys: pytest.CaptureFixture[str], path: Path, lines: list[str], *extra: Any
           ) -> tuple[int, str, str]:
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return run(capsys, "verify", path, *extra)


def test_keygen_writes_a_private_and_a_public_key(
        keys: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    private, _ = keys
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    assert private.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert Path(f"{private}.pub").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    code, _, err = run(capsys, "keygen", private)
    assert code == 2 and "already exists; refusing to overwrite a key" in err


def test_a_sealed_log_verifies_with_its_key_only(
        keys: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    key, other = keys
    lines = sealed(capsys, tmp_path, key)
    seal = json.loads(lines[-1])
    assert seal["schema"] == SEAL and seal["records"] == 10 and len(lines) == 11
    assert set(seal) == {"schema", "records", "head", "key", "signature"}
    path = tmp_path / "salinan.jsonl"
    code, out, err = verify(capsys, path, lines, "--trust", f"{key}.pub")
    assert code == 1 and out.count(": input-error: ") == 1 and "seal-broken" not in out  # B
    assert "9 reproduced, 1 sealed; chain: 10 links, intact" in err
    code, out, _ = verify(capsys, path, lines, "--trust", f"{other}.pub")
    assert code == 1 and f"{path}:11: seal-broken: sealed with another key" in out
    code, out, _ = verify(capsys, path, lines)  # without --trust: the chain is checked
    assert "seal-broken" not in out


def test_every_rewrite_without_the_key_fails(
        keys: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    key, _ = keys
    lines = sealed(capsys, tmp_path, key)
    records, seal = [json.loads(x) for x in lines[:-1]], json.loads(lines[-1])
    assert records[3]["schema"] == ERROR
    changed = json.loads(lines[1])
    changed["arrangement"], changed["permitted"] = "wfa", ["wfa", "wfo"]
    appended = json.loads(lines[0])
    appended["employee"]["id"] = "Z"
    forgeries = {
        "changed field": rechain([records[0], changed, *records[2:]], seal),
        "deleted first": rechain(records[1:], seal),
        "deleted middle": rechain(records[:5] + records[6:], seal),
        "deleted last": rechain(records[:-1], seal),
        "deleted error record": rechain(records[:3] + records[4:], seal),
        "appended record": rechain([*records, appended], seal),
        "reordered": rechain([records[1], records[0], *records[2:]], seal),
        "appended after the seal": [*lines, lines[0]],
        "seal removed": lines[:-1],
        "seal unsigned": rechain(records, {"schema": SEAL}),
        "seal of another file": [*lines[:-1], canonical_json({**seal, "records": 9})],
    }
    for name, forged in forgeries.items():
        code, out, _ = verify(capsys, tmp_path / "palsu.jsonl", forged, "--trust",
                              f"{key}.pub")
        assert code == 1 and ": seal-broken: " in out, (name, out)
    # The re-chained forgeries are sound as chains: only the signature gives them away.
    code, out, _ = verify(capsys, tmp_path / "palsu.jsonl", forgeries["reordered"],
                          "--trust", f"{key}.pub")
    assert "chain-broken" not in out
    assert "the signature does not match the seal: the file was rewritten" in out


@pytest.mark.parametrize(("argv", "says"), [
    (["--chain", "--sign", "tidak-ada.key"], "tidak-ada.key: cannot read the private key"),
    (["--sign", "kunci"], "--sign seals a chained batch; add --chain"),
])
def test_signing_mistakes_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                       argv: list[str], says: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "pegawai.csv"
    src.write_text("id,jurisdiction,agency,position\nA,nasional,bkn,pelaksana\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "decide", "--input", src, "--from", "2025-03-24", "--to",
                       "2025-03-24", "--output", tmp_path / "o.jsonl", *argv)
    assert code == 2 and says in err and len(err.splitlines()) == 1
    assert not (tmp_path / "o.jsonl").exists()


def test_a_public_key_that_is_not_one(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    junk = tmp_path / "kunci.pub"
    junk.write_bytes(b"\xff\x00 bukan kunci")
    records = tmp_path / "r.jsonl"
    records.write_text("")
    code, _, err = run(capsys, "verify", records, "--trust", junk)
    assert code == 2 and "not a PEM public key" in err and len(err.splitlines()) == 1
