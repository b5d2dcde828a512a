"""The /demo page: the bundled sample profile with the browser extension's own overlay, nothing to install.

One source for the overlay: the scripts and the highlight stylesheet are the extension's content
scripts, listed by extension/manifest.json and served from extension/ (less content.js, the glue
that needs extension APIs). server/demo/demo.js stands in for that glue and for the service worker.
The page is served with a Content-Security-Policy that allows no inline script.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, abort, jsonify, send_from_directory

import extractors

bp = Blueprint("demo", __name__)

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"
DEMO = Path(__file__).resolve().parent / "demo"
SAMPLE = DEMO / "sample-profile.html"
SAMPLE_URL = "https://www.linkedin.com/in/maya-okafor-sample/"
EXTENSION_ONLY = frozenset({"content.js"})   # needs browser.runtime and browser.storage
DEMO_ASSETS = ("demo.css", "demo.js")

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@lru_cache(maxsize=1)
def overlay_files() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The extension's content scripts and stylesheets, in load order, as its manifest lists them."""
    manifest = json.loads((EXTENSION / "manifest.json").read_text("utf-8"))
    content = manifest["content_scripts"][0]
    scripts = tuple(name for name in content["js"] if name not in EXTENSION_ONLY)
    return scripts, tuple(content.get("css", ()))


def page() -> str:
    """The sample profile with the overlay's stylesheets and scripts linked in (no inline script)."""
    scripts, styles = overlay_files()
    html = SAMPLE.read_text("utf-8")
    links = "".join(f'<link rel="stylesheet" href="/demo/assets/{name}">' for name in ("demo.css", *styles))
    tags = "".join(f'<script src="/demo/assets/{name}"></script>' for name in (*scripts, "demo.js"))
    return html.replace("</head>", links + "</head>", 1).replace("</body>", tags + "</body>", 1)


@bp.after_request
def _security_headers(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


@bp.get("/demo")
def demo():
    return Response(page(), mimetype="text/html")


@bp.get("/demo/annotations.json")
def annotations():
    """What POST /v1/annotate answers for the sample profile (the demo page shows exactly this)."""
    return jsonify(extractors.annotate(SAMPLE.read_text("utf-8"), SAMPLE_URL))


@bp.get("/demo/assets/<name>")
def asset(name: str):
    scripts, styles = overlay_files()
    if name in scripts or name in styles:
        return send_from_directory(EXTENSION, name, max_age=0)
    if name in DEMO_ASSETS:
        return send_from_directory(DEMO, name, max_age=0)
    abort(404)
