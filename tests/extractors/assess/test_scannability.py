"""The scannability score: transparent checks whose fixes quote the place, and that reward applying the fix."""
from __future__ import annotations

import pytest

import extractors
from extractors.assess import scannability
from extractors.assess.words import role_name
from extractors.document import Block, Profile, Section

from .conftest import analysed


def checks_of(summary: dict) -> dict:
    return {c["id"]: c for c in summary["scannability"]["checks"]}


def test_weights_add_up_to_100_and_points_add_up_to_the_score(sample):
    _, _, summary = sample
    sc = summary["scannability"]
    assert sum(c["weight"] for c in scannability.config().values()) == 100
    assert sum(c["weight"] for c in sc["checks"]) == 100
    assert abs(sum(c["weight"] * c["score"] for c in sc["checks"]) - sc["score"]) < 0.5
    for c in sc["checks"]:
        assert c["result"] in ("pass", "partial", "fail", "n/a")
        assert (c["fix"] is None) == (c["result"] in ("pass", "n/a")), c


def test_the_fix_for_a_role_without_a_result_names_that_role(sample):
    _, _, summary = sample
    c = checks_of(summary)["outcomes-per-role"]
    assert c["reason"] == "3 of 4 roles state a quantified result."
    assert "\"Product Manager at Brightline Health\"" in c["fix"]
    assert "Tidewater" not in c["fix"]     # the roles that do state results are left alone


def test_a_result_below_the_fold_is_quoted_with_its_role(sample):
    _, _, summary = sample
    fix = checks_of(summary)["outcome-above-fold"]["fix"]
    assert ("In \"Director of Product, Payments at Tidewater Commerce\", \"Reduced payment failure rate from 4.1% to 1.3%\" "
            "is hidden below the \"…see more\" fold") in fix
    # The role with no result at all is told what its first lines say now.
    assert "Open \"Product Manager at Brightline Health\" with a result: its first lines read \"Owned the patient" in fix


def test_spelled_out_numbers_are_found_and_given_as_digits(sample):
    _, _, summary = sample
    c = checks_of(summary)["numbers-as-digits"]
    assert c["result"] == "partial"
    assert "Write \"two years\" as digits (2 years)" in c["fix"] and "(About)" in c["fix"]


@pytest.mark.parametrize("line, flagged, digits", [
    ("Grew market share twenty-seven percent in a year.", "twenty-seven percent", "27%"),
    ("Led a team of fifteen engineers.", "fifteen engineers", "15 engineers"),
    ("Cut churn by two thirds in six months.", "six months", "6 months"),
    ("Closed five million dollars of new business.", "five million dollars", "5 million dollars"),
    ("Cut costs by 27% in 15 months.", None, None),
    ("One of the top 20 teams; first place in 2019.", None, None),
    ("Worked on two continents.", None, None),
])
def test_numbers_as_digits_examples(line, flagged, digits):
    profile = Profile(sections=[Section("about")])
    profile.sections[0].add_block(Block(line, role="about"))
    c = scannability.numbers_as_digits(profile).as_dict()
    if flagged is None:
        assert c["result"] == "pass", c["reason"]
    else:
        assert f"\"{flagged}\"" in c["reason"] and f"({digits})" in c["fix"], c


def test_duties_are_quoted_with_their_role(sample):
    _, _, summary = sample
    c = checks_of(summary)["results-not-duties"]
    assert c["reason"].startswith("2 of 4 role descriptions describe duties")
    assert ("Rewrite \"Responsible for the checkout roadmap and for coordinating releases with 4 engineering teams\" "
            "(Senior Product Manager, Checkout at Tidewater Commerce)") in c["fix"]


def test_a_long_line_is_quoted_with_its_role_and_length(sample):
    _, _, summary = sample
    c = checks_of(summary)["skimmable-bullets"]
    assert c["places"] == [{"where": "Senior Product Manager, Checkout at Tidewater Commerce",
                            "quote": "Partnered with data science to build the experimentation programme…"}]
    assert "372 characters" in c["fix"]


