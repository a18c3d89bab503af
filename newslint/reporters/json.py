"""``--format json``: one array of findings, 1-based positions, end exclusive."""
from __future__ import annotations

import json
from typing import TextIO

from newslint.config import Config
from newslint.engine import FileResult
from newslint.reporters import Located, locate


def as_dict(item: Located) -> dict[str, object]:
    finding = item.finding
    return {
        "path": item.path,
        "line": item.line,
        "column": item.column,
        "end_line": item.end_line,
        "end_column": item.end_column,
        "code": finding.code,
        "severity": str(finding.severity),
        "message": item.message,
        "rule": item.rule,
        "suggestions": list(finding.suggestions),
        "fixable": finding.fix is not None,
    }


def report(results: list[FileResult], config: Config, stream: TextIO) -> None:
    items = [as_dict(item) for result in results for item in locate(result, config)]
    json.dump(items, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
