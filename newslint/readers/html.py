"""HTML articles (``.html``, ``.htm``): text from headings, paragraphs, list items and captions.

Only the copy a reader sees is linted: ``h1``–``h6``, ``p``, ``li``, ``figcaption`` (and text in
``blockquote``/``dd``/``td`` only when wrapped in one of those). ``script``, ``style``,
``template``, ``noscript``, ``nav``, ``aside``, ``form``, ``footer`` and page-level ``header``
elements (outside ``article``/``main``) are skipped, as is anything marked ``hidden``.

The stdlib ``html.parser`` runs with ``convert_charrefs=False`` so that each text run can be
copied with its source offset; entities are decoded with ``TextBuilder.insert`` and keep the
position of the entity. Runs of whitespace become one space. Positions therefore map back to
line and column in the HTML source.

Segments: the first ``h1`` is the headline, other headings are subheadings, ``li`` bullets,
``figcaption`` captions; a ``p`` whose class names a teaser (``teaser``, ``lead``, ``intro``,
``summary``, ``standfirst``) is the teaser, otherwise the first paragraph after the headline is.
"""
from __future__ import annotations

import html
from html.parser import HTMLParser

import regex

from newslint.document import Document, Segment
from newslint.offsets import TextBuilder

BLOCKS = {"h1": "headline", "h2": "subheading", "h3": "subheading", "h4": "subheading", "h5": "subheading",
          "h6": "subheading", "p": "paragraph", "li": "bullet", "figcaption": "caption"}
SKIPPED = {"script", "style", "template", "noscript", "nav", "aside", "form", "footer", "svg", "math",
           "iframe", "object", "button", "select", "textarea", "pre", "code"}
CONTAINERS = {"article", "main"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TEASER_CLASSES = regex.compile(r"(?i)\b(?:teaser|lead|intro|summary|standfirst|kicker-text)\b")
_SPACE = regex.compile(r"\s+")


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.builder = TextBuilder(source)
        self.line_starts = [0] + [index + 1 for index, char in enumerate(source) if char == "\n"]
        self.skip: list[str] = []  # open skipped elements
        self.containers = 0
        self.blocks: list[tuple[str, str]] = []  # open block elements: (tag, kind)
        self.current: tuple[str, int] | None = None  # (kind, document start) of the block being filled
        self.pending_space = False
        self.segments: list[tuple[str, int, int]] = []

    # --- positions ------------------------------------------------------------------------------
    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    # --- blocks ---------------------------------------------------------------------------------
    def _open(self, kind: str) -> None:
        self._close()
        self.current = (kind, -1)
        self.pending_space = False

    def _close(self) -> None:
        if self.current is None:
            return
        kind, start = self.current
        if start >= 0 and self.builder.length > start:
            self.segments.append((kind, start, self.builder.length))
        self.current = None

    def _append(self, text: str, src_start: int, src_len: int, *, verbatim: bool) -> None:
        if self.current is None or self.skip:
            return
        kind, start = self.current
        if start < 0:
            if not text.strip():
                return
            if self.builder.length:
                self.builder.insert("\n\n", src_start, 0)
            self.current = (kind, self.builder.length)
        elif self.pending_space:
            self.builder.insert(" ", src_start, 0)
        self.pending_space = False
        if verbatim:
            self.builder.copy(src_start, src_start + src_len)
        else:
            self.builder.insert(text, src_start, src_len)

    # --- parser callbacks -----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if self.skip:
            if tag not in VOID:
                self.skip.append(tag)
            return
        if tag in SKIPPED or (tag == "header" and not self.containers) or "hidden" in attributes \
                or attributes.get("aria-hidden") == "true":
            if tag not in VOID:
                self._close()
                self.skip.append(tag)
            return
        if tag in CONTAINERS:
            self.containers += 1
        if tag == "br":
            self.pending_space = self.current is not None and self.current[1] >= 0
            return
        kind = BLOCKS.get(tag)
        if kind is None:
            return
        if kind == "paragraph" and TEASER_CLASSES.search(attributes.get("class") or ""):
            kind = "teaser"
        elif kind == "paragraph" and self.blocks and self.blocks[-1][1] in ("bullet", "caption", "teaser"):
            kind = self.blocks[-1][1]  # <li><p>…</p></li> is still a bullet
        self.blocks.append((tag, kind))
        self._open(kind)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and not self.skip:
            self.handle_endtag(tag)
        elif tag not in VOID and self.skip and self.skip[-1] == tag:
            self.skip.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag in CONTAINERS and self.containers:
            self.containers -= 1
        if tag in BLOCKS and any(open_tag == tag for open_tag, _ in self.blocks):
            while self.blocks:
                open_tag, _ = self.blocks.pop()
                if open_tag == tag:
                    break
            self._close()
            if self.blocks:  # text after a nested block belongs to the enclosing one
                self._open(self.blocks[-1][1])

    def handle_data(self, data: str) -> None:
        start = self._offset()
        position = 0
        for match in _SPACE.finditer(data):
            if match.start() > position:
                self._append(data[position:match.start()], start + position, match.start() - position, verbatim=True)
            if self.current is not None and self.current[1] >= 0:
                self.pending_space = True
            position = match.end()
        if position < len(data):
            self._append(data[position:], start + position, len(data) - position, verbatim=True)

    def _reference(self, reference: str) -> None:
        start = self._offset()
        length = len(reference)
        if self.source.startswith(";", start + length):
            length += 1
        decoded = html.unescape(self.source[start:start + length])
        if decoded in (" ", "\t", "\n", "\r", "\f"):  # a no-break space stays a character
            self.pending_space = True
            return
        self._append(decoded, start, length, verbatim=False)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")


def read_html(source: str, path: str) -> Document:
    parser = _Extractor(source)
    parser.feed(source)
    parser.close()
    parser._close()
    text, offsets = parser.builder.build()
    raw = parser.segments
    has_teaser = any(kind == "teaser" for kind, _, _ in raw)
    segments: list[Segment] = []
    seen_headline = False
    want_teaser = not has_teaser
    for kind, start, end in raw:
        if kind == "headline":
            if seen_headline:
                kind = "subheading"
            seen_headline = True
        elif kind == "paragraph" and want_teaser and segments and segments[-1].kind == "headline":
            kind, want_teaser = "teaser", False
        segments.append(Segment(kind, start, end))
    title = next((text[s.start:s.end] for s in segments if s.kind == "headline"), "")
    return Document(path=path, text=text, offsets=offsets, segments=segments,
                    metadata={"title": title} if title else {})
