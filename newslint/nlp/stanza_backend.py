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


def _set_torch_threads() -> None:
    """Torch intra-op threads for inference: ``$NEWSLINT_STANZA_THREADS``, default 1 (0 = torch's default).

    Measured here (2 shared cores): 1 thread 0.27 s per news article, torch's default (2) 2-4 s,
    its threads spinning against each other and the other processes. The pipeline runs small
    batches (paragraphs), where more threads gain little even on an idle machine."""
    raw = os.environ.get("NEWSLINT_STANZA_THREADS", "1").strip()
    try:
        threads = int(raw)
    except ValueError:
        raise BackendUnavailable(f"stanza backend: NEWSLINT_STANZA_THREADS must be a number, not {raw!r}") from None
    if threads > 0:
        import torch

        torch.set_num_threads(threads)


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
        _set_torch_threads()
        try:
            nlp = stanza.Pipeline(
                LANG,
                dir=model_dir,
                processors=",".join(procs),
                download_method=None,
                logging_level="CRITICAL",  # failures become one BackendUnavailable line, not log lines
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
        except Exception as exc:  # noqa: BLE001 - a corrupt or incompatible model file (torch.load errors)
            raise BackendUnavailable(
                f"stanza backend: cannot load the German models in {model_dir} "
                f"({type(exc).__name__}; corrupt, or trained with another stanza/torch version?); "
                f"retrain: newslint models train --ud PATH  (or: newslint models download)"
            ) from exc
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


# ---------------------------------------------------------------------------------------------
# Builtin token contract on stanza's analysis
#
# The rules rely on the builtin tokenizer's token kinds and number formats: "15.800", "4,2",
# "30 000" are one number, "28." before "Oktober" is an ordinal, "28.10.2024" a date, "z. B." an
# abbreviation, URLs and e-mail addresses one token. Stanza's tokens follow UD conventions instead
# (and a small model may split numbers). So, by default, the tokens of each span are the builtin
# tokenizer's, grouped into stanza's sentences, and carry stanza's annotations (lemma, MWT
# expansion, POS, features, NER, dependencies) from the stanza tokens they overlap.


def _bioes(tags: list[str | None], part: int, parts: int) -> str | None:
    """NER tag of builtin token ``part`` (of ``parts``) covering stanza tokens with ``tags``."""
    tags = [t for t in tags if t is not None]
    if not tags:
        return None
    typed = [t for t in tags if t != "O" and "-" in t]
    if not typed:
        return "O"
    first, last = tags[0], tags[-1]
    label = typed[0].split("-", 1)[1]
    begins = first[:1] in ("B", "S") and part == 0
    ends = last[:1] in ("E", "S") and part == parts - 1
    if first == "O" and last == "O":  # an entity strictly inside one builtin token: keep its type
        begins = ends = True
    return ("S" if ends else "B") + "-" + label if begins else ("E" if ends else "I") + "-" + label


def _merge_annotations(
    text: str, btok: Token, stoks: list[tuple[int, Token]], bindex_of: dict[int, int], parts: tuple[int, int] = (0, 1)
) -> Token:
    """``btok`` (builtin kind and offsets) with the annotations of the stanza tokens it overlaps.

    ``stoks``: (global stanza token index, token with a *global* head index or -1), in order.
    ``bindex_of``: global stanza index -> global builtin index (of the builtin token at its start).
    """
    if not stoks:
        return btok
    same = len(stoks) == 1 and stoks[0][1].start == btok.start and stoks[0][1].end == btok.end
    group = {g for g, _ in stoks}
    # the syntactic head of the group: the stanza token whose head lies outside it (else the last)
    gi, head_tok = next(((g, t) for g, t in stoks if t.head is not None and t.head not in group), stoks[-1])
    head = deprel = None
    if head_tok.head is not None and head_tok.deprel is not None and parts[0] == 0:
        head = -1 if head_tok.head == -1 else bindex_of.get(head_tok.head)
        deprel = head_tok.deprel
    kind = btok.kind
    if same:
        lemma, upos, feats = head_tok.lemma, head_tok.upos, head_tok.feats
    elif len(stoks) > 1:
        # a builtin token made of several stanza tokens ("15.800" split as 15 . 800, "z. B." as z. B.)
        lemmas = [t.lemma for _, t in stoks]
        lemma = btok.text if kind not in ("word", "abbrev") else (" ".join(lemmas) if all(lemmas) else None)
        upos, feats = head_tok.upos, head_tok.feats
    else:  # one stanza token covering several builtin tokens ("CDU/CSU"): share its tag, not its lemma
        lemma, upos, feats = None, head_tok.upos, head_tok.feats
    if kind in ("number", "date"):
        if upos is not None:
            upos, feats = "NUM", feats if upos == "NUM" else None
        lemma = btok.text
    elif kind == "ordinal":
        upos = "ADJ" if upos is not None else None
        lemma = btok.text
    elif kind == "punct":
        upos = "PUNCT" if upos is not None else None
        lemma = btok.text if lemma is not None or same else None
        feats = None
    elif kind in ("url", "email", "hashtag", "handle"):
        upos = "X" if upos is not None else None
        lemma = btok.text
    ner = _bioes([t.ner for _, t in stoks], *parts)
    if ner is not None and kind == "punct" and parts[1] == 1 and not same:
        ner = "O"
    return Token(
        start=btok.start, end=btok.end, text=btok.text, kind=kind, lemma=lemma, upos=upos, feats=feats,
        ner=ner, head=head, deprel=deprel,
    )


_CLOSERS = frozenset("“”«»\"‘’›)]'")


def _no_boundary_after(btoks: list[Token], j: int) -> bool:
    """The builtin tokenizer's evidence that a sentence does not end after ``btoks[j]``: it is an
    ordinal or abbreviation ("am 28.| Oktober", "Dr.| Müller"), or the text before the boundary
    (closing quotes and brackets aside) does not end with . ! ? … (a small stanza model splits
    "… verpassen| Sie keine …" or after a colon)."""
    while j > 0 and btoks[j].text in _CLOSERS:
        j -= 1
    tok = btoks[j]
    return tok.kind in ("ordinal", "abbrev") or tok.text[-1:] not in (".", "!", "?", "…")


def builtin_contract(text: str, start: int, end: int, ssents: list[Sentence]) -> list[Sentence]:
    """Re-tokenize ``text[start:end]`` with the builtin tokenizer, keeping stanza's sentence boundaries
    (unless a builtin token crosses one, or it falls after an ordinal, an abbreviation or anything but
    . ! ? …) and
    carrying stanza's annotations over to the builtin tokens."""
    from newslint.nlp.builtin import tokenize

    btoks = tokenize(text, start, end)
    if not btoks:
        return []
    # stanza tokens, flattened, heads made global
    flat: list[Token] = []
    for sent in ssents:
        base = len(flat)
        for t in sent.tokens:
            h = t.head
            if h is not None and h >= 0:
                h = base + h
            flat.append(Token(t.start, t.end, t.text, t.kind, t.lemma, t.upos, t.feats, t.ner, h, t.deprel))
    boundaries = sorted(s.start for s in ssents[1:])
    # assign stanza tokens to the builtin tokens they overlap (two-pointer walk, both sorted)
    overlaps: list[list[tuple[int, Token]]] = [[] for _ in btoks]
    bindex_of: dict[int, int] = {}
    bi = 0
    for gi, st in enumerate(flat):
        while bi < len(btoks) and btoks[bi].end <= st.start:
            bi += 1
        bj = bi
        while bj < len(btoks) and btoks[bj].start < st.end:
            overlaps[bj].append((gi, st))
            bindex_of.setdefault(gi, bj)
            bj += 1
        if gi not in bindex_of:  # a stanza token over whitespace only (should not happen): nearest builtin
            bindex_of[gi] = min(bi, len(btoks) - 1)
    # which builtin tokens share one stanza token (for BIOES and head placement)
    parts: list[tuple[int, int]] = [(0, 1)] * len(btoks)
    for gi, st in enumerate(flat):
        covered = []
        j = bindex_of[gi]
        while j < len(btoks) and btoks[j].start < st.end:
            covered.append(j)
            j += 1
        if len(covered) > 1 and all(len(overlaps[j]) == 1 for j in covered):
            for n, j in enumerate(covered):
                parts[j] = (n, len(covered))
    # sentence starts: a stanza boundary between two builtin tokens, not vetoed by the builtin tokenizer
    import bisect

    starts = [0]
    for j in range(1, len(btoks)):
        prev, cur = btoks[j - 1], btoks[j]
        k = bisect.bisect_left(boundaries, prev.end)
        if k < len(boundaries) and boundaries[k] <= cur.start and not _no_boundary_after(btoks, j - 1):
            starts.append(j)
    starts.append(len(btoks))
    sentence_of = [0] * len(btoks)
    for si in range(len(starts) - 1):
        for j in range(starts[si], starts[si + 1]):
            sentence_of[j] = si
    out: list[Sentence] = []
    for si in range(len(starts) - 1):
        a, b = starts[si], starts[si + 1]
        toks: list[Token] = []
        for j in range(a, b):
            tok = _merge_annotations(text, btoks[j], overlaps[j], bindex_of, parts[j])
            if tok.head is not None and tok.head >= 0:  # global builtin index -> index in this sentence
                h = tok.head
                local = h - a if sentence_of[h] == si and h != j else None
                tok = Token(tok.start, tok.end, tok.text, tok.kind, tok.lemma, tok.upos, tok.feats, tok.ner,
                            local, tok.deprel if local is not None else None)
            toks.append(tok)
        out.append(Sentence(start=toks[0].start, end=toks[-1].end, tokens=tuple(toks)))
    return out


def _dictionary_lookup(nlp: Any) -> Any:
    """For a dictionary-only lemmatizer: ``lookup(word, upos)`` -> lemma or None when the word is not
    in its dictionary. None when the lemmatizer is a seq2seq model (its lemmas are predictions) or
    stanza's internals differ from 1.15's."""
    proc = getattr(nlp, "processors", {}).get("lemma")
    if proc is None or not proc.config.get("dict_only", False) or getattr(proc, "use_identity", False):
        return None
    trainer = getattr(proc, "trainer", None)
    raw = getattr(trainer, "_lookup", None)
    if raw is None:
        return None
    caseless = bool(getattr(trainer, "caseless", False))

    def lookup(word: str, upos: str | None) -> str | None:
        try:
            return raw(word.lower() if caseless else word, upos)
        except Exception:  # noqa: BLE001 - never fail the analysis over this refinement
            return word

    return lookup


class StanzaBackend:
    """German tokenizer/lemmatizer/(tagger/parser/NER) via stanza, loaded offline."""

    name = "stanza"

    def __init__(self, model_dir: str | None = None, tokens: str = "builtin") -> None:
        """``tokens="builtin"`` (default): the builtin tokenizer's tokens (kinds, number formats) in
        stanza's sentences, with stanza's annotations; ``"stanza"``: stanza's own (UD-style) tokens."""
        if tokens not in ("builtin", "stanza"):
            raise ValueError(f"tokens must be 'builtin' or 'stanza', not {tokens!r}")
        self.tokens = tokens
        self.model_dir = os.path.abspath(os.path.expanduser(model_dir or default_model_dir()))
        self._nlp = _load_pipeline(self.model_dir)
        self.processors = tuple(self._nlp.processors.keys())
        self._unknown_lemma = _dictionary_lookup(self._nlp)

    def _drop_guessed_lemmas(self, doc: Any) -> None:
        """A dictionary-only lemmatizer returns an unknown word itself as its lemma ("Läuferinnen");
        set those to None so that the rules fall back to their own lemmatization."""
        lookup = self._unknown_lemma
        if lookup is None:
            return
        for sent in doc.sentences:
            for word in sent.words:
                if word.lemma is not None and lookup(word.text, word.upos) is None:
                    word.lemma = None

    def analyze(self, text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
        return self.analyze_many([(text, spans)])[0]

    def analyze_many(self, items: list[tuple[str, list[tuple[int, int]]]]) -> list[list[Sentence]]:
        """Analyze several documents' spans in one stanza batch; one sentence list per item."""
        from stanza.models.common.doc import Document

        jobs: list[tuple[int, int]] = []  # (item index, span start)
        ends: list[tuple[int, int]] = []
        docs: list[Any] = []
        for ii, (text, spans) in enumerate(items):
            for s, e in spans:
                chunk = text[s:e]
                if not chunk.strip():
                    continue
                jobs.append((ii, s))
                ends.append((s, e))
                docs.append(Document([], text=chunk))
        results: list[list[Sentence]] = [[] for _ in items]
        if docs:
            processed = self._nlp.bulk_process(docs)
            for (ii, s), (_, e), doc in zip(jobs, ends, processed):
                self._drop_guessed_lemmas(doc)
                sents = _convert_doc(doc, items[ii][0], s)
                if self.tokens == "builtin":
                    sents = builtin_contract(items[ii][0], s, e, sents)
                results[ii].extend(sents)
        for sents in results:
            sents.sort(key=lambda x: x.start)
        return results
