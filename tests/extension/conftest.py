"""The extension loaded in Debian's Chromium, against LinkedIn-like pages and the real service.

One browser for the whole module (launches are the slow part on two cores): a persistent context
with the unpacked extension, pages served by routing https://www.linkedin.com/..., and the service
under gunicorn on a free port (the session's LiveServer).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
EXTENSION = ROOT / "extension"
# From the machine notes: without these, Chromium keeps dialling Google's hosts on a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-default-apps"]


class Browser:
    """The context, its extension service worker, and the pages routed to www.linkedin.com."""

    def __init__(self, context, worker, service_url: str):
        self.context, self.worker, self.service_url = context, worker, service_url
        self.pages: dict[str, str] = {}
        context.route(re.compile(r"^https://www\.linkedin\.com/"), self._serve)
        # Everything else on the web (LinkedIn's CDNs in the real captures) is unreachable here: refuse it fast.
        context.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost|www\.linkedin\.com/)"), lambda route: route.abort())

    def _serve(self, route):
        path = "/" + route.request.url.split("/", 3)[3].split("?")[0]
        body = self.pages.get(path)
        if body is None:
            route.fulfill(status=404, content_type="text/html", body="<html><body><main>Not found</main></body></html>")
        else:
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)

    def settings(self, **values) -> None:
        """Set the extension's synced settings (serverUrl, paused) as the options page would."""
        import json
        self.worker.evaluate(f"chrome.storage.sync.set({json.dumps(values)})")

    def token(self, value: str) -> None:
        """Set the access token (kept in storage.local) as the options page would."""
        import json
        self.worker.evaluate(f"chrome.storage.local.set({{token: {json.dumps(value)}}})")

    def open(self, path: str, html: str):
        """A new tab on https://www.linkedin.com<path> serving `html`, with console and dialogs recorded."""
        self.pages[path] = html
        page = self.context.new_page()
        page.console_lines = []
        page.dialogs = []
        page.on("console", lambda msg: page.console_lines.append(f"{msg.type}: {msg.text}"))
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(f"https://www.linkedin.com{path}")
        return page


@pytest.fixture(scope="module")
def browser(live_server, tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make test installs it: apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package (make install puts it in .venv)")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            ignore_default_args=["--disable-extensions"],
            args=[f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}", *CHROMIUM_ARGS])
        try:
            worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
            b = Browser(context, worker, live_server.url)
            b.settings(serverUrl=live_server.url, paused=False)
            yield b
        finally:
            context.close()
