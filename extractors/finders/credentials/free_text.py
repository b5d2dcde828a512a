"""Credentials named in free text (About, Experience, a resume's sentences): catalog mentions with their cues,
labelled lists, "certified in ...", and names built on a credential word."""
from __future__ import annotations

import bisect

import regex

from ...document import Block
from ...findings import Finding
from .beside import organisation_after, organisation_at_place, organisation_before, school_of_entry
from .catalog import canonical_issuer
from .certified_by import certified_by_findings
from .cues import (
    _BODY_OF, _BRACKETED, _COURSE_LIST_BEFORE, _NOT_AFTER_NAMED, _NOT_BEFORE_AT_END, _NOT_BEFORE_GUARDED, _NOT_YET_AFTER,
    _ORGANISATION_OF, _OTHERS_NAMED_TITLE_BEFORE, _OTHERS_TITLE_BEFORE, _PERSON_TITLE, _PURSUING, held_by_others,
    said_held,
)
from .details import _MONTH_AT_END
from .finding import _catalog_issuer, _finding
from .issuers import (
    _BODY_BEFORE, _CERTIFIED_FOR, _ISSUER_AFTER, _STATE_BEFORE, _STATE_OF, _certifier, _issuer_named, _school_beside,
    known_issuer_after,
)
from .lists import _list_findings
from .entry_lines import issuer_field_after, kind_comma_fields
from .mentions import _mentions, find_in_text, lookup
from .phrases import (
    _ACRONYM_CREDENTIAL, _ACRONYM_CREDENTIAL_UNEARNED, _BRAND_CERTIFIED, _CERTIFICATE_IN_PROSE, _CERTIFIED_IN, _CERTIFIED_ROLE,
    _CERTIFIED_NAME, _EARNED_VERB, _GOOD_STANDING, _HELD_BEFORE, _HELD_TITLE, _KIND_THEN_NAME, _LEAD_WORDS, _LIST_LABEL, _NAMED_CREDENTIAL, _NAME_GOES_ON,
    _LIST_CERTIFIED, _NAME_STOPS, _PAIR_CERTIFIED, _PLATFORM_COURSE,
)
from .spans import _CatalogEnds, _Taken
from .words import _CARDS, _CREDENTIAL_WORDS, _NOT_ACRONYM, _NOT_CREDENTIAL, _TOPIC_ACRONYMS, _rx, alternation


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


# Abbreviations listed just before a name: "towards a MCSE/" before "MCITP certification" (what is said before the
# list is said of each).
_LISTED_BEFORE = regex.compile(r"(?:(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}+#.-]+\s*(?:/|,|&|\band\b)\s*)+$")
# What a name goes on with past the span a pattern took: "Victorian Certificate" + " of Education" is a school's
# leaving certificate, which only the whole name tells (_NOT_CREDENTIAL).
_OF_NAME = regex.compile(r"\s+of\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+")
# A licence or certificate of a thing, not a person: "Proprietary Software License", "OEM license", "Tax Clearance Certificate".
_THING_LICENSED = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{alternation('things_licensed')})(?:\s+(?:clearance|exemption|resale))?"
                                r"\s+(?:licen[cs]\w*|certificates?)\b")
# Whose, not who granted it: a possessive before "certified" ("Our certified trainers review ...", "Their Example
# certified staff").
_WHOSE_CERTIFIED = r"(?i:our|their|your|his|her|its|whose|my)[\ \t]+(?:\p{Lu}[\p{L}\p{N}]*[\ \t]+){0,3}certified"
# "certified" in lower case said of others, as a verb's object or after an adverb, not a name's end: "Evaluated
# certified and non-certified staff", "Submit certified payroll", "Became Nationally certified", "(NESTA) and certified
# TRX trainer" (a small word before it), "Nissan certified technicians".
_OTHERS_CERTIFIED = regex.compile(rf"""(?x)(?:
      \p{{Lu}}\p{{Ll}}+ed[\ \t]+certified
    | {_WHOSE_CERTIFIED}
    | (?!\p{{Lu}}[\p{{L}}\p{{N}}])                                                # "Â certified": no name
    | .*?\p{{L}}ly[\ \t]+certified                                                # "Nationally certified"
    | (?i:{alternation('verbs_before_certified')})[\ \t]+certified                # "Submit certified payroll"
    | .*?(?<![\p{{L}}])(?:of|and|in|for|&|or)[\ \t]+certified
    | .*?certified[\ \t]+(?:(?:and|or|&)[\ \t]+(?:non-?[\ \t]*)?certified
                        |(?:staff|employees|personnel|teachers|technicians|workers|members|professionals|instructors)\b)
    )""")
