"""Corroboration: a recommendation that repeats a quantified claim from the profile vouches for it.

"helped us double checkout conversion on mobile" in a manager's recommendation repeats "Doubled checkout
conversion" in the experience section. Both findings are linked (Finding.links, both ways) and each says
so in its data: the outcome names who corroborates it, the recommendation which claim it repeats.

A link needs the same figure and the same thing measured (a shared metric word, or both in the same
family), or, where the recommendation words the figure differently ("cut the failure rate by more than
two thirds" for "from 4.1% to 1.3%"), a change in the same direction of a metric named in two or more of
the same words.
"""
from __future__ import annotations

from functools import cached_property

import regex

from ..findings import Finding
from . import vocabulary
from .outcomes import find_quantities

# Multipliers and fractions a recommender writes in words: "helped us double revenue", "cut it in half".
_WORDED = [
    (regex.compile(r"(?i)\b(?:doubl(?:e|ed|es|ing))\b"), {"value": 2.0, "unit": "multiplier"}),
    (regex.compile(r"(?i)\b(?:tripl(?:e|ed|es|ing))\b"), {"value": 3.0, "unit": "multiplier"}),
    (regex.compile(r"(?i)\b(?:quadrupl(?:e|ed|es|ing))\b"), {"value": 4.0, "unit": "multiplier"}),
    (regex.compile(r"(?i)\b(?:halv(?:e|ed|es|ing)|in half)\b"), {"value": 0.5, "unit": "multiplier"}),
]
_FRACTION = regex.compile(r"(?i)\b(?:two thirds|a third|a quarter|three quarters|half)\b")
_UP = regex.compile(r"(?i)\b(?:grew|grow|increased?|raised?|doubled?|tripled?|boost(?:ed)?|improved?|lift(?:ed)?|up)\b")
_DOWN = regex.compile(r"(?i)\b(?:cut|reduced?|lowered?|decreased?|halved?|fell|dropped|shrank|down|slashed)\b")
_STOP = frozenset("""a an the of in on for to and or by with from our their its his her my your we us they this that
    over more than less per across all total rate""".split())
_SUFFIX = regex.compile(r"(?:ings?|ed|e?s|ments?)$")


def _root(word: str) -> str:
    """A crude stem, enough to match a verb with its noun ("saved" and "savings", "sale" and "sales")."""
    root = _SUFFIX.sub("", word) if len(word) > 4 else word
    return (root[:-1] if root.endswith("e") and len(root) > 3 else root)[:6]


# Stems that say the direction or the size of a change, not what changed: two sentences sharing "improve" and a
# figure word ("double") have not named the same thing ("an 80% output improvement" is not "improve performance").
_CHANGE = frozenset(_root(w) for w in """improve improvement increase decrease reduce reduction growth grow grew gains gain
    boost lift rise rose drop dropped decline lower lowered raise raised cut halve halved double doubled triple tripled
    quadruple quadrupled percent percentage""".split())
# Stems that name a figure, a period, a target or a rank, not what was measured: "Awarded two" and a recommendation
# that counts two of anything share only the number, "beat his sales goal for the month" and "met every monthly
# goal" only the period and the target, an honour society's "top 15%" and "a Top 15% Engineer" only the rank.
_NUMBERS = vocabulary.metrics()["numbers"]
_NOT_WHAT = frozenset(_root(w) for w in [*_NUMBERS["words"], *_NUMBERS["scales"], *_NUMBERS["multipliers"],
                                         *"""day days daily week weeks weekly month months monthly quarter quarters quarterly
    year years yearly annual annually goal goals target targets expectation expectations top""".split()])
_SENTENCE = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")
_LETTER_WORD = regex.compile(r"\p{L}[\p{L}-]+")
# A digit that may carry a figure: not one of a year ("level up your LinkedIn game in 2024" states no change).
_DIGIT = regex.compile(r"(?<![\d])(?!(?:19|20)\d\d(?!\d))\d")


