"""The pages the benchmarks read: the real captures in ../shared/data (read in place) and the bundled sample.

Captures are labelled by layout and date ("loggedin-2024-07"), never by their file names, which carry
real people's names: no name reaches the terminal, the JSON or docs/BENCHMARKS.md.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("SCANNABLE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SAMPLE_PROFILE = ROOT / "server" / "demo" / "sample-profile.html"
URL = "https://www.linkedin.com/in/someone/"


@dataclass(frozen=True)
class Page:
    label: str
    path: Path
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")

    @property
    def kb(self) -> float:
        return round(len(self.data) / 1024, 1)


def label_for(path: Path) -> str:
    return path.stem.split("_profile-")[0]


def captures() -> list[Page]:
    """Every real capture, largest first; empty where ../shared/data is absent (as on a user's clone)."""
    folder = SHARED_DATA / "linkedin-pages"
    paths = sorted(folder.glob("*.html")) if folder.is_dir() else []
    pages = [Page(label_for(p), p, p.read_bytes()) for p in paths]
    return sorted(pages, key=lambda p: -len(p.data))


def sample() -> Page:
    return Page("sample-profile (bundled)", SAMPLE_PROFILE, SAMPLE_PROFILE.read_bytes())


def all_pages() -> list[Page]:
    return [*captures(), sample()]
