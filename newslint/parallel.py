"""``--jobs N``: lint many files in worker processes, with the same output as a serial run.

The files are found exactly as in a serial run, split into chunks and handed to a
``ProcessPoolExecutor`` whose workers each build one Linter (plugins, lexicons and models load once
per worker, or are inherited from the parent where workers are forked). A worker returns, per file, the decoded source and the findings; the parent rebuilds
the Document from the source (reading is cheap, analysis is what the workers did) so reporters can
turn offsets into positions. Results are sorted by path as in a serial run, so the output does not
depend on which worker finished first. A progress bar goes to stderr for long runs on a terminal.
"""
from __future__ import annotations

import math
import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import TextIO

from newslint.config import Config
from newslint.engine import FileResult, Linter
from newslint.errors import InputError
from newslint.finding import Finding

PROGRESS_MIN_FILES = 50
_worker_linter: Linter | None = None
_worker_backend = None


def _init_worker(config: Config) -> None:
    global _worker_linter, _worker_backend
    if _worker_linter is not None:  # inherited from the parent through fork: nothing to load
        return
    from newslint.nlp import get_backend
    from newslint.plugins import load_plugins

    _worker_linter = Linter(config, load_plugins(config.plugins))
    _worker_backend = get_backend(config.nlp)


def read_source(path: Path, config: Config) -> str:
    """The decoded text of ``path``, refusing files larger than ``max-file-size``."""
    from newslint.readers import decode

    try:
        size = path.stat().st_size
        if size > config.max_file_size:
            raise InputError(str(path), f"file is {size:,} bytes, larger than max-file-size ({config.max_file_size:,})")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    return decode(data, str(path))


def _lint_chunk(chunk: list[tuple[int, str]]) -> list[tuple[int, str | None, list[Finding], str | None]]:
    from newslint.readers import read_text

    assert _worker_linter is not None
    out = []
    for index, name in chunk:
        try:
            source = read_source(Path(name), _worker_linter.config)
            document = read_text(source, name, _worker_backend)
            out.append((index, source, _worker_linter.check(document), None))
        except InputError as error:
            out.append((index, None, [], str(error)))
        except Exception as error:  # never lose the other files of the chunk
            out.append((index, None, [], f"{name}: {type(error).__name__}: {error}"))
    return out


class Progress:
    """A one-line progress bar on a terminal; silent otherwise."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total, self.done = total, 0
        self.stream = stream if stream is not None and total >= PROGRESS_MIN_FILES and _isatty(stream) else None

    def advance(self, count: int) -> None:
        self.done += count
        if self.stream:
            width = 30
            filled = width * self.done // max(self.total, 1)
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} Dateien")
            self.stream.flush()

    def close(self) -> None:
        if self.stream:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def lint_paths_parallel(linter: Linter, paths: list[str], stdin_filename: str | None, jobs: int,
                        progress: TextIO | None = None) -> tuple[list[FileResult], list[str]]:
    """Like the CLI's serial ``_lint_paths``, with ``jobs`` worker processes (0: one per CPU)."""
    global _worker_linter, _worker_backend
    from newslint.discovery import iter_files
    from newslint.nlp import get_backend
    from newslint.readers import decode, read_text

    config = linter.config
    backend = get_backend(config.nlp)
    jobs = jobs or os.cpu_count() or 1
    results: list[FileResult] = []
    errors: list[str] = []
    files: list[str] = []
    for raw in paths:
        if raw == "-":
            name = stdin_filename or "-"
            try:
                document = read_text(decode(sys.stdin.buffer.read(), name), name, backend)
                results.append(FileResult(name, document, linter.check(document)))
            except InputError as error:
                errors.append(str(error))
            continue
        path = Path(raw)
        if path.is_dir():
            files.extend(str(file) for file in iter_files(path, config))
        elif path.exists():
            files.append(raw)
        else:
            errors.append(f"{raw}: no such file or directory")
    items = list(enumerate(files))
    outcomes: list[tuple[int, str | None, list[Finding], str | None]] = []
    if jobs <= 1 or len(items) <= 1:
        _worker_linter, _worker_backend = linter, backend
        try:
            outcomes = _lint_chunk(items)
        finally:
            _worker_linter = _worker_backend = None
    else:
        size = max(1, min(32, math.ceil(len(items) / (jobs * 4))))
        chunks = [items[start:start + size] for start in range(0, len(items), size)]
        bar = Progress(len(items), progress)
        _worker_linter, _worker_backend = linter, backend  # forked workers inherit the loaded linter
        try:
            with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), initializer=_init_worker,
                                     initargs=(config,)) as pool:
                futures = [pool.submit(_lint_chunk, chunk) for chunk in chunks]
                for future in as_completed(futures):
                    done = future.result()
                    outcomes.extend(done)
                    bar.advance(len(done))
        finally:
            _worker_linter = _worker_backend = None
            bar.close()
    outcomes.sort(key=lambda outcome: outcome[0])
    for index, source, findings, error in outcomes:
        name = files[index]
        if error is not None:
            errors.append(error)
            continue
        assert source is not None
        results.append(FileResult(name, read_text(source, name, backend), findings))
    results.sort(key=lambda result: result.path)
    return results, errors
