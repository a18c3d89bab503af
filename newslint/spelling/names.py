"""Evidence that a capitalised word the lexicon lacks is a name (or a foreign word), not a typo.

An unknown capitalised word is presumed to be a name. It only becomes a typo candidate when none
of the evidence below applies (and the rule then still needs a close, known correction):

* the token carries an entity tag (stanza backend);
* it recurs in the text (also as a genitive, "Selenskyjs", or inside a hyphenated compound);
* it follows a title, role or first name ("Generalsekretär Mark Rutte"), or a name particle;
* it stands next to another unknown capitalised word (a multi-word name: "Open Source Centre");
* a neighbour is an English word ("The Mirror");
* it is an acronym or contains digits or letters German does not use ("Dvořák");
* it ends like a name from another language ("-ow", "-yj", "-enko", "-escu", ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from newslint.config import tomllib

GERMAN_LETTERS = regex.compile(r"[A-Za-zÄÖÜäöüß]+")
FOREIGN_ENDINGS = (
    "ow", "ova", "owa", "ov", "ev", "eva", "yj", "ij", "ski", "sky", "skyj", "enko", "escu", "ić", "vic",
    "vich", "wicz", "shvili", "ian", "yan", "oglu", "oğlu", "zade", "sson", "aj", "uk", "chuk", "ez", "ao",
    "ee", "oo", "ou", "ai", "y", "ah", "eh", "ui", "iu",
)
OPENING = "„»«“\"‚‹'([–—-"


@dataclass(frozen=True)
class NameData:
    titles: frozenset[str]
    first_names: frozenset[str]
    particles: frozenset[str]
    english: frozenset[str]


@lru_cache(maxsize=1)
def name_data() -> NameData:
    path = Path(__file__).resolve().parent.parent.parent / "rules" / "names.toml"
    try:
        from importlib import resources

        text = resources.files("newslint_rules").joinpath("names.toml").read_bytes()
    except (ImportError, FileNotFoundError, ModuleNotFoundError, OSError):
        text = path.read_bytes()
    data = tomllib.loads(text.decode("utf-8"))
    return NameData(*(frozenset(data.get(key, "").split()) for key in ("titles", "first_names", "particles",
                                                                         "english")))


def looks_foreign(word: str) -> bool:
    """Letters German does not use, or an ending typical of names from other languages."""
    if not GERMAN_LETTERS.fullmatch(word.replace("-", "")):
        return True
    lower = word.lower()
    return lower.endswith(FOREIGN_ENDINGS)


def is_acronym(word: str) -> bool:
    """"KIDA", "DVRK", "mRNA", "BioNTech", "iPhone", "F16": all caps, inner capitals or digits."""
    if word.isalpha() and (word.islower() or word[0].isupper() and word[1:].islower()):
        return False  # the usual word, "haus" or "Haus", answered without counting (a hot path)
    if any(ch.isdigit() for ch in word):
        return True
    for part in word.replace("‐", "-").split("-"):
        capitals = sum(1 for ch in part if ch.isupper())
        if capitals >= 2 or (capitals == 1 and not part[:1].isupper()):
            return True
    return False


PLACE_ENDINGS = (
    "ing", "ingen", "dorf", "burg", "berg", "stedt", "städt", "hausen", "heim", "bach", "feld", "hagen",
    "kirchen", "brunn", "bronn", "horst", "büttel", "leben", "rode", "itz", "witz", "weiler", "furt", "brück",
    "hof", "mann", "bauer", "hardt", "ach", "au", "ried", "zell", "wang", "moos", "beck", "kamp", "loh", "stein",
)


def looks_like_place(lower: str, known) -> bool:
    """A German place or family name: "Germering", "Neubiberg", "Tempelhofer", "Kretschmann".

    Ends like one (optionally followed by the adjective -er) while the word as a whole is unknown.
    """
    for word in (lower, lower[:-2] if lower.endswith("er") else None):
        if word and word.endswith(PLACE_ENDINGS) and len(word) >= 6:
            return True
    return False
