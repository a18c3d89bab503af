"""The builtin German tokenizer and sentence splitter: rules of thumb, no model, fast to load.

It knows what trips naive splitters in German news copy: ordinals and dates ("am 28. Oktober",
"28.10.2024", "im 3. Quartal"), abbreviations ("z. B.", "Dr.", "Mio."), number formats
("15.800", "4,2", "30 000"), quotation marks, hyphenated compounds, soft hyphens inside words
(U+00AD, left by CMS hyphenation), URLs and e-mail addresses.
"""
from __future__ import annotations

import regex

from newslint.nlp.base import Sentence, Token

# Abbreviations that end with a period and usually do not end a sentence.
ABBREVIATIONS = frozenset(
    """
    Abb Abs Abt Adr Akad allg Anm Art Aufl Bd Bde Bhf Bsp bspw bzgl bzw ca Chr Co dgl Dipl Dir Dr Dres
    Dtzd ebd eigtl einschl engl entspr erg etc ev evtl Fa Fam ff Fr frz geb Gebr gegr gem Ges ggf ggü gr
    Hbf hl Hr Hrn Hrsg ib ibd inkl insb Inh Ing Jh Jhd jr Jr jun Kap kath Kfm kgl Kl Kt lfd Lt ltd Mag max
    Mi min Mio Mo Mrd Mrz Mt mtl Nachf Nr Nrn o.ä od Pfd Pkt Prof Prov Pst rd Reg resp Rel Rep Sa Sek
    sen Sen So sog Sr St Std Str Tab Tel Tsd Ts usf usw Verf vgl Vors vs Wdh zB zit Ziff zzgl zz zzt
    Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez Di Do
    """.split()
)
# Abbreviations that may well end a sentence when a capitalised word follows.
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"usw", "etc", "usf", "ff", "ebd", "Chr", "Co", "ltd", "Jh", "Jhd"})
# Multi-part abbreviations written with a space or none: "z. B.", "u. a.", "d. h.".
_MULTI_PART = ["z. B.", "u. a.", "d. h.", "v. a.", "z. T.", "u. U.", "o. ä.", "s. o.", "s. u.", "i. d. R.",
               "u. v. m.", "m. E.", "o. g.", "a. D.", "i. A.", "z. Zt.", "n. Chr.", "v. Chr.", "u. Ä.", "i. V."]
