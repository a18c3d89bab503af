"""Which hedge words weaken a claim of fact: hearsay, the hedge words, and the readings that are no hedge
(obligation, permission, conditions, evaluations, forecasts, the author's voice).
"""
from __future__ import annotations

import regex

from newslint.nlp.base import Sentence, Token

from .vocabulary import (
    ANAPHORIC, ARTICLES, AUXILIARIES, AuthorVoice, CONTRACTIONS, DETERMINERS, Entry, Forecast, NEGATIONS, NoClaim, POSSESSIVES,
    PREPOSITIONS, Permission, QUOTE_OPENERS, RELATIVE_PRONOUNS, SUPERLATIVE_ENDINGS, Vocabulary, Voice,
)
from .clauses import Hit, find, governing_clause_after, inside, quote_spans


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


def hearsay(sentence: Sentence, vocab: Vocabulary, text: str) -> list[Hit]:
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
    if entry.directional_ends and position < len(words) - 1 \
            and (words[-1].text.lower() in entry.directional_ends
                 or " ".join(w.text.lower() for w in words[-2:]) in entry.directional_ends) \
            and not any(_is_infinitive(w) or is_participle(w, vocab) for w in words[position + 1:]):
        return True  # "nach Wochen im Eis dürften sie längst nach Hause": allowed to go there, no verb
    if entry.directional_prepositions and position < len(words) - 2 and _verbless_direction(
            entry, words[position + 1:], vocab):
        return True  # session 5: "An manchen Grenzen dürften nicht einmal Sanitäter in die Kabinen": no verb at all
    if entry.not_if_negated_passive and position == len(words) - 1 and position >= 2 and words[-2].text == "werden" \
            and is_participle(words[-3], vocab) and any(t.text.lower() in NEGATIONS or t.text.lower()
                                                        in entry.passive_restrictions for t in words[:position]) \
            and not any(t.text.lower() in entry.conjecture_cues for t in words[:position]):
        return True  # session 5, verb-final: "…, wo keine weiteren Gäste eingelassen werden dürften": not allowed
    if entry.not_if_negated_passive and len(words) >= 2 and words[-1].text == "werden" \
            and is_participle(words[-2], vocab) and any(t.text.lower() in NEGATIONS or t.text.lower()
                                                        in entry.passive_restrictions for t in words[position:]):
        return True
    return False


def _verbless_direction(entry: Entry, after: list[Token], vocab) -> bool:
    """[[hedge]] dürfte directional_prepositions (session 5): the words after "dürfte(n)" end in a noun, hold a
    preposition of direction, a negation or a restriction (`directional_restrictions`: "nur", "wieder") and no verb
    at all (no infinitive, participle or number; a lowercase word in -en is an
    adjective only right before a noun): permission to go somewhere, the motion verb left out ("… dürften nicht
    einmal Ärzte an Bord", "dürften nur Anwohner in die Altstadt"). A conjecture always has its verb ("dürfte …
    an Bord gewesen sein", "dürfte auf neun Prozent steigen")."""
    if not after[-1].text[:1].isupper() or after[-1].kind != "word" \
            or not any(w.text.lower() in entry.directional_prepositions for w in after[:-1]) \
            or not any(w.text.lower() in NEGATIONS or w.text.lower() in entry.directional_restrictions for w in after):
        return False
    for j, w in enumerate(after):
        word = w.text
        if w.kind in ("number", "ordinal", "date") or word in AUXILIARIES or word in ("sein", "tun") \
                or is_participle(w, vocab):
            return False
        if word.islower() and len(word) >= 4 and word.endswith(("en", "ern", "eln")) and word not in DETERMINERS \
                and word not in POSSESSIVES and word not in ("denen", "ihnen", "wegen", "einmal", "eben", "oben", "unten"):
            following = after[j + 1].text if j + 1 < len(after) else ""
            if not (following[:1].isupper() or following.islower() and following.endswith(("e", "en", "er", "es", "em"))
                    and j + 2 < len(after)):
                return False  # "… in den Konsum stecken": a verb
    return True


def word_hits(sentence: Sentence, vocab: Vocabulary, clause_ids: list[int],
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
    if (entry.needs_infinitive or entry.not_if_negated_passive or entry.directional_ends) \
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
    full = vocab.speech.hypothetical_full if vocab.speech is not None else frozenset()
    if entry.type == "adverb" and full:
        clause = _clause_tokens(tokens, clause_ids, i)
        after = [t for t in clause if t.start > tokens[i].start and t.kind == "word"]
        if any(t.text in full for t in clause) and after and not any(is_participle(t, vocab) or _is_infinitive(t)
                                                                     for t in after) \
                and not (after[-1].text.islower() and after[-1].text.endswith(("t", "en"))):
            return True  # "Einen Nutzen hätte der Beschluss vermutlich auch": "haben" in Konjunktiv II, would have
    if entry.type == "adverb" and vocab.wish_words and any(t.text in vocab.wish_forms for t in tokens) \
            and any(t.text.lower() in vocab.wish_words for t in _clause_tokens(tokens, clause_ids, i)):
        return True  # "Einen solchen Zuschuss hätten wohl auch andere Gemeinden gern bekommen": a wish, no claim
    if entry.type == "adverb" and hypothetical and _after_insertion(tokens, clause_ids, i) and any(
            t.text in hypothetical for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] - 2):
        return True  # "Das könnten – trotz aller Hilfen – wohl nur wenige verkraften": the clause goes on
    if entry.type == "adverb" and hypothetical and _inserted(tokens, clause_ids, i) and any(
            t.text in hypothetical for k, t in enumerate(tokens) if clause_ids[k] != clause_ids[i]):
        return True  # "Gruppen könnten – womöglich sogar vernetzt – auftreten": an insertion in a hypothetical
    if vocab.voice is not None and _not_a_claim(vocab.voice, entry, tokens, clause_ids, i, vocab):
        return True  # [voice]: a counterfactual guess, "können" already in the clause, a lead-in, a definition
    if vocab.no_claim is not None and entry.type == "adverb" and _no_claim(vocab.no_claim, tokens, clause_ids, i, vocab):
        return True  # [no_claim] (session 6): a prefield noun phrase, an idiom, a weighed risk, advice
    if vocab.voice is not None and (_distancing(vocab.voice, entry, tokens, clause_ids, i, vocab)
                                    or _evaluative(vocab.voice, entry, tokens, clause_ids, i)
                                    or _no_fact(vocab.voice, entry, tokens, clause_ids, i, vocab)):
        return True  # "die angeblichen Verräter"; "dürfte ihm egal sein": a label held at a distance, an opinion
    if entry.not_before_quote and i + 1 < len(tokens) and tokens[i + 1].text in QUOTE_OPENERS:
        return True  # "die angeblich „gestohlene Wahl“": someone else's term, held at a distance
    if entry.permission is not None and word in entry.permission.forms \
            and (_permission(entry.permission, tokens, clause_ids, i, previous, vocab)
                 or _rule_frame(entry, tokens, clause_ids, i, vocab)):
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
    if voice.counterfactual_modals and _counterfactual_frame(voice, tokens, clause_ids, i):
        return True  # "Ihm hätte klar sein müssen, dass der Umbau vermutlich scheitert": what he should have foreseen
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
    if voice.advice_verbs and _advised_scenario(voice, tokens, clause_ids, i):
        return True  # "Sie rieten davon ab, die Hütte abzusperren, womöglich noch mit einem Gitter": advised against
    if voice.lead_in is not None and i > 0 and voice.lead_in.search(
            " ".join(t.text for t in tokens[max(0, i - 3):i + 7])):
        return True
    if i >= 2 and tokens[i - 1].text in voice.definition_verbs:
        subject = tokens[:i - 1]
        colon = max((k for k, t in enumerate(subject) if t.text == ":"), default=None)
        if colon is not None:
            subject = subject[colon + 1:]  # session 6: "…, dass …: Arbeiten, wenn alle schlafen, heißt womöglich …"
        comma = next((k for k, t in enumerate(subject) if t.text == ","), None)
        if comma is not None:
            subject = subject[:comma]  # "Arbeiten, wenn alle schlafen, heißt womöglich …"
        words = [t for t in subject if t.kind == "word"]
        if 1 <= len(words) <= 4 and len(words) == len(subject) and words[-1].text.endswith(("en", "eln", "ern")) \
                and not any(t.text.lower() in DETERMINERS or t.text.lower() in POSSESSIVES for t in words):
            return True
    return False