def test_credentials_without_a_link_are_named(sample):
    _, _, summary = sample
    c = checks_of(summary)["credentials-verifiable"]
    assert c["score"] == 0.75     # 4 with issuer, 2 of 4 with a link
    assert "Pragmatic Institute Certified - PMC-III" in c["fix"] and "Google Data Analytics Certificate" in c["fix"]
    assert "PMP" not in c["fix"]


def test_recommendations_say_from_whom(sample):
    _, _, summary = sample
    c = checks_of(summary)["recommendations"]
    assert c["result"] == "pass"
    assert "Daniel Reyes (your manager)" in c["reason"] and "Priya Natarajan (on your team)" in c["reason"]


@pytest.mark.parametrize("check, before, after", [
    ("numbers-as-digits", "$11M ARR in two years", "$11M ARR in 2 years"),
    ("results-not-duties", "Responsible for requirements, backlog grooming and stakeholder communication.",
     "Cut time-to-release from 6 weeks to 2."),
    ("outcomes-per-role", "Owned the patient scheduling product used by 140 clinics.",
     "Grew the patient scheduling product from 40 to 140 clinics, increasing bookings by 35%."),
    ("credentials-verifiable", "Issued Jan 2021<!----></span></span></a></div>",
     "Issued Jan 2021<!----></span></span></a></div><div class=\"pvs-entity__sub-components\"><ul><li>"
     "<a aria-label=\"Show credential. Google Data Analytics Certificate\" href=\"https://example.org/verify/123\" "
     "class=\"optional-action-target-wrapper artdeco-button\"><span aria-hidden=\"true\">Show credential</span></a>"
     "</li></ul></div>"),
])
def test_applying_a_fix_raises_that_check(sample_html, check, before, after):
    assert before in sample_html
    _, _, was = analysed(sample_html)
    _, _, now = analysed(sample_html.replace(before, after))
    assert checks_of(now)[check]["points"] > checks_of(was)[check]["points"], (checks_of(was)[check], checks_of(now)[check])
    assert now["scannability"]["score"] > was["scannability"]["score"]


def test_same_profile_same_score(sample_html):
    runs = [analysed(sample_html)[2]["scannability"] for _ in range(2)]
    assert runs[0] == runs[1]


def test_no_credentials_is_not_penalised():
    profile = extractors.read_text("Experience\nGrew revenue 40% in 2023.\n")
    findings, summary = extractors.analyse(profile, "2024-12")
    c = checks_of(summary)["credentials-verifiable"]
    assert c["result"] == "n/a" and c["points"] == c["weight"]


def test_real_captures_fixes_name_roles_on_the_page(capture):
    profile, _, summary = capture
    names = {role_name(e) for s in profile.sections_of("experience") for e in s.entries}
    checks = checks_of(summary)
    assert 0 <= summary["scannability"]["score"] <= 100
    for c in checks.values():
        if c["id"] in ("outcomes-per-role", "outcome-above-fold", "results-not-duties") and c["places"]:
            for place in c["places"]:
                assert place["where"].split(" (")[0] in names, place
            assert c["places"][0]["where"] in c["fix"]
    if any(s.partial for s in profile.sections):
        assert "details pages" in summary["scannability"]["note"]


def test_a_profile_with_nothing_to_skim_scores_low():
    """Checks with nothing to read score 0: an empty profile is not scannable (only certificates may be absent)."""
    profile = Profile(name="A. Candidate", sections=[Section("about")])
    profile.sections[0].add_block(Block("Passionate team player who loves building things.", role="about"))
    findings, summary = extractors.analyse(profile, "2024-12")
    checks = checks_of(summary)
    # What it earns: no number spelled out, one short line, and no credentials to check.
    assert {cid for cid, c in checks.items() if c["points"] > 0} == {"numbers-as-digits", "skimmable-bullets",
                                                                     "credentials-verifiable"}
    assert summary["scannability"]["score"] == 30
    assert checks["results-not-duties"]["fix"] == "Describe each role by what changed because of you, not by its duties."


