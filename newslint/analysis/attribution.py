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

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from newslint.analysis.dependencies import UNKNOWN, speech_subject
from newslint.analysis.quantities import load_toml
from newslint.document import Document, analysis_layer
from newslint.nlp.base import Sentence
from newslint.patterns import compile_pattern

def flexible_spaces(pattern: str) -> str:
    """``pattern`` with each literal space (outside character classes, also an escaped one) turned into
    ``\\s+`` ("nach Angaben" also finds "nach \\nAngaben" or "nach  Angaben": copy that is wrapped with a
    space at the end of a line, or typed with two spaces); an optional space (" ?", " *") becomes ``\\s*``.
    Vocabulary is written with single spaces; the text it is searched in keeps its offsets."""
    if " " not in pattern or pattern.startswith("(?x"):
        return pattern
    out: list[str] = []
    index, size, in_class = 0, len(pattern), False
    while index < size:
        char = pattern[index]
        if char == "\\" and index + 1 < size:
            if pattern[index + 1] == " " and not in_class:
                char, index = " ", index + 1
            else:
                out.append(pattern[index:index + 2])
                index += 2
                continue
        if in_class:
            out.append(char)
            if char == "]":
                in_class = False
            index += 1
            continue
        if char == "[":
            in_class = True
            out.append(char)
            index += 1
            if index < size and pattern[index] == "^":
                out.append("^")
                index += 1
            if index < size and pattern[index] == "]":
                out.append("]")
                index += 1
            continue
        if char == " ":
            following = pattern[index + 1] if index + 1 < size else ""
            if following in ("?", "*"):
                out.append(r"\s*")
                index += 2
            elif following == "+":
                out.append(r"\s+")
                index += 2
            elif following == "{":
                out.append(r"\s")
                index += 1
            else:
                out.append(r"\s+")
                index += 1
            continue
        out.append(char)
        index += 1
    return "".join(out)


_PRONOUNS = frozenset({"er", "sie", "es", "ihr", "wir", "ich"})
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                       "von", "vom", "aus", "dem", "seiner", "ihrer", "seinem", "ihrem", "eigenen", "eigener"})
_OPENING_QUOTES = "„»‚"
_WORD = regex.compile(r"\w+")
_NAMED_GROUP = regex.compile(r"\(\?P<\w+>")
_HEISST_ES = regex.compile(r"(?:heißt|hieß)\s+es\b")
_DISPLAY_SOURCE = regex.compile(r"\s*(?P<source>\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*){0,3})\s*:\s")
_CLOSING_QUOTES = "“«‘"
_QUOTE_MARK = regex.compile("[" + regex.escape(_OPENING_QUOTES + _CLOSING_QUOTES + '"') + "]")
_NAME_WORD = regex.compile(r"[\p{L}\d]+(?:-[\p{L}\d]+)*")


@dataclass(frozen=True)
class Attribution:
    """One attribution cue in a sentence: its span, what kind of cue, and the source it names."""

    start: int
    end: int
    kind: str  # phrase, verb, quote, display, demnach, vague, actor
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
    actor: bool = False  # states a named actor's own plan, offer or demand ("Die SPD will …"): no source needed
    quoted: bool = False  # inside a multi-sentence quote that a speaker closes or opens (someone's words)

    @property
    def attributed(self) -> bool:
        return self.named


_QUOTED = regex.compile(r'„[^“”"\n]{1,2000}[“”"]|»[^«\n]{1,2000}«|"[^"\n]{1,2000}"')


class _Normative(AbstractSet):
    """The claim sentences that state a rule, limit or plan: a set whose members are searched for on
    first ask (per sentence, remembered)."""

    def __init__(self, pattern: Any, text: str, sentences: list[Sentence], claim_sentences: list[int]) -> None:
        self._pattern, self._text, self._sentences = pattern, text, sentences
        self._claims = frozenset(claim_sentences)
        self._known: dict[int, bool] = {}
        self._all: frozenset[int] | None = None

    def __contains__(self, index: object) -> bool:
        if index not in self._claims:
            return False
        known = self._known.get(index)  # type: ignore[arg-type]
        if known is None:
            sentence = self._sentences[index]  # type: ignore[index]
            known = self._known[index] = self._pattern.search(self._text, sentence.start, sentence.end) is not None
        return known

    def _members(self) -> frozenset[int]:
        if self._all is None:
            self._all = frozenset(index for index in sorted(self._claims) if index in self)
        return self._all

    def __iter__(self):
        return iter(sorted(self._members()))

    def __len__(self) -> int:
        return len(self._members())

    def __repr__(self) -> str:
        return f"frozenset({sorted(self._members())})"


class _Acts:
    """Claim figures that a named institution's own act states ("Die Polizei nahm 12 Personen fest", "Am
    Freitag zahlte das Land 3 Millionen Euro aus"): the actor is the source. ``acts.at(sentence, offset)``
    searches on first ask (only for figures that would otherwise be flagged)."""

    def __init__(self, text: str, sentences: list[Sentence], claim_sentences: list[int], raw: str | None = None) -> None:
        self._text, self._sentences, self._claims = text, sentences, frozenset(claim_sentences)
        self._raw = raw or text  # the text with its line breaks (paragraph ends)
        self._known: dict[tuple[int, int], bool] = {}

    def at(self, index: int, offset: int, noun: str | None = None) -> bool:
        if index not in self._claims:
            return False
        known = self._known.get((index, offset))
        if known is None:
            known = self._known[index, offset] = _names_act(self._text, self._sentences[index], offset, noun) \
                or _company_results(self._text, self._sentences, index, self._raw) \
                or _passive_continuation(self._text, self._sentences, index, offset, self._raw)
        return known


@dataclass(frozen=True)
class _ActVocabulary:
    """``attribution.toml`` [acts] compiled."""

    verbs: Any  # one pattern over all act verbs
    endings: tuple[str, ...]  # institution nouns (compound endings)
    words: frozenset[str]  # whole-word institutions
    prepositions: frozenset[str]  # a noun right after one of these is no subject
    acronyms: bool
    not_names: frozenset[str]  # capitalised sentence openers that are no name ("Dann", "Zudem", "Er")
    not_name_endings: tuple[str, ...]  # endings of sentence adverbs ("Teilweise", "Abermals")
    deliveries: Any  # delivery verbs: no act for the counted things of ``not_delivered`` (troops, weapons)
    not_delivered: Any
    name_endings: tuple[str, ...] = ()  # company endings that count only after a capitalised name ("Muster Airlines")
    name_adverbs: frozenset[str] = frozenset()  # session 7: "Musterland etwa schickt …" (an adverb after the name)
    passive: Any = None  # session 7: an agentless passive of an official act ("wurden … kontrolliert")


@lru_cache(maxsize=1)
def _act_vocabulary() -> _ActVocabulary:
    """``attribution.toml`` [acts]: act verbs (one pattern), institution endings, whole-word institutions,
    the prepositions that make a noun no subject, the openers that are no name and the delivery verbs."""
    data = load_toml("attribution.toml").get("acts", {})
    verbs = data.get("verbs", []) + data.get("own_figure_verbs", []) + data.get("delivery_verbs", [])

    def alternation(patterns: list[str], origin: str) -> Any:
        return compile_pattern(flexible_spaces(r"(?<!\w)(?:" + ("|".join(f"(?:{verb})" for verb in patterns) or "(?!)")
                                               + r")(?!\w)"), origin)

    return _ActVocabulary(
        alternation(verbs, "attribution.toml: acts.verbs"),
        tuple(ending.lower() for ending in data.get("subject_endings", [])),
        frozenset(word.lower() for word in data.get("subject_words", [])),
        frozenset(data.get("not_subject_before", [])), bool(data.get("subject_acronyms", False)),
        frozenset(data.get("not_names", [])), tuple(data.get("not_name_endings", [])),
        alternation(data.get("delivery_verbs", []), "attribution.toml: acts.delivery_verbs"),
        compile_pattern(flexible_spaces("(?i)(?:" + ("|".join(data.get("not_delivered", [])) or "(?!)") + r")\w{0,3}$"),
                        "attribution.toml: acts.not_delivered"),
        tuple(ending.lower() for ending in data.get("name_endings", [])),
        frozenset(data.get("name_adverbs", [])),
        compile_pattern(flexible_spaces(r"\b(?:wurde|wurden|worden)\b.{0,160}?\b(?:"
                                        + ("|".join(data.get("passive_participles", [])) or "(?!)") + r")(?!\w)"),
                        "attribution.toml: acts.passive_participles"))


_BREAKS = regex.compile(r"[,;:](?!\d)|[–—()]")  # not the decimal comma of "1,3 Milliarden"


