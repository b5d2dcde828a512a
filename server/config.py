"""Service settings: defaults, then a TOML config file, then SCANNABLE_* environment variables, then create_app(config).

A team server is configured with an access token and, optionally, the extension origins it accepts;
`validated` refuses a setting that would let anyone else in (a short token, a web page's origin).
"""
from __future__ import annotations

import os
import re
import tomllib

DEFAULTS = {
    "SCANNABLE_MAX_BYTES": 5 * 1024 * 1024,   # request bodies larger than this get 413, unread
    "SCANNABLE_REQUEST_TIMEOUT": 5.0,         # seconds of extraction per request before a 503 (0: no limit)
    "SCANNABLE_TOKEN": None,                  # required of every request, and of any client not on this machine
    "SCANNABLE_ALLOWED_ORIGINS": [],          # browser origins that may call; empty: any extension's
    "SCANNABLE_RATE_LIMIT": "60 per minute",  # per client, on a server with a token; "" turns it off
    "SCANNABLE_RATE_LIMIT_STORAGE": "memory://",   # one process's memory; redis://... to share across workers
    "SCANNABLE_TRUSTED_PROXIES": 0,           # reverse proxies in front whose X-Forwarded-For names the client
}

# The config file's keys: the setting's name without the prefix, in lower case ("token", "allowed_origins").
_FILE_KEYS = {name.removeprefix("SCANNABLE_").lower(): name for name in DEFAULTS}
MIN_TOKEN_LENGTH = 16
# Only a browser extension's own origin can be allowed: never a web page's (linkedin.com calling directly).
EXTENSION_ORIGIN = re.compile(r"(?:chrome-extension|moz-extension)://[A-Za-z0-9._-]+")


class ConfigError(ValueError):
    """A setting the service refuses to start with."""


def from_file(path: str) -> dict:
    """Settings from a TOML file, e.g. `token = "..."` and `allowed_origins = ["chrome-extension://..."]`."""
    try:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read the config file {path}: {err}") from None
    unknown = set(raw) - set(_FILE_KEYS)
    if unknown:
        raise ConfigError(f"unknown setting(s) in {path}: {', '.join(sorted(unknown))}; "
                          f"known: {', '.join(sorted(_FILE_KEYS))}")
    return {_FILE_KEYS[key]: value for key, value in raw.items()}


def from_environment(environ=os.environ) -> dict:
    """The config file named by SCANNABLE_CONFIG, then each SCANNABLE_* variable that is set."""
    out = from_file(environ["SCANNABLE_CONFIG"]) if environ.get("SCANNABLE_CONFIG") else {}
    for name in ("SCANNABLE_MAX_BYTES", "SCANNABLE_TRUSTED_PROXIES"):
        if environ.get(name):
            out[name] = int(environ[name])
    if environ.get("SCANNABLE_REQUEST_TIMEOUT"):
        out["SCANNABLE_REQUEST_TIMEOUT"] = float(environ["SCANNABLE_REQUEST_TIMEOUT"])
    for name in ("SCANNABLE_TOKEN", "SCANNABLE_RATE_LIMIT_STORAGE"):
        if environ.get(name):
            out[name] = environ[name]
    if "SCANNABLE_RATE_LIMIT" in environ:
        out["SCANNABLE_RATE_LIMIT"] = environ["SCANNABLE_RATE_LIMIT"]
    if environ.get("SCANNABLE_ALLOWED_ORIGINS"):
        out["SCANNABLE_ALLOWED_ORIGINS"] = [o for o in environ["SCANNABLE_ALLOWED_ORIGINS"].replace(",", " ").split()]
    return out


def validated(config: dict) -> dict:
    """The settings, checked: raises ConfigError for one that would weaken the service."""
    token = config.get("SCANNABLE_TOKEN")
    if token is not None and (not isinstance(token, str) or len(token.strip()) < MIN_TOKEN_LENGTH):
        raise ConfigError(f"SCANNABLE_TOKEN must be at least {MIN_TOKEN_LENGTH} characters "
                          "(try: python -c 'import secrets; print(secrets.token_urlsafe(32))')")
    if token is not None:
        config["SCANNABLE_TOKEN"] = token.strip()
    origins = config.get("SCANNABLE_ALLOWED_ORIGINS") or []
    if isinstance(origins, str):
        origins = origins.replace(",", " ").split()
    for origin in origins:
        if not isinstance(origin, str) or not EXTENSION_ORIGIN.fullmatch(origin):
            raise ConfigError(f"SCANNABLE_ALLOWED_ORIGINS takes extension origins only (chrome-extension://<id>, "
                              f"moz-extension://<id>), not {origin!r}: a web page must never call the service")
    config["SCANNABLE_ALLOWED_ORIGINS"] = list(origins)
    for name in ("SCANNABLE_MAX_BYTES", "SCANNABLE_TRUSTED_PROXIES"):
        if not isinstance(config.get(name), int) or config[name] < 0:
            raise ConfigError(f"{name} must be a whole number >= 0")
    if not isinstance(config.get("SCANNABLE_REQUEST_TIMEOUT"), (int, float)) or config["SCANNABLE_REQUEST_TIMEOUT"] < 0:
        raise ConfigError("SCANNABLE_REQUEST_TIMEOUT must be a number of seconds >= 0")
    return config


def is_loopback(address: str | None) -> bool:
    """Whether an address (as a client or a bind address) is this machine only."""
    if not address:
        return False
    host = address.strip("[]")
    return host == "localhost" or host == "::1" or host.startswith("127.") or host.startswith("::ffff:127.")
