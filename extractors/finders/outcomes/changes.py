"""Cues of a change or a level reached: "an increase of 32%", "by 20%", "99.9% uptime", "120% of quota", money
made or raised, a record set; and a number foreseen, not achieved ("projected savings of $1M")."""
from __future__ import annotations

import regex

from ..vocabulary import key
from .limits import _FLAGS
from .metric import _family_terms
from .qualifiers import _before_qualifier, _QUALIFIERS
from .verbs import _VERB_CLASSES, _verbs
from .vocab import _alt, _cue, _GAP_STOP, _in_order, _MULTIPLIERS, _V
from .words import _after, _Hit, _norm, _Phrases, _remember_last, _Remembering, _TOKEN_END, _tokens_to

# --- A change named right before the number: "an increase of 32%", "costs by over 20%", "up 27%" ------------
_DOWN_NOUNS = frozenset(key(w) for w in _V["nouns"]["down"])
_CHANGE_NOUNS = frozenset(key(w) for w in _V["nouns"]["up"] + _V["nouns"]["down"])


class _ChangeBefore(_Remembering):
    """A change named right before the number: "an increase of 32%", "costs by over 20%", "up 27%"."""

    @_remember_last
    def search(self, left: str) -> _Hit | None:
        end = _before_qualifier(left)
        toks = _tokens_to(left, len(left[:end].rstrip()), 2)
        words = [_norm(t.group()) for t in toks]
        if words and words[-1] in ("by", "up", "down"):
            return _Hit(toks[-1].start(), end, words[-1])
        if len(words) == 2 and words[1] in ("of", "to") and words[0] in _CHANGE_NOUNS:
            return _Hit(toks[0].start(), end, " ".join(words))
        if words and words[-1] == "of":                 # "cost savings to the company of over $20,000"
            far = _tokens_to(left, toks[-1].start(), 6)
            for t in reversed(far[:-1] if len(far) > 1 else []):
                w = _norm(t.group())
                if w in _GAP_STOP and w != "to":
                    break
                if w in _CHANGE_NOUNS:
                    return _Hit(t.start(), end, w)
        return None


_CHANGE_BEFORE = _ChangeBefore()
# "exceeding $500,000/month in revenues": a qualifier that is also a result
_BEAT_BEFORE = regex.compile(r"""(?r)\b
    (?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|beat(?:ing)?|top(?:ped|ping))   # a verb of beating
\s+\Z""", regex.I | regex.X)

# --- A change named after it: "a 48% increase", "21% less expensive", "12% year over year" ---------------------
_CHANGE_NOUN_AFTER = _after(_V["nouns"]["up"] + _V["nouns"]["down"], 3)
# "$100M of business lift", "$2M in annual savings": money, then "of/in" and the change it was
_CHANGE_OF = _after(_V["nouns"]["up"] + _V["nouns"]["down"], 2, r"\s*(?:(?:of|in)\s+)?")
# ... the change noun ends the phrase: in "$4M of growth programs" it names the programs, a size handled
_NOUN_GOES_ON = regex.compile(r"""\s+
    (?!(?:and|or|in|for|by|to|from|over|across|within|with|on|at|of|per|since|through|during|annually|yearly)\b)[a-z]
""", regex.X)


def _change_of_after(right: str) -> bool:
    """Money named as a change after it, "of/in" and up to two words between: "$100M of business lift"."""
    hit = _CHANGE_OF.match(right)
    return hit is not None and not _NOUN_GOES_ON.match(right, hit.end())


_COMPARATIVE_AFTER = _after(_V["nouns"]["comparative"], 0, r"\s*(?:\([^()]{0,20}\)\s*)?")   # "22% ($18k) less"
# "70% from 2005 to 2006", "12% year over year": a change over a stated period
_PERIOD_CHANGE_AFTER = regex.compile(r"""^\s*(?:
      from\s+(?:19|20)[0-9]{2}\s+to\s+(?:19|20)[0-9]{2}     # from 2005 to 2006
    | year[\s-]over[\s-]year | yoy | y/y
)\b""", regex.I | regex.X)
# The units a change in time or score is counted in: "eliminated 10 hours per week", "scores up by 3 points"
_CHANGE_UNIT_AFTER = regex.compile(rf"""^\s*(?:
      (?:full|whole|entire)\s+(?:business\s+|work\s+)?(?:day|week|hour)\b    # "one full day"
    | (?:minutes|hours|days|weeks|seconds|mins|hrs|points?|pts)\b
    | (?:{_alt(_cue("hours_of_work"))})[\s-]hours\b    # "saving more than 2000 man-hours"
    | (?:ms|msec|milliseconds?|secs?|[kmgtp]b)\b     # "latency by 300 ms", "memory by 2GB"
)""", regex.I | regex.X)
# "saving the team 15 hours weekly", "freeing up 200 scheduler hours per month", "eliminated 4 months of overtime": an
# amount of time, the words it is of between ("scheduler", "person"), after a verb of saving
_TIME_AMOUNT_AFTER = regex.compile(rf"""^\+?\s*(?:[a-z]+[\s-]+){{0,2}}?
    (?:{_alt(_cue("time_amounts"))}|(?:{_alt(_cue("hours_of_work"))})[\s-]hours)\b
""", regex.X)
# ... and what may stand between that verb and the amount: a short object, no other clause ("saving the finance team")
_SAVED_FOR = regex.compile(rf"\s*(?:[A-Za-z][\w&'’-]*\s+){{0,4}}?{_QUALIFIERS}")
# "Implemented 2 day Financial Close (down from 3 day)": the new level, with the old one after it
_DOWN_FROM_AFTER = regex.compile(r"""^
    (?P<words>(?:[\s-]*[\w'’/]+){0,4})              # what the level is of: "day Financial Close"
    [\s,]*[(\[]?\s*(?:down|up)\s+from\b             # "(down from"
""", regex.I | regex.X)


