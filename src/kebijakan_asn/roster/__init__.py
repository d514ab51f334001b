"""Rosters and quotas (SPEC §8): "at most N% of a unit away from the office".

* :class:`Roster` / :class:`RosterRow`: a roster as data (``id, date, arrangement``
  rows from CSV or JSON Lines), fingerprinted.
* :func:`plan_roster`: a fair, deterministic roster for a workforce under a policy's
  :class:`~kebijakan_asn.Quota`.
* :func:`check_roster`: every violation of a hand-made roster, with its citation.
* ``Resolver.decide(..., roster=...)`` decides a day from a roster (SPEC §5.7).

See the documentation page "Jadwal unit dan kuota" (``docs/roster.md``).
"""

from __future__ import annotations

from .._decision import RosterRef
from .._errors import RosterError
from ._data import ROSTER_COLUMNS, ROSTER_SCHEMA, Roster, RosterRow
from ._plan import (
    KINDS,
    RosterCheck,
    RosterPlan,
    RosterViolation,
    UnitCheck,
    UnitPlan,
    check_roster,
    plan_roster,
)

__all__ = [
    "KINDS",
    "ROSTER_COLUMNS",
    "ROSTER_SCHEMA",
    "Roster",
    "RosterCheck",
    "RosterError",
    "RosterPlan",
    "RosterRef",
    "RosterRow",
    "RosterViolation",
    "UnitCheck",
    "UnitPlan",
    "check_roster",
    "plan_roster",
]
