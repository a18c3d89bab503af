"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CODE name::message`` with the
escaping of the Actions toolkit (``%``, CR, LF in the message; also ``:`` and ``,`` in properties).
Severity: error → ``error``, warning → ``warning``, info → ``notice``.
"""
from __future__ import annotations

from typing import TextIO

from newslint.config import Config
from newslint.engine import FileResult
from newslint.finding import Severity
from newslint.reporters import locate

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def report(results: list[FileResult], config: Config, stream: TextIO) -> None:
    for result in results:
        for item in locate(result, config):
            finding = item.finding
            command = COMMANDS.get(finding.severity or Severity.WARNING, "warning")
            title = f"{finding.code} {item.rule}".strip()
            end_column = item.end_column if (item.end_line, item.end_column) > (item.line, item.column) \
                else item.column + 1
            properties = ",".join([
                f"file={escape_property(item.path)}", f"line={item.line}", f"col={item.column}",
                f"endLine={item.end_line}", f"endColumn={end_column}", f"title={escape_property(title)}",
            ])
            message = item.message
            if finding.suggestions:
                message += " → " + " | ".join(finding.suggestions)
            stream.write(f"::{command} {properties}::{escape_data(message)}\n")
