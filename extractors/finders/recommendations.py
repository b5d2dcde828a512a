"""Recommendations received: who vouches, how they worked with the candidate, and how specifically.

Only the Received list counts: the adapters leave out LinkedIn's hidden Given tab and an export's hidden
rows. The relationship comes from LinkedIn's line ("March 27, 2024, Dana was senior to Priya but
didn't manage Priya directly"), read in whichever direction it runs. A recommendation is specific when it
names something the candidate did: work done to a thing (told as an event: "built", not "builds" or "the build"),
a change, a named project, a result; the words before it must not make it a trait, a wish, a skill, a class topic
("his ability to deliver") or someone else's work, and the work must be a piece of it, not a kind ("the billing
platform", not "several platforms"); work with a name counts with what the candidate did to it ("developed the
Harbour Hub", "the tool he had just invented"), and so does any act told of the candidate on a particular thing whose
verb and noun are not praise's ("she rewrote the intake protocol"): work has no closed vocabulary, praise has. The
vocabulary and those words are data (data/recommendations.json).
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from ..document import Entry, Profile
from ..findings import Finding
from .outcomes import find_quantities
from .vocabulary import metrics

RELATIONSHIPS = ("managed-directly", "reported-to", "senior-not-managing", "same-team", "different-teams",
                 "different-companies", "client", "mentor", "studied-together", "other")
# The date that opens the line, as LinkedIn writes it in English ("March 27, 2024") or in day-first and ISO locales.
_DATE = regex.compile(r"""^(?P<date>\p{Lu}\p{Ll}+\.?\ \d{1,2},\ (?:19|20)\d\d
                                  |\d{1,2}\ \p{Lu}\p{Ll}+\.?\ (?:19|20)\d\d
                                  |(?:19|20)\d\d-\d\d-\d\d),?\s*""", regex.VERBOSE)
_EXPORT_DATE = regex.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}(?:\d{2})?)\b")
# A first name as the line gives it: one or two words in any script, emoji and all ("李", "⚡️Dora", "Mary Ann").
_NAME = r"(?P<{}>[^\s,]+(?: [^\s,]+)?)"
# LinkedIn's states with nothing to read: they are no recommendation.
_EMPTY = regex.compile(r"(?i)^\s*(?:nothing to see for now|recommendations that .+ (?:gives|receives) will appear here)")


@dataclass(frozen=True)
class Relationship:
    pattern: "regex.Pattern"
    as_a: tuple[str, str]
    as_b: tuple[str, str]


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("extractors.data").joinpath("recommendations.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _relationships() -> list[Relationship]:
    out = []
    for item in _data()["relationships"]:
        body = item["pattern"].replace("{a}", _NAME.format("a"), 1).replace("{b}", _NAME.format("b"), 1)
        body = body.replace("{a}", r"(?P=a)").replace("{b}", r"(?P=b)")
        out.append(Relationship(regex.compile(rf"(?i)^{body}(?!\w)"), tuple(item["as_a"]), tuple(item["as_b"])))
    return out


# Between two words of one clause: no sentence or clause end (a "." only inside a number: "2.0").
_GAP = r"(?:[^\w.!?;:]|(?<=\d)\.(?=\d))+"
# A "." inside a number or a dotted name ("2.0", "gov.uk", "Node.js") ends nothing.
_CLAUSE_END = regex.compile(r"[!?;:](?!\d)|\.(?![\d\p{Ll}])")
# Words that make a project's "name" a clause or a possessive instead: "in getting their platforms".
_PROJECT_STOP = frozenset("""and with using like for to that which who as at from by in on of the a an our their his her
    its my your this these those is are was were be been""".split())
# Units of a rank or a percentile: a standing, unless an action says what won it ("ranked #1 of 40 reps").
_STANDING = frozenset({"top", "top percent", "rank"})
# A group after one of these is where something happened, not what was changed: "builds relationships across teams".
_PREPOSITIONS = "across|with|between|among|for|to|in|on|of|at|from|within|throughout|beyond"


def _inflect(verb: str, irregular: dict[str, list[str]]) -> set[str]:
    """A verb's forms from its base ("build" -> builds, building, built): regular endings, overgenerated on purpose
    (a form no one writes costs nothing), and the irregular ones the data gives."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    stems = {head, head + "s", head + "es", head + "ed", head + "d", head + "ing"}
    if head.endswith("e"):
        stems |= {head[:-1] + "ing"}
    if head.endswith("y") and head[-2:-1] not in "aeiou":
        stems |= {head[:-1] + "ied", head[:-1] + "ies"}
    if len(head) <= 4 and head[-1] not in "aeiouwxy" and head[-2:-1] in "aeiou":
        stems |= {head + head[-1] + "ed", head + head[-1] + "ing"}     # ship -> shipped, cut -> cutting
    return {stem + tail for stem in stems} | set(irregular.get(verb, ()))


