"""`make load`: 10,000 requests at concurrency 32 against gunicorn (2 sync workers) on a free loopback port.

Counts errors (a request that fails, or answers other than its expected status), samples each worker's
memory (RSS) as the run goes, and half-way through kills one worker with SIGKILL: gunicorn must boot a
replacement and the requests after it must be served. A request cut off by the kill is retried once
(the API is stateless, so a retry is safe) and reported as such. Exits non-zero when a bar is missed.
Bounded: loopback only, a fixed count of requests, and a time limit.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from tests.conftest import SAMPLE_PROFILE, LiveServer

TOTAL = int(os.environ.get("SCANNABLE_LOAD_REQUESTS", "10000"))
CONCURRENCY = 32
WARM_UP = 400                # requests before the memory baseline (imports, caches, first allocations)
TIME_LIMIT = 1200            # seconds for the whole run
MEMORY_GROWTH_LIMIT = 0.10   # a worker may end at most 10% above its warmed-up size

SAMPLE = json.dumps({"url": "https://www.linkedin.com/in/maya-okafor-sample/",
                     "html": SAMPLE_PROFILE.read_text("utf-8")})
# (body, content type, expected status): real work, short work, and bad requests, in a fixed rotation.
MIX = [
    (SAMPLE, "application/json", 200),
    (json.dumps({"text": "Product Manager\nGrew self-serve ARR 40% to $11M in 18 months\nPMP, CSPO"}), "application/json", 200),
    (json.dumps({"html": "<h1>A Person</h1><h2>Experience</h2><p>Cut churn from 9% to 4% in a year</p>"}), "application/json", 200),
    ('{"html": ', "application/json", 400),
    (json.dumps({"html": 1}), "application/json", 422),
    ("<p>x</p>", "text/html", 415),
    (json.dumps({"html": "<div>" * 3000}), "application/json", 422),
]


def workers_of(master: int) -> list[int]:
    path = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in path.read_text().split()] if path.exists() else []


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        return None
    return None


class Run:
    def __init__(self, url: str, master: int | None = None):
        self.url = url + "/v1/annotate"
        self.master = master
        self.samples: list[str] = []
        self.local = threading.local()
        self.lock = threading.Lock()
        self.done = self.errors = self.retried = 0
        self.after_kill = 0
        self.killed_at: float | None = None
        self.failures: list[str] = []

    def session(self) -> requests.Session:
        if not hasattr(self.local, "session"):
            self.local.session = requests.Session()
        return self.local.session

    def one(self, n: int) -> None:
        body, content_type, expected = MIX[n % len(MIX)]
        status, retried = None, False
        for attempt in (1, 2):
            try:
                status = self.session().post(self.url, data=body.encode(), headers={"Content-Type": content_type},
                                             timeout=120).status_code
                break
            except requests.RequestException as err:
                if attempt == 2:
                    status = type(err).__name__
                retried = True
        with self.lock:
            self.done += 1
            self.retried += retried
            if self.master and self.done % 2000 == 0:   # every worker's memory, by requests completed
                self.samples.append(f"{self.done}: " + ", ".join(f"{pid}: {rss_mb(pid) or 0:.1f}"
                                                                  for pid in workers_of(self.master)))
            if status != expected:
                self.errors += 1
                if len(self.failures) < 10:
                    self.failures.append(f"request {n}: expected {expected}, got {status}")
            elif self.killed_at is not None:
                self.after_kill += 1


def main() -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp), workers=2)
        try:
            return drive(server, started)
        finally:
            server.stop()


def drive(server: LiveServer, started: float) -> int:
    master = server.proc.pid
    warm = Run(server.url)
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(warm.one, range(WARM_UP)))
    first = workers_of(master)
    baseline = {pid: rss_mb(pid) for pid in first}
    print(f"gunicorn master {master}, workers {first}; after {WARM_UP} warm-up requests, RSS MB: "
          + ", ".join(f"{pid}: {mb:.1f}" for pid, mb in baseline.items()), flush=True)

    run = Run(server.url, master)
    victim = first[0]
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        futures = []
        for n in range(TOTAL):
            if time.monotonic() - started > TIME_LIMIT:
                print(f"time limit reached after {n} requests were queued", flush=True)
                break
            futures.append(pool.submit(run.one, n))
            if n == TOTAL // 2:
                while run.done < TOTAL // 2 - CONCURRENCY and time.monotonic() - started < TIME_LIMIT:
                    time.sleep(0.05)   # kill while requests are in flight, half-way through
                os.kill(victim, signal.SIGKILL)
                run.killed_at = time.monotonic()
                print(f"killed worker {victim} with SIGKILL after {run.done} requests", flush=True)
        for future in futures:
            future.result()
    elapsed = time.monotonic() - started
    final = workers_of(master)
    replacement = [pid for pid in final if pid not in first]
    survivor = next(pid for pid in first if pid != victim)
    end = {pid: rss_mb(pid) for pid in final}
    growth = (end[survivor] - baseline[survivor]) / baseline[survivor]
    logs = server.logs()

    print(f"requests: {run.done} at concurrency {CONCURRENCY} in {elapsed:.0f} s ({run.done / elapsed:.0f}/s)")
    print(f"errors: {run.errors} (requests retried once after a connection cut by the kill: {run.retried})")
    for failure in run.failures:
        print("  ", failure)
    print("worker RSS MB every 2,000 requests: " + " | ".join(run.samples))
    print(f"surviving worker {survivor}: {baseline[survivor]:.1f} MB after warm-up -> {end[survivor]:.1f} MB "
          f"at the end ({growth:+.1%})")
    print(f"killed worker {victim}; replaced by {replacement} (gunicorn log: "
          f"{logs.count('Booting worker')} worker boots); {run.after_kill} requests served after the kill")
    ok = (run.errors == 0 and run.done == TOTAL and len(replacement) == 1 and run.after_kill > 0
          and growth <= MEMORY_GROWTH_LIMIT)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
