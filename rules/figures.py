"""NL1/NL2: figures — unattributed claim figures and numbers that contradict each other.

NL101 a claim figure (count, money, percentage, casualty figure, rate, estimate) without a source,
NL201 the same counted thing gets different values in one text ("15.000 Container" / "15.800 Container"),
NL202 one figure, two different claims ("600.000 gefallen" / "600.000 getötet oder verwundet"),
NL203 mixed thousands separators ("15,000" in German copy; "15.000" and "15 000" mixed),
NL204 (opt-in) different values from different named sources, for information.

The number understanding lives in the engine (``newslint.analysis.quantities``, vocabulary in
``numbers.toml``) and so does attribution (``newslint.analysis.attribution``, ``attribution.toml``):
this module only decides what to report.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from newslint.analysis.attribution import (Attributions, attribution_vocabulary, attributions, plan_clause, same_source,
                                          sentence_names_act)
from newslint.analysis.quantities import Quantities, Quantity, lemmatize, load_toml, noun_key, quantities
from newslint.finding import Finding, RuleInfo, Setting, Severity
from newslint.hookspecs import hookimpl

CODES = ("NL101", "NL201", "NL202", "NL203", "NL204")
COMPARABLE_KINDS = frozenset({"count", "money", "percent", "casualty", "measure", "small", "common"})
CATEGORY_NAMES = {
    "killed": ("Tote/Gefallene", "deaths"), "wounded": ("Verletzte/Verwundete", "wounded"),
    "casualties": ("Tote und Verletzte (Verluste)", "killed and wounded (casualties)"),
    "missing": ("Vermisste", "missing"), "infected": ("Infizierte/Fälle", "infections"),
    "deaths": ("Todesfälle", "deaths"), "hospitalised": ("Klinikpatienten", "hospitalised"),
    "vaccinated": ("Geimpfte/Impfungen", "vaccinations"), "recovered": ("Genesene", "recovered"), "revenue": ("Umsatz", "revenue"),
    "profit": ("Gewinn", "profit"), "loss": ("Verlust", "loss"), "cost": ("Kosten", "cost"),
}
FORMAT_NAMES = {"dot": "Punkt (15.000)", "space": "Leerzeichen (15 000)", "plain": "ohne Trennzeichen (15000)",
                "comma": "Komma (15,000)"}
FORMAT_NAMES_EN = {"dot": "dot (15.000)", "space": "space (15 000)", "plain": "no separator (15000)",
                   "comma": "comma (15,000)"}


def _rules() -> list[RuleInfo]:
    return [
        RuleInfo(
            code="NL101", name="figure-without-source", severity=Severity.WARNING,
            summary="Zahl ohne Quelle: Wer nennt diese Zahl?",
            summary_en="Claim figure without attribution: who says so?",
            description=(
                "A claim figure — a count (≥ 100, or ≥ 10 with a qualifier such as 'rund'), an amount of money, a "
                "percentage, a casualty figure, a rate ('etwa alle 500 Jahre') or a measured estimate with a "
                "qualifier — needs a named source unless it is common knowledge. A figure is attributed when "
                "its sentence names a source ('laut X', 'X zufolge', 'nach Angaben von X', 'wie X mitteilte', "
                "a speech or report verb with a subject such as 'sagte', 'schätzt', 'bezifferte', 'spricht "
                "von', a quote with a speaker, 'heißt es in …', 'Demnach', 'Quelle: …', a headline 'Nato: …'), "
                "when it inherits one within its paragraph (an earlier sentence, 'Das teilte X mit.' right "
                "after it, a multi-sentence quote, reported speech in Konjunktiv I), or when the same figure "
                "is attributed elsewhere in the text. Hedges ('angeblich', 'soll') are not sources. Figures "
                "carried only by a vague attribution ('Experten warnen', 'Insider') are left to NL404.\n\n"
                "Not claim figures: dates, years, times, ordinals, ages, durations ('seit drei Jahren'), "
                "labels ('Paragraf 3', 'Seite 12', 'F-16', 'G7'), scores ('2:1'), phone numbers, small "
                "everyday counts ('zwei Kinder') and common knowledge ('50.000 Einwohner').\n\n"
                "With `claims = \"strict\"` (default) only CLAIMS are flagged: casualty figures, rates, money "
                "from 10,000 tied to an event, percentages, and counts of a claim noun (victims, cases, people "
                "in an event, arrests, crimes, votes …) or with a claim cue in the sentence (a change, a record, "
                "an estimate, hearsay, a loss). Background is not: an institution's size, a capacity, an "
                "inventory ('ihrer 30.000 Mitarbeiter', 'für bis zu 180 Personen', 'in allen 16 Ländern'), "
                "distances, prices and fines, tax rates, compositions and ownership shares, market quotes, "
                "election results, a study's sample and history (a sentence naming only years well before the "
                "text's newest). `claims = \"all\"` flags every claim figure. Vocabulary: `numbers.toml` "
                "[claims].\n\n"
                "Headline and teaser figures: with `strictness = \"lenient\"` (default) it is enough that "
                "the body attributes the same figure or the same counted thing; with `\"strict\"` display "
                "copy needs its own source.\n\n"
                "Texts in the author's own voice (`ignore_author_voice`, default true; `attribution.toml` "
                "[author_voice]): the body of a piece labelled as commentary, column or guest piece ('Ein "
                "Kommentar.', a genre in the metadata, a URL under /meinung/: rules/genre.toml), and the first-person paragraphs of a text that says "
                "'ich'/'wir' outside quotes throughout, are the author's signed claims and are not flagged."),
            flagged=("Rund 40.000 Menschen säumten die Strecke.",
                     "Allein bei den Kämpfen starben angeblich 4.000 bis 5.000 russische Soldaten.",
                     "Der Markt wächst weltweit um 7 Prozent pro Jahr."),
            accepted=("Laut Polizei säumten rund 40.000 Menschen die Strecke.",
                      "Der Schaden liegt nach Angaben der Stadt bei 2,4 Millionen Euro.",
                      "„Mehr als 600.000 Soldaten sind gefallen“, sagte Rutte.",
                      "Der 54-Jährige spielt seit drei Jahren in der 3. Liga."),
            settings=(
                Setting("strictness", str, "lenient", "lenient: headline/teaser figures may rely on the body's "
                        "attribution; strict: they need their own", choices=("lenient", "strict")),
                Setting("min_count", int, 100, "smallest plain count (without qualifier) that is a claim figure"),
                Setting("claims", str, "strict", "strict: only figures that are claims (casualties, cases, people "
                        "in an event, money, percentages, counts with a change, record, estimate or hearsay); "
                        "all: every count, amount and percentage", choices=("strict", "all")),
                Setting("ignore_author_voice", bool, True, "skip texts in the author's own voice: a label "
                        "('Ein Gastbeitrag.', 'Ein Kommentar von …', front matter genre) or the first person "
                        "outside quotes across the text (attribution.toml [author_voice])"),
            ),
        ),
        RuleInfo(
            code="NL201", name="inconsistent-number", severity=Severity.ERROR,
            summary="Widersprüchliche Zahlen: dieselbe Sache hat im Text zwei verschiedene Werte",
            summary_en="Inconsistent numbers: the same counted thing has two different values in one text",
            description=(
                "The same counted thing in the same role gets different values in one text, e.g. the teaser "
                "says 'Mehr als 15.000 Container', the body 'mehr als 15.800 Container'. Reported at the later "
                "mention, naming the line of the earlier one.\n\n"
                "Compatible mentions are not reported: the same value with or without a qualifier ('11.000' / "
                "'etwa 11.000'), the same amount written differently ('5,5 Milliarden Dollar' / '5,5 Mrd. "
                "US-Dollar'), a rounded value within `tolerance` when one mention is approximate ('rund 16.000' "
                "/ '15.800'). Different things are not compared: different modifiers ('100.000 Mitarbeiter "
                "weltweit' / '2.000 Mitarbeiter im Werk' — also values further apart than `max_ratio`), "
                "different claim categories (deaths vs injured: see NL202), clauses about a change or another "
                "period ('stieg von … auf', 'im Vorjahr', 'davon'), two figures in one sentence, and figures "
                "attributed to different named sources ('laut Nato 600.000', 'laut Kiew 691.000'), which "
                "NL204 reports as information when `report_different_sources` is on.\n\n"
                "Only mentions in one frame are compared: not when their sentences name different years, "
                "months, weekdays, time frames ('bisher', 'im Vorjahr') or places ('in Bayern' / 'in Hessen'), "
                "not a part of a whole or a rate ('davon', 'allein', 'je'), not two figures in one paragraph or "
                "teaser, not a counted thing the text gives three or more values for (a series over days, places "
                "or groups), not two body mentions more than `max_distance` paragraphs apart, and not a passed "
                "milestone and the current figure ('über 200.000' / 'mehr als 204.000')."),
            flagged=("Teaser: Mehr als 15.000 Container Munition … Text: mehr als 15.800 Container mit Munition",
                     "5.000 Tote … später: 4.000 bis 5.000 Tote"),
            accepted=("rund 11.000 Soldaten … etwa 11.000 Soldaten", "5,5 Milliarden Dollar … 5,5 Milliarden US-Dollar",
                      "100.000 Mitarbeiter weltweit … 2.000 Mitarbeiter im Werk",
                      "laut Nato 600.000 Soldaten … laut Kiew 691.000 Soldaten"),
            settings=(
                Setting("tolerance", float, 0.05, "relative difference accepted when one mention is approximate "
                        "('rund', 'etwa', 'knapp')"),
                Setting("max_ratio", float, 1.5, "values further apart than this factor count as different things"),
                Setting("min_value", float, 1000.0, "smallest value compared (small counts differ too often "
                        "for good reasons: different places, days, groups)"),
                Setting("max_distance", int, 4, "two body mentions further apart than this many paragraphs (and "
                        "subheadings) are not compared; display copy is always compared with the body; 0 = no limit"),
                Setting("report_different_sources", bool, False,
                        "report different values from different named sources as NL204 (info)"),
            ),
        ),
        RuleInfo(
            code="NL202", name="figure-claim-mismatch", severity=Severity.WARNING,
            summary="Eine Zahl, zwei Aussagen (z. B. „gefallen“ vs. „getötet oder verwundet“)",
            summary_en="One figure, two different claims (e.g. killed vs killed or wounded)",
            description=(
                "The same figure is used for two different claims of one kind: casualties ('600.000 Soldaten "
                "gefallen' in the headline vs '600.000 … getötet oder verwundet' in the quote it rests on; "
                "'Tote' vs 'Tote und Verletzte'; 'Opfer' vs 'Tote'), health ('Infizierte' vs 'Tote') or "
                "business figures ('Umsatz' vs 'Gewinn'). Reported at the later mention. The categories and "
                "their words live in `numbers.toml` ([categories.*])."),
            flagged=("Nato: 600.000 russische Soldaten gefallen … „600.000 Soldaten sind getötet oder verwundet worden“",
                     "41.000 Infizierte … Die Zahl der Grippetoten liegt bei 41.000."),
            accepted=("200 Soldaten getötet … die 200 getöteten Soldaten",),
            settings=(Setting("min_value", float, 10.0, "smallest value compared"),),
        ),
        RuleInfo(
            code="NL203", name="mixed-number-format", severity=Severity.WARNING,
            summary="Uneinheitliche Zahlenschreibweise (Tausendertrennzeichen)",
            summary_en="Mixed number formats (thousands separators)",
            description=(
                "German copy separates thousands with a dot ('15.000') or a thin space ('15 000'), never with a "
                "comma: '15,000 Container' reads as fifteen and is always reported. Mixing dot and space (or "
                "no separator for numbers from 10,000) in one text is reported at the minority style. Decimal "
                "commas ('4,2 Millionen'), four-digit numbers without separator ('4000'), years and phone "
                "numbers are fine."),
            flagged=("15,000 Standardcontainer", "12 500 Menschen … 8.300 Menschen"),
            accepted=("4,2 Millionen Euro", "15.000 … 8.300", "Hotline 03641 55 20 10"),
        ),
        RuleInfo(
            code="NL204", name="figures-from-different-sources", severity=Severity.INFO,
            summary="Verschiedene Zahlen aus verschiedenen Quellen (nur Hinweis)",
            summary_en="Different figures from different sources (information)",
            description=(
                "Off unless `report_different_sources = true` is set for NL201: the same counted thing has "
                "different values that come from different named sources ('laut Nato 600.000', 'laut Kiew "
                "691.000'). That is often correct reporting; the note helps check that each figure keeps its "
                "source."),
            flagged=("Laut Nato 600.000 Soldaten … der Generalstab bezifferte die Verluste auf 691.000 Soldaten",),
            accepted=("Laut Nato 600.000 Soldaten … die Nato spricht von 600.000 Soldaten",),
        ),
    ]


@hookimpl
def newslint_rules() -> list[RuleInfo]:
    return _rules()


@hookimpl
def newslint_configure(config) -> None:
    if any(config.is_selected(code) for code in CODES):
        from newslint.analysis.attribution import attribution_vocabulary
        from newslint.analysis.quantities import vocabulary

        vocabulary()
        attribution_vocabulary()


@hookimpl
def newslint_check(document, config) -> Iterator[Finding]:
    if not any(config.is_selected(code) for code in CODES):
        return
    found = quantities(document)
    if not len(found):
        return
    sources = _LazySources(document)  # the attribution layer, computed only when a rule asks
    if config.is_selected("NL101"):
        yield from _unattributed(document, found, sources, config.rule_settings("NL101"))
    if config.is_selected("NL201") or config.is_selected("NL204"):
        yield from _inconsistent(document, found, sources, config.rule_settings("NL201"))
    if config.is_selected("NL202"):
        yield from _claim_mismatch(document, found, config.rule_settings("NL202"))
    if config.is_selected("NL203"):
        yield from _mixed_formats(document, found)


class _LazySources:
    """The attribution layer of a document, computed on first use: articles without a claim figure and
    without two comparable figures never need it."""

    __slots__ = ("document", "layer")

    def __init__(self, document) -> None:
        self.document, self.layer = document, None

    def _get(self) -> Attributions:
        if self.layer is None:
            self.layer = attributions(self.document)
        return self.layer

    def __getitem__(self, index: int):
        return self._get()[index]

    def in_quote(self, offset: int) -> bool:
        return self._get().in_quote(offset)

    @property
    def normative(self) -> frozenset[int]:
        return self._get().normative

    def act(self, quantity: Quantity) -> bool:
        acts = self._get().acts
        return acts is not None and acts.at(quantity.sentence, quantity.start, quantity.noun_text or quantity.noun)


# --- NL101 ----------------------------------------------------------------------------------------
def _same_figure(first: Quantity, second: Quantity) -> bool:
    """The same figure: equal value and unit, and the same counted thing where both name one."""
    if first.low != second.low or first.high != second.high or first.unit != second.unit:
        return False
    if first.high >= 100 and not first.written and not second.written:
        return True  # "41.000" is distinctive enough; a changed claim about it is NL202's business
    return first.key is None or second.key is None or first.key == second.key


def _is_claim(quantity: Quantity, min_count: int) -> bool:
    if not quantity.claim:
        return False
    if quantity.kind == "count" and not quantity.qualifier and not quantity.scale and quantity.high < min_count:
        return False
    return True


@dataclass(frozen=True)
class _ClaimVocabulary:
    """``numbers.toml`` [claims] compiled: what makes a figure a claim under ``claims = "strict"``."""

    nouns: Any  # matches the end of a counted noun's key ("neuinfektion" ends in "infektion")
    cues: Any
    background_before: Any  # matches at the end of the text right before a figure
    percent_before: Any
    percent_background: Any
    background_nouns: Any
    count_background: Any
    history_years: int
    elections: Any
    polls: Any
    background_units: frozenset[str]
    money_after: Any
    money_background: Any
    market_indices: Any
    survey_answers: Any = None
    present_words: Any = None
    survey_words: Any = None
    deal_verbs: Any = None
    unasserted: Any = None
    example_openers: Any = None
    generic_openers: Any = None
    restating_openers: Any = None
    conversion_periods: tuple[tuple[Any, float], ...] = ()
    listing_parts: tuple[Any, ...] = ()
    conclusion_words: Any = None
    conversion_source_periods: Any = None
    plan_continuations: Any = None
    history_words: Any = None
    money_size: Any = None
    size_changes: Any = None
    dimension_words: Any = None
    habitual_words: Any = None
    habitual_periods: Any = None
    population_nouns: Any = None
    populations: tuple = ()
    receipt_verbs: Any = None
    capacity_after: Any = None
    percent_background_sentence: Any = None
    link_list_words: Any = None
    sample_verbs: Any = None
    market_clause: Any = None
    decision_words: Any = None
    rule_before: Any = None
    results_nouns: Any = None
    results_periods: Any = None
    results_companies: Any = None
    results_not: Any = None
    size_adjectives: Any = None
    size_predicates: Any = None
    example_words: Any = None
    act_continuations: Any = None
    petition_verbs: Any = None
    petition_nouns: Any = None
    part_openers: Any = None
    limit_before: Any = None
    limit_after: Any = None
    threshold_after: Any = None
    condition_before: Any = None
    quota_before: Any = None
    share_clause_before: Any = None
    share_clause_after: Any = None
    private_price_before: Any = None
    private_deal_verbs: Any = None
    verdict_words: Any = None
    payment_words: Any = None
    verdict_not: Any = None
    same_value_other_thing: Any = None  # session 6 round 3: repeated and worked-out figures
    hypothetical_forms: Any = None
    rate_words: Any = None
    totalling_words: Any = None
    output_share_after: Any = None  # session 7: structural ratios of an economy or a population
    population_share_after: Any = None
    population_share_verbs: Any = None
    population_share_before: Any = None
    share_compiled: Any = None
    macro_level_before: Any = None
    contract_before: Any = None
    vote_nouns: frozenset = frozenset()
    vote_margin_words: Any = None
    defined_before: Any = None  # session 7 round 2: prices, rates, rules, plans and capacities
    threshold_before: Any = None
    rate_level_before: Any = None
    rate_nouns: Any = None
    rate_pronouns: Any = None
    quorum_after: Any = None
    quorum_verbs: Any = None
    listing_after: Any = None


def _words(entries: list[str], escape: bool = True, end: bool = False) -> Any:
    if not entries:
        return regex.compile("(?!)")
    alternatives = "|".join(regex.escape(entry) if escape else entry for entry in sorted(entries, key=len, reverse=True))
    return regex.compile(r"(?<!\w)(?:" + alternatives + r")" + (r"\W*$" if end else r"(?!\w)"), regex.IGNORECASE)


def _openers(entries: list[str]) -> Any:
    """Patterns matched at the start of a sentence (``match``), case-sensitive, on a word boundary."""
    if not entries:
        return regex.compile("(?!)")
    return regex.compile(r"[\s„»\"(]*(?:" + "|".join(f"(?:{entry})" for entry in entries) + r")(?!\w)")


def _alternatives(data: dict[str, Any], key: str, prefix: str, suffix: str = "") -> Any:
    """The TOML list ``key`` as regex alternatives between ``prefix`` and ``suffix``; never matches when empty."""
    return regex.compile(prefix + "(?:" + ("|".join(data.get(key, [])) or "(?!)") + ")" + suffix)


@lru_cache(maxsize=1)
def _claim_vocabulary() -> _ClaimVocabulary:
    data = load_toml("numbers.toml").get("claims", {})

    def ends(words: list[str]) -> Any:
        keys = {noun_key(word) for word in words} | {noun_key(lemmatize(word)) for word in words}
        return regex.compile("(?:" + "|".join(regex.escape(key) for key in sorted(keys, key=len, reverse=True))
                             + ")$") if keys else regex.compile("(?!)")

    return _ClaimVocabulary(nouns=ends(data.get("nouns", [])), background_nouns=ends(data.get("background_nouns", [])),
                            count_background=_words(data.get("count_background", []), escape=False),
                            history_years=int(data.get("history_years", 3)),
                            elections=_words(data.get("elections", []), escape=False),
                            polls=_words(data.get("polls", []), escape=False),
                            background_units=frozenset(data.get("background_units", [])),
                            money_background=_words(data.get("money_background", []), escape=False),
                            market_indices=_words(data.get("market_indices", [])),
                            survey_answers=_words(data.get("survey_answers", []), escape=False),
                            present_words=_words(data.get("present_words", [])),
                            survey_words=_words(data.get("survey_words", []), escape=False),
                            deal_verbs=_words(data.get("deal_verbs", []), escape=False),
                            unasserted=regex.compile(r"(?i)(?:^|[,;:–—(]\s*)(?:(?:" + ("|".join(
                                regex.escape(word) for word in data.get("unasserted_particles", [])) or "(?!)")
                                + r")\s+){0,2}(?:" + ("|".join(
                                regex.escape(word) for word in data.get("unasserted_openers", [])) or "(?!)")
                                + r")(?!\s+auch\b),?\s+[^,;:–—()]*$"),  # not concessive: "wenn auch nur …"
                            money_after=regex.compile(r"\G[^\w,;.]*(?:\w+[^\w,;.]+){0,3}?(?:" + "|".join(data.get("money_after", ["(?!)"])) + r")",
                                                      regex.IGNORECASE),
                            cues=_words(data.get("cues", []), escape=False),
                            example_openers=_openers(data.get("example_openers", [])),
                            example_words=_words(data.get("example_words", []), escape=False),
                            act_continuations=_words(data.get("act_continuations", []), escape=False),
                            petition_verbs=_words(data.get("petition_verbs", []), escape=False),
                            petition_nouns=_words(data.get("petition_nouns", []), escape=False),
                            part_openers=_words(data.get("part_openers", []), escape=False),
                            limit_before=_alternatives(data, "limit_before", r"(?i)(?<!\w)", r"\s*$"),
                            limit_after=_alternatives(data, "limit_after", r"(?i)\G\s*(?:prozent|%)?\s+"),
                            threshold_after=_alternatives(data, "threshold_after", r"(?i)\G\s+", r"\b"),
                            condition_before=_alternatives(data, "condition_before", r"(?i)(?<!\w)", r"\s*$"),
                            quota_before=_alternatives(data, "quota_before", r"(?i)", r"\s*$"),
                            share_clause_before=_alternatives(data, "share_clause_before", r"(?i)", r"\s*$"),
                            share_clause_after=_alternatives(data, "share_clause_after", r"(?i)\G\s*(?:prozent|%)\s+", r"\b"),
                            private_price_before=_alternatives(data, "private_price_before", r"(?i)(?<!\w)", r"\s*$"),
                            private_deal_verbs=_words(data.get("private_deal_verbs", []), escape=False),
                            verdict_words=_words(data.get("verdict_words", []), escape=False),
                            payment_words=_words(data.get("payment_words", []), escape=False),
                            verdict_not=_words(data.get("verdict_not", []), escape=False),
                            same_value_other_thing=_alternatives(data, "same_value_other_thing", r"(?i)\b", r"\b"),
                            hypothetical_forms=_alternatives(data, "hypothetical_forms", r"(?i)\b", r"\b"),
                            rate_words=_alternatives(data, "rate_words", r"(?i)[^.;:]{0,20}?\b", r"\b"),
                            totalling_words=_alternatives(data, "totalling_words", r"(?i)\b", r"\b"),
                            output_share_after=_alternatives(data, "output_share_after", r"(?i)\G\s*(?:prozent|%)\s+"),
                            population_share_after=_alternatives(data, "population_share_after", r"(?i)\G\s*(?:prozent|%)\s+"),
                            population_share_verbs=_words(data.get("population_share_verbs", []), escape=False),
                            population_share_before=_alternatives(data, "population_share_before", r"(?i)(?<!\w)", r"$"),
                            share_compiled=_words(data.get("share_compiled", []), escape=False),
                            macro_level_before=_alternatives(data, "macro_level_before", r"(?i)(?<!\w)", r"$"),
                            contract_before=_alternatives(data, "contract_before", r"(?i)(?<!\w)", r"\s*$"),
                            vote_nouns=frozenset(word.lower() for word in data.get("vote_nouns", [])),
                            vote_margin_words=_words(data.get("vote_margin_words", []), escape=False),
                            defined_before=_alternatives(data, "defined_before", r"(?i)(?<!\w)", r"$"),
                            threshold_before=_alternatives(data, "threshold_before", r"(?i)", r"$"),
                            rate_level_before=_alternatives(data, "rate_level_before", r"(?i)(?<!\w)", r"$"),
                            rate_nouns=_words(data.get("rate_nouns", []), escape=False),
                            rate_pronouns=_openers(data.get("rate_pronouns", [])),
                            quorum_after=_alternatives(data, "quorum_after", r"(?i)\G\s*(?:prozent|%)\s+"),
                            quorum_verbs=_words(data.get("quorum_verbs", []), escape=False),
                            listing_after=_alternatives(data, "listing_after", r"(?i)\G\s*(?:prozent|%)\s*,?\s*"),
                            generic_openers=_openers(data.get("generic_openers", [])),
                            restating_openers=_openers(data.get("restating_openers", [])),
                            conversion_periods=tuple((_words(words.split("|")), float(days))
                                                     for words, days in data.get("conversion_periods", [])),
                            conversion_source_periods=_words(data.get("conversion_source_periods", []), escape=False),
                            conclusion_words=_words(data.get("conclusion_words", []), escape=False),
                            listing_parts=tuple(_alternatives(data, key, r"(?i)")
                                                for key in ("listing_addresses", "listing_times", "listing_tickets")),
                            plan_continuations=_words(data.get("plan_continuations", []), escape=False),
                            history_words=_words(data.get("history_words", []), escape=False),
                            money_size=_words(data.get("money_size", []), escape=False),
                            size_changes=_words(data.get("size_changes", []), escape=False),
                            dimension_words=_words(data.get("dimension_words", []), escape=False),
                            habitual_words=_words(data.get("habitual_words", [])),
                            habitual_periods=_words(data.get("habitual_periods", [])),
                            population_nouns=ends(data.get("population_nouns", [])),
                            populations=tuple((_words(place.split("|")) if place else None, float(low), float(high))
                                              for place, low, high in data.get("populations", [])),
                            receipt_verbs=_words(data.get("receipt_verbs", []), escape=False),
                            sample_verbs=_words(data.get("sample_verbs", []), escape=False),
                            market_clause=_words(data.get("market_clause", []), escape=False),
                            decision_words=_words(data.get("decision_words", []), escape=False),
                            rule_before=_alternatives(data, "rule_before", r"(?i)(?<!\w)", r"\s*$"),
                            results_nouns=_words(data.get("results_nouns", [])),
                            results_periods=_words(data.get("results_periods", []), escape=False),
                            results_companies=_words(data.get("results_companies", []), escape=False),
                            results_not=_words(data.get("results_not", []), escape=False),
                            size_adjectives=regex.compile(r"\G[\s\u00a0]*(?:[\p{L}²³.-]+[\s\u00a0]+)?(?:" + (
                                "|".join(data.get("size_adjectives", [])) or "(?!)") + r")(?=[\s\u00a0]+\w)",
                                regex.IGNORECASE),
                            size_predicates=regex.compile(r"\G[\s\u00a0]*(?:[\p{L}²³.-]+[\s\u00a0]+)?(?:" + (
                                "|".join(data.get("size_predicates", [])) or "(?!)") + r")(?=\s*(?:[.,;:)–—]|$)|\s+(?:und|"
                                r"ist|war|sind|waren|sein|wird|wurde|werden|wäre)\b)", regex.IGNORECASE),
                            capacity_after=regex.compile(r"\G[^\w,;.]*(?:\w+[^\w,;.]+){0,2}?(?:" + "|".join(
                                data.get("capacity_after", ["(?!)"])) + r")", regex.IGNORECASE),
                            background_before=_words(data.get("background_before", []), end=True),
                            percent_before=_words(data.get("percent_before", []), end=True),
                            percent_background=_words(data.get("percent_background", []), escape=False),
                            link_list_words=_alternatives(data, "link_list_words", r"\b", r"\b"),
                            percent_background_sentence=_words(data.get("percent_background_sentence", []), escape=False))


def _noun_class(quantity: Quantity) -> str | None:
    """"claim", "background" or None: the class of the counted noun, the longer match deciding
    ("Mitarbeiter" is background although it ends like the claim noun "Arbeiter"; "Arbeitsplatz" is a claim
    although it ends like "Platz")."""
    vocab = _claim_vocabulary()
    best, result = 0, None
    for name in (quantity.noun, quantity.noun_text, quantity.content):
        if not name:
            continue
        key = noun_key(name)
        for label, pattern in (("claim", vocab.nouns), ("background", vocab.background_nouns)):
            match = pattern.search(key)
            if match and len(match.group(0)) > best:
                best, result = len(match.group(0)), label
    return result


def _newest_year(document, found: Quantities) -> int:
    """The newest year the text names (a stand-in for its date), 0 when it names none."""
    years = [int(item.text) for item in found if item.kind == "year" and item.text.isdigit()]
    return max(years, default=0)


def _historical(document, found: Quantities, quantity: Quantity, newest: int) -> bool:
    """The figure's sentence names only years well before the newest year of the text: history."""
    vocab = _claim_vocabulary()
    sentence = document.sentences[quantity.sentence]
    start = max([sentence.start] + [match.end() for match in _CLAUSE_END.finditer(
        document.text, sentence.start, quantity.start)])
    end = _CLAUSE_END.search(document.text, quantity.end, sentence.end)
    if vocab.history_words.search(_flat(document), start, end.start() if end else sentence.end) \
            and not vocab.present_words.search(_flat(document), sentence.start, sentence.end) \
            and not _sentence_years(found, quantity.sentence):
        return True  # "Mitte der Achtzigerjahre", "in den 1950er-Jahren": history without a year
    if quantity.sentence > 0 and not _sentence_years(found, quantity.sentence) and not vocab.present_words.search(
            _flat(document), sentence.start, sentence.end):
        previous = document.sentences[quantity.sentence - 1]
        if document.segment_at(previous.start) is document.segment_at(quantity.start) \
                and vocab.history_words.search(_flat(document), previous.start, previous.end) \
                and not _sentence_years(found, quantity.sentence - 1) \
                and not vocab.present_words.search(_flat(document), previous.start, previous.end):
            return True  # "Die Marke wurde Mitte der Achtzigerjahre groß. Der Umsatz stieg von … auf …"
    if not newest:
        return False
    years = _sentence_years(found, quantity.sentence)
    if not years and quantity.sentence > 0 and not _claim_vocabulary().present_words.search(
            document.text, document.sentences[quantity.sentence].start, document.sentences[quantity.sentence].end):
        # a sentence without a year of its own right after a dated one in the same paragraph: "Als am 3. März
        # 2004 ein Kran umstürzte, … Rund 2.000 Menschen waren ohne Strom."
        # (only a full date counts there: a bare year is often a comparison, "so niedrig wie seit 1979")
        # session 6: also two sentences back, across a sentence with no year and no word of the present ("Als am
        # 3. März 2004 ein Kran umstürzte, … Rund 2.000 Menschen waren ohne Strom. Der Schaden lag bei …")
        for back in (1, 2):
            if quantity.sentence - back < 0:
                break
            previous = document.sentences[quantity.sentence - back]
            if document.segment_at(previous.start) is not document.segment_at(quantity.start):
                break
            years = [int(match.group(0)) for item in found.in_sentence(quantity.sentence - back) if item.kind == "date"
                     for match in _DATE_YEAR.finditer(item.text)]
            years += [int(match.group("year")) for match in _full_dates().finditer(document.text, previous.start,
                                                                                    previous.end)]
            if years or _sentence_years(found, quantity.sentence - back) or _claim_vocabulary().present_words.search(
                    document.text, previous.start, previous.end):
                break  # (a sentence between with a year or a word of the present of its own ends the look back)
    return bool(years) and max(years) <= newest - _claim_vocabulary().history_years