def test_a_resume_summary_under_a_contact_header_counts_as_the_about_section():
    text = ("Sam Example\nAustin, TX · someone@example.test\nSUMMARY\nProduct manager. Grew revenue from $2M to $6M in 3 years.\n"
            "EXPERIENCE\nProduct Manager — Northwind\nJan 2019 – Present\nCut churn from 9% to 4% in one year.\n")
    _, summary = extractors.analyse(extractors.read_text(text), "2024-12")
    c = checks_of(summary)["about-states-results"]
    assert c["result"] == "pass", c


def test_a_hidden_recommender_is_not_named_and_the_fix_allows_that_a_manager_wrote_it(sample_html):
    # The public page names every recommender "LinkedIn User" and hides how they worked together.
    profile = extractors.read_html(sample_html, "https://www.linkedin.com/in/someone/")
    findings, _ = extractors.analyse(profile, "2024-12")
    for f in findings:
        if f.kind == "recommendation":
            f.data.update(recommender="LinkedIn User", relationship=None)
    c = scannability.recommendations(profile, findings).as_dict()
    assert "LinkedIn User" not in c["reason"]
    assert c["reason"].startswith("2 recommendations: 2 whose name this page hides."), c["reason"]
    assert c["fix"].startswith("This page cannot tell whether a manager wrote one. If not, ask a manager"), c["fix"]


def test_an_about_without_a_result_is_offered_the_strongest_result_stated_elsewhere():
    text = ("SUMMARY\nDedicated billing professional with strong attention to detail.\n"
            "EXPERIENCE\nBilling Manager, Example Clinic, 2016 - 2019\n"
            "Reduced claim denials from 12% to 4% in one year.\n")
    _, summary = extractors.analyse(extractors.read_text(text), "2024-12")
    c = checks_of(summary)["about-states-results"]
    assert c["result"] == "fail"
    assert "such as \"Reduced claim denials from 12% to 4% in one year\" (Billing Manager at Example Clinic)" in c["fix"], c["fix"]


def test_places_outside_a_role_read_as_section_names():
    # A résumé's untitled opening paragraph is its About section: the fix names it "About", not "about".
    text = "Analyst with a background in " + "reporting, " * 30 + "and planning.\nEXPERIENCE\nAnalyst, Example Co, 2019 - 2021\nBuilt reports.\n"
    _, summary = extractors.analyse(extractors.read_text(text), "2024-12")
    c = checks_of(summary)["skimmable-bullets"]
    assert "(About, " in c["fix"], c["fix"]


def test_a_role_opening_on_a_heading_is_quoted_by_what_the_heading_introduces():
    from tests.extractors.assess.test_career import profile_of
    profile = profile_of(("Store Manager", "Example Retail", "2015-01", "2018-12",
                          "Roles and Responsibilities:\nManaged daily store operations and a team of 12."))
    c = scannability.outcome_above_fold(profile, [])
    assert "its first lines read \"Managed daily store operations and a team of 12\"" in c.fix, c.fix


def test_a_role_opening_on_a_garbled_bullet_is_quoted_without_it():
    """A description pasted from a Word export keeps its bullets as mojibake ("â€¢" for "•"): the fix quotes the words."""
    from tests.extractors.assess.test_career import profile_of
    profile = profile_of(("Store Manager", "Example Retail", "2015-01", "2018-12",
                          "â€¢ Managed daily store operations\nÂ·Â Ordered stock weekly"))
    c = scannability.outcome_above_fold(profile, [])
    assert "its first lines read \"Managed daily store operations\"" in c.fix, c.fix


