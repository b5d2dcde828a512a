"""`python -m bench`: every benchmark in one run, a table on the terminal, JSON and docs/BENCHMARKS.md.

Progress goes to stderr, the table to stdout. A part that fails is recorded with its error and the run
goes on; the exit status is 1 if any part failed (a missed goal is a result, not a failure).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import traceback
from pathlib import Path

from . import floor, hotspots, load, machine, pages, peer, report, scale
from .pages import ROOT
from .timing import progress

PARTS = ("floor", "peer", "scale", "load", "browser", "hotspots")


def _options(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    ap.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated, from {', '.join(PARTS)}")
    ap.add_argument("--quick", action="store_true",
                    help="one tiny iteration of each part (checks the harness; its figures mean nothing)")
    ap.add_argument("--json", type=Path, default=ROOT / "bench-results" / "latest.json", help="where the JSON goes")
    ap.add_argument("--docs", type=Path, default=ROOT / "docs" / "BENCHMARKS.md",
                    help="where the Markdown table goes")
    ap.add_argument("--no-docs", action="store_true", help="do not write the Markdown table")
    ap.add_argument("--command", default=None, help="the command to print in the docs (default: how this was run)")
    opts = ap.parse_args(argv)
    opts.parts = [p.strip() for p in opts.parts.split(",") if p.strip()]
    unknown = set(opts.parts) - set(PARTS)
    if unknown:
        ap.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    return opts


def _target(captures: list[pages.Page]) -> list[pages.Page]:
    """The pages for the load test: the capture nearest 600 KB first (the goal's), then the others."""
    everything = [*captures, pages.sample()]
    if not captures:
        return everything
    first = min(captures, key=lambda p: abs(len(p.data) - 600_000))
    return [first, *(p for p in everything if p is not first)]


def run_part(name: str, opts, captures: list[pages.Page]) -> dict:
    quick = opts.quick
    if name == "floor":
        chosen = pages.all_pages() if not quick else [pages.sample()]
        return floor.run(chosen, repeats=2 if quick else 15)
    if name == "peer":
        return peer.run(rounds=1 if quick else 3, limit=10 if quick else None)
    if name == "scale":
        return scale.run(sizes=(50_000, 100_000) if quick else scale.SIZES, repeats=1 if quick else 5)
    if name == "load":
        chosen = _target(captures) if not quick else [pages.sample()]
        return load.run(chosen, levels=(1,) if quick else (1, 2, 4, 8), seconds=1 if quick else 6,
                        rounds=2 if quick else 10, warmup=1 if quick else 4)
    if name == "browser":
        from . import browser
        return browser.run(pages.sample() if quick else _target(captures)[0], loads=1 if quick else 7)
    if name == "hotspots":
        target = _target(captures)[0]
        try:
            from evaluation import outcomes as ev
            sentences = [ex.text for ex in ev.load() if ex.text is not None][:10 if quick else None]
        except ImportError:
            sentences = None
        return hotspots.run(target, runs=1 if quick else 5, sentences=sentences)
    raise ValueError(name)


def main(argv: list[str] | None = None) -> int:
    opts = _options(argv)
    started = time.monotonic()
    captures = pages.captures()
    if not captures:
        progress(f"no real captures in {pages.SHARED_DATA / 'linkedin-pages'}: the bundled sample only")
    results = {
        "command": opts.command or "python -m bench " + " ".join(argv if argv is not None else sys.argv[1:]),
        "quick": opts.quick,
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine.describe(),
        "parts": {},
    }
    failed = False
    for name in opts.parts:
        try:
            results["parts"][name] = run_part(name, opts, captures)
        except Exception as exc:   # one broken part must not hide the others' figures
            failed = True
            progress(f"{name}: FAILED: {exc!r}")
            results["parts"][name] = {"status": "error", "error": repr(exc),
                                      "traceback": traceback.format_exc(limit=5)}
    results["finished"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    results["seconds"] = round(time.monotonic() - started, 1)
    results["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    previous = None
    if opts.json.exists():
        try:
            previous = json.loads(opts.json.read_text("utf-8"))
        except ValueError:
            previous = None
    report.write(results, opts.json, None if opts.no_docs else opts.docs)
    print(report.terminal(results, previous))
    progress(f"wrote {opts.json}" + ("" if opts.no_docs else f" and {opts.docs}"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
