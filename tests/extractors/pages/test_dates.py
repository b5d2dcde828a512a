"""Date lines as profiles show them."""
from __future__ import annotations

import pytest

from extractors.pages.dates import find_range, is_date_line, is_date_point, months_between, parse_issued, parse_range


@pytest.mark.parametrize("line, start, end, duration", [
    ("Feb 2019 - Present · 5 yrs 7 mos", "2019-02", "present", "5 yrs 7 mos"),
    ("Jul 2021 - Present · 2 years 9 months", "2021-07", "present", "2 years 9 months"),
    ("Aug 2020 - Jun 2021 · 11 mos", "2020-08", "2021-06", "11 mos"),
    ("September 2020 – March 2022", "2020-09", "2022-03", None),
    ("2013 - 2015", "2013", "2015", None),
    ("Dec 2019", "2019-12", None, None),
    ("Full-time · 5 yrs 2 mos", None, None, "5 yrs 2 mos"),
    ("03/2016 to 03/2018", "2016-03", "2018-03", None),
    ("10/2015 to Current", "2015-10", "present", None),
])
def test_parse_range(line, start, end, duration):
    got = parse_range(line)
    assert (got.start, got.end, got.duration) == (start, end, duration)


@pytest.mark.parametrize("line, issued, expires", [
    ("Issued May 2024 · Expires Jun 2025", "2024-05", "2025-06"),
    ("Issued Aug 2022", "2022-08", None),
    ("Issued by Venture Cup · Dec 2019", "2019-12", None),
    ("Credential ID 97723466", None, None),
])
def test_parse_issued(line, issued, expires):
    assert parse_issued(line) == (issued, expires)


@pytest.mark.parametrize("line, expected", [
    ("Mar 2021 - Present · 3 yrs 10 mos", True), ("2013 - 2015", True), ("Issued Jan 2023 · Expires Jan 2026", True),
    ("Dec 2019", True), ("Jan 2019 – Present", True), ("03/2016 to 03/2018", True),
    ("VP Marketing since 2019", False), ("Full-time · 5 yrs 2 mos", False), ("Credential ID 2019", False),
    ("Rotterdam, South Holland, Netherlands", False), ("Grew revenue 40% in 2023", False), ("", False),
])
def test_is_date_line(line, expected):
    assert is_date_line(line) is expected


def test_months_between():
    assert months_between("2019-02", "present", "2024-09") == 67
    assert months_between("2013", "2015", "2024-01") == 24
    assert months_between(None, "2015", "2024-01") is None


def test_find_range_inside_a_line():
    start, end, rng = find_range("Company Name June 2011 to Current Senior Accountant")
    assert "Company Name June 2011 to Current Senior Accountant"[start:end] == "June 2011 to Current"
    assert (rng.start, rng.end) == ("2011-06", "present")
    assert find_range("Grew revenue 40% in 2023") is None


@pytest.mark.parametrize("line, dates", [
    # A word before a year is a month only when it names one: 368 date ranges in the livecareer and Kaggle résumés
    # had taken the word before them as their month ("Member 2009 - 2011", "Justice 2010-2012", mid-word
    # "nstructor 2010"), cutting it from the title or employer
    ("Lakeview Grocers 2014 - 2016", "2014 - 2016"),
    ("Bachelor of Arts, Law and Justice 2010-2012", "2010-2012"),
    ("Volunteer Instructor 2010 - 2012", "2010 - 2012"),
    # months as written, and seasons, stay part of the range
    ("Sept. 2019 - May 2020", "Sept. 2019 - May 2020"),
    ("Volunteer Service Fall 2011-Present", "Fall 2011-Present"),
    ("Company Name JUNE 2011 TO CURRENT Senior Accountant", "JUNE 2011 TO CURRENT"),
    # pdftotext's mojibake of a full-width dash between the ends
    ("Tax Accountant 10/2014 ï¼\u200b Current Company Name", "10/2014 ï¼\u200b Current"),
])
def test_find_range_takes_only_a_months_name_as_its_month(line, dates):
    start, end, _ = find_range(line)
    assert line[start:end] == dates


def test_a_date_point_alone_on_its_line():
    assert [is_date_point(t) for t in ("October 2011", "2009", "03/2016", "Current", "to", "October 2011 to 2012",
                                         "Member 2009")] == [True, True, True, True, False, False, False]
