"""The metric in the candidate's words, and its family: revenue, market share, margin, cost, units, customers,
time, quality, rank (or other)."""
from __future__ import annotations

import regex

from ..vocabulary import key
from .qualifiers import _QUALIFIERS
from .timeframe import _period_at
from .vocab import _cue, _GAP_STOP, _in_order, _V
from .words import _norm, _TOKEN, _word_end

# --- The metric in the candidate's words: the phrase between the verb and the number, or after it -------------
# Words trimmed off either end of it (in the vocabulary's order: the pattern tries them in turn).
_STOP = rf"(?:{_in_order(_cue('metric_stop'))})"
# "revenue by over" -> "revenue": stop words off the start and the end
_METRIC_TRIM = regex.compile(rf"""^
    (?:\s*\b{_STOP}\b(?![-']))*\s*                  # leading stop words (not "to-do", "a's")
    (?P<m>.*?)                                      # the metric
    (?:\s*\b{_STOP}\b)*[\s,:-]*                     # trailing stop words and punctuation
$""", regex.IGNORECASE | regex.DOTALL | regex.X)
# After a multiplier word: "doubled (the) annual revenue"
_PHRASE_AFTER = regex.compile(rf"""^\s*
    (?:(?:in|of|on)\s+)?
    (?:(?:the|a|an|our|its|their|annual|yearly|monthly)\s+)*
    (?P<m>(?:(?!{_STOP}\b)[\w&'/-]+(?:\s+|$)){{1,4}})  # up to four words, none a stop word
""", regex.IGNORECASE | regex.X)

# --- Its family: the head word (nearest the end) of the metric decides ---------------------------------------------
_FAMILY_OF = {}
for _family, _words in _V["families"].items():
    if not _family.startswith("_"):
        for _w in _words:
            _FAMILY_OF.setdefault(key(_w), _family)
_FAMILY_WORDS = max(len(w.split()) for w in _FAMILY_OF)


def _family_terms(text: str) -> list[tuple[int, int, str]]:
    """Every metric-family term in the text: (start, end, family)."""
    toks = list(_TOKEN.finditer(text))
    words = [_norm(t.group()) for t in toks]
    hits = []
    for i in range(len(toks)):
        for k in range(min(_FAMILY_WORDS, len(toks) - i), 0, -1):
            family = _FAMILY_OF.get(" ".join(words[i:i + k]))
            if family:
                hits.append((toks[i].start(), _word_end(toks[i + k - 1]), family))
                break
    return hits


def _metric(s: str, between: str, right: str) -> str | None:
    """The metric in the candidate's words, from the words before the number or else after it."""
    m = _METRIC_TRIM.match(between)
    words = (m["m"] if m else "").strip(" ,:-'\"")
    if words and len(words.split()) <= 6 and _family_terms(words) or (words and len(words.split()) <= 3):
        return " ".join(words.split())
    after = _metric_after(right)
    if after:
        return after
    if words and _family_terms(words):
        return " ".join(words.split()[-4:])
    return None


_METRIC_LEAD = frozenset(_cue("metric_lead"))
_METRIC_SKIP = frozenset(_cue("metric_skip"))


def _metric_after(right: str) -> str | None:
    """The metric named after the number: "$380K in annual tooling costs", "#1 of 40 analysts in client satisfaction"."""
    window = right[:80]
    toks = list(_TOKEN.finditer(window))
    words = [_norm(t.group()) for t in toks]
    for i, w in enumerate(words):
        if w not in _METRIC_LEAD or (w in ("in", "for") and _period_at(window, toks[i].start())):
            continue                                # "in 24 months" says when, not what
        j = i + 1
        while j < len(words) and words[j] in _METRIC_SKIP:
            j += 1
        phrase_end = None
        for k in range(j, min(j + 4, len(words))):
            if words[k] in _GAP_STOP or window[toks[k - 1].end():toks[k].start()].strip():
                break
            terms = _family_terms(window[toks[j].start():toks[k].end()])
            if terms and terms[-1][1] == _word_end(toks[k]) - toks[j].start():
                phrase_end = toks[j].start() + terms[-1][1]
        if phrase_end is not None:
            return " ".join(window[toks[j].start():phrase_end].split())
    return None


def _family(*texts: str | None) -> str | None:
    """The family of the first text that names one; within it, the word nearest its end (its head) decides."""
    for text in texts:
        if not text:
            continue
        hits = _family_terms(text)
        if hits:
            return max(hits, key=lambda h: (h[1], h[1] - h[0]))[2]
    return None


# The metric of a claim with no verb of its own: "lead time by 48%", "companys costs by over 20%".
_METRIC_BY = regex.compile(rf"""
    (?:^|[,&•(]|\band\s)\s*                         # the start of a claim, or an item of a list
    (?P<m>(?:(?!(?:and|the|a|an|by)\b)[\w'/-]+\s+){{1,4}})   # the metric: up to four words
    by\s*{_QUALIFIERS}$                             # "by (over)", right before the number
""", regex.IGNORECASE | regex.X)
