"""CI gating end to end through the console script: baselines, inline suppressions (NL001) and --jobs."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ARTICLE = "# Titel\n\nDas ist eigentlich ein Fehlerwort.\n\nZweiter Absatz, eigentlich gut.\n"


@pytest.fixture
def lint(tmp_path, run_cli):
    (tmp_path / "newslint.toml").write_text('plugins = ["fixture_rules"]\nselect = ["NL9", "NL00"]\n')
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))}

    def run(*args: str, cwd: Path = tmp_path):
        return run_cli(*args, cwd=cwd, env=env)

    return run


def codes(result) -> list[str]:
    return [json.loads(line)["code"] for line in result.stdout.splitlines()]


# --- baseline ---------------------------------------------------------------------------------------
def test_baseline_accepts_existing_and_reports_new(tmp_path, lint):
    (tmp_path / "docs").mkdir()
    article = tmp_path / "docs" / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ci").mkdir()
    created = lint("baseline", "create", "docs", "-o", "ci/baseline.json")
    assert created.returncode == 0, created.stderr
    assert "3 findings" in created.stderr
    data = json.loads((tmp_path / "ci" / "baseline.json").read_text())
    assert list(data["files"]) == ["../docs/a.md"]

    accepted = lint("--baseline", "ci/baseline.json", "--format", "json-lines", "docs")
    assert accepted.returncode == 0 and accepted.stdout == ""

    # lines move (new paragraph on top, re-wrapped file): still accepted
    article.write_text("# Titel\n\nNeu eingefügt.\n\n\n" + ARTICLE.split("\n", 2)[2].replace(". ", ".\n"),
                       encoding="utf-8")
    assert lint("--baseline", "ci/baseline.json", "docs").returncode == 0

    # a new occurrence and a new problem are reported
    article.write_text(article.read_text() + "\nEin weiteres Fehlerwort, eigentlich gut.\n", encoding="utf-8")
    new = lint("--baseline", "ci/baseline.json", "--format", "json-lines", "docs")
    assert new.returncode == 1
    assert codes(new) == ["NL902", "NL901"]


def test_baseline_works_from_another_directory(tmp_path, lint):
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    assert lint("baseline", "create", "a.md", "-o", "base.json").returncode == 0
    (tmp_path / "sub").mkdir()
    assert lint("--baseline", "../base.json", "../a.md", cwd=tmp_path / "sub").returncode == 0


@pytest.mark.parametrize("args, message", [
    (("baseline", "create", "a.md"), "-o FILE is required"),
    (("baseline", "update"), "unknown baseline command"),
    (("--baseline", "missing.json", "a.md"), "baseline file not found"),
])
def test_baseline_usage_errors(tmp_path, lint, args, message):
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    result = lint(*args)
    assert result.returncode == 2 and message in result.stderr


# --- inline suppressions ---------------------------------------------------------------------------
MARKDOWN = """# Titel eigentlich

<!-- newslint: ignore-next-line NL901 -->
Das ist eigentlich ein Fehlerwort.

<!-- newslint: disable NL902 -->
Noch ein Fehlerwort. Und eigentlich.
<!-- newslint: enable -->
Wieder ein Fehlerwort.

<!-- newslint: disable-next-line -->
Nichts zu sehen.
<!-- newslint: disable NL9 -->
Fehlerwort eigentlich bis zum Ende.
"""


def test_markdown_suppressions_and_unused_ones(tmp_path, lint):
    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    result = lint("--format", "json-lines", "a.md")
    got = [(row["line"], row["code"]) for row in map(json.loads, result.stdout.splitlines())]
    assert got == [(1, "NL901"), (4, "NL902"), (7, "NL901"), (9, "NL902"), (11, "NL001")]
    unused = json.loads(result.stdout.splitlines()[-1])
    assert unused["severity"] == "info" and "disable-next-line" in unused["message"]


def test_html_suppressions(tmp_path, lint):
    page = ("<h1>Titel</h1>\n<!-- newslint: ignore-next-line -->\n<p>Ein Fehlerwort.</p>\n"
            "<p>Eigentlich eigentlich.</p> <!-- newslint: ignore-next-line NL902 -->\n<p>ok</p>\n")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    got = [(json.loads(line)["line"], json.loads(line)["code"])
           for line in lint("--format", "json-lines", "a.html").stdout.splitlines()]
    assert got == [(4, "NL901"), (4, "NL001")]


def test_unused_suppression_of_unselected_code_is_not_reported(tmp_path, lint):
    (tmp_path / "a.md").write_text("<!-- newslint: disable NL902 -->\nText ohne Befund.\n", encoding="utf-8")
    assert codes(lint("--format", "json-lines", "a.md")) == ["NL001"]
    assert codes(lint("--format", "json-lines", "--ignore", "NL902", "a.md")) == []


# --- --jobs -----------------------------------------------------------------------------------------
def test_jobs_output_is_identical_to_serial(tmp_path, lint):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for index in range(60):
        text = ARTICLE if index % 3 else "# Sauber\n\nNichts.\n"
        (corpus / f"{index:03d}.md").write_text(text.replace("Titel", f"Titel {index}"), encoding="utf-8")
    (corpus / "kaputt.md").write_bytes(b"Titel\n\nkaputt \xff hier")
    serial = lint("--format", "json", "corpus")
    parallel = lint("--format", "json", "--jobs", "3", "corpus")
    assert serial.returncode == parallel.returncode == 2  # the broken file is an error in both
    assert parallel.stdout == serial.stdout
    assert len(json.loads(serial.stdout)) == 40 * 3
    assert "kaputt.md:" in parallel.stderr and "UTF-8" in parallel.stderr
    assert parallel.stderr == serial.stderr
