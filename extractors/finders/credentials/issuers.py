"""Who granted a credential, read from the words beside it: a known body's name in the item, "(Issuer)",
"by/through/from Issuer", a school at the end, a state, a brand or abbreviation opening the name."""
from __future__ import annotations

import regex

from ...document import Block
from ...findings import Finding
from .catalog import _key, canonical_issuer, catalog, without_gloss
from .details import _DATE_ITEM, _MONTH_AT_END
from .mentions import find_in_text
from .words import (
    _COURSE_PLATFORMS, _CREDENTIAL_WORDS, _GRADE, _LEVEL_WORD, _NAME_MODIFIERS, _NOT_ACRONYM, _SKILL_WORDS, _TOPIC_ACRONYMS, _rx,
    alternation,
)


# The body named just before "certified in": "... Testing Institute (NOCTI) certified in CAD".
_BODY_BEFORE = regex.compile(rf"(?P<by>(?:\p{{Lu}}[\p{{L}}&'.-]*\s+(?:(?:of|for|and|&)\s+)?){{0,6}}(?:{alternation('body_nouns')}))"
                             r"\s*(?:\(\p{Lu}{2,8}\)\s*)?$")

# "Peer Reviewer certified for Quality Matters": the body a role is certified for.
_CERTIFIED_FOR = regex.compile(r"\s+for\s+(?:the\s+)?(?P<by>\p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|&\s+)?\p{Lu}[\p{L}.&'-]*){0,5})"
                               r"(?P<school>(?!))?(?P<acronym>(?!))?")

# An item naming only who granted a credential: "by the Texas Board of Nursing", "State of Ohio", "US Navy",
# "Southern Crescent Technical College", "Management and Strategy Institute LLC".
_ORGANISATION = rf"(?:{alternation('school_nouns')}|{alternation('body_nouns')})(?:\s+(?i:of|for)\s+[\p{{L}}& ]+)?"
_ISSUER_ITEM = regex.compile(rf"""(?x)
    ^(?:(?:(?i:issued|certified|accredited|awarded)\s+)?(?i:by|from|through|via)\s+(?:the\s+)?)?   # "issued by the"
    (?P<issuer>(?:
          State\s+of\s+\p{{Lu}}[\p{{L}} ]+ | \p{{Lu}}[\p{{L}}]+(?:\s+\p{{Lu}}[\p{{L}}]+)?\s+State          # "State of Ohio", "Ohio State"
        | (?:U\.?S\.?\s+)?(?:Navy|Army|Air\s+Force|Marine\s+Corps|Coast\s+Guard)                       # a service
        | \p{{Lu}}[\p{{L}}&.'-]*\s+(?:(?:\p{{Lu}}[\p{{L}}&.'-]*|and|of|for|&)\s+){{0,5}}(?<!(?:and|of|for|&)\s+)
          {_ORGANISATION}                                                                                 # "Board of Nursing"
        | (?:\p{{Lu}}[\p{{L}}&.'-]*\s+){{0,5}}{_ORGANISATION}
        )
        (?:,?\s*(?:LLC|Inc|Ltd|Corp)\.?)?
    )\W*$""")

# "Certified in Lifeguarding, CPR, AED, and First Aid through the American Red Cross.": the body of the whole list.
_LIST_ISSUER = regex.compile(r"(?i:through|by|via)\s+(?:the\s+)?(?P<by>\p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|&\s+)?\p{Lu}[\p{L}.&'-]*){1,6})\W*$")

# "NIFS Certified", "ACE certified": the issuer (an acronym or a known body) of the credential named just before.
_ISSUER_CERTIFIED = regex.compile(r"(?P<issuer>\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,3})\s+(?i:certified)")

# "(ExpertRating.com)", "by the Red Cross", "through HFMA", "from Tongji University": an issuer written in the item.
_ISSUER_IN = regex.compile(
    r"(?:\((?P<paren>[^()]{2,60})\)\s*$|\b(?:by|through|from|via)\s+(?:the\s+)?(?P<by>\p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|&\s+)?\p{Lu}[\p{L}.&'-]*){0,6}))")

