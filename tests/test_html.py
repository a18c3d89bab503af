"""HTML in and out: the HTML reader (text, segments, positions in the source) and the ``--format html``
report rendered by real headless Chromium (skipped when /usr/bin/chromium is absent)."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from newslint.readers import read_text

TESTS = Path(__file__).resolve().parent
PAGE = """<!DOCTYPE html>
<html><head><title>Seitentitel</title><style>p { color: red }</style>
<script>var s = "<p>kein Text</p>";</script></head>
<body>
<header><nav><ul><li><a href="/">Startseite</a></li></ul></nav><p>Jetzt abonnieren</p></header>
<article>
  <header><h1>Bürgermeister &amp; Rat streiten</h1>
  <p class="teaser">Der Rat hat  am Montag
     entschieden.</p></header>
  <p>Erster Absatz mit <em>Betonung</em> und&nbsp;Nr.&#160;5.<br>Zweite Zeile.</p>
  <h2>Zwischentitel</h2>
  <ul><li>Punkt eins</li><li><p>Punkt zwei</p></li></ul>
  <figure><img src="x.jpg" alt="Bildtext"><figcaption>Foto: dpa</figcaption></figure>
  <aside><p>Mehr zum Thema</p></aside>
  <p hidden>Versteckt</p>
  <footer><p>Impressum</p></footer>
</article>
</body></html>
"""


@pytest.fixture
def document():
    return read_text(PAGE, "page.html")


def test_text_comes_from_blocks_only(document):
    for skipped in ("Seitentitel", "color", "kein Text", "Startseite", "abonnieren", "Mehr zum Thema", "Versteckt",
                    "Impressum", "Bildtext"):
        assert skipped not in document.text
    assert document.text.startswith("Bürgermeister & Rat streiten\n\nDer Rat hat am Montag entschieden.")


@pytest.mark.parametrize("kind, text", [
    ("headline", "Bürgermeister & Rat streiten"),
    ("teaser", "Der Rat hat am Montag entschieden."),
    ("paragraph", "Erster Absatz mit Betonung und\xa0Nr.\xa05. Zweite Zeile."),
    ("subheading", "Zwischentitel"),
    ("bullet", "Punkt eins"),
    ("bullet", "Punkt zwei"),
    ("caption", "Foto: dpa"),
])
def test_segments(document, kind, text):
    assert (kind, text) in [(s.kind, document.text[s.start:s.end]) for s in document.segments]


@pytest.mark.parametrize("needle, occurrence", [("Rat", 0), ("entschieden", 0), ("&", 0), ("5", 0), ("Zweite", 0),
                                                 ("Foto", 0), ("\xa0", 1)])
def test_positions_map_to_the_html_source(document, needle, occurrence):
    offset = -1
    for _ in range(occurrence + 1):
        offset = document.text.index(needle, offset + 1)
    line, column = document.position(offset)
    source_line = document.offsets.source_line(line)
    start = column - 1
    expected = {"&": "&amp;", "\xa0": "&#160;"}.get(needle, needle)
    assert source_line[start:start + len(expected)] == expected


def test_teaser_is_first_paragraph_after_headline_without_class():
    document = read_text("<h1>Titel</h1><p>Vorspann.</p><p>Text.</p>", "x.html")
    assert [s.kind for s in document.segments] == ["headline", "teaser", "paragraph"]


# --- the report in a browser ------------------------------------------------------------------------
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


def _dump_dom(path: Path) -> str:
    profile = tempfile.mkdtemp(prefix="newslint-chromium-")
    try:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
            capture_output=True, text=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")
def test_html_report_renders_highlights_in_chromium(tmp_path, run_cli):
    (tmp_path / "newslint.toml").write_text('plugins = ["fixture_rules"]\nselect = ["NL9", "NL00"]\n')
    (tmp_path / "artikel.md").write_text("# Ein Fehlerwort <b>fett</b>\n\nDas ist eigentlich gut.\n", encoding="utf-8")
    (tmp_path / "seite.html").write_text(PAGE.replace("Zweite Zeile", "Eigentlich eigentlich"), encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))}
    result = run_cli("--format", "html", "artikel.md", "seite.html", cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stderr
    report = tmp_path / "report.html"
    report.write_text(result.stdout, encoding="utf-8")
    dom = _dump_dom(report)

    from html.parser import HTMLParser

    class Marks(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.marks: list[tuple[str, str, str]] = []
            self.current: dict[str, str] | None = None
            self.notes = self.bars = self.rows = 0

        def handle_starttag(self, tag, attrs):
            attributes = dict(attrs)
            if tag == "mark":
                self.current = {"class": attributes.get("class", ""), "code": attributes.get("data-code", ""), "text": ""}
                assert attributes.get("title", "").startswith(attributes.get("data-code", "?"))
            elif tag == "rect" and "bar" in attributes.get("class", ""):
                self.bars += 1
            elif tag == "li" and attributes.get("id", "").startswith("n"):
                self.notes += 1
            elif tag == "tr" and "data-family" in attributes:
                self.rows += 1

        def handle_data(self, data):
            if self.current is not None:
                self.current["text"] += data

        def handle_endtag(self, tag):
            if tag == "mark" and self.current is not None:
                self.marks.append((self.current["class"], self.current["code"], self.current["text"]))
                self.current = None

    parser = Marks()
    parser.feed(dom)
    assert ("error", "NL902", "Fehlerwort") in parser.marks
    assert parser.marks.count(("warning", "NL901", "eigentlich")) == 2
    assert parser.notes == 3 and parser.bars == 2 and parser.rows == 1
    assert "<b>fett</b>" not in dom and "&lt;b&gt;" not in dom  # Markdown's inline HTML is stripped, never injected
    assert "1 Fehler, 2 Warnungen in 2 Artikeln" in dom
