"""The NL4xx check: walks the sentences of a document and turns kept hedges into findings."""
from __future__ import annotations

from bisect import bisect_left
from typing import Any

from newslint.finding import Finding
from newslint.nlp.base import Sentence

from .vocabulary import DISPLAY_KINDS, KIND_DE, KIND_EN, Vocabulary, occurrences, vocabulary
from .clauses import Hit, inside
from .claims import (
    PlainGuesses, direct_question, has_figure, has_strong_cue, hearsay, is_legal, named_source, near_hedge,
    outside_question_subject, phrase_hits, short_answer, vague_sources, word_hits,
)
from .speakers import LazyClauses, OthersWords, SegmentQuotes, layer_sources, points_back


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
            layer.append(layer_sources(document))
        return start in layer[0]

    speech = vocab.speech
    others = None
    if speech is not None and (s401.get("ignore_reported_speech", True) or s401.get("ignore_first_person", True)):
        others = OthersWords(document, vocab, speech, s401.get("ignore_reported_speech", True),
                              s401.get("ignore_first_person", True))
    # one pass over the document's tokens finds where a hedge word or "soll" can be; sentences
    # without one skip the per-token scans
    plain = None
    if vocab.forecast is not None and s401.get("ignore_forecasts", True) \
            or vocab.author_voice is not None and s401.get("ignore_author_voice", True):
        plain = PlainGuesses(document, vocab, s401.get("ignore_forecasts", True) and vocab.forecast,
                              s401.get("ignore_author_voice", True) and s401.get("ignore_first_person", True)
                              and vocab.author_voice)  # (the author's "ich" is first person too)
    forms = vocab.token_forms
    candidates = [t.start for t in document.tokens if t.text in forms]
    lowered_text = text.lower()
    if len(lowered_text) != len(text):  # a rare letter whose lower case is longer: no shared offsets
        lowered_text = None
    nouns = sorted(at for part in vocab.vague_noun for at in occurrences(lowered_text, part)) \
        if lowered_text is not None else None
    asked = None  # a paragraph of several sentences that ends in a question: the next paragraph may answer it
    for segment in document.segments:
        sentences = document.sentences_in(segment)
        quotes = SegmentQuotes(sentences, document, segment, carried)
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
    clause_ids = LazyClauses(tokens)
    if lowered is None:
        lowered = text[sentence.start:sentence.end].lower()
    if any(t.text == "?" for t in tokens[-3:]) or direct_question(tokens, vocab):
        hits = []  # a question claims nothing (also one punctuated with a full stop)
    elif words:
        hits = word_hits(sentence, vocab, clause_ids, previous) + phrase_hits(sentence, vocab, text, lowered) \
            + hearsay(sentence, vocab, text)
    else:
        hits = phrase_hits(sentence, vocab, text, lowered)
    vague = vague_sources(sentence, text, vocab, lowered, noun)
    if not hits and not vague:
        return []
    if hits and short_answer(tokens, previous or asked, vocab):
        hits = []  # nor the short answer to one ("Überrascht vom Ergebnis? Vermutlich, ja.")
    if hits and vocab.question_openers:
        hits = outside_question_subject(hits, tokens, clause_ids, vocab)
    if callable(quotes):  # the segment's quotes, computed on first need
        quotes = quotes()
    kept = _kept_hedges(hits, sentence, text, vocab, quotes, allow, s401)
    if others is not None and any(not hit.vague for hit in kept) \
            and others(sentence, segment, quotes, [hit for hit in kept if not hit.vague], clause_ids):
        kept = [hit for hit in kept if hit.vague]  # someone else's words: like a quote
    elif others is not None and len([hit for hit in kept if not hit.vague]) >= 2:
        governed = others.governed_hits(sentence, quotes, [hit for hit in kept if not hit.vague], clause_ids)
        kept = [hit for hit in kept if not any(hit is g for g in governed)]  # the source's content clause
    if plain is not None and kept and segment.kind not in display_kinds:
        kept = plain(sentence, segment, quotes, kept, clause_ids)  # forecasts, the author's guesses
    if not vague and not kept:
        return []

    # vague sources (NL404), and vague hedges that carry a claim
    figure = has_figure(sentence, vocab)
    claim = figure or has_strong_cue(sentence, vocab)
    require_claim = s404.get("require_claim", True)
    reported_vague = [hit for hit, content in vague
                      if not (s404.get("ignore_in_quotes", True) and inside(quotes, hit.start, hit.end))
                      and not (require_claim and not (claim or content))]
    hedges: list[Hit] = []
    for hit in kept:
        if hit.vague and (claim or not require_claim):
            reported_vague.append(hit)
        elif not (others is not None and others.reported and hit.type == "vague-hedge" and (
                points_back(tokens, hit, others.speech) or "bericht" in text[hit.start:hit.end].lower()
                and others.report_named_after(sentence))):
            hedges.append(hit)  # session 6 (hedA): not "die den Berichten zufolge …" (NL401), the reports named before,
            # nor "Medienberichten zufolge …" when the next sentence names the outlet; with a figure or a strong claim
            # it stays NL404's vague source above
    findings = [_vague_finding(hit, text, figure) for hit in _dedupe(reported_vague)]
    findings += _hedge_findings(sentence, segment, text, vocab, hedges, clause_ids, display_kinds,
                                lambda: named_source(sentence, text, vocab, [(h.start, h.end) for h in reported_vague],
                                                      segment.start) or layer_named(sentence.start))
    return findings


def _kept_hedges(hits: list[Hit], sentence: Sentence, text: str, vocab: Vocabulary, quotes: list[tuple[int, int]],
                 allow: set[str], s401: dict[str, Any]) -> list[Hit]:
    """The hedges that are the writer's: not inside a quote, not an allowed word, not legal wording."""
    kept: list[Hit] = []
    for hit in hits:
        if s401.get("ignore_in_quotes", True) and inside(quotes, hit.anchor_start, hit.anchor_end):
            continue
        if hit.entry.lower() in allow or text[hit.anchor_start:hit.anchor_end].lower() in allow:
            continue
        if s401.get("allow_legal", True) and any(e.id == hit.entry and e.legal for e in vocab.entries) \
                and is_legal(hit, sentence, vocab):
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
        cluster = [h for h in cluster if not h.weak or near_hedge(h, strong_hits, index_of)]
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


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """Drop vague hits that overlap an earlier, longer one ("laut Experten" and "Experten zufolge")."""
    result: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if any(hit.start < kept.end and kept.start < hit.end for kept in result):
            continue
        result.append(hit)
    return result
