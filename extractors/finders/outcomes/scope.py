"""Cues of scope, the size of what someone was trusted with: "team of 12", "a $5M budget", "100 permits per
year", "a 520 unit property", a team grown ("grew the team to 9 engineers"); the volume of their own work ("wrote 11
letters", "800+ unit tests"); and where or for whom a verb acted ("in two countries")."""
from __future__ import annotations

import regex

from ..vocabulary import alternation, key
from .limits import _FLAGS
from .qualifiers import _QUALIFIER_BEFORE, _QUALIFIERS
from .verbs import _VERB_CLASSES, _verbs
from .vocab import _alt, _cue, _GAP_STOP, _in_order, _V
from .words import _after, _Hit, _norm, _Phrases, _remember_last, _Remembering, _tokens_to

# --- A cue right before the number: "team of 12", "budget of $2M", "worth over $65M" ---------------------
_SCOPE_PHRASE_BEFORE = _Phrases(_V["scope"]["before"], trail=" \t\n:=")
_ARTICLES = _Phrases(["a", "an"])


class _ScopeBefore(_Remembering):
    """A scope cue right before the number, past a qualifier and an article: "team of (about) 12", "budget of $2M"."""

    @_remember_last
    def search(self, left: str) -> _Hit | None:
        end = len(left.rstrip(" \t<>≥≤="))           # "Team size: >12": a sign of comparison is no word
        for skip in (None, _ARTICLES, _QUALIFIER_BEFORE):
            hit = skip.search(left[:end]) if skip else None
            if hit:
                end = hit.start()
            cue = _SCOPE_PHRASE_BEFORE.search(left[:end])
            if cue:
                return cue
        return None


_SCOPE_BEFORE = _ScopeBefore()
# Scope cues that are only qualifiers: a verb of change before them still makes an outcome.
_WEAK_SCOPE_CUE = regex.compile(r"""^\s*(?:
      up\s+to | in\s+excess\s+of                    # "increased sales up to $15,000"
    | an?\s+average\s+of | average\s+of             # "grew revenue an average of 20%"
    | range\s+of | ranging\s+from                   # a range
)\b""", regex.I | regex.X)
_SCOPE_NOUN_BEFORE = _Phrases(_V["scope"]["nouns"])


def _scope_field(left: str) -> bool:
    """A field of a résumé's fact box right before the number, a scope noun and a colon: "Staff: >900",
    "Members: 2,400", "Stores: 40" (the size of what the person worked within or ran)."""
    head = left.rstrip(" \t<>≥≤=~")
    return head.endswith(":") and _SCOPE_NOUN_BEFORE.search(head[:-1]) is not None

# --- The noun a count counts, after it: "12 engineers", "$5M budget" ------------------------------------
# "6 residential and commercial buildings": an "and" may stand between a count and its noun.
_SCOPE_NOUN_AFTER = _Phrases(_V["scope"]["nouns"], gap=3, lead=r"[\s\-\]\)]*(?:plus\s+|\+\s*)?",
                             gap_stop=_GAP_STOP - {"and", "or"})
# "a 520 unit property", "a 2.5 million record dataset": a scope noun in the singular, describing the noun after it
_SCOPE_SINGULAR = _Phrases(_V["scope"]["compound"], lead=r"[ \t]*")
# A verb of making or doing right before a count (an article or a qualifier between): the count is its object, the
# person's own work counted (C1: "wrote 11 letters", "constructed two barns", "designed over 30 fixtures")
_OWN_WORK_BEFORE = regex.compile(
    rf"(?r)(?<![\w'-])(?:{_alt(_cue('own_work'))})\s+(?:(?:a|an|the|all)\s+)?{_QUALIFIERS}\Z", regex.I)
# A team a verb of growth acts on, its head word right before the change ("grew the team by", "scaled the design team
# 300%", "expanded team size fivefold"; not "team productivity by 30%"), and people a team is counted in, after the
# number ("grew to 9 engineers", "from 40 to 180 employees"): a team's size is scope, stated as a growth too (C5)
_TEAM_HEAD = rf"""^\s+(?:(?:the|our|my|his|her|their|its|a|an)\s+)?
    (?:(?!(?:for|of|in|on|at|with|across|to|by|from|and|or)\b)[\w&/-]+\s+){{0,3}}?   # up to three words, no preposition
    (?:{_alt(_cue('team'))})(?:\s+size)?"""
