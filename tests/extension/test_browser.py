"""End to end: the unpacked extension in Debian's Chromium, LinkedIn-like pages, the real service.

What a recruiter would see, checked on the DOM: highlights on the exact words (CSS Custom Highlight
API ranges), the hover card and the panel (open Shadow DOM), in-app navigation, lazily loaded
sections, a page whose text is markup, the service being down, the pause switch.
"""
from __future__ import annotations

import re

import pytest
import requests

from extractors.text import collapse, decode
from tests.conftest import ROOT, SAMPLE_PROFILE, LiveServer, free_port, real_captures

pytestmark = pytest.mark.browser
playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package (make install puts it in .venv)")
expect = playwright.expect

SAMPLE_PATH = "/in/maya-okafor-sample/"
SDUI_PROFILE = ROOT / "tests" / "fixtures" / "pages" / "sdui-profile.html"
XSS_PROFILE = ROOT / "tests" / "fixtures" / "extension" / "xss-profile.html"

# Every highlight the overlay registered: {name: [{text, hidden}]}; hidden = on a screen-reader copy.
# A range's text as the service reads text: <br> and block elements count as spaces, whitespace collapsed.
RANGE_TEXT_JS = """const text = (r) => { const f = r.cloneContents();
    f.querySelectorAll('br, p, div, li, ul, ol, h1, h2, h3, h4, h5, h6, tr, section, article, header, footer, dt, dd, hr, blockquote')
      .forEach((e) => { e.before(' '); e.after(' '); });
    return f.textContent.replace(/\\s+/g, ' ').trim(); };"""
HIGHLIGHTS_JS = """() => { """ + RANGE_TEXT_JS + """
  return Object.fromEntries([...CSS.highlights.entries()].filter(([n]) => n !== 'scannable-active')
    .map(([name, h]) => [name, [...h].map(r => ({ text: text(r),
      hidden: Boolean(r.startContainer.parentElement && r.startContainer.parentElement.closest('.visually-hidden')) }))]));
}"""
# Scroll the highlighted words into view and return the centre of their first line.
RANGE_CENTER_JS = """(exact) => {
  for (const h of CSS.highlights.values()) for (const r of h) {
    if (r.toString().replace(/\\s+/g, ' ').trim() !== exact) continue;
    window.scrollBy(0, r.getBoundingClientRect().top - innerHeight / 2);
    const box = r.getClientRects()[0];
    return [box.left + box.width / 2, box.top + box.height / 2];
  }
  return null;
}"""
RANGE_TOP_JS = """(exact) => { for (const h of CSS.highlights.values()) for (const r of h)
  if (r.toString().replace(/\\s+/g, ' ').trim() === exact) return r.getBoundingClientRect().top; return null; }"""
SHADOW_HTML_JS = "() => document.querySelector('scannable-overlay').shadowRoot.innerHTML"
# Each annotation's words where they are wrapped in <mark>s: from its first to its last, read as the service reads text.
MARKED_TEXT_JS = """() => { """ + RANGE_TEXT_JS + """ const marks = {};
      for (const m of document.querySelectorAll('mark.scannable-mark'))
        for (const id of m.dataset.scannableId.split(' ')) (marks[id] = marks[id] || []).push(m);
      return Object.fromEntries(Object.entries(marks).map(([id, ms]) => { const r = document.createRange();
        r.setStartBefore(ms[0]); r.setEndAfter(ms[ms.length - 1]); return [id, text(r)]; })); }"""


def wait_ready(page, timeout: float = 30_000) -> None:
    page.wait_for_selector("scannable-overlay[data-state=ready]", state="attached", timeout=timeout)


def served_answer(browser, page) -> dict:
    """What the service answers for exactly what the extension sends: the page's <main> and URL."""
    html = page.evaluate("document.querySelector('main').outerHTML")
    response = requests.post(browser.service_url + "/v1/annotate", json={"url": page.url, "html": html}, timeout=30)
    response.raise_for_status()
    return response.json()


def exacts(collection: dict, kind: str) -> list[str]:
    return sorted(collapse(a["target"]["selector"][0]["exact"]) for a in collection["items"] if a["scannable"]["kind"] == kind)


