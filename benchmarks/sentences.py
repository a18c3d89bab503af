"""Sentence-boundary (and token) F1 on held-out UD German sentences: builtin splitter vs. stanza.

    python benchmarks/sentences.py [--ud DIR] [--holdout-every 10] [--model-dir DIR] [--per-paragraph 8]

The held-out sentences are the same deterministic split ``newslint models train`` leaves out of
training (every 10th sentence of de_gsd-ud-test and de_pud-ud-test). Their ``# text`` lines are
joined with single spaces into paragraphs (a new paragraph at ``# newdoc``/``# newpar``, at a file
change, or every ``--per-paragraph`` sentences), paragraphs are separated by blank lines, and
each backend's ``analyze(text, spans)`` runs over the paragraph spans. Predicted sentence END
offsets are compared with the gold ends (precision, recall, F1); tokens are compared by exact
(start, end) offsets of the CoNLL-U surface tokens (multi-word tokens count once).

Skips cleanly (exit 0) when ../shared is absent; stanza is measured only when installed with models.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_UD = REPO.parent / "shared" / "data" / "ud"

from newslint.models import ConllSentence, heldout_sentences  # noqa: E402


def _surface_forms(sent: ConllSentence) -> list[str]:
    forms: list[str] = []
    skip_until = 0
    for line in sent.lines:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        tid = cols[0]
        if "." in tid:  # empty node
            continue
        if "-" in tid:
            a, b = tid.split("-")
            skip_until = int(b)
            forms.append(cols[1])
            continue
        if int(tid) <= skip_until:
            continue
        forms.append(cols[1])
    return forms


def _gold_tokens(sent: ConllSentence, offset: int) -> list[tuple[int, int]] | None:
    """Character spans of the surface tokens within the sentence text, or None if they do not align."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for form in _surface_forms(sent):
        i = sent.text.find(form, cursor)
        if i < 0 or sent.text[cursor:i].strip():
            return None
        spans.append((offset + i, offset + i + len(form)))
        cursor = i + len(form)
    return spans


def build_documents(sents: list[ConllSentence], per_paragraph: int = 8):
    """One synthetic document per source file: text, paragraph spans, gold sentence ends, gold tokens."""
    docs = []
    by_file: dict[str, list[ConllSentence]] = {}
    for s in sents:
        if s.text:
            by_file.setdefault(s.file, []).append(s)
    for name, group in by_file.items():
        paragraphs: list[list[ConllSentence]] = []
        for s in group:
            if not paragraphs or s.newdoc or s.newpar or len(paragraphs[-1]) >= per_paragraph:
                paragraphs.append([])
            paragraphs[-1].append(s)
        text = ""
        spans: list[tuple[int, int]] = []
        ends: set[int] = set()
        tokens: set[tuple[int, int]] = set()
        aligned_sentences: set[tuple[int, int]] = set()  # sentence extents whose tokens aligned
        for para in paragraphs:
            if text:
                text += "\n\n"
            start = len(text)
            for k, s in enumerate(para):
                if k:
                    text += " "
                s_start = len(text)
                text += s.text
                ends.add(len(text))
                toks = _gold_tokens(s, s_start)
                if toks is not None:
                    tokens.update(toks)
                    aligned_sentences.add((s_start, len(text)))
            spans.append((start, len(text)))
        docs.append({"name": name, "text": text, "spans": spans, "ends": ends, "tokens": tokens,
                     "aligned": aligned_sentences})
    return docs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def evaluate(backend, docs) -> dict:
    start = time.perf_counter()
    if hasattr(backend, "analyze_many"):
        results = backend.analyze_many([(d["text"], d["spans"]) for d in docs])
    else:
        results = [backend.analyze(d["text"], d["spans"]) for d in docs]
    seconds = time.perf_counter() - start
    tp = n_pred = n_gold = 0
    ttp = tn_pred = tn_gold = 0
    for d, sentences in zip(docs, results):
        pred_ends = {s.end for s in sentences}
        tp += len(pred_ends & d["ends"])
        n_pred += len(pred_ends)
        n_gold += len(d["ends"])
        # tokens: only inside sentences whose gold tokens aligned with the text
        aligned = sorted(d["aligned"])

        def inside(a: int, b: int) -> bool:
            return any(x <= a and b <= y for x, y in aligned)

        pred_toks = {(t.start, t.end) for s in sentences for t in s.tokens if inside(t.start, t.end)}
        ttp += len(pred_toks & d["tokens"])
        tn_pred += len(pred_toks)
        tn_gold += len(d["tokens"])
    p, r, f = _prf(tp, n_pred, n_gold)
    tp_, tr_, tf_ = _prf(ttp, tn_pred, tn_gold)
    return {"gold": n_gold, "predicted": n_pred, "precision": p, "recall": r, "f1": f,
            "token_precision": tp_, "token_recall": tr_, "token_f1": tf_, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", default=str(DEFAULT_UD), help="directory with the UD German .conllu files")
    parser.add_argument("--holdout-every", type=int, default=10)
    parser.add_argument("--per-paragraph", type=int, default=8)
    parser.add_argument("--model-dir", help="stanza model directory (default: the backend's)")
    parser.add_argument("--backends", default="builtin,stanza")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)

    ud = Path(args.ud)
    if not ud.is_dir() or not sorted(ud.glob("*.conllu")):
        print(f"skipped: {ud} not found (evaluation data lives in ../shared)")
        return 0
    sents = heldout_sentences([str(ud)], args.holdout_every)
    docs = build_documents(sents, args.per_paragraph)
    print(f"held-out: {len(sents)} sentences (every {args.holdout_every}th of GSD/PUD test), "
          f"{sum(len(d['spans']) for d in docs)} paragraphs, {sum(len(d['tokens']) for d in docs)} aligned tokens")

    wanted = [b.strip() for b in args.backends.split(",") if b.strip()]
    rows: dict[str, dict] = {}
    if "builtin" in wanted:
        from newslint.nlp.builtin import BuiltinBackend

        rows["builtin"] = evaluate(BuiltinBackend(), docs)
    if "stanza" in wanted:
        from newslint.nlp import stanza_backend

        if stanza_backend.available(args.model_dir):
            t = time.perf_counter()
            backend = stanza_backend.StanzaBackend(args.model_dir)
            load = time.perf_counter() - t
            rows["stanza"] = evaluate(backend, docs)
            rows["stanza"]["load_seconds"] = load
            rows["stanza"]["processors"] = ",".join(backend.processors)
        else:
            print("stanza: not available (pip install 'newslint[stanza]'; newslint models train --ud PATH)")

    head = f"{'backend':<9} {'gold':>5} {'pred':>5} {'sent P':>7} {'sent R':>7} {'sent F1':>7} {'tok F1':>7} {'seconds':>8}"
    print(head)
    print("-" * len(head))
    for name, r in rows.items():
        print(f"{name:<9} {r['gold']:>5} {r['predicted']:>5} {r['precision']:>7.2f} {r['recall']:>7.2f} "
              f"{r['f1']:>7.2f} {r['token_f1']:>7.2f} {r['seconds']:>8.2f}")
    if "stanza" in rows:
        print(f"(stanza load: {rows['stanza']['load_seconds']:.1f}s, processors {rows['stanza']['processors']})")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
