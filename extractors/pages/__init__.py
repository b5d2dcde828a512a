"""Site adapters: turn a page (or pasted text) into a Profile, choosing the adapter from URL and markup."""
from __future__ import annotations

from ..document import Profile
from . import generic, linkedin_public, linkedin_pvs, linkedin_sdui, plaintext
from .html import parse

# Tried in order; the first whose `matches` says yes reads the page. generic matches everything.
ADAPTERS = (linkedin_pvs, linkedin_public, linkedin_sdui, generic)


def read_html(html: str, url: str | None = None) -> Profile:
    """Parse `html` once and read it with the first adapter that recognises it."""
    root = parse(html)
    for adapter in ADAPTERS:
        if adapter.matches(root, url):
            return adapter.read(root, url)
    raise AssertionError("the generic adapter matches every page")


def read_text(text: str, url: str | None = None) -> Profile:
    return plaintext.read(text, url)
