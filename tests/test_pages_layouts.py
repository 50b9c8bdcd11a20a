"""Page layouts of every cycle, as REPORT-SHAPES.md records their wording: headers, pages
graded by area (PEEL 2021/22 on, FRS 2023-25), fire and rescue pages, non-grades,
carried-over and not-inspected questions, the Welsh link, causes of concern, furniture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from peelcheck.draft.read import load_text
from peelcheck.importers import import_bytes
from peelcheck.importers.facts import ImportFacts, resolve_service
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.results.cache import run_key
from tests.conftest import run

RULES = load_ruleset(builtin_pack_names())
FACTS = ImportFacts.from_pack(RULES.pack_data)
BY_AREA = "not in the copied page text (the page shows these grades in a table)"


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def imported(text: str, *, excerpt: bool = True) -> Any:
    loaded = import_bytes(text.encode(), "page.txt", FACTS, excerpt=excerpt)
    assert [f.message for f in loaded.findings] == []
    return loaded


# PEEL 2021/22 (REPORT-SHAPES.md §6: Cleveland 2021/22), as a browser copies it
PEEL_2021 = page(
    "Skip to content",
    "Planned website downtime",
    "The HMICFRS website will be unavailable for a short time from 11am on Thursday 18 April "
    "while we carry out essential maintenance.",
    "Overall summary",
    "Our judgments",
    "Our inspection assessed how good Cleveland Police is in 12 areas of policing. We make "
    "graded judgments in 11 of these 12 as follows:",
    "We also inspected how effective a service Cleveland Police gives to victims of crime. "
    "We don’t make a graded judgment in this overall area.",
    "We set out our detailed findings about things the force is doing well and where the force "
    "should improve in the rest of this report.",
    "Important changes to PEEL",
    "A reduction in grade, particularly from good to adequate, doesn’t necessarily mean that "
    "there has been a reduction in performance, unless we say so in the report.",
    "HM Inspector’s observations",
    "I am pleased with some aspects of the performance of Cleveland Police.",
)


def test_peel_2021_22_page_from_its_summary() -> None:
    loaded = imported(PEEL_2021)
    data = loaded.data
    assert data["inspection"] == {
        "programme": "PEEL",
        "cycle": "2021/22",
        "subject": "Cleveland Police",
        "status": "final",
        "excerpt": True,
    }
    overall = data["overall"]
    assert (overall["areas_assessed"], overall["areas_graded"]) == (12, 11)
    assert "grade" not in overall and "grade_absent" not in overall  # no pillar grade
    assert overall["summary"].startswith("Our inspection assessed how good Cleveland Police")
    assert overall["summary"].endswith("performance of Cleveland Police.")
    assert "reduction in grade" not in overall["summary"]  # standard text, not the report's
    span = loaded.source.values["overall.areas_graded"]
    assert PEEL_2021[span.start : span.end] == "11"
    span = loaded.source.values["inspection.subject"]
    assert PEEL_2021[span.start : span.end] == "Cleveland Police"


def test_peel_2021_22_area_sections_import_with_grades_absent() -> None:
    text = PEEL_2021 + page(
        "Investigating crime",
        "The force is inadequate at investigating crime.",
        "Areas for improvement",
        "The force needs to improve how it supervises investigations.",
        "Protecting vulnerable people",
        "The force requires improvement at protecting vulnerable people.",
    )
    questions = imported(text, excerpt=False).data["questions"]
    assert [(q["number"], q["title"], q["grade_absent"]) for q in questions] == [
        (1, "Investigating crime", BY_AREA),
        (2, "Protecting vulnerable people", BY_AREA),
    ]
    assert questions[0]["areas_for_improvement"] == [
        "The force needs to improve how it supervises investigations."
    ]


def test_peel_2023_25_page_with_a_title_line() -> None:
    text = page(
        "PEEL 2023–2025: An inspection of Durham Constabulary",
        "Overall summary",
        "Our inspection assessed how good Durham Constabulary is in ten areas of policing. We "
        "make graded judgments in nine of these ten as follows:",
        "PEEL 2023–2025",
        "It isn’t possible to make direct comparisons between the grades awarded in this PEEL "
        "inspection and those from the previous cycle of PEEL inspections.",
        "Terminology in this report",
        "Our reports contain references to, among other things, ‘national’ definitions.",
        "HM Inspector’s summary",
        "I have concerns about the performance of Durham Constabulary.",
    )
    data = imported(text).data
    assert (data["inspection"]["cycle"], data["inspection"]["subject"]) == (
        "2023-25",
        "Durham Constabulary",
    )
    assert (data["overall"]["areas_assessed"], data["overall"]["areas_graded"]) == (10, 9)
    assert "Terminology" not in data["overall"]["summary"]
    assert "national" not in data["overall"]["summary"]


def test_peel_2023_25_page_from_its_summary_takes_the_cycle_from_its_heading() -> None:
    text = PEEL_2021.replace("Important changes to PEEL", "PEEL 2023–2025").replace("12", "9")
    assert imported(text).data["inspection"]["cycle"] == "2023-25"


def test_a_page_graded_by_area_without_a_cycle_heading_is_refused_clearly() -> None:
    text = page(
        "Overall summary",
        "Our inspection assessed how good Kent Police is in nine areas of policing.",
    )
    loaded = import_bytes(text.encode(), "page.txt", FACTS, excerpt=True)
    [problem] = loaded.findings
    assert "nothing in the text names a PEEL cycle peelcheck knows" in problem.message
    assert "'PEEL 2023–2025'" in problem.message


# FRS 2023-25 (REPORT-SHAPES.md §11: Leicestershire 2023-2025)
FRS_2023 = page(
    "Overall summary",
    "Our judgments",
    "Our inspection assessed how well Leicestershire Fire and Rescue Service has performed "
    "in 11 areas. We have made the following graded judgments:",
    "Changes to this round of inspection",
    "We haven’t given separate grades for effectiveness, efficiency and people as we did "
    "previously.",
    "HMI summary",
    "It was a pleasure to revisit Leicestershire Fire and Rescue Service.",
    "Understanding the risk of fire and other emergencies",
    "The service has a good understanding of risk.",
    "Areas for improvement",
    "- The service should make sure it gathers and records up-to-date risk information.",
    "Preventing fires and other risks",
    "The service is good at preventing fires.",
)


def test_frs_2023_25_page_and_its_areas() -> None:
    data = imported(FRS_2023).data
    inspection = data["inspection"]
    assert (inspection["programme"], inspection["cycle"], inspection["subject"]) == (
        "FRS",
        "2023-25",
        "Leicestershire Fire and Rescue Service",
    )
    assert data["overall"]["areas_assessed"] == 11
    assert "separate grades" not in data["overall"]["summary"]
    questions = data["questions"]
    assert [(q["number"], q["grade_absent"]) for q in questions] == [
        ("1.1", BY_AREA),
        ("1.2", BY_AREA),
    ]
    assert questions[0]["areas_for_improvement"] == [
        "The service should make sure it gathers and records up-to-date risk information."
    ]


# FRS 2021/22 pillar page (REPORT-SHAPES.md §10: Shropshire; frameworks.yaml: Royal Berkshire)
FRS_2021 = page(
    "Skip to content",
    "Shropshire 2021/22",
    "Effectiveness",
    "How effective is the fire and rescue service at keeping people safe and secure?",
    "Last updated 27/07/2022\nGood",
    "Shropshire Fire and Rescue Service’s overall effectiveness is good.",
    "Questions for Effectiveness",
    "1",
    "How effective is the FRS at understanding the risk of fire and other emergencies?",
    "Good",
    "Shropshire Fire and Rescue Service is good at understanding risk.",
    "Areas for improvement",
    "The service should make sure it has an effective system to define risk information.",
    "We set out our detailed findings below. These are the basis for our judgment of the "
    "service’s performance in this area.",
    "Engagement with the community to build a comprehensive risk profile is good",
    "2",
    "How effective is the FRS at preventing fires and other risks?",
    "Requires improvement",
    "Back to top",
)


def test_frs_2021_22_pillar_page_numbers_questions_as_the_framework_does() -> None:
    data = imported(FRS_2021).data
    assert data["inspection"]["pillar_page"] == "Effectiveness"
    assert data["pillars"][0]["grade"] == "Good"
    questions = data["questions"]
    assert [(q["number"], q["pillar"], q["grade"]) for q in questions] == [
        ("1.1", "Effectiveness", "Good"),
        ("1.2", "Effectiveness", "Requires improvement"),
    ]
    # an area for improvement without a bullet, then the narrative again
    assert questions[0]["areas_for_improvement"] == [
        "The service should make sure it has an effective system to define risk information."
    ]
    assert questions[0]["narrative"].endswith("comprehensive risk profile is good")


def test_checking_fire_pages_finds_nothing_on_real_wording() -> None:
    for text in (FRS_2021, FRS_2023, PEEL_2021):
        loaded = imported(text)
        from peelcheck.run.pipeline import check_loaded
        from peelcheck.run.settings import RunSettings

        result = check_loaded(loaded, RULES, RunSettings(packs=()))
        assert [f.message for f in result.findings] == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Northumberland", "Northumberland Fire and Rescue Service"),
        ("Dorset & Wiltshire", "Dorset and Wiltshire Fire and Rescue Service"),
        (
            "Hampshire Fire and Rescue Service",
            "Hampshire and Isle of Wight Fire and Rescue Service",
        ),
        ("West Midlands Fire Service", "West Midlands Fire Service"),
        ("Northumbria", None),
    ],
)
def test_service_names_resolve_against_the_services_table(name: str, expected: str | None) -> None:
    assert resolve_service(name, FACTS) == expected


def test_an_unknown_service_gets_the_nearest_name() -> None:
    text = FRS_2021.replace("Shropshire 2021/22", "Shropshir 2021/22")
    loaded = import_bytes(text.encode(), "page.txt", FACTS)
    [problem] = loaded.findings
    assert problem.message == (
        "'Shropshir' is not a fire and rescue service in the services table "
        "(rules/data/services.csv); did you mean 'Shropshire Fire and Rescue Service'?"
    )


def test_a_police_summary_page_is_not_a_fire_page() -> None:
    text = page("Cumbria 2018/19", "Read more about Cumbria", "This is HMICFRS's fifth PEEL.")
    loaded = import_bytes(text.encode(), "page.txt", FACTS)
    assert "no report header found" in loaded.findings[0].message


def test_peel_2018_header_is_the_2018_19_cycle() -> None:
    text = page("Gwent PEEL 2018", "Efficiency", "How efficiently does the force operate?")
    data = imported(text).data
    assert data["inspection"]["cycle"] == "2018/19"
    assert data["inspection"]["pillar_page"] == "Efficiency"


@pytest.mark.parametrize("word", ["Ungraded", "Not graded", "not yet graded", "To be graded"])
def test_non_grades_are_grades_of_no_judgement(word: str) -> None:
    text = page("Kent PEEL 2016", "Effectiveness", "How effective?", word, "Summary.")
    overall = imported(text).data["overall"]
    assert overall["grade"] == word


@pytest.mark.parametrize(
    ("line", "year"),
    [
        (
            "This question was not inspected in 2017. The grade and findings from last year’s "
            "inspection still stand.",
            "2016",
        ),
        (
            "This question was not subject to detailed inspection in 2018/19, and our judgment "
            "from the 2017 legitimacy inspection has been carried over.",
            "2017",
        ),
        (  # Sussex 2018/19 Legitimacy (tests/data/heldout7) writes it without "detailed"
            "This question was not subject to inspection in 2018/19, and our judgment "
            "from the 2017 legitimacy inspection has been carried over.",
            "2017",
        ),
    ],
)
def test_carried_over_questions(line: str, year: str) -> None:
    text = page("Kent PEEL 2017", "Legitimacy", "How legitimate?", "Summary.", "1", "How?", line)
    question = imported(text).data["questions"][0]
    assert question["carried_over_from"] == year
    assert question["narrative"] == line


def test_a_question_not_inspected_in_2015_has_no_grade_and_says_why() -> None:
    line = "This question has not been inspected or graded in 2015."
    text = page("Kent PEEL 2015", "Legitimacy", "How legitimate?", "Summary.", "1", "How?", line)
    question = imported(text).data["questions"][0]
    assert question["grade_absent"] == "not inspected or graded in 2015"


@pytest.mark.parametrize(
    "line",
    [
        "Os hoffech chi ddarllen hwn trwy’r Gymraeg (PDF document)",
        "Os hoffech chi ddarllen hwn trwy'r Gymraeg",
        "Os hoffech chi ddarllen hwn trwy’r Gymraeg (dogfen PDF).",
    ],
)
def test_the_welsh_line_in_all_its_forms(line: str) -> None:
    text = page("Gwent PEEL 2016", "Effectiveness", "How effective?", "Good", "Summary.", line)
    data = imported(text).data
    assert data["inspection"]["welsh_version"] is True
    assert data["overall"]["summary"] == "Summary."


def test_a_cause_of_concern_and_its_recommendations() -> None:
    text = page(
        "Bedfordshire PEEL 2016",
        "Effectiveness",
        "How effective?",
        "Inadequate",
        "Summary.",
        "Questions for Effectiveness",
        "1",
        "How effective is the force at protecting those who are vulnerable from harm?",
        "Inadequate",
        "Cause of concern",
        "The force does not protect vulnerable people well enough.",
        "To address this cause of concern the force must immediately take steps to:",
        "• review its risk assessments; and\n• train its staff.",
        "Back to top",
    )
    [concern] = imported(text).data["questions"][0]["causes_of_concern"]
    assert concern["text"].startswith("The force does not protect vulnerable people")
    assert concern["recommendations"] == ["review its risk assessments; and", "train its staff."]


def test_no_questions_in_a_whole_page_is_a_problem_that_suggests_an_excerpt() -> None:
    text = page("Gwent PEEL 2016", "Effectiveness", "How effective?", "Good", "Summary.")
    loaded = import_bytes(text.encode(), "page.txt", FACTS)
    [problem] = loaded.findings
    assert "no questions were found" in problem.message and "--excerpt" in problem.message
    assert imported(text).data["inspection"]["excerpt"] is True


def test_import_and_check_take_excerpt(write: Callable[..., Path]) -> None:
    text = page("Gwent PEEL 2016", "Effectiveness", "How effective?", "Good", "Gwent is good.")
    path = write(text, "page.txt")
    assert run("import", str(path)).code == 2
    result = run("import", "--excerpt", str(path))
    assert result.code == 0
    assert load_text(result.out, "out").data["inspection"]["excerpt"] is True
    assert run("check", "--today", "2024-01-01", str(path)).code == 1
    checked = run("check", "--excerpt", "--today", "2024-01-01", str(path))
    assert (checked.code, checked.out.strip()) == (0, "no problems in 1 file")


def test_check_excerpt_applies_to_yaml_drafts_and_to_the_cache(write: Callable[..., Path]) -> None:
    draft = write(
        'peelcheck: 1\ninspection: {programme: PEEL, cycle: "2016", subject: Kent Police, '
        "pillar: Effectiveness}\noverall: {grade: Good, summary: Kent Police is good.}\n",
        "draft.yaml",
    )
    whole = run("check", "--format", "json", str(draft))
    assert "framework-questions" in whole.out
    assert "framework-questions" not in run("check", "--excerpt", str(draft)).out
    today = __import__("datetime").date(2024, 1, 1)
    assert run_key(RULES, use_waivers=True, today=today) != run_key(
        RULES, use_waivers=True, today=today, excerpt=True
    )


def test_a_police_summary_page_that_mentions_fire_is_not_a_fire_page() -> None:
    text = page("Gwent 2018/19", "The force collaborates with South Wales Fire and Rescue Service.")
    loaded = import_bytes(text.encode(), "page.txt", FACTS)
    assert "no report header found" in loaded.findings[0].message


def test_a_summary_paragraph_is_not_taken_for_the_pillar_question() -> None:
    text = page(
        "Gwent PEEL 2017",
        "Last updated 09/11/2017",
        "Gwent Police is judged to be good in the efficiency with which it keeps people safe "
        "and reduces crime. Our overall judgment this year is the same as last year.",
    )
    overall = imported(text).data["overall"]
    assert "title" not in overall
    assert overall["summary"].startswith("Gwent Police is judged to be good")


@pytest.mark.parametrize(
    ("headline", "pillar"),
    [
        ("How well the force tackles crime", "Effectiveness"),
        ("How well the force delivers value for money", "Efficiency"),
        (
            "Does the force act with integrity and provide a service the public expects?",
            "Legitimacy",
        ),
    ],
)
def test_a_2014_page_is_placed_by_its_pillar_headline(headline: str, pillar: str) -> None:
    # found after measuring the second held-out set (its FINDINGS.md, "after looking")
    text = page(
        "Norfolk PEEL 2014", headline, "Last updated 12/11/2014", "There is clear leadership."
    )
    inspection = imported(text).data["inspection"]
    assert inspection["pillar"] == pillar


def test_a_2014_page_without_a_headline_names_no_pillar() -> None:
    text = page("Norfolk PEEL 2014", "Last updated 12/11/2014", "There is clear leadership.")
    assert "pillar" not in imported(text).data["inspection"]
