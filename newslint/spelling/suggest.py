"""Ranked corrections for an unknown word, in a few milliseconds at most.

Candidates, cheapest first:

1. distance 1 (delete, transpose, replace, insert; ä/ae, ß/ss) checked against the lexicon set;
2. a missing space: "anund" -> "an und", "fürden" -> "für den" (both parts frequent words);
3. compound-aware distance 1: the typo sits in the last part ("Munitionslieferugnen") or in a
   head whose tail is known;
4. for words of eight letters or more, distance 2 through a symmetric-delete index (each lexicon
   word and its one-letter deletions, looked up with the query's deletions up to two and its
   one-letter insertions) — never pyspellchecker's brute-force ``edits2``.

Ranking, a noisy channel: score = cost of the slip - weight * zipf (the log of the word's
frequency), lower is better. The slip's cost (``channel_cost``) adds up kinds of slips real typists
make, each priced by hand (``Channel``): a doubled or undoubled letter, an umlaut or "ae"/"ä",
"ss"/"ß", a QWERTZ neighbour, neighbours swapped (also "ie"/"ei"), a letter left out, a letter
too many; a changed first letter costs extra. A word the same document uses elsewhere gets a bonus.
``edit_cost`` (the flagging side's distance) is left as it was: ranking never changes what is flagged.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from newslint.spelling.lexicon import FLOOR_COUNT, BaseLexicon

LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
_ROWS = ("qwertzuiopü", "asdfghjklöä", "yxcvbnm")
_POS = {ch: (row, col + 0.5 * row) for row, keys in enumerate(_ROWS) for col, ch in enumerate(keys)}
_PAIRS = {("a", "ä"), ("o", "ö"), ("u", "ü"), ("s", "ß"), ("e", "ä")}
# sound-alike letters: a plausible slip, but dearer than an umlaut or a doubled letter
# ("gegannt" is "genannt" rather than "gekannt")
_SOUND_PAIRS = {("i", "y"), ("z", "s"), ("k", "c"), ("f", "v"), ("t", "d"), ("p", "b"), ("g", "k")}


# short function words that a missing space glues to the next word ("denbeliebtesten")
# (no verb particles such as "auf", "aus", "mit": "aufhübschen" is a verb, not "auf hübschen")
GLUE_WORDS = frozenset("der die das den dem des ein eine einen einem einer eines und oder für zum zur vom beim"
                       " sich auch noch".split())


def near_keys(a: str, b: str) -> bool:
    pa, pb = _POS.get(a), _POS.get(b)
    return pa is not None and pb is not None and abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1.0


def _pair_cost(a: str, b: str) -> float:
    if (a, b) in _PAIRS or (b, a) in _PAIRS:
        return 0.55
    if (a, b) in _SOUND_PAIRS or (b, a) in _SOUND_PAIRS:
        return 0.85
    return 0.7 if near_keys(a, b) else 1.0


_SUB_COSTS = {(a, b): _pair_cost(a, b) for a in LETTERS for b in LETTERS if a != b}


def _sub_cost(a: str, b: str) -> float:
    return _SUB_COSTS.get((a, b), 1.0)


def edit_cost(source: str, target: str, limit: float = 3.0) -> float:
    """Weighted Damerau-Levenshtein distance (optimal string alignment) between lower-case words."""
    n, m = len(source), len(target)
    if abs(n - m) > limit:
        return limit + 1
    previous2: list[float] = []
    previous = [float(j) for j in range(m + 1)]
    sub_costs = _SUB_COSTS
    for i in range(1, n + 1):
        current = [float(i)] + [0.0] * m
        a = source[i - 1]
        for j in range(1, m + 1):
            b = target[j - 1]
            if a == b:
                cost = previous[j - 1]
            else:
                cost = previous[j - 1] + sub_costs.get((a, b), 1.0)
            # a doubled or undoubled letter is a cheap slip
            delete = previous[j] + (0.6 if i > 1 and source[i - 2] == a or i < n and source[i] == a else 1.0)
            insert = current[j - 1] + (0.6 if j > 1 and target[j - 2] == b or j < m and target[j] == b else 1.0)
            cost = min(cost, delete, insert)
            if i > 1 and j > 1 and a == target[j - 2] and source[i - 2] == b:
                cost = min(cost, previous2[j - 2] + 0.75)
            current[j] = cost
        previous2, previous = previous, current
    return previous[m]


# --- the noisy channel: what a typist's slip costs (ranking only; flagging keeps edit_cost) ---------
# Costs are -log10 of how likely a slip of that kind is, set by hand from the kinds of slips real
# typists make; the ranking adds the candidate's frequency: score = cost - weight * zipf.
_TWO_LETTER = {"ae": "ä", "oe": "ö", "ue": "ü", "ss": "ß"}


class Channel:
    """Edit costs by kind of slip (class attributes, so that a benchmark can vary them)."""

    # set by hand from the kinds of slips; the four marked (tuned) were then chosen on the even
    # lines of the Wikipedia typo list (benchmarks/typos_eval.py --pairs even), the others were flat there
    transposed = 0.75  # neighbours swapped: "Regierugn", "ie"/"ei"
    doubled = 0.45  # (tuned) a letter doubled or a double undoubled: "Komission", "Aktivitätten"
    umlaut = 0.55  # a/ä, o/ö, u/ü, s/ß, e/ä; also "ae"/"ä", "ss"/"ß" (one slip)
    keyboard = 0.6  # (tuned) a QWERTZ neighbour typed instead
    sound = 0.85  # sound-alike letters: g/k, t/d, s/z, f/v, p/b, i/y, k/c
    substituted = 1.0  # any other letter instead
    extra = 1.0  # a letter too many (a keyboard neighbour of the letters beside it was no cheaper)
    omitted = 0.8  # (tuned) a letter left out
    first_letter = 0.6  # (tuned) the first letter is rarely the slip
    ending = 0.2  # the last two letters differ: a typo of an inflected form is meant as that form
    # ("Mitgarbeitern" -> "Mitarbeitern", not the more frequent "Mitarbeiter")

    @classmethod
    def costs(cls) -> dict[tuple[str, str], float]:
        table = {}
        for a in LETTERS:
            for b in LETTERS:
                if a == b:
                    continue
                if (a, b) in _PAIRS or (b, a) in _PAIRS:
                    table[a, b] = cls.umlaut
                elif (a, b) in _SOUND_PAIRS or (b, a) in _SOUND_PAIRS:
                    table[a, b] = cls.sound
                elif near_keys(a, b):
                    table[a, b] = cls.keyboard
                else:
                    table[a, b] = cls.substituted
        return table


_CHANNEL: list = [None, None]  # (the Channel's attribute values, its substitution table)


def channel_cost(typo: str, word: str) -> float:
    """What typing ``word`` as ``typo`` costs (lower-case; optimal string alignment with the
    slips of ``Channel``, "ae"/"ä" and "ss"/"ß" one slip; a changed first letter costs extra)."""
    c = Channel
    key = (c.transposed, c.doubled, c.umlaut, c.keyboard, c.sound, c.substituted, c.extra, c.omitted)
    if _CHANNEL[0] != key:
        _CHANNEL[0], _CHANNEL[1] = key, c.costs()
    subs = _CHANNEL[1]
    transposed, doubled, umlaut = c.transposed, c.doubled, c.umlaut
    extra, omitted = c.extra, c.omitted
    # a common beginning and end (all but one letter of each, kept as context) cost nothing: the
    # table covers only the middle where the slip is (~5x fewer cells for a long word)
    limit = min(len(typo), len(word))
    head = 0
    while head < limit and typo[head] == word[head]:
        head += 1
    tail = 0
    while tail < limit and typo[-1 - tail] == word[-1 - tail]:
        tail += 1
    if head + tail > limit:  # they overlap ("bekanntentesten"): the slip may sit on either side
        lo = tail = 0
    else:
        lo, tail = max(head - 1, 0), max(tail - 1, 0)
    n, m = len(typo) - lo - tail, len(word) - lo - tail
    end_t, end_w = len(typo), len(word)
    rows: list[list[float]] = [[0.0] * (m + 1) for _ in range(n + 1)]
    for j in range(1, m + 1):
        y = lo + j - 1  # the position in word
        rows[0][j] = rows[0][j - 1] + (doubled if y > 0 and word[y - 1] == word[y] else omitted)
    for i in range(1, n + 1):
        x = lo + i - 1  # the position in typo
        a = typo[x]
        row, previous = rows[i], rows[i - 1]
        dropped = doubled if x > 0 and a == typo[x - 1] or x + 1 < end_t and a == typo[x + 1] else extra
        row[0] = previous[0] + dropped
        pair_t = _TWO_LETTER.get(typo[x - 1:x + 1]) if x > 0 else None
        for j in range(1, m + 1):
            y = lo + j - 1
            b = word[y]
            cost = previous[j - 1] if a == b else previous[j - 1] + subs.get((a, b), 1.0)
            cost = min(cost, previous[j] + dropped,
                       row[j - 1] + (doubled if y > 0 and word[y - 1] == b or y + 1 < end_w and word[y + 1] == b
                                     else omitted))
            if i > 1 and j > 1 and a == word[y - 1] and typo[x - 1] == b and a != b:
                cost = min(cost, rows[i - 2][j - 2] + transposed)
            if i > 1 and pair_t == b:  # "ae" typed for "ä"
                cost = min(cost, rows[i - 2][j - 1] + umlaut)
            if j > 1 and _TWO_LETTER.get(word[y - 1:y + 1]) == a:  # "ä" typed for "ae"
                cost = min(cost, previous[j - 2] + umlaut)
            row[j] = cost
    total = rows[n][m]
    if typo[:1] != word[:1] and _TWO_LETTER.get(typo[:2]) != word[:1] and _TWO_LETTER.get(word[:2]) != typo[:1]:
        total += c.first_letter
    if len(typo) > 5 and typo[-2:] != word[-2:]:
        total += c.ending
    return total


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in LETTERS if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in LETTERS]
    result = set(deletes + transposes + replaces + inserts)
    for plain, fancy in (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß")):
        if plain in word:
            result.add(word.replace(plain, fancy, 1))
        if fancy in word:
            result.add(word.replace(fancy, plain, 1))
    return result


def deletes_upto2(word: str) -> set[str]:
    """``word`` and every string it gives when one or two of its letters are deleted.

    Each pair of positions is cut once (i < j: half the strings that deleting twice in any order
    builds, the same set); the search for slips of long unknown words builds this ~17,000 times a run."""
    size = len(word)
    heads = [word[:i] for i in range(size + 1)]
    tails = [word[i:] for i in range(size + 1)]
    result = {word}
    result.update([heads[i] + tails[i + 1] for i in range(size)])
    result.update([heads[i] + word[i + 1 : j] + tails[j + 1] for i in range(size) for j in range(i + 1, size)])
    return result


def inserts1(word: str) -> set[str]:
    # the same strings in the same order as word[:i] + c + word[i:], each slice cut once
    return {head + c + tail for head, tail in [(word[:i], word[i:]) for i in range(len(word) + 1)] for c in LETTERS}


def apply_case(template: str, candidate: str) -> str:
    if template.isupper() and len(template) > 1:
        return candidate.upper()
    if template[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate


class Suggester:
    """Generates and ranks corrections for lower-case words."""

    def __init__(self, lexicon: BaseLexicon, accepts: Callable[[str], bool], extra_counts: dict[str, int],
                 split_heads: Callable[[str], list[int]], is_head: Callable[[str], bool],
                 zipf: Callable[[str], float] = lambda word: 0.0) -> None:
        self.lexicon = lexicon
        self.accepts = accepts  # listed words (lexicon, curated, vocabulary), no compounding
        self.extra_counts = extra_counts
        self.split_heads = split_heads
        self.is_head = is_head
        self.zipf = zipf  # wordfreq's frequency (0.0 for words it does not list)
        self._cache: dict[str, dict[str, str]] = {}
        self._cache2: dict[str, dict[str, str]] = {}
        self._distances: dict[tuple[str, str], float] = {}
        self._cache2_quick: dict[str, dict[str, str]] = {}

    # chosen on the even lines of the Wikipedia typo list; split_cost and insert_limit as before.
    # frequency_weight: 0.45 ranked 4 more of the even lines' corrections first, but mostly by picking
    # the list's other form of the word ("Jahrhundert" for "Jahrhungerts") over the typo's own and
    # a frequent word two slips away over a rare one one slip away; 0.35 with Channel.ending did not
    frequency_weight = 0.35  # zipf units per unit of channel cost (0.25 with the old edit costs)
    split_cost = 0.6
    distance2_cost = 0.2  # found by the two-slip search: a little dearer than its edits (was 0.6; 0.0 ranked
    # 4 more even lines first but "rausholten" -> "aushalten" before "ausholten")
    context_bonus = 0.6  # a candidate the same document uses; 0 switches the boost off (0.3-0.9: +-1 typo)
    distance2_below = 2  # the two-slip search when fewer listed words are one slip away
    insert_limit = 24  # distance 2 by two missing letters only up to this length (~30 look-ups a letter)

    def frequency(self, candidate: str) -> float:
        """Zipf frequency of a candidate (both words of a split; the list's count where wordfreq lacks it)."""
        if " " in candidate:  # two words in a row, as if independent: log p(a b) = log p(a) + log p(b)
            left, _, right = candidate.partition(" ")
            return self.frequency(left) + self.frequency(right) - 9.0
        zipf = self.zipf(candidate)
        if zipf:
            return zipf
        count = max(self.lexicon.freq.get(candidate, 0), self.extra_counts.get(candidate, 0))
        return 1.0 + math.log10(count / FLOOR_COUNT) if count > FLOOR_COUNT else 0.5

    def count(self, word: str) -> int:
        return max(self.lexicon.freq.get(word, 0), self.extra_counts.get(word, 0),
                   FLOOR_COUNT if word in self.lexicon.words else 0)

    def distance(self, word: str, candidate: str) -> float:
        """channel_cost of a word and a candidate (remembered: a flagged word is ranked again in each
        text that has it, and only the document bonus differs)."""
        key = (word, candidate)
        distance = self._distances.get(key)
        if distance is None:
            if len(self._distances) > 200_000:
                self._distances.clear()
            distance = self._distances[key] = channel_cost(word, candidate.replace(" ", ""))
        return distance

    def _score(self, word: str, candidate: str, source: str, context: frozenset[str]) -> float:
        """Noisy channel: what the slip costs minus how likely the word is (lower is better)."""
        score = self.distance(word, candidate) - self.frequency_weight * self.frequency(candidate)
        if candidate in context:
            score -= self.context_bonus
        if source in ("split", "glued"):
            score += self.split_cost  # the missing space is a slip too: "weiterin" is "weiteren"
        elif source == "compound":
            score += 0.5
        elif source == "distance2":
            score += self.distance2_cost
        return score

    def candidates(self, word: str) -> dict[str, str]:
        """Distance-1 candidates: candidate -> source ("lexicon", "split", "glued", "compound", "extra")."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        found: dict[str, str] = {}
        for candidate in self.lexicon.neighbours1(word):
            found[candidate] = "lexicon"
        for plain, fancy in (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"), ("ß", "ss")):
            if plain in word:
                candidate = word.replace(plain, fancy, 1)
                if self.accepts(candidate):
                    found.setdefault(candidate, "lexicon")
        if self.extra_counts and len(word) >= 4:
            for candidate in edits1(word):
                if candidate in self.extra_counts:
                    found.setdefault(candidate, "extra")
        for candidate, source in self.split_words(word):
            found.setdefault(candidate, source)
        if len(word) >= 8 and not any(source == "lexicon" for source in found.values()):
            for candidate in self._compound_edits(word):
                found.setdefault(candidate, "compound")
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[word] = found
        return found

    def candidates2(self, word: str, quick: bool = False) -> dict[str, str]:
        """Distance-2 candidates of a long word (symmetric-delete index).

        ``quick``: only the query's deletions (~80 look-ups instead of ~500): the typo has an extra,
        swapped or wrong letter, not two missing ones.
        """
        cached = self._cache2.get(word)
        if cached is not None:
            return cached  # the full search, when it was made, answers the quick one too
        if quick:
            cached = self._cache2_quick.get(word)
            if cached is not None:
                return cached
        found: dict[str, str] = {}
        if len(word) >= 8:
            variants = deletes_upto2(word)
            if len(word) <= self.insert_limit and not quick:
                variants |= inserts1(word)
            for candidate in self.lexicon.words_for_variants(variants):
                if abs(len(candidate) - len(word)) <= 2 and edit_cost(word, candidate, 2.0) <= 2.0:
                    found[candidate] = "distance2"
        if quick:  # remembered apart (capitalised words ask again in each text that has them)
            if len(self._cache2_quick) > 50_000:
                self._cache2_quick.clear()
            self._cache2_quick[word] = found
            return found
        if len(self._cache2) > 50_000:
            self._cache2.clear()
        self._cache2[word] = found
        return found

    def suggest(self, word: str, limit: int = 5, context: frozenset[str] = frozenset()) -> list[str]:
        """Up to ``limit`` corrections of lower-case ``word``, best first."""
        found = dict(self.candidates(word))
        listed = sum(1 for source in found.values() if source != "compound")
        if len(word) >= 8 and listed < self.distance2_below:
            for candidate, source in self.candidates2(word).items():
                found.setdefault(candidate, source)
                listed += 1
        if listed:  # a listed word (one or two slips away) beats a compound assembled around the slip
            found = {candidate: source for candidate, source in found.items() if source != "compound"}
        if len(found) > 24:  # score only the likeliest: listed in the document, frequent, same first letter
            keep = sorted(found, key=lambda c: (c not in context, c[:1] != word[:1], -self.count(c), c))[:24]
            found = {candidate: found[candidate] for candidate in keep}
        ranked = sorted(((self._score(word, cand, source, context), cand)
                         for cand, source in found.items()), key=lambda item: (item[0], item[1]))
        return [candidate for _, candidate in ranked[:limit]]

    def split_words(self, word: str) -> Iterable[tuple[str, str]]:
        """A missing space: two frequent words ("split"), or an article, pronoun or preposition
        before a listed word of five letters or more ("eineerhöhte", "denbeliebtesten": "glued")."""
        freq = self.lexicon.freq
        words = self.lexicon.words
        for i in range(1, len(word)):
            left, right = word[:i], word[i:]
            if freq.get(left, 0) >= 1000 and freq.get(right, 0) >= 1000 and (len(left) > 1 or left == "a"):
                yield f"{left} {right}", "split"
            elif 3 <= len(left) <= 5 and left in GLUE_WORDS and len(right) >= 5 and right in words:
                yield f"{left} {right}", "glued"

    def _compound_edits(self, word: str) -> Iterable[str]:
        """One slip inside a compound: in the last part, or in a head followed by a known word."""
        lexicon = self.lexicon
        words = lexicon.words
        for end in self.split_heads(word):
            head, tail = word[:end], word[end:]
            if len(tail) >= 5 and len(head) >= 4:
                for candidate in lexicon.neighbours1(tail):
                    if len(candidate) >= 5:
                        yield head + candidate
        for start in range(4, len(word) - 3):
            tail = word[start:]
            if len(tail) >= 4 and tail in words:
                head = word[:start]
                for candidate in lexicon.neighbours1(head):
                    if self.is_head(candidate):
                        yield candidate + tail
                if head[-1] in "sn":
                    for candidate in lexicon.neighbours1(head[:-1]):
                        if self.is_head(candidate):
                            yield candidate + head[-1] + tail
