"""The recruiter's quick read: strongest evidence, who vouches, what the certificates are worth, open questions.

A few lines at the top of every view. Deliberately no single "hire score": the tool informs a human
judgement and never filters a person out (DESIGN.md §2).
"""
from __future__ import annotations

from ..document import Profile
from ..findings import Finding
from .prompts import who
from .quotes import claim
from .words import RELATION_THIRD, as_shown, role_name

STRONGEST = 3
TIER_WORDS = {"license": "license", "experience-gated": "experience-gated", "exam": "exam-only",
              "course": "course certificate", "unknown": "not in our catalog"}
TIER_PLURALS = {"license": "licenses", "course": "course certificates"}


def _where(f: Finding) -> str:
    e = f.block.entry
    if e is not None and f.block.section is not None and f.block.section.kind == "experience":
        return role_name(e)
    return f.block.section.heading or f.block.section.kind if f.block.section is not None else "the page"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def read(profile: Profile, findings: list[Finding], career: dict, gaps: list[dict]) -> dict:
    outcomes = sorted((f for f in findings if f.kind == "outcome"), key=lambda f: -f.weight)
    # Two results in one claim ("180k followers in 2013 vs 2.2m in 2017") are quoted once, by the stronger.
    distinct: dict[str, Finding] = {}
    for f in outcomes:
        distinct.setdefault(claim(f.block.text, f.start, f.end), f)
    strongest = [{"id": f.id, "quote": quote, "where": _where(f),
                  "financial": bool(f.data.get("financial")), "corroborated": bool(f.links),
                  "vouched_by": [v["recommender"] for v in f.data.get("corroborated_by") or [] if v.get("recommender")]}
                 for quote, f in list(distinct.items())[:STRONGEST]]

    recs = sorted((f for f in findings if f.kind == "recommendation"), key=lambda f: -f.weight)
    vouches = [{"id": f.id, "who": who(f.data, RELATION_THIRD)[0], "relationship": f.data.get("relationship"),
                "specific": bool(f.data.get("specific")), "corroborates": bool(f.links)} for f in recs]

    creds = [f for f in findings if f.kind == "credential"]
    cert_section = profile.section("certifications")
    certificates = {
        "listed": len(creds),
        "on_page_total": cert_section.total if cert_section is not None else None,
        "tiers": {tier: sum(1 for f in creds if (f.data.get("tier") or "unknown") == tier) for tier in TIER_WORDS
                  if any((f.data.get("tier") or "unknown") == tier for f in creds)},
        "verifiable": sum(1 for f in creds if f.data.get("url")),
        "expired": sum(1 for f in creds if f.data.get("expired")),
    }
    open_questions = [{"id": g["id"], "question": g["question"], "about": g["about"]}
                      for g in sorted(gaps, key=lambda g: -g["weight"])]

    lines = [_strongest_line(strongest, outcomes, len(distinct)), _vouches_line(vouches), _certificates_line(certificates, creds)]
    if career.get("summary"):
        lines.append("Career: " + career["summary"])
    if open_questions:
        lines.append(f"Open questions ({len(open_questions)}), to ask: " + open_questions[0]["question"]
                     + (" (and more in the guide)" if len(open_questions) > 1 else ""))
    return {"strongest": strongest, "vouches": vouches, "certificates": certificates,
            "open_questions": open_questions, "lines": [as_shown(profile, line) for line in lines]}


def _strongest_line(strongest: list[dict], outcomes: list[Finding], distinct_claims: int) -> str:
    if not strongest:
        return "Strongest evidence: no result stated as a number on this page."
    quoted = "; ".join(f"\"{s['quote']}\" ({s['where']}"
                       + (f"; {' and '.join(s['vouched_by'])} says so too" if s["vouched_by"] else "") + ")"
                       for s in strongest)
    more = f" and {distinct_claims - len(strongest)} more" if distinct_claims > len(strongest) else ""
    financial = sum(1 for f in outcomes if f.data.get("financial"))
    return (f"Strongest evidence ({_plural(len(outcomes), 'result')} in numbers, {financial} financial): "
            f"{quoted}{more}.")


def _vouches_line(vouches: list[dict]) -> str:
    if not vouches:
        return "Who vouches: no recommendations on this page."
    managers = sum(1 for v in vouches if v["relationship"] == "managed-directly")
    specific = sum(1 for v in vouches if v["specific"])
    corroborating = sum(1 for v in vouches if v["corroborates"])
    parts = [", ".join(v["who"] for v in vouches[:3]) + (f" and {len(vouches) - 3} more" if len(vouches) > 3 else "")]
    unknown = sum(1 for v in vouches if not v["relationship"])
    if unknown == len(vouches):
        parts.append(f"how they worked together is not shown on this page; {specific} specific about the work")
    else:
        parts.append(f"{managers} from a direct manager, {specific} specific about the work")
    if corroborating:
        parts.append(f"{corroborating} {'repeats' if corroborating == 1 else 'repeat'} a result the candidate states")
    return "Who vouches: " + "; ".join(parts) + "."


def _certificates_line(c: dict, creds: list[Finding]) -> str:
    if not creds:
        return "Certificates: none listed (not a gap: a certificate shows knowledge, not results)."
    tiers = ", ".join(f"{n} {TIER_WORDS[t] if n == 1 else TIER_PLURALS.get(t, TIER_WORDS[t])}"
                      for t, n in c["tiers"].items())
    total = f" of {c['on_page_total']}" if c["on_page_total"] and c["on_page_total"] > c["listed"] else ""
    extra = f"; {c['expired']} expired" if c["expired"] else ""
    return (f"Certificates ({c['listed']}{total} shown): {tiers}; {c['verifiable']} with a verification link{extra}. "
            "Shorthand for knowledge, not proof of skill: ask how each was applied.")
