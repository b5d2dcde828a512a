"""What the finders return: a Finding is a span of one Block, with its kind and structured data."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .document import Block


@dataclass
class Finding:
    """One piece of evidence (or of noise worth naming) anchored to words on the page."""

    kind: str                 # outcome | scope | credential | recommendation | gap
    block: Block
    start: int                # span in block.text
    end: int
    data: dict = field(default_factory=dict)     # the structured finding, serialised under "scannable"
    describe: str = ""        # one line a human reads: what it is and what it is worth
    weight: float = 0.0       # what it is worth, 0..1, for ordering the guide and the quick read
    prompt: str | None = None     # the interview question it opens
    follow_ups: list[str] = field(default_factory=list)
    links: list["Finding"] = field(default_factory=list, repr=False)   # corroborations, both ways

    @property
    def quote(self) -> str:
        return self.block.text[self.start:self.end]

    @property
    def id(self) -> str:
        """Stable across runs: the same words in the same place give the same id."""
        key = "\x1f".join((self.kind, self.block.locator or "", str(self.block.offset), str(self.start), self.quote))
        return "urn:scannable:" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