@lru_cache(maxsize=1)
def _results_vocabulary() -> tuple[Any, Any, int, Any]:
    data = load_toml("attribution.toml").get("acts", {})
    return (compile_pattern(flexible_spaces(data.get("results_opening", "(?!)")), "attribution.toml: acts.results_opening"),
            compile_pattern(flexible_spaces(data.get("results_sentence", "(?!)")), "attribution.toml: acts.results_sentence"),
            int(data.get("results_distance", 0)),
            compile_pattern(flexible_spaces(data.get("results_not", "(?!)")), "attribution.toml: acts.results_not"))


def _company_results(text: str, sentences: list[Sentence], index: int, raw: str) -> bool:
    """Session 6 (figB3): the sentence's subject is a results noun with a verb of change ("Die Einnahmen stiegen
    um 40 Prozent") and its paragraph opens with a named company growing (``results_opening``), at most
    ``results_distance`` sentences before: the company's own results."""
    opening, results, distance, foreign = _results_vocabulary()
    sentence = sentences[index]
    if not distance or results.search(text, sentence.start, sentence.end) is None \
            or foreign.search(text, sentence.start, sentence.end) is not None:
        return False
    first = index
    while first > 0 and index - first < distance and "\n" not in raw[sentences[first - 1].end:sentences[first].start]:
        first -= 1
    if first == index or first > 0 and "\n" not in raw[sentences[first - 1].end:sentences[first].start]:
        return False  # the paragraph's opening is too far back (or the figure's sentence opens it)
    match = opening.search(text, sentences[first].start, sentences[first].end)
    return match is not None and match.group("name").split()[0] not in _act_vocabulary().not_names


def _passive_continuation(text: str, sentences: list[Sentence], index: int, offset: int, raw: str) -> bool:
    """Session 7 round 2: an agentless passive of an official act (``passive_participles``: "Insgesamt wurden 300
    Personen kontrolliert") right after a sentence of the same paragraph that states a named institution's own act
    ("Die Beamten beschlagnahmten … und nahmen … fest"): the same actor's act goes on. The figure stands in the
    passive's clause (no comma, dash or bracket between)."""
    if not index or "\n" in raw[sentences[index - 1].end:sentences[index].start]:
        return False
    sentence = sentences[index]
    match = _act_vocabulary().passive.search(text, sentence.start, sentence.end)
    if match is None or _BREAKS.search(text, min(offset, match.start()), max(offset, match.start())):
        return False
    if regex.search(r"\b(?:vom|(?:von|durch) (?:der|dem|den|die|einer|einem|einen|eine)) ", text[match.start():sentence.end]):
        return False  # an agent named in the passive: that agent's act (or a claim about it)
    previous = sentences[index - 1]
    return _names_act(text, previous, previous.start)


# Session 6 (figB3): a clause after the act that repeats it for other names with only their figures, the verb
# left out ("…, Muster 80 und Beispiel Air 70 Prozent"): names and figures up to the sentence's end.
_GAPPED = regex.compile(r"[,;]\s*(?:\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2} (?:rund |etwa |knapp |fast )?\d[\d.,]*"
                        r"(?: Prozent)?(?:,? (?:und|sowie) |, |(?=\s*[.!]?\s*$)))+\s*[.!]?\s*$")


def _gapped(text: str, verb_end: int, offset: int, end: int) -> bool:
    """The figure at ``offset`` stands in a verbless clause after the act (``_GAPPED``) and the text between
    the act and that clause holds no other break."""
    breaks = list(_BREAKS.finditer(text, verb_end, offset))
    return bool(breaks) and not _BREAKS.search(text, verb_end, breaks[0].start()) \
        and bool(_GAPPED.match(text, breaks[0].start(), end))


_PART = regex.compile(r"[,;–—]\s*darunter\s+(?:(?:rund|etwa|fast|knapp|allein|mehr als|über) )?")


def _part_of_object(text: str, verb_end: int, offset: int) -> bool:
    """Session 6 (figB3): the figure opens a verbless "darunter …" phrase right after the act, naming a part of what
    the act counted ("…, darunter 3 Minderjährige", "– darunter 5 Millionen Euro des Landes")."""
    breaks = list(_BREAKS.finditer(text, verb_end, offset))
    part = _PART.match(text, breaks[0].start()) if len(breaks) == 1 else None
    return part is not None and offset <= part.end()  # the figure opens the phrase ("darunter sind …" is a claim)


def _names_act(text: str, sentence: Sentence, offset: int, noun: str | None = None) -> bool:
    """An act verb in the figure's clause whose subject is a named actor: an institution that stands before
    the verb (not after a preposition: "von der Polizei") or right after it ("investiert die Stadt"), or a
    name (see ``_named_subject``). A delivery of troops or weapons (``not_delivered``) is no such act."""
    vocab = _act_vocabulary()
    verbs, endings, words, prepositions, acronyms = (vocab.verbs, vocab.endings, vocab.words, vocab.prepositions,
                                                     vocab.acronyms)
    match = verbs.search(text, sentence.start, sentence.end)
    if match is None:
        return False
    tokens = [token for token in sentence.tokens if token.is_word]
    for verb in [match, *verbs.finditer(text, match.end(), sentence.end)]:
        if _BREAKS.search(text, min(offset, verb.start()), max(offset, verb.start())) \
                and not (verb.end() <= offset and (_gapped(text, verb.end(), offset, sentence.end)
                                                   or _part_of_object(text, verb.end(), offset))):
            continue  # the figure stands in another clause
        if noun and vocab.not_delivered.search(noun) and vocab.deliveries.match(text, verb.start(), verb.end()):
            continue  # "schickte 5.000 Soldaten": a troop move is a claim about the actor
        if sentence.tokens and _named_subject(text, tokens, verb, vocab, sentence.tokens[0].is_word):
            return True  # (round 7: "2020 verbuchte Musterfirma …": a year before the verb, not only a word)
        for position, token in enumerate(tokens):
            word = token.text
            if not word[:1].isupper():
                continue
            low = word.lower()
            if not (low in words or len(low) >= 5 and low.endswith(endings)
                    or position and low.endswith(vocab.name_endings) and _name_like(tokens[position - 1], vocab)
                    or acronyms and 2 <= len(word) <= 5 and word.isupper() and word.isalpha() and position
                    and tokens[position - 1].text.lower() in ("die", "der", "das")):  # "die IBB", not "Dienst NHS"
                continue
            if token.end <= verb.start():
                previous = [t.text.lower() for t in tokens[max(0, position - 3):position]]
                # "von der Polizei", "mit dem Land": a preposition before the noun (and its article)
                if any(p in prepositions for p in previous[-2:]) and not (
                        previous and previous[-1] not in _ARTICLES and previous[-1] not in prepositions) \
                        and not _passive_agent(text, sentence, previous, verb):
                    continue
                if any(t.start > token.end and t.end <= verb.start() and t.text.lower() in ("die", "der", "das", "den")
                       and text[token.end:t.start].count(",") for t in tokens):
                    continue  # "der Stadt, die … zahlt": a relative clause's subject is "die"
                return True
            if verb.start() <= token.start and len([t for t in tokens if verb.start() < t.start < token.start]) <= 3 \
                    and token.start - verb.end() < 40 and not regex.search(r"[,;:–—-]", text[verb.end():token.start]):
                between = [t.text.lower() for t in tokens if verb.end() <= t.start < token.start]
                # session 6 (figB3): "versorgten sich in den Tafeln …": a preposition (and article) before the noun
                if between and (between[-1] in prepositions
                                or len(between) > 1 and between[-1] in _ARTICLES and between[-2] in prepositions):
                    continue
                return True  # inversion: "investiert die Stadt", "nahm die Polizei … fest"
    return False


_PASSIVE_AUXILIARY = regex.compile(r"\b(?:wird|werden|wurde|wurden|worden)\b")


def _passive_agent(text: str, sentence: Sentence, previous: list[str], verb: Any) -> bool:
    """The institution is the agent of a passive act ("Mehr als 80 Fans wurden am Bahnhof von der Polizei
    festgenommen"): the same act as "Die Polizei nahm … fest". Not an attributive participle without an auxiliary
    ("die Zahl der von der Polizei erfassten Fälle"), which states a claim about the act."""
    agent = previous[-2:] if previous[-1:] and previous[-1] in _ARTICLES else previous[-1:]
    return bool(agent) and agent[0] in ("von", "vom", "durch") \
        and _PASSIVE_AUXILIARY.search(text, sentence.start, verb.start()) is not None


