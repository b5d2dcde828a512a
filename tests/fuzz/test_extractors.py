"""Property-based tests over the extractors: whatever the page or text, annotate never raises (but for a
page it refuses by name), its output is valid against the JSON Schema, and every quote and offset is
consistent with the input.

Inputs mix the words the finders look for (verbs, metrics, money, percentages, credentials, section
headings) with arbitrary Unicode (lone surrogates and control characters included), in arbitrary
HTML trees. `make fuzz` runs many more examples (SCANNABLE_FUZZ_EXAMPLES).
"""
from __future__ import annotations

import os

import pytest
import regex
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import extractors
from extractors.pages.html import parse, text_of
from extractors.text import collapse

EXAMPLES = int(os.environ.get("SCANNABLE_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

WORDS = ["grew", "increased", "cut", "reduced", "doubled", "revenue", "market share", "churn", "by", "from",
         "to", "in", "over", "15 months", "27%", "$4.2M", "€1,200", "3x", "#1 of 40", "top 5%", "a team of 12",
         "PMP", "CSPO", "Certified Scrum Product Owner", "AWS Certified", "PE", "CPA", "Experience",
         "Licenses & certifications", "Recommendations", "About", "Education", "Skills", "managed",
         "Jan 2019 - Present", "2015 - 2018", "·", "…see more", "1,234,567", "0.5", "%", "$", ",", ".", "-"]
# Any code point at all, surrogates and controls included: JSON carries them, so the service gets them.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
PHRASE = st.lists(st.one_of(st.sampled_from(WORDS), st.text(ANY_CHAR, max_size=8)), max_size=12).map(" ".join)
TAGS = ["p", "li", "ul", "div", "span", "h1", "h2", "h3", "section", "br", "b", "script", "style", "td", "tr",
        "table", "blockquote", "dd", "template", "code", "a"]


@st.composite
def html_trees(draw, depth=0):
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(st.sampled_from(["", ' id="experience"', ' class="visually-hidden"', " hidden", ' id="x"']))
    children = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        children.append(draw(st.one_of(PHRASE.map(_escape), html_trees(depth=depth + 1))))
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


PAGES = st.builds(lambda head, trees: head + "".join(trees),
                  st.sampled_from(["", "<!DOCTYPE html><html><body>", "<html><head><title>t</title></head><body>"]),
                  st.lists(html_trees(), min_size=1, max_size=5))
URLS = st.one_of(st.none(), st.sampled_from(["https://www.linkedin.com/in/someone/", "https://example.org/cv"]))


def _annotate(source: str, url: str | None, text: bool) -> dict | None:
    try:
        return extractors.annotate(source, url, text=text)
    except extractors.PageRefused as refused:   # the one error allowed, and it names its reason
        assert refused.code and refused.message
        return None


def _quotes(item: dict) -> dict:
    return next(s for s in item["target"]["selector"] if s["type"] == "TextQuoteSelector")


@FUZZ
@given(page=PAGES, url=URLS)
def test_any_page_gives_a_valid_collection_whose_quotes_are_on_the_page(page, url, validate):
    result = _annotate(page, url, text=False)
    if result is None:
        return
    validate(result)
    event(f"annotations: {min(len(result['items']), 3)}{'+' if len(result['items']) >= 3 else ''}")
    # Every quote, with its context, is the visible text of the element its XPathSelector names (as
    # the extension scopes its search), compared without whitespace (line breaks become spaces).
    root = parse(page)
    for item in result["items"]:
        quote = _quotes(item)
        assert quote["exact"].strip(), item
        words = _squeezed(quote["prefix"] + quote["exact"] + quote["suffix"])
        path = next((s["value"] for s in item["target"]["selector"] if s["type"] == "XPathSelector"), None)
        elements = root.xpath(path) if path else list(root.iter())   # no locator: some element's text
        assert elements, f"{path} names no element of the page"
        assert any(words in _squeezed(text_of(el)) for el in elements), item


def _squeezed(text: str) -> str:
    return regex.sub(r"\s+", "", text)


@FUZZ
@given(lines=st.lists(PHRASE, max_size=15), url=URLS)
def test_any_text_gives_a_valid_collection_whose_offsets_hold_its_quotes(lines, url, validate):
    source = "\n".join(lines)
    result = _annotate(source, url, text=True)
    if result is None:
        return
    validate(result)
    event(f"annotations: {min(len(result['items']), 3)}{'+' if len(result['items']) >= 3 else ''}")
    for item in result["items"]:
        quote = _quotes(item)
        position = next(s for s in item["target"]["selector"] if s["type"] == "TextPositionSelector")
        start, end = position["start"], position["end"]
        assert 0 <= start < end <= len(source), item
        assert collapse(source[start:end]) == quote["exact"], item
        assert collapse(source[:start]).endswith(quote["prefix"].strip()), item
        assert collapse(source[end:]).startswith(quote["suffix"].strip()), item


@FUZZ
@given(data=st.binary(max_size=400))
def test_any_bytes_decoded_as_the_cli_does_never_raise(data, validate):
    from extractors.text import decode

    for as_text in (False, True):
        result = _annotate(decode(data), None, text=as_text)
        if result is not None:
            validate(result)


# Found by the property above: the generic adapter read paragraphs inside <template> and hidden containers.
@pytest.mark.parametrize("page", ['<template><p>Grew revenue 27% in 15 months</p></template>',
                                  '<div class="visually-hidden"><p>Grew revenue 27% in 15 months</p></div>',
                                  '<div hidden><ul><li>Grew revenue 27% in 15 months</li></ul></div>',
                                  '<noscript><p>Grew revenue 27% in 15 months</p></noscript>'])
def test_text_no_reader_sees_is_not_annotated(page):
    assert extractors.annotate(page, None)["items"] == []
    visible = extractors.annotate(page.replace("template", "div").replace("noscript", "div")
                                  .replace("visually-hidden", "x").replace(" hidden", ""), None)
    assert [i["scannable"]["kind"] for i in visible["items"]] == ["outcome"]
