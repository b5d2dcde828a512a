"""The metric in the candidate's words, and its family: revenue, market share, margin, cost, units, customers,
time, quality, rank (or other)."""
from __future__ import annotations

import regex

from ..vocabulary import key
from .qualifiers import _QUALIFIERS
from .vocab import _GAP_STOP, _V
from .words import _norm, _TOKEN, _TOKEN_END

# The metric in the candidate's words: the phrase between the verb and the number, or after it.
_STOP = r"(?:by|from|to|of|over|in|within|during|for|at|least|with|and|while|through|via|thanks|due|as|on|per|resulting|which|that|after|since|than|into|across|nearly|almost|approximately|about|around|more|up|down|the|a|an|our|its|their|his|her|my|overall|total|average|an\s+average)"
_METRIC_TRIM = regex.compile(rf"^(?:\s*\b{_STOP}\b(?![-']))*\s*(?P<m>.*?)(?:\s*\b{_STOP}\b)*[\s,:-]*$", regex.IGNORECASE | regex.DOTALL)
_PHRASE_AFTER = regex.compile(rf"^\s*(?:(?:in|of|on)\s+)?(?:(?:the|a|an|our|its|their|annual|yearly|monthly)\s+)*(?P<m>(?:(?!{_STOP}\b)[\w&'/-]+(?:\s+|$)){{1,4}})", regex.IGNORECASE)
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
                last = toks[i + k - 1]
                hits.append((toks[i].start(), last.end() - (len(last.group()) - len(last.group().rstrip(_TOKEN_END))), family))
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


_METRIC_LEAD = frozenset("in of on for".split())
_METRIC_SKIP = frozenset("the a an our its their annual yearly monthly total".split())


def _metric_after(right: str) -> str | None:
    """The metric named after the number: "$380K in annual tooling costs", "#1 of 40 analysts in client satisfaction"."""
    window = right[:80]
    toks = list(_TOKEN.finditer(window))
    words = [_norm(t.group()) for t in toks]
    for i, w in enumerate(words):
        if w not in _METRIC_LEAD:
            continue
        j = i + 1
        while j < len(words) and words[j] in _METRIC_SKIP:
            j += 1
        phrase_end = None
        for k in range(j, min(j + 4, len(words))):
            if words[k] in _GAP_STOP or window[toks[k - 1].end():toks[k].start()].strip():
                break
            terms = _family_terms(window[toks[j].start():toks[k].end()])
            if terms and terms[-1][1] == toks[k].end() - toks[j].start() - (len(toks[k].group()) - len(toks[k].group().rstrip(_TOKEN_END))):
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
_METRIC_BY = regex.compile(rf"(?:^|[,&•(]|\band\s)\s*(?P<m>(?:(?!(?:and|the|a|an|by)\b)[\w'/-]+\s+){{1,4}})by\s*{_QUALIFIERS}$", regex.IGNORECASE)
