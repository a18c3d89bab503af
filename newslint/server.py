"""``newslint serve``: an HTTP service for a CMS and for editor plugins (Starlette + uvicorn).

Endpoints (see docs/server.md and ``GET /openapi.json``):

- ``POST /v1/lint``: ``{"text": ..., "filename": ...}`` or CMS fields ``{"headline", "teaser",
  "body", "captions"}`` (plus ``"metadata"``: genre, ressort, url, not linted); findings with character offsets (and UTF-16 offsets for JavaScript),
  suggestions and fixes.
- ``POST /v2/check`` (also ``GET``): LanguageTool's HTTP API, so LanguageTool editor plugins can
  show newslint findings.
- ``GET /v1/rules``, ``GET /healthz``, ``GET /openapi.json``.

Limits: request body size (413), a time budget for reading the body (408) and per request (504), bounded concurrency (a
semaphore over running and queued lint jobs; 503 when saturated). Rules, lexicons and models load
once at start-up. An optional bearer token protects ``/v1/*`` and ``/v2/*``; it is required when
the service binds to a non-loopback address.

Install with the ``server`` extra (``pip install 'newslint[server]'``).
"""
from __future__ import annotations

import argparse
import asyncio
import bisect
import hmac
import ipaddress
import json
import os
import re
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs

from newslint import __version__
from newslint.config import Config, find_config_file, load_config, merge
from newslint.document import Document
from newslint.errors import InputError, NewslintError, UsageError
from newslint.finding import Finding, Severity

DEFAULT_PORT = 8787
SETTINGS_ENV = "NEWSLINT_SERVER_SETTINGS"
LT_LANGUAGES = {"de": "German", "de-DE": "German (Germany)", "de-AT": "German (Austria)",
                "de-CH": "German (Swiss)", "auto": "German (Germany)"}
FIELD_NAMES = ("headline", "teaser", "body", "captions")


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    token: str | None = None
    max_bytes: int = 1_000_000
    timeout: float = 10.0  # seconds per request, queueing included
    threads: int = 4  # lint jobs running at once (per worker process)
    queue: int = 64  # lint jobs waiting for a thread before the service answers 503
    workers: int = 1  # processes
    max_connections: int = 1000  # open connections per process before uvicorn answers 503
    config: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    nlp: str | None = None
    log_level: str = "warning"
    extra: dict[str, Any] = field(default_factory=dict)


class HTTPError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


# --- offsets ---------------------------------------------------------------------------------------
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # characters that take two UTF-16 code units (emoji, ...)


class Utf16:
    """Code-point offsets to UTF-16 code units (what JavaScript and Java string indices count)."""

    def __init__(self, text: str) -> None:
        self.astral = [match.start() for match in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.astral, offset) if self.astral else offset