def _down_from_after(right: str) -> regex.Match | None:
    """_DOWN_FROM_AFTER's match, asked only of a text that holds "from" (most do not: no regex call)."""
    return _DOWN_FROM_AFTER.match(right) if "from" in right.lower() else None
# "four days ahead of schedule", "20 days early": time won against a plan
_EARLY_AFTER = regex.compile(r"""^\s*
    (?:business\s+)?(?:days?|weeks?|months?|hours?)\s+
    (?:ahead|early|earlier|sooner|before\s+(?:the\s+)?(?:deadline|schedule))\b
""", regex.I | regex.X)

# --- A level reached or kept: "a rate of 30%", "99.9% uptime", "handle time of 12 minutes" ---------------------
_LEVEL_WORDS = _Phrases(_V["nouns"]["level"] + _cue("level_named"))
_LEVEL_LINKS = frozenset(_cue("level_links"))


class _LevelBefore(_Remembering):
    """A level named right before the number: "a rate of 30%", "compliance at 97%", "a grade of 100%"; or right before a
    qualifier, which links it alone: "settlement rate greater than 85%", "uptime above 99.5%"."""

    @_remember_last
    def search(self, left: str) -> _Hit | None:
        end = _before_qualifier(left)
        link = _tokens_to(left, len(left[:end].rstrip()), 1)
        if not link or _norm(link[0].group()) not in _LEVEL_LINKS:
            return _LEVEL_WORDS.search(left[:end]) if end < len(left) else None
        return _LEVEL_WORDS.search(left[:link[0].start()])


_LEVEL_BEFORE = _LevelBefore()
# Convention C4, a level of a named metric stated as reached: "Occupancy: 91%", "R-squared = 0.64", "CSAT (96%)",
# "evaluation of 4.6", "EBIT: 12%", "(AOV $31)": the metric named right before the number, tied to it
_METRIC_WORDS = _Phrases(_V["nouns"]["level"] + _cue("level_named") + _cue("rated_things") + _cue("metric_marks"))
_NOT_METRICS = frozenset(_cue("not_metric_abbreviations")) | (frozenset(_cue("grade_nouns")) - {"average"})
_ABBREVIATION = regex.compile(r"(?<![\w&-])[A-Z][A-Za-z0-9&-]{0,7}[A-Z0-9]\Z")
_NOT_REACHED_HEAD = regex.compile(rf"\b(?:{_alt(_cue('not_reached_heads'))})\s*:[^.;•|:]*\Z", regex.I)
# After a level: nothing it counts ("Occupancy: 91%", "evaluation of 4.6 on a 5 point scale", "score: 0.82+;"), where
# "an average of 60 calls", "evaluation of 30+ instructors" count what was handled
_LEVEL_ENDS = regex.compile(r"""^[+]?\s*(?:
    $ | [).;:|/\]!?] | ,(?!\s*[0-9]) | on\s+an?\s | out\s+of\b | (?:and|with|in|for|across|at|by|over)\b
)""", regex.I | regex.X)


# "a 14-point swing", "4-8 percentage point impact": points, then a change named
_POINTS_CHANGED_AFTER = regex.compile(r"^[\s-]*(?:percentage[\s-]+)?(?:points?|pts|pp|bps|basis\s+points)\b", regex.I)
# "a consistent 5-star average", "4.8-star rating": stars of a rating
_STARS_AFTER = regex.compile(r"^[\s-]*stars?[\s-]+(?:average|rating|ratings|reviews?|score|feedback)\b", regex.I)


# "100% end-to-end auditability", "99.5% reliability": a quality named by its -ability noun, a level reached (not
# "100% responsibility for": a share of the work held)
_QUALITY_AFTER = regex.compile(r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?!responsib)[a-z]+(?:ability|ibility)\b", regex.I)
# "(65% of baseline throughput)": a bracketed level of a metric named after "of" (not "(20% of the time)": a share of it)
_OF_METRIC_AFTER = regex.compile(r"^\s*of\s+(?:(?:prior|previous|former|baseline|peak|original)\s+)?(?!the\b)", regex.I)


def _level_of_after(left: str, right: str) -> bool:
    """Whether a bracketed percent is a level of the metric named after "of" ("(65% of baseline throughput)", C4)."""
    if not left.rstrip().endswith("(") or not (of := _OF_METRIC_AFTER.match(right)):
        return False
    terms = _family_terms(right[of.end():of.end() + 30])
    return bool(terms) and terms[0][0] == 0


def _points_changed(right: str) -> bool:
    """Whether points and a change noun follow the number ("a 14-point swing"): a change stated without a verb (C4)."""
    unit = _POINTS_CHANGED_AFTER.match(right)
    return unit is not None and _CHANGE_NOUN_AFTER.match(right[unit.end():]) is not None


