"""Where the time goes: cProfile over annotate on one page, the functions with most own time and their share.

Printed with every run so that a figure that misses its goal comes with the place to look.
"""
from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

import extractors

from .pages import ROOT, URL, Page

TOP = 12


def _where(filename: str) -> str:
    path = Path(filename)
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        parts = path.parts
        return "/".join(parts[parts.index("site-packages") + 1:]) if "site-packages" in parts else path.name


def profile(fn, runs: int) -> list[dict]:
    fn()
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(runs):
        fn()
    prof.disable()
    stats = pstats.Stats(prof).stats
    total = sum(tt for (_, _, tt, _, _) in stats.values()) or 1.0
    rows = sorted(((tt, ct, nc, key) for key, (_, nc, tt, ct, _) in stats.items()), reverse=True)[:TOP]
    return [{"function": f"{_where(f)}:{line}({name})", "calls_per_run": round(nc / runs, 1),
             "own_share": round(tt / total, 3), "cumulative_share": round(ct / total, 3)}
            for tt, ct, nc, (f, line, name) in rows]


def run(page: Page, runs: int = 5, sentences: list[str] | None = None) -> dict:
    html = page.text
    out = {"status": "ok", "page": page.label, "runs": runs,
           "annotate": profile(lambda: extractors.annotate(html, URL, today="2024-12"), runs)}
    if sentences:
        from extractors.finders.outcomes import find_quantities
        out["outcome_sentences"] = profile(lambda: [find_quantities(s) for s in sentences], 1)
    return out
