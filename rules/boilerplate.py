"""NL3: boilerplate dragged in from web pages and CMS templates, with a safe autofix.

NL301 promo (newsletter, social media, app/push, subscription, podcast, comment prompts),
NL302 read-more blocks and navigation (share widgets, section labels, tag lists),
NL303 embedded credits and scraped metadata (photo credits, "Stand:" lines, ad labels),
NL304 duplicated lines and paragraphs.

The language lives in ``boilerplate.toml`` next to this module; projects add their own patterns in
configuration and learned lines with ``newslint learn-boilerplate``. Every finding carries a
``Fix`` that deletes the span; ``newslint.fixing`` widens it to the whole line where the line holds
nothing else.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import regex

from newslint.config import tomllib
from newslint.errors import ConfigError
from newslint.finding import Finding, Fix, RuleInfo, Setting, Severity
from newslint.hookspecs import hookimpl
from newslint.patterns import compile_pattern

DATA_FILE = Path(__file__).with_name("boilerplate.toml")
LEARNED_NAMES = (".newslint-boilerplate.txt", ".newslint-boilerplate.toml")
SCOPES = ("segment", "sentence", "span", "bracket")
CODES = ("NL301", "NL302", "NL303", "NL304")
PATTERN_CODES = CODES[:3]  # the codes a pattern or a learned line can report
PRIORITY_PATTERN, PRIORITY_BLOCK = 2, 1

MESSAGES = {
    "NL301": ("Werbung/Eigenwerbung im Text: {what}", "Promo in the copy: {what}"),
    "NL302": ("Navigation/Lesetipp im Text: {what}", "Navigation or read-more in the copy: {what}"),
    "NL303": ("Bildnachweis/Metadaten im Text: {what}", "Credit or metadata in the copy: {what}"),
    "NL304": ("Doppelte Zeile bzw. doppelter Absatz (zuerst in Zeile {line})",
              "Duplicated line or paragraph (first in line {line})"),
}
SENTENCE_MESSAGE = ("Doppelter Satz im Absatz (zuerst in Zeile {line})", "Sentence repeated in its paragraph (first in line {line})")
QUOTED = regex.compile(r'„[^“”"\n]*[“”"]|“[^”\n]*”|"[^"\n]{1,400}"|»[^«\n]*«|«[^»\n]*»')
BRACKET = regex.compile(r"\[(?:(?:[^\[\]\n]{0,800}\n){0,2}[^\[\]\n]{0,800}\]|[^\[\]\n]{3,1200})")
NON_WORD = regex.compile(r"\W+")


# --- rule metadata ---------------------------------------------------------------------------------
def _rules() -> list[RuleInfo]:
    patterns = Setting("patterns", list, [], "extra regular expressions: strings are searched in each sentence; "
                       "tables {pattern=..., scope='segment'|'sentence'|'span'|'bracket', description=...}")
    return [
        RuleInfo(
            code="NL301", name="boilerplate-promo", severity=Severity.ERROR,
            summary="Werbung für Newsletter, App, Abo, Podcast oder Social Media im Text",
            summary_en="Newsletter, app, subscription, podcast or social-media promo in the copy",
            description="Copy taken from a web page or CMS template often drags in promo: newsletter and "
            "subscription prompts, 'Folgen Sie uns …', app and push prompts, paywall teasers, podcast "
            "plugs, comment invitations and template notes about journalistic standards. They are not part "
            "of the article. Sentences *about* newsletters or messengers, and quotes, are not flagged. "
            "Lines learned with `newslint learn-boilerplate` are reported under this code. Fixable: "
            "`--fix` deletes the span (a whole line with its line break).",
            flagged=("Melden Sie sich jetzt für unseren Newsletter an.", "Folgen Sie uns bei WhatsApp und Facebook.",
                     "[Den Stand der Dinge verfolgen Sie rund um die Uhr in unserem Newsblog.]"),
            accepted=("Die Behörde informierte per WhatsApp.", "Der Newsletter des Ministeriums erreichte 2.000 Leser.",
                      "Sie folgen damit dem Beispiel Frankreichs."),
            settings=(patterns,
                      Setting("learned_file", str, "", "file of learned boilerplate lines (default: "
                              ".newslint-boilerplate.txt or .toml next to the configuration file)"),
                      Setting("learned_similarity", float, 0.8, "word-shingle similarity (0-1) at which a line "
                              "counts as a learned boilerplate line")),
            fixable=True,
        ),
        RuleInfo(
            code="NL302", name="boilerplate-navigation", severity=Severity.ERROR,
            summary="Lesetipps, Teilen-Leisten, Rubriken oder Schlagwortlisten im Text",
            summary_en="Read-more blocks, share widgets, section labels or tag lists in the copy",
            description="'Lesen Sie auch:', 'Mehr zum Thema:' and the link teasers after them (up to the next "
            "body paragraph), share widgets ('Artikel teilen:'), section labels left at the top or bottom "
            "('Politik') and tag lists ('Schlagworte: …'). Fixable.",
            flagged=("Lesen Sie auch:", "Artikel teilen:", "Schlagworte: Umfrage, CDU, SPD"),
            accepted=("Lesen Sie hier, was die Ministerin sagte, steht im Bericht.",),
            settings=(patterns,),
            fixable=True,
        ),
        RuleInfo(
            code="NL303", name="boilerplate-credit", severity=Severity.ERROR,
            summary="Bildnachweis, Werbekennzeichnung oder Seiten-Metadaten im Text",
            summary_en="Photo credit, ad label or page metadata in the copy",
            description="Photo credits ('Bild: picture alliance/dpa | Name', 'Foto: …', '© …') as a line or "
            "inside a paragraph, scraped metadata ('date 2024-10', template 'Stand:' lines, reading time) "
            "and ad markers ('Anzeige'). Agency datelines ('Berlin (dpa) –') and author lines are not "
            "flagged; agency credit lines at the end ('(dpa)') are flagged unless `allow_agency_credit` "
            "says they are house style. Fixable.",
            flagged=("Foto: picture alliance/dpa | Lena Hofer", "Stand: 14.04.2024, 16:42 Uhr", "Anzeige"),
            accepted=("Berlin (dpa) – Die Koalition …", "Von Anna Beispiel", "(Stand: Mittwochmittag)"),
            settings=(patterns,
                      Setting("allow_agency_credit", bool, False,
                              "agency credit lines at the end ('(dpa)', 'Mit Material von dpa') are house style")),
            fixable=True,
        ),
        RuleInfo(
            code="NL304", name="duplicated-block", severity=Severity.ERROR,
            summary="Zeile oder Absatz doppelt (z. B. Überschrift zweimal, Absatz zweimal eingefügt)",
            summary_en="Line or paragraph duplicated (headline twice, paragraph pasted twice)",
            description="A headline, subheading or paragraph that repeats an earlier one word for word "
            "(ignoring case, spacing and punctuation), and a sentence pasted twice inside one paragraph: "
            "right after itself, or (with at least `min_words` words) anywhere in the same body paragraph. "
            "Quotations are not checked. The later copy is flagged and `--fix` removes it.",
            flagged=("Umfrage: Union baut Vorsprung aus (zweimal hintereinander)",
                     "Die Polizei sucht Zeugen. Die Polizei sucht Zeugen."),
            accepted=("Two different paragraphs that share a sentence", "Nein. Nein."),
            settings=(Setting("min_chars", int, 20, "shortest line (characters) compared"),
                      Setting("min_words", int, 8, "fewest words a repeated paragraph needs to be flagged when it "
                              "is neither the headline nor pasted right after its original")),
            fixable=True,
        ),
    ]


@hookimpl
def newslint_rules() -> list[RuleInfo]:
    return _rules()


# --- data -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Pattern:
    code: str
    name: str
    scope: str
    regex: Any
    description: str
    edges: bool = False  # segment scope: only above the first / below the last body paragraph
    builtin: bool = False  # from boilerplate.toml (user patterns are never prefiltered)
    # prefilter: see required_keywords
    keywords: tuple[tuple[tuple[str, ...], ...], ...] | None = None
    folded: bool = False  # keywords are lower-cased; look for them in the lower-cased text


@dataclass
class LearnedIndex:
    """Learned boilerplate lines: exact normalised keys and word shingles for near-verbatim matches."""

    keys: dict[str, str] = field(default_factory=dict)  # normalised text -> code
    shingles: list[tuple[frozenset[str], str]] = field(default_factory=list)
    by_shingle: dict[str, list[int]] = field(default_factory=dict)
    similarity: float = 0.8

    def add(self, text: str, code: str = "NL301") -> None:
        key = normalize(text)
        if not key or key in self.keys:
            return
        self.keys[key] = code
        grams = shingles(key)
        if len(grams) >= 3:
            index = len(self.shingles)
            self.shingles.append((grams, code))
            for gram in grams:
                self.by_shingle.setdefault(gram, []).append(index)

    def __len__(self) -> int:
        return len(self.keys)

    def match(self, text: str) -> str | None:
        key = normalize(text)
        if not key:
            return None
        if key in self.keys:
            return self.keys[key]
        grams = shingles(key)
        if len(grams) < 3 or not self.by_shingle:
            return None
        counts: dict[int, int] = {}
        for gram in grams:
            for index in self.by_shingle.get(gram, ()):
                counts[index] = counts.get(index, 0) + 1
        for index, shared in counts.items():
            other, code = self.shingles[index]
            if shared / (len(grams) + len(other) - shared) >= self.similarity:
                return code
        return None


def normalize(text: str) -> str:
    """Case-folded words of ``text`` joined by single spaces (punctuation, quotes and brackets dropped)."""
    return _words(_fold(text))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _words(folded: str) -> str:
    return NON_WORD.sub(" ", folded).strip(" ")  # the same as " ".join(regex.findall(r"\w+", folded))


def shingles(key: str, size: int = 3) -> frozenset[str]:
    words = key.split()
    if len(words) < size:
        return frozenset()
    return frozenset(" ".join(words[i:i + size]) for i in range(len(words) - size + 1))


def load_learned(path: Path, index: LearnedIndex) -> None:
    """Read a learned-boilerplate file: plain text (one line per entry, '#' comments) or TOML."""
    if path.suffix == ".toml":
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        for entry in data.get("boilerplate", []):
            if isinstance(entry, dict) and isinstance(entry.get("text"), str):
                code = entry.get("code", "NL301")
                index.add(entry["text"], code if code in PATTERN_CODES else "NL301")
        return
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code = "NL301"
        if line[:6] in ("NL301\t", "NL302\t", "NL303\t"):
            code, line = line[:5], line[6:]
        index.add(line, code)


# --- prefilter ------------------------------------------------------------------------------------
# Most sentences hold no boilerplate, and most patterns cannot match most sentences: a pattern like
# '\bverpassen\s+sie\b…' needs the letters "verpassen". For every built-in pattern the literal strings
# that each match needs are derived from the pattern itself (Python's own regular-expression parser;
# nothing to keep in step in the TOML), and a pattern is searched only in text that holds them. The
# derivation only ever drops requirements it cannot prove, so findings are exactly those of searching
# every pattern everywhere. User patterns from configuration (which may use `regex`-only syntax that
# Python's parser reads differently) are always searched.

try:  # Python >= 3.11
    from re import _parser as _sre_parse
    from re import _constants as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_PREFILTER_FLAGS = re.IGNORECASE | re.VERBOSE | re.DOTALL | re.MULTILINE | re.UNICODE
_MIN_KEYWORD = 3  # shorter literals ("ab", "in") are in nearly every sentence: not worth testing
# regex-only property classes (\p{Lu}, \PL) read as '.' for the derivation: a class is no literal either way
_PROPERTY_CLASS = r"(?<!\\)((?:\\\\)*)\\[pP](?:\{[^{}]*\}|\w)"  # compiled on first use
# regex-only syntax that Python's parser would read as literal text: fuzzy matching ('(?:x){e<=1}',
# any brace that is no repeat count) and POSIX classes ('[[:alpha:]]'). Such a pattern gets no prefilter.
_READ_AS_LITERAL = r"\{(?!\d*(?:,\d*)?\})|\[\[|\[:"
_MAX_GROUPS = 3  # groups looked for per alternative
_MAX_ALTERNATIVES = 16


def _weight(word: str) -> int:
    """How selective a keyword is: its length; a symbol such as '©' counts as a word."""
    return max(len(word), _MIN_KEYWORD if any(not ch.isascii() and not ch.isalnum() for ch in word) else 0)


def _score(group: frozenset[str]) -> tuple[int, int]:
    return min(map(_weight, group)), -len(group)


def _best(groups: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective group: longest shortest string, then fewest strings."""
    return max(groups, key=_score, default=None)


