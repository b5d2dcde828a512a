"""/demo: the sample profile with the extension's own overlay scripts, under a CSP with no inline script."""
from __future__ import annotations

import json

import lxml.html

import extractors
from tests.conftest import ROOT, SAMPLE_PROFILE

MANIFEST = json.loads((ROOT / "extension" / "manifest.json").read_text("utf-8"))


def test_demo_page_loads_the_extensions_content_scripts_in_manifest_order(client):
    response = client.get("/demo")
    assert response.status_code == 200 and response.mimetype == "text/html"
    tree = lxml.html.fromstring(response.get_data(as_text=True))
    scripts = [s.get("src") for s in tree.iter("script")]
    expected = [f"/demo/assets/{name}" for name in MANIFEST["content_scripts"][0]["js"] if name != "content.js"]
    assert scripts == expected + ["/demo/assets/demo.js"]
    assert all(not (s.text or "").strip() for s in tree.iter("script")), "no inline script"
    styles = [link.get("href") for link in tree.iter("link")]
    assert "/demo/assets/highlight.css" in styles
    assert "Maya Okafor" in tree.findtext(".//h1")


def test_demo_page_security_headers(client):
    headers = client.get("/demo").headers
    csp = dict(part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";"))
    assert csp["script-src"] == "'self'"
    assert csp["default-src"] == "'none'" and csp["frame-ancestors"] == "'none'"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"


def test_assets_are_the_extensions_own_files_and_nothing_else(client):
    for name in [*MANIFEST["content_scripts"][0]["js"], *MANIFEST["content_scripts"][0]["css"]]:
        response = client.get(f"/demo/assets/{name}")
        if name == "content.js":
            assert response.status_code == 404
            continue
        assert response.status_code == 200, name
        assert response.data == (ROOT / "extension" / name).read_bytes()
    for name in ("sw.js", "manifest.json", "options.js", "..%2Fpyproject.toml", "demo.py"):
        response = client.get(f"/demo/assets/{name}")
        assert response.status_code == 404, name
        assert response.get_json()["error"]["code"] == "not_found"


def test_demo_annotations_are_the_services_answer_for_the_sample(client, validate):
    got = validate(client.get("/demo/annotations.json").get_json())
    want = extractors.annotate(SAMPLE_PROFILE.read_text("utf-8"), "https://www.linkedin.com/in/maya-okafor-sample/")
    assert [a["id"] for a in got["items"]] == [a["id"] for a in want["items"]]
    assert got["summary"]["scannability"] == want["summary"]["scannability"]
