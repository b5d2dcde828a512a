"""The shape of a career: span, tenure, promotions, growth in scope, and long flat stretches named as questions."""
from __future__ import annotations

import doctest

import pytest

import extractors
from extractors.assess import career, quotes, words
from extractors.document import Block, Entry, Profile, Section

from .conftest import TODAY


def profile_of(*roles: tuple[str, str, str, str | None, str]) -> Profile:
    """A profile from (title, company, start, end, description) rows, newest first as LinkedIn lists them."""
    section = Section("experience", "Experience")
    for title, company, start, end, text in roles:
        entry = Entry(title=title, organisation=company, start=start, end=end)
        entry.add(Block(title, role="title"))
        if text:
            entry.add(Block(text, role="description"))
        section.add_entry(entry)
    return Profile(name="A. Candidate", sections=[section])


def shape_of(profile: Profile) -> dict:
    findings, summary = extractors.analyse(profile, TODAY)
    assert summary["career"] == career.shape(profile, findings, TODAY)
    return summary["career"]


def test_the_sample_career_climbs(sample):
    _, _, summary = sample
    c = summary["career"]
    assert c["span"] == {"start": "2013-07", "end": "2024-12", "months": 138, "words": "11 years 6 months"}
    assert [r["months"] for r in c["roles"]] == [35, 35, 33, 35]
    kinds = [(m["kind"], m["to"]) for m in c["moves"]]
    assert kinds == [("move", "Product Manager at Brightline Health"),
                     ("step up", "Senior Product Manager, Checkout at Tidewater Commerce"),
                     ("promotion", "Director of Product, Payments at Tidewater Commerce")]
    assert c["flat"] == []
    assert c["summary"].startswith("11 years 6 months from 2013 to now, 4 roles at 3 employers; 2 steps up in title")


@pytest.mark.parametrize("title, level", [
    ("Business Analyst", "individual contributor"), ("Product Manager", "individual contributor"),
    ("Senior Product Manager, Checkout", "senior"), ("Tech Education Team Lead", "lead"),
    ("Engineering Manager", "manager"), ("Director of Product, Payments", "director"),
    ("Head of the Digital Media Department", "director"), ("VP Product", "vice president"),
    ("Co-founder & CEO", "executive"), ("Associate Consultant", "junior"), ("Software Engineering Intern", "entry"),
])
def test_titles_map_onto_a_rough_ladder(title, level):
    assert career.ladder()["levels"][career.level_of(title)] == level


def test_ten_years_at_one_rung_with_no_growth_is_a_question():
    profile = profile_of(
        ("Account Executive", "Northwind", "2018-01", "present", "Managed key accounts in the region."),
        ("Account Executive", "Northwind", "2014-03", "2017-12", "Managed key accounts in the region."),
    )
    c = shape_of(profile)
    assert len(c["flat"]) == 1
    flat = c["flat"][0]
    assert (flat["title"], flat["organisation"], flat["roles"], flat["words"]) == (
        "Account Executive", "Northwind", 2, "10 years 10 months")
    assert "with no change in title or scope shown" in c["summary"]
    _, summary = extractors.analyse(profile, TODAY)
    gap = next(i for i in summary["guide"]["items"] if i.get("about") == "flat-career")
    assert gap["question"].startswith("10 years 10 months as Account Executive at Northwind")
    assert "?" in gap["question"] and "verdict" not in gap["question"].lower()


def test_growth_in_scope_is_not_flat():
    profile = profile_of(
        ("Account Executive", "Northwind", "2018-01", "present", "Led a team of 15 account executives."),
        ("Account Executive", "Northwind", "2014-03", "2017-12", "Led a team of 4 account executives."),
    )
    c = shape_of(profile)
    assert c["flat"] == []
    assert c["growth"] == [{"kind": "team", "from": "4", "to": "15", "from_role": "Account Executive at Northwind",
                            "to_role": "Account Executive at Northwind", "direction": "up"}]
    assert "team grew from 4 to 15" in c["summary"]


def test_a_short_career_at_one_rung_is_not_flagged():
    c = shape_of(profile_of(("Analyst", "Northwind", "2021-01", "present", None)))
    assert c["flat"] == [] and c["moves"] == []


