"""LinkedIn's logged-in server-driven layout (React "SDUI", 2025-2026): hashed classes, fields as <p> runs.

Nothing here reads a class. Cards are found by data-view-name ("profile-card-experience") or the end of
their componentkey ("…ExperienceTopLevelSection"), and when both are gone, by their h2 heading text.
Items are `[componentkey^="entity-collection-item-"]`; failing that, list items or the runs between
`<hr role="presentation">` separators. Which <p> is the title, the organisation, the dates or the place
is told by position and shape (a line that is only dates is the dates), not by markup.
"""
from __future__ import annotations

import regex
from lxml import etree

from ..document import Block, Entry, Profile, Section
from . import dates
from .html import lazy_locator, locator, text_of
from .linkedin import (DEFAULT_CLAMP_LINES, GROUPED_KINDS, CardTally, clamp_lines, details_path, fold_index,
                       is_degree_badge, note_cut, note_partial, note_unloaded, received_panel, show_all_count,
                       strip_degree)
from .sections import kind_for_componentkey, kind_for_heading, kind_for_view_name

X = etree.XPath
_ITEM_TEST = 'starts-with(@componentkey, "entity-collection-item")'
# Whole-page scans test for the attribute first: most elements have neither.
_MARKERS = X('(//*[@data-view-name or @componentkey][starts-with(@data-view-name, "profile-card-")'
             ' or @data-view-name="profile-top-card" or contains(@componentkey, "profile.card")])[1]')
_CARDS = X('//*[@data-view-name or @componentkey]'
           '[starts-with(@data-view-name, "profile-card-") or contains(@componentkey, "profile.card")]'
           '[not(ancestor::aside)]')
_TOP_CARD = X('//*[@data-view-name or @componentkey][@data-view-name="profile-top-card" or substring('
              '@componentkey, string-length(@componentkey) - 6) = "Topcard"][not(ancestor::aside)]')
_MAIN = X('//main')
_BODY = X('//body')
_H2S = X('.//h2[not(ancestor::aside)][not(ancestor::nav)][not(ancestor::header)]')
_NAME = X('(.//h1 | .//h2)[1]')
_HEADING = X('(.//h2)[1]')
_ITEMS = X(f'.//*[{_ITEM_TEST}][not(ancestor::*[{_ITEM_TEST}])][not(ancestor-or-self::*[@hidden])]')
_NESTED = X(f'.//*[{_ITEM_TEST}]')
_LIS = X('.//li[not(ancestor::li)]')
_NESTED_LIS = X('.//li')
_SEPARATORS = X('.//hr[@role="presentation"]')
_LINES = X('.//p[not(ancestor::*[@data-testid="expandable-text-box"])][not(ancestor-or-self::*[@hidden])]')
_BOXES = X('.//*[@data-testid="expandable-text-box"][not(ancestor-or-self::*[@hidden])]')
_BOX_BUTTON = X('following-sibling::*[@data-testid="expandable-text-button"] | '
                '../following-sibling::*[@data-testid="expandable-text-button"]')
_CREDENTIAL = X('.//a[@data-view-name="license-certifications-see-license-button"]/@href'
                ' | .//a[starts-with(normalize-space(.), "Show credential")]/@href')
_SHOW_ALL = X('.//a[contains(normalize-space(.), "Show all")][not(ancestor-or-self::*[@hidden])]')
_DETAILS_LINKS = X('.//a[contains(@href, "/details/")]/@href')

_CONTACT = regex.compile(r"\s*·?\s*Contact info\s*$")
_PRONOUNS = regex.compile(r"(?i)^(?:she|he|they|ze|xe)/\w+$")
_NETWORK = regex.compile(r"(?i)^\d[\d,.]*\+?\s+(?:connections|followers)\b")
_RECEIVED_COUNT = regex.compile(r"(?i)\breceived\s*\((\d+)\)")
_RELATIONSHIP = regex.compile(r"^[A-Z][a-z]+ \d{1,2}, (?:19|20)\d\d\b|(?i:\b(?:managed|reported|worked with|"
                              r"was senior to|client|mentor|studied together)\b)")
_WORK_MODE = regex.compile(r"\s*·\s*(?P<mode>Hybrid|On-site|Remote)\s*$")


def matches(root, url: str | None) -> bool:
    if _MARKERS(root):
        return True
    # Markers gone (a redeploy): a LinkedIn profile URL and h2 headings naming profile sections still say so.
    return bool(url and "linkedin.com/in/" in url and any(kind_for_heading(text_of(h)) for h in _H2S(root)))


def _scope(root):
    main = _MAIN(root)
    return main[0] if main else (_BODY(root) or [root])[0]


def _card_for_heading(h2, headings: set):
    """The largest ancestor of a section heading that holds no other section heading: its card."""
    card = h2
    for parent in h2.iterancestors():
        if parent.tag in ("main", "body", "aside") or any(h is not h2 for h in _H2S(parent) if h in headings):
            break
        card = parent
    return card


