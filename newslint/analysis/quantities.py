"""German number understanding: every quantity of a Document as a structured value.

``quantities(document)`` is an analysis layer (computed once per document, shared by rules). It
walks the Document's sentences and tokens (it never re-tokenizes) and returns a ``Quantities``
object whose items are ``Quantity`` values:

    "mehr als 15.800 Container mit Munition"  → low=high=15800, qualifier "mehr als" (lower),
                                                  noun "Container", content "Munition"
    "4,2 Millionen Euro"                       → 4_200_000, scale "Millionen", unit "EUR"
    "zwischen 4.000 und 5.000 Soldaten"        → range 4000–5000, noun "Soldat"
    "28.10.2024", "im Jahr 2022", "14.30 Uhr"  → kind date/year/time, ``claim`` False

``claim`` says whether the number is a claim figure (a count, amount, percentage, casualty
figure, rate or estimate that a reader would want sourced). Everything else (dates, years,
times, ordinals, ages, durations, labels such as "Paragraf 3", scores, phone numbers, small
everyday counts) is parsed but marked with the ``kind`` that explains why it is not a claim.

Vocabulary (qualifiers, scales, units, number words, counted-noun exceptions, claim categories)
lives in ``rules/numbers.toml``.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain
from pathlib import Path
from typing import Any

import regex

from newslint.config import tomllib
from newslint.document import Document, analysis_layer
from newslint.nlp.base import Token
from newslint.patterns import compile_pattern

# Kinds of quantities that are claim figures (when ``claim`` is True) and the kinds that never are.
CLAIM_KINDS = ("count", "money", "percent", "casualty", "measure", "rate")
NON_CLAIM_KINDS = ("date", "base", "year", "time", "ordinal", "age", "duration", "label", "score", "phone", "name",
                   "small", "bare", "vague", "common")


# --------------------------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------------------------
def _data_path(name: str) -> Path:
    """``rules/<name>``: the TOML data that ships with the built-in rules (package newslint_rules)."""
    try:
        from importlib.resources import files

        candidate = files("newslint_rules") / name
        if candidate.is_file():
            return Path(str(candidate))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - rules package not installed
        pass
    return Path(__file__).resolve().parents[2] / "rules" / name


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict[str, Any]:
    """A vocabulary file from ``rules/``, parsed once per process (callers must not modify it)."""
    with _data_path(name).open("rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class NumberVocabulary:
    """``rules/numbers.toml`` compiled for fast lookups."""

    qualifiers: tuple[tuple[tuple[str, ...], str, str], ...]  # (words, kind, phrase), longest first
    scales: dict[str, float]
    units: dict[str, tuple[str, str]]  # lower-cased word -> (normalised unit, kind)
    unit_phrases: tuple[tuple[tuple[str, ...], str, str], ...]  # multi-token units
    ones: dict[str, float]
    teens: dict[str, float]
    tens: dict[str, float]
    halves: dict[str, float]
    vague: dict[str, tuple[float, float]]
    fractions: dict[str, float]
    measure_nouns: frozenset[str]
    stop_words: frozenset[str]
    determiners: frozenset[str]
    lemmas: dict[str, str]
    synonyms: dict[str, str]  # lemma key -> group key
    common_knowledge: frozenset[str]
    label_words: frozenset[str]
    year_cues: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    rate_words: frozenset[str]
    categories: tuple[tuple[str, str, Any], ...]  # (domain, category, compiled pattern)
    change: Any
    written_number: Any
    any_category: Any = None  # one regex that matches where any category pattern could
    word_prefixes: tuple[str, ...] = ()  # lower-case beginnings of number words ("zwei", "elf", "hundert")
    word_prefixes_no_article: tuple[str, ...] = ()  # the same without "ein…" (mostly the article)
    prefix_heads: frozenset[str] = frozenset()  # first three letters of the prefixes: a fast pre-check
    word_heads: frozenset[str] = frozenset()  # first three letters of every word _has_number_word looks for
    trigger: Any = None  # finds sentences that may hold a quantity at all
    qualifier_ends: frozenset[str] = frozenset()  # last words of the qualifiers: a fast pre-check
    size_nouns: frozenset[str] = frozenset()  # keys of nouns that state an institution's size
    size_prepositions: frozenset[str] = frozenset()
    base_words: frozenset[str] = frozenset()
    size_possessives: frozenset[str] = frozenset()
    # the qualifiers that can end with a word, in ``qualifiers`` order (longest first)
    qualifiers_by_end: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = field(default_factory=dict)
    # the multi-token units that start with a word, in ``unit_phrases`` order (longest first)
    unit_phrases_by_start: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "NumberVocabulary":
        qualifiers = []
        for kind, phrases in data["qualifiers"].items():
            for phrase in phrases:
                qualifiers.append((tuple(phrase.lower().split()), kind, phrase))
        qualifiers.sort(key=lambda item: -len(item[0]))
        units: dict[str, tuple[str, str]] = {}
        phrases = []
        for kind, table in data["units"].items():
            for word, normal in table.items():
                parts = tuple(word.lower().split())
                if len(parts) > 1:
                    phrases.append((parts, normal, kind))
                else:
                    units[parts[0]] = (normal, kind)
        words = data["words"]
        counted = data["counted"]
        context = data["context"]
        synonyms: dict[str, str] = {}
        for group in counted.get("synonyms", []):
            head = noun_key(group[0])
            for member in group:
                synonyms[noun_key(member)] = head
        categories = []
        for domain, table in data.get("categories", {}).items():
            for category, patterns in table.items():
                pattern = compile_pattern(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)",
                                          f"numbers.toml: categories.{domain}.{category}", regex.IGNORECASE)
                categories.append((domain, category, pattern))
        change = compile_pattern(r"(?<!\w)(?:" + "|".join(data["change"]["cues"]) + r")(?!\w)",
                                 "numbers.toml: change.cues", regex.IGNORECASE)
        ones, teens, tens = words["units"], words["teens"], words["tens"]
        unit_alt = "|".join(sorted(ones, key=len, reverse=True))
        teen_alt = "|".join(sorted(teens, key=len, reverse=True))
        tens_alt = "|".join(sorted(tens, key=len, reverse=True))
        below100 = rf"(?:(?:{unit_alt})und(?:{tens_alt})|{tens_alt}|{teen_alt}|{unit_alt})"
        below1000 = rf"(?:(?:{unit_alt})?hundert(?:{below100})?|{below100})"
        written = regex.compile(
            rf"(?P<thousands>(?:{below1000})?tausend)?(?P<rest>{below1000})?(?P<half>einhalb)?", regex.IGNORECASE)
        all_patterns = [pattern for table in data.get("categories", {}).values() for patterns in table.values()
                        for pattern in patterns]
        any_category = compile_pattern(r"(?<!\w)(?:" + "|".join(all_patterns) + r")(?!\w)",
                                       "numbers.toml: categories", regex.IGNORECASE)
        prefixes = tuple(sorted({*ones, *teens, *tens, *words.get("halves", {}), *words.get("vague", {}),
                                 "hundert", "tausend"}))
        number_words = "|".join(regex.escape(word) for word in sorted(
            {*prefixes, *(key.lower() for key in data["scales"])}, key=len, reverse=True))
        trigger = regex.compile(r"\d|(?<!\w)(?:" + number_words + r")", regex.IGNORECASE)
        qualifier_ends = frozenset(words[-1] for words, _, _ in qualifiers if words)
        unit_phrases = tuple(sorted(phrases, key=lambda item: -len(item[0])))
        return cls(
            qualifiers_by_end={end: tuple(item for item in qualifiers if not item[0] or item[0][-1] == end)
                               for end in qualifier_ends},
            unit_phrases_by_start={first: tuple(item for item in unit_phrases if item[0][0] == first)
                                   for first in {words[0] for words, _, _ in unit_phrases}},
            any_category=any_category,
            qualifier_ends=qualifier_ends,
            size_nouns=frozenset(synonyms.get(noun_key(word), noun_key(word)) for word in counted.get("size_nouns", [])),
            size_prepositions=frozenset(context.get("size_prepositions", [])),
            base_words=frozenset(context.get("base_words", [])),
            size_possessives=frozenset(context.get("size_possessives", [])),
            word_prefixes=prefixes,
            prefix_heads=frozenset(prefix[:3] for prefix in prefixes),
            word_heads=frozenset(word[:3] for word in (*prefixes, *(key.lower() for key in data["scales"]),
                                                        *words.get("fractions", {}), "ein")),
            word_prefixes_no_article=tuple(prefix for prefix in prefixes if not prefix.startswith("ein")),
            trigger=trigger,
            qualifiers=tuple(qualifiers),
            scales={key.lower(): float(value) for key, value in data["scales"].items()},
            units=units,
            unit_phrases=unit_phrases,
            ones={k: float(v) for k, v in ones.items()},
            teens={k: float(v) for k, v in teens.items()},
            tens={k: float(v) for k, v in tens.items()},
            halves={k: float(v) for k, v in words.get("halves", {}).items()},
            vague={k: (float(v[0]), float(v[1])) for k, v in words.get("vague", {}).items()},
            fractions={k: float(v) for k, v in words.get("fractions", {}).items()},
            measure_nouns=frozenset(counted.get("measure_nouns", [])),
            stop_words=frozenset(counted.get("stop_words", [])),
            determiners=frozenset(counted.get("determiners", [])),
            lemmas=dict(counted.get("lemmas", {})),
            synonyms=synonyms,
            common_knowledge=frozenset(noun_key(word) for word in counted.get("common_knowledge", [])),
            label_words=frozenset(context.get("label_words", [])),
            year_cues=frozenset(word.lower() for word in context.get("year_cues", [])),
            months=frozenset(context.get("months", [])),
            weekdays=frozenset(context.get("weekdays", [])),
            rate_words=frozenset(word.lower() for word in context.get("rate_words", [])),
            categories=tuple(categories),
            change=change,
            written_number=written,
        )


@lru_cache(maxsize=1)
def vocabulary() -> NumberVocabulary:
    """The number vocabulary, loaded once per process."""
    return NumberVocabulary.from_data(load_toml("numbers.toml"))


# --------------------------------------------------------------------------------------------
# nouns
# --------------------------------------------------------------------------------------------
_SUFFIX_RULES = (  # (plural ending, replacement), first match wins; builtin backend only
    ("innen", "in"), ("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"), ("schaften", "schaft"),
    ("ionen", "ion"), ("täten", "tät"), ("nisse", "nis"), ("linge", "ling"), ("lingen", "ling"),
    ("anten", "ant"), ("enten", "ent"), ("isten", "ist"), ("aten", "at"), ("oren", "or"), ("eure", "eur"),
    ("iere", "ier"), ("ieren", "ier"), ("toten", "tote"),
)


def lemmatize(token_text: str, lemma: str | None = None) -> str:
    """The dictionary form of a counted noun: the backend's lemma, else exceptions and suffix rules."""
    if lemma:
        return lemma
    return _lemma_by_rules(token_text)


