"""Where one claim ends and the next begins: the clause a magnitude is classified within."""
from __future__ import annotations

import bisect

import regex

from .vocab import _alt, _cue

# Where one claim ends and the next begins. A line break inside a sentence is pdftotext's wrapping,
# not a boundary; a line break after punctuation, before a bullet, or after a short line is.
_BOUNDARY = regex.compile(rf"""
      •                                            # a bullet (every list marker, ";" and "|" became one)
    | [.!?](?<!\b(?i:{_alt(_cue("abbreviations"))})[.])
        (?=\s|$)(?!\s+[a-z])                      # a sentence end, not "4.2", "U.S. Army", "approx. 25",
                                                   # "misc. adjustments" (a sentence starts with a capital)
    | \n(?<=[.:!?][^\S\n]*\n)                        # a line ending in punctuation
    | \n(?=[^\S\n]*[-*o>][^\S\n])                  # a line starting with a dash or another list marker
    | \n(?<=(?:^|\n)[^\n]{{0,69}}\n)(?=[^\S\n]*[A-Z0-9$\#"(])   # a short line, then a new one: not a wrap,
        (?<!\b(?i:{_alt(_cue("line_continues"))})[^\S\n]*\n)
                                                   # unless it ends in a word that needs one ("by up to\n30%")
    | \n(?=[^\S\n]*\n)                              # a blank line
""", regex.VERBOSE)


def _clause(bounds: list[int], n: int, pos: int) -> tuple[int, int]:
    """The clause (start, end) around pos, given the sorted boundary offsets of a text of length n."""
    i = bisect.bisect_right(bounds, pos)
    return (bounds[i - 1] if i else 0), (bounds[i] if i < len(bounds) else n)
