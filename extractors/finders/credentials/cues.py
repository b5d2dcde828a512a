"""Words beside a name that say whether it is a credential held: cues for it ("certified", "licensed as a"), and
look-alikes and credentials not held yet against it ("CPA firm", "PE ratio", "pursuing the PMP")."""
from __future__ import annotations

import regex


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

_COURSE_AFTER = regex.compile(r"[^.;:]{0,25}?\bcourses?\b")

_BRACKETED = regex.compile(r"^\s*\([^()]{1,12}\)")

# "Classes included: MS Windows, Office and A+ Certification": what a course covered.
_COURSE_LIST_BEFORE = regex.compile(r"(?i)\b(?:classes|courses|coursework|subjects|modules)(?:\s+\w+)?\s*:[^.:;]*$")

_PURSUING = regex.compile(r"(?i)\b(?:studying|pursuing|preparing|seeking|working\s+towards?|candidate|enrolled)\b")

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

# "Philippine Institute of Certified Public Accountants": a body's name, not the credential it is named after.
_ORGANISATION_OF = regex.compile(r"(?:Society|Association|Institute|Academy|Council|Registry|Federation|Alliance|Board)\s+(?:of|for)\s+"
                                 r"(?:the\s+)?(?:\p{Lu}\p{L}*\s+)*?(?:Certified|Chartered|Registered|Licensed)\b")

_TITLE_BEFORE = regex.compile(r"(?:^|\s)(?:Staff|Field|Charge|Travel|Float|Agency|Home\s+Health|Hospice|Lead|Senior|Clinical|"
                              r"Firefighter|Paramedic|Nurse|Medic)\s*[/-]?\s*$")

_ENDS_HERE = regex.compile(r"^\s*(?:$|[\s,;.)/])")

# An item that opens by saying what it names is not held yet.
_NOT_HELD_LEAD = regex.compile(r"(?i)(?:certifications?\s+)?(?:pending|in[\s-]+process|in\s+progress)\b")