def _words(text: str | None) -> set[str]:
    return {w for w in _LETTER_WORD.findall((text or "").lower()) if w not in _STOP and len(w) > 2}


def _stem(words: set[str]) -> set[str]:
    return {_root(w) for w in words} - _CHANGE - _NOT_WHAT


def _same_figure(a: dict | None, b: dict | None) -> bool:
    if not a or not b or a.get("unit") != b.get("unit"):
        return False
    x, y = float(a.get("value", 0)), float(b.get("value", 0))
    return x == y or (max(abs(x), abs(y)) > 0 and abs(x - y) / max(abs(x), abs(y)) <= 0.02)


def _claims(sentence: str) -> list[tuple[dict | None, str | None]]:
    """(magnitude, direction) of each figure in one sentence of a recommendation."""
    out = [(q.magnitude, q.direction) for q in find_quantities(sentence) if q.magnitude]
    for pattern, mag in _WORDED:
        if pattern.search(sentence):
            out.append((mag, "down" if mag["value"] < 1 else "up"))
    if _FRACTION.search(sentence) or not out and _DIGIT.search(sentence):
        out.append((None, "down" if _DOWN.search(sentence) else "up" if _UP.search(sentence) else None))
    return out


class _Sentence:
    """One sentence of a recommendation: its word stems, and its figures when first asked for."""

    def __init__(self, text: str):
        self.text = text
        self.said = _stem(_words(text))

    @cached_property
    def claims(self) -> list[tuple[dict | None, str | None]]:
        return _claims(self.text)


def _repeats(sentence: _Sentence, outcome: Finding, metric: set[str], quoted: set[str]) -> bool:
    """Whether one recommendation sentence (its word stems and figures) repeats `outcome`."""
    d = outcome.data
    said = sentence.said
    shared = metric & said
    if not shared and not (metric == set() and quoted & said):
        return False   # neither test below can pass: the figures (the outcome finder on the sentence) go unread
    for mag, direction in sentence.claims:
        if mag and _same_figure(mag, d.get("magnitude")) and (shared or metric == set() and quoted & said):
            return True
        if len(shared) >= 2 and direction and direction == d.get("direction"):
            return True
    return False


def _words_for(rec: Finding) -> str:
    """How the outcome names its corroborator: "a recommendation from Daniel Reyes, who managed them directly"."""
    from ..assess.words import RELATIONSHIP_WORDS   # the one place relationships are worded
    d = rec.data
    who = d.get("recommender")
    if not who or who.lower() == "linkedin user":
        who = "a recommender"
    rel = d.get("relationship")
    how = f", {RELATIONSHIP_WORDS[rel]}" if rel in RELATIONSHIP_WORDS and rel != "other" else ""
    return f"a recommendation from {who}{how}"


def link(findings: list[Finding]) -> None:
    """Link each recommendation to the profile's outcomes it repeats, both ways, and say so in their data."""
    recs = [f for f in findings if f.kind == "recommendation"]
    outcomes = [f for f in findings if f.kind == "outcome"
                and not (f.block.section is not None and f.block.section.kind == "recommendations")]
    # Each sentence is read once and each outcome's words stemmed once: pairs only compare sets.
    words = [(outcome, _stem(_words(outcome.data.get("metric"))), _stem(_words(outcome.quote))) for outcome in outcomes]
    for rec in recs:
        sentences = [_Sentence(s) for s in _SENTENCE.split(rec.quote) if s.strip()]
        for outcome, metric, quoted in words:
            if not any(_repeats(sentence, outcome, metric, quoted) for sentence in sentences):
                continue
            rec.links.append(outcome)
            outcome.links.append(rec)
            rec.data.setdefault("corroborates", []).append({"id": outcome.id, "quote": " ".join(outcome.quote.split())})
            outcome.data.setdefault("corroborated_by", []).append({
                "id": rec.id, "recommender": rec.data.get("recommender"), "relationship": rec.data.get("relationship"),
                "words": "Corroborated by " + _words_for(rec) + "."})