def test_roles_held_alongside_each_other_are_not_steps_down():
    c = shape_of(profile_of(
        ("Front End Lead", "Channel Nine", "2015-04", "2017-10", None),
        ("Head of Digital Media", "Channel Nine", "2015-04", "2017-10", None),
    ))
    assert [m["kind"] for m in c["moves"]] == ["alongside"]
    assert c["months_worked"] == 31 and c["span"]["months"] == 31


def test_undated_roles_say_so():
    c = shape_of(profile_of(("Consultant", "Northwind", None, None, None)))
    assert c["span"] is None and c["summary"] == "The roles on this page carry no dates."


def test_real_captures_career(capture):
    profile, _, summary = capture
    c = summary["career"]
    entries = [e for s in profile.sections_of("experience") for e in s.entries]
    assert len(c["roles"]) == len(entries)
    if c["span"]:
        assert c["span"]["months"] >= max(r["months"] or 0 for r in c["roles"])
        assert c["months_worked"] <= c["span"]["months"]
    for m in c["moves"]:
        if m["kind"] == "promotion":
            assert m["from"].split(" at ")[-1] == m["to"].split(" at ")[-1]   # a promotion stays at one employer
    assert c["partial"] == any(s.partial for s in profile.sections_of("experience"))


def test_doctests():
    for module in (career, quotes, words):
        assert doctest.testmod(module).failed == 0


def test_a_saved_page_is_read_as_of_the_month_its_current_role_shows(sample_html):
    # The sample shows "Feb 2022 - Present · 2 yrs 10 mos": counted from Feb 2022, that is Nov 2024.
    profile = extractors.read_html(sample_html)
    assert career.page_date(profile, "2031-06") == "2024-11"
    _, summary = extractors.analyse(profile)             # no date given: the page's own, not the machine's
    director = summary["career"]["roles"][0]
    assert director["end"] == "present" and director["months"] == 34   # "2 yrs 10 mos", as the page says
    assert summary["quick_read"]["certificates"]["expired"] == 1         # the CSPO (Sep 2024); the PMP runs to 2026


def test_a_page_date_is_never_after_today_and_needs_a_stated_length():
    with_length = profile_of(("Analyst", "Northwind", "2020-01", "present", "Built reports."))
    with_length.sections[0].entries[0].duration = "6 yrs 1 mo"
    assert career.page_date(with_length, "2025-06") == "2025-06"        # 2026-01 by the length, capped at today
    without = profile_of(("Analyst", "Northwind", "2020-01", "present", "Built reports."))
    assert career.page_date(without, "2025-06") is None
    past = profile_of(("Analyst", "Northwind", "2020-01", "2021-06", "Built reports."))
    past.sections[0].entries[0].duration = "1 yr 6 mos"
    assert career.page_date(past, "2025-06") is None                   # only a current role dates the page


RESUME = """Pat Example
Experience
Store Manager at Lakeview Grocers (2012 - present)
- Cut shrink by 20% in one year
Cashier at Lakeview Grocers (2009 - 2011)
- Balanced the till
Education
Associate of Arts, Example Community College, 2008 - 2010
Certifications
ServSafe Manager, National Restaurant Association, 2016
"""


def test_a_resume_counts_present_to_the_latest_date_it_names():
    """A pasted résumé has no date of its own and may be years old: "2012 - present" on one whose latest date is a
    certificate of 2016 is 5 years or more, not 12 (as of 2024) or 14 (as of 2026)."""
    findings, summary = extractors.analyse(extractors.read_text(RESUME), TODAY)
    c = summary["career"]
    assert c["present_counted_to"] == "2016-12"
    manager = c["roles"][0]
    assert (manager["end"], manager["months"], manager.get("open")) == ("present", 60, True)
    assert "open" not in c["roles"][1]
    assert c["span"]["end"] == "2016-12"
    assert c["summary"].startswith("8 years or more from 2009 to 2016 or later (\"present\" counted to the latest "
                                   "date the text names)")
    assert c["flat"][0]["words"] == "5 years or more"
    assert "| 5 years or more |" in summary["guide"]["markdown"]