# "R Programming by Johns Hopkins University on Coursera": a course platform hosts the course, the body before it
# ("offered by", "by") made it and issues its certificate.
_BY_ON_PLATFORM = regex.compile(rf"""(?x)
    \b(?:offered\s+)?by\s+
    (?P<by>\p{{Lu}}[\p{{L}}.&'-]*(?:\s+(?:(?:of|at|de|for|and|&)\s+)?\p{{Lu}}[\p{{L}}.&'-]*){{0,8}})   # "University of Illinois at Urbana-Champaign"
    \s+(?:on|via|through)\s+(?:{alternation('course_platforms')})\b""")

# "Graduate Certificate-Asian Business Studies Tongji University": a school named at the end of the item.
_SCHOOL_AT_END = regex.compile(
    r"\s(?P<by>(?:\p{Lu}[\p{L}.&'-]*\s+){0,3}(?:University|College|Institute|Academy|School)(?:\s+of\s+\p{Lu}[\p{L} ]+)?)$")

# "Certificate in Leadership development – African Leadership Development (April 2017)": a body after a dash.
_ISSUER_DASHED = regex.compile(r"\s(?:[-–]|â€“)\s+(?P<by>\p{Lu}[\p{L}.&' ]{2,60}?)\s*(?:,?\s*\(?(?:\p{L}+\.?\s+)?(?:19|20)\d\d\)?)?\s*$")


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
        if piece[start - 1:start] == "(" and piece[end:end + 1] == ")" and without_gloss(piece[:end + 1]) != piece[:end + 1]:
            continue    # "Good Example Practice (GEP)": the name's own initials, whoever else spells them so
        if name and (best is None or len(shown) > len(best[0])):
            best = (shown, name)
    if best:
        d["issuer"] = best[0]
        if canonical_issuer(best[0]) in _COURSE_PLATFORMS:
            d["issuer_shown"] = True    # "Coursera Introduction to ... Python, Rice University": the platform's course
            if m := _BY_ON_PLATFORM.search(piece):
                d["issuer"], d["tier_read"] = m["by"], "course"     # the maker issues; the platform's course
        return
    m = _ISSUER_IN.search(piece) or _SCHOOL_AT_END.search(piece) or _STATE_OF.search(piece) or _ISSUER_DASHED.search(piece)
    if m and m.re is _ISSUER_IN and m["paren"] and (_DATE_ITEM.match(m["paren"]) or _rx(r"\d").match(m["paren"]) or
                                                    _LEVEL_WORD.fullmatch(m["paren"]) or _GRADE.fullmatch(m["paren"])):
        m = _ISSUER_DASHED.search(piece)     # "(April 2017)", "(120 hours)", "(Intermediate)", "(Distinction)": not the issuer
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
        # Grade 1", "NTSA defensive driving certification", "Pure Barre Certified Instructor", "GE Six Sigma Green Belt";
        # after the cue, a brand written with a digit: "Certified X9 Trainer".
        lead = _rx(r"(?:(?i:certified|licensed|registered)\s+)?(?P<by>\p{Lu}{2,6})\s+(?=\S)").match(piece) or \
            _rx(r"(?i:certified|licensed|registered)\s+(?P<by>\p{Lu}[\p{Lu}\p{N}]{0,4}\p{N}[\p{Lu}\p{N}]{0,4})\s+(?=\p{Lu})").match(piece) or \
            _BODY_CERTIFIED.match(piece) or _BODY_LEAD.match(piece) or _BODY_OPENING.match(piece)     # "certified TRX trainer": TRX's
        known = find_in_text(piece, listed=True)
        if not lead and known and known[0].start > 0:
            lead = _rx(r"(?P<by>\p{Lu}[\p{L}&'-]*(?:\s+\p{Lu}[\p{L}&'-]*)?)\s*").fullmatch(piece[:known[0].start])
        if lead and lead["by"] not in _NOT_ACRONYM and not _CREDENTIAL_WORDS.search(lead["by"]) and \
                not _LEVEL_WORD.fullmatch(lead["by"]) and not find_in_text(lead["by"], listed=True) and \
                not _rx(r"(?i)state|national|international|american|advanced|basic|general|senior|junior|"
                                    r"professional|master|graduate|adult|pediatric|child|infant|first|standard|permanent|provisional").fullmatch(lead["by"]) and lead["by"] not in _TOPIC_ACRONYMS:
            d["issuer"] = lead["by"]
            d["issuer_guessed"] = True  # read from the name's first word: an organisation named beside it says more

