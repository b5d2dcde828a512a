"""The kind of one magnitude within its clause: outcome, scope or neither (None), from the nearest verb, the
cue right before the number and the words right after it."""
from __future__ import annotations

from typing import NamedTuple

import regex

from ..vocabulary import key
from .changes import (
    _aim_or_before, _AUDIENCE_AFTER, _AVERAGED, _BEAT_BEFORE, _brought_in, _CHANGE_BEFORE, _CHANGE_NOUN_AFTER,
    _change_of_after, _CHANGE_UNIT_AFTER, _COMPARATIVE_AFTER, _COUNT_RESULT_AFTER, _DONE_SHARE_AFTER,
    _DONE_SHARE_BEFORE, _down_from_after, _EARLY_AFTER, _gained, _GOAL_AFTER, _goal_named, _GOAL_OF_BEFORE, _GROWN_TO_BEFORE,
    _grant_listed, _grown_to, _IN_REVENUE_AFTER, _INCOME_MADE_AFTER, _KEPT_UNDER_BEFORE, _LEVEL_BEFORE,
    _LEVEL_NOUN_AFTER, _MADE, _metric_level, _metric_to, _MONEY_WORDS, _NEW_INCOME_AFTER, _PERCENT_NEAR,
    _PERIOD_CHANGE_AFTER, _points_changed, _projected, _QUOTA_THEN_RESULT_AFTER, _RAISED_AFTER, _REACHED_AFTER,
    _RECORD_BEFORE, _RESULT_AFTER, _SAVED_FOR, _SHARE_RESULT_AFTER, _SIZED_THING_AFTER, _STARS_AFTER, _TIME_AMOUNT_AFTER,
    _TIME_LEVEL_BEFORE, _UNDER_BUDGET_AFTER, _uptake, _WON_ON_AVERAGE_AFTER, _WON_WORTH_BEFORE,
)
from .magnitudes import _Mag
from .metric import _family_terms
from .neither import (
    _CHOICE_BEFORE, _names_a_version, _NEITHER_AFTER, _OPPORTUNITY_AFTER, _own_grade,
    _PER_PERIOD_AFTER, _PERIOD_BEFORE, _VERSION_LIKE,
)
from .ranks import (
    _among_people, _CHOSEN_AFTER, _CONTEST_AFTER, _EVERY_PERIOD_BEFORE, _FEW_BEFORE, _HONOURED_BEFORE, _in_the_top,
    _OF_THE_YEAR_AFTER, _OF_THE_YEAR_BEFORE, _OF_TOP_AFTER, _OUT_OF_AFTER, _PLACE_AFTER, _PRIZE_AFTER, _PRIZE_BEFORE,
    _prize_named, _PRIZE_REPEAT_AFTER, _RANK_AFTER, _RANK_LIST_AFTER, _rank_pool, _RANK_WHERE_AFTER, _RANK_WORD_BEFORE,
    _RATED_BEFORE, _rating_after, _RATING_BEFORE, _score_out_of, _SELECTED_AFTER, _TIMES_WON_BEFORE, _title_held_for,
    _title_named, _won_at_events,
)
from .scope import (
    _AREA_AFTER, _CLIENT_SIZE_BEFORE, _COMPOUND_AFTER, _DATA_SIZE_AFTER, _FOR_WHOM_BEFORE, _GAINABLE,
    _IN_A_CLASS_BEFORE, _MADE_THINGS_AFTER, _MONEY_NOUN_AFTER, _NAME_LEFT, _NEW_BEFORE_NOUN, _OF_A_BEFORE, _OF_THE_WORK,
    _OWN_WORK_BEFORE, _PER_PERIOD_NOUN_AFTER, _PERIOD_ADJECTIVE_AFTER, _PLURAL_NOUN_AFTER, _RANKED_AMONG_BEFORE,
    _SCOPE_BEFORE, _scope_field, _SCOPE_NOUN_AFTER, _SCOPE_SINGULAR, _SHARE_HELD_AFTER, _SHARE_OF_WORK, _TEAM_ACTED_ON,
    _TEAM_NEXT, _TEAM_PEOPLE_AFTER, _THEN_WORD, _TRAFFIC_OF_A_THING, _unit_size, _WEAK_SCOPE_CUE, _where, _WORD_AFTER,
)
from .verbs import _intent, _nearest_verb, _OUTCOME_CLASSES, _purpose, _required, _Verb
from .vocab import _cue, _FINANCIAL, _GAP_STOP
from .words import _norm

