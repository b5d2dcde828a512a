"""LinkedIn's logged-in "pvs" layout (Ember, 2022-2025): cards anchored by div.pv-profile-card__anchor.

Every visible string is there twice, `<span aria-hidden="true">X</span><span class="visually-hidden">X'</span>`:
only the aria-hidden copy is read, or every finding would be doubled. A card is found by its anchor id,
or, when the anchor is gone, by its h2 heading text; entries by their data-view-name, not their classes.
"""
from __future__ import annotations

from lxml import etree

from ..document import Block, Entry, Profile, Section
from . import dates
from .html import lazy_locator, locator, text_of
from .linkedin import (GROUPED_KINDS, CardTally, clamp_lines, details_path, fold_index, is_degree_badge, note_cut,
                       note_partial, note_unloaded, received_panel, show_all_count, strip_degree)
from .sections import is_furniture, kind_for_anchor, kind_for_heading

__all__ = ["matches", "read", "fold_index"]

X = etree.XPath
_ANCHOR_CLASS = 'contains(concat(" ", normalize-space(@class), " "), " pv-profile-card__anchor ")'
# Whole-page scans are the costly XPaths: start from the few elements that can match (a section's child
# div with an id) before testing classes, and never nest two descendant steps (//section//div is quadratic
# on a page of nested sections).
_ANCHORS = X(f'//section/div[@id][{_ANCHOR_CLASS}]')
_ENTITY_TEST = '@data-view-name="profile-component-entity"'
_ANY_ENTITY = X(f'(//div[{_ENTITY_TEST}])[1]')
# Cards: a <section> holding an anchor or an h2 (those nested in another card are dropped in Python).
_CARDS = X(f'//section[div[{_ANCHOR_CLASS}] or .//h2]')
_CARD_ANCHOR = X(f'./div[{_ANCHOR_CLASS}][@id] | ./*/div[{_ANCHOR_CLASS}][@id]')
_H1S = X('//h1')
# Looked for in the top card only (the section holding the name), not the whole page.
_HEADLINE = X('.//div[contains(@class, "text-body-medium") and contains(@class, "break-words")]')
_LOCATION = X('.//span[contains(@class, "text-body-small") and contains(@class, "inline") '
              'and contains(@class, "t-black--light") and contains(@class, "break-words")]')
_HEADING = X('(.//h2)[1]')
_HEADING_VISIBLE = X('.//span[@aria-hidden="true"]')
# Top-level entities of a card: a role nested under a company header is an entity inside an entity.
_ITEMS = X(f'.//div[{_ENTITY_TEST}][not(ancestor::div[{_ENTITY_TEST}])]')
_ITEMS_BY_LI = X('.//li[not(ancestor::li)]')
_ENTITY = X(f'.//div[{_ENTITY_TEST}]')
_SUB = X('./div/div[contains(@class, "pvs-entity__sub-components")] | ./div[contains(@class, "pvs-entity__sub-components")]')
_SUB_TEXTS = X('.//span[@aria-hidden="true"][not(ancestor::span[@aria-hidden="true"])]')
_CLAMP = X('ancestor::div[contains(@class, "inline-show-more-text")][1]')
_SHOW_ALL = X(f'.//a[contains(normalize-space(.), "Show all") or contains(@id, "see-all")]'
              f'[not(ancestor::div[{_ENTITY_TEST}])]')
_GROUP_SHOW_ALL = X('./div/div[contains(@class, "pvs-entity__sub-components")]//a[contains(normalize-space(.), "Show all")]'
                    ' | ./div[contains(@class, "pvs-entity__sub-components")]//a[contains(normalize-space(.), "Show all")]')
_EMPTY_STATES = ("Nothing to see for now", "will appear here")


def matches(root, url: str | None) -> bool:
    return bool(_ANCHORS(root)) or bool(_ANY_ENTITY(root))


def _first_text(nodes) -> str | None:
    for node in nodes:
        text = text_of(node)
        if text:
            return text
    return None


