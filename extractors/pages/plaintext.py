"""A profile or resume pasted as plain text: sections from heading lines, entries from role and date lines.

Every block is a line (or the part of a line that is a name) with its code-point offset in the input, so
annotations can carry a TextPositionSelector. In experience-like sections a short line that is not a
bullet starts an entry ("Senior Product Manager — Northwind Analytics"), a line of dates gives its dates,
and bullets are its description; each line of a certifications section is a credential. A line naming one
credential ("Certification in Nutrition") is no heading, though it opens with a heading's word.
"""
from __future__ import annotations

import json
from importlib import resources

import regex

from ..document import Block, Entry, Profile, Section
from ..text import BULLET, BULLET_SPACE, STRAY_A
from . import dates
from .sections import kind_for_heading

_LINE = regex.compile(r"[^\n]+")
# A line of nothing but invisible characters, or their mojibake (a zero-width space read as Windows-1252, "â€‹";
# a non-breaking space, "Â"): 351 lines of 161 livecareer résumés, read as blank, never as a role's title.
_INVISIBLE_LINE = regex.compile(rf"(?:â€‹|{STRAY_A}|ï»¿|[\s\u200b\u00a0\ufeff])+")
# A heading line is short, has no sentence punctuation at its end, and names a known section.
_HEADING_SHAPE = regex.compile(r"^\s*[\p{Lu}\p{Lt}][\p{L}&/ ,'-]{1,58}:?\s*$")
# A bullet mark, mojibake included ("â€¢ Led", pdftotext's and Word's exports of UTF-8 read as Windows-1252), or a dash.
_BULLET = regex.compile(rf"^(?:{BULLET}|[\-*–—>]){BULLET_SPACE}")
# "Title — Organisation", "Title at Organisation", "Title | Organisation", "Title, Organisation".
_TITLE_ORG = regex.compile(r"^(?P<title>.+?)(?:\s+[—–|-]\s+|\s+at\s+|,\s+)(?P<org>.+)$")
# "Name — Issuer, 2020" or "Name, Issuer, 2020"; a bare "PMP, Six Sigma Green Belt" is a list, not name and issuer.
_CREDENTIAL_LINE = regex.compile(r"""^(?P<name>.+?)
    (?: \s+[—–-]\s+ (?P<issuer>[^,]+?) (?:,\s*(?P<year>(?:19|20)\d\d))?
      | ,\s+ (?P<issuer2>[^,]+?) ,\s* (?P<year2>(?:19|20)\d\d) )$""", regex.X)
# "Certification in Nutrition", "License in Social Studies": one credential's name on a line of its own, though it
# opens with a heading's word (a heading names the plural: "Certifications in progress" stays one).
_NAMED_CREDENTIAL = regex.compile(r"(?i)\s*(?:certificat(?:e|ion)|licen[cs]e|credential)\s+(?:in|of|for|from)\s+\S")
# A line of a certifications section left open where it meets the next: it ends on a comma, "&", "/", "(" or
# "and"/"or", or the next opens on ")" or "and"/"or" ("Certified in CPR and" / "First Aid"), as pdftotext wraps.
_OPEN_END = regex.compile(r"(?i)(?:[,&/(]|\b(?:and|or))\s*$")
_OPEN_START = regex.compile(r"(?i)^(?:\)|(?:and|or)\s)")
# A wrapped entry is short: a longer run is a paragraph or a list, which the credential finder reads line by line.
_ENTRY_MAX = 150
_DATE_SPLIT = regex.compile(r"\s*[|·,]\s*")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_RANGE_WORD = regex.compile(r"(?i)\s*(?:to|until|through|-|–|—)\s*")
# A place at the end of a role's line, "Austin, TX" (the livecareer résumés anonymise it as "City , State"): after a
# separator ("Company Name ï¼ City , State", pdftotext's mojibake of a full-width dash; "â€“", an en dash's;
# " - New York, NY") a city of up to three words, a whole line of up to two ("San Diego, CA"), and after a bare space
# one word (the employer's name may end in capitals too: "Northwind Analytics Austin, TX"). A region is a postal code
# of data/places.json or "State".
_SEPARATOR = r"\s*(?:ï¼\S?|â€[“”]|[|·:–—-])"
_CITY_WORD = r"\p{Lu}[\p{L}.'-]*"
_REGION = (r"\s?,\s?(?:State|" + "|".join(json.loads(
    resources.files("extractors.data").joinpath("places.json").read_text("utf-8"))["region_codes"])
           + r")(?![\p{L}])(?:\s?,\s?(?:US|USA))?")


