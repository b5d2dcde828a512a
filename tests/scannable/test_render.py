"""The CLI's text view: quick read first, then the career, the score with fixes that quote the place, the evidence."""
from __future__ import annotations

import extractors
from scannable import render


def test_text_view_of_the_sample(sample_html):
    out = render.text(extractors.annotate(sample_html, today="2024-12"))
    lines = out.splitlines()
    assert lines[0] == "Scannable: Maya Okafor"
    order = [out.index(h) for h in ("\nQuick read", "\nCareer\n", "\nScannability score: ", "\nResults (outcomes): ",
                                    "\nWho vouches (recommendations): 2", "\nOpen questions: ")]
    assert order == sorted(order)
    assert "  2019-03 to 2022-01, 2 yr 11 mo: Senior Product Manager, Checkout at Tidewater Commerce" in lines
    check = next(n for n, line in enumerate(lines) if "Every role states a result in numbers" in line)
    assert lines[check].startswith("  [18.8/25] ")
    assert "Product Manager at Brightline Health" in " ".join(lines[check + 1:check + 3])
    assert all(len(line) <= 100 for line in lines)


def test_the_open_questions_listed_are_the_ones_the_quick_read_counts(sample_html):
    collection = extractors.annotate(sample_html, "https://www.linkedin.com/in/maya-okafor-sample/", today="2024-12")
    out = render.text(collection)
    counted = len(collection["summary"]["quick_read"]["open_questions"])
    assert f"\nOpen questions: {counted}\n" in out
    tail = out[out.index("\nOpen questions: "):]
    for q in collection["summary"]["quick_read"]["open_questions"]:
        assert " ".join(q["question"].split()[:6]) in " ".join(tail.split())
