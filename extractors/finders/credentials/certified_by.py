"""Bodies a sentence says certified the candidate: "CPT Certified with NASM" (the body issued the credential named
before), "professionally certified by CompTIA, Lexmark, Microsoft and other bodies", "Certified by the USPS" (nothing
named before: each body named is a credential of its own, issued by that body)."""
from __future__ import annotations

import bisect

import regex

from ...document import Block
from ...findings import Finding
from .finding import _catalog_issuer, _finding
from .spans import _Taken
from .words import _rx, alternation

# A body's name: up to six capitalised words or abbreviations ("ICÂ³", "U.S."), small words between them.
_BODY = r"(?:\p{Lu}[\p{L}\p{N}&.'’³-]*(?:[\ \t]+(?:(?:of|for|&)[\ \t]+)?\p{Lu}[\p{L}\p{N}&.'’³-]*){0,5})"

_CERTIFIED_BY = regex.compile(rf"""(?x)
    (?<![\p{{L}}])(?i:certified|accredited)[\ \t]+(?i:by|with|through)[\ \t]+(?:the[\ \t]+)?
    (?P<list>{_BODY}(?:[\ \t]*,\s*(?:and[\ \t]+)?(?:the[\ \t]+)?{_BODY}|[\ \t]+and[\ \t]+(?:the[\ \t]+)?{_BODY})*)""")

_ONE_BODY = regex.compile(_BODY)
_SENTENCE_END = regex.compile(r"(?<=\p{L}{2})\.\s")

# The word before "certified" when the candidate is the one certified: none (a clause's start), punctuation, or a
# word of certified_by_before ("being professionally certified by"); not "Excel certified by Ericsson", nor "all
# products were certified by UL".
_BARE_BEFORE = regex.compile(rf"(?i:{alternation('certified_by_before')})|.*[.;:,(•*]")


def _bodies(listed: str, offset: int) -> list[tuple[int, int]]:
    """The spans of the bodies of a list: "CompTIA, Lexmark and FEMA", "Sage Software and Intuit"; without a comma,
    "and" before two words or more is read as part of one name ("National Exercise and Sports Training Association")."""
    spans = [(offset + m.start(), offset + m.end()) for m in _ONE_BODY.finditer(listed)]
    out: list[tuple[int, int]] = []
    for a, b in spans:
        gap = listed[out[-1][1] - offset:a - offset] if out else ""
        if out and _rx(r"[\ \t]+and[\ \t]+").fullmatch(gap) and "," not in listed and \
                len(listed[a - offset:b - offset].split()) > 1:
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
    # "... and Intuit.": the sentence's full stop is no part of the name ("U.S." keeps its own)
    out = [(a, b - 1) if listed[b - offset - 1] == "." and listed[a - offset:b - offset].count(".") == 1 else (a, b)
           for a, b in out]
    return [(a, b) for a, b in out if listed[a - offset:b - offset] != "Company Name"]


def certified_by_findings(block: Block, taken: _Taken, found: list[Finding]) -> list[Finding]:
    """The bodies "certified by/with/through" names: the issuer of the credential just before it (where no other
    body was read for it), else one credential per body."""
    text = block.text
    out: list[Finding] = []
    ordered = sorted(found, key=lambda f: f.end)
    ends = [f.end for f in ordered]
    for m in _CERTIFIED_BY.finditer(text):
        listed = _SENTENCE_END.split(m["list"], maxsplit=1)[0]     # "the U.S. Navy. Great ...": the sentence ends
        bodies = _bodies(listed, m.start("list"))
        if not bodies:
            continue
        n = bisect.bisect_right(ends, m.end()) - 1
        before = ordered[n] if n >= 0 and m.start() - 3 <= ordered[n].end <= m.end() and \
            ordered[n].start < m.start() else None
        if before is not None:
            if len(bodies) == 1 and before.data.get("issuer") in (None, _catalog_issuer(before)) or before.data.get("issuer_guessed"):
                before.data["issuer"] = text[bodies[0][0]:bodies[0][1]]     # "CPT Certified with NASM"
                before.data.pop("issuer_guessed", None)
            continue
        word = text[max(0, m.start() - 40):m.start()].split()
        if word and not _BARE_BEFORE.fullmatch(word[-1]):
            continue    # "Excel certified by Ericsson": a name before it, read (or not) as a credential elsewhere
        for a, b in bodies:
            if taken.meets(a, b):
                continue
            f = _finding(block, a, b, None, text[a:b], issuer=text[a:b])
            out.append(f)
            taken.add(a, b)
    return out
