"""Derived facts about a read Profile, for the capture golden files: never a real person's words or names.

Texts are kept as a short hash and a length; what is not personal (section kinds, date lines, parsed
dates, employment types, counts, folds) is kept as is, so a diff shows what changed.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from extractors.document import Entry, Profile
from tests.golden import digest

CAPTURE_FACTS = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "captures"
UPDATE = os.environ.get("SCANNABLE_UPDATE_GOLDEN") == "1"


def _texts(entry: Entry, role: str) -> list[dict]:
    return [{"sha": digest(b.text), "len": len(b.text), "fold": b.fold} for b in entry.blocks if b.role == role]


def experience(entry: Entry) -> dict:
    return {"title": digest(entry.title), "organisation": digest(entry.organisation), "company": digest(entry.company),
            "dates": entry.dates, "start": entry.start, "end": entry.end, "duration": entry.duration,
            "location": digest(entry.location), "employment_type": entry.details.get("employment_type"),
            "descriptions": _texts(entry, "description")}


def certificate(entry: Entry) -> dict:
    return {"name": digest(entry.title), "issuer": digest(entry.organisation), "dates": entry.dates,
            "issued": entry.start, "expires": entry.end,
            "credential_id": digest(entry.details.get("credential_id")),
            "credential_url": digest(entry.details.get("credential_url"))}


def recommendation(entry: Entry) -> dict:
    line = entry.dates or ""
    date = line.split(", ")[0] + ", " + line.split(", ")[1] if line.count(", ") >= 2 else None
    return {"recommender": digest(entry.title), "headline": digest(entry.organisation),
            "relationship_line": digest(entry.dates), "date": date, "texts": _texts(entry, "recommendation")}


def of(profile: Profile) -> dict:
    def entries(kind):
        return [e for s in profile.sections_of(kind) for e in s.entries]
    return {
        "page_kind": profile.page_kind,
        "name": digest(profile.name), "headline": digest(profile.headline), "location": digest(profile.location),
        "sections": [{"kind": s.kind, "heading": s.heading, "entries": len(s.entries), "blocks": len(s.blocks),
                      "total": s.total, "more": s.more, "details_url": s.details_url} for s in profile.sections],
        "not_seen": profile.notes,
        "experience": [experience(e) for e in entries("experience")],
        "certifications": [certificate(e) for e in entries("certifications")],
        "recommendations": [recommendation(e) for e in entries("recommendations")],
    }


def compare(name: str, facts: dict) -> None:
    """Assert the facts equal the stored ones (or store them, under `make golden`)."""
    path = CAPTURE_FACTS / f"{name}.json"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(facts, indent=1, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    assert facts == json.loads(path.read_text("utf-8"))
