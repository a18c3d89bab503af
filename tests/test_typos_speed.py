"""The spelling rule's fast paths give exactly what their plain definitions give (invented words).

Each speed-up of newslint/spelling (issue #5) replaces a plain computation by a cheaper one with the
same result; these tests keep the plain definition beside it and compare both on invented words.
No timing here: speed is measured by benchmarks/typos_eval.py (see docs/typos.md).
"""
from __future__ import annotations

import pytest

from newslint.spelling.checker import Speller, _inflection_pair
from newslint.spelling.compounds import PREFIXES, inflected_known, prefixes_of, verb_form_known

# invented or made-up word forms: compounds, slips of compounds, particle verbs, short words
WORDS = [
    "bundesregirung", "algemeinen", "bundestaat", "hinbekommen", "sonnenbrile", "wetterberichte",
    "stadtratsitzung", "schulbuchverlag", "kindergartenplatz", "ausrichter", "mannschaftskapitän",
    "regierungsprecher", "vorraussichtlich", "unterwasserkamera", "zusammenarbeit", "zurückgerudert",
    "hinaufgeklettert", "überarbeitungen", "gegenvorschlag", "rausgeschmissen", "weiterentwicklungen",
    "mitgliedstaaten", "erbschaftsteuer", "wohnungsbaugesellschaft", "lehrerzimmer", "fahradweg",
    "verkehrsministerin", "abwasserkanäle", "einkaufszentrum", "feuerwehrleute", "ab", "a", "", "x",
    "ärztekammer", "übermorgen", "ökostrom", "zzzzzzzz", "antikorruptionsgesetz", "ultraschallgerät",
]


@pytest.fixture(scope="module", params=["single file", "bulk"])
def speller(request):
    """A Speller as a single file uses it, and one switched to the bulk structures of long runs."""
    speller = Speller()
    if request.param == "bulk":
        speller._go_bulk()
    return speller


@pytest.mark.parametrize("word", WORDS)
def test_prefixes_of_is_the_plain_loop(word):
    assert prefixes_of(word) == tuple(prefix for prefix in PREFIXES if word.startswith(prefix))


def _near_miss_plain(speller: Speller, lower: str) -> bool:
    """Speller._near_miss_of as first written: the checks in their original order."""
    if len(lower) < 6:
        return False
    for prefix in PREFIXES:
        if lower.startswith(prefix):
            rest = lower[len(prefix):]
            if rest in speller.accepted or verb_form_known(rest, speller.in_lexicon):
                return False
    if speller._frequent_near(lower):
        return True
    if inflected_known(lower, speller.in_lexicon):
        return False
    parts = speller.splitter.split(lower)
    if parts is None:
        return False
    if speller.splitter.strong(lower) and all(speller._trusted_head(part) for part in parts[:-1]):
        return False
    return bool(speller._near_words(lower))


@pytest.mark.parametrize("word", WORDS)
def test_near_miss_is_the_plain_order(speller, word):
    assert speller._near_miss_of(word) == _near_miss_plain(speller, word)


def test_near_miss_still_finds_slips(speller):
    """The reordering keeps the verdicts that matter: a slip of a listed word, a real compound."""
    assert speller._near_miss_of("bundestaat")       # Bundesstaat with one s
    assert not speller._near_miss_of("hinbekommen")  # particle + listed word
    assert not _inflection_pair("bundestaat", "bundesstaat")