def body(annotation: dict, purpose: str) -> str:
    return next(b["value"] for b in annotation["body"] if b["purpose"] == purpose)


def without_recommendations(html: str) -> tuple[str, str]:
    """The sample profile without its Recommendations card, and that card (to load it "lazily")."""
    anchor = html.index('<div id="recommendations"')
    start = html.rindex("<section", 0, anchor)
    end = html.index("</section>", anchor) + len("</section>")
    return html[:start] + html[end:], html[start:end]


def navigation_page() -> str:
    """The sample profile without its Recommendations card, and a script that plays LinkedIn.

    `linkedin.loadMore()` appends that card as on scroll; `linkedin.goToSecond()` pushes another profile's
    URL and replaces the DOM only 700 ms later (the old profile is still mounted meanwhile).
    """
    first, lazy_card = without_recommendations(SAMPLE_PROFILE.read_text("utf-8"))
    second_main = re.search(r"<main\b.*</main>", SDUI_PROFILE.read_text("utf-8"), re.S).group(0)
    harness = f"""<template id="lazy">{lazy_card}</template><template id="next">{second_main}</template>
<script>window.linkedin = {{
  loadMore() {{ document.querySelector('main').appendChild(document.getElementById('lazy').content.cloneNode(true)); }},
  goToSecond() {{ history.pushState({{}}, '', '/in/ines-vandermeer-example/');
    setTimeout(() => document.querySelector('main').replaceWith(document.getElementById('next').content.cloneNode(true)), 700); }},
}};</script></body>"""
    return first.replace("</body>", harness, 1)


def test_sample_profile_highlights_card_panel_and_no_extension_url(browser, validate):
    page = browser.open(SAMPLE_PATH, SAMPLE_PROFILE.read_text("utf-8"))
    wait_ready(page)
    answer = validate(served_answer(browser, page))

    # Highlights: exactly the service's quotes, kind by kind, on the visible copy of each string.
    found = page.evaluate(HIGHLIGHTS_JS)
    for kind in ("outcome", "credential", "recommendation", "scope"):
        assert sorted(r["text"] for r in found.get(f"scannable-{kind}", [])) == exacts(answer, kind), kind
    assert not [r for ranges in found.values() for r in ranges if r["hidden"]]
    host = page.locator("scannable-overlay")
    assert host.get_attribute("data-orphans") == "0"
    assert host.get_attribute("data-highlight") == "css-highlight"

    # Hover on a result: the card says what it is, what it is worth, and what to ask.
    outcome = next(a for a in answer["items"] if a["scannable"]["kind"] == "outcome")
    x, y = page.evaluate(RANGE_CENTER_JS, collapse(outcome["target"]["selector"][0]["exact"]))
    page.mouse.move(x, y)
    card = page.locator("scannable-overlay .card")
    expect(card).to_be_visible()
    expect(card).to_contain_text(body(outcome, "questioning"))
    expect(card).to_contain_text(body(outcome, "describing"))
    expect(card).to_contain_text("Worth:")
    page.mouse.move(5, 5)
    expect(card).to_be_hidden()

    # The panel: the score with each check's reason and fix (the candidate's view).
    score = round(answer["summary"]["scannability"]["score"])
    expect(page.locator("scannable-overlay .badge")).to_have_text(f"{score}/100")
    page.locator("scannable-overlay details.score summary").click()
    panel = page.locator("scannable-overlay .panel")
    for check in answer["summary"]["scannability"]["checks"]:
        expect(panel).to_contain_text(check["reason"])
        if check["fix"]:
            expect(panel).to_contain_text(check["fix"])

    # Keyboard: focusing an evidence item shows its card; clicking a recommendation scrolls to its words.
    recommendation = next(a for a in answer["items"] if a["scannable"]["kind"] == "recommendation")
    page.evaluate("window.scrollTo(0, 0)")
    button = page.locator(f'scannable-overlay .evidence button[data-id="{recommendation["id"]}"]')
    button.focus()
    expect(card).to_contain_text(body(recommendation, "questioning"))
    button.click()
    top = page.evaluate(RANGE_TOP_JS, collapse(recommendation["target"]["selector"][0]["exact"]))
    assert 0 <= top <= page.viewport_size["height"], top

    # The interview guide: copied as the service's Markdown; printing shows the guide and hides the page.
    browser.context.grant_permissions(["clipboard-read", "clipboard-write"], origin="https://www.linkedin.com")
    page.locator("scannable-overlay details.guide-section summary").click()
    expect(panel).to_contain_text(answer["summary"]["guide"]["items"][0]["question"])
    page.locator("scannable-overlay button.copy").click()
    expect(page.locator("scannable-overlay .copy-status")).to_have_text("Copied.")
    assert page.evaluate("navigator.clipboard.readText()") == answer["summary"]["guide"]["markdown"]
    page.emulate_media(media="print")
    host.evaluate("h => h.setAttribute('data-print', '')")
    assert page.evaluate("getComputedStyle(document.body).display") == "none"
    expect(page.locator("scannable-overlay details.guide-section")).to_be_visible()
    expect(page.locator("scannable-overlay details.evidence-list")).to_be_hidden()
    host.evaluate("h => h.removeAttribute('data-print')")
    page.emulate_media(media="screen")
    page.locator("scannable-overlay button.print").click()   # headless: print() returns at once
    assert host.get_attribute("data-print") is None, "print mode ends when the dialog closes"

    # Nothing in the page points at the extension: no chrome-extension:// URL in the DOM or its loads.
    extension_origin = browser.worker.url.split("/sw.js")[0]
    dom = page.content() + page.evaluate(SHADOW_HTML_JS)
    assert "chrome-extension://" not in dom and extension_origin not in dom
    loaded = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert not [u for u in loaded if u.startswith("chrome-extension://")]
    page.close()


