"""The shadow text: a copy of the input of the same length with spaces, digits, dashes, bullets and mojibake
normalised, so that every span found in it is a span of the input."""
from __future__ import annotations

import unicodedata

import regex

from .limits import TIMEOUT

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
# Its ASCII entries, as pairs for str.replace: an ASCII text is read with three replaces, several times cheaper than
# str.translate with a dict, and the same text (no entry's replacement is another entry's character).
_SAME_LENGTH_ASCII = [(chr(c), to) for c, to in _SAME_LENGTH.items() if c < 128]
assert not {to for _, to in _SAME_LENGTH_ASCII} & {c for c, _ in _SAME_LENGTH_ASCII}
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


# UTF-8 bytes written out as escapes, as some CV dumps hold them ("months\\xe2\\x80\\x94reengineered", "\\xe2\\x80\\xa2 Led"):
# read as the characters they encode, each run replaced by as many characters (a bullet, a dash, a quote, or spaces)
_BYTE_ESCAPES = regex.compile(r"(?:\\x[0-9a-fA-F]{2}){1,12}")
_ESCAPE_KEEPS = frozenset("•-'\"")


def _unescape_bytes(m: regex.Match) -> str:
    text = m.group()
    decoded = bytes(int(text[i + 2:i + 4], 16) for i in range(0, len(text), 4)).decode("utf-8", "replace")
    kept = "".join(c for c in decoded.translate(_SAME_LENGTH) if c in _ESCAPE_KEEPS)
    word = kept if kept and kept[0] in "'\"" else f" {kept} " if kept else " "     # a quote stays glued: '.” (' ends no sentence
    return (word + " " * len(text))[:len(text)]


# "4.5 ★ rating", "4.8⭐ average": a star right after a number and before a rating word is the rating's unit, not the
# bullet a star elsewhere is; it reads as "*"
_RATING_STAR = regex.compile(r"(?<=[0-9]\s?)[★⭐](?=\s?(?:rating|stars?|reviews?|average)\b)", regex.I)

# LaTeX résumés escape the signs a claim is written with ("cut costs by 35\\%", "saved \\$1.2M", "R\\&D"): each escape
# reads as its sign, the backslash as a space before it ("35 %", " $1.2M"), so a quote takes the escape whole
_TEX_ESCAPE = regex.compile(r"\\([%$&#])")
_TEX_SIGN = {"%": " %", "$": " $", "&": " &", "#": " #"}
# ... and write a range's dash as two hyphens ("2019--2021", "pp. 201--202"): one dash, as "2019 -2021"
_TEX_RANGE = regex.compile(r"(?<=[0-9])--(?=[0-9])")

# "...brought to market.Captured 55%": a sentence glued to the next one; its full stop becomes a boundary.
_GLUED_SENTENCE = regex.compile(r"(?<=[a-z)%]{2})\.(?=[A-Z][a-z])")
_OTHER_DIGITS = regex.compile(r"[\p{Nd}--[0-9]]", regex.V1)


def shadow(text: str) -> str:
    """The text as the patterns read it: same length, same offsets, fewer surprises.

    >>> shadow("grew ARR\\u00a0٤٢% â€“ fast")
    'grew ARR 42%  -  fast'
    """
    out = text
    if "★" in out or "⭐" in out:
        out = _RATING_STAR.sub("*", out)
    if "â" in out or "Ã" in out or "ï¼" in out or "(cid:" in out or "Â" in out:
        out = _MOJIBAKE.sub(_unmojibake, out, timeout=TIMEOUT)
    if "\\x" in out:
        out = _BYTE_ESCAPES.sub(_unescape_bytes, out, timeout=TIMEOUT)
    if "\\" in out:
        out = _TEX_ESCAPE.sub(lambda m: _TEX_SIGN[m[1]], out)
    if "--" in out:
        out = _TEX_RANGE.sub(" -", out)
    if out.isascii():
        for c, to in _SAME_LENGTH_ASCII:
            out = out.replace(c, to)
    else:
        out = out.translate(_SAME_LENGTH)
    if "." in out:
        out = _GLUED_SENTENCE.sub("•", out)
    if not out.isascii():
        out = _OTHER_DIGITS.sub(lambda m: str(unicodedata.decimal(m.group(), 0)), out)
    assert len(out) == len(text)
    return out
