"""The results as a terminal table, as JSON (for comparing runs) and as docs/BENCHMARKS.md."""
from __future__ import annotations

import json
from pathlib import Path

from .timing import median


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return _num(value)
    return str(value)


def _num(value: float) -> str:
    """Three significant digits, without a trailing ".0": 222.275 -> "222", 14.436 -> "14.4", 0.7351 -> "0.735"."""
    if value != value:   # NaN
        return "n/a"
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.3g}"


def table(headers: list[str], rows: list[list], markdown: bool = False) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*headers), fmt.format(*("-" * w for w in widths)), *(fmt.format(*r) for r in cells)])


def goals(results: dict) -> list[list]:
    """One row per judged figure: part, figure, measured, goal, met."""
    parts = results["parts"]
    rows = []
    floor = parts.get("floor", {})
    for r in floor.get("rows", []):
        rows.append(["floor", f"annotate / lxml parse, {r['page']} ({r['kb']} KB)",
                     f"{_num(r['ratio'])}x ({_num(r['annotate_ms'])} / {_num(r['lxml_parse_ms'])} ms)", r["goal"], r["met"]])
    peer = parts.get("peer", {})
    if peer.get("status") == "ok":
        acc = peer["accuracy"]
        rows.append(["peer", f"speed vs quantulum3 ({peer['sentences']} sentences), interleaved sentence by sentence",
                     f"{_num(peer['speedup'])}x ({peer['scannable_us_per_sentence']:.0f} vs "
                     f"{peer['quantulum3_us_per_sentence']:.0f} us/sentence)", ">= 50x", peer["speedup"] >= 50])
        if "blocks" in peer:
            b = peer["blocks"]
            rows.append(["peer", "speed vs quantulum3, each tool over every sentence in turn",
                         f"{_num(b['speedup'])}x ({b['scannable_us_per_sentence']:.0f} vs "
                         f"{b['quantulum3_us_per_sentence']:.0f} us/sentence)", "(reported)", None])
        judged = peer.get("judged_on", "all/outcome")
        ours, theirs = acc["scannable"][judged]["f1"], acc["quantulum3"][judged]["f1"]
        everything = f"; all sentences {acc['scannable']['all/outcome']['f1']} vs {acc['quantulum3']['all/outcome']['f1']}"
        rows.append(["peer", f"outcome F1 ({judged.split('/')[0]} split), scannable vs quantulum3",
                     f"{ours} vs {theirs}" + (everything if judged != "all/outcome" else ""), "higher", ours > theirs])
    scale = parts.get("scale", {})
    if scale.get("status") == "ok":
        rows.append(["scale", f"time ~ bytes^k, {scale['rows'][0]['kb']:.0f} KB to {scale['rows'][-1]['kb']:.0f} KB",
                     f"k = {scale['exponent']} over the series, {scale.get('tail_exponent')} from "
                     f"{scale['rows'][-2]['kb']:.0f} to {scale['rows'][-1]['kb']:.0f} KB "
                     f"(lxml parse: {scale['lxml_exponent']})", "k <= 1.1", scale["met"]])
    load = parts.get("load", {})
    if load.get("status") == "ok":
        best = max((r for r in load["runs"] if r["pages"] == load["target"]["page"]), key=lambda r: r["rps"])
        rows.append(["load", f"req/s, {load['target']['page']} ({load['target']['kb']} KB), {load['workers']} workers",
                     f"{_num(best['rps'])} at c={best['concurrency']} ({_num(best['of_ceiling'])} of the in-process ceiling, "
                     f"{_num(best['ceiling_rps'])})", ">= 100", best["rps"] >= 100])
        rows.append(["load", "errors (all levels)", load["errors"], "0", load["errors"] == 0])
        growth = ", ".join(f"{g:+.1%}" for g in load["rss_growth"].values()) or "-"
        rows.append(["load", "worker RSS growth after warm-up", growth
                     + (f"; restarted: {load['workers_restarted']}" if load["workers_restarted"] else ""),
                     "flat (<= 10%)", load["memory_flat"]])
        o = load["overhead"][0]
        rows.append(["load", f"service / in-process annotate, {o['page']}",
                     f"{_num(o['ratio'])}x ({_num(o['http_ms'])} / {_num(o['in_process_ms'])} ms)", "(reported)", None])
    browser = parts.get("browser", {})
    if browser.get("status") == "ok":
        rows.append(["browser", f"response to highlights painted, {browser['page']} (median)",
                     f"{_num(browser['median_ms'])} ms ({_num(browser['ratio_to_page_load'])}x the browser's own "
                     f"load of the page, {_num(median(browser['page_load_ms']))} ms)", "< 300 ms", browser["met"]])
    for name, part in parts.items():
        if part.get("status") != "ok":
            rows.append([name, part.get("status", "?"), part.get("reason") or part.get("error"), "", None])
    return rows


