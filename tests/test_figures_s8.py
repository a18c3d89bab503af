"""Session 8 NL101 precision shapes (figures that are no claim by construction), from the reviewed population of real
copy; invented German sentences, table-driven. Each dropped shape has a counterpart that must stay flagged.

- a worked-out conversion right after the figures it is computed from, in a sentence that opens by restating
  ("Das entspricht …", "Das sind …"): a share of two counts of one thing (the part in the sentence right before, the
  whole earlier in the paragraph), to the precision it is written in, or a yearly figure per day, week or month;
- a line of an events listing (hard-wrapped programme): a venue whose name is a number ("4010 Kino"), an address
  item, a clock-time item and a price item;
- a player's career statistics (league appearances, caps): public record, a claim only with a claim cue;
- a total the author concludes ("Insgesamt … somit …") that is exactly the sum of two counts of the sentence before.

Every DROPPED text is flagged by the session-8 start tree (12c546b)."""
from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import Config

FIGURES = Config(select=("NL1", "NL2"))


def flagged(paragraph: str) -> list[str]:
    text = "Überschrift ohne Zahl\n\nEin Vorspann ohne Zahl.\n\n" + paragraph + "\n"
    return [text[finding.start:finding.end] for finding in lint_text(text, filename="x.txt", config=FIGURES)
            if finding.code == "NL101"]


# --- a worked-out conversion of figures given right before --------------------------------------------------------
CONVERSION_DROPPED = [
    # (paragraph, the worked-out figure no longer flagged, the figures it is computed from that stay flagged)
    ("Die Zahl der Fahrgäste der Verkehrsbetriebe kletterte im Jahr 2023 auf 1,2 Milliarden. "
     "Das sind am Tag rund 3,3 Millionen.", "rund 3,3 Millionen", ["1,2 Milliarden"]),
    ("An Krebs sterben hierzulande jedes Jahr 230.000 Menschen. Das sind bis zu 650 Tote jeden Tag.",
     "bis zu 650 Tote", ["230.000 Menschen"]),
    ("Der Umsatz stieg im Jahr 2023 auf 1,2 Milliarden Euro. Das sind im Monat rund 100 Millionen Euro.",
     "rund 100 Millionen Euro", ["1,2 Milliarden Euro"]),
    ("Im Frühjahr testeten die Helfer 1.850 Schüler. Nur 23 Schüler waren positiv. "
     "Das entspricht einer Quote von 1,2 Prozent.", "1,2 Prozent", []),
]

CONVERSION_FLAGGED = [
    # the arithmetic does not hold: the figure is a claim of its own
    ("Die Zahl der Fahrgäste der Verkehrsbetriebe kletterte im Jahr 2023 auf 1,2 Milliarden. "
     "Das sind am Tag rund 8 Millionen.", "rund 8 Millionen"),
    ("An Krebs sterben hierzulande jedes Jahr 230.000 Menschen. Das sind bis zu 900 Tote jeden Tag.",
     "bis zu 900 Tote"),
    ("Im Frühjahr testeten die Helfer 1.850 Schüler. Nur 23 Schüler waren positiv. "
     "Das entspricht einer Quote von 4 Prozent.", "4 Prozent"),
    # no restating opener: a figure of its own
    ("Die Zahl der Fahrgäste der Verkehrsbetriebe kletterte im Jahr 2023 auf 1,2 Milliarden. "
     "Am Tag sind es rund 3,3 Millionen.", "rund 3,3 Millionen"),
    ("Im Frühjahr testeten die Helfer 1.850 Schüler. Nur 23 Schüler waren positiv. "
     "Damit stieg die Quote auf 1,2 Prozent.", "1,2 Prozent"),
    # the yearly figure is not named as a year's
    ("Der Umsatz stieg auf 1,2 Milliarden Euro. Das sind im Monat rund 100 Millionen Euro.",
     "rund 100 Millionen Euro"),
    # the part is not in the sentence right before, or counts another thing
    ("Im Frühjahr testeten die Helfer 1.850 Schüler. Nur 23 Schüler waren positiv. Die Lehrer blieben gesund. "
     "Das entspricht einer Quote von 1,2 Prozent.", "1,2 Prozent"),
    ("Im Frühjahr testeten die Helfer 1.850 Schüler. Nur 23 Lehrer waren positiv. "
     "Das entspricht einer Quote von 1,2 Prozent.", "1,2 Prozent"),
]


@pytest.mark.parametrize(("paragraph", "figure", "kept"), CONVERSION_DROPPED)
def test_worked_out_conversion_is_no_claim(paragraph: str, figure: str, kept: list[str]) -> None:
    found = flagged(paragraph)
    assert figure not in found
    assert all(other in found for other in kept)  # the figures it is worked out from stay claims


