"""``newslint models status|download|train``: manage the German stanza models of the deep backend.

Training runs stanza's own entry points (``python -m stanza.utils.datasets.prepare_*`` and
``python -m stanza.utils.training.run_*``; ``python -m stanza.models.ner_tagger`` for NER) in
subprocesses, fully offline, on UD CoNLL-U files (and GermEval-2014-style TSV files for NER), then
installs the models in the layout ``stanza.download`` uses plus a ``resources.json``, so that
``stanza.Pipeline("de", dir=MODEL_DIR, download_method=None)`` loads them.

Nothing here imports stanza or torch at import time.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from newslint.nlp.stanza_backend import (
    INSTALL_HINT,
    LANG,
    PROCESSORS,
    default_model_dir,
    installed_models,
    stanza_importable,
)

PACKAGE = "newslint"  # package name of models trained here
TREEBANK = "UD_German-Newslint"  # fake UD treebank stanza's scripts are pointed at
SHORT = "de_newslint"
TRAIN_INFO = "newslint-train.json"
# Held-out evaluation split: every Nth sentence of these files (basename); see split_sentences().
DEFAULT_HOLDOUT_FILES = ("de_gsd-ud-test.conllu", "de_pud-ud-test.conllu")
TRAINABLE = ("tokenize", "mwt", "lemma", "pos", "depparse", "ner")
PRETRAIN_MAX_VOCAB = 100_000  # = ner_tagger's --pretrain_max_vocab default
UD_PROCESSORS = ("tokenize", "mwt", "lemma", "pos", "depparse")  # trained from --ud CoNLL-U
# --small for NER (stanza's defaults: hidden 256, char hidden 100, word embeddings 100, char 100).
SMALL_NER = ("--hidden_dim", "64", "--char_hidden_dim", "32", "--word_emb_dim", "50", "--char_emb_dim", "32")
# --small: network sizes for a quick CPU smoke run of the tagger/parser (stanza's defaults are
# hidden 200/400, char hidden 400, word embeddings 75, batch 250 (tagger) / 5000 tokens (parser)).
SMALL_TAGGER = ("--hidden_dim", "64", "--char_hidden_dim", "64", "--deep_biaff_hidden_dim", "64",
                "--composite_deep_biaff_hidden_dim", "32", "--word_emb_dim", "50", "--char_emb_dim", "32",
                "--tag_emb_dim", "16", "--batch_size", "100")
SMALL_PARSER = ("--hidden_dim", "64", "--char_hidden_dim", "64", "--deep_biaff_hidden_dim", "64",
                "--word_emb_dim", "50", "--char_emb_dim", "32", "--tag_emb_dim", "16", "--batch_size", "1000")
EXIT_OK, EXIT_MISSING, EXIT_ERROR = 0, 1, 2


class ModelsError(Exception):
    """A one-line, user-facing error (exit 2, no traceback)."""


# ---------------------------------------------------------------------------------------------
# CoNLL-U reading and the deterministic split (shared with benchmarks/sentences.py and tests)


@dataclass
class ConllSentence:
    lines: list[str]
    file: str
    index: int  # index of the sentence within its file
    newdoc: bool = False
    newpar: bool = False
    text: str = field(default="")


def read_conllu(path: str | os.PathLike) -> list[ConllSentence]:
    """Sentences of a CoNLL-U file, with their ``# text`` and ``# newdoc``/``# newpar`` markers."""
    name = os.path.basename(str(path))
    sents: list[ConllSentence] = []
    cur: list[str] = []

    def flush() -> None:
        if not cur:
            return
        s = ConllSentence(lines=list(cur), file=name, index=len(sents))
        for line in cur:
            if not line.startswith("#"):
                break
            if line.startswith("# newdoc"):
                s.newdoc = True
            elif line.startswith("# newpar"):
                s.newpar = True
            elif line.startswith("# text ="):
                s.text = line[len("# text =") :].strip()
        sents.append(s)
        cur.clear()

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if line.strip():
                cur.append(line)
            else:
                flush()
    flush()
    return sents


