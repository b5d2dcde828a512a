"""LinkedIn's logged-out public profile (public_profile_v3), and the pages shown instead of a profile.

Sections are `section[data-section]` (or their h2 text); entries `li.profile-section-card` or
`li.experience-item`, roles grouped under `li.experience-group`. The page's JSON-LD Person fills what the
markup leaves out (the location, whose top-card line is tangled with a sign-in modal) and, if the
experience markup is gone, the roles themselves. Recommenders are shown as "LinkedIn User", with no
relationship line: the summary says so. An auth wall or a "Profile Not Found" page has no profile.
"""
from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree

from ..document import Block, Entry, Profile, Section
from ..text import tidy_lines
from . import dates
from .html import lazy_locator, locator, text_of
from .linkedin import DEFAULT_CLAMP_LINES, fold_index, note_partial, set_role_company
from .sections import kind_for_anchor, kind_for_heading

X = etree.XPath
_PAGE_KEY = X('//meta[@name="pageKey"]/@content')
_TITLE = X('//head/title')
_TOP_CARD = X('//section[contains(@class, "top-card-layout")]')
_NAME = X('.//h1[contains(@class, "top-card-layout__title")]')
_HEADLINE = X('.//*[contains(@class, "top-card-layout__headline")]')
_FIRST_SUBLINE = X('.//*[contains(@class, "top-card-layout__first-subline")]')
_JSON_LD = X('//script[@type="application/ld+json"]/text()')
# Sections by data-section, or (markup drifted) any section with an h2; never the sidebar or a modal.
_SECTIONS = X('//section[@data-section or h2][not(ancestor::aside)][not(ancestor::*[@role="dialog"])]')
_TOP_LIS = X('.//li[not(ancestor::li)]')
_H2 = X('(.//h2)[1]')
# An employer's group is a list item holding its roles' list items: told by that shape, not by class.
_GROUP_ROLES = X('./descendant::li')
_GROUP_COMPANY = X('(.//*[contains(@class, "experience-group-header__company")] | .//h4[not(ancestor::li[2])]'
                   ' | .//h3[not(ancestor::li[2])])[1]')
_SUBTITLE_PARTS = X('./span')
_ENDORSEMENTS = X('.//div[contains(concat(" ", normalize-space(@class), " "), " endorsement-card ")]')
_ENDORSEMENT_NAME = X('(.//h3)[1]')
_ENDORSEMENT_TEXT = X('.//p[contains(@class, "endorsement-card__content")]')
_RECOMMENDERS = X('.//*[@data-test-id="recommendations__recommenders"]')
_AUTHWALL = X('//form[contains(@class, "join-form")] | //*[contains(@data-tracking-control-name, "auth_wall")]'
              ' | //*[contains(@data-tracking-control-name, "authwall")]')
_NOT_FOUND = X('//*[contains(@data-tracking-control-name, "not-found")]')
_LEADING_NUMBER = "0123456789"


def matches(root, url: str | None) -> bool:
    key = " ".join(_PAGE_KEY(root))
    if "public_profile" in key or "authwall" in key or _TOP_CARD(root):
        return True
    return bool(url and "linkedin.com" in url and ("/authwall" in url or _AUTHWALL(root) or _NOT_FOUND(root)))


def _person(root) -> dict:
    """The JSON-LD Person, from a bare object or an @graph; {} when absent or malformed."""
    for raw in _JSON_LD(root):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for node in (data.get("@graph", [data]) if isinstance(data, dict) else data):
            if isinstance(node, dict) and node.get("@type") == "Person":
                return node
    return {}


def clean_url(href: str | None) -> str | None:
    """A credential link without LinkedIn's tracking parameter (`trk=`)."""
    if not href:
        return None
    parts = urlsplit(href)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "trk"])
    return urlunsplit(parts._replace(query=query))


