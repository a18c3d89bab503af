"""Readers: structure, and positions that map back to the original file."""
import pytest

from newslint.errors import InputError
from newslint.readers import decode, read_text


def position_of(document, needle):
    """(line, column) in the source of the first occurrence of ``needle`` in the document text."""
    offset = document.text.index(needle)
    return document.position(offset)


def kinds(document):
    return [(segment.kind, document.text[segment.start : segment.end]) for segment in document.segments]


PLAIN = "Titel der Meldung\n\nErster Absatz. Zweiter Satz.\n\nZwischentitel\n\n- Punkt eins\n• Punkt zwei\n\nLetzter Absatz.\n"


def test_plain_text_structure():
    assert kinds(read_text(PLAIN, "a.txt")) == [
        ("headline", "Titel der Meldung"),
        ("teaser", "Erster Absatz. Zweiter Satz."),
        ("subheading", "Zwischentitel"),
        ("bullet", "Punkt eins"),
        ("bullet", "Punkt zwei"),
        ("paragraph", "Letzter Absatz."),
    ]


def test_a_long_first_paragraph_is_body_copy_not_a_teaser():
    """An article pasted without a lead: its first paragraph is body text, so display-copy rules
    (hedges and figures in headline and teaser) treat it like any paragraph."""
    sentence = "Der Stadtrat hat am Dienstag über den Neubau der Brücke am Hafen beraten und vertagt. "
    short, long = sentence * 2, sentence * 7  # 174 and 609 characters
    assert [kind for kind, _ in kinds(read_text(f"Titel der Meldung\n\n{short}\n\nMehr Text.\n", "a.txt"))] == [
        "headline", "teaser", "paragraph"]
    assert [kind for kind, _ in kinds(read_text(f"Titel der Meldung\n\n{long}\n\nMehr Text.\n", "a.txt"))] == [
        "headline", "paragraph", "paragraph"]


def test_one_line_paragraphs_with_subheadings_are_not_read_as_wrapped_prose():
    """Copy pasted with single line breaks: short unpunctuated lines between paragraphs are subheadings."""
    paragraph = "Der Umsatz der Firma ist im Sommer deutlich gestiegen, das Werk arbeitet wieder in drei Schichten. "
    text = "Titel der Meldung\n\n" + "".join(
        f"{name} legt zu\n{paragraph * 2}\n" for name in ("Beispiel AG", "Muster GmbH", "Probe KG"))
    assert [kind for kind, _ in kinds(read_text(text, "a.txt"))] == [
        "headline", "subheading", "teaser", "subheading", "paragraph", "subheading", "paragraph"]


def test_hard_wrapped_prose_stays_one_paragraph():
    text = ("Titel der Meldung\n\nDer Stadtrat hat am Dienstag lange\nüber den Neubau der Brücke beraten\n"
            "Die Entscheidung fiel am Abend nach\neiner langen Debatte im Rathaus.\n")
    assert [kind for kind, _ in kinds(read_text(text, "a.txt"))] == ["headline", "teaser"]


def test_a_line_ending_in_a_comma_does_not_end_a_one_line_paragraph():
    """Copy with one-line paragraphs and one hard-wrapped paragraph among them: a comma at a line's end
    is a break inside a sentence, so the wrapped paragraph stays one (its source sentence and its figures
    belong together)."""
    long = "Der Stadtrat hat am Dienstag lange über den Neubau der Brücke am Hafen beraten und die Sache vertagt. " * 2
    text = (f"Titel der Meldung\n\n{long}\nDie Auswertung der Landesdaten zeigt: Besonders im Norden des Landes geht der Ausbau der Kitas\nnur langsam voran. "
            "Der Landkreis Musterstadt,\nSitz der Hochschule, erreicht immerhin\n23 Prozent.\n{long}\n")
    assert [kind for kind, _ in kinds(read_text(text, "a.txt"))] == ["headline", "teaser", "paragraph", "paragraph"]
    assert kinds(read_text(text, "a.txt"))[2][1].endswith("erreicht immerhin\n23 Prozent.")


