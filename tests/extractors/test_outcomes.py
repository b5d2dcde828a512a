"""The outcome and scope finder, as a table of real examples: outcomes, scope, negatives, bugs caught in the wild.

Most rows are single anonymised bullets from the livecareer and Kaggle résumé sets (../shared/data/real-text);
the rest are the founding article's examples and sentences written to pin one behaviour down.
"""
from __future__ import annotations

import doctest
import importlib
import json
import math
import pkgutil
import random

import pytest

from extractors.finders import outcomes, vocabulary
from extractors.finders.outcomes import find_quantities, shadow, timeframe

from ..conftest import shared


def found(text: str) -> list[tuple[str, str]]:
    return [(q.kind, text[q.start:q.end]) for q in find_quantities(text)]


def only(text: str, kind: str = "outcome"):
    qs = [q for q in find_quantities(text) if q.kind == kind]
    assert len(qs) == 1, found(text)
    return qs[0]


# --- Outcomes: text, the quote (verb to magnitude), the normalised magnitude -----------------------------------------
OUTCOMES = [
    # the founding article
    ("Increased market share 27% in 15 months.", "Increased market share 27%", {"value": 27.0, "unit": "percent"}),
    ("Sales leader who doubled revenue over a 15 month period.", "doubled revenue", {"value": 2.0, "unit": "multiplier"}),
    # livecareer bullets
    ("Reduced material costs by $10,000,000 through strategic sourcing and vendor consolidation.",
     "Reduced material costs by $10,000,000", {"value": 10_000_000.0, "unit": "USD"}),
    ("Increased employee new hires by 65%.", "Increased employee new hires by 65%", {"value": 65.0, "unit": "percent"}),
    ("Directly increase sales by $10,000 monthly.", "increase sales by $10,000", {"value": 10_000.0, "unit": "USD"}),
    ("Increased cost efficiency, projected at $1.5M per annum.", "Increased cost efficiency, projected at $1.5M",
     {"value": 1_500_000.0, "unit": "USD"}),
    ("Planned and managed a budget; researched departmental systems resulting in $300k yearly saving.",
     "resulting in $300k yearly saving", {"value": 300_000.0, "unit": "USD"}),
    ("2010 Gallup surveys indicated a 48% increase in employee satisfaction over two years in the Managed Care department.",
     "48% increase in employee satisfaction", {"value": 48.0, "unit": "percent"}),
    ("Achieved 100% over KPI (key performance indicator) goal.", "Achieved 100% over KPI", {"value": 100.0, "unit": "percent"}),
    ("Exceeded quota on a monthly basis, averaging 140% to plan.", "averaging 140% to plan", {"value": 140.0, "unit": "percent"}),
    ("Graduated in the top 10% of the class", "Graduated in the top 10%", {"value": 10.0, "unit": "top percent"}),
    ("Spearheaded phone system migration to the cloud , resulting in a 99.999 % uptime in the phone system.",
     "resulting in a 99.999 % uptime", {"value": 99.999, "unit": "percent"}),
    ("Consistently ranked #1 site every month in 2010.", "ranked #1", {"value": 1.0, "unit": "rank"}),
    ("Our team took 2nd place in a regional hackathon", "2nd place", {"value": 2.0, "unit": "place"}),
    ("Onboarding time for new customers was reduced by 8 times.", "reduced by 8 times", {"value": 8.0, "unit": "multiplier"}),
    ("Implemented a macro-enabled reconciliation template, which increased effectiveness by twenty percent.",
     "increased effectiveness by twenty percent", {"value": 20.0, "unit": "percent"}),
    ("Identified new vendors, which reduced warranty calls by thirty percent in the first two months",
     "reduced warranty calls by thirty percent", {"value": 30.0, "unit": "percent"}),
    ("Individually raised $3,800+ for the conference from external sources.", "raised $3,800+",
     {"value": 3800.0, "unit": "USD", "bound": "lower"}),
    ("Brought sponsorship of Rs. 15,000 from Platinum Auto in 2017, Pune.", "Brought sponsorship of Rs. 15,000",
     {"value": 15_000.0, "unit": "INR"}),
    ("Captured $70-million in cost savings per year through a reverse logistics program.", "Captured $70-million",
     {"value": 70_000_000.0, "unit": "USD"}),
    ("District winner achieved 110% over last year Credit Goals.", "achieved 110% over last year Credit Goals",
     {"value": 110.0, "unit": "percent"}),
    ("Portfolio management realizing 20-25% annually over 5 year period", "realizing 20-25%",
     {"value": 20.0, "high": 25.0, "unit": "percent"}),
    ("Improved gross margin by 3 percentage points.", "Improved gross margin by 3 percentage points",
     {"value": 3.0, "unit": "percentage points"}),
    ("Cut churn 150 bps in two quarters.", "Cut churn 150 bps", {"value": 1.5, "unit": "percentage points"}),
    ("Grew GMV 3x in 18 months", "Grew GMV 3x", {"value": 3.0, "unit": "multiplier"}),
    ("Used consultative sales and relationship-building to more than double the sales in 2 years",
     "double the sales", {"value": 2.0, "unit": "multiplier", "bound": "lower"}),
    ("Halved onboarding time for new analysts", "Halved onboarding time", {"value": 0.5, "unit": "multiplier"}),
    ("Generated €1.2bn in new bookings", "Generated €1.2bn", {"value": 1_200_000_000.0, "unit": "EUR"}),
    ("Saved £250K a year on licences", "Saved £250K", {"value": 250_000.0, "unit": "GBP"}),
    ("Recovered ₹4.5 crore of bad debt", "Recovered ₹4.5 crore", {"value": 45_000_000.0, "unit": "INR"}),
    ("Closed ¥300M in enterprise deals", "Closed ¥300M", {"value": 300_000_000.0, "unit": "JPY"}),
    ("Closed 42 new enterprise accounts in FY22", "Closed 42 new enterprise accounts", {"value": 42.0, "unit": "count"}),
    ("Drove over 45,000 downloads in App Store from launch.", "Drove over 45,000 downloads",
     {"value": 45_000.0, "unit": "count", "bound": "lower"}),
    # income after a verb of making is money the work made, not a size handled (but "Built a $5M sales team" is scope)
    ("Launched successful marketing initiatives for new clothing lines with first year sales ranging between $1.8 M - $15M"
     " in sales", "$1.8 M - $15M", {"value": 1_800_000.0, "high": 15_000_000.0, "unit": "USD"}),
    ("Built a $3M enterprise pipeline in a new region.", "$3M", {"value": 3_000_000.0, "unit": "USD"}),
]


@pytest.mark.parametrize("text, quote, magnitude", OUTCOMES, ids=[row[1][:40] for row in OUTCOMES])
def test_outcomes_are_quoted_from_verb_to_magnitude(text, quote, magnitude):
    q = next((q for q in find_quantities(text) if q.kind == "outcome"), None)
    assert q is not None, found(text)
    assert text[q.start:q.end] == quote
    assert {k: q.magnitude.get(k) for k in magnitude} == magnitude


# --- Scope: the size of what someone was trusted with -------------------------------------------------------------
SCOPE = [
    ("Managed a crew of 40 subordinate enlisted.", "crew of 40 subordinate enlisted", 40.0, "count"),
    ("Trained and supervised team of seven interns.", "team of seven interns", 7.0, "count"),
    ("Managed annual budget of $2M.", "budget of $2M", 2_000_000.0, "USD"),
    ("Planned and managed ad spend budgets in excess of $200k.", "in excess of $200k", 200_000.0, "USD"),
    ("Identified prospective customers performing an average of 60 cold calls per day.", "an average of 60 cold calls", 60.0, "count"),
    ("Serve as an instructional leader, managing inclusive classes comprised of 22-27 students of varying levels.",
     "classes comprised of 22-27 students", 22.0, "count"),
    ("Supervised 50 cross-functional employees while overseeing 1,800 residents in 7 high-rise residential properties.",
     "50 cross-functional employees", 50.0, "count"),
    ("Payroll Management: Salary restructuring to process payroll of 600 employees.", "payroll of 600 employees", 600.0, "count"),
    ("Resource & shift management of 5 SQL DBAs from offshore in multi-client environment.", "5 SQL DBAs", 5.0, "count"),
    ("Maintained 100% accountability of equipment worth over $65 million during deployments.", "equipment worth over $65 million",
     65_000_000.0, "USD"),
    ("A 231-bed hospital, part of a not-for-profit health system", "231-bed", 231.0, "count"),
    ("description - Team Size: 15+", "Team Size: 15+", 15.0, "count"),
    ("Built a $5M sales team from scratch.", "$5M sales team", 5_000_000.0, "USD"),
]


@pytest.mark.parametrize("text, quote, value, unit", SCOPE, ids=[row[1][:40] for row in SCOPE])
def test_scope_is_the_size_of_what_was_handled(text, quote, value, unit):
    q = next((q for q in find_quantities(text) if q.kind == "scope"), None)
    assert q is not None, found(text)
    assert text[q.start:q.end] == quote
    assert (q.magnitude["value"], q.magnitude["unit"]) == (value, unit)
    assert q.direction is None


# --- Neither: numbers that are not claims -------------------------------------------------------------------------
NEITHER = [
    "Company Name July 2011 to November 2012 Accountant",
    "09/2014 to 09/2015",
    "Operations leader with 25 years of management experience.",
    "7 years of experience in backend development",
    "Full stack engineer (70% – BACKEND WORK AND 30% – FRONTEND)",
    "Front-end work in React (about 50% of my time).",
    "CSS- Exprience - 31 months",
    "Maintain ISO documents pertaining to ISO 9001-2015 and bring awareness among employees.",
    "Skilled in Office 365 and Windows 10",
    "500+ connections",
    "Product Manager · Full-time · 3 yrs 1 mo",
    "Completed 80 hours of coursework",
    "Phone: (555) 014-2398",
    "Languages: Python 3.11, Java 17, ES6, HTML5",
    "Master of Science : Information Management GPA 3.67 /4.0",
    "Researched and implemented a robust 401K plan for US employees",
    "Fortune 500 company; Inc. 500 honoree",
    "Types 45 wpm",
    "Promoted to Assistant Manager at a gas station after being a cashier for 1 month.",
    "Recruited to Top 3 Schools based on Academic Achievement",
    "Average 50 hours+ weekly/ $13.00 per hour",
    "Provide 24/7 support for 3-D modelling tools",
    "Supervised general and special education teachers for students with an IEP, 504, Title I services.",
    "aimed at capturing 1.5% of the commercial lines market by the end of 2011",
    "Born: 1987 | City: Springfield",
    # what a chance is worth: no money made or handled (livecareer; then written for this test)
    "Identified $125000 in revenue opportunities by collaborating with distribution partners.",
    "Scoped a $2B market opportunity for the new device line.",
    # how many times a role was held or a course given, and a multiplier of one: no change (livecareer; then written)
    "2x Chair of Annual Bank Charity Event for Gleaner's Food Bank.",
    '3x "Statistics for Nurses" (evening school, 2019-2021)',
    "CDMA Systems, 3G 1x-EVDO Rev-0 and Rev-A, UNIX",
]


