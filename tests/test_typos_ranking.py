"""NL501 suggestion ranking: the noisy channel (kinds of slips + word frequency) and the document
bonus, as a user sees them (invented sentences)."""
from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.spelling.checker import get_speller
from newslint.spelling.suggest import channel_cost


def nl501(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[f.start:f.end], f.suggestions) for f in lint_text(text) if f.code == "NL501"]


@pytest.fixture(scope="module")
def speller():
    return get_speller()


FIRST = [
    # neighbours swapped at the end of a frequent word
    ("Die Regierugn hat am Montag den Haushalt beschlossen.", "Regierugn", "Regierung"),
    # a typo of an inflected form keeps the inflection: "Mitarbeitern", not the more frequent "Mitarbeiter"
    ("Den Mitgarbeitern der Stadtwerke wird gedankt.", "Mitgarbeitern", "Mitarbeitern"),
    # two letters swapped beats a listed word with another letter ("Feuerwerk")
    ("Die Feuerwher rückte am Abend aus.", "Feuerwher", "Feuerwehr"),
    # a missing space between two frequent words
    ("Das Treffen findet fürden Verein am Sonntag statt.", "fürden", "für den"),
    # a word the text uses elsewhere wins over a more frequent neighbour of the typo ...
    ("Das Klinikum in der Kreisstadt wächst. Im Klinikm arbeiten nun mehr Pflegekräfte.", "Klinikm", "Klinikum"),
    # ... which wins without it
    ("Im Klinikm arbeiten nun mehr Pflegekräfte.", "Klinikm", "Klinik"),
]


@pytest.mark.parametrize("text, word, first", FIRST)
def test_first_suggestion(text, word, first):
    findings = nl501(text)
    assert [found for found, _ in findings] == [word]
    assert findings[0][1][0] == first


@pytest.mark.parametrize("word, first", [
    ("Regierugn", "Regierung"),  # capitalised stays capitalised
    ("REGIERUGN", "REGIERUNG"),  # all capitals stay all capitals
    ("regierugn", "regierung"),
])
def test_case_kept(speller, word, first):
    assert speller.suggest(word)[0] == first


def test_document_bonus_can_be_switched_off(speller):
    bonus = speller.suggester.context_bonus
    try:
        speller.suggester.context_bonus = 0.0
        assert speller.suggest("Klinikm", frozenset({"klinikum"}))[0] == "Klinik"
    finally:
        speller.suggester.context_bonus = bonus
    assert speller.suggest("Klinikm", frozenset({"klinikum"}))[0] == "Klinikum"


TEXT = ("Die Regierugn hat am Montag den Haushalt beschlossen. Im Klinikm arbeiten nun mehr Pflegekräfte, "
        "sagte die Schulleitrin. Das Treffen findet fürden Verein statt, die Feuerwher rückte aus.")


def test_ranking_never_decides_what_is_flagged(speller):
    """The ranking's weights change the order of suggestions, never which words are flagged."""
    suggester = speller.suggester
    saved = suggester.frequency_weight, suggester.context_bonus, suggester.distance2_cost
    before = [word for word, _ in nl501(TEXT)]
    try:
        suggester.frequency_weight, suggester.context_bonus, suggester.distance2_cost = 0.0, 0.0, 3.0
        speller._verdicts.clear()
        after = [word for word, _ in nl501(TEXT)]
    finally:
        suggester.frequency_weight, suggester.context_bonus, suggester.distance2_cost = saved
    assert before == after
    assert {"Regierugn", "Klinikm", "fürden", "Feuerwher"} <= set(before)


# --- the channel: what kinds of slips cost -----------------------------------------------------------
@pytest.mark.parametrize("typo, cheaper, dearer", [
    ("komission", "kommission", "komisston"),  # a double undoubled < another letter
    ("ausserdem", "außerdem", "ausserden"),  # "ss" typed for "ß" is one slip
    ("oesterreich", "österreich", "oesterreicht"),  # "oe" for "ö" is one slip, not a first-letter change
    ("regierugn", "regierung", "regierunx"),  # neighbours swapped < two letters wrong
    ("hauptstadr", "hauptstadt", "hauptstadl"),  # a QWERTZ neighbour (r/t) < a distant letter (r/l)
])
def test_channel_costs(typo, cheaper, dearer):
    assert channel_cost(typo, cheaper) < channel_cost(typo, dearer)


def test_first_letter_is_rarely_the_slip():
    assert channel_cost("regierunx", "regierung") < channel_cost("xegierung", "regierung")


@pytest.mark.parametrize("typo, word, cost", [
    # a doubled letter at the end (which also changes the last two letters)
    ("verkehrsinfrastrukturfinanzierungsgesellschaftt", "verkehrsinfrastrukturfinanzierungsgesellschaft", 0.65),
    ("munitionslieferugnen", "munitionslieferungen", 0.75),
    # the common beginning and end overlap: the full table (three extra letters)
    ("bekanntentesten", "bekanntesten", 2.45),
])
def test_channel_cost_of_a_long_word_is_its_slip(typo, word, cost):
    # the common beginning and end are skipped; the slip in the middle is priced in full
    assert channel_cost(typo, word) == pytest.approx(cost)
    assert channel_cost(word, word) == 0.0
