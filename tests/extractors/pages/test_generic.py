"""Any other page: a personal site with schema.org Person JSON-LD (tests/fixtures/pages/personal-site.html)."""
from __future__ import annotations

from pathlib import Path

import extractors
from extractors.pages import read_html

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "personal-site.html"


def test_identity_from_json_ld():
    profile = read_html(PAGE.read_text("utf-8"), "https://dana-whitcombe.example/")
    assert profile.page_kind == "generic"
    assert (profile.name, profile.headline, profile.location) == (
        "Dana Whitcombe", "Director of Operations at Copperline Foods", "Leeds")


def test_identity_from_microdata():
    html = """<body><div itemscope itemtype="https://schema.org/Person">
      <span itemprop="name">Kit Example</span> <span itemprop="jobTitle">Staff Engineer</span>
      <span itemprop="address" itemscope><span itemprop="addressLocality">Oslo</span></span></div>
      <h2>Experience</h2><p>Cut build times from 40 to 9 minutes.</p></body>"""
    profile = read_html(html)
    assert (profile.name, profile.headline, profile.location) == ("Kit Example", "Staff Engineer", "Oslo")


def test_roles_with_organisation_and_dates():
    roles = read_html(PAGE.read_text("utf-8")).section("experience").entries
    assert [(r.title, r.organisation, r.dates, r.start, r.end) for r in roles] == [
        ("Director of Operations", "Copperline Foods", "March 2020 – Present", "2020-03", "present"),
        ("Operations Manager", "Beacon Grocers", "2015 – 2020", "2015", "2020"),
    ]
    assert [len(r.description) for r in roles] == [2, 1]


def test_credentials_and_testimonials():
    profile = read_html(PAGE.read_text("utf-8"))
    assert [(c.title, c.organisation, c.start) for c in profile.section("certifications").entries] == [
        ("Six Sigma Green Belt", "ASQ", "2018"),
        ("APICS Certified Supply Chain Professional (CSCP)", "ASCM", "2021")]
    (quote,) = profile.section("recommendations").entries
    assert (quote.title, quote.organisation) == ("Ravi Castellanos", "Chief Operating Officer, Copperline Foods")
    assert quote.description[0].text.startswith("Dana took our depots") and "Ravi" not in quote.description[0].text


def test_navigation_asides_and_footer_are_furniture(validate):
    out = validate(extractors.annotate(PAGE.read_text("utf-8"), "https://dana-whitcombe.example/"))
    quoted = " | ".join(i["target"]["selector"][0]["exact"] for i in out["items"])
    for furniture in ("waste 50%", "double your warehouse", "100% recycled"):
        assert furniture not in quoted
    assert "spoilage from 7.5%" in quoted
    names = {i["scannable"].get("name") for i in out["items"] if i["scannable"]["kind"] == "credential"}
    assert "Six Sigma Green Belt" in names


def test_a_page_with_no_headings_is_all_about_text():
    profile = read_html("<p>Reduced costs by 30% in a year.</p>")
    assert profile.headline is None
    assert [b.text for b in profile.section("about").blocks] == ["Reduced costs by 30% in a year."]