@lru_cache(maxsize=1)
def _full_dates() -> Any:
    """A day, a month name and a year: "am 3. März 2004"."""
    months = sorted(_scope_vocabulary()[4], key=len, reverse=True)
    return regex.compile(r"\b\d{1,2}\.\s*(?:" + ("|".join(regex.escape(month) for month in months) or "(?!)")
                         + r")\s+(?P<year>(?:1[5-9]|20)\d\d)(?!\d)")


def _sentence_years(found: Quantities, index: int) -> list[int]:
    years = [int(item.text) for item in found.in_sentence(index) if item.kind == "year" and item.text.isdigit()]
    years += [int(match.group(0)) for item in found.in_sentence(index) if item.kind == "date"
              or item.kind == "year" and not item.text.isdigit()
              for match in _DATE_YEAR.finditer(item.text)]  # "am 28. September 2003", "1918 bis 1920"
    return years


# "für 2,4 Milliarden Euro", "für insgesamt acht Millionen Euro": the amount a deal was made for
_DEAL_PRICE = regex.compile(r"(?i)\bfür(?:\s+(?:insgesamt|zusammen|nur|gerade|stolze|satte|knapp))?\s*$")

_CLAUSE_END = regex.compile(r"[,;:–—](?!\d)")  # not the decimal comma of "1,8 Millionen"

