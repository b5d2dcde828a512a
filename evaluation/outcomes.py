"""Accuracy of the outcome and scope finder on hand-labelled real text, beside quantulum3.

The table is tests/extractors/outcome_examples.tsv (its header says how it was labelled). Each
labelled magnitude is located in its sentence; a finding matches it when the kinds agree and the
number the finding is about (its magnitude: "27%"; for "from A to B" the whole "A to B") overlaps the
labelled magnitude, each side matching at most once. The quote around the number (verb to magnitude)
is not scored here; tests/extractors/test_outcomes.py pins quotes down on examples. Precision, recall and
F1 are printed per split: dev (tuned on), old-heldout, heldout-45, heldout, heldout-7 and heldout-8 (each held out
and read blind, then tuned on: no longer blind; heldout-8 is the first from another source, dotin's CVs), heldout-9
(the newest: read blind in the third session, tuned on in the fourth) and all of them. Every split here has now been
tuned on; the fourth session's blind readings were made on batches kept outside the repository (README, "Accuracy").
A next blind batch that may be stored here joins SPLITS when the lead merges it, after reading it.

quantulum3, the baseline, has no notion of outcome or scope: each quantity it reports counts as
a claim of an outcome (for the outcome figures) and as a claim of scope (for the scope figures),
matched by the same overlap rule. This is what a caller who used it as an outcome finder would get.
"""
from __future__ import annotations

import argparse
import statistics
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import regex

from evaluation import sources
from extractors.finders.outcomes import find_quantities

TABLE = sources.ROOT / "tests" / "extractors" / "outcome_examples.tsv"
KINDS = ("outcome", "scope")
SPLITS = ("dev", "old-heldout", "heldout-45", "heldout", "heldout-7", "heldout-8", "heldout-9")
NEWEST = SPLITS[-1]   # the newest batch: read blind once, then tuned on (no split here is blind any more)


@dataclass
class Example:
    split: str
    source: str
    record: str
    start: int
    end: int
    sha: str
    gold: dict          # kind -> list of labelled literals
    text: str | None    # None when the source is absent here

    @property
    def ref(self) -> str:
        return f"{self.source}:{self.record}:{self.start}-{self.end}"


def _unescape(text: str) -> str:
    return regex.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), text)


def load(path: Path = TABLE) -> list[Example]:
    """The labelled table, with each sentence's text (quoted, or read from ../shared/data)."""
    examples = []
    for row in sources.table_rows(path):
        start, end = int(row["start"]), int(row["end"])
        text = _unescape(row["text"]) if row.get("text") else sources.resolve(row["source"], row["record"], start, end, row["sha"])
        gold = {"outcome": [] if row["outcomes"] == "-" else row["outcomes"].split("|"),
                "scope": [] if row["scope"] == "-" else row["scope"].split("|")}
        examples.append(Example(row["split"], row["source"], row["record"], start, end, row["sha"], gold, text))
    return examples


def locate(text: str, literal: str) -> tuple[int, int]:
    """Where a labelled literal sits: "100%@2" is the second "100%"; digits never match inside a longer number."""
    literal, _, nth = literal.partition("@")
    pattern = regex.compile(r"(?<![\d.,])" + regex.escape(literal) + r"(?![\d])", regex.IGNORECASE)
    hits = list(pattern.finditer(text))
    n = int(nth or 1)
    if len(hits) < n:
        raise ValueError(f"label {literal!r} (occurrence {n}) not found in {text!r}")
    return hits[n - 1].span()


