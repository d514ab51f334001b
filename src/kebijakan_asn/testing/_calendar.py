"""A frozen national calendar, so plugin tests do not depend on the ``holidays`` release.

The national plugin reads libur nasional and cuti bersama from the
``holidays`` package at run time.  A new release of that package may move an
estimated date (an Islamic holiday of a future year) or add a cuti bersama
decreed late, and a scenario test written against the old data would change
its verdict although the plugin did not change.

:class:`FrozenCalendar` serves a snapshot instead: the national holidays of
:data:`FROZEN_YEARS` as the ``holidays`` release :data:`FROZEN_FROM` gave them
when this kebijakan-asn release was made.  Asking it for a year outside the
snapshot is an error (never a silent empty calendar), and deciding a date in
a year that was not asked for fails with the same message.

Regenerate the snapshot (maintainers, when a release refreshes it)::

    python -m kebijakan_asn.testing._calendar > src/kebijakan_asn/testing/_calendar_data.py
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from .._model import Holiday, RevokedHoliday
from .._plugin import ModulePlugin
from .._resolver import Resolver
from ..nasional.skb_libur_cuti_bersama import holiday_citations, mend_name, national_revoked
from ._calendar_data import FROZEN_FROM, HOLIDAYS

__all__ = ["FROZEN_FROM", "FROZEN_YEARS", "FrozenCalendar", "frozen_national"]

FROZEN_YEARS: tuple[int, ...] = tuple(sorted({int(row[0][:4]) for row in HOLIDAYS}))
"""The years the snapshot holds."""

_POLICY = "nasional/libur"


def _rows(year: int) -> tuple[Holiday, ...]:
    # Names mended and days cited as the national plugin does (the snapshot keeps
    # what the holidays release said).
    return tuple(
        Holiday(date=dt.date.fromisoformat(day), name=(mend_name(name_id, year), name_en),
                kind=kind, policy=_POLICY, estimated=estimated,
                citations=holiday_citations(dt.date.fromisoformat(day), kind))
        for day, kind, name_id, name_en, estimated in HOLIDAYS if day.startswith(f"{year}-")
    )


class FrozenCalendar:
    """The national holidays of *years*, frozen; and resolvers that use them.

    ``FrozenCalendar(2025, 2026).resolver(my_plugin)`` is
    ``Resolver(plugins=[nasional, my_plugin])`` except that the national
    calendar of 2025 and 2026 comes from the snapshot and any other year is an
    error.  Regional holidays (a plugin's own calendar hook) are not frozen:
    they are the plugin's own data.
    """

    def __init__(self, *years: int) -> None:
        if not years:
            raise ValueError("FrozenCalendar: name the years to freeze, e.g. "
                             "FrozenCalendar(2025, 2026)")
        missing = sorted(set(years) - set(FROZEN_YEARS))
        if missing:
            raise ValueError(
                f"FrozenCalendar: no frozen calendar for {missing[0]}; the snapshot holds "
                f"{FROZEN_YEARS[0]}-{FROZEN_YEARS[-1]} (holidays {FROZEN_FROM})")
        self.years: tuple[int, ...] = tuple(sorted(set(years)))
        self._days = {y: _rows(y) for y in self.years}
        self.nasional = frozen_national(self)
        """The built-in national plugin, with this calendar."""

    def __repr__(self) -> str:
        return f"<FrozenCalendar {', '.join(map(str, self.years))} (holidays {FROZEN_FROM})>"

    def holidays(self, year: int) -> tuple[Holiday, ...]:
        """The frozen national holidays and cuti bersama of *year*, by date."""
        if year not in self._days:
            raise LookupError(
                f"the frozen calendar holds {', '.join(map(str, self.years))}, not {year}; "
                f"ask for it: frozen_calendar({', '.join(map(str, (*self.years, year)))})")
        return self._days[year]

    def __call__(self, jurisdiction: str, year: int) -> tuple[Holiday, ...]:
        """The calendar hook of :attr:`nasional`."""
        del jurisdiction  # national holidays hold for every instansi
        return self.holidays(year)

    def revoked(self, jurisdiction: str, year: int) -> tuple[RevokedHoliday, ...]:
        """The revoked-holiday hook of :attr:`nasional`: the national days of *year* set
        as holidays, then revoked.  They are the rule set's own data (not the
        ``holidays`` package's), so they are served as the live plugin serves them."""
        del jurisdiction  # national days hold for every instansi
        self.holidays(year)  # a year the calendar does not hold is the same error
        return national_revoked(year)

    def resolver(self, *plugins: object) -> Resolver:
        """A resolver over the frozen national rules and *plugins* (nothing installed)."""
        return Resolver(plugins=[self.nasional, *plugins])


def frozen_national(calendar: FrozenCalendar) -> ModulePlugin:
    """A copy of the built-in national plugin whose calendar is *calendar*."""
    from .. import nasional

    live = nasional.plugin
    return ModulePlugin(
        live.PLUGIN_NAME, live.__version__,
        jurisdictions=tuple(live.kebijakan_asn_jurisdictions()),
        agencies=tuple(live.kebijakan_asn_agencies()),
        facts=[f for f in live.kebijakan_asn_facts()
               if not any(f in getattr(m, "FACTS", ()) for m in live.modules)],
        modules=live.modules,
        holidays=calendar,
        revoked=calendar.revoked,
    )


def snapshot(years: Iterable[int]) -> str:
    """The source of ``_calendar_data.py`` for *years*, from the installed ``holidays``."""
    import importlib.metadata

    from ..nasional.skb_libur_cuti_bersama import national_holidays

    version = importlib.metadata.version("holidays")
    lines = [
        '"""National holidays frozen for the testing kit (generated; see _calendar.py)."""',
        "",
        "from __future__ import annotations",
        "",
        f"FROZEN_FROM = {version!r}",
        '"""The ``holidays`` release the snapshot was taken from."""',
        "",
        "# date, kind, name (id), name (en), estimated",
        "HOLIDAYS: tuple[tuple[str, str, str, str, bool], ...] = (",
    ]
    for year in sorted(set(years)):
        for h in national_holidays(year):
            row: Sequence[Any] = (h.date.isoformat(), h.kind, h.name.id, h.name.en,
                                  h.estimated)
            text = f"    ({', '.join(repr(x) for x in row)}),"
            if len(text) > 99:
                text = "    (\n" + "".join(f"        {x!r},\n" for x in row) + "    ),"
            lines.append(text)
    lines.append(")")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover - maintainers' tool
    import sys

    sys.stdout.write(snapshot(range(2019, 2028)))
