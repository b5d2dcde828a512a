"""Patterns that name a credential in free text without the catalog: "certified in A, B and C", "Salesforce ...
Certification", "Certificate in X", "certified TRX trainer", "Coursera: Course Title"."""
from __future__ import annotations

import regex

from .words import alternation


# A credentials list written inline: "Certifications: CPA, Six Sigma Green Belt".
_LIST_LABEL = regex.compile(
    r"(?:^|[\n|•]\s*|[.;]\s+|\b(?:19|20)\d\d\s+)(?i:(?:professional\s+|relevant\s+|key\s+)?(?:certifications?|certificates?|"
    r"licen[cs]es?(?:\s*(?:&|and)\s*certifications?)?|certifications?\s*(?:&|and)\s*licen[cs]es?|credentials|licensure|"
    r"designations))\s*(?:[:\-–]|\s(?=\p{Lu}))\s*"
    # ... or after the kind of credentials it lists, then a colon: "Group Exercise Instructor Certifications: BOSU,
    # Schwinn Cycling, Group Power", "Safety Certifications: Red Cross CPR and First Aid"
    # (not what someone manages: "Managed Software Licenses: Microsoft Office, Adobe Acrobat")
    r"|(?<![\p{L}\p{N}])(?!(?:\p{Lu}[\p{L}&/-]*[\ \t]+){0,2}(?i:" + alternation("not_held_list_kinds") + r")[\ \t])"
    r"(?:\p{Lu}[\p{L}&/-]*[\ \t]+){1,3}(?i:certifications|certificates|licen[cs]es)[\ \t]*:[\ \t]*")

# "certified in Zumba Gold, Zumba Toning and Zumba Kids", "licensed in California Property and Casualty Insurance".
_CERTIFIED_IN = regex.compile(r"\b(?i:certified|licensed|certifications?)(?:/(?i:accredited|licensed|certified))?\s+(?:in|as)\s+(?=\p{Lu})")

# "Forklift and HAZMAT certified", "CPR and Western Union Certified": two credentials, the first one word or acronym,
# the second up to three capitalised words.
_PAIR_CERTIFIED = regex.compile(r"(?<![\p{L}\p{N}])(?P<a>\p{Lu}[\p{L}+]{1,20})\s+(?:and|&)\s+(?P<b>\p{Lu}[\p{L}+]{1,20}(?:\s+\p{Lu}[\p{L}+]{1,20}){0,2})\s+(?i:certified)\b")

# A capitalised name ending in a credential word, in free text: "Salesforce Marketing Cloud Consultant Certification".
_NAMED_CREDENTIAL = regex.compile(r"""(?x)
    (?<![\p{L}\p{N}])
    (?:(?:\p{Lu}[\p{L}\p{N}+\#&./'-]*|\(\p{Lu}[\p{Lu}\p{N}&/-]{1,9}\))\s+                   # a capitalised word or "(ABC)",
       (?:(?:\p{Lu}[\p{L}\p{N}+\#&./'-]*|\(\p{Lu}[\p{Lu}\p{N}&/-]{1,9}\)|of|and|in|for|&)\s+){0,5})   # up to 5 more
    (?:(?i:certification|certificate|license|licence|licensure|credential(?!s))                 # then the kind,
       # "... Certificate Program"; not before its field or its list ("Certificate Program in X", "Program : 2008 ...",
       # "Program, State Funds"), nor in a job title ("Certification Program Management")
       (?:\s+Program(?:me)?(?![\p{L}])(?![\ \t]*[:,]|\s+in\s|\s+(?:Management|Manager|Director|Coordinator|Officer|Analyst)\b))?
       (?:\s+in(?:\s+\p{Lu}[\p{L}&/-]*){1,4}(?=[\s,.;]|$))?                                    # "... in Food Safety"
     | (?i:certified))
    (?![\p{L}])""")

