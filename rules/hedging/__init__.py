"""NL4xx hedging: hedges that weaken a claim, stacked hedges, hedged display copy, vague sources.

The vocabulary (words, phrases, exclusions, cue lists) is data in ``rules/hedging.toml``; this
package holds only the logic, one job per module: ``vocabulary`` (the TOML as dataclasses),
``clauses`` (token helpers), ``claims`` (which hedge words weaken a claim of fact), ``speakers``
(whose words a sentence is) and ``check`` (the walk over the document that makes findings). It never
splits text: it walks ``document.sentences`` and their tokens, and runs regular expressions only
inside one sentence.

Decisions per sentence:

- hedges are found (adverbs, phrases, "dürfte", hearsay "soll … haben/sein"), minus those inside
  direct quotes (setting ``ignore_in_quotes``), allowed words (``allow``) and the legal wording
  "mutmaßlich" + suspect noun (``allow_legal``);
- a vague hedge ("Berichten zufolge") that carries a figure or strong claim is reported as NL404;
- in display copy (headline, teaser, subheading) without a named source every clause with hedges
  is one NL403; otherwise a clause with two or more hedges is one NL402 (a bare "soll" counts as
  a hedge only here), and a single hedge is NL401;
- unnamed sources ("Experten warnen", "Insider", "Es heißt, …") carrying a figure or a strong
  claim are NL404.
"""

from __future__ import annotations

from newslint.finding import RuleInfo, Setting, Severity
from newslint.hookspecs import hookimpl

from .vocabulary import CODES, DISPLAY_KINDS, load_vocabulary, vocabulary
from .clauses import quote_spans
from .check import analyze

__all__ = ["analyze", "load_vocabulary", "quote_spans", "vocabulary",
           "newslint_rules", "newslint_configure", "newslint_check"]