def test_in_app_navigation_reannotates_and_lazy_sections_are_sent_again(browser):
    page = browser.open(SAMPLE_PATH, navigation_page())
    wait_ready(page)
    found = page.evaluate(HIGHLIGHTS_JS)
    assert "scannable-recommendation" not in found and "scannable-outcome" in found
    first_outcomes = {r["text"] for r in found["scannable-outcome"]}

    page.evaluate("linkedin.loadMore()")
    page.wait_for_function("CSS.highlights.has('scannable-recommendation')", timeout=30_000)
    wait_ready(page)
    lazy_answer = served_answer(browser, page)
    assert sorted(r["text"] for r in page.evaluate(HIGHLIGHTS_JS)["scannable-recommendation"]) == exacts(lazy_answer, "recommendation")

    page.evaluate("linkedin.goToSecond()")
    # The first profile's highlights go at once, before the second profile's DOM is even there.
    page.wait_for_function("CSS.highlights.size === 0", timeout=5_000)
    assert "Maya Okafor" in page.evaluate("document.querySelector('main').textContent")
    page.wait_for_function("document.querySelector('main').textContent.includes('Ines Vandermeer')")
    wait_ready(page)
    answer = served_answer(browser, page)
    assert answer["items"], "the SDUI fixture has evidence to highlight"
    found = page.evaluate(HIGHLIGHTS_JS)
    highlighted = sorted(r["text"] for ranges in found.values() for r in ranges)
    assert highlighted == sorted(collapse(a["target"]["selector"][0]["exact"]) for a in answer["items"])
    assert first_outcomes - set(highlighted), "the first profile's own results are gone"
    expect(page.locator("scannable-overlay .panel")).to_contain_text("Ines Vandermeer")
    expect(page.locator("scannable-overlay .panel")).not_to_contain_text("Maya Okafor")
    page.close()


