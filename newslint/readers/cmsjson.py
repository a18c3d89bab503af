"""Structured articles: CMS fields (headline, teaser, body, captions) as a Document.

Two entry points share one builder:

- ``read_cms_json(source, path)`` reads a ``.json`` file ``{"headline": ..., "teaser": ...,
  "body": ..., "captions": [...]}``; every character of the Document text keeps its position in
  the JSON file (escapes such as ``\\n`` or ``\\u00e4`` map to the escape sequence), so line and
  column point into the string values of the file.
- ``build_article(headline=..., teaser=..., body=..., captions=...)`` builds a Document from the
  fields of a CMS (the Python API and the HTTP service); ``ArticleFields.locate`` turns a document
  offset back into the field name and the character offset inside that field.

Other facts about the article (``genre``, ``ressort``, ``url``, …) are not linted; they go into
``document.metadata`` like Markdown front matter, where rules read them (NL401 skips an opinion
piece's guesses when ``genre`` says "Kommentar").

Fields are separated by a blank line in the Document text, so no sentence crosses a field. The
body is split into paragraphs, subheadings and bullets with the plain-text heuristics.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from newslint.document import Document, Segment
from newslint.errors import InputError
from newslint.offsets import TextBuilder
from newslint.readers.plaintext import split_source_lines
from newslint.readers.structure import Line, segment_lines

FIELD_ALIASES = {
    "headline": ("headline", "title"),
    "teaser": ("teaser", "lead", "summary"),
    "body": ("body", "text"),
    "captions": ("captions",),
}
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_TOKEN = regex.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+', regex.DOTALL)


@dataclass(frozen=True, slots=True)
class FieldSpan:
    """Where one field's value lies: in the Document text and in the source it was read from."""

    name: str  # "headline", "teaser", "body", "captions[0]", ...
    doc_start: int
    doc_end: int
    src_start: int  # source offset of the value's first character
    raw: bool  # True: the source holds the value verbatim (API); False: a JSON string literal


@dataclass
class ArticleFields:
    """The field layout of a Document built from CMS fields."""

    fields: list[FieldSpan]
    values: dict[str, str]

    def locate(self, document: Document, offset: int, *, is_end: bool = False) -> tuple[str, int]:
        """(field name, character offset in the field's value) of a document offset."""
        chosen = self.fields[0] if self.fields else None
        for span in self.fields:
            if span.doc_start <= offset <= span.doc_end:
                chosen = span
                if offset < span.doc_end or is_end:
                    break
        if chosen is None:
            return "", 0
        offset = min(max(offset, chosen.doc_start), chosen.doc_end)
        source = document.offsets.to_source(offset, is_end=is_end)
        if chosen.raw:
            value = self.values[chosen.name]
            return chosen.name, min(max(source - chosen.src_start, 0), len(value))
        # JSON literal: count decoded characters from the start of the value
        return chosen.name, len(_decode_prefix(document.offsets.source, chosen.src_start, source))


def _decode_prefix(source: str, start: int, end: int) -> str:
    try:
        return json.loads('"' + source[start:end] + '"')
    except ValueError:
        return source[start:end]


class _Builder:
    """Appends fields to a TextBuilder and records segments and field spans."""

    def __init__(self, source: str) -> None:
        self.builder = TextBuilder(source)
        self.segments: list[Segment] = []
        self.fields: list[FieldSpan] = []

    def separate(self, src_pos: int) -> None:
        if self.builder.length:
            self.builder.insert("\n\n", src_pos, 0)

    def add(self, name: str, kind: str, start: int, end: int, *, raw: bool) -> None:
        """Append ``source[start:end]`` (a raw value or the inside of a JSON string literal)."""
        self.separate(start)
        doc_start = self.builder.length
        self._copy(start, end, raw)
        doc_end = self.builder.length
        self.fields.append(FieldSpan(name, doc_start, doc_end, start, raw))
        if kind == "body":
            text = self.builder.text_since(doc_start) if doc_end > doc_start else ""
            body_lines = []
            position = doc_start
            for part in text.split("\n"):
                body_lines.append(Line(position, position + len(part), part))
                position += len(part) + 1
            self.segments.extend(segment_lines(body_lines, has_headline=True, has_teaser=True))
            return
        text = self.builder.text_since(doc_start) if doc_end > doc_start else ""
        stripped = text.strip()
        if stripped:
            lead = len(text) - len(text.lstrip())
            self.segments.append(Segment(kind, doc_start + lead, doc_start + lead + len(stripped)))

    def _copy(self, start: int, end: int, raw: bool) -> None:
        builder, source = self.builder, self.builder.source
        if raw:
            for line_start, line_end, width in split_source_lines(source[start:end]):
                builder.copy(start + line_start, start + line_end)
                if width:
                    builder.insert("\n", start + line_end, width)
            return
        position = run = start
        while position < end:
            char = source[position]
            if char != "\\":
                position += 1
                continue
            builder.copy(run, position)
            escape = source[position + 1] if position + 1 < end else ""
            if escape == "u":
                code = int(source[position + 2:position + 6], 16)
                width = 6
                if 0xD800 <= code < 0xDC00 and source.startswith("\\u", position + 6):
                    low = int(source[position + 8:position + 12], 16)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        width = 12
                decoded = chr(code)
            else:
                decoded, width = _ESCAPES.get(escape, escape), 2
            if decoded == "\r":
                # "\r\n" (or a lone "\r") is one line break in the Document text
                if source.startswith("\\n", position + width):
                    width += 2
                decoded = "\n"
            builder.insert(decoded, position, width)
            position += width
            run = position
        builder.copy(run, end)

    def build(self, path: str, values: dict[str, str],
              metadata: Mapping[str, str] | None = None) -> tuple[Document, ArticleFields]:
        text, offsets = self.builder.build()
        known = {k: v for k, v in values.items() if k in ("headline", "teaser")}
        document = Document(path=path, text=text, offsets=offsets, segments=self.segments,
                            metadata={**(metadata or {}), **known})
        return document, ArticleFields(self.fields, values)