def _metric_level(left: str, right: str, pct: bool = False) -> bool:
    """Whether a metric is named right before the number and tied to it by ':', '=', '(' or a level link, nothing
    counted after it (C4): its level reached ("Occupancy: 91%", "R-squared = 0.64", "evaluation of 4.6 on a 5 point scale").
    A percent may also be named after it ("100% auditability", "(65% of baseline throughput)") or by an abbreviation
    ("EBIT: 12.3%"); a count in brackets after capitals is a version or a tally ("HTML (5)", "Medal (2)"), no level."""
    if pct and (_QUALITY_AFTER.match(right) or _level_of_after(left, right)):
        return True
    if not _LEVEL_ENDS.match(right):
        return False
    head = left[:_before_qualifier(left)].rstrip()
    tie = head[-1:]
    if tie in (":", "=", "("):
        name = head[:-1].rstrip()
    else:
        link = _tokens_to(head, len(head), 1)
        if not link or _norm(link[0].group()) not in _LEVEL_LINKS:
            return False
        name = head[:link[0].start()].rstrip()
    last = _tokens_to(name, len(name), 3)
    if not last or _NOT_METRICS.intersection(_norm(t.group()) for t in last):
        return False                                    # "GPA: 3.8", "Grade Point Average: 3.4": a student's own grade
    if pct and tie in (":", "=") and (abbr := _ABBREVIATION.search(name)) and sum(map(str.isupper, abbr.group())) >= 2:
        return not (len(last) >= 2 and last[-2].group().isupper())   # "EBIT: 12.3%"; not a heading in capitals
                                                                     # ("AREA OF LAW: 100%")
    return _METRIC_WORDS.search(name) is not None


def _aim_or_before(s: str, cstart: int, start: int) -> bool:
    """Whether the number stands under a head that says it is no result reached (C4): "Problem: a 7% success rate",
    "Target: 95% on-time delivery"."""
    return _NOT_REACHED_HEAD.search(s, max(0, cstart - 40), start) is not None
# "automated 90% of the monthly reconciliations", "now resolving 60% of tickets automatically", "100% of its operations
# completely automated": the share of a whole the work has automated or resolved is a level reached, not a share of the
# work handled ("handled 40% of all inbound calls")
_DONE_SHARE_BEFORE = regex.compile(rf"""(?r)\b
    (?:{_alt(_cue("done_share"))})\s+{_QUALIFIERS}
\Z""", regex.I | regex.X)
_DONE_SHARE_AFTER = regex.compile(rf"""^\s*of\s+(?:[\w'’/-]+\s+){{0,5}}?
    (?:(?:completely|fully|now|automatically)\s+)?(?:{_alt(w for w in _cue("done_share") if w.endswith("ed"))})\b
""", regex.I | regex.X)
_LEVEL_NOUN_AFTER = _after(_V["nouns"]["level"], 3)
# "maintained a maximum handle time of 12 minutes": a time kept to a level
_TIME_LEVEL_BEFORE = regex.compile(rf"""(?r)\b
    (?:time|times|turnaround|tat|latency|duration|sla)\s+       # a time metric
    (?:of|at|to|under|below|within|averaging)\s+{_QUALIFIERS}   # its link to the number
\Z""", regex.I | regex.X)
# "keeping aging under 30 days", "kept the backlog below 2 days": a metric kept under a bound of time by a verb of keeping
_KEPT_UNDER_BEFORE = regex.compile(r"""(?r)\b
    (?:keep(?:ing|s)?|kept|maintain(?:ed|ing|s)?|h[oe]ld(?:ing|s)?)\s+    # a verb of keeping
    (?:(?:the|our|its|their|all)\s+)?(?:[\w-]+\s+){1,3}?                 # the metric: "aging", "p99 latency"
    (?:under|below|less\s+than|at\s+or\s+(?:below|under))\s+            # the bound ("within 30 days of intake": a deadline)
\Z""", regex.I | regex.X)
# "95% of students passed", "91% were awarded": a share of something that met a result
_SHARE_RESULT_AFTER = regex.compile(rf"""^\s*
    (?:of\s+(?:[\w'’/-]+\s+){{0,5}}?               # "of the bids submitted"
     | (?:[a-z][\w'’/-]*\s+){{1,3}}?(?=[a-z]+ed\b))?  # "60% manual effort removed": the noun, then a participle
    (?:were\s+|was\s+)?
    (?:{_alt(_V['nouns']['share_result'])})\b       # passed, awarded, shipped on time
""", regex.I | regex.X)
# "exceeded $10M quota by 160%", "beat the $2M annual target by $300K": the quota carried is scope when a result figure
# of its own follows; without one ("achieved $2M quota") the goal met is the result
_QUOTA_THEN_RESULT_AFTER = regex.compile(rf"""^\s*
    (?:[a-z-]+\s+){{0,2}}?                          # "annual", "sales"
    (?:{_alt(_V['nouns']['goal'])})\b               # quota, goal, target, plan
    [^.;]{{0,40}}?\b(?:by|with|at)\s+(?:{_QUALIFIERS})?[$€£₹]?[0-9]   # then "by 160%", "with $12M"
""", regex.I | regex.X)
# "with a sales target of $25 million", "achieved 120% of the annual sales target of INR 2 crore": the goal carried
_GOAL_OF_BEFORE = regex.compile(rf"""(?r)
    (?: (?P<with>\bwith\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}})     # "with a sales target of": a goal carried
      | \b )
    (?:{_alt(_V['nouns']['goal'])})\s+of\s+{_QUALIFIERS}
\Z""", regex.I | regex.X)
# a percent just before the goal or just after its figure: the attainment stated apart ("120% of the target of",
# "Quota of $21M+- FY11 - 105%")
_PERCENT_NEAR = regex.compile(r"[0-9]\s?%")
# "(to ensure) 80% target margin was achieved": a level said to be reached after the number
_REACHED_AFTER = regex.compile(rf"""^\s*
    (?:[\w'’/-]+\s+){{0,4}}?                       # what the level is of: "target margin"
    (?:was|were|is|are|has\s+been|have\s+been)\s+  # then said to be
    (?:{_alt(_V['nouns']['share_result'])})\b       # achieved, met, exceeded, shipped on time
""", regex.I | regex.X)

