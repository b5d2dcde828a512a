"""Scannable's HTTP service: a thin Flask shell around `extractors.annotate`.

It stores nothing and never logs a request body or any profile text.
"""
from __future__ import annotations

import logging

from flask import Flask

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
    return app
