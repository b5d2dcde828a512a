"""The credential catalog (data/credentials.json): credentials with tier, aliases and issuer, the issuers' spellings,
and the lexicon that finds every alias in a text by a dict lookup of each word."""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .words import words as word_list


TIERS = ("license", "experience-gated", "exam", "course", "unknown")


@dataclass(frozen=True)
class Credential:
    id: str
    name: str
    issuer: str | None
    tier: str
    field: str | None = None


@dataclass(frozen=True)
class Alias:
    text: str
    credential: Credential
    exact: bool        # written in capitals: matches only in the same case
    guarded: bool      # needs a credential context
    listed_only: bool = False   # a credential only in a credentials list: elsewhere it is a job title

_SEP = "\x00"   # an alias's space or hyphen: matches any run of spaces and dashes


def _key(text: str) -> str:
    """The lookup key of an alias or a matched span: lower case, spaces and dashes as one separator."""
    return _SEP_RUN.sub(_SEP, text.strip()).lower()

_SEP_RUN = re.compile(r"[\s\-\u2010-\u2015]+")
_THE_OR_STOP = re.compile(r"(?i)^the\s+|[.,;]+$")


def _issuer_key(name: str) -> str:
    """The lookup key of an issuer's name: as _key, without a leading "The" or a closing stop ("The American Council
    on Exercise." is ACE's key)."""
    return _key(_THE_OR_STOP.sub("", name.strip()))


def without_gloss(name: str) -> str:
    """A body's name without the abbreviation written after it when that abbreviation is the name's initials:
    "Board of Pharmacy Specialties (BPS)" is the Board of Pharmacy Specialties; "Department of Transportation
    (FDOT)" keeps its bracket, which says more than the name."""
    m = _GLOSSED.fullmatch(name.strip())
    if not m:
        return name
    return m["name"] if abbreviates(m["abbr"], m["name"]) else name


def initials_glossed(name: str) -> str:
    """A body's initials with its name written out after them in brackets, read as the initials: "NSCA (National
    Strength and Conditioning Association)" is NSCA; any other name as it is."""
    m = _EXPANDED.fullmatch(name.strip())
    return m["abbr"] if m and abbreviates(m["abbr"], m["name"]) else name

_EXPANDED = re.compile(r"(?P<abbr>[A-Z][A-Za-z&]{1,9})\s*\((?P<name>[^()]+?\S)\)[.,;]?")


def abbreviates(letters: str, name: str) -> bool:
    """Whether `letters` are `name`'s initials, its small words left out ("BPS": "Board of Pharmacy Specialties")."""
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’.-]*", name) if w.lower() not in _GLOSS_SMALL)
    return initials.upper() == letters.replace("&", "").upper()

_GLOSSED = re.compile(r"(?P<name>.+?\S)\s*\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)[.,;]?")
_GLOSS_SMALL = frozenset({"of", "and", "for", "the", "on", "in", "&", "at", "de"})

# Every character other than a space that the catalog's keys treat as a separator ([\s\-\u2010-\u2015]).
_SEPARATOR = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x3001)
                                       if c != 0x20 and (chr(c).isspace() or c == 0x2D or 0x2010 <= c <= 0x2015)) + "]")

_WORD = re.compile(r"[^\W_]+")

_SPACES = re.compile(r" {2,}")


