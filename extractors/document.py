"""The document model every site adapter produces and every finder reads.

A page becomes a Profile of Sections of Entries; the words live in Blocks. A Block's
text is what a reader sees (line breaks kept as "\\n"), and a Block knows how to be quoted
back: its locator into the page and, for plain-text input, its code-point offset in the input.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

# Section kinds the adapters map headings and anchors onto.
SECTION_KINDS = (
    "about", "experience", "education", "certifications", "recommendations", "skills",
    "honors", "projects", "volunteering", "publications", "patents", "courses",
    "languages", "summary", "other",
)


class _OnFirstRead:
    """A field that may be given as a function of no arguments: called when first read, its value kept.

    A page's blocks get their locator this way: a path for every block cost about a third of an adapter's
    time, and only the blocks that hold a finding are ever quoted.
    """

    def __set_name__(self, owner, name: str) -> None:
        self.slot = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return None   # the field's default
        value = obj.__dict__[self.slot]
        if callable(value):
            value = obj.__dict__[self.slot] = value()
        return value

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.slot] = value


@dataclass
class Block:
    """One run of visible text: a title, a date line, a description, a recommendation text."""

    text: str
    role: str = "text"              # title | subtitle | dates | location | description | about | recommendation | line
    locator: str | None = _OnFirstRead()   # where it sits in the page (an XPath-like path), for the client's scoping
    offset: int | None = None       # code-point offset of text[0] in the input, plain-text input only
    fold: int | None = None         # index in text where LinkedIn's "…see more" clamp hides the rest
    section: "Section | None" = field(default=None, repr=False, compare=False)
    entry: "Entry | None" = field(default=None, repr=False, compare=False)

    def forget_unread_locator(self) -> None:
        """Drop a locator function never called: it holds the page's whole tree, which the reference cycles
        between blocks, entries and sections would keep alive until a full garbage collection."""
        if callable(self.__dict__.get("_locator")):
            self.locator = None

    def above_fold(self, start: int) -> bool:
        """Whether a span starting at `start` is visible before the reader clicks "see more"."""
        return self.fold is None or start < self.fold


@dataclass
class Entry:
    """One item of a section: a role, a school, a certificate, a recommendation."""

    title: str | None = None
    organisation: str | None = None     # company, issuer, school; the recommender's headline for recommendations
    dates: str | None = None            # as shown: "Feb 2019 - Present · 5 yrs 7 mos"
    start: str | None = None            # "2019-02" or "2019"; None when unknown
    end: str | None = None              # "present", "2024-06", or None
    duration: str | None = None         # as shown: "5 yrs 7 mos"
    location: str | None = None
    company: str | None = None          # for a role nested under a company header
    details: dict = field(default_factory=dict)   # adapter extras: credential_id, url, relationship line, ...
    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> Block:
        block.entry = self
        self.blocks.append(block)
        return block

    @property
    def description(self) -> list[Block]:
        return [b for b in self.blocks if b.role in ("description", "recommendation")]


@dataclass
class Section:
    """A profile section (experience, certifications, ...), with what the page left out."""

    kind: str
    heading: str | None = None
    locator: str | None = None
    entries: list[Entry] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)   # text that belongs to no entry (the About text)
    total: int | None = None        # "Show all 31 licenses & certifications" -> 31
    more: bool = False              # the page links to a details page holding more than it shows
    details_url: str | None = None  # that page, without the member's slug: "details/certifications/"

    def add_block(self, block: Block) -> Block:
        block.section = self
        self.blocks.append(block)
        return block

    def add_entry(self, entry: Entry) -> Entry:
        self.entries.append(entry)
        for b in entry.blocks:
            b.section = self
        return entry

    @property
    def partial(self) -> bool:
        return self.more or (self.total is not None and self.total > len(self.entries))

    def all_blocks(self) -> Iterator[Block]:
        yield from self.blocks
        for entry in self.entries:
            for b in entry.blocks:
                b.section = self
                yield b


@dataclass
class Profile:
    """Everything an adapter could read from one page, and what it could not."""

    url: str | None = None
    page_kind: str = "generic"       # the adapter that read it: linkedin-pvs, linkedin-sdui, linkedin-public, generic, plaintext, export
    name: str | None = None
    headline: str | None = None
    location: str | None = None
    sections: list[Section] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # what was not seen: "2 of 31 certifications shown", "auth wall"
    source_text: str | None = None   # the plain-text input, when that is what was read (for TextPositionSelector)

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def sections_of(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    def blocks(self) -> Iterator[Block]:
        for s in self.sections:
            yield from s.all_blocks()
