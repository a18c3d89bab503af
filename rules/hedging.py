"""NL4xx hedging: hedges that weaken a claim, stacked hedges, hedged display copy, vague sources.

The vocabulary (words, phrases, exclusions, cue lists) is data in ``hedging.toml`` next to this
module; this module holds only the logic. It never splits text: it walks ``document.sentences``
and their tokens, and runs regular expressions only inside one sentence.

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

import dataclasses
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from newslint.config import tomllib
from newslint.finding import Finding, RuleInfo, Setting, Severity
from newslint.hookspecs import hookimpl
from newslint.patterns import compile_pattern
from newslint.nlp.base import Sentence, Token

DATA_FILE = Path(__file__).with_name("hedging.toml")
CODES = ("NL401", "NL402", "NL403", "NL404")
DISPLAY_KINDS = ("headline", "teaser", "subheading")
KIND_DE = {"headline": "der Überschrift", "teaser": "dem Teaser", "subheading": "der Zwischenüberschrift"}
KIND_EN = {"headline": "headline", "teaser": "teaser", "subheading": "subheading"}

# Quotation marks: opening mark -> closing marks.
QUOTE_PAIRS = {"„": "“”\"", "»": "«", "«": "»", "“": "”\"", "\"": "\"“”"}
CLAUSE_BREAKS = frozenset(",;:–—()-")  # a lone "-" token is a dash
QUOTE_OPENERS = frozenset("„»«“\"‚‹›'")
ANAPHORIC = frozenset("der die das den dem des diese dieser diesen dessen deren seine ihre unsere".split())
DETERMINERS = frozenset("der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
                        "dieser diese dieses diesen diesem".split())
NEGATIONS = frozenset("nicht kein keine keinen keinem keiner nie niemals".split())
DEFINITE = frozenset("der die das den dem des".split())
ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines".split())
CONTRACTIONS = frozenset("im am ins ans vom beim zum zur aufs ums übers fürs durchs".split())
QUOTE_CHARS = "„“”\"»«"


# --- vocabulary ------------------------------------------------------------------------------------
@dataclass
class Entry:
    id: str
    type: str
    codes: tuple[str, ...]
    forms: frozenset[str] = frozenset()
    pattern: Any = None
    legal: bool = False
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    not_before_clause_end: frozenset[str] = frozenset()
    not_in_clause: frozenset[str] = frozenset()
    not_in_question_clause: frozenset[str] = frozenset()
    needs_infinitive: bool = False
    not_if_negated_passive: bool = False
    not_after_determiner: bool = False
    not_attributive: bool = False
    not_before_adjective: bool = False
    predicate_after: frozenset[str] = frozenset()
    not_after_at_clause_end: frozenset[str] = frozenset()
    not_before_superlative: bool = False
    not_near: frozenset[str] = frozenset()
    passive_restrictions: frozenset[str] = frozenset()
    not_before_quote: bool = False
    permission: "Permission | None" = None
    guard: str = ""  # lowercase text a `pattern` cannot match without (fast pre-check)
    flagged: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, item: dict[str, Any]) -> "Entry":
        """A [[hedge]] table. Every ``frozenset[str]`` restriction is the lower-cased list of the same
        name and every ``bool`` flag the value of the same name (absent: empty, false)."""
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.type == "frozenset[str]":
                values[f.name] = _words(item.get(f.name))
            elif f.type == "bool":
                values[f.name] = bool(item.get(f.name, False))
        return cls(**{
            **values,
            "id": item["id"], "type": item["type"], "codes": tuple(item["codes"]),
            "forms": frozenset(item.get("forms", ())),  # case as written, not lower-cased
            "pattern": _bounded(item["pattern"], f"hedging.toml: hedge {item['id']}") if "pattern" in item else None,
            "permission": Permission.from_data(item["permission"]) if "permission" in item else None,
            "guard": item.get("guard", "").lower(),
            "flagged": tuple(item.get("flagged", ())), "accepted": tuple(item.get("accepted", ())),
        })


@dataclass
class Vocabulary:
    entries: list[Entry]
    by_form: dict[str, Entry]
    phrases: list[Entry]
    hearsay: Entry | None
    aux: frozenset[str]
    always_perfect: frozenset[str]
    boundaries: frozenset[str]
    subordinators: frozenset[str]
    separable: tuple[str, ...]
    inseparable: tuple[str, ...]
    plan_cues: list[Any]
    modal_forms: frozenset[str]
    suspect_suffixes: tuple[str, ...]
    presumptive_suffixes: tuple[str, ...]
    source_patterns: list[Any]
    headline_colon: Any
    noun_suffixes: tuple[str, ...]
    not_nouns: frozenset[str]
    circles: Any
    vague_verbs: frozenset[str]
    vague_prepositions: Any
    named_links: frozenset[str]
    institution_suffixes: tuple[str, ...]
    es_heisst: list[Any]
    es_heisst_weak: list[Any]
    strong_cues: frozenset[str]
    figure_words: frozenset[str]
    circles_guard: str = ""
    opinion_compounds: Any = None
    es_heisst_guard: str = ""
    vague_noun: tuple[str, ...] = ()  # a vague source noun needs one of these (lowercase) in the sentence
    attributive_after: frozenset[str] = frozenset()
    attributive_not_between: frozenset[str] = frozenset()
    adjective_suffixes: tuple[str, ...] = ()
    inflections: tuple[str, ...] = ()
    speech: "Speech | None" = None
    speech_not_sources: frozenset[str] = frozenset()
    question_openers: frozenset[str] = frozenset()
    token_forms: frozenset[str] = frozenset()  # every token text _word_hits or _hearsay can start from
    conditional_openers: frozenset[str] = frozenset()
    concessive_openers: frozenset[str] = frozenset()
    concessive_markers: frozenset[str] = frozenset()
    concessive_counters: frozenset[str] = frozenset()
    question_clause_openers: frozenset[str] = frozenset()
    future_clause_openers: frozenset[str] = frozenset()
    concessive_marks: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    speech_not_subjects_all: frozenset[str] = frozenset()
    attributive_comparative_after: frozenset[str] = frozenset()
    v1_endings: tuple[str, ...] = ()
    wish_words: frozenset[str] = frozenset()
    wish_forms: frozenset[str] = frozenset()
    answer_words: int = 0
    v1_not: frozenset[str] = frozenset()
    attitude_nouns: frozenset[str] = frozenset()
    degree_words: frozenset[str] = frozenset()
    v1_subjects: frozenset[str] = frozenset()
    main_verbs: frozenset[str] = frozenset()
    voice: "Voice | None" = None
    forecast: "Forecast | None" = None
    author_voice: "AuthorVoice | None" = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Speech:
    """[speech] in hedging.toml: cues that a sentence is someone else's words."""

    konjunktiv: frozenset[str]
    verbs: Any
    separable: tuple[tuple[str, tuple[str, ...]], ...]  # (verb start, particles), longest first
    not_with: frozenset[str]
    phrases: list[Any]
    not_subjects: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    interview_label: Any
    interview_min_repeats: int
    interview_min_labels: int
    tag_only: frozenset[str] = frozenset()
    comma_intro: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    anaphoric_openers: frozenset[str] = frozenset()
    dependent_openers: frozenset[str] = frozenset()
    qa_min_questions: int = 2
    qa_question_chars: int = 200
    qa_interview_pairs: int = 3
    qa_interview_question_chars: int = 400
    qa_interview_share: float = 0.18
    interview_address: frozenset[str] = frozenset()
    content_forms: frozenset[str] = frozenset()
    not_konjunktiv_after: frozenset[str] = frozenset()
    not_konjunktiv: frozenset[str] = frozenset()
    back_openers: frozenset[str] = frozenset()
    back_fillers: frozenset[str] = frozenset()
    back_verbs: frozenset[str] = frozenset()
    back_skip: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    coordinating_adverbs: frozenset[str] = frozenset()
    back_copulas: frozenset[str] = frozenset()
    first_singular: frozenset[str] = frozenset()
    tag_end: Any = None
    back_results: frozenset[str] = frozenset()
    indicative: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Speech":
        """Every ``frozenset[str]`` field is the TOML list of the same name (empty when absent); the
        other fields are compiled or converted here."""
        first = frozenset(data.get("first_person", ()))
        words = {f.name: frozenset(data.get(f.name, ())) for f in dataclasses.fields(cls) if f.type == "frozenset[str]"}
        return cls(**{
            **words,
            "verbs": compile_pattern(r"(?<!\w)(?:" + data["verbs"] + r")(?!\w)", "hedging.toml: speech.verbs"),
            "separable": tuple(sorted(((verb, (p,) if isinstance(p, str) else tuple(p))
                                       for verb, p in data.get("separable", {}).items()), key=lambda kv: -len(kv[0]))),
            "phrases": [compile_pattern(p, "hedging.toml: speech.phrases") for p in data.get("phrases", ())],
            "first_person": first | frozenset(word[:1].upper() + word[1:] for word in first),
            "interview_label": compile_pattern(data.get("interview_label", "(?!)"),
                                               "hedging.toml: speech.interview_label"),
            "interview_min_repeats": int(data.get("interview_min_repeats", 3)),
            "interview_min_labels": int(data.get("interview_min_labels", 4)),
            "dependent_openers": _words(data.get("dependent_openers")),  # lower-cased
            "qa_min_questions": int(data.get("qa_min_questions", 2)),
            "tag_end": compile_pattern(data["tag_end"], "hedging.toml: speech.tag_end") if "tag_end" in data else None,
            "qa_question_chars": int(data.get("qa_question_chars", 200)),
            "qa_interview_pairs": int(data.get("qa_interview_pairs", 3)),
            "qa_interview_question_chars": int(data.get("qa_interview_question_chars", 400)),
            "qa_interview_share": float(data.get("qa_interview_share", 0.18)),
        })


@dataclass
class Voice:
    """[voice] in hedging.toml: more hedges that are not the writer's own weakened claim."""

    report_clause_openers: frozenset[str] = frozenset()
    report_clause_vague: frozenset[str] = frozenset()
    conclusive: frozenset[str] = frozenset()
    own_account: Any = None
    counterfactual_adverbs: frozenset[str] = frozenset()
    counterfactual_forms: frozenset[str] = frozenset()
    presumption_adjectives: frozenset[str] = frozenset()
    possibility_adverbs: frozenset[str] = frozenset()
    possibility_modals: frozenset[str] = frozenset()
    lead_in: Any = None
    definition_verbs: frozenset[str] = frozenset()
    colon_source_verbs: frozenset[str] = frozenset()
    substitute_infinitives: frozenset[str] = frozenset()
    colon_report_verbs: frozenset[str] = frozenset()
    leading_conjunctions: frozenset[str] = frozenset()
    scenario_openers: frozenset[str] = frozenset()
    continuation_openers: frozenset[str] = frozenset()
    tag_verbs: frozenset[str] = frozenset()
    tag_heisst: Any = None
    court_words: Any = None
    attitude_verbs: frozenset[str] = frozenset()
    charge_verbs: frozenset[str] = frozenset()
    reason_openers: frozenset[str] = frozenset()
    next_source: Any = None
    group_source: Any = None
    evidential: frozenset[str] = frozenset()
    distancing_adjectives: frozenset[str] = frozenset()
    distancing_relative: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    event_auxiliaries: frozenset[str] = frozenset()
    relative_prepositions: frozenset[str] = frozenset()
    vague_governor: Any = None
    next_source_demonstrative: Any = None
    content_openers: frozenset[str] = frozenset()
    content_inner_openers: frozenset[str] = frozenset()
    content_speech_nouns: frozenset[str] = frozenset()
    content_speech_verbs: Any = None
    content_finding_verbs: Any = None
    report_nouns: frozenset[str] = frozenset()
    report_articles: frozenset[str] = frozenset()
    tag_verlautet: Any = None
    # [evaluative] (loaded with the prefix "evaluative_")
    evaluative_hedges: frozenset[str] = frozenset()
    evaluative_adjectives: frozenset[str] = frozenset()
    evaluative_verbs: frozenset[str] = frozenset()
    evaluative_impersonal_adjectives: frozenset[str] = frozenset()
    evaluative_frames: Any = None
    evaluative_ranking_after: frozenset[str] = frozenset()
    evaluative_not_superlatives: frozenset[str] = frozenset()
    evaluative_ranking_between: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Voice":
        words = {f.name: frozenset(data.get(f.name, ())) for f in dataclasses.fields(cls) if f.type == "frozenset[str]"}
        patterns = {name: compile_pattern(data[name], f"hedging.toml: voice.{name}")
                    for name in ("own_account", "lead_in", "next_source", "group_source", "court_words", "tag_heisst",
                                 "vague_governor", "next_source_demonstrative", "evaluative_frames",
                                 "content_speech_verbs", "content_finding_verbs", "tag_verlautet")
                    if name in data}
        return cls(**words, **patterns)


@dataclass
class Forecast:
    """[forecast] in hedging.toml: a hedged prediction with nothing to check yet ("Die Preise dürften weiter
    steigen"): no claim of fact about the past or present. A date or a figure makes it checkable."""

    hedges: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    change_verbs: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str] = frozenset()
    conjecture_modals: frozenset[str] = frozenset()
    not_future_infinitives: frozenset[str] = frozenset()
    past_forms: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    perfect_finite: frozenset[str] = frozenset()
    date_words: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Forecast":
        return cls(**{f.name: frozenset(data.get(f.name, ())) for f in dataclasses.fields(cls)})


@dataclass
class AuthorVoice:
    """[author_voice] in hedging.toml: commentary, reviews, columns and features speak in the author's voice;
    a conjecture there is the author's opinion guess, not a weakened news claim."""

    hedges: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    document_min: int = 5
    document_share: float = 0.1
    paragraph: bool = True

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "AuthorVoice":
        return cls(hedges=frozenset(data.get("hedges", ())), words=frozenset(data.get("words", ())),
                   document_min=int(data.get("document_min", 5)),
                   document_share=float(data.get("document_share", 0.1)),
                   paragraph=bool(data.get("paragraph", True)))


@dataclass
class Permission:
    """A hedge entry's [hedge.permission] table: plural "dürften" as the Konjunktiv of permission."""

    forms: frozenset[str]
    subjects: frozenset[str]
    subject_suffixes: tuple[str, ...]
    verbs: tuple[str, ...]
    not_verbs: frozenset[str]
    context: frozenset[str]
    context_forms: frozenset[str] = frozenset()
    always_verbs: frozenset[str] = frozenset()
    restrictions: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Permission":
        return cls(forms=frozenset(data.get("forms", ())), subjects=frozenset(data.get("subjects", ())),
                   subject_suffixes=tuple(data.get("subject_suffixes", ())), verbs=tuple(data.get("verbs", ())),
                   not_verbs=_words(data.get("not_verbs")), context=frozenset(data.get("context", ())),
                   context_forms=frozenset(data.get("context_forms", ())),
                   always_verbs=frozenset(data.get("always_verbs", ())),
                   restrictions=_words(data.get("restrictions")))