# --- A goal beaten: "120% of quota", "110% over last year Credit Goals" -------------------------------------
# the goals met or beaten, not a plan carried ("managed the budget ... for 2 consecutive years": no goal met)
_GOAL_WORDS = frozenset(key(w) for w in _V["nouns"]["goal"]) - {"budget", "plan", "forecast"}


def _goal_named(s: str, start: int, end: int) -> bool:
    """Whether s[start:end] names a goal ("quotas", "target"): "Shattered sales quotas by 125% for 3 years straight"
    met it N periods running."""
    return bool(_GOAL_WORDS.intersection(map(_norm, s[start:end].split())))


# Words between a number and the noun it counts: not a preposition, not punctuation.
_GAP_WORDS = rf"(?:(?!(?:{_alt(_cue('gap_stop'))})\b)[^\s,;:()\[\].•]+\s+)"
_GOAL_AFTER = regex.compile(rf"""^\s*(?:
      (?:of|to|over|above|against|vs\.?|versus)\s+  # the link to the goal
      (?:{_GAP_WORDS}){{0,4}}?                      # a few words that qualify it ("last year Credit")
      (?:{_alt(_V['nouns']['goal'])})\b             # quota, goal, target, plan
    | (?:(?:annual|quarterly|monthly|yearly|sales|revenue)\s+){{0,2}}
      (?:quota|target)\b                            # no link: "100% Annual Quota", "112% sales target"
)""", regex.I | regex.X)

# --- Money made, raised or kept ----------------------------------------------------------------------------
# A money sign or word in the clause: a scaled bare number there is an amount ("400 million for ... revenue")
_MONEY_WORDS = regex.compile(rf"""
      [$€£₹¥]
    | \b(?:{_alt(_cue("money_context"))})\b
""", regex.I | regex.X)
# "$500,000/month in revenues", "$175M in revenue per year": money made
_IN_REVENUE_AFTER = regex.compile(rf"""
    ^\s*(?:(?:/|per\s+|a\s+|an\s+|each\s+)\s*(?:year|yr|month|mo|quarter|week|day|annum)\b)?    # "/month"
    \s*in\s+(?:(?:annual|annualized|yearly|monthly|new|additional|incremental|recurring|gross|net|total)\s+){{0,2}}
    (?:{_alt(_cue("income"))})\b                    # "in (new) revenue"
""", regex.I | regex.X)
# "Built a $3M sales pipeline", "launched lines with first-year sales of $2M", "commercialized $1m revenue per year":
# income or a pipeline after a verb of making (_MADE) is money the person's work made, not a size handled (unless the
# income names something carried or run: "a $5M sales quota", "a $2M sales team")
_INCOME_MADE_AFTER = regex.compile(rf"""^\+?\s*
    (?:(?:in|of)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?       # "in (monthly policy)", "(ARR)", "(enterprise)"
    (?:{_alt(_cue("income"))}|pipeline)\b
    (?![ \t]+(?:{_alt(_cue("carried_income"))})\b)     # "a $5M sales quota": carried, not made
""", regex.I | regex.X)
# "$30M first-year revenue", "(EUR 2M funding)", "$1M+ revenue contribution", "$4K in commissions": money named by a noun of
# money brought in (convention C2); one or two words may qualify the noun, but not a thing the money sizes ("a $500K
# program generating revenue") nor a verb, and a noun of money carried a word or two after it makes it carried ("$5M
# sales quota", "$2M revenue credit goal")
_BROUGHT_IN_AFTER = regex.compile(rf"""^\+?\s*
    (?:(?:/\s*|(?:per|a|an|each)\s+)(?:year|yr|month|mo|quarter|week|day|annum)\b\s*)?       # "/month", "a year"
    (?:(?:in|of)\s+)?
    (?:(?:recurring|(?!(?:{_alt(_V["scope"]["money_nouns"])}|{_alt(_cue("gap_stop"))}|[\w-]+ing)\b)[a-z][\w-]*)\s+){{0,2}}?
    (?:{_alt(_cue("brought_in"))})\b
    (?!-\w)                                        # "a $2M revenue-producing restaurant": a modifier, not the noun
    (?!\s*-?\s*(?:(?:and|[a-z][\w-]*)\s+)?(?:{_alt(_cue("carried_income") + _V["scope"]["money_nouns"])})\b)
""", regex.I | regex.X)
# "a $4M+ migration program", "($80M+ lifetime volume)", "$2M in data subscriptions": money that sizes a thing nobody wins
_SIZED_THING_AFTER = regex.compile(rf"""^\)?\s*(?:in\s+|of\s+)?
    (?:(?!(?:{_alt(_cue("gap_stop"))})\b)[a-z][\w-]*\s+){{0,2}}?        # "lifetime", "migration" (not "for annual")
    (?:{_alt(_cue("sized_things"))})\b
    (?!\s+(?:{_alt(_cue("gap_nouns"))})\b)         # "a $500K budget gap" closed
""", regex.I | regex.X)
# "grew the portfolio to over $30M in outstandings and $50M in commitments": a level reached by growth, told before
_GROWN_TO_BEFORE = regex.compile(rf"\bto\s+{_QUALIFIERS}(?:[$€£₹]?[0-9][^.;:•]{{0,60}})?\Z", regex.I)
# "totaled", "totalling": a total stated, in both spellings
_TOTALLED = r"totall?(?:ed|ing)"
# "my billings totaled $9,000": the same noun as the subject of a total before the money
_BROUGHT_IN_BEFORE = regex.compile(rf"""(?r)\b
    (?:{_alt(_cue("brought_in"))})\s+(?:{_TOTALLED}|amounted\s+to|came\s+to)\s+{_QUALIFIERS}
\Z""", regex.I | regex.X)
_HOLDS_MONEY = frozenset(key(w) for w in _cue("holds_money"))
_UNIT_NOUNS = frozenset(_cue("units"))
# "a restaurant with $2M in annual revenues", "a hospital with gross revenue totaling $1B", "a business averaging $100,000
# in weekly sales": a unit (any noun before "with") that has the money
_UNIT_HAS = regex.compile(rf"""(?r)\b(?:
      (?!\w+(?:ed|ing)\b)[a-z][\w'’-]*,?\s+with                # a noun (no verb) and "with"
    | (?:{_alt(_cue('units'))})\s+(?:averaging|of)
)\b[^.;:•]{{0,60}}\Z""", regex.I | regex.X)
_INCOME_NAMED = regex.compile(rf"^\s*(?:in\s+)?(?:[a-z][\w-]*\s+)?(?:{_alt(_cue('income'))})\b", regex.I)
_AMOUNT_OF = regex.compile(r"^\s*(?:in|of)\s", regex.I)
# "in yearly sales", "annual revenue": a run rate, the size of a business when no verb says whose it is
_RUN_RATE = regex.compile(r"""^\s*[^.;:•]{0,30}?
    \b(?:annual|annually|yearly|monthly|weekly|per\s+(?:year|month|annum)|a\s+year|/\s*(?:yr|year|mo|month))\b
""", regex.I | regex.X)
# "$2M yearly sales, 35 staff", "3 locations, $4M revenue": the employer's fact box
_ORG_SIZE = regex.compile(rf"(?<![\w.,])[0-9][0-9,.]*[kK]?\+?[ \t]+(?:{_alt(_cue('org_size'))})\b", regex.I)


