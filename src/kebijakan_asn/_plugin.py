"""A ready-made plugin assembled from instrument modules.

Writing the seven hooks by hand is fine, but most rule sets are data: a
jurisdiction, an agency catalog and one module per legal instrument that
defines ``POLICIES`` and, where it has them, ``EXEMPTIONS``, ``RANK_RULES``
and ``FACTS``.  :class:`ModulePlugin` turns that into a plugin::

    plugin = ModulePlugin(
        "kab-contoh", "0.1.0",
        jurisdictions=[JURISDICTION],
        agencies=AGENCIES,
        modules=[se_2026_wfh],
    )

and the distribution declares ``[project.entry-points.kebijakan_asn]
kab-contoh = "kebijakan_asn_kab_contoh:plugin"``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from types import ModuleType

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
from .hookspecs import hookimpl

__all__ = ["ModulePlugin"]

HolidaySource = Callable[[str, int], Iterable[Holiday]]
RevokedSource = Callable[[str, int], Iterable[RevokedHoliday]]


class ModulePlugin:
    """A plugin whose hooks return what its instrument modules define.

    *modules* are modules (or any objects) with the attributes ``POLICIES``,
    ``EXEMPTIONS``, ``RANK_RULES`` and ``FACTS``; missing ones count as empty.
    *holidays* and *revoked* are functions of ``(jurisdiction, year)`` giving
    the plugin's holidays and its revoked holidays.
    """

    def __init__(
        self,
        name: str,
        version: str,
        *,
        jurisdictions: Sequence[Jurisdiction] = (),
        agencies: Sequence[Agency] = (),
        facts: Sequence[FactSpec] = (),
        modules: Sequence[ModuleType | object] = (),
        holidays: HolidaySource | None = None,
        revoked: RevokedSource | None = None,
    ) -> None:
        self.PLUGIN_NAME = name
        self.__version__ = version
        self.modules = tuple(modules)
        self._jurisdictions = tuple(jurisdictions)
        self._agencies = tuple(agencies)
        self._given_facts = tuple(facts)
        self._facts: tuple[FactSpec, ...] = tuple(facts) + tuple(
            f for f in self._collect("FACTS") if isinstance(f, FactSpec))
        self._holidays = holidays
        self._revoked = revoked

    def __repr__(self) -> str:
        return f"<ModulePlugin {self.PLUGIN_NAME} {self.__version__}>"

    def __reduce__(self) -> tuple[Callable[..., ModulePlugin], tuple[object, ...]]:
        """Pickled with its modules by name (a module is imported again on unpickling),
        so a resolver built from it can be sent to a worker process."""
        modules = tuple(_ModuleRef(m.__name__) if isinstance(m, ModuleType) else m
                        for m in self.modules)
        return _rebuild, (self.PLUGIN_NAME, self.__version__, self._jurisdictions,
                          self._agencies, self._given_facts, modules, self._holidays,
                          self._revoked)

    def _collect(self, attribute: str) -> list[object]:
        return [x for m in self.modules for x in getattr(m, attribute, ())]

    @hookimpl
    def kebijakan_asn_jurisdictions(self) -> Iterable[Jurisdiction]:
        return self._jurisdictions

    @hookimpl
    def kebijakan_asn_agencies(self) -> Iterable[Agency]:
        return self._agencies

    @hookimpl
    def kebijakan_asn_facts(self) -> Iterable[FactSpec]:
        return self._facts

    @hookimpl
    def kebijakan_asn_policies(self) -> Iterable[Policy]:
        return self._collect("POLICIES")  # type: ignore[return-value]

    @hookimpl
    def kebijakan_asn_exemptions(self) -> Iterable[Exemption]:
        return self._collect("EXEMPTIONS")  # type: ignore[return-value]

    @hookimpl
    def kebijakan_asn_rank_rules(self) -> Iterable[RankRule]:
        return self._collect("RANK_RULES")  # type: ignore[return-value]

    @hookimpl
    def kebijakan_asn_holidays(self, jurisdiction: str, year: int) -> Iterable[Holiday]:
        if self._holidays is None:
            return ()
        return self._holidays(jurisdiction, year)

    @hookimpl
    def kebijakan_asn_revoked_holidays(self, jurisdiction: str, year: int
                                       ) -> Iterable[RevokedHoliday]:
        if self._revoked is None:
            return ()
        return self._revoked(jurisdiction, year)


class _ModuleRef(str):
    """A module, pickled by its name."""


def _rebuild(name: str, version: str, jurisdictions: Sequence[Jurisdiction],
             agencies: Sequence[Agency], facts: Sequence[FactSpec],
             modules: Sequence[object], holidays: HolidaySource | None,
             revoked: RevokedSource | None = None) -> ModulePlugin:
    loaded = [importlib.import_module(m) if isinstance(m, _ModuleRef) else m for m in modules]
    return ModulePlugin(name, version, jurisdictions=jurisdictions, agencies=agencies,
                        facts=facts, modules=loaded, holidays=holidays, revoked=revoked)
