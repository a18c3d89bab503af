"""Finding the files to lint: explicit paths, directories walked with include and exclude globs."""
from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

from newslint.config import Config


def _matches(name: str, relative: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(relative, pattern) for pattern in patterns)


def iter_files(path: Path, config: Config) -> Iterator[Path]:
    """Files under ``path`` matching ``include`` and not ``exclude``/``extend-exclude``, sorted.

    Symbolic links to directories are not followed, so a link loop cannot make the walk run away.
    """
    excludes = config.exclude + config.extend_exclude
    for directory, subdirectories, files in os.walk(path, followlinks=False):
        base = Path(directory)
        subdirectories[:] = sorted(
            name for name in subdirectories
            if not _matches(name, (base / name).relative_to(path).as_posix(), excludes)
        )
        for name in sorted(files):
            relative = (base / name).relative_to(path).as_posix()
            if _matches(name, relative, config.include) and not _matches(name, relative, excludes):
                yield base / name
