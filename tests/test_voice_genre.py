"""The genre layer (newslint/analysis/voice.py ``opinion_label``, vocabulary rules/genre.toml), round 8: signals in
the text itself that a piece is a signed commentary, analysis, column or guest piece, and news copy that must not
be read as one. Invented German sentences; NL101 and NL401 both read this layer."""
from __future__ import annotations

import pytest

from newslint.analysis.voice import opinion_label
from newslint.api import lint_text
from newslint.config import Config
from newslint.readers import read_text

FIGURES = Config(select=("NL1", "NL2"))


def labelled(*paragraphs: str, headline: str = "Überschrift ohne Zahl") -> bool:
    return opinion_label(read_text(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", "x.txt"))


def nl101(*paragraphs: str, headline: str = "Überschrift ohne Zahl") -> list[str]:
    text = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [f.message for f in lint_text(text, filename="x.txt", config=FIGURES) if f.code == "NL101"]


NEWS_BODY = "Im Kreis stieg die Zahl der Einbrüche auf 4.300 Fälle. Die Mieten stiegen um 7 Prozent."

OPINION_SIGNALS = [
    # a label sentence "Eine Analyse." among the first sentences
    ("Die Koalition ringt um den Haushalt. Der Streit hat Folgen. Eine Analyse.", NEWS_BODY),
    # a genre prefix opening the first sentence
    ("Kommentar: Die Stadt verschenkt ihre besten Flächen", NEWS_BODY),
    ("Gastbeitrag – Warum das Land mehr Lehrer braucht", NEWS_BODY),
    # the newsroom names its guest authors or its columnist in the teaser
    ("Die Schulen brauchen jetzt einen Plan, schreiben unsere Gastautoren.", NEWS_BODY),
    ("Unser Kolumnist hat sich das Stadion im Regen angesehen.", NEWS_BODY),
    ("Der Trainer redet sich um Kopf und Kragen, findet unsere Kolumnistin.", NEWS_BODY),
    # an author's byline with a role that is not a newsroom one, at the end or near the start
    (NEWS_BODY, "Der Autor ist Professor für Verkehrsplanung an der Hochschule Neustadt."),
    (NEWS_BODY, "Die Autorin leitet das Institut für Bodenkunde in Altdorf."),
    ("Gastautorin Mira Feldt ist Ökonomin und forscht zu Wohnungsmärkten.", NEWS_BODY),
]


@pytest.mark.parametrize("paragraphs", OPINION_SIGNALS)
def test_round8_opinion_signals_in_the_text(paragraphs):
    assert labelled(*paragraphs)


NEWS_NOT_OPINION = [
    # a genre word inside a news sentence is no label
    ("Eine Analyse des Landesamts ergab, dass die Mieten gestiegen sind.", NEWS_BODY),
    ("Der Kommentar des Ministers sorgte für Ärger im Landtag.", NEWS_BODY),
    ("Der Minister fordert in einem Gastbeitrag für eine Wochenzeitung mehr Geld.", NEWS_BODY),
    # an interview with a columnist, a reporter's note, authors of a study, an author sure of something
    ("Die Redaktion sprach mit der Kolumnistin über ihr neues Buch.", NEWS_BODY),
    (NEWS_BODY, "Die Autorin ist Stipendiatin eines Programms für junge Journalisten."),
    (NEWS_BODY, "Der Autor ist Korrespondent in Lissabon."),
    ("Die Autoren der Studie sind sich einig, dass mehr gebaut werden muss.", NEWS_BODY),
    (NEWS_BODY, "Die Autorin ist sich sicher: Das Buch wird ein Erfolg."),
    # an expert's role at the end of a news report is no byline
    (NEWS_BODY, "Kramer ist Professor für Städtebau in Altdorf."),
    # "unser Autor" also opens first-person reportage: no genre signal on its own
    ("Unser Autor hat eine Woche im Containerdorf gewohnt.", NEWS_BODY),
]


@pytest.mark.parametrize("paragraphs", NEWS_NOT_OPINION)
def test_round8_news_is_not_read_as_opinion(paragraphs):
    assert not labelled(*paragraphs)


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/essay/die-stadt-und-ihr-geld-1.234", True),
    ("https://example.org/analyse/haushalt-2021", True),
    ("https://example.org/politik/gastbeitrag-schule-braucht-plan-1.22", True),
    ("https://example.org/politik/haushalt-beschlossen-1.23", False),
    ("https://example.org/wirtschaft/analysten-erwarten-mehr-1.24", False),
])
def test_round8_url_sections(url, expected):
    document = read_text("---\nurl: " + url + "\n---\nÜberschrift\n\n" + NEWS_BODY + "\n", "x.md")
    assert opinion_label(document) is expected


def test_round8_labelled_pieces_are_the_authors_figures():
    """NL101: the body of a piece with one of the new signals is the author's (flagged without it)."""
    assert len(nl101("Die Stadt verliert ihre Mieter.", NEWS_BODY)) == 2
    assert nl101("Die Stadt verliert ihre Mieter. Eine Analyse.", NEWS_BODY) == []
    assert nl101("Die Stadt verliert ihre Mieter, schreibt unser Gastautor.", NEWS_BODY) == []
    assert nl101(NEWS_BODY, "Der Autor ist Professor für Wohnungswesen in Altdorf.") == []
    # a reporter's note keeps the news report's findings
    assert len(nl101(NEWS_BODY, "Die Autorin ist Stipendiatin eines Programms für junge Journalisten.")) == 2


def test_round8_teaser_of_a_labelled_commentary():
    """The teaser of a labelled commentary is the author's too; an unlabelled teaser stays flagged."""
    teaser = "Das Land hinkt hinterher. Ein Kommentar. Weltweit gibt es 90 Millionen Infizierte."
    assert nl101(teaser, "Die Regierung hat versagt. Es braucht mehr Tempo.", headline="Die Lage ist ernst") == []
    plain = "Das Land hinkt hinterher. Weltweit gibt es 90 Millionen Infizierte."
    assert len(nl101(plain, "Die Regierung hat versagt. Es braucht mehr Tempo.", headline="Die Lage ist ernst")) == 1


@pytest.mark.parametrize("byline, expected", [
    # the role right after the verb decides; a former newsroom job later in the byline does not count
    ("Der Autor ist Sprecher eines Verlegerverbands und war viele Jahre Chefredakteur einer Tageszeitung.", True),
    ("Die Autorin ist seit zwei Jahren Korrespondentin in Lissabon.", False),
    ("Der Autor ist freier Journalist und lebt in Altdorf.", False),
])
def test_round8_byline_role_right_after_the_verb(byline, expected):
    assert labelled(NEWS_BODY, byline) is expected
