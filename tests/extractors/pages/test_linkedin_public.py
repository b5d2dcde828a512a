"""The logged-out public page (the real capture), and the pages LinkedIn shows instead of a profile."""
from __future__ import annotations

from pathlib import Path

import pytest

import extractors
from extractors.pages import read_html
from extractors.pages.linkedin_public import clean_url
from extractors.text import decode
from tests import golden
from tests.conftest import real_captures, shared
from tests.extractors.pages import facts

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
URL = "https://www.linkedin.com/in/someone/"
PUBLIC = [p for p in real_captures() if p.name.startswith("public-")]


def capture(prefix: str) -> str:
    return decode(next(shared("linkedin-pages").glob(prefix + "*.html")).read_bytes())


@pytest.mark.realdata
@pytest.mark.parametrize("page", PUBLIC or [pytest.param(None, marks=pytest.mark.skip(reason="real captures absent"))],
                         ids=lambda p: p.name[:16] if p else "none")
def test_every_entry_of_the_public_capture_matches_its_facts(page):
    profile = read_html(decode(page.read_bytes()), URL)
    assert profile.page_kind == "linkedin-public"
    facts.compare(golden.path_for(page).stem, facts.of(profile))


@pytest.mark.realdata
def test_public_capture_reads_roles_certificates_and_the_hidden_recommender():
    profile = read_html(capture("public-loggedout-2024-03"), URL)
    assert profile.name and profile.headline and profile.location, "location from the JSON-LD Person"
    assert "\n" not in profile.location, "not the top card's line tangled with the sign-in modal"
    roles = profile.section("experience").entries
    assert len(roles) == 8 and sum(1 for r in roles if r.company) == 4
    assert all(r.title and r.organisation and r.start and r.duration for r in roles)
    certs = profile.section("certifications").entries
    assert len(certs) == 9 and all(c.organisation and c.start and c.dates.startswith("Issued ") for c in certs)
    assert all("trk=" not in c.details["credential_url"] for c in certs)
    (rec,) = profile.section("recommendations").entries
    assert rec.title == "LinkedIn User" and rec.dates is None
    assert any("hides who recommended" in n for n in profile.notes)
    assert not any(s.kind == "about" and s.heading is None for s in profile.sections), "no cookie banner as About"


@pytest.mark.realdata
def test_public_and_logged_in_pages_of_one_person_agree():
    public = read_html(capture("public-loggedout-2024-03"), URL)
    logged_in = read_html(capture("loggedin-2024-07"), URL)
    pub = {(r.title, r.start) for r in public.section("experience").entries}
    assert {(r.title, r.start) for r in logged_in.section("experience").entries} <= pub
    pub_certs = [(c.title, c.organisation, c.start) for c in public.section("certifications").entries]
    assert [(c.title, c.organisation, c.start) for c in logged_in.section("certifications").entries] == pub_certs[:2]
    assert public.section("recommendations").entries[0].blocks[-1].text.strip("“”") == \
        logged_in.section("recommendations").entries[0].description[0].text


def test_credential_links_lose_only_the_tracking_parameter():
    assert clean_url("https://cert.example/x?id=7&trk=public_profile_see-credential") == "https://cert.example/x?id=7"


@pytest.mark.parametrize("name, kind, note", [
    ("authwall.html", "linkedin-authwall", "sign-in wall"),
    ("not-found.html", "linkedin-unavailable", "Profile Not Found"),
])
def test_pages_without_a_profile_say_so_and_find_nothing(name, kind, note, validate):
    html = (FIXTURES / name).read_text("utf-8")
    out = validate(extractors.annotate(html, "https://www.linkedin.com/in/ines-vandermeer-example/"))
    assert out["summary"]["page_kind"] == kind
    assert out["items"] == [] and out["summary"]["sections"] == []
    assert any(note in n for n in out["summary"]["not_seen"])


def test_auth_wall_is_recognised_from_the_markup_alone():
    assert read_html((FIXTURES / "authwall.html").read_text("utf-8")).page_kind == "linkedin-authwall"


@pytest.mark.realdata
def test_public_capture_sections_survive_drift():
    """Renamed classes and no data-section attributes: headings and list shape still find every entry."""
    import regex
    html = capture("public-loggedout-2024-03")
    drifted = regex.sub(r' data-section="[^"]*"', "", html)
    for old in ("profile-section-card", "experience-item", "experience-group", "core-section-container"):
        drifted = drifted.replace(old, old[:3] + "-x9")
    before, after = read_html(html, URL), read_html(drifted, URL)
    assert after.page_kind == "linkedin-public"
    assert [(s.kind, len(s.entries)) for s in after.sections] == [(s.kind, len(s.entries)) for s in before.sections]
    assert [e.title for e in after.section("experience").entries] == [e.title for e in before.section("experience").entries]
    assert [e.title for e in after.section("certifications").entries] == \
        [e.title for e in before.section("certifications").entries]


@pytest.mark.realdata
def test_json_ld_stands_in_for_a_missing_experience_section():
    import regex
    html = capture("public-loggedout-2024-03")
    cut = regex.sub(r'<section[^>]*data-section="experience".*?</section>', "", html, flags=regex.S)
    whole, partial = read_html(html, URL), read_html(cut, URL)
    roles = partial.section("experience").entries
    assert len(roles) == 6, "one role per employer in the JSON-LD"
    assert all(r.organisation and r.start and r.description for r in roles)
    page_texts = {b.text for e in whole.section("experience").entries for b in e.description}
    assert all(r.description[0].text in page_texts for r in roles), "the same words as the page shows"
    assert any("JSON-LD" in n for n in partial.notes)
