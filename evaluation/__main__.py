"""Run every evaluation in this folder: each module with a `run()` function, in name order."""
from __future__ import annotations

import importlib
import pkgutil
import sys

import evaluation


def main() -> int:
    status = 0
    for info in sorted(pkgutil.iter_modules(evaluation.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"evaluation.{info.name}")
        if callable(getattr(module, "run", None)):
            print(f"== evaluation.{info.name} ==")
            status |= module.run([]) or 0
            print()
    return status


if __name__ == "__main__":
    sys.exit(main())
