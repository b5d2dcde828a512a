"""An organisation named beside a credential (extractors/finders/credentials/beside.py): real phrasings from the
anonymised livecareer resumes, and what names no organisation."""
from __future__ import annotations

import pytest

from extractors import read_text
from extractors.finders import credentials
from extractors.finders.credentials.beside import organisation_after


@pytest.mark.parametrize("after, organisation", [
    # the words after a credential's name, as resumes write them
    (", Central Connecticut State University 2009", "Central Connecticut State University"),
    (" 1996 University of Buffalo City , State , USA", "University of Buffalo"),
    (" Feb 2015 Bryant University City , State", "Bryant University"),
    (" : Sectional Title Management , 2011 University of Cape Town ï¼\u200b City , State , South Africa",
     "University of Cape Town"),
    (", Transportation Security Administration (TSA)/United States Coast Guard (USCG)",
     "Transportation Security Administration"),
    (" Certification Garfield Medical Center ï¼\u200b City , State", "Garfield Medical Center"),
    (" 2016 American Red Cross", "American Red Cross"),
    (" through the American Red Cross.", "American Red Cross"),
    ("-Look Good Feel Better-American Cancer Society", "Look Good Feel Better-American Cancer Society"),
    (" 2001 CENTRAL PIEDMONT COMMUNITY COLLEGE , City , State", "CENTRAL PIEDMONT COMMUNITY COLLEGE"),
    # none named
    (", Company Name City , State", None),                  # the anonymised employer
    (" 2011 Foundation", None),                             # "ITIL 2011 Foundation": a level, no organisation
    (" : Business Administration 2010", None),              # a field of study
    (", Microsoft Word, Excel", None),
    (" and First Aid", None),
    (", City , State", None),
])
def test_an_organisation_named_after_a_credential(after, organisation):
    assert organisation_after("Certificate" + after, len("Certificate")) == organisation


