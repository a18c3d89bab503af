"""The quantities layer's fast paths agree with the plain definitions they replace (invented text only):
which sentences are parsed, where a quantity may start, how a Quantity is built and copied."""
from __future__ import annotations

import dataclasses
import importlib
import inspect

import pytest
import regex

from newslint.readers import read_text

Q = importlib.import_module("newslint.analysis.quantities")  # the module (the package re-exports the function)

TEXTS = [
    "Der Rat tagte lange. Am Ende stimmten elf Mitglieder dafür.\n\nEin Drittel der Befragten ist dagegen.",
    "Es kamen Tausende. Einige gingen früh. Einmal war es laut.\n\nDie Hälfte blieb bis zum Schluss.",
    "Eine Million Euro fehlt. Eineinhalb Jahre dauerte der Bau. Eines Tages war er fertig.",
    "Ein Mann und eine Frau sprachen. Einer von ihnen lachte. Einem Kind gefiel das.",
    "Im Jahr 2022 kamen 15.800 Besucher, 2023 waren es 4,2 Millionen. Danach: nichts.\n\nZwölftausend warteten.",
    "Zahlreiche Gäste und mehrere Helfer kamen. Dutzende Autos parkten. Die Mio. fehlt, die Mrd. auch.",
    "Der 54-Jährige fuhr den F16 am 28.10.2024 um 14.30 Uhr. Er wurde 3. im Rennen.",
    "Fünfundzwanzig Kinder sangen. Zwei Drittel der Eltern hörten zu. Hunderte Millionen sahen fern.",
]


def _document(text: str):
    return read_text(text, "x.txt")


@pytest.mark.parametrize("text", TEXTS)
def test_number_word_sentences_match_the_per_sentence_test(text):
    document = _document(text)
    sentences = document.sentences
    indices = list(range(len(sentences)))
    expected = {index for index in indices if Q._has_number_word(sentences[index])}
    assert Q._sentences_with_number_words(sentences, indices) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_digit_sentences_match_a_search_per_sentence(text):
    document = _document(text)
    expected = {index for index, sentence in enumerate(document.sentences)
                if regex.search(r"\d", document.text[sentence.start:sentence.end])}
    assert Q._sentences_with_digits(document) == expected


WORDS = ["elf", "Elf", "zwölftausend", "Tausende", "Millionen", "Mio.", "Mrd.", "Tsd.", "eine", "Eineinhalb",
         "einhundert", "Dutzende", "zahlreiche", "mehrere", "31-Jährige", "F16", "7er", "Drittel", "Hälfte",
         "Haus", "zwar", "Acht", "achten", "Siebzig", "", "ä", "ZWEI"]


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("kind", ["word", "abbrev"])
def test_every_possible_start_passes_the_quick_test(word, kind):
    if Q._quantity_start((kind, word)):
        assert Q._may_start(word[:3].lower())


@pytest.mark.parametrize("text", TEXTS)
def test_parse_finds_what_a_walk_over_every_token_finds(text):
    """The parser starts only at candidate tokens; a walk that tries every token finds the same."""
    document = _document(text)
    for index in range(len(document.sentences)):
        parser = Q._SentenceParser(document, index, "paragraph")
        walked, position = [], 0
        tokens = parser.tokens
        while position < len(tokens):
            start = Q._quantity_start((tokens[position].kind, tokens[position].text))
            result = None
            if start == Q._STARTS_NUMBER:
                result = parser._numeric(position)
            elif start == Q._STARTS_WORDED:
                result = parser._worded(position)
            elif start:
                kind = {Q._STARTS_DATE: "date", Q._STARTS_ORDINAL: "ordinal"}.get(start)
                kind = kind or ("age" if Q._AGE_PATTERN.search(tokens[position].text) else "name")
                result = parser._simple(position, kind)
            if result is None:
                position += 1
                continue
            walked.append(result[0])
            position = max(result[1], position + 1)
        found = parser.parse()
        assert [item.text for item in found] == [item.text for item in walked]


def _quantity(**changes):
    values = dict(start=1, end=8, number_start=1, number_end=4, text="15.800 X", low=15800.0, high=15800.0,
                  kind="count", claim=True, sentence=0, segment="paragraph")
    values.update(changes)
    return Q.Quantity(**values)


def test_quantity_init_keeps_the_dataclass_signature():
    parameters = list(inspect.signature(Q.Quantity.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Q.Quantity)
    assert [parameter.name for parameter in parameters] == [field.name for field in fields]
    for parameter, field in zip(parameters, fields):
        expected = inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        assert parameter.default == expected, field.name


def test_quantity_is_frozen_hashable_and_comparable():
    item = _quantity(noun="X", modifiers=("russisch",))
    assert item == _quantity(noun="X", modifiers=("russisch",))
    assert hash(item) == hash(_quantity(noun="X", modifiers=("russisch",)))
    assert item != _quantity(noun="Y", modifiers=("russisch",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.low = 1.0  # type: ignore[misc]
    assert dataclasses.replace(item, kind="base") == _quantity(noun="X", modifiers=("russisch",), kind="base")


def test_fast_replace_is_dataclasses_replace():
    item = _quantity(qualifier="mehr als", qualifier_kind="lower")
    object.__setattr__(item, "_context_values", ((), True))  # a read clause cache must not be copied
    copy = Q._replace(item, kind="base", claim=False)
    assert copy == dataclasses.replace(item, kind="base", claim=False)
    assert "_context_values" not in copy.__dict__
    assert item.kind == "count"


@pytest.mark.parametrize("text, qualifier", [
    ("Mehr als 500 Menschen kamen.", "Mehr als"),
    ("Es kamen etwas mehr als 500 Menschen.", "etwas mehr als"),
    ("Es kamen deutlich mehr als 500 Menschen.", "deutlich mehr als"),
    ("Es kamen weniger als 500 Menschen.", "weniger als"),
    ("Es kamen als 500 Menschen.", None),
])
def test_qualifier_longest_phrase_ending_before_the_figure(text, qualifier):
    item = next(item for item in Q.parse_quantities(text) if "500" in item.text)
    assert item.qualifier == qualifier


def test_word_cache_is_bounded():
    calls = []
    cache = Q._WordCache(lambda key: calls.append(key) or len(key), size=3)
    assert [cache[word] for word in ("a", "bb", "ccc", "a")] == [1, 2, 3, 1]
    assert cache["dddd"] == 4 and len(cache) == 1  # full: cleared before the new word
    assert calls == ["a", "bb", "ccc", "dddd"]
