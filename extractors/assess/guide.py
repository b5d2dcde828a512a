"""The interview guide: questions ordered by what the evidence is worth, as Markdown."""
from __future__ import annotations

from ..document import Profile
from ..findings import Finding

HEADINGS = {"outcome": "Results", "recommendation": "Who vouches", "credential": "Credentials",
            "scope": "Scope", "gap": "Open questions"}


def ordered(findings: list[Finding]) -> list[Finding]:
    """Worth most first; ties keep page order."""
    return sorted((f for f in findings if f.prompt), key=lambda f: -f.weight)


def as_items(findings: list[Finding]) -> list[dict]:
    return [{"id": f.id, "kind": f.kind, "evidence": " ".join(f.quote.split())[:300],
             "question": f.prompt, "follow_ups": f.follow_ups} for f in ordered(findings)]


def markdown(profile: Profile, findings: list[Finding]) -> str:
    who = profile.name or "the candidate"
    lines = [f"# Interview guide: {who}", ""]
    if profile.headline:
        lines += [f"_{profile.headline}_", ""]
    lines += ["Questions are ordered by what the evidence is worth. Quote the candidate's words back; "
              "listen for the goal, the measurement, the trade-offs, and what was theirs.", ""]
    for n, f in enumerate(ordered(findings), 1):
        evidence = " ".join(f.quote.split())
        if len(evidence) > 300:
            evidence = evidence[:299] + "…"
        lines += [f"## {n}. {HEADINGS.get(f.kind, f.kind.title())}", "", f"> {evidence}", "", f"**Ask:** {f.prompt}", ""]
        lines += [f"- {q}" for q in f.follow_ups]
        lines += ["", "Notes:", "", "&nbsp;", ""]
    return "\n".join(lines).rstrip() + "\n"