def _date_line(node) -> str:
    """ "Jul 2021 - Present" and "2 years 9 months" on one line, the way the logged-in page writes them."""
    lines = [line for line in text_of(node).split("\n") if line]
    return " · ".join(lines)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class _ItemParts:
    """The parts of one list item _read_item reads, found in one walk over the item's descendants in document order.

    Each holds what the XPath in its comment selects ("in" on a class is XPath's contains()): seven XPaths, each
    walking the whole item, were most of this adapter's time.
    """

    def __init__(self, item):
        self.title = None          # (.//*[contains(@class, "experience-item__title")] | .//h3)[1]
        self.subtitle = None       # (.//*[contains(@class, "experience-item__subtitle")] | .//h4)[1]
        self.date_ranges = []      # .//span[contains(@class, "date-range")]
        self.meta = []             # .//p[contains(@class, "experience-item__meta-item")]
        #                            [not(.//span[contains(@class, "date-range")])]
        self.show_more_less = []   # .//*[contains(@class, "show-more-less-text__")]: short copy, full copy, button
        self.issued = []           # .//div[contains(@class, "not-first-middot")]/span
        self.credential_links = []   # .//a[contains(@data-tracking-control-name, "see-credential")]/@href
        for el in item.iterdescendants():
            tag = el.tag
            if not isinstance(tag, str):
                continue
            cls = el.get("class") or ""
            if self.title is None and (tag == "h3" or "experience-item__title" in cls):
                self.title = el
            if self.subtitle is None and (tag == "h4" or "experience-item__subtitle" in cls):
                self.subtitle = el
            if "show-more-less-text__" in cls:
                self.show_more_less.append(el)
            if tag == "span":
                if "date-range" in cls:
                    self.date_ranges.append(el)
                parent = el.getparent()
                if parent is not item and parent.tag == "div" and "not-first-middot" in (parent.get("class") or ""):
                    self.issued.append(el)
            elif tag == "p" and "experience-item__meta-item" in cls:
                if not any("date-range" in (span.get("class") or "") for span in el.iter("span")):
                    self.meta.append(el)
            elif tag == "a" and "see-credential" in (el.get("data-tracking-control-name") or ""):
                if (href := el.get("href")) is not None:
                    self.credential_links.append(href)


def _description(item: _ItemParts, entry: Entry) -> None:
    """The full text; where the page also has a shortened copy, the fold is where that copy stops."""
    parts = item.show_more_less
    less = [p for p in parts if "show-more-less-text__text--less" in p.get("class", "")]
    more = [p for p in parts if "show-more-less-text__text--more" in p.get("class", "")]
    button = any("show-more-less-text__button" in p.get("class", "") for p in parts)
    short = text_of(less[0]) if less else ""
    node = more[0] if more else (less[0] if less else None)
    text = text_of(node) if node is not None else ""
    if not text:
        return
    if more and short:
        fold = _common_prefix(short.rstrip(". …"), text)
        fold = fold if fold < len(text) else None
    else:
        # A clamp with a "Show more" button and no second copy: the first lines are what a reader sees.
        fold = fold_index(text, DEFAULT_CLAMP_LINES) if button else None
    entry.add(Block(text, "description", lazy_locator(node), fold=fold))


def _read_item(item, kind: str, company: str | None = None) -> Entry:
    entry = Entry()
    item_parts = _ItemParts(item)
    title = item_parts.title
    if title is not None and (text := text_of(title)):
        entry.title = text
        entry.add(Block(text, "title", lazy_locator(title)))
    subtitle = item_parts.subtitle
    if subtitle is not None:
        parts = [text_of(p) for p in _SUBTITLE_PARTS(subtitle)]
        text = ", ".join(p for p in parts if p) if len(parts) > 1 else text_of(subtitle)
        if text:
            entry.organisation = text
            entry.add(Block(text, "subtitle", lazy_locator(subtitle)))
    for node in item_parts.date_ranges if kind != "certifications" else ():
        line = _date_line(node)
        if line:
            entry.dates = line
            rng = dates.parse_range(line)
            entry.start, entry.end, entry.duration = rng.start, rng.end, rng.duration
            entry.add(Block(line, "dates", lazy_locator(node)))
            break
    if kind == "certifications":
        for node in item_parts.issued:
            text = text_of(node)
            if text.startswith("Credential ID"):
                entry.details["credential_id"] = text.removeprefix("Credential ID").strip()
                entry.add(Block(text, "line", lazy_locator(node)))
            elif text and entry.dates is None:
                entry.dates = " · ".join(text.split("\n"))
                entry.start, entry.end = dates.parse_issued(entry.dates)
                entry.add(Block(entry.dates, "dates", lazy_locator(node)))
        links = item_parts.credential_links
        if links:
            entry.details["credential_url"] = clean_url(links[0])
    for node in item_parts.meta:
        text = text_of(node)
        if text and entry.location is None and kind == "experience":
            entry.location = text
            entry.add(Block(text, "location", lazy_locator(node)))
    _description(item_parts, entry)
    if kind in ("experience", "volunteering"):
        set_role_company(entry, entry.organisation, company)
    return entry


def _read_recommendations(section_el, section: Section, profile: Profile) -> None:
    for card in _ENDORSEMENTS(section_el):
        entry = Entry()
        name = _ENDORSEMENT_NAME(card)
        if name and (text := text_of(name[0])):
            entry.title = text
            entry.add(Block(text, "title", lazy_locator(name[0])))
        for node in _ENDORSEMENT_TEXT(card):
            text = text_of(node)
            if text:
                entry.add(Block(text, "recommendation", lazy_locator(node)))
        if entry.description:
            section.add_entry(entry)
    for node in _RECOMMENDERS(section_el):
        count = text_of(node)
        if count[:1] in _LEADING_NUMBER:
            section.total = int(count.split()[0])
    if section.entries:
        profile.notes.append("Recommendations: the public page hides who recommended and how they worked together; "
                             "sign in to see recommenders and relationships")


