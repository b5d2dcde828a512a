"""A credential finding tidied once read (extractors/finders/credentials/finding.py): its issuer named in full."""
from __future__ import annotations

import pytest

from extractors.finders import credentials
from extractors.finders.credentials.catalog import abbreviates, catalog
from tests.extractors.credential_reading import issuers_under, quotes_under


def issuers(lines: str) -> list[tuple[str, str | None]]:
    return issuers_under("Certifications", lines)


@pytest.mark.parametrize("line, expected", [
    # initials the issuers table gives another body name the credential's own catalog issuer, with or without
    # the words that tell the two apart
    ("CWI - AWS", [("CWI", "American Welding Society")]),
    ("Certified Arborist - ISA", [("Certified Arborist", "International Society of Arboriculture")]),
    ("AWS Certified Solutions Architect - AWS, pipeline work", [("AWS Certified Solutions Architect", "Amazon Web Services")]),
    # the letters alone, no catalog credential to say whose: the issuers table's body, as before
    ("Cloud Practitioner Essentials - AWS", [("Cloud Practitioner Essentials", "Amazon Web Services")]),
])
def test_initials_two_bodies_share_name_the_credentials_own_issuer(line, expected):
    assert issuers(line) == expected


def test_the_catalogs_initials_clashes_are_the_ones_tested_above():
    # Every issuer of a catalog credential whose initials the issuers table spells for another body: a new clash
    # in credentials.json shows here, to be given a row above.
    cat = catalog()
    owners = {c.issuer for c in cat.by_id.values() if c.issuer and ", " not in c.issuer and " or " not in c.issuer}
    clashes = {(key.upper(), owner) for key, body in cat.issuers.items() if key.isalpha() and len(key) <= 6
               for owner in owners if owner != body and abbreviates(key, owner)}
    assert clashes == {("AWS", "American Welding Society"), ("ISA", "International Society of Arboriculture")}


def quotes(lines: str) -> list[str]:
    return quotes_under("Certifications", lines)


@pytest.mark.parametrize("line", [
    "â€¢ Microsoft Certified Professional",        # "•" read as Windows-1252
    "â€¢Microsoft Certified Professional",         # glued to the name
    "â?¢ Microsoft Certified Professional",        # its middle byte lost, as the Kaggle résumés show it
    "âž¢ Microsoft Certified Professional",        # "➢" as mojibake
    "➢ Microsoft Certified Professional",
    "\uf0b7 Microsoft Certified Professional",      # Word's Symbol bullet
])
def test_a_quote_starts_after_a_bullet_mark(line):
    assert quotes(line) == ["Microsoft Certified Professional"]


def test_a_bullet_mark_inside_a_line_ends_the_item_before_it():
    assert quotes("Certified Widget Analyst â€¢ Certified Gadget Inspector") == \
        ["Certified Widget Analyst", "Certified Gadget Inspector"]


def sentence_issuers(sentence: str) -> list[tuple[str, str | None]]:
    return issuers_under("Experience", sentence)


@pytest.mark.parametrize("line, expected", [
    # a state or country in brackets after the name names the body that grants it, as written, where the catalog
    # gives a state body's default or no issuer
    ("Certified Public Accountant (Philippines)", [("Certified Public Accountant (Philippines)", "Philippines")]),
    ("Paramedic (OR), 03/2019", [("Paramedic (OR)", "OR")]),
    ("Zorb Safety Card (NSW)", [("Zorb Safety Card (NSW)", "NSW")]),
    # ... never the name's own initials
    ("Physician Assistant (PA)", [("Physician Assistant (PA)", None)]),
    # a state opening the name, as written: "New York State" whole, a postal code before "certified"
    ("New York State Teaching Certificate", [("New York State Teaching Certificate", "New York State")]),
    ("VT Certified for Grades 7-12 Science", [("VT Certified for Grades 7-12 Science", "VT")]),
])
def test_a_place_written_with_a_credential_names_its_issuer(line, expected):
    assert issuers(line) == expected


def test_a_postal_code_that_is_also_a_brands_initials_names_no_state():
    found = issuers("MS Certified Zorb Trainer")
    assert found and all(issuer != "MS" for _, issuer in found)     # read, and not issued by a state


def test_a_written_issuer_is_taken_whole():
    # where a reader took part of a body's name: the words that open it, without the credential's own word run on ...
    assert sentence_issuers("My State College of Example Coding Academy Certification") == \
        [("State College of Example Coding Academy Certification", "State College of Example Coding Academy")]
    # ... and "of ..." that ends it
    assert issuers("Institutes of Zorblax Surveyors") == [("Institutes of Zorblax Surveyors", "Institutes of Zorblax Surveyors")]


def test_a_written_issuer_does_not_take_the_credentials_own_words():
    # the credential's name before the body stays the credential's: the issuer is the body named after it
    found = issuers("PHR - Professional in Human Resource Management Society of Human Resource Managers (SHRM)")
    assert found and all(issuer is None or not issuer.startswith(("Human", "Management")) for _, issuer in found)


@pytest.mark.parametrize("line, expected", [
    # a brand spelled with a capital inside it opens a name the catalog gives no owner: the brand issued it
    ("ZorbBase Expert Builder Certification", "ZorbBase"),
    ("SiteWorx Certified Trainer", "SiteWorx"),
    # a subject or tool written so is what is certified; two words a lost line break ran together are no brand
    ("JavaScript Certification", None),
    ("DevelopmentGraduate certificate in Organizational Development", None),
    ("PartnerAssisted Stretching Certificate", None),
])
def test_a_brand_opening_an_unknown_credential_is_its_issuer(line, expected):
    assert [issuer for _, issuer in issuers(line)] == [expected]


def test_a_brand_opening_a_credential_in_a_sentence_is_its_issuer():
    assert sentence_issuers("Received ZorbCore certification for Widget.NET") == [("ZorbCore certification", "ZorbCore")]


def test_initials_glossed_by_the_name_after_them_are_the_body():
    # "NSCA (National ...)" written either way round is one body: the catalog reads both spellings as its own
    assert credentials.canonical_issuer("PMI (Project Management Institute)") == credentials.canonical_issuer("PMI") \
        == "Project Management Institute"
    assert credentials.canonical_issuer("ZQX (Project Management Institute)") is None     # not its initials


def test_a_body_named_as_the_credential_is_its_own_issuer():
    # a registration with a body, named by the body alone: the body issued it
    assert issuers("Example College of Zorb Therapists (ECZT)") == \
        [("Example College of Zorb Therapists (ECZT)", "Example College of Zorb Therapists (ECZT)")]
    # not a credential's words run into a school's name: that is no body named alone
    found = issuers("Certified Widget Engineer Ridgeway Learning Center")
    assert found and all(issuer != "Certified Widget Engineer Ridgeway Learning Center" for _, issuer in found)
