"""Recommendations received: who vouches, in what relationship, and how specifically."""
from __future__ import annotations

import regex

from ..document import Profile
from ..findings import Finding

# LinkedIn's relationship line, e.g. "March 27, 2024, Dana was senior to Priya but didn't manage Priya directly".
# Order matters: the first pattern that matches names the relationship.
RELATIONSHIPS = [
    ("senior-not-managing", regex.compile(r"(?i)\bwas senior to\b.*\bdidn.t manage\b")),
    ("managed-directly", regex.compile(r"(?i)\bmanaged\b.*\bdirectly\b")),
    ("reported-to", regex.compile(r"(?i)\breported (?:directly )?to\b")),
    ("senior-not-managing", regex.compile(r"(?i)\bwas senior to\b")),
    ("different-companies", regex.compile(r"(?i)\bat different companies\b")),
    ("different-teams", regex.compile(r"(?i)\bon different teams\b")),
    ("same-team", regex.compile(r"(?i)\bon the same team\b")),
    ("client", regex.compile(r"(?i)\bwas\b.*\bclient\b|\bclient of\b")),
    ("mentor", regex.compile(r"(?i)\bmentor\b")),
    ("studied-together", regex.compile(r"(?i)\bstudied together\b")),
]
_DATE = regex.compile(r"^(?P<date>[A-Z][a-z]+ \d{1,2}, (?:19|20)\d\d),?\s*")
# A recommendation that names a number or concrete work is specific; praise alone is generic.
_SPECIFIC = regex.compile(r"\d|(?i:\b(?:launched|built|delivered|led|designed|implemented|migrated|"
                          r"increased|reduced|saved|grew|shipped|created|project|product|revenue|customers)\b)")


def relationship(line: str | None) -> str | None:
    """>>> relationship("April 9, 2020, Omar and Lena studied together")
    'studied-together'
    """
    if not line:
        return None
    for name, pattern in RELATIONSHIPS:
        if pattern.search(line):
            return name
    return "other"


def find(profile: Profile) -> list[Finding]:
    findings = []
    for section in profile.sections_of("recommendations"):
        for entry in section.entries:
            texts = [b for b in entry.blocks if b.role == "recommendation"]
            if not texts:
                continue
            block = texts[0]
            line = entry.dates
            date = None
            if line and (m := _DATE.match(line)):
                date = m["date"]
            data = {
                "recommender": entry.title,
                "recommender_headline": entry.organisation,
                "relationship": relationship(line),
                "relationship_line": line,
                "date": date,
                "specific": bool(_SPECIFIC.search(block.text)),
            }
            findings.append(Finding("recommendation", block, 0, len(block.text),
                                    data={k: v for k, v in data.items() if v is not None}))
    return findings
