"""What one item of a credentials list is (extractors/finders/credentials/items.py)."""
from __future__ import annotations

import pytest

from tests.extractors.credential_reading import issuers_under, quotes_under


def found(lines: str) -> list[str]:
    return quotes_under("Certifications", lines)


@pytest.mark.parametrize("line", [
    "Date of Birth(Gender):1990-01-02(YYYY-MM-DD) (M)",     # the Kaggle résumés' shape: a label in brackets
    "Passport No. : X1234567",
    "DOB - 02.01.1990",
    "Marital Status : Single",
    "Father's Name: Example Person",
])
def test_a_personal_details_line_is_no_credential(line):
    assert found("Certified Scrum Master\n" + line) == ["Certified Scrum Master"]


@pytest.mark.parametrize("line", [
    "Age Management Certification",         # the label's word opening a name, no colon after it
    "Certificate in Gender Studies",
])
def test_a_personal_details_word_in_a_name_leaves_it_a_credential(line):
    assert found(line) == [line]


@pytest.mark.parametrize("line", [
    "Level 2 Award in Widget Care",             # a vocational qualification: an award "in" a subject
    "Award in Zorb Conditioning",
    "Example Statistics Society Graduate Statistician",     # "Graduate" naming a level inside the name
    "Graduate Zorbing Development Program, Level 1",
])
def test_a_role_or_honour_word_naming_a_qualification_leaves_it_a_credential(line):
    assert found(line) == [line]


@pytest.mark.parametrize("line", [
    "Best Zorb Paper Award",                    # an honour
    "Graduate of Example Leadership Academy",   # a person: who finished, not what they hold
    "Executive Zorbing Program Graduate",
    "Graduate Assistant",
    "Summa Cum Laude",
])
def test_a_role_or_honour_in_a_credentials_list_is_no_credential(line):
    assert found(line) == []


@pytest.mark.parametrize("line, expected", [
    # a professional body's diploma is a credential; a school's or college's is schooling
    ("Professional Diploma in Widget Management, 2024", [("Professional Diploma in Widget Management", None)]),
    ("Advanced Diploma in Zorb Communications (Pass/Distinction), Example Foundation, 2001-2002",
     [("Advanced Diploma in Zorb Communications (Pass/Distinction)", "Example Foundation")]),
    ("Diploma in Widgetry", []),
    ("High School Diploma", []),
    # grades of one scale written together in brackets are a grade, not who issued it
    ("Zorb Practitioner Certificate (Pass/Merit)", [("Zorb Practitioner Certificate (Pass/Merit)", None)]),
])
def test_a_diploma_is_a_credential_only_as_a_professional_bodys(line, expected):
    assert issuers_under("Certifications", line) == expected
