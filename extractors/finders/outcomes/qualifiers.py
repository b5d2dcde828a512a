"""Qualifiers right before a magnitude ("over", "nearly", "up to"): the bound they put on it, and where the
words before them end."""
from __future__ import annotations

from ..vocabulary import alternation, key
from .vocab import _V
from .words import _Phrases

_QUALIFIER = {key(w): bound for bound, words in _V["qualifiers"].items() if not bound.startswith("_") for w in words}
_QUALIFIER_BEFORE = _Phrases(_QUALIFIER)


def _before_qualifier(left: str) -> int:
    """Where `left` ends once a qualifier at its end is cut ("a rate of over" -> "a rate of")."""
    q = _QUALIFIER_BEFORE.search(left)
    return q.start() if q else len(left)


# then a sign of comparison, alone or after a word: "Staff: >900", "over >200" (not a word: read apart)
_QUALIFIERS = rf"(?:(?:{alternation(_QUALIFIER)})\s*)?(?:[<>≥≤]=?\s*)?"


def _bound(left: str) -> str | None:
    q = _QUALIFIER_BEFORE.search(left)
    return _QUALIFIER.get(key(q["q"])) if q else None
