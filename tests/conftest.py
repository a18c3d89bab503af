"""Shared fixtures: run the real console script, and install throwaway plugins by real entry points."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def newslint_executable() -> list[str]:
    found = shutil.which("newslint", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "newslint"]


@pytest.fixture
def run_cli():
    """Run the installed ``newslint`` console script; returns the CompletedProcess."""

    def run(*args: str, cwd: Path | None = None, stdin: str | None = None, env: dict | None = None):
        environment = {**os.environ, **(env or {})}
        return subprocess.run(
            [*newslint_executable(), *map(str, args)], cwd=cwd, input=stdin, capture_output=True,
            text=True, encoding="utf-8", env=environment, timeout=300,
        )

    return run


SAMPLE_PLUGIN = '''
from newslint import hookimpl, Finding, RuleInfo, Setting, Severity

@hookimpl
def newslint_rules():
    return [RuleInfo("XY101", "sample-word", Severity.WARNING, "Beispielfehler gefunden", "sample word found",
                     settings=(Setting("word", str, "Beispielfehler", "the word to flag"),))]

@hookimpl
def newslint_check(document, config):
    word = config.rule_settings("XY101")["word"]
    start = document.text.find(word)
    while start >= 0:
        yield Finding("XY101", start, start + len(word), f"{word} gefunden", f"found {word}")
        start = document.text.find(word, start + 1)
'''

BROKEN_PLUGIN = '''
from newslint import hookimpl

@hookimpl
def newslint_check(document, config):
    raise RuntimeError("kaputt")
'''


@pytest.fixture
def plugin_env(tmp_path):
    """A directory with plugin modules registered through a real ``newslint.plugins`` entry point."""

    def install(**modules: str) -> dict[str, str]:
        site = tmp_path / "site"
        dist = site / "sample_plugins-0.1.dist-info"
        dist.mkdir(parents=True, exist_ok=True)
        (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: sample-plugins\nVersion: 0.1\n")
        lines = ["[newslint.plugins]"]
        for name, source in modules.items():
            (site / f"{name}.py").write_text(textwrap.dedent(source))
            lines.append(f"{name} = {name}")
        (dist / "entry_points.txt").write_text("\n".join(lines) + "\n")
        return {"PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))}

    return install
