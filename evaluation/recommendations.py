"""How well the finder tells specific recommendations from generic praise, on hand-labelled real texts.

The table is tests/extractors/recommendation_examples.tsv (its header says how it was labelled): rows of the
real LinkedIn exports' Recommendations_Received.csv, read in place from ../shared/data and checked by sha.
"""
from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from evaluation import sources
from extractors.finders.recommendations import is_specific

TABLE = sources.ROOT / "tests" / "extractors" / "recommendation_examples.tsv"
DATA = sources.REAL_TEXT.parent


def _text(source: str, row: int) -> str | None:
    path = DATA / source
    if not path.exists():
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")     # one real export is Windows-1252
    rows = list(csv.DictReader(io.StringIO(text)))
    return rows[row - 1].get("Text") if len(rows) >= row else None


def load(path: Path = TABLE) -> list[tuple[str, str | None, bool]]:
    """(reference, text or None when absent or changed, labelled specific)."""
    out = []
    for row in sources.table_rows(path):
        text = _text(row["source"], int(row["row"]))
        if text is not None and sources.digest(text) != row["sha"]:
            text = None
        out.append((f"{row['source']}:{row['row']}", text, row["specific"] == "1"))
    return out


def run(argv: list[str] | None = None) -> int:
    """Print accuracy, and precision and recall of "specific"."""
    args = argparse.ArgumentParser(prog="python -m evaluation.recommendations", description=__doc__.split("\n")[0])
    args.add_argument("--errors", action="store_true", help="list the references the finder gets wrong")
    opts = args.parse_args(argv)
    examples = [(ref, text, label) for ref, text, label in load() if text is not None]
    print(f"Recommendations, specific or generic: {len(examples)} labelled real texts "
          f"({sum(label for *_, label in examples)} specific)")
    if not examples:
        return 0
    tp = fp = fn = right = 0
    for ref, text, label in examples:
        said = is_specific(text)
        right += said == label
        tp += said and label
        fp += said and not label
        fn += label and not said
        if opts.errors and said != label:
            print(f"  {ref}: labelled {'specific' if label else 'generic'}, found {'specific' if said else 'generic'}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"  accuracy {right / len(examples):.3f} ({right}/{len(examples)}); specific: precision {precision:.3f}, "
          f"recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(run())
