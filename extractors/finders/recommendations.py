"""Recommendations received: who vouches, how they worked with the candidate, and how specifically.

Only the Received list counts: the adapters leave out LinkedIn's hidden Given tab and an export's hidden
rows. The relationship comes from LinkedIn's line ("March 27, 2024, Dana was senior to Priya but
didn't manage Priya directly"), read in whichever direction it runs; the vocabulary and the words that
make a recommendation specific are data (data/recommendations.json).
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from ..document import Entry, Profile
from ..findings import Finding
from .outcomes import find_quantities

RELATIONSHIPS = ("managed-directly", "reported-to", "senior-not-managing", "same-team", "different-teams",
                 "different-companies", "client", "mentor", "studied-together", "other")
_DATE = regex.compile(r"^(?P<date>\p{Lu}\p{Ll}+ \d{1,2}, (?:19|20)\d\d),?\s*")
_EXPORT_DATE = regex.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}(?:\d{2})?)\b")
_NAME = r"(?P<{}>\p{{Lu}}[\p{{L}}'’.\-]*(?: \p{{Lu}}[\p{{L}}'’.\-]*)?)"
# LinkedIn's states with nothing to read: they are no recommendation.
_EMPTY = regex.compile(r"(?i)^\s*(?:nothing to see for now|recommendations that .+ (?:gives|receives) will appear here)")


@dataclass(frozen=True)
class Relationship:
    pattern: "regex.Pattern"
    as_a: tuple[str, str]
    as_b: tuple[str, str]


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("extractors.data").joinpath("recommendations.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _relationships() -> list[Relationship]:
    out = []
    for item in _data()["relationships"]:
        body = item["pattern"].replace("{a}", _NAME.format("a"), 1).replace("{b}", _NAME.format("b"), 1)
        body = body.replace("{a}", r"(?P=a)").replace("{b}", r"(?P=b)")
        out.append(Relationship(regex.compile(rf"(?i)^{body}\b"), tuple(item["as_a"]), tuple(item["as_b"])))
    return out


@lru_cache(maxsize=1)
def _specific_patterns() -> tuple["regex.Pattern", "regex.Pattern"]:
    spec = _data()["specific"]
    words = lambda xs: "|".join(regex.escape(x).replace(r"\ ", r"\s+") for x in sorted(xs, key=len, reverse=True))
    numbers = regex.compile(spec["numbers"], regex.IGNORECASE)
    # An action and, within a few words after it, the thing it was done to: "launched the mobile app".
    work = regex.compile(rf"(?i)\b(?:{words(spec['actions'])})\b(?:\W+\w+){{0,5}}?\W+(?:{words(spec['things'])})\b")
    return numbers, work


def _first(name: str | None) -> str:
    return (name or "").split(" ")[0].strip(",.").lower()


def read_line(line: str | None, recommender: str | None = None, candidate: str | None = None) -> tuple[str, str | None]:
    """(relationship, the recommender's side) from LinkedIn's line; the names say which way it runs.

    >>> read_line("April 9, 2020, Omar and Lena studied together")
    ('studied-together', 'classmate')
    >>> read_line("March 21, 2017, Tomas was Ravi's client", recommender="Ravi Shah", candidate="Tomas Berg")
    ('other', 'served them as a client')
    """
    if not line:
        return "other", None
    rest = _DATE.sub("", line.strip(), count=1)
    for rel in _relationships():
        m = rel.pattern.match(rest)
        if not m:
            continue
        a, b = _first(m["a"]), _first(m["b"]) if "b" in m.groupdict() and m["b"] else ""
        who, cand = _first(recommender), _first(candidate)
        recommender_is_b = bool(b) and (who == b or (who != a and cand == a))
        return rel.as_b if recommender_is_b else rel.as_a
    return "other", None


def relationship(line: str | None) -> str | None:
    """The relationship alone, read from the line as written: None without a line.

    >>> relationship("June 15, 2020, Martin was senior to Priya but didn't manage Priya directly")
    'senior-not-managing'
    """
    return read_line(line)[0] if line else None


def is_specific(text: str) -> bool:
    """Names a number or a concrete piece of work ("cut the failure rate", "launched the app"); praise alone is not.

    >>> is_specific("Maya is a pleasure to work with. Great communicator, a true team player.")
    False
    >>> is_specific("She rebuilt our onboarding flow and cut support tickets in half.")
    True
    """
    numbers, work = _specific_patterns()
    if numbers.search(text) or work.search(text):
        return True
    # A result in numbers, as the outcome finder reads it: "$1B in shared savings", "cut churn 40%".
    return any(q.kind == "outcome" for q in find_quantities(text))


def _date(entry: Entry) -> str | None:
    """The date as LinkedIn writes it ("March 27, 2024"), from the relationship line or an export's Creation Date."""
    if entry.dates and (m := _DATE.match(entry.dates)):
        return m["date"]
    created = entry.details.get("created")
    if created and (m := _EXPORT_DATE.match(created)):
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        try:
            day = _dt.date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return f"{day.strftime('%B')} {day.day}, {day.year}"
    return None


def find(profile: Profile) -> list[Finding]:
    findings = []
    for section in profile.sections_of("recommendations"):
        for entry in section.entries:
            texts = [b for b in entry.blocks if b.role == "recommendation" and b.text.strip() and not _EMPTY.match(b.text)]
            if not texts:
                continue
            block = texts[0]
            line = entry.dates
            rel, side = read_line(line, entry.title, profile.name) if line else ("other", None)
            data = {
                "recommender": entry.title,
                "recommender_headline": entry.organisation,
                "relationship": rel if line else None,
                "recommender_side": side,
                "relationship_line": line,
                "date": _date(entry),
                "specific": is_specific(block.text),
            }
            findings.append(Finding("recommendation", block, 0, len(block.text),
                                    data={k: v for k, v in data.items() if v is not None}))
    return findings
