"""Evaluate the NL3 boilerplate rules.

1. Annotated corpus (corpus/*.txt|*.md, gold in ../scratch/gold/<file>.tsv or --gold): line-level
   precision and recall of NL3 findings, and a check that the trap sentences are present and unflagged.
2. Real published copy (../shared/data/news/news-dev.jsonl): NL3 findings per 100 articles, a seeded
   sample of findings for manual precision review, and recall against promo lines found by an
   independent search (regular expressions written here, separately from rules/boilerplate.toml).

3. ``--speed N``: NL3 time per article on the first N news articles with the keyword prefilter and
   without it (every pattern searched everywhere), in one process, alternating rounds, after
   checking that both give the same findings on those articles.

Skips a part cleanly when its data is absent. Usage:
    python benchmarks/boilerplate_eval.py [--sample 30] [--seed 3] [--limit N] [--show-missed 20]
        [--learned .newslint-boilerplate.txt] [--skip-corpus] [--not-bracketed] [--speed 500 [--rounds 5]]
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT.parent / "scratch" / "gold"
NEWS = ROOT.parent / "shared" / "data" / "news" / "news-dev.jsonl"

# Trap texts that must be in the corpus and must not be flagged by NL3.
TRAPS = (
    "per WhatsApp-Kanal",
    "Der Newsletter des Ministeriums",
    "Sie folgen damit dem Beispiel Frankreichs",
    "Berlin (dpa) –",
    "Wiesbaden (dpa/lhe) –",
    "Von Anna Beispiel",
    "Warn-App Nina",
)

# Independent search for promo/navigation lines in real copy (NOT the rule patterns).
PROMO_KEYWORDS = re.compile(
    r"App\b|Newsletter|Newsblog|Liveblog|Tagesspiegel Plus|T\+|TPlus|SZ Plus|anmelden|Anmeldung|"
    r"kostenlos|Checkpoint|herunterladen|Handy|Abo\b|abonnieren|Mehr zum Thema|Lesen Sie|tagesspiegel\.de"
)
PROMO_LINE = [
    ("bracketed promo/read-more", lambda line: line.startswith("[") and PROMO_KEYWORDS.search(line) is not None),
    ("read-more label", lambda line: re.match(r"(Lesen Sie auch|Mehr zum Thema|Außerdem lesenswert)\b", line)
     is not None and len(line) < 200),
    ("comment invitation", lambda line: re.search(r"Diskutieren Sie mit\b", line) is not None),
    ("podcast subscribe", lambda line: re.search(r"abonnieren Sie (unser|den)", line) is not None),
    ("paywall", lambda line: re.search(r"Lesen Sie den (ganzen )?Text mit SZ Plus|Tagesspiegel Plus", line)
     is not None),
    ("signup", lambda line: re.search(r"(Zur|zur) (kostenlosen )?Anmeldung", line) is not None),
]


def corpus_eval(gold_dir: Path) -> bool:
    from newslint.api import lint_text
    from newslint.readers import decode, read_text

    files = sorted(p for p in CORPUS.glob("*") if p.suffix in (".txt", ".md"))
    if not files or not gold_dir.is_dir():
        print(f"corpus: skipped ({CORPUS} or {gold_dir} missing)")
        return True
    tp = fp = fn = 0
    per_code: Counter = Counter()
    problems = []
    trap_found = Counter()
    for path in files:
        gold_file = gold_dir / f"{path.name}.tsv"
        if not gold_file.is_file():
            continue
        with gold_file.open(encoding="utf-8") as handle:
            gold = {(int(row["line"]), row["code"]) for row in csv.DictReader(handle, delimiter="\t")
                    if row["code"].startswith("NL3")}
        source = decode(path.read_bytes(), path.name)
        document = read_text(source, path.name)
        got = set()
        for finding in lint_text(source, filename=path.name):
            if not finding.code.startswith("NL3"):
                continue
            first = document.line_of(finding.start)
            last = document.position(finding.end, is_end=True)[0]
            got.update((line, finding.code) for line in range(first, last + 1))
            for trap in TRAPS:
                at = document.text.find(trap)
                if at >= 0 and finding.start < at + len(trap) and at < finding.end:
                    problems.append(f"  TRAP FLAGGED {path.name}: {trap!r} by {finding.code}")
        for trap in TRAPS:
            if trap in document.text:
                trap_found[trap] += 1
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)
        per_code.update(code for _, code in gold & got)
        problems += [f"  FP {path.name}:{line} {code}" for line, code in sorted(got - gold)]
        problems += [f"  FN {path.name}:{line} {code}" for line, code in sorted(gold - got)]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"corpus: {len(files)} files, gold NL3 lines {tp + fn}, true positives {tp}, false positives {fp}, "
          f"false negatives {fn}")
    print(f"corpus: precision {precision:.3f}  recall {recall:.3f}  per code {dict(sorted(per_code.items()))}")
    missing = [trap for trap in TRAPS if not trap_found[trap]]
    print(f"corpus: traps present {len(TRAPS) - len(missing)}/{len(TRAPS)}" + (f" (missing {missing})" if missing else ""))
    for line in problems:
        print(line)
    return precision >= 0.95 and recall >= 0.95


def news_eval(limit: int | None, sample: int, seed: int, show_missed: int, learned: Path | None = None,
              not_bracketed: bool = False) -> None:
    if not NEWS.is_file():
        print(f"news: skipped ({NEWS} missing)")
        return
    from newslint.api import get_linter
    from newslint.config import config_from_mapping
    from newslint.readers import read_text

    config = None
    if learned is not None:
        config = config_from_mapping({"rules": {"NL301": {"learned_file": str(learned.resolve())}}})
        print(f"news: with learned boilerplate file {learned}")
    linter = get_linter(config)
    rows = []
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    started = time.perf_counter()
    findings = []  # (row index, finding, document)
    promo_total = promo_caught = 0
    by_kind: Counter = Counter()
    caught_kind: Counter = Counter()
    missed = []
    codes: Counter = Counter()
    for index, row in enumerate(rows):
        document = read_text(f"{row.get('header', '')}\n\n{row['article']}", "x.txt")
        result = [f for f in linter.check(document) if f.code.startswith("NL3")]
        codes.update(f.code for f in result)
        findings.extend((index, f, document) for f in result)
        # independent count: lines of the article that are promo by the regexes above
        text = document.text
        position = 0
        for raw in text.split("\n"):
            line = raw.strip()
            start = position + (len(raw) - len(raw.lstrip()))
            position += len(raw) + 1
            for kind, test in PROMO_LINE:
                if line and test(line):
                    promo_total += 1
                    by_kind[kind] += 1
                    end = start + len(line)
                    if any(f.start < end and start < f.end for f in result):
                        promo_caught += 1
                        caught_kind[kind] += 1
                    else:
                        missed.append(line)
                    break
    elapsed = time.perf_counter() - started
    n = len(rows)
    print(f"news: {n} articles in {elapsed:.1f}s, NL3 findings {len(findings)} "
          f"({100 * len(findings) / n:.1f} per 100 articles) {dict(sorted(codes.items()))}")
    articles_with = len({index for index, _, _ in findings})
    print(f"news: articles with at least one NL3 finding: {articles_with} ({100 * articles_with / n:.1f}%)")
    recall = promo_caught / promo_total if promo_total else 1.0
    print(f"news: independent promo lines {promo_total}, caught by NL3 {promo_caught} (recall {recall:.3f})")
    for kind in by_kind:
        print(f"      {kind:28s} {caught_kind[kind]:4d}/{by_kind[kind]:4d}")
    for line in missed[:show_missed]:
        print(f"  MISSED {line[:160]}")
    if not_bracketed:  # review the harder cases: findings that are not a [bracketed note]
        findings = [item for item in findings
                    if not item[2].text[item[1].start:item[1].end].lstrip().startswith("[")]
        print(f"news: {len(findings)} findings that are not a [bracketed note]")
    if sample and findings:
        rng = random.Random(seed)
        print(f"news: {min(sample, len(findings))} findings sampled (seed {seed}) for manual review:")
        for number, (index, finding, document) in enumerate(rng.sample(findings, min(sample, len(findings))), 1):
            span = document.text[finding.start:finding.end].replace("\n", " / ")
            print(f"  {number:2d}. {rows[index].get('source', '')} {finding.code} {span[:170]!r}")


def speed_eval(limit: int, rounds: int) -> bool:
    """NL3 with and without the keyword prefilter: same findings, and the time of each."""
    if not NEWS.is_file():
        print(f"speed: skipped ({NEWS} missing)")
        return True
    from newslint.config import Config
    from newslint.engine import Linter
    from newslint.readers import read_text
    from newslint_rules import boilerplate

    config = Linter(Config(select=("NL3",))).config
    state = boilerplate._state(config)
    plans = {"all patterns everywhere": (state.patterns, frozenset()),
             "keyword prefilter": boilerplate.with_prefilter(state.patterns)}
    documents = []
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            documents.append(read_text(f"{row.get('header') or ''}\n\n{row['article']}", "x.txt"))
            documents[-1].sentences  # the shared analysis, outside the timing
            if len(documents) >= limit:
                break

    def run(plan) -> list:
        state.prefilter = plan
        return [[(f.code, f.start, f.end, f.message) for f in boilerplate.newslint_check(d, config)] for d in documents]

    results = {name: run(plan) for name, plan in plans.items()}
    same = len({repr(result) for result in results.values()}) == 1
    best = {name: float("inf") for name in plans}
    for _ in range(rounds):
        for name, plan in plans.items():
            started = time.perf_counter()
            run(plan)
            best[name] = min(best[name], time.perf_counter() - started)
    n = len(documents)
    print(f"speed: {n} articles, {sum(map(len, results['keyword prefilter']))} NL3 findings, "
          f"identical with and without prefilter: {same}")
    for name, seconds in best.items():
        print(f"speed: {name:24s} {1000 * seconds / n:6.2f} ms per article (best of {rounds})")
    print(f"speed: prefilter speed-up {best['all patterns everywhere'] / best['keyword prefilter']:.1f}x")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--show-missed", type=int, default=20)
    parser.add_argument("--learned", type=Path, help="also use this learned-boilerplate file (learn-boilerplate output)")
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--not-bracketed", action="store_true",
                        help="sample only findings that are not a [bracketed note] (the harder cases)")
    parser.add_argument("--speed", type=int, metavar="N", help="only time NL3 with and without prefilter on N articles")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.speed:
        return 0 if speed_eval(args.speed, args.rounds) else 1
    ok = True if args.skip_corpus else corpus_eval(args.gold)
    news_eval(args.limit, args.sample, args.seed, args.show_missed, args.learned, args.not_bracketed)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
