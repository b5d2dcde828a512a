"""Certifications and licenses, wherever a profile or resume names them.

Three readings, one catalog (data/credentials.json):
- an entry of a Licenses & certifications section (any page layout, or an export's Certifications.csv)
  is a credential whether or not the catalog knows it (unknown ones get tier "unknown");
- a credentials list (the lines of a resume's "Certifications" section, or "Certifications: CPA, Six
  Sigma Green Belt" inline) is split into items: each item is a credential, known or not, and the
  issuer, date and licence number written beside it are read as its details;
- anywhere else (About, Experience), only catalog credentials count, and short or ambiguous aliases
  (PE, RN, CPA, CPR) only with a credential cue beside them, so "PE ratio", "CPA firm" and "RN Sharma"
  stay quiet.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from ..document import Block, Entry, Profile, Section
from ..findings import Finding
from ..pages.dates import parse_issued

TIERS = ("license", "experience-gated", "exam", "course", "unknown")


@lru_cache(maxsize=None)
def _rx(pattern: str) -> regex.Pattern:
    """A pattern written where it is used, compiled once (the regex module's own cache costs more per call)."""
    return regex.compile(pattern)


@dataclass(frozen=True)
class Credential:
    id: str
    name: str
    issuer: str | None
    tier: str
    field: str | None = None


@dataclass(frozen=True)
class Alias:
    text: str
    credential: Credential
    exact: bool        # written in capitals: matches only in the same case
    guarded: bool      # needs a credential context


@dataclass
class Mention:
    start: int
    end: int
    credential: Credential
    guarded: bool


_SEP = "\x00"   # an alias's space or hyphen: matches any run of spaces and dashes


def _key(text: str) -> str:
    """The lookup key of an alias or a matched span: lower case, spaces and dashes as one separator."""
    return _SEP_RUN.sub(_SEP, text.strip()).lower()


_SEP_RUN = re.compile(r"[\s\-\u2010-\u2015]+")


# Every character other than a space that the catalog's keys treat as a separator ([\s\-\u2010-\u2015]).
_SEPARATOR = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x3001)
                                       if c != 0x20 and (chr(c).isspace() or c == 0x2D or 0x2010 <= c <= 0x2015)) + "]")
_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r" {2,}")


def _folded(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text in lower case with each run of spaces and dashes as one space, and the (folded, original)
    offsets where the two start to differ."""
    low = text.lower()
    if len(low) != len(text):       # a character whose lower case is longer ("İ") stays as it is
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low = _SEPARATOR.sub(" ", low)     # one character for one: offsets hold
    marks = [(0, 0)]
    if "  " not in low:
        return low, marks
    parts, pos, removed = [], 0, 0
    for m in _SPACES.finditer(low):
        parts.append(low[pos:m.start() + 1])
        removed += m.end() - m.start() - 1
        marks.append((m.end() - removed, m.end()))
        pos = m.end()
    parts.append(low[pos:])
    return "".join(parts), marks


def _trie_pattern(words: list[str]) -> str:
    """One alternation for many words, factored by their common prefixes."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class Lexicon:
    """Many literal keys found in text by a dict lookup of each word: nothing large to compile at start-up.

    A key matches where it is spelled in any case, its separators matching any run of spaces and dashes,
    with no letter or digit just before or after it; at each place the longest key wins, and the scan goes on
    after it (what one large alternation would find, without the second it takes to compile).
    """

    def __init__(self, keys: list[str]):
        # first word -> the next (up to) three characters of the key -> keys, longest first
        self.by_first: dict[str, dict[str, list[str]]] = {}
        lead = set()
        for key in keys:
            k = key.replace(_SEP, " ")
            m = _WORD.match(k)
            if not m:
                lead.add(k[0])
            first = m[0] if m else k[0]
            self.by_first.setdefault(first, {}).setdefault(k[len(first):len(first) + 3], []).append(k)
        for after in self.by_first.values():
            for ks in after.values():
                ks.sort(key=len, reverse=True)
        self.lead = lead
        self._starts: re.Pattern | None = None

    @property
    def starts(self) -> re.Pattern:
        """Where a key may start: a word that starts a key (a few hundred words, as a trie: it compiles in
        milliseconds, on first use, and keeps the scan in C), or a mark that does ("(ISC)²")."""
        if self._starts is None:
            words = _trie_pattern(sorted(set(self.by_first) - self.lead))
            marks = "".join("|" + re.escape(c) for c in sorted(self.lead))
            self._starts = re.compile(rf"(?<![^\W_])(?:(?:{words})(?![^\W_]){marks})")
        return self._starts

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each key found in the text, left to right, without overlaps."""
        norm, marks = _folded(text)
        out: list[tuple[int, int]] = []
        after = 0
        for m in self.starts.finditer(norm):
            q = m.start()
            if q < after:
                continue
            nexts, w = self.by_first[m[0]], m.end()
            best = 0
            for n in (3, 2, 1, 0):
                for k in nexts.get(norm[w:w + n], ()):
                    if len(k) > best and norm.startswith(k, q) and not _WORD.match(norm, q + len(k)):
                        best = len(k)
                        break
            if best:
                out.append((_original(marks, q), _original(marks, q + best - 1) + 1))
                after = q + best
        return out


def _original(marks: list[tuple[int, int]], at: int) -> int:
    """The offset in the original text of a folded text's offset."""
    n = bisect.bisect_right(marks, (at, 1 << 62)) - 1
    folded, original = marks[n]
    return original + at - folded


@dataclass
class Catalog:
    by_id: dict[str, Credential]
    aliases: dict[str, list[Alias]]      # key -> the aliases (of one or more credentials) it spells
    lexicon: Lexicon                     # every alias key
    issuers: dict[str, str]              # issuer key -> canonical issuer name
    issuer_lexicon: Lexicon              # any issuer spelling, for finding one named inside an item
    issuer_spellings: frozenset          # the spellings as written
    issuer_tiers: dict[str, str]         # canonical issuer -> tier of credentials the catalog does not know
    places: frozenset = frozenset()      # states and countries, lower case
    shared: dict = None                  # issuer key -> [(body, its context words)]: "AWS" in a welding text


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    raw = json.loads(resources.files("extractors.data").joinpath("credentials.json").read_text("utf-8"))
    by_id: dict[str, Credential] = {}
    aliases: dict[str, list[Alias]] = {}
    for item in raw["credentials"]:
        cred = Credential(item["id"], item["name"], item.get("issuer"), item["tier"], item.get("field"))
        by_id[cred.id] = cred
        spelled = [(a, False) for a in [item["name"], *item.get("aliases", [])]]
        spelled += [(a, True) for a in item.get("guarded", [])]
        for text, guarded in spelled:
            exact = text.upper() == text and any(c.isalpha() for c in text)
            aliases.setdefault(_key(text), []).append(Alias(text, cred, exact, guarded))
    issuers: dict[str, str] = {}
    issuer_tiers: dict[str, str] = {}
    shared: dict[str, list] = {}
    for item in raw.get("issuers", []):
        for spelling in [item["name"], *item.get("aliases", [])]:
            issuers.setdefault(_key(spelling), item["name"])
        if item.get("tier"):
            issuer_tiers[item["name"]] = item["tier"]
        for spelling in item.get("shared", []):
            words = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(w) for w in item["context"]) + ")")
            shared.setdefault(_key(spelling), []).append((item["name"], words))
    issuer_lexicon = Lexicon([k for k in issuers if len(k) > 2])
    written = frozenset(sp for item in raw.get("issuers", []) for sp in [item["name"], *item.get("aliases", [])])
    return Catalog(by_id, aliases, Lexicon(list(aliases)), issuers, issuer_lexicon, written, issuer_tiers,
                   frozenset(p.lower() for p in raw.get("places", [])), shared)


def canonical_issuer(name: str | None, context: str | None = None) -> str | None:
    """The catalog's name for an issuer as a profile spells it ("PMI" -> "Project Management Institute"); a
    spelling two bodies share is the one whose words are in `context` ("AWS" beside "welding")."""
    if not name:
        return None
    key = _key(_rx(r"[.,;]+$").sub("", name))
    cat = catalog()
    if context and key in cat.shared:
        for body, words in cat.shared[key]:
            if words.search(context):
                return body
    return cat.issuers.get(key)


# --- context rules for free text -------------------------------------------------------------------

# A cue that the words beside an alias are about a credential.
_CUE_BEFORE = regex.compile(
    r"(?i)(?:\b(?:certified|licensed|registered|certification|certifications|license|licence|licensure|credentials?|"
    r"holds?|holder|passed|earned|obtained|achieved|awarded)\b|:|\bas\s+an?)[\s,]*(?:(?:an?|the|as|in|of)\s+)?$")
_CUE_AFTER = regex.compile(
    r"(?i)^[\s\-–(]*(?:certified|certification|certificate|license|licence|licensed|licensure|credential|holder|"
    r"registered|accredited|designation|charterholder|\(|,?\s*(?:inactive|active)\b)")
# Not the candidate's credential (yet), or not a credential at all.
_NOT_AFTER = regex.compile(
    r"(?i)^[\s\-–/]*(?:firms?|ratios?|teachers?|class(?:es)?|funds?|backed|investors?|investments?|portfolios?|"
    r"candidates?|eligible|eligibility|track|coursework|review|prep|preparation|students?|exams?|tests?|"
    r"requirements?|pending|in\s+progress|expected|partners?\s+at|clients?|practice|offices?|pipe|pipes|"
    r"fittings?|tax\s+firm|certification\s+(?:pending|in\s+progress|expected)|\(?in\s+progress|skills?|knowledge|"
    r"best\s+practices?|framework|methodology|methodologies|principles|metrics?|standards?|concepts?|course|"
    # "an ISO certified company", "ITIL process": what an organisation holds, or a method followed
    r"(?:certified\s+)?(?:compan(?:y|ies)(?!\s+Name)|organi[sz]ations?|facilit(?:y|ies)|suppliers?|vendors?)|process(?:es)?|"
    # "2nd dan black belt in karate": a martial art's rank
    r"in\s+(?:karate|judo|taekwondo|tae\s+kwon\s+do|jiu[\s-]?jitsu|kung\s+fu|martial\s+arts?|mma))\b")
_NOT_BEFORE = regex.compile(
    r"(?i)\b(?:pursuing|pursue|seeking(?:\s+for)?|soon(?:\s+to\s+be)?|will\s+(?:be|get|have)|working\s+(?:towards?|on)|"
    r"(?:preparing\s+(?:and|&)\s+)?scheduled|"
    r"studying\s+for|preparing\s+for|prepare\s+for|candidate\s+for|"
    r"enrolled\s+in|sitting\s+for|eligible\s+for|eligibility\s+for|training\s+for|studying|currently\s+taking|"
    # what someone knows or took a course on, or a session they ran, is not a credential held
    r"knowledge\s+(?:of|with|in)|(?:a|the)\s+course\s+(?:for|on|in)|taking|took|monthly|weekly|annual|quarterly|"
    r"(?:Society|Association|Institute|Academy|Council|Registry|Federation|Alliance)\s+(?:of|for))"
    r"(?:\s+(?:the|my|an?))?(?:\s+\p{Lu}[\p{L}]+['’]s)?\s*$")
# The same pattern read right to left and anchored at the end: whether a text ends with a _NOT_BEFORE phrase, in a
# few microseconds instead of a forward search from every start of a long prefix (every match ends at the end).
_NOT_BEFORE_AT_END = regex.compile(_NOT_BEFORE.pattern, _NOT_BEFORE.flags | regex.REVERSE)
_NOT_BEFORE_GUARDED = regex.compile(
    r"(?i)\b(?:(?:project|client|company|title|role|product|environment|technolog(?:y|ies)|tools?)\s*:|"
    r"the|outside|external|our|their|his|her|client'?s|company'?s|with\s+an?|for\s+an?|to\s+an?|by\s+an?|"
    r"from\s+an?|other|local|national|regional|big\s+4|big\s+four|several|multiple|staff)\s*$")
# After a person's name: "Jane Roe, RN", "John Smith, P.E., CPA".
_AFTER_NAME = regex.compile(
    r"(?:^|\n)\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+,\s*(?:[A-Z][A-Za-z.\-/]*[A-Z.],\s*)*$")
