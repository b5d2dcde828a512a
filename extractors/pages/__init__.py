"""Site adapters: turn a page (or pasted text) into a Profile, choosing the adapter from URL and markup."""
from __future__ import annotations

from typing import Mapping

from ..document import Profile
from . import export, generic, linkedin_public, linkedin_pvs, linkedin_recruiter, linkedin_sdui, plaintext
from .html import forget_locators, parse

# Tried in order; the first whose `matches` says yes reads the page. generic matches everything.
ADAPTERS = (linkedin_pvs, linkedin_public, linkedin_recruiter, linkedin_sdui, generic)


def read_html(html: str, url: str | None = None) -> Profile:
    """Parse `html` once and read it with the first adapter that recognises it."""
    root = parse(html)
    try:
        for adapter in ADAPTERS:
            if adapter.matches(root, url):
                return adapter.read(root, url)
        raise AssertionError("the generic adapter matches every page")
    finally:
        forget_locators()   # the locator cache holds the tree: let it go with the request


def read_text(text: str, url: str | None = None) -> Profile:
    return plaintext.read(text, url)


def read_export(files: Mapping[str, str], url: str | None = None) -> Profile:
    """A LinkedIn data export: {CSV file name: its text} (the caller reads the folder or zip)."""
    return export.read(files, url)