def _place(words: int) -> str:
    """A city of up to `words` capitalised words, or the anonymised "City", and its region: a pattern."""
    more = rf"(?:\s{_CITY_WORD}){{0,{words - 1}}}" if words > 1 else ""
    return rf"(?:City|{_CITY_WORD}{more}){_REGION}"


_PLACE_END = regex.compile(
    rf"(?:{_SEPARATOR})+\s*(?P<place>{_place(3)})\s*$"
    rf"|^\s*(?P<place>{_place(2)})\s*$"
    rf"|\s(?P<place>{_place(1)})\s*$")
# ... or in the middle of the line under a role's dates, between the employer and the title, as pdftotext flattens
# a right-aligned place: "Company Name City , State Cost Accountant".
_PLACE_MID = regex.compile(rf"(?P<org>\S.*?)(?:{_SEPARATOR})*\s(?P<place>{_place(1)})\s+(?P<title>\p{{Lu}}.*)")
ENTRY_SECTIONS = frozenset({"experience", "education", "volunteering", "projects"})
_ROLE_FIELD = regex.compile(r"(?i)(?P<label>company|description)\s+-\s*(?P<value>.*?)\s*$")


def _date_part(text: str) -> tuple[str | None, str | None]:
    """ "Jan 2019 – Present | Austin, TX" -> ("Jan 2019 – Present", "Austin, TX"); (None, None) if no dates lead."""
    parts = _DATE_SPLIT.split(text, maxsplit=1)
    if dates.is_date_line(text):
        return text, None
    if len(parts) == 2 and dates.is_date_line(parts[0]):
        return parts[0], parts[1]
    return None, None


def _place_split(text: str) -> tuple[str, str | None]:
    """ "Company Name ï¼ City , State" -> ("Company Name", "City , State"): the text before a place that ends it, and
    the place; the text and None where no place ends it.

    >>> _place_split("Northwind Analytics Austin, TX"), _place_split("Austin, TX")
    (('Northwind Analytics', 'Austin, TX'), ('', 'Austin, TX'))
    >>> _place_split("Senior Accountant, Finance")
    ('Senior Accountant, Finance', None)
    """
    m = _PLACE_END.search(text)
    return (text[:m.start()].strip(), m["place"]) if m else (text, None)


def _dates_lead(line: str) -> bool:
    """Whether a line opens on dates: a line of dates ("Jan 2019 – Present | Austin, TX") or a range followed by the
    employer ("January 2014 to October 2014 Company Name ï¼ City , State"), as the line under a role's title does."""
    if _date_part(line)[0]:
        return True
    span = dates.find_range(line) if len(line) < 150 else None
    return span is not None and span[0] == 0


def _start_entry(section: Section, text: str, offset: int) -> Entry:
    entry = Entry()
    m = _TITLE_ORG.match(text)
    entry.title, entry.organisation = (m["title"], m["org"]) if m else (text, None)
    entry.add(Block(text, "title", None, offset=offset))
    return section.add_entry(entry)


def credential_line(text: str) -> tuple[str, str | None, str | None] | None:
    """(name, issuer, year) of one credential's line; None for a comma-separated list of several.

    >>> credential_line("Six Sigma Green Belt — ASQ, 2018")
    ('Six Sigma Green Belt', 'ASQ', '2018')
    >>> credential_line("PMP, Six Sigma Green Belt") is None
    True
    """
    if (m := _CREDENTIAL_LINE.match(text)):
        return m["name"], m["issuer"] or m["issuer2"], m["year"] or m["year2"]
    return None if ", " in text else (text, None, None)


def credential_entry(text: str, locator: str | None = None, offset: int | None = None) -> Entry | None:
    """An entry for one credential's line, its title block the name alone; None for a list line."""
    parts = credential_line(text.replace("\n", " "))     # a wrapped entry reads as one line
    if parts is None:
        return None
    name, issuer, year = parts
    entry = Entry(title=name, organisation=issuer)
    if year:
        entry.dates, entry.start = f"Issued {year}", year
    entry.add(Block(text[:len(name)], "title", locator, offset=offset))    # as written, line breaks kept
    return entry


