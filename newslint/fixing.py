"""``--fix`` and ``--diff``: apply the ``Fix`` edits that findings carry, safely.

Rules attach ``Fix(start, end, replacement)`` in DOCUMENT offsets. Here they are mapped to SOURCE
offsets through the document's offset map and applied to the original text, so every other
character — line endings (CRLF), a BOM, Markdown markup, front matter — stays exactly as it was.

Deletions are widened so that the file stays tidy and nothing else changes:

* a span that leaves only spaces (and Markdown markup such as ``**``, ``- `` or ``[…](url)``) on
  its source line removes the whole line together with its own line break;
* if that leaves two blank lines where there was one, the blank line after it goes as well;
* a span inside a line takes the spaces after it (or, at the end of a line, before it) along.

Files are written atomically: a temporary file in the same directory, the original permissions,
``os.replace``. A file whose bytes or modification time changed after it was read is not touched.
"""
from __future__ import annotations

import difflib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import regex

from newslint import atomic
from newslint.document import Document
from newslint.finding import Finding

BOM = b"\xef\xbb\xbf"
_IMAGE_LINE = regex.compile(r"^\s*!\[")
_MARKUP_ONLY = regex.compile(r"^[\s#>*_`~+\-\[\]()!|]*$|^\s*(?:\d{1,3}[.)]\s+)$")
_LINK_TAIL = regex.compile(r"^\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")


class FixConflict(Exception):
    """The file changed on disk after it was read; it is left alone."""


@dataclass
class FixOutcome:
    """What fixing one file did."""

    path: str
    fixed: list[Finding] = field(default_factory=list)
    original: str = ""
    new: str = ""
    error: str | None = None

    @property
    def changed(self) -> bool:
        return self.new != self.original


# --- computing edits --------------------------------------------------------------------------------
def _line_bounds(source: str, position: int) -> tuple[int, int, int]:
    """(start, end without break, end with break) of the source line holding ``position``."""
    start = max(source.rfind("\n", 0, position), source.rfind("\r", 0, position)) + 1
    end = position
    while end < len(source) and source[end] not in "\r\n":
        end += 1
    after = end + (2 if source.startswith("\r\n", end) else 1 if end < len(source) else 0)
    return start, end, after


def _markup_only(text: str) -> bool:
    """Whether ``text`` (what remains of a line) holds only Markdown markup and spaces."""
    text = _LINK_TAIL.sub("", text.strip())
    return not text or bool(_MARKUP_ONLY.match(text))


def _source_span(document: Document, start: int, end: int) -> tuple[int, int]:
    offsets = document.offsets
    source = offsets.source
    src_start = offsets.to_source(start)
    src_end = offsets.to_source(end, is_end=True) if end > start else src_start
    if src_end < src_start:
        src_end = src_start
    # whole source line(s)?
    line_start, _, _ = _line_bounds(source, src_start)
    probe = src_end - 1 if src_end > src_start else src_start
    if probe > 0 and source[probe:probe + 1] == "\n" and source[probe - 1] == "\r":
        probe -= 1
    _, line_end, after = _line_bounds(source, probe)
    prefix = source[line_start:src_start]
    suffix = source[src_end:line_end] if src_end <= line_end else ""
    if _markup_only(prefix) and _markup_only(suffix) and not _IMAGE_LINE.match(source[line_start:line_end]):
        if after > line_end:
            return line_start, after
        # last line without a line break: take the break before it instead
        before = line_start
        if before >= 2 and source[before - 2:before] == "\r\n":
            before -= 2
        elif before >= 1 and source[before - 1] in "\r\n":
            before -= 1
        return before, line_end
    # inside a line: take spaces after it, or before it when it ends the line
    stop = src_end
    while stop < line_end and source[stop] in " \t":
        stop += 1
    if stop == line_end:
        begin = src_start
        while begin > line_start and source[begin - 1] in " \t":
            begin -= 1
        return begin, line_end
    return src_start, stop


def _previous_line_blank(source: str, start: int) -> bool:
    """Whether the line before ``start`` (a line start) is blank; True at the start of the file."""
    if start == 0:
        return True
    probe = start - 1
    if source[probe] == "\n" and probe > 0 and source[probe - 1] == "\r":
        probe -= 1
    line_start = max(source.rfind("\n", 0, probe), source.rfind("\r", 0, probe)) + 1
    return not source[line_start:probe].strip()