# Words a role title puts after "RN": "RN Case Manager" is the credential, "RN Sharma" a name.
_ROLE_WORDS = frozenset("""nurse case manager supervisor staff charge license licence licensure certified certification board
    educator coordinator director team unit clinical care specialist consultant instructor examiner exam registration lead
    clinician navigator liaison preceptor practitioner manager, bsn msn ii iii iv i level home hospice icu er or pacu med surg
    telemetry float travel pool per diem prn night day shift""".split())
_COURSE_AFTER = regex.compile(r"[^.;:]{0,25}?\bcourses?\b")
_BRACKETED = regex.compile(r"^\s*\([^()]{1,12}\)")
# "Classes included: MS Windows, Office and A+ Certification": what a course covered.
_COURSE_LIST_BEFORE = regex.compile(r"(?i)\b(?:classes|courses|coursework|subjects|modules)(?:\s+\w+)?\s*:[^.:;]*$")
# Last words of a job title, not of a person's name: "Assistant Manager, CPR, Credit".
_TITLE_WORDS = frozenset("assistant associate analyst clerk officer representative agent owner partner president".split())
# A credentials list written inline: "Certifications: CPA, Six Sigma Green Belt".
_LIST_LABEL = regex.compile(
    r"(?:^|[\n|•]\s*|[.;]\s+|\b(?:19|20)\d\d\s+)(?i:(?:professional\s+|relevant\s+|key\s+)?(?:certifications?|certificates?|"
    r"licen[cs]es?(?:\s*(?:&|and)\s*certifications?)?|certifications?\s*(?:&|and)\s*licen[cs]es?|credentials|licensure|"
    r"designations))\s*(?:[:\-–]|\s(?=\p{Lu}))\s*")


# "certified in Zumba Gold, Zumba Toning and Zumba Kids", "licensed in California Property and Casualty Insurance".
_CERTIFIED_IN = regex.compile(r"\b(?i:certified|licensed|certifications?)(?:/(?i:accredited|licensed|certified))?\s+(?:in|as)\s+(?=\p{Lu})")
# "Forklift and HAZMAT certified": two credentials, each one word or acronym.
_PAIR_CERTIFIED = regex.compile(r"(?<![\p{L}\p{N}])(?P<a>\p{Lu}[\p{L}+]{1,20})\s+(?:and|&)\s+(?P<b>\p{Lu}[\p{L}+]{1,20})\s+(?i:certified)\b")
# A capitalised name ending in a credential word, in free text: "Salesforce Marketing Cloud Consultant Certification".
_NAMED_CREDENTIAL = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?:\p{Lu}[\p{L}\p{N}+#&./'-]*|\(\p{Lu}[\p{Lu}\p{N}&/-]{1,9}\))\s+"
    r"(?:(?:\p{Lu}[\p{L}\p{N}+#&./'-]*|\(\p{Lu}[\p{Lu}\p{N}&/-]{1,9}\)|of|and|in|for|&)\s+){0,5})"
    r"(?:(?i:certification|certificate|license|licence|licensure)(?:\s+in(?:\s+\p{Lu}[\p{L}&/-]*){1,4}(?=[\s,.;]|$))?|Certified)(?![\p{L}])")
# The body named just before "certified in": "... Testing Institute (NOCTI) certified in CAD".
_BODY_BEFORE = regex.compile(r"(?P<by>(?:\p{Lu}[\p{L}&'.-]*\s+(?:(?:of|for|and|&)\s+)?){0,6}(?:Institute|Association|Council|Board|"
                             r"Society|Academy|Agency|Department|Commission|Center|Centre|Foundation))\s*(?:\(\p{Lu}{2,8}\)\s*)?$")
# The kind of credential, then what it is in: "Certificate Program in Project Management", "Certification for Nebraska
# Pharmacy Technician", "Certificate of Achievement - Business Administration".
_KIND_THEN_NAME = regex.compile(
    r"(?<![\p{L}])(?:Certificate|Certification|(?<![\p{L}\p{N}.] )(?:certificate|certification))"
    r"(?:\s+Program\s+(?:in|for)\s+|\s+of\s+(?:Achievement|Completion)\s*[-–:*]\s*|\s+(?:in|for)\s+|\s*[-–:]\s+)"
    r"\p{Lu}[\p{L}&/+#-]*(?:\s+(?:(?:and|of|&|for|to|in)\s+)?(?:\p{Lu}\p{Ll}[\p{L}&/+#-]*|\p{Lu}{1,4}[+#]*(?![\p{L}])|"
    r"\(\p{Lu}{2,6}\))){0,7}")
# Where a name read after its kind stops: a school, a course platform, the anonymised place, a year.
_NAME_STOPS = regex.compile(r"\s+(?:(?:The\s+)?(?:\p{Lu}[\p{L}.&'-]*\s+)?(?:University|College|Institute|School|Academy)\b|"
                            r"(?:from|at|by|through)\s|City(?=\s*,\s*State)|(?:19|20)\d\d\b).*", regex.S)
# Words before a name that are not part of it: "Achieved the Chief Financial Officer (CFO) certification".
_LEAD_WORDS = regex.compile(r"(?:^|(?<=\s))(?:(?:Achieved|Awarded|Earned|Obtained|Received|Completed|Holds?|Held|Passed|"
                            r"Maintains?|Obtains?|Current|Active|Valid|The|A|An|My|And|Also|Including|Got|Gained|Acquired|Attained|Secured|"
                            r"Have|Has|Had|Did|Done)\s+)+")
_NAME_GOES_ON = regex.compile(r"(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}+#&./'-]*|\d+|-|–|and|of|for)(?![\p{L}]))*(?<![ \t\-–]|and|of|for)")
_PURSUING = regex.compile(r"(?i)\b(?:studying|pursuing|preparing|seeking|working\s+towards?|candidate|enrolled)\b")
# "NHA certification", "LEED certified": an acronym and a credential word.
_ACRONYM_THEN_WORD = (r"(?<![\p{L}\p{N}])\p{Lu}{2,8}\d?\s+(?:certification|certificate|license|licence|certified)\b"
                      r"|(?<![\p{L}\p{N}])\p{Lu}{2,8}\d?(?:\s+\p{Ll}{3,}){1,3}\s+(?:certification|certificate|certified)\b")
_EARNED_VERBS = r"\b(?i:awarded|earned|obtained|achieved|received|holds?|passed)"
_ACRONYM_CREDENTIAL = regex.compile(_ACRONYM_THEN_WORD + r"|(?<=" + _EARNED_VERBS + r"\s+(?:(?:a|an|the|my)\s+)?)"
                                    r"(?:\p{L}[\p{L}-]+\s+){1,4}(?:certification|certificate|license|licence)\b")
# Its last branch ("earned the Food Safety certification") tries a lookbehind at every position, most of the
# pattern's time; it can match only after one of those verbs and a space, so a text without one is read with the
# first two branches alone: the same matches.
_ACRONYM_CREDENTIAL_UNEARNED = regex.compile(_ACRONYM_THEN_WORD)
_EARNED_VERB = regex.compile(_EARNED_VERBS + r"\s")
# What a named credential's words are about when they are no credential held: "ISO certification process".
_NOT_AFTER_NAMED = regex.compile(r"(?i)^\s+(?:process|program|programs|requirements?|audits?|standards?|exams?|renewals?|"
                                 r"compliance|training|courses?|class(?:es)?|efforts?|projects?|applications?|procedures?|"
                                 r"updates?|renewals?|compan(?:y|ies)(?!\s+Name)|organi[sz]ations?|facilit(?:y|ies)|suppliers?|vendors?|"
                                 r"documentation|tracking|testing|review|reviews|timelines?|verification|site|ids?|numbers?|"
                                 r"(?:and|&)\s+(?:\w+\s+){0,2}(?:programs?|services?|courses?|classes|solutions)|"
                                 r"(?:from\s+[^.]{0,60}?\s+)?for\s+(?:an?|the|our|its|their)\s+(?:\w+\s+){0,2}(?:building|project|office|"
                                 r"facility|renovation|site|plant|product|company|clients?|customers?)|"
                                 # "Account Certification Operations Analyst": a job title
                                 r"(?-i:(?:\p{Lu}\p{Ll}+\s+)?(?:Analyst|Manager|Coordinator|Specialist|Clerk|Representative|Officer|"
                                 r"Supervisor|Director|Department|Team|Unit)))\b")
# "a certified professional floral designer", "certified TRX trainer": a cue and the role it makes someone.
_CERTIFIED_ROLE = regex.compile(
    r"(?<![\p{L}-])(?i:certified|licensed|registered)\s+(?:(?!(?i:and|or)\s)[\p{L}+&/-]+\s+){0,4}(?i:trainer|designer|chef|instructor|coach|"
    r"teacher|technician|specialist|professional|consultant|assistant|inspector|auditor|operator|therapist|counselor|"
    r"counsellor|planner|appraiser|mediator|interpreter|translator|paralegal|practitioner|administrator|electrician|plumber|"
    r"welder|driver|educator|lifeguard|guide|investigator|dietitian|nutritionist|sommelier|mechanic|pilot|broker|agent|"
    r"assessor|examiner|estimator|fitter|installer|arborist|surveyor|accountant|nurse|aide|phlebotomist|coder|biller|manager|"
    r"immunizer|recruiter|interviewer|facilitator|ambassador|notary|paramedic|firefighter|diver|climber|advocate|attorney|"
    r"lawyer|solicitor|barrister)"
    r"(?![\p{L}])"
    r"|(?<![\p{L}-])(?:\p{Lu}\p{Ll}+\s+)?(?i:teacher|educator|nurse|trainer|instructor|coach|counselor|technician|paramedic|"
    r"reviewer|auditor|assessor|inspector|mediator|facilitator)\s+certified(?=\s+(?:by|in|for|through|with)\b)")
# "Philippine Institute of Certified Public Accountants": a body's name, not the credential it is named after.
_ORGANISATION_OF = regex.compile(r"(?:Society|Association|Institute|Academy|Council|Registry|Federation|Alliance|Board)\s+(?:of|for)\s+"
                                 r"(?:the\s+)?(?:\p{Lu}\p{L}*\s+)*?(?:Certified|Chartered|Registered|Licensed)\b")
# "Peer Reviewer certified for Quality Matters": the body a role is certified for.
_CERTIFIED_FOR = regex.compile(r"\s+for\s+(?:the\s+)?(?P<by>\p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|&\s+)?\p{Lu}[\p{L}.&'-]*){0,5})"
                               r"(?P<school>(?!))?(?P<acronym>(?!))?")
# "Microsoft Azure certified.": a known body's product, certified, at the end of a phrase.
_BRAND_CERTIFIED = regex.compile(r"(?<![\p{L}])(?P<brand>\p{Lu}[\p{L}]+)(?:\s+\p{Lu}[\p{L}\p{N}+]*){0,3}\s+certified(?=\s*(?:[.,;)]|$))")
# "Coursera: Apache Spark SQL for Data Analysts", "Stepik: Basic Statistics": a course platform, then its course.
_PLATFORM_COURSE = regex.compile(
    r"(?<![\p{L}])(?P<by>Coursera|Udemy|edX|Udacity|Stepik|HackerRank|DataCamp|Pluralsight|LinkedIn\s+Learning|Lynda(?:\.com)?|"
    r"Codecademy|Khan\s+Academy|Skillsoft)\s*[:\-–]\s*(?P<name>\p{Lu}[\p{L}\p{N}&/+#.-]*(?:\s+(?:(?:and|of|&|for|to|in|with)\s+)?"
    r"(?:\p{Lu}[\p{L}\p{N}&/+#.-]*|\(\p{Lu}{2,6}\)|\d[\p{N}.]*)){0,9})")


_TITLE_BEFORE = regex.compile(r"(?:^|\s)(?:Staff|Field|Charge|Travel|Float|Agency|Home\s+Health|Hospice|Lead|Senior|Clinical|"
                              r"Firefighter|Paramedic|Nurse|Medic)\s*[/-]?\s*$")
_ENDS_HERE = regex.compile(r"^\s*(?:$|[\s,;.)/])")