def _check_str(value: object, name: str, path: str) -> str:
    if not isinstance(value, str):
        raise InputError(path, f"field {name!r} must be a string, got {type(value).__name__}")
    return value


def build_article(
    *,
    headline: str | None = None,
    teaser: str | None = None,
    body: str | None = None,
    captions: Sequence[str] = (),
    metadata: Mapping[str, str] | None = None,
    path: str = "<article>",
) -> tuple[Document, ArticleFields]:
    """A Document from CMS fields; the source is the fields joined by blank lines.

    ``metadata`` (genre, ressort, url, …) is not linted; rules read it from ``document.metadata``.
    """
    if metadata is not None:
        if not isinstance(metadata, Mapping):
            raise InputError(path, f"'metadata' must be an object of strings, got {type(metadata).__name__}")
        for key, value in metadata.items():
            _check_str(value, f"metadata.{key}", path)
    ordered: list[tuple[str, str, str]] = []
    for name, kind, value in (("headline", "headline", headline), ("teaser", "teaser", teaser), ("body", "body", body)):
        if value is not None:
            ordered.append((name, kind, _check_str(value, name, path)))
    if isinstance(captions, str):
        raise InputError(path, "field 'captions' must be a list of strings, got str")
    for index, caption in enumerate(captions):
        ordered.append((f"captions[{index}]", "caption", _check_str(caption, f"captions[{index}]", path)))
    source_parts, starts, position = [], [], 0
    for _, _, value in ordered:
        if source_parts:
            source_parts.append("\n\n")
            position += 2
        starts.append(position)
        source_parts.append(value)
        position += len(value)
    builder = _Builder("".join(source_parts))
    for (name, kind, value), start in zip(ordered, starts):
        builder.add(name, kind, start, start + len(value), raw=True)
    return builder.build(path, {name: value for name, _, value in ordered}, metadata)


# --- JSON files -------------------------------------------------------------------------------------
def _string_literals(source: str, path: str) -> dict[tuple[object, ...], tuple[int, int]]:
    """Source span (inside the quotes) of every string value, keyed by its JSON path."""
    found: dict[tuple[object, ...], tuple[int, int]] = {}
    stack: list[list[object]] = []  # [kind, key or index, expecting_key]
    for match in _TOKEN.finditer(source):
        token = match.group()
        top = stack[-1] if stack else None
        if token in "{[":
            stack.append(["{" if token == "{" else "[", 0 if token == "[" else None, token == "{"])
        elif token in "}]":
            if stack:
                stack.pop()
            if stack and stack[-1][0] == "{":
                stack[-1][2] = False
        elif token == ":":
            if top:
                top[2] = False
        elif token == ",":
            if top and top[0] == "[":
                top[1] = int(top[1]) + 1  # type: ignore[arg-type]
            elif top:
                top[2] = True
        elif top and top[0] == "{" and top[2] and token.startswith('"'):
            top[1] = _decode_prefix(token, 1, len(token) - 1)
        elif token.startswith('"'):
            key = tuple(frame[1] for frame in stack)
            found[key] = (match.start() + 1, match.end() - 1)
    return found


def read_cms_json(source: str, path: str) -> Document:
    """A ``.json`` CMS article file as a Document whose positions point into the file."""
    try:
        data = json.loads(source)
    except ValueError as error:
        raise InputError(path, f"invalid JSON: {error}") from None
    if not isinstance(data, dict):
        raise InputError(path, "a CMS article must be a JSON object with headline, teaser, body, captions")
    keys = {canonical: next((alias for alias in aliases if alias in data), None)
            for canonical, aliases in FIELD_ALIASES.items()}
    if not any(keys.values()):
        raise InputError(path, "no article fields: expected some of headline, teaser, body, captions")
    literals = _string_literals(source, path)
    builder = _Builder(source)
    values: dict[str, str] = {}
    for canonical in ("headline", "teaser", "body"):
        key = keys[canonical]
        if key is None or data[key] is None:
            continue
        values[canonical] = _check_str(data[key], key, path)
        start, end = literals[(key,)]
        builder.add(canonical, canonical, start, end, raw=False)
    if keys["captions"] is not None and data[keys["captions"]] is not None:
        captions = data[keys["captions"]]
        if not isinstance(captions, list):
            raise InputError(path, f"field 'captions' must be a list, got {type(captions).__name__}")
        for index, caption in enumerate(captions):
            route: tuple[object, ...] = (keys["captions"], index)
            if isinstance(caption, dict):  # {"text": "...", "credit": "..."}
                caption = caption.get("text", caption.get("caption"))
                route += ("text" if "text" in data[keys["captions"]][index] else "caption",)
            name = f"captions[{index}]"
            values[name] = _check_str(caption, name, path)
            start, end = literals[route]
            builder.add(name, "caption", start, end, raw=False)
    aliases = {alias for names in FIELD_ALIASES.values() for alias in names}
    metadata = {key: str(value) for key, value in data.items()  # genre, ressort, url, … (not linted)
                if key not in aliases and isinstance(value, (str, int, float)) and not isinstance(value, bool)}
    document, _ = builder.build(path, values, metadata)
    return document
