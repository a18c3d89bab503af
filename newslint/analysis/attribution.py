"""Attribution: which sentences say who makes their claim, and who.

``attributions(document)`` is an analysis layer shared by the figures rules (NL1xx) and the
hedging rules (NL403/NL404). For every sentence it returns a ``SentenceSource``:

- ``named``: the sentence carries a named source, its own ("laut Nato", "X zufolge", "nach
  Angaben der Polizei", "wie das Ministerium mitteilte", "sagte Selenskyj", "Quelle: …",
  "Demnach …", a quote with a speaker, a headline "Nato: …") or one it inherits: from an earlier
  sentence of the same paragraph, from "Das teilte X mit" right after it, from the sentence that
  closes a multi-sentence quote, or, in reported speech (Konjunktiv I), from the last named source.
- ``vague``: it rests on a vague attribution only ("Experten", "Kritiker", "es heißt",
  "Berichten zufolge"); hedges ("angeblich", "soll") are neither.
- ``source``: the normalised source name ("geheimdienst nis"), None when unknown or a pronoun.

Vocabulary lives in ``rules/attribution.toml``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from newslint.analysis.quantities import load_toml
from newslint.document import Document, analysis_layer
from newslint.nlp.base import Sentence
from newslint.patterns import compile_pattern

_PRONOUNS = frozenset({"er", "sie", "es", "ihr", "wir", "ich"})
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                       "von", "vom", "aus", "dem", "seiner", "ihrer", "seinem", "ihrem", "eigenen", "eigener"})
_OPENING_QUOTES = "„»‚"
_WORD = regex.compile(r"\w+")
_NAMED_GROUP = regex.compile(r"\(\?P<\w+>")
_HEISST_ES = regex.compile(r"(?:heißt|hieß) es\b")
_DISPLAY_SOURCE = regex.compile(r"\s*(?P<source>\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*){0,3})\s*:\s")
_CLOSING_QUOTES = "“«‘"


@dataclass(frozen=True)
class Attribution:
    """One attribution cue in a sentence: its span, what kind of cue, and the source it names."""

    start: int
    end: int
    kind: str  # phrase, verb, quote, display, demnach, vague
    source: str | None = None
    vague: bool = False


@dataclass
class SentenceSource:
    """What a sentence rests on."""

    index: int
    named: bool = False
    vague: bool = False
    source: str | None = None
    cues: list[Attribution] = field(default_factory=list)
    inherited: bool = False  # named only through its paragraph, a quote or reported speech
    own: bool = False  # named by a cue in the sentence itself

    @property
    def attributed(self) -> bool:
        return self.named


_QUOTED = regex.compile(r'„[^“”"\n]{1,2000}[“”"]|»[^«\n]{1,2000}«|"[^"\n]{1,2000}"')


@dataclass
class Attributions:
    sentences: list[SentenceSource]
    quotes: list[tuple[int, int]] = field(default_factory=list)  # spans of quotations (someone's words)
    normative: frozenset[int] = frozenset()  # sentences stating a rule, limit or plan

    def in_quote(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation (news quotes always have a speaker)."""
        return any(start < offset < end for start, end in self.quotes)

    def __getitem__(self, index: int) -> SentenceSource:
        return self.sentences[index]

    def __len__(self) -> int:
        return len(self.sentences)


# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttributionVocabulary:
    verbs: Any
    phrases: tuple[Any, ...]
    vague: Any
    vague_subjects: frozenset[str]
    hedges: frozenset[str]
    anaphoric: Any
    reported: Any
    not_sources: frozenset[str]
    normative: Any = None
    phrase_guards: tuple[str, ...] = ()  # a word each phrase needs (lower case); "" = always try

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "AttributionVocabulary":
        def alternation(patterns: list[str]) -> str:
            return "|".join(f"(?:{pattern})" for pattern in patterns)

        return cls(
            verbs=compile_pattern(r"(?<!\w)(?:" + alternation(data["verbs"]) + r")(?!\w)", "attribution.toml: verbs"),
            phrases=tuple(compile_pattern(pattern, "attribution.toml: phrases", regex.IGNORECASE)
                          for pattern in data["phrases"]),
            phrase_guards=tuple(list(data.get("phrase_guards", []))
                                + [""] * (len(data["phrases"]) - len(data.get("phrase_guards", [])))),
            vague=compile_pattern(alternation(data["vague"]), "attribution.toml: vague"),
            vague_subjects=frozenset(data["vague_subjects"]),
            hedges=frozenset(data["hedges"]),
            anaphoric=regex.compile("(?:" + "|".join(regex.escape(opener) for opener in sorted(
                data["anaphoric_openers"], key=len, reverse=True)) + r")\b"),
            reported=compile_pattern(r"(?<!\w)(?:" + "|".join(data["reported_speech"]) + r")(?!\w)",
                                     "attribution.toml: reported_speech"),
            not_sources=frozenset(data["not_sources"]),
            normative=compile_pattern(r"(?<!\w)(?:" + alternation(data.get("normative", ["(?!)"])) + r")(?!\w)",
                                      "attribution.toml: normative", regex.IGNORECASE),
        )


@lru_cache(maxsize=1)
def attribution_vocabulary() -> AttributionVocabulary:
    """The attribution vocabulary, loaded once per process."""
    return AttributionVocabulary.from_data(load_toml("attribution.toml"))


@lru_cache(maxsize=1)
def _first_person() -> Any:
    words = load_toml("attribution.toml").get("first_person", [])
    return compile_pattern(r"(?<!\w)(?:" + "|".join(words or ["(?!)"]) + r")(?!\w)", "attribution.toml: first_person",
                           regex.IGNORECASE)


@lru_cache(maxsize=1)
def _interview_regex() -> Any:
    return regex.compile(_interview_label())


@lru_cache(maxsize=1)
def _interview_label() -> str:
    return load_toml("attribution.toml").get("interview_label", "(?!)")


def normalise_source(name: str | None) -> str | None:
    """'des südkoreanischen Geheimdienstes' → 'südkoreanisch geheimdienst'; pronouns → None."""
    if not name:
        return None
    words = []
    seen_name = False
    for word in regex.findall(r"[\p{L}\d]+(?:-[\p{L}\d]+)*", name):
        low = word.lower()
        if low in _ARTICLES or low in _PRONOUNS or low in ("angaben", "nach", "zufolge", "laut", "a", "on"):
            continue
        if word[:1].isdigit():
            break
        if word[:1].isupper():
            seen_name = True
        elif seen_name or not low.endswith(("e", "en", "er", "es", "em")):
            break  # a preposition or verb after the name ends it: "Geheimdienstes seit Sommer"
        for ending in ("es", "en", "s", "e", "n"):
            if low.endswith(ending) and len(low) > len(ending) + 3:
                low = low[: -len(ending)]
                break
        words.append(low)
    return " ".join(words[:6]) or None


def same_source(first: str | None, second: str | None) -> bool | None:
    """True when two normalised sources share a name part, False when they share none, None if unknown."""
    if not first or not second:
        return None
    a, b = set(first.split()), set(second.split())
    if a & b:
        return True
    # compounds: "nato-generalsekretär" shares "nato"
    for left in a:
        for right in b:
            if len(left) >= 3 and len(right) >= 3 and (left.startswith(right) or right.startswith(left)):
                return True
    return False


