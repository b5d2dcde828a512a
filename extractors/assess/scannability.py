"""The scannability score (0-100): transparent checks, each with weight, result, reason and a fix that quotes the place.

A recruiter skims a pile: results early, numbers as digits, short lines, results rather than duties
(DESIGN.md §2). Weights and wording live in data/scannability.json; the same profile always gets the
same score, and the points shown add up to it.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from ..document import Block, Entry, Profile
from ..findings import Finding
from ..text import BULLET, BULLET_SPACE
from .prompts import fill
from .quotes import claim, sentences
from .words import RELATION_NOUNS, as_shown, organisation, recommender_company, role_name

# Sections whose words the candidate wrote (recommendations are someone else's words).
# A check with nothing to read scores 0 (an empty profile is not scannable); only credentials, never
# required, earn their weight when absent. Recommendations on a pasted résumé, which has no place for them, are
# left out (weight 0) and the other checks' points scaled to 100.
OWN_SECTIONS = ("about", "summary", "experience")
TEXT_ROLES = ("description", "about", "line", "text")
_WORD_SEPARATORS = regex.compile(r"[-\s]+")
_BULLET = regex.compile(rf"^\s*(?:{BULLET}|[-–—*]|\d+[.)]){BULLET_SPACE}")     # mojibake marks too: "â€¢ Led"

_UNITS = (r"percent|per\s+cent|%|percentage\s+points?|points?|million|billion|thousand|hundred|dollars|euros|pounds|"
          r"times|fold|years?|months?|weeks?|days?|quarters?|people|customers|clients|users|members|engineers|"
          r"employees|teams?|products?|markets?|countries|stores|accounts|projects|reports|sites|clinics|languages")
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_WORD_NUMBER = (rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_SMALL[1:10])}))?|{'|'.join(_SMALL[2:])})"
                rf"(?:\s+(?:hundred|thousand|million|billion))?")
# "twenty-seven percent", "two years", "five million"; "one" only before a scale ("one million").
_SPELLED = regex.compile(
    rf"(?i)\b(?P<words>(?P<n>{_WORD_NUMBER})(?P<frac>\s+(?:halves|thirds|quarters|fifths))?"
    rf"|one\s+(?:hundred|thousand|million|billion))(?P<unit>\s*(?:-\s*)?(?:{_UNITS}))\b")


@lru_cache(maxsize=1)
def config() -> dict:
    data = json.loads(resources.files("extractors.data").joinpath("scannability.json").read_text("utf-8"))
    return {c["id"]: c for c in data["checks"]}


@dataclass
class Check:
    id: str
    title: str
    weight: int          # points this check is worth out of 100
    score: float         # 0..1 on this profile
    reason: str
    fix: str | None = None
    places: list[dict] = field(default_factory=list)   # where the fix applies: {"where", "quote"}
    applies: bool = True

    def as_dict(self) -> dict:
        result = ("n/a" if not self.applies else "pass" if self.score >= 0.999
                  else "fail" if self.score <= 0.001 else "partial")
        return {"id": self.id, "title": self.title, "weight": self.weight, "score": round(self.score, 3),
                "points": round(self.weight * self.score, 1), "result": result, "reason": self.reason,
                "fix": self.fix, "places": self.places}


def _check(cid: str, score: float, reason: str, fix: str | None = None, places: list[dict] | None = None,
           applies: bool = True, weight: int | None = None, title: str | None = None) -> Check:
    c = config()[cid]
    return Check(cid, title or c["title"], c["weight"] if weight is None else weight, max(0.0, min(1.0, score)),
                 reason, fix, places or [], applies)


def _roles(profile: Profile) -> list[Entry]:
    return [e for s in profile.sections_of("experience") for e in s.entries]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _lines(block: Block) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of a block, bullet marks left out."""
    out, pos = [], 0
    for line in block.text.split("\n"):
        start = pos + (m.end() if (m := _BULLET.match(line)) else 0)
        end = pos + len(line.rstrip())
        if end > start:
            out.append((start, end))
        pos += len(line) + 1
    return out


