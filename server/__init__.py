"""Scannable's HTTP service: a thin Flask shell around `extractors.annotate`.

It stores nothing and never logs a request body or any profile text.
"""
from __future__ import annotations

import logging

from flask import Flask, Response, request

from . import access, api, demo, errors
from .config import DEFAULTS, from_environment, validated


def create_app(config: dict | None = None) -> Flask:
    """The app factory: defaults, then the config file and SCANNABLE_* environment variables, then `config`."""
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(from_environment())
    if config:
        app.config.update(config)
    validated(app.config)
    # Flask's own limit: werkzeug refuses a larger body (413) before reading it whole.
    app.config["MAX_CONTENT_LENGTH"] = app.config["SCANNABLE_MAX_BYTES"]
    app.logger.setLevel(logging.INFO)
    errors.register(app)
    access.install(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(demo.bp)
    app.after_request(_route_for_log)
    return app


# The WSGI environ key gunicorn's access log prints instead of the path (see gunicorn_conf.py).
LOG_ROUTE = "scannable.route"


def _route_for_log(response: Response) -> Response:
    """Name the route's pattern for the access log, never the raw path: a client may put text in an unknown URL."""
    request.environ[LOG_ROUTE] = request.url_rule.rule if request.url_rule is not None else "(no route)"
    return response
