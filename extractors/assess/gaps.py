"""Open questions: what the page leaves unanswered, asked so the candidate can bring the evidence.

A role with no result in numbers, a long stretch with no change in title or scope, a strong claim
nobody else mentions, no one (or no manager) vouching. Each becomes a guide item: the place it is
about, quoted, and a question from data/prompts.json. None of them is a verdict.
"""
from __future__ import annotations

import hashlib

from ..document import Profile
from ..findings import Finding
from . import career as career_mod
from .prompts import fill, templates
from .quotes import claim
from .words import as_shown, organisation

ROLE_QUESTIONS = 2          # the latest roles without a result asked about one by one; the rest share one question
WEIGHT = {"flat-career": 0.6, "uncorroborated": 0.5, "role-without-outcome": 0.45,
          "no-manager-recommendation": 0.3, "no-recommendation": 0.3}


def _id(*parts: str) -> str:
    return "urn:scannable:" + hashlib.sha1("\x1f".join(("gap",) + parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _item(about: str, key: str, evidence: str, question: str, follow_ups: list[str]) -> dict:
    return {"id": _id(about, key), "kind": "gap", "about": about, "evidence": evidence, "question": question,
            "follow_ups": follow_ups, "weight": WEIGHT[about]}


def _where(org: str | None) -> str:
    return f" at {org}" if org else ""


def _role_place(entry) -> str:
    """'Product Manager · Brightline Health · Jun 2016 - Feb 2019 · 2 yrs 9 mos': the role as the page shows it."""
    parts = [entry.title or "untitled role"]
    if organisation(entry):
        parts.append(organisation(entry))
    if entry.dates:
        parts.append(entry.dates)
    return " · ".join(parts)


def _title(entry) -> str:
    """A role as a question names it: its title, or where the page gives none, its dates ("the untitled role of
    01/2011 to 11/2016")."""
    if entry.title:
        return entry.title
    return f"the untitled role of {' '.join(entry.dates.split())}" if entry.dates else "an untitled role"


def questions(profile: Profile, findings: list[Finding], shape: dict, today: str) -> list[dict]:
    """Every open question on this profile, most telling first."""
    t = templates()["gap"]
    out: list[dict] = []

    for n, stretch in enumerate(shape.get("flat", [])):
        fields = {"span": stretch["words"][0].upper() + stretch["words"][1:], "title": stretch["title"],
                  "where": _where(stretch["organisation"])}
        held = ("one role" if stretch["roles"] == 1 else f"{stretch['roles']} roles with the same title")
        evidence = (f"{stretch['title']}{_where(stretch['organisation'])}, {stretch['start'][:4]} to "
                    f"{stretch['end'][:4]}: {held}, no change in scope shown on the page")
        out.append(_item("flat-career", f"{stretch['title']}{stretch['start']}", evidence,
                         fill(t["flat_career"], fields), [fill(q, fields) for q in t["flat_career_follow_ups"]]))

    outcomes = [f for f in findings if f.kind == "outcome"]
    recs = [f for f in findings if f.kind == "recommendation"]
    if recs:
        lonely = sorted((f for f in outcomes if not f.links), key=lambda f: -f.weight)
        if lonely:
            top = lonely[0]
            said = claim(top.block.text, top.start, top.end)
            out.append(_item("uncorroborated", top.id, said, fill(t["uncorroborated"], {"claim": said}), []))
        managers = [f for f in recs if f.data.get("relationship") == "managed-directly"]
        # Where the page hides how each recommender worked with the person (a public page, an export),
        # "none from a manager" would be a guess the page contradicts.
        if not managers and any(f.data.get("relationship") for f in recs):
            out.append(_item("no-manager-recommendation", "recs",
                             f"{len(recs)} recommendation{'s' if len(recs) != 1 else ''} on the page, none from a manager",
                             t["no_manager_recommendation"], []))
    else:
        out.append(_item("no-recommendation", "recs", "No recommendations on the page", t["no_recommendation"], []))

    missing = [r for r in career_mod.roles(profile, findings, today) if not r.outcomes]
    # One role left over is asked about on its own: "these roles ... pick one" needs two.
    one_by_one = missing if len(missing) <= ROLE_QUESTIONS + 1 else missing[:ROLE_QUESTIONS]
    for n, role in enumerate(one_by_one):
        fields = {"title": _title(role.entry), "where": _where(role.organisation)}
        options = t["role_without_outcome"]
        out.append(_item("role-without-outcome", _role_place(role.entry), _role_place(role.entry),
                         fill(options[n % len(options)], fields),
                         [fill(q, fields) for q in t["role_without_outcome_follow_ups"]]))
    if len(missing) > len(one_by_one):
        rest = missing[ROLE_QUESTIONS:]
        names = "; ".join(_role_place(r.entry) for r in rest)
        fields = {"roles": "; ".join(f"{_title(r.entry)}{_where(r.organisation)}" for r in rest)}
        out.append(_item("role-without-outcome", names, names, fill(t["roles_without_outcome"], fields),
                         [fill(q, fields) for q in t["role_without_outcome_follow_ups"]]))
    for item in out:     # a résumé is no page
        item["evidence"], item["question"] = as_shown(profile, item["evidence"]), as_shown(profile, item["question"])
    return out
