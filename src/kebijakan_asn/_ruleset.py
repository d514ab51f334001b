"""Loading plugins into one validated, ordered, fingerprinted rule set."""

from __future__ import annotations

import importlib.metadata
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs
import pluggy

from . import hookspecs
from ._canonical import sha256, to_plain
from ._errors import PluginError, RuleSetError, ValidationError, nearest
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

__all__ = ["PluginInfo", "RuleSet", "load_plugins"]

T = TypeVar("T")
_Day = TypeVar("_Day", Holiday, RevokedHoliday)

ENTRY_POINT_GROUP = "kebijakan_asn"
ALLOW_ENV = "KEBIJAKAN_ASN_PLUGINS"
"""Comma-separated allow-list of entry-point plugin names."""


@attrs.frozen
class PluginInfo:
    """A registered plugin: its name and version (both part of the fingerprint)."""

    name: str
    version: str


@attrs.frozen
class _Loaded:
    info: PluginInfo
    plugin: object
    entry: str | None = None
    """``NAME=DISTRIBUTION`` when the plugin was loaded from an entry point."""


BUILTIN = ("nasional", "kebijakan-asn")
"""The built-in national rules: entry point ``nasional`` of this distribution.  Another
distribution may provide them only when the allow-list pins it (``nasional=DIST``)."""


def _declared(plugin: object, fallback_name: str, fallback_version: str) -> PluginInfo:
    name = getattr(plugin, "PLUGIN_NAME", None) or fallback_name
    version = getattr(plugin, "__version__", None) or fallback_version
    return PluginInfo(str(name), str(version))


