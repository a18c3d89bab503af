"""learn-vocabulary and project word lists, through the real CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("newslint")
ARTICLE = ("Streit im Stadtrat\n\nBürgermeisterin Quandtmeyer verteidigte den Plan. "
           "Die Opposition um Wendtlinger kritisierte die Regierugn.\n")


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, cwd=cwd, check=False)


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    directory = tmp_path / "archiv"
    directory.mkdir()
    for number in range(3):
        (directory / f"a{number}.txt").write_text(
            f"Meldung {number}\n\nDer Stadtrat Quandtmeyer sprach mit Wendtlinger über den Haushalt.\n",
            encoding="utf-8")
    lines = [json.dumps({"header": "Titel", "article": "Quandtmeyer und Wendtlinger im Gespräch."}),
             json.dumps({"header": "Titel", "article": "Einmalname Zorblatt tauchte nur hier auf."})]
    (directory / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def test_learn_vocabulary_writes_words_seen_in_enough_articles(tmp_path, archive):
    result = run(["learn-vocabulary", str(archive), "--min-articles", "3"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "5 articles" in result.stdout
    vocabulary = (tmp_path / ".newslint-vocabulary.txt").read_text(encoding="utf-8")
    entries = dict(line.split("\t") for line in vocabulary.splitlines() if not line.startswith("#"))
    assert entries["Quandtmeyer"] == "4" and entries["Wendtlinger"] == "4"
    assert "Zorblatt" not in entries          # seen in one article only
    assert "Haushalt" not in entries          # the lexicon knows it already


def test_learned_vocabulary_is_used_by_nl501(tmp_path, archive):
    article = tmp_path / "artikel.txt"
    article.write_text("Wendtlinger sagte: Die Regierugn irrt. Qandtmeyer widersprach.\n", encoding="utf-8")
    assert run(["learn-vocabulary", str(archive), "-o", str(tmp_path / ".newslint-vocabulary.txt")],
               tmp_path).returncode == 0
    result = run(["--select", "NL501", "--format", "json", str(article)], tmp_path)
    items = json.loads(result.stdout)
    messages = [item["message"] for item in items]
    assert any("Regierugn" in message for message in messages)
    # a slip in a learned name is suggested from the vocabulary
    slips = [item for item in items if "Qandtmeyer" in item["message"]]
    assert slips and slips[0]["suggestions"][0] == "Quandtmeyer"


def test_project_word_list_in_working_directory(tmp_path):
    article = tmp_path / "artikel.txt"
    article.write_text("Die Regierugn tagte.\n", encoding="utf-8")
    first = run(["--select", "NL501", str(article)], tmp_path)
    assert first.returncode == 1 and "Regierugn" in first.stdout
    (tmp_path / ".newslint-words.txt").write_text("# Hauswörter\nRegierugn\n", encoding="utf-8")
    second = run(["--select", "NL501", str(article)], tmp_path)
    assert second.returncode == 0, second.stdout


def test_word_files_setting_relative_to_config(tmp_path):
    project = tmp_path / "projekt"
    (project / "texte").mkdir(parents=True)
    (project / "woerter.txt").write_text("Regierugn\n", encoding="utf-8")
    (project / "newslint.toml").write_text('[rules.NL501]\nword_files = ["woerter.txt"]\n', encoding="utf-8")
    article = project / "texte" / "artikel.txt"
    article.write_text("Die Regierugn tagte.\n", encoding="utf-8")
    result = run(["--select", "NL501", str(article)], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_learn_vocabulary_errors(tmp_path):
    result = run(["learn-vocabulary", str(tmp_path / "fehlt")], tmp_path)
    assert result.returncode == 2 and "no such file" in result.stderr
    empty = tmp_path / "leer"
    empty.mkdir()
    result = run(["learn-vocabulary", str(empty)], tmp_path)
    assert result.returncode == 2 and "no articles" in result.stderr


def test_capitalised_names_need_fewer_articles():
    from newslint.learn_vocabulary import learn

    articles = ["Bürgermeisterin Quastenhuber eröffnete die Halle.",
                "Quastenhuber sagte, die Halle sei fertig. Das war quorbelig.",
                "Die Halle ist groß und quorbelig."]
    vocabulary, total = learn(articles, 3)
    assert total == 3
    assert "Quastenhuber" in vocabulary  # a name in two articles
    assert "quorbelig" not in vocabulary  # a lower-case word needs the full threshold
    vocabulary, _ = learn(articles, 3, min_capitalised=3)
    assert "Quastenhuber" not in vocabulary
