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


def _end_of(start: int, raw: str) -> int:
    """Where a word found at `start` ends once a full stop, quote or mark closing it is cut: "revenue." ends before
    the stop."""
    return start + len(raw.rstrip(_TOKEN_END))


def _word_end(tok) -> int:
    """Where a word (a match of _TOKEN) ends, as _end_of."""
    return _end_of(tok.start(), tok.group())


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


# A run of words is kept as two lists, where each word starts and its text ("revenue."), with a third, the words'
# lookup forms ("revenue"): most questions read only the lookup forms, and a _Hit is made only for a word found.


def _run_of(tokens) -> tuple[list, list, list]:
    """The starts, texts and lookup forms of regex matches of _TOKEN."""
    raws = [t.group() for t in tokens]
    return [t.start() for t in tokens], raws, [_norm(w) for w in raws]


@lru_cache(maxsize=1024)
def _words_from(text: str, pos: int, limit: int) -> tuple[list, list, list]:
    """Up to `limit` words from pos, stopping at punctuation between words (none unless one starts at pos):
    their starts, texts and lookup forms."""
    if limit == _MOST_AFTER:                        # one regex call for the run of words, then split
        run = _RUN_FROM.match(text, pos)
        return _split_run(text, run.start(), run.group()) if run else ([], [], [])
    out, last = [], None
    for t in _TOKEN.finditer(text, pos):
        if last is not None and text[last:t.start()].strip():
            break
        out.append(t)
        last = t.end()
        if len(out) >= limit:
            break
    return _run_of(out)


def _splits_alike(run: str) -> bool:
    """Whether str.split splits `run` as _SPACES does: unless it holds one of the control characters U+001C to U+001F,
    the only ones str.split breaks words at that the regex package's whitespace (Unicode's White_Space) leaves in
    a word. Four substring tests: a generator over the four costs twice as much."""
    return not ("\x1c" in run or "\x1d" in run or "\x1e" in run or "\x1f" in run)


def _split_run(text: str, start: int, run: str) -> tuple[list, list, list]:
    """The starts, texts and lookup forms of the words of a run of words separated by spaces only, found at `start`
    in text."""
    raws = run.split() if _splits_alike(run) else _SPACES.split(run)     # str.split costs a fraction
    starts, pos = [], start
    for part in raws:
        pos = text.index(part, pos)
        starts.append(pos)
        pos += len(part)
    return starts, raws, [_norm(w) for w in raws]


@lru_cache(maxsize=1024)
def _tokens_to(text: str, end: int, limit: int) -> list:
    """Up to `limit` words that end the text at `end`, with nothing but spaces between them."""
    starts, raws, _ = _words_to(text, end, _MOST_BEFORE if limit <= _MOST_BEFORE else limit)
    return [_Hit(a, a + len(w), w) for a, w in zip(starts[-limit:], raws[-limit:])]


@lru_cache(maxsize=1024)
def _words_to(text: str, end: int, limit: int) -> tuple[list, list, list]:
    """The words that end the text at `end` (as _tokens_to): their starts, texts and lookup forms."""
    if limit == _MOST_BEFORE:
        run = _RUN_TO.match(text, 0, end)
        return _split_run(text, run.start(), run.group().rstrip()) if run else ([], [], [])
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
    return _run_of(out)


# The last word of the run _RUN_TO finds (the same pattern's last word, alone).
_LAST_TOKEN = regex.compile(rf"(?r)({_WORD_CHAR}+)\s*")


@lru_cache(maxsize=1024)
def _last_word(text: str, end: int) -> str | None:
    """The lookup form of the last of the words that end the text at `end` (as _words_to's run of words), or None:
    one short regex call, where splitting the run costs several times more and most lists reject on this word."""
    last = _LAST_TOKEN.match(text, 0, end)
    if last is None:
        return None
    word = last.group(1)
    if not _splits_alike(word):                     # a control character str.split and rstrip would cut: as the run
        words = _words_to(text, end, _MOST_BEFORE)[2]
        return words[-1] if words else None
    return _norm(word)


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
        # how many words match reads: a list of single words with no gap reads the first word alone, with one token
        # match (not the run of eight the others share)
        self.read = 1 if gap + self.n == 1 else max(gap + self.n, _MOST_AFTER)
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
        starts, raws, words = _words_from(text, pos, self.read)
        if not starts or starts[0] != pos:
            return None
        if self.first_words.isdisjoint(words[:self.gap + 1]) and "-" not in text:
            return None                                 # no word where a phrase may start ("-": "well-documented")
        limit = self.gap + self.n
        if len(words) > limit:
            words = words[:limit]
        for j in range(min(self.gap, len(words) - 1) + 1):
            if j and (words[j - 1] in self.gap_stop if self.gap_words is None else words[j - 1] not in self.gap_words):
                return None
            if j and words[j - 1][:1].isdigit() and (j < 2 or words[j - 2] not in ("or", "&", "to")):
                return None                             # "30 stewards and 3 sous chefs": a number starts another count
                                                        # (not "2 or 3 holiday employees": a range)
            if words[j] not in self.first_words:
                if "-" in words[j] and words[j].rsplit("-", 1)[1] in self.phrases:     # "well-documented"
                    return _Hit(starts[j], _end_of(starts[j], raws[j]), words[j])
                continue
            for k in range(min(self.n, len(words) - j), 0, -1):
                phrase = " ".join(words[j:j + k])
                if phrase in self.phrases or (k == 1 and "-" in phrase and phrase.rsplit("-", 1)[1] in self.phrases):
                    return _Hit(starts[j], _end_of(starts[j + k - 1], raws[j + k - 1]), phrase)
        return None

    @_remember_last
    def search(self, text: str) -> _Hit | None:
        """The phrase of the list that ends the text (before any of the `trail` characters)."""
        end = len(text.rstrip(self.trail))
        if self.n <= _MOST_BEFORE and _last_word(text, end) not in self.last_words:
            return None                                 # most windows end with no word of the list: not split
        starts, _, words = _words_to(text, end, _MOST_BEFORE) if self.n <= _MOST_BEFORE else _words_to(text, end, self.n)
        if not words or words[-1] not in self.last_words:
            return None
        if len(words) > self.n:
            starts, words = starts[-self.n:], words[-self.n:]
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:])
            if phrase in self.phrases:
                return _Hit(starts[-k], end, phrase)
        return None


def _after(words, gap: int, leading: str = r"\s*") -> _Phrases:
    return _Phrases(words, gap=gap, lead=leading)
