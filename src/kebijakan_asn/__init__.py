"""kebijakan-asn: how Indonesian civil servants work on a given day, and why.

On date D, how does employee E of agency A of government G work — WFO, WFH,
WFA, or is it a non-working day — which other arrangements may they choose,
under which conditions, and on which legal basis?

>>> from kebijakan_asn import Employee, Resolver
>>> resolver = Resolver(allow=["nasional"])
"""

from __future__ import annotations

from . import hookspecs
from ._audit import ChainChecker, Chainer, Run, Timeline, WhyNot, timeline, why_not
from ._check import CheckReport, check_ruleset
from ._codes import Arrangement, Grant, PolicyStatus, Position, Provenance, Status
from ._decision import (
    SCHEMA,
    BasisRef,
    ChainLink,
    ConditionRef,
    Decision,
    Note,
    Outcome,
    RuleSetRef,
    TraceStep,
)
from ._errors import (
    ConflictError,
    KebijakanError,
    PluginError,
    RosterError,
    RuleSetError,
    ValidationError,
)
from ._explain import format_date
from ._model import (
    ASN,
    Agency,
    AgencyNote,
    Citation,
    Condition,
    ConditionCode,
    Employee,
    Exemption,
    FactSpec,
    Holiday,
    Jurisdiction,
    Period,
    Policy,
    Provision,
    Quota,
    RankRule,
    Recurrence,
    RevokedHoliday,
    Rotation,
    Source,
    Text,
)
from ._nip import Nip, parse_nip
from ._plugin import ModulePlugin
from ._resolver import Resolver
from ._ruleset import ALLOW_ENV, ENTRY_POINT_GROUP, PluginInfo, RuleSet
from ._seal import SealError
from ._verify import LogVerifier, Verdict
from ._version import __version__
from .hookspecs import hookimpl
from .roster import Roster, RosterRef, RosterRow, check_roster, plan_roster

__all__ = [
    "ALLOW_ENV",
    "ASN",
    "ENTRY_POINT_GROUP",
    "SCHEMA",
    "Agency",
    "AgencyNote",
    "Arrangement",
    "BasisRef",
    "ChainChecker",
    "ChainLink",
    "Chainer",
    "CheckReport",
    "Citation",
    "Condition",
    "ConditionCode",
    "ConditionRef",
    "ConflictError",
    "Decision",
    "Employee",
    "Exemption",
    "FactSpec",
    "Grant",
    "Holiday",
    "Jurisdiction",
    "KebijakanError",
    "LogVerifier",
    "ModulePlugin",
    "Nip",
    "Note",
    "Outcome",
    "Period",
    "PluginError",
    "PluginInfo",
    "Policy",
    "PolicyStatus",
    "Position",
    "Provenance",
    "Provision",
    "Quota",
    "RankRule",
    "Recurrence",
    "Resolver",
    "RevokedHoliday",
    "Roster",
    "RosterError",
    "RosterRef",
    "RosterRow",
    "Rotation",
    "RuleSet",
    "RuleSetError",
    "RuleSetRef",
    "Run",
    "SealError",
    "Source",
    "Status",
    "Text",
    "Timeline",
    "TraceStep",
    "ValidationError",
    "Verdict",
    "WhyNot",
    "__version__",
    "check_roster",
    "check_ruleset",
    "format_date",
    "hookimpl",
    "hookspecs",
    "parse_nip",
    "plan_roster",
    "timeline",
    "why_not",
]
