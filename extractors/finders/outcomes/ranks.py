"""Cues of a rank, a place or a prize won: "#1 of 8", "top 5%", "2nd place", "3-time winner", "one of only 13
chosen", "rated 4.9/5", "Employee of the Month x3"."""
from __future__ import annotations

import regex

from ..vocabulary import alternation, key
from .magnitudes import _ORDINAL_WORDS
from .qualifiers import _QUALIFIERS
from .verbs import _VERB_CLASSES
from .vocab import _alt, _cue, _V
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


_PEOPLE_AFTER = _after(_cue("rank_people"), 3, r"[\s-]*")                 # "top 5 students", "top 3 agents"
# "23rd ... Programming Contest", "Top 3: Spring Hackathon": the event a place was won in, a few words on (not an
# edition: "the 2nd annual coding contest")
_CONTEST_AFTER = regex.compile(rf"""^[ \t]*:?[ \t]*
    (?!(?:{_alt(_cue("contest_periods"))})\b)          # a period or an edition: "2nd Semester Team Contest"
    (?:[\w.'’&/-]+[ \t]+){{0,6}}?(?:{_alt(_cue("contests"))})\b
""", regex.I | regex.X)


def _among_people(right: str) -> bool:
    """Whether a rank is followed by the people it is held among ("#1 Sales Manager", "top 5 students"), not things
    ("top 10 retailers")."""
    m = _AGENT_AFTER.match(right)
    return (m is not None and m["head"].lower() not in _NOT_AGENTS) or _PEOPLE_AFTER.match(right) is not None


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


# A count a verb of winning reaches through "at/in", then events a few words on: "won culinary prizes at 2 local
# festivals" counts honours won (C8)
_WON_AT_AFTER = regex.compile(rf"^[ \t]+(?:[\w.'’&/-]+[ \t]+){{0,4}}?(?:{_alt(_cue('won_at'))})\b", regex.I)
_WINNING = frozenset(("won", "win", "wins", "winning"))
_AT_OR_IN = regex.compile(r"(?r)\b(?:at|in)\s+\Z", regex.I)


def _won_at_events(s: str, verb, start: int, right: str) -> bool:
    """Whether the count at `start` counts events the person won at: a verb of winning before it in its clause and
    "at" or "in" right before it ("won awards at 4 trade shows")."""
    return verb is not None and _norm(verb.text) in _WINNING and _AT_OR_IN.search(s, verb.end, start) is not None \
        and _WON_AT_AFTER.match(right) is not None


# A verb of an honour won right before a number of times: "promoted twice", "re-elected 3 times" (C8)
_HONOURED_BEFORE = regex.compile(rf"(?r)\b(?:{_alt(_cue('honoured'))})\s+\Z", regex.I)
_PRIZE_BEFORE = regex.compile(r"(?r)\b(?:winner\s+of|recipient\s+of|awarded|won)\s+\Z", regex.I)
# "X of the Year" (Month, Quarter) is a title won: "3 administrative employee of the year awards", "2x Rookie of the Year"
# (not a unit's number: "20 CRS Maintenance Professional of the Year")
_OF_THE_YEAR_AFTER = regex.compile(r"""^[\s-]*
    (?![A-Z]{2,}\b)                                 # not a unit's acronym ("20 CRS ...")
    (?:[\w'’/-]+\s+){1,3}?                          # the title: "administrative employee"
    (?i:of\s+the\s+(?:year|month|quarter))\b
""", regex.X)
_OF_THE_YEAR_BEFORE = regex.compile(r"(?r)\bof\s+the\s+(?:year|month|quarter)\s*\(?\s*[xX]?\s*\Z", regex.I)
# "Airman of the Year (X2)", "Employee of the Month x3", "Honor Roll x3", "Service Medal (3)": how many times a title
# or an honour was won (C8)
_TIMES_WON_BEFORE = regex.compile(r"""(?r)(?:
    (?:
          \(                                        # "(X2)"
        | \([^()\n]{1,30},\s*                        # "(Silver, x2)"
        | \bof\s+the\s+(?:year|month|quarter)\s     # "of the Month x3"
        | \b(?:list|roll|awards?|medals?|winner|champion)[\s,]\s*    # "Dean's List x3", "Honor Roll x3"
    )[xX]\s?
    | \b(?:awards?|medals?|ribbons?|commendations?|trophy|trophies|prizes?)\s*\(\s*     # "Service Medal (3)"
)\Z""", regex.I | regex.X)

# "exceeded margins by 40% annually for 2 years", "hit quota every quarter for 3 years": a result repeated each period,
# for N periods (the duration itself is checked by the caller)
_EVERY_PERIOD_BEFORE = regex.compile(r"""(?r)\b(?:
      annually | yearly | quarterly | monthly
    | (?:each|every)\s+(?:year|quarter|month)
)\s+for\s+(?:the\s+(?:past\s+|last\s+)?)?\Z""", regex.I | regex.X)

