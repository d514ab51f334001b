"""Sealed logs: an Ed25519 signature over the head of a chained batch.

A chained batch (``decide --input … --chain``) ends with one seal record::

    {"head":"sha256:…","records":N,"schema":"kebijakan-asn/seal/1"}

``head`` is the fingerprint of the last chained record and ``records`` the
number of chained records (decision and error records).  Every record's
fingerprint covers its link to the one before, so the head commits to the
whole file.  With ``--sign KEY`` the seal also carries ``key`` (the id of the
public key, ``sha256:`` over its 32 raw bytes) and ``signature`` (base64 of the
Ed25519 signature over the canonical JSON of the seal without ``signature``).

Signing and checking signatures need the optional extra ``kebijakan-asn[sign]``
(the ``cryptography`` package); everything else here works without it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ._canonical import canonical_json
from ._errors import KebijakanError

__all__ = [
    "SEAL_SCHEMA",
    "SealError",
    "Signer",
    "TrustedKey",
    "check_seal",
    "keygen",
    "load_signer",
    "load_trusted_key",
    "seal_record",
]

SEAL_SCHEMA = "kebijakan-asn/seal/1"
_FIELDS = frozenset({"schema", "records", "head", "key", "signature"})
EXTRA_HINT = "pip install 'kebijakan-asn[sign]'"


class SealError(KebijakanError):
    """A key cannot be made, read or used (exit status 2 on the command line)."""


def _crypto() -> Any:
    """The Ed25519 and serialisation modules of ``cryptography``."""
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ed25519
    except ImportError:
        raise SealError(f"signatures need the optional extra: {EXTRA_HINT}") from None
    return ed25519, serialization


def _key_id(raw_public: bytes) -> str:
    return "sha256:" + hashlib.sha256(raw_public).hexdigest()


def _raw_public(public_key: Any) -> bytes:
    _, ser = _crypto()
    raw: bytes = public_key.public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
    return raw


@attrs.frozen
class Signer:
    """A private Ed25519 key, ready to sign seals."""

    key_id: str
    _key: Any = attrs.field(repr=False)

    def sign(self, data: bytes) -> str:
        """The base64 Ed25519 signature of *data*."""
        return base64.b64encode(self._key.sign(data)).decode("ascii")


@attrs.frozen
class TrustedKey:
    """A public Ed25519 key that seals are checked against."""

    key_id: str
    _key: Any = attrs.field(repr=False)

    def verifies(self, data: bytes, signature: str) -> bool:
        """Whether *signature* (base64) is this key's signature of *data*."""
        from cryptography.exceptions import InvalidSignature

        try:
            raw = base64.b64decode(signature.encode("ascii"), validate=True)
            self._key.verify(raw, data)
        except (InvalidSignature, binascii.Error, UnicodeEncodeError, ValueError):
            return False
        return True


def keygen(path: str | os.PathLike[str]) -> tuple[Path, Path, str]:
    """Write a new private key to *path* (PEM, PKCS #8, mode 0600) and its public
    key to *path*.pub; neither may exist yet.  Returns both paths and the key id."""
    ed25519, ser = _crypto()
    private, public = Path(path), Path(f"{os.fspath(path)}.pub")
    for p in (private, public):
        if os.path.lexists(p):
            raise SealError(f"{p}: already exists; refusing to overwrite a key "
                            "(choose another PATH)")
    key = ed25519.Ed25519PrivateKey.generate()
    pem: bytes = key.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8,
                                   ser.NoEncryption())
    pub: bytes = key.public_key().public_bytes(ser.Encoding.PEM,
                                               ser.PublicFormat.SubjectPublicKeyInfo)
    try:
        fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        with open(public, "xb") as fh:
            fh.write(pub)
    except OSError as exc:
        raise SealError(f"{exc.filename or path}: cannot write the key: "
                        f"{exc.strerror or exc}") from None
    return private, public, _key_id(_raw_public(key.public_key()))


def _read(path: str | os.PathLike[str], what: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(64 * 1024)
    except OSError as exc:
        raise SealError(f"{os.fspath(path)}: cannot read the {what}: "
                        f"{exc.strerror or exc}") from None


def load_signer(path: str | os.PathLike[str]) -> Signer:
    """The private key written by ``kebijakan-asn keygen PATH``."""
    ed25519, ser = _crypto()
    try:
        key = ser.load_pem_private_key(_read(path, "private key"), password=None)
    except (ValueError, TypeError) as exc:
        raise SealError(f"{os.fspath(path)}: not an unencrypted PEM private key ({exc}); "
                        "expected the file 'kebijakan-asn keygen PATH' wrote to PATH") from None
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise SealError(f"{os.fspath(path)}: a {type(key).__name__}, not an Ed25519 key; "
                        "make one with 'kebijakan-asn keygen PATH'")
    return Signer(_key_id(_raw_public(key.public_key())), key)


def load_trusted_key(path: str | os.PathLike[str]) -> TrustedKey:
    """The public key written by ``kebijakan-asn keygen PATH`` to PATH.pub."""
    ed25519, ser = _crypto()
    try:
        key = ser.load_pem_public_key(_read(path, "public key"))
    except (ValueError, TypeError) as exc:
        raise SealError(f"{os.fspath(path)}: not a PEM public key ({exc}); expected the "
                        "file 'kebijakan-asn keygen PATH' wrote to PATH.pub") from None
    if not isinstance(key, ed25519.Ed25519PublicKey):
        raise SealError(f"{os.fspath(path)}: a {type(key).__name__}, not an Ed25519 key")
    return TrustedKey(_key_id(_raw_public(key)), key)


def _signed_part(seal: Mapping[str, Any]) -> bytes:
    return canonical_json({k: v for k, v in seal.items() if k != "signature"}).encode("utf-8")


def seal_record(records: int, head: str | None, signer: Signer | None = None
                ) -> dict[str, Any]:
    """The seal of a chained batch of *records* records ending at *head*."""
    seal: dict[str, Any] = {"schema": SEAL_SCHEMA, "records": records, "head": head}
    if signer is not None:
        seal["key"] = signer.key_id
        seal["signature"] = signer.sign(_signed_part(seal))
    return seal


def check_seal(seal: Mapping[str, Any], records: int, head: str | None,
               trusted: TrustedKey | None) -> list[str]:
    """The problems of *seal* for a file of *records* chained records ending at
    *head*; with *trusted*, the seal must be signed by that key."""
    problems: list[str] = []
    unknown = sorted(set(seal) - _FIELDS)
    if unknown:
        problems.append(f"unknown field {unknown[0]!r} in the seal")
    count = seal.get("records")
    if isinstance(count, bool) or count != records:
        problems.append(f"the seal counts {seal.get('records')!r} records, the file has "
                        f"{records} (records removed or added?)")
    if seal.get("head") != head:
        problems.append(f"the seal ends at {str(seal.get('head'))[:19]}…, the chain at "
                        f"{str(head)[:19]}… (records removed, added or rewritten?)")
    if trusted is None:
        return problems
    key, signature = seal.get("key"), seal.get("signature")
    if not isinstance(signature, str) or not isinstance(key, str):
        problems.append("the seal is not signed; expected a seal made with 'decide --sign'")
    elif key != trusted.key_id:
        problems.append(f"sealed with another key ({key[:19]}…), not the trusted key "
                        f"({trusted.key_id[:19]}…)")
    elif not trusted.verifies(_signed_part(seal), signature):
        problems.append("the signature does not match the seal: the file was rewritten "
                        "by someone without the private key")
    return problems
