"""The outcome finder's closed word lists (data/metrics.json, section "cues"): each says what it is for, each is read.

The lists moved out of the code (extractors/finders/outcomes/) into data; these checks keep the data honest: a list
nobody reads, or one without its reason, is a list nobody can safely edit.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.finders import outcomes
from extractors.finders.vocabulary import metrics

CUES = metrics()["cues"]
SOURCE = "\n".join(p.read_text("utf-8") for p in Path(outcomes.__file__).parent.glob("*.py"))


def test_the_section_says_what_it_holds():
    assert CUES["_comment"]


@pytest.mark.parametrize("name", [n for n in CUES if not n.startswith("_")])
def test_each_list_says_why_and_holds_lower_case_words_once(name):
    entry = CUES[name]
    assert entry["_comment"].strip(), name
    words = entry["words"]
    assert words and all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), name
    assert len(set(words)) == len(words), [w for w in words if words.count(w) > 1]


@pytest.mark.parametrize("name", [n for n in CUES if not n.startswith("_")])
def test_each_list_is_read_by_the_finder(name):
    assert f'_cue("{name}")' in SOURCE or f"_cue('{name}')" in SOURCE, f"{name} is read by no module"


@pytest.mark.parametrize("text, expected", [
    # "currency_codes": a code before a number is money
    ("Closed USD 4.2M in new business", {"USD 4.2M": "outcome"}),
    # "gap_stop": "3 of the accounts" is no count of accounts (written for this test)
    ("Handled 3 of the accounts", {}),
    # "level_named" and "level_links": a level named before the number (written for this test)
    ("Ran a shrink of 0.5%", {"0.5%": "outcome"}),
    # "abbreviations": "approx." ends no sentence, the verb before it still reads the number
    ("Reduced costs by approx. 25%", {"25%": "outcome"}),
    # "projection": a word of foreseeing in -ing form is a verb before its object, a noun inside a metric's name that a
    # verb of change moved (the part of speech decides; made up)
    ("Projecting a 30% cut in wait times.", {}),
    ("Improved depot forecasting precision by 12%.", {"12%": "outcome"}),
    ("Improved forecast accuracy by 9%.", {"9%": "outcome"}),
])
def test_the_lists_at_work(text, expected):
    found = {text[q.extra["mag_start"]:q.extra["mag_end"]]: q.kind for q in outcomes.find_quantities(text)}
    assert found == expected
