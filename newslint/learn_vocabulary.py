"""``newslint learn-vocabulary ARCHIVE...``: a newsroom vocabulary from published articles.

Published copy is edited copy: a word the spelling rule does not know but that appears in several
different articles is a name or a term of the newsroom, not a typo. This command counts, for each
such word, the number of articles it appears in and writes the words seen in at least
``--min-articles`` articles to ``.newslint-vocabulary.txt`` (``word<TAB>articles``), which NL501
reads when it sits next to the configuration file or in the working directory. It also learns
how the newsroom writes names: surnames introduced with a first name and repeated in the same
article (``[names]``), and the first names themselves (``[first names]``), so that a new
surname after a known first name is no typo either (format: ``FORMAT_HELP``, ``--help``).

Inputs: text and Markdown files (one article each), directories (searched recursively), and JSONL
files (one article per line; the text fields ``title``, ``header``, ``teaser``, ``article``,
``text``, ``body``, ``content`` are read, or ``--field`` names them).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from newslint.spelling.compounds import inflection_bases

DEFAULT_OUTPUT = ".newslint-vocabulary.txt"
TEXT_FIELDS = ("title", "header", "teaser", "article", "text", "body", "content")
SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")
_WORD = regex.compile(r"(?<![\w@#/.])\p{L}[\p{L}\p{M}]*(?:[-‐'’]\p{L}[\p{L}\p{M}]*)*(?![\w@/])")
_URL = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+")


def iter_articles(paths: list[str], fields: tuple[str, ...]) -> Iterator[str]:
    """The text of every article in ``paths`` (files, directories, JSONL)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield from _read(child, fields)
        elif path.is_file():
            yield from _read(path, fields)
        else:
            raise FileNotFoundError(raw)


def _read(path: Path, fields: tuple[str, ...]) -> Iterator[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() != ".jsonl":
        yield text
        return
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, str):
            yield record
        elif isinstance(record, dict):
            yield "\n\n".join(str(record[f]) for f in fields if isinstance(record.get(f), str))


_PAIR = regex.compile(r"(?<![\p{L}\p{M}\-‐'’])(\p{Lu}[\p{Ll}\p{M}]+)[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\-‐'’])")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}\-‐'’])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\-‐])")
# a capitalised word after an article, a preposition or a figure is a noun ("der Stadt Ebersberg",
# "im Landkreis Ebersberg", "2 Millionen Dollar"), not a first name
_AFTER_ARTICLE = regex.compile(r"(?<![\p{L}\p{M}])(?:(?i:der|die|das|den|dem|des|ein|eine|einer|einem|eines|einen|im|am"
                               r"|zum|zur|vom|beim|ins|in|an|auf|aus|mit|nach|zu|für|über|unter|vor|bis|um|je|seit|ab|von|bei|gegen"
                               r"|ohne|durch|wegen|trotz|pro|alle|allen|viele|vielen|diese|dieser|diesen|diesem|dieses"
                               r"|jede|jeder|jeden|jedem|mehr|zwei|drei|vier|mehreren|einigen|seine|seinem|seinen|seiner"
                               r"|ihre|ihrem|ihren|ihrer|unsere|keine|keinen|keiner)|\d+)"
                               r"[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}])")
# words that open a phrase and are no first names ("Laut Müller", "Bei Siemens")
_NO_FIRST_NAME = frozenset("""laut bei seit nach vor mit von für gegen trotz wegen statt auch doch aber und oder
    wie als wenn dass denn noch nur schon so da dann hier dort heute gestern morgen herr herrn frau""".split())


@dataclass
class Learned:
    """What ``learn_all`` found in an archive (each entry with its number of articles)."""

    words: dict[str, int] = field(default_factory=dict)        # unknown words in enough articles
    names: dict[str, int] = field(default_factory=dict)        # surnames, from full names (see below)
    first_names: dict[str, int] = field(default_factory=dict)  # words that open full names
    total: int = 0

    def __len__(self) -> int:
        return len(self.words) + len(self.names) + len(self.first_names)


