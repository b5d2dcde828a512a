"""The section table (extractors/data/sections.json): anchors, card names, componentkeys and headings."""
from __future__ import annotations

import pytest

from extractors.pages.sections import (is_furniture, kind_for_anchor, kind_for_componentkey, kind_for_heading,
                                       kind_for_view_name)


@pytest.mark.parametrize("heading, kind", [
    ("Licenses & certifications", "certifications"), ("Licenses & Certifications", "certifications"),
    ("Recommendations received", "recommendations"), ("PROFESSIONAL EXPERIENCE", "experience"),
    ("Honors & awards", "honors"), ("Accomplishments", "honors"), ("About me", "about"),
    ("Volunteer Experience", "volunteering"), ("Testimonials", "recommendations"),
    ("People also viewed", None), ("Activity", None), ("Interests", None), ("", None),
    # Resume headings of less common words, a slash read as "and", and the headings that end a section before them.
    ("CERTIFICATIONS/LICENSES", "certifications"), ("Licensure & Certification", "certifications"),
    ("Training and Certifications", "certifications"), ("Professional Certifications", "certifications"),
    ("Skills/Expertise", "skills"), ("Professional Affiliations", "other"), ("Additional Information", "other"),
    ("Presentations", "publications"), ("Community Service", "volunteering"),
    # Left unknown: in the livecareer resumes these head skill lists and role titles as often as training taken.
    ("Training", None), ("Professional Development", None), ("Training and Development", None),
])
def test_kind_for_heading(heading, kind):
    assert kind_for_heading(heading) == kind


def test_anchors_and_furniture():
    assert kind_for_anchor("licenses_and_certifications") == "certifications"
    assert kind_for_anchor("educationsDetails") == "education"
    assert all(is_furniture(a) for a in ("content_collections", "browsemap_recommendation", "pymk_recommendation_from_x"))
    assert not is_furniture("experience")


@pytest.mark.parametrize("key, kind", [
    ("com.linkedin.sdui.profile.card.refACoAAB12About", "about"),
    ("com.linkedin.sdui.profile.card.refACoAAB12ExperienceTopLevelSection", "experience"),
    ("com.linkedin.sdui.profile.card.refACoAAB12CertificationTopLevelSection", "certifications"),
    ("com.linkedin.sdui.profile.card.refACoAAB12Recommendations", "recommendations"),
    ("com.linkedin.sdui.profile.card.refACoAAB12Topcard", None),
])
def test_kind_for_componentkey(key, kind):
    assert kind_for_componentkey(key) == kind


def test_kind_for_view_name():
    assert kind_for_view_name("profile-card-licenses-and-certifications") == "certifications"
    assert kind_for_view_name("profile-card-honors-and-awards") == "honors"
    assert kind_for_view_name("profile-card-interests") is None
    assert kind_for_view_name("profile-top-card") is None
