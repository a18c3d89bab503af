"""No evaluation copy in the repository: news-dev.jsonl measures newslint on text it has never seen."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_copied_text.py"
spec = importlib.util.spec_from_file_location("check_copied_text", SCRIPT)
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)


@pytest.mark.skipif(not check.NEWS.is_file(), reason="evaluation data (../shared) absent")
def test_no_tracked_file_quotes_news_dev():
    copied = list(check.copied_lines(check.tracked_text_files(), check.news_runs()))
    assert copied == [], "text copied from news-dev.jsonl:\n" + "\n".join(copied)


def test_the_check_finds_a_quoted_run(tmp_path):
    runs = {hash(run) for _, run in check._runs(check._words("Der Hafen meldete am Montag einen neuen Rekord beim Umschlag."))}
    quoted = tmp_path / "example.toml"
    quoted.write_text('ok = "Ganz andere Worte hier."\nbad = "Laut Bericht meldete am Montag einen neuen Rekord."\n',
                      encoding="utf-8")
    found = list(check.copied_lines([quoted], runs))
    assert len(found) == 1 and found[0].endswith(":2: meldete am montag einen neuen rekord")
