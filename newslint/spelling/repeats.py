"""NL502 (a word typed twice) and NL503 (one name spelled two ways) over a Document."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from newslint.nlp.base import Token

# Doubles that German grammar produces: "Sie sie", "was was", "wer wer" (indirect questions).
LEGIT_DOUBLES = frozenset({"sie", "was", "wer", "ha", "na", "nein", "ja", "bla", "so", "tschüss", "pst", "hm"})
# Relative pronouns after an article: "die Kinder, die die Schule besuchen", "das Haus, in dem dem ..."
RELATIVES = frozenset({"die", "der", "das", "den", "dem", "des", "deren", "dessen"})
PREPOSITIONS = frozenset(
    "an auf aus bei durch für gegen hinter in mit nach neben ohne seit über um unter von vor wegen zu zwischen "
    "trotz während".split())


@dataclass(frozen=True, slots=True)
class Repeat:
    first: Token
    second: Token


def repeated_words(document) -> list[Repeat]:
    """Adjacent identical words in a sentence that grammar does not explain."""
    found: list[Repeat] = []
    text = document.text
    for sentence in document.sentences:
        tokens = sentence.tokens
        for index in range(1, len(tokens)):
            first, second = tokens[index - 1], tokens[index]
            if first.kind != "word" or second.kind != "word":
                continue
            lower = first.text.lower()
            if lower != second.text.lower() or lower in LEGIT_DOUBLES or not text[first.end : second.start].isspace():
                continue
            if "\n" in text[first.end : second.start]:
                continue
            if lower in RELATIVES and _after_clause_start(tokens, index - 1):
                continue
            if second.text[:1].isupper() and index - 1 > 0:
                continue  # "Bora Bora", "Duran Duran": a name
            found.append(Repeat(first, second))
    return found


def _after_clause_start(tokens, index: int) -> bool:
    """The first of the pair opens a relative clause: after a comma, dash or bracket, maybe a preposition."""
    previous = index - 1
    if previous >= 0 and tokens[previous].text.lower() in PREPOSITIONS:
        previous -= 1
    return previous >= 0 and tokens[previous].text in (",", "(", ";")


@dataclass(frozen=True, slots=True)
class Variant:
    start: int
    end: int
    surface: str
    majority: str


def _key(surface: str) -> str:
    return surface.lower().replace("-", "").replace("‐", "").replace(" ", "")


def name_variants(document, speller=None, min_length: int = 5) -> list[Variant]:
    """Mentions whose spelling differs from the text's usual spelling of the same name."""
    text = document.text
    # mention number, start, end, surface; the number keeps the order of first mentions for ties
    mentions: dict[str, list[tuple[int, int, int, str]]] = defaultdict(list)
    # single words without a hyphen ("Nordkorea") matter only next to a spelling with a hyphen or a
    # space ("Nord-Korea"); most capitalised words are nouns with neither, so they wait here
    plain: list[tuple[int, int, int, str]] = []
    unknown: list[tuple[int, int, str]] = []
    number = 0
    for sentence in document.sentences:
        tokens = sentence.tokens
        # which tokens are capitalised words (_capitalised_word), decided once per token
        capitalised = [token.kind == "word" and token.text[:1].isupper() and not token.text.endswith(("-", "‐"))
                       for token in tokens]
        if True not in capitalised:
            continue
        index = 0
        while index < len(tokens):
            if not capitalised[index]:
                index += 1
                continue
            run_end = index
            while run_end + 1 < len(tokens) and capitalised[run_end + 1] \
                    and text[tokens[run_end].end : tokens[run_end + 1].start] == " ":
                run_end += 1
            run = tokens[index : run_end + 1]
            for size in range(1, min(3, len(run)) + 1):
                for offset in range(0, len(run) - size + 1):
                    start, end = run[offset].start, run[offset + size - 1].end
                    surface = text[start:end]
                    number += 1
                    if size == 1 and "-" not in surface and "‐" not in surface:
                        plain.append((number, start, end, surface))
                    else:
                        mentions[_key(surface)].append((number, start, end, surface))
            if speller is not None:
                for token in run:
                    if "-" not in token.text and len(token.text) >= 6 and _is_unknown_name(speller, token.text):
                        unknown.append((token.start, token.end, token.text))
            index = run_end + 1
    joined = set()
    for item in plain:
        key = item[3].lower()
        if key in mentions:
            mentions[key].append(item)
            joined.add(key)
    for key in joined:
        mentions[key].sort()
    mentions = {key: [item[1:] for item in items] for key, items in mentions.items()}
    variants: list[Variant] = []
    for key, items in mentions.items():
        if len(key) < min_length:
            continue
        surfaces = Counter(surface for _, _, surface in items)
        if len(surfaces) < 2:
            continue
        # differences of hyphen and space, or of case inside a hyphenated name ("Jong-Un"/"Jong-un")
        if not any(("-" in s or " " in s) for s in surfaces):
            continue
        majority = _majority(surfaces, items)
        for start, end, surface in items:
            if surface != majority and (surface.lower() != majority.lower() or "-" in surface or "-" in majority):
                variants.append(Variant(start, end, surface, majority))
    variants.extend(_fuzzy_variants(unknown))
    variants.extend(_first_name_variants(mentions))
    return _outermost(variants)


