"""A summary page keeps each pillar sentence (`pillars[].grade_sentence`), so that
template-names-subject sees another force's or service's name left in it, at its words.

The pages are real (tests/data/*/pages); a planted name replaces the slot's words on one line.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peelcheck.importers import import_bytes
from tests.conftest import run
from tests.test_pages_layouts import FACTS

DATA = Path(__file__).parent / "data"
RULE = "template-names-subject"
SUSSEX_2016 = DATA / "heldout19/pages/sussex-2016-overview.txt"
LANCASHIRE_FRS = DATA / "heldout10/pages/lancashire-frs-2018-19-overview.txt"
CHESHIRE_2014 = DATA / "heldout10/pages/cheshire-2014-overview.txt"
CITY_2015 = DATA / "heldout10/pages/city-of-london-2015-overview.txt"
WEST_MERCIA_2018 = DATA / "heldout10/pages/west-mercia-2018-19-overview.txt"
NORTH_WALES_2016 = DATA / "heldout19/pages/north-wales-2016-overview.txt"
HAMPSHIRE_2016 = DATA / "heldout19/pages/hampshire-2016-overview.txt"
CHESHIRE_2017 = DATA / "heldout10/pages/cheshire-2017-overview.txt"


def planted(page: Path, line: int, old: str, new: str) -> str:
    """The page's text with `old` replaced by `new` on its (1-based) line."""
    lines = page.read_text(encoding="utf-8").split("\n")
    assert old in lines[line - 1], lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "\n".join(lines)


def findings(paths: list[Path]) -> list[dict[str, object]]:
    """The findings of template-names-subject on the pages, from `check --format json`."""
    checked = run(
        "check", "--no-cache", "--format", "json", "--today", "2026-12-01", *map(str, paths)
    )
    return [f for f in json.loads(checked.out)["findings"] if f["rule"] == RULE]


def test_a_summary_page_keeps_each_pillar_sentence_at_its_place() -> None:
    text = SUSSEX_2016.read_text(encoding="utf-8")
    loaded = import_bytes(text.encode(), "sussex.txt", FACTS)
    lines = text.split("\n")
    for index, line in enumerate((9, 11, 13)):
        pillar = loaded.data["pillars"][index]
        assert pillar["grade_sentence"] == lines[line - 1]
        span = loaded.source.values[f"pillars[{index}].grade_sentence"]
        assert (span.line, span.column, span.end_line) == (line, 1, line)
        assert span.end_column == len(lines[line - 1]) + 1
    # the sentence is the template's, not the inspector's: the summaries do not take it
    assert "extent to which" not in loaded.data["overall"]["summary"]
    assert "extent to which" not in loaded.data["pillars"][0]["summary"]


def test_only_the_first_sentence_of_the_line_is_kept() -> None:
    # Nottinghamshire 2014 (tests/data/heldout14), line 13
    sentence = (
        "the efficiency with which the force carries out its responsibilities requires improvement."
    )
    text = (
        f"Nottinghamshire 2014\n\nRead more about Nottinghamshire\n\n{sentence} However, there "
        "has been a notable improvement in the force’s approach since the initial inspection; "
        "and\n\nHMI's observations\n"
    )
    loaded = import_bytes(text.encode(), "page.txt", FACTS)
    assert loaded.data["pillars"][0]["grade_sentence"] == sentence


@pytest.mark.parametrize(
    ("page", "line", "old", "new", "subject"),
    [
        (SUSSEX_2016, 9, "the force", "Surrey Police", "Sussex Police"),
        (
            LANCASHIRE_FRS,
            13,
            "the service",
            "Merseyside Fire and Rescue Service",
            "Lancashire Fire and Rescue Service",
        ),
        (
            CITY_2015,
            11,
            "City of London Police",
            "Metropolitan Police Service",
            "City of London Police",
        ),
        (CHESHIRE_2014, 13, "the force", "Merseyside Police", "Cheshire Constabulary"),
        (WEST_MERCIA_2018, 13, "the force", "Warwickshire Police", "West Mercia Police"),
    ],
)
def test_another_name_planted_in_a_pillar_sentence_is_reported_at_its_words(
    write: Callable[..., Path], page: Path, line: int, old: str, new: str, subject: str
) -> None:
    text = planted(page, line, old, new)
    (found,) = findings([write(text, page.name)])
    assert str(found["message"]).endswith(
        f"names {new} but this report is on {subject}; write {subject}"
    )
    assert str(found["path"]).endswith(".grade_sentence")
    assert (found["line"], found["end_line"]) == (line, line)
    words = text.split("\n")[line - 1][int(found["column"]) - 1 : int(found["end_column"]) - 1]
    assert words == new


def test_the_real_pages_and_the_subject_s_other_names_in_the_slot_are_not_reported(
    write: Callable[..., Path],
) -> None:
    pages = [SUSSEX_2016, LANCASHIRE_FRS, CITY_2015, CHESHIRE_2014, WEST_MERCIA_2018]
    pages += [NORTH_WALES_2016, HAMPSHIRE_2016, CHESHIRE_2017]  # "the constabulary"
    alias_forms = [
        (NORTH_WALES_2016, 9, "the force", "Heddlu Gogledd Cymru"),  # the Welsh name
        (NORTH_WALES_2016, 11, "the force", "North Wales Police"),
        (HAMPSHIRE_2016, 9, "the constabulary", "Hampshire Constabulary"),  # its name then
        (HAMPSHIRE_2016, 11, "the constabulary", "Hampshire and Isle of Wight Constabulary"),
        (SUSSEX_2016, 11, "the force", "Sussex Constabulary"),  # a near miss, not a table name
        (LANCASHIRE_FRS, 13, "the service", "Lancashire FRS"),
        (CITY_2015, 13, "City of London Police", "the City of London Police"),
    ]
    for index, (page, line, old, new) in enumerate(alias_forms):
        pages.append(write(planted(page, line, old, new), f"{index}/{page.name}"))
    assert findings(pages) == []