@pytest.mark.parametrize("text", NEITHER)
def test_numbers_that_are_neither(text):
    assert found(text) == []


# --- Bugs caught in the wild ---------------------------------------------------------------------------------------
def test_a_decimal_point_does_not_end_the_clause():
    """ "." inside "4.2" once split the claim, and the after-value was lost."""
    q = only("Grew self-serve ARR from $4.2M to $11M in two years")
    assert q.before == {"value": 4_200_000.0, "unit": "USD"}
    assert q.after == q.magnitude == {"value": 11_000_000.0, "unit": "USD"}
    assert (q.direction, q.family, q.financial, q.timeframe) == ("up", "revenue", True, "in two years")


def test_a_multiplier_word_quotes_its_metric_and_keeps_its_timeframe():
    """ "doubled revenue over a 15 month period" once quoted only "doubled"."""
    text = "Increased market share 27% in 15 months and doubled revenue over a 15 month period."
    assert found(text) == [("outcome", "Increased market share 27%"), ("outcome", "doubled revenue")]
    first, second = find_quantities(text)
    assert (first.metric, first.family, first.timeframe) == ("market share", "market share", "in 15 months")
    assert (second.metric, second.timeframe) == ("revenue", "over a 15 month period")


def test_a_dozen_multiplies_the_number_before_it():
    """ "two dozen" once read as 2: "dozen" is a number word alone ("a dozen"), so its multiplying branch never ran."""
    assert only("Managed two dozen engineers.", "scope").magnitude == {"value": 24.0, "unit": "count"}
    assert only("Led a team of two dozen.", "scope").magnitude == {"value": 24.0, "unit": "count"}
    assert only("Trained over 2 dozen staff", "scope").magnitude == {"value": 24.0, "unit": "count", "bound": "lower"}
    assert only("Opened three dozen stores").magnitude == {"value": 36.0, "unit": "count"}


@pytest.mark.parametrize("text, metric, timeframe", [
    ("Delivered a 40% revenue jump in 24 months.", "revenue", "in 24 months"),
    ("a 40% revenue jump in 24 months", "revenue", "in 24 months"),
    ("Achieved a 12% increase in 6 months", "increase", "in 6 months"),
    ("2010 Gallup surveys indicated a 48% increase in employee satisfaction over two years",
     "employee satisfaction", "over two years"),
])
def test_a_period_after_a_change_is_its_timeframe_not_its_metric(text, metric, timeframe):
    """ "a 40% revenue jump in 24 months" once reported the metric as "24 months"."""
    q = only(text)
    assert (q.metric, q.timeframe) == (metric, timeframe)


def test_a_unit_glued_to_the_number_is_its_unit():
    """ "800ms", "200TB" once read as names (a letter glued to a number) and were dropped."""
    q = only("Cut p99 latency from 800ms to 120ms.")
    assert (q.before, q.after, q.direction, q.family) == (
        {"value": 800.0, "unit": "milliseconds"}, {"value": 120.0, "unit": "milliseconds"}, "down", "time")
    assert only("Reduced latency by 300 ms.").magnitude == {"value": 300.0, "unit": "milliseconds"}


def test_a_count_after_led_or_managed_is_scope_not_an_outcome():
    # time zones a team spreads over are a size, like countries (the gh batch's labellers both read them so; this row,
    # written with the first finder, had no label behind its reading)
    assert found("Led 12 engineers across 3 time zones") == [("scope", "12 engineers"), ("scope", "3 time zones")]
    assert found("Managed 21 wholesale distributer accounts") == [("scope", "21 wholesale distributer accounts")]
    assert found("Led a team of 10 employees and increased retention by 15%") == [
        ("scope", "team of 10 employees"), ("outcome", "increased retention by 15%")]


def test_a_second_claim_under_one_verb_quotes_its_own_metric():
    text = "Conduct time study to reduce cycle time by 32% & lead time by 48%."
    assert found(text) == [("outcome", "reduce cycle time by 32%"), ("outcome", "lead time by 48%")]
    assert [q.metric for q in find_quantities(text)] == ["cycle time", "lead time"]


def test_from_a_to_b_keeps_both_and_their_units():
    q = only("Reduced monthly data processing time from 10 days to 2 days.")
    assert (q.before, q.after) == ({"value": 10.0, "unit": "days"}, {"value": 2.0, "unit": "days"})
    assert (q.direction, q.family) == ("down", "time")
    q = only("Increased services penetration rate from 20 to 25%")
    assert (q.before["value"], q.before["unit"], q.after["value"]) == (20.0, "percent", 25.0)
    q = only("moving from #5 of 8 to #1 of 8 in competitive set")
    assert (q.before["value"], q.after["value"], q.after["of"], q.direction) == (5.0, 1.0, 8.0, "down")


def test_a_measure_from_high_to_low_without_from_is_a_change_down():
    """ "~48 s to ~4.6 s", "800 ms to 120 ms": the same kind of measure on both sides, from high to low, is a change
    even with no "from" (a range is written low to high); each side keeps its own unit (written for this test)."""
    q = only("Cut p95 latency 800 ms to 120 ms by batching queries.")
    assert (q.before, q.after, q.direction) == ({"value": 800.0, "unit": "milliseconds"},
                                                {"value": 120.0, "unit": "milliseconds"}, "down")
    q = only("Brought the nightly build 2 hours to 20 min.")
    assert (q.before["unit"], q.after["unit"], q.direction) == ("hours", "minutes", "down")
    q = only("Shrank the app bundle 4 MB to 900 KB.")
    assert (q.before, q.after, q.direction) == ({"value": 4.0, "unit": "MB"}, {"value": 900.0, "unit": "KB"}, "down")
    # a decimal below one is a number, not an id ("0.1 s"); the levels in brackets after a relative change are its
    # before and after, and a second pair under no verb of its own is its own claim
    text = "Sped up search by ~70% (~3.2 s to ~0.9 s) and cached results (~8 s to 0.2 s on a hit)."
    assert kinds_at(text) == {"70%": "outcome", "8 s to 0.2": "outcome"}
    first, second = find_quantities(text)
    assert (first.before["value"], first.after["value"]) == (3.2, 0.9)
    assert (second.before, second.after) == ({"value": 8.0, "unit": "seconds"}, {"value": 0.2, "unit": "seconds"})
    # low to high is a range
    assert kinds_at("Ran workshops of 30 min to 60 min each.") == {}


def test_levels_after_a_relative_change_are_its_before_and_after_not_a_second_claim():
    """ "doubling revenues from $4M to $8M" is one claim, the doubling: the levels say where it went from and to."""
    q = only("Drove a 40% revenue leap from $54M to $88M in 24 months.")      # written for this test
    assert (q.magnitude["value"], q.before["value"], q.after["value"]) == (40.0, 54_000_000.0, 88_000_000.0)
    q = only("Built the practice, doubling revenue in its first year from $60K/month to $140K+/month.")
    assert (q.magnitude["unit"], q.before["value"], q.after["value"]) == ("multiplier", 60_000.0, 140_000.0)
    q = only("Grew the Boston office fourfold over six years to $10M.")
    assert (q.magnitude["value"], q.after["value"]) == (4.0, 10_000_000.0)
    # livecareer: the table labels the 4% alone
    q = only("Increased sales by 4% in 2012 to $56 million with extensive vendor/category management.")
    assert q.after["value"] == 56_000_000.0
    # a level change of its own, under its own verb, stays a claim (written for this test)
    assert kinds_at("Grew sales 30% and cut costs from $5M to $4M.") == {"30%": "outcome", "$5M to $4M": "outcome"}
    # the rate after its two levels is the same claim, labelled by the rate (livecareer; then written for this test)
    q = only("Increased GEMS account list from 10 to 63 clients, 530% increase, including many new accounts.")
    assert (q.magnitude["value"], q.before["value"], q.after["value"]) == (530.0, 10.0, 63.0)
    q = only("Cut average wait from 40 to 25 minutes (37% faster) by triaging at the door.")
    assert (q.magnitude["value"], q.before["value"], q.after["value"], q.direction) == (37.0, 40.0, 25.0, "down")
    assert kinds_at("Grew the branch from 4 to 9 tellers, 30% of them bilingual.")["4 to 9"] == "outcome"


def test_an_amount_given_initially_and_later_is_one_claim():
    """ "initially $A, increased to $B" is one amount (the table labels A), B its later level (written for this test)."""
    q = only("Won a state literacy grant, initially $1.2M for 3 years, increased to $1.8M over 5 years.")
    assert (q.magnitude["value"], q.after["value"]) == (1_200_000.0, 1_800_000.0)
    assert kinds_at("Won $1.2M in grants and increased sales to $1.8M.") == {"$1.2M": "outcome", "$1.8M": "outcome"}


def test_a_number_after_a_line_break_is_not_glued_to_the_word_before():
    """ "$" matched before a final newline, so "International\nFirst Place" read as "lFirst": glued, dropped."""
    text = ("Awards: Second Place for Great Performances at Vanderbilt 2006-07 brochure from Association of College Unions International\n"
            "First Place for Best Calendar 2006-07 from Association of College Unions International")
    assert found(text) == [("outcome", "Second Place"), ("outcome", "First Place")]


