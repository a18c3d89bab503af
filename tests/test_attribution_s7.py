"""Session 7 (engineer eng-attr): NL101 findings whose source the attribution layer missed although it stands in the
figure's own paragraph or sentence (census classes sourced-in-paragraph, sourced-in-sentence). Invented German
sentences only. Every DROPPED case is flagged by the session's start tree (0d5dadc); every KEPT case stays flagged.
A source only in an EARLIER paragraph does not carry over: those figures stay flagged (they count as right)."""
from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import Config

FIGURES = Config(select=("NL1", "NL2"))


def _text(paragraphs, headline: str) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def nl101(*paragraphs: str, headline: str = "Überschrift ohne Zahl") -> list[str]:
    return [f.message for f in lint_text(_text(paragraphs, headline), filename="x.txt", config=FIGURES)
            if f.code == "NL101"]


# --- the conclusion frame at the sentence's start: "Zu diesem Ergebnis kommt X …" ----------------------------------
# (the verb pattern "zu diesem Ergebnis kommt" was lower case: a sentence opening with "Zu" never matched; the
# frame with an adjective, "Zu einem ähnlichen Schluss kamen …", was not covered at all)

CONCLUSION_DROPPED = [
    ("Die Stadtwerke haben ihre Tarife viel zu spät angepasst. Zu diesem Ergebnis kommt der Landesrechnungshof in "
     "einem Prüfbericht, den die Opposition angefordert hatte. Dem Unternehmen entgingen dadurch rund 12 Millionen Euro.",),
    ("Zu einem ähnlichen Schluss kamen Forscher der Universität Heidelberg. An ihrer Befragung nahmen 2.400 "
     "Pflegekräfte teil, fast 60 Prozent klagten über ständige Erschöpfung.",),
    ("Zu demselben Befund kommt eine Analyse der Landesbank. Die Zahl der Firmenpleiten stieg im Herbst um 18 Prozent.",),
]

CONCLUSION_KEPT = [
    # a crowd that came to an event: no conclusion frame
    ("Zu der Kundgebung vor dem Rathaus kamen am Samstag rund 3.000 Menschen.",),
    # the frame in an earlier paragraph: the figure's paragraph names no source (EARLIER stays flagged)
    ("Zu diesem Ergebnis kommt der Landesrechnungshof in einem Prüfbericht.",
     "Dem Unternehmen entgingen dadurch rund 12 Millionen Euro."),
]