def test_markup_in_profile_text_is_shown_as_text_and_executes_nothing(browser):
    page = browser.open("/in/xss-fixture/", XSS_PROFILE.read_text("utf-8"))
    wait_ready(page)
    answer = served_answer(browser, page)
    assert len(answer["items"]) >= 4
    host = page.locator("scannable-overlay")
    assert int(host.get_attribute("data-anchored")) == len(answer["items"])

    # Hover every highlight, focus and click every evidence item, open every section.
    for text in [r["text"] for ranges in page.evaluate(HIGHLIGHTS_JS).values() for r in ranges]:
        x, y = page.evaluate(RANGE_CENTER_JS, text)
        page.mouse.move(x, y)
    closed = page.locator("scannable-overlay details:not([open]) > summary")
    while closed.count():
        closed.first.click()
    for button in page.locator("scannable-overlay .evidence button").all():
        button.focus()
        button.click()

    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('img, iframe, svg, script, b').length") == 0
    shadow = page.evaluate("""() => { const s = document.querySelector('scannable-overlay').shadowRoot;
      return { elements: s.querySelectorAll('img, iframe, svg, script, b, object, embed').length,
               hrefs: [...s.querySelectorAll('[href], [src]')].map(e => e.getAttribute('href') || e.getAttribute('src')) }; }""")
    assert shadow == {"elements": 0, "hrefs": []}, "the credential's javascript: link is not offered"
    panel = page.locator("scannable-overlay .panel")
    expect(panel).to_contain_text("Alex <img src=x onerror=\"window.__pwned='name'\"> Tester")
    expect(panel).to_contain_text("</script><script>window.__pwned='headline'</script>")
    expect(panel).to_contain_text('<svg onload="window.__pwned=\'cert\'">')
    page.close()


def test_friendly_states_token_pause_switch_and_other_sites(browser, tmp_path):
    sample = SAMPLE_PROFILE.read_text("utf-8")
    closed = free_port()
    browser.settings(serverUrl=f"http://127.0.0.1:{closed}")
    try:
        # The service is down: a short state that says what to do, and no uncaught error.
        page = browser.open(SAMPLE_PATH, sample)
        page.wait_for_selector("scannable-overlay[data-state=error]", state="attached", timeout=30_000)
        state = page.locator("scannable-overlay .state")
        expect(state).to_contain_text("The Scannable service is not running.")
        expect(state).to_contain_text(f"Start the service: PORT={closed} make run")
        expect(page.locator("scannable-overlay .state button.retry")).to_be_visible()
        assert not [line for line in page.console_lines if "Uncaught" in line]

        # The service is back (the options page changed): the profile is read again.
        browser.settings(serverUrl=browser.service_url)
        wait_ready(page)

        # A team server that asks for a token: refused without it, read once it is set (X-Scannable-Token).
        token = "team-token-for-the-browser-test"
        team = LiveServer(tmp_path, env={"SCANNABLE_TOKEN": token})
        try:
            browser.settings(serverUrl=team.url)
            page.reload()
            page.wait_for_selector("scannable-overlay[data-state=error]", state="attached", timeout=30_000)
            expect(state).to_contain_text("The service refused the access token.")
            browser.token(token)
            wait_ready(page)
        finally:
            browser.token("")
            browser.settings(serverUrl=browser.service_url)
            team.stop()
        wait_ready(page)

        # Pause: everything goes, everywhere; a profile opened while paused is not sent.
        browser.settings(paused=True)
        page.wait_for_selector("scannable-overlay", state="detached", timeout=10_000)
        assert page.evaluate("CSS.highlights.size") == 0
        other = browser.open("/in/paused-sample/", sample)
        other.wait_for_timeout(2_000)
        assert other.locator("scannable-overlay").count() == 0
        browser.settings(paused=False)
        wait_ready(other)
        other.close()

        # A LinkedIn page that is not a profile: nothing is sent until the toolbar button is clicked.
        jobs = browser.open("/jobs/view/4242/", sample)
        jobs.wait_for_timeout(2_000)
        assert jobs.locator("scannable-overlay").count() == 0
        # Without the "tabs" permission tab URLs are hidden: the newest tab (highest id) is this one.
        browser.worker.evaluate("""async () => { const tabs = await chrome.tabs.query({});
          await scannableRunOnTab({ id: Math.max(...tabs.map((t) => t.id)) }); }""")
        wait_ready(jobs)
        jobs.close()

        # Another site: nothing runs until the toolbar button is clicked.
        browser.context.route("https://profiles.example.org/**", lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=sample))
        elsewhere = browser.context.new_page()
        elsewhere.goto("https://profiles.example.org/maya/")
        elsewhere.wait_for_timeout(2_000)
        assert elsewhere.locator("scannable-overlay").count() == 0
        elsewhere.close()
        page.close()
    finally:
        browser.settings(serverUrl=browser.service_url, paused=False)