def test_over_before_a_number_is_a_bound_not_a_period():
    q = only("Grossed over 20k per week in food and Beverage sales")
    assert (q.magnitude, q.verb) == ({"value": 20_000.0, "unit": "count", "bound": "lower"}, "grossed")


def test_two_results_in_one_bullet_are_two_outcomes():
    text = ("Introduced shadow boards assigned to specific area and reduced tool loss by 50%, "
            "saving over $1M in lost, damaged or stolen tools.")
    assert found(text) == [("outcome", "reduced tool loss by 50%"), ("outcome", "saving over $1M")]
    saving = find_quantities(text)[1]
    assert saving.magnitude == {"value": 1_000_000.0, "unit": "USD", "bound": "lower"}
    assert (saving.direction, saving.family, saving.financial) == ("down", "cost", True)


def test_percentage_points_are_not_percent():
    assert only("Lifted conversion 4 points to 12%").magnitude["unit"] == "points"
    assert only("Raised NPS by 12 pts").magnitude == {"value": 12.0, "unit": "percentage points"}
    assert only("Raised NPS by 12%").magnitude == {"value": 12.0, "unit": "percent"}


def test_scales_and_lower_bounds():
    values = {text: only(text).magnitude for text in (
        "Generated $500K+ in pipeline", "Saved $2MM in freight", "Raised $1.5B in debt", "Won $3bn of contracts",
        "Brought in $750k of new business")}
    assert values["Generated $500K+ in pipeline"] == {"value": 500_000.0, "unit": "USD", "bound": "lower"}
    assert values["Saved $2MM in freight"]["value"] == 2_000_000.0
    assert values["Raised $1.5B in debt"]["value"] == 1_500_000_000.0
    assert values["Won $3bn of contracts"]["value"] == 3_000_000_000.0
    assert values["Brought in $750k of new business"]["value"] == 750_000.0


def test_a_euro_sign_after_the_amount_is_money():
    """Most euro countries write the sign after the amount: "5M€", "20 000 €", "1M+€", a range "40-250K€"."""
    assert only("Ran a regional P&L of 5M€.", "scope").magnitude == {"value": 5_000_000.0, "unit": "EUR"}
    assert only("Managed a 20 000 € yearly events budget.", "scope").magnitude == {"value": 20_000.0, "unit": "EUR"}
    assert only("Built a 1M+€ partner pipeline in a new market.").magnitude == {
        "value": 1_000_000.0, "unit": "EUR", "bound": "lower"}
    assert only("Managed key accounts (40-250K€ each).", "scope").magnitude == {
        "value": 40_000.0, "high": 250_000.0, "unit": "EUR"}


def test_plural_number_words_are_counts_as_written():
    """ "millions of", like "hundreds" and "thousands", is a count as written, and a plural of a plural scale is one
    number: "hundreds of millions", "tens of thousands" (livecareer; the rest written for this test)."""
    assert kinds_at("Ran the execution of millions of serverless jobs daily.") == {"millions": "scope"}
    assert kinds_at("Built a library downloaded by millions of developers.") == {"millions": "outcome"}
    q = only("Saved company tens of thousands of dollars by doing the work of several people.")
    assert q.magnitude["value"] == 10_000.0
    q = only("The drive raised hundreds of millions of dollars in pledges.")
    assert q.magnitude["value"] == 100_000_000.0
    assert kinds_at("One of millions of users.") == {}


def test_a_count_in_words_of_what_was_handled_is_scope():
    """ "dozens", "hundreds", "several hundred" count what the person handled, as written, whatever the verb (one the
    vocabulary need not know), things made included (convention C1): the first three are livecareer bullets."""
    assert kinds_at("Called hundreds of warm leads each week to expand client base.") == {"hundreds": "scope"}
    assert kinds_at("Renegotiated payment terms with dozens of suppliers.") == {"dozens": "scope"}
    assert kinds_at("Conducted training in  several hundred dealerships in their largest 52 markets.")["several hundred"] == "scope"
    assert only("Served several hundred guests a night.", "scope").magnitude["value"] == 200.0
    assert kinds_at("Designed dozens of landing pages for the spring campaign.") == {"dozens": "scope"}
    assert kinds_at("The campaign resulted in hundreds of new sign-ups.") != {"hundreds": "scope"}

def test_financial_health_is_flagged():
    assert only("Increased revenue 20%").financial is True
    assert only("Cut costs 12%").financial is True
    assert only("Improved gross margin 3%").financial is True
    assert only("Improved customer satisfaction by 20%").financial is False
    assert only("Improved customer satisfaction by 20%").family == "customers"


# --- Messy input: nothing crashes, nothing turns into nonsense ------------------------------------------------------
def test_pdftotext_wrapping_joins_a_claim_across_lines():
    text = ("Developed a business growth strategy, which included the construction of an additional facility to complement the senior living\n"
            "division, increasing the occupancy rate by 9%.")
    assert found(text) == [("outcome", "increasing the occupancy rate by 9%")]


def test_a_short_line_is_its_own_bullet():
    text = "Grew the sales team\n12 new hires onboarded in Q3"
    assert all(kind != "outcome" or "12" not in quote for kind, quote in found(text))


@pytest.mark.parametrize("text, quote", [
    ("Increased revenue\u00a0by\u00a027%", "Increased revenue\u00a0by\u00a027%"),         # non-breaking spaces
    ("INCREASED MARKET SHARE 27% IN 15 MONTHS", "INCREASED MARKET SHARE 27%"),              # all caps
    ("Uniquely crafted smoothies resulted in nearly 100% participation of the salad bar.Â ",
     "resulted in nearly 100% participation"),                                              # mojibake after the claim
    ("â€¢Reduced food costs by 2% by expertly estimating purchasing needsâ€¢Managed a staff of 10",
     "Reduced food costs by 2%"),                                                            # glued mojibake bullets
    ("Increased sales by ٢٧% in Dubai", "Increased sales by ٢٧%"),                          # Arabic-Indic digits
    ("Increased sales by ２７%", "Increased sales by ２７%"),                                 # full-width digits
    (r"\xef\x82\xa7 Cut costs by 20% in only five months\xe2\x80\x94renegotiated contracts", "Cut costs by 20%"),
])                                                                                          # UTF-8 bytes written as escapes
def test_messy_text_still_reads(text, quote):
    assert found(text)[0] == ("outcome", quote)


def test_utf8_bytes_written_as_escapes_read_as_their_characters():
    """dotin's CVs hold "\\xe2\\x80\\x94" for a dash: glued to the next word, it once made "months\\xe2..." no period."""
    text = r"Captured 60% savings in only five months\xe2\x80\x94reengineered the plan. \xe2\x80\xa2 Led 12 engineers"
    assert kinds_at(text) == {"60%": "outcome", "12": "scope"}
    assert shadow(text)[text.index("\\"):text.index("\\") + 12] == " -          "


def test_unicode_digits_are_read_as_numbers():
    assert only("Increased sales by ٢٧% in Dubai").magnitude == {"value": 27.0, "unit": "percent"}


@pytest.mark.parametrize("text", [
    "Увеличил продажи на 30% за 2019 год",
    "Umsatz um 15 % gesteigert, Team von 8 Mitarbeitern",
    "売上を30%向上させました",
    "Rédigé 12 articles; chiffre d’affaires +20 %",
])
def test_other_languages_do_not_crash(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)


@pytest.mark.parametrize("text", [
    "1" * 200_000,
    "1," * 100_000,
    "." * 200_000,
    "$" * 200_000,
    "from " * 40_000,
    "increased by " * 20_000,
    "a" * 300_000,
    "12% " * 50_000,
    "$1M to " * 30_000,
    "team of " * 40_000,
    "one two three four " * 20_000,
])
def test_hostile_input_finishes_without_the_regex_timeout(text):
    """The regex timeout is a last guard; reaching it is a bug, so these must complete under it."""
    find_quantities(text)


# --- Real text from ../shared/data: properties that must hold everywhere ----------------------------------------------
def _livecareer(n: int) -> list[str]:
    path = shared("real-text", "livecareer_kaggle_resume_dataset", "livecareer_resumes_pdftotext.jsonl")
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line)["text"] for line in f]
    return random.Random(3).sample(rows, n)


@pytest.mark.realdata
def test_on_real_resumes_spans_are_inside_the_text_and_quotes_are_trimmed():
    for text in _livecareer(250):
        for q in find_quantities(text):
            assert 0 <= q.start < q.end <= len(text)
            quote = text[q.start:q.end]
            assert quote == quote.strip() and quote[-1] not in ",;:"
            assert q.kind in ("outcome", "scope")
            assert math.isfinite(q.magnitude["value"])
            assert q.extra["mag_start"] >= q.start - 1 and q.extra["mag_end"] <= q.end + 1 or q.kind == "scope"


@pytest.mark.realdata
def test_on_real_resumes_no_finding_is_a_year_a_date_or_a_duration():
    for text in _livecareer(250):
        for q in find_quantities(text):
            number = text[q.extra["mag_start"]:q.extra["mag_end"]]
            if q.magnitude["unit"] == "count" and "high" not in q.magnitude:
                assert not (1900 <= q.magnitude["value"] <= 2099 and number.strip().isdigit()), (number, text[q.start:q.end])
            assert not text[q.extra["mag_end"]:q.extra["mag_end"] + 20].lstrip("+ ").lower().startswith(
                ("years of experience", "years experience", "yrs", "months of experience", "connections"))


@pytest.mark.realdata
def test_on_real_resumes_outcomes_are_found_and_scope_stays_apart():
    outcomes_, scopes = 0, 0
    for text in _livecareer(250):
        for q in find_quantities(text):
            if q.kind == "outcome":
                outcomes_ += 1
                assert q.family in ("revenue", "market share", "margin", "cost", "units", "customers", "time",
                                    "quality", "rank", "other")
            else:
                scopes += 1
                assert q.direction is None and q.before is None
    assert outcomes_ > 100 and scopes > 100, (outcomes_, scopes)


