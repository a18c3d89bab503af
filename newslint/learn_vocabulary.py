"""``newslint learn-vocabulary ARCHIVE...``: a newsroom vocabulary from published articles.

Published copy is edited copy: a word the spelling rule does not know but that appears in several
different articles is a name or a term of the newsroom, not a typo. This command counts, for each
such word, the number of articles it appears in and writes the words seen in at least
``--min-articles`` articles to ``.newslint-vocabulary.txt`` (``word<TAB>articles``), which NL501
reads when it sits next to the configuration file or in the working directory.

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
from pathlib import Path

import regex

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


def learn(articles, min_articles: int = 3, speller=None,
          min_capitalised: int | None = None) -> tuple[dict[str, int], int]:
    """Words unknown to the speller, with the number of articles each appears in.

    ``min_capitalised`` (default: one less than ``min_articles``, at least 2): the threshold for
    words written capitalised in most of their uses — names of people, places and firms recur
    across a newsroom's articles, while the same slip of the same word in two articles is rare.
    """
    if min_capitalised is None:
        min_capitalised = max(2, min_articles - 1)
    if speller is None:
        from newslint.spelling.checker import Speller

        speller = Speller()
    document_frequency: Counter = Counter()
    spellings: dict[str, Counter] = {}
    total = 0
    for text in articles:
        total += 1
        seen: dict[str, str] = {}
        for match in _WORD.finditer(_URL.sub(" ", text)):
            word = match.group()
            for form in {word, *word.replace("‐", "-").split("-")}:
                if len(form) >= 3 and form.replace("-", "").isalpha():
                    seen.setdefault(form.lower(), form)
        for lower, form in seen.items():
            document_frequency[lower] += 1
            spellings.setdefault(lower, Counter())[form] += 1
    vocabulary: dict[str, int] = {}
    for lower, count in document_frequency.items():
        if count < min(min_articles, min_capitalised):
            continue
        form = spellings[lower].most_common(1)[0][0]
        if count < min_articles and not form[:1].isupper():
            continue
        if "-" in form or speller.analyse(form):
            vocabulary[form] = count
    return vocabulary, total


def write_vocabulary(path: Path, vocabulary: dict[str, int], total: int, min_articles: int) -> None:
    lines = [f"# newslint vocabulary: {len(vocabulary)} words seen in at least {min_articles} of {total} articles",
             "# word<TAB>articles; edit freely (delete a line to stop accepting a word)"]
    lines += [f"{word}\t{count}" for word, count in sorted(vocabulary.items(), key=lambda i: (-i[1], i[0]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newslint learn-vocabulary",
        description="Build a newsroom vocabulary (names, terms) for NL501 from published articles.")
    parser.add_argument("archives", nargs="+", metavar="ARCHIVE", help="files, directories or JSONL files")
    parser.add_argument("-o", "--output", default=DEFAULT_OUTPUT, help=f"output file (default {DEFAULT_OUTPUT})")
    parser.add_argument("--min-articles", type=int, default=3, help="keep words seen in at least N articles (3)")
    parser.add_argument("--field", action="append", dest="fields", help="JSONL text field (repeatable)")
    args = parser.parse_args(argv)
    if args.min_articles < 1:
        parser.error("--min-articles must be at least 1")
    fields = tuple(args.fields) if args.fields else TEXT_FIELDS
    try:
        vocabulary, total = learn(iter_articles(args.archives, fields), args.min_articles)
    except FileNotFoundError as error:
        sys.stderr.write(f"newslint learn-vocabulary: error: {error}: no such file or directory\n")
        return 2
    if total == 0:
        sys.stderr.write("newslint learn-vocabulary: error: no articles found\n")
        return 2
    write_vocabulary(Path(args.output), vocabulary, total, args.min_articles)
    sys.stdout.write(f"{len(vocabulary)} words from {total} articles written to {args.output}\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