# "Certified" opening a capitalised name of the person it makes: "Certified Chief Information Officer (CIO)",
# "Certified Advanced Fire and Security Alarm Designer", the way many credentials are named. The last word names a
# person ("...er", "...or", "...ist", "...ant", "...ian", "...al", "...ate", "...ive"): not "Certified Mail",
# "Certified Quality System", "Certified Business Women's Network".
_CERTIFIED_NAME = regex.compile(r"""(?x)
    (?<![\p{L}\p{N}-])Certified
    (?:[\ \t]+(?:(?:of|in|for|and|&)[\ \t]+)?(?:\p{Lu}[\p{L}\p{N}+\#&/'-]*|\d{1,2}(?![\p{N}.,/]))){1,5}   # the name's words
    [\ \t]+\p{Lu}\p{Ll}*(?:er|or|ist|ant|ent|ian|al|ate|ive)(?![\p{L}])                       # ("Level 2"), the last a person
    (?:[\ \t]*\(\p{Lu}[\p{Lu}\p{N}&/.-]{1,9}\))?                                        # "(CIO)"
    """)

# "certified Base SAS Programmer", "Licensed Healthcare Representative", "Certified as a Scrum Master": a cue, then the
# capitalised title of the person it makes, the catalog's or not. Read only where the text says the candidate holds
# it (_HELD_BEFORE): "assisted a certified Child Life Specialist" or "with a Licensed Therapist" name someone else.
# The name is the noun phrase: capitalised words (small words between), the last a person's ("...er", "...or",
# "...ist", ... or a certified role: "Coach", "Master"), perhaps "for Safety" after it.
_HELD_TITLE = regex.compile(rf"""(?x)
    (?<![\p{{L}}\p{{N}}-])(?i:certified|licensed)(?:[\ \t]+(?i:as)(?:[\ \t]+(?i:a|an))?)?            # the cue
    (?:[\ \t]+(?:(?:of|in|for|and|&)[\ \t]+)?\p{{Lu}}[\p{{L}}\p{{N}}+\#/'-]*){{0,5}}                  # the name's words,
    [\ \t]+(?!(?<=\p{{Ll}}[\p{{L}}\p{{N}}+\#/'-]*[\ \t]+)\p{{Lu}}{{2,}}(?![\p{{L}}]))                    # (see _CERTIFIED_ROLE)
    (?:\p{{Lu}}\p{{Ll}}*(?:er|or|ist|ant|ent|ian|al|ate|ive)|(?=\p{{Lu}})(?i:{alternation('certified_roles')}))(?![\p{{L}}])
    (?![\ \t]+(?i:of|in)[\ \t]+(?i:applied|arts?|science|business)\b)                                 # a degree: "Associate Of Applied Science"
    (?:[\ \t]+(?:for|in|of)(?:[\ \t]+\p{{Lu}}\p{{Ll}}+){{1,3}}(?![\p{{L}}]))?                           # "for Safety"
    (?:[\ \t]*\(\p{{Lu}}[\p{{Lu}}\p{{N}}&/.-]{{1,9}}\))?                                               # "(CIO)"
    """)

# Before a held title: the start of a line or a clause, or "I am (also) a", "as a", "became a", "is a".
_HELD_BEFORE = regex.compile(r"(?:^|[\n,;:(•*]|[.!?][\ \t])[\ \t]*$|"
                             r"\b(?i:am|is|was|as|became|become|becoming|being|be|I'm)[\ \t]+(?:(?i:also|now|a\ fully)[\ \t]+)?"
                             r"(?i:a|an)[\ \t]+$")

# The kind of credential, then what it is in: "Certificate Program in Project Management", "Certification for Nebraska
# Pharmacy Technician", "Certificate of Achievement - Business Administration".
_KIND_THEN_NAME = regex.compile(r"""(?x)
    (?<![\p{L}])(?:Certificate|Certification|(?<![\p{L}\p{N}.]\ )(?:certificate|certification))   # the kind
    (?:\s+Program\s+(?:in|for)\s+ | \s+of\s+(?:Achievement|Completion)\s*[-–:*]\s* | \s+(?:in|for)\s+ | \s*[-–:]\s+
       | [\ \t]+,[\ \t]+                                                              # "Certificate , Paralegal"
       | (?<=(?:^|\n)[\ \t•*-]*C(?:ertificate|ertification)),[\ \t]+                # "Certificate, Web Development" opening a line
       | [\ \t]+of[\ \t]+(?!(?i:""" + alternation("certificate_of_not_credential") + r""")(?![\p{L}])))   # "Certificate of Portuguese Studies"
    \p{Lu}[\p{L}&/+\#-]*                                                                 # the name: capitalised words,
    (?:\s+(?:(?:and|of|&|for|to|in)\s+)?                                                # small words between them
       (?:\p{Lu}\p{Ll}[\p{L}&/+\#-]* | \p{Lu}{1,4}[+\#]*(?![\p{L}]) | \(\p{Lu}{2,6}\))){0,7}   # "IT", "C++", "(PMP)"
    """)