def sentence_names_act(text: str, sentence: Sentence) -> bool:
    """The sentence states a named actor's own act in its first clause ("So fördert die Stiftung drei Vereine
    …"), whether or not the act has a figure the quantities layer reads ("mit je einer halben Million")."""
    return _names_act(text, sentence, sentence.start)


_AUXILIARIES = frozenset({"hat", "hatte"})  # (not "ist", "wird": a passive's subject is the figure)


def _name_like(token: Any, vocab: _ActVocabulary) -> bool:
    """A capitalised word that may be a name: not all capitals, not in ``not_names``."""
    word = token.text
    return token.kind == "word" and len(word) >= 2 and word[:1].isupper() and not word.isupper() \
        and word not in vocab.not_names and not word.endswith(vocab.not_name_endings)


def _named_subject(text: str, tokens: list, verb: Any, vocab: _ActVocabulary, opens_with_word: bool = True) -> bool:
    """A name as the subject of the act verb ``verb``: a capitalised word without an article right after a
    singular finite act verb ("2020 verbuchte Musterfirma …"), or up to three capitalised words opening the
    sentence right before a singular finite verb, the act verb or an auxiliary before it ("Musterland schickt
    …", "Peter Muster hatte … gezahlt"). A plural verb ("zahlten Kunden") takes no name: a bare plural noun
    is a group."""
    verb_word = _WORD.match(text, verb.start())
    first = verb_word.group(0) if verb_word else ""
    finite_singular = not first.endswith("en") and not first.startswith("ge")
    if finite_singular:
        following = [token for token in tokens if token.start >= verb.end()]
        if following and not text[verb.end():following[0].start].strip() and _name_like(following[0], vocab):
            after = following[1] if len(following) > 1 else None
            if after is None or not after.text[:1].isupper() or _name_like(after, vocab):
                return True  # "verbuchte Musterfirma einen Gewinn"
    if not opens_with_word:
        return False  # (a name opening the sentence needs the sentence to open with a word)
    opening = 0
    while opening < min(3, len(tokens) - 1) and _name_like(tokens[opening], vocab):
        opening += 1
    if not opening:
        return False
    finite = tokens[opening]
    if text[tokens[opening - 1].end:finite.start].strip():
        return False  # a comma or a quote between: no subject and verb
    if finite.text in vocab.name_adverbs and opening + 1 < len(tokens) \
            and not text[finite.end:tokens[opening + 1].start].strip():
        finite = tokens[opening + 1]  # session 7: "Musterland etwa schickt …": the verb after the adverb
    if finite.start == verb.start():
        return finite_singular
    return finite.text in _AUXILIARIES and finite.start < verb.start()


@lru_cache(maxsize=1)
def _plan_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    data = load_toml("attribution.toml").get("plans", {})
    return frozenset(data.get("modals", [])), frozenset(data.get("stative", []))


_CLAUSE_BREAK = frozenset(",;:–—()")


def plan_clause(text: str, sentence: Sentence, offset: int) -> bool:
    """Whether the figure at ``offset`` stands in a clause that states a plan or an obligation with "sollen"
    ("Im Frühjahr sollen 2 Millionen Dosen kommen", "…, für die das Land 80 Millionen Euro ausgeben
    soll"): the clause's infinitive is an action. Hearsay is not a plan: a perfect infinitive ("soll … geliefert
    haben") or a state ("sollen in Lebensgefahr schweben", "soll … effektiv sein") leaves the figure a claim."""
    modals, stative = _plan_vocabulary()
    tokens = sentence.tokens
    if not any(token.text.lower() in modals for token in tokens):
        return False
    # the clause around the figure: between clause breaks
    clause: list = []
    previous: list = []  # the clause before the figure's
    after = len(tokens)  # index of the clause break that ends the figure's clause
    for index, token in enumerate(tokens):
        if token.kind == "punct" and token.text in _CLAUSE_BREAK:
            if token.start >= offset:
                after = index
                break
            previous, clause = clause, []
            continue
        clause.append(token)
    words = [token for token in clause if token.is_word]
    planned = _modal_plan(words, modals, stative)
    if planned is not None:
        return planned
    # session 6: a "mit …" phrase after a comma that ends the sentence belongs to the clause before it ("Gäste
    # sollen ins Stadion kommen, mit einer Belegung der Ränge von 25 Prozent"): that clause's plan is the figure's
    if words and words[0].text == "mit" and previous and after >= len(tokens) - 1:
        planned = _modal_plan([token for token in previous if token.is_word], modals, stative)
        if planned is not None:
            return planned
    # round 6: a relative clause right after the figure's noun states the plan for it ("… jene vier Milliarden
    # Euro, die der Senat als Kredit aufnehmen soll"): the figure ends its clause (at most two words after it)
    if after + 1 < len(tokens) and tokens[after].text == "," and tokens[after + 1].text.lower() in _RELATIVE \
            and len([token for token in clause if token.start >= offset and token.is_word]) <= 3:
        relative: list = []
        for token in tokens[after + 2:]:
            if token.kind == "punct" and token.text in _CLAUSE_BREAK:
                break
            relative.append(token)
        words = [token for token in relative if token.is_word]
        # verb-final: a relative clause ends in its modal ("…, die Regierung soll nun Hilfe schicken" is a main clause)
        return bool(words) and words[-1].text.lower() in modals and bool(_modal_plan(words, modals, stative))
    return False


_RELATIVE = frozenset(("die", "der", "das", "den", "denen", "welche", "welcher", "welches"))


def _action_infinitive(token: Any, modals: frozenset[str], stative: frozenset[str]) -> bool:
    low = token.text.lower()
    return token.text[:1].islower() and low.endswith(("en", "ern", "eln")) and low not in stative \
        and low not in modals and low not in _ARTICLES


def _modal_plan(words: list, modals: frozenset[str], stative: frozenset[str]) -> bool | None:
    """True: the clause's modal governs an action (a plan); False: a state or hearsay; None: no modal."""
    for position, token in enumerate(words):
        if token.text.lower() not in modals:
            continue
        if position == len(words) - 1:
            infinitive = words[position - 1] if position else None  # "… locker machen soll"
        else:
            infinitive = words[-1]  # "… sollen … nach Deutschland kommen"
        if infinitive is None or infinitive.text.lower() in stative or infinitive.text.lower() in modals:
            return False
        if infinitive.text[:1].isupper() or not infinitive.text.lower().endswith(("en", "ern", "eln", "n")):
            # round 7: a second object after the infinitive shares it ("… soll sie 80.000 Euro an die Kasse zahlen
            # und dazu 9.000 Euro an einen Verein"): the word before the "und" is the infinitive
            for later in range(position + 2, len(words)):
                if words[later].text.lower() in ("und", "sowie", "oder") and _action_infinitive(
                        words[later - 1], modals, stative):
                    return True
            return False  # no infinitive at the clause's end: "sollen es 500 sein" is handled above; a noun is none
        return True
    return None


