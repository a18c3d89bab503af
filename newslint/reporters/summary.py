"""Helpers shared by the reporters: rule families, counts, the one-line summary for people."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newslint.config import Config
from newslint.engine import FileResult
from newslint.finding import Finding, Severity


def rule_family(code: str, config: Config) -> str:
    """The family (the plugin that declares the rule, e.g. ``hedging``) of a code."""
    info = config.rule_infos.get(code)
    if info is not None and info.plugin:
        return info.plugin
    return f"{code[:3]}xx" if len(code) >= 3 else code


def severity_counts(findings: Iterable[Finding]) -> Counter[Severity]:
    return Counter(finding.severity or Severity.WARNING for finding in findings)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def summary_line(results: list[FileResult], config: Config) -> str:
    """``3 Fehler, 5 Warnungen in 12 Artikeln`` (or English with ``--lang en``)."""
    counts = severity_counts(f for result in results for f in result.findings)
    errors, warnings, infos = counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO]
    articles = len(results)
    if config.lang == "en":
        parts = [_plural(errors, "error", "errors"), _plural(warnings, "warning", "warnings")]
        if infos:
            parts.append(_plural(infos, "note", "notes"))
        return f"{', '.join(parts)} in {_plural(articles, 'article', 'articles')}"
    parts = [_plural(errors, "Fehler", "Fehler"), _plural(warnings, "Warnung", "Warnungen")]
    if infos:
        parts.append(_plural(infos, "Hinweis", "Hinweise"))
    return f"{', '.join(parts)} in {_plural(articles, 'Artikel', 'Artikeln')}"