def _escalation(rules: NoClaim, tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """[no_claim] escalation (session 6, hedB2, review 1811): a possibility adverb right after a comma that opens
    a second phrase of a general temporal or conditional clause ("…, bevor Kranke ins Spital, womöglich sogar auf
    die Intensivstation kommen"): the clause before the comma opens with `escalation_openers` and still lacks its
    verb (it ends in a noun after a preposition); the hedge's phrase opens with a preposition and ends in the shared
    lowercase verb in the present (-en whose -t form the spelling lexicon holds, no past form), with no verb of its own before it and no figure; the subject
    is a bare plural or "man" (`escalation_subjects`). It names the next possible step of a scenario,
    no claim of fact."""
    voice = vocab.voice
    if voice is None or tokens[i].text.lower() not in voice.possibility_adverbs or i < 3 \
            or tokens[i - 1].text != "," or clause_ids[i] == 0:
        return False
    prev = [t for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] - 1 and t.kind == "word"]
    opener = next((t.text.lower() for t in prev if t.text.lower() not in voice.leading_conjunctions), "")
    if opener not in rules.escalation_openers or len(prev) < 4 or not prev[-1].text[:1].isupper() \
            or prev[-2].text.lower() not in PREPOSITIONS | rules.escalation_prepositions:
        return False
    at = next(k for k, t in enumerate(prev) if t.text.lower() == opener)
    subject = prev[at + 1] if at + 1 < len(prev) else None
    if subject is None or not (subject.text[:1].isupper() or subject.text.lower() in rules.escalation_subjects):
        return False  # a bare plural or "man": "bevor Kranke …", not "bevor der Täter …" (someone in particular)
    clause = _clause_tokens(tokens, clause_ids, i)
    rest = [t for t in clause if t.start > tokens[i].start and t.kind == "word"]
    while rest and rest[0].text.lower() in rules.escalation_particles:
        rest = rest[1:]
    return len(rest) >= 2 and rest[0].text.lower() in PREPOSITIONS | rules.escalation_prepositions \
        and rest[-1].text.islower() and rest[-1].text.endswith("en") and not rest[-1].text.endswith("ten") \
        and not (vocab.forecast is not None and rest[-1].text in vocab.forecast.past_forms) \
        and _verb_by_lexicon(rest[-1].text, "en") \
        and not any(t.kind in ("number", "ordinal", "date") for t in clause) \
        and not any(w.text in vocab.main_verbs or w.text in AUXILIARIES for w in rest[:-1])


def _no_claim(rules: NoClaim, tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """[no_claim] (session 6): an adverb that hedges no claim of fact: inside a prefield noun phrase ("denn
    womöglich gefährliche Keime bleiben unentdeckt"), in an idiom ("Mehr geht wohl nicht"), in a dass-clause that
    weighs a risk next to one with "können", in a deontic "sein + zu" ("sind wohl vorsichtig zu interpretieren")
    or in generic advice ("Offenbar sollte man …")."""
    word = tokens[i].text.lower()
    clause = _clause_tokens(tokens, clause_ids, i)
    words = [t for t in clause if t.kind == "word"]
    if word in rules.prefield_hedges and _prefield_phrase(rules, tokens, i, vocab):
        return True
    if rules.idioms:
        clause_text = " ".join(t.text for t in clause if t.kind != "punct" or t.text in ("'", "’"))
        if any(p.search(clause_text) for p in rules.idioms):
            return True  # "Mehr geht wohl nicht", "Wohl dem, …" (the clause's words, punctuation left out)
    if vocab.voice is not None and word in vocab.voice.possibility_adverbs and len(words) >= 2 \
            and words[0].text.lower() in rules.coordinated_dass and words[1].text == "dass" \
            and _earlier_dass_can(tokens, clause_ids, i, vocab.voice.possibility_modals):
        return True  # "…, dass die Geräte ausfallen können; und dass manche Nutzer womöglich …"
    if rules.escalation_openers and _escalation(rules, tokens, clause_ids, i, vocab):
        return True  # "…, bevor Kranke ins Spital, womöglich auf die Intensivstation kommen": a general scenario
    if rules.rankings or rules.rhetorical:
        joined, at = "", 0
        for t in tokens:
            if t is tokens[i]:
                at = len(joined)
            joined += t.text + " "
        if any(m.start() <= at < m.end() for p in rules.rankings + rules.rhetorical for m in p.finditer(joined)):
            return True  # "Es gab wohl kein Jahr, in dem der Preis so wichtig war": a ranking, like a superlative;
            # "Weiß der Himmel, warum …": a rhetorical frame (session 6, hedB2)
    if vocab.voice is not None and word in vocab.voice.possibility_adverbs and len(words) >= 3 \
            and words[-1].start > tokens[i].start and words[-1].text.islower() \
            and (words[-2].text == "zu" or regex.fullmatch(r"\p{Ll}{2,}zu\p{Ll}{3,}en", words[-1].text)):
        if words[0].text.lower() in rules.purpose_um and words[0].start < tokens[i].start:
            return True  # "…, um ihnen womöglich einen Chip einzupflanzen": part of the aim
        governing = [t.text for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] - 1 and t.kind == "word"]
        if clause_ids[i] > 0 and words[-1].text not in rules.infinitive_not and governing \
                and (any(w in rules.infinitive_governors for w in governing)
                     or governing[-1] in rules.infinitive_particles) \
                and not any(w.text in vocab.main_verbs or w.text in AUXILIARIES or w.text in rules.deontic_copulas
                            for w in words[:-1]):
            return True  # "Man kann nur versuchen, die Tiere womöglich im Wald zu sehen": what one tries or plans
    if any(t.kind in ("number", "ordinal", "date") for t in clause):
        return False
    if rules.deontic_verbs and any(w.text in rules.deontic_copulas for w in words) and len(words) >= 2:
        last, before = words[-1].text, words[-2].text
        verb = last[last.index("zu") + 2:] if before != "zu" and regex.fullmatch(r"\p{Ll}{2,}zu\p{Ll}{3,}en", last) \
            else last if before == "zu" else ""
        if verb and last.islower() and words[-1].start > tokens[i].start and (
                verb in rules.deontic_verbs or last in rules.deontic_verbs
                or verb in rules.as_verbs and any(w.text == "als" for w in words)):
            return True  # "Die Werte sind wohl vorsichtig zu interpretieren": advice
    if any(w.text in rules.advice_modals for w in words) and any(w.text in rules.advice_subjects for w in words):
        return True  # "Offenbar sollte man Ziegen halten, …": generic advice
    return False


