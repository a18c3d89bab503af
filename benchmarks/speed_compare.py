"""CPU time per article of this tree against an earlier revision, in alternating processes of one command.

    python benchmarks/speed_compare.py REV [--pairs 4] [--limit 300]

Speed figures from separate commands drift with the machine's load; alternating the two trees in one
command and comparing the medians (and each pair's ratio) cancels most of that drift. The revision is
unpacked with ``git archive`` into a temporary folder and imported ahead of the installed package, so
its rules and vocabularies run exactly as committed.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(limit: int) -> None:
    """Print CPU milliseconds per article (best of two passes after a warm-up) and where the code came from."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _data import news_articles

    import newslint
    import newslint_rules
    from newslint.api import lint_text
    from newslint.config import Config

    texts = list(news_articles(limit))
    config = Config()
    lint_text(texts[0], filename="warmup.txt", config=config)  # vocabularies and spelling load here
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        for number, text in enumerate(texts):
            lint_text(text, filename=f"a{number}.txt", config=config)
        best = min(best, (time.process_time() - start) / len(texts) * 1000)
    print(f"{best:.3f} {Path(newslint.__file__).parent.parent} {list(newslint_rules.__path__)[0]}")


def _unpack(revision: str, folder: Path) -> dict[str, str]:
    """The revision's tree in ``folder``, and the environment that imports it first."""
    tree, shim = folder / "tree", folder / "shim"
    tree.mkdir()
    shim.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    (shim / "newslint_rules").symlink_to(tree / "rules")  # the import name the package installs rules under
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join([str(shim), str(tree), environment.get("PYTHONPATH", "")])
    return environment


def _run(environment: dict[str, str], limit: int, expected: Path) -> float:
    result = subprocess.run([sys.executable, __file__, "--child", "--limit", str(limit)], env=environment,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"speed_compare: timing run failed:\n{result.stderr[-2000:]}")
    milliseconds, engine, rules = result.stdout.split()
    if not (Path(engine).resolve() == expected.resolve() and Path(rules).resolve().is_relative_to(expected.resolve())):
        raise SystemExit(f"speed_compare: expected the code under {expected}, the run imported {engine} and {rules}")
    return float(milliseconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", nargs="?", help="the earlier revision (a commit, tag or branch)")
    parser.add_argument("--pairs", type=int, default=4, help="alternating pairs of runs (default 4)")
    parser.add_argument("--limit", type=int, default=300, help="the first N news-dev articles (default 300)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.limit)
        return 0
    if not args.revision:
        parser.error("name the revision to compare with")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _data import NEWS, require

    require(NEWS)
    with tempfile.TemporaryDirectory() as folder:
        old_environment = _unpack(args.revision, Path(folder))
        rows = []
        for _ in range(args.pairs):
            old = _run(old_environment, args.limit, Path(folder) / "tree")
            new = _run(dict(os.environ), args.limit, ROOT)
            rows.append((old, new))
    print(f"CPU ms per article, first {args.limit} news-dev articles, all rules, best of 2 passes per run")
    print(f"{'pair':>4} {args.revision[:12]:>12} {'this tree':>10} {'ratio':>6}")
    for number, (old, new) in enumerate(rows, 1):
        print(f"{number:>4} {old:>12.2f} {new:>10.2f} {new / old:>6.2f}")
    old_median, new_median = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
    print(f"median {old_median:>10.2f} {new_median:>10.2f} {new_median / old_median:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
