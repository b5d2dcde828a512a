"""Corroboration: a recommendation that repeats a quantified claim is linked to it, both ways, and says so."""
from __future__ import annotations

import pytest

import extractors
from evaluation import recommendations as labelled
from evaluation.sources import digest as labelled_sha
from extractors import read_html
from extractors.document import Block, Entry, Profile, Section
from extractors.finders import corroboration, outcomes, recommendations
from extractors.pages import export
from extractors.text import decode
from tests.conftest import ROOT, SAMPLE_PROFILE, SHARED_DATA, real_captures, shared


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


def test_a_figure_word_or_a_word_of_change_alone_links_nothing():
    # The same figure, and no word of what was measured in common but "double" or "improve".
    [outcome], [rec] = _linked(_profile("Was able to double my numbers at both programs in two years.",
                                        "Together we set out to double the output of our plant."))
    assert outcome.links == []
    [outcome], [rec] = _linked(_profile("Design changes led to an 80% output improvement on a bottleneck.",
                                        "She helped us improve plant performance and double the output."))
    assert outcome.links == []


def test_a_rank_word_or_a_year_is_not_what_was_measured():
    # "top" names the kind of figure, as "double" does; a year is no figure, so "level up" states no change.
    [outcome], [rec] = _linked(_profile("Inducted into the honour society for the top 15% of the class.",
                                        "She is easily a top 15% engineer in her field."))
    assert outcome.links == []
    [outcome], [rec] = _linked(_profile("Grew Twitter followers by 27% in a year.",
                                        "Follow her to level up your LinkedIn and Twitter games in 2024."))
    assert outcome.links == []


def test_a_verb_and_its_noun_name_the_same_thing():
    [outcome], [rec] = _linked(_profile("Led data delivery for programs that saved $1B.",
                                        "Her team was behind over $1B in shared savings."))
    assert outcome.links == [rec]


def _real_recommendation(reference: str) -> str:
    """A real recommendation's text, read in place through the labelled table's reference (skips where absent)."""
    shared("real-text", "linkedin_data_exports")
    [text] = [text for ref, text, *_ in labelled.load() if ref.endswith(reference)]
    assert text is not None, f"{reference} changed: its sha no longer matches the table"
    return text


# Real recommendations that state a figure, beside a claim written for the test that says the same (or not).
@pytest.mark.realdata
@pytest.mark.parametrize("reference, claim, linked", [
    ("robertopotenza-seo/Recommendations_Received.csv:8", "Doubled plant output in 12 months.", True),
    ("robertopotenza-seo/Recommendations_Received.csv:8", "Increased plant output 2x in a year.", True),
    ("robertopotenza-seo/Recommendations_Received.csv:8", "Doubled revenue in 12 months.", False),
    ("robertdavidwest/Recommendations_Received.csv:1", "Generated $1B+ in shared savings.", True),
    ("robertdavidwest/Recommendations_Received.csv:1", "Led data delivery for programs that saved $1B.", True),
    ("robertdavidwest/Recommendations_Received.csv:1", "Grew revenue to $1B.", False),
])
def test_a_real_recommendation_links_the_claim_it_repeats_and_no_other(reference, claim, linked):
    [outcome], [rec] = _linked(_profile(claim, _real_recommendation(reference)))
    assert (outcome.links == [rec]) is linked


def _export(folder) -> Profile:
    files = {}
    for path in folder.glob("*.csv"):
        raw = path.read_bytes()
        try:
            files[path.name] = raw.decode("utf-8")
        except UnicodeDecodeError:
            files[path.name] = raw.decode("cp1252")     # one export is Windows-1252 (SOURCES.md)
    return export.read(files)


@pytest.mark.realdata
def test_no_real_recommendation_repeats_its_own_profiles_claims():
    # Read by eye: in the real exports with both Positions and recommendations, and in the three captures, no
    # recommendation states a figure the profile states (one names "$1B in shared savings", which its profile does not).
    exports = shared("real-text", "linkedin_data_exports")
    profiles = [_export(f) for f in sorted(exports.iterdir()) if (f / "Recommendations_Received.csv").exists()]
    profiles += [_export(f) for f in sorted((SHARED_DATA / "linkedin-export").glob("*"))
                 if (f / "Recommendations_Received.csv").exists()]
    profiles += [read_html(decode(page.read_bytes())) for page in real_captures()]
    linked = recs = claims = 0
    for profile in profiles:
        findings, _ = extractors.analyse(profile, today="2024-12")
        recs += sum(f.kind == "recommendation" for f in findings)
        claims += sum(f.kind == "outcome" for f in findings)
        linked += sum(bool(f.links) for f in findings if f.kind == "recommendation")
    assert recs > 100 and claims >= 5 and linked == 0


@pytest.mark.realdata
def test_real_recommendations_link_no_stranger_s_claims():
    # Every real recommendation against every sentence of real résumés labelled as holding an outcome: a link says
    # the recommendation repeats the claim, and only one does (the same figure, the same thing: output doubled).
    from evaluation import outcomes as labelled_outcomes
    shared("real-text")
    sentences = [e.text for e in labelled_outcomes.load() if e.text and e.gold["outcome"]]
    texts = [text for _, text, *_ in labelled.load() if text]
    experience, role = Section("experience"), Entry(title="Engineer", organisation="Lumen Freight")
    for sentence in sentences:
        role.add(Block(sentence, "description"))
    experience.add_entry(role)
    recs = Section("recommendations")
    for text in texts:
        entry = Entry(title="Tomas Example", organisation="VP", dates="May 2, 2024, Tomas managed Ines directly")
        entry.add(Block(text, "recommendation"))
        recs.add_entry(entry)
    found, _ = _linked(Profile(name="Ines Example", sections=[experience, recs]))
    assert len(sentences) > 300 and len(texts) > 100
    pairs = {(" ".join(o.quote.split()), labelled_sha(r.quote)) for o in found for r in o.links}
    assert pairs == {("Doubled output", "10dad8693b1e")}   # the table's sha of that recommendation
