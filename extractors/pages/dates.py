"""Reading the date lines profiles show: "Feb 2019 - Present · 5 yrs 7 mos", "Issued May 2024 · Expires Jun 2025"."""
from __future__ import annotations

from dataclasses import dataclass

import regex

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}

# Each month's name, whole or abbreviated, as a pattern ("sep(?:t(?:ember)?)?"): one list for every date pattern.
MONTH_NAMES = ("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?",
               "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?")
# A month's name or a season's ("Fall 2011" is read as its year): a word before a year is no month otherwise
# ("Member 2009 - 2011", "Instructor 2010 - 2012" keep their titles whole).
_MONTH_NAME = r"(?<![A-Za-z])(?:" + "|".join(MONTH_NAMES) + r"|spring|summer|fall|autumn|winter)"
# A month-year, a bare year, or "Present"; months may be spelled out ("September 2020") or numbers ("03/2016").
_POINT = (r"(?:(?P<{n}m>" + _MONTH_NAME.replace("{", "{{").replace("}", "}}") + r")\.?\s+"
          r"|(?<![\d/])(?P<{n}m>0?[1-9]|1[0-2])/)?(?P<{n}y>(?:19|20)\d\d)"
          r"|(?P<{n}p>present|now|current|today)")
# Between the ends: a dash, "to", "until", or pdftotext's mojibake of a full-width dash ("11/2014 ï¼ Current").
_RANGE = regex.compile(
    r"(?i)(?:" + _POINT.format(n="a") + r")\s*(?:-|–|—|to|until|ï¼\S?)\s*(?:" + _POINT.format(n="b") + r")"
)
_SINGLE = regex.compile(r"(?i)\b(?:" + _POINT.format(n="a") + r")\b")
_DURATION = regex.compile(r"(?i)\b\d+\s+(?:yrs?|years?|mos?|months?)(?:\s+\d+\s+(?:mos?|months?))?\b")
_ISSUED = regex.compile(r"(?i)\bissued\s+(?:by\s+[^·]+·\s*)?(?P<m>[A-Za-z]{3,9}\.?\s+)?(?P<y>(?:19|20)\d\d)")
_EXPIRES = regex.compile(r"(?i)\bexpire[sd]?\s+(?P<m>[A-Za-z]{3,9}\.?\s+)?(?P<y>(?:19|20)\d\d)")


def _point(month: str | None, year: str | None, present: str | None) -> str | None:
    if present:
        return "present"
    if not year:
        return None
    m = int(month) if month and month.isdigit() else MONTHS.get((month or "")[:3].lower())
    return f"{year}-{m:02d}" if m else year


@dataclass
class DateRange:
    start: str | None = None
    end: str | None = None
    duration: str | None = None


_POINT_ONLY = regex.compile(r"(?i)\s*(?:" + _POINT.format(n="a") + r")\s*")


def is_date_point(text: str | None) -> bool:
    """One month-year, year or "Present" and nothing else: an end of a range that pdftotext put on a line of its own.

    >>> is_date_point("October 2011"), is_date_point("Current"), is_date_point("October 2011 to Current")
    (True, True, False)
    """
    return bool(text) and _POINT_ONLY.fullmatch(text) is not None


def parse_range(text: str | None) -> DateRange:
    """Start, end and duration of a date line as profiles show it.

    >>> parse_range("Feb 2019 - Present · 5 yrs 7 mos")
    DateRange(start='2019-02', end='present', duration='5 yrs 7 mos')
    """
    if not text:
        return DateRange()
    out = DateRange()
    if (m := _RANGE.search(text)):
        out.start = _point(m["am"], m["ay"], m["ap"])
        out.end = _point(m["bm"], m["by"], m["bp"])
    elif (m := _SINGLE.search(text)):
        out.start = _point(m["am"], m["ay"], m["ap"])
    if (d := _DURATION.search(text)):
        out.duration = d[0]
    return out


def parse_issued(text: str | None) -> tuple[str | None, str | None]:
    """Issue and expiry months of a credential's date line.

    >>> parse_issued("Issued May 2024 · Expires Jun 2025")
    ('2024-05', '2025-06')
    """
    if not text:
        return None, None
    issued = expires = None
    if (m := _ISSUED.search(text)):
        issued = _point((m["m"] or "").strip(), m["y"], None)
    if (m := _EXPIRES.search(text)):
        expires = _point((m["m"] or "").strip(), m["y"], None)
    return issued, expires


def months_between(start: str | None, end: str | None, today: str) -> int | None:
    """Whole months from start to end ("present" is `today`, a "YYYY-MM" string)."""
    def ym(point: str | None) -> tuple[int, int] | None:
        if not point:
            return None
        if point == "present":
            point = today
        year, _, month = point.partition("-")
        return int(year), int(month or 1)
    a, b = ym(start), ym(end)
    if not a or not b:
        return None
    return max(0, (b[0] - a[0]) * 12 + b[1] - a[1])


_DURATION_PART = regex.compile(r"(?i)(\d+)\s*(yrs?|years?|mos?|months?)\b")


def duration_months(text: str | None) -> int | None:
    """The months a stated length counts ("3 yrs 1 mo" is 37), None where it states none.

    >>> duration_months("3 yrs 1 mo"), duration_months("11 mos"), duration_months("Present")
    (37, 11, None)
    """
    parts = _DURATION_PART.findall(text or "")
    return sum(int(n) * (12 if unit[0] in "yY" else 1) for n, unit in parts) if parts else None


_ANY_DATE = regex.compile(r"(?:19|20)\d\d|\d+\s+(?:yrs?|years?|mos?|months?)\b")
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_LETTER = regex.compile(r"\p{L}")
_DATE_WORDS = regex.compile(r"(?i)\b(?:issued|expire[sd]?|present|now|current|today|to|until|since)\b|[·\-–—,:()]|ï¼\S?")
_MONTH_WORD = regex.compile(r"(?i)\b(?:" + "|".join(MONTH_NAMES) + r")\.?(?![\p{L}])")


def is_date_line(text: str | None) -> bool:
    """A line that is only dates: "Mar 2021 - Present · 3 yrs 10 mos", "2013 - 2015", "Issued Jan 2023 · Expires Jan 2026".

    >>> is_date_line("Mar 2021 - Present · 3 yrs 10 mos"), is_date_line("VP Marketing since 2019")
    (True, False)
    """
    if not text or not _ANY_DATE.search(text):
        return False
    rest = _DURATION.sub(" ", text)
    rest = _YEAR.sub(" ", rest)
    rest = _MONTH_WORD.sub(" ", rest)
    rest = _DATE_WORDS.sub(" ", rest)
    return not _LETTER.search(rest)


def find_range(text: str | None) -> tuple[int, int, DateRange] | None:
    """The first "from - to" date range inside a line, with its span: (start, end, DateRange).

    >>> find_range("Company Name June 2011 to Current Senior Accountant")[:2]
    (13, 33)
    """
    if not text or not (m := _RANGE.search(text)):
        return None
    rng = DateRange(_point(m["am"], m["ay"], m["ap"]), _point(m["bm"], m["by"], m["bp"]))
    if (d := _DURATION.search(text, m.end())) and d.start() - m.end() < 4:
        rng.duration = d[0]
    return m.start(), m.end(), rng
