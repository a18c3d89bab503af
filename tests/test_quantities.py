"""German number understanding (newslint.analysis.quantities) and attribution cues
(newslint.analysis.attribution): many small examples, one assertion each."""
from __future__ import annotations

import pytest

from newslint.analysis.attribution import attributions, normalise_source, same_source
from newslint.analysis.quantities import parse_number_text, parse_quantities, parse_written, quantities
from newslint.readers import read_text


def first(text: str, containing: str | None = None):
    """The first quantity of ``text`` (whose text contains ``containing``, if given)."""
    items = parse_quantities(text)
    for item in items:
        if containing is None or containing in item.text:
            return item
    raise AssertionError(f"no quantity {containing!r} in {[item.text for item in items]}")


# --- values and formats ------------------------------------------------------------------------
VALUES = [
    ("Es kamen 15.800 Menschen.", 15800, 15800),
    ("Es kamen 15 800 Menschen.", 15800, 15800),
    ("Es kamen 15800 Menschen.", 15800, 15800),
    ("Der Etat wächst um 4,2 Millionen Euro.", 4_200_000, 4_200_000),
    ("Das kostet 5,5 Mrd. Euro.", 5_500_000_000, 5_500_000_000),
    ("Die Quote liegt bei 3,5 %.", 3.5, 3.5),
    ("Es starben 4.000 bis 5.000 Soldaten.", 4000, 5000),
    ("Es starben 4.000–5.000 Soldaten.", 4000, 5000),
    ("Es starben zwischen 4.000 und 5.000 Soldaten.", 4000, 5000),
    ("Es kamen elf Menschen.", 11, 11),
    ("Es kamen zwölftausend Menschen.", 12000, 12000),
    ("Es kostet zweieinhalb Millionen Euro.", 2_500_000, 2_500_000),
    ("Es kostet eine Milliarde Euro.", 1_000_000_000, 1_000_000_000),
    ("Es kamen dreihundertfünfzig Gäste.", 350, 350),
    ("Ein Drittel der Befragten ist dafür.", 1 / 3, 1 / 3),
    ("Es kamen 1,5 Millionen Besucher.", 1_500_000, 1_500_000),
    ("Es waren 15,000 Standardcontainer.", 15000, 15000),
    # session 7: an English decimal point before a percent sign or word, as pasted results tables have it
    ("Die Liste kam auf 16.58 % der Stimmen.", 16.58, 16.58),
    ("Der Index stieg um 3.5 Prozent.", 3.5, 3.5),
]


@pytest.mark.parametrize("text, low, high", VALUES)
def test_value(text, low, high):
    item = first(text)
    assert (item.low, item.high) == pytest.approx((low, high))


NUMBER_TEXT = [
    ("15.800", (15800.0, "dot")),
    ("15 800", (15800.0, "space")),
    ("15800", (15800.0, "plain")),
    ("4,2", (4.2, "decimal")),
    ("1.234,5", (1234.5, "decimal")),
    ("16.58", (16.58, "point")),
]


@pytest.mark.parametrize("text, expected", NUMBER_TEXT)
def test_parse_number_text(text, expected):
    assert parse_number_text(text) == expected


WRITTEN = [("elf", 11), ("zwölf", 12), ("einundzwanzig", 21), ("zwölftausend", 12000), ("zweieinhalb", 2.5),
           ("hundert", 100), ("dreitausendfünfhundert", 3500), ("anderthalb", 1.5), ("Haus", None)]


@pytest.mark.parametrize("word, value", WRITTEN)
def test_parse_written(word, value):
    assert parse_written(word) == value


FORMATS = [("Es kamen 15.000 Menschen.", "dot"), ("Es kamen 15 000 Menschen.", "space"),
           ("Es kamen 15000 Menschen.", "plain"), ("Es kamen 15,000 Menschen.", "comma"),
           ("Es kostet 4,2 Millionen Euro.", "decimal")]


@pytest.mark.parametrize("text, fmt", FORMATS)
def test_format(text, fmt):
    assert first(text).fmt == fmt


