"""The terminal view of an AnnotationCollection: the quick read, the career, the score with fixes, the evidence."""
from __future__ import annotations

import textwrap

KIND_TITLES = {"outcome": "Results (outcomes)", "recommendation": "Who vouches (recommendations)",
               "credential": "Credentials", "scope": "Scope (what they were trusted with)"}
ORDER = ("outcome", "recommendation", "credential", "scope")
WIDTH = 100


def _wrap(text: str, indent: str, then: str | None = None) -> list[str]:
    then = then if then is not None else " " * len(indent)
    return textwrap.wrap(" ".join(text.split()), width=WIDTH, initial_indent=indent, subsequent_indent=then,
                         break_on_hyphens=False) or [indent]


def _points(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def _header(s: dict) -> list[str]:
    p = s["profile"]
    lines = [f"Scannable: {p.get('name') or 'unnamed profile'}"]
    if p.get("headline"):
        lines += _wrap(p["headline"], "  ")
    lines.append(f"  read as: {s['page_kind']}; " + ", ".join(f"{n} {k}" for k, n in s["counts"].items()))
    for note in s["not_seen"]:
        lines += _wrap(f"not seen: {note}", "  ")
    return lines


def _quick_read(s: dict) -> list[str]:
    quick = s.get("quick_read")
    if not quick:
        return []
    lines = ["", "Quick read (a reading aid, not a verdict: no score ranks the person)"]
    for line in quick.get("lines", []):
        lines += _wrap(line, "  * ")
    return lines


def _career(s: dict) -> list[str]:
    career = s.get("career")
    if not career or not career.get("roles"):
        return []
    lines = ["", "Career"]
    for r in career["roles"]:
        when = f"{r['start'] or '?'} to {r['end'] or '?'}"
        tenure = (f", {_months(r['months'])}" + (" or more" if r.get("open") else "") if r.get("months")
                  else ", length open (no later date in the text)" if r.get("open") else "")
        where = f" at {r['organisation']}" if r.get("organisation") else ""
        lines += _wrap(f"{when}{tenure}: {r['title'] or 'an untitled role'}{where}", "  ")
    for flat in career.get("flat", []):
        lines += _wrap(f"Question, not verdict: {flat['words']} as {flat['title']}"
                       + (f" at {flat['organisation']}" if flat.get("organisation") else "")
                       + " with the same title and no change in scope shown. Ten years can be the same two years "
                       f"five times, or real growth the {'text' if s.get('page_kind') == 'plaintext' else 'page'} "
                       "does not show: ask.", "  ! ")
    return lines


def _months(months: int) -> str:
    years, rest = divmod(months, 12)
    return " ".join(p for p in (f"{years} yr" if years else "", f"{rest} mo" if rest else "") if p) or "0 mo"


def _score(s: dict) -> list[str]:
    sc = s["scannability"]
    lines = ["", f"Scannability score: {sc['score']}/100 (how quickly a skimming reader finds the results)"]
    if sc.get("note"):
        lines += _wrap(sc["note"], "  ")
    for c in sc["checks"]:
        lines += _wrap(f"{c['title']}: {c['reason']}", f"  [{_points(c['points']):>4}/{c['weight']:<2g}] ", " " * 12)
        if c.get("fix"):
            lines += _wrap(f"fix: {c['fix']}", " " * 12)
    return lines


def _evidence(collection: dict) -> list[str]:
    lines: list[str] = []
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
                lines += _wrap(f"Ask: {bodies['questioning']}", "      ", " " * 11)
    return lines


def _open_questions(s: dict) -> list[str]:
    """Every open question the quick read counts; the place it is about where the guide keeps it as an item."""
    questions = (s.get("quick_read") or {}).get("open_questions")
    if questions is None:
        questions = [i for i in s.get("guide", {}).get("items", []) if i["kind"] == "gap"]
    if not questions:
        return []
    evidence = {i["id"]: i["evidence"] for i in s.get("guide", {}).get("items", []) if i["kind"] == "gap"}
    lines = ["", f"Open questions: {len(questions)}"]
    for q in questions:
        if q["id"] in evidence:
            lines += _wrap(evidence[q["id"]], "  * ")
            lines += _wrap(f"Ask: {q['question']}", "      ", " " * 11)
        else:   # asked in the guide as a follow-up to the result it quotes
            lines += _wrap(f"Ask: {q['question']}", "  * ", " " * 9)
    return lines


def text(collection: dict) -> str:
    s = collection["summary"]
    lines = _header(s) + _quick_read(s) + _career(s) + _score(s) + _evidence(collection) + _open_questions(s)
    lines += ["", "Interview guide: scannable annotate PATH --format markdown"]
    return "\n".join(lines) + "\n"