def _full_names(text: str) -> Iterator[tuple[str, str]]:
    """(first, surname) for each "Sandra Scheres" of ``text`` whose surname recurs on its own
    later in the same article ("Scheres sagte", also with a genitive -s): the way news copy
    introduces a person. A slip is rarely typed the same way
    twice in one article, and then again after a first name."""
    pairs = list(_PAIR.finditer(text, overlapped=True))
    if not pairs:
        return
    where: dict[str, list[tuple[int, str]]] = {}  # capitalised word -> (start, capitalised word before it)
    previous, previous_end = "", -1
    for match in _CAPITALISED.finditer(text):
        start = match.start()
        gap = text[previous_end:start] if previous_end >= 0 else "x"
        before = previous if gap and not gap.strip(" \u00a0") else ""
        where.setdefault(match.group(), []).append((start, before))
        previous, previous_end = match.group(), match.end()
    found: set[tuple[str, str]] = set()
    for match in pairs:
        first, surname = match.group(1), match.group(2)
        if (first, surname) in found:
            continue
        end = match.end()
        for form in (surname, surname + "s"):
            if any(start >= end and before != first for start, before in where.get(form, ())):
                found.add((first, surname))
                break
    yield from found


_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
_ENDINGS = frozenset(("", "e", "n", "s", "en", "es", "er", "em", "ern", "ns"))
ARCHIVE_SLIP_RATIO = 5


def _archive_slip(lower: str, form: str, count: int, document_frequency: Counter,
                  spellings: dict[str, Counter]) -> bool:
    """The archive itself writes a word one slip away, with the same capitalisation, in at least
    ARCHIVE_SLIP_RATIO times as many articles: "Coronovirus" (Coronavirus), "Epidemologen"
    (Epidemiologen) are the newsroom's recurring typos, not its words. Other forms of one word
    ("Kleins", "Klein") are no slips."""
    needed = max(count * ARCHIVE_SLIP_RATIO, 5)
    cuts = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
    variants = {a + b[1:] for a, b in cuts if b}
    variants |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    variants |= {a + c + b[1:] for a, b in cuts if b for c in _LETTERS}
    variants |= {a + c + b for a, b in cuts for c in _LETTERS}
    variants.discard(lower)
    for variant in variants:
        if document_frequency.get(variant, 0) < needed or len(variant) < 4:
            continue
        common = 0
        for x, y in zip(lower, variant):
            if x != y:
                break
            common += 1
        if lower[common:] in _ENDINGS and variant[common:] in _ENDINGS:
            continue  # "Kleins" / "Klein", "Dorfen" / "Dorfes"
        usual = spellings[variant].most_common(1)[0][0]
        if usual[:1].isupper() == form[:1].isupper():
            return True
    return False


FAMILY_MIN_LENGTH = 7


def _learn_families(learned: Learned, speller, document_frequency: Counter, spellings: dict[str, Counter],
                    stem_frequency: Counter, min_family: int) -> None:
    """Stems of words seen too rarely to be learned one by one: two or more different forms the
    speller does not know ("krumpelige", "krumpeligen"), each in one article, in at least
    ``min_family`` articles together teach their stem ("krumpelig"), and NL501 accepts its other
    forms ("krumpeliges"). A slip is rarely made the same way in different forms of a word; none
    of the forms may be a slip of a frequent word or of a word the archive uses far more often."""
    families: dict[str, set[str]] = {}
    for lower, count in document_frequency.items():
        if count >= 2 or len(lower) < FAMILY_MIN_LENGTH or "-" in lower or not lower.isalpha():
            continue  # forms in two articles or more had their own chance
        bases = [base for base in (lower, *inflection_bases(lower)) if stem_frequency[base] >= min_family]
        if bases:
            families.setdefault(lower, set()).update(bases)
    by_stem: dict[str, list[str]] = {}
    for lower, bases in families.items():
        for base in bases:
            by_stem.setdefault(base, []).append(lower)
    learned_words = {word.lower() for word in learned.words}
    for stem, forms in sorted(by_stem.items(), key=lambda item: (-len(item[1]), len(item[0]))):
        if len(forms) < 2 or stem in learned_words or any(
                form in learned_words or any(base in learned_words for base in inflection_bases(form))
                for form in forms):
            continue
        unknown = []
        for form in forms:
            spelled = spellings[form].most_common(1)[0][0]
            problems = speller.analyse(spelled)
            if not problems or any(problem.slip_of for problem in problems) \
                    or _archive_slip(form, spelled, 1, document_frequency, spellings):
                break
            unknown.append(spelled)
        else:
            if len(unknown) >= 2 and len(stem) >= 6 and speller.analyse(unknown[0][:len(stem)]):
                learned.words[unknown[0][:len(stem)]] = stem_frequency[stem]
                learned_words.add(stem)


