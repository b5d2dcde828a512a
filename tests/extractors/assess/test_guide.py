"""The interview guide: worth most first, the candidate's words beside each question, room for notes."""
from __future__ import annotations

import re

import extractors
from extractors.assess import guide, worth

from .conftest import TODAY


def test_financial_results_come_first_then_the_manager(sample):
    _, findings, summary = sample
    items = summary["guide"]["items"]
    financial = [f.id for f in findings if f.kind == "outcome" and f.data.get("financial")]
    assert [i["id"] for i in items[:len(financial)]] == [f.id for f in sorted(
        (f for f in findings if f.id in financial), key=lambda f: -f.weight)]
    kinds = [i["kind"] for i in items]
    manager = next(n for n, i in enumerate(items) if i["kind"] == "recommendation")
    teammate = max(n for n, i in enumerate(items) if i["kind"] == "recommendation")
    assert items[manager]["question"].startswith("Daniel Reyes (your manager")
    assert manager < teammate
    assert manager < kinds.index("credential") and manager < kinds.index("scope")
    # A result the manager's recommendation repeats (corroborated) is asked about before the recommendation.
    corroborated = [n for n, i in enumerate(items) if i["kind"] == "outcome" and i["corroborated"]]
    assert corroborated and all(n < manager for n in corroborated)
    weights = [i["weight"] for i in items]
    assert weights == sorted(weights, reverse=True)


def test_a_corroborated_claim_moves_ahead_of_uncorroborated_ones(sample_html):
    profile = extractors.read_html(sample_html)
    findings, _ = extractors.analyse(profile, TODAY)
    doubled = next(f for f in findings if f.kind == "outcome" and f.quote.startswith("Doubled"))
    ranked = next(f for f in findings if f.kind == "outcome" and f.quote.startswith("Ranked #1 of 40"))
    manager = next(f for f in findings if f.kind == "recommendation" and f.data.get("relationship") == "managed-directly")
    for f in findings:            # start from no corroboration at all
        f.links = []
        worth.assess(f)
    before = [i["id"] for i in guide.as_items(findings)]
    assert before.index(doubled.id) > before.index(ranked.id) or doubled.weight == ranked.weight
    doubled.links, manager.links = [manager], [doubled]     # the manager's "double checkout conversion"
    worth.assess(doubled)
    worth.assess(manager)
    after = guide.as_items(findings)
    ids = [i["id"] for i in after]
    assert ids.index(doubled.id) < before.index(doubled.id)
    assert ids.index(doubled.id) < ids.index(ranked.id) and ids.index(doubled.id) < ids.index(manager.id)
    assert next(i for i in after if i["id"] == doubled.id)["corroborated"] is True


def test_items_keep_the_panels_shape_and_quote_the_evidence(sample):
    _, findings, summary = sample
    by_id = {f.id: f for f in findings}
    for item in summary["guide"]["items"]:
        assert {"id", "kind", "evidence", "question", "follow_ups"} <= set(item)
        if item["kind"] == "gap":
            continue
        f = by_id[item["id"]]
        assert item["highlight"] in " ".join(f.block.text.split())
        assert item["evidence"].strip("…") in " ".join(f.block.text.split())
        assert item["highlight"].split()[0] in item["evidence"]


def test_open_questions_are_in_the_guide(sample):
    _, _, summary = sample
    gaps = [i for i in summary["guide"]["items"] if i["kind"] == "gap"]
    about = {g["about"] for g in gaps}
    assert "role-without-outcome" in about
    role_gap = next(g for g in gaps if g["about"] == "role-without-outcome")
    assert role_gap["evidence"] == "Product Manager · Brightline Health · Jun 2016 - Feb 2019 · 2 yrs 9 mos"
    assert "Product Manager at Brightline Health" in role_gap["question"]


def test_markdown_puts_the_evidence_beside_each_question_with_room_for_notes(sample):
    _, _, summary = sample
    md = summary["guide"]["markdown"]
    items = summary["guide"]["items"]
    assert md.startswith("# Interview guide: Maya Okafor\n")
    assert md.index("## Quick read") < md.index("## Career shape") < md.index("## Questions")
    blocks = re.split(r"\n### \d+\. ", md)[1:]
    assert len(blocks) == len(items)
    for block, item in zip(blocks, items):
        assert f"> {item['evidence']}" in block
        assert f"**Ask:** {item['question']}" in block
        assert block.index("> ") < block.index("**Ask:**") < block.index("**Notes:**")
        for q in item["follow_ups"]:
            assert f"- [ ] {q}" in block
    assert "does not score the person" in md
    # Scope, certificates and general praise follow under their own heading, after everything worth more.
    tail = md.index("## If time allows")
    for n, item in enumerate(items, 1):
        assert (md.index(f"\n### {n}. ") > tail) == (item["weight"] < guide.TIME_ALLOWS), item


