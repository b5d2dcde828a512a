"""Credentials in resume text where the layout carries the meaning: which heading opens a certifications section,
where it ends, and a credential's name on a line of its own that opens with a heading's word.

Rows are made-up resumes of the shapes counted in the real text (livecareer's pdftotext, Kaggle, dotin's Indeed CVs):
the Indeed heading "CERTIFICATIONS/LICENSES", a "Licensure & Certification" heading, a certifications section
followed by "Professional Affiliations", "Additional Information" or "Presentations", and "Certification in X" lines.
"""
from __future__ import annotations

import pytest

from extractors import read_text
from extractors.finders import credentials


def _found(text: str) -> list[str]:
    return [f.quote for f in credentials.find(read_text(text), "2025-01")]


@pytest.mark.parametrize("text, found, not_found", [
    # A heading whose words a slash joins ("CERTIFICATIONS/LICENSES", dotin's Indeed CVs, 9 in the real text): the
    # lines under it are credentials, known to the catalog or not.
    ("Pat Example\nEDUCATION\nB.Sc. in Biology\nCERTIFICATIONS/LICENSES\nMobile App Development Bootcamp\n"
     "Contamination Control Course\n", ["Mobile App Development Bootcamp", "Contamination Control Course"], []),
    # Headings of less common words, and the heading line itself is no credential.
    ("Pat Example\nLicensure & Certification\nSchool Nurse Credential, State Board of Education (2015)\n"
     "Visual Arts Specialist License (2010)\n", ["School Nurse Credential", "Visual Arts Specialist License"],
     ["Licensure & Certification"]),
    ("Pat Example\nTraining and Certifications\nTitle: Data Analysis Course\nIntroduction to Machine Learning\n",
     ["Data Analysis Course", "Introduction to Machine Learning"], []),
    # Where the section ends: the talks, memberships and service after it are no credentials.
    ("Pat Example\nCertifications\nCertified Athletic Trainer (2010)\nPresentations\n"
     "Managing Ankle Sprains in Adolescent Runners, State Medical Center (2016)\nTeen Wellness Camp, Example Association\n",
     ["Certified Athletic Trainer"], ["Managing Ankle Sprains", "Teen Wellness Camp"]),
    ("Pat Example\nCertifications\nLean Six Sigma Green Belt\nProfessional Affiliations\n"
     "Healthy Start Coalition of Example County\nExample Chapter Affiliate, Example Association (2012)\n",
     ["Lean Six Sigma Green Belt"], ["Example Chapter Affiliate"]),
    ("Pat Example\nCertifications\nCertified Mentor - 2014-Present\nCommunity Service\n"
     "Innovation Hub Stakeholder at the Example Science Academy\n", ["Certified Mentor"],
     ["Community Service", "Innovation Hub Stakeholder"]),
    # A licence listed under "Additional Information" after the skills: read, where the skills list hid it.
    ("Pat Example\nSkills\nBudgeting, Scheduling, Customer service\nAdditional Information\n"
     "Notary Public commission, valid driver's license\n", ["Notary Public"], []),
    # "Certification in X" on a line of its own is a credential, not a heading over the lines after it (the finder
    # quotes the subject of a "Certification in X" it reads in free text).
    ("Pat Example\nHighlights\nCertified Executive Chef\nCertification in Nutrition\nCertification in Food Safety\n",
     ["Certified Executive Chef", "Nutrition", "Food Safety"], []),
    # A list wrapped where its lines meet open (a comma, "and", "&", "/", a bracket): one item, not two halves.
    ("Pat Example\nCertifications\nCertified Group Fitness Instructor, Certified Personal Trainer, Health and\n"
     "Wellness Coach\n", ["Health and\nWellness Coach"], []),
    ("Pat Example\nCertifications\nServSafe Manager, MS Office training (MS Project, Excel,\nWord, Access)\n",
     ["MS Office training (MS Project, Excel,\nWord, Access)"], []),
])
def test_sections_by_layout(text, found, not_found):
    quotes = _found(text)
    for name in found:
        assert any(name in q for q in quotes), (name, quotes)
    for name in not_found:
        assert not any(name in q for q in quotes), (name, quotes)