def _group(words: set[str], folded: bool) -> frozenset[str] | None:
    """A keyword group as looked for (lower-cased for a case-insensitive pattern), or None where it
    is not worth looking for (too short) or cannot be (a letter that lower-cases to two)."""
    if folded:
        if any(len(ch.lower()) != 1 for word in words for ch in word):
            return None
        words = {word.lower() for word in words}
    return frozenset(words) if min(map(_weight, words)) >= _MIN_KEYWORD else None


def _alternatives(items: list[tuple[Any, Any]], folded: bool) -> list[list[frozenset[str]]]:
    """What a match of a parsed (sub)pattern needs in the searched text (lookarounds included): a list
    of alternatives, each a list of groups that must all be present (a group: one of its strings).
    ``[[]]``: nothing can be claimed."""
    result: list[list[frozenset[str]]] = [[]]

    def need(options: list[list[frozenset[str]]]) -> None:
        nonlocal result
        if any(not option for option in options):
            return  # one way to match needs nothing
        product = [have + option for have in result for option in options]
        if len(product) <= _MAX_ALTERNATIVES:
            result = product
        else:  # too many combinations: one group, the best of each option joined
            union = frozenset().union(*(_best(option) for option in options))
            result = [have + [union] for have in result]

    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            group = _group({"".join(run)}, folded)
            if group:
                need([[group]])
            run = []
        if op is _sre.SUBPATTERN:
            _number, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & re.IGNORECASE:  # a scoped case rule: claim nothing
                need(_alternatives(list(sub), folded))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
            minimum, _maximum, sub = av
            if minimum >= 1:
                need(_alternatives(list(sub), folded))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            need(_alternatives(list(av), folded))
        elif op is _sre.ASSERT:  # a positive lookaround looks at the searched text too
            need(_alternatives(list(av[1]), folded))
        elif op is _sre.BRANCH:
            options: list[list[frozenset[str]]] = []
            for alternative in av[1]:
                options += _alternatives(list(alternative), folded)
            single = [option[0] for option in options if len(option) == 1]
            if len(single) > 1:  # 'a|b|c': one group {a, b, c}
                options = [option for option in options if len(option) != 1] + [[frozenset().union(*single)]]
            need(options)
        # classes, anchors, '.', negative lookarounds, back references: no literal requirement
    if run:
        group = _group({"".join(run)}, folded)
        if group:
            need([[group]])
    return result


