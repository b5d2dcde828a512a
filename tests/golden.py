"""Golden files for the real captures: derived facts only, never their text.

The captures hold real people's words, which may not be copied into the repository (DESIGN.md §5),
so each expected annotation is kept as its kind, section, a hash and length of its quote, and the
structured fields that carry no personal data. Update deliberately with `make golden`.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

GOLDEN_DIR = Path(__file__).resolve().parent / "fixtures" / "golden"
# Structured fields that can name or quote a real person: hashed, never stored as text.
PERSONAL = {"recommender", "recommender_headline", "relationship_line", "entry", "shown_as", "url", "credential_id"}


def digest(text: str | None) -> str | None:
    return None if text is None else hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def derived(collection: dict) -> dict:
    """The facts a golden file keeps about one annotated page."""
    s = collection["summary"]
    items = []
    for item in collection["items"]:
        quote = item["target"]["selector"][0]
        facts = {k: v for k, v in item["scannable"].items() if k not in PERSONAL and k not in ("follow_ups", "links")}
        facts.update({k: digest(json.dumps(item["scannable"][k], sort_keys=True))
                      for k in PERSONAL if k in item["scannable"]})
        items.append({"id": item["id"], "exact_sha1": digest(quote["exact"]), "exact_len": len(quote["exact"]),
                      **facts})
    return {
        "page_kind": s["page_kind"],
        "name_sha1": digest(s["profile"].get("name")),
        "counts": s["counts"],
        "sections": s["sections"],
        "not_seen": s["not_seen"],
        "score": s["scannability"]["score"],
        "items": items,
    }


def path_for(page: Path) -> Path:
    """Named by the capture's layout and date plus a hash: the captures' file names carry real names."""
    kind = page.stem.split("_profile-")[0]
    return GOLDEN_DIR / f"{kind}-{digest(page.stem)[:8]}.json"


def write(page: Path, facts: dict) -> None:
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    path_for(page).write_text(json.dumps(facts, indent=1, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
