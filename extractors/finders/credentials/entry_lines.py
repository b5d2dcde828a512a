"""A certificate line written as one entry's fields: "<name>, <issuer>, <date>" (a LinkedIn export row or a JSON
résumé's certificate rendered as a line: "Spreadsheet Skills for Business, Example University, Feb 2024"). The issuer slot
names who issued the name before it whatever its words, and with the date (or the empty field a template leaves
behind) the name is a credential whatever its words."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ...pages.dates import is_date_line
from .catalog import canonical_issuer, without_gloss
from .cues import _NOT_HELD_LEAD, _NOT_YET_IN_ITEM
from .details import _DATE_ITEM, _LABELLED_VALUE, _TRAILING_DATES
from .issuers import _ISSUER_ITEM
from .items import _ROLE, _is_prose
from .mentions import _mentions
from .places import _is_city, _names_places
from .words import (
    _COURSE_PLATFORMS, _CREDENTIAL_WORDS, _EVENT, _LEVEL_WORD, _MONTHS, _NOT_ACRONYM, _ROLE_WORDS, _SKILL_WORDS, _TITLE_WORDS,
    _TOPIC_ACRONYMS, _rx,
    alternation,
)


@dataclass
class EntryLine:
    name: tuple[int, int]               # the credential's field
    issuer: tuple[int, int] | None      # the issuer's field, None where it is empty ("Name, , 2019")
    after: int                          # where the fields after the name start


def entry_line(text: str, start: int, end: int, claims: bool) -> EntryLine | None:
    """The name and issuer fields of a certifications list line written as an entry, or None: a name, an issuer, then
    a date or the empty field a template leaves ("Metal Cutting Basics, Acme Tooling,"); or a name, an empty issuer
    field and a date ("Certified Example Professional, , Mar 2016"). Two fields alone are not enough: "Six Sigma,
    Greenbelt", "MCSE, Pasadena", "Technology, HP Servers" list things or places."""
    if not claims or "\n" in text[start:end]:
        return None
    fields = _fields(text, start, end)
    if len(fields) == 4 and _blank(text, fields[2]):
        fields = [fields[0], fields[1], fields[3]]      # "Name, Issuer, , 2019": an empty field between
    elif len(fields) == 4 and not _blank(text, fields[1]) and canonical_issuer(text[fields[2][0]:fields[2][1]].strip()):
        # "Example Certified Professional, Web Component Developer, Oracle, May 2013": a known body in the
        # third field, so the comma before it is inside the name
        fields = [(fields[0][0], fields[1][1]), fields[2], fields[3]]
    if len(fields) != 3 or _blank(text, fields[0]):
        return None
    name = _trimmed(text, fields[0])
    issuer = None if _blank(text, fields[1]) else _trimmed(text, fields[1])
    last = text[fields[2][0]:fields[2][1]].strip(" .")
    if last and not (_DATE_ITEM.match(last) or is_date_line(last) or _MONTH_YEAR.fullmatch(last)) or not last and issuer is None:
        return None
    if issuer and not _issuer_field(text[issuer[0]:issuer[1]], entry=True) or not _name_field(text[name[0]:name[1]]):
        return None
    return EntryLine(name, issuer, issuer[0] if issuer else _trimmed(text, fields[2])[0])

# "Apr-25", "Aug 26": a month and a two-digit year, as a template writes a date.
_MONTH_YEAR = regex.compile(rf"(?i)(?:{_MONTHS})[a-z]*\.?[\s-]\d\d")