_DATE_YEAR = regex.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


# "aus 70 Prozent Riesling und 30 Prozent Silvaner": every share of the sentence states a composition
_COMPOSITION = regex.compile(r"(?i)\baus (?:\w+ )?\d[\d.,]* (?:Prozent|%)")


_FLAT: list = [None, ""]


def _flat(document) -> str:
    """The document's text with line breaks read as spaces (hard-wrapped paragraphs; same offsets), for the
    multi-word patterns of the claim vocabulary; remembered for the last document."""
    if _FLAT[0] is not document:
        _FLAT[0], _FLAT[1] = document, document.text.replace("\n", " ")
    return _FLAT[1]


def _paragraph_span(document, quantity: Quantity) -> tuple[int, int]:
    segment = document.segment_at(quantity.start)
    if segment is None:
        sentence = document.sentences[quantity.sentence]
        return sentence.start, sentence.end
    return segment.start, segment.end


# a clause edge: a semicolon, colon, dash or bracket, or a comma that does not separate two capitalised words (a
# list of names: "Firmen wie Alpha, Beta und Gamma")
_CLAUSE_EDGE = regex.compile(r"[;:](?!\d)|[–—()]|(?<!\p{Lu}[\p{L}\d.&-]*),(?!\d)|,(?!\s*\p{Lu})(?!\d)")


def _clause_span(text: str, sentence, quantity: Quantity) -> tuple[int, int]:
    """The figure's clause: from the last clause edge before it to the next one."""
    start = sentence.start
    for match in _CLAUSE_EDGE.finditer(text, sentence.start, quantity.start):
        start = match.end()
    end = _CLAUSE_EDGE.search(text, quantity.end, sentence.end)
    return start, end.start() if end else sentence.end


def vocab_unasserted(text: str, start: int, offset: int) -> bool:
    """The figure at ``offset`` stands in a clause that opens with "ob", "falls" … (``unasserted_openers``)."""
    return bool(_claim_vocabulary().unasserted.search(text[max(start, offset - 200):offset]))


def _strict_claim(document, found: Quantities, quantity: Quantity, newest: int) -> bool:
    """Whether a claim figure is a CLAIM a reader wants sourced (``claims = "strict"``): casualty figures,
    rates, money and measured estimates always; a percentage unless it states a composition or an
    ownership; a count when it counts a claim noun (victims, cases, people in an event) or its sentence
    says something changed, was estimated, is a record or is hearsay — and not when a possessive, a
    totality or a capacity right before it makes it background ("ihrer 30.000 Mitarbeiter", "in allen 16
    Ländern", "für bis zu 180 Personen")."""
    if quantity.kind in ("casualty", "rate"):
        return True
    if vocab_unasserted(_flat(document), document.sentences[quantity.sentence].start, quantity.start):
        return False  # "Ob das Land 100 oder 200 Milliarden Euro leiht, …": not asserted
    if quantity.kind == "money" and quantity.high < 10_000:
        return False  # a price, a fee, a salary: "eine Nacht kostet etwa 3.400 Euro"
    if _historical(document, found, quantity, newest):
        return False  # "1928 kamen 40.000 Besucher", "2016 gewann sie mit 47 Prozent": public record
    vocab = _claim_vocabulary()
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    if _limit_or_position(document, quantity) or _private_price(document, quantity) or _verdict_payment(document, quantity):
        return False  # session 6 round 2: a capacity limit, a negotiating threshold, a private price, a sentence's payment
    if _defined_value(document, quantity):
        return False  # session 7 round 2: a list price, a planned quota, a capacity, a tax rate, a quorum, a results listing
    if quantity.kind in ("measure", "count") and vocab.size_adjectives.match(
            text, quantity.number_end, min(sentence.end, quantity.end + 30)) or quantity.kind == "measure" \
            and vocab.size_predicates.match(text, quantity.number_end, min(sentence.end, quantity.end + 30)):
        return False  # session 6: a size, "ein knapp 3000 Quadratmeter großes Haus", "Die Halle ist 900 m² groß"
    if quantity.kind == "measure":
        # a distance or a length is background ("liegt rund 1.000 Kilometer entfernt"); areas, volumes
        # and weights an event destroyed, used or produced are claims
        if quantity.unit in vocab.background_units and vocab.dimension_words.search(text, *_clause(text, sentence, quantity)):
            return False  # a physical dimension: "Bis zu 1400 Meter ist der See tief" (even beside "Rekord")
        return quantity.unit not in vocab.background_units or bool(vocab.cues.search(text, sentence.start, sentence.end))
    if quantity.kind == "money":
        if _structural_share(document, quantity):
            return False  # session 7: "Das Volkseinkommen betrug 2019 knapp 2,5 Billionen Euro": a national aggregate's level
        if vocab.money_after.search(text, quantity.number_end, min(sentence.end, quantity.end + 30)):
            return False  # "der 46 Billionen Dollar schwere Markt": a size
        if _DEAL_PRICE.search(text[max(sentence.start, quantity.start - 24):quantity.start]) \
                and vocab.deal_verbs.search(text, sentence.start, sentence.end):
            return False  # the price of a deal: "übernahm den Rivalen für 2,4 Milliarden Euro" (public record)
        if vocab.money_size.search(text, sentence.start, sentence.end) and not quantity.changing \
                and not vocab.cues.search(text, sentence.start, sentence.end) \
                and not vocab.size_changes.search(text, sentence.start, sentence.end):
            return False  # a company's revenue is its size: "mit rund sieben Milliarden Euro Umsatz"
        if _habitual(vocab, text, sentence):
            return False  # a habitual size: "Normalerweise bringen die Gäste jedes Jahr zehn Milliarden Euro"
        if quantity.qualifier and quantity.qualifier.lower() == "ab" \
                or vocab.money_background.search(text, sentence.start, sentence.end):
            return False  # a price list ("ab 93.000 Euro"), a fine a rule threatens
        return not vocab.count_background.search(text, sentence.start, sentence.end)  # "Das Paket umfasst …"
    if quantity.kind not in ("count", "percent"):
        return True
    before = text[max(sentence.start, quantity.start - 30):quantity.start]
    election = vocab.elections.search(text, sentence.start, sentence.end) \
        and not vocab.polls.search(text, sentence.start, sentence.end)
    if quantity.kind == "percent":
        if vocab.percent_before.search(before) or _COMPOSITION.search(text, sentence.start, sentence.end) or election \
                or vocab.market_indices.search(text, *_paragraph_span(document, quantity)):
            return False  # a composition; an election result or a market quote (public record)
        if vocab.market_clause.search(text, *_clause_span(text, sentence, quantity)):
            return False  # round 7: a price move on a named exchange, in the figure's own clause
        if vocab.percent_background_sentence.search(text, sentence.start, sentence.end):
            return False  # an actor's own stake: "erhöhte ihre Anteile am Gemeinschaftsunternehmen … auf 60 Prozent"
        if _structural_share(document, quantity):
            return False  # session 7: "Die Staatsverschuldung beträgt 150 Prozent des BIP": a structural ratio (background)
        if _worked_out(document, found, text, sentence, quantity):
            return False  # the author's arithmetic: "9.000 Menschen, eine kleine Zahl (0,011 Prozent der Bevölkerung)"
        return not vocab.percent_background.search(
            text, max(sentence.start, quantity.start - 60), min(sentence.end, quantity.end + 60))
    if vocab.background_before.search(before) or quantity.qualifier and vocab.background_before.search(
            text, max(sentence.start, quantity.start - 30), quantity.number_start):
        return False  # "ihrer 30.000 Mitarbeiter"; with the qualifier: "Veranstaltungen mit bis zu 1.000 Menschen"
    if vocab.count_background.search(text, sentence.start, sentence.end):
        return False  # "beschäftigt 3.000 Mitarbeiter", "bietet 900 Plätze"
    if vocab.capacity_after.search(text, quantity.end, min(sentence.end, quantity.end + 40)):
        return False  # a capacity: "in dem für 2.000 Menschen konzipierten Lager"
    if vocab.sample_verbs.search(text, sentence.start, sentence.end) and _names_survey(document, quantity.sentence):
        return False  # a survey's sample: "Beteiligt haben sich daran 512 Kliniken" after the survey
    if _habitual(vocab, text, sentence):
        return False  # a habitual size: "Normalerweise kommen 50 Millionen Menschen jedes Jahr"
    if vocab.petition_verbs.search(text, sentence.start, sentence.end) and _petition(document, quantity.sentence):
        return False  # session 6: a petition's public counter, "Mehr als 8.000 Menschen haben sie unterschrieben"
    if _population(document, quantity, vocab) and not vocab.cues.search(text, sentence.start, sentence.end):
        return False  # common knowledge: "entscheiden über 83 Millionen Menschen" (Germany's population)
    if election and _noun_class(quantity) != "background" and (regex.search(
            r"(?i)stimme|wähler", quantity.noun_text or "") or regex.search(
            r"(?i)\bwahlberechtigt", document.text[sentence.start:sentence.end])):
        return False  # "Mit 1.123 Stimmen wurde sie gewählt", "Wahlberechtigt waren 90.000 Menschen": public record
    if vocab.contract_before.search(text[max(sentence.start, quantity.start - 80):quantity.start]) \
            and _plain_statement(text, sentence):
        return False  # session 7: a count of goods a concluded contract orders, "in einem Vertrag mit X 300 Millionen Dosen"
    if (quantity.noun_text or "").lower() in vocab.vote_nouns \
            and vocab.vote_margin_words.search(text, sentence.start, sentence.end) \
            and _plain_statement(text, sentence):
        return False  # session 7: the votes that decide or lead a vote, "Sie führt mit 9.000 Stimmen" (published tally)
    noun_class = _noun_class(quantity)
    if noun_class == "claim":
        return True
    if quantity.noun is None and quantity.scale:
        return True  # "von 3 Millionen auf 8 Millionen Franken": an amount whose unit follows later
    return bool(vocab.cues.search(text, sentence.start, sentence.end))


