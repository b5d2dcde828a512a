"""A team server lets no one in: the token, loopback-only without one, the origin allowlist, rate limits,
security headers, and a gunicorn that will not listen beyond this machine without a token."""
from __future__ import annotations

import hmac
import subprocess
import sys

import pytest

from server import access, create_app
from server.config import ConfigError, from_environment
from tests.conftest import ROOT, free_port

TOKEN = "team-token-0123456789abcdef"
EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
PAGE = {"text": "Grew revenue 27% in 15 months"}


def client(remote="127.0.0.1", **config):
    return client_of(create_app({"TESTING": True, **config}), remote)


def client_of(app, remote: str):
    """A test client calling from `remote`."""
    c = app.test_client()
    c.environ_base["REMOTE_ADDR"] = remote
    return c


def annotate(c, headers=None):
    return c.post("/v1/annotate", json=PAGE, headers=headers or {})


# Without a token: this machine only.

def test_without_a_token_this_machine_is_served():
    assert annotate(client()).status_code == 200
    assert annotate(client(remote="::1")).status_code == 200


def test_without_a_token_another_machine_is_refused():
    resp = annotate(client(remote="203.0.113.7"))
    assert resp.status_code == 403
    assert resp.get_json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize("header", ["X-Forwarded-For", "Forwarded", "X-Real-IP"])
def test_without_a_token_a_local_proxy_forwarding_others_is_refused(header):
    assert annotate(client(), {header: "203.0.113.7"}).status_code == 403


def test_behind_a_trusted_proxy_the_real_client_counts():
    """A proxy on this machine forwarding a remote client opens nothing when no token is set."""
    c = client(SCANNABLE_TRUSTED_PROXIES=1)
    assert annotate(c, {"X-Forwarded-For": "203.0.113.7"}).status_code == 403
    assert annotate(c, {"X-Forwarded-For": "127.0.0.1"}).status_code == 200


# With a token: every request but /healthz.

@pytest.mark.parametrize("sent", [None, "", "wrong", TOKEN[:-1], TOKEN + "x", TOKEN.upper()])
def test_a_missing_or_wrong_token_gets_401(sent):
    c = client(SCANNABLE_TOKEN=TOKEN)
    resp = annotate(c, {} if sent is None else {access.TOKEN_HEADER: sent})
    assert resp.status_code == 401
    assert resp.get_json()["error"] == {"code": "unauthorized",
                                        "message": "Send the team's access token in the X-Scannable-Token header."}


def test_the_token_lets_in_from_anywhere():
    for remote in ("127.0.0.1", "203.0.113.7"):
        assert annotate(client(remote, SCANNABLE_TOKEN=TOKEN), {access.TOKEN_HEADER: TOKEN}).status_code == 200


def test_everything_but_healthz_needs_the_token():
    c = client(SCANNABLE_TOKEN=TOKEN)
    assert c.get("/healthz").status_code == 200
    for path in ("/openapi.json", "/demo", "/nope"):
        assert c.get(path).status_code == 401, path
    assert c.get("/openapi.json", headers={access.TOKEN_HEADER: TOKEN}).status_code == 200


def test_the_token_is_compared_in_constant_time(monkeypatch):
    calls, compare = [], hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return compare(a, b)
    monkeypatch.setattr(access.hmac, "compare_digest", spy)
    annotate(client(SCANNABLE_TOKEN=TOKEN), {access.TOKEN_HEADER: "guess"})
    assert calls == [(b"guess", TOKEN.encode())]


def test_the_token_comes_from_the_environment_or_a_config_file(tmp_path):
    config = tmp_path / "scannable.toml"
    config.write_text(f'token = "{TOKEN}"\nallowed_origins = ["{EXTENSION}"]\nrate_limit = "10 per minute"\n')
    assert from_environment({"SCANNABLE_CONFIG": str(config)}) == {
        "SCANNABLE_TOKEN": TOKEN, "SCANNABLE_ALLOWED_ORIGINS": [EXTENSION], "SCANNABLE_RATE_LIMIT": "10 per minute"}
    assert from_environment({"SCANNABLE_CONFIG": str(config), "SCANNABLE_TOKEN": "x" * 20})["SCANNABLE_TOKEN"] == "x" * 20
    config.write_text('tokn = "typo"\n')
    with pytest.raises(ConfigError, match="unknown setting"):
        from_environment({"SCANNABLE_CONFIG": str(config)})


def test_a_short_token_is_refused_at_start():
    with pytest.raises(ConfigError, match="at least 16"):
        create_app({"SCANNABLE_TOKEN": "letmein"})


# Origins: the extension's, never a web page's.

def test_the_linkedin_page_itself_can_never_call():
    c = client(SCANNABLE_TOKEN=TOKEN)
    for origin in ("https://www.linkedin.com", "https://evil.example", "null"):
        resp = annotate(c, {access.TOKEN_HEADER: TOKEN, "Origin": origin})
        assert resp.status_code == 403 and resp.get_json()["error"]["code"] == "origin_not_allowed"
        assert "Access-Control-Allow-Origin" not in resp.headers
    with pytest.raises(ConfigError, match="extension origins only"):
        create_app({"SCANNABLE_ALLOWED_ORIGINS": ["https://www.linkedin.com"]})