# "twice a day", "3 times per week": a frequency
_FREQUENCY_AFTER = regex.compile(r"^\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|quarter|shift|night|session)\b", regex.I)
# "1 of top 4 agents": the place is the digit before, the top N its pool (the table labels the 1; "one of the top 10
# employers" is the top 10's)
_ONE_OF_BEFORE = regex.compile(r"(?r)\b[0-9]+\s+of\s+(?:the\s+)?\Z", regex.I)
# A capitalised word or a quote right after a number: the name of a role, course or event
_NAMED_AFTER = regex.compile(r"^[ \t]+(?:[\"“‘']|[A-Z][a-z])")
# "hundreds of physicians": a plural number word counts the noun after "of"
_OF_AFTER = regex.compile(r"^[ \t]+of(?=[ \t])")
# Money nouns that name a cost: "saving $1M in R&D costs" is a result, not a budget
_COST_NOUNS = frozenset(_cue("cost_nouns"))
# Verbs of reaching a level: a count of something gainable after them was gained ("reaching 1000+ users")
_REACHED = frozenset(key(w) for w in _cue("reached"))


def _near_classes(verb, start: int) -> frozenset:
    """The classes of a verb of outcome a few words before the number ("Saved the team 10 hours a week": "team", a verb
    of scope in the vocabulary, stands nearer), or none."""
    return verb.classes if verb is not None and start - verb.end <= 16 else frozenset()


def _classify(s: str, mg: _Mag, cstart: int, cend: int) -> tuple[str, dict] | None:
    """outcome / scope / None for one magnitude, with what the context said (verb, cue, nouns)."""
    verdict = _weigh(s, mg, cstart, cend)
    if verdict and verdict[0] == "outcome" and (near := verdict[1]["near"]) is not None and _purpose(s, near) \
            and not _REACHED_AFTER.match(verdict[1]["right"]):
        return None                                     # "to maintain a 95% score": a purpose, not a level reached
    if verdict and verdict[0] == "outcome" and _aim_or_before(s, cstart, mg.start):
        return None                                     # "Problem: a 7% success rate", "Target: 95%": no result (C4)
    return verdict


class _Reading(NamedTuple):
    """One magnitude and what its clause says around it: what each step of _weigh reads."""
    s: str
    mg: _Mag
    cstart: int
    cend: int
    left: str                       # up to 110 characters of the clause before the number
    right: str                      # up to 110 characters of the clause after it (after its partner: "from A to B")
    near: _Verb | None              # the nearest verb before the number
    cls: frozenset                  # its classes
    near_outcome: _Verb | None      # the nearest verb of outcome before the number


# A step says "outcome", "scope" or _NEITHER (the number is neither, no later step is asked), or None: not decided here
_NEITHER = "neither"


def _weigh(s: str, mg: _Mag, cstart: int, cend: int) -> tuple[str, dict] | None:
    """outcome / scope / None for one magnitude, before a purpose is set apart: the first step that decides."""
    end = mg.partner.end if mg.partner else mg.end
    lstart = max(cstart, mg.start - 110)
    left, right = s[lstart:mg.start], s[end:min(cend, end + 110)]
    near = _nearest_verb(s, lstart, mg.start)
    cls = near.classes if near else frozenset()
    if near and _intent(s[max(cstart, near.start - 30):near.start]):
        return None                                     # "aimed at capturing 1.5%": a goal, not a result
    near_outcome = near if near and cls & _OUTCOME_CLASSES else _nearest_verb(s, lstart, mg.start, _OUTCOME_CLASSES)
    info = {"near": near, "near_outcome": near_outcome, "right": right, "left": left}
    r = _Reading(s, mg, cstart, cend, left, right, near, cls, near_outcome)
    verdict = _not_yet_reached(r) or _team_grown(r) or _change_stated(r) or _READER_OF_KIND.get(mg.kind, _amount)(r)
    return (verdict, info) if verdict in ("outcome", "scope") else None


def _not_yet_reached(r: _Reading) -> str | None:
    """Neither for a number only projected or required: a plan or a bar to meet is no level reached."""
    if r.mg.partner is None and _projected(r.left):
        return _NEITHER                                 # "growth projections of 100% increase": not yet a result
    if _required(r.left):
        return _NEITHER                                 # "must be 100% error free": a requirement, not a level reached
    return None


