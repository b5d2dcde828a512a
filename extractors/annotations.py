"""W3C Web Annotation serialisation: findings in, an AnnotationCollection-style dict out.

Quotes (exact, prefix, suffix) are taken on whitespace-collapsed text, so a client can find them in
the live page whatever its line breaks; plain-text input also gets code-point positions.
"""
from __future__ import annotations

import regex

from .document import Block, Profile
from .findings import Finding

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTRACT_VERSION = "1.0"
AFFIX = 32
_SPACES = regex.compile(r"\s+")


def _trimmed(block: Block, start: int, end: int) -> tuple[int, int]:
    text = block.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def quote_selector(block: Block, start: int, end: int) -> dict:
    text = block.text
    return {"type": "TextQuoteSelector", "exact": _SPACES.sub(" ", text[start:end]),
            "prefix": _prefix(text, start), "suffix": _suffix(text, end)}


# Prefix and suffix collapse only a window around the quote, widened until it holds more than AFFIX
# characters: collapsing the whole text for each annotation was quadratic in a long block (400
# findings in an 85,000-character line took 2 s here). The result is the same as collapsing it all.
_WINDOW = 4 * AFFIX


def _prefix(text: str, start: int) -> str:
    width = _WINDOW
    while True:
        begin = max(0, start - width)
        before = _SPACES.sub(" ", text[begin:start])
        if begin == 0:
            return before.lstrip()[-AFFIX:]
        if len(before) > AFFIX:
            return before[-AFFIX:]
        width *= 4


def _suffix(text: str, end: int) -> str:
    width = _WINDOW
    while True:
        stop = min(len(text), end + width)
        after = _SPACES.sub(" ", text[end:stop])
        if stop == len(text):
            return after.rstrip()[:AFFIX]
        if len(after) > AFFIX:
            return after[:AFFIX]
        width *= 4


def annotation(finding: Finding, url: str | None) -> dict:
    block = finding.block
    start, end = _trimmed(block, finding.start, finding.end)
    selectors = [quote_selector(block, start, end)]
    if block.offset is not None:
        selectors.append({"type": "TextPositionSelector", "start": block.offset + start, "end": block.offset + end})
    if block.locator:
        selectors.append({"type": "XPathSelector", "value": block.locator})
    body = [
        {"type": "TextualBody", "purpose": "tagging", "value": finding.kind},
        {"type": "TextualBody", "purpose": "describing", "value": finding.describe or finding.kind},
    ]
    if finding.prompt:
        body.append({"type": "TextualBody", "purpose": "questioning", "value": finding.prompt})
    section = block.section
    entry = block.entry
    extra = {
        "kind": finding.kind,
        "weight": round(finding.weight, 3),
        "section": section.kind if section else None,
        "entry": ({"title": entry.title, "organisation": entry.company or entry.organisation}
                  if entry is not None else None),
        "above_fold": block.above_fold(start),
        "follow_ups": finding.follow_ups,
        "links": [other.id for other in finding.links],
        **finding.data,
    }
    target: dict = {"selector": selectors}
    if url:
        target["source"] = url
    return {
        "id": finding.id,
        "type": "Annotation",
        "motivation": "questioning" if finding.prompt else "highlighting",
        "body": body,
        "target": target,
        "scannable": {k: v for k, v in extra.items() if v is not None},
    }


def collection(profile: Profile, findings: list[Finding], summary: dict) -> dict:
    items = [annotation(f, profile.url) for f in findings]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": f"Scannable evidence for {profile.name}" if profile.name else "Scannable evidence",
        "generator": {"name": "scannable", "contract": CONTRACT_VERSION},
        "total": len(items),
        "items": items,
        "summary": summary,
    }