def required_keywords(source: str) -> tuple[tuple[tuple[tuple[str, ...], ...], ...] | None, bool]:
    """(keywords, lower-cased?) for a pattern, or (None, False) where nothing can be claimed.

    The keywords are alternatives; each alternative is a tuple of groups, each group a tuple of
    strings. Any text the pattern matches in holds, for at least one alternative, one string of
    every group (looked for in lower-cased text when the pattern is case-insensitive as a whole).
    """
    source = regex.sub(_PROPERTY_CLASS, r"\1.", source)
    if regex.search(_READ_AS_LITERAL, source):
        return None, False
    try:
        parsed = _sre_parse.parse(source, 0)
    except Exception:  # other regex-only syntax: no prefilter
        return None, False
    flags = parsed.state.flags
    if flags & ~_PREFILTER_FLAGS:
        return None, False
    folded = bool(flags & re.IGNORECASE)
    alternatives = []
    for option in _alternatives(list(parsed), folded):
        if not option:
            return None, False
        groups = sorted(set(option), key=lambda g: (_score(g), sorted(g)), reverse=True)[:_MAX_GROUPS]
        alternative = tuple(tuple(sorted(group)) for group in groups)
        if alternative not in alternatives:
            alternatives.append(alternative)
    return tuple(alternatives), folded