@dataclass
class Attributions:
    sentences: list[SentenceSource]
    quotes: list[tuple[int, int]] = field(default_factory=list)  # spans of quotations (someone's words)
    normative: AbstractSet[int] = frozenset()  # sentences stating a rule, limit or plan (searched on first ask)
    acts: Any = None  # _Acts: figures a named institution's own act states (``acts.at(sentence, offset)``)
    # indices of the sentences analysed; None = all. Body paragraphs with no figure (and not right before
    # one) are skipped for speed: their SentenceSource says neither named nor vague. Display copy is always
    # analysed. ``analyse_all(document)`` analyses every sentence.
    analysed: frozenset[int] | None = None

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
    closing_reported: Any = None  # round 5: "Das habe sie … zusammengetragen": a reported closing, no speech verb
    phrase_guards: tuple[tuple[str, ...], ...] = ()  # words one of which each phrase needs (lower case); () = always
    verb_prefixes: tuple[str, ...] | None = None  # literal beginnings of every verb pattern (None: unknown)
    reported_strict: frozenset[str] = frozenset()  # Konjunktiv I forms that are never indicative
    reported_idioms: Any = None
    actor_verbs: Any = None
    actor_prefixes: tuple[str, ...] | None = None
    vague_guard: tuple[str, ...] = ()  # substrings one of which a vague cue needs; () = always search
    continuation: Any = None  # paragraph openers that continue the previous paragraph's source
    link_back: Any = None  # openers that link back to the previous paragraph's report, also over a subheading
    topic_stop: frozenset[str] = frozenset()  # nouns too common to tie a paragraph to the one before
    next_sentence_verbs: frozenset[str] = frozenset()  # report verbs that source the sentence before them
    later_sentence_cues: tuple[str, ...] = ()  # report words that source a paragraph's opening from later on
    later_written_cues: tuple[str, ...] = ()  # the same, only from a sentence without quotation marks
    own_figure_opening: Any = None  # session 6: "Fast 80 Prozent ihrer Kinder …" (a speaker tag later sources it)
    presentation_occasion: Any = None  # session 6 round 2: "…, sagte X auf der Bilanzpressekonferenz" (sources back)
    document_closing: Any = None  # session 6 round 2: "Das ist dem Bericht … zu entnehmen" (sweeps the paragraph)
    _starts: dict = field(default_factory=dict, compare=False, repr=False)  # word -> (verb?, actor?) cache

    def word_starts(self, word: str) -> tuple[bool, bool]:
        """Whether ``word`` starts like a speech verb pattern / an actor verb pattern (cached per word)."""
        known = self._starts.get(word)
        if known is None:
            known = (self.verb_prefixes is None or word.startswith(self.verb_prefixes),
                     self.actor_prefixes is None or word.startswith(self.actor_prefixes))
            if len(self._starts) < 50_000:
                self._starts[word] = known
        return known

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "AttributionVocabulary":
        def alternation(patterns: list[str]) -> str:
            return "|".join(f"(?:{pattern})" for pattern in patterns)

        return cls(
            verbs=_Alternation(data["verbs"], "attribution.toml: verbs"),
            phrases=tuple(_Lazy(pattern, "attribution.toml: phrases", regex.IGNORECASE) for pattern in data["phrases"]),
            phrase_guards=tuple(tuple(word for word in guard.split("|") if word) for guard in (
                list(data.get("phrase_guards", [])) + [""] * (len(data["phrases"]) - len(data.get("phrase_guards", []))))),
            verb_prefixes=_literal_prefixes(data["verbs"]),
            actor_verbs=_Alternation(data.get("actor_verbs", []), "attribution.toml: actor_verbs"),
            actor_prefixes=_literal_prefixes(data.get("actor_verbs", [])),
            vague_guard=tuple(data.get("vague_guard", [])),
            reported_strict=frozenset(data.get("reported_speech_strict", [])),
            reported_idioms=compile_pattern(flexible_spaces("|".join(regex.escape(idiom) for idiom in data.get(
                "reported_speech_idioms", [])) or "(?!)"), "attribution.toml: reported_speech_idioms", regex.IGNORECASE),
            vague=compile_pattern(flexible_spaces(alternation(data["vague"])), "attribution.toml: vague"),
            vague_subjects=frozenset(data["vague_subjects"]),
            hedges=frozenset(data["hedges"]),
            anaphoric=regex.compile(flexible_spaces("(?:" + "|".join(regex.escape(opener) for opener in sorted(
                data["anaphoric_openers"], key=len, reverse=True)) + r")\b")),
            closing_reported=regex.compile(flexible_spaces(
                "(?:" + ("|".join(data.get("closing_reported", [])) or "(?!)") + r")(?!\w)")),
            continuation=regex.compile(flexible_spaces("(?:" + ("|".join(regex.escape(opener) for opener in sorted(
                data.get("continuation_openers", []), key=len, reverse=True)) or "(?!)") + r")(?!\w)")),
            link_back=regex.compile(flexible_spaces("(?:" + ("|".join(regex.escape(opener) for opener in sorted(
                data.get("link_back_openers", []), key=len, reverse=True)) or "(?!)") + r")(?!\w)")),
            next_sentence_verbs=frozenset(data.get("next_sentence_verbs", [])),
            later_sentence_cues=tuple(word.lower() for word in data.get("later_sentence_cues", [])),
            later_written_cues=tuple(word.lower() for word in data.get("later_written_cues", [])),
            own_figure_opening=compile_pattern(data["own_figure_opening"], "attribution.toml: own_figure_opening")
            if data.get("own_figure_opening") else None,
            presentation_occasion=compile_pattern(flexible_spaces(data["presentation_occasion"]),
                                                  "attribution.toml: presentation_occasion")
            if data.get("presentation_occasion") else None,
            document_closing=compile_pattern(flexible_spaces(data["document_closing"]), "attribution.toml: document_closing")
            if data.get("document_closing") else None,
            topic_stop=frozenset(word.lower() for word in data.get("topic_stop_nouns", [])),
            reported=compile_pattern(flexible_spaces(r"(?<!\w)(?:" + "|".join(data["reported_speech"]) + r")(?!\w)"),
                                     "attribution.toml: reported_speech"),
            not_sources=frozenset(data["not_sources"]),
            normative=_Lazy(r"(?<!\w)(?:" + alternation(data.get("normative", ["(?!)"])) + r")(?!\w)",
                            "attribution.toml: normative", regex.IGNORECASE),
        )


class _Searchable:
    """``search``, ``match`` and ``finditer`` of the pattern that ``compiled`` gives on first use."""

    compiled: Any

    def search(self, text: str, pos: int | None = None, endpos: int | None = None):
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int | None = None, endpos: int | None = None):
        return self.compiled.match(text, pos, endpos)

    def finditer(self, text: str, pos: int | None = None, endpos: int | None = None):
        return self.compiled.finditer(text, pos, endpos)


class _Lazy(_Searchable):
    """A pattern compiled (through ``newslint.patterns``) on its first use: start-up pays only for the
    patterns a document needs."""

    def __init__(self, source: str, origin: str, flags: int = 0) -> None:
        self.source = source
        self.origin = origin
        self.flags = flags
        self._compiled = None

    @property
    def compiled(self) -> Any:
        if self._compiled is None:
            self._compiled = compile_pattern(flexible_spaces(self.source), self.origin, self.flags)
        return self._compiled


class _Alternation(_Searchable):
    """``(?<!\\w)(?:p1|p2|…)(?!\\w)`` over word patterns, compiled only when needed.

    Most searches go through ``for_word``: the alternatives that can start at a word beginning with
    given letters (each pattern starts with literal letters), compiled as a small alternation and cached.
    That gives the same match as the whole alternation at that position (the others cannot match
    there) and keeps start-up free of one large compile."""

    def __init__(self, patterns: list[str], origin: str) -> None:
        self.patterns = tuple(patterns)
        self.origin = origin
        self.prefixes = tuple(_literal_prefix(pattern) for pattern in self.patterns)
        self._full = None
        self._groups: dict[tuple[int, ...], Any] = {}
        self._words: dict[str, Any] = {}

    def _compile(self, patterns: tuple[str, ...]) -> Any:
        return compile_pattern(flexible_spaces(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns or ("(?!)",))
                                               + r")(?!\w)"), self.origin)

    @property
    def compiled(self) -> Any:
        """The whole alternation."""
        if self._full is None:
            self._full = self._compile(self.patterns)
        return self._full

    def for_word(self, word: str) -> Any:
        """The alternation of the patterns whose literal start ``word`` begins with (None: no pattern)."""
        if word in self._words:
            return self._words[word]
        if any(prefix is None for prefix in self.prefixes):
            group = self.compiled
        else:
            indices = tuple(index for index, prefix in enumerate(self.prefixes) if word.startswith(prefix))
            if not indices:
                group = None
            else:
                group = self._groups.get(indices)
                if group is None:
                    group = self._groups[indices] = self._compile(tuple(self.patterns[i] for i in indices))
        if len(self._words) < 50_000:
            self._words[word] = group
        return group


def _literal_prefix(pattern: str) -> str | None:
    match = regex.match(r"[\p{L}]+", pattern)
    if not match or (match.end() < len(pattern) and pattern[match.end()] in "?*+{|"):
        return None
    return match.group(0)


def _literal_prefixes(patterns: list[str]) -> tuple[str, ...] | None:
    """The literal letters each pattern starts with ("teilt\\w* .{0,80}?\\bmit" → "teilt"), or None when one
    pattern starts with something else: then every sentence is searched with the whole alternation."""
    prefixes = []
    for pattern in patterns:
        match = regex.match(r"[\p{L}]+", pattern)
        if not match or (match.end() < len(pattern) and pattern[match.end()] in "?*+{|"):
            return None
        prefixes.append(match.group(0))
    return tuple(sorted(set(prefixes)))


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
def _first_person_words() -> frozenset[str]:
    """The first-person words as a set (they are plain words): a token lookup instead of a search."""
    return frozenset(word.lower() for word in load_toml("attribution.toml").get("first_person", []))


@lru_cache(maxsize=1)
def _first_person_regex() -> Any:
    """A fast pre-check for ``_first_person_words`` on a sentence's text (the token check decides)."""
    words = sorted(_first_person_words(), key=len, reverse=True)
    return regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(word) for word in words) + r")(?!\w)", regex.IGNORECASE) \
        if words else regex.compile("(?!)")