def _short(text: str, limit: int = 90) -> str:
    """A quote short enough for a fix, without the sentence's full stop (the fix adds its own)."""
    text = " ".join(text.split())
    return text.rstrip(".") if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _labels(roles: list[Entry]) -> dict[int, str]:
    """'Title at Company' for each role (by id), with the years when another role on the page reads the same."""
    names = {id(r): role_name(r) for r in roles}
    counts = Counter(names.values())
    out = {}
    for role in roles:
        name = names[id(role)]
        if counts[name] > 1 and role.start:
            end = "now" if role.end == "present" else (role.end or "")[:4]
            name += f" ({role.start[:4]}-{end})" if end else f" (from {role.start[:4]})"
        out[id(role)] = name
    return out


def _own_blocks(profile: Profile) -> list[Block]:
    return [b for s in profile.sections if s.kind in OWN_SECTIONS for b in s.all_blocks() if b.role in TEXT_ROLES]


def _place(block: Block) -> str:
    if block.entry is not None and block.section is not None and block.section.kind == "experience":
        return role_name(block.entry)
    return (block.section.heading or block.section.kind.title()) if block.section is not None else "the profile"


def outcomes_per_role(profile: Profile, outcomes: list[Finding]) -> Check:
    c = config()["outcomes-per-role"]
    roles = _roles(profile)
    if not roles:
        return _check("outcomes-per-role", min(1.0, len(outcomes) / 3),
                      f"No roles were found on this page; {_plural(len(outcomes), 'quantified result')} in the text.",
                      None if outcomes else c["fix_no_roles"])
    with_outcome = {id(f.block.entry) for f in outcomes if f.block.entry is not None}
    missing = [r for r in roles if id(r) not in with_outcome]
    fix = None
    if missing:
        labels = _labels(roles)
        fix = " ".join(fill(c["fix"], {"role": labels[id(r)]}) for r in missing[:2])
        if len(missing) > 2:
            fix += f" The same for {_plural(len(missing) - 2, 'other role')}."
    return _check("outcomes-per-role", 1 - len(missing) / len(roles),
                  f"{len(roles) - len(missing)} of {_plural(len(roles), 'role')} state a quantified result.", fix,
                  [{"where": role_name(r), "quote": r.title or ""} for r in missing[:20]])


def outcome_above_fold(profile: Profile, outcomes: list[Finding]) -> Check:
    c = config()["outcome-above-fold"]
    described = [(r, r.description[0]) for r in _roles(profile) if r.description]
    # A résumé has no "see more" fold: a role opens with a result when one of its first two lines states it.
    resume = profile.page_kind == "plaintext"
    title = c["title_resume"] if resume else None
    if not described:
        if outcomes:
            above = sum(f.block.above_fold(f.start) for f in outcomes)
            return _check("outcome-above-fold", above / len(outcomes),
                          f"No role descriptions on this page; {len(outcomes) - above} of "
                          f"{_plural(len(outcomes), 'result')} are below a \"see more\" fold.", title=title)
        return _check("outcome-above-fold", 0.0, "No role descriptions on this page: nothing for a reader to find.",
                      c["fix_no_descriptions"], title=title)
    labels = _labels(_roles(profile))
    by_entry: dict[int, list[Finding]] = {}
    for f in outcomes:
        by_entry.setdefault(id(f.block.entry), []).append(f)
    opening, fixes, places = 0, [], []
    for role, first in described:
        mine = by_entry.get(id(role), [])
        top = [id(b) for b in role.description[:2]] if resume else [id(first)]
        if any(id(f.block) in top and f.block.above_fold(f.start) for f in mine):
            opening += 1
        elif mine:
            f = mine[0]
            quote = claim(f.block.text, f.start, f.end)
            fixes.append(fill(c["fix_hidden_resume" if resume else "fix_hidden"], {"role": labels[id(role)], "quote": quote}))
            places.append({"where": labels[id(role)], "quote": quote})
        else:
            # A heading line ("Roles and Responsibilities:") is not what a reader sees first: quote what it heads.
            lines = [ln for ln in _lines(first) if not first.text[ln[0]:ln[1]].rstrip().endswith(":")] or _lines(first)
            quote = _short(first.text[lines[0][0]:lines[0][1]]) if lines else _short(first.text)
            fixes.append(fill(c["fix_missing"], {"role": labels[id(role)], "quote": quote}))
            places.append({"where": labels[id(role)], "quote": quote})
    hidden = [f for f in outcomes if not f.block.above_fold(f.start) and f.block.section is not None
              and f.block.section.kind == "experience"]
    reason = f"{opening} of {_plural(len(described), 'role description')} open with a result"
    if hidden:
        reason += f"; {_plural(len(hidden), 'result')} {'sits' if len(hidden) == 1 else 'sit'} below the \"…see more\" fold"
        for f in hidden:
            quote = claim(f.block.text, f.start, f.end)
            if not any(p["quote"] == quote for p in places):
                where = labels.get(id(f.block.entry)) or _place(f.block)
                fixes.append(fill(c["fix_hidden"], {"role": where, "quote": quote}))
                places.append({"where": where, "quote": quote})
    return _check("outcome-above-fold", opening / len(described), reason + ".",
                  " ".join(fixes[:2]) + (f" (And {len(fixes) - 2} more like it.)" if len(fixes) > 2 else "") if fixes else None,
                  places, title=title)