def _inside(node, outer, stop) -> bool:
    """Whether `outer` is an ancestor of `node`, looking no higher than `stop` (an ancestor of both): a walk
    to the root for every node and every nested entity was a tenth of this adapter's time."""
    for a in node.iterancestors():
        if a is outer:
            return True
        if a is stop:
            return False
    return False


def _header_nodes(entity, sub_el):
    """Title, subtitle and caption nodes of this entity's own header, not of roles nested inside it, and its links.

    The visible copy (span[@aria-hidden="true"]) of a title sits in a div.t-bold, of a subtitle in a span.t-14.t-normal
    (not .t-black--light), of a caption (dates, location) in a span.t-black--light. One walk over the entity's spans
    and links sorts them by that parent, in document order, as four descendant XPaths did in four walks (a fifth of
    this adapter's time); "in" on the class is XPath's contains().
    """
    titles, subtitles, captions, links = [], [], [], []
    for node in entity.iter("span", "a"):
        if node is entity:   # iter() yields the element itself; a descendant path never does
            continue
        if node.tag == "a":
            if node.get("href") is not None:
                links.append(node)
            continue
        parent = node.getparent()
        if node.get("aria-hidden") != "true" or parent is entity:
            continue
        cls = parent.get("class") or ""
        if parent.tag == "div":
            group = titles if "t-bold" in cls else None
        elif parent.tag == "span":
            group = captions if "t-black--light" in cls else subtitles if "t-14" in cls and "t-normal" in cls else None
        else:
            group = None
        if group is not None and (sub_el is None or not _inside(node, sub_el, entity)):
            group.append(node)
    return titles, subtitles, captions, links


def _read_entity(entity, entry: Entry, kind: str) -> list:
    """Fill `entry` from one profile-component-entity; return any nested entities (roles under a company)."""
    sub = _SUB(entity)
    sub_el = sub[0] if sub else None
    titles, subtitles, captions, links = _header_nodes(entity, sub_el)
    if titles:
        entry.title = text_of(titles[0])
        if kind == "recommendations":
            entry.title = strip_degree(entry.title)
        entry.add(Block(entry.title, "title", lazy_locator(titles[0])))
    if subtitles:
        entry.organisation = text_of(subtitles[0])
        entry.add(Block(entry.organisation, "subtitle", lazy_locator(subtitles[0])))
    for node in captions:
        text = text_of(node)
        if not text or is_degree_badge(text):
            continue
        if "caption-wrapper" in (node.get("class") or "") and entry.dates is None:
            entry.dates = text
            if kind == "certifications":
                entry.start, entry.end = dates.parse_issued(text)
            else:
                rng = dates.parse_range(text)
                entry.start, entry.end, entry.duration = rng.start, rng.end, rng.duration
            entry.add(Block(text, "dates", lazy_locator(node)))
        elif text.startswith("Credential ID"):
            entry.details["credential_id"] = text.removeprefix("Credential ID").strip()
            entry.add(Block(text, "line", lazy_locator(node)))
        elif entry.location is None and kind == "experience":
            entry.location = text
            entry.add(Block(text, "location", lazy_locator(node)))
        else:
            entry.add(Block(text, "line", lazy_locator(node)))
    for link in links:
        href = link.get("href", "")
        label = link.get("aria-label") or ""
        if label.startswith("Show credential") or (
                link.get("data-field") == "entity_image_licenses_and_certifications"
                and "linkedin.com/" not in href):
            entry.details.setdefault("credential_url", href)
    if sub_el is None:
        return []
    nested = _ENTITY(sub_el)
    for node in _SUB_TEXTS(sub_el):
        if any(_inside(node, n, sub_el) for n in nested):
            continue
        text = text_of(node)
        if not text or is_degree_badge(text) or any(s in text for s in _EMPTY_STATES):
            continue
        clamp = _CLAMP(node)
        fold = fold_index(text, clamp_lines(clamp[0].get("style"), 3)) if clamp else None
        if kind == "recommendations":
            role = "recommendation"
        elif clamp and kind != "skills":
            role = "description"
        else:
            role = "line"
        entry.add(Block(text, role, lazy_locator(node), fold=fold))
    return nested