@lru_cache(maxsize=16384)
def _lemma_by_rules(token_text: str) -> str:
    """``lemmatize`` without a backend lemma: the exceptions, then the suffix rules (cached per word)."""
    vocab = vocabulary()
    if token_text in vocab.lemmas:
        return vocab.lemmas[token_text]
    for ending, replacement in _SUFFIX_RULES:
        if token_text.endswith(ending) and len(token_text) > len(ending) + 2:
            return token_text[: -len(ending)] + replacement
    return token_text


@lru_cache(maxsize=16384)
def noun_key(noun: str) -> str:
    """A comparison key for counted nouns: lower case, inflection and feminine "-in" removed."""
    key = noun.lower().split("-")[-1]
    for ending in ("innen", "in"):
        if key.endswith(ending) and len(key) > len(ending) + 3 and ending == "innen" or \
                ending == "in" and key.endswith("erin") and len(key) > 6:
            key = key[: -len(ending)]
            break
    for ending in ("en", "n", "e", "s"):
        if key.endswith(ending) and len(key) > len(ending) + 3:
            key = key[: -len(ending)]
            break
    return key


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude stem for modifiers ("russische", "russischen" → "russisch")."""
    word = word.lower()
    for ending in ("ern", "em", "en", "er", "es", "e", "s", "n"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


# --------------------------------------------------------------------------------------------
# the value
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Quantity:
    """One quantity in a document. Offsets index ``Document.text``; ``start``/``end`` cover the
    whole expression (qualifier … unit / counted noun), ``number_start``/``number_end`` the figure."""

    start: int
    end: int
    number_start: int
    number_end: int
    text: str
    low: float
    high: float
    kind: str  # count, money, percent, casualty, measure, rate, or a NON_CLAIM_KINDS value
    claim: bool
    sentence: int  # index into document.sentences
    segment: str  # kind of the segment: headline, teaser, paragraph, ...
    qualifier: str | None = None
    qualifier_kind: str | None = None  # lower, upper, approx
    scale: str | None = None
    unit: str | None = None  # normalised: %, EUR, USD, km, t, ...
    unit_kind: str | None = None  # percent, currency, measure, time
    noun: str | None = None  # lemma of the counted noun: "Soldat", "Container"
    noun_text: str | None = None  # the noun as written: "Nordkorea-Soldaten"
    content: str | None = None  # what a measure noun holds: "Munition" in "Container mit Munition"
    modifiers: tuple[str, ...] = ()  # stems of adjectives, compound parts, genitive/"aus" attachments
    vague: bool = False  # "Tausende", "Hunderte Millionen"
    written: bool = False  # "elf", "zwölftausend", "zweieinhalb"
    is_range: bool = False
    fmt: str | None = None  # dot (15.000), space (15 000), plain (15000), comma (15,000), decimal, point (3.5 %), None
    # where ``categories`` and ``changing`` are read from, on first ask (most figures are never compared)
    clause: _Clause | None = field(default=None, compare=False, repr=False)

    @property
    def categories(self) -> tuple[tuple[str, str], ...]:
        """(domain, category) pairs the figure's clause expresses: ("casualty", "killed")."""
        return self._context()[0]

    @property
    def changing(self) -> bool:
        """Whether the clause describes a change or another period ("stieg auf", "Vorjahr")."""
        return self._context()[1]

    def _context(self) -> tuple[tuple[tuple[str, str], ...], bool]:
        known = self.__dict__.get("_context_values")
        if known is None:
            known = self.clause.read(self.number_start, self.noun is not None) if self.clause else ((), False)
            object.__setattr__(self, "_context_values", known)  # a cache, not a field: frozen stays frozen
        return known

    @property
    def value(self) -> float:
        return self.low if self.low == self.high else (self.low + self.high) / 2

    @property
    def key(self) -> str | None:
        """What is counted, for comparing mentions: the noun's synonym group, or None."""
        if not self.noun:
            return None
        key = noun_key(self.noun)
        return vocabulary().synonyms.get(key, key)

    @property
    def is_display(self) -> bool:
        return self.segment in ("headline", "teaser", "subheading")

    def category(self, domain: str) -> str | None:
        return next((category for dom, category in self.categories if dom == domain), None)

    def describe(self) -> str:
        """Short German rendering for messages: 'mehr als 15.000 Container'."""
        return self.text


