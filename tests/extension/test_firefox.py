"""End to end in Firefox: the unpacked extension in Debian's firefox-esr, LinkedIn-like pages, the real service.

The same manifest and scripts as in Chromium, installed as a temporary add-on (Firefox runs
background.scripts as an event page, Chromium the service worker). One browser for the module,
driven over WebDriver BiDi (tests/extension/bidi.py); checks read the DOM from the page's own world,
with the same snippets as the Chromium tests: the highlights painted (CSS Custom Highlight API
ranges) against the service's quotes, the open Shadow DOM panel and card, the failure states.
"""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from extractors.text import collapse, decode
from tests.conftest import SAMPLE_PROFILE, LiveServer, free_port, real_captures
from tests.extension.test_browser import (HIGHLIGHTS_JS, MARKED_TEXT_JS, RANGE_CENTER_JS, XSS_PROFILE,
                                          body, exacts, navigation_page)

pytestmark = pytest.mark.browser

SAMPLE_PATH = "/in/maya-okafor-sample/"
SHADOW = "document.querySelector('scannable-overlay').shadowRoot"
# Shown as a person sees it: not hidden, laid out, not invisible.
VISIBLE_JS = """(selector) => { const s = document.querySelector('scannable-overlay');
  const e = s && s.shadowRoot.querySelector(selector);
  return Boolean(e && !e.closest('[hidden]') && e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden'); }"""
SHADOW_TEXT_JS = "(selector) => document.querySelector('scannable-overlay').shadowRoot.querySelector(selector).textContent"


def wait_ready(tab, timeout: float = 30) -> None:
    try:
        tab.wait_for("document.querySelector('scannable-overlay[data-state=ready]')", timeout=timeout)
    except AssertionError:
        shown = tab.eval("""(() => { const h = document.querySelector('scannable-overlay');
          return h && [h.getAttribute('data-state'), h.shadowRoot.querySelector('.state').textContent]; })()""")
        raise AssertionError(f"the overlay is not ready after {timeout} s: {shown}; console: {tab.console}") from None


def attributes(tab) -> dict:
    return tab.eval("Object.fromEntries([...document.querySelector('scannable-overlay').attributes].map((a) => [a.name, a.value]))")


def served_answer(firefox, tab) -> dict:
    """What the service answers for exactly what the extension sends: the page's <main> and URL."""
    html, url = tab.eval("[document.querySelector('main').outerHTML, location.href]")
    response = requests.post(firefox.service_url + "/v1/annotate", json={"url": url, "html": html}, timeout=30)
    response.raise_for_status()
    return response.json()


def shadow_text(tab, selector: str) -> str:
    return collapse(tab.call(SHADOW_TEXT_JS, selector))


def hover(tab, exact: str) -> None:
    """The real pointer on the middle of the highlighted words (scrolled into view first)."""
    x, y = tab.call(RANGE_CENTER_JS, exact)
    tab.move_mouse(x, y)