# A plain capitalised word, then "certified" and a plural noun: others certified ("New certified coaches joined"), unless
# the word names a body the catalog knows ("Salesforce certified developers", read as the brand's, as before).
_PLAIN_WORD_CERTIFIED = regex.compile(r"(?P<word>\p{Lu}\p{Ll}+)[\ \t]+certified[\ \t]+\p{Ll}{2,}(?<![su])s(?![\p{L}])")
# A teaching credential's status alone, said of the one named before it: "Multiple Subjects Credential, 1981 (Life
# credential granted".
_CREDENTIAL_STATUS = regex.compile(r"(?i)(?:life|clear|preliminary|initial|permanent|provisional|valid|current)\s+credential")
_SINGULAR_LABEL = regex.compile(r"(?i)[\W\d]*(?:certificate|certification|licen[cs]e)\W*$")
# Where a list after "certified in" ends: see _certified_in_lists.
_LIST_END = regex.compile(r"[.;:](?:\s|$)|\s+(?:with|for|to|from|since|through|where|which|including)\s|\s+[*•●▪](?=\s*\S)")


def _next_start(starts: list[int], end: int) -> int | None:
    """The first of the sorted starts at or after `end` (where the next credential begins), or None."""
    n = bisect.bisect_left(starts, end)
    return starts[n] if n < len(starts) else None


def _free_text_findings(block: Block) -> list[Finding]:
    """Every credential the block's free text names, each step reading what the ones before it left untaken."""
    text = block.text
    out: list[Finding] = []
    taken = _Taken()
    cued = _has_cue_word(text)
    if cued:
        _certificates_in_prose(block, taken, out)
        _labelled_lists(block, taken, out)
        _certified_in_lists(block, taken, out)
    _catalog_mentions(block, taken, out)
    if "standing" in text:
        _boards_in_good_standing(block, taken, out)
    if cued:
        _certified_pairs(block, taken, out)
        _certified_lists(block, taken, out)
        _platform_courses(block, taken, out)
        _brand_certified(block, taken, out)
        _names_on_a_credential_word(block, taken, out)
        out.extend(certified_by_findings(block, taken, out))
    _issuers_beside(block, out)
    out.sort(key=lambda f: f.start)
    _join_bracketed_abbreviations(text, out)
    # "Driving license:" with nothing after it: a form's field label whose value is elsewhere, not a claim; and one
    # the clause says is given or run for others, or held by them
    return [f for f in out if f.end >= 0 and not _rx(r"\s*:\s*").fullmatch(text, f.end) and
            not held_by_others(text, f.start, f.end) and not _an_award_or_a_count(text, f.start, f.end)]


# A certificate that rewards a deed, not a qualification: one "of" or "for" merit after it ("Widget Certificate of
# Exceptional Support", "Zorb Certificate for greatest effort"), or for a place won ("2nd Place Certificate"); and a
# credential word counted, not named ("Second Certification our crew obtained").
_AWARD_AFTER = regex.compile(rf"[\ \t]+(?i:of|for)[\ \t]+[`'\"“‘]*[\ \t]*(?i:{alternation('merit_words')})(?![\p{{L}}])")
_PLACE_WON = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:\d+(?:st|nd|rd|th)|first|second|third)[\ \t]+(?:place|prize)(?![\p{L}])")
_COUNTED = regex.compile(r"(?i)(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))[\ \t]+(?:certifications?|certificates?|licen[cs]es?|credentials?)")


