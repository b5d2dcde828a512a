"""Where the time goes: cProfile over annotate on one page, the functions with most own time and their share.

Printed with every run so that a figure that misses its goal comes with the place to look.
"""
from __future__ import annotations

import cProfile
import pstats
import re
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


def _stats(fn, runs: int) -> dict:
    fn()
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(runs):
        fn()
    prof.disable()
    return {key: value for key, value in pstats.Stats(prof).stats.items() if "/bench/" not in key[0]}


def profile(fn, runs: int) -> tuple[list[dict], list[dict]]:
    """The functions with most own time, and own time summed by module (our modules; libraries by package)."""
    stats = _stats(fn, runs)
    total = sum(tt for (_, _, tt, _, _) in stats.values()) or 1.0
    rows = sorted(((tt, ct, nc, key) for key, (_, nc, tt, ct, _) in stats.items()), reverse=True)[:TOP]
    functions = [{"function": f"{_where(f)}:{line}({name})", "calls_per_run": round(nc / runs, 1),
                  "own_share": round(tt / total, 3), "cumulative_share": round(ct / total, 3)}
                 for tt, ct, nc, (f, line, name) in rows]
    modules: dict[str, float] = {}
    for (f, _, name), (_, _, tt, _, _) in stats.items():
        where = _where(f)
        if where.startswith(".venv/") or "site-packages" in f:
            where = where.split("site-packages/")[-1].split("/")[0]
        elif f == "~":   # a C function: name it by the type whose method it is ("_regex.Pattern")
            owner = re.search(r"of '([^']+)' objects", name)
            where = f"C methods of {owner[1]}" if owner else "C functions"
        modules[where] = modules.get(where, 0.0) + tt
    by_module = [{"module": m, "own_share": round(t / total, 3)}
                 for m, t in sorted(modules.items(), key=lambda kv: -kv[1])[:TOP]]
    return functions, by_module


def run(page: Page, runs: int = 5, sentences: list[str] | None = None) -> dict:
    html = page.text
    functions, modules = profile(lambda: extractors.annotate(html, URL, today="2024-12"), runs)
    out = {"status": "ok", "page": page.label, "runs": runs, "annotate": functions, "annotate_by_module": modules}
    if sentences:
        from extractors.finders.outcomes import find_quantities
        out["outcome_sentences"], _ = profile(lambda: [find_quantities(s) for s in sentences], 1)
    return out
