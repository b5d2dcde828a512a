"""The period an outcome happened over, read right after the claim: "in 15 months", "year over year", "in FY2019"."""
from __future__ import annotations

import regex

from ..vocabulary import alternation
from .limits import _FLAGS, TIMEOUT
from .magnitudes import _WORDNUM
from .vocab import _alt, _V

_PERIODS = alternation(_V["timeframes"]["periods"])
# Within 50 characters after the claim, a period: "in 15 months", "over the past two years", "year over year",
# "in FY2019", "from 2005 to 2006".
_TIMEFRAME_AFTER = regex.compile(rf"""
    ^[^•]{{0,50}}?(?<![\w])(?P<tf>
        (?:in|within|over|during|for|across|after)\s+                   # "in", "over" ...
            (?:(?:the|a|an|my|our|its|first|last|past|next|just|only|less\s+than|under|about|approximately|nearly|
                  consecutive|fiscal|calendar|{_WORDNUM}|[0-9]+(?:\.[0-9]+)?)[\s-]+){{0,4}}   # "the first 15"
            (?:{_PERIODS})\b(?:\s+period)?                             # "months", "month period"
      | {_alt(_V['timeframes']['phrases'])}                             # "year over year", "per annum", "YTD"
      | (?:in|during|for)\s+(?:FY\s?|fiscal\s+(?:year\s+)?)?'?(?:19|20)[0-9]{{2}}\b    # "in FY2019", "in '19"
      | from\s+(?:19|20)[0-9]{{2}}\s+to\s+(?:19|20)[0-9]{{2}}\b      # "from 2005 to 2006"
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


def _period_at(text: str, pos: int) -> bool:
    """Whether a period starts right at pos ("in 24 months", "over the past two years", "in FY2019"): the words after a
    claim that say when, never what it measured."""
    tf = _timeframe(text[pos:])
    return tf is not None and tf.start("tf") == len(text[pos:]) - len(text[pos:].lstrip())
