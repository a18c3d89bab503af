"""The default flake8-style format: ``path:line:col: CODE message``."""
from __future__ import annotations

from collections import Counter
from typing import TextIO

from newslint.config import Config
from newslint.engine import FileResult
from newslint.reporters import locate


def report(results: list[FileResult], config: Config, stream: TextIO) -> None:
    counts: Counter[str] = Counter()
    for result in results:
        for item in locate(result, config):
            counts[item.finding.code] += 1
            if config.quiet:
                continue
            stream.write(f"{item.path}:{item.line}:{item.column}: {item.finding.code} {item.message}\n")
            if config.show_source and result.document is not None:
                source_line = result.document.offsets.source_line(item.line)
                width = item.end_column - item.column if item.end_line == item.line else len(source_line) - item.column + 1
                stream.write(f"    {source_line}\n    {' ' * (item.column - 1)}{'^' * max(width, 1)}\n")
    if config.statistics:
        for code, count in sorted(counts.items()):
            info = config.rule_infos.get(code)
            summary = (info.summary_en if config.lang == "en" else info.summary) if info else ""
            stream.write(f"{count:<5} {code} {summary}\n")
