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
    ("Der angebliche Anschlag erschütterte die Stadt.", "NL401", "angebliche"),
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
    ("Das dürfte nicht leicht werden.", "NL401", "dürfte"),
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
    "Nächstes Jahr soll es Abfüllungen von Destillaten geben, die in Sherry-, Brandy- und Portfässern gereift haben.",
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
    "Familien rechneten, wie viele Wochen wohl ihr Reis noch reicht.",
    "Die Zahlen offenbaren ein Problem.",
    "Wo man Geschäfte vermutet, ist es dunkel.",
    "Der mutmaßliche Täter wurde festgenommen.",
    "Die Polizei nahm zwei mutmaßliche Schleuser fest.",
    "Der mutmaßliche Attentäter schweigt.",
    "„Das war offenbar ein Fehler“, sagte der Minister.",
    "»Er soll 5.000 Euro genommen haben«, sagte die Anklägerin.",
    "Sie sagte: \"Wir haben uns angeblich geirrt.\"",
    "Die Kinder dürfen wieder in die Schule.",
    "Die Beamten erklärten, dass mittwochs nur Frauen auf die Straße dürften.",
    "Festivals dürften nicht als bloßes Programmangebot missverstanden werden, sagte sie.",
    "Wie schnell sich das scheinbar Normale verschiebt.",
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
    "Die Rezession sei wohl unvermeidlich, räumt Mitsotakis ein.",
    "Die Zahlen würden vermutlich noch steigen, da Nachmeldungen zu erwarten seien, betonte der Sprecher.",
    "Die Einwohner dürften den Bezirk nicht mehr verlassen, sagte Gesundheitsminister Jan Blatny.",
    "Der Minister sagte, der Täter sei vermutlich geflohen.",
    "Laut Staatsanwaltschaft war der Fahrer vermutlich betrunken.",
    "Die Kosten dürften steigen, so der Kämmerer.",
    "Das Institut legte am Montag seine Prognose vor, sagte Müller. Die Wirtschaft dürfte demnach schrumpfen.",
    "Müller räumte am Montag Fehler ein. Die Reform sei womöglich zu teuer gewesen.",
    "Aber das kann ich nun wohl vergessen.",
    "Wir Alten müssten wohl ein paar Wochen länger warten.",
    "Ältere riskieren einen schweren, möglicherweise tödlichen Verlauf.",
    "Morneau steht wegen möglicherweise unzulässiger Ausgaben in der Kritik.",
    "Afkari soll nach Angaben der iranischen Justiz einen Beamten erstochen haben.",
    "Schon Ende Januar dürften sich nach früheren Schätzungen des BTE Millionen Artikel aufgetürmt haben.",
    "In den Regionen dürfte die Zahl niedriger liegen, wie Streeck und seine Kollegen selbst schreiben.",
    "Für Nadolski ist klar: Ohne Druck hätte es womöglich keinen Kompromiss gegeben.",
    "Bei einer mutmaßlich rechtswidrigen Ablehnung könnte das Land klagen, stellte die Luxemburg-Stiftung fest.",
    "Der eine gilt als schlechter Gewinner, der andere als möglicherweise gütiger Verlierer.",
    "Datenschützer befürchten: Versorger könnten Haushalte erkennen und sie möglicherweise als Kunden ablehnen.",
    "Trotzdem war sie dort offenbar kein „Game Changer“, sagte ein Behördenvertreter.",
    "Der Verlag dürfte es für sich entscheiden, mutmaßte diese Zeitung.",
    "Es gibt in den wohl durchdachten Plänen eine Leerstelle.",
    "Vermutlich auch deshalb hatte dort Chaos geherrscht, wie eine Sprecherin der Stadt sagte.",
    "Das Gericht machte am Mittwoch klar, dass die Klage wohl abgewiesen werde.",
    "Die Dauer ist abhängig von möglicherweise vorher bekannten Allergien.",
    # the reader addressed in mid-sentence: a column or service text
    "Möglicherweise haben Sie Weihnachten einfach auf sich zukommen lassen.",
    "Joe Biden, mutmaßlicher Gegenkandidat Trumps, twitterte am Abend.",
    "Befragungen hatten angedeutet, dass Reker womöglich die Mehrheit erreichen könnte.",
    # a Konjunktiv II right after a reported sentence, the speaker named just after
    "Die Lage ist ernst. Engpässe seien zu vermeiden. Schweine müssten sonst möglicherweise getötet werden. "
    "Dazu zitierte die Süddeutsche Zeitung den Verband.",
    "Manuel Nagel, Präsident des Clubs, sieht es pragmatisch: „Nach dem Fasching ist vor dem Fasching.“ "
    "Für diese Saison habe sich das Feiern wohl erledigt.",
    "Andere Wirtschaftsführer argumentieren, es kehre mehr Ruhe ein. Und das sei besser als die mutmaßliche Blockade.",
    "Der Mitbewohner soll mit ihm in einem Zimmer gewesen sein. Auch er habe Symptome gezeigt, berichtet die Helferin.",
    "Er soll sich bei Missbrauchsfällen falsch verhalten haben. Das wirft ihm ein Gutachten vor.",
    "Debatin ist Autor einer Studie, die 2500 Kinder untersucht hat, mit dem Ergebnis, dass Kinder die Infektion "
    "wohl seltener weitergeben.",
    "Das sei schlecht, sagte Müller. Die Lage sei ernst, weil die Regierung offenbar nicht handelt.",
    "Hessens Ministerpräsident Volker Bouffier (CDU) kündigte an, Menschen dürften nur noch allein aus dem Haus gehen.",
    "Doch darauf will sich das Ministerium offenbar nicht einlassen, klagt Sperling.",
    "Auch wenn Trump nicht zurückkehrt, werden andere seinen Weg wohl fortsetzen, hofft Zhao: „Das wird ein Trend.“",
    "Am Anfang fandest du es lustig. Aber womöglich nervt es dich jetzt schon.",
    "Die deutschen Unternehmen gehen wohl davon aus, „dass der Höhepunkt der Pandemie hinter ihnen liegt“, "
    "vermutet Meier.",
    "Die Ökonomen der Bank gehen auch davon aus, dass Chinas Wirtschaft um fünf Prozent wachsen dürfte.",
    "Die Bürgermeisterin fürchtet, dass die sozialen Kontakte womöglich auf Dauer leiden.",
    "Dieter Stellmacher, der Nachbar, sagt, er verstehe sie, viele hätten an ihrer Stelle wohl genauso gehandelt.",
    "Als Mitarbeiter der Stasi soll er Soldaten bespitzelt haben, wie aus Stasi-Akten hervorgeht.",
    # a plan: "haben" belongs to the second embedded clause
    "Für Fälle wie diese soll es bald eine App geben, die ihre Benutzer warnt, wenn sie sich bei Infizierten "
    "aufgehalten haben.",
    "Eine Followerin antwortete, das Jahr 2020 scheine offenbar auf das neue Jahr nachzuwirken.",
    "Laut einem Politico-Bericht soll Obama über Biden gesagt haben: „Unterschätzt Joe nicht.“",
    "Palmer glaubt, die Corona-Maßnahmen schadeten Kindern möglicherweise mehr als das Virus selbst.",
    "Scholz plädierte dafür, dass man nicht alles glauben sollte, was das Ministerium angeblich plant.",
    "Die bis dato wohl herausragendste Entwicklung des Jahrhunderts ist der Impfstoff.",
    "Er sprach davon, Leben retten zu wollen – wohl bemerkt, nachdem er die Gefahr ignoriert hatte.",
    # hearsay right after its named source, in the same paragraph
    "Ein Mann muss sich verantworten, teilte die Staatsanwaltschaft mit. Er soll einen Studenten getreten haben.",
    # Konjunktiv I continues a speaker named a few sentences before, indicative sentences between
    "Das Ministerium teilte mit, die Lieferung sei bestellt. Acht Millionen Masken gibt es bis Donnerstag. "
    "Dann könne man womöglich über den Preis sprechen.",
    "Die Ärzte sind erschöpft, sagte Müller. Möglicherweise könnten Studierende helfen, die schon ausgebildet "
    "worden seien.",
]
OTHERS_FLAGGED = [
    # a Konjunktiv I with no named source before it
    ("Die Regierung schweigt. Die Rezession sei wohl unvermeidlich.", "wohl"),
    # the hedge is the writer's; the speech verb tags the quote
    ("Offenbar ist die Lage ernst: „Wir haben kaum Betten“, sagte die Ärztin.", "Offenbar"),
    ("Wäre er gefragt worden, hätte er es vermutlich gehalten wie Wilhelm Schröder, der die Geschichte "
     "ergänzte: „Wahr muss sie sein.“", "vermutlich"),
    # impersonal passive: no one named
    ("Wegen genetischer Ähnlichkeiten wird vermutet, dass das Virus möglicherweise von Tieren stammt.",
     "möglicherweise"),
    # the speech verb belongs to the hearsay itself
    ("Einige Länder sollen wegen der Krise erklärt haben, die Aufnahme erst später umzusetzen.",
     "sollen wegen der Krise erklärt haben"),
    # Konjunktiv I only in another clause than the hedge
    ("Der Bürgermeister sprach. Zudem glaubt man wohl, ein Warenhaus komme besser über den Lockdown.", "wohl"),
    # "sei es, dass …" is no reported speech; a Konjunktiv II alone is no reported speech
    ("Der Chef sagte das. Einige werden wohl nicht kommen - sei es, dass sie vorsichtig sind.", "wohl"),
    ("Der Chef sagte das. Manche Politiker hätten wohl nichts dagegen.", "wohl"),
    # hearsay after a sentence without a source; after a source in the paragraph before (corpus gold)
    ("Ein Mann muss sich verantworten. Er soll einen Studenten getreten haben.", "soll einen Studenten getreten haben"),
    ("Das teilte die Polizei mit.\n\nZusätzlich soll er Geld gestohlen haben.", "soll er Geld gestohlen haben"),
    # the hedge "dürfte" itself does not continue reported words; a rule word in another clause or in
    # the hedge's own verb chain does not make it permission
    ("Die Lage sei ernst, sagte Müller. Die Fans dürfte das nicht freuen.", "dürfte"),
    ("Eigentlich dürfte sich das jetzt ändern: Vom 15. September an ist Sexarbeit wieder erlaubt.", "dürfte"),
    ("Vor dem Treffen war klar, dass etwas mehr Begegnungen erlaubt werden dürften als derzeit.", "dürften"),
    # a source in the next sentence that tells the next item of the story, not this one
    ("Löbel und Nüßlein sollen Provisionen kassiert haben. Beide erklärten inzwischen ihren Austritt.",
     "sollen Provisionen kassiert haben"),
    ("Die Spieler sollen in der Maschine gewartet haben. Am Samstag teilte der FC Bayern dann mit, man fliege.",
     "sollen in der Maschine gewartet haben"),
    # after reported words: a coordinated main clause, a relative clause about the speaker
    ("Sunak beteuert, alles zu tun, was nötig sei, aber es ist wohl nur eine Frage der Zeit.", "wohl"),
    ("Das habe nie funktioniert, sagt Östberg, der offenbar immer mehrere Ebenen im Blick hat.", "offenbar"),
    # "klagt gegen" (sues), no verb of saying here
    ("Die Stadt klagt gegen das Urteil, das offenbar falsch ist.", "offenbar"),
    # the hedge on the verb of saying itself is the writer's; an adverb is no subject
    ("Nun gehen Bidens Anhänger wohl davon aus, dass Biden ein Zauberer sei.", "wohl"),
    ("Dagegen spricht allein die Tatsache, dass die Vermögenden offenbar kaum wissen, wohin mit dem Geld.", "offenbar"),
    # a comma after "sprach" starts a relative clause, not her words
    ("Als die Kanzlerin über den Punkt sprach, auf den wohl die meisten gewartet hatten, schwieg sie.", "wohl"),
    # "glaubt an" is no verb of saying
    ("Palmer glaubt an die Wirkung, die offenbar ausbleibt.", "offenbar"),
    # "geht … aus" without a content clause is no verb of saying
    ("Die Sache geht wohl gut aus.", "wohl"),
    # "findet … statt", "sieht … anders" are no verbs of saying
    ("Die Veranstaltung findet wohl statt.", "wohl"),
    ("Die Polizei sieht den Fall offenbar anders, das Gericht auch.", "offenbar"),
    # a Konjunktiv II with no reported sentence before it
    ("Die Lage ist ernst. Schweine müssten sonst möglicherweise getötet werden.", "möglicherweise"),
    # "Sie" opening the sentence or a clause is "they"; a bracketed prompt addresses no one in the claim
    ("Sie haben das Geld offenbar verloren.", "offenbar"),
    ("Bald trifft sie offenbar eine Entscheidung: Sie schickt den Sohn an den Hof.", "offenbar"),
    ("[Lesen Sie hier das Interview] Tegnell hatte ganz offenbar darauf gesetzt.", "offenbar"),
    # "meinen" is the verb here, not "my"
    ("Die Mitarbeiter sagen das, wenn sie meinen: Die schafft es wohl nie.", "wohl"),
    # a verb in another sense ("fand ein Dokument")
    ("Die Polizei fand ein Dokument, das möglicherweise gefälscht ist.", "möglicherweise"),
    # a vague source is no named source
    ("Der Täter sei vermutlich geflohen, sagten Experten.", "vermutlich"),
    ("Die Krise dürfte nach Einschätzung von Ökonomen den Anstieg dämpfen.", "dürfte"),
    ("Laut Medienberichten ist der Minister zurückgetreten, die Partei ist offenbar überrascht.", "offenbar"),
    ("Die Arbeitslosenquote dürfte Ökonomen zufolge schon über 10 Prozent liegen.", "dürfte"),
    # "Wer … berichtet": the speech verb ends a relative clause
    ("Wer über Beschlüsse der Regierungen berichtet, macht sich womöglich zum Teil einer Agenda.", "womöglich"),
    # the comma after the verb starts no reported words (no Konjunktiv)
    ("Wodarg kritisiert die Absagen von Messen, und er weiß angeblich auch, warum.", "angeblich"),
    # the hedge follows the tag: the writer's comment on the speaker
    ("Man solle früher aufstehen, riet der Wirtschaftsminister, scheinbar ohne zu wissen, dass viele arm sind.",
     "scheinbar"),
]


