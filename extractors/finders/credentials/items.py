"""What one item of a credentials list is: a credential's name, a claim, a body, a skill, prose, a heading."""
from __future__ import annotations

import regex

from ...text import STRAY_A
from .catalog import canonical_issuer, catalog
from .details import _DATE_IN_BRACKETS, _DATE_ITEM, _LABELLED_VALUE, _NUMBER_ITEM, _TRAILING_DATES
from .issuers import _ISSUER_ITEM
from .mentions import _mentions
from .places import _names_places
from .words import (
    _ACRONYM, _BODY_WORD, _CREDENTIAL_WORDS, _DANGLING, _LEVEL_WORD, _NOT_ACRONYM, _NOT_CREDENTIAL,
    _MONTHS, _OFFICE_SOFTWARE, _PERSONAL_DETAIL, _SKILL_CUE, _SKILL_WORDS, _SMALL_WORDS, _TRIM_END, _TRIM_START, _rx,
)


def _is_body(piece: str) -> bool:
    """An item naming only an organisation: "Goodwill Industries International", "City of Chicago Department Of Health"."""
    bare = _TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", piece)).strip(" ,.")
    return bool(bare) and not _CREDENTIAL_WORDS.search(bare) and not _is_prose(bare) and len(bare.split()) <= 9 and \
        not _rx(r"(?i)(?:fellow|associate|member|chartered|certified|registered|licensed)\b").match(bare) and \
        bool(_ISSUER_ITEM.match(bare) or _rx(r"\b(?:International|Industries|Corporation|Inc|LLC|Ltd|Worldwide|Systems)\.?$").search(bare))


def _names_body(piece: str) -> bool:
    """Whether a list item after a dash names who granted the credential before it rather than a level, a
    product or a credential of its own: "MS Dept. of Transportation (2013)", "UC SAN DIEGO EXTENSION"."""
    bare = _TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", piece)).strip(" ,.")
    if not bare or not _rx(r"\p{Lu}").match(bare) or _CREDENTIAL_WORDS.search(bare) or _mentions(bare) or \
            _LEVEL_WORD.fullmatch(bare) or _OFFICE_SOFTWARE.fullmatch(bare) or _is_prose(bare) or len(bare.split()) > 8:
        return False
    return bool(canonical_issuer(bare) or _ISSUER_ITEM.match(bare) or _BODY_WORD.search(bare) or
                bare.upper() == bare and len(bare.split()) >= 2)

# The same, after a sentence inside an item: "... CPR certified ('08). Courses of Note Applied Reliability".
_HEADING_INSIDE = regex.compile(r"[.:;)]\s+(?:Relevant\s+)?(?:Courses?|Coursework|Core\s+Competencies|Skills|Interests|Affiliations)\b")

# Another section's heading run into a certifications line by the PDF's reflow.
_OTHER_HEADING = regex.compile(r"(?i)(?:(?:relevant\s+|professional\s+|core\s+)?(?:courses?|coursework|skills|competencies|community\s+involvement|"
                               r"interests|affiliations|memberships|organizations?|languages|activities|hobbies|references|volunteer(?:\s+work)?|"
                               r"additional\s+information|personal\s+information|presentations|publications))\b")


# An item with no name in it, only dates, a page mark or a stamp: "1987 and 1988", "May 2008 October 2007",
# "March 16", "August to 7th October 2014.", "Page 5 of 6", "Updated" (whole words only: not "Toto").
_NO_NAME = regex.compile(r"""(?ix)(?:
      [^\p{L}\p{N}]+
    | \b\d+(?:st|nd|rd|th)?\b
    | \b(?:""" + _MONTHS + r""")[a-z]*\b
    | \b(?:to|and|till|until|present|current|page|of|updated|year)\b
    )*""")


