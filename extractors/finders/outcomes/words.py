"""Word lookups: a vocabulary matched on whole words right after a number or right before it.

A vocabulary of hundreds of words as one regex alternation is tried at every position and costs tens of
microseconds a call; these lists are matched instead on whole words (tokens), one set lookup per word or
phrase, next to the number: after it (the noun it counts) or before it (the cue)."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..vocabulary import key
from .vocab import _GAP_STOP

_WORD_CHAR = r"[^\s,;:()\[\]{}<>•\"|]"          # what a word (token) is made of
_TOKEN = regex.compile(_WORD_CHAR + "+")
_TOKEN_BACK = regex.compile("(?r)" + _WORD_CHAR + "+")
_TOKEN_END = ".'’!?"
# The word lists look at most this many words after a number (a gap and a phrase) and before it: the
# words are read once per window and place, and each list takes the first (or last) few of them.
_MOST_AFTER = 8
_MOST_BEFORE = 6
# A run of words with nothing but spaces between them, after a point or before it (right to left).
_RUN_FROM = regex.compile(rf"{_WORD_CHAR}+(?:\s+{_WORD_CHAR}+){{0,{_MOST_AFTER - 1}}}")
_RUN_TO = regex.compile(rf"(?r){_WORD_CHAR}+(?:\s+{_WORD_CHAR}+){{0,{_MOST_BEFORE - 1}}}\s*")
_SPACES = regex.compile(r"\s+")


@lru_cache(maxsize=8192)
def _norm(word: str) -> str:
    return word.lower().rstrip(_TOKEN_END).lstrip("'’/")


def _word_end(tok) -> int:
    """Where a word (token) ends once a full stop, quote or mark closing it is cut: "revenue." ends before the stop."""
    word = tok.group()
    return tok.end() - (len(word) - len(word.rstrip(_TOKEN_END)))


class _Hit:
    """A phrase found next to a number, shaped like a regex match: start(), end(), group(), hit["noun"]."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self, *_):
        return self._start

    def end(self, *_):
        return self._end

    def group(self, *_):
        return self._text

    def __getitem__(self, _name):
        return self._text


@lru_cache(maxsize=1024)
def _words_from(text: str, pos: int, limit: int) -> tuple[list, list]:
    """Up to `limit` words from pos, stopping at punctuation between words (none unless one starts at pos),
    and their lookup forms."""
    if limit == _MOST_AFTER:                        # one regex call for the run of words, then split
        run = _RUN_FROM.match(text, pos)
        return _split_run(text, run.start(), run.group()) if run else ([], [])
    out, last = [], None
    for t in _TOKEN.finditer(text, pos):
        if last is not None and text[last:t.start()].strip():
            break
        out.append(t)
        last = t.end()
        if len(out) >= limit:
            break
    return out, [_norm(t.group()) for t in out]


def _splits_alike(run: str) -> bool:
    """Whether str.split splits `run` as _SPACES does: unless it holds one of the control characters U+001C to U+001F,
    the only ones str.split breaks words at that the regex package's whitespace (Unicode's White_Space) leaves in
    a word. Four substring tests: a generator over the four costs twice as much."""
    return not ("\x1c" in run or "\x1d" in run or "\x1e" in run or "\x1f" in run)


def _split_run(text: str, start: int, run: str) -> tuple[list, list]:
    """The words of a run of words separated by spaces only, found at `start` in text."""
    toks, norms, pos = [], [], start
    for part in (run.split() if _splits_alike(run) else _SPACES.split(run)):     # str.split costs a fraction
        pos = text.index(part, pos)
        toks.append(_Hit(pos, pos + len(part), part))
        norms.append(_norm(part))
        pos += len(part)
    return toks, norms


def _tokens_to(text: str, end: int, limit: int) -> list:
    """Up to `limit` words that end the text at `end`, with nothing but spaces between them."""
    if limit <= _MOST_BEFORE:
        words = _words_to(text, end, _MOST_BEFORE)[0]
        return words[-limit:] if len(words) > limit else words
    return _words_to(text, end, limit)[0]


@lru_cache(maxsize=1024)
def _words_to(text: str, end: int, limit: int) -> tuple[list, list]:
    """The words that end the text at `end` (as _tokens_to) and their lookup forms."""
    if limit == _MOST_BEFORE:
        run = _RUN_TO.match(text, 0, end)
        return _split_run(text, run.start(), run.group().rstrip()) if run else ([], [])
    out = []
    stop = end
    for t in _TOKEN_BACK.finditer(text, max(0, end - 24 * limit), end):     # right to left, lazily
        if text[t.end():stop].strip():
            break
        out.append(t)
        if len(out) >= limit:
            break
        stop = t.start()
    out.reverse()
    return out, [_norm(t.group()) for t in out]