def _limit_or_position(document, quantity: Quantity) -> bool:
    """Session 6 round 2: a capacity limit or a negotiating threshold, no claim: "eine Belegung von höchstens 35 Prozent"
    ("bis zu", "höchstens", "maximal" after ``limit_before``), "mit einem auf 40 Prozent reduzierten Sitzplatzangebot" ("auf" before,
    ``limit_after`` after the number), "weigerten sich, über 300 Milliarden Euro zu gehen" ("unter"/"über" and
    ``threshold_after``). A measured rate stays a claim: "Die Belegung lag im Juli bei 35 Prozent"."""
    if quantity.kind not in ("percent", "money", "count"):
        return False
    vocab = _claim_vocabulary()
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    start, _ = _clause_span(text, sentence, quantity)
    before = text[max(start, quantity.start - 60):quantity.start]
    qualifier = (quantity.qualifier or "").lower()
    if quantity.kind == "percent" and qualifier in ("bis zu", "höchstens", "maximal", "nicht mehr als") \
            and vocab.limit_before.search(before):
        return True
    if quantity.kind == "percent" and not quantity.qualifier and regex.search(r"(?i)\bauf\s*$", before) \
            and vocab.limit_after.match(text, quantity.number_end, sentence.end):
        return True
    if qualifier in ("über", "unter", "mehr als", "weniger als") \
            and vocab.condition_before.search(text[max(sentence.start, quantity.start - 120):quantity.start]):
        return True  # session 6 round 3: a threshold in a condition, "wenn die Zahl … auf über 50 steigt"
    if quantity.kind == "percent" and qualifier in ("mindestens", "höchstens", "maximal") \
            and vocab.quota_before.search(text[max(sentence.start, quantity.start - 40):quantity.start]):
        return True  # session 6 round 3: a quota's rule value, "die Frauenquote (mindestens 40 Prozent …)"
    if quantity.kind == "percent" and vocab.share_clause_before.search(text[max(sentence.start, quantity.start - 40):quantity.start]) \
            and vocab.share_clause_after.match(text, quantity.number_end, sentence.end):
        return True  # session 6 round 3: the share a group makes up, in a relative clause ("…, der acht Prozent der
        # Bevölkerung ausmacht, …"): a background size next to the claim about the group
    return qualifier in ("unter", "über") and bool(vocab.threshold_after.match(text, quantity.end, sentence.end))


def _structural_share(document, quantity: Quantity) -> bool:
    """Session 7: a structural ratio of an economy or a population, background an editor does not ask a source for: a debt
    level or a sector's share of the economic output (``output_share_after`` right after the number: "Die Schuldenlast des
    Staates erreicht gut 180 Prozent des Bruttoinlandsprodukts", "Der Tourismus macht zwölf Prozent der Wertschöpfung aus"), or
    a group's share of a population (``population_share_after`` after the number and a ``population_share_verbs`` verb in the
    clause: "Die Tamilen stellen rund 15 Prozent der Bevölkerung"; or ``population_share_before`` right before it: "ihr
    Anteil an der Bevölkerung beträgt vier Prozent"). Not a change or a forecast ("stieg auf 80 Prozent des BIP"), not with a
    claim cue or a hedge, not compiled across a count of countries (``share_compiled``). Also the level of a national
    aggregate in money (``macro_level_before`` right before the figure: "Die Steuereinnahmen des Bundes lagen 2018 bei 700
    Milliarden Euro")."""
    if quantity.kind not in ("percent", "money") or quantity.changing:
        return False
    vocab = _claim_vocabulary()
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    start, end = _clause_span(text, sentence, quantity)
    if quantity.kind == "money":
        if not vocab.macro_level_before.search(text[max(start, quantity.start - 100):quantity.start]):
            return False
    elif not (vocab.output_share_after.match(text, quantity.number_end, sentence.end)
            or vocab.population_share_after.match(text, quantity.number_end, sentence.end)
            and vocab.population_share_verbs.search(text, start, end)
            or vocab.population_share_before.search(text[max(start, quantity.start - 80):quantity.start])):
        return False
    return _plain_statement(text, sentence) and not vocab.share_compiled.search(text, sentence.start, sentence.end)


_BOUND_QUALIFIERS = frozenset({"über", "ab", "mehr als", "mindestens", "unter", "bis zu", "höchstens", "maximal"})


def _defined_value(document, quantity: Quantity) -> bool:
    """Session 7 round 2: a figure that a price list, a rule, a plan or a facility defines, no claim: a list price, a
    planned or allowed quota, a facility's capacity (``defined_before`` right before the figure: "hat einen Stückpreis von
    rund 90.000 Euro", "die vorgesehene Quote von acht Prozent", "bietet Raum für 200 Millionen Liter"); a threshold that
    defines a category in brackets ("drei Spenden (jeweils über 50.000 Euro)", ``threshold_before`` and a bound
    qualifier); the rate of a tax or a fee ("Die Steuer beträgt zehn Prozent der Kaltmiete"; "Diese beträgt …" after a
    sentence that names the tax); a quorum ("da 25 Prozent der Mitglieder zustimmen müssten"); a line of an
    election-results listing ("28,5 % Sitze 7"). Not a change, no claim cue, not hedged."""
    if quantity.kind not in ("percent", "money", "count", "measure") or quantity.changing:
        return False
    vocab = _claim_vocabulary()
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    before = text[max(sentence.start, quantity.start - 100):quantity.start]
    scope = sentence.start, sentence.end
    if (quantity.qualifier or "").lower() in _BOUND_QUALIFIERS and vocab.threshold_before.search(before):
        scope = _clause_span(text, sentence, quantity)  # the bracket: "13 Spenden (jeweils über …), insgesamt …"
    elif not (vocab.defined_before.search(before) or quantity.kind == "percent" and (
            vocab.listing_after.match(text, quantity.number_end, sentence.end)
            or vocab.quorum_after.match(text, quantity.number_end, sentence.end)
            and vocab.quorum_verbs.search(text, sentence.start, sentence.end)
            or _rate_level(document, text, sentence, quantity, vocab)
            or _rate_level_listed(document, text, sentence, quantity, vocab))):
        return False
    return _plain_statement(text, sentence, *scope)


def _rate_level(document, text: str, sentence, quantity: Quantity, vocab: _ClaimVocabulary) -> bool:
    """The percentage is the level of a tax or a fee: a verb of level right before it (``rate_level_before``) and a rate
    noun (``rate_nouns``) in its clause before it, or in the paragraph's sentence before when a pronoun opens the sentence."""
    start, _ = _clause_span(text, sentence, quantity)
    clause = text[start:quantity.start]
    if not vocab.rate_level_before.search(clause):
        return False
    if vocab.rate_nouns.search(clause):
        return True
    if not vocab.rate_pronouns.match(text, sentence.start, quantity.start):
        return False
    previous = _previous_in_paragraph(document, quantity.sentence)
    return previous is not None and bool(vocab.rate_nouns.search(text, previous.start, previous.end))


def _rate_level_listed(document, text: str, sentence, quantity: Quantity, vocab: _ClaimVocabulary) -> bool:
    """The next rate of a scale: "liegt der Freibetrag bei 15 Prozent bis 900 Euro und 25 Prozent darüber": the
    sentence's percentage before it is a rate's level, and "und" (or a comma) follows it within 40 characters."""
    earlier = [other for other in quantities(document).in_sentence(quantity.sentence)
               if other.kind == "percent" and other.end <= quantity.start]
    if not earlier or not regex.search(r"(?:,|\bund)\s*$", text[earlier[-1].end:quantity.start]) \
            or quantity.start - earlier[-1].end > 40:
        return False
    return _rate_level(document, text, sentence, earlier[-1], vocab)


def _private_price(document, quantity: Quantity) -> bool:
    """Session 6 round 2: what a person paid for one thing ("fand die Lehrerin ein Bauernhaus für etwa 95.000 Euro"): an
    indefinite singular object with "für" right before the amount (``private_price_before``), under a million, and a
    verb of buying, renting or finding in the sentence (``private_deal_verbs``); not hearsay."""
    if quantity.kind != "money" or quantity.high >= 1_000_000 or quantity.scale:
        return False
    vocab = _claim_vocabulary()
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    start, _ = _clause_span(text, sentence, quantity)
    return bool(vocab.private_price_before.search(text[max(start, quantity.start - 80):quantity.start])) \
        and bool(vocab.private_deal_verbs.search(text, sentence.start, sentence.end)) and not _hedged(sentence)


def _verdict_payment(document, quantity: Quantity) -> bool:
    """Session 6 round 2: a payment a court imposed ("Zahlungen von je 20.000 Euro an eine Stiftung" after "verhängte
    Haftstrafen auf Bewährung"): a money figure in a sentence with a payment word (``payment_words``) when that sentence or the one
    before it in the paragraph names a sentence (``verdict_words``); public record. Not hearsay, no claim cue, not a change
    (``verdict_not``: "Die Zahlungen stiegen auf …")."""
    if quantity.kind != "money":
        return False
    vocab = _claim_vocabulary()
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    if not vocab.payment_words.search(text, sentence.start, sentence.end) or _hedged(sentence) \
            or vocab.cues.search(text, sentence.start, sentence.end) \
            or vocab.verdict_not.search(text, sentence.start, sentence.end):
        return False
    if vocab.verdict_words.search(text, sentence.start, sentence.end):
        return True
    before = _previous_in_paragraph(document, quantity.sentence)
    return before is not None and bool(vocab.verdict_words.search(text, before.start, before.end))


_IN_BRACKETS = regex.compile(r"\(\s*(?:(?:rund|etwa|knapp|gut|fast|ca\.|circa|über|unter|mehr als|weniger als)\s+)?$",
                            regex.IGNORECASE)


