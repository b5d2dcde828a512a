"""Words beside a name that say whether it is a credential held: cues for it ("certified", "licensed as a"), and
look-alikes and credentials not held yet against it ("CPA firm", "PE ratio", "pursuing the PMP"); and who holds one a
clause names, by its nearest verb ("Taught CCNA": given to others; "earned the PMP": the candidate's)."""
from __future__ import annotations

import regex

from .words import alternation


# A cue that the words beside an alias are about a credential: "licensed RN", "holds the PMP", "Certifications: PMP".
_CUE_BEFORE = regex.compile(
    rf"(?i)(?:\b(?:{alternation('cue_before')})\b|:|\bas\s+an?)[\s,]*(?:(?:an?|the|as|in|of)\s+)?$")
_CUE_AFTER = regex.compile(
    rf"(?i)^[\s\-–(]*(?:{alternation('cue_after')}|\(|,?\s*(?:inactive|active)\b)")

# Not the candidate's credential (yet), or not a credential at all: "CPA firm", "PE ratio", "PMP exam prep".
_NOT_AFTER = regex.compile(rf"""(?ix) ^[\s\-–/]*(?:
      {alternation('look_alikes_after')}
    | (?:certified\s+)?(?:{alternation('held_by_organisations')})   # "an ISO certified company"
    | (?:certified\s+)?(?:{alternation('things_after')})            # "LEED certified buildings", "CDL drivers"
    | process(?:es)?                                                 # "ITIL process": a method followed
    | in\s+(?:{alternation('martial_arts')})                        # "black belt in karate": a rank
    )\b""")
_NOT_BEFORE = regex.compile(rf"""(?ix) \b(?:
      {alternation('not_yet_before')}
    | (?:{alternation('body_nouns_of')})\s+(?:of|for) # "Society of" + alias: a body's name
    )
    (?:\s+(?:the|my|an?))?(?:\s+\p{{Lu}}[\p{{L}}]+['’]s|\s+(?-i:\p{{Lu}}[\p{{L}}]+))?\s*$""")   # "Jane's", "the Cloudera"

# The same pattern read right to left and anchored at the end: whether a text ends with a _NOT_BEFORE phrase, in a
# few microseconds instead of a forward search from every start of a long prefix (every match ends at the end).
_NOT_BEFORE_AT_END = regex.compile(_NOT_BEFORE.pattern, _NOT_BEFORE.flags | regex.REVERSE)

# Words before a short alias that make it someone else's or a kind of firm: "our CPA", "a local CPA", "Project: PMP".
_NOT_BEFORE_GUARDED = regex.compile(rf"(?i)\b(?:{alternation('others_before')})\s*$")

# A role a cue makes someone, named as the object of a verb or preposition: someone else's ("assisted a certified
# Child Life specialist", "with a licensed therapist", "Supported Certified Financial Planner & clients").
_OTHERS_TITLE_BEFORE = regex.compile(rf"(?i)\b(?:{alternation('others_title_before')})\s+(?:(?:a|an|the|our|other|\d+)\s+)?$")

# The same for a catalog title naming a person ("with a licensed contractor"): see others_before_named_title.
_OTHERS_NAMED_TITLE_BEFORE = regex.compile(rf"(?i)\b(?:{alternation('others_before_named_title')})\s+(?:(?:a|an|the|our|other|\d+)\s+)?$")
_PERSON_TITLE = regex.compile(r"(?i)(?:er|or|ist|ant|ian|nurse|aide|planner|agent)s?$")

# After a person's name: "Jane Roe, RN", "John Smith, P.E., CPA".
_AFTER_NAME = regex.compile(
    r"(?:^|\n)\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+,\s*(?:[A-Z][A-Za-z.\-/]*[A-Z.],\s*)*$")

_COURSE_AFTER = regex.compile(r"[^.;:]{0,25}?\bcourses?\b")

_BRACKETED = regex.compile(r"^\s*\([^()]{1,12}\)")

# "Classes included: MS Windows, Office and A+ Certification": what a course covered.
_COURSE_LIST_BEFORE = regex.compile(r"(?i)\b(?:classes|courses|coursework|subjects|modules)(?:\s+\w+)?\s*:[^.:;]*$")

_PURSUING = regex.compile(rf"(?i)\b(?:{alternation('pursuing')})\b")

