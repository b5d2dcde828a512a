"""Magnitudes: money, percents, multipliers, ranks and counts, in digits or in words, found only where a number
can start, and read into {value, unit, high, bound}."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import regex

from ..vocabulary import alternation, key
from .limits import _FLAGS, MAX_DIGITS, MAX_NUMBERS
from .vocab import _alt, _cue, _CURRENCIES, _MULTIPLIERS, _NUMBER_WORDS, _ORDINALS, _SCALES

log = logging.getLogger(__name__)

# --- The number itself --------------------------------------------------------------------------
# Fragments written for verbose patterns: every pattern that embeds them is compiled with regex.VERBOSE.

_NUM = r"""(?:
      [0-9]+,[0-9]{1,2}(?=\s?%)                     # 27,5%: a decimal comma, before a percent only
    | [0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])    # 4,50,000 and 1,25,00,000: Indian grouping (lakh, crore)
    | [0-9]{1,3}(?:,[0-9]{3})+(?![0-9])             # 1,800 and 12,000,000: thousands with commas
    | [0-9]{1,3}(?:\ [0-9]{3})+(?![0-9,.])          # 1 000: thousands with spaces
    | [0-9]+                                        # 42
    )(?:\.[0-9]+)?                                  # then an optional decimal part: 4.2
"""
_TENS = [w for w, v in _NUMBER_WORDS.items() if 20 <= v < 100 and v % 10 == 0]
_UNITS = [w for w, v in _NUMBER_WORDS.items() if 1 <= v <= 9]
_SMALL = [w for w, v in _NUMBER_WORDS.items() if v < 20 or v in (100, 1000) or " " in w
          or w.endswith("s")]                       # "hundreds", "thousands", "millions": counts written as words
_WORDNUM = rf"""(?:\b(?:
      (?:{alternation(_TENS)})(?:[\s-]+(?:{alternation(_UNITS)}))?      # twenty, thirty-four, forty five
    | (?:{alternation(_SMALL)})                                         # one to nineteen, a dozen, a hundred
    )(?:[\s-]+(?:dozens?|hundred|thousand|million|billion))?\b         # then a scale: two dozen, five million
    (?:(?<=s)\s+of\s+(?:thousands|millions|billions)\b)?)            # or a plural's: hundreds of millions
