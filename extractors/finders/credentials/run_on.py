"""Where a certifications section runs on into something else: a section that lists skills, or a run of items
with no evidence of a credential (a skills or duties list after the credentials)."""
from __future__ import annotations

import regex

from ...document import Section
from ...pages.dates import is_date_line
from .catalog import canonical_issuer
from .details import _DATE_ITEM, _YEAR
from .issuers import _ISSUER_ITEM
from .items import _reads_as_skill
from .lists import _items
from .mentions import _mentions
from .words import (
    _ACRONYM, _BODY_WORD, _CREDENTIAL_WORDS, _NOT_ACRONYM, _SMALL_WORDS, _TOPIC_ACRONYMS, _TRIM_END, _TRIM_START,
    _rx,
)


def _lists_skills(section: Section) -> bool:
    """Whether a certifications section's lines are mostly skills, one a line ("Brand Management", "Time
    management"): then only what names a credential counts."""
    lines = [e.title for e in section.entries if e.title and e.title.strip()]
    # Dates and links are neither; a line with a date line under it is a dated entry, Indeed's layout of a
    # certificate ("Google Adwords" / "December 2016 to December 2017"), not a skill.
    undated = [(t, nxt) for t, nxt in zip(lines, lines[1:] + [""]) if not is_date_line(t) and not _DATE_ITEM.match(t)
               and not _rx(r"\s*https?://\S+\s*").fullmatch(t)]
    titles = [t for t, _ in undated]
    plain = [t for t, nxt in undated if not _CREDENTIAL_WORDS.search(t) and not _mentions(t) and not _ACRONYM.match(t.strip())
             and not _rx(r"\p{Lu}{2,6}\s+\p{Lu}").match(t.strip())    # "IBM Database", "NIH Protecting ...": a body's programme
             and not is_date_line(nxt)]
    skills = sum(1 for t in plain if _reads_as_skill(t))
    return len(plain) >= 3 and 2 * len(plain) > len(titles) and 2 * skills >= len(plain)

def _lists_duties(section: Section) -> bool:
    """Whether a certifications section's lines are duties written in title case, wrapped across long lines
    ("Compile Figures And Draft Summaries, Gathering, Checking, And Entering Survey Results And Budget Data Using
    Excel"): then only what names a credential counts. A credential's name has an "Of" or "And" or two ("Health And
    Safety Certificate Of Completion"); a duty line of title-cased prose has three or more, between other words."""
    lines = [line for b in section.all_blocks() for line in b.text.split("\n") if line.strip()]
    prose = sum(1 for line in lines if len(line) >= 80 and len(_TITLED_SMALL_WORD.findall(line)) >= 3)
    return prose >= 2 and 2 * prose >= len(lines)

# A small word capitalised in the middle of a line, as title-cased prose writes it.
_TITLED_SMALL_WORD = regex.compile(r"(?<=\S\s)(?:And|Or|Of|For|The|That|To|With|Such|Into|Through|Using|As|In|On|By)(?=\s)")

# A run of this many list items in a row with no evidence of a credential is a skills or duties list run on
# into the section, not names of credentials ("Typing, Inventory, Customer Service, Email, ...").
_PLAIN_RUN = 5

_ACRONYM_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,6}\d?(?![\p{L}])")

# Words of training taken, which a certifications list names beside its credentials ("Rope Rescue Schools").
_TRAINING_WORDS = regex.compile(r"(?i)\b(?:courses?|schools?|academy|classes|programs?|programmes?|exams?|seminars?|"
                                r"workshops?|webinars?|trainings?|levels?)\b")


def _has_evidence(piece: str) -> bool:
    """Whether a list item shows it names a credential: a credential or training word, a catalog name, a
    certifying body, a date. "Tai Chi" has none (a claim only among credentials); "ServSafe", "AHA CPR Card",
    "Rope Rescue Schools", "NIFS, 2014" have some."""
    return bool(_CREDENTIAL_WORDS.search(piece) or _TRAINING_WORDS.search(piece) or _YEAR.search(piece) or
                _mentions(piece) or canonical_issuer(piece) or _ISSUER_ITEM.match(piece) or _BODY_WORD.search(piece) or
                _is_course_title(piece))


def _is_course_title(piece: str) -> bool:
    """A course's title, five words or more in title case: "Giving and Receiving Constructive Feedback"."""
    words = piece.split()
    return len(words) >= 5 and not _rx(r"[.:;]\s").search(piece) and all(w[0].isupper() or w in _SMALL_WORDS for w in words) and \
        sum(w[0].isupper() for w in words) >= 4


def _is_abbreviation(piece: str) -> bool:
    """An item with an abbreviation the catalog does not know ("UPS", "PC Hardware"): maybe a credential's, maybe not."""
    return not (len(piece.split()) > 1 and piece.upper() == piece) and \
        any(w not in _NOT_ACRONYM and w not in _TOPIC_ACRONYMS for w in _ACRONYM_WORD.findall(piece))


def _plain_runs(section: Section, source: str) -> list[tuple[int, int]]:
    """Where a certifications section runs on into a list of skills: (start, end) input offsets of each run
    of _PLAIN_RUN or more items in a row, over all its lines, that show no evidence of naming a credential."""
    spans = [(b.offset, b.offset + len(b.text)) for b in section.all_blocks() if b.offset is not None]
    if not spans:
        return []
    runs, first, last, count = [], None, None, 0
    for line in _rx(r"[^\n]+").finditer(source, min(a for a, _ in spans), max(b for _, b in spans)):
        for item in _items(line[0]):
            piece = line[0][item.start:item.end].strip(_TRIM_START + _TRIM_END)
            if _has_evidence(piece):
                if count >= _PLAIN_RUN:
                    runs.append((first, last))
                first, count = None, 0
                continue
            if not _rx(r"\p{L}{2}").search(piece) or _is_abbreviation(piece):
                continue    # "200" of "Incident 100, 200, 300": part of the item before; "UPS", "PC Hardware": neither way
            if first is None:
                first = line.start() + item.start
            last, count = line.start() + item.end, count + 1
    if count >= _PLAIN_RUN:
        runs.append((first, last))
    return runs
