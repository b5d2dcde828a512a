"""Interview prompts: the candidate's own words, open questions, never accusing, and not ten copies of one sentence."""
from __future__ import annotations

import json
import re

import extractors
from extractors.assess import prompts
from extractors.text import collapse
from tests.conftest import shared

# Words that turn a question into an accusation or a test of honesty.
ACCUSING = re.compile(r"(?i)\b(?:really|actually|prove|proof that|true|honest|lie|lying|exaggerat\w*|inflat\w*|"
                      r"claim\w*|suspicious|doubt|justify)\b")
OPEN = re.compile(r"(?i)\b(?:what|how|why|which|where|who|when|tell me|walk me|take me)\b")
# What each follow-up slot must ask about (DESIGN.md §2: goal, measurement, trade-offs, ownership).
SLOTS = {
    "goal": re.compile(r"(?i)\b(?:goal|target|plan)\b"),
    "measurement": re.compile(r"(?i)\b(?:measured|number come from|know the change)\b"),
    "trade-off": re.compile(r"(?i)\b(?:trade off|back burner|say no|slipped|waited)\b"),
    "ownership": re.compile(r"(?i)\b(?:yours|own|personally contributed)\b"),
}
FINANCIAL = re.compile(r"(?i)revenue.*(?:units|margin)|margin")

# Anonymised résumé bullets (livecareer set, employers "Company Name"), plus a few written for the test.
TEN_OUTCOMES = """Experience
Major role player in the increasing of market share by 11% over previous year.
Introduced shadow boards and reduced tool loss by 50%, saving over $1M in lost or stolen tools.
Increased loan originations by 100% in first year.
Grew subscription revenue 34% year over year.
Cut customer churn from 9% to 4% in one year.
Reduced onboarding time by 60% by rebuilding the setup flow.
Doubled qualified leads in 6 months with a new referral programme.
Improved first-contact resolution by 18% after redesigning support.
Increased gross margin 5% by renegotiating supplier contracts.
Raised on-time delivery to 98% across 3 warehouses.
"""


def _opener_shape(prompt: str) -> str:
    """The prompt with the quoted words and figures taken out: what is left is the template's own sentence."""
    return re.sub(r"\"[^\"]*\"|\S*\d\S*", "…", prompt)


def test_every_finding_on_the_sample_gets_an_open_question(sample):
    _, findings, _ = sample
    assert findings
    for f in findings:
        assert f.prompt, f.quote
        for text in [f.prompt, *f.follow_ups]:
            assert OPEN.search(text), text
            assert not ACCUSING.search(text), text
            assert "…" not in text.replace("\"…", "").replace("…\"", "").replace(" […] ", " "), \
                f"an unfilled template field: {text}"


def test_an_outcome_prompt_quotes_the_candidates_clause_not_just_the_number(sample):
    _, findings, _ = sample
    doubled = next(f for f in findings if f.kind == "outcome" and f.quote.startswith("Doubled"))
    quoted = re.search(r"\"([^\"]+)\"", doubled.prompt)[1]
    assert quoted == "Doubled checkout conversion on mobile over a 15 month period"
    assert quoted in collapse(doubled.block.text)


def test_outcome_follow_ups_ask_goal_measurement_trade_offs_and_ownership(sample):
    _, findings, _ = sample
    # A ranking has its own follow-ups (the field, who judged): see the test below.
    for f in (f for f in findings if f.kind == "outcome" and f.data.get("family") != "rank"):
        for slot, pattern in SLOTS.items():
            assert any(pattern.search(q) for q in f.follow_ups), f"{slot} missing for {f.quote!r}: {f.follow_ups}"
        asks_money = any(FINANCIAL.search(q) for q in f.follow_ups)
        assert asks_money == bool(f.data.get("financial")), f.quote


def test_ten_outcomes_do_not_read_as_ten_copies():
    profile = extractors.read_text(TEN_OUTCOMES)
    findings, _ = extractors.analyse(profile, "2024-12")
    outcomes = [f for f in findings if f.kind == "outcome"]
    assert len(outcomes) >= 9
    shapes = [_opener_shape(f.prompt) for f in outcomes]
    assert len(set(shapes)) == len(shapes), shapes
    # Neighbours never ask their first follow-up in the same words.
    firsts = [f.follow_ups[0] for f in outcomes]
    assert all(a != b for a, b in zip(firsts, firsts[1:]))


def test_prompts_are_deterministic(sample_html):
    def run():
        findings, _ = extractors.analyse(extractors.read_html(sample_html), "2024-12")
        return [(f.prompt, f.follow_ups) for f in findings]
    assert run() == run()


def test_a_credential_prompt_asks_how_it_was_applied_and_notes_a_lapse(sample):
    _, findings, _ = sample
    creds = {f.quote: f for f in findings if f.kind == "credential"}
    cspo = creds["Certified Scrum Product Owner (CSPO)"]
    assert "\"Certified Scrum Product Owner (CSPO)\"" in cspo.prompt
    assert re.search(r"(?i)used|applied", cspo.prompt)
    assert any("Sep 2024" in q for q in cspo.follow_ups), cspo.follow_ups   # "Expires Sep 2024", judged in Dec 2024
    pmp = creds["Project Management Professional (PMP)"]
    assert "documented practice" in pmp.prompt    # experience-gated: the prompt asks about that practice
    assert not any("lapsed" in q for q in pmp.follow_ups)   # expires Apr 2026: still valid in Dec 2024


