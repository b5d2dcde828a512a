"""A credential Finding: its data from the catalog entry and what was shown, and tidied once read."""
from __future__ import annotations

import regex

from ...document import Block
from ...findings import Finding
from ...text import BULLET, BULLET_SPACE, STRAY_A
from .catalog import Credential, _key, _single_issuer, abbreviates, canonical_issuer, catalog
from .details import _DATE_IN_BRACKETS, _MONTH_AT_END, _TRAILING_DATES
from .words import _COURSE_PLATFORMS, _rx, alternation, words


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
# "North Carolina license, Casualty Insurance", "New York State Licensed Real Estate Salesperson"; not a school
# named after its state ("Ohio State University Certificate", "Texas Southern University").
_STATES = "|".join(regex.escape(w) for w in [*words("us_states"), *words("state_initials")])
_NOT_STATE_AFTER = rf"(?![\ \t]+(?:\p{{Lu}}\p{{L}}+[\ \t]+){{0,2}}(?:{alternation('school_nouns')}|Community|Technical|Department|Board)\b)"
_STATE_OPENING = regex.compile(rf"(?P<state>{_STATES})(?:[\ \t]+State)?(?=[\ \t]){_NOT_STATE_AFTER}")
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
    own = _catalog_issuer(f)
    if d.get("issuer") and own and d["issuer"] != own and _rx(r"\p{Lu}[\p{Lu}&]{1,9}").fullmatch(d["issuer"]) and \
            abbreviates(d["issuer"], own) and canonical_issuer(d["issuer"], f.block.text) not in (None, own):
        # "CWI - AWS": initials the issuers table gives another body (Amazon Web Services) name the credential's own
        # (the American Welding Society), whatever words the text holds
        d["issuer"] = own
    elif d.get("issuer") and _key(d["issuer"]) in catalog().shared:
        # "AWS Brazing Certification": a spelling two bodies share, named in full as the text's words decide
        d["issuer"] = canonical_issuer(d["issuer"], f.block.text) or d["issuer"]
    # the catalog's default issuer, a state's body ("State Board of ..."): the text may say which state
    state_default = bool(d.get("issuer")) and d["issuer"] == own and bool(_rx(r"(?i)\bstate\b").search(d["issuer"]))
    if state_default and (state := _state_beside(f.block.text, f.end)):
        d["issuer"] = state     # "Licensed Clinical Professional Counselor (LCPC) - Kansas": the state's own licence
    elif (state_default or not d.get("issuer")) and (state := _state_opening(f.block.text, f.start)):
        d["issuer"] = state     # "Ohio Teaching Licensure": the state that opens its name grants it, as the text shows it
    if not d.get("issuer") and canonical_issuer(d.get("shown_as")):
        d["issuer"] = d["shown_as"]     # "PMI and CMMI certified": certified by the body it names
    if not d.get("catalog_id"):
        d["tier"] = tier_read or _tier_for(None, d.get("issuer"))
    if d.get("expires") and today:
        d["expired"] = d["expires"] < today[: len(d["expires"])]
    f.data = {k: v for k, v in d.items() if v is not None}
