"""Shared helpers for benchmarks: locate ../shared evaluation data, read news articles."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
NEWS = SHARED / "news" / "news-dev.jsonl"


def require(path: Path) -> Path:
    """Exit cleanly (status 0) when evaluation data is absent."""
    if not path.exists():
        print(f"skipped: {path} not found (evaluation data lives in ../shared)")
        sys.exit(0)
    return path


def news_articles(limit: int | None = None) -> Iterator[str]:
    """Published articles as plain text: headline, blank line, body."""
    with require(NEWS).open(encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            record = json.loads(line)
            yield f"{record.get('header') or ''}\n\n{record['article']}"


def word_count(text: str) -> int:
    return len(text.split())
