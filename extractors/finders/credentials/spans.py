"""Spans of a text already read, asked by bisection."""
from __future__ import annotations

import bisect


class _Taken:
    """Spans of a text already read, asked "is this position or span inside one?" by bisection.

    Scanning a list per mention made a text of thousands of mentions quadratic ("CPA certified. " 6,500 times
    took 15 s). Non-empty spans are kept merged (the same answers: a position is in a span iff it is in their
    union, and a non-empty span meets a span iff it meets the union); empty spans are kept as points.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._points: list[int] = []
        self._reversed: list[tuple[int, int]] = []   # end < start: never built, kept only to answer as a list would
        self._all: list[tuple[int, int]] = []        # as added, for the degenerate question (a >= b)

    def add(self, start: int, end: int) -> None:
        self._all.append((start, end))
        if end <= start:
            if end == start:
                bisect.insort(self._points, start)
            else:
                self._reversed.append((start, end))
            return
        i = bisect.bisect_left(self._ends, start)          # the first span ending at or after `start`
        j = bisect.bisect_right(self._starts, end)         # past the last span starting at or before `end`
        if i < j:
            start, end = min(start, self._starts[i]), max(end, self._ends[j - 1])
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def holds(self, position: int) -> bool:
        """Whether a span has start <= position < end."""
        i = bisect.bisect_right(self._starts, position) - 1
        return i >= 0 and position < self._ends[i]

    def meets(self, a: int, b: int) -> bool:
        """Whether a span has start < b and a < end."""
        if a >= b:
            return any(s < b and a < e for s, e in self._all)
        i = bisect.bisect_left(self._ends, a + 1)           # the first span ending after `a`
        if i < len(self._starts) and self._starts[i] < b:
            return True
        k = bisect.bisect_right(self._points, a)
        return k < len(self._points) and self._points[k] < b or any(s < b and a < e for s, e in self._reversed)


class _CatalogEnds:
    """The catalog findings of a growing list, by where each ends: "the first catalog finding (in the list's order)
    that ends just before this position" in time bounded by the distance looked back, not by the list's length.
    A finding whose end moves is registered again (`moved`)."""

    def __init__(self, found: list) -> None:
        self._found = found
        self._seen = 0
        self._at: dict[int, list[tuple[int, object]]] = {}
        self._order: dict[int, int] = {}

    def moved(self, finding) -> None:
        self._at.setdefault(finding.end, []).append((self._order[id(finding)], finding))

    def first_before(self, position: int, reach: int, fits) -> object | None:
        """The first finding ending within `reach` characters before `position` for which `fits(finding)` holds."""
        for n in range(self._seen, len(self._found)):
            f = self._found[n]
            if f.data.get("catalog_id"):
                self._order[id(f)] = n
                self._at.setdefault(f.end, []).append((n, f))
        self._seen = len(self._found)
        hits = [(n, f) for end in range(max(0, position - reach), position + 1) for n, f in self._at.get(end, ())
                if f.end == end and fits(f)]
        return min(hits, key=lambda hit: hit[0])[1] if hits else None