# --- Error classes read off the labelled table (all splits), one row or more a class --------------------------------
def kinds_at(text: str) -> dict[str, str]:
    """The kind found for each magnitude, keyed by the magnitude's own words."""
    return {" ".join(text[q.extra["mag_start"]:q.extra["mag_end"]].split()): q.kind for q in find_quantities(text)}


ERROR_CLASSES = [
    # a percent range written with both signs is one claim
    ("Exceeded Treasury Management Goals each quarter by 115% - 129%", {"115% - 129%": "outcome"}),
    # chosen among few: a distinction, not a group handled
    ("Personally recognized as one of only 3 departmental directors to achieve highest levels of performance excellence.",
     {"3": "outcome"}),
    ("Bloomberg Analytics Boot Camp (500+ applied; 24 selected), Participant May 2013", {"24": "outcome"}),
    ("Accomplishments: -Recognized as 1 of top 4 agents, promoted twice for excellent customer service.",
     {"1": "outcome", "twice": "outcome"}),
    # the new level, with the old one after it
    ("Implemented 2 day Financial Close (down from 3 day) by working with IT to automate Journal Entries / Reports",
     {"2": "outcome"}),
    # savings named a few words before "of $X"; money raised; money made; sales brought to a level
    ("Provided an overall cost savings to the company of over $20,000.", {"$20,000": "outcome"}),
    ("Spearheaded successful completion of a $5 million dollar Capital Campaign.", {"$5 million": "outcome"}),
    ("Pushed local office sales to $200K+/month.", {"$200K+": "outcome"}),
    ("Strategic Business Development Executive with a 7-year track record of exceeding $500,000/month in revenues",
     {"$500,000": "outcome"}),
    # a count won: customers gained, units sold, an award won again
    ("Acquired over 20 new families to join the local swim lessons program.", {"20": "outcome"}),
    ("100 Million records sold worldwide) Played a critical part the successful album sales of co-venture labels.",
     {"100 Million": "outcome"}),
    ("Awarded the PRIDE award three times for various activities above and beyond job expectations.",
     {"three times": "outcome"}),
    # a level kept, a goal beaten, across a pdftotext line break after "to" or "of"
    ("Accomplishments Exceeding store quotas by up to\n30%, Weekly meetings and Conference calls", {"30%": "outcome"}),
    ("Created tracking tickets for issues Maintained a maximum handle time of\n12 minutes Data Entry", {"12": "outcome"}),
    ("Delivered immediate impact through vigorous market development exceeding projected sales of $8M, producing $15M.",
     {"$8M": "outcome", "$15M": "outcome"}),
    # scope: an audience, seats, a caseload, a class year, money handled per period, cents
    ("Planned, wrote and created first-ever State of the County Address, a multi-media presentation for an audience of 300",
     {"300": "scope"}),
    ("Oversee a fine dining venue that seats 300 offering an ala carte menu, an all-inclusive area with guest seating of 240"
     " and a daily Chef's Table, a fast casual venue that seats 140, as well as the pastry department",
     {"300": "scope", "240": "scope", "140": "scope"}),
    ("Facilitate an extended day program for 15 high school freshmen, providing academic support", {"15": "scope"}),
    ("Works with sales to resolve issues against the initial advertising contract per client; Average client load 25.",
     {"25": "scope"}),
    ("Monitored 30,000.00 project budgets each month.", {"30,000.00": "scope"}),
    ("20 Employees $100,000 Weekly Sales Volume Consulted with customers", {"20": "scope", "$100,000": "scope"}),
    ("Supported more than 1 000 users across three sites", {"1 000": "scope", "three": "scope"}),
    # neither: a selection of things ("top N" after another verb), a count of 1, ages, model numbers, a projection, a
    # product name, where the verb acted
    ("Managed the top 3 three branch accounts for the purposes of maintaining system processes.", {"three": "scope"}),
    ("Identified top 10 customer use cases of vCloud Air.", {}),
    ("Manage local/wide area networks to over 300 sites including 3 warehouses, 1 corp office and 1 colocation.",
     {"300": "scope", "3": "scope"}),
    ("Leading and teaching young girls life skills through running (30 girls at age of 9-11)", {"30": "scope"}),
    ("Worked with a team of four people in UCSD's MAE 3 class to build a mobile robot.", {"four": "scope"}),
    ("Completed data center expansion efforts to accommodate 5 year growth projections of 100% increase in capacity.", {}),
    ("Operating systems: Windows 9x/2000/XP/Vista.", {}),
    ("Grew the Finance and Accounting function from 4 people in two countries to a fully international function.",
     {"4": "scope", "two": "scope"}),
    # a grade before an award; numbered duties run on in one line; a team of one
    ("Bachelors of Social Work University 4.0 Awarded Honor Roll Certificate for consecutive terms",
     {}),
    ("6 Resolving design and development problems 7 Managing budgets and project resources 8 Scheduling material", {}),
    ("Database Used: My SQL. Team size: 1 Position: Software Developer", {}),
    # "X of the Year" titles won; web hits are an audience (but a unit's number before its title is a name)
    ("Have been awarded customer service awards and recognitions along with 3 administrative employee of the year awards.",
     {"3": "outcome"}),
    ("Authored compelling weekly fitness articles, attracting 500,000 to 1 million hits", {"500,000 to 1 million": "outcome"}),
    ("Humanitarian Service Medal, January 1998; 20 CRS Maintenance Professional of the Year, 1998", {}),
    # a place or score out of a whole, a title won N times; attendees served are scope, not an audience won
    ("2015 - Ranked 29/75 with 102.15% goal attainment", {"29": "outcome", "102.15%": "outcome"}),
    ("Awards Airman of the Year (X2) Aviation Resource Manager of the year", {"2": "outcome"}),
    # a score out of a scale of 5, 10 or 100, told by what it rates or a verb of a level reached; a ratio, a date,
    # a grade line and a school year over a year stay names
    ("Ran the front desk, achieving 5/5 guest satisfaction in the spring survey.", {"5": "outcome"}),
    ("Earned a 9/10 rating from the regional review board.", {"9": "outcome"}),
    ("Earned 100/100 on the widget accessibility audit.", {"100": "outcome"}),
    ("Kept the 80/20 split between new and returning clients.", {}),
    ("Tutored 4/5 grade pupils in reading after school.", {}),
    ("Worked at the depot 5/10 - 6/12 as a clerk.", {}),
    # a number aimed at or foreseen, told by a verb in -ing, is neither; a size aimed at in the past tense stays a size
    ("Ran a staffing study for the clinic, projecting a 25% cut in patient wait times.", {}),
    ("Set up a loyalty campaign targeting $2M in repeat bookings next season.", {}),
    ("Targeted 150 accounts across the northern sales region.", {"150": "scope"}),
    # the base of a rate (after "per" or "for every") is no size; "every 4 to 6 weeks" stays a period
    ("Saved up to $500 for every 100 tickets across the billing desk.", {"$500": "outcome"}),
    ("Lowered returns to 3 per 1,000 units shipped.", {"3": "outcome"}),
    ("Moved the salon's bookings to every 4 to 6 weeks.", {}),
    ("Successfully planned and executed meetings, lunches and special events for groups of 10-1500 attendees.",
     {"10-1500": "scope"}),
    # the whole a rank is out of; a percentile is no count
    ("Culinary Certificate GPA: Graduated top 10 in Class of 500.", {"top 10": "outcome"}),
    ("Prior ships launched at a level of mid - low 70 percentile, while LCS 9 launched", {}),
    # size stated plainly is not a result; a range is not a change; "in" of a phrasal verb is no preposition
    ("Full P & L responsibility for a department with more than $6 million in annual sales.",
     {"$6 million": "scope"}),
    # (the size of clients is neither, by the heldout labeller's convention)
    ("Target area was companies of 2 million in revenue to 10 million in revenue.", {}),
    ("Brought in 21 new potential client accounts within a year", {"21": "outcome"}),
    # visitors served are no audience won; counted after "for", they are the size of what was served (the table
    # header: an audience served is scope, "groups of 20 to 300 people")
    ("Restructured banquet services for 300+ Performance Night visitors.", {"300+": "scope"}),
    ("CafÃ© Main Supervises team 8 Supervises ordering, purchasing, receiving", {"8": "scope"}),
    ("Earned \"Top Seller\" for four consecutive times.", {"four": "outcome"}),
    # a scope cue yields to an audience grown; revenue named before money is no pay
    ("Grew an audience of 50,000 followers on Instagram.", {"50,000": "outcome"}),
    ("Generated revenues of $5M in the first year.", {"$5M": "outcome"}),
    ("Oversaw Month-end Close for 5 Sales Channels with Trade Revenues of $550M Annually and Intercompany Revenue of"
     " $225M Annually.", {"5": "scope", "$550M": "scope", "$225M": "scope"}),
    # names with a number: "Big 4"
    ("Experience in diverse industries includes financial services, retail, distribution, FORTUNE 500 and BIG 4 companies.",
     {}),
    # a number in a compound adjective describes the noun, it is not what the verb won
    ("Established a cloud-native, 12-factor architecture of an application deployed on AWS.", {}),
    # all capitals: the acronym rule does not read a verb in capitals as a name
    ("MANAGED 12 ENGINEERS AND GREW REVENUE 27%", {"12": "scope", "27%": "outcome"}),
    # a share of something that met a result, the verb after it ("heldout" batch)
    ("Personally managed production activities to guarantee 90 % of orders were shipped on-time.", {"90 %": "outcome"}),
    ("Of the bids submitted, 91% were awarded.", {"91%": "outcome"}),
    # a rating or score reached, written as a bare number
    ("Achieved customer satisfaction rating of 9.80 two months after training, exceeding corporate target of 9.20.",
     {"9.80": "outcome"}),
    ("Received a 4.0 student growth rating in 2015-2016", {"4.0": "outcome"}),
    # a place held somewhere; a record set
    ("Top 5 in New Accounts at the branch (2012)", {"Top 5": "outcome"}),
    ("Placing the company's largest sale in history at over $15,000 worth of discounted merchandise.",
     {"$15,000": "outcome"}),
    # anything new a verb of result brought; income newly brought in, whatever cue comes before
    ("Increased sales within assigned territory, for a total of $400,000 in new revenue.", {"$400,000": "outcome"}),
    # the size of clients or prospects is neither
    ("Responsible for soliciting and maintaining account relationships with multifaceted businesses with annual gross"
     " sales up to $25MM.", {}),
    # area and volumes per period are sizes; "or more" is a bound, not a duration; hundreds and thousands count
    ("Re-engineering of a 100,000 square foot finishing and distribution operation into a team/group operation.",
     {"100,000": "scope"}),
    ("Permit writer for a busy natural resources department, consulting on and developing 100 permits per year.",
     {"100": "scope"}),
    ("Led exercise to groups of 40 or more participants aged 50 years and older.", {"40": "scope"}),
    ("Reviewed, analyzed, and resolved claims; processed thousands claims worth in excess of $20 million.",
     {"thousands": "scope", "$20 million": "scope"}),
    # a change in a time metric, "a full day"; a comparative after a parenthesis
    ("Streamlined operations and eliminated one full day from month-end closing.", {"one": "outcome"}),
    ("Proposed a model that was 21% compact and 22% ($18k) less expensive.", {"22%": "outcome"}),
    # a count in a list stops the noun search of the count before it
    ("Supervisor of 65 team members of cooks, 30 stewards and 3 sous chefs.", {"65": "scope", "30": "scope", "3": "scope"}),
    # a place came in; N consecutive years of a result; a percent without its leading zero
    ("Won two National Events and came in second in another event.", {"two": "outcome", "second": "outcome"}),
    ("Recorded passing audits and SLAs met for 5 consecutive years by providing guidance and training.", {"5": "outcome"}),
    ("Completed the physical inventory of product, with an accuracy difference of .001%.", {".001%": "outcome"}),
    # a scope noun in the singular, before the noun it sizes
    ("The Plaza Apartments is a 520 unit, two building high-rise property for the elderly.",
     {"520": "scope", "two": "scope"}),
    ("Used the logistic procedures of SAS with a 2.5 million record dataset to produce a regression model.",
     {"2.5 million": "scope"}),
    # "million dollar", "several million", "half a million" are amounts; "multi-million" is vague, neither
    ("Oversaw million dollar residential construction project in collaboration with architects.", {"million dollar": "scope"}),
    ("Responsible for several million dollars in equipment and for personnel.", {"several million dollars": "scope"}),
    ("Creative sales strategy resulted in a half a million dollar sale within the first year for the company.",
     {"half a million dollar": "outcome"}),
    ("Experienced Restaurant Manager who oversaw a highvolume, multi-million dollar restaurant.", {}),
    # a population served; data handled
    ("Managed multi-million dollar fitness facility, coordinated monthly fitness activities base populace of 45K.",
     {"45K": "scope"}),
    ("The dataset included the VAST Challenge 2019 dataset with over 100,000+ data.", {"100,000+": "scope"}),
    # a level to be kept, stated as the purpose ("to maintain", "to ensure"), is no level reached, unless said reached;
    # a change or a level achieved after "to" is read as a result, as the table labels it; a plan's target is neither
    ("Reviewed reports created by consultants as part as the QA process to maintain a 95% or better score.", {}),
    ("Audited inventory and reconciled against titles and contracts to ensure 100% accuracy.", {}),
    ("Maintained production calendar and managed wip reports to ensure 100% on time delivery of goods", {}),
    ("Managed the costing and negotiation process for 50% of the total business with overseas vendors in Hong Kong,"
     " Vietnam, Cambodia, and India to ensure 80% target margin was achieved", {"80%": "outcome"}),
    ("Maintained 100% accuracy on inventory counts.", {"100%": "outcome"}),
    ("Implemented online business processes to increase new business leads by 110% in one year", {"110%": "outcome"}),
    ("Utilize promotional products, printing, direct mail and email marketing to achieve a 50% increase in sales from"
     " 2014 to 2015.", {"50%": "outcome"}),
    ("Executing a self-created business plan designed to lower overall business operations cost by 81%.", {}),
    # base forms of the verbs of decrease
    ("Slash over $30M in annual recurring non labor expenses.", {"$30M": "outcome"}),
    # N consecutive periods of a result, whatever the period; a duration alone is neither
    ("Exceeded corporate target for customer satisfaction for 4 months in a row.", {"4": "outcome"}),
    ("Earned the Personal Trainer of the Month Award 5 consecutive months for most revenue earned each month.",
     {"5": "outcome"}),
    ("Worked the front desk for 6 consecutive months.", {}),                 # written for this test
    # a volume per hour is a volume per period; "or more" is a bound before the noun
    ("l Loaded and Scanned 400 packages an hour.", {"400": "scope"}),
    ("It was not abnormal to create 15 or more boards a week.", {"15": "scope"}),
    # "N x M" is a schedule or a size, no multiplier
    ("7 x 24 support to an engineering/programming community of 100+ users on customer site", {"100+": "scope"}),
    ("Provides 24 x 7 technical support, Service Level Agreements and escalation.", {}),
    # a rank held among people, named by a noun of who does ("#1 Sales Manager"), not among things
    ("Outcome: Above goal team attainment in all major categories 2013, 2014, 2015. #1 Sales Manager in Detroit first"
     " full year in role 2012.", {"#1": "outcome"}),
    ("Top 3 Loan Sales producer and Top 1 Mortgage originator in North Denver market.",
     {"Top 3": "outcome", "Top 1": "outcome"}),
    ("Analyzed win/loss interviews to identify top 8 buying criteria and top 4 ROI drivers used by potential customers"
     " to select", {}),
    # a full stop before a lower-case word ends no sentence ("misc. adjustments"); an ordinal percentile is a place
    ("I maintained a total shrink (cycle counts, misc. adjustments, and year end inventory) of less than 1.10% of"
     " merchandise revenue", {"1.10%": "outcome"}),
    ("Passed all skill level tests in the 95th percentile each month.", {"95th": "outcome"}),
    ("Moved the team to the 5th floor of the building.", {}),                 # written for this test
    # what or whom the work was for, counted after "for" or "in", is scope whatever the noun (in the plural);
    # periods and durations after it are neither, a singular noun is no count of things handled
    ("Â Improved organization and workflow of business office for 70 Â congregations", {"70": "scope"}),
    ("Process and balance daily backup withholding deposits for thirteen banks and monthly spreadsheets.",
     {"thirteen": "scope"}),
    ("Acted as an administrative liaison for seven Provider Health Organization's.", {"seven": "scope"}),
    ("Finished with winning records in all four seasons including conference title", {}),
    ("These tasks required one to be able to be on their feet for 8 continuous hours and at temperatures often times"
     " exceeding 100 degrees.", {}),
    ("Won culinary completions for sweet and savory categories at 2 local food and wine festival.", {"2": "outcome"}),
    # "pounds" after a number is a weight; money in pounds is written with "£" or "GBP"
    ("Consistently lifted materials weighing as much as 150 pounds.", {}),
    ("Raised £150,000 for the hospice in 2019.", {"£150,000": "outcome"}),
    # "twice" and "thrice" are times, won after a verb of rank or result; a frequency is no result (livecareer, then
    # written for this test)
    ("Was awarded the \"star of the month\" award twice.", {"twice": "outcome"}),
    ("Awarded thrice for highest quarterly revenues.", {"thrice": "outcome"}),
    ("Drove to the plant and back twice a day during the shutdown.", {}),
    ("Met the regional team twice a week.", {}),
    # a level named right before a qualifier ("rate greater than"), the qualifier its only link (written for this test)
    ("Mediated commercial disputes with a settlement rate greater than eighty-five per cent.",
     {"eighty-five per cent": "outcome"}),
    ("Kept plant uptime above 99.5% through two winters.", {"99.5%": "outcome"}),
    # the people a rank is held among are no size handled; a percent of a quota without a link is attainment; a cut in
    # an expected cost is a result, and so are savings delivered whose size is estimated (as heldout and heldout-9
    # label "saving an estimated $1.2M", "resulting in a projected savings of $12M"); a size reached by growth ("expanded to", "from scratch to") is an outcome, and a
    # second claim under its own verb is not the first one's after-value (written for this test, then livecareer)
    ("Ranked in top 5% of the national sales team of 240.", {"top 5%": "outcome"}),
    ("100% Quota Achievement 2012", {"100%": "outcome"}),
    ("Prepared projected cash-flow statements and cut expected costs by 30%.", {"30%": "outcome"}),
    ("Negotiated a contract that delivered estimated savings of $750M to the company.", {"$750M": "outcome"}),
    ("Built a company from scratch to a robust $4 million enterprise and expanded to 8 global locations.",
     {"$4 million": "outcome", "8": "outcome"}),
    ("Built successful telecommunications company that quickly grew to 30-plus employees.", {"30": "scope"}),
    ("Design and implement quality training productively delivered to more than 350 students in classes of 15-20.",
     {"350": "scope", "15-20": "scope"}),
    ("Led the effort of setting up the environment from scratch to enable 500 Customer Reps to practise.", {"500": "scope"}),
    # a percent joined to an outcome percent by a conjunction is read alike; a rank after a verb of result is a place won,
    # an address number is not; a share of the work done is scope unless its metric is financial (written for this
    # test, then livecareer)
    ("Escalated national and international sales by 50% and 75% respectively.", {"50%": "outcome", "75%": "outcome"}),
    ("Captured #1 market share in the region within two years.", {"#1": "outcome"}),
    ("Improved ESS score to #1 Hotel in the Brand for 2010", {"#1": "outcome"}),
    ("Wrote to 1515 Stanley Drive #62", {}),
    ("Contributed to 60% of the test automation in the projects.", {"60%": "scope"}),
    ("Handled 40% of all inbound calls for the region.", {"40%": "scope"}),
    ("Contributed to 25% of the company's revenue growth.", {"25%": "outcome"}),
    # others' results after "N% of <them>" ("earned"), a quality level named "error free", course hours with a word
    # between, a requirement ("must be") (written for this test)
    ("Taught a unit on fractions; 85% of students earned a B or higher on the final test.", {"85%": "outcome"}),
    ("Delivered 100 % error free payroll data every month.", {"100 %": "outcome"}),
    ("Attended a workshop on labour law for 12 training hours.", {}),
    ("Your resume must be 100% error free.", {}),
    # Indian digit grouping, crore abbreviated, the dirham; an amount converted in brackets is one amount, the first
    # (written for this test)
    ("Saved Rs 4,50,000 per annum by automating the reports.", {"Rs 4,50,000": "outcome"}),
    ("Grew branch deposits to Rs. 1,25,00,000 in two years.", {"Rs. 1,25,00,000": "outcome"}),
    ("Closed deals worth INR 1.2 Cr in the first quarter.", {"INR 1.2 Cr": "outcome"}),
    ("Assets of Dh81 billion (US$22 billion) and revenues of Dh32.9 billion (US$9 billion).",
     {"Dh81 billion": "scope", "Dh32.9 billion": "scope"}),
    ("20 CRS Maintenance Professional of the Year", {}),                      # a squadron, no crore (livecareer)
    # a goal's figure after "target/quota of" is the goal carried (scope) when the attainment is stated apart or no verb
    # of result meets it; "achieved quarterly target of $2 million" is the result (written for this test, then livecareer)
    ("Achieved 120% of the annual sales target of INR 2 crore.", {"120%": "outcome", "INR 2 crore": "scope"}),
    ("Sales Target: Rs. 50 lakh - Achieved: Rs. 62 lakh", {"Rs. 50 lakh": "scope", "Rs. 62 lakh": "outcome"}),
    ("Achieved quarterly target of $2 million in the first month of product launch.", {"$2 million": "outcome"}),
    ("Responsible for new business development and growing sales in Kentucky territory with a sales target of $25"
     " million.", {"$25 million": "scope"}),
    # a quota carried is scope when a result figure of its own follows; a goal met with none is the result; money that
    # sizes a thing named after "of this/the/a" is scope whatever verb came before (written for this test, then livecareer)
    ("Exceeded $4M quota by 135% in 2015.", {"$4M": "scope", "135%": "outcome"}),
    ("Achieved $4M quota in 2015.", {"$4M": "outcome"}),
    ("Handled claims, securing renewals and retention of this $9,000,000 book of business.", {"$9,000,000": "scope"}),
    ("Spearheaded successful completion of a $5 million dollar Capital Campaign.", {"$5 million": "outcome"}),
    # N periods running of a result is an outcome N, whatever the word order, after any verb of result in the clause;
    # a plain duration stays neither (written for this test)
    ("Beat sales quotas by 125% for 3 years straight.", {"125%": "outcome", "3": "outcome"}),
    ("Exceeded sales margins by 40% annually for 2 years.", {"40%": "outcome", "2": "outcome"}),
    ("Motivated my colleagues to achieve top team sales in 3 consecutive months.", {"3": "outcome"}),
    ("Exceeded sales margins by 40% and stayed with the firm for 2 years.", {"40%": "outcome"}),
    # a student's own mark or average is a grade, neither; a teacher's students' grades, a business average are results
    # (written for this test, then livecareer)
    ("B.Sc. in Physics with an average of 81.5% (GPA 3.2)", {}),
    ("Secured 78% marks in the state board examination.", {}),
    ("Mathematics Prize for an average over 90%", {}),
    ("Helped raise the reading grades of 85% of my students.", {"85%": "outcome"}),
    ("Maintaining an average of 85% Closing rate.", {"85%": "outcome"}),
    ("Maintained an average retention rate at over 85%.", {"85%": "outcome"}),
    ("Maintained high average (90-95%) audit stores compared to the company average (82%).",
     {"90-95%": "outcome", "82%": "outcome"}),
    # a written multiplier after a name, a code or another in a series names a version or a model, unless something
    # around it speaks of a change (livecareer, and a skills line written for this test)
    ("Application servers: Jboss 3x, 4x, 5x, Tomcat 5.0", {}),
    ("Engineering software Six Sigma 5X methodology Strong presentation skills", {}),
    ("802.1x and Mab configurations.", {}),
    ("Led digital sales to 10x increase over a five-year period, grew traffic 4x.", {"10x": "outcome", "4x": "outcome"}),
    ("Engineering Services provider fueling 3X audience growth", {"3X": "outcome"}),
    ("Gold Club 2003 - 2005, Silver Club 8x's between 2003 and 2005", {"8x": "outcome"}),
    # "by half" / "in half" is a multiplier, with a qualifier between too (livecareer; the last two written for this test)
    ("Cut inventory by more than half and improved on-time delivery to 100 % by reducing the scrap.",
     {"half": "outcome", "100 %": "outcome"}),
    ("Advisor and banker turnover reduced in half from 2018 to 2020.", {"half": "outcome"}),
    ("Worked half days in the first half of 2019.", {}),
    ("Reduced errors by half-day training.", {}),
    # a unit of time or data glued to the number is read as if spaced (livecareer and dotin bullets; the spec line and
    # the latency row written for this test)
    ("Implementing governance allowed us to save over 100GB of server space.", {"100": "outcome"}),
    ("Servers with 64GB RAM and 2TB disks.", {}),
    ("Oracle 10g and 11g databases, lean tools including 5S.", {}),
    # a business or unit sized by the verb after it is scope; a verb of the person's result before it keeps the result
    # (livecareer bullets; the last written for this test)
    ("Controlled the accounting functions for the manufacturing plant generating annual external sales $65M.",
     {"$65M": "scope"}),
    ("Established violations department generating more than $450,000 in annual revenue.", {"$450,000": "outcome"}),
    ("GEA generates revenues in excess of EUR 5.7 billion annually", {"EUR 5.7 billion": "scope"}),
    ("Manage the daily operations of a restaurant with a staff of 35 that generates $5 million per year in revenue.",
     {"35": "scope", "$5 million": "scope"}),
    ("Generates $2M in new business annually.", {"$2M": "outcome"}),
    ("Oversaw the finance functions; the division generated more than 2 Billion dollars in revenue.",
     {"2 Billion dollars": "scope"}),
    # a lower bound written before the scale ("$4+ million"), and an audience phrase that starts with a unit ("page
    # views"), read whole (livecareer; the last two as negatives of the audience rule)
    ("Achieved $4+ million in revenue with a $760+K gross margin.", {"$4+ million": "outcome", "$760+K": "outcome"}),
    ("Managed $800+ million in capital projects.", {"$800+ million": "scope"}),
    ("Up to 30,000 page views on days leading up to auctions.", {"30,000": "outcome"}),
    ("Receive all 5-star reviews from clients.", {"5": "outcome"}),      # 'N-star' is a level reached (C4)
    ("Completes report cards and 30 Day Educational reviews for each student.", {}),
    ("Partnered with a Non-profit organization increasing our sales to them to over $150,000.00 yearly.",
     {"$150,000.00": "outcome"}),
    # a result done whose size is estimated is a result; a saving foreseen is not (livecareer and dotin bullets; the last
    # two written for this test)
    ("Minimized system outages, saving an estimated $1.2M annually.", {"$1.2M": "outcome"}),
    ("Reduced staff from 110 to 46 associates resulting in a projected savings of $12M over a five-year period.",
     {"110 to 46": "outcome", "$12M": "outcome"}),
    ("Identified potential savings of $1M.", {}),
    ("The plan will save an estimated $2M per year.", {}),
    # a size reached by growth with the thing grown named ("expanded theater program to 3"), not a service given to
    # people; the uptake of what the person made ("used by 25 faculty"), not the users of a system supported (livecareer;
    # the rest written for this test)
    ("Expanded theater program to 3 productions per year.", {"3": "outcome"}),
    ("Expanded access to 300 families.", {"300": "scope"}),
    ("I restructured the department and reduced the team to 6 generalized IT personnel.", {"6": "outcome"}),
    ("Prevented long-term water disruption to five cities.", {"five": "scope"}),
    ("Currently it is being used by 25 faculty members.", {"25": "outcome"}),
    ("Built an internal CLI tool used by 40 engineers daily.", {"40": "outcome"}),
    ("Supported laptops and printers used by 600 workers in Georgia.", {"600": "scope"}),
    # time saved with an object between verb and number, in man-hours; a level reached after a verb of increase and a
    # metric named (livecareer; the rest written for this test)
    ("Saved the team 10 hours a week by automating reports.", {"10": "outcome"}),
    ("Saved over 200 man-hours annually.", {"200": "outcome"}),
    ("Led the team 40 hours a week.", {}),
    ("Reduced page weight by 60%, improving Lighthouse score to 98.", {"60%": "outcome", "98": "outcome"}),
    ("Improved communication to 300 staff.", {"300": "scope"}),
    # a number right after a product's CamelCase or dotted name is its version (written for this test)
    ("Built the frontend with Vue.js 3 and Laravel 8.", {}),
    ("Trained models with TensorFlow 2 and PyTorch 1.7.", {}),
    # an honour list or a goal met N periods running (livecareer and dotin; the budget row written for this test)
    ("Tarrant County College - Dean's List for 3 semesters", {"3": "outcome"}),
    ("Honors: Deans List (6 semesters), Ball State University Presidential Scholarship", {"6": "outcome"}),
    ("Shattered sales quotas by 125% for 3 years straight.", {"125%": "outcome", "3": "outcome"}),
    ("Developed and managed the budget of $350,000 for 2 consecutive years.", {"$350,000": "scope"}),
    # the whole a rank or a choice was won among: neither when the claim has a number of its own, the claim's number when
    # it has none; a title won for N periods running is an outcome N (livecareer bullets; the last row written for this
    # test: a level kept for N years labels the level only)
    ("Ranked as most effective billing representative in the department out of 18 representatives.", {"18": "outcome"}),
    ("Ranked in top 10 among 82 reps for 7 straight years.", {"top 10": "outcome", "7": "outcome"}),
    ("Ranked eighth nationwide (out of 128 pharmaceutical sales reps) for Relpax.", {"eighth": "outcome"}),
    ("Selected as 1 of 5 attendees out of over 350 to represent group", {"5": "outcome"}),
    ("Chosen out of 27 Captains to serve as a remote lead.", {"27": "outcome"}),
    ("Top seller of the month for 3 months in a row", {"3": "outcome"}),
    ("Top Investment Referrer for three years (2009, 2010, & 2012)", {"three": "outcome"}),
    ("Maintained 98% customer satisfaction for 3 years.", {"98%": "outcome"}),
    # the pool after "Nth place of", after a choice with its own number ("selected 5 finalists from 200"), and after
    # "across" once a person ranked by a superlative comes right before it (written for this test)
    ("Took second place of 40 robotics teams at the state fair.", {"second": "outcome"}),
    ("The panel selected 5 finalists from 200 applicants.", {}),
    ("Highest-volume committer across 100+ engineers in the org.", {"100+": "outcome"}),
    ("Top 3 contributor across 100+ engineers.", {"Top 3": "outcome"}),
    ("Led the top team across 5 regions.", {"5": "scope"}),
    # a level in software terms: test coverage reached, an app's star rating (a star before "rating" is no bullet);
    # written for this test
    ("The service keeps over 90% code coverage.", {"90%": "outcome"}),
    ("Shipped an app with 200K+ installs and a 4.7 ★ rating.", {"200K+": "outcome", "4.7": "outcome"}),
    ("★ Led 5 engineers ★ Shipped 3 apps", {"5": "scope", "3": "scope"}),
    # what a unit is made up of, and where teams were spread, are sizes ("time zones" is no "4 times"): the hotel row is
    # livecareer, the rest written for this test
    ("The hotel consists of 350 rooms and 3 restaurants.", {"350": "scope", "3": "scope"}),
    ("The statewide federation is made up of more than 90 local unions.", {"90": "scope"}),
    ("Ran support crews spread over 3 continents and 4 time zones.", {"3": "scope", "4": "scope"}),
    # a grade inside a job title is no count; a plural after it is ("Lead 2 Flash developers": "Lead" is a verb there);
    # written for this test
    ("Staff 2 Platform Engineer (Payments) at Acme Ltd", {}),
    ("Senior 3 Data Scientist, Acme Analytics", {}),
    ("Managed Senior 4 Engineers on the platform team.", {"4": "scope"}),
    ("Lead 2 Flash developers in the development of games.", {"2": "scope"}),
    # a volume of data handled, "N TB of files/data/logs", is a size; a machine's spec is not (livecareer, then written
    # for this test)
    ("Migrated over 100 TB of Data to IBM Netezza platform from multiple DB2/SQL and Oracle warehouses.", {"100": "scope"}),
    ("Ingests 500 GB of raw sensor data per day.", {"500": "scope"}),
    ("Built servers with 64GB RAM.", {}),
    # a participle right after a thing tells that thing's traffic, a size; the person's own verb wins an audience
    # (written for this test)
    ("Copy for product pages receiving 40k+ monthly visits.", {"40k+": "scope"}),
    ("Maintained a site getting 2M page views a month.", {"2M": "scope"}),
    ("Built a blog that attracted 50K monthly readers.", {"50K": "outcome"}),
    ("Received 10,000 views on my conference talk.", {"10,000": "outcome"}),
    # a metric kept under a bound of time by a verb of keeping is a level reached; a deadline is not (written for this
    # test)
    ("Reconciled client accounts, keeping aging under 30 days.", {"30": "outcome"}),
    ("Kept the support backlog below 2 days.", {"2": "outcome"}),
    ("Maintained a caseload within 30 days of intake.", {}),
    # money named as a change after "of/in" is a result, even with no verb of result before it; a change noun that
    # goes on to name what was handled is not (livecareer, then written for this test)
    ("Facilitated $ 65 million in innovated cost savings for clients", {"$ 65 million": "outcome"}),
    ("Shipped launches and A/B tests, over $50M of business lift.", {"$50M": "outcome"}),
    ("Led $4M of growth programs.", {"$4M": "scope"}),
    # what is yet to be done is no size handled: "is to be rolled out", "is set to serve" (written for this test)
    ("The portal is rebuilt from scratch and is to be rolled out in 12 regions.", {}),
    ("The system is set to serve 2M users.", {}),
    ("Rolled out the platform in 16 countries.", {"16": "scope"}),
    # a grant listed the way academic CVs list funding won (funder, amount, years, role) is money raised; a grant
    # someone managed, administered or helped develop is a size handled (rows written for this test, then livecareer)
    ("National Institutes of Health, $120,000 (three years), PI, 2015.", {"$120,000": "outcome"}),
    ("Community literacy grant, 2009 to 2011, at $75,000.", {"$75,000": "outcome"}),
    ("Regional Arts Council, $8,500, 2012. (Co-PI, with two colleagues)", {"$8,500": "outcome"}),
    ("Awarded $12,000, PI. Project period: March 2016", {"$12,000": "outcome"}),
    ("Library renovation project, $8,500, 2012.", {"$8,500": "scope"}),
    ("Communications program (total award: $100,000; subcontract award: $16,500) 2011",
     {"$100,000": "outcome", "$16,500": "outcome"}),
    ("External Funding: Principal Investigator on Grants (selected) $15.7M: National Center for Improvement.",
     {"$15.7M": "outcome"}),
    ("Managed contract awards of $5M annually.", {"$5M": "scope"}),
    ("Restructured existing $17M debt and issued $10M in new bonds.", {"$17M": "scope", "$10M": "outcome"}),
    ("Awarded $25,000 from two community foundations to expand the program.", {"$25,000": "outcome"}),
    ("Initiated a funding request for an additional $57K to source deficiencies.", {"$57K": "scope"}),
    ("2nd Mtg Funded Units: 54 $2,491,738 Avg Ln Amt: $46,143", {"54": "scope", "$2,491,738": "scope", "$46,143": "scope"}),
    ("Managed a $200,000 federal Gear up grant", {"$200,000": "scope"}),
    ("Assisted in developing a nationwide model for cancer navigation using guideline-driven cancer management strategies"
     " and a $15 million Centers for Medicare and Medicaid Services Innovation Grant.", {"$15 million": "scope"}),
    ("Administer 137 million in federal funding to over 15K low income families in Miami Dade County",
     {"137 million": "scope", "15K": "scope"}),
    # time saved: an amount of time after a verb of saving, a short object or the words it is of between
    ("Created an automated script that save 4 person hours on each execution by launching the jobs.", {"4": "outcome"}),
    ("Rebuilt the rota tool, saving the front desk team 6 hours weekly.", {"6": "outcome"}),
    ("Automated intake, freeing up 30 nurse hours per month for patient care.", {"30": "outcome"}),
    ("Reduced internal rework by 75% within 90 days.", {"75%": "outcome"}),
    # the people on a job named by their labour: a workforce, not a result
    ("33% reduction of non-productive agent time (+/-600 workforce)", {"33%": "outcome", "600": "scope"}),
    ("Site office | 12 subcontractors | 90+ labour | handed over on time.", {"12": "scope", "90+": "scope"}),
    ("Generated a pipeline of more than $500K in net new opportunities in 1 month.", {"$500K": "outcome"}),
    ("3x President's Club winner", {"3x": "outcome"}),
    ("10x growth in active users", {"10x": "outcome"}),
    # a place held among people the agent nouns miss, or won in a contest named after it (livecareer; then written)
    ('Verizon "Best of the Best" (West Area) Top 100 Employees 2004/Irvine', {"Top 100": "outcome"}),
    ("Among the top 5 students in the graduating class of 2015.", {"top 5": "outcome"}),
    ("17th at the Regional Robotics Championship, 2019", {"17th": "outcome"}),
    ("Top 3: Autumn Data Hackathon (out of 40 teams)", {"Top 3": "outcome"}),
    # the share of a whole the work automated or resolved: a level reached, not a share of the work handled (written)
    ("Automated 90% of the monthly reconciliations.", {"90%": "outcome"}),
    ("The new intake flow now has 80% of referrals fully automated.", {"80%": "outcome"}),
    ("Handled 40% of all inbound calls.", {"40%": "scope"}),
    # things won, counted after a verb of averaging: a level of results (livecareer; then written for this test)
    ("Developed own customer referral base by averaging 10-15 personal recommendations per appointment", {"10-15": "outcome"}),
    ("Kept a full book, averaging 9 referral bookings weekly.", {"9": "outcome"}),
    ("Averaged 45 calls per day.", {"45": "scope"}),
    ("2011 Contest Winner - 2nd Semester Team Contest (Celebrex TRx Growth)", {}),
    ("Accomplishments: -Recognized as 1 of top 4 agents, promoted twice for excellent customer service.",
     {"1": "outcome", "twice": "outcome"}),
    # the person's own work, counted, is scope (convention C1): things made, written, built or monitored, counted
    # (livecareer bullets; then written for this test); a property of one thing is not ("a 3-tier app")
    ("Developed over 30 models for the division to use.", {"30": "scope"}),
    ("Monitored the internal testing activity of all 6 PLC panels.", {"6": "scope"}),
    ("Wrote 11 letters to the county office to request fee waivers.", {"11": "scope"}),
    ("Designed a 3-tier app for the billing desk.", {}),
    # a team's size is scope, stated as a growth too (convention C5): by a rate, a multiplier or its levels, with the
    # team named before the change or its people after it (livecareer bullets; then written for this test); a cut in
    # staff, the team's other metrics and customers or members grown stay outcomes
    ("Took the company from start up with 3 people to 250 employees in 3 years.", {"3 people to 250": "scope"}),
    ("Devised a successful recruiting plan for the engineering team, which resulted in 122 new employees in six months.",
     {"122": "scope"}),
    ("Grew the LSN team to 22 employees.", {"22": "scope"}),
    ("Doubled team to 20 people in 4 months.", {"Doubled": "scope"}),
    ("Grew the support team by 200%, from 2 to 6 people.", {"200%": "scope"}),
    ("Grew team size sixfold without losing quality.", {"sixfold": "scope"}),
    ("Scaled the support org from 40 to 180 employees.", {"40 to 180": "scope"}),
    ("Reduced staff from 34 to 26 within a year.", {"34 to 26": "outcome"}),
    ("Increased team productivity by 30%.", {"30%": "outcome"}),
    ("Grew the member base from 300 to 1,200.", {"300 to 1,200": "outcome"}),
    # honours won, counted, are an outcome (convention C8): promotions, a title held N times, a medal's count, prizes
    # won at N events (livecareer bullets; then written for this test)
    ("Promoted 4 times within 4 years of employment due to leadership abilities and work ethic.", {"4 times": "outcome"}),
    ("Performance merited two promotions in three years.", {"two": "outcome"}),
    ("Business Certificate, Dean's list 3 quarters)", {"3": "outcome"}),
    ("Honor Roll x3, Science Fair finalist.", {"3": "outcome"}),
    ("Three-time finalist at the county fair.", {"Three-time": "outcome"}),
    ("Campaign Medal (2), Service Ribbon", {"2": "outcome"}),
    ("Won pastry prizes at 3 county fairs.", {"3": "outcome"}),
    ("Promoted the 26th annual spring festival on local radio.", {}),
]