def _digits(words: str) -> str:
    """'twenty-seven' -> '27', 'five million' -> '5 million', 'two thirds' -> '2/3'."""
    parts = _WORD_SEPARATORS.split(words.lower())
    total, scale_word = 0, ""
    frac = {"halves": 2, "thirds": 3, "quarters": 4, "fifths": 5}
    if parts[-1] in frac:
        head = " ".join(parts[:-1])
        return f"{_digits(head)}/{frac[parts[-1]]}"
    for p in parts:
        if p in _TENS:
            total += _TENS[p]
        elif p in _SMALL:
            total += _SMALL.index(p)
        elif p in _SCALES:
            scale_word = p if p != "hundred" else ""
            if p == "hundred":
                total *= 100
    return f"{total} {scale_word}".strip()


def numbers_as_digits(profile: Profile) -> Check:
    c = config()["numbers-as-digits"]
    found = []
    for block in _own_blocks(profile):
        for m in _SPELLED.finditer(block.text):
            found.append((block, m))
    if profile.headline:
        found += [(Block(profile.headline, role="headline"), m) for m in _SPELLED.finditer(profile.headline)]
    if not found:
        return _check("numbers-as-digits", 1.0, "Every number in your own words is written as digits.")
    fixes, places = [], []
    for block, m in found[:2]:
        unit = " ".join(m["unit"].split()).lstrip("- ")
        digits = _digits(m["words"]) + ("%" if unit.lower() in ("percent", "per cent", "%") else f" {unit}")
        where = _place(block) if block.role != "headline" else "your headline"
        quote = claim(block.text, m.start(), m.end())
        fixes.append(fill(c["fix"], {"words": " ".join(m.group().split()), "digits": digits, "quote": quote,
                                     "place": where}))
        places.append({"where": where, "quote": " ".join(m.group().split())})
    return _check("numbers-as-digits", 1 - c["per_finding"] * len(found),
                  f"{_plural(len(found), 'number')} spelled out in words: "
                  + ", ".join(f"\"{' '.join(m.group().split())}\"" for _, m in found[:3]) + ".",
                  " ".join(fixes), places)


def results_not_duties(profile: Profile, outcomes: list[Finding]) -> Check:
    c = config()["results-not-duties"]
    duty = regex.compile(r"(?i)\b(?:" + "|".join(c["phrases"]) + r")\b")
    every = _roles(profile)
    labels = _labels(every)
    roles = [r for r in every if r.description]
    starts: dict[int, list[int]] = {}
    for f in outcomes:
        starts.setdefault(id(f.block), []).append(f.start)
    with_duties, places = [], []
    for role in roles:
        hits = []
        for block in role.description:
            for start, end in _lines(block):
                line_has_outcome = any(start <= at < end for at in starts.get(id(block), ()))
                m = duty.search(block.text, start, end)
                if m and not line_has_outcome:
                    # A bare heading ("Roles and Responsibilities:") is quoted only when nothing better is there.
                    heading = block.text[start:end].rstrip().endswith(":")
                    near_start = m.start() - start < 25
                    quote = _short(block.text[start:end], 100) if near_start else _short(claim(block.text, m.start(), m.end()))
                    hits.append((heading, quote))
        if hits:
            with_duties.append(role)
            places.append({"where": labels[id(role)], "quote": sorted(hits, key=lambda h: h[0])[0][1]})
    if not roles:
        return _check("results-not-duties", 0.0, "No role descriptions on this page: no results to read either.",
                      c["fix_no_descriptions"])
    fix = " ".join(fill(c["fix"], {"quote": p["quote"], "role": p["where"]}) for p in places[:2]) or None
    return _check("results-not-duties", 1 - len(with_duties) / len(roles),
                  f"{len(with_duties)} of {_plural(len(roles), 'role description')} describe duties "
                  "(\"responsible for…\") where a result could be.", fix, places)