def _entry_from_dated_line(section: Section, line: str, offset: int, span) -> Entry:
    """ "Company Name June 2011 to Current Senior Accountant": employer, dates and title on one line; "Analyst at
    Company (2019 - present)": title and employer before dates in brackets."""
    start, end, rng = span
    entry = Entry(dates=line[start:end], start=rng.start, end=rng.end, duration=rng.duration)
    before, after = line[:start].rstrip(), line[end:].lstrip()
    bracketed = bool(before and after and before[-1] in "([" and after[0] in ")]")
    if bracketed:
        before, after = before[:-1], after[1:]     # "Title at Company (2019 - present)": the brackets hold the dates
    before, after = before.strip(" ,|·-–—:"), after.strip(" ,|·-–—:")
    after, place = _place_split(after)     # a place ends the line, or the part before the dates: the location
    employer_after = place is not None and bool(after)
    if place is None:
        before, place = _place_split(before)
    entry.location = place
    if bracketed and before:
        # Dates in brackets follow what they date: the role ("Welfare Officer (2014-2015): Student Union").
        m = _TITLE_ORG.match(before)
        entry.title, entry.organisation = (m["title"], m["org"]) if m else (before, after.strip(".;") or None)
    elif before and after:
        # The employer is the side its place follows ("Accountant 10/2014 ï¼ Current Company Name ï¼ City , State");
        # else livecareer's order, employer first ("Company Name June 2011 to Current Senior Accountant").
        entry.organisation, entry.title = (after, before) if employer_after else (before, after)
    elif before or after:
        m = _TITLE_ORG.match(before or after)
        entry.title, entry.organisation = (m["title"], m["org"]) if m else (before or after, None)
    entry.add(Block(line, "title", None, offset=offset))
    entry.add(Block(line[start:end], "dates", None, offset=offset + start))
    return section.add_entry(entry)


def _wrapped_to(text: str, lines: list[tuple[int, str]], n: int) -> int:
    """The index of the last line a certifications entry opening at line n runs on to (n when it is one line).

    The next line continues it when the two meet open and the next is no bullet and no heading; the whole stays
    under _ENTRY_MAX characters, so a line is looked at a bounded number of times."""
    last = n
    while last + 1 < len(lines):
        offset, raw = lines[last]
        following_offset, following = lines[last + 1]
        end = following_offset + len(following.strip())
        if end - lines[n][0] >= _ENTRY_MAX or text.count("\n", offset, following_offset) != 1:
            break
        line, following = raw.strip(), following.strip()
        if _BULLET.match(following) or _HEADING_SHAPE.match(following) and kind_for_heading(following.rstrip(":")):
            break
        if not (_OPEN_END.search(line) or _OPEN_START.match(following)):
            break
        last += 1
    return last


def _through(text: str, lines: list[tuple[int, str]], offset: int, last: int) -> str:
    """The text from offset to the end of line `last`, its line breaks kept so that offsets into it still hold."""
    return text[offset:lines[last][0] + len(lines[last][1].strip())]


def _range_split_to(lines: list[tuple[int, str]], n: int) -> int:
    """The index of a range's last line where pdftotext split it over three ("October 2011" / "to" / "August
    2015"), else n."""
    if n + 2 < len(lines) and dates.is_date_point(lines[n][1]) and _RANGE_WORD.fullmatch(lines[n + 1][1]) \
            and dates.is_date_point(lines[n + 2][1]):
        return n + 2
    return n


