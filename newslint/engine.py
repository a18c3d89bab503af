"""The core: run every plugin over a Document, isolate failures, select and sort findings."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from newslint import suppression
from newslint.config import Config
from newslint.document import Document
from newslint.finding import Finding, Severity
from newslint.plugins import Plugins, load_plugins


@dataclass
class FileResult:
    """The outcome for one input: its Document and findings, or the error that stopped reading it."""

    path: str
    document: Document | None
    findings: list[Finding]
    error: str | None = None


def internal_error(message: str, english: str | None = None) -> Finding:
    return Finding("NL000", 0, 0, message, english or message, Severity.ERROR)


class Linter:
    """Plugins loaded and configured once; ``check`` can then be called for many documents."""

    def __init__(self, config: Config | None = None, plugins: Plugins | None = None) -> None:
        self.plugins = plugins or load_plugins((config.plugins if config else ()))
        suppression.register(self.plugins)  # the core plugin: NL001 unused suppression
        self.config = (config or Config()).with_rules(self.plugins.rules)
        self._setup_failures = [(failure.plugin, failure.error) for failure in self.plugins.load_failures]
        for impl in self.plugins.manager.hook.newslint_configure.get_hookimpls():
            try:
                impl.function(config=self.config)
            except Exception as error:
                self._setup_failures.append((impl.plugin_name, f"newslint_configure: {type(error).__name__}: {error}"))

    def check(self, document: Document) -> list[Finding]:
        """All selected findings for ``document``, sorted by position, with severities resolved."""
        findings = [
            internal_error(f"Plugin {name!r} konnte nicht geladen werden: {error}",
                           f"plugin {name!r} failed to load: {error}")
            for name, error in self._setup_failures
        ]
        for name, function in self.plugins.check_impls():
            try:
                produced = list(function(document=document, config=self.config) or ())
            except Exception as error:
                findings.append(internal_error(
                    f"Plugin {name!r} ist bei der Prüfung abgestürzt: {type(error).__name__}: {error}",
                    f"plugin {name!r} raised while checking: {type(error).__name__}: {error}"))
                continue
            findings.extend(self._validated(name, produced, document))
        selected = [f for f in findings if self.config.is_selected(f.code, document.path)]
        selected = suppression.apply_suppressions(document, selected, self.config)
        return sorted(selected, key=lambda f: (f.start, f.end, f.code))

    def _validated(self, plugin: str, produced: Iterable[object], document: Document) -> list[Finding]:
        rules = self.config.rule_infos
        valid: list[Finding] = []
        for item in produced:
            problem = None
            if not isinstance(item, Finding):
                problem = f"returned {type(item).__name__}, not a Finding"
            elif item.code not in rules:
                problem = f"reported undeclared code {item.code!r}"
            elif not 0 <= item.start <= item.end <= len(document.text):
                problem = f"reported span {item.start}-{item.end} outside the text"
            if problem:
                valid.append(internal_error(f"Plugin {plugin!r} lieferte einen ungültigen Befund: {problem}",
                                            f"plugin {plugin!r} {problem}"))
                continue
            if item.severity is None:
                item = replace(item, severity=rules[item.code].severity)
            valid.append(item)
        return valid