def _unsafe_case_variants(patterns: list[Pattern]) -> frozenset[str]:
    """Characters that `regex` matches case-insensitively to a keyword letter but that str.lower()
    maps elsewhere (e.g. long s 'ſ' for 's'): a text holding one is searched without the prefilter."""
    from regex import _regex  # regex's own case tables

    letters = {ch for p in patterns if p.keywords and p.folded
               for alternative in p.keywords for group in alternative for word in group for ch in word}
    unsafe = set()
    for letter in letters:
        for variant in _regex.get_all_cases(regex.IGNORECASE, ord(letter)):
            if chr(variant).lower() != letter:
                unsafe.add(chr(variant))
    return frozenset(unsafe)


def with_prefilter(patterns: list[Pattern]) -> tuple[list[Pattern], frozenset[str]]:
    """The patterns with the keywords of the built-in ones derived, and the unsafe case variants."""
    derived = []
    for pattern in patterns:
        if pattern.builtin:
            keywords, folded = required_keywords(pattern.regex.source)
            pattern = dataclasses.replace(pattern, keywords=keywords, folded=folded)
        derived.append(pattern)
    return derived, _unsafe_case_variants(derived)


def _search_plan(state: State) -> tuple[list[Pattern], frozenset[str]]:
    """The patterns to search and the unsafe letters. Deriving the keywords costs about as much as
    searching one article without them, so a run over a single file (cold start) skips it; from the
    second document on, the prefiltered patterns are used."""
    plan = state.prefilter
    if plan is None:
        state.documents += 1
        if state.documents < 2:
            return state.patterns, frozenset()
        plan = state.prefilter = with_prefilter(state.patterns)
    return plan


class _Haystack:
    """The text of one document, lower-cased once, with the places of each keyword group. Each
    keyword is looked for once per document, however many patterns need it."""

    __slots__ = ("text", "low", "first", "places")

    def __init__(self, text: str, unsafe: frozenset[str]) -> None:
        self.text = text
        low = text.lower()
        # same length: every character lower-cases to one character, so offsets agree
        self.low = low if len(low) == len(text) and not any(ch in text for ch in unsafe) else None
        self.first: dict[tuple[str, bool], int] = {}  # (keyword, folded) -> first offset or -1
        self.places: dict[tuple[tuple[str, ...], bool], tuple[list[int], list[int]]] = {}

    def _first(self, word: str, folded: bool) -> int:
        position = self.first.get((word, folded))
        if position is None:
            position = self.first[(word, folded)] = (self.low if folded else self.text).find(word)
        return position

    def _places(self, group: tuple[str, ...], folded: bool) -> tuple[list[int], list[int]]:
        """Start and end offsets of every occurrence of a string of ``group``, by start."""
        places = self.places.get((group, folded))
        if places is None:
            haystack = self.low if folded else self.text
            found = []
            for word in group:
                position = self._first(word, folded)
                while position >= 0:
                    found.append((position, position + len(word)))
                    position = haystack.find(word, position + 1)
            found.sort()
            places = self.places[(group, folded)] = ([start for start, _ in found], [end for _, end in found])
        return places

    def may_match_text(self, pattern: Pattern) -> bool:
        """False only if ``pattern`` cannot match anywhere in the text."""
        keywords = pattern.keywords
        if keywords is None or (pattern.folded and self.low is None):
            return True
        folded = pattern.folded
        for alternative in keywords:
            for group in alternative:
                for word in group:
                    if self._first(word, folded) >= 0:
                        break
                else:
                    break  # a group without any of its words: this alternative is out
            else:
                return True
        return False

    def may_match(self, pattern: Pattern, start: int, end: int) -> bool:
        """False only if ``pattern`` cannot match in text[start:end] (or any part of it)."""
        keywords = pattern.keywords
        if keywords is None or (pattern.folded and self.low is None):
            return True
        for alternative in keywords:
            for group in alternative:
                starts, ends = self._places(group, pattern.folded)
                index = bisect_left(starts, start)
                while index < len(starts) and starts[index] < end:
                    if ends[index] <= end:
                        break
                    index += 1
                else:
                    break  # no word of this group in the range: this alternative is out
            else:
                return True
        return False

@dataclass
class State:
    patterns: list[Pattern]
    sections: frozenset[str]
    read_more_label: Any
    agency_credit: Any
    learned: LearnedIndex
    allow_agency_credit: bool = False
    min_chars: int = 20
    min_words: int = 8
    documents: int = 0  # checked so far
    # (patterns with keywords, letters that switch the folded prefilter off), from the second document on
    prefilter: tuple[list[Pattern], frozenset[str]] | None = None


