"""Credentials lists (a resume's Certifications lines, "Certifications: CPA, Six Sigma Green Belt"): split into items,
each item a credential, with the issuer, date and licence number written beside it read as its details."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ...document import Block
from ...findings import Finding
from ...pages.dates import parse_issued
from ...text import BULLET_FORMS
from .beside import dated_organisation
from .catalog import _key, _single_issuer, canonical_issuer, catalog
from .cues import _NOT_HELD_LEAD, _NOT_YET_IN_ITEM
from .details import _DATE_IN_BRACKETS, _DATE_ITEM, _LABELLED_VALUE, _LEADING_YEAR, _NUMBER_ITEM, _TRAILING_DATES
from .entry_lines import (
    EntryLine, brand_after, entry_line, fields_before_details, in_issuer_place, issuer_named, names_an_entry,
)
from .finding import _catalog_issuer, _finding
from .issuers import _CERTIFIED_BY, _ISSUER_CERTIFIED, _ISSUER_IN, _ISSUER_ITEM, _LIST_ISSUER, _issuer_named
from .items import (
    _DUTY, _HEADING_INSIDE, _INCLUDES, _LABEL_IN, _OTHER_HEADING, _ROLE, _is_body, _is_body_line, _is_claim, _is_prose,
    _looks_like_credential, _names_body,
)
from .mentions import Mention, _mentions, _one_per_credential, find_in_text, lookup
from .phrases import _CERTIFIED_ROLE, _GOOD_STANDING
from .places import _ORG_AT_PLACE, _is_city, _is_place, _names_places
from .words import (
    _ACRONYM, _BODY_WORD, _CARDS, _COURSE_PLATFORMS, _CREDENTIAL_WORDS, _EVENT, _NOT_ACRONYM, _NOT_CREDENTIAL, _SKILL_WORDS,
    _TRIM_END,
    _TRIM_START, _rx,
)


# A bullet mark in any of its forms, but a lone U+FFFD, as likely a lost apostrophe or accent inside a name.
_LIST_MARK = "|".join(regex.escape(f) for f in BULLET_FORMS if f != "\ufffd")
# Where one item of a credentials list ends and the next begins.
_SEPARATORS = r"""
      [;|] | """ + _LIST_MARK + r"""                # a list mark (text.BULLET_MARKS, as mojibake too)
    | ,(?!\s*(?:Inc|LLC|Ltd|Jr|Sr)\b)                                   # a comma, not "Acme, Inc"
    | \s{3,}                                                            # a column gap
    | \s+(?:-|–|â€“)\s+(?=\p{Lu})                                       # a dash before a capital
    | (?<=\S)\s*\*(?=\s*\p{Lu})                                         # a star used as a bullet
    | (?<=\bcertified)\s+(?=\p{Lu}[\p{L}/&+ ]{1,30}\bcertified\b)       # "X certified Y certified"
    # "... Management Certificate Certificate in ...", "First Aid Course NZ Certificate in ...": two names run together
    | (?<=\b(?:Certificate|Certification))\s+(?=Certificate\b|Certification\b)
    | (?<=\b(?:Certificate|Certification|Course))\s+(?=(?:\p{Lu}[\p{L}/&-]*\s+){1,5}(?:Certificate|Certification)\b)
    | (?<=\bCertified\s[^,;*()]{3,40}\b(?:Specialist|Technician|Assistant|Coder|Biller|Instructor|Trainer))\s+
      (?=(?:\p{Lu}[\p{L}/&-]*\s+){1,5}(?:Certificate|Certification)\b)
    | (?<=\b(?:Certified|Certificate|Certification|License|Licensure)\s[^,;*()]{3,90})(?<!\b\p{Lu}{2,8})\s+(?=Certified\s+\p{Lu})
    | (?<=\((?i:expires?|expired|exp\.?|issued|valid|renewed)[^()]{0,20}\))\s+(?=\p{Lu})    # after "(expires 2020)"
    | (?<=\b(?:Certified|Certificate|Certification)\s[^,;*()]{3,60}\([^()]{2,60}\))\s+(?=Certified\s+\p{Lu})
    | (?<=\S)\s+\d{1,2}\.\s+(?=\p{Lu})                                  # "1. ", "2. ": a numbered list
    # "Basic Military Training Duke (electronic warfare) Training IED Training": a word that ends a name, then a
    # capitalised word that opens the next
    | (?<=\b(?:Training|Certificate))\s+(?!(?:Certificates?|Certifications?|Courses?|Programs?|
      Programmes?|Levels?|Number|No|ID|Institute|Center|Centre|Academy|Instructor|Trainer|Specialist)\b)(?=\p{Lu}\p{Ll})
