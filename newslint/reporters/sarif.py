"""``--format sarif``: SARIF 2.1.0 (GitHub code scanning, Azure DevOps, VS Code SARIF viewer).

One run; ``tool.driver.rules`` lists every rule that has a finding (id, name, short and full
description, default level, family tag); each result carries ``ruleId``/``ruleIndex``, the level,
the message, the region (1-based lines, columns in Unicode code points, end exclusive, with the
flagged text as snippet), ``partialFingerprints`` (the baseline fingerprint) and, where the rule has
a fix, a SARIF ``fix`` with the replacement.
"""
from __future__ import annotations

import json
from pathlib import PurePath
from typing import TextIO
from urllib.parse import quote

from newslint import __version__
from newslint.baseline import fingerprint
from newslint.config import Config
from newslint.engine import FileResult
from newslint.finding import Severity
from newslint.reporters import locate
from newslint.reporters.summary import rule_family

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    if path in ("-", "") or path.startswith("<"):
        return "stdin"
    return quote(PurePath(path).as_posix(), safe="/:")


def _region(document, start: int, end: int, *, snippet: bool = True) -> dict[str, object]:
    line, column = document.position(start)
    end_line, end_column = document.position(end, is_end=True)
    if (end_line, end_column) < (line, column):
        end_line, end_column = line, column
    region: dict[str, object] = {"startLine": line, "startColumn": column, "endLine": end_line,
                                 "endColumn": end_column}
    if snippet and end > start:
        region["snippet"] = {"text": document.text[start:end]}
    return region


def build(results: list[FileResult], config: Config) -> dict[str, object]:
    rules: list[dict[str, object]] = []
    rule_index: dict[str, int] = {}
    sarif_results: list[dict[str, object]] = []
    artifacts: list[dict[str, object]] = []
    for result in results:
        uri = _uri(result.path)
        artifacts.append({"location": {"uri": uri}})
        for item in locate(result, config):
            finding = item.finding
            code = finding.code
            if code not in rule_index:
                info = config.rule_infos.get(code)
                rule_index[code] = len(rules)
                descriptor: dict[str, object] = {"id": code}
                if info is not None:
                    descriptor.update({
                        "name": info.name,
                        "shortDescription": {"text": info.summary_en if config.lang == "en" else info.summary},
                        "fullDescription": {"text": info.description or info.summary_en},
                        "defaultConfiguration": {"level": LEVELS.get(info.severity, "warning")},
                        "properties": {"tags": [rule_family(code, config)]},
                    })
                rules.append(descriptor)
            document = result.document
            physical: dict[str, object] = {"artifactLocation": {"uri": uri}}
            if document is not None:
                physical["region"] = _region(document, finding.start, finding.end)
            else:
                physical["region"] = {"startLine": 1, "startColumn": 1}
            entry: dict[str, object] = {
                "ruleId": code,
                "ruleIndex": rule_index[code],
                "level": LEVELS.get(finding.severity or Severity.WARNING, "warning"),
                "message": {"text": item.message + (" → " + " | ".join(finding.suggestions)
                                                    if finding.suggestions else "")},
                "locations": [{"physicalLocation": physical}],
                "partialFingerprints": {"newslintFingerprint/v1": fingerprint(document, finding)},
            }
            if finding.fix is not None and document is not None and not result.path.endswith(".json"):
                entry["fixes"] = [{
                    "description": {"text": item.message},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": uri},
                        "replacements": [{
                            "deletedRegion": _region(document, finding.fix.start, finding.fix.end, snippet=False),
                            "insertedContent": {"text": finding.fix.replacement},
                        }],
                    }],
                }]
            sarif_results.append(entry)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "newslint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://github.com/newslint/newslint",
                "rules": rules,
            }},
            "artifacts": artifacts,
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
        }],
    }


def report(results: list[FileResult], config: Config, stream: TextIO) -> None:
    json.dump(build(results, config), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
