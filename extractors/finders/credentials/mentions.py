"""Catalog credentials named in a text: every alias found, its case and cue rules applied ("PMP-certified" is one,
"PE ratio" and "RN Sharma" are not), one mention for a name and its abbreviation."""
from __future__ import annotations

from dataclasses import dataclass

from .catalog import Alias, Credential, _key, canonical_issuer, catalog
from .cues import (
    _AFTER_NAME, _BRACKETED, _COURSE_AFTER, _COURSE_LIST_BEFORE, _CUE_AFTER, _CUE_BEFORE, _ENDS_HERE, _NOT_AFTER,
    _NOT_BEFORE_AT_END, _NOT_BEFORE_GUARDED, _NOT_YET_AFTER, _OTHERS_TITLE_BEFORE, _TITLE_BEFORE,
)
from .words import _CARDS, _GENERIC, _ROLE_WORDS, _TITLE_WORDS, _rx, alternation, words


@dataclass
class Mention:
    start: int
    end: int
    credential: Credential
    guarded: bool
    listed_only: bool = False


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
    if nxt and (nxt[1].lower() in _ROLE_WORDS or (nxt[2] or "").lower() in _ROLE_WORDS):
        return True
    # The candidate named by the licence they hold, as a summary opens: "Dedicated RN with 12 years of experience",
    # "Controller and CPA with a record of ..."; not someone the work was for or with ("Assisted the RN with ...").
    if m.credential.tier not in _LISTED_TIERS or text[m.start:m.end] in _THINGS_MORE_OFTEN:
        return False    # "Epic EMR": the records, by far the commoner reading
    if _DESCRIBED_WITH.match(text, m.end) and not _OTHERS_TITLE_BEFORE.search(before):
        return True
    # A title line the licence ends, the role its holder's: "Night Shift RN", "Clinic Manager/ LPN".
    return bool(_LINE_ENDS.match(text, m.end)) and bool(_TITLE_LINE_BEFORE.search(before))


_THINGS_MORE_OFTEN = frozenset(words("things_more_often"))


_LINE_ENDS = _rx(r"[\ \t]*(?:\n|$)")
# From the line's start, one to four words in title case or capitals, one at least in title case, spaces or "/" between.
_TITLE_LINE_BEFORE = _rx(r"(?:^|\n)[\ \t]*(?=[^\n]*\p{Lu}\p{Ll})(?:\p{Lu}[\p{L}'’-]*[\ \t]*(?:[/&][\ \t]*)?){1,4}$")


# "with" and up to five words before what a summary gives its subject: "with over 20 years", "with 5+ years of
# experience", "with a highly effective communication style".
_DESCRIBED_WITH = _rx(rf"(?i)[\ \t]+with[\ \t]+(?:[\p{{L}}\p{{N}}+/-]+[\ \t]+){{0,5}}?(?:{alternation('described_with')})(?![\p{{L}}])")


def _is_caps(text: str) -> bool:
    return bool(_rx(r"\p{Lu}{2,6}\d?").fullmatch(text))


def _is_excluded(text: str, m: Mention, listed: bool) -> bool:
    """Look-alikes and not-yet credentials: "CPA firm", "PE ratio", "pursuing the PMP", "RN Sharma"."""
    if m.listed_only and not listed:
        return True     # "Computer Engineer Intern, 06/2013 to 09/2013": a job title outside a credentials list
    before = text[max(0, m.start - 60):m.start]
    after = text[m.end:m.end + 40]
    if _NOT_BEFORE_AT_END.match(before) or _NOT_YET_AFTER.match(after):
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
        out.append(Mention(start, end, best.credential, best.guarded, best.listed_only))
    return _merge(text, out, _is_skills_list(text))


def _prefer(aliases: list[Alias], text: str, fields: set[str] = frozenset()) -> Alias:
    """When one spelling names several credentials (CPM, CPPM, CCM), the one whose issuer the text names wins;
    else, among the credentials the spelling abbreviates (see _abbreviates: "NCC" is the National Certified
    Counselor's, only another name for the Licensed Professional Counselor's), the one in the field of the text's
    other credentials ("RN, CCM": the case manager's), else the catalog's first of them."""
    if len(aliases) > 1:
        low = text.lower()
        for a in aliases:
            issuer = (a.credential.issuer or "").lower()
            if issuer and (issuer in low or issuer.split(" ")[0] in low):
                return a
        aliases = [a for a in aliases if _abbreviates(a.text, a.credential.name)] or aliases
        for a in aliases:
            if a.credential.field in fields:
                return a
    return aliases[0]


