"""The benchmark harness itself works: one tiny iteration of every part, well-formed results.

No time is asserted here (figures from a one-round run mean nothing): this only keeps `make bench`
from rotting silently. The service part does check that every request it sent was answered.
"""
from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from bench import report
from bench.__main__ import PARTS
from tests.conftest import ROOT


def test_quick_run_measures_every_part_and_writes_json(tmp_path):
    out, docs = tmp_path / "latest.json", tmp_path / "BENCHMARKS.md"
    run = subprocess.run([sys.executable, "-m", "bench", "--quick", "--json", str(out), "--docs", str(docs)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    results = json.loads(out.read_text("utf-8"))
    assert set(results["parts"]) == set(PARTS)
    for name, part in results["parts"].items():
        assert part["status"] in ("ok", "skipped"), (name, part)
        if part["status"] == "skipped":
            assert part["reason"]

    floor = results["parts"]["floor"]["rows"][0]
    assert floor["annotations"] > 0 and floor["annotate_ms"] > 0 and floor["lxml_parse_ms"] > 0
    assert floor["ratio"] == pytest.approx(floor["annotate_ms"] / floor["lxml_parse_ms"], rel=0.01)
    scale = results["parts"]["scale"]
    assert [r["bytes"] for r in scale["rows"]] == sorted(r["bytes"] for r in scale["rows"])
    assert math.isfinite(scale["exponent"])
    load = results["parts"]["load"]
    assert load["first_reply_correct"] and load["errors"] == 0
    assert load["runs"][0]["requests"] > 0 and all(load["rss_mb"]["end"].values())

    assert "Goals" in run.stdout and "floor" in run.stdout
    text = docs.read_text("utf-8")
    assert text.startswith("# Benchmarks") and "| part | figure | measured | goal | met |" in text


def test_tables_align_and_escape():
    text = report.table(["a", "bb"], [[1.5, None], ["x|y", True]], markdown=True)
    assert text.splitlines() == ["| a | bb |", "| --- | --- |", "| 1.5 | - |", "| x\\|y | yes |"]
    plain = report.table(["a", "bb"], [[10, False]]).splitlines()
    assert plain[0].startswith("a ") and plain[2].split() == ["10", "NO"]
