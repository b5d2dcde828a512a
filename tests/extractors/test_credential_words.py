"""The credential finder's word lists (data/credential_words.json): data, each list saying why it exists."""
from __future__ import annotations

import json
from importlib import resources

import pytest
import regex

from extractors.finders.credentials.words import alternation, words

LISTS = {k: v for k, v in json.loads(resources.files("extractors.data").joinpath("credential_words.json")
                                      .read_text("utf-8")).items() if k != "about"}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_list_says_why_and_each_fragment_is_a_pattern_of_its_own(name):
    entry = LISTS[name]
    assert entry["why"].strip() and entry["words"] and words(name) == entry["words"]
    for fragment in entry["words"]:
        regex.compile(fragment)      # a fragment that opened a group and closed it in the next would fail here
    assert regex.compile(f"(?:{alternation(name)})")


@pytest.mark.parametrize("text, name, matches", [
    ("Coursera", "course_platforms", True),
    ("LinkedIn   Learning", "course_platforms", True),
    ("Lynda.com", "course_platforms", True),
    ("LinkedIn", "course_platforms", False),     # LinkedIn alone is no course platform before a course's title
    ("Board", "body_nouns", True),
    ("Department", "body_nouns_of", False),      # "Department of Defense Certified Mediator Course" names a credential
    ("Board", "body_nouns_of", True),            # "Board for Educator Certification" is a body, not a credential
    ("College", "school_nouns", True),
])
def test_lists_read_as_patterns(text, name, matches):
    assert bool(regex.fullmatch(f"(?:{alternation(name)})", text)) is matches