# What a named credential's words are about when they are no credential held: "ISO certification process".
_NOT_AFTER_NAMED = regex.compile(r"(?i)^\s+(?:process|program|programs|requirements?|audits?|standards?|exams?|renewals?|"
                                 r"compliance|training|courses?|class(?:es)?|efforts?|projects?|applications?|procedures?|"
                                 rf"updates?|renewals?|{alternation('held_by_organisations')}|{alternation('things_after')}|"
                                 r"documentation|tracking|testing|review|reviews|timelines?|verification|site|ids?|numbers?|"
                                 r"(?:and|&)\s+(?:\w+\s+){0,2}(?:programs?|services?|courses?|classes|solutions)|"
                                 r"(?:from\s+[^.]{0,60}?\s+)?for\s+(?:an?|the|our|its|their)\s+(?:\w+\s+){0,2}(?:building|project|office|"
                                 r"facility|renovation|site|plant|product|company|clients?|customers?)|"
                                 # "Account Certification Operations Analyst": a job title
                                 rf"(?-i:(?:\p{{Lu}}\p{{Ll}}+\s+)?(?:{alternation('job_title_nouns')})))\b")

# A body's name opening a phrase: "Society of ...", "Board for ...".
_BODY_OF = regex.compile(rf"(?:{alternation('body_nouns_of')})\s+(?:of|for)\b")
# "Philippine Institute of Certified Public Accountants": a body's name, not the credential it is named after.
_ORGANISATION_OF = regex.compile(rf"(?:{alternation('body_nouns_of')})\s+(?:of|for)\s+"
                                 r"(?:the\s+)?(?:\p{Lu}\p{L}*\s+)*?(?:Certified|Chartered|Registered|Licensed)\b")

# A job title built on the licence after it: "Staff LPN", "Charge RN", "Firefighter/EMT".
_TITLE_BEFORE = regex.compile(rf"(?:^|\s)(?:{alternation('licence_job_titles')})\s*[/-]?\s*$")

_ENDS_HERE = regex.compile(r"^\s*(?:$|[\s,;.)/])")

# Not held yet, said after the name, wherever a credential is read (a list's item, a catalog name, a named one).
_NOT_YET_AFTER = regex.compile(rf"(?i)^[\s\-–,:()]*(?:(?:certificat\w*|certified|licen[cs]\w*)\s+)?(?:{alternation('not_yet_after')})\b")   # "PHR certificate after graduation"
_NOT_YET_IN_ITEM = regex.compile(rf"(?i)[\s\-–,:(](?:{alternation('not_yet_after')})\b")
# An item that opens by saying what it names is not held yet.
_NOT_HELD_LEAD = regex.compile(r"(?i)(?:certifications?\s+)?(?:pending|in[\s-]+process|in\s+progress)\b")

# Who holds a credential a clause names: the nearest verb before it decides, one of giving or running it for others
# ("Taught CCNA", "created a coaching certification program", "ensure ISO certification for a client") or one of
# holding it ("earned", "passed", "as a"). A verb of holding said of people or an organisation named just before it is
# theirs ("54 employees earning ...", "a client achieving Gold partner status").
# (A dash after a word or between spaces ends a label or a field: "Web design- HTML, ...", "Title - Company".)
_CLAUSE_END = regex.compile(r"(?:[.!?](?=\s)|[;:\n|•—]|(?<=\p{L})-\s|\s[-–]\s)(?!.*(?:[.!?]\s|[;:\n|•—]|\p{L}-\s|\s[-–]\s))", regex.S)
_FOR_OTHERS = regex.compile(rf"(?i)(?:{alternation('verbs_for_others')})")
_OF_HOLDING = regex.compile(rf"(?i)(?:{alternation('verbs_of_holding')})")
# Of those, the ones whose subject may be named right before them ("employees earning"); the rest say the candidate's.
_RECEIVED = regex.compile(rf"(?:{alternation('verbs_received')})\p{{Ll}}*")
_CLAUSE_TOKEN = regex.compile(r"[\p{L}'’+]+(?:-[\p{L}'’+]+)*|,")
# Determiners and prepositions: before capitalised words they open a name ("the Widget Certification"), no phrase ended;
# the small words that may stand between a name's capitalised words ("and", "of") are _SMALL.
_DETERMINER_OR_PREPOSITION = regex.compile(r"(?i)an?|the|my|our|their|his|her|its|this|that|these|those|all|each|every|any|some|both|at|on|by|from|into|towards?|about|under|through|via|per")
_SMALL = frozenset(("and", "or", "for", "of", "in", "the", "with", "to", "&"))
# Others named before a verb of holding: a plural noun in lower case ("employees", "students").
_PLURAL_PEOPLE = regex.compile(r"\p{Ll}{2,}(?<![su])s")
_NOT_PLURAL = frozenset(("this", "has", "was", "its", "his", "hers", "yours", "ours", "theirs", "always", "years",
                         "months", "weeks", "days", "hours", "thus", "plus", "as", "is", "us", "also", "whereas"))