# --- the service -------------------------------------------------------------------------------------
class Service:
    """Linter, limits and the request handlers' work; independent of Starlette for clarity."""

    def __init__(self, settings: Settings) -> None:
        from newslint.api import get_linter
        from newslint.nlp import get_backend

        self.settings = settings
        config = load_config(Path(settings.config) if settings.config else find_config_file(Path.cwd()))
        overrides: dict[str, Any] = {"select": settings.select or None, "ignore": settings.ignore or None,
                                     "nlp": settings.nlp}
        config = merge(config, overrides)
        self.linter = get_linter(config)
        self.config = self.linter.config
        self.backend = get_backend(self.config.nlp)
        self.executor = ThreadPoolExecutor(max_workers=settings.threads, thread_name_prefix="newslint-lint")
        self.slots = threading.BoundedSemaphore(settings.threads + settings.queue)
        self.in_flight = 0
        self._lock = threading.Lock()
        self.started = time.time()
        self.check_document(self.read("Aufwärmen. Der Text lädt Regeln und Lexika.", "warmup.txt"))

    # -- work run in the thread pool --
    def read(self, text: str, filename: str) -> Document:
        from newslint.readers import read_text

        return read_text(text, filename, self.backend)

    def check_document(self, document: Document) -> list[Finding]:
        return self.linter.check(document)

    async def run(self, function: Callable[[], Any]) -> Any:
        """Run ``function`` in the lint pool within the time budget and the concurrency bound."""
        if not self.slots.acquire(blocking=False):
            raise HTTPError(503, "busy", f"newslint is busy: {self.settings.threads + self.settings.queue} requests "
                            "are already running or queued; retry shortly", {"Retry-After": "1"})
        with self._lock:
            self.in_flight += 1
        try:
            job = self.executor.submit(function)
        except RuntimeError:  # shutting down
            self._release(None)
            raise HTTPError(503, "shutting_down", "newslint is shutting down") from None
        job.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(job)), self.settings.timeout)
        except asyncio.TimeoutError:
            job.cancel()  # drops it if still queued; a running check finishes and then frees its slot
            raise HTTPError(504, "timeout", f"the time budget of {self.settings.timeout:g} s per request was "
                            "exceeded; send a shorter text or retry later") from None

    def _release(self, _job: object) -> None:
        with self._lock:
            self.in_flight -= 1
        self.slots.release()

    # -- shaping answers --
    def finding_dict(self, finding: Finding, document: Document) -> dict[str, Any]:
        info = self.config.rule_infos.get(finding.code)
        from newslint.reporters.summary import rule_family

        return {
            "code": finding.code,
            "rule": info.name if info else "",
            "family": rule_family(finding.code, self.config),
            "severity": str(finding.severity or (info.severity if info else Severity.WARNING)),
            "message": finding.message,
            "message_en": finding.message_en or finding.message,
            "text": document.text[finding.start:finding.end],
            "suggestions": list(finding.suggestions),
        }

    def lint_text(self, text: str, filename: str) -> dict[str, Any]:
        document = self.read(text, filename)
        findings = self.check_document(document)
        source = document.offsets.source
        utf16 = Utf16(source)
        out = []
        for finding in findings:
            start = document.offsets.to_source(finding.start)
            end = max(start, document.offsets.to_source(finding.end, is_end=True))
            line, column = document.position(finding.start)
            item = self.finding_dict(finding, document)
            item.update({"start": start, "end": end, "start_utf16": utf16(start), "end_utf16": utf16(end),
                         "line": line, "column": column, "fix": None})
            if finding.fix is not None:
                fix_start = document.offsets.to_source(finding.fix.start)
                fix_end = max(fix_start, document.offsets.to_source(finding.fix.end, is_end=True))
                item["fix"] = {"start": fix_start, "end": fix_end, "start_utf16": utf16(fix_start),
                               "end_utf16": utf16(fix_end), "replacement": finding.fix.replacement}
            out.append(item)
        return self._answer(out, findings)

    def lint_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        from newslint.api import article_findings
        from newslint.readers.cmsjson import build_article

        document, layout = build_article(**fields)
        document.backend = self.backend
        findings = self.check_document(document)
        utf16 = {name: Utf16(value) for name, value in layout.values.items()}
        out = []
        for located in article_findings(document, layout, findings):
            convert = utf16[located.field]
            item = self.finding_dict(located.finding, document)
            item.update({"field": located.field, "start": located.start, "end": located.end,
                         "start_utf16": convert(located.start), "end_utf16": convert(located.end), "fix": None})
            if located.fix is not None:
                item["fix"] = {"start": located.fix.start, "end": located.fix.end,
                               "start_utf16": convert(located.fix.start), "end_utf16": convert(located.fix.end),
                               "replacement": located.fix.replacement}
            out.append(item)
        return self._answer(out, findings)

    def _answer(self, items: list[dict[str, Any]], findings: list[Finding]) -> dict[str, Any]:
        from newslint.reporters.summary import severity_counts

        counts = severity_counts(findings)
        return {"version": __version__, "findings": items,
                "summary": {"errors": counts[Severity.ERROR], "warnings": counts[Severity.WARNING],
                            "infos": counts[Severity.INFO], "total": len(findings)}}

    def rules(self) -> list[dict[str, Any]]:
        from newslint.reporters.summary import rule_family

        return [{"code": info.code, "name": info.name, "family": rule_family(info.code, self.config),
                 "severity": str(info.severity), "summary": info.summary, "summary_en": info.summary_en,
                 "description": info.description, "fixable": info.fixable,
                 "selected": self.config.is_selected(info.code),
                 "settings": [{"name": s.name, "default": s.default, "description": s.description} for s in info.settings]}
                for info in self.config.rule_infos.values()]

    # -- LanguageTool --
    def languagetool(self, source: str, document: Document, findings: list[Finding],
                     to_original: Callable[[int, bool], int], language: str, params: dict[str, str]) -> dict[str, Any]:
        from newslint.reporters.summary import rule_family

        disabled = {code.strip() for code in params.get("disabledRules", "").split(",") if code.strip()}
        enabled = {code.strip() for code in params.get("enabledRules", "").split(",") if code.strip()}
        enabled_only = params.get("enabledOnly", "false").lower() == "true"
        utf16 = Utf16(source)
        matches = []
        for finding in findings:
            if finding.code in disabled or (enabled_only and finding.code not in enabled):
                continue
            info = self.config.rule_infos.get(finding.code)
            family = rule_family(finding.code, self.config)
            start = to_original(finding.start, False)
            end = max(start, to_original(finding.end, True))
            offset, length = utf16(start), utf16(end) - utf16(start)
            sentence = document.sentence_at(finding.start)
            context_start = max(0, finding.start - 40)
            context_end = min(len(document.text), finding.end + 40)
            prefix = "..." if context_start > 0 else ""
            context = prefix + document.text[context_start:context_end] + ("..." if context_end < len(document.text) else "")
            context_offset = len(prefix) + (finding.start - context_start)
            message = finding.message
            matches.append({
                "message": message,
                "shortMessage": info.summary if info else "",
                "replacements": [{"value": value} for value in finding.suggestions]
                + ([{"value": finding.fix.replacement}] if finding.fix is not None and not finding.suggestions
                   and finding.fix.start == finding.start and finding.fix.end >= finding.end else []),
                "offset": offset,
                "length": length,
                "context": {"text": context, "offset": Utf16(context)(context_offset),
                            "length": Utf16(context)(context_offset + finding.end - finding.start)
                            - Utf16(context)(context_offset)},
                "sentence": document.text[sentence.start:sentence.end] if sentence else "",
                "type": {"typeName": "UnknownWord" if family in ("typos", "spelling") else "Other"},
                "rule": {
                    "id": finding.code,
                    "description": (info.summary if info else finding.code),
                    "issueType": _issue_type(family, finding.code),
                    "category": {"id": f"NEWSLINT_{family.upper()}", "name": family},
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            })
        name = LT_LANGUAGES[language]
        code = "de-DE" if language == "auto" else language
        return {
            "software": {"name": "newslint", "version": __version__, "buildDate": None, "apiVersion": 1,
                         "premium": False, "status": ""},
            "warnings": {"incompleteResults": False},
            "language": {"name": name, "code": code,
                         "detectedLanguage": {"name": name, "code": code, "confidence": 1.0}},
            "matches": matches,
        }

    def check_lt(self, params: dict[str, str]) -> dict[str, Any]:
        language = params.get("language", "")
        if "data" in params:
            source, builder = _annotation_source(params["data"])
            plain, outer = builder.build()
        else:
            source = params["text"]
            plain, outer = source, None
        document = self.read(plain, "-")
        findings = self.check_document(document)

        def to_original(offset: int, is_end: bool) -> int:
            inner = document.offsets.to_source(offset, is_end=is_end)
            return outer.to_source(inner, is_end=is_end) if outer is not None else inner

        return self.languagetool(source, document, findings, to_original, language, params)


def _issue_type(family: str, code: str) -> str:
    if family in ("typos", "spelling"):
        return "misspelling"
    if code in ("NL000", "NL001"):
        return "uncategorized"
    if family == "figures":
        return "typographical"
    return "style"


def _annotation_source(data: str):
    """LanguageTool's ``data`` parameter: text and markup parts; offsets refer to all parts joined."""
    from newslint.offsets import TextBuilder

    try:
        parsed = json.loads(data)
        parts = parsed["annotation"]
        if not isinstance(parts, list):
            raise TypeError
    except (ValueError, KeyError, TypeError, RecursionError):
        raise HTTPError(400, "bad_request", "Error: 'data' must be JSON {\"annotation\": [{\"text\": ...}, "
                        "{\"markup\": ..., \"interpretAs\": ...}]}") from None
    source = "".join(str(part.get("text", part.get("markup", ""))) for part in parts if isinstance(part, dict))
    if not _encodable(source):
        raise HTTPError(400, "bad_request", "'data' contains a lone UTF-16 surrogate (\\ud800-\\udfff escape)")
    builder = TextBuilder(source)
    position = 0
    for part in parts:
        if not isinstance(part, dict):
            continue
        if "text" in part:
            value = str(part["text"])
            builder.copy(position, position + len(value))
        else:
            value = str(part.get("markup", ""))
            builder.insert(str(part.get("interpretAs", "")), position, len(value))
        position += len(value)
    return source, builder


# --- HTTP layer --------------------------------------------------------------------------------------
def _error_response(error: HTTPError):
    from starlette.responses import JSONResponse

    return JSONResponse({"error": {"status": error.status, "code": error.code, "message": error.message}},
                        status_code=error.status, headers=error.headers)


async def _read_body(request, limit: int, timeout: float) -> bytes:
    """The body, refused with 413 beyond ``limit`` bytes and with 408 when it takes longer than ``timeout``."""
    try:
        return await asyncio.wait_for(_read_body_unbounded(request, limit), timeout)
    except asyncio.TimeoutError:
        raise HTTPError(408, "request_timeout", f"the request body did not arrive within {timeout:g} s",
                        {"Connection": "close"}) from None


async def _read_body_unbounded(request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    too_large = HTTPError(413, "too_large", f"request body larger than the limit of {limit:,} bytes "
                          "(newslint serve --max-bytes)")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise too_large
        except ValueError:
            raise HTTPError(400, "bad_request", "invalid Content-Length header") from None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _encodable(text: str) -> bool:
    """False for strings with lone surrogates (from ``\\ud800`` escapes): they are not Unicode text."""
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _validate_v1(payload: Any) -> tuple[str, dict[str, Any]]:
    mode, values = _validate_v1_shape(payload)
    strings = [values["text"], values["filename"]] if mode == "text" else \
        [v for v in (values["headline"], values["teaser"], values["body"], *values["captions"],
                     *values.get("metadata", {}).values()) if v is not None]
    if not all(_encodable(value) for value in strings):
        raise HTTPError(422, "invalid", "the text contains a lone UTF-16 surrogate (a \\ud800-\\udfff escape "
                        "without its pair); send valid Unicode")
    return mode, values


def _validate_v1_shape(payload: Any) -> tuple[str, dict[str, Any]]:
    if not isinstance(payload, dict):
        raise HTTPError(422, "invalid", f"the body must be a JSON object, got {_json_type(payload)}")
    unknown = sorted(set(payload) - {"text", "filename", "metadata", *FIELD_NAMES})
    if unknown:
        raise HTTPError(422, "invalid", f"unknown keys: {', '.join(unknown)} (expected text and filename, "
                        "or headline, teaser, body, captions, metadata)")
    has_fields = any(name in payload for name in FIELD_NAMES)
    if "text" in payload and has_fields:
        raise HTTPError(422, "invalid", "send either 'text' or CMS fields (headline, teaser, body, captions), not both")
    if "text" in payload and "metadata" in payload:
        raise HTTPError(422, "invalid", "'metadata' goes with CMS fields; in 'text' use Markdown front matter")
    if "text" in payload:
        if not isinstance(payload["text"], str):
            raise HTTPError(422, "invalid", f"'text' must be a string, got {_json_type(payload['text'])}")
        filename = payload.get("filename", "text.txt")
        if not isinstance(filename, str) or not filename or "\x00" in filename:
            raise HTTPError(422, "invalid", "'filename' must be a non-empty string")
        return "text", {"text": payload["text"], "filename": filename}
    if "filename" in payload:
        raise HTTPError(422, "invalid", "'filename' only goes with 'text'")
    if not has_fields:
        raise HTTPError(422, "invalid", "send 'text', or CMS fields headline, teaser, body, captions")
    fields: dict[str, Any] = {}
    for name in ("headline", "teaser", "body"):
        value = payload.get(name)
        if value is not None and not isinstance(value, str):
            raise HTTPError(422, "invalid", f"'{name}' must be a string or null, got {_json_type(value)}")
        fields[name] = value
    captions = payload.get("captions") or []
    if not isinstance(captions, list) or not all(isinstance(item, str) for item in captions):
        raise HTTPError(422, "invalid", "'captions' must be a list of strings")
    fields["captions"] = captions
    metadata = payload.get("metadata")
    if metadata is not None:
        if not isinstance(metadata, dict) or not all(isinstance(value, str) for value in metadata.values()):
            raise HTTPError(422, "invalid", "'metadata' must be an object of strings (genre, ressort, url, …)")
        fields["metadata"] = metadata
    return "fields", fields


def _json_type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number",
            type(None): "null"}.get(type(value), type(value).__name__)


def create_app(settings: Settings | None = None):
    """The Starlette application; builds the Service (loads rules) immediately."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    settings = settings or Settings()
    service = Service(settings)

    def authorised(request: Request) -> None:
        if not settings.token:
            return
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), settings.token.encode()):
            raise HTTPError(401, "unauthorized", "missing or wrong bearer token (Authorization: Bearer TOKEN)",
                            {"WWW-Authenticate": 'Bearer realm="newslint"'})

    def handler(function):
        async def wrapped(request: Request):
            try:
                return await function(request)
            except HTTPError as error:
                if request.url.path.startswith("/v2/") and error.status in (400, 413):
                    from starlette.responses import PlainTextResponse

                    return PlainTextResponse(f"Error: {error.message}", status_code=error.status,
                                             headers=error.headers)
                return _error_response(error)
            except InputError as error:
                return _error_response(HTTPError(422, "invalid", str(error)))
        return wrapped

    @handler
    async def lint(request: Request):
        authorised(request)
        body = await _read_body(request, settings.max_bytes, settings.timeout)
        try:
            payload = json.loads(body)
        except (ValueError, UnicodeDecodeError) as error:
            raise HTTPError(400, "malformed_json", f"the body is not valid JSON: {error}") from None
        except RecursionError:
            raise HTTPError(400, "malformed_json", "the body is nested too deeply") from None
        mode, values = _validate_v1(payload)
        started = time.perf_counter()
        if mode == "text":
            answer = await service.run(lambda: service.lint_text(values["text"], values["filename"]))
        else:
            answer = await service.run(lambda: service.lint_fields(values))
        answer["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 2)
        return JSONResponse(answer)

    @handler
    async def check(request: Request):
        authorised(request)
        params = {key: values[-1] for key, values in parse_qs(request.url.query, keep_blank_values=True).items()}
        if request.method == "POST":
            content_type = request.headers.get("content-type", "")
            body = await _read_body(request, settings.max_bytes, settings.timeout)
            if content_type.startswith("multipart/"):
                raise HTTPError(400, "bad_request", "send application/x-www-form-urlencoded, not multipart")
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                raise HTTPError(400, "bad_request", "the form is not valid UTF-8") from None
            params.update({key: values[-1] for key, values in form.items()})
        elif len(request.url.query) > settings.max_bytes:
            raise HTTPError(413, "too_large", f"query longer than the limit of {settings.max_bytes:,} bytes")
        if "text" not in params and "data" not in params:
            raise HTTPError(400, "bad_request", "Missing 'text' or 'data' parameter")
        language = params.get("language", "")
        if language not in LT_LANGUAGES:
            raise HTTPError(400, "bad_request", f"'{language}' is not a language code known to newslint "
                            f"(supported: {', '.join(LT_LANGUAGES)})")
        return JSONResponse(await service.run(lambda: service.check_lt(params)))

    @handler
    async def languages(request: Request):
        return JSONResponse([{"name": name, "code": code.split("-")[0], "longCode": code}
                             for code, name in LT_LANGUAGES.items() if code != "auto"])

    @handler
    async def rules(request: Request):
        authorised(request)
        return JSONResponse({"version": __version__, "rules": service.rules()})

    async def healthz(request: Request):
        return JSONResponse({"status": "ok", "version": __version__, "rules": len(service.config.rule_infos),
                             "in_flight": service.in_flight, "uptime_s": round(time.time() - service.started, 1)})

    async def openapi(request: Request):
        return JSONResponse(openapi_schema())

    routes = [
        Route("/v1/lint", lint, methods=["POST"]),
        Route("/v2/check", check, methods=["GET", "POST"]),
        Route("/v2/languages", languages, methods=["GET"]),
        Route("/v1/rules", rules, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
    ]
    app = Starlette(routes=routes)
    app.state.service = service
    return app


def app_from_environment():
    """uvicorn factory for ``--workers N``: each worker process builds its app from the settings."""
    data = json.loads(os.environ[SETTINGS_ENV])
    data["select"], data["ignore"] = tuple(data["select"]), tuple(data["ignore"])
    return create_app(Settings(**data))


# --- OpenAPI -----------------------------------------------------------------------------------------
def openapi_schema() -> dict[str, Any]:
    error = {"type": "object", "properties": {"error": {"type": "object", "properties": {
        "status": {"type": "integer"}, "code": {"type": "string"}, "message": {"type": "string"}}}}}
    offsets = {"start": {"type": "integer", "description": "character (code point) offset, inclusive"},
               "end": {"type": "integer", "description": "character (code point) offset, exclusive"},
               "start_utf16": {"type": "integer", "description": "the same in UTF-16 code units (JavaScript)"},
               "end_utf16": {"type": "integer"}}
    finding = {"type": "object", "required": ["code", "severity", "message", "start", "end"], "properties": {
        "code": {"type": "string", "example": "NL401"}, "rule": {"type": "string"}, "family": {"type": "string"},
        "severity": {"type": "string", "enum": ["error", "warning", "info"]},
        "message": {"type": "string", "description": "German message"}, "message_en": {"type": "string"},
        "text": {"type": "string", "description": "the flagged text"},
        "suggestions": {"type": "array", "items": {"type": "string"}},
        "field": {"type": "string", "description": "CMS field (fields mode): headline, teaser, body, captions[N]"},
        "line": {"type": "integer", "description": "text mode: 1-based line"}, "column": {"type": "integer"},
        **offsets,
        "fix": {"type": "object", "nullable": True, "properties": {**offsets, "replacement": {"type": "string"}}},
    }}
    errors = {str(code): {"description": text, "content": {"application/json": {"schema": error}}} for code, text in (
        (400, "malformed JSON"), (401, "missing or wrong bearer token"), (408, "request body too slow"),
        (413, "request body too large"),
        (422, "wrong types or keys"), (503, "busy: too many requests running or queued"),
        (504, "time budget per request exceeded"))}
    return {
        "openapi": "3.0.3",
        "info": {"title": "newslint", "version": __version__,
                 "description": "Editorial quality linter for German news copy."},
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
                       "schemas": {"Finding": finding, "Error": error}},
        "security": [{"bearer": []}],
        "paths": {
            "/v1/lint": {"post": {
                "summary": "Lint a text or an article given as CMS fields",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"oneOf": [
                    {"type": "object", "required": ["text"], "additionalProperties": False, "properties": {
                        "text": {"type": "string"},
                        "filename": {"type": "string", "description": "suffix selects the format: .txt, .md, .html"}}},
                    {"type": "object", "additionalProperties": False, "properties": {
                        "headline": {"type": "string", "nullable": True}, "teaser": {"type": "string", "nullable": True},
                        "body": {"type": "string", "nullable": True},
                        "captions": {"type": "array", "items": {"type": "string"}},
                        "metadata": {"type": "object", "additionalProperties": {"type": "string"},
                                     "description": "not linted; read by rules, e.g. genre: Kommentar"}}},
                ]}}}},
                "responses": {"200": {"description": "findings", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {
                        "version": {"type": "string"},
                        "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
                        "summary": {"type": "object", "properties": {k: {"type": "integer"} for k in
                                                                    ("errors", "warnings", "infos", "total")}},
                        "elapsed_ms": {"type": "number"}}}}}}, **errors},
            }},
            "/v2/check": {"post": {
                "summary": "LanguageTool-compatible check (form fields text or data, language=de-DE)",
                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                    "type": "object", "properties": {
                        "text": {"type": "string"}, "data": {"type": "string"},
                        "language": {"type": "string", "enum": list(LT_LANGUAGES)},
                        "disabledRules": {"type": "string"}, "enabledRules": {"type": "string"},
                        "enabledOnly": {"type": "string"}}}}}},
                "responses": {"200": {"description": "LanguageTool answer: software, language, matches"},
                              "400": {"description": "missing text or unsupported language (plain text)"},
                              **{k: v for k, v in errors.items() if k in ("401", "413", "503", "504")}},
            }},
            "/v1/rules": {"get": {"summary": "All rules with documentation",
                                  "responses": {"200": {"description": "rules"}}}},
            "/healthz": {"get": {"summary": "Liveness", "security": [], "responses": {"200": {"description": "ok"}}}},
            "/openapi.json": {"get": {"summary": "This schema", "security": [],
                                      "responses": {"200": {"description": "OpenAPI 3"}}}},
        },
    }


# --- command line ------------------------------------------------------------------------------------
def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_settings(argv: list[str]) -> Settings:
    from newslint.cli import _ArgumentParser, _code_list

    parser = _ArgumentParser(prog="newslint serve", description="HTTP service for a CMS and for editor plugins.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--token", help="bearer token required on /v1 and /v2 (default: env NEWSLINT_TOKEN); "
                        "required when --host is not a loopback address")
    parser.add_argument("--max-bytes", type=int, default=1_000_000, help="largest request body (default 1000000)")
    parser.add_argument("--timeout", type=float, default=10.0, help="time budget per request in seconds (default 10)")
    parser.add_argument("--threads", type=int, default=4, help="lint jobs running at once per process (default 4)")
    parser.add_argument("--queue", type=int, default=64, help="jobs that may wait before 503 (default 64)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--max-connections", type=int, default=1000,
                        help="open connections per process before answering 503 (default 1000)")
    parser.add_argument("--config", help="configuration file (default: found upward from the working directory)")
    parser.add_argument("--select", type=_code_list, default=(), help="code prefixes to check")
    parser.add_argument("--ignore", type=_code_list, default=(), help="code prefixes not to check")
    parser.add_argument("--nlp", choices=("auto", "builtin", "stanza"), help="analysis backend")
    parser.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"))
    args = parser.parse_args(argv)
    token = args.token or os.environ.get("NEWSLINT_TOKEN") or None
    if not _is_loopback(args.host) and not token:
        raise UsageError(f"refusing to listen on {args.host} without a token: anyone who can reach it could use it; "
                         "pass --token or set NEWSLINT_TOKEN (or bind to 127.0.0.1)")
    for name in ("max_bytes", "threads", "workers", "max_connections"):
        if getattr(args, name) < 1:
            raise UsageError(f"--{name.replace('_', '-')} must be at least 1")
    if args.queue < 0 or args.timeout <= 0:
        raise UsageError("--queue must be >= 0 and --timeout > 0")
    return Settings(host=args.host, port=args.port, token=token, max_bytes=args.max_bytes, timeout=args.timeout,
                    threads=args.threads, queue=args.queue, workers=args.workers,
                    max_connections=args.max_connections, config=args.config,
                    select=args.select, ignore=args.ignore, nlp=args.nlp, log_level=args.log_level)


def main(argv: list[str]) -> int:
    """``newslint serve``: exit 2 on bad options or missing dependencies."""
    try:
        import uvicorn
    except ImportError:
        sys.stderr.write("newslint: error: the server needs starlette and uvicorn: pip install 'newslint[server]'\n")
        return 2
    settings = parse_settings(argv)
    try:
        if settings.workers > 1:
            os.environ[SETTINGS_ENV] = json.dumps(asdict(settings))
            app: Any = "newslint.server:app_from_environment"
            create_app(settings)  # fail early, in the parent, on a bad configuration
        else:
            app = create_app(settings)
    except NewslintError as error:
        sys.stderr.write(f"newslint: error: {error}\n")
        return 2
    sys.stderr.write(f"newslint {__version__} serving on http://{settings.host}:{settings.port} "
                     f"({'token required' if settings.token else 'no token'}; {settings.workers} process(es))\n")
    sys.stderr.flush()
    uvicorn.run(app, host=settings.host, port=settings.port, workers=settings.workers if settings.workers > 1 else None,
                factory=settings.workers > 1, log_level=settings.log_level, access_log=False,
                limit_concurrency=settings.max_connections, timeout_keep_alive=5, timeout_graceful_shutdown=5)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
