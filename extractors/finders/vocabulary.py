"""The outcome finder's word lists (data/metrics.json), loaded once and turned into regex alternations."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex

_SPACE = regex.compile(r"\s+")


@lru_cache(maxsize=1)
def metrics() -> dict:
    return json.loads(resources.files("extractors.data").joinpath("metrics.json").read_text("utf-8"))


def alternation(words) -> str:
    """Longest first, each escaped, spaces matching any whitespace: a safe regex alternation.

    >>> alternation(["up", "brought in", "up to"])
    'brought\\\\s+in|up\\\\s+to|up'
    """
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w, special_only=True, literal_spaces=False).replace(r"\ ", " ").replace(" ", r"\s+")
                    for w in ordered)


def key(text: str) -> str:
    """How a matched word is looked up in a vocabulary: lower-case, single spaces."""
    return _SPACE.sub(" ", text.strip().lower())


def classes(groups: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Invert {class: [words]} into {word: {classes}}: one word may belong to several classes."""
    out: dict[str, set[str]] = {}
    for name, words in groups.items():
        if name.startswith("_"):
            continue
        for w in words:
            out.setdefault(key(w), set()).add(name)
    return {w: frozenset(c) for w, c in out.items()}