"""
_SCALE = r"""(?:
      [\s-]?(?:dozens?|thousand|millions?|billion|trillion|lakhs?|lacs?|crores?|mil|mn|bn|tn|grand)\b   # 5 lakh, 2 dozen
    | \s?(?-i:[Cc]rs?)\b                             # INR 1.2 Cr, Rs. 40 crs: crore, abbreviated (not "20 CRS")
    | (?:MM|mm|K|k|M|m|B|b|Cr|cr)(?![A-Za-z0-9])    # 4.2M, 25k: a single letter only when attached
)"""

# "$85+ million", "30+ billion page views", "$1.2+M": a lower bound written before the scale
_PLUS_SCALE = rf"(?:\+?{_SCALE})"
# after money only, a capital scale may stand apart: "$2.5 MM equipment lease", "$151 M of awarded contracts"
_MONEY_SCALE = rf"(?:{_PLUS_SCALE}|\s(?-i:MM|M|B|K|BN|MN)(?![A-Za-z0-9]))"

# --- Currencies --------------------------------------------------------------------------------------
_CUR_BEFORE = rf"""(?:
      (?:[A-Z]{{1,2}})?\$                           # $, US$, CA$
    | [€£₹¥₽₪₩₦₱]                                   # the other signs
    | \b(?:{_alt(_cue("currency_codes"))})(?![A-Za-z])   # USD 4.2M, EUR 500
    | \bRs(?:\.\s?|\s)                              # Rs. 15,000
)\s?"""
# "pounds" after a number is a weight far more often than money ("lifted ... 150 pounds"): money is "£" or "GBP";
# the euro sign is written after the amount where most euro countries write it ("5M€", "50 000 €")
_CUR_AFTER = r"""(?:[\s-]?(?:dollars?|USD|euros?|EUR|GBP|rupees|INR|yen)\b|\s?€)"""     # "a million-dollar project" too
_MULT_WORDS = alternation(_MULTIPLIERS)
# what may stand between "by" and "half": "by more than half", "by nearly half"
_HALF_QUALIFIER = r"(?:(?:more\s+than|nearly|almost|over|about|roughly|approximately|just\s+over|well\s+over)\s+)?"
_ORDINAL_WORDS = alternation(w for w in _ORDINALS if not w[0].isdigit())
_COUNT = rf"""
    (?P<count>                                    # 12, 1,800, 25k+, 3-15, four - six, a dozen
        (?P<cnum>{_NUM}|{_WORDNUM}) (?P<cscale>{_PLUS_SCALE})? (?P<cplus>\+)?
        (?: (?<!\b(?:19|20)[0-9]{{2}}) \s?[-]\s?(?P<chigh>{_NUM}|{_WORDNUM}) (?P<chscale>{_SCALE})? \+? (?![A-Za-z0-9]) )?
    )"""
_MONEY = rf"""
    (?P<money>                                    # $4.2M, US$ 10 billion, €500K+, Rs. 15,000, $400K-$500K
        (?P<cur>{_CUR_BEFORE})
        (?P<mnum>{_NUM}|{_WORDNUM}) (?P<mscale>{_MONEY_SCALE})? (?P<mplus>\+)?
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
    (?P<money_after>                              # 30 thousand dollars, 500 euros, 5M€, 30M+€, 50-300K€
        (?P<anum>{_NUM}|{_WORDNUM}
          | (?<!multi[\s-]*)(?:several\s+)?(?=(?-i:million|billion)[\s-]+dollars?\b))     # "million dollar project"
        (?P<ascale>{_SCALE})?
        (?: \s?[-]\s?(?P<ahigh>{_NUM}) (?P<ahscale>{_SCALE})? (?=\+?\s?€) )?    # a range, before a sign after it
        (?P<aplus>\+(?=\s?€))? (?P<acur>{_CUR_AFTER})
    )"""
_MULT = rf"""
    (?P<mult>                                     # 3x, 2.5X, 10-fold, tenfold, doubled, cut in half, 8 times
        (?P<xnum>{_NUM})\s?x(?![A-Za-z0-9])(?!\s?[0-9])      # 3x, 2.5X; not "7 x 24", "8 x 10" (a schedule, a size)
      | (?P<fnum>{_NUM}|{_WORDNUM})[\s-]?fold\b
      | \b(?P<fword>two|three|four|five|six|seven|eight|nine|ten)fold\b
      | \b(?P<xword>{_MULT_WORDS})\b
      | (?<=\b(?:to|than|nearly|almost|over)\s)(?P<dword>double|triple|quadruple)\b(?!-)   # "more than double the sales"
      | (?<=\b(?:by|in)\s+{_HALF_QUALIFIER})(?P<hword>half)(?![-\w])(?!\s+(?:of|an?)\b)   # "cut costs by (more than)
                                                    # half", "onboarding time in half", "in half the time"
      | (?P<tnum>{_NUM}|{_WORDNUM})[\s-]?times?\b(?![\s-]+zones?\b)   # not "4 time zones"
      | \b(?P<tword>twice|thrice)\b                 # "awarded thrice": two or three times
    )"""
_RANK = rf"""
    (?P<rank>                                     # #1 of 8, No. 1, number one, top 5%, top 10, 2nd place
        (?:\#\s?|\bNo\.\s?|\bnumber\s+)(?P<rnum>[0-9]{{1,4}}(?![0-9])(?![,.-][0-9])|one\b)
            (?:\s+(?:of|out\s+of)\s+(?P<rof>{_NUM}))?
      | \btop[\s-]+(?P<topnum>{_NUM}|{_WORDNUM})(?:\s?(?P<toppct>%|percent\b|per\s?cent\b|percentile\b))?
      | \b(?P<onum>[0-9]{{1,3}})(?:st|nd|rd|th)\b
      | \b(?P<oword>{_ORDINAL_WORDS})(?=\s+place\b)
      | (?<=\b(?:came\s+in|finished|placed|placing|finishing|ranked|ranking)\s+)(?P<oword>{_ORDINAL_WORDS})\b   # "came in second"
    )"""
MAGNITUDE = regex.compile("\n  | ".join((_MONEY, _PCT, _MONEY_AFTER, _MULT, _RANK, _COUNT)), _FLAGS)
# The groups of each kind of MAGNITUDE (and of _COUNT_ONLY): a match reads only its own kind's.
_KIND_GROUPS = {
    "money": ("cur", "mnum", "mscale", "mplus", "mhigh", "mhscale"),
    "pct": ("pnum", "phigh", "phigh2", "punit"),
    "money_after": ("anum", "ascale", "ahigh", "ahscale", "aplus", "acur"),
    "mult": ("xnum", "fnum", "fword", "xword", "dword", "hword", "tnum", "tword"),
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
          |x(?![a-z0-9])|fold|times?\b|st\b|nd\b|rd\b|th\b|\+?\s?€) )
""", regex.I | regex.X)
# Scanning every position with MAGNITUDE is slow, so it is tried only where a number can start: at a
# run of digits (or a number word), or just before it where a currency sign, "#", "No.", "top" or
# "number" leads in.
_DIGITS = regex.compile(r"[0-9]+")
_ANCHOR_WORDS = frozenset(w.split()[0] for w in (*_NUMBER_WORDS, *_MULTIPLIERS, *_ORDINALS, "double", "triple", "quadruple",
                                                  "several", "million", "billion", "twice", "thrice", "half")
                          if not w[0].isdigit()) - {"a", "by"}
_WORD = regex.compile(r"[A-Za-z]+")
# _WORD's words of an ASCII text, read as bytes: every byte but a letter made a space, then split. The same words as
# _WORD.findall (ASCII letters only), several times cheaper; most texts are ASCII, the others go through _WORD.
_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else ord(" ") for c in range(256))
_ANCHOR_BYTES = frozenset(w.encode("ascii") for w in _ANCHOR_WORDS if w.isascii())    # _WORD finds no other
_A_WORDS = tuple(w.split()[1] for w in _NUMBER_WORDS if w.startswith("a "))     # "a dozen", "a hundred"
# Where a number word starts a magnitude: "twenty", "doubled", "third", "tenfold", "million dollars".
_WORD_ANCHOR = regex.compile(rf"""\b(?:
      {_WORDNUM}                                    # a number word
    | {_MULT_WORDS} | double | triple | quadruple | \w+fold | twice | thrice     # a multiplier word
    | (?<=\b(?:by|in)\s+{_HALF_QUALIFIER})half      # "by half", "in half"
    | {_ORDINAL_WORDS}                              # an ordinal word
    | (?:several\s+)?(?-i:million|billion)(?=[\s-]+dollars?\b)   # "million dollar project", "several million dollars"
)\b""", _FLAGS)
# What leads in to a number, read backwards from it: a currency, "#", "No.", "number", "top".
_LEAD_IN = regex.compile(rf"""(?r)(?:
      {_CUR_BEFORE} | \#\s? | \bNo\.\s? | \bnumber\s+ | \btop[\s-]+
)\Z""", _FLAGS)
_LEAD_SIGNS = frozenset("$€£₹¥₽₪₩₦₱#.-")
_LEAD_WORDS = frozenset(_cue("currency_codes")) | {"rs", "number", "top"}     # the words _LEAD_IN can end with


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
    if lowered.isascii():
        anchored = not _ANCHOR_BYTES.isdisjoint(lowered.encode("ascii").translate(_LETTERS_ONLY).split())
    else:
        anchored = not _ANCHOR_WORDS.isdisjoint(_WORD.findall(lowered))
    if anchored or "fold" in lowered:
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


