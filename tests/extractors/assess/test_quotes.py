"""The clause a prompt quotes back: the candidate's words around a number, one claim, short enough to read aloud."""
from __future__ import annotations

import pytest

from extractors.assess.quotes import claim, sentences

CASES = [
    # (text, the finder's span, the clause an interviewer should quote)
    ("Doubled checkout conversion on mobile over a 15 month period with a redesigned one-page flow.",
     "Doubled", "Doubled checkout conversion on mobile over a 15 month period"),
    ("Grew self-serve revenue from $4.2M to $11M ARR in two years and cut onboarding time from 10 days to 2.",
     "cut onboarding time from 10 days to 2", "cut onboarding time from 10 days to 2"),
    ("Led a team of 12 product managers and designers across 3 product lines, with a $5M annual budget.",
     "3 product lines", "Led a team of 12 product managers and designers across 3 product lines"),
    ("Reduced payment failure rate from 4.1% to 1.3%, recovering $2.4M in annual revenue.",
     "recovering $2.4M", "Reduced payment failure rate from 4.1% to 1.3%, recovering $2.4M in annual revenue"),
    # Anonymised livecareer bullet: "and" inside one claim ("create and publish") does not split it.
    ("Introduced shadow boards and reduced tool loss by 50%, saving over $1M in lost or stolen tools.",
     "reduced tool loss by 50%", "Introduced shadow boards and reduced tool loss by 50%"),
    ("Reduced onboarding time by 60% by rebuilding the setup flow.", "Reduced onboarding time by 60%",
     "Reduced onboarding time by 60%"),
    ("\uf0d8 Created ETL packages\n\uf0d8 Cut nightly load time by 70% through partitioning\n",
     "Cut nightly load time by 70%", "Cut nightly load time by 70%"),
    # Bullets as Word and pdftotext exports garble them (UTF-8 read as Windows-1252; Kaggle's with a byte lost), run
    # into one line: each starts and ends a claim, never part of the quote
    ("Designed graphics for tees Â· Cut sample costs by 12% in one season Â· Worked with vendors",
     "12%", "Cut sample costs by 12% in one season"),
    ("Ranked 4th of 120 agents nationwide â€¢ Conducted site visits", "4th of 120",
     "Ranked 4th of 120 agents nationwide"),
    ("Kept the stockroom âž¢ Opened 25 new accounts in a year", "25", "Opened 25 new accounts in a year"),
    ("Installed servers \ufffd?\ufffd Cut downtime by 30%", "30%", "Cut downtime by 30%"),
    # every mark of text.BULLET_MARKS starts a claim as it ends one, not only the commonest
    ("Kept the stockroom ➢ Opened 25 new accounts in a year ➢ Trained staff", "25", "Opened 25 new accounts in a year"),
    ("Led the night shift ✓ Cut downtime by 30% ✓ Ran audits", "30%", "Cut downtime by 30%"),
    # a full stop after a lone letter is an initial or an abbreviation, not the claim's end (55 of 22,223 claims
    # over every third livecareer/Kaggle text had been cut there: "... 400 critical U.S")
    ("Generated and released over 400 critical U.S. Navy work orders.", "400",
     "Generated and released over 400 critical U.S. Navy work orders"),
    ("Completed 12 courses with J. J. Example & Associates in 2016.", "12",
     "Completed 12 courses with J. J. Example & Associates in 2016"),
    # a non-breaking space as mojibake leaves a stray "Â": no word of the claim
    ("Cut job analysis from four months to 11 calendar days.Â", "11",
     "Cut job analysis from four months to 11 calendar days."),
]


@pytest.mark.parametrize("text, span, expected", CASES)
def test_claim_examples(text, span, expected):
    start = text.index(span)
    assert claim(text, start, start + len(span)) == expected


def test_a_long_sentence_is_cut_at_word_edges_around_the_number():
    text = ("Partnered with data science to build the experimentation programme and ran our first pricing tests "
            "with 40 enterprise accounts, a rollout that needed careful coordination with legal and finance.")
    start = text.index("40")
    quoted = claim(text, start, start + 2, limit=60)
    # The clause's opening (who did what) is kept and the middle elided; the cut after the number is marked.
    assert "40 enterprise" in quoted and quoted.startswith("Partnered with") and " […] " in quoted
    assert quoted.endswith("…")
    assert len(quoted) <= 62
    assert all(word in text.split() for word in quoted.replace("[…]", " ").replace("…", " ").split())   # whole words only


@pytest.mark.parametrize("text, span, expected", [
    # The subject sits far before the verb: keep it, mark the words left out "[…]", never open on "…their own harvests was".
    ("Gardenbot, our team's plan for a solar watering kit with which allotment holders can track and share their own "
     "harvests, was chosen as one of the Top 15 entries in the Example Green Challenge 2021.",
     "chosen as one of the Top 15",
     "Gardenbot, our team's plan […] their own harvests, was chosen as one of the Top 15 entries in the Example…"),
    # The clause ends with the number: no trailing "…" as if more followed.
    ("Designed and implemented incremental loading of the reporting tables with the help of lookup tables which "
     "reduces the nightly run time by 40 percent",
     "reduces the nightly run time by 40 percent",
     "Designed and […] lookup tables which reduces the nightly run time by 40 percent"),
])
def test_a_long_clause_keeps_its_opening_and_elides_the_middle(text, span, expected):
    start = text.index(span)
    assert claim(text, start, start + len(span)) == expected


def test_sentences():
    assert sentences("Maya turned it around. When she took over, it was failing.\nGreat.") == [
        "Maya turned it around.", "When she took over, it was failing.", "Great."]
