"""The spelling rule's fast paths give exactly what their plain definitions give (invented words).

Each speed-up of newslint/spelling (issue #5) replaces a plain computation by a cheaper one with the
same result; these tests keep the plain definition beside it and compare both on invented words.
No timing here: speed is measured by benchmarks/typos_eval.py (see docs/typos.md).
"""
from __future__ import annotations

import pytest

from newslint.spelling.checker import Speller, _inflection_pair
from newslint.spelling.lexicon import within1
from newslint.spelling.compounds import PREFIXES, inflected_known, prefixes_of, verb_form_known

# invented or made-up word forms: compounds, slips of compounds, particle verbs, short words
WORDS = [
    "bundesregirung", "algemeinen", "bundestaat", "hinbekommen", "sonnenbrile", "wetterberichte",
    "stadtratsitzung", "schulbuchverlag", "kindergartenplatz", "ausrichter", "mannschaftskapitän",
    "regierungsprecher", "vorraussichtlich", "unterwasserkamera", "zusammenarbeit", "zurückgerudert",
    "hinaufgeklettert", "überarbeitungen", "gegenvorschlag", "rausgeschmissen", "weiterentwicklungen",
    "mitgliedstaaten", "erbschaftsteuer", "wohnungsbaugesellschaft", "lehrerzimmer", "fahradweg",
    "verkehrsministerin", "abwasserkanäle", "einkaufszentrum", "feuerwehrleute", "ab", "a", "", "x",
    "ärztekammer", "übermorgen", "ökostrom", "zzzzzzzz", "antikorruptionsgesetz", "ultraschallgerät",
]


@pytest.fixture(scope="module", params=["single file", "bulk"])
def speller(request):
    """A Speller as a single file uses it, and one switched to the bulk structures of long runs."""
    speller = Speller()
    if request.param == "bulk":
        speller._go_bulk()
    return speller


@pytest.mark.parametrize("word", WORDS)
def test_prefixes_of_is_the_plain_loop(word):
    assert prefixes_of(word) == tuple(prefix for prefix in PREFIXES if word.startswith(prefix))


def _near_miss_plain(speller: Speller, lower: str) -> bool:
    """Speller._near_miss_of as first written: the checks in their original order."""
    if len(lower) < 6:
        return False
    for prefix in PREFIXES:
        if lower.startswith(prefix):
            rest = lower[len(prefix):]
            if rest in speller.accepted or verb_form_known(rest, speller.in_lexicon):
                return False
    if speller._frequent_near(lower):
        return True
    if inflected_known(lower, speller.in_lexicon):
        return False
    parts = speller.splitter.split(lower)
    if parts is None:
        return False
    if speller.splitter.strong(lower) and all(speller._trusted_head(part) for part in parts[:-1]):
        return False
    return bool(speller._near_words(lower))


@pytest.mark.parametrize("word", WORDS)
def test_near_miss_is_the_plain_order(speller, word):
    assert speller._near_miss_of(word) == _near_miss_plain(speller, word)


def test_near_miss_still_finds_slips(speller):
    """The reordering keeps the verdicts that matter: a slip of a listed word, a real compound."""
    assert speller._near_miss_of("bundestaat")       # Bundesstaat with one s
    assert not speller._near_miss_of("hinbekommen")  # particle + listed word
    assert not _inflection_pair("bundestaat", "bundesstaat")


def _word_counts_plain(document):
    """checker._word_counts as first written: every token lowered and split in turn."""
    from collections import Counter

    from newslint.spelling.checker import _split_hyphens

    texts = [token.text.lower() for token in document.tokens if token.kind == "word"]
    counts = Counter(texts)
    for lower in texts:
        if "-" in lower:
            for piece in _split_hyphens(lower.strip("-")):
                if piece:
                    counts[piece] += 1
    return counts


