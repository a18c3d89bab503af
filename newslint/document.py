"""The Document: an article's text, its structure, and lazily computed analysis layers.

Readers build Documents; rules only read them. Offsets everywhere are characters into
``Document.text``; ``Document.position`` turns them into 1-based line and column of the source.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from newslint.nlp.base import NlpBackend, Sentence, Token
from newslint.offsets import OffsetMap

SEGMENT_KINDS = ("headline", "teaser", "subheading", "bullet", "paragraph", "caption")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Segment:
    """A structural part of the article: headline, teaser, subheading, bullet, paragraph or caption."""

    kind: str
    start: int
    end: int

    @property
    def is_display(self) -> bool:
        """Headline, teaser and subheadings: the display copy readers see first."""
        return self.kind in ("headline", "teaser", "subheading")


@dataclass(eq=False)
class Document:
    path: str
    text: str
    offsets: OffsetMap
    segments: list[Segment]
    metadata: dict[str, str] = field(default_factory=dict)
    backend: NlpBackend | None = None
    _layers: dict[Any, Any] = field(default_factory=dict, repr=False)

    # --- structure -------------------------------------------------------------------------
    def segments_of(self, *kinds: str) -> list[Segment]:
        return [segment for segment in self.segments if segment.kind in kinds]

    def segment_at(self, offset: int) -> Segment | None:
        index = bisect.bisect_right(self._segment_starts, offset) - 1
        if index >= 0 and self.segments[index].start <= offset < max(self.segments[index].end, offset + 1):
            return self.segments[index]
        return None

    @cached_property
    def _segment_starts(self) -> list[int]:
        return [segment.start for segment in self.segments]

    @property
    def headline(self) -> Segment | None:
        return next((s for s in self.segments if s.kind == "headline"), None)

    # --- language layers -------------------------------------------------------------------
    @cached_property
    def sentences(self) -> list[Sentence]:
        """All sentences, in order; no sentence crosses a segment boundary."""
        from newslint.nlp.builtin import BuiltinBackend

        backend = self.backend or BuiltinBackend()
        return backend.analyze(self.text, [(s.start, s.end) for s in self.segments])

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def sentences_in(self, segment: Segment) -> list[Sentence]:
        low = bisect.bisect_left(self._sentence_starts, segment.start)
        high = bisect.bisect_left(self._sentence_starts, segment.end)
        return self.sentences[low:high]

    @cached_property
    def tokens(self) -> list[Token]:
        return [token for sentence in self.sentences for token in sentence.tokens]

    @cached_property
    def words(self) -> list[Token]:
        return [token for token in self.tokens if token.is_word]

    def layer(self, compute: Callable[["Document"], T]) -> T:
        """Compute an analysis layer once per document and share it between rules."""
        try:
            return self._layers[compute]
        except KeyError:
            value = self._layers[compute] = compute(self)
            return value

    # --- positions -------------------------------------------------------------------------
    def position(self, offset: int, *, is_end: bool = False) -> tuple[int, int]:
        """1-based (line, column) in the source file of a document offset."""
        return self.offsets.position(offset, is_end=is_end)

    def line_of(self, offset: int) -> int:
        return self.position(offset)[0]


def analyze_together(documents: list[Document]) -> None:
    """Compute the sentences of several documents in one call when their backend batches.

    The stanza backend runs its models over many documents at once much faster than one by one;
    the builtin backend has no ``analyze_many`` and each document keeps analysing itself lazily.
    """
    pending = [d for d in documents if "sentences" not in d.__dict__ and hasattr(d.backend, "analyze_many")]
    if not pending:
        return
    backend = pending[0].backend
    batch = [d for d in pending if d.backend is backend]
    analysed = backend.analyze_many([(d.text, [(s.start, s.end) for s in d.segments]) for d in batch])
    for document, sentences in zip(batch, analysed):
        document.__dict__["sentences"] = sentences  # what the cached property would have stored


def analysis_layer(compute: Callable[[Document], T]) -> Callable[[Document], T]:
    """Decorator: make ``compute(document)`` a cached analysis layer of the document."""

    def cached(document: Document) -> T:
        return document.layer(compute)

    cached.__name__ = compute.__name__
    cached.__doc__ = compute.__doc__
    cached.__wrapped__ = compute  # type: ignore[attr-defined]
    return cached