def details(results: dict, markdown: bool = False) -> list[tuple[str, str]]:
    """(title, table) for each part that ran."""
    parts = results["parts"]
    out = []
    if parts.get("floor", {}).get("status") == "ok":
        rows = [[r["page"], r["kb"], r["annotations"], r["annotate_ms"], r["lxml_parse_ms"], r["ratio"],
                 *r["stages_ms"].values()] for r in parts["floor"]["rows"]]
        out.append((f"Floor: in-process annotate vs a bare lxml.html parse (median of {parts['floor']['repeats']} "
                    "interleaved rounds; stages in ms)",
                    table(["page", "KB", "items", "annotate ms", "lxml ms", "ratio", "parse", "adapter",
                           "findings", "serialise"], rows, markdown)))
    if parts.get("peer", {}).get("status") == "ok":
        p = parts["peer"]
        rows = []
        for tool, acc in p["accuracy"].items():
            for key, m in acc.items():
                rows.append([tool, key, m["gold"], m["tp"], m["fp"], m["fn"], m["precision"], m["recall"], m["f1"]])
        blocks = (f"; in blocks {p['blocks']['scannable_us_per_sentence']:.0f} vs "
                  f"{p['blocks']['quantulum3_us_per_sentence']:.0f}, {p['blocks']['speedup']}x" if "blocks" in p else "")
        how = ("Interleaved (judged): the tools take turns on each sentence, so each of our calls starts with the CPU's "
               "caches filled by quantulum3's, the cost under load. In blocks: each tool runs over every sentence in turn, "
               "its own caches warm, as in a process doing nothing else.\n\n" if "blocks" in p else "")
        out.append((f"Peer: outcome and scope finding vs quantulum3 on {p['sentences']} labelled sentences "
                    f"(evaluation/outcomes.py); interleaved {p['scannable_us_per_sentence']:.0f} vs "
                    f"{p['quantulum3_us_per_sentence']:.0f} us per sentence, {p['speedup']}x" + blocks,
                    how + table(["tool", "split/kind", "gold", "tp", "fp", "fn", "precision", "recall", "F1"], rows, markdown)))
    if parts.get("scale", {}).get("status") == "ok":
        s = parts["scale"]
        rows = [[r["kb"], r.get("text_chars"), r["annotations"], r["annotate_ms"], r["lxml_parse_ms"], r["us_per_kb"],
                 r["lxml_us_per_kb"], r["ratio"]] + (["capped by extractors/limits.py"] if r.get("capped") else [])
                for r in s["rows"]]
        rows = [r + [""] * (9 - len(r)) for r in rows]
        out.append((f"Scale: the sample profile's sections repeated; fitted exponent {s['exponent']}, "
                    f"{s.get('tail_exponent')} between the two largest (lxml {s['lxml_exponent']}), "
                    f"slope {s['slope_ms_per_mb']} ms per MB, "
                    f"per-KB spread {s['per_kb_spread']}x",
                    table(["KB", "text chars", "items", "annotate ms", "lxml ms", "us/KB", "lxml us/KB", "ratio", ""],
                          rows, markdown)))
    if parts.get("load", {}).get("status") == "ok":
        ld = parts["load"]
        rows = [[r["pages"], r["concurrency"], r["requests"], r["rps"], r["ceiling_rps"], r["of_ceiling"], r["p50_ms"],
                 r["p99_ms"], r["max_ms"], r["errors"]] for r in ld["runs"]]
        out.append((f"Load: gunicorn, {ld['workers']} workers, client {ld['client']}, {ld['seconds_per_level']:.0f} s "
                    f"a level; ceiling: {ld['workers']} / in-process annotate of {ld['target']['page']}, timed "
                    "around each level",
                    table(["pages", "conc.", "requests", "req/s", "ceiling", "of ceiling", "p50 ms", "p99 ms",
                           "max ms", "errors"], rows, markdown)))
        rows = [[o["page"], o["kb"], o["http_ms"], o["in_process_ms"], o["ratio"], o["errors"]] for o in ld["overhead"]]
        out.append(("Service overhead: one HTTP round trip vs one in-process annotate, interleaved (median ms)",
                    table(["page", "KB", "HTTP ms", "in-process ms", "ratio", "errors"], rows, markdown)))
        rows = [[stage, *(f"{pid}: {mb}" for pid, mb in rss.items())] for stage, rss in ld["rss_mb"].items()]
        width = max(len(r) for r in rows)
        out.append(("Worker RSS (MB, by pid)", table(["when", *[f"worker {i + 1}" for i in range(width - 1)]],
                                                     [r + [""] * (width - len(r)) for r in rows], markdown)))
    if parts.get("hotspots", {}).get("status") == "ok":
        h = parts["hotspots"]
        for key, title in (("annotate", f"annotate on {h['page']}"), ("outcome_sentences", "the outcome finder "
                                                                       "over the peer's sentences")):
            if h.get(key):
                rows = [[r["function"], r["calls_per_run"], f"{r['own_share']:.1%}", f"{r['cumulative_share']:.1%}"]
                        for r in h[key]]
                out.append((f"Hotspots: cProfile of {title}, by own time",
                            table(["function", "calls/run", "own", "cumulative"], rows, markdown)))
            if key == "annotate" and h.get("annotate_by_module"):
                rows = [[r["module"], f"{r['own_share']:.1%}"] for r in h["annotate_by_module"]]
                out.append((f"Hotspots: own time of annotate on {h['page']} by module",
                            table(["module", "own"], rows, markdown)))
    if parts.get("browser", {}).get("status") == "ok":
        b = parts["browser"]
        out.append((f"Browser: {b.get('description', '')}; overlay {b.get('overlay')}",
                    table(["load", "response to paint ms", "page's own load ms (DOMContentLoaded)"],
                          [[i + 1, v, r] for i, (v, r) in enumerate(zip(b["samples_ms"], b["page_load_ms"]))],
                          markdown)))
    return out


