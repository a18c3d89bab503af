"""The Python API for a CMS or a script: lint text without touching files."""
from __future__ import annotations

from functools import lru_cache

from newslint.config import Config
from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding
from newslint.readers import read_text


@lru_cache(maxsize=8)
def _linter(config: Config | None) -> Linter:
    return Linter(config)


def get_linter(config: Config | None = None) -> Linter:
    """A Linter for ``config``, built once per process (rules and lexicons load once)."""
    return _linter(config)


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