def test_a_certifications_section_of_duties_in_title_case_claims_only_credentials():
    # A made-up section of the shape found once in livecareer's résumés (14 items read from it before): duties typed
    # in title case under a Certifications heading, wrapped across long lines. Its items are no credentials unless
    # their words say so; a line of credentials under it would still be read.
    section = ("Scheduling, Petty Cash Custodian, eTravel, Reviewing And Approving Expense Reports For The Regional Office And\n"
               "Oversight Of The Fleet Program, Filing, Ordering Supplies Through SAP And Ariba (Formerly Oracle)\n"
               "Compile Figures And Draft Summaries, Gathering, Checking, And Entering Survey Results And Budget Data Using Excel, MS\n"
               "Access And Other Office Tools (E.G., Outlook) That Help With Billing And Payroll; Create, Update, Archive\n")
    assert _found("Pat Example\nCertifications\n" + section) == []
    assert _found("Pat Example\nCertifications\n" + section + "Certified Payroll Professional (CPP)\n") == [
        "Certified Payroll Professional (CPP)"]
    # One such line among credentials does not make the section a list of duties: its bare items are still claims.
    found = _found("Pat Example\nCertifications\nFood Safety Training For The Handling And Storage Of Perishable Goods In "
                   "Warehouses\nYoga\nTai Chi\n")
    assert found[0].startswith("Food Safety Training") and found[-2:] == ["Yoga", "Tai Chi"]


@pytest.mark.parametrize("line, found", [
    # Made-up certificate lines of the shape "<name>, <who issued it>" with the issuer a brand or an abbreviation the
    # catalog does not know (GitHub résumés' certificate lines; in ../shared/data the issuer after the comma is a
    # school or a known body, read before): the last field is the issuer, not a second credential.
    ("Food Safety Basics (FSB), ACME\n", [("Food Safety Basics (FSB)", "ACME")]),
    ("Certified Kotlin Developer, DevCorp\n", [("Certified Kotlin Developer", "DevCorp")]),
    ("ACME 2 — Site Safety, ACME, Certified\n", [("ACME 2 — Site Safety", "ACME")]),
    ("Good Food Practice (GFP), ACME, 2020\n", [("Good Food Practice (GFP)", "ACME")]),
    # an abbreviation before "Certification" names it: the field after it is its issuer, not its subject
    ("LEAF Certification, The Global Leaf Rating System, 2019 - Present\n",
     [("LEAF Certification", "The Global Leaf Rating System")]),
    # the abbreviation of the name itself, or of another credential, is no issuer; nor a value of a labelled list
    ("Certified Nursing Assistant, CNA\n", [("Certified Nursing Assistant", "State Department of Health (nurse aide registry)")]),
    ("PHR, GPHR\n", [("PHR", "HRCI"), ("GPHR", "HRCI")]),
    ("Yoga, TRX\n", [("Yoga", None), ("TRX", "TRX")]),
    # a bracket spelling the name's initials is the name's abbreviation, whoever else spells them so
    ("Safe Application Practices (SAP)\n", [("Safe Application Practices (SAP)", None)]),
    # a level after a comma is the level of the credential before it, not a second one (1 livecareer line, 2 GitHub)
    ("River Rescue Technician, Level II\n", [("River Rescue Technician, Level II", None)]),
    # what follows a bar after the issuer is an expiry, not part of the body's name
    ("Adult CPR – American Red Cross | Exp: May 2027\n", [("Adult CPR", "American Red Cross")]),
    # a credential's abbreviation with its expansion in brackets is one credential
    ("CSSBB (Six Sigma Black Belt), Example Registrar, Jul 2021\n", [("CSSBB (Six Sigma Black Belt)", "Example Registrar")]),
])
def test_a_certificate_line_names_its_issuer_after_the_name(line, found):
    profile = read_text("Pat Example\nCertifications\n" + line)
    assert [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2025-01")] == found


def test_an_export_authority_naming_a_school_and_its_course_platform_names_the_school():
    from extractors.pages import export
    rows = "Name,Url,Authority,Started On,Finished On,License Number\nExample Math Skills,,Example University | Coursera,Jan 2020,,\n"
    found = credentials.find(export.read({"Certifications.csv": rows}), "2025-01")
    assert [(f.quote, f.data.get("issuer")) for f in found] == [("Example Math Skills", "Example University")]


@pytest.mark.parametrize("authority, issuer", [
    # a month written after the issuer is cut off; a word a month's abbreviation opens is part of the name
    ("University of Maryland", "University of Maryland"),          # once in livecareer, once in a GitHub export
    ("Marshall University", "Marshall University"),
    ("Example Heart Association Dec", "Example Heart Association"),
])
def test_an_issuer_loses_a_month_after_it_not_a_word_a_month_opens(authority, issuer):
    from extractors.pages import export
    rows = f"Name,Url,Authority,Started On,Finished On,License Number\nExample Cryptography,,{authority},Jan 2020,,\n"
    found = credentials.find(export.read({"Certifications.csv": rows}), "2025-01")
    assert [f.data.get("issuer") for f in found] == [issuer]
