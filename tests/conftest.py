"""Shared fixtures: the app, the contract's JSON Schema, the real data in ../shared/data, a live gunicorn."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("SCANNABLE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SAMPLE_PROFILE = ROOT / "server" / "demo" / "sample-profile.html"
SCHEMA_PATH = ROOT / "extractors" / "data" / "annotation.schema.json"


def shared(*parts: str) -> Path:
    """A path under ../shared/data, or a clean skip where it is absent (as on a user's clone)."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real data not available here: {path} (tests on ../shared/data skip outside the team's machines)")
    return path


def real_captures() -> list[Path]:
    folder = SHARED_DATA / "linkedin-pages"
    return sorted(folder.glob("*.html")) if folder.is_dir() else []


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text("utf-8"))


@pytest.fixture(scope="session")
def validate(schema):
    """Validate an AnnotationCollection against the contract's JSON Schema (raises on a violation)."""
    validator = jsonschema.Draft202012Validator(schema)

    def check(collection: dict) -> dict:
        errors = sorted(validator.iter_errors(collection), key=lambda e: list(e.absolute_path))
        assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
        return collection
    return check


@pytest.fixture(scope="session")
def sample_html() -> str:
    return SAMPLE_PROFILE.read_text("utf-8")


@pytest.fixture
def app():
    from server import create_app
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """A real gunicorn process serving the app on a free port; its output is kept for log assertions."""

    def __init__(self, tmp: Path, env: dict | None = None, workers: int = 1):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / f"gunicorn-{self.port}.log"
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "python:server.gunicorn_conf",
             "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
             "--no-control-socket", "--access-logfile", "-", "--error-logfile", "-", "--log-level", "debug",
             "server:create_app()"],
            cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/healthz", timeout=1).ok:
                    return
            except requests.RequestException:   # not listening yet, or the worker still booting
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("gunicorn did not start:\n" + self.log_path.read_text(errors="replace"))

    def logs(self, waiting_for: str | None = None) -> str:
        """What gunicorn has logged; with `waiting_for`, once that line is in (a worker writes its access line
        after the response has gone, so a busy machine may not have it yet when the client has the answer)."""
        self._log.flush()
        deadline = time.monotonic() + 15
        while True:
            text = self.log_path.read_text("utf-8", errors="replace")
            if waiting_for is None or waiting_for in text or time.monotonic() > deadline:
                return text
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._log.close()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    server = LiveServer(tmp_path_factory.mktemp("gunicorn"))
    yield server
    server.stop()
