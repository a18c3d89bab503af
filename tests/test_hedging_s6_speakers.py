"""NL401 precision, session 6 (hedA): hedges whose source is carried over from, or named in, the sentence next to
them (rules/hedging/speakers.py, ``OthersWords``).

- a conclusion with "daher/deshalb/also …" right after a named speaker's words in the Konjunktiv (review 1721 #25);
- a "So …" sentence that spells out the sourced conjecture of the sentence before (review 1789 #9);
- an indicative sentence between a speaker's tag and that speaker's Konjunktiv I (dev seed 11);
- the next sentence gives a named source's own caution about the claim, also in a quote (review 1721 #27);
- hearsay vouched for by a quote of the teller inserted between dashes in the hedge's clause (review 1721 #1);
- "den/diesen Berichten zufolge": the article points back to reports named before (dev seed 11; check.py);
- hearsay right before a Konjunktiv I account in the next paragraph that names its source (review 1747 #12);
- a letters page that opens with the titles and dates of the articles it answers (review 1721 #14);
- a teller's story retold in the indicative right after "X erzählt" (review 1747 #19);
- "Medienberichten zufolge" with the outlet named in the next sentence's report (scan of news-dev; check.py);
- hearsay right after a sentence stating the charge ("zur Last gelegt", "vorgeworfen"), or attributed to it in the
  next sentence ("laut Anklage");
  a named body's expectation in the next sentence ("Die Kämmerer rechnen damit, …"); a named source's conjecture
  going on about the same thing in the next sentence (scan of news-dev);
- the premise of a named speaker's conclusion ("Es sei daher wichtig, …, sagte X") in the next sentence (dev seed 11).

All sentences are invented. Each class has examples that must stay flagged; every NOT_FLAGGED example was
flagged by the session-start tree (bef81e1)."""
from __future__ import annotations

import pytest

from newslint.config import Config
from newslint.readers import read_text
from newslint_rules import hedging

NL4 = Config(select=("NL4",))
BODY = "Titel der Seite\n\nDer erste Absatz erzählt ruhig, was am Montag im Ort geschah.\n\n"


def nl401(text: str) -> list[str]:
    """The NL401 spans for ``text`` after a neutral headline and paragraph."""
    document = read_text(BODY + text, "x.txt")
    full = document.text
    return [full[f.start:f.end] for f in hedging.analyze(document, NL4) if f.code == "NL401"]