def data_files(paths: list[str], suffix: str) -> list[Path]:
    """Expand file and directory arguments to the sorted, de-duplicated ``*suffix`` files they name."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            found = sorted(p.glob(f"*{suffix}"))
            if not found:
                raise ModelsError(f"no {suffix} files in {p}")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise ModelsError(f"no such file or directory: {p}")
    # dedupe, keep sorted by basename for a stable split
    uniq = {str(f.resolve()): f for f in files}
    return sorted(uniq.values(), key=lambda f: (f.name, str(f)))


def conllu_files(paths: list[str]) -> list[Path]:
    """Expand ``--ud`` arguments (files or directories) to a sorted list of .conllu files."""
    return data_files(paths, ".conllu")


def split_sentences(
    files: list[Path],
    holdout_every: int = 10,
    holdout_files: tuple[str, ...] = DEFAULT_HOLDOUT_FILES,
) -> dict[str, list[ConllSentence]]:
    """Deterministic train/dev/test split.

    * test: every ``holdout_every``-th sentence (index % N == N-1) of the ``holdout_files``
      (basenames; if none of the given files is among them, of every file);
    * dev: every 20th remaining sentence (index % 20 == 4) of every file, for model selection;
    * train: the rest.
    ``holdout_every`` <= 1 disables the held-out set (test = dev).
    """
    names = {f.name for f in files}
    hold_from = set(holdout_files) & names or names
    out: dict[str, list[ConllSentence]] = {"train": [], "dev": [], "test": []}
    for f in files:
        for s in read_conllu(f):
            if holdout_every > 1 and f.name in hold_from and s.index % holdout_every == holdout_every - 1:
                out["test"].append(s)
            elif s.index % 20 == 4:
                out["dev"].append(s)
            else:
                out["train"].append(s)
    if not out["test"]:
        out["test"] = list(out["dev"])
    return out


def heldout_sentences(paths: list[str], holdout_every: int = 10) -> list[ConllSentence]:
    """The held-out evaluation sentences (same split as ``newslint models train``)."""
    return split_sentences(conllu_files(paths), holdout_every)["test"]


def _write_conllu(path: Path, sents: list[ConllSentence]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for s in sents:
            fh.write("\n".join(s.lines) + "\n\n")


# ---------------------------------------------------------------------------------------------
# NER data: GermEval-2014-style TSV (``index<TAB>token<TAB>outer tag<TAB>inner tag``, ``#`` lines
# name the source, a blank line ends a sentence). Only the outer tags are used.


def ner_files(paths: list[str]) -> list[Path]:
    """Expand ``--ner`` arguments (files or directories of ``*.tsv``) to a sorted list of files."""
    return data_files(paths, ".tsv")


def read_germeval(path: str | os.PathLike) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, outer tag)`` with stanza's own GermEval reader and tag rubric
    (``stanza.utils.datasets.ner``: ``B-LOCderiv``/``B-LOCpart`` → ``B-LOC``, ``OTH`` → ``MISC``).

    Imports stanza (and torch): call only when training."""
    from stanza.utils.datasets.ner.prepare_ner_dataset import remap_germeval_tag
    from stanza.utils.datasets.ner.utils import read_tsv

    try:
        return read_tsv(str(path), 1, 2, remap_tag_fn=remap_germeval_tag)
    except (IndexError, ValueError) as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelsError(f"{path}: not GermEval-2014 TSV (index, token, outer tag, inner tag): {msg}") from None


def _ner_role(name: str) -> str:
    low = name.lower()
    for role, keys in (("train", ("train",)), ("dev", ("dev", "valid")), ("test", ("test",))):
        if any(k in low for k in keys):
            return role
    return "other"


def split_ner(files: list[Path], holdout_every: int = 10) -> tuple[dict[str, list], str]:
    """Train/dev/test split of GermEval TSV files by file name, plus a sentence saying what it is.

    * a ``*train*`` file: train on it (and unnamed files); dev = the ``*dev*`` files (else every
      20th training sentence); held-out test = the ``*test*`` files (else the dev set);
    * only ``*dev*`` and ``*test*`` files (GermEval without its train split): train on the test
      files, every 20th of their sentences (index % 20 == 4) kept apart as the dev set stanza
      selects the model on; held-out evaluation on the dev files;
    * otherwise: every ``holdout_every``-th sentence of every file is held out, every 20th of the
      rest is dev, the rest is training data.
    """
    by_role: dict[str, list[Path]] = {"train": [], "dev": [], "test": [], "other": []}
    for f in files:
        by_role[_ner_role(f.name)].append(f)
    read = {f: read_germeval(f) for f in files}
    out: dict[str, list] = {"train": [], "dev": [], "test": []}

    def names(role: str) -> str:
        return ", ".join(f.name for f in by_role[role])

    if by_role["train"]:
        for f in by_role["train"] + by_role["other"]:
            out["train"].extend(read[f])
        for f in by_role["dev"]:
            out["dev"].extend(read[f])
        if not out["dev"]:
            train = out["train"]
            out["dev"] = [s for i, s in enumerate(train) if i % 20 == 4]
            out["train"] = [s for i, s in enumerate(train) if i % 20 != 4]
        for f in by_role["test"]:
            out["test"].extend(read[f])
        how = f"train on {names('train')}, held-out evaluation on {names('test') or 'the dev set'}"
    elif by_role["dev"] and by_role["test"]:
        for f in by_role["test"] + by_role["other"]:
            for i, s in enumerate(read[f]):
                (out["dev"] if i % 20 == 4 else out["train"]).append(s)
        for f in by_role["dev"]:
            out["test"].extend(read[f])
        how = (f"no training split given: train on {names('test')}{', ' + names('other') if by_role['other'] else ''} "
               f"(every 20th sentence kept apart for model selection), held-out evaluation on {names('dev')}")
    else:
        every = holdout_every if holdout_every > 1 else 10
        for f in files:
            for i, s in enumerate(read[f]):
                if i % every == every - 1:
                    out["test"].append(s)
                elif i % 20 == 4:
                    out["dev"].append(s)
                else:
                    out["train"].append(s)
        how = f"every {every}th sentence of {', '.join(f.name for f in files)} held out for evaluation"
    if not out["test"]:
        out["test"] = list(out["dev"])
    return out, how