def _group_show_all(entity, nested) -> tuple[int, str | None] | None:
    """A company header's own "Show all 4 experiences" footer: it has more roles than it shows."""
    for link in _GROUP_SHOW_ALL(entity):
        if any(n in link.iterancestors() for n in nested):
            continue
        count = show_all_count(text_of(link))
        if count is not None:
            return count, details_path(link.get("href"))
    return None


def _read_items(container, section: Section) -> CardTally:
    """Read a card's entries, counting what it showed (see CardTally)."""
    tally = CardTally()
    for item in _ITEMS(container) or _ITEMS_BY_LI(container):
        entity = item if item.get("data-view-name") else (_ENTITY(item) or [item])[0]
        entry = Entry()
        nested = _read_entity(entity, entry, section.kind)
        if nested and section.kind in GROUPED_KINDS:
            roles = []
            for role_el in nested:
                roles.append(role := Entry())
                _read_entity(role_el, role, section.kind)
            tally.add_group(section, entry, roles, entry.location, _group_show_all(entity, nested))
        elif entry.blocks:
            tally.add(section, entry)
    return tally


def _heading(card) -> str | None:
    h2 = _HEADING(card)
    if not h2:
        return None
    return _first_text(_HEADING_VISIBLE(h2[0])) or text_of(h2[0]) or None


def read(root, url: str | None) -> Profile:
    profile = Profile(url=url, page_kind="linkedin-pvs")
    h1s = _H1S(root)
    h1 = next((h for h in h1s if "text-heading-xlarge" in (h.get("class") or "")), None)
    if h1 is None:
        h1 = next((h for h in h1s if any(a.tag == "main" for a in h.iterancestors())), None)
    if h1 is not None:
        profile.name = text_of(h1) or None
        top = next((a for a in h1.iterancestors() if a.tag == "section"), h1.getparent())
        profile.headline = _first_text(_HEADLINE(top))
        profile.location = _first_text(_LOCATION(top))
    seen: set[str] = set()
    cards = _CARDS(root)
    outer = set(cards)
    for card in cards:
        if any(a in outer for a in card.iterancestors("section")):
            continue
        anchors = _CARD_ANCHOR(card)
        anchor_id = anchors[0].get("id") if anchors else None
        if is_furniture(anchor_id):
            continue
        heading = _heading(card)
        kind = kind_for_anchor(anchor_id) or kind_for_heading(heading)
        if kind is None or (anchor_id is None and kind in seen):
            continue
        seen.add(kind)
        section = Section(kind=kind, heading=heading, locator=locator(card))
        shown, cut = None, []
        if kind == "about":
            h2 = _HEADING(card)
            for node in _SUB_TEXTS(card):
                text = text_of(node)
                if not text or (h2 and h2[0] in node.iterancestors()):
                    continue
                clamp = _CLAMP(node)
                lines = clamp_lines(clamp[0].get("style")) if clamp else None
                section.add_block(Block(text, "about", lazy_locator(node),
                                        fold=fold_index(text, lines) if lines else None))
        else:
            container = received_panel(card) if kind == "recommendations" else card
            if container is not None:
                tally = _read_items(container, section)
                shown, cut = tally.shown, tally.cut
        for link in _SHOW_ALL(card):
            count = show_all_count(text_of(link))
            if count is not None:
                section.total, section.more = count, True
                section.details_url = details_path(link.get("href"))
                break
        note_cut(section, cut)
        profile.sections.append(section)
        note_partial(profile, section, roles_at=shown if kind == "experience" else None, cut=cut)
    note_unloaded(profile)
    return profile
