"""Baselines for CI: accept the findings that exist today, fail only on new ones.

``newslint baseline create [PATHS] [lint options] -o FILE`` lints like ``newslint`` and writes every
finding's fingerprint to FILE; ``newslint --baseline FILE PATHS`` then drops findings whose
fingerprint is in the baseline (as many as were recorded per file, so a second copy of an
accepted problem is new).

A fingerprint is the rule code, the normalised matched text and the two words on either side of
it (within the same segment: headline, paragraph, caption …), hashed. It names no line or column, so it stays stable when lines move, text is added
elsewhere or the file is re-wrapped; it changes when the flagged words or their neighbours change.
Paths in the file are relative to the baseline file's directory (POSIX separators), so the file
can be committed next to the articles and used from any working directory.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import Path

import regex

from newslint.document import Document
from newslint.engine import FileResult
from newslint.errors import InputError, UsageError
from newslint.finding import Finding

VERSION = 1
CONTEXT_WORDS = 2
_WORD = regex.compile(r"\w+(?:[-’']\w+)*")
_SPACE = regex.compile(r"\s+")


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def fingerprint(document: Document | None, finding: Finding) -> str:
    """Stable identity of a finding: code + normalised matched text + neighbouring words."""
    if document is None:
        parts = [finding.code, _normalise(finding.message)]
    else:
        text = document.text
        segment = document.segment_at(finding.start)  # neighbours from the same paragraph/headline only
        low, high = (segment.start, max(segment.end, finding.end)) if segment else (0, len(text))
        before = _WORD.findall(text[max(low, finding.start - 120):finding.start])[-CONTEXT_WORDS:]
        after = _WORD.findall(text[finding.end:min(high, finding.end + 120)])[:CONTEXT_WORDS]
        parts = [finding.code, _normalise(text[finding.start:finding.end]),
                 _normalise(" ".join(before)), _normalise(" ".join(after))]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def _key(path: str, base: Path) -> str:
    if path in ("-", "") or path.startswith("<"):
        return path
    try:
        return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).resolve().as_posix()


def build(results: list[FileResult], base: Path) -> dict[str, object]:
    files: dict[str, dict[str, dict[str, object]]] = {}
    for result in results:
        entries = files.setdefault(_key(result.path, base), {})
        for finding in result.findings:
            digest = fingerprint(result.document, finding)
            entry = entries.setdefault(digest, {"code": finding.code, "count": 0})
            entry["count"] = int(entry["count"]) + 1  # type: ignore[call-overload]
        if not entries:
            del files[_key(result.path, base)]
    return {"version": VERSION, "tool": "newslint", "files": dict(sorted(files.items()))}


def write(results: list[FileResult], output: Path) -> int:
    data = build(results, output.parent if str(output.parent) else Path("."))
    output.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return sum(int(e["count"]) for entries in data["files"].values() for e in entries.values())  # type: ignore


def load(path: Path) -> dict[str, Counter[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "baseline file not found (create it with 'newslint baseline create')") from None
    except (OSError, ValueError) as error:
        raise InputError(str(path), f"cannot read baseline: {error}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("files"), dict):
        raise InputError(str(path), f"not a newslint baseline (version {VERSION})")
    return {name: Counter({digest: int(entry.get("count", 1)) for digest, entry in entries.items()})
            for name, entries in data["files"].items()}


def apply_baseline(results: list[FileResult], path: Path) -> list[FileResult]:
    """The results without the findings the baseline accepts."""
    accepted = load(Path(path))
    base = Path(path).parent if str(Path(path).parent) else Path(".")
    filtered = []
    for result in results:
        budget = Counter(accepted.get(_key(result.path, base), {}))
        if not budget:
            filtered.append(result)
            continue
        kept = []
        for finding in result.findings:
            digest = fingerprint(result.document, finding)
            if budget[digest] > 0:
                budget[digest] -= 1
                continue
            kept.append(finding)
        filtered.append(replace(result, findings=kept))
    return filtered


# --- command line ------------------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    """``newslint baseline create [PATHS] [lint options] -o FILE``."""
    if not argv or argv[0] in ("-h", "--help"):
        sys.stdout.write("usage: newslint baseline create [PATHS] [lint options] -o FILE\n\n"
                         "Record today's findings; 'newslint --baseline FILE' then reports only new ones.\n")
        return 0 if argv else 2
    if argv[0] != "create":
        raise UsageError(f"unknown baseline command {argv[0]!r} (expected 'create')")
    own = argparse.ArgumentParser(prog="newslint baseline create", add_help=False)
    own.add_argument("-o", "--output", type=Path)
    known, rest = own.parse_known_args(argv[1:])
    if known.output is None:
        raise UsageError("newslint baseline create: -o FILE is required")
    from newslint.cli import _lint_paths, linter_from_argv

    args, paths, linter = linter_from_argv(rest)
    results, errors = _lint_paths(linter, paths, args.stdin_filename)
    for error in errors:
        sys.stderr.write(f"newslint: error: {error}\n")
    if errors:
        return 2
    count = write(results, known.output)
    sys.stderr.write(f"newslint: {count} findings in {len(results)} files recorded in {known.output}\n")
    return 0
