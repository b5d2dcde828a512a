"""The shape of a career: span, tenure per role, promotions and growth in scope over time.

"Ten years" may be the same two years five times: a long stretch at one level with no growth in
scope on the page is named as a question for the interview, never as a verdict.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from ..document import Entry, Profile
from ..findings import Finding
from ..pages.dates import duration_months
from .quotes import claim
from .words import CURRENCY_CODE, as_shown, figure, months_words, organisation, role_name

_YM = regex.compile(r"^(\d{4})(?:-(\d{2}))?$")
# A team's size: "team of 12", "12 engineers", "a 20+ team" (but not "4 engineering teams", a count of teams).
_TEAM_SIZE = regex.compile(
    r"(?i)\bteam\s+of\s+(?:over\s+|about\s+|more\s+than\s+|up\s+to\s+)?\d"
    r"|\d\+?\s+(?:[\w-]+\s+){0,2}?(?:people|engineers|developers|designers|managers|analysts|employees|staff|"
    r"reports|direct\s+reports|headcount|(?:person\s+)?team\b(?!s))")
# Roles that overlap by more than this many months were held alongside each other, not one after the other.
_ALONGSIDE_MONTHS = 2


@lru_cache(maxsize=1)
def ladder() -> dict:
    data = json.loads(resources.files("extractors.data").joinpath("career.json").read_text("utf-8"))
    data["compiled"] = [(level, regex.compile(rf"(?i)(?<![\w-])(?:{pattern})(?![\w-])")) for level, pattern in data["patterns"]]
    return data


def level_of(title: str | None) -> int:
    """A rough rung for a job title (see data/career.json).

    >>> [level_of(t) for t in ("Business Analyst", "Senior Product Manager", "Director of Product", "Team Lead")]
    [2, 3, 6, 4]
    """
    data = ladder()
    for level, pattern in data["compiled"]:
        if title and pattern.search(title):
            return level
    return data["default_level"]


def month_index(value: str | None, today: str, end: bool = False) -> int | None:
    """'2019-02' -> months since year 0; 'present' -> today; a bare year is January (or December for an end)."""
    if value == "present":
        value = today
    m = _YM.match(value or "")
    if not m:
        return None
    month = int(m[2]) if m[2] else (12 if end else 1)
    return int(m[1]) * 12 + month - 1


def month_text(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def page_date(profile: Profile, today: str) -> str | None:
    """The month the page was shown, read from a current role's stated length; None where no role states one.

    "Jul 2021 - Present · 3 yrs 1 mo" counts Jul 2021 as its first month, so the page is of Jul 2024. A saved page
    read later is judged as of that month (tenure, flat stretches, what has expired), never after `today`.
    """
    latest = None
    for section in profile.sections_of("experience"):
        for entry in section.entries:
            start = _YM.match(entry.start or "")
            months = duration_months(entry.duration)
            if entry.end != "present" or not start or not start[2] or months is None:
                continue
            shown = month_index(entry.start, today) + max(1, months) - 1
            latest = shown if latest is None else max(latest, shown)
    now = month_index(today, today)
    return None if latest is None or now is None else month_text(min(latest, now))


def latest_named(profile: Profile, today: str) -> str | None:
    """The latest month any entry's dates name (roles, schooling, certificates; "present" aside), never after `today`.

    A bare year counts to its December, as a role that ends in it does.
    """
    now = month_index(today, today)
    named = [month_index(point, today, end=True) for section in profile.sections for entry in section.entries
             for point in (entry.start, entry.end) if point and point != "present"]
    named = [m for m in named if m is not None]
    return month_text(min(max(named), now) if now is not None else max(named)) if named else None


def present_month(profile: Profile, today: str) -> str | None:
    """Where a role "to present" ends when the text states no date of its own: a résumé's latest named date.

    A pasted résumé carries no date, and may be years old: "2012 - present" on one whose latest date is 2016 is at
    least 4 years, not 14. None for a page, whose present is `today` (or the month its stated lengths show), and for a
    résumé whose current role states its length ("2 yrs 3 mos"), which page_date reads.
    """
    if profile.page_kind != "plaintext" or page_date(profile, today) is not None:
        return None
    return latest_named(profile, today)


@dataclass
class Role:
    """One role as the career shape reads it."""

    entry: Entry
    start: int | None
    end: int | None
    level: int
    scope: list[Finding] = field(default_factory=list)
    outcomes: list[Finding] = field(default_factory=list)

    @property
    def months(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return max(1, self.end - self.start + 1)

    @property
    def organisation(self) -> str | None:
        return organisation(self.entry)


def roles(profile: Profile, findings: list[Finding], today: str) -> list[Role]:
    """The experience entries in page order, with their dates, rung, and the scope and outcomes they state."""
    by_entry: dict[int, list[Finding]] = {}
    for f in findings:
        by_entry.setdefault(id(f.block.entry), []).append(f)
    present = present_month(profile, today) or today
    out = []
    for section in profile.sections_of("experience"):
        for entry in section.entries:
            mine = by_entry.get(id(entry), [])
            out.append(Role(entry, month_index(entry.start, present), month_index(entry.end, present, end=True),
                            level_of(entry.title), [f for f in mine if f.kind == "scope"],
                            [f for f in mine if f.kind == "outcome"]))
    return out


def scope_kind(f: Finding) -> str | None:
    """'team' for people led, 'budget' for money held; other scope (accounts, clinics) is not compared."""
    unit = (f.data.get("magnitude") or {}).get("unit", "")
    if CURRENCY_CODE.fullmatch(unit):
        return "budget"
    if unit == "count" and _TEAM_SIZE.search(f.block.text, max(0, f.start - 30), min(len(f.block.text), f.end + 40)):
        return "team"
    return None


def _scope_value(role: Role, kind: str) -> tuple[float, Finding] | None:
    """The largest team or budget a role states."""
    best = None
    for f in role.scope:
        if scope_kind(f) == kind:
            value = f.data["magnitude"]["value"]
            if best is None or value > best[0]:
                best = (value, f)
    return best


def _moves(chrono: list[Role]) -> list[dict]:
    levels = ladder()["levels"]
    moves = []
    for before, after in zip(chrono, chrono[1:]):
        same_org = before.organisation and before.organisation == after.organisation
        same_title = (before.entry.title or "").strip().lower() == (after.entry.title or "").strip().lower()
        if before.end is not None and after.start is not None and before.end - after.start >= _ALONGSIDE_MONTHS:
            kind = "alongside"
        elif same_org and same_title:
            kind = "same title"
        elif not (before.entry.title and after.entry.title):
            kind = "new title" if same_org else "move"     # an untitled role has no rung to compare
        elif after.level > before.level:
            kind = "promotion" if same_org else "step up"
        elif after.level < before.level:
            kind = "step down" if same_org else "move"
        else:
            kind = "new title" if same_org else "move"
        move = {"kind": kind, "from": role_name(before.entry), "to": role_name(after.entry),
                "when": month_text(after.start) if after.start is not None else None,
                "from_level": levels[before.level], "to_level": levels[after.level]}
        if not (before.entry.title and after.entry.title):
            move["untitled"] = True
        moves.append(move)
    return moves


def _growth(chrono: list[Role]) -> list[dict]:
    """Scope stated in more than one role, earliest and latest: 'team of 4' then 'team of 12'."""
    growth = []
    for kind in ("team", "budget"):
        stated = [(r, v) for r in chrono if (v := _scope_value(r, kind))]
        if len(stated) >= 2:
            (first, (v1, f1)), (last, (v2, f2)) = stated[0], stated[-1]
            growth.append({"kind": kind,
                           "from": figure(f1.data["magnitude"]), "to": figure(f2.data["magnitude"]),
                           "from_role": role_name(first.entry), "to_role": role_name(last.entry),
                           "direction": "up" if v2 > v1 else ("down" if v2 < v1 else "same")})
    return growth


def _same_title(a: Role, b: Role) -> bool:
    return (a.entry.title or "").strip().lower() == (b.entry.title or "").strip().lower()


def _flat_stretches(chrono: list[Role], flat_months: int) -> list[list[Role]]:
    """Runs of roles at one employer under one title, with no scope growth, lasting flat_months or more: what the
    question says ("the title stays the same"). A new title at the same rung is a change the page shows (a recruiter,
    then a sales representative, at anonymised 'Company Name' employers, is no ten years as one), and a role the page
    gives no title ends a run and starts none."""
    runs: list[list[Role]] = []
    current: list[Role] = []
    for role in chrono:
        if not role.entry.title:
            if current:
                runs.append(current)
            current = []
        elif current and role.organisation == current[-1].organisation and _same_title(role, current[-1]):
            current.append(role)
        else:
            if current:
                runs.append(current)
            current = [role]
    if current:
        runs.append(current)
    flat = []
    for run in runs:
        starts = [r.start for r in run if r.start is not None]
        ends = [r.end for r in run if r.end is not None]
        if not starts or not ends:
            continue
        if max(ends) - min(starts) + 1 < flat_months:
            continue
        growth = [g for g in _growth(run) if g["direction"] == "up"]
        if not growth:
            flat.append(run)
    return flat


def shape(profile: Profile, findings: list[Finding], today: str) -> dict:
    """The career as a reader of the page would summarise it, with the questions it raises."""
    all_roles = roles(profile, findings, today)
    dated = [r for r in all_roles if r.start is not None and r.end is not None]
    chrono = sorted(dated, key=lambda r: (r.start, r.end))
    experience = profile.sections_of("experience")
    partial = any(s.partial for s in experience)
    out: dict = {"roles": [], "span": None, "months_worked": None, "employers": 0, "moves": [], "growth": [],
                 "flat": [], "partial": partial, "summary": ""}
    present = present_month(profile, today) if any(r.entry.end == "present" for r in dated) else None
    if present:
        out["present_counted_to"] = present
    levels = ladder()["levels"]
    for r in all_roles:
        role = {
            "title": r.entry.title, "organisation": r.organisation,
            "start": month_text(r.start) if r.start is not None else None,
            "end": r.entry.end if r.entry.end == "present" else (month_text(r.end) if r.end is not None else None),
            "months": r.months, "level": levels[r.level], "outcomes": len(r.outcomes),
            "scope": [{"figure": figure(f.data.get("magnitude")), "claim": claim(f.block.text, f.start, f.end)}
                      for f in r.scope],
        }
        if present and r.entry.end == "present" and r.months is not None:
            role["open"] = True     # counted to the text's latest date: at least this long
            if r.start == r.end:
                role["months"] = None     # the text names no date after its start: "1 month or more" says nothing
        out["roles"].append(role)
    if not chrono:
        out["summary"] = as_shown(profile, "No dated roles on this page." if not all_roles
                                  else "The roles on this page carry no dates.")
        return out
    first, last = min(r.start for r in chrono), max(r.end for r in chrono)
    covered: set[int] = set()
    for r in chrono:
        covered.update(range(r.start, r.end + 1))
    out["span"] = {"start": month_text(first), "end": month_text(last), "months": last - first + 1,
                   "words": months_words(last - first + 1)}
    out["months_worked"] = len(covered)
    out["employers"] = len({r.organisation or r.entry.title for r in chrono})
    out["moves"] = _moves(chrono)
    out["growth"] = _growth(chrono)
    flat_months = int(ladder()["flat_years"] * 12)
    for run in _flat_stretches(chrono, flat_months):
        start, end = min(r.start for r in run), max(r.end for r in run)
        open_ended = present and any(r.entry.end == "present" for r in run)
        out["flat"].append({"title": run[-1].entry.title, "organisation": run[-1].organisation, "roles": len(run),
                            "months": end - start + 1,
                            "words": months_words(end - start + 1) + (" or more" if open_ended else ""),
                            "start": month_text(start), "end": month_text(end), "level": levels[run[-1].level]})
    out["summary"] = as_shown(profile, _summary(out, chrono))
    return out


def _summary(out: dict, chrono: list[Role]) -> str:
    n = len(out["roles"])
    # The role that ends last runs to the present (a role to present may sort before one that ends the same month).
    current = any(r.entry.end == "present" and r.end == chrono[-1].end for r in chrono)
    if current and out.get("present_counted_to"):
        # No date of its own: "present" is the latest the résumé names, so the span is at least what it shows.
        span = (f"{out['span']['words']} or more from {out['span']['start'][:4]} to {out['present_counted_to'][:4]} "
                "or later (\"present\" counted to the latest date the text names)")
    else:
        span = (f"{out['span']['words']} from {out['span']['start'][:4]} to "
                f"{'now' if current else out['span']['end'][:4]}")
    parts = [f"{span}, "
             f"{n} role{'s' if n != 1 else ''} at {out['employers']} employer{'s' if out['employers'] != 1 else ''}"]
    ups = [m for m in out["moves"] if m["kind"] in ("promotion", "step up")]
    if ups:
        parts.append(f"{len(ups)} step{'s' if len(ups) != 1 else ''} up in title "
                     f"({role_name(chrono[0].entry)} to {role_name(chrono[-1].entry)})"
                     if chrono[-1].level > chrono[0].level else f"{len(ups)} step{'s' if len(ups) != 1 else ''} up in title")
    elif len(chrono) > 1:
        parts.append("no step up in title on the page")
    downs = [m for m in out["moves"] if m["kind"] in ("step down", "move") and not m.get("untitled")
             and m["from_level"] != m["to_level"]
             and ladder()["levels"].index(m["to_level"]) < ladder()["levels"].index(m["from_level"])]
    if downs:
        parts.append(f"{len(downs)} move{'s' if len(downs) != 1 else ''} to a lower rung "
                     f"({downs[-1]['from']} to {downs[-1]['to']})")
    for g in out["growth"]:
        if g["direction"] == "up":
            parts.append(f"{g['kind']} grew from {g['from']} to {g['to']}")
    for f in out["flat"]:
        parts.append(f"{f['words']} as {f['title']}" + (f" at {f['organisation']}" if f["organisation"] else "")
                     + " with no change in title or scope shown")
    text = "; ".join(parts) + "."
    if out["partial"]:
        text += " Only part of the experience is on this page; the details page lists more."
    return text[0].upper() + text[1:]
