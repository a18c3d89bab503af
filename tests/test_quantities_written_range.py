"""Ranges of two number words ("ein bis zwei Prozentpunkte", "zwischen sechs und acht Millionen Tonnen") are one
Quantity with low and high, like the digit ranges ("1 bis 2 Prozent"); the article "ein" counts as 1 only right
before "bis" and a number word. Invented sentences."""
from __future__ import annotations

import pytest

from newslint.analysis.quantities import quantities
from newslint.readers import read_text


def items(text: str) -> list:
    return quantities(read_text(text, "x.txt")).items


def only(text: str):
    """The one quantity of ``text``."""
    found = items(text)
    assert len(found) == 1, [item.text for item in found]
    return found[0]


RANGES = [  # sentence, span text, low, high, unit
    ("Die Kreditzinsen dürften um ein bis zwei Prozentpunkte anziehen.", "ein bis zwei Prozentpunkte", 1, 2, "pp"),
    ("Der Umbau der Brücke soll ein bis zwei Tage dauern.", "ein bis zwei Tage", 1, 2, "d"),
    ("Pro Schicht fallen eins bis zwei Maschinen aus.", "eins bis zwei Maschinen", 1, 2, None),
    ("Der Verband rechnet mit einen bis zwei Millionen Besuchern.", "einen bis zwei Millionen Besuchern",
     1_000_000, 2_000_000, None),
    ("Die Mieten im Viertel stiegen um zwei bis drei Prozent.", "zwei bis drei Prozent", 2, 3, "%"),
    ("Der neue Tunnel kostet drei bis vier Milliarden Euro.", "drei bis vier Milliarden Euro",
     3_000_000_000, 4_000_000_000, "EUR"),
    ("Das Lager fasst zwischen fünf und sieben Millionen Tonnen.", "zwischen fünf und sieben Millionen Tonnen",
     5_000_000, 7_000_000, "t"),
    ("Zum Stadtfest kamen zehn bis zwölf Tausend Gäste.", "zehn bis zwölf Tausend Gäste", 10_000, 12_000, None),
    # the suspended compound ("zwei- bis dreitausend") written without the hyphen: both ends are thousands
    ("Am Ufer standen zwei bis dreitausend Schaulustige.", "zwei bis dreitausend Schaulustige", 2000, 3000, None),
]


@pytest.mark.parametrize("sentence, span, low, high, unit", RANGES)
def test_written_range_is_one_quantity(sentence: str, span: str, low: float, high: float, unit: str | None) -> None:
    quantity = only(sentence)
    assert quantity.text == span
    assert quantity.is_range
    assert (quantity.low, quantity.high) == (low, high)
    assert quantity.unit == unit
    assert sentence[quantity.start:quantity.end] == span


def test_range_keeps_the_qualifier_before_the_first_word() -> None:
    quantity = only("Die Sanierung kostet etwa zwei bis drei Millionen Euro.")
    assert quantity.text == "etwa zwei bis drei Millionen Euro"
    assert quantity.qualifier == "etwa" and quantity.qualifier_kind == "approx"
    assert (quantity.low, quantity.high, quantity.claim) == (2_000_000, 3_000_000, True)


def test_range_number_starts_at_the_first_word() -> None:
    sentence = "Die Beiträge steigen um ein bis zwei Prozentpunkte."
    quantity = only(sentence)
    assert sentence[quantity.number_start:quantity.number_end] == "ein bis zwei"


def test_written_range_is_read_like_the_digit_range() -> None:
    written = only("Die Gebühren steigen um zwei bis drei Prozent.")
    digits = only("Die Gebühren steigen um 2 bis 3 Prozent.")
    for name in ("low", "high", "is_range", "kind", "claim", "unit"):
        assert getattr(written, name) == getattr(digits, name), name


def test_money_range_is_a_claim_and_percent_range_too() -> None:
    assert only("Die Stadt gibt fünf bis zehn Millionen Euro aus.").claim
    assert only("Die Beteiligung sank um ein bis zwei Prozentpunkte.").claim


# --- not ranges, or not claim figures ----------------------------------------------------------------
def test_article_alone_is_no_quantity() -> None:
    assert items("Ein Bäcker eröffnet eine Filiale am Markt.") == []
    assert items("Sie wartet, bis eine Antwort kommt.") == []


def test_article_before_bis_without_number_is_no_quantity() -> None:
    assert items("Er hielt eine bis zum Schluss offen.") == []


def test_article_after_zwischen_stays_an_article() -> None:
    quantity = only("Der Zuwachs lag zwischen einem und zwei Prozent.")
    assert not quantity.is_range
    assert quantity.text == "zwei Prozent"


def test_bis_before_a_time_is_no_range() -> None:
    quantity = only("Die Bibliothek ist bis zwei Uhr geöffnet.")
    assert not quantity.is_range
    assert not quantity.claim


def test_written_time_range_is_no_claim() -> None:
    quantity = only("Von ein bis zwei Uhr bleibt das Büro zu.")
    assert quantity.is_range and (quantity.low, quantity.high) == (1, 2)
    assert not quantity.claim


def test_noun_between_article_and_bis_is_no_range() -> None:
    quantity = only("Ein Kind bis zwei Jahre fährt umsonst mit.")
    assert not quantity.is_range
    assert quantity.text == "zwei Jahre"
    assert not quantity.claim


def test_duration_range_is_no_claim() -> None:
    quantity = only("Die Wartezeit beträgt drei bis vier Wochen.")
    assert quantity.is_range and (quantity.low, quantity.high) == (3, 4)
    assert quantity.kind == "duration" and not quantity.claim


def test_descending_words_are_no_range() -> None:
    found = items("Am Ende hieß es drei bis eins.")
    assert not any(item.is_range for item in found)


def test_und_without_zwischen_is_no_range() -> None:
    found = items("Sie hat zwei und drei Jahre alte Kinder.")
    assert not any(item.is_range for item in found)


def test_suspended_hyphen_with_mal_stays_out() -> None:
    assert items("Der Zug hält ein- bis zweimal am Tag.") == []