def _compile(entry: dict[str, Any], where: str, builtin: bool = False) -> Pattern:
    """One pattern entry, compiled with a time limit (newslint.patterns): a pattern that
    backtracks without end becomes an NL000 naming ``where``, not a hung run."""
    code = entry.get("code")
    scope = entry.get("scope", "sentence")
    if code not in PATTERN_CODES or scope not in SCOPES or not isinstance(entry.get("pattern"), str):
        raise ConfigError(f"{where}: needs code NL301/NL302/NL303, scope {'/'.join(SCOPES)} and a pattern")
    compiled = compile_pattern(entry["pattern"], where)
    return Pattern(code, entry.get("name", "custom"), scope, compiled, entry.get("description", entry.get("name", "")),
                   edges=bool(entry.get("edges", False)), builtin=builtin)


def load_data(path: Path = DATA_FILE) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def build_state(config) -> State:
    data = load_data()
    patterns = [_compile(entry, f"{DATA_FILE.name}: pattern {entry.get('name')}", builtin=True)
                for entry in data["pattern"]]
    for code in PATTERN_CODES:
        for number, item in enumerate(config.rule_settings(code).get("patterns", []), start=1):
            entry = {"pattern": item, "name": f"custom-{code}-{number}"} if isinstance(item, str) else dict(item)
            entry.setdefault("code", code)
            entry.setdefault("description", "projekteigenes Muster")
            patterns.append(_compile(entry, f"{config.source or 'Konfiguration'}: rules.{code}.patterns[{number}]"))
    # brackets: read-more before promo, so that "[Mehr zum Thema: …]" is NL302
    patterns.sort(key=lambda p: (p.scope != "bracket" or p.code != "NL302"))
    settings301 = config.rule_settings("NL301")
    learned = LearnedIndex(similarity=float(settings301.get("learned_similarity", 0.8)))
    learned_path = _learned_path(config, settings301.get("learned_file", ""))
    if learned_path is not None:
        load_learned(learned_path, learned)
    settings304 = config.rule_settings("NL304")
    return State(
        patterns=patterns,
        sections=frozenset(name.casefold() for name in data.get("sections", ())),
        read_more_label=regex.compile(data["read_more_labels"]),
        agency_credit=regex.compile(data["agency_credit"]),
        learned=learned,
        allow_agency_credit=bool(config.rule_settings("NL303").get("allow_agency_credit", False)),
        min_chars=int(settings304.get("min_chars", 20)),
        min_words=int(settings304.get("min_words", 8)),
    )


def _learned_path(config, setting: str) -> Path | None:
    if setting:
        path = Path(setting).expanduser()
        if not path.is_absolute():
            path = config.root / path
        if not path.is_file():
            raise FileNotFoundError(f"learned boilerplate file not found: {path}")
        return path
    for name in LEARNED_NAMES:
        candidate = config.root / name
        if candidate.is_file():
            return candidate
    return None


_STATES: dict[int, tuple[Any, State]] = {}


def _state(config) -> State:
    cached = _STATES.get(id(config))
    if cached is None or cached[0] is not config:
        if len(_STATES) > 16:
            _STATES.clear()
        cached = _STATES[id(config)] = (config, build_state(config))
    return cached[1]


@hookimpl
def newslint_configure(config) -> None:
    if any(config.is_selected(code) for code in CODES):
        _state(config)


# --- checking -------------------------------------------------------------------------------------
@dataclass
class _Hit:
    code: str
    start: int
    end: int
    what: str
    priority: int = PRIORITY_PATTERN
    first_line: int = 0  # NL304: line of the first copy
    name: str = ""  # English: the pattern's name

    @classmethod
    def of(cls, pattern: Pattern, start: int, end: int) -> "_Hit":
        return cls(pattern.code, start, end, pattern.description, name=pattern.name)


def _quoted_ranges(text: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in QUOTED.finditer(text)]


def _inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in ranges)


def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in ranges)


def _letter_counts(folded: str) -> tuple[int, int, int]:
    """A signature much cheaper than normalize(): texts with equal keys have equal counts of a letter."""
    return folded.count("e"), folded.count("n"), folded.count("r")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _covers(text: str, start: int, end: int, seg_start: int, seg_end: int) -> bool:
    """Whether [start, end) leaves nothing but spaces and punctuation of the segment uncovered."""
    rest = text[seg_start:start] + text[end:seg_end]
    return not any(ch.isalnum() for ch in rest)


@hookimpl
def newslint_check(document, config) -> Iterator[Finding]:
    if not any(config.is_selected(code) for code in CODES):
        return
    state = _state(config)
    hits = _pattern_hits(document, state)
    hits += _learned_hits(document, state)
    hits += _block_hits(document, state, hits)
    hits = _resolve(hits)
    hits += _duplicate_hits(document, state, hits)
    hits += _duplicate_sentence_hits(document, state, hits)
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        if not config.is_selected(hit.code):
            continue
        german, english = MESSAGES[hit.code]
        if hit.code == "NL304":
            if hit.name == "duplicated sentence":
                german, english = SENTENCE_MESSAGE
            message, message_en = german.format(line=hit.first_line), english.format(line=hit.first_line)
        else:
            message, message_en = german.format(what=hit.what), english.format(what=hit.name or hit.what)
        yield Finding(hit.code, hit.start, hit.end, message, message_en, fix=Fix(hit.start, hit.end, ""))


