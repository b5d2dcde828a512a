"""The scannability score (0-100): transparent checks, each with weight, result, reason and fix."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..document import Profile
from ..findings import Finding


@dataclass
class Check:
    id: str
    title: str
    weight: int          # points this check is worth out of 100
    score: float         # 0..1 on this profile
    reason: str
    fix: str | None = None

    def as_dict(self) -> dict:
        out = asdict(self)
        out["points"] = round(self.weight * self.score, 1)
        return out


def _roles(profile: Profile):
    for section in profile.sections_of("experience"):
        yield from section.entries


def score(profile: Profile, findings: list[Finding]) -> dict:
    """The score and its checks; the same profile always gets the same result."""
    outcomes = [f for f in findings if f.kind == "outcome"]
    checks: list[Check] = []

    roles = list(_roles(profile))
    with_outcome = {id(f.block.entry) for f in outcomes if f.block.entry is not None}
    if roles:
        missing = [r for r in roles if id(r) not in with_outcome]
        checks.append(Check(
            "outcomes-per-role", "Every role states a result in numbers", 30,
            1 - len(missing) / len(roles),
            f"{len(roles) - len(missing)} of {len(roles)} roles state a quantified result.",
            f"Add a measured result to \"{missing[0].title}\"" + (f" at {missing[0].company or missing[0].organisation}" if (missing[0].company or missing[0].organisation) else "")
            + ": what changed, by how much, over what period." if missing else None))
    else:
        checks.append(Check("outcomes-per-role", "Every role states a result in numbers", 30,
                            min(1.0, len(outcomes) / 3),
                            f"No roles were found; {len(outcomes)} quantified results in the text.",
                            None if outcomes else "State results as numbers: \"increased X by 27% in 15 months\"."))

    folded = [f for f in outcomes if not f.block.above_fold(f.start)]
    above = [f for f in outcomes if f.block.above_fold(f.start)]
    checks.append(Check(
        "outcome-above-fold", "Results visible before \"see more\"", 20,
        1.0 if outcomes and not folded else (len(above) / len(outcomes) if outcomes else 0.0),
        (f"{len(folded)} of {len(outcomes)} results are hidden below the \"…see more\" fold."
         if outcomes else "No results to show above the fold."),
        (f"Move \"{folded[0].quote}\" into the first lines of its description." if folded else None)))

    recs = [f for f in findings if f.kind == "recommendation"]
    managers = [f for f in recs if f.data.get("relationship") == "managed-directly"]
    checks.append(Check(
        "recommendations", "Recommendations, ideally from a manager", 20,
        1.0 if managers else (0.5 if recs else 0.0),
        f"{len(recs)} recommendations received, {len(managers)} from a direct manager.",
        None if managers else "Ask someone who managed you directly for a recommendation that names a result."))

    about = profile.section("about")
    about_outcomes = [f for f in outcomes if f.block.section is about] if about else []
    checks.append(Check(
        "about-states-results", "The About section states results", 15,
        1.0 if about_outcomes else 0.0,
        "The About section names a quantified result." if about_outcomes else
        ("The About section has no result in numbers." if about else "There is no About section."),
        None if about_outcomes else "Open the About section with your strongest result, as a number."))

    creds = [f for f in findings if f.kind == "credential" and f.block.section and f.block.section.kind == "certifications"]
    verified = [f for f in creds if f.data.get("url")]
    checks.append(Check(
        "credentials-verifiable", "Credentials listed with issuer and verification link", 15,
        len(verified) / len(creds) if creds else 0.5,
        f"{len(verified)} of {len(creds)} listed credentials carry a verification link." if creds
        else "No credentials listed (not a problem in itself).",
        (f"Add the credential URL to \"{next(f for f in creds if not f.data.get('url')).quote}\"."
         if creds and len(verified) < len(creds) else None)))

    total = round(sum(c.weight * c.score for c in checks))
    return {"score": total, "checks": [c.as_dict() for c in checks]}