_TAKEN_UP = regex.compile(r"\b(?:das|dies|diese Zahl|diese Summe)\b", regex.IGNORECASE)
_SHARE_OF = regex.compile(r"[^()]*?(?:\bProzent|%)\s*(?:der|des|aller|von|vom)\b", regex.IGNORECASE)


def _worked_out(document, found: Quantities, text: str, sentence, quantity: Quantity) -> bool:
    """Round 5: a percentage in brackets after another figure of its sentence is the author's arithmetic on that
    figure ("Bisher haben sich 9.000 Menschen angesteckt (0,011 Prozent der Bevölkerung)"); a bracketed
    percentage with no figure before it ("Die Quote stieg stark (zwölf Prozent)") stays a claim."""
    if not _IN_BRACKETS.search(text, max(sentence.start, quantity.start - 16), quantity.start) \
            or not _SHARE_OF.match(text, quantity.start, sentence.end):
        return False  # (a share of a whole, not a change: "(34 Prozent weniger als sonst)" stays a claim)
    if any(other.kind in ("count", "money", "measure") and other.end <= quantity.start
           for other in found.in_sentence(quantity.sentence) if other is not quantity):
        return True
    # or of the figure of the sentence before, taken up by a pronoun ("Bisher haben sich 9.000 Menschen angesteckt.
    # Für ein so großes Land ist das eine kleine Zahl (0,011 Prozent der Bevölkerung).")
    if quantity.sentence == 0 or not _TAKEN_UP.search(text, sentence.start, quantity.start):
        return False
    return any(other.kind in ("count", "money", "measure") for other in found.in_sentence(quantity.sentence - 1)) \
        and document.segment_at(document.sentences[quantity.sentence - 1].start) is document.segment_at(sentence.start)


def _petition(document, index: int) -> bool:
    """The sentence at ``index``, or the one before it in the same segment, names a petition."""
    nouns, text = _claim_vocabulary().petition_nouns, _flat(document)
    sentence = document.sentences[index]
    if nouns.search(text, sentence.start, sentence.end):
        return True
    previous = _previous_in_paragraph(document, index)
    return previous is not None and bool(nouns.search(text, previous.start, previous.end))


_BACK_TO_IT = regex.compile(r"(?i)\b(?:daran|dabei|hieran|darin)\b")


def _names_survey(document, index: int) -> bool:
    """The sentence at ``index``, or the one before it in the same segment, names a survey or a study."""
    vocab, text = _claim_vocabulary(), _flat(document)
    sentence = document.sentences[index]
    if vocab.survey_words.search(text, sentence.start, sentence.end):
        return True
    if index == 0 or not _BACK_TO_IT.search(text, sentence.start, sentence.end):
        return False  # (the sentence before counts only when this one points back to it: "daran", "dabei")
    previous = document.sentences[index - 1]
    return document.segment_at(previous.start) is document.segment_at(sentence.start) \
        and bool(vocab.survey_words.search(text, previous.start, previous.end))


# a run of three or more words in capitals at the start of a line, wrapped over lines or not, alone on its lines
_CAPITALS_LINE = regex.compile(r"(?m)^[ \t]*(?:\p{Lu}[\p{Lu}\d+-]*[ \t\n]+){2,}\p{Lu}[\p{Lu}\d+-]*[ \t]*$")


def _link_lists(document) -> list[tuple[int, int]]:
    """Round 5: spans of link lists (page furniture in newsletter dumps): from a capitals line with a word of
    ``link_list_words`` to the next capitals line or the end of the text."""
    text = document.text
    if "\n" not in text:
        return []
    lines = [match for match in _CAPITALS_LINE.finditer(text)
             if sum(1 for char in match.group(0) if char.isalpha()) >= 10]
    if not lines:
        return []
    words = _claim_vocabulary().link_list_words
    spans = []
    for index, match in enumerate(lines):
        if words.search(match.group(0)):
            end = lines[index + 1].start() if index + 1 < len(lines) else len(text)
            spans.append((match.end(), end))
    return spans


def _habitual(vocab: _ClaimVocabulary, text: str, sentence) -> bool:
    """The sentence states a habitual size: "normalerweise" and "jedes Jahr", no claim cue (a change …)."""
    return bool(vocab.habitual_words.search(text, sentence.start, sentence.end)
                and vocab.habitual_periods.search(text, sentence.start, sentence.end)
                and not vocab.cues.search(text, sentence.start, sentence.end))


def _clause(text: str, sentence, quantity: Quantity) -> tuple[int, int]:
    """The span of the figure's clause: from the last clause break before it to the next one after it."""
    start = max([sentence.start] + [match.end() for match in _CLAUSE_END.finditer(text, sentence.start, quantity.start)])
    end = _CLAUSE_END.search(text, quantity.end, sentence.end)
    return start, end.start() if end else sentence.end


def _population(document, quantity: Quantity, vocab: _ClaimVocabulary) -> bool:
    """A count of people whose value is a population the text's place is known for ([claims] populations)."""
    if quantity.kind != "count" or not vocab.populations or quantity.changing or quantity.categories:
        return False  # (not "81 Millionen Menschen sind geimpft", nor a change)
    names = [name for name in (quantity.noun, quantity.noun_text) if name]
    if not any(vocab.population_nouns.search(noun_key(name)) for name in names):
        return False
    for place, low, high in vocab.populations:
        if low <= quantity.low and quantity.high <= high and (place is None or place.search(document.text)):
            return True
    return False


def _unattributed(document, found: Quantities, sources: Attributions, settings) -> Iterator[Finding]:
    strict = settings.get("strictness", "lenient") == "strict"
    min_count = int(settings.get("min_count", 100))
    claims_only = settings.get("claims", "strict") == "strict"
    newest = _newest_year(document, found) if claims_only else 0
    candidates = [quantity for quantity in found if _is_claim(quantity, min_count)
                  and not (claims_only and not _strict_claim(document, found, quantity, newest))
                  and not (quantity.unit_kind == "currency" and _conversion(document.text, quantity))]
    if not candidates:
        return  # no claim figure: the attribution layer is not needed (most of the time it costs)
    use_voice = bool(settings.get("ignore_author_voice", True))
    voice: Any = None  # the author-voice layer, computed for the first body figure that would be flagged
    attributed = [q for q in found if q.kind not in ("date", "year", "time", "ordinal")
                  and sources[q.sentence].named]
    max_ratio = 2.0
    flagged: dict[int, bool] = {}  # id of a body candidate -> reported
    findings: list[Finding] = []
    # body figures first: a headline or teaser figure that the body gives as no claim or excused is neither
    link_lists = _link_lists(document)
    for quantity in sorted(candidates, key=lambda q: (q.is_display, q.segment == "headline")):
        if link_lists and any(start <= quantity.start < end for start, end in link_lists):
            continue  # page furniture: a teaser in a list of links ("UNSERE LESETIPPS FÜR DAS WOCHENENDE")
        source = sources[quantity.sentence]
        # "Rund 4.000 Menschen forderten mehr Lohn": the counted crowd is no source of its own count
        sourced = (source.named or source.vague) and not (source.named and _counted_as_speaker(document, source, quantity))
        if sourced or sources.in_quote(quantity.number_start) \
                or quantity.sentence in sources.normative or sources.act(quantity) \
                or plan_clause(document.text, document.sentences[quantity.sentence], quantity.start) \
                or _example(document, quantity) or _restates_excused(document, found, sources, quantity) \
                or _worked_out_total(document, found, quantity) or _converted_before(document, found, quantity) \
                or _listing_line(document, quantity) \
                or _carries_out_decision(document, sources, quantity) or _rule_value(document, quantity) \
                or _company_results(document, sources, quantity):
            continue
        if quantity.kind == "percent" and _survey_answer(document, quantity):
            continue  # the result of a survey the text has named
        if _part_of_unreported(document, found, quantity, flagged):
            continue  # session 6: "Der Umsatz betrug 4,2 Milliarden Euro. Davon machte … 3,1 Milliarden aus."
        if _elliptical(found, quantity, flagged):
            continue  # session 6: "Schweden mit 90 Millionen Dosen und Finnland mit 65 Millionen": as its antecedent
        if use_voice and (not quantity.is_display or quantity.segment == "teaser"):
            if voice is None:
                from newslint.analysis.voice import author_voice

                voice = author_voice(document)
            if quantity.is_display:
                if voice.labelled:
                    continue  # round 8: the teaser of a labelled commentary ("Ein Kommentar. 80 Millionen …")
            elif (voice.labelled or voice.authored) and voice.covers(
                    getattr(document.segment_at(quantity.start), "start", -1)):
                continue  # commentary, a guest piece: the author's own words, signed by the author
        if quantity.is_display and strict:
            pass
        elif quantity.is_display:
            if quantity.segment == "subheading" and _repeated_below(document, found, quantity):
                continue  # session 6 round 2: the paragraph below gives it; its own verdict (and finding) stands for both
            if any((not other.is_display or quantity.segment == "headline" and other.segment == "teaser")
                   and (_same_figure(quantity, other) or quantity.key and other.key == quantity.key
                        or _rounded_percent(quantity, other))
                   for other in attributed):
                continue
            if any((not other.is_display or quantity.segment == "headline" and other.segment == "teaser")
                   and other.kind not in _NOT_FIGURES and _same_value(quantity, other)
                   and not flagged.get(id(other), False) for other in found):
                continue  # the body gives the same figure as no claim, or excused: "Nur 130 Milliarden" / budget
        elif any(other is not quantity and (_same_figure(quantity, other) or quantity.key is not None
                                            and _same_thing(quantity, other, max_ratio))
                 for other in attributed):
            continue  # the same figure or the same counted thing is sourced elsewhere (NL201 checks values)
        elif _repeats_flagged(document, found, quantity, flagged):
            continue  # session 6 round 3: "stieg auf 25. Von den 25 Todesfällen …": one warning per figure
        flagged[id(quantity)] = True
        figure = quantity.text
        findings.append(Finding(
            "NL101", quantity.start, quantity.end,
            f"Zahl ohne Quelle: „{figure}“ – nennen Sie, wer die Zahl angibt (z. B. „laut …“, "
            f"„nach Angaben von …“, „…, teilte … mit“).",
            f"Figure without attribution: '{figure}' — say who gives this figure (e.g. 'laut …', "
            f"'nach Angaben von …').",
        ))
    yield from sorted(findings, key=lambda finding: finding.start)


_NOT_FIGURES = frozenset({"date", "year", "time", "ordinal", "label", "name", "phone", "score", "age", "duration"})


def _repeated_below(document, found: Quantities, quantity: Quantity) -> bool:
    """Session 6 round 2: a subheading figure ("90 Prozent weniger im Fernverkehr") that the body paragraphs below it,
    up to the next display segment, give with the same value: one finding (the body's, if any) is enough."""
    segment = document.segment_at(quantity.start)
    if segment is None:
        return False
    index = document.segments.index(segment)
    end = segment.end
    for after in document.segments[index + 1:]:
        if after.is_display:
            break
        end = after.end
    return any(not other.is_display and segment.end <= other.start < end and other.kind not in _NOT_FIGURES
               and _same_value(quantity, other) for other in found)


def _repeats_flagged(document, found: Quantities, quantity: Quantity, flagged: dict[int, bool]) -> bool:
    """Session 6 round 3: a body figure that repeats one already reported earlier in its paragraph or in the body
    paragraph right before ("Die Zahl der Toten stieg auf 31. Von den 31 Toten waren …"): the same value, kind, unit
    and counted thing (both must name one: "auf 7 Prozent … bei 7 Prozent" may be two things). One warning per figure; a figure sourced elsewhere is
    already left alone (the same quantity attributed elsewhere in the text)."""
    segment = document.segment_at(quantity.start)
    if segment is None or segment.is_display:
        return False
    index = document.segments.index(segment)
    start = segment.start
    if index > 0 and not document.segments[index - 1].is_display:
        start = document.segments[index - 1].start
    for other in found:
        if other is quantity or not start <= other.start < quantity.start or not flagged.get(id(other), False):
            continue
        if other.low == quantity.low and other.high == quantity.high and other.kind == quantity.kind \
                and other.unit == quantity.unit and other.scale == quantity.scale \
                and other.key is not None and quantity.key is not None and _same_counted(other.key, quantity.key) \
                and not _claim_vocabulary().same_value_other_thing.search(document.text, other.end, quantity.start):
            return True  # ("… lag ebenfalls bei 200": another thing with the same value stays)
    return False


def _elliptical(found: Quantities, quantity: Quantity, flagged: dict[int, bool]) -> bool:
    """Session 6: a body figure that leaves out its counted noun ("… Schweden mit 90 Millionen Dosen und Finnland mit
    65 Millionen") shares the verdict of the figure it takes the noun from: the nearest earlier figure of its sentence with
    the same kind, unit and scale and a counted noun, when that one was not reported (no claim, or excused)."""
    if quantity.noun is not None or quantity.noun_text or quantity.is_display or not quantity.scale:
        return False
    before = [other for other in found.in_sentence(quantity.sentence) if other.end <= quantity.start]
    for other in reversed(before):
        if other.kind == quantity.kind and other.unit == quantity.unit and other.scale == quantity.scale \
                and other.noun is not None:
            return not flagged.get(id(other), False)
    return False