def _prefield_phrase(rules: NoClaim, tokens: tuple[Token, ...], i: int, vocab: Vocabulary) -> bool:
    """The hedge opens the prefield (first word of the sentence, or after a conjunction that opens the sentence
    or follows a comma) and an inflected adjective, its noun and a finite verb follow: "denn womöglich
    gefährliche Keime bleiben unentdeckt" (the prefield holds one phrase: the hedge is inside the noun phrase)."""
    first = next((k for k, t in enumerate(tokens) if t.kind == "word"), None)
    if first is None:
        return False
    start = i - 1 if i >= 1 and tokens[i - 1].text.lower() in rules.prefield_particles else i
    if start != first:  # (a focus particle before the hedge belongs to the phrase: "Doch auch angeblich …")
        conjunction = start - 1
        if conjunction < 0 or tokens[conjunction].text.lower() not in rules.prefield_conjunctions:
            return False
        if conjunction != first and tokens[conjunction - 1].text not in (",", ";", "–", "—", ":"):
            return False
    if i + 3 >= len(tokens):
        return False
    adjective, noun, verb = tokens[i + 1], tokens[i + 2], tokens[i + 3]
    text = adjective.text
    if adjective.kind != "word" or not text.isalpha() or not text.islower() or text in rules.quantities \
            or text in vocab.function_words or text in DETERMINERS or text in POSSESSIVES:
        return False
    ending = next((e for e in ("en", "em", "er", "es", "e") if text.endswith(e)), None)
    if ending is None:
        return False
    stem = text[:-len(ending)]
    if not (stem.endswith(vocab.adjective_suffixes) or stem.endswith(rules.adjective_suffixes)
            or len(stem) > 5 and is_participle(Token(0, 0, stem, "word"), vocab)
            or _adjective_by_lexicon(text, stem, vocab)):
        return False
    if _verb_by_lexicon(text, ending):
        return False  # "Vermutlich bestätigen Tests …": a verb
    if noun.kind != "word" or not noun.text[:1].isupper() or noun.text.lower() in DETERMINERS:
        return False
    following = verb.text
    return verb.kind == "word" and following.islower() and following not in rules.not_finite \
        and following not in vocab.function_words and following not in DETERMINERS


_LEXICON: list = []


def _adjective_by_lexicon(word: str, stem: str, vocab: Vocabulary) -> bool:
    """A plain adjective without a suffix ("kerngesunde", "neue"): the lexicon holds its forms in -e and -en, no
    verb form in -t/-et, and it is no preposition and has no past-tense shape in -te/-ten ("kosteten")."""
    if word.endswith(("te", "ten")) or word in PREPOSITIONS or len(stem) < 3:
        return False
    if not _LEXICON:
        _verb_by_lexicon("", "e")
    lexicon = _LEXICON[0]
    return lexicon is not None and stem + "e" in lexicon.words and stem + "en" in lexicon.words \
        and stem + "t" not in lexicon.words and stem + "et" not in lexicon.words


def _verb_by_lexicon(word: str, ending: str) -> bool:
    """The word's -t form ("bestätigen"/"bestätigt", "warten"/"wartet", "liege"/"liegt") is a word of the spelling
    lexicon: a verb."""
    if not _LEXICON:
        try:
            from newslint.spelling.lexicon import base_lexicon
            _LEXICON.append(base_lexicon())
        except Exception:  # pragma: no cover - the lexicon is optional here
            _LEXICON.append(None)
    lexicon = _LEXICON[0]
    if ending not in ("en", "e"):
        return False
    stem = word[:-len(ending)]
    return lexicon is not None and (stem + "t" in lexicon.words or ending == "en" and stem + "et" in lexicon.words)


def _earlier_dass_can(tokens: tuple[Token, ...], clause_ids, i: int, modals: frozenset[str]) -> bool:
    """An earlier clause of the sentence opened by "dass" holds a modal of possibility."""
    for clause in range(clause_ids[i] - 1, -1, -1):
        words = [t.text for k, t in enumerate(tokens) if clause_ids[k] == clause and t.kind == "word"]
        if words and words[0] == "dass":
            return any(w in modals for w in words)
    return False


def _counterfactual_frame(voice: Voice, tokens: tuple[Token, ...], clause_ids, i: int) -> bool:
    """[voice] counterfactual_modals (session 4, round 5): the hedge's clause is a dass-clause right after a
    clause with "hätte/hätten" that ends in a modal infinitive ("Dem Vorstand hätte klar sein müssen, dass der
    Umbau vermutlich scheitert"): what someone should have foreseen, no claim of the writer."""
    words = [t.text for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] and t.kind == "word"]
    if not words or words[0] != "dass":
        return False
    governing = [t.text for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] - 1 and t.kind == "word"]
    return bool(governing) and governing[-1] in voice.counterfactual_modals \
        and any(w in voice.counterfactual_forms for w in governing)


def _advised_scenario(voice: Voice, tokens: tuple[Token, ...], clause_ids, i: int) -> bool:
    """[voice] advice_verbs: the hedge opens a verbless addition (after a comma) to a zu-infinitive clause that
    someone advises, urges or warns about: "Die Bergretter rieten davon ab, die Hütte abzusperren, womöglich
    noch mit einem Gitter" spells out what they advise against, no claim. The addition opens (after
    ``advice_particles``) with one of ``advice_additions`` and holds no auxiliary."""
    first = next((k for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] and t.kind == "word"), None)
    if first != i or i < 2 or tokens[i - 1].text != ",":
        return False
    clause = [t.text for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] and t.kind == "word"][1:]
    while clause and clause[0] in voice.advice_particles:
        clause = clause[1:]
    if not clause or clause[0] not in voice.advice_additions or any(w in AUXILIARIES for w in clause):
        return False  # a verb of its own ("…, womöglich wurde sie …"), a reason ("…, vermutlich wegen …")
    infinitive = [k for k in range(i) if clause_ids[k] == clause_ids[i] - 1 and tokens[k].kind == "word"]
    words = [tokens[k].text for k in infinitive]
    if not words or not (words[-1].islower() and ("zu" in words[-2:-1] or regex.search(r"\wzu\w+en$", words[-1]))):
        return False
    return any(t.text in voice.advice_verbs for k, t in enumerate(tokens) if clause_ids[k] < clause_ids[i] - 1)