@pytest.mark.parametrize("text", OTHERS_ACCEPTED, ids=[row[:40] for row in OTHERS_ACCEPTED])
def test_someone_elses_words_accepted(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, span", OTHERS_FLAGGED, ids=[row[0][:40] for row in OTHERS_FLAGGED])
def test_writers_own_hedge_flagged(text, span):
    assert ("NL401", span) in findings(text)


@pytest.mark.parametrize("setting, text", [
    ("ignore_reported_speech", "Die Rezession sei wohl unvermeidlich, räumt Mitsotakis ein."),
    ("ignore_reported_speech", "Laut Staatsanwaltschaft war der Fahrer vermutlich betrunken."),
    ("ignore_first_person", "Aber das kann ich nun wohl vergessen."),
])
def test_someone_elses_words_flagged_when_setting_is_off(setting, text):
    config = Config(select=("NL4",), rules={"NL401": {setting: False}})
    assert codes(text, config) == ["NL401"]


INTERVIEW = ("Ein Gespräch über Schulen\n\nDie Ministerin über den Herbst.\n\n"
             "ZEIT ONLINE: Frau Meier, wie geht es weiter?\n\n"
             "Meier: Die Schulen bleiben offen.\n\nDer Herbst dürfte schwierig werden.\n\n"
             "ZEIT ONLINE: Und die Lehrer?\n\nMeier: Sie sind vorbereitet.\n\n"
             "ZEIT ONLINE: Danke.\n\n")


def test_interview_answers_are_the_interviewees_words():
    assert codes(INTERVIEW, prefix="") == []
    config = Config(select=("NL4",), rules={"NL401": {"ignore_first_person": False}})
    assert codes(INTERVIEW, config, prefix="") == ["NL401"]


def test_interview_in_hard_wrapped_paragraphs():
    text = ("Ein Gespräch\n\nDer Ökonom über die Krise.\n\n"
            "ZEIT ONLINE: Herr Meier, wie schlimm wird es?\nMeier: Die Wirtschaft schrumpft.\n"
            "Und Hamburg wird vermutlich stärker getroffen.\nZEIT ONLINE: Warum?\nMeier: Der Hafen.\n"
            "ZEIT ONLINE: Danke.\n\n")
    assert codes(text, prefix="") == []


def test_interview_turn_read_as_a_subheading():
    text = INTERVIEW.replace("ZEIT ONLINE: Und die Lehrer?", "ZEIT ONLINE: Das dürfte nicht jeder so sehen")
    assert codes(text, prefix="") == []


def test_topic_subheadings_are_no_interview():
    text = ("Einreise\n\nNeue Regeln.\n\nTschechien: Lage\n\nDie Lage war offenbar angespannt.\n\n"
            "Polen: Lage\n\nAuch dort ruhig.\n\nPolen: Ausblick\n\nEs bleibt so.\n\n"
            "Tschechien: Ausblick\n\nMehr folgt.\n\n")
    assert codes(text, prefix="") == ["NL401"]


def test_unlabelled_answers_in_the_first_person():
    text = ("Ein Gespräch über Hotels\n\nDer Ökonom erklärt.\n\nWie geht es der Branche?\n\n"
            "Unterschiedlich.\n\nZum Beispiel?\n\nBetrachten wir das Gewerbe. Ein Hotel an der Ostsee hat es "
            "vermutlich leichter.\n\n")
    assert codes(text, prefix="") == []
    explainer = text.replace("Betrachten wir das Gewerbe.", "Das Gewerbe leidet.")
    assert codes(explainer, prefix="") == ["NL401"]


def test_topic_labels_are_no_interview():
    text = ("Schnelltests im Überblick\n\nWas sie können.\n\nZur Orientierung: Tests gibt es schon.\n\n"
            "Die Frage: Wer zahlt?\n\nDer Preis dürfte sinken.\n\n")
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