def _collapse_blank_lines(source: str, spans: list[tuple[int, int]], *, eof_only: bool = False
                          ) -> list[tuple[int, int]]:
    """Widen whole-line removals so that no new double blank line appears where a block went."""
    widened = []
    for start, end in spans:
        starts_line = start == 0 or source[start - 1] in "\r\n"
        ends_line = end > start and source[end - 1] in "\r\n"
        if not eof_only and starts_line and ends_line and end < len(source) and _previous_line_blank(source, start):
            _, next_end, next_after = _line_bounds(source, end)
            if not source[end:next_end].strip() and next_after > next_end:
                end = next_after
        elif end == len(source) and start > 0 and (starts_line or source[start] in "\r\n"):
            # the block ran to the end of the file: blank lines above it go too, the last kept
            # line keeps its own line break
            kept = len(source[:start].rstrip(" \t\r\n"))
            if kept:
                start = kept + (2 if source.startswith("\r\n", kept) else 1)
        widened.append((start, end))
    return widened


def _join(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[list[int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    return [(start, end) for start, end in joined]


def source_edits(document: Document, findings: list[Finding]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, replacement) edits in source offsets, sorted."""
    source = document.offsets.source
    deletions: list[tuple[int, int]] = []
    replacements: list[tuple[int, int, str]] = []
    for finding in findings:
        fix = finding.fix
        if fix is None or not 0 <= fix.start <= fix.end <= len(document.text):
            continue
        if fix.replacement:
            replacements.append((document.offsets.to_source(fix.start),
                                 document.offsets.to_source(fix.end, is_end=True), fix.replacement))
        else:
            deletions.append(_source_span(document, fix.start, fix.end))
    deletions.sort()
    merged: list[list[int]] = []
    for start, end in deletions:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    spans = _join(_collapse_blank_lines(source, [(s, e) for s, e in merged]))
    spans = _join(_collapse_blank_lines(source, spans, eof_only=True))  # neighbours may now reach the end
    edits = [(s, e, "") for s, e in spans]
    for start, end, text in replacements:
        if not any(s < end and start < e for s, e, _ in edits):
            edits.append((start, end, text))
    edits.sort()
    result: list[tuple[int, int, str]] = []
    for edit in edits:
        if result and edit[0] < result[-1][1]:
            continue  # overlapping edit: the earlier one wins, the rest is fixed on the next run
        result.append(edit)
    return result


def apply_edits(source: str, edits: list[tuple[int, int, str]]) -> str:
    parts, position = [], 0
    for start, end, text in edits:
        parts.append(source[position:start])
        parts.append(text)
        position = end
    parts.append(source[position:])
    return "".join(parts)


MAX_ROUNDS = 5


def fixed_text(document: Document, findings: list[Finding], linter=None) -> tuple[str, list[Finding]]:
    """The document's source with every fixable finding fixed, and the findings that were fixed.

    Like ruff, fixing repeats (at most ``MAX_ROUNDS`` times) while the fixed text still has fixable
    findings of the codes fixed in the first round: removing one span can change what a neighbouring
    one looks like (quotation marks pair up differently, a line becomes the last one). Later rounds
    check the text with ``linter`` (default: the API's linter for the default configuration).
    """
    fixable = [finding for finding in findings if finding.fix is not None]
    source = apply_edits(document.offsets.source, source_edits(document, fixable))
    if source == document.offsets.source:
        return source, fixable
    from newslint.readers import read_text

    codes = {finding.code for finding in fixable}
    fixed = list(fixable)
    for _ in range(MAX_ROUNDS - 1):
        if linter is None:
            from newslint.api import get_linter

            linter = get_linter()
        try:
            again = read_text(source, document.path, document.backend)
        except Exception:  # the reader refuses the fixed text: stop at what we have
            break
        more = [f for f in linter.check(again) if f.fix is not None and f.code in codes]
        if not more:
            break
        new = apply_edits(source, source_edits(again, more))
        if new == source:
            break
        source = new
        fixed.extend(more)
    return source, fixed


# --- files ------------------------------------------------------------------------------------------
def write_atomic(path: Path, data: bytes, expected: bytes, expected_mtime_ns: int) -> None:
    """Replace ``path`` with ``data`` unless it no longer holds ``expected`` (bytes and mtime).

    A symbolic link is followed: the file it points to is replaced, the link stays a link.
    """
    path = Path(os.path.realpath(path))
    info = path.stat()
    if info.st_mtime_ns != expected_mtime_ns or path.read_bytes() != expected:
        raise FixConflict(f"{path}: changed on disk while it was being fixed; not written")

    def unchanged() -> None:
        current = path.stat()
        if current.st_mtime_ns != expected_mtime_ns or current.st_size != len(expected):
            raise FixConflict(f"{path}: changed on disk while it was being fixed; not written")

    atomic.write_atomic(path, data, before_replace=unchanged)


def fix_file(path: Path, document: Document, findings: list[Finding], *, write: bool, linter=None) -> FixOutcome:
    """Fix one file: check that it still holds what was linted, compute the new text, write it."""
    outcome = FixOutcome(str(path))
    try:
        info = path.stat()
        raw = path.read_bytes()
    except OSError as error:
        outcome.error = f"{path}: cannot read: {error.strerror or error}"
        return outcome
    bom = raw.startswith(BOM)
    try:
        text = raw[len(BOM):].decode("utf-8") if bom else raw.decode("utf-8")
    except UnicodeDecodeError:
        outcome.error = f"{path}: not valid UTF-8; not fixed"
        return outcome
    if text.startswith("\ufeff"):  # a second BOM as text: the reader dropped it too
        bom_text, text = "\ufeff", text[1:]
    else:
        bom_text = ""
    if text != document.offsets.source:
        outcome.error = f"{path}: changed on disk after it was linted; not fixed"
        return outcome
    new, fixed = fixed_text(document, findings, linter)
    outcome.original, outcome.new, outcome.fixed = text, new, fixed if new != text else []
    if write and outcome.changed:
        data = (BOM if bom else b"") + (bom_text + new).encode("utf-8")
        try:
            write_atomic(path, data, raw, info.st_mtime_ns)
        except FixConflict as error:
            outcome.error, outcome.fixed = str(error), []
        except OSError as error:
            outcome.error, outcome.fixed = f"{path}: cannot write: {error.strerror or error}", []
    return outcome


def unified_diff(outcome: FixOutcome) -> str:
    lines_a = outcome.original.splitlines(keepends=True)
    lines_b = outcome.new.splitlines(keepends=True)
    diff = difflib.unified_diff(lines_a, lines_b, fromfile=f"a/{outcome.path}", tofile=f"b/{outcome.path}")
    out = []
    for line in diff:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


NOT_FIXABLE_SUFFIXES = (".html", ".htm", ".json")


def apply_fixes(linter, results: list, *, write: bool, stdout: TextIO, stderr: TextIO | None = None):
    """Fix (``write``) or diff every linted file; return (results with what remains, errors, changed).

    After writing, a file is read and checked again, so that the findings reported are the ones that
    remain, with positions in the fixed file (as ruff does).
    """
    from newslint.engine import FileResult
    from newslint.errors import InputError
    from newslint.nlp import get_backend
    from newslint.readers import read_path

    stderr = stderr or sys.stderr
    errors: list[str] = []
    changed = 0
    updated = []
    for result in results:
        if not any(f.fix is not None for f in result.findings):
            updated.append(result)
            continue
        document = result.document
        path = Path(result.path)
        if result.path.lower().endswith(NOT_FIXABLE_SUFFIXES):
            errors.append(f"{result.path}: HTML and JSON input cannot be fixed; fix the source copy")
            updated.append(result)
            continue
        if result.path == "-" or not path.is_file():
            if document is not None and not write:
                outcome = FixOutcome(result.path, original=document.offsets.source)
                outcome.new, outcome.fixed = fixed_text(document, result.findings, linter)
                if outcome.changed:
                    changed += 1
                    stdout.write(unified_diff(outcome))
            elif write:
                errors.append(f"{result.path}: standard input cannot be fixed in place; use --diff")
            updated.append(result)
            continue
        findings = result.findings
        if document is None:  # linted in a worker process: read and check it here
            try:
                document = read_path(path, get_backend(linter.config.nlp))
            except InputError as error:
                errors.append(str(error))
                updated.append(result)
                continue
            findings = [f for f in linter.check(document) if (f.code, f.start, f.end) in
                        {(g.code, g.start, g.end) for g in result.findings}]
        outcome = fix_file(path, document, findings, write=write, linter=linter)
        if outcome.error:
            errors.append(outcome.error)
            updated.append(result)
            continue
        if not outcome.changed:
            updated.append(result)
            continue
        changed += 1
        if not write:
            stdout.write(unified_diff(outcome))
            updated.append(result)
            continue
        new_document = read_path(path, get_backend(linter.config.nlp))
        updated.append(FileResult(result.path, new_document, linter.check(new_document)))
    if write and changed:
        stderr.write(f"newslint: fixed {changed} file{'s' if changed != 1 else ''}\n")
    return updated, errors, changed


def fix_command_results(linter, results: list, errors: list[str], args, stdout: TextIO, stderr: TextIO):
    """The CLI's ``--fix``/``--diff`` step: (results that remain, errors, exit code or None).

    ``--diff`` prints only the diff and returns an exit code (1 when something would change);
    ``--fix`` writes and hands back what remains for the reporter.
    """
    updated, fix_errors, changed = apply_fixes(linter, results, write=not args.diff, stdout=stdout, stderr=stderr)
    errors = list(errors) + fix_errors
    if not args.diff:
        if getattr(args, "baseline", None) is not None:
            from newslint.baseline import apply_baseline

            updated = apply_baseline(updated, args.baseline)
        return updated, errors, None
    stdout.flush()
    for error in errors:
        stderr.write(f"newslint: error: {error}\n")
    return updated, errors, 2 if errors else 1 if changed else 0
