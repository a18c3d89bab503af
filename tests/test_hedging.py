"""NL401–NL404 hedging: table-driven examples (one assertion each), TOML examples, settings, CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.api import lint_text
from newslint.config import Config
from newslint.engine import Linter
from newslint.readers import read_text
from newslint_rules import hedging

# A headline and a teaser first, so that the example sentence is body copy (a paragraph).
BODY = "Eine Überschrift ohne Punkt\n\nDer Teaser steht hier.\n\n"
NL4 = Config(select=("NL4",))


def findings(text: str, config: Config = NL4, prefix: str = BODY) -> list[tuple[str, str]]:
    full = prefix + text
    return [(f.code, full[f.start:f.end]) for f in lint_text(full, config=config) if f.code.startswith("NL4")]


def codes(text: str, config: Config = NL4, prefix: str = BODY) -> list[str]:
    return [code for code, _ in findings(text, config, prefix)]


# --- flagged: (sentence, expected code, expected span) --------------------------------------------
FLAGGED = [
    ("Bei den Kämpfen starben angeblich 4.000 Soldaten.", "NL401", "angeblich"),
    # (inflected "angebliche" before its noun is a so-called label since review round 3: see
    # tests/test_hedging_precision2.py; the adverb stays a hedge)
    ("Bei dem Anschlag starben angeblich auch zwei Wachleute.", "NL401", "angeblich"),
    ("Die Trümmer stammen offenbar aus nordkoreanischer Produktion.", "NL401", "offenbar"),
    ("Offenbar war der Fahrer zu schnell.", "NL401", "Offenbar"),
    ("Der Fahrer war anscheinend zu schnell unterwegs.", "NL401", "anscheinend"),
    ("Vermutlich wird das Wasser erst am Dienstag zurückgehen.", "NL401", "Vermutlich"),
    ("Die Grippewelle hat ihren Höhepunkt vermutlich noch nicht erreicht.", "NL401", "vermutlich"),
    ("Die Truppen sind wohl schon an der Front.", "NL401", "wohl"),
    ("Wohl in vorauseilendem Gehorsam haben die Ressorts gehandelt.", "NL401", "Wohl"),
    ("Der Asteroid hätte möglicherweise eine Großstadt zerstört.", "NL401", "möglicherweise"),
    ("Womöglich ist das Feuer absichtlich gelegt worden.", "NL401", "Womöglich"),
    ("Der Täter ist scheinbar ins Ausland geflohen.", "NL401", "scheinbar"),
    ("Bei dem Angriff wurden mutmaßlich auch Offiziere getroffen.", "NL401", "mutmaßlich"),
    ("Der Gesamtschaden dürfte sich auf mehrere Millionen Euro belaufen.", "NL401", "dürfte"),
    ("Die Fragen dürften im Ausschuss gestellt werden.", "NL401", "dürften"),
    ("Das dürfte nicht leicht gewesen sein.", "NL401", "dürfte"),
    ("Dem Vernehmen nach stehen auch die Werke in Sachsen zur Disposition.", "NL401", "Dem Vernehmen nach"),
    ("Allem Anschein nach war das Feuer gelegt worden.", "NL401", "Allem Anschein nach"),
    ("Berichten zufolge setzt die Armee zunehmend Häftlinge ein.", "NL401", "Berichten zufolge"),
    ("Gerüchten zufolge steht der Verein vor dem Verkauf.", "NL401", "Gerüchten zufolge"),
    ("Laut Medienberichten ist der Minister zurückgetreten.", "NL401", "Laut Medienberichten"),
    ("Nordkorea soll 5.000 Soldaten geschickt haben.", "NL401", "soll 5.000 Soldaten geschickt haben"),
    ("Der Mann soll betrunken gewesen sein.", "NL401", "soll betrunken gewesen sein"),
    ("Die Frau soll schwer verletzt worden sein.", "NL401", "soll schwer verletzt worden sein"),
    ("Die Täter sollen die Frau geschlagen und beraubt haben.", "NL401",
     "sollen die Frau geschlagen und beraubt haben"),
    ("Der Mann, der das Auto gestohlen haben soll, ist gefasst.", "NL401", "gestohlen haben soll"),
    ("Er soll, wie Zeugen berichten, geflohen sein.", "NL401", "soll, wie Zeugen berichten, geflohen sein"),
    ("Kim Jong-Un soll die Produktion angeblich verdoppelt haben.", "NL402", "soll die Produktion angeblich"),
    ("Die Zahl der Todesfälle dürfte vermutlich weiter steigen.", "NL402", "dürfte vermutlich"),
    ("Die Truppen sollen wohl schon bald eingesetzt werden.", "NL402", "sollen wohl"),
    ("Angeblich war der Minister offenbar krank.", "NL402", "Angeblich war der Minister offenbar"),
    ("Experten warnen, dass bis zu 20 Prozent des Personals ausfallen.", "NL404", "Experten warnen"),
    ("Insider rechnen damit, dass 3.500 Stellen wegfallen.", "NL404", "Insider rechnen damit"),
    ("Kritiker sagen, die Stadt habe das Bad verfallen lassen.", "NL404", "Kritiker sagen"),
    ("Es heißt, die Einheiten seien völlig unvorbereitet.", "NL404", "Es heißt"),
    ("Laut Experten steigen die Preise um 30 Prozent.", "NL404", "Laut Experten"),
    ("Aus Regierungskreisen hieß es, 200 Beamte würden versetzt.", "NL404", "Aus Regierungskreisen"),
    ("Medienberichten zufolge wurden 30 Menschen verletzt.", "NL404", "Medienberichten zufolge"),
    ("Das Ende der Krise lässt auf sich warten, prognostizieren Forscher.", "NL404", "prognostizieren Forscher"),
    ("Manche Experten vermuten, dass die Mutation schuld ist.", "NL404", "Experten vermuten"),
    ("Nach Ansicht von Experten wird das Abkommen die Integration voranbringen.", "NL404",
     "Nach Ansicht von Experten"),
    ("Finanzexperten erwarten einen Rückgang um 3 Prozent.", "NL404", "Finanzexperten erwarten"),
]


@pytest.mark.parametrize("sentence, code, span", FLAGGED, ids=[row[0][:40] for row in FLAGGED])
def test_flagged(sentence, code, span):
    assert (code, span) in findings(sentence)


# --- accepted: no NL4 finding at all --------------------------------------------------------------
ACCEPTED = [
    "Die Schulen sollen am Montag wieder öffnen.",
    "Im Herbst soll es Weine geben, die in Eichen-, Kastanien- und Akazienfässern gereift haben.",
    "Die Steuer soll 2025 steigen.",
    "Der Ausschuss soll den Etat am 12. März beraten.",
    "Die Arbeiten sollen bis Ende 2026 abgeschlossen sein.",
    "Bis 2030 sollen alle Haushalte angeschlossen sein.",
    "Die Schulen sollen bis zum 1. Juni melden, ob sie eine Küche benötigen.",
    "Das Soll ist erfüllt.",
    "Das Wohl der Kinder darf nicht von der Kassenlage abhängen.",
    "Ich fühle mich hier einfach wohl.",
    "Die Spieler haben sich immer wohl gefühlt.",
    "Der Wohlstand wächst.",
    "Die wohlhabende Familie spendete.",
    "Nicht die Mieten, wohl aber die Nebenkosten steigen.",
    "Das weiß er sehr wohl.",
    "Wer wird wohl gewinnen?",
    "Soll er das wirklich gesagt haben?",
    "Die Rentner überlegten, wie viele Tage wohl ihr Heizöl noch genügt.",
    "Die Zahlen offenbaren ein Problem.",
    "Wo man das Rathaus vermutet, steht ein Parkhaus.",
    "Der mutmaßliche Täter wurde festgenommen.",
    "Die Polizei nahm zwei mutmaßliche Schleuser fest.",
    "Der mutmaßliche Attentäter schweigt.",
    "„Das war offenbar ein Fehler“, sagte der Minister.",
    "»Er soll 5.000 Euro genommen haben«, sagte die Anklägerin.",
    "Sie sagte: \"Wir haben uns angeblich geirrt.\"",
    "Die Kinder dürfen wieder in die Schule.",
    "Die Behörde erklärte, dass dienstags nur Lieferwagen in die Altstadt dürften.",
    "Museen dürften nicht als reine Freizeitkulisse verstanden werden, sagte sie.",
    "Wie rasch das scheinbar Gewohnte kippt.",
    "Kontakte zu möglicherweise Betroffenen werden nachverfolgt.",
    "Es ist möglich, dass der Termin verschoben wird.",
    "Das Vernehmen des Zeugen dauerte drei Stunden.",
    "Berichten der „New York Times“ zufolge wurden 30 Menschen verletzt.",
    "Laut Berichten der Polizei ist der Fahrer geflohen.",
    "Experten warnen vor den Folgen.",
    "Experten des Ifo-Instituts erwarten 2 Prozent Wachstum.",
    "Ifo-Experten erwarten 2 Prozent Wachstum.",
    "Forscher um Christian Drosten erwarten 30 Prozent mehr Fälle.",
    "Die Forscher erwarten 30 Prozent mehr Fälle.",
    "Kritiker der Reform wurden verhaftet.",
    "Der Antrag erhielt 30 Stimmen.",
    "Das heißt, die Steuer steigt um 3 Prozent.",
    "Krisen, so heißt es, bringen das Beste im Menschen hervor.",
    "Die Schulen sollen öffnen, obwohl die Heizung defekt ist.",
]


@pytest.mark.parametrize("sentence", ACCEPTED, ids=[row[:40] for row in ACCEPTED])
def test_accepted(sentence):
    assert findings(sentence) == []


# --- display copy (NL403) ------------------------------------------------------------------------
DISPLAY = [
    ("Nordkorea schickt offenbar weitere Truppen\n\nDer Teaser steht hier.\n\n", "NL403"),
    ("Eine Überschrift\n\nDie Armee verliert offenbar so viele Soldaten wie nie zuvor.\n\n", "NL403"),
    ("Eine Überschrift\n\nDer Teaser steht hier.\n\nEinschlag wohl ausgeschlossen\n\nText folgt hier.\n", "NL403"),
    ("Nato: Russland verliert offenbar täglich Soldaten\n\nDer Teaser steht hier.\n\n", "NL401"),
    # a source named by the sentence itself: the hedge is the source's word (setting ignore_reported_speech)
    ("Eine Überschrift\n\nRussland verliert laut Nato offenbar mehr Soldaten.\n\n", None),
    ("Eine Überschrift\n\nDie Armee verliert offenbar Soldaten, sagte ein Sprecher.\n\n", None),
]


@pytest.mark.parametrize("text, code", DISPLAY, ids=[row[0].split("\n")[0][:40] for row in DISPLAY])
def test_display(text, code):
    assert codes(text, prefix="") == ([code] if code else [])


def test_display_kinds_setting_turns_teaser_into_body():
    config = Config(select=("NL4",), rules={"NL403": {"kinds": ["headline"]}})
    assert codes("Eine Überschrift\n\nDie Armee verliert offenbar Soldaten.\n\n", config, prefix="") == ["NL401"]


# --- settings ------------------------------------------------------------------------------------
def test_quotes_flagged_when_ignore_in_quotes_is_false():
    config = Config(select=("NL4",), rules={"NL401": {"ignore_in_quotes": False}})
    assert codes("„Das war offenbar ein Fehler“, sagte der Minister.", config) == ["NL401"]


def test_allow_list_drops_a_hedge():
    config = Config(select=("NL4",), rules={"NL401": {"allow": ["dürfte"]}})
    assert codes("Der Schaden dürfte hoch sein.", config) == []


def test_allow_legal_false_flags_legal_wording():
    config = Config(select=("NL4",), rules={"NL401": {"allow_legal": False}})
    assert codes("Der mutmaßliche Täter wurde festgenommen.", config) == ["NL401"]


def test_require_claim_false_flags_every_vague_source():
    config = Config(select=("NL4",), rules={"NL404": {"require_claim": False}})
    assert codes("Experten warnen vor den Folgen.", config) == ["NL404"]


def test_vague_source_in_quote_is_not_flagged():
    assert codes("„Experten warnen, dass 20 Prozent ausfallen“, sagte Meier.") == []


# --- someone else's words: reported speech, first person, interviews ------------------------------
OTHERS_ACCEPTED = [
    "Die Flaute sei wohl unvermeidlich, räumt Regierungschef Berger ein.",
    "Die Zahl der Fälle werde vermutlich noch steigen, weil Meldungen fehlten, betonte die Sprecherin.",
    "Die Bewohner dürften das Viertel nicht mehr verlassen, sagte Gesundheitsministerin Eva Lind.",
    "Der Minister sagte, der Täter sei vermutlich geflohen.",
    "Laut Staatsanwaltschaft war der Fahrer vermutlich betrunken.",
    "Die Kosten dürften steigen, so der Kämmerer.",
    "Das Institut legte am Montag seine Prognose vor, sagte Müller. Die Wirtschaft dürfte demnach schrumpfen.",
    "Müller räumte am Montag Fehler ein. Die Reform sei womöglich zu teuer gewesen.",
    "Den Urlaub kann ich jetzt wohl vergessen.",
    "Wir Rentner müssen wohl noch etwas warten.",
    "Raucher riskieren eine schwere, möglicherweise dauerhafte Schädigung.",
    "Der Minister steht wegen möglicherweise unzulässiger Spesen in der Kritik.",
    "Der Angeklagte soll nach Angaben der Staatsanwaltschaft einen Wachmann verletzt haben.",
    "Bis März dürften sich nach älteren Berechnungen des Handelsverbands Tausende Paletten angesammelt haben.",
    "In ländlichen Kreisen dürfte der Anteil niedriger liegen, wie die Autorin und ihr Team selbst schreiben.",
    "Für Vogel ist klar: Ohne Druck hätte es womöglich keine Einigung gegeben.",
    "Bei einer mutmaßlich rechtswidrigen Kündigung könnte der Verein klagen, stellte die Anwaltskammer fest.",
    "Der eine gilt als schlechter Gewinner, der andere als möglicherweise geduldiger Verlierer.",
    "Verbraucherschützer befürchten: Banken könnten Sparer erkennen und sie möglicherweise als Kunden ablehnen.",
    "Trotzdem war die Reform offenbar kein „großer Wurf“, sagte ein Beamter.",
    "Der Verein dürfte das Rennen machen, mutmaßte der Kommentator.",
    "In den wohl durchdachten Entwürfen fehlt ein Kapitel.",
    "Vermutlich deshalb war der Parkplatz voll, wie eine Sprecherin der Gemeinde sagte.",
    "Die Richterin machte am Dienstag klar, dass der Antrag wohl scheitern werde.",
    "Die Wartezeit hängt von möglicherweise vorher bekannten Unverträglichkeiten ab.",
    # the reader addressed in mid-sentence: a column or service text
    "Möglicherweise haben Sie den Urlaub einfach auf sich zukommen lassen.",
    "Anna Roth, mutmaßliche Gegenkandidatin des Bürgermeisters, schwieg am Abend.",
    "Das Institut hatte angedeutet, dass die Amtsinhaberin womöglich die Mehrheit erreichen könnte.",
    # a Konjunktiv II right after a reported sentence, the speaker named just after
    "Die Lage ist ernst. Staus seien zu vermeiden. Lieferungen müssten sonst möglicherweise ausfallen. "
    "Dazu zitierte die Lokalzeitung den Verband.",
    "Jens Kolb, Präsident des Vereins, sieht es gelassen: „Nach dem Turnier ist vor dem Turnier.“ "
    "Für diese Saison habe sich das Thema wohl erledigt.",
    "Andere Unternehmer argumentieren, es kehre mehr Ruhe ein. Und das sei besser als der mutmaßliche Stillstand.",
    "Der Nachbar soll mit ihr im Garten gewesen sein. Auch er habe gehustet, berichtet die Pflegerin.",
    "Er soll bei der Vergabe falsch gehandelt haben. Das wirft ihm ein Prüfbericht vor.",
    "Weber ist Autorin einer Studie, die 800 Familien befragt hat, mit dem Ergebnis, dass Väter wohl "
    "seltener Elternzeit nehmen.",
    "Das sei schlecht, sagte Müller. Die Lage sei ernst, weil die Regierung offenbar nicht handelt.",
    "Landrätin Petra Sommer (SPD) kündigte an, Gäste dürften nur noch draußen bedient werden.",
    "Doch darauf will sich die Behörde offenbar nicht einlassen, klagt Händlerin Ott.",
    "Auch wenn der Gründer geht, werden andere seinen Kurs wohl fortsetzen, hofft Lin: „Das wird bleiben.“",
    "Zuerst war es spannend für dich. Aber womöglich langweilt es dich inzwischen.",
    "Die Händler gehen wohl davon aus, „dass das Schlimmste hinter ihnen liegt“, vermutet Meier.",
    "Die Ökonomen der Bank gehen davon aus, dass der Export um drei Prozent wachsen dürfte.",
    "Die Bürgermeisterin fürchtet, dass das Vereinsleben womöglich dauerhaft leidet.",
    "Karl Brenner, der Vermieter, sagt, er verstehe sie, die meisten hätten in dieser Lage wohl ähnlich gehandelt.",
    "Als Kassenwart soll er Spenden abgezweigt haben, wie aus Vereinsakten hervorgeht.",
    # a plan: "haben" belongs to the second embedded clause
    "Für solche Fälle soll es bald ein Portal geben, das Mieter informiert, wenn sie zu viel bezahlt haben.",
    "Eine Leserin antwortete, der Winter scheine offenbar länger zu dauern.",
    "Laut einem Bericht der Lokalzeitung soll die Ministerin über ihren Vorgänger gesagt haben: „Er plant nie.“",
    "Der Bürgermeister glaubt, die Sperrung schade den Händlern möglicherweise mehr als der Umbau.",
    "Die Senatorin plädierte dafür, dass Bürger nicht alles ernst nehmen sollten, was der Verband angeblich fordert.",
    "Die bis dato wohl wichtigste Erfindung des Jahrzehnts ist das Smartphone.",
    "Sie sprach davon, Schulden abbauen zu wollen – wohl bemerkt, nachdem sie neue aufgenommen hatte.",
    # hearsay right after its named source, in the same paragraph
    "Eine Frau muss sich verantworten, teilte die Staatsanwaltschaft mit. Sie soll einen Radfahrer gestoßen haben.",
    # Konjunktiv I continues a speaker named a few sentences before, indicative sentences between
    "Das Amt teilte mit, die Lieferung sei bestellt. Zwei Lastwagen kommen bis Freitag. "
    "Dann könne man womöglich über weitere Aufträge reden.",
    "Die Pflegekräfte sind erschöpft, sagte Müller. Möglicherweise könnten Freiwillige helfen, die schon "
    "geschult worden seien.",
]
OTHERS_FLAGGED = [
    # plural "dürften" of conjecture: no people/venue subject with a verb of access, no rule or reported
    # words around; an adjective in -e is no Konjunktiv I ("irre gewordene"); "blieben" is also the past
    # indicative; "bis vor Kurzem" is no deadline; "Das zeigt sich" after a sentence names no one
    ("Die Zinsen sind gestiegen. Bauherren dürften deshalb genauer gerechnet haben.", "dürften"),
    ("Die Nachbarn dürften den Lärm gehört haben, sagte niemand.", "dürften"),
    ("Der Stürmer sagte nichts. Einige Fans waren anscheinend irre geworden.", "anscheinend"),
    ("Die Kontrollen blieben wohl auch darum selten.", "wohl"),
    ("Bis vor Kurzem sollen die Händler kurz vor der Pleite gestanden haben.",
     "sollen die Händler kurz vor der Pleite gestanden haben"),
    ("Die Brücke ist vermutlich marode. Das zeigt sich an den Rissen.", "vermutlich"),
    # a Konjunktiv I with no named source before it
    ("Der Vorstand schweigt. Die Pleite sei wohl unabwendbar.", "wohl"),
    # the hedge is the writer's; the speech verb tags the quote
    ("Offenbar ist die Lage ernst: „Wir haben kaum Betten“, sagte die Ärztin.", "Offenbar"),
    ("Sie hielt es vermutlich wie ihr Großvater Paul Ebert, der jede Anekdote "
     "ergänzte: „Hauptsache, sie ist schön.“", "vermutlich"),
    # impersonal passive: no one named
    ("Wegen ähnlicher Spuren wird vermutet, dass der Brand möglicherweise im Keller begann.",
     "möglicherweise"),
    # the speech verb belongs to the hearsay itself
    ("Einige Gemeinden sollen wegen der Kosten erklärt haben, den Ausbau erst später umzusetzen.",
     "sollen wegen der Kosten erklärt haben"),
    # Konjunktiv I only in another clause than the hedge
    ("Der Bürgermeister sprach. Zudem prüft die Verwaltung wohl, ob ein Kaufhaus besser durch den Winter komme.", "wohl"),
    # "sei es, dass …" is no reported speech; a Konjunktiv II alone is no reported speech
    ("Der Chef sagte das. Einige sind wohl nicht gekommen - sei es, dass sie vorsichtig sind.", "wohl"),
    ("Der Chef sagte das. Manche Politiker hätten wohl nichts dagegen.", "wohl"),
    # hearsay after a sentence without a source; after a source in the paragraph before (corpus gold)
    ("Eine Frau muss sich verantworten. Sie soll einen Radfahrer gestoßen haben.", "soll einen Radfahrer gestoßen haben"),
    ("Das teilte die Polizei mit.\n\nZusätzlich soll er Geld gestohlen haben.", "soll er Geld gestohlen haben"),
    # the hedge "dürfte" itself does not continue reported words; a rule word in another clause or in
    # the hedge's own verb chain does not make it permission
    ("Die Lage sei ernst, sagte Müller. Die Kunden dürfte das kaum trösten.", "dürfte"),
    ("Eigentlich dürfte sich das längst geändert haben: Vom 1. Mai an ist der Verkauf wieder erlaubt.", "dürfte"),
    ("Vor der Sitzung war klar, dass etwas mehr Gäste erlaubt werden dürften als bisher.", "dürften"),
    # a source in the next sentence that tells the next item of the story, not this one
    ("Zwei Vorstände sollen Spesen falsch abgerechnet haben. Beide erklärten am Montag ihren Austritt.",
     "sollen Spesen falsch abgerechnet haben"),
    ("Die Gäste sollen im Bus gewartet haben. Am Samstag teilte der Veranstalter dann mit, man fahre los.",
     "sollen im Bus gewartet haben"),
    # after reported words: a coordinated main clause, a relative clause about the speaker
    ("Der Kämmerer beteuert, er tue, was er könne, aber das ist wohl nicht die ganze Wahrheit.", "wohl"),
    ("Das habe nie funktioniert, sagt Gründerin Holm, die offenbar immer mehrere Pläne hat.", "offenbar"),
    # "klagt gegen" (sues), no verb of saying here
    ("Die Stadt klagt gegen das Urteil, das offenbar falsch ist.", "offenbar"),
    # the hedge on the verb of saying itself is the writer's; an adverb is no subject
    ("Nun gehen die Fans wohl davon aus, dass der Trainer zaubern könne.", "wohl"),
    ("Dagegen spricht schon der Umstand, dass die Pendler offenbar kaum Alternativen haben.", "offenbar"),
    # a comma after "sprach" starts a relative clause, not her words
    ("Als die Rektorin über den Etat sprach, auf den wohl alle gewartet hatten, wurde es still.", "wohl"),
    # "glaubt an" is no verb of saying
    ("Der Trainer glaubt an die Taktik, die offenbar nicht aufgeht.", "offenbar"),
    # "geht … aus" without a content clause is no verb of saying
    ("Die Sache geht wohl gut aus.", "wohl"),
    # "findet … statt", "sieht … anders" are no verbs of saying
    ("Die Veranstaltung findet wohl statt.", "wohl"),
    ("Die Polizei sieht den Fall offenbar anders, das Gericht auch.", "offenbar"),
    # a Konjunktiv II with no reported sentence before it
    ("Die Lage ist ernst. Lieferungen dürften sonst ausgefallen sein.", "dürften"),
    # "Sie" opening the sentence or a clause is "they"; a bracketed prompt addresses no one in the claim
    ("Sie haben das Geld offenbar verloren.", "offenbar"),
    ("Bald trifft sie offenbar eine Entscheidung: Sie schickt den Sohn in die Lehre.", "offenbar"),
    ("[Lesen Sie hier das Interview] Die Leiterin hatte ganz offenbar darauf gesetzt.", "offenbar"),
    # "meinen" is the verb here, not "my"
    ("Die Trainer meinen es gut, der Junge lernt es wohl trotzdem nie.", "wohl"),
    # a verb in another sense ("fand ein Dokument")
    ("Die Polizei fand ein Dokument, das möglicherweise gefälscht ist.", "möglicherweise"),
    # a vague source is no named source
    ("Der Täter sei vermutlich geflohen, sagten Experten.", "vermutlich"),
    ("Der Streik dürfte nach Einschätzung von Ökonomen die Bilanz belasten.", "dürfte"),
    ("Laut Medienberichten ist der Minister zurückgetreten, die Partei ist offenbar überrascht.", "offenbar"),
    ("Die Arbeitslosenquote dürfte Ökonomen zufolge schon über 10 Prozent liegen.", "dürfte"),
    # ", die … berichtet": the speech verb ends a relative clause
    ("Die Zeitung, die über jede Sitzung berichtet, hat sich womöglich zum Sprachrohr der Verwaltung gemacht.",
     "womöglich"),
    # the comma after the verb starts no reported words (no Konjunktiv)
    ("Die Ärztin kritisiert die Schließung der Bäder, und sie weiß angeblich sogar, warum.", "angeblich"),
    # the hedge follows the tag: the writer's comment on the speaker
    ("Man solle mehr Rad fahren, riet die Senatorin, scheinbar ohne zu bedenken, dass viele weit "
     "draußen wohnen.", "scheinbar"),
]


@pytest.mark.parametrize("text", OTHERS_ACCEPTED, ids=[row[:40] for row in OTHERS_ACCEPTED])
def test_someone_elses_words_accepted(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, span", OTHERS_FLAGGED, ids=[row[0][:40] for row in OTHERS_FLAGGED])
def test_writers_own_hedge_flagged(text, span):
    assert ("NL401", span) in findings(text)


@pytest.mark.parametrize("setting, text", [
    ("ignore_reported_speech", "Die Flaute sei wohl unvermeidlich, räumt Regierungschef Berger ein."),
    ("ignore_reported_speech", "Laut Staatsanwaltschaft war der Fahrer vermutlich betrunken."),
    ("ignore_first_person", "Den Urlaub kann ich jetzt wohl vergessen."),
])
def test_someone_elses_words_flagged_when_setting_is_off(setting, text):
    config = Config(select=("NL4",), rules={"NL401": {setting: False}})
    assert codes(text, config) == ["NL401"]


INTERVIEW = ("Ein Gespräch über Schulen\n\nDie Ministerin über den Herbst.\n\n"
             "ZEIT ONLINE: Frau Meier, wie geht es weiter?\n\n"
             "Meier: Die Schulen bleiben offen.\n\nDer Herbst dürfte manche Schule an die Grenze bringen.\n\n"
             "ZEIT ONLINE: Und die Lehrer?\n\nMeier: Sie sind vorbereitet.\n\n"
             "ZEIT ONLINE: Danke.\n\n")


def test_interview_answers_are_the_interviewees_words():
    assert codes(INTERVIEW, prefix="") == []
    config = Config(select=("NL4",), rules={"NL401": {"ignore_first_person": False}})
    assert codes(INTERVIEW, config, prefix="") == ["NL401"]


def test_interview_in_hard_wrapped_paragraphs():
    text = ("Ein Gespräch\n\nDer Ökonom über die Krise.\n\n"
            "ZEIT ONLINE: Herr Meier, wie schlimm wird es?\nMeier: Die Wirtschaft schrumpft.\n"
            "Und der Norden wird vermutlich stärker getroffen.\nZEIT ONLINE: Warum?\nMeier: Der Hafen.\n"
            "ZEIT ONLINE: Danke.\n\n")
    assert codes(text, prefix="") == []


def test_interview_turn_read_as_a_subheading():
    text = INTERVIEW.replace("ZEIT ONLINE: Und die Lehrer?", "ZEIT ONLINE: Das dürfte manche überraschen")
    assert codes(text, prefix="") == []


def test_topic_subheadings_are_no_interview():
    text = ("Reisen\n\nNeue Regeln.\n\nNorden: Lage\n\nDie Lage war offenbar angespannt.\n\n"
            "Süden: Lage\n\nAuch dort ruhig.\n\nSüden: Ausblick\n\nEs bleibt so.\n\n"
            "Norden: Ausblick\n\nMehr folgt.\n\n")
    assert codes(text, prefix="") == ["NL401"]


def test_unlabelled_answers_in_the_first_person():
    text = ("Ein Gespräch über Hotels\n\nDer Ökonom erklärt.\n\nWie geht es der Branche?\n\n"
            "Unterschiedlich.\n\nZum Beispiel?\n\nBetrachten wir das Gewerbe. Eine Pension am See hat es "
            "vermutlich leichter.\n\n")
    assert codes(text, prefix="") == []
    explainer = text.replace("Betrachten wir das Gewerbe.", "Das Gewerbe leidet.")
    assert codes(explainer, prefix="") == ["NL401"]


def test_topic_labels_are_no_interview():
    text = ("Schnelltests im Überblick\n\nWas sie können.\n\nZur Orientierung: Tests gibt es schon.\n\n"
            "Die Frage: Wer zahlt?\n\nDer Preis dürfte gesunken sein.\n\n")
    assert codes(text, prefix="") == ["NL401"]


def test_unknown_setting_is_a_configuration_error():
    from newslint.errors import ConfigError

    with pytest.raises(ConfigError):
        Linter(Config(select=("NL4",), rules={"NL401": {"ignore_quotes": True}}))


def test_select_excludes_nl4():
    assert codes("Der Schaden dürfte hoch sein.", Config(select=("NL1",))) == []


# --- the vocabulary file -------------------------------------------------------------------------
VOCAB = hedging.load_vocabulary()
TOML_FLAGGED = [(entry.id, text) for entry in VOCAB.entries for text in entry.flagged]
TOML_ACCEPTED = [(entry.id, text) for entry in VOCAB.entries for text in entry.accepted]
TOML_ACCEPTED += [("vague", text) for entry in VOCAB.raw["vague_source"] for text in entry["accepted"]]
TOML_FLAGGED += [("stacking", text) for text in VOCAB.raw["stacking"]["flagged"]]
TOML_FLAGGED += [("speech", text) for text in VOCAB.raw["speech"]["flagged"]]
TOML_ACCEPTED += [("speech", text) for text in VOCAB.raw["speech"]["accepted"]]
TOML_FLAGGED += [("question", text) for text in VOCAB.raw["question"]["flagged"]]
TOML_ACCEPTED += [("question", text) for text in VOCAB.raw["question"]["accepted"]]
TOML_FLAGGED += [("claim", text) for text in VOCAB.raw["claim"]["flagged"]]
TOML_ACCEPTED += [("claim", text) for text in VOCAB.raw["claim"]["accepted"]]
TOML_FLAGGED += [("vague", text) for entry in VOCAB.raw["vague_source"] for text in entry["flagged"]]


@pytest.mark.parametrize("entry, sentence", TOML_FLAGGED, ids=[f"{e}:{t[:30]}" for e, t in TOML_FLAGGED])
def test_toml_flagged_examples(entry, sentence):
    assert codes(sentence)


@pytest.mark.parametrize("entry, sentence", TOML_ACCEPTED, ids=[f"{e}:{t[:30]}" for e, t in TOML_ACCEPTED])
def test_toml_accepted_examples(entry, sentence):
    assert codes(sentence) == []


@pytest.mark.parametrize("sentence", VOCAB.raw["stacking"]["accepted"])
def test_toml_stacking_accepted_examples_are_not_stacked(sentence):
    assert "NL402" not in codes(sentence)


def test_every_entry_has_type_codes_and_examples():
    for item in VOCAB.raw["hedge"] + VOCAB.raw["vague_source"]:
        assert item["type"] and item["codes"] and (item["flagged"] or item["accepted"]), item["id"]


def test_rule_docs_complete():
    infos = {info.code: info for info in hedging.newslint_rules()}
    assert sorted(infos) == ["NL401", "NL402", "NL403", "NL404"]
    for info in infos.values():
        assert info.description and info.flagged and info.accepted and info.summary and info.summary_en


def test_quote_spans():
    document = read_text("Er sagte: „Eins. Zwei“ und »drei«.", "x.txt")
    spans = hedging.quote_spans(document.tokens)
    assert [document.text[s:e] for s, e in spans] == ["„Eins. Zwei“", "»drei«"]


def test_findings_stay_inside_the_text_and_carry_both_languages():
    text = BODY + "Nordkorea soll 5.000 Soldaten geschickt haben. Experten warnen, dass 20 Prozent fehlen."
    for finding in lint_text(text, config=NL4):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.message and finding.message_en


# --- end to end: the console script --------------------------------------------------------------
def test_cli_select_nl4(tmp_path: Path, run_cli):
    article = tmp_path / "artikel.txt"
    article.write_text(
        "Nordkorea schickt offenbar Truppen\n\n"
        "Seoul (dpa) – Nordkorea hat nach Angaben Südkoreas Soldaten entsandt.\n\n"
        "Zusätzlich soll Nordkorea 5.000 Arbeiter geschickt haben. Die Schulen sollen am Montag öffnen.\n\n"
        "Experten warnen, dass 20 Prozent fehlen. „Das ist wohl so“, sagte Kim.\n",
        encoding="utf-8")
    result = run_cli("--select", "NL4", "--format", "json", article)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    items = data if isinstance(data, list) else data.get("findings", data)
    found = sorted((item["code"], item["line"]) for item in items)
    assert found == [("NL401", 5), ("NL403", 1), ("NL404", 7)]


# --- session 4: the writer's hedges stay flagged, non-claims of the new classes do not -----------------
WRITERS_HEDGES = [
    ("Der Täter ist offenbar geflohen.", "offenbar"),
    ("Russland soll 5.000 Soldaten geschickt haben.", "soll 5.000 Soldaten geschickt haben"),
    ("Angeblich 4.000 bis 5.000 gefallene Soldaten.", "Angeblich"),
    ("Sicher ist nur, dass der Täter offenbar geflohen ist.", "offenbar"),
    ("Zwar hatte die Ministerin Tests angekündigt, aber offenbar macht jede Schule es anders.", "offenbar"),
    ("Geld spielt dabei scheinbar keine Rolle.", "scheinbar"),
    ("Geklappt hat das offenbar mit einfachen Mitteln.", "offenbar"),
    ("Die Polizei fand eine Kamera, die wohl dem Opfer gehört hatte.", "wohl"),
]
NOT_CLAIMS = [
    "Wer den Landrat auslacht, verschafft ihm womöglich Mitleid.",
    "Sollte der Test ausfallen, wird wohl niemand fragen.",
    "Die Gruppen könnten – womöglich sogar vernetzt – durch die Stadt ziehen.",
    "Er spielte die Sonate scheinbar mühelos.",
    "Vor dem Amt wartete eine scheinbar endlose Schlange.",
    "Dort werde die Sperrstunde, also Schluss um Mitternacht, offenbar nicht eingehalten, sagte der Wirt Olaf Brandt.",
    "Die Arbeiten beginnen früher, wie sie der Zeitung berichteten. Mitarbeiter sollen nicht informiert worden sein.",
    "Für Bayern folgert die Ökonomin Tina Hahn, dass der Zoll den Exporteuren wenig Spielraum lassen dürfte.",
    "Sicher, der Zuschuss ist wohl gering. Aber er hilft den Familien.",
    "Das Lachen des womöglich künftigen Kanzlers hallte durch den Saal.",
    "Es war die wohl größte Zäsur der Geschichte.",
    "Die Kommune muss wohl sparen? Das fragen sich viele.",
    "Ich verstehe, dass der Verein die Halle sperrt. Das ist wohl leider nötig.",
]


@pytest.mark.parametrize("text, span", WRITERS_HEDGES, ids=[t[:40] for t, _ in WRITERS_HEDGES])
def test_writers_hedges_of_new_classes(text, span):
    found = [s for code, s in findings(text) if code == "NL401"]
    assert found == [span]


@pytest.mark.parametrize("text", NOT_CLAIMS, ids=[t[:40] for t in NOT_CLAIMS])
def test_new_non_claims_not_flagged(text):
    assert codes(text) == []
