"""What every LinkedIn layout shares: the "…see more" fold, "Show all N" links, employment types, degree badges.

The pvs, server-driven and public adapters read different markup into the same Entry fields; these
helpers keep the words they share (and the honesty notes about what the page left out) in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from lxml import etree

from ..document import Entry, Profile, Section
from .html import text_of

# Characters in one line of LinkedIn's main column at its default width (about 600 px of 14 px text).
CHARS_PER_LINE = 90
# The server-driven layout clamps with a class and no inline style: three lines, as rendered in 2025-2026.
DEFAULT_CLAMP_LINES = 3

_CLAMP_LINES = regex.compile(r"line-clamp:\s*(\d+)")
_SHOW_ALL = regex.compile(r"(?i)\bshow all (\d[\d,]*)\b")
# "/in/<slug>/details/certifications?..." -> "details/certifications/": the part that names no one.
_DETAILS = regex.compile(r"/in/[^/?#]+/(details/[a-z-]+)")
# The connection-degree badge after a recommender's name: "· 2nd", "3rd+", "1st".
_DEGREE = regex.compile(r"^(?:·\s*)?(?:1st|2nd|3rd\+?)$")
_DEGREE_SUFFIX = regex.compile(r"\s*·?\s*(?:1st|2nd|3rd\+?)\s*$")
EMPLOYMENT_TYPES = ("full-time", "part-time", "self-employed", "freelance", "contract", "internship",
                    "apprenticeship", "seasonal", "temporary", "trainee")


_TABS = etree.XPath('.//*[@role="tab"]')
_PANELS = etree.XPath('.//*[@role="tabpanel"]')


def received_panel(card):
    """The Received recommendations panel: the Given one is in the HTML too, hidden, and is not theirs."""
    panels = _PANELS(card)
    if not panels:
        return card
    received_ids = {t.get("id") for t in _TABS(card) if text_of(t).lower().startswith("received")}
    for panel in panels:
        if panel.get("aria-labelledby") in received_ids:
            return panel
    visible = [p for p in panels if p.get("hidden") is None]
    return visible[0] if visible else None


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


def clamp_lines(style: str | None, default: int | None = None) -> int | None:
    """The line count of an inline `-webkit-line-clamp:4` style, or `default`."""
    m = _CLAMP_LINES.search(style or "")
    return int(m[1]) if m else default


def show_all_count(text: str) -> int | None:
    """How many items a "Show all" link promises.

    >>> show_all_count("Show all 31 licenses & certifications")
    31
    """
    m = _SHOW_ALL.search(text)
    return int(m[1].replace(",", "")) if m else None


def details_path(href: str | None) -> str | None:
    """The details page a "Show all" link opens, without the member's slug: "details/experience/"."""
    m = _DETAILS.search(href or "")
    return m[1] + "/" if m else None


def is_degree_badge(text: str) -> bool:
    """The "· 2nd" connection badge beside a name: furniture, never a finding."""
    return bool(_DEGREE.match(text.strip()))


def strip_degree(name: str | None) -> str | None:
    return _DEGREE_SUFFIX.sub("", name).strip() if name else name


def split_employment(line: str | None) -> tuple[str | None, str | None]:
    """("Novare Potential · Full-time") -> ("Novare Potential", "Full-time"); a bare type has no organisation."""
    if not line:
        return None, None
    parts = [p.strip() for p in line.split("·")]
    if parts[-1].lower() in EMPLOYMENT_TYPES:
        org = " · ".join(parts[:-1]) or None
        return org, parts[-1]
    return line, None


def set_role_company(entry: Entry, subtitle: str | None, company: str | None) -> None:
    """Fill organisation and employment type from a role's second line; a nested role's company wins."""
    org, kind = split_employment(subtitle)
    if kind:
        entry.details["employment_type"] = kind
    entry.company = company or entry.company
    entry.organisation = company or org


GROUPED_KINDS = ("experience", "volunteering")   # sections where several roles nest under one employer


@dataclass
class CardTally:
    """What a card showed: its top-level items (employers, where roles nest), and each employer whose own
    list is cut short: (its position, roles shown, roles it has, details page)."""

    shown: int = 0
    cut: list[tuple[int, int, int, str | None]] = field(default_factory=list)

    def add(self, section: Section, entry: Entry) -> None:
        """One top-level item that is itself the entry (a role, a certificate, a recommendation)."""
        if section.kind in GROUPED_KINDS:
            set_role_company(entry, entry.organisation, None)
        section.add_entry(entry)
        self.shown += 1

    def add_group(self, section: Section, header: Entry, roles: list[Entry], place: str | None,
                  group: tuple[int, str | None] | None) -> None:
        """An employer's header with its roles nested below: the header's title is the company."""
        shown = 0
        for role in roles:
            if role.title:
                set_role_company(role, role.organisation, header.title)
                role.location = role.location or place
                section.add_entry(role)
                shown += 1
        self.shown += 1
        if group and group[0] > shown:
            self.cut.append((self.shown, shown, group[0], group[1]))


def note_cut(section: Section, cut: list[tuple[int, int, int, str | None]]) -> None:
    """An employer whose own role list is cut short makes the section partial: the rest is on its details page."""
    if cut:
        section.more = True
        section.details_url = section.details_url or cut[0][3]
        if section.total is None:
            section.total = len(section.entries) + sum(total - roles for _, roles, total, _ in cut)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def note_partial(profile: Profile, section: Section, roles_at: int | None = None,
                 cut: list[tuple[int, int, int, str | None]] = ()) -> None:
    """Say plainly what a "Show all N" link means: the page shows some, the details page has the rest.

    A "Show all 4 experiences" inside one employer's group counts that employer's roles, not the
    section's; when roles nest under employers both figures are given, never a ratio like "5 of 4".
    """
    if not section.partial:
        return
    heading = section.heading or section.kind
    where = f" (open {section.details_url})" if section.details_url else ""
    if roles_at is not None and roles_at != len(section.entries):
        shown = f"{len(section.entries)} roles at {roles_at} employers shown"
    else:
        shown = f"{len(section.entries)} shown"
    parts = [shown]
    for position, roles, total, _ in cut:
        parts.append(f"the {_ordinal(position)} employer shows {roles} of its {total} roles")
    if not cut or section.total != len(section.entries) + sum(t - r for _, r, t, _ in cut):
        parts.append(f"the page says {section.total} in all" if section.total is not None
                     else "the page links to more")
    profile.notes.append(f"{heading}: {'; '.join(parts)}; the rest are on the details page{where}")


def note_unloaded(profile: Profile) -> None:
    """A logged-in profile with no Experience card was most likely read before LinkedIn loaded it."""
    if not any(s.kind == "experience" for s in profile.sections):
        profile.notes.append("No Experience section on this page: LinkedIn may not have loaded it yet "
                             "(scroll down and read the page again)")
