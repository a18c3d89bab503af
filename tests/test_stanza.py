"""The optional stanza backend: train a small real German model offline, load it, check offsets.

Skipped when stanza is not installed or the UD data (../shared/data/ud) is absent. The model is
trained once (a few hundred tokenizer steps, dictionary MWT and lemmatizer) into
``~/.cache/newslint/test-models/<key>`` and reused while data and settings are unchanged.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("stanza")

REPO = Path(__file__).resolve().parents[1]
UD = Path(__file__).parents[1].parent / "shared/data/ud"
TRAIN_SETTINGS = {"steps": 120, "eval_steps": 60, "lemma_epochs": 0, "holdout_every": 10, "v": 1}

pytestmark = pytest.mark.skipif(not sorted(UD.glob("*.conllu")), reason=f"UD data not found in {UD}")

PARAGRAPH = (
    "Am Montag hat der Stadtrat z. B. über den Haushalt beraten. "
    "„Wir sparen, wo es geht“, sagte die Bürgermeisterin am Abend im Rathaus. "
    "Die Sitzung dauerte bis 22 Uhr."
)


def _cache_key() -> str:
    h = hashlib.sha256()
    for f in sorted(UD.glob("*.conllu")):
        h.update(f"{f.name}:{f.stat().st_size};".encode())
    h.update(json.dumps(TRAIN_SETTINGS, sort_keys=True).encode())
    try:
        from importlib.metadata import version

        h.update(version("stanza").encode())
    except Exception:  # noqa: BLE001
        pass
    return h.hexdigest()[:16]


def _env(model_dir: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    if model_dir is not None:
        env["NEWSLINT_STANZA_DIR"] = str(model_dir)
    return env


@pytest.fixture(scope="session")
def model_dir() -> Path:
    from newslint.nlp.stanza_backend import available

    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    target = cache / "newslint" / "test-models" / _cache_key()
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f"{target.name}.lock", "w") as lock:  # one trainer at a time
        try:
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - Windows
            pass
        return _train_once(target)


def _train_once(target: Path) -> Path:
    from newslint.nlp.stanza_backend import available

    if available(str(target)):
        return target
    cmd = [
        sys.executable, "-m", "newslint.models", "train", "--ud", str(UD),
        "--steps", str(TRAIN_SETTINGS["steps"]), "--eval-steps", str(TRAIN_SETTINGS["eval_steps"]),
        "--lemma-epochs", str(TRAIN_SETTINGS["lemma_epochs"]),
        "--holdout-every", str(TRAIN_SETTINGS["holdout_every"]),
        "--processors", "tokenize,mwt,lemma", "--model-dir", str(target),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env(), cwd=REPO, timeout=3600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert available(str(target))
    return target


def test_backend_offsets_slice_original_text(model_dir: Path) -> None:
    from newslint.nlp.base import Sentence, Token
    from newslint.nlp.stanza_backend import StanzaBackend

    title = "Haushalt: Rat berät"
    text = f"{title}\n\n{PARAGRAPH}\n"
    para_start = len(title) + 2
    spans = [(0, len(title)), (para_start, para_start + len(PARAGRAPH))]
    backend = StanzaBackend(str(model_dir))
    assert backend.name == "stanza"
    sentences = backend.analyze(text, spans)
    assert sentences and all(isinstance(s, Sentence) for s in sentences)
    # every token's offsets slice the original text, sentences stay inside their span, in order
    last = -1
    for s in sentences:
        assert any(a <= s.start and s.end <= b for a, b in spans)
        assert s.start >= last
        last = s.end
        assert s.tokens and s.tokens[0].start == s.start and s.tokens[-1].end == s.end
        for t in s.tokens:
            assert isinstance(t, Token)
            assert text[t.start : t.end] == t.text and t.text.strip() == t.text and t.text
    words = [t.text for s in sentences for t in s.tokens]
    assert "Am" in words and "am" in words and "Rathaus" in words
    # "am"/"im" stay one surface token (expanded or not: the tiny test tokenizer may not flag MWTs)
    am = next(t for s in sentences for t in s.tokens if t.text == "am")
    assert am.lemma
    # the title is its own sentence; the paragraph yields several sentences
    assert sentences[0].end <= len(title)
    assert len([s for s in sentences if s.start >= para_start]) >= 2
    assert any(t.kind == "punct" for s in sentences for t in s.tokens)
    # batching several documents gives the same result as one at a time
    other = "Er kam zum Schluss. Dann ging er."
    batch = backend.analyze_many([(text, spans), (other, [(0, len(other))])])
    assert batch[0] == sentences
    assert [other[s.start : s.end] for s in batch[1]] and batch[1][-1].end == len(other)
    # empty and whitespace-only spans are fine
    assert backend.analyze("   ", [(0, 3)]) == []


def test_models_status_shows_trained_models(model_dir: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newslint.models", "status"], capture_output=True, text=True,
        env=_env(model_dir), cwd=REPO, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert str(model_dir) in proc.stdout
    assert "tokenize" in proc.stdout and "newslint.pt" in proc.stdout
    assert "installed" in proc.stdout


def test_status_without_models(tmp_path: Path) -> None:
    from newslint.models import main

    assert main(["status", "--model-dir", str(tmp_path)]) == 1


def test_missing_models_is_one_clear_error(tmp_path: Path) -> None:
    from newslint.nlp.base import BackendUnavailable
    from newslint.nlp.stanza_backend import StanzaBackend, available

    assert not available(str(tmp_path))
    with pytest.raises(BackendUnavailable) as info:
        StanzaBackend(str(tmp_path))
    message = str(info.value)
    assert "\n" not in message
    assert "newslint models train --ud PATH" in message and "newslint models download" in message


def test_broken_resources_is_one_clear_error(tmp_path: Path) -> None:
    """A resources.json without German, or pointing to missing files, is reported the same way."""
    from newslint.nlp.base import BackendUnavailable
    from newslint.nlp.stanza_backend import StanzaBackend

    (tmp_path / "resources.json").write_text(json.dumps({"en": {"packages": {"default": {"tokenize": "x"}}}}))
    with pytest.raises(BackendUnavailable, match="newslint models train"):
        StanzaBackend(str(tmp_path))


def test_train_rejects_bad_paths(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newslint.models", "train", "--ud", str(tmp_path / "nope")],
        capture_output=True, text=True, env=_env(tmp_path), cwd=REPO, timeout=300,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr


def test_split_is_deterministic_and_disjoint() -> None:
    from newslint.models import conllu_files, split_sentences

    files = conllu_files([str(UD)])
    a, b = split_sentences(files), split_sentences(files)
    key = lambda s: (s.file, s.index)  # noqa: E731
    assert [key(s) for s in a["test"]] == [key(s) for s in b["test"]]
    test, train, dev = ({key(s) for s in a[k]} for k in ("test", "train", "dev"))
    assert test and train and dev and not (test & train) and not (test & dev) and not (train & dev)
    assert {f for f, _ in test} <= {"de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"}
    assert all(i % 10 == 9 for _, i in test)


def test_multiword_tokens_become_one_token() -> None:
    """MWT handling on a hand-made stanza Document: "am" = "an dem", head/deprel from the head word."""
    from stanza.utils.conll import CoNLL

    from newslint.nlp.stanza_backend import _convert_doc

    rows = [
        ("1", "Er", "er", "PRON", "2", "nsubj", 0, 2),
        ("2", "kam", "kommen", "VERB", "0", "root", 3, 6),
        ("3-4", "am", "_", "_", "_", "_", 7, 9),
        ("3", "an", "an", "ADP", "5", "case", None, None),
        ("4", "dem", "der", "DET", "5", "det", None, None),
        ("5", "Abend", "Abend", "NOUN", "2", "obl", 10, 15),
        ("6", "22", "22", "NUM", "2", "obl", 16, 18),
        ("7", ".", ".", "PUNCT", "2", "punct", 18, 19),
    ]
    lines = ["# text = Er kam am Abend 22."]
    for tid, form, lemma, upos, head, rel, a, b in rows:
        misc = f"start_char={a}|end_char={b}" if a is not None else "_"
        if tid == "6":
            misc += "|SpaceAfter=No"
        lines.append("\t".join([tid, form, lemma, upos, "_", "_", head, rel, "_", misc]))
    doc = CoNLL.conll2doc(input_str="\n".join(lines) + "\n\n")
    text = "XXXX Er kam am Abend 22."
    (sent,) = _convert_doc(doc, text, 5)
    assert [t.text for t in sent.tokens] == ["Er", "kam", "am", "Abend", "22", "."]
    assert all(text[t.start : t.end] == t.text for t in sent.tokens)
    am = sent.tokens[2]
    assert am.lemma == "an der" and am.upos == "DET"
    assert am.head == 3 and am.deprel == "case"  # "an" heads the MWT (its head is outside it)
    assert sent.tokens[1].head == -1 and sent.tokens[1].deprel == "root"
    assert sent.tokens[0].head == 1
    assert [t.kind for t in sent.tokens] == ["word", "word", "word", "word", "number", "punct"]
    assert (sent.start, sent.end) == (5, len(text))


NEWS = Path(__file__).parents[1].parent / "shared/data/news/news-dev.jsonl"


@pytest.mark.skipif(not NEWS.exists(), reason="news corpus not found")
def test_cli_lints_corpus_articles_with_stanza(model_dir: Path, tmp_path: Path) -> None:
    """Published articles linted through the real CLI with --nlp stanza: findings, no crash."""
    with NEWS.open(encoding="utf-8") as fh:
        for i, line in zip(range(5), fh):
            record = json.loads(line)
            (tmp_path / f"a{i}.txt").write_text(f"{record.get('header') or ''}\n\n{record['article']}\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "newslint", "--nlp", "stanza", "--format", "json", "--exit-zero", str(tmp_path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env(model_dir), cwd=REPO, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)  # valid report
    # a directory is analysed in batches; naming the files one by one analyses each on its own
    files = sorted(str(path) for path in tmp_path.glob("*.txt"))
    one_by_one = subprocess.run([*cmd[:-1], *files], capture_output=True, text=True, env=_env(model_dir), cwd=REPO,
                                timeout=900)
    assert json.loads(one_by_one.stdout) == report


# --- the builtin token contract on stanza's analysis -------------------------------------------

def _stanza_sentence(text: str, rows: list[tuple]) -> "Sentence":  # noqa: F821
    """A stanza-converted sentence from (surface, upos, lemma, head, deprel, ner) rows, found in order."""
    from newslint.nlp.base import Sentence, Token

    tokens, cursor = [], 0
    for surface, upos, lemma, head, deprel, ner in rows:
        i = text.index(surface, cursor)
        cursor = i + len(surface)
        tokens.append(Token(i, cursor, surface, "word", lemma, upos, None, ner, head, deprel))
    return Sentence(tokens[0].start, tokens[-1].end, tuple(tokens))


def test_builtin_contract_merges_split_numbers_and_maps_annotations() -> None:
    """Stanza's sentences and annotations on the builtin tokenizer's tokens (hand-made stanza output)."""
    from newslint.nlp.builtin import tokenize
    from newslint.nlp.stanza_backend import builtin_contract

    text = "Am 28. Oktober kamen 15.800 Menschen zur CDU/CSU. Danach ging es."
    # a weak stanza model: "28." and "15.800" split, a false boundary after "28." and inside "15.800",
    # "CDU/CSU" one token tagged S-ORG
    s1 = _stanza_sentence(text, [("Am", "ADP", "an der", 4, "case", "O"), ("28", "NUM", "28", 2, "nummod", "O"),
                                 (".", "PUNCT", ".", 1, "punct", "O")])
    s2 = _stanza_sentence(text, [("Oktober", "NOUN", "Oktober", 1, "obl", "O"), ("kamen", "VERB", "kommen", -1, "root", "O"),
                                 ("15", "NUM", "15", 2, "nummod", "O"), (".", "PUNCT", ".", 2, "punct", "O")])
    s3 = _stanza_sentence(text, [("800", "NUM", "800", 1, "nummod", "O"), ("Menschen", "NOUN", "Mensch", -1, "root", "O"),
                                 ("zur", "ADP", "zu der", 3, "case", "O"), ("CDU/CSU", "PROPN", "CDU/CSU", 1, "obl", "S-ORG"),
                                 (".", "PUNCT", ".", 1, "punct", "O")])
    s4 = _stanza_sentence(text, [("Danach", "ADV", "danach", 1, "advmod", "O"), ("ging", "VERB", "gehen", -1, "root", "O"),
                                 ("es", "PRON", "es", 1, "nsubj", "O"), (".", "PUNCT", ".", 1, "punct", "O")])
    sents = builtin_contract(text, 0, len(text), [s1, s2, s3, s4])
    builtin = tokenize(text)
    assert [(t.start, t.end, t.kind) for s in sents for t in s.tokens] == [(t.start, t.end, t.kind) for t in builtin]
    # the boundary after the ordinal "28." and the one inside "15.800" are dropped; the real ones kept
    assert [text[s.start:s.end] for s in sents] == [
        "Am 28. Oktober kamen 15.800 Menschen zur CDU/CSU.", "Danach ging es."]
    first = {t.text: t for t in sents[0].tokens}
    cases = [  # text, kind, lemma, upos, ner
        ("28.", "ordinal", "28.", "ADJ", "O"),
        ("15.800", "number", "15.800", "NUM", "O"),
        ("Menschen", "word", "Mensch", "NOUN", "O"),
        ("zur", "word", "zu der", "ADP", "O"),
        ("CDU", "word", None, "PROPN", "B-ORG"),
        ("/", "punct", None, "PUNCT", "I-ORG"),
        ("CSU", "word", None, "PROPN", "E-ORG"),
    ]
    for surface, kind, lemma, upos, ner in cases:
        tok = first[surface]
        assert (tok.kind, tok.lemma, tok.upos, tok.ner) == (kind, lemma, upos, ner), surface
    # heads re-indexed onto the builtin tokens of the sentence: "Menschen" heads "15.800"; root stays -1
    idx = {t.text: i for i, t in enumerate(sents[0].tokens)}
    assert first["15.800"].head == idx["Menschen"] and first["15.800"].deprel == "nummod"
    assert first["kamen"].head == -1 and first["Oktober"].head == idx["kamen"]
    assert sents[1].tokens[0].head == 1 and sents[1].tokens[1].head == -1


@pytest.mark.parametrize(
    ("surface", "kind"),
    [("28.", "ordinal"), ("15.800", "number"), ("4,2", "number"), ("30 000", "number"), ("d. h.", "abbrev"),
     ("Dr.", "abbrev"), ("28.10.2024", "date"), ("https://example.org/a.html", "url"), ("3.", "ordinal")],
)
def test_real_pipeline_keeps_builtin_token_kinds(model_dir: Path, surface: str, kind: str) -> None:
    """Through the real stanza pipeline: the builtin tokens and kinds the rules rely on, with lemmas."""
    from newslint.nlp.builtin import tokenize
    from newslint.nlp.stanza_backend import StanzaBackend

    text = ("Am 28. Oktober kamen mehr als 15.800 Menschen, d. h. 4,2 Prozent, laut Dr. Müller nach Berlin. "
            "Rund 30 000 blieben im 3. Quartal zu Hause. Mehr unter https://example.org/a.html seit 28.10.2024.")
    sentences = StanzaBackend(str(model_dir)).analyze(text, [(0, len(text))])
    tokens = [t for s in sentences for t in s.tokens]
    assert [(t.start, t.end, t.kind) for t in tokens] == [(t.start, t.end, t.kind) for t in tokenize(text)]
    assert (surface, kind) in [(t.text, t.kind) for t in tokens]
    assert len(sentences) == 3  # no boundary after "28.", "d. h.", "Dr.", "3."
    assert next(t for t in tokens if t.text == "im").lemma  # MWT/lemma from stanza


def test_stanza_tokens_mode_gives_stanza_tokens(model_dir: Path) -> None:
    from newslint.nlp.stanza_backend import StanzaBackend

    text = "Er kam am Abend."
    toks = [t.text for s in StanzaBackend(str(model_dir), tokens="stanza").analyze(text, [(0, len(text))]) for t in s.tokens]
    assert "".join(toks) == text.replace(" ", "")
    with pytest.raises(ValueError):
        StanzaBackend(str(model_dir), tokens="other")


@pytest.mark.parametrize("case", ["empty", "no-german", "resources-only", "corrupt-model"])
def test_cli_missing_or_broken_models_is_one_line(case: str, model_dir: Path, tmp_path: Path) -> None:
    """``newslint --nlp stanza`` without usable models: exit 2, one stderr line naming the fixing command."""
    models = tmp_path / "models"
    models.mkdir()
    if case == "no-german":
        (models / "resources.json").write_text(json.dumps({"en": {"packages": {"default": {"tokenize": "x"}}}}))
    elif case == "resources-only":
        (models / "resources.json").write_text((model_dir / "resources.json").read_text())
    elif case == "corrupt-model":
        (models / "resources.json").write_text((model_dir / "resources.json").read_text())
        for pt in (model_dir / "de").rglob("*.pt"):
            dest = models / pt.relative_to(model_dir)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(b"not a torch file")
    article = tmp_path / "a.txt"
    article.write_text("Titel\n\nDer Rat tagte am Montag. Er beschloss nichts.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "newslint", "--nlp", "stanza", str(article)],
                          capture_output=True, text=True, env=_env(models), cwd=REPO, timeout=300)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "newslint models train --ud PATH" in lines[0] and "newslint models download" in lines[0]


def test_bad_thread_setting_is_one_line(model_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Titel\n\nDer Rat tagte am Montag.\n", encoding="utf-8")
    env = {**_env(model_dir), "NEWSLINT_STANZA_THREADS": "viele"}
    proc = subprocess.run([sys.executable, "-m", "newslint", "--nlp", "stanza", str(article)],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=300)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "NEWSLINT_STANZA_THREADS" in proc.stderr


# ---------------------------------------------------------------------------------------------
# NER: GermEval-2014-style TSV -> stanza's NER JSON -> stanza.models.ner_tagger -> installed model

_NER_PEOPLE = [("Wiebke", "Hollmann"), ("Jorgo", "Pfeilsticker"), ("Amalie", "Trostberg"), ("Kuno", "Weidemeyer")]
_NER_PLACES = ["Kleinmoorbach", "Sankt Ebersried", "Nordhalden", "Grauwerth"]
_NER_ORGS = ["Stadtwerke Nordhalden", "Verein Lindenhof"]


def _germeval_tsv(n: int, seed: int) -> str:
    """``n`` invented sentences in GermEval-2014 layout (index, token, outer tag, inner tag)."""
    out = []
    for i in range(n):
        first, last = _NER_PEOPLE[(i + seed) % len(_NER_PEOPLE)]
        place = _NER_PLACES[(i * 3 + seed) % len(_NER_PLACES)]
        org = _NER_ORGS[(i + seed) % len(_NER_ORGS)]
        rows = [(first, "B-PER", "O"), (last, "I-PER", "O"), ("besuchte", "O", "O")]
        # nested: the place inside "Stadtwerke Nordhalden" is LOC on the inner level only
        rows += [(w, ("B-" if k == 0 else "I-") + "ORG", "B-LOC" if w in _NER_PLACES else "O")
                 for k, w in enumerate(org.split())]
        rows += [("in", "O", "O")] + [(w, ("B-" if k == 0 else "I-") + "LOC", "O") for k, w in enumerate(place.split())]
        rows += [("und", "O", "O"), ("lobte", "O", "O"), ("die", "O", "O"), ("deutsche", "B-LOCderiv", "O"),
                 ("Zeitung", "O", "O"), ('"', "O", "O"), ("Morgenecho", "B-OTH", "O"), ('"', "O", "O"), (".", "O", "O")]
        out.append(f"#\thttp://example.invalid/{seed}/{i}\t[2026-01-01]\t")
        out += [f"{k}\t{w}\t{a}\t{b}" for k, (w, a, b) in enumerate(rows, 1)]
        out.append("")
    return "\n".join(out) + "\n"


@pytest.fixture()
def germeval_dir(tmp_path: Path) -> Path:
    d = tmp_path / "ner"
    d.mkdir()
    (d / "mini-dev.tsv").write_text(_germeval_tsv(8, 1), encoding="utf-8")
    (d / "mini-test.tsv").write_text(_germeval_tsv(40, 0), encoding="utf-8")
    return d


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "give training data: --ud PATH"),
        (["--processors", "ner", "--ud", "UD"], "ner needs GermEval-2014-style TSV data: --ner PATH"),
        (["--ner", "NER", "--processors", "tokenize,ner"], "training tokenize needs UD CoNLL-U data: --ud PATH"),
        (["--ner", "NER", "--ud", "UD", "--processors", "pos"], "--ner given but 'ner' is not in --processors"),
        (["--ner", "MISSING"], "no such file or directory"),
        (["--ner", "EMPTYDIR"], "no .tsv files in"),
        (["--ner", "NER", "--ner-steps", "0"], "--ner-steps must be at least 1"),
        (["--ner", "NER", "--processors", "ner,chunk"], "cannot train chunk"),
        (["--ner", "NER"], "a tokenizer is required"),  # empty model dir: NER alone cannot be used
    ],
)
def test_ner_train_argument_errors_are_one_line(args: list[str], message: str, germeval_dir: Path,
                                                  tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    subst = {"UD": str(UD), "NER": str(germeval_dir), "MISSING": str(tmp_path / "nope.tsv"),
             "EMPTYDIR": str(tmp_path / "empty")}
    proc = subprocess.run(
        [sys.executable, "-m", "newslint.models", "train", "--model-dir", str(tmp_path / "models"),
         *[subst.get(a, a) for a in args]],
        capture_output=True, text=True, env=_env(tmp_path / "models"), cwd=REPO, timeout=300,
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and proc.stderr.strip().count("\n") == 0, proc.stderr
    assert message in proc.stderr
    assert not (tmp_path / "models" / "de" / "ner").exists()


def test_germeval_split_and_conversion_use_outer_tags(germeval_dir: Path, tmp_path: Path) -> None:
    from newslint.models import ner_files, split_ner, write_ner_json

    files = ner_files([str(germeval_dir)])
    assert [f.name for f in files] == ["mini-dev.tsv", "mini-test.tsv"]
    split, how = split_ner(files)
    # no *train* file: train on the test file (every 20th sentence is the dev set), evaluate on dev
    assert {k: len(v) for k, v in split.items()} == {"train": 38, "dev": 2, "test": 8}
    assert "train on mini-test.tsv" in how and "held-out evaluation on mini-dev.tsv" in how
    paths = write_ner_json(split, tmp_path / "json")
    doc = json.loads(paths["train"].read_text(encoding="utf-8"))
    assert len(doc) == 38 and all(w.keys() >= {"text", "ner"} for s in doc for w in s)
    first = doc[0]
    tags = {w["text"]: w["ner"] for w in first}
    assert first[0]["ner"] == "B-PER" and first[1]["ner"] == "I-PER"
    assert tags["deutsche"] == "B-LOC"  # stanza's rubric: LOCderiv -> LOC
    assert tags["Morgenecho"] == "B-MISC"  # OTH -> MISC
    # the outer column wins over the nested (inner) one: "Stadtwerke Nordhalden" is ORG, not LOC
    inner = [s[4]["ner"] for s in doc if s[3]["text"] == "Stadtwerke" and s[4]["text"] == "Nordhalden"]
    assert inner and set(inner) == {"I-ORG"}
    held = json.loads(paths["test"].read_text(encoding="utf-8"))
    assert len(held) == 8 and held[0][0]["text"] == _NER_PEOPLE[1][0]
    # files named neither train/dev/test: every 10th sentence is held out
    plain = tmp_path / "plain.tsv"
    plain.write_text(_germeval_tsv(30, 2), encoding="utf-8")
    split, how = split_ner([plain])
    assert {k: len(v) for k, v in split.items()} == {"train": 25, "dev": 2, "test": 3}
    assert "every 10th sentence" in how


@pytest.mark.parametrize("vectors", [False, True], ids=["no-vectors", "text-vectors"])
def test_ner_training_installs_a_model_the_pipeline_loads(model_dir: Path, germeval_dir: Path,
                                                          tmp_path: Path, vectors: bool) -> None:
    """A real (tiny) stanza NER training run: installed next to a copy of the test tokenizer;
    with word2vec text vectors (invented, 8 dimensions), converted to a stanza pretrain."""
    import random
    import shutil

    models = tmp_path / "models"
    shutil.copytree(model_dir, models)
    extra = []
    if vectors:
        rng = random.Random(7)
        words = sorted({w for line in _germeval_tsv(8, 0).splitlines() if line and not line.startswith("#")
                        for w in [line.split("\t")[1].lower()]})
        vec = tmp_path / "vectors.vec"
        vec.write_text(f"{len(words)} 8\n" + "".join(
            w + " " + " ".join(f"{rng.uniform(-1, 1):.3f}" for _ in range(8)) + "\n" for w in words),
            encoding="utf-8")
        extra = ["--wordvec-pretrain", str(vec)]
    proc = subprocess.run(
        [sys.executable, "-m", "newslint.models", "train", "--ner", str(germeval_dir), "--ner-steps", "20",
         "--small", "--model-dir", str(models), *extra],
        capture_output=True, text=True, env=_env(models), cwd=REPO, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "installed ner into" in proc.stdout
    assert "held-out evaluation on mini-dev.tsv" in proc.stdout
    assert "held-out scores: ner: EntityF1" in proc.stdout
    assert (models / "de" / "ner" / "newslint.pt").is_file()
    resources = json.loads((models / "resources.json").read_text(encoding="utf-8"))
    assert resources["de"]["packages"]["default"]["ner"] == "newslint"
    assert resources["de"]["packages"]["default"]["tokenize"] == "newslint"  # earlier models kept
    info = json.loads((models / "newslint-train.json").read_text(encoding="utf-8"))
    assert "test" in info["scores"]["ner"] and "EntityF1" in info["scores"]["ner"]["test"]
    assert info["settings"]["ner_pretrain"] == ("vectors.vec" if vectors else "none")
    ner_entry = resources["de"]["ner"]["newslint"]
    if vectors:  # the pipeline must load the vectors the tagger was trained with
        assert ner_entry == {"dependencies": [{"model": "pretrain", "package": "newslint"}]}
        assert (models / "de" / "pretrain" / "newslint.pt").is_file()
    else:
        assert ner_entry == {} and not (models / "de" / "pretrain").exists()
    status = subprocess.run([sys.executable, "-m", "newslint.models", "status", "--model-dir", str(models)],
                            capture_output=True, text=True, env=_env(models), cwd=REPO, timeout=300)
    assert status.returncode == 0 and "ner       " + str(models / "de" / "ner" / "newslint.pt") in status.stdout
    # the backend's pipeline loads the NER model and tags every token (whatever the tiny model says)
    code = (
        "import sys; from newslint.nlp.stanza_backend import _load_pipeline, StanzaBackend\n"
        "nlp = _load_pipeline(sys.argv[1]); print(sorted(nlp.processors))\n"
        "t = 'Wiebke Hollmann besuchte Grauwerth.'\n"
        "s = StanzaBackend(sys.argv[1]).analyze(t, [(0, len(t))])\n"
        "print(all(tok.ner is not None for x in s for tok in x.tokens))\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(models)], capture_output=True, text=True,
                         env=_env(models), cwd=REPO, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "'ner'" in run.stdout.splitlines()[0] and run.stdout.splitlines()[1] == "True"