@pytest.mark.parametrize("text", [
    "Die Stadt-Verwaltung und die stadt-verwaltung: Stadt, STADT und Verwaltung-Stadt. Die Stadt!",
    "Ein Gemeinde-Rat-Beschluss im Rat; der Beschluss-Rat, Gemeinde und Rat-Gemeinde-Rat. Rat-",
    "Nur ein Satz ohne Bindestrich, aber mit Wiederholung: ein Satz, ein Wort, ein Satz.",
    "-Vorab und Nach- und --Doppel-- sowie Groß-Klein und groß-klein und GROSS-KLEIN.",
])
def test_word_counts_are_the_plain_counts_in_the_same_order(text):
    from newslint.readers import read_text
    from newslint.spelling.checker import _word_counts

    document = read_text(text, "x.txt")
    texts = [token.text for token in document.tokens if token.kind == "word"]
    assert list(_word_counts(texts).items()) == list(_word_counts_plain(document).items())


def _deletes_upto2_plain(word: str) -> set[str]:
    one = {word[:i] + word[i + 1:] for i in range(len(word))}
    two = {w[:i] + w[i + 1:] for w in one for i in range(len(w))}
    return {word} | one | two


@pytest.mark.parametrize("word", WORDS + ["aa", "aaa", "abba", "mississippi", "schifffahrt", "ßß"])
def test_deletes_upto2_is_the_plain_set(word):
    from newslint.spelling.suggest import deletes_upto2

    assert deletes_upto2(word) == _deletes_upto2_plain(word)


def _frequent2_plain(speller: Speller, lower: str, inserts: bool) -> set[str]:
    """Speller._frequent2 of a bulk run as first written: the in-memory index probed with the
    deletions and, for two missing letters, the ~400 one-letter insertions of the word."""
    from newslint.spelling.suggest import deletes_upto2, edit_cost, inserts1

    key = lower.replace("ß", "ss")
    variants = deletes_upto2(key)
    if len(key) <= speller.suggester.insert_limit and not speller.slip2_quick and inserts:
        variants |= inserts1(key)
    found = set()
    for variant in speller._slip2_index.keys() & variants:
        found.update(speller._slip2_index[variant])
    return {candidate for candidate in found if abs(len(candidate) - len(key)) <= 2
            and edit_cost(key, candidate, 2.0) <= 2.0}


FREQUENT = ["regierung", "zusammenarbeit", "entwicklung", "gesellschaft", "verantwortung", "bevölkerung",
            "mannschaft", "bundesregierung", "straße", "außerdem", "möglichkeit", "unternehmen"]


def _slips(word: str) -> list[str]:
    """Invented slips: two letters missing (at both ends and inside), one missing, two swapped."""
    size = len(word)
    slips = {word[:i] + word[i + 1:j] + word[j + 1:] for i, j in ((0, 1), (1, 4), (2, size - 1), (size - 2, size - 1))}
    slips |= {word[:3] + word[4:], word[:2] + word[3] + word[2] + word[4:], word + "xy", "q" + word}
    return sorted(slips)


@pytest.fixture(scope="module")
def bulk_speller():
    speller = Speller()
    speller._go_bulk()
    return speller


@pytest.mark.parametrize("word", FREQUENT)
@pytest.mark.parametrize("inserts", [True, False])
def test_frequent2_is_the_plain_search(bulk_speller, word, inserts):
    for slip in _slips(word) + WORDS:
        assert set(bulk_speller._frequent2(slip, inserts)) == _frequent2_plain(bulk_speller, slip, inserts), slip


def test_frequent2_finds_two_missing_letters(bulk_speller):
    """The two-deletion index finds what the insertions found: words two letters longer."""
    assert "zusammenarbeit" in bulk_speller._frequent2("zusamenarbit")
    assert "bundesregierung" in bulk_speller._frequent2("bundesregerng")
    assert "bundesregierung" not in bulk_speller._frequent2("bundesregerng", inserts=False)


