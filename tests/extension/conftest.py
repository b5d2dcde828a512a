"""The extension loaded in Debian's Chromium and Firefox, against LinkedIn-like pages and the real service.

One browser for the whole module (launches are the slow part on two cores): the unpacked extension
loaded, pages served by answering requests for https://www.linkedin.com/..., and the service under
gunicorn on a free port (the session's LiveServer). Chromium through Playwright; Firefox through
WebDriver BiDi (tests/extension/bidi.py).
"""
from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.extension.bidi import FIREFOX, BidiError, Firefox, Tab

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


# The extension's internal UUID in Firefox, fixed through a pref so the tests can open its options page.
FIREFOX_UUID = "5ca2ab1e-0000-4000-8000-000000000153"
FIREFOX_ID = json.loads((EXTENSION / "manifest.json").read_text("utf-8"))["browser_specific_settings"]["gecko"]["id"]
FIREFOX_PREFS = {
    "extensions.webextensions.uuids": json.dumps({FIREFOX_ID: FIREFOX_UUID}),
    "browser.startup.page": 0,                      # a blank first tab, not the network-hungry home page
    "browser.shell.checkDefaultBrowser": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "dom.events.testing.asyncClipboard": True,      # the page may read the clipboard back without a paste prompt
}


def print_to_file(pdf: Path) -> dict:
    """Prefs that make window.print() print at once to `pdf` (headless, the print dialog would never close)."""
    printer = "print.printer_Mozilla_Save_to_PDF."
    return {"print.always_print_silent": True, "print_printer": "Mozilla Save to PDF",
            printer + "print_to_file": True, printer + "print_to_filename": str(pdf)}


class FirefoxBrowser:
    """firefox-esr with the extension installed as a temporary add-on, and pages served for www.linkedin.com."""

    def __init__(self, firefox: Firefox, service_url: str, printed: Path):
        self.firefox, self.service_url, self.printed = firefox, service_url, printed
        self.extension_origin = f"moz-extension://{FIREFOX_UUID}"
        self.pages: dict[str, str] = {}
        self.tabs: dict[str, Tab] = {}
        firefox.send("webExtension.install", extensionData={"type": "path", "path": str(EXTENSION)})
        firefox.on("network.beforeRequestSent", self._serve)
        firefox.on("log.entryAdded", self._log)
        firefox.on("browsingContext.userPromptOpened", self._prompt)
        # Every https request stops here: www.linkedin.com is answered from self.pages, anything else
        # (LinkedIn's CDNs in the real captures) is unreachable here and refused at once.
        firefox.send("network.addIntercept", phases=["beforeRequestSent"], urlPatterns=[{"type": "pattern", "protocol": "https"}])
        # The extension's own page, kept open: its `browser.storage` is where the tests set the options.
        self.options = self.new_tab()
        self.options.goto(f"{self.extension_origin}/options.html", wait="interactive")

    def _serve(self, params: dict) -> None:
        if not params.get("isBlocked"):
            return
        request = params["request"]["request"]
        url = params["request"]["url"]
        try:
            if not url.startswith("https://www.linkedin.com/"):
                self.firefox.send("network.failRequest", request=request)
                return
            path = "/" + url.split("/", 3)[3].split("?")[0]
            body = self.pages.get(path)
            status = 200 if body is not None else 404
            body = body if body is not None else "<html><body><main>Not found</main></body></html>"
            self.firefox.send("network.provideResponse", request=request, statusCode=status,
                              reasonPhrase="OK" if status == 200 else "Not Found",
                              headers=[{"name": "Content-Type", "value": {"type": "string", "value": "text/html; charset=utf-8"}}],
                              body={"type": "base64", "value": base64.b64encode(body.encode("utf-8")).decode("ascii")})
        except BidiError as err:
            if "no such request" not in str(err):   # its tab closed meanwhile: nothing left to answer
                raise

    def _log(self, params: dict) -> None:
        tab = self.tabs.get((params.get("source") or {}).get("context"))
        if tab is not None:
            tab.console.append(f"{params.get('level')}: {params.get('text')}")

    def _prompt(self, params: dict) -> None:
        tab = self.tabs.get(params.get("context"))
        if tab is not None:
            tab.dialogs.append(params.get("message", ""))

    def settings(self, **values) -> None:
        """Set the extension's synced settings (serverUrl, paused) as the options page would."""
        self.options.call("(values) => browser.storage.sync.set(values)", values)

    def privileged(self, expression: str) -> None:
        """Run a script in the browser's own window (allowed by --remote-allow-system-access), for what no page can do."""
        window = self.firefox.send("browsingContext.getTree", **{"moz:scope": "chrome"})["contexts"][0]["context"]
        result = self.firefox.send("script.evaluate", expression=expression, target={"context": window}, awaitPromise=True)
        assert result["type"] == "success", result

    def set_pref(self, name: str, value: int | None) -> None:
        """Change an integer pref while Firefox runs (None: back to its default)."""
        self.privileged(f"Services.prefs.clearUserPref({json.dumps(name)})" if value is None
                        else f"Services.prefs.setIntPref({json.dumps(name)}, {int(value)})")

    def stop_background(self) -> None:
        """Stop the extension's event page now, as about:debugging's "Terminate background script" does."""
        self.privileged(f"""(async () => {{
          const {{ ExtensionParent }} = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          await ExtensionParent.GlobalManager.getExtension({json.dumps(FIREFOX_ID)}).terminateBackground();
        }})()""")

    def token(self, value: str) -> None:
        """Set the access token (kept in storage.local) as the options page would."""
        self.options.call("(token) => browser.storage.local.set({ token })", value)

    def new_tab(self) -> Tab:
        tab = Tab(self.firefox, self.firefox.send("browsingContext.create", type="tab")["context"])
        self.tabs[tab.context] = tab
        return tab

    def open(self, path: str, html: str) -> Tab:
        """A new tab on https://www.linkedin.com<path> serving `html`, with console and dialogs recorded."""
        self.pages[path] = html
        tab = self.new_tab()
        tab.goto(f"https://www.linkedin.com{path}")
        return tab


@pytest.fixture(scope="module")
def firefox(live_server, tmp_path_factory):
    if not FIREFOX.exists():
        pytest.skip("Debian's firefox-esr is not installed (make test installs it: apt-get install -y firefox-esr)")
    profile = tmp_path_factory.mktemp("firefox-profile")
    printed = tmp_path_factory.mktemp("firefox-print") / "printed.pdf"
    browser = Firefox(profile, {**FIREFOX_PREFS, **print_to_file(printed)})
    try:
        b = FirefoxBrowser(browser, live_server.url, printed)
        b.settings(serverUrl=live_server.url, paused=False)
        yield b
    finally:
        browser.close()
