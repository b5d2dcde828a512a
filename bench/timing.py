"""Interleaved timing: the subject and its reference run turn about, so machine load falls on both."""
from __future__ import annotations

import statistics
import sys
import time
from typing import Callable

_START = time.monotonic()


def progress(message: str) -> None:
    """One line of progress on stderr, with the seconds since the run began."""
    print(f"[{time.monotonic() - _START:6.1f}s] {message}", file=sys.stderr, flush=True)


def interleaved(subjects: dict[str, Callable[[], object]], repeats: int, warmup: int = 1) -> dict[str, list[float]]:
    """Seconds per call of each subject, `repeats` rounds, the order reversed every other round.

    Each subject is called `warmup` times first, untimed (imports, caches, the allocator's first growth).
    """
    for _ in range(warmup):
        for fn in subjects.values():
            fn()
    names = list(subjects)
    times: dict[str, list[float]] = {name: [] for name in names}
    clock = time.perf_counter
    for r in range(repeats):
        for name in (names if r % 2 == 0 else names[::-1]):
            fn = subjects[name]
            t0 = clock()
            fn()
            times[name].append(clock() - t0)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratio(subject: float, reference: float) -> float:
    return subject / reference if reference else float("nan")


def ms(seconds: float) -> float:
    return round(seconds * 1e3, 3)