@pytest.mark.parametrize("longer,shorter,added", [
    ("haus", "hus", True), ("haus", "has", True), ("xhaus", "haus", True), ("haus", "haus", False),
    ("hauss", "haus", True), ("ha-us", "haus", False), ("hauses", "haus", False), ("haué", "hau", False),
])
def test_letter_added(longer, shorter, added):
    from newslint.spelling.checker import _letter_added

    assert _letter_added(longer, shorter) is added


def test_crc_bitmap_probes_find_the_same_words(bulk_speller):
    """Bulk runs skip variants whose crc prefix no key has: the same words as a search for each."""
    from newslint.spelling.lexicon import _probe
    from newslint.spelling.suggest import deletes_upto2, inserts1

    lexicon, frequencies = bulk_speller.lexicon, bulk_speller.frequencies
    assert lexicon._bits is not None and frequencies._bits is not None
    for word in WORDS + FREQUENT + [slip for word in FREQUENT[:4] for slip in _slips(word)]:
        variants = deletes_upto2(word) | inserts1(word)
        for source in (lexicon, frequencies):
            with_bits = _probe(source._index, source._buckets, variants, source.words.restore_key, source._bits)
            assert with_bits == _probe(source._index, None, variants, source.words.restore_key), word


def test_crc_bitmap_cached_equals_built(tmp_path):
    """The bitmap read from its cache file is the one built from the index; every key's bit is set."""
    from array import array

    from newslint.spelling.lexicon import _crc_bits

    index = array("Q", sorted(((crc * 2654435761) % (1 << 32)) << 32 | crc for crc in range(5000)))
    built = _crc_bits(index, tmp_path / "x.del1")
    assert [path.name for path in tmp_path.iterdir()] == [f"x.del1.bits{32 - built[1]}"]
    assert _crc_bits(index, tmp_path / "x.del1") == built
    bitmap, shift = built
    for key in index:
        prefix = (key >> 32) >> shift
        assert bitmap[prefix >> 3] >> (prefix & 7) & 1
    assert sum(bin(byte).count("1") for byte in bitmap) <= len(index)


def _strong_plain(splitter, word: str, depth: int = 3) -> bool:
    """CompoundSplitter.strong as first written (no memo): the tail conditions before the head's."""
    from newslint.spelling.compounds import MIN_TAIL, inflection_bases

    cuts = range(3, len(word) - 2)
    if any(splitter.is_tail(word[cut:]) and splitter.strong_head(word[:cut]) for cut in cuts):
        return True
    for cut in cuts:
        tail = word[cut:]
        if (any(len(base) >= MIN_TAIL and splitter.is_tail(base) and base[-1] != tail[len(base)]
                for base in inflection_bases(tail))
                or depth > 1 and len(tail) >= 6 and _strong_plain(splitter, tail, depth - 1)) \
                and splitter.strong_head(word[:cut]):
            return True
    return False


def _strong_head_plain(splitter, head: str) -> bool:
    from newslint.spelling.compounds import FUNCTION_WORDS, LINKS, SHORT_HEADS, valid_link

    known = splitter._known
    if head in FUNCTION_WORDS or head in PREFIXES:
        return False
    if known(head):
        return len(head) >= 4 or head in SHORT_HEADS or splitter._frequent(head)
    for link in LINKS:
        base = head[: -len(link)]
        if head.endswith(link) and len(base) >= 4 and base not in FUNCTION_WORDS and known(base) \
                and valid_link(base, link):
            return True
    return known(head + "en") or len(head) >= 5 and known(head + "e")


COMPOUNDS = WORDS + ["bürgenermeister", "wissnschaft", "mittalter", "sonnenbrillenständer", "regierungssprecherinnen",
                     "hausmeisterservicefirmen", "schulbuchverlagshäuser", "lernspielzeuge", "sehhilfe",
                     "wohnortwechsels", "staatsschuldenkrisen", "uhrmachermeisterin"]


