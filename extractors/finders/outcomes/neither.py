"""Numbers that are plainly not claims: years, dates, versions, phone numbers and ids, list numbers, numbers in
names (ISO 9001, Windows 10), durations, wages."""
from __future__ import annotations

import regex

from .magnitudes import _Mag
from .ranks import _OUT_OF_AFTER, _RATED_BEFORE, _score_out_of, _TIMES_WON_BEFORE
from .scope import _SCOPE_BEFORE, _SCOPE_NOUN_AFTER, _SCOPE_NOUN_BEFORE
from .verbs import _VERB_CLASSES
from .vocab import _alt, _cue, _V
from .words import _Phrases

# --- Years, dates and numbers glued to a name ---------------------------------------------------------
# These few tests read one to three characters next to the number, asked of nearly every number: written as set
# lookups, not regex calls (each call costs a microsecond or two, the lookups a tenth of that).
_ASCII_DIGITS = frozenset("0123456789")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _is_year(digits: str) -> bool:
    """A year: four ASCII digits opening 19 or 20 ("2019"; not "2,019" or "20.19")."""
    return len(digits) == 4 and digits[:2] in ("19", "20") and digits[2] in _ASCII_DIGITS and digits[3] in _ASCII_DIGITS


# What may stick to a bare number on its left without making it part of a name: "ISO9001", "H/60", "'07", "v.2"; or a
# letter or digit and a hyphen: "H-60", "F-16".
_GLUED_LEFT_CHARS = _ASCII_LETTERS | _ASCII_DIGITS | frozenset("_/\\:'.*")
_ALNUM = _ASCII_LETTERS | _ASCII_DIGITS


def _glued_left(left: str) -> bool:
    """Whether the text before a number ends with what glues the number to a name (see _GLUED_LEFT_CHARS)."""
    last = left[-1:]
    return last in _GLUED_LEFT_CHARS or (last == "-" and left[-2:-1] in _ALNUM)


# ... and on its right: a letter or "_" ("26ft", "4Q2010"); ".", "/", ":", "-" or "'" before a digit ("2.7.1",
# "05/2013", "10:30", "1-800", "6'2"); a hyphen and a letter not followed by a lower-case one ("F-A": a code, not
# "12-factor").
_GLUED_RIGHT_FIRST = _ASCII_LETTERS | {"_"}
_BEFORE_A_DIGIT = frozenset("./:-'")


def _glued_right(right: str) -> bool:
    """Whether the text after a number opens with what glues the number to a name (see _GLUED_RIGHT_FIRST)."""
    first, second = right[:1], right[1:2]
    return (first in _GLUED_RIGHT_FIRST or (first in _BEFORE_A_DIGIT and second in _ASCII_DIGITS)
            or (first == "-" and second in _ASCII_LETTERS and right[2:3] not in _ASCII_LOWER))