_TEAM_ACTED_ON = regex.compile(rf"{_TEAM_HEAD}\s*(?:(?:by|from|to|of|at)\s+)?{_QUALIFIERS}\Z", regex.I | regex.X)
_TEAM_NEXT = regex.compile(rf"{_TEAM_HEAD}(?=\s*(?:$|[,;(]|(?:by|from|to|in|within|over|while|as|at)\b))",
                           regex.I | regex.X)
_TEAM_PEOPLE_AFTER = regex.compile(
    rf"^\+?(?:-?plus)?\s+(?:new\s+)?(?:[\w&/-]+\s+)?(?:{_alt(_cue('team_people'))})(?![\w'])", regex.I)
# Things a person makes, counted: the volume of their own work (C1: "built 30 models", "all 6 control panels")
_MADE_THINGS_AFTER = _Phrases(_V["scope"]["made_things"], gap=3, lead=r"[\s-]*(?:plus\s+|\+\s*)?")
_THEN_WORD = regex.compile(r"""^[\s,]+
    (?:[a-z][\w-]*\s+)?                             # at most one lower-case word ("two building high-rise")
    [a-z]                                           # then the noun the singular describes
""", regex.X)
# Nouns a verb of result wins rather than handles: "acquired 22 new clients", "added 300 customers".
_GAINABLE = frozenset(key(w) for w in _V["scope"]["gainable"])
_MONEY_NOUN_AFTER = _after(_V["scope"]["money_nouns"], 3, r"[\s-]*(?:(?:in|of)\s+)?")
# "a 100,000 square foot operation", "50,000 SF", "a 24-acre park": the size of a place, not a length
_AREA_AFTER = regex.compile(r"""^[\s-]*(?:
      (?:square|sq\.?)[\s-]*(?:foot|feet|ft\.?|meters?|metres?|m|yards?|miles?)   # square feet, sq. m
    | sf | sqft | acres? | hectares?
)(?![\w])""", regex.I | regex.X)
# "over 3TB of files stored on S3", "2 PB of data", "500 GB of logs a day": a volume of data handled (not "64GB RAM",
# a machine's spec; a change in it, "cut storage by 2TB", is read before)
_DATA_SIZE_AFTER = regex.compile(rf"""^\s?
    (?P<unit>[kmgtpe]b|(?:kilo|mega|giga|tera|peta|exa)bytes?)  # the unit: TB, terabytes
    \s+of\s+(?P<noun>(?:[\w-]+\s+){{0,2}}?           # "of (raw sensor)"
    (?:{_alt(_cue("data_nouns"))}))\b               # what it counts: data, files, logs
""", regex.I | regex.X)
# "developing 100 permits per year", "replacing 40 PCs each quarter": a volume handled per period is a size
_PER_PERIOD_NOUN_AFTER = regex.compile(r"""^\+?\s*
    (?:or\s+more\s+|plus\s+)?                      # a bound: "15 or more boards a week"
    (?P<noun>(?:[\w'’/-]+\s+){1,3}?)                # the thing handled, one to three words
    (?:per|a|an|each|every)\s+(?:hour|day|week|month|quarter|year|shift|semester|season|night|weekend)\b
""", _FLAGS)
# "1,500 weekly customer questions", "400-800 daily patrons": a count of things handled in each period, a volume (scope)
_PERIOD_ADJECTIVE_AFTER = regex.compile(rf"^\+?[ \t]*(?:{_in_order(_cue('period_adjectives'))})[ \t]+(?!basis\b)[a-z]",
                                         regex.I)
# "20 new clients": something new after the count (won, if a verb of result comes before)
_NEW_BEFORE_NOUN = regex.compile(r"^\+?\s*(?:\w+\s+)?new\s", regex.IGNORECASE)

# "retention of this $18,000,000 book of business", "the launch of a $2M program": money that sizes a thing named,
# after "of" and a determiner, whatever verb came before
_OF_A_BEFORE = regex.compile(r"(?r)\bof\s+(?:this|the|a|an|our|my|his|her|their)\s+\Z", regex.I)

