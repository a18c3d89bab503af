"""Loading plugins: built-in rules and third-party ones alike come through entry points."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cached_property
from importlib.metadata import entry_points

import pluggy

from newslint import hookspecs
from newslint.finding import RuleInfo, Severity

ENTRY_POINT_GROUP = "newslint.plugins"
INTERNAL_ERROR = RuleInfo(
    code="NL000",
    name="internal-error",
    severity=Severity.ERROR,
    summary="Interner Fehler: ein Plugin oder Muster ist fehlgeschlagen",
    summary_en="Internal error: a plugin or pattern failed",
    description="A plugin failed to load or raised while checking, or a pattern timed out. "
    "The other rules still ran. The message names the plugin and the error.",
    plugin="newslint",
)


@dataclass
class PluginFailure:
    plugin: str
    error: str


@dataclass
class Plugins:
    """The plugin manager with every loadable plugin registered, and the failures of the rest."""

    manager: pluggy.PluginManager
    load_failures: list[PluginFailure] = field(default_factory=list)

    @cached_property
    def rules(self) -> dict[str, RuleInfo]:
        """All rules by code, NL000 included, sorted by code."""
        rules = {INTERNAL_ERROR.code: INTERNAL_ERROR}
        for impl in self.manager.hook.newslint_rules.get_hookimpls():
            try:
                infos = impl.function()
            except Exception as error:  # a broken plugin must not stop the others
                self.load_failures.append(PluginFailure(impl.plugin_name, f"newslint_rules: {error!r}"))
                continue
            for info in infos or ():
                rules[info.code] = RuleInfo(**{**info.__dict__, "plugin": info.plugin or impl.plugin_name})
        return dict(sorted(rules.items()))

    def check_impls(self) -> list[tuple[str, object]]:
        return [(impl.plugin_name, impl.function) for impl in self.manager.hook.newslint_check.get_hookimpls()]


def load_plugins(extra_modules: tuple[str, ...] = ()) -> Plugins:
    """Register every ``newslint.plugins`` entry point; failures are kept, not raised."""
    manager = pluggy.PluginManager("newslint")
    manager.add_hookspecs(hookspecs)
    plugins = Plugins(manager)
    for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name):
        if manager.has_plugin(entry_point.name):
            continue
        try:
            manager.register(entry_point.load(), name=entry_point.name)
        except Exception as error:
            plugins.load_failures.append(PluginFailure(entry_point.name, f"{type(error).__name__}: {error}"))
    for module_name in extra_modules:
        try:
            manager.register(importlib.import_module(module_name), name=module_name)
        except Exception as error:
            plugins.load_failures.append(PluginFailure(module_name, f"{type(error).__name__}: {error}"))
    return plugins
