"""A LinkedIn data export ("Get a copy of your data"): its CSV files, already read, become a Profile.

Pure: it takes {file name: text} (the caller reads the folder, the zip or the single CSV). Profile.csv
gives the person and the About text; Positions, Certifications, Recommendations_Received, Education,
Honors and Skills give the sections, in the same shape the page adapters produce. Some exports open with a "Notes:"
preamble before the header row; recommendations the member hid (Status other than VISIBLE) are not
on their profile and are left out. The export has no relationship lines: the summary says so.
"""
from __future__ import annotations

import csv
import io
from typing import Mapping

from ..document import Block, Entry, Profile, Section
from . import dates

# The files read, and the column that proves a header row (a "Notes:" preamble may come first).
FILES = {
    "profile.csv": "First Name",
    "positions.csv": "Company Name",
    "certifications.csv": "Authority",
    "recommendations_received.csv": "Text",
    "education.csv": "School Name",
    "honors.csv": "Issue Date",
    "skills.csv": "Name",
}
MAX_ROWS = 5000


def is_export_file(name: str) -> bool:
    """Whether a file name (any folder, any case) is one of the export's CSVs read here."""
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower() in FILES


def name_for(file_name: str, text: str) -> str | None:
    """Which export CSV this is: by its name, else by its header row (a renamed single file); None if neither.

    Checked most specific first: every export file has a "Name"-like column, only Skills.csv has just that.
    """
    base = file_name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    if base in FILES:
        return base
    head = text.lstrip("\ufeff")[:4000]
    for candidate, column in FILES.items():
        if candidate != "skills.csv" and column in head:
            return candidate
    first = head.split("\n", 1)[0].strip()
    return "skills.csv" if first == "Name" else None


