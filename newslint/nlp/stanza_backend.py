"""Optional deep-analysis backend built on stanza (Stanford NLP).

Nothing here imports torch or stanza at module import time: ``available()`` and
``default_model_dir()`` are cheap, and the pipeline is built lazily, once per
process and model directory, on first use.

Model layout (the one ``stanza.download`` writes, and ``newslint models train``
reproduces)::

    <model_dir>/resources.json
    <model_dir>/de/tokenize/<package>.pt
    <model_dir>/de/mwt/<package>.pt
    <model_dir>/de/lemma/<package>.pt
    ...
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import threading
import unicodedata
from pathlib import Path
from typing import Any

from newslint.nlp.base import BackendUnavailable, Sentence, Token

LANG = "de"
#: Processors the backend uses, in pipeline order, when their models are installed.
PROCESSORS = ("tokenize", "mwt", "lemma", "pos", "depparse", "ner")
FIX_HINT = "run: newslint models train --ud PATH  (or: newslint models download)"
INSTALL_HINT = "pip install 'newslint[stanza]'"

_PIPELINES: dict[tuple[str, tuple[str, ...]], Any] = {}
_LOCK = threading.Lock()


def default_model_dir() -> str:
    """``$NEWSLINT_STANZA_DIR``, else ``$XDG_CACHE_HOME/newslint/stanza`` (``~/.cache/...``)."""
    env = os.environ.get("NEWSLINT_STANZA_DIR")
    if env:
        return os.path.abspath(os.path.expanduser(env))
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "newslint", "stanza")


def stanza_importable() -> bool:
    try:
        return importlib.util.find_spec("stanza") is not None
    except (ImportError, ValueError):
        return False


def installed_models(model_dir: str | None = None) -> dict[str, str]:
    """Map processor -> model file for the German models present in ``model_dir``.

    Reads ``resources.json`` (the default package of each processor) and keeps only
    processors whose ``.pt`` file exists. Never imports stanza.
    """
    root = Path(model_dir or default_model_dir())
    try:
        resources = json.loads((root / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    lang = resources.get(LANG)
    if not isinstance(lang, dict):
        return {}
    if "alias" in lang:  # follow at most one alias, as stanza does
        lang = resources.get(lang["alias"], {})
    defaults: dict[str, Any] = {}
    pkgs = lang.get("packages")
    if isinstance(pkgs, dict) and isinstance(pkgs.get("default"), dict):
        defaults.update(pkgs["default"])
    if isinstance(lang.get("default_processors"), dict):
        for k, v in lang["default_processors"].items():
            defaults.setdefault(k, v)
    found: dict[str, str] = {}
    for proc in PROCESSORS:
        pkg = defaults.get(proc)
        if isinstance(pkg, list) and pkg:
            pkg = pkg[0]
        if not isinstance(pkg, str):
            continue
        path = root / LANG / proc / f"{pkg}.pt"
        if path.is_file():
            found[proc] = str(path)
    if "tokenize" not in found:  # nothing usable without a tokenizer
        return {}
    return found


def available(model_dir: str | None = None) -> bool:
    """Cheap check: stanza importable and a German tokenizer installed. Does not import torch."""
    return stanza_importable() and bool(installed_models(model_dir))


def _unavailable(model_dir: str, detail: str = "") -> BackendUnavailable:
    where = f" in {model_dir}"
    extra = f" ({detail})" if detail else ""
    return BackendUnavailable(f"stanza backend: no German models{where}{extra}; {FIX_HINT}")


def _load_pipeline(model_dir: str) -> Any:
    if not stanza_importable():
        raise BackendUnavailable(f"stanza backend: stanza is not installed; {INSTALL_HINT}")
    models = installed_models(model_dir)
    if not models:
        raise _unavailable(model_dir)
    procs = tuple(p for p in PROCESSORS if p in models)
    key = (os.path.abspath(model_dir), procs)
    with _LOCK:
        nlp = _PIPELINES.get(key)
        if nlp is not None:
            return nlp
        try:
            import stanza
            from stanza.resources.common import ResourcesFileNotFoundError
        except ImportError as exc:  # stanza present but broken (e.g. torch missing)
            raise BackendUnavailable(f"stanza backend: cannot import stanza ({exc}); {INSTALL_HINT}") from exc
        try:
            nlp = stanza.Pipeline(
                LANG,
                dir=model_dir,
                processors=",".join(procs),
                download_method=None,
                logging_level="WARN",
                use_gpu=False,
            )
        except ResourcesFileNotFoundError as exc:
            raise _unavailable(model_dir, "resources.json missing") from exc
        except FileNotFoundError as exc:  # includes stanza's LanguageNotDownloadedError
            raise _unavailable(model_dir, f"missing file {getattr(exc, 'filename', None) or exc}") from exc
        except KeyError as exc:  # e.g. KeyError: 'de' from a resources.json without German
            raise _unavailable(model_dir, f"resources.json has no entry {exc}") from exc
        except ValueError as exc:  # "No processors to load for language de"
            raise _unavailable(model_dir, str(exc).splitlines()[0]) from exc
        _PIPELINES[key] = nlp
        return nlp


_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")


def _kind(upos: str | None, surface: str) -> str:
    if upos == "NUM":
        return "number"
    if upos == "PUNCT":
        return "punct"
    if upos is None and surface:  # no tagger installed: classify by shape
        if _NUMBER.fullmatch(surface):
            return "number"
        if all(unicodedata.category(c)[0] == "P" for c in surface):
            return "punct"
        if all(unicodedata.category(c)[0] in "PS" for c in surface):
            return "symbol"
    return "word"


def _convert_doc(doc: Any, text: str, offset: int) -> list[Sentence]:
    """Turn one stanza Document (run on ``text[offset:...]``) into newslint sentences."""
    out: list[Sentence] = []
    for sent in doc.sentences:
        stoks = [t for t in sent.tokens if t.start_char is not None and t.end_char is not None]
        if not stoks:
            continue
        word_to_token: dict[int, int] = {}
        for ti, tok in enumerate(stoks):
            for w in tok.words:
                word_to_token[w.id] = ti
        tokens: list[Token] = []
        for ti, tok in enumerate(stoks):
            words = list(tok.words)
            start, end = offset + tok.start_char, offset + tok.end_char
            surface = text[start:end]
            if len(words) == 1:
                w = words[0]
                lemma, upos, feats = w.lemma, w.upos, w.feats
                headword = w
            else:
                lemmas = [w.lemma for w in words]
                lemma = " ".join(lemmas) if all(lemmas) else None
                upos, feats = words[-1].upos, words[-1].feats
                # the syntactic head of an MWT: the word whose head lies outside the token
                headword = next(
                    (w for w in words if w.head is not None and word_to_token.get(w.head) != ti),
                    words[-1],
                )
            head: int | None = None
            deprel = None
            if headword.head is not None and getattr(headword, "deprel", None) is not None:
                head = -1 if headword.head == 0 else word_to_token.get(headword.head)
                deprel = headword.deprel
            ner = getattr(tok, "ner", None)
            tokens.append(
                Token(
                    start=start,
                    end=end,
                    text=surface,
                    kind=_kind(upos, surface),
                    lemma=lemma,
                    upos=upos,
                    feats=feats,
                    ner=ner,
                    head=head,
                    deprel=deprel,
                )
            )
        out.append(Sentence(start=tokens[0].start, end=tokens[-1].end, tokens=tuple(tokens)))
    return out


class StanzaBackend:
    """German tokenizer/lemmatizer/(tagger/parser/NER) via stanza, loaded offline."""

    name = "stanza"

    def __init__(self, model_dir: str | None = None) -> None:
        self.model_dir = os.path.abspath(os.path.expanduser(model_dir or default_model_dir()))
        self._nlp = _load_pipeline(self.model_dir)
        self.processors = tuple(self._nlp.processors.keys())

    def analyze(self, text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
        return self.analyze_many([(text, spans)])[0]

    def analyze_many(self, items: list[tuple[str, list[tuple[int, int]]]]) -> list[list[Sentence]]:
        """Analyze several documents' spans in one stanza batch; one sentence list per item."""
        from stanza.models.common.doc import Document

        jobs: list[tuple[int, int]] = []  # (item index, span start)
        docs: list[Any] = []
        for ii, (text, spans) in enumerate(items):
            for s, e in spans:
                chunk = text[s:e]
                if not chunk.strip():
                    continue
                jobs.append((ii, s))
                docs.append(Document([], text=chunk))
        results: list[list[Sentence]] = [[] for _ in items]
        if docs:
            processed = self._nlp.bulk_process(docs)
            for (ii, s), doc in zip(jobs, processed):
                results[ii].extend(_convert_doc(doc, items[ii][0], s))
        for sents in results:
            sents.sort(key=lambda x: x.start)
        return results