def read(text: str, url: str | None = None) -> Profile:
    profile = Profile(url=url, page_kind="plaintext", source_text=text)
    section: Section | None = None
    entry: Entry | None = None
    lines = [(m.start() + len(m[0]) - len(m[0].lstrip()), m[0]) for m in _LINE.finditer(text)
             if m[0].strip() and not _INVISIBLE_LINE.fullmatch(m[0])]
    skip_to = -1
    for n, (offset, raw) in enumerate(lines):
        if n <= skip_to:
            continue    # read with the line above it
        stripped = raw.strip()
        if _HEADING_SHAPE.match(raw) and (kind := kind_for_heading(stripped.rstrip(":"))) and \
                not _NAMED_CREDENTIAL.match(stripped):
            section = Section(kind=kind, heading=stripped.rstrip(":"))
            profile.sections.append(section)
            entry = None
            continue
        if (field := _ROLE_FIELD.match(stripped)) and (field["label"].lower() == "company" or (
                entry is not None and section is not None and section.kind == "experience")):
            # A role written as labelled fields ("company - Ernst & Young LLP" / "description - Fraud
            # investigations"), as the Kaggle résumés give every role (159 of 166): the employer opens a role, the
            # description is its first line.
            if field["label"].lower() == "company":
                if section is None or section.kind != "experience":
                    section = Section(kind="experience")
                    profile.sections.append(section)
                entry = section.add_entry(Entry(organisation=field["value"]))
                entry.add(Block(field["value"], "subtitle", None, offset=offset + field.start("value")))
            elif field["value"]:
                lead = field.start("value") + (b.end() if (b := _BULLET.match(field["value"])) else 0)
                if stripped[lead:]:
                    entry.add(Block(stripped[lead:], "description", None, offset=offset + lead))
            continue
        if section is None:
            if profile.name is None and len(stripped) < 60 and not any(c.isdigit() for c in stripped):
                profile.name = stripped
                continue
            section = Section(kind="about")
            profile.sections.append(section)
        if section.kind == "certifications" and (last := _wrapped_to(text, lines, n)) > n:
            skip_to = last
            stripped = _through(text, lines, offset, last)
        if section.kind == "certifications" and not _BULLET.match(stripped) and len(stripped) < 150 and (
                entry := credential_entry(stripped, offset=offset)) is not None:
            section.add_entry(entry)
            entry = None
            continue
        if section.kind in ENTRY_SECTIONS and (last := _range_split_to(lines, n)) > n:
            skip_to = last
            stripped = _through(text, lines, offset, last)
        if section.kind in ENTRY_SECTIONS:
            bullet = _BULLET.match(stripped)
            dated = bool(_YEAR.search(stripped))   # most lines have no year: skip the date patterns for them
            span = dates.find_range(stripped) if dated and not bullet and len(stripped) < 150 else None
            when, where = _date_part(stripped) if dated else (None, None)
            if not when and span and span[0] == 0 and (rest := stripped[span[1]:].strip(" ,|·-–—:")):
                when, where = stripped[:span[1]], rest     # "January 2014 to October 2014 Company Name ï¼ City , State"
            if when and entry is not None and entry.dates is None and len(entry.blocks) == 1:
                # The line under a role's title: its dates, and maybe its employer and place.
                entry.dates = when
                rng = dates.parse_range(when)
                entry.start, entry.end, entry.duration = rng.start, rng.end, rng.duration
                entry.add(Block(when, "dates", None, offset=offset))
                if where and section.kind == "experience":
                    employer, place = _place_split(where)
                    entry.location = place or where
                    if employer and place and entry.organisation is None:
                        entry.organisation = employer
                    entry.add(Block(where, "subtitle" if employer and place else "location", None,
                                    offset=offset + stripped.index(where, len(when))))
                continue
            if span:
                entry = _entry_from_dated_line(section, stripped, offset, span)
                continue
            if entry is not None and entry.title and entry.organisation is None and entry.dates and \
                    len(entry.blocks) == 2 and not bullet and len(stripped) < 90 and \
                    (employer := _place_split(stripped))[1] and employer[0]:
                # Under "Teacher , 08/2014 to Current": "Company Name â€“ City , State", its employer and place.
                entry.organisation, entry.location = employer
                entry.add(Block(stripped, "subtitle", None, offset=offset))
                continue
            if entry is not None and entry.title is None and entry.dates and not bullet and (
                    len(stripped) < 90 or len(stripped) < 150 and (
                        _place_split(stripped)[1] or not stripped.rstrip(" \u00a0" + STRAY_A).endswith("."))):
                # Dates first, then the role: "03/2016 to 03/2018" over "Accountant Company Name City , State" (a
                # longer line when a place ends it or it is no sentence: a title of many ranks and the employer).
                role, entry.location = _place_split(stripped)
                role = role or stripped
                if entry.location is None and (mid := _PLACE_MID.fullmatch(stripped)):
                    entry.title, entry.organisation, entry.location = mid["title"], mid["org"], mid["place"]
                elif (m := _TITLE_ORG.match(role)):
                    entry.title, entry.organisation = m["title"], m["org"]
                else:
                    entry.title, entry.organisation = role, None
                entry.add(Block(stripped, "title", None, offset=offset))
                continue
            following = lines[n + 1][1].strip() if n + 1 < len(lines) else ""
            if not bullet and len(stripped) < 90 and not stripped.rstrip(" \u00a0\u200b" + STRAY_A).endswith(".") and (
                    entry is None or (_YEAR.search(following) and _dates_lead(following))):
                # A role's title line: the first of the section, or the one right above a line of dates.
                entry = _start_entry(section, stripped, offset)
                continue
            if entry is not None:
                lead = bullet.end() if bullet else 0
                entry.add(Block(stripped[lead:], "description", None, offset=offset + lead))
                continue
        role = "about" if section.kind == "about" else "description"
        section.add_block(Block(stripped, role, None, offset=offset))
    return profile
