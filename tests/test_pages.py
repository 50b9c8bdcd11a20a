"""The openings of real published pages (tests/data/pages, copied from shared/reference/pages).

Each imports as an excerpt with the right programme, cycle, subject, pillar, the grades the
copy shows (and only those), carried-over questions and the Welsh link; checked, the pages
give exactly the real slips their README lists that a rule covers, and nothing else.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from peelcheck.draft.model import Report
from peelcheck.draft.validate import validate_model
from peelcheck.importers import import_file
from peelcheck.importers.facts import ImportFacts
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from tests.conftest import ROOT, run

FACTS = ImportFacts.from_pack(load_ruleset(builtin_pack_names()).pack_data)
PAGES = ROOT / "tests" / "data" / "pages"
ABSENT = "absent"  # a grade the copy does not show

# file -> (programme, cycle, subject, pillar, pillar page?, pillar grade,
#          [(question number, grade or ABSENT, carried over from)], Welsh link)
EXPECTED: dict[str, tuple[Any, ...]] = {
    "lancashire-2014-effectiveness": (
        "PEEL", "2014", "Lancashire Constabulary", "Effectiveness", False, "Ungraded",
        [(1, "Good", None)], None,
    ),
    "gwent-2015-effectiveness": (
        "PEEL", "2015", "Gwent Police", "Effectiveness", False, ABSENT, [], True,
    ),
    "lancashire-2015-effectiveness": (
        "PEEL", "2015", "Lancashire Constabulary", "Effectiveness", False, ABSENT,
        [(1, ABSENT, None), (2, ABSENT, None)], None,
    ),
    "gwent-2016-effectiveness": (
        "PEEL", "2016", "Gwent Police", "Effectiveness", False, "Good", [], True,
    ),
    "lancashire-2016-effectiveness": (
        "PEEL", "2016", "Lancashire Constabulary", "Effectiveness", False, "Good", [], None,
    ),
    "gwent-2016-efficiency": (
        "PEEL", "2016", "Gwent Police", "Efficiency", False, "Good",
        [(1, ABSENT, None), (2, ABSENT, None)], None,
    ),
    "gwent-2017-effectiveness": (
        "PEEL", "2017", "Gwent Police", "Effectiveness", False, "Requires improvement", [], True,
    ),
    "gwent-2017-efficiency": (
        "PEEL", "2017", "Gwent Police", "Efficiency", False, ABSENT, [(1, ABSENT, None)], True,
    ),
    "lancashire-2017-effectiveness": (
        "PEEL", "2017", "Lancashire Constabulary", "Effectiveness", False, ABSENT,
        [(1, ABSENT, "2016"), (2, ABSENT, "2016"), (3, ABSENT, None)], None,
    ),
    "gwent-2018-effectiveness": (
        "PEEL", "2018/19", "Gwent Police", "Effectiveness", True, ABSENT,
        [(1, ABSENT, "2016"), (2, ABSENT, None)], None,
    ),
    "gwent-2018-efficiency": (
        "PEEL", "2018/19", "Gwent Police", "Efficiency", True, "Good",
        [(1, "Good", "2017"), (2, ABSENT, None)], None,
    ),
    "lancashire-2018-effectiveness": (
        "PEEL", "2018/19", "Lancashire Constabulary", "Effectiveness", True, "Good",
        [(1, ABSENT, None), (2, ABSENT, None)], None,
    ),
    "northumberland-frs-2018-19-effectiveness": (
        "FRS", "2018/19", "Northumberland Fire and Rescue Service", "Effectiveness", True,
        "Requires improvement", [], None,
    ),
}  # fmt: skip


def _import(name: str) -> Any:
    loaded = import_file(PAGES / f"{name}.txt", FACTS, excerpt=True)
    assert loaded.findings == [], [f.message for f in loaded.findings]
    assert validate_model(Report, loaded)[1] == []
    return loaded.data


def test_every_page_opening_is_listed() -> None:
    assert {path.stem for path in PAGES.glob("*.txt")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_opening_imports_with_what_it_shows(name: str) -> None:
    programme, cycle, subject, pillar, page, grade, questions, welsh = EXPECTED[name]
    data = _import(name)
    inspection = data["inspection"]
    assert (inspection["programme"], inspection["cycle"], inspection["subject"]) == (
        programme,
        cycle,
        subject,
    )
    assert inspection["excerpt"] is True
    assert inspection.get("welsh_version") is welsh
    if page:  # a pillar of an integrated report: the pillar is the page's, not the report's
        assert "pillar" not in inspection and "overall" not in data
        assert inspection["pillar_page"] == pillar
        [judged] = data["pillars"]
        assert judged["name"] == pillar
        assert all(q["pillar"] == pillar for q in data.get("questions", []))
    else:
        assert inspection["pillar"] == pillar and "pillars" not in data
        judged = data["overall"]
    assert judged.get("grade", ABSENT) == grade
    assert ("grade_absent" in judged) == (grade == ABSENT)
    found = [
        (q["number"], q.get("grade", ABSENT), q.get("carried_over_from"))
        for q in data.get("questions", [])
    ]
    assert found == questions
    for question in data.get("questions", []):
        assert ("grade" in question) != ("grade_absent" in question)
        assert question["title"].endswith("?")


def test_areas_for_improvement_before_or_after_the_narrative() -> None:
    lancashire = _import("lancashire-2018-effectiveness")["questions"][0]
    assert lancashire["areas_for_improvement"] == [
        "The constabulary should ensure there is a consistent approach to recording, "
        "reviewing and evaluating problem-solving activity."
    ]
    assert lancashire["narrative"].startswith("Lancashire Constabulary is good at preventing")
    gwent = _import("gwent-2018-effectiveness")["questions"][1]
    assert gwent["areas_for_improvement"][0].startswith("The force should improve its processes")
    assert gwent["narrative"].startswith("We set out our detailed findings below.")


def test_the_welsh_line_and_furniture_are_not_text_of_the_report() -> None:
    for name in EXPECTED:
        data = json.dumps(_import(name), ensure_ascii=False)
        assert "Gymraeg" not in data and "Skip to content" not in data, name


def test_wrapped_bullets_are_one_item() -> None:
    narrative = _import("gwent-2018-efficiency")["questions"][0]["narrative"]
    assert (
        "The force should develop a plan to recover non-emergency abandoned calls. "
        "This has been addressed."
    ) in narrative
    summary = _import("northumberland-frs-2018-19-effectiveness")["pillars"][0]["summary"]
    assert "promoting safety messages to the public." in summary


# The real slips a careful reader finds in these openings (their README), each covered by a
# rule. A finding anywhere else is a false alarm, except the info notes that say what could
# not be checked (framework-unverified: titles no inspectorate page verifies).
SLIPS = {
    ("gwent-2016-effectiveness", "missing-full-stop"): "contact However",
    ("gwent-2016-effectiveness", "space-after-full-stop"): "inconsistent.The",
    ("gwent-2018-effectiveness", "template-placeholder"): "Force x",
    ("gwent-2015-effectiveness", "confused-words"): "form harm",
    ("gwent-2016-efficiency", "quotation-marks"): "‘and has",
}
NOTES = {"framework-unverified"}


def test_checking_the_openings_finds_exactly_the_real_slips() -> None:
    files = [str(PAGES / f"{name}.txt") for name in sorted(EXPECTED)]
    result = run("check", "--excerpt", "--format", "json", "--today", "2025-06-01", *files)
    findings = json.loads(result.out)["findings"]
    found = set()
    for finding in findings:
        name = Path(finding["file"]).stem
        line = (PAGES / f"{name}.txt").read_text(encoding="utf-8").splitlines()[finding["line"] - 1]
        at = line[finding["column"] - 1 :]
        expected = SLIPS.get((name, finding["rule"]))
        if expected is not None and at.startswith(expected):
            found.add((name, finding["rule"]))
        else:  # nothing else may be found but notes of what was not checked
            assert finding["rule"] in NOTES and finding["severity"] == "info", finding
    assert found == set(SLIPS)
    assert result.code == 1  # "Force x" is an error


def test_a_copy_cut_inside_a_questions_for_line_names_no_pillar(tmp_path: Path) -> None:
    # as Lancashire FRS 2018/19 (tests/data/heldout5) ends: "Questions for Eff"; here the
    # Gwent 2018/19 opening cut the same way
    text = (PAGES / "gwent-2018-effectiveness.txt").read_text(encoding="utf-8")
    cut = tmp_path / "gwent-2018-effectiveness.txt"
    cut.write_text(text[: text.index("Questions for Effectiveness") + len("Questions for Eff")])
    whole = _import("gwent-2018-effectiveness")["inspection"]
    loaded = import_file(cut, FACTS, excerpt=True)
    assert loaded.findings == []
    assert loaded.data is not None
    assert whole.get("pillar_page") == "Effectiveness"
    assert loaded.data["inspection"].get("pillar_page") == "Effectiveness"  # not "Eff"


def test_a_service_page_headed_by_its_short_name_resolves() -> None:
    # County Durham and Darlington FRS heads its 2021/22 page "Durham and Darlington 2021/22"
    # (tests/data/heldout7, judged false there: the import was refused)
    page = PAGES.parent / "heldout7/pages/durham-and-darlington-frs-2021-22-efficiency.txt"
    loaded = import_file(page, FACTS, excerpt=True)
    assert loaded.findings == []
    assert loaded.data["inspection"]["subject"] == (
        "County Durham and Darlington Fire and Rescue Service"
    )
