"""The outcome finder's vocabularies (data/metrics.json) as its modules read them: number and scale words,
multipliers, ordinals, currencies, the financial families, and the small closed word lists of its "cues"
section that the rules read by name."""
from __future__ import annotations

from ..vocabulary import alternation, key, metrics

_V = metrics()


def _alt(*lists) -> str:
    return alternation([w for words in lists for w in words])


def _in_order(words) -> str:
    """An alternation that keeps the list's order (where the pattern's first choice matters), escaped like _alt."""
    return "|".join(alternation([w]) for w in words)


def _cue(name: str) -> list[str]:
    """One closed word list of the vocabulary's "cues" section (each there with a comment on what it is for)."""
    return _V["cues"][name]["words"]


_NUMBER_WORDS = {key(w): v for w, v in _V["numbers"]["words"].items()}
_SCALES = {key(w): v for w, v in _V["numbers"]["scales"].items()}
_MULTIPLIERS = {key(w): v for w, v in _V["numbers"]["multipliers"].items()}
_ORDINALS = {key(w): v for w, v in _V["numbers"]["ordinals"].items()}
_CURRENCIES = {key(w): v for w, v in _V["currencies"].items()}
_FINANCIAL = frozenset(_V["financial"])
MONEY_UNITS = frozenset(_CURRENCIES.values())
# Words that may not stand between a number and the noun it counts ("3 of 4 divisions").
_GAP_STOP = frozenset(_cue("gap_stop"))
