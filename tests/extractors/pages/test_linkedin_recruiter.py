"""LinkedIn Recruiter's profile, on a fixture reduced to the data-test marks (tests/fixtures/pages/recruiter-profile.html)."""
from __future__ import annotations

from pathlib import Path

import extractors
from extractors.pages import read_html

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "recruiter-profile.html"
URL = "https://www.linkedin.com/talent/hire/123/discover/recruiterSearch/profile/AEMAAExample"


def test_top_card_summary_and_roles():
    profile = read_html(PAGE.read_text("utf-8"), URL)
    assert profile.page_kind == "linkedin-recruiter"
    assert (profile.name, profile.location) == ("Noor Example-Haddad", "Sheffield, England, United Kingdom")
    assert profile.headline.startswith("Plant Manager at Ridgeway Metals")
    roles = profile.section("experience").entries
    assert [(r.title, r.organisation, r.company, r.start, r.end, r.duration) for r in roles] == [
        ("Plant Manager", "Ridgeway Metals", None, "2020-04", "present", "4 yrs 8 mos"),
        ("Production Manager", "Castleford Components", "Castleford Components", "2017-01", "2020-03", "3 yrs 3 mos"),
        ("Shift Supervisor", "Castleford Components", "Castleford Components", "2013-04", "2016-12", None),
    ]
    assert roles[0].details["employment_type"] == "Full-time"
    (school,) = profile.section("education").entries
    assert (school.title, school.organisation, school.start) == (
        "University of Sheffield", "MEng, Mechanical Engineering", "2008")
    assert [s.title for s in profile.section("skills").entries] == ["Lean Manufacturing", "Six Sigma"]


def test_the_viewers_name_is_not_the_candidates_and_gaps_are_said(validate):
    out = validate(extractors.annotate(PAGE.read_text("utf-8"), URL))
    assert out["summary"]["profile"]["name"] == "Noor Example-Haddad"
    assert any("Recruiter" in n and "not read" in n for n in out["summary"]["not_seen"])
    exacts = [i["target"]["selector"][0]["exact"] for i in out["items"] if i["scannable"]["kind"] == "outcome"]
    assert any("81% to 97%" in e for e in exacts)