def test_sample_profile_highlights_card_and_panel(firefox, validate):
    tab = firefox.open(SAMPLE_PATH, SAMPLE_PROFILE.read_text("utf-8"))
    wait_ready(tab)
    answer = validate(served_answer(firefox, tab))

    # Highlights: exactly the service's quotes, kind by kind, on the visible copy of each string.
    found = tab.call(HIGHLIGHTS_JS)
    for kind in ("outcome", "credential", "recommendation", "scope"):
        assert sorted(r["text"] for r in found.get(f"scannable-{kind}", [])) == exacts(answer, kind), kind
    assert not [r for ranges in found.values() for r in ranges if r["hidden"]]
    host = attributes(tab)
    assert host["data-orphans"] == "0" and host["data-anchored"] == str(len(answer["items"]))
    assert host["data-highlight"] == "css-highlight", "Firefox 140+ paints with the CSS Custom Highlight API"
    # The panel's stylesheet, adopted into the shadow root from the content script's world, applies.
    assert tab.eval("getComputedStyle(document.querySelector('scannable-overlay')).position") == "fixed"
    assert tab.eval(f"getComputedStyle({SHADOW}.querySelector('.panel')).width") == "360px"

    # The real pointer on a result: the card says what it is, what it is worth, and what to ask.
    outcome = next(a for a in answer["items"] if a["scannable"]["kind"] == "outcome")
    hover(tab, collapse(outcome["target"]["selector"][0]["exact"]))
    tab.wait_for(f"({VISIBLE_JS})('.card')", timeout=5)
    card = shadow_text(tab, ".card")
    assert collapse(body(outcome, "questioning")) in card and collapse(body(outcome, "describing")) in card
    assert "Worth:" in card
    tab.move_mouse(5, 5)
    tab.wait_for(f"!({VISIBLE_JS})('.card')", timeout=5)

    # The panel (open Shadow DOM): the score, each check's reason and fix, once its section is clicked open.
    score = round(answer["summary"]["scannability"]["score"])
    assert shadow_text(tab, ".badge") == f"{score}/100"
    tab.click(f"{SHADOW}.querySelector('details.score summary')")
    tab.wait_for(f"{SHADOW}.querySelector('details.score').open", timeout=5)
    panel = shadow_text(tab, ".panel")
    for check in answer["summary"]["scannability"]["checks"]:
        assert collapse(check["reason"]) in panel
        if check["fix"]:
            assert collapse(check["fix"]) in panel

    # Keyboard focus on an evidence item shows its card; a click scrolls the page to its words.
    recommendation = next(a for a in answer["items"] if a["scannable"]["kind"] == "recommendation")
    tab.eval("window.scrollTo(0, 0)")
    tab.eval(f"{SHADOW}.querySelector('.evidence button[data-id=\"{recommendation['id']}\"]').focus()")
    tab.wait_for(f"({VISIBLE_JS})('.card')", timeout=5)
    assert collapse(body(recommendation, "questioning")) in shadow_text(tab, ".card")
    tab.click(f"{SHADOW}.querySelector('.evidence button[data-id=\"{recommendation['id']}\"]')")
    exact = collapse(recommendation["target"]["selector"][0]["exact"])
    top = tab.call("""(exact) => { for (const h of CSS.highlights.values()) for (const r of h)
      if (r.toString().replace(/\\s+/g, ' ').trim() === exact) return [r.getBoundingClientRect().top, innerHeight]; }""", exact)
    assert 0 <= top[0] <= top[1], top

    # The interview guide: its questions, and "Copy as Markdown" with a real click (the clipboard needs one):
    # the clipboard then holds the service's Markdown.
    tab.click(f"{SHADOW}.querySelector('details.guide-section summary')")
    tab.wait_for(f"{SHADOW}.querySelector('details.guide-section').open", timeout=5)
    assert collapse(answer["summary"]["guide"]["items"][0]["question"]) in shadow_text(tab, ".panel")
    tab.click(f"{SHADOW}.querySelector('button.copy')")
    tab.wait_for(f"{SHADOW}.querySelector('.copy-status').textContent", timeout=5)
    assert shadow_text(tab, ".copy-status") == "Copied."
    assert tab.eval("navigator.clipboard.readText()") == answer["summary"]["guide"]["markdown"]

    # Print: the guide's print mode is on while Firefox prints (here silently, to a PDF) and off after.
    tab.eval("""(window.printing = [], addEventListener('beforeprint', () => window.printing.push(
      document.querySelector('scannable-overlay').hasAttribute('data-print'))), 0)""")
    assert not firefox.printed.exists()
    tab.click(f"{SHADOW}.querySelector('button.print')")
    tab.wait_for("window.printing.length", timeout=10)
    assert tab.eval("window.printing") == [True]
    tab.wait_for("!document.querySelector('scannable-overlay').hasAttribute('data-print')", timeout=10)
    deadline = time.monotonic() + 10
    while not (firefox.printed.exists() and firefox.printed.read_bytes().startswith(b"%PDF")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert firefox.printed.read_bytes().startswith(b"%PDF")

    # Nothing in the page points at the extension: no moz-extension:// URL in the DOM or its loads.
    dom = tab.eval(f"document.documentElement.outerHTML + {SHADOW}.innerHTML")
    assert "moz-extension://" not in dom and firefox.extension_origin not in dom
    loaded = tab.eval("performance.getEntriesByType('resource').map((e) => e.name)")
    assert not [u for u in loaded if u.startswith("moz-extension://")]
    assert not [line for line in tab.console if line.startswith("error")], tab.console
    tab.close()


def test_in_app_navigation_reannotates_and_lazy_sections_are_sent_again(firefox):
    tab = firefox.open(SAMPLE_PATH, navigation_page())
    wait_ready(tab)
    found = tab.call(HIGHLIGHTS_JS)
    assert "scannable-recommendation" not in found and "scannable-outcome" in found
    first_outcomes = {r["text"] for r in found["scannable-outcome"]}

    tab.eval("linkedin.loadMore()")
    tab.wait_for("CSS.highlights.has('scannable-recommendation')")
    wait_ready(tab)
    lazy_answer = served_answer(firefox, tab)
    assert sorted(r["text"] for r in tab.call(HIGHLIGHTS_JS)["scannable-recommendation"]) == exacts(lazy_answer, "recommendation")

    tab.eval("linkedin.goToSecond()")
    tab.wait_for("CSS.highlights.size === 0", timeout=5)
    assert "Maya Okafor" in tab.eval("document.querySelector('main').textContent"), "the old profile is still mounted"
    tab.wait_for("document.querySelector('main').textContent.includes('Ines Vandermeer')")
    wait_ready(tab)
    answer = served_answer(firefox, tab)
    assert answer["items"]
    highlighted = sorted(r["text"] for ranges in tab.call(HIGHLIGHTS_JS).values() for r in ranges)
    assert highlighted == sorted(collapse(a["target"]["selector"][0]["exact"]) for a in answer["items"])
    assert first_outcomes - set(highlighted), "the first profile's own results are gone"
    panel = shadow_text(tab, ".panel")
    assert "Ines Vandermeer" in panel and "Maya Okafor" not in panel
    tab.close()


def test_markup_in_profile_text_is_shown_as_text_and_executes_nothing(firefox):
    tab = firefox.open("/in/xss-fixture/", XSS_PROFILE.read_text("utf-8"))
    wait_ready(tab)
    answer = served_answer(firefox, tab)
    assert len(answer["items"]) >= 4
    assert attributes(tab)["data-anchored"] == str(len(answer["items"]))

    # Hover every highlight, open every section, click every evidence item.
    for text in [r["text"] for ranges in tab.call(HIGHLIGHTS_JS).values() for r in ranges]:
        hover(tab, text)
    while tab.eval(f"{SHADOW}.querySelectorAll('details:not([open]) > summary').length"):
        tab.click(f"{SHADOW}.querySelector('details:not([open]) > summary')")
    for n in range(tab.eval(f"{SHADOW}.querySelectorAll('.evidence button').length")):
        tab.click(f"{SHADOW}.querySelectorAll('.evidence button')[{n}]")

    assert tab.eval("window.__pwned === undefined")
    assert tab.dialogs == []
    assert tab.eval("document.querySelectorAll('img, iframe, svg, script, b').length") == 0
    shadow = tab.eval(f"""(() => {{ const s = {SHADOW};
      return {{ elements: s.querySelectorAll('img, iframe, svg, script, b, object, embed').length,
               hrefs: [...s.querySelectorAll('[href], [src]')].map(e => e.getAttribute('href') || e.getAttribute('src')) }}; }})()""")
    assert shadow == {"elements": 0, "hrefs": []}, "the credential's javascript: link is not offered"
    panel = tab.call(SHADOW_TEXT_JS, ".panel")
    assert "Alex <img src=x onerror=\"window.__pwned='name'\"> Tester" in panel
    assert "</script><script>window.__pwned='headline'</script>" in panel
    assert '<svg onload="window.__pwned=\'cert\'">' in panel
    tab.close()


def test_friendly_states_token_and_pause_switch(firefox, tmp_path):
    sample = SAMPLE_PROFILE.read_text("utf-8")
    closed = free_port()
    firefox.settings(serverUrl=f"http://127.0.0.1:{closed}")
    try:
        # The service is down: a short state that says what to do, a retry button, and no uncaught error.
        tab = firefox.open(SAMPLE_PATH, sample)
        tab.wait_for("document.querySelector('scannable-overlay[data-state=error]')")
        message = shadow_text(tab, ".state")
        assert "The Scannable service is not running." in message
        assert f"Start the service: PORT={closed} make run" in message
        assert tab.call(VISIBLE_JS, ".state button.retry")
        assert tab.eval("CSS.highlights.size") == 0
        assert not [line for line in tab.console if line.startswith("error")], tab.console

        # The service is back (the options page changed): the profile is read again.
        firefox.settings(serverUrl=firefox.service_url)
        wait_ready(tab)
        assert tab.eval("CSS.highlights.size") > 0

        # A team server that asks for a token: refused without it, read once it is set (X-Scannable-Token).
        token = "team-token-for-the-firefox-test"
        team = LiveServer(tmp_path, env={"SCANNABLE_TOKEN": token})
        try:
            firefox.settings(serverUrl=team.url)
            tab.reload()
            tab.wait_for("document.querySelector('scannable-overlay[data-state=error]')")
            assert "The service refused the access token." in shadow_text(tab, ".state")
            firefox.token(token)
            wait_ready(tab)
        finally:
            firefox.token("")
            firefox.settings(serverUrl=firefox.service_url)
            team.stop()
        wait_ready(tab)

        # Pause: everything goes; a profile opened while paused is not sent; resuming reads it.
        firefox.settings(paused=True)
        tab.wait_for("!document.querySelector('scannable-overlay')", timeout=10)
        assert tab.eval("CSS.highlights.size") == 0
        assert firefox.options.eval("browser.action.getBadgeText({})") == "off", "the event page saw the pause"
        other = firefox.open("/in/paused-sample/", sample)
        time.sleep(2)   # what the content script would take to send it (it waits 400 ms of quiet)
        assert other.eval("document.querySelector('scannable-overlay')") is None
        firefox.settings(paused=False)
        wait_ready(other)
        assert firefox.options.eval("browser.action.getBadgeText({})") == ""
        other.close()
        tab.close()

        # A LinkedIn page that is not a profile: nothing is sent until the toolbar button is clicked,
        # here the event page's own handler (runOnTab), reached from the options page.
        jobs = firefox.open("/jobs/view/4242/", sample)
        time.sleep(2)
        assert jobs.eval("document.querySelector('scannable-overlay')") is None
        firefox.options.call("""async () => { const tabs = await browser.tabs.query({ url: 'https://www.linkedin.com/jobs/*' });
          await (await browser.runtime.getBackgroundPage()).scannableRunOnTab(tabs[0]); }""")
        wait_ready(jobs)
        jobs.close()
    finally:
        firefox.settings(serverUrl=firefox.service_url, paused=False)


@pytest.mark.realdata
@pytest.mark.parametrize("n", range(3))
def test_real_linkedin_captures(firefox, n):
    captures = real_captures()
    if n >= len(captures):
        pytest.skip(f"real capture {n} not available here (../shared/data/linkedin-pages)")
    tab = firefox.open(f"/in/real-capture-{n}/", decode(captures[n].read_bytes()))
    wait_ready(tab, timeout=60)
    answer = served_answer(firefox, tab)
    host = attributes(tab)
    anchored, orphans = int(host["data-anchored"]), int(host["data-orphans"])
    assert anchored + orphans == len(answer["items"]), "every annotation is highlighted or listed as not found"
    assert answer["items"] and orphans == 0
    found = tab.call(HIGHLIGHTS_JS)
    for kind in ("outcome", "credential", "recommendation"):
        assert sorted(r["text"] for r in found.get(f"scannable-{kind}", [])) == exacts(answer, kind), kind
    assert not [r for ranges in found.values() for r in ranges if r["hidden"]]
    tab.close()


def test_demo_page_and_its_fallback_highlighting(firefox, live_server):
    """/demo runs the overlay as page scripts under its CSP; ?highlight=wrap forces the <mark> fallback."""
    answer = requests.get(live_server.url + "/demo/annotations.json", timeout=30).json()
    tab = firefox.new_tab()
    tab.goto(live_server.url + "/demo")
    wait_ready(tab)
    host = attributes(tab)
    assert host["data-anchored"] == str(len(answer["items"])) and host["data-orphans"] == "0"
    assert sorted(r["text"] for r in tab.call(HIGHLIGHTS_JS)["scannable-outcome"]) == exacts(answer, "outcome")
    assert not [line for line in tab.console if line.startswith("error")], tab.console

    tab.goto(live_server.url + "/demo?highlight=wrap")
    wait_ready(tab)
    assert attributes(tab)["data-highlight"] == "wrap" and tab.eval("CSS.highlights.size") == 0
    marked = tab.call(MARKED_TEXT_JS)
    assert marked == {item["id"]: collapse(item["target"]["selector"][0]["exact"]) for item in answer["items"]}
    tab.close()


def test_options_page_sets_server_and_pause(firefox):
    tab = firefox.new_tab()
    tab.goto(f"{firefox.extension_origin}/options.html", wait="interactive")
    tab.wait_for(f"document.getElementById('server').value === {firefox.service_url!r}", timeout=10)
    tab.eval("document.getElementById('server').value = 'javascript:alert(1)'")
    tab.click("document.querySelector('button[type=submit]')")
    tab.wait_for("document.getElementById('status').textContent.includes('must be an http:// or https:// address')", timeout=5)
    tab.eval(f"document.getElementById('server').value = {firefox.service_url + '/'!r}")
    tab.click("document.querySelector('button[type=submit]')")
    tab.wait_for("document.getElementById('status').textContent === 'Saved.'", timeout=5)
    assert tab.eval("browser.storage.sync.get('serverUrl')")["serverUrl"] == firefox.service_url
    tab.click("document.getElementById('test')")
    tab.wait_for("document.getElementById('status').textContent === 'The service answers.'", timeout=10)
    tab.click("document.getElementById('paused')")
    tab.wait_for("document.getElementById('status').textContent === 'Paused everywhere.'", timeout=5)
    assert tab.eval("browser.storage.sync.get('paused')")["paused"] is True
    tab.click("document.getElementById('paused')")
    tab.wait_for("document.getElementById('status').textContent === 'Running again.'", timeout=5)
    tab.close()


class SlowService:
    """The real service behind a relay that answers `delay` seconds late: a slow team server or network."""

    def __init__(self, service_url: str, delay: float):
        class Relay(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                time.sleep(delay)
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "origin", "x-scannable-token")}
                answer = requests.post(service_url + self.path, data=body, headers=headers, timeout=30)
                self.send_response(answer.status_code)
                self.send_header("Content-Type", answer.headers.get("Content-Type", "application/json"))
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            def log_message(self, *args):   # quiet: the test reads the outcome, not the relay's log
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Relay)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_the_event_page_sleeps_when_idle_wakes_for_the_next_profile_and_outlives_a_slow_service(firefox):
    """Firefox suspends an idle event page even while its fetch is pending (Chromium keeps a worker with an
    unanswered message alive): the extension must still get the service's answer when it comes late.
    Firefox's idle timeout is 30 s; 2 s here, for this test only (the event page is stopped so that its
    running 30 s timer goes with it)."""
    idle = 2
    slow = SlowService(firefox.service_url, delay=2.5 * idle)
    firefox.set_pref("extensions.background.idle.timeout", idle * 1000)
    firefox.stop_background()
    try:
        firefox.settings(serverUrl=slow.url)
        firefox.options.call("async () => { (await browser.runtime.getBackgroundPage()).idleMarker = 'awake'; }")
        time.sleep(idle + 2)
        assert firefox.options.call("async () => (await browser.runtime.getBackgroundPage()).idleMarker") is None, \
            "the event page was suspended (its globals went with it) and started again"
        time.sleep(idle + 2)   # asleep again: the profile's message has to wake it

        tab = firefox.open(SAMPLE_PATH, SAMPLE_PROFILE.read_text("utf-8"))
        tab.wait_for("document.querySelector('scannable-overlay:is([data-state=ready], [data-state=error])')")
        assert attributes(tab)["data-state"] == "ready", shadow_text(tab, ".state")
        answer = served_answer(firefox, tab)
        assert attributes(tab)["data-orphans"] == "0"
        assert sorted(r["text"] for r in tab.call(HIGHLIGHTS_JS)["scannable-outcome"]) == exacts(answer, "outcome")
        tab.close()
    finally:
        firefox.set_pref("extensions.background.idle.timeout", None)
        firefox.stop_background()
        firefox.settings(serverUrl=firefox.service_url)
        slow.stop()
