"""Real résumé and profile text from ../shared/data/real-text, read in place and cut into sentences.

A sentence is referenced by (source, record, start, end): the source file, the record inside it
(a JSONL line, a CSV data row, a JSON array index and field) and code-point offsets into that
record's text. The labelled table keeps only references (and the text, for the anonymised
livecareer and Kaggle bullets), so the other sources' words never enter the repository.
"""
from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import zipfile
from functools import lru_cache
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
REAL_TEXT = Path(os.environ.get("SCANNABLE_SHARED_DATA", ROOT.parent / "shared" / "data")) / "real-text"

LIVECAREER = "livecareer_kaggle_resume_dataset/livecareer_resumes_pdftotext.jsonl"
KAGGLE = "kaggle_updated_resume_dataset/UpdatedResumeDataSet.csv"
VANETIK = "vanetik_vacancy_resume_matching/cv_text_derived.jsonl"
BRIGHTDATA = ("brightdata_linkedin_samples/profiles_by_url.json", "brightdata_linkedin_samples/profiles_by_name.json")
DOTIN = ("dotin_resume_ner/545_cvs_train_v2.zip", "dotin_resume_ner/set_aside_test_v2_50cvs.zip")
# Only these sources are anonymised ("Company Name"): their sentences may be quoted in the repository.
QUOTABLE = (LIVECAREER, KAGGLE)


def table_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a labelled table: tab-separated, a header line, "#" lines are comments."""
    lines = [line for line in path.read_text("utf-8").split("\n") if line and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def _jsonl(path: str) -> dict[str, str]:
    with open(REAL_TEXT / path, encoding="utf-8") as f:
        return {str(n): json.loads(line)["text"] for n, line in enumerate(f, 1) if line.strip()}


def _kaggle() -> dict[str, str]:
    csv.field_size_limit(1 << 30)
    with open(REAL_TEXT / KAGGLE, encoding="utf-8", errors="replace", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        return {str(n): row[1] for n, row in enumerate(rows, 1)}


def _positions(path: str) -> dict[str, str]:
    with open(REAL_TEXT / path, encoding="utf-8", errors="replace", newline="") as f:
        return {str(n): row.get("Description") or "" for n, row in enumerate(csv.DictReader(f), 1)}


def _brightdata(path: str) -> dict[str, str]:
    records = {}
    for n, profile in enumerate(json.loads((REAL_TEXT / path).read_text("utf-8"))):
        if profile.get("about"):
            records[f"{n}.about"] = profile["about"]
        for m, role in enumerate(profile.get("experience") or []):
            if role.get("description"):
                records[f"{n}.experience.{m}"] = role["description"]
    return records


# dotin's CVs are XML with inline NER labels: <label type="Designation">HR Consultant</label>.
_DOTIN_MARKUP = regex.compile(r"<\?xml[^>]*\?>\s*|</?cv>\s*|</?label[^>]*>")


def _dotin(path: str) -> dict[str, str]:
    """Each CV of a dotin zip by its member name, NER labels stripped. The Indeed CVs keep their lines; the
    Kaggle ones are one long line in which a double space stands for a line break (wrapped ones included)."""
    with zipfile.ZipFile(REAL_TEXT / path) as z:
        return {name: html.unescape(_DOTIN_MARKUP.sub("", z.read(name).decode("utf-8", "replace"))).strip()
                for name in sorted(z.namelist()) if name.endswith(".xml") and not name.startswith("__MACOSX")}


def available() -> bool:
    return (REAL_TEXT / LIVECAREER).exists()


@lru_cache(maxsize=None)
def records(source: str) -> dict[str, str]:
    """Every record of one source, by its record key (empty where the file is absent)."""
    if not (REAL_TEXT / source).exists():
        return {}
    if source == KAGGLE:
        return _kaggle()
    if source.endswith("Positions.csv"):
        return _positions(source)
    if source in BRIGHTDATA:
        return _brightdata(source)
    if source in DOTIN:
        return _dotin(source)
    return _jsonl(source)


def all_sources() -> list[str]:
    exports = sorted(str(p.relative_to(REAL_TEXT)) for p in (REAL_TEXT / "linkedin_data_exports").glob("*/Positions.csv"))
    return [LIVECAREER, KAGGLE, VANETIK, *BRIGHTDATA, *DOTIN, *exports]


# pdftotext hard-wraps lines near the page width: a line this long usually continues on the next one.
WRAPPED = 110
# A sentence ends at . ! ? before a capital (or a bullet), not inside "4.2" or "U.S.".
_SENTENCE_END = regex.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z•●▪\-])")
_BULLETS = regex.compile(r"[•●▪]|â€¢|â¢")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a record: wrapped lines joined, bullets and sentence ends split."""
    spans: list[tuple[int, int]] = []
    pos = 0
    lines = text.split("\n")
    start, length = 0, 0
    pieces: list[tuple[int, int]] = []
    for n, line in enumerate(lines):
        if length == 0:
            start = pos
        length += len(line) + 1
        pos += len(line) + 1
        nxt = lines[n + 1] if n + 1 < len(lines) else ""
        if len(line) >= WRAPPED and nxt.strip():
            continue
        pieces.append((start, start + length - 1))
        length = 0
    for a, b in pieces:
        chunk = text[a:b]
        cuts = [a]
        for m in _SENTENCE_END.finditer(chunk):
            cuts.append(a + m.end())
        for m in _BULLETS.finditer(chunk):
            cuts.append(a + m.start())
        cuts = sorted(set(cuts)) + [b]
        for s, e in zip(cuts, cuts[1:]):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e - s >= 3:
                spans.append((s, e))
    return spans


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def resolve(source: str, record: str, start: int, end: int, sha: str) -> str | None:
    """The sentence a reference points to, or None when the file is absent or has changed."""
    text = records(source).get(record)
    if text is None:
        return None
    sentence = text[start:end]
    return sentence if digest(sentence) == sha else None