def _distancing(voice: Voice, entry: Entry, tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """[voice] distancing_adjectives: an inflected "angeblich-" right before its noun (at most two adjectives
    between: "die angeblichen Verräter", "diese angebliche neue Wende") is a so-called label, someone else's
    claim; distancing_relative: right after a relative pronoun in a present-tense clause without a figure it
    describes what a model or type is said to be ("der angeblich jedes Problem mit Technik löst")."""
    word = tokens[i].text.lower()
    if entry.id in voice.distancing_adjectives and word != entry.id:
        j = i + 1
        adjectives = 0
        while j < len(tokens) and adjectives < 2:
            if tokens[j].text == "(" and j + 2 < len(tokens) and tokens[j + 2].text == ")" \
                    and tokens[j + 1].text.islower() and tokens[j + 1].text.endswith(("e", "en", "er", "es", "em")):
                j += 3  # session 5: a bracketed adjective, "angeblicher (politischer) Erlöser"
            elif tokens[j].kind == "word" and tokens[j].text.islower() \
                    and tokens[j].text.endswith(("e", "en", "er", "es", "em")):
                j += 1  # "die angebliche neue Wende"
            else:
                break
            adjectives += 1
        if j < len(tokens) and tokens[j].kind == "word" and tokens[j].text[:1].isupper():
            return True
    if entry.id in voice.distancing_relative and word == entry.id and i + 2 < len(tokens) \
            and tokens[i + 1].text == "," and tokens[i + 2].text.lower() in voice.distancing_reasons \
            and (i == 0 or tokens[i - 1].kind == "punct"):
        return True  # "– angeblich, um die Schulen zu entlasten": the reason someone gives, doubted
    if entry.id in voice.distancing_relative and word == entry.id and voice.distancing_refuted is not None:
        later = [t for k, t in enumerate(tokens) if clause_ids[k] > clause_ids[i]]
        if later and voice.distancing_refuted.search(" ".join(t.text for t in later)):
            return True  # "die angeblich … angezündet wurde, war doch durch einen Blitz …": a refuted rumour
    r = i - 2 if i >= 3 and tokens[i - 1].text in voice.distancing_pronouns else i - 1  # "die es angeblich …"
    if entry.id in voice.distancing_relative and word == entry.id and r >= 1 \
            and tokens[r].text in voice.relative_pronouns and tokens[r - 1].text == ",":
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
    if i >= 1 and i + 1 < len(tokens) and tokens[i - 1].text in voice.evaluative_ranking_coordinators \
            and _superlative(tokens[i + 1].text, voice) \
            and any(_superlative(t.text, voice) for t in tokens[max(0, i - 6):i - 1]):
        return True  # "die jüngste, aber wohl lauteste Gruppe im Ort": a second ranking
    if voice.evaluative_frames is not None and clause:
        return voice.evaluative_frames.search(" ".join(t.text for t in clause)) is not None
    return False


def _no_fact(voice: Voice, entry: Entry, tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """[evaluative] round 8 (session 5): the hedge's clause states no fact one could check or source, and holds no
    figure or date:
    - a judgement as its predicate: a judgement adjective followed only by a copula ("Das Rückspiel dürfte
      schwerer werden als das Hinspiel"; not "schwer verletzt", not "falsch"), a short superlative after an
      article ("wohl die beste Lösung"), an attributive judgement comparative right after the hedge ("die zweite,
      wohl etwas schwierigere Etappe");
    - someone's inner state, for a conjecture: a feeling or mood ("dürfte sich gefreut haben", "dürften mit Sorge auf
      … blicken"), an aim in mind ("dürfte die Wahl im Blick haben"), a belief or hope ("hofft vermutlich auf …");
      not with a cause in the clause; knowledge, intent and the evidential "offenbar" ("wusste wohl", "will
      offenbar", "hat sich offenbar geärgert") stay flagged;
    - a generic audience in the present ("Viele Menschen dürften das kennen", "kennt wohl fast jeder Kunde"); a
      past or perfect ("Viele Anwohner sind wohl geflohen") stays flagged."""
    clause = _clause_tokens(tokens, clause_ids, i)
    if any(t.kind in ("number", "ordinal", "date") for t in clause):
        return False
    words = [t for t in clause if t.kind == "word"]
    hedge = entry.id
    if hedge in voice.evaluative_hedges:
        if any(w.text in voice.evaluative_copulas for w in words):
            for k, w in enumerate(words):
                if w.text not in voice.evaluative_predicate_adjectives:
                    continue
                rest = [x.text for x in words[k + 1:]]
                cut = rest.index("als") if "als" in rest else len(rest)
                if all(x in voice.evaluative_copulas or x in voice.evaluative_predicate_fillers for x in rest[:cut]):
                    return True  # "dürfte schwerer werden (als …)", "war wohl schwierig"
        for k, w in enumerate(words[1:], 1):
            if w.text in voice.evaluative_short_superlatives and words[k - 1].text.lower() in voice.evaluative_ranking_after:
                return True  # "wohl die beste Lösung"
        first = words[0] if words else None
        between = [w for w in words[1:] if w.start < tokens[i].start]
        allowed = voice.evaluative_predicate_fillers
        if between and between[0].text == "als" and voice.evaluative_comparison_connectives:
            copula = next((k for k, w in enumerate(between) if w.text in voice.evaluative_copulas), None)
            if copula is not None:  # session 6: "Interessanter als X zu beobachten ist es daher wohl, …"
                between = between[copula + 1:]
                allowed = allowed | voice.evaluative_comparison_connectives
        if first is not None and first.start < tokens[i].start and first.text[:1].isupper() \
                and first.text.lower() in voice.evaluative_predicate_adjectives \
                and all(w.text in allowed for w in between) \
                and any(w.text in voice.evaluative_copulas for w in words):
            return True  # "Spannender dürfte es im Mai werden": a fronted judgement
        if voice.evaluative_judgement_frames is not None \
                and voice.evaluative_judgement_frames.search(" ".join(t.text for t in clause)):
            return True  # "Damit dürfte sie die Stimmung auf den Punkt gebracht haben"
        nxt = i + 1
        if nxt < len(tokens) and tokens[nxt].text in voice.evaluative_degree_words:
            nxt += 1
        if nxt + 1 < len(tokens) and tokens[nxt + 1].text[:1].isupper() and any(
                tokens[nxt].text == form + ending for form in voice.evaluative_comparatives
                for ending in ("e", "en", "em", "er", "es")):
            return True  # "die wohl etwas schwierigere Etappe"
    if hedge in voice.evaluative_state_hedges \
            and (any(w.text in voice.evaluative_feelings for w in words) or voice.evaluative_state_frames is not None
                 and voice.evaluative_state_frames.search(" ".join(t.text for t in clause))) \
            and not any(w.text.lower() in voice.evaluative_state_not_with for w in words):
        return True  # "dürfte sich gefreut haben", "dürften mit Sorge auf den Winter blicken"
    if hedge in voice.evaluative_hedges and any(w.text in voice.evaluative_beliefs for w in words):
        return True  # "hofft vermutlich auf …", "glaubt wohl, dass …"
    if hedge in voice.evaluative_generic_hedges and voice.evaluative_generic_subject is not None:
        past = vocab.forecast.past_forms if vocab.forecast is not None else frozenset()
        if voice.evaluative_generic_subject.search(" ".join(t.text for t in clause)) \
                and not any(w.text in past or w.text in voice.evaluative_generic_not or is_participle(w, vocab)
                            for w in words):
            return True  # "Viele Menschen dürften das kennen": a generic audience, a rhetorical aside
    return False


def _superlative(word: str, voice: Voice) -> bool:
    return word.islower() and len(word) >= 6 and word.endswith(SUPERLATIVE_ENDINGS) \
        and word not in voice.evaluative_not_superlatives


def _made_up_example(tokens: tuple[Token, ...], clause_ids, first: int, i: int, vocab: Vocabulary) -> bool:
    """[claim] example_articles: "Eine Kundin, deren Bank umzog, erhält möglicherweise keine Post": an indefinite
    subject with a relative clause, then a present-tense full verb and a possibility adverb in the main clause."""
    voice = vocab.voice
    if voice is None or tokens[i].text.lower() not in voice.possibility_adverbs or i < 1 \
            or tokens[first].text.lower() not in vocab.example_articles or first + 3 >= i:
        return False
    if not tokens[first + 1].text[:1].isupper() or tokens[first + 2].text != "," \
            or tokens[first + 3].text.lower() not in voice.relative_pronouns:
        return False
    if clause_ids[i] != _main_clause(tokens, clause_ids, first, vocab) or clause_ids[i] == clause_ids[first]:
        return False
    verb = tokens[i - 1]
    return tokens[i - 2].text == "," and verb.kind == "word" and verb.text.islower() and verb.text.endswith("t") \
        and verb.text not in AUXILIARIES and verb.text not in ("wird", "gilt", "bleibt") \
        and not verb.text.endswith(("te", "ten")) and not any(t.kind in ("number", "date") for t in tokens[i:]) \
        and not (vocab.forecast is not None and any(verb.text.endswith(p) for p in vocab.forecast.past_forms
                                                    if len(p) >= 4))  # "erhielt": a strong past


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
            members = [t.text for j, t in enumerate(tokens) if clause_ids[j] == clause_ids[k + 1] and t.kind == "word"]
            if len(members) >= 2 and (members[-2] == "zu" or regex.fullmatch(r"\p{Ll}{2,}zu\p{Ll}{2,}en", members[-1])) \
                    and members[-1].islower():
                continue  # session 5: a zu-infinitive inside the fronted clause ("Wenn er es schafft, sein Versprechen
                # umzusetzen, wird es womöglich …")
            return clause_ids[k + 1]
    return clause_ids[len(tokens) - 1]


def _inflected_form(word: str, entry: Entry, vocab: Vocabulary) -> bool:
    """ "angebliche", "mutmaßlichen": an inflected adjective form of the entry (its base form minus an ending)."""
    lowered = word.lower()
    return any(lowered.endswith(e) and lowered[:-len(e)] in entry.forms for e in vocab.inflections)


def short_answer(tokens: tuple[Token, ...], previous: Sentence | None, vocab: Vocabulary) -> bool:
    """A sentence of at most `answer_words` words right after a question of the same paragraph, or opening the
    next paragraph after a paragraph of several sentences that ends in a question: the writer's rhetorical answer
    ("Ist das noch Politik? Wohl nicht."), no claim of fact."""
    if not vocab.answer_words or previous is None or not any(t.text == "?" for t in previous.tokens[-3:]):
        return False
    words = [t for t in tokens if t.kind == "word"]
    if len(words) <= vocab.answer_words or bool(words) and words[0].text.lower() in vocab.by_form:
        return True
    rules = vocab.no_claim
    if rules is None or not rules.answer_generic_words or len(words) > rules.answer_generic_words \
            or not any(t.text in rules.answer_question_subjects for t in previous.tokens) \
            or any(t.kind in ("number", "ordinal", "date") for t in tokens):
        return False
    first = words[0].text  # [no_claim] (session 6): "Wie kommt man hier weg? Laufen dürfte wenig nützen."
    return first[:1].isupper() and first.endswith("en") and _verb_by_lexicon(first.lower(), "en") \
        and first.lower() in _LEXICON[0].words


def _comparative(word: str, vocab: Vocabulary) -> bool:
    """ "gefährlicheren", "höhere": a lowercase comparative with an adjective ending."""
    return word.islower() and any(word.endswith("er" + e) for e in vocab.inflections)


def _after_insertion(tokens: tuple[Token, ...], clause_ids, i: int) -> bool:
    """The hedge's clause resumes a clause after an insertion between dashes or in brackets ("Das könnten –
    trotz aller Hilfen – wohl nur wenige verkraften"): it opens with the closing mark and the insertion opened
    with its pair, right after the clause before it."""
    clause = clause_ids[i]
    if clause < 2:
        return False
    opening = next((t.text for k, t in enumerate(tokens) if clause_ids[k] == clause), "")
    inserted = next((t.text for k, t in enumerate(tokens) if clause_ids[k] == clause - 1), "")
    return opening in ("–", "—", "-") and inserted == opening or opening == ")" and inserted == "("


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
            and (tokens[first].text.endswith(vocab.v1_endings) or tokens[first].text.lower() in vocab.v1_forms) \
            and tokens[first + 1].kind == "word" \
            and (tokens[first + 1].text in vocab.v1_subjects or tokens[first + 1].text.islower()) \
            and tokens[first].text.lower() not in DETERMINERS and tokens[first].text.lower() not in vocab.v1_not \
            and tokens[first].text not in vocab.speech_not_subjects_all:
        comma = next((k for k in range(first + 2, i) if tokens[k].text == ","), None)
        generic = comma is not None and tokens[comma + 1].text in vocab.main_verbs \
            and not any(t.text in (",", ";") for t in tokens[comma + 1:i])  # "Fällt der Wert aus, werden womöglich …"
    if (opener in vocab.conditional_openers or generic) and clause_ids[i] <= _main_clause(tokens, clause_ids, first, vocab):
        return True  # the opening clause (with its dass- or relative clauses) and the main clause after it
    if vocab.example_articles and _made_up_example(tokens, clause_ids, first, i, vocab):
        return True  # session 5: "Eine Kundin, deren Bank umzog, erhält möglicherweise keine Post": a case, like "Wer …"
    clause_first = next((t for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] and t.kind == "word"), None)
    if clause_first is not None and clause_first.start != tokens[i].start \
            and (clause_first.text.lower() in vocab.question_clause_openers
                 or entry.type == "adverb" and clause_first.text.lower() in vocab.future_clause_openers):
        return True  # "…, ob das Kind womöglich krank ist": an indirect question; "ehe … womöglich platzt"
    if clause_first is not None and entry.type == "adverb" and clause_first.text.lower() in vocab.unreal_clause_openers \
            and vocab.voice is not None and tokens[i].text.lower() in vocab.voice.possibility_adverbs:
        at = next(k for k, t in enumerate(tokens) if t.start == clause_first.start)
        if at + 1 < i and tokens[at + 1].text == "dass":
            return True  # session 5: "…, ohne dass die Gemeinde möglicherweise pleitegeht": what does not happen
    if vocab.generic_subjects and vocab.forecast is not None and tokens[i].text.lower() in vocab.generic_hedges:
        clause = _clause_tokens(tokens, clause_ids, i)
        words = [t for t in clause if t.kind == "word"]
        subject = next((k for k, t in enumerate(words) if t.text.lower() in vocab.generic_subjects), None)
        if subject is not None and not any(t.text.lower() in vocab.generic_not_after for t in words[:subject]) \
                and not any(t.kind in ("number", "ordinal", "date") for t in clause) \
                and not _past_claim(vocab.forecast, words, vocab):
            return True  # "Das bekommt man wohl kaum auf eine Bühne": what one does, no event
    if vocab.conditional_clause_openers and _opened_by(tokens, clause_ids, i, vocab.conditional_clause_openers,
                                                       vocab, after_comma=True) is not None:
        return True  # "Was passiert, sollte sie stürzen und womöglich lange ausfallen, ist offen"
    hypothetical = vocab.speech.hypothetical if vocab.speech is not None else frozenset()
    colon = next((k for k in range(i - 1, 0, -1) if tokens[k].text == ":"), None)
    if colon is not None and hypothetical and clause_ids[colon - 1] == 0 \
            and any(t.text in hypothetical for t in tokens[:colon]):  # (a main clause opening the sentence)
        return True  # session 5: "Psychologen würden das so deuten: Hier redet offenbar einer, …": imagined words
    if vocab.conditional_clause_openers and _after_condition(tokens, clause_ids, i, vocab):
        return True  # session 5: "Das heißt: Falls die Zinsen nicht steigen, dürfte sich die Schuld …"
    if entry.type == "adverb" and vocab.purpose_clause_openers and vocab.voice is not None \
            and tokens[i].text.lower() in vocab.voice.possibility_adverbs and _purpose(tokens, clause_ids, i, vocab):
        return True  # "Damit nicht jeder selbst verhandelt – und dabei womöglich zu viel zahlt": a purpose
    if clause_first is not None and clause_first.text == "dass" and vocab.voice is not None:
        at = next(k for k, t in enumerate(tokens) if t.start == clause_first.start)
        if at >= 2 and tokens[at - 1].text == "," and tokens[at - 2].text in vocab.voice.attitude_verbs \
                and not any(t.text in ("ich", "wir", "man") for t in tokens[max(0, at - 6):at - 2]):
            return True  # [voice] "Obwohl sie ahnen, dass … nicht so bald normal werden dürfte": their thought
        if at >= 2 and tokens[at - 1].text == "," and _others_content(tokens, clause_ids, at - 1, vocab.voice, vocab):
            return True  # [voice] "Die Ökonomen gehen davon aus, dass … sinken dürfte": their expectation
    if clause_first is not None and clause_first.text == "Dass" and vocab.voice is not None:
        at = next(k for k, t in enumerate(tokens) if t.start == clause_first.start)
        if _fronted_others_content(tokens, clause_ids, at, vocab.voice):
            return True  # [voice] "Dass womöglich weniger Gäste kommen, nimmt die Wirtin in Kauf": her attitude
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


def _others_content(tokens: tuple[Token, ...], clause_ids, comma: int, voice: Voice, vocab: Vocabulary) -> bool:
    """[voice] attitude_*: the clause before the comma of a dass-clause is someone else's saying, thinking or
    noticing (``attitude_frames``: "X geht davon aus", "Y ist aufgefallen", "Z warnen"), or ends in a report
    noun with an optional complement ("Berichte aus zwei Ländern"); not the writer's ("ich", "wir",
    "man", an impersonal "es", a demonstrative "Das"/"Dies" as subject: "Das lässt vermuten, dass …"), nor
    an impersonal passive that hides who thinks it ("Es wird vermutet, dass …")."""
    governing = [k for k in range(comma) if clause_ids[k] == clause_ids[comma - 1] and tokens[k].text != ","]
    if not governing:
        return False
    words = [tokens[k] for k in governing if tokens[k].kind == "word"]
    if not words:
        return False
    if _attitude_frame(words, voice):
        return True
    # a report noun right before the comma, or before a short complement ("Berichte aus Peru und Chile")
    for n in range(len(words) - 1, max(len(words) - 8, -1), -1):
        if words[n].text in voice.attitude_report_nouns:
            rest = words[n + 1:]
            if len(rest) < 2 or rest[0].text.lower() not in voice.attitude_complements:
                return False
            name = rest[1].text  # a name right after the preposition, no article ("aus Peru", "der Polizei")
            return name[:1].isupper() and name.lower() not in DETERMINERS \
                and not name.lower().endswith(vocab.noun_suffixes) and name not in vocab.speech_not_sources
    return False


DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})


