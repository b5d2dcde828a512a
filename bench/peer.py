"""Against the peer: outcome extraction per sentence versus quantulum3 on the same labelled sentences.

The sentences, the matching rule and the scoring are evaluation/outcomes.py's (`make eval`): this part
adds the timing, after quantulum3's warm-up (it loads its unit tables on first use), in two ways:
interleaved sentence by sentence, so that load falls on both tools (the judged figure: each of our calls
runs with caches quantulum3 has just filled, the "under load" cost), and in blocks, each tool over every
sentence in turn (its caches warm, as a service doing nothing else runs it). Goal: >= 50x faster,
interleaved, with a higher outcome F1.
"""
from __future__ import annotations

import gc
import time
from contextlib import contextmanager

from .timing import median, progress

GOAL_SPEEDUP = 50.0


def _prf(tallies: dict, split: str, kind: str) -> dict:
    t = tallies[(split, kind)]
    p, r, f = t.prf()
    return {"gold": t.tp + t.fn, "tp": t.tp, "fp": t.fp, "fn": t.fn,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


@contextmanager
def _collector_restored():
    """Leave the garbage collector as it was found, whatever the timing loop switched on or off."""
    was_enabled = gc.isenabled()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def per_sentence(tools: dict, texts: list[str], rounds: int) -> dict[str, list[float]]:
    """Mean seconds per sentence of each tool, one value a round; the tools alternate on every sentence.

    The garbage collector is off while a round is timed and run between rounds, as timeit does: interleaved,
    one tool's allocations would otherwise trigger collections that the other's calls pay for.
    """
    clock = time.perf_counter
    out = {name: [] for name in tools}
    names = list(tools)
    with _collector_restored():
        for r in range(rounds):
            gc.collect()
            gc.disable()
            spent = dict.fromkeys(names, 0.0)
            for i, text in enumerate(texts):
                for name in (names if (r + i) % 2 == 0 else names[::-1]):
                    t0 = clock()
                    tools[name](text)
                    spent[name] += clock() - t0
            gc.enable()
            for name in names:
                out[name].append(spent[name] / len(texts))
    return out


def in_blocks(tools: dict, texts: list[str], rounds: int) -> dict[str, list[float]]:
    """Mean seconds per sentence of each tool, one value a round; each tool runs over every sentence in turn, the
    order of the tools reversed every other round. The garbage collector is off while a tool's block is timed."""
    clock = time.perf_counter
    out = {name: [] for name in tools}
    names = list(tools)
    with _collector_restored():
        for r in range(rounds):
            for name in (names if r % 2 == 0 else names[::-1]):
                fn = tools[name]
                gc.collect()
                gc.disable()
                t0 = clock()
                for text in texts:
                    fn(text)
                out[name].append((clock() - t0) / len(texts))
                gc.enable()
    return out


def run(rounds: int = 3, limit: int | None = None) -> dict:
    try:
        from evaluation import outcomes as ev
    except ImportError as exc:
        return {"status": "skipped", "reason": f"evaluation/outcomes.py is not importable here ({exc})"}
    examples = [ex for ex in ev.load() if ex.text is not None][:limit]
    if not examples:
        return {"status": "skipped", "reason": "no labelled sentence is readable here (../shared/data/real-text absent)"}
    progress("peer: loading quantulum3 (its warm-up loads unit tables)")
    parser = ev.load_quantulum()
    if parser is None:
        return {"status": "skipped", "reason": "quantulum3 is not installed (pip install -e '.[eval]')"}
    tools = {"scannable": ev.ours, "quantulum3": ev.quantulum(parser)}
    progress(f"peer: precision and recall of both tools on {len(examples)} labelled sentences")
    accuracy = {}
    for name, predict in tools.items():
        tallies = ev.evaluate(examples, predict)
        accuracy[name] = {f"{split}/{kind}": _prf(tallies, split, kind)
                          for split in ("all", ev.NEWEST) for kind in ev.KINDS}
    texts = [ex.text for ex in examples]
    progress(f"peer: timing, {rounds} rounds, the tools alternating on each of {len(texts)} sentences")
    times = per_sentence(tools, texts, rounds)
    ours, theirs = median(times["scannable"]), median(times["quantulum3"])
    speedup = theirs / ours if ours else float("nan")
    progress(f"peer: timing, {rounds} rounds, each tool over the {len(texts)} sentences in turn")
    blocks = in_blocks(tools, texts, rounds)
    ours_b, theirs_b = median(blocks["scannable"]), median(blocks["quantulum3"])
    # Judged on the newest split: labelled blind and read once, tuned on since (README "Accuracy" has the blind readings).
    newest = f"{ev.NEWEST}/outcome"
    judged = newest if accuracy["scannable"][newest]["gold"] else "all/outcome"
    f1_ours = accuracy["scannable"][judged]["f1"]
    f1_theirs = accuracy["quantulum3"][judged]["f1"]
    return {
        "status": "ok", "sentences": len(texts), "rounds": rounds,
        "scannable_us_per_sentence": round(ours * 1e6, 1), "quantulum3_us_per_sentence": round(theirs * 1e6, 1),
        "speedup": round(speedup, 1), "accuracy": accuracy, "judged_on": judged,
        "blocks": {"scannable_us_per_sentence": round(ours_b * 1e6, 1), "quantulum3_us_per_sentence": round(theirs_b * 1e6, 1),
                   "speedup": round(theirs_b / ours_b, 1) if ours_b else float("nan")},
        "goal": f">= {GOAL_SPEEDUP:.0f}x faster than quantulum3 with a higher outcome F1 ({judged})",
        "met": speedup >= GOAL_SPEEDUP and f1_ours > f1_theirs,
    }