# ... unless what sticks is a counted noun: "40ppl".
_GLUED_NOUN = _Phrases(_V["scope"]["nouns"], lead="")
# ... or a unit of time or data: "from 800ms to 120ms", "200TB", "2GB" (read as the same with a space)
_GLUED_UNIT = regex.compile(r"""^(?i:
      ms | msec | secs? | mins? | hrs?                 # 800ms, 30mins, 2hrs
    | [kmgtp]b | [kmg]bps | fps | [rqt]ps              # 200TB, 10Gbps, 60fps, 5k rps
)(?![A-Za-z0-9])""", regex.X)
# Tokens that are names whole: "401k", "24/7", "365".
_NEITHER_TOKEN = regex.compile(rf"^(?:{_alt(_V['neither']['tokens'])})$", regex.IGNORECASE)
# ... of which a run of ASCII digits can only be one of digits alone ("365"): most numbers are such a run, answered
# by a set lookup
_DIGIT_TOKENS = frozenset(t for t in _V["neither"]["tokens"] if t.isascii() and t.isdigit())
_NAME_BEFORE = _Phrases(_V["neither"]["before"], trail=" \t\n#-")          # "Windows 10", "Office 365", "ISO 9001"
# ... but a count after these may be the pool a rank was won among, or the choice itself ("ranked most effective out of
# 18", "one of eight selected"): the clause decides (kind, ranks._rank_pool)
_CHOICE_BEFORE = _Phrases(["out of", "one of"], trail=" \t\n#-")
_CALENDAR_BEFORE = _Phrases(_V["neither"]["calendar"], trail=" \t\n.,'")   # "March 2019", "Q3 '18"
_CALENDAR_AFTER = _Phrases(_V["neither"]["calendar"], lead=r"(?:st|nd|rd|th)?,?\s*")   # "15th March"
# An acronym right before a bare number names it ("GE 9600", "MAE 3 class")...
_ACRONYM_BEFORE = regex.compile(r"""(?r)
    (?<![\w&'.-])(?P<w>[A-Z][A-Z0-9]{1,5})          # an acronym of 2 to 6 capitals and digits
    \x20\Z                                          # then one space, then the number
""", regex.X)
# "Harbour Drugs #212 - Pharmacist", "Store #1252": a "#N" right after a capitalised name (not a verb: "Ranked #15") is
# the number of a branch, a store or a lodge; few places won are that low on a list with no "of" and no verb
_BRANCH_BEFORE = regex.compile(r"(?r)(?<![\w'’&.-])(?P<w>[A-Z][\w'’&.]*)\s+\Z")
# ... unless the whole text is in capitals ("MANAGED 12 ENGINEERS").
_ALL_CAPS_NEXT = regex.compile(r"^\+?[\s-]*[A-Z][A-Z]+\b")
# "Staff 2 Platform Engineer", "Senior 3 Data Scientist", "Level 4 Support Engineer": a grade inside a job title, a
# capitalised seniority word before a one-digit number and the title's capitalised words after it
_GRADE_IN_TITLE = regex.compile(r"""(?r)
    (?<![\w-])(?:Staff|Senior|Sr\.?|Principal|Junior|Jr\.?|Associate|Level|Grade|Band|Tier|Step)\x20\Z
""", regex.X)
_TITLE_AFTER = regex.compile(r"^(?:\x20[A-Z][A-Za-z-]*)+")   # ... the title's words (a plural there is a count)
_VERSION_LIKE = regex.compile(r"\.(?!00$)[0-9]")      # "4.2", "1.8"; not the cents of "30,000.00"
# "Jboss 4x", "Informatica 9X", "Six Sigma 5X", "Jboss 3x, 4x, 5x", "3G-1X": a written multiplier right after a name
# (a capitalised word or a code) or after another such in a series names a version or a model, when nothing around it
# speaks of a change (checked by the caller)
_NAMED_SERIES_BEFORE = regex.compile(r"""(?r)(?:
      (?<![\w.])[A-Z][A-Za-z]*[a-z][A-Za-z]*\x20      # a capitalised word, one space: "Jboss 4x" (not "ROI 3x")
    | [0-9][A-Za-z]?-                               # a code glued by a hyphen: "3G-1X"
    | [0-9]\s?[xX],\s*                              # another in a series: "3x, 4x"
)\Z""", regex.X)
# "802.1X", "1040X": a number no multiplier is (three digits or more before a decimal point, or four without)
_CODE_NUMBER = regex.compile(r"[0-9]{3,}\.[0-9]|[0-9]{4,}")

# --- List numbers --------------------------------------------------------------------------------------
# "1) LIBS Braseries ... 2) Citrus ...": a list number at the start of an item
_ENUMERATION = regex.compile(r"^[.)](?:\s|$)")
_ITEM_START = regex.compile(r"(?r)(?:^|[\n•(:])\s*\Z")
# "11 Ensuring projects run smoothly": a capitalised word after a number at an item's start
_CAPITALISED_NEXT = regex.compile(r"^\s+(?P<word>[A-Z][a-z]+)\b")
# A capitalised word, then a lower-case one: "7 Managing budgets" (a duty), not "3 Training Managers" (a count)
_DUTY_NEXT = regex.compile(r"""^\.?\s*
    (?P<word>[A-Z][a-z]+)                           # a capitalised word (a verb, checked by _verb_form)
    \s+[a-z]                                        # then a lower-case one
""", regex.X)

# --- Units and periods that make a number neither -----------------------------------------------------
# Durations and other units: "3 years", "6 consecutive months", "500+ connections".
_NEITHER_AFTER = _Phrases(_V["neither"]["after"], gap=1, lead=r"\s*(?:plus\s+|or\s+more\s+)?[-\s]*",
                          gap_words=_cue("duration_gap"))
