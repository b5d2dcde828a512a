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
# "~48 s to ~4.6 s", "800 ms to 120 ms", "2 hours to 20 min": a measure on both sides and no "from". Written low to high
# it is a range ("sessions of 30 min to 60 min"); from high to low it can only be a change down.
_MEASURE = r"""(?P<u{i}>
      ms | msec | milliseconds? | s | secs? | seconds? | mins? | minutes? | h | hrs? | hours? | days? | weeks?   # time
    | [kmgtp]b | [kmgtp]bytes? | (?:kilo|mega|giga|tera|peta)bytes?                                         # data
)"""
_MEASURE_TO_BETWEEN = regex.compile(rf"""^\s?{_MEASURE.format(i="a")}   # A's unit: "48 s"
    \s+(?:to|->|=>)\s+~?\s?                                  # the link, B maybe approximate: "to ~4.6"
$""", regex.IGNORECASE | regex.X)
_MEASURE_AFTER = regex.compile(rf"^\s?{_MEASURE.format(i='b')}(?![\w])", regex.IGNORECASE | regex.X)
# Each unit in the smallest of its kind: a duration in milliseconds, a size in bytes
_IN_MS = {"ms": 1, "msec": 1, "millisecond": 1, "s": 1e3, "sec": 1e3, "second": 1e3, "min": 6e4, "minute": 6e4,
          "h": 3.6e6, "hr": 3.6e6, "hour": 3.6e6, "day": 8.64e7, "week": 6.048e8}
_BYTES = {"k": 1e3, "m": 1e6, "g": 1e9, "t": 1e12, "p": 1e15}
# ... and by the names the finder gives units (structure._TIME_UNITS): their kind and size in that smallest unit
_IN_BASE = {"milliseconds": ("time", 1), "seconds": ("time", 1e3), "minutes": ("time", 6e4), "hours": ("time", 3.6e6),
           "days": ("time", 8.64e7), "weeks": ("time", 6.048e8),
           **{f"{p.upper()}B": ("data", size) for p, size in _BYTES.items()}}


def _in_base(value: float, unit: str) -> tuple[str, float]:
    """A measure in the smallest unit of its kind: ("time", ms) or ("data", bytes)."""
    u = unit.lower()
    if u[-1] == "b" or "byte" in u:
        return "data", value * _BYTES[u[0]]
    return "time", value * _IN_MS[u if u in _IN_MS else u.rstrip("s")]


def _measured_down(s: str, a: _Mag, b: _Mag) -> bool:
    """ "A <unit> to B <unit>" with no "from", B the smaller in the same kind of measure: a change down."""
    if a.kind != "count" or b.kind != "count" or a.ranged or "high" in a.value or "high" in b.value:
        return False
    link, after = _MEASURE_TO_BETWEEN.match(s[a.end:b.start]), _MEASURE_AFTER.match(s[b.end:b.end + 16])
    if not (link and after):
        return False
    (kind_a, va), (kind_b, vb) = _in_base(a.value["value"], link["ua"]), _in_base(b.value["value"], after["ub"])
    return kind_a == kind_b and vb < va


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
            if (frm and _TO_BETWEEN.match(between)) or _ARROW_BETWEEN.match(between) or (
                    not frm and _measured_down(s, a, b)):
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
