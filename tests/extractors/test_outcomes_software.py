"""The outcome and scope finder on the shapes of software and academic résumés, one class of error a block.

Each block is a class of error read off résumés the team has not labelled (a missing idea, a wrong default, a
convention the finder did not know); its rows are sentences written for this test in the same shape, negatives too.
"""
from __future__ import annotations

import pytest

from extractors.finders.outcomes import find_quantities

from .test_outcomes import kinds_at

CLASSES = [
    # a grant listed the way academic CVs list funding under a Grants heading: title, funding body, amount, year, no
    # verb of its own; or a role on it ("Collaborator") or a kind of award ("Mentorship") beside the amount
    ("Mapping Rural Water Access, Global Health Foundation, $64,000, 2019", {"$64,000": "outcome"}),
    ("Understanding Flood Risk in Coastal Towns, Marine Research Institute, $30,000, 2018", {"$30,000": "outcome"}),
    ("Building Youth Coding Clubs, Northfield Arts Council, $9,000, 2020--21", {"$9,000": "outcome"}),
    ("Field School 2011, University of Leeds, $2,000", {"$2,000": "outcome"}),
    ("Collaborator, school meals study: $180,000", {"$180,000": "outcome"}),
    ("Peer Tutoring Mentorship: $4,000 in 2015", {"$4,000": "outcome"}),
    # ... not a body described with a verb of being, not a project with no funding body, not money a verb acts on
    ("Founded in 1890, Hill University is a research university with $2 billion in assets.", {"$2 billion": "scope"}),
    ("Library renovation project, $8,500, 2012.", {"$8,500": "scope"}),
    ("Managed the foundation's $3M budget in 2014.", {"$3M": "scope"}),
    # the uptake of what the person made: a clause that opens on it ("Now used by"), "deployed across" N places, a
    # level of users reached; users of a system the person supports, or a system named only, stay a size
    ("Today used by 9 clinics; the intake form halved booking errors.", {"9": "outcome", "halved": "outcome"}),
    ("Built a booking widget deployed across 30+ hotels and over 500 front desks.", {"30+": "outcome", "500": "outcome"}),
    ("Shipped a budgeting app to the stores, reaching 20,000 registered users.", {"20,000": "outcome"}),
    ("Designed a lesson planner achieving 3,000 monthly users.", {"3,000": "outcome"}),
    ("Supported a ticketing system used by 600 agents.", {"600": "scope"}),
    ("Maintained servers deployed in 3 data centres.", {"3": "scope"}),
    ("The system is now deployed in 8 countries.", {"8": "scope"}),
    ("Administered a payroll system serving 4,000 users.", {"4,000": "scope"}),
    # a count of things handled in each period ("monthly", "daily" before the noun) is a volume, a size handled; not a
    # rate of something else ("on a three monthly basis")
    ("Answered 1,500 weekly customer questions by chat.", {"1,500": "scope"}),
    ("Designed 200 weekly lesson plans focused on age and level-appropriate material.", {"200": "scope"}),
    ("Review the plan on a three monthly basis.", {}),
    # verbs of handling data (ingesting, storing, indexing, crawling, parsing, streaming) before a count: the volume of
    # data the person's system handled, a size
    ("Built a collector ingesting over 3 million sensor readings a day.", {"3 million": "scope"}),
    ("Wrote a crawler indexing 40,000 product pages.", {"40,000": "scope"}),
    ("Created an automated system that crawled three-hundred scientific journals gathering contact information.",
     {"three-hundred": "scope"}),
    ("Cut ingestion time by 40% by streaming events instead of batching them.", {"40%": "outcome"}),
    # the person's own work, counted, is scope (convention C1), technical artefacts included: code written (queries,
    # components, pull requests, pipelines, tests), with or without a verb before it, and anything a verb of making
    # reaches ("wrote 12 memos", "constructed two sheds"), as things handled in a volume are (packages loaded); a
    # number that is a property of one thing ("a 64-node cluster") or what was cut stays apart
    ("Wrote 40 SQL queries for the finance reports.", {"40": "scope"}),
    ("Wrote 30 reusable React components for the design system.", {"30": "scope"}),
    ("Merged 300 pull requests across the monorepo.", {"300": "scope"}),
    ("Built 3 data pipelines for the billing team.", {"3": "scope"}),
    ("Side project: 800+ unit tests, 250 commits, one static page.", {"800+": "scope", "250": "scope"}),
    ("Drafted twelve grant memos and constructed two garden sheds.", {"twelve": "scope", "two": "scope"}),
    ("Identified 14 defects in the checkout flow before launch.", {"14": "scope"}),
    ("Built a 64-node cluster for the lab.", {}),
    ("Eliminated 9 legacy scripts after the migration.", {"9": "outcome"}),
    ("Loaded and Scanned 400 packages an hour.", {"400": "scope"}),
    ("Provided component level repair exceeding 260,000 components annually.", {"260,000": "scope"}),
    # a number joined by a hyphen to the noun it describes names a part or kind of a thing ("a 3-step approval flow",
    # "a three-part series"), not a size handled; unless the noun is a unit of size ("a 9-state region")
    ("Set up a 3-step approval flow in the CRM.", {}),
    ("Oversaw three-part red carpet event and created detailed write-up of event for client's blog.", {}),
    ("Assisted Regional Director in management of large 9-state region.", {"9": "scope"}),
    ("Managed a 12-store chain.", {"12": "scope"}),
    # "#N" as a name's number: a branch or store right after its capitalised name, an issue or pull request; a place won
    # keeps its verb or its whole ("Ranked #15", "#1 of 8", "Region #1")
    ("Harbour Drugs #212 - Pharmacy Technician", {}),
    ("Member of Store #1252 team awarded Store of the Year.", {}),
    ("Fixed the race in the scheduler, closing #20417.", {}),
    ("Ended the year Ranked #15 / 162", {"#15": "outcome"}),
    ("Finished #1 of 8 in the district.", {"#1 of 8": "outcome"}),
    # a sign of comparison before a number is a bound, like "over" ("Team size: >12", "a budget of >$2M"); a scope noun
    # and a colon before it are a field of a fact box ("Staff: >900")
    ("Team size: >12", {"12": "scope"}),
    ("Annual budget of >$2M spend.", {"$2M": "scope"}),
    ("Budget: >$40M | Staff: >900", {"$40M": "scope", "900": "scope"}),
    ("Members: 2,400", {"2,400": "scope"}),
    ("Reduced scrap from 5% to <0.5%.", {"5% to <0.5%": "outcome"}),
    ("Clients: 1.", {}),
    # a relative change restated right after it, after a comma or in brackets, is one claim: its levels ("by 10%, from
    # 8.2 to 7.4 minutes", "by 40% (from 5s to 900ms)") or the same change as a multiple ("by 60% (2.5x)"); a second
    # metric with its own change is a second claim
    ("Lowered average call handling time by 10%, from 8.2 minutes to 7.4 minutes.", {"10%": "outcome"}),
    ("Lowered median query time by 40% (from 5s to 900ms).", {"40%": "outcome"}),
    ("Shortened the release cycle by 60% (2.5x).", {"60%": "outcome"}),
    ("Scrap reduction of 7%, NCR reduction from 1.41% to 0.03%, while managing all aspects of quality.",
     {"7%": "outcome", "1.41% to 0.03%": "outcome"}),
    # the share of the work the person held ("100% responsible for", "100% ownership of") is a size, not a level reached;
    # not across a line break ("Quota Attainment - 240% Responsible for ...")
    ("Was 100% accountable for the monthly payroll run.", {"100%": "scope"}),
    ("Held 100% ownership of the mobile release train.", {"100%": "scope"}),
    ("2011 Quota Attainment - 240% Responsible for building a hedge fund book", {}),
    # money a product, site or platform makes is its size when the person runs or supports it, money generated when the
    # person built it (the gh batches' G2); a unit named before an adverb ("that jointly generated") too
    ("Ran the hosting for three web stores that jointly generated $12M in sales.", {"three": "scope", "$12M": "scope"}),
    ("Owned testing of the web services behind a product that generated over $5M in annual revenue.", {"$5M": "scope"}),
    ("Built two websites that generated $2M in sales.", {"two": "scope", "$2M": "outcome"}),
    # a plural number word counts the noun after "of", as a number counts the noun after it ("hundreds of physicians" as
    # "300 physicians"); with nothing counted after it, it is no size
    ("Consult with hundreds of physicians and patients to fill prescriptions.", {"hundreds": "scope"}),
    ("Tuned search across millions of products.", {"millions": "scope"}),
    ("Spent hundreds of hours in training.", {}),
    # what a thing won was worth is money won ("won projects worth over $8 Million"); "worth" alone sizes a thing handled
    ("Have won projects worth over $ 8 Million in total.", {"$ 8 Million": "outcome"}),
    ("Presented to the VP of Technology, resulting in a project win worth $0.9M for the firm.", {"$0.9M": "outcome"}),
    ("Maintained equipment worth $65M.", {"$65M": "scope"}),
    # the items a system or person handles in software work (nodes, edges, documents, files, messages, containers, VMs)
    # are counted like any scope noun; "instances" alone are occasions ("on three separate instances"), and a title won
    # on N occasions counts honours won, an outcome (convention C8)
    ("Ran graph queries over 40m nodes and 200m edges.", {"40m": "scope", "200m": "scope"}),
    ("I installed and maintain a Hyper V cluster of 9 nodes.", {"9": "scope"}),
    ("Created 50 EC2 instances for a POC effort and maintained them.", {"50": "scope"}),
    ("Selected as soldier of the month on three separate instances in a unit of 5000 personnel.",
     {"three": "outcome", "5000": "scope"}),
    # a period glued to its unit by a slash is a schedule, as "3 days a week" is ("3 days/week", "40 hours/week")
    ("Coached the youth squad 2 days/week.", {}),
    ("Taught evening classes, 40 hours/week.", {}),
    # LaTeX writes a range's dash as two hyphens: one range, as "5-10"
    ("Led 5--10 engineers", {"5--10": "scope"}),
    # a change done whose size is only estimated is still a result ("cutting ... by an estimated 30%"), as "saving an
    # estimated $1.2M" is; a change foreseen is not
    ("Adopted code generation tools, cutting test-writing time by an estimated 30%.", {"30%": "outcome"}),
    ("Projected to cut costs by an estimated 20%.", {}),
    # a place named by the word "rank" right before it ("State Rank 42", "Class Rank: 12 of 118"), and a rating given
    # after a colon ("feedback rating: 4.6 out of 5"), are places and levels reached; a score after a colon may be a
    # grade and stays apart
    ("State Rank 42 in the medical entrance test.", {"42": "outcome"}),
    ("Class Rank: 12 of 118, Overall GPA 3.8", {"12": "outcome"}),
    ("Student feedback rating: 4.6 out of 5", {"4.6": "outcome"}),
    ("Compass Score:4", {}),
    # goals stated are no result ("Goals include increasing membership from 800 to 1,000"), as "My goal is to" is not
    ("Goals include increasing membership from 800 to 1,000.", {}),
    ("Increased membership from 800 to 1,000.", {"800 to 1,000": "outcome"}),
    # "sped up" / "speeding up" are verbs of increase
    ("Sped up nightly builds by 35%.", {"35%": "outcome"}),
]


