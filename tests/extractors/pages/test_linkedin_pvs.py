"""The logged-in "pvs" layout, on the real captures in ../shared/data/linkedin-pages and on the bundled sample.

What each capture holds was read by hand (SOURCES.md and the pages themselves); the tests state it as
counts and fields, never as the people's words.
"""
from __future__ import annotations

import regex
import pytest

from extractors.pages import read_html
from extractors.pages.html import parse
from extractors.pages.linkedin import CHARS_PER_LINE
from extractors.text import decode
from tests import golden
from tests.conftest import SAMPLE_PROFILE, real_captures, shared
from tests.extractors.pages import facts

URL = "https://www.linkedin.com/in/someone/"
PVS = [p for p in real_captures() if p.name.startswith("loggedin-")]


def capture(prefix: str) -> str:
    folder = shared("linkedin-pages")
    return decode(next(folder.glob(prefix + "*.html")).read_bytes())


def experience(profile):
    return profile.section("experience").entries


@pytest.mark.realdata
@pytest.mark.parametrize("page", PVS or [pytest.param(None, marks=pytest.mark.skip(reason="real captures absent"))],
                         ids=lambda p: p.name[:16] if p else "none")
def test_every_entry_of_each_capture_matches_its_facts(page):
    profile = read_html(decode(page.read_bytes()), URL)
    assert profile.page_kind == "linkedin-pvs"
    facts.compare(golden.path_for(page).stem, facts.of(profile))


@pytest.mark.realdata
def test_july_capture_roles_certificates_and_recommendation():
    profile = read_html(capture("loggedin-2024-07"), URL)
    roles = experience(profile)
    # 3 single roles, then two employers with two roles each (their header is the company, not a role).
    assert len(roles) == 7
    assert [r.company is not None for r in roles] == [False] * 3 + [True] * 4
    assert all(r.title and r.organisation and r.start and r.dates for r in roles)
    assert roles[0].end == "present" and roles[0].details["employment_type"] == "Full-time"
    assert "·" not in roles[0].organisation, "the employment type is split from the employer"
    certs = profile.section("certifications").entries
    assert [(c.organisation, c.start, c.dates) for c in certs] == [("LinkedIn", "2022-08", "Issued Aug 2022")] * 2
    assert all(c.details["credential_url"].startswith("https://www.linkedin.com/learning/certificates/") for c in certs)
    (rec,) = profile.section("recommendations").entries
    assert rec.dates.startswith("April 9, 2020, ") and rec.dates.endswith("studied together")
    assert [b.role for b in rec.blocks].count("recommendation") == 1


@pytest.mark.realdata
def test_august_capture_counts_are_honest():
    profile = read_html(capture("loggedin-2024-08"), URL)
    roles = experience(profile)
    assert len(roles) == 5 and sum(1 for r in roles if r.company) == 3
    section = profile.section("experience")
    assert section.partial and section.total == 6, "the first employer lists 3 of its 4 roles"
    assert not any(regex.search(r"\b(\d+) of (\d+)\b", n) and int(regex.search(r"(\d+) of (\d+)", n)[1])
                   > int(regex.search(r"(\d+) of (\d+)", n)[2]) for n in profile.notes), "never '5 of 4'"
    assert any("3 of its 4 roles" in n for n in profile.notes)
    skills = profile.section("skills")
    assert skills.total == 54, "'Show all 4 details' inside a skill is not the section's count"
    certs = profile.section("certifications").entries
    assert [(c.start, c.end) for c in certs] == [("2024-05", "2025-06"), ("2024-03", "2026-03")]
    assert all(c.details.get("credential_id") and c.details.get("credential_url") for c in certs)
    recs = profile.section("recommendations").entries
    assert len(recs) == 2 and profile.section("recommendations").total == 3
    assert all(r.dates and "was senior to" in r.dates for r in recs)
    assert not any(b.text.strip(" ·") in ("2nd", "3rd", "1st") for r in recs for b in r.blocks), "badges dropped"


