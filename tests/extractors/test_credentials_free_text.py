"""Credentials named in a sentence (extractors/finders/credentials/free_text.py): a name built on "certified"."""
from __future__ import annotations

import pytest

from tests.extractors.credential_reading import issuers_under


def found(sentence: str) -> list[tuple[str, str | None]]:
    return issuers_under("Experience", "Training Lead, Company Name\n" + sentence)


@pytest.mark.parametrize("sentence", [
    # a possessive before "certified": whose the certified people are, not who granted a credential
    "Our certified trainers review every course before launch.",
    "Their certified trainers inspect each unit.",
    "Your certified trainers will help.",
    "Our certified trainer reviewed the plan.",
    "Our Salesforce certified developers built the portal.",
    # a plain word, then "certified" and a plural noun: others certified
    "New certified coaches joined the program in 2020.",
    "Senior certified translators deliver on time.",
])
def test_others_certified_is_no_credential(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Salesforce certified developers built the portal.", [("Salesforce certified", "Salesforce")]),   # a known brand's, as before
    ("Toshiba certified since 2015.", [("Toshiba certified", "Toshiba")]),        # no plural noun: the candidate's
])
def test_a_body_before_certified_is_still_read(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the nearest verb before the name gives, teaches or runs it for others: not the candidate's credential
    "Prepared night-school learners for CCNA certification.",
    "I have taught A+, Network+ and CCNA to evening classes.",
    "Created a blended coaching certification program for every branch.",
    "Set up the audit trail to ensure CMMI certification for Zorblax Corp.",
    "Implemented Widget Desk, ITIL Active Directory and Office 365 for the agency.",
    # a verb of holding said of others named just before it
    "Designed a course leading to 40 operators earning Six Sigma Green Belt certificates.",
    "Ran reviews resulting in Zorblax Bank achieving Gold Certified Widget Partner status.",
])
def test_a_credential_given_or_held_by_others_is_not_the_candidates(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, quote", [
    ("Earned the PMP while managing five releases.", "PMP"),
    ("Managed five sites as a certified Scrum Master.", "certified Scrum Master"),
    ("Doctorate-prepared registered nurse with ten years in oncology.", "registered nurse"),
    ("Coached youth teams, earning the USATF Level 1 Certification.", "USATF Level 1 Certification"),
    ("Built the scheduling tool; CPR certified.", "CPR certified"),
])
def test_a_credential_the_candidate_holds_is_still_read(sentence, quote):
    assert [q for q, _ in found(sentence)] == [quote]


@pytest.mark.parametrize("sentence, expected", [
    # a certificate named in prose by its field, where the clause says the candidate holds it
    ("Worked as a licensed groomer with a certificate in canine massage, which covers aftercare.",
     ("certificate in canine massage", None)),
    ("Since earning her certificate in zorb fabrication from Example State College, runs a workshop.",
     ("certificate in zorb fabrication", "Example State College")),
    ("ZORBLAX DESIGN SCHOOL | CERTIFICATE IN WIDGET ARCHITECTURE",
     ("CERTIFICATE IN WIDGET ARCHITECTURE", "ZORBLAX DESIGN SCHOOL")),
    # a list certified together: each item, an unknown one in capitals its own certifier's
    ("Nine years on the freight dock -- ZQA, HACCP, Zorb Safety certified.", ("ZQA", "ZQA")),
    ("Widget Cyclist and Rapid Bicycle Team (RBX) certified", ("Widget Cyclist", None)),
])
def test_prose_shapes_of_holding_name_a_credential(sentence, expected):
    assert expected in found(sentence)


@pytest.mark.parametrize("sentence", [
    "Taught a certificate in widget design to evening students.",       # given to others
    "The role requires a certificate in food safety.",                  # nobody holds it
])
def test_a_certificate_in_prose_not_held_is_not_read(sentence):
    assert found(sentence) == []


def test_a_wrapped_skills_line_certifies_its_last_item_only():
    assert found("Photo Editing, New Media, ZQA certified") == [("ZQA certified", "ZQA")]


@pytest.mark.parametrize("sentence", [
    # a certificate that rewards a deed or a place won, not a qualification held
    "Zorb Depot Certificate of Outstanding Effort (3 Mar 2019)",
    "Zorb Certificate for ``greatest effort in debate''",
    "Example Society of Widget Engineers 2nd Place Certificate",
    # a credential word counted, not named
    "Second Certification our crew obtained for zorb work",
    # applied for, not held
    "Prepared and filed the application for Zorb Q certification under the widget rule",
])
def test_an_award_a_count_or_an_application_names_no_credential(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, quote", [
    ("Certificate of Achievement - Business Administration", "Certificate of Achievement - Business Administration"),
    ("Earned the Widget Safety Certificate for forklift operation.", "Widget Safety Certificate"),
])
def test_a_certificate_of_or_for_a_subject_is_still_read(sentence, quote):
    assert [q for q, _ in found(sentence)] == [quote]
