"""German compounds and inflection: accept words the full-form list lacks but German builds freely.

A compound is accepted when it splits into known parts: every part but the last is a *head*
(a known word, optionally followed by a linking element — s, es, n, en, e, er, ens, nen — or a
verb/e-stem such as "Wohn-", "Schul-"), the last part is a known full form of at least four
letters (or one of a few common three-letter nouns). Function words never count as parts, so a
missing space ("fürden") is not mistaken for a compound.
"""
from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache

LINKS = ("ens", "nen", "es", "en", "er", "s", "n", "e")
STEM_ENDINGS = ("e", "en", "n")  # "Schul|buch" (Schule), "Wohn|ort" (wohnen), "Pfeif|ton"
MIN_HEAD = 3
MIN_TAIL = 4
# Three-letter lexicon words that are good compound tails ("Bauamt", "Stadtrat").
SHORT_TAILS = frozenset(
    "amt bau weg tag zug rat see art bad ort eis gas tal tor arm bus rad hof hut ohr öl not fan chef los tür elf ei uhr kur"
    " tun".split()
)
# Three-letter words that are good compound heads ("Südhessen", "Neuwagen", "gutgehen", "Tontechniker").
SHORT_HEADS = frozenset(
    "süd ost nord neu alt gut tot top hör ton tee sau pan all ur bio öko eco tag rot art hof amt bau rat zug"
    " kur not rad bus ski see".split()
)
# Words that are never compound parts: articles, pronouns, conjunctions and the like.
FUNCTION_WORDS = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern
    ich du er sie es wir ihr man sich mich dich mir dir uns euch ihm ihn ihnen wer was wie wo
    ist sind war hat haben wird werden kann muss soll will dass als ob wenn weil nicht noch
    auch nur schon sehr mehr dann sein seine ihre ihren ihrem ihrer seinen seinem seiner zum zur
    vom beim ins im am um bei mit von für auf aus nach vor zu an in über unter durch gegen ohne
    raus rauf nix aufs ums durchs fürs übers ans vors unters hinters
    """.split()
)
# Inflectional endings tried when a word is missing from the full-form list.
SUFFIXES = ("innen", "ern", "ens", "nen", "es", "en", "em", "er", "e", "n", "s", "in")


@lru_cache(maxsize=16384)
def inflection_bases(word: str) -> tuple[str, ...]:
    """Candidate base forms of ``word`` (lower case) after removing one inflectional ending
    (remembered: compound splitting asks for the same tails of many words)."""
    bases = []
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            bases.append(word[: -len(suffix)])
    if word.endswith("'s") or word.endswith("’s"):
        bases.append(word[:-2])
    return tuple(bases)


# Verb particles and prefixes that may open a word even though some are function words:
# "ausgebremst", "verimpft", "durchgeimpft", "nachverfolgen", "unverhältnismäßig".
PREFIXES = tuple(sorted(
    """ab an auf aus bei ein mit nach vor weg zu zurück zusammen durch über um unter hin her hinaus
    heraus herein hinein herunter hinunter herum voran voraus vorbei los fest frei wieder weiter ver be ent er
    zer ge miss un ur nicht anti ko ex vize super mega hyper post prä pro gegen hoch multi inter
    trans neo pseudo semi mikro makro ultra raus rein rauf runter rüber ran rum""".split(),
    key=len, reverse=True))
_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
PREFIX_SET = frozenset(PREFIXES)
_PREFIXES_BY_FIRST = {first: tuple(prefix for prefix in PREFIXES if prefix[0] == first)
                      for first in {prefix[0] for prefix in PREFIXES}}


def prefixes_of(word: str) -> tuple[str, ...]:
    """The PREFIXES ``word`` starts with, in PREFIXES order (longest first): the same as testing each
    of the 72, but only the few with the word's first letter are tried (a hot loop of word formation)."""
    return tuple(prefix for prefix in _PREFIXES_BY_FIRST.get(word[:1], ()) if word.startswith(prefix))


INSEPARABLE = frozenset({"ver", "be", "ent", "er", "zer", "ge", "miss"})
_VERB_FORM_ENDINGS = ("t", "en", "te", "ten", "st", "e", "et", "ung", "ungen", "n", "nd", "nde", "nden")
_LINKS_BY_LAST = {last: tuple(link for link in LINKS if link[-1] == last) for last in "snre"}


ADJECTIVE_SUFFIXES = ("isch", "lich", "ig", "al", "är", "iv", "ell", "bar", "los", "sam", "haft", "ent", "ant",
                      "ös", "iert", "ert", "igt", "elt", "ar", "il", "ibel", "abel", "ös")
