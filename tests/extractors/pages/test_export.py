"""A LinkedIn data export: the project's fictional one (tests/fixtures/pages/export/) and real ones in ../shared."""
from __future__ import annotations

from pathlib import Path

from extractors.pages import read_export
from extractors.pages.export import name_for, rows
from tests.conftest import shared

EXPORT = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "export"


def files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in folder.glob("*.csv")}


def test_profile_sections_in_the_page_shape():
    profile = read_export(files(EXPORT))
    assert profile.page_kind == "export"
    assert (profile.name, profile.headline, profile.location) == (
        "Alex Marlow-Example", "Customer Success Lead | Cut churn 40%", "Lisbon, Portugal")
    assert [s.kind for s in profile.sections] == ["about", "experience", "education", "certifications", "skills",
                                                   "recommendations"]
    lead, manager = profile.section("experience").entries
    assert (lead.title, lead.organisation, lead.dates, lead.start, lead.end) == (
        "Customer Success Lead", "Tidepool Software", "Feb 2021 - Present", "2021-02", "present")
    assert (manager.start, manager.end, manager.location) == ("2017-07", "2021-01", "Porto")
    assert lead.description[0].text.startswith("Cut gross churn 40%")


def test_certificates_carry_issuer_dates_id_and_link():
    ccsm, itil = read_export(files(EXPORT)).section("certifications").entries
    assert (ccsm.title, ccsm.organisation, ccsm.dates, ccsm.start, ccsm.end) == (
        "Certified Customer Success Manager (CCSM)", "SuccessCOACHING", "Issued Mar 2022 · Expires Mar 2025",
        "2022-03", "2025-03")
    assert ccsm.details["credential_id"] == "CCSM-8841" and ccsm.details["credential_url"].startswith("https://")
    assert "credential_url" not in itil.details


def test_hidden_recommendations_are_left_out_and_the_missing_relationship_said():
    profile = read_export(files(EXPORT))
    (rec,) = profile.section("recommendations").entries
    assert (rec.title, rec.organisation, rec.dates) == (
        "Sam Oduya-Example", "VP Customer Experience at Tidepool Software", None)
    assert rec.description[0].role == "recommendation"
    assert any("1 the member chose to hide" in n for n in profile.notes)
    assert any("no relationship line" in n for n in profile.notes)


def test_a_notes_preamble_before_the_header_is_skipped():
    text = "Notes:\nThis file lists your positions.\n\nCompany Name,Title,Description,Location,Started On,Finished On\n" \
           "Acme,Engineer,,Oslo,Jan 2020,\n"
    assert rows(text, "Company Name") == [{"Company Name": "Acme", "Title": "Engineer", "Description": "",
                                           "Location": "Oslo", "Started On": "Jan 2020", "Finished On": ""}]


def test_a_renamed_single_csv_is_known_by_its_header():
    assert name_for("my-certs.csv", "Name,Url,Authority,Started On,Finished On,License Number\n") == "certifications.csv"
    assert name_for("list.csv", "Name\nPython\n") == "skills.csv"
    assert name_for("Positions.csv", "") == "positions.csv"
    assert name_for("numbers.csv", "a,b\n1,2\n") is None


def test_real_export_reads_every_row():
    folder = shared("linkedin-export", "ugurhangul")
    profile = read_export(files(folder))
    for name, kind in (("Positions.csv", "experience"), ("Certifications.csv", "certifications")):
        expected = rows((folder / name).read_text("utf-8"), {"Positions.csv": "Company Name"}.get(name, "Authority"))
        assert len(profile.section(kind).entries) == len(expected) > 0
    assert all(e.title and e.organisation and e.start for e in profile.section("experience").entries)
    assert all(e.title and e.organisation for e in profile.section("certifications").entries)


def test_real_recommendations_with_multiline_quoted_text():
    path = shared("linkedin-export", "jgoutin", "Recommendations_Received.csv")
    recs = read_export({path.name: path.read_text("utf-8")}).section("recommendations").entries
    assert len(recs) == 3
    assert all(r.title and r.organisation and len(r.description[0].text) > 40 for r in recs)


def test_every_real_export_in_the_shared_set_reads():
    """The 13 exports in real-text/linkedin_data_exports: SOURCES.md counts 103 recommendation texts in all."""
    root = shared("real-text", "linkedin_data_exports")
    from extractors.pages.export import is_export_file
    recommendations = positions = honors = 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        profile = read_export({p.name: p.read_text("utf-8", errors="replace")
                               for p in folder.iterdir() if is_export_file(p.name)})
        recommendations += sum(len(s.entries) for s in profile.sections_of("recommendations"))
        positions += sum(len(s.entries) for s in profile.sections_of("experience"))
        honors += sum(len(s.entries) for s in profile.sections_of("honors"))
        assert all(e.description for s in profile.sections_of("recommendations") for e in s.entries)
    assert recommendations == 103
    assert positions > 30 and honors == 3
