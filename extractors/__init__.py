"""Scannable's extraction library: a page (or pasted text) in, evidence as W3C annotations out.

Pure functions, no I/O and no network: `annotate(html, url)` is all a caller needs.
"""
from __future__ import annotations

import datetime as _dt

from .annotations import collection
from .assess import career, gaps, guide, prompts, quickread, scannability, worth
from .document import Profile
from .finders import corroboration, credentials, outcomes, recommendations
from .findings import Finding
from .limits import PageRefused, check_text
from .pages import read_html, read_text

__all__ = ["annotate", "analyse", "read_html", "read_text", "Profile", "Finding", "PageRefused"]

KIND_ORDER = ("outcome", "scope", "credential", "recommendation")


def analyse(profile: Profile, today: str | None = None) -> tuple[list[Finding], dict]:
    """Every finding on a profile, assessed, and the summary that goes with them."""
    if not today:   # a saved page is judged as of the month it shows, where a current role's length says it
        today = _dt.date.today().strftime("%Y-%m")
        today = career.page_date(profile, today) or today
    findings = outcomes.find(profile) + credentials.find(profile, today) + recommendations.find(profile)
    order = _block_order(profile)   # once: rebuilding it per finding made annotate quadratic in page size
    findings.sort(key=lambda f: (f.block.offset or 0, order.get(id(f.block), 0), f.start))
    corroboration.link(findings)   # before worth: a corroborated claim is worth more
    for f in findings:
        worth.assess(f)
    prompts.apply_all(findings)
    counts = {kind: sum(1 for f in findings if f.kind == kind) for kind in KIND_ORDER}
    summary = {
        "page_kind": profile.page_kind,
        "url": profile.url,
        "profile": {"name": profile.name, "headline": profile.headline, "location": profile.location},
        "counts": counts,
        "sections": [{"kind": s.kind, "heading": s.heading, "entries": len(s.entries), "total": s.total,
                      "partial": s.partial, "details_url": s.details_url} for s in profile.sections],
        "not_seen": list(profile.notes),
        "scannability": scannability.score(profile, findings),
    }
    shape = career.shape(profile, findings, today)
    open_questions = gaps.questions(profile, findings, shape, today)
    quick = quickread.read(profile, findings, shape, open_questions)
    items = guide.as_items(findings, open_questions)
    summary["quick_read"] = quick
    summary["career"] = shape
    summary["guide"] = {"items": items, "markdown": guide.markdown(profile, items, quick, shape)}
    return findings, summary


def _block_order(profile: Profile) -> dict[int, int]:
    return {id(b): n for n, b in enumerate(profile.blocks())}


def annotate(source: str, url: str | None = None, *, text: bool = False, today: str | None = None) -> dict:
    """Annotate an HTML page (or, with text=True, pasted plain text) and return the AnnotationCollection."""
    if text:
        check_text(len(source))
    profile = read_text(source, url) if text else read_html(source, url)
    blocks = list(profile.blocks())
    try:
        check_text(sum(len(b.text) for b in blocks), len(blocks))
        findings, summary = analyse(profile, today)
        return collection(profile, findings, summary)
    finally:
        for b in blocks:
            b.forget_unread_locator()   # the page's tree goes now, not at the next full garbage collection