def _brought_in(s: str, start: int, end: int, left: str, right: str, near, sized_before: bool) -> bool:
    """Whether money is named as money brought in by its own noun (C2), whatever the verb, unless a verb of holding
    money governs it ("managed $10M in annual revenue", "paid commissions totaling $4M": a size handled) or the money is
    a unit's own (its size, C7: "a restaurant with $2M in revenues", "Products $80M sales", "$1M revenue, 20 employees"),
    or a cue of size before it (`sized_before`) sizes another thing ("categories totaling $33M in sales")."""
    if not (_BROUGHT_IN_AFTER.match(right) or _BROUGHT_IN_BEFORE.search(left)):
        return False
    if near is not None and key(near.text) in _HOLDS_MONEY:
        return False
    if left.rstrip().endswith("(") and _INCOME_NAMED.match(right):
        return False                                    # "the largest charity in the region ($38M revenue)": a gloss
                                                        # of the body named before, its size (C7); not "(EUR 2M funding)"
    if near is None and (_RUN_RATE.match(right) or (not left.strip(" \t-•*·|(") and _AMOUNT_OF.match(right))):
        return False                                    # "$2B annual revenue", a run rate, and "4 million in food sales."
                                                        # alone, an amount of: no verb says the person brought it in
                                                        # (C7: a unit's size)
    if sized_before and not _BROUGHT_IN_BEFORE.search(left):
        return False                                    # "categories totaling $33M in sales": the thing before sized
    words = [_norm(t.group()) for t in _tokens_to(left, len(left.rstrip(" \t(:-")), 4)]
    if _HOLDS_MONEY.intersection(words) or _UNIT_NOUNS.intersection(words[-2:]) or _UNIT_HAS.search(left):
        return False                                    # "pay commissions totaling $4M" (no verb the lists know)
    line_start, line_end = s.rfind("\n", 0, start) + 1, s.find("\n", end)
    around = s[max(line_start, start - 80):min(end + 80, len(s) if line_end < 0 else line_end)]
    return _ORG_SIZE.search(around) is None