# The body that certified what follows: "Harris County Department of Education Certified Virtual School Teacher",
# "Abydos Learning International (New Jersey Writing Project) Certified Trainer", "Facebook Certified Planning Professional".
_BODY_CERTIFIED = regex.compile(r"(?P<by>\p{Lu}[\p{L}&'.-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}&'.-]*){0,6})"
                                r"(?:\s+\([^()]{2,60}\))?\s+(?i:certified|licensed)\s+(?=\p{Lu})")

# A body's name opening the item: "Maricopa County Food Handlers Card", "Hilton Worldwide General Manager Training".
_BODY_LEAD = regex.compile(r"(?P<by>(?:\p{Lu}[\p{L}&'-]*\s+){1,3}(?:County|Worldwide|International|Corporation|Corps|Inc\.?|LLC))"
                           r"\s+(?=\p{Lu})")

# A body or school named in full opening the item, the credential after it: "Example Community College Certificate",
# "Example Department of Education Activity Supervisor Permit", "Association of the Example Industry Examination".
_WORD = r"\p{Lu}[\p{L}&'.-]*"
_BODY_OPENING = regex.compile(rf"""(?x)
    (?P<by>
        (?:{_WORD}\s+){{1,3}}(?:{alternation('body_nouns')}|{alternation('school_nouns')}|Society)(?:\s+(?:of|for)\s+(?&of))?
      | (?:{alternation('body_nouns')}|{alternation('school_nouns')}|Society)\s+(?:of|for)\s+(?&of)
    )
    (?:\s*\(\p{{Lu}}{{2,8}}\))?\s+(?=\p{{Lu}})
    (?!\p{{Lu}}\p{{Ll}}+s\s+\p{{L}})                             # not "Example Society Plumbing Engineers ...": the name goes on
    (?!\p{{Lu}}\p{{Ll}}*(?:er|or|ist|ant|ian)s?(?![\p{{L}}]))     # nor "Texas School Counselor": a role of the place
    (?(DEFINE)(?P<of>the\s+(?:{_WORD}\s+){{0,3}}{_WORD}(?=\s+{_WORD}) | {_WORD}(?:\s+(?:and|&)\s+{_WORD})?))""")

# "certified by Yoga Alliance", "credential by the American College of Sports Medicine (ACSM)": an item naming the issuer.
_CERTIFIED_BY = regex.compile(r"(?i:certified|credential(?:ed)?|issued|accredited|awarded|licensed|granted)\s+(?i:by|through)\s+"
                              r"(?:the\s+)?(?P<issuer>\p{Lu}[^,;]{1,80}?)\W*")

# The name before a lower-case "certified" that is its certifier: one proper name ("Toshiba certified", "Nokia
# certified Qt Developer") or a body ("Health Department certified").
_CERTIFIER = regex.compile(rf"(?P<by>\p{{Lu}}[\p{{L}}&'-]+|(?:\p{{Lu}}[\p{{L}}&'.-]*[\ \t]+){{0,4}}(?:{alternation('body_nouns')}))"
                           r"[\ \t]+certified")