@pytest.mark.parametrize("sentence, found", [
    ("Computer Office Information Systems Certificate 2001 Central Piedmont Community College ï¼\u200b City , State",
     [("Computer Office Information Systems Certificate", "Central Piedmont Community College")]),
    # the livecareer education line: the kind, a comma, the field; or a list item running on into its date and school
    ("Certificate , Paralegal 2016 East Tennessee University - City , State",
     [("Certificate , Paralegal", "East Tennessee University")]),
    ("Professional Certificate : Project Management 05/2009 New Jersey Institute Of Technology - City",
     [("Project Management", "New Jersey Institute Of Technology")]),
    # a line that opens with the school, then (after a date or a place) the credential
    ("2010 Owens Community College - Toledo OH -Photovoltaic Certification",
     [("Photovoltaic Certification", "Owens Community College")]),
    # not a degree's school
    ("Bachelor of Science Lewis University 2009 Airframe & Powerplant License",
     [("Airframe & Powerplant", "Federal Aviation Administration")]),
    # in the anonymised resumes, a name after a date and before the place mark is an organisation
    ("Certified Chief Information Officer (CIO) : November 2005 UNC-Chapel Hill ï¼\u200b City , State",
     [("Certified Chief Information Officer (CIO)", "UNC-Chapel Hill")]),
    ("Field RN Company Name ï¼\u200b City , State", [("RN", "State Board of Nursing")]),    # never the anonymised employer
    # ... or before the anonymised place itself, after the field and its year
    ("Producers License : Life and Health 2013 Kaplan City , State", [("Producers License", "Kaplan")]),
    ("Welding License : Structural 2013 Company Name City , State", [("Welding License", None)]),
    # a certificate "of" its subject, known or not, and a school named in its own language
    ("Certificate of Portuguese Studies 1997 Universidade de Lisboa , City , Portugal",
     [("Certificate of Portuguese Studies", "Universidade de Lisboa")]),
    # "Certificate of ..." that is an award, a document about a thing, or schooling
    ("Received a Certificate of Appreciation from the mayor.", []),
    ("Obtained the Certificate of Occupancy for 3 buildings.", []),
    ("Certificate of Acheivement", []),
    ("Certificate of Primary Education (CPE)", []),
    # the school, then the anonymised place, then the credential: the place is no part of the name
    ("Florida State College of Jacksonville City , State Aircraft Coating Technician Certificate",
     [("Aircraft Coating Technician Certificate", "Florida State College of Jacksonville")]),
    ("I am CPR and Western Union Certified.",
     [("CPR", "American Heart Association / American Red Cross"), ("Western Union", "Western Union")]),
    ("Forklift and HAZMAT certified", [("Forklift", None), ("HAZMAT certified", "CBP / NCBFAA / IATA")]),  # not shared
    # not held yet
    ("CompTia Certification (In Progress)", []),
    # an organisation named beside says more than a guess from the name's first word
    ("FDIC Certification, Central Connecticut State University 2009",
     [("FDIC Certification", "Central Connecticut State University")]),
    # made-up: an organisation's possessive before the name (a quoted nickname or a word in lower case between) issued
    # it; a role's possessive names the kind ("Private Pilot's License"), and a capitalised word after the possessive
    # goes on the organisation's name
    ("Earned Examplecorp's ‘Gold’ Coder certification in 2021.", [("Coder certification", "Examplecorp")]),
    ("Completed Examplecorp's internal Data Steward certification.", [("Data Steward certification", "Examplecorp")]),
    ("Earned a Private Pilot's License in 2008.", [("Private Pilot", "Federal Aviation Administration")]),
    # a certified role the catalog does not know, its brand written with a digit after the cue
    ("Certified X9 Trainer", [("Certified X9 Trainer", "X9")]),
    ("Certified Claims Analyst", [("Certified Claims Analyst", None)]),
    # a role in capitals after words in lower case opens another phrase ("EXPERT RATING", a provider's name)
    ("Certified Life Coach EXPERT RATING ONLINE PROGRAM 2017", [("Certified Life Coach", None)]),
])
def test_a_resume_sentence_names_the_issuer_beside_the_credential(sentence, found):
    profile = read_text("Alex Example\nExperience\n" + sentence + "\n")
    assert [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2024-11")] == found


@pytest.mark.parametrize("text, credential, school", [
    # an education entry: the credential, a date, the school (livecareer's layout), or the school, a date, the credential
    ("Cisco Certified Engineer 1997 Dersyha University City , State", "Cisco Certified Engineer", "Dersyha University"),
    ("Microsoft Office Suite Course Completion Certificate : 2015 Atlanta Metropolitan College",
     "Microsoft Office Suite Course Completion Certificate", "Atlanta Metropolitan College"),
    ("VCU School of Business November, 2008 SHRM Class Certificate", "SHRM Class Certificate", "VCU School of Business"),
    ("Nash Community College 07/08 Certified Nursing Assistant", "Certified Nursing Assistant", "Nash Community College"),
    # the first organisation of a run of names
    ("Paralegal Certificate : 2012 Manor College American Bar Association approved institution", "Paralegal Certificate",
     "Manor College"),
    # no date between: no entry of a school
    ("CPR Certified, American Red Cross", "CPR Certified", None),
])
def test_the_school_of_an_education_entry(text, credential, school):
    from extractors.finders.credentials.beside import school_of_entry
    start = text.index(credential)
    assert school_of_entry(text, start, start + len(credential)) == school


def test_the_school_of_an_education_entry_is_the_issuer_over_the_body_the_name_carries():
    found = credentials.find(read_text("Alex Example\nEducation\nCisco Certified Engineer 1997 Dersyha University\n"), "2024-11")
    assert [(f.quote, f.data.get("issuer")) for f in found] == [("Cisco Certified Engineer", "Dersyha University")]


@pytest.mark.parametrize("after, issuer", [
    (" - APMG International (March 2020).", "APMG International"),
    (", Society for Human Resource Management (SHRM) July 2012", "Society for Human Resource Management"),
    # a comma before more items lists skills; a known body that is also a credential's name is an item
    (", Microsoft, Excel, typing", None),
    (", CPI (Crisis Prevention Institute)", None),
])
def test_a_known_body_after_a_dash_or_comma_is_the_issuer(after, issuer):
    from extractors.finders.credentials.issuers import known_issuer_after
    assert known_issuer_after("Certified Trainer" + after, len("Certified Trainer")) == issuer


@pytest.mark.parametrize("line, issuer", [
    # made-up certificate lines opening with the body or school that granted them (in ../shared/data 7 livecareer and
    # 2 dotin lines "<School> Certificate" with no other issuer; GitHub résumés "<Body> of <Field> <Permit>")
    ("Example Valley Community College Certificate", "Example Valley Community College"),
    ("Example Department of Education Activity Supervisor Permit (2005-2008)", "Example Department of Education"),
    ("Association of the Example Pharmaceutical Industry Examination, , 1995", "Association of the Example Pharmaceutical Industry"),
    ("Example Chemical Society Certified", "Example Chemical Society"),
    # a role after a school's noun is the credential's name, not a school's
    ("Texas School Counselor (grades PK-12)", None),
    # a body after a dash says more than the guess from the name's opening words
    ("Local Example Agency (LEA) Project Development Training – Example Dept. of Transportation", "Example Dept. of Transportation"),
])
def test_a_body_opening_a_certificate_line_is_its_issuer(line, issuer):
    found = credentials.find(read_text("Alex Example\nCertifications\n" + line + "\n"), "2024-11")
    assert [f.data.get("issuer") for f in found] == [issuer]