# "averaging 12 referral appointments weekly": a count of things won, after a verb of averaging, a level of results
_AVERAGED = frozenset(_cue("averaging"))
_WON_ON_AVERAGE_AFTER = regex.compile(rf"^\+?\s*(?:[\w-]+\s+){{0,2}}?(?:{_alt(_cue('won_on_average'))})\b", regex.I)
# "for a total of $400,000 in new revenue": income newly brought in is a result, whatever cue comes before
_NEW_INCOME_AFTER = regex.compile(r"""^\+?\s*
    (?:in|of)\s+new\s+(?:[\w-]+\s+)?                # "in new (loan)"
    (?:revenues?|sales|business|bookings|accounts|loans|deposits|contracts|funding|money)\b
""", regex.I | regex.X)
# "a $5 million Capital Campaign", "$100 million financing": money raised
_RAISED_AFTER = _after(_V["nouns"]["raised"], 1, r"[\s-]*(?:dollars?\s+)?")
# "NASA, $216,000, 2002-2004 (PI)", "Personnel preparation grant, 1994 to 1998, at $460,000": a grant or award
# listed in a line of its own, the way academic CVs list funding won; the role may follow in parentheses
_FUNDING_WORDS = frozenset(_cue("funding"))
_FUNDING_VERBS = frozenset(w.split()[0] for w in _FUNDING_WORDS)     # "funded (at)", "awarded", "funding"
_ROLE_AFTER_CLAUSE = regex.compile(r"[\s.]*\((?:co-?)?(?:pi|principal\s+investigator|investigator)\b", regex.I)
# "Study of X, Y Foundation, $64,000, 2019": a funding body and a year name a grant listed under a Grants heading
_FUNDERS = frozenset(_cue("funders"))
_YEAR = regex.compile(r"(?<![\d.,$])(?:19|20)[0-9]{2}(?![\d]|,[0-9])")    # "2011, University", not "2,011" or "2011,5"


# a verb before the money, in lower case or first in the clause ("assisted in developing a $15 million ... Grant",
# "Initiated a funding request for $57K"): the line tells what the person did with the money, not a grant listed
# (a capitalised word further on is a name: "Disabilities Planning Council")
_LOWER_VERB = regex.compile(r"\b[a-z][a-z]+(?:ed|ing)\b")
_FIRST_VERB = regex.compile(r"""[\W\d_]*(?P<v>[A-Za-z][a-z]+(?:ed|ing))\b
    (?<!ing(?=[ ]+[A-Z]))                           # not a title's first word: "Understanding Flood Risk in ..."
""", regex.X)
_BRACKETED = regex.compile(r"\([^()]{0,40}\)")          # "Grants (selected)": blanked before the verbs are read
# "X University is a private research university with ($13B) in assets": a body named with a verb of being is described
_BEING = regex.compile(r"\b(?:is|are|was|were|has|have|had)\b")
_PUNCTUATION_TO_SPACE = str.maketrans({c: " " for c in ",;:()[]{}<>\"|"})


def _blank(m: regex.Match) -> str:
    return " " * len(m.group())


def _grant_listed(s: str, cstart: int, start: int, cend: int) -> bool:
    """Whether the clause names a grant, funding or a scholarship (or a role as its investigator follows it, or a
    funding body and a year) and no verb of its own stands before the money at `start`, but the funding words
    ("funded at $300,000")."""
    words = [*map(_norm, s[cstart:cend].translate(_PUNCTUATION_TO_SPACE).split())]
    named = _FUNDING_WORDS.intersection(words) or _FUNDING_WORDS.intersection(map(" ".join, zip(words, words[1:])))
    head = _BRACKETED.sub(_blank, s[cstart:start])   # "Grants (selected) $15.7M": a word in brackets is no verb
    if not (named or _ROLE_AFTER_CLAUSE.match(s, cend, cend + 40)
            or (_FUNDERS.intersection(words) and _YEAR.search(s, cstart, cend) and not _BEING.search(head))):
        return False
    verbs = [v.group() for v in _LOWER_VERB.finditer(head)]
    if first := _FIRST_VERB.match(head):
        verbs.append(first["v"].lower())
    return all(v in _FUNDING_VERBS for v in verbs)


# "won projects worth over $8 Million", "a project win worth $0.9M", "closed deals valued at $2M", "secured contracts
# totaling $200,000": what the thing won was
# worth is money won, not a size handled ("worth" alone is a cue of size: "equipment worth $65M")
_WON_WORTH_BEFORE = regex.compile(rf"""(?r)\b
    (?:won|win|wins|winning|secured|securing|closed|closing|landed|landing|signed|awarded)\b
    [^.;:•]{{0,60}}?                                # what was won: "projects", "the largest contract this year"
    \b(?:worth|valued\s+at|{_TOTALLED})\s+{_QUALIFIERS}
\Z""", regex.I | regex.X)

# "$1M under budget": money kept against a plan is a saving
_UNDER_BUDGET_AFTER = regex.compile(r"""^\s*
    (?:under|below)\s+(?:the\s+|its\s+|our\s+)?
    (?:budget|budgeted|forecast|cost\s+estimate)\b
""", regex.I | regex.X)
# "led company to record year in new loan originations ($1.2 billion)", "the company's largest sale in history at
# over $15,000": a record set is a result
_RECORD_BEFORE = regex.compile(r"""\brecord[\s-]+(?:breaking\s+|high\s+|setting\s+)?(?:year|quarter|month|sales|revenues?|profits?|growth|levels?|numbers|volume)\b
    | \b(?:largest|biggest|highest|best)\s+(?:single\s+)?(?:sales?|deals?|orders?|contracts?|month|quarter|year|day)
        \s+in\s+(?:the\s+)?(?:company'?s?\s+|its\s+|firm'?s?\s+)?history\b""", _FLAGS)

# --- A count won, named after it: "1,200 leads generated", "500,000 views" -------------------------------------
_RESULT_WORDS = _alt(_V['nouns']['result_after'])
# "$7 million in insurance lines sold": a participle of result a few words on
_RESULT_AFTER = regex.compile(rf"^\s*(?:[\w'’/-]+\s+){{0,5}}?(?:{_RESULT_WORDS})\b", regex.I)
# "100 Million records sold worldwide": the thing counted, then the participle (not a relative clause's verb)
_COUNT_RESULT_AFTER = regex.compile(rf"""^\+?\s*
    (?:(?!(?:who|that|which|and|or|to|of)\b)[\w'’/-]+\s+){{1,2}}    # one or two words: "records"
    (?:{_RESULT_WORDS})\b                                           # sold, generated, closed, raised
""", regex.I | regex.X)
_AUDIENCE_AFTER = _after(_V["nouns"]["audience"], 2, r"[\s-]*")    # views, subscribers, followers

