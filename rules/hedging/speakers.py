"""Whose words a sentence is: reported speech with a named source, first person, interview answers,
quotes carried across paragraphs. A hedge in someone else's words is theirs, not the writer's.
"""
from __future__ import annotations

import regex

from newslint.nlp.base import Sentence, Token

from .vocabulary import (
    ANAPHORIC, AUXILIARIES, CLOSING_MARKS, DATIVE_PRONOUNS, DEFINITE, DETERMINERS, PHRASE_LEADS,
    POSSESSIVES, PREPOSITIONS, QUOTE_CHARS, QUOTE_OPENERS, QUOTE_PAIRS, RELATIVE_PRONOUNS, Speech,
    Vocabulary, Voice,
)
from .clauses import Hit, clause_ids, find, governing_clause_after, inside, quote_spans


def points_back(tokens, hit: Hit, speech: Speech) -> bool:
    """Session 6 (hedA, dev seed 11): a vague hedge phrase after a definite or demonstrative article ("den Berichten
    zufolge", "diesen Berichten zufolge", [speech] back_articles) points back to reports the story has already named; without
    the article ("Berichten zufolge") it names no one and stays flagged."""
    k = next((j for j, t in enumerate(tokens) if t.start == hit.start), None)
    return k is not None and k > 0 and tokens[k - 1].text.lower() in speech.back_articles


