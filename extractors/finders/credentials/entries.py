"""Entries of a Licenses & certifications section (LinkedIn's, an export's rows, a resume's typed lines): the
credential, its issuer, dates, ID and verification link."""
from __future__ import annotations

import regex

from ...document import Block, Entry, Section
from ...findings import Finding
from ...pages.dates import parse_issued
from .catalog import canonical_issuer
from .details import _DATE_ITEM, _TRAILING_DATES, _web_url
from .entry_lines import _issuer_field, brand_after
from .finding import _catalog_issuer, _finding
from .issuers import _ISSUER_ITEM, _issuer_named
from .items import _looks_like_credential
from .lists import _LIST_MARK, _list_findings
from .mentions import lookup
from .places import _names_places
from .words import _ACRONYM, _CREDENTIAL_WORDS, _LEVEL_WORD, _OFFICE_SOFTWARE, _rx, alternation


# The end of a date range the reader split off at its dash ("Mar 2016 – Present"): a date, not an issuer.
_ONGOING = regex.compile(rf"(?i)(?:{alternation('ongoing')})\W*")

# What a list's only credential may follow on its line: a bullet mark, a word run on before it ("Certificate â€¢8 Hour").
_MARK_BEFORE = regex.compile(rf"[^\n]*(?:{_LIST_MARK})\s*")

# Adapters whose certification entries are lines a person typed: a line may hold several credentials.
_LINE_ADAPTERS = frozenset({"plaintext", "generic"})


def _line_entry_findings(entry: Entry, source: str | None = None, claims: bool = True) -> list[Finding] | None:
    """A typed line read as a credentials list, its issuer and date from the entry; None when it is one credential.

    "PMI - Project Management Professional (PMP)": when the name part only names an issuer and the words
    after it are the credential, the credential is read from the input there (plain text keeps offsets).
    """
    title = next((b for b in entry.blocks if b.role == "title"), None)
    if title is None:
        return []
    if entry.organisation and _rx(r"(?i)certificate|certification|license|licence|certified").fullmatch(title.text.strip(" :-")) \
            and (block := _block_after(title, entry.organisation, source)) is not None:
        # "Certificate - Mechanical and Electrical Drafting (CAD)": the word names the kind, the words after name it
        f = _finding(block, 0, len(block.text), lookup(block.text), block.text)
        _issuer_named(f, block.text)
        return [f]
    found = _list_findings(title, claims=claims, following=entry.organisation or "")
    if not found and entry.organisation and canonical_issuer(title.text) is not None or \
            not found and entry.organisation and _ACRONYM.match(title.text.strip()):
        block = _block_after(title, entry.organisation, source)
        if block is not None and (found := _list_findings(block, claims=claims)):
            for f in found:
                if not f.data.get("catalog_id") or f.data.get("issuer") == _catalog_issuer(f) or not f.data.get("issuer"):
                    f.data["issuer"] = title.text.strip()
            return found
    if len(found) == 1 and (found[0].start == 0 or _MARK_BEFORE.fullmatch(title.text, 0, found[0].start)) and \
            found[0].end >= len(title.text.rstrip(" .)")) - 1:
        org = entry.organisation
        if org and claims and not canonical_issuer(org) and not _ISSUER_ITEM.match(_TRAILING_DATES.sub("", org)) and \
                (block := _block_after(title, org, source)) is not None and \
                not (entry.dates and _issuer_field(org, entry=True)) and \
                (more := [f for f in _list_findings(block, claims=True) if f.data.get("catalog_id") or
                          _looks_like_credential(f.quote) and not brand_after(f.quote, found[0].quote)]):
            return found + more     # "CPR Certified, 2015-2016 First Aid Training": a second credential, no issuer
        # (between the name and a date, a field that is no catalog credential is its issuer whatever its shape:
        # "Widget Basics, ZDPA, 2019", "Widget Basics, Ridgeway Training, 2019")
        return None     # the whole line is one credential: read it as an entry, with its issuer and dates
    issued, _ = parse_issued(entry.dates)
    for f in found:
        if entry.organisation and _opens_with_brand(f.quote, entry.organisation):
            f.data["issuer"] = _rx(r"\p{Lu}[\p{L}]+").match(f.quote)[0]
        elif entry.organisation and not _DATE_ITEM.match(entry.organisation) and not _ONGOING.fullmatch(entry.organisation.strip()) and \
                not _names_places(_CREDENTIAL_WORDS.sub(" ", entry.organisation)) and \
                not canonical_issuer(entry.organisation) == canonical_issuer(f.data.get("issuer")):
            if not f.data.get("issuer") or f.data.get("catalog_id") and f.data["issuer"] == _catalog_issuer(f):
                f.data["issuer"] = entry.organisation
        if issued:
            f.data.setdefault("issued", issued)
    return found