def _pattern_hits(document, state: State) -> list[_Hit]:
    """Matches of the TOML and configured patterns, each searched in its scope (see _SegmentSearch)."""
    text = document.text
    hits: list[_Hit] = []
    patterns, unsafe = _search_plan(state)
    haystack = _Haystack(text, unsafe)
    has_bracket = "[" in text  # bracket patterns only look inside [bracketed notes]
    patterns = [p for p in patterns if (has_bracket or p.scope != "bracket") and haystack.may_match_text(p)]
    if not patterns:
        return hits
    body: tuple[int, int] | None = None  # first and last body paragraph, computed when needed
    for number, segment in enumerate(document.segments):
        seg_bracket = has_bracket and text.find("[", segment.start, segment.end) >= 0
        candidates = [p for p in patterns if (seg_bracket or p.scope != "bracket")
                      and haystack.may_match(p, segment.start, segment.end)]
        if not candidates or not text[segment.start:segment.end].strip():
            continue
        search = _SegmentSearch(document, segment, haystack, seg_bracket)
        sentence_hits: list[_Hit] = []
        for pattern in candidates:
            if pattern.scope == "segment":
                if pattern.edges:
                    if body is None:
                        body = _body_range(document, [])
                    if body[0] <= number <= body[1]:
                        continue
                hits += search.whole(pattern)
            elif pattern.scope == "bracket":
                hits += search.in_brackets(pattern)
            elif pattern.scope == "span":
                hits += search.spans(pattern)
            else:
                whole_brackets, in_sentences = search.in_sentences(pattern)
                hits += whole_brackets
                sentence_hits += in_sentences
        hits.extend(_merge_sentences(text, sentence_hits, segment))
    return hits


class _SegmentSearch:
    """The patterns' scopes in one segment: the whole segment, its [bracketed notes], any span, or each
    sentence (cut at brackets). Quotes and sentence pieces are found on first need."""

    def __init__(self, document, segment, haystack: _Haystack, has_bracket: bool) -> None:
        self.document, self.segment, self.haystack = document, segment, haystack
        self.text = document.text
        self.seg_text = self.text[segment.start:segment.end]
        self.bracket_matches = [(segment.start + m.start(), segment.start + m.end(), m.group())
                                for m in BRACKET.finditer(self.seg_text)] if has_bracket else []
        self.brackets = [(start, end) for start, end, _ in self.bracket_matches]
        self.flagged_brackets: list[tuple[int, int]] = []  # one bracket pattern per note: the first
        self._quoted: list[tuple[int, int]] | None = None
        self._pieces: list[tuple[int, int, bool]] | None = None

    def quoted(self) -> list[tuple[int, int]]:
        if self._quoted is None:
            self._quoted = _quoted_ranges(self.seg_text, self.segment.start)
        return self._quoted

    def whole(self, pattern: Pattern) -> list[_Hit]:
        if pattern.regex.search(self.seg_text.strip()):
            return [_Hit.of(pattern, self.segment.start, self.segment.end)]
        return []

    def in_brackets(self, pattern: Pattern) -> list[_Hit]:
        hits = []
        for start, end, group in self.bracket_matches:
            if any(s <= start < e for s, e in self.flagged_brackets) or not self.haystack.may_match(pattern, start, end):
                continue
            if pattern.regex.search(group[1:].rstrip("]")):
                self.flagged_brackets.append((start, end))
                hits.append(_Hit.of(pattern, start, end))
        return hits

    def spans(self, pattern: Pattern) -> list[_Hit]:
        hits = []
        for match in pattern.regex.finditer(self.seg_text):
            start, end = _trimmed(self.text, self.segment.start + match.start(), self.segment.start + match.end())
            if end > start and not _inside(start, self.quoted()):
                hits.append(_Hit.of(pattern, start, end))
        return hits

    def in_sentences(self, pattern: Pattern) -> tuple[list[_Hit], list[_Hit]]:
        """(whole [bracketed notes], sentence hits to merge): a match inside a bracket reports the
        bracket, never the text around it; a sentence hit ends with the line the match ends on."""
        text = self.text
        if self._pieces is None:
            self._pieces = [piece for sentence in self.document.sentences_in(self.segment)
                            for piece in _pieces(sentence.start, sentence.end, self.brackets)]
        brackets: list[_Hit] = []
        sentences: list[_Hit] = []
        for start, end, in_bracket in self._pieces:
            if not self.haystack.may_match(pattern, start, end):
                continue
            piece = text[start:end]
            match = pattern.regex.search(piece)
            if match is None or _inside(start + match.start(), self.quoted()) or _quote_sentence(piece):
                continue
            if in_bracket:
                brackets.append(_Hit.of(pattern, *next((s, e) for s, e in self.brackets if s <= start < e)))
            else:
                sentences.append(_Hit.of(pattern, *_trimmed(text, start, _line_end(text, start + match.end(), end))))
        return brackets, sentences