def _filling_init(cls: type) -> type:
    """Give a frozen dataclass an ``__init__`` with the same signature and defaults that fills the
    instance ``__dict__`` in one step instead of one ``object.__setattr__`` call per field (about twice as
    fast; the generated frozen ``__init__`` set 25 fields one by one, for a dozen figures per article)."""
    from dataclasses import MISSING, fields

    defaults: dict[str, Any] = {}
    parameters = []
    for item in fields(cls):
        if not item.init or item.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{item.name}: only plain fields with plain defaults")
        if item.default is MISSING:
            parameters.append(item.name)
        else:
            defaults[item.name] = item.default
            parameters.append(f"{item.name}=_defaults[{item.name!r}]")
    values = ", ".join(f"{item.name!r}: {item.name}" for item in fields(cls))
    namespace: dict[str, Any] = {"_defaults": defaults}
    exec(f"def __init__(self, {', '.join(parameters)}):\n    self.__dict__.update({{{values}}})\n", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls


_filling_init(Quantity)


@dataclass
class Quantities:
    """All quantities of a document, in text order."""

    items: list[Quantity]
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [item.start for item in self.items]

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def claims(self) -> list[Quantity]:
        return [item for item in self.items if item.claim]

    def in_sentence(self, index: int) -> list[Quantity]:
        return [item for item in self.items if item.sentence == index]

    def at(self, offset: int) -> Quantity | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and self.items[index].start <= offset < self.items[index].end:
            return self.items[index]
        return None


# --------------------------------------------------------------------------------------------
# parsing
# --------------------------------------------------------------------------------------------
_DIGITS = regex.compile(r"\d")
_PLAIN = regex.compile(r"\d+")
_DOTTED = regex.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACED = regex.compile(r"\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+")
_DECIMAL = regex.compile(r"(?P<int>\d{1,3}(?:[.\u00a0\u202f\u2009 ]\d{3})*|\d+),(?P<dec>\d+)")
# An English decimal point, which the tokenizer keeps in one number only before a percent sign or word
# ("16.58 %" in pasted results tables): read as 16.58, not as "16" and "58 %".
_POINT_DECIMAL = regex.compile(r"\d{1,3}\.\d{1,2}")
_RANGE_WORDS = frozenset({"bis", "–", "-", "—", "‒"})
_CURRENCY_SIGNS = frozenset({"€", "$", "£"})
_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "–", "—"})
_NON_DIGIT = regex.compile(r"\D")
_ENGLISH_THOUSANDS = regex.compile(r"[1-9]\d{0,2},\d{3}")
_AGE_PATTERN = regex.compile(r"jährig|jährige|Jährige|Jahre\b|jahre\b", regex.IGNORECASE)


def _is_capitalised_word(token: Token) -> bool:
    return token.is_word and token.text[:1].isupper()


def parse_number_text(text: str) -> tuple[float, str] | None:
    """Value and format of a digit token: '15.800' → (15800, 'dot'); '4,2' → (4.2, 'decimal')."""
    if _PLAIN.fullmatch(text):
        return float(text), "plain"
    if _DOTTED.fullmatch(text):
        return float(text.replace(".", "")), "dot"
    if _SPACED.fullmatch(text):
        return float(_NON_DIGIT.sub("", text)), "space"
    match = _DECIMAL.fullmatch(text)
    if match:
        integer = _NON_DIGIT.sub("", match["int"])
        return float(f"{integer}.{match['dec']}"), "decimal"
    if _POINT_DECIMAL.fullmatch(text):
        return float(text), "point"
    return None


@lru_cache(maxsize=16384)
def parse_written(word: str) -> float | None:
    """Value of a written German number: 'elf' → 11, 'zwölftausend' → 12000, 'zweieinhalb' → 2.5."""
    vocab = vocabulary()
    low = word.lower()
    if low in vocab.halves:
        return vocab.halves[low]
    match = vocab.written_number.fullmatch(low)
    if not match or not match.group(0):
        return None
    total = 0.0
    if match["thousands"]:
        head = match["thousands"][: -len("tausend")]
        total += (_below_thousand(head) if head else 1) * 1000
    if match["rest"]:
        total += _below_thousand(match["rest"])
    if match["half"]:
        total += 0.5
    return total


def _below_thousand(text: str) -> float:
    vocab = vocabulary()
    total = 0.0
    if "hundert" in text:
        head, _, text = text.partition("hundert")
        total += (vocab.ones.get(head, 1) if head else 1) * 100
    if not text:
        return total
    if text in vocab.ones:
        return total + vocab.ones[text]
    if text in vocab.teens:
        return total + vocab.teens[text]
    if text in vocab.tens:
        return total + vocab.tens[text]
    if "und" in text:
        one, _, ten = text.partition("und")
        return total + vocab.ones.get(one, 0) + vocab.tens.get(ten, 0)
    return total


