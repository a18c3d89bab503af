"""The Python API for structured articles (lint_article) and the CMS JSON reader."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # fixture_rules

from newslint.api import get_linter, lint_article, lint_text  # noqa: E402
from newslint.config import Config  # noqa: E402
from newslint.errors import InputError  # noqa: E402
from newslint.readers import read_text  # noqa: E402

CONFIG = Config(plugins=("fixture_rules",), select=("NL9", "NL00"))


def test_lint_article_names_field_and_offsets():
    captions = ["Foto: eigentlich dpa", "Grafik"]
    body = "Erster Absatz.\r\n\r\nZweiter 😀 Absatz mit Fehlerwort und eigentlich."
    findings = lint_article(headline="Eigentlich ein Fehlerwort", teaser="Kurz.", body=body, captions=captions,
                            config=CONFIG)
    values = {"headline": "Eigentlich ein Fehlerwort", "body": body, "captions[0]": captions[0]}
    got = [(f.field, values[f.field][f.start:f.end], f.code) for f in findings]
    assert got == [("headline", "Fehlerwort", "NL902"), ("body", "Fehlerwort", "NL902"),
                   ("body", "eigentlich", "NL901"), ("captions[0]", "eigentlich", "NL901")]
    fix = findings[3].fix
    assert fix is not None and captions[0][:fix.start] + captions[0][fix.end:] == "Foto: dpa"
    assert findings[1].message and findings[1].suggestions == ("Wort",) and str(findings[1].severity) == "error"


def test_lint_article_segments_and_errors():
    from newslint.readers.cmsjson import build_article

    document, _ = build_article(headline="Titel", teaser="Vorspann.", body="Absatz eins.\n\nZwischentitel\n\n- Punkt",
                                captions=["Bild"])
    assert [s.kind for s in document.segments] == ["headline", "teaser", "paragraph", "subheading", "bullet", "caption"]
    with pytest.raises(InputError, match="'body' must be a string"):
        lint_article(body=5, config=CONFIG)  # type: ignore[arg-type]


def test_linter_is_built_once_per_config():
    assert get_linter(CONFIG) is get_linter(Config(plugins=("fixture_rules",), select=("NL9", "NL00")))
    assert get_linter(CONFIG) is not get_linter(Config(plugins=("fixture_rules",)))
    assert lint_text("Ein Fehlerwort.", config=CONFIG)[0].code == "NL902"


def test_cms_json_file_positions_point_into_the_string_values():
    source = json.dumps({"headline": "Die \"Stadt\" wächst", "teaser": "Kurz.",
                         "body": "Absatz eins.\n\nAbsatz zwei 😀 Fehlerwort.", "captions": ["Foto", {"text": "Grafik"}],
                         "id": 7}, ensure_ascii=True, indent=1)
    document = read_text(source, "a.json")
    assert document.text == 'Die "Stadt" wächst\n\nKurz.\n\nAbsatz eins.\n\nAbsatz zwei 😀 Fehlerwort.\n\nFoto\n\nGrafik'
    assert [s.kind for s in document.segments] == ["headline", "teaser", "paragraph", "paragraph", "caption", "caption"]
    for needle, in_source in (("wächst", "w\\u00e4chst"), ("Fehlerwort", "Fehlerwort"), ("Stadt", "Stadt"),
                              ("Grafik", "Grafik")):
        line, column = document.position(document.text.index(needle))
        assert document.offsets.source_line(line)[column - 1:].startswith(in_source)


@pytest.mark.parametrize("source, message", [
    ("[1]", "must be a JSON object"),
    ('{"x": 1}', "no article fields"),
    ('{"headline": 1}', "'headline' must be a string"),
    ('{"body": ', "invalid JSON"),
])
def test_cms_json_errors(source, message):
    with pytest.raises(InputError, match=message):
        read_text(source, "bad.json")


OPINION_BODY = ("Die Stadt hat den Haushalt beschlossen. Die Opposition hält das für einen Fehler.\n\n"
                "Der Bürgermeister dürfte die Lage falsch einschätzen. Mehr Geld für Schulen wäre klüger.")
NL4 = Config(select=("NL4",))


@pytest.mark.parametrize("metadata", [{"genre": "Kommentar"}, {"ressort": "Meinung"},
                                      {"url": "https://example.org/meinung/haushalt-123"}])
def test_metadata_from_the_cms_reaches_the_rules(metadata):
    """A CMS says the piece is commentary: the author's guess is opinion, not a weakened news claim."""
    as_news = lint_article(headline="Haushalt beschlossen", body=OPINION_BODY, config=NL4)
    assert [(f.code, OPINION_BODY[f.start:f.end]) for f in as_news] == [("NL401", "dürfte")]
    assert lint_article(headline="Haushalt beschlossen", body=OPINION_BODY, metadata=metadata, config=NL4) == []
    with pytest.raises(InputError, match="metadata.genre"):
        lint_article(body=OPINION_BODY, metadata={"genre": 3}, config=NL4)  # type: ignore[dict-item]


@pytest.mark.parametrize("metadata", [None, {"genre": "Kommentar"}, {"url": "https://example.org/meinung/a-1"}])
def test_figures_and_hedging_read_one_genre_signal(metadata):
    """NL101 and NL401 share the genre layer (rules/genre.toml): a commentary's figure and guess are its author's."""
    body = ("Die Stadt hat den Haushalt beschlossen.\n\nRund 4.000 Menschen verloren im vergangenen Jahr ihre "
            "Arbeit. Der Bürgermeister dürfte die Lage falsch einschätzen.")
    found = lint_article(headline="Haushalt beschlossen", body=body, metadata=metadata,
                         config=Config(select=("NL1", "NL4")))
    expected = [("NL101", "Rund 4.000 Menschen"), ("NL401", "dürfte")] if metadata is None else []
    assert [(f.code, body[f.start:f.end]) for f in found] == expected


def test_cms_json_file_keeps_other_fields_as_metadata():
    source = json.dumps({"headline": "Haushalt beschlossen", "body": OPINION_BODY, "genre": "Kommentar", "id": 7,
                         "tags": ["Politik"]}, ensure_ascii=False)
    document = read_text(source, "a.json")
    assert document.metadata == {"genre": "Kommentar", "id": "7", "headline": "Haushalt beschlossen"}
    assert get_linter(NL4).check(document) == []
    news = read_text(source.replace('"Kommentar"', '"Nachricht"'), "a.json")
    assert [f.code for f in get_linter(NL4).check(news)] == ["NL401"]


def test_two_configurations_in_one_process_do_not_mix():
    """Plugins are modules: a second configuration must not leak into the first linter's results."""
    from newslint.config import config_from_mapping

    text = "Haushalt beschlossen\n\nDie Regirung hat den Haushalt am Dienstag beschlossen.\n"
    accepting = config_from_mapping({"rules": {"NL501": {"words": ["Regirung"]}}})

    def misspelt(config):
        return [text[f.start:f.end] for f in lint_text(text, config=config) if f.code == "NL501"]

    assert misspelt(None) == ["Regirung"]
    assert misspelt(accepting) == []
    assert misspelt(None) == ["Regirung"]
