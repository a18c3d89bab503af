"""Speed and memory on published copy, against Hunspell as the baseline in the same run.

    python benchmarks/speed.py [--limit N] [--nlp builtin|stanza] [--cold-runs 11]

Prints articles per second and peak memory for all rules over news-dev.jsonl, the time each rule
family adds, the cold start of ``newslint one.txt`` (median), and ``hunspell -d de_DE -l`` on the
same text (Debian packages ``hunspell hunspell-de-de``) with the ratio.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import news_articles, word_count  # noqa: E402

from newslint.config import Config  # noqa: E402
from newslint.engine import Linter  # noqa: E402
from newslint.nlp import get_backend  # noqa: E402
from newslint.readers import read_text  # noqa: E402

FAMILIES = ("NL1", "NL2", "NL3", "NL4", "NL5")


def lint_all(texts: list[str], config: Config) -> float:
    """Seconds to read and lint every text (plugins configured before timing starts)."""
    linter = Linter(config)
    backend = get_backend(config.nlp)
    linter.check(read_text(texts[0], "warmup.txt", backend))  # lazy lexicons load here, not in the loop
    start = time.perf_counter()
    for text in texts:
        document = read_text(text, "news.txt", backend)
        document.sentences  # the analysis every rule needs, so the baseline pays for it too
        linter.check(document)
    return time.perf_counter() - start


def cold_start(text: str, runs: int, *options: str) -> float:
    """Median seconds of a fresh ``newslint one.txt`` process.

    One untimed run first, with bytecode writing allowed, so that the timed runs see what a user
    sees after installing: compiled ``.pyc`` files and the spelling cache in place.
    """
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "one.txt"
        path.write_text(text, encoding="utf-8")
        newslint = shutil.which("newslint", path=str(Path(sys.executable).parent)) or "newslint"
        command = [newslint, "--exit-zero", *options, str(path)]
        subprocess.run(command, capture_output=True, check=False, env=environment)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, env=environment)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start


def hunspell_seconds(texts: list[str]) -> float | None:
    if shutil.which("hunspell") is None:
        return None
    data = "\n".join(texts).encode("utf-8")
    start = time.perf_counter()
    result = subprocess.run(["hunspell", "-d", "de_DE", "-l"], input=data, capture_output=True)
    elapsed = time.perf_counter() - start
    return elapsed if result.returncode == 0 else None


def report_cold_start(text: str, runs: int) -> None:
    python_only = statistics.median(_seconds([sys.executable, "-c", "pass"]) for _ in range(runs))
    print(f"cold start, median of {runs} runs: python -c pass {python_only:.3f} s; "
          f"'newslint --select NL0 one.txt' (engine, no rule) {cold_start(text, runs, '--select', 'NL0'):.3f} s; "
          f"'newslint one.txt' (all rules) {cold_start(text, runs):.3f} s")
    for family in FAMILIES:
        print(f"  only {family}: {cold_start(text, runs, '--select', family):.3f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--nlp", default="builtin", choices=("builtin", "stanza"))
    parser.add_argument("--cold-runs", type=int, default=11)
    parser.add_argument("--cold-start-only", action="store_true", help="measure only the cold start")
    args = parser.parse_args()
    texts = list(news_articles(args.limit))
    words = sum(map(word_count, texts))
    if args.cold_start_only:
        report_cold_start(texts[0], args.cold_runs)
        return 0
    print(f"{len(texts)} articles, {words:,} words, backend {args.nlp}")

    baseline = lint_all(texts, Config(nlp=args.nlp, select=("NL0",)))  # reading, sentences and tokens, no rule
    full = lint_all(texts, Config(nlp=args.nlp))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"all rules: {full:.2f} s, {len(texts) / full:.1f} articles/s, {words / full:,.0f} words/s; "
          f"peak RSS {peak_mib:.0f} MiB")
    print(f"reading, sentences and tokens only (no rules selected): {baseline:.2f} s")
    print(f"{'family':<7} {'seconds':>8} {'share of all rules':>19}")
    for family in FAMILIES:
        without = lint_all(texts, Config(nlp=args.nlp, ignore=(family,)))
        print(f"{family:<7} {max(full - without, 0):>8.2f} {max(full - without, 0) / full:>18.0%}")

    report_cold_start(texts[0], args.cold_runs)

    hunspell = hunspell_seconds(texts)
    if hunspell is None:
        print("hunspell baseline: skipped (apt-get install hunspell hunspell-de-de)")
    else:
        print(f"hunspell -d de_DE -l, same text: {hunspell:.2f} s, {words / hunspell:,.0f} words/s; "
              f"newslint (all rules) / hunspell = {full / hunspell:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
