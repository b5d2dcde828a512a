"""Privacy, proven: a unique marker sent through every path, good and bad, is in no log line at any level,
in no error answer, and in no file the service wrote.

Over a real gunicorn at --log-level debug (access and error logs both read), with its HOME and TMPDIR
pointed at empty folders that are searched afterwards; and in-process at DEBUG for the one path a live
server cannot be made to take: an unexpected exception whose message quotes the page.
"""
from __future__ import annotations

import json
import logging
import time
import uuid

import pytest
import requests

import extractors
from server import create_app
from server.access import TOKEN_HEADER
from tests.conftest import ROOT, LiveServer

TOKEN = "privacy-token-0123456789abcdef"
MARKER = f"ZZPRIVATE{uuid.uuid4().hex}"
PAGE = f"<h1>{MARKER} Person</h1><p>Grew revenue 40% {MARKER}</p>"
HEAD = {"Content-Type": "application/json", TOKEN_HEADER: TOKEN}


def requests_with_the_marker(url: str) -> list[tuple[str, requests.Response | None]]:
    """(what, answer) for the marker sent in every place a request can carry it, to every answer the service gives."""
    def post(body, headers=HEAD, path="/v1/annotate"):
        try:
            return requests.post(url + path, data=body, headers=headers, timeout=60)
        except requests.ConnectionError:
            return None   # a 413 may close the connection before the client has sent it all
    page = json.dumps({"html": PAGE, "url": f"https://example.org/{MARKER}"})
    return [
        ("200, html", post(page)),
        ("200, text", post(json.dumps({"text": f"{MARKER}\nGrew revenue 40% {MARKER}"}))),
        ("400 invalid JSON", post(f'{{"html": "{MARKER}')),
        ("400 JSON nested too deep", post("[" * 50_000 + json.dumps(MARKER))),
        ("415", post(MARKER, {"Content-Type": "text/plain", TOKEN_HEADER: TOKEN})),
        ("422 wrong type", post(json.dumps({"html": 1, "url": MARKER}))),
        ("422 unknown field", post(json.dumps({"html": "x", MARKER: MARKER}))),
        ("422 url too long", post(json.dumps({"html": "x", "url": MARKER * 100}))),
        ("422 too deep", post(json.dumps({"html": "<div>" * 5000 + MARKER}))),
        ("422 too much text", post(json.dumps({"text": (MARKER + " ") * 4000}))),
        ("413", post(json.dumps({"html": MARKER + "x" * (6 * 1024 * 1024)}))),
        ("401 token is the marker", post(page, {"Content-Type": "application/json", TOKEN_HEADER: MARKER})),
        ("403 origin", post(page, {**HEAD, "Origin": f"https://{MARKER}.example"})),
        ("200, marker in query, referrer and agent", post(page, {**HEAD, "Referer": f"https://x.org/{MARKER}",
                                                            "User-Agent": MARKER}, f"/v1/annotate?q={MARKER}")),
        ("404, marker in the query", post(page, HEAD, f"/nope?{MARKER}")),
        ("405", requests.put(url + "/v1/annotate", data=page, headers=HEAD, timeout=60)),
    ]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("privacy")
    for folder in ("home", "tmp"):
        (tmp / folder).mkdir()
    live = LiveServer(tmp, env={"SCANNABLE_TOKEN": TOKEN, "SCANNABLE_RATE_LIMIT": "", "HOME": str(tmp / "home"),
                                "TMPDIR": str(tmp / "tmp")})
    live.folders = (tmp / "home", tmp / "tmp")
    yield live
    live.stop()


def test_the_marker_is_read_but_never_logged_answered_in_errors_or_stored(server):
    started = time.time()
    answers = requests_with_the_marker(server.url)
    statuses = {what: resp.status_code for what, resp in answers if resp is not None}
    assert statuses["200, html"] == 200 and MARKER in answers[0][1].text   # it was read...
    assert {s // 100 for what, s in statuses.items() if not what.startswith("200")} == {4}, statuses
    for what, resp in answers:
        if resp is not None and resp.status_code >= 400:
            assert MARKER not in resp.text, f"{what}: the error answer echoes the request"
    assert requests.get(server.url + "/healthz", timeout=10).ok
    logs = server.logs(waiting_for="GET /healthz")                          # the last request's access line
    assert logs.count("POST /v1/annotate") >= 14 and "[DEBUG]" in logs   # ...the logs are on, at debug...
    assert MARKER not in logs                                               # ...and hold nothing of it
    written = [p for folder in server.folders for p in folder.rglob("*") if p.is_file()]
    written += [p for p in ROOT.rglob("*") if not {".git", ".venv", "node_modules", ".hypothesis"} & set(p.parts)
                and p.is_file() and p.stat().st_mtime >= started]
    for path in written:
        assert MARKER.encode() not in path.read_bytes(), f"{path} holds request content"


def test_an_unexpected_failure_reports_its_type_only(monkeypatch, caplog):
    """A bug whose exception quotes the page: the answer and every log record at every level hold no page text."""
    def failing(source, url=None, **kwargs):
        raise KeyError(f"no such block: {source}")
    monkeypatch.setattr(extractors, "annotate", failing)
    client = create_app({"TESTING": False}).test_client()
    with caplog.at_level(logging.DEBUG):
        resp = client.post("/v1/annotate", json={"html": PAGE})
    assert resp.status_code == 500
    assert resp.get_json()["error"]["code"] == "internal_error"
    assert MARKER not in resp.get_data(as_text=True)
    records = [(r.getMessage(), r.exc_text or "", str(r.args)) for r in caplog.records]
    assert any("KeyError" in message for message, *_ in records)   # it is reported...
    assert MARKER not in repr(records)                              # ...by type, without the page


def test_every_in_process_error_path_logs_nothing_of_the_request(caplog):
    client = create_app({"TESTING": True, "SCANNABLE_MAX_BYTES": 10_000, "SCANNABLE_REQUEST_TIMEOUT": 0.001}).test_client()
    bodies = [b"", f'{{"html": "{MARKER}'.encode(), json.dumps({"html": 1, MARKER: 1}).encode(),
              json.dumps({"html": "<p>" + MARKER * 1000}).encode(), json.dumps({"html": "<b>" * 3000 + MARKER}).encode(),
              json.dumps({"html": (ROOT / "server/demo/sample-profile.html").read_text()[:9000] + MARKER}).encode()]
    with caplog.at_level(logging.DEBUG):
        for body in bodies:
            resp = client.post("/v1/annotate", data=body, content_type="application/json")
            assert MARKER not in resp.get_data(as_text=True)
    assert MARKER not in repr([(r.getMessage(), r.exc_text, r.args) for r in caplog.records])