def _team_grown(r: _Reading) -> str | None:
    """Scope for the size of a team the person grew, stated as a growth too (C5): "grew the team by 350%", "doubled
    the team to 20", "grew the plant from 230 to 910 employees"; a cut ("reduced staff from 34 to 26") is left to
    the change."""
    mg, verb = r.mg, r.near_outcome                    # the verb of change ("team" is a verb of scope as well)
    if mg.kind not in ("count", "pct", "mult") or "down" in r.cls or verb is not None and "down" in verb.classes \
            or _NEITHER_AFTER.match(r.right):
        return None                                     # (not "doubled the team within four months": a duration)
    if verb is not None and "up" in verb.classes and (
            _TEAM_ACTED_ON.match(acted_on := r.s[verb.end:mg.start]) or mg.partner and _TEAM_NEXT.match(acted_on)):
        return "scope"                                  # "grew the team by 350%", "expanded team from 3 to 5", "grew the
                                                        # team by 200%, from 2 to 6" (one claim, joined to its rate)
    if mg.kind == "mult" and r.s[mg.start:mg.end].isalpha() and _TEAM_NEXT.match(r.right):
        return "scope"                                  # "Doubled the design team from 3 to 6": the multiplier a verb
    if mg.kind == "count" and (mg.partner or verb is not None and "up" in verb.classes and mg.value["value"] > 1) \
            and _TEAM_PEOPLE_AFTER.match(r.right):
        return "scope"                                  # "grew to 9 engineers", "from 230 to 910 employees" (not
                                                        # "top 3 of 150 consultants": a rank's pool)
    return None


def _change_stated(r: _Reading) -> str | None:
    """Outcome for a change stated with both ends (from A to B, down from, grown to), whatever the unit."""
    if r.mg.partner is not None or _down_from_after(r.right):
        return "outcome"                                # from A to B, "2 day close (down from 3 days)": a change
    if r.mg.kind in ("money", "count") and _grown_to(r.s, r.near_outcome, r.mg.start, r.left):
        return "outcome"                                # "expanded to 8 global locations", "from scratch to a $4M enterprise"
    return None


def _multiple(r: _Reading) -> str:
    """A multiplier ("3x") is a change won, unless it names a version ("Jboss 3x") with no change around it."""
    left, right = r.left, r.right
    if _names_a_version(r.s, r.mg) and not (r.cls & {"up", "down"} or _CHANGE_NOUN_AFTER.match(right)
                                            or _COMPARATIVE_AFTER.match(right) or _CHANGE_BEFORE.search(left)):
        return _NEITHER                                 # "Jboss 3x, 4x, 5x", "Informatica 9X", "802.1X": names
    if r.mg.m["xnum"] and not (r.cls & {"up", "down"} or _CHANGE_NOUN_AFTER.match(right) or _COMPARATIVE_AFTER.match(right)
                               or _CHANGE_BEFORE.search(left) or _PRIZE_AFTER.match(right) or _family_terms(right[:40])):
        if r.mg.value["value"] <= 1 or (not left.strip(" \t-•*·|") and _NAMED_AFTER.match(right)):
            return _NEITHER                             # "2x Chair of the charity gala", '2x "Intro to Python"': how many
                                                        # times a role was held or a course given, no change; "1X)": a name
    return "outcome"


def _repeats(r: _Reading) -> str:
    """A number of times is an outcome as a prize won again or a change ("3 times more"), never as a frequency."""
    if _FREQUENCY_AFTER.match(r.right):
        return _NEITHER                                 # "twice a day", "3 times per week": how often, no result
    if _PRIZE_AFTER.match(r.right) or (r.cls & {"up", "down", "rank"}) or _COMPARATIVE_AFTER.match(r.right) \
            or _HONOURED_BEFORE.search(r.left):
        return "outcome"                                # "awarded the PRIDE award three times", "3 times more",
                                                        # "promoted twice" (C8)
    return _NEITHER


def _place(r: _Reading) -> str:
    """A rank, top N or ordinal is an outcome when it is a place won (ranked, of a whole, among people), else neither."""
    kind, left, right, cls = r.mg.kind, r.left, r.right, r.cls
    if kind == "top" and not _in_the_top(left):
        return _NEITHER                                 # "identified top 10 use cases", "managed the top 3 accounts"
    if kind == "top" and r.mg.value["unit"] == "top percent":
        return "outcome"
    if kind == "ordinal":
        # "Ranked 6th in the state", "2nd place", "23rd ... Programming Contest"
        return "outcome" if _PLACE_AFTER.match(right) or "rank" in cls or _won_in_contest(r) else _NEITHER
    if (r.mg.value.get("of") or _RANK_AFTER.match(right) or "rank" in cls or _PRIZE_AFTER.match(right)
            or (kind in ("rank", "top") and _RANK_WHERE_AFTER.match(right))
            or (kind == "rank" and cls & {"up", "result"} and right[:1] == " " and right[1:2].isalpha())):
        return "outcome"                                # "captured #1 market share": a place won (not the
                                                        # address of "Stanley Drive #62")
    if kind in ("rank", "top") and (_among_people(right) or _won_in_contest(r)) and not _ONE_OF_BEFORE.search(left):
        return "outcome"                                # "#1 Sales Manager in Detroit", "Top 1 Mortgage originator",
                                                        # "Top 3: Spring Hackathon"
    return _NEITHER