@pytest.mark.parametrize("quote", ['"Wir bauen', "„Wir bauen", "»Wir bauen"])
def test_a_line_break_inside_a_quotation_continues_the_paragraph(quote):
    text = f"Titel der Meldung\n\nErster Absatz.\nDer Bürgermeister sagte: {quote}\ndie Brücke bis 2026 neu.“ Laut Stadt kostet sie 12 Millionen Euro.\n"
    document = read_text(text.replace("“", "«" if quote.startswith("»") else '"' if quote.startswith('"') else "“"), "a.txt")
    assert [kind for kind, _ in kinds(document)] == ["headline", "teaser", "paragraph"]  # no "subheading"


def test_a_subheading_with_a_closed_quotation_stays_one():
    text = 'Titel der Meldung\n\nErster Absatz.\nMinister will „faire Erholung" nach Corona\nZweiter Absatz.\n'
    assert kinds(read_text(text, "a.txt"))[2] == ("subheading", 'Minister will „faire Erholung" nach Corona')


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_map_back(newline):
    document = read_text(PLAIN.replace("\n", newline), "a.txt")
    assert position_of(document, "Zweiter") == (3, 16)
    assert position_of(document, "Letzter") == (10, 1)
    assert "\r" not in document.text


def test_bom_is_tolerated():
    document = read_text(decode("\ufeffTitel\n\nText hier.".encode(), "a.txt"), "a.txt")
    assert document.text.startswith("Titel")
    assert position_of(document, "Text") == (3, 1)


def test_undecodable_input_names_byte_offset():
    with pytest.raises(InputError, match="byte offset 3"):
        decode(b"abc\xff", "a.txt")


MARKDOWN = """---
title: "Mehr als 15.000 Container"
teaser: Laut Ministerium kamen 15.800 Container an.
author: Anna Beispiel
---

## Zwischen **fett** und [Link](https://example.org)

Ein Absatz mit *Betonung* und `code`.
Zweite Zeile desselben Absatzes.

- Punkt eins

![Soldaten beim Verladen](bild.jpg)
"""


def test_markdown_structure_and_front_matter():
    document = read_text(MARKDOWN, "a.md")
    assert kinds(document) == [
        ("headline", "Mehr als 15.000 Container"),
        ("teaser", "Laut Ministerium kamen 15.800 Container an."),
        ("subheading", "Zwischen fett und Link"),
        ("paragraph", "Ein Absatz mit Betonung und code.\nZweite Zeile desselben Absatzes."),
        ("bullet", "Punkt eins"),
        ("caption", "Soldaten beim Verladen"),
    ]
    assert document.metadata["author"] == "Anna Beispiel"


@pytest.mark.parametrize(
    ("needle", "expected"),
    [("15.000", (2, 18)), ("15.800", (3, 32)), ("fett", (7, 15)), ("Link", (7, 27)), ("Betonung", (9, 17)),
     ("code", (9, 32)), ("Zweite", (10, 1)), ("eins", (12, 9)), ("Verladen", (14, 17))],
)
def test_markdown_positions_map_back(needle, expected):
    assert position_of(read_text(MARKDOWN, "a.md"), needle) == expected


def test_markdown_crlf_front_matter_positions():
    document = read_text(MARKDOWN.replace("\n", "\r\n"), "a.md")
    assert position_of(document, "15.800") == (3, 32)
    assert position_of(document, "Zweite") == (10, 1)


def test_unclosed_front_matter_is_an_error():
    with pytest.raises(InputError, match="never closed"):
        read_text("---\ntitle: x\nauthor: y\n", "a.md")


def test_malformed_front_matter_names_line():
    with pytest.raises(InputError, match="line 3"):
        read_text("---\ntitle: x\nkein schlüssel\n---\nText", "a.md")