def skimmable_bullets(profile: Profile) -> Check:
    c = config()["skimmable-bullets"]
    lines, long = 0, []
    for block in _own_blocks(profile):
        for start, end in _lines(block):
            lines += 1
            text = block.text[start:end]
            if end - start > c["max_chars"] or len(sentences(text)) > c["max_sentences"]:
                long.append((block, start, end))
    if not lines:
        return _check("skimmable-bullets", 0.0, "No description lines on this page to skim.", c["fix_no_descriptions"])
    places = [{"where": _place(b), "quote": _short(b.text[s:e], 70)} for b, s, e in long]
    fix = " ".join(fill(c["fix"], {"quote": p["quote"], "role": p["where"], "length": e - s})
                   for p, (b, s, e) in list(zip(places, long))[:2]) or None
    return _check("skimmable-bullets", 1 - len(long) / lines,
                  f"{lines - len(long)} of {_plural(lines, 'line')} {'is' if lines - len(long) == 1 else 'are'} short enough to skim "
                  f"(at most {c['max_chars']} characters and {c['max_sentences']} sentences).", fix, places)


def about_states_results(profile: Profile, outcomes: list[Finding]) -> Check:
    c = config()["about-states-results"]
    # A résumé may carry both a header (contact lines) and a headed summary: read them together,
    # and quote the headed one when asking for a result.
    abouts = [s for s in profile.sections if s.kind in ("about", "summary") and any(b.text.strip() for b in s.all_blocks())]
    if not abouts:
        return _check("about-states-results", 0.0, "There is no About section.", c["fix_missing"])
    mine = [f for f in outcomes if f.block.section is not None and any(f.block.section is s for s in abouts)]
    about = next((s for s in abouts if s.heading), abouts[0])
    opening = next((b for b in about.all_blocks() if b.text.strip()), None)
    if any(f.block.above_fold(f.start) for f in mine):
        return _check("about-states-results", 1.0, "The About section names a quantified result before \"see more\".")
    if mine:
        f = mine[0]
        quote = claim(f.block.text, f.start, f.end)
        return _check("about-states-results", 0.5, "The About section names a result, but only below the fold.",
                      fill(c["fix_hidden"], {"quote": quote}), [{"where": "About", "quote": quote}])
    quote = _short(sentences(opening.text)[0]) if opening is not None and sentences(opening.text) else ""
    # A result stated elsewhere is the candidate's own best opener: name it rather than ask for a new one.
    best = max(outcomes, key=lambda f: f.weight, default=None)
    fix = (fill(c["fix_from_roles"], {"quote": quote, "result": claim(best.block.text, best.start, best.end),
                                      "place": _place(best.block)})
           if best is not None and c.get("fix_from_roles") else fill(c["fix"], {"quote": quote}))
    return _check("about-states-results", 0.0, "The About section has no result in numbers.", fix,
                  [{"where": "About", "quote": quote}])


