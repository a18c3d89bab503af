"""Inline suppression comments in Markdown and HTML, and the core rule NL001 (unused suppression).

Directives are HTML comments in the SOURCE of a document (they never reach ``Document.text``)::

    <!-- newslint: disable NL401 -->      … findings of NL401 (a code or prefix; several with commas)
    <!-- newslint: enable -->             … are reported again (``enable NL401`` ends only NL401)
    <!-- newslint: disable -->            every code until ``enable`` or the end of the file
    <!-- newslint: ignore-next-line NL2 --> the line after the comment (no code: all codes)

A directive that suppresses nothing is reported as NL001 (info) at the comment, so stale
suppressions do not pile up. NL000 (internal errors) is never suppressed. When a directive names a
code that is not selected in this run, it is not reported as unused (the rule did not run).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from newslint.finding import Finding, RuleInfo, Severity
from newslint.hookspecs import hookimpl

UNUSED = RuleInfo(
    code="NL001",
    name="unused-suppression",
    severity=Severity.INFO,
    summary="Unterdrückungskommentar ohne Wirkung",
    summary_en="Suppression comment that suppresses nothing",
    description="A `<!-- newslint: disable … -->`, `ignore-next-line` or `disable-next-line` comment "
    "matched no finding. Remove it, or fix the code it names, so that suppressions stay meaningful.",
    flagged=("<!-- newslint: ignore-next-line NL401 --> (über einer Zeile ohne NL401-Befund)",),
    accepted=("<!-- newslint: ignore-next-line NL401 --> (über einer Zeile mit NL401-Befund)",),
    plugin="newslint",
)
NEVER_SUPPRESSED = ("NL000", "NL001")
_DIRECTIVE = regex.compile(
    r"<!--\s*newslint\s*:\s*(?P<verb>disable-next-line|ignore-next-line|disable|enable)\b(?P<codes>[^>]*?)\s*-->",
    regex.IGNORECASE,
)
_CODE = regex.compile(r"NL\d*", regex.IGNORECASE)


@hookimpl
def newslint_rules() -> list[RuleInfo]:
    return [UNUSED]


@dataclass
class Directive:
    verb: str
    codes: tuple[str, ...]  # empty: every code
    comment_start: int
    comment_end: int
    ranges: list[tuple[int, int]] = field(default_factory=list)  # source ranges it covers
    used: bool = False

    def covers(self, code: str, source_offset: int) -> bool:
        if self.codes and not any(code.startswith(prefix) for prefix in self.codes):
            return False
        return any(start <= source_offset < end for start, end in self.ranges)


def parse_directives(source: str) -> list[Directive]:
    """Every directive in ``source`` with the source ranges it covers."""
    if "newslint" not in source:
        return []
    directives: list[Directive] = []
    open_regions: list[Directive] = []
    for match in _DIRECTIVE.finditer(source):
        verb = match.group("verb").lower()
        codes = tuple(code.upper() for code in _CODE.findall(match.group("codes")))
        if verb == "enable":
            for region in list(open_regions):
                if not codes or (region.codes and set(region.codes) <= set(codes)):
                    region.ranges.append((region.comment_end, match.start()))
                    open_regions.remove(region)
            continue
        directive = Directive(verb, codes, match.start(), match.end())
        directives.append(directive)
        if verb == "disable":
            open_regions.append(directive)
        else:  # the next line
            line_end = _line_end(source, match.end())
            next_start = line_end + (2 if source.startswith("\r\n", line_end) else 1)
            directive.ranges.append((next_start, _line_end(source, next_start)))
    for region in open_regions:
        region.ranges.append((region.comment_end, len(source) + 1))
    return directives


def _line_end(source: str, position: int) -> int:
    ends = [index for index in (source.find("\n", position), source.find("\r", position)) if index >= 0]
    return min(ends) if ends else len(source)


def _document_offset(document, source_offset: int) -> int:
    """A document offset to report a comment at: the text just before it on its line, else the next
    text after it (comments themselves never reach the document text)."""
    line = document.offsets.line_col(source_offset)[0]
    before = after = None
    for piece in document.offsets.pieces:
        src_end = piece.src_start + piece.src_len
        if piece.src_start <= source_offset < src_end and piece.doc_len == piece.src_len:
            return piece.doc_start + (source_offset - piece.src_start)  # the comment is in the text (plain text)
        if src_end <= source_offset and piece.doc_len:
            before = piece.doc_start + piece.doc_len - 1
        elif piece.src_start >= source_offset:
            after = piece.doc_start
            break
    if before is not None and (after is None or document.position(before)[0] == line):
        return before
    return after if after is not None else len(document.text)


def apply_suppressions(document, findings: list[Finding], config) -> list[Finding]:
    """Drop suppressed findings and add NL001 for directives that suppressed nothing."""
    directives = parse_directives(document.offsets.source)
    if not directives:
        return findings
    kept: list[Finding] = []
    for finding in findings:
        if finding.code not in NEVER_SUPPRESSED:
            source_offset = document.offsets.to_source(finding.start)
            matching = [d for d in directives if d.covers(finding.code, source_offset)]
            if matching:
                for directive in matching:
                    directive.used = True
                continue
        kept.append(finding)
    if not config.is_selected(UNUSED.code, document.path):
        return kept
    for directive in directives:
        if directive.used or not all(config.is_selected(code, document.path) for code in directive.codes):
            continue
        offset = _document_offset(document, directive.comment_start)
        named = ", ".join(directive.codes) or "alle Codes"
        named_en = ", ".join(directive.codes) or "all codes"
        kept.append(Finding(
            UNUSED.code, offset, offset,
            f"Der Kommentar 'newslint: {directive.verb}' ({named}) unterdrückt keinen Befund und kann weg.",
            f"'newslint: {directive.verb}' ({named_en}) suppresses nothing; remove it.",
            Severity.INFO,
        ))
    return sorted(kept, key=lambda f: (f.start, f.end, f.code))


def register(plugins) -> None:
    """Register this module as the core plugin ``newslint`` (declares NL001) unless it already is."""
    import sys

    module = sys.modules[__name__]
    if not plugins.manager.is_registered(module) and not plugins.manager.has_plugin("newslint"):
        plugins.manager.register(module, name="newslint")
        plugins.__dict__.pop("rules", None)  # drop a cached registry so NL001 is in it