@pytest.mark.parametrize("paragraphs", CONCLUSION_DROPPED)
def test_conclusion_frame_sources_the_paragraph(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", CONCLUSION_KEPT)
def test_conclusion_frame_kept(paragraphs):
    assert nl101(*paragraphs)


# --- police-recorded figures: "die polizeilich erfasste Kriminalität sank um …" ------------------------------------

POLICE_DROPPED = [
    ("Im Landkreis sank die Zahl der polizeilich erfassten Straftaten 2023 um 4,1 Prozent. "
     "Die Zahl der Autodiebstähle ging um 14,5 Prozent zurück, die der Betrugsfälle um 8,2 Prozent.",),
    ("In der Stadt ist die Zahl der polizeilich bekannt gewordenen Straftaten im vergangenen Jahr um 2,7 Prozent "
     "zurückgegangen. Die Zahl der Ladendiebstähle sank um 19,5 Prozent, die der Raubüberfälle um 6,4 Prozent.",),
]

POLICE_KEPT = [
    # "polizeilich gesucht" names no statistics
    ("Der Mann wurde seit Wochen polizeilich gesucht. Bei dem Überfall hatte er rund 250.000 Euro erbeutet.",),
    # the police statistics in an earlier paragraph only
    ("Im Landkreis gab es 2023 weniger polizeilich erfasste Straftaten als im Jahr davor.",
     "Autodiebe hatten es schwerer: Ihre Taten nahmen um 14,5 Prozent ab."),
]


@pytest.mark.parametrize("paragraphs", POLICE_DROPPED)
def test_police_recorded_figures_are_sourced(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", POLICE_KEPT)
def test_police_recorded_kept(paragraphs):
    assert nl101(*paragraphs)


# --- an official count with two words before the figure: "Offiziell sind bisher 4.000 …" (a vague source, NL404) ---

OFFICIAL_DROPPED = [
    ("Offiziell sind bislang 2.318 Menschen an dem Virus gestorben.",),
    ("Offiziell wurden bisher 5.120 Asylanträge gestellt.",),
]

OFFICIAL_KEPT = [
    # "offiziell" further from the figure: the figure is no official count
    ("Die Brücke ist seit Montag offiziell für den Verkehr gesperrt. Der Umbau kostet 45 Millionen Euro.",),
    ("Bislang sind 2.318 Menschen an dem Virus gestorben.",),
    # a date after "offiziell": no official count
    ("Das Dorf ist offiziell seit dem 1. März geräumt, bislang mussten 3.400 Menschen ihre Häuser verlassen.",),
]


@pytest.mark.parametrize("paragraphs", OFFICIAL_DROPPED)
def test_official_count_is_vague_not_unsourced(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", OFFICIAL_KEPT)
def test_official_count_kept(paragraphs):
    assert nl101(*paragraphs)


# --- a speaker pointing out what the figure right before means: "„Das täuscht“, darauf weist X hin" ---------------

POINTS_OUT_DROPPED = [
    ("Der Akku trägt nur zu zwölf Prozent zum Gewicht des Rads bei, der Rahmen zu 30 Prozent. „Das täuscht“, darauf "
     "weist Ingenieurin Petra Lorenz hin, „denn der Akku ist viel dichter gebaut.“",),
]

POINTS_OUT_KEPT = [
    # the speaker two sentences after the figure: a tag speaks for its own sentence
    ("Der Akku trägt nur zu zwölf Prozent zum Gewicht des Rads bei, der Rahmen zu 30 Prozent. Das überrascht viele "
     "Käufer. „Das täuscht“, darauf weist Ingenieurin Petra Lorenz hin.",),
]


@pytest.mark.parametrize("paragraphs", POINTS_OUT_DROPPED)
def test_speaker_pointing_out_sources_the_figure_before(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", POINTS_OUT_KEPT)
def test_speaker_pointing_out_kept(paragraphs):
    assert nl101(*paragraphs)


# --- a charge or trial named in the paragraph: the figures of the charge are the indictment's ----------------------

COURT_DROPPED = [
    ("Der Geschäftsführer und zwei Angestellte einer Leasingfirma müssen sich wegen Betrugs vor dem Landgericht "
     "verantworten. Sie sollen bei Kunden mehr als 14 Millionen Euro eingesammelt haben.",),
    ("Seit Dienstag wird in Kassel erstmals einem Mann der Prozess gemacht, der sich 42.000 Euro an Soforthilfen "
     "erschlichen hat.",),
    ("Die frühere Kassenwartin ist wegen Untreue angeklagt. Sie soll dem Verein über Jahre 86.000 Euro entzogen haben.",),
    # a continued paragraph (its first sentence takes up the sourced one before) that names the charge itself:
    # the hearsay after the charge takes that source
    ("Im Kreis gab es 2023 insgesamt 310 Betrugsfälle, teilte die Polizei mit.",
     "Betrugsfälle landen oft vor Gericht: Der Betreiber eines Pfandhauses muss sich vor dem Landgericht "
     "verantworten. Er soll 2.300 Anleger um 19 Millionen Euro gebracht haben."),
]

COURT_KEPT = [
    # "der Prozess" as any process, no trial
    ("Der Prozess wird Zeit brauchen. Seit Januar sind 2.300 Menschen aus der Region geflohen.",),
    # hearsay without a charge in its paragraph (a trial only in the paragraph before)
    ("Der Betreiber eines Pfandhauses muss sich vor dem Landgericht verantworten.",
     "Viele Anleger sind verzweifelt. Er soll 2.300 Anleger um 19 Millionen Euro gebracht haben."),
]


@pytest.mark.parametrize("paragraphs", COURT_DROPPED)
def test_charge_sources_its_figures(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", COURT_KEPT)
def test_charge_kept(paragraphs):
    assert nl101(*paragraphs)


# --- a named actor's own act with an adverb between the name and the verb: "Musterland etwa schickt …" -------------

ACT_DROPPED = [
    ("Trotzdem ist die Gefahr im Klassenzimmer höher. Dänemark etwa schickt mobile Teams mit 400.000 Schnelltests in "
     "die Schulen.",),
]

ACT_KEPT = [
    # a troop move stays a claim about the actor
    ("Die Lage an der Grenze spitzt sich zu. Russland etwa schickt 5.000 Soldaten in die Region.",),
    # no act verb after the adverb
    ("Die Lage auf dem Land ist ernst. Dänemark etwa verliert jedes Jahr 40.000 Arbeitsplätze in der Industrie.",),
]


@pytest.mark.parametrize("paragraphs", ACT_DROPPED)
def test_named_actor_with_adverb_acts(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", ACT_KEPT)
def test_named_actor_with_adverb_kept(paragraphs):
    assert nl101(*paragraphs)


# --- a research team taken up with the neuter article: "Bei 15 Prozent der Patienten findet das Team …" ---------------

TEAM_DROPPED = [
    ("Die Ergebnisse überraschen die Fachwelt. Bei mehr als 15 Prozent der Patienten findet das Team Antikörper gegen "
     "das eigene Gewebe.",),
]

TEAM_KEPT = [
    # no research verb: the team is no source of the figure
    ("Die Saison war ein Rückschlag. Das Team verlor 2023 mehr als 40 Prozent seiner Zuschauer.",),
    # a team without the article names no one
    ("Die Ergebnisse überraschen die Fachwelt. Bei mehr als 15 Prozent der Patienten finden Teams in aller Welt "
     "Antikörper gegen das eigene Gewebe.",),
]


@pytest.mark.parametrize("paragraphs", TEAM_DROPPED)
def test_research_team_is_a_source(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", TEAM_KEPT)
def test_research_team_kept(paragraphs):
    assert nl101(*paragraphs)


# --- data of a feminine institution in the genitive: "die Zahlen der Bundesagentur" --------------------------------

DATA_OF_DROPPED = [
    ("Der Arbeitsmarkt bleibt robust, auch wenn die Zahlen der Arbeitsagentur nur bis Mitte des Monats reichen. Im "
     "Jahresmittel stieg die Zahl der Arbeitslosen um 310.000 auf knapp 2,6 Millionen.",),
]

DATA_OF_KEPT = [
    # the data of a group of people names no source
    ("Die Zahlen der Infizierten sinken kaum. Im Jahresmittel stieg die Zahl der Arbeitslosen um 310.000 auf knapp "
     "2,6 Millionen.",),
    # the institution's data named only in the paragraph before
    ("Der Arbeitsmarkt bleibt robust, auch wenn die Zahlen der Arbeitsagentur nur bis Mitte des Monats reichen.",
     "Viele Betriebe halten ihre Leute. Im Jahresmittel stieg die Zahl der Arbeitslosen um 310.000 auf knapp "
     "2,6 Millionen."),
]


@pytest.mark.parametrize("paragraphs", DATA_OF_DROPPED)
def test_data_of_institution_is_a_source(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", DATA_OF_KEPT)
def test_data_of_kept(paragraphs):
    assert nl101(*paragraphs)


# --- round 2: a company reporting its own results ("X weist einen Gewinn von … aus", "überraschte X mit einem Gewinn
# von …"), and the sentence after it that works the figure out ("Damit stieg …") -----------------------------------

RESULTS_DROPPED = [
    ("Der Online-Händler Beispiel Inc. weist im Geschäftsjahr 2022 einen Nettogewinn von 2,9 Milliarden Euro aus. "
     "Damit steigerte der Händler den Gewinn binnen Jahresfrist um 0,7 Milliarden Euro.",),
    ("Gleichzeitig überraschte Muster-Sport mit einem Gewinn im dritten Quartal von 58 Millionen Euro gegenüber 31 "
     "Millionen im Vorjahr.",),
]

RESULTS_KEPT = [
    # a surprise that is no company result: a club's record crowd
    ("Gleichzeitig überraschte der Verein mit einem Rekord: 23.000 Zuschauer kamen ins Stadion.",),
    # the company's report named only in the paragraph before
    ("Der Online-Händler Beispiel Inc. weist im Geschäftsjahr 2022 einen Nettogewinn von 2,9 Milliarden Euro aus.",
     "Die Konkurrenz hat es schwerer. Der Umsatz der Branche stieg um 0,7 Milliarden Euro."),
]


@pytest.mark.parametrize("paragraphs", RESULTS_DROPPED)
def test_company_reporting_results_is_a_source(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", RESULTS_KEPT)
def test_company_reporting_results_kept(paragraphs):
    assert nl101(*paragraphs)


# --- round 2: a named document in an earlier sentence of the same paragraph ("Das sind Kernaussagen des
# Lageberichts der Organisation X.", "In einem von der Beratung X aufgestellten Ranking …") ------------------------

DOCUMENT_DROPPED = [
    ("91 inhaftierte Reporter im Jahr 2019 – die Lage bleibt ernst. Das sind die Kernaussagen des Lageberichts 2019 der "
     "Hilfsorganisation Musterhilfe. Binnen zwölf Monaten wurden 412 Reporter verhaftet, 37 von ihnen "
     "sitzen noch.",),
    ("In einem von der Beratungsfirma Muster & Partner aufgestellten Ranking der größten Vereine Europas liegen drei "
     "deutsche Clubs vorn. An der Spitze des Rankings liegt der Verein Beispielstadt mit einem Wert von 4 Milliarden Euro. "
     "Auf dem zweiten Platz folgt Musterhausen mit 3,1 Milliarden Euro.",),
]

DOCUMENT_KEPT = [
    # a finding of an unnamed survey, or of a study without its author, names no one
    ("Die Ergebnisse der Studie sind eindeutig. Binnen zwölf Monaten wurden 412 Reporter festgenommen.",),
    ("Die Lage bleibt ernst, so lautet ein Ergebnis einer Umfrage unter Lesern. Binnen zwölf Monaten wurden 412 "
     "Reporter festgenommen.",),
    # a ranking without its author
    ("In einem Ranking der größten Vereine Europas liegen drei deutsche Clubs vorn. An der Spitze liegt der Verein "
     "Beispielstadt mit einem Wert von 4 Milliarden Euro.",),
    # the report named only in the paragraph before
    ("Das sind die Kernaussagen des Lageberichts 2019 der Hilfsorganisation Musterhilfe.",
     "Die Regierungen schweigen. Binnen zwölf Monaten wurden 412 Reporter festgenommen."),
]


@pytest.mark.parametrize("paragraphs", DOCUMENT_DROPPED)
def test_named_document_sources_its_paragraph(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", DOCUMENT_KEPT)
def test_named_document_kept(paragraphs):
    assert nl101(*paragraphs)


# --- round 2: a named body's own act with an ordinary subject: fees it sets, what it spends, what its officers did ---

OWN_ACT_DROPPED = [
    ("Das Museum ist beliebt. So hat die Stadt ihre Eintrittspreise um zwölf Prozent erhöht.",),
    ("Rund sechs Millionen Euro geben die Musterstädter Verkehrsbetriebe (MVB) jährlich für die Reinigung von Graffiti "
     "aus.",),
    ("Die Beamten beschlagnahmten vier Messer und nahmen den Wirt vorläufig fest. Insgesamt wurden die Personalien von "
     "120 Gästen erfasst und über 20 Autos durchsucht.",),
    ("Die Tat schockierte das Land. Das BKA hatte auf die Ergreifung des Täters eine Belohnung von 50.000 Euro "
     "ausgesetzt.",),
]

OWN_ACT_KEPT = [
    # a tax that rises, no actor
    ("Das Museum ist beliebt. Für viele Hundehalter erhöht sich die Hundesteuer um zwölf Prozent.",),
    # spending by a group, no institution
    ("Rund sechs Millionen Euro geben die Musterstädter jährlich für die Reinigung von Graffiti aus.",),
    # a passive without an act of a named body right before it
    ("Die Lage in der Stadt bleibt angespannt. Insgesamt wurden die Personalien von 120 Gästen erfasst und über 20 "
     "Autos durchsucht.",),
    # a reward without a body that offers it, or offered by a group
    ("Die Tat schockierte das Land. Auf die Ergreifung des Täters ist eine Belohnung von 50.000 Euro ausgesetzt.",),
    ("Die Tat schockierte das Land. Angehörige hatten auf die Ergreifung des Täters eine Belohnung von 50.000 Euro "
     "ausgesetzt.",),
    # a passive with another agent
    ("Die Beamten beschlagnahmten vier Messer und nahmen den Wirt vorläufig fest. Insgesamt wurden 120 Gäste von der "
     "Armee kontrolliert.",),
]


@pytest.mark.parametrize("paragraphs", OWN_ACT_DROPPED)
def test_named_body_own_act(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", OWN_ACT_KEPT)
def test_named_body_own_act_kept(paragraphs):
    assert nl101(*paragraphs)


# --- round 2: "angeben" with a long object, the particle "an" closing the sentence ("Die Staatsanwälte geben die Summe
# … mit 42 Millionen Euro an") -------------------------------------------------------------------------------------

STATES_DROPPED = [
    ("Der Prozess beginnt im Mai. Die Staatsanwältin gibt die Summe der gefälschten Rechnungen mit umgerechnet 42 "
     "Millionen Euro für das Land an.",),
    ("Der Prozess beginnt im Mai. Den Schaden durch die gefälschten Rechnungen geben die Ankläger mit umgerechnet 42 "
     "Millionen Euro für das Land an.",),
]

STATES_KEPT = [
    # "an" as a preposition, not the particle closing the clause
    ("Am Montag gab es in der Provinz 12 300 neue Fälle, 870 Kranke starben seit dem Ausbruch an der Grippe.",),
]


@pytest.mark.parametrize("paragraphs", STATES_DROPPED)
def test_angeben_with_long_object_is_a_source(paragraphs):
    assert nl101(*paragraphs) == []


@pytest.mark.parametrize("paragraphs", STATES_KEPT)
def test_angeben_kept(paragraphs):
    assert nl101(*paragraphs)
