"""Credentials: the catalog, free-text mentions and their look-alikes, credentials lists, section entries."""
from __future__ import annotations

import csv
import json
import random
from importlib import resources

import pytest

from extractors import read_html, read_text
from extractors.document import Block, Entry, Profile, Section
from extractors.finders import credentials
from extractors.finders.credentials import _Taken, find_in_text
from extractors.pages import export
from tests.conftest import SAMPLE_PROFILE, real_captures, shared


def ids(text: str, listed: bool = False) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.credential.id) for m in find_in_text(text, listed)]


# --- the catalog -----------------------------------------------------------------------------------------

def test_catalog_is_data_with_several_hundred_entries_in_every_field():
    raw = json.loads(resources.files("extractors.data").joinpath("credentials.json").read_text("utf-8"))
    entries = raw["credentials"]
    assert len(entries) >= 300
    assert len({e["id"] for e in entries}) == len(entries)
    assert {e["tier"] for e in entries} == {"license", "experience-gated", "exam", "course"}
    fields = {e["field"] for e in entries}
    assert {"engineering", "product", "project", "it", "finance", "health", "trades"} <= fields


@pytest.mark.parametrize("text, cid, issuer", [
    ("Pragmatic Marketing Certified PMC-III", "pragmatic-pmc-iii", "Pragmatic Institute"),
    ("PMC-VI", "pragmatic-pmc-vi", "Pragmatic Institute"),
    ("AIPMM Certified Product Manager", "aipmm-cpm", "AIPMM"),
    ("CPMM", "aipmm-cpmm", "AIPMM"),
    ("ACPMM", "aipmm-acpmm", "AIPMM"),
    ("280 Group CPM", "280-cpm", "280 Group"),
    ("280 Group CPPM", "280-cppm", "280 Group"),
    ("NPDP", "npdp", "Product Development and Management Association"),
    ("Certified Scrum Product Owner", "cspo", "Scrum Alliance"),
    ("A-CSPO", "a-cspo", "Scrum Alliance"),
    ("Certified ScrumMaster", "csm", "Scrum Alliance"),
    ("PSPO I", "pspo-i", "Scrum.org"),
    ("Professional Scrum Master I", "psm-i", "Scrum.org"),
    ("SAFe POPM", "safe-popm", "Scaled Agile"),
])
def test_the_seed_articles_product_management_credentials_are_all_known(text, cid, issuer):
    cred = credentials.lookup(text)
    assert cred is not None and (cred.id, cred.issuer) == (cid, issuer)


def test_tiers_follow_what_the_credential_demands():
    tier = {cid: credentials.catalog().by_id[cid].tier for cid in ("pe", "cpa", "rn", "bar", "pmp", "npdp", "cissp",
                                                                   "cspo", "aws-saa", "google-data-analytics")}
    assert tier == {"pe": "license", "cpa": "license", "rn": "license", "bar": "license", "pmp": "experience-gated",
                    "npdp": "experience-gated", "cissp": "experience-gated", "cspo": "exam", "aws-saa": "exam",
                    "google-data-analytics": "course"}


@pytest.mark.parametrize("text, spans", [
    ("holds the pmp and the Certified  Scrum\u2013Product Owner", ["pmp", "Certified  Scrum\u2013Product Owner"]),
    ("Certified Scrummy pmpx", []),                             # never inside a longer word
    ("(ISC)2 CISSP, CompTIA  A+ and A+", ["(ISC)2", "CISSP", "CompTIA  A+", "A+"]),
    ("Big\u00a0Data \u0130 PMP", ["PMP"]),                      # offsets hold where lower case is longer
])
def test_the_lexicon_finds_keys_in_any_case_and_spacing_longest_first(text, spans):
    lexicon = credentials.Lexicon(["pmp", "cissp", "a+", "comptia\x00a+", "(isc)2", "certified\x00scrum\x00product\x00owner",
                                   "certified\x00scrum"])
    assert [text[a:b] for a, b in lexicon.spans(text)] == spans


@pytest.mark.parametrize("spelling, text, cid", [
    # "NCC" is also listed under the Licensed Professional Counselor, but it abbreviates only the national one
    ("NCC", "NCC certified since 2015", "ncc"),
    ("NCC", "Licensed Professional Counselor (LPC), NCC", "ncc"),
    # two credentials the spelling abbreviates alike: the field of the text's other credentials decides
    ("CCM", "RN, CCM", "ccm-case"),
    # "CNA" abbreviates the nursing assistant and Novell's administrator: alone it is the nursing one (the catalog
    # lists it first), beside IT credentials Novell's
    ("CNA", "CNA certified, cared for 12 residents a shift", "cna"),
    ("CNA", "MCSE, MCP, CNA, CompTIA A+", "novell-cna"),
])
def test_a_spelling_two_credentials_share_names_the_one_it_abbreviates(spelling, text, cid):
    assert dict(ids(text))[spelling] == cid


