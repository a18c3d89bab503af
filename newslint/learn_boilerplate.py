"""``newslint learn-boilerplate ARCHIVE...``: learn a site's boilerplate from its published articles.

Lines and sentences that recur near-verbatim across many *different* articles are promo, navigation
or template text. They are written to a project file (default ``.newslint-boilerplate.txt`` next to
the configuration file) that the NL3 rules read and report as NL301.

Safeguards against learning legitimate copy: a unit must recur in at least ``--min-articles``
distinct articles (identical articles count once), be short-ish (``--max-chars``), have at least
``--min-words`` words, must not be a quotation, and by default must address the reader or speak for
the publisher ("Sie", "Ihnen", "unser", "wir", a URL or e-mail address, a [bracketed note]). Near
variants are pooled by word-shingle similarity (``--similarity``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import regex

from newslint.atomic import write_atomic
from newslint.errors import UsageError

DEFAULT_NAME = ".newslint-boilerplate.txt"
ADDRESS = regex.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?|[Uu]nser\w*|[Ww]ir|uns)\b|https?://|www\.|\w@\w|\.de/|^\s*\[")
QUOTE_START = ("„", "“", '"', "»", "«", "‚")
ATTRIBUTED_QUOTE = regex.compile(r"[“\"«]\s*,?\s*(?:sagte|sagt|so|erklärte|betonte|meinte|schrieb|fügte)\b")
SPEECH = regex.compile(r"\b(?:sagte|sagt|erklärte|betonte|zitiert)\b")
TEXT_SUFFIXES = (".txt", ".md", ".markdown")


def _parser() -> argparse.ArgumentParser:
    from newslint.cli import _ArgumentParser

    parser = _ArgumentParser(prog="newslint learn-boilerplate", description=__doc__.splitlines()[0])
    parser.add_argument("archives", nargs="+", metavar="ARCHIVE",
                        help="article files (.txt/.md), directories of them, or JSONL with 'article' or 'text'")
    parser.add_argument("--output", "-o", type=Path,
                        help=f"file to write (.txt or .toml; default {DEFAULT_NAME} next to the configuration file)")
    parser.add_argument("--min-articles", type=int, default=5, help="distinct articles a line must recur in (5)")
    parser.add_argument("--min-share", type=float, default=0.0,
                        help="…and at least this share of all articles (0-1; default 0)")
    parser.add_argument("--min-words", type=int, default=5, help="fewest words of a learned line (5)")
    parser.add_argument("--max-chars", type=int, default=400, help="longest learned line in characters (400)")
    parser.add_argument("--similarity", type=float, default=0.8,
                        help="word-shingle similarity at which variants are pooled (0-1; default 0.8)")
    parser.add_argument("--any-line", action="store_true",
                        help="do not require that a line addresses the reader or speaks for the publisher")
    parser.add_argument("--dry-run", action="store_true", help="print what would be learned; write nothing")
    parser.add_argument("--show", type=int, default=0, help="print this many learned lines")
    return parser


def iter_articles(paths: list[str]):
    """Yield article texts from files, directories (*.txt, *.md) and JSONL archives."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"{raw}: no such file or directory")
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.is_file() and (file.suffix in TEXT_SUFFIXES or file.suffix == ".jsonl"):
                    yield from iter_articles([str(file)])
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as error:
                        raise UsageError(f"{path}:{number}: invalid JSON: {error.msg}") from None
                    text = row.get("article") or row.get("text") if isinstance(row, dict) else None
                    if isinstance(text, str) and text.strip():
                        yield text
        elif path.is_file():
            yield path.read_text(encoding="utf-8-sig")
        else:
            raise UsageError(f"{raw}: no such file or directory")


def is_candidate(text: str, args) -> bool:
    from newslint_rules.boilerplate import normalize

    stripped = text.strip()
    if "\n" in stripped:
        return False  # a hard-wrapped piece of prose, not a template line
    if len(stripped) > args.max_chars or len(normalize(stripped).split()) < args.min_words:
        return False
    if stripped.startswith(QUOTE_START) or ATTRIBUTED_QUOTE.search(stripped) or SPEECH.search(stripped):
        return False
    return args.any_line or ADDRESS.search(stripped) is not None