@pytest.mark.parametrize("text, expected", [
    ("Die Liste kam auf 16.58 % der Stimmen.", ["16.58 %"]),  # not "16" and "58 %"
    ("Am 3.5. kamen 12 Gäste.", ["3.5.", "12"]),  # a date stays a date
    ("Version 3.1 erschien 2019.", ["3", "1", "2019"]),  # a point without a percent is no decimal point
])
def test_decimal_point_only_before_percent(text, expected):
    assert [item.text[:len(want)] for item, want in zip(parse_quantities(text), expected)] == expected
    assert len(parse_quantities(text)) == len(expected)


# --- qualifiers, scales, units ---------------------------------------------------------------
QUALIFIERS = [
    ("Es kamen mehr als 15.000 Menschen.", "mehr als", "lower"),
    ("Es kamen über 15.000 Menschen.", "über", "lower"),
    ("Es kamen rund 15.000 Menschen.", "rund", "approx"),
    ("Es kamen etwa 15.000 Menschen.", "etwa", "approx"),
    ("Es kamen knapp 15.000 Menschen.", "knapp", "upper"),
    ("Es kostet bis zu 5,5 Milliarden Euro.", "bis zu", "upper"),
    ("Es kostet mindestens 30 Milliarden Euro.", "mindestens", "lower"),
    ("Es kamen fast 15.000 Menschen.", "fast", "upper"),
    ("Es kamen nahezu 4500 Menschen.", "nahezu", "upper"),
    ("Es kamen weniger als 500 Menschen.", "weniger als", "upper"),
    ("Es kamen gut 75.000 Menschen.", "gut", "lower"),
    ("Es kamen ca. 15.000 Menschen.", "ca.", "approx"),
]


@pytest.mark.parametrize("text, qualifier, kind", QUALIFIERS)
def test_qualifier(text, qualifier, kind):
    item = first(text)
    assert (item.qualifier.lower(), item.qualifier_kind) == (qualifier, kind)


SCALES = [("4,2 Millionen Euro fehlen.", "Millionen"), ("5,5 Mrd. Euro fehlen.", "Mrd."),
          ("5,5 Milliarden Dollar fehlen.", "Milliarden"), ("Es fehlen 3 Mio. Euro.", "Mio."),
          ("Es kamen zwölf Tausend Menschen.", "Tausend")]


@pytest.mark.parametrize("text, scale", SCALES)
def test_scale(text, scale):
    assert first(text).scale == scale


UNITS = [
    ("Die Quote liegt bei 38 Prozent.", "%"), ("Die Quote liegt bei 3,5 %.", "%"),
    ("Es kostet 4,2 Millionen Euro.", "EUR"), ("Es kostet 2 Millionen €.", "EUR"),
    ("Es kostet 5,5 Milliarden Dollar.", "USD"), ("Es kostet 5,5 Milliarden US-Dollar.", "USD"),
    ("Die Front ist 1.000 km lang.", "km"), ("Es fielen 1,2 Millionen Tonnen Getreide aus.", "t"),
    ("Es fehlen 1,9 Millionen Rubel.", "RUB"), ("Die Fläche umfasst rund 2.000 Quadratkilometer.", "km2"),
]


@pytest.mark.parametrize("text, unit", UNITS)
def test_unit(text, unit):
    assert first(text).unit == unit


# --- the counted thing ------------------------------------------------------------------------
NOUNS = [
    ("Es fielen 600.000 russische Soldaten.", "Soldat"),
    ("Es kämpfen 11.000 Nordkorea-Soldaten.", "Soldat"),
    ("Es kamen 15.800 Container mit Munition an.", "Container"),
    ("Es kamen 15.000 Container Munition an.", "Container"),
    ("Es fehlen Millionen Schuss Munition.", "Schuss"),
    ("Es wurden rund 60 dieser Raketen abgefeuert.", "Rakete"),
    ("Es starben 5.000 Tote.", "Tote"),
    ("Es kamen 9.800 Läuferinnen und Läufer.", "Läufer"),
    ("Das Werk hat 2.000 Beschäftigte.", "Beschäftigte"),
    ("Es gab 6.400 neue Fälle.", "Fall"),
    ("Es kamen 12.000 Flüchtlinge.", "Flüchtling"),
    ("Es gab 41.000 Influenza-Infektionen.", "Infektion"),
    ("Die Zahl der Grippetoten liegt bei 41.000.", "Grippetote"),
    ("Ein Schaden von 2,4 Millionen Euro entstand.", "Schaden"),
    ("Es gab 3,5 Prozent der Befragten an.", "Befragte"),
]


