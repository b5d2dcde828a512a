"""Where one claim ends and the next begins: the clause a magnitude is classified within."""
from __future__ import annotations

import bisect

import regex


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


def _clause(bounds: list[int], n: int, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(bounds, pos)
    return (bounds[i - 1] if i else 0), (bounds[i] if i < len(bounds) else n)
