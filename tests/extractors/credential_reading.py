"""What the credential finder reads from a made-up résumé holding one section: the helpers the credential tests share."""
from __future__ import annotations

from extractors import read_text
from extractors.finders import credentials
from extractors.findings import Finding


def findings_under(heading: str, text: str) -> list[Finding]:
    """The credentials found in `text` written under `heading` ("Certifications", "Experience") of a résumé."""
    return credentials.find(read_text(f"Alex Example\n{heading}\n{text}\n"), "2024-11")


def quotes_under(heading: str, text: str) -> list[str]:
    return [f.quote for f in findings_under(heading, text)]


def issuers_under(heading: str, text: str) -> list[tuple[str, str | None]]:
    return [(f.quote, f.data.get("issuer")) for f in findings_under(heading, text)]
