"""``newslint serve`` under abuse: malformed and hostile bodies, slow clients, 1,000 connections.

Every request must get a clean 4xx/503 answer (never a 500, never a dropped worker), and the
server's resident memory must stay bounded. The server runs as a real subprocess on a free
loopback port (``Server`` from test_server.py). Deeply nested JSON, lone-surrogate escapes and
trickling clients were 500s / held connections before commit 18a8001; these tests keep them fixed.
"""
from __future__ import annotations

import asyncio
import json
import socket
import time

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from test_server import Server  # noqa: E402  (the subprocess fixture of the server's own tests)


@pytest.fixture(scope="module")
def hardened(tmp_path_factory):
    instance = Server(tmp_path_factory.mktemp("hardening"), "--threads", "2", "--queue", "8",
                      "--max-bytes", "100000", "--timeout", "3")
    yield instance
    instance.stop()


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def assert_alive(server: Server) -> None:
    assert server.process.poll() is None, "the server process died"
    status, answer, _ = server.request("GET", "/healthz")
    assert status == 200 and answer["status"] == "ok"
    assert server.request("POST", "/v1/lint", {"text": "Ein Fehlerwort."})[0] == 200


def raw_request(port: int, data: bytes, timeout: float = 20) -> tuple[int, bytes]:
    """Send raw bytes, return (status, body); status 0 when the server closed without an answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        try:
            connection.sendall(data)
        except OSError:  # the server answered early (413) and closed: read what it said
            pass
        chunks = []
        try:
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except (socket.timeout, ConnectionResetError):
            pass
    response = b"".join(chunks)
    if not response.startswith(b"HTTP/1.1 "):
        return 0, response
    return int(response[9:12]), response.partition(b"\r\n\r\n")[2]


def post(path: str, body: bytes, content_type: str = "application/json", extra: str = "") -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n{extra}\r\n").encode() + body


# --- malformed bodies and wrong types ---------------------------------------------------------------
MALFORMED = [
    (b"", 400), (b"{", 400), (b"{'text': 'x'}", 400), (b"\xff\xfe{}", 400), (b"nul\x00l", 400),
    (b"[]", 422), (b"null", 422), (b"42", 422), (b'"text"', 422), (b"{}", 422),
    (b'{"text": null}', 422), (b'{"text": 5}', 422), (b'{"text": ["a"]}', 422), (b'{"text": {"a": 1}}', 422),
    (b'{"text": "x", "filename": 7}', 422), (b'{"text": "x", "filename": ""}', 422),
    (b'{"text": "x", "extra": 1}', 422), (b'{"body": 1}', 422), (b'{"captions": "x"}', 422),
    (b'{"captions": [1, 2]}', 422), (b'{"text": "x", "body": "y"}', 422), (b'{"text": NaN}', 422),
    (b'{"text": "x", "filename": "a\\u0000.md"}', 422),
]


@pytest.mark.parametrize("body, status", MALFORMED, ids=[repr(b)[:40] for b, _ in MALFORMED])
def test_malformed_and_mistyped_bodies_get_clean_4xx(hardened, body, status):
    got, answer = raw_request(hardened.port, post("/v1/lint", body))
    assert got == status, answer[:300]
    error = json.loads(answer)["error"]
    assert error["status"] == status and error["message"]


ODD_BUT_VALID = [
    {"text": "\u0000\u0000 eigentlich \u202e\u200b😀"},
    {"text": "x" * 90_000},
    {"text": "---\ntitle: x\n", "filename": "a.md"},  # front matter never closed: a clear 422
    {"text": "eigentlich", "filename": "../../etc/passwd"},
    {"text": "eigentlich", "filename": "x" * 5000 + ".md"},
    {"headline": None, "teaser": None, "body": None, "captions": []},
    {"body": "eigentlich\n" * 2000, "captions": ["eigentlich"] * 500},
    {"text": "1e999999999 " * 100},
]


@pytest.mark.parametrize("payload", ODD_BUT_VALID, ids=range(len(ODD_BUT_VALID)))
def test_odd_but_valid_bodies_get_an_answer(hardened, payload):
    status, answer, _ = hardened.request("POST", "/v1/lint", payload)
    assert status in (200, 422), answer
    if status == 422:
        assert answer["error"]["message"]


def test_oversized_bodies_413_with_and_without_content_length(hardened):
    head = post("/v1/lint", b'{"text": "' + b"x" * 200_000 + b'"}').partition(b"\r\n\r\n")[0] + b"\r\n\r\n"
    status, _ = raw_request(hardened.port, head)  # refused on the declared length, before any body byte
    assert status == 413
    chunked = (b"POST /v1/lint HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
               + b"".join(b"%x\r\n%s\r\n" % (20_000, b"x" * 20_000) for _ in range(10)) + b"0\r\n\r\n")
    status, _ = raw_request(hardened.port, chunked)
    assert status == 413
    status, _ = raw_request(hardened.port, post("/v1/lint", b"{}", extra="Content-Length: 5\r\n"))
    assert status in (0, 400)  # two Content-Length headers: h11 refuses the request
    status, _ = raw_request(hardened.port, post("/v1/lint", b"{}").replace(b"Content-Length: 2", b"Content-Length: x"))
    assert status in (0, 400)
    query = "/v2/check?language=de-DE&text=" + "x" * 200_000
    status, _ = raw_request(hardened.port, f"GET {query} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert status in (0, 400, 413, 414, 431)
    assert_alive(hardened)


def test_languagetool_endpoint_malformed_input(hardened):
    form = "application/x-www-form-urlencoded"
    for body in (b"language=de-DE", b"text=x", b"text=x&language=xx", b"data=%7B&language=de-DE",
                 b'data={"annotation": 5}&language=de-DE', b"data=[1]&language=de-DE", b"text=\xff\xfe&language=de-DE"):
        status, answer = raw_request(hardened.port, post("/v2/check", body, form))
        assert status == 400, (body, answer[:200])
    assert_alive(hardened)


def test_deeply_nested_json_is_a_clean_400(hardened):
    """json.loads raises RecursionError (not ValueError) on deep nesting: must be a 400, not a 500."""
    status, _ = raw_request(hardened.port, post("/v1/lint", b"[" * 50_000 + b"]" * 50_000))
    assert status in (400, 422)


def test_lone_surrogate_escapes_get_a_clean_answer(hardened):
    form = "application/x-www-form-urlencoded"
    data = json.dumps({"annotation": [{"text": "Das ist \ud800 eigentlich gut."}]})
    from urllib.parse import urlencode

    status, _ = raw_request(hardened.port, post("/v2/check", urlencode({"data": data, "language": "de-DE"}).encode(),
                                                form))
    assert status in (200, 400, 422)


def test_lone_surrogates_in_v1_text_do_not_crash(hardened):
    for text in ("\\ud800", "eigentlich \\udfff eigentlich", "\\ud800eigentlich\\udc00 Fehlerwort"):
        status, answer = raw_request(hardened.port, post("/v1/lint", f'{{"text": "{text}"}}'.encode()))
        assert status in (200, 422), answer[:300]
    assert_alive(hardened)


# --- slow clients --------------------------------------------------------------------------------------
def test_trickling_client_does_not_block_others(hardened):
    """A client that sends its body a byte at a time must not hold up anybody else."""
    slow = socket.create_connection(("127.0.0.1", hardened.port), timeout=30)
    try:
        slow.sendall(b"POST /v1/lint HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n")
        for byte in b'{"text": ':
            slow.sendall(bytes([byte]))
            time.sleep(0.05)
        started = time.monotonic()
        assert hardened.request("POST", "/v1/lint", {"text": "eigentlich"})[0] == 200
        assert time.monotonic() - started < 10
    finally:
        slow.close()
    assert_alive(hardened)


def test_trickling_client_is_cut_off(hardened):
    """A client trickling its body is answered (408) or disconnected within about the time budget."""
    slow = socket.create_connection(("127.0.0.1", hardened.port), timeout=30)
    try:
        slow.sendall(b"POST /v1/lint HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n")
        deadline = time.monotonic() + 3 * 3 + 5  # three times the request time budget, and some slack
        answered = False
        while time.monotonic() < deadline:
            try:
                slow.sendall(b" ")
            except OSError:
                answered = True
                break
            slow.settimeout(1)
            try:
                if slow.recv(1024) is not None:
                    answered = True
                    break
            except socket.timeout:
                pass
        assert answered, "the server kept a trickling connection open past its time budget"
    finally:
        slow.close()


# --- load -----------------------------------------------------------------------------------------------
async def _one(port: int, payload: bytes) -> int:
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 60)
        writer.write(post("/v1/lint", payload))
        await writer.drain()
        head = await asyncio.wait_for(reader.read(12), 120)
        writer.close()
        return int(head[9:12]) if head.startswith(b"HTTP/1.1 ") else 0
    except (OSError, asyncio.TimeoutError):
        return -1


async def _burst(port: int, count: int) -> list[int]:
    payload = json.dumps({"text": "Das ist eigentlich ein Fehlerwort. " * 20}).encode()
    return await asyncio.gather(*(_one(port, payload) for _ in range(count)))


def test_thousand_concurrent_connections_get_200_or_503(hardened):
    before = rss_kib(hardened.process.pid)
    statuses = asyncio.run(_burst(hardened.port, 1000))
    counts = {status: statuses.count(status) for status in set(statuses)}
    assert set(counts) <= {200, 503}, counts
    assert counts.get(200, 0) >= 10, counts  # the service did work, and refused the rest cleanly
    statuses = asyncio.run(_burst(hardened.port, 1000))
    assert set(statuses) <= {200, 503}
    hardened.wait_idle(30)
    after = rss_kib(hardened.process.pid)
    assert after - before < 300_000, f"resident memory grew from {before} to {after} KiB"
    assert_alive(hardened)