class _SentenceParser:
    """Finds the quantities of one sentence."""

    def __init__(self, document: Document, index: int, segment: str) -> None:
        self.document = document
        self.text = document.text
        self.index = index
        self.sentence = document.sentences[index]
        self.tokens = self.sentence.tokens
        self.count = len(self.tokens)
        self.segment = segment
        self.vocab = vocabulary()

    def parse(self) -> list[Quantity]:
        found: list[Quantity] = []
        tokens = self.tokens
        may_start = _HEAD_STARTS
        # the tokens that may start a quantity: numbers, dates and ordinals, and the words whose first three
        # letters start a digit or a number word (most words of a sentence are neither). The test is on the
        # first three letters (a few thousand, cached): a cache of whole words would be probed with the
        # fresh strings of every new document, which costs more than the slice.
        candidates = [index for index, token in enumerate(tokens)
                      if token.kind in _FIGURE_STARTS or may_start[token.text[:3].lower()]]
        position = 0
        for candidate in candidates:
            if candidate < position:
                continue  # inside the quantity found before
            token = tokens[candidate]
            start = _FIGURE_STARTS.get(token.kind) or _QUANTITY_STARTS[token.kind, token.text]
            if not start:
                continue
            position = candidate
            if start == _STARTS_NUMBER:
                result = self._numeric(position)
            elif start == _STARTS_WORDED:
                result = self._worded(position)
            elif start == _STARTS_DIGIT_WORD:
                text = tokens[position].text
                result = self._simple(position, "age" if _AGE_PATTERN.search(text) else "name")
            elif start == _STARTS_DATE:
                result = self._simple(position, "date")
            else:
                result = self._simple(position, "ordinal")
            if result is None:
                position += 1
                continue
            quantity, after = result
            found.append(quantity)
            position = max(after, position + 1)
        found = self._backgrounds(found)
        return [self._with_context(item, found) for item in found]

    def _backgrounds(self, found: list[Quantity]) -> list[Quantity]:
        """Claim figures that are background in their construction: the base of a proportion ("12 von 80
        Höfen", "9 von einer Million Menschen"), the whole of a share ("23 Prozent der rund 1.500 Betriebe")
        and an institution's size ("mit 3.200 Mitarbeitern")."""
        if not any(item.claim for item in found):
            return found
        vocab = self.vocab
        tokens = self.tokens
        index_of = {token.start: index for index, token in enumerate(tokens)}
        ends = {item.number_end: item for item in found}
        whole_ends = {item.end: item for item in found}
        result = []
        for item in found:
            first = index_of.get(item.start)
            if item.claim and first is not None and first > 0:
                before = tokens[first - 1].text.lower()
                if before in vocab.base_words and first > 1:
                    previous = ends.get(tokens[first - 2].end)
                    if previous is not None and previous.kind not in ("date", "year", "time", "ordinal", "label") \
                            and previous.unit == item.unit and previous.high <= item.high:
                        item = _replace(item, kind="base", claim=False)
                elif before in ("der", "des", "aller") and first > 1 and item.unit_kind is None:
                    # "23 Prozent der rund 1.500 Betriebe": the whole a share is taken of
                    previous = ends.get(tokens[first - 2].end) or whole_ends.get(tokens[first - 2].end)
                    if previous is not None and previous.unit == "%":
                        item = _replace(item, kind="base", claim=False)
                elif item.key is not None and item.key in vocab.size_nouns and item.unit_kind is None and (
                        before in vocab.size_prepositions or before in vocab.size_possessives and first > 1
                        and tokens[first - 2].text.lower() in vocab.size_prepositions
                        or before in (",", "und", "sowie") and result
                        and result[-1].kind == "common" and result[-1].end == tokens[first - 1].start):
                    item = _replace(item, kind="common", claim=False)
            result.append(item)
        return result

    # --- helpers ----------------------------------------------------------------------------
    def _simple(self, position: int, kind: str) -> tuple[Quantity, int]:
        token = self.tokens[position]
        return Quantity(token.start, token.end, token.start, token.end, token.text, 0.0, 0.0, kind, False,
                        self.index, self.segment), position + 1

    def _qualifier(self, position: int) -> tuple[str | None, str | None, int]:
        """Qualifier ending right before token ``position``: (phrase, kind, index of its first token)."""
        tokens = self.tokens
        if position == 0:
            return None, None, position
        candidates = self.vocab.qualifiers_by_end.get(tokens[position - 1].text.lower())
        if candidates is None:
            return None, None, position
        # the words before the figure, lower-cased once (as many as the longest candidate has)
        before = tuple([token.text.lower() for token in tokens[max(0, position - len(candidates[0][0])):position]])
        for words, kind, phrase in candidates:  # only those ending with the word before the figure, longest first
            if len(words) > len(before):
                continue  # longer than the sentence before the figure
            if before[len(before) - len(words):] == words:
                first = position - len(words)
                return " ".join(token.text for token in tokens[first:position]), kind, first
        return None, None, position

    def _scale_unit(self, position: int) -> tuple[str | None, float, str | None, str | None, int]:
        """Scale and unit starting at ``position``: (scale, multiplier, unit, unit kind, next index)."""
        tokens = self.tokens
        scale, multiplier, unit, unit_kind = None, 1.0, None, None
        if position < self.count and tokens[position].text.lower() in self.vocab.scales:
            scale = tokens[position].text
            multiplier = self.vocab.scales[tokens[position].text.lower()]
            position += 1
        if position < self.count:
            word = tokens[position].text.lower()
            for words, normal, kind in self.vocab.unit_phrases_by_start.get(word, ()):
                if position + len(words) <= self.count and all(
                        tokens[position + offset].text.lower() == word for offset, word in enumerate(words)):
                    return scale, multiplier, normal, kind, position + len(words)
            if word in self.vocab.units:
                normal, kind = self.vocab.units[word]
                token = tokens[position]
                # single letters ("m", "t", "g") only directly after a figure and not capitalised
                if len(word) > 1 and token.text[:1].isalpha() or token.text.islower() or not token.text.isalpha():
                    return scale, multiplier, normal, kind, position + 1
        return scale, multiplier, unit, unit_kind, position

    def _noun(self, position: int) -> tuple[dict[str, Any], int]:
        """The counted noun starting at ``position`` (after adjectives, determiners, compounds)."""
        tokens = self.tokens
        vocab = self.vocab
        modifiers: list[str] = []
        index = position
        while index < self.count:
            token = tokens[index]
            if not token.is_word:
                break
            low = token.text.lower()
            if token.upos in ("ADJ", "VERB") or token.upos is None and not token.text[:1].isupper() \
                    and low not in vocab.stop_words and len(low) > 3 and low.endswith(("e", "en", "er", "es", "em")):
                if low in vocab.determiners:
                    index += 1
                    continue
                modifiers.append(stem(low))
                index += 1
                continue
            if index == position and low in vocab.determiners:
                if self._nominative_after(index):
                    break
                index += 1
                continue
            if token.upos in ("NOUN", "PROPN") or token.upos is None and token.text[:1].isupper():
                if token.text in vocab.months or token.text in vocab.weekdays:
                    break
                return self._noun_phrase(index, modifiers), index + 1
            break
        return {}, position

    def _nominative_after(self, index: int) -> bool:
        """"der" before an adjective ending in a bare "-e" opens a new noun phrase in the nominative ("mit 3,8 Prozent
        der größte Verlierer"), never a genitive of the figure ("4,6 Prozent der abgegebenen Stimmen")."""
        tokens = self.tokens
        if index + 1 >= self.count or tokens[index].text.lower() != "der":
            return False
        word = tokens[index + 1].text
        return tokens[index + 1].is_word and word[:1].islower() and word.endswith("e") \
            and word.lower() not in self.vocab.determiners

    def _noun_phrase(self, index: int, modifiers: list[str]) -> dict[str, Any]:
        tokens = self.tokens
        token = tokens[index]
        parts = token.text.split("-")
        head = parts[-1] if parts[-1][:1].isupper() or len(parts) == 1 else token.text
        modifiers = modifiers + [stem(part) for part in parts[:-1] if part and head != token.text]
        lemma = lemmatize(head, token.lemma if head == token.text else None)
        info: dict[str, Any] = {"noun": lemma, "noun_text": token.text, "noun_end": token.end,
                                "modifiers": modifiers}
        # gender pairs: "Läuferinnen und Läufer" count one thing
        after = index + 1
        if after + 1 < self.count and tokens[after].text.lower() in ("und", "oder") \
                and tokens[after + 1].text[:1].isupper() and noun_key(tokens[after + 1].text) == noun_key(lemma):
            info["noun"] = lemmatize(tokens[after + 1].text, tokens[after + 1].lemma)
            info["noun_end"] = tokens[after + 1].end
            after += 2
        # constructions: "Container Munition", "Container mit Munition", "Mitarbeiter der Verwaltung"
        if after < self.count:
            nxt = tokens[after]
            if token.text in self.vocab.measure_nouns or lemma in self.vocab.measure_nouns:
                if _is_capitalised_word(nxt) and nxt.text not in self.vocab.months:
                    info["content"] = lemmatize(nxt.text, nxt.lemma)
                    info["modifiers"] = modifiers + [stem(nxt.text)]
                    info["noun_end"] = nxt.end
                elif nxt.text.lower() in ("mit", "an") and after + 1 < self.count:
                    target = self._attachment(after + 1)
                    if target:
                        info["content"] = lemmatize(target.text, target.lemma)
                        info["modifiers"] = modifiers + [stem(target.text)]
                        info["noun_end"] = target.end
            elif nxt.text.lower() in ("der", "des", "aus") and after + 1 < self.count:
                target = self._attachment(after + 1)
                if target:
                    info["modifiers"] = modifiers + [stem(target.text.split("-")[-1])]
        return info

    def _attachment(self, index: int) -> Token | None:
        tokens = self.tokens
        while index < self.count and tokens[index].is_word and tokens[index].text[:1].islower() \
                and tokens[index].text.lower() not in self.vocab.stop_words:
            index += 1
        if index < self.count and _is_capitalised_word(tokens[index]):
            return tokens[index]
        return None

    def _noun_before(self, first: int, money: bool = False) -> dict[str, Any]:
        """"Die Zahl der Grippetoten liegt bei 41.000", "ein Schaden von 2,4 Millionen Euro"."""
        tokens = self.tokens
        for index in range(first - 1, -1, -1):
            token = tokens[index]
            if token.kind in ("number",) or token.text in (";",):
                break
            low = token.text.lower()
            if low.endswith("zahl") and token.text[:1].isupper() and index + 2 < first \
                    and tokens[index + 1].text.lower() in ("der", "von", "an"):
                target = self._attachment(index + 2)
                if target is not None and target.start < tokens[first].start:
                    return {"noun": lemmatize(target.text, target.lemma), "noun_text": target.text,
                            "modifiers": []}
        if money and first >= 2 and tokens[first - 1].text.lower() == "von" and _is_capitalised_word(tokens[first - 2]) \
                and tokens[first - 2].text not in self.vocab.label_words:
            target = tokens[first - 2]
            return {"noun": lemmatize(target.text, target.lemma), "noun_text": target.text, "modifiers": []}
        return {}

    # --- digits ---------------------------------------------------------------------------
    def _numeric(self, position: int) -> tuple[Quantity, int] | None:
        tokens = self.tokens
        token = tokens[position]
        vocab = self.vocab
        nxt = tokens[position + 1] if position + 1 < self.count else None
        prev = tokens[position - 1] if position > 0 else None
        if nxt is not None and nxt.text.lower() == "uhr":  # "14.30 Uhr", "20 Uhr"
            return self._simple(position, "time")
        parsed = _NUMBER_TEXTS[token.text]
        if parsed is None:
            return self._simple(position, "name")
        value, fmt = parsed
        # scores and ratios: "2:1", "24 zu 17 Stimmen", race times "2:21:37"
        if nxt is not None and nxt.text == ":" and nxt.start == token.end and position + 2 < self.count \
                and tokens[position + 2].kind == "number":
            after = position + 3
            while after + 1 < self.count and tokens[after].text == ":" and tokens[after + 1].kind == "number":
                after += 2
            quantity, _ = self._simple(position, "score")
            return _replace_span(quantity, token.start, tokens[after - 1].end, self.text), after
        if nxt is not None and nxt.text.lower() == "zu" and position + 2 < self.count \
                and tokens[position + 2].kind == "number":
            quantity, _ = self._simple(position, "score")
            return _replace_span(quantity, token.start, tokens[position + 2].end, self.text), position + 3
        # phone numbers and codes: leading zero, or a run of digit groups after a phone label
        if token.text.startswith("0") and len(token.text) >= 3 and fmt == "plain" or \
                prev is not None and prev.text in ("Tel.", "Telefon", "Fax", "Hotline", "Bürgertelefon",
                                                   "Telefonnummer", "Rufnummer", "+"):
            after = position + 1
            while after < self.count and (tokens[after].kind == "number" or tokens[after].text in ("/", "-")
                                           or _DIGITS.match(tokens[after].text)) \
                    and tokens[after].start - tokens[after - 1].end <= 1:
                after += 1
            quantity, _ = self._simple(position, "phone")
            return _replace_span(quantity, token.start, tokens[after - 1].end, self.text), after

        qualifier, qualifier_kind, first = self._qualifier(position)
        low = high = value
        last = position
        is_range = False
        # ranges: "4.000 bis 5.000", "4.000–5.000", "zwischen 4.000 und 5.000"
        if position + 2 < self.count and tokens[position + 2].kind == "number" and (
                tokens[position + 1].text in _RANGE_WORDS
                or tokens[position + 1].text.lower() == "und" and position > 0 and tokens[position - 1].text.lower() == "zwischen"):
            second = parse_number_text(tokens[position + 2].text)
            if second is not None and second[0] > value:
                high = second[0]
                last = position + 2
                is_range = True
                if tokens[position + 1].text.lower() == "und":
                    qualifier, qualifier_kind, first = None, None, position - 1
        # a currency sign before the number: "€ 5", "$ 20"
        unit_before = None
        if prev is not None and prev.text in _CURRENCY_SIGNS and first == position:
            unit_before = vocab.units[prev.text.lower()]
            first = position - 1
        scale, multiplier, unit, unit_kind, after = self._scale_unit(last + 1)
        if unit_before and not unit:
            unit, unit_kind = unit_before
        # English thousands separator: "15,000 Standardcontainer" (a count, not 15.0)
        if fmt == "decimal" and _ENGLISH_THOUSANDS.fullmatch(token.text) and not scale and not unit \
                and nxt is not None and _is_capitalised_word(nxt):
            value = low = float(token.text.replace(",", ""))
            if not is_range:
                high = low
            fmt = "comma"
        if is_range and scale:
            # "4 bis 5 Millionen": both ends take the scale
            pass
        low, high = low * multiplier, high * multiplier
        noun_info, noun_after = self._noun(after)
        if not noun_info and unit_kind in (None, "currency", "percent"):
            if unit_kind == "percent" and after < self.count and tokens[after].text.lower() in ("der", "des", "aller") \
                    and not self._nominative_after(after):
                noun_info, noun_after = self._noun(after + 1)
            if not noun_info:
                noun_info = self._noun_before(first, money=unit_kind == "currency")
        end_token = tokens[max(after - 1, last)]
        end = max(end_token.end, noun_info.get("noun_end", 0)) if noun_info and noun_after > after \
            else end_token.end
        if noun_info and noun_after > after:
            end = max(end, noun_info.get("noun_end", end))
        kind, claim = self._classify_digits(position, first, token, value, fmt, low, high, qualifier, scale,
                                            unit, unit_kind, noun_info, is_range)
        text = self.text[tokens[first].start:end]
        quantity = Quantity(
            start=tokens[first].start, end=end, number_start=token.start,
            number_end=tokens[last].end, text=text, low=low, high=high, kind=kind, claim=claim,
            sentence=self.index, segment=self.segment, qualifier=qualifier, qualifier_kind=qualifier_kind,
            scale=scale, unit=unit, unit_kind=unit_kind, noun=noun_info.get("noun"),
            noun_text=noun_info.get("noun_text"), content=noun_info.get("content"),
            modifiers=tuple(noun_info.get("modifiers", ())), is_range=is_range, fmt=fmt,
        )
        return quantity, max(after, noun_after if noun_info and noun_after > after else after, last + 1)

    def _classify_digits(self, position: int, first: int, token: Token, value: float, fmt: str, low: float,
                         high: float, qualifier: str | None, scale: str | None, unit: str | None,
                         unit_kind: str | None, noun: dict[str, Any], is_range: bool) -> tuple[str, bool]:
        tokens = self.tokens
        vocab = self.vocab
        prev = tokens[first - 1] if first > 0 else None
        prev_low = prev.text.lower() if prev is not None else ""
        # club names: "SV 1910 Musterstadt", "FC 1905 Beispielheim" (an abbreviation, a founding year, a place)
        if fmt == "plain" and len(token.text) == 4 and 1800 <= value <= 2100 and not scale and not unit \
                and not qualifier and prev is not None and 2 <= len(prev.text) <= 4 \
                and sum(char.isupper() for char in prev.text) >= 2 and noun.get("noun_text", "")[:1].isupper():
            return "name", False
        # years: a plain four-digit number in 1800–2100 without scale or unit
        if fmt == "plain" and len(token.text) == 4 and 1800 <= value <= 2100 and not scale and not unit:
            participle = any(word.startswith("ge") or word.endswith(("et", "t")) for word in noun.get("modifiers", ()))
            if not noun or prev_low in vocab.year_cues or 1950 <= value <= 2030 and not qualifier or (prev is not None and prev.text in vocab.months) \
                    or qualifier is None and prev is None or participle:
                return "year", False
        if fmt == "plain" and is_range and 1800 <= value <= 2100 and len(token.text) == 4 and not unit:
            return "year", False
        # earlier years: "im März 1412", "im Jahr 1517", "von 1412 bis 1803"
        if fmt == "plain" and 3 <= len(token.text) <= 4 and 500 <= value < 1800 and not scale and not unit \
                and not qualifier and prev is not None and (prev.text in vocab.months or prev_low in (
                    "jahr", "jahre", "jahres", "anno") or is_range and len(token.text) == 4 and not noun):
            return "year", False
        # labels: "Paragraf 3", "Seite 12", "Platz 16", "Boeing 747"
        if prev is not None and (prev.text in vocab.label_words or prev.text.rstrip(".") in vocab.label_words) \
                and not qualifier and not scale and not unit_kind in ("currency", "percent"):
            return "label", False
        if unit_kind == "time":
            if position > 0 and tokens[position - 1].text.lower() in vocab.rate_words \
                    and self._qualifier(position - 1)[0]:
                return "rate", True  # "etwa alle 500 Jahre"; a plain schedule ("alle 14 Tage") is no claim
            return ("age" if unit == "a" and self._followed_by(position, ("alt", "alte", "alten", "alter"))
                    else "duration"), False
        if unit_kind == "percent":
            if value == 100 and prev_low == "zu":
                return "common", False
            return "percent", True
        if unit_kind == "currency":
            return "money", high >= 10_000 or bool(qualifier) and high >= 1000
        noun_name = noun.get("noun")
        key = noun_key(noun_name) if noun_name else None
        casualty = self._is_casualty(noun)
        if unit_kind == "measure":
            return "measure", bool(qualifier) and high >= 1000 or bool(scale)
        if key and key in vocab.common_knowledge:
            return "common", False
        if not noun_name:
            if prev is not None and _is_capitalised_word(prev) and not qualifier and not scale and first == position \
                    and position > 1:
                return "label", False
            if scale and high >= 1_000_000:
                return "count", True
            return "bare", False
        if casualty:
            return "casualty", high >= 10
        if scale:
            return "count", True
        if high >= 1000:
            return "count", True
        if high >= 10 and qualifier:
            return "count", True
        if high >= 100:
            return "count", True
        return "small", False

    def _followed_by(self, position: int, words: tuple[str, ...]) -> bool:
        return any(token.text.lower() in words for token in self.tokens[position + 1: position + 4])

    def _is_casualty(self, noun: dict[str, Any]) -> bool:
        return _is_casualty_noun(noun.get("noun_text") or "")

    # --- words ----------------------------------------------------------------------------
    def _worded(self, position: int) -> tuple[Quantity, int] | None:
        tokens = self.tokens
        vocab = self.vocab
        token = tokens[position]
        low = token.text.lower()
        if not low.startswith(vocab.word_prefixes):
            return None  # fast path: no number word starts like this
        nxt = tokens[position + 1] if position + 1 < self.count else None
        if nxt is not None and nxt.text.lower() in ("bis", "und"):
            written_range = self._written_range(position)
            if written_range is not None:
                return written_range
        if low in _ARTICLE_NUMBERS and (nxt is None or nxt.text.lower() not in vocab.fractions
                                        and nxt.text.lower() not in vocab.scales):
            return None  # the article (most words that get here): a number only before a fraction or a scale
        # vague quantities: "Dutzende", "Hunderte Millionen", "Tausende Menschen"
        if low in ("tausend", "hundert") and position > 0 and tokens[position - 1].text.lower() in ("viele", "einige", "mehrere", "paar", "ein paar"):
            lo, hi = (1000.0, 9999.0) if low == "tausend" else (100.0, 999.0)
            quantity = Quantity(tokens[position - 1].start, token.end, token.start, token.end,
                                self.text[tokens[position - 1].start:token.end], lo, hi, "vague", False, self.index,
                                self.segment, vague=True)
            return quantity, position + 1
        if low in vocab.vague and (token.text[:1].isupper() or low in ("mehrere", "etliche", "zahlreiche", "unzählige")):
            lo, hi = vocab.vague[low]
            if low in ("millionen", "milliarden") and (position == 0 or tokens[position - 1].kind == "number"
                                                      or parse_written(tokens[position - 1].text.lower()) is not None):
                return None  # a scale word of a number, handled there
            scale, multiplier, unit, unit_kind, after = self._scale_unit(position + 1)
            noun_info, noun_after = self._noun(after)
            if low in ("mehrere", "etliche", "zahlreiche", "unzählige") and not (scale or unit or noun_info):
                return None
            qualifier, qualifier_kind, first = self._qualifier(position)
            end = max(tokens[after - 1].end if after > position + 1 else token.end,
                      noun_info.get("noun_end", 0) if noun_info else 0)
            quantity = Quantity(
                tokens[first].start, end, token.start, token.end, self.text[tokens[first].start:end],
                lo * multiplier, hi * multiplier, "vague", False, self.index, self.segment, qualifier=qualifier,
                qualifier_kind=qualifier_kind, scale=scale, unit=unit, unit_kind=unit_kind,
                noun=noun_info.get("noun"), noun_text=noun_info.get("noun_text"), content=noun_info.get("content"),
                modifiers=tuple(noun_info.get("modifiers", ())), vague=True)
            return quantity, max(after, noun_after, position + 1)
        # fractions: "ein Drittel", "zwei Drittel", "die Hälfte"
        if nxt is not None and nxt.text.lower() in vocab.fractions and (low in vocab.ones or parse_written(low)):
            factor = parse_written(low) or 1.0
            value = factor * vocab.fractions[nxt.text.lower()]
            qualifier, qualifier_kind, first = self._qualifier(position)
            quantity = Quantity(tokens[first].start, nxt.end, token.start, nxt.end,
                                self.text[tokens[first].start:nxt.end], value, value, "fraction", False,
                                self.index, self.segment, qualifier=qualifier, qualifier_kind=qualifier_kind,
                                unit="fraction", written=True)
            return quantity, position + 2
        if low in _ARTICLE_NUMBERS:
            # "ein"/"eine" are numbers only before a scale: "eine Million"
            if nxt is None or nxt.text.lower() not in vocab.scales:
                return None
        value = parse_written(low)
        if value is None or value == 0:
            return None
        qualifier, qualifier_kind, first = self._qualifier(position)
        scale, multiplier, unit, unit_kind, after = self._scale_unit(position + 1)
        noun_info, noun_after = self._noun(after)
        total = value * multiplier
        noun_name = noun_info.get("noun")
        key = noun_key(noun_name) if noun_name else None
        if unit_kind == "time":
            kind, claim = ("rate", True) if position > 0 and tokens[position - 1].text.lower() in vocab.rate_words \
                and self._qualifier(position - 1)[0] else ("duration", False)
        elif unit_kind == "percent":
            kind, claim = "percent", True
        elif unit_kind == "currency":
            kind, claim = "money", total >= 10_000
        elif unit_kind == "measure":
            kind, claim = "measure", bool(scale)
        elif key and key in vocab.common_knowledge:
            kind, claim = "common", False
        elif scale and (noun_name or total >= 1_000_000):
            kind, claim = "count", True
        elif noun_name and self._is_casualty(noun_info) and total >= 10:
            kind, claim = "casualty", True
        elif noun_name and total >= 1000:
            kind, claim = "count", True
        else:
            kind, claim = "small", False
        end_candidates = [tokens[after - 1].end if after > position + 1 else token.end]
        if noun_info:
            end_candidates.append(noun_info.get("noun_end", 0))
        end = max(end_candidates)
        quantity = Quantity(
            tokens[first].start, end, token.start, token.end, self.text[tokens[first].start:end], total, total,
            kind, claim, self.index, self.segment, qualifier=qualifier, qualifier_kind=qualifier_kind, scale=scale,
            unit=unit, unit_kind=unit_kind, noun=noun_name, noun_text=noun_info.get("noun_text"),
            content=noun_info.get("content"), modifiers=tuple(noun_info.get("modifiers", ())), written=True)
        return quantity, max(after, noun_after, position + 1)

    def _written_range(self, position: int) -> tuple[Quantity, int] | None:
        """A range of two number words, read like "4.000 bis 5.000": "ein bis zwei Prozentpunkte" (1–2),
        "zwischen sechs und acht Millionen Tonnen" (both ends take the scale). Without it the first word was
        dropped (or an article) and the second read as the figure. "ein"/"eine"/... count as 1 only before
        "bis" and a number word (never after "zwischen": the plain article stays out)."""
        tokens = self.tokens
        if position + 2 >= self.count:
            return None
        word = tokens[position].text.lower()
        between = tokens[position + 1].text.lower() == "und"
        if between and (position == 0 or tokens[position - 1].text.lower() != "zwischen"):
            return None
        if word in _ARTICLE_FORMS and (between or word not in _ARTICLE_NUMBERS):
            return None
        second_word = tokens[position + 2].text.lower()
        first, second = parse_written(word), parse_written(second_word)
        if first is None or second is None or second_word in _ARTICLE_FORMS or not 0 < first < second:
            return None
        result = self._worded(position + 2)
        if result is None:
            return None
        quantity, after = result
        if quantity.is_range or quantity.vague or quantity.number_start != tokens[position + 2].start:
            return None
        multiplier = quantity.high / second  # the scale, unit factor or fraction both ends share
        for tail, factor in (("tausend", 1000.0), ("hundert", 100.0)):
            # "zwei bis dreitausend" (the suspended "zwei- bis dreitausend"): 2000–3000, not 2–3000
            if second_word.endswith(tail) and second_word != tail and first * factor < second:
                first *= factor
                break
        # "zwischen" is the range's own word, not a qualifier; before "bis" one may stand ("etwa zwei bis drei")
        qualifier, qualifier_kind, start = (None, None, position - 1) if between else self._qualifier(position)
        kind, claim = quantity.kind, quantity.claim
        if quantity.unit_kind == "time" and position > 0 and tokens[position - 1].text.lower() in \
                self.vocab.rate_words and self._qualifier(position - 1)[0]:
            kind, claim = "rate", True  # "etwa alle zwei bis drei Jahre", as for digits
        begin = tokens[start].start
        return _replace(quantity, start=begin, number_start=tokens[position].start, text=self.text[begin:quantity.end],
                        low=first * multiplier, kind=kind, claim=claim, qualifier=qualifier,
                        qualifier_kind=qualifier_kind, is_range=True), after

    # --- context --------------------------------------------------------------------------
    def _with_context(self, quantity: Quantity, siblings: list[Quantity]) -> Quantity:
        """The quantity with its clause, from which claim categories and change cues are read on first
        ask (``Quantity.categories``, ``Quantity.changing``)."""
        if quantity.kind in ("date", "ordinal", "time", "phone", "name", "score", "label", "year", "vague", "duration",
                             "age"):
            return quantity  # no rule compares these (NL201/NL202 skip vague figures and durations)
        if quantity.high < 10:
            return quantity  # below every comparison threshold (NL202 from 10, NL201 from 1,000)
        return _replace(quantity, clause=_Clause(self.text, self.sentence, quantity, siblings))


