"""Service settings: defaults, overridable by SCANNABLE_* environment variables or create_app(config)."""
from __future__ import annotations

import os

DEFAULTS = {
    "SCANNABLE_MAX_BYTES": 5 * 1024 * 1024,   # request bodies larger than this get 413, unread
}


def from_environment(environ=os.environ) -> dict:
    out = {}
    if (raw := environ.get("SCANNABLE_MAX_BYTES")):
        out["SCANNABLE_MAX_BYTES"] = int(raw)
    return out