@pytest.mark.parametrize("text, expected", ERROR_CLASSES, ids=[row[0][:40] for row in ERROR_CLASSES])
def test_error_classes_read_off_the_table(text, expected):
    assert kinds_at(text) == expected


# Convention C2: money is read by the role of its own noun. Named as money brought in (revenue, sales, billings,
# commissions, funding, savings, pipeline) it is an outcome whatever the verb; held, run, paid out or a unit's own it is
# a size (made up, and livecareer lines the ../shared diff turned up)
MONEY_BY_ROLE = [
    ("$4M+ first-year revenue through a reseller network built from nothing.", {"$4M+": "outcome"}),
    ("Quarvel Labs: seed round closed, team of 6 (EUR 1.5M funding).", {"6": "scope", "EUR 1.5M": "outcome"}),
    ("$2M+ revenue contribution", {"$2M+": "outcome"}),
    ("In this post my billings totaled £14,000.", {"£14,000": "outcome"}),
    ("Advanced more than $40M in platform revenue as a solutions lead.", {"$40M": "outcome"}),
    ("Secured contracts totaling over $300,000 with regional carriers.", {"$300,000": "outcome"}),
    ("Posts over 300,000 dollars in commissions each month.", {"300,000 dollars": "outcome"}),
    ("Managed $10M in annual revenue for the western region.", {"$10M": "scope"}),
    ("Administered the bonus plans in order to accurately pay commissions totaling $4M annually.", {"$4M": "scope"}),
    ("Family style Italian American restaurant with $1.75million in annual revenues 1991 1995", {"$1.75million": "scope"}),
    ("$2 mil yearly revenue, 14 employees", {"$2 mil": "scope", "14": "scope"}),
    ("4 million in food sales.", {"4 million": "scope"}),
    ("Recruited and hired employees to build effective culinary team for $1.5 million annual revenue-producing restaurant in New Orleans.",
     {"$1.5 million": "scope"}),
    ("Oversee data feeds for a regional wholesaler ($300M revenue).", {"$300M": "scope"}),
]


