"""Every ``--format`` through the real console script, with the fixture rules (tests/fixture_rules.py).

SARIF is validated with jsonschema: against the official OASIS 2.1.0 schema when a copy is found
(``$SARIF_SCHEMA`` or ``sarif-schema-2.1.0.json`` next to the repository), and always against the
subset below, transcribed from the official schema for every object newslint writes (required
keys, types, enums, minimums, no additional properties), so a typo in a key fails the test.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from newslint.config import Config
from newslint.engine import FileResult
from newslint.reporters.summary import summary_line

TESTS = Path(__file__).resolve().parent
MARKDOWN = """# Titel eigentlich

Das ist eigentlich ein Fehlerwort, 50%: gut, oder?

<!-- newslint: ignore-next-line NL902 -->
Noch ein Satz.
"""
HTML = '<article><h1>Ein Fehlerwort</h1><p class="lead">Eigentlich &amp; eigentlich.</p></article>'


@pytest.fixture
def project(tmp_path):
    (tmp_path / "newslint.toml").write_text('plugins = ["fixture_rules"]\nselect = ["NL9", "NL00"]\n')
    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "clean.txt").write_text("Ein sauberer Text.\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def lint(project, run_cli):
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))}

    def run(*args: str):
        return run_cli(*args, "a.md", "b.html", "clean.txt", cwd=project, env=env)

    return run


EXPECTED = [  # path, line, column, end line, end column, code
    ("a.md", 1, 9, 1, 19, "NL901"),
    ("a.md", 3, 9, 3, 19, "NL901"),
    ("a.md", 3, 24, 3, 34, "NL902"),
    ("a.md", 5, 42, 5, 42, "NL001"),
    ("b.html", 1, 18, 1, 28, "NL902"),
    ("b.html", 1, 66, 1, 76, "NL901"),
]


def test_json_lines(lint):
    result = lint("--format", "json-lines")
    assert result.returncode == 1, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["path"], r["line"], r["column"], r["end_line"], r["end_column"], r["code"]) for r in rows] == EXPECTED
    assert rows[2]["suggestions"] == ["Wort"] and rows[0]["fixable"] is True


GITHUB_LINE = re.compile(
    r"^::(error|warning|notice) file=(?P<file>[^,:]+),line=(?P<line>\d+),col=(?P<col>\d+),"
    r"endLine=(?P<end_line>\d+),endColumn=(?P<end_col>\d+),title=(?P<title>[^,:]*)::(?P<message>[^\r\n]*)$")


def test_github_annotations_follow_the_documented_format(lint):
    lines = lint("--format", "github").stdout.splitlines()
    assert len(lines) == len(EXPECTED)
    for line, (path, row, column, end_row, end_column, code) in zip(lines, EXPECTED):
        match = GITHUB_LINE.match(line)
        assert match, line
        assert (match["file"], int(match["line"]), int(match["col"]), int(match["end_line"])) == (path, row, column, end_row)
        assert int(match["end_col"]) == max(end_column, column + 1)
        assert match["title"].startswith(code)
    assert lines[2].startswith("::error ") and lines[0].startswith("::warning ") and lines[3].startswith("::notice ")
    assert lines[2].endswith("„Fehlerwort“ ist falsch → Wort")


def test_github_escaping():
    from newslint.reporters.github import escape_data, escape_property

    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_gitlab_code_quality(lint):
    issues = json.loads(lint("--format", "gitlab").stdout)
    assert len(issues) == len(EXPECTED)
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    assert [issue["severity"] for issue in issues][:4] == ["minor", "minor", "major", "info"]


def test_gitlab_fingerprints_survive_moved_lines(lint, project):
    before = {i["check_name"]: i["fingerprint"] for i in json.loads(lint("--format", "gitlab").stdout)
              if i["location"]["path"] == "b.html"}
    (project / "b.html").write_text("<p>Neuer Absatz davor.</p>\n\n" + HTML, encoding="utf-8")
    after = {i["check_name"]: i["fingerprint"] for i in json.loads(lint("--format", "gitlab").stdout)
             if i["location"]["path"] == "b.html"}
    assert before == after


def test_junit(lint):
    root = ElementTree.fromstring(lint("--format", "junit").stdout)
    assert root.tag == "testsuites" and root.get("tests") == "7" and root.get("failures") == "6"
    suites = {suite.get("name"): suite for suite in root}
    assert set(suites) == {"a.md", "b.html", "clean.txt"}
    assert suites["clean.txt"].get("failures") == "0" and len(suites["clean.txt"]) == 1
    failures = suites["a.md"].findall("testcase/failure")
    assert [f.get("type") for f in failures] == ["warning", "warning", "error", "info"]


# --- SARIF ------------------------------------------------------------------------------------------
_MESSAGE = {"type": "object", "properties": {"text": {"type": "string"}, "markdown": {"type": "string"},
                                             "id": {"type": "string"}}, "anyOf": [{"required": ["text"]}, {"required": ["id"]}]}
_MULTIFORMAT = {"type": "object", "additionalProperties": False, "required": ["text"],
                "properties": {"text": {"type": "string"}, "markdown": {"type": "string"}}}
_REGION = {"type": "object", "additionalProperties": False, "properties": {
    "startLine": {"type": "integer", "minimum": 1}, "startColumn": {"type": "integer", "minimum": 1},
    "endLine": {"type": "integer", "minimum": 1}, "endColumn": {"type": "integer", "minimum": 1},
    "charOffset": {"type": "integer", "minimum": -1}, "charLength": {"type": "integer", "minimum": 0},
    "snippet": {"type": "object", "additionalProperties": False, "properties": {"text": {"type": "string"}}}}}
_ARTIFACT_LOCATION = {"type": "object", "additionalProperties": False, "properties": {
    "uri": {"type": "string", "format": "uri-reference"}, "uriBaseId": {"type": "string"},
    "index": {"type": "integer", "minimum": -1}}}
SARIF_SUBSET = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object", "additionalProperties": False, "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"enum": ["2.1.0"]},
        "runs": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["tool"],
            "properties": {
                "tool": {"type": "object", "additionalProperties": False, "required": ["driver"], "properties": {
                    "driver": {"type": "object", "additionalProperties": False, "required": ["name"], "properties": {
                        "name": {"type": "string"}, "version": {"type": "string"},
                        "semanticVersion": {"type": "string"},
                        "informationUri": {"type": "string", "format": "uri"},
                        "rules": {"type": "array", "uniqueItems": True, "items": {
                            "type": "object", "additionalProperties": False, "required": ["id"], "properties": {
                                "id": {"type": "string"}, "name": {"type": "string"},
                                "shortDescription": _MULTIFORMAT, "fullDescription": _MULTIFORMAT,
                                "defaultConfiguration": {"type": "object", "additionalProperties": False, "properties": {
                                    "level": {"enum": ["none", "note", "warning", "error"]},
                                    "enabled": {"type": "boolean"}}},
                                "properties": {"type": "object", "properties": {
                                    "tags": {"type": "array", "uniqueItems": True, "items": {"type": "string"}}}}}}}}}}},
                "artifacts": {"type": "array", "items": {"type": "object", "additionalProperties": False, "properties": {
                    "location": _ARTIFACT_LOCATION}}},
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                "results": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["message"], "properties": {
                        "ruleId": {"type": "string"}, "ruleIndex": {"type": "integer", "minimum": -1},
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": _MESSAGE,
                        "locations": {"type": "array", "items": {"type": "object", "additionalProperties": False,
                                                                 "properties": {"physicalLocation": {
                            "type": "object", "additionalProperties": False, "properties": {
                                "artifactLocation": _ARTIFACT_LOCATION, "region": _REGION}}}}},
                        "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
                        "fixes": {"type": "array", "items": {
                            "type": "object", "additionalProperties": False, "required": ["artifactChanges"],
                            "properties": {"description": _MESSAGE, "artifactChanges": {
                                "type": "array", "minItems": 1, "items": {
                                    "type": "object", "additionalProperties": False,
                                    "required": ["artifactLocation", "replacements"], "properties": {
                                        "artifactLocation": _ARTIFACT_LOCATION,
                                        "replacements": {"type": "array", "minItems": 1, "items": {
                                            "type": "object", "additionalProperties": False,
                                            "required": ["deletedRegion"], "properties": {
                                                "deletedRegion": _REGION,
                                                "insertedContent": {"type": "object", "properties": {
                                                    "text": {"type": "string"}}}}}}}}}}}}}}}}}},
    },
}


def _official_schema() -> dict | None:
    candidates = [os.environ.get("SARIF_SCHEMA", ""), str(TESTS.parents[1] / "sarif-schema-2.1.0.json"),
                  str(TESTS.parents[1] / "scratch" / "sarif-schema-2.1.0.json")]
    for candidate in filter(None, candidates):
        if Path(candidate).is_file():
            return json.loads(Path(candidate).read_text(encoding="utf-8"))
    return None


def test_sarif_validates_and_carries_rules_regions_fixes(lint):
    jsonschema = pytest.importorskip("jsonschema")
    log = json.loads(lint("--format", "sarif").stdout)
    jsonschema.validate(log, SARIF_SUBSET, format_checker=jsonschema.FormatChecker())
    official = _official_schema()
    if official is not None:
        jsonschema.validate(log, official)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert [rules[r["ruleIndex"]]["id"] for r in results] == [r["ruleId"] for r in results]
    regions = [r["locations"][0]["physicalLocation"] for r in results]
    got = [(p["artifactLocation"]["uri"], p["region"]["startLine"], p["region"]["startColumn"],
            p["region"]["endLine"], p["region"]["endColumn"], r["ruleId"]) for p, r in zip(regions, results)]
    assert got == EXPECTED
    assert results[2]["level"] == "error" and results[3]["level"] == "note"
    fix = results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert fix["deletedRegion"]["startColumn"] == 9 and fix["insertedContent"]["text"] == ""
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_subset_rejects_a_wrong_key():
    jsonschema = pytest.importorskip("jsonschema")
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"},
                                                                                         "rule_id": "NL1"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SARIF_SUBSET)


# --- default html and summary ------------------------------------------------------------------------
def test_html_report_is_self_contained(lint):
    page = lint("--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)=["']https?:""", page) and "<script" not in page
    assert page.count('<mark class="warning" data-code="NL901"') == 3
    assert '<svg class="chart"' in page and 'data-family="fixture_rules"' in page


@pytest.mark.parametrize("lang, counts, expected", [
    ("de", (3, 5, 0, 12), "3 Fehler, 5 Warnungen in 12 Artikeln"),
    ("de", (1, 1, 2, 1), "1 Fehler, 1 Warnung, 2 Hinweise in 1 Artikel"),
    ("en", (0, 1, 1, 2), "0 errors, 1 warning, 1 note in 2 articles"),
])
def test_summary_line(lang, counts, expected):
    from newslint.finding import Finding, Severity

    errors, warnings, infos, articles = counts
    findings = ([Finding("NL1", 0, 0, "m", severity=Severity.ERROR)] * errors
                + [Finding("NL1", 0, 0, "m", severity=Severity.WARNING)] * warnings
                + [Finding("NL1", 0, 0, "m", severity=Severity.INFO)] * infos)
    results = [FileResult(f"{i}.txt", None, findings if i == 0 else []) for i in range(articles)]
    assert summary_line(results, Config(lang=lang)) == expected


def test_summary_line_only_on_a_terminal(lint):
    assert "Fehler" not in lint().stderr  # stderr is a pipe here
