"""What an outcome or a scope finding holds: its quote (verb to magnitude), metric, family, direction, magnitude
with before and after, timeframe; and one finding per claim (_merge)."""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..vocabulary import key
from .changes import (
    _AUDIENCE_AFTER, _CHANGE_BEFORE, _CHANGE_NOUN_AFTER, _CHANGE_NOUNS, _COMPARATIVE_AFTER, _down_from_after,
    _DOWN_NOUNS, _GOAL_AFTER, _LEVEL_NOUN_AFTER, _RAISED_AFTER,
)
from .from_to import _IN_BASE
from .magnitudes import _Mag
from .metric import _family, _metric, _metric_after, _METRIC_BY, _METRIC_TRIM, _PHRASE_AFTER
from .qualifiers import _bound, _QUALIFIERS
from .ranks import _PLACE_AFTER, _PRIZE_AFTER, _PRIZE_REPEAT_AFTER, _SELECTED_AFTER
from .scope import _CAPITAL_GAP, _DATA_SIZE_AFTER, _MONEY_NOUN_AFTER, _SCOPE_BEFORE, _SCOPE_NOUN_AFTER
from .timeframe import _period_at, _timeframe
from .verbs import _OUTCOME_CLASSES, _verbs
from .vocab import _FINANCIAL, MONEY_UNITS

@dataclass
class Quantity:
    """A number that matters, with what it measures."""

    kind: str                    # outcome | scope
    start: int                   # the claim: "increased market share 27%"
    end: int
    magnitude: dict              # {"value": 27.0, "unit": "percent"}; "bound", "high", "of" where stated
    direction: str | None = None     # up | down | None
    verb: str | None = None
    metric: str | None = None        # in the candidate's words
    family: str | None = None        # revenue, market share, margin, cost, units, customers, time, quality, rank, other
    financial: bool = False
    timeframe: str | None = None
    before: dict | None = None
    after: dict | None = None
    extra: dict = field(default_factory=dict)   # mag_start, mag_end: where the number itself is


_IN_OR_OF = regex.compile(r"\s*(?:in|of)\b", regex.I)          # "a 48% increase in ...": the metric follows
# What separates two claims under one verb: "27% in 15 months, and doubled revenue"
_SEPARATOR = regex.compile(r"[\s,&)\]]*(?:and\s+|&\s*)?", regex.I)     # ") and": a bracket closed before


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:-•"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-("):
        end -= 1
    return start, end


