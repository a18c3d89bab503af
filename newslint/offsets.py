"""Map positions in a Document's text back to the source file the reader read it from."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Piece:
    """``doc_len`` characters of document text that stand for ``source[src_start:src_start+src_len]``."""

    doc_start: int
    doc_len: int
    src_start: int
    src_len: int


class TextBuilder:
    """Builds a Document's text piece by piece while recording where each piece came from.

    Readers use it so that nobody else ever does arithmetic on positions.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self._length = 0

    @property
    def length(self) -> int:
        return self._length

    def copy(self, src_start: int, src_end: int) -> None:
        """Append ``source[src_start:src_end]`` verbatim."""
        if src_end > src_start:
            self._append(self.source[src_start:src_end], src_start, src_end - src_start)

    def insert(self, text: str, src_pos: int, src_len: int = 0) -> None:
        """Append ``text`` standing for ``src_len`` source characters at ``src_pos`` (e.g. "\\n" for "\\r\\n")."""
        if text:
            self._append(text, src_pos, src_len)

    def _append(self, text: str, src_start: int, src_len: int) -> None:
        self._parts.append(text)
        self._pieces.append(Piece(self._length, len(text), src_start, src_len))
        self._length += len(text)

    def text_since(self, doc_start: int) -> str:
        """The document text appended since offset ``doc_start``."""
        collected: list[str] = []
        for part, piece in zip(reversed(self._parts), reversed(self._pieces)):
            if piece.doc_start < doc_start:
                break
            collected.append(part)
        return "".join(reversed(collected))

    def build(self) -> tuple[str, "OffsetMap"]:
        return "".join(self._parts), OffsetMap(self.source, self._pieces)


@dataclass
class OffsetMap:
    """Translates document offsets into source offsets and 1-based (line, column) pairs."""

    source: str
    pieces: list[Piece]
    _starts: list[int] = field(init=False, repr=False)
    _line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = [piece.doc_start for piece in self.pieces]
        line_starts = [0]
        source = self.source
        index = 0
        length = len(source)
        while True:
            index = _next_line_break(source, index)
            if index < 0:
                break
            index += 2 if source.startswith("\r\n", index) else 1
            if index <= length:
                line_starts.append(index)
        self._line_starts = line_starts

    def to_source(self, offset: int, *, is_end: bool = False) -> int:
        """Source offset of document offset ``offset`` (an end offset maps to the end of its piece)."""
        if not self.pieces:
            return 0
        index = bisect.bisect_right(self._starts, offset) - 1
        if is_end and index > 0 and offset == self.pieces[index].doc_start:
            index -= 1  # an end offset belongs to the piece it closes
        index = max(index, 0)
        piece = self.pieces[index]
        delta = offset - piece.doc_start
        if piece.doc_len == piece.src_len:
            return piece.src_start + min(max(delta, 0), piece.src_len)
        return piece.src_start + (piece.src_len if delta >= piece.doc_len or (is_end and delta > 0) else 0)

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a source offset."""
        line = bisect.bisect_right(self._line_starts, source_offset) - 1
        return line + 1, source_offset - self._line_starts[line] + 1

    def position(self, offset: int, *, is_end: bool = False) -> tuple[int, int]:
        return self.line_col(self.to_source(offset, is_end=is_end))

    def source_line(self, line: int) -> str:
        """The text of source line ``line`` (1-based) without its line break."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")


def _next_line_break(text: str, start: int) -> int:
    newline = text.find("\n", start)
    carriage = text.find("\r", start)
    if carriage < 0:
        return newline
    if newline < 0:
        return carriage
    return min(newline, carriage)