@pytest.mark.parametrize("text, counted_to", [
    # the role's own start is a date it names: at least its first year
    ("Pat Example\nExperience\nAnalyst at Example Co (2019 - present)\n- Built reports\n", "2019-12"),
    # a date named after today (a degree expected) does not carry present past today
    ("Pat Example\nExperience\nAnalyst at Example Co (2019 - present)\nEducation\nMBA, Example University, 2023 - 2030\n",
     TODAY),
])
def test_the_latest_named_date_is_never_after_today(text, counted_to):
    _, summary = extractors.analyse(extractors.read_text(text), TODAY)
    assert summary["career"]["present_counted_to"] == counted_to


def test_a_resume_stating_its_current_length_or_a_page_keeps_its_present():
    # a stated length dates the text as a LinkedIn page's does (page_date): no lower bound to mark
    stated = "Pat Example\nExperience\nAnalyst at Example Co\nMar 2019 - Present · 3 yrs 10 mos\n- Built reports\n"
    _, summary = extractors.analyse(extractors.read_text(stated), TODAY)
    assert "present_counted_to" not in summary["career"] and "open" not in summary["career"]["roles"][0]
    # a page (not pasted text) is seen now: present is today
    page = profile_of(("Analyst", "Northwind", "2020-01", "present", "Built reports."))
    assert "present_counted_to" not in shape_of(page) and shape_of(page)["roles"][0]["months"] == 60


def test_an_untitled_role_has_no_rung():
    """Two date lines over one title (a two-column résumé flattened by pdftotext) leave a role with no title: it is no
    step down from a manager, and no 'years as None with no change in title'."""
    text = "Pat Example\nExperience\n01/2011 to 11/2016\n01/2005 to 01/2008\nQA / QC Manager\nTrained welders.\n"
    findings, summary = extractors.analyse(extractors.read_text(text), TODAY)
    c = summary["career"]
    assert [r["title"] for r in c["roles"]] == [None, "QA / QC Manager"]
    assert c["flat"] == [] and [m["kind"] for m in c["moves"]] == ["move"] and c["moves"][0]["untitled"]
    assert "lower rung" not in c["summary"] and "None" not in c["summary"]
    asked = [g["question"] for g in summary["guide"]["items"] if "untitled" in g["question"]]
    assert asked == ["Your time as the untitled role of 01/2011 to 11/2016 lists no result in numbers. What changed "
                     "because you were there, and how would you measure it?"]


def test_a_flat_stretch_keeps_one_title():
    """A recruiter for 4 years, then sales roles at the same rung (every employer 'Company Name', as the livecareer
    résumés anonymise them) is no '10 years as Sales Coordinator with no change in title'; one title year after year
    still is a question."""
    c = shape_of(profile_of(("Sales Coordinator", "Company Name", "2016-07", "2017-05", "Kept the pipeline."),
                            ("Inside Sales Representative", "Company Name", "2014-09", "2016-02", "Called leads."),
                            ("Recruiter", "Company Name", "2010-02", "2014-08", "Placed nurses.")))
    assert c["flat"] == [] and "no change in title" not in c["summary"]
    c = shape_of(profile_of(("Recruiter", "Company Name", "2012-01", "2017-05", "Placed nurses."),
                            ("Recruiter", "Company Name", "2007-02", "2011-12", "Placed nurses.")))
    assert [(f["title"], f["months"]) for f in c["flat"]] == [("Recruiter", 124)]


def test_a_current_role_whose_start_is_the_latest_date_has_an_open_length():
    """Nothing after "Jun 2019 - Present" dates the résumé: its length is open, not "1 month or more"."""
    text = "Pat Example\nExperience\nAnalyst at Example Co (Jun 2019 - Present)\n- Built 12 reports\n"
    _, summary = extractors.analyse(extractors.read_text(text), TODAY)
    (role,) = summary["career"]["roles"]
    assert (role["end"], role["months"], role["open"]) == ("present", None, True)
    assert "| 2019-06 | present | open (no later date in the text) |" in summary["guide"]["markdown"]