def _an_award_or_a_count(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names an award or counts credentials rather than naming one (see the patterns above)."""
    if _COUNTED.fullmatch(text, start, end):
        return True
    return bool(_rx(r"(?i)certificat").search(text, start, end) and (
        _AWARD_AFTER.match(text, end) or _PLACE_WON.search(text, max(0, start - 12), end)))


def _labelled_lists(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """Lists after a label ("Certifications: A, B, C"), each item a claim, to the line's or sentence's end."""
    text = block.text
    labels = list(_LIST_LABEL.finditer(text))
    for label, following in zip(labels, [*labels[1:], None]):
        if taken.meets(*label.span()):
            continue    # "... | CERTIFICATE IN WIDGET DESIGN": read as a certificate named by its field
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        if following is not None:
            line_end = min(line_end, following.start())     # a list ends where the next one's label starts
        # The list runs to the end of the line (or the sentence, when a full stop ends it).
        stop = _rx(r"\.\s+(?=\p{Lu}[\p{Ll}])").search(text[label.end():line_end])
        end = label.end() + stop.start() if stop else line_end
        sub = Block(text[:end], block.role, block.locator, block.offset, block.fold)
        sub.section, sub.entry = block.section, block.entry
        listed = _list_findings(sub, label.end(), claims=True)
        for f in listed:
            f.block = block
            out.append(f)
        if listed or not _SINGULAR_LABEL.match(label[0]):
            taken.add(label.start(), end)   # (a singular "Certificate :" that lists nothing is left to the name
                                            # patterns: "Certificate : Business Administration , 2013 ... College")


def _certified_in_lists(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """Lists after "certified in" ("Certified in CPR, First Aid"), with the body named just before them as issuer."""
    text = block.text
    named = None
    for lead in _CERTIFIED_IN.finditer(text):
        if taken.holds(lead.start()) or _PURSUING.search(text[max(0, lead.start() - 60):lead.start()]):
            continue
        named = find_in_text(text) if named is None else named
        if any(m.start <= lead.start() < m.end and (m.start < lead.start() or m.credential.id not in _CARDS) for m in named):
            continue    # "ISC2 Certified in Cybersecurity", "Certified in Code Compliance": a name, not a list after
                        # "certified in" ("Certified in CPR, First Aid and AED" lists the cards of one course)
        if _rx(r"Certificat(?:e|ion)\s").match(lead[0]) and _rx(r"\p{Lu}[\p{L})]*\s+$").search(text, max(0, lead.start() - _LOOK_BACK), lead.start()):
            continue    # "ITIL Foundation Certification in IT Service Management": one name, not a list after "certified in"
        # The list ends with its sentence, at a word that starts another phrase, or at a bullet that starts another
        # item ("Certified in Fiber Optics *Supervision, Effective Communication ...": a skills list follows).
        stop = _LIST_END.search(text[lead.end():])
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


def _catalog_mentions(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """The catalog's credentials named anywhere untaken, with the issuer the name or the words before it give."""
    text = block.text
    for m in find_in_text(text):
        if taken.holds(m.start):
            continue
        if _rx(r"\s*#\s*\d").match(text, m.end) and any(f.data.get("catalog_id") == m.credential.id for f in out):
            taken.add(m.start, m.end)
            continue    # "NCIDQ Certified, ..., NCIDQ Certificate #17785": the number of the one named before
        if _PERSON_TITLE.search(text, m.start, m.end) and _OTHERS_NAMED_TITLE_BEFORE.search(text, max(0, m.start - 40), m.start):
            taken.add(m.start, m.end)
            continue    # "all with a licensed contractor", "Supported Certified Financial Planner & clients": another's
        f = _finding(block, m.start, m.end, m.credential, text[m.start:m.end])
        if not f.data.get("issuer") or " / " in f.data["issuer"]:
            _issuer_named(f, text[m.start:m.end])   # "ACE certified Personal Trainer"
        if (state := _STATE_OF.search(text[m.start:m.end])) or (state := _STATE_BEFORE.search(text, max(0, m.start - 40), m.start)):
            f.data["issuer"] = state["by"]      # "State of Florida notary public"
        if (by := _rx(r"\b(\p{Lu}{2,6})\s+(?i:certified)\s+$").search(text, max(0, m.start - _LOOK_BACK), m.start)) and by[1] not in _NOT_ACRONYM:
            f.data["issuer"] = by[1]     # "ACE certified Personal Trainer"
        out.append(f)
        taken.add(m.start, m.end)


def _boards_in_good_standing(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """A licence said by its board ("in good standing with the State Bar"): the board issued it."""
    text = block.text
    for m in _GOOD_STANDING.finditer(text):
        a, b = m.span("board")
        if not taken.meets(a, b):
            f = _finding(block, a, b, None, m["board"])
            f.data["issuer"] = m["board"]
            f.data["tier"] = "license"
            out.append(f)
            taken.add(a, b)


def _certified_pairs(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """Two names certified together ("Google AdWords and Analytics certified"): the issuer one names is both's."""
    text = block.text
    for m in _PAIR_CERTIFIED.finditer(text):
        pair = []
        for name in ("a", "b"):
            a, b = m.span(name)
            if not taken.meets(a, b):
                pair.append(_finding(block, a, b, lookup(m[name]), m[name]))
                _issuer_named(pair[-1], m[name])
                taken.add(a, b)
        brand = _rx(r"(\p{Lu}[\p{L}]+)\s+$").search(text, max(0, m.start("a") - _LOOK_BACK), m.start("a"))
        # the issuer one of them names is both's; a catalog's default for one is not the other's
        shared = next((f.data["issuer"] for f in pair if f.data.get("issuer") not in (None, _catalog_issuer(f))), None) or \
            (brand[1] if brand and canonical_issuer(brand[1]) else None)
        for f in pair:      # "Google AdWords and Analytics certified": both Google's
            f.data["issuer"] = f.data.get("issuer") or shared
        if pair and pair[-1].data.get("issuer") is None and len(m["b"].split()) > 1 and not lookup(m["b"]) and \
                not _rx(r"(?:er|or|ist|ant|ian)s?$").search(m["b"]):
            # "CPR and Western Union Certified": certified by the body it names (not "CPR and Food Handler certified")
            pair[-1].data["issuer"] = m["b"]
        out.extend(pair)


# The line's opening field before a bar or a dash, in capitals: the school or body of the certificate after it.
_ISSUER_BEFORE_BAR = regex.compile(r"(?:^|\n)[\ \t]*(?P<by>\p{Lu}[\p{Lu}\p{N}&.'’ -]*\p{Lu})[\ \t]*(?:\||[–—]|\s-\s)[\ \t]*$")


def _certified_lists(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """The items of a list certified together ("ZQA, HACCP, Six Sigma certified"), each a credential, the last with
    "certified"; an item in capitals not in the catalog is its own certifier's ("ZQA")."""
    text = block.text
    for m in _LIST_CERTIFIED.finditer(text):
        if not text[:m.start()].strip() and not _rx(r"\s(?:and|&)\s").search(m[0]):
            continue    # a line of bare names with no "and": more likely a wrapped skills list's tail ("..., Widget
                        # Editing, New Media, NMLS certified") than a list certified together
        for a, b in [*m.spans("item"), m.span("last")]:
            if not taken.meets(a, b) and not _NOT_CREDENTIAL.search(text[a:b]):
                f = _finding(block, a, b, lookup(text[a:b]), text[a:b])
                _issuer_named(f, text[a:b])
                if not f.data.get("issuer") and not f.data.get("catalog_id") and _rx(r"\p{Lu}{2,8}").fullmatch(text, a, b):
                    f.data["issuer"] = _certifier(text[a:b] + " certified")     # "ZQA, ... certified": ZQA's
                elif not f.data.get("issuer") and (a, b) == m.span("last"):
                    f.data["issuer"] = _certifier(text[a:b])
                out.append(f)
                taken.add(a, b)


def _certificates_in_prose(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """A certificate named in a sentence by its field ("with a certificate in permanent makeup"), where the clause says
    the candidate holds it, or a line in capitals naming one ("CERTIFICATE IN WIDGET DESIGN")."""
    text = block.text
    for m in _CERTIFICATE_IN_PROSE.finditer(text):
        a, b = m.span()
        if taken.meets(a, b) or not (m[0].isupper() or said_held(text, a)):
            continue
        f = _finding(block, a, b, lookup(m[0]), m[0])
        if m[0].isupper() and (by := _ISSUER_BEFORE_BAR.search(text, 0, a)):
            f.data["issuer"] = by["by"]     # "ZORBLAX CODING BOOTCAMP | CERTIFICATE IN ...": who gave it, before a bar
        out.append(f)
        taken.add(a, b)


def _platform_courses(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """A course certificate of a learning platform, the platform its issuer."""
    text = block.text
    for m in _PLATFORM_COURSE.finditer(text):
        a, b = m.span("name")
        if not taken.meets(a, b):
            f = _finding(block, a, b, None, m["name"])
            f.data["issuer"] = m["by"]
            out.append(f)
            taken.add(a, b)


def _brand_certified(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """A known brand's certification ("Salesforce certified"), the brand its issuer unless the name says another."""
    text = block.text
    for m in _BRAND_CERTIFIED.finditer(text):
        a, b = m.span()
        if canonical_issuer(m["brand"]) and not taken.meets(a, b) and not _NOT_BEFORE_AT_END.match(text[:a]):
            f = _finding(block, a, b, lookup(m[0]), m[0])
            f.data["issuer"] = f.data.get("issuer") or m["brand"]
            out.append(f)
            taken.add(a, b)


def _names_on_a_credential_word(block: Block, taken: _Taken, out: list[Finding]) -> None:
    """Names built on a credential word ("Welding Certificate", "Certified X", "X Licensed"), where the catalog had none;
    one that continues a catalog name just before extends that finding instead."""
    text = block.text
    catalog_ends = _CatalogEnds(out)
    acronym_credential = _ACRONYM_CREDENTIAL if _EARNED_VERB.search(text) else _ACRONYM_CREDENTIAL_UNEARNED
    for pattern in (_NAMED_CREDENTIAL, acronym_credential, _HELD_TITLE, _CERTIFIED_ROLE, _KIND_THEN_NAME, _CERTIFIED_NAME):
        for m in pattern.finditer(text):
            span = _name_span(text, pattern, m)
            if span is None or _not_a_name(text, *span, taken):
                continue
            a, b = span
            if (before := catalog_ends.first_before(a, _LOOK_BACK, lambda f: _rx(r"(?:\s+\p{Lu}\p{Ll}+){0,2}\s*").fullmatch(
                    text, f.end, a))) is not None:
                before.end = b      # "EPA Section 608 Type Universal Certification": more of the catalog name before it
                before.data["shown_as"] = " ".join(text[before.start:b].split())
                catalog_ends.moved(before)
                taken.add(a, b)
                continue
            fields = kind_comma_fields(text, a) if pattern is _KIND_THEN_NAME else None
            if fields:
                b = max(b, fields[0])   # "Certification, Windows 7, Microsoft, ...": the name is the whole field
            f = _finding(block, a, b, lookup(text[a:b]), text[a:b])
            if pattern is not _KIND_THEN_NAME:     # "Certificate of Achievement - Business Administration": a dash, then the name
                _issuer_named(f, text[a:b])
            elif fields and fields[1]:
                f.data["issuer"] = fields[1]    # its issuer in the next field
            if pattern is _NAMED_CREDENTIAL and not f.data.get("issuer") and m[0].endswith("certified"):
                f.data["issuer"] = _certifier(text[a:b])     # "Toshiba certified", "Health Department certified"
                f.data["issuer_guessed"] = True     # "... certified by the state of South Carolina" says more
            out.append(f)
            taken.add(a, b)


def _name_span(text: str, pattern: regex.Pattern, m: regex.Match) -> tuple[int, int] | None:
    """The span of the name a pattern matched, trimmed of lead words, places and sentences before it; None when the
    match names another's title or only a place."""
    a, b = m.span()
    if pattern is _HELD_TITLE and not _HELD_BEFORE.search(("" if a <= 30 else "x") + text[max(0, a - 30):a]):
        return None     # "a certified Child Life Specialist" said as an object: someone else's, below
    if pattern in (_HELD_TITLE, _CERTIFIED_ROLE) and _OTHERS_TITLE_BEFORE.search(text, max(0, a - 40), a):
        return None     # "assisted a certified Child Life specialist", "with a licensed therapist"
    kind = _rx(r"(?i)certificat(?:e|ion)|licen[cs]e|licensure|credential").search(m[0]) \
        if pattern not in (_CERTIFIED_ROLE, _HELD_TITLE) else None
    if kind and (stop := _NAME_STOPS.search(m[0], kind.end())):
        b = a + stop.start()    # "certificate : Computer Technician Network Specialist Fresno City College"
    elif kind and text.endswith(" City", a, b) and _rx(r"[\ \t]*,[\ \t]*State\b").match(text, b):
        b -= len(" City")       # "Certification : Business Management City , State": the place after it
    if pattern is _KIND_THEN_NAME and _rx(r"(?s).*[:,][\ \t]*(?:City|State)").fullmatch(text, a, b):
        return None             # "Certificate : State ...": the anonymised place, no name
    if pattern is _NAMED_CREDENTIAL:
        lead = list(_LEAD_WORDS.finditer(m[0]))     # "Awarded", "OPTUM Received": not the name
        a += lead[-1].end() if lead else 0
        if _rx(r"City[\ \t]*,[\ \t]*$").search(text, max(0, a - 10), a) and text.startswith("State ", a):
            a += len("State ")  # "Tulsa Welding School City , State Welding Certificate": the place, then the name
        if m[0].endswith("certified") and (stop := _rx(r".*[.;:!?][\ \t]+").match(text, a, b)):
            a = stop.end()      # "... Operations. Cisco certified Network Associates": the sentence before
        if _PURSUING.search(m[0]) or m[0].endswith("certified") and _OTHERS_CERTIFIED.match(text, a, b + 40) or \
                _CREDENTIAL_STATUS.fullmatch(text, a, b):
            return None
        if m[0].endswith("certified") and (plain := _PLAIN_WORD_CERTIFIED.match(text, a, b + 40)) and \
                not canonical_issuer(plain["word"]):
            return None     # "New certified coaches joined": a plain word, no body, before others certified
        if m[0].endswith("certified") and _NOT_AFTER_NAMED.match(text[b:b + 80]):
            return None     # "An ISO certified Company": an organisation's
        if m[0].endswith("Certified") or m[0].endswith("certified") and _rx(r"[\ \t]+\p{Lu}").match(text, b):
            b += len(_NAME_GOES_ON.match(text, b)[0])   # "Microsoft Certified Azure Data Fundamentals", "Nokia
                                                        # certified Qt Developer": the name goes on
    return a, b


def _not_a_name(text: str, a: int, b: int, taken: _Taken) -> bool:
    """Whether text[a:b] is no credential's name: empty, taken, a bare credential word, an organisation's or a thing's,
    not yet held, or said of another (by the words around it)."""
    return bool(a >= b or _CREDENTIAL_WORDS.fullmatch(text[a:b]) or taken.meets(a, b) or _NOT_BEFORE_AT_END.match(text[:a]) or \
        _NOT_BEFORE_AT_END.match(_LISTED_BEFORE.sub("", text[max(0, a - _LOOK_BACK):a])) or \
        _NOT_AFTER_NAMED.match(_BRACKETED.sub("", text[b:b + 80])) or \
        _NOT_YET_AFTER.match(text[b:b + 40]) or _NOT_YET_AFTER.match(_BRACKETED.sub("", text[b:b + 40])) or \
        _BODY_OF.match(text[a:b]) or \
        _ORGANISATION_OF.search(text[a:b]) or _NOT_BEFORE_GUARDED.search(text[max(0, a - 30):a]) and \
        not _rx(r"(?i)(?:\b(?:achieved|earned|obtained|received|awarded|holds?|passed|completed)\s+"
                r"(?:the|a|an|my)|\b(?:a|an))\s*$").search(text[max(0, a - 30):a]) or \
        _THING_LICENSED.search(text[a:b]) or _rx(r"(?i)\bnon-?\s*$").search(text, max(0, a - _LOOK_BACK), a) or _COURSE_LIST_BEFORE.search(text[max(0, a - 60):a]) or \
        _NOT_CREDENTIAL.search(text[a:b] + ((of := _OF_NAME.match(text, b)) and of[0] or "")))


def _issuers_beside(block: Block, out: list[Finding]) -> None:
    """The issuer said beside each credential where its name gave none (or only the catalog's default or a guess):
    "through" a body after it, the school of its entry, a known body, an organisation after or before it."""
    text = block.text
    starts = sorted(f.start for f in out)
    for f in out:
        # "... certification through the Michigan School Business Officials organization": the issuer after it
        by = _ISSUER_AFTER.match(text, f.end) or (_CERTIFIED_FOR.match(text, f.end) if f.quote.lower().endswith("certified") else None)
        named = by and (by["by"] or by["school"] or by["acronym"])
        if named and (f.data.get("issuer") in (None, _catalog_issuer(f)) or f.data.get("issuer_guessed") and by["by"]) and \
                not find_in_text(named, listed=True):
            # "... from Udemy Skills": the next heading, run on by the reflow, is no part of the issuer
            # ... nor the next sentence ("BLS through AHA. Expires 2017": a full stop after a word, not "U.S. Navy")
            named = _rx(r"(?<=\p{L}{2})\.\s+\p{Lu}.*").sub("", named)
            f.data["issuer"] = _rx(r"\s+(?:Skills|Languages|Education|Experience|Interests|Awards|Activities)$").sub(
                "", _MONTH_AT_END.sub("", named))
        elif (f.data.get("issuer") in (None, _catalog_issuer(f)) or f.data.get("issuer_guessed") or
              f.data["issuer"].lower() in f.quote.lower()) and \
                (school := school_of_entry(text, f.start, f.end, _next_start(starts, f.end))) and \
                not find_in_text(school, listed=True):
            # "Cisco Certified Engineer 1997 Dersyha University": the school granted it, over the body the name
            # carries (but not over one said apart from the name: "Coursera: Apache Spark ..., 2021 ... Institute")
            f.data["issuer"] = school
        elif (f.data.get("issuer") in (None, _catalog_issuer(f)) or f.data.get("issuer_guessed")) and \
                (known := known_issuer_after(text, f.end)):
            f.data["issuer"] = known    # "Certified Forest Garden Trainer - APMG International (March 2020)"
        elif f.data.get("issuer") in (None, _catalog_issuer(f)) and (school := _school_beside(block, f.quote)):
            f.data["issuer"] = school
        elif (f.data.get("issuer") in (None, _catalog_issuer(f)) or f.data.get("issuer_guessed")) and \
                (org := organisation_after(text, f.end, _next_start(starts, f.end))) and \
                not find_in_text(org, listed=True):
            f.data["issuer"] = org      # "Advanced Lending Certificate 1996 University of Buffalo"
        elif (f.data.get("issuer") in (None, _catalog_issuer(f)) or f.data.get("issuer_guessed")) and \
                (org := organisation_before(text, f.start)) and not find_in_text(org, listed=True):
            f.data["issuer"] = org      # "Ricoh University January 2001 Image Management Certification"
        elif f.data.get("issuer") is None and (org := organisation_at_place(text, f.end)):
            f.data["issuer"] = org      # "... (CIO) : November 2005 UNC-Chapel Hill ï¼ City , State"
        elif (f.data.get("issuer") in (None, _catalog_issuer(f)) or f.data.get("issuer_guessed")) and \
                (owner := _possessive_owner(text, f.start)):
            f.data["issuer"] = owner    # "earning Example Corp's 'Gold' Coder certification"
        elif (f.data.get("issuer") in (None, _catalog_issuer(f)) or f.data.get("issuer_guessed")) and \
                (field := issuer_field_after(text, f.end, f.quote)) and not find_in_text(field, listed=True):
            f.data["issuer"] = field    # a certificate line's fields: "Certificate in Example Studies | Example Extension"


def _possessive_owner(text: str, start: int) -> str | None:
    """The organisation whose credential a possessive before (or opening) the name says it is: "Example Corp's
    ‘Gold’ Coder certification", "NSE's Certification in ..."; not a role's ("Driver's License", "Private Pilot's
    License", "Master's Certificate", "Dean's List"), which names the kind, not who granted it."""
    m = _POSSESSIVE.search(text, max(0, start - 80), start) or _POSSESSIVE_OPENING.match(text, start)
    if not m or _ROLE_OWNER.search(m["by"].split()[-1]):
        return None
    return _LEAD_WORDS.sub("", m["by"]) or None     # "Earned Example Corp's": the verb opens the sentence, not the name

# A possessive naming a role or a kind, not an organisation: "Pilot's", "Teacher's", "Dean's".
_ROLE_OWNER = regex.compile(rf"(?i)^(?:{alternation('certified_roles')}|dean|women|men|children|people|today|year|state)$|"
                            r"(?:er|or|ist|ant|ian)$")

_OWNER = r"(?P<by>\p{Lu}[\p{L}\p{N}&.-]*(?:[\ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,2})['’]s"
# The owner, then up to three words in lower case or quotes before the name: "Example's ‘Gold’ ", "Example's internal ".
# (A capitalised word there not in quotes goes on the owner's name: "Example's Karate Studio Master Black Belt".)
_POSSESSIVE = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_OWNER}\s+(?:(?:[‘'\"“][\p{{L}}\p{{N}}+#. -]+[’'\"”]|\p{{Ll}}[\p{{L}}\p{{N}}+#.-]*)[\ \t]+){{0,3}}$")
_POSSESSIVE_OPENING = regex.compile(rf"{_OWNER}\s+")


def _join_bracketed_abbreviations(text: str, out: list[Finding]) -> None:
    """A name and its abbreviation in brackets after it, one credential: the abbreviation's finding is merged into
    the name's (its end set to -1, dropped by the caller). `out` is sorted by start."""
    for f, g in zip(out, out[1:]):
        if _rx(r"(?:\s+(?i:certification|certificate|certified|license|licence))?\s*\(").fullmatch(text[f.end:g.start]) and \
                (close := _rx(r"[®™]?\)").match(text, g.end)) and g.data.get("catalog_id") and (
                    f.data.get("catalog_id") in (None, g.data["catalog_id"]) or
                    "".join(w[0] for w in _rx(r"\p{Lu}[\p{L}]*").findall(f.quote)) == text[g.start:g.end]):
            # "Engineer in Training Certification (EIT)", "Certified Purchasing Manager (CPM)": the abbreviation in
            # brackets is the same credential's ("Registered Nurse (APRN)" is not)
            f.end = close.end()     # "(PMP®)": a trademark sign is typography, not part of the abbreviation
            f.data["shown_as"] = " ".join(text[f.start:f.end].split())
            f.data.setdefault("catalog_id", g.data["catalog_id"])
            g.end = -1
