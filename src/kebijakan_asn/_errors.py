"""Errors.  Every error a user can meet renders as one clear line."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "ConflictError",
    "KebijakanError",
    "PluginError",
    "RosterError",
    "RuleSetError",
    "ValidationError",
]


class KebijakanError(Exception):
    """Base class of every error raised by kebijakan-asn on purpose."""


def _show(value: object) -> str:
    if isinstance(value, str):
        return repr(value)
    return repr(value)


def nearest(value: object, valid: Iterable[str], n: int = 3) -> list[str]:
    """The valid codes closest to *value* (for "did you mean" hints)."""
    if not isinstance(value, str):
        return []
    return difflib.get_close_matches(value.lower(), list(valid), n=n, cutoff=0.5)


class ValidationError(KebijakanError, ValueError):
    """Bad input: names the field, the value and what would be valid."""

    def __init__(self, field: str, value: object, expected: str, where: str = "") -> None:
        self.field = field
        self.value = value
        self.expected = expected
        self.where = where
        super().__init__(self.message)

    @property
    def message(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.field}: invalid value {_show(self.value)}; {self.expected}"

    def __str__(self) -> str:
        return self.message

    def at(self, where: str) -> ValidationError:
        """The same error located at *where* (a file and line, a record)."""
        return ValidationError(self.field, self.value, self.expected, where)

    @classmethod
    def invalid(
        cls, field: str, value: object, valid: Iterable[str], what: str = "expected one of"
    ) -> ValidationError:
        """An error for a value outside a closed set of codes, with hints."""
        valid = sorted(valid)
        hint = nearest(value, valid)
        shown = ", ".join(valid) if len(valid) <= 12 else ", ".join(valid[:12]) + ", …"
        expected = f"{what} {shown}" if valid else "no valid values are registered"
        if hint:
            expected += f" (did you mean {' or '.join(hint)}?)"
        return cls(field, value, expected)


class RuleSetError(KebijakanError):
    """The installed rule set is inconsistent (raised while loading plugins)."""


class PluginError(RuleSetError):
    """A plugin raised or returned something unusable from a hook."""

    def __init__(self, plugin: str, hook: str, problem: str) -> None:
        self.plugin = plugin
        self.hook = hook
        self.problem = problem
        super().__init__(f"plugin {plugin!r}, hook {hook}: {problem}")


class ConflictError(KebijakanError):
    """Two assigned grants tie on precedence and disagree (SPEC §5.4)."""

    def __init__(self, first: str, second: str, detail: str) -> None:
        self.policies = (first, second)
        super().__init__(
            f"conflict between policies {first!r} and {second!r}: {detail}; "
            "give one of them precedence (emergency, jurisdiction, a later signing date, "
            "or `amends`)"
        )


class RosterError(KebijakanError):
    """A roster row that no policy permits that employee on that day (SPEC §5.7): an
    error of the roster, not a day away from the office."""

    def __init__(self, line: int, employee: str, date: str, arrangement: str, reason: str,
                 where: str = "roster") -> None:
        self.line = line
        self.employee = employee
        self.date = date
        self.arrangement = arrangement
        self.reason = reason
        self.where = where
        super().__init__(
            f"{where}:{line}: {employee} on {date}: no policy permits {arrangement} under "
            f"jadwal-unit ({reason}); remove the row or correct the employee's data")

    def at(self, where: str) -> RosterError:
        """The same error located in the roster file *where*."""
        return RosterError(self.line, self.employee, self.date, self.arrangement,
                           self.reason, where)
