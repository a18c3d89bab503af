"""NL401 precision, review round 4: a hedge whose claim is attributed in its own sentence. A dass-clause (or
the words after a colon) governed by a verb of saying, criticism, estimate or finding whose subject is a
source ([voice] content_* in rules/hedging.toml), a trailing "wie aus … verlautete", and two normative
frames ([evaluative]). All sentences are invented."""
from __future__ import annotations

import pytest

from newslint.config import Config
from newslint.readers import read_text
from newslint_rules import hedging

NL4 = Config(select=("NL4",))
BODY = "Titel der Seite\n\nDer erste Absatz erzählt ruhig, was am Montag im Ort geschah.\n\n"


def nl401(text: str) -> list[str]:
    document = read_text(BODY + text, "x.txt")
    full = document.text
    return [full[f.start:f.end] for f in hedging.analyze(document, NL4) if f.code == "NL401"]


NOT_FLAGGED = [
    # 1. a report noun with a named complement (or a definite article) + a verb of finding + dass
    "Eine Befragung des Hotelverbands Nordsee ergab im Frühjahr, dass in jedem fünften Haus offenbar kein "
    "Koch mehr angestellt ist.",
    "Die Studie der Hochschule Lindau zeigt, dass Pendler offenbar häufiger krank werden.",
    "Eine Auswertung des Landesamts belegt, dass Familien offenbar weniger Fleisch kaufen.",
    "Im Herbst zeigte die Analyse der Forstleute auch, dass die Buchen wohl besser mit der Trockenheit zurechtkommen.",
    "Die Gutachter kommen zu dem Schluss, dass die Brücke vermutlich bis 2030 saniert werden muss.",
    "Aus dem Bericht der Kommission geht hervor, dass die Kosten offenbar falsch berechnet wurden.",
    # … a fronted content clause
    "Dass die Kunden wohl weniger sparen, belegt eine Erhebung der Sparkasse Lindau.",
    "Dass die Preise wohl weiter steigen, befürchtet der Mieterverein.",
    # … a verb of criticism, warning or estimate with a named subject
    "Seit Monaten prangern die Anwohner an, dass die Kinder wohl noch lange unter dem Baulärm leiden werden.",
    "Der Mieterverein moniert, dass die Heizkosten wohl weiter steigen werden.",
    "Der Verband schätzt, dass im Sommer wohl 300 Stellen in der Pflege fehlen.",
    "Die Ministerin erwartet, dass die Zahl der Anträge bis Mai sinken dürfte.",
    "Die Kasse stellte fest, dass die Rechnungen, die offenbar doppelt eingereicht wurden, nicht bezahlt werden.",
    # … a dependent clause inside the content clause
    "Vor dem Rathaus klagen die Eltern an, dass die Schule seit Jahren verfällt, während die Kinder wohl noch "
    "länger im Container lernen müssen.",
    # … a noun of saying with a named complement
    "Die Bauern reagierten gelassen auf die Warnung des Deichverbands Elbmarsch, dass der Damm wohl nicht mehr "
    "lange hält.",
    # … the words after a colon
    "Die Forscher zeigen in ihrer Analyse: Die Brut schlüpft offenbar früher als vor zehn Jahren.",
    # 2. trailing tags
    "Ein weiteres Treffen der Landräte dürfte erst nach Ostern stattfinden, wie aus dem Innenministerium verlautete.",
    "Die Einigung dürfte frühestens am Montag stehen, wie aus Kreisen der Koalition verlautete.",
    "Das Werk wird wohl im Herbst schließen, hieß es aus der Konzernzentrale.",
    # 4. normative frames ([evaluative])
    "Im Dorf geht es vermutlich nur miteinander und mit viel Geduld.",
    "Dass einige Stände leer blieben, ließ sich wohl kaum vermeiden.",
]

FLAGGED = [
    # no source: an indefinite report noun, a vague subject, no verb of saying or finding
    "Eine Umfrage ergab, dass offenbar jeder Dritte auf den Urlaub verzichtet.",
    "Die Erfahrung zeigt, dass die Besucher wohl wiederkommen.",
    "Die Bilanz zeigt, dass die Firma wohl Verluste macht.",
    "Aus den Zahlen geht hervor, dass die Firma wohl Verluste macht.",
    "Die Zahlen zeigen, dass die Firma wohl Verluste macht, und die Bank zögert.",
    "Klar ist, dass die Preise im Winter wohl steigen.",
    "Es ist bekannt, dass die Preise im Winter wohl steigen.",
    "Der Trainer stellte die Mannschaft um, damit die Abwehr wohl stabiler wird.",
    "Die Nachricht, dass der Damm wohl nicht mehr lange hält, beunruhigt die Bauern.",
    "Es gibt Meldungen aus dem Norden, dass der Damm wohl nicht mehr hält.",
    "Dass die Rote Zone wohl eher ein Appell ist, zeigt das Formular, das alle ausfüllen müssen.",
    "Dass die Studie wohl falsch ist, zeigt sich erst jetzt.",
    "Dass die Preise wohl steigen, ist klar.",
    "Dass die Preise wohl steigen, befürchten Experten.",
    # the hedge in a new main clause after the content clause, or in the next sentence
    "Der Chef sagte, dass die Firma wächst. Die Kunden bleiben wohl treu.",
    "Die Studie ist klein, aber die Kosten steigen wohl weiter.",
    # a passive participle is no verb of warning; a bare circle names no one
    "Doch diesmal sollte die Behörde gewarnt sein: Der Investor dürfte es ernst meinen.",
    "Die Einigung dürfte frühestens am Montag stehen, wie aus informierten Kreisen verlautete.",
    # a fact, no norm
    "Im Streit geht es wohl nur um die Miete.",
    "Der Brand im Lager ließ sich wohl erst am Morgen löschen.",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_attributed_in_the_sentence_not_flagged(text: str) -> None:
    assert nl401(text) == []


@pytest.mark.parametrize("text", FLAGGED)
def test_own_voice_still_flagged(text: str) -> None:
    assert nl401(text) != []
