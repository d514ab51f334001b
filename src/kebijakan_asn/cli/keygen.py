"""``kebijakan-asn keygen PATH``: a new Ed25519 key pair for sealing batch logs."""

from __future__ import annotations

import argparse

from .._seal import keygen
from ._common import PROG, out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    k = sub.add_parser("keygen", help="make a key pair to seal batch logs "
                                      "(decide --chain --sign, verify --trust)")
    k.add_argument("path", metavar="PATH",
                   help="where to write the private key; the public key goes to PATH.pub")


def run(args: argparse.Namespace) -> int:
    private, public, key_id = keygen(args.path)
    out(f"{PROG}: private key {private} (keep it secret), public key {public} "
        f"(give it to whoever verifies), key id {key_id}")
    return 0