def _won_in_contest(r: _Reading) -> bool:
    """A place followed a few words on by the contest it was won in ("23rd ... Programming Contest"), with no verb of
    running one before it ("organized the 2nd ... contest")."""
    return not r.cls & {"scope"} and _CONTEST_AFTER.match(r.right) is not None


def _percent(r: _Reading) -> str:
    """A percent is a share of the work (scope), a grade (neither), or a change or a level reached (outcome)."""
    left, right = r.left, r.right
    if _SHARE_OF_WORK.search(left) and _OF_THE_WORK.match(right) and not any(
            family in _FINANCIAL for *_, family in _family_terms(right[:60])):
        return "scope"                                  # "contributed to 60% of the software component automation"
    if _SHARE_HELD_AFTER.match(right):
        return "scope"                                  # "100% accountable for the payroll run"
    if (_DONE_SHARE_BEFORE.search(left) and _OF_AFTER.match(right)) or _DONE_SHARE_AFTER.match(right):
        return "outcome"                                # "automated 90% of the monthly reconciliations": a level reached
    if _own_grade(r.s, r.mg, r.cstart, r.cend) and not _SHARE_RESULT_AFTER.match(right):
        return _NEITHER                                 # "with average of 80.66% (GPA 3.00)", "78% marks": a grade
    if (_CHANGE_NOUN_AFTER.match(right) or _COMPARATIVE_AFTER.match(right)
            or _LEVEL_NOUN_AFTER.match(right) or _GOAL_AFTER.match(right)
            or _CHANGE_BEFORE.search(left)):
        return "outcome"
    if (r.near_outcome or _LEVEL_BEFORE.search(left) or _SHARE_RESULT_AFTER.match(right)
            or _PERIOD_CHANGE_AFTER.match(right)):
        return "outcome"                                # "at a rate of 30%", "with a score of 98%"
    if _metric_level(left, right, pct=True) or left.rstrip().endswith("+"):
        return "outcome"                                # "Occupancy: 91%", "CSAT (96%)", "+190% sign-ups": a level
                                                        # of a named metric, a change stated without a verb (C4)
    return _NEITHER


def _amount(r: _Reading) -> str | None:
    """Money or a count: a client's size (neither) or a record (outcome) first, then money and counts read apart."""
    mg, kind = r.mg, r.mg.kind
    if kind == "count" and mg.m["cscale"] and mg.value["value"] >= 1e5 and _MONEY_WORDS.search(r.s, r.cstart, r.cend) and not (
            _SCOPE_NOUN_AFTER.match(r.right) or _AUDIENCE_AFTER.match(r.right) or _NEITHER_AFTER.match(r.right)):
        kind = "money"                                  # "(400 million for North Corridor)": an amount, read as money
    if kind in ("money", "count") and mg.m["cscale"] or kind == "money":
        if _CLIENT_SIZE_BEFORE.search(r.left):
            return _NEITHER                             # "businesses with annual gross sales up to $25MM"
        if _RECORD_BEFORE.search(r.left[-70:]):
            return "outcome"                            # "record year in new loan originations ($1.2 billion)"
    if kind == "money" and _OPPORTUNITY_AFTER.match(r.right) and not r.cls & {"up", "result"}:
        return _NEITHER                                 # "defining a $1B revenue opportunity": what a chance is worth
    if kind == "money":
        return _money_carried(r) or _money_won(r) or _money_stated(r)
    return _count_won(r) or _count_with_unit(r) or _count_by_cue(r) or _count_no_size(r) or _count_named(r)


def _money_carried(r: _Reading) -> str | None:
    """Scope for money that is a firm's size, a quota or a target carried, not what was won against it."""
    left, right, cls = r.left, r.right, r.cls
    if _unit_size(r.s, r.near, r.cstart):
        return "scope"                                  # "a consulting firm generating $20M in annual revenues"
    if _QUOTA_THEN_RESULT_AFTER.match(right):
        return "scope"                                  # "exceeded $10M quota by 160%": the quota carried, the 160% won
    if (goal := _GOAL_OF_BEFORE.search(left)) and (
            goal["with"] or not cls & {"up", "result", "level"}
            or _PERCENT_NEAR.search(left, max(0, goal.start() - 40), goal.start()) or _PERCENT_NEAR.search(right[:30])):
        return "scope"                                  # "a sales target of $25 million", "120% of the target of INR 2
                                                        # crore"; "achieved quarterly target of $2 million" is the result
    return None


