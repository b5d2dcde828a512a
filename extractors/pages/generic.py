"""Any other HTML page (a personal site, a resume page): sections from its headings, identity from schema.org.

The person is the schema.org Person in the page's JSON-LD or microdata when there is one, else the first
h1. Each h2-h4 whose text names a known section starts that section; a sub-heading inside a section starts
an entry (a role, a school), whose first short line with dates gives its organisation and dates. List items
of a certifications section are credentials ("Six Sigma Green Belt — ASQ, 2018"); quotes in a
recommendations section are recommendations, the line after them their author. Navigation, asides and
footers are furniture.
"""
from __future__ import annotations

import json

import regex
from lxml import etree

from ..document import Block, Entry, Profile, Section
from . import dates
from .html import lazy_locator, locator, text_of
from .plaintext import credential_entry
from .sections import kind_for_heading

X = etree.XPath
_H1 = X("//body//h1[not(ancestor::nav or ancestor::aside)]")
# Page furniture, and text no reader sees (the same the text walk in html.py skips): <template> content,
# hidden containers and screen-reader-only copies.
_FURNITURE = ("ancestor::nav or ancestor::footer or ancestor::aside or ancestor::script or ancestor::style"
              " or ancestor::template or ancestor::noscript or ancestor-or-self::*[@hidden]"
              " or ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' visually-hidden ')]")
# Headings and the text-bearing elements that are not nested in another text-bearing element.
_FLOW = X("//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::p or self::li or self::dd or self::blockquote"
          " or self::td or self::cite or self::figcaption]"
          "[not(ancestor::p or ancestor::li or ancestor::dd or ancestor::blockquote or ancestor::td)]"
          f"[not({_FURNITURE})]")
_QUOTE_AUTHOR = X("./footer | ./following-sibling::*[1][self::figcaption or self::cite or self::p]")
_JSON_LD = X('//script[@type="application/ld+json"]/text()')
_MICRODATA = X('//*[@itemscope][contains(@itemtype, "schema.org/Person")][1]')
_ITEMPROP = X('.//*[@itemprop]')
_HEADINGS = {"h1", "h2", "h3", "h4"}
# Between an organisation and its dates ("Copperline Foods · March 2020 – Present"); the en dash is the range's.
_SEPARATORS = regex.compile(r"\s*[·|]\s*|\s+—\s+")
_AUTHOR_PARTS = regex.compile(r"\s*(?:[·|,]|\s—)\s*")


def matches(root, url: str | None) -> bool:
    return True


def _types(node: dict) -> list[str]:
    t = node.get("@type")
    return t if isinstance(t, list) else [t]


def person_from_json_ld(root) -> dict:
    """The first schema.org Person in the page's JSON-LD (a bare object, a list or an @graph), or {}."""
    for raw in _JSON_LD(root):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop(0)
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                if "Person" in _types(node):
                    return node
                stack.extend(v for k, v in node.items() if k == "@graph")
    return {}


def person_from_microdata(root) -> dict:
    """name, jobTitle and address of an itemscope itemtype=schema.org/Person element, or {}."""
    scopes = _MICRODATA(root)
    if not scopes:
        return {}
    person: dict = {}
    for prop in _ITEMPROP(scopes[0]):
        key = prop.get("itemprop")
        if key in ("name", "jobTitle", "addressLocality", "description") and key not in person:
            person[key] = prop.get("content") or text_of(prop)
    if "addressLocality" in person:
        person["address"] = {"addressLocality": person.pop("addressLocality")}
    return person


def _name_of(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def _identity(root, profile: Profile) -> None:
    person = person_from_json_ld(root) or person_from_microdata(root)
    h1 = _H1(root)
    profile.name = _name_of(person.get("name")) or (text_of(h1[0]) if h1 else None) or None
    title, employer = _name_of(person.get("jobTitle")), _name_of(person.get("worksFor"))
    profile.headline = f"{title} at {employer}" if title and employer else title
    address = person.get("address")
    profile.location = (address.get("addressLocality") if isinstance(address, dict) else _name_of(address)) or None


def _meta_line(entry: Entry, block: Block) -> bool:
    """A role's "Copperline Foods · March 2020 – Present" line: organisation and dates. True if it was one."""
    text = block.text
    if entry.dates is not None or len(text) > 120 or "\n" in text:
        return False
    rng = dates.parse_range(text)
    if rng.start is None:
        return False
    parts = [p for p in _SEPARATORS.split(text) if p]
    rest = [p for p in parts if not dates.is_date_line(p)]
    if len(rest) > 1:
        return False
    entry.dates = next((p for p in parts if dates.is_date_line(p)), text)
    entry.start, entry.end, entry.duration = rng.start, rng.end, rng.duration
    entry.organisation = entry.organisation or (rest[0] if rest else None)
    block.role = "dates"
    return True


def read(root, url: str | None, page_kind: str = "generic") -> Profile:
    profile = Profile(url=url, page_kind=page_kind)
    _identity(root, profile)
    section: Section | None = None
    entry: Entry | None = None
    authors: set = set()
    previous = None
    for el in _FLOW(root):
        if el in authors:
            continue
        text = text_of(el)
        if not text:
            continue
        el_before, previous = previous, el
        if el.tag in _HEADINGS:
            kind = kind_for_heading(text)
            if kind:
                section = Section(kind=kind, heading=text, locator=locator(el))
                profile.sections.append(section)
                entry = None
            elif el.tag != "h1" and section is not None and section.kind != "about":
                # A sub-heading inside a section is an entry: a role, a school, a certificate.
                entry = section.add_entry(Entry(title=text))
                entry.add(Block(text, "title", lazy_locator(el))).section = section
            continue
        if section is None:
            in_header = any(a.tag == "header" for a in el.iterancestors())
            # The tagline: a short line in the masthead or right under the name's h1.
            if profile.headline is None and text != profile.name and len(text) < 120 and (
                    in_header or (el_before is not None and el_before.tag == "h1")):
                profile.headline = text
                continue
            if in_header:
                continue   # the page's masthead: name and tagline, read above
            section = Section(kind="about")
            profile.sections.append(section)
        if section.kind == "certifications" and entry is None and el.tag == "li" and (
                credential := credential_entry(text, locator(el))) is not None:
            section.add_entry(credential)
            continue
        if section.kind == "recommendations" and el.tag == "blockquote":
            quote = Entry()
            author = _QUOTE_AUTHOR(el)
            body = text
            if author:
                authors.add(author[0])
                by = text_of(author[0])
                body = text[: -len(by)].rstrip() if by and text.endswith(by) else text
                parts = [p for p in _AUTHOR_PARTS.split(by.lstrip("—–- ")) if p]
                quote.title = parts[0] if parts else None
                quote.organisation = ", ".join(parts[1:]) or None
                if quote.title:
                    quote.add(Block(by, "title", lazy_locator(author[0])))
            quote.add(Block(body, "recommendation", lazy_locator(el)))
            section.add_entry(quote)
            continue
        block = Block(text, "description" if section.kind != "about" else "about", lazy_locator(el))
        if entry is not None:
            entry.add(block).section = section
            _meta_line(entry, block)
        else:
            section.add_block(block)
    return profile