def _quantity(text: str, s: str, mg: _Mag, kind: str, info: dict, cstart: int, cend: int) -> Quantity:
    mag = dict(mg.value)
    if (bound := _bound(info["left"])) and "bound" not in mag:
        mag["bound"] = bound
    end = mg.partner.end if mg.partner else mg.end
    right = info["right"]
    near = info["near_outcome"]
    extra = {"mag_start": mg.start, "mag_end": end}
    if kind == "scope":
        start = mg.start
        before = _SCOPE_BEFORE.search(info["left"])
        if before:
            start = mg.start - len(info["left"]) + before.start()
        noun = (_SCOPE_NOUN_AFTER.match(right) or (_MONEY_NOUN_AFTER.match(right) if mg.kind == "money" else None)
                or (_AUDIENCE_AFTER.match(right) if mg.kind == "count" else None))   # "30k+ monthly visits" (traffic)
        if noun is None and mg.kind == "count" and (noun := _DATA_SIZE_AFTER.match(right)):
            mag["unit"] = noun["unit"].upper() if len(noun["unit"]) == 2 else noun["unit"].lower()   # "3TB of files"
        if noun and not _CAPITAL_GAP.search(right[:noun.start()]):
            end += noun.end()
        start, end = _trim(text, start, end)
        q = Quantity("scope", start, end, mag, extra=extra)
        q.metric = " ".join(noun["noun"].split()) if noun else None
        return q

    # An outcome: from the verb (when the claim has one) to the number, the metric, the direction.
    start = mg.start
    verb = None
    if near and near.classes & _OUTCOME_CLASSES and mg.start - near.start <= 90:
        verb, start = near.text, near.start
    metric = None
    tail_end = end
    noun_after = (_CHANGE_NOUN_AFTER.match(right) or _LEVEL_NOUN_AFTER.match(right) or _AUDIENCE_AFTER.match(right)
                  or _GOAL_AFTER.match(right) or _COMPARATIVE_AFTER.match(right))
    if mg.kind == "ordinal" and (place := _PLACE_AFTER.match(right)):
        tail_end = end + place.end()                     # "2nd place"
    if mg.kind == "mult" and (mg.m["xword"] or mg.m["dword"]):
        verb, start = mg.m["xword"] or mg.m["dword"], mg.start      # "doubled revenue": the word is the verb
        a = _PHRASE_AFTER.match(right)
        if a:
            metric = " ".join(a["m"].split()[:3])
            tail_end = end + a.start("m") + len(a["m"].rstrip())
            if not _family(metric):
                metric, tail_end = " ".join(a["m"].split()[:1]), end + a.start("m") + len(a["m"].split()[0])
    elif verb is not None:
        metric = _metric(s, s[near.end:mg.start], right)
    elif by := _METRIC_BY.search(info["left"]):
        metric = " ".join(by["m"].split())              # "... & lead time by 48%"
        start = mg.start - len(info["left"]) + by.start("m")
    elif (change := _CHANGE_BEFORE.search(info["left"])) and change.group().split()[0] in _CHANGE_NOUNS:
        metric = change.group().split()[0]              # "cost savings to the company of over $20,000"
        start = mg.start - len(info["left"]) + change.start()
    # the words that name the claim after the number: "24 selected", "a $5 million Capital Campaign",
    # "2 day Financial Close (down from 3 day)"
    if (named := _SELECTED_AFTER.match(right) or _down_from_after(right)) and named["words"].strip():
        tail_end = max(tail_end, end + len(named["words"].rstrip()))
    elif raised := _RAISED_AFTER.match(right):
        tail_end = max(tail_end, end + raised.end())
    if noun_after is not None:
        tail_end = max(tail_end, end + noun_after.end())
        if metric is None:
            metric, tail_end = _metric_of_change(right, noun_after, end, tail_end)
    if metric is None and mg.kind == "count" and (counted := _SCOPE_NOUN_AFTER.match(right)):
        metric = " ".join(right[:counted.end()].split()).lstrip("+ ")      # "Secured 4 new full-time accounts"
        tail_end = max(tail_end, end + counted.end())
    if metric is None:
        metric = _metric_after(right)
    family = _family(metric)
    tail_end = max(tail_end, _time_unit(s, mg, mag))
    unit = mag["unit"]
    if mg.kind in ("rank", "top", "ordinal") or (mg.kind == "times" and _PRIZE_AFTER.match(right)) or (
            mg.kind == "count" and (_PRIZE_AFTER.match(right) or _PRIZE_REPEAT_AFTER.match(right))):
        family = "rank"
    direction = _direction(mg, near, right, info["left"])
    if family is None and unit in MONEY_UNITS:
        family = "cost" if direction == "down" else "revenue"
    family = family or "other"
    q = Quantity("outcome", *_trim(text, start, max(tail_end, end)), mag, direction, verb and " ".join(verb.lower().split()),
                 metric, family, family in _FINANCIAL or (unit in MONEY_UNITS and family not in ("rank",)), extra=extra)
    if mg.partner is not None:
        q.before, q.after = mg.value, mg.partner.value
        if "bound" in mag:
            q.before = {**q.before}
        q.magnitude = dict(mg.partner.value)
        if (b2 := _bound(s[mg.end:mg.partner.start])) and "bound" not in q.magnitude:
            q.magnitude["bound"] = b2
        q.after = q.magnitude
    tf = _timeframe(s[end:cend] if cend > end else "")
    if tf:
        q.timeframe = " ".join(text[end + tf.start("tf"):end + tf.end("tf")].split())
    return q