def _nouns(words: list[str]) -> set[str]:
    return (set(words) | {w + "s" for w in words} | {w[:-1] + "ies" for w in words if w.endswith("y")}
            | {w + "es" for w in words if w.endswith(("s", "x", "ch", "sh"))}      # process -> processes
            | {w[:-2] + "es" for w in words if w.endswith("is")})                   # analysis -> analyses


def _alternation(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Specific:
    numbers: "regex.Pattern"
    actions: tuple["regex.Pattern", ...]    # something done or made: not after not_done or topics words
    results: tuple["regex.Pattern", ...]    # a result or a named project: not after not_done words
    projects: "regex.Pattern"
    not_done: "regex.Pattern"
    topics: "regex.Pattern"
    topic_idioms: "regex.Pattern"
    not_theirs: "regex.Pattern"
    vague: frozenset[str]
    quantifiers: frozenset[str]
    plurals: frozenset[str]         # the plurals the code adds to `things` ("platforms"), not those given ("sales")
    containers: frozenset[str]      # project_nouns, singular and plural
    named: tuple["regex.Pattern", ...]  # a piece of work with a name, or one the candidate is said to have made
    not_names: frozenset[str]       # groups and roles: "the Data team", "the Product Manager" name no work
    founding: frozenset[str]        # founders' forms: a group so made is work ("founded the Python User Group")
    made: "regex.Pattern"           # a thing the candidate made, whatever its noun ("produced a welcome film")
    told: "regex.Pattern"           # an act of the candidate's, any verb but praise's ("she rewrote the protocol")
    pasts: frozenset[str]           # the past forms the data gives ("built", "took"): an action told as an event
    joint: "regex.Pattern"          # work with the candidate, or theirs, on a named piece ("worked with her on Atlas")


@lru_cache(maxsize=1)
def _specific() -> _Specific:
    spec = _data()["specific"]
    irregular = spec["irregular"]
    acts = _alternation({f for v in spec["actions"] for f in _inflect(v, irregular)})
    changes = _alternation({f for v in spec["change_actions"] for f in _inflect(v, irregular)})
    things, groups = _alternation(_nouns(spec["things"])), _alternation(_nouns(spec["groups"]))
    nominals = _alternation(spec["nominals"])
    # A verb, not the end of a compound adjective ("AI-driven", "data-led").
    verb = r"(?<![\w-])"
    actions = (
        # An action and, within a few words of the same clause, the work it was done to: "launched the mobile app"
        # (_a_piece judges whether that work is one piece). A verb right before "and" has no object of its own there
        # ("website redesign and development projects": a noun).
        regex.compile(rf"(?i){verb}(?:{acts})\b(?!{_GAP}(?:and|or)\b)(?P<between>(?:{_GAP}[\w&+-]+){{0,5}}?){_GAP}"
                      rf"(?P<thing>{things})\b"),
        # A change made to a group of people or a place: "built the team", "turned the plant around".
        regex.compile(rf"(?i){verb}(?:{changes})\b(?:{_GAP}(?!(?:{_PREPOSITIONS})\b)[\w&+-]+){{0,3}}?"
                      rf"{_GAP}(?:{groups})\b"),
        # The making of something, said as a noun: "the implementation of the new rota tools". Its work is judged
        # like an action's ("the creation of dashboards" names a kind, not a piece); it has no verb form to judge.
        regex.compile(rf"(?i)\b(?P<nominal>{nominals})\s+of(?P<between>(?:\s+[\w&+-]+){{0,4}}?)\s+"
                      rf"(?P<thing>{things})\b"),
    )
    # Work on a project with a name: "on a Stellantis project", "on the Reimagine 2.0 project", "on zonal
    # architecture projects". The name is judged in _named. The noun is the last of its run ("architecture" is one
    # before "projects") and no job's ("of Senior Product Manager").
    project_nouns = _alternation(_nouns(spec["project_nouns"]))
    projects = regex.compile(
        rf"(?i)\b(?:on|in|of)\s+(?:(?P<article>a|an|the|our|their|his|her|its|my|your)\s+)?"
        rf"(?P<name>(?:[\w&+-]+(?:\.\d+)*\s+){{1,4}}?)(?:{project_nouns})\b"
        rf"(?!\s+(?:{project_nouns}|{_alternation(spec['roles'])})\b)")
    makers = _alternation({f for v in spec["makers"] for f in _inflect(v, irregular)})
    # A proper name, capitalised word by word ("the Riverside Parents Hub", "Pick A Gift QuickCart", "Horizon").
    proper = r"(?-i:\p{Lu}[\w&+'’-]*(?:\.\w+)*(?:[ ](?:\p{Lu}[\w&+'’-]*(?:\.\w+)*|&|of|for)){0,5})"
    article = r"(?:(?P<article>the|our|their|his|her|its|a|an)\s+)"
    named = (
        # Made, with the name: "develop the Riverside Parents Hub", "orchestrating Horizon", "carried the Lantern product".
        regex.compile(rf"(?i){verb}(?P<verb>{makers})\b\s+{article}?(?P<name>{proper})"),
        # Made by the candidate: "the Harbour Coders Group, which was created by him".
        regex.compile(rf"(?i){article}(?P<name>{proper})[^.!?;:]{{0,40}}?\b(?:was|were|been)\s+(?:\w+ly\s+)?"
                      rf"(?P<verb>{makers})\s+by\b"),
        # Projects and their examples by name: "on several products, e.g. Gift Finder and QuickCart".
        regex.compile(rf"(?i)\b(?:{project_nouns})\b[\s,(]*(?:e\.g\.|eg\b|such\s+as|including|namely)[\s:,]*"
                      rf"(?-i:\p{{Lu}})"),
        # A name in brackets after a project: "our mobile-first communication platform (Tradely)".
        regex.compile(rf"(?i)\b(?:{project_nouns})\s+\((?-i:\p{{Lu}})[^()]{{0,40}}\)"),
        # Work the candidate did, said after it: "the testing tool he had just invented".
        regex.compile(rf"(?i)\b(?:the|our|his|her|their)\s+(?:[\w&+-]+\s+){{0,3}}?(?:{things})\s+(?:(?:that|which)\s+)?"
                      rf"(?:he|she|they)\s+(?:(?:had|has|have)\s+)?(?:(?:just|recently)\s+)?(?P<verb>{acts}|invented)\b"),
        # A project given its purpose: "on a project to help small farmers sell online".
        regex.compile(rf"(?i)\b(?:on|in)\s+(?:a|the)\s+(?:{_alternation(spec['project_nouns'])})\s+to\s+"
                      rf"(?!(?:{_alternation(spec['light_verbs'])})\b)\w+"),
    )
    made, told = _made_pattern(spec, verb), _told_pattern(spec, verb, irregular)
    joint = _joint_pattern(spec, irregular)
    return _Specific(regex.compile(spec["numbers"], regex.IGNORECASE), actions,
                     tuple(regex.compile(p, regex.IGNORECASE) for p in spec["results"]), projects,
                     _words(spec["not_done"]), _words(spec["topics"]), _words(spec["topic_idioms"]),
                     _words(spec["not_theirs"]), frozenset(w.lower() for w in spec["vague_modifiers"]),
                     frozenset(spec["quantifiers"]),
                     frozenset(w.lower() for w in _nouns(spec["things"]) - set(spec["things"])),
                     frozenset(w.lower() for w in _nouns(spec["project_nouns"])), named,
                     frozenset(w.lower() for w in _nouns(spec["groups"])) | frozenset(spec["roles"]),
                     frozenset(f for v in spec["founders"] for f in _inflect(v, irregular)), made, told,
                     frozenset(f.split(" ")[0].lower() for forms in irregular.values() for f in forms), joint)


def _made_pattern(spec: dict, verb: str) -> "regex.Pattern":
    """A thing made, named by whatever noun: a verb of making in the past or as a gerund (an event told, not a habit
    or a wish: "built", "developing"), a determiner, at most four words, and the noun that ends the phrase before
    a clause word or a stop ("produced a welcome film for", "wrote our changelog generator.").

    The thing the `things` list has no noun for is the point; what cannot be made as work (an atmosphere, a
    relationship, a career: `intangibles`) is not. A noun phrase ends only where the clause does or a stop word
    comes; "and" or "or" end it only before a determiner ("built the API and the UI", not "a safe and calm").
    """
    irregular = spec["irregular"]
    crafted = _alternation({f for v in spec["crafts"] for f in _inflect(v, irregular)
                            if f in irregular.get(v, ()) or f.split(" ")[0].endswith(("ed", "ing"))})
    stops = _alternation(spec["phrase_stops"])
    intangible = _alternation(_nouns(spec["intangibles"]))
    return regex.compile(rf"""(?ix) {verb} (?P<verb>{crafted}) \s+
        (?:the|our|their|his|her|its|a|an|this|that|my|your) \s+
        (?:(?!(?:{stops}|and|or|{intangible})\b) [\w'’&+/-]+ \s+){{0,4}}?
        (?!(?:{stops}|and|or|{intangible})\b) (?P<head>[\w&+/-]+)
        (?= \s*(?:[,.;:!?)—–]|$) | \s+(?:{stops})\b
          | \s+(?:and|or)\s+(?:the|a|an|our|their|his|her|its)\b )""")


def _joint_pattern(spec: dict, irregular: dict) -> "regex.Pattern":
    """Work done with the candidate, or theirs, on a piece of work with a name: "she worked with us on Lumen", "his
    work during the Northstar rollout". The name is capitalised word by word and not initials only ("on UX research"
    names a field); "with" keeps out the recommender's own work ("the site I ran on Lumen")."""
    joint_verbs = _alternation({f for v in spec["joint_work"]["verbs"] for f in _inflect(v, irregular)})
    joint_nouns = _alternation(_nouns(spec["joint_work"]["nouns"]))
    return regex.compile(rf"""(?ix)
        (?: \b(?:{joint_verbs}) \s+ (?:closely\s+)? with \s+ [^.!?;:]{{1,40}}? \s+ (?:on|for|during)
          # "his work for Acme" names an employer: only on or during after his, her, their
          | \b(?:his|her|their) \s+ (?:[\w-]+\s+){{0,2}}? (?:{joint_nouns}) \s+ (?:on|during) )
        \s+ (?:the\s+|our\s+|a\s+|an\s+)?
        (?P<name> (?-i: (?=(?:\p{{Lu}}[\w&'’-]*\s+)*\p{{Lu}}\p{{Ll}})       # a word not in capitals only
                        \p{{Lu}}[\w&'’-]*(?:\s+\p{{Lu}}[\w&'’-]*)* ) ) (?![\w'’])""")


def _told_pattern(spec: dict, verb: str, irregular: dict) -> "regex.Pattern":
    """An act told of the candidate with any verb but praise's, on a particular thing named by any noun but praise's:
    a subject (he, she, they, who, a name), a past form, a determiner and the noun that ends the phrase, as in
    `_made_pattern` ("she rewrote the intake protocol", "he renegotiated our freight contracts").

    Work has no closed vocabulary: every trade has its own verbs and nouns. Praise has one, small and shared across
    trades: the verbs of showing, being and helping ("demonstrated", "became", "took") and the nouns of traits,
    time, people and tasks ("the time", "a difference", "the team", "the job"), and what a class was about ("the
    session"). So the default here is work, and the lists (`told`) name praise.
    """
    told = spec["told"]
    praise = {f for v in told["verbs_not_work"] for f in _inflect(v, irregular)} | set(told["pasts_not_work"])
    past = _alternation(set(told["irregular_pasts"]) - praise)
    regular = rf"(?!(?:{_alternation(praise)})\b)\w+ed"
    stops = _alternation(spec["phrase_stops"])
    soft = _alternation(_nouns(spec["intangibles"] + told["nouns_not_work"] + spec["topics"]))
    name = rf"(?-i:\b(?!(?:{_alternation(told['not_subjects'])})\b)\p{{Lu}}\p{{Ll}}+)"
    return regex.compile(rf"""(?ix) (?:\b(?:he|she|they|who)\b | \[\w+\] | {name}) \s+
        (?:(?:also|then|later|even|just|once|single-?handedly|\w+ly) \s+){{0,2}}
        {verb} (?P<verb>{regular}|{past}) (?:\s+(?:up|out|over|down|through|off|together))? \s+
        (?:the|our|their|his|her|its|a|an|this|that|my|your|whole|entire|every) \s+
        (?:(?!(?:{stops}|and|or|{soft})\b) [\w'’&+/-]+ \s+){{0,4}}?
        (?!(?:{stops}|and|or|{soft})\b) (?P<head>[\w&+/-]+)
        (?= \s*(?:[,.;:!?)—–]|$) | \s+(?:{stops})\b | \s+(?:and|or)\b )""")


def _words(words: list[str]) -> "regex.Pattern":
    """Any of these words or phrases, whole ("will", not "willing"; "'s able to" after "He")."""
    def whole(w: str) -> str:
        body = regex.escape(w).replace(r"\ ", r"\s+")
        return (r"(?<!\w)" if w[0].isalnum() else "") + body + (r"(?!\w)" if w[-1].isalnum() else "")
    return regex.compile("(?i)" + "|".join(whole(w) for w in sorted(words, key=len, reverse=True)))


def _done(spec: _Specific, text: str, start: int, topics: bool = True) -> bool:
    """Whether the words before `start` (its clause, ten words at most) leave it something done, not a trait,
    a wish or a skill ("his ability to deliver", "if you want to grow", "consistently delivered"), nor, with
    `topics`, what a class was about ("a session focused on building chatbots")."""
    clause = text[:start]
    ends = list(_CLAUSE_END.finditer(clause))
    words = " ".join((clause[ends[-1].end():] if ends else clause).split()[-10:])
    return (not spec.not_done.search(words) and not spec.not_theirs.search(words)
            and not (topics and spec.topics.search(spec.topic_idioms.sub(" ", words))))


# Words that pick out one piece of work: an article of the definite kind, a possessive, a number.
_PICKS_ONE = frozenset("the our their his her its my your this these those that whose".split())
# A number or a possessive picks them out too ("two site migrations", "the firm's pipelines"); the number words are
# the outcome finder's (data/metrics.json), from two up.
_NUMBER_WORDS = frozenset(w for w, v in metrics()["numbers"]["words"].items() if v >= 2 and " " not in w)
_DIGIT_OR_POSSESSIVE = regex.compile(r"\d|['’]s$")
# A name right after the work, before a comma or a clause end: "tests for both HIL and SIL", "pipelines in Airflow".
_NAME_AFTER = regex.compile(r"^(?:[^\w,.!?;:]+[\w&+-]+){0,4}?[^\w,.!?;:]+(?:\p{Lu}(?<!\bI)|\d)")
_WORD = regex.compile(r"[\w&+'’-]+")
# The word right after a name: "the Data team".
_WORD_AFTER = regex.compile(r"\s+([\w&+-]+)")


def _a_piece(spec: _Specific, text: str, m: "regex.Match") -> bool:
    """Whether an action's work is one piece of it, not a kind of work: "architected several platforms", "developing
    key features", "implement processes", "handled issues on a project" name none (a quantifier, or a plural or a
    bare project with only vague words before it, and no name after); "the platform", "our pipelines", "two site
    migrations", "tests for both HIL and SIL environments" do."""
    between = [w.lower() for w in _WORD.findall(m["between"])]
    if any(w in spec.quantifiers for w in between):
        return False
    if any(w in _PICKS_ONE or w in _NUMBER_WORDS or _DIGIT_OR_POSSESSIVE.search(w) for w in between):
        return True
    thing = m["thing"].lower()
    unnamed = ((thing in spec.containers and between[-1:] in (["a"], ["an"]))        # "issues on a project"
               or (thing in spec.plurals and all(w in spec.vague for w in between)))    # "key features"
    return not unnamed or bool(_NAME_AFTER.match(text[m.end():]))


_CAPITAL_OR_DIGIT = regex.compile(r"\p{Lu}|\d")


def _named(spec: _Specific, name: str, article: str | None = None) -> bool:
    """A project's name, not a vague description: a capital or a digit ("Stellantis", "v2"), or two words that
    are neither vague nor linking words ("zonal architecture", not "complex automotive"). After a definite
    determiner an "and" between capitalised words is part of one name ("the Claims and Billing platform");
    without one it joins kinds ("on Windows and Mac systems")."""
    words = name.split()
    if article and article.lower() not in ("a", "an"):
        words = [w for i, w in enumerate(words) if not (w in ("and", "&") and 0 < i < len(words) - 1
                                                         and words[i - 1][:1].isupper() and words[i + 1][:1].isupper())]
    if any(w.lower() in _PROJECT_STOP or w.lower() in spec.quantifiers or w.lower().endswith("ed") for w in words):
        return False
    if words and words[0].endswith("ing") and words[0].islower():      # "in developing software solutions": a gerund
        return False
    if any(_CAPITAL_OR_DIGIT.search(w) for w in words):
        return True
    return sum(w.lower() not in spec.vague for w in words) >= 2


def _a_name(spec: _Specific, text: str, m: "regex.Match") -> bool:
    """Whether a name a pattern read is a piece of work's: not a team or a role ("led the Data team", "as Lead
    Character TD": a verb is capitalised only where a sentence starts) unless founded ("created the Parents Group"),
    and, with no article, not a word that qualifies a kind of work ("built React apps")."""
    if "name" not in m.groupdict():
        return True
    verb = m["verb"] if "verb" in m.groupdict() else None
    if verb and verb[0].isupper() and text[:m.start("verb")].rstrip()[-1:] not in ("", ".", "!", "?", "\n"):
        return False
    words = m["name"].lower().split()
    after = _WORD_AFTER.match(text, m.end("name"))
    if ((any(w in spec.not_names for w in words) or (after and after[1].lower() in spec.not_names))
            and (verb or "").lower() not in spec.founding):
        return False
    definite = m["article"] and m["article"].lower() not in ("a", "an")
    return bool(definite) or not (after and after[1].islower())


# "helped shape", "helping us form": after help a bare verb tells what was done.
_AFTER_HELP = regex.compile(r"(?i)\bhelp(?:s|ed|ing)?(?:\s+(?:us|me|them|him|her|(?:the|our)\s+team))?\s+(?:to\s+)?$")


def _an_event(spec: _Specific, text: str, start: int) -> bool:
    """Whether the action word at `start` tells something done: a past form or a gerund ("built", "building"), or a
    bare verb after help ("helped shape"). Any other form is a noun, an adjective, a goal or a habit, not the
    candidate's act: "the start of our migration", "secure release pipelines", "to increase revenue", "he builds"."""
    word = _WORD.match(text, start)[0].lower()
    return (word.endswith(("ed", "ing")) or word in spec.pasts
            or bool(_AFTER_HELP.search(text, max(0, start - 40), start)))


# Endings of adjectives, not of a thing made: "built a reliable", "building a robust", "a student-based".
_ADJECTIVE = regex.compile(r"(?:ing|ive|ous|ful|ble|less|(?<!e)ed)$")
_RECOMMENDER = regex.compile(r"(?<!\w)I(?!\w)")


def _made(spec: _Specific, text: str, m: "regex.Match") -> bool:
    """Whether a thing made is one, made by the candidate: its last word a noun (no adjective ending, no vague
    word), its verb no trait or wish, and "I" not among the three words before the verb ("I created a role")."""
    head = m["head"].lower()
    if _ADJECTIVE.search(head) or head in spec.vague:
        return False
    clause = text[:m.start("verb")]
    ends = list(_CLAUSE_END.finditer(clause))
    if _RECOMMENDER.search(" ".join((clause[ends[-1].end():] if ends else clause).split()[-3:])):
        return False
    return _done(spec, text, m.start("verb"))


def _a_piece_named(spec: _Specific, text: str, m: "regex.Match") -> bool:
    """Whether the name joint work was done on is a piece of work's, not a team's or a role's ("with her on the
    Payments team", "for the Head of Sales")."""
    after = _WORD_AFTER.match(text, m.end("name"))
    return not any(w.lower() in spec.not_names for w in m["name"].split() + ([after[1]] if after else []))


def _first(name: str | None) -> str:
    return (name or "").split(" ")[0].strip(",.").lower()


def read_line(line: str | None, recommender: str | None = None, candidate: str | None = None) -> tuple[str, str | None]:
    """(relationship, the recommender's side) from LinkedIn's line; the names say which way it runs.

    >>> read_line("April 9, 2020, Omar and Lena studied together")
    ('studied-together', 'classmate')
    >>> read_line("March 21, 2017, Tomas was Ravi's client", recommender="Ravi Example", candidate="Tomas Berg")
    ('other', 'served them as a client')
    """
    if not line:
        return "other", None
    rest = _DATE.sub("", line.strip(), count=1)
    for rel in _relationships():
        m = rel.pattern.match(rest)
        if not m:
            continue
        a, b = _first(m["a"]), _first(m["b"]) if "b" in m.groupdict() and m["b"] else ""
        who, cand = _first(recommender), _first(candidate)
        recommender_is_b = bool(b) and (who == b or (who != a and cand == a))
        return rel.as_b if recommender_is_b else rel.as_a
    return "other", None


def relationship(line: str | None) -> str | None:
    """The relationship alone, read from the line as written: None without a line.

    >>> relationship("June 15, 2020, Dana was senior to Priya but didn't manage Priya directly")
    'senior-not-managing'
    """
    return read_line(line)[0] if line else None


def is_specific(text: str) -> bool:
    """Names a result or a concrete piece of work ("cut the failure rate", "launched the app"); praise alone is not.

    >>> is_specific("Maya is a pleasure to work with. Great communicator, a true team player.")
    False
    >>> is_specific("She rebuilt our onboarding flow and cut support tickets in half.")
    True
    >>> is_specific("Her ability to deliver high-quality results is second to none.")
    False
    """
    spec = _specific()
    if spec.numbers.search(text):
        return True
    for pattern in spec.actions:
        if any(_done(spec, text, m.start()) and ("thing" not in m.groupdict() or _a_piece(spec, text, m))
               and ("nominal" in m.groupdict() or _an_event(spec, text, m.start()))   # "the implementation of"
               for m in pattern.finditer(text)):
            return True
    for pattern in spec.results:
        if any(_done(spec, text, m.start(), topics=False) for m in pattern.finditer(text)):
            return True
    # The words before a project's name include its preposition: "his grasp of Kafka pipelines" is a skill.
    if any(_named(spec, m["name"], m["article"]) and _done(spec, text, m.start("name"), topics=False)
           for m in spec.projects.finditer(text)):
        return True
    for pattern in spec.named:
        if any(_a_name(spec, text, m) and _done(spec, text, m.start("verb") if "verb" in m.groupdict() else m.start())
               for m in pattern.finditer(text)):
            return True
    if any(_a_piece_named(spec, text, m) and _done(spec, text, m.start()) for m in spec.joint.finditer(text)):
        return True
    if any(_made(spec, text, m) for m in spec.made.finditer(text)) or any(_made(spec, text, m)
                                                                          for m in spec.told.finditer(text)):
        return True
    # A result in numbers, as the outcome finder reads it ("$1B in shared savings", "an ROI of 100x"); a rank the
    # recommender gives without saying what won it ("in the top 15%") is a judgement, not a result.
    return any(q.kind == "outcome" and (q.verb or q.direction or (q.magnitude or {}).get("unit") not in _STANDING)
               for q in find_quantities(text))


def _date(entry: Entry) -> str | None:
    """The date as LinkedIn writes it ("March 27, 2024"), from the relationship line or an export's Creation Date."""
    if entry.dates and (m := _DATE.match(entry.dates)):
        return m["date"]
    created = entry.details.get("created")
    if created and (m := _EXPORT_DATE.match(created)):
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        try:
            day = _dt.date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return f"{day.strftime('%B')} {day.day}, {day.year}"
    return None


def find(profile: Profile) -> list[Finding]:
    findings = []
    for section in profile.sections_of("recommendations"):
        for entry in section.entries:
            texts = [b for b in entry.blocks if b.role == "recommendation" and b.text.strip() and not _EMPTY.match(b.text)]
            if not texts:
                continue
            block = texts[0]
            line = entry.dates
            rel, side = read_line(line, entry.title, profile.name) if line else ("other", None)
            data = {
                "recommender": entry.title,
                "recommender_headline": entry.organisation,
                "relationship": rel if line else None,
                "recommender_side": side,
                "relationship_line": line,
                "date": _date(entry),
                "specific": is_specific(block.text),
            }
            findings.append(Finding("recommendation", block, 0, len(block.text),
                                    data={k: v for k, v in data.items() if v is not None}))
    return findings