def _abbreviates(spelling: str, name: str) -> bool:
    """Whether a spelling is the credential's own abbreviation: its name's initials ("National Certified Counselor"
    -> NCC, small words skipped) or the abbreviation the name gives in brackets ("... (NCC)")."""
    short = _rx(r"[^\p{L}\p{N}]").sub("", spelling).upper()
    bracketed = _rx(r"\(([^()]+)\)").findall(name)
    initials = "".join(w[0] for w in _rx(r"[\p{L}\p{N}]+").findall(_rx(r"\([^()]*\)").sub(" ", name))
                       if w.lower() not in ("of", "in", "and", "for", "the", "&")).upper()
    return short == initials or short in {_rx(r"[^\p{L}\p{N}]").sub("", b).upper() for b in bracketed}


# A resume's skills list: comma-separated items, several of them in lower case ("accounts payable, Auditing, balance,
# ..., Certified Public Accountant, CPA, clients"). Three such items are enough; counted once per text.
_LOWER_ITEM = _rx(r",[\ \t]*\p{Ll}")


def _is_skills_list(text: str) -> bool:
    return len(_LOWER_ITEM.findall(text, concurrent=False)[:3]) >= 3 if "," in text else False


def _list_item(text: str, m: Mention) -> bool:
    """Whether a mention is a whole item of a comma list: a comma (or the line's start) before, a comma or the end after."""
    return bool(_rx(r"(?:^|[,\n])[\ \t]*$").search(text[max(0, m.start - 3):m.start]) if m.start >= 3 else True) and \
        bool(_rx(r"[\ \t]*(?:[,\n]|$)").match(text, m.end))


def _merge(text: str, mentions: list[Mention], skills_list: bool = False) -> list[Mention]:
    """"Project Management Professional (PMP)", "CDFM, Certified Defense Financial Manager": one mention each; but in
    a skills list each item is one ("Certified Public Accountant, CPA, clients": two)."""
    merged: list[Mention] = []
    for m in mentions:
        if merged and {merged[-1].credential.id, m.credential.id} <= _CARDS and \
                merged[-1].credential.id != m.credential.id and \
                _rx(r"\s*(?:/|&|\band\b)\s*").fullmatch(text[merged[-1].end:m.start]):
            last = merged[-1]       # "CPR/BLS Certified", "First Aid/CPR/AED": one card
            keep = last.credential if last.credential.id == "cpr" or m.credential.id != "cpr" else m.credential
            merged[-1] = Mention(last.start, m.end, keep, last.guarded and m.guarded, last.listed_only and m.listed_only)
            continue
        if merged and merged[-1].credential.id == m.credential.id:
            gap = text[merged[-1].end:m.start]
            if _rx(r"\s*(?:[(,/\-–:]|\s)\s*").fullmatch(gap) and not (skills_list and "," in gap):
                last = merged[-1]
                end = m.end + (1 if text[m.end:m.end + 1] == ")" and "(" in gap else 0)
                merged[-1] = Mention(last.start, end, last.credential, last.guarded and m.guarded,
                                     last.listed_only and m.listed_only)
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
    skills_list = _is_skills_list(text)
    # A licence's abbreviation as an item of a skills list is the licence held ("..., CNA, competitive, ..."); cards
    # and exam names there (CPR, ITIL, CPT) may be skills, and stay guarded.
    ok = [not m.guarded or listed or _is_guard_satisfied(text, m) or
          skills_list and m.credential.tier in _LISTED_TIERS and _list_item(text, m) for m in kept]
    # A text that is nothing but credentials ("First Aid & CPR") lists them.
    if kept and not all(ok) and _rx(r"[\s,/&;.*()\-–]*(?:and[\s,/&;.*()\-–]*)?").fullmatch("".join(text[a.end:b.start] for a, b in zip(kept, kept[1:]))
                                                + text[:kept[0].start] + text[kept[-1].end:]):
        ok = [True] * len(kept)
    _cards_by_their_body(text, kept, ok)
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
    return _series_continued(text, [m for m, good in zip(kept, ok) if good])


