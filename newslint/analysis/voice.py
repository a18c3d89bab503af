"""The author's voice: whether a document is the author's own words (commentary, column, guest piece).

``author_voice(document)`` is an analysis layer (cached per document). News copy speaks in the third person and
keeps the first person inside quotes; commentary and guest pieces say "ich"/"wir" outside quotes throughout, or
carry a label sentence ("Ein Gastbeitrag.", "Ein Kommentar von Lea Brandt"). NL101 does not ask such a text to
source its figures: the whole text is the author's claim, signed by the author.

``opinion_label(document)`` (also a layer) is the genre signal alone: metadata, a URL or a label sentence say the
text is commentary. NL401 uses it to read a commentary's guesses as opinion.

Vocabulary: ``rules/attribution.toml`` [author_voice] (first person), ``rules/genre.toml`` [genre] (labels).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from newslint.analysis.quantities import load_toml
from newslint.document import Document, analysis_layer
from newslint.patterns import compile_pattern

_OPENING = "„»“"
_CLOSING = "“”«"
_WORDS = regex.compile(r"[\p{L}-]+")
_ROLE_WINDOW = 40  # characters after a byline's verb in which a newsroom role (genre.toml byline_not) counts


@dataclass(frozen=True)
class _VoiceVocabulary:
    words: frozenset[str]
    document_min: int
    paragraph_min: int
    document_share: float
    not_voice: Any = None


@dataclass(frozen=True)
class _GenreVocabulary:
    metadata_keys: frozenset[str]
    metadata_values: frozenset[str]
    url_keys: frozenset[str]
    url_pattern: Any
    label: Any
    label_sentences: int
    label_words: int
    prefix: Any = None  # round 8: "Kommentar: Die Kanzlerin irrt" (a genre word opening a first sentence)
    own_author: Any = None  # round 8: "…, schreiben unsere Gastautoren." (the newsroom's guest or columnist)
    byline: Any = None  # round 8: "Der Autor ist Professor für Staatsrecht." (first sentences or the last two)
    byline_not: Any = None  # a newsroom role in the byline: a reporter's note, no signed opinion
    letters_reference: Any = None  # session 6: a letters page's reference to the article answered ('Zu „…“ vom 3. Mai:')
    letters_signature: Any = None  # session 6: a paragraph that is only a reader's name and town ('Lea Brandt, Altdorf')
    letters_signatures_min: int = 2
    guest_mention: Any = None  # session 6: "… fordert im Gastbeitrag …" (with first person throughout: NL101 only)


@lru_cache(maxsize=1)
def voice_vocabulary() -> _VoiceVocabulary:
    data = load_toml("attribution.toml").get("author_voice", {})
    return _VoiceVocabulary(
        words=frozenset(word.lower() for word in data.get("words", [])),
        document_min=int(data.get("document_min", 5)),
        paragraph_min=int(data.get("paragraph_min", 3)),
        document_share=float(data.get("document_share", 0.1)),
        not_voice=compile_pattern(r"(?<!\w)(?:" + "|".join(data["not_voice"]) + r")(?!\w)",
                                  "attribution.toml: author_voice.not_voice") if data.get("not_voice") else None,
    )


@lru_cache(maxsize=1)
def genre_vocabulary() -> _GenreVocabulary:
    data = load_toml("genre.toml").get("genre", {})

    def pattern(key: str) -> Any:
        return compile_pattern(data[key], f"genre.toml: genre.{key}") if data.get(key) else None

    return _GenreVocabulary(
        metadata_keys=frozenset(key.lower() for key in data.get("metadata_keys", [])),
        metadata_values=frozenset(value.lower() for value in data.get("metadata_values", [])),
        url_keys=frozenset(key.lower() for key in data.get("url_keys", [])),
        url_pattern=pattern("url_pattern"),
        label=pattern("label"),
        label_sentences=int(data.get("label_sentences", 8)),
        label_words=int(data.get("label_words", 8)),
        prefix=pattern("prefix"),
        own_author=pattern("own_author"),
        byline=pattern("byline"),
        byline_not=pattern("byline_not"),
        letters_reference=pattern("letters_reference"),
        letters_signature=pattern("letters_signature"),
        letters_signatures_min=int(data.get("letters_signatures_min", 2)),
        guest_mention=pattern("guest_mention"),
    )


@dataclass(frozen=True)
class AuthorVoice:
    """What the document says about who speaks in it."""

    labelled: bool  # a label sentence or front matter says: commentary, column, guest piece (session 6: or the
    # newsroom calls it a guest piece in its first sentences and its author says "ich/wir" throughout)
    speaking: int  # body sentences with a first-person word outside quotes
    total: int  # body sentences
    paragraphs: frozenset[int]  # starts of the body segments with such a sentence

    def covers(self, segment_start: int) -> bool:
        """The body segment starting at ``segment_start`` is the author's own words: the whole body of a
        labelled text; in a text that speaks in the first person throughout (``authored``), its paragraphs that
        do (a witness's account inside a report leaves the reporter's paragraphs to the rules)."""
        return self.labelled or segment_start in self.paragraphs and self.authored

    @property
    def authored(self) -> bool:
        """The whole text is the author's own words."""
        if self.labelled:
            return True
        vocab = voice_vocabulary()
        return self.speaking >= vocab.document_min and len(self.paragraphs) >= vocab.paragraph_min \
            and self.speaking >= vocab.document_share * self.total


