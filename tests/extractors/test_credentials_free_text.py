"""Credentials named in a sentence (extractors/finders/credentials/free_text.py): a name built on "certified"."""
from __future__ import annotations

import pytest

from extractors import read_text
from extractors.finders import credentials


def found(sentence: str) -> list[tuple[str, str | None]]:
    profile = read_text("Alex Example\nExperience\nTraining Lead, Company Name\n" + sentence + "\n")
    return [(f.quote, f.data.get("issuer")) for f in credentials.find(profile, "2024-11")]


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