@pytest.mark.parametrize("word", COMPOUNDS)
def test_strong_is_the_plain_order(speller, word):
    splitter = speller.splitter
    for depth in (1, 2, 3):
        assert splitter.strong(word, depth) == _strong_plain(splitter, word, depth), (word, depth)
    for cut in range(1, len(word)):
        assert splitter.strong_head(word[:cut]) == _strong_head_plain(splitter, word[:cut]), word[:cut]


def test_strong_still_tells_plausible_from_slips(speller):
    assert speller.splitter.strong("staatsschuldenkrisen")
    assert not speller.splitter.strong("wissnschaft")


def _is_acronym_plain(word: str) -> bool:
    if any(ch.isdigit() for ch in word):
        return True
    for part in word.replace("‐", "-").split("-"):
        capitals = sum(1 for ch in part if ch.isupper())
        if capitals >= 2 or (capitals == 1 and not part[:1].isupper()):
            return True
    return False


@pytest.mark.parametrize("word", ["haus", "Haus", "HAUS", "mRNA", "BioNTech", "iPhone", "F16", "abc1", "Abc1",
                                  "A", "a", "", "ß", "Straße", "ǅemal", "Ǆemal", "ǆemal", "Ab-Cd", "ab-cd", "Ä",
                                  "Äpfel", "x²", "Ab\u0301c", "ÄÖ", "Öl", "DVRK", "Kida", "kIda"])
def test_is_acronym_is_the_plain_count(word):
    from newslint.spelling.names import is_acronym

    assert is_acronym(word) == _is_acronym_plain(word)


def _frequent_near_plain(speller: Speller, lower: str) -> bool:
    """Speller._frequent_near of a bulk run as first written: every variant probed in turn."""
    for variant in {lower} | {lower[:i] + lower[i + 1:] for i in range(len(lower))}:
        for candidate in speller._frequent_index.get(variant, ()):
            if within1(lower, candidate) and not _inflection_pair(lower, candidate) \
                    and not speller._link_variant(lower, candidate):
                return True
    return False


@pytest.mark.parametrize("word", FREQUENT)
def test_frequent_near_is_the_plain_probe(bulk_speller, word):
    for slip in _slips(word) + COMPOUNDS:
        assert bulk_speller._frequent_near(slip) == _frequent_near_plain(bulk_speller, slip), slip


def test_frequent_near_finds_slips(bulk_speller):
    """The comparison above sees both answers: some slips are near a frequent listed word."""
    verdicts = [bulk_speller._frequent_near(slip) for word in FREQUENT for slip in _slips(word)]
    assert any(verdicts) and not all(verdicts)


@pytest.mark.parametrize("piece", ["schlie0lich", "Universi9tät", "Straße", "abcdefg", "abc1def", "Wort²zwei",
                                   "ab٣cdefg", "Haus4you"])
def test_digit_check_skips_only_letter_words(piece):
    from newslint.spelling.checker import _DIGIT_INSIDE

    assert bool(len(piece) >= 7 and not piece.isalpha() and _DIGIT_INSIDE.fullmatch(piece)) \
        == bool(len(piece) >= 7 and _DIGIT_INSIDE.fullmatch(piece))


@pytest.mark.parametrize("word,candidate", [("regirung", "regierung"), ("anund", "an und"), ("haus", "haus"),
                                            ("mannschft", "mannschaft"), ("strase", "straße")])
def test_remembered_distance_is_channel_cost(speller, word, candidate):
    from newslint.spelling.suggest import channel_cost

    assert speller.suggester.distance(word, candidate) == channel_cost(word, candidate.replace(" ", ""))
    assert speller.suggester.distance(word, candidate) == channel_cost(word, candidate.replace(" ", ""))