@pytest.mark.parametrize("text, expected", CLASSES, ids=[row[0][:40] for row in CLASSES])
def test_error_classes_of_software_and_academic_resumes(text, expected):
    assert kinds_at(text) == expected


# LaTeX résumés escape the signs of a claim: each escape reads as its sign, and the quote takes it whole
@pytest.mark.parametrize("text, quote, magnitude", [
    (r"Cut cloud costs by 35\% in 6 months", r"Cut cloud costs by 35\%", {"value": 35.0, "unit": "percent"}),
    (r"Saved \$1.2M in licence fees", r"Saved \$1.2M", {"value": 1200000.0, "unit": "USD"}),
    (r"Ranked \#1 of 40 reps", r"Ranked \#1 of 40", {"value": 1.0, "unit": "rank", "of": 40.0}),
])
def test_tex_escapes_read_as_their_signs(text, quote, magnitude):
    (q,) = find_quantities(text)
    assert (q.kind, text[q.start:q.end], q.magnitude) == ("outcome", quote, magnitude)


# "million-dollar" written with a hyphen is money, as "million dollar" is (the table labels "million dollar project")
@pytest.mark.parametrize("text, magnitude", [
    ("Ran a million-dollar office move.", {"value": 1000000.0, "unit": "USD"}),
    ("My focus for this 26-million-dollar operation was to bring high quality, innovative food.",
     {"value": 26000000.0, "unit": "USD"}),
])
def test_a_hyphenated_million_dollar_is_money(text, magnitude):
    assert [q.magnitude for q in find_quantities(text) if q.magnitude["unit"] != "count"] == [magnitude]


# after money, a capital scale may stand apart from the number: "$151 M", "$1.5 MM" (livecareer rows)
@pytest.mark.parametrize("text, value", [
    ("Design and build Construction Company with $100 M in annual sales.", 100_000_000.0),
    ("Directed the workload of employees, resulting in $151 M. of awarded contracts.", 151_000_000.0),
    ("Structured a $2.5 MM equipment lease.", 2_500_000.0),
])
def test_a_money_scale_after_a_space(text, value):
    assert [q.magnitude["value"] for q in find_quantities(text) if q.magnitude["unit"] == "USD"] == [value]
