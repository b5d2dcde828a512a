"""Quantified outcomes and scope in free text, as a pure function over a string.

*Outcome*: a result achieved ("increased market share 27%", "saving over $1M", "doubled revenue").
*Scope*: the size of what someone was trusted with ("a team of 12", "a $5M budget").
Anything else with a number in it (dates, durations, versions, phone numbers) is neither.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..document import Block, Profile
from ..findings import Finding
from .vocabulary import alternation, metrics

_V = metrics()
_UP = alternation(_V["verbs"]["up"])
_DOWN = alternation(_V["verbs"]["down"])
_SCOPE_NOUNS = alternation(_V["scope_nouns"])
_NOT_AFTER = alternation(_V["not_outcome_after"])

SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6,
         "b": 1e9, "bn": 1e9, "billion": 1e9, "t": 1e12, "trillion": 1e12}
CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
            "₹": "INR", "inr": "INR", "rs": "INR", "¥": "JPY", "jpy": "JPY", "cad": "CAD", "aud": "AUD"}
MULTIPLIER_WORDS = {"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "quadrupled": 4, "halved": 0.5}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "hundred": 100}

# A magnitude: money, a percentage, a multiplier, a rank, or a plain count.
MAGNITUDE = regex.compile(r"""
    (?P<money>
        (?P<cur>US\$|\$|€|£|₹|¥|\b(?:USD|EUR|GBP|INR|CAD|AUD|Rs\.?)\s?)
        (?P<mnum>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<mfrac>\d+))?
        (?:\s?(?P<mscale>thousand|million|billion|trillion|MM|mn|bn|[KMBT])\b)?
        (?P<plus>\+)?
    )
  | (?P<pct>
        (?P<pnum>\d+(?:\.\d+)?)\s?(?P<punit>%|percent\b|per\s+cent\b|percentage\s+points?\b|pts?\b|bps\b|basis\s+points\b)
    )
  | (?P<mult>
        \b(?P<xnum>\d+(?:\.\d+)?)\s?(?:x\b|×|-?fold\b|times\b)
      | \b(?P<xword>doubled|doubling|tripled|tripling|quadrupled|halved)\b
    )
  | (?P<rank>
        (?:\#|No\.\s?|number\s+)(?P<rnum>\d+)(?:\s+(?:of|out\s+of)\s+(?P<rof>\d+))?
      | \btop\s+(?P<tnum>\d+(?:\.\d+)?)\s?(?P<tpct>%|percent)?
      | \b(?P<onum>\d+)(?:st|nd|rd|th)\s+place\b
    )
  | (?P<count>
        \b(?P<cnum>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<cfrac>\d+))?(?:\s?(?P<cscale>thousand|million|billion|MM|[KMB])\b)?(?P<cplus>\+)?
    )
