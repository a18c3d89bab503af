"""Plain text (``.txt``): the text is the file with line breaks normalised to ``\\n``."""
from __future__ import annotations

from newslint.document import Document
from newslint.offsets import TextBuilder
from newslint.readers.structure import Line, segment_lines


def split_source_lines(source: str) -> list[tuple[int, int, int]]:
    """(start, end, break_length) of each line; break_length is 0, 1 (LF or CR) or 2 (CRLF)."""
    lines = []
    position = 0
    length = len(source)
    while position <= length:
        newline = source.find("\n", position)
        carriage = source.find("\r", position)
        candidates = [index for index in (newline, carriage) if index >= 0]
        if not candidates:
            if position < length:
                lines.append((position, length, 0))
            break
        end = min(candidates)
        width = 2 if source.startswith("\r\n", end) else 1
        lines.append((position, end, width))
        position = end + width
    return lines


def read_plaintext(source: str, path: str) -> Document:
    builder = TextBuilder(source)
    lines: list[Line] = []
    for start, end, width in split_source_lines(source):
        doc_start = builder.length
        builder.copy(start, end)
        lines.append(Line(doc_start, builder.length, source[start:end]))
        if width:
            builder.insert("\n", end, width)
    text, offsets = builder.build()
    return Document(path=path, text=text, offsets=offsets, segments=segment_lines(lines))