# Where a name read after its kind stops: a school, a course platform, the anonymised place, a year.
_NAME_STOPS = regex.compile(r"\s+(?:(?:The\s+)?(?:\p{Lu}[\p{L}.&'-]*\s+)?(?:University|College|Institute|School|Academy)\b|"
                            r"(?:from|at|by|through)\s|City(?=\s*,\s*State)|(?:19|20)\d\d\b).*", regex.S)

# Words before a name that are not part of it: "Achieved the Chief Financial Officer (CFO) certification".
_LEAD_WORDS = regex.compile(r"(?:^|(?<=\s))(?:(?:Achieved|Awarded|Earned|Obtained|Received|Completed|Holds?|Held|Passed|"
                            r"Maintains?|Obtains?|Current|Present|Active|Valid|The|A|An|My|And|Also|Including|Got|Gained|Acquired|Attained|Secured|"
                            r"Have|Has|Had|Did|Done|Became|Become|Am|Is|Was)\s+)+")

# (A year ends the name: "Cisco Certified Engineer 1997 Dersyha University" names the school after it.)
_NAME_GOES_ON = regex.compile(r"(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}+#&./'-]*|(?!(?:19|20)\d\d(?!\d))\d+|-|–|and|of|for)(?![\p{L}]))*"
                              r"(?<![ \t\-–]|and|of|for)")

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

# "a certified professional floral designer", "certified TRX trainer": a cue and the role it makes someone.
_CERTIFIED_ROLE = regex.compile(rf"""(?x)
      (?<![\p{{L}}-])(?i:certified|licensed|registered)\s+(?:(?!(?i:and|or)\s)\p{{L}}[\p{{L}}\p{{N}}+&/-]*\s+){{0,4}}   # a cue, up to 4 words
      (?!(?<=\p{{Ll}}[\p{{L}}\p{{N}}+&/-]*\s+)\p{{Lu}}{{2,}}(?![\p{{L}}]))                                 # (in capitals after
      (?i:{alternation('certified_roles')})(?![\p{{L}}])                                               # a word in lower case, the role
                                                                                                      # opens another phrase:
                                                                                                      # "Coach EXPERT RATING")
    | (?<![\p{{L}}-])(?:\p{{Lu}}\p{{Ll}}+\s+)?(?i:{alternation('roles_certified_by')})                # "Peer Reviewer
      \s+certified(?=\s+(?:by|in|for|through|with)\b)                                                 #  certified for ..."
    """)

# "Microsoft Azure certified.": a known body's product, certified, at the end of a phrase.
_BRAND_CERTIFIED = regex.compile(r"(?<![\p{L}])(?P<brand>\p{Lu}[\p{L}]+)(?:\s+\p{Lu}[\p{L}\p{N}+]*){0,3}\s+certified(?=\s*(?:[.,;)]|$))")

# "Coursera: Apache Spark SQL for Data Analysts", "Stepik: Basic Statistics": a course platform, then its course.
_PLATFORM_COURSE = regex.compile(rf"""(?x)
    (?<![\p{{L}}])(?P<by>{alternation('course_platforms')})\s*[:\-–]\s*          # "Coursera:"
    (?P<name>\p{{Lu}}[\p{{L}}\p{{N}}&/+\#.-]*                                      # a title of up to ten capitalised words,
      (?:\s+(?:(?:and|of|&|for|to|in|with)\s+)?                                 # small words between them
         (?:\p{{Lu}}[\p{{L}}\p{{N}}&/+\#.-]*|\(\p{{Lu}}{{2,6}}\)|\d[\p{{N}}.]*)){{0,9}})   # "(SQL)", "2.0"
    """)

