"""The hedging vocabulary: rules/hedging.toml read into dataclasses, and closed German word classes.

Language lives in the TOML file; these classes only give it names and types, so the detection
modules can ask ``vocab.forecast.future_words`` instead of digging through dictionaries.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.config import tomllib
from newslint.patterns import compile_pattern


DATA_FILE = Path(__file__).parent.parent / "hedging.toml"  # beside the other rule data in rules/


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
    conjecture_cues: frozenset[str] = frozenset()
    directional_ends: frozenset[str] = frozenset()
    directional_prepositions: frozenset[str] = frozenset()
    directional_restrictions: frozenset[str] = frozenset()
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
    direct_question_openers: frozenset[str] = frozenset()
    direct_question_verbs: frozenset[str] = frozenset()
    token_forms: frozenset[str] = frozenset()  # every token text word_hits or hearsay can start from
    conditional_openers: frozenset[str] = frozenset()
    concessive_openers: frozenset[str] = frozenset()
    concessive_markers: frozenset[str] = frozenset()
    concessive_counters: frozenset[str] = frozenset()
    question_clause_openers: frozenset[str] = frozenset()
    future_clause_openers: frozenset[str] = frozenset()
    unreal_clause_openers: frozenset[str] = frozenset()
    example_articles: frozenset[str] = frozenset()
    purpose_clause_openers: frozenset[str] = frozenset()
    conditional_clause_openers: frozenset[str] = frozenset()
    generic_subjects: frozenset[str] = frozenset()
    generic_hedges: frozenset[str] = frozenset()
    generic_not_after: frozenset[str] = frozenset()
    purpose_continuations: frozenset[str] = frozenset()
    purpose_particles: frozenset[str] = frozenset()
    concessive_marks: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    speech_not_subjects_all: frozenset[str] = frozenset()
    attributive_comparative_after: frozenset[str] = frozenset()
    v1_endings: tuple[str, ...] = ()
    wish_words: frozenset[str] = frozenset()
    wish_forms: frozenset[str] = frozenset()
    answer_words: int = 0
    v1_not: frozenset[str] = frozenset()
    v1_forms: frozenset[str] = frozenset()
    attitude_nouns: frozenset[str] = frozenset()
    degree_words: frozenset[str] = frozenset()
    v1_subjects: frozenset[str] = frozenset()
    main_verbs: frozenset[str] = frozenset()
    concession_next: Any = None
    appearance_hedges: frozenset[str] = frozenset()
    appearance_contrast_next: Any = None
    refuted_hedges: frozenset[str] = frozenset()
    evidence_hedges: frozenset[str] = frozenset()
    evidence_openers: frozenset[str] = frozenset()
    refuted_next: Any = None
    search_infinitive: Any = None
    voice: "Voice | None" = None
    forecast: "Forecast | None" = None
    author_voice: "AuthorVoice | None" = None
    no_claim: "NoClaim | None" = None
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
    hypothetical_full: frozenset[str] = frozenset()
    coordinating_adverbs: frozenset[str] = frozenset()
    back_copulas: frozenset[str] = frozenset()
    first_singular: frozenset[str] = frozenset()
    tag_end: Any = None
    back_results: frozenset[str] = frozenset()
    indicative: frozenset[str] = frozenset()
    konjunktiv_plural: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    guess_tag_end: Any = None
    adjacent_tag: Any = None
    release_tag: Any = None
    back_conclusion: Any = None
    adjacent_not_sources: frozenset[str] = frozenset()
    adjacent_not_openers: frozenset[str] = frozenset()
    adjacent_across_openers: frozenset[str] = frozenset()
    guess_openers: frozenset[str] = frozenset()
    # session 6: sources carried over from the sentence next to a hedge
    reasoning_adverbs: frozenset[str] = frozenset()
    condition_words: frozenset[str] = frozenset()
    condition_openers: frozenset[str] = frozenset()
    so_openers: frozenset[str] = frozenset()
    conjecture_words: frozenset[str] = frozenset()
    caution_next: Any = None
    caution_quote: frozenset[str] = frozenset()
    back_articles: frozenset[str] = frozenset()
    retelling_verbs: frozenset[str] = frozenset()
    outlet_verbs: frozenset[str] = frozenset()
    charge_statement: Any = None
    charge_source: Any = None
    # session 6, round 2 (hedA2)
    basis_named: Any = None
    colon_frame_verbs: frozenset[str] = frozenset()
    told_intro: Any = None
    heard_tag: Any = None
    naming_verbs: frozenset[str] = frozenset()
    naming_hedges: frozenset[str] = frozenset()

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
            "guess_tag_end": compile_pattern(data["guess_tag_end"], "hedging.toml: speech.guess_tag_end")
            if "guess_tag_end" in data else None,
            "adjacent_tag": compile_pattern(data["adjacent_tag"], "hedging.toml: speech.adjacent_tag")
            if "adjacent_tag" in data else None,
            "release_tag": compile_pattern(data["release_tag"], "hedging.toml: speech.release_tag")
            if "release_tag" in data else None,
            "back_conclusion": compile_pattern(data["back_conclusion"], "hedging.toml: speech.back_conclusion")
            if "back_conclusion" in data else None,
            **{name: compile_pattern(data[name], f"hedging.toml: speech.{name}") if name in data else None
               for name in ("caution_next", "charge_statement", "charge_source",
                            "basis_named", "told_intro", "heard_tag")},
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
    counterfactual_modals: frozenset[str] = frozenset()
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
    heisst_source: Any = None
    court_words: Any = None
    attitude_verbs: frozenset[str] = frozenset()
    attitude_frames: Any = None
    attitude_not_subjects: frozenset[str] = frozenset()
    attitude_passive: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    mention_verbs: frozenset[str] = frozenset()
    expectation_verbs: frozenset[str] = frozenset()
    expectation_hedges: frozenset[str] = frozenset()
    advice_verbs: frozenset[str] = frozenset()
    advice_particles: frozenset[str] = frozenset()
    advice_additions: frozenset[str] = frozenset()
    attitude_report_nouns: frozenset[str] = frozenset()
    attitude_complements: frozenset[str] = frozenset()
    previous_tag: Any = None
    charge_verbs: frozenset[str] = frozenset()
    reason_openers: frozenset[str] = frozenset()
    next_source: Any = None
    group_source: Any = None
    evidential: frozenset[str] = frozenset()
    distancing_adjectives: frozenset[str] = frozenset()
    distancing_relative: frozenset[str] = frozenset()
    distancing_pronouns: frozenset[str] = frozenset()
    distancing_refuted: Any = None
    distancing_reasons: frozenset[str] = frozenset()
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
    evaluative_ranking_coordinators: frozenset[str] = frozenset()
    # session 5 round 8: judgements, inner states and generic audiences ([evaluative] predicate_* / state_* /
    # generic_*); no claim of fact one could check or source
    evaluative_predicate_adjectives: frozenset[str] = frozenset()
    evaluative_copulas: frozenset[str] = frozenset()
    evaluative_predicate_fillers: frozenset[str] = frozenset()
    evaluative_comparison_connectives: frozenset[str] = frozenset()
    evaluative_short_superlatives: frozenset[str] = frozenset()
    evaluative_comparatives: frozenset[str] = frozenset()
    evaluative_degree_words: frozenset[str] = frozenset()
    evaluative_state_hedges: frozenset[str] = frozenset()
    evaluative_feelings: frozenset[str] = frozenset()
    evaluative_state_not_with: frozenset[str] = frozenset()
    evaluative_state_frames: Any = None
    evaluative_judgement_frames: Any = None
    evaluative_beliefs: frozenset[str] = frozenset()
    evaluative_generic_hedges: frozenset[str] = frozenset()
    evaluative_generic_subject: Any = None
    evaluative_generic_not: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Voice":
        words = {f.name: frozenset(data.get(f.name, ())) for f in dataclasses.fields(cls) if f.type == "frozenset[str]"}
        patterns = {name: compile_pattern(data[name], f"hedging.toml: voice.{name}")
                    for name in ("own_account", "lead_in", "next_source", "group_source", "court_words", "tag_heisst", "heisst_source",
                                 "vague_governor", "next_source_demonstrative", "evaluative_frames", "evaluative_generic_subject", "evaluative_state_frames", "evaluative_judgement_frames",
                                 "content_speech_verbs", "content_finding_verbs", "tag_verlautet",
                                 "distancing_refuted", "attitude_frames", "previous_tag")
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
    # a document labelled as commentary (the shared layer newslint.analysis.voice.opinion_label, vocabulary in
    # rules/genre.toml) speaks in the author's voice in all its paragraphs
    genre: bool = True

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "AuthorVoice":
        return cls(hedges=frozenset(data.get("hedges", ())), words=frozenset(data.get("words", ())),
                   document_min=int(data.get("document_min", 5)),
                   document_share=float(data.get("document_share", 0.1)),
                   paragraph=bool(data.get("paragraph", True)), genre=bool(data.get("genre_label", True)))


@dataclass
class NoClaim:
    """[no_claim] in hedging.toml (session 6): hedges that weaken no claim of fact, and broken matches (a hedge
    inside a prefield noun phrase, idioms, a risk weighed like "können", deontic "sein + zu", generic advice)."""

    prefield_conjunctions: frozenset[str] = frozenset()
    prefield_hedges: frozenset[str] = frozenset()
    prefield_particles: frozenset[str] = frozenset()
    adjective_suffixes: tuple[str, ...] = ()
    quantities: frozenset[str] = frozenset()
    not_finite: frozenset[str] = frozenset()
    idioms: tuple[Any, ...] = ()
    coordinated_dass: frozenset[str] = frozenset()
    deontic_copulas: frozenset[str] = frozenset()
    deontic_verbs: frozenset[str] = frozenset()
    as_verbs: frozenset[str] = frozenset()
    advice_modals: frozenset[str] = frozenset()
    advice_subjects: frozenset[str] = frozenset()
    rankings: tuple[Any, ...] = ()
    rhetorical: tuple[Any, ...] = ()
    escalation_openers: frozenset[str] = frozenset()
    escalation_prepositions: frozenset[str] = frozenset()
    escalation_particles: frozenset[str] = frozenset()
    escalation_subjects: frozenset[str] = frozenset()
    purpose_um: frozenset[str] = frozenset()
    infinitive_not: frozenset[str] = frozenset()
    infinitive_governors: frozenset[str] = frozenset()
    infinitive_particles: frozenset[str] = frozenset()
    answer_generic_words: int = 0
    answer_question_subjects: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "NoClaim":
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.type == "frozenset[str]":
                values[f.name] = _words(data.get(f.name))
        return cls(**values, adjective_suffixes=tuple(data.get("adjective_suffixes", ())),
                   idioms=tuple(compile_pattern(p, "hedging.toml: no_claim.idioms") for p in data.get("idioms", ())),
                   rankings=tuple(compile_pattern(p, "hedging.toml: no_claim.rankings")
                                  for p in data.get("rankings", ())),
                   rhetorical=tuple(compile_pattern(p, "hedging.toml: no_claim.rhetorical")
                                    for p in data.get("rhetorical", ())),
                   answer_generic_words=int(data.get("answer_generic_words", 0)))


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
    place_prepositions: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Permission":
        return cls(forms=frozenset(data.get("forms", ())), subjects=frozenset(data.get("subjects", ())),
                   subject_suffixes=tuple(data.get("subject_suffixes", ())), verbs=tuple(data.get("verbs", ())),
                   not_verbs=_words(data.get("not_verbs")), context=frozenset(data.get("context", ())),
                   context_forms=frozenset(data.get("context_forms", ())),
                   always_verbs=frozenset(data.get("always_verbs", ())),
                   restrictions=_words(data.get("restrictions")),
                   place_prepositions=_words(data.get("place_prepositions")))


def occurrences(text: str, part: str) -> list[int]:
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
        direct_question_openers=_words(data.get("question", {}).get("direct_openers")),
        direct_question_verbs=_words(data.get("question", {}).get("direct_verbs")),
        conditional_openers=_words(data.get("claim", {}).get("conditional_openers")),
        concessive_openers=_words(data.get("claim", {}).get("concessive_openers")),
        concessive_markers=_words(data.get("claim", {}).get("concessive_markers")),
        concessive_counters=_words(data.get("claim", {}).get("concessive_counters")),
        question_clause_openers=_words(data.get("claim", {}).get("question_clause_openers")),
        future_clause_openers=_words(data.get("claim", {}).get("future_clause_openers")),
        unreal_clause_openers=_words(data.get("claim", {}).get("unreal_clause_openers")),
        example_articles=_words(data.get("claim", {}).get("example_articles")),
        purpose_clause_openers=_words(data.get("claim", {}).get("purpose_clause_openers")),
        conditional_clause_openers=_words(data.get("claim", {}).get("conditional_clause_openers")),
        generic_subjects=_words(data.get("claim", {}).get("generic_subjects")),
        generic_hedges=_words(data.get("claim", {}).get("generic_hedges")),
        generic_not_after=_words(data.get("claim", {}).get("generic_not_after")),
        purpose_continuations=_words(data.get("claim", {}).get("purpose_continuations")),
        purpose_particles=_words(data.get("claim", {}).get("purpose_particles")),
        concessive_marks=frozenset(data.get("claim", {}).get("concessive_marks", (","))),
        function_words=_words(attributive.get("function_words")),
        attributive_comparative_after=_words(attributive.get("comparative_after")),
        v1_endings=tuple(data.get("claim", {}).get("v1_endings", ())),
        wish_words=_words(data.get("claim", {}).get("wish_words")),
        wish_forms=frozenset(data.get("claim", {}).get("wish_forms", ())),
        answer_words=int(data.get("claim", {}).get("answer_words", 0)),
        v1_not=_words(data.get("claim", {}).get("v1_not")),
        v1_forms=_words(data.get("claim", {}).get("v1_forms")),
        attitude_nouns=frozenset(data.get("claim", {}).get("attitude_nouns", ())),
        degree_words=_words(attributive.get("degree_words")),
        v1_subjects=frozenset(data.get("claim", {}).get("v1_subjects", ())),
        main_verbs=frozenset(data.get("claim", {}).get("main_verbs", ())),
        concession_next=compile_pattern(data["claim"]["concession_next"], "hedging.toml: claim.concession_next")
        if "concession_next" in data.get("claim", {}) else None,
        appearance_hedges=frozenset(h.lower() for h in data.get("claim", {}).get("appearance_hedges", ())),
        appearance_contrast_next=compile_pattern(data["claim"]["appearance_contrast_next"],
                                                 "hedging.toml: claim.appearance_contrast_next")
        if "appearance_contrast_next" in data.get("claim", {}) else None,
        refuted_hedges=frozenset(h.lower() for h in data.get("claim", {}).get("refuted_hedges", ())),
        evidence_hedges=_words(data.get("claim", {}).get("evidence_hedges")),
        evidence_openers=_words(data.get("claim", {}).get("evidence_openers")),
        refuted_next=compile_pattern(data["claim"]["refuted_next"], "hedging.toml: claim.refuted_next")
        if "refuted_next" in data.get("claim", {}) else None,
        search_infinitive=compile_pattern(data["claim"]["search_infinitive"], "hedging.toml: claim.search_infinitive")
        if "search_infinitive" in data.get("claim", {}) else None,
        voice=Voice.from_data({**data["voice"], **{f"evaluative_{key}": value for key, value
                                                     in data.get("evaluative", {}).items()}})
        if "voice" in data else None,
        speech_not_subjects_all=frozenset(data.get("speech", {}).get("not_subjects", ())),
        forecast=Forecast.from_data(data["forecast"]) if "forecast" in data else None,
        author_voice=AuthorVoice.from_data(data["author_voice"]) if "author_voice" in data else None,
        no_claim=NoClaim.from_data(data["no_claim"]) if "no_claim" in data else None,
        raw=data,
    )


_VOCABULARY: Vocabulary | None = None


def vocabulary() -> Vocabulary:
    global _VOCABULARY
    if _VOCABULARY is None:
        _VOCABULARY = load_vocabulary()
    return _VOCABULARY


CLOSING_MARKS = tuple("“”\"«»‘’")


RELATIVE_PRONOUNS = frozenset("der die das den dem deren dessen denen welche welcher welches welchen wie wer was".split())


DATIVE_PRONOUNS = frozenset("ihm ihr ihnen sich uns mir dir".split())


AUXILIARIES = frozenset("hat hatte hatten haben habe hätte hätten ist war waren sind sei wurde wurden".split())


SUPERLATIVE_ENDINGS = ("ste", "sten", "ster", "stes", "stem", "ßte", "ßten", "ßter", "ßtes", "ßtem")


PHRASE_LEADS = frozenset("laut nach so für wie demnach aus".split())


PREPOSITIONS = frozenset("von mit bei nach zu aus für gegen über unter vor an auf in um durch".split())


POSSESSIVES = frozenset("sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere".split())
