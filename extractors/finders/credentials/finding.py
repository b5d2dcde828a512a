"""A credential Finding: its data from the catalog entry and what was shown, and tidied once read."""
from __future__ import annotations

import regex

from ...document import Block
from ...findings import Finding
from ...text import BULLET, BULLET_SPACE, STRAY_A
from .catalog import Credential, _key, _single_issuer, abbreviates, canonical_issuer, catalog, without_gloss
from .details import _DATE_IN_BRACKETS, _MONTH_AT_END, _TRAILING_DATES
from .issuers import _ISSUER_ITEM
from .mentions import find_in_text
from .words import _COURSE_PLATFORMS, _CREDENTIAL_WORDS, _SKILL_WORDS, _STATE_CODES, _rx, alternation, words


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


# A state named right after a licence: " - Kansas", " in the State of Florida", " for Illinois", " New York State".
_STATE_AFTER = regex.compile(r"""(?x)
    (?:\s*\([^()]{1,12}\))?                                # its abbreviation first: "(LCPC)"
    (?:\s*[-–,]\s*|\s+(?:in|for)\s+(?:the\s+)?|\s+)
    (?P<state>(?i:state)\s+of\s+(?P<place>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)
            | (?P<place2>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)(?:\s+State\b)?)""")


def _state_beside(text: str, end: int) -> str | None:
    """The state a licence's words name right after it, as written, or None."""
    m = _STATE_AFTER.match(text, end)
    if not m:
        return None
    place = m["place"] or m["place2"]
    if place.lower() not in catalog().places or place.lower() in ("city", "state"):
        return None
    return m["state"]


# A state opening a licence's name, or right before it: "Ohio Teaching Licensure", "N.Y.S. Professional License",
# "North Carolina license, Casualty Insurance", "New York State Licensed Real Estate Salesperson" (the state as written,
# "New York State"), "NC Certified for K-6"; not a school
# named after its state ("Ohio State University Certificate", "Texas Southern University").
_STATES = "|".join(regex.escape(w) for w in [*words("us_states"), *words("state_initials")])
# A state's postal code opens a name only before "certified" or "licensed" ("NC Certified ..."); not MS, Microsoft's.
_CODES = "|".join(c for c in sorted(_STATE_CODES) if c != "MS")
_NOT_STATE_AFTER = rf"(?![\ \t]+(?:\p{{Lu}}\p{{L}}+[\ \t]+){{0,2}}(?:{alternation('school_nouns')}|Community|Technical|Department|Board)\b)"
_STATE_OPENING = regex.compile(rf"(?P<state>(?:{_STATES})(?:[\ \t]+State)?|(?:{_CODES})(?=[\ \t]+(?i:certified|licensed)\b))"
                            rf"(?=[\ \t]){_NOT_STATE_AFTER}")
_STATE_JUST_BEFORE = regex.compile(rf"(?<![\p{{L}}.])(?P<state>(?:{_STATES})(?:[\ \t]+State)?)[\ \t]+$")


def _state_opening(text: str, start: int) -> str | None:
    """The state (as written) a credential's name opens with, or that stands right before it, or None."""
    m = _STATE_OPENING.match(text, start) or _STATE_JUST_BEFORE.search(text, max(0, start - 40), start)
    return m["state"] if m else None


def _catalog_issuer(f: Finding) -> str | None:
    return _single_issuer(catalog().by_id.get(f.data.get("catalog_id") or ""))


# A list's bullet mark opening a quote, as written or as mojibake ("â€¢ Microsoft Certified Professional", "â€¢4 HR ..."),
# with the spaces after it: the quote starts after it.
_LEADING_MARK = regex.compile(rf"(?:{BULLET}){BULLET_SPACE}")