# --- free text: abbreviations, full names and look-alikes ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("PMP-certified program manager", [("PMP-certified", "pmp")]),
    ("Project Management Professional (PMP) since 2016", [("Project Management Professional (PMP)", "pmp")]),
    ("Licensed Professional Engineer (PE) in Ohio", [("Licensed Professional Engineer (PE)", "pe")]),
    ("Jane Roe, P.E., designs bridges", [("P.E.", "pe")]),
    ("AWS Certified Solutions Architect – Associate", [("AWS Certified Solutions Architect – Associate", "aws-saa")]),
    ("Holds the CISSP and the CISM", [("CISSP", "cissp"), ("CISM", "cism")]),
    ("RN Case Manager for a 30-bed unit", [("RN", "rn")]),
    ("Prepared returns as a CPA for 40 clients", [("CPA", "cpa")]),
    ("Class A CDL driver, 1M accident-free miles", [("Class A CDL", "cdl")]),
    # the counselling credentials beside a state licence are national ones, each its own body's
    ("Nationally Certified Counselor and Approved Clinical Supervisor",
     [("Nationally Certified Counselor", "ncc"), ("Approved Clinical Supervisor", "acs-supervisor")]),
    ("Linux Professional Institute level 1 (LPIC1)", [("Linux Professional Institute level 1 (LPIC1)", "lpic")]),
    # numbers continuing a list of securities licences are licences too; a count after one is not
    ("Licenses: Series 7, 66, 63", [("Series 7", "series-7"), ("66", "series-66"), ("63", "series-63")]),
    ("Holds Series 6 and 63 licenses", [("Series 6", "series-6"), ("63", "series-63")]),
    ("Passed the Series 7 and 24 months later the Series 66", [("Series 7", "series-7"), ("Series 66", "series-66")]),
    # a skills list (livecareer's, anonymised): a licence's abbreviation as an item is held, each spelling its own
    ("Accounting, accounts payable, Auditing, cash management, Certified Public Accountant, CPA, clients, documentation",
     [("Certified Public Accountant", "cpa"), ("CPA", "cpa")]),
    ("administrative, benefits, brochures, LPN, competitive, Conferences, content, client", [("LPN", "lpn")]),
    # ... but not a card, which may be a skill, nor a licence's abbreviation in a sentence's list of metrics
    ("agency, blood pressure, CPR, consultant, clients", []),
    ("Negotiated with affiliate networks for optimal cost: base on CPC, CPM, CPA. Used SiteCatalyst", []),
    # a run of cards with their body named after it: held ("Performed CPR, AED on patients" names none)
    ("BLS, First Aid American Red Cross (Current)", [("BLS", "bls"), ("First Aid", "first-aid")]),
    ("Performed CPR, AED on patients", []),
])
def test_credentials_named_in_free_text(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize("sentence, quotes", [
    # anonymised livecareer sentences
    ("Achieved the Chief Financial Officer (CFO) certification through the Michigan School Business Officials organization.",
     ["Chief Financial Officer (CFO) certification"]),
    ("Minnesota driver's license with NTSA defensive driving certification.", ["driver's license", "NTSA defensive driving certification"]),
    ("Awarded product development certification.", ["product development certification"]),
    ("I am a certified professional floral designer mentored by an AIFD founding member.",
     ["certified professional floral designer"]),
    ("Licensed Healthcare Risk Manager RN CPR BLS ACLS", ["Licensed Healthcare Risk Manager", "RN", "CPR", "BLS", "ACLS"]),
    ("Company Name City , State Nurse Clinician II (RN) 05/1994 to 02/2010", ["RN"]),
    ("First Aid & CPR", ["First Aid & CPR"]),
    # a list after "certified in" ends at the next bullet: a skills list follows
    ("*Licensed Master Electrician *Certified in Fiber Optics and Network Connectivity *Supervision, Effective "
     "Communication and Team Building *Property inspection, analysis, acquisition, development, planning, zoning and "
     "construction management.", ["Licensed Master Electrician", "Fiber Optics and Network Connectivity"]),
    # what the cues must leave alone
    ("Studying for PMP certification", []),
    ("Reduced overall EMV certification timeline from 1+ year to 6 months", []),
    ("Oversee and delegate responsibilities to a 5 LVN, 4 RT and 4 CNA staff", []),
    ("Evaluated certified and non-certified staff.", []),
    ("Received certification for training new hires", []),
    # not held yet, said after the name or before a list of them, on every way a credential is read
    ("Legal License Pending November 2016", []),
    ("Certified Internal Auditor (CIA), 1994, up to date certification Certified Fraud Examiner (CFE), in process",
     ["Certified Internal Auditor (CIA)"]),
    ("Certifications: CoreNET MCR (In Progress), Lean Six Sigma (In Progress); LEED Green Associate 2013",
     ["LEED Green Associate 2013"]),
    ("Engineer-In-Training (EIT) Goal is to obtain Professional Engineering license.", ["Engineer-In-Training (EIT)"]),
    ("Taught courses leading students towards a MCSE/MCITP certification, from approved curriculum.", []),
    ("Holds MCSE/MCITP certification", ["MCSE", "MCITP"]),
    ("Preparing and scheduled the Cloudera Certified Spark Developer CCA 175.", []),
    ("Nationwide Mortgage Licensing System (NMLS) - Previously Registered", []),
    ("Conducted all training and coaching of Agents prior to Microsoft Certification", []),
    ("Certificates Achieved.", []),
    # "Certified" opening the name of the person it makes
    ("*Licensed Master Electrician *Certified Advanced Fire and Security Alarm Designer",
     ["Licensed Master Electrician", "Certified Advanced Fire and Security Alarm Designer"]),
    ("Handled 10,000 pieces of Certified and Registered mail with zero loss.", []),
    ("- Certified Business Women's Network - Women Business Advocate 2010", []),
    # two certified at once: the second may be a body's name, which certifies it; a catalog's default is not shared
    ("I am CPR and Western Union Certified.", ["CPR", "Western Union"]),
])
def test_credentials_claimed_in_a_resume_sentence(sentence, quotes):
    profile = read_text("Alex Example\nExperience\n" + sentence + "\n")
    assert [f.quote for f in credentials.find(profile, "2024-11")] == quotes

@pytest.mark.parametrize("sentence, found", [
    # anonymised livecareer sentences: the candidate is the title a cue makes, known to the catalog or not
    ("As a professional educator with an extensive background in student success, I am also a certified Life and "
     "Success Coach.", [("certified Life and Success Coach", None)]),
    ("Licensed Healthcare Representative", [("Licensed Healthcare Representative", None)]),
    ("Industrial and Systems Engineering graduate, certified Base SAS Programmer and a Lean Six Sigma Green Belt with "
     "strong background in statistics.", [("Base SAS Programmer", "SAS"), ("Lean Six Sigma Green Belt", None)]),
    ("Certified as a Navy Principal for Safety and currently hold a TOP SECRET clearance.",
     [("Certified as a Navy Principal for Safety", "Navy")]),
    # written for this test: the issuer after "from"
    ("Certified as a Scrum Master from Scrum Alliance in 2019.", [("Certified as a Scrum Master", "Scrum Alliance")]),
    # someone else holds it, or it is a degree
    ("Worked beside a Licensed Wellness Counselor on intake.", []),
    ("Assisted the Certified Financial Examiner with audits.", []),
    ("Certified Associate Of Applied Science In Early Childhood Education, 2012.", []),
])
def test_a_title_the_candidate_is_certified_or_licensed_as(sentence, found):
    profile = read_text("Alex Example\nExperience\n" + sentence + "\n")
    assert [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2024-11")] == found


@pytest.mark.parametrize("sentence, quotes", [
    # anonymised livecareer line: the kind of certifications, then a colon, then the list
    ("Group Exercise Instructor Certifications: BOSU, Schwinn Cycling, Group Power, Group Step",
     ["BOSU", "Schwinn Cycling", "Group Power", "Group Step"]),
    # written for this test: a list whose kind says it is not the candidate's
    ("Managed Software Licenses: Microsoft Office, Adobe Acrobat, Salesforce.", []),
    ("Negotiated Vendor Certificates: SSL, SOC 2 Reports", []),
    ("Tracked Employee Certifications: expiry dates, renewals and training records.", []),
])
def test_a_list_labelled_by_the_kind_of_certifications_it_holds(sentence, quotes):
    profile = read_text("Alex Example\nExperience\n" + sentence + "\n")
    assert [f.quote for f in credentials.find(profile, "2024-11")] == quotes



@pytest.mark.parametrize("sentence, found", [
    # anonymised livecareer sentences and CV lines: the kind of credential, then its name, and who granted it
    ("Certificate of Completion *Business Administration 1997 Texas A&M Extension Services",
     [("Certificate of Completion *Business Administration", None)]),
    ("* Certificate - Introduction to Python for Data Science from Udemy Skills",
     [("Certificate - Introduction to Python for Data Science", "Udemy")]),
    ("HackerRank: SQL Certificate, 2021 Stepik: Basic Statistics, 2021 Coursera: Apache Spark (TM) SQL for Data Analysts, 2021",
     [("SQL Certificate", "HackerRank"), ("Basic Statistics", "Stepik"), ("Apache Spark (TM) SQL for Data Analysts", "Coursera")]),
    ("Peer Reviewer certified for Quality Matters and Adjunct Instructor.", [("Peer Reviewer certified", "Quality Matters")]),
    ("NPTEL certification in Data Structures.", [("Data Structures", "NPTEL")]),
    ("Microsoft Azure certified.", [("Microsoft Azure certified", "Microsoft")]),
    # one credential named with its abbreviation or its field; a body named after a credential is no credential
    ("Certification of Engineer in Training: 2004 *Engineer in Training Certification (EIT)",
     [("Engineer in Training", "State Board of Professional Engineers"),
      ("Engineer in Training Certification (EIT)", "State Board of Professional Engineers")]),
    ("Information Technology Infrastructure Library (ITIL) Foundation Certification in IT Service Management",
     [("Information Technology Infrastructure Library (ITIL) Foundation Certification in IT Service Management",
       "AXELOS / PeopleCert")]),
    ("Philippine Institute of Certified Public Accountants (PIPCA), member 2000 - Present", []),
    ("Registered Nurse (APRN)", [("Registered Nurse", "State Board of Nursing"), ("APRN", "State Board of Nursing")]),
    ("Licensed Advocate in practice from 16-Aug-2012.", [("Licensed Advocate", None)]),
    ("PROMOTED: Certified Level 2 Trainer", [("Certified Level 2 Trainer", None)]),    # a level's number in the name
    # a singular "Certificate :" that lists nothing opens a name (livecareer's education line), the place after it no part
    ("Certificate : Business Administration , 2013 San Joaquin Valley Community College ï¼\u200b City , State",
     [("Certificate : Business Administration", "San Joaquin Valley Community College")]),
    ("Certification : Business Management City , State , United States", [("Certification : Business Management", None)]),
    # the kind and a comma opening a line, then the fields: the name, whatever its words, its issuer where a known body
    # or an organisation is named next (anonymised livecareer line), not a place; not mid-line, nor two run together
    ("Certificate, Front End Web Development", [("Certificate, Front End Web Development", None)]),
    ("Certification, Windows 7, Microsoft, Fort Bragg, NC, 2012", [("Certification, Windows 7", "Microsoft")]),
    ("Certificate, Data Analytics, Example Institute, 2021", [("Certificate, Data Analytics", "Example Institute")]),
    ("Certificate, Welding Basics, Fort Bragg, NC", [("Certificate, Welding Basics", None)]),
    ("Green Belt Technical Certification, Example FMEA", [("Green Belt", None)]),
    # "<Name> Certificate Program": the programme's name (anonymised livecareer line: its school after it); not before its
    # field, its list or a job title's last words
    # "certified in" inside a catalog name opens no list after it; before the cards of one course it does
    ("Backed by Example+ and ISC2 Certified in Cybersecurity.", [("ISC2 Certified in Cybersecurity", "ISC2")]),
    ("Certified in CPR, First Aid and AED", [("CPR, First Aid", "American Heart Association / American Red Cross")]),
    ("Gender Studies Certificate Program", [("Gender Studies Certificate Program", None)]),
    # the end of a date range before a name is no part of it; a trademark sign closes an abbreviation's bracket (its
    # catalog look-alike, the privacy manager's CIPM, not taken for this one)
    ("Certified Analytics Professional - Mar 2016 – Present License", [("Certified Analytics Professional", "INFORMS")]),
    ("2012 - Present Certified Example Kata Instructor", [("Certified Example Kata Instructor", None)]),
    ("Certified International Project Manager (CIPM™)", [("Certified International Project Manager (CIPM™)", None)]),
    ("Health Information Technology - Coding Certificate Program Rowan College of Burlington County",
     [("Coding Certificate Program", "Rowan College of Burlington County")]),
    ("Example Certification Program Management 07/2010 to Current", []),
    ("Rural Housing Certification Program, State General Funds, funded through the University of Example", []),
    # a teaching or child-care credential, by its name; its status alone ("Life credential") is no second one
    ("Multiple Subjects Credential, 1981 (Life credential granted", [("Multiple Subjects Credential", None)]),
    ("Maryland Child Care Credential", [("Maryland Child Care Credential", "Maryland")]),
    # not held yet, or school education
    ("Seeking for PMP Certification will get certified at the earliest.", []),
    ("CAD drafter, Space planning, Team player, soon NCIDQ certified, beginner in Golf.", []),
    ("Matriculation Certificate Collegiate Girls High School", []),
    ("Configuration of F5 load balancers, SSL certificate updates, I-Rule.", []),
    ("Government services like adhar card, Birth certificate, pan card tracker etc.", []),
])
def test_credentials_named_by_their_kind_or_platform_in_a_sentence(sentence, found):
    profile = read_text("Alex Example\nExperience\n" + sentence + "\n")
    assert [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2024-11")] == found


def test_an_education_section_is_read_for_licences_but_degrees_and_school_certificates_are_not_credentials():
    # Shaped like the Kaggle and livecareer resumes, which list licences among their schooling.
    profile = read_text("Alex Example\nEducation\nBachelor of Science : Accounting , 2004 State University\n"
                        "Higher Secondary Certificate Science Pune, Maharashtra\n"
                        "UGC NET Certificate for Lectureship MAR- 2013\n"
                        "Certified Public Accountant (CPA), State of Ohio\n")
    assert [f.quote for f in credentials.find(profile, "2024-11")] == ["UGC NET Certificate", "Certified Public Accountant (CPA)"]


@pytest.mark.parametrize("line", [
    # school-leaving certificates, a school's to every pupil who finishes (written lines)
    "Victorian Certificate of Education (VCE), Sample High School",
    "Kenya Certificate of Secondary Education, 2009",
    "Leaving Certificate: 500 points",
    "Matric Certificate available on request",
])
def test_a_school_leaving_certificate_is_schooling_not_a_credential(line):
    assert credentials.find(read_text("Alex Example\nExperience\n" + line + "\n"), "2024-11") == []


def test_engineer_intern_is_a_job_title_in_experience_and_a_licence_only_in_a_certifications_list():
    # "Engineer Intern" is what some state boards call the Engineer in Training; in experience it is an internship
    experience = read_text("Alex Example\nExperience\nWidget Engineer Intern , 06/2013 to 09/2013\n"
                           "Company Name City , State\nTested gearbox mounts on the line.\n")
    assert credentials.find(experience, "2024-11") == []
    listed = read_text("Alex Example\nCertifications\nEngineer Intern, Ridgeway Board of Professional Engineers, 2019\n")
    assert [(f.quote, f.data["name"]) for f in credentials.find(listed, "2024-11")] == [
        ("Engineer Intern", "Engineer in Training")]
    assert ids("Engineer Intern (EI), licensed in 2019") == [("Engineer Intern (EI)", "eit")]


def test_events_attended_and_the_towns_after_them_are_not_credentials_but_a_credential_beside_them_is():
    # written lines in the layout of Indian engineering CVs' training lists, and a US resume's line of courses
    profile = read_text("Alex Example\nCertifications\n"
                        "* Attended in-plant training in Acme Motors, Chennai.\n"
                        "* Attended workshop on Aero Modeling conducted at Example Technologies, Pune.\n"
                        "Construction Law Seminar, 2000 | Annual Conference of School Principals, 2004\n"
                        "CPR Certification, 2002\n")
    assert [f.quote for f in credentials.find(profile, "2024-11")] == ["CPR Certification"]


@pytest.mark.parametrize("line, quotes", [
    # written lines: a list's dates, page marks and stamps split off as items of their own
    ("Certified Trainer, 1987 and 1988", ["Certified Trainer"]),
    ("Red Hat Certified Engineer (RHCE), Updated, Page 2 of 3", ["Red Hat Certified Engineer (RHCE)"]),
    ("Notary Public, March 16, May 2008 October 2007", ["Notary Public"]),
])
def test_an_item_of_only_dates_page_marks_or_stamps_names_nothing(line, quotes):
    found = credentials.find(read_text("Alex Example\nCertifications\n" + line + "\n"), "2024-11")
    assert [f.quote for f in found] == quotes


def test_a_training_list_of_courses_with_their_provider_and_year_in_brackets():
    # written in the layout of European and Indian IT CVs' "Trainings" lists: the titles alone read as skills
    profile = read_text("Alex Example\nCertifications\nSoftware Testing (Example University, Kyiv, 2013); "
                        "Programming in Java (NTUL, 25 hours, 2011); Advanced SharePoint Development (5 days, Microsoft "
                        "Certified, ATC 2009); AART License (2001)\n")
    assert [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2024-11")] == [
        ("Software Testing", "Example University"), ("Programming in Java", "NTUL"),
        ("Advanced SharePoint Development", "ATC"), ("AART License (2001)", "AART")]


def test_a_training_lists_sentences_name_courses_taken_from_a_provider():
    # written in the layout of a one-line CV's training list: quotes as byte escapes, providers after "by"/"at"
    profile = read_text("Alex Example\nCertifications\n"
                        "A course in \\xe2\\x80\\x9cNews Photography\\xe2\\x80\\x9d implemented by Example Youth "
                        "Society, of 20 training hours. Social Media course at PICD, from 14/7 to 18/7/2012. A workshop on "
                        "Lobbying held by Example Center. Courses in statistics and accounting.\n")
    assert [(f.quote, f.data.get("issuer"), f.data["tier"]) for f in credentials.find(profile, "2024-11")] == [
        ("course in \\xe2\\x80\\x9cNews Photography", "Example Youth Society", "course"),
        ("Social Media course", "PICD", "course")]


def test_a_mooc_list_names_each_course_and_its_maker_whatever_the_title():
    # written in the layout Coursera and edX certificates are listed in, one a line (a column gap between)
    profile = read_text("Alex Example\nCertifications\n"
                        "Statistics: Making Sense of Data by Example University on Coursera. Certificate earned on "
                        "March 16, 2015        Linear Algebra (Part 1) by Example College on edX. Honor Code Certificate "
                        "earned on March 16, 2015        Thinking Clearly! An Introduction by Example State University. "
                        "Statement of Accomplishment earned on April 30, 2015\n")
    assert [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2024-11")] == [
        ("Statistics: Making Sense of Data", "Example University"), ("Linear Algebra (Part 1)", "Example College"),
        ("Thinking Clearly! An Introduction", "Example State University")]


@pytest.mark.parametrize("text, quotes", [
    ("Summary\nITIL certified service manager\n", ["ITIL certified"]),
    ("Certifications\nITIL, PRINCE2\n", ["ITIL", "PRINCE2"]),
])
def test_itil_alone_is_a_framework_unless_the_text_is_about_credentials(text, quotes):
    assert [f.quote for f in credentials.find(read_text("Alex Example\n" + text), "2024-11")] == quotes


@pytest.mark.parametrize("line, quotes", [
    ("Driving license:", []),                        # a form's field label, its value elsewhere (the table's call)
    ("Driving licence :", []),
    ("Driving license: Yes", ["Driving license"]),
])
def test_a_credential_named_as_a_field_label_with_no_value_is_no_claim(line, quotes):
    found = credentials.find(read_text("Alex Example\nExperience\n" + line + "\n"), "2024-11")
    assert [f.quote for f in found] == quotes


def test_degrees_and_honours_in_a_certifications_list_whatever_the_apostrophe_are_not_credentials():
    # written in a one-line CV's layout, which escapes the apostrophe ("Master\\'s")
    profile = read_text("Alex Example\nCertifications\nMaster\\'s Program in Information Systems Example University, "
                        "Example Town, UK BS - Behavioral Science Example University, Example Town, UK\n")
    assert not any("Master" in f.quote for f in credentials.find(profile, "2024-11"))


def test_indeeds_certification_layout_of_names_issuer_lines_and_dates():
    # written in Indeed's layout: a name, perhaps its issuer with a dash, then its dates, one a line; the names alone
    # would read as a list of skills
    profile = read_text("Alex Example\nCertifications\nSearch Ads\n\nDecember 2016 to December 2017\n\nWeb Analytics\n\n"
                        "Example Analytics Co -\n\nFebruary 2017 to August 2018\n\nInbound Marketing\n\n"
                        "March 2018 to March 2019\n")
    assert [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2024-11")] == [
        ("Search Ads", None), ("Web Analytics", "Example Analytics Co"), ("Inbound Marketing", None)]


@pytest.mark.parametrize("text, issuer", [
    # written: a state named right after a licence the catalog gives to a state body is that state's licence
    ("Licensed Mental Health Counselor New York State (LMHC)", "New York State"),
    ("Registered Nurse, Texas", "Texas"),
    ("Licensed to practice law in the State of Florida", "State of Florida"),
    ("Registered Nurse, City, State", "State Board of Nursing"),    # the anonymised place is no state
    # a state opening the name, or right before it, grants it too; a school named after its state does not
    ("Ohio Teaching Licensure, Visual Arts, PK-12", "Ohio"),
    ("Texas Teaching Certificate with Early Childhood Education endorsement", "Texas"),
    ("N.Y.S. Professional License for Literacy Specialist", "N.Y.S."),
    ("Property and Casualty Insurance License for the state of Louisiana.", "state of Louisiana"),
    ("Ohio State University Certificate in Accounting", "Ohio State University"),     # the school, not the state
])
def test_a_state_named_beside_a_state_licence_is_its_issuer(text, issuer):
    found = credentials.find(read_text("Alex Example\nExperience\n" + text + "\n"), "2024-11")
    assert found[0].data.get("issuer") == issuer


def test_a_course_a_body_made_on_a_course_platform_is_that_bodys_course():
    # written in the layout Coursera and edX certificates are listed in: "<course> by <maker> on <platform>"
    found = credentials.find(read_text("Alex Example\nCertifications\nR Programming by Johns Hopkins University on "
                                       "Coursera. Certificate earned on March 30, 2015\n"), "2024-11")
    assert [(f.data.get("issuer"), f.data["tier"]) for f in found] == [("Johns Hopkins University", "course")]


@pytest.mark.parametrize("text", [
    "Screened stocks by PE ratio and EV/EBITDA",
    "Taught physical education to grades 6-8",
    "An expert in pipeline hygiene and open-source",
    "Five years at a regional CPA firm",
    "Coordinated the year-end audit with the outside CPA",
    "RN Sharma and I co-founded the club",
    "Performed CPR on a guest until paramedics arrived",
    "Customer Success Manager (CSM) for 40 enterprise accounts",
    "Currently pursuing the PMP certification",
    "CPA candidate, passed two of four sections",
    "Led the PE-backed roll-up of three clinics",
    # Kaggle resume lines (anonymised): what an organisation holds, a method followed, documents, a rank, a project
    "Company Name: OmegaSoft Technologies pvt.ltd. An ISO certified Company.",
    "Strictly following ITIL process in incident management and change management.",
    # written: ITIL named as a framework followed, not a certificate held
    "Handled the account-level audit (ERM, ITIL)",
    "Trained the team in all aspects of ITIL management and coordination.",
    "I am 2nd dan black belt in karate (martial arts)",
    "Preparing and scheduled the Cloudera Certified Spark Developer CCA 175.",
    "description - Project: CPI",
    # a thing or other people after the name (livecareer: "HACCP logs", 4 times; GitHub résumés: a certified
    # building, a team of CDL drivers): an attribute, not the candidate's credential
    "Implemented cooler logs, temperature logs and HACCP logs in the kitchen.",
    "Directed a team of Class A CDL drivers.",
])
def test_look_alikes_are_not_credentials(text):
    assert ids(text) == []


@pytest.mark.parametrize("sentence", [
    "Managed a 30-storey LEED Platinum certified building.",
    "Built referee certification tools for a worldwide league.",
    "Designed the new VoIP license architecture in C++.",
])
def test_a_credential_word_before_a_thing_names_no_credential(sentence):
    assert credentials.find(read_text("Alex Example\nExperience\n" + sentence + "\n"), "2024-11") == []


@pytest.mark.parametrize("sentence, quote", [
    ("Field RN Company Name, City, State", "RN"),
    ("I served as a volunteer Firefighter/EMT on the rural fire department for 4 years.", "EMT"),
])
def test_a_job_title_built_on_a_licence_claims_it(sentence, quote):
    found = credentials.find(read_text("Alex Example\nExperience\n" + sentence + "\n"), "2024-11")
    assert [f.quote for f in found] == [quote]


@pytest.mark.parametrize("sentence, quotes", [
    ("Caring LPN with 9 years of experience in long-term care.", ["LPN"]),
    ("Controller and CPA with a strong record of clean audits.", ["CPA"]),
    ("Surgical RN with pediatric trauma experience", ["RN"]),
    # the licence's holder is someone the work was for or with, or the object is a task: not the candidate
    ("Assisted RN with patient charting and vitals.", []),
    ("Worked alongside a CPA with 20 years of experience.", []),
    ("Partnered with the RN with the most experience on the floor.", []),
])
def test_a_summary_naming_the_candidate_by_their_licence_claims_it(sentence, quotes):
    found = credentials.find(read_text("Alex Example\nSummary\n" + sentence + "\n"), "2024-11")
    assert [f.quote for f in found] == quotes


@pytest.mark.parametrize("line, quotes", [
    ("Night Shift RN", ["RN"]),
    ("Clinic Manager/ LPN", ["LPN"]),
    # not a title line: a sentence, or a run of abbreviations none of which is a title word
    ("Reported to the CPA", []),
    ("ABCD / EFGH / CMA", []),
    ("Example Charting EMR", []),     # the records system: 'EMR' is a responder's card only with a cue beside it
])
def test_a_title_line_the_licence_ends_claims_it(line, quotes):
    found = credentials.find(read_text("Alex Example\nExperience\n" + line + "\n"), "2024-11")
    assert [f.quote for f in found] == quotes


def test_a_credential_list_reads_every_item_known_or_not():
    profile = read_text("Alex Example\nSummary\nStaff accountant. Certifications: CPA, Six Sigma Green Belt, Certified Widget Auditor\n")
    found = [(f.quote, f.data["tier"], f.data.get("catalog_id")) for f in credentials.find(profile, "2024-11")]
    assert found == [("CPA", "license", "cpa"), ("Six Sigma Green Belt", "exam", "cssgb"),
                     ("Certified Widget Auditor", "unknown", None)]


def test_a_resume_certifications_section_gives_issuer_date_and_number():
    profile = read_text("Alex Example\nCertifications\n"
                        "Certified Public Accountant, New York State, Date of issued: 03/04/2015, License number: 117205\n"
                        "Medical Coding and Billing Certificate, Office Business Certificate, High School Diploma\n")
    found = credentials.find(profile, "2024-11")
    assert [f.quote for f in found] == ["Certified Public Accountant", "Medical Coding and Billing Certificate",
                                        "Office Business Certificate"]
    assert {k: found[0].data[k] for k in ("issuer", "issued", "credential_id", "tier")} == {
        "issuer": "New York State", "issued": "2015-03", "credential_id": "117205", "tier": "license"}
    assert found[2].data["tier"] == "unknown"


def test_every_line_of_a_certifications_section_is_a_claim_unless_it_is_clearly_something_else():
    # Lines from the anonymised livecareer resumes, and what a certifications section also holds.
    profile = read_text("Alex Example\nCertifications\n"
                        "2002 Texas School Counselor (grades PK-12)\n"
                        "First Aid CPR\n"
                        "Child Care Facility Rules & Regulations (FACR)\n"
                        "CompTIA A+ CompTIA Security+ STI Certified Help Desk Professional\n"
                        "Graduate Certificate-Asian Business Studies Tongji University, Shanghai, China\n"
                        "MS Office training (MS Project, Excel, Word, Power Point, Access)\n"
                        "Gartner Summit Panelist\n"
                        "New Jersey Department of Health & Senior Services\n"
                        "Community Involvement\n"
                        "Red Cross Volunteer Coordinator\n")
    found = [(f.quote, f.data.get("issued")) for f in credentials.find(profile, "2024-11")]
    assert found == [("Texas School Counselor (grades PK-12)", "2002"), ("First Aid CPR", None),
                     ("Child Care Facility Rules & Regulations (FACR)", None), ("CompTIA A+", None), ("CompTIA Security+", None),
                     ("STI Certified Help Desk Professional", None),
                     ("Graduate Certificate-Asian Business Studies Tongji University", None),
                     ("MS Office training (MS Project, Excel, Word, Power Point, Access)", None)]


def test_a_section_that_runs_on_into_a_skills_list_claims_only_what_shows_evidence():
    # Shaped like anonymised livecareer sections: a few credentials, then a list of skills and jobs under the
    # same heading. Five or more items in a row with no credential or training word, catalog name, body or date
    # are a skills list; a few bare items among credentials are still claims ("Yoga, Tai Chi, Spin").
    profile = read_text("Alex Example\nCertifications\n"
                        "Small Arms Training Certificate, Typing, Inventory, Customer Service, Email, UPS, Mail Room, "
                        "Hand Tools, Power Tools, Clean Room\n"
                        "Instrument Sterilization\nInfection Control\nBleaching Trays\nCasts/Impressions\nOrtho\n")
    assert [f.quote for f in credentials.find(profile, "2024-11")] == ["Small Arms Training Certificate"]
    profile = read_text("Alex Example\nCertifications\nGroup Fitness Instructor, NIFS Certified\n"
                        "Yoga, Tai Chi, Spin, TRX, Behavior Modification, Health and Wellness, Aquatics NETA\n")
    assert [f.quote for f in credentials.find(profile, "2024-11")] == [
        "Group Fitness Instructor", "Yoga", "Tai Chi", "Spin", "TRX", "Behavior Modification", "Health and Wellness",
        "Aquatics NETA"]


def test_names_run_together_split_after_a_word_that_ends_a_name():
    # an anonymised livecareer section's line: one training after another
    profile = read_text("Alex Example\nCertifications\nBasic Military Training Duke (electronic warfare) Training Rollover in "
                        "MRAP's and Humvee's Training\n")
    assert [f.quote for f in credentials.find(profile, "2024-11")] == [
        "Basic Military Training", "Duke (electronic warfare) Training", "Rollover in MRAP's and Humvee's Training"]


def test_a_training_list_of_name_body_town_and_date_lines():
    # The layout of an anonymised livecareer section: each training on four lines.
    profile = read_text("Alex Example\nCertifications\nEmotional Safety Plan\nThe Hotline Webinar Services\nKnoxville TN\n08/2014\n"
                        "CPR\nYWCA\nKnoxville TN 06-04-2014\n")
    found = [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2024-11")]
    assert found == [("Emotional Safety Plan", "The Hotline Webinar Services"), ("CPR", "YWCA")]


@pytest.mark.parametrize("line, quotes", [
    # anonymised livecareer lines: what is pending or in process is not held yet
    ("X-Ray Certified\nCertifications pending RDA, Coronal Polish and Pit and Fissure Sealant\n", ["X-Ray Certified"]),
    ("In-process: CUNA Financial counseling certified (FiCEP)\nCPR certified\n", ["CPR certified"]),
    ("Professional in Human Resources, Certification, Pending\n", []),
    ("Certifications: CoreNET MCR (In Progress), Lean Six Sigma (In Progress)\n", []),
])
def test_a_list_item_pending_or_in_process_is_not_held(line, quotes):
    assert [f.quote for f in credentials.find(read_text("Alex Example\nCertifications\n" + line), "2024-11")] == quotes


@pytest.mark.parametrize("text, issuer", [
    # anonymised livecareer lines
    ("Certifications\nACI Concrete Field testing Grade 1 Cert.01029787\n", "ACI"),
    ("Certifications\nPure Barre Certified Instructor\n", "Pure Barre"),
    ("Certifications\nGE Six Sigma Green Belt\n", "GE"),
    ("Certifications\nRegistered Nurse- State of Florida July 18, 2017\n", "State of Florida"),
    ("Certifications\nCertificate in SPI Intools from Smart Brains Engineering Pvt. Ltd. April 2014 - May 2014\n",
     "Smart Brains Engineering Pvt. Ltd."),
    ("Certifications\nFoundation Course on Education of Children with Learning Disabilities, Certified by Rehabilitation "
     "Council of India. (2014)\n", "Rehabilitation Council of India"),
    ("Summary\nAchieved the Chief Financial Officer (CFO) certification through the Michigan School Business Officials "
     "organization.\n", "Michigan School Business Officials"),
    ("Summary\nPMI and CMMI certified\n", "PMI"),
    ("Summary\nTana Example, MBA, RN, CCM\n", "Commission for Case Manager Certification"),
])
def test_the_issuer_written_beside_a_credential(text, issuer):
    found = credentials.find(read_text("Alex Example\n" + text), "2024-11")
    assert found[0 if "CCM" not in text else -1].data.get("issuer") == issuer


@pytest.mark.parametrize("line, issuer", [
    # a certificate line outside a certifications section: its fields after the name, as each separator allows
    ("Certificate in Widget Studies with Distinction | Example Extension, Springfield, IL", "Example Extension"),
    ("Widget Analytics Certification (Coursera, 2024)", "Coursera"),
    ("Certified Professional in Widget Excellence (CPWE) – ZWIA", "ZWIA"),
    ("Certified Widget Developer, ZorbCorp", "ZorbCorp"),
    ("Credit Analysis Certificate, US Bank 2011", "US Bank"),       # anonymised livecareer line
    # the field is the subject, a role, a place, a status, a date, a note or the name's own initials: no issuer
    ("Widget Associate Certification - Network Fundamentals", None),
    ("Teaching License, Mathematics", "State Department of Education"),
    ("Certified Scrum Master, Agile Coach", "Scrum Alliance"),
    ("Certified Widget Developer, Structural", None),
    ("Certified Public Health Nurse, Springfield, IL", None),
    ("Certified Nursing Assistant, Current", "State Department of Health (nurse aide registry)"),
    ("Notary Public (Commission expires May 2, 2027)", "Secretary of State"),
    ("Certified Trainer of Trainers (ToT)", None),
    ("Widget Performance Certification (Springfield)", None),
])
def test_the_issuer_a_certificate_lines_next_field_names_in_a_sentence_context(line, issuer):
    found = credentials.find(read_text("Alex Example\nExperience\n" + line + "\n"), "2024-11")
    assert found and found[0].data.get("issuer") == issuer


def test_a_body_certified_in_a_course_and_the_courses_title():
    profile = read_text("Alex Example\nCertifications\nFEMA Certified in ICS-100, Introduction to the Incident Command System (2009)\n"
                        "CPR Certified, 2015-2016 First Aid Training, 2015\n")
    found = {f.quote: (f.data.get("issuer"), f.data.get("issued")) for f in credentials.find(profile, "2024-11")}
    course = "FEMA Certified in ICS-100, Introduction to the Incident Command System (2009)"    # the code, then its title
    assert found.keys() == {course, "CPR Certified", "First Aid Training"}
    assert found[course][0] == "FEMA" and found["First Aid Training"][1] == "2015"


@pytest.mark.parametrize("text, issuer", [
    # a spelling two bodies share: the words around it decide
    ("Certifications\nAWS Brazing Certification\n", "American Welding Society"),
    ("Certifications\nAWS Certified Welder, 6G pipe\n", "American Welding Society"),
    ("Certifications\nAWS Certified Solutions Architect - Associate\n", "Amazon Web Services"),
    # the text's own issuer over the catalog's
    ("Summary\nObtains and maintains State of Florida notary public certification.\n", "State of Florida"),
    ("Certifications\nCommonwealth of Virginia Teaching license, # PGP-000000, renewed in 2016\n", "Commonwealth of Virginia"),
    ("Certifications\nCertificate in Leadership development \u2013 African Leadership Development (April 2017)\n",
     "African Leadership Development"),
    ("Certifications\nHarris County Department of Education Certified Virtual School Teacher (9-12)\n",
     "Harris County Department of Education"),
    ("Certifications\nCertification in Computerized Executive Secretary IDAT Institute, Lima, Peru\n", "IDAT Institute"),
    ("Certifications\nCPR Certification , Environmental Emergencies Certification , Through the American Heart Association.\n",
     "American Heart Association"),
    ("Summary\nTeacher certified by the state of South Carolina to teach all general sciences.\n", "state of South Carolina"),
    ("Experience\nDe Anza College, Marketing Management Certificate\n", "De Anza College"),
    ("Summary\nGoogle AdWords and Analytics certified\n", "Google"),
    ("Summary\nCertifications: Coursera Introduction to interactive programming using Python, Rice University\n", "Coursera"),
    # anonymised livecareer lines: a brand opening the name over the track after a dash; stray PDF marks
    ("Certifications\nVMware Certified Professional 5 - Data Center Virtualization\n", "VMware"),
    ("Certifications\nFAA\u00c2 Airframe &\u00c2 Power-plant\u00c2 License\n", "FAA"),
])
def test_the_issuer_the_text_names_wins_and_a_shared_abbreviation_is_read_in_context(text, issuer):
    found = credentials.find(read_text("Alex Example\n" + text), "2024-11")
    assert found and found[0].data.get("issuer") == issuer


@pytest.mark.parametrize("lines, expected", [
    # a body named with its state on a line of its own claims its certification; a city is not a credential
    ("National Academy of Sports Medicine, California\n", ["National Academy of Sports Medicine"]),
    ("CompTIA Network + Certified, 2006 MCSE- Windows 2000, Pasadena, CA Certified, 2000\n",
     ["CompTIA Network + Certified", "MCSE- Windows 2000"]),
    # skills and tasks written under the heading are not claims
    ("Plasma torch cutting *Knowledge of destructive testing *SMAW Structural Welding Certificate\n",
     ["SMAW Structural Welding Certificate"]),
    ("Termination procedures\nCompensation and\nIn-depth knowledge of\nHR Compliance\nWriting\nEditing\nCPR\n", ["CPR"]),
    ("Hardware: IBM Blade Technology, HP Blade, Cisco UCS Blade Technology\n", []),
    # names run together are split; numbers after a Series licence are licences
    ("Google AdWords Certified Google Analytics Certified Facebook Certified Planning Professional.\n",
     ["Google AdWords Certified", "Google Analytics Certified", "Facebook Certified Planning Professional"]),
    ("CPA RFC\n", ["CPA", "RFC"]),
    ("Series 7, 9, 10 and 66 Licenses\n", ["Series 7", "9", "10", "66 Licenses"]),
    ("In good standing with the Massachusetts Board of Pharmacy\n", ["Massachusetts Board of Pharmacy"]),
    # the cards of one first-aid course are one credential; each card with its own credential word is its own
    ("CPR, First Aid and AED\n", ["CPR, First Aid and AED"]),
    ("CPR Certification , Child First Aid Certification\n", ["CPR Certification", "Child First Aid Certification"]),
    # a membership, an honour, school subjects
    ("AART License (2001) * Member, American Registered Radiologic Technologists\n", ["AART License (2001)"]),
    ("Four General Certificate of Education (GCE), Advanced Level Subjects\n", []),
    # the word that names the kind, then the name; a bracketed expiry ends a name; a role licensed in a state
    ("Certificate - Mechanical and Electrical Drafting (CAD)\n", ["Mechanical and Electrical Drafting (CAD)"]),
    ("Certified Paraoptometric (expires 11/2012) Safety Training includes: HazCom, Bloodborne Pathogens\n",
     ["Certified Paraoptometric (expires 11/2012)", "Safety Training"]),
    ("Pharmacy Technician, TX\n", ["Pharmacy Technician"]),
    # "X Certified" with no name before it to be the issuer of is a credential of its own
    ("CVENT Certified, TIPS Certified.\n", ["CVENT Certified", "TIPS Certified"]),
    # a bare "Certification," announces the next item's name, whatever its words, and a short name after it its body
    ("Certification, Air Launch Weapons School, NAS North Island, 03/01/03-03/22/03 Certification, Small Arms "
     "Training, NAS North Island, 02/03/04-02/16/04\n", ["Air Launch Weapons School", "Small Arms Training"]),
    ("Professional in Human Resources, Certification, Pending\n", []),
])
def test_what_a_certifications_section_line_claims(lines, expected):
    found = credentials.find(read_text("Alex Example\nCertifications\n" + lines), "2024-11")
    assert [f.quote for f in found] == expected


@pytest.mark.parametrize("sentence, found", [
    # a name, then "certified" in lower case: a credential, its first word its certifier where that is a name
    ("Toshiba certified service trained on Siemens E-Cam Nuclear Medicine Camera", [("Toshiba certified", "Toshiba")]),
    ("Nokia certified Qt Developer (Qt Essentials)", [("Nokia certified Qt Developer", "Nokia")]),
    ("Food handling: Health Department certified", [("Health Department certified", "Health Department")]),
    ("Emerging Leaders Program certified", [("Emerging Leaders Program certified", None)]),
    ("Teacher certified by the state of South Carolina.", [("Teacher certified", "state of South Carolina")]),
    # said of others, of a thing, after a verb or an adverb: none ("Nationally certified" leaves the name to what follows)
    ("Evaluated certified and non-certified staff.", []),
    ("Submit certified payroll weekly.", []),
    ("An ISO certified Company.", []),
    ("Microsoft certified partner company", []),
])
def test_a_name_certified_in_lower_case(sentence, found):
    got = credentials.find(read_text("Alex Example\nExperience\n" + sentence + "\n"), "2024-11")
    assert [(f.quote, f.data.get("issuer")) for f in got] == found


@pytest.mark.parametrize("sentence", [
    "I then built my Microsoft Windows Server skills with the MCSA 410, 411, and 412 course.",
    "Classes included: MS Windows, Office and A+ Certification.",
    "Lead swim instructors and lifeguards in monthly CPR/AED/First Aid Training.",
    "Assistant Manager, CPR, Credit, Editing.",
    "Account Certification Operations Analyst 01/2009 to 01/2010",
    "Achieved the first LEED - Platinum certification from the Green Building Council for an office renovation.",
    "Society of Certified Clinical Research Professional (SoCRA) 1998-2008",
    "Currently pursuing further education and certification in Network Management at Western Governors University.",
    # not held yet: a plan, a candidacy, an eligibility
    "Expect to complete aPHR certification in 2017",
    "Certified Management Accountant Candidate Expected Year 2016",
    "PHR certificate after graduation",
    "Eligible for Teaching Certification by the state board",
    "Currently training via online for Disaster Relief certification",
    # a thing's licence or certificate, and rules followed
    "Proprietary Software License Administrator, Created database for customer tracking",
    "Successfully assisted Country Manager in selling $3 million OEM license.",
    "Fax/Scan Tax Clearance Certificate as and when requested",
    "Organize storeroom and fill requisitions following proper ServSafe food safety guidelines.",
    # a catalog title naming a person, someone else's
    "Worked on home renovations, all with a licensed contractor to different sites.",
    "Supported Certified Financial Planner & clients to establish individualized financial plans.",
    "Cooked and coordinated with the registered dietitian, to comply with state regulations.",
])
def test_courses_sessions_job_titles_and_bodies_are_not_credentials_held(sentence):
    assert credentials.find(read_text("Alex Example\nExperience\n" + sentence + "\n"), "2024-11") == []


def test_a_line_of_skills_under_a_certifications_heading_gives_no_claims():
    profile = read_text("Alex Example\nCertifications\nLean Manufacturing Techniques, Six Sigma Methodology, Statistical "
                        "Process Control, Inventory Control, Time and Motion Studies\n")
    assert credentials.find(profile, "2024-11") == []


# --- section entries: every layout and the export ---------------------------------------------------------

def _cert_profile(title: str, issuer: str | None, dates: str | None = None, **details) -> Profile:
    section = Section("certifications", total=31, more=True)
    entry = Entry(title=title, organisation=issuer, dates=dates, details=details)
    entry.add(Block(title, "title"))
    section.add_entry(entry)
    return Profile(page_kind="linkedin-pvs", sections=[section])


def test_an_entry_carries_issuer_dates_expiry_id_link_and_that_the_list_is_partial():
    profile = _cert_profile("Certified Information Systems Security Professional (CISSP)", "ISC2",
                            "Issued May 2021 · Expires May 2024", credential_id="ABC-123", credential_url="https://verify.example/1")
    [f] = credentials.find(profile, today="2024-08")
    assert f.data == {"name": "Certified Information Systems Security Professional",
                      "shown_as": "Certified Information Systems Security Professional (CISSP)", "issuer": "ISC2",
                      "tier": "experience-gated", "catalog_id": "cissp", "issued": "2021-05", "expires": "2024-05",
                      "expired": True, "credential_id": "ABC-123", "url": "https://verify.example/1",
                      "list_partial": True, "list_total": 31}


@pytest.mark.parametrize("href", ["javascript:alert(1)", " JavaScript:void(0)", "data:text/html,<b>x</b>", "/in/x/"])
def test_a_link_that_is_not_http_is_never_offered_as_the_verification_link(href):
    [f] = credentials.find(_cert_profile("Project Management Professional (PMP)", "PMI", "Issued Mar 2020",
                                         credential_url=href), today="2024-08")
    assert "url" not in f.data


def test_an_unknown_entry_is_still_reported():
    [f] = credentials.find(_cert_profile("Certified Widget Whisperer", "Widget Guild"), today="2024-08")
    assert (f.data["tier"], "catalog_id" in f.data, f.data["issuer"]) == ("unknown", False, "Widget Guild")


def test_a_course_platform_certificate_is_a_course_even_when_named_after_a_certification():
    [f] = credentials.find(_cert_profile("AWS Certified Cloud Practitioner (CLF-C02) practice course", "Udemy"), today="2024-08")
    assert (f.data["tier"], f.data.get("catalog_id")) == ("course", None)


FIXTURES = SAMPLE_PROFILE.parent.parent.parent / "tests" / "fixtures" / "pages"


@pytest.mark.parametrize("name, expected", [
    ("sdui-profile.html", [("Project Management Professional (PMP)", "pmp", "Project Management Institute"),
                           ("Google Analytics Certification", "google-analytics", "Google")]),
    ("personal-site.html", [("Six Sigma Green Belt", "cssgb", "ASQ"),
                            ("APICS Certified Supply Chain Professional (CSCP)", "apics-cscp", "ASCM")]),
    ("resume.txt", [("Project Management Professional (PMP)", "pmp", "Project Management Institute"),
                    ("Certified Scrum Product Owner (CSPO)", "cspo", "Scrum Alliance")]),
])
def test_certificates_are_read_in_every_layout(name, expected):
    source = (FIXTURES / name).read_text("utf-8")
    profile = read_text(source) if name.endswith(".txt") else read_html(source)
    found = [(f.quote, f.data.get("catalog_id"), f.data.get("issuer")) for f in credentials.find(profile, "2024-11")]
    assert found == expected


def test_the_sample_profile_certificates():
    profile = read_html(SAMPLE_PROFILE.read_text("utf-8"))
    found = {f.data["shown_as"]: f.data for f in credentials.find(profile, "2024-12")
             if f.block.section.kind == "certifications"}
    assert found["Project Management Professional (PMP)"]["tier"] == "experience-gated"
    assert found["Pragmatic Institute Certified - PMC-III"]["catalog_id"] == "pragmatic-pmc-iii"
    assert all(d["list_partial"] for d in found.values())


@pytest.mark.realdata
@pytest.mark.parametrize("page", real_captures(), ids=lambda p: p.stem[:40])
def test_real_captures_every_certificate_entry_is_a_finding(page):
    profile = read_html(page.read_text("utf-8"))
    entries = [e for s in profile.sections_of("certifications") for e in s.entries]
    found = [f for f in credentials.find(profile) if f.block.entry is not None and f.block.section.kind == "certifications"]
    assert len(found) == len(entries) > 0
    assert all(f.data.get("issuer") for f in found)


@pytest.mark.realdata
def test_real_export_certifications_csv_rows_are_all_found():
    """Every row of the real exports' Certifications.csv, through the export adapter, is one credential."""
    total = courses = 0
    for path in sorted(shared("real-text", "linkedin_data_exports").glob("*/Certifications.csv")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        rows = [r for r in csv.DictReader(text.splitlines()) if r["Name"].strip()]
        found = credentials.find(export.read({"Certifications.csv": text}), today="2025-01")
        assert len(found) == len(rows)
        assert all(f.data.get("issuer") == (r["Authority"].strip() or None) for f, r in zip(found, rows))
        total += len(found)
        courses += sum(f.data["tier"] == "course" for f in found)
    assert total >= 30
    assert courses >= total // 2    # mostly MOOCs: courses, not professional certifications


def test_taken_spans_answer_as_a_list_of_spans_would():
    # The finder asks "is this position or span inside one already read?" per mention; _Taken answers by
    # bisection (a list scan made thousands of mentions quadratic), and must answer exactly as the list did,
    # for overlapping, touching, empty and reversed spans and degenerate questions alike.
    rng = random.Random(7)
    for _ in range(2000):
        taken, spans = _Taken(), []
        for _ in range(rng.randint(0, 20)):
            a = rng.randint(0, 60)
            b = a + rng.randint(-3, 12)
            taken.add(a, b)
            spans.append((a, b))
            p, x = rng.randint(-2, 75), rng.randint(-2, 75)
            y = x + rng.randint(-4, 12)
            assert taken.holds(p) == any(s <= p < e for s, e in spans)
            assert taken.meets(x, y) == any(s < y and x < e for s, e in spans)


# --- how the evaluation compares issuers (evaluation/credentials.py) --------------------------------------

@pytest.mark.parametrize("found, label, strict, by_alias", [
    ("IFMA", "International Facility Management Association", True, True),      # the catalog's spelling of the body
    ("TSA / State Department of Motor Vehicles", "Transportation Security Administration", True, True),
    ("State Real Estate Commission", "Pennsylvania Real Estate Commission", False, True),   # that state's body
    ("State Real Estate Commission", "California Department of Real Estate", False, True),
    ("State Board of Accountancy", "State of Ohio", False, True),               # the state named alone
    ("State Department of Education", "TEA", False, True),                      # Texas Education Agency
    ("Texas", "TEA", False, True),                                              # the state found alone
    ("The University of Missouri", "University of Missouri", True, True),
    ("State Department of Health (nurse aide registry)", "New York State Department of Health", False, True),
    # not the same body
    ("State Board of Accountancy", "Pennsylvania Real Estate Commission", False, False),
    ("Washington", "Washington Department of Financial Institutions", False, False),
    ("CPT", "Manufacturing Skill Standards Council", False, False),
    (None, "State of Ohio", False, False),
    # a body's name with its initials after it, as labels spell it, is that body; a bracket that is not its initials says more
    ("Board of Pharmacy Specialties", "Board of Pharmacy Specialties (BPS)", True, True),
    ("American College of Widget Pharmacy", "American College of Widget Pharmacy (ACWP)", True, True),
    ("Wine & Cheese Education Trust (WCET)", "Wine & Cheese Education Trust", True, True),
    ("Department of Transportation", "Department of Transportation (FDOT)", False, False),
    ("CompTIA", "Comp/TIA", True, True),                                        # a spelling of the catalog's body
    ("American College of Widget Pharmacy", "American College of Widget Pharmacy (ASHP)", False, False),
])
def test_the_evaluation_counts_an_issuer_right_strictly_or_by_the_catalogs_aliases(found, label, strict, by_alias):
    from evaluation.credentials import same_issuer, same_issuer_by_alias
    assert same_issuer(found, label) is strict
    assert same_issuer_by_alias(found, label) is by_alias


@pytest.mark.parametrize("name, canonical", [
    ("Board of Pharmacy Specialties (BPS)", "Board of Pharmacy Specialties"),     # the catalog's body, its initials after it
    ("Society for Human Resource Management (SHRM)", "SHRM"),
    ("Information Systems Audit and Control Association (ISACA)", "ISACA"),
    ("Department of Transportation (FDOT)", None),      # not the name's initials: a state's department
    ("Oracle (SQL)", None),
])
def test_a_body_written_with_its_initials_after_it_is_that_body(name, canonical):
    assert credentials.canonical_issuer(name) == canonical


@pytest.mark.parametrize("name, canonical", [
    # a body's name with its words split or joined by spaces, slashes or dots is that body
    ("Hacker Rank", "HackerRank"),
    ("Comp/TIA", "CompTIA"),
    ("Comp TIA", "CompTIA"),
    ("ASE", "National Institute for Automotive Service Excellence"),
    # not a misspelling, nor a short run of letters
    ("Ameican Red Cross", None),
    ("A.C.E", None),
])
def test_an_issuer_spelled_with_its_words_split_or_joined_is_that_body(name, canonical):
    assert credentials.canonical_issuer(name) == canonical


def test_a_line_naming_a_body_after_another_sections_heading_is_not_the_issuer_of_the_credential_above():
    profile = read_text("Alex Example\nCertifications\nHuman Resources Certification Institute (HRCI)\n"
                        "Senior Professional in Human Resources (SPHR)\n\nProfessional Affiliations\n"
                        "Society for Human Resource Management (SHRM)\nSkills\nRecruiting\n")
    found = credentials.find(profile, "2024-11")
    assert [(f.quote, f.data.get("issuer")) for f in found] == [("Senior Professional in Human Resources (SPHR)", "HRCI")]


@pytest.mark.parametrize("line, expected", [
    # "<name>, <issuer>, <date>" (an export row or a JSON résumé's certificate as a line): the name whatever its words,
    # the field after it its issuer whatever its words, initials and all; a template's empty date field the same
    ("Spreadsheet Skills for Business, Example University, Feb 2024", [("Spreadsheet Skills for Business", "Example University")]),
    ("Cloud networking basics, Example Cloud Skills Lab, Mar 2023", [("Cloud networking basics", "Example Cloud Skills Lab")]),
    ("Metal Cutting Basics, Acme Tooling,", [("Metal Cutting Basics", "Acme Tooling")]),
    ("Oncology Pharmacy Practice Certificate, American College of Widget Pharmacy (ACWP),",
     [("Oncology Pharmacy Practice Certificate", "American College of Widget Pharmacy (ACWP)")]),
    ("Board Certified Oncology Pharmacist (BCOP), Board of Pharmacy Specialties (BPS),",
     [("Board Certified Oncology Pharmacist (BCOP)", "Board of Pharmacy Specialties (BPS)")]),
    ("Python (Intermediate), Example Rank, Jan-24", [("Python (Intermediate)", "Example Rank")]),
    ("C#, ExampleRank, 2019-05-02", [("C#", "ExampleRank")]),
    # a course platform beside the body that made the course: the body
    ("Introduction to Data Visualisation, Coursera - Example Corp, Apr 2023", [("Introduction to Data Visualisation", "Example Corp")]),
    ("Front End Web Development Certificate, University of Example/EdX,",
     [("Front End Web Development Certificate", "University of Example")]),
    # a course platform alone yields to the university whose edX brand opens the course's name; a platform's
    # "Workshop" is its course; a dash inside the name field is part of the one name
    ("MITx 6.00x: Introduction to Example Science, edX, Oct 2016", [("MITx 6.00x: Introduction to Example Science", "MITx")]),
    ("ExampleX EX101.1x: Statistics Workshop, edX,", [("ExampleX EX101.1x: Statistics Workshop", "ExampleX")]),
    ("Unix 10.x Administration, edX, 2019", [("Unix 10.x Administration", "edX")]),
    ("Example Cloud Architect Exam – Practice Certification Preparation, Example Academy, Inc., 2022-03-14",
     [("Example Cloud Architect Exam – Practice Certification Preparation", "Example Academy, Inc")]),
    # an issuer field of two bodies kept whole; a known body in the third of four fields: the comma before it is in
    # the name; a body's initials in its field that spell a catalog credential are still the body's
    ("Machine Learning Basics, EXTC - Example Ministry Youth Skill Development Program (SkillUp), Dec 2024",
     [("Machine Learning Basics", "EXTC - Example Ministry Youth Skill Development Program (SkillUp)")]),
    ("Oracle Certified Professional, Java EE 6 Web Component Developer, Oracle, May 2013",
     [("Oracle Certified Professional, Java EE 6 Web Component Developer", "Oracle")]),
    ("Diploma in Wines and Spirits, Wine & Spirit Education Trust (WSET), June 2021",
     [("Diploma in Wines and Spirits", "Wine & Spirit Education Trust (WSET)")]),
    # the field between the name and the date is who issued it whatever its shape: initials, a brand, a provider
    # named for its training (not a catalog credential: "Confined Space Training" there is a second one)
    ("Widget Data Tools, ZDPA, 2009", [("Widget Data Tools", "ZDPA")]),
    ("Gadget Fundamentals, ZORB, 2020", [("Gadget Fundamentals", "ZORB")]),
    ("Forklift Operator (FO), Ridgeway Training, May 2020", [("Forklift Operator (FO)", "Ridgeway Training")]),
    ("Track Spotter (TS), ACME Training, June 2019", [("Track Spotter (TS)", "ACME Training")]),
    ("Widget Primer, Zorblax Training Services, Oct 2022", [("Widget Primer", "Zorblax Training Services")]),
    ("Fall Protection, Confined Space Training, 2018", [("Fall Protection", None),
                                                        ("Confined Space Training", "OSHA (authorised trainer)")]),
    ("First Aid, CPR, 2019", [("First Aid", "American Red Cross / American Heart Association"),
                              ("CPR", "American Heart Association / American Red Cross")]),
    # anonymised livecareer lines: a vendor's training courses
    ("Manufacturing Planning and Control, Exact Software, 1998.", [("Manufacturing Planning and Control", "Exact Software")]),
    # not an entry: a contest, a role, a board sat on, a kind of certificate and its subject, a list, two fields alone
    ("Example Youth Innovation Challenge, Example Body, Nov 2024", []),
    ("Volunteer Worker, Habitat for Humanity , 2010-2012", []),
    ("Early Childhood Advisory Board, Pensacola State College , 2011 to present", []),
    ("Permanent Certification, Secondary Spanish and Inclusive Education, 2008.",
     [("Permanent Certification", None), ("Secondary Spanish and Inclusive Education", None)]),
    ("CPR Certified, 2015-2016 First Aid Training, 2015", [("CPR Certified", "American Heart Association / American Red Cross"),
                                                          ("First Aid Training", "American Red Cross / American Heart Association")]),
    ("Certified Defense Financial Manager, CDFM, May 2005", [("Certified Defense Financial Manager", "American Society of Military Comptrollers")]),
    ("Six Sigma, Greenbelt", [("Six Sigma", None), ("Greenbelt", None)]),
    # an empty issuer field: the name, its catalog issuer; the end of its dates split off at the dash is no issuer; a
    # grade or level in brackets is none either; a plan with its anticipated date is not held
    ("Certified Analytics Professional, , Mar 2016 – Present", [("Certified Analytics Professional", "INFORMS")]),
    ("Certified Analytics Professional – Present", [("Certified Analytics Professional", "INFORMS")]),
    ("Example Industry Examination (Distinction), , 1998", [("Example Industry Examination (Distinction)", None)]),
    ("SQL (Intermediate)", [("SQL (Intermediate)", None)]),
    ("Provisional Teaching Licence (in progress) --- Grades 5-9 Biology, , Anticipated May 2027", []),
    ("Certified Example Planner, Expected May 2026", []),
])
def test_a_certificate_line_written_as_an_entry_of_name_issuer_and_date(line, expected):
    found = credentials.find(read_text("Alex Example\nCertifications\n" + line + "\n"), "2024-11")
    assert [(f.quote, f.data.get("issuer")) for f in found] == expected


@pytest.mark.parametrize("line, expected", [
    # in a certifications list the field after the name names who issued it, whatever its words: initials, a brand in
    # one word, a name of two plain words, a company's name with its place after a dash
    ("Widget Ideation Basics, ZORBEX", [("Widget Ideation Basics", "ZORBEX")]),
    ("Certified Gadget Programmer, Ridgeway Tech", [("Certified Gadget Programmer", "Ridgeway Tech")]),
    ("Zorb - Enterprise Widgets (EZW) 2.0, Brainzap", [("Zorb - Enterprise Widgets (EZW) 2.0", "Brainzap")]),
    ("Widget Programming, Zorblax Systems - Springfield, IL", [("Widget Programming", "Zorblax Systems")]),
    ("ZorbTools, ZorbSoft - Springfield, IL", [("ZorbTools", "ZorbSoft")]),
    # several names, then who issued them all before the date; a subject between the name and a body named as one;
    # a body's town after it
    ("Exam Q, Exam R, Exam S, ZSA, 2014-07-01", [("Exam Q", "ZSA"), ("Exam R", "ZSA"), ("Exam S", "ZSA")]),
    ("Certificate of Widget Development, Zorbscript, University of Example, March 2022",
     [("Certificate of Widget Development", "University of Example")]),
    ("Widget Competency Certificate, ZQA Zorblax Mandiri, Ridgeway, Jun 2024",
     [("Widget Competency Certificate", "ZQA Zorblax Mandiri")]),
    # not in the issuer's place: a list of two things, a level, a city before its state, a grade range, words of a
    # sentence, a template's "City , State"
    ("Yoga, Tai Chi", [("Yoga", None), ("Tai Chi", None)]),
    ("Six Sigma, Greenbelt", [("Six Sigma", None), ("Greenbelt", None)]),
    ("MCSE, Pasadena, CA, 2000", [("MCSE", "Microsoft")]),
    ("Visual Widgets Specialist, Grades PK-12, Ohio", [("Visual Widgets Specialist", None), ("Grades PK-12", None)]),
    ("Certified Gadget Reviewer; Zorb Exam passed on May 4, 2017", [("Certified Gadget Reviewer", None),
                                                                    ("Zorb Exam passed on May 4", None)]),
    ("Productivity Basics City , State Zorbing Notes Productivity", [("Productivity Basics City", None)]),
    # the brand the name carries written again in the issuer's place: who issued it, though the catalog names its owner
    ("Front End Marketo Certified Expert (2015), Marketo", [("Front End Marketo Certified Expert (2015)", "Marketo")]),
    # a provider named for the training it gives, credentials among its words, its note of how left out; training
    # taken in the same place ("... and CPR Training", no name of its own before the credential) is a credential
    ("Zorb Tutoring for Young Learners certificate, Ridgeway TESOL and TEFL Training (Online), June 2017",
     [("Zorb Tutoring for Young Learners certificate", "Ridgeway TESOL and TEFL Training")]),
    ("Lifeguard, Site Safety and CPR Training, 2019", [("Lifeguard", None), ("Site Safety and CPR Training",
                                                                             "American Heart Association / American Red Cross")]),
])
def test_the_field_in_a_list_lines_issuer_place_is_its_issuer_whatever_its_words(line, expected):
    found = credentials.find(read_text("Alex Example\nCertifications\n" + line + "\n"), "2024-11")
    assert [(f.quote, f.data.get("issuer")) for f in found] == expected
