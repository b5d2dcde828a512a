"""Interview prompts for findings, from the templates in data/prompts.json.

Each prompt quotes the candidate's own words (the clause around the finding, not just its number) and
asks an open question. On one profile the openers and the phrasings of follow-ups rotate, so ten
outcomes do not read as ten copies; the choice depends only on the profile, so it is deterministic.
"""
from __future__ import annotations

import json
import zlib
from functools import lru_cache
from importlib import resources

import regex

from ..findings import Finding
from .quotes import claim, sentences
from .words import RELATION_NOUNS, figure, metric_words, outcome_figure, recommender_company

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# A sentence of a recommendation that says something concrete: a number or a result verb. Not a digit inside a
# name ("v2", "S3"), a year ("in 2019"), nor how long the recommender has known the person ("over 5 years").
_CONCRETE = regex.compile(
    r"(?i)(?<![\w.,])(?!(?:19|20)\d\d(?![\d,.%]))\d[\d,.]*+(?!\+?\s*(?:years?|yrs?|months?|weeks?)\b)|\b(?:cut|grew|grow|increased?|doubled?|tripled?|reduced?|saved?|launched|delivered|shipped|built|"
    r"designed|led|turned\b.{0,40}\baround|rescued|won|closed|migrated|automated|improved|raised)\b")
# Relationships where naming the company helps ("your manager at Tidewater Commerce").
_AT_COMPANY = {"managed-directly", "same-team", "different-teams", "reported-to"}


@lru_cache(maxsize=1)
def templates() -> dict:
    return json.loads(resources.files("extractors.data").joinpath("prompts.json").read_text("utf-8"))


def crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def fill(template: str, fields: dict) -> str:
    """A template with its {fields} filled; a field the profile lacks reads as '…', never as a crash."""
    return template.format_map(_Default(fields))


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "…"


class _Rotation:
    """Deterministic variety across one profile: a different opener per finding until the pool runs out."""

    def __init__(self) -> None:
        self.used: dict[str, set[str]] = {}
        self.count: dict[str, int] = {}

    def next_index(self, kind: str) -> int:
        n = self.count.get(kind, 0)
        self.count[kind] = n + 1
        return n

    def opener(self, kind: str, preferred: list[str], pool: list[str], key: str) -> str:
        used = self.used.setdefault(kind, set())
        for option in preferred:
            if option not in used:
                used.add(option)
                return option
        if not pool:
            return preferred[0]
        if all(option in used for option in pool):
            used.difference_update(pool)
        start = crc(key) % len(pool)
        for step in range(len(pool)):
            option = pool[(start + step) % len(pool)]
            if option not in used:
                used.add(option)
                return option
        return pool[start]


def _variants(slots: list, n: int) -> list[str]:
    """One phrasing per follow-up slot, shifted by the finding's index so neighbours differ."""
    out = []
    for i, slot in enumerate(slots):
        options = [slot] if isinstance(slot, str) else slot
        out.append(options[(n + i) % len(options)])
    return out


_YEAR_MONTH = regex.compile(r"(\d{4})-(\d{2})")


def _month(value: str | None) -> str:
    """'2024-09' -> 'Sep 2024'."""
    if not value:
        return "…"
    m = _YEAR_MONTH.fullmatch(value)
    return f"{MONTHS[int(m[2]) - 1]} {m[1]}" if m and 1 <= int(m[2]) <= 12 else value


# "from 4.1% to 1.3%": the figure the outcome ends on, written right after the finding's span.
_SEMICOLON = regex.compile(r";\s+")
_MEASURED = regex.compile(r"\d|\b(?:double|doubled|half|halved|thirds?|millions?|percent)\b")
_TO_FIGURE = regex.compile(r"^\s*to\s+(?P<figure>[$€£₹]?\d[\d,.]*\d?(?:\s?(?:%|percent\b|[KMB]\b|million\b|billion\b))?)")


def _outcome(f: Finding, n: int, rot: _Rotation, t: dict) -> None:
    d = f.data
    figure_text = outcome_figure(d)
    if not d.get("after") and (to := _TO_FIGURE.match(f.block.text[f.end:f.end + 40])):
        figure_text = to["figure"]
    fields = {"claim": claim(f.block.text, f.start, f.end), "figure": figure_text,
              "metric": metric_words(d.get("metric")) or "it"}
    family = t.get("openers_by_family", {}).get(d.get("family") or "", [])
    f.prompt = fill(rot.opener("outcome", family, t["openers"], fields["claim"]), fields)
    slots = t.get("follow_ups_by_family", {}).get(d.get("family") or "") or t["follow_ups"]
    f.follow_ups = [fill(q, fields) for q in _variants(slots, n)]
    if d.get("financial"):
        f.follow_ups.append(fill(_variants([t["financial_follow_up"]], n)[0], fields))
    if vouched := corroboration(f):
        f.follow_ups.append(vouched)