def _cards(root) -> list[tuple[str, object]]:
    """(kind, element) for each profile card, by marker first, then by heading for the kinds still missing."""
    found: list[tuple[str, object]] = []
    kinds: set[str] = set()
    for card in _CARDS(root):
        kind = kind_for_view_name(card.get("data-view-name")) or kind_for_componentkey(card.get("componentkey"))
        if kind is None or kind in kinds or any(card in c.iterancestors() for _, c in found):
            continue
        kinds.add(kind)
        found.append((kind, card))
    scope = _scope(root)
    headed = {h: kind_for_heading(text_of(h)) for h in _H2S(scope)}
    headed = {h: k for h, k in headed.items() if k}
    for h2, kind in headed.items():
        if kind in kinds or any(c is h2 or c in h2.iterancestors() for _, c in found):
            continue
        kinds.add(kind)
        found.append((kind, _card_for_heading(h2, set(headed))))
    order = {el: n for n, el in enumerate(root.iter())}
    return sorted(found, key=lambda kc: order.get(kc[1], 0))


def _runs(seps) -> list[list]:
    """The elements between `<hr role="presentation">` separators that share the first one's parent."""
    parent = seps[0].getparent()
    runs, run = [], []
    for child in parent:
        if child.tag == "hr":
            runs.append(run)
            run = []
        elif isinstance(child.tag, str):
            run.append(child)
    runs.append(run)
    return [r for r in runs if r]


def _nested(roots) -> list[list]:
    """Roles nested in an item (a company header's list): by their keys, list items, or separators."""
    keyed = [n for r in roots for n in _NESTED(r) if n not in roots]
    if keyed:
        return [[n] for n in keyed if not _inside(n, keyed)]
    if roots[0].tag == "li":
        lis = [n for r in roots for n in _NESTED_LIS(r) if n not in roots]
        return [[n] for n in lis if not _inside(n, lis)]
    seps = [s for r in roots for s in _SEPARATORS(r)]
    return _runs(seps) if seps else []


def _items(card) -> list[list]:
    """Each item as the list of elements that hold it (one element, or the run between two separators)."""
    items = _ITEMS(card)
    if items:
        return [[i] for i in items]
    lis = _LIS(card)
    if lis:
        return [[li] for li in lis]
    seps = _SEPARATORS(card)
    if seps:
        # The outermost separators split the items; deeper ones split roles inside an item.
        depth = {}
        for sep in seps:
            parent = sep.getparent()
            if parent not in depth:
                depth[parent] = sum(1 for _ in parent.iterancestors())
        outer = min(depth, key=depth.get)
        return _runs([sep for sep in seps if sep.getparent() is outer])
    # One item and nothing to tell it by: the card's own lines are the item.
    return [[card]] if _LINES(card) else []


def _inside(node, containers) -> bool:
    return any(c in node.iterancestors() for c in containers)


def _lines(roots, nested) -> list[tuple[object, str]]:
    """The item's own <p> runs in order; a line repeated for another screen size is read once."""
    out: list[tuple[object, str]] = []
    for root in roots:
        runs = [root] if root.tag == "p" else _LINES(root)
        if not runs and not nested:
            # No <p> runs at all (a plain list item): its own lines, located at the item.
            runs = [root]
        for p in runs:
            if _inside(p, nested):
                continue
            for text in (text_of(p).split("\n") if p is root and root.tag != "p" else [text_of(p)]):
                if not text or (out and out[-1][1] == text) or is_degree_badge(text):
                    continue
                out.append((p, text))
    return out


def _boxes(roots, nested) -> list:
    return [b for r in roots for b in _BOXES(r) if not _inside(b, nested)]


def _fold(box, text: str) -> int | None:
    """A box with a "…more" button is clamped: the first lines are what a skimming reader sees."""
    if not _BOX_BUTTON(box):
        return None
    return fold_index(text, clamp_lines(box.get("style"), DEFAULT_CLAMP_LINES))


