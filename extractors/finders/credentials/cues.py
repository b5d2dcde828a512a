"""Words beside a name that say whether it is a credential held: cues for it ("certified", "licensed as a"), and
look-alikes and credentials not held yet against it ("CPA firm", "PE ratio", "pursuing the PMP")."""
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