def _is_claim(piece: str) -> bool:
    """An item of a certifications list that reads like the name of something held: short, capitalised, no
    sentence, no date, degree, skill word or labelled value."""
    words = piece.split()
    if not words or len(words) > 10 or len(piece) > 90 or not _rx(r"[\p{Lu}\p{N}]").match(piece):
        return False
    if _NOT_CREDENTIAL.search(piece) or _DATE_ITEM.match(piece) or _NUMBER_ITEM.match(piece) or \
            _LABELLED_VALUE.match(piece) or _PERSONAL_DETAIL.match(piece) or piece in _NOT_ACRONYM or \
            not _rx(r"\p{L}{2}").search(piece) or _NO_NAME.fullmatch(piece):
        return False
    if _rx(r"(?i)(?:city|state)(?:\s*,\s*(?:city|state))*|[IVX]+").fullmatch(piece) or \
            _rx(r"#\s*\d|\b\d{5}(?:-\d{4})?$").search(piece):
        return False    # a place, or an address: "Mailbox #256", "NJ 07902"
    if _CREDENTIAL_WORDS.search(piece) and not _looks_like_credential(piece):
        return False    # "CA Certified": a credential word and nothing it names
    if len(words) > 3 and piece.upper() == piece:
        return False    # "PROVEN ADMINISTRATIVE HIGHLY ORGANIZED": a run of capitals, not a name
    if _ISSUER_ITEM.match(_TRAILING_DATES.sub("", piece)) and _rx(r"(?:University|College|School)\b").search(piece):
        return False    # "John A. Logan College 2003 - 2005": a school, not what it granted
    if _names_places(piece) or (label := _rx(r"([\p{L}][\p{L} ]{1,25}?)\s*:\s*\S").match(piece)) and \
            not _CREDENTIAL_WORDS.search(label[1]):
        return False    # a place, or a labelled detail ("Duration : 6 Months", "Platform : windows")
    if _rx(r"\b(?:University|College|School)\b").search(piece) and _rx(r"\b(?:19|20)\d\d\b").search(piece) and \
            not _CREDENTIAL_WORDS.search(piece):
        return False    # "Business Management 1997 Valencia Community College": a course of study
    if _ROLE.search(piece) or _ISSUER_ITEM.match(piece) and not _rx(r"(?i)fellow\b").match(piece) or \
            _OFFICE_SOFTWARE.fullmatch(piece):
        return False    # a role, a membership or an issuer named alone
    if _reads_as_skill(piece, skill_words=False) and not _CREDENTIAL_WORDS.search(piece):
        return False    # "Plasma torch cutting", "Termination procedures": a skill or task
    return not _is_prose(piece)

# Roles, memberships and honours that a certifications list sometimes holds: not credentials. "Graduate" is a person
# where a name ends in it or it comes before "of"/"from" or a student's role ("Example Program Graduate", "Graduate of
# Example Academy", "Graduate Assistant"), not where it names a level inside a name ("Example Association Graduate
# Statistician", "Graduate Example Development Program"); an award is an honour but not one "in" a subject, a
# vocational qualification ("Level 2 Award in Widget Care").
_ROLE = regex.compile(r"(?i)\b(?:panelist|contributor|speaker|graduate(?=\s*$|\s+(?:of|from|assistant|student|research)|\s*[,;(])|"
                      r"(?<!fellow\s)members?|membership|volunteer|president|chair(?:man|person)?|"
                      r"founder|alumni|recipient|awards?(?!\s+in\s+(?-i:\p{Lu}))|honou?rs?|cum\s+laude|dean'?s\s+list|recommendations?|club)\b")


def _is_prose(piece: str) -> bool:
    """Words of a sentence rather than a name: three lower-case words that are not "and", "of", "the"..."""
    words = piece.split()
    lower = [w for w in words if _rx(r"\p{Ll}").match(w) and w.lower() not in _SMALL_WORDS]
    return len(lower) >= 3 or len(words) >= 4 and 2 * len(lower) > len(words)


