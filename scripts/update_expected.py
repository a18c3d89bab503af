"""Regenerate the corpus sidecars (``corpus/*.expected``) from newslint's current output.

An explicit developer command, never run by tests: ``python scripts/update_expected.py``.
It keeps each line's review status (see ``newslint/sidecars.py``); review ``git diff corpus``
afterwards and move lines between expected, missed and false alarm by hand.
"""
from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from newslint.sidecars import read_sidecar, sidecar_path, update

REPO = Path(__file__).resolve().parents[1]


def corpus_output() -> dict[str, list[str]]:
    """newslint's default output for the corpus, by article path."""
    result = subprocess.run([sys.executable, "-m", "newslint", "corpus"], cwd=REPO, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"newslint failed:\n{result.stderr}")
    by_path: dict[str, list[str]] = defaultdict(list)
    for line in result.stdout.splitlines():
        by_path[line.split(":", 1)[0]].append(line)
    return by_path


def main() -> int:
    output = corpus_output()
    for article in sorted((REPO / "corpus").glob("*.*")):
        if article.suffix not in (".txt", ".md"):
            continue
        relative = article.relative_to(REPO).as_posix()
        path = sidecar_path(article)
        new = update(read_sidecar(path), output.get(relative, []))
        path.write_text(new.render(), encoding="utf-8")
        print(f"{relative}: {len(new.expected)} expected, {len(new.missed)} missed, {len(new.false_alarms)} false alarms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