_MARKS = regex.compile(r'[„»“”«"\[\]]')


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside quotes in one segment; a quote left open runs to the segment's end (a long quote goes on
    over several paragraphs), brackets count as quoted (a promotion "[Wenn Sie … empfehlen wir …]")."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    straight = False
    bracket: int | None = None
    for match in _MARKS.finditer(text, start, end):
        position, char = match.start(), match.group(0)
        if char == "[" and bracket is None:
            bracket = position
        elif char == "]" and bracket is not None:
            spans.append((bracket, position + 1))
            bracket = None
        elif opened is None and (char in "„»" or char == '"' or char == "“" and position == start):
            opened, straight = position, char == '"'
        elif opened is not None and (char == '"' if straight else char in _CLOSING and char != "„"):
            spans.append((opened, position + 1))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    if bracket is not None:
        spans.append((bracket, end))
    return spans


@analysis_layer
def opinion_label(document: Document) -> bool:
    """The document says it is commentary, a column or a guest piece: metadata a CMS passes ("genre: Kommentar"),
    a URL in it ("/meinung/", "/essay/"), a label sentence near the start or at the end ("Ein Kommentar.",
    "Eine Analyse."), a genre prefix in a first sentence ("Kommentar: …"), the newsroom naming its guest author
    or columnist in a first sentence ("…, schreiben unsere Gastautoren.") or an author's byline with a role that
    is not a newsroom one, near the start or in the last two sentences ("Der Autor ist Professor für …"); session 6:
    a letters page (``letters_page``)."""
    vocab = genre_vocabulary()
    for key, value in (getattr(document, "metadata", None) or {}).items():
        key, value = str(key).lower(), str(value).lower()
        if key in vocab.metadata_keys and any(word in vocab.metadata_values for word in _WORDS.findall(value)):
            return True
        if key in vocab.url_keys and vocab.url_pattern is not None and vocab.url_pattern.search(value):
            return True
    sentences = document.sentences
    first = list(sentences[:vocab.label_sentences])
    last = list(sentences[-2:]) if len(sentences) > vocab.label_sentences else []
    text = document.text
    for position, sentence in enumerate(first + last):
        said = text[sentence.start:sentence.end].strip()
        if vocab.label is not None and sum(token.kind == "word" for token in sentence.tokens) <= vocab.label_words \
                and vocab.label.search(said):
            return True  # "Ein Kommentar.", "Eine Analyse."
        if position < len(first) and (vocab.prefix is not None and vocab.prefix.search(said)
                                      or vocab.own_author is not None and vocab.own_author.search(said)):
            return True  # "Kommentar: …", "…, schreiben unsere Gastautoren."
        byline = vocab.byline.search(said) if vocab.byline is not None else None
        if byline is not None and not (vocab.byline_not is not None and vocab.byline_not.search(
                said, byline.end(), byline.end() + _ROLE_WINDOW)):
            return True  # "Der Autor ist Professor für Staatsrecht in Bonn." (the role right after the verb decides:
            # "ist Korrespondent in Rom" is a reporter's note, "ist Repräsentant …, war einst Redakteur" is not)
    return letters_page(document)


