"""Readers turn files, stdin and CMS fields into Documents; they alone own the offset map."""
from __future__ import annotations

from pathlib import Path

from newslint.document import Document
from newslint.errors import InputError
from newslint.nlp.base import NlpBackend

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (a BOM is tolerated); name the byte offset of the first bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not valid UTF-8 at byte offset {error.start}") from None


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
        raise InputError(name, "no such file") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror or error}") from None
    return read_text(decode(data, name), name, backend)
