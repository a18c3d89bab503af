"""Attribution from outside: figures inside annotated quotes must not get NL101.

Data: ../shared/data/quotes/{train,dev}.jsonl — German Wikinews articles with quotation annotations
(Petersen-Frey & Biemann 2024): ``text`` and ``annotations[]`` with ``speaker``, ``quote`` and ``frame``
spans ``{text, spans: [[begin, end], ...]}``. Every claim figure (as NL101 sees it) whose number lies in
the quote or frame of an annotation that names a speaker is attributed by definition; an NL101 finding
on it is a false alarm. Prints the false-alarm rate (target ≤ 5 %), and with ``--show N`` the misses.

Also reports how many sentences with an annotated speaker our attribution layer sees as named.
Skips cleanly when the data is absent. Usage (from the repository root)::

    .venv/bin/python benchmarks/attribution_eval.py [--show 20] [--split dev]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUOTES = ROOT.parent / "shared" / "data" / "quotes"


def _covered(annotation: dict) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for part in ("quote", "frame"):
        spans.extend((begin, end) for begin, end in (annotation.get(part) or {}).get("spans", []))
    return spans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev", "all"), default="all")
    parser.add_argument("--show", type=int, default=0, help="print N false alarms with context")
    args = parser.parse_args(argv)
    files = [QUOTES / f"{name}.jsonl" for name in (("train", "dev") if args.split == "all" else (args.split,))]
    if not all(path.exists() for path in files):
        print(f"skipped: {QUOTES} not found (evaluation data lives in ../shared)")
        return 0

    from newslint.analysis.attribution import analyse_all
    from newslint.config import Config
    from newslint.engine import Linter
    from newslint.readers import read_text
    from newslint_rules.figures import _is_claim

    linter = Linter(Config(select=("NL101",)))
    min_count = int(linter.config.rule_settings("NL101").get("min_count", 100))
    articles = skipped = figures = alarms = 0
    speaker_sentences = named_sentences = 0
    misses = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = record["text"]
                document = read_text(text, "x.txt")
                if document.text != text:  # offsets would not line up (line breaks normalised)
                    skipped += 1
                    continue
                articles += 1
                covered = [span for annotation in record.get("annotations", [])
                           if (annotation.get("speaker") or {}).get("spans") for span in _covered(annotation)]
                if not covered:
                    continue
                from newslint.analysis.quantities import quantities

                flagged = {(f.start, f.end) for f in linter.check(document) if f.code == "NL101"}
                for quantity in quantities(document):
                    if not _is_claim(quantity, min_count):
                        continue
                    if not any(begin <= quantity.number_start < end for begin, end in covered):
                        continue
                    figures += 1
                    if (quantity.start, quantity.end) in flagged:
                        alarms += 1
                        misses.append((document, quantity))
                sources = analyse_all(document)  # every sentence, not only those near figures
                for index, sentence in enumerate(document.sentences):
                    if any(begin < sentence.end and sentence.start < end for begin, end in covered):
                        speaker_sentences += 1
                        named_sentences += sources[index].named or sources.in_quote(sentence.start + 1)
    rate = alarms / figures if figures else 0.0
    print(f"quotes corpus: {articles} articles ({skipped} skipped: line breaks), {figures} claim figures inside "
          f"annotated quotes/frames with a speaker")
    print(f"  NL101 false alarms: {alarms} = {100 * rate:.1f} % (target ≤ 5 %)")
    print(f"  sentences overlapping an attributed quote seen as attributed: {named_sentences}/{speaker_sentences} "
          f"= {100 * named_sentences / max(speaker_sentences, 1):.1f} %")
    for document, quantity in misses[: args.show]:
        sentence = document.sentence_at(quantity.start)
        context = document.text[max(0, sentence.start - 150):sentence.end].replace("\n", " / ")
        print(f"--- {quantity.text!r}: …{context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
