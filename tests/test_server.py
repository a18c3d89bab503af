"""``newslint serve`` end to end: a real uvicorn server in a subprocess on a free loopback port,
spoken to over HTTP with http.client. Skipped when starlette/uvicorn are not installed."""
from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

TESTS = Path(__file__).resolve().parent
CONFIG = 'plugins = ["fixture_rules"]\nselect = ["NL9", "NL00"]\n'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, tmp: Path, *options: str, env: dict[str, str] | None = None) -> None:
        (tmp / "newslint.toml").write_text(CONFIG, encoding="utf-8")
        self.port = free_port()
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")])),
                       **(env or {})}
        if "NEWSLINT_TOKEN" not in (env or {}):
            environment.pop("NEWSLINT_TOKEN", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newslint", "serve", "--port", str(self.port), "--config", str(tmp / "newslint.toml"),
             *options], cwd=tmp, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.process.stdout.read()}")
            try:
                if self.request("GET", "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not start within 60 s")

    def request(self, method: str, path: str, body: bytes | str | dict | None = None,
                headers: dict[str, str] | None = None, timeout: float = 30):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            if isinstance(body, (dict, list)):
                body = json.dumps(body)
            if isinstance(body, str):
                body = body.encode("utf-8")
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            data = response.read()
            content_type = response.getheader("content-type", "")
            payload = json.loads(data) if content_type.startswith("application/json") else data.decode()
            return response.status, payload, dict(response.getheaders())
        finally:
            connection.close()

    def wait_idle(self, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while self.request("GET", "/healthz")[1]["in_flight"] and time.monotonic() < deadline:
            time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    instance = Server(tmp_path_factory.mktemp("serve"))
    yield instance
    instance.stop()


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    instance = Server(tmp_path_factory.mktemp("limited"), "--threads", "1", "--queue", "0", "--timeout", "0.5",
                      "--max-bytes", "2000", env={"NEWSLINT_TOKEN": "s3cret"})
    yield instance
    instance.stop()


AUTH = {"Authorization": "Bearer s3cret"}


# --- /v1/lint ---------------------------------------------------------------------------------------
def test_text_mode_offsets_lines_utf16_and_fix(server):
    text = "Das ist eigentlich 😀 ein Fehlerwort.\r\nZeile zwei."
    status, answer, _ = server.request("POST", "/v1/lint", {"text": text})
    assert status == 200
    findings = answer["findings"]
    assert [(f["code"], text[f["start"]:f["end"]]) for f in findings] == [("NL901", "eigentlich"), ("NL902", "Fehlerwort")]
    error = findings[1]
    assert (error["line"], error["column"], error["severity"], error["suggestions"]) == (1, 26, "error", ["Wort"])
    assert error["start_utf16"] == error["start"] + 1  # the emoji is two UTF-16 code units
    assert text.encode("utf-16-le")[2 * error["start_utf16"]:2 * error["end_utf16"]].decode("utf-16-le") == "Fehlerwort"
    assert findings[0]["fix"] == {"start": 8, "end": 19, "start_utf16": 8, "end_utf16": 19, "replacement": ""}
    assert answer["summary"] == {"errors": 1, "warnings": 1, "infos": 0, "total": 2}


def test_text_mode_with_markdown_filename_maps_to_the_submitted_source(server):
    text = "# Ein **Fehlerwort**\n\n<!-- newslint: ignore-next-line NL901 -->\nEs ist eigentlich gut.\n"
    status, answer, _ = server.request("POST", "/v1/lint", {"text": text, "filename": "a.md"})
    assert status == 200
    assert [(f["code"], text[f["start"]:f["end"]]) for f in answer["findings"]] == [("NL902", "Fehlerwort")]


def test_fields_mode_names_field_and_offset_in_it(server):
    article = {"headline": "Ein Fehlerwort", "teaser": "Kurz.", "body": "Absatz 😀 eigentlich.\n\nZwei.",
               "captions": ["Foto: eigentlich dpa"]}
    status, answer, _ = server.request("POST", "/v1/lint", article)
    assert status == 200
    got = [(f["field"], f["start"], f["end"], f["code"]) for f in answer["findings"]]
    assert got == [("headline", 4, 14, "NL902"), ("body", 9, 19, "NL901"), ("captions[0]", 6, 16, "NL901")]
    for finding in answer["findings"]:
        value = article[finding["field"]] if "[" not in finding["field"] else article["captions"][0]
        assert value[finding["start"]:finding["end"]] == finding["text"]
    assert answer["findings"][1]["start_utf16"] == 10
    status, with_metadata, _ = server.request("POST", "/v1/lint", {**article, "metadata": {"genre": "Kommentar"}})
    assert status == 200 and with_metadata["findings"] == answer["findings"]  # not linted itself


@pytest.mark.parametrize("body, status, fragment", [
    (b'{"text": ', 400, "not valid JSON"),
    (b"\xff\xfe", 400, "not valid JSON"),
    ({"text": 5}, 422, "'text' must be a string, got number"),
    ({"text": "a", "body": "b"}, 422, "either 'text' or CMS fields"),
    ({"headline": ["x"]}, 422, "'headline' must be a string or null, got array"),
    ({"captions": "x"}, 422, "'captions' must be a list of strings"),
    ({"txt": "x"}, 422, "unknown keys: txt"),
    ({"body": "x", "metadata": {"genre": 1}}, 422, "'metadata' must be an object of strings"),
    ({"body": "x", "metadata": "Kommentar"}, 422, "'metadata' must be an object of strings"),
    ({"text": "x", "metadata": {"genre": "Kommentar"}}, 422, "'metadata' goes with CMS fields"),
    ([1, 2], 422, "must be a JSON object, got array"),
    ({}, 422, "send 'text'"),
    (b"[" * 100_000 + b"]" * 100_000, 400, "nested too deeply"),
    (b'{"text": "kaputt \\ud800 hier"}', 422, "lone UTF-16 surrogate"),
])
def test_bad_requests_get_clear_messages(server, body, status, fragment):
    got, answer, _ = server.request("POST", "/v1/lint", body)
    assert got == status
    assert answer["error"]["status"] == status
    assert fragment in answer["error"]["message"]


def test_rules_healthz_and_openapi(server):
    status, rules, _ = server.request("GET", "/v1/rules")
    assert status == 200
    codes = {rule["code"]: rule for rule in rules["rules"]}
    assert codes["NL901"]["family"] == "fixture_rules" and codes["NL001"]["severity"] == "info"
    status, health, _ = server.request("GET", "/healthz")
    assert status == 200 and health["status"] == "ok"
    status, schema, _ = server.request("GET", "/openapi.json")
    assert status == 200 and schema["openapi"].startswith("3.")
    assert {"/v1/lint", "/v2/check", "/v1/rules", "/healthz"} <= set(schema["paths"])


# --- LanguageTool compatibility ----------------------------------------------------------------------
def test_languagetool_check_shape_and_utf16_offsets(server):
    text = "Das ist 😀 eigentlich ein Fehlerwort."
    form = urlencode({"text": text, "language": "de-DE"})
    status, answer, _ = server.request("POST", "/v2/check", form,
                                       {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200
    assert answer["software"]["name"] == "newslint" and answer["language"]["code"] == "de-DE"
    units = text.encode("utf-16-le")
    matched = [units[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le") for m in answer["matches"]]
    assert matched == ["eigentlich", "Fehlerwort"]
    match = answer["matches"][1]
    assert set(match) >= {"message", "shortMessage", "offset", "length", "replacements", "rule", "context"}
    assert match["replacements"] == [{"value": "Wort"}]
    assert set(match["rule"]) >= {"id", "description", "issueType", "category"}
    assert set(match["rule"]["category"]) == {"id", "name"}
    context = match["context"]
    assert context["text"].encode("utf-16-le")[2 * context["offset"]:2 * (context["offset"] + context["length"])] \
        .decode("utf-16-le") == "Fehlerwort"


def test_languagetool_get_data_annotation_and_disabled_rules(server):
    data = json.dumps({"annotation": [{"markup": "<p>", "interpretAs": "\n\n"}, {"text": "Ein "},
                                      {"markup": "<b>"}, {"text": "Fehlerwort"}, {"markup": "</b>"},
                                      {"text": " eigentlich."}, {"markup": "</p>"}]})
    original = "<p>Ein <b>Fehlerwort</b> eigentlich.</p>"
    status, answer, _ = server.request("GET", "/v2/check?" + urlencode({"data": data, "language": "de"}))
    assert status == 200
    assert [original[m["offset"]:m["offset"] + m["length"]] for m in answer["matches"]] == ["Fehlerwort", "eigentlich"]
    status, answer, _ = server.request("GET", "/v2/check?" + urlencode(
        {"data": data, "language": "de-DE", "disabledRules": "NL901"}))
    assert [m["rule"]["id"] for m in answer["matches"]] == ["NL902"]


@pytest.mark.parametrize("params, fragment", [
    ({"text": "x", "language": "fr"}, "'fr' is not a language code"),
    ({"language": "de-DE"}, "Missing 'text'"),
])
def test_languagetool_errors_are_plain_text_400(server, params, fragment):
    status, answer, _ = server.request("POST", "/v2/check", urlencode(params),
                                       {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400 and fragment in answer


# --- limits and the token ---------------------------------------------------------------------------
def test_token_required_on_api_not_on_healthz(limited):
    assert limited.request("GET", "/healthz")[0] == 200
    status, answer, headers = limited.request("POST", "/v1/lint", {"text": "x"})
    assert status == 401 and "Bearer" in headers.get("www-authenticate", headers.get("WWW-Authenticate", ""))
    assert limited.request("POST", "/v1/lint", {"text": "x"}, {"Authorization": "Bearer wrong"})[0] == 401
    assert limited.request("POST", "/v1/lint", {"text": "x"}, AUTH)[0] == 200


def test_request_size_limit_413(limited):
    status, answer, _ = limited.request("POST", "/v1/lint", {"text": "x" * 3000}, AUTH)
    assert status == 413 and "2,000 bytes" in answer["error"]["message"]


def test_time_budget_504_then_saturation_503(limited):
    limited.wait_idle()
    status, answer, _ = limited.request("POST", "/v1/lint", {"text": "__sleep_1.5__"}, AUTH)
    assert status == 504 and "time budget of 0.5 s" in answer["error"]["message"]
    # the check still runs in its thread and holds the only slot: the next request is refused
    status, answer, headers = limited.request("POST", "/v1/lint", {"text": "schnell"}, AUTH)
    assert status == 503 and "busy" in answer["error"]["message"]
    assert headers.get("retry-after", headers.get("Retry-After")) == "1"
    limited.wait_idle()
    assert limited.request("POST", "/v1/lint", {"text": "schnell"}, AUTH)[0] == 200


def test_concurrent_requests_are_all_answered(server):
    results: list[int] = []

    def client() -> None:
        for _ in range(5):
            results.append(server.request("POST", "/v1/lint", {"text": "Ein Fehlerwort eigentlich."})[0])

    threads = [threading.Thread(target=client) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 40


def test_refuses_non_loopback_without_token(tmp_path):
    environment = {key: value for key, value in os.environ.items() if key != "NEWSLINT_TOKEN"}
    result = subprocess.run([sys.executable, "-m", "newslint", "serve", "--host", "0.0.0.0", "--port", str(free_port())],
                            capture_output=True, text=True, timeout=60, cwd=tmp_path, env=environment)
    assert result.returncode == 2
    assert "refusing to listen on 0.0.0.0 without a token" in result.stderr