@pytest.mark.parametrize("text, noun", NOUNS)
def test_counted_noun(text, noun):
    assert first(text).noun == noun


# "der" before an adjective in a bare "-e" opens a new phrase in the nominative, not the figure's genitive
NEW_PHRASE = [("Die Aktie war mit einem Minus von 3,8 Prozent der größte Verlierer des Tages.", "3,8 Prozent"),
              ("Das Land ist mit 14 Milliarden Euro der zweitgrößte Geldgeber der Region.", "14 Milliarden Euro")]
GENITIVE = [("Die Liste erhielt 3,8 Prozent der gültigen Stimmen.", "3,8 Prozent der gültigen Stimmen", "Stimme"),
            ("Die Liste erhielt 3,8 Prozent der Stimmen.", "3,8 Prozent der Stimmen", "Stimme")]


@pytest.mark.parametrize("text, span", NEW_PHRASE)
def test_a_nominative_phrase_after_the_figure_is_not_its_counted_thing(text, span):
    item = first(text)
    assert (item.text, item.noun) == (span, None)


@pytest.mark.parametrize("text, span, noun", GENITIVE)
def test_a_genitive_after_a_percentage_is_its_counted_thing(text, span, noun):
    item = first(text)
    assert (item.text, item.noun) == (span, noun)


CONTENT = [("Es kamen 15.800 Container mit Munition an.", "Munition"),
           ("Es kamen 15.000 Container Munition an.", "Munition"),
           ("Das entspricht acht Millionen Schuss Artilleriemunition.", "Artilleriemunition")]


@pytest.mark.parametrize("text, content", CONTENT)
def test_content(text, content):
    assert first(text).content == content


MODIFIERS = [("Es fielen 600.000 russische Soldaten.", "russisch"),
             ("Es kämpfen 11.000 Nordkorea-Soldaten.", "nordkorea"),
             ("Es arbeiten 100.000 Mitarbeiter der Verwaltung.", "verwaltung")]


@pytest.mark.parametrize("text, modifier", MODIFIERS)
def test_modifier(text, modifier):
    assert modifier in first(text).modifiers


def test_same_key_for_compound_and_adjective():
    assert first("Es kämpfen 11.000 Nordkorea-Soldaten.").key == first("Es fielen 600.000 russische Soldaten.").key


def test_synonyms_share_a_key():
    assert first("Es kamen 9.800 Läuferinnen und Läufer.").key == first("Mit 9.500 Teilnehmern war es voll.").key


def test_vague_quantity():
    assert first("Tausende Menschen demonstrierten.").vague


def test_vague_with_scale():
    item = first("Hunderte Millionen Euro fehlen.")
    assert (item.vague, item.low) == (True, 100_000_000)


def test_dutzende_is_not_a_claim():
    assert not first("Dutzende Verletzte wurden behandelt.").claim


# --- claims and non-claims ---------------------------------------------------------------------
KINDS = [
    ("Anträge ab dem 28.10.2024 stellen.", "date"),
    ("Das war im Jahr 2022 so.", "year"),
    ("Es begann Ende Februar 2022.", "year"),
    ("Er kam um 14.30 Uhr an.", "time"),
    ("Er kam um 14 Uhr an.", "time"),
    ("Der Verein spielt in der 3. Liga.", "ordinal"),
    ("Der 54-Jährige schwieg.", "age"),
    ("Er spielt seit drei Jahren dort.", "duration"),
    ("Die 122-mm-Granaten passen.", "name"),
    ("Die F-16 kamen an.", None),
    ("Das Spiel endete 2:1.", "score"),
    ("Der Rat stimmte mit 24 zu 17 Stimmen zu.", "score"),
    ("Das regelt Paragraf 3 des Gesetzes.", "label"),
    ("Das steht auf Seite 12 des Berichts.", "label"),
    ("Die Hotline 03641 55 20 10 hilft.", "phone"),
    ("Er lief 2:21:37 Stunden.", "score"),
    ("Der Planet liegt auf Platz 16 der Tabelle.", "label"),
    ("Das 1972 eröffnete Bad schließt.", "year"),
    ("Sie ist zu 100 Prozent sicher.", "common"),
    ("Die Stadt hat 50.000 Einwohner.", "common"),
    ("Er hat zwei Kinder.", "common"),
    ("Er kaufte drei Äpfel.", "small"),
    ("Ein Asteroid trifft etwa alle 500 Jahre auf.", "rate"),
]


