"""NL401 precision, review round 2: hedges that are someone else's words or weaken no claim of fact
(rules/hedging.toml [voice]). All sentences are invented."""
from __future__ import annotations

import pytest

from newslint.config import Config
from newslint.readers import read_text
from newslint_rules import hedging

NL4 = Config(select=("NL4",))
BODY = "Titel der Seite\n\nDer erste Absatz erzählt ruhig, was am Montag im Ort geschah.\n\n"


def findings(text: str) -> list[tuple[str, str]]:
    document = read_text(BODY + text, "x.txt")
    full = document.text
    return [(f.code, full[f.start:f.end]) for f in hedging.analyze(document, NL4)]


NOT_FLAGGED = [
    # 1. the source named in the same sentence after a colon or a quote
    "Die Händler müssen sich wohl bald neue Lieferanten suchen: „Das alte Modell trägt nicht mehr“, sagt Gerda Fenske.",
    "Die Kosten dürften begrenzt bleiben: „Wir haben vorgesorgt“, sagt ein Sprecher der Stadtwerke.",
    "Warum die Förderprogramme offenbar kaum etwas bewirken: So zeigt der Prüfbericht des Landesrechnungshofes, "
    "dass viele Mittel liegen bleiben.",
    "Auch andere Kreise gehen offenbar streng vor: Der Kreis Lindental meldet eine Quote von zwei Prozent.",
    "Es gibt eine alte Legende, wonach der Bischof die Glocke selbst gegossen haben soll.",
    # 2. the source in the sentence before
    "Eigenen Angaben zufolge hat die Firma alle Auflagen erfüllt. Sie soll die Prüfer sogar eingeladen haben.",
    "Die Tischlerin leidet nach eigenen Angaben unter Rückenschmerzen.\n\nSie soll schon im Mai eine Kur beantragt haben.",
    "Der Verband meldet volle Lager, die Händler berichten von stabilen Preisen. "
    "Offenbar gibt es also nur beim Diesel noch Engpässe.",
    # 3. a quote that opened paragraphs earlier and closes later
    'Die Zeugin erinnert sich: "Das Feuer kam schnell.\n\nHinter dem Brand steckt vermutlich ein Defekt.\n\n'
    'Es war furchtbar."',
    # 4. counterfactual guesses with "hätte … wohl"
    "Das hätte sich der Gründer wohl nicht träumen lassen, dass seine Werkstatt einmal ein Museum wird.",
    "Ohne die Versicherung hätten die Mieter wohl nichts zurückbekommen.",
    # 5. hedges inside noun phrases
    "Der Streit im möglicherweise entscheidenden Wahlkreis geht weiter.",
    "Vor Bekanntwerden der mutmaßlichen Grippe-Erkrankung war er noch auf Reisen.",
    "Die Gäste kamen durch das in diesem Jahr offenbar kleinere Stadtfest kaum auf ihre Kosten.",
    "Das Turnier der angeblich besten deutschen Schachspieler endete im Streit.",
    # 6. rhetoric and generic statements
    "Zur Einordnung der Zahlen hilft womöglich ein Blick auf das Vorjahr.",
    "Früh aufstehen heißt womöglich, den Tag ohne Frühstück zu beginnen.",
    "Viele Vereine, die ihre Hallen im Winter womöglich kaum heizen können, suchen Hilfe.",
    # round 2: a source opening the next sentence, a group as source, a charge, an attitude, a conditional
    "Kinder erkranken offenbar seltener schwer. Laut einer Studie der Universität Lindental liege die Quote "
    "bei einem Prozent.",
    "Zwölf Trainer sollen nach Darstellung mehrerer Spielerinnen und Eltern jahrelang Druck ausgeübt haben.",
    "Die Frau wird beschuldigt, weil sie eine Nachbarin bedroht haben soll.",
    "Obwohl sie ahnen, dass der Umbau der Halle noch lange dauern dürfte, bleiben die Mieter.",
    "Aber wenn einige Läufer sich Federn an die Schuhe schnallen, womöglich noch eigens angefertigte, wird es "
    "unfair.",
    # round 2c: an inflected presumption adjective before a quoted term, a scenario before "kann"
    "Es war das Jahr der mutmaßlichen „Wetterwende“ im Dorf.",
    "Und da nach dem Fest womöglich weitere Gäste erkranken, kann es für die Ämter eng werden.",
    # round 2d: the next sentence points back to a record, or opens with "X zufolge"
    "Kaum etwas weiß man über die Wirtin, die angeblich bei einem Brand umkam. Das gibt ein Protokoll des Amtes an.",
    "Die Mieten haben offenbar eine Grenze erreicht. Forschern der Universität Lindental zufolge steigen sie "
    "kaum noch.",
    # round 2e: hearsay in a court report states the charge; a continuation of a sourced account
    "Der Prozess gegen die drei Männer begann im Mai. Sie sollen einen Geldtransporter überfallen haben.",
    "Alle Verurteilten sollen die Grundstücke unter Wert verkauft haben.",
    "Gegen den Wirt wird wegen Betrugs ermittelt. Er soll Gutscheine doppelt verkauft haben.",
    "Zwei Minister liegen demnach im Krankenhaus. Und auch ein dritter ist offenbar erkrankt.",
    # round 2f: a closing tag with a definite (anaphoric) subject, a cause under "könnte", a named paper next
    "Noch bleibt der Anstieg offenbar gering, schreiben die britischen Forscher.",
    "Das könnte die Umfrage verzerrt haben, weil sich womöglich vor allem besorgte Familien gemeldet haben.",
    "Womöglich wird es auf eine kleinere Feier hinauslaufen. Die Lindentaler Post berichtete, dass der Verein spart.",
    # round 2g: "hieß es aus" + institution; inflected "mutmaßlich-" before a noun without an article
    "Die Frage wird wohl das Bauamt beantworten, hieß es aus der Stadtverwaltung.",
    "Zoll findet mutmaßliche Fälschungen im Hafen.",
    "Berichten der Lindentaler Post und von stadtfunk.de zufolge sollen die Ampeln tagelang ausgefallen sein.",
]