def rows(text: str, key_column: str) -> list[dict]:
    """The CSV's rows as dicts, from the first line that holds `key_column` (skipping any preamble)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    start = next((n for n, line in enumerate(lines[:50]) if key_column in line), None)
    if start is None:
        return []
    reader = csv.DictReader(io.StringIO("".join(lines[start:])))
    out = []
    try:
        for n, row in enumerate(reader):
            if n >= MAX_ROWS:
                break
            out.append({(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str)})
    except csv.Error:
        pass   # a broken row (a NUL byte, a field over the csv module's limit): keep the rows before it
    return out


def _span(start: str, end: str) -> str | None:
    """ "Feb 2021" and "" -> "Feb 2021 - Present", the way the profile page writes it."""
    if not start and not end:
        return None
    return f"{start or '?'} - {end or 'Present'}"


def _add(entry: Entry, text: str | None, role: str, where: str) -> None:
    """A block of one CSV cell. No page locator (there is no page): the row is kept in details."""
    entry.details.setdefault("source", where)
    if text:
        entry.add(Block(text, role))


def _profile(rows_: list[dict], profile: Profile) -> None:
    if not rows_:
        return
    row = rows_[0]
    name = " ".join(p for p in (row.get("First Name"), row.get("Last Name")) if p)
    profile.name = name or None
    profile.headline = row.get("Headline") or None
    profile.location = row.get("Geo Location") or None
    if row.get("Summary"):
        about = Section(kind="about", heading="Summary (Profile.csv)")
        about.add_block(Block(row["Summary"], "about"))
        profile.sections.append(about)


def _positions(rows_: list[dict]) -> Section:
    section = Section(kind="experience", heading="Positions (Positions.csv)")
    for n, row in enumerate(rows_, start=2):
        where = f"Positions.csv:{n}"
        entry = Entry(title=row.get("Title") or None, organisation=row.get("Company Name") or None,
                      location=row.get("Location") or None)
        entry.dates = _span(row.get("Started On", ""), row.get("Finished On", ""))
        rng = dates.parse_range(entry.dates)
        entry.start, entry.end = rng.start, rng.end
        _add(entry, entry.title, "title", where)
        _add(entry, entry.organisation, "subtitle", where)
        _add(entry, entry.dates, "dates", where)
        _add(entry, entry.location, "location", where)
        _add(entry, row.get("Description"), "description", where)
        if entry.blocks:
            section.add_entry(entry)
    return section


def _certifications(rows_: list[dict]) -> Section:
    section = Section(kind="certifications", heading="Certifications (Certifications.csv)")
    for n, row in enumerate(rows_, start=2):
        where = f"Certifications.csv:{n}"
        entry = Entry(title=row.get("Name") or None, organisation=row.get("Authority") or None)
        issued, expires = row.get("Started On"), row.get("Finished On")
        entry.dates = " · ".join(p for p in (f"Issued {issued}" if issued else "",
                                             f"Expires {expires}" if expires else "") if p) or None
        entry.start, entry.end = dates.parse_issued(entry.dates)
        if row.get("License Number"):
            entry.details["credential_id"] = row["License Number"]
        if row.get("Url"):
            entry.details["credential_url"] = row["Url"]
        _add(entry, entry.title, "title", where)
        _add(entry, entry.organisation, "subtitle", where)
        _add(entry, entry.dates, "dates", where)
        if entry.title:
            section.add_entry(entry)
    return section


def _recommendations(rows_: list[dict], profile: Profile) -> Section:
    section = Section(kind="recommendations", heading="Recommendations received (Recommendations_Received.csv)")
    hidden = 0
    for n, row in enumerate(rows_, start=2):
        if row.get("Status") and row["Status"].upper() != "VISIBLE":
            hidden += 1
            continue
        where = f"Recommendations_Received.csv:{n}"
        entry = Entry(title=" ".join(p for p in (row.get("First Name"), row.get("Last Name")) if p) or None)
        job, company = row.get("Job Title"), row.get("Company")
        entry.organisation = f"{job} at {company}" if job and company else (job or company or None)
        if row.get("Creation Date"):
            entry.details["created"] = row["Creation Date"]
        _add(entry, entry.title, "title", where)
        _add(entry, entry.organisation, "subtitle", where)
        _add(entry, row.get("Text"), "recommendation", where)
        if entry.description:
            section.add_entry(entry)
    if hidden:
        profile.notes.append(f"Recommendations: {hidden} the member chose to hide on their profile were left out")
    if section.entries:
        profile.notes.append("Recommendations: the export does not say how each recommender worked with the person "
                             "(no relationship line); the profile page does")
    return section


def _education(rows_: list[dict]) -> Section:
    section = Section(kind="education", heading="Education (Education.csv)")
    for n, row in enumerate(rows_, start=2):
        where = f"Education.csv:{n}"
        entry = Entry(title=row.get("School Name") or None, organisation=row.get("Degree Name") or None)
        entry.dates = _span(row.get("Start Date", ""), row.get("End Date", "")) if row.get("End Date") \
            or row.get("Start Date") else None
        rng = dates.parse_range(entry.dates)
        entry.start, entry.end = rng.start, rng.end
        _add(entry, entry.title, "title", where)
        _add(entry, entry.organisation, "subtitle", where)
        _add(entry, entry.dates, "dates", where)
        _add(entry, row.get("Notes"), "description", where)
        _add(entry, row.get("Activities"), "line", where)
        if entry.blocks:
            section.add_entry(entry)
    return section


def _honors(rows_: list[dict]) -> Section:
    section = Section(kind="honors", heading="Honors (Honors.csv)")
    for n, row in enumerate(rows_, start=2):
        where = f"Honors.csv:{n}"
        entry = Entry(title=row.get("Title") or None, organisation=row.get("Issuer") or None)
        entry.dates = f"Issued {row['Issue Date']}" if row.get("Issue Date") else None
        entry.start, _ = dates.parse_issued(entry.dates)
        _add(entry, entry.title, "title", where)
        _add(entry, entry.organisation, "subtitle", where)
        _add(entry, row.get("Description"), "description", where)
        if entry.title:
            section.add_entry(entry)
    return section


def _skills(rows_: list[dict]) -> Section:
    section = Section(kind="skills", heading="Skills (Skills.csv)")
    for n, row in enumerate(rows_, start=2):
        if row.get("Name"):
            entry = Entry(title=row["Name"])
            _add(entry, row["Name"], "title", f"Skills.csv:{n}")
            section.add_entry(entry)
    return section


def read(files: Mapping[str, str], url: str | None = None) -> Profile:
    """A Profile from an export's CSV texts, keyed by file name (folders and case ignored)."""
    by_name: dict[str, list[dict]] = {}
    for name, text in files.items():
        base = name.replace("\\", "/").rsplit("/", 1)[-1].lower()
        if base in FILES and base not in by_name:
            by_name[base] = rows(text, FILES[base])
    profile = Profile(url=url, page_kind="export")
    _profile(by_name.get("profile.csv", []), profile)
    builders = (("positions.csv", _positions), ("education.csv", _education),
                ("certifications.csv", _certifications), ("honors.csv", _honors), ("skills.csv", _skills))
    for base, build in builders:
        if base in by_name:
            section = build(by_name[base])
            if section.entries:
                profile.sections.append(section)
    if "recommendations_received.csv" in by_name:
        section = _recommendations(by_name["recommendations_received.csv"], profile)
        if section.entries:
            profile.sections.append(section)
    missing = [f for f in ("Profile.csv", "Positions.csv", "Certifications.csv", "Recommendations_Received.csv")
               if f.lower() not in by_name]
    if missing:
        profile.notes.append("Not in this export: " + ", ".join(missing))
    return profile
