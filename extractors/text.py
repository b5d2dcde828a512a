"""Text normalisation shared by the adapters, the finders and the annotation layer."""
from __future__ import annotations

import re

import regex

_SPACES = regex.compile(r"\s+")
# Two of tidy_lines' patterns run on every line a page shows through the standard re module, twice as fast as regex
# on a plain class. Their space is regex's \s (Unicode White_Space) spelled out, not re's, which also counts the
# separators \x1c-\x1f: the same characters as before, so the same result.
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Inside a line: runs of spaces, tabs and the odd non-breaking space, but not the line break itself.
_INLINE_SPACES = re.compile("[" + _WHITE_SPACE.replace("\n", "") + "]+")
_BLANK_LINES = re.compile(f"\n[{_WHITE_SPACE}]*\n+")
# The one space an inline collapse leaves at either side of a line break (regex finds it faster than re: the
# optional space before the line break defeats re's search for a literal).
_LINE_EDGES = regex.compile(r" ?\n ?")


def collapse(text: str) -> str:
    """Every run of whitespace (line breaks included) becomes one space; ends trimmed.

    This is the text the TextQuoteSelector's exact, prefix and suffix are taken from.

    >>> collapse("  grew  revenue\\n 27%\\u00a0in a year ")
    'grew revenue 27% in a year'
    """
    return _SPACES.sub(" ", text).strip()


def tidy_lines(text: str) -> str:
    """Collapse spaces inside each line, keep single line breaks, drop blank-line runs.

    >>> tidy_lines("  Led a team\\u00a0 of 12 \\n \\n\\n\\tgrew revenue  27% ")
    'Led a team of 12\\ngrew revenue 27%'
    """
    if "  " not in text and text.isprintable():
        # Most lines read from a page are tidy already, and two scans in C say so: no run of spaces, and no other
        # space (every character regex counts as \s but " " is unprintable to Python), so the substitutions below
        # would change nothing; strip() still does what it does there.
        return text.strip()
    lines = _LINE_EDGES.sub("\n", _INLINE_SPACES.sub(" ", text))   # whole text at once: no per-line calls
    return _BLANK_LINES.sub("\n", lines).strip()


def decode(data: bytes) -> str:
    """Decode page or file bytes of unknown encoding: UTF-8 first, then whatever fits.

    LinkedIn's body-only captures carry no charset; guessing Windows-1252 first would turn
    "·" into "Â·", so a clean UTF-8 decode always wins.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from bs4.dammit import UnicodeDammit   # only for the rare non-UTF-8 input

        guess = UnicodeDammit(data, is_html=True)
        if guess.unicode_markup is not None:
            return guess.unicode_markup
        return data.decode("utf-8", errors="replace")