class _Clause:
    """A figure's clause within its sentence: between the clause punctuation and the neighbouring
    figures. Read only when a rule asks for the figure's categories or change cues."""

    __slots__ = ("text", "sentence", "quantity", "siblings")

    def __init__(self, text: str, sentence, quantity: Quantity, siblings: list[Quantity]) -> None:
        self.text, self.sentence, self.quantity, self.siblings = text, sentence, quantity, siblings

    def read(self, number_start: int, has_noun: bool) -> tuple[tuple[tuple[str, str], ...], bool]:
        """(categories, changing) of the clause."""
        before_start, after_end = self.bounds()
        vocab = vocabulary()
        text = self.text
        # one search over the whole clause first: most clauses name no category and no change
        categories: tuple[tuple[str, str], ...] = ()
        if vocab.any_category.search(text, before_start, after_end):
            after_text = text[number_start:after_end]
            before_text = text[before_start:number_start]
            categories = _categories(after_text) or _categories(before_text)
        changing = False
        # only NL201 asks whether a figure describes a change, and only for figures with a counted noun
        match = vocab.change.search(text, before_start, after_end) if has_noun else None
        if match is not None:
            if match.end() <= number_start and match.start() > before_start \
                    or match.start() >= number_start and match.start() > before_start:
                changing = True  # the match lies inside one side of the figure
            else:
                changing = bool(vocab.change.search(text[before_start:number_start])
                                or vocab.change.search(text[number_start:after_end]))
        return categories, changing

    def bounds(self) -> tuple[int, int]:
        quantity = self.quantity
        before_start = self.sentence.start
        after_end = self.sentence.end
        for token in self.sentence.tokens:
            if token.end <= quantity.start and token.text in _CLAUSE_PUNCT:
                before_start = token.end
            elif token.start >= quantity.end and token.text in _CLAUSE_PUNCT:
                after_end = token.start
                break
        for other in self.siblings:
            if other is quantity or other.kind in ("date", "ordinal", "time", "phone", "name", "label", "year"):
                continue
            if other.end <= quantity.start:
                before_start = max(before_start, other.end)
            elif other.start >= quantity.end:
                after_end = min(after_end, other.start)
        return before_start, after_end