"""
_ITEM_SPLIT = regex.compile(rf"(?x)\s*(?:{_SEPARATORS})\s*")
# The same, and "and" or "&" too: "certified in Zumba Gold, Zumba Toning and Zumba Kids".
_ITEM_SPLIT_AND = regex.compile(rf"(?x)\s*(?:{_SEPARATORS}| \s+(?:and|&)\s+)\s*")


@dataclass
class Item:
    start: int
    end: int


def _items(text: str, start: int = 0, end: int | None = None, conjunctions: bool = False) -> list[Item]:
    end = len(text) if end is None else end
    out = []
    pos = start
    names = [(a + start, b + start) for a, b in catalog().lexicon.spans(text[start:end]) if "," in text[start + a:start + b]]
    commas = False
    for m in (_ITEM_SPLIT_AND if conjunctions else _ITEM_SPLIT).finditer(text, start, end):
        if conjunctions and "," not in m[0] and not commas and _rx(r"\s+(?:and|&)\s+").fullmatch(m[0]):
            continue    # "and" separates items only after a comma has: "certified in A, B and C"
        commas = commas or "," in m[0]
        if text.count("(", pos, m.start()) > text.count(")", pos, m.start()) and ")" in text[m.end():end]:
            continue    # "MS Office training (MS Project, Excel, Word)": a list inside brackets is part of its item
        if any(a < m.start() < b for a, b in names):
            continue    # "Life, Accident and Health License": a catalog name with a comma in it
        if m.start() > pos:
            out.append(Item(pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append(Item(pos, end))
    out = [i for i in out if text[i.start:i.end].strip(" .:-–")]
    for n in range(1, len(out)):
        lead = _rx(r"Certified\s+(?=(\p{Lu}[\p{L}]+)\s+Certified\b)").match(text[out[n].start:end])
        if lead and canonical_issuer(lead[1]) and text[out[n - 1].end:out[n].start].strip() == "":
            # "Google Analytics | Certified Facebook Certified Planning Professional": the first "Certified" ends the name before
            out[n - 1], out[n] = Item(out[n - 1].start, out[n].start + len("Certified")), Item(out[n].start + lead.end(), out[n].end)
    for n in range(len(out) - 2, -1, -1):
        if canonical_issuer(text[out[n].start:out[n].end]) and text.startswith("Certified", out[n + 1].start) and \
                text[out[n].end:out[n + 1].start].strip() == "":
            out[n:n + 2] = [Item(out[n].start, out[n + 1].end)]     # "Facebook | Certified Planning Professional": one name
    split = []
    for n, i in enumerate(out):
        piece = text[i.start:i.end]
        if _ACRONYM_RUN.fullmatch(piece.strip()):
            # "CPA RFC", "PMP CAS": abbreviations side by side, one credential each
            split.extend(Item(i.start + m.start(), i.start + m.end()) for m in _rx(r"\S+").finditer(piece))
            continue
        cuts = [m.end() for m in _rx(r"(?<=\S\s+)Certified\s+(?=(\p{Lu}[\p{L}]+)\b)").finditer(piece)
                if canonical_issuer(m[1]) and not piece.startswith("Certified")]
        if cuts:
            # "Google AdWords Certified Google Analytics Certified Facebook Certified ...": a brand after "Certified" opens the next
            bounds = [0, *cuts, len(piece)]
            split.extend(Item(i.start + a, i.start + b) for a, b in zip(bounds, bounds[1:]))
            continue
        last = _rx(r"\s(\p{Lu}[\p{L}]+)$").search(piece)
        if last and n + 1 < len(out) and text.startswith("Certified", out[n + 1].start) and canonical_issuer(last[1]):
            # "Microsoft Certified Systems Administrator Microsoft | Certified Systems Engineer": the brand opens the next
            split.append(Item(i.start, i.start + last.start()))
            out[n + 1] = Item(i.start + last.start(1), out[n + 1].end)
            continue
        split.append(i)
    return split

_ACRONYM_RUN = regex.compile(r"\p{Lu}{2,6}\d?(?:\s+\p{Lu}{2,6}\d?)+")


def _list_findings(block: Block, start: int = 0, end: int | None = None, conjunctions: bool = False,
                   every_item: bool = False, claims: bool = False, acronyms: bool = True, following: str = "") -> list[Finding]:
    """Each item of a credentials list (text[start:end] of the block) as a credential finding.

    Beside each credential, the items that are its issuer, date or licence number are read as its details;
    an item that only names an issuer ("PMI", "Cisco") is no credential, and "Group Fitness Instructor, NIFS
    Certified" is one credential with its issuer. With `conjunctions`, "and" also separates items in a list
    that has commas ("certified in Zumba Gold, Zumba Toning and Zumba Kids"), and with `every_item` each
    short item is a credential whatever its words. With `claims` (the list is a certifications section's or a
    labelled credentials list), every item that reads like a name is a credential too ("Yoga", "Fall Protection",
    "Texas School Counselor"), unless the line reads as a list of skills.
    """
    text = block.text
    end = len(text) if end is None else end
    if (inner := _INCLUDES.search(text, start, end)):
        end = inner.start()     # "Safety Training includes: HazCom, Bloodborne Pathogens": what it covered, not more credentials
    conjunctions = conjunctions and "," in text[start:end]
    items = _trimmed_items(text, start, end, conjunctions)
    line = entry_line(text, start, end, claims)     # "Spreadsheet Skills for Business, Example University, Feb 2024"
    listed = claims     # a certifications list's line, whose fields stand in their places (_issuer_by_position)
    acronyms, claims = _what_the_line_claims(text, items, acronyms, claims)
    reading = _ListReading(block, items, line, claims, every_item, acronyms, following)
    for n, (s, e) in enumerate(items):
        reading.read(n, s, e)
    return reading.finished(start, end, listed)


def _trimmed_items(text: str, start: int, end: int, conjunctions: bool) -> list[tuple[int, int]]:
    """The (start, end) of each item of text[start:end], without the marks and small words around it."""
    items = []
    for item in _items(text, start, end, conjunctions):
        s, e = item.start, item.end
        while s < e and text[s] in _TRIM_START:
            s += 1
        if (conj := _rx(r"(?:and|or|&)\s+(?=\S)").match(text[s:e])) and s > start:
            s += conj.end()     # "CPR, AED, and First Aid": the last of a list
        while e > s and (text[e - 1] in _TRIM_END or text[e - 1] == ")" and "(" not in text[s:e]):
            e -= 1
        if s < e:
            items.append((s, e))
    return items


def _what_the_line_claims(text: str, items: list[tuple[int, int]], acronyms: bool, claims: bool) -> tuple[bool, bool]:
    """Whether the line's bare acronyms, and its plain items, are claims: not where the line is mostly skills."""
    # A line that is mostly skills ("Lean Manufacturing Techniques, ..., Safety Engineering (FTA, FMEA)"): its
    # bare acronyms are skills too.
    plain = sum(1 for s, e in items if not _looks_like_credential(text[s:e]) and not _mentions(text[s:e]) and
                not _COURSE_TAKEN.fullmatch(text[s:e]))
    acronyms = acronyms and (plain < 3 or plain <= len(items) - plain)
    # Its plain items are claims too ("Yoga, Tai Chi, Spin") unless they read as skills ("Inventory Control").
    skills = sum(1 for s, e in items if _SKILL_WORDS.search(text[s:e]) and not _COURSE_TAKEN.fullmatch(text[s:e]))
    return acronyms, claims and (acronyms or 3 * skills < plain)