def _fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated fields of text[start:end], a comma inside brackets or in "Acme, Inc." not counted."""
    out, depth, pos = [], 0, start
    for i in range(start, end):
        ch = text[i]
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth <= 0 and not _rx(r"\s*(?:Inc|LLC|Ltd|Jr|Sr)\b").match(text, i + 1):
            out.append((pos, i))
            pos = i + 1
    out.append((pos, end))
    return out


def _blank(text: str, span: tuple[int, int]) -> bool:
    return not text[span[0]:span[1]].strip(" \t.-–\u00a0")


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and text[a] in " \t\u00a0":
        a += 1
    while b > a and text[b - 1] in " \t.\u00a0":
        b -= 1
    return a, b


def _name_field(piece: str) -> bool:
    """Whether a field can be a credential's name: one short title, not a labelled value ("Name : ...") or a
    sentence, and not several items run together."""
    return len(piece) <= 100 and not _LABELLED_VALUE.match(piece) and piece.count(":") <= 1 and not _is_prose(piece) and \
        not _KIND_ONLY.fullmatch(piece)

# A name that only says what kind of certificate it is: the field after it says in what ("Permanent Certification,
# Secondary Spanish, 2008"), not who issued it. An abbreviation before the word names it ("LEAF Certification").
_KIND_ONLY = regex.compile(r"(?:(?!\p{Lu}{2,6}\s+\p{Lu}\p{Ll})\p{L}+\s+){0,2}(?i:certification|certificate|license|licence|licensure|credential)s?")


def _issuer_field(piece: str, entry: bool = False) -> bool:
    """Whether a field can name who issued the credential before it: a name (capitalised, or a brand like "edX"), not
    a credential, a date, a place, a level or a member's role. With `entry` (the middle field of "<name>, <field>,
    <date>") a provider named for its training ("Ridgeway Training, Inc.", "ACME Training Services") is a name too:
    the field's place says who, and no catalog credential or skill is in it (checked here and below)."""
    bare = _TRAILING_DATES.sub("", piece).strip(" ,")
    return bool(bare) and len(_rx(r"[\p{L}\p{N}]+").findall(bare)) <= 10 and ":" not in bare and \
        bare.count("(") == bare.count(")") and bool(_rx(r"\p{Lu}|\p{Ll}+\p{Lu}|\d+\p{Lu}").match(bare)) and \
        (not _CREDENTIAL_WORDS.search(bare) or entry and _TRAINING_PROVIDER.fullmatch(bare) and not _SKILL_WORDS.search(bare)) and \
        (not _mentions(without_gloss(bare)) or entry and _named_for_training(bare)) and not _DATE_ITEM.match(bare) and \
        not is_date_line(bare) and not _names_places(bare) and not _LEVEL_WORD.fullmatch(bare) and \
        not _ROLE.search(bare) and not _rx(r"(?i)in\s+progress|pending|expected|anticipated").search(bare)


# A provider named for the training it gives: capitalised words (and "and", "of", "&" between), "Training", then
# at most a company's nouns and a bracketed note ("Example Training Services (Online)"). Where it stands between a
# name and a date it is who trained, not a second credential; elsewhere "Confined Space Training" is one.
_COMPANY_NOUNS = r"Services|Solutions|Group|Company|Co\.?|Ltd\.?|Limited|LLC|Inc\.?|Partners"
_TRAINING_PROVIDER = regex.compile(r"""(?x)
    \p{Lu}[\p{L}\p{N}&'.-]*(?:\s+(?:and\s+|of\s+|&\s+)?\p{Lu}[\p{L}\p{N}&'.-]*){0,4}\s+Training
    (?:\s+(?:""" + _COMPANY_NOUNS + r"""|International))*
    (?:\s*\([^()]{1,30}\))?""")


def _named_for_training(field: str) -> bool:
    """A provider named for the training it gives, the credentials it trains for among its words ("Ridgeway TEFL and
    TESOL Training (Online)"): its own name opens it, right before the first of them, and words of that name are left
    without them, "Training" and a company's nouns. "Site Safety and CPR Training" (joined by "and") and "First Aid
    and CPR Training" (no words of its own) name training taken: a second credential, not who trained."""
    if not _TRAINING_PROVIDER.fullmatch(field):
        return False
    bare = _rx(r"\([^()]*\)").sub(" ", field)
    found = sorted(_mentions(bare), key=lambda m: m.start)
    if found and (found[0].start == 0 or _rx(r"(?i)(?:and|&|/|,)\s*$").search(bare[:found[0].start])):
        return False
    for m in reversed(found):
        bare = bare[:m.start] + " " + bare[m.end:]
    return bool(_rx(rf"(?!(?:Training|{_COMPANY_NOUNS}|and|of)\b)"
                    r"\p{Lu}[\p{L}\p{N}&'.-]*").search(bare))