# Plural and case endings tried against the base list (which lacks many inflected forms).
NOUN_ENDINGS = ("en", "n", "e", "er", "es", "s")


_SUPERLATIVE_ENDINGS = ("ste", "sten", "ster", "stes", "stem", "stens")
_COMPARATIVE_ENDINGS = ("ere", "eren", "erem", "erer", "eres")


def inflected_known(word: str, known: Callable[[str], bool], noun: bool = True) -> bool:
    """An inflected form of a listed word: "Existenzen", "zirkuläres", "Kuratoriums".

    Never a doubled letter ("Menschenn") and never a bare stem shorter than five letters.
    """
    for ending in ("e", "en", "er", "es", "em"):
        if word.endswith(ending):
            base = word[: -len(ending)]
            if len(base) >= 5 and base.endswith(ADJECTIVE_SUFFIXES) and known(base):
                return True
    for ending in _SUPERLATIVE_ENDINGS:  # superlatives: "originellsten", "überraschendste", "schnellstens"
        if word.endswith(ending):  # (the cheap test first; most words end in none of them)
            base = word[: -len(ending)]
            if len(base) >= 5 and known(base) and (base.endswith(ADJECTIVE_SUFFIXES + ("end",)) or ending == "stens"):
                return True
    if word.endswith(_COMPARATIVE_ENDINGS):
        for ending in _COMPARATIVE_ENDINGS:  # "maßvolleren": comparative of a listed adjective
            if word.endswith(ending) and len(word) - len(ending) >= 5 and known(word[: -len(ending)] + "er") \
                    and known(word[: -len(ending)]):
                return True
    if not noun:
        return False
    if word.endswith(("er", "el")) and (known(word + "n") or known(word + "s")):
        return True  # "Kubikkilometer": the list has only "Kubikkilometern"
    for ending in NOUN_ENDINGS:
        if word.endswith(ending):
            base = word[: -len(ending)]
            if len(base) < 5 or base[-1] == ending[0] or ending == "s" and base[-1] in "sxzß":
                continue
            if known(base):
                return True
    return False


_VERB_ENDINGS = ("test", "tet", "ten", "te", "st", "t", "e", "est", "et", "en")
_PARTICIPLE_ENDINGS = frozenset(("t", "te", "ten", "tet", "et", "en"))


def verb_form_known(word: str, known: Callable[[str], bool]) -> bool:
    """A finite form or participle of a listed verb: "ruckelt" (ruckeln), "gedeckelt" (deckeln),
    "abgeebbt" (abebben), "hochgestuft" (hochstufen), "eskortiert" (eskortieren)."""
    forms = [word]
    for prefix in prefixes_of(word):
        if len(word) - len(prefix) >= 4:
            forms.append(word[len(prefix) :])
    for form in forms:
        stems = [(form, False)]
        if form.startswith("ge") and len(form) > 5:
            stems.append((form[2:], True))
        for stem_form, participle in stems:
            for ending in _VERB_ENDINGS:
                if participle and ending not in _PARTICIPLE_ENDINGS:
                    continue  # "eingeschränke": ge- takes -t or -en, never a bare -e
                if stem_form.endswith(ending) and len(stem_form) - len(ending) >= 3:
                    stem = stem_form[: -len(ending)]
                    if ending[0] in "ts" and stem[-1] in "dt":
                        continue  # "gegründt", "arbeitst": a -d/-t stem needs the -e- ("gegründet")
                    if len(stem) >= 3 and (known(stem + "en") or stem[-1] in "lr" and known(stem + "n")):
                        return True
    return False