def _attitude_frame(words: list[Token], voice: Voice) -> bool:
    """[voice] attitude_frames: the words of a governing clause say someone else thinks, expects or accepts
    something ("X geht davon aus", "nimmt sie in Kauf"), with no subject of the writer's ("ich", "wir", "man",
    an impersonal "es", a demonstrative "Das"/"Dies") and no passive ("wird vermutet")."""
    def writers(n: int, word: str) -> bool:
        following = words[n + 1].text if n + 1 < len(words) else ""
        return word in voice.attitude_not_subjects \
            and not (word.lower() in ("das", "dies") and following[:1].isupper())  # ("Das Amt warnt, dass …")

    return voice.attitude_frames is not None and bool(voice.attitude_frames.search(" ".join(t.text for t in words))) \
        and not any(writers(n, t.text) or t.text in voice.attitude_passive for n, t in enumerate(words))


def _fronted_others_content(tokens: tuple[Token, ...], clause_ids, at: int, voice: Voice) -> bool:
    """Session 4, round 4: a dass-clause that opens the sentence, governed by the clause after it ("Dass dann
    womöglich weniger Gäste kommen, nimmt die Wirtin in Kauf", "…, befürchten die Anwohner"): someone
    else's attitude, as with the frame before the clause (`_others_content`). Dependent clauses inside the
    dass-clause ([voice] content_inner_openers) are skipped."""
    if any(t.kind == "word" for t in tokens[:at]):
        return False
    later = governing_clause_after(tokens, clause_ids, clause_ids[at], voice.content_inner_openers)
    if later is None:
        return False
    words = [t for j, t in enumerate(tokens) if clause_ids[j] == later and t.kind == "word"]
    # the subject right after the verb is a pronoun or a definite noun phrase, those the story named ("nimmt sie
    # in Kauf", "glauben die Anwohner"); a bare plural ("befürchten Experten") stays flagged (NL404 looks at it)
    subject = words[1].text.lower() if len(words) > 1 else ""
    return bool(words) and words[0].text.islower() and (subject in ("er", "sie") or subject in DEFINITE_ARTICLES
                                                        or subject in POSSESSIVES) and _attitude_frame(words, voice)