def _is_guard_satisfied(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 60):m.start]
    after = text[m.end:m.end + 40]
    if _CUE_BEFORE.search(before) or _CUE_AFTER.search(after):
        return True
    if _rx(r"(?i)^\s+(?:position|role|job|duties)\b").match(after):
        return True
    if (name := _AFTER_NAME.search(before)) and _rx(r"^\s*(?:$|[,;)|/]|\s[-–|])").match(after) and \
            _rx(r"\p{L}+").findall(name[0])[-1].lower() not in _ROLE_WORDS | _TITLE_WORDS:
        return True
    # After a role title, in brackets: "Nurse Clinician II (RN)".
    role = _rx(r"(?:^|\s)(\p{Lu}[\p{Ll}]+|[IV]{1,3})\s*\($").search(before)
    if role and after.startswith(")") and role[1].lower() in _ROLE_WORDS:
        shown = text[m.start:m.end]
        words = _rx(r"\p{L}+").findall(before)[-len(shown):]
        return "".join(w[0] for w in words).upper() != shown.upper()    # not "Customer Success Manager (CSM)"
    # A job title built on the licence: "Staff LPN", "Field RN", "Charge RN", "Firefighter/EMT".
    if _TITLE_BEFORE.search(before) and _ENDS_HERE.match(after):
        return True
    # A role title that starts with the credential claims it: "RN Case Manager", "LPN- Wound Care Nurse".
    nxt = _rx(r"^-?\s?(\p{Lu}[\p{Ll}]+)(?:\s(\p{Lu}[\p{Ll}]+))?").match(after)
    return bool(nxt and (nxt[1].lower() in _ROLE_WORDS or (nxt[2] or "").lower() in _ROLE_WORDS))


def _is_caps(text: str) -> bool:
    return bool(_rx(r"\p{Lu}{2,6}\d?").fullmatch(text))


def _is_excluded(text: str, m: Mention, listed: bool) -> bool:
    """Look-alikes and not-yet credentials: "CPA firm", "PE ratio", "pursuing the PMP", "RN Sharma"."""
    before = text[max(0, m.start - 60):m.start]
    after = text[m.end:m.end + 40]
    if _NOT_BEFORE_AT_END.match(before):
        return True
    if not listed and (_COURSE_AFTER.match(after) and "certif" not in after[:30].lower() or _COURSE_LIST_BEFORE.search(before)):
        return True     # "the MCSA 410, 411, and 412 course", "Classes included: MS Windows, Office and A+ Certification"
    if after.lstrip().startswith("("):
        after = _BRACKETED.sub("", after)    # "Certified Purchasing Manager (C.P.M.) Review": past the abbreviation
    if (m.guarded or not listed) and _rx(r"(?<![\d.,])\d{1,3}\s*$").search(before):
        return True     # "a 5 LVN, 4 RT and 4 CNA staff": people counted, not a credential held
    if m.guarded or not listed:
        if _NOT_AFTER.match(after) and not _rx(r"(?i)^\s*(?:exam\s+passed|exams?\s+\(passed\))").match(after):
            return True
    if m.guarded and not listed:
        if _NOT_BEFORE_GUARDED.search(before) and not _CUE_AFTER.search(after):
            return True
        # An abbreviation followed by a capitalised word that is no role word reads as a name's initials.
        nxt = _rx(r"^ (\p{Lu}[\p{Ll}]+)").match(after)
        if nxt and nxt[1].lower() not in _ROLE_WORDS and not _rx(r",\s*$").search(before) and not _TITLE_BEFORE.search(before):
            return True
    return False


def _mentions(text: str, context: str | None = None) -> list[Mention]:
    """Every catalog alias in the text, longest first, without overlaps, case rules applied.

    `context` (the whole line, when the text is one item of it) decides between credentials that share a
    spelling: the one whose issuer is named there wins.
    """
    cat = catalog()
    out: list[Mention] = []
    spans = [(start, end, cat.aliases.get(_key(text[start:end]))) for start, end in cat.lexicon.spans(text)]
    fields = {c[0].credential.field for _, _, c in spans if c and len({a.credential.id for a in c}) == 1}
    for start, end, candidates in spans:
        shown = text[start:end]
        if not candidates:
            continue
        shown = _rx(r"[\s\-\u2010-\u2015]+").sub(" ", shown)
        fitting = [a for a in candidates if not a.exact or _rx(r"[\s\-\u2010-\u2015]+").sub(" ", a.text) == shown
                   or _key(a.text) == _key(shown) and a.text.replace("-", " ") == shown.replace("-", " ")]
        if not fitting:
            continue
        best = _prefer(fitting, context or text, fields)
        out.append(Mention(start, end, best.credential, best.guarded))
    return _merge(text, out)


def _prefer(aliases: list[Alias], text: str, fields: set[str] = frozenset()) -> Alias:
    """When one spelling names several credentials (CPM, CPPM, CCM), the one whose issuer the text names wins,
    else the one in the field of the text's other credentials ("RN, CCM": the case manager's)."""
    if len(aliases) > 1:
        low = text.lower()
        for a in aliases:
            issuer = (a.credential.issuer or "").lower()
            if issuer and (issuer in low or issuer.split(" ")[0] in low):
                return a
        for a in aliases:
            if a.credential.field in fields:
                return a
    return aliases[0]


