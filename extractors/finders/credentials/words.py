"""The credential finder's word lists (data/credential_words.json) and the word patterns its readers share."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex

from ...pages.dates import MONTHS
from ...text import STRAY_A


@lru_cache(maxsize=None)
def _rx(pattern: str) -> regex.Pattern:
    """A pattern written where it is used, compiled once (the regex module's own cache costs more per call)."""
    return regex.compile(pattern)


@lru_cache(maxsize=1)
def _lists() -> dict:
    return json.loads(resources.files("extractors.data").joinpath("credential_words.json").read_text("utf-8"))


def words(name: str) -> list[str]:
    """One list of data/credential_words.json, in its order."""
    return _lists()[name]["words"]


def alternation(name: str) -> str:
    """A list's regex fragments as one alternation, tried in the list's order.

    >>> alternation("school_nouns")
    'University|College|Institute|Academy|School'
    """
    return "|".join(words(name))


_ROLE_WORDS = frozenset(words("role_words"))
_TITLE_WORDS = frozenset(words("title_words"))
_TOPIC_ACRONYMS = frozenset(words("topic_acronyms"))
_NOT_ACRONYM = frozenset(words("not_acronyms"))
_STATE_CODES = frozenset(words("state_codes"))
_SMALL_WORDS = frozenset(words("small_words"))
_DANGLING = frozenset(words("dangling_words"))
_NAME_MODIFIERS = frozenset(words("school_name_modifiers"))
_COURSE_PLATFORMS = frozenset(words("course_platform_issuers"))
_CARDS = frozenset(words("card_ids"))
_GENERIC = frozenset(words("generic_ids"))

# An item that names a credential the catalog does not know: a credential word.
_CREDENTIAL_WORDS = regex.compile(rf"(?i)\b(?:{alternation('credential_words')})\b")

# An acronym of capitals, or several: "CPA", "CPA RFC", "EMT-B".
_ACRONYM = regex.compile(r"^(?:\p{Lu}{2,6}(?:[-/]\p{Lu}{1,4})?\d?)(?:\s+\p{Lu}{2,6})*$")

# An event attended or an internship, not a credential held: "Construction Law Seminar", "in-plant training".
_EVENT = regex.compile(rf"\b(?i:{alternation('events')})\b")

# Education and other things a certifications section sometimes holds that are not credentials (and events).
_NOT_CREDENTIAL = regex.compile(r"""(?ix) \b(?:
      high\s+school\s+diploma | ged | bachelor | master\\?['’]?s | master\s+of | doctor\s+of | associate\\?['’]?s?\s+degree
    | degree | b\.?s\.?c? | m\.?b\.?a | gpa | dean\\?['’]?s\s+list     # an apostrophe as typed, curly, or escaped ("Master\'s")
    | languages? | fluent | nationality | visa | skills? | proficient | references? | available\s+upon
    # a school's or college's diploma, not a professional body's ("Professional / Advanced Diploma in Widget Care")
    | (?<!professional\s)(?<!advanced\s)diploma
    | gce | [ao][\s-]?levels? | advanced\s+level | advanced\s+placement
    # school-leaving certificates, a school's to every pupil who finishes: "Matriculation Certificate", "Higher
    # Secondary Certificate (HSC)", "General / Victorian / Kenya Certificate of (Secondary) Education", "Leaving Certificate"
    | matric(?:ulation)? | (?:higher|senior)?\s*secondary(?:\s+school)?\s+(?:school\s+)?certificate | ssc | hsc
    | certificate\s+of\s+(?:secondary\s+)?education | leaving\s+certificate
    | certificates?\s+of\s+(?:recognition|excellence|appreciation|merit|participation|attendance)
    | (?:recognition|excellence|appreciation|merit|participation|attendance|school)\s+certificates?
    | (?:ssl|tls|digital|birth|death|marriage|caste|domicile|income)\s+certificates?
    | honou?rs?
    )\b""" "|" + _EVENT.pattern)

# A personal-details line, its label then a colon or a spaced dash: "Date of Birth(Gender):1993-12-20 (F)",
# "Passport No. : X1234567". Not a word of a name ("Age Management Certification", "Certificate in Gender Studies").
_PERSONAL_DETAIL = regex.compile(rf"(?i)^(?:{alternation('personal_details')})\.?\s*(?:\([^()]{{1,20}}\)\s*)?(?::|[-–]\s)")

# A word that says an item names an organisation ("Knox County Health Department", "CADD Centre"): the bodies'
# and schools' nouns with "Dept", "Extension" and the words of a company's name.
_BODY_WORD = regex.compile(r"\b(?:Dept|Department|Agency|Association|Institute|University|College|Council|Society|Board|"
                           r"Extension|Center|Centre|Academy|School|Corporation|Company|Inc|LLC|Ltd|Group|International|"
                           r"Development|Foundation|Commission|Services|Systems)\b")

# Words that make an item a skill or a subject rather than something held ("Lean Manufacturing Techniques").
_SKILL_WORDS = regex.compile(rf"(?i)\b(?:{alternation('skill_words')})\b")

# Office software named alone is a skill, not a credential ("MS Word", "Excel").
_OFFICE_SOFTWARE = regex.compile(r"(?i)(?:ms|microsoft)?\s*(?:word|excel|powerpoint|power\s+point|outlook|access|office|project|visio)")

# Words that say a line is about what someone knows or can do, not what they hold.
_SKILL_CUE = regex.compile(r"(?i)\b(?:knowledge|knowledgeable|proficien(?:t|cy)|comprehension|familiar(?:ity)?|"
                           r"expert\s+in|experienced|procedures|recruitment|mediation|orientations?|tables)\b")

# Marks trimmed from a list item's ends (the PDF's stray "Â" and no-break spaces among them).
_TRIM_START = " \t*-–:(\"'\u00a0" + STRAY_A
_TRIM_END = " \t.*:\"'\u00a0" + STRAY_A

# The months by their first three letters, as pages/dates.py reads them, for a pattern to follow with "[a-z]*":
# "jan|feb|...|dec" in any case, and capitalised ("Jan|Feb|...|Dec") where a date is written with capitals.
_MONTHS = "|".join(MONTHS)
_MONTHS_CAPITALISED = "|".join(m.capitalize() for m in MONTHS)

# A grade written after a name, not an issuer: "Example Examination (Distinction)", "(Pass)", "(Honours)".
# (a grade, or two of a scale written together: "Pass/Distinction")
_GRADE = regex.compile(rf"(?i)(?:{alternation('grades')})(?:\s*[/,&]\s*(?:{alternation('grades')}))*")

# A level or grade, not an issuer: "EMT - Basic", "Level 2".
_LEVEL_WORD = regex.compile(r"(?i)basic|advanced|intermediate|associate|professional|expert|foundation|practitioner|"
                            r"master|senior|junior|level\s+\w+|[IV]{1,3}|\d")
