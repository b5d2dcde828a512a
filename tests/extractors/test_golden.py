"""Golden tests: every real capture and the bundled sample, annotated and compared whole with what is expected.

Update on purpose, after reading the diff: `make golden`.
"""
from __future__ import annotations

import json
import os

import pytest

import extractors
from tests import golden
from tests.conftest import SAMPLE_PROFILE, real_captures

UPDATE = os.environ.get("SCANNABLE_UPDATE_GOLDEN") == "1"
PAGE_DATE = {"loggedin-2024-07": "2024-07", "loggedin-2024-08": "2024-08", "public-loggedout-2024-03": "2024-03"}


def _today(name: str) -> str:
    """The capture's own date, so "expired" is judged as of the page, not of the test run."""
    return next((d for prefix, d in PAGE_DATE.items() if name.startswith(prefix)), "2024-11")


@pytest.mark.realdata
@pytest.mark.parametrize("page", real_captures() or [pytest.param(None, marks=pytest.mark.skip(
    reason="real captures not available here (../shared/data/linkedin-pages)"))], ids=lambda p: p.stem[:40] if p else "none")
def test_real_capture_matches_golden(page, validate):
    collection = validate(extractors.annotate(page.read_text("utf-8"), "https://www.linkedin.com/in/someone/",
                                              today=_today(page.name)))
    facts = golden.derived(collection)
    if UPDATE:
        golden.write(page, facts)
    expected = json.loads(golden.path_for(page).read_text("utf-8"))
    assert facts == expected


def test_sample_profile_matches_golden(validate, sample_html):
    collection = validate(extractors.annotate(sample_html, "https://www.linkedin.com/in/maya-okafor-sample/",
                                              today="2024-12"))
    path = SAMPLE_PROFILE.parent.parent.parent / "tests" / "fixtures" / "sample-profile.expected.json"
    if UPDATE:
        path.write_text(json.dumps(collection, indent=1, ensure_ascii=False) + "\n", "utf-8")
    assert collection == json.loads(path.read_text("utf-8"))