@lru_cache(maxsize=1)
def _interview_regex() -> Any:
    # used with match(text, segment.start): "^" would only match at the start of the whole text
    label = _interview_label()
    return regex.compile(label[1:] if label.startswith("^") else label)


@lru_cache(maxsize=1)
def _line_labels() -> Any:
    return regex.compile(_interview_label().replace("^", "(?m)^", 1))


@lru_cache(maxsize=1)
def _interview_label() -> str:
    return load_toml("attribution.toml").get("interview_label", "(?!)")


def _speakers_take_turns(labels: list[str]) -> bool:
    """Two or more speakers named at least twice each, with three or more changes of speaker."""
    counts: dict[str, int] = {}
    for name in labels:
        counts[name] = counts.get(name, 0) + 1
    turns = sum(1 for left, right in zip(labels, labels[1:]) if left != right)
    return sum(1 for count in counts.values() if count >= 2) >= 2 and turns >= 3


def normalise_source(name: str | None) -> str | None:
    """'des südkoreanischen Geheimdienstes' → 'südkoreanisch geheimdienst'; pronouns → None."""
    if not name:
        return None
    words = []
    seen_name = False
    for word in _NAME_WORD.findall(name):
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


def _continues_line(text: str, start: int) -> bool:
    """A paragraph that opens in lower case or with a bracket or comma continues the line before it (a sentence
    broken by a line break, even after a line read as a subheading: "… laut Angaben des Instituts" / "(RKI) …")."""
    first = text[start:start + 1]
    return first.islower() or first in "(,;"


_NOT_FIGURES = frozenset({"date", "year", "time", "ordinal", "label", "name", "phone", "score", "age", "duration"})