def _remember_last(lookup):
    """Keep a lookup's last text and answer: a clause asks the same list about the same words several times.

    The text is compared by identity (the memo holds it, so its id cannot be reused): the callers pass
    the very same window string (a clause's `left`, `right`) from one question to the next.
    """
    def remembered(self, text: str, **_):
        last = self._last.get(lookup)
        if last is not None and last[0] is text:
            return last[1]
        hit = lookup(self, text)
        self._last[lookup] = (text, hit)
        return hit
    remembered.__doc__ = lookup.__doc__
    return remembered


class _Remembering:
    def __init__(self):
        self._last: dict = {}


class _Phrases(_Remembering):
    """A word list matched on whole words right after a point (match) or right before it (search)."""

    def __init__(self, words, gap: int = 0, lead: str = r"\s*", gap_words=None, trail: str = " \t\n\r",
                 gap_stop: frozenset = _GAP_STOP):
        super().__init__()
        self.phrases = {" ".join(_norm(w) for w in key(w).split()) for w in words if w and not w.startswith("_")}
        self.n = max(len(p.split()) for p in self.phrases)
        # a phrase can only start with one of these words and end with one of those: the others are skipped
        self.first_words = frozenset(p.split()[0] for p in self.phrases)
        self.last_words = frozenset(p.split()[-1] for p in self.phrases)
        self.gap = gap
        self.lead = regex.compile(r"\+?" + lead)
        self.plain_lead = lead == r"\s*"          # read without a regex call: most lists
        self.gap_words = frozenset(gap_words) if gap_words is not None else None
        self.trail = trail
        self.gap_stop = gap_stop

    @_remember_last
    def match(self, text: str) -> _Hit | None:
        """The first phrase of the list among the words at the start of text (after `gap` other words at most)."""
        if self.plain_lead:                             # r"\+?\s*"
            pos = 1 if text[:1] == "+" else 0
            if text[pos:pos + 1].isspace():
                pos = len(text) - len(text[pos:].lstrip())
        else:
            pos = self.lead.match(text).end()
        limit = self.gap + self.n
        if limit == 1:                                  # a list of single words, no gap: the first word alone, read
            toks, words = _words_from(text, pos, 1)     # with one token match (not the run of eight the others share)
        else:
            toks, words = _words_from(text, pos, _MOST_AFTER) if limit <= _MOST_AFTER else _words_from(text, pos, limit)
        if not toks or toks[0].start() != pos:
            return None
        if len(toks) > limit:
            toks, words = toks[:limit], words[:limit]
        for j in range(min(self.gap, len(words) - 1) + 1):
            if j and (words[j - 1] in self.gap_stop if self.gap_words is None else words[j - 1] not in self.gap_words):
                return None
            if j and words[j - 1][:1].isdigit() and (j < 2 or words[j - 2] not in ("or", "&", "to")):
                return None                             # "30 stewards and 3 sous chefs": a number starts another count
                                                        # (not "2 or 3 holiday employees": a range)
            if words[j] not in self.first_words:
                if "-" in words[j] and words[j].rsplit("-", 1)[1] in self.phrases:     # "well-documented"
                    return _Hit(toks[j].start(), _word_end(toks[j]), words[j])
                continue
            for k in range(min(self.n, len(words) - j), 0, -1):
                phrase = " ".join(words[j:j + k])
                if phrase in self.phrases or (k == 1 and "-" in phrase and phrase.rsplit("-", 1)[1] in self.phrases):
                    return _Hit(toks[j].start(), _word_end(toks[j + k - 1]), phrase)
        return None

    @_remember_last
    def search(self, text: str) -> _Hit | None:
        """The phrase of the list that ends the text (before any of the `trail` characters)."""
        end = len(text.rstrip(self.trail))
        toks, words = _words_to(text, end, _MOST_BEFORE) if self.n <= _MOST_BEFORE else _words_to(text, end, self.n)
        if not words or words[-1] not in self.last_words:
            return None
        if len(toks) > self.n:
            toks, words = toks[-self.n:], words[-self.n:]
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:])
            if phrase in self.phrases:
                return _Hit(toks[-k].start(), end, phrase)
        return None


def _after(words, gap: int, leading: str = r"\s*") -> _Phrases:
    return _Phrases(words, gap=gap, lead=leading)