def match(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> tuple[int, list, list]:
    """One-to-one overlap matching: true positives, unmatched gold, unmatched predictions."""
    used: set[int] = set()
    missed = []
    for g in gold:
        hit = next((i for i, p in enumerate(predicted) if i not in used and p[0] < g[1] and g[0] < p[1]), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    extra = [p for i, p in enumerate(predicted) if i not in used]
    return len(gold) - len(missed), missed, extra


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fn: int, fp: int) -> None:
        self.tp += tp
        self.fn += fn
        self.fp += fp

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ours(text: str) -> dict:
    found = {k: [] for k in KINDS}
    for q in find_quantities(text):
        found[q.kind].append((q.extra["mag_start"], q.extra["mag_end"]))
    return found


def quantulum(parser):
    def predict(text: str) -> dict:
        spans = [q.span for q in parser.parse(text)]
        return {k: list(spans) for k in KINDS}
    return predict


def load_quantulum():
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
            parser.parse("warm-up: grew revenue 27% to $4.2M")    # loads its unit tables (seconds)
        return parser
    except ImportError:
        return None


def evaluate(examples: list[Example], predict, errors_for: str | None = None) -> dict:
    tallies = {(split, kind): Tally() for split in (*SPLITS, "all") for kind in KINDS}
    for ex in examples:
        found = predict(ex.text)
        for kind in KINDS:
            gold = [locate(ex.text, lit) for lit in ex.gold[kind]]
            tp, missed, extra = match(gold, found[kind])
            for split in (ex.split, "all"):
                tallies[(split, kind)].add(tp, len(missed), len(extra))
            if errors_for == ex.split and (missed or extra):
                flat = " ".join(ex.text.split())
                print(f"  {kind:7} {ex.ref}\n    {flat[:300]}")
                for a, b in missed:
                    print(f"    missed: {ex.text[a:b]!r}")
                for a, b in extra:
                    print(f"    extra:  {' '.join(ex.text[a:b].split())!r}")
    return tallies


def _rows(name: str, tallies: dict) -> list[str]:
    out = []
    for split in (*SPLITS, "all"):
        for kind in KINDS:
            t = tallies[(split, kind)]
            p, r, f = t.prf()
            out.append(f"  {name:11} {split:11} {kind:8} {t.tp + t.fn:5} {t.tp:5} {t.fp:5} {t.fn:5}   {p:6.3f} {r:6.3f} {f:6.3f}")
    return out


def _per_sentence(predict, texts: list[str], rounds: int = 5) -> float:
    """Median over rounds of the mean time per sentence, in microseconds."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for text in texts:
            predict(text)
        times.append((time.perf_counter() - t0) / len(texts) * 1e6)
    return statistics.median(times)


def run(argv: list[str] | None = None) -> int:
    """Print precision, recall and F1 for outcomes and scope, ours and quantulum3's, per split."""
    args = argparse.ArgumentParser(prog="python -m evaluation.outcomes", description=__doc__.split("\n")[0])
    args.add_argument("--errors", choices=SPLITS, help="list the misses and extras of one split")
    args.add_argument("--no-baseline", action="store_true", help="skip quantulum3")
    opts = args.parse_args(argv)
    examples = load()
    usable = [ex for ex in examples if ex.text is not None]
    skipped = len(examples) - len(usable)
    print(f"Outcomes and scope: {len(usable)} labelled sentences "
          f"({', '.join(f'{sum(ex.split == s for ex in usable)} {s}' for s in SPLITS)})"
          + (f"; {skipped} skipped: their source is not in {sources.REAL_TEXT}" if skipped else ""))
    print(f"  {'tool':11} {'split':11} {'kind':8} {'gold':>5} {'tp':>5} {'fp':>5} {'fn':>5}   {'prec':>6} {'recall':>6} {'F1':>6}")
    for line in _rows("scannable", evaluate(usable, ours, opts.errors)):
        print(line)
    parser = None if opts.no_baseline else load_quantulum()
    if parser is not None:
        for line in _rows("quantulum3", evaluate(usable, quantulum(parser))):
            print(line)
        texts = [ex.text for ex in usable]
        a, b = _per_sentence(ours, texts), _per_sentence(quantulum(parser), texts, rounds=1)
        print(f"  time per sentence (mean over the set, median of runs): scannable {a:.0f} µs, "
              f"quantulum3 {b:.0f} µs ({b / a:.0f}x)")
    elif not opts.no_baseline:
        print("  quantulum3 is not installed: pip install -e '.[eval]' for the baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(run())
