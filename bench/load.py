"""The service under load: gunicorn with 2 workers on 127.0.0.1, the real captures posted for a bounded time.

Per concurrency level: requests/s, p50/p99 latency, errors; each worker's RSS before and after; and the
service's overhead over in-process annotate (an HTTP round trip and an in-process call timed turn about).
The load generator is Debian's `wrk` with bench/wrk_post.lua where it is installed (a C client leaves the
2 cores to the workers), else a Python client. Goal: 0 errors, memory flat, >= 100 requests/s on the
~600 KB capture. Requests/s is also given as a share of the in-process ceiling (workers / in-process
annotate time of the same page, timed just before and just after each level), which load on the machine
affects far less than the absolute figure.
"""
from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import extractors

from .pages import ROOT, URL, Page
from .timing import interleaved, median, ms, progress, ratio

WORKERS = 2
GOAL_RPS = 100.0
MEMORY_GROWTH = 0.10   # "flat": each worker ends within 10% of its RSS after warm-up
LUA = Path(__file__).with_name("wrk_post.lua")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """gunicorn serving the app on a free local port, as `make run` does (without the access log)."""

    def __init__(self, workers: int = WORKERS, app: str = "server:create_app()", env: dict | None = None):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.NamedTemporaryFile(prefix="scannable-bench-gunicorn-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
             "--no-control-socket", "--error-logfile", "-", app],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if self.request("GET", "/healthz")[0] == 200 and len(self.workers()) == workers:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("gunicorn did not start: " + Path(self.log.name).read_text(errors="replace")[-2000:])

    def request(self, method: str, path: str, body: bytes | None = None, conn=None) -> tuple[int, bytes]:
        own = conn is None
        conn = conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            if own:
                conn.close()

    def workers(self) -> list[int]:
        try:
            text = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return sorted(int(p) for p in text.split())

    def rss_mb(self) -> dict[str, float]:
        out = {}
        for pid in self.workers():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        out[str(pid)] = round(int(line.split()[1]) / 1024, 1)
            except OSError:
                pass
        return out

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        os.unlink(self.log.name)


def body_for(page: Page) -> bytes:
    return json.dumps({"url": URL, "html": page.text}).encode("utf-8")


