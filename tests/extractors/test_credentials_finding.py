"""A credential finding tidied once read (extractors/finders/credentials/finding.py): its issuer named in full."""
from __future__ import annotations

import pytest

from extractors import read_text
from extractors.finders import credentials
from extractors.finders.credentials.catalog import abbreviates, catalog


def issuers(lines: str) -> list[tuple[str, str | None]]:
    profile = read_text("Alex Example\nCertifications\n" + lines + "\n")
    return [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2024-11")]


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
    profile = read_text("Alex Example\nCertifications\n" + lines + "\n")
    return [f.quote for f in credentials.find(profile, "2024-11")]


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
