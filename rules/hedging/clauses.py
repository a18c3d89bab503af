"""Small token helpers shared by the detection modules: quote spans, clause numbers, hits."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newslint.nlp.base import Sentence, Token

from .vocabulary import CLAUSE_BREAKS, DETERMINERS, QUOTE_PAIRS


# --- detection -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Hit:
    """A hedge (or, with ``vague`` set, a vague source) found in a sentence."""

    start: int  # full span reported by NL401 ("soll … geschickt haben")
    end: int
    anchor_start: int  # the hedge word itself, used for NL402 spans and clause membership
    anchor_end: int
    entry: str
    type: str
    weak: bool = False  # bare "soll": a hedge only when stacked
    vague: bool = False

    @classmethod
    def vague_source(cls, start: int, end: int, name: str) -> "Hit":
        """An unnamed source ("Experten warnen", "Kreise", "es heißt"): the whole phrase is the anchor."""
        return cls(start, end, start, end, name, "vague-source", vague=True)


def quote_spans(tokens: list[Token] | tuple[Token, ...]) -> list[tuple[int, int]]:
    """Spans of direct quotes among ``tokens`` (one segment): „…“, »…«, «…», “…”, "…".

    An unclosed quote runs to the end of the tokens given (German copy carries quotes across
    sentences, and a paragraph-long quote may close only at its end).
    """
    spans: list[tuple[int, int]] = []
    closers = ""
    opened = -1
    for token in tokens:
        if token.kind != "punct" or len(token.text) != 1:
            continue
        mark = token.text
        if opened < 0:
            if mark in QUOTE_PAIRS:
                closers, opened = QUOTE_PAIRS[mark], token.start
        elif mark in closers:
            spans.append((opened, token.end))
            opened = -1
    if opened >= 0 and tokens:
        spans.append((opened, tokens[-1].end))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def clause_ids(tokens: tuple[Token, ...]) -> list[int]:
    """Clause numbers: a comma, semicolon, colon, dash or bracket starts a new clause, except a comma in an
    enumeration of names or nouns ("Bäcker, Metzger, Brauer und Winzer")."""
    ids, current = [], 0
    for k, token in enumerate(tokens):
        if token.kind == "punct" and token.text in CLAUSE_BREAKS and not (
                token.text == "," and 0 < k < len(tokens) - 1 and _enumerated(tokens, k)):
            current += 1
        ids.append(current)
    return ids


def _enumerated(tokens: tuple[Token, ...], k: int) -> bool:
    """The comma at ``k`` separates two capitalised words of an enumeration that ends in "und"/"oder" within
    four tokens ("Bäcker, Metzger, Brauer und Winzer")."""
    before, after = tokens[k - 1], tokens[k + 1]
    if before.kind != "word" or after.kind != "word" or not before.text[:1].isupper() \
            or not after.text[:1].isupper() or after.text.lower() in DETERMINERS:
        return False
    for token in tokens[k + 2:k + 7]:
        if token.text in ("und", "oder", "sowie"):
            return True
        if token.text != "," and not (token.kind == "word" and token.text[:1].isupper()):
            return False
    return False


def find(pattern: Any, text: str, sentence: Sentence):
    """Matches of ``pattern`` inside one sentence (anchors see the sentence), offsets into ``text``."""
    chunk = text[sentence.start:sentence.end]
    for match in pattern.finditer(chunk):
        yield sentence.start + match.start(), sentence.start + match.end(), match.group()


def governing_clause_after(tokens: tuple[Token, ...], clause_ids, clause: int, inner_openers: frozenset[str]) -> int | None:
    """The clause that governs the content clause ``clause`` fronted before it ("Dass …, belegt die Studie"):
    the first later clause that is not a dependent clause inside it (opened by one of ``inner_openers``:
    "Dass …, während …, …"); None when the next clause does not start with a comma."""
    later = clause + 1
    while True:
        at = next((j for j, t in enumerate(tokens) if clause_ids[j] == later), None)
        if at is None or tokens[at].text != ",":
            return None
        if at + 1 < len(tokens) and tokens[at + 1].text in inner_openers:
            later += 1
            continue
        return later