def _metric_of_change(right: str, noun_after, end: int, tail_end: int) -> tuple[str, int]:
    """The metric of a claim named after its number, and where the quote ends: the words between the number and a
    change noun ("a 40% revenue jump": revenue), else what the change is in ("a 48% increase in employee
    satisfaction"; not "in 24 months", a period), else the words that name it ("99.9% uptime")."""
    changed = _CHANGE_NOUN_AFTER.match(right)
    if changed and changed.end() == noun_after.end():
        if gap := " ".join(right[:changed.start()].split()).strip("-"):
            return gap, tail_end
        tail = _PHRASE_AFTER.match(right[noun_after.end():])
        if tail and _IN_OR_OF.match(right, noun_after.end()) and not _period_at(right, noun_after.end()):
            return " ".join(tail["m"].split()), end + noun_after.end() + tail.end("m")
    return " ".join(right[:noun_after.end()].split()), tail_end


# The unit right after a count in an outcome: "from 10 days to 2", "scores up by 3 points", "4 MB to 900 KB"
_TIME_UNIT = regex.compile(r"""^\s*(?P<u>
      milliseconds? | ms | msec | seconds? | secs? | s | minutes? | mins? | hours? | hrs? | days? | weeks? | months? | years?
    | points? | pts
    | [kmgtp]b                                      # a size of data: "4 MB"
)\b(?![.,]?[0-9])""", regex.I | regex.X)
# ... and the name it is given: "3 hrs" is in hours
_TIME_UNITS = {"m": "milliseconds", "msec": "milliseconds",   # "m": "ms" once its plural "s" is cut
               "s": "seconds", "sec": "seconds", "min": "minutes", "hr": "hours", "hour": "hours", "day": "days", "week": "weeks",
               "month": "months", "year": "years", "pt": "points", "point": "points",
               "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "pb": "PB"}


def _unit_after(s: str, side: _Mag) -> tuple[str, int] | None:
    """The unit right after one side of a claim, by its name, and where it ends."""
    u = _TIME_UNIT.match(s[side.end:side.end + 12])
    if not u:
        return None
    word = key(u["u"])
    word = word if word in _TIME_UNITS else word.rstrip("s")     # "s" alone is seconds
    return _TIME_UNITS.get(word, word + "s"), side.end + u.end()


def _time_unit(s: str, mg: _Mag, mag: dict) -> int:
    """A count of days, hours, points or bytes in an outcome ("from 10 days to 2") carries its unit; a side without
    one takes the other's ("from 10 to 2 days"), each keeps its own ("from 2 hours to 20 min")."""
    sides = [mg] + ([mg.partner] if mg.partner is not None else [])
    if any(side.value["unit"] != "count" for side in sides):
        return 0
    units = [_unit_after(s, side) for side in sides]
    last = next((u for u in reversed(units) if u), None)
    if last is None:
        return 0
    for side, u in zip(sides, units):
        side.value = {**side.value, "unit": (u or last)[0]}
    mag["unit"] = sides[0].value["unit"]
    return last[1]


def _compared(a: dict, b: dict) -> tuple[float, float]:
    """Two levels' values in the same unit: "2 hours" and "20 minutes" both in milliseconds."""
    if a["unit"] == b["unit"] or not (ua := _IN_BASE.get(a["unit"])) or not (ub := _IN_BASE.get(b["unit"])) or ua[0] != ub[0]:
        return a["value"], b["value"]
    return a["value"] * ua[1], b["value"] * ub[1]


def _direction(mg: _Mag, near, right: str, left: str) -> str | None:
    if mg.partner is not None:
        a, b = _compared(mg.value, mg.partner.value)
        if a is not None and b is not None and a != b:
            return "up" if b > a else "down"
    if mg.kind in ("mult", "times") and (mg.m["xword"] or mg.m["dword"] or mg.m["hword"]):
        return "down" if mg.value["value"] < 1 else "up"
    if changed := _CHANGE_NOUN_AFTER.match(right):
        return "down" if key(changed["noun"]) in _DOWN_NOUNS else "up"
    c = _CHANGE_BEFORE.search(left)
    first = c.group().split()[0] if c else None
    if first in ("down", "up"):
        return first
    if first in _CHANGE_NOUNS:                          # "savings of $20,000", "an increase of 32%"
        return "down" if first in _DOWN_NOUNS else "up"
    if near:
        if "down" in near.classes and "up" not in near.classes:
            return "down"
        if "up" in near.classes:
            return "up"
    return None


# Between a claim's number and the next: "grew revenue 40% to $2M", "40% (to over $2M)": the next is its after-value
# (not past a verb of its own: "a $4 million enterprise and expanded to 8 locations")
_JOIN_AFTER = regex.compile(rf"""^\s*
    (?:[\w'-]+\s+){{0,3}}?                          # a few words: "in revenue"
    (?:to|->|>)\s*{_QUALIFIERS}                     # then "to (over)" right before the number
$""", regex.IGNORECASE | regex.X)
# Between a relative change and the next number: "40% revenue leap from $54M to $88M", "doubling revenues from $4M to
# $8M", "quadrupled in size over six years to $10M": the levels it went from and to, the same claim (not past a
# verb of its own: "grew sales 30% and cut costs from $5M to $4M")
_FROM_AFTER = regex.compile(rf"""^
    (?:\s*(?:/|per\s+)[a-z]+)?                    # the first level's period: "$60K/month to $140K+/month"
    (?:\s*[,(]\s*from\s*{_QUALIFIERS}               # "by 10%, from 8.2 to 7.4 minutes": the levels right after it
     | \s*\(\s*from\s+[^\s()]+\s+to\s*{_QUALIFIERS}   # "by 40% (from 5s to 900ms)": its first level read as no number
     | \s*(?:[\w'-]+\s+){{0,5}}?                    # a few words: "in size over six years"
       (?:from|to|->|>)\s*{_QUALIFIERS}              # then "from" or "to" right before the number
    )
$""", regex.IGNORECASE | regex.X)
# "by ~90% (~48 s to ~4.6 s)", "40% ($54M to $88M)": the levels in brackets right after the relative change
_LEVELS_IN_BRACKETS = regex.compile(rf"^\s*\(\s*{_QUALIFIERS}$", regex.I)
_RELATIVE = frozenset({"percent", "multiplier"})
# Between a change stated by its two levels and the same change stated as a rate: "from 20 to 64 orders/day (3.2x
# increase)", "from 10 to 63 clients, 530% increase", "from 30 to 18 minutes (40% faster)"
_RATE_RESTATED = regex.compile(rf"^\s*(?:[\w/'-]+\s*){{0,3}}?[,(]\s*(?:an?\s+)?{_QUALIFIERS}$", regex.I)
# "initially $12.5M for 5 years, increased to $15.7M over 8 years": one amount, its first level and its last
_INITIALLY = regex.compile(r"\b(?:initially|originally|at\s+first)\s*\Z", regex.I)
_LATER_TO = regex.compile(r"[^.;$]{0,40}?\b(?:increased|grew|rose|raised|expanded|extended|renewed)\s+to\s+", regex.I)
# Between an amount and the same in another currency, in brackets: "Dh81 billion (US$22 billion)"
_CONVERTED = regex.compile(r"^\s*\(\s*(?:approx\.?\s*|about\s+|~\s*|i\.e\.,?\s*)?$", regex.I)


def _merge(text: str, s: str, found: list[Quantity]) -> list[Quantity]:
    """One claim, one finding: "grew revenue 40% to $2M" keeps 40% and takes $2M as its after-value;
    a claim that would start inside the previous one starts after it instead."""
    out: list[Quantity] = []
    level_end = None                                    # where the last level joined to a relative change ends
    for q in found:
        prev = out[-1] if out else None
        relative = prev and prev.magnitude.get("unit") in _RELATIVE     # (scope too: a team grown by a rate, C5)
        if prev and (prev.kind == "outcome" or relative and prev.kind == q.kind) and prev.after is None \
                and _JOIN_AFTER.match(
                s[prev.extra["mag_end"]:q.extra["mag_start"]]) and not any(
                v.classes & _OUTCOME_CLASSES for v in _verbs(s, prev.extra["mag_end"], q.extra["mag_start"], reverse=False)):
            prev.after = q.magnitude
            prev.end = max(prev.end, q.extra["mag_end"])
            continue
        if (prev and prev.kind == q.kind and relative and prev.after is None
                and (_FROM_AFTER.match(gap := s[level_end or prev.extra["mag_end"]:q.extra["mag_start"]])
                     or q.after and _LEVELS_IN_BRACKETS.match(gap))
                and not any(_verbs(s, q.extra["mag_start"] - len(gap), q.extra["mag_start"], reverse=False))):
            if q.after:                                 # "from $54M to $88M": both levels
                prev.before, prev.after = q.before, q.after
            elif gap.rstrip().lower().endswith("from"):
                prev.before = q.magnitude               # "from $60K/month", its "to" next
            else:
                prev.after = q.magnitude
            level_end = q.extra["mag_end"]
            prev.end = max(prev.end, q.end if q.after else level_end)
            continue
        level_end = None
        if (prev and prev.kind == q.kind == "outcome" and prev.magnitude.get("unit") == "percent"
                and q.magnitude.get("unit") == "multiplier" and _LEVELS_IN_BRACKETS.match(s[prev.extra["mag_end"]:q.extra["mag_start"]])
                and s[q.extra["mag_end"]:q.extra["mag_end"] + 2].lstrip()[:1] == ")"):
            continue                                    # "shortened the cycle by 60% (2.5x)": the same change, restated
        if (prev and prev.kind == q.kind == "outcome" and prev.before is not None and prev.after is not None
                and q.magnitude.get("unit") in _RELATIVE and q.before is None and q.after is None
                and _RATE_RESTATED.match(s[prev.extra["mag_end"]:q.extra["mag_start"]])
                and (_CHANGE_NOUN_AFTER.match(rest := s[q.extra["mag_end"]:q.extra["mag_end"] + 40])
                     or _COMPARATIVE_AFTER.match(rest))):
            # "from 20 to 64 orders/day (3.2x increase)": one claim, labelled by its rate (as "doubling revenues from
            # $4M to $8M"), with the levels, verb, metric and family the levels' claim gave
            q.before, q.after, q.start = prev.before, prev.after, prev.start
            q.verb, q.direction = prev.verb or q.verb, q.direction or prev.direction
            q.metric, q.family = prev.metric or q.metric, prev.family or q.family
            q.financial = prev.financial or q.financial
            out[-1] = q
            continue
        if (prev and prev.kind == q.kind == "outcome" and prev.after is None
                and prev.magnitude.get("unit") == q.magnitude.get("unit") in MONEY_UNITS
                and _INITIALLY.search(s, max(0, prev.extra["mag_start"] - 20), prev.extra["mag_start"])
                and _LATER_TO.fullmatch(s, prev.extra["mag_end"], q.extra["mag_start"])):
            prev.after = q.magnitude                    # "initially $12.5M for 5 years, increased to $15.7M": one grant
            prev.end = max(prev.end, q.extra["mag_end"])
            continue
        if (prev and q.magnitude.get("unit") in MONEY_UNITS and prev.magnitude.get("unit") in MONEY_UNITS
                and q.magnitude["unit"] != prev.magnitude["unit"]
                and _CONVERTED.match(s[prev.extra["mag_end"]:q.extra["mag_start"]])
                and s[q.extra["mag_end"]:q.extra["mag_end"] + 2].lstrip()[:1] == ")"):
            continue                                    # "Dh81 billion (US$22 billion)": one amount, converted
        if prev and q.start < prev.end:
            if q.extra["mag_start"] < prev.end:
                continue
            # "... 27% in 15 months and doubled revenue": start at this claim's own verb, else its metric
            verb = next((v for v in _verbs(s, prev.end, q.extra["mag_start"], reverse=False) if v.classes & _OUTCOME_CLASSES), None)
            start = verb.start if verb else prev.end
            start, _ = _trim(text, start, q.end)
            sep = _SEPARATOR.match(s[start:q.end])
            q.start = start + (sep.end() if sep and not verb else 0)
            words = _METRIC_TRIM.match(s[verb.end if verb else q.start:q.extra["mag_start"]])
            if words and words["m"].strip() and len(words["m"].split()) <= 6:
                q.metric = " ".join(words["m"].split())
                q.family = _family(q.metric) or q.family
        out.append(q)
    return out
