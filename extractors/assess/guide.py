"""The interview guide: every question, ordered by what its evidence is worth, with the evidence quoted beside it.

Items keep the shape the extension prints (id, kind, evidence, question, follow_ups) and add where the
evidence sits, the exact highlighted words, and the weight. The Markdown is the same guide for the CLI
(`--format markdown`) and the API (summary.guide.markdown), with space for notes.
"""
from __future__ import annotations

from ..document import Profile
from ..findings import Finding
from .prompts import corroboration, templates
from .quotes import claim
from .words import role_name

HEADINGS = {"outcome": "Result", "recommendation": "Who vouches", "credential": "Credential",
            "scope": "Scope", "gap": "Open question"}
EVIDENCE_LIMIT = 300
CLAIM_KINDS = ("outcome", "scope")     # kinds of finding that state a claim: one in the same words is asked once
# Items worth less than this (scope, certificates, general praise) go under "If time allows", with less room.
TIME_ALLOWS = 0.4


def _where(f: Finding) -> str | None:
    block = f.block
    if block.entry is not None and block.section is not None and block.section.kind == "experience":
        return role_name(block.entry)
    if block.section is not None:
        return block.section.heading or block.section.kind.title()
    return None


def _evidence(f: Finding) -> str:
    """The candidate's words a question is about: the clause around a number, a recommendation's text."""
    if f.kind in ("outcome", "scope"):
        return claim(f.block.text, f.start, f.end, limit=200)
    text = " ".join(f.quote.split())
    return text if len(text) <= EVIDENCE_LIMIT else text[: EVIDENCE_LIMIT - 1].rsplit(" ", 1)[0] + "…"


def _grouped(findings: list[Finding]) -> list[list[Finding]]:
    """Findings with a prompt, worth most first (ties in page order), those in one claim under the strongest.

    Results or scope in the same words ("cut failures from 4.1% to 1.3%, recovering $2.4M") are one question. Only
    a claim of the same block can share its words, so each finding is compared with its own block's groups, and each
    claim's words are cut once: comparing every pair on the page made a long text quadratic (12 s of 15 s for 4,000
    findings).
    """
    groups: list[list[Finding]] = []
    claims_in: dict[int, list[list[Finding]]] = {}     # id(block) -> the groups of its claims, in order made
    words: dict[int, str] = {}                          # id(finding) -> its claim's words
    for f in sorted((f for f in findings if f.prompt), key=lambda f: -f.weight):
        if f.kind not in CLAIM_KINDS:
            groups.append([f])
            continue
        x = words[id(f)] = _evidence(f).strip("…")
        same_block = claims_in.setdefault(id(f.block), [])
        group = next((g for g in same_block if any(x in words[id(m)] or words[id(m)] in x for m in g)), None)
        if group is None:
            groups.append([f])
            same_block.append(groups[-1])
        else:
            group.append(f)
    return groups


def _item(group: list[Finding]) -> dict:
    f, others = group[0], group[1:]
    item = {"id": f.id, "kind": f.kind, "evidence": max((_evidence(m) for m in group), key=len), "question": f.prompt,
            "follow_ups": list(f.follow_ups), "where": _where(f), "highlight": " ".join(f.quote.split()),
            "weight": round(f.weight, 3), "corroborated": any(m.links for m in group)}
    for m in others:
        vouched = corroboration(m)
        if vouched and vouched not in item["follow_ups"]:
            item["follow_ups"].append(vouched)
    if others:
        item["also"] = [m.id for m in others]
    return item


def _result_quoted(gap: dict, items: list[dict]) -> dict | None:
    """The result item whose evidence holds the words an open question quotes, if any."""
    parts = [p.strip("…") for p in gap["evidence"].split(" […] ")]
    return next((i for i in items if i["kind"] == "outcome" and all(p in i["evidence"] for p in parts)), None)


def as_items(findings: list[Finding], gaps: list[dict] | None = None) -> list[dict]:
    """Guide items, worth most first; ties keep page order (findings before open questions).

    Findings in one claim are one item: the same sentence asked about twice reads as a form, not an interview.
    """
    items = [_item(g) for g in _grouped(findings)]
    for gap in gaps or []:
        # "Nobody else mentions it" is a follow-up to the result's own question, not the same quote asked twice.
        host = _result_quoted(gap, items) if gap["about"] == "uncorroborated" else None
        if host is not None:
            host["follow_ups"].append(templates()["gap"]["uncorroborated_follow_up"])
        else:
            items.append({**gap, "where": gap.get("where"), "highlight": None, "corroborated": False})
    order = {id(item): n for n, item in enumerate(items)}
    return sorted(items, key=lambda i: (-i["weight"], order[id(i)]))


def _quick_read_lines(quick: dict) -> list[str]:
    return [f"- {line}" for line in quick.get("lines", [])]


def markdown(profile: Profile, items: list[dict], quick: dict | None = None, career: dict | None = None) -> str:
    """The printable guide: quick read, career shape, then each question with its evidence and room for notes."""
    who = profile.name or "the candidate"
    lines = [f"# Interview guide: {who}", ""]
    if profile.headline:
        lines += [f"_{profile.headline}_", ""]
    if quick:
        lines += ["## Quick read", "", *_quick_read_lines(quick), ""]
    if career and career.get("roles"):
        lines += ["## Career shape", "", career["summary"], "", "| Role | Employer | From | To | Time |",
                  "| --- | --- | --- | --- | --- |"]
        for r in career["roles"]:
            lines.append(f"| {_cell(r['title'])} | {_cell(r['organisation'])} | {r['start'] or ''} | "
                         f"{r['end'] or ''} | {_tenure(r['months'])}{_open(r)} |")
        lines.append("")
    lines += ["## Questions", "",
              "Ordered by what the evidence is worth: financial results, corroborated claims and what managers "
              "say come first. Quote the candidate's words back; listen for the goal, the measurement, the "
              "trade-offs, and what was theirs. This guide informs your judgement: it does not score the person.",
              ""]
    tail_from = next((n for n, item in enumerate(items) if item.get("weight", 1) < TIME_ALLOWS), len(items))
    for n, item in enumerate(items, 1):
        if n - 1 == tail_from and n > 1:
            lines += ["## If time allows", "",
                      "Scope, certificates and general praise: context worth a question, not evidence of results.", ""]
        heading = HEADINGS.get(item["kind"], item["kind"].title())
        where = f" · {item['where']}" if item.get("where") else ""
        lines += [f"### {n}. {heading}{where}", "", f"> {item['evidence']}", "", f"**Ask:** {item['question']}", ""]
        if item["follow_ups"]:
            lines += [f"- [ ] {q}" for q in item["follow_ups"]] + [""]
        lines += ["**Notes:**", "", "&nbsp;", ""] + (["&nbsp;", ""] if n - 1 < tail_from else [])
    if not items:
        lines += ["No findings to ask about on this page.", ""]
    return "\n".join(lines).rstrip() + "\n"


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "/")


def _open(role: dict) -> str:
    """What a role to present adds to its length on a text with no date of its own (career.present_counted_to)."""
    if not role.get("open"):
        return ""
    return " or more" if role.get("months") else "open (no later date in the text)"


def _tenure(months: int | None) -> str:
    from .words import months_words
    return months_words(months) if months else ""
