"""The API: POST /v1/annotate, GET /healthz, GET /openapi.json."""
from __future__ import annotations

import json
import signal
import threading
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources

from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.exceptions import RequestEntityTooLarge

import extractors

from .errors import ApiError

bp = Blueprint("api", __name__)


def _payload() -> dict:
    """The request's JSON object, or the 4xx that says what is wrong with it."""
    if request.mimetype != "application/json":
        raise ApiError(415, "unsupported_media_type", "Send the page as JSON: Content-Type: application/json.")
    raw = request.get_data(cache=False)   # werkzeug enforces MAX_CONTENT_LENGTH here (413)
    if request.content_length is None and len(raw) >= current_app.config["MAX_CONTENT_LENGTH"]:
        # A chunked body (no Content-Length) is read up to the limit; werkzeug does not say whether more followed.
        raise RequestEntityTooLarge()
    if not raw:
        raise ApiError(400, "empty_body", "The request body is empty; send {\"url\": ..., \"html\": ...}.")
    try:
        payload = json.loads(raw)
    except (ValueError, RecursionError):
        raise ApiError(400, "invalid_json", "The request body is not valid JSON (UTF-8).") from None
    if not isinstance(payload, dict):
        raise ApiError(422, "invalid_request", "The body must be a JSON object with \"html\" or \"text\".")
    return payload


def _validated(payload: dict) -> tuple[str, str | None, bool]:
    is_text, url = "text" in payload, payload.get("url")
    if ("html" in payload) == is_text:
        raise ApiError(422, "invalid_request", "Send exactly one of \"html\" and \"text\".")
    source = payload["text"] if is_text else payload["html"]
    if not isinstance(source, str):
        raise ApiError(422, "invalid_request", "\"html\" and \"text\" must be strings.")
    if url is not None and (not isinstance(url, str) or len(url) > 2048):
        raise ApiError(422, "invalid_request", "\"url\" must be a string of at most 2048 characters.")
    unknown = set(payload) - {"html", "text", "url"}
    if unknown:
        raise ApiError(422, "invalid_request", "Unknown field(s) in the body; the fields are \"url\", \"html\" and \"text\".")
    return source, url, is_text


class DeadlineExceeded(BaseException):
    """Raised into a request that ran past SCANNABLE_REQUEST_TIMEOUT (a BaseException: no `except Exception` eats it)."""


def _expire(signum, frame):
    raise DeadlineExceeded


@contextmanager
def deadline(seconds: float):
    """Interrupt the block after `seconds`, by SIGALRM: the sync worker runs each request on its main thread.

    gunicorn's own --timeout would kill the worker and leave the client without an answer; this one
    answers 503 and the worker goes on. Elsewhere (threads, seconds=0) the block runs unbounded.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@bp.post("/v1/annotate")
def annotate():
    source, url, is_text = _validated(_payload())
    seconds = current_app.config["SCANNABLE_REQUEST_TIMEOUT"]
    try:
        with deadline(seconds):
            return jsonify(extractors.annotate(source, url, text=is_text))
    except DeadlineExceeded:
        raise ApiError(503, "timeout", f"Reading this page took longer than {seconds:g} s; nothing was kept.") from None


@bp.get("/healthz")
def healthz():
    return jsonify({"status": "ok"})


@lru_cache(maxsize=1)
def openapi_text() -> str:
    return json.dumps(openapi_document())


def openapi_document() -> dict:
    """server/openapi.json with the AnnotationCollection schema inserted: one source for the contract."""
    spec = json.loads(resources.files("server").joinpath("openapi.json").read_text("utf-8"))
    schema = json.loads(resources.files("extractors.data").joinpath("annotation.schema.json").read_text("utf-8"))
    defs = schema.pop("$defs")
    schema.pop("$schema", None)
    text = json.dumps(schema)
    spec["components"]["schemas"]["AnnotationCollection"] = json.loads(text.replace("#/$defs/", "#/components/schemas/"))
    for name, definition in defs.items():
        spec["components"]["schemas"][name] = json.loads(json.dumps(definition).replace("#/$defs/", "#/components/schemas/"))
    return spec


@bp.get("/openapi.json")
def openapi():
    return Response(openapi_text(), mimetype="application/json")