class _ListReading:
    """One credentials list read item by item: each step below reads an item as part of the credential before it, a
    detail of it, a place, an issuer, or a credential of its own, in that order, the first that applies."""

    def __init__(self, block: Block, items: list[tuple[int, int]], line: EntryLine | None, claims: bool,
                 every_item: bool, acronyms: bool, following: str) -> None:
        self.block, self.text, self.items = block, block.text, items
        self.line = line                            # the line read as one entry's fields, until its name is read
        self.claims, self.every_item, self.acronyms, self.following = claims, every_item, acronyms, following
        self.findings: list[Finding] = []
        self.current: Finding | None = None
        self.previous: tuple[int, int] | None = None    # the item before, when it was no credential on its own
        self.skip_to = -1                           # where the entry's issuer field, read with its name, ends
        self.after_detail = False                   # the item before was an issuer, date or number
        self.place = False                          # the item before was a place
        self.event = False                          # the item before was an event attended ("in-plant training in BHEL")
        self.years: dict[int, str] = {}     # item start -> the year written before it ("2002 Texas School Counselor")
        self.pending: tuple[str, int] | None = None     # a body named in an item before, and where: the issuer of what follows
        self.label_list = False                     # the rest of the line is a labelled detail's values
        self.not_held = False                       # the item before was pending or lapsed
        self.announced = -9                         # where a bare "Certification," announced the next item's name

    def read(self, n: int, s: int, e: int) -> None:
        """Read the n-th item, text[s:e]."""
        self._entry_line_at(s)
        if s < self.skip_to:
            return      # the entry's issuer field, read
        if self._after_a_dash(n, s, e):
            return
        if (year := _LEADING_YEAR.match(self.text, s, e)) and _is_claim(self.text[year.end():e]) and \
                not _DATE_ITEM.match(self.text[s:e]):
            s = year.end()
            self.years[s] = year[1]
        piece = self.text[s:e]
        if self._not_held_or_announced(n, s, e, piece):
            return
        if self.claims and (_OTHER_HEADING.match(piece) or _HEADING_INSIDE.search(piece)):
            self.claims = False     # "Courses of Note ...": the rest of the line is another section's
        known = _one_per_credential(find_in_text(piece, listed=True, context=self.text), piece)
        if known and canonical_issuer(piece) and not (known[0].start == 0 and known[-1].end >= len(piece.rstrip())):
            known = []      # "OSHA Training Institute": an issuer's name, not the credential it starts with
        if self._more_of_the_one_before(n, s, e, piece, known) or self._detail_of_the_one_before(n, s, e, piece, known):
            return
        was_after_detail, self.after_detail = self.after_detail, False
        was_place, self.place = self.place, _names_places(piece)
        was_event, self.event = self.event, False
        if self._a_place(n, piece, known) or self._an_issuer(n, s, e, piece, known):
            return
        self._a_credential(n, s, e, piece, known, was_after_detail, was_place, was_event)

    def finished(self, start: int, end: int, listed: bool = False) -> list[Finding]:
        """The findings, each with the year written before it, the issuer a "through X" ending the list names, and on a
        certifications list's line (`listed`) the issuer its field in the issuer's place names (_issuer_by_position)."""
        findings = self.findings
        for f in findings:
            if f.start in self.years:
                f.data.setdefault("issued", self.years[f.start])
        if len(findings) > 1 and (by := _LIST_ISSUER.search(self.text, start, end)):
            for f in findings:
                if f.data.get("issuer") is None or " / " in f.data["issuer"] or f.end >= by.start():
                    f.data["issuer"] = by["by"]
        if listed and not self.label_list:
            self._issuer_by_position(start, end)
        return findings

    def _issuer_by_position(self, start: int, end: int) -> None:
        """In a certifications list, the field in the issuer's place names who issued the names before it that have no
        issuer written, whatever its words, and is no credential of its own: the field after the name ("Widget Basics,
        Zorblax"; "Widget Basics, Zorblax, Springfield Chapter, 2019"), or after several names the field closing them
        before the date ("Exam Q, Exam R, ZSA, 2019"). Not a field the catalog knows as a credential ("CPR, First Aid"),
        and of two fields between a name and the date, one that names a body by its words is the issuer ("Widget
        Basics, Gadgetry, Example University, 2019"). On a line with no date, one name alone and not the catalog's, unless
        the field repeats the brand the name carries ("Zorbline Certified Developer, Zorbline")."""
        text, items, findings = self.text, self.items, self.findings
        if (fields := fields_before_details(text, items, start, end)) is None:
            return
        last, dated = fields
        chosen = None
        for j in range(1, last + 1):
            a, b = items[j]
            if not _rx(r"[\ \t]*[,|][\ \t]*").fullmatch(text[items[j - 1][1]:a]) or not dated and j < last or \
                    any(f.start >= b for f in findings) or _is_city(text[a:b], text[slice(*items[j + 1])] if j < last else ""):
                continue    # not after a comma or bar, a name (a credential read) after it, or a city ("Pasadena, CA")
            if in_issuer_place(text[a:b].strip(), text[items[0][0]:items[j - 1][1]], dated):
                chosen = j
                break
        if chosen is None:
            return
        def names_a_body(j: int) -> bool:
            return bool(canonical_issuer(text[slice(*items[j])]) or _ISSUER_ITEM.match(text[slice(*items[j])]))

        if not names_a_body(chosen):
            chosen = next((j for j in range(chosen + 1, last + 1) if names_a_body(j)), chosen)
        a, b = items[chosen]
        names = [f for f in findings if f.end <= a]
        inside = [f for f in findings if a < f.end]     # what was read from the field (and a place run on after it)
        # the brand the name carries, written again in the issuer's place: who issued it, whatever the catalog says
        # ("Zorbline Certified Developer, Zorbline")
        repeated = len(names) == 1 and bool(_rx(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(text[a:b].strip())}(?![\p{{L}}\p{{N}}])")
                                            .search(text, names[0].start, names[0].end))
        if not names or any(f.data.get("catalog_id") for f in inside) or _rx(r"[;:]").search(text, names[-1].end, a) or \
                end - start > 200 or \
                any(m.start == 0 and m.end >= len(text[a:b].rstrip()) for m in _mentions(text[a:b])) or \
                not all(a <= f.start < b for f in inside) or not all(names_an_entry(text[f.start:f.end]) for f in names) or \
                not dated and (len(names) > 1 or names[0].data.get("catalog_id") and not repeated) or \
                _rx(r"(?i)\bcity\s*,\s*state\b").search(text, start, end):
            return      # (undated, "<name>, <field>" alone: one name before; "City , State" is a template's blank)
        unnamed = [f for f in names if f.data.get("issuer") is None or f.data.get("issuer_guessed") or
                   (dated or repeated) and len(names) == 1 and f.data["issuer"] == _catalog_issuer(f)]
        if not unnamed:
            return
        for f in inside:
            findings.remove(f)
        for f in unnamed:
            f.data["issuer"] = issuer_named(text[a:b], text[f.start:f.end])
            f.data.pop("issuer_guessed", None)

    def _run_on_to(self, e: int) -> None:
        """The credential before takes in the items up to `e` as more of its name: its span and quote reach there."""
        self.current.end = e
        self.current.data["shown_as"] = " ".join(self.text[self.current.start:e].split())

    def _entry_line_at(self, s: int) -> None:
        """At the first item after an entry line's name field, the name is read as one credential with its issuer."""
        line = self.line
        if line and s >= line.after:
            if _one_entry(self.text, line, self.findings):
                self.current, self.previous = _entry_issuer(self.block, line, self.findings), None
                self.skip_to = line.issuer[1] if line.issuer else self.skip_to
            self.line = None    # else "A - Certificate code: 123, B – LinkedIn,": items run together, not one entry

    def _after_a_dash(self, n: int, s: int, e: int) -> bool:
        """An item after a dash that names the credential before it's body, or goes on with its name."""
        text, items, current = self.text, self.items, self.current
        dashed = n > 0 and _rx(r"\s(?:[-–]|â€“)\s").search(text[items[n - 1][1]:s + 1])
        if dashed and current is not None and current.end == items[n - 1][1] and _names_body(text[s:e]):
            if current.data.get("issuer") in (None, _catalog_issuer(current)) or current.data.get("issuer_guessed"):
                current.data["issuer"] = _TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", text[s:e])).strip(" ,")
            return True     # "Certificate in Leadership development – African Leadership Development (April 2017)"
        if dashed and current is not None and current.end == items[n - 1][1] and not _CREDENTIAL_WORDS.search(text[s:e]) \
                and not _mentions(text[s:e]):
            self._run_on_to(e)
            return True     # "Certified Naval Information Systems Technician – First Class Petty Officer": more of the line
        return False

    def _not_held_or_announced(self, n: int, s: int, e: int, piece: str) -> bool:
        """An item not held yet, one a bare "Certification," announced, or a board it is held in good standing with."""
        text, items, block = self.text, self.items, self.block
        if (cue := _NOT_HELD_LEAD.match(piece)) and piece[cue.end():].strip(" :") or \
                self.not_held and "," in text[items[n - 1][1]:s]:
            self.not_held = True    # "Certifications pending RDA, Coronal Polish", "In-process: CUNA ...": not held yet
            return True
        self.not_held = False
        if self.announced == n - 1 and not _DATE_ITEM.match(piece) and not _names_places(piece) and \
                not _CREDENTIAL_WORDS.fullmatch(piece) and _rx(r"\p{Lu}").match(piece) and \
                not _NOT_HELD_LEAD.match(piece) and not _NOT_YET_IN_ITEM.search(" " + piece):
            # "Certification, Air Launch Weapons School, NAS North Island, 03/01/03-03/22/03": the item after the
            # bare word is the credential's name whatever its words, and a short name after it its issuer
            self.current, self.previous = _finding(block, s, e, lookup(piece), piece), None
            self.findings.append(self.current)
            return True
        current = self.current
        if self.announced == n - 2 and current is not None and current.start == items[n - 1][0] and \
                current.data.get("issuer") is None and _is_body_line(piece) and not _DATE_ITEM.match(piece):
            current.data["issuer"] = piece
            return True
        if (dated := _rx(r"(?P<date>\d[\d/\-–. ]+\d)\s+(?i:certificat(?:ion|e)|licen[cs]e)").fullmatch(piece)) and \
                "," in text[e:e + 2]:
            if current is not None:
                _detail(current, dated["date"])
            self.announced = n  # "NAS North Island, 03/01/03-03/22/03 Certification, Small Arms Training": the date
            return True         # of the one before, then a bare word announcing the next
        if _NOT_YET_IN_ITEM.search(piece):
            return True     # "Lean Six Sigma (In Progress)", "Legal License Pending November 2016": not held yet
        if (standing := _GOOD_STANDING.search(piece)):
            self.current = _finding(block, s + standing.start("board"), s + standing.end("board"), None, standing["board"])
            self.current.data.update(issuer=standing["board"], tier="license")
            self.findings.append(self.current)
            for role in _CERTIFIED_ROLE.finditer(piece, standing.end()):
                self.findings.append(_finding(block, s + role.start(), s + role.end(), None, role[0]))
            return True
        return False

    def _more_of_the_one_before(self, n: int, s: int, e: int, piece: str, known: list[Mention]) -> bool:
        """An item that belongs to the credential before it (its abbreviation, its level, more cards of one course, a
        course's title), or names nothing held (a duty, a bare credential word or verb, a school line's place)."""
        text, items, block, current, findings = self.text, self.items, self.block, self.current, self.findings
        if current is not None and known and len(known) == 1 and known[0].credential.id == current.data.get("catalog_id") and \
                _rx(r"[\p{Lu}\p{N}\-/&.+ ]+").fullmatch(piece[known[0].start:known[0].end]):
            return True     # "Certified Defense Financial Manager, CDFM": the abbreviation of the one before
        if current is not None and (current.data.get("catalog_id") or "").startswith("series-") and \
                (numbers := _SERIES_MORE.fullmatch(piece)):
            # "Series 7, 9, 10 and 66 Licenses": each number is a licence of its own
            for m in _rx(r"\d{1,2}").finditer(piece):
                cred = lookup(f"Series {m[0]}")
                f = _finding(block, s + m.start(), s + (m.end() if m.end() < numbers.end("numbers") else len(piece)), cred,
                             f"Series {m[0]}")
                f.data["issuer"] = f.data.get("issuer") or "FINRA"
                findings.append(f)
            self.current = findings[-1]
            return True
        if n > 0 and piece.startswith("State ") and text[items[n - 1][0]:items[n - 1][1]].rstrip().endswith("City") and not known:
            return True     # "Valencia Community College City , State Business Management": a school line's place and field
        if _DUTY.match(piece) and _is_prose(piece) and not _CREDENTIAL_WORDS.search(piece):
            return True     # a duty, not something held
        if current is not None and _LEVEL_ONLY.fullmatch(piece) and "," in text[items[n - 1][1]:s]:
            if current.end == items[n - 1][1]:
                self._run_on_to(e)
            return True     # "Swiftwater Rescue Technician, Level II": the level of the credential before, not another
        if _rx(r"(?i)certifi(?:ed|cation|cate)s?|licen[cs]ed?|registered|current|active|valid").fullmatch(piece):
            if _rx(r"(?i)certificat(?:ion|e)|licen[cs]e").fullmatch(piece) and "," in text[e:e + 2]:
                self.announced = n  # "Certification, Small Arms Training, ...": it announces the next item
            return True     # a bare credential word belongs to the item around it
        if _rx(r"(?i)achieved|earned|obtained|received|completed|held|attained|acquired|awarded").fullmatch(piece):
            return True     # "Certificates Achieved.": a verb alone names nothing
        if current is not None and current.data.get("catalog_id") in _CARDS and (
                _rx(r"(?i)AED|CPR|first\s+aid|(?:adult|child|infant)(?:\s*(?:&|and|/)\s*(?:adult|child|infant))*\s+CPR").fullmatch(piece)
                or known and all(k.credential.id in _CARDS for k in known) and
                not _CREDENTIAL_WORDS.search(_rx(r"(?i)\b(?:training|course)\b").sub("", text[current.start:current.end]))
                and not _ISSUER_IN.search(text[current.start:current.end])):
            # "CPR, First Aid and AED", "AHA First Aid, CPR, AED Training Certification": one card
            self._run_on_to(e)  # "CPR, AED, First Aid": one card
            return True
        if current is not None and not known and _rx(r"(?i)pending|in\s+progress|expected.*|candidate").fullmatch(piece):
            findings.remove(current)    # not held yet
            self.current = None
            return True
        if current is not None and (not known or len(known) == 1 and known[0].credential.id == current.data.get("catalog_id")) \
                and _CODE_END.search(text[current.start:current.end]) and not _CREDENTIAL_WORDS.search(piece) and _is_claim(piece):
            self._run_on_to(e)  # "ICS-200, ICS for Single Resources and Initial Action Incident": the course's title
            return True
        return False

    def _detail_of_the_one_before(self, n: int, s: int, e: int, piece: str, known: list[Mention]) -> bool:
        """An item that is the credential before it's date, number or issuer, or the body a "Member," belongs to."""
        text, items, current = self.text, self.items, self.current
        if current is not None and (not known or _CERTIFIED_BY.fullmatch(piece)) and _detail(current, piece):
            self.after_detail = True
            return True
        if current is not None and not known and current.end == items[n - 1][1] and \
                _rx(r"[\ \t]*,[\ \t]*").fullmatch(text[current.end:s]) and _LINE_END.match(text, e) and \
                (current.data.get("issuer") in (None, _catalog_issuer(current)) or current.data.get("issuer_guessed")) and \
                brand_after(piece, text[current.start:current.end]):
            current.data["issuer"] = piece      # "Good Example Practice (GEP), ACME": who issued it
            current.data.pop("issuer_guessed", None)
            return True
        if n > 0 and _rx(r"(?i)(?:\W*\s*)?(?:member|membership|member\s+of)").fullmatch(text[items[n - 1][0]:items[n - 1][1]]) \
                and not known:
            return True     # "Member, American Registered Radiologic Technologists": a body someone belongs to
        return False

    def _a_place(self, n: int, piece: str, known: list[Mention]) -> bool:
        """An item naming where: an organisation at its place (the school of the credential before), or a city."""
        text, items, current = self.text, self.items, self.current
        if not known and (org := _ORG_AT_PLACE.match(piece)) and \
                (current is not None or _ISSUER_ITEM.match(org["org"]) or n > 0 and not _CREDENTIAL_WORDS.search(org["org"])) and \
                not (current is None and (opening := _mentions(org["org"])) and opening[0].start == 0):
            if current is not None and not current.data.get("issuer_shown"):
                current.data["issuer"] = org["org"]     # "Network Security , 2005 The Chubb Institute ï¼ City": its school
            self.current, self.previous, self.place = None, None, True
            return True
        if not known and _is_city(piece, text[items[n + 1][0]:items[n + 1][1]] if n + 1 < len(items) else self.following):
            self.previous, self.place = None, True  # "Pasadena, CA", "Lima, Peru": where, not what
            return True
        return False

    def _an_issuer(self, n: int, s: int, e: int, piece: str, known: list[Mention]) -> bool:
        """An item naming who certified: "NIFS Certified" (the issuer of the name before it), or a body alone (the
        issuer of what follows, or, on a line of places and dates, its certification)."""
        text, block, current, previous, findings = self.text, self.block, self.current, self.previous, self.findings
        if (m := _ISSUER_CERTIFIED.fullmatch(piece)) and (not known or current is not None and canonical_issuer(m["issuer"]) and
                                                            len(known) == 1 and _single_issuer(known[0].credential) is None) and (
                _ACRONYM.fullmatch(m["issuer"]) and m["issuer"] not in _NOT_ACRONYM or canonical_issuer(m["issuer"])):
            if previous is not None:    # "Group Fitness Instructor, NIFS Certified"
                self.current = _finding(block, previous[0], previous[1], lookup(text[previous[0]:previous[1]]),
                                        text[previous[0]:previous[1]])
                self.current.data["issuer"] = m["issuer"]
                findings.append(self.current)
            elif current is not None and not _ISSUER_CERTIFIED.fullmatch(text[current.start:current.end]):
                current.data["issuer"] = m["issuer"]
            elif not known:
                # "CVENT Certified, TIPS Certified.": with no name before it to be the issuer of, a credential of its own
                self.current = _finding(block, s, e, None, piece)
                self.current.data["issuer"] = m["issuer"]
                findings.append(self.current)
            self.previous = None
            return True
        if not known and (canonical_issuer(piece) or not self.every_item and _is_body(piece)):
            others = [text[a:b] for a, b in self.items if a != s]
            if self.claims and others and all(_names_places(o) or _DATE_ITEM.match(o) for o in others) and \
                    any(_names_places(o) for o in others) and _BODY_WORD.search(piece) and \
                    not _rx(r"\b(?:University|College|School|Department|Dept)\b").search(piece):
                # "National Academy of Sports Medicine, California": a line naming only a certifying body claims its certification
                self.current, self.previous = _finding(block, s, e, None, piece), None
                self.current.data["issuer"] = _TRAILING_DATES.sub("", piece).strip(" ,")
                findings.append(self.current)
                return True
            self.current, self.previous = None, None    # a heading or prefix naming the issuer, not a credential
            self.pending = (_TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", piece)).strip(" ,"), n)
            return True
        return False

    def _a_credential(self, n: int, s: int, e: int, piece: str, known: list[Mention], was_after_detail: bool,
                      was_place: bool, was_event: bool) -> None:
        """An item read as a credential of its own (the catalog's, a course taken, a name that reads like one), or as
        what is none: a label's values, a detail line, an event, an address."""
        block, findings, claims, pending = self.block, self.findings, self.claims, self.pending
        if self.label_list:
            return
        if (label := _LABEL_IN.search(piece)) and not _CREDENTIAL_WORDS.search(label[1]) and not known:
            self.label_list = True  # "Hardware: IBM Blade Technology, HP Blade": the rest of the line is that label's values
            return
        if known:
            findings.extend(_known_item(block, s, piece, known))
            current = self.current = findings[-1]
            self.previous = None
            if pending and n - pending[1] <= 3 and (current.data.get("issuer") is None or " / " in current.data["issuer"]):
                # "Kripalu Center for Yoga and Health, ..., 200 Hour Yoga Teacher Certification"
                current.data["issuer"] = pending[0]
            return
        if claims and not known and (course := _COURSE_TAKEN.fullmatch(piece)) and _course_provider(course["inside"]) and \
                not _CREDENTIAL_WORDS.search(course["title"]) and not _NOT_CREDENTIAL.search(course["title"]) and \
                not _ROLE.search(course["title"]):
            # "Software Quality (Example University, Sweden, 2013)": a course taken, who gave it, where and when
            self.current, self.previous = _finding(block, s, s + course.end("title"), None, course["title"]), None
            self.current.data["issuer"] = _course_provider(course["inside"])
            findings.append(self.current)
            return
        current = self.current
        if _looks_like_credential(piece, self.acronyms) or self.every_item and len(piece.split()) <= 6 and \
                not _DATE_ITEM.match(piece) and not _names_places(piece) \
                or claims and _is_claim(piece) and not _names_places(piece) and not (
                    was_event and _TOWN.fullmatch(piece)) and not (
                    _is_place(piece) and (was_after_detail or was_place or current is not None and
                                          current.data.get("issuer") not in (None, _catalog_issuer(current)))) \
                or claims and (platform := _rx(r"\p{Lu}[\p{L}.]+").match(piece)) and canonical_issuer(platform[0]) in _COURSE_PLATFORMS \
                and len(piece.split()) > 1:
            current = self.current = _finding(block, s, e, None, piece)
            self.previous = None
            _issuer_named(current, piece)
            if current.data.get("issuer") is None and (dated := dated_organisation(piece)):
                current.end = s + dated[0]      # "Project Management 05/2009 New Jersey Institute Of Technology": its school
                current.data.update(shown_as=" ".join(piece[:dated[0]].split()), name=" ".join(piece[:dated[0]].split()),
                                    issuer=dated[1])
            findings.append(current)
            if pending and n - pending[1] <= 3 and current.data.get("issuer") is None:
                current.data["issuer"] = pending[0]     # "De Anza College, Marketing Management Certificate"
        elif _LABELLED_VALUE.match(piece):
            return      # "Training Center ID: NJ000025": a detail line, not a credential
        elif _EVENT.search(piece):
            self.current, self.previous, self.event = None, None, True     # an event attended: "Construction Law Seminar"
        else:
            # "..., CADD Centre, JM Road, Pune": after the body that granted it, short capitalised items are its address
            self.place = self.place or bool(claims and _is_place(piece) and
                                            (was_after_detail or was_place or current is not None))
            self.current, self.previous = (current if self.place else None), (None if self.place else (s, e))


def _one_entry(text: str, line: EntryLine, findings: list[Finding]) -> bool:
    """Whether an entry line's name field holds at most one credential, so the line reads as one entry. Several
    found in it, at most one of them the catalog's and no colon between, are one name: they are dropped for it."""
    inside = [f for f in findings if line.name[0] <= f.start < line.name[1]]
    if len(inside) > 1 and ":" not in text[line.name[0]:line.name[1]] and \
            sum(bool(f.data.get("catalog_id")) for f in inside) <= 1:
        # "Example Cloud Exam – Practice Certification Preparation, Example Academy, 2022": the name
        # field is one name, its dash inside the title
        for f in inside:
            findings.remove(f)
    return sum(line.name[0] <= f.start < line.name[1] for f in findings) <= 1


def _entry_issuer(block: Block, line: EntryLine, findings: list[Finding]) -> Finding | None:
    """The credentials found in an entry line's name field take its issuer field as their issuer, and the name is a
    credential whatever its words unless it names a role, an honour or an event. The last of them, or None."""
    text = block.text
    named = [f for f in findings if line.name[0] <= f.start and f.end <= line.name[1]]
    name = text[line.name[0]:line.name[1]]
    field = text[line.issuer[0]:line.issuer[1]] if line.issuer else ""
    course = canonical_issuer(_TRAILING_DATES.sub("", field).strip(" ,")) in _COURSE_PLATFORMS
    if not names_an_entry(name, course):
        for f in named:
            if not f.data.get("catalog_id"):
                findings.remove(f)      # "Example Youth Challenge, Example Body, May 2026": a contest entered
        return None
    if not named and \
            not any(f.start < line.name[1] and line.name[0] < f.end for f in findings):
        f = _finding(block, *line.name, lookup(name), name)
        _issuer_named(f, name)
        findings.append(f)
        named = [f]
    if line.issuer is None:
        return named[-1] if named else None
    issuer = issuer_named(field, name)
    for f in named:
        f.data["issuer"] = issuer
        if course:
            f.data["tier_read"] = "course"      # a course platform's course, whoever made it
        f.data.pop("issuer_guessed", None)
    return named[-1] if named else None


# A level alone: "Level II", "Level 1".
_LEVEL_ONLY = regex.compile(r"(?i)level\s+(?:[IVX]{1,4}|\d{1,2}|one|two|three|four)")

# The rest of a line after an item that ends it: nothing, a date, or a word of status ("Certified", "Active").
_LINE_END = regex.compile(r"(?i)[\ \t.]*(?:,[\ \t]*(?:certified|active|current|valid|completed|"
                          r"(?:\p{L}{3,9}\.?[\ \t]+)?(?:19|20)\d\d\b[^\n]*)[\ \t.]*)?(?:\n|$)")


# A course taken, in a training list: its title, then in brackets who gave it with its year or length ("Software
# Quality (Example University, Sweden, 2013)", "SharePoint Designer Basics (2 days, ATC 2008)").
_COURSE_TAKEN = regex.compile(r"""(?x)
    (?P<title>\p{Lu}[^()]{2,90}?)\s*
    \((?P<inside>[^()]*?\b(?:(?:19|20)\d\d|\d+\s*(?:hours?|hrs|days?|weeks?|months?))\b[^()]*)\)""")


def _course_provider(inside: str) -> str | None:
    """Who gave a course, of the parts of its brackets: not a length, a date, a place or a credential word
    ("2 days, ATC 2008" -> "ATC"; "Microsoft Certified, Exemplar 2001" -> "Exemplar"; "Sample Training - 1999")."""
    for part in _rx(r"\s*[,;]\s*").split(inside):
        part = _rx(r"\s*(?:[-–]\s*)?\b(?:19|20)\d\d\b.*$").sub("", part).strip(" -–")
        if part and _rx(r"\p{Lu}").match(part) and not _CREDENTIAL_WORDS.search(part) and not _names_places(part) and \
                not _rx(r"(?i)\d+\s*(?:hours?|hrs|days?|weeks?|months?)").fullmatch(part):
            return part
    return None


# A town written after an event, perhaps with its dates: "Ranipet", "Mumbai (13th 14th October, 2007)".
_TOWN = regex.compile(r"\p{Lu}\p{Ll}+(?:\s*\([^()]*\))?")

# The numbers after a Series licence: "9", "10 and 66 Licenses".
_SERIES_MORE = regex.compile(r"(?P<numbers>\d{1,2}(?:\s*(?:,|and|&|/)\s*\d{1,2})*)(?:\s+(?i:licen[cs]es?|exams?))?")

# A course code at the end of a credential's name: "ICS-200", "IS-00700.a".
_CODE_END = regex.compile(r"\b\p{Lu}{2,5}-?\d{2,5}(?:\.\p{L}{1,2})?$")


def _known_item(block: Block, s: int, piece: str, known: list[Mention]) -> list[Finding]:
    """The findings of a list item that names catalog credentials.

    One credential: the whole item is it ("Certified AFAA Group Fitness Instructor", "Microsoft Certified
    Systems Administrator (MCSA)"), unless the words before it are a credential of their own (three words
    or more, with a credential word). Several: each, with its own words.
    """
    out = []
    lead = piece[:known[0].start].rstrip(" ,-–:(")
    by = _rx(r"(?P<by>\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,4})\s+(?i:certified|licensed)(?:\s+(?:in|as|for))?").fullmatch(lead)
    if by and not _CREDENTIAL_WORDS.search(by["by"]):
        lead = ""       # "FEMA Certified in ICS-100": the body that certified it, not a credential of its own
    if lead and len(lead.split()) >= 2 and _CREDENTIAL_WORDS.search(lead) and not canonical_issuer(lead) \
            and not _rx(r"\($").search(piece[:known[0].start].rstrip()):
        f = _finding(block, s, s + len(lead), None, lead)
        _issuer_named(f, lead)
        out.append(f)
        first = known[0].start
    else:
        first = 0
    # "Project Management Professional ABA PMP": the abbreviation after the name is the same credential, not another
    # (kept when every earlier mention of its credential is written the same way; the spellings seen so far per
    # credential in a dict, as comparing each with all before it was quadratic in an item of thousands of mentions)
    spellings: dict[str, set[str]] = {}
    kept = []
    for m in known:
        key = _key(piece[m.start:m.end])
        seen = spellings.setdefault(m.credential.id, set())
        if seen <= {key}:
            kept.append(m)
        seen.add(key)
    known = kept
    for n, m in enumerate(known):
        a = first if n == 0 else m.start
        b = m.end
        if len(known) == 1:
            tail = piece[m.end:]
            if not _CREDENTIAL_WORDS.search(_rx(r"(?i)^\s*(?:certified|certification)\b").sub("", tail)) \
                    or _rx(r"\s*\([^()]*\)?\s*").fullmatch(tail) or _rx(r"\s*:\s*\p{Lu}").match(tail):
                b = len(piece)
        f = _finding(block, s + a, s + b, m.credential, piece[a:b])
        _issuer_named(f, piece[a:b])
        out.append(f)
    # "CompTIA Security+ STI Certified Help Desk Professional", "PMP CAS": a credential of its own after the last one
    tail_at = out[-1].end - s
    tail = piece[tail_at:]
    lead_space = len(tail) - len(tail.lstrip(" ,-–/"))
    tail = tail.strip(" ,-–/").rstrip(" .")
    if tail and _rx(r"\p{Lu}{2,6}\b").match(tail) and _looks_like_credential(tail) and not canonical_issuer(tail) and \
            "/" not in piece[tail_at:tail_at + lead_space] and \
            not _DATE_ITEM.match(tail):
        f = _finding(block, s + tail_at + lead_space, s + tail_at + lead_space + len(tail), None, tail)
        _issuer_named(f, tail)
        out.append(f)
    return out


def _detail(finding: Finding, piece: str) -> bool:
    """Read a list item as a detail of the credential before it: its date, number or issuer."""
    d = finding.data
    if _DATE_ITEM.match(piece):
        issued, expires = parse_issued(piece if _rx(r"(?i)issued|expire").search(piece) else "Issued " + piece)
        years = _rx(r"(?:19|20)\d\d").findall(piece)
        if not issued and years:
            us = _rx(r"\b(\d{1,2})/(?:\d{1,2}/)?((?:19|20)\d\d)\b").search(piece)
            issued = f"{us[2]}-{int(us[1]):02d}" if us and 1 <= int(us[1]) <= 12 else years[0]
        if issued and "issued" not in d:
            d["issued"] = issued
        if expires:
            d["expires"] = expires
        elif len(years) == 2 and "issued" in d and not _rx(r"(?i)present|current").search(piece):
            d["expires"] = years[1]
        return True
    if (m := _NUMBER_ITEM.match(piece)):
        d["credential_id"] = m["id"] or m["id2"]
        return True
    piece = _rx(r"^(?:19|20)\d\d\s+(?=\p{Lu})").sub("", piece)     # "2013 Management and Strategy Institute LLC"
    issuer = canonical_issuer(piece)
    named = _ISSUER_ITEM.match(_TRAILING_DATES.sub("", piece).rstrip(" .")) or _CERTIFIED_BY.fullmatch(piece) or \
        (m := _rx(r"(?P<issuer>\p{Lu}{2,8})\s+(?P<place>\p{Lu}.+)").fullmatch(piece)) and _names_places(m["place"]) and m
    if issuer or named:
        if "issuer_shown" not in d:
            # "Certified by X (2014)": X; "credential by the American College of Sports Medicine (ACSM)": without "(ACSM"
            d["issuer"] = piece if issuer else _rx(r"\s*\(\p{Lu}{2,8}\)?$").sub("", named["issuer"])
            d["issuer_shown"] = True
        return True
    return False