@lru_cache(maxsize=4096)
def _is_casualty_noun(name: str) -> bool:
    """Whether a counted noun as written names casualties ("Tote", "Verletzte"); cached per word."""
    return any(pattern.fullmatch(name) for pattern in _casualty_patterns())


@lru_cache(maxsize=1)
def _casualty_patterns() -> tuple[Any, ...]:
    """The category patterns of casualty nouns: killed, wounded, casualties."""
    return tuple(pattern for domain, category, pattern in vocabulary().categories
                 if domain == "casualty" and category in ("killed", "wounded", "casualties"))


def _categories(text: str) -> tuple[tuple[str, str], ...]:
    """(domain, category) pairs a clause expresses; killed + wounded make "casualties"."""
    if not text.strip() or not vocabulary().any_category.search(text):
        return ()
    found: dict[str, list[tuple[int, str]]] = {}
    for domain, category, pattern in vocabulary().categories:
        match = pattern.search(text)
        if match:
            found.setdefault(domain, []).append((match.start(), category))
    result = []
    for domain, hits in found.items():
        names = {name for _, name in hits}
        if domain == "casualty" and ("casualties" in names or {"killed", "wounded"} <= names):
            result.append((domain, "casualties"))
            continue
        result.append((domain, min(hits)[1]))
    return tuple(result)


