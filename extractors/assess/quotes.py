"""The candidate's own words around a finding: the clause a prompt quotes back and the guide shows.

A finder's span is often just the number ("Doubled", "$380K"); an interviewer needs the claim it
belongs to ("Doubled checkout conversion on mobile over a 15 month period"), cut at clause edges so
the quote stays one claim, and never longer than a reader can take in at a glance.
"""
from __future__ import annotations

import regex

from ..text import BULLET, BULLET_FORMS, STRAY_A

# A bullet mark read as Windows-1252 ("â€¢"), matched on its last character with the whole looked behind at, so a
# match is still at most three characters with a space among them (see _UNSPANNED); the class first keeps it fast.
_GARBLED = [f for f in BULLET_FORMS if len(f) > 1]
_MOJIBAKE_MARK = (f"[{''.join(sorted({regex.escape(f[-1]) for f in _GARBLED}))}]"
                  f"(?<=(?:{'|'.join(regex.escape(f) for f in _GARBLED)}))")
# A bullet mark as written: every one a claim ends before (_END) a claim starts after.
_MARKS = "".join(sorted(regex.escape(f) for f in BULLET_FORMS if len(f) == 1))
# Where a claim starts: the start of the text, a line, a sentence, or a bullet mark.
_START = regex.compile(rf"(?:^|\n|(?:[.!?;{_MARKS}]|{_MOJIBAKE_MARK})\s|\s[-–—*]\s)\s*(?=\S)")
# "... in two years and cut onboarding time from 10 days to 2": an "and" starts a new claim only when a
# verb follows and the words before it already held a number (otherwise it joins parts of one claim:
# "create and publish", "12 product managers and designers"). A comma does not: "..., saving $1M" is
# the same claim's consequence, and the interviewer needs both halves.
_JOIN = regex.compile(r"(?:,?\s(?:and|while|then)\s+)(?=(?:[a-z]+(?:ed|ing)|cut|grew|won|led|ran|built|drove|"
                      r"sold|hit|beat|took|made|set|brought|kept)\b)")
_DIGIT = regex.compile(r"\d")
# Where a claim ends after the span: a sentence or line end, a semicolon, or a comma/"and"/"by"
# that starts the next clause (how it was done is the interviewer's follow-up, not the claim), or a bullet mark. A
# full stop after a lone letter is an initial or an abbreviation ("U.S. Navy", "J. J. Keller"), not a sentence's end.
_END = regex.compile(r"[!?;]\s|(?<!(?:^|[\s.(])\p{L})\.\s|[.!?;]$|\n|,\s|\s(?:and|by|through|while|which|thanks\s+to|with\s+an?|using|via)\s|\s[-–—]\s"
                     rf"|\s(?:{BULLET})(?=\s)")
_WORD_EDGE = regex.compile(r"\s+\S*$")
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])|\n+")


_WINDOW = 1000   # well over any `limit`: the output is the same as with unbounded scans
# Two non-space characters in a row: no _START match spans the gap between them (a match is a one to three character
# mark, only its first or second character not a space, then spaces; "^" matches at 0 only), so a scan begun there
# finds the same matches after it as one begun further back.
_UNSPANNED = regex.compile(r"(?<=\S)\S")
_NEAR = 200   # a clause mostly starts within a sentence's length before the span


def _clause_start(text: str, lo: int, start: int) -> int:
    """The end of the last _START match at or before `start`, scanning from `lo`; `lo` if there is none.

    The scan costs about 0.1 us a character and that match is nearly always near: the last _NEAR characters are
    scanned first, from a point no match spans, and the whole window only if they hold none.
    """
    begin = lo
    if start - _NEAR > lo and (safe := _UNSPANNED.search(text, start - _NEAR, start)) is not None:
        begin = safe.start()
    left = _last_start(text, begin, start)
    if left is None and begin > lo:
        left = _last_start(text, lo, start)
    return lo if left is None else left


def _last_start(text: str, begin: int, start: int) -> int | None:
    left = None
    for m in _START.finditer(text, begin, start + 1):
        if m.end() <= start:
            left = m.end()
    return left


def claim(text: str, start: int, end: int, limit: int = 110) -> str:
    """The clause of `text` that holds text[start:end], whitespace collapsed, at most `limit` characters.

    >>> claim("Increased market share 27% in 15 months by repositioning the suite.", 0, 26)
    'Increased market share 27% in 15 months'
    >>> claim("Led 4 teams. Doubled checkout conversion on mobile, with a new flow.", 13, 20)
    'Doubled checkout conversion on mobile'
    """
    # Scans look at most _WINDOW characters each side: the quote keeps `limit` of them anyway, and an
    # unbounded scan from the start of a long line for every finding was quadratic in the line's length.
    left = _clause_start(text, max(0, start - _WINDOW), start)
    for m in _JOIN.finditer(text, left, min(len(text), start + 30)):   # room for the lookahead's verb
        if m.end() <= start and _DIGIT.search(text, left, m.start()):
            left = m.end()
    hi = min(len(text), end + _WINDOW)
    right = hi
    m = _END.search(text, end, hi)
    if m:
        right = m.start()
    if right - left > limit:
        # Keep the span, then as much context on each side as fits, cut at word edges.
        clause_left, clause_right = left, right
        room = max(0, limit - (end - start))
        lead = min(start - left, room // 3)
        head = _head(text, left, start - lead, room)
        if head:
            room = max(lead, room - len(head))
        new_left = start - lead
        right = min(right, end + (room - lead))
        if new_left > left:
            cut = text.find(" ", new_left, start)
            left = cut + 1 if cut != -1 else start
        if right < len(text) and not text[right:right + 1].isspace():
            trimmed = _WORD_EDGE.sub("", text[end:right])
            right = end + len(trimmed)
        if head:
            prefix = head
        else:
            prefix = "…" if left > clause_left or (left > 0 and text[left - 1] not in "\n.;") else ""
        suffix = "…" if right < clause_right else ""
        return prefix + _words(text[left:right]).rstrip(",:") + suffix
    return _words(text[left:right]).rstrip(",:")


# A non-breaking space read as Windows-1252 leaves "Â" before a space ("11 calendar days.Â", "Â Â· Reduced"): no word.
_STRAY_A = regex.compile(rf"{STRAY_A}+(?=\s|$)")


def _words(text: str) -> str:
    """The text's words, whitespace collapsed and a stray "Â" of a mojibake space taken out."""
    if STRAY_A in text:
        text = _STRAY_A.sub(" ", text)
    return " ".join(text.split())


_HEAD_GAP = 25   # characters a middle elision must save to be worth its "[…]"


def _head(text: str, left: int, start: int, room: int) -> str:
    """The clause's opening words and " […] ", when the words between them and `start` are too many to keep.

    "Gardenbot, our team's plan […] was chosen as one of the Top 15": the opening says who or what did it,
    so the quote keeps it and marks the words left out as a quotation does, instead of starting mid-phrase
    ("…their own harvests, was chosen").
    """
    width = min(room // 3, 40)
    cut = text.rfind(" ", left, left + width)
    if cut <= left or start - cut <= _HEAD_GAP:
        return ""
    return " ".join(text[left:cut].split()).rstrip(",:;") + " […] "


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph, whitespace collapsed (a rough split: enough to quote one back)."""
    parts = _SENTENCE_BREAK.split(text)
    return [" ".join(p.split()) for p in parts if p.strip()]