def test_a_resume_is_not_scored_on_recommendations_it_has_no_place_for():
    """A résumé cannot carry LinkedIn recommendations: that check is left out (weight 0, n/a, no fix) and the score
    is the other checks' 90 points scaled to 100, as the note and the check's reason say."""
    profile = extractors.read_text("Experience\nAnalyst, Example Co, 2019 - 2021\nGrew revenue 40% in 2020.\n")
    _, summary = extractors.analyse(profile, "2024-12")
    sc = summary["scannability"]
    c = checks_of(summary)["recommendations"]
    assert (c["weight"], c["points"], c["result"], c["fix"]) == (0, 0, "n/a", None)
    assert c["reason"].startswith("Not scored: a résumé has no place for LinkedIn recommendations, so the score is the "
                                  "other checks' 90 points scaled to 100.")
    earned = sum(k["points"] for k in sc["checks"])
    assert sum(k["weight"] for k in sc["checks"]) == 90 and sc["score"] == round(earned * 100 / 90)
    assert sc["note"] == ("Scored on what this text shows. Out of 90 points, scaled to 100: recommendations cannot "
                          "be shown in this text.")
    # the same text as a page's would be scored out of 100, with 0 of the 10 recommendation points
    profile.page_kind = "generic"
    _, page = extractors.analyse(profile, "2024-12")
    assert checks_of(page)["recommendations"]["weight"] == 10 and page["scannability"]["score"] < sc["score"]


def test_a_resume_has_no_see_more_fold():
    """On a résumé a role opens with a result when one of its first two lines states it; a later one is asked to
    move up, in words that name no "see more" fold (a résumé has none)."""
    text = ("Pat Example\nExperience\nStore Manager at Lakeview Grocers (2016 - 2020)\n- Ran the night shift\n"
            "- Cut shrink by 20% in one year\nCashier at Lakeview Grocers (2014 - 2016)\n- Balanced the till\n"
            "- Opened the store\n- Cut wait times by 30%\n")
    _, summary = extractors.analyse(extractors.read_text(text), "2024-12")
    c = checks_of(summary)["outcome-above-fold"]
    assert c["title"] == "Each role opens with a result" and c["reason"].startswith("1 of 2 role descriptions")
    assert c["fix"] == ("In \"Cashier at Lakeview Grocers\", \"Cut wait times by 30%\" comes after the first two lines, "
                        "where a skimming reader has moved on: make it the first.")
    assert "see more" not in c["fix"] + c["title"] + c["reason"]


def test_a_resume_is_told_about_its_text_not_a_page():
    """Reasons, the quick read, the career and the questions say "in this text" of pasted text, "on this page" of a
    page: a résumé is no page."""
    text = ("Pat Example\nExperience\nCashier at Lakeview Grocers (2010 - 2017)\n- Balanced the till\n"
            "Clerk at Lakeview Grocers (2008 - 2010)\n- Stocked shelves\n")
    profile = extractors.read_text(text)
    _, summary = extractors.analyse(profile, "2024-12")
    said = [c["reason"] + (c["fix"] or "") for c in summary["scannability"]["checks"]] + \
        summary["quick_read"]["lines"] + [summary["career"]["summary"]] + \
        [g["evidence"] + g["question"] for g in summary["guide"]["items"]]
    assert not [s for s in said if "page" in s and "LinkedIn" not in s], said
    assert "No recommendations in this text" in " ".join(said)
    profile.page_kind = "generic"
    _, page = extractors.analyse(profile, "2024-12")
    assert "Who vouches: no recommendations on this page." in page["quick_read"]["lines"]


def test_a_resumes_own_words_are_quoted_as_written():
    """Only the prose is reworded for pasted text: a quote of the candidate's own "on the page" stays as written."""
    text = ("Jordan Example\nExperience\nWeb Producer\nJan 2019 to Dec 2022 Northwind Media - Austin, TX\n"
            "Managed the product catalogue for the online store\nWrote copy for every product line\n"
            "Cut bounce rate on the page by 40% in one quarter\n")
    _, summary = extractors.analyse(extractors.read_text(text), "2024-01")
    quote = "\"Cut bounce rate on the page by 40% in one quarter\""
    assert quote in checks_of(summary)["outcome-above-fold"]["fix"]
    assert quote in summary["quick_read"]["lines"][0]
    assert "Who vouches: no recommendations in this text." in summary["quick_read"]["lines"]
