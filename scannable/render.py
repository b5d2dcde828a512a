"""The terminal view of an AnnotationCollection: evidence, what it is worth, prompts, the score."""
from __future__ import annotations

import textwrap

KIND_TITLES = {"outcome": "Results (outcomes)", "recommendation": "Who vouches (recommendations)",
               "credential": "Credentials", "scope": "Scope (what they were trusted with)"}
ORDER = ("outcome", "recommendation", "credential", "scope")


def _wrap(text: str, indent: str, width: int = 96, then: str | None = None) -> list[str]:
    then = then if then is not None else " " * len(indent)
    return textwrap.wrap(" ".join(text.split()), width=width, initial_indent=indent, subsequent_indent=then) or [indent]


def text(collection: dict) -> str:
    s = collection["summary"]
    p = s["profile"]
    lines = [f"Scannable: {p.get('name') or 'unnamed profile'}"]
    if p.get("headline"):
        lines += _wrap(p["headline"], "  ")
    lines.append(f"  read as: {s['page_kind']}; " + ", ".join(f"{n} {k}" for k, n in s["counts"].items()))
    for note in s["not_seen"]:
        lines += _wrap(f"not seen: {note}", "  ")
    sc = s["scannability"]
    lines += ["", f"Scannability score: {sc['score']}/100"]
    for c in sc["checks"]:
        lines.append(f"  [{c['points']:>4g}/{c['weight']:<3g}] {c['title']}: {c['reason']}")
        if c.get("fix"):
            lines += _wrap(f"fix: {c['fix']}", " " * 13)
    by_kind: dict[str, list[dict]] = {}
    for item in collection["items"]:
        by_kind.setdefault(item["scannable"]["kind"], []).append(item)
    for kind in [*ORDER, *sorted(set(by_kind) - set(ORDER))]:
        items = by_kind.get(kind)
        if not items:
            continue
        lines += ["", f"{KIND_TITLES.get(kind, kind.title())}: {len(items)}"]
        for item in sorted(items, key=lambda i: -i["scannable"]["weight"]):
            bodies = {b["purpose"]: b["value"] for b in item["body"]}
            exact = item["target"]["selector"][0]["exact"]
            if len(exact) > 140:
                exact = exact[:139] + "…"
            fold = "" if item["scannable"]["above_fold"] else "  (below the \"see more\" fold)"
            lines += _wrap(f"\"{exact}\"{fold}", "  * ")
            lines += _wrap(bodies.get("describing", ""), "      ")
            if "questioning" in bodies:
                lines += _wrap(f"Ask: {bodies['questioning']}", "      ")
    lines += ["", "Interview guide: scannable annotate PATH --format markdown"]
    return "\n".join(lines) + "\n"