# Pay: "$25 per hour", "salary of $80K", "$28,000 per year" (with nothing else said).
_WAGE_AFTER = _Phrases(_V["neither"]["wage"], lead=r"[\s/]*")
_WAGE_BEFORE = _Phrases(_V["neither"]["wage_before"], trail=" \t\n:=-")
_PER_PERIOD_AFTER = _Phrases(_V["neither"]["per_period"], lead=r"[\s/]*")
# "identified $125K in revenue opportunities", "defining a $1B revenue opportunity": money a chance is worth, no money
# made or handled (unless a verb of result made it a pipeline: "generated $500K in net new opportunities")
_OPPORTUNITY_AFTER = regex.compile(r"^\+?\s*(?:(?:in|of)\s+)?(?:[\w-]+\s+){0,2}?opportunit(?:y|ies)\b", regex.I)
# "in just 3", "over the past 5": a period, cut short by the clause
_PERIOD_BEFORE = regex.compile(rf"""(?r)(?<![\w])
    (?:{_alt(_cue("period_lead"))})                 # in, within, during, each, past, last, ...
    \s*(?:the\s+|just\s+|only\s+|less\s+than\s+)?   # the period's own qualifier
\Z""", regex.I | regex.X)


def _names_a_version(s: str, mg: _Mag) -> bool:
    """A written multiplier ("4x") that is part of a name or a code: "Jboss 4x", "3G-1X", "802.1X"."""
    digits = mg.m["xnum"]
    if not digits or s[mg.end:mg.end + 2] in ("'s", "’s"):
        return False                                     # "Gold Club 8x's": times, no name
    return bool(_CODE_NUMBER.match(digits) or _NAMED_SERIES_BEFORE.search(s, max(0, mg.start - 30), mg.start))


# --- A student's own grade: "average of 80.66% (GPA 3.00)", "78% marks in HSC", "an average over 85%" -------------
_GRADE_BEFORE = regex.compile(rf"""(?r)\b(?i:{_alt(_cue("grade_nouns"))})\b
    [^\w%]*(?:(?:
          (?i:of|over|above|at|was|is|for|in|an?|the)     # linking words
        | [A-Z][a-z]+                                   # a subject: "average for Arts degree"
        | (?i:{_alt(_cue("study_words"))})                # a study word: "degree ("
    )\b[^\w%]*){{0,4}}
\Z""", regex.X)
_GRADE_AFTER = regex.compile(r"^\s*(?:marks?|aggregate|cgpa)\b", regex.I)
# "... grades of 90% of students": others' grades, a teacher's result
_OF_OTHERS_AFTER = regex.compile(r"^\s*of\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?[a-z]+s\b", regex.I)
_STUDY_WORDS = frozenset(_cue("study_words"))
_GRADE_STEMS = tuple(_cue("grade_nouns"))          # a substring test before the pattern
# nothing names a metric after the number: the clause ends, or a bracket or another item opens ("80.66% ( GPA 3.00")
_NO_NOUN_AFTER = regex.compile(r"^\s*(?:$|\(|[,.;:]\s*(?:$|[A-Z(]))")


def _own_grade(s: str, mg: _Mag, cstart: int, cend: int) -> bool:
    """A percent that is a student's own mark or average (neither, like a GPA), not a level the work reached."""
    right = s[mg.end:cend]
    if _OF_OTHERS_AFTER.match(right):
        return False
    if _GRADE_AFTER.match(right):
        return True                                      # "secured 78% marks in HSC"
    window = max(cstart, mg.start - 50)
    low = s[window:mg.start].lower()
    if not any(noun in low for noun in _GRADE_STEMS) or not _GRADE_BEFORE.search(s, window, mg.start):
        return False
    words = {w.lower().strip(".,;:()") for w in s[cstart:cend].split()}
    return bool(words & _STUDY_WORDS) or bool(_NO_NOUN_AFTER.match(right))


def _verb_form(word: str) -> bool:
    """A word that starts a duty or a claim: a verb of the vocabulary or an -ing form."""
    low = word.lower()
    return low in _VERB_CLASSES or low.endswith("ing")


