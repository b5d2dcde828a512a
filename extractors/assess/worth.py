"""What each finding is worth: a weight for ordering, and one line a human reads.

The order follows the founding article: results that touch a firm's financial health first, then
claims someone else corroborates, then what a direct manager says; certificates are shorthand.
"""
from __future__ import annotations

import regex

from ..findings import Finding
from .words import RELATIONSHIP_WORDS, TIER_MEANING, change, figure, metric_words

TIER_WEIGHT = {"license": 0.5, "experience-gated": 0.4, "exam": 0.25, "course": 0.15, "unknown": 0.1}
# Below a corroborated result (0.8) and any financial one (0.9): the guide asks about results first, then who vouches.
RELATIONSHIP_WEIGHT = {"managed-directly": 0.76, "senior-not-managing": 0.6, "client": 0.6, "reported-to": 0.55,
                       "same-team": 0.5, "different-teams": 0.4, "different-companies": 0.4, "mentor": 0.4,
                       "studied-together": 0.2, "other": 0.3}
OUTCOME_WEIGHT = {"financial": 0.9, "measured": 0.7}
CORROBORATED_BONUS = 0.1
CORROBORATING_BONUS = 0.03    # a recommendation that repeats a stated result
SCOPE_WEIGHT = 0.35


# A scope's own words when they are the figure and what it counts ("30+ direct reports", "team of 12 engineers").
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety)(?:-\w+)?")
_SCOPE_WORDS = regex.compile(rf"(?i)^(?:(?:a\s+)?(?:team|staff)\s+of\s+)?(?:[$€£₹#]?\d[\d,.]*\+?\s*(?:[KMB]\b)?\S*"
                             rf"|{_NUMBER_WORD})\s+\p{{L}}")
SCOPE_WORDS_LIMIT = 40


def _scope_words(finding: Finding) -> str:
    """'30+ direct reports' rather than '30+': the count with its noun where the highlight is just that."""
    words = " ".join(finding.quote.split())
    if len(words) <= SCOPE_WORDS_LIMIT and _SCOPE_WORDS.match(words):
        return words
    return figure(finding.data.get("magnitude"))


def assess(finding: Finding) -> None:
    """Set the finding's weight and its one-line description."""
    d = finding.data
    if finding.kind == "outcome":
        finding.weight = OUTCOME_WEIGHT["financial" if d.get("financial") else "measured"]
        what = "a financial result" if d.get("financial") else "a measured result"
        metric = f" in {m}" if (m := metric_words(d.get("metric"))) else ""
        finding.describe = f"Outcome: {what}{metric} ({change(d)}). Strong evidence: a result, stated as a number."
        if finding.links:
            finding.weight = min(1.0, finding.weight + CORROBORATED_BONUS)
            vouchers = [v for v in d.get("corroborated_by") or [] if v.get("words")]
            finding.describe += " " + (vouchers[0]["words"] if vouchers else "Corroborated by a recommendation.")
    elif finding.kind == "scope":
        finding.weight = SCOPE_WEIGHT
        finding.describe = (f"Scope: the size of what they were trusted with ({_scope_words(finding)}). "
                            "Useful context, but not a result.")
    elif finding.kind == "credential":
        tier = d.get("tier", "unknown")
        finding.weight = TIER_WEIGHT.get(tier, 0.1)
        issuer = f" from {d['issuer']}" if d.get("issuer") else ""
        finding.describe = (f"Credential{issuer}: {TIER_MEANING.get(tier, TIER_MEANING['unknown'])}. "
                            "Shorthand for knowledge, not proof of skill: trust, but verify.")
        if d.get("expired"):
            finding.describe += " It has expired."
    elif finding.kind == "recommendation":
        rel = d.get("relationship") or "other"
        finding.weight = RELATIONSHIP_WEIGHT.get(rel, 0.3) * (1.0 if d.get("specific") else 0.6)
        who = d.get("recommender") or "Someone"
        how = f", {RELATIONSHIP_WORDS[rel]}" if rel in RELATIONSHIP_WORDS and rel != "other" else ""
        finding.describe = (f"Recommendation from {who}{how}; "
                            + ("specific about the work." if d.get("specific") else "general praise, a weaker signal."))
        if finding.links:
            finding.weight = min(1.0, finding.weight + CORROBORATING_BONUS)
            finding.describe += " It corroborates a result the candidate states."
