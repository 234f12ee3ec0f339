"""Building the plugin manager: built-ins, entry points and explicit plugins.

There is no module-global manager: :func:`make_plugin_manager` builds a new
one each time, so two pipelines never share state and tests need no reset.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING

import attrs
import pluggy

from . import hookspecs
from .errors import PluginLoadError, UnknownPluginError

if TYPE_CHECKING:
    import importlib.metadata

__all__ = ["BUILTIN_PLUGINS", "ENTRY_POINT_GROUP", "PluginInfo", "make_plugin_manager", "plugin_name"]

#: The entry-point group third-party plugins register under.
ENTRY_POINT_GROUP = "corpfacts"

#: Built-in plugins by name, each a module under ``corpfacts.extractors``.
BUILTIN_PLUGINS: dict[str, str] = {
    "money": "corpfacts.extractors.money",
    "percentages": "corpfacts.extractors.percentages",
    "dates": "corpfacts.extractors.dates",
    "companies": "corpfacts.extractors.companies",
    "people": "corpfacts.extractors.people",
    "markets": "corpfacts.extractors.markets",
    "stakes": "corpfacts.extractors.stakes",
    "deals": "corpfacts.extractors.deals",
}


@attrs.frozen
class PluginInfo:
    """What ``corpfacts plugins`` shows about one registered plugin."""

    name: str
    source: str  # "built-in", "entry point" or "explicit"
    origin: str  # module path, or "distribution-name (entry point spec)"
    version: str | None
    hooks: tuple[str, ...]


def plugin_name(plugin: object) -> str:
    """The name an explicitly registered plugin is known by.

    A ``corpfacts_name`` attribute wins; otherwise a module's or class's
    ``__name__``, or the class name of an instance.
    """
    name = getattr(plugin, "corpfacts_name", None)
    if isinstance(name, str) and name:
        return name
    name = getattr(plugin, "__name__", None)
    if isinstance(name, str) and name:
        return name
    return type(plugin).__name__


def _hooks_of(pm: pluggy.PluginManager, plugin: object) -> tuple[str, ...]:
    callers = pm.get_hookcallers(plugin) or []
    return tuple(sorted(caller.name for caller in callers))


def _import_builtin(name: str) -> ModuleType:
    return importlib.import_module(BUILTIN_PLUGINS[name])


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    import importlib.metadata  # slow to import: only when plugins are loaded

    return sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def make_plugin_manager(
    plugins: Sequence[object] = (),
    *,
    disable: Iterable[str] = (),
    entry_points: bool = True,
    builtins: bool = True,
) -> tuple[pluggy.PluginManager, list[PluginInfo]]:
    """Build a plugin manager with the built-ins, entry-point plugins and ``plugins``.

    ``disable`` names plugins not to register (built-in or third-party);
    an unknown name raises :class:`~corpfacts.errors.UnknownPluginError`
    listing the valid ones. Every plugin is validated at load: a hook
    implementation whose name or arguments match no specification raises
    :class:`~corpfacts.errors.PluginLoadError` naming the plugin.
    """
    disabled = set(disable)
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    infos: list[PluginInfo] = []
    known: set[str] = set()

    def register(plugin: object, name: str, source: str, origin: str, version: str | None) -> None:
        if name in known:
            raise PluginLoadError(
                f"two plugins are named {name!r} ({origin} and an earlier one); plugin names must be "
                "unique: rename one (a corpfacts_name attribute, or the entry-point name)"
            )
        known.add(name)
        if name in disabled:
            return
        try:
            pm.register(plugin, name=name)
        except pluggy.PluginValidationError as error:
            raise PluginLoadError(f"plugin {name!r} ({origin}) is invalid: {error}") from None
        except ValueError as error:
            raise PluginLoadError(f"plugin {name!r} ({origin}) could not be registered: {error}") from None
        infos.append(PluginInfo(name, source, origin, version, _hooks_of(pm, plugin)))

    if builtins:
        from . import __version__

        for name in BUILTIN_PLUGINS:
            if name in disabled:
                known.add(name)
                continue
            try:
                module = _import_builtin(name)
            except Exception as error:
                raise PluginLoadError(
                    f"could not import the built-in plugin {name!r} ({BUILTIN_PLUGINS[name]}): "
                    f"{type(error).__name__}: {error}. Reinstall corpfacts, or skip it with "
                    f"disable=[{name!r}] (--disable {name} on the command line)"
                ) from error
            register(module, name, "built-in", BUILTIN_PLUGINS[name], __version__)

    if entry_points:
        for ep in _entry_points():
            dist = ep.dist
            origin = f"{dist.name if dist else '?'} ({ep.value})"
            if ep.name in disabled:
                known.add(ep.name)
                continue
            try:
                loaded = ep.load()
            except Exception as error:
                raise PluginLoadError(
                    f"could not load the plugin {ep.name!r} from entry point {ep.value!r} "
                    f"(distribution {dist.name if dist else 'unknown'}): {type(error).__name__}: {error}. "
                    f"Fix or uninstall that package, or skip it with disable=[{ep.name!r}] "
                    f"(--disable {ep.name} on the command line)"
                ) from error
            register(loaded, ep.name, "entry point", origin, dist.version if dist else None)

    for plugin in plugins:
        name = plugin_name(plugin)
        register(plugin, name, "explicit", getattr(plugin, "__module__", None) or name, None)

    unknown = disabled - known
    if unknown:
        raise UnknownPluginError(
            f"cannot disable unknown plugin(s) {', '.join(sorted(unknown))}; "
            f"registered plugins are: {', '.join(sorted(known))}"
        )

    try:
        pm.check_pending()
    except pluggy.PluginValidationError as error:
        bad = pm.get_name(error.plugin) or plugin_name(error.plugin)
        raise PluginLoadError(
            f"plugin {bad!r} implements a hook corpfacts does not have: {error}. "
            "Check the spelling against the hooks listed by `corpfacts plugins --hooks`"
        ) from None
    for caller in (pm.hook.corpfacts_resolve_currency, pm.hook.corpfacts_publication_date):
        for impl in caller.get_hookimpls():
            if impl.wrapper or impl.hookwrapper:
                raise PluginLoadError(
                    f"plugin {impl.plugin_name!r} wraps {caller.name}; corpfacts calls first-answer hooks "
                    "plugin by plugin and does not support hook wrappers: implement the hook itself"
                )
    return pm, infos