# ... and money that sizes a thing nobody wins (a program, a volume passed through, a portfolio, a budget) is scope
# whatever the verb, unless a change of it is stated (made up; the budget lines after livecareer ones)
MONEY_BY_ROLE += [
    ("Delivered a mid-seven-figure ($4M+) flagship migration program for a retailer.", {"$4M+": "scope"}),
    ("Founded and scaled lending protocols ($80M+ lifetime volume), teaching courses.", {"$80M+": "scope"}),
    ("Reached $45M lifetime volume before closing the marketplace.", {"$45M": "scope"}),
    ("Found 4 lender groups for a $3.5 MM financing project through title research.",
     {"4": "scope", "$3.5 MM": "scope"}),
    ("Responsible for $1.5 million fundraising budget, including monitoring of revenue and expenses.",
     {"$1.5 million": "scope"}),
    ("Closed $500K budget gap through new board initiatives.", {"$500K": "outcome"}),
    ("Grew the loan book to over $30MM in outstandings and $50MM in commitments in three years.",
     {"$30MM": "outcome", "$50MM": "outcome"}),
]


@pytest.mark.parametrize("text, expected", MONEY_BY_ROLE, ids=[row[0][:40] for row in MONEY_BY_ROLE])
def test_money_is_read_by_the_role_of_its_noun(text, expected):
    assert kinds_at(text) == expected


