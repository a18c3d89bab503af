"""The Speller: decides, per token and in context, whether a word is a misspelling.

Context-free analysis (lexicon, vocabulary, inflection, compounds, hyphenated parts) is cached per
token text, so each distinct word form costs its analysis once per process. Context (names,
English phrases, recurrence) is only consulted for the few tokens that analysis leaves unknown.
"""
from __future__ import annotations

import marshal
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import regex

from newslint.atomic import write_atomic
from newslint.config import tomllib
from newslint.nlp.base import Token
from newslint.spelling.compounds import (FUNCTION_WORDS, LINKS, PREFIX_SET, CompoundSplitter, valid_link, derived_known, inflected_known, inflection_bases,
                                         prefixes_of, verb_form_known)
from newslint.spelling.lexicon import (FLOOR_COUNT, ZIPF_STEP, base_lexicon, cache_dir, english_words, within1,
                                       word_frequencies)
from newslint.spelling.names import is_acronym, looks_foreign, looks_like_place, name_data
from newslint.spelling.suggest import LETTERS, Suggester, apply_case, deletes_upto2, edit_cost, inserts1

HYPHENS = "-‐"
_HYPHEN_TUPLE = tuple(HYPHENS)
BULK_AFTER = 3000  # distinct word forms analysed before switching to bulk data structures
SLIP2_MIN_LENGTH = 6  # the frequent words a long unattested word may be two slips from (see _frequent2)
NOUN_ENDINGS = ("", "s", "n", "en", "e", "er", "es")
VERB_ENDINGS = ("en", "e", "st", "t", "te", "ten", "test", "tet", "et", "ete", "eten", "est", "end", "ende", "enden",
                "ender", "n", "nd", "te", "ten")
PARTICIPLE_ENDINGS = ("t", "te", "ten", "tem", "ter", "tes", "et", "ete", "eten")


@dataclass(frozen=True, slots=True)
class Problem:
    """An unknown word (or part of a hyphenated token) at ``start:end`` of the token text."""

    start: int
    end: int
    word: str
    capitalised: bool
    slip_of: str = ""  # a far more frequent word one slip away (wordfreq): strong evidence of a typo


# lower-case words before a common noun rather than a first name ("der Mathemtiker Palmer")
DETERMINERS = frozenset("der die das den dem des ein eine einer einem eines einen im am zum zur vom beim".split())
_TRUST_LINKS = ("", "s", "n", "es", "en", "e", "er", "ens", "nen")
SOFT_HYPHEN = "\xad"
MAX_WORD_LENGTH = 64  # "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz" has 63 letters


def _with_soft_hyphens(text: str, problems: tuple[Problem, ...]) -> tuple[Problem, ...]:
    """Problems found in ``text`` without its soft hyphens, with offsets into ``text`` itself."""
    kept = [index for index, char in enumerate(text) if char != SOFT_HYPHEN]
    return tuple(Problem(kept[p.start], kept[p.end - 1] + 1, p.word, p.capitalised, p.slip_of) if p.end > p.start else p
                 for p in problems)


@dataclass(frozen=True, slots=True)
class Misspelling:
    start: int  # document offsets
    end: int
    word: str
    suggestions: tuple[str, ...]


def _rules_file(name: str) -> bytes:
    try:
        from importlib import resources

        return resources.files("newslint_rules").joinpath(name).read_bytes()
    except (ImportError, FileNotFoundError, ModuleNotFoundError, OSError):
        return (Path(__file__).resolve().parent.parent.parent / "rules" / name).read_bytes()


@lru_cache(maxsize=1)
def colloquial() -> frozenset[str]:
    """Colloquial short forms: accepted as whole words, never as compound parts ("vorraussichtlich")."""
    data = tomllib.loads(_rules_file("anglicisms.toml").decode("utf-8"))
    return frozenset(data.get("colloquial", "").split())


@lru_cache(maxsize=1)
def anglicisms() -> frozenset[str]:
    """Curated anglicisms and new words, with the inflected forms German gives them."""
    data = tomllib.loads(_rules_file("anglicisms.toml").decode("utf-8"))
    words: set[str] = set()
    for noun in data.get("nouns", "").split():
        words.update(noun + ending for ending in NOUN_ENDINGS)
    for stem in data.get("verbs", "").split():
        words.update(stem + ending for ending in VERB_ENDINGS)
        words.update("ge" + stem + ending for ending in PARTICIPLE_ENDINGS)
    words.update(data.get("forms", "").split())
    for part in data.get("bound", "").split():
        words.update(part + ending for ending in ("", "e", "en", "er", "es", "em"))
    return frozenset(words)


def read_word_file(path: Path, section: str = "words") -> dict[str, int]:
    """A word list: one word per line (``word`` or ``word<TAB>count``); ``#`` starts a comment.

    A learned vocabulary (``newslint learn-vocabulary``) may group its lines under ``[words]``,
    ``[names]`` and ``[first names]``: ``section="words"`` reads the lines before any header and
    those under ``[words]`` and ``[names]``; ``section="first names"`` those under that header."""
    words: dict[str, int] = {}
    current = "words"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip().lower()
            current = "words" if current == "names" else current
            continue
        if current != section:
            continue
        word, _, count = line.partition("\t")
        word = word.strip()
        try:
            words[word.lower()] = max(int(count), 1) if count.strip() else 1
        except ValueError:
            words[word.lower()] = 1
    return words