# --- Not yet a result ------------------------------------------------------------------------------------
# A number foreseen, not achieved: "growth projections of 100%", "an estimated $2M", "potential savings of $1M"
# (but "exceeding projected sales of $8M" beat the projection: a result).
_PROJECTION_WORDS = _cue("projection")
_PROJECTED_BEFORE = regex.compile(rf"""(?r)(?<![\w])
    (?<!(?:exceed(?:ed|ing)?|beat(?:ing)?|surpass(?:ed|ing)?|outperform(?:ed|ing)?|top(?:ped|ping)?)\s+(?:the\s+|our\s+|its\s+)?)
    (?:{_alt(_PROJECTION_WORDS)})                   # projected, forecast, estimated, potential
    \s+(?:(?!(?:and|or|at)\b)[\w-]+\s+){{0,2}}?(?:of\s+|to\s+be\s+)?(?:an?\s+)?{_QUALIFIERS}\Z""", regex.I | regex.X)
# Each projection word holds one of these: a substring test before the pattern
_PROJECTED_STEMS = tuple(w for w in _PROJECTION_WORDS if not any(o != w and o in w for o in _PROJECTION_WORDS))

_ARTICLES = frozenset(("a", "an", "the"))
# The projection word, then the noun it qualifies, then "by" and the number: "forecasting accuracy by 12%" (part of a
# metric's name: a noun, as "forecast accuracy"), not "projecting a 30% cut" (a verb and its object)
_NAMES_A_METRIC = regex.compile(rf"^[\w-]+\s+[\w-]+\s+by\s+{_QUALIFIERS}\Z", regex.I)


def _projected(left: str) -> bool:
    """_PROJECTED_BEFORE, tried only where one of its words is (a substring test costs far less); not when a verb of
    decrease acts on the projected thing ("cut expected costs by 30%": the cut is the result), nor when a verb of result
    done comes right before the estimate ("saving an estimated $1.2M", "resulting in a projected savings of $12M": the
    result is done, only its size is estimated, as the labelled table reads it)."""
    low = left.lower()
    if not any(stem in low for stem in _PROJECTED_STEMS) or not (hit := _PROJECTED_BEFORE.search(left)):
        return False
    if _NAMES_A_METRIC.search(hit.group()) and any(
            v.classes & {"up", "down", "result"} for v in _verbs(left, 0, hit.start(), reverse=True)):
        return False                                    # "Improved depot forecasting precision by 12%": the word
                                                        # names the metric a verb of change moved (a noun, not a verb)
    before = [_norm(t.group()) for t in _tokens_to(left, hit.start(), 3)]
    if hit.group().lower().startswith("potential"):
        before = before[-1:]                            # "resulting in a potential discrepancy": what may yet happen
    while before and before[-1] in _ARTICLES:
        before.pop()
    if not before:
        return True
    if "down" in _VERB_CLASSES.get(before[-1], frozenset()):
        return False                                    # "cut expected costs by 30%": the cut is the result
    if before[-1] == "by" and (verb := next(_verbs(left, 0, hit.start(), reverse=True), None)) \
            and verb.classes & {"up", "down", "result"} and verb.text.split()[0].lower().endswith(("ed", "ing")):
        return False                                    # "cutting test time by an estimated 30%": a change done
    # "saving an estimated $1.2M annually", "resulting in a projected savings of $12M": a result done, its size estimated
    return not any(_VERB_CLASSES.get(verb, frozenset()) & {"up", "down", "result"} and verb.split()[0].endswith(("ed", "ing"))
                   for verb in (before[-1], " ".join(before[-2:])))


# "built a company from scratch to a robust $4 million enterprise": grown from nothing to a size, a change
_FROM_NOTHING_TO = regex.compile(rf"""(?r)\bfrom\s+(?:scratch|zero|nothing|the\s+ground\s+up)\s+
    (?:(?:[\w-]+\s+){{0,4}}?)                      # "with two partners"
    to\s+(?:(?:a|an)\s+(?:[a-z-]+\s+)?)?{_QUALIFIERS}  # "to a robust" (not "to enable 500")
\Z""", regex.I | regex.X)
# "expanded to 8 global locations", "grew to 40 employees": a verb of increase then "to", right before the number
_UP_TO = regex.compile(rf"\s+to\s+{_QUALIFIERS}", regex.I)
_GREW_TO = frozenset(_cue("grew_to"))
_SHRANK_TO = frozenset(_cue("shrank_to"))
# "Grew the LSN team to 22 employees", "scaled the platform to 10M users": the thing grown between the verb and "to"
# (not a service given to people: "expanded access to 300 families", nor past a preposition or a number)
_OBJECT_TO = regex.compile(rf"""\s+
    (?:(?:the|a|an|our|my|its|their|his|her)\s+)?
    (?P<object>(?:(?!(?:to|from|by|and|or|in|for|with|at|on)\b)[A-Za-z][\w'’&/-]*\s+){{1,3}}?)   # one to three words
    to\s+{_QUALIFIERS}
""", regex.I | regex.X)
_GIVEN = frozenset(_cue("given_to"))