@pytest.mark.realdata
@pytest.mark.parametrize("prefix", ["loggedin-2024-07", "loggedin-2024-08"])
def test_nothing_doubled_nothing_foreign(prefix):
    html = capture(prefix)
    profile = read_html(html, URL)
    root = parse(html)
    # The nav bar's "Me" photo is labelled with the viewer (in the 2024-08 capture, another member).
    viewer = root.xpath('//img[contains(@class, "global-nav__me-photo")]/@alt')
    texts = [b.text for b in profile.blocks()]
    for entry in (e for s in profile.sections for e in s.entries):
        own = [b.text for b in entry.blocks]
        assert len(own) == len(set(own)), "a visually-hidden copy was read beside the visible one"
    assert viewer and profile.name not in viewer
    if prefix == "loggedin-2024-08":
        assert not any(viewer[0] in t for t in texts), "the viewer's own name never becomes profile text"
    assert not any("Nothing to see for now" in t or "will appear here" in t for t in texts), "the Given panel"
    kinds = [s.kind for s in profile.sections]
    assert len(kinds) == len(set(kinds))
    assert not set(kinds) & {"other"}
    furniture = {a.get("id") for a in root.xpath('//div[contains(@class, "pv-profile-card__anchor")]')} & {
        "content_collections", "browsemap_recommendation", "company_recommendation", "interests"}
    assert furniture, "the capture has furniture cards to skip"
    assert profile.name


@pytest.mark.realdata
@pytest.mark.parametrize("prefix", ["loggedin-2024-07", "loggedin-2024-08"])
def test_fold_falls_inside_long_descriptions(prefix):
    profile = read_html(capture(prefix), URL)
    descriptions = [b for e in experience(profile) for b in e.blocks if b.role == "description"]
    long = [b for b in descriptions if len(b.text) > 4 * CHARS_PER_LINE]
    assert long, "the captures have long descriptions"
    assert all(b.fold is not None and 0 < b.fold < len(b.text) for b in long)


def _drifted(html: str) -> str:
    """The page after a redeploy: anchors gone, list-item and header classes renamed."""
    html = regex.sub(r'<div id="[a-z_]+" class="pv-profile-card__anchor"></div>', "", html)
    html = regex.sub(r'(<div[^>]*?) id="[a-z_]+"([^>]*class="pv-profile-card__anchor)', r"\1\2", html)
    html = html.replace("pv-profile-card__anchor", "pv-card-anchor-v2").replace("artdeco-list__item", "lst-item-x9")
    return html.replace("pvs-header__title", "hdr-ttl-0f")


def _shape(profile):
    return [(s.kind, len(s.entries), s.total) for s in profile.sections]


def test_heading_fallback_finds_the_sample_sections_after_drift(sample_html):
    before = read_html(sample_html, URL)
    after = read_html(_drifted(sample_html), URL)
    assert "pv-profile-card__anchor" not in _drifted(sample_html)
    assert after.page_kind == "linkedin-pvs"
    assert _shape(after) == _shape(before)
    assert [e.title for e in after.section("experience").entries] == [e.title for e in before.section("experience").entries]


@pytest.mark.realdata
@pytest.mark.parametrize("prefix", ["loggedin-2024-07", "loggedin-2024-08"])
def test_heading_fallback_finds_the_capture_sections_after_drift(prefix):
    html = capture(prefix)
    before, after = read_html(html, URL), read_html(_drifted(html), URL)
    assert _shape(after) == _shape(before)
    assert facts.of(after)["certifications"] == facts.of(before)["certifications"]
    assert facts.of(after)["recommendations"] == facts.of(before)["recommendations"]


def test_sample_profile_reads_as_pvs_with_its_fold():
    profile = read_html(SAMPLE_PROFILE.read_text("utf-8"))
    assert profile.page_kind == "linkedin-pvs" and profile.name == "Maya Okafor"
    first = profile.section("experience").entries[0]
    (description,) = [b for b in first.blocks if b.role == "description"]
    assert description.text.startswith("Increased market share 27%") and description.above_fold(0)
    assert first.company == "Tidewater Commerce" and first.details.get("employment_type") == "Full-time"


def test_a_snapshot_taken_before_the_lower_cards_loaded_says_so(sample_html):
    cut = regex.sub(r'<section[^>]*><div id="experience".*', "</main></body></html>", sample_html, flags=regex.S)
    profile = read_html(cut, URL)
    assert profile.page_kind == "linkedin-pvs" and profile.section("about") is not None
    assert profile.section("experience") is None
    assert any(n.startswith("No Experience section on this page") for n in profile.notes)
