"""Bodies a sentence says certified the candidate (extractors/finders/credentials/certified_by.py): the issuer of the
credential named before "certified by/with", or, with none named, each body a credential of its own."""
from __future__ import annotations

import pytest

from tests.extractors.credential_reading import issuers_under


def found(sentence: str) -> list[tuple[str, str | None]]:
    return issuers_under("Experience", sentence)


@pytest.mark.parametrize("sentence, expected", [
    # nothing named before "certified": each body is a credential, its own issuer
    ("Being professionally certified by CompTIA, Lexmark, Microsoft and other bodies helps me.",
     [("CompTIA", "CompTIA"), ("Lexmark", "Lexmark"), ("Microsoft", "Microsoft")]),
    ("Certified by the USPS and handled over 300,000 pieces of mail.", [("USPS", "USPS")]),
    ("Certified with Sage Software and Intuit.", [("Sage Software", "Sage Software"), ("Intuit", "Intuit")]),
    # one name with "and" in it, no comma: one body
    ("Certified by the National Exercise and Sports Training Association.",
     [("National Exercise and Sports Training Association", "National Exercise and Sports Training Association")]),
    # a credential named before: the body is its issuer
    ("CPT Certified with NASM", [("CPT Certified", "NASM")]),
])
def test_the_bodies_certified_by_names(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Excel certified by Ericsson",              # a name before "certified": not a list of bodies
    "All products were certified by Underwriters Laboratories.",     # a thing certified
])
def test_a_body_is_no_credential_when_a_name_comes_before_certified(sentence):
    assert all(q not in ("Ericsson", "Underwriters Laboratories") for q, _ in found(sentence))
