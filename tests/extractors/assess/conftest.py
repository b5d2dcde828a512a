"""Shared fixtures for the assessment tests: the bundled sample and the real captures, analysed once."""
from __future__ import annotations

import pytest

import extractors
from extractors.text import decode
from tests.conftest import real_captures

TODAY = "2024-12"


def analysed(html: str, today: str = TODAY):
    profile = extractors.read_html(html, "https://www.linkedin.com/in/someone/")
    findings, summary = extractors.analyse(profile, today)
    return profile, findings, summary


@pytest.fixture(scope="session")
def sample(sample_html):
    """(profile, findings, summary) of the bundled sample profile."""
    return analysed(sample_html)


def capture_params():
    pages = real_captures()
    if not pages:
        return [pytest.param(None, marks=pytest.mark.skip(reason="real captures not available here (../shared/data/linkedin-pages)"))]
    return [pytest.param(p, id=p.stem.split("_profile-")[0], marks=pytest.mark.realdata) for p in pages]


@pytest.fixture(scope="session", params=capture_params())
def capture(request):
    """(profile, findings, summary) of each real capture, read in place."""
    return analysed(decode(request.param.read_bytes()))