def _dist_name(name: str) -> str:
    """A distribution name normalised (PEP 503): ``Kebijakan_ASN`` is ``kebijakan-asn``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _allow_list(allow: Iterable[str] | None) -> dict[str, str | None] | None:
    """The allow-list as ``{plugin name: pinned distribution or None}``; ``None``
    for no allow-list.  Entries are ``NAME`` or ``NAME=DISTRIBUTION``."""
    if allow is not None:
        if isinstance(allow, (str, bytes)) or not isinstance(allow, Iterable):
            raise ValidationError("allow", allow, "expected a list of plugin names such as "
                                  "['nasional', 'kab-bekasi'], not a single string")
        items = list(allow)
        source = "allow-list"
    else:
        env = os.environ.get(ALLOW_ENV, "")
        if not env.strip():
            return None
        items = env.split(",")
        source = f"${ALLOW_ENV}"
    out: dict[str, str | None] = {}
    for item in items:
        if not isinstance(item, str):
            raise ValidationError("allow", item, "expected plugin names (text), such as "
                                  "'nasional' or 'nasional=kebijakan-asn'")
        name, sep, dist = (x.strip() for x in item.partition("="))
        if not name and not sep:
            continue
        if not name or (sep and not dist):
            raise ValidationError("allow", item, "expected NAME or NAME=DISTRIBUTION, "
                                  "e.g. nasional=kebijakan-asn")
        out[name] = _dist_name(dist) if dist else None
    if not out:
        raise RuleSetError(f"the {source} is empty; name at least one plugin, e.g. nasional "
                           "(or leave it out to load every installed plugin)")
    return out


def _entry_points(allowed: dict[str, str | None] | None
                  ) -> dict[str, importlib.metadata.EntryPoint]:
    """The entry point of each plugin name, after the checks on shadowing: two
    distributions declaring one name, or the national rules from another one."""
    by_name: dict[str, dict[str, importlib.metadata.EntryPoint]] = {}
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = _dist_name(ep.dist.name) if ep.dist is not None else "(unknown)"
        by_name.setdefault(ep.name, {}).setdefault(dist, ep)
    found: dict[str, importlib.metadata.EntryPoint] = {}
    for name, dists in sorted(by_name.items()):
        pin = allowed.get(name) if allowed is not None else None
        if allowed is not None and name not in allowed:
            continue
        if pin is not None:
            if pin not in dists:
                raise RuleSetError(
                    f"allow-list pins plugin {name!r} to distribution {pin!r}, but it comes "
                    f"from {', '.join(sorted(dists))}; install {pin} or fix the pin")
            found[name] = dists[pin]
            continue
        if len(dists) > 1:
            both = " and ".join(sorted(dists))
            raise RuleSetError(
                f"plugin {name!r} is declared by two installed distributions, {both}; "
                f"uninstall one, or pin it in the allow-list ({name}=DISTRIBUTION)")
        (dist, ep), = dists.items()
        if name == BUILTIN[0] and dist != BUILTIN[1]:
            raise RuleSetError(
                f"plugin {name!r} (the national rules) comes from distribution {dist!r}, "
                f"not {BUILTIN[1]!r}; to use it anyway say so: --plugins "
                f"{name}={dist},… (or {ALLOW_ENV}={name}={dist},…)")
        found[name] = ep
    return found


def load_plugins(
    plugins: Iterable[object] | None = None, *, allow: Iterable[str] | None = None
) -> list[_Loaded]:
    """Plugins given explicitly, or the installed ``kebijakan_asn`` entry points.

    With *allow* (or the ``KEBIJAKAN_ASN_PLUGINS`` environment variable), only
    entry points of those names are loaded, and naming one that is not
    installed is an error.  An entry ``NAME=DISTRIBUTION`` pins the plugin to a
    distribution.  Two distributions declaring the same name, or the national
    rules (``nasional``) from another distribution than ``kebijakan-asn``, are
    errors unless the allow-list pins the one to use.
    """
    if plugins is not None:
        if isinstance(plugins, (str, bytes)) or not isinstance(plugins, Iterable):
            raise ValidationError("plugins", plugins, "expected a list of plugin objects")
        out = []
        for plugin in plugins:
            fallback = getattr(plugin, "__name__", type(plugin).__name__)
            out.append(_Loaded(_declared(plugin, fallback, "0"), plugin))
        return out
    allowed = _allow_list(allow)
    found = _entry_points(allowed)
    if allowed is not None:
        installed = {ep.name for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)}
        missing = sorted(set(allowed) - installed)
        if missing:
            raise RuleSetError(
                f"allow-list names plugin {missing[0]!r}, which is not installed; "
                f"installed: {', '.join(sorted(installed)) or 'none'}"
            )
    out = []
    for name in sorted(found):
        ep = found[name]
        try:
            plugin = ep.load()
        except Exception as exc:
            raise PluginError(name, "import", f"{type(exc).__name__}: {exc}") from exc
        version = ep.dist.version if ep.dist is not None else "0"
        dist = _dist_name(ep.dist.name) if ep.dist is not None else None
        info = _declared(plugin, name, version)
        pinned = allowed is not None and allowed.get(name) is not None
        if info.name == BUILTIN[0] and dist != BUILTIN[1] and not pinned:
            raise RuleSetError(
                f"plugin {name!r} of distribution {dist!r} calls itself {BUILTIN[0]!r} (the "
                f"national rules); to use it anyway pin it: {name}={dist}")
        out.append(_Loaded(info, plugin, f"{name}={dist}" if dist else name))
    return out


def _call(
    pm: pluggy.PluginManager, owners: Mapping[str, str], hook: str, kind: type[T],
    **kwargs: Any,
) -> list[tuple[str, T]]:
    """Call *hook* on every plugin separately, so errors name the plugin."""
    caller = getattr(pm.hook, hook)
    out: list[tuple[str, T]] = []
    for impl in caller.get_hookimpls():
        plugin = owners[impl.plugin_name]
        try:
            result = impl.function(**{k: kwargs[k] for k in impl.argnames})
        except ValidationError as exc:
            raise PluginError(plugin, hook, str(exc)) from exc
        except Exception as exc:
            raise PluginError(plugin, hook, f"raised {type(exc).__name__}: {exc}") from exc
        if result is None:
            continue
        if isinstance(result, (str, bytes)) or not isinstance(result, Iterable):
            raise PluginError(
                plugin, hook, f"returned {type(result).__name__}; expected a list of "
                f"{kind.__name__}"
            )
        for item in result:
            if not isinstance(item, kind):
                raise PluginError(
                    plugin, hook, f"returned {type(item).__name__} {item!r:.60}; expected "
                    f"{kind.__name__} objects"
                )
            out.append((plugin, item))
    return out


def _unique(
    items: Sequence[tuple[str, T]], key: Callable[[T], Any], what: str
) -> dict[Any, tuple[str, T]]:
    seen: dict[Any, tuple[str, T]] = {}
    for plugin, item in items:
        k = key(item)
        if k in seen:
            other = seen[k][0]
            raise RuleSetError(
                f"plugin {plugin!r}: duplicate {what} {k!r} (also defined by plugin {other!r})"
            )
        seen[k] = (plugin, item)
    return seen


class RuleSet:
    """Everything the installed plugins define, validated and in a fixed order.

    Build it with :meth:`load`.  It is immutable after loading; the calendar
    of each (jurisdiction, year) is computed on first use and cached.
    """

    def __init__(self, loaded: Sequence[_Loaded]) -> None:
        names = [x.info.name for x in loaded]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise RuleSetError(f"plugin {dup[0]!r} is registered twice")
        self.plugins: tuple[PluginInfo, ...] = tuple(
            sorted((x.info for x in loaded), key=lambda i: i.name)
        )
        entries = [x.entry for x in loaded]
        self.recipe: tuple[str, tuple[Any, ...]] = (
            ("allow", tuple(sorted(e for e in entries if e))) if loaded and all(entries)
            else ("plugins", tuple(x.plugin for x in loaded)))
        """How to load the same rule set again (in another process): the pinned entry
        points (``("allow", ("nasional=kebijakan-asn", …))``) or the plugin objects."""
        pm = pluggy.PluginManager(hookspecs.PROJECT)
        pm.add_hookspecs(hookspecs)
        owners: dict[str, str] = {}
        for item in sorted(loaded, key=lambda x: x.info.name):
            try:
                registered = pm.register(item.plugin, name=item.info.name)
            except pluggy.PluginValidationError as exc:
                hook = re.search(r"hook '(\w+)'", str(exc))
                reason = [x for x in str(exc).splitlines() if x.strip()][-1]
                raise PluginError(item.info.name, hook.group(1) if hook else "register",
                                  reason) from None
            except ValueError as exc:
                raise PluginError(item.info.name, "register", str(exc)) from exc
            owners[registered or item.info.name] = item.info.name
        known = [n for n in dir(hookspecs) if n.startswith("kebijakan_asn_")]
        for caller in pm.hook.__dict__.values():
            if isinstance(caller, pluggy.HookCaller) and caller.spec is None:
                for impl in caller.get_hookimpls():
                    hint = nearest(caller.name, known, n=1)
                    raise PluginError(
                        owners[impl.plugin_name], caller.name,
                        "no such hook" + (f" (did you mean {hint[0]}?)" if hint else
                                          f"; hooks are {', '.join(known)}"),
                    )
        self._pm = pm
        self._owners = owners
        self._holiday_cache: dict[tuple[str, int], tuple[Holiday, ...]] = {}
        self._revoked_cache: dict[tuple[str, int], tuple[RevokedHoliday, ...]] = {}

        jur = _unique(_call(pm, owners, "kebijakan_asn_jurisdictions", Jurisdiction),
                      lambda j: j.code, "jurisdiction")
        self.jurisdictions: dict[str, Jurisdiction] = {k: v for k, (_, v) in sorted(jur.items())}
        self._origin: dict[object, str] = {}
        for code, (plugin, j) in jur.items():
            self._origin[("jurisdiction", code)] = plugin
            if j.parent is not None and j.parent not in jur:
                raise RuleSetError(
                    f"plugin {plugin!r}: jurisdiction {code!r} has unknown parent {j.parent!r}"
                )

        ags = _unique(_call(pm, owners, "kebijakan_asn_agencies", Agency),
                      lambda a: (a.jurisdiction, a.code), "agency")
        self.agencies: dict[tuple[str, str], Agency] = {k: v for k, (_, v) in sorted(ags.items())}
        for (jcode, code), (plugin, a) in ags.items():
            self._origin[("agency", jcode, code)] = plugin
            if jcode not in self.jurisdictions:
                raise RuleSetError(self._unknown(plugin, f"agency {code!r}", "jurisdiction",
                                                 jcode, self.jurisdictions))
            if a.parent is not None and (jcode, a.parent) not in ags:
                raise RuleSetError(self._unknown(
                    plugin, f"agency {jcode}/{code}", "parent", a.parent,
                    [c for (j, c) in ags if j == jcode]))
        self._ancestors = {key: self._chain(key) for key in self.agencies}

        facts = _unique(_call(pm, owners, "kebijakan_asn_facts", FactSpec),
                        lambda f: f.name, "fact")
        self.facts: dict[str, FactSpec] = {k: v for k, (_, v) in sorted(facts.items())}

        pol = _unique(_call(pm, owners, "kebijakan_asn_policies", Policy),
                      lambda p: p.id, "policy id")
        self.policies: dict[str, Policy] = {k: v for k, (_, v) in sorted(pol.items())}
        for pid, (plugin, p) in pol.items():
            self._origin[("policy", pid)] = plugin
            if p.jurisdiction not in self.jurisdictions:
                raise RuleSetError(self._unknown(plugin, f"policy {pid!r}", "jurisdiction",
                                                 p.jurisdiction, self.jurisdictions))
            refs = [("amends", p.amends)] if p.amends else []
            refs += [("derived_from", d) for d in p.citation.derived_from]
            for period in p.periods:
                if period.citation is not None:
                    refs += [("derived_from", d) for d in period.citation.derived_from]
            for field, ref in refs:
                if ref not in pol:
                    raise RuleSetError(self._unknown(plugin, f"policy {pid!r}", field, ref, pol))
            for fact in sorted(p.facts_read):
                if fact not in facts:
                    raise RuleSetError(self._unknown(plugin, f"policy {pid!r}", "required fact",
                                                     fact, facts))
            for code in sorted({c for n in p.agency_notes for c in n.agencies}):
                if (p.jurisdiction, code) not in self.agencies:
                    raise RuleSetError(self._unknown(
                        plugin, f"policy {pid!r}", "agency of a note", code,
                        [c for (j, c) in self.agencies if j == p.jurisdiction]))
        self._check_amend_cycles()

        self.exemptions: tuple[Exemption, ...] = tuple(sorted(
            (self._check_exemption(plugin, e) for plugin, e in
             _call(pm, owners, "kebijakan_asn_exemptions", Exemption)),
            key=lambda e: (e.policy, to_sort_key(e)),
        ))
        self.rank_rules: tuple[RankRule, ...] = tuple(sorted(
            (self._check_rank_rule(plugin, r) for plugin, r in
             _call(pm, owners, "kebijakan_asn_rank_rules", RankRule)),
            key=lambda r: (r.policy, to_sort_key(r)),
        ))
        self.fingerprint: str = sha256({
            "plugins": to_plain(self.plugins),
            "calendar": {"holidays": _dist_version("holidays")},
            "jurisdictions": to_plain(list(self.jurisdictions.values())),
            "agencies": to_plain(list(self.agencies.values())),
            "facts": to_plain(list(self.facts.values())),
            "policies": to_plain(list(self.policies.values())),
            "exemptions": to_plain(self.exemptions),
            "rank_rules": to_plain(self.rank_rules),
        })

    # ------------------------------------------------------------------ building

    @classmethod
    def load(
        cls, plugins: Iterable[object] | None = None, *, allow: Iterable[str] | None = None
    ) -> RuleSet:
        """Load and validate the rule set (see :func:`load_plugins`)."""
        return cls(load_plugins(plugins, allow=allow))

    @staticmethod
    def _unknown(plugin: str, owner: str, field: str, value: str, valid: Iterable[Any]) -> str:
        codes = sorted(str(v) for v in valid)
        hint = nearest(value, codes)
        more = f" (did you mean {' or '.join(hint)}?)" if hint else ""
        return f"plugin {plugin!r}: {owner} names unknown {field} {value!r}{more}"

    def _chain(self, key: tuple[str, str]) -> tuple[str, ...]:
        jcode, code = key
        chain = [code]
        parent = self.agencies[key].parent
        while parent is not None:
            if parent in chain:
                plugin = self._origin[("agency", jcode, code)]
                raise RuleSetError(
                    f"plugin {plugin!r}: agency {jcode}/{code} has a parent cycle through "
                    f"{parent!r}"
                )
            chain.append(parent)
            parent = self.agencies[(jcode, parent)].parent
        return tuple(chain)

    def _check_amend_cycles(self) -> None:
        for pid in self.policies:
            seen = [pid]
            cur = self.policies[pid].amends
            while cur is not None:
                if cur in seen:
                    raise RuleSetError(
                        f"plugin {self._origin[('policy', pid)]!r}: policy {pid!r} amends "
                        "itself through a cycle"
                    )
                seen.append(cur)
                cur = self.policies[cur].amends

    def _check_exemption(self, plugin: str, e: Exemption) -> Exemption:
        if e.policy not in self.policies:
            raise RuleSetError(self._unknown(plugin, "an exemption", "policy", e.policy,
                                             self.policies))
        pj = self.policies[e.policy].jurisdiction
        in_scope = [a for (j, _), a in self.agencies.items() if pj == "nasional" or j == pj]
        if e.agency is not None:
            if pj == "nasional":
                raise RuleSetError(
                    f"plugin {plugin!r}: exemption of national policy {e.policy!r} names agency "
                    f"{e.agency!r}; national policies exempt by agency_kind, agency_tag or "
                    "direct_service"
                )
            if (pj, e.agency) not in self.agencies:
                raise RuleSetError(self._unknown(
                    plugin, f"exemption of {e.policy!r}", f"agency of {pj}", e.agency,
                    [a.code for a in in_scope]))
        if e.agency_kind is not None and not any(a.kind == e.agency_kind for a in in_scope):
            raise RuleSetError(self._unknown(
                plugin, f"exemption of {e.policy!r}", "agency kind", e.agency_kind,
                {a.kind for a in in_scope}))
        if e.agency_tag is not None and not any(e.agency_tag in a.tags for a in in_scope):
            raise RuleSetError(self._unknown(
                plugin, f"exemption of {e.policy!r}", "agency tag", e.agency_tag,
                {t for a in in_scope for t in a.tags}))
        return e

    def _check_rank_rule(self, plugin: str, r: RankRule) -> RankRule:
        if r.policy not in self.policies:
            raise RuleSetError(self._unknown(plugin, "a rank rule", "policy", r.policy,
                                             self.policies))
        return r

    # ------------------------------------------------------------------ queries

    def origin(self, kind: str, *key: str) -> str:
        """The plugin that registered a jurisdiction, agency or policy."""
        full = (kind, *key)
        return self._origin[full]

    def ancestors(self, jurisdiction: str, agency: str) -> tuple[str, ...]:
        """The agency's code followed by its parents' codes, nearest first."""
        return self._ancestors[(jurisdiction, agency)]

    def agencies_of(self, jurisdiction: str) -> list[Agency]:
        """The agencies of *jurisdiction*, by code."""
        return [a for (j, _), a in self.agencies.items() if j == jurisdiction]

    def holidays(self, jurisdiction: str, year: int) -> tuple[Holiday, ...]:
        """Every holiday plugins give for *jurisdiction* in *year*, by date then name."""
        key = (jurisdiction, year)
        cached = self._holiday_cache.get(key)
        if cached is not None:
            return cached
        found = self._calendar("kebijakan_asn_holidays", Holiday, jurisdiction, year)
        result = tuple(sorted({h for _, h in found}, key=lambda h: (h.date, h.kind, h.name.id)))
        self._holiday_cache[key] = result
        return result

    def revoked_holidays(self, jurisdiction: str, year: int) -> tuple[RevokedHoliday, ...]:
        """Every day plugins say was set as a holiday of *jurisdiction* in *year*, then
        revoked, by date then name.  None of them is a holiday (:meth:`holidays`)."""
        key = (jurisdiction, year)
        cached = self._revoked_cache.get(key)
        if cached is not None:
            return cached
        found = self._calendar("kebijakan_asn_revoked_holidays", RevokedHoliday,
                               jurisdiction, year)
        live = {(h.date, h.kind) for h in self.holidays(jurisdiction, year)}
        for plugin, r in found:
            if (r.date, r.kind) in live:
                raise PluginError(plugin, "kebijakan_asn_revoked_holidays",
                                  f"{r.date.isoformat()} is both a {r.kind} holiday and a "
                                  f"revoked {r.kind}; expected a revoked day to be no "
                                  "holiday of that kind")
        result = tuple(sorted({r for _, r in found},
                              key=lambda r: (r.date, r.kind, r.name.id, r.revoked_by.label)))
        self._revoked_cache[key] = result
        return result

    def _calendar(self, hook: str, kind: type[_Day], jurisdiction: str, year: int
                  ) -> list[tuple[str, _Day]]:
        """What *hook* returns for (*jurisdiction*, *year*), each day checked: a known
        policy, the national or the asked jurisdiction, the asked year."""
        found = _call(self._pm, self._owners, hook, kind, jurisdiction=jurisdiction, year=year)
        for plugin, h in found:
            what = "holiday" if kind is Holiday else "revoked holiday"
            if h.policy not in self.policies:
                raise RuleSetError(self._unknown(plugin, f"{what} {h.date}", "policy",
                                                 h.policy, self.policies))
            if h.jurisdiction not in ("nasional", jurisdiction):
                raise PluginError(plugin, hook, f"asked for {jurisdiction!r}, returned a "
                                  f"{what} of {h.jurisdiction!r}")
            if h.date.year != year:
                raise PluginError(plugin, hook, f"asked for {year}, returned "
                                  f"{h.date.isoformat()}")
        return found

    def in_scope(self, jurisdiction: str) -> list[Policy]:
        """Policies that can govern staff of *jurisdiction*: national and its own."""
        return [p for p in self.policies.values()
                if p.jurisdiction in ("nasional", jurisdiction)]

    def derived(self, policy: str) -> list[Policy]:
        """Policies that cite *policy* as their legal parent."""
        return [p for p in self.policies.values() if policy in p.citation.derived_from]


def to_sort_key(obj: object) -> str:
    """A total order for model objects: their canonical JSON."""
    from ._canonical import canonical_json

    return canonical_json(to_plain(obj))


def _dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        return "0"