_HELD_AFTER = regex.compile(r"(?i)[\ \t-]*(?:certified|licensed)(?![\p{L}])(?![\ \t]+\p{Ll}+s(?![\p{L}]))")
_HELD_NAME_END = regex.compile(r"(?i)(?:certified|licensed)$")
_APPLIED_FOR = regex.compile(r"(?i)(?<![\p{L}])appl(?:ied|ying|ication)[\ \t]+for[\ \t]+(?:(?:the|a|an|my)[\ \t]+)?$")
_HOLDER_WORDS = 8      # how many words before a credential a verb may stand and still govern it


def held_by_others(text: str, start: int, end: int) -> bool:
    """Whether the clause naming text[start:end] says someone other than the candidate holds it, or that the candidate
    gives or runs it for others (see the comment above). A comma ends the clause unless only names stand between it
    and the credential ("taught A+, N+ and CCNA": one list after one verb); a verb is read in capitals only where it
    opens the clause ("Lead Pharmacy Technician" is a title)."""
    if _APPLIED_FOR.search(text, max(0, start - 40), start):
        return True     # "Submitted an application for Widget Q certification": not held (yet)
    if _HELD_AFTER.match(text, end) or _HELD_NAME_END.search(text, start, end):
        return False    # "Managed five sites, PMP certified": said of the candidate after the name
    tokens = _clause_tokens(text, start)
    if text[start:start + 1].isupper():
        k = len(tokens) - 1
        while k >= 0 and (tokens[k][0].isupper() or tokens[k].lower() in _SMALL and k >= 1 and tokens[k - 1][0].isupper()):
            k -= 1      # back over the capitalised words before the name ("and", "of" between them)
        if k >= 0 and tokens[k][0].islower() and tokens[k].lower() not in _SMALL and not _FOR_OTHERS.fullmatch(tokens[k]) and \
                not _OF_HOLDING.fullmatch(tokens[k]) and not _DETERMINER_OR_PREPOSITION.fullmatch(tokens[k]):
            return False    # "... negotiating skills Six Sigma Certification", "... meals Other Skills Registered
                            # Counselor": a name run on after a phrase ended, no verb's object
    return _governing(tokens, text[start]) == "others"


def said_held(text: str, start: int) -> bool:
    """Whether the clause before text[start:] says the candidate holds what is named there: its nearest verb is one of
    holding ("earned a certificate in ...", "a licensed zorb fitter with a certificate in ..."), or "with", "have" or
    "hold" stands just before the article."""
    tokens = _clause_tokens(text, start)
    return _governing(tokens, text[start]) == "candidate" or \
        len(tokens) >= 2 and tokens[-2].lower() in ("with", "have", "has", "hold", "holds", "holding")


def _clause_tokens(text: str, start: int) -> list[str]:
    """The words (and commas) of the clause that runs up to text[start:], at most 160 characters back."""
    window = text[max(0, start - 160):start]
    if (cut := _CLAUSE_END.search(window)) is not None:
        window = window[cut.end():]
    return _CLAUSE_TOKEN.findall(window)


def _governing(tokens: list[str], first: str) -> str | None:
    """Who the nearest verb of the clause's tokens says holds what follows them ("others", "candidate"), or None."""
    words = 0
    named = True        # only names between the credential and the comma last crossed
    for n in range(len(tokens) - 1, -1, -1):
        w = tokens[n]
        if w == ",":
            if not named:
                return None
            continue
        words += 1
        if words > _HOLDER_WORDS:
            return None
        opens = n == 0
        if _OF_HOLDING.fullmatch(w):
            if not _RECEIVED.fullmatch(w) or n == 0:
                return "candidate"
            k = n - 1 - (tokens[n - 1].lower() == "to" and n >= 2)
            before = tokens[k]
            others = _PLURAL_PEOPLE.fullmatch(before) and before.lower() not in _NOT_PLURAL or \
                k >= 2 and before[0].isupper() and tokens[k - 1][0].isupper() and tokens[k - 2][0].islower()
            return "others" if others else "candidate"
        if _FOR_OTHERS.fullmatch(w) and (w[0].islower() or opens and not (
                w.endswith("ing") and (tokens[n + 1] if n + 1 < len(tokens) else first)[0].isupper())):
            # (not an -ing word in capitals before a name: "Teaching Certificate", "Teaching Certified Teacher")
            return "others"
        if w[0].islower() and w.lower() not in _SMALL:
            named = False
    return None