def write_ner_json(split: dict[str, list], out_dir: Path, short_name: str = SHORT) -> dict[str, Path]:
    """Write ``<short>.{train,dev,test}.json`` in stanza's NER format with stanza's own converter
    (``stanza.utils.datasets.ner.utils.write_dataset``: BIO files, then JSON)."""
    from stanza.utils.datasets.ner.utils import write_dataset

    out_dir.mkdir(parents=True, exist_ok=True)
    parts = ("train", "dev", "test")
    write_dataset([split[p] for p in parts], str(out_dir), short_name)
    return {p: out_dir / f"{short_name}.{p}.json" for p in parts}


def pretrain_file(path: str, work: Path) -> str:
    """A stanza ``.pt`` pretrain for ``--wordvec_pretrain_file``: ``path`` itself if it is one, else
    built from word2vec/fastText text vectors (``.txt``/``.vec``, optionally ``.xz``/``.gz``) with
    stanza's ``Pretrain`` (which needs the file to start with a ``<count> <dim>`` line), keeping
    the first ``PRETRAIN_MAX_VOCAB`` words (fastText/word2vec files are sorted by frequency)."""
    if path.endswith(".pt"):
        return path
    from stanza.models.common.pretrain import Pretrain

    dest = work / "pretrain.pt"
    try:
        pt = Pretrain(str(dest), path, max_vocab=PRETRAIN_MAX_VOCAB, save_to_file=True)
        pt.load()
    except Exception as exc:  # noqa: BLE001 - stanza raises plain exceptions for bad vector files
        raise ModelsError(f"cannot read word vectors from {path} ({type(exc).__name__}: {exc})") from None
    if not dest.exists():
        raise ModelsError(f"cannot build a stanza pretrain from {path}")
    return str(dest)


# ---------------------------------------------------------------------------------------------
# Training


def _stanza_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("stanza")
    except Exception:  # noqa: BLE001 - metadata missing: report unknown
        return None


class _Runner:
    def __init__(self, work: Path, threads: int | None, verbose: bool) -> None:
        self.work = work
        self.verbose = verbose
        self.log = work / "train.log"
        self.env = dict(os.environ)
        self.env.update(
            {
                "UDBASE": str(work / "ud"),
                "DATA_ROOT": str(work / "data"),
                "PYTHONUNBUFFERED": "1",
                "HF_HUB_OFFLINE": "1",
                "TRANSFORMERS_OFFLINE": "1",
            }
        )
        for key in ("TOKENIZE_DATA_DIR", "MWT_DATA_DIR", "LEMMA_DATA_DIR", "POS_DATA_DIR", "DEPPARSE_DATA_DIR"):
            self.env.pop(key, None)
        if threads:
            for key in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
                self.env[key] = str(threads)

    def run(self, label: str, module: str, *args: str) -> str:
        cmd = [sys.executable, "-m", module, *args]
        start = time.monotonic()
        print(f"[{label}] python -m {module} {' '.join(args)}", flush=True)
        chunks: list[str] = []
        with open(self.log, "a", encoding="utf-8") as log:
            log.write(f"\n$ {' '.join(cmd)}\n")
            log.flush()
            proc = subprocess.Popen(
                cmd, cwd=self.work, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                text=True, encoding="utf-8", errors="replace",
            )
            assert proc.stdout is not None
            for line in proc.stdout:
                chunks.append(line)
                log.write(line)
                if self.verbose:
                    sys.stdout.write(line)
            rc = proc.wait()
        output = "".join(chunks)
        elapsed = time.monotonic() - start
        if rc != 0:
            tail = "".join(chunks[-15:])
            raise ModelsError(f"{label} failed (exit {rc}, log: {self.log}):\n{tail}".rstrip())
        print(f"[{label}] done in {elapsed:.0f}s", flush=True)
        return output