@pytest.mark.parametrize("text, kind", KINDS)
def test_kind(text, kind):
    items = [item for item in parse_quantities(text)]
    assert (items[0].kind if items else None) == kind


NOT_CLAIMS = [
    "Anträge ab dem 28.10.2024 stellen.", "Das war im Jahr 2022 so.", "Er kam um 14.30 Uhr an.",
    "Der Verein spielt in der 3. Liga.", "Der 54-Jährige schwieg.", "Er spielt seit drei Jahren dort.",
    "Das Spiel endete 2:1.", "Das regelt Paragraf 3 des Gesetzes.", "Die Hotline 03641 55 20 10 hilft.",
    "Die G7-Staaten tagen.", "Nach der Covid-19-Pandemie kam das.", "Nach 35 Kilometern brach er ein.",
    "Es war zwölf Grad warm.", "Die drei Grundschulen bleiben zu.", "Es kamen Tausende Menschen.",
    "Das Bad wurde 1972 eröffnet.", "Von 8 bis 20 Uhr ist offen.", "Die Boeing 747 landete.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text):
    assert not any(item.claim for item in parse_quantities(text))


CLAIMS = [
    "Rund 40.000 Menschen säumten die Strecke.", "Der Markt wächst um 7 Prozent.",
    "Der Schaden beträgt 2,4 Millionen Euro.", "Es starben 4.000 bis 5.000 russische Soldaten.",
    "Rund 60 dieser Raketen wurden abgefeuert.", "Das kostet mindestens 30 Milliarden Euro.",
    "Es brannten rund 2.000 Quadratkilometer.", "Es kamen 520 Betten hinzu.", "Es gab 15 Tote.",
    "Es kamen zwölftausend Menschen.", "Es fehlen zwei Millionen Euro.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_claim(text):
    assert any(item.claim for item in parse_quantities(text))


CATEGORIES = [
    ("Nato: 600.000 russische Soldaten gefallen", ("casualty", "killed")),
    ("Mehr als 600.000 Soldaten sind getötet oder verwundet worden.", ("casualty", "casualties")),
    ("Rutte nannte die 200 Toten und Verletzten ein Zeichen.", ("casualty", "casualties")),
    ("Es gab 41.000 Infizierte.", ("health", "infected")),
    ("Die Zahl der Grippetoten liegt bei 41.000.", ("health", "deaths")),
    ("Der Umsatz stieg auf 1,8 Milliarden Euro.", ("finance", "revenue")),
    ("Der Gewinn stieg auf 1,8 Milliarden Euro.", ("finance", "profit")),
]


@pytest.mark.parametrize("text, category", CATEGORIES)
def test_category(text, category):
    assert category in first(text).categories


def test_spans_cover_qualifier_and_noun():
    assert first("Teaser. Mehr als 15.000 Container Munition kamen.").text == "Mehr als 15.000 Container Munition"


def test_layer_is_cached():
    document = read_text("Es kamen 15.000 Menschen.", "x.txt")
    assert quantities(document) is quantities(document)


def test_uses_stanza_lemma_when_present():
    from dataclasses import replace

    from newslint.analysis.quantities import _SentenceParser

    document = read_text("Titel\n\nEs kamen 15.000 Leute.", "x.txt")
    sentence = document.sentences[-1]
    tokens = tuple(replace(token, lemma="Person", upos="NOUN") if token.text == "Leute" else token
                   for token in sentence.tokens)
    document.sentences[-1] = replace(sentence, tokens=tokens)
    items = _SentenceParser(document, len(document.sentences) - 1, "paragraph").parse()
    assert items[0].noun == "Person"


# --- attribution -------------------------------------------------------------------------------
def sentence_source(text: str, index: int = -1):
    document = read_text("Titel der Meldung\n\n" + text, "x.txt")
    return attributions(document)[index]


NAMED = [
    "Laut Nato fielen 600.000 Soldaten.",
    "Der Polizei zufolge kamen 40.000 Menschen.",
    "Nach Angaben der Stadt kamen 40.000 Menschen.",
    "Nach Angaben von Greenpeace kamen 40.000 Menschen.",
    "Es kamen 40.000 Menschen, wie die Polizei mitteilte.",
    "Es kamen 40.000 Menschen, sagte ein Sprecher.",
    "Das Ministerium schätzt den Schaden auf 2 Millionen Euro.",
    "Das Ministerium teilte am Montag mit, es seien 40.000 Menschen gekommen.",
    "Der Generalstab bezifferte die Verluste auf 691.000 Soldaten.",
    "Selenskyj sprach von 31.000 getöteten Soldaten.",
    "„Es kamen 40.000 Menschen“, sagte Müller.",
    "So heißt es in dem Bericht, 40.000 Menschen seien gekommen.",
    "Demnach kamen 40.000 Menschen.",
    "Quelle: Statistisches Bundesamt",
    "Nach Esa-Berechnungen ist er 40 Meter groß.",
    "Im neuen Wahltrend des Instituts Wahlblick kommt die Union auf 32 Prozent.",
    "Es kamen 40.000 Menschen, so die Polizei.",
    "Das Rote Kreuz versorgte nach eigenen Angaben 86 Läufer.",
]


@pytest.mark.parametrize("text", NAMED)
def test_named_attribution(text):
    assert sentence_source(text).named


VAGUE = [
    "Experten warnen, dass 20 Prozent ausfallen.",
    "Kritiker sagen, die Stadt habe 5 Millionen verschwendet.",
    "Es heißt, 5.000 Soldaten seien dort.",
    "Berichten zufolge sind 5.000 Soldaten dort.",
    "Insider rechnen damit, dass 3.500 Stellen wegfallen.",
]


@pytest.mark.parametrize("text", VAGUE)
def test_vague_attribution(text):
    result = sentence_source(text)
    assert (result.named, result.vague) == (False, True)


NONE = [
    "Rund 40.000 Menschen säumten die Strecke.",
    "Allein dort starben angeblich 4.000 bis 5.000 Soldaten.",
    "Pjöngjang soll 5.000 Arbeiter geschickt haben.",
    "Der Markt wächst um 7 Prozent pro Jahr.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_attribution(text):
    result = sentence_source(text)
    assert (result.named, result.vague) == (False, False)


def test_paragraph_inheritance():
    text = "Den Schätzungen des Ministeriums zufolge fielen viele. Mehr als 9.100 Panzer wurden zerstört."
    assert sentence_source(text).inherited


def test_backward_inheritance():
    text = "Mehr als 9.100 Panzer wurden zerstört. Das teilte das Ministerium mit."
    assert sentence_source(text, index=1).named


def test_multi_sentence_quote():
    text = "„Es kamen 40.000 Menschen. Das ist ein Rekord“, sagte Müller."
    assert sentence_source(text, index=1).named


def test_headline_colon_source():
    document = read_text("Nato: 600.000 russische Soldaten gefallen\n\nText folgt hier.", "x.txt")
    assert attributions(document)[0].source == "nato"


def test_no_inheritance_across_paragraphs():
    text = "Laut Polizei kamen 40.000 Menschen.\n\nRund 3.000 Autos standen im Stau."
    assert not sentence_source(text).named


SOURCES = [("des südkoreanischen Geheimdienstes seit Sommer 2023", "südkoreanisch geheimdienst"),
           ("der Geheimdienst NIS", "geheimdienst nis"), ("er", None)]


@pytest.mark.parametrize("name, normal", SOURCES)
def test_normalise_source(name, normal):
    assert normalise_source(name) == normal


SAME = [("südkoreanisch geheimdienst", "geheimdienst nis", True), ("nato", "nato-generalsekretär mark rutte", True),
        ("nato", "generalstab", False), (None, "nato", None)]


@pytest.mark.parametrize("a, b, same", SAME)
def test_same_source(a, b, same):
    assert same_source(a, b) is same