_MULTI_PATTERN = "|".join(
    sorted(("\\s?".join(regex.escape(part + ".") for part in abbr.replace(".", "").split()) for abbr in _MULTI_PART),
           key=len, reverse=True)
)
MONTHS = frozenset(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
# Nouns that typically follow an ordinal number ("3. Liga", "im 2. Quartal").
ORDINAL_NOUNS = frozenset(
    """Liga Bundesliga Quartal Halbjahr Jahrhundert Jahrtausend Platz Rang Runde Spieltag Klasse Stock Etage
    Stockwerk Mal Lesung Amendment Kompanie Armee Brigade Division Symphonie Sinfonie Auflage Ausgabe Staffel
    Folge Kapitel Absatz Welle Woche Tag Monat Jahrestag Geburtstag Todestag Advent Sonntag Weltkrieg
    Legislaturperiode Wahlperiode Amtszeit Bundesversammlung Parteitag Hälfte Minute Stunde Etappe Satz
    Durchgang Versuch Stufe Bezirk Instanz Senat Kammer Strafsenat Zivilsenat""".split()
)
ORDINAL_PRECEDERS = frozenset(
    "am im zum vom beim der die das den dem des ihr ihre ihrem ihren seinem seinen seine sein bis ab seit zur".split()
)

OPENING_QUOTES = "„»«“\"‚‹'(["
CLOSING_QUOTES = "“”«»\"‘’›)]'"
TERMINALS = frozenset(".!?…")

_TOKEN_PATTERN = regex.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"„“»«]+[^\s<>"„“»«.,;:!?)\]])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<multi>(?<!\w)(?:""" + _MULTI_PATTERN + r"""))
  | (?P<hashtag>(?<!\w)\#\w+)
  | (?P<handle>(?<![\w.])@\w+)
  | (?P<date>(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?![\d]))
  | (?P<time>(?<![\d.,])\d{1,2}[.:]\d{2}(?=\s*Uhr\b))
  | (?P<number>(?<![\d.,])(?:\d{1,3}\.\d{1,2}(?=[\u00a0\u202f ]?(?:%|Prozent\b))|\d{1,3}(?:(?:\.|[\u00a0\u202f\u2009 ])\d{3})+(?![\d])|\d+)(?:,\d+)?(?:[-‐]\w+(?:-\w+)*)?(?![\w]))
  | (?P<word>\w+(?:[-'’.&\u00ad]\w+)*(?:-(?=\s*(?:,|und\b|oder\b|bis\b|sowie\b|wie\b)))?)
  | (?P<ellipsis>\.\.\.|…)
  | (?P<punct>[^\w\s])
    """,
    regex.VERBOSE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets index ``text``."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN_PATTERN.finditer(text, start, end):
        kind = match.lastgroup
        value = match.group()
        if kind == "word":
            if value.isdecimal():
                kind = "number"
        elif kind == "number":
            if "-" in value or "‐" in value:
                kind = "word"  # "122-mm-Granaten", "54-Jährige": a compound that starts with a number
        elif kind == "time":
            kind = "number"
        elif kind == "multi":
            kind = "abbrev"
        elif kind == "ellipsis" or kind is None:
            kind = "punct"
        append(Token(match.start(), match.end(), value, kind))
    return _attach_periods(text, tokens)


def _attach_periods(text: str, tokens: list[Token]) -> list[Token]:
    """Join a period to the preceding word or number when it marks an abbreviation or an ordinal."""
    joined: dict[int, str] = {}  # index of the word or number -> kind of the joined token
    count = len(tokens)
    for index in [index for index, token in enumerate(tokens) if token.text == "."]:
        if index == 0 or tokens[index - 1].end != tokens[index].start:
            continue
        kind = _period_kind(tokens[index - 1], tokens[index - 2] if index >= 2 else None,
                            tokens[index + 1] if index + 1 < count else None)
        if kind:
            joined[index - 1] = kind
    if not joined:
        return tokens
    result: list[Token] = []
    skip = -1
    for index, token in enumerate(tokens):
        if index == skip:
            continue
        kind = joined.get(index)
        if kind is None:
            result.append(token)
        else:
            result.append(Token(token.start, tokens[index + 1].end, token.text + ".", kind))
            skip = index + 1
    return result


def _period_kind(token: Token, previous: Token | None, after: Token | None) -> str | None:
    word = token.text
    if token.kind == "number" and len(word) <= 3 and word.isdecimal():
        if after is None:
            return None
        if after.text in MONTHS or after.text in ORDINAL_NOUNS or after.text[:1].islower() and after.kind == "word":
            return "ordinal"
        if previous is not None and previous.text.lower() in ORDINAL_PRECEDERS and after.kind == "word":
            return "ordinal"
        return None
    if token.kind != "word":
        return None
    if word in ABBREVIATIONS or word.lower() in ABBREVIATIONS:
        if word in SENTENCE_FINAL_ABBREVIATIONS and after is not None and after.text[:1].isupper():
            return None
        return "abbrev"
    if len(word) == 1 and word.isalpha() and word.isupper():
        return "abbrev"  # an initial: "Mark R. Rutte"
    return None


def _is_boundary(tokens: list[Token], index: int, text: str) -> int | None:
    """If a sentence ends at ``tokens[index]`` return the index of its last token (after closing quotes)."""
    token = tokens[index]
    if not (token.kind == "punct" and token.text in TERMINALS or token.text == "…"):
        return None
    last = index
    while (last + 1 < len(tokens) and tokens[last + 1].text in CLOSING_QUOTES
           and tokens[last + 1].start == tokens[last].end):  # a quote after a space opens the next sentence
        last += 1
    if last + 1 >= len(tokens):
        return last
    following = tokens[last + 1]
    first_char = following.text[:1]
    if token.text == "…" and not first_char.isupper():
        return None
    if first_char.isupper() or first_char.isdigit() or first_char in "„»«\"‚'`(–-":
        # "…?“, sagte er" and "…!“ – so der Minister" continue the sentence
        if first_char in "–-" and last > index:
            return None
        return last
    return None


def split_sentences(text: str, start: int, end: int, tokens: list[Token] | None = None) -> list[Sentence]:
    """Split one segment ``text[start:end]`` into sentences."""
    tokens = tokenize(text, start, end) if tokens is None else tokens
    sentences: list[Sentence] = []
    first = 0
    index = 0
    while index < len(tokens):
        last = _is_boundary(tokens, index, text)
        if last is not None:
            sentences.append(Sentence(tokens[first].start, tokens[last].end, tuple(tokens[first : last + 1])))
            first = index = last + 1
            continue
        index += 1
    if first < len(tokens):
        sentences.append(Sentence(tokens[first].start, tokens[-1].end, tuple(tokens[first:])))
    return sentences


class BuiltinBackend:
    """The default backend: regular expressions only, loads in milliseconds."""

    name = "builtin"

    def analyze(self, text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
        sentences: list[Sentence] = []
        for start, end in spans:
            sentences.extend(split_sentences(text, start, end))
        return sentences
