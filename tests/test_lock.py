"""The lock file pins every dependency pyproject.toml names (runtime and test), so `make install` is reproducible."""
from __future__ import annotations

import re
import tomllib

from tests.conftest import ROOT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_dependency_is_pinned_in_requirements_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    pinned = {}
    for line in (ROOT / "requirements.lock").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pinned[_name(name)] = version
    assert all(pinned.values()), "every line of requirements.lock is name==version"
    missing = sorted(wanted - set(pinned))
    assert not missing, f"not in requirements.lock: {missing}; run `make lock` and commit it"