# The numbers of each kind's groups (the kind's own first) in each pattern a magnitude is matched with: the regex
# package looks a group's name up on every read, and reading the few groups of a kind by name costs several times
# more than by number.
_GROUP_NUMBERS = {pattern: {kind: tuple(pattern.groupindex[name] for name in (kind, *names)) for kind, names in _KIND_GROUPS.items()}
                  for pattern in (MAGNITUDE, _MONEY_ONLY, _PCT_ONLY, _COUNT_ONLY)}


# Every group a magnitude's match may be asked for, unset: a match of one kind leaves the other kinds' empty.
_NO_GROUPS = dict.fromkeys(name for kind, names in _KIND_GROUPS.items() for name in (kind, *names))


class _Groups(dict):
    """A MAGNITUDE match whose groups are read once, as a dict: m["cnum"], None for another kind's groups.

    Reading a group of a match of a pattern with ~40 groups costs about a microsecond, and the
    classification asks for the same few many times (a dict answers them without a Python call).
    """

    __slots__ = ("_m",)

    def __init__(self, m: regex.Match):
        kind = m.lastgroup                   # the kind's group is the outermost: it closes last
        own, *numbers = _GROUP_NUMBERS[m.re][kind]
        super().__init__(_NO_GROUPS)
        self.update(zip(_KIND_GROUPS[kind], m.group(*numbers)))
        self[kind] = m.group(own)
        self._m = m

    def __missing__(self, name: str):
        return None

    def start(self, *args):
        return self._m.start(*args)

    def end(self, *args):
        return self._m.end(*args)

    def group(self, *args):
        return self._m.group(*args)


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


