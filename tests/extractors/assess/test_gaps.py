"""Open questions: what the page leaves unanswered, asked so the candidate can bring the evidence."""
from __future__ import annotations

import extractors
from extractors.pages import read_export

from .conftest import TODAY

RESUME = """Experience
Senior Analyst at Northwind (2019 - present)
Grew renewal revenue 22% in 2022.
Analyst at Northwind (2016 - 2019)
Built weekly reporting for the sales team.
"""


def gaps_of(profile) -> list[dict]:
    _, summary = extractors.analyse(profile, TODAY)
    return [i for i in summary["guide"]["items"] if i["kind"] == "gap"]


def test_the_sample_asks_about_the_role_without_a_result_and_the_strongest_lonely_claim(sample):
    _, findings, summary = sample
    gaps = {g["about"]: g for g in summary["quick_read"]["open_questions"]}
    assert set(gaps) == {"uncorroborated", "role-without-outcome"}   # a manager vouches, no flat stretch
    strongest = max((f for f in findings if f.kind == "outcome"), key=lambda f: f.weight)
    assert gaps["uncorroborated"]["question"].startswith(
        "None of your recommendations mentions \"Grew self-serve revenue from $4.2M to $11M ARR in two years\"")
    # In the guide it is a follow-up to that result's own question, not a second item quoting the same words.
    items = summary["guide"]["items"]
    assert {g["about"] for g in items if g["kind"] == "gap"} == {"role-without-outcome"}
    result = next(i for i in items if i["id"] == strongest.id)
    assert result["follow_ups"][-1].startswith("None of your recommendations mentions this result.")


def test_a_corroborated_claim_is_not_asked_about_again(sample_html):
    profile = extractors.read_html(sample_html)
    findings, _ = extractors.analyse(profile, TODAY)
    from extractors.assess import career, gaps
    manager = next(f for f in findings if f.kind == "recommendation" and f.data.get("relationship") == "managed-directly")
    for f in findings:
        if f.kind == "outcome":
            f.links = [manager]
    questions = gaps.questions(profile, findings, career.shape(profile, findings, TODAY), TODAY)
    assert "uncorroborated" not in {g["about"] for g in questions}


def test_no_recommendations_invites_someone_to_vouch():
    about = {g["about"]: g for g in gaps_of(extractors.read_text(RESUME))}
    assert "no-recommendation" in about
    assert about["no-recommendation"]["question"].startswith("Who has seen your work closely enough to vouch for it")


def test_many_roles_without_results_share_one_question():
    rows = [("Consultant", f"Firm {n}", f"{2010 + n}-01", f"{2010 + n}-12") for n in range(6)]
    from tests.extractors.assess.test_career import profile_of
    profile = profile_of(*[(t, c, s, e, "Advised clients on operations.") for t, c, s, e in rows])
    role_gaps = [g for g in gaps_of(profile) if g["about"] == "role-without-outcome"]
    assert len(role_gaps) == 3                    # the latest two asked one by one, the rest together
    assert role_gaps[-1]["question"].startswith("These roles list no result in numbers: Consultant at Firm 2; "
                                                 "Consultant at Firm 3; Consultant at Firm 4; Consultant at Firm 5.")
    assert len({g["question"].split(" lists")[0].split(" left")[0] for g in role_gaps[:2]}) == 2


def test_real_captures_open_questions_quote_places_on_the_page(capture):
    profile, _, summary = capture
    titles = {e.title for s in profile.sections_of("experience") for e in s.entries}
    for g in (i for i in summary["guide"]["items"] if i["kind"] == "gap"):
        assert g["question"].rstrip().endswith("?"), g["question"]
        if g["about"] == "role-without-outcome":
            assert any(t and t in g["evidence"] for t in titles)


def test_three_roles_without_results_are_each_asked_about_not_one_left_to_pick_from():
    rows = [("Consultant", f"Firm {n}", f"{2010 + n}-01", f"{2010 + n}-12") for n in range(3)]
    from tests.extractors.assess.test_career import profile_of
    profile = profile_of(*[(t, c, s, e, "Advised clients on operations.") for t, c, s, e in rows])
    role_gaps = [g for g in gaps_of(profile) if g["about"] == "role-without-outcome"]
    assert len(role_gaps) == 3
    assert not any(g["question"].startswith("These roles") for g in role_gaps)
    assert "Consultant at Firm 2" in role_gaps[-1]["question"]


def test_recommendations_whose_relationship_the_page_hides_are_not_called_none_from_a_manager():
    # An export says who recommended but not how they worked together: "none from a manager" would be a guess.
    files = {"Recommendations_Received.csv": (
        "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
        "Sam,Example,Tidepool Software,VP Customer Experience,\"Alex cut churn 40% in a year.\",\"03/14/24, 10:02 AM\",VISIBLE\n")}
    about = {g["about"] for g in gaps_of(read_export(files))}
    assert "no-manager-recommendation" not in about
    assert "no-recommendation" not in about


def test_a_recommendation_known_to_come_from_a_peer_still_asks_what_a_manager_would_say(sample_html):
    profile = extractors.read_html(sample_html)
    findings, _ = extractors.analyse(profile, TODAY)
    from extractors.assess import career, gaps
    recs = [f for f in findings if f.kind == "recommendation"]
    for f in recs:
        f.data["relationship"] = "same-team"
    questions = gaps.questions(profile, findings, career.shape(profile, findings, TODAY), TODAY)
    assert "no-manager-recommendation" in {g["about"] for g in questions}
