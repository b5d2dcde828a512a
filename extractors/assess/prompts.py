"""Interview prompts for findings, from the templates in data/prompts.json."""
from __future__ import annotations

import json
import zlib
from functools import lru_cache
from importlib import resources

from ..findings import Finding

TIER_MEANING = {
    "license": "a license granted under law: hard to get, and it can be checked with the issuing board",
    "experience-gated": "a certification that requires documented practice, plus an exam",
    "exam": "an exam without an experience requirement: it shows knowledge, not skill or experience",
    "course": "a course certificate: it shows attendance and a shared vocabulary, a primer for discussion",
    "unknown": "a credential not in our catalog: check what it required",
}
RELATIONSHIP_WORDS = {
    "managed-directly": "who managed you directly", "reported-to": "who reported to you",
    "senior-not-managing": "senior to you, not your manager", "same-team": "from your team",
    "different-teams": "from another team", "different-companies": "from another company",
    "client": "a client", "mentor": "a mentor", "studied-together": "who studied with you", "other": "a contact",
}


@lru_cache(maxsize=1)
def templates() -> dict:
    return json.loads(resources.files("extractors.data").joinpath("prompts.json").read_text("utf-8"))


def _pick(options: list[str], key: str) -> str:
    """The same finding always gets the same template; different findings spread across them."""
    return options[zlib.crc32(key.encode("utf-8", "surrogatepass")) % len(options)]


def _short(quote: str, limit: int = 90) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1].rsplit(" ", 1)[0] + "…"


def apply(finding: Finding) -> None:
    """Set the finding's prompt and follow-ups from the templates for its kind."""
    t = templates().get(finding.kind)
    if not t:
        return
    fields = {"quote": _short(finding.quote), **{k: v for k, v in finding.data.items() if isinstance(v, str)}}
    fields.setdefault("name", fields["quote"])
    fields.setdefault("recommender", "Your recommender")
    fields["relationship"] = RELATIONSHIP_WORDS.get(finding.data.get("relationship") or "other", "a contact")
    fields["tier_meaning"] = TIER_MEANING.get(finding.data.get("tier", "unknown"), "")
    finding.prompt = _pick(t["openers"], finding.quote + finding.kind).format_map(_Default(fields))
    finding.follow_ups = [f.format_map(_Default(fields)) for f in t.get("follow_ups", [])]
    if finding.kind == "outcome" and finding.data.get("financial"):
        finding.follow_ups.append(t["financial_follow_up"])


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "…"
