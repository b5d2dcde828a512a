"""`make fuzz`: schemathesis over HTTP against a real gunicorn on a free loopback port, from its own
/openapi.json, with every check and 10,000 generated requests to POST /v1/annotate (SCANNABLE_FUZZ_EXAMPLES).

Exits non-zero on any failure (a 5xx, an answer outside the contract); prints schemathesis's summary.
Bounded: loopback only, a fixed number of examples, and a time limit.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.conftest import LiveServer

EXAMPLES = int(os.environ.get("SCANNABLE_FUZZ_EXAMPLES", "10000"))
TIME_LIMIT = 3600   # seconds


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp), workers=2)
        try:
            st = Path(sys.executable).with_name("st")
            command = [str(st), "run", server.url + "/openapi.json", "--max-examples", str(EXAMPLES), "--checks", "all",
                       "--workers", "2", "--request-timeout", "60"]
            print("$", " ".join(command), flush=True)
            done = subprocess.run(command, cwd=tmp, timeout=TIME_LIMIT)
            logs = server.logs()
        finally:
            server.stop()
    requests = logs.count("POST /v1/annotate")
    errors = sum(1 for line in logs.splitlines() if '" 5' in line and "HTTP/1.1" in line)
    print(f"gunicorn served {requests} POST /v1/annotate requests; {errors} answered 5xx; "
          f"worker boots: {logs.count('Booting worker')} (2 expected: none died)")
    return done.returncode or (1 if errors else 0)


if __name__ == "__main__":
    sys.exit(main())