def _words_value(text: str) -> float:
    """ "thirty-four" -> 34, "a dozen" -> 12, "two dozen" -> 24, "two hundred" -> 200. """
    total, current = 0.0, 0.0
    for word in _WORD_SPLIT.split(key(text)):
        if word in ("a", "and", "of", ""):
            continue
        if word == "half":
            current = 0.5                               # "half a million"
            continue
        if word == "several":
            current = 2.0                               # "several hundred": 200, at least
            continue
        if word in ("dozen", "dozens"):             # before the number words, which hold "dozen" alone too
            current = (current or 1) * 12           # "two dozen": 24
        elif current and word.endswith("s") and word[:-1] in _SCALES:
            current *= _SCALES[word[:-1]]           # "hundreds of millions": a plural scale multiplies
        elif word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        elif word in ("hundred",):
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0.0
    return total + current


def _number(text: str, scale: str | None = None) -> float:
    text = text.strip()
    if text[:1].isdigit() or text[:2].lstrip(".").isdigit():
        if "," in text and _DECIMAL_COMMA.fullmatch(text):
            value = float(text.replace(",", "."))
        else:
            value = float(text.replace(",", "").replace(" ", ""))
    else:
        value = _words_value(text)
    if scale:
        s = key(scale).lstrip("+").strip("-").strip().rstrip(".")
        value *= _SCALES.get(s, 1)
    return value


def _currency(text: str) -> str:
    k = key(text)
    return _CURRENCIES.get(k) or _CURRENCIES.get(k.rstrip(".")) or ("USD" if k.endswith("$") else k.upper())


def _magnitude(m: regex.Match) -> tuple[str, dict]:
    """The normalised magnitude of a MAGNITUDE match: its kind and {"value", "unit", ...}."""
    if m["money"]:
        mag = {"value": _number(m["mnum"], m["mscale"]), "unit": _currency(m["cur"])}
        if m["mhigh"]:
            mag["high"] = _number(m["mhigh"], m["mhscale"] or m["mscale"])
        if m["mplus"] or (m["mscale"] or "")[:1] == "+":
            mag["bound"] = "lower"
        return "money", mag
    if m["money_after"]:
        several = m["anum"].strip().lower() == "several"
        mag = {"value": _number(m["anum"] if m["anum"].strip() and not several else "1", m["ascale"]) * (2 if several else 1),
               "unit": _currency(m["acur"].lstrip("- "))}
        if m["ahigh"]:                              # "50-300K€": the scale after the range is both ends'
            mag["high"] = _number(m["ahigh"], m["ahscale"] or m["ascale"])
            if not m["ascale"]:
                mag["value"] = _number(m["anum"], m["ahscale"])
        return "money", ({**mag, "bound": "lower"} if several or m["aplus"] else mag)  # "several million dollars": 2M or more
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
        if m["hword"]:
            return "mult", {"value": 0.5, "unit": "multiplier"}
        if m["dword"]:
            return "mult", {"value": {"double": 2.0, "triple": 3.0, "quadruple": 4.0}[m["dword"].lower()], "unit": "multiplier"}
        if m["tnum"]:
            return "times", {"value": _number(m["tnum"]), "unit": "multiplier"}
        if m["tword"]:
            return "times", {"value": 2.0 if m["tword"].lower() == "twice" else 3.0, "unit": "multiplier"}
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
    if m["cplus"] or (m["cscale"] or "")[:1] == "+":
        mag["bound"] = "lower"
    return "count", mag
