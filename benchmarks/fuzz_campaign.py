"""A long fuzzing campaign over the linter: ``python benchmarks/fuzz_campaign.py --minutes 10``.

It reuses the strategies and invariant checks of ``tests/test_fuzz.py`` (arbitrary Unicode with
combining marks, right-to-left text, emoji, zero-width characters, NUL and lone surrogates; only
whitespace; very long lines; Markdown front matter; mutated corpus articles) and runs them with
Hypothesis in rounds until the time is up. Each example also runs under a watchdog
(``--hang-seconds``, SIGALRM): an input that takes longer counts as a hang. Every distinct failure
(exception type and the innermost frame of the repository) is kept once with its smallest input.
When ``newslint.fixing`` exists, the idempotence of ``--fix`` is fuzzed too.

Prints a summary and writes it as JSON (``--report``, default ``benchmarks/results/fuzz_campaign.json``).
Exit 0 when nothing was found, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import test_fuzz as fz  # noqa: E402


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang("example took longer than the watchdog limit")


def _signature(error: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if str(REPO) in f.filename
              and "/tests/" not in f.filename and "/benchmarks/" not in f.filename]
    where = f"{Path(frames[-1].filename).relative_to(REPO)}:{frames[-1].lineno}" if frames else "?"
    first_line = str(error).splitlines()[0][:160] if str(error) else ""
    return f"{type(error).__name__} at {where}: {first_line}"


def _make_round(guarded, kind, check, strategy, examples):
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), report_multiple_bugs=False)
    @given(strategy)
    def run(case):
        guarded(kind, check, *case)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--round-examples", type=int, default=300, help="examples per Hypothesis round")
    parser.add_argument("--hang-seconds", type=int, default=20)
    parser.add_argument("--report", type=Path, default=REPO / "benchmarks" / "results" / "fuzz_campaign.json")
    args = parser.parse_args(argv)

    counts: dict[str, int] = {}
    found: dict[str, dict] = {}
    signal.signal(signal.SIGALRM, _alarm)

    def guarded(kind: str, check, *call):
        counts[kind] = counts.get(kind, 0) + 1
        signal.alarm(args.hang_seconds)
        try:
            check(*call)
        finally:
            signal.alarm(0)

    fixing = None
    try:
        import newslint.fixing as fixing  # noqa: F401
        if not hasattr(fixing, "fixed_text"):
            fixing = None
    except ImportError:
        pass

    def fix_check(text: str, name: str) -> None:
        once = fz.fixed_source(fixing, text, name)
        if once is None:
            return
        twice = fz.fixed_source(fixing, once, name)
        assert twice == once, "--fix not idempotent: a second round changed the text"

    targets = {
        "unicode": (st.tuples(fz.arbitrary_text, st.sampled_from(fz.SUFFIXES)), fz.check_invariants),
        "surrogates": (st.tuples(fz.surrogate_text, st.sampled_from(fz.SUFFIXES)), fz.check_invariants),
        "whitespace": (st.tuples(fz.whitespace_only, st.sampled_from(fz.SUFFIXES)), fz.check_invariants),
        "long-line": (st.tuples(fz.long_line, st.sampled_from(fz.SUFFIXES)), fz.check_invariants),
        "front-matter": (st.tuples(fz.front_matter, st.just("a.md")), fz.check_invariants),
        "corpus-mutation": (fz.mutated_corpus(), fz.check_invariants),
    }
    if fixing is not None:
        targets["fix-idempotent"] = (st.one_of(fz.mutated_corpus(), st.tuples(fz.arbitrary_text,
                                                                                 st.sampled_from(fz.SUFFIXES))), fix_check)

    deadline = time.monotonic() + args.minutes * 60
    started = time.monotonic()
    rounds = 0
    while time.monotonic() < deadline:
        for kind, (strategy, check) in targets.items():
            if time.monotonic() >= deadline:
                break
            examples = 40 if kind == "long-line" else args.round_examples

            run = _make_round(guarded, kind, check, strategy, examples)

            try:
                run()
            except BaseException as error:  # noqa: BLE001 - the campaign records everything
                if isinstance(error, KeyboardInterrupt):
                    raise
                key = f"{kind}: {_signature(error)}"
                entry = found.setdefault(key, {"kind": kind, "count": 0, "example": None,
                                               "traceback": "".join(traceback.format_exception(error))[-3000:]})
                entry["count"] += 1
                notes = getattr(error, "__notes__", [])
                entry["example"] = entry["example"] or "\n".join(notes)[:2000]
                print(f"[{time.monotonic() - started:7.1f}s] FOUND {key}", flush=True)
        rounds += 1
        total = sum(counts.values())
        print(f"[{time.monotonic() - started:7.1f}s] round {rounds}: {total} executions, "
              f"{len(found)} distinct failures", flush=True)

    elapsed = time.monotonic() - started
    summary = {
        "minutes": round(elapsed / 60, 2),
        "executions": sum(counts.values()),
        "executions_by_target": counts,
        "executions_per_second": round(sum(counts.values()) / elapsed, 1),
        "fix_idempotence_fuzzed": fixing is not None,
        "distinct_failures": len(found),
        "failures": found,
    }
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "failures"}, indent=2))
    for key, entry in found.items():
        print(f"\n== {key} (x{entry['count']})\n{entry['example']}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