def _occurrences(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _minimal_substrings(words: list[str]) -> tuple[str, ...]:
    """The words (lowercase) that contain no other: "experte" covers "experten", "expertin" …"""
    lowered = {word.lower() for word in words}
    return tuple(sorted(w for w in lowered if not any(o != w and o in w for o in lowered)))


def _words(values: list[str] | None) -> frozenset[str]:
    return frozenset(value.lower() for value in values or ())


def _bounded(pattern: str, origin: str) -> Any:
    return compile_pattern(r"(?<!\w)(?:" + pattern + r")(?!\w)", origin)


def load_vocabulary(path: Path = DATA_FILE) -> Vocabulary:
    """Read and compile ``hedging.toml``; errors name the file."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    entries = [Entry.from_data(item) for item in data.get("hedge", [])]
    by_form = {form: e for e in entries if e.type in ("adverb", "modal-conjecture") for form in e.forms}
    modal_forms = _words(data["stacking"]["modal_forms"])
    token_forms = frozenset(by_form) | frozenset(f[:1].upper() + f[1:] for f in by_form) | modal_forms
    hearsay_cfg, vague, source = data["hearsay"], data["vague"], data["source"]
    attributive = data.get("attributive", {})
    return Vocabulary(
        entries=entries, by_form=by_form,
        phrases=[e for e in entries if e.pattern is not None],
        hearsay=next((e for e in entries if e.type == "modal-hearsay"), None),
        aux=_words(hearsay_cfg["auxiliaries"]), always_perfect=_words(hearsay_cfg["always_perfect"]),
        boundaries=frozenset(hearsay_cfg["boundaries"]), subordinators=_words(hearsay_cfg["subordinators"]),
        separable=tuple(hearsay_cfg["separable_prefixes"]), inseparable=tuple(hearsay_cfg["inseparable_prefixes"]),
        plan_cues=[compile_pattern(p, "hedging.toml: hearsay.plan_cues") for p in hearsay_cfg["plan_cues"]],
        modal_forms=modal_forms,
        suspect_suffixes=tuple(data["legal"]["suspect_suffixes"]),
        presumptive_suffixes=tuple(data["legal"].get("presumptive_suffixes", ()))
        + tuple(data["legal"].get("offence_suffixes", ())),
        source_patterns=[compile_pattern(p, "hedging.toml: source.patterns") for p in source["patterns"]],
        headline_colon=compile_pattern(source["headline_colon"], "hedging.toml: source.headline_colon"),
        noun_suffixes=tuple(vague["noun_suffixes"]), not_nouns=frozenset(vague["not_nouns"]),
        circles=compile_pattern(vague["circles"], "hedging.toml: vague.circles"), vague_verbs=_words(vague["verbs"]),
        vague_prepositions=compile_pattern(vague["prepositions"], "hedging.toml: vague.prepositions"),
        named_links=_words(vague["named_links"]), institution_suffixes=tuple(vague["institution_suffixes"]),
        es_heisst=[compile_pattern(p, "hedging.toml: vague.es_heisst") for p in vague["es_heisst"]],
        es_heisst_weak=[compile_pattern(p, "hedging.toml: vague.es_heisst_weak") for p in vague.get("es_heisst_weak", [])],
        strong_cues=frozenset(vague["strong_claim_cues"]), figure_words=frozenset(vague["figure_words"]),
        opinion_compounds=compile_pattern(vague["opinion_compounds"], "hedging.toml: vague.opinion_compounds")
        if "opinion_compounds" in vague else None,
        circles_guard=vague.get("circles_guard", "").lower(), es_heisst_guard=vague.get("es_heisst_guard", "").lower(),
        vague_noun=_minimal_substrings(vague["noun_suffixes"]),
        attributive_after=_words(attributive.get("after")) | _words(data.get("voice", {}).get("attributive_after")),
        attributive_not_between=_words(attributive.get("not_between")),
        adjective_suffixes=tuple(attributive.get("adjective_suffixes", ())),
        inflections=tuple(sorted(attributive.get("inflections", ()), key=len, reverse=True)),
        speech=Speech.from_data(data["speech"]) if "speech" in data else None,
        speech_not_sources=frozenset(data.get("speech", {}).get("not_sources", ())),
        token_forms=token_forms,
        question_openers=_words(data.get("question", {}).get("subject_openers")),
        conditional_openers=_words(data.get("claim", {}).get("conditional_openers")),
        concessive_openers=_words(data.get("claim", {}).get("concessive_openers")),
        concessive_markers=_words(data.get("claim", {}).get("concessive_markers")),
        concessive_counters=_words(data.get("claim", {}).get("concessive_counters")),
        question_clause_openers=_words(data.get("claim", {}).get("question_clause_openers")),
        future_clause_openers=_words(data.get("claim", {}).get("future_clause_openers")),
        concessive_marks=frozenset(data.get("claim", {}).get("concessive_marks", (","))),
        function_words=_words(attributive.get("function_words")),
        attributive_comparative_after=_words(attributive.get("comparative_after")),
        v1_endings=tuple(data.get("claim", {}).get("v1_endings", ())),
        wish_words=_words(data.get("claim", {}).get("wish_words")),
        wish_forms=frozenset(data.get("claim", {}).get("wish_forms", ())),
        answer_words=int(data.get("claim", {}).get("answer_words", 0)),
        v1_not=_words(data.get("claim", {}).get("v1_not")),
        attitude_nouns=frozenset(data.get("claim", {}).get("attitude_nouns", ())),
        degree_words=_words(attributive.get("degree_words")),
        v1_subjects=frozenset(data.get("claim", {}).get("v1_subjects", ())),
        main_verbs=frozenset(data.get("claim", {}).get("main_verbs", ())),
        voice=Voice.from_data({**data["voice"], **{f"evaluative_{key}": value for key, value
                                                     in data.get("evaluative", {}).items()}})
        if "voice" in data else None,
        speech_not_subjects_all=frozenset(data.get("speech", {}).get("not_subjects", ())),
        forecast=Forecast.from_data(data["forecast"]) if "forecast" in data else None,
        author_voice=AuthorVoice.from_data(data["author_voice"]) if "author_voice" in data else None,
        raw=data,
    )


_VOCABULARY: Vocabulary | None = None


def vocabulary() -> Vocabulary:
    global _VOCABULARY
    if _VOCABULARY is None:
        _VOCABULARY = load_vocabulary()
    return _VOCABULARY


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
                "paragraph or across the document (commentary, column; *ignore_author_voice*). A guess about the "
                "past (*dürfte durch das Fenster eingestiegen sein*) stays flagged in both.\n\n"
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
                        "that speaks in the author's voice (commentary, review, column; hedging.toml [author_voice])"),
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


# --- detection -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Hit:
    """A hedge (or, with ``vague`` set, a vague source) found in a sentence."""

    start: int  # full span reported by NL401 ("soll … geschickt haben")
    end: int
    anchor_start: int  # the hedge word itself, used for NL402 spans and clause membership
    anchor_end: int
    entry: str
    type: str
    weak: bool = False  # bare "soll": a hedge only when stacked
    vague: bool = False

    @classmethod
    def vague_source(cls, start: int, end: int, name: str) -> "Hit":
        """An unnamed source ("Experten warnen", "Kreise", "es heißt"): the whole phrase is the anchor."""
        return cls(start, end, start, end, name, "vague-source", vague=True)


def quote_spans(tokens: list[Token] | tuple[Token, ...]) -> list[tuple[int, int]]:
    """Spans of direct quotes among ``tokens`` (one segment): „…“, »…«, «…», “…”, "…".

    An unclosed quote runs to the end of the tokens given (German copy carries quotes across
    sentences, and a paragraph-long quote may close only at its end).
    """
    spans: list[tuple[int, int]] = []
    closers = ""
    opened = -1
    for token in tokens:
        if token.kind != "punct" or len(token.text) != 1:
            continue
        mark = token.text
        if opened < 0:
            if mark in QUOTE_PAIRS:
                closers, opened = QUOTE_PAIRS[mark], token.start
        elif mark in closers:
            spans.append((opened, token.end))
            opened = -1
    if opened >= 0 and tokens:
        spans.append((opened, tokens[-1].end))
    return spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _clause_ids(tokens: tuple[Token, ...]) -> list[int]:
    """Clause numbers: a comma, semicolon, colon, dash or bracket starts a new clause, except a comma in an
    enumeration of names or nouns ("Bäcker, Metzger, Brauer und Winzer")."""
    ids, current = [], 0
    for k, token in enumerate(tokens):
        if token.kind == "punct" and token.text in CLAUSE_BREAKS and not (
                token.text == "," and 0 < k < len(tokens) - 1 and _enumerated(tokens, k)):
            current += 1
        ids.append(current)
    return ids


def _enumerated(tokens: tuple[Token, ...], k: int) -> bool:
    """The comma at ``k`` separates two capitalised words of an enumeration that ends in "und"/"oder" within
    four tokens ("Bäcker, Metzger, Brauer und Winzer")."""
    before, after = tokens[k - 1], tokens[k + 1]
    if before.kind != "word" or after.kind != "word" or not before.text[:1].isupper() \
            or not after.text[:1].isupper() or after.text.lower() in DETERMINERS:
        return False
    for token in tokens[k + 2:k + 7]:
        if token.text in ("und", "oder", "sowie"):
            return True
        if token.text != "," and not (token.kind == "word" and token.text[:1].isupper()):
            return False
    return False


def is_participle(token: Token, vocab: Vocabulary) -> bool:
    """Past participle by shape (or by the backend's features when it has them)."""
    if token.feats and "VerbForm=Part" in token.feats:
        return True
    word = token.text
    if token.kind != "word" or not word.isalpha() or not word.islower() or len(word) < 4:
        return False
    if word in vocab.always_perfect or word.endswith("iert"):
        return True
    if not word.endswith(("t", "en")):
        return False
    if word.startswith("ge") and len(word) >= 5:
        return True
    if any(word.startswith(prefix + "ge") and len(word) > len(prefix) + 4 for prefix in vocab.separable):
        return True
    return any(word.startswith(prefix) and len(word) > len(prefix) + 3 for prefix in vocab.inseparable)


def _is_plan(vocab: Vocabulary, text: str) -> bool:
    return any(pattern.search(text) for pattern in vocab.plan_cues)


def _hearsay(sentence: Sentence, vocab: Vocabulary, text: str) -> list[Hit]:
    """Hearsay "soll/sollen" with a perfect infinitive, and bare "soll" (weak, for stacking)."""
    tokens = sentence.tokens
    sentence_text = text[sentence.start:sentence.end]
    hits: list[Hit] = []
    entry_id = vocab.hearsay.id if vocab.hearsay else "soll"
    ends = vocab.boundaries | {"und", "oder", "sowie", "aber"}
    for i, token in enumerate(tokens):
        if token.text not in vocab.modal_forms:  # lowercase only: "das Soll" is a noun
            continue
        found: Hit | None = None
        # verb-final: "… gestohlen haben soll", "… gewesen sein sollen"
        if i >= 2 and tokens[i - 1].text in vocab.aux and is_participle(tokens[i - 2], vocab) \
                and (i + 1 == len(tokens) or tokens[i + 1].text in ends):
            participle = tokens[i - 2].text
            if participle == "gewesen" or not _is_plan(vocab, sentence_text):
                found = Hit(tokens[i - 2].start, token.end, token.start, token.end, entry_id, "modal-hearsay")
        else:
            found = _hearsay_forward(tokens, i, vocab, sentence_text, entry_id, ends)
        hits.append(found or Hit(token.start, token.end, token.start, token.end, entry_id, "modal-hearsay",
                                 weak=True))
    return hits


def _hearsay_forward(tokens, i, vocab, sentence_text, entry_id, ends) -> Hit | None:
    """Scan forward from "soll" to the end of its clause: "soll … geschickt haben"."""
    j = i + 1
    while j < len(tokens) and j - i <= 40:
        word = tokens[j].text
        if word == "," and j + 1 < len(tokens) and tokens[j + 1].text.lower() in vocab.subordinators:
            k = j + 2  # skip an embedded clause up to its closing comma
            while k < len(tokens) and (tokens[k].text not in (",", ";", ":", ".", "!", "?")
                                       or tokens[k].text == "," and tokens[k - 1].text.endswith("-")):
                k += 1  # "Eichen-, Kastanien- und Akazienfässer": a truncation's comma does not end the clause
            if k >= len(tokens) or tokens[k].text != ",":
                return None
            j = k  # the closing comma: another embedded clause may follow (", die …, wenn … haben.")
            if not (j + 1 < len(tokens) and tokens[j + 1].text.lower() in vocab.subordinators):
                j += 1
            continue
        if word in vocab.aux:
            following = tokens[j + 1].text if j + 1 < len(tokens) else None
            if (following is None or following in ends) and is_participle(tokens[j - 1], vocab):
                if tokens[j - 1].text == "gewesen" or not _is_plan(vocab, sentence_text):
                    return Hit(tokens[i].start, tokens[j].end, tokens[i].start, tokens[i].end, entry_id,
                               "modal-hearsay")
            return None
        if word in vocab.boundaries and word != ",":
            return None
        j += 1
    return None


def _clause_tokens(tokens: tuple[Token, ...], clause_ids: list[int], index: int) -> list[Token]:
    return [t for t, c in zip(tokens, clause_ids) if c == clause_ids[index]]


def _clause_words(tokens: tuple[Token, ...], clause_ids, i: int) -> tuple[list[Token], int]:
    """The words of token ``i``'s clause and the position of token ``i`` among them."""
    words = [t for t in _clause_tokens(tokens, clause_ids, i) if t.kind == "word"]
    return words, next(k for k, t in enumerate(words) if t.start == tokens[i].start)


def _is_infinitive(token: Token) -> bool:
    word = token.text
    return token.kind == "word" and word.islower() and (word.endswith("en") or word.endswith("n") or word == "sein")


def _modal_excluded(entry: Entry, tokens: tuple[Token, ...], clause_ids: list[int], i: int, vocab) -> bool:
    """'dürfte' of permission: clause-final without infinitive, or negated passive ("nicht … gezeigt werden")."""
    words, position = _clause_words(tokens, clause_ids, i)
    if entry.needs_infinitive and position == len(words) - 1:
        if position == 0 or not _is_infinitive(words[position - 1]):
            return True
    if entry.not_if_negated_passive and len(words) >= 2 and words[-1].text == "werden" \
            and is_participle(words[-2], vocab) and any(t.text.lower() in NEGATIONS or t.text.lower()
                                                        in entry.passive_restrictions for t in words[position:]):
        return True
    return False


def _word_hits(sentence: Sentence, vocab: Vocabulary, clause_ids: list[int],
               previous: Sentence | None = None) -> list[Hit]:
    """Hedge words (adverbs, "dürfte") that no restriction of their [[hedge]] entry excludes."""
    tokens = sentence.tokens
    hits: list[Hit] = []
    by_form = vocab.by_form
    opener = next((k for k, t in enumerate(tokens) if t.kind != "punct"), -1)  # capitalised at the start
    for i, token in enumerate(tokens):
        entry = by_form.get(token.text)
        if entry is None and i == opener:
            entry = by_form.get(token.text.lower())
        if entry is None or token.kind != "word" or _excluded(entry, tokens, i, clause_ids, previous, vocab):
            continue
        hits.append(Hit(token.start, token.end, token.start, token.end, entry.id, entry.type))
    return hits


def _excluded(entry: Entry, tokens: tuple[Token, ...], i: int, clause_ids, previous: Sentence | None,
              vocab: Vocabulary) -> bool:
    """Whether a restriction of ``entry`` (its ``not_*`` lists and flags in hedging.toml) rules out
    token ``i`` as a hedge."""
    word = tokens[i].text
    following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    preceding = tokens[i - 1].text.lower() if i > 0 else ""
    if following in entry.not_before or preceding in entry.not_after or entry.not_before and \
            _uninflected(following, vocab) in entry.not_before:
        return True
    if following in entry.not_before_clause_end and (i + 2 >= len(tokens) or tokens[i + 2].kind == "punct"):
        return True
    if entry.predicate_after and (i + 1 == len(tokens) or tokens[i + 1].text in (".", "!", ";")) and any(
            t.text in entry.predicate_after for t in _clause_tokens(tokens, clause_ids, i)):
        return True  # "…, wird jetzt so mancher Irrtum offenbar."
    if entry.not_after_determiner and preceding in DETERMINERS:
        return True
    if entry.not_in_clause and any(t.text.lower() in entry.not_in_clause
                                   for t in _clause_tokens(tokens, clause_ids, i)):
        return True
    if entry.not_in_question_clause:
        first = next((t for t in _clause_tokens(tokens, clause_ids, i) if t.kind == "word"), None)
        if first is not None and first.start != tokens[i].start and first.text.lower() in entry.not_in_question_clause:
            return True
    if (entry.needs_infinitive or entry.not_if_negated_passive) \
            and _modal_excluded(entry, tokens, clause_ids, i, vocab):
        return True
    if entry.not_attributive and not _inflected_form(word, entry, vocab) and _is_attributive(tokens, i, vocab):
        return True  # (the adjective itself, "der mutmaßlichen Infektion", "der angebliche Anschlag", stays)
    if entry.not_before_adjective and _before_adjective(tokens, i, vocab):
        return True  # "scheinbar mühelos", "eine scheinbar endlose Schlange": only seemingly, no hedge
    if _conditional_or_concessive(entry, tokens, i, clause_ids, vocab):
        return True
    if entry.not_near and _near_rule(entry, tokens, clause_ids, i, previous):
        return True
    hypothetical = vocab.speech.hypothetical if vocab.speech is not None else frozenset()
    if entry.type == "adverb" and hypothetical and any(
            t.text in hypothetical for t in _clause_tokens(tokens, clause_ids, i)):
        return True  # "Dann bliebe wohl nur der Verkauf": a hypothetical, no factual claim
    if entry.type == "adverb" and vocab.wish_words and any(t.text in vocab.wish_forms for t in tokens) \
            and any(t.text.lower() in vocab.wish_words for t in _clause_tokens(tokens, clause_ids, i)):
        return True  # "Einen solchen Zuschuss hätten wohl auch andere Gemeinden gern bekommen": a wish, no claim
    if entry.type == "adverb" and hypothetical and _inserted(tokens, clause_ids, i) and any(
            t.text in hypothetical for k, t in enumerate(tokens) if clause_ids[k] != clause_ids[i]):
        return True  # "Gruppen könnten – womöglich sogar vernetzt – auftreten": an insertion in a hypothetical
    if vocab.voice is not None and _not_a_claim(vocab.voice, entry, tokens, clause_ids, i, vocab):
        return True  # [voice]: a counterfactual guess, "können" already in the clause, a lead-in, a definition
    if vocab.voice is not None and (_distancing(vocab.voice, entry, tokens, clause_ids, i, vocab)
                                    or _evaluative(vocab.voice, entry, tokens, clause_ids, i)):
        return True  # "die angeblichen Verräter"; "dürfte ihm egal sein": a label held at a distance, an opinion
    if entry.not_before_quote and i + 1 < len(tokens) and tokens[i + 1].text in QUOTE_OPENERS:
        return True  # "die angeblich „gestohlene Wahl“": someone else's term, held at a distance
    if entry.permission is not None and word in entry.permission.forms \
            and _permission(entry.permission, tokens, clause_ids, i, previous, vocab):
        return True
    if preceding in entry.not_after_at_clause_end and (i + 1 == len(tokens) or tokens[i + 1].kind == "punct"):
        return True
    # "der wohl beste …", "die bis dato wohl wichtigste Erfindung": a ranking, not a hedge
    return entry.not_before_superlative and i + 1 < len(tokens) \
        and tokens[i + 1].text.endswith(SUPERLATIVE_ENDINGS) and tokens[i + 1].text.islower() \
        and (preceding in DETERMINERS or i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper())


def _not_a_claim(voice: Voice, entry: Entry, tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """[voice] grammar for a hedge that weakens no claim of fact: a counterfactual guess with a pluperfect
    Konjunktiv II ("Das hätte sich der Gründer wohl nicht träumen lassen"), a possibility adverb in a clause
    that already holds "können" ("Vereine, die den Platz im Winter womöglich kaum heizen können"), a rhetorical
    lead-in ("Hier hilft womöglich ein Blick auf …"), a generic definition with an infinitive as subject
    ("Früh aufstehen heißt womöglich …")."""
    word = tokens[i].text.lower()
    if entry.type != "adverb":
        return False
    clause = _clause_tokens(tokens, clause_ids, i)
    if word in voice.counterfactual_adverbs and any(t.text in voice.counterfactual_forms for t in clause):
        last = next((t for t in reversed(clause) if t.kind == "word"), None)
        particle = max((p for p in vocab.separable if last is not None and last.text.startswith(p)
                        and len(last.text) > len(p) + 4), key=len, default="")
        stem = last.text[len(particle):] if particle else ""  # "zurückbekommen": "zurück" + "bekommen"
        if last is not None and last.start > tokens[i].start and (is_participle(last, vocab)
                                                                  or last.text in voice.substitute_infinitives
                                                                  or stem and is_participle(Token(0, 0, stem, "word"), vocab)):
            return True  # "hätten sie wohl nichts wiedergesehen", "hätte … wohl nicht träumen lassen"
    if word in voice.possibility_adverbs and any(t.text in voice.possibility_modals for t in clause):
        return True
    if word in voice.possibility_adverbs and any(
            t.text.lower() in voice.possibility_adverbs and clause_ids[k] != clause_ids[i] for k, t in enumerate(tokens)):
        return True  # "Womöglich heilt es aus, womöglich bleiben Schäden": possibilities listed, no claim
    opener = next((t.text.lower() for t in clause if t.kind == "word"
                   and t.text.lower() not in voice.leading_conjunctions), "")  # "Und da …"
    if word in voice.possibility_adverbs and opener in voice.scenario_openers and any(
            t.text in voice.possibility_modals for k, t in enumerate(tokens) if clause_ids[k] in (clause_ids[i] - 1, clause_ids[i] + 1)):
        return True  # "Und da danach womöglich weitere Menschen erkranken, kann es schwierig werden": a scenario
    if voice.lead_in is not None and i > 0 and voice.lead_in.search(
            " ".join(t.text for t in tokens[max(0, i - 3):i + 7])):
        return True
    if i >= 2 and tokens[i - 1].text in voice.definition_verbs:
        subject = tokens[:i - 1]
        comma = next((k for k, t in enumerate(subject) if t.text == ","), None)
        if comma is not None:
            subject = subject[:comma]  # "Arbeiten, wenn alle schlafen, heißt womöglich …"
        words = [t for t in subject if t.kind == "word"]
        if 1 <= len(words) <= 4 and len(words) == len(subject) and words[-1].text.endswith("en") \
                and not any(t.text.lower() in DETERMINERS or t.text.lower() in POSSESSIVES for t in words):
            return True
    return False


def _distancing(voice: Voice, entry: Entry, tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """[voice] distancing_adjectives: an inflected "angeblich-" right before its noun (at most two adjectives
    between: "die angeblichen Verräter", "diese angebliche neue Wende") is a so-called label, someone else's
    claim; distancing_relative: right after a relative pronoun in a present-tense clause without a figure it
    describes what a model or type is said to be ("der angeblich jedes Problem mit Technik löst")."""
    word = tokens[i].text.lower()
    if entry.id in voice.distancing_adjectives and word != entry.id:
        j = i + 1
        while j < len(tokens) and j - i <= 2 and tokens[j].kind == "word" and tokens[j].text.islower() \
                and tokens[j].text.endswith(("e", "en", "er", "es", "em")):
            j += 1  # "die angebliche neue Wende"
        if j < len(tokens) and tokens[j].kind == "word" and tokens[j].text[:1].isupper():
            return True
    if entry.id in voice.distancing_relative and word == entry.id and i >= 2 \
            and tokens[i - 1].text in voice.relative_pronouns and tokens[i - 2].text == ",":
        clause = [t for t in _clause_tokens(tokens, clause_ids, i) if t.start > tokens[i].start]
        words = [t for t in clause if t.kind == "word"]
        if words and not any(t.kind in ("number", "ordinal", "date") for t in clause) \
                and not any(t.text in voice.event_auxiliaries for t in words):
            last = words[-1].text
            # (no auxiliary in the clause: a last word like "maximiert" is the finite verb, not a participle)
            return last.islower() and last.endswith(("t", "en")) and not last.endswith(("te", "ten"))
    return False


def _evaluative(voice: Voice, entry: Entry, tokens: tuple[Token, ...], clause_ids, i: int) -> bool:
    """[evaluative]: a hedged value judgement is opinion, no weakened claim of fact: the hedge's clause holds
    a predicative (uninflected, not before a noun) evaluative adjective, an evaluative verb or frame, and no
    figure ("dürften ihm egal sein", "dürfte den Verein nicht entlasten", "Die Frage dürfte sein, ob …")."""
    if entry.id not in voice.evaluative_hedges:
        return False
    clause = _clause_tokens(tokens, clause_ids, i)
    if any(t.kind in ("number", "ordinal", "date") for t in clause):
        return False  # "Das Defizit dürfte zehn Prozent betragen": a prediction of a figure
    for k, t in enumerate(clause):
        following = clause[k + 1] if k + 1 < len(clause) else None
        if t.text in voice.evaluative_adjectives and (following is None or not following.text[:1].isupper()):
            return True
        if t.text in voice.evaluative_verbs:
            return True
        before = clause[k - 2] if k >= 2 and clause[k - 1].text in voice.evaluative_ranking_between else \
            clause[k - 1] if k else None  # "die derzeit schnellste Baustelle"
        if before is not None and before.text.lower() in voice.evaluative_ranking_after and t.text.islower() \
                and len(t.text) >= 6 and t.text.endswith(SUPERLATIVE_ENDINGS) \
                and t.text not in voice.evaluative_not_superlatives:
            return True  # "Das ist wohl die lauteste Szene", "beginnt wohl die härteste Woche": a ranking
        if t.text in voice.evaluative_impersonal_adjectives and any(w.text in ("es", "Es") for w in clause) \
                and (following is None or not following.text[:1].isupper()):
            return True  # "Insofern war es wohl notwendig, …"
    if voice.evaluative_frames is not None and clause:
        return voice.evaluative_frames.search(" ".join(t.text for t in clause)) is not None
    return False


def _main_clause(tokens: tuple[Token, ...], clause_ids, first: int, vocab: Vocabulary) -> int:
    """The clause number of the main clause after a fronted clause: the first clause after a comma that opens
    with a lowercase word that is no subordinator or relative pronoun ("Sollte sich herausstellen, dass er
    Mitglied war, dürfte er …"); a dash inside a word ("-infrastruktur") opens no clause."""
    for k in range(first + 1, len(tokens) - 1):
        if tokens[k].text not in (",", ";"):
            continue
        following = tokens[k + 1]
        word = following.text
        if following.kind == "word" and word.islower() and word not in vocab.subordinators \
                and word not in RELATIVE_PRONOUNS and word not in PREPOSITIONS:
            return clause_ids[k + 1]
    return clause_ids[len(tokens) - 1]


def _inflected_form(word: str, entry: Entry, vocab: Vocabulary) -> bool:
    """ "angebliche", "mutmaßlichen": an inflected adjective form of the entry (its base form minus an ending)."""
    lowered = word.lower()
    return any(lowered.endswith(e) and lowered[:-len(e)] in entry.forms for e in vocab.inflections)


def _short_answer(tokens: tuple[Token, ...], previous: Sentence | None, vocab: Vocabulary) -> bool:
    """A sentence of at most `answer_words` words right after a question of the same paragraph, or opening the
    next paragraph after a paragraph of several sentences that ends in a question: the writer's rhetorical answer
    ("Ist das noch Politik? Wohl nicht."), no claim of fact."""
    if not vocab.answer_words or previous is None or not any(t.text == "?" for t in previous.tokens[-3:]):
        return False
    words = [t for t in tokens if t.kind == "word"]
    return len(words) <= vocab.answer_words or bool(words) and words[0].text.lower() in vocab.by_form


def _comparative(word: str, vocab: Vocabulary) -> bool:
    """ "gefährlicheren", "höhere": a lowercase comparative with an adjective ending."""
    return word.islower() and any(word.endswith("er" + e) for e in vocab.inflections)


def _inserted(tokens: tuple[Token, ...], clause_ids, i: int) -> bool:
    """The hedge's clause is an insertion between dashes or in brackets ("– womöglich sogar vernetzt –")."""
    clause = clause_ids[i]  # a clause starts with its break token
    opening = next((t.text for k, t in enumerate(tokens) if clause_ids[k] == clause), "")
    closing = next((t.text for k, t in enumerate(tokens) if k > i and clause_ids[k] > clause), "")
    return opening in ("–", "—", "-", "(") and closing in ("–", "—", "-", ")")


def _adjective(word: str, following: str, vocab: Vocabulary) -> bool:
    """A lowercase adjective or adverbial adjective by its shape ("mühelos", "umständlich", "endlose"), or an
    inflected word before a noun ("szeneferne Bürger"); not a function word or an infinitive."""
    if not word.isalpha() or not word.islower() or word in vocab.function_words or word in DETERMINERS:
        return False
    if word.endswith(vocab.adjective_suffixes) or _uninflected(word, vocab).endswith(vocab.adjective_suffixes):
        return True
    return word.endswith(vocab.inflections) and following[:1].isupper() and not word.endswith("en")


def _before_adjective(tokens: tuple[Token, ...], i: int, vocab: Vocabulary) -> bool:
    if i + 1 >= len(tokens) or tokens[i + 1].kind != "word":
        return False
    following = tokens[i + 2].text if i + 2 < len(tokens) and tokens[i + 2].kind == "word" else ""
    return _adjective(tokens[i + 1].text, following, vocab)


def _conditional_or_concessive(entry: Entry, tokens: tuple[Token, ...], i: int, clause_ids, vocab: Vocabulary) -> bool:
    """No factual claim: an adverb in a conditional or generic sentence ("Wer sie beschimpft, beschert ihr
    womöglich neue Anhänger", "Falls … , ist … wohl …": the opening clause and the main clause after it),
    or any hedge conceded before a contrast ("Zwar ist das wohl richtig, …", "Sicher, das mag wohl …")."""
    first = next((k for k, t in enumerate(tokens) if t.kind == "word"), None)
    if first is None:
        return False
    opener = tokens[first].text.lower()
    if vocab.voice is not None and opener in vocab.voice.leading_conjunctions and first + 1 < len(tokens) \
            and tokens[first + 1].text.lower() in vocab.conditional_openers:
        first += 1  # [voice] "Aber wenn die Läufer …, womöglich …": the conditional after a conjunction
        opener = tokens[first].text.lower()
    # "Legt man das zugrunde, so dürften …": a verb and "man" open a conditional clause too
    generic = first + 1 < len(tokens) and tokens[first + 1].text == "man" and tokens[first].text[:1].isupper() \
        and tokens[first].text not in vocab.speech_not_subjects_all
    if not generic and vocab.main_verbs and first + 1 < len(tokens) and tokens[first].text[:1].isupper() \
            and tokens[first].text.endswith(vocab.v1_endings) and tokens[first + 1].kind == "word" \
            and (tokens[first + 1].text in vocab.v1_subjects or tokens[first + 1].text.islower()) \
            and tokens[first].text.lower() not in DETERMINERS and tokens[first].text.lower() not in vocab.v1_not \
            and tokens[first].text not in vocab.speech_not_subjects_all:
        comma = next((k for k in range(first + 2, i) if tokens[k].text == ","), None)
        generic = comma is not None and tokens[comma + 1].text in vocab.main_verbs \
            and not any(t.text in (",", ";") for t in tokens[comma + 1:i])  # "Fällt der Wert aus, werden womöglich …"
    if (opener in vocab.conditional_openers or generic) and clause_ids[i] <= _main_clause(tokens, clause_ids, first, vocab):
        return True  # the opening clause (with its dass- or relative clauses) and the main clause after it
    clause_first = next((t for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] and t.kind == "word"), None)
    if clause_first is not None and clause_first.start != tokens[i].start \
            and (clause_first.text.lower() in vocab.question_clause_openers
                 or entry.type == "adverb" and clause_first.text.lower() in vocab.future_clause_openers):
        return True  # "…, ob das Kind womöglich krank ist": an indirect question; "ehe … womöglich platzt"
    if clause_first is not None and clause_first.text == "dass" and vocab.voice is not None:
        at = next(k for k, t in enumerate(tokens) if t.start == clause_first.start)
        if at >= 2 and tokens[at - 1].text == "," and tokens[at - 2].text in vocab.voice.attitude_verbs \
                and not any(t.text in ("ich", "wir", "man") for t in tokens[max(0, at - 6):at - 2]):
            return True  # [voice] "Obwohl sie ahnen, dass … nicht so bald normal werden dürfte": their thought
    if clause_first is not None and clause_first.text == "dass" and vocab.attitude_nouns:
        at = next(k for k, t in enumerate(tokens) if t.start == clause_first.start)
        if at >= 2 and tokens[at - 1].text == "," and tokens[at - 2].text in vocab.attitude_nouns:
            return True  # "die Hoffnung, dass die Gläubiger möglicherweise nachgeben": an attitude's content
    if opener in vocab.concessive_openers and first + 1 < len(tokens) and tokens[first + 1].text in vocab.concessive_marks:
        start = first
    else:
        start = next((k for k in range(i - 1, -1, -1) if tokens[k].text.lower() in vocab.concessive_markers), None)
        if start is None:
            return False
    # the contrast itself is a claim: "Zwar hatte X das versprochen, aber offenbar macht jedes Amt es anders"
    return not any(tokens[k].text.lower() in vocab.concessive_counters for k in range(start + 1, i))


def _permission(rule: Permission, tokens: tuple[Token, ...], clause_ids, i: int, previous: Sentence | None,
                vocab: Vocabulary) -> bool:
    """Plural "dürften" of permission (the Konjunktiv II standing in for "dürfen" in reported rules): people
    (or venues) as subject and a verb of access or activity ("Alle Nachbarn dürften im Regal stöbern oder Spiele mitnehmen",
    "Theoretisch dürften sie nicht antreten"), or any action verb next to reported words or a rule (this
    sentence or the one before). Not a state, perfect or passive ("dürften zufrieden gewesen sein")."""
    words, position = _clause_words(tokens, clause_ids, i)
    if position == len(words) - 1:
        verb = words[position - 1].text if position else ""  # verb-final: "…, die dort übernachten dürften"
    else:  # the last infinitive: "dürften im Regal stöbern oder Spiele mitnehmen nach der Regel"
        verb = next((t.text for t in reversed(words[position + 1:]) if _is_infinitive(t)), "")
    if not _is_infinitive(Token(0, 0, verb, "word")) or verb in rule.not_verbs:
        return False
    if verb in rule.always_verbs:
        return True  # "Der Gegner aus Chile dürfte derzeit gar nicht einreisen"
    negated = any(w.lower() in NEGATIONS or w.lower() in rule.restrictions for w in (t.text for t in words[position + 1:]))
    others = [t.text for k, t in enumerate(words) if k != position and t.text != verb]
    if verb.endswith(rule.verbs) and any(t.text.lower() in rule.restrictions for t in words):
        return True  # "… den Herbst nur vor maximal 250 Gästen eröffnen dürfte": a limit on an activity
    if not any(w in rule.subjects or w[:1].isupper() and w.lower().endswith(rule.subject_suffixes) for w in others):
        return False
    if verb.endswith(rule.verbs):
        return True
    if tokens[i].text not in rule.context_forms:
        return False  # singular "dürfte" only with a verb of access or activity ("Die Kunden dürfte das kaum trösten")
    if negated:
        return True  # "sie dürften ihre Familien nicht verlassen", "dürften die Bürger nur noch zwei Leute treffen"
    around = [t.text for t in tokens] + ([t.text for t in previous.tokens] if previous is not None else [])
    konjunktiv = vocab.speech.konjunktiv if vocab.speech is not None else frozenset()
    return any(w in rule.context or w in konjunktiv for w in around)


def _near_rule(entry: Entry, tokens: tuple[Token, ...], clause_ids, i: int, previous: Sentence | None) -> bool:
    """A rule word in the hedge's clause (not its own verb chain: "erlaubt werden dürften" is a conjecture
    about a rule) or in the sentence before: "dürfte" of permission."""
    clause = clause_ids[i]
    if any(t.text.lower() in entry.not_near for k, t in enumerate(tokens)
           if clause_ids[k] == clause and not i - 3 <= k < i):
        return True
    return previous is not None and any(t.text.lower() in entry.not_near for t in previous.tokens)


def _is_attributive(tokens: tuple[Token, ...], i: int, vocab: Vocabulary) -> bool:
    """Inside a noun phrase, before its adjective or participle: "ein schwerer, möglicherweise tödlicher
    Verlauf", "von möglicherweise kontaminierten Händen", "für möglicherweise mit dem Keim infizierte
    Patienten" (at most three words between the hedge and the adjective)."""
    before = tokens[i - 1].text.lower() if i else ""
    if i >= 2 and tokens[i - 2].text.lower() in DETERMINERS and before.isalpha() and before.islower() \
            and before.endswith(vocab.adjective_suffixes):
        before = tokens[i - 2].text.lower()  # "eine sprachlich offenbar zu förmliche Mitteilung"
    if before in ("und", "oder") and i >= 3 and _stacked_adjective(tokens[i - 2].text, vocab) and (
            tokens[i - 3].text.lower() in vocab.attributive_after or tokens[i - 3].text.lower() in DETERMINERS
            or tokens[i - 3].text.lower() in POSSESSIVES):
        before = tokens[i - 3].text.lower()  # "unter erschwerten und womöglich unfairen Bedingungen"
    if i and before not in vocab.attributive_after and before not in DETERMINERS and before not in POSSESSIVES \
            and _extended_attribute(tokens, i):
        before = "der"  # "das in diesem Jahr offenbar kleinere Fest": article, prepositional phrase, hedge
    if i == 0 or before not in vocab.attributive_after and before not in DETERMINERS and before not in POSSESSIVES:
        return False
    if tokens[i - 1].text == ",":  # "schwerer, möglicherweise tödlicher": the comma follows an adjective
        before = tokens[i - 2].text if i >= 2 else ""
        if not (before.islower() and before.endswith(vocab.inflections)):
            return False
    for k in range(i + 1, min(i + 5, len(tokens) - 1)):
        word, noun = tokens[k].text, tokens[k + 1]
        if word == "," and k > i + 1 and _stacked_adjective(tokens[k - 1].text, vocab) \
                and _stacked_adjective(noun.text, vocab):
            continue  # "als möglicherweise gütiger, heiterer Verlierer": coordinated adjectives
        if tokens[k].kind != "word" or word in vocab.attributive_not_between and not (
                word in vocab.attributive_comparative_after and _comparative(tokens[k + 1].text, vocab)):
            # "…, vermutlich sogar bis Ende nächsten Monats": the clause, not a noun phrase ("mit möglicherweise
            # noch gefährlicheren Erregern": "noch" before a comparative stays inside)
            return False
        if noun.kind != "word" or not noun.text[:1].isupper() or not word.isalpha() or not word.islower():
            continue
        ending = next((e for e in vocab.inflections if word.endswith(e)), None)
        if ending is None:
            continue
        if word in vocab.function_words:
            return False  # "als offenbar einige Anwohner …": a quantifier opens the clause's subject
        if all(t.text in vocab.degree_words or _stacked_adjective(t.text, vocab)
               or t.text == "," and j > i + 1 and _stacked_adjective(tokens[j - 1].text, vocab)
               for j, t in enumerate(tokens[i + 1:k], i + 1)) \
                and word not in vocab.function_words and word not in DETERMINERS and word not in POSSESSIVES \
                and not (i >= 2 and tokens[i - 2].text == ",") and tokens[i - 1].text != ",":
            # "des womöglich neuen Präsidenten", "über angeblich dumme Lehrer": article or preposition, hedge,
            # inflected adjective, noun (not ", die wohl ihrem Vater gehörte": a relative pronoun)
            return True
        stem = word[:-len(ending)]
        if word in DETERMINERS:
            continue
        if any(tokens[p].text[:1].isupper() and not any(tokens[q].text in PREPOSITIONS for q in range(i + 1, p))
               for p in range(i + 1, k)):
            return False  # a noun between ends the phrase: "der … Rücktritt der Ministerin personelle Folgen"
        preposition = max((p for p in range(i + 1, k) if tokens[p].text in PREPOSITIONS
                           and not (p == k - 1 and tokens[p].text in vocab.degree_words)), default=None)
        if preposition is not None and not any(tokens[p].text[:1].isupper() for p in range(preposition + 1, k)):
            return False  # "klappte das offenbar mit einfachen Mitteln": the adjective belongs to the preposition
        if stem.endswith(vocab.adjective_suffixes) or stem.endswith("iert") or stem.endswith(("t", "en")) \
                and len(stem) > 5 and is_participle(Token(0, 0, stem, "word"), vocab):
            return k == i + 1 or all(t.kind == "word" for t in tokens[i + 1:k])
    return False


def _stacked_adjective(word: str, vocab: Vocabulary) -> bool:
    """An inflected adjective before another one of the same noun phrase ("der angeblich besten deutschen
    Spieler"), not a function word, article or preposition."""
    return word.isalpha() and word.islower() and word.endswith(vocab.inflections) \
        and word not in vocab.function_words and word not in DETERMINERS and word not in POSSESSIVES \
        and word not in PREPOSITIONS


def _extended_attribute(tokens: tuple[Token, ...], i: int) -> bool:
    """An extended attribute: an article, right after it a preposition, then words (no punctuation) up to
    the hedge ("das in diesem Jahr offenbar kleinere Fest", "mit dem im Keller offenbar vergessenen Rad")."""
    for j in range(i - 2, max(i - 8, -1), -1):
        token = tokens[j]
        if token.kind != "word":
            return False
        following = tokens[j + 1].text
        if token.text.lower() in ARTICLES and (following in PREPOSITIONS or following in CONTRACTIONS):
            return all(t.kind == "word" for t in tokens[j + 2:i])
    return False


def _outside_question_subject(hits: list[Hit], tokens, clause_ids, vocab: Vocabulary) -> list[Hit]:
    """ "Ob es … oder womöglich sogar eine Aufsicht gäbe, ließ die Gutachterin offen": the clauses before the
    main clause are an indirect question, no claim."""
    first = next((k for k, t in enumerate(tokens) if t.kind == "word"), None)
    if first is None or tokens[first].text.lower() not in vocab.question_openers:
        return hits
    last = clause_ids[len(tokens) - 1]
    index_of = {t.start: k for k, t in enumerate(tokens)}
    return [h for h in hits if h.anchor_start not in index_of or clause_ids[index_of[h.anchor_start]] >= last]


def _uninflected(word: str, vocab: Vocabulary) -> str:
    """ "durchdachten" -> "durchdacht" (adjective endings from [attributive] inflections)."""
    ending = next((e for e in vocab.inflections if word.endswith(e) and len(word) > len(e) + 3), "")
    return word[:-len(ending)] if ending else word


def _find(pattern: Any, text: str, sentence: Sentence):
    """Matches of ``pattern`` inside one sentence (anchors see the sentence), offsets into ``text``."""
    chunk = text[sentence.start:sentence.end]
    for match in pattern.finditer(chunk):
        yield sentence.start + match.start(), sentence.start + match.end(), match.group()


def _phrase_hits(sentence: Sentence, vocab: Vocabulary, text: str, lowered: str) -> list[Hit]:
    hits = []
    for entry in vocab.phrases:
        if entry.guard and entry.guard not in lowered:
            continue
        for start, end, _ in _find(entry.pattern, text, sentence):
            hits.append(Hit(start, end, start, end, entry.id, entry.type, vague=entry.type == "vague-hedge"))
    return hits


def _is_legal(hit: Hit, sentence: Sentence, vocab: Vocabulary) -> bool:
    """'mutmaßlich' right before a suspect noun (possibly after one adjective): legal wording."""
    tokens = sentence.tokens
    index = next((k for k, t in enumerate(tokens) if t.start == hit.anchor_start), None)
    if index is None:
        return False
    voice, word = vocab.voice, tokens[index].text.lower()
    if voice is not None and any(word.startswith(p) and word != p for p in voice.presumption_adjectives) \
            and index + 1 < len(tokens) and (tokens[index + 1].kind == "word" and tokens[index + 1].text[:1].isupper()
                                             or tokens[index + 1].text in QUOTE_OPENERS):
        return True  # [voice] presumption_adjectives: "seit der mutmaßlichen Ansteckung", "der mutmaßlichen „Krise“"
    # skip adjectives and truncated compounds: "ein mutmaßlicher russischer Rüstungs- und Industrie-Spion"
    for token in tokens[index + 1: index + 7]:
        word = token.text
        if token.kind not in ("word", "abbrev") and word != "-":
            return False
        if word.endswith("-") or word in ("-", "und", "oder", "bzw.") or word[:1].islower():
            continue
        return word.lower().endswith(vocab.suspect_suffixes + vocab.presumptive_suffixes)
    return False


def _has_figure(sentence: Sentence, vocab: Vocabulary) -> bool:
    for token in sentence.tokens:
        if token.kind == "number":
            digits = token.text.replace(".", "")
            if len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100:
                continue  # a year, not a figure
            return True
        if token.kind == "word" and token.text in vocab.figure_words:
            return True
    return False


def _has_strong_cue(sentence: Sentence, vocab: Vocabulary) -> bool:
    return any(token.text in vocab.strong_cues for token in sentence.tokens)


def _named_source(sentence: Sentence, text: str, vocab: Vocabulary, exclude: list[tuple[int, int]],
                  segment_start: int) -> bool:
    """The sentence names who stands behind it (cues in hedging.toml [source])."""
    if sentence.start == segment_start:
        colon = vocab.headline_colon.match(text[sentence.start:sentence.end])
        if colon and not colon.group().rstrip(": ").lower().endswith(vocab.noun_suffixes):
            return True
    for pattern in vocab.source_patterns:
        for start, end, _ in _find(pattern, text, sentence):
            if not any(s <= start < e or start <= s < end for s, e in exclude):
                return True
    return False


def _vague_sources(sentence: Sentence, text: str, vocab: Vocabulary, lowered: str | None = None,
                   noun_possible: bool | None = None) -> list[tuple[Hit, bool]]:
    """Unnamed sources in the sentence, each with whether it introduces a claim by itself."""
    tokens = sentence.tokens
    found: list[tuple[Hit, bool]] = []
    if lowered is None:
        lowered = text[sentence.start:sentence.end].lower()
    if noun_possible is None:
        noun_possible = any(part in lowered for part in vocab.vague_noun)
    for i, token in enumerate(tokens if noun_possible else ()):
        word = token.text
        if token.kind != "word" or not word[:1].isupper() or word in vocab.not_nouns:
            continue
        if not word.lower().endswith(vocab.noun_suffixes) or "-" in word:
            continue  # "Ifo-Experten", "UN-Beobachter": a compound with a name is named
        previous = tokens[i - 1].text.lower() if i > 0 else ""
        if previous in ANAPHORIC:
            continue  # "die Forscher": people named before
        if _named_after(tokens, i, vocab) or (
                i + 2 < len(tokens) and tokens[i + 1].text in ("und", "sowie")
                and tokens[i + 2].text.lower().endswith(vocab.noun_suffixes) and _named_after(tokens, i + 2, vocab)):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        before_text = text[sentence.start:token.start]
        hit: Hit | None = None
        content = False
        if nxt is not None and nxt.text.lower() in vocab.vague_verbs:
            hit = Hit.vague_source(token.start, nxt.end, word)
            if nxt.text.lower() == "zufolge":
                content = True
            else:
                content = _introduces_clause(tokens, i + 2)
                if content and i + 2 < len(tokens) and tokens[i + 2].text.lower() in ("damit", "davon", "darauf"):
                    end = tokens[i + 2].end
                    hit = Hit.vague_source(token.start, end, word)
        elif previous in vocab.vague_verbs or previous == "so":
            hit = Hit.vague_source(tokens[i - 1].start, token.end, word)
            content = i >= 2 and tokens[i - 2].text == ","
        elif (match := vocab.vague_prepositions.search(before_text)) is not None:
            start = sentence.start + match.start()
            hit = Hit.vague_source(start, token.end, word)
            content = True
        if hit is not None:
            found.append((hit, content))
    if noun_possible and vocab.opinion_compounds is not None:
        for start, end, _ in _find(vocab.opinion_compounds, text, sentence):
            found.append((Hit.vague_source(start, end, "Experten"), True))  # "nach Experteneinschätzungen"
    for start, end, _ in (_find(vocab.circles, text, sentence) if vocab.circles_guard in lowered else ()):
        tail = text[end:sentence.end]
        content = bool(regex.match(r"\s*(?:hieß|heißt|verlautete|war\s+zu\s+hören)\b", tail)) or \
            bool(regex.search(r"\b(?:hieß|heißt)\s+es\s*$", text[sentence.start:start]))
        found.append((Hit.vague_source(start, end, "Kreise"), content))
    if vocab.es_heisst_guard not in lowered:
        return found
    for patterns, content in ((vocab.es_heisst, True), (vocab.es_heisst_weak, False)):
        for pattern in patterns:
            for start, _, group in _find(pattern, text, sentence):
                span = regex.search(r"[Ee]s\s+heißt|heißt\s+es", group)
                a, b = start + span.start(), start + span.end()
                found.append((Hit.vague_source(a, b, "es heißt"), content))
    return found


def _introduces_clause(tokens: tuple[Token, ...], index: int) -> bool:
    """After the verb: ", …", ": …", "dass …", "damit, dass …", "davon aus, dass …"."""
    for token in tokens[index:index + 3]:
        lowered = token.text.lower()
        if token.text in (",", ":") or lowered == "dass":
            return True
        if lowered not in ("damit", "davon", "darauf", "aus", "sich", "einig", "überzeugt"):
            return False
    return False


def _named_after(tokens: tuple[Token, ...], index: int, vocab: Vocabulary) -> bool:
    """ "Experten des Ifo-Instituts", "Forscher um Christian Drosten", "Analyst Hans Meier"."""
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    if nxt is None:
        return False
    if nxt.kind == "word" and nxt.text[:1].isupper() and nxt.text.lower() not in vocab.vague_verbs:
        return True  # a name follows directly
    link = nxt.text.lower()
    if link not in vocab.named_links and link != "um":
        return False
    for token in tokens[index + 2:index + 5]:
        if token.kind not in ("word", "abbrev"):
            return False
        name = token.text
        if regex.fullmatch(r"[A-ZÄÖÜ]{2,}\w*", name) or "-" in name and name[:1].isupper():
            return True
        if name.lower().endswith(vocab.institution_suffixes):
            return True
        if link in ("um", "wie") and name[:1].isupper():
            return True
    return False


# --- the check -------------------------------------------------------------------------------------
def analyze(document, config) -> list[Finding]:
    """All NL4xx findings of ``document`` (selection is left to the engine)."""
    vocab = vocabulary()
    s401, s403, s404 = (config.rule_settings(code) for code in ("NL401", "NL403", "NL404"))
    allow = {value.lower() for value in s401.get("allow", [])}
    display_kinds = set(s403.get("kinds", DISPLAY_KINDS))
    text = document.text
    findings: list[Finding] = []
    layer: list[frozenset[int]] = []
    carried: dict[str, dict[int, int]] = {}  # quotes carried across paragraphs, computed on first need

    def layer_named(start: int) -> bool:  # computed only when display copy holds an unsourced hedge
        if not layer:
            layer.append(_layer_sources(document))
        return start in layer[0]

    speech = vocab.speech
    others = None
    if speech is not None and (s401.get("ignore_reported_speech", True) or s401.get("ignore_first_person", True)):
        others = _OthersWords(document, vocab, speech, s401.get("ignore_reported_speech", True),
                              s401.get("ignore_first_person", True))
    # one pass over the document's tokens finds where a hedge word or "soll" can be; sentences
    # without one skip the per-token scans
    plain = None
    if vocab.forecast is not None and s401.get("ignore_forecasts", True) \
            or vocab.author_voice is not None and s401.get("ignore_author_voice", True):
        plain = _PlainGuesses(document, vocab, s401.get("ignore_forecasts", True) and vocab.forecast,
                              s401.get("ignore_author_voice", True) and s401.get("ignore_first_person", True)
                              and vocab.author_voice)  # (the author's "ich" is first person too)
    forms = vocab.token_forms
    candidates = [t.start for t in document.tokens if t.text in forms]
    lowered_text = text.lower()
    if len(lowered_text) != len(text):  # a rare letter whose lower case is longer: no shared offsets
        lowered_text = None
    nouns = sorted(at for part in vocab.vague_noun for at in _occurrences(lowered_text, part)) \
        if lowered_text is not None else None
    asked = None  # a paragraph of several sentences that ends in a question: the next paragraph may answer it
    for segment in document.segments:
        sentences = document.sentences_in(segment)
        quotes = _SegmentQuotes(sentences, document, segment, carried)
        previous = None
        for sentence in sentences:
            at = bisect_left(candidates, sentence.start)
            words = at < len(candidates) and candidates[at] < sentence.end
            if nouns is None:
                noun, lowered = None, None
            else:
                at = bisect_left(nouns, sentence.start)
                noun = at < len(nouns) and nouns[at] < sentence.end
                lowered = lowered_text[sentence.start:sentence.end]
            findings.extend(_check_sentence(sentence, segment, text, vocab, quotes, allow, display_kinds,
                                            s401, s404, layer_named, others, words, noun, lowered, previous,
                                            plain, asked if previous is None else None))
            previous = sentence
        asked = sentences[-1] if segment.kind == "paragraph" and len(sentences) > 1 else None
    return findings


_CLOSING_MARKS = tuple("“”\"«»‘’")
RELATIVE_PRONOUNS = frozenset("der die das den dem deren dessen denen welche welcher welches welchen wie wer was".split())
DATIVE_PRONOUNS = frozenset("ihm ihr ihnen sich uns mir dir".split())
AUXILIARIES = frozenset("hat hatte hatten haben habe hätte hätten ist war waren sind sei wurde wurden".split())
SUPERLATIVE_ENDINGS = ("ste", "sten", "ster", "stes", "stem", "ßte", "ßten", "ßter", "ßtes", "ßtem")
PHRASE_LEADS = frozenset("laut nach so für wie demnach aus".split())
PREPOSITIONS = frozenset("von mit bei nach zu aus für gegen über unter vor an auf in um durch".split())
POSSESSIVES = frozenset("sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere".split())


class _OthersWords:
    """Whether a sentence with a hedge is someone else's words (asked only for such sentences).

    Reported speech with a named source, first-person sentences and interview answers; cues in
    hedging.toml [speech]. Document-level facts (the interview layout, sentence order) are computed
    on first use, so a document without hedges pays nothing.
    """

    def __init__(self, document, vocab: Vocabulary, speech: Speech, reported: bool, first_person: bool) -> None:
        self.document, self.text, self.vocab, self.speech = document, document.text, vocab, speech
        self.reported, self.first_person = reported, first_person
        self._answers: tuple[int | None, frozenset[int]] | None = None
        self._qa: frozenset[int] | None = None
        self._order: dict[int, int] | None = None
        self._base = None
        self.vocab_main_verbs = vocab.main_verbs

    def __call__(self, sentence: Sentence, segment, quotes: list[tuple[int, int]], hits: list[Hit],
                 clause_ids: list[int]) -> bool:
        tokens = sentence.tokens
        outside = [k for k, t in enumerate(tokens) if not _inside(quotes, t.start, t.end)]
        speech = self.speech
        if self.first_person:
            if any(tokens[k].text in speech.first_person for k in outside) or self.in_interview(sentence, segment) \
                    or segment.start in self.qa_answers() or self._first_person_before(sentence, segment, quotes):
                return True
            if self._addresses_reader(tokens, outside):
                return True
        if not self.reported:
            return False
        if self._named_cue(sentence, quotes, own=True, hedges=hits):
            return True
        if self.vocab.voice is not None and self._voice_source(sentence, quotes, hits, clause_ids, self.vocab.voice):
            return True
        if self._pointed_back(sentence) or self._between_reports(sentence):
            return True
        # a partial quote right after a named source goes on with the source's statement: "…, teilte das
        # Ministerium mit. Für das Quartal dürfte zwar „das höchste Wachstum“ gemeldet werden."
        starts = {h.anchor_start for h in hits}
        hedge_clauses = {clause_ids[k] for k, t in enumerate(tokens) if t.start in starts}
        if any(clause_ids[k] in hedge_clauses and t.text in QUOTE_OPENERS and any(s == t.start for s, _ in quotes)
               for k, t in enumerate(tokens)) and self._context_named(sentence, back=1, across=False):
            return True  # (the quote opens in the hedge's own clause: "Er hatte wohl keine Wahl, denn „…“" is the writer's)
        # hearsay right after a named source: "…, teilte die Staatsanwaltschaft mit. Er soll … getreten haben."
        # or right before it: "Er soll … gewesen sein. Auch er habe gehustet, berichtet die Pflegerin."
        if all(hit.type == "modal-hearsay" for hit in hits) and (
                self._context_named(sentence, back=1, across=False) or self._named_after(sentence, ahead=1)):
            return True
        # Konjunktiv I in the sentence and a Konjunktiv in the hedge's clause ("Die Pleite sei wohl …",
        # "Möglicherweise könnten Freiwillige helfen, die … geschult worden seien"), continuing a named source
        marked = [k for k in outside if self._konjunktiv(tokens, k) and not self._idiom(tokens, k)]
        starts = {h.anchor_start for h in hits}
        clauses = {clause_ids[k] for k, t in enumerate(tokens) if t.start in starts}
        content = [k for k in outside if clause_ids[k] in clauses and tokens[k].text in speech.content_forms]
        if marked:
            reported = any(clause_ids[k] in clauses for k in marked) or bool(content) \
                or self._subordinate_after(tokens, clause_ids, marked, clauses) \
                or self._continues(tokens, clause_ids, marked, clauses, hits)
        else:
            # "Staus seien zu vermeiden. Lieferungen müssten sonst möglicherweise …": a Konjunktiv II right
            # after a reported sentence of the same paragraph continues it (not the hedge "dürfte" itself:
            # "Die Kunden dürfte das kaum trösten" after reported words is the writer's)
            other = [k for k in content if tokens[k].start not in starts]
            previous = self._previous_in_segment(sentence) if other else None
            reported = previous is not None and self._has_konjunktiv(previous)
        # the speaker may be named in this very sentence, introducing a quote before the reported words
        # ("X sieht es gelassen: „…“ Für diese Saison habe sich das wohl erledigt")
        return reported and (self._named_cue(sentence, quotes, own=False) or self._context_named(sentence)
                             or self._named_after(sentence) or self._person_speaks(tokens, marked))

    def _voice_source(self, sentence: Sentence, quotes: list[tuple[int, int]], hits: list[Hit], clause_ids,
                      voice: Voice) -> bool:
        """[voice] sources of every hedge of the sentence: a report clause whose antecedent names no vague
        source ("eine Sage, wonach … sein soll"); a source named after a colon that follows the hedges ("…
        wohl bald umdenken: „…“, sagt X", "…: So zeigt der Bericht des Amtes, dass …"); a conclusion ("also")
        right after a named source of the paragraph; hearsay after the subject's own account ("Eigenen
        Angaben zufolge …") or, opening a paragraph, after a source at the end of the paragraph before."""
        tokens = sentence.tokens
        where = {t.start: k for k, t in enumerate(tokens)}
        positions = [where[h.anchor_start] for h in hits if h.anchor_start in where]
        if not positions or len(positions) != len(hits):
            return False

        def report_clause(k: int) -> bool:
            first = next((j for j, t in enumerate(tokens) if clause_ids[j] == clause_ids[k] and t.kind == "word"), None)
            return first is not None and first >= 2 and tokens[first].text.lower() in voice.report_clause_openers \
                and tokens[first - 1].text == "," and tokens[first - 2].text not in voice.report_clause_vague

        if all(report_clause(k) for k in positions):
            return True
        if voice.vague_governor is not None:
            index_at = {t.start: k for k, t in enumerate(tokens)}
            governed = set()
            for m in voice.vague_governor.finditer(self.text, sentence.start, sentence.end):
                k = next((index_at[t.start] for t in tokens if t.start >= m.start()), None)
                if k is not None and not _inside(quotes, m.start(), m.start() + 1):
                    governed.add(clause_ids[k])
                    after = [t.text for j, t in enumerate(tokens) if clause_ids[j] == clause_ids[k] + 1
                             and t.kind == "word"][:2]
                    article = len(after) == 2 and after[1][:1].isupper()  # ", die Partei ist …": a new clause
                    if after and (after[0] in voice.relative_pronouns and not article
                                  or after[0] in self.speech.dependent_openers
                                  or len(after) == 2
                                  and after[0] in voice.relative_prepositions and after[1] in voice.relative_pronouns):
                        governed.add(clause_ids[k] + 1)  # "Berichte über Patienten, bei denen … soll", "…, weil …"
            if governed and all(clause_ids[k] in governed for k in positions):
                return True  # "Teuer dürften nach Experteneinschätzungen …": a vague attribution (NL404's business)
        if voice.group_source is not None and any(not _inside(quotes, m.start(), m.start() + 1) for m in
                                                  voice.group_source.finditer(self.text, sentence.start, sentence.end)):
            return True  # "sollen nach Darstellung mehrerer Schüler … haben"

        def charge_reason(k: int) -> bool:  # "…, beschuldigt, weil sie … gehalten haben soll"
            first = next((j for j, t in enumerate(tokens) if clause_ids[j] == clause_ids[k] and t.kind == "word"), None)
            return first is not None and tokens[first].text.lower() in voice.reason_openers \
                and any(t.text in voice.charge_verbs for t in tokens[:first])

        if all(hit.type == "modal-hearsay" for hit in hits) and all(charge_reason(k) for k in positions):
            return True
        comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=-1)
        if 0 < comma < len(tokens) - 2 and comma > max(positions) and tokens[comma + 1].text in voice.tag_verbs \
                and all(t.kind == "word" for t in tokens[comma + 1:-1]) and self._subject_named(tokens, comma + 1):
            return True  # "…, schreiben die britischen Forscher."
        if voice.tag_verlautet is not None and any(
                m.start() > tokens[max(positions)].start and not _inside(quotes, m.start(), m.start() + 1)
                for m in voice.tag_verlautet.finditer(self.text, sentence.start, sentence.end)):
            return True  # "…, wie aus dem Ministerium verlautete."
        if voice.content_openers and all(self._governed_content(tokens, clause_ids, k, quotes, voice) for k in positions):
            return True  # "Eine Erhebung der Kammer ergab, dass offenbar …", "Der Verein moniert, dass … wohl …"
        if voice.tag_heisst is not None and any(m.start() > tokens[max(positions)].start and not self._vague_word(
                self.text[m.end() - 1:min(m.end() + 40, sentence.end)])
                for m in voice.tag_heisst.finditer(self.text, sentence.start, sentence.end)):
            return True  # "…, hieß es aus der Bauverwaltung."
        previous = self._previous_in_segment(sentence)
        if all(hit.type == "modal-hearsay" for hit in hits) and voice.court_words is not None and any(
                voice.court_words.search(self.text, s.start, s.end) for s in (sentence, previous) if s is not None):
            return True  # "Der Prozess gegen die drei begann im Mai. Sie sollen … geplant haben": the charge
        first = next((t.text for t in tokens if t.kind == "word"), "")
        if first in voice.continuation_openers and previous is not None \
                and any(pattern.search(self.text, previous.start, previous.end) for pattern in self.speech.phrases):
            return True  # "Zwei Minister liegen demnach im Krankenhaus. Und auch ein dritter ist offenbar erkrankt."
        if voice.next_source is not None:
            index = self._index(sentence)
            later = self.document.sentences[index + 1] if index is not None \
                and index + 1 < len(self.document.sentences) else None
            if later is not None and self.document.segment_at(later.start) is self.document.segment_at(sentence.start):
                match = voice.next_source.match(self.text, later.start, later.end)
                if match is None and voice.next_source_demonstrative is not None:
                    match = voice.next_source_demonstrative.match(self.text, later.start, later.end)
                if match is not None and not self._vague_word(self.text[match.start():min(match.end() + 40, later.end)]):
                    return True  # "… offenbar seltener. Laut einer Studie der Universität …"
        colon = next((k for k in range(max(positions) + 1, len(tokens)) if tokens[k].text == ":"
                      and not _inside(quotes, tokens[k].start, tokens[k].end)), None)
        if colon is not None and colon + 1 < len(tokens) and tokens[colon + 1].text in QUOTE_OPENERS:
            # a quote after the colon, tagged after it ("…: „…“, sagt X"): the speaker's conjecture
            closing = next((end for start, end in quotes if start == tokens[colon + 1].start), None)
            if closing is not None and not any(tokens[k].text.lower() in voice.evidential for k in positions) \
                    and self._named_cue(sentence, quotes, own=False, after=closing):
                return True
        elif colon is not None and any(tokens[k].text in voice.colon_source_verbs and self._subject_named(tokens, k)
                                       or tokens[k].text in voice.colon_report_verbs and self._subject_named(tokens, k)
                                       for k in range(colon + 1, min(colon + 6, len(tokens)))):
            return True  # "…: So zeigt der Bericht des Amtes, dass …", "…: Das Land meldet …"
        if voice.conclusive and all(any(t.text in voice.conclusive for j, t in enumerate(tokens)
                                        if clause_ids[j] == clause_ids[k]) for k in positions) \
                and self._context_named(sentence, back=3, across=False):
            return True
        if all(hit.type == "modal-hearsay" for hit in hits):
            index = self._index(sentence)
            if index is None:
                return False
            for earlier in self.document.sentences[max(0, index - 2):index][::-1]:
                owner = self.document.segment_at(earlier.start)
                if owner is None or owner.is_display or owner.kind not in ("paragraph", "bullet"):
                    return False
                if voice.own_account is not None and voice.own_account.search(self.text, earlier.start, earlier.end):
                    return True
        return False

    def _governed_content(self, tokens: tuple[Token, ...], clause_ids, k: int, quotes: list[tuple[int, int]],
                          voice: Voice) -> bool:
        """[voice] content_*: the hedge's clause is a dass-clause (or the words after a colon) right after a
        clause with a verb of saying or finding whose subject is a source (a name, a definite noun, a report
        noun with a named complement): "Die Kammer kritisiert, dass …", "Eine Umfrage des Verbands X ergab,
        dass …", "Die Studie kommt zu dem Schluss, dass …"."""
        clause = clause_ids[k]
        opener = next((j for j, t in enumerate(tokens) if clause_ids[j] == clause), None)
        for _ in range(3):  # a dependent or relative clause inside the content clause ("dass …, während … wohl …")
            if opener is None or opener == 0 or tokens[opener].text != "," or opener + 1 >= len(tokens) \
                    or tokens[opener + 1].text in voice.content_openers \
                    or tokens[opener + 1].text not in voice.content_inner_openers:
                break
            clause -= 1
            opener = next((j for j, t in enumerate(tokens) if clause_ids[j] == clause), None)
        if opener is None or _inside(quotes, tokens[opener].start, tokens[opener].end):
            return False
        if opener == 0:
            # a fronted content clause: "Dass … wohl …, belegt eine Erhebung der Kammer."
            if tokens[0].text.lower() not in voice.content_openers:
                return False
            later = clause + 1
            while True:
                at = next((j for j, t in enumerate(tokens) if clause_ids[j] == later), None)
                if at is None or tokens[at].text != ",":
                    return False
                if at + 1 < len(tokens) and tokens[at + 1].text in voice.content_inner_openers:
                    later += 1
                    continue
                break
            governing = [j for j in range(len(tokens)) if clause_ids[j] == later]
            opener = len(tokens)
        elif tokens[opener].text == ",":
            first = opener + 1
            if first >= len(tokens) or tokens[first].text not in voice.content_openers:
                return False
            governing = [j for j in range(opener) if clause_ids[j] == clause - 1]
        elif tokens[opener].text == ":":
            governing = [j for j in range(opener) if clause_ids[j] == clause - 1]
        else:
            return False
        if not governing:
            return False
        start, end = tokens[governing[0]].start, tokens[governing[-1]].end
        if tokens[governing[0]].text in (",", ":", "–", "—", "(", ";"):
            start = tokens[governing[0]].end
        where = {t.start: j for j, t in enumerate(tokens)}
        low = governing[0] if opener == len(tokens) else 0  # a fronted clause: the report noun comes after it
        for pattern, finding in ((voice.content_speech_verbs, False), (voice.content_finding_verbs, True)):
            if pattern is None:
                continue
            for m in pattern.finditer(self.text, start, end):
                verb = where.get(m.start())
                if verb is None or _inside(quotes, tokens[verb].start, tokens[verb].end):
                    continue
                if not finding and self._subject_named(tokens, verb):
                    return True
                if self._report_subject(tokens, low, opener, voice):
                    return True
        # a noun of saying with a named complement governs the clause: "die Warnung des Deichverbands, dass …"
        nouns = tuple(voice.content_speech_nouns)
        for j in governing[-8:]:
            word = tokens[j].text
            if nouns and word[:1].isupper() and word.lower().endswith(nouns) and j + 2 < opener \
                    and tokens[j + 1].text in ("des", "der", "von", "vom") and tokens[j + 2].kind == "word" \
                    and not self._vague_word(self.text[tokens[j + 1].start:tokens[opener - 1].end]):
                return True
        return False

    def _report_subject(self, tokens: tuple[Token, ...], low: int, limit: int, voice: Voice) -> bool:
        """A report noun between ``low`` and ``limit`` with a named complement ("einer Umfrage des Verbands X") or a
        definite, demonstrative or possessive article ("Die Studie", "ihre Auswertung")."""
        nouns = tuple(voice.report_nouns)
        for j in range(low, limit):
            word = tokens[j].text
            if not word[:1].isupper() or not word.lower().endswith(nouns) or word in self.vocab.speech_not_sources:
                continue
            if j > 0 and tokens[j - 1].text.lower() in voice.report_articles:
                return True
            if j + 2 < limit and tokens[j + 1].text in ("des", "der", "von", "vom", "im", "beim") \
                    and not self._vague_word(self.text[tokens[j + 1].start:tokens[min(j + 5, limit - 1)].end]):
                return True
        return False

    def _between_reports(self, sentence: Sentence) -> bool:
        """An indicative sentence between a named speaker and the Konjunktiv I that goes on reporting, same
        paragraph: "…, sagt er. Denn Risse zeigen sich möglicherweise erst spät. Dafür spreche eine Untersuchung."
        (the speaker's explanation, told in the indicative)."""
        speech = self.speech
        previous = self._previous_in_segment(sentence)
        index = self._index(sentence)
        if previous is None or index is None or index + 1 >= len(self.document.sentences):
            return False
        later = self.document.sentences[index + 1]
        if self.document.segment_at(later.start) is not self.document.segment_at(sentence.start):
            return False
        if speech.tag_end is None or not speech.tag_end.search(self.text[previous.start:previous.end]):
            return False
        # a plural Konjunktiv II stands for the Konjunktiv I that looks like the indicative ("hätten bereits
        # angerufen" for "haben"), but not the conjecture "dürfte" itself
        reported = self._has_konjunktiv(later) or any(
            t.text in speech.content_forms and not t.text.startswith("dürft") for t in later.tokens)
        return reported and not self._named_cue(later, quote_spans(later.tokens), own=False)

    def _first_person_before(self, sentence: Sentence, segment, quotes: list[tuple[int, int]]) -> bool:
        """An earlier sentence of the paragraph speaks in the first person outside quotes ("Ich kann verstehen,
        dass die Stadt alles schließt. Das muss wohl so sein."): the same speaker goes on."""
        if segment is None or segment.kind not in ("paragraph", "bullet"):
            return False
        singular = self.speech.first_singular  # "wir"/"uns" also speak for a shop sign or a prompt
        depth = 0  # "[… empfehlen wir Ihnen unsere App …]": a bracketed prompt is not the paragraph's speaker
        for earlier in self.document.sentences_in(segment):
            if earlier.start >= sentence.start:
                return False
            opener = next((t.start for t in earlier.tokens if t.kind == "word"), -1)
            for t in earlier.tokens:
                if t.text == "[":
                    depth += 1
                elif t.text == "]":
                    depth = max(0, depth - 1)
                elif not depth and (t.text in singular or t.start == opener and t.text.lower() in singular) \
                        and not _inside(quotes, t.start, t.end):
                    return True  # lowercase, or capitalised as the first word ("An ihr Ich gerichtet" is a noun)
        return False

    def _continues(self, tokens, clause_ids, marked: list[int], clauses: set[int], hits=()) -> bool:
        """The hedge's clause goes on with the reported clause after an insertion: "Dort werde die Sperrstunde,
        also Schluss um Mitternacht, offenbar nicht eingehalten" (no finite indicative verb of its own
        and no relative or coordinated clause opening it)."""
        first_marked = min(clause_ids[k] for k in marked)
        speech = self.speech
        for clause in clauses:
            if clause <= first_marked:
                return False
            words = [t.text for k, t in enumerate(tokens) if clause_ids[k] == clause and t.kind == "word"
                     and not any(h.start <= t.start < h.end for h in hits)]  # "soll … haben" is the hedge itself
            if not words or words[0].lower() in speech.clause_openers or words[0].lower() in RELATIVE_PRONOUNS \
                    or any(w in speech.indicative for w in words):
                return False
            # a tag between ends the reported words: "Man solle früher losfahren, riet der Minister, scheinbar …"
            if any(first_marked < clause_ids[k] < clause and speech.verbs.fullmatch(t.text)
                   for k, t in enumerate(tokens)):
                return False
        return True

    def _person_speaks(self, tokens, marked: list[int]) -> bool:
        """A singular Konjunktiv I next to "er"/"sie" ("Ja, sie kenne die Risiken"): the person
        named before speaks."""
        for k in marked:
            if tokens[k].text.endswith("e") and any(
                    0 <= j < len(tokens) and tokens[j].text in self.speech.pronouns for j in (k - 1, k + 1)):
                return True
        return False

    def _subordinate_after(self, tokens, clause_ids, marked: list[int], clauses: set[int]) -> bool:
        """The hedge in a clause that hangs on a reported one: "Es gebe Risiken, wenn Kunden dabei womöglich
        zu viel zahlen" (not a new main clause: "…, glaubt man wohl, …")."""
        first_marked = min(clause_ids[k] for k in marked)
        for clause in clauses:
            if clause <= first_marked:
                return False
            at = next((k for k, t in enumerate(tokens) if clause_ids[k] == clause and t.kind == "word"), None)
            opener = tokens[at].text.lower() if at is not None else ""
            relative = self.vocab.voice is not None and opener in self.vocab.voice.relative_pronouns \
                and at > 0 and tokens[at - 1].text == "," \
                and any(clause_ids[k] == clause - 1 for k in marked)  # "… seien Ausweise gezeigt worden, die angeblich …"
            if opener not in self.speech.dependent_openers and not relative:
                return False
        return True

    def _previous_in_segment(self, sentence: Sentence) -> Sentence | None:
        index = self._index(sentence)
        if not index:
            return None
        previous = self.document.sentences[index - 1]
        same = self.document.segment_at(previous.start) is self.document.segment_at(sentence.start)
        return previous if same else None

    def _has_konjunktiv(self, sentence: Sentence) -> bool:
        quotes = quote_spans(sentence.tokens)
        tokens = sentence.tokens
        return any(t.text in self.speech.konjunktiv and not _inside(quotes, t.start, t.end)
                   and not self._idiom(tokens, k) for k, t in enumerate(tokens))

    def _konjunktiv(self, tokens: tuple[Token, ...], k: int) -> bool:
        """A Konjunktiv I form in the hedge's own sentence: listed in [speech] konjunktiv, or by shape, a third person singular in -e
        whose indicative in -t is a word of the lexicon ("hänge"/"hängt", "liege"/"liegt"), not before a
        noun ("eine Frage") and not a word from `not_konjunktiv`."""
        word = tokens[k].text
        if word in self.speech.konjunktiv:
            return True
        if k == 0 or len(word) < 4 or not word.endswith("e") or word.endswith(("te", "ie", "ee")) \
                or not word.isalpha() or not word.islower() or word in self.speech.not_konjunktiv:
            return False
        if tokens[k - 1].text.lower() in DETERMINERS or tokens[k - 1].text in self.speech.first_person:
            return False
        following = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if following[:1].isupper() and tokens[k + 1].kind == "word" or following.islower() \
                and following.endswith(("e", "en", "er", "es", "em")) and following not in ANAPHORIC \
                and following not in DETERMINERS and following not in DATIVE_PRONOUNS and following != "ihnen":
            return False  # "meine Frage", "große Teile", "irre gewordene": an attributive word
        lexicon = self._lexicon()
        return lexicon is not None and word[:-1] + "t" in lexicon.words

    def _lexicon(self):
        if self._base is None:
            try:
                from newslint.spelling.lexicon import base_lexicon
                self._base = base_lexicon()
            except Exception:  # pragma: no cover - the lexicon is optional here
                self._base = False
        return self._base or None

    def _pointed_back(self, sentence: Sentence) -> bool:
        """The next sentence of the paragraph names who said this one: "Das berichten Forscher im Fachblatt
        X", "Dies teilte das Amt mit" (an opener from `back_openers` and a verb from `back_verbs`)."""
        speech = self.speech
        if not speech.back_verbs:
            return False
        index = self._index(sentence)
        if index is None or index + 1 >= len(self.document.sentences):
            return False
        later = self.document.sentences[index + 1]
        if self.document.segment_at(later.start) is not self.document.segment_at(sentence.start):
            return False
        words = [t.text for t in later.tokens if t.kind == "word"]
        if len(words) < 3 or words[0] not in speech.back_openers:
            return False
        # a filler before the verb ("Das jedenfalls berichten …"), unless the filler is the verb itself
        at = 2 if words[1] in speech.back_fillers and words[2] in speech.back_verbs else 1
        verb = words[at]
        if verb in speech.back_copulas and any(w in speech.back_results for w in words[at + 1:at + 4]):
            return True  # "Das ist das Ergebnis einer Umfrage …", "Das sind Zahlen des Amtes"
        at += 1
        while at < len(words) - 1 and words[at] in speech.back_skip:
            at += 1  # "Das geht aus einer Studie hervor"
        subject = words[at] if at < len(words) else ""
        noun_phrase = subject[:1].isupper() or subject in DETERMINERS or subject in POSSESSIVES \
            or subject.islower() and subject.endswith(("e", "en", "er"))  # "japanische Forscher"
        return verb in speech.back_verbs and noun_phrase and subject not in speech.not_subjects

    def _index(self, sentence: Sentence) -> int | None:
        if self._order is None:
            self._order = {s.start: k for k, s in enumerate(self.document.sentences)}
        return self._order.get(sentence.start)

    def _named_after(self, sentence: Sentence, ahead: int = 2) -> bool:
        """The speaker named in the next two sentences of the paragraph ("Dazu zitierte die SZ …")."""
        index = self._index(sentence)
        if index is None:
            return False
        segment = self.document.segment_at(sentence.start)
        for later in self.document.sentences[index + 1:index + 1 + ahead]:
            if self.document.segment_at(later.start) is not segment:
                return False
            # only a sentence that goes on reporting ("Auch er habe …, berichtet die Pflegerin") or points
            # back ("Dazu zitierte die SZ …"), not the next item of the story ("Beide erklärten …")
            first = next((t.text for t in later.tokens if t.kind == "word"), "")
            if not (first in self.speech.anaphoric_openers or self._has_konjunktiv(later)):
                continue
            if self._named_cue(later, quote_spans(later.tokens), own=False):
                return True
        return False

    def _addresses_reader(self, tokens: tuple[Token, ...], outside: list[int]) -> bool:
        """ "Möglicherweise haben Sie …", "in Ihrem Haushalt": formal "Sie" after a word (at a clause start
        it may be "they": ": Sie wissen …"), not inside a bracketed prompt ("[Lesen Sie hier …]") and not
        the imperative that opens a sentence ("Lesen Sie …")."""
        second = self.speech.second_person
        if not any(tokens[k].text in second for k in outside):
            return False
        depth = 0
        inside = set()
        for k, token in enumerate(tokens):
            if token.text == "[":
                depth += 1
            elif token.text == "]":
                depth = max(0, depth - 1)
            elif depth:
                inside.add(k)
        return any(tokens[k].text in second and k > 0 and tokens[k - 1].kind == "word" and k not in inside
                   and not (k == 1 and tokens[0].text.endswith("en"))
                   for k in outside)

    def _idiom(self, tokens: tuple[Token, ...], k: int) -> bool:
        """ "– sei es, dass …": the idiom, not reported speech."""
        return tokens[k].text == "sei" and k + 1 < len(tokens) and tokens[k + 1].text == "es" \
            and (k == 0 or tokens[k - 1].text in self.speech.not_konjunktiv_after)

    def qa_answers(self) -> frozenset[int]:
        """A Q/A layout without labels: paragraphs after a short question paragraph ("Zum Beispiel?") that
        speak in the first person somewhere ("Betrachten wir …"); an explainer's answers ("Was gilt
        bundesweit?") do not."""
        if self._qa is None:
            text, speech = self.text, self.speech
            body = [seg for seg in self.document.segments if seg.kind in ("paragraph", "bullet")]
            questions = {seg.start for seg in body if text[seg.start:seg.end].rstrip().endswith("?")
                         and seg.end - seg.start <= speech.qa_question_chars}
            answers = set()
            if len(questions) >= speech.qa_min_questions:
                after_question = False
                for seg in body:
                    if seg.start in questions:
                        after_question = True
                        continue
                    if after_question and any(t.text in speech.first_person for s in self.document.sentences_in(seg)
                                              for t in s.tokens):
                        answers.add(seg.start)
            answers |= self._qa_interview(body)
            self._qa = frozenset(answers)
        return self._qa

    def _qa_interview(self, body) -> set[int]:
        """An interview in Q/A layout without labels: at least `qa_interview_pairs` question paragraphs (ending
        in "?", up to `qa_interview_question_chars`) each followed by an answer paragraph, two answers in the
        first person outside quotes, a question that addresses the interviewee ("Sie") or half the answers in
        the first person, and pairs making up
        `qa_interview_share` of the paragraphs from the first question on, half the questions short
        (`qa_question_chars`). Then every paragraph
        from the first question on is the conversation, the interviewer's prompts and the answers without a
        first-person word too ("Der Zulauf nimmt in den nächsten Jahren wohl weiter zu")."""
        text, speech = self.text, self.speech
        limit = speech.qa_interview_question_chars
        asks = [text[seg.start:seg.end].rstrip().endswith("?") and seg.end - seg.start <= limit for seg in body]
        pairs = [k for k in range(len(body) - 1) if asks[k] and not asks[k + 1]]
        if len(pairs) < speech.qa_interview_pairs:
            return set()

        def words(seg):  # outside quotes: an explainer's answers quote people ("„Wir wissen …“, sagt X")
            tokens = [t for s in self.document.sentences_in(seg) for t in s.tokens]
            quoted = quote_spans(tokens)
            return [t.text for t in tokens if not _inside(quoted, t.start, t.end)]

        first_person = sum(1 for k in pairs if any(w in speech.first_person for w in words(body[k + 1])))
        addressed = sum(1 for k in pairs if any(w in speech.interview_address for w in words(body[k])[1:]))
        # an essay with a few rhetorical questions among many paragraphs is no conversation
        if len(pairs) < speech.qa_interview_share * (len(body) - pairs[0]):
            return set()
        if first_person < 2 or not addressed and first_person < len(pairs) / 2:
            return set()
        short = sum(1 for k in pairs if body[k].end - body[k].start <= speech.qa_question_chars)
        if 2 * short < len(pairs):
            return set()  # an essay's paragraphs ending in a question are long; an interviewer asks briefly
        return {seg.start for seg in body[pairs[0]:]}

    def in_interview(self, sentence: Sentence, segment) -> bool:
        """Whether the sentence belongs to an interview's conversation (Q/A layout with speaker labels)."""
        if self._answers is None:
            self._answers = self._interview()
        first, turns = self._answers
        if first is None or sentence.start < first or segment.kind not in ("paragraph", "bullet", "subheading"):
            return False
        return segment.kind != "subheading" or segment.start in turns

    def _interview(self) -> tuple[int | None, frozenset[int]]:
        """Where the conversation starts (the first speaker label) and the subheadings that are turns.

        Labels open a paragraph or, in hard-wrapped copy, a line inside one ("…?\nAnna Meier: Die …")."""
        text, speech = self.text, self.speech
        labels: dict[str, int] = {}
        first = None
        subheads: dict[int, str] = {}
        for seg in self.document.segments:
            if seg.kind == "subheading":
                match = speech.interview_label.match(text[seg.start:seg.end])
                if match:
                    subheads[seg.start] = match.group().strip()  # a turn only if paragraphs use the label
                continue
            if seg.kind not in ("paragraph", "bullet"):
                continue
            offset = seg.start
            for line in text[seg.start:seg.end].split("\n"):
                match = speech.interview_label.match(line)
                if match:
                    label = match.group().strip()
                    labels[label] = labels.get(label, 0) + 1
                    first = offset if first is None else first
                offset += len(line) + 1
        top = max(labels.values(), default=0)
        interview = top >= speech.interview_min_repeats or (
            top >= 2 and len(labels) >= 2 and sum(labels.values()) >= speech.interview_min_labels)
        if not interview:
            return None, frozenset()
        return first, frozenset(start for start, label in subheads.items() if label in labels)

    def _context_named(self, sentence: Sentence, back: int = 12, across: bool = True) -> bool:
        """Konjunktiv I continues a named source: one of the sentences before it (this paragraph and the
        three before, at most twelve sentences) names a speaker. In news copy a Konjunktiv I is reported
        speech; a source cue before it, even with indicative sentences between, is the speaker."""
        sentences = self.document.sentences
        index = self._index(sentence)
        if index is None:
            return False
        segment = self.document.segment_at(sentence.start)
        crossed = 0
        for earlier in range(index - 1, max(index - 1 - back, -1), -1):
            previous = sentences[earlier]
            owner = self.document.segment_at(previous.start)
            if owner is not segment:
                segment = owner
                if owner is None or not across or owner.kind in ("headline", "teaser"):
                    return False
                if owner.is_display:
                    continue  # a subheading between paragraphs of the same report
                crossed += 1
                if crossed > 3:
                    return False
            quotes = quote_spans(previous.tokens)
            if self._named_cue(previous, quotes, own=False):
                return True
        return False

    def _named_cue(self, sentence: Sentence, quotes: list[tuple[int, int]], own: bool,
                   hedges: list[Hit] = (), after: int = -1) -> bool:
        """A named source cue in the sentence; ``own``: not the speaker tag of a quote ("„…“, sagte X",
        "X ergänzte: „…“") and not part of the hedge ("sollen … erklärt haben")."""
        text, speech = self.text, self.speech
        start0 = sentence.start

        def usable(at: int, verb: bool = False) -> bool:
            if at < after:
                return False  # only the words after a colon ([voice], _voice_source)
            if _inside(quotes, at, at + 1) or verb and any(h.start <= at < h.end for h in hedges):
                return False  # a verb inside the hedge is its own ("sollen … erklärt haben")
            if not own:
                return True
            before = text[start0:at].rstrip(" ,–—-")
            if not before.endswith(_CLOSING_MARKS):
                return True
            # the speaker tag of a quote, unless the quote is a word or two ("kein „großer Wurf“, sagte X")
            quote = next((q for q in quotes if q[1] == start0 + len(before)), None)
            if quote is None:
                return False
            if len(text[quote[0]:quote[1]].split()) <= 3:
                return True
            # the quote as a complement of the words before it ("Die Händler gehen wohl davon aus, „dass
            # …“, vermutet X"): the tag covers them; after a colon the writer introduced the quote
            frame = text[start0:quote[0]]
            return bool(frame.strip()) and ":" not in frame and any(start0 <= h.start < quote[0] for h in hedges)

        for pattern in speech.phrases:
            for start, end, group in _find(pattern, text, sentence):
                if usable(start) and not self._vague_word(text[start:min(end + 40, sentence.end)]):
                    return True
        tokens = sentence.tokens
        for start, end, word in _find(speech.verbs, text, sentence):
            if not usable(start, verb=True):
                continue
            index = next((k for k, t in enumerate(tokens) if t.start == start), None)
            if index is None:
                continue
            later = {t.text for t in tokens[index + 1:]}
            particles = next((p for verb, p in speech.separable if word.startswith(verb)), None)
            particle = None if particles is None else next((p for p in particles if p in later), "")
            if particle == "" or later & speech.not_with:
                continue
            if own and self._introduces_quote(tokens, index, quotes) \
                    and not (index > 0 and tokens[index - 1].text in (",", "–", "—", "-")):
                continue  # "X sagte: „…“" tags the quote; ", hofft Lin: „…“" tags the words before too
            if self._relative(tokens, index):
                continue  # "Ebert, der … ergänzte", "von dem auch X sprach": not the sentence's source
            # before a Konjunktiv I sentence any verb of saying with a named subject introduces it
            # ("Müller räumte Fehler ein. Die Reform sei …"); in the hedge's own sentence it must tag or
            # introduce the words
            if not self._subject_named(tokens, index):
                continue
            if not own:
                return True
            shape = self._speech_shape(tokens, index, particle, word in speech.tag_only)
            # the reported words stand before a tag and after an introduction
            # a tag between commas is a parenthesis inside the words: "vier Seiten, sagt er, dürften reichen"
            if shape == "tag" and (any(h.start < start for h in hedges) or self._parenthetical(tokens, index)) \
                    or shape is not None and shape != "tag" and any(h.start > shape for h in hedges):
                return True
        return False

    def _parenthetical(self, tokens: tuple[Token, ...], index: int) -> bool:
        """ ", sagt er, …": the tag after the verb (up to four words) closes with a comma and the words go on."""
        for k in range(index + 1, min(index + 6, len(tokens) - 1)):
            if tokens[k].text == ",":  # the reported sentence's own verb follows
                word = tokens[k + 1].text
                return word in self.vocab_main_verbs or word in self.speech.konjunktiv or word in self.speech.content_forms
            if tokens[k].kind != "word":
                return False
        return False

    @staticmethod
    def _introduces_quote(tokens: tuple[Token, ...], index: int, quotes: list[tuple[int, int]]) -> bool:
        """ "X sagte: „…“": the verb introduces a quote, not the hedge outside it."""
        for k in range(index + 1, min(index + 8, len(tokens))):
            if tokens[k].text == ":":
                return k + 1 < len(tokens) and _inside(quotes, tokens[k + 1].start, tokens[k + 1].end)
        return False

    @staticmethod
    def _relative(tokens: tuple[Token, ...], index: int) -> bool:
        """The verb ends a relative clause: ", der … sagte", ", von dem … sprach"."""
        k = index - 1
        while k >= 0 and tokens[k].text not in (",", "(", "–", "—", ":"):
            k -= 1
        if k == index - 1:
            return False
        if k < 0:  # at the sentence start only a free relative: "Wer über … berichtet, macht sich …"
            return bool(tokens) and tokens[0].text.lower() in ("wer", "was")
        first = tokens[k + 1].text.lower()
        second = tokens[k + 2].text.lower() if k + 2 < index else ""
        return first in RELATIVE_PRONOUNS or (first in PREPOSITIONS and second in RELATIVE_PRONOUNS)

    def _speech_shape(self, tokens: tuple[Token, ...], index: int, particle: str | None,
                      tag_only: bool) -> str | int | None:
        """ "tag" after the words (", sagte X", "– räumt X ein"), the offset where they start after an
        introduction ("X sagte am Montag,
        der Täter sei …", "X teilte mit, dass …", "X sagte: …"), else None. After an introducing comma
        the words need a Konjunktiv ("X kritisiert die Absagen, und er weiß angeblich …" is no speech);
        ``tag_only`` verbs ("findet") introduce only before "dass" or a colon."""
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if index > 0 and tokens[index - 1].text in (",", "–", "—", "-") and following is not None \
                and following.kind == "word" and following.text not in self.speech.coordinating_adverbs \
                and following.text != particle:  # "…, ließ durchblicken, dass …" introduces
            return "tag"  # inverted: ", sagte Müller" (not "Brenner, der Vermieter, sagt, er …")
        comma = next((k for k in range(index - 1, max(index - 8, -1), -1) if tokens[k].text == ","), None)
        if comma is not None and comma + 1 < index and tokens[comma + 1].text in ("hat", "haben", "hatte", "hatten") \
                and (following is None or following.text in (".", "!")):
            return "tag"  # a perfect tag at the end: "…, hat der Verband berechnet."
        after = index + 1
        if particle:
            after = next((k + 1 for k in range(index + 1, len(tokens)) if tokens[k].text == particle), after)
        if after < len(tokens) and tokens[after].text == "," and (after > index + 1 or particle is None) \
                and (not tag_only or tokens[index].text in self.speech.comma_intro) \
                and not (after + 1 < len(tokens) and tokens[after + 1].text.lower() in self.speech.clause_openers):
            return tokens[after].end  # "Der Arzt glaubt, die Regeln …", "X teilte mit, …": the comma right after
        for k in range(after, min(after + 5, len(tokens))):
            word = tokens[k].text
            if word == ":" or word == "dass":
                return tokens[k].end  # "Nun gehen die Fans wohl davon aus, dass …": the hedge before
            if word == ",":
                if k + 1 < len(tokens) and tokens[k + 1].text == "dass":
                    return tokens[k].end
                forms = self.speech.konjunktiv | self.speech.content_forms
                if not tag_only and any(t.text in forms for t in tokens[k + 1:]):
                    return tokens[k].end
                return None
        return None

    def _vague_word(self, phrase: str) -> bool:
        words = regex.findall(r"[\w-]+", regex.split(r"[,.;:!?]", phrase, maxsplit=1)[0])
        names: list[str] = []  # the nouns of the source: "nach Angaben der spanischen Polizei"
        while words and words[0].lower() in PHRASE_LEADS:
            words = words[1:]  # "laut", "nach", ", so", "Für", "wie"; "X zufolge" starts with its source
        expecting = True
        for word in words:
            if word[:1].isupper():
                names.append(word)
                expecting = False
            elif not expecting and word in ("des", "der", "von", "vom"):
                expecting = True
            elif not expecting or word not in DETERMINERS and not word.endswith(("e", "en", "er", "es", "em")):
                break
        # "laut Experten des Ifo-Instituts" is named, "nach Einschätzung von Ökonomen" is not
        return bool(names) and all(w.lower().endswith(self.vocab.noun_suffixes) or w in self.vocab.speech_not_sources
                                   for w in names)

    def _subject_named(self, tokens: tuple[Token, ...], index: int) -> bool:
        """The verb's subject is a name or "er"/"sie": after the verb ("sagte Müller"), else before it."""
        speech = self.speech
        before = index - 1
        while before > 0 and tokens[before].text in AUXILIARIES:
            before -= 1  # "Befragungen hatten angedeutet, …"
        if before > 0 and tokens[before].text == ")":  # "Petra Sommer (SPD) kündigte an, …"
            opening = next((k for k in range(before - 1, max(before - 6, 0), -1) if tokens[k].text == "("), None)
            if opening is not None and opening > 0:
                before = opening - 1
        if before > 0 and tokens[before].text == "," and index + 1 < len(tokens) \
                and tokens[index + 1].text in speech.coordinating_adverbs:
            before = next((k for k, t in enumerate(tokens) if t.kind == "word"), 0)  # "X wies hin, räumte aber ein"
        elif before > 0 and tokens[before].text == ",":  # "Jens Kolb, Präsident des Vereins, sieht es so: …"
            opening = next((k for k in range(before - 1, max(before - 9, 0), -1) if tokens[k].text == ","), None)
            if opening is not None and opening > 0:
                before = opening - 1
        for after, span in ((True, tokens[index + 1:index + 5]), (False, tokens[max(0, before):before + 1])):
            for at, token in enumerate(span):
                word = token.text
                if token.kind != "word":
                    break
                if word in speech.pronouns:
                    return True
                if after and word == "es":
                    continue  # the object: "sieht es pragmatisch", "sagte es so"
                if after and word == "das" and at + 1 < len(span) and span[at + 1].text[:1].isupper():
                    continue  # the article: "teilte das Ministerium mit"
                if word in speech.not_subjects:
                    return False
                if word[:1].isupper():
                    if after and any(t.text.lower() in DEFINITE for t in span[:at]) and word not in self.vocab.speech_not_sources:
                        return True  # anaphora: "…, schreiben die britischen Forscher" (those named before)
                    return not (word.lower().endswith(self.vocab.noun_suffixes) or word in self.vocab.speech_not_sources)
                if word not in DETERMINERS and word not in POSSESSIVES and word not in DATIVE_PRONOUNS \
                        and not word.endswith(("e", "en", "er")):
                    break  # "sagte am Montag": no subject after the verb; look before it
        return False


def _layer_sources(document) -> frozenset[int]:
    """Starts of sentences that name their own source, from the shared attribution layer.

    ``newslint.analysis.attribution`` (shared with the figures rules) is used when installed; the
    cues in hedging.toml [source] are checked as well, so NL403 works without it.
    """
    try:
        from newslint.analysis.attribution import attributions
    except ImportError:  # pragma: no cover - the layer is optional for this plugin
        return frozenset()
    layer = attributions(document)
    return frozenset(sentence.start for sentence, source in zip(document.sentences, layer.sentences)
                     if source.own and source.named and not source.vague)


class _SegmentQuotes:
    """A segment's quote spans, computed on the first call (only sentences with a finding need them)."""

    __slots__ = ("sentences", "spans", "document", "segment", "carried")

    def __init__(self, sentences, document=None, segment=None, carried: dict | None = None) -> None:
        self.sentences, self.spans = sentences, None
        self.document, self.segment, self.carried = document, segment, carried

    def __call__(self) -> list[tuple[int, int]]:
        if self.spans is None:
            tokens = [t for s in self.sentences for t in s.tokens]
            closes = None
            if self.document is not None and self.carried is not None:
                if "spans" not in self.carried:
                    self.carried["spans"] = _carried_quotes(self.document)
                closes = self.carried["spans"].get(self.segment.start)
            if closes is None:
                self.spans = quote_spans(tokens)
            else:  # a quote opened in an earlier paragraph goes on up to its closing mark
                self.spans = [(self.segment.start, closes)] + quote_spans([t for t in tokens if t.start >= closes])
        return self.spans


def _quote_mark(tokens, k: int) -> str:
    """ "open" or "close" for a one-character quote mark token at ``k`` by its spacing (a closing mark
    sticks to the word before it, an opening mark to the word after it), else ""."""
    token = tokens[k]
    if token.kind != "punct" or len(token.text) != 1 or token.text not in QUOTE_PAIRS and token.text not in "“”«»\"":
        return ""
    glued_before = k > 0 and tokens[k - 1].end == token.start
    glued_after = k + 1 < len(tokens) and tokens[k + 1].start == token.end
    if glued_before and not glued_after or glued_before and tokens[k + 1].kind == "punct":
        return "close"
    return "open" if token.text in QUOTE_PAIRS else "close"


def _carried_quotes(document, most: int = 10) -> dict[int, int]:
    """Paragraphs inside a direct quote opened in an earlier paragraph and not closed there (no quote mark
    of their own until the closing one): segment start -> end of the carried part (the closing mark's end,
    or the paragraph's end). Confirmed only when the quote closes within ``most`` paragraphs; a heading
    or a new opening mark first drops it."""
    result: dict[int, int] = {}
    closers, waiting = "", []
    for segment in document.segments:
        if segment.kind not in ("paragraph", "bullet"):
            closers, waiting = "", []
            continue
        if not any(mark in document.text[segment.start:segment.end] for mark in QUOTE_CHARS):
            if closers:  # no quote mark at all: inside the carried quote, or nothing to do
                waiting.append((segment.start, segment.end))
                if len(waiting) > most:
                    closers, waiting = "", []
            continue
        tokens = [t for s in document.sentences_in(segment) for t in s.tokens]
        if closers:
            first = next((k for k in range(len(tokens)) if _quote_mark(tokens, k)), None)
            if first is None:
                waiting.append((segment.start, segment.end))
                if len(waiting) > most:
                    closers, waiting = "", []
                continue
            if tokens[first].text in closers and _quote_mark(tokens, first) == "close":
                result.update(waiting)
                result[segment.start] = tokens[first].end
                tokens = tokens[first + 1:]
            closers, waiting = "", []
        open_mark = ""
        for k, token in enumerate(tokens):
            if token.kind != "punct" or len(token.text) != 1:
                continue
            if not open_mark and token.text in QUOTE_PAIRS:
                open_mark = token.text
            elif open_mark and token.text in QUOTE_PAIRS[open_mark]:
                open_mark = ""
        if open_mark:
            closers = QUOTE_PAIRS[open_mark]
    return result


class _LazyClauses:
    """Clause numbers of a sentence's tokens, computed on first use (most sentences hold no hedge)."""

    __slots__ = ("tokens", "_ids")

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.tokens, self._ids = tokens, None

    def ids(self) -> list[int]:
        if self._ids is None:
            self._ids = _clause_ids(self.tokens)
        return self._ids

    def __getitem__(self, index: int) -> int:
        return self.ids()[index]

    def __iter__(self):
        return iter(self.ids())


def _check_sentence(sentence, segment, text, vocab, quotes, allow, display_kinds, s401, s404,
                    layer_named=lambda start: False, others=None, words: bool = True, noun: bool | None = None,
                    lowered: str | None = None, previous: Sentence | None = None, plain=None,
                    asked: Sentence | None = None) -> list[Finding]:
    """The NL4xx findings of one sentence: find hedges and vague sources, drop those that are nobody's
    claim (quotes, allowed words, legal wording, someone else's words), then report.

    ``words``: the sentence holds a token a hedge word or "soll" can start from; ``noun``: it may
    hold a vague source noun (None: not known); both only let sentences skip scans.
    """
    tokens = sentence.tokens
    clause_ids = _LazyClauses(tokens)
    if lowered is None:
        lowered = text[sentence.start:sentence.end].lower()
    if any(t.text == "?" for t in tokens[-3:]):
        hits = []  # a question claims nothing
    elif words:
        hits = _word_hits(sentence, vocab, clause_ids, previous) + _phrase_hits(sentence, vocab, text, lowered) \
            + _hearsay(sentence, vocab, text)
    else:
        hits = _phrase_hits(sentence, vocab, text, lowered)
    vague = _vague_sources(sentence, text, vocab, lowered, noun)
    if not hits and not vague:
        return []
    if hits and _short_answer(tokens, previous or asked, vocab):
        hits = []  # nor the short answer to one ("Überrascht vom Ergebnis? Vermutlich, ja.")
    if hits and vocab.question_openers:
        hits = _outside_question_subject(hits, tokens, clause_ids, vocab)
    if callable(quotes):  # the segment's quotes, computed on first need
        quotes = quotes()
    kept = _kept_hedges(hits, sentence, text, vocab, quotes, allow, s401)
    if others is not None and any(not hit.vague for hit in kept) \
            and others(sentence, segment, quotes, [hit for hit in kept if not hit.vague], clause_ids):
        kept = [hit for hit in kept if hit.vague]  # someone else's words: like a quote
    if plain is not None and kept and segment.kind not in display_kinds:
        kept = plain(sentence, segment, quotes, kept, clause_ids)  # forecasts, the author's guesses
    if not vague and not kept:
        return []

    # vague sources (NL404), and vague hedges that carry a claim
    figure = _has_figure(sentence, vocab)
    claim = figure or _has_strong_cue(sentence, vocab)
    require_claim = s404.get("require_claim", True)
    reported_vague = [hit for hit, content in vague
                      if not (s404.get("ignore_in_quotes", True) and _inside(quotes, hit.start, hit.end))
                      and not (require_claim and not (claim or content))]
    hedges: list[Hit] = []
    for hit in kept:
        if hit.vague and (claim or not require_claim):
            reported_vague.append(hit)
        else:
            hedges.append(hit)
    findings = [_vague_finding(hit, text, figure) for hit in _dedupe(reported_vague)]
    findings += _hedge_findings(sentence, segment, text, vocab, hedges, clause_ids, display_kinds,
                                lambda: _named_source(sentence, text, vocab, [(h.start, h.end) for h in reported_vague],
                                                      segment.start) or layer_named(sentence.start))
    return findings


class _PlainGuesses:
    """NL401 settings ``ignore_forecasts`` and ``ignore_author_voice``: drop a single hedge (two in one clause
    stay NL402) that weakens no claim of fact one can check now: a prediction without a date or a figure
    ([forecast]), or a conjecture in a paragraph or document that speaks in the author's voice ([author_voice]).
    Display copy is left to NL403."""

    def __init__(self, document, vocab: Vocabulary, forecast: "Forecast | None", voice: "AuthorVoice | None") -> None:
        self.document, self.vocab, self.forecast, self.voice = document, vocab, forecast or None, voice or None
        self._document_voice: bool | None = None
        self._paragraphs: dict[int, bool] = {}

    def __call__(self, sentence: Sentence, segment, quotes, hits: list[Hit], clause_ids) -> list[Hit]:
        tokens = sentence.tokens
        index_of = {t.start: k for k, t in enumerate(tokens)}
        strong = [h for h in hits if not h.vague and not h.weak]
        kept = []
        for hit in hits:
            k = index_of.get(hit.anchor_start)
            if hit.vague or hit.weak or k is None:
                kept.append(hit)
                continue
            clause = clause_ids[k]
            alone = not any(other is not hit and clause_ids[index_of.get(other.anchor_start, k)] == clause
                            for other in strong) and not any(
                h.weak and _near_hedge(h, [hit], index_of) for h in hits)
            if alone and (self.forecast is not None and _forecast(self.forecast, tokens, clause_ids, k, self.vocab)
                          or self.voice is not None and self._authors_guess(sentence, segment, quotes, tokens, clause_ids, k)):
                continue
            kept.append(hit)
        return kept

    def _authors_guess(self, sentence: Sentence, segment, quotes, tokens, clause_ids, k: int) -> bool:
        voice = self.voice
        if tokens[k].text.lower() not in voice.hedges:
            return False
        if self.vocab.forecast is not None and _past_claim(
                self.vocab.forecast, [t for t in _clause_tokens(tokens, clause_ids, k) if t.kind == "word"],
                self.vocab):
            return False  # a guess about the past is a claim one can check, whoever speaks
        if voice.paragraph and segment.kind in ("paragraph", "bullet"):
            if segment.start not in self._paragraphs:
                self._paragraphs[segment.start] = self._paragraph_voice(segment, quotes)
            if self._paragraphs[segment.start]:
                return True
        if self._document_voice is None:
            self._document_voice = self._count_document()
        return self._document_voice

    def _speaks(self, sentence: Sentence, quotes) -> bool:
        """The sentence holds a first-person or reader-address word outside quotes and brackets."""
        depth = 0
        for t in sentence.tokens:
            if t.text == "[":
                depth += 1
            elif t.text == "]":
                depth = max(0, depth - 1)
            elif not depth and t.text.lower() in self.voice.words and not _inside(quotes, t.start, t.end):
                return True
        return False

    def _rhetorical(self, sentences, n: int, quotes) -> bool:
        """A question outside quotes inside a paragraph, after its first sentence (an explainer's questions
        stand alone as headings or open their paragraph)."""
        last = sentences[n].tokens[-1]
        return n > 0 and last.text == "?" and not _inside(quotes, last.start, last.end)

    def _paragraph_voice(self, segment, quotes) -> bool:
        return any(self._speaks(s, quotes) for s in self.document.sentences_in(segment))

    def _count_document(self) -> bool:
        speaking = total = 0
        for segment in self.document.segments:
            if segment.kind not in ("paragraph", "bullet"):
                continue
            sentences = self.document.sentences_in(segment)
            quotes = quote_spans([t for s in sentences for t in s.tokens])
            for n, s in enumerate(sentences):
                total += 1
                if self._speaks(s, quotes) or self._rhetorical(sentences, n, quotes):
                    speaking += 1
        return speaking >= self.voice.document_min and speaking >= self.voice.document_share * total


def _past_claim(fc: "Forecast", words: list[Token], vocab: Vocabulary) -> bool:
    """The clause's words speak about the past: a past tense ("Bald war wohl klar"), a perfect infinitive
    ("dürfte … eingestiegen sein", "dürften … gerettet haben") or a perfect ("hat wohl … verstoßen")."""
    if not words:
        return False
    if any(t.text.lower() in fc.past_forms for t in words):
        return True
    last = words[-1]
    if len(words) >= 2 and last.text in fc.perfect_auxiliaries and is_participle(words[-2], vocab):
        return True
    return is_participle(last, vocab) and any(t.text in fc.perfect_finite for t in words)


def _forecast(fc: "Forecast", tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """[forecast]: the hedge at ``i`` weakens a prediction, not a claim of fact: its clause points to the future
    (a time word such as "künftig", "im kommenden Jahr"; a verb of change or "werden/bleiben" after "dürfte" or
    "wird"; a future tense "wird … wohl …" + infinitive) and holds no date, weekday, month or figure (a dated or
    quantified forecast can be held to account), no past tense and no perfect infinitive ("dürfte durch das
    Fenster eingestiegen sein" is a guess about the past)."""
    word = tokens[i].text.lower()
    if word not in fc.hedges:
        return False
    clause = _clause_tokens(tokens, clause_ids, i)
    words = [t for t in clause if t.kind == "word"]
    if not words or any(t.kind in ("number", "ordinal", "date") for t in clause) \
            or any(t.text in fc.date_words or t.text in vocab.figure_words for t in words):
        return False
    if any(t.text.lower() in fc.past_forms for t in words):
        return False  # "Bald war wohl klar, …"
    last = words[-1]
    if any(t.text in fc.time_words or t is words[0] and t.start == tokens[0].start and t.text.lower() in fc.time_words
           for t in words):
        return last.text != "haben"  # "Künftig dürften sie auf Spenden angewiesen sein" (not "… gemerkt haben")
    if _past_claim(fc, words, vocab):
        return False  # "dürfte … eingestiegen sein", "hat wohl … geändert"
    if last.text == "werden" and len(words) >= 2 and is_participle(words[-2], vocab):
        return False  # a passive ("Die Fragen dürften im Ausschuss gestellt werden"): no change named
    modal = any(t.text in fc.conjecture_modals or t.text in fc.future_auxiliaries for t in words)
    if modal and last.text in fc.change_verbs:
        return True  # "Die Preise dürften weiter steigen", "Es dürfte knapp werden"
    return word not in fc.conjecture_modals and any(t.text in fc.future_auxiliaries for t in words) \
        and last.start > tokens[i].start and last.text.islower() and last.text.endswith(("en", "ern", "eln")) \
        and not is_participle(last, vocab) and last.text not in fc.not_future_infinitives
        # "Die Halle wird wohl leer stehen" (not "Das wird wohl stimmen": a guess about the present)


def _kept_hedges(hits: list[Hit], sentence: Sentence, text: str, vocab: Vocabulary, quotes: list[tuple[int, int]],
                 allow: set[str], s401: dict[str, Any]) -> list[Hit]:
    """The hedges that are the writer's: not inside a quote, not an allowed word, not legal wording."""
    kept: list[Hit] = []
    for hit in hits:
        if s401.get("ignore_in_quotes", True) and _inside(quotes, hit.anchor_start, hit.anchor_end):
            continue
        if hit.entry.lower() in allow or text[hit.anchor_start:hit.anchor_end].lower() in allow:
            continue
        if s401.get("allow_legal", True) and any(e.id == hit.entry and e.legal for e in vocab.entries) \
                and _is_legal(hit, sentence, vocab):
            continue
        kept.append(hit)
    return kept


def _vague_finding(hit: Hit, text: str, figure: bool) -> Finding:
    phrase = text[hit.start:hit.end]
    what_de = "eine Zahl" if figure else "eine starke Behauptung"
    what_en = "a figure" if figure else "a strong claim"
    return Finding("NL404", hit.start, hit.end,
                   f"Vage Quelle „{phrase}“ trägt {what_de}: Wer genau? Quelle nennen.",
                   f"vague attribution '{phrase}' carries {what_en}: name who says it")


def _hedge_findings(sentence: Sentence, segment, text: str, vocab: Vocabulary, hedges: list[Hit], clause_ids,
                    display_kinds: set[str], names_source) -> list[Finding]:
    """One finding per clause: NL403 in display copy without a named source (``names_source()``,
    asked once and only there), else NL402 for two or more hedges, else NL401 per hedge."""
    tokens = sentence.tokens
    index_of = {t.start: k for k, t in enumerate(tokens)}
    clusters: dict[int, list[Hit]] = {}
    for hit in sorted(hedges, key=lambda h: h.anchor_start):
        position = index_of.get(hit.anchor_start)
        if position is None:  # a phrase starting mid-token cannot happen; be safe
            position = max((k for k, t in enumerate(tokens) if t.start <= hit.anchor_start), default=0)
        clusters.setdefault(clause_ids[position], []).append(hit)
    display = segment.kind in display_kinds
    named = None
    findings: list[Finding] = []
    for cluster in clusters.values():
        strong_hits = [h for h in cluster if not h.weak]
        if not strong_hits:
            continue
        # a bare "soll" stacks only with a hedge right after it ("sollen wohl", "soll demnach offenbar");
        # further away it is usually a plan or purpose ("Sie sollen den Ausstoß von möglicherweise …")
        cluster = [h for h in cluster if not h.weak or _near_hedge(h, strong_hits, index_of)]
        if display:
            if named is None:
                named = names_source()
            if not named:
                first, last = strong_hits[0], strong_hits[-1]
                words = "“, „".join(text[h.anchor_start:h.anchor_end] for h in strong_hits)
                findings.append(Finding(
                    "NL403", first.anchor_start, last.anchor_end,
                    f"Abschwächung „{words}“ in {KIND_DE[segment.kind] if segment.kind in KIND_DE else 'Anzeigetext'} "
                    "ohne genannte Quelle: Quelle nennen oder Aussage belegen.",
                    f"hedge '{words}' in {KIND_EN.get(segment.kind, segment.kind)} without a named source"))
                continue
        if len(cluster) >= 2:
            words = "“ … „".join(text[h.anchor_start:h.anchor_end] for h in cluster)
            findings.append(Finding(
                "NL402", cluster[0].anchor_start, max(h.anchor_end for h in cluster),
                f"Gehäufte Abschwächung „{words}“ in einer Aussage: eine genügt, eine Quelle ist besser.",
                f"stacked hedges '{words}' on one claim: one is enough, a source is better"))
            continue
        for hit in strong_hits:
            phrase = text[hit.start:hit.end]
            findings.append(Finding(
                "NL401", hit.start, hit.end,
                f"Abschwächung „{phrase}“ schwächt die Aussage: Quelle nennen oder Aussage belegen.",
                f"hedge '{phrase}' weakens the claim: name the source or verify it"))
    return findings


def _near_hedge(weak: Hit, others: list[Hit], index_of: dict[int, int], distance: int = 3) -> bool:
    position = index_of.get(weak.anchor_start, -100)
    return any(0 < index_of.get(h.anchor_start, -100) - position <= distance for h in others)


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """Drop vague hits that overlap an earlier, longer one ("laut Experten" and "Experten zufolge")."""
    result: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if any(hit.start < kept.end and kept.start < hit.end for kept in result):
            continue
        result.append(hit)
    return result


@hookimpl
def newslint_check(document, config):
    if not any(config.is_selected(code, document.path) for code in CODES):
        return []
    return analyze(document, config)