def _pieces(start: int, end: int, brackets: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """[start, end) cut at the edges of [bracketed notes]: (start, end, inside a bracket)."""
    pieces: list[tuple[int, int, bool]] = []
    position = start
    for b_start, b_end in brackets:
        if b_end <= position or b_start >= end:
            continue
        if b_start > position:
            pieces.append((position, b_start, False))
        pieces.append((max(b_start, position), min(b_end, end), True))
        position = min(b_end, end)
    if position < end:
        pieces.append((position, end, False))
    return [piece for piece in pieces if piece[0] < piece[1]]


def _line_end(text: str, position: int, limit: int) -> int:
    """End of the line that holds ``position - 1`` (a match end), at most ``limit``.

    Hard-wrapped copy and unpunctuated lines make sentences run over several lines; a finding then
    stops at the end of the line where the promo text ends instead of swallowing the body after it.
    """
    newline = text.find("\n", max(position - 1, 0), limit)
    return limit if newline < 0 else newline


def _quote_sentence(sentence: str) -> bool:
    """A sentence that is (mostly) a quotation: starts with an opening quotation mark."""
    return sentence.lstrip()[:1] in ("„", "“", '"', "»", "«", "‚")


def _merge_sentences(text: str, hits: list[_Hit], segment) -> list[_Hit]:
    """Join flagged sentences of one segment that follow each other; widen to the segment if covered."""
    merged: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if merged and hit.start <= merged[-1].end + 2 and not text[merged[-1].end:hit.start].strip():
            merged[-1].end = max(merged[-1].end, hit.end)
            continue
        if merged and hit.end <= merged[-1].end:
            continue
        merged.append(_Hit(hit.code, hit.start, hit.end, hit.what, name=hit.name))
    for hit in merged:
        if _covers(text, hit.start, hit.end, segment.start, segment.end):
            hit.start, hit.end = segment.start, segment.end
    return merged


def _learned_hits(document, state: State) -> list[_Hit]:
    """Segments, [bracketed notes] and sentences that match a learned boilerplate line."""
    if not len(state.learned):
        return []
    text = document.text
    hits: list[_Hit] = []
    what = "gelernte Boilerplate-Zeile"
    name = "learned boilerplate line"
    for segment in document.segments:
        seg_text = text[segment.start:segment.end]
        code = state.learned.match(seg_text)
        if code:
            hits.append(_Hit(code, segment.start, segment.end, what, name=name))
            continue
        sentence_hits = []
        for match in BRACKET.finditer(seg_text):
            code = state.learned.match(match.group())
            if code:
                start, end = segment.start + match.start(), segment.start + match.end()
                sentence_hits.append(_Hit(code, start, end, what, name=name))
        for sentence in document.sentences_in(segment):
            start = sentence.start
            bracket = text.find("[", start, sentence.end)
            if bracket > start:  # "… Satzende. [Promo …": the sentence splitter does not cut before "["
                start = bracket
            sentence_text = text[start:sentence.end]
            if _quote_sentence(sentence_text):
                continue
            code = state.learned.match(sentence_text)
            if code:
                start, end = _trimmed(text, start, sentence.end)
                sentence_hits.append(_Hit(code, start, end, what, name=name))
        hits.extend(_merge_sentences(text, sentence_hits, segment))
    return hits


def _is_body(document, segment) -> bool:
    """A body paragraph: prose, not a teaser line (long, or several sentences, or a full stop sentence)."""
    if segment.kind not in ("paragraph", "teaser"):
        return False
    text = document.text[segment.start:segment.end].strip()
    sentences = document.sentences_in(segment)
    if len(text) > 160 or len(sentences) >= 2:
        return True
    return text.endswith(".") and len(text.split()) >= 8 and ":" not in text[:40]


def _body_range(document, covered: list[tuple[int, int]]) -> tuple[int, int]:
    """Numbers of the first and last body paragraph (a teaser from front matter is not body)."""
    teaser_is_body = not any(key in document.metadata for key in ("teaser", "lead", "description", "summary"))
    kinds = ("paragraph", "teaser") if teaser_is_body else ("paragraph",)
    body = [i for i, s in enumerate(document.segments)
            if s.kind in kinds and _is_body(document, s)
            and not any(start <= s.start and s.end <= end for start, end in covered)]
    return (body[0], body[-1]) if body else (len(document.segments), -1)


def _section_label(state: State, text: str) -> bool:
    parts = [part.strip().casefold() for part in regex.split(r"\s*[>›»|/•·]\s*", text.strip()) if part.strip()]
    return bool(parts) and len(parts) <= 4 and all(part in state.sections for part in parts)


def _block_hits(document, state: State, existing: list[_Hit]) -> list[_Hit]:
    """Read-more blocks (label + following link teasers), section labels and agency credit lines."""
    text = document.text
    segments = document.segments
    flagged = {(h.start, h.end) for h in existing}
    covered = [(h.start, h.end) for h in existing]

    hits: list[_Hit] = []
    index = 0
    while index < len(segments):
        segment = segments[index]
        seg_text = text[segment.start:segment.end]
        if state.read_more_label.search(seg_text.strip()):
            hits.append(_Hit("NL302", segment.start, segment.end, "Lesetipp-Block", PRIORITY_BLOCK, name="read-more label"))
            previous = segment
            following = index + 1
            while following < len(segments) and following - index <= 8:
                candidate = segments[following]
                if _is_body(document, candidate) or candidate.kind == "headline":
                    break
                gap = text[previous.end:candidate.start]
                if following > index + 1 and gap.count("\n") > 1:
                    break  # teasers of one block stand on consecutive lines
                hits.append(_Hit("NL302", candidate.start, candidate.end, "Link-Teaser eines Lesetipp-Blocks",
                                 PRIORITY_BLOCK, name="read-more link teaser"))
                previous = candidate
                following += 1
            index = following
            continue
        index += 1

    # section labels and tag lists at the top (before the first body paragraph) or the bottom
    first_body, last_body = _body_range(document, covered)
    for i, segment in enumerate(segments):
        if first_body <= i <= last_body:
            continue
        seg_text = text[segment.start:segment.end]
        if (segment.start, segment.end) in flagged:
            continue
        if _section_label(state, seg_text):
            hits.append(_Hit("NL302", segment.start, segment.end, "Rubrik- oder Schlagwortzeile", name="section label"))
            if i > last_body and seg_text.strip().casefold() in ("themen", "schlagworte", "tags", "stichworte"):
                for tail in segments[i + 1:]:
                    tail_text = text[tail.start:tail.end].strip()
                    if len(tail_text) > 60 or tail_text.endswith((".", "!", "?")):
                        break
                    hits.append(_Hit("NL302", tail.start, tail.end, "Schlagwortliste", name="tag list"))
        elif i > last_body and segment.kind != "headline" and state.agency_credit.search(seg_text.strip()) \
                and not state.allow_agency_credit:
            hits.append(_Hit("NL303", segment.start, segment.end, "Agenturkürzel als Abspann", name="agency credit line"))
    return hits


def _resolve(hits: list[_Hit]) -> list[_Hit]:
    """Drop hits inside other hits: higher priority first, then the longer span; one finding per span."""
    ordered = sorted(hits, key=lambda h: (-h.priority, -(h.end - h.start), h.start, h.code))
    kept: list[_Hit] = []
    for hit in ordered:
        if any(k.start <= hit.start and hit.end <= k.end for k in kept):
            continue
        if any(hit.start < k.end and k.start < hit.end for k in kept):
            # partial overlap: keep the part outside what is already flagged, if any text remains
            continue
        kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.end))