def _finish(f: Finding, today: str | None) -> None:
    d = f.data
    if (mark := _LEADING_MARK.match(f.block.text, f.start, f.end)) and mark.end() < f.end:
        shown = " ".join(f.block.text[mark.end():f.end].split())
        if d.get("name") == d.get("shown_as"):
            d["name"] = shown
        f.start, d["shown_as"] = mark.end(), shown
    d.pop("issuer_shown", None)
    d.pop("issuer_guessed", None)
    tier_read = d.pop("tier_read", None)    # the tier the words told, whoever the issuer ("on Coursera", "course in")
    if d.get("issuer"):
        # "African Leadership Development (April 2017)", "the American Heart Association.": the body's name alone
        # "FAAÂ", "American Institute of Certified Public Accountants Â Â Dec": the PDF's stray marks and a month
        issuer = " ".join(_rx(STRAY_A + r"(?![\p{L}])").sub(" ", d["issuer"]).split())
        head, bar, rest = issuer.partition(" | ")
        if bar and (canonical_issuer(rest) in _COURSE_PLATFORMS or _rx(r"(?i)(?:exp|expires|expiry|valid|issued|id)\b|(?:19|20)\d\d").match(rest)):
            issuer = head   # "American Heart Association | Exp: ...", "Example University | Coursera": the body before the bar
        issuer = _MONTH_AT_END.sub("", _TRAILING_DATES.sub("", _DATE_IN_BRACKETS.sub("", issuer))).strip(" ,;:")
        if issuer.endswith(".") and not _rx(r"\b(?:Ltd|Inc|Co|Corp|Pvt|Jr|Sr|Dept|St|[A-Z])\.$").search(issuer):
            issuer = issuer[:-1]
        d["issuer"] = issuer if _rx(r"\p{L}{2}|\p{Lu}\p{N}|\p{N}\p{Lu}").search(issuer) else None   # a brand: "F5", "3M"
    d["issuer"] = _issuer_decided(f)
    if not d.get("catalog_id"):
        d["tier"] = tier_read or _tier_for(None, d.get("issuer"))
    if d.get("expires") and today:
        d["expired"] = d["expires"] < today[: len(d["expires"])]
    f.data = {k: v for k, v in d.items() if v is not None}


def _issuer_decided(f: Finding) -> str | None:
    """The one choice between the issuer the text writes and the catalog's: the text's wins, taken whole as written;
    the catalog's issuer recognises a written one (its initials, a spelling two bodies share) and stands only where
    the text names none. A place written with the credential ("Paramedic (FL)", "Ohio Teaching Licensure") names
    the state's body where the catalog gives a state body's default or nothing."""
    d = f.data
    issuer, own, text = d.get("issuer"), _catalog_issuer(f), f.block.text
    if issuer and own and issuer != own and _rx(r"\p{Lu}[\p{Lu}&]{1,9}").fullmatch(issuer) and \
            abbreviates(issuer, own) and canonical_issuer(issuer, text) not in (None, own):
        # "CWI - AWS": initials the issuers table gives another body (Amazon Web Services) name the credential's own
        # (the American Welding Society), whatever words the text holds
        return own
    if issuer and _key(issuer) in catalog().shared:
        # "AWS Brazing Certification": a spelling two bodies share, named in full as the text's words decide
        return canonical_issuer(issuer, text) or issuer
    if issuer and issuer != own:
        return _whole_name(text, issuer, f.start, f.end)     # written: it wins, as the text names it
    # the catalog's default issuer, a state's body ("State Board of ..."): the text may say which state
    state_default = bool(issuer) and bool(_rx(r"(?i)\bstate\b").search(issuer))
    if state_default and (state := _state_beside(text, f.end)):
        return state     # "Licensed Clinical Professional Counselor (LCPC) - Kansas": the state's own licence
    if state_default or not issuer:
        if state := _place_in_brackets(text, f.start, f.end) or _state_opening(text, f.start):
            return state     # "Ohio Teaching Licensure", "Paramedic (FL)": the state that grants it, as the text shows it
    shown = d.get("shown_as") or ""
    if not issuer and (canonical_issuer(shown) or
                       _ISSUER_ITEM.fullmatch(without_gloss(shown)) and not _CREDENTIAL_WORDS.search(shown)):
        return shown     # "PMI and CMMI certified": certified by the body it names; "Example College of Nurses (ECN)":
                         # a registration with the body it names
    if not issuer and (brand := _brand_opening(text[f.start:f.end])):
        return brand     # "ZorbBase Expert Builder Certification": the brand that opens it, the catalog naming no owner
    return issuer


# A brand opening a credential's name: a word spelled with a capital inside it ("ZorbBase", "SiteWorx"), a shape no
# dictionary word has, then up to three capitalised words and a credential's word.
_BRAND_OPENING = regex.compile(r"(?P<by>\p{Lu}\p{Ll}+\p{Lu}\p{L}*)[\ \t]+(?:\p{Lu}[\p{L}-]*[\ \t]+){0,3}"
                               r"(?i:certification|certificate|certified)(?![\p{L}])")
_CAMEL_CASE_SUBJECTS = frozenset(words("camel_case_subjects"))