def _is_name_or_date(s: str, mg: _Mag) -> bool:
    """A number that is part of a date, a version, a product or standard name, a phone number or an id."""
    m, start, end = mg.m, mg.start, mg.end
    left, right = s[max(0, start - 40):start], s[end:end + 40]
    token = s[start:end].strip()
    if token in _DIGIT_TOKENS if token.isascii() and token.isdigit() else _NEITHER_TOKEN.match(token):
        return True
    if mg.kind in ("count", "times", "rank", "ordinal", "money"):
        digits = (m["cnum"] or m["mnum"] or m["tnum"] or m["rnum"] or m["anum"] or m["onum"] or "")
        bare = mg.kind == "count" and not (m["cscale"] or m["cplus"])
        if bare and _is_year(digits) and (not m["chigh"] or _is_year(m["chigh"])):
            return True                                  # a year, or a range of years
        if bare and digits[:1] == "0" and len(digits) > 1 and digits[1] != ".":
            return True                                  # 05, 07-06676: a month or an id (not "0.1 s", a decimal)
        if bare and digits.isdigit() and len(digits) >= 7:
            return True                                  # a phone number or an id
        if bare and len(digits) <= 2 and _ITEM_START.search(left) and not _TIMES_WON_BEFORE.search(left):
            if _ENUMERATION.match(right):
                return True                              # "1) ...", "2. ...": a list number
            nxt = _CAPITALISED_NEXT.match(right)
            if nxt and not _SCOPE_NOUN_AFTER.match(right) and not _SCOPE_BEFORE.search(left):
                return True                              # "11 Ensuring projects run smoothly": a numbered line
        if bare and len(digits) <= 2 and (nxt := _DUTY_NEXT.match(right)) and _verb_form(nxt["word"]) \
                and not _SCOPE_BEFORE.search(left) and not _SCOPE_NOUN_BEFORE.search(left):
            return True                                  # "... procedures 7 Managing budgets": a numbered item, run on
                                                         # (not "Supervises team 8 Supervises ordering")
        if mg.kind in ("count", "times", "ordinal") and _glued_left(left) and not _TIMES_WON_BEFORE.search(left):
            return True
        if mg.kind not in ("money", "ordinal") and _glued_right(right) and not _GLUED_NOUN.match(right) \
                and not _GLUED_UNIT.match(right) \
                and not (_OUT_OF_AFTER.match(right) and _RATED_BEFORE.search(left)) \
                and not (mg.kind == "count" and _score_out_of(left, right, mg.value["value"])):
            return True
        if mg.kind in ("count", "ordinal") and (_CALENDAR_BEFORE.search(left) or _CALENDAR_AFTER.match(right)):
            return True
        if mg.kind in ("count", "rank", "times") and _NAME_BEFORE.search(left) and not _TIMES_WON_BEFORE.search(left) \
                and not (mg.kind == "count" and _CHOICE_BEFORE.search(left)):
            return True
        if bare and len(digits) == 1 and _GRADE_IN_TITLE.search(left) and (title := _TITLE_AFTER.match(right)) \
                and not title.group().endswith("s"):
            return True                                  # "Staff 2 Platform Engineer": a grade in a job title
        if bare and (acro := _ACRONYM_BEFORE.search(left)) and not _ALL_CAPS_NEXT.match(right) \
                and acro["w"].lower() not in _VERB_CLASSES and not _SCOPE_NOUN_AFTER.match(right):
            return True                                  # "GE 9600", "LCS 9 launched", "MAE 3 class": a model or a name
    if mg.kind == "count" and s[start - 1:start] == "#":
        return True                                      # "closing #20417": an issue, a ticket or a pull request, no count
    if mg.kind == "rank" and s[start:start + 1] == "#" and m["rnum"].isdigit() and int(m["rnum"]) >= 20 \
            and not m["rof"] and (name := _BRANCH_BEFORE.search(left)) and name["w"].lower() not in _VERB_CLASSES:
        return True                                      # "Harbour Drugs #212": a branch's number
    if mg.kind == "mult" and m["xnum"] and (_NAME_BEFORE.search(left) or right[:1] == "/"):
        return True                                      # "Windows 9x/2000/XP"
    if mg.kind == "money" and (_WAGE_AFTER.match(right) or _WAGE_BEFORE.search(left) or "salary" in left.lower()
                               or _glued_right(right[:2]) and right[:1].isalpha()):
        return True
    return False