def _money_won(r: _Reading) -> str | None:
    """Outcome for money named as new income, a change, revenue reached, a metric pushed to it, funds raised, or money
    brought in by its own noun whatever the verb (C2: "$30M first-year revenue")."""
    left, right, cls = r.left, r.right, r.cls
    cue = _SCOPE_BEFORE.search(left)                    # "budget of", "totaling": a cue of size before the money
    strong_cue = cue is not None and not _WEAK_SCOPE_CUE.match(cue.group())
    if _WON_WORTH_BEFORE.search(left):
        return "outcome"                                # "won projects worth over $8 Million"
    if _NEW_INCOME_AFTER.match(right) and cls & {"up", "result", "down"}:
        return "outcome"                                # "increased sales ..., for a total of $400,000 in new revenue"
    if _CHANGE_NOUN_AFTER.match(right) or _UNDER_BUDGET_AFTER.match(right) or _change_of_after(right):
        return "outcome"                                # "$1.1 million loan growth", "$1M under budget", "$100M of
                                                        # business lift"
    if _IN_REVENUE_AFTER.match(right) and (cls & {"up", "result", "level"} or _BEAT_BEFORE.search(left)) \
            and not cls & {"scope"} and cue is None:
        return "outcome"                                # "exceeding $500,000/month in revenues"
    if _metric_to(left) and not cls & {"scope"}:
        return "outcome"                                # "pushed local office sales to $200K+/month"
    if (raised := _RAISED_AFTER.match(right)) and cue is None \
            and not _MONEY_NOUN_AFTER.match(right[raised.end():]):            # "a $2M financing project": sized
        return "outcome"                                # "a $5 million Capital Campaign", "$100M in funding"
    if r.near is not None and _norm(r.near.text) in _MADE and _INCOME_MADE_AFTER.match(right) and not strong_cue:
        return "outcome"                                # "Built a $3M sales pipeline": income the work made
    if _brought_in(r.s, r.mg.start, r.mg.end, left, right, r.near, strong_cue):
        return "outcome"                                # "$30M first-year revenue", "my billings totaled $9,000": money
                                                        # brought in, whatever the verb (not "managed $10M in revenue")
    return None


def _money_stated(r: _Reading) -> str:
    """The rest of money: a budget or size named (scope), a result by its verb (outcome), pay (neither), else a size."""
    left, right, cls = r.left, r.right, r.cls
    if _SIZED_THING_AFTER.match(right) and not _CHANGE_BEFORE.search(left) \
            and not (cls & {"up"} and _GROWN_TO_BEFORE.search(left)):
        return "scope"                                  # "Delivered a $4M+ migration program", "($80M+ lifetime
                                                        # volume)": the size of what was run or passed through (C2)
    noun = _MONEY_NOUN_AFTER.match(right)
    if noun and (not (cls & {"result"} and not cls & {"scope"}) or _OF_A_BEFORE.search(left)):
        if not (cls & {"down"} and noun["noun"] in _COST_NOUNS):
            return "scope"                              # "a $5M budget"; but "saving $1M in R&D costs" is a result;
                                                        # "retention of this $18,000,000 book of business": a size named
    cue = _SCOPE_BEFORE.search(left)
    if cue and not _WEAK_SCOPE_CUE.match(cue.group()):
        return "scope"                                  # "budget of $2M", "worth over $65M", "totaling $50M"
    if _CHANGE_BEFORE.search(left) or _CHANGE_NOUN_AFTER.match(right) or _COMPARATIVE_AFTER.match(right):
        return "outcome"
    if _AUDIENCE_AFTER.match(right) or _RESULT_AFTER.match(right):
        return "outcome"                                # "$7 million in insurance lines sold"
    if cls & {"up", "down", "result"}:
        return "outcome"                                # "increased revenue up to $15,000 a month"
    if cue:
        return "scope"                                  # "projects in excess of $5M annually"
    if ((per := _PER_PERIOD_AFTER.match(right)) and not cls and not _family_terms(right[per.end():per.end() + 30])
            and not _family_terms(left[-30:])):
        return _NEITHER                                 # "$28,000 per year" with nothing else: pay (not
                                                        # "Revenue of $225M Annually", "$100,000 Weekly Sales")
    if not cls - {"rank"} and _grant_listed(r.s, r.cstart, r.mg.start, r.cend):
        return "outcome"                                # "NASA, $216,000 (PI)", "awarded $41,300, PI": money won
    return "scope"                                      # money stated plainly is a size: "$10.1M | GDOT"


