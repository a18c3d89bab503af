"""The base lexicon: pyspellchecker's German word list, cached in a compact form.

pyspellchecker ships ``resources/de.json.gz`` (339,000 lower-case full forms with counts; all but
~18,000 carry the floor count 50). Parsing the gzipped JSON costs ~0.3 s, too much for every run,
so the first run writes two plain files into the user cache directory, keyed by the size and
modification time of the resource (which change with the package version):

* ``de-<key>.marisa``: every word in a marisa trie, memory-mapped: loading takes well under a
  millisecond where building a frozenset of 339,000 strings took ~0.15 s of every cold start;
* ``de-<key>.freq-pyXY``: the counts of the words whose count is informative (> 50), marshal'd.

The deletes index for distance-2 suggestions (``de-<key>.del1``) is built when the first Speller is
made (the spelling rules make it when configured, outside any document's time budget), not by
``base_lexicon()`` alone. Runs over many documents (see Speller._go_bulk) add three files, each
built once: a bitmap of the crc prefixes in that index (``.del1.bits26``, 8 MB) and in wordfreq's
frequent-word index (``wf-...near60.bits23``, 1 MB), and a two-deletion index of wordfreq's
frequent long words (``wf-...del2-70-6``, 4 MB). When the cache directory cannot be written,
everything still works from memory.
Each reinstall of pyspellchecker gives a new key, so building a cache also removes the files of
older cache formats and those not read for STALE_DAYS days (a few tens of MB each), and temporary
files a killed process left behind (untouched for a day: never one another process is writing).
Every file is written under a temporary name of its own and renamed into place (write_atomic), so
processes building the same cache at the same time never read or rename each other's half-written
files.
"""
from __future__ import annotations

import gzip
import json
import marshal
import mmap
import os
import sys
import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from newslint.atomic import TEMPORARY_SUFFIX, write_atomic

CACHE_FORMAT = 3
STALE_DAYS = 30
ORPHAN_HOURS = 24  # a temporary cache file untouched this long belongs to no running process
FLOOR_COUNT = 50  # the count pyspellchecker gives words it has no frequency for