def test_sentences_do_not_cross_segments():
    document = read_text("Titel ohne Punkt\n\nErster Satz. Zweiter Satz.", "a.txt")
    assert [document.text[s.start : s.end] for s in document.sentences] == [
        "Titel ohne Punkt", "Erster Satz.", "Zweiter Satz."]


@pytest.mark.parametrize("broken, rest", [
    ("Im Frühjahr startete die Stadt ein Projekt mit dem", "Namen Brückenschlag. Seither kamen 300 Menschen."),
    ("Diesmal brachte das Projekt Menschen aus allen Teilen", "des Landes zusammen. Sie sprachen per Video."),
])
def test_a_line_broken_mid_sentence_is_no_subheading(broken, rest):
    """In copy with one-line paragraphs, a short line that ends with an article or conjunction, or whose
    next line starts in lower case, is a sentence broken by a hard line break: it opens the paragraph
    it belongs to (its source and its figures stay together)."""
    text = f"Titel der Meldung\n\nErster Absatz mit einem Satz.\n{broken}\n{rest}\nLetzter Absatz.\n"
    assert kinds(read_text(text, "a.txt"))[2] == ("paragraph", f"{broken}\n{rest}")


def test_a_line_wrapped_with_a_space_before_the_break_is_no_subheading():
    """Wrapped copy often keeps the space before each break: such a line, followed by another open line,
    is the start of a paragraph, not a heading."""
    lines = ["Erster Absatz mit einem Satz.", "Zweiter Absatz mit einem Satz.", "Dritter Absatz mit einem Satz.",
             "Im Frühjahr startete die Stadt ein Projekt namens ", '"Brückenschlag". Seither kamen 300 Menschen, um ',
             "mitzumachen.", "Letzter Absatz."]
    document = read_text("Titel der Meldung\n\n" + "\n".join(lines) + "\n", "a.txt")
    assert ("paragraph", "\n".join(lines[3:6])) in kinds(document)


@pytest.mark.parametrize("broken, rest", [
    ("Bei dem Unwetter im Bergland verloren nach ersten Schätzungen mehr als 9.500", "Menschen."),
    ("Die Gemeinde zahlt für die neue Brücke über den Fluss rund 4,2", "Millionen Euro."),
])
def test_a_sentence_broken_after_a_bare_number_and_finished_on_the_next_line_is_no_subheading(broken, rest):
    """A hard line break after a number, with the counted noun ending the sentence on the next line:
    the figure and its noun stay one sentence of one paragraph (the figure rules see "9.500 Menschen")."""
    document = read_text(f"Titel der Meldung\n\n{broken}\n{rest}\nDer nächste Absatz folgt hier.\n", "a.txt")
    assert kinds(document)[1] == ("teaser", f"{broken}\n{rest}")


@pytest.mark.parametrize("heading, paragraph", [
    ("Zahl des Tages: 20", "Rekordwert erreicht."),
    ("Inzidenz im Landkreis bei 213", "Die Zahl der Neuinfektionen steigt weiter, meldet das Amt."),
])
def test_a_subheading_ending_in_a_number_stays_one(heading, paragraph):
    text = f"Titel der Meldung\n\nErster Absatz mit einem Satz.\n{heading}\n{paragraph}\nLetzter Absatz.\n"
    assert kinds(read_text(text, "a.txt"))[2] == ("subheading", heading)


@pytest.mark.parametrize("heading", ["Bisher gibt das Land viel Geld für Importe aus", "Was bedeutet das",
                                     "Die Lage entspannt sich"])
def test_a_subheading_ending_in_a_verb_particle_or_pronoun_stays_one(heading):
    text = f"Titel der Meldung\n\nErster Absatz mit einem Satz.\n{heading} \nZweiter Absatz mit einem Satz.\n"
    assert kinds(read_text(text, "a.txt"))[2] == ("subheading", heading)
