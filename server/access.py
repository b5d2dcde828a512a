"""Who may call the service, and the headers every answer carries.

- A request from another machine needs the access token; with no token configured, only this
  machine is served (so `gunicorn -b 0.0.0.0` without a token still lets no one in, nor does a
  reverse proxy on this machine: what it forwards carries X-Forwarded-For or the like).
- With a token configured, every request but /healthz must send it in X-Scannable-Token,
  compared in constant time.
- A browser request must come from an allowed extension origin (or the service's own pages);
  a web page's origin, linkedin.com above all, is refused whatever the configuration.
- On a server with a token, each client (by address) is rate limited by Flask-Limiter.
"""
from __future__ import annotations

import hmac

from flask import Flask, Response, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.middleware.proxy_fix import ProxyFix

from .config import EXTENSION_ORIGIN, is_loopback
from .errors import ApiError

TOKEN_HEADER = "X-Scannable-Token"
OPEN_ENDPOINTS = frozenset({"api.healthz"})   # a load balancer's health check needs no token
FORWARDING = ("X-Forwarded-For", "Forwarded", "X-Real-Ip")   # headers a reverse proxy adds
# HTML pages (the demo) may load their own scripts and styles, and nothing inline; every other
# answer is data, which no browser should render or frame.
HTML_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
DATA_CSP = "default-src 'none'; frame-ancestors 'none'"


def install(app: Flask) -> None:
    """Put the proxy fix, the rate limiter, the access checks and the headers on `app`."""
    proxies = app.config["SCANNABLE_TRUSTED_PROXIES"]
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)
    limit = (app.config["SCANNABLE_RATE_LIMIT"] or "").strip()
    limited = bool(app.config["SCANNABLE_TOKEN"] and limit and limit.lower() != "off")
    # Registered before the checks below, so failed token guesses count against the client too.
    app.extensions["scannable_limiter"] = Limiter(
        get_remote_address, app=app, default_limits=[limit] if limited else [], enabled=limited,
        storage_uri=app.config["SCANNABLE_RATE_LIMIT_STORAGE"], headers_enabled=True,
        default_limits_exempt_when=lambda: request.endpoint in OPEN_ENDPOINTS)
    app.before_request(_check_access)
    app.after_request(_headers)


def origin_allowed(origin: str) -> bool:
    """An extension origin on the allowlist (any extension's when the list is empty), or the service's own."""
    allowed = current_app.config["SCANNABLE_ALLOWED_ORIGINS"]
    if EXTENSION_ORIGIN.fullmatch(origin):
        return not allowed or origin in allowed
    return origin == request.host_url.rstrip("/")


def _check_access() -> Response | None:
    origin = request.headers.get("Origin")
    if origin is not None and not origin_allowed(origin):
        raise ApiError(403, "origin_not_allowed", "This origin may not call the service; only the Scannable "
                                                  "extension (or its configured extension IDs) may.")
    if request.method == "OPTIONS" and origin is not None:
        return current_app.make_default_options_response()   # a CORS preflight carries no token
    if request.endpoint in OPEN_ENDPOINTS:
        return None
    token = current_app.config["SCANNABLE_TOKEN"]
    if token is None:
        # A proxy on this machine connects from loopback: what it forwards is not this machine's own request.
        forwarded = not current_app.config["SCANNABLE_TRUSTED_PROXIES"] and any(h in request.headers for h in FORWARDING)
        if forwarded or not is_loopback(request.remote_addr):
            raise ApiError(403, "forbidden", "This service has no access token configured, so it serves only "
                                             "the machine it runs on.")
        return None
    sent = request.headers.get(TOKEN_HEADER, "")
    if not hmac.compare_digest(sent.encode("utf-8", "surrogateescape"), token.encode("utf-8")):
        raise ApiError(401, "unauthorized", f"Send the team's access token in the {TOKEN_HEADER} header.")
    return None


def _headers(response: Response) -> Response:
    headers = response.headers   # setdefault: a blueprint's own stricter or page-specific values win
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Cache-Control", "no-store")   # answers quote profile text: no cache may keep them
    if response.mimetype == "text/html":
        headers.setdefault("Content-Security-Policy", HTML_CSP)
        headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    else:
        headers.setdefault("Content-Security-Policy", DATA_CSP)
    if request.is_secure:
        headers["Strict-Transport-Security"] = "max-age=31536000"
    origin = request.headers.get("Origin")
    if origin is not None and EXTENSION_ORIGIN.fullmatch(origin) and origin_allowed(origin):
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Headers"] = f"Content-Type, {TOKEN_HEADER}"
        headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        headers["Access-Control-Max-Age"] = "600"
        headers.add("Vary", "Origin")
    return response