_LISTED_TIERS = ("license", "experience-gated")

# Between the cards of a run, and from the last to the body after it: "CPR, AED, First Aid, American Heart Association".
_CARD_JOIN = _rx(r"[\ \t]*(?:,|/|&|\band\b)[\ \t]*(?:and[\ \t]+)?")
_TO_BODY = _rx(r"[\ \t]*(?:[,\-–(:]|\b(?:by|through|from|with)\b)?[\ \t]*(?:the[\ \t]+)?")


def _cards_by_their_body(text: str, kept: list[Mention], ok: list[bool]) -> None:
    """A run of cards (CPR, AED, First Aid) with the body that issues them named after it holds them all: "CPR, AED,
    First Aid, American Heart Association (Current)"; "Performed CPR, AED on patients" names none."""
    n = 0
    while n < len(kept):
        if kept[n].credential.id not in _CARDS:
            n += 1
            continue
        last = n
        while last + 1 < len(kept) and kept[last + 1].credential.id in _CARDS and \
                _CARD_JOIN.fullmatch(text, kept[last].end, kept[last + 1].start):
            last += 1
        at = _TO_BODY.match(text, kept[last].end).end()
        bodies = {b.lower() for m in kept[n:last + 1] for b in (m.credential.issuer or "").split(" / ")}
        body = _rx(r"\p{Lu}[\p{L}]*(?:[\ \t]+\p{Lu}[\p{L}]*){0,4}").match(text, at)
        if any(b and text[at:at + len(b)].lower() == b for b in bodies) or \
                body is not None and (canonical_issuer(body[0]) or "").lower() in bodies:
            for k in range(n, last + 1):
                ok[k] = True
        n = last + 1


# A number continuing a list of securities licences: "Series 7, 66, 63", "Series 6 and 63", "Series 7/63".
_NEXT_SERIES = _rx(r"[\ \t]*(?:,[\ \t]*(?:and[\ \t]+|&[\ \t]*)?|/|&|and[\ \t]+)[\ \t]*(\d{1,2})(?![\p{N}.,]\d|[\p{L}%])"
                  r"(?![\ \t]+(?!licen|registration|exam|and\b|or\b)\p{Ll})")     # not "Series 7 and 24 months"


def _series_continued(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each number that continues a "Series N" as the catalog's Series licence of that number."""
    if not any(m.credential.id.startswith("series-") for m in mentions):
        return mentions
    by_id = catalog().by_id
    out: list[Mention] = []
    for n, m in enumerate(mentions):
        out.append(m)
        if not m.credential.id.startswith("series-"):
            continue
        limit = mentions[n + 1].start if n + 1 < len(mentions) else len(text)
        at = m.end
        while (nxt := _NEXT_SERIES.match(text, at, limit)) and (cred := by_id.get(f"series-{nxt[1]}")):
            out.append(Mention(nxt.start(1), nxt.end(1), cred, False))
            at = nxt.end()
    return out


def _one_per_credential(mentions: list[Mention], text: str) -> list[Mention]:
    """A generic mention beside a specific one names the same credential: "Green Belt Lean Six Sigma"; so does one in
    brackets right after another, its abbreviation or expansion: "CSSBB (Six Sigma Black Belt)"."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].credential.id == m.credential.id and \
                _rx(r"\s*(?:(?i:in|as|for|-|–|:)\s+)?").fullmatch(text[out[-1].end:m.start]):
            out[-1] = Mention(out[-1].start, m.end, m.credential, out[-1].guarded and m.guarded)
            continue    # "FEMA Certified in ICS-100": one credential, said twice
        if out and _rx(r"\s*\(").fullmatch(text[out[-1].end:m.start]) and _rx(r"\s*\)").match(text, m.end):
            out[-1] = Mention(out[-1].start, text.index(")", m.end) + 1, out[-1].credential, out[-1].guarded and m.guarded)
            continue    # "CSSBB (Six Sigma Black Belt)": the bracket glosses the name before it, one credential
        if out and (m.credential.id in _GENERIC or out[-1].credential.id in _GENERIC) and \
                out[-1].credential.field == m.credential.field:
            keep = out[-1].credential if m.credential.id in _GENERIC else m.credential
            out[-1] = Mention(out[-1].start, m.end, keep, out[-1].guarded and m.guarded)
            continue
        out.append(m)
    return out


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
