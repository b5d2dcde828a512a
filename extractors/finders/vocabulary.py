"""The outcome finder's word lists (data/metrics.json), loaded once and compiled into alternations."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex


@lru_cache(maxsize=1)
def metrics() -> dict:
    return json.loads(resources.files("extractors.data").joinpath("metrics.json").read_text("utf-8"))


def alternation(words) -> str:
    """Longest first, each escaped, spaces matching any whitespace: a safe regex alternation."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)
