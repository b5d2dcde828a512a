"""Any other HTML page (a personal site, a resume page): sections from its headings.

The name is the first h1; each h2-h4 whose text names a known section starts that section, and
every paragraph or list item below it is a block. Text before any known heading is "about".
"""
from __future__ import annotations

from lxml import etree

from ..document import Block, Entry, Profile, Section
from .html import locator, text_of
from .sections import kind_for_heading

X = etree.XPath
_H1 = X("//h1")
_BODY = X("//body")
# Headings and the text-bearing elements that are not nested in another text-bearing element.
_FLOW = X("//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::p or self::li or self::dd or self::blockquote or self::td]"
          "[not(ancestor::p or ancestor::li or ancestor::dd or ancestor::blockquote or ancestor::td)]"
          "[not(ancestor::nav or ancestor::footer or ancestor::script or ancestor::style)]")
_HEADINGS = {"h1", "h2", "h3", "h4"}


def matches(root, url: str | None) -> bool:
    return True


def read(root, url: str | None, page_kind: str = "generic") -> Profile:
    profile = Profile(url=url, page_kind=page_kind)
    h1 = _H1(root)
    if h1:
        profile.name = text_of(h1[0]) or None
    section: Section | None = None
    entry: Entry | None = None
    for el in _FLOW(root):
        text = text_of(el)
        if not text:
            continue
        if el.tag in _HEADINGS:
            kind = kind_for_heading(text)
            if kind:
                section = Section(kind=kind, heading=text, locator=locator(el))
                profile.sections.append(section)
                entry = None
            elif el.tag == "h1":
                continue
            elif section is not None and section.kind != "about":
                # A sub-heading inside a section is an entry: a role, a school, a certificate.
                entry = section.add_entry(Entry(title=text))
                block = Block(text, "title", locator(el))
                entry.add(block)
                block.section = section
            continue
        if section is None:
            section = Section(kind="about", heading=None, locator=None)
            profile.sections.append(section)
        block = Block(text, "description" if section.kind != "about" else "about", locator(el))
        if entry is not None:
            entry.add(block)
            block.section = section
        else:
            section.add_block(block)
    return profile
