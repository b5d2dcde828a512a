"""Certifications and licenses: from the Licenses & certifications section and from free text.

Each is looked up in the catalog (data/credentials.json) for its canonical name, issuer and tier;
an entry of the certifications section that the catalog does not know is still reported, tier "unknown".
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from ..document import Block, Profile
from ..findings import Finding
from ..pages.dates import parse_issued


@dataclass(frozen=True)
class Credential:
    id: str
    name: str
    issuer: str | None
    tier: str
    field: str | None = None


@lru_cache(maxsize=1)
def catalog() -> tuple[dict[str, Credential], "regex.Pattern", "regex.Pattern"]:
    """The catalog by id, and two alternations: case-sensitive abbreviations, case-insensitive names."""
    raw = json.loads(resources.files("extractors.data").joinpath("credentials.json").read_text("utf-8"))
    by_id: dict[str, Credential] = {}
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for item in raw["credentials"]:
        cred = Credential(item["id"], item["name"], item.get("issuer"), item["tier"], item.get("field"))
        by_id[cred.id] = cred
        for alias in [item["name"], *item.get("aliases", [])]:
            if alias.upper() == alias:
                exact[alias] = cred.id
            else:
                folded[alias.lower()] = cred.id

    def alternation(names) -> str:
        return "|".join(regex.escape(n).replace(r"\ ", r"[\s-]+") for n in sorted(names, key=len, reverse=True))

    # Word edges that also refuse a neighbouring letter or digit, so "pe" inside "expert" never matches.
    exact_re = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?P<alias>{alternation(exact)})(?![\p{{L}}\p{{N}}])")
    folded_re = regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?P<alias>{alternation(folded)})(?![\p{{L}}\p{{N}}])")
    catalog.aliases = {**exact, **folded}
    return by_id, exact_re, folded_re


def lookup(name: str) -> Credential | None:
    """The catalog entry a credential's name (as shown) refers to, if any."""
    by_id, exact_re, folded_re = catalog()
    for pattern in (folded_re, exact_re):
        if (m := pattern.search(name)):
            alias = m["alias"]
            cid = catalog.aliases.get(alias) or catalog.aliases.get(" ".join(alias.lower().split()))
            if cid:
                return by_id[cid]
    return None


def _mentions(text: str):
    """(start, end, Credential) for each catalog credential named in free text."""
    by_id, exact_re, folded_re = catalog()
    taken: list[tuple[int, int]] = []
    for pattern in (folded_re, exact_re):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            alias = m["alias"]
            cid = catalog.aliases.get(alias) or catalog.aliases.get(" ".join(alias.lower().split()))
            if cid:
                taken.append((m.start(), m.end()))
                yield m.start(), m.end(), by_id[cid]


def _data(cred: Credential | None, shown_name: str, issuer: str | None) -> dict:
    return {
        "name": cred.name if cred else shown_name,
        "shown_as": shown_name,
        "issuer": issuer or (cred.issuer if cred else None),
        "tier": cred.tier if cred else "unknown",
        "catalog_id": cred.id if cred else None,
    }


def find(profile: Profile, today: str | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for section in profile.sections_of("certifications"):
        for entry in section.entries:
            title = next((b for b in entry.blocks if b.role == "title"), None)
            if title is None:
                continue
            cred = lookup(entry.title or "")
            data = _data(cred, entry.title or "", entry.organisation)
            issued, expires = parse_issued(entry.dates)
            data.update(issued=issued, expires=expires,
                        credential_id=entry.details.get("credential_id"), url=entry.details.get("credential_url"))
            if expires and today:
                data["expired"] = expires < today[: len(expires)]
            findings.append(Finding("credential", title, 0, len(title.text),
                                    data={k: v for k, v in data.items() if v is not None}))
    for block in profile.blocks():
        if block.section is None or block.section.kind == "recommendations" or block.role in ("dates", "location"):
            continue
        if block.section.kind == "certifications" and block.entry is not None:
            continue   # read above, as a whole entry
        for start, end, cred in _mentions(block.text):
            data = _data(cred, block.text[start:end], None)
            findings.append(Finding("credential", block, start, end,
                                    data={k: v for k, v in data.items() if v is not None}))
    return findings
