"""Choosing the adapter: automatic from URL and markup, visible as summary.page_kind; one parse per page."""
from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import extractors
from extractors.pages import read_html
from tests.conftest import SAMPLE_PROFILE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


@pytest.mark.parametrize("page, url, kind", [
    (SAMPLE_PROFILE, None, "linkedin-pvs"),
    (FIXTURES / "sdui-profile.html", None, "linkedin-sdui"),
    (FIXTURES / "sdui-profile.html", "https://www.linkedin.com/in/ines-vandermeer-example/", "linkedin-sdui"),
    (FIXTURES / "personal-site.html", "https://dana-whitcombe.example/", "generic"),
    (FIXTURES / "recruiter-profile.html", None, "linkedin-recruiter"),
    (FIXTURES / "authwall.html", "https://www.linkedin.com/authwall?trk=x", "linkedin-authwall"),
    (FIXTURES / "not-found.html", None, "linkedin-unavailable"),
])
def test_adapter_is_chosen_from_markup_and_url_and_shown(page, url, kind, validate):
    out = validate(extractors.annotate(page.read_text("utf-8"), url))
    assert out["summary"]["page_kind"] == kind


def test_a_plain_page_on_a_linkedin_url_is_still_generic():
    assert read_html("<h1>Release notes</h1><p>Faster search.</p>", "https://www.linkedin.com/in/x/").page_kind == "generic"


@pytest.mark.parametrize("page", [SAMPLE_PROFILE, FIXTURES / "sdui-profile.html", FIXTURES / "personal-site.html"],
                         ids=lambda p: p.stem)
def test_one_parse_per_request(page, monkeypatch):
    calls = []
    real = lxml.html.document_fromstring
    monkeypatch.setattr(lxml.html, "document_fromstring", lambda *a, **k: calls.append(1) or real(*a, **k))
    extractors.annotate(page.read_text("utf-8"))
    assert len(calls) == 1


def _main_only(html: str) -> str:
    from extractors.pages.html import parse
    return lxml.html.tostring(parse(html).xpath("//main")[0], encoding=str)


@pytest.mark.parametrize("page", [SAMPLE_PROFILE, FIXTURES / "sdui-profile.html"], ids=lambda p: p.stem)
def test_the_main_element_alone_reads_like_the_whole_page(page):
    """The extension sends `main.outerHTML`, not the page: no <head>, no nav bar."""
    from tests.extractors.pages import facts
    html = page.read_text("utf-8")
    url = "https://www.linkedin.com/in/someone/"
    assert facts.of(read_html(_main_only(html), url)) == facts.of(read_html(html, url))


@pytest.mark.realdata
def test_each_capture_main_element_alone_reads_like_the_whole_page():
    from extractors.text import decode
    from tests.conftest import real_captures
    from tests.extractors.pages import facts
    pages = real_captures()
    if not pages:
        pytest.skip("real captures not available here (../shared/data/linkedin-pages)")
    for page in pages:
        html = decode(page.read_bytes())
        url = "https://www.linkedin.com/in/someone/"
        assert facts.of(read_html(_main_only(html), url)) == facts.of(read_html(html, url)), page.name[:20]
