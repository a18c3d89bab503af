"""Builtin vs stanza backend side by side, in one script: sentence F1 on held-out UD sentences, rule
precision/recall per family on the corpus sidecars, findings per 1,000 words on published copy,
articles per second and peak memory.

    python benchmarks/backends.py [--limit 300] [--backends builtin,stanza] [--model-dir DIR] [--json FILE]

Each backend runs in its own subprocess (``--worker NAME``), one after the other, so that peak RSS
(``ru_maxrss``) and speed belong to that backend alone. Every worker:

1. loads the backend and the plugins (``load s``),
2. scores sentence boundaries and tokens on the held-out UD sentences (``benchmarks/sentences.py``;
   for stanza also with stanza's own UD-style tokens, ``tokens="stanza"``),
3. lints the corpus articles with the configuration the CLI finds for ``corpus/`` and compares the
   findings with the sidecars (``corpus/*.expected``, expected + ``# missed:`` lines = gold),
4. lints the first ``--limit`` articles of ``../shared/data/news/news-dev.jsonl`` (published copy,
   where nearly every finding is a false alarm or real boilerplate).

The NLP analysis (``document.sentences``) is computed before the rules run and timed on its own,
so a slow backend is not charged to the first plugin's time budget (``rule-timeout``).
Skips the parts whose data (../shared) is absent; skips stanza when it is not installed with models.
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

FAMILIES = ("NL1", "NL2", "NL3", "NL4", "NL5")


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def worker(name: str, limit: int, model_dir: str | None) -> dict:
    from _data import NEWS, word_count

    from newslint.cli import linter_from_argv
    from newslint.engine import FileResult
    from newslint.readers import read_path, read_text
    from newslint.reporters import get_reporter

    out: dict = {"backend": name}
    t0 = time.perf_counter()
    if name == "builtin":
        from newslint.nlp.builtin import BuiltinBackend

        backend = BuiltinBackend()
    else:
        from newslint.nlp import stanza_backend

        if not stanza_backend.available(model_dir):
            return {"backend": name, "unavailable": "stanza not installed with German models"}
        backend = stanza_backend.StanzaBackend(model_dir)
        out["processors"] = ",".join(backend.processors)
    args, _, linter = linter_from_argv(["--nlp", "builtin", "corpus"])  # the backend is passed explicitly
    out["load_s"] = time.perf_counter() - t0

    # 1. sentences on held-out UD
    import sentences as sb  # benchmarks/sentences.py

    ud = sb.DEFAULT_UD
    if ud.is_dir() and sorted(ud.glob("*.conllu")):
        docs = sb.build_documents(sb.heldout_sentences([str(ud)], 10), 8)
        out["ud"] = sb.evaluate(backend, docs)
        if name == "stanza":
            from newslint.nlp.stanza_backend import StanzaBackend

            out["ud_stanza_tokens"] = sb.evaluate(StanzaBackend(model_dir, tokens="stanza"), docs)

    # 2. corpus against the sidecars
    from newslint.discovery import iter_files

    results = []
    for file in iter_files(REPO / "corpus", linter.config):
        document = read_path(file, backend)
        document.sentences  # noqa: B018 - analysis outside the rules' time budget
        results.append(FileResult(str(file.relative_to(REPO)), document, linter.check(document)))
    buffer = io.StringIO()
    get_reporter("default")(results, linter.config, buffer)
    out["corpus_lines"] = buffer.getvalue().splitlines()

    # 3. published copy
    if NEWS.exists():
        from _data import news_articles

        counts: Counter[str] = Counter()
        words = articles = 0
        analysis = 0.0
        start = time.perf_counter()
        for text in news_articles(limit):
            document = read_text(text, "news.txt", backend)
            a = time.perf_counter()
            document.sentences  # noqa: B018
            analysis += time.perf_counter() - a
            words += word_count(text)
            articles += 1
            counts.update(f.code for f in linter.check(document))
        out["news"] = {"articles": articles, "words": words, "counts": dict(counts),
                       "seconds": time.perf_counter() - start, "analysis_s": analysis}
    out["peak_rss_mib"] = _rss_mib()
    return out


def corpus_scores(lines: list[str]) -> dict[str, tuple[int, int, int]]:
    from quality import score_lines

    return score_lines(lines)


def _pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"{p:.3f} / {r:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=300, help="first N news-dev articles (default 300)")
    parser.add_argument("--backends", default="builtin,stanza")
    parser.add_argument("--model-dir", help="stanza model directory (default: the backend's)")
    parser.add_argument("--json", help="write all results to this file")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        json.dump(worker(args.worker, args.limit, args.model_dir), sys.stdout)
        return 0

    rows: dict[str, dict] = {}
    for name in [b.strip() for b in args.backends.split(",") if b.strip()]:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--limit", str(args.limit)]
        if args.model_dir:
            cmd += ["--model-dir", args.model_dir]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
        if proc.returncode != 0:
            print(f"{name}: worker failed:\n{proc.stderr[-3000:]}", file=sys.stderr)
            return 1
        rows[name] = json.loads(proc.stdout)
        if "unavailable" in rows[name]:
            print(f"{name}: skipped ({rows[name]['unavailable']})")
            del rows[name]
    if not rows:
        return 0
    names = list(rows)
    col = 22
    print("| measure | " + " | ".join(names) + " |")
    print("| --- | " + " | ".join("---" for _ in names) + " |")

    def line(label: str, values: list[str]) -> None:
        print(f"| {label} | " + " | ".join(v.ljust(col)[:col].rstrip() if len(v) <= col else v for v in values) + " |")

    line("processors", [rows[n].get("processors", "rules") for n in names])
    if all("ud" in rows[n] for n in names):
        line("UD held-out sentences: P / R / F1",
             [f"{rows[n]['ud']['precision']:.2f} / {rows[n]['ud']['recall']:.2f} / {rows[n]['ud']['f1']:.2f}"
              for n in names])
        line("UD held-out token F1", [f"{rows[n]['ud']['token_f1']:.2f}" for n in names])
        if "stanza" in rows and "ud_stanza_tokens" in rows["stanza"]:
            line("UD token F1, stanza's own UD tokens",
                 ["-" if n != "stanza" else f"{rows[n]['ud_stanza_tokens']['token_f1']:.2f}" for n in names])
    scores = {n: corpus_scores(rows[n]["corpus_lines"]) for n in names}
    for fam in FAMILIES:
        line(f"corpus {fam} P / R (TP FP FN)",
             [f"{_pr(*scores[n][fam])} ({' '.join(map(str, scores[n][fam]))})" for n in names])
    if all("news" in rows[n] for n in names):
        news = {n: rows[n]["news"] for n in names}
        first = news[names[0]]
        print(f"\nnews-dev: first {first['articles']} articles of news-dev.jsonl, {first['words']:,} words; "
              "findings per 1,000 words")
        codes = sorted(set().union(*(news[n]["counts"] for n in names)))
        for code in codes + ["all"]:
            vals = []
            for n in names:
                c = sum(news[n]["counts"].values()) if code == "all" else news[n]["counts"].get(code, 0)
                vals.append(f"{1000 * c / news[n]['words']:.2f} ({c})")
            line(f"news {code} per 1,000 words (n)", vals)
        line("news articles/s (analysis + rules)", [f"{news[n]['articles'] / news[n]['seconds']:.2f}" for n in names])
        line("news analysis s / rules s",
             [f"{news[n]['analysis_s']:.1f} / {news[n]['seconds'] - news[n]['analysis_s']:.1f}" for n in names])
    line("load s (backend + plugins)", [f"{rows[n]['load_s']:.1f}" for n in names])
    line("peak RSS MiB", [f"{rows[n]['peak_rss_mib']:.0f}" for n in names])
    if len(names) == 2:
        a, b = names
        diff_a = sorted(set(rows[a]["corpus_lines"]) - set(rows[b]["corpus_lines"]))
        diff_b = sorted(set(rows[b]["corpus_lines"]) - set(rows[a]["corpus_lines"]))
        print(f"\ncorpus findings only with {a}: {len(diff_a)}")
        for x in diff_a:
            print(f"  {x}")
        print(f"corpus findings only with {b}: {len(diff_b)}")
        for x in diff_b:
            print(f"  {x}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