def _duplicate_hits(document, state: State, existing: list[_Hit]) -> list[_Hit]:
    """Later copies of a line or paragraph.

    A copy of the headline, a copy right after its original (pasted twice) and any repeated
    paragraph of at least ``min_words`` words are flagged. Short repeated lines further apart are
    usually structure (FAQ questions, 'Protokoll: …' credits of a series, exercise lists), not errors.
    """
    text = document.text
    segments = document.segments
    covered = [(h.start, h.end) for h in existing]
    # Only segments that can equal another one are normalised. Equal keys have equal counts of a few
    # common letters in the case-folded text (normalize() keeps every word character), and counting
    # is much cheaper than normalising.
    candidates: list[tuple[int, str, tuple[int, ...]]] = []
    for number, segment in enumerate(segments):
        if _overlaps(covered, segment.start, segment.end):
            continue  # boilerplate already: removed by its own finding
        folded = _fold(text[segment.start:segment.end])
        candidates.append((number, folded, _letter_counts(folded)))
    signatures = Counter(signature for _, _, signature in candidates)
    seen: dict[str, int] = {}  # key -> segment number
    hits: list[_Hit] = []
    previous_key = None
    for number, folded, signature in candidates:
        if signatures[signature] < 2:
            previous_key = None  # its key equals no other segment's key
            continue
        segment = segments[number]
        seg_text = text[segment.start:segment.end]
        key = _words(folded)
        words = len(key.split())
        if len(seg_text.strip()) < state.min_chars or words < 3:
            previous_key = key
            continue
        if key in seen:
            first_number = seen[key]
            headline = first_number == 0 or segments[first_number].kind == "headline"
            if headline or key == previous_key or words >= state.min_words:
                first_line = document.line_of(segments[first_number].start)
                hits.append(_Hit("NL304", segment.start, segment.end, "", first_line=first_line,
                                 name="duplicated block"))
        else:
            seen[key] = number
        previous_key = key
    return hits


def _duplicate_sentence_hits(document, state: State, existing: list[_Hit]) -> list[_Hit]:
    """A sentence pasted twice inside one paragraph (headline, caption …): the later copy.

    Flagged when it follows its original directly, or when it has at least ``min_words`` words and
    both stand in one body paragraph. Quotations and sentences shorter than ``min_chars`` or three
    words are left alone (rhetorical repetition: "Nein. Nein.", chants in quotes).
    """
    text = document.text
    covered = [(h.start, h.end) for h in existing]
    hits: list[_Hit] = []
    for segment in document.segments:
        sentences = document.sentences_in(segment)
        if len(sentences) < 2 or _overlaps(covered, segment.start, segment.end):
            continue
        # equal normalised sentences have equal letter counts: normalise only where those collide
        folded_sentences = [_fold(text[sentence.start:sentence.end]) for sentence in sentences]
        signatures = [_letter_counts(folded) for folded in folded_sentences]
        if len(set(signatures)) == len(signatures):
            continue
        counts = Counter(signatures)
        body = segment.kind == "paragraph"
        quoted: list[tuple[int, int]] | None = None
        seen: dict[str, int] = {}  # key -> sentence number
        for number, (sentence, folded, signature) in enumerate(zip(sentences, folded_sentences, signatures)):
            if counts[signature] < 2:
                continue
            start, end = _trimmed(text, sentence.start, sentence.end)
            key = _words(folded)
            words = len(key.split())
            if end - start < state.min_chars or words < 3 or _quote_sentence(text[start:end]):
                continue
            if quoted is None:
                quoted = _quoted_ranges(text[segment.start:segment.end], segment.start)
            if _inside(start, quoted):
                continue
            first = seen.get(key)
            if first is None:
                seen[key] = number
            elif first == number - 1 or (body and words >= state.min_words):
                first_line = document.line_of(sentences[first].start)
                hits.append(_Hit("NL304", start, end, "", first_line=first_line, name="duplicated sentence"))
    return hits
