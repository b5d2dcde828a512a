"""Places in a credentials list: "City , State", "Pasadena, CA", "Lima, Peru" say where, not what."""
from __future__ import annotations

import regex

from .catalog import canonical_issuer, catalog
from .mentions import _mentions
from .phrases import _CERTIFIED_ROLE
from .words import _CREDENTIAL_WORDS, _NOT_ACRONYM, _ROLE_WORDS, _STATE_CODES, _TRIM_END, _TRIM_START, _rx


# The anonymised resumes' places ("City , State") and a few written out.
_PLACE = regex.compile(r"(?i)(?:city|state|country|usa|u\.s\.a?\.?|united\s+states|canada|india|china|uk|united\s+kingdom|"
                       r"[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+)?)")


def _is_place(piece: str) -> bool:
    """A short capitalised item after an issuer: "Tongji University, Shanghai, China"."""
    return bool(_PLACE.fullmatch(piece.strip(" .")))

# "2005 The Chubb Institute ï¼​ City": a school or body and the anonymised place after it (the resumes' "｜").
_ORG_AT_PLACE = regex.compile(r"(?:(?:19|20)\d\d\s+)?(?P<org>\p{Lu}[^,;]{2,80}?)\s*(?:ï¼\u200b?|｜)\s*(?:City|State)?\W*$")


def _is_city(piece: str, following: str) -> bool:
    """A place name written before its state or country: "Pasadena" of "Pasadena, CA", "Lima" of "Lima, Peru"."""
    words = piece.split()
    if not 1 <= len(words) <= 2 or not all(_rx(r"\p{Lu}\p{Ll}+").fullmatch(w) for w in words) or \
            _CREDENTIAL_WORDS.search(piece) or _mentions(piece) or canonical_issuer(piece) or \
            any(w.lower() in _ROLE_WORDS or _CERTIFIED_ROLE.search("certified " + w) for w in words):
        return False    # "Pharmacy Technician, TX": a role licensed in a state, not a city
    first = _rx(r"\p{Lu}{2}(?![\p{L}])|[\p{L} ]+").match(following.strip())
    return bool(first) and (first[0] in _STATE_CODES or first[0].strip().lower() in catalog().places)

# "Knoxville TN 07/2014": a town and its state's code, perhaps with a date.
_TOWN_STATE = regex.compile(r"(?:\p{Lu}\p{Ll}+[ \t]+){1,3}(?P<state>\p{Lu}{2})[\s\d/.,\-]*")


def _names_places(piece: str) -> bool:
    """An item naming only places, perhaps with a year: "Pasadena, CA", "California", "PA 2014", "City , State",
    "Knoxville TN 07/2014"."""
    if (town := _TOWN_STATE.fullmatch(piece.strip(_TRIM_START + _TRIM_END))) and town["state"] in _STATE_CODES and \
            not any(w.lower() in _ROLE_WORDS for w in piece.split()) and not _CREDENTIAL_WORDS.search(piece):
        return True
    parts = [" ".join(p.split()) for p in _rx(r"(?:19|20)\d\d|\b(?:to|present|current)\b|[^\p{L},]").sub(" ", piece).split(",")]
    parts = [p for p in parts if p]
    return bool(parts) and all(p.lower() in catalog().places or p in _NOT_ACRONYM for p in parts)