class _Analyser:
    def __init__(self, document: Document, limit: bool = True) -> None:
        self.limit = limit
        self.document = document
        self.text = document.text
        # the text for cue patterns: a line break inside a paragraph (hard-wrapped copy) reads as a space, so
        # "nach eigenen\nAngaben" and "sieht … vor" across a line are found (same length: offsets unchanged);
        # a space next to the break ("nach \nAngaben") leaves two: the compiled patterns read a literal space
        # as one or more (flexible_spaces)
        self.flat = document.text.replace("\n", " ")
        self.vocab = attribution_vocabulary()

    @staticmethod
    def vocab_data_interview() -> str:
        return _interview_label()

    def sentence_cues(self, sentence: Sentence, segment_kind: str) -> list[Attribution]:
        text = self.flat[sentence.start:sentence.end]
        base = sentence.start
        cues: list[Attribution] = []
        lowered = text.lower()
        if "  " in lowered or "\t" in lowered:  # the guards are written with single spaces, like the patterns
            lowered = " ".join(lowered.split())
        for pattern, guard in zip(self.vocab.phrases, self.vocab.phrase_guards):
            if guard:
                for word in guard:
                    if word in lowered:
                        break
                else:
                    continue
            for match in pattern.finditer(text):
                source = match.groupdict().get("source")
                kind = "demnach" if match.group(0).lower() == "demnach" else "phrase"
                cues.append(Attribution(base + match.start(), base + match.end(), kind, normalise_source(source)))
        candidates = self._verb_candidates(sentence)
        for match in self._verb_matches(sentence, text, self.vocab.actor_verbs, self.vocab.actor_prefixes, 1,
                                        candidates):
            first_word = _WORD.match(match.group(0))
            verb_end = base + match.start() + (first_word.end() if first_word else len(match.group(0)))
            if self._verb_subject(sentence, base + match.start(), verb_end) is not False:
                cues.append(Attribution(base + match.start(), base + match.end(), "actor", None))
        for match in self._verb_matches(sentence, text, self.vocab.verbs, self.vocab.verb_prefixes, 0, candidates):
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
        guard = self.vocab.vague_guard
        spaced = f" {lowered} " if guard else ""
        vague = [Attribution(base + match.start(), base + match.end(), "vague", None, True)
                 for match in self.vocab.vague.finditer(text)] if not guard or any(
            word in spaced for word in guard) else []
        if vague:
            # a vague cue turns a speech verb whose subject it is into a vague attribution
            named = [cue for cue in cues if not (cue.kind == "verb" and any(
                abs(v.start - cue.start) < 60 for v in vague)) and not any(
                cue.start < v.end and v.start < cue.end for v in vague)]
            cues = named + vague
        return cues

    def _verb_candidates(self, sentence: Sentence) -> list:
        """The words of a sentence that may start a speech or actor verb (or hold a hyphen)."""
        starts_like = self.vocab.word_starts
        known = self.vocab._starts.get
        return [token for token in sentence.tokens if (token.kind == "word" or token.kind == "abbrev")
                and ("-" in token.text or (known(token.text) or starts_like(token.text)) != (False, False))]

    def _verb_matches(self, sentence: Sentence, text: str, verbs: Any, prefixes: tuple[str, ...] | None, which: int,
                      candidates: list | None = None):
        """Matches of the verb alternation in ``text`` (the sentence), tried only at the words that start
        like one of its patterns when every pattern starts with literal letters (the same matches as
        ``finditer``, without scanning every position)."""
        if prefixes is None:
            yield from verbs.finditer(text)
            return
        base = sentence.start
        taken = 0
        starts_like = self.vocab.word_starts
        for token in sentence.tokens if candidates is None else candidates:
            if token.kind != "word" and token.kind != "abbrev" or token.start - base < taken:
                continue
            word = token.text
            if "-" not in word:
                if not starts_like(word)[which]:
                    continue
                starts = (0,)
            else:
                starts = [0] + [index + 1 for index, char in enumerate(word) if char == "-"]
            for offset in starts:
                if not word.startswith(prefixes, offset):
                    continue
                group = verbs.for_word(word[offset:] if offset else word)
                match = group.match(text, token.start - base + offset) if group is not None else None
                if match:
                    taken = match.end()
                    yield match
                    break

    def _verb_subject(self, sentence: Sentence, start: int, end: int) -> str | None | bool:
        """The source a speech verb names: the words right after it, else before it.

        Returns False when the verb has no subject that can be a source (impersonal "es", "man").
        With a dependency parse (stanza depparse) the verb's subject decides, wherever it stands."""
        parsed = speech_subject(sentence, start)
        if parsed is not UNKNOWN:
            if isinstance(parsed, str):
                if any(word in self.vocab.vague_subjects for word in parsed.split()):
                    return False
                return normalise_source(parsed)
            return parsed
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

    def _wanted_segments(self) -> set[int] | None:
        """Starts of the segments worth analysing: display copy (headline, teaser, subheadings,
        captions), every paragraph that holds a figure, and the paragraph before it (a source or
        speaker it may continue). Paragraphs far from any figure carry nothing a rule asks about;
        skipping them is most of the layer's speed. None: analyse everything."""
        if not self.limit:
            return None
        from newslint.analysis.quantities import quantities

        segments = self.document.segments
        position = {segment.start: index for index, segment in enumerate(segments)}
        wanted = {segment.start for segment in segments if segment.kind not in ("paragraph", "bullet")}
        for quantity in quantities(self.document):
            if quantity.kind in _NOT_FIGURES or not (quantity.claim or quantity.high >= 1000 and quantity.noun
                                                    and not quantity.vague):
                continue  # neither a claim figure (NL101) nor one NL201 compares
            segment = self.document.segment_at(quantity.start)
            index = position.get(segment.start) if segment else None
            if index is None:
                continue
            wanted.add(segment.start)
            for previous in range(index - 1, max(index - 3, -1), -1):
                wanted.add(segments[previous].start)
                if segments[previous].kind not in ("bullet", "subheading"):
                    break  # (past a subheading to the paragraph before it: a speaker named there)
        return wanted

    def _figure_sentences(self) -> set[int] | None:
        """Sentences holding a figure (not a date, year, label …); None when every sentence is analysed."""
        if not self.limit:
            return None
        from newslint.analysis.quantities import quantities

        return {quantity.sentence for quantity in quantities(self.document) if quantity.kind not in _NOT_FIGURES}

    def _claim_sentences(self, analysed: set[int]) -> list[int]:
        """The analysed sentences that hold a claim figure (only their rule/plan status is ever asked)."""
        if not self.limit:
            return sorted(analysed)
        from newslint.analysis.quantities import quantities

        return sorted({quantity.sentence for quantity in quantities(self.document)
                       if quantity.claim and quantity.sentence in analysed})

    def analyse(self) -> Attributions:
        document = self.document
        sentences = document.sentences
        results: list[SentenceSource] = []
        segment_of: list[int] = []
        kinds: list[str] = []
        wanted = self._wanted_segments()
        analysed: set[int] = set()
        segment_list = document.segments
        position = 0
        for index, sentence in enumerate(sentences):
            # sentences and segments are both in text order: walk them together
            while position < len(segment_list) and segment_list[position].end <= sentence.start:
                position += 1
            segment = segment_list[position] if position < len(segment_list) and \
                segment_list[position].start <= sentence.start < segment_list[position].end \
                else document.segment_at(sentence.start)
            segment_of.append(segment.start if segment else -1)
            kinds.append(segment.kind if segment else "paragraph")
            if wanted is not None and segment_of[-1] not in wanted and segment is not None:
                results.append(SentenceSource(index))
                continue
            analysed.add(index)
            cues = self.sentence_cues(sentence, kinds[-1])
            named = [cue for cue in cues if not cue.vague and cue.kind != "actor"]
            result = SentenceSource(index, cues=cues)
            if named:
                result.named = result.own = True
                result.source = next((cue.source for cue in named if cue.source), None)
            elif any(cue.vague for cue in cues):
                result.vague = True
            elif cues:  # an actor's plan or demand: the figure needs no source, but names none
                result.named = result.actor = True
            results.append(result)
        self._quotes(results, sentences, segment_of)
        self._inherit(results, sentences, segment_of, kinds)
        quotes = []
        for segment in document.segments:
            if wanted is not None and segment.start not in wanted:
                continue
            for match in _QUOTED.finditer(self.text, segment.start, segment.end):
                if match.end() - match.start() > 12:  # not scare quotes around a word or two
                    quotes.append(match.span())
        label = _interview_regex()
        # speaker labels that open segments ("ZEIT: …", "Dean: …"): an interview when two speakers take turns
        # (unlike "Stand: …" and "Schlagworte: …", or a list of places each named once)
        labelled = [segment for segment in document.segments if segment.kind != "headline"
                    and label.match(self.text, segment.start, segment.end)]
        all_labelled = labelled
        if labelled and not _speakers_take_turns([self.text[segment.start:segment.end].split(":")[0]
                                                  for segment in labelled]):
            labelled = [segment for segment in labelled if segment.start == 0]  # a headline label: "Nato: …"
        if not labelled and label.match(self.text):
            labelled = [document.segments[0]]
        if len(labelled) < 2:
            # labels at the start of lines inside a segment ("Redaktion: …\nKrüger: …" joined into one paragraph)
            found_labels = [match.group(0).split(":")[0] for match in _line_labels().finditer(self.text)]
            names = set(found_labels)
            turns = sum(1 for left, right in zip(found_labels, found_labels[1:]) if left != right)
            if 2 <= len(names) <= 3 and turns >= 3 and all(found_labels.count(name) >= 2 for name in names):
                # speakers take turns ("Redaktion: …", "Krüger: …", …), unlike a list of places or a repeated title
                first_label = _line_labels().search(self.text)
                labelled = [segment for segment in document.segments if segment.end > first_label.start()][:2]
        questions = [segment for segment in document.segments if segment.kind == "paragraph"
                     and self.text[segment.start:segment.end].rstrip().endswith("?")]
        for segment in document.segments:
            # a paragraph that opens a quotation and never closes it: the quote runs on
            text = self.text[segment.start:segment.end]
            if text[:1] in '„»"' and not _QUOTED.match(text):
                quotes.append((segment.start - 1, segment.end + 1))
        first_person = _first_person_words()
        first_person_hint = _first_person_regex()
        for index in sorted(analysed):
            sentence = sentences[index]
            if first_person_hint.search(self.text, sentence.start, sentence.end) is not None and any(
                    token.text.lower() in first_person for token in sentence.tokens if token.is_word):
                # someone speaking in the first person (a quote or an interview answer) goes on to the
                # end of the paragraph: "Ja, darum haben wir … Am Ende kamen 1.200 Gäste."
                segment = document.segment_at(sentence.start)
                end = segment.end if segment is not None and not segment.is_display or segment is not None \
                    and segment.kind == "teaser" else sentence.end
                quotes.append((sentence.start - 1, end + 1))
        if len(labelled) < 2 and len(questions) >= 2:
            # round 5: labels only on the first question and its answer ("SZ: … ?" / "Name: …"), then unlabelled
            # turns: an interview from the labelled question on (its questions, too, are the interview's words)
            pair = self._labelled_pair(all_labelled, questions)
            if pair:
                labelled = pair
        if len(labelled) >= 2 or labelled and len(questions) >= 2:  # an interview: answers are the interviewee's
            quotes.extend((segment.start - 1, segment.end + 1) for segment in document.segments
                          if segment.kind in ("paragraph", "bullet") and segment.start > labelled[0].start)
        elif self._unlabelled_interview(questions):
            # question paragraphs each followed by an answer: the answers are the interviewee's words
            quotes.extend((segment.start - 1, segment.end + 1) for segment in document.segments
                          if segment.kind in ("paragraph", "bullet") and segment.start > questions[0].start
                          and segment not in questions)
        # the normative search runs only for the sentences a rule asks about (few: claim figures
        # without a source), not for every claim sentence
        claim_sentences = self._claim_sentences(analysed)
        normative = _Normative(self.vocab.normative, self.flat, sentences, claim_sentences)
        acts = _Acts(self.flat, sentences, claim_sentences, document.text)
        return Attributions(results, quotes, normative, acts, None if wanted is None else frozenset(analysed))

    def _labelled_pair(self, labelled: list, questions: list) -> list:
        """A labelled question paragraph right followed by a paragraph with another label (the answer)."""
        paragraphs = [segment for segment in self.document.segments if segment.kind in ("paragraph", "bullet")]
        labelled_starts = {segment.start: segment for segment in labelled}
        question_starts = {segment.start for segment in questions}
        for first, second in zip(paragraphs, paragraphs[1:]):
            if first.start in labelled_starts and first.start in question_starts and second.start in labelled_starts \
                    and self.text[first.start:first.end].split(":")[0] != self.text[second.start:second.end].split(":")[0]:
                return [first, second]
        return []

    def _unlabelled_interview(self, questions: list) -> bool:
        """Three or more short question paragraphs, each followed by a paragraph that is not a question."""
        if len(questions) < 3:
            return False
        paragraphs = [segment for segment in self.document.segments if segment.kind in ("paragraph", "bullet")]
        position = {segment.start: index for index, segment in enumerate(paragraphs)}
        question_starts = {segment.start for segment in questions}
        answered = 0
        for question in questions:
            index = position.get(question.start)
            if index is None or question.end - question.start > 400:
                continue
            if index + 1 < len(paragraphs) and paragraphs[index + 1].start not in question_starts:
                answered += 1
        return answered >= 3 and answered >= 0.6 * len(questions)

    def _quotes(self, results: list[SentenceSource], sentences: list[Sentence], segment_of: list[int]) -> None:
        """Sentences inside a multi-sentence quote take the attribution of the sentence that closes or
        introduces it: „Satz eins. Satz zwei“, sagte X."""
        open_since: int | None = None
        for index, sentence in enumerate(sentences):
            if index > 0 and segment_of[index] != segment_of[index - 1]:
                open_since = None
            if not _QUOTE_MARK.search(self.text, sentence.start, sentence.end):
                continue  # no quotation mark: the sentence neither opens nor closes a quote
            text = self.text[sentence.start:sentence.end]
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
                        results[member].quoted = True
                        if not results[member].named:
                            results[member].named = results[member].inherited = True
                            results[member].source = results[donor].source
                open_since = None

    def _inherit(self, results: list[SentenceSource], sentences: list[Sentence], segment_of: list[int],
                 kinds: list[str]) -> None:
        vocab = self.vocab
        # backward: "Das teilte das Ministerium mit." names the source of the sentence before it
        for index in range(1, len(sentences)):
            if segment_of[index] != segment_of[index - 1]:
                continue
            closing = None if results[index].own or results[index].vague \
                else vocab.closing_reported.match(self.flat, sentences[index].start, sentences[index].end)
            if closing and not results[index - 1].named:
                # round 5: "… hat sie 80.000 Euro ausgegeben. Dazu 30.000 Euro fürs Segeln. Das habe sie aus ihren
                # Quittungen zusammengerechnet.": reported speech (Konjunktiv I) of the person the paragraph is
                # about closes the tally; it sources the unsourced sentences before it (back to a vague one)
                results[index].named = results[index].inherited = True
                results[index].source = closing.group("speaker")
                earlier = index - 1
                while earlier >= 0 and segment_of[earlier] == segment_of[index] and not results[earlier].vague:
                    if not results[earlier].named:
                        results[earlier].named = results[earlier].inherited = True
                        results[earlier].source = results[index].source
                    earlier -= 1
                continue
            if not results[index].own:
                continue
            if vocab.anaphoric.match(self.flat, sentences[index].start, sentences[index].end) \
                    and any(cue.kind in ("verb", "phrase") for cue in results[index].cues) \
                    and (not results[index - 1].named or results[index].source and vocab.document_closing is not None
                         and vocab.document_closing.search(self.flat, sentences[index].start, sentences[index].end)):
                # (round 2: a closing that names the document the paragraph is drawn from, "Das ist dem Bericht des
                # Instituts zu entnehmen", sweeps back over a sentence with its own speaker, too)
                # "… Insgesamt gab es 700 Festnahmen. Es gab 2765 Notrufe. Das teilte die Polizei mit.": the
                # closing sentence sources the unsourced sentences of its paragraph before it
                # (only a sentence that names its source and opens with a pronoun, not with "So …")
                earlier = index - 1
                sweep = bool(results[index].source) and not self.text.startswith("So ", sentences[index].start)
                while earlier >= 0 and segment_of[earlier] == segment_of[index] and not results[earlier].vague:
                    if results[earlier].named:
                        if not sweep:
                            break
                        earlier -= 1  # a sentence with its own cue keeps it; the sweep goes on past it
                        continue
                    results[earlier].named = results[earlier].inherited = True
                    results[earlier].source = results[index].source
                    earlier -= 1
                    if not sweep:
                        break
        # forward within the paragraph; reported speech and "demnach" across paragraphs
        last_named: SentenceSource | None = None
        last_segment_count = 0
        current_segment = None
        segments_since = 0
        subheadings_since = 0
        last_subheading_count = 0
        colon_source: SentenceSource | None = None  # "… ergab folgende Werte:" introduces the next block
        strict = vocab.reported_strict
        figures = self._figure_sentences()
        for index, result in enumerate(results):
            if segment_of[index] != current_segment:
                previous_kind = kinds[index - 1] if index else None
                if index and (result.named or not self.text[sentences[index - 1].start:sentences[index - 1].end]
                              .rstrip().endswith(":")) and not (colon_source is not None and kinds[index] == "bullet"
                                                                 and previous_kind == "bullet"):
                    colon_source = None
                if index and results[index - 1].named and self.text[
                        sentences[index - 1].start:sentences[index - 1].end].rstrip().endswith(":"):
                    colon_source = results[index - 1]
                current_segment = segment_of[index]
                segments_since += 1
                if kinds[index] == "subheading":
                    subheadings_since += 1  # round 2: a subheading between does not part reported speech
                paragraph_source: SentenceSource | None = colon_source
                paragraph_vague = False
                continued = False  # the paragraph took its source over from the paragraph before it
                if paragraph_source is None and not result.named and not result.vague and index \
                        and kinds[index] in ("paragraph", "bullet") and (kinds[index - 1] in ("paragraph", "bullet", "teaser")
                                                                         or _continues_line(self.text, sentences[index].start)):
                    # (a paragraph opening in lower case continues the line before it, even a "subheading")
                    paragraph_source = self._continued(results, sentences, segment_of, index)
                    continued = paragraph_source is not None
                elif paragraph_source is None and not result.named and not result.vague and index >= 2 \
                        and kinds[index] in ("paragraph", "bullet") and kinds[index - 1] == "subheading" \
                        and segment_of[index - 1] != segment_of[index - 2] \
                        and kinds[index - 2] in ("paragraph", "bullet", "teaser") \
                        and vocab.link_back.match(self.flat, sentences[index].start, sentences[index].end):
                    # round 4: over a subheading only an explicit link back ("Im gleichen Zeitraum …", "Davon …")
                    # to the sourced last sentence of the paragraph before the subheading
                    paragraph_source = self._linked_back(results, sentences, index)
                    continued = paragraph_source is not None
            if paragraph_source is None and not result.named and not result.vague \
                    and kinds[index] in ("paragraph", "bullet", "teaser") and self._sourced_next(
                        results, sentences, segment_of, index, figures is None or index in figures):
                # an unsourced sentence (none before it in the paragraph is sourced either) whose next
                # sentence names the source; which source is unknown: NL201 still compares
                result.named = result.inherited = True
            if result.named:
                if result.own and not result.vague:
                    continued = False  # session 7: the paragraph names its own source; hearsay after it takes that one
                if result.own or result.inherited or result.actor:
                    paragraph_source = result
                    last_named = result
                    last_segment_count = segments_since
                    last_subheading_count = subheadings_since
                if result.source is None and any(cue.kind == "demnach" for cue in result.cues) and last_named \
                        and last_named is not result:
                    result.source = last_named.source
                continue
            if kinds[index] == "headline":
                continue
            if paragraph_source is not None and continued and any(
                    token.text.lower() in vocab.hedges for token in sentences[index].tokens if token.is_word):
                pass  # hearsay in a continued paragraph keeps no borrowed source ("Sie sollen … haben")
            elif paragraph_source is not None:
                result.named = result.inherited = True
                result.source = paragraph_source.source
                if paragraph_source is not colon_source and paragraph_source.index == index - 1 \
                        and segment_of[index - 1] != segment_of[index]:
                    paragraph_source = result  # a continued paragraph: its source carries on within it
                if paragraph_source is colon_source:
                    last_segment_count = segments_since  # the introduced block continues that source
                    last_subheading_count = subheadings_since
                continue
            if result.vague:
                paragraph_vague = True
                continue
            if paragraph_vague:
                result.vague = True
                continue
            if last_named is None or figures is not None and index not in figures:
                continue  # reported speech names only the sentence itself: only sentences with figures ask
            text = self.flat[sentences[index].start:sentences[index].end]
            # (session 6 round 2: the paragraph after the speaker's, also over a subheading between: "…, sagt X." /
            # "Der Verband bremst Erwartungen" / "… Die Beschäftigten hätten im Januar 2,9 Prozent mehr bekommen.")
            near = segments_since - last_segment_count - (subheadings_since - last_subheading_count) <= 1
            if near and (vocab.reported.search(text) or text.startswith("Danach ")) or strict and any(
                    token.text in strict for token in sentences[index].tokens) and not vocab.reported_idioms.search(text):
                # reported speech continues the last named speaker; "Danach …" reads "according to it"
                result.named = result.inherited = True
                result.source = last_named.source

    def _continued(self, results: list[SentenceSource], sentences: list[Sentence], segment_of: list[int],
                   index: int) -> SentenceSource | None:
        """The previous paragraph's last sentence when the paragraph opening at ``index`` clearly continues
        it: that sentence is sourced (not just an actor's plan), the opening sentence carries no hedge, and
        it opens with a continuation word ("Demnach", "Davon", "Zudem", "Die Zahlen …") or the sentence
        right after it names a source by a phrase ("…, wie X sagte", "Laut X …"): a figure between two
        sourced sentences. Cheap checks first; only figure sentences ask."""
        previous = results[index - 1]
        if not previous.named or previous.actor or previous.vague:
            return None
        sentence = sentences[index]
        vocab = self.vocab
        hedges = vocab.hedges
        if any(token.text.lower() in hedges for token in sentence.tokens if token.is_word):
            return None  # "Zusätzlich soll X 5.000 Arbeiter geschickt haben": hearsay, no continuation
        if vocab.continuation.match(self.flat, sentence.start, sentence.end) \
                or _continues_line(self.text, sentence.start):
            return previous  # a continuation word, or the rest of a sentence broken off by a line break
        if self._shares_topic(sentences[index - 1], sentence):
            return previous  # the opening sentence takes up a noun of the sourced sentence before it
        # or a noun of an earlier sourced sentence of that paragraph (a chain of statistics: "Laut Landesamt stiegen
        # die Mieten … Am stärksten in A. …" / "In den übrigen Kreisstädten stiegen die Mieten …")
        earlier = index - 2
        while earlier >= 0 and segment_of[earlier] == segment_of[index - 1] and index - earlier <= 6:
            # (only a sentence that reports data: a source phrase or a report verb, not an opinion or a quote's tag)
            if results[earlier].own and not results[earlier].vague and any(
                    cue.kind in ("phrase", "demnach") or cue.kind == "verb"
                    and self.text[cue.start:cue.end].lower().startswith(self.vocab.later_sentence_cues)
                    for cue in results[earlier].cues) \
                    and self._shares_topic(sentences[earlier], sentence):
                return previous
            earlier -= 1
        following = index + 1
        if previous.own and following < len(results) and segment_of[following] == segment_of[index] \
                and results[following].own and any(cue.kind in ("phrase", "demnach") for cue in results[following].cues):
            # between two sourced sentences; which of the two gives the figure is unknown (NL201 still compares)
            return SentenceSource(previous.index, named=True, inherited=True)
        return None

    def _linked_back(self, results: list[SentenceSource], sentences: list[Sentence], index: int) -> SentenceSource | None:
        """The sourced last sentence of the paragraph before the subheading right before ``index`` (no hedge in
        the linking sentence, no actor's plan or vague source as donor)."""
        previous = results[index - 2]
        if not previous.named or previous.actor or previous.vague:
            return None
        if any(token.text.lower() in self.vocab.hedges for token in sentences[index].tokens if token.is_word):
            return None
        return previous

    def _nouns(self, sentence: Sentence) -> set[str]:
        """The sentence's capitalised words of 6+ letters (not its first word, not in the stop list), lower case
        without a plural or case ending: the nouns that carry its topic."""
        stop = self.vocab.topic_stop
        nouns = set()
        for token in sentence.tokens[1:]:
            word = token.text
            if token.kind != "word" or len(word) < 6 or not word[:1].isupper() or word.isupper():
                continue
            low = word.lower()
            for ending in ("en", "es", "n", "s", "e"):
                if low.endswith(ending) and len(low) - len(ending) >= 5:
                    low = low[: -len(ending)]
                    break
            if low not in stop:
                nouns.add(low)
        return nouns

    def _shares_topic(self, previous: Sentence, sentence: Sentence) -> bool:
        """The two sentences share a topic noun, or one's noun ends the other's compound ("Impfung" /
        "Zweitimpfungen")."""
        before, now = self._nouns(previous), self._nouns(sentence)
        if before & now:
            return True
        return any(long.endswith(short) for short in now for long in before if len(long) > len(short)) or any(
            long.endswith(short) for short in before for long in now if len(long) > len(short))

    def _between_account_and_quote(self, sentences: list[Sentence], segment_of: list[int], index: int) -> bool:
        """Session 8: the sentence right before ``index`` (same paragraph) is reported speech (Konjunktiv I, not an
        idiom) and the sentence right after it is a quote closed by a speaker tag: the speaker's account goes on
        through the figure. The caller checks that the tag has a named subject."""
        before, after = index - 1, index + 1
        if before < 0 or after >= len(sentences) or segment_of[before] != segment_of[index] \
                or segment_of[after] != segment_of[index]:
            return False
        if not self._reported_speech(sentences[before]):
            return False
        return self.text[sentences[after].start:sentences[after].start + 1] in _OPENING_QUOTES + '"'

    def _reported_speech(self, sentence: Sentence) -> bool:
        """The sentence is someone's account in Konjunktiv I: a form that is never indicative, and no idiom that
        merely uses one ("Es sei denn …")."""
        return any(token.text in self.vocab.reported_strict for token in sentence.tokens) \
            and not self.vocab.reported_idioms.search(self.flat, sentence.start, sentence.end)

    def _sourced_next(self, results: list[SentenceSource], sentences: list[Sentence], segment_of: list[int],
                      index: int, far: bool = True) -> bool:
        """The opening sentence of a paragraph whose next sentence names a source by a phrase ("Rund 20 Prozent
        kochen öfter selbst. Das ergab laut dem Institut eine Befragung."): the paragraph rests on that
        source. Not when the opening sentence carries a hedge."""
        hedges = self.vocab.hedges
        if any(token.text.lower() in hedges for token in sentences[index].tokens if token.is_word):
            return False
        verbs = self.vocab.next_sentence_verbs
        # the source may come later in the paragraph ("… 46 Verkehrstote. … Von Januar bis April …, wie das
        # Landesamt am Freitag mitteilte."), over sentences that are neither sourced, vague nor hearsay
        reported = self._reported_speech(sentences[index])
        # (beyond the next sentence only for a sentence with a figure: the others need no source)
        account = True  # round 2: every sentence since the figure is reported speech (Konjunktiv I, no quotation mark)
        for following in range(index + 1, len(results) if far else min(index + 2, len(results))):
            if segment_of[following] != segment_of[index]:
                return False
            if following == index + 1 and results[following].named and not results[following].vague \
                    and any(cue.kind in ("verb", "actor") for cue in results[following].cues) \
                    and self._between_account_and_quote(sentences, segment_of, index):
                # session 8: the figure stands between a speaker's account in reported speech right before it and
                # the speaker's tagged quote right after it ("… habe die Not verschärft. Statt vier Milliarden
                # erhielten die Häuser nur zwei. „…“, verlangte Muster."): the figure is the account's
                return True
            if results[following].own:
                if account and following > index + 1 and any(cue.kind == "verb" and cue.source
                                                              for cue in results[following].cues):
                    # session 6 round 2: the figure opens a speaker's account that goes on in reported speech up to
                    # the speaker's tag ("… im April 90 Prozent weniger Fahrgäste. Im Mai sei die Hälfte zurück. „…“,
                    # meinte Muster."): the figure is the account's
                    return True
                if self.vocab.presentation_occasion is not None and any(
                        cue.kind == "verb" for cue in results[following].cues) \
                        and self.vocab.presentation_occasion.search(self.flat, sentences[following].start,
                                                                    sentences[following].end):
                    # session 6 round 2: a named speaker's tag at the occasion where the figures were presented
                    # ("…, sagten Vorstandschef X und Y auf der Bilanzpressekonferenz", "…, schrieb die Anstalt
                    # bei der Präsentation der Analyse"): the paragraph's figures before it are that account's
                    return True
                if following == index + 1 or reported and any(cue.kind == "verb" and cue.source
                                                              for cue in results[following].cues):
                    # reported speech (Konjunktiv I) whose speaker is named later in the paragraph: "Die Quote
                    # habe unter 60 Prozent gelegen. … Das sei ein Fehler, sagte Muster."
                    return any(cue.kind in ("phrase", "demnach") or cue.kind == "verb" and cue.source
                               and (reported or self.text[cue.start:cue.end].split(" ", 1)[0].lower() in verbs
                                    or self.text[cue.start:cue.end].lower().startswith(self.vocab.later_sentence_cues))
                               for cue in results[following].cues)
                # further on only a report of the whole account ("…, wie das Landesamt am Freitag mitteilte",
                # "nach eigenen Angaben"): a closing speaker tag (", sagte eine Sprecherin") or a source of other
                # figures ("Dem Amt zufolge starben 2020 …", "in den Umfragen") speaks for its own sentence
                # round 4: or "demnach" ("according to it"), which reads the whole paragraph back to its report
                # ("Die Partei kommt auf zehn Prozent. Es folgen … Mehrheiten gäbe es demnach für …")
                if self.vocab.own_figure_opening is not None and self.vocab.own_figure_opening.match(
                        self.text, sentences[index].start, sentences[index].end) and any(
                        cue.kind == "verb" and cue.source
                        and self.text[cue.start:cue.end].split(" ", 1)[0].lower() in verbs
                        for cue in results[following].cues):
                    return True  # session 6: "Fast 80 Prozent ihrer Kinder … „…“, sagt die Schulleiterin X."
                later = self.vocab.later_sentence_cues
                if self.vocab.later_written_cues and not _QUOTE_MARK.search(
                        self.text, sentences[following].start, sentences[following].end):
                    later = later + self.vocab.later_written_cues  # round 7: "…, schreibt der Forscher" (no quote)
                return any(cue.kind == "demnach" or cue.kind in ("phrase", "verb") and any(
                    word.lower().startswith(later) for word in _WORD.findall(self.text, cue.start, cue.end))
                           for cue in results[following].cues)
            account = account and not results[following].quoted and self._reported_speech(sentences[following]) \
                and not _QUOTE_MARK.search(self.text, sentences[following].start, sentences[following].end)
            if reported and results[following].quoted:
                continue  # a quote between: "Die Quote habe … gelegen. „Das geht hoch. Na und?“, sagte Muster."
            if results[following].named and results[following].inherited and not results[following].quoted \
                    and not results[following].vague:
                continue  # round 4: sourced by a later sentence ("… geschrumpft. So sei …, teilte der Konzern mit.")
            if results[following].named or results[following].vague or any(
                    token.text.lower() in hedges for token in sentences[following].tokens if token.is_word):
                return False
        return False


@analysis_layer
def attributions(document: Document) -> Attributions:
    """Per sentence: named source, vague attribution or neither (an analysis layer, cached).

    Display copy and the body paragraphs around figures are analysed (see ``Attributions.analysed``);
    use ``analyse_all`` for every sentence."""
    return _Analyser(document).analyse()


def analyse_all(document: Document) -> Attributions:
    """Like ``attributions`` but every sentence analysed (not cached; slower)."""
    return _Analyser(document, limit=False).analyse()