def _grown_to(s: str, near, start: int, left: str) -> bool:
    """A size reached by growth: a verb of increase right before "to" and the number, or before what it grew and "to",
    or "from scratch to"."""
    if "from " in left and _FROM_NOTHING_TO.search(left):
        return True                                     # "from scratch to a robust $4 million enterprise"
    if near is None:
        return False
    verb = _norm(near.text)
    growth = verb in _GREW_TO
    if growth and _UP_TO.fullmatch(s, near.end, start):
        return True                                     # "expanded to 8 global locations"
    shrunk = verb in _SHRANK_TO
    grown = ((growth or shrunk or "up" in near.classes) and verb not in _MULTIPLIERS
             and _OBJECT_TO.fullmatch(s, near.end, start))
    # "grew the LSN team to 22 employees", "reduced the team to 6"; after another verb of increase, a metric named:
    # "improving Lighthouse score to 98" (not "improved communication to 300 staff"); not after a multiplier word
    # ("doubled team to 20": the multiplier is the claim), nor a service given to people ("expanded access to 300")
    return bool(grown and not _GIVEN.intersection(map(_norm, grown["object"].split()))
                and (growth or shrunk or _family_terms(grown["object"])))


def _metric_to(left: str) -> bool:
    """Income brought to a new level: "sales to $200K+", "revenue to over $2M" (not "costs to $250M", nor "companies
    of 2 million in revenue to 10 million": ranges)."""
    end = _before_qualifier(left)
    toks = _tokens_to(left, len(left[:end].rstrip()), 6)
    if not toks or _norm(toks[-1].group()) != "to" or any(t.group()[:1].isdigit() for t in toks):
        return False
    toks = toks[-4:]
    if len(toks) < 2:
        return False
    head = left[toks[0].start():toks[-2].end()].rstrip(_TOKEN_END)
    terms = _family_terms(head)                         # the metric must be the word right before "to"
    return bool(terms) and terms[-1][1] == len(head) and terms[-1][2] in ("revenue", "margin", "market share")


# --- The uptake of something the person made: "a CLI tool used by 40 engineers", "it is being used by 25 faculty" -------
_USED_BY_BEFORE = regex.compile(rf"""(?r)\b
    (?:(?:{_alt(_cue("taken_up"))})   # taken up
       \s+(?:(?:daily|weekly|today|now|widely|internally)\s+)?by    # by whom
     | (?:used|installed|deployed)\s+(?:(?:today|now|widely)\s+)?(?:across|in|at|on)   # where: "deployed across 30+ hotels"
    )\s+
    (?:{_QUALIFIERS}[0-9][0-9,.]*[kKmM]?\+?\s+     # a first count before this one: "30+ hotels and over", "by
       (?:[\w-]+\s+){{1,3}}?(?:and|or|across|in)\s+)?  # ~250 clerks across ~30 depots" (where they took it up)
    {_QUALIFIERS}
\Z""", regex.I | regex.X)
_TAKEN_UP = tuple(sorted({w[:5] for w in _cue("taken_up")}))   # a substring test first: each verb's first letters
_MADE = frozenset(_cue("made"))
# "drove expansion across 30+ countries", "partnerships with 12 vendors": what was gained, counted (C3)
_GAIN_BEFORE = regex.compile(rf"""(?r)\b(?:{_alt(_cue("gain_nouns"))})
    \s+(?:across|into|to|with|in)\s+(?:the\s+|over\s+)?{_QUALIFIERS}\Z""", regex.I | regex.X)
_OWN_VERB = regex.compile(r"(?:deployed|installed)\s+(?:(?:today|now|widely)\s+)?(?:across|in|at|on)\b", regex.I)
_SUBJECT_PRONOUN = regex.compile(r"\b(?:it|this|they|these)\s+(?:is|are|was|were|has|have)\b", regex.I)
# "Today used by 9 clinics; ...": the clause opens on its uptake, its subject (what the person made) left unsaid
_ADVERBS_ONLY = regex.compile(rf"[\W_]*(?:(?:{_in_order(_cue('adverbs_only'))})[\W_]+)*", regex.I)


def _gained(left: str) -> bool:
    """Whether a count follows a noun of reach gained ("expansion across 30+ countries"): markets or partners won."""
    return _GAIN_BEFORE.search(left) is not None


def _uptake(s: str, cstart: int, start: int, left: str) -> bool:
    """Whether a count after "used by" / "adopted by" / "deployed across" counts the people or places that took up
    what the person made (an audience gained, an outcome), as the adjudicated rule reads "a template used by 25
    faculty": a verb of making before it in the clause, a pronoun standing for it ("it is being used by"), or nothing
    but an adverb ("Today used by 9 clinics"). Users of a system the person supports, or of the employer's product, stay
    scope."""
    tail = left[-70:].lower()
    used = _USED_BY_BEFORE.search(left) if any(w in tail for w in _TAKEN_UP) else None
    if used is None:
        return False
    head = s[cstart:start - len(left) + used.start()]
    if _ADVERBS_ONLY.fullmatch(head) and not _OWN_VERB.match(used.group()):
        return True                                     # "Today used by 9 clinics", but "Deployed across four
                                                        # countries" is the person's own verb: the reach of their work
    return bool(_MADE.intersection(map(_norm, head.split())) or _SUBJECT_PRONOUN.search(head))