""", regex.VERBOSE | regex.IGNORECASE)

# An outcome verb somewhere before the magnitude in the same clause (no sentence end between).
_VERB_BEFORE = regex.compile(rf"(?i)\b(?P<verb>{_UP}|{_DOWN})\b[^.;\n]{{0,80}}$")
_BY_OR_FROM = regex.compile(r"(?i)\b(?:by|from|to|of|over|nearly|almost|more\s+than|over|up\s+to)\s*$")
_SCOPE_AFTER = regex.compile(rf"(?i)^\s*(?:[\w-]+\s+){{0,2}}(?:{_SCOPE_NOUNS})\b")
_NEITHER_AFTER = regex.compile(rf"(?i)^\s*\+?\s*(?:{_NOT_AFTER})\b")
_SCOPE_BEFORE = regex.compile(r"(?i)\b(?:team|teams|staff|budget|budgets|portfolio|portfolios|crew|department|group)\s+of\s*(?:over|about|approximately|more\s+than|up\s+to)?\s*$"
                              r"|\b(?:managed|managing|led|leading|supervised|supervising|oversaw|overseeing|handled|handling|directed|coordinated|trained|mentored|supported|serving|served)\b[^.;\n]{0,40}$")
_TIMEFRAME = regex.compile(r"(?i)^[^.;\n]{0,60}?\b(?P<tf>(?:in|within|over|during)\s+(?:(?:a|the|the\s+first|my\s+first|one|two|three|\d+)\s*)?(?:-?\s*)?(?:month|year|quarter|week|day)s?(?:\s+period)?|year[\s-]over[\s-]year|yoy|annually|per\s+year|a\s+year|per\s+month|quarter[\s-]over[\s-]quarter)\b")
_YEAR = regex.compile(r"^(?:19|20)\d\d$")


@dataclass
class Quantity:
    """A number that matters, with what it measures."""

    kind: str                    # outcome | scope
    start: int
    end: int
    magnitude: dict              # {"value": 27.0, "unit": "percent"} ...
    direction: str | None = None     # up | down | None
    verb: str | None = None
    metric: str | None = None        # in the candidate's words
    family: str | None = None        # revenue, market share, margin, cost, units, customers, time, quality, rank, other
    financial: bool = False
    timeframe: str | None = None
    before: dict | None = None
    after: dict | None = None
    extra: dict = field(default_factory=dict)


def _number(digits: str, frac: str | None = None, scale: str | None = None) -> float:
    value = float(digits.replace(",", "") + ("." + frac if frac else ""))
    if scale:
        value *= SCALE.get(scale.lower(), 1)
    return value


def _magnitude(m) -> dict | None:
    if m["money"]:
        cur = CURRENCY.get(m["cur"].strip().rstrip(".").lower(), m["cur"].strip())
        mag = {"value": _number(m["mnum"], m["mfrac"], m["mscale"]), "unit": cur}
        if m["plus"]:
            mag["bound"] = "lower"
        return mag
    if m["pct"]:
        unit = m["punit"].lower()
        if unit.startswith(("percentage", "pt", "bps", "basis")):
            value = float(m["pnum"]) / (100 if unit.startswith(("bps", "basis")) else 1)
            return {"value": value, "unit": "percentage points"}
        return {"value": float(m["pnum"]), "unit": "percent"}
    if m["mult"]:
        if m["xword"]:
            return {"value": MULTIPLIER_WORDS[m["xword"].lower()], "unit": "multiplier"}
        return {"value": float(m["xnum"]), "unit": "multiplier"}
    if m["rank"]:
        if m["rnum"]:
            mag = {"value": float(m["rnum"]), "unit": "rank"}
            if m["rof"]:
                mag["of"] = float(m["rof"])
            return mag
        if m["tnum"]:
            return {"value": float(m["tnum"]), "unit": "top percent" if m["tpct"] else "top"}
        return {"value": float(m["onum"]), "unit": "place"}
    if m["count"]:
        if _YEAR.match(m["cnum"]) and not m["cscale"]:
            return None
        mag = {"value": _number(m["cnum"], m["cfrac"], m["cscale"]), "unit": "count"}
        if m["cplus"]:
            mag["bound"] = "lower"
        return mag
    return None


def _family(text: str) -> tuple[str | None, str]:
    """The metric named near the magnitude, and its family."""
    lowered = text.lower()
    best: tuple[int, str, str] | None = None
    for family, words in _V["families"].items():
        for word in words:
            if len(word) < 2:
                continue
            for hit in regex.finditer(rf"\b{regex.escape(word)}\b", lowered):
                dist = abs(hit.start() - len(lowered) // 2)
                if best is None or dist < best[0]:
                    best = (dist, text[hit.start():hit.end()], family)
    if best is None:
        return None, "other"
    return best[1], best[2]


def find_quantities(text: str) -> list[Quantity]:
    """Every outcome and scope quantity in `text`, in order.

    >>> [(q.kind, text[q.start:q.end]) for q in find_quantities(text := "Increased market share 27% in 15 months.")]
    [('outcome', 'Increased market share 27%')]
    """
    found: list[Quantity] = []
    for m in MAGNITUDE.finditer(text):
        mag = _magnitude(m)
        if mag is None:
            continue
        before = text[max(0, m.start() - 120):m.start()]
        after = text[m.end():m.end() + 80]
        if mag["unit"] == "count" and _NEITHER_AFTER.match(after):
            continue
        verb = _VERB_BEFORE.search(before)
        if m["xword"]:
            verb_word = m["xword"].lower()
            start = m.start()
            direction = "down" if verb_word == "halved" else "up"
        elif verb and mag["unit"] != "count":
            verb_word = verb["verb"].lower()
            start = m.start() - len(before) + verb.start()
            direction = "down" if regex.fullmatch(_DOWN, verb_word, regex.I) else "up"
        else:
            verb_word, start, direction = None, m.start(), None
        is_outcome = mag["unit"] in ("multiplier", "rank", "place", "top", "top percent") or (
            verb_word is not None and mag["unit"] != "count")
        if mag["unit"] == "count" and verb and not _SCOPE_AFTER.match(after):
            # "won 3 awards", "closed 40 deals": a count after a result verb, no scope noun.
            is_outcome = regex.search(_DOWN, verb["verb"], regex.I) is None and verb["verb"].lower() in (
                "won", "closed", "secured", "sold", "booked", "acquired", "added", "signed", "landed")
            verb_word, start, direction = (verb["verb"].lower(), m.start() - len(before) + verb.start(), "up") \
                if is_outcome else (None, m.start(), None)
        if is_outcome:
            window = text[start:m.end() + 40]
            metric, family = _family(window)
            q = Quantity("outcome", start, m.end(), mag, direction, verb_word, metric, family,
                         family in _V["financial"] or mag["unit"] not in ("percent", "count", "multiplier",
                                                                          "rank", "place", "top", "top percent",
                                                                          "percentage points"))
            if (tf := _TIMEFRAME.match(after)):
                q.timeframe = tf["tf"]
            if mag["unit"] in ("rank", "place", "top", "top percent") and family == "other":
                q.family = "rank"
            found.append(q)
        elif _SCOPE_AFTER.match(after) or _SCOPE_BEFORE.search(before):
            if mag["unit"] in ("percent", "percentage points"):
                continue
            found.append(Quantity("scope", m.start(), m.end(), mag, metric=_family(text[m.start():m.end() + 30])[0]))
    return _drop_overlaps(found)


def _drop_overlaps(found: list[Quantity]) -> list[Quantity]:
    """Two magnitudes under one verb ("grew revenue 40% to $2M") overlap: keep the first, extend it."""
    out: list[Quantity] = []
    for q in found:
        if out and q.start < out[-1].end:
            if q.kind == out[-1].kind == "outcome":
                out[-1].after = q.magnitude
                out[-1].end = max(out[-1].end, q.end)
            continue
        out.append(q)
    return out


def find(profile: Profile) -> list[Finding]:
    """Outcome and scope findings in every block of a profile that holds prose."""
    findings = []
    for block in profile.blocks():
        if block.role in ("dates", "location", "title", "subtitle") or block.section is None:
            continue
        if block.section.kind in ("education", "skills", "languages", "certifications", "courses", "recommendations"):
            continue
        for q in find_quantities(block.text):
            findings.append(_finding(block, q))
    return findings


def _finding(block: Block, q: Quantity) -> Finding:
    data = {"magnitude": q.magnitude, "direction": q.direction, "metric": q.metric, "family": q.family,
            "financial": q.financial, "timeframe": q.timeframe, "verb": q.verb}
    if q.before:
        data["before"] = q.before
    if q.after:
        data["after"] = q.after
    return Finding(q.kind, block, q.start, q.end, data={k: v for k, v in data.items() if v is not None})