class _Analyser:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.vocab = attribution_vocabulary()

    @staticmethod
    def vocab_data_interview() -> str:
        return _interview_label()

    def sentence_cues(self, sentence: Sentence, segment_kind: str) -> list[Attribution]:
        text = self.text[sentence.start:sentence.end]
        base = sentence.start
        cues: list[Attribution] = []
        lowered = text.lower()
        for pattern, guard in zip(self.vocab.phrases, self.vocab.phrase_guards):
            if guard and guard not in lowered:
                continue
            for match in pattern.finditer(text):
                source = match.groupdict().get("source")
                kind = "demnach" if match.group(0).lower() == "demnach" else "phrase"
                cues.append(Attribution(base + match.start(), base + match.end(), kind, normalise_source(source)))
        for match in self.vocab.verbs.finditer(text):
            first_word = _WORD.match(match.group(0))
            verb_end = base + match.start() + (first_word.end() if first_word else len(match.group(0)))
            if _HEISST_ES.match(match.group(0)):
                verb_end = base + match.end()  # "heißt es in dem Bericht": the source follows
            source = self._verb_subject(sentence, base + match.start(), verb_end)
            if source is False:
                continue
            cues.append(Attribution(base + match.start(), base + match.end(), "verb", source))
        if segment_kind in ("headline", "subheading", "teaser"):
            match = _DISPLAY_SOURCE.match(text)
            if match and match["source"] not in self.vocab.not_sources:
                cues.append(Attribution(base + match.start(), base + match.end(), "display",
                                        normalise_source(match["source"])))
        vague = [Attribution(base + match.start(), base + match.end(), "vague", None, True)
                 for match in self.vocab.vague.finditer(text)]
        if vague:
            # a vague cue turns a speech verb whose subject it is into a vague attribution
            named = [cue for cue in cues if not (cue.kind == "verb" and any(
                abs(v.start - cue.start) < 60 for v in vague)) and not any(
                cue.start < v.end and v.start < cue.end for v in vague)]
            cues = named + vague
        return cues

    def _verb_subject(self, sentence: Sentence, start: int, end: int) -> str | None | bool:
        """The source a speech verb names: the words right after it, else before it.

        Returns False when the verb has no subject that can be a source (impersonal "es", "man")."""
        tokens = sentence.tokens
        after = [token for token in tokens if token.start >= end][:6]
        before = [token for token in tokens if token.end <= start][-6:]
        for group, reverse in ((after, False), (before, True)):
            words = list(reversed(group)) if reverse else group
            name: list[str] = []
            for token in words:
                if not token.is_word:
                    if name:
                        break
                    if token.text in ",:" and not reverse:
                        break
                    continue
                low = token.text.lower()
                if low in _PRONOUNS and not name:
                    return None if low not in ("es",) else False
                if low == "man":
                    return False
                if token.text in self.vocab.vague_subjects:
                    return False
                if token.text[:1].isupper() and token.text not in self.vocab.not_sources:
                    name.append(token.text)
                elif name:
                    break
                elif low in _ARTICLES or low.endswith(("e", "en", "er")) and not reverse:
                    continue
                elif not reverse:
                    break
            if name:
                return normalise_source(" ".join(reversed(name) if reverse else name))
        return None

    def analyse(self) -> Attributions:
        document = self.document
        sentences = document.sentences
        results: list[SentenceSource] = []
        segment_of: list[int] = []
        kinds: list[str] = []
        for index, sentence in enumerate(sentences):
            segment = document.segment_at(sentence.start)
            segment_of.append(segment.start if segment else -1)
            kinds.append(segment.kind if segment else "paragraph")
            cues = self.sentence_cues(sentence, kinds[-1])
            named = [cue for cue in cues if not cue.vague]
            result = SentenceSource(index, cues=cues)
            if named:
                result.named = result.own = True
                result.source = next((cue.source for cue in named if cue.source), None)
            elif cues:
                result.vague = True
            results.append(result)
        self._quotes(results, sentences, segment_of)
        self._inherit(results, sentences, segment_of, kinds)
        quotes = []
        for segment in document.segments:
            for match in _QUOTED.finditer(self.text, segment.start, segment.end):
                if match.end() - match.start() > 12:  # not scare quotes around a word or two
                    quotes.append(match.span())
        label = _interview_regex()
        labelled = [segment for segment in document.segments if label.match(self.text, segment.start, segment.end)]
        questions = [segment for segment in document.segments if segment.kind == "paragraph"
                     and self.text[segment.start:segment.end].rstrip().endswith("?")]
        for segment in document.segments:
            # a paragraph that opens a quotation and never closes it: the quote runs on
            text = self.text[segment.start:segment.end]
            if text[:1] in '„»"' and not _QUOTED.match(text):
                quotes.append((segment.start - 1, segment.end + 1))
        first_person = _first_person()
        for sentence in sentences:
            if first_person.search(self.text, sentence.start, sentence.end):
                quotes.append((sentence.start - 1, sentence.end + 1))
        if len(labelled) >= 2 or labelled and len(questions) >= 2:  # an interview: answers are the interviewee's
            quotes.extend((segment.start - 1, segment.end + 1) for segment in document.segments
                          if segment.kind in ("paragraph", "bullet") and segment.start > labelled[0].start)
        normative = frozenset(index for index, sentence in enumerate(sentences)
                              if self.vocab.normative.search(self.text, sentence.start, sentence.end))
        return Attributions(results, quotes, normative)

    def _quotes(self, results: list[SentenceSource], sentences: list[Sentence], segment_of: list[int]) -> None:
        """Sentences inside a multi-sentence quote take the attribution of the sentence that closes or
        introduces it: „Satz eins. Satz zwei“, sagte X."""
        open_since: int | None = None
        for index, sentence in enumerate(sentences):
            text = self.text[sentence.start:sentence.end]
            if index > 0 and segment_of[index] != segment_of[index - 1]:
                open_since = None
            depth_before = open_since is not None
            opens = sum(text.count(mark) for mark in _OPENING_QUOTES)
            closes = sum(text.count(mark) for mark in _CLOSING_QUOTES)
            straight = text.count('"')
            if not depth_before and (opens > closes or straight % 2 == 1 and opens == closes):
                open_since = index
                continue
            if depth_before and (closes > opens or straight % 2 == 1):
                members = range(open_since, index + 1)
                donor = next((i for i in (index, open_since) if results[i].own), None)
                if donor is None and index + 1 < len(sentences) and segment_of[index + 1] == segment_of[index] \
                        and results[index + 1].own:
                    donor = index + 1
                if donor is None and open_since > 0 and results[open_since - 1].own \
                        and self.text[sentences[open_since - 1].start:sentences[open_since - 1].end].rstrip().endswith(":"):
                    donor = open_since - 1
                if donor is not None:
                    for member in members:
                        if not results[member].named:
                            results[member].named = results[member].inherited = True
                            results[member].source = results[donor].source
                open_since = None

    def _inherit(self, results: list[SentenceSource], sentences: list[Sentence], segment_of: list[int],
                 kinds: list[str]) -> None:
        vocab = self.vocab
        # backward: "Das teilte das Ministerium mit." names the source of the sentence before it
        for index in range(1, len(sentences)):
            if not results[index].own or segment_of[index] != segment_of[index - 1]:
                continue
            if vocab.anaphoric.match(self.text, sentences[index].start, sentences[index].end) \
                    and any(cue.kind in ("verb", "phrase") for cue in results[index].cues) \
                    and not results[index - 1].named:
                results[index - 1].named = results[index - 1].inherited = True
                results[index - 1].source = results[index].source
        # forward within the paragraph; reported speech and "demnach" across paragraphs
        last_named: SentenceSource | None = None
        last_segment_count = 0
        current_segment = None
        segments_since = 0
        for index, result in enumerate(results):
            if segment_of[index] != current_segment:
                current_segment = segment_of[index]
                segments_since += 1
                paragraph_source: SentenceSource | None = None
                paragraph_vague = False
            if result.named:
                if result.own or result.inherited:
                    paragraph_source = result
                    last_named = result
                    last_segment_count = segments_since
                if result.source is None and any(cue.kind == "demnach" for cue in result.cues) and last_named \
                        and last_named is not result:
                    result.source = last_named.source
                continue
            if kinds[index] == "headline":
                continue
            if paragraph_source is not None:
                result.named = result.inherited = True
                result.source = paragraph_source.source
                continue
            if result.vague:
                paragraph_vague = True
                continue
            if paragraph_vague:
                result.vague = True
                continue
            text = self.text[sentences[index].start:sentences[index].end]
            if last_named is not None and segments_since - last_segment_count <= 1 and vocab.reported.search(text):
                result.named = result.inherited = True
                result.source = last_named.source


@analysis_layer
def attributions(document: Document) -> Attributions:
    """Per sentence: named source, vague attribution or neither (an analysis layer, cached)."""
    return _Analyser(document).analyse()