# --- Chosen among few: "one of only 13 students chosen", "(500+ applied; 24 selected)" -----------------------------
_FEW_BEFORE = regex.compile(r"(?r)\b(?:one|1)\s+of\s+(?P<only>(?:only|just)\s+)?(?:the\s+)?\Z", regex.I)
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
    (?:ranked|ranking|rated|rating|scored|score\s+of)(?:\s*:)?\s+(?:of\s+|at\s+|as\s+)?   # "Student feedback rating: 4.6 out of 5"
\Z""", regex.I | regex.X)
# "State Rank 42", "Class Rank: 12 of 118": a place named by the word "rank" right before it
_RANK_WORD_BEFORE = regex.compile(r"(?r)\brank(?:\s*:)?\s+\Z", regex.I)
_RATING_BEFORE = regex.compile(r"(?r)\b(?:rating(?:\s*:)?|score)\s+(?:of\s+)?\Z", regex.I)    # "Rating: 6.7"
# "a 4.0 student growth rating" (not "a rate of": the rate's own number follows)
_RATING_AFTER = regex.compile(r"""^\+?\s*
    (?:[\w-]+\s+|\*\s*){0,2}?(?:rating|rate|score)\b    # up to two words or a star ("4.5 ★ rating"), then the rating
    (?!\s+(?:of|at)\b)
""", regex.I | regex.X)


def _rating_after(right: str) -> regex.Match | None:
    """_RATING_AFTER's match, asked only of a text that holds "rat" or "core" (most do not: no regex call)."""
    low = right.lower()
    return _RATING_AFTER.match(right) if "rat" in low or "core" in low else None


# --- A score out of a scale: "reaching 5/5 guest satisfaction", "earned a 9/10 rating" -----------------------------
# A whole number over 5, 10 or 100, not above it, rates something when a word of rating follows within two words or
# a verb of a level reached stands right before (an article between); a date ("5/10 - 6/12"), a ratio ("the 90/10
# split") or a grade line ("Physics: 81/100") has neither.
_SCALE_AFTER = regex.compile(r"^\s?/\s?(?P<scale>5|10|100)\b(?![/.,]?[0-9])")
_RATED_THING_AFTER = _after(_cue("rated_things"), 2)
_ARTICLES = frozenset({"a", "an", "the"})


def _score_out_of(left: str, right: str, value: float) -> bool:
    """Whether a whole number followed by "/5", "/10" or "/100" is a score reached on that scale."""
    scale = _SCALE_AFTER.match(right)
    if not scale or value > int(scale["scale"]) or value != int(value):
        return False
    if _RATED_THING_AFTER.match(right[scale.end():]):
        return True
    words = [_norm(t.group()) for t in _tokens_to(left, len(left.rstrip()), 2)]
    if words and words[-1] in _ARTICLES:
        words.pop()
    return bool(words) and "level" in _VERB_CLASSES.get(words[-1], frozenset())

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


# --- The whole a rank is out of: "ranked 3rd out of 37 centers", "top 10 of 100+ consultants" --------------------
# A count after "out of", "among" or (after a rank number) "of", or after "from" once a choice is named ("selected
# from 150+ applicants"): the pool the person was ranked or chosen among.
_POOL_BEFORE = regex.compile(rf"""(?r)(?:
      \bout\s+of | \bamong(?:st)?                   # "out of 18 representatives", "among 82 reps"
    | (?P<ranked>\btop[\s-]+[0-9]+\s?%? | \#\s?[0-9]+ | \b[0-9]+(?:st|nd|rd|th))\s+of   # "top 10 of 100+", "#2 of 40"
    | (?P<ranked>\b(?:{_ORDINAL_WORDS}|[0-9]+(?:st|nd|rd|th))\s+(?:place|position))\s+of  # "second place of 40 teams"
    | (?P<across>\bacross)                           # "highest-volume contributor across 100+ engineers"
    | (?P<chosen>\b(?:selected|chosen|picked|accepted|admitted))\b[^.•(]{{0,40}}?\bfrom    # "selected from 150+"
)\s+(?:the\s+|a\s+|an\s+)?{_QUALIFIERS}\Z""", regex.I | regex.X)
# "across" names a pool only right after a person ranked by a superlative: "Highest-volume contributor across 100+
# engineers", "top performer across 12 regions' reps" (not "led the top team across 5 regions": no person ranked)
_RANKED_PERSON_BEFORE = regex.compile(r"""(?r)
    (?:\btop | \bbest | \bhighest | \bleading | \bmost | \blargest | \bbiggest | \bfastest
      | \#\s?1 | \bnumber\s+one | \bno\.\s?1)(?![0-9])   # a superlative or the first place
    [\w'’-]*(?:[\s-]+[\w'’-]+){0,2}?\s+                # up to two words more: "-volume", "individual"
    (?P<head>[A-Za-z]{3,}(?:er|or|ist|ant|ian))\s+    # the person: contributor, performer, analyst
\Z""", regex.I | regex.X)
# What makes the clause a rank or a choice won: a rank word or number, a prize, a choice
_RANK_CLAIM = regex.compile(r"""\b(?:
      rank(?:ed|ing)? | rated | top | best | most | highest | number\s+one
    | selected | chosen | picked | named | voted | valedictorian | awarded | award | winner | won
)\b | \#\s?[0-9]""", regex.I | regex.X)
# A number in the rank claim itself ("top 10", "3rd", "#1", "one of eight"): then the pool is not the claim's number.
# The words are the vocabulary's (data/metrics.json): a number word of one word and no plural ("one", "twelve"), an ordinal.
_NUMBER_IN_CLAIM = regex.compile(rf"""[0-9] | \b(?:{alternation(w for w, v in _V["numbers"]["words"].items()
                                                   if v >= 1 and " " not in w and not w.endswith("s"))}
    |{_ORDINAL_WORDS})\b""", regex.I | regex.X)


