"""What each finding is worth, and the one line a reader sees about it."""
from __future__ import annotations

import re


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


def test_a_metric_cut_mid_phrase_is_left_out_of_the_description():
    import extractors
    resume = ("Experience\nSales Representative, Example Pharma, 2014 - 2017\n"
              "Achieved 115% to goal for 2016 new business.\n"
              "Awarded 1st place in the regional sales contest.\n")
    findings, _ = extractors.analyse(extractors.read_text(resume), "2024-12")
    by_quote = {f.block.text[f.start:f.end]: f for f in findings}
    goal = next(f for q, f in by_quote.items() if "115%" in q)
    assert goal.describe.startswith("Outcome: a measured result (115%)."), goal.describe   # not "in to goal"
    first = next(f for q, f in by_quote.items() if "1st place" in q)
    assert "(1st place)" in first.describe, first.describe                                  # not "(place 1)"


def test_metric_words_keep_noun_phrases_and_drop_fragments():
    from extractors.assess.words import metric_words
    kept = ["market share", "customer renewal rate", "front office collections", "annual quota"]
    dropped = ["to goal", "over KPI", "top performer out", "new cars)", "/55 (", "2016", "some areas", "or"]
    assert [metric_words(m) for m in kept] == kept
    assert [metric_words(m) for m in dropped] == [None] * len(dropped)


def test_a_scope_line_says_what_the_count_counts():
    import extractors
    resume = ("Experience\nStore Manager, Example Retail, 2014 - 2017\n"
              "Supervised a team of 35 associates across 2 shifts.\n"
              "Managed five Dayton-area high schools' outreach.\n")
    findings, _ = extractors.analyse(extractors.read_text(resume), "2024-12")
    lines = [f.describe for f in findings if f.kind == "scope"]
    assert any("(team of 35 associates)" in line for line in lines), lines     # not "(35)"
    assert not any(re.search(r"\(\d+\)", line) for line in lines), lines


def test_the_samples_scope_lines_name_what_is_counted(sample):
    _, findings, _ = sample
    lines = {f.quote: f.describe for f in findings if f.kind == "scope"}
    assert "(40 enterprise accounts)" in lines["40 enterprise accounts"]
    assert "($5M annual budget)" in lines["$5M annual budget"]