def _from_json_ld(person: dict, profile: Profile) -> None:
    """Roles from the JSON-LD (worksFor, then alumniOf organisations with a role description)."""
    section = Section(kind="experience", heading="Experience (from the page's JSON-LD)")
    for org in [*(person.get("worksFor") or []), *(person.get("alumniOf") or [])]:
        member = org.get("member") if isinstance(org, dict) else None
        if not isinstance(member, dict) or not member.get("description"):
            continue
        entry = Entry(organisation=org.get("name"), location=org.get("location"))
        entry.start = str(member.get("startDate")) if member.get("startDate") else None
        entry.end = str(member.get("endDate")) if member.get("endDate") else None
        entry.add(Block(tidy_lines(member["description"].replace("<br>", "\n")), "description"))
        section.add_entry(entry)
    if section.entries:
        profile.sections.append(section)
        profile.notes.append("Experience: the page's markup was not readable; the roles come from its JSON-LD, "
                             "which gives employers, dates and descriptions but not job titles")


def _unavailable(root, url: str | None, top: list) -> Profile | None:
    """An auth wall or "Profile Not Found" page (one without a top card): no profile, and the summary says so."""
    if top:
        return None
    title = text_of(_TITLE(root)[0]) if _TITLE(root) else ""
    key = " ".join(_PAGE_KEY(root))
    if "not found" in title.lower() or _NOT_FOUND(root):
        profile = Profile(url=url, page_kind="linkedin-unavailable")
        profile.notes.append("LinkedIn showed \"Profile Not Found\": the profile is private, removed or the "
                             "address is wrong; nothing of it was seen")
        return profile
    if "authwall" in key or _AUTHWALL(root) or (url and "/authwall" in url) or title.lower().startswith("sign"):
        profile = Profile(url=url, page_kind="linkedin-authwall")
        profile.notes.append("LinkedIn showed a sign-in wall instead of the profile: nothing of it was seen; "
                             "sign in and open the profile again")
        return profile
    return None


def read(root, url: str | None) -> Profile:
    top = _TOP_CARD(root)   # once: a whole-page scan
    if (gone := _unavailable(root, url, top)) is not None:
        return gone
    profile = Profile(url=url, page_kind="linkedin-public")
    person = _person(root)
    scope = top[0] if top else root
    for xpath, attr in ((_NAME, "name"), (_HEADLINE, "headline")):
        nodes = xpath(scope)
        if nodes and (text := text_of(nodes[0])):
            setattr(profile, attr, text)
    address = person.get("address") if isinstance(person.get("address"), dict) else {}
    profile.location = address.get("addressLocality")
    if not profile.location:
        # The top card's line holds the place, then a sign-in modal: its first own text only.
        subline = _FIRST_SUBLINE(scope)
        first = next((t.strip() for t in subline[0].itertext() if t.strip()), None) if subline else None
        profile.location = first
    profile.name = profile.name or person.get("name")
    seen: set[str] = set()
    for section_el in _SECTIONS(root):
        h2 = _H2(section_el)
        heading = text_of(h2[0]) if h2 else None
        kind = kind_for_anchor(section_el.get("data-section")) or kind_for_heading(heading)
        if kind is None or kind in seen:
            continue
        seen.add(kind)
        section = Section(kind=kind, heading=heading, locator=locator(section_el))
        if kind == "about":
            for node in section_el.iter("p"):
                if (text := text_of(node)):
                    section.add_block(Block(text, "about", lazy_locator(node)))
        elif kind == "recommendations":
            _read_recommendations(section_el, section, profile)
        else:
            for item in _TOP_LIS(section_el):
                roles = [li for li in _GROUP_ROLES(item) if li.getparent() is not None
                         and next(li.iterancestors("li"), None) is item]
                if roles and kind in ("experience", "volunteering"):
                    company_el = _GROUP_COMPANY(item)
                    company = text_of(company_el[0]) if company_el else None
                    for role_el in roles:
                        role = _read_item(role_el, kind, company)
                        if role.title:
                            section.add_entry(role)
                    continue
                entry = _read_item(item, kind)
                if entry.blocks:
                    section.add_entry(entry)
        profile.sections.append(section)
        note_partial(profile, section)
    if "experience" not in seen and person:
        _from_json_ld(person, profile)
    return profile
