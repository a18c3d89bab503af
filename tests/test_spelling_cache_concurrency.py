"""Processes that build the spelling caches at the same time, in one cache directory, all flag a typo.

A clean-clone CI run once lost NL501's finding for "Regirung" while a second pytest process (another
venv) built the caches in the same directory for the first time. The cause: the distance-2 deletes
index (``de-<key>.del1``, ~5-10 s to build cold) was built lazily inside the first check, within the
plugin's 10 s ``rule-timeout``; with two processes building at once the check overran, the engine
dropped the typos plugin's findings for an NL000 timeout, and the test, which keeps only NL501, saw
none. These tests run the real code in cold subprocesses (no cache is mocked), released together:

* two processes of one cache key (the CI run);
* a process of another key (another pyspellchecker/wordfreq install: the same lists, another
  modification time) beside one of an older cache format (an older newslint), whose clean-ups
  delete each other's files while they are built and read.

A cold process needs ~13 s of CPU here, so each race takes ~15-40 s on two busy cores (the builds
compete for them); a third test checks the clean-up of orphaned temporary files in milliseconds.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

TEXT = "Haushalt beschlossen\n\nDie Regirung hat den Haushalt am Dienstag beschlossen.\n"

# The child imports everything first, says "ready" and waits for the text on stdin (so that the
# processes start building at the same moment), then lints it once with the default configuration
# (its 10 s rule-timeout included).
CHILD = r'''
import json, os, sys
from pathlib import Path
from newslint.spelling import lexicon

other = os.environ.get("NEWSLINT_TEST_RESOURCES")
if other:  # another install: the same lists, another modification time, hence another cache key
    lexicon.resource_path = lambda: Path(other) / "de.json.gz"
    lexicon.wordfreq_path = lambda: Path(other) / "large_de.msgpack.gz"
if os.environ.get("NEWSLINT_TEST_OLD_FORMAT"):  # an older newslint: its clean-up deletes our files
    lexicon.CACHE_FORMAT -= 1
    lexicon.WORDFREQ_FORMAT -= 1

from newslint.api import lint_text

print("ready", flush=True)
text = json.loads(sys.stdin.readline())
findings = lint_text(text)
print(json.dumps([{"code": f.code, "word": text[f.start:f.end], "message": f.message_en or f.message,
                   "suggestions": list(f.suggestions)} for f in findings]), flush=True)
'''


def _race(cache: Path, variants: list[dict[str, str]]) -> list[tuple[list[dict], str, float]]:
    """Start one cold child per entry of ``variants`` (extra environment), release them together;
    return each child's findings, its stderr and its seconds from release to exit."""
    children = []
    for extra in variants:
        env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache), "PYTHONDONTWRITEBYTECODE": "1", **extra}
        children.append(subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                         encoding="utf-8"))
    try:
        for child in children:
            line = child.stdout.readline()
            assert line.strip() == "ready", (line, child.stderr.read() if child.poll() is not None else "")
        started = time.monotonic()
        for child in children:  # each child starts as soon as it reads its text
            child.stdin.write(json.dumps(TEXT) + "\n")
            child.stdin.flush()
        results = []
        for child in children:
            out, err = child.communicate(timeout=600)
            results.append((child.returncode, out, err, time.monotonic() - started))
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    parsed = []
    for returncode, out, err, seconds in results:
        assert returncode == 0 and "Traceback" not in err, err
        parsed.append((json.loads(out.strip().splitlines()[-1]), err, seconds))
    return parsed


def _assert_flags_the_typo(findings: list[dict], label: str) -> None:
    timeouts = [f["message"] for f in findings if f["code"] == "NL000"]
    assert not timeouts, f"{label}: {timeouts}"
    misspelt = [f for f in findings if f["code"] == "NL501"]
    # exactly the typo: an empty or partial lexicon would flag "Haushalt" and "beschlossen" too,
    # a missing deletes index would lose the suggestion
    assert [f["word"] for f in misspelt] == ["Regirung"], f"{label}: {findings}"
    assert misspelt[0]["suggestions"][:1] == ["Regierung"], f"{label}: {findings}"


def _no_leftovers(cache: Path) -> None:
    names = sorted(path.name for path in cache.iterdir())
    assert not [name for name in names if name.endswith((".tmp", ".newslint-tmp"))], names


def test_two_cold_processes_building_one_cache_both_flag_the_typo(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    results = _race(cache, [{}, {}])
    for number, (findings, _, seconds) in enumerate(results):
        _assert_flags_the_typo(findings, f"process {number} ({seconds:.1f} s)")
    _no_leftovers(cache)
    names = {path.name for path in cache.iterdir()}
    assert any(name.endswith(".del1") for name in names) and any(name.endswith(".marisa") for name in names)
    # and the cache they left is whole: a warm process reads it and finds the same
    (findings, _, _), = _race(cache, [{}])
    _assert_flags_the_typo(findings, "warm process")


def _other_install(directory: Path) -> Path:
    """Copies of pyspellchecker's and wordfreq's lists with another modification time (another key)."""
    from newslint.spelling.lexicon import resource_path, wordfreq_path

    directory.mkdir()
    sources = (resource_path(), resource_path().with_name("en.json.gz"), wordfreq_path())
    for source in sources:
        copy = directory / source.name
        shutil.copyfile(source, copy)
        stat = source.stat()
        os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns - 86_400 * 10**9))
    return directory


def test_processes_of_another_key_and_an_older_format_building_beside_it(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    other = _other_install(tmp_path / "other-install")
    # the older newslint's clean-up deletes the other key's files (this format) while they are built
    # and read, and the other key's clean-up deletes the older newslint's files
    labels = ["another key", "older format"]
    results = _race(cache, [{"NEWSLINT_TEST_RESOURCES": str(other)}, {"NEWSLINT_TEST_OLD_FORMAT": "1"}])
    for label, (findings, _, seconds) in zip(labels, results):
        _assert_flags_the_typo(findings, f"{label} ({seconds:.1f} s)")
    _no_leftovers(cache)


def test_clean_up_removes_orphaned_temporary_files_but_never_a_write_in_progress(tmp_path):
    """A process killed while writing a cache file leaves its temporary file (up to 34 MB); the next
    build removes it once it is a day old, but never a fresh one: another process may be writing it."""
    from newslint.spelling.lexicon import _remove_stale

    orphan = tmp_path / ".de-1-2-v3.del1.k2j4h5.newslint-tmp"
    orphan_wf = tmp_path / ".wf-de-1-2-v1.near60.a1b2c3.newslint-tmp"
    writing = tmp_path / ".de-1-2-v3.del1.x9y8z7.newslint-tmp"
    foreign = tmp_path / ".article.md.q1w2e3.newslint-tmp"  # not a cache file: never touched
    for path in (orphan, orphan_wf, writing, foreign):
        path.write_bytes(b"x")
    two_days_ago = time.time() - 2 * 86400
    for path in (orphan, orphan_wf, foreign):
        os.utime(path, (two_days_ago, two_days_ago))
    _remove_stale(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([writing.name, foreign.name])