# Convention C3: uptake by others is an outcome, wherever it is counted: the people who took up what the person made and
# where they did, markets, countries and partners gained; the person's own rollout, and a partnership supervised, are
# the reach of their work (made up; the last a livecareer line)
UPTAKE = [
    ("Authored an onboarding playbook adopted by ~300 agents across ~30 regions.", {"300": "outcome", "30": "outcome"}),
    ("Building reporting tools used by thousands of nurses.", {"thousands": "outcome"}),
    ("Drove international expansion across 30+ countries.", {"30+": "outcome"}),
    ("Negotiated partnerships with 12+ vendors across the network.", {"12+": "outcome"}),
    ("Extended delivery coverage to seven new districts.", {"seven": "outcome"}),
    ("Today used by 9 clinics in the county.", {"9": "outcome"}),
    ("Deployed across three provinces (Zorbia, Quarvel, Ridgeway).", {"three": "scope"}),
    ("Supervise partnership with thirty-five high schools in state culinary and restaurant management programs.",
     {"thirty-five": "scope"}),
]


@pytest.mark.parametrize("text, expected", UPTAKE, ids=[row[0][:40] for row in UPTAKE])
def test_uptake_by_others_is_an_outcome(text, expected):
    assert kinds_at(text) == expected


# Convention C4: a level of a named metric, stated as reached, is an outcome: the metric tied to the number by ':', '=',
# brackets, 'of ... on a N-point scale', 'N-star', or a change stated without a verb; not under an aim or a before-state,
# nor a student's grade, a version in brackets, a volume averaged or a share of the time (made up, after the shapes of the
# released batches; the grade line and the version list after livecareer and Kaggle lines)
METRIC_LEVELS = [
    ("EBITDA: 14.1%, Utilization: 88%.", {"14.1%": "outcome", "88%": "outcome"}),
    ("Current validation score: 0.82+; ongoing benchmark.", {"0.82+": "outcome"}),
    ("Built a churn model (R-squared = 0.64) to rank at-risk accounts.", {"0.64": "outcome"}),
    ("Average course evaluation of 4.6 on a 5 point scale", {"4.6": "outcome"}),
    ("Kept a consistent 5-star average on two booking sites.", {"5": "outcome", "two": "scope"}),
    ("Margin defense - 14-point swing held.", {"14": "outcome"}),
    ("Confirmed 3-6 percentage point gain in repeat orders through pilot trials.", {"3-6": "outcome"}),
    ("40+ projects | ~45% hand entry removed | km/day per crew", {"40+": "scope", "45%": "outcome"}),
    ("Built solo, no budget. +190% sign-ups in Quarvel and Zentra.", {"190%": "outcome"}),
    ("Moved the ledger to a new engine (65% of baseline throughput) while trimming hosting spend by ~70%.",
     {"65%": "outcome", "70%": "outcome"}),
    ("This design gives 100% end-to-end auditability and lean support.", {"100%": "outcome"}),
    ("Problem: a 7% success rate at checkout.", {}),
    ("Target: 95% on-time delivery.", {}),
    ("Cumulative Grade Point Average: 3.4", {}),
    ("Web Technologies: HTML (5), CSS (3)", {}),
    ("Work with an average of 25 clients per week.", {"25": "scope"}),
    ("Visited client plants for pump repairs (30% of the time).", {}),
    ("Assumes 100% responsibility for quality of products", {}),
]


