"""How much the extractors will read, and the error for a page beyond that.

The limits sit far above any real profile (the real captures have about 2,500 elements and
11,000 characters of visible text; the longest of 2,484 real resumes is 35,137 characters), so
they only ever refuse pages built to exhaust a reader, and refuse them in a fraction of a second
instead of spending seconds on a page that is no profile.
"""
from __future__ import annotations

MAX_ELEMENTS = 100_000          # elements in the parsed page
MAX_TEXT_CHARS = 200_000        # characters of visible text (or of pasted text) the finders read
MAX_DEPTH = 2048                # libxml2's own nesting limit: deeper content would be silently lost


class PageRefused(ValueError):
    """A page (or text) the extractors will not read; `code` is stable, `message` says why, without its text."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


def check_text(chars: int) -> None:
    """Refuse more visible text than any profile has (the finders' time grows with it)."""
    if chars > MAX_TEXT_CHARS:
        raise PageRefused("too_much_text", f"The page has {chars} characters of visible text; Scannable reads "
                                           f"profiles of up to {MAX_TEXT_CHARS} characters.")