def _after_condition(tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """[claim] conditional_clause_openers (session 5): the hedge's clause opens with a finite verb (or the hedge
    "dürfte" itself) right after a clause opened mid-sentence, after a comma, dash or colon, by "wenn/falls/sofern"
    ("… – falls die Zinsen nicht steigen, dürfte sich die Schuld …"): the consequence of a condition, no claim. A
    concession ("auch/selbst wenn …, dürfte …") asserts its main clause and stays flagged."""
    clause = clause_ids[i]
    words = [(k, t) for k, t in enumerate(tokens) if clause_ids[k] == clause and t.kind == "word"]
    if not words or clause == 0:
        return False
    first = words[0][1].text
    if first not in vocab.main_verbs and words[0][0] != i:
        return False
    before = [(k, t) for k, t in enumerate(tokens) if clause_ids[k] == clause - 1 and t.kind == "word"]
    if not before:
        return False
    k, opener = before[0]
    return opener.text.lower() in vocab.conditional_clause_openers and k > 0 \
        and tokens[k - 1].text in (",", "–", "—", ":", "-") \
        and not (k > 1 and tokens[k - 2].text.lower() in ("auch", "selbst", "sogar")) \
        and tokens[words[0][0] - 1].text == ","


def _opened_by(tokens: tuple[Token, ...], clause_ids, i: int, openers: frozenset[str], vocab: Vocabulary,
               after_comma: bool = False) -> int | None:
    """The index of the word from ``openers`` that opens the hedge's clause, or the clause it continues with
    "und/oder" ([claim] purpose_continuations); with ``after_comma`` only an opener right after a comma or dash
    (mid-sentence)."""
    clause = clause_ids[i]
    for _ in range(3):
        words = [(k, t) for k, t in enumerate(tokens) if clause_ids[k] == clause and t.kind == "word"]
        if not words:
            return None
        k, first = words[0]
        if first.text.lower() in openers and first.start != tokens[i].start:
            if not after_comma or k > 0 and tokens[k - 1].text in (",", "–", "—"):
                return k
            return None
        if first.text.lower() not in vocab.purpose_continuations or clause == 0:
            return None
        clause -= 1
    return None


def _purpose(tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """The hedge at ``i`` stands in a purpose clause ([claim] purpose_clause_openers: "…, damit die Kunden
    womöglich früher kommen") or in a clause joined to one by "und/oder" ("Damit nicht jeder selbst verhandeln
    muss – und dabei womöglich zu viel zahlt"). A sentence-initial "Damit" before a finite verb, a hedge or a
    subject pronoun followed by one, is the adverb: no purpose."""
    k = _opened_by(tokens, clause_ids, i, vocab.purpose_clause_openers, vocab)
    if k is None:
        return False
    if k > 0:
        return True
    n = k + 1
    while n < len(tokens) and tokens[n].text.lower() in vocab.purpose_particles:
        n += 1  # "Damit aber hat …"
    following = tokens[n].text if n < len(tokens) else ""
    return following.lower() not in vocab.main_verbs and following not in vocab.by_form \
        and not (following.islower() and following.endswith(("t", "te", "ten")) and following not in vocab.function_words)


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


def _rule_frame(entry: Entry, tokens: tuple[Token, ...], clause_ids, i: int, vocab: Vocabulary) -> bool:
    """[hedge.permission] (session 5): "dürfte(n)" in a frame that states a rule, with no conjecture cue
    (`conjecture_cues`) in its clause: plural "dürften" right after a fronted purpose clause ("Um …  zu …, dürften
    die Gäste nur noch …", with a restriction), or verb-final in a relative clause about a place ("Zonen, in denen keine
    Fahrzeuge stehen dürften", "…, wo niemand parken dürfte", with a negation or restriction)."""
    rule = entry.permission
    words, position = _clause_words(tokens, clause_ids, i)
    if any(t.text.lower() in entry.conjecture_cues and not (t.text == "noch" and k and words[k - 1].text == "nur")
           for k, t in enumerate(words)):
        return False
    restricted = [t for t in words if t.text.lower() in rule.restrictions]
    negated = restricted or [t for t in words if t.text.lower() in NEGATIONS]
    first = next((t for t in tokens if t.kind == "word"), None)
    if restricted and tokens[i].text in rule.context_forms and first is not None and first.text == "Um" \
            and clause_ids[i] > 0 and position == 0:
        before = [t.text for k, t in enumerate(tokens) if clause_ids[k] == clause_ids[i] - 1 and t.kind == "word"]
        if before and (before[-2:-1] == ["zu"] or regex.fullmatch(r"\p{Ll}{2,}zu\p{Ll}{2,}en", before[-1])):
            return True  # "Um sicher zu sein, dürften die Gäste nur noch zwei Leute treffen"
    if negated and position == len(words) - 1 and len(words) >= 3:
        opener = [t.text.lower() for t in words[:2]]
        return opener[0] == "wo" or opener[0] in rule.place_prepositions and opener[1] in RELATIVE_PRONOUNS
    return False


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


def direct_question(tokens: tuple[Token, ...], vocab: Vocabulary) -> bool:
    """[question] direct_* (session 5): a direct question punctuated with a full stop ("Und wie schnell kann der
    Nachschub kommen, wo womöglich …."): a w-word, at most one word, a finite verb and no comma after it."""
    if not vocab.direct_question_openers or not tokens or tokens[0].kind != "word":
        return False  # ("„Was ist diesmal anders?“, das Buch …": a quoted title)
    first = tokens[0].text
    if first not in ("Und", "Oder") and first.lower() not in vocab.direct_question_openers:
        return False  # (most sentences: one look at the first word)
    words = [k for k, t in enumerate(tokens) if t.kind == "word"]
    if words and tokens[words[0]].text in ("Und", "Oder"):
        words = words[1:]
    if len(words) < 3 or tokens[words[0]].text.lower() not in vocab.direct_question_openers \
            or not tokens[words[0]].text[:1].isupper() and words[0] != 1:
        return False
    for n in (1, 2):
        k = words[n]
        if tokens[k].text in vocab.direct_question_verbs:
            between = tokens[words[0] + 1:k]
            return all(t.kind == "word" and not is_participle(t, vocab) for t in between) \
                and k + 1 < len(tokens) and tokens[k + 1].kind == "word"  # ("Wie erwartet ist …": a comparison)
    return False


def outside_question_subject(hits: list[Hit], tokens, clause_ids, vocab: Vocabulary) -> list[Hit]:
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


def phrase_hits(sentence: Sentence, vocab: Vocabulary, text: str, lowered: str) -> list[Hit]:
    hits = []
    for entry in vocab.phrases:
        if entry.guard and entry.guard not in lowered:
            continue
        for start, end, _ in find(entry.pattern, text, sentence):
            hits.append(Hit(start, end, start, end, entry.id, entry.type, vague=entry.type == "vague-hedge"))
    return hits


def is_legal(hit: Hit, sentence: Sentence, vocab: Vocabulary) -> bool:
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


def has_figure(sentence: Sentence, vocab: Vocabulary) -> bool:
    for token in sentence.tokens:
        if token.kind == "number":
            digits = token.text.replace(".", "")
            if len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100:
                continue  # a year, not a figure
            return True
        if token.kind == "word" and token.text in vocab.figure_words:
            return True
    return False


def has_strong_cue(sentence: Sentence, vocab: Vocabulary) -> bool:
    return any(token.text in vocab.strong_cues for token in sentence.tokens)


def named_source(sentence: Sentence, text: str, vocab: Vocabulary, exclude: list[tuple[int, int]],
                  segment_start: int) -> bool:
    """The sentence names who stands behind it (cues in hedging.toml [source])."""
    if sentence.start == segment_start:
        colon = vocab.headline_colon.match(text[sentence.start:sentence.end])
        if colon and not colon.group().rstrip(": ").lower().endswith(vocab.noun_suffixes):
            return True
    for pattern in vocab.source_patterns:
        for start, end, _ in find(pattern, text, sentence):
            if not any(s <= start < e or start <= s < end for s, e in exclude):
                return True
    return False


def vague_sources(sentence: Sentence, text: str, vocab: Vocabulary, lowered: str | None = None,
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
        for start, end, _ in find(vocab.opinion_compounds, text, sentence):
            found.append((Hit.vague_source(start, end, "Experten"), True))  # "nach Experteneinschätzungen"
    for start, end, _ in (find(vocab.circles, text, sentence) if vocab.circles_guard in lowered else ()):
        tail = text[end:sentence.end]
        content = bool(regex.match(r"\s*(?:hieß|heißt|verlautete|war\s+zu\s+hören)\b", tail)) or \
            bool(regex.search(r"\b(?:hieß|heißt)\s+es\s*$", text[sentence.start:start]))
        found.append((Hit.vague_source(start, end, "Kreise"), content))
    if vocab.es_heisst_guard not in lowered:
        return found
    for patterns, content in ((vocab.es_heisst, True), (vocab.es_heisst_weak, False)):
        for pattern in patterns:
            for start, _, group in find(pattern, text, sentence):
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


class PlainGuesses:
    """NL401 settings ``ignore_forecasts`` and ``ignore_author_voice``: drop a single hedge (two in one clause
    stay NL402) that weakens no claim of fact one can check now: a prediction without a date or a figure
    ([forecast]), or a conjecture in a paragraph or document that speaks in the author's voice ([author_voice]).
    Display copy is left to NL403."""

    def __init__(self, document, vocab: Vocabulary, forecast: "Forecast | None", voice: "AuthorVoice | None") -> None:
        self.document, self.vocab, self.forecast, self.voice = document, vocab, forecast or None, voice or None
        self._document_voice: bool | None = None
        self._paragraphs: dict[int, bool] = {}
        self._order: dict[int, int] | None = None

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
                h.weak and near_hedge(h, [hit], index_of) for h in hits)
            if alone and (self.forecast is not None and _forecast(self.forecast, tokens, clause_ids, k, self.vocab)
                          or self.voice is not None and self._authors_guess(sentence, segment, quotes, tokens, clause_ids, k)
                          or self._conceded(sentence, segment, tokens[k])
                          or self._appearance(sentence, segment, hit, clause_ids, k)
                          or self._evidence_given(tokens, clause_ids, k)
                          or self._search_target(tokens, clause_ids, k)):
                continue
            kept.append(hit)
        return kept

    def _appearance(self, sentence: Sentence, segment, hit: Hit, clause_ids, k: int) -> bool:
        """[claim] appearance_*: "dem Anschein nach" or "scheinbar" set against the reality by a contrast later in
        the sentence ([voice] distancing_refuted) or at the start of the next sentence (also opening the next
        paragraph, after a subheading too: "…
        läuft dem Anschein nach wie gehabt. Doch die Kassen sind leer."): appearance against reality, like
        "nur scheinbar", no hedge of a claim."""
        vocab, text = self.vocab, self.document.text
        words = {text[hit.anchor_start:hit.anchor_end].lower(), text[hit.start:hit.end].lower()}
        refuted = bool(words & vocab.refuted_hedges) and vocab.refuted_next is not None
        if refuted:  # session 5: "angeblich …. Doch eher …": only a correction in the next sentence debunks it
            nxt = self._next_in_paragraph(sentence, segment)
            return nxt is not None and vocab.refuted_next.match(text, nxt.start, nxt.end) is not None
        if not vocab.appearance_hedges or not words & vocab.appearance_hedges:
            return False
        tokens = sentence.tokens
        refuted = vocab.voice.distancing_refuted if vocab.voice is not None else None
        later = [t for j, t in enumerate(tokens) if clause_ids[j] > clause_ids[k]]
        if refuted is not None and later and refuted.search(" ".join(t.text for t in later)):
            return True
        if vocab.appearance_contrast_next is None:
            return False
        n = self._index(sentence)
        sentences = self.document.sentences
        if n is None or n + 1 >= len(sentences):
            return False
        nxt = sentences[n + 1]
        owner = self.document.segment_at(nxt.start)
        if owner is not segment and owner is not None and owner.kind == "subheading" and n + 2 < len(sentences):
            nxt = sentences[n + 2]  # the next paragraph after a subheading
            owner = self.document.segment_at(nxt.start)
        if owner is not segment and (owner is None or owner.kind != "paragraph"):
            return False  # (the next paragraph may open with the contrast: "… wie gehabt. ¶ Doch …")
        return vocab.appearance_contrast_next.match(text, nxt.start, nxt.end) is not None

    def _evidence_given(self, tokens, clause_ids, k: int) -> bool:
        """[claim] evidence_* (session 5): an evidential "offenbar/anscheinend" whose evidence follows in a later clause
        of its sentence, opened by `evidence_openers` after a comma ("Die Wirtin
        offenbar auch, denn sie hat nur Kuchen gebacken"): the writer states what the inference rests on."""
        vocab = self.vocab
        if tokens[k].text.lower() not in vocab.evidence_hedges:
            return False
        return any(t.text.lower() in vocab.evidence_openers and j > k and clause_ids[j] == clause_ids[k] + 1
                   and tokens[j - 1].text in (",", "–", "—", "-") for j, t in enumerate(tokens))

    def _index(self, sentence: Sentence) -> int | None:
        if self._order is None:
            self._order = {s.start: n for n, s in enumerate(self.document.sentences)}
        return self._order.get(sentence.start)

    def _next_in_paragraph(self, sentence: Sentence, segment) -> Sentence | None:
        n = self._index(sentence)
        sentences = self.document.sentences
        if n is None or n + 1 >= len(sentences) or self.document.segment_at(sentences[n + 1].start) is not segment:
            return None
        return sentences[n + 1]

    def _search_target(self, tokens, clause_ids, k: int) -> bool:
        """[claim] search_infinitive: a possibility adverb in a relative clause right after a zu-infinitive of
        searching or reaching ("…, um alle Gäste zu erreichen, die womöglich Kontakt hatten"): whom a search or
        an appeal is aimed at, no claim."""
        pattern, voice = self.vocab.search_infinitive, self.vocab.voice
        if pattern is None or voice is None or tokens[k].text.lower() not in voice.possibility_adverbs:
            return False
        clause = clause_ids[k]
        opener = next((j for j in range(len(tokens)) if clause_ids[j] == clause), None)
        if opener is None or opener == 0 or tokens[opener].text != "," or opener + 1 >= len(tokens):
            return False
        relative = opener + 1
        if tokens[relative].text.lower() in self.vocab.voice.relative_prepositions and relative + 1 < len(tokens):
            relative += 1  # "…, bei denen …"
        if tokens[relative].text not in voice.relative_pronouns:
            return False
        before = [t for j, t in enumerate(tokens[:opener]) if clause_ids[j] == clause - 1]
        if not before:
            return False
        return pattern.search(self.document.text, before[0].start, before[-1].end) is not None

    def _conceded(self, sentence: Sentence, segment, token) -> bool:
        """[claim] concession_next: a possibility adverb in a sentence that the next sentence of the paragraph
        goes on conceding ("Womöglich ist das in anderen Dörfern nicht anders. Mag sein, dass …"): the
        writer grants a possibility before the point, no claim."""
        pattern, voice = self.vocab.concession_next, self.vocab.voice
        if pattern is None or voice is None or token.text.lower() not in voice.possibility_adverbs:
            return False
        later = self._next_in_paragraph(sentence, segment)
        return later is not None and pattern.match(self.document.text[later.start:later.end]) is not None

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
            self._document_voice = self._genre() or self._count_document()
        return self._document_voice

    def _genre(self) -> bool:
        """The document says it is commentary, a column or a guest piece (metadata, a URL, a label sentence):
        the shared layer ``newslint.analysis.voice.opinion_label``, vocabulary in rules/genre.toml."""
        if not self.voice.genre:
            return False
        from newslint.analysis.voice import opinion_label

        return opinion_label(self.document)

    def _speaks(self, sentence: Sentence, quotes) -> bool:
        """The sentence holds a first-person or reader-address word outside quotes and brackets."""
        depth = 0
        for t in sentence.tokens:
            if t.text == "[":
                depth += 1
            elif t.text == "]":
                depth = max(0, depth - 1)
            elif not depth and t.text.lower() in self.voice.words and not inside(quotes, t.start, t.end):
                return True
        return False

    def _rhetorical(self, sentences, n: int, quotes) -> bool:
        """A question outside quotes inside a paragraph, after its first sentence (an explainer's questions
        stand alone as headings or open their paragraph)."""
        last = sentences[n].tokens[-1]
        return n > 0 and last.text == "?" and not inside(quotes, last.start, last.end)

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
    if len(words) >= 2 and (last.text in ("hat", "haben") or words[-2].text in vocab.always_perfect) \
            and last.text in fc.perfect_finite and is_participle(words[-2], vocab):
        return True  # verb-final: "…, weil die Firma möglicherweise zu spät reagiert hat" (not the state
        # passive "…, das wohl im Norden angesiedelt ist"; "geworden ist" is a perfect)
    finite = next((k for k, t in enumerate(words) if t.text in fc.perfect_finite), None)
    if finite is not None and any(is_participle(t, vocab) and words[k + 1].text in ("und", "oder")
                                  for k, t in enumerate(words[finite + 1:-1], start=finite + 1)):
        return True  # "haben sie wohl … aufgerissen und … eingepackt als Geschenk"
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


def near_hedge(weak: Hit, others: list[Hit], index_of: dict[int, int], distance: int = 3) -> bool:
    position = index_of.get(weak.anchor_start, -100)
    return any(0 < index_of.get(h.anchor_start, -100) - position <= distance for h in others)