def wrk_run(service: Service, bodies: list[Path], concurrency: int, seconds: float) -> dict:
    env = {**os.environ, "SCANNABLE_BENCH_BODIES": ";".join(str(b) for b in bodies)}
    out = subprocess.run(
        ["wrk", "-t1", f"-c{concurrency}", f"-d{max(1, round(seconds))}s", "--timeout", "30s", "-s", str(LUA),
         f"http://127.0.0.1:{service.port}"],
        env=env, capture_output=True, text=True, timeout=seconds + 60)
    line = next((l for l in reversed(out.stdout.splitlines()) if l.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no summary: {out.stdout[-500:]} {out.stderr[-500:]}")
    r = json.loads(line)
    secs = r["duration_us"] / 1e6
    errors = r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["status_errors"] + r["timeouts"]
    return {"requests": r["requests"], "seconds": round(secs, 2), "rps": round(r["requests"] / secs, 1),
            "p50_ms": round(r["p50_us"] / 1e3, 1), "p99_ms": round(r["p99_us"] / 1e3, 1),
            "max_ms": round(r["max_us"] / 1e3, 1), "errors": errors,
            "error_kinds": {k: r[k] for k in ("connect_errors", "read_errors", "write_errors", "status_errors",
                                              "timeouts") if r[k]}}


def python_run(service: Service, bodies: list[bytes], concurrency: int, seconds: float) -> dict:
    """A bounded threaded client, for machines without wrk (it shares the CPU with the service)."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", service.port, timeout=60)
        turn = k
        while time.perf_counter() < deadline:
            body = bodies[turn % len(bodies)]
            turn += 1
            t0 = time.perf_counter()
            try:
                status, _ = service.request("POST", "/v1/annotate", body, conn)
                ok = status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
            took = time.perf_counter() - t0
            with lock:
                latencies.append(took)
                errors[0] += not ok
        conn.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    secs = time.perf_counter() - start
    qs = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {"requests": len(latencies), "seconds": round(secs, 2), "rps": round(len(latencies) / secs, 1),
            "p50_ms": round(median(latencies) * 1e3, 1), "p99_ms": round(qs[98] * 1e3, 1),
            "max_ms": round(max(latencies) * 1e3, 1), "errors": errors[0]}


def overhead(service: Service, page: Page, rounds: int) -> dict:
    """One HTTP round trip and one in-process annotate of the same page, turn about."""
    body, html = body_for(page), page.text
    conn = http.client.HTTPConnection("127.0.0.1", service.port, timeout=60)
    statuses = []
    times = interleaved({
        "http": lambda: statuses.append(service.request("POST", "/v1/annotate", body, conn)[0]),
        "in_process": lambda: extractors.annotate(html, URL),
    }, rounds)
    conn.close()
    h, p = median(times["http"]), median(times["in_process"])
    return {"page": page.label, "kb": page.kb, "http_ms": ms(h), "in_process_ms": ms(p),
            "ratio": round(ratio(h, p), 2), "errors": sum(s != 200 for s in statuses)}


def run(pages: list[Page], levels: tuple[int, ...] = (1, 2, 4, 8), seconds: float = 6.0, rounds: int = 10,
        warmup: float = 4.0) -> dict:
    """`pages[0]` is the one the goal is about; the last level is repeated with every page in rotation."""
    target = pages[0]
    use_wrk = shutil.which("wrk") is not None
    tmp = tempfile.mkdtemp(prefix="scannable-bench-")
    paths = []
    for n, page in enumerate(pages):
        path = Path(tmp) / f"body-{n}.json"
        path.write_bytes(body_for(page))
        paths.append(path)
    progress(f"load: starting gunicorn with {WORKERS} workers; client: {'wrk' if use_wrk else 'python'}")
    service = Service()
    try:
        rss = {"boot": service.rss_mb()}
        expected = extractors.annotate(target.text, URL)["total"]
        status, reply = service.request("POST", "/v1/annotate", paths[0].read_bytes())
        correct = status == 200 and json.loads(reply)["total"] == expected
        # Warm-up, every page in turn, long enough for each worker to read each page a few times: the
        # memory a worker takes for its first pages is not growth.
        warm = wrk_run if use_wrk else python_run
        warm(service, paths if use_wrk else [p.read_bytes() for p in paths], 2 * WORKERS, warmup)
        rss["after_warmup"] = service.rss_mb()
        progress(f"load: service overhead over in-process annotate, {rounds} interleaved rounds per page")
        overheads = [overhead(service, page, rounds) for page in pages]
        target_html = target.text

        def in_process_times(n: int = 3) -> list[float]:
            return interleaved({"annotate": lambda: extractors.annotate(target_html, URL)}, n, warmup=0)["annotate"]

        runs = []
        plan = [(c, [0]) for c in levels]   # (concurrency, which pages)
        if len(pages) > 1:
            plan.append((levels[-1], list(range(len(pages)))))
        for concurrency, which in plan:
            label = target.label if which == [0] else "all pages in rotation"
            progress(f"load: {label}, concurrency {concurrency}, {seconds:.0f} s")
            reference = in_process_times()
            if use_wrk:
                r = wrk_run(service, [paths[i] for i in which], concurrency, seconds)
            else:
                r = python_run(service, [paths[i].read_bytes() for i in which], concurrency, seconds)
            reference += in_process_times()
            ceiling = WORKERS / median(reference)
            r.update({"pages": label, "concurrency": concurrency, "in_process_ms": ms(median(reference)),
                      "ceiling_rps": round(ceiling, 1),
                      "of_ceiling": round(r["rps"] / ceiling, 2) if which == [0] else None})
            rss[f"after c={concurrency} {'target' if which == [0] else 'mixed'}"] = service.rss_mb()
            runs.append(r)
        rss["end"] = service.rss_mb()
    finally:
        service.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    start, end = rss["after_warmup"], rss["end"]
    growth = {pid: round(end[pid] / start[pid] - 1, 3) for pid in start if pid in end}
    restarted = sorted(set(start) ^ set(end))
    errors = sum(r["errors"] for r in runs) + sum(o["errors"] for o in overheads) + (not correct)
    best = max((r["rps"] for r in runs if r["pages"] == target.label), default=0.0)
    flat = not restarted and all(g <= MEMORY_GROWTH for g in growth.values())
    return {
        "status": "ok", "client": "wrk" if use_wrk else "python", "workers": WORKERS, "seconds_per_level": seconds,
        "target": {"page": target.label, "kb": target.kb}, "first_reply_correct": correct,
        "overhead": overheads, "runs": runs,
        "rss_mb": rss, "rss_growth": growth, "workers_restarted": restarted,
        "errors": errors, "best_rps": best, "memory_flat": flat,
        "goal": f"0 errors, memory flat (<= {MEMORY_GROWTH:.0%} growth), >= {GOAL_RPS:.0f} req/s on {target.label}",
        "met": errors == 0 and flat and best >= GOAL_RPS,
    }