def test_any_extension_by_default_and_only_the_listed_ones_when_configured():
    other = "moz-extension://0c2b4a3e-1f5d-4e8a-9b7c-6d5e4f3a2b1c"
    open_ = client()
    for origin in (EXTENSION, other):
        resp = annotate(open_, {"Origin": origin})
        assert resp.status_code == 200 and resp.headers["Access-Control-Allow-Origin"] == origin
    listed = client(SCANNABLE_ALLOWED_ORIGINS=[EXTENSION])
    assert annotate(listed, {"Origin": EXTENSION}).status_code == 200
    assert annotate(listed, {"Origin": other}).status_code == 403


def test_a_preflight_from_the_extension_is_answered_without_the_token():
    c = client(SCANNABLE_TOKEN=TOKEN, SCANNABLE_ALLOWED_ORIGINS=[EXTENSION])
    resp = c.options("/v1/annotate", headers={"Origin": EXTENSION, "Access-Control-Request-Method": "POST",
                                              "Access-Control-Request-Headers": "content-type, x-scannable-token"})
    assert resp.status_code == 200
    assert "X-Scannable-Token" in resp.headers["Access-Control-Allow-Headers"]
    assert c.options("/v1/annotate", headers={"Origin": "https://www.linkedin.com"}).status_code == 403


def test_the_service_s_own_pages_may_call_it():
    assert annotate(client(), {"Origin": "http://localhost"}).status_code == 200


# Rate limits, per client, on a team server.

def test_a_client_over_its_rate_limit_gets_429_and_others_do_not():
    app = create_app({"TESTING": True, "SCANNABLE_TOKEN": TOKEN, "SCANNABLE_RATE_LIMIT": "3 per minute"})
    one = client_of(app, "203.0.113.7")
    two = client_of(app, "203.0.113.8")
    auth = {access.TOKEN_HEADER: TOKEN}
    assert [annotate(one, auth).status_code for _ in range(4)] == [200, 200, 200, 429]
    limited = annotate(one, auth)
    assert limited.get_json()["error"]["code"] == "too_many_requests" and int(limited.headers["Retry-After"]) > 0
    assert annotate(two, auth).status_code == 200
    assert one.get("/healthz").status_code == 200   # a health check is never limited


def test_wrong_tokens_count_against_the_limit_too():
    app = create_app({"TESTING": True, "SCANNABLE_TOKEN": TOKEN, "SCANNABLE_RATE_LIMIT": "3 per minute"})
    guesser = client_of(app, "203.0.113.9")
    codes = [annotate(guesser, {access.TOKEN_HEADER: f"guess-{n}"}).status_code for n in range(5)]
    assert codes == [401, 401, 401, 429, 429]


def test_no_rate_limit_on_a_local_server_without_a_token():
    c = client(SCANNABLE_RATE_LIMIT="2 per minute")
    assert {c.get("/openapi.json").status_code for _ in range(5)} == {200}


# Security headers on every answer; no inline script on any HTML page.

def test_every_route_answers_with_security_headers():
    app = create_app({"TESTING": True})
    c = app.test_client()
    paths = [r.rule for r in app.url_map.iter_rules() if "GET" in r.methods and not r.arguments]
    assert "/demo" in paths and "/healthz" in paths
    for path in paths:
        resp = c.get(path)
        headers = resp.headers
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert headers["Referrer-Policy"] == "no-referrer", path
        assert headers["X-Frame-Options"] == "DENY", path
        csp = headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in csp, path
        if resp.mimetype == "text/html":
            script_src = next(d for d in csp.split(";") if d.strip().startswith(("script-src", "default-src")))
            assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src, (path, csp)
            assert "<script>" not in resp.get_data(as_text=True), f"{path} has an inline script"
    assert c.post("/v1/annotate", json=PAGE).headers["Cache-Control"] == "no-store"


# gunicorn: loopback unless there is a token.

@pytest.mark.parametrize("host", ["0.0.0.0", "[::]", "192.0.2.1"])
def test_gunicorn_refuses_to_listen_beyond_this_machine_without_a_token(host):
    out = subprocess.run([sys.executable, "-m", "gunicorn", "-c", "python:server.gunicorn_conf", "--bind",
                          f"{host}:{free_port()}", "server:create_app()"], cwd=ROOT, capture_output=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(ROOT)})
    assert out.returncode != 0
    assert b"refusing to listen on" in out.stderr and b"without an access token" in out.stderr


def test_scannable_serve_refuses_it_too():
    out = subprocess.run([sys.executable, "-m", "scannable.cli", "serve", "--host", "0.0.0.0", "--port",
                          str(free_port())], cwd=ROOT, capture_output=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(ROOT)})
    assert out.returncode != 0 and b"without an access token" in out.stderr
