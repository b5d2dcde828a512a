"""Before and after: "from A to B" and "A -> B" become one magnitude with a partner; "six to eight" and
"ranging from 10 to 20" become a range."""
from __future__ import annotations

import regex

from .magnitudes import _Mag
from .qualifiers import _QUALIFIERS

# "from $4.2M", "ranging from 10", "from a staff of zero (to 20)", "from start up with 3 (people to 250)"
_FROM_BEFORE = regex.compile(rf"""(?r)(?<![\w])(?P<range>rang(?:e|ed|es|ing)\s+|between\s+)?from\s*
    (?:(?:an?|the|just|only|start[\s-]?up\s+with)\s+|(?:an?\s+)?(?:staff|team|headcount|base|total)\s+of\s+)*
    {_QUALIFIERS}\(?\Z""", regex.IGNORECASE | regex.X)
# What stands between A and B in "from A to B": "from $4.2M (2019) to $11M", "from 10 days to an average of 2"
_TO_BETWEEN = regex.compile(rf"""^\)?\s*
    (?:\([^()]{{0,12}}\)\s*)?                       # a short parenthesis: "(2019)"
    (?:[A-Za-z%]+\s+){{0,3}}?                       # A's unit: "days", "people"
    (?:to|->|>|-\s?>|and)\s*                        # the link
    (?:an?\s+)?(?:projected\s+|estimated\s+|expected\s+|average\s+of\s+)?{_QUALIFIERS}\(?
$""", regex.IGNORECASE | regex.X)
_RANGE_TO = regex.compile(r"^\s*(?:to|-)\s*$", regex.IGNORECASE)       # "six to eight", "10-15"
_ARROW_BETWEEN = regex.compile(r"^\s*(?:-\s?>|>|=>)\s*$")              # "10 -> 2", "10 => 2"


def _pair_from_to(s: str, mags: list[_Mag]) -> list[_Mag]:
    """Join "from A to B" (and "A -> B") into one magnitude whose partner is B."""
    out: list[_Mag] = []
    i = 0
    while i < len(mags):
        a = mags[i]
        b = mags[i + 1] if i + 1 < len(mags) else None
        if b is not None:
            between = s[a.end:b.start]
            frm = _FROM_BEFORE.search(s[max(0, a.start - 60):a.start])
            if not frm and a.kind == b.kind == "count" and _RANGE_TO.match(between):
                a.value = {**a.value, "high": b.value["value"]}          # "six to eight projects"
                a.end, a.ranged = b.end, True
                out.append(a)
                i += 2
                continue
            if (frm and _TO_BETWEEN.match(between)) or _ARROW_BETWEEN.match(between):
                if frm and frm["range"]:
                    a.value = {**a.value, "high": b.value["value"]}
                    a.end, a.ranged = b.end, True
                else:
                    if a.kind == "count" and b.kind in ("pct", "money"):
                        a.kind, a.value = b.kind, {**a.value, "unit": b.value["unit"]}
                    a.partner = b
                out.append(a)
                i += 2
                continue
        out.append(a)
        i += 1
    return out
