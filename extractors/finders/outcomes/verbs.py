"""The verbs of the vocabulary before a magnitude, nearest first, with their classes (up, down, result, level,
rank, scope); and a goal stated instead of a result ("aimed at", "in order to")."""
from __future__ import annotations

from itertools import islice
from typing import NamedTuple

import regex

from ..vocabulary import classes
from .qualifiers import _before_qualifier, _QUALIFIERS
from .vocab import _V
from .words import _norm, _Phrases, _tokens_to

_VERB_CLASSES = classes(_V["verbs"])
_INTENT = _Phrases(_V["neither"]["intent"])
_OUTCOME_CLASSES = frozenset({"up", "down", "result", "level", "rank"})


class _Verb(NamedTuple):
    text: str
    start: int          # offsets in the text
    end: int
    classes: frozenset


def _lengths_by(edge: int) -> dict[str, tuple[int, ...]]:
    """For each word a verb phrase can end with (edge -1) or start with (edge 0), the phrases' lengths, longest first."""
    lengths: dict[str, set] = {}
    for v in _VERB_CLASSES:
        lengths.setdefault(v.split()[edge], set()).add(len(v.split()))
    return {w: tuple(sorted(ks, reverse=True)) for w, ks in lengths.items()}


# Only a phrase of one of these lengths can end (start) with a word: the others are not looked up.
_LENGTHS_ENDING, _LENGTHS_STARTING = _lengths_by(-1), _lengths_by(0)


def _verbs(text: str, start: int, end: int, reverse: bool):
    """The verbs of the vocabulary between start and end, nearest first (reverse) or in order."""
    starts, ends, norms = _split_words(text, start, end)
    order = range(len(norms) - 1, -1, -1) if reverse else range(len(norms))
    lengths_at = _LENGTHS_ENDING if reverse else _LENGTHS_STARTING
    for i in order:
        lengths = lengths_at.get(norms[i])
        if lengths is None:
            continue
        room = (i + 1) if reverse else len(norms) - i         # the words there are on that side
        for k in lengths:
            if k > room:
                continue
            a, b = (i - k + 1, i + 1) if reverse else (i, i + k)
            cls = _VERB_CLASSES.get(" ".join(norms[a:b]))   # asked first: most phrases are none, and the test of
            if not cls:                                     # what stands between the words costs more
                continue
            if any(text[ends[j - 1]:starts[j]].strip() for j in range(a + 1, b)):
                continue
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


# "must be 100% error free", "should remain under 2%": a requirement stated, not a level reached
_REQUIRED_BEFORE = regex.compile(rf"""(?r)\b
    (?:must|should|shall|needs?\s+to|has\s+to|have\s+to)\s+
    (?:be|remain|stay|reach|achieve|maintain)\s+
    {_QUALIFIERS}
\Z""", regex.I | regex.X)


_REQUIRED_STEMS = ("must", "should", "shall", "need", "has to", "have to")


def _required(left: str) -> bool:
    """_REQUIRED_BEFORE, tried only where one of its words is (a substring test costs far less)."""
    low = left[-40:].lower()
    return any(stem in low for stem in _REQUIRED_STEMS) and _REQUIRED_BEFORE.search(left) is not None


def _purpose(s: str, verb: _Verb) -> bool:
    """ "to maintain a 95% or better score", "to ensure 100% on-time delivery": a level to be kept, stated as the
    purpose of the work, is not a level reached. Only the verbs that keep a level: "to achieve 0% delinquency" and
    "to reduce costs by 30%" are read as results, as the labelled table reads them."""
    if verb.classes != {"level"} or verb.text.lower().endswith(("ed", "ing")):
        return False
    before = _tokens_to(s, verb.start, 1)
    return bool(before) and _norm(before[0].group()) == "to"
