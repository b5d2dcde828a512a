"""Certifications and licenses, wherever a profile or resume names them.

Three readings, one catalog (data/credentials.json):
- an entry of a Licenses & certifications section (any page layout, or an export's Certifications.csv)
  is a credential whether or not the catalog knows it (unknown ones get tier "unknown");
- a credentials list (the lines of a resume's "Certifications" section, or "Certifications: CPA, Six
  Sigma Green Belt" inline) is split into items: each item is a credential, known or not, and the
  issuer, date and licence number written beside it are read as its details;
- anywhere else (About, Experience), only catalog credentials count, and short or ambiguous aliases
  (PE, RN, CPA, CPR) only with a credential cue beside them, so "PE ratio", "CPA firm" and "RN Sharma"
  stay quiet."""
from __future__ import annotations

import regex

from ...document import Profile
from ...findings import Finding
from .courses import _course_findings
from .catalog import Alias, Catalog, Credential, Lexicon, TIERS, canonical_issuer, catalog
from .entries import _LINE_ADAPTERS, _entry_finding, _line_entry_findings
from .finding import _catalog_issuer, _finish
from .free_text import _free_text_findings
from .issuers import _ISSUER_ITEM
from .items import _OTHER_HEADING, _is_body_line
from .lists import _list_findings
from .mentions import Mention, find_in_text, lookup
from .places import _names_places
from .run_on import _has_evidence, _lists_duties, _lists_skills, _plain_runs
from .spans import _Taken
from .words import _TRIM_END, _TRIM_START, _rx

__all__ = ["TIERS", "Alias", "Catalog", "Credential", "Lexicon", "Mention", "canonical_issuer", "catalog", "find",
           "find_in_text", "lookup"]


# A paragraph written in the first person is prose, not a list, even under a Certifications heading.
_PROSE = regex.compile(r"(?:^|[.!?]\s+)(?:I|We|My)\s+\p{Ll}+|\bI\s+(?:am|have|was|then|also|continued|completed|built|updated)\b")

# Indeed's line under a certification's name naming its issuer, a dash after it ("Oracle Eloqua -"; the dates,
# when known, follow the dash).
_ISSUER_LINE = regex.compile(r"\s*\p{Lu}[^\n]{0,80}?\S\s+[-–]\s*")

# Sections whose words are not the candidate's claim of a credential: others' words, skill tags. (An education
# section is read: resumes list licences and certificates there, and degrees are no credentials anyway.)
_NOT_READ = frozenset({"recommendations", "skills", "courses"})


def _courses_taken(profile: Profile, findings: list[Finding], today: str | None) -> list[Finding]:
    """The courses a certifications or training section's sentences name with their provider where nothing was
    read, and a list item read whole ("A course in X implemented by Y") narrowed to the course it names."""
    read: dict[int, _Taken] = {}
    starts: dict[tuple[int, int], Finding] = {}
    for f in findings:
        read.setdefault(id(f.block), _Taken()).add(f.start, f.end)
        starts[id(f.block), f.start] = f
    out = []
    for section in profile.sections_of("certifications"):
        for block in section.all_blocks():
            for c in _course_findings(block):
                article = _rx(r"(?i)(?<![\p{L}])an?\s+$").search(block.text[max(0, c.start - 4):c.start])
                whole = starts.get((id(block), c.start - (len(article[0]) if article else 0)))
                if whole is not None and whole.end >= c.end:
                    whole.start, whole.end = c.start, c.end     # the item read whole: the course's name, its provider
                    whole.data.update(name=c.data["name"], shown_as=c.data["shown_as"], issuer=c.data["issuer"], tier="course")
                    whole.data.pop("catalog_id", None)
                elif not (taken := read.get(id(block))) or not taken.meets(c.start, c.end):
                    _finish(c, today)
                    out.append(c)
    return out


def find(profile: Profile, today: str | None = None) -> list[Finding]:
    """Every credential on the profile, each once."""
    findings: list[Finding] = []
    skills_lists = set()
    for section in profile.sections_of("certifications"):
        claims = not _lists_skills(section) and not _lists_duties(section)
        if not claims:
            skills_lists.add(id(section))
        before: list[Finding] = []     # what the entry before found
        for n, entry in enumerate(section.entries):
            if entry.title and _OTHER_HEADING.fullmatch(entry.title.strip(" :")):
                claims = False      # "Community Involvement": a heading the reader did not know ends the list
                continue
            following = section.entries[n + 1].title if n + 1 < len(section.entries) else None
            if before and following and profile.page_kind in _LINE_ADAPTERS and _names_places(following) and \
                    _is_body_line(entry.title):
                # "Emotional Safety Plan / The Hotline Webinar Services / Knoxville TN": who gave it, then where
                if before[-1].data.get("issuer") in (None, _catalog_issuer(before[-1])):
                    before[-1].data["issuer"] = entry.title.strip(_TRIM_START + _TRIM_END)
                before = []
                continue
            if findings and profile.page_kind in _LINE_ADAPTERS and entry.title and _ISSUER_LINE.fullmatch(entry.title) and \
                    (last := findings[-1]).block.section is section and last.data.get("issuer") in (None, _catalog_issuer(last)):
                last.data["issuer"] = entry.title.strip(" -")      # Indeed's "Oracle Eloqua -": who issued the one above
                before = []
                continue
            title = next((b for b in entry.blocks if b.role == "title"), None)
            if profile.page_kind in _LINE_ADAPTERS and title is not None and _PROSE.search(title.text):
                found = _free_text_findings(title)      # "Using CBTNuggets.com, I continued to build ...": prose
            else:
                found = _line_entry_findings(entry, profile.source_text, claims) if profile.page_kind in _LINE_ADAPTERS else None
            if found is None:
                found = [f] if (f := _entry_finding(section, entry, today)) is not None else []
            if not found and claims and findings and profile.page_kind in _LINE_ADAPTERS and entry.title and \
                    (canonical_issuer(entry.title) or _ISSUER_ITEM.match(entry.title)):
                last = findings[-1]     # a line naming only the issuer of the credential above it
                if last.block.section is section and last.data.get("issuer") in (None, _catalog_issuer(last)):
                    last.data["issuer"] = entry.title.strip()
            for f in found:
                _finish(f, today)
            findings.extend(found)
            before = found
    for block in profile.blocks():
        section = block.section
        if section is None or section.kind in _NOT_READ or block.role in ("dates", "location"):
            continue
        if section.kind == "certifications" and block.entry is not None:
            continue   # read above, as a whole entry
        if section.kind == "certifications" and not _PROSE.search(block.text):
            found = _list_findings(block, claims=id(section) not in skills_lists, acronyms=id(section) not in skills_lists)
        else:
            found = _free_text_findings(block)
        for f in found:
            _finish(f, today)
        findings.extend(found)
    findings.extend(_courses_taken(profile, findings, today))
    if profile.page_kind in _LINE_ADAPTERS:
        runs = [run for section in profile.sections_of("certifications")
                for run in _plain_runs(section, profile.source_text or "")]
        if runs:
            findings = [f for f in findings if f.block.offset is None or _has_evidence(f.quote) or
                        not any(a <= f.block.offset + f.start < b for a, b in runs)]
    return findings