@pytest.mark.parametrize(("paragraph", "figure"), CONVERSION_FLAGGED)
def test_conversion_that_does_not_hold_stays_flagged(paragraph: str, figure: str) -> None:
    assert figure in flagged(paragraph)


# --- a line of an events listing ------------------------------------------------------------------------------
LISTING_DROPPED = [
    ('Ein Drama\naus Polen: "Kranich".\n4010\nKino,\nAltstadt, Mühlenweg\n12, heute, 20 Uhr, weitere Termine online, '
     '8 Euro\nBilder\nansehen: Bislang sahen 4.000 Menschen die Schau?', "4010\nKino", ["4.000 Menschen"]),
]

LISTING_FLAGGED = [
    # a report in running text with an address and a time: no listing items
    ("Am Abend\nkamen insgesamt 4.000 Menschen, Marktplatz 1, 18 Uhr, und sammelten 9.000 Euro.", "4.000 Menschen"),
    # a listing without a price item: the venue's number is read as a count, as before
    ('Ein Drama\naus Polen: "Kranich".\n4010\nKino,\nAltstadt, Mühlenweg\n12, heute, 20 Uhr, Bislang sahen '
     '4.000 Menschen die Schau.', "4010\nKino"),
    # after the price the next item's text begins: its figures are claims
    ('Ein Konzert\nim Freien: "Sommerlicht".\n2002\nBühne,\nNordufer, Kanalstraße\n3, Sa, 19.30 Uhr, Eintritt frei\n'
     'Schon\nvormerken: Bislang kamen 3.000 Besucher zum Festival.', "3.000 Besucher"),
]


@pytest.mark.parametrize(("paragraph", "figure", "kept"), LISTING_DROPPED)
def test_listing_line_is_no_claim(paragraph: str, figure: str, kept: list[str]) -> None:
    found = flagged(paragraph)
    assert figure not in found
    assert all(other in found for other in kept)


@pytest.mark.parametrize(("paragraph", "figure"), LISTING_FLAGGED)
def test_figure_outside_a_listing_line_stays_flagged(paragraph: str, figure: str) -> None:
    assert figure in flagged(paragraph)


# --- a player's career statistics ---------------------------------------------------------------------------------
CAREER_DROPPED = [
    ("So bleibt es bei 212 Bundesligaeinsätzen für den VfL Bochum, bei 61 Toren und 20 Vorlagen.",
     "212 Bundesligaeinsätzen"),
]

CAREER_FLAGGED = [
    # with a claim cue the count is a claim again
    ("Bislang stand er in 212 Bundesligaspielen auf dem Platz.", "212 Bundesligaspielen"),
    # operations of the police or the fire brigade stay claims
    ("Die Feuerwehr rückte in der Sturmnacht zu 212 Einsätzen aus.", "212 Einsätzen"),
]


@pytest.mark.parametrize(("paragraph", "figure"), CAREER_DROPPED)
def test_career_statistics_are_no_claim(paragraph: str, figure: str) -> None:
    assert figure not in flagged(paragraph)


@pytest.mark.parametrize(("paragraph", "figure"), CAREER_FLAGGED)
def test_counts_with_a_cue_or_of_operations_stay_flagged(paragraph: str, figure: str) -> None:
    assert figure in flagged(paragraph)


# --- a total the author concludes from the sentence before ---------------------------------------------------------
_COUNTS = ("Am Montag kamen 2318 Proben hinzu, am Dienstag 1402. Damit wurden bis Dienstag 41 270 Personen einmal "
           "geimpft, 12 615 sind vollständig geimpft. ")

SUM_DROPPED = [
    (_COUNTS + "Insgesamt wurden somit 53 885 Impfungen vorgenommen.", "53 885 Impfungen"),
]

SUM_FLAGGED = [
    (_COUNTS + "Insgesamt wurden somit 60 000 Impfungen vorgenommen.", "60 000 Impfungen"),  # not the sum
    (_COUNTS + "Insgesamt wurden 53 885 Impfungen vorgenommen.", "53 885 Impfungen"),  # not concluded
    (_COUNTS + "Somit wurden 53 885 Impfungen vorgenommen.", "53 885 Impfungen"),  # no total announced
]


@pytest.mark.parametrize(("paragraph", "figure"), SUM_DROPPED)
def test_concluded_sum_is_no_claim(paragraph: str, figure: str) -> None:
    assert figure not in flagged(paragraph)


@pytest.mark.parametrize(("paragraph", "figure"), SUM_FLAGGED)
def test_total_that_is_no_concluded_sum_stays_flagged(paragraph: str, figure: str) -> None:
    assert figure in flagged(paragraph)