def _part_of_unreported(document, found: Quantities, quantity: Quantity, flagged: dict[int, bool]) -> bool:
    """Session 6: a part of an amount ("davon", ``part_openers``, before the figure in its sentence) given earlier in
    the sentence or in the sentence before (same paragraph) shares that amount's verdict when the amount was not
    reported and the part's sentence has no claim cue ("Davon wurden 300 entlassen" stays a claim)."""
    if quantity.is_display or quantity.kind not in ("money", "count") or not (quantity.unit or quantity.scale):
        return False
    vocab, text = _claim_vocabulary(), _flat(document)
    sentence = document.sentences[quantity.sentence]
    if not vocab.part_openers.search(text, sentence.start, quantity.start) \
            or vocab.cues.search(text, sentence.start, sentence.end) \
            or vocab.verdict_not.search(text, sentence.start, sentence.end):
        return False
    indexes = [quantity.sentence]
    previous = _previous_in_paragraph(document, quantity.sentence)
    if previous is not None:
        indexes.insert(0, quantity.sentence - 1)
    for index in indexes:
        for other in found.in_sentence(index):
            if other.end > quantity.start or other.kind != "money" or other.is_display:
                continue
            if (quantity.unit == other.unit or quantity.unit is None and quantity.scale and quantity.noun is None
                    and not quantity.noun_text) and other.value > quantity.value:  # (not "Davon profitierten 3 Millionen Menschen")
                return not flagged.get(id(other), False)
    return False


def _counted_as_speaker(document, source, quantity: Quantity) -> bool:
    """The sentence opens with the figure and is sourced only by speech verbs after it whose subject is the
    figure's own counted thing ("Rund 4.000 Menschen forderten mehr Lohn")."""
    if not source.own or source.inherited or not source.cues or quantity.key is None:
        return False
    sentence = document.sentences[quantity.sentence]
    if document.text[sentence.start:quantity.start].strip(" „»\"(") or any(
            cue.start < quantity.end for cue in source.cues):
        return False  # the figure is no subject opening the sentence: "Die Ämter melden 640 Todesfälle"
    key = quantity.key
    matched = False
    for cue in source.cues:
        if cue.kind != "verb":
            return False
        if not cue.source:
            continue  # a pronoun taking the subject up again: "… sagen, sie rechneten mit …"
        first = cue.source.split()[-1]
        if not (first.startswith(key) or key.startswith(first)) or min(len(first), len(key)) < 4:
            return False
        matched = True
    return matched


def _rounded_percent(display: Quantity, body: Quantity) -> bool:
    """Round 8: a headline or teaser percentage that rounds the body's sourced one to a whole number ("40 Prozent
    Umsatzeinbruch" over "40,5 Prozent weniger …, wie das Amt mitteilte"): the same figure, shortened."""
    return display.kind == body.kind == "percent" and not display.is_range and not body.is_range \
        and display.low == display.high == int(display.low) and body.low != display.low \
        and abs(body.low - display.low) < 1  # (the counted noun may differ: "Umsatzeinbruch" / "weniger Geld")


def _same_value(first: Quantity, second: Quantity) -> bool:
    """The same value, the units equal or one left out ("Nur 130 Milliarden" / "130 Milliarden Euro"), the
    counted things equal where both name one."""
    if first.low != second.low or first.high != second.high:
        return False
    if first.unit != second.unit and not (first.unit is None and first.key is None):
        return False  # (a bare amount in a headline may leave out its unit)
    return first.key is None or first.key == second.key


def _example(document, quantity: Quantity) -> bool:
    """A worked example: the figure's sentence opens with a generic condition ("Wer 40.000 Euro verdient, …"),
    or it or an earlier sentence of its paragraph opens an example ("Ein Beispiel: …", "Angenommen, …")."""
    vocab = _claim_vocabulary()
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    if vocab.generic_openers.match(text, sentence.start, sentence.end):
        return True
    segment = document.segment_at(quantity.start)
    index = quantity.sentence
    while index >= 0:
        current = document.sentences[index]
        if segment is None or current.start < segment.start:
            break
        if vocab.example_openers.match(text, current.start, current.end) \
                or vocab.example_words.search(text, current.start, current.end):
            return True  # (session 6: "an einem Zahlenbeispiel" anywhere in the sentence)
        index -= 1
    return False


_FACTOR_KINDS = frozenset({"count", "small", "bare", "duration", "common"})


def _worked_out_total(document, found: Quantities, quantity: Quantity) -> bool:
    """Session 6: the author's arithmetic on figures given just before in the paragraph: the figure equals the product
    of an earlier amount of its unit and an earlier multiplier ("8.000 Euro pro Tag, für 30 Tage … mit 240.000 Euro"),
    a share of it ("20 Prozent davon, also 48.000 Euro") or the sum of two earlier figures of its unit. Exact values
    only (a rounded claim that happens to match is rare; a sum of claims is no new claim)."""
    if quantity.kind == "percent":
        return _worked_out_share(document, found, quantity)
    if quantity.kind not in ("money", "count") or quantity.is_range or quantity.vague or quantity.value < 100:
        return False
    segment = document.segment_at(quantity.start)
    if segment is None:
        return False
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    totalling = bool(_claim_vocabulary().totalling_words.search(text, sentence.start, quantity.start))
    start = segment.start
    if totalling and quantity.kind == "money":
        # session 6 round 3: a sum of amounts the two body paragraphs before gave ("Insgesamt … also …")
        index = document.segments.index(segment)
        for before in reversed(document.segments[max(0, index - 2):index]):
            if before.is_display:
                break
            start = before.start
    earlier = [other for other in found if start <= other.start and other.end <= quantity.start
               and not other.is_range and not other.vague and other.value > 0
               and (other.kind not in _NOT_FIGURES or other.kind == "duration")]
    if quantity.kind == "money" and _claim_vocabulary().hypothetical_forms.search(text, sentence.start, sentence.end) \
            and _hypothetical_difference(document, found, quantity):
        return True  # session 6 round 3: "Es bliebe eine Reserve von 3,9 Milliarden Euro" (5 minus 1,1 before)
    if totalling and quantity.kind == "count" and _concluded_sum(document, found, quantity):
        return True
    if len(earlier) < 2:
        return False
    value = quantity.value

    def equal(number: float) -> bool:
        return abs(number - value) <= value * 0.001

    same_unit = [other for other in earlier if other.unit == quantity.unit and other.kind in ("money", "count", "small")
                 and (quantity.kind != "count" or other.key is None or quantity.key is None or other.key == quantity.key)]
    for first in same_unit:
        rate = bool(_claim_vocabulary().rate_words.match(text, first.end, min(segment.end, first.end + 30))) or bool(
            _EACH.search(text, max(segment.start, first.start - 8), first.start))
        for second in earlier:
            if second is first:
                continue
            if (first.start < segment.start or second.start < segment.start) and not (
                    second in same_unit and second.start > first.start and totalling):
                continue  # (the paragraphs before: sums only)
            if second.kind in _FACTOR_KINDS and second.unit != quantity.unit and second.value > 1 \
                    and (rate or second.kind == "duration" or totalling) and equal(first.value * second.value):
                return True  # 8.000 Euro a day for 30 days (a rate or a duration: no chance product of two figures)
            if second.kind == "percent" and second.sentence == quantity.sentence \
                    and equal(first.value * second.value / 100):
                return True  # 20 per cent of 240.000 Euro, in the figure's own sentence
            if second in same_unit and second.start > first.start and totalling \
                    and equal(first.value + second.value):
                return True  # 1.200 plus 800, "zusammen sind das 2.000"
    return False


def _listing_line(document, quantity: Quantity) -> bool:
    """Session 8: a line of an events listing (programme): among its comma-separated items, its sentence has one that
    is a street address with a house number, one that is a clock time and one that starts with a ticket price or entry,
    and the figure stands before the price ("4010 Kino, Altstadt, Mühlenweg 12, heute, 20 Uhr, 8 Euro"): a venue's
    name, an address, a price, no claim. (A report that names an address and a time in running text has no such
    items.) The sentence may run on into the next item's description (hard-wrapped listings): a figure after the
    price stays a claim."""
    sentence = document.sentences[quantity.sentence]
    address, clock, ticket = _claim_vocabulary().listing_parts
    seen: set[str] = set()
    price_end = -1
    for item in _LISTING_ITEM.finditer(document.text, sentence.start, sentence.end):
        words = " ".join(item.group(0).split())
        if address.fullmatch(words):
            seen.add("address")
        elif clock.fullmatch(words):
            seen.add("clock")
        elif "address" in seen and "clock" in seen and (price := ticket.match(words)):
            leading = len(item.group(0)) - len(item.group(0).lstrip())
            price_end = item.start() + leading + len(price.group(0))
            break
    return price_end >= 0 and quantity.end <= price_end


_LISTING_ITEM = regex.compile(r"[^,;]+")


_PEOPLE_KEYS = frozenset({"mensch", "person"})


def _converted_before(document, found: Quantities, quantity: Quantity) -> bool:
    """Session 8: a sentence that opens by restating ("Das entspricht …", "Das sind …") and gives the figure the
    author worked out from figures given before it in its paragraph: a share of two counts of one thing, the part in
    the sentence right before ("… 2.300 Getestete … Nur 14 Getestete … Das entspricht 0,6 Prozent"), to the
    precision it is written in, or (the two sentences before) a
    yearly figure per day, week or month ("1,2 Milliarden im Jahr … Das sind am Tag rund 3,3 Millionen"). The
    figures it is worked out from stay claims of their own (and are flagged where unsourced)."""
    if quantity.sentence < 1 or quantity.is_range or quantity.vague or quantity.changing:
        return False
    sentence = document.sentences[quantity.sentence]
    text = _flat(document)
    vocab = _claim_vocabulary()
    if not vocab.restating_openers.match(text, sentence.start, sentence.end):
        return False
    segment = document.segment_at(sentence.start)
    if segment is None or segment.is_display:
        return False
    first = quantity.sentence - 1
    if first > 0 and document.segment_at(document.sentences[first - 1].start) is segment:
        first -= 1
    if document.segment_at(document.sentences[first].start) is not segment:
        return False
    earlier = [other for index in range(first, quantity.sentence) for other in found.in_sentence(index)
               if not other.is_range and not other.vague and other.value > 0 and other.kind not in _NOT_FIGURES]
    if quantity.kind == "percent":
        if quantity.qualifier_kind in ("lower", "upper"):
            return False
        number = document.text[quantity.number_start:quantity.number_end]
        decimals = len(number.split(",")[1].split()[0]) if "," in number else 0
        tolerance = 0.5 * 10 ** -decimals
        # the part in the sentence right before, the whole anywhere before it in the paragraph
        wholes = [other for other in found if segment.start <= other.start and other.end <= sentence.start
                  and other.kind in ("count", "small") and other.key is not None and not other.is_range
                  and not other.vague]
        parts = [other for other in wholes if other.sentence == quantity.sentence - 1]
        return any(part.value < whole.value and part.key == whole.key
                   and abs(100 * part.value / whole.value - quantity.value) <= tolerance
                   for whole in wholes for part in parts if part is not whole)
    if quantity.kind not in ("count", "casualty", "money") or quantity.qualifier_kind == "lower":
        return False
    periods = [days for words, days in vocab.conversion_periods if words.search(text, sentence.start, sentence.end)]
    if len(periods) != 1:
        return False
    margin = 0.1 if quantity.qualifier_kind in ("approx", "upper") else 0.01
    for other in earlier:
        if (other.kind == "money") != (quantity.kind == "money") or other.kind not in ("count", "casualty", "money") \
                or other.unit != quantity.unit or not (
                _same_counted(quantity.key, other.key) or other.key in _PEOPLE_KEYS):
            continue  # (the people of the year's figure may be named by what befell them: "… Menschen. Das sind … Tote")
        source = document.sentences[other.sentence]
        if not vocab.conversion_source_periods.search(text, source.start, source.end):
            continue  # the figure it divides must be a year's ("im Jahr 2019", "jedes Jahr")
        worked = other.value * periods[0] / 365
        if abs(worked - quantity.value) <= quantity.value * margin:
            return True
    return False


def _concluded_sum(document, found: Quantities, quantity: Quantity) -> bool:
    """Session 8: a total the author concludes (a totalling word and ``conclusion_words`` before the figure: "Insgesamt
    wurden somit 9.300 Proben genommen") that is exactly the sum of two counts of the sentence right before in its
    paragraph, whatever they count ("6.100 Erstproben … 3.200 Nachproben"): the author's arithmetic, no new claim."""
    sentence = document.sentences[quantity.sentence]
    text = _flat(document)
    if quantity.sentence < 1 or not _claim_vocabulary().conclusion_words.search(text, sentence.start, quantity.start):
        return False
    previous = document.sentences[quantity.sentence - 1]
    if document.segment_at(previous.start) is not document.segment_at(sentence.start):
        return False
    counts = [other for other in found.in_sentence(quantity.sentence - 1) if other.kind in ("count", "small", "bare")
              and not other.is_range and not other.vague and other.value > 0 and other.unit is None]
    return any(abs(first.value + second.value - quantity.value) <= quantity.value * 0.001
               for index, first in enumerate(counts) for second in counts[index + 1:])


