"""The bad-input matrix: every hostile or broken input, over HTTP against a real gunicorn and through the CLI.

Each is answered with the right 4xx JSON error (one stderr line and exit 1 or 2 from the CLI) or a
correct result, and the worker is alive afterwards: the same worker, never restarted. Timeouts here
are hang guards, not timing assertions; the figures are in docs (measured by `make badinput`).
"""
from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from typing import Callable

import pytest
import requests

from extractors.limits import MAX_TEXT_CHARS
from scannable import cli
from tests.conftest import ROOT, LiveServer

MB = 1024 * 1024
LIMIT = 5 * MB                # the service's default SCANNABLE_MAX_BYTES
HANG_GUARD = 120              # seconds: a case still unanswered by then is a hang
OUTCOME = "Grew revenue 27% in 15 months"


def as_json(**fields) -> bytes:
    """UTF-8 JSON as a browser sends it; lone surrogates (which UTF-8 cannot hold) as \\u escapes."""
    try:
        return json.dumps(fields, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return json.dumps(fields).encode()


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def junk(size: int) -> bytes:
    return random.Random(9).randbytes(size)


def finds_the_outcome(result: dict) -> None:
    quotes = [s["exact"] for item in result["items"] for s in item["target"]["selector"] if s["type"] == "TextQuoteSelector"]
    assert any(q.startswith("Grew revenue 27%") for q in quotes), quotes


def shows(word: str) -> Callable[[dict], None]:
    """The outcome is found, and `word` (non-ASCII) survived decoding into the quotes around it."""
    def check(result: dict) -> None:
        finds_the_outcome(result)
        assert word in json.dumps(result, ensure_ascii=False), f"{word!r} was decoded wrongly"
    return check


def nothing_from_outside(result: dict) -> None:
    """No entity expanded into a file's or a URL's content, and no entity bomb expanded at all."""
    text = json.dumps(result)
    assert "root:" not in text and "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" not in text


@dataclass(frozen=True)
class Case:
    """One bad input: the HTTP request and what it must get; the CLI's file and its exit code (None: no CLI analogue)."""

    name: str
    body: Callable[[], bytes]
    status: int
    code: str | None = None                     # the error code, or None for a 200 result
    content_type: str | None = "application/json"
    check: Callable[[dict], None] | None = None  # more to assert on a 200 result
    cli_file: Callable[[], bytes] | None = None  # the same content as a file for `scannable annotate`
    cli_suffix: str = ".html"
    cli_exit: int = 0


def html_case(name: str, html: Callable[[], str], status: int, code: str | None = None, check=None,
              as_text: bool = False) -> Case:
    """A page (or pasted text) sent as {"html": ...} / {"text": ...}, and as a file to the CLI."""
    field = "text" if as_text else "html"
    return Case(name, lambda: as_json(**{field: html(), "url": "https://example.org/cv"}), status, code, check=check,
                cli_file=lambda: html().encode("utf-8", "surrogatepass"), cli_suffix=".txt" if as_text else ".html",
                cli_exit=0 if status == 200 else 1)


# Text built to make regular expressions backtrack: refused when larger than any profile, read
# correctly when just under the limit.
BACKTRACKERS = {
    "digits": "1", "commas": "1,", "dots": "1.", "currency signs": "$€£₹¥", "money runs": "$1,000,",
    "percent runs": "1% ", "from from from": "from ", "numbers and spaces": "1 ", "no spaces": "abcdefghij",
}
UNDER = MAX_TEXT_CHARS - 1000

CASES = [
    Case("empty body", lambda: b"", 400, "empty_body", cli_file=lambda: b"", cli_exit=0),
    Case("missing content type", lambda: as_json(html="<p>x</p>"), 415, "unsupported_media_type", content_type=None,
         cli_file=lambda: b"<p>x</p>", cli_suffix=".pdf", cli_exit=2),
    Case("wrong content type", lambda: as_json(html="<p>x</p>"), 415, "unsupported_media_type",
         content_type="text/html"),
    Case("form content type", lambda: b"html=%3Cp%3Ex", 415, "unsupported_media_type",
         content_type="application/x-www-form-urlencoded"),
    Case("invalid JSON", lambda: b'{"html": "<p>x</p>",', 400, "invalid_json"),
    Case("JSON nested 100,000 deep", lambda: b"[" * 100_000 + b"]" * 100_000, 400, "invalid_json"),
    Case("JSON number of 100,000 digits", lambda: b'{"html": ' + b"9" * 100_000 + b"}", 400, "invalid_json"),
    Case("JSON array", lambda: b"[1, 2]", 422, "invalid_request"),
    Case("JSON string", lambda: b'"<p>x</p>"', 422, "invalid_request"),
    Case("html and text", lambda: as_json(html="<p>x</p>", text="x"), 422, "invalid_request"),
    Case("neither html nor text", lambda: as_json(url="https://example.org"), 422, "invalid_request"),
    Case("html a number", lambda: as_json(html=42), 422, "invalid_request"),
    Case("html null", lambda: as_json(html=None), 422, "invalid_request"),
    Case("text an object", lambda: as_json(text={"a": 1}), 422, "invalid_request"),
    Case("url a list", lambda: as_json(html="<p>x</p>", url=["x"]), 422, "invalid_request"),
    Case("url too long", lambda: as_json(html="<p>x</p>", url="https://x.org/" + "a" * 3000), 422, "invalid_request"),
    Case("unknown field", lambda: as_json(html="<p>x</p>", extra=1), 422, "invalid_request"),
    Case("binary junk body", lambda: junk(200_000), 400, "invalid_json",
         cli_file=lambda: b"\x00" + junk(200_000), cli_exit=1),
    Case("invalid UTF-8 in the JSON", lambda: b'{"html": "<p>caf\xe9 \xff\xfe</p>"}', 400, "invalid_json"),
    Case("JSON in Latin-1, declared", lambda: '{"html": "<p>café</p>"}'.encode("latin-1"), 400, "invalid_json",
         content_type="application/json; charset=latin-1"),
    Case("JSON in UTF-16 with a BOM", lambda: json.dumps({"html": f"<p>{OUTCOME}</p>"}).encode("utf-16"), 200,
         check=finds_the_outcome),
    Case("page in windows-1252, declared", lambda: as_json(html=f"<p>{OUTCOME}, café</p>"), 200, check=shows("café"),
         cli_file=lambda: f'<meta charset="windows-1252"><p>{OUTCOME}, café</p>'.encode("cp1252")),
    Case("page in windows-1252, undeclared", lambda: as_json(html=f"<p>{OUTCOME}, café</p>"), 200, check=shows("café"),
         cli_file=lambda: f"<p>{OUTCOME}, café — naïve</p>".encode("cp1252")),
    Case("page in UTF-16 with a BOM", lambda: as_json(html=f"<p>{OUTCOME}, café</p>"), 200, check=shows("café"),
         cli_file=lambda: f"<p>{OUTCOME}, café</p>".encode("utf-16")),
    Case("page in Shift_JIS, declared", lambda: as_json(html=f"<p>{OUTCOME}, 東京</p>"), 200, check=shows("東京"),
         cli_file=lambda: f'<meta charset="shift_jis"><p>{OUTCOME}, 東京</p>'.encode("shift_jis")),
    html_case("lone surrogates", lambda: f"<p>\ud800 {OUTCOME} \udfff</p>", 200, check=finds_the_outcome),
    html_case("NUL bytes", lambda: f"<p>Grew\x00 revenue\x00 27%</p><p>{OUTCOME}</p>" + "\x00" * 10_000, 200,
              check=finds_the_outcome),
    Case("NUL bytes in text", lambda: as_json(text=f"{OUTCOME}\x00\n\x00\x01\x02 more\x00"), 200, check=finds_the_outcome,
         cli_file=lambda: f"{OUTCOME}\x00\n\x00\x01\x02 more\x00".encode(), cli_suffix=".txt", cli_exit=1),
    html_case("control characters", lambda: f"<p>{OUTCOME}</p>" + "".join(map(chr, range(32))) * 1000, 200,
              check=finds_the_outcome),
    html_case("HTML nested 100,000 deep", lambda: "<div>" * 100_000 + OUTCOME + "</div>" * 100_000, 422, "too_deep"),
    html_case("a million tiny elements", lambda: "<p>" * 1_000_000, 422, "too_many_elements"),
    html_case("a million unclosed inline elements", lambda: "<b>x" * 1_000_000, 422, "too_deep"),
    html_case("a single 5 MB text node", lambda: "<p>" + "a" * (LIMIT - 200) + "</p>", 422, "too_much_text"),
    html_case("5 MB of text as text", lambda: "a" * (LIMIT - 200), 422, "too_much_text", as_text=True),
    html_case("a million lines", lambda: "1\n" * (LIMIT // 4), 422, "too_much_text", as_text=True),
    html_case("20,000 paragraphs", lambda: "<p>x</p>" * 20_000, 422, "too_many_blocks"),
    html_case("megabytes of script and style", lambda: "<script>" + fill("var a=1;", 2 * MB) + "</script><style>"
              + fill("a{b:c}", 2 * MB) + f"</style><p>{OUTCOME}</p>", 200, check=finds_the_outcome),
    html_case("a script never closed", lambda: f"<p>{OUTCOME}</p><script>" + fill("x<p>", MB), 200,
              check=finds_the_outcome),
    html_case("entity bomb and external entities", lambda: (
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        '<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>'
        f'<p>{OUTCOME} &c;&c;&c; &xxe; &net;</p>'), 200, check=nothing_from_outside),
    html_case("numeric references to NUL and surrogates", lambda: f"<p>{OUTCOME} &#0; &#xD800; &#x110000; &#99999999;</p>",
              200, check=finds_the_outcome),
    html_case("a million entity references", lambda: f"<p>{OUTCOME}</p><p>" + "&amp;" * 900_000 + "</p>", 422,
              "too_much_text"),
    html_case("1 MB without spaces", lambda: "<p>" + fill("abcdefghij", MB) + "</p>", 422, "too_much_text"),
    *[html_case(f"1 MB of {name}", lambda unit=unit: "<p>" + fill(unit, MB) + "</p>", 422, "too_much_text")
      for name, unit in BACKTRACKERS.items()],
    *[html_case(f"{UNDER:,} characters of {name}", lambda unit=unit: fill(unit, UNDER), 200, as_text=True)
      for name, unit in BACKTRACKERS.items()],
    html_case('"grew revenue 27%" 5,000 times', lambda: fill("grew revenue 27% ", 85_000), 200, as_text=True),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    # A generous deadline: the matrix asserts answers, and a busy CI machine must not turn a slow one into a 503.
    live = LiveServer(tmp_path_factory.mktemp("badinput"), env={"SCANNABLE_REQUEST_TIMEOUT": "60"})
    yield live
    live.stop()


def booted_workers(server) -> int:
    return server.logs().count("Booting worker")


@cache
def body_of(case: Case) -> bytes:
    return case.body()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_over_http(server, case, validate):
    headers = {"Content-Type": case.content_type} if case.content_type else {}
    session = requests.Session()
    request = requests.Request("POST", server.url + "/v1/annotate", data=body_of(case), headers=headers).prepare()
    if case.content_type is None:
        request.headers.pop("Content-Type", None)
    resp = session.send(request, timeout=HANG_GUARD)
    assert resp.status_code == case.status, resp.text[:300]
    assert resp.headers["Content-Type"] == "application/json"
    body = resp.json()
    if case.code:
        assert body["error"]["code"] == case.code and body["error"]["message"]
    else:
        validate(body)
        if case.check:
            case.check(body)
    assert requests.get(server.url + "/healthz", timeout=HANG_GUARD).json() == {"status": "ok"}
    assert booted_workers(server) == 1, "the worker was replaced: it died on this input"


def raw_request(server, head: bytes, first: bytes) -> bytes:
    """Send the headers and the first part of a body, then read the answer without sending the rest."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=HANG_GUARD) as sock:
        sock.sendall(head + first)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


@pytest.mark.parametrize("size", [LIMIT + 1, 50 * MB], ids=["just over the limit", "50 MB"])
def test_a_body_over_the_limit_is_refused_before_it_is_sent_whole(server, size):
    head = (f"POST /v1/annotate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {size}\r\n\r\n").encode()
    answer = raw_request(server, head, b'{"html": "' + b"x" * 65536)   # 64 KB of the declared size, no more
    status, _, rest = answer.partition(b"\r\n")
    assert status.startswith(b"HTTP/1.1 413"), answer[:200]
    assert json.loads(rest.split(b"\r\n\r\n", 1)[1])["error"]["code"] == "payload_too_large"
    assert requests.get(server.url + "/healthz", timeout=HANG_GUARD).ok
    assert booted_workers(server) == 1


def test_a_chunked_50_mb_body_is_cut_off_at_the_limit(server):
    """No Content-Length to refuse up front: the service stops reading at the limit and answers 413."""
    chunk = b"x" * 65536
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    with socket.create_connection(("127.0.0.1", server.port), timeout=HANG_GUARD) as sock:
        sock.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")
        sent = 0
        try:
            while sent < 50 * MB:
                sock.sendall(framed)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass   # the service answered and closed: it read no further
        answer = b""
        try:
            while part := sock.recv(65536):
                answer += part
        except ConnectionResetError:
            pass
    assert sent < 50 * MB, "the whole 50 MB went in"
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert requests.get(server.url + "/healthz", timeout=HANG_GUARD).ok
    assert booted_workers(server) == 1


CLI_CASES = [c for c in CASES if c.cli_file is not None]


@pytest.mark.parametrize("case", CLI_CASES, ids=[c.name for c in CLI_CASES])
def test_through_the_cli(tmp_path, capsys, case, validate):
    """`scannable annotate FILE --format json`, in this process (tests/test_cli.py runs the command itself)."""
    path = tmp_path / f"input{case.cli_suffix}"
    path.write_bytes(case.cli_file())
    code = cli.main(["annotate", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == case.cli_exit, err[-500:]
    if case.cli_exit:
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("scannable: "), lines[:5]
        assert out == ""
    else:
        result = validate(json.loads(out))
        if case.check:
            case.check(result)


def test_a_50_mb_file_is_refused_by_the_cli(tmp_path):
    path = tmp_path / "big.html"
    with open(path, "wb") as handle:
        handle.truncate(50 * MB + 1)     # sparse: no 50 MB written to disk
    out = subprocess.run([sys.executable, "-m", "scannable.cli", "annotate", str(path)], capture_output=True,
                         cwd=ROOT, timeout=HANG_GUARD)
    assert out.returncode == 1
    assert out.stderr.decode().strip() == f"scannable: {path} is larger than 50 MB"