def _brand_opening(name: str) -> str | None:
    """The brand a credential the catalog gives no owner opens its name with, or None: not a subject or tool written
    so ("JavaScript", "DevOps"), a credential, a skill's word, nor two words a lost line break ran together, told by
    a part longer than a brand's ("DevelopmentGraduate certificate", "PartnerAssisted Stretching Certificate")."""
    m = _BRAND_OPENING.match(name)
    if not m:
        return None
    by = m["by"]
    parts = _rx(r"\p{Lu}\p{Ll}*").findall(by)
    if by in _CAMEL_CASE_SUBJECTS or any(len(p) > 6 for p in parts) or find_in_text(by, listed=True) or \
            _SKILL_WORDS.search(" ".join(parts)):
        return None
    return by


# A place in brackets right after a credential's name: "Paramedic (FL)", "Child Safety Check (NSW)".
_PLACE_BRACKETED = regex.compile(r"[\ \t]*\([\ \t]*(?P<place>\p{Lu}[\p{L}.]*(?:[\ \t]+\p{Lu}[\p{L}]*)?)[\ \t]*\)")


def _place_in_brackets(text: str, start: int, end: int) -> str | None:
    """The state or country written in brackets after (or closing) a credential's name, as written, or None; never the
    name's own initials ("Physician Assistant (PA)")."""
    m = _PLACE_BRACKETED.match(text, end)
    if not m:
        m = _PLACE_BRACKETED.search(text, start, end)
        if not m or m.end() != end:
            return None
    place = m["place"]
    if not (place in _STATE_CODES or place.lower() in catalog().places) or place.lower() in ("city", "state", "country") or \
            abbreviates(place, text[start:m.start()]):
        return None
    return place


# A word that may open a body's name right before the part a reader took (capitalised, a space after it), and the
# words that may not: a verb of earning or a word that starts a sentence about the candidate (a credential's word is
# told by _CREDENTIAL_WORDS).
_NAME_PART_BEFORE = regex.compile(r"(?P<word>\p{Lu}[\p{L}&'.-]*)[\ \t]$")
_NOT_NAME_PART = frozenset({"My", "Our", "His", "Her", "Their", "The", "A", "An", "I", "We", "This", "As", "At", "In", "With",
                            "By", "From", "For", "And", "Of", "On", "Earned", "Received", "Obtained", "Completed", "Passed",
                            "Achieved", "Awarded", "Attended", "Certified", "Licensed", "Registered"})
_BODY_NOUN = regex.compile(rf"(?:{alternation('body_nouns')}|{alternation('school_nouns')})s?")
_OF_NAME = regex.compile(r"[\ \t]+(?:of|for)(?:[\ \t]+(?:the|and|&))?(?:[\ \t]+\p{Lu}[\p{L}&'-]*)+")
_CREDENTIAL_WORD_AT_END = regex.compile(r"[\ \t]+(?i:certification|certificate|certified|license|licence|licensure|program|programme)$")


def _whole_name(text: str, issuer: str, start: int, end: int) -> str:
    """A written issuer whole where a reader took part of a body's name: its noun with the words that open it
    ("Institute" of "Example Institute", the "State" of "State College of Example"), or "of ..." that ends it
    ("Institutes" of "Institutes of Example"), without the credential's own word run on ("... Academy Certification")."""
    issuer = _CREDENTIAL_WORD_AT_END.sub("", issuer)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    at = [m.start() for m in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(issuer) + r"(?![\p{L}\p{N}])", text[line_start:line_end])]
    parts = issuer.split()
    if len(at) != 1 or not parts:
        return issuer       # not written once on the credential's line: as read
    a, b = line_start + at[0], line_start + at[0] + len(issuer)
    if _BODY_NOUN.fullmatch(parts[-1]) and (m := _OF_NAME.match(text, b, line_end)):
        b = m.end()         # "Institutes" + " of Example"
    own_words = end if a >= end else line_start     # the credential's own name, when the issuer follows it
    if _BODY_NOUN.fullmatch(parts[0]):
        while (m := _NAME_PART_BEFORE.search(text, max(line_start, a - 40), a)):
            word, known = m["word"], canonical_issuer(text[m.start():b])
            if word in _NOT_NAME_PART or _CREDENTIAL_WORDS.search(word) or not known and \
                    (find_in_text(word, listed=True) or m.start() < own_words):
                break       # "CFA Institute" (the catalog's body) whole, not "CMA Institute of ..." (a credential before
            a = m.start()   # it) nor "... Human Resource Management Society of ..." (the credential's words)
    return " ".join(text[a:b].split())
