"""The recruiter's quick read: strongest evidence, who vouches, what certificates are worth, open questions; no hire score."""
from __future__ import annotations

import json
import re


def test_the_quick_read_of_the_sample(sample):
    _, findings, summary = sample
    q = summary["quick_read"]
    lines = q["lines"]
    outcomes = [f for f in findings if f.kind == "outcome"]
    financial = sum(1 for f in outcomes if f.data.get("financial"))
    assert lines[0].startswith(f"Strongest evidence ({len(outcomes)} results in numbers, {financial} financial): "
                               "\"Grew self-serve revenue from $4.2M to $11M ARR in two years\" (About)")
    assert all(s["financial"] for s in q["strongest"])      # financial results first
    for s in q["strongest"]:
        assert (f"{' and '.join(s['vouched_by'])} says so too" in lines[0]) == bool(s["vouched_by"])
    assert lines[1].startswith("Who vouches: Daniel Reyes (their manager at Tidewater Commerce), Priya Natarajan")
    assert "1 from a direct manager" in lines[1]
    creds = [f for f in findings if f.kind == "credential"]
    tiers: dict[str, int] = {}
    for f in creds:
        tiers[f.data.get("tier") or "unknown"] = tiers.get(f.data.get("tier") or "unknown", 0) + 1
    # 4 of the 6 on the page are shown; the CSPO lapsed in Sep 2024, the PMP runs to Apr 2026.
    assert q["certificates"] == {"listed": 4, "on_page_total": 6, "verifiable": 2, "expired": 1, "tiers": tiers}
    assert tiers["experience-gated"] == 1 and tiers["course"] == 1     # the PMP; Pragmatic Institute
    assert "Shorthand for knowledge, not proof of skill" in lines[2]
    assert any(line.startswith("Career: 11 years 6 months") for line in lines)
    assert lines[-1].startswith(f"Open questions ({len(q['open_questions'])}), to ask: ")


def test_there_is_no_hire_score(sample):
    _, _, summary = sample
    text = json.dumps(summary["quick_read"])
    assert not re.search(r"(?i)hire|reject|\bscore\b|/100|rating", text)


def test_real_captures_quick_read(capture):
    _, findings, summary = capture
    q = summary["quick_read"]
    recs = [f for f in findings if f.kind == "recommendation"]
    assert len(q["vouches"]) == len(recs)
    assert q["certificates"]["listed"] == sum(1 for f in findings if f.kind == "credential")
    assert len(q["strongest"]) == min(3, sum(1 for f in findings if f.kind == "outcome"))
    assert not re.search(r"(?i)\bscore\b|/100", " ".join(q["lines"]))


def _quick_read(resume: str) -> list[str]:
    import extractors
    _, summary = extractors.analyse(extractors.read_text(resume), "2024-12")
    return summary["quick_read"]["lines"]


def test_two_results_in_one_claim_are_quoted_once_and_plural_tiers_read_as_plurals():
    lines = _quick_read("Experience\n"
                        "Social Media Manager, Example Co, 2015 - 2018\n"
                        "Grew our Instagram audience (180k followers in 2013 vs 2.2m followers in 2017).\n"
                        "Cut agency spend 30% in 2016.\n"
                        "Certifications\n"
                        "Hootsuite Social Marketing Certification, Hootsuite, 2017\n"
                        "HubSpot Content Marketing Certification, HubSpot Academy, 2018\n")
    strongest = lines[0]
    assert strongest.count("Grew our Instagram audience") == 1, strongest
    assert " more." not in strongest                  # two claims, both quoted: nothing left to count
    certificates = lines[2]
    assert "2 course certificates" in certificates, certificates
