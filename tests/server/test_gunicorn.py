"""The real service under gunicorn, over HTTP: it answers, and it never logs profile text."""
from __future__ import annotations

import uuid

import requests


def test_annotates_over_http(live_server, sample_html, validate):
    resp = requests.post(live_server.url + "/v1/annotate",
                         json={"url": "https://www.linkedin.com/in/maya-okafor-sample/", "html": sample_html}, timeout=30)
    assert resp.status_code == 200
    assert validate(resp.json())["summary"]["profile"]["name"] == "Maya Okafor"


def test_no_profile_text_in_logs(live_server):
    marker = f"ZZMARKER{uuid.uuid4().hex}"
    page = f"<html><body><h1>{marker} Person</h1><p>Grew revenue 40% {marker}</p></body></html>"
    ok = requests.post(live_server.url + "/v1/annotate", json={"html": page, "url": f"https://example.org/{marker}"}, timeout=30)
    assert ok.status_code == 200 and marker in ok.text   # it was read...
    requests.post(live_server.url + "/v1/annotate", data=f'{{"html": "{marker}', timeout=30,
                  headers={"Content-Type": "application/json"})
    requests.post(live_server.url + "/v1/annotate", data=marker, headers={"Content-Type": "text/plain"}, timeout=30)
    requests.post(live_server.url + "/v1/annotate", json={"html": 1, marker: marker}, timeout=30)
    assert requests.get(live_server.url + "/healthz", timeout=5).ok
    path_marker = f"ZZPATH{uuid.uuid4().hex}"
    assert requests.get(f"{live_server.url}/in/{path_marker}?q={path_marker}", timeout=5).status_code == 404
    logs = live_server.logs(waiting_for="GET (no route) ")   # the last request's access line
    assert "POST /v1/annotate" in logs   # ...the access log is on, and it is read here
    assert "GET (no route) " in logs      # an unknown URL is logged without its path...
    # ...by every line but gunicorn's own DEBUG one, which names the path (production logs at info)
    assert not [line for line in logs.splitlines() if path_marker in line and "[DEBUG]" not in line]
    assert marker not in logs            # ...but nothing of the page reached it
