# mypy: disable-error-code="empty-body"
"""The hooks a rule-set plugin implements.

A plugin is any module or object with functions named after these hooks and
marked with :data:`kebijakan_asn.hookimpl`.  It is found through the
``kebijakan_asn`` entry-point group, or passed explicitly to
:class:`kebijakan_asn.Resolver`.  Every hook is optional and returns a list;
the resolver sorts and validates what all plugins return, so no decision
depends on the order in which plugins were registered.
"""

from __future__ import annotations

from collections.abc import Iterable

import pluggy

from ._model import (
    Agency,
    Exemption,
    FactSpec,
    Holiday,
    Jurisdiction,
    Policy,
    RankRule,
    RevokedHoliday,
)

__all__ = ["hookimpl", "hookspec"]

PROJECT = "kebijakan_asn"

hookspec = pluggy.HookspecMarker(PROJECT)
"""Marks a hook specification (used by this module only)."""

hookimpl = pluggy.HookimplMarker(PROJECT)
"""Marks a plugin's hook implementation: ``@hookimpl def kebijakan_asn_policies(): ...``."""


@hookspec
def kebijakan_asn_jurisdictions() -> Iterable[Jurisdiction]:
    """Return the governments (instansi) the plugin defines.

    Each jurisdiction code must be defined by exactly one plugin.  A region
    plugin defines its own government (``kab-bekasi``); the built-in national
    plugin defines ``nasional``.
    """


@hookspec
def kebijakan_asn_agencies() -> Iterable[Agency]:
    """Return the agencies (perangkat daerah, units) of the plugin's jurisdictions.

    Codes are unique within a jurisdiction.  A ``parent`` must name another
    agency of the same jurisdiction; an exemption of the parent also exempts
    the agency.
    """


@hookspec
def kebijakan_asn_facts() -> Iterable[FactSpec]:
    """Return the facts (about an employee's situation) that policies may require.

    A fact must be declared before a policy can require it or an employee can
    carry it: a misspelt fact is an error, never a silent ``False``.
    """


@hookspec
def kebijakan_asn_policies() -> Iterable[Policy]:
    """Return the policies the plugin encodes, each citing its legal instrument.

    Policy ids are unique across all plugins.  A policy's ``amends`` and its
    citation's ``derived_from`` must name registered policies.
    """


@hookspec
def kebijakan_asn_exemptions() -> Iterable[Exemption]:
    """Return who the plugin's policies do not apply to.

    An exemption names a registered policy and one selector: an agency code of
    the policy's jurisdiction (its sub-agencies are exempt too), an agency
    kind, an agency tag, or direct-service staff.
    """


@hookspec
def kebijakan_asn_rank_rules() -> Iterable[RankRule]:
    """Return rules on jabatan: a policy applies ``only`` to, or ``except`` to, positions."""


@hookspec
def kebijakan_asn_holidays(jurisdiction: str, year: int) -> Iterable[Holiday]:
    """Return the non-working days of *jurisdiction* in *year* that the plugin knows.

    Called once per (jurisdiction, year) and cached.  The national plugin
    returns the national holidays and cuti bersama for every jurisdiction; a
    region plugin returns its regional holidays for its own jurisdiction only
    (and nothing for the others).  Each holiday cites the policy that is its
    basis.
    """


@hookspec
def kebijakan_asn_revoked_holidays(jurisdiction: str, year: int) -> Iterable[RevokedHoliday]:
    """Return the days of *jurisdiction* in *year* that were set as holidays, then revoked.

    Called once per (jurisdiction, year) and cached, like
    :func:`kebijakan_asn_holidays`.  A revoked day is never a holiday (no hook
    returns it as one): it is a working day, and a decision on it carries the
    note ``holiday-revoked`` citing both the instrument that set the day and
    the one that removed it, for audits of records made in between.  Each
    cites the policy that was its basis.
    """
