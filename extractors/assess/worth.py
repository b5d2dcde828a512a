"""What each finding is worth: a weight for ordering, and one line a human reads."""
from __future__ import annotations

from ..findings import Finding
from .prompts import RELATIONSHIP_WORDS, TIER_MEANING

TIER_WEIGHT = {"license": 0.5, "experience-gated": 0.4, "exam": 0.25, "course": 0.15, "unknown": 0.1}
RELATIONSHIP_WEIGHT = {"managed-directly": 0.9, "senior-not-managing": 0.6, "client": 0.6, "reported-to": 0.55,
                       "same-team": 0.5, "different-teams": 0.4, "different-companies": 0.4, "mentor": 0.4,
                       "studied-together": 0.2, "other": 0.3}


def _magnitude_words(mag: dict) -> str:
    value, unit = mag.get("value"), mag.get("unit")
    if unit == "percent":
        return f"{value:g}%"
    if unit == "multiplier":
        return f"×{value:g}"
    if unit in ("USD", "EUR", "GBP", "INR", "JPY", "CAD", "AUD"):
        return f"{value:,.0f} {unit}"
    return f"{value:g} {unit}"


def assess(finding: Finding) -> None:
    d = finding.data
    if finding.kind == "outcome":
        finding.weight = 0.9 if d.get("financial") else 0.7
        what = "financial result" if d.get("financial") else "measured result"
        metric = f" in {d['metric']}" if d.get("metric") else ""
        finding.describe = (f"Outcome: a {what}{metric} ({_magnitude_words(d['magnitude'])}). "
                            "Strong evidence: a result, stated as a number.")
        if finding.links:
            finding.weight = min(1.0, finding.weight + 0.1)
            finding.describe += " Corroborated by a recommendation."
    elif finding.kind == "scope":
        finding.weight = 0.35
        finding.describe = (f"Scope: the size of what they were trusted with ({_magnitude_words(d['magnitude'])}). "
                            "Useful context, but not a result.")
    elif finding.kind == "credential":
        tier = d.get("tier", "unknown")
        finding.weight = TIER_WEIGHT.get(tier, 0.1)
        issuer = f" from {d['issuer']}" if d.get("issuer") else ""
        finding.describe = (f"Credential{issuer}: {TIER_MEANING[tier]}. "
                            "Knowledge, not proof of skill or experience: trust, but verify.")
    elif finding.kind == "recommendation":
        rel = d.get("relationship") or "other"
        finding.weight = RELATIONSHIP_WEIGHT.get(rel, 0.3) * (1.0 if d.get("specific") else 0.6)
        who = d.get("recommender") or "Someone"
        finding.describe = (f"Recommendation from {who}, {RELATIONSHIP_WORDS.get(rel, 'a contact')}; "
                            + ("specific about the work." if d.get("specific") else "general praise, a weaker signal."))
