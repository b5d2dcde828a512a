"""The server-driven layout, on a fixture page written to the notes (tests/fixtures/pages/sdui-profile.html).

No capture of this layout exists here, so the fixture follows ../shared/notes/linkedin-dom.md §2, and the
drift tests mutate it the way a redeploy would: hashed classes renamed, card markers gone, item keys gone.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import regex

import extractors
from extractors.pages import read_html

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "sdui-profile.html"
URL = "https://www.linkedin.com/in/ines-vandermeer-example/"
FOREIGN = ["Viewer Example Person", "Talent Co", "Hired 120", "People also viewed", "Sam Example-Other",
           "ShipFast", "Promoted", "customers grew revenue 3x", "Jonas", "trial conversion 22%", "reposted"]


@pytest.fixture(scope="module")
def html() -> str:
    return PAGE.read_text("utf-8")


def test_top_card_and_sections(html):
    profile = read_html(html)   # no URL: the markup alone picks the adapter
    assert profile.page_kind == "linkedin-sdui"
    assert profile.name == "Ines Vandermeer"
    assert profile.headline.startswith("Head of Growth at Lumen Freight")
    assert profile.location == "Rotterdam, South Holland, Netherlands"
    assert [s.kind for s in profile.sections] == ["about", "experience", "education", "certifications", "skills",
                                                   "recommendations"]


def test_experience_entries_with_nested_roles(html):
    roles = read_html(html).section("experience").entries
    assert [(r.title, r.organisation, r.company, r.start, r.end, r.duration, r.location) for r in roles] == [
        ("Head of Growth", "Lumen Freight", None, "2021-03", "present", "3 yrs 10 mos",
         "Rotterdam, South Holland, Netherlands"),
        ("Lifecycle Marketing Manager", "Harbor Logistics", "Harbor Logistics", "2018-01", "2021-02", "3 yrs 2 mos",
         "Amsterdam, North Holland, Netherlands"),
        ("Marketing Analyst", "Harbor Logistics", "Harbor Logistics", "2016-01", "2017-12", "2 yrs",
         "Amsterdam, North Holland, Netherlands"),
    ]
    assert roles[0].details == {"employment_type": "Full-time", "work_mode": "Hybrid"}
    assert [b.text for b in roles[0].blocks].count("Head of Growth") == 1, "the small-screen copy is read once"


def test_fold_only_where_the_box_has_a_more_button(html):
    profile = read_html(html)
    first, second, _ = profile.section("experience").entries
    (clamped,) = first.description
    assert clamped.fold is not None and clamped.text[:clamped.fold].startswith("Cut cost per lead 38%")
    assert "Responsible for weekly growth reviews" in clamped.text[clamped.fold:]
    assert all(b.fold is None for b in second.description), "no button: the whole text shows"
    (about,) = profile.section("about").blocks
    assert about.fold is not None and "NPS from 31 to 52" in about.text[about.fold:]


def test_certificates_and_received_recommendations(html):
    profile = read_html(html)
    pmp, google = profile.section("certifications").entries
    assert (pmp.title, pmp.organisation, pmp.dates, pmp.start, pmp.end) == (
        "Project Management Professional (PMP)", "Project Management Institute",
        "Issued Jan 2023 · Expires Jan 2026", "2023-01", "2026-01")
    assert pmp.details == {"credential_id": "3391027-EX",
                           "credential_url": "https://www.credly.com/badges/00000000-example-pmp/public_url"}
    assert (google.organisation, google.start, google.end) == ("Google", "2022-09", None)
    recs = profile.section("recommendations").entries
    assert [(r.title, r.organisation, r.dates) for r in recs] == [
        ("Tomas Okonkwo-Ferreira", "VP Marketing at Lumen Freight", "February 3, 2024, Tomas managed Ines directly"),
        ("Mira Halvorsen", "Product Lead at Harbor Logistics", "March 12, 2021, Mira worked with Ines on the same team"),
    ]
    assert all(r.description and r.description[0].role == "recommendation" for r in recs)


def test_show_all_links_are_reported_as_not_seen(html):
    profile = read_html(html)
    shape = {s.kind: (len(s.entries), s.total, s.details_url) for s in profile.sections if s.partial}
    assert shape == {"experience": (3, 5, "details/experience/"), "certifications": (2, 4, "details/certifications/"),
                     "skills": (2, 21, "details/skills/"), "recommendations": (2, 3, "details/recommendations/")}
    assert any(n.startswith("Experience: 3 roles at 2 employers shown; the page says 5 in all") for n in profile.notes)


def test_nothing_foreign_becomes_a_finding(html, validate):
    out = validate(extractors.annotate(html, URL, today="2025-01"))
    texts = [b.text for b in read_html(html).blocks()]
    quoted = [i["target"]["selector"][0]["exact"] for i in out["items"]]
    for word in FOREIGN:
        assert not any(word in t for t in texts + quoted), word
    kinds = {i["scannable"]["kind"] for i in out["items"]}
    assert {"outcome", "credential", "recommendation"} <= kinds
    rels = [i["scannable"].get("relationship") for i in out["items"] if i["scannable"]["kind"] == "recommendation"]
    assert rels == ["managed-directly", "same-team"]


def _renamed_classes(html: str) -> str:
    return regex.sub(r'class="([^"]*)"', lambda m: 'class="' + " ".join("_z" + c[1:] for c in m[1].split()) + '"', html)


def _without_card_markers(html: str) -> str:
    html = regex.sub(r' data-view-name="profile-card-[a-z-]+"', "", html)
    return regex.sub(r' componentkey="com\.linkedin\.sdui\.profile\.card\.[A-Za-z0-9]+"', "", html)


def _without_item_keys(html: str) -> str:
    return regex.sub(r' componentkey="entity-collection-item-[0-9a-f-]+"', "", html)


def _shape(profile):
    return [(s.kind, len(s.entries), s.total, [(e.title, e.organisation, e.dates) for e in s.entries])
            for s in profile.sections]


@pytest.mark.parametrize("mutate", [
    _renamed_classes,
    _without_card_markers,
    lambda h: _without_item_keys(_without_card_markers(_renamed_classes(h))),
], ids=["renamed-classes", "no-card-markers", "no-markers-no-item-keys"])
def test_drifted_markup_still_yields_the_same_sections(html, mutate):
    drifted = mutate(html)
    assert drifted != html
    before, after = read_html(html, URL), read_html(drifted, URL)
    assert after.page_kind == "linkedin-sdui"
    assert _shape(after) == _shape(before)
    assert (after.name, after.headline, after.location) == (before.name, before.headline, before.location)


def test_without_any_marker_the_url_and_headings_pick_the_layout(html):
    bare = _without_item_keys(_without_card_markers(html)).replace('data-view-name="profile-top-card"', "")
    bare = regex.sub(r' componentkey="[^"]*"', "", bare)
    assert read_html(bare).page_kind == "generic"
    profile = read_html(bare, URL)
    assert profile.page_kind == "linkedin-sdui"
    assert profile.name == "Ines Vandermeer"
    assert [e.title for e in profile.section("certifications").entries] == [
        "Project Management Professional (PMP)", "Google Analytics Certification"]


def test_recommendations_card_with_counts_only_points_to_the_details_page():
    html = """<main><section data-view-name="profile-card-recommendations"><h2>Recommendations</h2>
      <button role="tab">Received (2)</button><button role="tab">Given (5)</button>
      <a href="/in/someone-example/details/recommendations/?detailScreenTabIndex=0">Show all</a></section></main>"""
    profile = read_html(html, URL)
    section = profile.section("recommendations")
    assert (section.entries, section.total, section.partial, section.details_url) == (
        [], 2, True, "details/recommendations/")
    assert any("Recommendations: 0 shown; the page says 2 in all" in n for n in profile.notes)


def test_lazily_loaded_page_says_what_it_lacks():
    html = """<main><section componentkey="com.linkedin.sdui.profile.card.refX1Topcard"><h2>Ada Example</h2>
      <p>Engineer</p></section>
      <section data-view-name="profile-card-skills"><h2>Skills</h2><div aria-busy="true"></div></section></main>"""
    profile = read_html(html, URL)
    assert any(n.startswith("Skills: the card was empty") for n in profile.notes)
    assert any(n.startswith("No Experience section on this page") for n in profile.notes)


def test_many_items_split_only_by_separators():
    items = "".join(f'<div><p>Skill {n}</p></div><hr role="presentation">' for n in range(30))
    profile = read_html(f"<main><section><h2>Skills</h2><div>{items}</div></section></main>", URL)
    assert [e.title for e in profile.section("skills").entries] == [f"Skill {n}" for n in range(30)]