FLAGGED = [
    # the writer's own hedges stay flagged
    ("Der Minister hat offenbar die Übersicht verloren.", "offenbar"),
    ("Die Firma soll 300 Stellen gestrichen haben.", "soll 300 Stellen gestrichen haben"),
    ("Der Täter ist vermutlich über den Balkon eingestiegen.", "vermutlich"),
    # "möglicherweise" with "hätte" still hedges a claim about the world (corpus gold)
    ("Bei einem Ausfall hätte der Generator möglicherweise das ganze Viertel lahmgelegt.", "möglicherweise"),
    # "hätten" as a full verb, no counterfactual
    ("Der Chef sprach lange. Manche Gäste hätten wohl nichts gegen eine Pause.", "wohl"),
    # an evidential hedge before a quote is the writer's inference from it
    ("Offenbar ist die Lage ernst: „Wir haben kaum noch Zelte“, sagte die Helferin.", "Offenbar"),
    # a colon with no source after it
    ("Die Preise steigen vermutlich weiter: Der Winter wird lang.", "vermutlich"),
    # "wonach" after a vague antecedent is no named source
    ("Es gibt Gerüchte, wonach der Trainer entlassen worden sein soll.", "worden sein soll"),
    # past ability "konnte" is no possibility
    ("Die Helfer konnten möglicherweise nicht alle Keller leeren.", "möglicherweise"),
    # hearsay opening a new paragraph after a source: the writer's (see test_hedging.py)
    ("Das teilte die Feuerwehr mit.\n\nZudem soll der Fahrer getrunken haben.", "soll der Fahrer getrunken haben"),
    # a noun phrase needs the article: a finite verb before the hedge opens a clause
    ("Die Firma hat offenbar neue Mitarbeiter eingestellt.", "offenbar"),
    # "heißt" with an article subject is a claim
    ("Der Verlust heißt womöglich das Aus für den Verein.", "womöglich"),
    # a quote mark that never closes carries nothing into the next paragraph
    ('Die Zeugin sagte "Ich stand am Fenster.\n\nDie Ursache ist vermutlich ein Kurzschluss.', "vermutlich"),
    # a quote that closed in its paragraph carries nothing
    ("„Wir bleiben“, sagt die Wirtin.\n\nDer Umsatz ist vermutlich eingebrochen.", "vermutlich"),
    # round 2: a vague source next, no source next, hearsay in a reason clause without a charge,
    # a conjunction without a conditional
    ("Kinder erkranken offenbar seltener schwer. Laut Experten liege die Quote bei einem Prozent.", "offenbar"),
    ("Die Firma ist offenbar zahlungsunfähig. Das Wetter war schön.", "offenbar"),
    ("Die Frau zog um, weil sie eine Nachbarin bedroht haben soll.", "bedroht haben soll"),
    ("Aber die Läufer haben sich womöglich Federn an die Schuhe geschnallt.", "womöglich"),
    ("Da nach dem Fest womöglich weitere Gäste erkrankt sind, bleibt die Halle zu.", "womöglich"),
    ("Die Mieten haben offenbar eine Grenze erreicht. Experten zufolge steigen sie kaum noch.", "offenbar"),
    ("Der Laden schloss im Mai. Der Inhaber soll Schulden gehabt haben.", "soll Schulden gehabt haben"),
    ("Zwei Minister liegen im Krankenhaus. Und auch ein dritter ist offenbar erkrankt.", "offenbar"),
    ("Noch bleibt der Anstieg offenbar gering, schreiben Forscher.", "offenbar"),
    ("Die Frage wird wohl das Bauamt beantworten, hieß es aus Kreisen der Stadt.", "wohl"),
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_not_the_writers_claim(text):
    assert [f for f in findings(text) if f[0] in ("NL401", "NL402")] == []


@pytest.mark.parametrize("text,span", FLAGGED)
def test_writers_hedge_still_flagged(text, span):
    assert ("NL401", span) in findings(text)


def test_allow_legal_false_flags_presumption_adjective():
    config = Config(select=("NL4",), rules={"NL401": {"allow_legal": False}})
    document = read_text(BODY + "Vor Bekanntwerden der mutmaßlichen Grippe-Erkrankung war er auf Reisen.", "x.txt")
    assert [f.code for f in hedging.analyze(document, config)] == ["NL401"]


def test_carried_quote_stops_at_its_closing_mark():
    text = ('Die Zeugin erinnert sich: "Das Feuer kam schnell.\n\nEs brannte lange." Der Schaden ist vermutlich '
            "hoch.")
    assert ("NL401", "vermutlich") in findings(text)


def test_voice_vocabulary_loaded():
    voice = hedging.vocabulary().voice
    assert voice is not None and "wonach" in voice.report_clause_openers and "im" in hedging.vocabulary().attributive_after
