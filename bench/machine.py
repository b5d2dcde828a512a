"""The machine a run was measured on: what a reader needs to weigh its absolute figures."""
from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata

import lxml.etree


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _cpu_model() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _wrk() -> str | None:
    try:
        out = subprocess.run(["wrk", "--version"], capture_output=True, text=True, timeout=5)
        first = (out.stdout or out.stderr).split("\n")[0]
        return first.split()[1] if first.startswith("wrk ") and len(first.split()) > 1 else "present"
    except (OSError, subprocess.SubprocessError):
        return None


def describe() -> dict:
    return {
        "nproc": os.cpu_count(),
        "cpu": _cpu_model(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "lxml": ".".join(map(str, lxml.etree.LXML_VERSION)),
        "libxml2": ".".join(map(str, lxml.etree.LIBXML_VERSION)),
        "regex": _version("regex"),
        "gunicorn": _version("gunicorn"),
        "quantulum3": _version("quantulum3"),
        "wrk": _wrk(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
