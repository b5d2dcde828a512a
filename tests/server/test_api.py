"""The API over Flask's test client: the contract, and a JSON 4xx for every kind of bad request."""
from __future__ import annotations

import json

import jsonschema
import pytest

from server import create_app
from server.api import openapi_document


def post(client, body, content_type="application/json"):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post("/v1/annotate", data=data, content_type=content_type)


def test_annotate_html(client, sample_html, validate):
    resp = post(client, {"url": "https://www.linkedin.com/in/maya-okafor-sample/", "html": sample_html})
    assert resp.status_code == 200
    body = validate(resp.get_json())
    assert body["summary"]["page_kind"] == "linkedin-pvs"
    assert body["summary"]["counts"]["outcome"] >= 3


def test_annotate_text(client, validate):
    resp = post(client, {"text": "Cut onboarding time from 10 days to 2 and saved $1.2M a year."})
    assert resp.status_code == 200
    body = validate(resp.get_json())
    assert body["summary"]["page_kind"] == "plaintext"
    assert body["summary"]["counts"]["outcome"] >= 1


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


@pytest.mark.parametrize("body, content_type, status, code", [
    (b"", "application/json", 400, "empty_body"),
    (b"{not json", "application/json", 400, "invalid_json"),
    (b"\xff\xfe\x00junk", "application/json", 400, "invalid_json"),
    (b'{"html": "<p>x</p>"}', "text/html", 415, "unsupported_media_type"),
    (b'{"html": "<p>x</p>"}', "", 415, "unsupported_media_type"),
    (b"[1, 2]", "application/json", 422, "invalid_request"),
    (b'{"url": "https://x"}', "application/json", 422, "invalid_request"),
    (b'{"html": "<p>x</p>", "text": "x"}', "application/json", 422, "invalid_request"),
    (b'{"html": 42}', "application/json", 422, "invalid_request"),
    (b'{"html": "<p>x</p>", "url": 7}', "application/json", 422, "invalid_request"),
    (b'{"html": "<p>x</p>", "extra": 1}', "application/json", 422, "invalid_request"),
])
def test_bad_requests_get_json_errors(client, body, content_type, status, code):
    resp = post(client, body, content_type)
    assert resp.status_code == status
    assert resp.get_json()["error"]["code"] == code
    assert resp.get_json()["error"]["message"]


def test_body_over_the_limit_is_refused_with_413():
    client = create_app({"TESTING": True, "SCANNABLE_MAX_BYTES": 1000}).test_client()
    resp = post(client, {"html": "<p>" + "x" * 2000 + "</p>"})
    assert resp.status_code == 413
    assert resp.get_json()["error"]["code"] == "payload_too_large"


def test_unknown_path_and_method_are_json(client):
    assert client.get("/nope").get_json()["error"]["code"] == "not_found"
    assert client.get("/v1/annotate").status_code == 405
    assert client.get("/v1/annotate").get_json()["error"]["code"] == "method_not_allowed"


def test_openapi_lists_exactly_the_routes_the_app_serves(app, client):
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"].startswith("3.1")
    served = {(rule.rule, method.lower()) for rule in app.url_map.iter_rules()
              for method in rule.methods - {"HEAD", "OPTIONS"} if rule.endpoint != "static"}
    documented = {(path, method) for path, ops in spec["paths"].items() for method in ops}
    assert documented <= served
    assert {r for r in served if r[0].startswith("/v1/")} <= documented


def test_responses_validate_against_the_openapi_document(client, sample_html):
    spec = openapi_document()
    resolver_schema = {"components": spec["components"]}

    def check(resp, status):
        schema = spec["paths"]["/v1/annotate"]["post"]["responses"][str(status)]["content"]["application/json"]["schema"]
        jsonschema.validate(resp.get_json(), {**resolver_schema, **schema},
                            cls=jsonschema.Draft202012Validator)
    check(post(client, {"html": sample_html}), 200)
    check(post(client, b"{bad", "application/json"), 400)
    check(post(client, {"html": 1}), 422)
    check(post(client, b"x", "text/plain"), 415)
