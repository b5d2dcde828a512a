"""An organisation named beside a credential, the general way a text says who granted it: a comma, dash or colon, a
connector (from, by, through, with, at, issued by), perhaps a date, then a name ending in an organisation's noun.

"Certificate in Project Management, University of California", "CPR certified through the American Red Cross",
"Advanced Lending Certificate 1996 University of Buffalo", "Principal Certification : School Leadership Gannon
University". A name needs such a noun (University, Institute, Association, Board, Corp, ...): "CPR, First Aid" or
"Forklift Certified, Company Name" name none.
"""
from __future__ import annotations

import regex

from .words import _MONTHS_CAPITALISED, _NOT_CREDENTIAL, alternation, words


def _nouns() -> str:
    """The nouns that end an organisation's name, capitalised or in capitals ("EMILY GRIFFITH OPPORTUNITY SCHOOL")."""
    nouns = [n for n in (*words("school_nouns"), *words("body_nouns"), *words("organisation_nouns"))
             if n != "Administration"]     # "Business Administration" beside a certificate is its field (two words or
                                        # more before it name a body: below)
    return "|".join(dict.fromkeys([*nouns, *(n.upper() for n in nouns)]))


_NOUNS = _nouns()


# A name ending in an organisation's noun: one to five capitalised words before it ("Central Connecticut State
# University"), or "of ..." after it ("University of Buffalo", "Institute Of Technology"); a noun alone ("ITIL
# Foundation") names none, nor the anonymised "Company Name" and "City , State"; no credential word, membership,
# level or verb ("Earned") is part of the name, nor a month before its year ("of Business November, 2008").
_NAME_WORD = rf"(?!(?:City|State)[\ \t]*,|(?:{_MONTHS_CAPITALISED})[a-z]*\.?,?[\ \t]+\d|City(?:[\ \t]+State\b|[\ \t]*$)|(?i:certif|licen|completion|member|basic\b|advanced\b)|(?:Achieved|Awarded|Earned|Obtained|Received|Completed|Passed|Attended)\b)(?:\p{{Lu}}[\p{{L}}\p{{N}}&.'’-]*|\d+(?:st|nd|rd|th)(?![\p{{L}}]))"
_ORGANISATION = rf"""
    (?P<org>
      (?:{_NAME_WORD}[\ \t]+(?:(?i:of|for|and|&|de|the)[\ \t]+)?){{1,5}}(?:{_NOUNS})(?![\p{{L}}])(?!\s+Name\b)
      (?:[\ \t]+(?i:of|for|at|on)(?:[\ \t]+(?:(?i:the|of|for|and|&)[\ \t]+)?{_NAME_WORD}){{1,4}})?
    | (?:{_NAME_WORD}[\ \t]+){{2,5}}Administration(?![\p{{L}}])     # "Transportation Security Administration"
    | (?:{_NOUNS})[\ \t]+(?i:of|for|at)(?:[\ \t]+(?:(?i:the|of|for|and|&)[\ \t]+)?{_NAME_WORD}){{1,4}}
    | (?:{alternation("school_nouns_first")})[\ \t]+(?:de|di|del|da|do|des|du|of)(?:[\ \t]+{_NAME_WORD}){{1,3}}   # "Universidade de Lisboa"
    )"""
# What may stand between a credential and its organisation.
_SEPARATOR = r"[\ \t]*(?:[,;–—-]|â€”|â€“)?[\ \t]*"
_CONNECTOR = r"(?:(?:(?i:issued|awarded|certified|offered|granted|provided|conducted)[\ \t]+)?(?i:by|from|through|thru|via|with|at)[\ \t]+)?"
_DATE = (r"(?:\(?(?:(?:\p{L}{3,9}\.?,?[\ \t]+)?(?:\d{1,2}/)?(?:19|20)\d\d|\d{1,2}/\d\d(?![\d/]))\)?[\ \t]*"     # "07/08" too
         r"(?:[,:;–-][\ \t]*)?)?")
