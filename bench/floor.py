"""Against the physical floor: annotating a page in-process versus a bare lxml.html parse of its bytes.

A bare parse is the least any HTML reader must do, so annotate / parse says how much our own work costs
on top of it. Goal: <= 1.5x. The stage split (our parse, the site adapter, finders and assessments,
serialisation) says where the rest goes.
"""
from __future__ import annotations

import time

import lxml.html

import extractors
from extractors import pages as page_adapters
from extractors.annotations import collection

from .pages import URL, Page
from .timing import interleaved, median, ms, progress, ratio

GOAL = 1.5
TODAY = "2024-12"   # fixed, so a run does not depend on the calendar
STAGES = ("parse", "adapter", "findings", "serialise")


def stages(html: str) -> dict[str, float] | None:
    """Seconds spent in each stage of extractors.annotate, run one after the other as annotate does.

    None if annotate's inner structure changed under this copy of it (the stage split is only a hint).
    """
    try:
        return _stages(html)
    except Exception:   # noqa: BLE001 - a diagnostic must not sink the measurement it annotates
        return None


def _stages(html: str) -> dict[str, float]:
    clock = time.perf_counter
    t0 = clock()
    root = page_adapters.parse(html)
    t1 = clock()
    adapter = next(a for a in page_adapters.ADAPTERS if a.matches(root, URL))
    profile = adapter.read(root, URL)
    t2 = clock()
    findings, summary = extractors.analyse(profile, TODAY)
    t3 = clock()
    collection(profile, findings, summary)
    t4 = clock()
    return {"parse": t1 - t0, "adapter": t2 - t1, "findings": t3 - t2, "serialise": t4 - t3}


def measure(page: Page, repeats: int) -> dict:
    html, data = page.text, page.data
    split: list[dict[str, float]] = []
    times = interleaved({
        "annotate": lambda: extractors.annotate(html, URL, today=TODAY),
        "parse": lambda: lxml.html.document_fromstring(data),
        "stages": lambda: split.append(stages(html)),
    }, repeats)
    annotate, parse = median(times["annotate"]), median(times["parse"])
    value = ratio(annotate, parse)
    result = extractors.annotate(html, URL, today=TODAY)
    return {
        "page": page.label, "kb": page.kb, "annotations": result["total"],
        "annotate_ms": ms(annotate), "lxml_parse_ms": ms(parse), "ratio": round(value, 2),
        "stages_ms": ({k: ms(median([s[k] for s in split[1:]])) for k in STAGES} if all(split)
                      else dict.fromkeys(STAGES)),
        "goal": f"<= {GOAL}x", "met": value <= GOAL,
    }


def run(pages: list[Page], repeats: int) -> dict:
    rows = []
    for page in pages:
        progress(f"floor: {page.label} ({page.kb} KB), {repeats} interleaved rounds")
        rows.append(measure(page, repeats))
    return {"status": "ok", "repeats": repeats, "goal": f"annotate / bare lxml.html parse <= {GOAL}x", "rows": rows}
