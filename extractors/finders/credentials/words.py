"""The credential finder's word lists and word tests, shared by its readers (words from data/credential_words.json)."""
from __future__ import annotations

from functools import lru_cache

import regex


@lru_cache(maxsize=None)
def _rx(pattern: str) -> regex.Pattern:
    """A pattern written where it is used, compiled once (the regex module's own cache costs more per call)."""
    return regex.compile(pattern)

# Words a role title puts after "RN": "RN Case Manager" is the credential, "RN Sharma" a name.
_ROLE_WORDS = frozenset("""nurse case manager supervisor staff charge license licence licensure certified certification board
    educator coordinator director team unit clinical care specialist consultant instructor examiner exam registration lead
    clinician navigator liaison preceptor practitioner manager, bsn msn ii iii iv i level home hospice icu er or pacu med surg
    telemetry float travel pool per diem prn night day shift""".split())

# Last words of a job title, not of a person's name: "Assistant Manager, CPR, Credit".
_TITLE_WORDS = frozenset("assistant associate analyst clerk officer representative agent owner partner president".split())

# An item that names a credential the catalog does not know: a credential word, or an acronym of capitals.
_CREDENTIAL_WORDS = regex.compile(
    r"(?i)\b(?:certified|certification|certificate|certificated|certifications|license|licence|licensed|licensure|"
    r"registered|credential|accredited|accreditation|endorsement|qualification|qualified|diploma\s+in|badge|"
    r"specialist\s+certificate|course\s+certificate|training\s+certificate|permit|card|course|training)\b")

_ACRONYM = regex.compile(r"^(?:\p{Lu}{2,6}(?:[-/]\p{Lu}{1,4})?\d?)(?:\s+\p{Lu}{2,6})*$")

# Acronyms that name a subject or a law, not the body that certifies: "HIPAA Certified Professional" is no HIPAA's.
_TOPIC_ACRONYMS = frozenset("""HIPAA HITECH FMLA ADA EEO HR IT GIS CAD SQL SEO PPC CPR AED BLS ACLS PALS IV ESL ESOL IT ERP CRM
    QA QC HVAC HAZMAT""".split())

# Acronyms that are places or plain words, not credentials.
_NOT_ACRONYM = frozenset("""USA US UK UAE NYC LA DC SF EU NY CA TX FL IL PA OH GA NC MI NJ VA WA AZ MA TN IN MO MD WI CO MN SC AL
    LO KY OR OK CT IA MS AR KS UT NV NM NE WV ID HI ME NH RI MT DE SD ND AK VT WY ASAP N/A NA TBD""".split())

# Education and other things a certifications section sometimes holds that are not credentials.
_NOT_CREDENTIAL = regex.compile(
    r"(?i)\b(?:high\s+school\s+diploma|ged|bachelor|master'?s|associate'?s?\s+degree|degree|b\.?s\.?c?|m\.?b\.?a|gpa|"
    r"languages?|fluent|nationality|visa|skills?|proficient|references?|available\s+upon|diploma|"
    r"general\s+certificate\s+of\s+education|gce|[ao][\s-]?levels?|advanced\s+level|advanced\s+placement|"
    # school-leaving certificates: "Matriculation Certificate", "Higher Secondary Certificate (HSC)"
    r"matriculation|(?:higher|senior)?\s*secondary(?:\s+school)?\s+(?:school\s+)?certificate|ssc|hsc|"
    r"certificates?\s+of\s+(?:recognition|excellence|appreciation|merit|participation|attendance)|"
    r"(?:recognition|excellence|appreciation|merit|participation|attendance|school)\s+certificates?|"
    r"(?:ssl|tls|digital|birth|death|marriage|caste|domicile|income)\s+certificates?|honou?rs?)\b")

# Course platforms: a line naming one is where a course was taken, not a certification.
_COURSE_PLATFORMS = frozenset({"Coursera", "Udemy", "edX", "LinkedIn", "Lynda.com", "Udacity"})

_BODY_WORD = regex.compile(r"\b(?:Dept|Department|Agency|Association|Institute|University|College|Council|Society|Board|"
                           r"Extension|Center|Centre|Academy|School|Corporation|Company|Inc|LLC|Ltd|Group|International|"
                           r"Development|Foundation|Commission|Services|Systems)\b")

# Words that make an item a skill or a subject rather than something held ("Lean Manufacturing Techniques").
_SKILL_WORDS = regex.compile(
    r"(?i)\b(?:techniques?|methodolog(?:y|ies)|analysis|analytics|management|control|studies|design|engineering|planning|"
    r"development|communications?|service|skills?|software|excel|word|powerpoint|outlook|office|writing|thinking|filing|"
    r"teaching|education|solving|relations|marketing|accounting|budgeting|scheduling|negotiation|leadership|sales|research|"
    r"programming|processing|entry|typing|multitasking|organization(?:al)?|interpersonal|verbal|written)\b")

# Office software named alone is a skill, not a credential ("MS Word", "Excel").
_OFFICE_SOFTWARE = regex.compile(r"(?i)(?:ms|microsoft)?\s*(?:word|excel|powerpoint|power\s+point|outlook|access|office|project|visio)")

# Words that do not make a line prose: "Identifying and Reporting Child Abuse and Neglect".
_SMALL_WORDS = frozenset("a an and the of in on for to with by at from or & de la".split())

_STATE_CODES = frozenset("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
    OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split())

# A last word that leaves a phrase unfinished: the rest is on the next line.
_DANGLING = frozenset("a an and the of in on for to with by at from or & all".split())

# Words that say a line is about what someone knows or can do, not what they hold.
_SKILL_CUE = regex.compile(r"(?i)\b(?:knowledge|knowledgeable|proficien(?:t|cy)|comprehension|familiar(?:ity)?|"
                           r"expert\s+in|experienced|procedures|recruitment|mediation|orientations?|tables)\b")

_TRIM_START = " \t*-–:(\"'\u00a0Â"

_TRIM_END = " \t.*:\"'\u00a0Â"

# The cards of a first-aid course, often listed together for one card: "CPR, AED, and First Aid".
_CARDS = frozenset({"cpr", "first-aid", "bls"})

# Catalog entries that name a family rather than one credential.
_GENERIC = frozenset({"six-sigma", "lean", "cpr", "first-aid"})

# Words that may open a school's name before the word naming the school: "Western Nevada College".
_NAME_MODIFIERS = frozenset("""the state community technical western eastern northern southern central new north south east west
    national american international polytechnic medical junior city county career vocational""".split())

_LEVEL_WORD = regex.compile(r"(?i)basic|advanced|intermediate|associate|professional|expert|foundation|practitioner|"
                            r"master|senior|junior|level\s+\w+|[IV]{1,3}|\d")
