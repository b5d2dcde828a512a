"""Take the README's screenshot: the extension loaded in Debian's Chromium, on the sample profile.

    .venv/bin/python -m tests.extension.screenshot      # writes docs/extension-overlay.png

The sample profile is served at https://www.linkedin.com/in/maya-okafor-sample/ (routed, as in the
end-to-end tests) with the /demo page's stylesheet so it looks like a profile; the real service runs
under gunicorn on a free port. The pointer rests on a highlighted result to show its card.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.conftest import ROOT, SAMPLE_PROFILE, LiveServer
from tests.extension.conftest import CHROMIUM, CHROMIUM_ARGS, EXTENSION, Browser
from tests.extension.test_browser import HIGHLIGHTS_JS, RANGE_CENTER_JS, wait_ready

OUT = ROOT / "docs" / "extension-overlay.png"


def main() -> None:
    css = (ROOT / "server" / "demo" / "demo.css").read_text("utf-8")
    html = SAMPLE_PROFILE.read_text("utf-8").replace("</head>", f"<style>{css}</style></head>", 1)
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp))
        try:
            with sync_playwright() as p:
                context = p.chromium.launch_persistent_context(
                    str(Path(tmp) / "profile"), executable_path=str(CHROMIUM), headless=True,
                    viewport={"width": 1280, "height": 800}, ignore_default_args=["--disable-extensions"],
                    args=[f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}", *CHROMIUM_ARGS])
                worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
                browser = Browser(context, worker, server.url)
                browser.settings(serverUrl=server.url, paused=False)
                page = browser.open("/in/maya-okafor-sample/", html)
                wait_ready(page)
                page.evaluate("window.scrollTo(0, 0)")
                results = [r["text"] for r in page.evaluate(HIGHLIGHTS_JS)["scannable-outcome"]]
                x, y = page.evaluate(RANGE_CENTER_JS, next((t for t in results if "market share" in t), results[0]))
                page.mouse.move(x, y)
                page.locator("scannable-overlay .card").wait_for(state="visible")
                page.screenshot(path=str(OUT))
                context.close()
        finally:
            server.stop()
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