def learn_all(articles, min_articles: int = 3, speller=None, min_capitalised: int | None = None,
              min_first_name: int = 2, min_name: int = 1, min_family: int = 2) -> Learned:
    """Words, surnames and first names of an archive that NL501 does not know.

    * words: forms unknown to the speller that appear in at least ``min_articles`` articles;
      ``min_capitalised`` (default: one less than ``min_articles``, at least 2) for words written
      capitalised in most of their uses — names of people, places and firms recur across a
      newsroom's articles, while the same slip of the same word in two articles is rare; a
      slip of a far more frequent word (the speller's verdict) needs one article more than
      ``min_articles``, and a word the archive writes one letter differently in
      ARCHIVE_SLIP_RATIO times as many articles is skipped (``_archive_slip``);
    * first names: a capitalised word that opens a full name ("Sandra Scheres", the surname
      unlisted and repeated alone later in the article) in at least ``min_first_name`` articles,
      with different surnames, and that the archive hardly ever writes in lower case ("Laut",
      "Bei" are no first names; titles such as "Bundesministerin" may count: both mark a name);
    * names: an unknown capitalised word introduced that way after a listed or learned first
      name or title, in at least ``min_name`` articles.
    """
    if min_capitalised is None:
        min_capitalised = max(2, min_articles - 1)
    if speller is None:
        from newslint.spelling.checker import Speller

        speller = Speller()
    document_frequency: Counter = Counter()
    spellings: dict[str, Counter] = {}
    pairs: dict[str, set[str]] = {}
    pair_articles: Counter = Counter()
    introduced: dict[str, dict[int, set[str]]] = {}  # surname -> article number -> first names
    nouns: Counter = Counter()
    stem_frequency: Counter = Counter()  # stem -> articles with a form of it ("asymptomatisch": -e, -en, -er)
    total = 0
    for text in articles:
        total += 1
        text = _URL.sub(" ", text)
        seen: dict[str, str] = {}
        for match in _WORD.finditer(text):
            word = match.group()
            for form in {word, *word.replace("‐", "-").split("-")}:
                if len(form) >= 3 and form.replace("-", "").isalpha():
                    seen.setdefault(form.lower(), form)
                    if form[:1].islower():
                        seen[form.lower()] = form  # "laut" beside "Laut": counted as lower case
        stems: set[str] = set()
        for lower, form in seen.items():
            document_frequency[lower] += 1
            spellings.setdefault(lower, Counter())[form] += 1
            if min_family and len(lower) >= FAMILY_MIN_LENGTH and "-" not in lower:
                stems.update(inflection_bases(lower))
                stems.add(lower)
        stem_frequency.update(stems)
        firsts: set[str] = set()
        for first, surname in _full_names(text):
            firsts.add(first.lower())
            pairs.setdefault(first.lower(), set()).add(surname.lower())
            introduced.setdefault(surname, {}).setdefault(total, set()).add(first.lower())
        pair_articles.update(firsts)
        nouns.update({match.group(1).lower() for match in _AFTER_ARTICLE.finditer(text)})
    learned = Learned(total=total)
    for lower, count in document_frequency.items():
        if count < min(min_articles, min_capitalised):
            continue
        form = spellings[lower].most_common(1)[0][0]
        if count < min_articles and not form[:1].isupper():
            continue
        problems = speller.analyse(form)
        if not problems:
            continue
        if any(problem.slip_of for problem in problems) and count <= min_articles:
            continue  # one slip from a far more frequent word ("Patieten"): a recurring typo, unless frequent
        if _archive_slip(lower, form, count, document_frequency, spellings):
            continue
        learned.words[form] = count
    if min_family:
        _learn_families(learned, speller, document_frequency, spellings, stem_frequency, min_family)
    names = speller.names
    for first, count in pair_articles.items():
        if count < min_first_name or len(first) < 3 or first in _NO_FIRST_NAME or first in names.particles \
                or first in names.first_names or first in names.titles or len(pairs[first]) < min_first_name:
            continue
        lower_case = sum(n for form, n in spellings.get(first, Counter()).items() if form[:1].islower())
        if lower_case * 10 > document_frequency[first]:
            continue  # mostly a lower-case word ("auch", "laut") that opens sentences
        if nouns[first] * 10 > document_frequency[first]:
            continue  # a noun ("Stadt", "Landkreis", "Millionen")
        if first.endswith("s") and document_frequency[first[:-1]] >= document_frequency[first]:
            continue  # a genitive ("Italiens Regierungschef", "Spandaus Bürgermeister"); "Andreas" stays
        learned.first_names[spellings[first].most_common(1)[0][0]] = count
    known_first = names.first_names | names.titles | {first.lower() for first in learned.first_names}
    for surname, articles_with in introduced.items():
        count = sum(1 for firsts in articles_with.values() if firsts & known_first)
        if count < min_name or surname in learned.words:
            continue
        problems = speller.analyse(surname)
        if problems and (count > min_name or not any(problem.slip_of for problem in problems)):
            learned.names[surname] = count  # "Heartmann" (Hartmann) needs one article more
    return learned


