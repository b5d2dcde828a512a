"""How findings are named in prose: figures, credential tiers, relationships, roles and spans of time."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex


@lru_cache(maxsize=1)
def _wording() -> dict:
    """The wording of tiers, relationships and metric edges (data/prompts.json, beside the templates that use it).
    Read here, not through prompts.templates(): prompts.py imports this module, and these names are read at load."""
    return json.loads(resources.files("extractors.data").joinpath("prompts.json").read_text("utf-8"))


def _words(*keys: str) -> dict[str, str]:
    table = _wording()
    for key in keys:
        table = table[key]
    return {k: v for k, v in table.items() if not k.startswith("_")}


# What each credential tier is worth, and how a recommender knew the candidate as a description, the candidate
# ("Daniel Reyes (your manager)") and a recruiter ("Daniel Reyes (their manager)") word it.
TIER_MEANING = _words("tier_meaning")
RELATIONSHIP_WORDS = _words("relationship_words", "describe")
RELATION_NOUNS = _words("relationship_words", "to_candidate")
RELATION_THIRD = _words("relationship_words", "to_recruiter")
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}
CURRENCY_CODE = regex.compile(r"[A-Z]{3}")   # a magnitude's unit naming money: "USD"
_EMPLOYMENT_TYPES = regex.compile(
    r"(?i)^(?:full[- ]time|part[- ]time|contract|freelance|self[- ]employed|internship|apprenticeship|seasonal|temporary)$")


def ordinal(value: float) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    n = int(value)
    if n != value:
        return f"{value:g}"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 1000 else f"{value:g}"


def money(value: float, unit: str) -> str:
    """A sum of money as a reader writes it.

    >>> money(4_200_000, "USD"), money(380_000, "EUR"), money(950, "CAD")
    ('$4.2M', '€380K', '950 CAD')
    """
    sign = CURRENCY_SIGNS.get(unit)
    for scale, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if value >= scale:
            amount = f"{value / scale:.1f}".rstrip("0").rstrip(".") + suffix
            break
    else:
        amount = _number(value)
    return f"{sign}{amount}" if sign else f"{amount} {unit}"


def figure(mag: dict | None) -> str:
    """A magnitude as a reader writes it.

    >>> figure({"value": 27.0, "unit": "percent"}), figure({"value": 1.0, "unit": "rank", "of": 40.0})
    ('27%', '#1 of 40')
    >>> figure({"value": 2, "unit": "multiplier"}), figure({"value": 300.0, "unit": "count", "bound": "lower"})
    ('2x', '300+')
    >>> figure({"value": 1.0, "unit": "place"}), figure({"value": 2.0, "unit": "place"})
    ('1st place', '2nd place')
    """
    if not mag:
        return "that number"
    value, unit = mag.get("value", 0), mag.get("unit", "")
    if unit == "percent":
        text = f"{value:g}%"
    elif unit == "percentage points":
        text = f"{value:g} percentage points"
    elif unit == "multiplier":
        text = f"{value:g}x"
    elif unit == "rank":
        text = f"#{value:g}" + (f" of {mag['of']:g}" if mag.get("of") else "")
    elif unit == "place":
        text = f"{ordinal(value)} place"
    elif unit == "top":
        text = f"top {value:g}"
    elif unit == "top percent":
        text = f"top {value:g}%"
    elif unit == "count":
        text = _number(value)
    elif CURRENCY_CODE.fullmatch(unit or ""):
        text = money(value, unit)
    else:
        text = f"{_number(value)} {unit}".strip()
    if mag.get("high") is not None and unit in ("percent", "count"):
        text = text.replace(f"{value:g}", f"{value:g}-{mag['high']:g}", 1)
    if mag.get("bound") == "lower" and not text.endswith("+"):
        text += "+"
    return text


@lru_cache(maxsize=1)
def _metric_edge_words() -> frozenset[str]:
    """Words that open or close no noun phrase, so a metric cut mid-phrase on one ("over KPI", "to goal") is left out
    of prose (data/prompts.json, metric_edge_words)."""
    return frozenset(_wording()["metric_edge_words"]["words"])


def metric_words(metric: str | None) -> str | None:
    """The metric as prose can name it, or None where it reads as a fragment.

    >>> metric_words("market share"), metric_words("to goal"), metric_words("new cars)"), metric_words("2016")
    ('market share', None, None, None)
    """
    text = " ".join((metric or "").split()).strip(" ,;:")
    words = text.split()
    if not words or not regex.match(r"\p{L}", text) or text.count("(") != text.count(")") \
            or text.count("[") != text.count("]") or '"' in text:
        return None
    if words[0].lower() in _metric_edge_words() or words[-1].lower() in _metric_edge_words():
        return None
    return text


def outcome_figure(data: dict) -> str:
    """The figure an outcome ends on: "1.3%" for "from 4.1% to 1.3%", else its magnitude."""
    return figure(data.get("after") or data.get("magnitude"))


def change(data: dict) -> str:
    """'$4.2M to $11M' when the outcome states where it started and ended, else its magnitude."""
    if data.get("before") and data.get("after"):
        return f"{figure(data['before'])} to {figure(data['after'])}"
    if data.get("after") and data.get("magnitude") and data["after"] != data["magnitude"]:
        return f"{figure(data['magnitude'])} to {figure(data['after'])}"
    return figure(data.get("magnitude"))


def organisation(entry) -> str | None:
    """The employer of a role, without the employment type LinkedIn appends ("Acme · Full-time" -> "Acme")."""
    if entry is None:
        return None
    for candidate in (entry.company, entry.organisation):
        if not candidate:
            continue
        name = candidate.split(" · ")[0].strip()
        if name and not _EMPLOYMENT_TYPES.match(name):
            return name
    return None


def role_name(entry) -> str:
    """'Product Manager at Brightline Health', or the title alone when the employer is unknown."""
    title = (entry.title or "an untitled role").strip()
    org = organisation(entry)
    return f"{title} at {org}" if org else title


def months_words(months: int) -> str:
    """A span of months in words.

    >>> months_words(1), months_words(11), months_words(12), months_words(34), months_words(67)
    ('1 month', '11 months', '1 year', '2 years 10 months', '5 years 7 months')
    """
    years, rest = divmod(max(0, months), 12)
    parts = []
    if years:
        parts.append(f"{years} year" + ("s" if years != 1 else ""))
    if rest or not years:
        parts.append(f"{rest} month" + ("s" if rest != 1 else ""))
    return " ".join(parts)


def recommender_company(headline: str | None) -> str | None:
    """'VP Product at Tidewater Commerce' -> 'Tidewater Commerce'."""
    if not headline or " at " not in headline:
        return None
    company = headline.rsplit(" at ", 1)[1].split("|")[0].split(" · ")[0].strip()
    return company or None


# "on this page", "the page shows"; or the candidate's words, which the prose quotes in straight double quotes
# ('its first lines read "Cut bounce rate on the page by 40%"') and which are matched only to be left as written.
_ON_THE_PAGE = regex.compile(r'(?P<quote>"[^"\n]*")'
                             r"|\b(?:on|in) (?:this|the) page\b|\b(?:this|the) page(?= (?:shows|does not show)\b)")


def _of_the_text(m: regex.Match) -> str:
    if m["quote"]:
        return m[0]
    return "the text" if m[0].endswith("page") and not m[0].startswith(("on", "in")) else "in this text"


def as_shown(profile, text: str) -> str:
    """Prose said of a page, said of pasted text where the profile is one ("no recommendations on this page" ->
    "... in this text"): a résumé is no page, and a candidate reading the score is told what they gave. The words
    it quotes stay as the candidate wrote them."""
    if profile.page_kind != "plaintext":
        return text
    return _ON_THE_PAGE.sub(_of_the_text, text)