def _first_name_variants(mentions) -> list[Variant]:
    """"Sahra Wagenknecht" / "Sarah Wagenknecht": one surname, first names a slip apart."""
    from newslint.spelling.lexicon import within1

    by_surname: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for items in mentions.values():
        for start, end, surface in items:
            parts = surface.split(" ")
            if len(parts) == 2 and len(parts[0]) >= 4 and len(parts[1]) >= 4 and "-" not in parts[0]:
                by_surname[parts[1]].append((start, end, surface, parts[0]))
    result = []
    for surname, items in by_surname.items():
        firsts = Counter(first for _, _, _, first in items)
        if len(firsts) < 2:
            continue
        order = {}
        for position, (_, _, _, first) in enumerate(sorted(items)):
            order.setdefault(first, position)
        ranked = sorted(firsts, key=lambda f: (-firsts[f], order[f]))
        major = ranked[0]
        for start, end, surface, first in items:
            if first != major and first[:1] == major[:1] \
                    and (within1(first.lower(), major.lower()) or sorted(first) == sorted(major)) \
                    and not first.startswith(major) and not major.startswith(first):
                result.append(Variant(start, end, surface, f"{major} {surname}"))
    return result


def _capitalised_word(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper() and not token.text.endswith(("-", "‐"))


def _is_unknown_name(speller, word: str) -> bool:
    return speller is not None and speller.unlisted(word)


def _majority(surfaces: Counter, items) -> str:
    first_seen = {}
    for position, (_, _, surface) in enumerate(items):
        first_seen.setdefault(surface, position)
    return min(surfaces, key=lambda s: (-surfaces[s], first_seen[s]))


def _strip_genitive(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 6 else word


def _fuzzy_variants(unknown: list[tuple[int, int, str]]) -> list[Variant]:
    """"Selenskyj" / "Selenski": unknown capitalised words a slip apart."""
    from newslint.spelling.suggest import edit_cost

    forms = Counter(_strip_genitive(word) for _, _, word in unknown)
    if len(forms) < 2:
        return []
    order = {}
    for position, (_, _, word) in enumerate(unknown):
        order.setdefault(_strip_genitive(word), position)
    names = sorted(forms)
    replacement: dict[str, str] = {}
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if a[:2] != b[:2] or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 6:
                continue
            if a.startswith(b) or b.startswith(a):
                continue  # an inflection: "Rutte" / "Ruttes"
            if edit_cost(a.lower(), b.lower(), 2.0) > 2.0:
                continue
            major, minor = sorted((a, b), key=lambda w: (-forms[w], order[w]))
            replacement.setdefault(minor, major)
    result = []
    for start, end, word in unknown:
        base = _strip_genitive(word)
        if base in replacement:
            majority = replacement[base] + word[len(base):]
            result.append(Variant(start, end, word, majority))
    return result


def _outermost(variants: list[Variant]) -> list[Variant]:
    variants.sort(key=lambda v: (v.start, -(v.end - v.start)))
    result: list[Variant] = []
    for variant in variants:
        if result and variant.start < result[-1].end:
            continue
        result.append(variant)
    return result
