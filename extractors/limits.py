"""How much the extractors will read, and the error for a page beyond that.

The limits sit far above any real profile (the real captures have about 2,500 elements, 90 blocks
and 11,000 characters of visible text; the longest of 2,484 real resumes is 35,137 characters in
about 700 lines), so they only ever refuse pages built to exhaust a reader, and refuse them in a
fraction of a second instead of spending many seconds on a page that is no profile.
"""
from __future__ import annotations

MAX_ELEMENTS = 50_000           # elements in the parsed page
MAX_BLOCKS = 5_000              # blocks of text (paragraphs, list items, lines) the finders read
MAX_TEXT_CHARS = 100_000        # characters of visible text (or of pasted text) the finders read
MAX_DEPTH = 2048                # libxml2's own nesting limit: deeper content would be silently lost


class PageRefused(ValueError):
    """A page (or text) the extractors will not read; `code` is stable, `message` says why, without its text."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


def check_text(chars: int, blocks: int = 0) -> None:
    """Refuse more visible text, or more blocks of it, than any profile has (the finders' time grows with both)."""
    if chars > MAX_TEXT_CHARS:
        raise PageRefused("too_much_text", f"The page has {chars} characters of visible text; Scannable reads "
                                           f"profiles of up to {MAX_TEXT_CHARS}.")
    if blocks > MAX_BLOCKS:
        raise PageRefused("too_many_blocks", f"The page has {blocks} separate pieces of text; Scannable reads "
                                             f"profiles of up to {MAX_BLOCKS}.")
