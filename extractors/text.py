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
    "·" into "Â·", so a clean UTF-8 decode always wins. Text that is mostly UTF-8 (see is_mostly_utf8) stays
    UTF-8, its bad bytes replaced, as the evaluation reads it: a guessed code page would garble every good character
    ("•" lost a byte: "â?˘" as Windows-1250, "\\ufffd?\\ufffd" here).
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if is_mostly_utf8(data):
            return data.decode("utf-8", errors="replace")
        from bs4.dammit import UnicodeDammit   # only for the rare non-UTF-8 input

        guess = UnicodeDammit(data, is_html=True)
        if guess.unicode_markup is not None:
            return guess.unicode_markup
        return data.decode("utf-8", errors="replace")


# A UTF-8 sequence of two to four bytes, whole or with continuation bytes lost to "?" on the way (the Kaggle résumés'
# bullet "\xe2?\xa2", "\xe2??"): a lead byte and as many bytes after it as it announces. (Its length only: the strict
# decode has already failed, and this counts how much of the text is UTF-8.)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf?]|[\xe0-\xef][\x80-\xbf?]{2}|[\xf0-\xf4][\x80-\xbf?]{3}")
MOSTLY = 0.9


def is_mostly_utf8(data: bytes) -> bool:
    """Whether at least nine in ten of the bytes outside ASCII belong to UTF-8 sequences, whole or with a byte lost to
    "?". Text in another code page has almost none: its accented letters and curly quotes are single bytes
    ("She\\x92s", "Ren\\xe9e"), which UTF-8 never writes alone.

    >>> is_mostly_utf8("Led a team \\u2022 grew sales".encode() + b" \\xe2?\\xa2 cut costs"), is_mostly_utf8(b"She\\x92s, Ren\\xe9e")
    (True, False)
    """
    outside = sum(map(data.count, _HIGH_BYTES))
    inside = sum(len(m[0]) - m[0].count(b"?") for m in _UTF8_SEQUENCE.finditer(data))
    return outside > 0 and inside >= MOSTLY * outside

_HIGH_BYTES = [bytes([b]) for b in range(0x80, 0x100)]


# A non-breaking space's UTF-8 bytes (C2 A0) read as Windows-1252 show "Â" and a non-breaking space; where that space
# was collapsed or cut, a stray "Â" is left beside a space or a line's end ("11 calendar days.Â", "Â Â· Reduced",
# "FAAÂ"). It is no word: the readers take it out with the spaces around it, each by this one name.
STRAY_A = "Â"
# The stray "Â" where it stands before a space or the end, as a pattern.
STRAY_A_AT_SPACE = STRAY_A + r"(?=\s|$)"


# The marks a list line opens with. Word's Symbol and Wingdings bullets come through as private-use characters.
BULLET_MARKS = "•·▪●◦■□‣⁃∙➢➤►✓✔❖◆♦\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8"


def _as_windows_1252(mark: str) -> str:
    """A character's UTF-8 bytes as a reader of Windows-1252 shows them ("•" -> "â€¢"); the five bytes that code page
    leaves undefined read as Latin-1, as Word and pdftotext let them through."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in mark.encode("utf-8"))


def _bullet_forms() -> tuple[str, ...]:
    """Each mark as written, as mojibake ("â€¢", "Â·", "ï‚§"), and as mojibake whose middle byte was lost on the way
    to a "?" or U+FFFD ("â?¢", the Kaggle résumés' bullet); a mark lost whole reads U+FFFD ("�?�" between two).

    >>> lead = regex.compile(f"(?:{BULLET}){BULLET_SPACE}")
    >>> [lead.match(s).end() for s in ("• Led", "â€¢ Led", "Â·Â Â Led", "ï‚§ Led", "â?¢ Led", "\ufffd?\ufffd Led")]
    [2, 4, 6, 4, 4, 4]
    """
    forms = set(BULLET_MARKS)
    for mark in BULLET_MARKS:
        garbled = _as_windows_1252(mark)
        forms.add(garbled)
        if len(garbled) == 3:
            forms.update(garbled[0] + lost + garbled[2] for lost in "?\ufffd")
    forms.update(("\ufffd", "\ufffd?\ufffd"))
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))     # longest first, so an alternation takes it whole


# The spaces after a bullet mark, a stray "Â" (a non-breaking space as mojibake) among them.
BULLET_SPACE = rf"(?:\s|{STRAY_A_AT_SPACE})*"
BULLET_FORMS = _bullet_forms()
# A bullet mark in any of those forms, an alternation to put in a pattern ("^(?:{BULLET}|[-*])").
BULLET = "|".join(regex.escape(f) for f in BULLET_FORMS)