def test_quick_distance2_remembered_as_computed():
    """The quick distance-2 search is remembered apart; a full search made since still answers it."""
    speller = Speller()
    suggester = speller.suggester
    quick = dict(suggester.candidates2("bundesregirungen", quick=True))
    assert suggester.candidates2("bundesregirungen", quick=True) == quick
    suggester._cache2_quick.clear()
    assert suggester.candidates2("bundesregirungen", quick=True) == quick
    full = suggester.candidates2("bundesregirungen")
    assert suggester.candidates2("bundesregirungen", quick=True) is full  # as before the quick memo


class _EveryShape:
    def __contains__(self, shape: object) -> bool:
        return True


@pytest.mark.parametrize("word", [word for word in FREQUENT + COMPOUNDS if len(word) >= 5])
def test_slip2_variants_are_the_deletions_the_index_can_hold(bulk_speller, word):
    """With every shape admitted the groups rebuild deletes_upto2 exactly; with the index's shapes
    they keep every deletion that is an index key (on the word and on invented slips of it)."""
    from newslint.spelling.suggest import deletes_upto2

    keys = bulk_speller._slip2_index.keys()
    for slip in [word] + _slips(word):
        assert keys & bulk_speller._slip2_variants(slip) == keys & deletes_upto2(slip), slip
    shapes, bulk_speller._slip2_shapes = bulk_speller._slip2_shapes, _EveryShape()
    try:
        for slip in [word] + _slips(word):
            variants = bulk_speller._slip2_variants(slip)
            assert set(variants) == deletes_upto2(slip), slip
            if len(slip) >= 8:  # each deletion built once (apart from equal letters giving equal strings)
                size = len(slip)
                assert len(variants) == 1 + size + size * (size - 1) // 2
    finally:
        bulk_speller._slip2_shapes = shapes


def test_slip2_variants_skip_most_deletions_of_a_long_compound(bulk_speller):
    word = "landesgesundheitsamtsleiterin"
    assert len(bulk_speller._slip2_variants(word)) < len(_deletes_upto2_plain(word)) / 2


@pytest.mark.parametrize("word", ["haus", "schifffahrt", "a", "", "mississippi", "regierung"])
def test_probe_list_is_the_variant_set(word):
    from newslint.spelling.lexicon import _probes1, _variants1

    assert set(_probes1(word)) == _variants1(word)


def _inflected_known_plain(word, known, noun=True):
    """compounds.inflected_known as first written."""
    from newslint.spelling.compounds import ADJECTIVE_SUFFIXES, NOUN_ENDINGS

    for ending in ("e", "en", "er", "es", "em"):
        if word.endswith(ending):
            base = word[: -len(ending)]
            if len(base) >= 5 and base.endswith(ADJECTIVE_SUFFIXES) and known(base):
                return True
    for ending in ("ste", "sten", "ster", "stes", "stem", "stens"):
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 5 and known(base) \
                and (base.endswith(ADJECTIVE_SUFFIXES + ("end",)) or ending == "stens"):
            return True
    for ending in ("ere", "eren", "erem", "erer", "eres"):
        if word.endswith(ending) and len(word) - len(ending) >= 5 and known(word[: -len(ending)] + "er") \
                and known(word[: -len(ending)]):
            return True
    if not noun:
        return False
    if word.endswith(("er", "el")) and (known(word + "n") or known(word + "s")):
        return True
    for ending in NOUN_ENDINGS:
        if word.endswith(ending):
            base = word[: -len(ending)]
            if len(base) < 5 or base[-1] == ending[0] or ending == "s" and base[-1] in "sxzß":
                continue
            if known(base):
                return True
    return False


@pytest.mark.parametrize("word", COMPOUNDS + ["originellsten", "überraschendste", "schnellstens", "maßvolleren",
                                              "zirkuläres", "existenzen", "kuratoriums", "kubikkilometer",
                                              "menschenn", "schönste", "größeren", "langsamerer"])
def test_inflected_known_is_the_plain_loop(speller, word):
    from newslint.spelling.compounds import inflected_known

    for noun in (True, False):
        assert inflected_known(word, speller.in_lexicon, noun) == _inflected_known_plain(word, speller.in_lexicon, noun)
