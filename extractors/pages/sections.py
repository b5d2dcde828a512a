"""Which section kind an anchor id or a heading text names (the table is data/sections.json)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(resources.files("extractors.data").joinpath("sections.json").read_text("utf-8"))


def kind_for_anchor(anchor: str | None) -> str | None:
    """'licenses_and_certifications' -> 'certifications'; furniture and unknown anchors -> None."""
    if not anchor:
        return None
    return _table()["anchors"].get(anchor.lower())


def is_furniture(anchor: str | None) -> bool:
    return bool(anchor) and (anchor.lower() in _table()["furniture"] or anchor.startswith("pymk_"))


@lru_cache(maxsize=1)
def _headings() -> tuple[dict, int]:
    table = _table()["headings"]
    return table, max(len(k.split()) for k in table)


def kind_for_heading(heading: str | None) -> str | None:
    """'Licenses & certifications' -> 'certifications': the longest known prefix of the heading wins.

    The prefix is whole words ("experience" names "Experience at Acme", not "Experienced"), looked up from
    the longest down, so a heading costs a few dictionary lookups, not a pass over the table.
    """
    if not heading:
        return None
    # "Certifications/Licenses": a slash joins two headings' words, as "and" does
    text = " ".join(heading.lower().replace(":", " ").replace("/", " ").split())
    if len(text) > 60:
        return None
    table, longest = _headings()
    words = text.split(" ")
    for n in range(min(len(words), longest), 0, -1):
        kind = table.get(" ".join(words[:n]))
        if kind:
            return kind
    return None


def kind_for_componentkey(key: str | None) -> str | None:
    """'com.linkedin.sdui.profile.card.refACoAA…ExperienceTopLevelSection' -> 'experience' (the longest known ending)."""
    if not key:
        return None
    best = None
    for suffix, kind in _table()["componentkeys"].items():
        if key.endswith(suffix) and (best is None or len(suffix) > len(best[0])):
            best = (suffix, kind)
    return best[1] if best else None


def kind_for_view_name(name: str | None) -> str | None:
    """'profile-card-licenses-and-certifications' -> 'certifications'; furniture cards -> None."""
    if not name or not name.startswith("profile-card-"):
        return None
    anchor = name.removeprefix("profile-card-")
    return None if is_furniture(anchor) else kind_for_anchor(anchor)