def _hypothetical_difference(document, found: Quantities, quantity: Quantity) -> bool:
    """Session 6 round 3: a money figure in a hypothetical sentence ("würde", "wäre") that equals the difference of two
    amounts of its unit given in the body paragraphs of its section or the one before (up to three segments back, a
    subheading between allowed): the author's arithmetic on a scenario, no new claim. Exact to 0.1 per cent."""
    segment = document.segment_at(quantity.start)
    if segment is None or segment.is_display:
        return False
    index = document.segments.index(segment)
    start = document.segments[max(0, index - 3)].start
    amounts = [other for other in found if start <= other.start and other.end <= quantity.start and not other.is_display
               and other.kind == "money" and other.unit == quantity.unit and not other.is_range and not other.vague
               and other.value > quantity.value]
    others = [other for other in found if start <= other.start and other.end <= quantity.start and not other.is_display
              and other.kind == "money" and other.unit == quantity.unit and not other.is_range and not other.vague
              and other.value < quantity.value]
    return any(abs(big.value - small.value - quantity.value) <= quantity.value * 0.001
               for big in amounts for small in others)


# session 6: an amount per unit ("8.000 Euro pro Tag", "je 50 Euro"), a sum announced ("insgesamt", "zusammen")
_EACH = regex.compile(r"(?i)\bje\s*$")


def _worked_out_share(document, found: Quantities, quantity: Quantity) -> bool:
    """Session 6: a percentage the author worked out from two counts of one thing given before it in its sentence
    ("Von den 33.000 Betten sind 14.000 Betten frei, die Kapazitäten zu 58 Prozent ausgelastet"): the part's share
    of the whole, or the rest's, to the precision the percentage is written in. Both counts must name the same
    counted thing, a compound and its head counting as one (a coincidence between unrelated figures is then unlikely)."""
    if quantity.is_range or quantity.vague or quantity.qualifier_kind in ("lower", "upper") or quantity.changing:
        return False  # (a change is no share: "die Zahl der Patienten stieg um 60 Prozent")
    number = document.text[quantity.number_start:quantity.number_end]
    decimals = len(number.split(",")[1].split()[0]) if "," in number else 0
    tolerance = 0.5 * 10 ** -decimals
    before = [other for other in found.in_sentence(quantity.sentence) if other.end <= quantity.start
              and not other.is_range and other.value > 0]
    counts = [other for other in before if other.kind in ("count", "small") and other.key is not None]
    wholes = counts + [other for other in before if other.kind == "bare"]  # "31.200 dort verfügbaren Betten"
    for whole in wholes:
        for part in counts:
            if part is whole or part.value >= whole.value or not _one_thing(document, whole, part):
                continue
            share = 100 * part.value / whole.value
            if abs(share - quantity.value) <= tolerance or abs(100 - share - quantity.value) <= tolerance:
                return True
    return False


def _one_thing(document, whole: Quantity, part: Quantity) -> bool:
    """Two counts of one thing: the same key, a compound and its head ("Intensivbetten" / "Betten"), or a bare number
    whose next words end in the part's noun ("31.200 dort verfügbaren Intensivbetten")."""
    if whole.key is not None:
        return part.key.endswith(whole.key) or whole.key.endswith(part.key)
    noun = (part.noun_text or part.noun or "").lower()
    return len(noun) >= 4 and any(word.lower().endswith(noun) for word in regex.findall(
        r"\w+", document.text[whole.end:whole.end + 50])[:5])


def _restates_excused(document, found: Quantities, sources, quantity: Quantity) -> bool:
    """A sentence that restates the figure before it ("Das waren 4,7 Millionen Euro mehr als im Vorjahr.") right
    after a sentence of its paragraph whose figure is a named actor's own act, a rule or a plan."""
    if quantity.sentence == 0:
        return False
    sentence = document.sentences[quantity.sentence]
    text = _flat(document)
    vocab = _claim_vocabulary()
    restating = bool(vocab.restating_openers.match(text, sentence.start, sentence.end))
    continuation = bool(vocab.plan_continuations.search(text, sentence.start, sentence.end))
    if continuation:
        restating = True  # "Ende Juni sollen es schon acht Millionen sein." after a plan: the plan goes on
    same_act = not restating and bool(vocab.act_continuations.search(text, sentence.start, sentence.end))
    if not restating and not same_act and not vocab.receipt_verbs.search(text, sentence.start, sentence.end):
        return False  # (or the receiving side of the act: "Der Ruderclub bekam mehr als 80.000 Euro.")
    previous = document.sentences[quantity.sentence - 1]
    if document.segment_at(previous.start) is not document.segment_at(sentence.start):
        return False
    if same_act:
        # session 6: "Jetzt sind es 31.000 Euro." goes on with the act of the sentence before, in its unit
        return not _hedged(sentence) and any(
            other.kind == quantity.kind and other.unit == quantity.unit and other.kind not in _NOT_FIGURES
            and _same_counted(quantity.key, other.key)  # the same counted thing ("Impfdosen" / "Dosen")
            and sources.act(other) for other in found.in_sentence(quantity.sentence - 1))
    if not restating and sentence_names_act(text, previous):
        return True  # "So fördert die Stiftung drei Vereine mit je einer halben Million. Der Ruderclub bekam …"
    return any(other.kind not in _NOT_FIGURES and (quantity.sentence - 1 in sources.normative or sources.act(other)
                                                    or plan_clause(document.text, previous, other.start))
               for other in found.in_sentence(quantity.sentence - 1))


# a present passive that ends the sentence: "… werden nun aus den Lagern geholt.", "… wird ab Mai ausgezahlt."
_PRESENT_PASSIVE = regex.compile(r"(?i)\b(?:werden|wird)\b[^,;:–—]*?\b(?!(?:worden|sein|haben|werden)\b)"
                                 r"(?:\w*ge\w+(?:t|en)|\w+iert)\W*$")


def _same_counted(first: str | None, second: str | None) -> bool:
    """Two keys of counted things that can be one thing: either unknown, or the longer ends in the shorter, or in the
    shorter less its last letter ("impfdos" / "dose": a compound and its head, keys normalised differently)."""
    if first is None or second is None:
        return True
    short, long = sorted((first, second), key=len)
    return long.endswith(short) or len(short) >= 4 and long.endswith(short[:-1])


def _carries_out_decision(document, sources, quantity: Quantity) -> bool:
    """Round 7: the figure's sentence carries out a decision the sentence before it in the paragraph states
    ("Darauf haben sich Bund und Länder geeinigt. 1.200 Menschen werden nun aus den Lagern geholt."): a present
    passive at the end of a sentence without a hedge."""
    previous = _previous_in_paragraph(document, quantity.sentence)
    if previous is None or sources[quantity.sentence].vague:
        return False
    sentence = document.sentences[quantity.sentence]
    text = _flat(document)
    if not _PRESENT_PASSIVE.search(text, sentence.start, sentence.end) \
            or not _claim_vocabulary().decision_words.search(text, previous.start, previous.end):
        return False
    return not _hedged(sentence)


def _previous_in_paragraph(document, index: int):
    """The sentence before sentence ``index`` when both stand in the same segment, else None."""
    if index == 0:
        return None
    previous = document.sentences[index - 1]
    same = document.segment_at(previous.start) is document.segment_at(document.sentences[index].start)
    return previous if same else None


def _hedged(sentence) -> bool:
    hedges = attribution_vocabulary().hedges
    return any(token.text.lower() in hedges for token in sentence.tokens if token.is_word)


def _plain_statement(text: str, sentence, start: int | None = None, end: int | None = None) -> bool:
    """No claim cue between ``start`` and ``end`` (the sentence by default) and no hedge in the sentence: what the
    session-7 background shapes ask before they excuse a figure (a change, an estimate or hearsay stays a claim)."""
    cues = _claim_vocabulary().cues
    return not cues.search(text, sentence.start if start is None else start, sentence.end if end is None else end) \
        and not _hedged(sentence)


def _rule_value(document, quantity: Quantity) -> bool:
    """Round 7: the figure is the limit a rule sets ("das Verbot von Feiern mit mehr als 30 Gästen")."""
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    start, _ = _clause_span(text, sentence, quantity)
    return bool(_claim_vocabulary().rule_before.search(text[max(start, quantity.start - 100):quantity.start]))


def _company_results(document, sources, quantity: Quantity) -> bool:
    """Round 7: a company's own published results ("Im ersten Quartal sanken die Erlöse um 4 Prozent auf 2,1 Milliarden
    Euro" in a paragraph about "der Konzern"): a results noun in the figure's clause, a reporting
    period in the sentence, a company noun in the paragraph or the subheading right before it; not a sector's
    figures, not hearsay, not a vague source."""
    if quantity.kind not in ("money", "percent") or sources[quantity.sentence].vague:
        return False
    vocab = _claim_vocabulary()
    text = _flat(document)
    sentence = document.sentences[quantity.sentence]
    start, end = _clause_span(text, sentence, quantity)
    if not vocab.results_nouns.search(text, start, end) \
            or vocab.results_not.search(text, sentence.start, sentence.end):
        return False
    if not vocab.results_periods.search(text, sentence.start, sentence.end):
        # round 8: the period named in the sentence right before, in the same paragraph ("… hat den Versicherer
        # im ersten Halbjahr belastet. Der Nettogewinn sank um ein Viertel auf 310 Millionen Euro.")
        before = _previous_in_paragraph(document, quantity.sentence)
        if before is None or not vocab.results_periods.search(text, before.start, before.end) \
                or vocab.results_not.search(text, before.start, before.end):
            return False
    if _hedged(sentence):
        return False
    segment = document.segment_at(quantity.start)
    if segment is None:
        return False
    if vocab.results_companies.search(text, segment.start, segment.end):
        return True
    index = document.segments.index(segment)
    if index == 0 or document.segments[index - 1].kind != "subheading":
        return False
    # the subheading right before, or (session 6) the body paragraph right before that subheading: a subheading
    # ("Keine Dividende in Sicht") does not change the company the text reports on
    for before in document.segments[max(0, index - 2):index][::-1]:
        if before.kind not in ("subheading", "paragraph"):
            break
        if vocab.results_companies.search(text, before.start, before.end):
            return True
    return False


def _survey_answer(document, quantity: Quantity) -> bool:
    """A percentage that answers a survey ("befürworten rund 70 Prozent", "Nur 22 Prozent blicken mit Hoffnung …")
    in a text that names a survey before the figure's sentence."""
    vocab = _claim_vocabulary()
    sentence = document.sentences[quantity.sentence]
    text = _flat(document)
    if quantity.sentence > 0 and _SAME_AGAIN.search(text, sentence.start, sentence.end):
        # "Zuvor waren es 90 Prozent." right after a survey answer of the same paragraph
        previous = document.sentences[quantity.sentence - 1]
        if document.segment_at(previous.start) is document.segment_at(sentence.start) and any(
                other.kind == "percent" and _survey_answer(document, other)
                for other in quantities(document).in_sentence(quantity.sentence - 1)):
            return True
    start = max([sentence.start] + [match.end() for match in _CLAUSE_BREAK.finditer(text, sentence.start, quantity.start)])
    end = _CLAUSE_BREAK.search(text, quantity.end, sentence.end)
    return bool(vocab.survey_answers.search(text, start, end.start() if end else sentence.end)) \
        and bool(vocab.survey_words.search(text, 0, sentence.start))


_CLAUSE_BREAK = regex.compile(r"[,;:–—]")
_SAME_AGAIN = regex.compile(r"(?i)\b(?:waren|sind|war|ist) es\b")


_CONVERTED = regex.compile(r"(?i)\d[^.;:]{0,40}?\b(?:dollar|franken|pfund|rubel|yuan|yen|kronen|lira|rupien|real|"
                           r"pesos?|euro|zloty|forint|rand|won|\p{Sc})\W{0,3}umgerechnet(?:\s+(?:also|etwa|rund|knapp|"
                           r"gut|fast|mehr als))?[\s,]*$")


def _conversion(text: str, quantity: Quantity) -> bool:
    """The amount converts the one before it: "(41.396 Euro)", "…, umgerechnet rund 35 Millionen Euro"."""
    if _CONVERTED.search(text[max(0, quantity.start - 90):quantity.start]):
        return True  # the amount it converts is the claim (and is flagged itself where unsourced)
    before = text[max(0, quantity.start - 40):quantity.start]
    return before.rstrip().endswith("(") and any(sign in before for sign in ("Euro", "Dollar", "€", "$", "Franken",
                                                                              "Pfund", "Rubel", "Yuan", "Yen"))


# --- NL201 / NL204 ------------------------------------------------------------------------------
def _comparable(quantity: Quantity, min_value: float) -> bool:
    return (quantity.kind in COMPARABLE_KINDS and not quantity.vague and quantity.key is not None
            and quantity.high >= min_value and not (quantity.written and quantity.high < 13)
            and quantity.unit_kind != "time")


def _same_thing(first: Quantity, second: Quantity, max_ratio: float) -> bool:
    if first.key != second.key or first.unit != second.unit:
        return False
    if first.modifiers and second.modifiers and not set(first.modifiers) & set(second.modifiers):
        return False
    for domain, category in first.categories:
        other = second.category(domain)
        if other is not None and other != category:
            return False
    low = min(first.low, second.low)
    high = max(first.high, second.high)
    return low > 0 and high / low <= max_ratio


