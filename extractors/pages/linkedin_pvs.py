"""LinkedIn's logged-in "pvs" layout (Ember, 2022-2025): sections anchored by div.pv-profile-card__anchor.

Every visible string is there twice, `<span aria-hidden="true">X</span><span class="visually-hidden">X'</span>`:
only the aria-hidden copy is read, or every finding would be doubled.
"""
from __future__ import annotations

import regex
from lxml import etree

from ..document import Block, Entry, Profile, Section
from . import dates
from .html import locator, text_of
from .sections import is_furniture, kind_for_anchor, kind_for_heading

X = etree.XPath
_ANCHORS = X('//div[contains(concat(" ", normalize-space(@class), " "), " pv-profile-card__anchor ")][@id]')
_NAME = X('//h1[contains(@class, "text-heading-xlarge")]')
_HEADLINE = X('//div[contains(@class, "text-body-medium") and contains(@class, "break-words")]')
_LOCATION = X('//span[contains(@class, "text-body-small") and contains(@class, "inline") '
              'and contains(@class, "t-black--light") and contains(@class, "break-words")]')
_HEADING = X('.//h2')
# Top-level items only: a role nested under a company header is itself an li of a nested list.
_ITEMS = X('.//li[contains(concat(" ", normalize-space(@class), " "), " artdeco-list__item ")]'
           '[not(ancestor::li[contains(concat(" ", normalize-space(@class), " "), " artdeco-list__item ")])]')
_ENTITY = X('.//div[@data-view-name="profile-component-entity"]')
_TITLE = X('.//div[contains(@class, "t-bold")]/span[@aria-hidden="true"]')
_SUBTITLE = X('.//span[contains(@class, "t-14") and contains(@class, "t-normal") '
              'and not(contains(@class, "t-black--light"))]/span[@aria-hidden="true"]')
_CAPTIONS = X('.//span[contains(@class, "t-black--light")]/span[@aria-hidden="true"]')
_SUB = X('./div/div[contains(@class, "pvs-entity__sub-components")] | ./div[contains(@class, "pvs-entity__sub-components")]')
_SUB_TEXTS = X('.//span[@aria-hidden="true"][not(ancestor::span[@aria-hidden="true"])]')
_CLAMP = X('ancestor::div[contains(@class, "inline-show-more-text")][1]')
_LINKS = X('.//a[@href]')
_SHOW_ALL = X('.//a[starts-with(normalize-space(.), "Show all")] | .//a[contains(@id, "see-all")]')
_RECEIVED_TAB = X('.//button[@role="tab"]')
_PANEL = X('.//div[@role="tabpanel"]')
_EMPTY_STATES = ("Nothing to see for now", "will appear here")

_SHOW_ALL_COUNT = regex.compile(r"Show all (\d+)")
_CLAMP_LINES = regex.compile(r"line-clamp:\s*(\d+)")
# Characters in one line of LinkedIn's main column at its default width (about 600 px of 14 px text).
CHARS_PER_LINE = 90


def matches(root, url: str | None) -> bool:
    return bool(_ANCHORS(root))


def _first_text(nodes) -> str | None:
    for node in nodes:
        text = text_of(node)
        if text:
            return text
    return None