def _block_after(title: Block, words: str, source: str | None) -> Block | None:
    """A block for `words` where they follow the title in the plain-text input, or None."""
    if source is None or title.offset is None:
        return None
    at = source.find(words, title.offset + len(title.text))
    if at < 0 or "\n" in source[title.offset:at]:
        return None
    block = Block(words, "title", title.locator, offset=at)
    block.section, block.entry = title.section, title.entry
    return block


def _entry_finding(section: Section, entry: Entry, today: str | None) -> Finding | None:
    title = next((b for b in entry.blocks if b.role == "title"), None)
    if title is None or not title.text.strip():
        return None
    name = entry.title or title.text
    if entry.organisation and (_LEVEL_WORD.fullmatch(entry.organisation.strip()) or _DATE_ITEM.match(entry.organisation) or
                               _ONGOING.fullmatch(entry.organisation.strip()) or
                               _OFFICE_SOFTWARE.fullmatch(entry.organisation.strip()) or
                               _rx(r"\d\.\d").search(entry.organisation) and not canonical_issuer(entry.organisation)):
        entry = Entry(title=name, organisation=None, start=entry.start, end=entry.end,
                      dates=entry.dates or (entry.organisation if _DATE_ITEM.match(entry.organisation) else None),
                      details=entry.details)    # "EMT - Basic", "MOS - Word", "X - IBM BPM 8.5": a level, date or product
    if entry.organisation and _opens_with_brand(name, entry.organisation):
        entry = Entry(title=name, organisation=_rx(r"\p{Lu}[\p{L}]+").match(name)[0], start=entry.start, end=entry.end,
                      dates=entry.dates, details=entry.details)
    cred = lookup(name, entry.organisation)
    f = _finding(title, 0, len(title.text), cred, name, entry.organisation)
    if not entry.organisation:
        _issuer_named(f, name)
    issued, expires = parse_issued(entry.dates)
    if not issued and entry.start and entry.start != "present":
        issued = entry.start
    if not expires and entry.end and entry.end != "present" and not entry.dates:
        expires = entry.end
    f.data.update(issued=issued, expires=expires,
                  credential_id=entry.details.get("credential_id") or entry.details.get("license_number"),
                  url=_web_url(entry.details.get("credential_url") or entry.details.get("url")))
    if expires and today:
        f.data["expired"] = expires < today[: len(expires)]
    if section.partial:
        f.data["list_partial"] = True
        if section.total:
            f.data["list_total"] = section.total
    return f


def _opens_with_brand(name: str, after: str) -> bool:
    """Whether a known body's brand opens the name and the words after its dash name no body: "VMware Certified
    Professional 5 - Data Center Virtualization" is VMware's, and Data Center Virtualization its track."""
    brand = _rx(r"\p{Lu}[\p{L}]+").match(name)
    return bool(brand and canonical_issuer(brand[0]) and not canonical_issuer(after) and not _ISSUER_ITEM.match(after) and
                not _DATE_ITEM.match(after))
