"""`scannable annotate PATH` and `scannable serve`: the command-line shell around the extractors.

Exit codes: 0 success, 1 unreadable input, 2 usage error; each failure prints one line on stderr.
"""
from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
import zipfile

import extractors
from extractors.annotations import collection
from extractors.pages import export, read_export
from extractors.text import decode

from . import render

MAX_INPUT_BYTES = 50 * 1024 * 1024
# UTF-16 and UTF-32 text is full of NUL bytes, and says so in its first bytes.
BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


class InputError(Exception):
    """The input could not be read (exit 1); the message is one line for stderr."""


class UsageError(Exception):
    """The command was called wrongly (exit 2)."""


def _read(path: str) -> bytes:
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{path} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    return data


def _is_export(path: str) -> bool:
    """A LinkedIn data export: a folder, a .zip, or one of its .csv files."""
    return path != "-" and (os.path.isdir(path) or os.path.splitext(path)[1].lower() in (".zip", ".csv"))


def _read_export(path: str) -> dict[str, str]:
    """{file name: text} of the export's CSVs in a folder (and its subfolders), a zip, or one CSV file."""
    files: dict[str, str] = {}
    budget = MAX_INPUT_BYTES
    if os.path.isdir(path):
        for folder, _, names in os.walk(path):
            for name in sorted(names):
                if export.is_export_file(name):
                    data = _read(os.path.join(folder, name))
                    budget -= len(data)
                    files.setdefault(name, decode(data))
    elif path.lower().endswith(".zip"):
        try:
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    if export.is_export_file(info.filename):
                        budget -= info.file_size
                        if budget < 0:
                            raise InputError(f"{path} holds more than {MAX_INPUT_BYTES // (1024 * 1024)} MB of CSV")
                        files.setdefault(info.filename.rsplit("/", 1)[-1], decode(archive.read(info)))
        except (zipfile.BadZipFile, OSError) as err:
            raise InputError(f"cannot read {path} as a zip: {err}") from None
    else:
        text = decode(_read(path))
        name = export.name_for(path, text)
        if name is None:
            raise InputError(f"{path} is not a LinkedIn export CSV (Profile, Positions, Certifications, "
                             f"Recommendations_Received, Education or Skills)")
        files[name] = text
    if budget < 0:
        raise InputError(f"{path} holds more than {MAX_INPUT_BYTES // (1024 * 1024)} MB of CSV")
    if not files:
        raise InputError(f"{path}: no LinkedIn export CSV files in it (Profile.csv, Positions.csv, ...)")
    return files


def _is_text(path: str, flag: bool) -> bool:
    if path == "-":
        return flag
    ext = os.path.splitext(path)[1].lower()
    if ext in (".html", ".htm"):
        return False
    if ext == ".txt":
        return True
    if flag:
        return True
    raise UsageError(f"{path}: expected an .html, .htm, .txt file, a LinkedIn export (folder, .zip or .csv) "
                     f"or - for standard input")


def cmd_annotate(args) -> int:
    if _is_export(args.path):
        profile = read_export(_read_export(args.path), args.url)
        findings, summary = extractors.analyse(profile)
        result = collection(profile, findings, summary)
    else:
        is_text = _is_text(args.path, args.text)
        data = _read(args.path)
        if b"\x00" in data[:4096] and not data.lstrip().startswith(b"<") and not data.startswith(BOMS):
            raise InputError(f"{args.path} looks binary, not HTML or text")
        result = extractors.annotate(decode(data), args.url, text=is_text)
    if args.format == "json":
        out = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "markdown":
        out = result["summary"]["guide"]["markdown"]
    else:
        out = render.text(result)
    sys.stdout.write(out)
    return 0


def cmd_serve(args) -> int:
    """Run the service under gunicorn (replaces this process)."""
    argv = [sys.executable, "-m", "gunicorn", "-c", "python:server.gunicorn_conf",   # refuses a public bind without a token
            "--bind", f"{args.host}:{args.port}", "--workers", str(args.workers), "server:create_app()"]
    os.execv(sys.executable, argv)
    return 0   # not reached


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="scannable", description="Read a profile for evidence.")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("annotate", help="annotate a saved page (.html), pasted text (.txt), a LinkedIn data export "
                                        "(folder, .zip or .csv) or - for stdin")
    a.add_argument("path")
    a.add_argument("--url", help="the page's URL (helps pick the site adapter)")
    a.add_argument("--format", choices=("json", "text", "markdown"), default="text")
    a.add_argument("--text", action="store_true", help="read standard input as plain text, not HTML")
    a.set_defaults(func=cmd_annotate)
    s = sub.add_parser("serve", help="run the HTTP service under gunicorn")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    s.add_argument("--workers", type=int, default=2)
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)   # exits 2 with a usage line on bad arguments
    try:
        return args.func(args)
    except InputError as err:
        print(f"scannable: {err}", file=sys.stderr)
        return 1
    except extractors.PageRefused as err:
        print(f"scannable: {args.path}: {err.message}", file=sys.stderr)
        return 1
    except UsageError as err:
        print(f"scannable: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
