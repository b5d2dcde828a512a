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
"""
from __future__ import annotations

import bisect
import logging
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

import regex

from ..document import Block, Profile
from ..findings import Finding
from .vocabulary import alternation, classes, key, metrics

log = logging.getLogger(__name__)

_V = metrics()
# Every scan of a whole text gets this timeout (seconds): a last guard against a pattern we got wrong.
# The patterns are bounded, so it never fires on any input we know; a TimeoutError here is a bug.
# Calls on a window of at most ~110 characters next to a number are bounded by the window and go
# without it: the regex package's timeout costs 3-10 µs a call, more than most of those calls. So do
# the scans whose pattern cannot backtrack (one character class, a fixed lookaround: _DIGITS,
# _GLUED_SENTENCE, _OTHER_DIGITS).
TIMEOUT = 1.0
_FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.V0


def _alt(*lists) -> str:
    return alternation([w for words in lists for w in words])


_NUMBER_WORDS = {key(w): v for w, v in _V["numbers"]["words"].items()}
_SCALES = {key(w): v for w, v in _V["numbers"]["scales"].items()}
_MULTIPLIERS = {key(w): v for w, v in _V["numbers"]["multipliers"].items()}
_ORDINALS = {key(w): v for w, v in _V["numbers"]["ordinals"].items()}
_CURRENCIES = {key(w): v for w, v in _V["currencies"].items()}
_FINANCIAL = frozenset(_V["financial"])
MONEY_UNITS = frozenset(_CURRENCIES.values())

# --- 1. The shadow text ------------------------------------------------------------------------

# One character for one character, so offsets in the shadow are offsets in the input.
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u200b": " ", "\u200c": " ", "\u200d": " ", "\u2060": " ", "\ufeff": " ", "\u00ad": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
    "\uff04": "$", "\uff05": "%", "\uff0c": ",", "\uff0e": ".", "\uff03": "#", "\uff0b": "+",
    "\u2192": ">", "\u00d7": "x",
    # bullets and list markers: each becomes "•", a clause boundary
    "\u2022": "•", "\u25cf": "•", "\u25aa": "•", "\u25e6": "•", "\u25a0": "•", "\u25a1": "•", "\u27a2": "•",
    "\u25ba": "•", "\u2713": "•", "\u2714": "•", "\u2756": "•", "\u2666": "•", "\u00b7": "•", "\u2023": "•",
    "\u2043": "•", "\uf0b7": "•", "\uf0a7": "•", "\uf0d8": "•", "\ufffd": "•", "\u25c6": "•", "\u2605": "•",
    "|": "•", ";": "•",
})

# Mojibake (UTF-8 read as Windows-1252) and pdftotext glyph names, each replaced by as many characters.
_MOJIBAKE = regex.compile(r"""
      â€(?P<third>[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u2122])?
    | Ã¢â‚¬.?                     # double-encoded punctuation
    | âˆ’ | â—.?                   # minus sign, black circle
    | ï¼.?                        # full-width punctuation
    | \(cid:\d{1,5}\)              # pdftotext's name for a glyph it could not map (bullets)
    | Â(?=[\s\u00a0•·.,;:)]|$)     # a stray Â before a (non-breaking) space
