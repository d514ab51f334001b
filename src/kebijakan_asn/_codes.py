"""The pinned codes of the public contract (SPEC §3).

Every code is a lowercase ASCII slug.  The enums are ``str`` subclasses, so an
``Arrangement.WFH`` compares equal to ``"wfh"`` and serialises as that string.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "Arrangement",
    "Grant",
    "PolicyStatus",
    "Position",
    "Provenance",
    "Status",
]


class _Code(StrEnum):
    """A code whose value is its public slug (``str(code)`` is the slug)."""


class Arrangement(_Code):
    """How an employee works on a day."""

    WFO = "wfo"
    """Work from office (bekerja dari kantor)."""
    WFH = "wfh"
    """Work from home (bekerja dari rumah)."""
    WFA = "wfa"
    """Work from anywhere (bekerja dari mana saja)."""
    LIBUR = "libur"
    """A non-working day: weekend, libur nasional, cuti bersama, regional holiday."""


class Position(_Code):
    """Jabatan, UU 20/2023: five managerial and two non-managerial kinds."""

    JPT_UTAMA = "jpt-utama"
    JPT_MADYA = "jpt-madya"
    JPT_PRATAMA = "jpt-pratama"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    FUNGSIONAL = "fungsional"
    PELAKSANA = "pelaksana"


class Status(_Code):
    """Employment status: the two kinds of ASN, and non-ASN staff."""

    PNS = "pns"
    PPPK = "pppk"
    NON_ASN = "non-asn"


class Grant(_Code):
    """What a provision of a policy does with its arrangement.

    * ``baseline``: the default arrangement on every working day (the work week).
    * ``enabling``: allows the *instansi* to adopt the arrangement; never changes
      an outcome by itself (SPEC §5.3).
    * ``permitted``: the employee *may* choose the arrangement, under conditions.
    * ``assigned``: the employee works under the arrangement (SPEC §5.4).
    """

    BASELINE = "baseline"
    ENABLING = "enabling"
    PERMITTED = "permitted"
    ASSIGNED = "assigned"


class PolicyStatus(_Code):
    """Whether a policy is law (``enacted``) or a proposal (``draft``)."""

    ENACTED = "enacted"
    DRAFT = "draft"


class Provenance(_Code):
    """Where the encoded text of a policy comes from."""

    SEED = "seed"
    """One of the project's source articles (``shared/seeds``)."""
    OFFICIAL = "official"
    """The official text (JDIH, the signed circular)."""
    PRESS = "press"
    """A press report other than the seeds."""