def _replace(quantity: Quantity, **changes: Any) -> Quantity:
    """``dataclasses.replace`` for a Quantity without its per-call field introspection (a third of the
    cost of giving each figure its clause): a new Quantity with the same fields but ``changes``."""
    values = quantity.__dict__.copy()
    values.pop("_context_values", None)  # a cache of the old clause, not a field
    values.update(changes)
    new = object.__new__(Quantity)
    new.__dict__.update(values)
    return new


def _replace_span(quantity: Quantity, start: int, end: int, text: str) -> Quantity:
    return _replace(quantity, start=start, end=end, number_end=end, text=text[start:end])


_ARTICLE_FORMS = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
_ARTICLE_NUMBERS = frozenset({"ein", "eine", "einen", "einem", "einer"})  # "eine Million", "ein Drittel"
_STARTS_NOTHING, _STARTS_DIGIT_WORD, _STARTS_WORDED, _STARTS_NUMBER, _STARTS_DATE, _STARTS_ORDINAL = range(6)
_FIGURE_STARTS = {"number": _STARTS_NUMBER, "date": _STARTS_DATE, "ordinal": _STARTS_ORDINAL}


def _quantity_start(key: tuple[str, str]) -> int:
    """What a token of this (kind, text) can start: nothing, a word that starts with a digit ("31-Jährige",
    read as an age or a name), a number word ("zwölf", "Tausende", "eine" before a scale), a number, a
    date or an ordinal."""
    kind, text = key
    if kind in _FIGURE_STARTS:
        return _FIGURE_STARTS[kind]
    if kind != "word" and kind != "abbrev":
        return _STARTS_NOTHING
    if kind == "word" and _DIGITS.match(text):
        return _STARTS_DIGIT_WORD
    vocab = vocabulary()
    if text[:3].lower() in vocab.prefix_heads and text.lower().startswith(vocab.word_prefixes):
        return _STARTS_WORDED
    return _STARTS_NOTHING


