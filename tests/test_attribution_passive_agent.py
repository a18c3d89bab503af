"""NL101: an institution's own act stated in the passive with the institution as agent ("Mehr als 80 Fans wurden am
Bahnhof von der Polizei festgenommen") names its source as the active form does ("Die Polizei nahm mehr als 80 Personen
fest"). Invented German sentences only."""
from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import Config

FIGURES = Config(select=("NL1",))


def nl101(sentence: str) -> list[str]:
    text = f"Überschrift ohne Zahl\n\nDer Abend begann friedlich am Hafen. {sentence} Danach wurde es ruhig.\n"
    return [f.message for f in lint_text(text, filename="x.txt", config=FIGURES) if f.code == "NL101"]


SOURCED = [
    "Mehr als 80 Fans wurden am Bahnhof von der Polizei festgenommen.",
    "Mehr als 80 Fans wurden in der Nacht durch die Bundespolizei festgenommen.",
    "Bei der Kontrolle sind vom Zoll rund 300 Kilogramm Tabak beschlagnahmt worden.",
]
UNSOURCED = [
    "Mehr als 80 Personen wurden festgenommen.",  # no agent: who says so?
    "Mehr als 80 Personen wurden von Demonstranten festgenommen.",  # the agent is no institution
    "Für die von der Polizei gemeldeten mehr als 80 Festnahmen gab es Kritik.",  # an attribute, no passive act
]


@pytest.mark.parametrize("sentence", SOURCED)
def test_a_passive_act_with_an_institution_as_agent_names_its_source(sentence):
    assert nl101(sentence) == []


def test_the_active_form_names_its_source_too():
    assert nl101("Die Polizei nahm mehr als 80 Personen fest.") == []


@pytest.mark.parametrize("sentence", UNSOURCED)
def test_a_passive_without_an_institution_as_agent_stays_flagged(sentence):
    assert len(nl101(sentence)) == 1
