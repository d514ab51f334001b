"""The pinned codes of the public contract.

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
    """Jabatan Pimpinan Tinggi Utama (head of a non-ministerial institution)."""
    JPT_MADYA = "jpt-madya"
    """Jabatan Pimpinan Tinggi Madya (e.g. a provincial Sekretaris Daerah)."""
    JPT_PRATAMA = "jpt-pratama"
    """Jabatan Pimpinan Tinggi Pratama (e.g. the head of a dinas or badan)."""
    ADMINISTRATOR = "administrator"
    """Jabatan Administrator (formerly eselon III)."""
    PENGAWAS = "pengawas"
    """Jabatan Pengawas (formerly eselon IV)."""
    FUNGSIONAL = "fungsional"
    """Jabatan Fungsional (a functional specialist: teacher, nurse, analyst…)."""
    PELAKSANA = "pelaksana"
    """Jabatan Pelaksana (staff)."""


class Status(_Code):
    """Employment status: the two kinds of ASN, and non-ASN staff."""

    PNS = "pns"
    """Pegawai Negeri Sipil (civil servant, with a NIP)."""
    PPPK = "pppk"
    """Pegawai Pemerintah dengan Perjanjian Kerja (ASN on contract)."""
    NON_ASN = "non-asn"
    """Staff who are not ASN (honorary and other staff)."""


class Grant(_Code):
    """What a provision of a policy does with its arrangement.

    * ``baseline``: the default arrangement on every working day (the work week).
    * ``enabling``: allows the *instansi* to adopt the arrangement; never changes
      an outcome by itself (it shows in the trace and as the parent in the basis).
    * ``permitted``: the employee *may* choose the arrangement, under conditions.
    * ``assigned``: the employee works under the arrangement (the highest-precedence
      assigned grant decides: an emergency first, then the more specific government,
      then the later instrument).
    """

    BASELINE = "baseline"
    """The default arrangement on every working day (the work week)."""
    ENABLING = "enabling"
    """Allows the government to adopt the arrangement; changes no outcome by itself."""
    PERMITTED = "permitted"
    """The employee may choose the arrangement (diperbolehkan)."""
    ASSIGNED = "assigned"
    """The employee works under the arrangement (diwajibkan)."""


class PolicyStatus(_Code):
    """Whether a policy is law (``enacted``) or a proposal (``draft``)."""

    ENACTED = "enacted"
    """In force as law."""
    DRAFT = "draft"
    """A proposal, applied only when drafts are asked for (``include_drafts``)."""


class Provenance(_Code):
    """Where the encoded text of a policy comes from."""

    SEED = "seed"
    """A news article the project started from, read as a press report."""
    OFFICIAL = "official"
    """The official text (JDIH, the signed circular)."""
    PRESS = "press"
    """A press report other than the seeds."""
