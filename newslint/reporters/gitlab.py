"""``--format gitlab``: GitLab Code Quality report (JSON array, one issue per finding).

Each issue has ``description``, ``check_name``, ``fingerprint`` (unique per issue and stable when
lines move: the path, the baseline fingerprint of the finding and its occurrence number, hashed),
``severity`` (error → major, warning → minor, info → info) and ``location`` with path and
begin/end line.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TextIO

from newslint.baseline import fingerprint
from newslint.config import Config
from newslint.engine import FileResult
from newslint.finding import Severity
from newslint.reporters import locate
from newslint.reporters.summary import rule_family

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def report(results: list[FileResult], config: Config, stream: TextIO) -> None:
    issues = []
    for result in results:
        seen: Counter[str] = Counter()
        for item in locate(result, config):
            finding = item.finding
            base = fingerprint(result.document, finding)
            seen[base] += 1
            unique = hashlib.md5(f"{item.path}\x1f{base}\x1f{seen[base]}".encode(), usedforsecurity=False).hexdigest()
            issues.append({
                "type": "issue",
                "description": f"{finding.code} {item.message}",
                "check_name": finding.code,
                "fingerprint": unique,
                "severity": SEVERITIES.get(finding.severity or Severity.WARNING, "minor"),
                "categories": ["Style"],
                "content": {"body": f"{item.rule} ({rule_family(finding.code, config)})"},
                "location": {"path": item.path, "lines": {"begin": item.line, "end": item.end_line}},
            })
    json.dump(issues, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