def _folded(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text in lower case with each run of spaces and dashes as one space, and the (folded, original)
    offsets where the two start to differ."""
    low = text.lower()
    if len(low) != len(text):       # a character whose lower case is longer ("İ") stays as it is
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low = _SEPARATOR.sub(" ", low)     # one character for one: offsets hold
    marks = [(0, 0)]
    if "  " not in low:
        return low, marks
    parts, pos, removed = [], 0, 0
    for m in _SPACES.finditer(low):
        parts.append(low[pos:m.start() + 1])
        removed += m.end() - m.start() - 1
        marks.append((m.end() - removed, m.end()))
        pos = m.end()
    parts.append(low[pos:])
    return "".join(parts), marks


def _trie_pattern(words: list[str]) -> str:
    """One alternation for many words, factored by their common prefixes."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class Lexicon:
    """Many literal keys found in text by a dict lookup of each word: nothing large to compile at start-up.

    A key matches where it is spelled in any case, its separators matching any run of spaces and dashes,
    with no letter or digit just before or after it; at each place the longest key wins, and the scan goes on
    after it (what one large alternation would find, without the second it takes to compile).
    """

    def __init__(self, keys: list[str]):
        # first word -> the next (up to) three characters of the key -> keys, longest first
        self.by_first: dict[str, dict[str, list[str]]] = {}
        lead = set()
        for key in keys:
            k = key.replace(_SEP, " ")
            m = _WORD.match(k)
            if not m:
                lead.add(k[0])
            first = m[0] if m else k[0]
            self.by_first.setdefault(first, {}).setdefault(k[len(first):len(first) + 3], []).append(k)
        for after in self.by_first.values():
            for ks in after.values():
                ks.sort(key=len, reverse=True)
        self.lead = lead
        self._starts: re.Pattern | None = None

    @property
    def starts(self) -> re.Pattern:
        """Where a key may start: a word that starts a key (a few hundred words, as a trie: it compiles in
        milliseconds, on first use, and keeps the scan in C), or a mark that does ("(ISC)²")."""
        if self._starts is None:
            words = _trie_pattern(sorted(set(self.by_first) - self.lead))
            marks = "".join("|" + re.escape(c) for c in sorted(self.lead))
            self._starts = re.compile(rf"(?<![^\W_])(?:(?:{words})(?![^\W_]){marks})")
        return self._starts

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each key found in the text, left to right, without overlaps."""
        norm, marks = _folded(text)
        out: list[tuple[int, int]] = []
        after = 0
        for m in self.starts.finditer(norm):
            q = m.start()
            if q < after:
                continue
            nexts, w = self.by_first[m[0]], m.end()
            best = 0
            for n in (3, 2, 1, 0):
                for k in nexts.get(norm[w:w + n], ()):
                    if len(k) > best and norm.startswith(k, q) and not _WORD.match(norm, q + len(k)):
                        best = len(k)
                        break
            if best:
                out.append((_original(marks, q), _original(marks, q + best - 1) + 1))
                after = q + best
        return out


def _original(marks: list[tuple[int, int]], at: int) -> int:
    """The offset in the original text of a folded text's offset."""
    n = bisect.bisect_right(marks, (at, 1 << 62)) - 1
    folded, original = marks[n]
    return original + at - folded


@dataclass
class Catalog:
    by_id: dict[str, Credential]
    aliases: dict[str, list[Alias]]      # key -> the aliases (of one or more credentials) it spells
    lexicon: Lexicon                     # every alias key
    issuers: dict[str, str]              # issuer key -> canonical issuer name
    issuer_lexicon: Lexicon              # any issuer spelling, for finding one named inside an item
    issuer_spellings: frozenset          # the spellings as written
    issuer_tiers: dict[str, str]         # canonical issuer -> tier of credentials the catalog does not know
    places: frozenset = frozenset()      # states and countries, lower case
    shared: dict = None                  # issuer key -> [(body, its context words)]: "AWS" in a welding text
    compact: dict = None                 # an issuer's letters and digits alone -> its name: "Hacker Rank", "Comp/TIA"


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    raw = json.loads(resources.files("extractors.data").joinpath("credentials.json").read_text("utf-8"))
    by_id: dict[str, Credential] = {}
    aliases: dict[str, list[Alias]] = {}
    for item in raw["credentials"]:
        cred = Credential(item["id"], item["name"], item.get("issuer"), item["tier"], item.get("field"))
        by_id[cred.id] = cred
        spelled = [(a, False, False) for a in [item["name"], *item.get("aliases", [])]]
        spelled += [(a, True, False) for a in item.get("guarded", [])]
        spelled += [(a, False, True) for a in item.get("listed_only", [])]
        for text, guarded, listed_only in spelled:
            exact = text.upper() == text and any(c.isalpha() for c in text)
            aliases.setdefault(_key(text), []).append(Alias(text, cred, exact, guarded, listed_only))
    issuers: dict[str, str] = {}
    issuer_tiers: dict[str, str] = {}
    shared: dict[str, list] = {}
    spellings: list[str] = []
    for item in raw.get("issuers", []):
        for spelling in [item["name"], *item.get("aliases", [])]:
            spellings.append(_key(spelling))
            issuers.setdefault(_key(spelling), item["name"])
            issuers.setdefault(_issuer_key(spelling), item["name"])    # "The Open Group" found as canonical_issuer keys it
        if item.get("tier"):
            issuer_tiers[item["name"]] = item["tier"]
        for spelling in item.get("shared", []):
            words = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(w) for w in item["context"]) + ")")
            shared.setdefault(_issuer_key(spelling), []).append((item["name"], words))
    issuer_lexicon = Lexicon([k for k in dict.fromkeys(spellings) if len(k) > 2])    # the spellings as written
    written = frozenset(sp for item in raw.get("issuers", []) for sp in [item["name"], *item.get("aliases", [])])
    compact: dict[str, set[str]] = {}
    for key, name in issuers.items():
        if len(_compact(key)) >= _COMPACT_LEAST:
            compact.setdefault(_compact(key), set()).add(name)
    return Catalog(by_id, aliases, Lexicon(list(aliases)), issuers, issuer_lexicon, written, issuer_tiers,
                   frozenset(p.lower() for p in [*word_list("us_states"), *raw.get("places", [])]), shared,
                   {k: next(iter(names)) for k, names in compact.items() if len(names) == 1})