def brand_after(piece: str, name: str) -> bool:
    """Whether a field written after a credential's name and a comma, last on its line, is the brand or body that
    issued it: an abbreviation or a brand's spelling ("Good Example Practice (GEP), ACME", "Certified Example
    Developer, DevCorp") that is no credential, topic, place, level or the name's own initials. The name must show
    it is a credential (a credential word, its own abbreviation in brackets, the brand opening it: "ACME 2 - Site
    Safety, ACME"): "NLP, GCP" lists skills."""
    if not (_CREDENTIAL_WORDS.search(name) or _rx(r"\(\p{Lu}{2,8}\)").search(name) or name.startswith(piece + " ")) or \
            ":" in name:
        return False    # "Insurance License: Health/Life, P&C": the values of a label, one more after the comma
    return bool(_BRAND.fullmatch(piece)) and _issuer_field(piece) and piece not in _TOPIC_ACRONYMS and \
        piece not in _NOT_ACRONYM and not _LEVEL_WORD.fullmatch(piece) and not _SKILL_WORDS.search(piece) and \
        without_gloss(f"{name} ({piece})") == f"{name} ({piece})"

# A brand or body written as an abbreviation (one or two words in capitals: "ACME", "ÖKO TEST") or in camel case
# ("DevCorp").
_BRAND = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&.]+(?:\s+\p{Lu}[\p{Lu}\p{N}&.]+)?|\p{Lu}\p{Ll}+\p{Lu}\p{L}+")


def names_an_entry(piece: str, course: bool = False) -> bool:
    """Whether the name field of an entry line is a credential's (a course's, a programme's) whatever its words: not a
    role, an honour or an event ("Volunteer Worker", "Example Youth Challenge"; a course platform's "Workshop" is its
    course), nor one not held yet ("(in progress)")."""
    return bool(_rx(r"[\p{Lu}\p{N}]").match(piece)) and not _ROLE.search(piece) and not (_EVENT.search(piece) and not course) and \
        not _NOT_AN_ENTRY.search(piece) and not _BODY_AT_END.search(piece) and not _NOT_HELD_LEAD.match(piece) and \
        not _NOT_YET_IN_ITEM.search(" " + piece)

# A name ending in a body's noun is a body sat on, not a credential: "Early Childhood Advisory Board".
_BODY_AT_END = regex.compile(rf"\b(?:{alternation('body_nouns')}|Committee)\s*$")

# What a dated line of a certificates list names when it is no credential: a contest, a grant, a degree.
_NOT_AN_ENTRY = regex.compile(rf"(?i)\b(?:{alternation('not_an_entry')})\b")


def issuer_named(piece: str, name: str = "") -> str:
    """The issuer an issuer field names: the field as written, without its dates, and with a course platform
    beside the body that made the course left out ("Coursera - Example Corp", "Example University/edX"); a platform
    alone yields to the university whose edX brand opens the course's name ("MITx 6.00x: ..., edX" is MITx's)."""
    bare = _TRAILING_DATES.sub("", piece).strip(" ,")
    bare = _rx(r"(?<=\S)\s*\(\p{Lu}\p{Ll}{3,}\)$").sub("", bare)     # "Example Academy (Online)": a note of how or where
    if canonical_issuer(bare) in _COURSE_PLATFORMS and (brand := _EDX_BRAND.match(name)):
        return brand["brand"]
    parts = [p.strip() for p in _rx(r"\s+[-–]\s+|\s*/\s*").split(bare) if p.strip()]
    if len(parts) == 2 and (platform := [p for p in parts if canonical_issuer(p) in _COURSE_PLATFORMS]) and len(platform) == 1:
        return next(p for p in parts if p is not platform[0])
    return bare


def kind_comma_fields(text: str, start: int) -> tuple[int, str | None] | None:
    """A line opened by the kind of credential and a comma, then its fields ("Certification, Windows 7, Microsoft,
    Fort Bragg, NC, 2012"): where the name field ends, and the issuer the next field names when it is a known body
    or an organisation's name (a place or a date is none); None for another line."""
    lead = _KIND_COMMA.match(text, start)
    if not lead:
        return None
    line_end = text.find("\n", lead.end())
    line_end = len(text) if line_end < 0 else line_end
    fields = _fields(text, lead.end(), line_end)
    name_end = _trimmed(text, fields[0])[1]
    if _CREDENTIAL_WORDS.search(text, lead.end(), name_end):
        return None     # "Certificate, Example Association (EA) Certificate, ...": two run together
    issuer = None
    if len(fields) > 1:
        a, b = _trimmed(text, fields[1])
        named = text[a:b]
        if canonical_issuer(named) or _ISSUER_ITEM.match(named):
            issuer = named
    return name_end, issuer