def _read_item(roots, kind: str, nested=()) -> Entry:
    entry = Entry()
    lines = _lines(roots, nested)
    if not lines:
        return entry
    (title_el, title), rest = lines[0], lines[1:]
    entry.title = strip_degree(title) if kind == "recommendations" else title
    entry.add(Block(entry.title, "title", lazy_locator(title_el)))
    for el, text in rest:
        if text.startswith("Credential ID"):
            entry.details["credential_id"] = text.removeprefix("Credential ID").strip()
            entry.add(Block(text, "line", lazy_locator(el)))
        elif kind == "recommendations" and entry.dates is None and _RELATIONSHIP.search(text) and (
                entry.organisation is not None or len(rest) == 1):
            entry.dates = text
            entry.add(Block(text, "dates", lazy_locator(el)))
        elif kind != "recommendations" and entry.dates is None and dates.is_date_line(text):
            entry.dates = text
            if kind == "certifications":
                entry.start, entry.end = dates.parse_issued(text)
            else:
                rng = dates.parse_range(text)
                entry.start, entry.end, entry.duration = rng.start, rng.end, rng.duration
            entry.add(Block(text, "dates", lazy_locator(el)))
        elif entry.organisation is None and entry.dates is None:
            entry.organisation = text
            entry.add(Block(text, "subtitle", lazy_locator(el)))
        elif kind == "experience" and entry.location is None and entry.dates is not None \
                and not text.startswith("Skills:"):
            if (m := _WORK_MODE.search(text)):
                entry.details["work_mode"] = m["mode"]
                text = text[:m.start()]
            entry.location = text
            entry.add(Block(text, "location", lazy_locator(el)))
        else:
            entry.add(Block(text, "line", lazy_locator(el)))
    role = {"recommendations": "recommendation", "about": "about"}.get(kind, "description")
    for box in _boxes(roots, nested):
        text = text_of(box)
        if text:
            entry.add(Block(text, role if kind != "skills" else "line", lazy_locator(box), fold=_fold(box, text)))
    if kind == "certifications":
        for root in roots:
            links = _CREDENTIAL(root)
            if links:
                entry.details["credential_url"] = links[0]
                break
    return entry


def _group_show_all(roots, nested) -> tuple[int, str | None] | None:
    for root in roots:
        for link in _SHOW_ALL(root):
            if not _inside(link, nested) and (count := show_all_count(text_of(link))) is not None:
                return count, details_path(link.get("href"))
    return None


def _read_items(card, section: Section) -> CardTally:
    """Read a card's entries, counting what it showed (see CardTally)."""
    tally = CardTally()
    for roots in _items(card):
        nested_top = _nested(roots)
        nested = [n for run in nested_top for n in run]
        entry = _read_item(roots, section.kind, nested)
        if nested_top and section.kind in GROUPED_KINDS:
            # The company header's lines: its name, "Full-time · 5 yrs 2 mos", then maybe the place.
            place = entry.location or next((b.text for b in entry.blocks if b.role == "line"), None)
            roles = [_read_item(run, section.kind) for run in nested_top]
            tally.add_group(section, entry, roles, place, _group_show_all(roots, nested))
        elif entry.blocks:
            tally.add(section, entry)
    return tally


def _read_top_card(root, profile: Profile, headings: set) -> None:
    top = _TOP_CARD(root)
    if top:
        card = top[0]
    else:
        # No marker: the first h1/h2 in the main column that names no section is the person's name.
        names = [h for h in _scope(root).iter("h1", "h2") if not kind_for_heading(text_of(h))]
        if not names:
            return
        card = _card_for_heading(names[0], headings | {names[0]})
    name = _NAME(card)
    if name:
        profile.name = text_of(name[0]) or None
    lines = []
    for _, text in _lines([card], ()):
        if text == profile.name or _PRONOUNS.match(text) or _NETWORK.match(text):
            continue
        lines.append(_CONTACT.sub("", text))
    if lines:
        profile.headline = lines[0]
    if len(lines) > 1:
        profile.location = lines[1]


def read(root, url: str | None) -> Profile:
    profile = Profile(url=url, page_kind="linkedin-sdui")
    cards = _cards(root)
    _read_top_card(root, profile, {h for h in _H2S(_scope(root)) if kind_for_heading(text_of(h))})
    for kind, card in cards:
        h2 = _HEADING(card)
        heading = text_of(h2[0]) if h2 else None
        section = Section(kind=kind, heading=heading, locator=locator(card))
        shown, cut = None, []
        if kind == "about":
            boxes = _BOXES(card) or [p for p in _LINES(card)]
            for box in boxes:
                text = text_of(box)
                if text and text != heading:
                    section.add_block(Block(text, "about", lazy_locator(box), fold=_fold(box, text)))
        else:
            container = received_panel(card) if kind == "recommendations" else card
            if container is not None:
                tally = _read_items(container, section)
                shown, cut = tally.shown, tally.cut
        for link in _SHOW_ALL(card):
            if _inside(link, _ITEMS(card)):
                continue
            if (count := show_all_count(text_of(link))) is not None:
                section.total, section.more = count, True
                section.details_url = details_path(link.get("href"))
                break
        note_cut(section, cut)
        if kind == "recommendations" and not section.entries:
            # The card may show only "Received (2) / Given (5)": the texts live on the details page.
            m = _RECEIVED_COUNT.search(text_of(card))
            if m and int(m[1]) > 0:
                section.total, section.more = int(m[1]), True
                section.details_url = next(filter(None, map(details_path, _DETAILS_LINKS(card))), None)
        if not section.entries and not section.blocks and not section.more:
            profile.notes.append(f"{heading or kind}: the card was empty when the page was read "
                                 f"(still loading?); scroll to it and read the page again")
        profile.sections.append(section)
        note_partial(profile, section, roles_at=shown if kind == "experience" else None, cut=cut)
    note_unloaded(profile)
    return profile