NOT_FLAGGED = [
    # 1. a conclusion from a named speaker's reported words (plural Konjunktiv II for the Konjunktiv I)
    "„Ein Bonus ist sinnvoller als eine Steuersenkung“, sagt etwa Karla Brenner, Ökonomin am Institut für "
    "Wirtschaft. Rentner hätten im Schnitt weniger Ersparnisse als Erwerbstätige. Einen Zuschuss dürften sie "
    "daher eher sofort ausgeben.",
    "„Wir brauchen mehr Personal“, sagte Stationsleiter Bernd Auer. Die Pflegekräfte seien seit Monaten am Limit. "
    "Viele dürften deshalb schon gekündigt haben.",
    # 2. "So …" spells out the conjecture of a source in the sentence before
    "Aus Sicht der Bankvolkswirte bleibt die Zahl der Pleiten wohl auch im Winter niedrig. So dürften die Hilfen "
    "des Staates viele Betriebe über Wasser halten.",
    "Aus Sicht von Fachleuten wird der Absatz der Händler trotz der Krise wohl stabil bleiben. So dürften "
    "Hilfen wie das Kurzarbeitergeld viele Firmen über Wasser halten.",
    # 3. between a speaker's tag and the same speaker's Konjunktiv I
    "Die Sparer halten ihr Geld zusammen, sagt Jörg Kern, Chefvolkswirt der Nordbank. Dazu trägt bei, dass die "
    "Kunden sich offenbar an die Lage gewöhnen. Ein neuer Anstieg werde den Konsum kaum treffen, vermutet Kern.",
    "Die Sparer halten ihr Geld zusammen, sagt Jörg Kern, Chefvolkswirt der Nordbank.\n\nDazu trägt bei, dass "
    "die Kunden sich offenbar an die Lage gewöhnen. Ein neuer Anstieg werde den Konsum kaum treffen, vermutet Kern.",
    # 4. the next sentence gives the named source's own caution
    "In der neuen Großküche der Kantine Weber in Amsee ist möglicherweise eine ansteckende Variante des Virus "
    "ausgebrochen. Das zuständige Gesundheitsamt in Talheim spricht von einem „dringenden Verdacht“.",
    "Der Brand in der Scheune ist vermutlich durch eine Zigarette entstanden. Die Polizei geht davon aus, dass "
    "niemand verletzt wurde.",
    "Der Fahrer ist offenbar am Steuer eingeschlafen. Die Staatsanwältin Petra Lenz hält es für wahrscheinlich, "
    "dass er übermüdet war.",
    "Die Arzneimittelbehörde will offenbar in Kürze ein neues Mittel gegen das Fieber zulassen. „Es könnte sein, "
    "dass die Zulassung in den nächsten Tagen erteilt wird“, sagte Behördenchef Lars Moll.",    # 5. hearsay vouched for by the teller's quote inserted between dashes in its own clause
    "Einer, der sich freut, ist Marco Bellini, Besitzer der Werkstatt Nove, die es seit 1901 gibt und wo – „das "
    "müssen Sie unbedingt aufschreiben“ – der erste Klappstuhl gebaut worden sein soll.",    # 6. a vague hedge phrase that points back to reports named before
    "Die Leser schickten uns viele Berichte über die Ämter. Oft halfen dort Studenten aus, die den Berichten zufolge "
    "kaum geschult waren.",
    "Die Leser schickten uns viele Berichte. Diesen Berichten zufolge waren die Helfer kaum geschult.",    # 7. hearsay closing its paragraph right before a Konjunktiv I account that names its source
    "Der Pfleger war am Sonntag aus dem Urlaub zurückgekehrt. Er soll Kontakt mit etwa 40 Patienten gehabt haben.\n\n"
    "Unter den Betroffenen seien zehn Kinder, die auf der Station isoliert worden seien. Auf der Station finden "
    "keine Aufnahmen statt. Dem Pfleger gehe es gut, sagte eine Sprecherin der Klinik am Freitag.",
    # 8. a letters page that opens with the titles it answers
    "„Die Blockade am Flughafen“ vom 8. März, „Der Trainer“ (Profil) vom 11. März:\n\n"
    "Die Spieler leben anscheinend in einer ganz anderen Welt als ihre Fans.\n\nErika Muster, Lindau\n\n"
    "Der Verein hat sich wohl keinen Gefallen getan.\n\nOtto Beispiel, Kempten",    # 9. the teller's own story retold in the indicative
    "Dass sie zur Malerei kam, hat mit dem Umzug zu tun. Anna Roth erzählt, dass sie den Stadtpark liebt. Sie fand "
    "eine alte Staffelei, die wohl ihrer Tante gehört hatte.",    # 10. "Medienberichten zufolge" and the outlet named in the next sentence's Konjunktiv I report
    "Bei einer Demonstration am Flughafen sind Medienberichten zufolge mehrere Aktivisten festgenommen worden. Die "
    "Polizei habe etwa 20 Leute vorläufig festgesetzt, meldete das Portal Stadtblick.",    # 11. hearsay right after the charge, or attributed to it right after
    "Der Bauunternehmer und zwei Brüder stehen von heute an vor Gericht. Dem Unternehmer werden Betrug und Untreue "
    "zur Last gelegt. Die beiden Brüder sollen Gehilfen gewesen sein.",
    "Dem Verwalter wird Untreue vorgeworfen. Er soll Spenden für den Neubau in die eigene Tasche gesteckt haben.",
    "Der Verwalter soll Spenden für den Neubau in die eigene Tasche gesteckt haben. Statt in den Bau flossen laut "
    "Anklage der Staatsanwaltschaft Lindau Tausende Euro in seine Reisekasse.",
    # 12. a named body's expectation in the next sentence
    "Die Gemeinden müssen im kommenden Jahr wohl mit zwei Millionen Euro weniger auskommen. Die Kämmerer rechnen "
    "damit, dass erst 2025 das alte Niveau erreicht ist.",    # 13. a named source's conjecture going on about the same thing
    "Nach Auswertung einer Umfrage des Instituts für Wirtschaft dürfte die Wirtschaftsleistung im ersten Quartal um "
    "zwei Prozent gesunken sein. Übers ganze Jahr dürfte die Wirtschaftsleistung dann um sechs Prozent sinken.",    # 14. the premise of a named speaker's conclusion in the next sentence
    "In Lindau hat die Öffnung der Kitas dagegen offenbar nicht zu mehr Fällen geführt. Es sei daher wichtig, klare "
    "Leitlinien zu entwickeln, sagte der Kinderarzt Paul Sommer.",
]