def _reads_as_skill(piece: str, skill_words: bool = True) -> bool:
    """A list item that describes a skill or task rather than naming something held: "Plasma torch cutting",
    "Termination procedures", "In-depth knowledge of", "Compensation and" (a line broken mid-phrase)."""
    piece = _rx(r"\([^()]*\)").sub(" ", piece).strip(" ,.;:\u00a0" + STRAY_A)     # "(grades PK-12)": a detail
    words = piece.split()
    if not words:
        return False
    lower = [w for w in words if _rx(r"\p{Ll}{3,}").fullmatch(w) and w not in _SMALL_WORDS]
    return bool(len(lower) >= 2 or _rx(r"\p{Ll}").match(piece) or words[-1].lower() in _DANGLING or
                _rx(r"\p{Lu}\p{Ll}+ing").fullmatch(piece) or _rx(r"\p{Lu}\p{Ll}+ing\s+(?:of|in)\s").match(piece) or
                skill_words and (_SKILL_WORDS.search(piece) or _OFFICE_SOFTWARE.fullmatch(piece)) or _SKILL_CUE.search(piece))

# A label whose values follow on the line: "Hardware: IBM Blade Technology", "Platform : windows".
_LABEL_IN = regex.compile(r"(?i)(?:^|\s)((?:computer\s+)?(?:hardware|software|tools|platforms?|technologies|equipment|applications|"
                          r"programs|programming\s+languages|languages|operating\s+systems|databases|skills))\s*:\s*\S")

# A duty bullet run into a list: "Stabilized and managed basic life support of high acuity patients".
_DUTY = regex.compile(r"\p{Lu}\p{Ll}+ed\s+(?:and\s+\p{Ll}+ed\s+)?\p{Ll}")

# What a credential covered, listed after it: "OSHA 62 Hour Site Safety Supervisor which includes:".
_INCLUDES = regex.compile(r"(?i)\s+(?:which\s+)?(?:includes|including|included|consisting\s+of)\s*:")


def _looks_like_credential(piece: str, acronyms: bool = True) -> bool:
    if (state := _rx(r"(?i)((?:new|north|south|west|rhode)\s+)?\p{L}+(?=\s+licen[cs]e)").match(piece)) and \
            state[0].lower() in catalog().places:
        return True     # "tennessee license 133714 inactive": a state's licence
    if _NOT_CREDENTIAL.search(piece) or len(piece) > 120 or _rx(r"(?:and\s+|or\s+)?\p{Ll}{3,}\s").match(piece) or \
            _rx(r"\[\s*\p{L}").search(piece) or len(piece.split()) >= 8 and _is_prose(piece):
        return False    # "Certified [Job Title]" is a template's placeholder
    if _DATE_ITEM.match(piece) or _NUMBER_ITEM.match(piece) or _LABELLED_VALUE.match(piece) or _PERSONAL_DETAIL.match(piece) or \
            _NO_NAME.fullmatch(piece):
        return False
    if _CREDENTIAL_WORDS.search(piece):
        # What is left without the credential words must name something: not "CA Certified", not "Certification".
        rest = _CREDENTIAL_WORDS.sub(" ", piece)
        words = [w for w in _rx(r"[\p{L}\p{N}+#]+").findall(rest) if w not in _NOT_ACRONYM and not _rx(r"\d+").fullmatch(w)]
        return bool(words)
    if acronyms and (numbered := _rx(r"(\p{Lu}{2,6})\s+#?\d{4,}").fullmatch(piece)) and numbered[1] not in _NOT_ACRONYM:
        return True     # "LCS 18224": an abbreviation and its licence number
    return acronyms and bool(_ACRONYM.match(piece)) and piece not in _NOT_ACRONYM and not _rx(r"[IVX]+").fullmatch(piece)


def _is_body_line(title: str | None) -> bool:
    """A short line in capitals that names no credential: a body's or a place's name ("Knox County", "YWCA")."""
    piece = (title or "").strip(_TRIM_START + _TRIM_END)
    words = piece.split()
    return 1 <= len(words) <= 6 and all(w[0].isupper() or w in _SMALL_WORDS for w in words) and \
        not _CREDENTIAL_WORDS.search(piece) and not _mentions(piece) and not _DATE_ITEM.match(piece)