# A word of the credential's own, or its level, before the organisation: "... Certification Garfield Medical Center".
_SKIP = r"(?:(?:Certification|Certificate|Completion|Basic|Advanced)[\ \t]+)?"
_AFTER_BODY = rf"{_SEPARATOR}{_CONNECTOR}(?P<date>{_DATE}){_SKIP}(?:(?i:the)[\ \t]+)?{_ORGANISATION}"
_AFTER = regex.compile(rf"(?x){_AFTER_BODY}")
# An education entry's: "... Certificate : 2015 Atlanta Metropolitan College" (a colon, then the date).
_AFTER_DATED = regex.compile(rf"(?x)[\ \t]*:?{_AFTER_BODY}")
# The livecareer education line: "Name : Field YEAR School ï¼ City , State" (without a date, the field's words would
# run into the name: only "Name: School" then).
_AFTER_FIELD = regex.compile(rf"(?x)[\ \t]*:[\ \t]*(?P<field>[^:\n]{{0,60}}?)[\ \t]+(?P<date>{_DATE}){_ORGANISATION}")


# In the anonymised resumes a name before the place mark (or the place itself, "City , State") ("ï¼ City , State": a "｜" read as Latin-1) is an
# organisation whatever its words: "Certified Chief Information Officer (CIO) : November 2005 UNC-Chapel Hill ï¼ City".
_AT_PLACE = regex.compile(rf"""(?x){_SEPARATOR}:?{_SEPARATOR}
    (?:[^:\n\d]{{1,60}}?[\ \t]+(?=(?:\p{{L}}{{3,9}}\.?[\ \t]+)?(?:\d{{1,2}}/)?(?:19|20)\d\d))?   # a field, before a date: "Life and Health 2013"
    (?P<date>{_DATE})
    (?P<org>(?:{_NAME_WORD}[\ \t]+(?:(?i:of|for|and|&|at)[\ \t]+)?){{0,5}}{_NAME_WORD})[\ \t]*
    (?:ï¼|｜|,?[\ \t]*City[\ \t]*,[\ \t]*State(?![\p{{L}}]))     # the mark, or the place without it: "2013 Kaplan City , State"
    """)


def organisation_at_place(text: str, end: int) -> str | None:
    """The organisation named after a date and before the anonymised place mark right after a credential, or None
    (never the anonymised employer, "Company Name")."""
    m = _AT_PLACE.match(text, end)
    if not m or not m["date"].strip() or "Company Name" in m["org"]:
        return None     # without a date between, a field's words run into the name: "Principal Certification :
    return _tidy(m["org"])  # School Leadership Gannon University ï¼ City"


_YEAR = regex.compile(r"(?:19|20)\d\d|\d{1,2}/\d\d")

# The first organisation of a run of names: "Manor College" of "Manor College American Bar Association approved".
_FIRST_ORGANISATION = regex.compile(rf"(?:\S+[\ \t]+){{0,5}}?(?:{_NOUNS})(?![\p{{L}}])(?:[\ \t]+(?i:of|for|at|on)[\ \t]+.*)?")


_BODY_NOUN_AT_END = regex.compile(rf"(?:{alternation('body_nouns')})$")


def _first_organisation(name: str) -> str:
    """A school's name without a body's name run on after it ("Manor College American Bar Association"); a school's
    own longer name stays ("Temple University Real Estate Institute")."""
    m = _FIRST_ORGANISATION.match(name)
    return m[0] if m and _BODY_NOUN_AT_END.search(name) and not _BODY_NOUN_AT_END.search(m[0]) else name