_POOL_WORDS = ("out of", "among", " of", "from", "across")     # every branch of _POOL_BEFORE holds one


def _rank_pool(s: str, cstart: int, start: int, left: str) -> str | None:
    """Whether a count is the pool a rank or a choice was won among, and then how to read it: "outcome" when the rank
    claim has no number of its own ("ranked most effective ... out of 18"), "neither" when it has ("ranked 3rd out of
    37 centers": 3rd is the claim, 37 the whole), None when the count is no pool."""
    tail = left[-70:].lower()
    if not any(word in tail for word in _POOL_WORDS):
        return None                                      # a substring test first: most counts have no pool word before
    pool = _POOL_BEFORE.search(left)
    if pool is None:
        return None
    if pool["ranked"]:
        return "neither"
    head = s[cstart:start - len(left) + pool.start()]
    if pool["across"] and not ((person := _RANKED_PERSON_BEFORE.search(head)) and person["head"].lower() not in _NOT_AGENTS):
        return None
    if not (pool["chosen"] or _RANK_CLAIM.search(head)):
        return None
    # the claim's own number may stand before the pool or inside the choice: "selected 16 projects from 48 finalists"
    return "neither" if _NUMBER_IN_CLAIM.search(s, cstart, start - len(left) + pool.end()) else "outcome"


# --- A title held for N periods: "Top seller of the month for 3 months in a row", "Top Investment Referrer for three
# years": the title won N times over (not a level kept for N years: "maintained 98% satisfaction for 3 years")
_FOR_PERIODS_BEFORE = regex.compile(r"""(?r)(?:
      \bfor\s+(?:the\s+)?(?:past\s+|last\s+)?       # "for (the past) 3 years"
    | [(:]\s*                                       # "Deans List (6 semesters)", "awardee: 4 consecutive quarters"
)\Z""", regex.I | regex.X)
_PERIODS_AFTER = regex.compile(r"""^[\s-]*
    (?:consecutive\s+|straight\s+)?(?:years?|months?|quarters?|weeks?|seasons?|semesters?)\b
    (?!\s+(?:of|with|at)\b|\s+in\s+(?!a\s+row\b))   # not "22 years of dedication", "5 years with the firm"
""", regex.I | regex.X)
_TITLE_NAMED = regex.compile(r"""\b(?:
      top(?![-\w]) | best | \#\s?1(?![0-9]) | number\s+one | no\.\s?1(?![0-9])
    | (?:employee|seller|salesperson|manager|rep|representative|agent|associate|player)\s+of\s+the\s+(?:year|month|quarter)
    | (?:dean|president|chancellor|provost)'?s?'?\s+(?:list|honou?r\s+roll) | honou?r\s+roll    # "Dean's List"
)""", regex.I | regex.X)


_PRIZE_NOUN = regex.compile(r"\b(?:award|winner|champion|medal|trophy|prize|president'?s\s+club)\b", regex.I)
_DIGIT = regex.compile(r"[0-9]")


# A title named right before a count ("Dean's List - 2 quarters", "Dean's list 3 quarters")
_TITLE_JUST_BEFORE = regex.compile(rf"(?r)(?:{_TITLE_NAMED.pattern})[ \t]*[-–—:(]?[ \t]*\Z", regex.I | regex.X)


def _title_held_for(s: str, cstart: int, start: int, left: str, right: str) -> bool:
    """Whether a count of periods ("for 3 months in a row", "Dean's List - 2 quarters") tells how many times a title
    named before it, the clause's only number or right before it, was won (C8)."""
    return bool(_PERIODS_AFTER.match(right) and (_TITLE_JUST_BEFORE.search(left) or _FOR_PERIODS_BEFORE.search(left)
                and not _DIGIT.search(s, cstart, start)    # "a grant, initially $1.2M for 3 years": the grant's term
                and (_TITLE_NAMED.search(s, cstart, start) or _PRIZE_NOUN.search(s, cstart, start))))


def _title_named(s: str, cstart: int, start: int) -> bool:
    """Whether a title held ("Dean's List", "Employee of the Month", "#1") is named in s[cstart:start]."""
    return _TITLE_NAMED.search(s, cstart, start) is not None