class OthersWords:
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
        self._letters: bool | None = None
        self._base = None
        self.vocab_main_verbs = vocab.main_verbs

    def __call__(self, sentence: Sentence, segment, quotes: list[tuple[int, int]], hits: list[Hit],
                 clause_ids: list[int]) -> bool:
        tokens = sentence.tokens
        outside = [k for k, t in enumerate(tokens) if not inside(quotes, t.start, t.end)]
        speech = self.speech
        if self.first_person:
            if any(tokens[k].text in speech.first_person for k in outside) or self.in_interview(sentence, segment) \
                    or segment.start in self.qa_answers() or self._first_person_before(sentence, segment, quotes):
                return True
            if self._addresses_reader(tokens, outside):
                return True
            if self._told_account(sentence, segment, quotes):
                return True  # session 6, round 2 (hedA2): "Hier erzählt er, wie …" and then "ich"/"wir" (review 1867 #12)
        if not self.reported:
            return False
        if self.letters_page():
            return True  # readers' letters: the letter writers' words
        if self._named_cue(sentence, quotes, own=True, hedges=hits):
            return True
        if self.vocab.voice is not None and self._voice_source(sentence, quotes, hits, clause_ids, self.vocab.voice):
            return True
        if self._pointed_back(sentence) or self._between_reports(sentence):
            return True
        if self._heard_tag(sentence, hits):
            return True  # session 6, round 2 (hedA2): "…, soll kaum gefragt gewesen sein, hörte die Zeitung X." (dev seed 37 #2)
        if len(hits) == 1 and self._named_characterisation(tokens, quotes, hits[0], clause_ids):
            return True  # session 6, round 2 (hedA2): "X nannte das Haus eine „…“, das … womöglich …" (review 1867 #30)
        if self._basis_named(sentence, quotes):
            return True  # session 6, round 2 (hedA2): "…, auch das zeigen die Bilder, …", "– diesen Schluss lässt X zu"
        if all(hit.type == "modal-hearsay" for hit in hits) and self._colon_frame(tokens, quotes, hits):
            return True  # session 6, round 2 (hedA2): "X werfen Y vor: Es habe …, soll … haben" (review 1811 #20)
        if all(hit.type == "modal-hearsay" for hit in hits) and self._inside_account(sentence):
            return True  # session 6, round 2 (hedA2): hearsay between Konjunktiv I sentences of a tagged account (review 1867 #20)
        if all(hit.type == "modal-hearsay" for hit in hits) and self._inserted_quote(tokens, quotes, hits, clause_ids):
            return True  # session 6 (hedA): "…, wo – „schreiben Sie das auf“ – der erste Klappstuhl gebaut worden sein soll"
        if all(hit.type != "modal-hearsay" for hit in hits) and (self._so_continuation(sentence, quotes)
                                                                 or self._forecast_continued(sentence, hits)):
            return True  # session 6 (hedA): "Aus Sicht von X wird … wohl … . So dürften …"
        if len(hits) == 1 and all(hit.type != "modal-hearsay" for hit in hits) \
                and (self._same_speaker_around(sentence) or self._caution_after(sentence) or self._retelling(sentence)
                     or self._premise_of_next(sentence)):
            return True  # session 6 (hedA): "…, sagt X. … offenbar … . … werde …, vermutet X." / "… Das Amt spricht von einem Verdacht."
        if len(hits) == 1 and self._adjacent_report(sentence):
            return True  # "…, so die Forscher. Kinder sind wohl …", "… wohl … . Das haben Recherchen der X ergeben."
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
        # session 6 (hedA, review 1747 #12): … or closing its paragraph right before a Konjunktiv I account that names
        # its source within the next paragraph's first three sentences ("Er soll … gehabt haben. ¶ Unter den
        # Betroffenen seien … . … Dem Mann gehe es gut, sagte eine Sprecherin der Klinik.")
        if all(hit.type == "modal-hearsay" for hit in hits) and self._account_follows(sentence):
            return True
        # … or right after a vague source, which goes on with its account (session 4, round 4; the vague source
        # is NL404's business): "Insidern zufolge ist der Vorstand zerstritten. Schon im Mai soll er … haben."
        if all(hit.type == "modal-hearsay" for hit in hits) and self._vague_before(sentence):
            return True
        # between two reports of one named source, the first also across a paragraph break: "…, teilte die
        # Polizei mit. ¶ Er soll … angekündigt haben. Damit könnte er … gewollt haben, berichtete die Polizei."
        if all(hit.type == "modal-hearsay" for hit in hits) and speech.guess_tag_end is not None \
                and self._named_before(sentence) and self._tagged_after(sentence):
            return True
        # a conjecture the next sentence goes on with and tags: "Womöglich war der Schlüssel vertauscht.
        # Vielleicht auch nur verlegt, vermutet Kommissarin Hahn."
        if speech.guess_tag_end is not None and all(hit.type != "modal-hearsay" for hit in hits) \
                and self._tagged_after(sentence, speech.guess_openers):
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
            plural = [k for k in outside if clause_ids[k] in clauses and tokens[k].text in speech.konjunktiv_plural]
            if not reported and plural and not content and all(hit.type == "adverb" for hit in hits) \
                    and not any(tokens[k].text in speech.indicative for k in outside) \
                    and not any(t.text in QUOTE_CHARS for t in tokens) \
                    and next((t.text for t in tokens if t.kind == "word"), "") not in speech.adjacent_not_openers:
                # session 5: a plural that is also the Konjunktiv I ("haben", "können") right after a Konjunktiv I
                # sentence of the paragraph goes on reporting ("Der Austausch habe gelitten. Bisweilen haben
                # Vorgesetzte dadurch wohl Sorgen übersehen.")
                previous = self._previous_in_segment(sentence)
                reported = previous is not None and self._has_konjunktiv(previous) \
                    and not quote_spans(previous.tokens)
            if other and not reported and previous is not None and quote_spans(previous.tokens):
                # session 5: between a speaker's quote and a Konjunktiv I that goes on reporting, a plural Konjunktiv
                # II stands for the Konjunktiv I ("„…“ Offenbar hätten viele keinen Respekt mehr. Das Gefühl sei
                # verloren."); not "dürfte" itself, which is the writer's conjecture
                later = self._next_in_segment(sentence)
                reported = later is not None and self._has_konjunktiv(later) \
                    and any(not tokens[k].text.startswith("dürft") for k in other)
            if not reported and all(hit.type != "modal-hearsay" for hit in hits) \
                    and self._reasoned_continuation(sentence, tokens, clause_ids, clauses):
                reported = True  # session 6 (hedA): "…“, sagt X. Familien hätten … . Sie dürften daher …"
        # the speaker may be named in this very sentence, introducing a quote before the reported words
        # ("X sieht es gelassen: „…“ Für diese Saison habe sich das wohl erledigt")
        return reported and (self._named_cue(sentence, quotes, own=False) or self._context_named(sentence)
                             or self._named_after(sentence) or self._person_speaks(tokens, marked)
                             or bool(marked) and self._vague_before(sentence))

    @staticmethod
    def _inserted_quote(tokens, quotes: list[tuple[int, int]], hits: list[Hit], clause_ids) -> bool:
        """Session 6 (hedA, review 1721 #1): hearsay whose own clause holds, before the hedge, a direct quote of at
        least three words inserted between dashes: the person who tells the story vouches for it in their own words
        ("…, wo – „das müssen Sie unbedingt aufschreiben“ – der erste Klappstuhl gebaut worden sein soll"). Not a
        quote after the hedge, and not one that is not set off by dashes."""
        first = min(h.anchor_start for h in hits)
        where = {t.start: k for k, t in enumerate(tokens)}
        clauses = {clause_ids[where[h.anchor_start]] for h in hits if h.anchor_start in where}
        for start, end in quotes:
            opening = where.get(start)
            if opening is None or opening == 0 or end > first or len([t for t in tokens if start < t.start < end
                                                                      and t.kind == "word"]) < 3:
                continue
            closing = next((k for k, t in enumerate(tokens) if t.start >= end), None)
            if closing is None or closing >= len(tokens):
                continue
            if tokens[opening - 1].text in ("–", "—", "-") and tokens[closing].text in ("–", "—", "-") \
                    and clause_ids[closing] in clauses:  # (the dashes open clauses: the hedge's goes on after the second)
                return True
        return False

    def _heard_tag(self, sentence: Sentence, hits: list[Hit]) -> bool:
        """Session 6, round 2 (hedA2, dev seed 37 #2): the hedge's sentence closes with a named outlet that heard the
        claim ([speech] heard_tag: "Das Angebot soll kaum gefragt gewesen sein, hörte die Zeitung X."): the outlet's report.
        Not a bare noun ("hörte die Presse" names no one: a quoted title or a noun with a name is needed), not
        a tag that names whom the outlet heard it from ("erfuhr die Agentur aus Kreisen …"), not a tag before the hedge."""
        pattern = self.speech.heard_tag
        if pattern is None:
            return False
        match = pattern.search(self.text, sentence.start, sentence.end)
        if match is None or match.start() < max(h.end for h in hits):
            return False
        source = regex.sub(r"^,\s*\p{L}+\s+\p{L}+\s+", "", match.group())
        names = [w for w in regex.findall(r"[\w-]+", source) if w[:1].isupper()]
        # a name: a quoted title ("die „Lebensmittel-Zeitung“") or a noun with a name ("die Zeitung Nordkurier")
        return (any(c in source for c in QUOTE_CHARS) or len(names) >= 2) and bool(names) and not self._vague_word(source)

    def _named_characterisation(self, tokens, quotes: list[tuple[int, int]], hit: Hit, clause_ids) -> bool:
        """Session 6, round 2 (hedA2, review 1867 #30): a possibility adverb ([speech] naming_hedges) in a relative clause
        right after a closing quote mark, whose clause before holds a verb of naming ([speech] naming_verbs) with a named
        subject: the relative clause goes on with that person's quoted characterisation ("Der Soziologe X nannte das
        Reihenhaus einmal eine „Form der Flucht“, die den Bewohnern womöglich Ruhe schenkt"). Not "dürfte" or "wohl"
        (the writer's estimate: "Y nennt die Regeln „unfair“, die seine Parteifreunde mittragen dürften"), not
        without the quote, not without a named subject."""
        k = next((j for j, t in enumerate(tokens) if t.start == hit.anchor_start), None)
        if k is None or tokens[k].text.lower() not in self.speech.naming_hedges:
            return False
        clause = clause_ids[k]
        opener = next((j for j in range(len(tokens)) if clause_ids[j] == clause), None)
        if opener is None or opener < 2 or tokens[opener].text != "," or opener + 1 >= len(tokens) \
                or tokens[opener + 1].text not in RELATIVE_PRONOUNS or tokens[opener - 1].text not in CLOSING_MARKS:
            return False
        if any(t.text.lower() in ("seine", "ihre", "unsere", "der", "die", "das", "ein", "eine", "man", "sie", "er", "wir",
                                  "ich") for t in tokens[opener + 2:k]):
            return False  # another subject in the relative clause ("…“, die seine Parteifreunde womöglich mittragen")
        for j in range(1, opener):
            if clause_ids[j] < clause and tokens[j].text in self.speech.naming_verbs \
                    and not inside(quotes, tokens[j].start, tokens[j].end) and self._subject_named(tokens, j):
                # the subject before the verb holds a noun or a name, not just "Viele"
                return any(t.kind == "word" and t.text[:1].isupper() and t.text.lower() not in DETERMINERS
                           and t.text.lower() not in ("viele", "manche", "einige", "andere", "alle", "sie", "er", "man",
                                                      "wir", "ich", "es") for t in tokens[:j])
        return False

    def _basis_named(self, sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
        """Session 6, round 2 (hedA2, reviews 1831 #3 #7, 1867 #24): the hedge's own sentence names the basis of its
        inference outside quotes ([speech] basis_named): a parenthetical "…, auch das zeigen die Bilder, …", a dash with
        "– diesen Schluss lässt der Bescheid des Senats zu", or "höher, als vom Landratsamt angegeben: …" with the
        other figure after the colon. The hedge marks an inference from named evidence. Not "das zeigen Bilder" (no
        definite source), not a comparison without the colon ("höher als vom Amt angegeben" is the writer's doubt)."""
        pattern = self.speech.basis_named
        return pattern is not None and any(not inside(quotes, m.start(), m.end())
                                           for m in pattern.finditer(self.text, sentence.start, sentence.end))

    def _colon_frame(self, tokens, quotes: list[tuple[int, int]], hits: list[Hit]) -> bool:
        """Session 6, round 2 (hedA2, review 1811 #20): hearsay in the Konjunktiv I report that a frame before a colon
        opens in the same sentence: a verb of saying or charging ([speech] colon_frame_verbs) with a subject before the
        colon, and a Konjunktiv I between the colon and the hedge ("Norwegische Medien werfen dem Konzern vor: Er habe
        früh davon gewusst, soll es aber verschwiegen haben"). The vague source is NL404's business. Not without the
        Konjunktiv I ("X sagt: Das Werk schließt. Der Chef soll …" are two sentences anyway), not a quote after the
        colon, not "man" as the subject."""
        first = min(h.anchor_start for h in hits)
        colon = next((k for k, t in enumerate(tokens) if t.text == ":" and t.start < first
                      and not inside(quotes, t.start, t.end)), None)
        if colon is None or colon < 2 or colon + 1 >= len(tokens) or tokens[colon + 1].text in QUOTE_OPENERS:
            return False
        if any(t.text.lower() == "man" for t in tokens[:colon]):
            return False
        if not any(t.text in self.speech.colon_frame_verbs and not inside(quotes, t.start, t.end)
                   for t in tokens[1:colon]):
            return False
        return any(tokens[k].start < first and not inside(quotes, tokens[k].start, tokens[k].end)
                   and self._konjunktiv(tokens, k) for k in range(colon + 1, len(tokens)))

    def _inside_account(self, sentence: Sentence, back: int = 6) -> bool:
        """Session 6, round 2 (hedA2, review 1867 #20): hearsay inside a reported account: the sentences right before and
        right after it in the paragraph are in the Konjunktiv I, and one of the ``back`` sentences before it (body
        paragraphs only, also the paragraph before) is a Konjunktiv I sentence tagged with its source ([speech] tag_end:
        "Der Leiter sei streng gewesen, sagen Eltern und Schüler. ¶ Um ihn habe sich ein Kreis gebildet. Zwei
        Lehrerinnen, die Kinder geschlagen haben sollen, gehörten dazu. Besonders sei ein Kollege beeindruckt
        gewesen."). Not with an indicative sentence on either side, not without a tagged report before."""
        speech = self.speech
        previous, later = self._previous_in_segment(sentence), self._next_in_segment(sentence)
        if speech.tag_end is None or previous is None or later is None \
                or not self._has_konjunktiv(previous) or not self._has_konjunktiv(later):
            return False
        index = self._index(sentence)
        if index is None:
            return False
        for earlier in self.document.sentences[max(0, index - back):index][::-1]:
            owner = self.document.segment_at(earlier.start)
            if owner is None or owner.kind != "paragraph":
                return False
            if speech.tag_end.search(self.text[earlier.start:earlier.end]) and self._has_konjunktiv(earlier):
                return True
        return False

    def _told_account(self, sentence: Sentence, segment, quotes: list[tuple[int, int]]) -> bool:
        """Session 6, round 2 (hedA2, review 1867 #12): the newsroom hands over to a first-person account ([speech]
        told_intro in the teaser or a paragraph before: "Hier erzählt er, wie der erste Tag verlief") and the hedge's
        paragraph speaks in the first person outside quotes ("ich", "wir", "uns" …): the teller's words. Not a
        paragraph without the first person, not before the intro."""
        pattern = self.speech.told_intro
        if pattern is None or segment is None or segment.kind != "paragraph":
            return False
        intro = pattern.search(self.text, 0, segment.start)
        if intro is None:
            return False
        owner = self.document.segment_at(intro.start())
        if owner is None or owner.kind not in ("teaser", "paragraph"):
            return False
        persons = self.speech.first_person
        for near in self.document.sentences_in(segment):
            spans = quote_spans(near.tokens) if near is not sentence else quotes
            if any(t.text in persons and not inside(spans, t.start, t.end) for t in near.tokens):
                return True
        return False

    def _premise_of_next(self, sentence: Sentence) -> bool:
        """Session 6 (hedA, dev seed 11): the next sentence of the paragraph draws its conclusion from this one in a
        named speaker's reported words: a Konjunktiv I with "daher/deshalb/also …" ([speech] reasoning_adverbs) and a named tag
        ("… offenbar nicht zu mehr Fällen geführt. Es sei daher wichtig, Leitlinien zu entwickeln, sagte der Kinderarzt
        X."): the hedged sentence is that speaker's premise. Not without the connective, not a quote, not a vague tag."""
        later = self._next_in_segment(sentence)
        if later is None or any(t.text in QUOTE_CHARS for t in later.tokens) or not self._has_konjunktiv(later):
            return False
        if not any(t.text.lower() in self.speech.reasoning_adverbs for t in later.tokens[:6]):
            return False
        tail = self.text[later.start:later.end].lower()
        if regex.search(r",\s*\p{L}+\s+(?:ein|eine|einer|man)\b", tail) or any(part in tail for part in self.vocab.vague_noun):
            return False
        return self._named_cue(later, [], own=False)

    def _retelling(self, sentence: Sentence) -> bool:
        """Session 6 (hedA, review 1747 #19): a person's story retold in the indicative: one of the two sentences before
        (same paragraph) has a named subject with a verb of telling ([speech] retelling_verbs: "Anna Roth erzählt, dass …") and
        the hedge's sentence opens with "Er/Sie" + verb, the teller going on with their own story ("Sie fand eine alte
        Staffelei, die wohl ihrer Tante gehört hatte"). Not a sentence opened otherwise, not after a quote only."""
        tokens = sentence.tokens
        if len(tokens) < 3 or tokens[0].text not in ("Sie", "Er") or not tokens[1].text.islower() \
                or any(t.text in QUOTE_CHARS for t in tokens):
            return False
        earlier = sentence
        for _ in range(2):
            earlier = self._previous_in_segment(earlier)
            if earlier is None:
                return False
            near = earlier.tokens
            quotes = quote_spans(near)
            for k, t in enumerate(near):
                if t.text in self.speech.retelling_verbs and not inside(quotes, t.start, t.end) and k > 0 \
                        and near[k - 1].text not in (",", "–", "—") and self._subject_named(near, k):
                    return True
        return False

    def _account_follows(self, sentence: Sentence, most: int = 3) -> bool:
        """The hearsay sentence closes its paragraph; the next paragraph opens with a Konjunktiv I sentence that names
        no speaker of its own and goes on, within its first ``most`` sentences, to a Konjunktiv I sentence with a
        named source cue (the tag of the whole account). Not when the next paragraph opens in the indicative or
        with a quote."""
        index = self._index(sentence)
        sentences = self.document.sentences
        here = self.document.segment_at(sentence.start)
        if index is None or index + 1 >= len(sentences) or here is None or here.kind != "paragraph":
            return False
        first = sentences[index + 1]
        there = self.document.segment_at(first.start)
        if there is None or there is here or there.kind != "paragraph":
            return False
        if any(t.text in QUOTE_CHARS for t in first.tokens) or not self._has_konjunktiv(first) \
                or self._named_cue(first, [], own=False):
            return False
        for later in sentences[index + 2:index + 1 + most]:
            if self.document.segment_at(later.start) is not there:
                return False
            if self._has_konjunktiv(later) and self._named_cue(later, quote_spans(later.tokens), own=False):
                return True
        return False

    def _same_speaker_around(self, sentence: Sentence) -> bool:
        """Session 6 (hedA, dev seed 11): an indicative sentence inside one speaker's paraphrase: the sentence before
        (same paragraph; or closing the paragraph before when this one opens with [speech] anaphoric_openers or
        adjacent_across_openers: "Dazu …", "Auch …") ends in that speaker's tag with a surname ([speech] tag_end: "…, sagt Jörg Kern,
        Chefvolkswirt der Bank.") and one of the next two sentences of the paragraph goes on in the Konjunktiv I and
        names the same surname outside quotes ("… werde …, vermutet Kern."). No quote mark in the hedge's sentence
        or between; not after "er/sie" alone (no surname to match) and not a turn to the writer's own point
        ([speech] adjacent_not_openers: "Doch …")."""
        speech = self.speech
        if speech.tag_end is None or any(t.text in QUOTE_CHARS for t in sentence.tokens):
            return False
        first = next((t.text for t in sentence.tokens if t.kind == "word"), "")
        if first in speech.adjacent_not_openers:
            return False
        previous = self._previous_in_segment(sentence)
        if previous is None and (first in speech.anaphoric_openers or first in speech.adjacent_across_openers):
            # the tag may close the paragraph before when this one opens by pointing back to it ("Dazu trägt bei, …")
            index = self._index(sentence)
            here = self.document.segment_at(sentence.start)
            before = self.document.sentences[index - 1] if index else None
            there = self.document.segment_at(before.start) if before is not None else None
            if here is not None and there is not None and here.kind == "paragraph" and there.kind == "paragraph":
                previous = before
        if previous is None:
            return False
        match = speech.tag_end.search(self.text[previous.start:previous.end])
        if match is None:
            return False
        tag = regex.split(r",", match.group()[1:], maxsplit=1)[0]  # "sagt Jörg Kern" (not the apposition after it)
        names = [w for w in regex.findall(r"[\w-]+", tag)[1:] if w[:1].isupper()]
        if not names or names[-1].lower().endswith(self.vocab.noun_suffixes) or names[-1] in self.vocab.speech_not_sources:
            return False
        surname = names[-1]
        later = sentence
        for _ in range(2):
            later = self._next_in_segment(later)
            if later is None or any(t.text in QUOTE_CHARS for t in later.tokens):
                return False
            if self._has_konjunktiv(later) and any(t.text == surname for t in later.tokens):
                return True
        return False

    def _caution_after(self, sentence: Sentence) -> bool:
        """Session 6 (hedA, review 1721 #27): the next sentence of the paragraph gives a named source's own caution
        about the claim ([speech] caution_next with a named subject: "Das Gesundheitsamt spricht von einem Verdacht", "Die
        Polizei geht davon aus, …", "Die Ärztin hält es für möglich"): the hedge repeats that source's caution.
        Or the next sentence opens with a quote that voices the same caution ([speech] caution_quote: "könnte", "vielleicht" …)
        and closes with a named speaker's tag. Not a vague subject ("Experten gehen davon aus"), not a quote without
        a caution of its own ("„Das war hart“, sagt er": a reaction, the hedge stays the writer's)."""
        later = self._next_in_segment(sentence)
        if later is None:
            return False
        tokens = later.tokens
        spans = quote_spans(tokens)
        if spans and tokens[0].text in QUOTE_OPENERS:
            # a quote opening the next sentence, tagged by a named speaker, that voices the same caution ("„Es
            # könnte sein, dass die Zulassung bald kommt“, sagte Behördenchef X."); one quote only
            start, end = spans[0]
            tag = self.text[end:later.end].lower()
            if len(spans) != 1 or regex.search(r"\b(?:ein|eine|einer|einem|eines|man)\b", tag) \
                    or any(part in tag for part in self.vocab.vague_noun):
                return False  # "…“, sagte ein Diplomat.": no one named
            return any(start <= t.start < end and t.text.lower() in self.speech.caution_quote for t in tokens) \
                and self._named_cue(later, spans, own=False)
        if any(len(self.text[start:end].split()) > 3 for start, end in spans):
            return False  # a quoted term is fine ("spricht von einem „dringenden Verdacht“"), a quoted statement not
        for m in self.speech.caution_next.finditer(self.text, later.start, later.end):
            verb = next((k for k, t in enumerate(tokens) if t.start == m.start()), None)
            # the main clause opens the sentence with its subject ("Die Polizei geht davon aus"), not a tag after
            # a comma ("…, vermutet X.": the words before it are that speaker's, not the hedge's sentence)
            if verb is not None and verb > 0 and not any(t.kind == "punct" for t in tokens[:verb]) \
                    and self._subject_named(tokens, verb):
                return True
        return False

    def _forecast_continued(self, sentence: Sentence, hits: list[Hit]) -> bool:
        """Session 6 (hedA, scan of news-dev): the same conjecture goes on about the same thing right after a sentence
        of the paragraph that attributes it to a named source ([speech] phrases, not vague: "Nach Auswertung einer
        Umfrage des Instituts X dürfte die Wirtschaftsleistung im ersten Quartal um 2 Prozent sinken. Übers Jahr
        dürfte die Wirtschaftsleistung um 6 Prozent sinken."): the same hedge word and a capitalised noun of six or more
        letters in both sentences. Not after a vague source, not a turn ("Doch …")."""
        words = {self.text[h.anchor_start:h.anchor_end].lower() for h in hits}
        if not words <= self.speech.conjecture_words:
            return False
        first = next((t.text for t in sentence.tokens if t.kind == "word"), "")
        if first in self.speech.adjacent_not_openers:
            return False
        previous = self._previous_in_segment(sentence)
        if previous is None or any(t.text in QUOTE_CHARS for t in previous.tokens):
            return False
        if not any(t.text.lower() in words for t in previous.tokens):
            return False
        named = any(not self._vague_word(self.text[m.start():min(m.end() + 40, previous.end)])
                    for pattern in self.speech.phrases for m in pattern.finditer(self.text, previous.start, previous.end))
        if not named:
            return False
        nouns = {t.text for t in sentence.tokens if t.kind == "word" and t.text[:1].isupper() and len(t.text) >= 6
                 and t.start != sentence.tokens[0].start}
        return any(t.text in nouns for t in previous.tokens)

    def _so_continuation(self, sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
        """Session 6 (hedA, review 1789 #9): a sentence opening with "So" and its finite verb ("So dürften …",
        [speech] so_openers) right after a sentence of the paragraph that gives a source's conjecture: a source phrase
        ([speech] phrases: "Aus Sicht der X", "laut X", "X zufolge", also vague: "Aus Sicht von Experten") or
        a vague source of NL404, and a conjecture word
        ([speech] conjecture_words) or a Konjunktiv I outside quotes. The "So" sentence spells out that source's reasoning
        ("Aus Sicht der Bank bleibt die Zahl wohl niedrig. So dürften die Hilfen viele Betriebe halten."). Not
        after a sentence without a source phrase or without a conjecture ("Laut Amt ist die Zahl gestiegen.")."""
        tokens = sentence.tokens
        words = [t for t in tokens if t.kind == "word"]
        if len(words) < 2 or words[0].text not in self.speech.so_openers or not words[1].text.islower() \
                or tokens[0].text != words[0].text or inside(quotes, words[0].start, words[0].end):
            return False
        previous = self._previous_in_segment(sentence)
        if previous is None:
            return False
        near_quotes = quote_spans(previous.tokens)
        # named or vague: the "So" sentence is that source's reasoning either way; a vague source is NL404's business
        # (as for the Konjunktiv I after one), and its own sentence keeps any finding it has
        sourced = any(not inside(near_quotes, m.start(), m.start() + 1)
                      for pattern in self.speech.phrases for m in pattern.finditer(self.text, previous.start, previous.end))
        if not sourced and not self._vague_before(sentence):
            return False
        return self._has_konjunktiv(previous) or any(
            t.text.lower() in self.speech.conjecture_words and not inside(near_quotes, t.start, t.end) for t in previous.tokens)

    def _reasoned_continuation(self, sentence: Sentence, tokens, clause_ids, clauses: set[int]) -> bool:
        """Session 6 (hedA, review 1721 #25): a conclusion drawn with "daher/deshalb/also …" ([speech] reasoning_adverbs) in
        the hedge's clause, right after a sentence of the paragraph that reports a named speaker's words in the
        Konjunktiv (a Konjunktiv I, or the plural Konjunktiv II that stands for one: "hätten"), itself right
        after that speaker's tag: "„…“, sagt die Ökonomin X. Rentner hätten weniger Ersparnisse. Einen Zuschuss
        dürften sie daher eher ausgeben." The conclusion goes on with the speaker's argument. Not after a
        sentence with a quote mark, a condition or the writer's own indicative ("Der Bonus kostet zwei
        Milliarden. Die Kasse dürfte daher knapp werden.")."""
        if not any(clause_ids[k] in clauses and t.text.lower() in self.speech.reasoning_adverbs
                   and not (k + 1 < len(tokens) and tokens[k + 1].text in (",", "weil", "dass"))
                   for k, t in enumerate(tokens)):
            return False  # (not the correlative of a reason given after it: "auch deshalb, weil …")
        previous = self._previous_in_segment(sentence)
        if previous is None or any(t.text in QUOTE_CHARS for t in previous.tokens):
            return False
        words = [t.text for t in previous.tokens if t.kind == "word"]
        if not words or words[0].lower() in self.speech.condition_openers \
                or any(w.lower() in self.speech.condition_words for w in words):
            return False
        plural = [w for w in words if w in self.speech.content_forms and w.endswith("en") and not w.startswith("dürft")]
        if not (self._has_konjunktiv(previous) or plural):
            return False
        before = self._previous_in_segment(previous)
        return before is not None and self._named_cue(before, quote_spans(before.tokens), own=False)

    def report_named_after(self, sentence: Sentence) -> bool:
        """Session 6 (hedA, scan of news-dev): the next sentence of the paragraph names the outlet behind a vague
        "Medienberichten zufolge": it reports in the Konjunktiv I and tags it with a verb of reporting
        ([speech] outlet_verbs) whose subject is named ("…, berichtete der Sender Radio Nord am Samstag."). Not a statement
        of another party ("Sein Klub teilte mit, …"), not a quote, not "ein Reporter" or "Augenzeugen"."""
        if not self.reported:
            return False
        later = self._next_in_segment(sentence)
        if later is None or any(len(self.text[start:end].split()) > 3 for start, end in quote_spans(later.tokens)):
            return False  # (session 6, round 2: a quoted term is fine, "nur die „echten Frauen“", a quoted statement not)
        # session 6, round 2 (hedA2, review 1831 #23): also the plural Konjunktiv II that stands for the Konjunktiv I
        # ("Die Beamten hätten erklärt, …, berichtet die Zeitung X"), not the conjecture "dürfte(n)" itself
        if not self._has_konjunktiv(later) and not any(t.text in self.speech.content_forms and t.text.endswith("en")
                                                       and not t.text.startswith("dürft") for t in later.tokens):
            return False
        tokens = later.tokens
        for k, t in enumerate(tokens):
            if k == 0 or t.text not in self.speech.outlet_verbs or not self._subject_named(tokens, k):
                continue
            tag = " ".join(u.text.lower() for u in tokens[k + 1:k + 6])
            if not regex.search(r"\b(?:ein|eine|einer|eines|einem|man)\b", tag) \
                    and not any(part in tag for part in self.vocab.vague_noun):
                return True  # one outlet, named ("berichtete der Sender X"), not "berichtete ein Reporter"
        return False

    def letters_page(self) -> bool:
        """A page of readers' letters (the shared layer ``newslint.analysis.voice.letters_page``, vocabulary in
        rules/genre.toml): every hedge on it is a letter writer's."""
        if self._letters is None:
            from newslint.analysis.voice import letters_page
            self._letters = letters_page(self.document)
        return self._letters

    def _vague_before(self, sentence: Sentence) -> bool:
        """A Konjunktiv I right after a sentence of the same paragraph whose source is vague ("Für 2021 rechnen
        Fachleute mit … . Die Krise werde wohl …"): reported words all the same; the vague source is
        NL404's business, not NL401's."""
        from .claims import vague_sources  # (claims does not import this module; kept local all the same)
        previous = self._previous_in_segment(sentence)
        return previous is not None and bool(vague_sources(previous, self.text, self.vocab))

    def governed_hits(self, sentence: Sentence, quotes: list[tuple[int, int]], hits: list[Hit], clause_ids) -> list[Hit]:
        """Session 4, round 6: with two or more hedges in a sentence that are not all someone else's words, the
        single hedges inside a content clause governed by a named source ([voice] content_*) are still the
        source's ("Dass … wohl …, zeigt das Dokument, das … sein soll": the "wohl")."""
        voice = self.vocab.voice
        if not self.reported or voice is None or not voice.content_openers or len(hits) < 2:
            return []
        where = {t.start: k for k, t in enumerate(sentence.tokens)}
        return [hit for hit in hits if hit.anchor_start in where and self._governed_content(
            sentence.tokens, clause_ids, where[hit.anchor_start], quotes, voice)]

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
        if (voice.stance_verbs or voice.mention_verbs) and all(
                self._stance_clause(tokens, clause_ids, k, quotes, voice) for k in positions):
            return True  # "Die Opposition wähnte die Akten offenbar vernichtet", "Sie erwähnt ein Blatt, auf dem angeblich …"
        if voice.vague_governor is not None:
            index_at = {t.start: k for k, t in enumerate(tokens)}
            governed = set()
            for m in voice.vague_governor.finditer(self.text, sentence.start, sentence.end):
                k = next((index_at[t.start] for t in tokens if t.start >= m.start()), None)
                if k is not None and not inside(quotes, m.start(), m.start() + 1):
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
        if voice.group_source is not None and any(not inside(quotes, m.start(), m.start() + 1) for m in
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
                m.start() > tokens[max(positions)].start and not inside(quotes, m.start(), m.start() + 1)
                for m in voice.tag_verlautet.finditer(self.text, sentence.start, sentence.end)):
            return True  # "…, wie aus dem Ministerium verlautete."
        if voice.content_openers and all(self._governed_content(tokens, clause_ids, k, quotes, voice) for k in positions):
            return True  # "Eine Erhebung der Kammer ergab, dass offenbar …", "Der Verein moniert, dass … wohl …"
        if voice.tag_heisst is not None and any(m.start() > tokens[max(positions)].start and not self._vague_word(
                self.text[m.end() - 1:min(m.end() + 40, sentence.end)])
                for m in voice.tag_heisst.finditer(self.text, sentence.start, sentence.end)):
            return True  # "…, hieß es aus der Bauverwaltung."
        if voice.heisst_source is not None and any(t.text in ("hieß", "heißt") for t in tokens):
            for m in voice.heisst_source.finditer(self.text, sentence.start, sentence.end):
                verb = next((j for j, t in enumerate(tokens) if m.start() <= t.start < m.end() and t.text in ("hieß", "heißt")),
                            None)
                if verb is not None and not inside(quotes, tokens[verb].start, tokens[verb].end) \
                        and all(clause_ids[k] != clause_ids[verb] for k in positions):
                    return True  # "Aus Koalitionskreisen hieß es, die Parteien planten offenbar …"
        previous = self._previous_in_segment(sentence)
        # session 6 (hedA): also right after a sentence that states the charge ([speech] charge_statement: "X werden Betrug und
        # Untreue zur Last gelegt. Die Brüder sollen … gewesen sein."), or right before one that attributes to it
        # ([speech] charge_source: "X soll … haben. Laut Anklage der Staatsanwaltschaft …"; not a mere investigation: "Gegen X
        # wird ermittelt", review 1721 #18)
        later = self._next_in_segment(sentence)
        if all(hit.type == "modal-hearsay" for hit in hits) and voice.court_words is not None and (any(
                voice.court_words.search(self.text, s.start, s.end) for s in (sentence, previous) if s is not None)
                or previous is not None and self.speech.charge_statement.search(self.text, previous.start, previous.end)
                or later is not None and self.speech.charge_source.search(self.text, later.start, later.end)):
            return True  # "Der Prozess gegen die drei begann im Mai. Sie sollen … geplant haben": the charge
        if all(hit.type == "modal-hearsay" for hit in hits) and self._sourced_before(sentence, clause_ids, positions):
            return True  # "Die Polizei geht davon aus, dass Jugendliche die Scheune anzündeten. … Sie sollen …"
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
                      and not inside(quotes, tokens[k].start, tokens[k].end)), None)
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
            # session 4, round 5: the account opens the hedge's own sentence, before the hedge ("Die Wache hat
            # nach eigenen Angaben zwei Männer gefasst, die … gelegt haben sollen")
            first_hedge = min(h.anchor_start for h in hits)
            if voice.own_account is not None and voice.own_account.search(self.text, sentence.start, first_hedge):
                return True
            for earlier in self.document.sentences[max(0, index - 2):index][::-1]:
                owner = self.document.segment_at(earlier.start)
                if owner is None or owner.is_display or owner.kind not in ("paragraph", "bullet"):
                    return False
                if voice.own_account is not None and voice.own_account.search(self.text, earlier.start, earlier.end):
                    return True
        return False

    def _stance_clause(self, tokens: tuple[Token, ...], clause_ids, k: int, quotes: list[tuple[int, int]],
                       voice: Voice) -> bool:
        """[voice] stance_verbs / mention_verbs (session 4, round 4): the hedge's clause holds a verb of believing
        wrongly before it, with a named subject ("Die Opposition wähnte die Akten offenbar vernichtet"), or is a
        relative clause on the object of a verb of mentioning with a named subject ("Sie erwähnt ein Flugblatt,
        auf dem angeblich …") or, for a conjecture, of a verb of expecting ([voice] expectation_verbs, session 5:
        "Der Verband rechnet mit einer Lockerung, von der … profitieren dürften"): someone else's view or the
        content of what they mention. Not with "ich",
        "wir", "man" in the clause."""
        clause = clause_ids[k]

        def verb_in(c: int, verbs: frozenset[str], limit: int) -> bool:
            members = [j for j in range(limit) if clause_ids[j] == c]
            if any(tokens[j].text in ("ich", "wir", "man", "Ich", "Wir", "Man") for j in members):
                return False
            return any(tokens[j].text in verbs and not inside(quotes, tokens[j].start, tokens[j].end)
                       and self._subject_named(tokens, j) for j in members)

        if voice.stance_verbs and verb_in(clause, voice.stance_verbs, k):
            return True
        opener = next((j for j in range(len(tokens)) if clause_ids[j] == clause), None)
        if not voice.mention_verbs or opener is None or tokens[opener].text != "," or opener + 1 >= len(tokens):
            return False
        first = tokens[opener + 1].text
        second = tokens[opener + 2].text if opener + 2 < len(tokens) else ""
        relative = first in voice.relative_pronouns or first in voice.relative_prepositions \
            and second in voice.relative_pronouns
        if not relative:
            return False
        if verb_in(clause - 1, voice.mention_verbs, opener):
            return True
        # session 5: an expectation with a named subject and its object's relative clause ("Der Verband rechnet mit
        # einer Lockerung, von der zunächst Pensionen profitieren dürften"): the forecast is the subject's
        return bool(voice.expectation_verbs) and tokens[k].text.lower() in voice.expectation_hedges \
            and verb_in(clause - 1, voice.expectation_verbs, opener)

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
        if opener is None or inside(quotes, tokens[opener].start, tokens[opener].end):
            return False
        if opener == 0:
            # a fronted content clause: "Dass … wohl …, belegt eine Erhebung der Kammer."
            if tokens[0].text.lower() not in voice.content_openers:
                return False
            later = governing_clause_after(tokens, clause_ids, clause, voice.content_inner_openers)
            if later is None:
                return False
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
                if verb is None or inside(quotes, tokens[verb].start, tokens[verb].end):
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

    def _sourced_before(self, sentence: Sentence, ids, positions: list[int]) -> bool:
        """Session 4, round 6: the hearsay "sollen … ge<verb>t haben" repeats a claim that one of the two sentences
        before it in the same segment gives as a source's content clause ([voice] content_*: "Die Polizei geht
        davon aus, dass Jugendliche die Scheune anzündeten"): the same verb (the participle's stem opens a word
        of the dass-clause) and a noun of the hedged clause in the dass-clause."""
        voice, tokens = self.vocab.voice, sentence.tokens
        clauses = {ids[k] for k in positions}
        words = [t.text for j, t in enumerate(tokens) if ids[j] in clauses and t.kind == "word"]
        stems = {m.group(1) for w in words if (m := regex.fullmatch(r"ge(\p{Ll}{3,}?)(?:et|t|en)", w))}
        nouns = {w for w in words[1:] if w[:1].isupper()}
        index = self._index(sentence)
        if not stems or not nouns or index is None:
            return False
        segment = self.document.segment_at(sentence.start)
        for other in (index - 1, index - 2):
            if other < 0:
                return False
            near = self.document.sentences[other]
            if self.document.segment_at(near.start) is not segment:
                return False
            near_tokens = near.tokens
            near_ids = clause_ids(near_tokens)
            near_quotes = quote_spans(near_tokens)
            for j, t in enumerate(near_tokens):
                if t.text != "dass" or j + 1 >= len(near_tokens):
                    continue
                content = [u.text for i, u in enumerate(near_tokens) if near_ids[i] == near_ids[j]]
                if any(w.startswith(tuple(stems)) for w in content) and nouns & set(content) \
                        and self._governed_content(near_tokens, near_ids, j + 1, near_quotes, voice):
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
                        and not inside(quotes, t.start, t.end):
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

    def _next_in_segment(self, sentence: Sentence) -> Sentence | None:
        index = self._index(sentence)
        sentences = self.document.sentences
        if index is None or index + 1 >= len(sentences):
            return None
        later = sentences[index + 1]
        return later if self.document.segment_at(later.start) is self.document.segment_at(sentence.start) else None

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
        return any(t.text in self.speech.konjunktiv and not inside(quotes, t.start, t.end)
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
        here, there = self.document.segment_at(sentence.start), self.document.segment_at(later.start)
        if there is not here:
            # session 4, round 5: the pointer may open the next paragraph when the hedge's sentence closes its
            # own ("… offenbar erst im Heim angesteckt. ¶ Dies geht aus dem Brief der Ministerin hervor.")
            first = next((s for s in self.document.sentences if there is not None and s.start >= there.start), None)
            after = [s for s in self.document.sentences if here is not None and sentence.end <= s.start < here.end]
            if here is None or there is None or here.kind != "paragraph" or there.kind != "paragraph" \
                    or first is not later or after:
                return False
        if speech.back_conclusion is not None and there is here:
            found = speech.back_conclusion.search(self.text[later.start:later.end])
            if found is not None and any(w[:1].isupper() for w in regex.findall(r"[\w-]+", found.group("source"))) \
                    and not self._vague_word(found.group("source")):
                return True  # "… wohl … verstoßen. Zu diesem Ergebnis kommt das Rechnungsprüfungsamt."
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

    def _adjacent_report(self, sentence: Sentence) -> bool:
        """[speech] adjacent_tag: the sentence right before or right after (same paragraph, no quote in it) ends
        in a report tag with a named source ("…, so die Forscher.", "…, schreiben die Autoren der Studie.")
        or says where its words come from ("…, heißt es im Gutachten der Uni Jena."); it covers the
        single hedge of this sentence. A vague tag ("…, so Insider.") covers nothing (NL404's business). The
        sentence before may end the paragraph before when this one goes on with `adjacent_across_openers`
        ("…, so die Forscher. ¶ Und Kinder sind wohl …").
        Session 4, round 4: a paraphrase passage also covers it when a named tag stands up to two sentences
        before AND up to two sentences after it in the same paragraph ("…, so die Forscher. … . Bei X
        waren es wohl nur zwei Tage. „…“, schreiben die Experten."); the tag after may close a quote there, the
        tag before may close the paragraph before when this paragraph opens with `adjacent_across_openers`."""
        speech = self.speech
        if speech.adjacent_tag is None:
            return False
        index = self._index(sentence)
        first = next((t.text for t in sentence.tokens if t.kind == "word"), "")
        if index is None or first in speech.adjacent_not_openers:
            return False
        sentences = self.document.sentences
        segment = self.document.segment_at(sentence.start)
        for other in (index - 1, index + 1):
            if not 0 <= other < len(sentences):
                continue
            near = sentences[other]
            owner = self.document.segment_at(near.start)
            across = other < index and owner is not None and segment is not None and owner.kind == "paragraph" \
                and segment.kind == "paragraph" and first in speech.adjacent_across_openers
            if owner is not segment and not across or any(t.text in QUOTE_CHARS for t in near.tokens):
                continue
            if self._named_tag(near):
                return True
            if owner is segment and self._release_tag(near):
                # session 5: "…, teilte die Polizei mit." next to the hedge, the account in the Konjunktiv I there or on
                # the hedge's other side ("Sie prüft einen Beamten, der womöglich … . Gegen ihn werde ermittelt, teilte …")
                beyond = index + (index - other)
                far = sentences[beyond] if 0 <= beyond < len(sentences) else None
                if self._has_konjunktiv(near) or far is not None \
                        and self.document.segment_at(far.start) is segment and self._has_konjunktiv(far):
                    return True
        if segment is None or segment.kind != "paragraph":
            return False

        def opens_continuation(o: int) -> bool:  # the paragraph after sentence o opens with "Und/Auch …"
            owner = self.document.segment_at(sentences[o].start)
            if owner is None or owner.kind != "paragraph" or o + 1 > index:
                return False
            opener = next((t.text for t in sentences[o + 1].tokens if t.kind == "word"), "")
            return self.document.segment_at(sentences[o + 1].start) is segment and opener in speech.adjacent_across_openers

        def tagged(others, quote: bool) -> bool:
            return any(0 <= o < len(sentences)
                       and (self.document.segment_at(sentences[o].start) is segment or not quote and opens_continuation(o))
                       and (quote or not any(t.text in QUOTE_CHARS for t in sentences[o].tokens))
                       and self._named_tag(sentences[o]) for o in others)

        return tagged((index - 2, index - 1), quote=False) and tagged((index + 1, index + 2), quote=True)

    def _release_tag(self, near: Sentence) -> bool:
        """[speech] release_tag with a named source ("…, teilte die Polizei am Montag mit.")."""
        pattern = self.speech.release_tag
        match = pattern.search(self.text[near.start:near.end]) if pattern is not None else None
        if match is None:
            return False
        words = regex.findall(r"[\w-]+", match.group("source"))
        return any(w[:1].isupper() for w in words) and not self._vague_word(match.group("source"))

    def _named_tag(self, near: Sentence) -> bool:
        """The sentence ends in a [speech] adjacent_tag with a named source (a definite noun phrase or a name,
        no vague word, no thesis, no bare report noun)."""
        speech = self.speech
        match = speech.adjacent_tag.search(self.text[near.start:near.end])
        if match is None:
            return False
        words = regex.findall(r"[\w-]+", match.group("source"))
        if not any(w[:1].isupper() for w in words) or any(w in speech.adjacent_not_sources for w in words[:3]):
            return False
        if len(words) == 1 and self.vocab.voice is not None \
                and words[0].lower().endswith(tuple(self.vocab.voice.report_nouns)):
            return False  # "Das haben Recherchen ergeben.": whose?
        if len(words) >= 2 and words[0].lower() in DEFINITE and words[1][:1].isupper() \
                and words[1] not in self.vocab.speech_not_sources:
            return True  # anaphora: "so die Forscher" (those the story named)
        return bool(words) and not self._vague_word(match.group("source"))

    def _index(self, sentence: Sentence) -> int | None:
        if self._order is None:
            self._order = {s.start: k for k, s in enumerate(self.document.sentences)}
        return self._order.get(sentence.start)

    def _named_before(self, sentence: Sentence) -> bool:
        """The sentence right before names a speaker, also across a paragraph break or in the teaser (not
        the headline): "Gegen ihn wird ermittelt, teilte die Polizei mit. ¶ Er soll …"."""
        index = self._index(sentence)
        if not index:
            return False
        previous = self.document.sentences[index - 1]
        owner = self.document.segment_at(previous.start)
        if owner is None or owner.kind == "headline":
            return False
        return self._named_cue(previous, quote_spans(previous.tokens), own=False)

    def _tagged_after(self, sentence: Sentence, openers: frozenset[str] | None = None) -> bool:
        """The next sentence of the paragraph ends in a tag with a named speaker ([speech] tag_end or
        guess_tag_end: "…, vermutet Kommissarin Hahn."); with ``openers``, it opens with one of them."""
        index = self._index(sentence)
        sentences = self.document.sentences
        if index is None or index + 1 >= len(sentences):
            return False
        later = sentences[index + 1]
        if self.document.segment_at(later.start) is not self.document.segment_at(sentence.start):
            return False
        if openers is not None:
            first = next((t.text.lower() for t in later.tokens if t.kind == "word"), "")
            if first not in openers:
                return False
        text = self.text[later.start:later.end]
        if not (self.speech.guess_tag_end.search(text) or self.speech.tag_end is not None
                and self.speech.tag_end.search(text)):
            return False
        tokens = later.tokens
        verb = next((k + 1 for k in range(len(tokens) - 2, -1, -1) if tokens[k].text == ","
                     and tokens[k + 1].kind == "word" and self.speech.verbs.match(tokens[k + 1].text)), None)
        if verb is None:  # ", so vermutet …" or a verb of guessing outside [speech] verbs
            verb = next((k + 1 for k in range(len(tokens) - 2, -1, -1) if tokens[k].text == ","), None)
        if verb is not None and tokens[verb].text == "so":
            verb += 1
        return verb is not None and verb < len(tokens) and self._subject_named(tokens, verb)

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
            return [t.text for t in tokens if not inside(quoted, t.start, t.end)]

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
            if inside(quotes, at, at + 1) or verb and any(h.start <= at < h.end for h in hedges):
                return False  # a verb inside the hedge is its own ("sollen … erklärt haben")
            if not own:
                return True
            before = text[start0:at].rstrip(" ,–—-")
            if not before.endswith(CLOSING_MARKS):
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
            for start, end, group in find(pattern, text, sentence):
                if usable(start) and not self._vague_word(text[start:min(end + 40, sentence.end)]):
                    return True
        tokens = sentence.tokens
        for start, end, word in find(speech.verbs, text, sentence):
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
                return k + 1 < len(tokens) and inside(quotes, tokens[k + 1].start, tokens[k + 1].end)
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
                if after and at == 0 and word in ("etwa", "auch", "beispielsweise", "jedenfalls"):
                    continue  # session 5: a focus word before the subject, "sagt etwa der Virologe Jan Kern"
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


def layer_sources(document) -> frozenset[int]:
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


class SegmentQuotes:
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


class LazyClauses:
    """Clause numbers of a sentence's tokens, computed on first use (most sentences hold no hedge)."""

    __slots__ = ("tokens", "_ids")

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.tokens, self._ids = tokens, None

    def ids(self) -> list[int]:
        if self._ids is None:
            self._ids = clause_ids(self.tokens)
        return self._ids

    def __getitem__(self, index: int) -> int:
        return self.ids()[index]

    def __iter__(self):
        return iter(self.ids())
