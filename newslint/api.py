"""The Python API for a CMS or a script: lint text without touching files."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields

from newslint.config import Config
from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding, Fix, Severity
from newslint.readers import read_text
from newslint.readers.cmsjson import ArticleFields


_LINTERS: OrderedDict[str, Linter] = OrderedDict()
_LINTERS_LOCK = threading.Lock()
_CACHE_SIZE = 8


def _config_key(config: Config | None) -> str:
    if config is None:
        return ""
    return repr([(item.name, getattr(config, item.name)) for item in dataclass_fields(config) if item.compare])


def get_linter(config: Config | None = None) -> Linter:
    """A Linter for ``config``, built once per process (rules and lexicons load once).

    Configurations are compared by value (a Config holds dicts, so it is not hashable); the
    last few Linters are kept. Thread-safe: the HTTP service calls it from worker threads.
    """
    key = _config_key(config)
    with _LINTERS_LOCK:
        linter = _LINTERS.get(key)
        if linter is not None:
            _LINTERS.move_to_end(key)
            return linter
        linter = _LINTERS[key] = Linter(config)
        while len(_LINTERS) > _CACHE_SIZE:
            _LINTERS.popitem(last=False)
        return linter


def lint_document(document: Document, *, config: Config | None = None) -> list[Finding]:
    return get_linter(config).check(document)


def lint_text(text: str, *, filename: str | None = None, config: Config | None = None) -> list[Finding]:
    """Lint ``text`` as if read from ``filename`` (``.md`` selects Markdown; default plain text).

    Offsets in the findings are characters into the Document's text; use ``read_text`` and
    ``Document.position`` to turn them into line and column.
    """
    linter = get_linter(config)
    from newslint.nlp import get_backend

    return linter.check(read_text(text, filename or "<text>", get_backend(linter.config.nlp)))


@dataclass(frozen=True, slots=True)
class ArticleFinding:
    """A finding in a structured article, located in the CMS field it was found in.

    ``start``/``end`` are character offsets (code points, end exclusive) into the value of
    ``field`` as it was passed in: ``"headline"``, ``"teaser"``, ``"body"`` or ``"captions[N]"``.
    ``fix`` is the finding's fix in the same coordinates (None when the rule has none or the fix
    would span two fields). ``finding`` is the engine's finding with offsets into the Document.
    """

    field: str
    start: int
    end: int
    finding: Finding
    fix: Fix | None = None

    @property
    def code(self) -> str:
        return self.finding.code

    @property
    def message(self) -> str:
        return self.finding.message

    @property
    def severity(self) -> Severity | None:
        return self.finding.severity

    @property
    def suggestions(self) -> tuple[str, ...]:
        return self.finding.suggestions


def article_findings(document: Document, fields: ArticleFields, findings: list[Finding]) -> list[ArticleFinding]:
    """Translate engine findings on an article Document into field coordinates."""
    located = []
    for finding in findings:
        field, start = fields.locate(document, finding.start)
        end_field, end = fields.locate(document, finding.end, is_end=True)
        if end_field != field or end < start:
            end = start
        fix = None
        if finding.fix is not None:
            fix_field, fix_start = fields.locate(document, finding.fix.start)
            fix_end_field, fix_end = fields.locate(document, finding.fix.end, is_end=True)
            if fix_field == field == fix_end_field and fix_end >= fix_start:
                fix = Fix(fix_start, fix_end, finding.fix.replacement)
        located.append(ArticleFinding(field, start, end, finding, fix))
    return located


def lint_article(
    *,
    headline: str | None = None,
    teaser: str | None = None,
    body: str | None = None,
    captions: Sequence[str] = (),
    metadata: Mapping[str, str] | None = None,
    config: Config | None = None,
) -> list[ArticleFinding]:
    """Lint an article given as CMS fields; each finding names its field and the offsets in it.

    Fields that are None are left out. The headline and teaser are checked as display copy, the
    body is split into paragraphs, subheadings and bullets at line breaks, each caption is a
    caption. ``metadata`` (e.g. ``{"genre": "Kommentar"}``) is not linted but read by rules.
    Raises ``newslint.errors.InputError`` when a field is not a string.

    >>> [(f.field, f.start, f.end, f.code) for f in lint_article(headline="…", body="…")]  # doctest: +SKIP
    """
    from newslint.nlp import get_backend
    from newslint.readers.cmsjson import build_article

    linter = get_linter(config)
    document, fields = build_article(headline=headline, teaser=teaser, body=body, captions=captions,
                                     metadata=metadata)
    document.backend = get_backend(linter.config.nlp)
    return article_findings(document, fields, linter.check(document))
