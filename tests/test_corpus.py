"""Golden test: newslint prints exactly what each corpus article's sidecar expects."""
import subprocess
from collections import defaultdict

import pytest

from conftest import REPO, newslint_executable
from newslint.sidecars import finding_key, read_sidecar, sidecar_path

ARTICLES = sorted(p for p in (REPO / "corpus").iterdir() if p.suffix in (".txt", ".md"))


@pytest.fixture(scope="module")
def corpus_output():
    """The console script's output for the whole corpus, by article path (one run for all tests)."""
    result = subprocess.run([*newslint_executable(), "corpus"], cwd=REPO, capture_output=True, text=True,
                            encoding="utf-8", timeout=600)
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    by_path = defaultdict(list)
    for line in result.stdout.splitlines():
        by_path[line.split(":", 1)[0]].append(line)
    return by_path


def test_corpus_is_big_enough():
    assert len(ARTICLES) >= 12
    assert {p.suffix for p in ARTICLES} == {".txt", ".md"}
    for article in ARTICLES:
        assert sidecar_path(article).exists(), f"{article.name} has no sidecar"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_article_matches_sidecar(article, corpus_output):
    relative = article.relative_to(REPO).as_posix()
    expected = sorted(map(finding_key, read_sidecar(sidecar_path(article)).printed))
    actual = sorted(map(finding_key, corpus_output.get(relative, [])))
    assert actual == expected