def test_real_captures_guides(capture):
    _, findings, summary = capture
    items = summary["guide"]["items"]
    asked = [i["id"] for i in items if i["kind"] != "gap"] + [a for i in items for a in i.get("also", [])]
    assert sorted(asked) == sorted(f.id for f in findings if f.prompt)     # each finding asked about once
    assert summary["guide"]["markdown"].count("**Ask:**") == len(items)
    weights = [i["weight"] for i in items]
    assert weights == sorted(weights, reverse=True)


def test_the_api_returns_the_same_guide_the_cli_prints(client, sample_html):
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT, SAMPLE_PROFILE

    response = client.post("/v1/annotate", data=json.dumps({"url": "https://www.linkedin.com/in/sample/",
                                                             "html": sample_html}), content_type="application/json")
    assert response.status_code == 200
    summary = response.get_json()["summary"]
    cli = subprocess.run([sys.executable, "-m", "scannable.cli", "annotate", str(SAMPLE_PROFILE), "--format", "markdown"],
                         capture_output=True, cwd=ROOT, timeout=60)
    assert cli.stdout.decode() == summary["guide"]["markdown"]
    assert summary["quick_read"]["lines"] and summary["career"]["roles"]


def test_findings_in_one_claim_are_one_question_with_the_whole_claim_as_evidence():
    resume = ("Experience\n"
              "Billing Manager, Example Clinic, 2016 - 2019\n"
              "Reduced claim denials from 12% to 4%, recovering $1.1M in annual revenue.\n"
              "Supervised a team of 15 billing clerks and 35 coders.\n")
    findings, summary = extractors.analyse(extractors.read_text(resume), TODAY)
    asked = [i for i in summary["guide"]["items"] if i["kind"] != "gap"]
    evidence = [i["evidence"] for i in asked]
    assert len([f for f in findings if f.kind in ("outcome", "scope")]) > len(asked), evidence
    assert sum("claim denials" in e for e in evidence) == 1, evidence
    assert sum("billing clerks" in e for e in evidence) == 1, evidence
    denials = next(i for i in asked if "claim denials" in i["evidence"])
    assert denials["evidence"] == "Reduced claim denials from 12% to 4%, recovering $1.1M in annual revenue"
    assert denials["also"] and set(denials["also"]) <= {f.id for f in findings}


def test_a_merged_item_keeps_who_corroborates_the_weaker_finding(sample):
    _, findings, summary = sample
    failure = next(i for i in summary["guide"]["items"] if i["evidence"].startswith("Reduced payment failure rate"))
    assert failure["evidence"].endswith("recovering $2.4M in annual revenue")
    assert failure["corroborated"] is True
    assert any(q.startswith("Daniel Reyes (your manager) mentions this too") for q in failure["follow_ups"])
    assert sum(i["evidence"].startswith("Reduced payment failure rate") for i in summary["guide"]["items"]) == 1


def test_an_uncorroborated_result_is_asked_about_once():
    resume = ("Experience\n"
              "Billing Manager, Example Clinic, 2016 - 2019\n"
              "Reduced claim denials from 12% to 4% in one year.\n")
    from extractors.pages import read_export
    profile = extractors.read_text(resume)
    findings, summary = extractors.analyse(profile, TODAY)
    # A résumé has no recommendations: the open question is "who would vouch", not "nobody mentions this".
    assert not any("mentions this result" in q for i in summary["guide"]["items"] for q in i["follow_ups"])
    files = {"Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
                              "Example Clinic,Billing Manager,\"Reduced claim denials from 12% to 4% in one year.\",,"
                              "Jan 2016,Dec 2019\n",
             "Recommendations_Received.csv": "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
                                             "Sam,Example,Example Clinic,Director,\"A pleasure to work with.\","
                                             "\"03/14/24, 10:02 AM\",VISIBLE\n"}
    findings, summary = extractors.analyse(read_export(files), TODAY)
    items = summary["guide"]["items"]
    quoting = [i for i in items if "Reduced claim denials" in i["evidence"]]
    assert len(quoting) == 1, [i["evidence"] for i in items]
    assert quoting[0]["follow_ups"][-1] == ("None of your recommendations mentions this result. Who saw it up close, "
                                            "and what would they say your part in it was?")
    assert [q["about"] for q in summary["quick_read"]["open_questions"]].count("uncorroborated") == 1
