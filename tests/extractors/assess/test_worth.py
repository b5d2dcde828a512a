"""What each finding is worth, and the one line a reader sees about it."""
from __future__ import annotations


def test_descriptions_read_as_a_person_would_write_them(sample):
    _, findings, _ = sample
    by_quote = {f.quote: f for f in findings}
    revenue = next(f for f in findings if f.quote.startswith("Grew self-serve revenue from $4.2M"))
    assert revenue.describe.startswith("Outcome: a financial result in ") and "($4.2M" in revenue.describe
    ranked = next(f for f in findings if f.quote.startswith("Ranked #1 of 40"))
    assert ranked.describe.startswith("Outcome: a measured result in ") and "satisfaction" in ranked.describe
    assert "(#1 of 40)." in ranked.describe
    cspo = by_quote["Certified Scrum Product Owner (CSPO)"]
    assert "trust, but verify" in cspo.describe and cspo.describe.endswith("It has expired.")
    manager = next(f for f in findings if f.kind == "recommendation" and f.data["relationship"] == "managed-directly")
    assert manager.describe.startswith("Recommendation from Daniel Reyes, who managed them directly;")


def test_financial_results_outweigh_other_results_and_certificates_weigh_least(sample):
    _, findings, _ = sample
    financial = min(f.weight for f in findings if f.kind == "outcome" and f.data.get("financial"))
    other = max(f.weight for f in findings if f.kind == "outcome" and not f.data.get("financial"))
    credential = max(f.weight for f in findings if f.kind == "credential")
    assert financial > other > credential