def _merge(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Project Management Professional (PMP)", "CDFM, Certified Defense Financial Manager": one mention each."""
    merged: list[Mention] = []
    for m in mentions:
        if merged and {merged[-1].credential.id, m.credential.id} <= _CARDS and \
                merged[-1].credential.id != m.credential.id and \
                _rx(r"\s*(?:/|&|\band\b)\s*").fullmatch(text[merged[-1].end:m.start]):
            last = merged[-1]       # "CPR/BLS Certified", "First Aid/CPR/AED": one card
            keep = last.credential if last.credential.id == "cpr" or m.credential.id != "cpr" else m.credential
            merged[-1] = Mention(last.start, m.end, keep, last.guarded and m.guarded)
            continue
        if merged and merged[-1].credential.id == m.credential.id:
            gap = text[merged[-1].end:m.start]
            if _rx(r"\s*(?:[(,/\-–:]|\s)\s*").fullmatch(gap):
                last = merged[-1]
                end = m.end + (1 if text[m.end:m.end + 1] == ")" and "(" in gap else 0)
                merged[-1] = Mention(last.start, end, last.credential, last.guarded and m.guarded)
                continue
        merged.append(m)
    return merged


def find_in_text(text: str, listed: bool = False, context: str | None = None) -> list[Mention]:
    """Catalog credentials in free text; `listed` when the text is a credentials list (no cue needed).

    A guarded alias joined to an accepted credential by "/", "&" or "and" is in a list of credentials too:
    "EMT Certification/First Aid/CPR".
    """
    found = _mentions(text, context)
    excluded = [_is_excluded(text, m, listed) for m in found]
    for n in range(len(found) - 2, -1, -1):
        # "ITIL and Six Sigma standards": what excludes the last of a list excludes the others.
        if excluded[n + 1] and not excluded[n] and _rx(r"\s*(?:,|/|&|\band\b|,\s*and\b)\s*").fullmatch(text[found[n].end:found[n + 1].start]):
            excluded[n] = True
    for n in range(1, len(found)):
        # "knowledge with the CompTIA Network+(N006) and Security+": what excludes the first excludes the rest
        if excluded[n - 1] and not excluded[n] and _NOT_BEFORE_AT_END.match(text[max(0, found[n - 1].start - 60):found[n - 1].start]) \
                and _rx(r"\s*(?:\([^()]{1,12}\))?\s*(?:,|/|&|\band\b|,\s*and\b)\s*").fullmatch(text[found[n - 1].end:found[n].start]):
            excluded[n] = True
    kept = [m for m, out in zip(found, excluded) if not out]
    ok = [not m.guarded or listed or _is_guard_satisfied(text, m) for m in kept]
    # A text that is nothing but credentials ("First Aid & CPR") lists them.
    if kept and not all(ok) and _rx(r"[\s,/&;.*()\-–]*(?:and[\s,/&;.*()\-–]*)?").fullmatch("".join(text[a.end:b.start] for a, b in zip(kept, kept[1:]))
                                                + text[:kept[0].start] + text[kept[-1].end:]):
        ok = [True] * len(kept)
    changed = True
    while changed:
        changed = False
        for n, m in enumerate(kept):
            if ok[n]:
                continue
            for k in (n - 1, n + 1):
                if 0 <= k < len(kept) and ok[k]:
                    a, b = (kept[k], m) if k < n else (m, kept[k])
                    if _rx(r"\s*(?:/|&|\band\b)\s*").fullmatch(text[a.end:b.start]) or \
                            _rx(r"[ ,]+").fullmatch(text[a.end:b.start]) and _is_caps(text[a.start:a.end]) and \
                            _is_caps(text[b.start:b.end]):
                        ok[n] = changed = True     # "RN CPR BLS ACLS": a run of abbreviations, one of them certain
                        break
    return [m for m, good in zip(kept, ok) if good]


# --- credentials lists: resume sections and inline lists --------------------------------------------

_ITEM_SPLIT = regex.compile(r"\s*(?:[;|•●▪·]|,(?!\s*(?:Inc|LLC|Ltd|Jr|Sr)\b)|\s{3,}|\s+(?:-|–|â€“)\s+(?=\p{Lu})|(?<=\S)\s*\*(?=\s*\p{Lu})|"
                         r"(?<=\bcertified)\s+(?=\p{Lu}[\p{L}/&+ ]{1,30}\bcertified\b)|"
                         # "... Management Certificate Certificate in ...", "First Aid Course NZ Certificate in ...": two names run together
                         r"(?<=\b(?:Certificate|Certification))\s+(?=Certificate\b|Certification\b)|"
                         r"(?<=\b(?:Certificate|Certification|Course))\s+(?=(?:\p{Lu}[\p{L}/&-]*\s+){1,5}(?:Certificate|Certification)\b)|"
                         r"(?<=\bCertified\s[^,;*()]{3,40}\b(?:Specialist|Technician|Assistant|Coder|Biller|Instructor|Trainer))\s+"
                         r"(?=(?:\p{Lu}[\p{L}/&-]*\s+){1,5}(?:Certificate|Certification)\b)|"
                         r"(?<=\b(?:Certified|Certificate|Certification|License|Licensure)\s[^,;*()]{3,90})(?<!\b\p{Lu}{2,8})\s+(?=Certified\s+\p{Lu})|"
                         r"(?<=\((?i:expires?|expired|exp\.?|issued|valid|renewed)[^()]{0,20}\))\s+(?=\p{Lu})|"
                         r"(?<=\b(?:Certified|Certificate|Certification)\s[^,;*()]{3,60}\([^()]{2,60}\))\s+(?=Certified\s+\p{Lu})|"
                         r"(?<=\S)\s+\d{1,2}\.\s+(?=\p{Lu})|"
                         # "Basic Military Training Duke (electronic warfare) Training IED Training": a word that ends a
                         # name, then a capitalised word that opens the next
                         r"(?<=\b(?:Training|Certificate))\s+(?!(?:Certificates?|Certifications?|Courses?|Programs?|"
                         r"Programmes?|Levels?|Number|No|ID|Institute|Center|Centre|Academy|Instructor|Trainer|Specialist)\b)(?=\p{Lu}\p{Ll}))\s*")
_ITEM_SPLIT_AND = regex.compile(_ITEM_SPLIT.pattern.removesuffix(r")\s*") + r"|\s+(?:and|&)\s+)\s*")
_DATE_ITEM = regex.compile(
    r"(?i)^(?:(?:date\s+(?:of\s+)?)?(?:issued|expires?|expired|expiration|exp\.?|valid\s+(?:through|until)|since|received|"
    r"obtained|earned|completed|renewed|date)\s*[:\-]?\s*)?(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}/)?(?:\d{1,2}/)?(?:19|20)\d\d"
    r"(?:\s*(?:-|–|to)\s*(?:(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d|present|current))?\W*$")
_NUMBER_ITEM = regex.compile(r"(?i)^(?:license|licence|certificate|certification|credential|registration|cert)\.?\s*"
                             r"(?:number|no\.?|#|id)\s*[:#]?\s*(?P<id>\S+?)\W*$|^#\s*(?P<id2>[\w\-/]+)$")
_ISSUER_ITEM = regex.compile(
    r"^(?:(?:(?i:issued|certified|accredited|awarded)\s+)?(?i:by|from|through|via)\s+(?:the\s+)?)?(?P<issuer>(?:State\s+of\s+\p{Lu}[\p{L} ]+|\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?\s+State"
    r"|(?:U\.?S\.?\s+)?(?:Navy|Army|Air\s+Force|Marine\s+Corps|Coast\s+Guard)"
    r"|\p{Lu}[\p{L}&.'-]*\s+(?:(?:\p{Lu}[\p{L}&.'-]*|and|of|for|&)\s+){0,5}(?<!(?:and|of|for|&)\s+)(?:University|College|Institute|Board|Association|Society|Council|Academy|Department|"
    r"Commission|Center|Centre|School|Foundation|Agency|Administration)(?:\s+(?i:of|for)\s+[\p{L}& ]+)?"
    r"|(?:\p{Lu}[\p{L}&.'-]*\s+){0,5}(?:University|College|Institute|Board|Association|Society|Council|Academy|Department|"
    r"Commission|Center|Centre|School|Foundation|Agency|Administration)(?:\s+(?i:of|for)\s+[\p{L}& ]+)?)"
    r"(?:,?\s*(?:LLC|Inc|Ltd|Corp)\.?)?)\W*$")
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
    # A line that is mostly skills ("Lean Manufacturing Techniques, ..., Safety Engineering (FTA, FMEA)"): its
    # bare acronyms are skills too.
    plain = sum(1 for s, e in items if not _looks_like_credential(text[s:e]) and not _mentions(text[s:e]))
    acronyms = acronyms and (plain < 3 or plain <= len(items) - plain)
    # Its plain items are claims too ("Yoga, Tai Chi, Spin") unless they read as skills ("Inventory Control").
    skills = sum(1 for s, e in items if _SKILL_WORDS.search(text[s:e]))
    claims = claims and (acronyms or 3 * skills < plain)
    findings: list[Finding] = []
    current: Finding | None = None
    previous: tuple[int, int] | None = None     # the item before, when it was no credential on its own
    after_detail = False                        # the item before was an issuer, date or number
    place = False                               # the item before was a place
    years: dict[int, str] = {}      # item start -> the year written before it ("2002 Texas School Counselor")
    pending: tuple[str, int] | None = None     # a body named in an item before, and where: the issuer of what follows
    label_list = False                          # the rest of the line is a labelled detail's values
    not_held = False                            # the item before was pending or lapsed
    for n, (s, e) in enumerate(items):
        dashed = n > 0 and _rx(r"\s(?:[-–]|â€“)\s").search(text[items[n - 1][1]:s + 1])
        if dashed and current is not None and current.end == items[n - 1][1] and _names_body(text[s:e]):
            if current.data.get("issuer") in (None, _catalog_issuer(current)):
                current.data["issuer"] = _TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", text[s:e])).strip(" ,")
            continue    # "Certificate in Leadership development – African Leadership Development (April 2017)"
        if dashed and current is not None and current.end == items[n - 1][1] and not _CREDENTIAL_WORDS.search(text[s:e]) \
                and not _mentions(text[s:e]):
            current.end = e
            current.data["shown_as"] = " ".join(text[current.start:e].split())
            continue    # "Certified Naval Information Systems Technician – First Class Petty Officer": more of the same line
        if (year := _LEADING_YEAR.match(text, s, e)) and _is_claim(text[year.end():e]) and not _DATE_ITEM.match(text[s:e]):
            s = year.end()
            years[s] = year[1]
        piece = text[s:e]
        if (cue := _NOT_HELD_LEAD.match(piece)) and piece[cue.end():].strip(" :") or \
                not_held and "," in text[items[n - 1][1]:s]:
            not_held = True     # "Certifications pending RDA, Coronal Polish", "In-process: CUNA ...": not held yet
            continue
        not_held = False
        if (standing := _GOOD_STANDING.search(piece)):
            current = _finding(block, s + standing.start("board"), s + standing.end("board"), None, standing["board"])
            current.data.update(issuer=standing["board"], tier="license")
            findings.append(current)
            for role in _CERTIFIED_ROLE.finditer(piece, standing.end()):
                findings.append(_finding(block, s + role.start(), s + role.end(), None, role[0]))
            continue
        if claims and (_OTHER_HEADING.match(piece) or _HEADING_INSIDE.search(piece)):
            claims = False      # "Courses of Note ...": the rest of the line is another section's
        known = _one_per_credential(find_in_text(piece, listed=True, context=text), piece)
        if known and canonical_issuer(piece) and not (known[0].start == 0 and known[-1].end >= len(piece.rstrip())):
            known = []      # "OSHA Training Institute": an issuer's name, not the credential it starts with
        if current is not None and known and len(known) == 1 and known[0].credential.id == current.data.get("catalog_id") and \
                _rx(r"[\p{Lu}\p{N}\-/&.+ ]+").fullmatch(piece[known[0].start:known[0].end]):
            continue    # "Certified Defense Financial Manager, CDFM": the abbreviation of the one before
        if current is not None and (current.data.get("catalog_id") or "").startswith("series-") and \
                (numbers := _SERIES_MORE.fullmatch(piece)):
            # "Series 7, 9, 10 and 66 Licenses": each number is a licence of its own
            for m in _rx(r"\d{1,2}").finditer(piece):
                cred = lookup(f"Series {m[0]}")
                f = _finding(block, s + m.start(), s + (m.end() if m.end() < numbers.end("numbers") else len(piece)), cred,
                             f"Series {m[0]}")
                f.data["issuer"] = f.data.get("issuer") or "FINRA"
                findings.append(f)
            current = findings[-1]
            continue
        if n > 0 and piece.startswith("State ") and text[items[n - 1][0]:items[n - 1][1]].rstrip().endswith("City") and not known:
            continue    # "Valencia Community College City , State Business Management": a school line's place and field
        if _DUTY.match(piece) and _is_prose(piece) and not _CREDENTIAL_WORDS.search(piece):
            continue    # a duty, not something held
        if _rx(r"(?i)certifi(?:ed|cation|cate)s?|licen[cs]ed?|registered|current|active|valid").fullmatch(piece):
            continue    # a bare credential word belongs to the item around it
        if current is not None and current.data.get("catalog_id") in _CARDS and (
                _rx(r"(?i)AED|CPR|first\s+aid|(?:adult|child|infant)(?:\s*(?:&|and|/)\s*(?:adult|child|infant))*\s+CPR").fullmatch(piece)
                or known and all(k.credential.id in _CARDS for k in known) and
                not _CREDENTIAL_WORDS.search(_rx(r"(?i)\b(?:training|course)\b").sub("", text[current.start:current.end]))
                and not _ISSUER_IN.search(text[current.start:current.end])):
            # "CPR, First Aid and AED", "AHA First Aid, CPR, AED Training Certification": one card
            current.end = e     # "CPR, AED, First Aid": one card
            current.data["shown_as"] = " ".join(text[current.start:e].split())
            continue
        if current is not None and not known and _rx(r"(?i)pending|in\s+progress|expected.*|candidate").fullmatch(piece):
            findings.remove(current)    # not held yet
            current = None
            continue
        if current is not None and (not known or len(known) == 1 and known[0].credential.id == current.data.get("catalog_id")) \
                and _CODE_END.search(text[current.start:current.end]) and not _CREDENTIAL_WORDS.search(piece) and _is_claim(piece):
            current.end = e     # "ICS-200, ICS for Single Resources and Initial Action Incident": the course's title
            current.data["shown_as"] = " ".join(text[current.start:e].split())
            continue
        if current is not None and (not known or _CERTIFIED_BY.fullmatch(piece)) and _detail(current, piece):
            after_detail = True
            continue
        if n > 0 and _rx(r"(?i)(?:\W*\s*)?(?:member|membership|member\s+of)").fullmatch(text[items[n - 1][0]:items[n - 1][1]]) \
                and not known:
            continue    # "Member, American Registered Radiologic Technologists": a body someone belongs to
        was_after_detail, after_detail = after_detail, False
        was_place, place = place, _names_places(piece)
        if not known and (org := _ORG_AT_PLACE.match(piece)) and \
                (current is not None or _ISSUER_ITEM.match(org["org"]) or n > 0 and not _CREDENTIAL_WORDS.search(org["org"])) and \
                not (current is None and (opening := _mentions(org["org"])) and opening[0].start == 0):
            if current is not None and not current.data.get("issuer_shown"):
                current.data["issuer"] = org["org"]     # "Network Security , 2005 The Chubb Institute ï¼ City": its school
            current, previous, place = None, None, True
            continue
        if not known and _is_city(piece, text[items[n + 1][0]:items[n + 1][1]] if n + 1 < len(items) else following):
            previous, place = None, True    # "Pasadena, CA", "Lima, Peru": where, not what
            continue
        if (m := _ISSUER_CERTIFIED.fullmatch(piece)) and (not known or current is not None and canonical_issuer(m["issuer"]) and
                                                            len(known) == 1 and _single_issuer(known[0].credential) is None) and (
                _ACRONYM.fullmatch(m["issuer"]) and m["issuer"] not in _NOT_ACRONYM or canonical_issuer(m["issuer"])):
            if previous is not None:    # "Group Fitness Instructor, NIFS Certified"
                current = _finding(block, previous[0], previous[1], lookup(text[previous[0]:previous[1]]),
                                   text[previous[0]:previous[1]])
                current.data["issuer"] = m["issuer"]
                findings.append(current)
            elif current is not None:
                current.data["issuer"] = m["issuer"]
            previous = None
            continue
        if not known and (canonical_issuer(piece) or not every_item and _is_body(piece)):
            others = [text[a:b] for a, b in items if a != s]
            if claims and others and all(_names_places(o) or _DATE_ITEM.match(o) for o in others) and \
                    any(_names_places(o) for o in others) and _BODY_WORD.search(piece) and \
                    not _rx(r"\b(?:University|College|School|Department|Dept)\b").search(piece):
                # "National Academy of Sports Medicine, California": a line naming only a certifying body claims its certification
                current, previous = _finding(block, s, e, None, piece), None
                current.data["issuer"] = _TRAILING_DATES.sub("", piece).strip(" ,")
                findings.append(current)
                continue
            current, previous = None, None      # a heading or prefix naming the issuer, not a credential
            pending = (_TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", piece)).strip(" ,"), n)
            continue
        if label_list:
            continue
        if (label := _LABEL_IN.search(piece)) and not _CREDENTIAL_WORDS.search(label[1]) and not known:
            label_list = True   # "Hardware: IBM Blade Technology, HP Blade": the rest of the line is that label's values
            continue
        if known:
            findings.extend(_known_item(block, s, piece, known))
            current, previous = findings[-1], None
            if pending and n - pending[1] <= 3 and (current.data.get("issuer") is None or " / " in current.data["issuer"]):
                current.data["issuer"] = pending[0]     # "Kripalu Center for Yoga and Health, ..., 200 Hour Yoga Teacher Certification"
            continue
        if _looks_like_credential(piece, acronyms) or every_item and len(piece.split()) <= 6 and not _DATE_ITEM.match(piece) \
                and not _names_places(piece) \
                or claims and _is_claim(piece) and not _names_places(piece) and not (
                    _is_place(piece) and (was_after_detail or was_place or current is not None and
                                          current.data.get("issuer") not in (None, _catalog_issuer(current)))) \
                or claims and (platform := _rx(r"\p{Lu}[\p{L}.]+").match(piece)) and canonical_issuer(platform[0]) in _COURSE_PLATFORMS \
                and len(piece.split()) > 1:
            current, previous = _finding(block, s, e, None, piece), None
            _issuer_named(current, piece)
            findings.append(current)
            if pending and n - pending[1] <= 3 and current.data.get("issuer") is None:
                current.data["issuer"] = pending[0]     # "De Anza College, Marketing Management Certificate"
        elif _LABELLED_VALUE.match(piece):
            continue    # "Training Center ID: NJ000025": a detail line, not a credential
        else:
            # "..., CADD Centre, JM Road, Pune": after the body that granted it, short capitalised items are its address
            place = place or bool(claims and _is_place(piece) and (was_after_detail or was_place or current is not None))
            current, previous = (current if place else None), (None if place else (s, e))
    for f in findings:
        if f.start in years:
            f.data.setdefault("issued", years[f.start])
    if len(findings) > 1 and (by := _LIST_ISSUER.search(text, start, end)):
        for f in findings:
            if f.data.get("issuer") is None or " / " in f.data["issuer"] or f.end >= by.start():
                f.data["issuer"] = by["by"]
    return findings


# An item that opens by saying what it names is not held yet.
_NOT_HELD_LEAD = regex.compile(r"(?i)(?:certifications?\s+)?(?:pending|in[\s-]+process|in\s+progress)\b")
# "Certified in Lifeguarding, CPR, AED, and First Aid through the American Red Cross.": the body of the whole list.
_LIST_ISSUER = regex.compile(r"(?i:through|by|via)\s+(?:the\s+)?(?P<by>\p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|&\s+)?\p{Lu}[\p{L}.&'-]*){1,6})\W*$")


_DATE_IN_BRACKETS = regex.compile(r"\s*\((?:[\p{L}.]+\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:[\p{L}.]+\s+)?(?:19|20)\d\d|present))?\)")


def _is_body(piece: str) -> bool:
    """An item naming only an organisation: "Goodwill Industries International", "City of Chicago Department Of Health"."""
    bare = _TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", piece)).strip(" ,.")
    return bool(bare) and not _CREDENTIAL_WORDS.search(bare) and not _is_prose(bare) and len(bare.split()) <= 9 and \
        not _rx(r"(?i)(?:fellow|associate|member|chartered|certified|registered|licensed)\b").match(bare) and \
        bool(_ISSUER_ITEM.match(bare) or _rx(r"\b(?:International|Industries|Corporation|Inc|LLC|Ltd|Worldwide|Systems)\.?$").search(bare))


# Course platforms: a line naming one is where a course was taken, not a certification.
_COURSE_PLATFORMS = frozenset({"Coursera", "Udemy", "edX", "LinkedIn", "Lynda.com", "Udacity"})


def _names_body(piece: str) -> bool:
    """Whether a list item after a dash names who granted the credential before it rather than a level, a
    product or a credential of its own: "MS Dept. of Transportation (2013)", "UC SAN DIEGO EXTENSION"."""
    bare = _TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", piece)).strip(" ,.")
    if not bare or not _rx(r"\p{Lu}").match(bare) or _CREDENTIAL_WORDS.search(bare) or _mentions(bare) or \
            _LEVEL_WORD.fullmatch(bare) or _OFFICE_SOFTWARE.fullmatch(bare) or _is_prose(bare) or len(bare.split()) > 8:
        return False
    return bool(canonical_issuer(bare) or _ISSUER_ITEM.match(bare) or _BODY_WORD.search(bare) or
                bare.upper() == bare and len(bare.split()) >= 2)


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
# The same, after a sentence inside an item: "... CPR certified ('08). Courses of Note Applied Reliability".
_HEADING_INSIDE = regex.compile(r"[.:;)]\s+(?:Relevant\s+)?(?:Courses?|Coursework|Core\s+Competencies|Skills|Interests|Affiliations)\b")
# Another section's heading run into a certifications line by the PDF's reflow.
_OTHER_HEADING = regex.compile(r"(?i)(?:(?:relevant\s+|professional\s+|core\s+)?(?:courses?|coursework|skills|competencies|community\s+involvement|"
                               r"interests|affiliations|memberships|organizations?|languages|activities|hobbies|references|volunteer(?:\s+work)?|"
                               r"additional\s+information|personal\s+information|presentations|publications))\b")
_TRAILING_DATES = regex.compile(r"[\s,(]*(?:(?:19|20)\d\d\W*)+(?:-|–|to|present|current|\s)*$")
# "2002 Texas School Counselor": the year a listed credential was earned, written before it.
_LEADING_YEAR = regex.compile(r"((?:19|20)\d\d)(?:\s*[-–]\s*(?:(?:19|20)\d\d|present|current))?\s*[:\-–]?\s+(?=\p{Lu})")
# Words that do not make a line prose: "Identifying and Reporting Child Abuse and Neglect".
_SMALL_WORDS = frozenset("a an and the of in on for to with by at from or & de la".split())
# The anonymised resumes' places ("City , State") and a few written out.
_PLACE = regex.compile(r"(?i)(?:city|state|country|usa|u\.s\.a?\.?|united\s+states|canada|india|china|uk|united\s+kingdom|"
                       r"[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+)?)")


def _is_place(piece: str) -> bool:
    """A short capitalised item after an issuer: "Tongji University, Shanghai, China"."""
    return bool(_PLACE.fullmatch(piece.strip(" .")))


# "2005 The Chubb Institute ï¼​ City": a school or body and the anonymised place after it (the resumes' "｜").
_ORG_AT_PLACE = regex.compile(r"(?:(?:19|20)\d\d\s+)?(?P<org>\p{Lu}[^,;]{2,80}?)\s*(?:ï¼\u200b?|｜)\s*(?:City|State)?\W*$")
_STATE_CODES = frozenset("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
    OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split())


def _is_city(piece: str, following: str) -> bool:
    """A place name written before its state or country: "Pasadena" of "Pasadena, CA", "Lima" of "Lima, Peru"."""
    words = piece.split()
    if not 1 <= len(words) <= 2 or not all(_rx(r"\p{Lu}\p{Ll}+").fullmatch(w) for w in words) or \
            _CREDENTIAL_WORDS.search(piece) or _mentions(piece) or canonical_issuer(piece) or \
            any(w.lower() in _ROLE_WORDS or _CERTIFIED_ROLE.search("certified " + w) for w in words):
        return False    # "Pharmacy Technician, TX": a role licensed in a state, not a city
    first = _rx(r"\p{Lu}{2}(?![\p{L}])|[\p{L} ]+").match(following.strip())
    return bool(first) and (first[0] in _STATE_CODES or first[0].strip().lower() in catalog().places)


# "Knoxville TN 07/2014": a town and its state's code, perhaps with a date.
_TOWN_STATE = regex.compile(r"(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?P<state>\p{Lu}{2})[\s\d/.,\-]*")


def _names_places(piece: str) -> bool:
    """An item naming only places, perhaps with a year: "Pasadena, CA", "California", "PA 2014", "City , State",
    "Knoxville TN 07/2014"."""
    if (town := _TOWN_STATE.fullmatch(piece.strip(_TRIM_START + _TRIM_END))) and town["state"] in _STATE_CODES and \
            not any(w.lower() in _ROLE_WORDS for w in piece.split()) and not _CREDENTIAL_WORDS.search(piece):
        return True
    parts = [" ".join(p.split()) for p in _rx(r"(?:19|20)\d\d|\b(?:to|present|current)\b|[^\p{L},]").sub(" ", piece).split(",")]
    parts = [p for p in parts if p]
    return bool(parts) and all(p.lower() in catalog().places or p in _NOT_ACRONYM for p in parts)


def _is_claim(piece: str) -> bool:
    """An item of a certifications list that reads like the name of something held: short, capitalised, no
    sentence, no date, degree, skill word or labelled value."""
    words = piece.split()
    if not words or len(words) > 10 or len(piece) > 90 or not _rx(r"[\p{Lu}\p{N}]").match(piece):
        return False
    if _NOT_CREDENTIAL.search(piece) or _DATE_ITEM.match(piece) or _NUMBER_ITEM.match(piece) or \
            _LABELLED_VALUE.match(piece) or piece in _NOT_ACRONYM or not _rx(r"\p{L}{2}").search(piece):
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


# Roles, memberships and honours that a certifications list sometimes holds: not credentials.
_ROLE = regex.compile(r"(?i)\b(?:panelist|contributor|speaker|graduate|(?<!fellow\s)members?|membership|volunteer|president|chair(?:man|person)?|"
                      r"founder|alumni|recipient|awards?|honou?rs?|dean'?s\s+list|recommendations?|club)\b")


def _is_prose(piece: str) -> bool:
    """Words of a sentence rather than a name: three lower-case words that are not "and", "of", "the"..."""
    words = piece.split()
    lower = [w for w in words if _rx(r"\p{Ll}").match(w) and w.lower() not in _SMALL_WORDS]
    return len(lower) >= 3 or len(words) >= 4 and 2 * len(lower) > len(words)


def _reads_as_skill(piece: str, skill_words: bool = True) -> bool:
    """A list item that describes a skill or task rather than naming something held: "Plasma torch cutting",
    "Termination procedures", "In-depth knowledge of", "Compensation and" (a line broken mid-phrase)."""
    piece = _rx(r"\([^()]*\)").sub(" ", piece).strip(" ,.;:\u00a0Â")     # "(grades PK-12)": a detail
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
# A last word that leaves a phrase unfinished: the rest is on the next line.
_DANGLING = frozenset("a an and the of in on for to with by at from or & all".split())
# Words that say a line is about what someone knows or can do, not what they hold.
_SKILL_CUE = regex.compile(r"(?i)\b(?:knowledge|knowledgeable|proficien(?:t|cy)|comprehension|familiar(?:ity)?|"
                           r"expert\s+in|experienced|procedures|recruitment|mediation|orientations?|tables)\b")


# The numbers after a Series licence: "9", "10 and 66 Licenses".
_SERIES_MORE = regex.compile(r"(?P<numbers>\d{1,2}(?:\s*(?:,|and|&|/)\s*\d{1,2})*)(?:\s+(?i:licen[cs]es?|exams?))?")
# A course code at the end of a credential's name: "ICS-200", "IS-00700.a".
_CODE_END = regex.compile(r"\b\p{Lu}{2,5}-?\d{2,5}(?:\.\p{L}{1,2})?$")
_TRIM_START = " \t*-–:(\"'\u00a0Â"
_TRIM_END = " \t.*:\"'\u00a0Â"
# "NIFS Certified", "ACE certified": the issuer (an acronym or a known body) of the credential named just before.
_ISSUER_CERTIFIED = regex.compile(r"(?P<issuer>\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,3})\s+(?i:certified)")
# "Training Center Name: Atlantic Training Center", "ID Number: 595771".
_LABELLED_VALUE = regex.compile(r"(?i)^[\p{L} ]{0,30}\b(?:name|id|info|number|no|date|address|phone|expiration|expires)\s*:")


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
    known = [m for n, m in enumerate(known) if all(k.credential.id != m.credential.id or
                                                   _key(piece[k.start:k.end]) == _key(piece[m.start:m.end]) for k in known[:n])]
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


def _one_per_credential(mentions: list[Mention], text: str) -> list[Mention]:
    """A generic mention beside a specific one names the same credential: "Green Belt Lean Six Sigma"."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].credential.id == m.credential.id and \
                _rx(r"\s*(?:(?i:in|as|for|-|–|:)\s+)?").fullmatch(text[out[-1].end:m.start]):
            out[-1] = Mention(out[-1].start, m.end, m.credential, out[-1].guarded and m.guarded)
            continue    # "FEMA Certified in ICS-100": one credential, said twice
        if out and (m.credential.id in _GENERIC or out[-1].credential.id in _GENERIC) and \
                out[-1].credential.field == m.credential.field:
            keep = out[-1].credential if m.credential.id in _GENERIC else m.credential
            out[-1] = Mention(out[-1].start, m.end, keep, out[-1].guarded and m.guarded)
            continue
        out.append(m)
    return out


# The cards of a first-aid course, often listed together for one card: "CPR, AED, and First Aid".
_CARDS = frozenset({"cpr", "first-aid", "bls"})
# Catalog entries that name a family rather than one credential.
_GENERIC = frozenset({"six-sigma", "lean", "cpr", "first-aid"})
# "(ExpertRating.com)", "by the Red Cross", "through HFMA", "from Tongji University": an issuer written in the item.
_ISSUER_IN = regex.compile(
    r"(?:\((?P<paren>[^()]{2,60})\)\s*$|\b(?:by|through|from|via)\s+(?:the\s+)?(?P<by>\p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|&\s+)?\p{Lu}[\p{L}.&'-]*){0,6}))")


# "Graduate Certificate-Asian Business Studies Tongji University": a school named at the end of the item.
_SCHOOL_AT_END = regex.compile(
    r"\s(?P<by>(?:\p{Lu}[\p{L}.&'-]*\s+){0,3}(?:University|College|Institute|Academy|School)(?:\s+of\s+\p{Lu}[\p{L} ]+)?)$")


# "Certificate in Leadership development – African Leadership Development (April 2017)": a body after a dash.
_ISSUER_DASHED = regex.compile(r"\s(?:[-–]|â€“)\s+(?P<by>\p{Lu}[\p{L}.&' ]{2,60}?)\s*(?:,?\s*\(?(?:\p{L}+\.?\s+)?(?:19|20)\d\d\)?)?\s*$")
# Words that may open a school's name before the word naming the school: "Western Nevada College".
_NAME_MODIFIERS = frozenset("""the state community technical western eastern northern southern central new north south east west
    national american international polytechnic medical junior city county career vocational""".split())


def _school_name(named: str) -> str:
    """A school named at the end of an item, without the credential's subject run into it: "Business Studies
    Tongji University" -> "Tongji University", "Accomplishment Typing Institute of America" -> "Typing Institute
    of America", but "Southern Crescent Technical College" whole."""
    words = named.split()
    at = next((n for n, w in enumerate(words) if _SCHOOL_WORD.fullmatch(w)), None)
    if at is None or at == 0:
        return named
    start = at - 1
    while start > 0 and (words[start].lower() in _NAME_MODIFIERS or words[start - 1].lower() in _NAME_MODIFIERS or
                         words[start - 1].lower() in catalog().places):
        start -= 1
    return " ".join(words[start:])


_SCHOOL_WORD = regex.compile(r"University|College|Institute|Academy|School")


def _issuer_named(finding: Finding, piece: str) -> None:
    """The issuer an item names itself: a known issuer's name in it, "(Issuer)" at its end, "by/through Issuer"."""
    d = finding.data
    cat = catalog()
    best = None
    for start, end in cat.issuer_lexicon.spans(piece):
        shown = piece[start:end]
        name = cat.issuers.get(_key(shown))
        if len(shown) <= 5 and shown not in cat.issuer_spellings:
            continue    # a short spelling counts only as written: "SAFe", not the "Safe" of "Serv-Safe"
        if name and (best is None or len(shown) > len(best[0])):
            best = (shown, name)
    if best:
        d["issuer"] = best[0]
        if canonical_issuer(best[0]) in _COURSE_PLATFORMS:
            d["issuer_shown"] = True    # "Coursera Introduction to ... Python, Rice University": the platform's course
        return
    m = _ISSUER_IN.search(piece) or _SCHOOL_AT_END.search(piece) or _STATE_OF.search(piece) or _ISSUER_DASHED.search(piece)
    if m and m.re is _ISSUER_IN and m["paren"] and (_DATE_ITEM.match(m["paren"]) or _rx(r"\d").match(m["paren"])):
        m = _ISSUER_DASHED.search(piece)     # "(April 2017)", "(120 hours)": a date or a length, not the issuer
    if m:
        groups = m.groupdict()
        named = _MONTH_AT_END.sub("", (groups.get("paren") or groups.get("by") or "").strip())
        if m.re is _SCHOOL_AT_END:
            named = _school_name(named)
        if named and not find_in_text(named, listed=True) and (groups.get("by") or _rx(r"\.\w{2,4}$|\p{Lu}\p{Ll}").search(named)):
            d["issuer"] = named
            return
    if d.get("issuer") is None or " / " in d["issuer"]:
        # An unknown credential whose name starts with its body's abbreviation or brand: "ACI Concrete Field testing
        # Grade 1", "NTSA defensive driving certification", "Pure Barre Certified Instructor", "GE Six Sigma Green Belt".
        lead = _rx(r"(?:(?i:certified|licensed|registered)\s+)?(?P<by>\p{Lu}{2,6})\s+(?=\S)").match(piece) or \
            _BODY_CERTIFIED.match(piece) or _BODY_LEAD.match(piece)     # "certified TRX trainer": TRX's
        known = find_in_text(piece, listed=True)
        if not lead and known and known[0].start > 0:
            lead = _rx(r"(?P<by>\p{Lu}[\p{L}&'-]*(?:\s+\p{Lu}[\p{L}&'-]*)?)\s*").fullmatch(piece[:known[0].start])
        if lead and lead["by"] not in _NOT_ACRONYM and not _CREDENTIAL_WORDS.search(lead["by"]) and \
                not _LEVEL_WORD.fullmatch(lead["by"]) and not find_in_text(lead["by"], listed=True) and \
                not _rx(r"(?i)state|national|international|american|advanced|basic|general|senior|junior|"
                                    r"professional|master|graduate|adult|pediatric|child|infant|first|standard|permanent|provisional").fullmatch(lead["by"]) and lead["by"] not in _TOPIC_ACRONYMS:
            d["issuer"] = lead["by"]


# The body that certified what follows: "Harris County Department of Education Certified Virtual School Teacher",
# "Abydos Learning International (New Jersey Writing Project) Certified Trainer", "Facebook Certified Planning Professional".
_BODY_CERTIFIED = regex.compile(r"(?P<by>\p{Lu}[\p{L}&'.-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}&'.-]*){0,6})"
                                r"(?:\s+\([^()]{2,60}\))?\s+(?i:certified|licensed)\s+(?=\p{Lu})")
# A body's name opening the item: "Maricopa County Food Handlers Card", "Hilton Worldwide General Manager Training".
_BODY_LEAD = regex.compile(r"(?P<by>(?:\p{Lu}[\p{L}&'-]*\s+){1,3}(?:County|Worldwide|International|Corporation|Corps|Inc\.?|LLC))"
                           r"\s+(?=\p{Lu})")
# "certified by Yoga Alliance", "credential by the American College of Sports Medicine (ACSM)": an item naming the issuer.
_CERTIFIED_BY = regex.compile(r"(?i:certified|credential(?:ed)?|issued|accredited|awarded|licensed|granted)\s+(?i:by|through)\s+"
                              r"(?:the\s+)?(?P<issuer>\p{Lu}[^,;]{1,80}?)\W*")
# "Registered Nurse- State of Florida": a state named in the item grants it.
_STATE_OF = regex.compile(r"\b(?P<by>(?:State|Commonwealth)\s+of\s+(?:(?:New|North|South|West|Rhode)\s+)?\p{Lu}\p{Ll}+)")
_STATE_BEFORE = regex.compile(_STATE_OF.pattern + r"\s*$")
_MONTH_AT_END = regex.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$")


def _looks_like_credential(piece: str, acronyms: bool = True) -> bool:
    if (state := _rx(r"(?i)((?:new|north|south|west|rhode)\s+)?\p{L}+(?=\s+licen[cs]e)").match(piece)) and \
            state[0].lower() in catalog().places:
        return True     # "tennessee license 133714 inactive": a state's licence
    if _NOT_CREDENTIAL.search(piece) or len(piece) > 120 or _rx(r"(?:and\s+|or\s+)?\p{Ll}{3,}\s").match(piece) or \
            _rx(r"\[\s*\p{L}").search(piece) or len(piece.split()) >= 8 and _is_prose(piece):
        return False    # "Certified [Job Title]" is a template's placeholder
    if _DATE_ITEM.match(piece) or _NUMBER_ITEM.match(piece) or _LABELLED_VALUE.match(piece):
        return False
    if _CREDENTIAL_WORDS.search(piece):
        # What is left without the credential words must name something: not "CA Certified", not "Certification".
        rest = _CREDENTIAL_WORDS.sub(" ", piece)
        words = [w for w in _rx(r"[\p{L}\p{N}+#]+").findall(rest) if w not in _NOT_ACRONYM and not _rx(r"\d+").fullmatch(w)]
        return bool(words)
    if acronyms and (numbered := _rx(r"(\p{Lu}{2,6})\s+#?\d{4,}").fullmatch(piece)) and numbered[1] not in _NOT_ACRONYM:
        return True     # "LCS 18224": an abbreviation and its licence number
    return acronyms and bool(_ACRONYM.match(piece)) and piece not in _NOT_ACRONYM and not _rx(r"[IVX]+").fullmatch(piece)


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


# --- findings -----------------------------------------------------------------------------------------

def _tier_for(cred: Credential | None, issuer: str | None) -> str:
    if cred:
        return cred.tier
    canonical = canonical_issuer(issuer)
    return catalog().issuer_tiers.get(canonical or "", "unknown")


def _finding(block: Block, start: int, end: int, cred: Credential | None, shown: str,
             issuer: str | None = None) -> Finding:
    data = {
        "name": cred.name if cred else " ".join(shown.split()),
        "shown_as": " ".join(shown.split()),
        "issuer": issuer or _single_issuer(cred),
        "tier": _tier_for(cred, issuer),
        "catalog_id": cred.id if cred else None,
    }
    return Finding("credential", block, start, end, data=data)


def _single_issuer(cred: Credential | None) -> str | None:
    """The catalog's issuer when one body grants the credential ("NASM, ACE, ACSM", "various ..." or "local health
    department or accredited provider" is no answer)."""
    if cred is None or not cred.issuer or ", " in cred.issuer or cred.issuer.lower().startswith("various") or \
            " or " in cred.issuer:
        return None
    return cred.issuer


def lookup(name: str, issuer: str | None = None) -> Credential | None:
    """The catalog credential a listed name refers to: the first catalog mention in it, if any.

    A course platform's course about a credential ("AWS Certified Cloud Practitioner" from Udemy) is a
    course, not the credential itself.
    """
    found = find_in_text(name, listed=True)
    if not found:
        return None
    cred = found[0].credential
    shown_issuer = canonical_issuer(issuer)
    if shown_issuer and cred.issuer and shown_issuer != cred.issuer and \
            catalog().issuer_tiers.get(shown_issuer) == "course":
        return None
    return cred


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
    if len(found) == 1 and found[0].start == 0 and found[0].end >= len(title.text.rstrip(" .)")) - 1:
        org = entry.organisation
        if org and claims and not canonical_issuer(org) and not _ISSUER_ITEM.match(_TRAILING_DATES.sub("", org)) and \
                (block := _block_after(title, org, source)) is not None and \
                (more := [f for f in _list_findings(block, claims=True) if f.data.get("catalog_id") or
                          _looks_like_credential(f.quote)]):
            return found + more     # "CPR Certified, 2015-2016 First Aid Training": a second credential, no issuer
        return None     # the whole line is one credential: read it as an entry, with its issuer and dates
    issued, _ = parse_issued(entry.dates)
    for f in found:
        if entry.organisation and _opens_with_brand(f.quote, entry.organisation):
            f.data["issuer"] = _rx(r"\p{Lu}[\p{L}]+").match(f.quote)[0]
        elif entry.organisation and not _DATE_ITEM.match(entry.organisation) and \
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


def _catalog_issuer(f: Finding) -> str | None:
    return _single_issuer(catalog().by_id.get(f.data.get("catalog_id") or ""))


_LEVEL_WORD = regex.compile(r"(?i)basic|advanced|intermediate|associate|professional|expert|foundation|practitioner|"
                            r"master|senior|junior|level\s+\w+|[IV]{1,3}|\d")


def _entry_finding(section: Section, entry: Entry, today: str | None) -> Finding | None:
    title = next((b for b in entry.blocks if b.role == "title"), None)
    if title is None or not title.text.strip():
        return None
    name = entry.title or title.text
    if entry.organisation and (_LEVEL_WORD.fullmatch(entry.organisation.strip()) or _DATE_ITEM.match(entry.organisation) or
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


def _web_url(href: str | None) -> str | None:
    """A verification link only if it is http(s): a page can put `javascript:` or `data:` in an href."""
    if href and href.strip().lower().startswith(("https://", "http://")):
        return href.strip()
    return None


# A paragraph written in the first person is prose, not a list, even under a Certifications heading.
_PROSE = regex.compile(r"(?:^|[.!?]\s+)(?:I|We|My)\s+\p{Ll}+|\bI\s+(?:am|have|was|then|also|continued|completed|built|updated)\b")
# Sections whose words are not the candidate's claim of a credential: others' words, skill tags. (An education
# section is read: resumes list licences and certificates there, and degrees are no credentials anyway.)
_NOT_READ = frozenset({"recommendations", "skills", "courses"})


def _lists_skills(section: Section) -> bool:
    """Whether a certifications section's lines are mostly skills, one a line ("Brand Management", "Time
    management"): then only what names a credential counts."""
    titles = [e.title for e in section.entries if e.title and e.title.strip()]
    plain = [t for t in titles if not _CREDENTIAL_WORDS.search(t) and not _mentions(t) and not _ACRONYM.match(t.strip())
             and not _rx(r"\p{Lu}{2,6}\s+\p{Lu}").match(t.strip())]    # "IBM Database", "NIH Protecting ...": a body's programme
    skills = sum(1 for t in plain if _reads_as_skill(t))
    return len(plain) >= 3 and 2 * len(plain) > len(titles) and 2 * skills >= len(plain)


def find(profile: Profile, today: str | None = None) -> list[Finding]:
    """Every credential on the profile, each once."""
    findings: list[Finding] = []
    skills_lists = set()
    for section in profile.sections_of("certifications"):
        claims = not _lists_skills(section)
        if not claims:
            skills_lists.add(id(section))
        before: list[Finding] = []     # what the entry before found
        for n, entry in enumerate(section.entries):
            if entry.title and _OTHER_HEADING.fullmatch(entry.title.strip(" :")):
                claims = False      # "Community Involvement": a heading the reader did not know ends the list
                continue
            following = section.entries[n + 1].title if n + 1 < len(section.entries) else None
            if before and following and profile.page_kind in _LINE_ADAPTERS and _names_places(following) and \
                    _is_body_line(entry.title):
                # "Emotional Safety Plan / The Hotline Webinar Services / Knoxville TN": who gave it, then where
                if before[-1].data.get("issuer") in (None, _catalog_issuer(before[-1])):
                    before[-1].data["issuer"] = entry.title.strip(_TRIM_START + _TRIM_END)
                before = []
                continue
            title = next((b for b in entry.blocks if b.role == "title"), None)
            if profile.page_kind in _LINE_ADAPTERS and title is not None and _PROSE.search(title.text):
                found = _free_text_findings(title)      # "Using CBTNuggets.com, I continued to build ...": prose
            else:
                found = _line_entry_findings(entry, profile.source_text, claims) if profile.page_kind in _LINE_ADAPTERS else None
            if found is None:
                found = [f] if (f := _entry_finding(section, entry, today)) is not None else []
            if not found and findings and profile.page_kind in _LINE_ADAPTERS and entry.title and \
                    (canonical_issuer(entry.title) or _ISSUER_ITEM.match(entry.title)):
                last = findings[-1]     # a line naming only the issuer of the credential above it
                if last.block.section is section and last.data.get("issuer") in (None, _catalog_issuer(last)):
                    last.data["issuer"] = entry.title.strip()
            for f in found:
                _finish(f, today)
            findings.extend(found)
            before = found
    for block in profile.blocks():
        section = block.section
        if section is None or section.kind in _NOT_READ or block.role in ("dates", "location"):
            continue
        if section.kind == "certifications" and block.entry is not None:
            continue   # read above, as a whole entry
        if section.kind == "certifications" and not _PROSE.search(block.text):
            found = _list_findings(block, claims=id(section) not in skills_lists, acronyms=id(section) not in skills_lists)
        else:
            found = _free_text_findings(block)
        for f in found:
            _finish(f, today)
        findings.extend(found)
    if profile.page_kind in _LINE_ADAPTERS:
        runs = [run for section in profile.sections_of("certifications")
                for run in _plain_runs(section, profile.source_text or "")]
        if runs:
            findings = [f for f in findings if f.block.offset is None or _has_evidence(f.quote) or
                        not any(a <= f.block.offset + f.start < b for a, b in runs)]
    return findings


# A run of this many list items in a row with no evidence of a credential is a skills or duties list run on
# into the section, not names of credentials ("Typing, Inventory, Customer Service, Email, ...").
_PLAIN_RUN = 5
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ACRONYM_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,6}\d?(?![\p{L}])")
# Words of training taken, which a certifications list names beside its credentials ("Rope Rescue Schools").
_TRAINING_WORDS = regex.compile(r"(?i)\b(?:courses?|schools?|academy|classes|programs?|programmes?|exams?|seminars?|"
                                r"workshops?|webinars?|trainings?|levels?)\b")


def _has_evidence(piece: str) -> bool:
    """Whether a list item shows it names a credential: a credential or training word, a catalog name, a
    certifying body, a date. "Tai Chi" has none (a claim only among credentials); "ServSafe", "AHA CPR Card",
    "Rope Rescue Schools", "NIFS, 2014" have some."""
    return bool(_CREDENTIAL_WORDS.search(piece) or _TRAINING_WORDS.search(piece) or _YEAR.search(piece) or
                _mentions(piece) or canonical_issuer(piece) or _ISSUER_ITEM.match(piece) or _BODY_WORD.search(piece) or
                _is_course_title(piece))


def _is_course_title(piece: str) -> bool:
    """A course's title, five words or more in title case: "Giving and Receiving Constructive Feedback"."""
    words = piece.split()
    return len(words) >= 5 and not _rx(r"[.:;]\s").search(piece) and all(w[0].isupper() or w in _SMALL_WORDS for w in words) and \
        sum(w[0].isupper() for w in words) >= 4


def _is_abbreviation(piece: str) -> bool:
    """An item with an abbreviation the catalog does not know ("UPS", "PC Hardware"): maybe a credential's, maybe not."""
    return not (len(piece.split()) > 1 and piece.upper() == piece) and \
        any(w not in _NOT_ACRONYM and w not in _TOPIC_ACRONYMS for w in _ACRONYM_WORD.findall(piece))


def _is_body_line(title: str | None) -> bool:
    """A short line in capitals that names no credential: a body's or a place's name ("Knox County", "YWCA")."""
    piece = (title or "").strip(_TRIM_START + _TRIM_END)
    words = piece.split()
    return 1 <= len(words) <= 6 and all(w[0].isupper() or w in _SMALL_WORDS for w in words) and \
        not _CREDENTIAL_WORDS.search(piece) and not _mentions(piece) and not _DATE_ITEM.match(piece)


def _plain_runs(section: Section, source: str) -> list[tuple[int, int]]:
    """Where a certifications section runs on into a list of skills: (start, end) input offsets of each run
    of _PLAIN_RUN or more items in a row, over all its lines, that show no evidence of naming a credential."""
    spans = [(b.offset, b.offset + len(b.text)) for b in section.all_blocks() if b.offset is not None]
    if not spans:
        return []
    runs, first, last, count = [], None, None, 0
    for line in _rx(r"[^\n]+").finditer(source, min(a for a, _ in spans), max(b for _, b in spans)):
        for item in _items(line[0]):
            piece = line[0][item.start:item.end].strip(_TRIM_START + _TRIM_END)
            if _has_evidence(piece):
                if count >= _PLAIN_RUN:
                    runs.append((first, last))
                first, count = None, 0
                continue
            if not _rx(r"\p{L}{2}").search(piece) or _is_abbreviation(piece):
                continue    # "200" of "Incident 100, 200, 300": part of the item before; "UPS", "PC Hardware": neither way
            if first is None:
                first = line.start() + item.start
            last, count = line.start() + item.end, count + 1
    if count >= _PLAIN_RUN:
        runs.append((first, last))
    return runs


# Every pattern of _free_text_findings but the lexicon's needs one of these words; most blocks hold none, and
# testing for them first spares the costly patterns (_ACRONYM_CREDENTIAL's lookbehind tries every position).
_CUE_WORDS = ("certif", "licen", "credential", "designation", "registered")
_CUE_ANY_CASE = regex.compile(r"(?i)certif|licen|credential|designation|registered")


def _has_cue_word(text: str) -> bool:
    """Whether a cue word is in the text, in any case (for non-ASCII text, the patterns' own (?i) matching)."""
    if text.isascii():
        low = text.lower()
        return any(w in low for w in _CUE_WORDS)
    return _CUE_ANY_CASE.search(text) is not None


# How far back a pattern anchored at a mention's start ("...\s+$") is searched: each matches a word or two, and
# searching the whole text before every mention made long texts quadratic. (Characters before the window still
# count for \b and look-behinds, so the answers are the same for any match shorter than this.)
_LOOK_BACK = 200


class _Taken:
    """Spans of a text already read, asked "is this position or span inside one?" by bisection.

    Scanning a list per mention made a text of thousands of mentions quadratic ("CPA certified. " 6,500 times
    took 15 s). Non-empty spans are kept merged (the same answers: a position is in a span iff it is in their
    union, and a non-empty span meets a span iff it meets the union); empty spans are kept as points.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._points: list[int] = []
        self._reversed: list[tuple[int, int]] = []   # end < start: never built, kept only to answer as a list would
        self._all: list[tuple[int, int]] = []        # as added, for the degenerate question (a >= b)

    def add(self, start: int, end: int) -> None:
        self._all.append((start, end))
        if end <= start:
            if end == start:
                bisect.insort(self._points, start)
            else:
                self._reversed.append((start, end))
            return
        i = bisect.bisect_left(self._ends, start)          # the first span ending at or after `start`
        j = bisect.bisect_right(self._starts, end)         # past the last span starting at or before `end`
        if i < j:
            start, end = min(start, self._starts[i]), max(end, self._ends[j - 1])
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def holds(self, position: int) -> bool:
        """Whether a span has start <= position < end."""
        i = bisect.bisect_right(self._starts, position) - 1
        return i >= 0 and position < self._ends[i]

    def meets(self, a: int, b: int) -> bool:
        """Whether a span has start < b and a < end."""
        if a >= b:
            return any(s < b and a < e for s, e in self._all)
        i = bisect.bisect_left(self._ends, a + 1)           # the first span ending after `a`
        if i < len(self._starts) and self._starts[i] < b:
            return True
        k = bisect.bisect_right(self._points, a)
        return k < len(self._points) and self._points[k] < b or any(s < b and a < e for s, e in self._reversed)


def _free_text_findings(block: Block) -> list[Finding]:
    text = block.text
    out: list[Finding] = []
    taken = _Taken()
    cued = _has_cue_word(text)
    for label in (_LIST_LABEL.finditer(text) if cued else ()):
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        # The list runs to the end of the line (or the sentence, when a full stop ends it).
        stop = _rx(r"\.\s+(?=\p{Lu}[\p{Ll}])").search(text[label.end():line_end])
        end = label.end() + stop.start() if stop else line_end
        sub = Block(text[:end], block.role, block.locator, block.offset, block.fold)
        sub.section, sub.entry = block.section, block.entry
        for f in _list_findings(sub, label.end(), claims=True):
            f.block = block
            out.append(f)
        taken.add(label.start(), end)
    for lead in (_CERTIFIED_IN.finditer(text) if cued else ()):
        if taken.holds(lead.start()) or _PURSUING.search(text[max(0, lead.start() - 60):lead.start()]):
            continue
        if _rx(r"Certificat(?:e|ion)\s").match(lead[0]) and _rx(r"\p{Lu}[\p{L})]*\s+$").search(text, max(0, lead.start() - _LOOK_BACK), lead.start()):
            continue    # "ITIL Foundation Certification in IT Service Management": one name, not a list after "certified in"
        stop = _rx(r"[.;:](?:\s|$)|\s+(?:with|for|to|from|since|through|where|which|including)\s").search(text[lead.end():])
        end = lead.end() + stop.start() if stop else len(text)
        body = _BODY_BEFORE.search(text, max(0, lead.start() - 120), lead.start()) or \
            _rx(r"(?<![\p{L}\p{N}])(?P<by>\p{Lu}{2,8})\s+$").search(text, max(0, lead.start() - 12), lead.start())
        if body and (body["by"] in _NOT_ACRONYM or body["by"] in _TOPIC_ACRONYMS or _mentions(body["by"])):
            body = None     # "NPTEL certification in Data Structures": NPTEL's; not "CA certified in", "CPT certified in"
        for f in _list_findings(block, lead.end(), end, conjunctions=True, every_item=True):
            if not _rx(r"(?:19|20)\d\d").fullmatch(f.quote):
                if body and not f.data.get("issuer"):
                    f.data["issuer"] = body["by"]   # "National Occupational Competency Testing Institute (NOCTI) certified in CAD"
                out.append(f)
        taken.add(lead.start(), end)
    for m in find_in_text(text):
        if taken.holds(m.start):
            continue
        if _rx(r"\s*#\s*\d").match(text, m.end) and any(f.data.get("catalog_id") == m.credential.id for f in out):
            taken.add(m.start, m.end)
            continue    # "NCIDQ Certified, ..., NCIDQ Certificate #17785": the number of the one named before
        f = _finding(block, m.start, m.end, m.credential, text[m.start:m.end])
        if not f.data.get("issuer") or " / " in f.data["issuer"]:
            _issuer_named(f, text[m.start:m.end])   # "ACE certified Personal Trainer"
        if (state := _STATE_OF.search(text[m.start:m.end])) or (state := _STATE_BEFORE.search(text, max(0, m.start - 40), m.start)):
            f.data["issuer"] = state["by"]      # "State of Florida notary public"
        if (by := _rx(r"\b(\p{Lu}{2,6})\s+(?i:certified)\s+$").search(text, max(0, m.start - _LOOK_BACK), m.start)) and by[1] not in _NOT_ACRONYM:
            f.data["issuer"] = by[1]     # "ACE certified Personal Trainer"
        out.append(f)
        taken.add(m.start, m.end)
    for m in (_GOOD_STANDING.finditer(text) if "standing" in text else ()):
        a, b = m.span("board")
        if not taken.meets(a, b):
            f = _finding(block, a, b, None, m["board"])
            f.data["issuer"] = m["board"]
            f.data["tier"] = "license"
            out.append(f)
            taken.add(a, b)
    for m in (_PAIR_CERTIFIED.finditer(text) if cued else ()):
        pair = []
        for name in ("a", "b"):
            a, b = m.span(name)
            if not taken.meets(a, b):
                pair.append(_finding(block, a, b, lookup(m[name]), m[name]))
                _issuer_named(pair[-1], m[name])
                taken.add(a, b)
        brand = _rx(r"(\p{Lu}[\p{L}]+)\s+$").search(text, max(0, m.start("a") - _LOOK_BACK), m.start("a"))
        shared = next((f.data["issuer"] for f in pair if f.data.get("issuer")), None) or \
            (brand[1] if brand and canonical_issuer(brand[1]) else None)
        for f in pair:      # "Google AdWords and Analytics certified": both Google's
            f.data["issuer"] = f.data.get("issuer") or shared
        out.extend(pair)
    for m in (_PLATFORM_COURSE.finditer(text) if cued else ()):
        a, b = m.span("name")
        if not taken.meets(a, b):
            f = _finding(block, a, b, None, m["name"])
            f.data["issuer"] = m["by"]
            out.append(f)
            taken.add(a, b)
    for m in (_BRAND_CERTIFIED.finditer(text) if cued else ()):
        a, b = m.span()
        if canonical_issuer(m["brand"]) and not taken.meets(a, b) and not _NOT_BEFORE_AT_END.match(text[:a]):
            f = _finding(block, a, b, lookup(m[0]), m[0])
            f.data["issuer"] = f.data.get("issuer") or m["brand"]
            out.append(f)
            taken.add(a, b)
    acronym_credential = (_ACRONYM_CREDENTIAL if _EARNED_VERB.search(text) else _ACRONYM_CREDENTIAL_UNEARNED) if cued else None
    for pattern in ((_NAMED_CREDENTIAL, acronym_credential, _CERTIFIED_ROLE, _KIND_THEN_NAME) if cued else ()):
        for m in pattern.finditer(text):
            a, b = m.span()
            kind = _rx(r"(?i)certificat(?:e|ion)|licen[cs]e|licensure").search(m[0]) if pattern is not _CERTIFIED_ROLE else None
            if kind and (stop := _NAME_STOPS.search(m[0], kind.end())):
                b = a + stop.start()    # "certificate : Computer Technician Network Specialist Fresno City College"
            if pattern is _NAMED_CREDENTIAL:
                lead = list(_LEAD_WORDS.finditer(m[0]))     # "Awarded", "OPTUM Received": not the name
                a += lead[-1].end() if lead else 0
                if _PURSUING.search(m[0]):
                    continue
                if m[0].endswith("Certified"):     # "Microsoft Certified Azure Data Fundamentals": the name goes on
                    b += len(_NAME_GOES_ON.match(text, b)[0])
            if a >= b or _CREDENTIAL_WORDS.fullmatch(text[a:b]) or taken.meets(a, b) or _NOT_BEFORE_AT_END.match(text[:a]) or \
                    _NOT_AFTER_NAMED.match(_rx(r"^\s*\([^()]{1,12}\)").sub("", text[b:b + 80])) or \
                    _rx(r"(?:Society|Association|Institute|Academy|Council|Registry|Federation|Alliance|Board)\s+(?:of|for)\b").match(text[a:b]) or \
                    _ORGANISATION_OF.search(text[a:b]) or _NOT_BEFORE_GUARDED.search(text[max(0, a - 30):a]) and \
                    not _rx(r"(?i)(?:\b(?:achieved|earned|obtained|received|awarded|holds?|passed|completed)\s+"
                                     r"(?:the|a|an|my)|\b(?:a|an))\s*$").search(text[max(0, a - 30):a]) or \
                    _rx(r"(?i)\bnon-?\s*$").search(text, max(0, a - _LOOK_BACK), a) or _COURSE_LIST_BEFORE.search(text[max(0, a - 60):a]) or \
                    _NOT_CREDENTIAL.search(text[a:b]):
                continue
            if (before := next((f for f in out if f.data.get("catalog_id") and f.end <= a and
                                _rx(r"(?:\s+\p{Lu}\p{Ll}+){0,2}\s*").fullmatch(text[f.end:a])), None)) is not None:
                before.end = b      # "EPA Section 608 Type Universal Certification": more of the catalog name before it
                before.data["shown_as"] = " ".join(text[before.start:b].split())
                taken.add(a, b)
                continue
            f = _finding(block, a, b, lookup(text[a:b]), text[a:b])
            if pattern is not _KIND_THEN_NAME:     # "Certificate of Achievement - Business Administration": a dash, then the name
                _issuer_named(f, text[a:b])
            out.append(f)
            taken.add(a, b)
    for f in out:
        # "... certification through the Michigan School Business Officials organization": the issuer after it
        by = _ISSUER_AFTER.match(text, f.end) or (_CERTIFIED_FOR.match(text, f.end) if f.quote.lower().endswith("certified") else None)
        named = by and (by["by"] or by["school"] or by["acronym"])
        if named and f.data.get("issuer") in (None, _catalog_issuer(f)) and not find_in_text(named, listed=True):
            # "... from Udemy Skills": the next heading, run on by the reflow, is no part of the issuer
            f.data["issuer"] = _rx(r"\s+(?:Skills|Languages|Education|Experience|Interests|Awards|Activities)$").sub(
                "", _MONTH_AT_END.sub("", named))
        elif f.data.get("issuer") in (None, _catalog_issuer(f)) and (school := _school_beside(block, f.quote)):
            f.data["issuer"] = school
    out.sort(key=lambda f: f.start)
    for f, g in zip(out, out[1:]):
        if _rx(r"(?:\s+(?i:certification|certificate|certified|license|licence))?\s*\(").fullmatch(text[f.end:g.start]) and \
                text.startswith(")", g.end) and g.data.get("catalog_id") and (
                    f.data.get("catalog_id") in (None, g.data["catalog_id"]) or
                    "".join(w[0] for w in _rx(r"\p{Lu}[\p{L}]*").findall(f.quote)) == text[g.start:g.end]):
            # "Engineer in Training Certification (EIT)", "Certified Purchasing Manager (CPM)": the abbreviation in
            # brackets is the same credential's ("Registered Nurse (APRN)" is not)
            f.end = g.end + 1
            f.data["shown_as"] = " ".join(text[f.start:f.end].split())
            f.data.setdefault("catalog_id", g.data["catalog_id"])
            g.end = -1
    return [f for f in out if f.end >= 0]


def _school_beside(block: Block, quote: str) -> str | None:
    """The school or body an entry's other half names, when the reader split a line in two: "De Anza College,
    Marketing Management Certificate", "Project Management Certification - Stevens Institute"."""
    entry = block.entry
    if entry is None or block.role not in ("title", "subtitle"):
        return None
    for other in (entry.title, entry.organisation):
        if other and quote not in other and not _CREDENTIAL_WORDS.search(other) and (m := _SCHOOL_OPENING.match(other.strip())):
            return m[0]
    return None


_SCHOOL_OPENING = regex.compile(r"(?:\p{Lu}[\p{L}.&'-]*\s+){0,4}(?:University|College|Institute|Academy)"
                                r"(?:\s+of(?:\s+\p{Lu}[\p{L}]+){1,3})?(?![\p{L}])")


# "In good standing with both Texas and Idaho State Boards of Pharmacy": licensed by the board named.
_GOOD_STANDING = regex.compile(r"(?i:in\s+good\s+standing\s+with)\s+(?:(?i:both|the)\s+)?(?:\p{Lu}\p{Ll}+\s+(?:and|&)\s+)?"
                               r"(?P<board>(?:\p{Lu}[\p{L}.&'-]*\s+){0,3}(?:Boards?|Bar|Council|Commission|Registry)"
                               r"(?:\s+(?i:of|for)(?:\s+\p{Lu}[\p{L}&'-]*)+)?)")


_ISSUER_AFTER = regex.compile(r"[ \t]*,?[ \t]*(?:(?:issued\s+by|awarded\s+by|certified\s+by|from|through|by|via)\s+(?:the\s+)?"
                              r"(?P<by>(?i:state|commonwealth)\s+of\s+(?:(?:New|North|South|West|Rhode)\s+)?\p{Lu}\p{Ll}+|\p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|&\s+|and\s+)?\p{Lu}[\p{L}.&'-]*){0,6})"
                              # "Graphic Design Certification Western Nevada College": a school or body right after it
                              r"|(?P<school>(?:\p{Lu}[\p{L}.&'-]*\s+){0,4}(?:University|College|Institute|Academy|Corps|UNIVERSITY|COLLEGE)"
                              r"(?:\s+(?i:of|at)(?:\s+\p{Lu}[\p{L}]+){1,3}){0,2})(?![\p{L}])"
                              # "Business Administration, CTU, Santa Ana, CA": a school's abbreviation, then its place
                              r"|,\s*(?P<acronym>\p{Lu}{2,6})(?=\s*,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*,\s*\p{Lu}{2}\b))")


def _finish(f: Finding, today: str | None) -> None:
    d = f.data
    d.pop("issuer_shown", None)
    if d.get("issuer"):
        # "African Leadership Development (April 2017)", "the American Heart Association.": the body's name alone
        # "FAAÂ", "American Institute of Certified Public Accountants Â Â Dec": the PDF's stray marks and a month
        issuer = " ".join(_rx(r"Â(?![\p{L}])").sub(" ", d["issuer"]).split())
        issuer = _MONTH_AT_END.sub("", _TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", issuer))).strip(" ,;:")
        if issuer.endswith(".") and not _rx(r"\b(?:Ltd|Inc|Co|Corp|Pvt|Jr|Sr|Dept|St|[A-Z])\.$").search(issuer):
            issuer = issuer[:-1]
        d["issuer"] = issuer if _rx(r"\p{L}{2}").search(issuer) else None
    if d.get("issuer") and _key(d["issuer"]) in catalog().shared:
        # "AWS Brazing Certification": a spelling two bodies share, named in full as the text's words decide
        d["issuer"] = canonical_issuer(d["issuer"], f.block.text) or d["issuer"]
    if not d.get("issuer") and canonical_issuer(d.get("shown_as")):
        d["issuer"] = d["shown_as"]     # "PMI and CMMI certified": certified by the body it names
    if not d.get("catalog_id"):
        d["tier"] = _tier_for(None, d.get("issuer"))
    if d.get("expires") and today:
        d["expired"] = d["expires"] < today[: len(d["expires"])]
    f.data = {k: v for k, v in d.items() if v is not None}