_KIND_COMMA = regex.compile(r"C(?:ertificate|ertification),")

# A university's edX brand opening a course's name, then the course's edX number (which ends in "x"): "MITx 6.00x",
# "HarvardX EX101.1x" (not "AIX 5.x", "UNIX 10.x": a brand is a name with lower case, or capitals then "x").
_EDX_BRAND = regex.compile(r"(?P<brand>\p{Lu}\p{L}*\p{Ll}X|\p{Lu}{2,}x)\s+\p{L}*\d[\w.]*x\b")


def issuer_field_after(text: str, end: int, name: str) -> str | None:
    """The issuer a certificate line's next field names where the line stands outside a certifications list, or None.
    The field must show it is who issued it, as each separator allows: in a bracket with the year ("Example
    Certification (Coursera, 2024)"; a bracket alone mostly holds an abbreviation, a note or a place); after a bar,
    then only a date or place to the line's end ("Certificate in Example Studies | Example Extension, Springfield,
    IL"); after a spaced dash, a brand in capitals or a body ("... (CPWE) – ZWIA"; other words there are the
    subject: "Example Associate - Network Fundamentals"); after a comma, a brand or a body's name after a certified
    role or a name carrying its abbreviation ("Certified Example Developer, DevCorp"; "Teaching License, Mathematics"
    and "Certified Welder, Structural" name the subject). Never a role, a place, a date, a status or the name's own initials."""
    m = _FIELD_AFTER.match(text, end)
    if not m:
        return None
    field = " ".join(m["field"].split())
    words_of = field.split()
    if not _issuer_field(field) or field in _TOPIC_ACRONYMS or field in _NOT_ACRONYM or _SKILL_WORDS.search(field) or \
            _LEVEL_WORD.fullmatch(field) or _STATUS.fullmatch(field) or _DATE_ITEM.match(field) or \
            any(w.lower() in _ROLE_WORDS or w.lower() in _TITLE_WORDS for w in words_of) or \
            len(words_of) > 1 and _PERSON_AT_END.search(field) or _rx(r"\s[-–]\s|â€“|Company\s+Name").search(field) or \
            _rx(r"(?i)certif|licen|credential|\bexpir|\bvalid\b|\bissued\b").search(field) or \
            _rx(r"(?:19|20)\d\d\s+\S").search(field) or _rx(rf"(?i)\b(?:{_MONTHS})[a-z]*\.?\s+\d").search(field) or \
            _rx(r"(?<!^)\b(?!(?:and|for|the)\b)\p{Ll}{3,}").search(field) or \
            without_gloss(f"{name} ({field})") != f"{name} ({field})":
        return None     # a role, a date, words run on, the name's own initials ("Example Switching Associate (ESA)")
    rest = [p.strip() for p in _rx(r"[,|]").split(m["rest"]) if p.strip()]
    if not all(_DATE_ITEM.match(p) or is_date_line(p) or _names_places(p) or _STATUS.fullmatch(p) or
               _is_city(p, rest[n + 1] if n + 1 < len(rest) else "") for n, p in enumerate(rest)):
        return None     # more fields than a date and a place: a list, or a sentence going on
    if _names_places(field) or _is_city(field, rest[0] if rest else ""):
        return None     # "..., Springfield, IL": where, not who
    body = bool(canonical_issuer(field) or _ISSUER_ITEM.match(field))
    if m["paren"]:
        return field if body or _rx(r"(?:19|20)\d\d").search(m[0]) else None
    if m["sep"] == "|":
        return field
    if m["sep"] != ",":
        return field if body or _rx(r"\p{Lu}[\p{Lu}\p{N}&]{2,7}").fullmatch(field) else None
    if " " not in name.strip():
        return None     # "Alex Example, PMP, MBA": a name's letters
    shows = _CERTIFIED_ROLE_NAME.match(name) or _rx(r"\(\p{Lu}{2,8}\)$").search(name)
    # (a plain word in title case is no brand by its shape: "Certified Welder, Structural" names the subject)
    return field if body or _rx(r"\p{Lu}{2,6}\s+\p{Lu}\p{Ll}").match(field) or shows and _BRAND.fullmatch(field) else None