# "contributed to 60% of the software component automation", "handled 40% of all inbound calls": a share of the work
# done, the size of what the person handled (whether it is a result is read from the metric after it)
_SHARE_OF_WORK = regex.compile(rf"""(?r)\b
    (?:{_alt(_cue("share_of_work"))})                # contributed to, handled, performed, ...
    \s+{_QUALIFIERS}                                 # "about", "over", ...
\Z""", regex.I | regex.X)
_OF_THE_WORK = regex.compile(r"^\s*of\s+(?:the|all|our|its|their)\s", regex.I)
# "100% accountable for the payroll run", "held 100% ownership of the release train": the share of the work held, a size (in lower
# case: "Quota Attainment - 240% Responsible for ..." starts another line)
_SHARE_HELD_AFTER = regex.compile(r"^[ \t]*(?:responsible|accountable|ownership|in[ \t]+charge)\b")

# --- Sizes that are not the person's: the clients', the class a rank is out of --------------------------
# "businesses with annual gross sales up to $25MM", "institutions with total assets ranging from $100 million",
# "companies of 2 million in revenue": the size of the clients served, not of anything the person handled
_CLIENT_SIZE_BEFORE = regex.compile(rf"""(?r)\b(?:{_alt(_cue("clients"))})
    \s+(?:with|of)\s+(?:(?:annual|gross|total|sales|revenues?|assets|ranging|from|up|to|between|over|under|in|excess|of|and
            |\$?[0-9][0-9.,]*|million|billion|thousand)\s+){{0,8}}\Z""", _FLAGS)
# "graduated top 10 in Class of 500": the whole a rank is out of
_IN_A_CLASS_BEFORE = regex.compile(r"""(?r)\b
    (?:in|of)\s+(?:a\s+|the\s+|my\s+|his\s+|her\s+)?(?:graduating\s+)?class\s+of\s+
\Z""", regex.I | regex.X)
# "ranked in top 5% of global sales team of 322", "#2 of a sales force of 40": the people a rank is held among
_RANKED_AMONG_BEFORE = regex.compile(r"""(?r)
    (?:\btop\s+[0-9]+\s?%?|\#\s?[0-9]+|\branked\b)     # a rank
    \s+(?:of|in|among|within)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?
    (?:[\w-]+\s+){0,3}?                            # "global sales"
    (?:team|teams|group|force|staff|class|peers|reps|representatives)\s+of\s+
\Z""", regex.I | regex.X)

# --- Shapes around a count that say it is no size ------------------------------------------------------
# "... in Tokyo 95", "with TensorFlow 2", "Vue.js 3": a name's number (a place's, a product's version)
_NAME_LEFT = regex.compile(r"""(?r)(?<=[a-z,]\s+)(?:
      [A-Z][a-z]+                                   # a capitalised word: "Tokyo"
    | [A-Z][a-z]+[A-Z][A-Za-z]*                     # a CamelCase name: "TensorFlow", "PyTorch", "JavaScript"
    | [A-Z][A-Za-z]*\.(?:js|JS|io|NET|net)          # "Vue.js", "Socket.io"
)\s+\Z""", regex.X)
_CAPITAL_GAP = regex.compile(r"\s[A-Z][a-z]+ed\b")     # "staff of 25 Initiated program": a new sentence
_COMPOUND_AFTER = regex.compile(r"^-[A-Za-z]")        # "a 12-factor architecture": the number describes a noun
_WORD_AFTER = regex.compile(r"^\+?[\s-]*[^\W\d_]")     # a word follows ("21." ends a list item: no count)

# "product pages receiving 40k+ monthly visits", "a site getting 2M page views a month": a participle right after the
# thing it describes tells that thing's traffic, the size of what the person worked on, not an audience they won
# (not "and receiving 40 referrals", "I was receiving": a verb of the person's own after a conjunction or a pronoun)
_TRAFFIC_OF_A_THING = regex.compile(rf"""(?r)
    (?<![\w'’])(?!(?:and|or|while|by|also|then|i|we|was|were|is|are|am|been)\b)[a-z][\w-]*   # the thing: "pages"
    \s+(?:receiving|getting|serving|handling|drawing|averaging)\s+{_QUALIFIERS}            # its traffic
\Z""", regex.X)