@analysis_layer
def letters_page(document: Document) -> bool:
    """A page of readers' letters, their writers' opinion and not newsroom copy (NL101 through ``opinion_label``;
    NL401 reads every hedge on it as the writers' words): a reference to the article answered opening one of the
    first sentences ('Zu „Der Titel“ vom 3. Mai:'), or at least ``letters_signatures_min`` short paragraphs that
    are only a reader's name and town ('Lea M. Brandt, Altdorf'; the reader splits such lines as subheadings)."""
    vocab = genre_vocabulary()
    text = document.text
    if vocab.letters_reference is not None and any(
            vocab.letters_reference.search(text[sentence.start:sentence.end].strip())
            for sentence in document.sentences[:vocab.label_sentences]):
        return True
    if vocab.letters_signature is None or vocab.letters_signatures_min <= 0:
        return False
    signatures = 0
    for segment in document.segments:
        if segment.kind in ("paragraph", "subheading") and segment.end - segment.start <= 80 \
                and vocab.letters_signature.search(text[segment.start:segment.end].strip()):
            signatures += 1
            if signatures >= vocab.letters_signatures_min:
                return True
    return False


@analysis_layer
def author_voice(document: Document) -> AuthorVoice:
    """Whether the document is labelled as commentary, and how much of its body speaks in the first person
    outside quotes (an analysis layer, cached)."""
    vocab = voice_vocabulary()
    speaking = total = 0
    paragraphs: set[int] = set()
    text = document.text
    for segment in document.segments:
        if segment.kind not in ("paragraph", "bullet"):
            continue
        quotes = _quoted(text, segment.start, segment.end)
        for sentence in document.sentences_in(segment):
            total += 1
            if vocab.not_voice is not None and vocab.not_voice.search(text, sentence.start, sentence.end):
                continue  # the newsroom about itself or to its readers: "mein Kollege", "Ich wünsche Ihnen …"
            if any(token.kind == "word" and token.text.lower() in vocab.words
                   and not any(start <= token.start < end for start, end in quotes) for token in sentence.tokens):
                speaking += 1
                paragraphs.add(segment.start)
    labelled = opinion_label(document)
    if not labelled and speaking >= vocab.document_min and len(paragraphs) >= vocab.paragraph_min \
            and speaking >= vocab.document_share * total:
        labelled = _guest_piece(document)  # session 6: "… fordert im Gastbeitrag …" and "wir" throughout
    return AuthorVoice(labelled, speaking, total, frozenset(paragraphs))


def _guest_piece(document: Document) -> bool:
    """The newsroom calls the text a guest piece in its first sentences ('Der Verbandschef fordert im
    Gastbeitrag …'; genre.toml guest_mention). Asked only for a text that speaks in the first person throughout:
    a report about a guest piece elsewhere keeps its author's words in quotes."""
    vocab = genre_vocabulary()
    if vocab.guest_mention is None:
        return False
    text = document.text
    return any(vocab.guest_mention.search(text, sentence.start, sentence.end)
               for sentence in document.sentences[:vocab.label_sentences])