def derived_known(word: str, known: Callable[[str], bool]) -> bool:
    """Productive derivations of listed words: zu-infinitives, -ung nouns, -isch adjectives."""
    # "aufrechtzuerhalten" (aufrechterhalten), "nachzuverfolgen" (nachverfolgen)
    position = word.find("zu", 2)
    while position != -1:
        if len(word) - position > 5 and known(word[:position] + word[position + 2 :]):
            return True
        position = word.find("zu", position + 1)
    # "bezifferbar" (beziffern), "planbarkeit" (planen)
    for ending in ("barkeit", "baren", "barer", "bares", "barem", "bare", "bar"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            if known(stem + "en") or known(stem + "n"):
                return True
            break
    # "Epidemiologe", "Epidemiologin" (Epidemiologie), and the other way: "Virologie" (Virologe)
    for ending in ("loginnen", "login", "logen", "loge"):
        if word.endswith(ending) and known(word[: -len(ending)] + "logie"):
            return True
    for ending in ("logien", "logie"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 \
                and any(known(word[: -len(ending)] + tail) for tail in ("loge", "login", "logen")):
            return True
    # "asymptomatisch", "apolitischen": the Greek negation a- before a listed -isch adjective
    if word.startswith("a") and "isch" in word[-7:] and len(word) >= 9 and known(word[1:]):
        return True
    # "rauszuholen", "herunterzumelken", "auszutricksen": particle + zu + a listed infinitive
    for prefix in prefixes_of(word):
        if word.startswith(prefix + "zu") and len(word) - len(prefix) - 2 >= 4 \
                and word.endswith(("en", "ln", "rn")) and known(word[len(prefix) + 2 :]):
            return True
    # "bezirkliche", "österliche": -lich adjectives of listed nouns
    for ending in _ADJECTIVE_ENDINGS:
        suffix = "lich" + ending
        if word.endswith(suffix) and len(word) - len(suffix) >= 5 and known(word[: -len(suffix)]):
            return True
    # "Testung" (testen), "Priorisierung" (priorisieren), "Überforderung" (überfordern)
    for ending in ("ungen", "ung"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            if known(stem + "en") or known(stem + "n"):
                return True
    # "epidemiologisch" (Epidemiologie), "pandemischen" (Pandemie), "asymptomatisch"
    for ending in _ADJECTIVE_ENDINGS:
        suffix = "isch" + ending
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if any(known(stem + tail) for tail in ("", "ie", "ik", "e", "en", "a", "ismus", "iker")):
                return True
            # "internistisch", "aktionistischem", "maximalistische" (intern, Aktionismus, maximal)
            if stem.endswith("ist") and any(known(stem[:-3] + tail) for tail in ("", "e", "ismus", "isten")):
                return True
    return False


_VOWELS = "aeiouäöüy"


def valid_link(base: str, link: str) -> bool:
    """Whether linking element ``link`` can follow the head ``base`` ("Regierung|s", "Sonne|n")."""
    last = base[-1:]
    if link == "s":
        return last not in "sßxz" and not base.endswith("sch")
    if link == "n":
        return base.endswith(("e", "el", "er"))
    if link == "nen":
        return base.endswith("in")
    if link in ("en", "es", "ens", "e"):
        return last not in _VOWELS
    if link == "er":
        return last not in _VOWELS and not base.endswith(("en", "er", "el"))
    return False


class CompoundSplitter:
    """Segment lower-case words into known parts; remembers its answers."""

    def __init__(self, known: Callable[[str], bool] | Collection[str],
                 frequent: Callable[[str], bool] = lambda word: False) -> None:
        self._known = known.__contains__ if not callable(known) else known
        self._frequent = frequent  # a word the list gives a real count (not the floor count of rare entries)
        self._cache: dict[str, tuple[str, ...] | None] = {}
        self._strong: dict[tuple[str, int], bool] = {}
        self._heads: dict[str, str | None] = {}

    def is_part(self, piece: str) -> bool:
        """A word that can stand as a compound part (known, not a function word)."""
        return piece not in FUNCTION_WORDS and self._known(piece)

    def head_base(self, piece: str) -> str | None:
        """The known word behind a non-final part ("munitions" -> "munition"), or None
        (remembered: the splits of many words try the same pieces)."""
        try:
            return self._heads[piece]
        except KeyError:
            pass
        if len(self._heads) > 60_000:  # ~5 MB
            self._heads.clear()
        base = self._heads[piece] = self._head_base(piece)
        return base

    def _head_base(self, piece: str) -> str | None:
        size = len(piece)
        if size < MIN_HEAD:
            return None
        known = self._known
        if known(piece) and piece not in FUNCTION_WORDS:
            return piece
        links = _LINKS_BY_LAST.get(piece[-1])
        if links:
            for link in links:
                if size - len(link) >= MIN_HEAD:
                    base = piece[: -len(link)]
                    if known(base) and base not in FUNCTION_WORDS:
                        return base
                    if len(link) == 1 and known(base + "e"):  # "Erzgebirg-s-" (Erzgebirge)
                        return base + "e"
        if known(piece + "e"):
            return piece + "e"
        if known(piece + "en"):
            return piece + "en"
        if known(piece + "n"):
            return piece + "n"
        return None

    def is_tail(self, piece: str) -> bool:
        if len(piece) >= MIN_TAIL:
            return piece not in FUNCTION_WORDS and self._known(piece)
        return piece in SHORT_TAILS

    def split(self, word: str, max_parts: int = 4) -> tuple[str, ...] | None:
        """Parts of ``word`` (lower case) if it is a compound of known parts, else None."""
        try:
            return self._cache[word]
        except KeyError:
            pass
        result = self._split(word, max_parts)
        if result is None:
            for prefix in prefixes_of(word):
                if len(word) - len(prefix) >= 3:
                    rest = word[len(prefix) :]
                    if prefix in INSEPARABLE and not rest.endswith(_VERB_FORM_ENDINGS):
                        continue  # "ver|öffentlich" is a slip for "veröffentlicht", not a word
                    if (self.is_part(rest) if len(rest) == 3 else self.is_tail(rest)) \
                            or self._split(rest, max_parts - 1) is not None:
                        result = (prefix, rest)
                        break
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = result
        return result

    def _split(self, word: str, max_parts: int) -> tuple[str, ...] | None:
        n = len(word)
        if n < MIN_HEAD + 3:
            return None
        best: list[tuple[str, ...] | None] = [None] * (n + 1)
        best[0] = ()
        choice: tuple[str, ...] | None = None
        is_tail = self.is_tail
        head_base = self.head_base
        for start in range(0, n - 2):
            prefix = best[start]
            if prefix is None:
                continue
            if start and is_tail(word[start:]) and (choice is None or len(prefix) + 1 < len(choice)):
                choice = prefix + (word[start:],)
            if len(prefix) >= max_parts - 1:
                continue
            for end in range(start + MIN_HEAD, n - 2):
                if best[end] is not None and len(best[end]) <= len(prefix) + 1:
                    continue
                if head_base(word[start:end]) is not None:
                    best[end] = prefix + (word[start:end],)
        if choice is None:
            # an inflected last part: "...chefs", "...lieferungen" of an extra word
            for start in range(MIN_HEAD, n - 2):
                prefix = best[start]
                tail = word[start:]
                if prefix is not None and any(len(base) >= MIN_TAIL and is_tail(base) and base[-1] != tail[len(base)]
                                              for base in inflection_bases(tail)):
                    return prefix + (word[start:],)
        return choice

    def strong(self, word: str, depth: int = 3) -> bool:
        """``word`` splits into parts that German word formation makes plausible, not parts
        assembled around a slip.

        Each head is a listed word of four letters or more (or a short word such as "Uhr-"), a
        listed word of four letters or more with a link that fits its ending (-n only after
        -e/-el/-er, -s not after a sibilant, -nen only after -in), a verb stem ("Lern-", "Seh-")
        or the stem of an -e noun of five letters or more ("Schul-"); the tail is a listed word of
        four letters or more (or a short tail such as "-amt"), or again such a compound.
        "Mitt|alter", "Wissn|schaft", "Bürgen|er|meister" are not.
        """
        cached = self._strong.get((word, depth))
        if cached is not None:
            return cached
        result = False
        is_tail, strong_head = self.is_tail, self.strong_head
        cuts = range(3, len(word) - 2)
        # first the cheap case, a listed tail (one look-up per cut), then inflected and nested tails
        if any(is_tail(word[cut:]) and strong_head(word[:cut]) for cut in cuts):
            result = True
        else:
            for cut in cuts:
                if not strong_head(word[:cut]):
                    continue  # both conditions are pure: the cheap one first (most cuts give no head)
                tail = word[cut:]
                if any(len(base) >= MIN_TAIL and is_tail(base) and base[-1] != tail[len(base)]
                       for base in inflection_bases(tail)) \
                        or depth > 1 and len(tail) >= 6 and self.strong(tail, depth - 1):
                    result = True
                    break
        if len(self._strong) > 200_000:
            self._strong.clear()
        self._strong[(word, depth)] = result
        return result

    def strong_head(self, head: str) -> bool:
        known = self._known
        if head in FUNCTION_WORDS or head in PREFIX_SET:
            return False
        if known(head):
            return len(head) >= 4 or head in SHORT_HEADS or self._frequent(head)
        for link in _LINKS_BY_LAST.get(head[-1:], ()):  # the links that end in the head's last letter
            if head.endswith(link):
                base = head[: -len(link)]
                if len(base) >= 4 and base not in FUNCTION_WORDS and known(base) and valid_link(base, link):
                    return True
        return known(head + "en") or len(head) >= 5 and known(head + "e")

    def heads(self, word: str) -> list[int]:
        """Positions where a valid head sequence of ``word`` ends (for compound-aware suggestions)."""
        n = len(word)
        reach = [False] * (n + 1)
        reach[0] = True
        ends = []
        for start in range(0, n - 2):
            if not reach[start]:
                continue
            for end in range(start + MIN_HEAD, n - 2):
                if not reach[end] and self.head_base(word[start:end]) is not None:
                    reach[end] = True
                    ends.append(end)
        return sorted(ends)