# --- Where or for whom the verb acted: "in two countries", "for 3 of 4 divisions" --------------------------
_WHERE = _cue("where")
_PREPOSITION_BEFORE = regex.compile(rf"""(?r)(?<![\w'])
    (?:{_alt(_WHERE)})\s+                           # in, across, at, for, among, ...
    (?:the\s+|all\s+|over\s+|about\s+|nearly\s+|approximately\s+)?
\Z""", regex.I | regex.X)
# "brought in 21 new client accounts": "in" ends a verb of the vocabulary here, it is no preposition
_PARTICLE_BEFORE = regex.compile(rf"""(?r)\b
    (?:{alternation(v for v in _VERB_CLASSES if v.split()[-1] in _WHERE)})\s+    # brought in, responsible for
    (?:the\s+|all\s+|over\s+|about\s+|nearly\s+|approximately\s+)?
\Z""", regex.I | regex.X)


def _where(left: str) -> bool:
    """A preposition right before the number ("in two countries", "for 3 of 4 divisions"): where or for whom the
    verb acted. Not the particle of a verb of the vocabulary ("brought in 21 new client accounts")."""
    return bool(_PREPOSITION_BEFORE.search(left)) and not _PARTICLE_BEFORE.search(left)


# ... the prepositions of that ("for 70 congregations", "in three oil fields"; not "through two acquisitions")
_FOR_WHOM_BEFORE = regex.compile(r"""(?r)(?<![\w'])
    (?:for|in|across|among|at|within|throughout)\s+(?:the\s+|all\s+|over\s+|about\s+|nearly\s+|approximately\s+)?
\Z""", regex.I | regex.X)
# ... and the noun phrase counted, up to its head noun in the plural: "70 congregations", "three Illinois Basin oil
# fields", "seven Provider Health Organization's" (not "2 local food and wine festival", not an acronym: "200K IDs")
_PLURAL_NOUN_AFTER = regex.compile(r"""^\+?\s+
    (?:(?!(?:and|or|of|to|in|for|at|by|with|from|per|on|than)\b)[\w&/-]+\s+){0,3}?   # up to three words before it
    (?![A-Z]{2})[A-Za-z][\w-]*(?<![su]s)(?:s|s'|'s)          # the head, in the plural (not "process", "status")
    (?![\w'])
""", regex.X)


# --- The size of a unit, told by a verb after it: "a consulting firm generating $20M in annual revenues" ------------
_UNITS = frozenset(_cue("units"))
_UNIT_VERBS = frozenset(_cue("unit_verbs"))
_THAT_BEFORE = frozenset(("that", "which"))
_MADE = frozenset(_cue("made"))


def _unit_size(s: str, near, cstart: int) -> bool:
    """Whether the verb nearest the money describes a business or unit named right before it ("firm generating $20M",
    "a division that generated $2B") or a subject of its own ("GEA generates EUR 5.7 billion"; a bullet's verb has
    none): the unit's size, not the person's result, unless a verb of result, growth or making comes before the unit
    ("Established a department generating $450,000", "Built websites that generated $2M in sales")."""
    if near is None or (verb := near.text.lower()) not in _UNIT_VERBS:
        return False
    before = _tokens_to(s, near.start, 2)
    words = [_norm(t.group()) for t in before]
    if verb.endswith("s") and words and s[cstart:near.start].strip():
        return True                                      # "GEA generates revenues of EUR 5.7 billion", "a line that
                                                         # generates $75 million": a subject of its own, not the person
    if words and words[-1].endswith("ly"):              # "web stores that jointly generated": past the adverb
        before = _tokens_to(s, before[-1].start(), 2)
        words = [_norm(t.group()) for t in before]
    if words and words[-1] in _THAT_BEFORE:
        before, words = before[:-1], words[:-1]
    if not words or words[-1] not in _UNITS:
        return False
    head = s[cstart:before[-1].start()]
    return not (any(v.classes & {"up", "result"} for v in _verbs(s, cstart, before[-1].start(), reverse=False))
                or _MADE.intersection(map(_norm, head.split())))     # "Built websites that generated $2M": sales made