def school_of_entry(text: str, start: int, end: int, limit: int | None = None) -> str | None:
    """The school or body of an education entry the credential at start:end is part of, a date between them: "Cisco
    Certified Engineer 1997 Dersyha University", "Course Completion Certificate : 2015 Atlanta Metropolitan College",
    "VCU School of Business November, 2008 SHRM Class Certificate"; or None. Resumes list a credential earned at a
    school this way, and the school granted it whatever body the name carries."""
    limit = len(text) if limit is None else limit
    if _YEAR.search(text, end, min(limit, end + 80)):     # (the costly patterns only where a date may follow)
        m = _AFTER_DATED.match(text, end, limit)
        if m and m["date"].strip():
            return _first_organisation(_tidy(m["org"]))
        m = _AFTER_FIELD.match(text, end, limit)
        if m and m["date"].strip() and "\n" not in text[end:m.start("org")]:
            return _first_organisation(_tidy(m["org"]))
    if not _YEAR.search(text, max(0, start - 60), start):
        return None     # no date just before: no entry opening with a school (and no costly search back)
    m = _ENTRY_OPENING.search(text, max(0, start - 160), start)
    return _first_organisation(_tidy(m["org"])) if m and m["date"].strip() and not _NOT_CREDENTIAL.search(m[0]) else None


def organisation_after(text: str, end: int, limit: int | None = None) -> str | None:
    """The organisation named right after a credential that ends at `end` and before `limit` (where the next
    credential starts: "Notary Public, CPR - American Heart Association" names the card's issuer), or None."""
    limit = len(text) if limit is None else limit
    if (m := _AFTER.match(text, end, limit)):
        return _tidy(m["org"])
    if (m := _AFTER_FIELD.match(text, end, limit)) and "\n" not in text[end:m.start("org")] and \
            (m["date"].strip() or not m["field"]):
        return _tidy(m["org"])
    return None


# An item that runs on into the date and organisation of the credential it names, as the livecareer education lines
# do: "Project Management 05/2009 New Jersey Institute Of Technology - City".
_DATED = regex.compile(rf"(?x)[\ \t,]+(?:\d{{1,2}}/)?(?:19|20)\d\d[\ \t]+{_ORGANISATION}")


def dated_organisation(item: str) -> tuple[int, str] | None:
    """Where an item's date before an organisation starts, and the organisation, or None."""
    if (m := _DATED.search(item)) and m.start() > 0:
        return m.start(), _tidy(m["org"])
    return None


# A line that opens with the organisation, then the credential: "Ricoh University January 2001 Image Management
# Certification", "2010 Owens Community College - Toledo OH -Photovoltaic Certification".
# The town: "Toledo OH", or the anonymised "City , State" ("Tulsa Welding School City , State Welding Certificate").
_TOWN_STATE = (r"(?:[\ \t]*[-–,]?[\ \t]*\p{Lu}\p{Ll}+(?:[\ \t]+\p{Lu}\p{Ll}+)?[\ \t]*,?[\ \t]*\p{Lu}{2}(?![\p{L}])"
               r"|[\ \t]*[-–,]?[\ \t]*City[\ \t]*,[\ \t]*State(?![\p{L}]))?")
_LINE_OPENING = regex.compile(rf"(?x)[\ \t]*(?:[*•\-–][\ \t]*)?{_DATE}{_ORGANISATION}{_SEPARATOR}{_DATE}{_TOWN_STATE}[\ \t\-–,:]*")


# A school, a date (and perhaps the place), right before a credential: "VCU School of Business November, 2008 ".
_ENTRY_OPENING = regex.compile(rf"(?x)(?:^|(?<=[\n.;•*]\s*)){_ORGANISATION}{_SEPARATOR}(?P<date>{_DATE}){_TOWN_STATE}[\ \t\-–,:]*$")


def organisation_before(text: str, start: int) -> str | None:
    """The organisation a line opens with when nothing but a date or a place stands between it and the credential
    that starts at `start`, or None."""
    line = text.rfind("\n", max(0, start - 161), start) + 1
    if line == 0 and start > 160 or start - line > 160:
        return None     # a line opening more than 160 characters back (looked for no further: long texts stay linear)
    m = _LINE_OPENING.fullmatch(text, line, start)
    if not m or _NOT_CREDENTIAL.search(m[0]):
        return None     # "Bachelor of Science Lewis University ... Airframe & Powerplant License": the degree's school
    return _tidy(m["org"])


def _tidy(name: str) -> str:
    return " ".join(name.split()).strip(" ,.;:")