def cache_dir() -> Path:
    """``$NEWSLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/newslint``, else ``~/.cache/newslint``."""
    explicit = os.environ.get("NEWSLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"


def package_file(package: str, distribution: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing it (imports cost start-up time)."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{distribution} is not installed (pip install {distribution})")
    return Path(list(spec.submodule_search_locations)[0]).joinpath(*parts)


def resource_path() -> Path:
    """Where pyspellchecker keeps its German list."""
    return package_file("spellchecker", "pyspellchecker", "resources", "de.json.gz")


def _cache_stem(source: Path) -> str:
    stat = source.stat()
    return f"de-{stat.st_size}-{stat.st_mtime_ns}-v{CACHE_FORMAT}"


class BaseLexicon:
    """Lower-case full forms (a marisa trie: ``in`` and ``len``) and the counts of the frequent ones."""

    def __init__(self, words: "marisa_trie.Trie", freq: dict[str, int], stem: str = "") -> None:
        self.words = words
        self.freq = freq
        self.stem = stem
        self._index = None  # array("Q") or a memoryview of the mapped cache file
        self._buckets = None  # bulk runs: where each 16-bit crc prefix starts in the index
        self._bits = None  # bulk runs: which crc prefixes the index holds at all (see _crc_bits)

    def count(self, word: str) -> int:
        return self.freq.get(word, FLOOR_COUNT if word in self.words else 0)

    def as_set(self) -> frozenset[str]:
        """All words as a frozenset: faster look-ups for bulk runs, ~0.2 s to build."""
        return frozenset(self.words)

    # --- distance-2 support: a symmetric-delete index over the list ---------------------------------
    def word_of(self, word_id: int) -> str:
        return self.words.restore_key(word_id)

    def delete_index(self):
        """Sorted 64-bit keys ``crc32(variant) << 32 | word_id`` for each word and its 1-deletes."""
        if self._index is None:
            self._index = _load_or_build_index(self)
        return self._index

    def neighbours1(self, word: str) -> set[str]:
        """Lexicon words at distance 1 (delete, insert, replace, adjacent swap) of ``word``."""
        return {cand for cand in self.words_for_variants(_probes1(word)) if within1(word, cand)}

    def index_in_memory(self) -> None:
        """Bucket starts and a crc bitmap for the index (faster look-ups for bulk runs). A mapped
        index stays mapped: a bisect in a memory view costs what one in a copied array costs, and
        the copy cost 0.05 s and 35 MB."""
        index = self.delete_index()
        self._buckets = _bucket_starts(index)
        self._bits = _crc_bits(index, _index_path(self))

    def words_for_variants(self, variants) -> set[str]:
        """Lexicon words that equal, or lose one letter to become, one of ``variants``."""
        return _probe(self.delete_index(), self._buckets, variants, self.words.restore_key, self._bits)


_BUCKET_SHIFT = 50  # buckets by the top 14 bits of the crc: ~260 keys each in the lexicon's index
# (16,384 bisects to find the bucket starts when a bulk run begins; a probe's bisect then takes
# two more steps than with 65,536 buckets, which cost 0.05 s more to find)


def _bucket_starts(index) -> array:
    """``starts[b]``: the position of the first key whose top 14 bits are >= ``b`` (16,385 entries)."""
    buckets = 1 << (64 - _BUCKET_SHIFT)
    return array("Q", [bisect_left(index, bucket << _BUCKET_SHIFT) for bucket in range(buckets + 1)])


def _probe(index, buckets, variants, restore, bits=None) -> set[str]:
    """The words whose keys ``crc32(variant) << 32 | word_id`` carry the crc of one of ``variants``
    (with ``buckets``, each bisect only searches the variant's bucket: the same position; with
    ``bits``, a variant whose crc prefix no key has is skipped without a search: the same words)."""
    found: set[str] = set()
    size, crc = len(index), zlib.crc32
    bitmap, shift = bits if bits is not None else (None, 0)
    for variant in variants:
        key = crc(variant.encode("utf-8"))
        if bitmap is not None:
            prefix = key >> shift
            if not bitmap[prefix >> 3] >> (prefix & 7) & 1:
                continue
        key <<= 32
        if buckets is None:
            position = bisect_left(index, key)
        else:
            bucket = key >> _BUCKET_SHIFT
            position = bisect_left(index, key, buckets[bucket], buckets[bucket + 1])
        limit = key + (1 << 32)
        while position < size and index[position] < limit:
            found.add(restore(index[position] & 0xFFFFFFFF))
            position += 1
    return found


def within1(a: str, b: str) -> bool:
    """Optimal-string-alignment distance of ``a`` and ``b`` is at most 1 (and they differ)."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :] or (i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i]
                                              and a[i + 2 :] == b[i + 2 :])
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def _variants1(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _probes1(word: str) -> list[str]:
    """_variants1 as a list (a letter doubled gives one deletion twice): a probe that finds words
    twice finds the same set, and a list costs less to build than two sets and their union."""
    return [word] + [word[:i] + word[i + 1 :] for i in range(len(word))]


def _deletions2(word: str) -> set[str]:
    """The strings ``word`` gives when exactly two of its letters are deleted."""
    return {word[:i] + word[i + 1 : j] + word[j + 1 :] for i in range(len(word)) for j in range(i + 1, len(word))}


def _crc_bits(index, path: Path | None) -> tuple[bytes, int]:
    """A bitmap of the crc prefixes (top ``size`` bits) that ``index`` has keys for, and the shift
    that takes a crc to its prefix. Most variants a probe tries (the deletions and insertions of a
    word) are in no index: one bit test rejects ~94 % of them before a binary search. ``size`` gives
    ~12 bits per key (the lexicon: 2**26 bits, 8 MB; wordfreq's frequent words: 1 MB). Built from
    the index in ~1 s, cached beside it (``<index>.bits<size>``), read from there in milliseconds."""
    size = max(16, (len(index) * 12).bit_length())
    length = 1 << (size - 3)
    file = path.with_name(f"{path.name}.bits{size}") if path is not None else None
    if file is not None:
        try:
            bitmap = file.read_bytes()
            if len(bitmap) == length:
                return bitmap, 32 - size
        except OSError:
            pass
    built = bytearray(length)
    shift = 64 - size
    for key in index:
        prefix = key >> shift
        built[prefix >> 3] |= 1 << (prefix & 7)
    bitmap = bytes(built)
    if file is not None:
        try:
            write_atomic(file, bitmap)
        except OSError:
            pass
    return bitmap, 32 - size


def _index_path(lexicon: BaseLexicon) -> Path | None:
    return cache_dir() / f"{lexicon.stem}.del1" if lexicon.stem else None


def _load_or_build_index(lexicon: BaseLexicon):
    path = _index_path(lexicon)

    def deletes():
        for word, word_id in lexicon.words.items():
            if len(word) >= 4:  # short words are only corrected through plain edits
                yield word, word_id

    return _deletes_index(path, deletes)


def _deletes_index(path: Path | None, entries, variants=_variants1) -> "memoryview | array":
    """The sorted ``crc32(variant) << 32 | word id`` keys of every word ``entries()`` yields and its
    one-letter deletions (or the other ``variants`` of each word): memory-mapped from ``path`` when
    cached there, else built and cached."""
    if path is not None and path.is_file() and sys.byteorder == "little":
        try:  # mapped, not read: a look-up touches a few pages, a cold start pays nothing for the rest
            with path.open("rb") as handle:
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            return memoryview(mapped).cast("Q")
        except (OSError, ValueError, TypeError):
            pass
    crc = zlib.crc32
    keys = [crc(variant.encode("utf-8")) << 32 | word_id
            for word, word_id in entries() for variant in variants(word)]
    keys.sort()
    index = array("Q", keys)
    if path is not None and sys.byteorder == "little":
        try:
            write_atomic(path, index.tobytes())
        except OSError:
            pass
    return index


def _remove_stale(directory: Path) -> None:
    """Delete cache files of older formats and those nobody has read for ``STALE_DAYS`` days, and
    the temporary files of writes that never finished (a process killed while writing one); a
    temporary file modified in the last ``ORPHAN_HOURS`` may be another process's write in progress
    and stays."""
    import time

    now = time.time()
    oldest, orphaned = now - STALE_DAYS * 86400, now - ORPHAN_HOURS * 3600
    try:
        for path in [*directory.glob("de-*-v*"), *directory.glob("en-*-v*"), *directory.glob("wf-*-v*")]:
            current = f"-v{WORDFREQ_FORMAT if path.name.startswith('wf-') else CACHE_FORMAT}"
            try:
                stat = path.stat()
                if current not in path.name or max(stat.st_atime, stat.st_mtime) < oldest:
                    path.unlink()
            except OSError:
                pass
        for prefix in ("de-", "en-", "wf-"):  # write_atomic's names: ".<name>.<random>.newslint-tmp"
            for path in directory.glob(f".{prefix}*{TEMPORARY_SUFFIX}"):
                try:
                    if path.stat().st_mtime < orphaned:
                        path.unlink()
                except OSError:
                    pass
    except OSError:
        pass


def _parse_resource(source: Path) -> dict[str, int]:
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def base_lexicon() -> BaseLexicon:
    """The German base lexicon, from the cache when possible (built there on first use)."""
    import marisa_trie

    source = resource_path()
    stem = _cache_stem(source)
    directory = cache_dir()
    # the counts as a marshal'd dict: ~2 ms to load where parsing 18,000 text lines took ~10 ms
    # (marshal's format belongs to the Python version, hence the version in the name)
    words_path = directory / f"{stem}.marisa"
    freq_path = directory / f"{stem}.freq-py{sys.version_info[0]}{sys.version_info[1]}"
    try:
        words = marisa_trie.Trie()
        words.mmap(str(words_path))
        freq = marshal.loads(freq_path.read_bytes())
        if not isinstance(freq, dict):
            raise ValueError("not a frequency table")
        return BaseLexicon(words, freq, stem)
    except (OSError, ValueError, EOFError, TypeError, RuntimeError):  # marisa: a missing file is a RuntimeError
        pass
    _remove_stale(directory)
    counts = _parse_resource(source)
    words = marisa_trie.Trie(word for word in counts if word and "\n" not in word)
    freq = {word: count for word, count in counts.items() if count > FLOOR_COUNT and word in words}
    try:  # the counts first: a trie without its counts file is rebuilt, never misread; each file
        # under a temporary name of its own (a shared ".tmp" name let two processes building at
        # once truncate and rename each other's half-written trie)
        write_atomic(freq_path, marshal.dumps(freq))
        write_atomic(words_path, words.tobytes())
    except OSError:
        pass
    return BaseLexicon(words, freq, stem)


ENGLISH_MIN_COUNT = 1000  # ~19,000 frequent English words


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Frequent English words (pyspellchecker's English list), for English phrases in German copy.

    Loaded only when an unknown word needs the check; cached like the German list.
    """
    source = resource_path().with_name("en.json.gz")
    try:
        stem = _cache_stem(source).replace("de-", "en-", 1)
    except OSError:
        return frozenset()
    path = cache_dir() / f"{stem}-{ENGLISH_MIN_COUNT}.words"
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n"))
    except OSError:
        pass
    words = frozenset(word for word, count in _parse_resource(source).items()
                      if count >= ENGLISH_MIN_COUNT and word.isalpha() and len(word) >= 2)
    try:
        write_atomic(path, "\n".join(sorted(words)).encode("utf-8"))
    except OSError:
        pass
    return words


# --- word frequencies: wordfreq's German "large" list ----------------------------------------------
WORDFREQ_FORMAT = 1
ZIPF_FLOOR = 1.0  # wordfreq's large list starts at 1.0; the floor is kept for a smaller cache later
ZIPF_STEP = 20  # frequencies quantised to a byte: zipf * 20 (0.05 steps, 1.0-7.5 -> 20-150)


def wordfreq_path() -> Path:
    """wordfreq's German list (wordfreq itself is never imported: that costs ~0.2 s)."""
    return package_file("wordfreq", "wordfreq", "data", "large_de.msgpack.gz")


def frequency_key(word: str) -> str:
    """wordfreq's spelling of a lower-case word: case-folded, so "ß" is "ss" ("straße" -> "strasse")."""
    return word.replace("ß", "ss")


class WordFrequencies:
    """Zipf frequencies (log10 of occurrences per billion words) of German words, from wordfreq.

    wordfreq merges Wikipedia, subtitles, news, books and web text; its "large" German list has
    634,502 case-folded word forms down to zipf 1.0 (about one in 100 million words). Kept as a
    marisa trie (memory-mapped) and one byte per word, so it costs a few MB and no start-up time.
    """

    FREQUENT_ZIPF = 3.0  # the words a slip may be meant as (see frequent_variants)

    def __init__(self, words: "marisa_trie.Trie", levels: bytes, stem: str = "") -> None:
        self.words = words
        self.levels = levels
        self.stem = stem
        self._get = words.get
        self._index = None
        self._buckets = None
        self._bits = None
        self._two_deletion_indexes: dict[tuple[int, int], "memoryview | array"] = {}

    def frequent_index(self):
        """Sorted keys ``crc32(variant) << 32 | word_id`` of the words with zipf >= FREQUENT_ZIPF
        (five letters or more, ~40,000) and their one-letter deletions: built on first need
        (~0.3 s), cached beside the frequencies and memory-mapped from then on."""
        if self._index is None:
            self._index = _load_or_build_frequent_index(self)
        return self._index

    def index_in_memory(self) -> None:
        """Bucket starts and a crc bitmap for the frequent-word index (bulk runs: a probe bisects
        a few entries of its bucket, and most probes none; the index itself stays mapped)."""
        index = self.frequent_index()
        self._buckets = _bucket_starts(index)
        self._bits = _crc_bits(index, _frequent_index_path(self))

    def frequent_variants(self, variants) -> set[str]:
        """Frequent words that equal, or lose one letter to become, one of ``variants``."""
        return _probe(self.frequent_index(), self._buckets, variants, self.words.restore_key, self._bits)

    def frequent_neighbours1(self, word: str) -> set[str]:
        """Frequent words (zipf >= FREQUENT_ZIPF) one slip from ``word`` (wordfreq's spelling)."""
        key = frequency_key(word)
        return {candidate for candidate in self.frequent_variants(_probes1(key)) if within1(key, candidate)}

    def two_deletions_from(self, key: str, floor: int, min_length: int) -> set[str]:
        """Words at level ``floor`` or more (zipf * ZIPF_STEP), ``min_length`` letters or more, that
        lose exactly two letters to become ``key`` (wordfreq's spelling), and rarely another word
        whose deletion has the same crc: one probe in a two-deletion index of these words,
        memory-mapped from the cache (~7 MB for zipf 3.5, built on first need in ~1 s)."""
        index = self._two_deletion_indexes.get((floor, min_length))
        if index is None:
            index = self._two_deletion_indexes[(floor, min_length)] = \
                _load_or_build_two_deletion_index(self, floor, min_length)
        return _probe(index, None, (key,), self.words.restore_key)

    def zipf(self, word: str) -> float:
        """Zipf frequency of a lower-case word; 0.0 when wordfreq does not list it."""
        key = self._get(word.replace("ß", "ss") if "ß" in word else word)
        return 0.0 if key is None else self.levels[key] / ZIPF_STEP

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and frequency_key(word) in self.words

    def __len__(self) -> int:
        return len(self.words)


def _read_cbpack(source: Path) -> list[list[str]]:
    import msgpack

    with gzip.open(source, "rb") as handle:
        data = msgpack.load(handle, raw=False)
    if not isinstance(data, list) or not data or data[0].get("format") != "cB":
        raise ValueError(f"{source}: not a wordfreq cBpack file")
    return data[1:]


@lru_cache(maxsize=1)
def word_frequencies() -> WordFrequencies:
    """wordfreq's German frequencies, from the cache (built there on first use: ~3 s, once)."""
    import marisa_trie

    source = wordfreq_path()
    stat = source.stat()
    stem = f"wf-de-{stat.st_size}-{stat.st_mtime_ns}-v{WORDFREQ_FORMAT}"
    directory = cache_dir()
    words_path, levels_path = directory / f"{stem}.marisa", directory / f"{stem}.zipf"
    try:
        words = marisa_trie.Trie()
        words.mmap(str(words_path))
        levels = levels_path.read_bytes()
        if len(levels) != len(words):
            raise ValueError("frequency cache does not match its word list")
        return WordFrequencies(words, levels, stem)
    except (OSError, ValueError, RuntimeError):
        pass
    _remove_stale(directory)
    zipf: dict[str, int] = {}
    for index, bucket in enumerate(_read_cbpack(source)):  # bucket i holds words at -i centibels
        level = round((900 - index) / 100 * ZIPF_STEP)
        if level < ZIPF_FLOOR * ZIPF_STEP:
            break
        for word in bucket:
            if word.isalpha() and word not in zipf:
                zipf[word] = min(level, 255)
    words = marisa_trie.Trie(zipf)
    levels = bytearray(len(words))
    for word, key in words.items():
        levels[key] = zipf[word]
    levels = bytes(levels)
    try:  # the levels first: a trie without its levels file is rebuilt, never misread
        write_atomic(levels_path, levels)
        write_atomic(words_path, words.tobytes())
    except OSError:
        pass
    return WordFrequencies(words, levels, stem)


def _frequent_words(frequencies: WordFrequencies, floor: int, min_length: int):
    """(word, word id) of the words at level ``floor`` or more (zipf * ZIPF_STEP) with
    ``min_length`` letters or more, in the order of their ids."""
    import regex

    restore = frequencies.words.restore_key
    for match in regex.finditer(b"[%c-\xff]" % floor, frequencies.levels):
        word = restore(match.start())
        if len(word) >= min_length:
            yield word, match.start()


def _frequent_index_path(frequencies: WordFrequencies) -> Path | None:
    floor = round(frequencies.FREQUENT_ZIPF * ZIPF_STEP)
    return cache_dir() / f"{frequencies.stem}.near{floor}" if frequencies.stem else None


def _load_or_build_frequent_index(frequencies: WordFrequencies):
    floor = round(frequencies.FREQUENT_ZIPF * ZIPF_STEP)
    path = _frequent_index_path(frequencies)
    return _deletes_index(path, lambda: _frequent_words(frequencies, floor, 5))


def _load_or_build_two_deletion_index(frequencies: WordFrequencies, floor: int, min_length: int):
    """The two-deletion index of the words at level ``floor`` or more with ``min_length`` letters
    or more (keys of exactly two deletions; the words themselves and their one-letter deletions
    are in the bulk run's in-memory index)."""
    path = cache_dir() / f"{frequencies.stem}.del2-{floor}-{min_length}" if frequencies.stem else None
    return _deletes_index(path, lambda: _frequent_words(frequencies, floor, min_length), _deletions2)
