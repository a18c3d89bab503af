"""Reporters turn results into text; they alone turn offsets into line and column."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from newslint.config import Config
from newslint.engine import FileResult
from newslint.finding import Finding

# format name -> "module:function"; each function is ``report(results, config, stream) -> None``
REPORTERS: dict[str, str] = {
    "default": "newslint.reporters.text:report",
    "json": "newslint.reporters.json:report",
    "json-lines": "newslint.reporters.jsonlines:report",
    "sarif": "newslint.reporters.sarif:report",
    "github": "newslint.reporters.github:report",
    "gitlab": "newslint.reporters.gitlab:report",
    "junit": "newslint.reporters.junit:report",
    "html": "newslint.reporters.html:report",
}


@dataclass(frozen=True, slots=True)
class Located:
    """A finding with its 1-based source positions (end exclusive) and its message in the run's language."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    finding: Finding
    message: str
    rule: str


def get_reporter(name: str) -> Callable[[list[FileResult], Config, TextIO], None]:
    module_name, function = REPORTERS[name].split(":")
    return getattr(importlib.import_module(module_name), function)


def locate(result: FileResult, config: Config) -> list[Located]:
    """The findings of one file with positions, sorted by line and column."""
    document = result.document
    located = []
    for finding in result.findings:
        if document is None:
            line = column = end_line = end_column = 1
        else:
            line, column = document.position(finding.start)
            end_line, end_column = document.position(finding.end, is_end=True)
            if (end_line, end_column) < (line, column):  # an empty span next to text the reader dropped
                end_line, end_column = line, column
        message = finding.message_en if config.lang == "en" and finding.message_en else finding.message
        info = config.rule_infos.get(finding.code)
        located.append(Located(result.path, line, column, end_line, end_column, finding, message,
                               info.name if info else ""))
    return sorted(located, key=lambda item: (item.line, item.column, item.finding.code))
