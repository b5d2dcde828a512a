"""Corroboration: a recommendation that repeats a quantified claim is linked to it, both ways, and says so."""
from __future__ import annotations

import extractors
from extractors import read_html
from extractors.document import Block, Entry, Profile, Section
from extractors.finders import corroboration, outcomes, recommendations
from extractors.pages import export
from tests.conftest import ROOT, SAMPLE_PROFILE


def _profile(bullet: str, recommendation: str, line: str = "May 2, 2024, Tomas managed Ines directly") -> Profile:
    experience = Section("experience")
    role = Entry(title="Product Manager", organisation="Lumen Freight")
    role.add(Block(bullet, "description"))
    experience.add_entry(role)
    recs = Section("recommendations")
    entry = Entry(title="Tomas Example", organisation="VP Product at Lumen Freight", dates=line)
    entry.add(Block(recommendation, "recommendation"))
    recs.add_entry(entry)
    return Profile(name="Ines Example", sections=[experience, recs])


def _linked(profile: Profile):
    findings = outcomes.find(profile) + recommendations.find(profile)
    corroboration.link(findings)
    return [f for f in findings if f.kind == "outcome"], [f for f in findings if f.kind == "recommendation"]


def test_a_recommendation_repeating_a_result_is_linked_both_ways_and_the_outcome_says_who():
    [outcome], [rec] = _linked(_profile("Doubled revenue over a 15 month period.",
                                        "Ines helped us double revenue in little more than a year."))
    assert outcome.links == [rec] and rec.links == [outcome]
    assert outcome.data["corroborated_by"] == [{
        "id": rec.id, "recommender": "Tomas Example", "relationship": "managed-directly",
        "words": "Corroborated by a recommendation from Tomas Example, who managed them directly."}]
    assert rec.data["corroborates"] == [{"id": outcome.id, "quote": outcome.quote}]


def test_the_same_figure_about_something_else_is_no_corroboration():
    [outcome], [rec] = _linked(_profile("Doubled revenue over a 15 month period.",
                                        "In her time the team doubled in size and morale never dipped."))
    assert outcome.links == [] and rec.links == []


def test_praise_corroborates_nothing():
    [outcome], [rec] = _linked(_profile("Increased market share 27% in 15 months.",
                                        "Ines is a pleasure to work with and a true team player."))
    assert outcome.links == [] and "corroborated_by" not in outcome.data


def test_the_sample_profile_managers_recommendation_corroborates_two_results():
    out = extractors.annotate(SAMPLE_PROFILE.read_text("utf-8"), today="2024-12")
    by_id = {i["id"]: i for i in out["items"]}
    recs = [i for i in out["items"] if i["scannable"]["kind"] == "recommendation" and i["scannable"]["links"]]
    assert [r["scannable"]["relationship"] for r in recs] == ["managed-directly"]
    linked = [by_id[x] for x in recs[0]["scannable"]["links"]]
    assert sorted(i["target"]["selector"][0]["exact"] for i in linked) == [
        "Doubled checkout conversion", "Reduced payment failure rate from 4.1% to 1.3%"]
    assert all(recs[0]["id"] in i["scannable"]["links"] for i in linked)


def test_an_export_recommendation_corroborates_the_positions_claim():
    folder = ROOT / "tests" / "fixtures" / "pages" / "export"
    profile = export.read({p.name: p.read_text("utf-8") for p in folder.glob("*.csv")})
    findings, _ = extractors.analyse(profile, today="2024-12")
    rec = next(f for f in findings if f.kind == "recommendation")
    # The claim is in the About text and in the role: the recommendation vouches for both.
    assert [(o.block.section.kind, " ".join(o.quote.split())) for o in rec.links] == [
        ("about", "Cut gross churn 40%"), ("experience", "Cut gross churn 40%")]