def units(text: str):
    """Lines (segments) and sentences of an article, as the NL3 rules see them."""
    from newslint.readers import read_text

    document = read_text(text, "x.txt")
    for segment in document.segments:
        segment_text = document.text[segment.start:segment.end]
        yield segment_text
        sentences = document.sentences_in(segment)
        if len(sentences) > 1:
            for sentence in sentences:
                yield document.text[sentence.start:sentence.end]


def learn(texts, args) -> tuple[list[tuple[str, int]], int]:
    """(learned lines with their article counts, number of distinct articles)."""
    from newslint_rules.boilerplate import LearnedIndex, normalize

    seen_articles: set[str] = set()
    articles: dict[str, set[int]] = defaultdict(set)
    forms: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for text in texts:
        digest = hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()
        if digest in seen_articles:
            continue  # the same article twice is not recurrence
        seen_articles.add(digest)
        number = len(seen_articles)
        for unit in units(text):
            if not is_candidate(unit, args):
                continue
            key = normalize(unit)
            articles[key].add(number)
            forms[key][unit.strip()] += 1
    total = len(seen_articles)
    # pool near variants: most frequent first, each key joins the first similar cluster
    clusters: list[tuple[str, set[int]]] = []
    index = LearnedIndex(similarity=args.similarity)
    for key in sorted((k for k, v in articles.items() if len(v) >= 2), key=lambda k: (-len(articles[k]), k)):
        match = _similar_cluster(index, key)
        if match is None:
            index.add(key, str(len(clusters)))
            clusters.append((key, set(articles[key])))
        else:
            clusters[match][1].update(articles[key])
    needed = max(args.min_articles, int(args.min_share * total + 0.999999))
    learned = []
    for key, members in clusters:
        if len(members) >= needed:
            form = max(forms[key].items(), key=lambda item: item[1])[0]
            learned.append((form, len(members)))
    learned.sort(key=lambda item: (-item[1], item[0]))
    return learned, total


def _similar_cluster(index, key: str) -> int | None:
    code = index.match(key)
    return int(code) if code is not None else None


def default_output() -> Path:
    from newslint.config import find_config_file

    config = find_config_file(Path.cwd())
    return (config.parent if config else Path.cwd()) / DEFAULT_NAME


def render(learned: list[tuple[str, int]], total: int, args, toml: bool) -> str:
    header = (f"newslint learned boilerplate: {len(learned)} lines recurring in >= {args.min_articles} of "
              f"{total} distinct articles. Edit freely; one entry per line; NL3 reports matches as NL301.")
    if toml:
        out = [f"# {header}\n"]
        for text, count in learned:
            out.append(f"\n[[boilerplate]]\ntext = {json.dumps(text, ensure_ascii=False)}\n"
                       f"articles = {count}\ncode = \"NL301\"\n")
        return "".join(out)
    out = [f"# {header}\n", "# Lines starting with '#' are comments; 'NL302<TAB>text' sets another code.\n"]
    for text, count in learned:
        out.append(f"# {count} articles\n{' '.join(text.split())}\n")
    return "".join(out)


def write_atomic_text(path: Path, content: str) -> None:
    write_atomic(path, content.encode("utf-8"))


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.min_articles < 2:
        raise UsageError("--min-articles must be at least 2")
    if not 0 < args.similarity <= 1 or not 0 <= args.min_share <= 1:
        raise UsageError("--similarity and --min-share must be between 0 and 1")
    learned, total = learn(iter_articles(args.archives), args)
    output = args.output or default_output()
    content = render(learned, total, args, toml=output.suffix == ".toml")
    sys.stdout.write(f"newslint: learned {len(learned)} boilerplate lines from {total} distinct articles\n")
    for text, count in learned[: args.show]:
        sys.stdout.write(f"  {count:4d}  {text[:200]}\n")
    if args.dry_run:
        return 0
    write_atomic_text(output, content)
    sys.stdout.write(f"newslint: wrote {output}\n")
    return 0
