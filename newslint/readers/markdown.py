"""Markdown (``.md``) with optional YAML front matter.

Front matter ``title`` becomes the headline and ``teaser``/``lead`` the teaser. Markup is stripped
from the body (headings, list markers, emphasis, links, images, inline code, HTML comments and
tags, code blocks), and every remaining character keeps its position in the source.
"""
from __future__ import annotations

import regex

from newslint.document import Document
from newslint.errors import InputError
from newslint.offsets import TextBuilder
from newslint.readers.plaintext import split_source_lines
from newslint.readers.structure import Line, segment_lines

HEADLINE_KEYS = ("title", "headline")
TEASER_KEYS = ("teaser", "lead", "description", "summary")
_KEY_VALUE = regex.compile(r"^([A-Za-z_][\w-]*)\s*:(?:\s+(.*?))?\s*$")
_HEADING = regex.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_LIST_ITEM = regex.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = regex.compile(r"^\s{0,3}(?:>\s?)+")
_IMAGE_LINE = regex.compile(r"^\s*!\[([^\]]*)\]\([^)]*\)\s*$")
_FENCE = regex.compile(r"^\s{0,3}(```|~~~)")
_INLINE_MARKUP = regex.compile(
    r"""!?\[(?P<link>[^\]]*)\]\([^)]*\)      # [text](url), ![alt](src): keep the text
      | <!--.*?-->                          # HTML comment
      | </?[A-Za-z][^>]*>                   # HTML tag
      | \*\*|__                             # strong emphasis
      | (?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w) # emphasis
      | `+                                  # inline code fence
      | \\(?P<escaped>[\\`*_{}\[\]()#+\-.!])""",
    regex.VERBOSE,
)


def read_markdown(source: str, path: str) -> Document:
    source_lines = split_source_lines(source)
    builder = TextBuilder(source)
    lines: list[Line] = []
    metadata: dict[str, str] = {}
    body_start = 0
    if source_lines and source[source_lines[0][0]:source_lines[0][1]].rstrip() == "---":
        body_start = _read_front_matter(source, source_lines, path, builder, lines, metadata)
    in_fence = False
    for start, end, width in source_lines[body_start:]:
        text = source[start:end]
        if _FENCE.match(text):
            in_fence = not in_fence
            lines.append(Line(builder.length, builder.length, ""))
        elif in_fence:
            lines.append(Line(builder.length, builder.length, ""))
        else:
            lines.append(_body_line(source, start, end, builder))
        if width:
            builder.insert("\n", end, width)
    text, offsets = builder.build()
    has_headline = any(line.hint == "headline" for line in lines)
    has_teaser = any(line.hint == "teaser" for line in lines)
    segments = segment_lines(lines, has_headline=has_headline, has_teaser=has_teaser, markdown=True)
    return Document(path=path, text=text, offsets=offsets, segments=segments, metadata=metadata)


def _read_front_matter(source, source_lines, path, builder, lines, metadata) -> int:
    """Read ``key: value`` lines up to the closing ``---``; return the index of the first body line."""
    for index, (start, end, width) in enumerate(source_lines[1:], start=1):
        raw = source[start:end]
        if raw.rstrip() in ("---", "..."):
            return index + 1
        if not raw.strip() or raw.lstrip().startswith("#") or raw[:1] in (" ", "\t", "-"):
            continue  # blank, comment, continuation or list item: not used by newslint
        match = _KEY_VALUE.match(raw)
        if match is None:
            raise InputError(path, f"line {index + 1}: front matter line is not 'key: value': {raw.strip()[:40]!r}")
        key, value = match.group(1), match.group(2) or ""
        value_start = start + (match.start(2) if match.group(2) is not None else len(raw))
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value, value_start = value[1:-1], value_start + 1
        metadata[key] = value
        kind = "headline" if key in HEADLINE_KEYS else "teaser" if key in TEASER_KEYS else None
        if kind and value and not any(line.hint == kind for line in lines):
            doc_start = builder.length
            builder.copy(value_start, value_start + len(value))
            lines.append(Line(doc_start, builder.length, value, kind))
            builder.insert("\n", end, 0)
            lines.append(Line(builder.length, builder.length, ""))
            builder.insert("\n", end, 0)
    raise InputError(path, "line 1: front matter starts with '---' but is never closed")


def _body_line(source: str, start: int, end: int, builder: TextBuilder) -> Line:
    raw = source[start:end]
    hint = None
    content_start = start
    heading = _HEADING.match(raw)
    image = _IMAGE_LINE.match(raw)
    if heading:
        hint = "heading1" if len(heading.group(1)) == 1 else "subheading"
        content_start = start + heading.start(2)
        end = start + heading.end(2)
    elif image:
        hint = "caption"
        content_start, end = start + image.start(1), start + image.end(1)
    else:
        marker = _LIST_ITEM.match(raw) or _QUOTE.match(raw)
        if marker:
            hint = "bullet" if marker.re is _LIST_ITEM else None
            content_start = start + marker.end()
    doc_start = builder.length
    position = content_start
    for match in _INLINE_MARKUP.finditer(source, content_start, end):
        builder.copy(position, match.start())
        if match.group("link") is not None:
            builder.copy(match.start("link"), match.end("link"))
        elif match.group("escaped") is not None:
            builder.copy(match.start("escaped"), match.end("escaped"))
        position = match.end()
    builder.copy(position, end)
    if hint == "heading1":
        hint = "headline"
    return Line(doc_start, builder.length, builder.text_since(doc_start), hint)
