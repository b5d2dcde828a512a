"""LinkedIn Recruiter's candidate profile (/talent/…/profile/…), where its markup allows.

Recruiter marks its fields with data-test attributes, which scrapers have relied on for years:
`data-test-row-lockup-full-name|headline|location` in the top card, `data-test-summary-card-text`,
`data-test-position-entity[-title|-company-name|-employment-status|-date-range|-duration|-location|-description]`
(with `grouped-position-entity` twins for several roles at one company), `data-test-education-entity-*` and
`data-test-skill-entity-skill-name`. Licenses and recommendations have no known marks there: the summary
says they were not read, so the user can open the member's own profile for them.
"""
from __future__ import annotations

from lxml import etree

from ..document import Block, Entry, Profile, Section
from . import dates
from .html import lazy_locator, locator, text_of
from .linkedin import set_role_company

X = etree.XPath
_MARKED = X('(//*[@data-test-position-entity or @data-test-position-list-container '
            'or @data-live-test-profile-container or @data-test-summary-card-text])[1]')
_CONTAINER = X('(//*[@data-live-test-profile-container] | //*[@id="profile-container"])[1]')
_NAME = X('(.//*[@data-test-row-lockup-full-name])[1]')
_HEADLINE = X('(.//*[@data-test-row-lockup-headline])[1]')
_LOCATION = X('(.//*[@data-test-row-lockup-location])[1]')
_SUMMARY = X('.//*[@data-test-summary-card-text]')
_POSITIONS = X('.//*[@data-test-position-entity or @data-test-grouped-position-entity]')
_EDUCATION = X('.//*[@data-test-education-item or @data-test-education-entity]'
               '[not(ancestor::*[@data-test-education-item or @data-test-education-entity])]')
_SKILLS = X('.//*[@data-test-skill-entity-skill-name]')
_COMPANY_NAMES = X('.//*[@data-test-grouped-position-entity-company-name or @data-test-position-entity-company-name]')
_GROUPED = 'data-test-grouped-position-entity'
_HAS_GROUPED = X('boolean(.//*[@data-test-grouped-position-entity])')


def _field(name: str):
    """The element carrying a position field, in either its single or its grouped form."""
    return X(f'(.//*[@data-test-position-entity-{name} or @data-test-grouped-position-entity-{name}])[1]')


_FIELDS = {n: _field(n) for n in ("title", "company-name", "employment-status", "date-range", "duration",
                                  "location", "description")}
_EDU_FIELDS = {n: X(f'(.//*[@data-test-education-entity-{n}])[1]')
               for n in ("school-name", "degree-name", "field-of-study", "dates")}


def matches(root, url: str | None) -> bool:
    if url and "linkedin.com/talent/" in url and "/profile/" in url:
        return True
    return bool(_MARKED(root))


def _text(xpath, scope) -> tuple[object, str] | tuple[None, None]:
    nodes = xpath(scope)
    if nodes and (text := text_of(nodes[0])):
        return nodes[0], text
    return None, None


def _group_companies(scope) -> dict:
    """{group element: company name} for the company headers that belong to no single role.

    A header's group is its nearest ancestor that holds grouped roles; found once per header, so a long
    list of roles costs one pass, not one search per role.
    """
    groups: dict = {}
    for node in _COMPANY_NAMES(scope):
        ancestors = list(node.iterancestors())
        if any(a.get(_GROUPED) is not None or a.get("data-test-position-entity") is not None for a in ancestors):
            continue
        group = next((a for a in ancestors if _HAS_GROUPED(a)), None)
        if group is not None and group not in groups:
            groups[group] = text_of(node) or None
    return groups


def _group_company(el, groups: dict) -> str | None:
    """A grouped role's company: that of the nearest group above it."""
    return next((groups[a] for a in el.iterancestors() if a in groups), None)


def _position(el, groups: dict) -> Entry:
    entry = Entry()
    found = {name: _text(xpath, el) for name, xpath in _FIELDS.items()}
    for name, role in (("title", "title"), ("company-name", "subtitle"), ("date-range", "dates"),
                       ("location", "location"), ("description", "description")):
        node, text = found[name]
        if text:
            entry.add(Block(text, role, lazy_locator(node)))
    entry.title = found["title"][1]
    company = found["company-name"][1]
    if company is None:
        set_role_company(entry, None, _group_company(el, groups))
    else:
        set_role_company(entry, company, None)
    if found["employment-status"][1]:
        entry.details["employment_type"] = found["employment-status"][1]
    entry.location = found["location"][1]
    span, duration = found["date-range"][1], found["duration"][1]
    if span:
        entry.dates = f"{span} · {duration}" if duration else span
        rng = dates.parse_range(entry.dates)
        entry.start, entry.end, entry.duration = rng.start, rng.end, rng.duration or duration
    return entry


def read(root, url: str | None) -> Profile:
    profile = Profile(url=url, page_kind="linkedin-recruiter")
    scope = (_CONTAINER(root) or [root])[0]
    profile.name, profile.headline, profile.location = (
        _text(xpath, scope)[1] for xpath in (_NAME, _HEADLINE, _LOCATION))
    summary = _SUMMARY(scope)
    if summary:
        about = Section(kind="about", heading="Summary", locator=locator(summary[0]))
        for node in summary:
            if (text := text_of(node)):
                about.add_block(Block(text, "about", lazy_locator(node)))
        profile.sections.append(about)
    experience = Section(kind="experience", heading="Experience")
    groups = _group_companies(scope)
    for el in _POSITIONS(scope):
        entry = _position(el, groups)
        if entry.title:
            experience.add_entry(entry)
    education = Section(kind="education", heading="Education")
    for el in _EDUCATION(scope):
        entry = Entry()
        fields = {n: _text(x, el) for n, x in _EDU_FIELDS.items()}
        entry.title = fields["school-name"][1]
        entry.organisation = ", ".join(t for _, t in (fields["degree-name"], fields["field-of-study"]) if t) or None
        entry.dates = fields["dates"][1]
        rng = dates.parse_range(entry.dates)
        entry.start, entry.end = rng.start, rng.end
        for name, role in (("school-name", "title"), ("degree-name", "subtitle"), ("dates", "dates")):
            node, text = fields[name]
            if text:
                entry.add(Block(text, role, lazy_locator(node)))
        if entry.title:
            education.add_entry(entry)
    skills = Section(kind="skills", heading="Skills")
    for node in _SKILLS(scope):
        if (text := text_of(node)):
            entry = Entry(title=text)
            entry.add(Block(text, "title", lazy_locator(node)))
            skills.add_entry(entry)
    profile.sections.extend(s for s in (experience, education, skills) if s.entries)
    profile.notes.append("LinkedIn Recruiter: licenses & certifications and recommendations are not read from this "
                         "layout; open the member's LinkedIn profile to see them")
    return profile
