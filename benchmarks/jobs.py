"""``--jobs N`` versus ``--jobs 1`` on real articles: wall time and speed-up.

Writes the articles of ../shared/data/news/news-dev.jsonl (header as first line, then the
article) to a temporary directory outside the repository (deleted afterwards), then runs the real
console script on that directory with ``--jobs 1`` and with ``--jobs N`` and compares wall times.
It also checks that both runs print the same findings.

    python benchmarks/jobs.py                  # all articles, --jobs 2
    python benchmarks/jobs.py --jobs 4 --limit 500
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "news" / "news-dev.jsonl"


def newslint() -> list[str]:
    found = shutil.which("newslint", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "newslint"]


def run(directory: Path, jobs: int) -> tuple[float, str, int]:
    started = time.perf_counter()
    result = subprocess.run([*newslint(), "--jobs", str(jobs), "--format", "json", "--exit-zero", "--nlp", "builtin",
                             str(directory)], capture_output=True, text=True, cwd=directory, timeout=3600)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"newslint --jobs {jobs} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed, hashlib.sha256(result.stdout.encode()).hexdigest()[:12], len(json.loads(result.stdout))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    args = parser.parse_args(argv)
    if not DATA.is_file():
        print(f"skipped: {DATA} not found")
        return 0
    directory = Path(tempfile.mkdtemp(prefix="newslint-jobs-"))
    try:
        count = 0
        with DATA.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                text = f"{row.get('header') or ''}\n\n{row.get('article') or ''}\n"
                (directory / f"{count:05d}.txt").write_text(text, encoding="utf-8")
                count += 1
                if args.limit and count >= args.limit:
                    break
        print(f"{count} articles in {directory}; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
        serial, serial_digest, findings = run(directory, 1)
        print(f"--jobs 1: {serial:.1f} s ({count / serial:.1f} articles/s), {findings} findings")
        parallel, parallel_digest, _ = run(directory, args.jobs)
        print(f"--jobs {args.jobs}: {parallel:.1f} s ({count / parallel:.1f} articles/s)")
        print(f"speed-up: {serial / parallel:.2f}x; identical output: {serial_digest == parallel_digest}")
        return 0 if serial_digest == parallel_digest else 1
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