class Speller:
    """Spelling verdicts and suggestions for German news copy."""

    # What wordfreq's frequencies decide (zipf: log10 of occurrences per billion words; its German
    # list starts at 1.0). Tuned on news-dev articles 0-400 and the even lines of the Wikipedia
    # typo list, checked on articles 1200-1600 and the odd lines; see docs/typos.md.
    attested_zipf = 1.0          # a word wordfreq lists is a word ...
    dominated_below = 3.0        # ... at once from this frequency on; rarer ones are checked against
    dominated_by = 2.0           # a word one slip away this much more frequent ("wiederrum")
    unknown_dominated_by = 2.0   # the same for a word word formation does not explain ("veröffentlich")
    capitalised_attested_zipf = 2.0  # a capitalised word from this frequency on is a word or a name;
    capitalised_dominated_by = 2.5   # a rarer one loses to a word one slip away this much more frequent
    slip_zipf = 3.0              # a word wordfreq lacks, one slip from a word this frequent, is a slip of it
    slip_known_zipf = 3.5        # the same for a word that word formation explains ("Bundesseite" stays)
    slip_form_zipf = 3.5         # ... or one slip from another form of a word this frequent ("Mannschaftem")
    slip2_zipf = 3.5             # ... or, from slip2_length letters, two slips from a word this frequent
    slip2_known_zipf = 3.5
    slip_min_length = 5          # shorter lower-case words: a word when wordfreq lists it at all
    capitalised_slip_length = 7  # shorter capitalised words: the usual name evidence only
    slip2_length = 8
    capitalised_slip2_length = 8
    slip2_quick = False          # also two missing letters ("Mitbeiter"), not only extra/wrong ones,
    slip2_quick_known = True     # but not for a word formation explains (first pass -20 % CPU; full
                                 # Wikipedia list: recall 0.889 instead of 0.899, see docs/typos.md)
    slip2_lower_inserts = True   # ... except lower-case words (fewer, and no compounds of nouns)
    stutter_min_length = 7       # a word wordfreq lacks that is a frequent word with a run of
    stutter_min_run = 3          # 3-5 letters typed twice ("Vereineinigung") is a slip of it
                                 # (not 2: "-erer", "-tete", "-enen" are mostly grammar)
    stutter_max_run = 5
    stutter_zipf = 3.0
    slip_overrides_names = True  # a slip of a frequent word needs strong name evidence (recurrence,
                                 # a title or first name before it), not just a capitalised neighbour

    def __init__(self, words: Iterable[str] = (), vocabulary: dict[str, int] | None = None,
                 min_capitalised_length: int = 6, flag_without_suggestion: bool = False,
                 first_names: Iterable[str] = ()) -> None:
        self.flag_without_suggestion = flag_without_suggestion
        self.near_miss_count = 60  # a frequent listed word (the list gives rare words the floor count 50)
        self.lexicon = base_lexicon()
        self.frequencies = word_frequencies()
        # the deletes indexes suggestions need: mapped from the cache (well under a millisecond), or
        # built now when it is cold (~5-10 s, once per cache directory), here and not inside a check:
        # the spelling rules make their Speller when configured, outside every document's time
        # budget, where a cold build (with a second process building at the same time) overran it
        # and NL501's findings were lost to an NL000 timeout
        self.lexicon.delete_index()
        self.frequencies.frequent_index()
        self.zipf = self.frequencies.zipf
        self.base = self.lexicon.words
        names = name_data()
        if first_names:  # learned from the newsroom's archive: a capitalised word after one is a name
            names = replace(names, first_names=names.first_names | {name.lower() for name in first_names})
        self.names = names
        self.extra = set(anglicisms()) | names.particles
        self.colloquial = colloquial()
        self.extra.update(word.lower() for word in words)
        self.vocabulary = {word.lower(): count for word, count in (vocabulary or {}).items()}
        self.min_capitalised_length = min_capitalised_length
        # the hot path: the base list (a trie), then the small curated words and vocabulary; no copy
        base, added = self.base, frozenset(self.extra) | frozenset(self.vocabulary)
        self.accepted = _Accepted(base, added)
        base_has, added_has = base.__contains__, added.__contains__
        self.in_lexicon = lambda word: base_has(word) or added_has(word)
        freq = self.lexicon.freq
        self.splitter = CompoundSplitter(self.in_lexicon, lambda word: freq.get(word, 0) > FLOOR_COUNT)
        self.suggester = Suggester(self.lexicon, self.in_lexicon, self.vocabulary, self.splitter.heads,
                                   lambda head: self.splitter.head_base(head) is not None, self.zipf)
        self._verdicts: dict[str, tuple[Problem, ...]] = {}
        self._analysed = 0
        # tokens accepted by word formation although a listed word is one slip away
        self._formed: dict[str, list[Problem]] = {}
        self._frequent_index: dict[str, tuple[str, ...]] | None = None
        self._near: dict[str, tuple[str, ...]] = {}
        self._trust: dict[str, bool] = {}
        self._unlisted: dict[str, bool] = {}
        self._known: dict[tuple[str, bool, bool], bool] = {}
        self._near_miss: dict[str, bool] = {}
        self._neighbours: dict[str, frozenset[str]] = {}
        self._slip2_index: dict[str, tuple[str, ...]] | None = None
        self._slip2_shapes: frozenset[str] = frozenset()

    def _go_bulk(self) -> None:
        """Many documents: pay once for one merged set (a single C-level look-up per probe) and an
        in-memory deletes index; a single file never gets here, so its cold start stays short."""
        merged = self.lexicon.as_set() | self.accepted.added
        self.accepted = merged  # type: ignore[assignment]
        self.in_lexicon = merged.__contains__
        self.splitter._known = self.in_lexicon
        self.suggester.accepts = self.in_lexicon
        self.lexicon.index_in_memory()
        self.frequencies.index_in_memory()
        self._frequent_index, self._slip2_index = self._bulk_indexes()
        self._slip2_shapes = frozenset(_shape(len(key), key[:2], key[-2:]) for key in self._slip2_index)

    def _bulk_indexes(self) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        """The frequent listed words and wordfreq's frequent words, each with its one-letter
        deletions (see _frequent_near and _frequent2). Cached beside the lexicon caches (marshal,
        ~5 MB): loading takes ~0.13 s, building ~0.5 s."""
        floor = round(min(self.slip2_zipf, self.slip2_known_zipf) * ZIPF_STEP)
        path = None
        if self.lexicon.stem and self.frequencies.stem:
            path = cache_dir() / f"{self.lexicon.stem}.bulk{self.near_miss_count}-{floor}.{self.frequencies.stem}"
            try:
                cached = marshal.loads(path.read_bytes())
                if isinstance(cached, tuple) and len(cached) == 2 and all(isinstance(part, dict) for part in cached):
                    return cached
            except (OSError, ValueError, EOFError, TypeError):
                pass
        index: dict[str, list[str]] = {}
        for word, count in self.lexicon.freq.items():
            if count >= self.near_miss_count and len(word) >= 5:
                for variant in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
                    index.setdefault(variant, []).append(word)
        frequent = {variant: tuple(words) for variant, words in index.items()}
        # the frequent words a long unattested word may be two slips from (see _frequent2)
        restore, levels = self.frequencies.words.restore_key, self.frequencies.levels
        index = {}
        for match in regex.finditer(b"[%c-\xff]" % floor, levels):  # the keys of the frequent words
            word = restore(match.start())
            if len(word) >= SLIP2_MIN_LENGTH:
                for variant in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
                    index.setdefault(variant, []).append(word)
        slip2 = {variant: tuple(words) for variant, words in index.items()}
        if path is not None:
            try:
                write_atomic(path, marshal.dumps((frequent, slip2)))
            except OSError:
                pass
        return frequent, slip2

    # --- context-free ------------------------------------------------------------------------
    def known_word(self, lower: str, verb: bool = False, noun: bool = True) -> bool:
        """A plain word (no hyphen) in lower case: listed, an inflection of a listed extra, or a compound.

        ``verb``: the token is written lower case, so finite verb forms and participles of listed
        verbs count too ("ruckelt", "gedeckelt", "abgeebbt"). Remembered: the frequency check and
        the word-formation check of a token both ask.
        """
        key = (lower, verb, noun)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = bool(self._known_word(lower, verb, noun))
        return known

    def _known_word(self, lower: str, verb: bool, noun: bool) -> bool:
        if lower in self.accepted:
            return True
        for base in inflection_bases(lower):
            if base in self.extra or base in self.vocabulary:
                return True
        if inflected_known(lower, self.in_lexicon, noun):
            return True
        if self.splitter.strong(lower):  # a plausible compound (cheaper than the full split)
            return True
        parts = self.splitter.split(lower)
        if parts is not None and parts[0] in PREFIX_SET:
            return True
        return derived_known(lower, self.in_lexicon) or verb and verb_form_known(lower, self.in_lexicon)

    def near_miss(self, lower: str) -> bool:
        """A word accepted only by word formation, one slip away from a listed word, is that word
        misspelt: "algemeinen" (Alge|meinen) is "allgemeinen", "Bundestaat" is "Bundesstaat"
        (remembered: NL501 and NL503 both ask)."""
        verdict = self._near_miss.get(lower)
        if verdict is None:
            verdict = self._near_miss[lower] = self._near_miss_of(lower)
        return verdict

    def _near_miss_of(self, lower: str) -> bool:
        if len(lower) < 6:
            return False
        for prefix in prefixes_of(lower):
            rest = lower[len(prefix):]
            if rest in self.accepted or verb_form_known(rest, self.in_lexicon):
                return False  # "hinbekommen", "rausgehen", "Ausrichter": particle + listed word
        if self._frequent_near(lower):
            return True
        # any listed word one slip away beats a compound that only a weak split explains
        if inflected_known(lower, self.in_lexicon):
            return False
        # the three remaining conditions are pure, so the cheapest decides first: most formed words
        # have no listed word one slip away, and the full split costs more than looking for one
        if not self._near_words(lower):
            return False
        parts = self.splitter.split(lower)
        if parts is None:
            return False
        return not (self.splitter.strong(lower) and all(self._trusted_head(part) for part in parts[:-1]))

    def _trusted_head(self, head: str) -> bool:
        """``head`` opens at least two listed compounds of its own (different tails, each listed),
        directly or with a linking element ("Sonne|n|brille"), not counting those that a shorter
        head explains as well ("bunde|s|amt" is "bund|es|amt", "mitt|eilen" is "mit|teilen").

        pyspellchecker's list gives nearly all words the same floor count, so the count cannot
        tell a real head ("Hasen-": Hasenbraten, Hasenpfad) from a junk entry ("bunde", "jahn")
        that only serves to split a slip ("Bunde|regierung" for "Bundesregierung"); the list's
        own compounds can."""
        trusted = self._trust.get(head)
        if trusted is None:
            accepted, is_tail, size = self.accepted, self.splitter.is_tail, len(head)
            head_base = self.splitter.head_base
            tails: set[str] = set()
            for word in self.base.iterkeys(head):
                rest = word[size:]
                for link in _TRUST_LINKS:
                    tail = rest[len(link):]
                    if not rest.startswith(link) or len(tail) < 4 or tail[:4] in tails or tail not in accepted:
                        continue
                    cut = size + len(link)
                    if any(word[:other] in accepted and is_tail(word[other:])
                           for other in range(max(3, size - 2), cut) if other != size):
                        continue  # a shorter head: "mit|teilen"
                    if link and any(word[other:cut] in LINKS and word[:other] in accepted
                                    and valid_link(word[:other], word[other:cut]) for other in range(3, size)):
                        continue  # a shorter head with a link: "bund|es|amt"
                    if not link and any(head_base(word[:other]) is not None and is_tail(word[other:])
                                        for other in (size + 1, size + 2) if other <= len(word) - 3):
                        continue  # a longer head: "bundes|amt"
                    tails.add(tail[:4])
                    break
                if len(tails) >= 2:
                    break
            trusted = self._trust[head] = len(tails) >= 2
        return trusted

    def _frequent_near(self, lower: str) -> bool:
        """A frequent listed word (count >= near_miss_count) one slip from ``lower``.

        Bulk runs look it up in a small in-memory index of the ~10,000 frequent words and their
        one-letter deletions (a few dict probes); a single file asks the full deletes index."""
        freq = self.lexicon.freq
        index = self._frequent_index
        if index is None:
            return any(freq.get(candidate, 0) >= self.near_miss_count for candidate in self._near_words(lower))
        variants = {lower} | {lower[:i] + lower[i + 1:] for i in range(len(lower))}
        for variant in index.keys() & variants:  # the few variants the index holds, found in C
            for candidate in index[variant]:
                if within1(lower, candidate) and not _inflection_pair(lower, candidate) \
                        and not self._link_variant(lower, candidate):
                    return True
        return False

    def _link_variant(self, lower: str, candidate: str) -> bool:
        """The same compound with and without a linking -s- ("Mitgliedsstaaten" / "Mitgliedstaaten"):
        both are in use; neither is a slip of the other. Either word may be the one with the -s-
        ("Erbschaftsteuer" / "Erbschaftssteuer"), but a head that is a listed word plus -e is not
        one without its link ("Bunde|regierung" is "Bund|es|regierung" misspelt)."""
        if len(candidate) == len(lower) + 1:
            for i in range(4, len(candidate) - 3):
                if candidate[i] == "s" and candidate[:i] + candidate[i + 1:] == lower:
                    head = lower[:i]
                    return not (head.endswith("e") and head[:-1] in self.accepted) \
                        and self.splitter.strong_head(candidate[: i + 1]) and self.splitter.is_tail(candidate[i + 1:])
            return False
        if len(lower) != len(candidate) + 1:
            return False
        for i in range(4, len(lower) - 3):
            if lower[i] == "s" and lower[:i] + lower[i + 1:] == candidate:
                return self.splitter.strong_head(lower[: i + 1]) and self.splitter.is_tail(lower[i + 1:])
        return False

    def _neighbours1(self, lower: str) -> frozenset[str]:
        """Listed words one slip from ``lower`` (remembered: several checks ask)."""
        near = self._neighbours.get(lower)
        if near is None:
            near = self._neighbours[lower] = frozenset(self.lexicon.neighbours1(lower))
        return near

    def _near_words(self, lower: str) -> tuple[str, ...]:
        """Listed words one slip from ``lower``, other than its own inflected forms (remembered:
        near_miss and the in-text check of a formed word both ask)."""
        near = self._near.get(lower)
        if near is None:
            near = self._near[lower] = tuple(candidate for candidate in self._neighbours1(lower)
                                             if len(candidate) >= 5 and not _inflection_pair(lower, candidate)
                                             and not self._link_variant(lower, candidate))
        return near

    def analyse(self, text: str) -> tuple[Problem, ...]:
        """The unknown parts of one word token (cached)."""
        try:
            return self._verdicts[text]
        except KeyError:
            pass
        if len(text) > MAX_WORD_LENGTH:
            return ()  # no word; compound splitting grows faster than the length (0.5 s at 400 letters)
        self._analysed += 1
        if self._analysed == BULK_AFTER:
            self._go_bulk()
        if SOFT_HYPHEN in text:  # "Wohnverhält\xadnissen": a hyphenation hint, not part of the word
            result = _with_soft_hyphens(text, self.analyse(text.replace(SOFT_HYPHEN, "")))
        else:
            result = tuple(self._analyse(text))
        if len(self._verdicts) > 500_000:
            self._verdicts.clear()
            self._formed.clear()
            self._near.clear()
            self._known.clear()
            self._near_miss.clear()
            self._neighbours.clear()
        self._verdicts[text] = result
        return result

    def unlisted(self, text: str) -> bool:
        """The word is neither listed nor explained by word formation (wordfreq not asked): for
        NL503, which compares the spellings of names, and names are often in wordfreq's list."""
        verdict = self._unlisted.get(text)
        if verdict is None:
            if len(self._unlisted) > 100_000:
                self._unlisted.clear()
            lower = text.lower()
            zipf = self.zipf(lower)
            known = self._verdicts.get(text)
            if lower in self.accepted or zipf >= self.dominated_below:
                verdict = False  # a frequent word (or a well-known name) is no unknown name
            elif known is not None and not zipf and not any(problem.slip_of for problem in known):
                verdict = bool(known)  # NL501 asked word formation already (wordfreq had no say)
            elif zipf and lower.isalpha():
                verdict = not self.known_word(lower, verb=False, noun=True)
            else:
                verdict = any(True for _ in self._analyse(text, frequencies=False))
            self._unlisted[text] = verdict
        return verdict

    def _analyse(self, text: str, frequencies: bool = True) -> Iterator[Problem]:
        lowered = text.lower()
        if lowered in self.accepted or lowered in self.colloquial:
            return
        truncated = text.endswith(_HYPHEN_TUPLE)
        core = text.rstrip(HYPHENS)
        offset = 0
        while core[:1] in HYPHENS and core:
            core, offset = core[1:], offset + 1
        for apostrophe in ("’s", "'s", "’", "'"):
            if core.endswith(apostrophe):
                core = core[: -len(apostrophe)]
                break
        parts: list[tuple[int, str]] = []
        position = offset
        for piece in _split_hyphens(core):
            parts.append((position, piece))
            position += len(piece) + 1
        hyphenated = len(parts) > 1
        for index, (start, piece) in enumerate(parts):
            if len(piece) >= 7 and not piece.isalpha() and _DIGIT_INSIDE.fullmatch(piece):
                slip = self._digit_slip(piece.lower())
                if slip:  # "schlie0lich", "Universi9tät": a digit typed for a letter or next to it
                    yield Problem(start, start + len(piece), piece, piece[:1].isupper(), slip)
                    continue
            if not piece or len(piece) <= 2 or is_acronym(piece) or not piece.isalpha():
                continue
            lower = piece.lower()
            as_head = index < len(parts) - 1 or truncated
            attested = False
            if frequencies and lower not in self.accepted:
                if self.vocabulary and self._learned_form(lower):
                    continue  # "Schulrampen", "Schulrampenbau" of a learned "Schulrampe" (not "Schlampen")
                verdict = self._attested(lower, piece[:1].isupper())
                if verdict is True:
                    continue
                if verdict is None:
                    attested = True  # a rare word: unless word formation finds it a near miss
                elif verdict:
                    yield Problem(start, start + len(piece), piece, piece[:1].isupper(), verdict)
                    continue
            if self.known_word(lower, verb=piece[:1].islower(), noun=piece[:1].isupper()):
                if lower in self.accepted or not self.near_miss(lower):
                    if lower not in self.accepted and len(lower) >= 6 and not attested:
                        # a slip only if the text itself uses a listed word one slip away
                        self._formed.setdefault(text, []).append(
                            Problem(start, start + len(piece), piece, piece[:1].isupper()))
                    continue
            elif attested:
                continue
            if as_head and self.splitter.head_base(lower) is not None:
                continue
            if hyphenated and lower in self.vocabulary:
                continue
            yield Problem(start, start + len(piece), piece, piece[:1].isupper())

    def _learned_form(self, lower: str) -> bool:
        """An inflected form of a vocabulary word, or a compound of known parts one of which is a
        vocabulary word: the newsroom's own word, not a slip of a frequent word one slip away."""
        vocabulary = self.vocabulary
        if any(base in vocabulary for base in inflection_bases(lower)):
            return True
        parts = self.splitter.split(lower)
        return parts is not None and len(parts) > 1 and any(
            part in vocabulary or self.splitter.head_base(part) in vocabulary
            or any(base in vocabulary for base in inflection_bases(part)) for part in parts)

    def _german(self, candidate: str) -> str:
        """A frequent wordfreq word as German spells it, when it is listed or word formation explains
        it ("gemeindegebiet"); "" for the English, French or names wordfreq's German list holds too
        ("college")."""
        if candidate in self.accepted:
            return candidate
        if "ss" in candidate:
            for position in range(candidate.find("ss"), len(candidate) - 1):
                if candidate.startswith("ss", position):
                    spelled = candidate[:position] + "ß" + candidate[position + 2:]
                    if spelled in self.accepted:
                        return spelled
        return candidate if self.known_word(candidate, verb=True, noun=True) else ""

    def _slip_suggestions(self, word: str, slip_of: str, context: frozenset[str]) -> tuple[str, ...]:
        """The ranked suggestions, with the word the slip was found to be of among them."""
        suggestions = self.suggest(word, context)
        spelled = apply_case(word, self._german(slip_of) or slip_of)
        if slip_of == self._stutter(word.lower()):  # letters typed twice: the word without them first
            suggestions = [spelled] + [item for item in suggestions if item.lower() != spelled.lower()]
        elif spelled.lower() not in (suggestion.lower() for suggestion in suggestions):
            suggestions.append(spelled)
        return tuple(suggestions)

    def _frequent2(self, lower: str, inserts: bool = True) -> Iterable[str]:
        """Listed words two slips (at most) from ``lower`` that wordfreq finds frequent enough to be
        what a slip was meant to be. Bulk runs probe a small in-memory index of the ~14,000 frequent
        words and their one-letter deletions (dict look-ups instead of ~500 binary searches in the
        deletes index of the whole list); both ways find the same words."""
        key = lower.replace("ß", "ss")
        inserts = inserts and len(key) <= self.suggester.insert_limit and not self.slip2_quick
        index = self._slip2_index
        if index is None:  # a single file: the frequent words' deletes index (memory-mapped)
            variants = deletes_upto2(key)
            if inserts:
                variants |= inserts1(key)
            found = self.frequencies.frequent_variants(variants)
        else:
            found = set()
            for variant in index.keys() & self._slip2_variants(key):
                found.update(index[variant])
            if inserts:
                found.update(self._two_letters_missing(key))
        return [candidate for candidate in found if abs(len(candidate) - len(key)) <= 2
                and edit_cost(key, candidate, 2.0) <= 2.0]

    def _slip2_variants(self, key: str) -> list[str]:
        """What deletes_upto2(key) holds that the bulk two-slip index can hold (a list, with repeats).

        A deletion between the first two and the last two letters keeps those letters and takes one
        from the length, so whole groups of deletions share one shape (length, first two, last two
        letters): a group whose shape no index key has is skipped, not built. On news-dev ~45 % of
        the ~110 deletions of a long unknown word are skipped. The groups (P: the first two
        positions, S: the last two, M: those between; i < j the deleted positions):
        i in M; i, j in M; i in P and j in M after its first; i in M before its last and j in S.
        The other deletions (15 at most) are always built."""
        size = len(key)
        if size < 8:
            return list(deletes_upto2(key))
        shapes, head, tail = self._slip2_shapes, key[:2], key[-2:]
        last = size - 2  # S starts here; M is range(2, last)
        variants = [key]
        variants += [key[:i] + key[i + 1:] for i in (0, 1, last, last + 1)]
        variants += [key[:i] + key[i + 1:j] + key[j + 1:] for i, j in
                     ((0, 1), (0, 2), (1, 2), (last - 1, last), (last - 1, last + 1), (last, last + 1),
                      (0, last), (0, last + 1), (1, last), (1, last + 1))]
        if _shape(size - 1, head, tail) in shapes:
            variants += [key[:i] + key[i + 1:] for i in range(2, last)]
        if _shape(size - 2, head, tail) in shapes:
            variants += [key[:i] + key[i + 1:j] + key[j + 1:] for i in range(2, last) for j in range(i + 1, last)]
        for i in (0, 1):  # the first two letters of such a deletion: key[:3] without key[i]
            if _shape(size - 2, key[:i] + key[i + 1:3], tail) in shapes:
                variants += [key[:i] + key[i + 1:j] + key[j + 1:] for j in range(3, last)]
        for j in (last, last + 1):  # the last two: key[-3:] without key[j]
            if _shape(size - 2, head, key[last - 1:j] + key[j + 1:]) in shapes:
                variants += [key[:i] + key[i + 1:j] + key[j + 1:] for i in range(2, last - 1)]
        return variants

    def _two_letters_missing(self, key: str) -> list[str]:
        """The frequent words of the bulk index (see _frequent2) that a one-letter deletion turns into
        ``key`` with one letter added, i.e. what probing that index with the ~400 one-letter
        insertions of ``key`` finds beyond its deletions: words two letters longer that ``key``
        lacks two letters of, one of them a letter of LETTERS. One probe in a two-deletion index
        of those words finds them (and rarely a word whose deletion shares the crc: checked here)."""
        floor = round(min(self.slip2_zipf, self.slip2_known_zipf) * ZIPF_STEP)
        return [word for word in self.frequencies.two_deletions_from(key, floor, SLIP2_MIN_LENGTH)
                if any(_letter_added(word[:i] + word[i + 1:], key) for i in range(len(word)))]

    def _stutter(self, lower: str) -> str:
        """The frequent word an unattested word is a stutter of: a run of letters typed twice in a
        row ("Vereineinigung", "Hochschschule", "interternational"), three or more edits away, so
        beyond the two-slip search, and word formation often explains the result."""
        if len(lower) < self.stutter_min_length:
            return ""
        best, best_zipf = "", self.stutter_zipf
        for size in range(self.stutter_min_run, min(self.stutter_max_run, len(lower) // 2) + 1):
            for position in range(1, len(lower) - 2 * size):  # not at the end: "Besseresser"
                if lower[position:position + size] != lower[position + size:position + 2 * size]:
                    continue
                candidate = lower[:position] + lower[position + size:]
                zipf = self.zipf(candidate)
                if zipf >= best_zipf and self._german(candidate):
                    best, best_zipf = candidate, zipf
        return best

    def _digit_slip(self, lower: str) -> str:
        """The frequent word a word with one digit inside is a slip of (the digit dropped or replaced)."""
        cut = next(i for i, char in enumerate(lower) if char.isdigit())
        head, tail = lower[:cut], lower[cut + 1:]
        for candidate in [head + tail] + [head + letter + tail for letter in "abcdefghijklmnopqrstuvwxyzäöüß"]:
            if candidate in self.accepted and self.zipf(candidate) >= self.slip_zipf:
                return candidate
        return ""

    def _attested(self, lower: str, capitalised: bool = False) -> bool | str | None:
        """What wordfreq says about an unlisted word: True (a word), None (a rare word that word
        formation may still call a near miss: "vorraussichtlich"), the far more frequent word it
        is a slip of ("wiederrum", "Mannschafft", "Augugst"), or False (no evidence either way)."""
        for plain, umlaut in _TRANSLITERATIONS:
            if plain in lower and lower.replace(plain, umlaut) in self.accepted:
                return False  # "gross" is "groß" in wordfreq's folding; "oesterreichischen" is web ASCII
        zipf = self.zipf(lower)
        if zipf >= self.dominated_below:
            return True
        short = len(lower) < (self.capitalised_slip_length if capitalised else self.slip_min_length)
        if short or capitalised and zipf >= self.capitalised_attested_zipf:
            return None if zipf >= self.attested_zipf else False
        known = None
        if capitalised and zipf >= self.attested_zipf:
            limit = zipf + self.capitalised_dominated_by
        elif zipf >= self.attested_zipf:
            # a rare word that German word formation does not explain either needs a smaller lead
            # ("seperat" / separat, "veröffentlich" / veröffentlicht)
            known = self.known_word(lower, verb=True, noun=False)
            limit = zipf + (self.dominated_by if known else self.unknown_dominated_by)
            if not known:
                for candidate, source in self.suggester.split_words(lower):
                    left, _, right = candidate.partition(" ")
                    if left in PREFIX_SET and right not in FUNCTION_WORDS or len(right) < 3:
                        continue  # "dabeihat", "nahekam": a particle verb; "teuerer"
                    if source == "split" and self.suggester.frequency(candidate) >= limit:
                        return candidate  # a missing space: "anund" (an und)
        else:  # German builds words freely: a formed word needs a more frequent neighbour ("Bundesseite")
            known = self.known_word(lower, verb=not capitalised, noun=capitalised)
            limit = self.slip_known_zipf if known else self.slip_zipf
        best, best_zipf = "", limit
        # frequent words one slip away (wordfreq's, so also compounds the list lacks: "Gemeindegebiet");
        # a word no rule explains may be a slip of another form of a word too ("veröffentlich")
        near = [candidate for candidate in self.frequencies.frequent_neighbours1(lower)
                if not self._link_variant(lower, candidate) and self._german(candidate)]
        forms = [candidate for candidate in near if _inflection_pair(lower, candidate)]
        if known is not False:
            near = [candidate for candidate in near if candidate not in forms]
        for candidate in near:
            candidate_zipf = self.zipf(candidate)
            if candidate_zipf >= best_zipf:
                best, best_zipf = candidate, candidate_zipf
        if best:
            return best
        if zipf:  # listed, rare, no far more frequent word one slip away; with no frequent word
            return None if near or forms else True  # there at all, no near-miss check either
        # unattested: another form of a very frequent word ("Mannschaftem", "Niederlagte"), or for
        # long words a frequent word two slips away ("Vereining", "Engamgent")
        for candidate in forms:
            if self.zipf(candidate) >= max(limit, self.slip_form_zipf):
                return candidate
        stutter = self._stutter(lower)
        if stutter:
            return stutter
        if len(lower) >= (self.capitalised_slip2_length if capitalised else self.slip2_length):
            best_zipf = self.slip2_known_zipf if known else self.slip2_zipf
            for candidate in self._frequent2(lower, inserts=not (known and self.slip2_quick_known
                                                                      and (capitalised or not self.slip2_lower_inserts))):
                candidate_zipf = self.zipf(candidate)
                if candidate_zipf >= best_zipf and not _inflection_pair(lower, candidate) \
                        and not self._link_variant(lower, candidate) and self._german(candidate):
                    best, best_zipf = candidate, candidate_zipf
        return best or False

    # --- suggestions ---------------------------------------------------------------------------
    def suggest(self, word: str, context: frozenset[str] = frozenset(), limit: int = 5) -> list[str]:
        return [apply_case(word, candidate) for candidate in self.suggester.suggest(word.lower(), limit, context)]

    # --- in context ---------------------------------------------------------------------------
    def check_document(self, document) -> list[Misspelling]:
        """Misspellings in a Document (offsets into ``document.text``)."""
        findings: list[Misspelling] = []
        pending: list[tuple[Token, Problem, list[Token], int]] = []
        verdicts = self._verdicts
        analyse = self.analyse
        formed = self._formed
        nearby: list[tuple[Token, Problem]] = []
        texts: list[str] = []  # the word tokens' texts, for the word counts
        keep = texts.append
        for sentence in document.sentences:
            tokens = sentence.tokens
            for index, token in enumerate(tokens):
                if token.kind != "word":
                    continue
                text = token.text
                keep(text)
                problems = verdicts.get(text)
                if problems is None:
                    problems = analyse(text)
                if problems:
                    pending.extend((token, problem, tokens, index) for problem in problems)
                elif text in formed:
                    nearby.extend((token, problem) for problem in formed[text])
        if not pending and not nearby:
            return findings
        counts = _word_counts(texts)
        if nearby:
            # listed words of the text by their first three letters (a slip in a long word rarely
            # sits in its first three); only the prefixes the formed words ask for
            accepted = self.accepted
            wanted = {problem.word.lower()[:3] for _, problem in nearby}
            by_prefix: dict[str, list[str]] = {}
            for text_word in counts:
                if text_word[:3] in wanted and len(text_word) >= 5 and text_word in accepted:
                    by_prefix.setdefault(text_word[:3], []).append(text_word)
        for token, problem in nearby:
            lower = problem.word.lower()
            used = [candidate for candidate in by_prefix.get(lower[:3], ())
                    if "-" not in candidate and within1(lower, candidate) and not _inflection_pair(lower, candidate)
                    and not self._link_variant(lower, candidate)]
            if used:
                suggestion = apply_case(problem.word, max(used, key=lambda c: counts[c]))
                findings.append(Misspelling(token.start + problem.start, token.start + problem.end, problem.word,
                                            (suggestion,)))
        context = frozenset(counts)
        english_sentences: dict[int, bool] = {}
        for token, problem, tokens, index in pending:
            if token.ner not in (None, "O"):
                continue
            word = problem.word
            lower = word.lower()
            key = id(tokens)
            if key not in english_sentences:
                english_sentences[key] = self._english_sentence(tokens)
            if english_sentences[key] or self._english_context(tokens, index):
                continue
            if len(lower) >= 3 and lower in english_words():
                continue
            start, end = token.start + problem.start, token.start + problem.end
            if not problem.capitalised:
                if counts.get(lower, 0) >= 2:  # used the same way twice: a term, not a slip
                    continue
                suggestions = self._slip_suggestions(word, problem.slip_of, context) if problem.slip_of \
                    else self.suggest(word, context)
                if suggestions or self.flag_without_suggestion:
                    findings.append(Misspelling(start, end, word, tuple(suggestions)))
                continue
            if problem.slip_of and self.slip_overrides_names:
                if self._name_evidence(word, lower, token, problem, tokens, index, counts, strong_only=True):
                    continue
                findings.append(Misspelling(start, end, word, self._slip_suggestions(word, problem.slip_of, context)))
                continue
            if self._name_evidence(word, lower, token, problem, tokens, index, counts):
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            before_name = following is not None and following.kind == "word" and following.text[:1].isupper()
            if self._strong_correction(word, lower, context, slips=not before_name):
                findings.append(Misspelling(start, end, word, tuple(self.suggest(word, context))))
        findings.sort(key=lambda item: item.start)
        return findings

    def _strong_correction(self, word: str, lower: str, context: frozenset[str], slips: bool = True) -> bool:
        """A capitalised unknown word is only a typo with a close, listed correction."""
        if len(word) < self.min_capitalised_length:
            return False
        candidates = self.suggester.candidates(lower)
        for candidate, source in candidates.items():
            if source == "split":
                return True
            if source not in ("lexicon", "extra") or _umlaut_spelling(lower, candidate):
                continue  # "Loeffler" is a name's spelling of Löffler, not a slip
            if candidate in context or len(word) >= 8 or self.suggester.count(candidate) >= 1000:
                return True
            if slips and len(word) >= 7 and candidate not in self.names.first_names and _slip(lower, candidate):
                return True  # a typing slip (swap, doubled or dropped double letter) of a listed word
        if len(word) >= 10 and not any(source in ("lexicon", "extra") for source in candidates.values()):
            return any(candidate in context or self.suggester.count(candidate) >= 200
                       or slips and len(word) >= 12 and edit_cost(lower, candidate) <= 1.6
                       for candidate in self.suggester.candidates2(lower, quick=True))
        return False

    def _listed_slip(self, lower: str) -> bool:
        """A listed word of eight letters or more one slip from ``lower``: "Entwickluing" (Entwicklung),
        "Heidleberg" (Heidelberg), "Einrichtingen" (Einrichtungen). Not another form of it ("Tübinger",
        Tübingen) and not another first letter: names differ from words there ("Memmingen", Lemmingen)."""
        return len(lower) >= 8 and any(len(candidate) >= 8 and source in ("lexicon", "extra")
                                       and candidate[0] == lower[0] and not _umlaut_spelling(lower, candidate)
                                       and not _inflection_pair(lower, candidate)
                                       for candidate, source in self.suggester.candidates(lower).items())

    def _english_sentence(self, tokens: tuple[Token, ...]) -> bool:
        """Whole sentences in English (interviews, quotes): no German spelling check."""
        english = self.names.english
        words = [token.text.lower() for token in tokens if token.kind == "word"]
        hits = sum(1 for word in words if word in english and word not in self.base)
        return hits >= 2 and hits * 6 >= len(words)

    def _english_context(self, tokens: tuple[Token, ...], index: int) -> bool:
        english = self.names.english
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(tokens):
                text = tokens[neighbour].text.lower()
                if text in english and text not in self.base:
                    return True
        return False

    def _name_evidence(self, word: str, lower: str, token: Token, problem: Problem,
                       tokens: tuple[Token, ...], index: int, counts: Counter, strong_only: bool = False) -> bool:
        """Evidence that a capitalised unknown word is a name. ``strong_only``: the word is one slip
        from a far more frequent word, so only recurrence, a title or first name before it count."""
        if looks_foreign(word) and not (strong_only and _one_odd_letter(word)):
            return True  # "Dvořák"; but "Bezeíchnung" is a slip of "Bezeichnung"
        if not strong_only and looks_like_place(lower, self.known_word) \
                and (problem.start > 0 or not self._listed_slip(lower)):
            return True  # "Germering", "Garmisch-Partenkirchen"; but "Entwickluing", "Düpsseldorf" are slips
        occurrences = counts.get(lower, 0) + counts.get(lower + "s", 0)
        if lower.endswith("s"):
            occurrences += counts.get(lower[:-1], 0)
        if occurrences >= 2:
            return True
        if problem.start > 0:  # a capitalised unknown part inside a hyphenated compound
            return False
        names = self.names
        previous = tokens[index - 1] if index > 0 else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if index > 1 and tokens[index - 2].text.rstrip(".").lower() in names.titles and previous is not None \
                and previous.text[:1].isupper():
            return True  # "Präsident Lothar Wieler"
        if previous is not None and previous.kind in ("word", "abbrev"):
            before = previous.text.rstrip(".").lower()
            if strong_only:
                return before in names.titles or before in names.first_names
            if previous.text[:1].isupper() and index > 1 and tokens[index - 2].kind == "word":
                return True  # two capitalised words mid-sentence: "Sandra Scheeres", "Hasso Plattner"
            if before in names.titles or before in names.first_names:
                return True
            if before in names.particles and previous.text.islower() and index > 1:
                earlier = tokens[index - 2].text
                if before in ("der", "den", "die", "das", "dem"):
                    if earlier.lower() in ("von", "van"):
                        return True  # "von der Leyen"
                elif earlier[:1].isupper() or earlier.lower() in names.particles:
                    return True  # "Baschar al-Assad", "Thomas de Maizière"
            if previous.text[:1].isupper() and (self.analyse(previous.text) or is_acronym(previous.text)) \
                    and not (before.endswith("er") and self._strong_correction(word, lower, frozenset())):
                return True  # "Paolo Rossi" (but "Kölner Erzbischon" is a place adjective and a slip)
            if before.endswith(("minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin",
                                "chef", "chefin", "experte", "expertin", "forscher", "forscherin")):
                return True
        if following is not None and following.kind == "word" and following.text[:1].isupper() and not strong_only:
            if (self.analyse(following.text) or is_acronym(following.text)) \
                    and not (previous is not None and previous.text in DETERMINERS and self._listed_slip(lower)):
                return True  # "Paolo Rossi"; but "die Gemeiende Krailling" is a noun's slip before a name
        return False


class _Accepted:
    """Membership in the base list (a trie) or the added words, without copying 339,000 strings."""

    __slots__ = ("base", "added")

    def __init__(self, base, added: frozenset[str]) -> None:
        self.base, self.added = base, added

    def __contains__(self, word: object) -> bool:
        return word in self.base or word in self.added

    def __len__(self) -> int:
        return len(self.base) + len(self.added)


def _inflection_pair(a: str, b: str) -> bool:
    """Forms of one word: they differ only in an inflectional ending of at most two letters
    ("Landkreises" / "Landkreisen"), not in a slip near the end ("Mannschafft" / "Mannschaft")."""
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= max(len(a), len(b)) - 2 and a[common:] in _ENDINGS and b[common:] in _ENDINGS


_DIGIT_INSIDE = regex.compile(r"\p{L}{3,}\d\p{Ll}{3,}")
_TRANSLITERATIONS = (("ss", "ß"), ("ae", "ä"), ("oe", "ö"), ("ue", "ü"))
_ENDINGS = frozenset(("", "e", "n", "s", "t", "r", "m", "d", "en", "es", "er", "em", "ern", "ns", "te", "st", "et", "nd", "in",
                      "ie", "el", "ln", "rn", "eln"))


def _slip(word: str, candidate: str) -> bool:
    """A typing slip rather than another spelling: two letters swapped, or a letter doubled,
    dropped from a double or typed twice ("Athleth" is not one; "Augugst", "Beipiel" are not
    either; "Reigerung", "Komission", "Aktivitätten" are)."""
    if len(word) == len(candidate):
        diff = [i for i, (a, b) in enumerate(zip(word, candidate)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == candidate[diff[1]] \
            and word[diff[1]] == candidate[diff[0]]
    longer, shorter = (word, candidate) if len(word) > len(candidate) else (candidate, word)
    if len(longer) != len(shorter) + 1:
        return False
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1:] == shorter:
            return i > 0 and longer[i] == longer[i - 1] or i + 1 < len(longer) and longer[i] == longer[i + 1]
    return False


def _shape(length: int, head: str, tail: str) -> str:
    """A string's length with its first two and last two letters (see Speller._slip2_variants)."""
    return f"{length}:{head}{tail}"


def _letter_added(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with one letter of LETTERS inserted (what inserts1 generates)."""
    return len(longer) == len(shorter) + 1 and any(
        longer[position] in LETTERS and longer[:position] + longer[position + 1:] == shorter
        for position in range(len(longer)))


def _one_odd_letter(word: str) -> bool:
    """Exactly one letter German does not use ("Bezeíchnung", "auβerdem")."""
    return sum(1 for char in word if not ("a" <= char.lower() <= "z" or char in "äöüÄÖÜß")) == 1


def _umlaut_spelling(word: str, candidate: str) -> bool:
    for plain, fancy in (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß")):
        if plain in word and word.replace(plain, fancy) == candidate:
            return True
    return False


def _split_hyphens(text: str) -> list[str]:
    parts = [text]
    for hyphen in HYPHENS:
        parts = [piece for part in parts for piece in part.split(hyphen)]
    return parts


def _word_counts(texts: list[str]) -> Counter:
    """Lower-case word forms of a document (``texts``: its word tokens' texts, in order), hyphenated
    tokens counted part by part as well.

    Lowering and counting run in C (map, Counter); each distinct hyphenated form is split once,
    with its count. The keys come in order of first occurrence, as counting every token in turn
    gives them (the in-text check takes the first of equally frequent words)."""
    counts: Counter = Counter(map(str.lower, texts))
    hyphenated = [(lower, count) for lower, count in counts.items() if "-" in lower]
    for lower, count in hyphenated:
        for piece in _split_hyphens(lower.strip("-")):
            if piece:
                counts[piece] += count
    return counts


_SPELLERS: dict[tuple, Speller] = {}


def get_speller(words: tuple[str, ...] = (), vocabulary_files: tuple[str, ...] = (),
                min_capitalised_length: int = 6, flag_without_suggestion: bool = False) -> Speller:
    """A Speller per configuration, built once per process."""
    key = (words, vocabulary_files, min_capitalised_length, flag_without_suggestion)
    speller = _SPELLERS.get(key)
    if speller is None:
        vocabulary: dict[str, int] = {}
        first_names: set[str] = set()
        for name in vocabulary_files:
            for word, count in read_word_file(Path(name)).items():
                vocabulary[word] = max(count, vocabulary.get(word, 0))
            first_names.update(read_word_file(Path(name), "first names"))
        speller = _SPELLERS[key] = Speller(words, vocabulary, min_capitalised_length, flag_without_suggestion,
                                           first_names)
    return speller
