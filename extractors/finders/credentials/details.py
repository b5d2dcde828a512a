"""Dates, licence numbers, verification links and labelled values written beside a credential."""
from __future__ import annotations

import regex

from ...pages.dates import MONTH_NAMES


_DATE_ITEM = regex.compile(
    r"(?i)^(?:(?:date\s+(?:of\s+)?)?(?:issued|expires?|expired|expiration|exp\.?|valid\s+(?:through|until)|since|received|"
    r"obtained|earned|completed|renewed|anticipated|expected|date)\s*[:\-]?\s*)?(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}/)?(?:\d{1,2}/)?(?:19|20)\d\d"
    r"(?:\s*(?:-|–|to)\s*(?:(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d|present|current))?\W*$")

_NUMBER_ITEM = regex.compile(r"(?i)^(?:license|licence|certificate|certification|credential|registration|cert)\.?\s*"
                             r"(?:number|no\.?|#|id)\s*[:#]?\s*(?P<id>\S+?)\W*$|^#\s*(?P<id2>[\w\-/]+)$")

_DATE_IN_BRACKETS = regex.compile(r"\s*\((?:[\p{L}.]+\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:[\p{L}.]+\s+)?(?:19|20)\d\d|present))?\)")

_TRAILING_DATES = regex.compile(r"[\s,(]*(?:(?:19|20)\d\d\W*)+(?:-|–|to|present|current|\s)*$")

# "2002 Texas School Counselor": the year a listed credential was earned, written before it.
_LEADING_YEAR = regex.compile(r"((?:19|20)\d\d)(?:\s*[-–]\s*(?:(?:19|20)\d\d|present|current))?\s*[:\-–]?\s+(?=\p{Lu})")

# "Training Center Name: Atlantic Training Center", "ID Number: 595771".
_LABELLED_VALUE = regex.compile(r"(?i)^[\p{L} ]{0,30}\b(?:name|id|info|number|no|date|address|phone|expiration|expires)\s*:")

# A month ending an issuer's name ("American Heart Association Dec"): its name or abbreviation, not any word it opens
# ("University of Maryland", "Marshall", "Augustana").
_MONTH_AT_END = regex.compile(r"\s+(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")\.?$")


def _web_url(href: str | None) -> str | None:
    """A verification link only if it is http(s): a page can put `javascript:` or `data:` in an href."""
    if href and href.strip().lower().startswith(("https://", "http://")):
        return href.strip()
    return None

_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
