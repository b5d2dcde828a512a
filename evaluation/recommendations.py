"""How well the finder tells specific recommendations from generic praise, on hand-labelled real texts.

The table is tests/extractors/recommendation_examples.tsv (its header says how each split was labelled): rows of
the real LinkedIn exports' Recommendations_Received.csv and received recommendations of the real captures, read
in place from ../shared/data and checked by sha, and those of the Bright Data profile samples. Figures are
printed per split (dev, heldout, heldout-2) and for all rows.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
from functools import lru_cache
from pathlib import Path

from evaluation import sources
from extractors import read_html
from extractors.finders.recommendations import is_specific
from extractors.text import decode

TABLE = sources.ROOT / "tests" / "extractors" / "recommendation_examples.tsv"
DATA = sources.REAL_TEXT.parent
PAGES = "linkedin-pages"


def page_key(page: Path) -> str:
    """A capture's name in the table: its layout and date, and a hash of its stem (the stems carry real names)."""
    return f"{PAGES}/{page.stem.split('_profile-')[0]}-{hashlib.sha1(page.stem.encode('utf-8')).hexdigest()[:8]}"


@lru_cache(maxsize=None)
def page_texts(key: str) -> tuple[str, ...]:
    """The received recommendations' texts of the capture named `key`, in page order, as its adapter reads them."""
    for page in sorted((DATA / PAGES).glob("*.html")):
        if page_key(page) == key:
            profile = read_html(decode(page.read_bytes()))
            return tuple(b.text for s in profile.sections_of("recommendations") for e in s.entries
                         for b in e.blocks if b.role == "recommendation" and b.text.strip())
    return ()


@lru_cache(maxsize=None)
def export_texts(source: str) -> tuple[str, ...]:
    """The Text column of an export's Recommendations_Received.csv, by data row."""
    path = DATA / source
    if not path.exists():
        return ()
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")     # one real export is Windows-1252
    return tuple(row.get("Text") or "" for row in csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=None)
def sample_texts(source: str) -> dict[str, str]:
    """The recommendations of a Bright Data profile sample, by "<profile>.<recommendation>" index: the words
    between the outer quotes, without the recommender's name that comes before them."""
    path = DATA / source
    if not path.exists():
        return {}
    out = {}
    for n, profile in enumerate(json.loads(path.read_text("utf-8"))):
        for m, item in enumerate(profile.get("recommendations") or []):
            start, end = item.find("“"), item.rfind("”")
            out[f"{n}.{m}"] = item[start + 1:end] if 0 <= start < end else item
    return out


def _text(source: str, row: str) -> str | None:
    if source.endswith(".json"):
        return sample_texts(source).get(row)
    texts = page_texts(source) if source.startswith(PAGES + "/") else export_texts(source)
    return texts[int(row) - 1] if 0 < int(row) <= len(texts) else None


def load(path: Path = TABLE) -> list[tuple[str, str | None, bool, str]]:
    """(reference, text or None when absent or changed, labelled specific, split)."""
    out = []
    for row in sources.table_rows(path):
        text = _text(row["source"], row["row"])
        if text is not None and sources.digest(text) != row["sha"]:
            text = None
        out.append((f"{row['source']}:{row['row']}", text, row["specific"] == "1", row.get("split") or "dev"))
    return out


def score(examples: list[tuple[str, str, bool]]) -> dict:
    """Confusion counts, accuracy, and precision and recall of "specific", for (reference, text, label) rows."""
    said = [(is_specific(text), label) for _, text, label in examples]
    tp = sum(s and l for s, l in said)
    fp = sum(s and not l for s, l in said)
    fn = sum(l and not s for s, l in said)
    tn = len(said) - tp - fp - fn
    return {"n": len(said), "specific": tp + fn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "accuracy": (tp + tn) / len(said) if said else 0.0,
            "precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0}


def run(argv: list[str] | None = None) -> int:
    """Print accuracy, and precision and recall of "specific", per split and for all rows."""
    args = argparse.ArgumentParser(prog="python -m evaluation.recommendations", description=__doc__.split("\n")[0])
    args.add_argument("--errors", action="store_true", help="list the references the finder gets wrong")
    args.add_argument("--split", help="only this split (dev, heldout, heldout-2)")
    opts = args.parse_args(argv)
    rows = [r for r in load() if r[1] is not None and (not opts.split or r[3] == opts.split)]
    missing = sum(1 for r in load() if r[1] is None)
    print(f"Recommendations, specific or generic: {len(rows)} labelled real texts "
          f"({sum(r[2] for r in rows)} specific)" + (f"; {missing} rows absent or changed here" if missing else ""))
    if not rows:
        return 0
    splits = sorted({r[3] for r in rows})
    for name in splits + (["all"] if len(splits) > 1 else []):
        part = [(ref, text, label) for ref, text, label, split in rows if name in ("all", split)]
        s = score(part)
        print(f"  {name:9} {s['n']:3} texts ({s['specific']} specific): accuracy {s['accuracy']:.3f}; "
              f"specific: precision {s['precision']:.3f}, recall {s['recall']:.3f} "
              f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']}, tn {s['tn']})")
    if opts.errors:
        for ref, text, label, split in rows:
            if is_specific(text) != label:
                print(f"  {split}: {ref}: labelled {'specific' if label else 'generic'}, "
                      f"found {'specific' if not label else 'generic'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(run())
