"""A tiny, deterministic rule plugin for the tests of reporters, server, baseline and readers.

Loaded through the ``plugins`` configuration key (the tests put this directory on PYTHONPATH), so
those tests do not depend on the real rule families, which change as they are written.
NL901 (warning) flags "eigentlich" with a fix that deletes it; NL902 (error) flags "Fehlerwort"
and suggests "Wort". A text containing ``__sleep_0.5__`` makes the check sleep that long.
"""
from __future__ import annotations

import time

import regex

from newslint.finding import Finding, Fix, RuleInfo, Severity
from newslint.hookspecs import hookimpl

_FILLER = regex.compile(r"\beigentlich\b ?")
_ERROR = regex.compile(r"\bFehlerwort\b")


@hookimpl
def newslint_rules():
    return [
        RuleInfo(code="NL901", name="fixture-filler", severity=Severity.WARNING, summary="Füllwort (Test)",
                 summary_en="Filler word (test)", fixable=True),
        RuleInfo(code="NL902", name="fixture-error", severity=Severity.ERROR, summary="Fehlerwort (Test)",
                 summary_en="Error word (test)"),
    ]


@hookimpl
def newslint_check(document, config):
    slow = regex.search(r"__sleep_(\d+(?:\.\d+)?)__", document.text)
    if slow:  # lets the server tests exceed a time budget on purpose
        time.sleep(float(slow.group(1)))
    for segment in document.segments:
        text = document.text[segment.start:segment.end]
        for match in _FILLER.finditer(text):
            start = segment.start + match.start()
            yield Finding("NL901", start, start + len("eigentlich"), "Füllwort „eigentlich“ streichen",
                          "Delete the filler 'eigentlich'", fix=Fix(start, segment.start + match.end(), ""))
        for match in _ERROR.finditer(text):
            start = segment.start + match.start()
            yield Finding("NL902", start, start + len(match.group()), "„Fehlerwort“ ist falsch",
                          "'Fehlerwort' is wrong", suggestions=("Wort",))