_SCORE_RE = re.compile(r"Finished running (dev|test) set on\s*\n\S+\s*\n((?:.*\n){2})")
_LEMMA_RE = re.compile(r"Lemma score:\s*\n\S+\s+([\d.]+)")
_NER_DEV_RE = re.compile(r"Best dev F1 = ([\d.]+)")
_NER_TEST_RE = re.compile(r"NER tagger score: .* ([\d.]+)\s*$", re.M)
_NER_TYPE_RE = re.compile(r"^\s+([A-Z]+): ([\d.]+)\s*$", re.M)


def _ner_dev_best(output: str) -> float | None:
    m = _NER_DEV_RE.search(output)
    return float(m.group(1)) if m else None


def _ner_scores(output: str) -> dict[str, dict[str, float]]:
    """Entity F1 (micro, all types) and per type from ``ner_tagger --mode predict`` output."""
    m = _NER_TEST_RE.search(output)
    if not m:
        return {}
    scores = {"EntityF1": float(m.group(1))}
    tail = output[m.end():]
    block = tail.split("NER token confusion", 1)[0]
    for t, v in _NER_TYPE_RE.findall(block):
        scores[t] = float(v)
    return {"test": scores}


def _scores(output: str) -> dict[str, dict[str, float]]:
    """Parse stanza's score tables ("Tokens Sentences Words" / "UPOS ..." header + values)."""
    result: dict[str, dict[str, float]] = {}
    for m in _SCORE_RE.finditer(output):
        header, values = m.group(2).splitlines()[:2]
        names, nums = header.split(), values.split()
        try:
            result[m.group(1)] = {n: float(v) for n, v in zip(names, nums)}
        except ValueError:
            continue
    m = _LEMMA_RE.search(output)  # run_lemma scores only the dev set in train mode
    if m:
        result.setdefault("dev", {})["Lemmas"] = float(m.group(1))
    return result