def _count_won(r: _Reading) -> str | None:
    """A count that is a place, title, prize, rating, uptake or selection won (outcome), or a pool or grade (neither)."""
    s, mg, cstart, cend, left, right, cls = r.s, r.mg, r.cstart, r.cend, r.left, r.right, r.cls
    if pool := _rank_pool(s, cstart, mg.start, left):
        return "outcome" if pool == "outcome" else _NEITHER    # "ranked 3rd out of 37 centers": the whole, no
                                                               # claim; "most effective ... out of 18": the claim
    if _title_held_for(s, cstart, mg.start, left, right):
        return "outcome"                                # "Top seller of the month for 3 months in a row"
    if _uptake(s, cstart, mg.start, left):
        return "outcome"                                # "Built a CLI tool used by 40 engineers": an audience gained
    if _gained(left) and not _NEITHER_AFTER.match(right) and not (cls & {"scope"} and not cls & _OUTCOME_CLASSES):
        return "outcome"                                # "drove expansion across 30+ countries": reach gained (C3)
    if _CHOICE_BEFORE.search(left):                     # "4 out of 5", "one of 3 sites": no size, unless a choice won
        few = _FEW_BEFORE.search(left)
        return "outcome" if few and (_CHOSEN_AFTER.match(right) or "rank" in cls) else _NEITHER
    if _OUT_OF_AFTER.match(right) and _RATED_BEFORE.search(left):
        return "outcome"                                # "Ranked 29/75", "rated 4.98/5 stars"
    if _score_out_of(left, right, mg.value["value"]):
        return "outcome"                                # "reaching 5/5 guest satisfaction": a score reached
    if _RANK_WORD_BEFORE.search(left) and not mg.m["cscale"]:
        return "outcome"                                # "State Rank 42 in the entrance test"
    if _TIMES_WON_BEFORE.search(left) and (_prize_named(s, cstart, cend) or _OF_THE_YEAR_BEFORE.search(left)
                                          or _title_named(s, cstart, mg.start)):
        return "outcome"                                # "Airman of the Year (X2)", "Honor Roll x3": a title won N times
    if not mg.m["cscale"] and (_RATING_BEFORE.search(left) or _rating_after(right)):
        return "outcome"                                # "customer satisfaction rating of 9.80", "a 4.0 growth rating"
    if not mg.m["cscale"] and (_metric_level(left, right) or _STARS_AFTER.match(right) or _points_changed(right)):
        return "outcome"                                # "R-squared = 0.64", "evaluation of 4.6 on a 5 point scale",
                                                        # "a 5-star average", "a 14-point swing" (C4)
    if _VERSION_LIKE.search(mg.m["cnum"] or "") and not mg.m["cscale"] and not _NEITHER_AFTER.match(right):
        return _NEITHER                                 # "University 4.0 Awarded Honor Roll": a grade, a version
    if _PRIZE_REPEAT_AFTER.match(right) and (_prize_named(s, cstart, cend) or cls & _OUTCOME_CLASSES
                                             or r.near_outcome or _goal_named(s, cstart, mg.start)):
        return "outcome"                                # "Award of Merit 2 years in a row", "3-time winner",
                                                        # "to achieve top team sales in 3 consecutive months"
    if r.near_outcome and _EVERY_PERIOD_BEFORE.search(left) and _NEITHER_AFTER.match(right):
        return "outcome"                                # "exceeded margins by 40% annually for 2 years": N periods running
    if _EARLY_AFTER.match(right) or _PRIZE_BEFORE.search(left):
        return "outcome"                                # "four days ahead of schedule", "winner of three Silver Anvils"
    if _OF_THE_YEAR_AFTER.match(right):
        return "outcome"                                # "3 administrative employee of the year awards"
    if _SELECTED_AFTER.match(right) or (_OF_TOP_AFTER.match(right) and mg.m["cnum"][:1].isdigit()):
        return "outcome"                                # "(500+ applied; 24 selected)", "1 of top 4 agents"
    if (few := _FEW_BEFORE.search(left)) and (few["only"] or _CHOSEN_AFTER.match(right) or "rank" in cls):
        return "outcome"                                # "one of only 3 directors to achieve ..."
    if r.near and _norm(r.near.text) in _AVERAGED and r.mg.start - r.near.end <= 8 and _WON_ON_AVERAGE_AFTER.match(right):
        return "outcome"                                # "averaging 12 referral appointments weekly": results won
    return None


