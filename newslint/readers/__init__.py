"""Readers turn files, stdin and CMS fields into Documents; they alone own the offset map."""
from __future__ import annotations

import errno
from pathlib import Path

from newslint.document import Document
from newslint.errors import InputError
from newslint.nlp.base import NlpBackend

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)


BINARY_SNIFF_BYTES = 8192
BINARY_CONTROL_RATIO = 0.3
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks like a binary file, judged by its first 8 KB; None for text.

    A NUL byte, or more than 30 % control characters other than tab, line breaks, form feed
    and escape, make a file binary. UTF-16 and UTF-32 text (which is full of NUL bytes) is named.
    """
    head = data[:BINARY_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 or UTF-32 encoded (byte order mark); convert it to UTF-8"
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"binary file (NUL byte at byte offset {nul})"
    if head:
        controls = sum(1 for byte in head if (byte < 0x20 or byte == 0x7F) and byte not in _TEXT_CONTROLS)
        if controls / len(head) > BINARY_CONTROL_RATIO:
            return f"binary file ({controls} control bytes in the first {len(head)})"
    return None


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (a BOM is tolerated); name the byte offset of the first bad byte.

    Binary data (see ``binary_reason``) is refused with an InputError saying it was skipped.
    """
    reason = binary_reason(data)
    if reason is not None:
        raise InputError(path, f"{reason}, skipped")
    skipped = 0
    if data.startswith(b"\xef\xbb\xbf"):
        data, skipped = data[3:], 3
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not valid UTF-8 at byte offset {error.start + skipped}") from None


def read_text(source: str, path: str = "-", backend: NlpBackend | None = None) -> Document:
    """Build a Document from already decoded text; the file name decides the format."""
    if source.startswith("\ufeff"):
        source = source[1:]
    if path.lower().endswith(MARKDOWN_SUFFIXES):
        from newslint.readers.markdown import read_markdown

        document = read_markdown(source, path)
    elif path.lower().endswith(HTML_SUFFIXES):
        from newslint.readers.html import read_html

        document = read_html(source, path)
    elif path.lower().endswith(JSON_SUFFIXES):
        from newslint.readers.cmsjson import read_cms_json

        document = read_cms_json(source, path)
    else:
        from newslint.readers.plaintext import read_plaintext

        document = read_plaintext(source, path)
    document.backend = backend
    return document


def read_path(path: str | Path, backend: NlpBackend | None = None) -> Document:
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except FileNotFoundError:
        raise InputError(name, "no such file (or a dangling symbolic link)") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(name, "symbolic link loop") from None
        raise InputError(name, f"cannot read: {error.strerror or error}") from None
    return read_text(decode(data, name), name, backend)