def _compatible(first: Quantity, second: Quantity, tolerance: float) -> bool:
    if first.low == second.low and first.high == second.high:
        return True
    if first.is_range or second.is_range:
        return False
    kinds = {first.qualifier_kind, second.qualifier_kind}
    if first.qualifier_kind != second.qualifier_kind and kinds & {"lower", "upper"} and not kinds & {"approx"}:
        # one bound, one exact value that satisfies it: "mehr als 15.000" summarises "15.800"
        bound, exact = (first, second) if first.qualifier_kind in ("lower", "upper") else (second, first)
        if exact.qualifier_kind is None:
            if bound.qualifier_kind == "lower" and exact.low >= bound.low:
                return True
            if bound.qualifier_kind == "upper" and exact.high <= bound.high:
                return True
    if first.qualifier_kind == second.qualifier_kind == "lower":
        # "über 200.000" and "mehr als 204.000": a milestone passed, then the current figure
        smaller, bigger = sorted((first.high, second.high))
        if _milestone(smaller) and (bigger - smaller) / bigger <= tolerance:
            return True
    approx = {"approx", "upper"} & kinds
    if approx:
        bigger = max(first.high, second.high)
        return abs(first.high - second.high) / bigger <= tolerance
    return False


def _partition(found: Quantities, part: Quantity, whole: Quantity) -> bool:
    """``part``'s sentence splits ``whole`` into several figures of the same unit that add up to it."""
    siblings = [q for q in found.in_sentence(part.sentence)
                if q.unit == part.unit and q.kind in ("count", "casualty", "small", "money", "measure", "common")
                and not q.is_range]
    if len(siblings) < 2:
        return False
    total = sum(q.value for q in siblings)
    return abs(total - whole.value) / max(total, whole.value) <= 0.05 or (
        whole.qualifier_kind == "lower" and total >= whole.value and total <= whole.value * 1.1)


def _milestone(value: float) -> bool:
    """A round threshold such as 500.000, 100.000 or one million: a single significant digit."""
    if value <= 0:
        return False
    digits = f"{value:.0f}".rstrip("0")
    return len(digits) == 1


def _series_keys(found: Quantities, items: list[Quantity], document) -> frozenset[str]:
    """Counted things the text gives three or more different values for (not counting changes and parts):
    a series over days, places or groups ("im Norden 12.000 Fälle … im Süden 9.000 Fälle … im Westen 7.000 Fälle"),
    where one more value is no contradiction."""
    values: dict[str, set[float]] = {}
    for item in items:
        if item.changing or item.key is None or _is_part(document, found, item):
            continue
        values.setdefault(item.key, set()).add(item.value)
    return frozenset(key for key, seen in values.items() if len(seen) >= 3)


def _segments_apart(document, first: Quantity, second: Quantity) -> int:
    segments = document.segments
    starts = [segment.start for segment in segments]
    import bisect

    return abs(bisect.bisect_right(starts, second.start) - bisect.bisect_right(starts, first.start))


def _inconsistent(document, found: Quantities, sources: Attributions, settings) -> Iterator[Finding]:
    tolerance = float(settings.get("tolerance", 0.05))
    max_ratio = float(settings.get("max_ratio", 1.5))
    min_value = float(settings.get("min_value", 1000.0))
    notes = bool(settings.get("report_different_sources", False))
    max_distance = int(settings.get("max_distance", 4))
    items = [q for q in found if _comparable(q, min_value)]
    series = _series_keys(found, items, document) if len(items) > 2 else frozenset()
    scopes: dict[int, _Scope] = {}

    def scope(quantity: Quantity) -> _Scope:
        if quantity.sentence not in scopes:
            scopes[quantity.sentence] = _sentence_scope(document, found, quantity.sentence)
        return scopes[quantity.sentence]

    for later_index, later in enumerate(items):
        for earlier in items[:later_index]:
            if earlier.sentence == later.sentence or not _same_thing(earlier, later, max_ratio):
                continue
            if earlier.key in series:
                continue  # a series of values for one noun: days, places, groups
            if not earlier.is_display and not later.is_display and max_distance \
                    and _segments_apart(document, earlier, later) > max_distance:
                continue  # far apart in the body: another part of the story
            if _same_body_paragraph(document, earlier, later):
                continue  # figures side by side in one paragraph compare groups, places or days
            if _compatible(earlier, later, tolerance):
                continue
            if earlier.changing or later.changing:
                continue
            if not _same_scope(earlier, later, scope(earlier), scope(later)) \
                    or _is_part(document, found, earlier) or _is_part(document, found, later):
                continue  # another day, year or place, a part of a whole, a rate against a total
            if set(earlier.modifiers) != set(later.modifiers) and (set(earlier.modifiers) <= set(later.modifiers)
                                                                    or set(later.modifiers) <= set(earlier.modifiers)) \
                    and not earlier.content and not later.content:
                continue  # "42.000 wahlberechtigte Mitglieder" / "60.000 Mitglieder": a subgroup
            if _partition(found, later, earlier) or _partition(found, earlier, later):
                continue  # "In 2.100 Anträgen geht es um …, in 550 um …" splits "mehr als 2.600 Anträge"
            differ = same_source(sources[earlier.sentence].source, sources[later.sentence].source)
            line = document.line_of(earlier.start)
            if differ is False:
                if notes:
                    yield Finding(
                        "NL204", later.start, later.end,
                        f"„{later.text}“ weicht von Zeile {line} ab („{earlier.text}“) – verschiedene Quellen; "
                        f"prüfen Sie, dass jede Zahl bei ihrer Quelle bleibt.",
                        f"'{later.text}' differs from line {line} ('{earlier.text}'): different sources; check that "
                        f"each figure keeps its source.")
                continue
            yield Finding(
                "NL201", later.start, later.end,
                f"„{later.text}“ widerspricht Zeile {line}: „{earlier.text}“ – welcher Wert stimmt?",
                f"'{later.text}' contradicts line {line}: '{earlier.text}' — which value is right?")
            break


@dataclass(frozen=True)
class _Scope:
    """What a sentence says about the frame of its figures (NL201 compares only within one frame)."""

    years: frozenset[float]
    months: frozenset[str]
    weekdays: frozenset[str]
    time_words: frozenset[str]
    places: frozenset[str]


@lru_cache(maxsize=1)
def _scope_vocabulary() -> tuple[Any, frozenset[str], frozenset[str], Any, frozenset[str], frozenset[str]]:
    data = load_toml("numbers.toml").get("scope", {})
    context = load_toml("numbers.toml").get("context", {})

    def words(key: str) -> Any:
        entries = data.get(key, [])
        return regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(word) for word in sorted(entries, key=len, reverse=True))
                             + r")(?!\w)", regex.IGNORECASE) if entries else regex.compile("(?!)")

    return (words("time_words"), frozenset(data.get("place_prepositions", [])), frozenset(data.get("not_places", [])),
            words("part_words"), frozenset(context.get("months", [])), frozenset(context.get("weekdays", [])))


def _sentence_scope(document, found: Quantities, index: int) -> _Scope:
    time_words, prepositions, not_places, part_words, months, weekdays = _scope_vocabulary()
    sentence = document.sentences[index]
    text = document.text[sentence.start:sentence.end]
    tokens = sentence.tokens
    places = set()
    for position, token in enumerate(tokens[:-1]):
        following = tokens[position + 1]
        if token.text.lower() in prepositions and following.is_word and following.text[:1].isupper() \
                and following.text not in not_places and following.text not in months \
                and following.text not in weekdays and (following.ner in (None, "LOC", "GPE", "S-LOC", "B-LOC")):
            places.add(following.text)
    return _Scope(
        years=frozenset(q.low for q in found.in_sentence(index) if q.kind == "year"),
        months=frozenset(token.text for token in tokens if token.text in months),
        weekdays=frozenset(token.text for token in tokens if token.text in weekdays),
        time_words=frozenset(match.group(0).lower() for match in time_words.finditer(text)),
        places=frozenset(places),
    )


def _is_part(document, found: Quantities, quantity: Quantity) -> bool:
    """A part of a whole or a rate: "davon 3.100", "darunter 40 Kinder", "allein 500", "je 20 Euro" right
    before the figure (after any earlier figure of the sentence)."""
    part_words = _scope_vocabulary()[3]
    sentence = document.sentences[quantity.sentence]
    start = max(sentence.start, quantity.start - 40)
    for other in found.in_sentence(quantity.sentence):
        if other.end <= quantity.start:
            start = max(start, other.end)
    return bool(part_words.search(document.text, start, quantity.start)) or bool(
        part_words.match(document.text, quantity.end + 1, min(sentence.end, quantity.end + 12)))


def _same_scope(first: Quantity, second: Quantity, a: _Scope, b: _Scope) -> bool:
    """Whether two mentions can be about one count: no two different days, months, years, time frames
    or places (each compared only when both sentences name one)."""
    for left, right in ((a.years, b.years), (a.months, b.months), (a.weekdays, b.weekdays),
                        (a.time_words, b.time_words), (a.places, b.places)):
        if left and right and not left & right:
            return False
    return True


def _same_body_paragraph(document, first: Quantity, second: Quantity) -> bool:
    """Both in one paragraph or one teaser (figures side by side compare groups, places or days)."""
    segment = document.segment_at(first.start)
    return segment is not None and segment.kind != "headline" and segment is document.segment_at(second.start)


# --- NL202 ----------------------------------------------------------------------------------------
def _claim_mismatch(document, found: Quantities, settings) -> Iterator[Finding]:
    min_value = float(settings.get("min_value", 10.0))
    items = [q for q in found if not q.vague and q.high >= min_value
             and q.unit_kind not in ("time",) and q.kind not in ("date", "year", "time", "label", "score", "phone")]
    # only a value given twice can be two claims: the clause categories are read for those alone
    values = Counter((q.low, q.high, q.unit) for q in items)
    items = [q for q in items if values[q.low, q.high, q.unit] > 1 and q.categories]
    for later_index, later in enumerate(items):
        for earlier in items[:later_index]:
            if earlier.sentence == later.sentence or earlier.low != later.low or earlier.high != later.high \
                    or earlier.unit != later.unit:
                continue
            mismatch = next(((domain, category, later.category(domain)) for domain, category in earlier.categories
                             if later.category(domain) not in (None, category)), None)
            if mismatch is None:
                continue
            _, first, second = mismatch
            line = document.line_of(earlier.start)
            first_de, first_en = CATEGORY_NAMES.get(first, (first, first))
            second_de, second_en = CATEGORY_NAMES.get(second, (second, second))
            number = document.text[later.number_start:later.number_end]
            yield Finding(
                "NL202", later.number_start, later.number_end,
                f"Dieselbe Zahl ({number}), andere Aussage: hier {second_de}, in Zeile {line} {first_de} – "
                f"prüfen Sie, was die Quelle tatsächlich sagt.",
                f"Same figure ({number}), different claim: here {second_en}, in line {line} {first_en} — "
                f"check what the source actually says.")
            break


# --- NL203 ----------------------------------------------------------------------------------------
_FORMAT_EXCLUDED = frozenset({"date", "year", "time", "ordinal", "phone", "label", "score", "name", "age"})


def _mixed_formats(document, found: Quantities) -> Iterator[Finding]:
    candidates = []
    for quantity in found:
        if quantity.kind in _FORMAT_EXCLUDED or quantity.fmt is None:
            continue
        number = document.text[quantity.number_start:quantity.number_end]
        if quantity.fmt == "comma":
            fixed = number.replace(",", ".")
            yield Finding(
                "NL203", quantity.number_start, quantity.number_start + len(number.split()[0]),
                f"„{number}“: Komma als Tausendertrennzeichen – im Deutschen „{fixed}“ (sonst liest man "
                f"{number.split(',')[0]} Komma {number.split(',')[1][:3]}).",
                f"'{number}': comma as thousands separator; German copy writes '{fixed}'.",
                suggestions=(fixed,))
            continue
        integer_part = quantity.low if not quantity.scale else None
        if quantity.fmt in ("dot", "space") or quantity.fmt == "plain" and integer_part and integer_part >= 10_000:
            candidates.append(quantity)
    styles: dict[str, int] = {}
    for quantity in candidates:
        styles[quantity.fmt] = styles.get(quantity.fmt, 0) + 1
    if len(styles) < 2:
        return
    majority = max(styles, key=lambda style: (styles[style], style == "dot"))
    for quantity in candidates:
        if quantity.fmt == majority:
            continue
        number = document.text[quantity.number_start:quantity.number_end].split(" bis ")[0]
        yield Finding(
            "NL203", quantity.number_start, quantity.number_start + len(_first_number(number)),
            f"Uneinheitliche Zahlenschreibweise: „{_first_number(number)}“ mit {FORMAT_NAMES[quantity.fmt]}, sonst "
            f"im Text mit {FORMAT_NAMES[majority]}.",
            f"Mixed number formats: '{_first_number(number)}' uses {FORMAT_NAMES_EN[quantity.fmt]}, the rest of "
            f"the text {FORMAT_NAMES_EN[majority]}.")


def _first_number(text: str) -> str:
    import regex

    match = regex.match(r"\d{1,3}(?:[.\u00a0\u202f\u2009 ]\d{3})+|\d+", text)
    return match.group(0) if match else text
