"""Find text copied from the evaluation articles into the repository.

news-dev.jsonl measures newslint on copy it has never seen, so no rule example, test sentence,
comment or corpus article may quote it. This script reports every line of a tracked file that
shares a run of SPAN words (default 6, case and punctuation ignored) with news-dev, and exits 1
when there is one. A few short phrases that any German news text uses are allowed (ALLOWED).

    python scripts/check_copied_text.py            # all tracked text files
    python scripts/check_copied_text.py rules/*.toml

Skips cleanly (exit 0) when ../shared is absent.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "news" / "news-dev.jsonl"
SPAN = 6
SUFFIXES = {".py", ".toml", ".md", ".txt", ".yaml", ".yml", ".json", ".tsv", ".expected", ".html"}
# Set phrases and official names, not quotations: they may occur in any German article.
ALLOWED = frozenset({
    "dem landesamt für gesundheit und lebensmittelsicherheit",
    "landesamt für gesundheit und lebensmittelsicherheit lgl",
    "zu diesem ergebnis kommt eine studie",
    "diesem ergebnis kommt eine studie des",
    "prozent auf 1 8 milliarden euro",
})
_WORD = regex.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _runs(words: list[str]) -> Iterator[tuple[int, str]]:
    for index in range(len(words) - SPAN + 1):
        yield index, " ".join(words[index:index + SPAN])


def news_runs(path: Path = NEWS) -> set[int]:
    """Hashes of every SPAN-word run in news-dev (hashes keep the set at ~100 MB instead of ~1 GB)."""
    runs: set[int] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            words = _words(f"{record.get('header') or ''} {record.get('article') or ''}")
            runs.update(hash(run) for _, run in _runs(words))
    return runs


def _shown(path: Path) -> Path:
    return path.relative_to(REPO) if path.is_relative_to(REPO) else path


def copied_lines(paths: Iterable[Path], runs: set[int]) -> Iterator[str]:
    """``path:line: shared words`` for each line that shares a run with news-dev."""
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(lines, 1):
            shared = [run for _, run in _runs(_words(line)) if hash(run) in runs and run not in ALLOWED]
            if shared:
                yield f"{_shown(path)}:{number}: {shared[0]}"


def tracked_text_files() -> list[Path]:
    names = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    return [REPO / name for name in names if Path(name).suffix in SUFFIXES]


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if not NEWS.is_file():
        print(f"skipped: {NEWS} not found")
        return 0
    paths = [Path(name).resolve() for name in arguments] or tracked_text_files()
    found = list(copied_lines(paths, news_runs()))
    for line in found:
        print(line)
    print(f"{len(found)} line(s) share a run of {SPAN} words with {NEWS.name}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
