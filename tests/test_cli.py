"""The `scannable` command as a user runs it: formats, standard input, exit codes and one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE_PROFILE


def scannable(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scannable.cli", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=60)


def test_text_format_shows_evidence_prompts_and_score():
    out = scannable("annotate", str(SAMPLE_PROFILE))
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert "Maya Okafor" in text
    assert "Scannability score:" in text
    assert '"Increased market share 27%"' in text
    assert "Ask:" in text


def test_json_format_is_the_collection(validate):
    out = scannable("annotate", str(SAMPLE_PROFILE), "--format", "json", "--url", "https://www.linkedin.com/in/x/")
    assert out.returncode == 0
    collection = validate(json.loads(out.stdout))
    assert collection["items"][0]["target"]["source"] == "https://www.linkedin.com/in/x/"


def test_markdown_format_is_the_interview_guide():
    out = scannable("annotate", str(SAMPLE_PROFILE), "--format", "markdown")
    text = out.stdout.decode()
    assert text.startswith("# Interview guide: Maya Okafor")
    assert "> Increased market share 27%" in text


def test_stdin_html_and_text():
    html = scannable("annotate", "-", "--format", "json", stdin=b"<p>Grew revenue 40% in 2023.</p>")
    assert json.loads(html.stdout)["summary"]["page_kind"] == "generic"
    text = scannable("annotate", "-", "--text", "--format", "json", stdin=b"Grew revenue 40% in 2023.")
    assert json.loads(text.stdout)["summary"]["page_kind"] == "plaintext"


def test_txt_file_is_plain_text(tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_text("Experience\nCut churn from 9% to 4% in one year.\n", "utf-8")
    out = json.loads(scannable("annotate", str(resume), "--format", "json").stdout)
    assert out["summary"]["page_kind"] == "plaintext"
    assert out["summary"]["counts"]["outcome"] == 1


def test_windows_1252_file_is_decoded(tmp_path):
    page = tmp_path / "cv.html"
    page.write_bytes("<p>Reduced costs by 30% \u2013 saving \u20ac2M for Ren\u00e9e\u2019s team</p>".encode("cp1252"))
    out = json.loads(scannable("annotate", str(page), "--format", "json").stdout)
    exacts = [i["target"]["selector"][0]["exact"] for i in out["items"]]
    assert any("30%" in e for e in exacts)
    assert "\ufffd" not in json.dumps(out)


def test_missing_file_exits_1_with_one_line():
    out = scannable("annotate", "/no/such/profile.html")
    assert out.returncode == 1
    assert out.stderr.decode().count("\n") == 1 and "cannot read" in out.stderr.decode()


def test_binary_input_exits_1(tmp_path):
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 10)
    out = scannable("annotate", str(junk))
    assert out.returncode == 1 and b"binary" in out.stderr


def test_usage_errors_exit_2():
    assert scannable("annotate").returncode == 2
    assert scannable("annotate", str(SAMPLE_PROFILE), "--format", "pdf").returncode == 2
    wrong = scannable("annotate", str(ROOT / "pyproject.toml"))
    assert wrong.returncode == 2 and wrong.stderr.decode().count("\n") == 1


EXPORT = ROOT / "tests" / "fixtures" / "pages" / "export"


def test_export_folder_zip_and_single_csv(tmp_path, validate):
    import zipfile
    archive = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for csv_file in EXPORT.glob("*.csv"):
            z.write(csv_file, f"Basic_LinkedInDataExport/{csv_file.name}")
    for path in (EXPORT, archive):
        out = scannable("annotate", str(path), "--format", "json")
        assert out.returncode == 0, out.stderr
        collection = validate(json.loads(out.stdout))
        assert collection["summary"]["page_kind"] == "export"
        assert collection["summary"]["profile"]["name"] == "Alex Marlow-Example"
        assert collection["summary"]["counts"]["recommendation"] == 1
    single = json.loads(scannable("annotate", str(EXPORT / "Certifications.csv"), "--format", "json").stdout)
    assert single["summary"]["counts"]["credential"] == 2


def test_export_errors_exit_1_with_one_line(tmp_path):
    (tmp_path / "numbers.csv").write_text("a,b\n1,2\n", "utf-8")
    (tmp_path / "broken.zip").write_bytes(b"not a zip")
    for path in (tmp_path / "numbers.csv", tmp_path / "broken.zip", tmp_path / "empty-folder"):
        if path.suffix == "":
            path.mkdir()
        out = scannable("annotate", str(path))
        assert out.returncode == 1 and out.stderr.decode().count("\n") == 1, path