@pytest.mark.realdata
@pytest.mark.parametrize("n", range(3))
def test_real_linkedin_captures(browser, n):
    captures = real_captures()
    if n >= len(captures):
        pytest.skip(f"real capture {n} not available here (../shared/data/linkedin-pages)")
    html = decode(captures[n].read_bytes())
    page = browser.open(f"/in/real-capture-{n}/", html)
    wait_ready(page, timeout=60_000)
    answer = served_answer(browser, page)
    host = page.locator("scannable-overlay")
    anchored, orphans = int(host.get_attribute("data-anchored")), int(host.get_attribute("data-orphans"))
    assert anchored + orphans == len(answer["items"]), "every annotation is highlighted or listed as not found"
    assert answer["items"] and orphans == 0
    found = page.evaluate(HIGHLIGHTS_JS)
    for kind in ("outcome", "credential", "recommendation"):
        assert sorted(r["text"] for r in found.get(f"scannable-{kind}", [])) == exacts(answer, kind), kind
    assert not [r for ranges in found.values() for r in ranges if r["hidden"]]
    page.close()


def test_demo_page_shows_the_same_overlay_under_its_csp(browser, live_server):
    page = browser.context.new_page()
    problems = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda err: problems.append(str(err)))
    page.goto(live_server.url + "/demo")
    wait_ready(page)
    answer = requests.get(live_server.url + "/demo/annotations.json", timeout=30).json()
    host = page.locator("scannable-overlay")
    assert host.get_attribute("data-anchored") == str(len(answer["items"])) and host.get_attribute("data-orphans") == "0"
    found = page.evaluate(HIGHLIGHTS_JS)
    assert sorted(r["text"] for r in found["scannable-outcome"]) == exacts(answer, "outcome")
    assert not [p for p in problems if "Content Security Policy" in p or "Uncaught" in p], problems
    page.close()


def test_fallback_highlighting_wraps_the_words_and_shows_the_card_on_focus(browser, live_server):
    """Where the CSS Custom Highlight API is missing, <mark> elements carry the highlights (forced here on /demo)."""
    page = browser.context.new_page()
    page.goto(live_server.url + "/demo?highlight=wrap")
    wait_ready(page)
    answer = requests.get(live_server.url + "/demo/annotations.json", timeout=30).json()
    assert page.locator("scannable-overlay").get_attribute("data-highlight") == "wrap"
    assert page.evaluate("CSS.highlights.size") == 0
    marked = page.evaluate(MARKED_TEXT_JS)
    assert marked == {item["id"]: collapse(item["target"]["selector"][0]["exact"]) for item in answer["items"]}
    first = answer["items"][0]
    page.locator(f'mark.scannable-mark[data-scannable-id~="{first["id"]}"]').first.focus()
    card = page.locator("scannable-overlay .card")
    expect(card).to_be_visible()
    expect(card).to_contain_text(body(first, "questioning"))
    page.close()


def test_options_page_sets_server_token_and_pause(browser):
    options = browser.context.new_page()
    options.goto(browser.worker.url.replace("/sw.js", "/options.html"))
    expect(options.locator("#server")).to_have_value(browser.service_url)
    options.fill("#server", "javascript:alert(1)")
    options.click("button[type=submit]")
    expect(options.locator("#status")).to_contain_text("must be an http:// or https:// address")
    options.fill("#server", browser.service_url + "/")
    options.fill("#token", "  a-token-with-spaces  ")
    options.click("button[type=submit]")
    expect(options.locator("#status")).to_have_text("Saved.")
    stored = browser.worker.evaluate("async () => [await chrome.storage.sync.get(null), await chrome.storage.local.get(null)]")
    assert stored[0]["serverUrl"] == browser.service_url and stored[1]["token"] == "a-token-with-spaces"
    options.click("#test")
    expect(options.locator("#status")).to_have_text("The service answers.")
    options.check("#paused")
    expect(options.locator("#status")).to_have_text("Paused everywhere.")
    assert browser.worker.evaluate("async () => (await chrome.storage.sync.get('paused')).paused") is True
    options.uncheck("#paused")
    expect(options.locator("#status")).to_have_text("Running again.")
    browser.token("")
    assert browser.worker.evaluate("async () => (await chrome.storage.sync.get('paused')).paused") is False
    options.close()
