"""Evaluate the NL5 typos rules on real data (never copied into the repository).

    python benchmarks/typos_eval.py                 # everything
    python benchmarks/typos_eval.py --limit 500     # quicker: first 500 news articles
    python benchmarks/typos_eval.py --review 30     # print 30 random NL501 flags for review

Measures, on ../shared/data (relative to the repository root; skipped cleanly when absent):

* false alarms: NL501 (and NL502/NL503) flags per 1,000 words on news/news-dev.jsonl, published
  copy where nearly every flag is a false alarm;
* learned vocabulary: learn from the even-numbered articles (``newslint.learn_vocabulary``),
  measure NL501 on the odd-numbered ones (``--learned-recall``: and the recall of typos injected
  into the odd-numbered ones, with and without what was learned);
* recall and suggestion accuracy: each real misspelling of typos/wiki-typos-dev.tsv replaces one
  occurrence of its correct word (case kept) in a news article that contains it; correct-first also
  without the bonus for words the article uses elsewhere, and by even / odd lines of the list
  (``--pairs even|odd`` injects only those: ranking was tuned on the even lines);
* recall on Falko-MERLIN learner German: tokens marked R:SPELL in typos/falko-merlin-train-ged.tsv;
* speed: words per second of NL501 on the pre-tokenised news articles (CPU time, first pass with
  cold caches and second pass), and what the rule adds to ``newslint FILE`` cold start.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
NEWS = DATA / "news" / "news-dev.jsonl"
WIKI = DATA / "typos" / "wiki-typos-dev.tsv"
FALKO = DATA / "typos" / "falko-merlin-train-ged.tsv"
sys.path.insert(0, str(ROOT))


def _article_text(record: dict) -> str:
    return record["header"] + "\n\n" + record["article"]


def _read_document(text: str):
    from newslint.readers import read_text

    document = read_text(text, "x.txt")
    document.sentences  # tokenise now (in the worker)
    document.backend = None
    return document


def load_news(limit: int | None) -> list[str]:
    texts = []
    with NEWS.open(encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if limit is not None and index >= limit:
                break
            texts.append(_article_text(json.loads(line)))
    return texts


def tokenise(texts: list[str], jobs: int):
    if jobs <= 1:
        return [_read_document(text) for text in texts]
    with Pool(jobs) as pool:
        return pool.map(_read_document, texts, chunksize=16)


# --- false alarms --------------------------------------------------------------------------------
def false_alarms(documents, speller, review: int, seed: int) -> dict:
    from newslint.spelling.repeats import name_variants, repeated_words

    words = sum(len(d.words) for d in documents)
    flags = []
    repeats = variants = 0
    for number, document in enumerate(documents):
        for item in speller.check_document(document):
            flags.append((number, item))
        repeats += len(repeated_words(document))
        variants += len(name_variants(document, speller))
    result = {
        "articles": len(documents), "words": words, "nl501_flags": len(flags),
        "nl501_per_1000": round(1000 * len(flags) / max(words, 1), 3),
        "nl502_per_1000": round(1000 * repeats / max(words, 1), 3),
        "nl503_per_1000": round(1000 * variants / max(words, 1), 3),
        "most_flagged": Counter(item.word for _, item in flags).most_common(15),
    }
    if review:
        rng = random.Random(seed)
        sample = rng.sample(flags, min(review, len(flags)))
        result["review"] = [
            {"word": item.word, "suggestions": list(item.suggestions[:3]),
             "context": documents[n].text[max(0, item.start - 60): item.end + 40].replace("\n", " ")}
            for n, item in sample]
    return result


def learned_split(documents, texts, min_articles: int, recall: bool = False, jobs: int = 1,
                  seed: int = 5) -> dict:
    """Learn from the even-numbered articles, measure NL501 on the odd-numbered ones; with
    ``recall``, also the recall of Wikipedia typos injected into the odd-numbered ones, with and
    without what was learned (the same injections: a learned entry must not swallow a real typo)."""
    from newslint.learn_vocabulary import learn_all
    from newslint.spelling.checker import Speller

    train = [text for index, text in enumerate(texts) if index % 2 == 0]
    test = [document for index, document in enumerate(documents) if index % 2 == 1]
    learned = learn_all(train, min_articles)
    speller = Speller(vocabulary={**learned.words, **learned.names}, first_names=learned.first_names)
    words = sum(len(d.words) for d in test)
    flags = sum(len(speller.check_document(d)) for d in test)
    result: dict[str, object] = {
        "train_articles": learned.total, "learned_entries": len(learned), "words": len(learned.words),
        "names": len(learned.names), "first_names": len(learned.first_names), "min_articles": min_articles,
        "test_articles": len(test), "test_words": words, "nl501_flags": flags,
        "nl501_per_1000": round(1000 * flags / max(words, 1), 3)}
    if recall and WIKI.is_file():
        result["recall_odd_half"] = _learned_recall(texts, jobs, seed, learned)
    return result


_LEARNED_SPELLER = None


def _learned_worker(learned) -> None:
    global _LEARNED_SPELLER
    from newslint.spelling.checker import Speller

    _LEARNED_SPELLER = Speller(vocabulary={**learned.words, **learned.names}, first_names=learned.first_names)


def _inject_learned(task):
    """Whether NL501 flags one injected typo, without and with the learned vocabulary."""
    typo, text, start, end = task
    original = text[start:end]
    injected = typo[:1].upper() + typo[1:] if original[:1].isupper() else typo
    if original.isupper() and len(original) > 1:
        injected = typo.upper()
    document = _read_document(text[:start] + injected + text[end:])
    from newslint.spelling.checker import get_speller

    return tuple(any(item.start <= start < item.end or start <= item.start < start + len(injected)
                     for item in speller.check_document(document))
                 for speller in (get_speller(), _LEARNED_SPELLER)) + (injected,)


def _learned_recall(texts: list[str], jobs: int, seed: int, learned) -> dict:
    """Each typo of the Wikipedia list replaces one occurrence (chosen with ``seed``) of its correct
    word in an odd-numbered article (the ones the vocabulary was not learned from)."""
    pairs = [line.rstrip("\n").split("\t") for line in WIKI.read_text(encoding="utf-8").splitlines()[1:] if line]
    wanted = {correct for _, correct in pairs}
    where: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for number in range(1, len(texts), 2):
        for match in _WORD.finditer(texts[number]):
            lower = match.group().lower()
            if lower in wanted and len(where[lower]) < 20:
                where[lower].append((number, match.start(), match.end()))
    rng = random.Random(seed)
    tasks = []
    for typo, correct in pairs:
        if where.get(correct):
            number, start, end = rng.choice(where[correct])
            tasks.append((typo, texts[number], start, end))
    if jobs > 1:
        with Pool(jobs, initializer=_learned_worker, initargs=(learned,)) as pool:
            results = pool.map(_inject_learned, tasks, chunksize=8)
    else:
        _learned_worker(learned)
        results = [_inject_learned(task) for task in tasks]
    without = sum(1 for r in results if r[0])
    with_learned = sum(1 for r in results if r[1])
    return {"injected": len(results), "flagged_without": without, "flagged_with": with_learned,
            "recall_without": round(without / max(len(results), 1), 3),
            "recall_with": round(with_learned / max(len(results), 1), 3),
            "lost_with_learned": [r[2] for r in results if r[0] and not r[1]][:25],
            "gained_with_learned": [r[2] for r in results if r[1] and not r[0]][:25]}


# --- recall: injected Wikipedia misspellings --------------------------------------------------------
_WORD = regex.compile(r"\b\p{L}+\b")


def _inject_one(task):
    typo, correct_lower, text, start, end = task
    original = text[start:end]
    injected = typo[:1].upper() + typo[1:] if original[:1].isupper() else typo
    if original.isupper() and len(original) > 1:
        injected = typo.upper()
    document = _read_document(text[:start] + injected + text[end:])
    from newslint.spelling.checker import _word_counts, get_speller
    from newslint.spelling.suggest import edit_cost

    speller = get_speller()
    # a typo that is itself a listed word form ("seid" for "seit") is a real-word error: no
    # non-word checker can see it; counted apart rather than hidden
    real_word = injected.lower() in speller.accepted
    # the article was chosen because it contains the correct word: does it still, elsewhere?
    elsewhere = _word_counts([t.text for t in document.tokens if t.kind == "word"]).get(original.lower(), 0) > 0

    def finding():
        for item in speller.check_document(document):
            if item.start <= start < item.end or start <= item.start < start + len(injected):
                return item
        return None

    hit = first = closer = first_without_boost = False
    item = finding()
    if item is not None:
        hit = True
        first = bool(item.suggestions) and item.suggestions[0] == original
        # the list's correction is sometimes another form of the word than the typo's
        # ("Jahrhungerts" -> "Jahrhundert"): the first suggestion is a closer form of it
        if item.suggestions and not first:
            top, want, slip = item.suggestions[0].lower(), original.lower(), typo.lower()
            stem = 0
            while stem < min(len(top), len(want)) and top[stem] == want[stem]:
                stem += 1
            closer = stem >= max(len(top), len(want)) - 3 and edit_cost(slip, top) < edit_cost(slip, want)
        # the same finding ranked without the bonus for words the document uses elsewhere
        bonus = speller.suggester.context_bonus
        speller.suggester.context_bonus = 0.0
        try:
            plain = finding()
        finally:
            speller.suggester.context_bonus = bonus
        first_without_boost = plain is not None and bool(plain.suggestions) and plain.suggestions[0] == original
    return typo, original, hit, first, real_word, closer, first_without_boost, elsewhere


def recall_wiki(texts: list[str], jobs: int, seed: int, limit_pairs: int | None, which: str = "all") -> dict:
    """``which``: all, even or odd lines of the list (counted from 0 after the header): suggestion
    ranking was tuned on the even lines, the odd ones are held out. The same pair goes into the same
    article whichever lines are chosen."""
    pairs = [line.rstrip("\n").split("\t") for line in WIKI.read_text(encoding="utf-8").splitlines()[1:] if line]
    if limit_pairs:
        pairs = pairs[:limit_pairs]
    where: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    wanted = {correct for _, correct in pairs}
    for number, text in enumerate(texts):
        for match in _WORD.finditer(text):
            lower = match.group().lower()
            if lower in wanted and len(where[lower]) < 20:
                where[lower].append((number, match.start(), match.end()))
    rng = random.Random(seed)
    tasks, lines = [], []
    for line, (typo, correct) in enumerate(pairs):
        if not where.get(correct):
            continue
        number, start, end = rng.choice(where[correct])
        if which == "all" or line % 2 == (which == "odd"):
            tasks.append((typo, correct, texts[number], start, end))
            lines.append(line)
    if jobs > 1:
        with Pool(jobs) as pool:
            results = pool.map(_inject_one, tasks, chunksize=8)
    else:
        results = [_inject_one(task) for task in tasks]
    flagged = sum(1 for r in results if r[2])
    first = sum(1 for r in results if r[3])
    from newslint.spelling.suggest import edit_cost

    near = [r for r in results if edit_cost(r[0], r[1].lower(), 2.0) <= 2.0]
    nonword = [r for r in results if not r[4]]
    capitalised = [r for r in nonword if r[1][:1].isupper()]
    lower = [r for r in nonword if not r[1][:1].isupper()]

    def rate(rows, column):
        return round(sum(1 for r in rows if r[column]) / max(len(rows), 1), 3)

    elsewhere = [r for r in results if r[7]]
    alone = [r for r in results if not r[7]]
    splits = {}
    for name, parity in (("even", 0), ("odd", 1)):
        rows = [r for r, line in zip(results, lines) if line % 2 == parity]
        if rows:
            splits[name] = {"injected": len(rows), "recall": rate(rows, 2), "correct_first": rate(rows, 3),
                            "correct_first_without_document_boost": rate(rows, 6),
                            "correct_or_closer_form_first": round(sum(1 for r in rows if r[3] or r[5])
                                                                  / len(rows), 3)}
    return {"pairs": len(pairs), "lines": which, "injected": len(results), "flagged": flagged,
            "recall": round(flagged / max(len(results), 1), 3),
            "correct_first": round(first / max(len(results), 1), 3),
            # the bonus for a candidate the article uses elsewhere: the evaluation injects into articles
            # that contain the correct word, so the boost is measured apart, on the same findings
            "correct_first_without_document_boost": rate(results, 6),
            "correct_word_elsewhere_in_article": len(elsewhere),
            "correct_first_when_elsewhere": rate(elsewhere, 3),
            "correct_first_when_elsewhere_without_boost": rate(elsewhere, 6),
            "correct_first_when_not_elsewhere": rate(alone, 3),
            "by_lines": splits,
            "correct_first_when_flagged": round(first / max(flagged, 1), 3),
            "correct_or_closer_form_first": round(sum(1 for r in results if r[3] or r[5]) / max(len(results), 1), 3),
            "real_word_typos": len(results) - len(nonword),
            "nonword_injected": len(nonword), "nonword_recall": rate(nonword, 2),
            "nonword_correct_first": rate(nonword, 3),
            "capitalised_recall": rate(capitalised, 2), "lower_case_recall": rate(lower, 2),
            "within_distance2": len(near),
            "correct_first_within_distance2": rate(near, 3),
            "missed_examples": [f"{r[0]}->{r[1]}" for r in results if not r[2]][:25]}


# --- recall: Falko-MERLIN learner errors -----------------------------------------------------------
def _falko_sentences():
    sentence: list[tuple[str, str, str]] = []
    for line in FALKO.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        parts = line.split("\t")
        if len(parts) == 3:
            sentence.append((parts[0], parts[1], parts[2]))
    if sentence:
        yield sentence


def recall_falko(limit: int | None) -> dict:
    from newslint.readers import read_text
    from newslint.spelling.checker import get_speller

    speller = get_speller()
    total = flagged = first = 0
    for sentence in _falko_sentences():
        if not any(kind == "R:SPELL" for _, kind, _ in sentence):
            continue
        text, spans = "", []
        for token, kind, correction in sentence:
            if text and not regex.fullmatch(r"[.,;:!?)\]“\"]", token):
                text += " "
            spans.append((len(text), len(text) + len(token), kind, correction, token))
            text += token
        document = read_text(text, "x.txt")
        items = speller.check_document(document)
        for start, end, kind, correction, token in spans:
            if kind != "R:SPELL" or not token.isalpha():
                continue
            total += 1
            for item in items:
                if item.start < end and start < item.end:
                    flagged += 1
                    first += bool(item.suggestions) and item.suggestions[0] == correction
                    break
        if limit and total >= limit:
            break
    return {"r_spell_tokens": total, "flagged": flagged, "recall": round(flagged / max(total, 1), 3),
            "correct_first": round(first / max(total, 1), 3)}


# --- speed ----------------------------------------------------------------------------------------
def speed(documents) -> dict:
    from newslint.spelling.checker import Speller

    speller = Speller()
    speller.lexicon.delete_index()
    words = sum(len(d.words) for d in documents)
    for document in documents:
        document.words
    passes = []
    for _ in range(2):
        started = time.process_time()
        for document in documents:
            speller.check_document(document)
        passes.append(time.process_time() - started)
    return {"words": words, "cold_cpu_s": round(passes[0], 2), "cold_words_per_s": int(words / passes[0]),
            "warm_cpu_s": round(passes[1], 2), "warm_words_per_s": int(words / passes[1])}


def cold_start(runs: int = 5) -> dict:
    """CPU seconds of ``newslint FILE`` with and without the NL5 rules (median of ``runs``)."""
    executable = Path(sys.executable).with_name("newslint")
    if not executable.exists():
        return {"skipped": "newslint console script not installed next to this Python"}
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "artikel.txt"
        path.write_text("Regierung beschließt Haushalt\n\nDie Regierugn hat am Montag den Haushalt für das "
                        "kommende Jahr beschlossen. Generalsekretär Mark Rutte lobte die Munitionslieferungen.\n",
                        encoding="utf-8")

        def measure(extra: list[str]) -> float:
            samples = []
            for _ in range(runs):
                before = os.times()
                subprocess.run([str(executable), str(path), "--exit-zero", *extra], capture_output=True,
                               cwd=directory, check=False)
                after = os.times()
                samples.append((after.children_user - before.children_user)
                               + (after.children_system - before.children_system))
            return statistics.median(samples)

        measure([])  # builds the lexicon cache when missing
        with_rule = measure([])
        without = measure(["--ignore", "NL5"])
    return {"cpu_s_all_rules": round(with_rule, 3), "cpu_s_without_nl5": round(without, 3),
            "nl5_adds_s": round(with_rule - without, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N news articles")
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    parser.add_argument("--review", type=int, default=30, help="random NL501 flags to print for review")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--min-articles", type=int, default=3, help="learn-vocabulary threshold")
    parser.add_argument("--learned-recall", action="store_true",
                        help="learned part: also injected-typo recall on the odd half with and without the vocabulary")
    parser.add_argument("--skip", action="append", default=[],
                        help="skip a part: false-alarms, learned, wiki, falko, speed, cold-start")
    parser.add_argument("--falko-limit", type=int, help="stop after N R:SPELL tokens")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--pairs", choices=("all", "even", "odd"), default="all",
                        help="lines of the Wikipedia typo list to inject (ranking was tuned on the even ones)")
    args = parser.parse_args(argv)
    if not NEWS.is_file():
        print(f"skipped: {NEWS} not found (evaluation data lives outside the repository)")
        return 0
    results: dict[str, object] = {}
    started = time.perf_counter()
    texts = load_news(args.limit)
    documents = tokenise(texts, args.jobs)
    results["tokenise_wall_s"] = round(time.perf_counter() - started, 1)
    from newslint.spelling.checker import get_speller

    speller = get_speller()
    if "speed" not in args.skip:
        results["speed"] = speed(documents)
        print("speed", json.dumps(results["speed"]), flush=True)
    if "false-alarms" not in args.skip:
        results["false_alarms"] = false_alarms(documents, speller, args.review, args.seed)
        summary = {k: v for k, v in results["false_alarms"].items() if k != "review"}
        print("false alarms", json.dumps(summary, ensure_ascii=False), flush=True)
        for item in results["false_alarms"].get("review", []):
            print(f"  REVIEW {item['word']!r:24} {item['suggestions']!s:40} …{item['context']}…")
    if "learned" not in args.skip:
        results["learned_vocabulary"] = learned_split(documents, texts, args.min_articles, args.learned_recall,
                                                      args.jobs, args.seed)
        print("learned vocabulary", json.dumps(results["learned_vocabulary"], ensure_ascii=False), flush=True)
    if "wiki" not in args.skip and WIKI.is_file():
        results["wiki_typos"] = recall_wiki(texts, args.jobs, args.seed, None, args.pairs)
        print("wiki typos", json.dumps(results["wiki_typos"], ensure_ascii=False), flush=True)
    if "falko" not in args.skip and FALKO.is_file():
        results["falko_merlin"] = recall_falko(args.falko_limit)
        print("falko-merlin R:SPELL", json.dumps(results["falko_merlin"]), flush=True)
    if "cold-start" not in args.skip:
        results["cold_start"] = cold_start()
        print("cold start", json.dumps(results["cold_start"]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