FLAGGED = [
    # 1. no named speaker before the reported sentence, or no conclusion, or a condition, or the writer's indicative
    ("Die Lager der Händler sind am Montag voll. Rentner hätten im Schnitt weniger Ersparnisse als Erwerbstätige. "
     "Einen Zuschuss dürften sie daher eher sofort ausgeben.", "dürften"),
    ("„Ein Bonus ist sinnvoller“, sagt etwa Karla Brenner, Ökonomin am Institut. Rentner hätten im Schnitt weniger "
     "Ersparnisse. Einen Zuschuss dürften sie eher sofort ausgeben.", "dürften"),
    ("„Ein Bonus ist sinnvoller“, sagt etwa Karla Brenner, Ökonomin am Institut. Ohne Hilfen hätten viele Familien "
     "kaum Ersparnisse. Einen Zuschuss dürften sie daher eher sofort ausgeben.", "dürften"),
    ("„Wir testen alle“, sagte die Präsidentin Eva Lind. Sollte ein Test positiv sein, werde das Amt informiert. "
     "Eine Einigung gab es nicht – offenbar auch deshalb, weil die Fraktionen uneins sind.", "offenbar"),
    # 2. no source before the "So" sentence, or the source reports a fact and no conjecture
    ("Die Zahl der Pleiten bleibt wohl auch im Winter niedrig. So dürften die Hilfen des Staates viele Betriebe "
     "über Wasser halten.", "dürften"),
    ("Aus Sicht der Bankvolkswirte bleibt die Zahl der Pleiten wohl auch im Winter niedrig. Die Hilfen des Staates "
     "dürften viele Betriebe über Wasser halten.", "dürften"),
    # 3. another speaker after, a turn to the writer's point, or no Konjunktiv I of the same speaker after
    ("Die Sparer halten ihr Geld zusammen, sagt Jörg Kern, Chefvolkswirt der Nordbank. Dazu trägt bei, dass die "
     "Kunden sich offenbar an die Lage gewöhnen. Ein neuer Anstieg werde den Konsum kaum treffen, vermutet die "
     "Ministerin Anna Lutz.", "offenbar"),
    ("Die Sparer halten ihr Geld zusammen, sagt Jörg Kern, Chefvolkswirt der Nordbank. Doch die Kunden gewöhnen "
     "sich offenbar an die Lage. Ein neuer Anstieg werde den Konsum kaum treffen, vermutet Kern.", "offenbar"),
    ("Die Sparer halten ihr Geld zusammen, sagt Jörg Kern. Die Kunden gewöhnen sich offenbar an die Lage. Kern ist "
     "seit zehn Jahren im Amt.", "offenbar"),
    ("Die Sparer halten ihr Geld zusammen, sagt Jörg Kern, Chefvolkswirt der Nordbank.\n\nDie Kunden gewöhnen sich "
     "offenbar an die Lage. Ein neuer Anstieg werde den Konsum kaum treffen, vermutet Kern.", "offenbar"),
    # 4. the next sentence reports an act, a vague source's view, or a tag of other words
    ("In der neuen Großküche der Kantine Weber in Amsee ist möglicherweise eine ansteckende Variante des Virus "
     "ausgebrochen. Das Gesundheitsamt hat die Küche geschlossen.", "möglicherweise"),
    ("Der Brand in der Scheune ist vermutlich durch eine Zigarette entstanden. Experten gehen davon aus, dass das "
     "häufig vorkommt.", "vermutlich"),
    ("Der Verein steht offenbar vor dem Aus. Die Saison werde trotzdem zu Ende gespielt, vermutet Trainerin Ute "
     "Marx.", "offenbar"),    # … or a quote without a caution of its own (a reaction), or a quote by no one named
    ("Die Arzneimittelbehörde will offenbar in Kürze ein neues Mittel gegen das Fieber zulassen. „Wir prüfen "
     "sorgfältig“, sagte Behördenchef Lars Moll.", "offenbar"),
    ("Die Arzneimittelbehörde will offenbar in Kürze ein neues Mittel gegen das Fieber zulassen. „Es könnte sein, "
     "dass die Zulassung in den nächsten Tagen erteilt wird“, sagte ein Diplomat.", "offenbar"),
    ("Der Torwart wird diesen Abend wohl nie vergessen. „Das tat richtig weh“, sagt er.", "wohl"),    # 5. no inserted quote, or a quote after the hedge
    ("Einer, der sich freut, ist Marco Bellini, Besitzer der Werkstatt Nove, die es seit 1901 gibt und wo der erste "
     "Klappstuhl gebaut worden sein soll.", "worden sein soll"),
    ("Einer, der sich freut, ist Marco Bellini, Besitzer der Werkstatt Nove, wo der erste Klappstuhl gebaut worden "
     "sein soll – „das müssen Sie unbedingt aufschreiben“.", "worden sein soll"),    # 6. the phrase without an article names no one
    ("Oft halfen in den Ämtern Studenten aus, die Berichten zufolge kaum geschult waren.", "Berichten zufolge"),    # 7. the next paragraph reports in the indicative, or names its source only later
    ("Der Pfleger war am Sonntag aus dem Urlaub zurückgekehrt. Er soll Kontakt mit etwa 40 Patienten gehabt haben."
     "\n\nUnter den Betroffenen sind zehn Kinder, die auf der Station isoliert wurden. Dem Pfleger gehe es gut, "
     "sagte eine Sprecherin der Klinik am Freitag.", "soll Kontakt mit etwa 40 Patienten gehabt haben"),
    ("Der Pfleger war am Sonntag aus dem Urlaub zurückgekehrt. Er soll Kontakt mit etwa 40 Patienten gehabt haben."
     "\n\nUnter den Betroffenen seien zehn Kinder. Auf der Station finden keine Aufnahmen statt. Die Klinik hat "
     "eine Hotline eingerichtet. Dem Pfleger gehe es gut, sagte eine Sprecherin der Klinik am Freitag.",
     "soll Kontakt mit etwa 40 Patienten gehabt haben"),
    # 8. one name-and-town line and no reference to an article answered: no letters page
    ("Die Spieler leben anscheinend in einer ganz anderen Welt als ihre Fans.\n\nErika Muster, Lindau",
     "anscheinend"),    # 9. no verb of telling before, or the hedge's sentence does not go on with the teller
    ("Dass sie zur Malerei kam, hat mit dem Umzug zu tun. Anna Roth liebt den Stadtpark. Sie fand eine alte "
     "Staffelei, die wohl ihrer Tante gehört hatte.", "wohl"),
    ("Anna Roth erzählt, dass sie den Stadtpark liebt. Die Staffelei gehörte wohl ihrer Tante.", "wohl"),    # 10. no report after, another party's statement, or no one named
    ("Bei einer Demonstration am Flughafen sind Medienberichten zufolge mehrere Aktivisten festgenommen worden. Die "
     "Polizei hat etwa 20 Leute vorläufig festgesetzt.", "Medienberichten zufolge"),
    ("Der Stürmer soll laut Medienberichten beim Test aufgefallen sein. Sein Verein teilte mit, der Spieler sei "
     "sofort isoliert worden.", "laut Medienberichten"),
    ("Bei einer Demonstration am Flughafen sind Medienberichten zufolge mehrere Aktivisten festgenommen worden. Die "
     "Polizei habe etwa 20 Leute vorläufig festgesetzt, berichteten Augenzeugen.", "Medienberichten zufolge"),    # 11. no proceedings nearby, or only an investigation after the hearsay (review 1721 #18: RIGHT)
    ("Der Unternehmer Karl Brandt hat seine Firma verkauft. Dem Unternehmer wird viel nachgesagt. Die beiden Brüder "
     "sollen Gehilfen gewesen sein.", "sollen Gehilfen gewesen sein"),
    ("Der Abgeordnete soll Provisionen für die Vermittlung von Geschäften kassiert haben. Gegen ihn wird von der "
     "Staatsanwaltschaft Lindau wegen Bestechlichkeit ermittelt.",
     "soll Provisionen für die Vermittlung von Geschäften kassiert haben"),
    # 12. the next sentence reports an act
    ("Die Gemeinden müssen im kommenden Jahr wohl mit zwei Millionen Euro weniger auskommen. Die Kämmerer haben den "
     "Haushalt am Montag vorgelegt.", "wohl"),    # 13. no source before, a turn, or a vague source
    ("Die Wirtschaftsleistung ist im ersten Quartal um zwei Prozent gesunken. Übers ganze Jahr dürfte die "
     "Wirtschaftsleistung dann um sechs Prozent sinken.", "dürfte"),
    ("Nach Auswertung einer Umfrage des Instituts für Wirtschaft dürfte die Wirtschaftsleistung im ersten Quartal um "
     "zwei Prozent gesunken sein. Doch dürfte die Wirtschaftsleistung dann um sechs Prozent sinken.",
     "dürfte"),    # 14. no conclusion drawn, or no one named
    ("In Lindau hat die Öffnung der Kitas dagegen offenbar nicht zu mehr Fällen geführt. Es sei wichtig, klare "
     "Leitlinien zu entwickeln, sagte der Kinderarzt Paul Sommer.", "offenbar"),
    ("In Lindau hat die Öffnung der Kitas dagegen offenbar nicht zu mehr Fällen geführt. Es sei daher wichtig, klare "
     "Leitlinien zu entwickeln, sagte ein Kinderarzt.", "offenbar"),
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_source_carried_over_is_not_flagged(text: str) -> None:
    assert nl401(text) == []


@pytest.mark.parametrize("text, marked", FLAGGED)
def test_writer_own_hedge_stays_flagged(text: str, marked: str) -> None:
    assert marked in nl401(text)


# --- session 6, round 2 (hedA2): the basis or frame named in the hedge's own sentence, and first-person accounts ---
# - the basis of the inference named in the same sentence: "…, auch das zeigen die Bilder, …", "– diesen Schluss
#   lässt der Bescheid des Senats zu", "höher, als vom Amt angegeben: …" (reviews 1831 #3 #7, 1867 #24);
# - hearsay in the Konjunktiv I report of a frame before a colon in the same sentence (review 1811 #20);
# - a first-person account the newsroom hands over to ("Hier erzählt sie, …"; review 1867 #12);
# - hearsay between Konjunktiv I sentences of an account tagged a few sentences before (review 1867 #20);
# - "Presseberichten zufolge" with the outlet named in the next sentence's plural Konjunktiv II (review 1831 #23);
# - a named outlet that heard the claim, tagged at the end of the hedge's sentence ("…, hörte die Zeitung X"; dev seed 37);
# - a named person's quoted characterisation continued in a relative clause with "womöglich" (review 1867 #30).
# All sentences are invented; every NOT_FLAGGED_R2 example is flagged by the session-start tree (bef81e1).
INTRO = "Jana Berg führt eine Bäckerei in Lindau. Hier erzählt sie, wie die ersten Tage der Sperre verliefen.\n\n"

ACCOUNT = ("Der frühere Leiter sei ein strenger Mann gewesen, sagen Eltern und Schüler.\n\nUm ihn habe sich bald ein "
           "fester Kreis gebildet. Zwei Lehrerinnen, die Kinder geschlagen haben sollen, gehörten dazu. ")

PRESS = "Am Flughafen sind lokalen Presseberichten zufolge mehrere Aktivisten festgenommen worden. "

SALE = "Die Eigentümer suchten lange einen Käufer für die Firma; doch das Angebot soll kaum gefragt gewesen sein, "

NOT_FLAGGED_R2 = [
    "Auf dem Marktplatz standen am Abend rund zweihundert Menschen. Die meisten von ihnen, auch das zeigen die "
    "Aufnahmen, waren offenbar nur Zuschauer.",
    "Die Kammer wird womöglich anders entscheiden als das Amtsgericht – diesen Schluss lässt der Beschluss des "
    "Senats zu.",
    "Die Zahl der Grippetoten im Kreis Lindau liegt möglicherweise höher, als vom Gesundheitsamt angegeben: Während "
    "das Amt zwölf Fälle zählt, nennt die Landesstatistik neunzehn.",
    "Lokale Zeitungen werfen der Reederei Schweigen vor: Sie habe schon am Montag von dem Fall gewusst, soll die "
    "Nachricht aber für sich behalten haben.",
    INTRO + "Als der Erlass am Freitag kam, waren wir alle überrascht. Mit dem schnellen Schritt wollte die Stadt "
    "offenbar Ruhe schaffen.",
    # hearsay between Konjunktiv I sentences of an account tagged a few sentences before (review 1867 #20)
    ACCOUNT + "Besonders sei ein junger Kollege von ihm beeindruckt gewesen.",
    # vague press reports made specific in the next sentence, in the plural Konjunktiv II, with a quoted term
    # (review 1831 #23; check.py via ``report_named_after``)
    PRESS + "Die Beamten hätten erklärt, dass dort nur „echte Fluggäste“ bleiben dürften, berichtet die Zeitung "
    "Lindauer Bote.",
    # a named outlet that heard it, tagged at the end of the hedge's sentence (dev seed 37 #2)
    SALE + "hörte die Zeitung „Handelsblatt Nord“.",
    SALE + "hörte die Zeitung Nordkurier.",
    # a named person's quoted characterisation continued in a relative clause (review 1867 #30)
    "Der Soziologe Paul Brenner nannte das Reihenhaus einmal eine „kleine Form der Flucht“, die den Bewohnern "
    "womöglich Ruhe schenkt, der Stadt aber Verkehr.",
    "Brenner nannte das Reihenhaus einmal eine „kleine Form der Flucht“, die den Bewohnern womöglich Ruhe schenkt.",
]

FLAGGED_R2 = [
    # no definite source of the evidence, evidence still to come, a comparison without the other figure
    ("Die meisten von ihnen, auch das zeigen Aufnahmen, waren offenbar nur Zuschauer.", "offenbar"),
    ("Die Kammer wird womöglich anders entscheiden als das Amtsgericht – ein Beschluss wird im Mai erwartet.",
     "womöglich"),
    ("Die Zahl der Grippetoten im Kreis Lindau liegt möglicherweise höher als vom Gesundheitsamt angegeben.",
     "möglicherweise"),
    # a colon without a frame of saying before it, with or without a Konjunktiv I after it
    ("Die Reederei schweigt bis heute: Sie wusste schon am Montag von dem Fall, soll die Nachricht aber für sich "
     "behalten haben.", "soll die Nachricht aber für sich behalten haben"),
    ("Der Fall wiegt schwer: Die Reederei habe schon am Montag von dem Fall gewusst, soll die Nachricht aber für sich "
     "behalten haben.", "soll die Nachricht aber für sich behalten haben"),
    # no hand-over to the teller, or a paragraph without the first person
    ("Als der Erlass am Freitag kam, waren wir alle überrascht. Mit dem schnellen Schritt wollte die Stadt offenbar "
     "Ruhe schaffen.", "offenbar"),
    (INTRO + "Der Erlass kam am Freitag. Mit dem schnellen Schritt wollte die Stadt offenbar Ruhe schaffen.",
     "offenbar"),
    # a quoted statement, the indicative, or a vague tag in the next sentence
    (PRESS + "Die Beamten hätten erklärt: „Hier bleibt heute niemand mehr stehen“, berichtet die Zeitung Lindauer "
     "Bote.", "Presseberichten zufolge"),
    (PRESS + "Die Beamten erklärten, dass dort nur Fluggäste bleiben durften, berichtet die Zeitung Lindauer Bote.",
     "Presseberichten zufolge"),
    (PRESS + "Die Beamten hätten erklärt, dass dort nur „echte Fluggäste“ bleiben dürften, berichteten Augenzeugen.",
     "Presseberichten zufolge"),
    # the outlet says whom it heard it from, a bare noun, or a vague tag
    (SALE + "erfuhr die Agentur aus Kreisen der Bank.", "soll kaum gefragt gewesen sein"),
    (SALE + "hörte die Presse.", "soll kaum gefragt gewesen sein"),
    (SALE + "berichten Insider.", "soll kaum gefragt gewesen sein"),
    # no quote, another subject in the relative clause, a vague namer, or the writer's "dürften"
    ("Der Soziologe Paul Brenner nannte das Reihenhaus einmal eine kleine Form der Flucht, die den Bewohnern "
     "womöglich Ruhe schenkt.", "womöglich"),
    ("Der Minister nennt einige Auflagen „für den Handel unnötig“, die seine Parteifreunde im Land womöglich "
     "mittragen.", "womöglich"),
    ("Viele nennen das Reihenhaus eine „kleine Form der Flucht“, die den Bewohnern womöglich Ruhe schenkt.",
     "womöglich"),
    ("Der Minister nennt einige Auflagen „für den Handel unnötig“, die seine Parteifreunde im Land mittragen "
     "dürften.", "dürften"),
    # the account does not go on in the Konjunktiv I after the hearsay, or no tagged report before it
    (ACCOUNT + "Ein junger Kollege verließ die Schule im Mai.", "geschlagen haben sollen"),
    (ACCOUNT.replace("sei ein strenger Mann gewesen, sagen Eltern und Schüler", "war ein strenger Mann")
     + "Besonders sei ein junger Kollege von ihm beeindruckt gewesen.", "geschlagen haben sollen"),
]


@pytest.mark.parametrize("text", NOT_FLAGGED_R2)
def test_basis_or_frame_named_is_not_flagged(text: str) -> None:
    assert nl401(text) == []


@pytest.mark.parametrize("text, marked", FLAGGED_R2)
def test_basis_not_named_stays_flagged(text: str, marked: str) -> None:
    assert marked in nl401(text)