# "In good standing with both Texas and Idaho State Boards of Pharmacy": licensed by the board named.
_GOOD_STANDING = regex.compile(r"(?i:in\s+good\s+standing\s+with)\s+(?:(?i:both|the)\s+)?(?:\p{Lu}\p{Ll}+\s+(?:and|&)\s+)?"
                               r"(?P<board>(?:\p{Lu}[\p{L}.&'-]*\s+){0,3}(?:Boards?|Bar|Council|Commission|Registry)"
                               r"(?:\s+(?i:of|for)(?:\s+\p{Lu}[\p{L}&'-]*)+)?)")

# A certificate named in prose, its field after "in": "with a certificate in permanent makeup", "after earning a
# certificate in widget pipeline design from ...", "CERTIFICATE IN WIDGET DESIGN" (a line in capitals). In lower
# case an article or possessive stands before it and the field runs to a punctuation mark or a word that starts another
# phrase; whether the candidate holds it is the clause's to say (cues.said_held).
_FIELD_WORD = r"[\p{L}\p{N}][\p{L}\p{N}+\#&/'’.-]*(?<![.])"
_FIELD_STOP = r"(?:from|at|by|through|with|which|that|who|where|while|when|for|to|and|or|since|in|on|as|is|was|including|includes)"
_CERTIFICATE_IN_PROSE = regex.compile(rf"""(?x)
      (?<=(?<![\p{{L}}])(?i:an?|my|the|his|her|their|our)[\ \t]+(?:(?i:graduate|professional|postgraduate|post-graduate|advanced|online|undergraduate)[\ \t]+)?)
      (?:certificate|certification|diploma)[\ \t]+in[\ \t]+
      (?!{_FIELD_STOP}(?![\p{{L}}]))({_FIELD_WORD})(?:[\ \t]+(?!{_FIELD_STOP}(?![\p{{L}}])){_FIELD_WORD}){{0,5}}
    | (?<![\p{{L}}])(?:CERTIFICATE|CERTIFICATION)[\ \t]+(?:IN|OF)[\ \t]+[\p{{Lu}}\p{{N}}][\p{{Lu}}\p{{N}}+\#&/-]*(?:[\ \t]+[\p{{Lu}}\p{{N}}][\p{{Lu}}\p{{N}}+\#&/-]*){{0,7}}(?![\p{{L}}])
    """)

# A short list of names certified together, the phrase ending there: "ZQA, HACCP, Zorb Safety certified.", "Widget
# Cyclist and Bicycle Response Team (BRT) certified": each item a credential, the last one with "certified". The list
# opens a clause (not the tail of a longer comma list: a skills list's "..., Excel, Widget-CIT Certified" certifies its
# last item only) and holds two to four items; "certified" ends the phrase (not "Certified" opening the next name).
_LISTED_ITEM = r"(?:\p{Lu}[\p{L}\p{N}+\#&/-]*(?:[\ \t]+\p{Lu}[\p{L}\p{N}+\#&/-]*){0,3}(?:[\ \t]+\(\p{Lu}[\p{Lu}\p{N}&/-]{1,9}\))?)"
_LIST_CERTIFIED = regex.compile(rf"""(?x)
    (?<=(?:^|[.;:!?|•(—–-]|(?<![\p{{L}}\p{{N}},][\ \t]*)\n)[\ \t]*)     # (not a line a wrapped list runs on to)
    (?:(?P<item>{_LISTED_ITEM})[\ \t]*(?:,[\ \t]*(?:(?:and|&)[\ \t]+)?|[\ \t]+(?:and|&)[\ \t]+)){{1,3}}
    (?P<last>{_LISTED_ITEM}[\ \t]+(?i:certified))(?=[\ \t]*(?:$|[.,;)\n]|\(?(?:19|20)\d\d))""")
