"""Rule quality: precision/recall/F1 per family on the corpus sidecars, and findings per 1,000 words
on published copy (../shared/data/news/news-dev.jsonl), where nearly every finding is a false alarm
or real boilerplate.

    python benchmarks/quality.py [--limit N] [--nlp builtin|stanza]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import NEWS, REPO, news_articles, word_count  # noqa: E402

from newslint.config import Config  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.nlp import get_backend  # noqa: E402
from newslint.readers import read_text  # noqa: E402
from newslint.sidecars import finding_key, read_sidecar, sidecar_path  # noqa: E402

FAMILIES = {"NL1": "figures without attribution", "NL2": "inconsistent numbers", "NL3": "boilerplate",
            "NL4": "hedging", "NL5": "typos"}


def family(key: str) -> str:
    return key.rsplit(" ", 1)[1][:3]


def corpus_scores(nlp: str) -> dict[str, tuple[int, int, int]]:
    """(true positives, false positives, false negatives) per family against the sidecars' gold."""
    run = subprocess.run([sys.executable, "-m", "newslint", "--nlp", nlp, "corpus"], cwd=REPO,
                         capture_output=True, text=True)
    return score_lines(run.stdout.splitlines())


def score_lines(lines: list[str]) -> dict[str, tuple[int, int, int]]:
    """Score newslint's default output for the corpus against the sidecars, per family."""
    output = {finding_key(line) for line in lines}
    gold: set[str] = set()
    for article in (REPO / "corpus").iterdir():
        if article.suffix in (".txt", ".md"):
            sidecar = read_sidecar(sidecar_path(article))
            gold.update(finding_key(line) for line in sidecar.expected + sidecar.missed)
    scores = {}
    for prefix in FAMILIES:
        found = {key for key in output if family(key) == prefix}
        wanted = {key for key in gold if family(key) == prefix}
        scores[prefix] = (len(found & wanted), len(found - wanted), len(wanted - found))
    return scores


def news_rates(limit: int | None, nlp: str) -> tuple[Counter[str], int, int]:
    linter = Linter(Config(nlp=nlp))
    backend = get_backend(nlp)
    counts: Counter[str] = Counter()
    words = articles = 0
    for text in news_articles(limit):
        document = read_text(text, "news.txt", backend)
        words += word_count(text)
        articles += 1
        counts.update(finding.code for finding in linter.check(document))
    return counts, words, articles


def ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "  n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N news articles")
    parser.add_argument("--nlp", default="builtin", choices=("builtin", "stanza"))
    args = parser.parse_args()

    print(f"Corpus ({REPO / 'corpus'}), backend {args.nlp}")
    print(f"{'family':<6} {'name':<30} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>6} {'F1':>6}")
    for prefix, (tp, fp, fn) in corpus_scores(args.nlp).items():
        precision, recall = (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{prefix:<6} {FAMILIES[prefix]:<30} {tp:>4} {fp:>4} {fn:>4} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f}")

    if not NEWS.exists():
        print(f"\nskipped news-dev: {NEWS} not found")
        return 0
    counts, words, articles = news_rates(args.limit, args.nlp)
    print(f"\nPublished copy: {articles} articles, {words:,} words ({NEWS.name})")
    print(f"{'code':<6} {'findings':>8} {'per 1,000 words':>16} {'per 100 articles':>17}")
    for code in sorted(counts):
        print(f"{code:<6} {counts[code]:>8} {1000 * counts[code] / words:>16.3f} {100 * counts[code] / articles:>17.1f}")
    total = sum(counts.values())
    print(f"{'all':<6} {total:>8} {1000 * total / words:>16.3f} {100 * total / articles:>17.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