# --- rule metadata ---------------------------------------------------------------------------------
@hookimpl
def newslint_rules() -> list[RuleInfo]:
    return [
        RuleInfo(
            code="NL401", name="hedge", severity=Severity.INFO,
            summary="Abschwächung („angeblich“, „offenbar“, „soll … haben“) schwächt eine Tatsachenbehauptung",
            summary_en="a hedge ('angeblich', 'offenbar', hearsay 'soll … haben') weakens a factual claim",
            description=(
                "Flags words that weaken a factual claim without saying who stands behind it: adverbs "
                "(*angeblich, offenbar, anscheinend, vermutlich, wohl, möglicherweise, womöglich, scheinbar, "
                "mutmaßlich*), phrases (*dem Vernehmen nach, allem Anschein nach, Berichten zufolge, Gerüchten "
                "zufolge*), conjecture *dürfte* and hearsay *soll/sollen* with a perfect infinitive (*soll 5.000 "
                "Soldaten geschickt haben*, *gestohlen haben soll*). A hedge tells the reader the newsroom does "
                "not know; either the claim is checked, its source is named, or it stays out.\n\n"
                "Not flagged: *sollen* of plan or obligation (*Die Schulen sollen öffnen*), deadlines "
                "(*soll bis 2026 abgeschlossen sein*), the noun *Wohl*, *sich wohl fühlen*, *wohl aber*, "
                "*sehr wohl*, *wohl* in questions, *Wohlstand*, hedges inside direct quotes (a quote may not "
                "be edited), hedges in someone else's words: reported speech with a named source (*Die Pleite sei "
                "wohl unabwendbar, räumte Berger ein*, *laut Polizei vermutlich*, Konjunktiv I continuing a "
                "named source), first-person sentences and interview answers (settings *ignore_reported_speech*, "
                "*ignore_first_person*), *möglicherweise* inside a noun phrase (*ein schwerer, möglicherweise "
                "tödlicher Verlauf*) and *mutmaßlich* before a suspect noun (*der mutmaßliche Täter*): that is "
                "the presumption of innocence press law and the Pressekodex (Ziffer 13) ask for.\n\n"
                "Not a claim of fact one can check now, and not flagged while the settings say so: a single hedge "
                "on a forecast without a date or figure (*Die Preise dürften im kommenden Jahr weiter steigen*; "
                "*ignore_forecasts*) and a single conjecture (*dürfte, wohl, vermutlich, womöglich, "
                "möglicherweise*) where the author speaks in the first person or to the reader, in the "
                "paragraph or across the document, or in a document that says it is commentary (a label "
                "sentence *Ein Kommentar.*, front matter *genre: Kommentar* / *ressort: Meinung*, a URL with "
                "*/meinung/*; *ignore_author_voice*). A guess about the past (*dürfte durch das Fenster "
                "eingestiegen sein*) stays flagged in both, and so do *offenbar*, *angeblich* and hearsay.\n\n"
                "The vocabulary lives in `hedging.toml` (type, codes and examples per entry). The settings "
                "of NL401 govern hedge detection for NL402 and NL403 as well."),
            flagged=("Bei den Kämpfen starben angeblich 4.000 Soldaten.",
                     "Nordkorea soll 5.000 Arbeiter geschickt haben.",
                     "Der Gesamtschaden dürfte sich auf mehrere Millionen Euro belaufen.",
                     "Dem Vernehmen nach stehen weitere Werke zur Disposition."),
            accepted=("Die Schulen sollen am Montag wieder öffnen.", "Das Wohl der Kinder geht vor.",
                      "Ich fühle mich hier wohl.", "Der mutmaßliche Täter wurde festgenommen.",
                      "„Das war offenbar ein Fehler“, sagte der Minister."),
            settings=(
                Setting("ignore_in_quotes", bool, True, "do not flag hedges inside direct quotes („…“, »…«, \"…\")"),
                Setting("allow", list, [], "hedge words or phrases never flagged, e.g. [\"dürfte\", \"wohl\"]"),
                Setting("allow_legal", bool, True,
                        "accept 'mutmaßlich' before a suspect noun (Täter, Schütze, …; list in hedging.toml)"),
                Setting("ignore_reported_speech", bool, True,
                        "do not flag hedges in reported speech with a named source (\"Die Pleite sei wohl "
                        "unabwendbar, räumte X ein\", \"laut Polizei vermutlich\"): the source's words, like a quote"),
                Setting("ignore_first_person", bool, True,
                        "do not flag hedges in first-person sentences and interview answers (someone's own words)"),
                Setting("ignore_forecasts", bool, True,
                        "do not flag a single hedge on a prediction with nothing to check yet (\"Die Preise "
                        "dürften weiter steigen\"); a date or a figure keeps it flagged (hedging.toml [forecast])"),
                Setting("ignore_author_voice", bool, True,
                        "do not flag a single conjecture (dürfte, wohl, vermutlich, …) in a paragraph or document "
                        "that speaks in the author's voice or is labelled as commentary (front matter genre/ressort, "
                        "URL, 'Ein Kommentar.'; hedging.toml [author_voice], rules/genre.toml)"),
            ),
        ),
        RuleInfo(
            code="NL402", name="stacked-hedge", severity=Severity.WARNING,
            summary="Gehäufte Abschwächung in einer Aussage („soll … angeblich“, „dürfte vermutlich“)",
            summary_en="stacked hedges on one claim ('soll … angeblich', 'dürfte vermutlich')",
            description=(
                "Two or more hedges in one clause weaken the same claim twice: *soll … angeblich*, *dürfte "
                "vermutlich*, *Berichten zufolge soll … haben*. One hedge is enough, a named source is better. "
                "Here a bare *soll/sollen* counts as a hedge too (*Die Truppen sollen wohl bald eingesetzt "
                "werden*; only with a hedge within three tokens after it). Clauses end at commas, semicolons, colons, dashes and brackets; hedges in different "
                "clauses of one sentence are separate claims. Reported once per clause, from the first to the "
                "last hedge, instead of NL401."),
            flagged=("Kim Jong-Un soll die Produktion angeblich verdoppelt haben.",
                     "Die Zahl der Todesfälle dürfte vermutlich weiter steigen.",
                     "Die Truppen sollen wohl schon bald eingesetzt werden."),
            accepted=("Die Zahl der Todesfälle dürfte weiter steigen.",
                      "Die Schulen sollen öffnen, obwohl die Heizung offenbar defekt ist."),
        ),
        RuleInfo(
            code="NL403", name="hedged-display", severity=Severity.WARNING,
            summary="Abschwächung in Überschrift, Teaser oder Zwischenüberschrift ohne genannte Quelle",
            summary_en="a hedge in a headline, teaser or subheading with no named source",
            description=(
                "Display copy is what most readers read; a hedge there (*Nordkorea schickt offenbar Truppen*) "
                "sells a rumour as news. Flagged when the sentence names no source: no *laut …*, *nach Angaben "
                "…*, verb of saying, agency or authority, and no headline prefix *Quelle: …*. Reported instead "
                "of NL401/NL402, once per clause."),
            flagged=("Nordkorea schickt offenbar weitere Truppen nach Russland (Überschrift)",
                     "Einschlag wohl ausgeschlossen (Zwischenüberschrift)"),
            accepted=("Nato: Russland verliert offenbar 1.200 Soldaten täglich (Überschrift)",
                      "Russland verliert laut Nato offenbar mehr Soldaten (Teaser)"),
            settings=(Setting("kinds", list, list(DISPLAY_KINDS),
                              "segment kinds that count as display copy (headline, teaser, subheading)"),),
        ),
        RuleInfo(
            code="NL404", name="vague-source", severity=Severity.WARNING,
            summary="Vage Quelle („Experten warnen“, „Insider“, „es heißt“) trägt eine Zahl oder starke Behauptung",
            summary_en="vague attribution ('Experten warnen', 'Insider', 'es heißt') carrying a figure or strong claim",
            description=(
                "An unnamed source cannot be checked by the reader: *Experten warnen*, *Kritiker sagen*, "
                "*Beobachter*, *Insider*, *Analysten*, *aus Regierungskreisen*, *Es heißt, …*, *Berichten "
                "zufolge*. Flagged when it carries a figure (a number or number word in the sentence) or a strong "
                "claim (a reported content clause *Kritiker sagen, …*, a prepositional attribution *laut "
                "Experten …*, or a strong word such as *dramatisch*, *nie*, *Rekord*). Not flagged: a named "
                "institution after the noun (*Experten des Ifo-Instituts*), a compound with a name "
                "(*Ifo-Experten*), anaphora (*die Forscher*, after they were named), the noun without a verb of "
                "saying (*Kritiker der Reform wurden verhaftet*), attitude toward a noun without figure "
                "(*Experten warnen vor den Folgen*), and quotes."),
            flagged=("Experten warnen, dass bis zu 20 Prozent des Personals ausfallen.",
                     "Kritiker sagen, die Verlagerung werde sich nicht rechnen.",
                     "Es heißt, die Einheiten seien völlig unvorbereitet.",
                     "Medienberichten zufolge wurden 30 Menschen verletzt."),
            accepted=("Experten warnen vor den Folgen.", "Experten des Ifo-Instituts erwarten 2 Prozent Wachstum.",
                      "Das heißt, die Steuer steigt um 3 Prozent."),
            settings=(
                Setting("ignore_in_quotes", bool, True, "do not flag vague sources inside direct quotes"),
                Setting("require_claim", bool, True,
                        "only flag when the sentence carries a figure or strong claim; false flags every vague source"),
            ),
        ),
    ]


@hookimpl
def newslint_configure(config) -> None:
    vocabulary()  # load and compile the TOML once per process, before the first document


@hookimpl
def newslint_check(document, config):
    if not any(config.is_selected(code, document.path) for code in CODES):
        return []
    return analyze(document, config)