def _is_number_word(text: str) -> bool:
    """Whether a word or abbreviation with this text is read as a number (see ``_has_number_word``)."""
    vocab = vocabulary()
    if text[:3].lower() not in vocab.word_heads:
        return False
    word = text.lower()
    if word.startswith(vocab.word_prefixes_no_article) or word in vocab.scales or word in vocab.fractions:
        return True
    return word.startswith("ein") and word not in _ARTICLE_FORMS and parse_written(word) is not None


_CACHE_SIZE = 100_000


class _WordCache(dict):
    """A per-word cache (the same words recur in every article): key -> ``compute(key)`` on first sight,
    bounded (a long run over many texts keeps only recent words)."""

    def __init__(self, compute: Callable[[Any], Any], size: int = _CACHE_SIZE) -> None:
        super().__init__()
        self.compute, self.size = compute, size

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.compute(key)
        return value


_QUANTITY_STARTS = _WordCache(_quantity_start)  # (kind, text) of a word -> what it can start


def _may_start(head: str) -> bool:
    """Whether a word's first three letters ``head`` (lower case) start a digit or a number word: a quick
    test that every word ``_quantity_start`` accepts passes."""
    return head in vocabulary().prefix_heads or bool(_DIGITS.match(head))


_HEAD_STARTS = _WordCache(_may_start)  # first three letters (lower case) -> _may_start(head)
_NUMBER_WORDS = _WordCache(_is_number_word)  # token text -> _is_number_word(text)
_WORD_KINDS = frozenset({"word", "abbrev"})
_NUMBER_TEXTS = _WordCache(parse_number_text, 16384)  # digit token text -> parse_number_text(text)


def _has_number_word(sentence) -> bool:
    """Whether a sentence without digits holds a word the parser reads as a number: a number word, a
    scale, a vague quantity or a fraction ("ein", "eine" only count before a scale or a fraction, which
    are number words themselves)."""
    return any(token.kind in _WORD_KINDS and _is_number_word(token.text) for token in sentence.tokens)


def _sentences_with_number_words(sentences: list, indices: list[int]) -> set[int]:
    """Those of ``sentences[indices]`` that ``_has_number_word``: one pass in C over the token texts of
    all of them (most hold no number word), the token kinds checked only at the hits."""
    token_lists = [sentences[index].tokens for index in indices]
    tokens = list(chain.from_iterable(token_lists))
    # a number word starts with one of a few three-letter heads ("zwe", "hun", "mil"); the full test (cached
    # per word) only at those tokens
    heads = vocabulary().word_heads
    hits = [index for index, token in enumerate(tokens) if token.text[:3].lower() in heads]
    if not hits:
        return set()
    ends = list(accumulate(map(len, token_lists)))  # one past each sentence's last token in the flat list
    found: set[int] = set()
    numbers = _NUMBER_WORDS
    for hit in hits:
        token = tokens[hit]
        if token.kind in _WORD_KINDS and numbers[token.text]:
            found.add(indices[bisect.bisect_right(ends, hit)])
    return found


def _segment_kinds(document: Document, indices: list[int] | None = None) -> list[str]:
    """The kind of each sentence's segment, or of the sentences ``indices`` (ascending) only
    (sentences and segments are both in text order)."""
    kinds = []
    segments = document.segments
    sentences = document.sentences
    position = 0
    for index in range(len(sentences)) if indices is None else indices:
        sentence = sentences[index]
        while position < len(segments) and segments[position].end <= sentence.start:
            position += 1
        if position < len(segments) and segments[position].start <= sentence.start < segments[position].end:
            kinds.append(segments[position].kind)
        else:
            segment = document.segment_at(sentence.start)
            kinds.append(segment.kind if segment else "paragraph")
    return kinds


def _sentences_with_digits(document: Document) -> set[int]:
    """Indices of the sentences whose text holds a digit: a search from each digit's sentence to the end
    of that sentence, then on (one search per sentence with digits instead of one per sentence)."""
    sentences = document.sentences
    starts = document._sentence_starts
    text = document.text
    search = _DIGITS.search
    total = len(sentences)
    found: set[int] = set()
    position = 0
    while True:
        match = search(text, position)
        if match is None:
            return found
        digit = match.start()
        index = bisect.bisect_right(starts, digit) - 1
        if index >= 0 and digit < sentences[index].end:
            found.add(index)
            position = sentences[index].end
        elif index + 1 < total:
            position = max(digit + 1, starts[index + 1])  # a digit between sentences: on to the next one
        else:
            return found


@analysis_layer
def quantities(document: Document) -> Quantities:
    """Every quantity of ``document``, in text order (an analysis layer: computed once, cached)."""
    items: list[Quantity] = []
    with_digits = _sentences_with_digits(document)
    sentences = document.sentences
    without = [index for index in range(len(sentences)) if index not in with_digits]
    wanted = sorted(with_digits.union(_sentences_with_number_words(sentences, without)))
    for index, kind in zip(wanted, _segment_kinds(document, wanted)):
        items.extend(_SentenceParser(document, index, kind).parse())
    return Quantities(items)


def parse_quantities(text: str, path: str = "<text>") -> list[Quantity]:
    """Convenience for tests and scripts: the quantities of a plain text."""
    from newslint.readers import read_text

    return quantities(read_text(text, path)).items