def recommendations(profile: Profile, findings: list[Finding]) -> Check:
    c = config()["recommendations"]
    recs = [f for f in findings if f.kind == "recommendation"]
    if not recs:
        if profile.page_kind == "plaintext":     # a résumé has no place for them: left out, the rest rescaled
            rest = sum(check["weight"] for cid, check in config().items() if cid != "recommendations")
            return _check("recommendations", 0.0, fill(c["reason_resume"], {"points": rest}), applies=False,
                          weight=0)
        return _check("recommendations", 0.0, "No recommendations received on this page.", c["fix_none"])
    who, hidden = [], 0
    for f in recs:
        rel = f.data.get("relationship")
        name = (f.data.get("recommender") or "").strip()
        if not name or name.lower() == "linkedin user":     # the public page's stand-in for a hidden name
            hidden += 1
            continue
        who.append(f"{name} ({RELATION_NOUNS[rel]})" if rel and rel != "other" else name)
    if hidden:
        who.append(f"{'one' if hidden == 1 else hidden} whose name this page hides")
    managers = [f for f in recs if f.data.get("relationship") == "managed-directly"]
    reason = f"{_plural(len(recs), 'recommendation')}: " + ", ".join(who) + "."
    if managers:
        return _check("recommendations", 1.0, reason)
    company = next((organisation(r) for r in _roles(profile) if organisation(r)), None) or \
        next((recommender_company(f.data.get("recommender_headline")) for f in recs
              if recommender_company(f.data.get("recommender_headline"))), None)
    fix = fill(c["fix_no_manager"], {"company": company}) if company else c["fix_none"]
    if not any(f.data.get("relationship") for f in recs):
        reason += " This page does not show how they worked with you."
        # One of them may well be a manager: the fix must not ask for what the candidate may already have.
        fix = fill(c["fix_relationship_unknown"], {"company": company or "your last employer"})
    else:
        reason += " None is from a direct manager."
    return _check("recommendations", c["score_without_manager"], reason, fix)


def credentials_verifiable(findings: list[Finding]) -> Check:
    c = config()["credentials-verifiable"]
    creds = [f for f in findings if f.kind == "credential" and f.block.section is not None
             and f.block.section.kind == "certifications"]
    if not creds:
        return _check("credentials-verifiable", 1.0,
                      "No credentials listed: nothing to fix (a certificate is never required).", applies=False)
    points, fixes, places = 0.0, [], []
    for f in creds:
        has_issuer, has_url = bool(f.data.get("issuer")), bool(f.data.get("url"))
        points += 0.5 * has_issuer + 0.5 * has_url
        missing = " and ".join(w for w, ok in (("issuer", has_issuer), ("verification link", has_url)) if not ok)
        if missing:
            quote = " ".join(f.quote.split())
            fixes.append(fill(c["fix"], {"missing": missing, "quote": quote}))
            places.append({"where": "Licenses & certifications", "quote": quote})
    verified = sum(1 for f in creds if f.data.get("url"))
    issued = sum(1 for f in creds if f.data.get("issuer"))
    return _check("credentials-verifiable", points / len(creds),
                  f"Of {_plural(len(creds), 'listed credential')}, {issued} name the issuer and {verified} carry a "
                  "verification link.", " ".join(fixes[:2]) + (f" (And {len(fixes) - 2} more like it.)" if len(fixes) > 2 else "")
                  if fixes else None, places)


def score(profile: Profile, findings: list[Finding]) -> dict:
    """The score and its checks; the same profile always gets the same result."""
    outcomes = [f for f in findings if f.kind == "outcome"]
    checks = [
        outcomes_per_role(profile, outcomes),
        outcome_above_fold(profile, outcomes),
        numbers_as_digits(profile),
        results_not_duties(profile, outcomes),
        skimmable_bullets(profile),
        about_states_results(profile, outcomes),
        recommendations(profile, findings),
        credentials_verifiable(findings),
    ]
    # A check left out (weight 0) leaves fewer than 100 points: the rest are scaled to 100.
    total = round(sum(c.weight * c.score for c in checks) * 100 / sum(c.weight for c in checks))
    partial = [s.heading or s.kind for s in profile.sections if s.partial]
    for check in checks:     # a résumé is no page
        check.reason = as_shown(profile, check.reason)
        check.fix = as_shown(profile, check.fix) if check.fix else check.fix
    shown = "this text" if profile.page_kind == "plaintext" else "this page"
    note = (f"Scored on what {shown} shows; " + ", ".join(partial) + " continue on the details pages."
            if partial else f"Scored on what {shown} shows.")
    if (left_out := [c.title.split(",")[0].lower() for c in checks if c.weight == 0]):
        note += (f" Out of {sum(c.weight for c in checks)} points, scaled to 100: "
                 f"{', '.join(left_out)} cannot be shown in this text.")
    return {"score": total, "checks": [c.as_dict() for c in checks], "note": note}
