"""The annotation contract: every output validates, quotes are true to the text, ids are stable."""
from __future__ import annotations

import extractors
from extractors.text import collapse

RESUME = """Jordan Example
Summary
Sales leader. Increased market share 27% in 15 months and doubled revenue over a 15 month period.
Experience
Regional Sales Manager
Managed a team of 12 reps across 40 enterprise accounts.
Certifications
PMP, Six Sigma Green Belt
"""


def test_sample_profile_output_is_valid_and_has_every_kind(validate, sample_html):
    out = validate(extractors.annotate(sample_html, "https://www.linkedin.com/in/maya-okafor-sample/"))
    kinds = {item["scannable"]["kind"] for item in out["items"]}
    assert {"outcome", "scope", "credential", "recommendation"} <= kinds
    assert out["summary"]["profile"]["name"] == "Maya Okafor"
    assert out["total"] == len(out["items"])


def test_every_item_has_tagging_describing_and_quote(sample_html):
    out = extractors.annotate(sample_html)
    for item in out["items"]:
        purposes = [b["purpose"] for b in item["body"]]
        assert purposes[:2] == ["tagging", "describing"]
        assert item["body"][0]["value"] == item["scannable"]["kind"]
        quote = item["target"]["selector"][0]
        assert quote["type"] == "TextQuoteSelector"
        assert quote["exact"] == collapse(quote["exact"]), "exact is whitespace-collapsed"
        assert len(quote["prefix"]) <= 32 and len(quote["suffix"]) <= 32


def test_ids_are_stable_across_runs(sample_html):
    first = [i["id"] for i in extractors.annotate(sample_html)["items"]]
    second = [i["id"] for i in extractors.annotate(sample_html)["items"]]
    assert first == second and len(set(first)) == len(first)


def test_plain_text_positions_point_at_the_quote(validate):
    out = validate(extractors.annotate(RESUME, text=True))
    assert out["summary"]["page_kind"] == "plaintext"
    assert out["items"], "the resume has outcomes, scope and credentials"
    for item in out["items"]:
        quote, position = item["target"]["selector"][:2]
        assert position["type"] == "TextPositionSelector"
        assert collapse(RESUME[position["start"]:position["end"]]) == quote["exact"]
        assert collapse(RESUME[:position["start"]]).endswith(quote["prefix"].strip())


def test_plain_text_finds_the_article_examples():
    out = extractors.annotate(RESUME, text=True)
    exacts = [i["target"]["selector"][0]["exact"] for i in out["items"] if i["scannable"]["kind"] == "outcome"]
    assert "Increased market share 27%" in exacts
    assert any(e.startswith("doubled") for e in exacts)
    creds = {i["scannable"]["name"] for i in out["items"] if i["scannable"]["kind"] == "credential"}
    assert {"Project Management Professional", "Six Sigma Green Belt"} <= creds