def _count_with_unit(r: _Reading) -> str | None:
    """A count of a unit: an area or a data volume (scope), hours or points changed or kept (outcome), else neither."""
    left, right, cls, near_outcome = r.left, r.right, r.cls, r.near_outcome
    if (near_outcome and "down" in near_outcome.classes and _TIME_AMOUNT_AFTER.match(right)
            and _SAVED_FOR.fullmatch(r.s, near_outcome.end, r.mg.start) and not _PERIOD_BEFORE.search(left)):
        return "outcome"                                # "saving the sales team 12 hours a week": time saved
    if _AREA_AFTER.match(right):
        return "scope"                                  # "a 100,000 square foot finishing operation"
    # "30 billion page views": an audience phrase that starts with a unit ("page") and runs past it is the audience
    if (unit := _NEITHER_AFTER.match(right)) and not ((aud := _AUDIENCE_AFTER.match(right))
                                                      and aud.start() == unit.start() and aud.end() > unit.end()):
        if ((cls | _near_classes(near_outcome, r.mg.start)) & {"down", "up"} or _CHANGE_BEFORE.search(left)) \
                and _CHANGE_UNIT_AFTER.match(right) and not _PERIOD_BEFORE.search(left):
            return "outcome"                            # "eliminated 10 hours per week", "scores up by 3 points"
        if (near_outcome and near_outcome.classes & {"level", "down"} and _CHANGE_UNIT_AFTER.match(right)
                and (_TIME_LEVEL_BEFORE.search(left) or _KEPT_UNDER_BEFORE.search(left))):
            return "outcome"                            # "maintained a maximum handle time of 12 minutes"
        if _DATA_SIZE_AFTER.match(right):
            return "scope"                              # "over 3TB of files stored on S3": a volume of data handled
        return _NEITHER
    return None


def _count_by_cue(r: _Reading) -> str | None:
    """A count by a cue of size before it or what follows it: a size, a rate of work, a result, an audience or a list."""
    mg, left, right, cls = r.mg, r.left, r.right, r.cls
    scope_cue = _SCOPE_BEFORE.search(left)
    if scope_cue and mg.value["value"] <= 1 and "high" not in mg.value:
        return _NEITHER                                 # "Team size: 1": no size
    if scope_cue and (_IN_A_CLASS_BEFORE.search(left) or _RANKED_AMONG_BEFORE.search(left)):
        return _NEITHER                                 # "graduated top 10 in Class of 500", "top 5% of global sales team
                                                        # of 322": the whole a rank is out of
    if (per := _PER_PERIOD_NOUN_AFTER.match(right)) and mg.value["value"] >= 2 and not _PRIZE_AFTER.match(right):
        nouns = per["noun"].lower().split()
        if (all(n.isalpha() and n not in _GAP_STOP for n in nouns) and "new" not in nouns
                and not (cls & _OUTCOME_CLASSES and not cls & {"scope"})):
            return "scope"                              # "developing 100 permits per year"; not "generated 200 leads a month"
    if _COUNT_RESULT_AFTER.match(right) and not cls & {"scope"}:
        return "outcome"                                # "100 Million records sold worldwide"
    if _PERIOD_ADJECTIVE_AFTER.match(right) and not cls & _OUTCOME_CLASSES and not scope_cue:
        return "scope"                                  # "answered 1,500 weekly customer questions": a volume per period
    won = _near_classes(r.near_outcome, mg.start) & {"up", "down", "result"} and not cls & {"scope"}
    if _MADE_THINGS_AFTER.match(right) and not won and mg.value["value"] > 1:
        return "scope"                                  # "developed 30 models", "1200+ tests": own work counted (C1),
                                                        # not won or cut ("garnered 40 features", "removed 9 scripts")
    if scope_cue and not _WEAK_SCOPE_CUE.match(scope_cue.group()) and not _PRIZE_AFTER.match(right) \
            and not (cls & {"up", "result"} and _AUDIENCE_AFTER.match(right)):    # "grew an audience of 50,000 followers"
        return "scope"                                  # "a daily output of 30 million label impressions"
    if (audience := _AUDIENCE_AFTER.match(right)) and _TRAFFIC_OF_A_THING.search(left):
        return "scope"                                  # "product pages receiving 40k+ monthly visits": the pages' traffic
    if (audience and (audience.group().startswith("new ") or not _where(left))) \
            or _PRIZE_AFTER.match(right):                # not "banquet services for 300+ visitors"
        return "outcome"
    if _RANK_LIST_AFTER.match(right):
        return "outcome"                                # "one of the 50 fastest growing companies"
    return None