def headline(results: dict) -> dict[str, float]:
    """The judged figures of a run by name, for comparing two runs."""
    parts, out = results.get("parts", {}), {}
    for r in parts.get("floor", {}).get("rows", []):
        out[f"floor ratio, {r['page']}"] = r["ratio"]
    if parts.get("peer", {}).get("status") == "ok":
        out["peer speed-up"] = parts["peer"]["speedup"]
        out["peer outcome F1"] = parts["peer"]["accuracy"]["scannable"][parts["peer"].get("judged_on", "all/outcome")]["f1"]
    if parts.get("scale", {}).get("status") == "ok":
        out["scale exponent"] = parts["scale"]["exponent"]
        if "tail_exponent" in parts["scale"]:
            out["scale tail exponent"] = parts["scale"]["tail_exponent"]
    if parts.get("load", {}).get("status") == "ok":
        out["load best req/s"] = parts["load"]["best_rps"]
        out["load errors"] = parts["load"]["errors"]
    if parts.get("browser", {}).get("status") == "ok":
        out["browser median ms"] = parts["browser"]["median_ms"]
    return out


def comparison(previous: dict, results: dict) -> str | None:
    """The judged figures beside those of the previous run (bench-results/latest.json before this one)."""
    try:
        before = headline(previous)
    except (KeyError, TypeError, AttributeError):   # a run from an older harness: nothing to compare
        return None
    now = headline(results)
    rows = [[name, before[name], value] for name, value in now.items() if name in before]
    if not rows:
        return None
    return (f"Since the previous run ({previous.get('finished', '?')})\n"
            + table(["figure", "before", "now"], rows))


def terminal(results: dict, previous: dict | None = None) -> str:
    lines = [f"Scannable benchmarks, {results['finished']} ({results['seconds']:.0f} s)", ""]
    for title, body in details(results):
        lines += [title, body, ""]
    lines += ["Goals", table(["part", "figure", "measured", "goal", "met"], goals(results)), ""]
    if previous and (changes := comparison(previous, results)):
        lines += [changes, ""]
    m = results["machine"]
    lines.append(f"Machine: {m['nproc']} x {m['cpu']}, Python {m['python']}, lxml {m['lxml']} (libxml2 {m['libxml2']}), "
                 f"load average {m['load_average']} at start, {results['load_average_end']} at end")
    return "\n".join(lines)


def markdown(results: dict) -> str:
    m = results["machine"]
    lines = [
        "# Benchmarks",
        "",
        "What `make bench` measured last (written by `bench/report.py`; the same data is in "
        "`bench-results/latest.json`, which is not committed). Every speed figure is judged as a ratio "
        "against a reference timed in the same run, turn about, medians over repeats: the machine is shared "
        "and noisy, so absolute milliseconds are printed but not judged, except the service's requests/s, "
        "whose goal is absolute. Benchmarks never run in `make test`; `tests/test_bench.py` only checks that "
        "the harness runs and writes well-formed results.",
        "",
        f"- command: `{results['command']}`",
        f"- finished: {results['finished']} ({results['seconds']:.0f} s)",
        f"- machine: {m['nproc']} cores, {m['cpu']}, {m['memory_gb']} GB, {m['os']}; load average "
        f"{m['load_average']} at start, {results['load_average_end']} at end",
        f"- software: Python {m['python']}, lxml {m['lxml']} (libxml2 {m['libxml2']}), regex {m['regex']}, "
        f"gunicorn {m['gunicorn']}, quantulum3 {m['quantulum3'] or 'not installed'}, wrk {m['wrk'] or 'not installed'}",
        "",
        "## Goals",
        "",
        table(["part", "figure", "measured", "goal", "met"], goals(results), markdown=True),
        "",
    ]
    for title, body in details(results, markdown=True):
        lines += [f"**{title}**", "", body, ""]
    if results.get("notes"):
        lines += ["## Notes", "", *results["notes"], ""]
    return "\n".join(lines)


def write(results: dict, json_path: Path | None, docs_path: Path | None) -> None:
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    if docs_path:
        docs_path.parent.mkdir(parents=True, exist_ok=True)
        docs_path.write_text(markdown(results), "utf-8")