def corroboration(f: Finding) -> str | None:
    """The follow-up naming who repeats an outcome ("Daniel Reyes (your manager) mentions this too. ..."), if anyone."""
    vouchers = [v for v in f.data.get("corroborated_by") or [] if v.get("recommender")]
    template = templates()["outcome"].get("corroborated_follow_up")
    return fill(template, {"vouched_by": who(vouchers[0])[0]}) if vouchers and template else None


def _scope(f: Finding, n: int, rot: _Rotation, t: dict) -> None:
    fields = {"claim": claim(f.block.text, f.start, f.end), "figure": figure(f.data.get("magnitude"))}
    f.prompt = fill(rot.opener("scope", [], t["openers"], fields["claim"]), fields)
    f.follow_ups = [fill(q, fields) for q in _variants(t["follow_ups"], n)]


def _credential(f: Finding, n: int, rot: _Rotation, t: dict) -> None:
    d = f.data
    issuer = d.get("issuer")
    fields = {"shown": " ".join(f.quote.split()), "issuer": issuer or "…",
              "issuer_words": f" from {issuer}" if issuer else "", "expires": _month(d.get("expires"))}
    by_tier = t["openers_by_tier"]
    options = by_tier.get(d.get("tier") or "unknown") or by_tier["unknown"]
    f.prompt = fill(rot.opener("credential:" + (d.get("tier") or "unknown"), [], options, fields["shown"]), fields)
    f.follow_ups = [fill(q, fields) for q in _variants(t["follow_ups"], n)]
    if d.get("expired") and d.get("expires"):
        f.follow_ups.append(fill(t["expired_follow_up"], fields))


def who(data: dict, nouns: dict = RELATION_NOUNS) -> tuple[str, str]:
    """('Daniel Reyes (your manager at Tidewater Commerce)', 'Daniel'): the recommender as a prompt names them.

    `nouns` words the relationship; words.RELATION_THIRD gives the recruiter's view ("their manager").
    """
    name = (data.get("recommender") or "").strip()
    if not name or name.lower() == "linkedin user":
        name, first = "A recommender", "they"
    else:
        first = name.split()[0]
    rel = data.get("relationship")
    if not rel or rel == "other":
        return name, first
    relation = nouns.get(rel, "a contact")
    company = recommender_company(data.get("recommender_headline"))
    if company and rel in _AT_COMPANY:
        relation += f" at {company}"
    return f"{name} ({relation})", first


def _sentence(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else claim(text, 0, 1, limit=limit)


def _recommendation(f: Finding, n: int, rot: _Rotation, t: dict) -> None:
    """Quote what the recommender saw: their most concrete sentence, else their first."""
    said_all = [s.strip("\"“”‘’'") for s in sentences(f.quote)] or [" ".join(f.quote.split())]
    concrete = [s for s in said_all if _CONCRETE.search(s)]
    said = concrete[0] if concrete else said_all[0]
    named, first = who(f.data)
    fields = {"who": named, "first": first, "said": _sentence(said)}
    key = "openers_specific" if concrete else "openers_general"
    f.prompt = fill(rot.opener("recommendation:" + key, [], t[key], f.quote), fields)
    f.follow_ups = []
    if len(concrete) > 1:
        detail = concrete[1]
        # The part of a long sentence that holds the concrete words ("...; within a year she had cut ...").
        parts = [p.strip() for p in _SEMICOLON.split(detail)]
        detail = next((p for p in parts if _CONCRETE.search(p)), detail)
        fields["detail"] = _sentence(detail, 140)
        measured = _MEASURED.search(detail)
        f.follow_ups.append(fill(t["detail_follow_up" if measured else "detail_follow_up_open"], fields))
    f.follow_ups += [fill(q, fields) for q in _variants(t["follow_ups"], n)]


_BY_KIND = {"outcome": _outcome, "scope": _scope, "credential": _credential, "recommendation": _recommendation}


def apply_all(findings: list[Finding]) -> None:
    """Set every finding's prompt and follow-ups; call once per profile, findings in page order."""
    rot = _Rotation()
    for f in findings:
        make = _BY_KIND.get(f.kind)
        t = templates().get(f.kind)
        if make and t:
            make(f, rot.next_index(f.kind), rot, t)


def apply(finding: Finding) -> None:
    """One finding on its own (no rotation across a profile)."""
    apply_all([finding])