""", regex.VERBOSE)
_DASH_THIRDS = {"\u201c", "\u201d", "\u0093", "\u0094"}


def _unmojibake(m: regex.Match) -> str:
    text = m.group()
    if text.startswith("â€"):
        third = m.group("third") or ""
        if third in _DASH_THIRDS:
            return " - "
        if third in ("\u2122", "\u0099", "\u02dc", "\u0098"):
            return "'" + " " * (len(text) - 1)
        if third in ("\u00a2",):
            return " • "[: len(text)]
        return " " * len(text)
    if text.startswith(("(cid", "âˆ’", "â—")):
        return "•" + " " * (len(text) - 1)
    return " " * len(text)


# "...brought to market.Captured 55%": a sentence glued to the next one; its full stop becomes a boundary.
_GLUED_SENTENCE = regex.compile(r"(?<=[a-z)%]{2})\.(?=[A-Z][a-z])")
_OTHER_DIGITS = regex.compile(r"[\p{Nd}--[0-9]]", regex.V1)


def shadow(text: str) -> str:
    """The text as the patterns read it: same length, same offsets, fewer surprises.

    >>> shadow("grew ARR\\u00a0٤٢% â€“ fast")
    'grew ARR 42%  -  fast'
    """
    out = text
    if "â" in out or "Ã" in out or "ï¼" in out or "(cid:" in out or "Â" in out:
        out = _MOJIBAKE.sub(_unmojibake, out, timeout=TIMEOUT)
    out = out.translate(_SAME_LENGTH)
    if "." in out:
        out = _GLUED_SENTENCE.sub("•", out)
    if not out.isascii():
        out = _OTHER_DIGITS.sub(lambda m: str(unicodedata.decimal(m.group(), 0)), out)
    assert len(out) == len(text)
    return out


# --- 2. Clauses --------------------------------------------------------------------------------

# Where one claim ends and the next begins. A line break inside a sentence is pdftotext's wrapping,
# not a boundary; a line break after punctuation, before a bullet, or after a short line is.
_BOUNDARY = regex.compile(r"""
      •                                            # a bullet (every list marker, ";" and "|" became one)
    | [.!?](?<!\b(?i:approx|appx|e\.g|i\.e|vs|etc|inc|no|rs|dr|mr|mrs|ms|st|co|ltd|jr|sr|est|incl|avg|mo|yr|yrs|u\.s|corp|dept|govt|int|natl|min|max|fig|ft|sq)[.])
        (?=\s|$)                                   # a sentence end, not "4.2", "U.S. Army" or "approx. 25"
    | \n(?<=[.:!?][^\S\n]*\n)                        # a line ending in punctuation
    | \n(?=[^\S\n]*[-*o>][^\S\n])                  # a line starting with a dash or another list marker
    | \n(?<=(?:^|\n)[^\n]{0,69}\n)(?=[^\S\n]*[A-Z0-9$#"(])   # a short line, then a new one: not a wrap,
        (?<!\b(?i:to|of|by|than|over|from|and|or|the|a|an|in|for|with|at|approximately|about|nearly|around|almost)[^\S\n]*\n)
                                                   # unless it ends in a word that needs one ("by up to\n30%")
    | \n(?=[^\S\n]*\n)                              # a blank line
""", regex.VERBOSE)

# --- 3. Magnitudes -----------------------------------------------------------------------------

# 27,5% (a decimal comma), 1,800 and 1 000 (thousands), 42; then an optional decimal part.
_NUM = r"(?:[0-9]+,[0-9]{1,2}(?=\s?%)|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,3}(?:\ [0-9]{3})+(?![0-9,.])|[0-9]+)(?:\.[0-9]+)?"
_TENS = [w for w, v in _NUMBER_WORDS.items() if 20 <= v < 100 and v % 10 == 0]
_UNITS = [w for w, v in _NUMBER_WORDS.items() if 1 <= v <= 9]
_SMALL = [w for w, v in _NUMBER_WORDS.items() if v < 20 or v in (100, 1000) or " " in w]
_WORDNUM = (rf"(?:\b(?:(?:{alternation(_TENS)})(?:[\s-]+(?:{alternation(_UNITS)}))?|(?:{alternation(_SMALL)}))"
            r"(?:[\s-]+(?:hundred|thousand|million|billion))?\b)")
# Scale words after a number: "4.2M", "$70-million", "5 lakh". Single letters only when attached.
_SCALE = (r"(?:[\s-]?(?:thousand|millions?|billion|trillion|lakhs?|lacs?|crores?|mil|mn|bn|tn|grand)\b"
          r"|(?:MM|mm|K|k|M|m|B|b|Cr|cr)(?![A-Za-z0-9]))")
_CUR_BEFORE = (r"(?:(?:[A-Z]{1,2})?\$|[€£₹¥₽₪₩₦₱]"
               r"|\b(?:USD|EUR|GBP|INR|CAD|AUD|CHF|SGD|HKD|NZD|ZAR|AED|BRL|MXN|CNY|RMB|JPY|NIS|ILS|RUB|SEK)(?![A-Za-z])|\bRs(?:\.\s?|\s))\s?")
# "pounds" after a number is a weight far more often than money ("lifted ... 150 pounds"): money is "£" or "GBP"
_CUR_AFTER = r"\s?(?:dollars?|USD|euros?|EUR|GBP|rupees|INR|yen)\b"
_MULT_WORDS = alternation(_MULTIPLIERS)
_ORDINAL_WORDS = alternation(w for w in _ORDINALS if not w[0].isdigit())

_COUNT = rf"""
    (?P<count>                                    # 12, 1,800, 25k+, 3-15, four - six, a dozen
        (?P<cnum>{_NUM}|{_WORDNUM}) (?P<cscale>{_SCALE})? (?P<cplus>\+)?
        (?: (?<!\b(?:19|20)[0-9]{{2}}) \s?[-]\s?(?P<chigh>{_NUM}|{_WORDNUM}) (?P<chscale>{_SCALE})? \+? (?![A-Za-z0-9]) )?
    )"""
_MONEY = rf"""
    (?P<money>                                    # $4.2M, US$ 10 billion, €500K+, Rs. 15,000, $400K-$500K
        (?P<cur>{_CUR_BEFORE})
        (?P<mnum>{_NUM}|{_WORDNUM}) (?P<mscale>{_SCALE})? (?P<mplus>\+)?
        (?: \s?[-]\s? (?:{_CUR_BEFORE})? (?P<mhigh>{_NUM}) (?P<mhscale>{_SCALE})? \+? (?![A-Za-z0-9]) )?
    )"""
_PCT = rf"""
    (?P<pct>                                      # 27%, 20-25%, twenty percent, 3 percentage points, 50 bps
        (?P<pnum>{_NUM}|{_WORDNUM}|(?<![0-9])\.[0-9]+)      # ".001%" too
        (?: \s?[-]\s?(?P<phigh>{_NUM})(?=\s?%)                  # 20-25%
          | \s?%\s?[-]\s?(?P<phigh2>{_NUM})(?=\s?%) )?          # 115% - 129%: one range, not two claims
        \s?(?P<punit>%|percentage\s+points?\b|percent\b|per\s?cent\b|pct\b|pts?\b|pp\b|bps\b|basis\s+points?\b)
    )"""
_MONEY_AFTER = rf"""
    (?P<money_after>                              # 30 thousand dollars, 500 euros
        (?P<anum>{_NUM}|{_WORDNUM}
          | (?<!multi[\s-]*)(?:several\s+)?(?=(?-i:million|billion)[\s-]+dollars?\b))     # "million dollar project"
        (?P<ascale>{_SCALE})? (?P<acur>{_CUR_AFTER})
    )"""
_MULT = rf"""
    (?P<mult>                                     # 3x, 2.5X, 10-fold, tenfold, doubled, cut in half, 8 times
        (?P<xnum>{_NUM})\s?x(?![A-Za-z0-9])
      | (?P<fnum>{_NUM}|{_WORDNUM})[\s-]?fold\b
      | \b(?P<fword>two|three|four|five|six|seven|eight|nine|ten)fold\b
      | \b(?P<xword>{_MULT_WORDS})\b
      | (?<=\b(?:to|than|nearly|almost|over)\s)(?P<dword>double|triple|quadruple)\b(?!-)   # "more than double the sales"
      | (?P<tnum>{_NUM}|{_WORDNUM})[\s-]?times?\b
    )"""
_RANK = rf"""
    (?P<rank>                                     # #1 of 8, No. 1, number one, top 5%, top 10, 2nd place
        (?:\#\s?|\bNo\.\s?|\bnumber\s+)(?P<rnum>[0-9]{{1,4}}(?![0-9,.-][0-9])|one\b)
            (?:\s+(?:of|out\s+of)\s+(?P<rof>{_NUM}))?
      | \btop[\s-]+(?P<topnum>{_NUM}|{_WORDNUM})(?:\s?(?P<toppct>%|percent\b|per\s?cent\b|percentile\b))?
      | \b(?P<onum>[0-9]{{1,3}})(?:st|nd|rd|th)\b
      | \b(?P<oword>{_ORDINAL_WORDS})(?=\s+place\b)
      | (?<=\b(?:came\s+in|finished|placed|placing|finishing)\s+)(?P<oword>{_ORDINAL_WORDS})\b   # "came in second"
    )"""
MAGNITUDE = regex.compile("\n  | ".join((_MONEY, _PCT, _MONEY_AFTER, _MULT, _RANK, _COUNT)), _FLAGS)


# The groups of each kind of MAGNITUDE (and of _COUNT_ONLY): a match reads only its own kind's.
_KIND_GROUPS = {
    "money": ("cur", "mnum", "mscale", "mplus", "mhigh", "mhscale"),
    "pct": ("pnum", "phigh", "phigh2", "punit"),
    "money_after": ("anum", "ascale", "acur"),
    "mult": ("xnum", "fnum", "fword", "xword", "dword", "tnum"),
    "rank": ("rnum", "rof", "topnum", "toppct", "onum", "oword"),
    "count": ("cnum", "cscale", "cplus", "chigh", "chscale"),
}


# MAGNITUDE tries each kind in turn, and costs ~25 µs a number. Where the text says which kind can come first
# (a currency sign before the number: money; a "%" or "percent" after it: a percent), that kind's branch is
# tried alone first; where nothing after the digits can make another kind than a count (no percent or
# currency word, no "x", "fold" or "times", no ordinal suffix), the count branch alone. Either gives the
# match MAGNITUDE would (the kinds before it cannot match there), several times cheaper. The other groups
# exist, never set, so that the match reads like MAGNITUDE's.
def _only(kind: str, branch: str) -> regex.Pattern:
    others = "".join(f"(?P<{name}>)" for name in MAGNITUDE.groupindex if name != kind and name not in _KIND_GROUPS[kind])
    return regex.compile(f"(?:(?!){others})|{branch}", _FLAGS)


_MONEY_ONLY, _PCT_ONLY, _COUNT_ONLY = _only("money", _MONEY), _only("pct", _PCT), _only("count", _COUNT)
_CURRENCY_SIGNS = frozenset("$€£₹¥₽₪₩₦₱")
_KIND_AFTER = regex.compile(rf"""
    [0-9.,]++(?:\ [0-9]{{3}})*+(?:\s?-\s?[0-9.,]+)?+   # the number, a range (possessive: no backtracking,
                                                    # as no kind ends inside these)
    (?: \s?(?P<pct>%|percent|per\s?cent)            # a percent: tried with its own branch first
      | (?:{_SCALE})?+[\s-]?+                        # a scale word, then what makes another kind than a count
        (?:%|percent|per\s?cent|pct|pts?\b|pp\b|bps|basis|dollar|usd|euro|eur|pound|gbp|rupee|inr|yen
          |x(?![a-z0-9])|fold|times?\b|st\b|nd\b|rd\b|th\b) )
""", regex.I | regex.X)

# Scanning every position with MAGNITUDE is slow, so it is tried only where a number can start: at a
# run of digits (or a number word), or just before it where a currency sign, "#", "No.", "top" or
# "number" leads in.
_DIGITS = regex.compile(r"[0-9]+")
_ANCHOR_WORDS = frozenset(w.split()[0] for w in (*_NUMBER_WORDS, *_MULTIPLIERS, *_ORDINALS, "double", "triple", "quadruple",
                                                  "several", "million", "billion")
                          if not w[0].isdigit()) - {"a", "by"}
_WORD = regex.compile(r"[A-Za-z]+")
_A_WORDS = tuple(w.split()[1] for w in _NUMBER_WORDS if w.startswith("a "))     # "a dozen", "a hundred"
_WORD_ANCHOR = regex.compile(rf"\b(?:{_WORDNUM}|{_MULT_WORDS}|{_ORDINAL_WORDS}|double|triple|quadruple|\w+fold"
                             rf"|(?:several\s+)?(?-i:million|billion)(?=[\s-]+dollars?\b))\b", regex.IGNORECASE)
_LEAD_IN = regex.compile(rf"(?r)(?:{_CUR_BEFORE}|\#\s?|\bNo\.\s?|\bnumber\s+|\btop[\s-]+)\Z", regex.IGNORECASE)
# A block with more numbers than this is not prose (a table, a dump, an attack): the rest are not read.
MAX_NUMBERS = 400
# A run of more digits than this is an id, a hash or junk, never a magnitude.
MAX_DIGITS = 15


_LEAD_SIGNS = frozenset("$€£₹¥₽₪₩₦₱#.-")
_LEAD_WORDS = frozenset("usd eur gbp inr cad aud chf sgd hkd nzd zar aed brl mxn cny rmb jpy nis ils rub sek rs number top".split())


def _may_lead_in(s: str, start: int, end: int) -> bool:
    """Whether s[start:end] may end with what _LEAD_IN finds (a sign, "No.", a currency code, "top", "number")."""
    tail = s[start:end].rstrip()
    if not tail:
        return False
    if tail[-1] in _LEAD_SIGNS:
        return True
    i = len(tail)
    while i and tail[i - 1].isalpha():
        i -= 1
    return tail[i:].lower() in _LEAD_WORDS


def _magnitudes(s: str):
    """MAGNITUDE's matches in s, left to right, not overlapping, as finditer would give them."""
    anchors = [m.start() for m in _DIGITS.finditer(s) if m.end() - m.start() <= MAX_DIGITS]
    lowered = s.lower()
    if _ANCHOR_WORDS.intersection(_WORD.findall(lowered)) or "fold" in lowered:
        # number words: _WORD_ANCHOR is tried only where a word of the vocabulary starts ("a dozen" at its "a")
        found, end = [], 0
        for w in _WORD.finditer(s):
            low = w.group().lower()
            if w.start() >= end and (low in _ANCHOR_WORDS or low.endswith("fold")
                                     or (low == "a" and s[w.end():w.end() + 9].lower().lstrip().startswith(_A_WORDS))):
                if m := _WORD_ANCHOR.match(s, w.start()):
                    found.append(m.start())
                    end = m.end()
        anchors = sorted(anchors + found)
    if len(anchors) > MAX_NUMBERS:
        log.warning("outcome finder: %d numbers in one block; only the first %d are read", len(anchors), MAX_NUMBERS)
        anchors = anchors[:MAX_NUMBERS]
    pos = 0
    for a in anchors:
        if a < pos:
            continue
        if a > pos and s[a - 1] == "." and (a < 2 or not s[a - 2].isdigit()) and (m := _PCT_ONLY.match(s, a - 1)):
            yield m                                      # ".001%": a percent without its leading zero
            pos = m.end()
            continue
        lead = _LEAD_IN.search(s, max(pos, a - 8), a) if _may_lead_in(s, max(pos, a - 8), a) else None
        for start in ((lead.start(), a) if lead else (a,)):
            if start != a:                               # a currency sign, "#", "No.", "top" before it
                m = (s[start] in _CURRENCY_SIGNS and _MONEY_ONLY.match(s, start)) or MAGNITUDE.match(s, start)
            elif not s[a].isdigit():                     # a number word
                m = MAGNITUDE.match(s, start)
            elif not (after := _KIND_AFTER.match(s, a)):
                m = _COUNT_ONLY.match(s, a)
            elif after["pct"]:
                m = _PCT_ONLY.match(s, a) or MAGNITUDE.match(s, a)
            else:
                m = MAGNITUDE.match(s, a)
            if m and m.end() > a:
                yield m
                pos = m.end()
                break


class _Groups:
    """A MAGNITUDE match whose groups are read once: m["cnum"], None for another kind's groups.

    Reading a group of a match of a pattern with ~40 groups costs about a microsecond, and the
    classification asks for the same few many times.
    """

    __slots__ = ("_m", "_g")

    def __init__(self, m: regex.Match):
        kind = m.lastgroup                   # the kind's group is the outermost: it closes last
        names = _KIND_GROUPS[kind]
        self._m = m
        self._g = dict(zip(names, m.group(*names)))
        self._g[kind] = m.group(kind)

    def __getitem__(self, name: str):
        return self._g.get(name)

    def start(self, *args):
        return self._m.start(*args)

    def end(self, *args):
        return self._m.end(*args)

    def group(self, *args):
        return self._m.group(*args)


# --- Word lookups ------------------------------------------------------------------------------
# A vocabulary of hundreds of words as one regex alternation is tried at every position and costs
# tens of microseconds a call; the lists below are matched instead on whole words (tokens), one set
# lookup per word or phrase, next to the number: after it (the noun it counts) or before it (the cue).

_WORD_CHAR = r"[^\s,;:()\[\]{}<>•\"|]"          # what a word (token) is made of
_TOKEN = regex.compile(_WORD_CHAR + "+")
_TOKEN_BACK = regex.compile("(?r)" + _WORD_CHAR + "+")
_TOKEN_END = ".'’!?"
# The word lists look at most this many words after a number (a gap and a phrase) and before it: the
# words are read once per window and place, and each list takes the first (or last) few of them.
_MOST_AFTER = 8
_MOST_BEFORE = 6
# A run of words with nothing but spaces between them, after a point or before it (right to left).
_RUN_FROM = regex.compile(rf"{_WORD_CHAR}+(?:\s+{_WORD_CHAR}+){{0,{_MOST_AFTER - 1}}}")
_RUN_TO = regex.compile(rf"(?r){_WORD_CHAR}+(?:\s+{_WORD_CHAR}+){{0,{_MOST_BEFORE - 1}}}\s*")
_SPACES = regex.compile(r"\s+")
# Words that may not stand between a number and the noun it counts ("3 of 4 divisions").
_GAP_STOP = frozenset("of and or to in for at by with from per on over than into across within during".split())


@lru_cache(maxsize=8192)
def _norm(word: str) -> str:
    return word.lower().rstrip(_TOKEN_END).lstrip("'’/")


class _Hit:
    """A phrase found next to a number, shaped like a regex match: start(), end(), group(), hit["noun"]."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self, *_):
        return self._start

    def end(self, *_):
        return self._end

    def group(self, *_):
        return self._text

    def __getitem__(self, _name):
        return self._text


@lru_cache(maxsize=1024)
def _words_from(text: str, pos: int, limit: int) -> tuple[list, list]:
    """Up to `limit` words from pos, stopping at punctuation between words (none unless one starts at pos),
    and their lookup forms."""
    if limit == _MOST_AFTER:                        # one regex call for the run of words, then split
        run = _RUN_FROM.match(text, pos)
        return _split_run(text, run.start(), run.group()) if run else ([], [])
    out, last = [], None
    for t in _TOKEN.finditer(text, pos):
        if last is not None and text[last:t.start()].strip():
            break
        out.append(t)
        last = t.end()
        if len(out) >= limit:
            break
    return out, [_norm(t.group()) for t in out]


def _split_run(text: str, start: int, run: str) -> tuple[list, list]:
    """The words of a run of words separated by spaces only, found at `start` in text."""
    toks, pos = [], start
    for part in _SPACES.split(run):
        pos = text.index(part, pos)
        toks.append(_Hit(pos, pos + len(part), part))
        pos += len(part)
    return toks, [_norm(t.group()) for t in toks]


def _tokens_to(text: str, end: int, limit: int) -> list:
    """Up to `limit` words that end the text at `end`, with nothing but spaces between them."""
    if limit <= _MOST_BEFORE:
        words = _words_to(text, end, _MOST_BEFORE)[0]
        return words[-limit:] if len(words) > limit else words
    return _words_to(text, end, limit)[0]


@lru_cache(maxsize=1024)
def _words_to(text: str, end: int, limit: int) -> tuple[list, list]:
    """The words that end the text at `end` (as _tokens_to) and their lookup forms."""
    if limit == _MOST_BEFORE:
        run = _RUN_TO.match(text, 0, end)
        return _split_run(text, run.start(), run.group().rstrip()) if run else ([], [])
    out = []
    stop = end
    for t in _TOKEN_BACK.finditer(text, max(0, end - 24 * limit), end):     # right to left, lazily
        if text[t.end():stop].strip():
            break
        out.append(t)
        if len(out) >= limit:
            break
        stop = t.start()
    out.reverse()
    return out, [_norm(t.group()) for t in out]


def _remember_last(lookup):
    """Keep a lookup's last text and answer: a clause asks the same list about the same words several times.

    The text is compared by identity (the memo holds it, so its id cannot be reused): the callers pass
    the very same window string (a clause's `left`, `right`) from one question to the next.
    """
    def remembered(self, text: str, **_):
        last = self._last.get(lookup)
        if last is not None and last[0] is text:
            return last[1]
        hit = lookup(self, text)
        self._last[lookup] = (text, hit)
        return hit
    remembered.__doc__ = lookup.__doc__
    return remembered


class _Remembering:
    def __init__(self):
        self._last: dict = {}


class _Phrases(_Remembering):
    """A word list matched on whole words right after a point (match) or right before it (search)."""

    def __init__(self, words, gap: int = 0, lead: str = r"\s*", gap_words=None, trail: str = " \t\n\r",
                 gap_stop: frozenset = _GAP_STOP):
        super().__init__()
        self.phrases = {" ".join(_norm(w) for w in key(w).split()) for w in words if w and not w.startswith("_")}
        self.n = max(len(p.split()) for p in self.phrases)
        # a phrase can only start with one of these words and end with one of those: the others are skipped
        self.first_words = frozenset(p.split()[0] for p in self.phrases)
        self.last_words = frozenset(p.split()[-1] for p in self.phrases)
        self.gap = gap
        self.lead = regex.compile(r"\+?" + lead)
        self.plain_lead = lead == r"\s*"          # read without a regex call: most lists
        self.gap_words = frozenset(gap_words) if gap_words is not None else None
        self.trail = trail
        self.gap_stop = gap_stop

    @_remember_last
    def match(self, text: str) -> _Hit | None:
        """The first phrase of the list among the words at the start of text (after `gap` other words at most)."""
        if self.plain_lead:                             # r"\+?\s*"
            pos = 1 if text[:1] == "+" else 0
            if text[pos:pos + 1].isspace():
                pos = len(text) - len(text[pos:].lstrip())
        else:
            pos = self.lead.match(text).end()
        limit = self.gap + self.n
        toks, words = _words_from(text, pos, _MOST_AFTER) if limit <= _MOST_AFTER else _words_from(text, pos, limit)
        if not toks or toks[0].start() != pos:
            return None
        if len(toks) > limit:
            toks, words = toks[:limit], words[:limit]
        for j in range(min(self.gap, len(words) - 1) + 1):
            if j and (words[j - 1] in self.gap_stop if self.gap_words is None else words[j - 1] not in self.gap_words):
                return None
            if j and words[j - 1][:1].isdigit() and (j < 2 or words[j - 2] not in ("or", "&", "to")):
                return None                             # "30 stewards and 3 sous chefs": a number starts another count
                                                        # (not "2 or 3 holiday employees": a range)
            if words[j] not in self.first_words:
                if "-" in words[j] and words[j].rsplit("-", 1)[1] in self.phrases:     # "well-documented"
                    last = toks[j]
                    return _Hit(last.start(), last.end() - (len(last.group()) - len(last.group().rstrip(_TOKEN_END))), words[j])
                continue
            for k in range(min(self.n, len(words) - j), 0, -1):
                phrase = " ".join(words[j:j + k])
                if phrase in self.phrases or (k == 1 and "-" in phrase and phrase.rsplit("-", 1)[1] in self.phrases):
                    last = toks[j + k - 1]
                    return _Hit(toks[j].start(), last.end() - (len(last.group()) - len(last.group().rstrip(_TOKEN_END))), phrase)
        return None

    @_remember_last
    def search(self, text: str) -> _Hit | None:
        """The phrase of the list that ends the text (before any of the `trail` characters)."""
        end = len(text.rstrip(self.trail))
        toks, words = _words_to(text, end, _MOST_BEFORE) if self.n <= _MOST_BEFORE else _words_to(text, end, self.n)
        if not words or words[-1] not in self.last_words:
            return None
        if len(toks) > self.n:
            toks, words = toks[-self.n:], words[-self.n:]
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:])
            if phrase in self.phrases:
                return _Hit(toks[-k].start(), end, phrase)
        return None


_YEAR = regex.compile(r"(?:19|20)[0-9]{2}")
# What may stick to a bare number on its left without making it part of a name ("H-60", "ISO9001", "'07").
_GLUED_LEFT = regex.compile(r"(?r)(?:[A-Za-z0-9_/\\:'.*]|[A-Za-z0-9]-)\Z")   # \Z: "$" would also match before a final "\n"
# "1) LIBS Braseries ... 2) Citrus ...": a list number at the start of an item
_ENUMERATION = regex.compile(r"^[.)](?:\s|$)")
_ITEM_START = regex.compile(r"(?r)(?:^|[\n•(:])\s*\Z")
_CAPITALISED_NEXT = regex.compile(r"^\s+(?P<word>[A-Z][a-z]+)\b")
# A capitalised word, then a lower-case one: "7 Managing budgets" (a duty), not "3 Training Managers" (a count)
_DUTY_NEXT = regex.compile(r"^\.?\s*(?P<word>[A-Z][a-z]+)\s+[a-z]")
_MONEY_WORDS = regex.compile(r"[$€£₹¥]|\b(?:USD|EUR|GBP|INR|dollars?|revenues?|budgets?|costs?|sales|profits?|funds?|value|spend|turnover)\b", regex.I)
# ... and on its right ("26ft", "4Q2010", "2.7.1", "05/2013", "10:30", "1-800").
_GLUED_RIGHT = regex.compile(r"^(?:[A-Za-z_]|[./:][0-9]|-[0-9]|'[0-9]|-[A-Za-z](?![a-z]))")
# ... unless what sticks is a counted noun: "40ppl".
# An acronym right before a bare number names it, unless the whole text is in capitals ("MANAGED 12 ENGINEERS").
_ACRONYM_BEFORE = regex.compile(r"(?r)(?<![\w&'.-])(?P<w>[A-Z][A-Z0-9]{1,5})[ ]\Z")
_ALL_CAPS_NEXT = regex.compile(r"^\+?[\s-]*[A-Z][A-Z]+\b")
_GLUED_NOUN = _Phrases(_V["scope"]["nouns"], lead="")
_NEITHER_TOKEN = regex.compile(rf"^(?:{_alt(_V['neither']['tokens'])})$", regex.IGNORECASE)
_NAME_BEFORE = _Phrases(_V["neither"]["before"], trail=" \t\n#-")
_CALENDAR_BEFORE = _Phrases(_V["neither"]["calendar"], trail=" \t\n.,'")
_CALENDAR_AFTER = _Phrases(_V["neither"]["calendar"], lead=r"(?:st|nd|rd|th)?,?\s*")
# Durations and other units that make a number neither: "3 years", "6 consecutive months", "500+ connections".
_NEITHER_AFTER = _Phrases(_V["neither"]["after"], gap=1, lead=r"\s*(?:plus\s+|or\s+more\s+)?[-\s]*",
                          gap_words="consecutive straight full calendar fiscal additional long more total overall combined plus".split())
# Counts of technical artefacts: "developed over 30 models", "all 6 PLC control panels".
_ARTEFACT_AFTER = _Phrases(_V["neither"]["artefacts"], gap=3, lead=r"[\s-]*(?:plus\s+|\+\s*)?")
_WAGE_AFTER = _Phrases(_V["neither"]["wage"], lead=r"[\s/]*")

# --- 4. Context: verbs, cue words and nouns ----------------------------------------------------

_VERB_CLASSES = classes({k: v for k, v in _V["verbs"].items()})
# The nearest verb before a magnitude: searched backwards (?r) from the magnitude, within its clause.
_VERB_WORDS = max(len(v.split()) for v in _VERB_CLASSES)
_INTENT = _Phrases(_V["neither"]["intent"])

_QUALIFIER = {key(w): bound for bound, words in _V["qualifiers"].items() if not bound.startswith("_") for w in words}
_QUALIFIER_BEFORE = _Phrases(_QUALIFIER)


def _before_qualifier(left: str) -> int:
    """Where `left` ends once a qualifier at its end is cut ("a rate of over" -> "a rate of")."""
    q = _QUALIFIER_BEFORE.search(left)
    return q.start() if q else len(left)

_QUALIFIERS = rf"(?:(?:{alternation(_QUALIFIER)})\s*)?"

_SCOPE_PHRASE_BEFORE = _Phrases(_V["scope"]["before"], trail=" \t\n:=")
_ARTICLES = _Phrases(["a", "an"])


class _ScopeBefore(_Remembering):
    """A scope cue right before the number, past a qualifier and an article: "team of (about) 12", "budget of $2M"."""

    @_remember_last
    def search(self, left: str) -> _Hit | None:
        end = len(left)
        for skip in (None, _ARTICLES, _QUALIFIER_BEFORE):
            hit = skip.search(left[:end]) if skip else None
            if hit:
                end = hit.start()
            cue = _SCOPE_PHRASE_BEFORE.search(left[:end])
            if cue:
                return cue
        return None


_SCOPE_BEFORE = _ScopeBefore()
_LEVEL_WORDS = _Phrases(_V["nouns"]["level"] + "ratio score scores level average margin share yield cost costs turnover grade"
                       " variance difference discrepancy shrink shrinkage".split())


class _LevelBefore(_Remembering):
    """A level named right before the number: "a rate of 30%", "compliance at 97%", "a grade of 100%"."""

    @_remember_last
    def search(self, left: str) -> _Hit | None:
        end = _before_qualifier(left)
        link = _tokens_to(left, len(left[:end].rstrip()), 1)
        if not link or _norm(link[0].group()) not in ("of", "at", "to", "was", "is", "reached", "hit"):
            return None
        return _LEVEL_WORDS.search(left[:link[0].start()])


_LEVEL_BEFORE = _LevelBefore()
# "95% of students passed": a share of people who did something
_RESULT_AFTER = regex.compile(rf"^\s*(?:[\w'’/-]+\s+){{0,5}}?(?:{_alt(_V['nouns']['result_after'])})\b", regex.I)
# "100 Million records sold worldwide", "1,200 leads generated": a count won, named by its participle
_COUNT_RESULT_AFTER = regex.compile(rf"^\+?\s*(?:(?!(?:who|that|which|and|or|to|of)\b)[\w'’/-]+\s+){{1,2}}(?:{_alt(_V['nouns']['result_after'])})\b", regex.I)
# "70% from 2005 to 2006", "12% year over year": a change over a stated period
_PERIOD_CHANGE_AFTER = regex.compile(r"^\s*(?:from\s+(?:19|20)[0-9]{2}\s+to\s+(?:19|20)[0-9]{2}|year[\s-]over[\s-]year|yoy|y/y)\b", regex.I)
_SHARE_RESULT_AFTER = regex.compile(rf"^\s*(?:of\s+(?:[\w'’/-]+\s+){{0,5}}?)?(?:were\s+|was\s+)?(?:{_alt(_V['nouns']['share_result'])})\b", regex.I)
# Scope cues that are only qualifiers: a verb of change before them still makes an outcome.
_WEAK_SCOPE_CUE = regex.compile(r"^\s*(?:up\s+to|in\s+excess\s+of|an?\s+average\s+of|average\s+of|range\s+of|ranging\s+from)\b", regex.I)
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
# "from $4.2M", "ranging from 10", "from a staff of zero (to 20)", "from start up with 3 (people to 250)"
_FROM_BEFORE = regex.compile(rf"""(?r)(?<![\w])(?P<range>rang(?:e|ed|es|ing)\s+|between\s+)?from\s*
    (?:(?:an?|the|just|only|start[\s-]?up\s+with)\s+|(?:an?\s+)?(?:staff|team|headcount|base|total)\s+of\s+)*
    {_QUALIFIERS}\(?\Z""", regex.IGNORECASE | regex.X)
_TO_BETWEEN = regex.compile(rf"^\)?\s*(?:\([^()]{{0,12}}\)\s*)?(?:[A-Za-z%]+\s+){{0,3}}?(?:to|->|>|-\s?>|and)\s*"
                         rf"(?:an?\s+)?(?:projected\s+|estimated\s+|expected\s+|average\s+of\s+)?{_QUALIFIERS}\(?$", regex.IGNORECASE)
_RANGE_TO = regex.compile(r"^\s*(?:to|-)\s*$", regex.IGNORECASE)
_ARROW_BETWEEN = regex.compile(r"^\s*(?:-\s?>|>|=>)\s*$")

# Words between a number and the noun it counts: not a preposition, not punctuation.
_GAP_WORDS = r"(?:(?!(?:of|and|or|to|in|for|at|by|with|from|per|on|over|than|into|across|within|during)\b)[^\s,;:()\[\].•]+\s+)"


def _after(words, gap: int, leading: str = r"\s*") -> _Phrases:
    return _Phrases(words, gap=gap, lead=leading)


# "6 residential and commercial buildings": an "and" may stand between a count and its noun.
_SCOPE_NOUN_AFTER = _Phrases(_V["scope"]["nouns"], gap=3, lead=r"[\s\-\]\)]*(?:plus\s+|\+\s*)?",
                             gap_stop=_GAP_STOP - {"and", "or"})
# "a 520 unit property", "a 2.5 million record dataset": a scope noun in the singular, describing the noun after it
_SCOPE_SINGULAR = _Phrases(_V["scope"]["compound"], lead=r"[ \t]*")
_THEN_WORD = regex.compile(r"^[\s,]+(?:[a-z][\w-]*\s+)?[a-z]")
_GAINABLE = frozenset(key(w) for w in _V["scope"]["gainable"])
_MONEY_NOUN_AFTER = _after(_V["scope"]["money_nouns"], 3, r"[\s-]*(?:(?:in|of)\s+)?")
_WAGE_BEFORE = _Phrases(_V["neither"]["wage_before"], trail=" \t\n:=-")
_PER_PERIOD_AFTER = _Phrases(_V["neither"]["per_period"], lead=r"[\s/]*")
_CHANGE_NOUN_AFTER = _after(_V["nouns"]["up"] + _V["nouns"]["down"], 3)
_COMPARATIVE_AFTER = _after(_V["nouns"]["comparative"], 0, r"\s*(?:\([^()]{0,20}\)\s*)?")
_LEVEL_NOUN_AFTER = _after(_V["nouns"]["level"], 3)
_GOAL_AFTER = regex.compile(rf"^\s*(?:of|to|over|above|against|vs\.?|versus)\s+(?:{_GAP_WORDS}){{0,4}}?(?:{_alt(_V['nouns']['goal'])})\b", regex.IGNORECASE)
# "$500,000/month in revenues", "$175M in revenue per year": money made
_IN_REVENUE_AFTER = regex.compile(r"""
    ^\s*(?:(?:/|per\s+|a\s+|an\s+|each\s+)\s*(?:year|yr|month|mo|quarter|week|day|annum)\b)?
    \s*in\s+(?:(?:annual|annualized|yearly|monthly|new|additional|incremental|recurring|gross|net|total)\s+){0,2}
    (?:revenues?|sales|bookings|profits?|income|gmv|arr|mrr)\b
""", regex.I | regex.X)
# "a $5 million Capital Campaign", "$100 million financing": money raised
_RAISED_AFTER = _after(_V["nouns"]["raised"], 1, r"[\s-]*(?:dollars?\s+)?")
_AUDIENCE_AFTER = _after(_V["nouns"]["audience"], 2, r"[\s-]*")
_PRIZE_AFTER = _after(_V["nouns"]["prize"], 4, r"[\s-]*")
_PRIZE_REPEAT_AFTER = _after(_V["nouns"]["prize_repeat"], 0, r"[\s-]*")
_PRIZE_WORDS = frozenset(key(w) for w in _V["nouns"]["prize"] if " " not in w)
_RANK_AFTER = _after(_V["nouns"]["rank"], 3, r"[\s-]*")
_PLACE_AFTER = regex.compile(r"^\s*(?:place|position|prize|runner[\s-]up|overall)\b|^\s*(?:most|best)\b", regex.IGNORECASE)
_RANK_LIST_AFTER = _after(_V["nouns"]["rank_list"], 0)
_PERIOD_BEFORE = regex.compile(r"(?r)(?<![\w])(?:in|within|during|after|each|every|past|last|first|next)\s*(?:the\s+|just\s+|only\s+|less\s+than\s+)?\Z", regex.I)
_TIME_LEVEL_BEFORE = regex.compile(rf"(?r)\b(?:time|times|turnaround|tat|latency|duration|sla)\s+(?:of|at|to|under|below|within|averaging)\s+{_QUALIFIERS}\Z", regex.I)
_CHANGE_UNIT_AFTER = regex.compile(r"^\s*(?:(?:full|whole|entire)\s+(?:business\s+|work\s+)?(?:day|week|hour)\b|(?:minutes|hours|days|weeks|seconds|mins|hrs|points?|pts)\b)", regex.I)
# "four days ahead of schedule", "20 days early": time won against a plan
_EARLY_AFTER = regex.compile(r"^\s*(?:business\s+)?(?:days?|weeks?|months?|hours?)\s+(?:ahead|early|earlier|sooner|before\s+(?:the\s+)?(?:deadline|schedule))\b", regex.I)
# "$1M under budget": money kept against a plan is a saving
_UNDER_BUDGET_AFTER = regex.compile(r"^\s*(?:under|below)\s+(?:the\s+|its\s+|our\s+)?(?:budget|budgeted|forecast|cost\s+estimate)\b", regex.I)
# "#1 in the region", "No. 1 among 40 reps": a rank held somewhere; "the #1 priority" is no rank won
_RANK_WHERE_AFTER = regex.compile(r"^\s*(?:in|among|across|nationally|nationwide|worldwide|overall)\b", regex.I)
_PRIZE_BEFORE = regex.compile(r"(?r)\b(?:winner\s+of|recipient\s+of|awarded|won)\s+\Z", regex.I)
# Chosen among few: "one of only 13 students chosen", "(500+ applied; 24 selected)", "1 of top 4 agents".
_FEW_BEFORE = regex.compile(r"(?r)\bone\s+of\s+(?P<only>(?:only|just)\s+)?(?:the\s+)?\Z", regex.I)
_CHOSEN_AFTER = regex.compile(r"""
    ^[^•.;]{0,60}?\b(?:chosen|selected|picked|invited|accepted|admitted|nominated|honou?red|recognized|recognised
                    |to\s+(?:receive|earn|win|achieve|be\s+(?:chosen|selected|named|awarded|recognized)))\b
""", regex.I | regex.X)
_SELECTED_AFTER = regex.compile(r"^(?P<words>\s*(?:were\s+|was\s+)?(?:selected|chosen|accepted|admitted))\s*(?:[).,;]|$)", regex.I)
# A number foreseen, not achieved: "growth projections of 100%", "an estimated $2M", "potential savings of $1M"
# (but "exceeding projected sales of $8M" beat the projection: a result).
_PROJECTED_BEFORE = regex.compile(rf"""(?r)(?<![\w])
    (?<!(?:exceed(?:ed|ing)?|beat(?:ing)?|surpass(?:ed|ing)?|outperform(?:ed|ing)?|top(?:ped|ping)?)\s+(?:the\s+|our\s+|its\s+)?)
    (?:projections?|projected|forecasts?|forecasted|expected|estimated|anticipated|potential)
    \s+(?:(?!(?:and|or|at)\b)[\w-]+\s+){{0,2}}?(?:of\s+|to\s+be\s+)?(?:an?\s+)?{_QUALIFIERS}\Z""", regex.I | regex.X)
_PROJECTED_STEMS = ("project", "forecast", "expect", "estimat", "anticipat", "potential")


def _projected(left: str) -> bool:
    """_PROJECTED_BEFORE, tried only where one of its words is (a substring test costs far less)."""
    low = left.lower()
    return any(stem in low for stem in _PROJECTED_STEMS) and _PROJECTED_BEFORE.search(left) is not None


# "Implemented 2 day Financial Close (down from 3 day)": the new level, with the old one after it
_DOWN_FROM_AFTER = regex.compile(r"^(?P<words>(?:[\s-]*[\w'’/]+){0,4})[\s,]*[(\[]?\s*(?:down|up)\s+from\b", regex.I)
# "X of the Year" (Month, Quarter) is a title won: "3 administrative employee of the year awards", "2x Rookie of the Year"
# (not a unit's number: "20 CRS Maintenance Professional of the Year")
_OF_THE_YEAR_AFTER = regex.compile(r"^[\s-]*(?![A-Z]{2,}\b)(?:[\w'’/-]+\s+){1,3}?(?i:of\s+the\s+(?:year|month|quarter))\b")
_OF_THE_YEAR_BEFORE = regex.compile(r"(?r)\bof\s+the\s+(?:year|month|quarter)\s*\(?\s*[xX]?\s*\Z", regex.I)
# "Airman of the Year (X2)", "Employee of the Month x3": how many times a title was won
_TIMES_WON_BEFORE = regex.compile(r"(?r)(?:\(|\bof\s+the\s+(?:year|month|quarter)\s)[xX]\s?\Z", regex.I)
# "Ranked 29/75", "rated 4.98/5 stars": a place or a score out of a whole
# "businesses with annual gross sales up to $25MM", "institutions with total assets ranging from $100 million",
# "companies of 2 million in revenue": the size of the clients served, not of anything the person handled
_CLIENT_SIZE_BEFORE = regex.compile(r"""(?r)\b(?:companies|businesses|institutions|firms|clients|organi[sz]ations|prospects|employers)
    \s+(?:with|of)\s+(?:(?:annual|gross|total|sales|revenues?|assets|ranging|from|up|to|between|over|under|in|excess|of|and
            |\$?[0-9][0-9.,]*|million|billion|thousand)\s+){0,8}\Z""", _FLAGS)
# "led company to record year in new loan originations ($1.2 billion)", "the company's largest sale in history at
# over $15,000": a record set is a result
_RECORD_BEFORE = regex.compile(r"""\brecord[\s-]+(?:breaking\s+|high\s+|setting\s+)?(?:year|quarter|month|sales|revenues?|profits?|growth|levels?|numbers|volume)\b
    | \b(?:largest|biggest|highest|best)\s+(?:single\s+)?(?:sales?|deals?|orders?|contracts?|month|quarter|year|day)
        \s+in\s+(?:the\s+)?(?:company'?s?\s+|its\s+|firm'?s?\s+)?history\b""", _FLAGS)
# "a 100,000 square foot operation", "50,000 SF", "a 24-acre park": the size of a place, not a length
_AREA_AFTER = regex.compile(r"^[\s-]*(?:(?:square|sq\.?)[\s-]*(?:foot|feet|ft\.?|meters?|metres?|m|yards?|miles?)|sf|sqft|acres?|hectares?)(?![\w])", regex.I)
# "developing 100 permits per year", "replacing 40 PCs each quarter": a volume handled per period is a size
_PER_PERIOD_NOUN_AFTER = regex.compile(r"""^\+?\s*(?P<noun>(?:[\w'’/-]+\s+){1,3}?)
    (?:per|a|an|each|every)\s+(?:day|week|month|quarter|year|shift|semester|season|night|weekend)\b""", _FLAGS)
# "for a total of $400,000 in new revenue": income newly brought in is a result, whatever cue comes before
_NEW_INCOME_AFTER = regex.compile(r"^\+?\s*(?:in|of)\s+new\s+(?:[\w-]+\s+)?(?:revenues?|sales|business|bookings|accounts|loans|deposits|contracts|funding|money)\b", regex.I)
_OUT_OF_AFTER = regex.compile(r"^\s?/\s?[0-9]")
_RATING_AFTER = regex.compile(r"^\+?\s*(?:[\w-]+\s+){0,2}?(?:rating|rate|score)\b(?!\s+(?:of|at)\b)", regex.I)
_RATING_BEFORE = regex.compile(r"(?r)\b(?:rating|score)\s+(?:of\s+)?\Z", regex.I)
_RATED_BEFORE = regex.compile(r"(?r)\b(?:ranked|ranking|rated|rating|scored|score\s+of)\s+(?:of\s+|at\s+|as\s+)?\Z", regex.I)
_IN_A_CLASS_BEFORE = regex.compile(r"(?r)\b(?:in|of)\s+(?:a\s+|the\s+|my\s+|his\s+|her\s+)?(?:graduating\s+)?class\s+of\s+\Z", regex.I)
_OF_TOP_AFTER = regex.compile(r"^\s*of\s+(?:the\s+)?top\b", regex.I)
_NAME_LEFT = regex.compile(r"(?r)(?<=[a-z,]\s+)[A-Z][a-z]+\s+\Z")    # "... in Tokyo 95": a name's number
_CAPITAL_GAP = regex.compile(r"\s[A-Z][a-z]+ed\b")     # "staff of 25 Initiated program": a new sentence
_COMPOUND_AFTER = regex.compile(r"^-[A-Za-z]")        # "a 12-factor architecture": the number describes a noun
_VERSION_LIKE = regex.compile(r"\.(?!00$)[0-9]")      # "4.2", "1.8"; not the cents of "30,000.00"
_WORD_AFTER = regex.compile(r"^\+?[\s-]*[^\W\d_]")
_PREPOSITION_BEFORE = regex.compile(r"(?r)(?<![\w'])(?:in|across|at|within|throughout|for|among|between|through)\s+(?:the\s+|all\s+|over\s+|about\s+|nearly\s+|approximately\s+)?\Z", regex.I)
# "brought in 21 new client accounts": "in" ends a verb of the vocabulary here, it is no preposition
_PARTICLE_BEFORE = regex.compile(rf"(?r)\b(?:{alternation(v for v in _VERB_CLASSES if v.split()[-1] in ('in', 'at', 'for', 'through', 'across'))})\s+(?:the\s+|all\s+|over\s+|about\s+|nearly\s+|approximately\s+)?\Z", regex.I)
# "exceeding $500,000/month in revenues": a qualifier that is also a result
_BEAT_BEFORE = regex.compile(r"(?r)\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|beat(?:ing)?|top(?:ped|ping))\s+\Z", regex.I)
_SCOPE_NOUN_BEFORE = _Phrases(_V["scope"]["nouns"])
_NEW_BEFORE_NOUN = regex.compile(r"^\+?\s*(?:\w+\s+)?new\s", regex.IGNORECASE)

# The metric in the candidate's words: the phrase between the verb and the number, or after it.
_STOP = r"(?:by|from|to|of|over|in|within|during|for|at|least|with|and|while|through|via|thanks|due|as|on|per|resulting|which|that|after|since|than|into|across|nearly|almost|approximately|about|around|more|up|down|the|a|an|our|its|their|his|her|my|overall|total|average|an\s+average)"
_METRIC_TRIM = regex.compile(rf"^(?:\s*\b{_STOP}\b(?![-']))*\s*(?P<m>.*?)(?:\s*\b{_STOP}\b)*[\s,:-]*$", regex.IGNORECASE | regex.DOTALL)
_PHRASE_AFTER = regex.compile(rf"^\s*(?:(?:in|of|on)\s+)?(?:(?:the|a|an|our|its|their|annual|yearly|monthly)\s+)*(?P<m>(?:(?!{_STOP}\b)[\w&'/-]+(?:\s+|$)){{1,4}})", regex.IGNORECASE)
_FAMILY_OF = {}
for _family, _words in _V["families"].items():
    if not _family.startswith("_"):
        for _w in _words:
            _FAMILY_OF.setdefault(key(_w), _family)
_FAMILY_WORDS = max(len(w.split()) for w in _FAMILY_OF)


def _family_terms(text: str) -> list[tuple[int, int, str]]:
    """Every metric-family term in the text: (start, end, family)."""
    toks = list(_TOKEN.finditer(text))
    words = [_norm(t.group()) for t in toks]
    hits = []
    for i in range(len(toks)):
        for k in range(min(_FAMILY_WORDS, len(toks) - i), 0, -1):
            family = _FAMILY_OF.get(" ".join(words[i:i + k]))
            if family:
                last = toks[i + k - 1]
                hits.append((toks[i].start(), last.end() - (len(last.group()) - len(last.group().rstrip(_TOKEN_END))), family))
                break
    return hits

_PERIODS = alternation(_V["timeframes"]["periods"])
_TIMEFRAME_AFTER = regex.compile(rf"""
    ^[^•]{{0,50}}?(?<![\w])(?P<tf>
        (?:in|within|over|during|for|across|after)\s+
            (?:(?:the|a|an|my|our|its|first|last|past|next|just|only|less\s+than|under|about|approximately|nearly|
                  consecutive|fiscal|calendar|{_WORDNUM}|[0-9]+(?:\.[0-9]+)?)[\s-]+){{0,4}}(?:{_PERIODS})\b(?:\s+period)?
      | {_alt(_V['timeframes']['phrases'])}
      | (?:in|during|for)\s+(?:FY\s?|fiscal\s+(?:year\s+)?)?'?(?:19|20)[0-9]{{2}}\b
      | from\s+(?:19|20)[0-9]{{2}}\s+to\s+(?:19|20)[0-9]{{2}}\b
    )(?![\w])
""", _FLAGS)


# Every timeframe holds one of these (a period, a phrase, a year's first digits) within its first 140
# characters: the pattern, which tries each of 50 places, is run only where one is.
_TIMEFRAME_HINTS = ("day", "daily", "week", "month", "quarter", "year", "yr", "semester", "season", "period", "y/y", "y-o-y",
                    "yoy", "qoq", "annu", "p.a.", "ytd", "to date", "19", "20")


def _timeframe(window: str) -> regex.Match | None:
    low = window[:200].lower()
    if not any(hint in low for hint in _TIMEFRAME_HINTS):
        return None
    return _TIMEFRAME_AFTER.match(window, timeout=TIMEOUT)


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


@dataclass
class _Mag:
    """One magnitude found by MAGNITUDE, before classification."""

    start: int
    end: int
    kind: str                   # money | pct | mult | rank | count
    value: dict
    m: regex.Match
    partner: "_Mag | None" = None     # the B of "from A to B"
    ranged: bool = False


_WORD_SPLIT = regex.compile(r"[\s-]+")
_DECIMAL_COMMA = regex.compile(r"[0-9]+,[0-9]{1,2}")
_IN_OR_OF = regex.compile(r"\s*(?:in|of)\b", regex.I)
_SEPARATOR = regex.compile(r"[\s,&]*(?:and\s+|&\s*)?", regex.I)


def _words_value(text: str) -> float:
    """ "thirty-four" -> 34, "a dozen" -> 12, "two hundred" -> 200. """
    total, current = 0.0, 0.0
    for word in _WORD_SPLIT.split(key(text)):
        if word in ("a", "and", ""):
            continue
        if word == "half":
            current = 0.5                               # "half a million"
            continue
        if word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in ("hundred",):
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0.0
    return total + current


def _number(text: str, scale: str | None = None) -> float:
    text = text.strip()
    if text[:1].isdigit() or text[:2].lstrip(".").isdigit():
        if _DECIMAL_COMMA.fullmatch(text):
            value = float(text.replace(",", "."))
        else:
            value = float(text.replace(",", "").replace(" ", ""))
    else:
        value = _words_value(text)
    if scale:
        s = key(scale).strip("-").strip()
        value *= _SCALES.get(s, _SCALES.get(s.lower(), 1))
    return value


def _currency(text: str) -> str:
    k = key(text).rstrip()
    return _CURRENCIES.get(k) or _CURRENCIES.get(k.rstrip(".")) or ("USD" if k.endswith("$") else k.upper())


def _magnitude(m: regex.Match) -> tuple[str, dict]:
    """The normalised magnitude of a MAGNITUDE match: its kind and {"value", "unit", ...}."""
    if m["money"]:
        mag = {"value": _number(m["mnum"], m["mscale"]), "unit": _currency(m["cur"])}
        if m["mhigh"]:
            mag["high"] = _number(m["mhigh"], m["mhscale"] or m["mscale"])
        if m["mplus"]:
            mag["bound"] = "lower"
        return "money", mag
    if m["money_after"]:
        several = m["anum"].strip().lower() == "several"
        mag = {"value": _number(m["anum"] if m["anum"].strip() and not several else "1", m["ascale"]) * (2 if several else 1),
               "unit": _currency(m["acur"])}
        return "money", ({**mag, "bound": "lower"} if several else mag)  # "several million dollars": 2M or more
    if m["pct"]:
        unit = key(m["punit"])
        value = _number(m["pnum"])
        if unit.startswith(("bps", "basis")):
            mag = {"value": value / 100, "unit": "percentage points"}
        elif unit.startswith(("percentage", "pt", "pp")):
            mag = {"value": value, "unit": "percentage points"}
        else:
            mag = {"value": value, "unit": "percent"}
        if m["phigh"] or m["phigh2"]:
            mag["high"] = _number(m["phigh"] or m["phigh2"])
        return "pct", mag
    if m["mult"]:
        if m["xword"]:
            return "mult", {"value": float(_MULTIPLIERS[key(m["xword"])]), "unit": "multiplier"}
        if m["dword"]:
            return "mult", {"value": {"double": 2.0, "triple": 3.0, "quadruple": 4.0}[m["dword"].lower()], "unit": "multiplier"}
        if m["tnum"]:
            return "times", {"value": _number(m["tnum"]), "unit": "multiplier"}
        digits = m["xnum"] or m["fnum"]
        return "mult", {"value": _number(digits) if digits else float(_NUMBER_WORDS[key(m["fword"])]), "unit": "multiplier"}
    if m["rank"]:
        if m["rnum"]:
            mag = {"value": 1.0 if m["rnum"].lower() == "one" else float(m["rnum"]), "unit": "rank"}
            if m["rof"]:
                mag["of"] = _number(m["rof"])
            return "rank", mag
        if m["topnum"]:
            return "top", {"value": _number(m["topnum"]), "unit": "top percent" if m["toppct"] else "top"}
        return "ordinal", {"value": float(m["onum"]) if m["onum"] else float(_ORDINALS[key(m["oword"])]), "unit": "place"}
    mag = {"value": _number(m["cnum"], m["cscale"]), "unit": "count"}
    if m["chigh"]:
        mag["high"] = _number(m["chigh"], m["chscale"] or m["cscale"])
    if m["cplus"]:
        mag["bound"] = "lower"
    return "count", mag


def _verb_form(word: str) -> bool:
    """A word that starts a duty or a claim: a verb of the vocabulary or an -ing form."""
    low = word.lower()
    return low in _VERB_CLASSES or low.endswith("ing")


def _is_name_or_date(s: str, mg: _Mag) -> bool:
    """A number that is part of a date, a version, a product or standard name, a phone number or an id."""
    m, start, end = mg.m, mg.start, mg.end
    left, right = s[max(0, start - 40):start], s[end:end + 40]
    if _NEITHER_TOKEN.match(s[start:end].strip()):
        return True
    if mg.kind in ("count", "times", "rank", "ordinal", "money"):
        digits = (m["cnum"] or m["mnum"] or m["tnum"] or m["rnum"] or m["anum"] or m["onum"] or "")
        bare = mg.kind == "count" and not (m["cscale"] or m["cplus"])
        if bare and _YEAR.fullmatch(digits or "") and (not m["chigh"] or _YEAR.fullmatch(m["chigh"] or "")):
            return True                                  # a year, or a range of years
        if bare and digits[:1] == "0" and len(digits) > 1:
            return True                                  # 05, 07-06676: a month or an id
        if bare and digits.isdigit() and len(digits) >= 7:
            return True                                  # a phone number or an id
        if bare and len(digits) <= 2 and _ITEM_START.search(left):
            if _ENUMERATION.match(right):
                return True                              # "1) ...", "2. ...": a list number
            nxt = _CAPITALISED_NEXT.match(right)
            if nxt and not _SCOPE_NOUN_AFTER.match(right) and not _SCOPE_BEFORE.search(left):
                return True                              # "11 Ensuring projects run smoothly": a numbered line
        if bare and len(digits) <= 2 and (nxt := _DUTY_NEXT.match(right)) and _verb_form(nxt["word"]) \
                and not _SCOPE_BEFORE.search(left) and not _SCOPE_NOUN_BEFORE.search(left):
            return True                                  # "... procedures 7 Managing budgets": a numbered item, run on
                                                         # (not "Supervises team 8 Supervises ordering")
        if mg.kind in ("count", "times", "ordinal") and _GLUED_LEFT.search(left) and not _TIMES_WON_BEFORE.search(left):
            return True
        if mg.kind not in ("money", "ordinal") and _GLUED_RIGHT.match(right) and not _GLUED_NOUN.match(right) \
                and not (_OUT_OF_AFTER.match(right) and _RATED_BEFORE.search(left)):
            return True
        if mg.kind in ("count", "ordinal") and (_CALENDAR_BEFORE.search(left) or _CALENDAR_AFTER.match(right)):
            return True
        if mg.kind in ("count", "rank", "times") and _NAME_BEFORE.search(left) and not _TIMES_WON_BEFORE.search(left):
            return True
        if bare and (acro := _ACRONYM_BEFORE.search(left)) and not _ALL_CAPS_NEXT.match(right) \
                and acro["w"].lower() not in _VERB_CLASSES and not _SCOPE_NOUN_AFTER.match(right):
            return True                                  # "GE 9600", "LCS 9 launched", "MAE 3 class": a model or a name
    if mg.kind == "mult" and m["xnum"] and (_NAME_BEFORE.search(left) or right[:1] == "/"):
        return True                                      # "Windows 9x/2000/XP"
    if mg.kind == "money" and (_WAGE_AFTER.match(right) or _WAGE_BEFORE.search(left) or "salary" in left.lower()
                               or _GLUED_RIGHT.match(right[:2]) and right[:1].isalpha()):
        return True
    return False


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
            if (frm and _TO_BETWEEN.match(between)) or _ARROW_BETWEEN.match(between):
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


def _clause(bounds: list[int], n: int, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(bounds, pos)
    return (bounds[i - 1] if i else 0), (bounds[i] if i < len(bounds) else n)


_OUTCOME_CLASSES = frozenset({"up", "down", "result", "level", "rank"})


class _Verb(NamedTuple):
    text: str
    start: int          # offsets in the text
    end: int
    classes: frozenset


_VERB_WORD_SET = frozenset(w for v in _VERB_CLASSES for w in v.split())


def _verbs(text: str, start: int, end: int, reverse: bool):
    """The verbs of the vocabulary between start and end, nearest first (reverse) or in order."""
    starts, ends, norms = _split_words(text, start, end)
    order = range(len(norms) - 1, -1, -1) if reverse else range(len(norms))
    for i in order:
        if norms[i] not in _VERB_WORD_SET:
            continue
        for k in range(min(_VERB_WORDS, (i + 1) if reverse else len(norms) - i), 0, -1):
            a, b = (i - k + 1, i + 1) if reverse else (i, i + k)
            if any(text[ends[j - 1]:starts[j]].strip() for j in range(a + 1, b)):
                continue
            cls = _VERB_CLASSES.get(" ".join(norms[a:b]))
            if cls:
                yield _Verb(text[starts[a]:ends[b - 1]], starts[a], ends[b - 1], cls)
                break


# The words of a stretch of text as _TOKEN finds them, by str.split (C speed) on a copy where every
# character that ends a word is a space; the control characters str.split would also split on, and
# _TOKEN would not, are kept as word characters.
_WORD_BREAKS = str.maketrans({**{c: " " for c in ",;:()[]{}<>•\"|"}, **{chr(c): "\x00" for c in range(0x1c, 0x20)}})


def _split_words(text: str, start: int, end: int) -> tuple[list, list, list]:
    """Starts, ends (offsets in text) and lookup forms of the words of text[start:end]."""
    seg = text[start:end]
    broken = seg.translate(_WORD_BREAKS)           # same length, same offsets
    starts, ends, norms = [], [], []
    pos = 0
    for part in broken.split():
        pos = broken.find(part, pos)
        starts.append(start + pos)
        norms.append(_norm(seg[pos:pos + len(part)]))
        pos += len(part)
        ends.append(start + pos)
    return starts, ends, norms


def _nearest_verb(s: str, start: int, end: int, wanted: frozenset | None = None) -> _Verb | None:
    """The nearest verb in s[start:end], before a magnitude, skipping qualifiers ("loans exceeding $1M": no verb
    there); with `wanted`, the nearest whose classes include one of those ("lead time by 48%": "lead" is no verb)."""
    for v in _verbs_before(s, start, end):
        if wanted is None or v.classes & wanted:
            return v
    return None


_LAST_VERBS: list = [None, None, None]      # the text, (start, end), its verbs: asked twice per number


def _verbs_before(s: str, start: int, end: int) -> list:
    """The 4 verbs nearest the end of s[start:end], nearest first, once a qualifier before the end is cut."""
    if _LAST_VERBS[0] is s and _LAST_VERBS[1] == (start, end):
        return _LAST_VERBS[2]
    cut = start + _before_qualifier(s[start:end])
    verbs = list(islice(_verbs(s, start, cut, reverse=True), 4))
    _LAST_VERBS[:] = [s, (start, end), verbs]
    return verbs


def _intent(text: str) -> bool:
    """ "aimed at capturing", "in order to increase": a goal, not a result."""
    if _INTENT.search(text):
        return True
    toks = _tokens_to(text, len(text.rstrip()), 1)
    return bool(toks) and _INTENT.search(text[:toks[0].start()]) is not None


def _bound(left: str) -> str | None:
    q = _QUALIFIER_BEFORE.search(left)
    return _QUALIFIER.get(key(q["q"])) if q else None


# "ranked in the top 5%", "graduated top 10", "GPA: Top 5% of class": a place held. But after any other verb
# ("identified top 10 use cases", "retaining the top 5% of staff") the top N are things or people handled.
_TOP_LEADS = frozenset("in among within into of as at from is was were are be been being consistently "
                       "always regularly remained remain stayed".split())
_TOP_SKIP = frozenset("the a an".split())


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


def _where(left: str) -> bool:
    """A preposition right before the number ("in two countries", "for 3 of 4 divisions"): where or for whom the
    verb acted. Not the particle of a verb of the vocabulary ("brought in 21 new client accounts")."""
    return bool(_PREPOSITION_BEFORE.search(left)) and not _PARTICLE_BEFORE.search(left)


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


def _classify(s: str, mg: _Mag, cstart: int, cend: int) -> tuple[str, dict] | None:
    """outcome / scope / None for one magnitude, with what the context said (verb, cue, nouns)."""
    end = mg.partner.end if mg.partner else mg.end
    lstart = max(cstart, mg.start - 110)
    left, right = s[lstart:mg.start], s[end:min(cend, end + 110)]
    near = _nearest_verb(s, lstart, mg.start)
    cls = near.classes if near else frozenset()
    if near and _intent(s[max(cstart, near.start - 30):near.start]):
        return None                                     # "aimed at capturing 1.5%": a goal, not a result
    near_outcome = near if near and cls & _OUTCOME_CLASSES else _nearest_verb(s, lstart, mg.start, _OUTCOME_CLASSES)
    info = {"near": near, "near_outcome": near_outcome, "right": right, "left": left}
    kind = mg.kind

    if mg.partner is None and _projected(left):
        return None                                     # "growth projections of 100% increase": not yet a result
    if mg.partner is not None or _DOWN_FROM_AFTER.match(right):
        return "outcome", info                          # from A to B, "2 day close (down from 3 days)": a change
    if kind in ("mult",):
        return "outcome", info
    if kind == "times":
        if _PRIZE_AFTER.match(right) or (cls & {"up", "down", "rank"}) or _COMPARATIVE_AFTER.match(right):
            return "outcome", info                      # "awarded the PRIDE award three times", "3 times more"
        return None
    if kind in ("rank", "top", "ordinal"):
        if kind == "top" and not _in_the_top(left):
            return None                                 # "identified top 10 use cases", "managed the top 3 accounts"
        if kind == "top" and mg.value["unit"] == "top percent":
            return "outcome", info
        if kind == "ordinal":
            return ("outcome", info) if _PLACE_AFTER.match(right) or "rank" in cls else None   # "Ranked 6th in the state"
        if (mg.value.get("of") or _RANK_AFTER.match(right) or "rank" in cls or _PRIZE_AFTER.match(right)
                or (kind in ("rank", "top") and _RANK_WHERE_AFTER.match(right))):
            return "outcome", info
        return None
    if kind == "pct":
        if (_CHANGE_NOUN_AFTER.match(right) or _COMPARATIVE_AFTER.match(right)
                or _LEVEL_NOUN_AFTER.match(right) or _GOAL_AFTER.match(right)
                or _CHANGE_BEFORE.search(left)):
            return "outcome", info
        if (near_outcome or _LEVEL_BEFORE.search(left) or _SHARE_RESULT_AFTER.match(right)
                or _PERIOD_CHANGE_AFTER.match(right)):
            return "outcome", info                      # "at a rate of 30%", "with a score of 98%"
        return None
    if kind == "count" and mg.m["cscale"] and mg.value["value"] >= 1e5 and _MONEY_WORDS.search(s, cstart, cend) and not (
            _SCOPE_NOUN_AFTER.match(right) or _AUDIENCE_AFTER.match(right) or _NEITHER_AFTER.match(right)):
        kind = "money"                                  # "(400 million for North Corridor)": an amount, read as money
    if kind in ("money", "count") and mg.m["cscale"] or kind == "money":
        if _CLIENT_SIZE_BEFORE.search(left):
            return None                                 # "businesses with annual gross sales up to $25MM"
        if _RECORD_BEFORE.search(left[-70:]):
            return "outcome", info                      # "record year in new loan originations ($1.2 billion)"
    if kind == "money":
        if _NEW_INCOME_AFTER.match(right) and cls & {"up", "result", "down"}:
            return "outcome", info                      # "increased sales ..., for a total of $400,000 in new revenue"
        if _CHANGE_NOUN_AFTER.match(right) or _UNDER_BUDGET_AFTER.match(right):
            return "outcome", info                      # "$1.1 million loan growth", "$1M under budget"
        if _IN_REVENUE_AFTER.match(right) and (cls & {"up", "result", "level"} or _BEAT_BEFORE.search(left)) \
                and not cls & {"scope"} and not _SCOPE_BEFORE.search(left):
            return "outcome", info                      # "exceeding $500,000/month in revenues"
        if _metric_to(left) and not cls & {"scope"}:
            return "outcome", info                      # "pushed local office sales to $200K+/month"
        if _RAISED_AFTER.match(right) and not _SCOPE_BEFORE.search(left):
            return "outcome", info                      # "a $5 million Capital Campaign", "$100M in funding"
        noun = _MONEY_NOUN_AFTER.match(right)
        if noun and not (cls & {"result"} and not cls & {"scope"}):
            if not (cls & {"down"} and noun["noun"] in ("costs", "total cost", "in total cost", "spend", "spending")):
                return "scope", info                    # "a $5M budget"; but "saving $1M in R&D costs" is a result
        cue = _SCOPE_BEFORE.search(left)
        if cue and not _WEAK_SCOPE_CUE.match(cue.group()):
            return "scope", info                        # "budget of $2M", "worth over $65M", "totaling $50M"
        if _CHANGE_BEFORE.search(left) or _CHANGE_NOUN_AFTER.match(right) or _COMPARATIVE_AFTER.match(right):
            return "outcome", info
        if _AUDIENCE_AFTER.match(right) or _RESULT_AFTER.match(right):
            return "outcome", info                      # "$7 million in insurance lines sold"
        if cls & {"up", "down", "result"}:
            return "outcome", info                      # "increased revenue up to $15,000 a month"
        if cue:
            return "scope", info                        # "projects in excess of $5M annually"
        if ((per := _PER_PERIOD_AFTER.match(right)) and not cls and not _family_terms(right[per.end():per.end() + 30])
                and not _family_terms(left[-30:])):
            return None                                 # "$28,000 per year" with nothing else: pay (not
                                                        # "Revenue of $225M Annually", "$100,000 Weekly Sales")
        return "scope", info                            # money stated plainly is a size: "$10.1M | GDOT"
    # a count
    if _OUT_OF_AFTER.match(right) and _RATED_BEFORE.search(left):
        return "outcome", info                          # "Ranked 29/75", "rated 4.98/5 stars"
    if _TIMES_WON_BEFORE.search(left) and (_PRIZE_WORDS.intersection(map(_norm, s[cstart:cend].split()))
                                          or _OF_THE_YEAR_BEFORE.search(left)):
        return "outcome", info                          # "Airman of the Year (X2)": a title won twice
    if not mg.m["cscale"] and (_RATING_BEFORE.search(left) or _RATING_AFTER.match(right)):
        return "outcome", info                          # "customer satisfaction rating of 9.80", "a 4.0 growth rating"
    if _VERSION_LIKE.search(mg.m["cnum"] or "") and not mg.m["cscale"] and not _NEITHER_AFTER.match(right):
        return None                                     # "University 4.0 Awarded Honor Roll": a grade, a version
    if _PRIZE_REPEAT_AFTER.match(right) and (_PRIZE_WORDS.intersection(map(_norm, s[cstart:cend].split())) or cls & _OUTCOME_CLASSES):
        return "outcome", info                          # "Award of Merit 2 years in a row", "3-time winner"
    if _EARLY_AFTER.match(right) or _PRIZE_BEFORE.search(left):
        return "outcome", info                          # "four days ahead of schedule", "winner of three Silver Anvils"
    if _OF_THE_YEAR_AFTER.match(right):
        return "outcome", info                          # "3 administrative employee of the year awards"
    if _SELECTED_AFTER.match(right) or (_OF_TOP_AFTER.match(right) and mg.m["cnum"][:1].isdigit()):
        return "outcome", info                          # "(500+ applied; 24 selected)", "1 of top 4 agents"
    if (few := _FEW_BEFORE.search(left)) and (few["only"] or _CHOSEN_AFTER.match(right) or "rank" in cls):
        return "outcome", info                          # "one of only 3 directors to achieve ..."
    if _AREA_AFTER.match(right):
        return "scope", info                            # "a 100,000 square foot finishing operation"
    if _NEITHER_AFTER.match(right):
        if (cls & {"down", "up"} or _CHANGE_BEFORE.search(left)) and _CHANGE_UNIT_AFTER.match(right) and not _PERIOD_BEFORE.search(left):
            return "outcome", info                      # "eliminated 10 hours per week", "scores up by 3 points"
        if (near_outcome and near_outcome.classes & {"level", "down"} and _CHANGE_UNIT_AFTER.match(right)
                and _TIME_LEVEL_BEFORE.search(left)):
            return "outcome", info                      # "maintained a maximum handle time of 12 minutes"
        return None
    scope_cue = _SCOPE_BEFORE.search(left)
    if scope_cue and mg.value["value"] <= 1 and "high" not in mg.value:
        return None                                     # "Team size: 1": no size
    if scope_cue and _IN_A_CLASS_BEFORE.search(left):
        return None                                     # "graduated top 10 in Class of 500": the whole a rank is out of
    if (per := _PER_PERIOD_NOUN_AFTER.match(right)) and mg.value["value"] >= 2 and not _PRIZE_AFTER.match(right):
        nouns = per["noun"].lower().split()
        if (all(n.isalpha() and n not in _GAP_STOP for n in nouns) and "new" not in nouns
                and not (cls & _OUTCOME_CLASSES and not cls & {"scope"})):
            return "scope", info                        # "developing 100 permits per year"; not "generated 200 leads a month"
    if _COUNT_RESULT_AFTER.match(right) and not cls & {"scope"}:
        return "outcome", info                          # "100 Million records sold worldwide"
    if _ARTEFACT_AFTER.match(right) and not scope_cue:
        return None                                     # "developed 30 models": things made, not a size
    if scope_cue and not _WEAK_SCOPE_CUE.match(scope_cue.group()) and not _PRIZE_AFTER.match(right) \
            and not (cls & {"up", "result"} and _AUDIENCE_AFTER.match(right)):    # "grew an audience of 50,000 followers"
        return "scope", info                            # "a daily output of 30 million label impressions"
    if ((audience := _AUDIENCE_AFTER.match(right)) and (audience.group().startswith("new ") or not _where(left))) \
            or _PRIZE_AFTER.match(right):                # not "banquet services for 300+ visitors"
        return "outcome", info
    if _RANK_LIST_AFTER.match(right):
        return "outcome", info                          # "one of the 50 fastest growing companies"
    if _PERIOD_BEFORE.search(left) and not _SCOPE_NOUN_AFTER.match(right):
        return None                                     # "in just 3", "over the past 5": a period, cut short
    if mg.value["value"] <= 1 or (_VERSION_LIKE.search(mg.m["cnum"] or "") and not mg.m["cscale"]):
        return None                                     # nobody manages 0 people or 1.8 servers: a version;
                                                        # and 1 office, 1 site is no size ("30,000.00" is money)
    if mg.m["cnum"] and key(mg.m["cnum"]) in ("one", "a dozen", "dozen") and not _SCOPE_BEFORE.search(left):
        return None
    if _SCOPE_BEFORE.search(left):
        return "scope", info
    if _CHANGE_BEFORE.search(left) and (cls & {"up", "down"}):
        return "outcome", info                          # "reduced ... by 8 times", "increased by 200"
    noun = _SCOPE_NOUN_AFTER.match(right)
    if (not noun and right[:1] in " \t" and (one := _SCOPE_SINGULAR.match(right)) and right[one.start()].islower()
            and _THEN_WORD.match(rest := right[one.end():]) and not _NEITHER_AFTER.match(rest)
            and not _ARTEFACT_AFTER.match(rest) and not _NAME_LEFT.search(left)):
        noun = one
    # "grew the function ... in two countries", "increased visibility for 3 of 4 divisions": where or for whom
    # the verb acted, not what it won
    where = _where(left)
    if noun:
        gained = key(noun["noun"]) in _GAINABLE and (cls & {"result"}) and not (cls & {"scope"})
        if not where and (gained or (_NEW_BEFORE_NOUN.match(right) and cls & {"result", "up"} and not cls & {"scope"})):
            return "outcome", info                      # "acquired 22 new clients", "added 300 customers"
        return "scope", info
    if mg.m["cscale"] and _MONEY_NOUN_AFTER.match(right):
        return "scope", info                            # "14.9 million in total cost"
    if cls & {"result"} and not cls & {"scope"} and mg.value["value"] >= 2 and not where and not _COMPOUND_AFTER.match(right):
        return "outcome", info                          # "closed 40 deals", "generated 200 leads a month"
    if cls & {"scope"}:
        if (mg.m["cnum"] and key(mg.m["cnum"]) == "one") or not _WORD_AFTER.match(right) or _NAME_LEFT.search(left):
            return None                                 # "... on a monthly basis 21.": a list number, not a count
        return "scope", info
    return None


def _metric(s: str, between: str, right: str) -> str | None:
    """The metric in the candidate's words, from the words before the number or else after it."""
    m = _METRIC_TRIM.match(between)
    words = (m["m"] if m else "").strip(" ,:-'\"")
    if words and len(words.split()) <= 6 and _family_terms(words) or (words and len(words.split()) <= 3):
        return " ".join(words.split())
    after = _metric_after(right)
    if after:
        return after
    if words and _family_terms(words):
        return " ".join(words.split()[-4:])
    return None


_METRIC_LEAD = frozenset("in of on for".split())
_METRIC_SKIP = frozenset("the a an our its their annual yearly monthly total".split())


def _metric_after(right: str) -> str | None:
    """The metric named after the number: "$380K in annual tooling costs", "#1 of 40 analysts in client satisfaction"."""
    window = right[:80]
    toks = list(_TOKEN.finditer(window))
    words = [_norm(t.group()) for t in toks]
    for i, w in enumerate(words):
        if w not in _METRIC_LEAD:
            continue
        j = i + 1
        while j < len(words) and words[j] in _METRIC_SKIP:
            j += 1
        phrase_end = None
        for k in range(j, min(j + 4, len(words))):
            if words[k] in _GAP_STOP or window[toks[k - 1].end():toks[k].start()].strip():
                break
            terms = _family_terms(window[toks[j].start():toks[k].end()])
            if terms and terms[-1][1] == toks[k].end() - toks[j].start() - (len(toks[k].group()) - len(toks[k].group().rstrip(_TOKEN_END))):
                phrase_end = toks[j].start() + terms[-1][1]
        if phrase_end is not None:
            return " ".join(window[toks[j].start():phrase_end].split())
    return None


def _family(*texts: str | None) -> str | None:
    """The family of the first text that names one; within it, the word nearest its end (its head) decides."""
    for text in texts:
        if not text:
            continue
        hits = _family_terms(text)
        if hits:
            return max(hits, key=lambda h: (h[1], h[1] - h[0]))[2]
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:-•"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-("):
        end -= 1
    return start, end


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
    for mg in mags:
        cstart, cend = _clause(bounds, len(s), mg.start)
        verdict = _classify(s, mg, cstart, cend)
        if verdict is None:
            continue
        kind, info = verdict
        found.append(_quantity(text, s, mg, kind, info, cstart, cend))
    return _merge(text, s, found)


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
        noun = _SCOPE_NOUN_AFTER.match(right) or (_MONEY_NOUN_AFTER.match(right) if mg.kind == "money" else None)
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
    if (named := _SELECTED_AFTER.match(right) or _DOWN_FROM_AFTER.match(right)) and named["words"].strip():
        tail_end = max(tail_end, end + len(named["words"].rstrip()))
    elif raised := _RAISED_AFTER.match(right):
        tail_end = max(tail_end, end + raised.end())
    if noun_after is not None:
        tail_end = max(tail_end, end + noun_after.end())
        if metric is None:
            words = " ".join(right[:noun_after.end()].split())
            tail = _PHRASE_AFTER.match(right[noun_after.end():])
            changed = _CHANGE_NOUN_AFTER.match(right)     # "a 48% increase in employee satisfaction"
            if tail and changed and changed.end() == noun_after.end() and _IN_OR_OF.match(right, noun_after.end()):
                metric = " ".join(tail["m"].split())
                tail_end = end + noun_after.end() + tail.end("m")
            else:
                metric = words
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


_TIME_UNIT = regex.compile(r"^\s*(?P<u>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|points?|pts)\b", regex.I)
_TIME_UNITS = {"sec": "seconds", "min": "minutes", "hr": "hours", "hour": "hours", "day": "days", "week": "weeks",
               "month": "months", "year": "years", "pt": "points", "point": "points"}


def _time_unit(s: str, mg: _Mag, mag: dict) -> int:
    """A count of days, hours or points in an outcome ("from 10 days to 2") carries that unit, on both sides."""
    sides = [mg] + ([mg.partner] if mg.partner is not None else [])
    if any(side.value["unit"] != "count" for side in sides):
        return 0
    for side in reversed(sides):
        u = _TIME_UNIT.match(s[side.end:side.end + 12])
        if u:
            word = key(u["u"]).rstrip("s")
            unit = _TIME_UNITS.get(word, word + "s")
            for other in sides:
                other.value = {**other.value, "unit": unit}
            mag["unit"] = unit
            return side.end + u.end()
    return 0


def _direction(mg: _Mag, near, right: str, left: str) -> str | None:
    if mg.partner is not None:
        a, b = mg.value.get("value"), mg.partner.value.get("value")
        if a is not None and b is not None and a != b:
            return "up" if b > a else "down"
    if mg.kind in ("mult", "times") and (mg.m["xword"] or mg.m["dword"]):
        return "down" if mg.value["value"] < 1 else "up"
    if changed := _CHANGE_NOUN_AFTER.match(right):
        return "down" if key(changed["noun"]) in _DOWN_NOUNS else "up"
    c = _CHANGE_BEFORE.search(left)
    if c and c.group().split()[0] == "down":
        return "down"
    if c and c.group().split()[0] == "up":
        return "up"
    if c and c.group().split()[0] in _CHANGE_NOUNS:      # "savings of $20,000", "an increase of 32%"
        return "down" if c.group().split()[0] in _DOWN_NOUNS else "up"
    if near:
        if "down" in near.classes and "up" not in near.classes:
            return "down"
        if "up" in near.classes:
            return "up"
    return None


# The metric of a claim with no verb of its own: "lead time by 48%", "companys costs by over 20%".
_METRIC_BY = regex.compile(rf"(?:^|[,&•(]|\band\s)\s*(?P<m>(?:(?!(?:and|the|a|an|by)\b)[\w'/-]+\s+){{1,4}})by\s*{_QUALIFIERS}$", regex.IGNORECASE)
_JOIN_AFTER = regex.compile(rf"^\s*(?:[\w'-]+\s+){{0,3}}?(?:to|->|>)\s*{_QUALIFIERS}$", regex.IGNORECASE)


def _merge(text: str, s: str, found: list[Quantity]) -> list[Quantity]:
    """One claim, one finding: "grew revenue 40% to $2M" keeps 40% and takes $2M as its after-value;
    a claim that would start inside the previous one starts after it instead."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev and prev.kind == "outcome" and prev.after is None and _JOIN_AFTER.match(
                s[prev.extra["mag_end"]:q.extra["mag_start"]]):
            prev.after = q.magnitude
            prev.end = max(prev.end, q.extra["mag_end"])
            continue
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