def _certifier(name: str) -> str | None:
    """Who certified a name read as "<Name> certified", where its words say so, or None ("CPR certified" and
    "Forklift certified" name what, not who)."""
    m = _CERTIFIER.match(name)
    if not m:
        return None
    by = m["by"]
    if by in _TOPIC_ACRONYMS or by in _NOT_ACRONYM or _CREDENTIAL_WORDS.search(by) or find_in_text(by, listed=True) or \
            _SKILL_WORDS.fullmatch(by) or _rx(r"(?:er|or|ist|ant|ian)s?$").search(by) and not by.endswith("Center"):
        return None     # "Teacher certified": who, not by whom
    return by


# A known issuer written after a credential: after a dash, then the item's end, a bracket or a date ("Certified Forest
# Garden Trainer - APMG International (March 2020)"); after a comma only before a bracket, a date or the end
# ("(GPHR), Society for Human Resource Management (SHRM)"), as "CPR, Microsoft, Excel" lists skills.
_DASH_THEN = regex.compile(r"[\ \t]*(?:[–-]|â€“)[\ \t]*(?:(?i:the)[\ \t]+)?")
_COMMA_THEN = regex.compile(r"[\ \t]*,[\ \t]*(?:(?i:the)[\ \t]+)?")
_ENDS_ITEM = regex.compile(r"[\ \t]*(?:$|[(.;,\n|]|(?:\p{L}{3,9}\.?[\ \t]+)?(?:19|20)\d\d)")
_ENDS_ITEM_AFTER_COMMA = regex.compile(r"[\ \t]*(?:$|[(\n]|\.(?:\s|$)|(?:\p{L}{3,9}\.?[\ \t]+)?(?:19|20)\d\d)")


def known_issuer_after(text: str, end: int) -> str | None:
    """A body the catalog knows, named right after a credential as its issuer (see _DASH_THEN), as written, or None."""
    for lead, ends in ((_DASH_THEN, _ENDS_ITEM), (_COMMA_THEN, _ENDS_ITEM_AFTER_COMMA)):
        if not (m := lead.match(text, end)):
            continue
        cat = catalog()
        spans = cat.issuer_lexicon.spans(text[m.end():m.end() + 80])
        if not spans or spans[0][0] != 0:
            continue
        shown = text[m.end():m.end() + spans[0][1]]
        if (len(shown) > 5 or shown in cat.issuer_spellings) and ends.match(text, m.end() + spans[0][1]) and \
                not find_in_text(shown, listed=True):     # "ESL Certified, CPI (Crisis Prevention Institute)": an item
            return shown
    return None


# "Registered Nurse- State of Florida": a state named in the item grants it.
_STATE_OF = regex.compile(r"\b(?P<by>(?:State|Commonwealth)\s+of\s+(?:(?:New|North|South|West|Rhode)\s+)?\p{Lu}\p{Ll}+)")

_STATE_BEFORE = regex.compile(_STATE_OF.pattern + r"\s*$")


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

_ISSUER_AFTER = regex.compile(r"""(?x)
    [\ \t]*,?[\ \t]*
    (?:
      (?:issued\s+by|awarded\s+by|certified\s+by|from|through|by|via)\s+(?:the\s+)?            # "through the"
      (?P<by>(?i:state|commonwealth)\s+of\s+(?:(?:New|North|South|West|Rhode)\s+)?\p{Lu}\p{Ll}+   # "State of Ohio"
            | \p{Lu}[\p{L}.&'-]*(?:\s+(?:of\s+|for\s+|&\s+|and\s+)?\p{Lu}[\p{L}.&'-]*){0,6})        # up to 7 capitalised words
    # "Graphic Design Certification Western Nevada College": a school or body right after it
    | (?P<school>(?:\p{Lu}[\p{L}.&'-]*\s+){0,4}(?:University|College|Institute|Academy|Corps|UNIVERSITY|COLLEGE)
                 (?:\s+(?i:of|at)(?:\s+\p{Lu}[\p{L}]+){1,3}){0,2})(?![\p{L}])
    # "Business Administration, CTU, Santa Ana, CA": a school's abbreviation, then its place
    | ,\s*(?P<acronym>\p{Lu}{2,6})(?=\s*,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*,\s*\p{Lu}{2}\b)
    )""")