@pytest.mark.parametrize("text, expected", METRIC_LEVELS, ids=[row[0][:40] for row in METRIC_LEVELS])
def test_a_level_of_a_named_metric_is_a_result(text, expected):
    assert kinds_at(text) == expected


@pytest.mark.parametrize("text, quote, direction", [
    ("Bloomberg Analytics Boot Camp (500+ applied; 24 selected), Participant May 2013", "24 selected", None),
    ("Spearheaded successful completion of a $5 million dollar Capital Campaign.", "$5 million dollar Capital Campaign", None),
    ("Implemented 2 day Financial Close (down from 3 day) by working with IT", "2 day Financial Close", None),
    ("Provided an overall cost savings to the company of over $20,000.", "savings to the company of over $20,000", "down"),
])
def test_claims_without_a_verb_of_their_own_are_quoted_from_the_words_that_name_them(text, quote, direction):
    q = only(text)
    assert (text[q.start:q.end], q.direction) == (quote, direction)


def test_every_timeframe_word_is_a_hint_of_the_timeframe_precheck():
    """The timeframe pattern runs only where a hint is: a period or phrase added to the vocabulary needs one."""
    words = vocabulary.metrics()["timeframes"]
    for word in words["periods"] + words["phrases"]:
        assert any(hint in word for hint in timeframe._TIMEFRAME_HINTS), word


# --- The labelled table (tests/extractors/outcome_examples.tsv) -------------------------------------------------------
def test_every_label_in_the_table_is_found_in_its_sentence():
    from evaluation.outcomes import SPLITS, load, locate
    examples = load()
    splits = {ex.split for ex in examples}
    # every row belongs to a known split; only the newest (merged by the lead) may still be absent
    assert len(examples) >= 400 and set(SPLITS[:-1]) <= splits <= set(SPLITS)
    for ex in examples:
        if ex.text is not None:
            for literals in ex.gold.values():
                for literal in literals:
                    locate(ex.text, literal)


def test_the_finder_holds_its_accuracy_on_the_quoted_dev_rows():
    """A floor below the measured figures (make eval prints them): a drop here is a regression to look at."""
    from evaluation.outcomes import evaluate, load, ours
    rows = [ex for ex in load() if ex.text is not None and ex.split == "dev"]
    tallies = evaluate(rows, ours)
    assert tallies[("dev", "outcome")].prf()[2] >= 0.93
    assert tallies[("dev", "scope")].prf()[2] >= 0.90


def test_the_docstring_examples_hold():
    modules = [importlib.import_module(f"{outcomes.__name__}.{m.name}") for m in pkgutil.iter_modules(outcomes.__path__)]
    for module in (outcomes, vocabulary, *modules):
        assert doctest.testmod(module).failed == 0, module.__name__