def _count_no_size(r: _Reading) -> str | None:
    """Neither for a count that is a period cut short, 0 or 1, a version, or a bare "one" or "dozen": no size."""
    mg, left, right = r.mg, r.left, r.right
    if _PERIOD_BEFORE.search(left) and not _SCOPE_NOUN_AFTER.match(right):
        return _NEITHER                                 # "in just 3", "over the past 5": a period, cut short
    if mg.value["value"] <= 1 or (_VERSION_LIKE.search(mg.m["cnum"] or "") and not mg.m["cscale"]):
        return _NEITHER                                 # nobody manages 0 people or 1.8 servers: a version;
                                                        # and 1 office, 1 site is no size ("30,000.00" is money)
    if mg.m["cnum"] and key(mg.m["cnum"]) in ("one", "a dozen", "dozen") and not _SCOPE_BEFORE.search(left):
        return _NEITHER
    return None


def _count_named(r: _Reading) -> str:
    """A count by its cue, verb and the noun it counts: things gained (outcome), or handled or served (scope)."""
    mg, left, right, cls = r.mg, r.left, r.right, r.cls
    if _SCOPE_BEFORE.search(left) or _scope_field(left):
        return "scope"                                  # "team of 12", "Staff: >900"
    if _CHANGE_BEFORE.search(left) and (cls & {"up", "down"}):
        return "outcome"                                # "reduced ... by 8 times", "increased by 200"
    noun = _SCOPE_NOUN_AFTER.match(right)
    word, of = mg.m["cnum"] or "", _OF_AFTER.match(right)
    if not noun and word[-1:] == "s" and word.isalpha() and of:
        noun = _SCOPE_NOUN_AFTER.match(right[of.end():])    # "hundreds of physicians", "millions of products"
    if (not noun and right[:1] in " \t" and (one := _SCOPE_SINGULAR.match(right)) and right[one.start()].islower()
            and _THEN_WORD.match(rest := right[one.end():]) and not _NEITHER_AFTER.match(rest)
            and not _MADE_THINGS_AFTER.match(rest) and not _NAME_LEFT.search(left)):
        noun = one
    # "grew the function ... in two countries", "increased visibility for 3 of 4 divisions": where or for whom
    # the verb acted, not what it won
    where = _where(left)
    if where and _won_at_events(r.s, r.near_outcome, mg.start, right):
        return "outcome"                                # "won culinary prizes at 2 local festivals": honours counted (C8)
    if noun:
        gained = key(noun["noun"]) in _GAINABLE and (cls & {"result"} or (r.near and key(r.near.text) in _REACHED)) \
            and not (cls & {"scope"})                   # "added 300 customers", "reaching 20,000 registered users"
        if not where and (gained or (_NEW_BEFORE_NOUN.match(right) and cls & {"result", "up"} and not cls & {"scope"})):
            return "outcome"                            # "acquired 22 new clients", "added 300 customers"
        return "scope"
    if mg.m["cscale"] and _MONEY_NOUN_AFTER.match(right):
        return "scope"                                  # "14.9 million in total cost"
    if where and _FOR_WHOM_BEFORE.search(left) and _PLURAL_NOUN_AFTER.match(right):
        return "scope"                                  # "for 70 congregations", "in three Illinois Basin oil fields":
                                                        # what or whom the work was for, counted
    if (word[-1:] == "s" and word.isalpha() and of and not cls & _OUTCOME_CLASSES
            and _PLURAL_NOUN_AFTER.match(right[of.end():])
            and not _NEITHER_AFTER.match(right[of.end():])):               # "hundreds of hours": a duration
        return "scope"                                  # "catalogued hundreds of samples", "designed dozens of pages": a
                                                        # count in words, as written, of what was handled or made (C1)
    if _OWN_WORK_BEFORE.search(left) and _PLURAL_NOUN_AFTER.match(right):
        return "scope"                                  # "wrote 11 letters", "constructed two barns": own work counted (C1)
    if cls & {"result"} and not cls & {"scope"} and mg.value["value"] >= 2 and not where and not _COMPOUND_AFTER.match(right):
        return "outcome"                                # "closed 40 deals", "generated 200 leads a month"
    if cls & {"scope"}:
        if (mg.m["cnum"] and key(mg.m["cnum"]) == "one") or not _WORD_AFTER.match(right) or _NAME_LEFT.search(left) \
                or (_COMPOUND_AFTER.match(right) and not _SCOPE_SINGULAR.match(right[1:])):
            return _NEITHER                             # "... on a monthly basis 21.": a list number, not a count;
                                                        # "a 3-step approval flow": a part of a thing, not a size handled
                                                        # (but "a 9-state region", "a 12-store chain": a unit's size)
        return "scope"
    return _NEITHER


# The reader of each kind of magnitude; money and counts (and any other kind) are read as amounts
_READER_OF_KIND = {"mult": _multiple, "times": _repeats, "rank": _place, "top": _place, "ordinal": _place, "pct": _percent}