def _write_resources(model_dir: Path, procs: list[str], with_pretrain: bool | None = None) -> None:
    """Create or update ``resources.json`` so the pipeline finds the ``newslint`` package."""
    path = model_dir / "resources.json"
    resources: dict = {}
    if path.exists():
        try:
            resources = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            resources = {}
    de = resources.setdefault(LANG, {})
    de.pop("alias", None)
    de.setdefault("lang_name", "German")
    packages = de.setdefault("packages", {})
    default = packages.setdefault("default", {})
    default_processors = de.setdefault("default_processors", {})
    for proc in procs:
        entry = {}
        if proc in ("pos", "depparse", "ner"):
            pretrain = model_dir / LANG / "pretrain" / f"{PACKAGE}.pt"
            # with_pretrain: whether this run trained with --wordvec-pretrain (None: guess by file)
            if pretrain.exists() and with_pretrain is not False:
                entry = {"dependencies": [{"model": "pretrain", "package": PACKAGE}]}
        de.setdefault(proc, {})[PACKAGE] = entry
        default[proc] = PACKAGE
        default_processors[proc] = PACKAGE
    if "pretrain" in de or (model_dir / LANG / "pretrain" / f"{PACKAGE}.pt").exists():
        de.setdefault("pretrain", {})[PACKAGE] = {}
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(resources, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def train(
    ud: list[str] | None,
    model_dir: str | None = None,
    processors: tuple[str, ...] = ("tokenize", "mwt", "lemma"),
    steps: int = 4000,
    eval_steps: int | None = None,
    holdout_every: int = 10,
    lemma_epochs: int = 0,
    mwt_seq2seq: bool = False,
    threads: int | None = 1,
    wordvec_pretrain: str | None = None,
    tagger_steps: int | None = None,
    small: bool = False,
    gpu: bool = False,
    work_dir: str | None = None,
    keep_work: bool = False,
    verbose: bool = False,
    ner: list[str] | None = None,
    ner_steps: int | None = None,
) -> dict:
    """Train German stanza models from CoNLL-U (and, for ``ner``, GermEval TSV) and install them
    into ``model_dir``; returns the info dict."""
    if not stanza_importable():
        raise ModelsError(f"stanza is not installed; {INSTALL_HINT}")
    bad = [p for p in processors if p not in TRAINABLE]
    if bad:
        raise ModelsError(f"cannot train {', '.join(bad)}; choose from {', '.join(TRAINABLE)}")
    if not processors:
        raise ModelsError(f"no processors given; choose from {', '.join(TRAINABLE)}")
    ud_procs = [p for p in processors if p in UD_PROCESSORS]
    if ud_procs and not ud:
        raise ModelsError(f"training {', '.join(ud_procs)} needs UD CoNLL-U data: --ud PATH")
    if "ner" in processors and not ner:
        raise ModelsError("ner needs GermEval-2014-style TSV data: --ner PATH")
    if ner and "ner" not in processors:
        raise ModelsError("--ner given but 'ner' is not in --processors")
    files = conllu_files(ud) if ud_procs else []
    nfiles = ner_files(ner) if "ner" in processors else []
    if "tokenize" not in processors and not installed_models(model_dir):
        raise ModelsError("a tokenizer is required: include 'tokenize' in --processors (with --ud PATH), "
                          "or install one first")
    target = Path(model_dir or default_model_dir()).expanduser().resolve()
    split = split_sentences(files, holdout_every) if ud_procs else {"train": [], "dev": [], "test": []}
    if ud_procs and len(split["train"]) < 10:
        raise ModelsError(f"too little training data: {len(split['train'])} sentences")

    owned = work_dir is None
    work = Path(work_dir or tempfile.mkdtemp(prefix="newslint-train-")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    tb = work / "ud" / TREEBANK
    tb.mkdir(parents=True, exist_ok=True)
    for part, sents in split.items():
        _write_conllu(tb / f"{SHORT}-ud-{part}.conllu", sents)
    if ud_procs:
        print(
            f"data: {len(files)} files; train {len(split['train'])}, dev {len(split['dev'])}, "
            f"held-out test {len(split['test'])} sentences (every {holdout_every}th of "
            f"{', '.join(sorted(set(DEFAULT_HOLDOUT_FILES) & {f.name for f in files}) or 'all files')})",
            flush=True,
        )
    ner_json: dict[str, Path] = {}
    ner_how = ""
    ner_counts: dict[str, int] = {}
    if nfiles:
        nsplit, ner_how = split_ner(nfiles, holdout_every)
        ner_counts = {k: len(v) for k, v in nsplit.items()}
        if ner_counts["train"] < 10 or not nsplit["dev"]:
            raise ModelsError(f"too little NER training data: train {ner_counts['train']}, dev {ner_counts['dev']} sentences")
        ner_json = write_ner_json(nsplit, work / "ner")
        print(f"ner data: {ner_how}; train {ner_counts['train']}, dev {ner_counts['dev']}, "
              f"held-out test {ner_counts['test']} sentences", flush=True)
    runner = _Runner(work, threads, verbose)
    saved = work / "saved"
    saved.mkdir(exist_ok=True)
    info: dict = {
        "package": PACKAGE,
        "stanza": _stanza_version(),
        "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "data": [f.name for f in files] + [f.name for f in nfiles],
        "sentences": {k: len(v) for k, v in split.items()} if ud_procs else {},
        "holdout_every": holdout_every,
        "settings": {
            **({"steps": steps} if "tokenize" in processors else {}),
            **({"lemma": f"seq2seq {lemma_epochs} epochs" if lemma_epochs > 0 else "dict"} if "lemma" in processors else {}),
            **({"mwt": "seq2seq" if mwt_seq2seq else "dict"} if "mwt" in processors else {}),
            **({"tagger_steps": tagger_steps} if tagger_steps else {}),
            **({"ner_steps": ner_steps} if ner_steps and nfiles else {}),
            **({"ner_split": ner_how, "ner_sentences": ner_counts} if nfiles else {}),
            **({"ner_pretrain": os.path.basename(wordvec_pretrain) if wordvec_pretrain else "none"} if nfiles else {}),
            **({"small": True} if small else {}),
        },
        "models": {},
        "scores": {},
        "seconds": {},
    }
    built: dict[str, Path] = {}
    common = [*([] if gpu else ["--cpu"]), "--force", "--save_dir", str(saved)]
    t0 = time.monotonic()
    try:
        if "tokenize" in processors or "mwt" in processors:
            runner.run("prepare tokenize", "stanza.utils.datasets.prepare_tokenizer_treebank", TREEBANK)
        if "tokenize" in processors:
            start = time.monotonic()
            ev = eval_steps or max(50, min(500, steps // 8))
            out = runner.run(
                "train tokenize", "stanza.utils.training.run_tokenizer", TREEBANK, "--no_charlm",
                "--save_name", "tokenize.pt", "--steps", str(steps), "--eval_steps", str(ev), *common,
            )
            built["tokenize"] = saved / "tokenize.pt"
            info["scores"]["tokenize"] = _scores(out)
            info["seconds"]["tokenize"] = round(time.monotonic() - start)
        if "mwt" in processors:
            start = time.monotonic()
            runner.run("prepare mwt", "stanza.utils.datasets.prepare_mwt_treebank", TREEBANK)
            extra = [] if mwt_seq2seq else ["--dict_only"]
            out = runner.run(
                "train mwt", "stanza.utils.training.run_mwt", TREEBANK, "--save_name", "mwt.pt", *extra, *common,
            )
            if (saved / "mwt.pt").exists():
                built["mwt"] = saved / "mwt.pt"
            info["scores"]["mwt"] = _scores(out)
            info["seconds"]["mwt"] = round(time.monotonic() - start)
        if "lemma" in processors:
            start = time.monotonic()
            runner.run(
                "prepare lemma", "stanza.utils.datasets.prepare_lemma_treebank", TREEBANK, "--gold",
                "--no_lemma_classifier",
            )
            mode = ["--num_epoch", str(lemma_epochs)] if lemma_epochs > 0 else ["--dict_only"]
            out = runner.run(
                "train lemma", "stanza.utils.training.run_lemma", TREEBANK, "--no_charlm", "--no_lemma_classifier",
                "--save_name", "lemma.pt", *common, *mode,
            )
            built["lemma"] = saved / "lemma.pt"
            info["scores"]["lemma"] = _scores(out)
            info["seconds"]["lemma"] = round(time.monotonic() - start)
        # POS and dependency parsing: supported, but slow on CPU (hours); see docs/stanza.md.
        if wordvec_pretrain and any(p in processors for p in ("pos", "depparse", "ner")):
            wordvec_pretrain = pretrain_file(wordvec_pretrain, work)
        vec = ["--wordvec_pretrain_file", wordvec_pretrain] if wordvec_pretrain else ["--no_pretrain"]
        if tagger_steps:  # stanza's default is 50,000 steps (early stop after 3,000 without dev gain)
            vec = vec + ["--max_steps", str(tagger_steps), "--eval_interval", str(max(10, min(100, tagger_steps // 4)))]
        if "pos" in processors:
            start = time.monotonic()
            runner.run("prepare pos", "stanza.utils.datasets.prepare_pos_treebank", TREEBANK)
            out = runner.run(
                "train pos", "stanza.utils.training.run_pos", TREEBANK, "--no_charlm", "--save_name", "pos.pt",
                *common, *vec, *(SMALL_TAGGER if small else ()),
            )
            built["pos"] = saved / "pos.pt"
            info["scores"]["pos"] = _scores(out)
            info["seconds"]["pos"] = round(time.monotonic() - start)
        if "depparse" in processors:
            start = time.monotonic()
            runner.run("prepare depparse", "stanza.utils.datasets.prepare_depparse_treebank", TREEBANK, "--gold")
            out = runner.run(
                "train depparse", "stanza.utils.training.run_depparse", TREEBANK, "--no_charlm",
                "--save_name", "depparse.pt", *common, *vec, *(SMALL_PARSER if small else ()),
            )
            built["depparse"] = saved / "depparse.pt"
            info["scores"]["depparse"] = _scores(out)
            info["seconds"]["depparse"] = round(time.monotonic() - start)
        if "ner" in processors:
            start = time.monotonic()
            nvec = ["--wordvec_pretrain_file", wordvec_pretrain] if wordvec_pretrain else ["--no_pretrain"]
            if ner_steps:  # stanza's default: 200,000 steps, early stop after 2,500 without dev gain
                nvec += ["--max_steps", str(ner_steps), "--eval_interval", str(max(10, min(500, ner_steps // 4)))]
            ner_common = [*([] if gpu else ["--cpu"]), "--save_dir", str(saved), "--save_name", "ner.pt",
                          "--shorthand", SHORT]
            out = runner.run(
                "train ner", "stanza.models.ner_tagger", "--mode", "train",
                "--train_file", str(ner_json["train"]), "--eval_file", str(ner_json["dev"]),
                *ner_common, *nvec, *(SMALL_NER if small else ()),
            )
            dev = _ner_dev_best(out)
            out = runner.run(
                "evaluate ner", "stanza.models.ner_tagger", "--mode", "predict",
                "--eval_file", str(ner_json["test"]), *ner_common,
                *(["--wordvec_pretrain_file", wordvec_pretrain] if wordvec_pretrain else ["--no_pretrain"]),
            )
            built["ner"] = saved / "ner.pt"
            info["scores"]["ner"] = {**({"dev": {"EntityF1": dev}} if dev is not None else {}), **_ner_scores(out)}
            info["seconds"]["ner"] = round(time.monotonic() - start)

        missing = [p for p, f in built.items() if not f.exists()]
        if missing:
            raise ModelsError(f"training produced no model for {', '.join(missing)} (log: {runner.log})")
        # install
        for proc, src in built.items():
            dest = target / LANG / proc / f"{PACKAGE}.pt"
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            info["models"][proc] = str(dest)
        if wordvec_pretrain and any(p in built for p in ("pos", "depparse", "ner")):
            dest = target / LANG / "pretrain" / f"{PACKAGE}.pt"
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(wordvec_pretrain, dest)
        _write_resources(target, list(built), with_pretrain=bool(wordvec_pretrain))
        old = {}
        info_path = target / TRAIN_INFO
        if info_path.exists():
            try:
                old = json.loads(info_path.read_text(encoding="utf-8"))
            except ValueError:
                old = {}
        for key in ("models", "scores", "seconds", "settings"):
            info[key] = {**old.get(key, {}), **info[key]}
        info["seconds"]["total"] = round(time.monotonic() - t0)
        info["trained"] = list(built)  # this run (info["models"] also lists earlier runs' models)
        info_path.write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    finally:
        if owned and not keep_work:
            shutil.rmtree(work, ignore_errors=True)
    return info


# ---------------------------------------------------------------------------------------------
# Commands


def _fmt_scores(scores: dict) -> str:
    parts = []
    for proc, sets in scores.items():
        test = sets.get("test") or sets.get("dev")
        if test:
            parts.append(f"{proc}: " + ", ".join(f"{k} {v:.2f}" for k, v in test.items()))
    return "; ".join(parts)


def cmd_status(args: argparse.Namespace) -> int:
    model_dir = Path(args.model_dir or default_model_dir()).expanduser()
    version = _stanza_version() if stanza_importable() else None
    print(f"model dir: {model_dir}")
    print(f"stanza:    {version or 'not installed (' + INSTALL_HINT + ')'}")
    models = installed_models(str(model_dir))
    for proc in PROCESSORS:
        print(f"  {proc:<9} {models.get(proc, '-')}")
    info_path = model_dir / TRAIN_INFO
    if info_path.exists():
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            print(f"trained:   {info.get('trained_at')} from {', '.join(info.get('data', []))} "
                  f"(held-out every {info.get('holdout_every')}th; settings {info.get('settings')})")
            if info.get("scores"):
                print(f"scores:    {_fmt_scores(info['scores'])}")
        except ValueError:
            pass
    if models and version:
        print("status:    German models installed; use --nlp stanza")
        return EXIT_OK
    print("status:    not usable; run: newslint models train --ud PATH  (or: newslint models download)")
    return EXIT_MISSING


def cmd_download(args: argparse.Namespace) -> int:
    if not stanza_importable():
        raise ModelsError(f"stanza is not installed; {INSTALL_HINT}")
    model_dir = str(Path(args.model_dir or default_model_dir()).expanduser())
    try:
        import stanza

        kwargs = {"model_dir": model_dir, "logging_level": "WARN"}
        if args.processors:
            kwargs["processors"] = args.processors
        stanza.download(LANG, **kwargs)
    except Exception as exc:  # noqa: BLE001 - network errors come in many types
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelsError(f"download failed ({type(exc).__name__}: {msg}); offline? "
                          "train instead: newslint models train --ud PATH") from None
    print(f"downloaded German stanza models into {model_dir}")
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    if not args.ud and not args.ner:
        raise ModelsError("give training data: --ud PATH (CoNLL-U) and/or --ner PATH (GermEval TSV)")
    if args.processors is None:  # default: what the given data trains
        procs = (("tokenize", "mwt", "lemma") if args.ud else ()) + (("ner",) if args.ner else ())
    else:
        procs = tuple(p.strip().lower() for p in args.processors.split(",") if p.strip())
    for name in ("steps", "tagger_steps", "ner_steps"):
        value = getattr(args, name)
        if value is not None and value < 1:
            raise ModelsError(f"--{name.replace('_', '-')} must be at least 1")
    info = train(
        args.ud,
        model_dir=args.model_dir,
        processors=procs,
        steps=args.steps,
        eval_steps=args.eval_steps,
        holdout_every=args.holdout_every,
        lemma_epochs=args.lemma_epochs,
        mwt_seq2seq=args.mwt_seq2seq,
        threads=args.threads or None,
        wordvec_pretrain=args.wordvec_pretrain,
        tagger_steps=args.tagger_steps,
        small=args.small,
        gpu=args.gpu,
        work_dir=args.work_dir,
        keep_work=args.keep_work,
        verbose=args.verbose,
        ner=args.ner,
        ner_steps=args.ner_steps,
    )
    target = Path(args.model_dir or default_model_dir()).expanduser()
    print(f"installed {', '.join(info.get('trained') or info['models'])} into {target} "
          f"({info['seconds'].get('total', 0)}s)")
    if info["scores"]:
        trained = info.get("trained") or list(info["scores"])
        print(f"held-out scores: {_fmt_scores({k: v for k, v in info['scores'].items() if k in trained})}")
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        raise ModelsError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newslint models", description="Manage the German stanza models for --nlp stanza.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="{status,download,train}")
    p = sub.add_parser("status", help="show which German models are installed and where")
    p.add_argument("--model-dir", help="model directory (default $NEWSLINT_STANZA_DIR or ~/.cache/newslint/stanza)")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser("download", help="download stanza's pretrained German models (needs internet)")
    p.add_argument("--model-dir")
    p.add_argument("--processors", help="comma-separated processors (default: stanza's default German package)")
    p.set_defaults(func=cmd_download)
    p = sub.add_parser("train", help="train German models offline from UD CoNLL-U (and GermEval NER TSV) files")
    p.add_argument("--ud", nargs="+", metavar="PATH", help=".conllu files or directories")
    p.add_argument("--ner", nargs="+", metavar="PATH",
                   help="GermEval-2014-style NER .tsv files or directories (outer tags used; split by file name: "
                        "*train*, *dev*, *test*)")
    p.add_argument("--processors",
                   help="comma-separated subset of tokenize,mwt,lemma,pos,depparse,ner "
                        "(default: tokenize,mwt,lemma with --ud, plus ner with --ner)")
    p.add_argument("--steps", type=int, default=4000, help="tokenizer training steps (default 4000)")
    p.add_argument("--eval-steps", type=int, help="tokenizer dev evaluation interval (default steps/8)")
    p.add_argument("--lemma-epochs", type=int, default=0,
                   help="seq2seq lemmatizer epochs (default 0: dictionary lemmatizer only, trains in seconds; "
                        "stanza uses 60, about 2 minutes per epoch on 2 CPU cores)")
    p.add_argument("--mwt-seq2seq", action="store_true",
                   help="train the seq2seq MWT expander (default: dictionary only; German contractions are a closed class)")
    p.add_argument("--holdout-every", type=int, default=10,
                   help="hold out every Nth sentence of the GSD/PUD test files for evaluation (default 10; 0 = none)")
    p.add_argument("--model-dir", help="install here (default $NEWSLINT_STANZA_DIR or ~/.cache/newslint/stanza)")
    p.add_argument("--threads", type=int, default=1,
                   help="torch threads for training (default 1: fastest on busy/small machines; 0 = torch default)")
    p.add_argument("--wordvec-pretrain", metavar="FILE",
                   help="word vectors for pos/depparse/ner: a stanza pretrain .pt, or word2vec/fastText text vectors "
                        "(.vec/.txt[.xz|.gz], first line '<count> <dim>') converted with stanza's Pretrain "
                        "(default: no pretrained vectors; NER then learns word embeddings from its training data)")
    p.add_argument("--ner-steps", type=int,
                   help="NER training steps (default: stanza's, 200000 with early stopping after 2500 "
                        "without dev gain)")
    p.add_argument("--tagger-steps", type=int,
                   help="pos/depparse training steps (default: stanza's, 50000 with early stopping: hours on a CPU)")
    p.add_argument("--small", action="store_true",
                   help="small pos/depparse/ner networks (a quick CPU smoke run; use the defaults for real models)")
    p.add_argument("--gpu", action="store_true", help="let stanza use a GPU (default: --cpu is passed to every step)")
    p.add_argument("--work-dir", help="keep intermediate data here (default: a temporary directory)")
    p.add_argument("--keep-work", action="store_true", help="do not delete the temporary work directory")
    p.add_argument("-v", "--verbose", action="store_true", help="show stanza's training output")
    p.set_defaults(func=cmd_train)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "func", None):
            build_parser().print_help()
            return EXIT_ERROR
        if getattr(args, "wordvec_pretrain", None) and not Path(args.wordvec_pretrain).is_file():
            raise ModelsError(f"no such file: {args.wordvec_pretrain}")
        return args.func(args)
    except ModelsError as exc:
        print(f"newslint models: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newslint models: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