def _compact(key: str) -> str:
    """An issuer key's letters and digits alone: spaces, slashes, dots and dashes between its words are how people
    spell a body's name, not part of it ("Hacker Rank" is HackerRank, "Comp/TIA" CompTIA)."""
    return _NOT_LETTER_OR_DIGIT.sub("", key)

_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
_COMPACT_LEAST = 6      # shorter runs of letters are abbreviations, too easily another body's


def canonical_issuer(name: str | None, context: str | None = None) -> str | None:
    """The catalog's name for an issuer as a profile spells it ("PMI" -> "Project Management Institute"); a
    spelling two bodies share is the one whose words are in `context` ("AWS" beside "welding"). The name's own
    initials after it are dropped ("Board of Pharmacy Specialties (BPS)", see without_gloss), initials glossed by the
    name after them read as the initials ("NSCA (National ...)", see initials_glossed), and failing that a
    spelling of six or more letters and digits matches one body's with its spaces and signs taken out ("Hacker
    Rank", "Comp/TIA")."""
    if not name:
        return None
    cat = catalog()
    for key in dict.fromkeys((_issuer_key(name), _issuer_key(without_gloss(name)), _issuer_key(initials_glossed(name)))):
        if context and key in cat.shared:
            for body, words in cat.shared[key]:
                if words.search(context):
                    return body
        if key in cat.issuers:
            return cat.issuers[key]
    return cat.compact.get(_compact(_issuer_key(without_gloss(name)))) if len(_compact(_issuer_key(name))) >= _COMPACT_LEAST else None


def _single_issuer(cred: Credential | None) -> str | None:
    """The catalog's issuer when one body grants the credential ("NASM, ACE, ACSM", "various ..." or "local health
    department or accredited provider" is no answer)."""
    if cred is None or not cred.issuer or ", " in cred.issuer or cred.issuer.lower().startswith("various") or \
            " or " in cred.issuer:
        return None
    return cred.issuer