def test_a_manager_recommendation_names_who_and_quotes_what_they_saw(sample):
    _, findings, _ = sample
    manager = next(f for f in findings if f.kind == "recommendation" and f.data.get("relationship") == "managed-directly")
    assert manager.prompt.startswith("Daniel Reyes (your manager at Tidewater Commerce)")
    assert "\"Maya turned our payments business around.\"" in manager.prompt
    # The concrete detail of the recommendation becomes a follow-up about how it was measured.
    assert any("cut the failure rate" in q and "measured" in q for q in manager.follow_ups), manager.follow_ups


def test_templates_are_data_a_person_can_edit():
    data = json.loads((prompts.resources.files("extractors.data") / "prompts.json").read_text("utf-8"))
    assert len(data["outcome"]["openers"]) >= 6
    assert all(len(slot) >= 2 for slot in data["outcome"]["follow_ups"])
    assert "_comment" in data


def test_real_captures_every_prompt_quotes_the_page(capture):
    profile, findings, _ = capture
    for f in findings:
        assert f.prompt and OPEN.search(f.prompt) and not ACCUSING.search(f.prompt), f.prompt
        if f.kind in ("outcome", "scope"):
            quoted = re.search(r"\"([^\"]+)\"", f.prompt)[1].strip("…")
            for part in quoted.split(" […] "):          # a long clause's opening, then the words at the number
                assert part in collapse(f.block.text), quoted


def test_real_resume_bullets_get_varied_prompts():
    """Outcomes from real résumés (livecareer set): on each résumé the openers differ from one another."""
    path = shared("real-text", "livecareer_kaggle_resume_dataset", "livecareer_resumes_pdftotext.jsonl")
    checked = 0
    with open(path, encoding="utf-8") as rows:
        for line in rows:
            text = json.loads(line)["text"]
            findings, _ = extractors.analyse(extractors.read_text(text), "2024-12")
            outcomes = [f for f in findings if f.kind == "outcome"]
            if len(outcomes) < 5:
                continue
            shapes = [_opener_shape(f.prompt) for f in outcomes]
            pool = len(prompts.templates()["outcome"]["openers"])
            assert len(set(shapes)) >= min(len(shapes), pool), shapes
            for f in outcomes:
                assert not ACCUSING.search(f.prompt), f.prompt
            checked += 1
            if checked == 20:
                break
    assert checked == 20


def test_a_corroborated_outcome_asks_what_the_recommender_would_add(sample):
    _, findings, _ = sample
    corroborated = [f for f in findings if f.kind == "outcome" and f.data.get("corroborated_by")]
    assert corroborated, "the manager's recommendation repeats 'double checkout conversion'"
    for f in corroborated:
        names = [v["recommender"] for v in f.data["corroborated_by"]]
        assert any(q.startswith(f"{names[0]} (your manager) mentions this too") for q in f.follow_ups), f.follow_ups
    lonely = [f for f in findings if f.kind == "outcome" and not f.data.get("corroborated_by")]
    assert not any("mentions this too" in q for f in lonely for q in f.follow_ups)


def test_a_result_about_people_who_are_not_customers_is_not_asked_about_customers():
    # The 'customers' family holds students, members, followers and attendees as well as customers.
    resume = ("Experience\nAdmissions Director, Example Academy, 2014 - 2017\n"
              "Increased student enrollment by 20% year over year.\n")
    findings, _ = extractors.analyse(extractors.read_text(resume), "2024-12")
    enrolment = next(f for f in findings if f.kind == "outcome")
    assert enrolment.data["family"] == "customers"
    assert "customers" not in enrolment.prompt
    assert enrolment.prompt.endswith("Who were the people behind that number, and what did you change for them?")


def test_credential_follow_ups_fit_any_certificate_not_only_a_framework(sample):
    # A cloud exam or an analytics course teaches no "framework": the follow-up must read right for either.
    _, findings, _ = sample
    credentials = [f for f in findings if f.kind == "credential"]
    assert credentials and all(f.follow_ups for f in credentials)      # else the check below holds of nothing
    for f in credentials:
        assert not any("framework" in q for q in f.follow_ups), f.follow_ups


def test_a_recommendation_is_not_called_concrete_for_how_long_they_knew_the_person_or_a_version_number():
    from extractors.assess.prompts import _CONCRETE
    general = ["I had the pleasure to work with Sam over 5 years.", "We worked together for 3+ years.",
               "Sam worked on the v2 release of our billing service.", "In 2019 Sam joined our team."]
    concrete = ["Sam cut churn 40% in a year.", "Sam closed 12 deals in 2 months.", "Revenue grew 3x under Sam.",
                "Sam saved 2,000 hours of manual work."]
    assert [bool(_CONCRETE.search(s)) for s in general] == [False] * len(general)
    assert [bool(_CONCRETE.search(s)) for s in concrete] == [True] * len(concrete)


def test_a_ranking_is_followed_up_about_the_field_not_a_goal_or_a_report(sample):
    _, findings, _ = sample
    ranked = next(f for f in findings if f.quote.startswith("Ranked #1 of 40"))
    follow_ups = " ".join(ranked.follow_ups)
    assert "goal" not in follow_ups and "report or system" not in follow_ups, ranked.follow_ups
    assert any(q.startswith(("How many were in the running", "Who decided the ranking")) for q in ranked.follow_ups)