# The fields after a name: in a bracket, the issuer's field and any after it; else a separator, the issuer's field,
# then fields of dates or places (checked above) to the line's end. A grade may stand between ("... with
# Distinction | Example Extension").
_FIELD_AFTER = regex.compile(rf"""(?x)
    (?:[\ \t]+(?i:{alternation('grades')}))?
    (?: [\ \t]*(?P<paren>\()(?P<field>[^,|()\n]{{2,60}}?)(?P<rest>(?:[\ \t]*,[^,|()\n]*)*?)[\ \t]*\)(?![\p{{L}}\p{{N}}])
      | [\ \t]*(?:(?P<sep>[,|])|(?<=[\ \t])(?:[–—-]|â€“))[\ \t]*
        (?P<field>[^,|()\n]{{2,60}}?)
        (?P<rest>(?:[\ \t]*[,|][^,|()\n]*)*?)
        [\ \t]*[.;]?[\ \t]*(?=\n|$)
    )""")
_STATUS = regex.compile(r"(?i)(?:current|active|valid|inactive|expired|renewed|lifetime|verified(?:\s+certificate)?|in\s+good\s+standing)")
# A role, not a body, ending a field of several words: "Agile Coach", "Example Instructor" (but "Example Center").
_PERSON_AT_END = regex.compile(r"(?i)(?<!cent)(?:er|or|ist|ant|ian|coach|nurse|aide|agent)s?$")
# A name that makes its holder a role: "Certified Example Developer", "Licensed Example Agent".
_CERTIFIED_ROLE_NAME = regex.compile(r"(?i:certified|licensed|registered)\s+(?:\p{Lu}[\p{L}\p{N}+-]*\s+){0,4}\p{Lu}[\p{L}]*")


def fields_before_details(text: str, items: list[tuple[int, int]], start: int, end: int) -> tuple[int, bool] | None:
    """Of a certifications list line's items, the index of the last one before its details (the places, dates and
    status closing the line: "..., Springfield, IL", "..., 2019"), and whether a date is among them; None for a line
    of one item or several lines."""
    if len(items) < 2 or "\n" in text[start:end]:
        return None
    k, dated = len(items) - 1, False
    while k > 0:
        piece = text[items[k][0]:items[k][1]].strip()
        following = text[items[k + 1][0]:items[k + 1][1]] if k + 1 < len(items) else ""
        if _DATE_ITEM.match(piece) or is_date_line(piece) or _MONTH_YEAR.fullmatch(piece):
            dated = True
        elif not (_names_places(piece) or _is_city(piece, following) or _STATUS.fullmatch(piece)):
            break
        k -= 1
    return (k, dated) if k >= 1 else None


def in_issuer_place(piece: str, names: str, dated: bool) -> bool:
    """Whether a field standing where a certificate line names its issuer (after the name and a comma or a bar) can be
    the issuer, whatever its words: a name's shape (capitalised words, no words of a sentence: "Zorbing passed on May
    4" is none), not a level, status, skill, topic, version or the initials of the `names` before it. Without a date
    closing the line the names must be one (two words or more, or a product's one word: "ZorbTools"; "Functional,
    Progress" lists two things) and the field holds no digit ("Grades PK-12")."""
    return _issuer_field(piece, entry=True) and piece not in _TOPIC_ACRONYMS and piece not in _NOT_ACRONYM and \
        not _SKILL_WORDS.search(piece) and not _LEVEL_WORD.fullmatch(piece) and not _STATUS.fullmatch(piece) and \
        not _rx(r"(?<!^)\b(?!(?:and|for|the|of|in|on|at|de|du|des|la|le|der|und)\b)\p{Ll}{3,}").search(piece) and \
        not (not dated and (_rx(r"[,|;]").search(_rx(r"\([^()]*\)").sub("", names)) or _rx(r"\d").search(piece) or
                            not _rx(r"\S+\s+\S|\p{Lu}\p{L}*[\p{Ll}\d]\p{Lu}").search(names))) and \
        without_gloss(f"{names} ({piece})") == f"{names} ({piece})"
