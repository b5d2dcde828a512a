"""A profile or resume pasted as plain text: one block per non-empty line, sections from heading lines.

Block offsets are code points into the input, so annotations can carry a TextPositionSelector.
"""
from __future__ import annotations

import regex

from ..document import Block, Profile, Section
from .sections import kind_for_heading

_LINE = regex.compile(r"[^\n]+")
# A heading line is short, has no sentence punctuation at its end, and names a known section.
_HEADING_SHAPE = regex.compile(r"^\s*[\p{Lu}\p{Lt}][\p{L}&/ ,'-]{1,58}:?\s*$")


def read(text: str, url: str | None = None) -> Profile:
    profile = Profile(url=url, page_kind="plaintext", source_text=text)
    section: Section | None = None
    for m in _LINE.finditer(text):
        raw = m[0]
        stripped = raw.strip()
        if not stripped:
            continue
        if _HEADING_SHAPE.match(raw) and (kind := kind_for_heading(stripped.rstrip(":"))):
            section = Section(kind=kind, heading=stripped.rstrip(":"))
            profile.sections.append(section)
            continue
        if section is None:
            if profile.name is None and len(stripped) < 60 and not any(c.isdigit() for c in stripped):
                profile.name = stripped
                continue
            section = Section(kind="about")
            profile.sections.append(section)
        lead = len(raw) - len(raw.lstrip())
        role = "about" if section.kind == "about" else "description"
        section.add_block(Block(stripped, role, None, offset=m.start() + lead))
    return profile
