"""Cues of a rank, a place or a prize won: "#1 of 8", "top 5%", "2nd place", "3-time winner", "one of only 13
chosen", "rated 4.9/5", "Employee of the Month x3"."""
from __future__ import annotations

import regex

from ..vocabulary import key
from .verbs import _VERB_CLASSES
from .vocab import _cue, _V
from .words import _after, _norm, _tokens_to

# --- A rank or a place, named after the number: "#1 performer", "2nd place", "#1 in the region" ----------------
_RANK_AFTER = _after(_V["nouns"]["rank"], 3, r"[\s-]*")               # performer, producer, seller
_PLACE_AFTER = regex.compile(r"""
      ^\s*(?:place|position|prize|runner[\s-]up|overall|percentile)\b # "2nd place", "3rd overall", "95th percentile"
    | ^\s*(?:most|best)\b                                             # "2nd most", "3rd best"
""", regex.I | regex.X)
# "#1 Sales Manager", "Top 1 Mortgage originator", "#2 producer": a place held among people, named by an agent noun
_AGENT_AFTER = regex.compile(r"""^[\s-]*
    (?:[A-Za-z][\w'’&/-]*\s+){0,3}?                 # up to three words before the head: "Sales", "Mortgage Loan"
    (?P<head>[A-Za-z]{3,}(?:er|or|ist|ant|ian)s?)\b  # a person who does: manager, originator, analyst, consultant
""", regex.X)
_NOT_AGENTS = frozenset(_cue("not_agents"))


def _among_people(right: str) -> bool:
    """Whether a rank is followed by the people it is held among ("#1 Sales Manager"), not things ("top 10 retailers")."""
    m = _AGENT_AFTER.match(right)
    return m is not None and m["head"].lower() not in _NOT_AGENTS


_RANK_LIST_AFTER = _after(_V["nouns"]["rank_list"], 0)               # "one of the 50 fastest growing"
# "#1 in the region", "No. 1 among 40 reps": a rank held somewhere; "the #1 priority" is no rank won
_RANK_WHERE_AFTER = regex.compile(r"^\s*(?:in|among|across|nationally|nationwide|worldwide|overall)\b", regex.I)
# "1 of top 4 agents"
_OF_TOP_AFTER = regex.compile(r"^\s*of\s+(?:the\s+)?top\b", regex.I)
# "ranked in the top 5%", "graduated top 10", "GPA: Top 5% of class": a place held. But after any other verb
# ("identified top 10 use cases", "retaining the top 5% of staff") the top N are things or people handled.
_TOP_LEADS = frozenset(_cue("top_leads"))
_TOP_SKIP = frozenset(("the", "a", "an"))

# --- A prize won: "3 awards", "winner of three Silver Anvils", "3 years in a row" ---------------------------------
_PRIZE_AFTER = _after(_V["nouns"]["prize"], 4, r"[\s-]*")
_PRIZE_REPEAT_AFTER = _after(_V["nouns"]["prize_repeat"], 0, r"[\s-]*")
_PRIZE_WORDS = frozenset(key(w) for w in _V["nouns"]["prize"] if " " not in w)


def _prize_named(s: str, cstart: int, cend: int) -> bool:
    """Whether the clause s[cstart:cend] names a prize in one word ("award", "medal")."""
    return bool(_PRIZE_WORDS.intersection(map(_norm, s[cstart:cend].split())))


_PRIZE_BEFORE = regex.compile(r"(?r)\b(?:winner\s+of|recipient\s+of|awarded|won)\s+\Z", regex.I)
# "X of the Year" (Month, Quarter) is a title won: "3 administrative employee of the year awards", "2x Rookie of the Year"
# (not a unit's number: "20 CRS Maintenance Professional of the Year")
_OF_THE_YEAR_AFTER = regex.compile(r"""^[\s-]*
    (?![A-Z]{2,}\b)                                 # not a unit's acronym ("20 CRS ...")
    (?:[\w'’/-]+\s+){1,3}?                          # the title: "administrative employee"
    (?i:of\s+the\s+(?:year|month|quarter))\b
""", regex.X)
_OF_THE_YEAR_BEFORE = regex.compile(r"(?r)\bof\s+the\s+(?:year|month|quarter)\s*\(?\s*[xX]?\s*\Z", regex.I)
# "Airman of the Year (X2)", "Employee of the Month x3": how many times a title was won
_TIMES_WON_BEFORE = regex.compile(r"""(?r)(?:
      \(                                            # "(X2)"
    | \bof\s+the\s+(?:year|month|quarter)\s         # "of the Month x3"
)[xX]\s?\Z""", regex.I | regex.X)

# "exceeded margins by 40% annually for 2 years", "hit quota every quarter for 3 years": a result repeated each period,
# for N periods (the duration itself is checked by the caller)
_EVERY_PERIOD_BEFORE = regex.compile(r"""(?r)\b(?:
      annually | yearly | quarterly | monthly
    | (?:each|every)\s+(?:year|quarter|month)
)\s+for\s+(?:the\s+(?:past\s+|last\s+)?)?\Z""", regex.I | regex.X)

# --- Chosen among few: "one of only 13 students chosen", "(500+ applied; 24 selected)" -----------------------------
_FEW_BEFORE = regex.compile(r"(?r)\bone\s+of\s+(?P<only>(?:only|just)\s+)?(?:the\s+)?\Z", regex.I)
_CHOSEN_AFTER = regex.compile(r"""
    ^[^•.;]{0,60}?\b(?:chosen|selected|picked|invited|accepted|admitted|nominated|honou?red|recognized|recognised
                    |to\s+(?:receive|earn|win|achieve|be\s+(?:chosen|selected|named|awarded|recognized)))\b
""", regex.I | regex.X)
_SELECTED_AFTER = regex.compile(r"""^
    (?P<words>\s*(?:were\s+|was\s+)?(?:selected|chosen|accepted|admitted))   # "24 selected"
    \s*(?:[).,;]|$)                                                          # and nothing more
""", regex.I | regex.X)

# --- A score or a place out of a whole: "Ranked 29/75", "rated 4.98/5 stars", "a rating of 9.80" ------------------
_OUT_OF_AFTER = regex.compile(r"^\s?/\s?[0-9]")
_RATED_BEFORE = regex.compile(r"""(?r)\b
    (?:ranked|ranking|rated|rating|scored|score\s+of)\s+(?:of\s+|at\s+|as\s+)?
\Z""", regex.I | regex.X)
_RATING_BEFORE = regex.compile(r"(?r)\b(?:rating|score)\s+(?:of\s+)?\Z", regex.I)
# "a 4.0 student growth rating" (not "a rate of": the rate's own number follows)
_RATING_AFTER = regex.compile(r"""^\+?\s*
    (?:[\w-]+\s+){0,2}?(?:rating|rate|score)\b      # up to two words, then the rating
    (?!\s+(?:of|at)\b)
""", regex.I | regex.X)

def _in_the_top(left: str) -> bool:
    """Whether "top N" after these words is a place held, not a selection of things."""
    toks = _tokens_to(left, len(left.rstrip()), 2)
    words = [_norm(t.group()) for t in toks]
    while words and words[-1] in _TOP_SKIP:
        words.pop()
    if not words:
        return True
    word = words[-1]
    if word in _TOP_LEADS or _VERB_CLASSES.get(word, frozenset()) & {"rank", "level", "result", "up"}:
        return True
    return not (word in _VERB_CLASSES or word.endswith(("ed", "ing")))