def learn(articles, min_articles: int = 3, speller=None,
          min_capitalised: int | None = None) -> tuple[dict[str, int], int]:
    """Words unknown to the speller, with the number of articles each appears in (see learn_all)."""
    learned = learn_all(articles, min_articles, speller, min_capitalised)
    return learned.words, learned.total


def write_vocabulary(path: Path, learned: Learned, min_articles: int) -> None:
    def block(entries: dict[str, int]) -> list[str]:
        return [f"{word}\t{count}" for word, count in sorted(entries.items(), key=lambda i: (-i[1], i[0]))]

    lines = [f"# newslint vocabulary learned from {learned.total} articles: {len(learned.words)} words (seen in at "
             f"least {min_articles}), {len(learned.names)} names, {len(learned.first_names)} first names",
             "# word<TAB>articles; edit freely (delete a line to stop accepting a word)",
             "[words]", *block(learned.words),
             "# surnames introduced with a first name or title and repeated alone in an article",
             "[names]", *block(learned.names),
             "# words that open full names: a capitalised word after one is taken for a name",
             "[first names]", *block(learned.first_names)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


FORMAT_HELP = """\
output format (UTF-8 text; NL501 reads it from .newslint-vocabulary.txt next to the
configuration file or in the working directory, or from the word_files setting):
  # comment
  [words]          words NL501 does not know, seen in at least --min-articles articles
                   (capitalised ones in one article fewer; a slip of a frequent word in one
                   more; none that the archive writes one letter differently in five times as
                   many articles); their inflected forms and compounds built from them are
                   accepted
  Quandtmeyer<TAB>4
  [names]          surnames introduced with a first name or title and repeated alone in the
                   same article ("Sandra Scheres ... Scheres sagte"); accepted like words
  [first names]    words that open full names in at least two articles, with different
                   surnames; a capitalised unknown word after one is taken for a name
A plain list (one word per line, optional <TAB>count, no [section] lines) is read as [words],
so .newslint-words.txt files keep working."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newslint learn-vocabulary",
        description="Build a newsroom vocabulary (names, terms, first names) for NL501 from published articles.",
        epilog=FORMAT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archives", nargs="+", metavar="ARCHIVE", help="files, directories or JSONL files")
    parser.add_argument("-o", "--output", default=DEFAULT_OUTPUT, help=f"output file (default {DEFAULT_OUTPUT})")
    parser.add_argument("--min-articles", type=int, default=3, help="keep words seen in at least N articles (3)")
    parser.add_argument("--field", action="append", dest="fields", help="JSONL text field (repeatable)")
    args = parser.parse_args(argv)
    if args.min_articles < 1:
        parser.error("--min-articles must be at least 1")
    fields = tuple(args.fields) if args.fields else TEXT_FIELDS
    try:
        learned = learn_all(iter_articles(args.archives, fields), args.min_articles)
    except FileNotFoundError as error:
        sys.stderr.write(f"newslint learn-vocabulary: error: {error}: no such file or directory\n")
        return 2
    if learned.total == 0:
        sys.stderr.write("newslint learn-vocabulary: error: no articles found\n")
        return 2
    write_vocabulary(Path(args.output), learned, args.min_articles)
    sys.stdout.write(f"{len(learned.words)} words, {len(learned.names)} names and {len(learned.first_names)} first "
                     f"names from {learned.total} articles written to {args.output}\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