def fold_index(text: str, clamp_lines: int, width: int = CHARS_PER_LINE) -> int | None:
    """Where a -webkit-line-clamp of `clamp_lines` cuts `text`, or None if it all fits.

    >>> fold_index("a" * 100 + "\\n" + "b" * 10, 2)
    101
    >>> fold_index("short", 4) is None
    True
    """
    used = 0
    pos = 0
    for line in text.split("\n"):
        rows = max(1, -(-len(line) // width))
        if used + rows > clamp_lines:
            return pos + (clamp_lines - used) * width
        used += rows
        pos += len(line) + 1
    return None


def _entity_header(entity):
    """The entity's own header (title, subtitle, captions), not those of roles nested inside it."""
    own = []
    for child in entity.iterchildren():
        if isinstance(child.tag, str):
            own.append(child)
    return own


def _read_entity(entity, entry: Entry, kind: str) -> list:
    """Fill `entry` from one profile-component-entity; return any nested entities (roles under a company)."""
    header_parts = []
    sub = _SUB(entity)
    sub_el = sub[0] if sub else None
    for part in _entity_header(entity):
        header_parts.append(part)
    titles, subtitles, captions = [], [], []
    for part in header_parts:
        for node in _TITLE(part):
            if sub_el is None or sub_el not in node.iterancestors():
                titles.append(node)
        for node in _SUBTITLE(part):
            if sub_el is None or sub_el not in node.iterancestors():
                subtitles.append(node)
        for node in _CAPTIONS(part):
            if sub_el is None or sub_el not in node.iterancestors():
                captions.append(node)
    if titles:
        entry.title = text_of(titles[0])
        entry.add(Block(entry.title, "title", locator(titles[0])))
    if subtitles:
        entry.organisation = text_of(subtitles[0])
        entry.add(Block(entry.organisation, "subtitle", locator(subtitles[0])))
    for node in captions:
        text = text_of(node)
        if not text:
            continue
        if "caption-wrapper" in (node.get("class") or "") and entry.dates is None:
            entry.dates = text
            rng = dates.parse_range(text)
            entry.start, entry.end, entry.duration = rng.start, rng.end, rng.duration
            entry.add(Block(text, "dates", locator(node)))
        elif text.startswith("Credential ID"):
            entry.details["credential_id"] = text.removeprefix("Credential ID").strip()
            entry.add(Block(text, "line", locator(node)))
        elif entry.location is None and kind in ("experience", "volunteering"):
            entry.location = text
            entry.add(Block(text, "location", locator(node)))
        else:
            entry.add(Block(text, "line", locator(node)))
    for link in _LINKS(entity):
        href = link.get("href", "")
        label = link.get("aria-label") or ""
        if label.startswith("Show credential") or (
                link.get("data-field") == "entity_image_licenses_and_certifications"
                and "linkedin.com/" not in href):
            entry.details.setdefault("credential_url", href)
    if sub_el is None:
        return []
    nested = [e for e in _ENTITY(sub_el)]
    for node in _SUB_TEXTS(sub_el):
        if any(n in node.iterancestors() for n in nested):
            continue
        text = text_of(node)
        if not text or any(s in text for s in _EMPTY_STATES):
            continue
        clamp = _CLAMP(node)
        fold = None
        if clamp:
            lines = _CLAMP_LINES.search(clamp[0].get("style") or "")
            fold = fold_index(text, int(lines[1]) if lines else 3)
        role = "recommendation" if kind == "recommendations" else ("description" if clamp else "line")
        entry.add(Block(text, role, locator(node), fold=fold))
    return nested


def _read_items(container, section: Section) -> None:
    for item in _ITEMS(container):
        entities = _ENTITY(item)
        if not entities:
            continue
        entry = Entry()
        nested = _read_entity(entities[0], entry, section.kind)
        if nested and section.kind == "experience":
            # A company header with its roles nested below: the header's title is the company.
            company = entry.title
            for role_el in nested:
                role = Entry(company=company, organisation=company)
                _read_entity(role_el, role, section.kind)
                if role.title:
                    section.add_entry(role)
        elif entry.blocks:
            section.add_entry(entry)


def _received_panel(section_el):
    """The Received recommendations panel; the Given one is in the HTML too, hidden."""
    tabs = _RECEIVED_TAB(section_el)
    panels = _PANEL(section_el)
    if not panels:
        return section_el
    received_ids = {t.get("id") for t in tabs if text_of(t).lower().startswith("received")}
    for panel in panels:
        if panel.get("aria-labelledby") in received_ids:
            return panel
    visible = [p for p in panels if p.get("hidden") is None]
    return visible[0] if visible else None


def read(root, url: str | None) -> Profile:
    profile = Profile(url=url, page_kind="linkedin-pvs")
    profile.name = _first_text(_NAME(root))
    profile.headline = _first_text(_HEADLINE(root))
    profile.location = _first_text(_LOCATION(root))
    for anchor in _ANCHORS(root):
        anchor_id = anchor.get("id")
        section_el = anchor.getparent()
        if section_el is None or is_furniture(anchor_id):
            continue
        heading = _first_text(_HEADING(section_el))
        kind = kind_for_anchor(anchor_id) or kind_for_heading(heading)
        if kind is None:
            continue
        section = Section(kind=kind, heading=heading, locator=locator(section_el))
        if kind == "about":
            body = [n for n in _SUB_TEXTS(section_el) if not _HEADING(n) and text_of(n) != heading]
            for node in body:
                text = text_of(node)
                clamp = _CLAMP(node)
                lines = _CLAMP_LINES.search(clamp[0].get("style") or "") if clamp else None
                fold = fold_index(text, int(lines[1])) if lines else None
                section.add_block(Block(text, "about", locator(node), fold=fold))
        else:
            container = _received_panel(section_el) if kind == "recommendations" else section_el
            if container is not None:
                _read_items(container, section)
        for link in _SHOW_ALL(section_el):
            if (m := _SHOW_ALL_COUNT.search(text_of(link))):
                section.total = int(m[1])
                break
        profile.sections.append(section)
        if section.partial:
            profile.notes.append(
                f"{len(section.entries)} of {section.total} {section.heading or kind} shown on this page; "
                f"the rest are on the details page")
    return profile
