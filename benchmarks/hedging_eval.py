"""Measure NL4xx (hedging) on the annotated corpus and on real published copy.

Usage (from the repository root)::

    .venv/bin/python benchmarks/hedging_eval.py                 # corpus + real copy summary
    .venv/bin/python benchmarks/hedging_eval.py --corpus-only   # corpus P/R, misses, false alarms, traps
    .venv/bin/python benchmarks/hedging_eval.py --sample 30 --code NL401 --seed 4   # findings with context
    .venv/bin/python benchmarks/hedging_eval.py --compare-with 8fa729a   # NL4 counts, that revision vs now
    .venv/bin/python benchmarks/hedging_eval.py --news-only --with-url   # the article URL as CMS metadata

Corpus: ``corpus/*`` with gold in ``../scratch/gold/<file>.tsv`` (line, code, span, note) and
``../scratch/gold/TRAPS.md``. A finding matches a gold row with the same code on the same source
line whose span overlaps an occurrence of the gold span on that line.

Real copy: ``../shared/data/news/news-dev.jsonl`` (fields header, article), each read as
``read_text(header + "\\n\\n" + article, "x.txt")``. Its text is never written anywhere; --sample
prints findings with context to the terminal for review by hand. Skips cleanly when absent.
``--with-url`` also puts the article's ``url`` into ``document.metadata`` (what a CMS could pass; NL401 reads a
genre from it, hedging.toml [author_voice.genre]); by default the documents carry no metadata.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT.parent / "scratch" / "gold"
NEWS = ROOT.parent / "shared" / "data" / "news" / "news-dev.jsonl"
CODES = ("NL401", "NL402", "NL403", "NL404")
WITH_URL = False  # --with-url: the article's URL as document metadata


def _linter():
    from newslint.config import Config
    from newslint.engine import Linter

    return Linter(Config(select=("NL4",)))


def _findings(linter, document):
    return [f for f in linter.check(document) if f.code in CODES]


# --- corpus ---------------------------------------------------------------------------------------
def _gold_rows(path: Path) -> list[tuple[int, str, str, str]]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = raw.split("\t")
        if len(parts) >= 3 and parts[0].strip().isdigit():
            rows.append((int(parts[0]), parts[1].strip(), parts[2], parts[3] if len(parts) > 3 else ""))
    return rows


def _traps() -> dict[str, list[str]]:
    path = GOLD / "TRAPS.md"
    traps: dict[str, list[str]] = defaultdict(list)
    if not path.exists():
        return traps
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
        elif line.startswith("- ") and current:
            item = re.sub(r"\s*\([^)]*\)\s*$", "", line[2:]).strip()
            for piece in item.split(" / "):
                piece = piece.strip(" '\"")
                if len(piece) >= 3:
                    traps[current].append(piece)
    return traps


def _source_lines(document, finding) -> tuple[int, int, int]:
    line, col = document.position(finding.start)
    end_line, end_col = document.position(finding.end, is_end=True)
    return line, col, end_col if end_line == line else 10**9


def evaluate_corpus(verbose: bool = True) -> dict[str, float] | None:
    from newslint.readers import read_path

    if not CORPUS.is_dir() or not GOLD.is_dir():
        print(f"corpus or gold missing ({CORPUS}, {GOLD}): skipped")
        return None
    linter = _linter()
    traps = _traps()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    problems: list[str] = []
    trap_total = trap_flagged = 0
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        gold_path = GOLD / (path.name + ".tsv")
        if not gold_path.exists():
            problems.append(f"  no gold for {path.name}")
            continue
        source_lines = path.read_text(encoding="utf-8-sig").splitlines()
        gold = [row for row in _gold_rows(gold_path) if row[1] in CODES]
        document = read_path(path)
        findings = _findings(linter, document)
        used = set()
        false_alarms = []
        for finding in findings:
            line, col, end_col = _source_lines(document, finding)
            matched = None
            for index, (g_line, g_code, g_span, _) in enumerate(gold):
                if index in used or g_code != finding.code or g_line != line:
                    continue
                text = source_lines[g_line - 1] if g_line <= len(source_lines) else ""
                for occurrence in re.finditer(re.escape(g_span), text):
                    if occurrence.start() + 1 < end_col and col < occurrence.end() + 1:
                        matched = index
                        break
                if matched is not None:
                    break
            if matched is None:
                false_alarms.append(finding)
                fp[finding.code] += 1
                problems.append(f"  FP {path.name}:{line}:{col} {finding.code} «{finding.text_in(document.text)}»")
            else:
                used.add(matched)
                tp[finding.code] += 1
        for index, (g_line, g_code, g_span, note) in enumerate(gold):
            if index not in used:
                fn[g_code] += 1
                problems.append(f"  FN {path.name}:{g_line} {g_code} «{g_span}» ({note})")
        # traps: present in the text and not overlapped by an NL4 false alarm (a gold hearsay span
        # "soll Pjöngjang … KN-23 geliefert haben" may well contain another rule's trap)
        for trap in traps.get(path.name, []):
            where = document.text.find(trap)
            if where < 0:
                continue
            trap_total += 1
            hit = [f for f in false_alarms if f.start < where + len(trap) and where < f.end]
            if hit:
                trap_flagged += 1
                problems.append(f"  TRAP flagged {path.name}: «{trap}» by {hit[0].code}")
    result: dict[str, float] = {}
    print("Corpus (NL4xx vs gold):")
    for code in (*CODES, "NL4"):
        t = sum(tp.values()) if code == "NL4" else tp[code]
        p_ = sum(fp.values()) if code == "NL4" else fp[code]
        n = sum(fn.values()) if code == "NL4" else fn[code]
        precision = t / (t + p_) if t + p_ else 1.0
        recall = t / (t + n) if t + n else 1.0
        result[code] = precision
        result[code + "_recall"] = recall
        print(f"  {code:6} tp={t:3} fp={p_:3} fn={n:3}  precision={precision:.3f} recall={recall:.3f}")
    print(f"  traps found in the text: {trap_total}, hit by an NL4 false alarm: {trap_flagged}")
    if verbose and problems:
        print("\n".join(problems))
    return result


# --- real copy ------------------------------------------------------------------------------------
def _articles(limit: int | None):
    with NEWS.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle):
            if limit is not None and number >= limit:
                break
            item = json.loads(raw)
            _URLS[item.get("id", str(number))] = item.get("url", "")
            yield item.get("id", str(number)), item.get("header", ""), item.get("article", "")


_URLS: dict[str, str] = {}


def _read(ident: str, header: str, article: str):
    from newslint.readers import read_text

    document = read_text(header + "\n\n" + article, "x.txt")
    if WITH_URL and _URLS.get(ident):
        document.metadata["url"] = _URLS[ident]
    return document


def evaluate_news(sample: int = 0, code: str | None = None, seed: int = 0, limit: int | None = None) -> None:
    from newslint.readers import read_text

    if not NEWS.exists():
        print(f"real copy missing ({NEWS}): skipped")
        return
    linter = _linter()
    counts: Counter[str] = Counter()
    words = articles = 0
    wanted = set(code.split(",")) if code else set(CODES)
    collected: list[tuple[str, str, int, int, str]] = []
    began = time.perf_counter()
    for ident, header, article in _articles(limit):
        document = _read(ident, header, article)
        articles += 1
        words += len(document.words)
        for finding in _findings(linter, document):
            counts[finding.code] += 1
            if finding.code in wanted:
                collected.append((ident, finding.code, finding.start, finding.end, document.text))
    elapsed = time.perf_counter() - began
    print(f"Real copy: {articles} articles, {words} words, {elapsed:.1f} s "
          f"({1000 * elapsed / max(articles, 1):.1f} ms/article)")
    for c in CODES:
        print(f"  {c}: {counts[c]:5}  ({1000 * counts[c] / max(words, 1):.3f} per 1,000 words)")
    if sample:
        rng = random.Random(seed)
        for group in sorted(wanted) if code and "," in code else [code]:
            pool = [item for item in collected if group is None or item[1] == group]
            chosen = rng.sample(pool, min(sample, len(pool)))
            print(f"\nSample of {len(chosen)} findings{' for ' + group if group else ''} (seed {seed}):")
            _print_sample(chosen)


def _print_sample(chosen) -> None:
    for number, (ident, c, start, end, text) in enumerate(chosen, 1):
        left = text[max(0, start - 110):start].replace("\n", " ¶ ")
        right = text[end:end + 90].replace("\n", " ¶ ")
        print(f"{number:3}. {ident} {c}: …{left}[[{text[start:end]}]]{right}…")


def compare_with(revision: str, limit: int | None = None, show: bool = False) -> None:
    """NL4xx counts on real copy for the hedging plugin + ``hedging.toml`` as of ``revision`` (``rules/``
    exported with ``git archive`` into a temporary folder) and for the working tree, in one process on the
    same documents. The plugin is a module ``rules/hedging.py`` up to b57218d and a package since."""
    import importlib.util
    import io
    import subprocess
    import tarfile
    import tempfile

    from newslint.config import Config
    from newslint.engine import Linter
    from newslint.readers import read_text
    from newslint_rules import hedging as current

    if not NEWS.exists():
        print(f"real copy missing ({NEWS}): skipped")
        return
    folder = Path(tempfile.mkdtemp(prefix="hedging-"))
    archive = subprocess.run(["git", "archive", revision, "rules"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / "rules" / "hedging"
    if package.is_dir():
        spec = importlib.util.spec_from_file_location("hedging_at_revision", package / "__init__.py",
                                                      submodule_search_locations=[str(package)])
    else:
        spec = importlib.util.spec_from_file_location("hedging_at_revision", folder / "rules" / "hedging.py")
    older = importlib.util.module_from_spec(spec)
    sys.modules["hedging_at_revision"] = older
    spec.loader.exec_module(older)
    config = Config(select=("NL4",))
    Linter(config)  # configures the current plugin
    counts = {revision: Counter(), "working tree": Counter()}
    dropped, added = [], []
    for ident, header, article in _articles(limit):
        document = _read(ident, header, article)
        spans = {}
        for name, module in ((revision, older), ("working tree", current)):
            spans[name] = set()
            for finding in module.analyze(document, config):
                counts[name][finding.code] += 1
                spans[name].add((finding.code, finding.start, finding.end))
        if show:
            for code, start, end in sorted(spans[revision] - spans["working tree"]):
                dropped.append((ident, code, start, end, document.text))
            for code, start, end in sorted(spans["working tree"] - spans[revision]):
                added.append((ident, code, start, end, document.text))
    for name, found in counts.items():
        print(f"{name:>14}: " + "  ".join(f"{code} {found[code]:5}" for code in CODES))
    if show:
        print(f"\nDropped ({len(dropped)}):")
        _print_sample(dropped)
        print(f"\nNew ({len(added)}):")
        _print_sample(added)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus-only", action="store_true")
    parser.add_argument("--news-only", action="store_true")
    parser.add_argument("--sample", type=int, default=0, help="print N random real-copy findings with context")
    parser.add_argument("--code", help="restrict --sample to one code (NL401) or N per code (NL402,NL403)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, help="only the first N real articles")
    parser.add_argument("--quiet", action="store_true", help="corpus: figures only, no FP/FN list")
    parser.add_argument("--with-url", action="store_true",
                        help="real copy: put each article's URL into document.metadata (as a CMS could)")
    parser.add_argument("--compare-with", metavar="REV",
                        help="real copy: NL4 counts of the hedging plugin as of git revision REV and of the working tree")
    parser.add_argument("--show-diff", action="store_true",
                        help="with --compare-with: list the findings dropped and added (with context)")
    args = parser.parse_args(argv)
    global WITH_URL
    WITH_URL = args.with_url
    if args.compare_with:
        compare_with(args.compare_with, args.limit, args.show_diff)
        return 0
    if not args.news_only:
        evaluate_corpus(verbose=not args.quiet)
    if not args.corpus_only:
        evaluate_news(args.sample, args.code, args.seed, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
