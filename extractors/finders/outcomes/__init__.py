"""Quantified outcomes and scope in free text, as a pure function over a string.

*Outcome*: a result achieved: a change in a metric ("increased market share 27%", "doubled revenue",
"from $4.2M to $11M"), money generated, saved or recovered ("saving over $1M"), a goal beaten
("120% of quota"), a rank or prize won ("#1 of 8", "top 5%"), a level reached ("99.9% uptime").
*Scope*: the size of what someone was trusted with ("a team of 12", "a $5M budget", "60 calls a day").
*Neither*: dates, years, durations, phone numbers, versions, names with numbers (ISO 9001, Office 365).

How it works:
1. a same-length *shadow* of the text (non-breaking spaces, unicode digits, dashes, bullets and
   common mojibake normalised, glued sentences split) so every span found in it is a span of the input;
2. every magnitude (money, percent, multiplier, rank, count; digits or number words) by MAGNITUDE,
   tried only where a number can start (a run of digits, a number word, a currency sign before one);
3. the ones that are plainly not claims are dropped (years, dates, versions, names, ids, list numbers);
4. "from A to B" (and "A -> B") become one magnitude with a before and an after;
5. each one is classified within its clause (sentence, bullet, line) by the nearest verb before it,
   the words right before it ("team of", "budget of", "by", "a rate of"), and the words right after it
   (the noun it counts, "increase", "uptime", "of quota", "views", "per year"): outcome, scope or neither;
6. an outcome gets its metric (the candidate's words), family, direction, timeframe and its quote,
   from its verb to its magnitude. Word lists are data (data/metrics.json), matched on whole words.

Bounded by construction: at most MAX_NUMBERS numbers are read per text, every window is a fixed
number of characters, and every scan of a whole text carries TIMEOUT as a last guard.

The modules, in the order the steps use them: shadow (1), magnitudes (2; its words in vocab, its bounds in
limits), neither (3), from_to (4), clauses, verbs, qualifiers and the cues of each kind, scope, changes and
ranks, weighed by kind (5), then metric, timeframe and structure (6). words matches the vocabularies on whole
words next to a number.
"""
from __future__ import annotations

import logging

import regex

from ...document import Block, Profile
from ...findings import Finding
from .clauses import _BOUNDARY, _clause
from .from_to import _pair_from_to
from .kind import _classify
from .limits import MAX_NUMBERS, TIMEOUT
from .magnitudes import _Groups, _Mag, _magnitude, _magnitudes
from .neither import _is_name_or_date
from .shadow import shadow
from .structure import _merge, Quantity, _quantity
from .vocab import MONEY_UNITS

__all__ = ["MAX_NUMBERS", "MONEY_UNITS", "TIMEOUT", "Quantity", "find", "find_quantities", "shadow"]

log = logging.getLogger(__name__)


def find_quantities(text: str) -> list[Quantity]:
    """Every outcome and scope quantity in `text`, in order.

    >>> text = "Increased market share 27% in 15 months, leading a team of 12 engineers."
    >>> [(q.kind, text[q.start:q.end], q.magnitude) for q in find_quantities(text)]
    [('outcome', 'Increased market share 27%', {'value': 27.0, 'unit': 'percent'}), ('scope', 'team of 12 engineers', {'value': 12.0, 'unit': 'count'})]
    """
    if not text:
        return []
    s = shadow(text)
    mags: list[_Mag] = []
    for m in _magnitudes(s):
        m = _Groups(m)
        kind, value = _magnitude(m)
        mg = _Mag(m.start(), m.end(), kind, value, m)
        if _is_name_or_date(s, mg):
            continue
        mags.append(mg)
    if not mags:
        return []
    mags = _pair_from_to(s, mags)
    bounds = sorted({i for m in _BOUNDARY.finditer(s, timeout=TIMEOUT) for i in m.span()})

    found: list[Quantity] = []
    last = None                                     # the magnitude before, and what it was read as
    for mg in mags:
        cstart, cend = _clause(bounds, len(s), mg.start)
        verdict = _classify(s, mg, cstart, cend)
        if verdict is None and last and _coordinated(s, last[0], mg):
            verdict = last[1]                           # "by 50% and 75% respectively": the second under the same claim
        last = (mg, verdict)
        if verdict is None:
            continue
        kind, info = verdict
        found.append(_quantity(text, s, mg, kind, info, cstart, cend))
    return _merge(text, s, found)


# "sales by 50% and 75% respectively": a percent joined to the one before by a conjunction alone is read as that one
# was (a bare comma may start another thought: "to 90%, 85% of them in year one")
_JOINED = regex.compile(r"\s*,?\s*(?:and|or|&)\s*")


def _coordinated(s: str, before: _Mag, mg: _Mag) -> bool:
    end = before.partner.end if before.partner else before.end
    return before.kind == mg.kind == "pct" and mg.partner is None and _JOINED.fullmatch(s, end, mg.start) is not None


def find(profile: Profile) -> list[Finding]:
    """Outcome and scope findings in every block of a profile that holds prose."""
    findings = []
    for block in profile.blocks():
        if block.role in ("dates", "location", "title", "subtitle") or block.section is None:
            continue
        if block.section.kind in ("education", "skills", "languages", "certifications", "courses", "recommendations"):
            continue
        try:
            quantities = find_quantities(block.text)
        except TimeoutError:   # a bug to fix, but one block must not fail the page; never log the text
            log.error("outcome patterns timed out on a block of %d characters", len(block.text))
            continue
        for q in quantities:
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
