"""`peelcheck import` and checking .txt/.docx directly: published pages and Word drafts.

The Word fixtures are built here with python-docx from the example draft's data (never
committed as binaries), so the .docx importer is tested against content the text importer
did not produce.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from docx.oxml import parse_xml

from peelcheck.draft.model import Report
from peelcheck.draft.read import load_file, load_text
from peelcheck.draft.validate import validate_model
from peelcheck.importers import import_bytes, import_file
from peelcheck.importers.builder import ImportFacts, resolve_force
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.run.inputs import collect
from tests.conftest import EXAMPLES, ROOT, run

FACTS = ImportFacts.from_pack(load_ruleset(builtin_pack_names()).pack_data)

REFERENCE = ROOT / "tests" / "data" / "reference" / "gwent-peel-2016-effectiveness.txt"
EXAMPLE = EXAMPLES / "gwent-2016-effectiveness.yaml"
PAGE = REFERENCE.read_text(encoding="utf-8")

# Two text rules, so that findings inside a summary and a narrative can be located exactly.
TEXT_RULES = """\
peelcheck-rules: 1
pack: import-test
description: Text rules for the import tests.
extends: [base]
rules:
  - id: test-missing-space
    severity: warning
    description: A full stop with no space after it.
    given: overall
    check: {type: pattern, field: summary, forbid: "[a-z]{2}\\\\.[A-Z][a-z]"}
    message: "no space after the full stop in '{match}'"
  - id: test-formally
    severity: warning
    description: formally where formerly was meant.
    given: "questions[*]"
    check: {type: pattern, field: narrative, forbid: "formally known as"}
    message: "'{match}': formerly?"
"""


def example_data() -> Any:
    return load_file(EXAMPLE).data


def build_docx(
    data: Any, *, final: bool = True, after_grade: list[list[str]] | None = None
) -> bytes:
    """A Word draft holding the draft `data`, laid out with headings, paragraphs and bullets.

    `after_grade` adds a table of these rows after question 1's grade (a table of figures).
    """
    document = docx.Document()
    inspection, overall = data["inspection"], data["overall"]
    document.add_heading(f"{inspection['subject']} PEEL {inspection['cycle']}", level=0)
    document.add_heading(inspection["pillar"], level=1)
    document.add_heading(overall["title"], level=2)
    year, month, day = inspection["published"].split("-")
    document.add_paragraph(f"Last updated {day}/{month}/{year}")
    document.add_paragraph(overall["grade"])
    for index, paragraph in enumerate(overall["summary"].split("\n\n")):
        document.add_paragraph(paragraph)
        if index == 0 and inspection.get("welsh_version"):
            document.add_paragraph("Os hoffech chi ddarllen hwn trwy'r Gymraeg")  # straight '
    document.add_heading(f"Questions for {inspection['pillar']}", level=1)
    for question in data["questions"]:
        document.add_heading(f"{question['number']}. {question['title']}", level=2)
        for paragraph in question["narrative"].split("\n\n"):
            document.add_paragraph(paragraph)
        document.add_paragraph(question["grade"])
        if after_grade and question["number"] == 1:
            table = document.add_table(rows=len(after_grade), cols=len(after_grade[0]))
            for r, row in enumerate(after_grade):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        if question.get("areas_for_improvement"):
            document.add_heading("Areas for improvement", level=3)
            for area in question["areas_for_improvement"]:
                document.add_paragraph(area, style="List Bullet")
    if final:
        document.core_properties.content_status = "Final"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def paragraph_number(raw: bytes, starts: str) -> int:
    """The 1-based number of the first body paragraph starting with `starts`."""
    paragraphs = docx.Document(io.BytesIO(raw)).paragraphs
    return next(i for i, p in enumerate(paragraphs, 1) if p.text.startswith(starts))


def column_of(raw: bytes, paragraph: int, pattern: str) -> int:
    """The 1-based column of the first match of `pattern` in the 1-based `paragraph`."""
    text = docx.Document(io.BytesIO(raw)).paragraphs[paragraph - 1].text
    found = re.search(pattern, text)
    assert found is not None
    return found.start() + 1


def position_in_page(words: str, text: str = PAGE) -> tuple[int, int]:
    """1-based line and column of `words` in the page text."""
    offset = text.index(words)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check_json(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = run("check", "--format", "json", *args)
    assert "Traceback" not in result.out + result.err
    return result.code, json.loads(result.out)["findings"]


# -- the published page ---------------------------------------------------------------------


def test_reference_page_imports_to_the_example() -> None:
    loaded = import_file(REFERENCE, FACTS)
    assert loaded.findings == []
    assert loaded.data == example_data()
    assert "Os hoffech" not in loaded.data["overall"]["summary"]


def test_every_value_has_a_span_into_the_page() -> None:
    loaded = import_file(REFERENCE, FACTS)
    assert loaded.source is not None
    values = loaded.source.values
    for path in ("inspection.subject", "inspection.published", "questions[1].grade"):
        span = values[path]
        assert PAGE[span.start : span.end] in {"Gwent", "02/03/2017", "Good"}
    assert (values["questions[3]"].line, values["questions[3]"].column) == position_in_page("4\n")
    area = values["questions[1].areas_for_improvement[1]"]
    assert PAGE[area.start : area.end] == example_data()["questions"][1]["areas_for_improvement"][1]
    narrative = values["questions[0].narrative"]
    assert PAGE[narrative.start : narrative.end] == example_data()["questions"][0]["narrative"]
    assert set(loaded.paths_by_id.values()) >= {"", "inspection", "questions", "questions[4]"}


def test_import_command_writes_block_scalars_that_read_back(tmp_path: Path) -> None:
    out = tmp_path / "gwent.yaml"
    result = run("import", str(REFERENCE), "-o", str(out))
    assert (result.code, result.out, result.err) == (0, "", "")
    text = out.read_text(encoding="utf-8")
    loaded = load_text(text, str(out))
    assert loaded.data == example_data()
    assert validate_model(Report, loaded)[1] == []
    multi_line = [
        node
        for node in _scalars(yaml.compose(text))
        if isinstance(node.value, str) and "\n" in node.value
    ]
    assert len(multi_line) == 6 and all(node.style == "|" for node in multi_line)
    assert "Gwent Police’s" in text and "‘Families First’" in text  # curly quotes as written


def _scalars(node: yaml.Node) -> list[yaml.ScalarNode]:
    if isinstance(node, yaml.ScalarNode):
        return [node]
    children = node.value if isinstance(node, yaml.SequenceNode) else [v for _, v in node.value]
    return [scalar for child in children for scalar in _scalars(child)]


def test_import_without_output_writes_yaml_to_stdout() -> None:
    result = run("import", str(REFERENCE))
    assert result.code == 0
    assert load_text(result.out, "stdout").data == example_data()


def test_import_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    out.write_text("mine\n", encoding="utf-8")
    result = run("import", str(REFERENCE), "-o", str(out))
    assert result.code == 2
    assert (
        result.err.strip() == f"peelcheck: error: {out} already exists; add --force to overwrite it"
    )
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert run("import", str(REFERENCE), "-o", str(out), "--force").code == 0
    assert load_file(out).data == example_data()


def test_checking_the_page_gives_the_examples_findings_at_page_lines(
    write: Callable[..., Path],
) -> None:
    rules = str(write(TEXT_RULES, "text-rules.yaml"))
    code_page, page = check_json("--rules", rules, str(REFERENCE))
    code_example, example = check_json("--rules", rules, str(EXAMPLE))
    assert code_page == code_example == 1

    def key(f: dict[str, Any]) -> tuple[str, str, str]:
        return f["rule"], f["message"], f["path"]

    assert sorted(map(key, page)) == sorted(map(key, example))
    assert {f["file"] for f in page} == {str(REFERENCE)}
    where = {f["rule"]: (f["line"], f["column"]) for f in page}
    assert where["test-missing-space"] == position_in_page("nt.The")
    assert where["test-formally"] == position_in_page("formally known as")
    assert where["requires-improvement-has-areas"] == position_in_page("4\n")


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.replace("\n", "\r\n").encode(),
        lambda text: b"\xef\xbb\xbf" + text.encode(),
        lambda text: text.encode("utf-16"),
    ],
    ids=["crlf", "utf-8-bom", "utf-16"],
)
def test_line_endings_and_encodings_import_alike(encode: Callable[[str], bytes]) -> None:
    loaded = import_bytes(encode(PAGE), "page.txt", FACTS)
    assert (loaded.findings, loaded.data) == ([], example_data())


def test_a_banner_ending_like_a_header_is_page_furniture() -> None:
    page = "Read the latest reports from PEEL 2016\n\n" + PAGE
    loaded = import_bytes(page.encode(), "page.txt", FACTS)
    assert (loaded.findings, loaded.data) == ([], example_data())


def test_txt_in_a_folder_is_not_collected_but_named_files_and_globs_are(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a draft", encoding="utf-8")
    (folder / "a.yaml").write_text("peelcheck: 1\n", encoding="utf-8")
    (folder / "b.docx").write_bytes(build_docx(example_data()))
    # Word drafts are the common case: a folder holds them (issue 13); pages stay opt-in
    assert [s.name for s in collect([str(folder)])] == [
        str(folder / n) for n in ("a.yaml", "b.docx")
    ]
    assert [s.name for s in collect([str(folder / "notes.txt")])] == [str(folder / "notes.txt")]
    assert [s.name for s in collect([f"{folder}/*.txt"])] == [str(folder / "notes.txt")]


# -- what cannot be placed ------------------------------------------------------------------


STRAY = "A note left between the heading and the first question"
STRAY_PAGE = PAGE.replace(
    "Questions for Effectiveness\n", f"Questions for Effectiveness\n\n{STRAY}\n"
)


def test_unplaceable_line_stops_the_import_naming_it(write: Callable[..., Path]) -> None:
    page = write(STRAY_PAGE, "page.txt")
    line = position_in_page(STRAY, STRAY_PAGE)[0]
    result = run("import", str(page))
    assert result.code == 2
    assert result.out == ""
    assert f"page.txt:{line}:1: cannot place line {line} '{STRAY}'" in result.err
    assert "nothing written" in result.err


def test_lenient_import_lists_what_it_skipped(write: Callable[..., Path]) -> None:
    page = write(STRAY_PAGE, "page.txt")
    result = run("import", "--lenient", str(page))
    assert result.code == 0
    assert "cannot place line" in result.err and f"'{STRAY}'" in result.err
    assert "--lenient" in result.err
    assert load_text(result.out, "out").data == example_data()


def test_checking_a_page_with_an_unplaceable_line_is_a_located_finding(
    write: Callable[..., Path],
) -> None:
    page = write(STRAY_PAGE, "page.txt")
    code, findings = check_json(str(page))
    assert code == 1
    line, column = position_in_page(STRAY, STRAY_PAGE)
    assert [(f["rule"], f["line"], f["column"]) for f in findings] == [("import", line, column)]


def test_page_furniture_after_the_header_is_skipped() -> None:
    page = PAGE + "\nBack to top\n\nDetailed findings for question 5\n"
    page = page.replace("Effectiveness\n", "Effectiveness\n\nSkip to content\n", 1)
    loaded = import_bytes(page.encode(), "page.txt", FACTS)
    assert (loaded.findings, loaded.data) == ([], example_data())


def test_unknown_force_is_reported_with_the_nearest_name(write: Callable[..., Path]) -> None:
    broken = PAGE.replace("Gwent PEEL 2016", "Gwint PEEL 2016")
    result = run("import", str(write(broken, "page.txt")))
    assert result.code == 2
    assert "'Gwint' is not a force in the forces table" in result.err
    assert "did you mean 'Gwent Police'?" in result.err


def test_a_grade_the_page_does_not_show_is_recorded_as_absent() -> None:
    loaded = import_bytes(PAGE.replace("Requires improvement\n5", "5").encode(), "p.txt", FACTS)
    assert loaded.findings == []
    question = loaded.data["questions"][3]
    assert "grade" not in question
    assert question["grade_absent"] == "not in the copied page text"


def test_a_text_without_a_report_header_is_refused(write: Callable[..., Path]) -> None:
    result = run("import", str(write("Skip to content\n\nSome text.\n", "page.txt")))
    assert result.code == 2
    assert "no report header found" in result.err
    assert len(result.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Gwent", "Gwent Police"),
        ("Heddlu Gwent", "Gwent Police"),
        ("Avon and Somerset", "Avon and Somerset Constabulary"),
        ("Avon & Somerset Constabulary", "Avon and Somerset Constabulary"),
        ("Devon & Cornwall Police", "Devon and Cornwall Police"),
        ("Metropolitan Police Service", "Metropolitan Police Service"),
        # today's name since the 2022 renaming; the former name stays recognised, as written
        ("Hampshire and Isle of Wight Constabulary", "Hampshire and Isle of Wight Constabulary"),
        ("Hampshire and Isle of Wight", "Hampshire and Isle of Wight Constabulary"),
        ("Hampshire Constabulary", "Hampshire Constabulary"),
        ("Hampshire", "Hampshire Constabulary"),
        ("Gwentshire", None),
    ],
)
def test_force_names_resolve_against_the_forces_table(name: str, expected: str | None) -> None:
    assert resolve_force(name, FACTS) == expected


HAMPSHIRE_2021_22 = (
    ROOT / "tests/data/heldout2/pages/hampshire-and-isle-of-wight-2021-22-report.txt"
)


def test_a_page_on_a_renamed_force_imports_under_its_name_today() -> None:
    # the heldout2 page (already measured and looked at) that the old table refused
    loaded = import_bytes(
        HAMPSHIRE_2021_22.read_bytes(), HAMPSHIRE_2021_22.name, FACTS, excerpt=True
    )
    assert loaded.findings == []
    assert loaded.data["inspection"]["subject"] == "Hampshire and Isle of Wight Constabulary"


def test_a_near_miss_of_a_former_name_suggests_the_name_today() -> None:
    page = HAMPSHIRE_2021_22.read_text(encoding="utf-8")
    changed = page.replace("Hampshire and Isle of Wight Constabulary", "Hampshire Constabullary", 1)
    assert changed != page
    loaded = import_bytes(changed.encode(), "p.txt", FACTS, excerpt=True)
    assert "did you mean 'Hampshire and Isle of Wight Constabulary'?" in loaded.findings[0].message


# -- Word drafts ----------------------------------------------------------------------------


def test_word_draft_imports_to_the_same_draft() -> None:
    loaded = import_bytes(build_docx(example_data()), "gwent.docx", FACTS)
    assert loaded.findings == []
    places = loaded.data.pop("document")  # where each value stands in the document (issue 13)
    assert loaded.data == example_data()
    assert places["file"] == "gwent.docx"
    assert places["places"]["questions[3].grade"]["headings"][-1] == "grade"


def test_word_draft_not_marked_final_is_a_draft() -> None:
    loaded = import_bytes(build_docx(example_data(), final=False), "gwent.docx", FACTS)
    expected = example_data()
    expected["inspection"]["status"] = "draft"
    loaded.data.pop("document")
    assert loaded.data == expected


def test_checking_a_word_draft_points_at_paragraphs(write: Callable[..., Path]) -> None:
    raw = build_docx(example_data())
    draft = write(raw, "gwent.docx")
    rules = str(write(TEXT_RULES, "text-rules.yaml"))
    code, findings = check_json("--rules", rules, str(draft))
    _, example = check_json("--rules", rules, str(EXAMPLE))
    assert code == 1
    assert sorted(f["rule"] + f["path"] for f in findings) == sorted(
        f["rule"] + f["path"] for f in example
    )
    # a paragraph's number and the column of the words in it (issue 13: it was column 1)
    where = {f["rule"]: (f["line"], f["column"]) for f in findings}
    assert where["requires-improvement-has-areas"] == (paragraph_number(raw, "4. "), 1)
    missing = paragraph_number(raw, "The force is generally")
    assert where["test-missing-space"] == (missing, column_of(raw, missing, r"[a-z]{2}\.[A-Z]"))
    formally = paragraph_number(raw, "The force has been developing")
    assert where["test-formally"] == (formally, column_of(raw, formally, "formally known as"))
    word = {f["rule"]: f["word"] for f in findings}
    assert word["test-formally"]["quote"] == "formally known as"
    assert word["test-formally"]["paragraph"] == formally - 1


def test_word_tracked_changes_and_content_controls() -> None:
    document = docx.Document()
    for text in ("Gwent PEEL 2016", "Effectiveness", "How effective?", "Good", "Summary "):
        document.add_paragraph(text)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    summary = document.paragraphs[-1]._p
    summary.append(
        parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>kept</w:t></w:r></w:ins>')
    )
    summary.append(
        parse_xml(
            f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>gone</w:delText></w:r></w:del>'
        )
    )
    control = f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Questions for Effectiveness</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    document.element.body.insert(len(document.element.body) - 1, parse_xml(control))
    for text in ("1", "How?", "Narrative.", "Good"):
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    loaded = import_bytes(buffer.getvalue(), "draft.docx", FACTS)
    assert loaded.findings == []
    assert loaded.data["overall"]["summary"] == "Summary kept"
    assert loaded.data["questions"] == [
        {"number": 1, "title": "How?", "grade": "Good", "narrative": "Narrative."}
    ]


def test_word_data_table_in_a_question_is_reported_not_imported(
    write: Callable[..., Path],
) -> None:
    """A table of figures in a question is not narrative: it is named and left out. (Issue
    13: tables used to be refused wherever they stood; the judgments table and one-cell
    boxes are read now.)"""
    raw = build_docx(example_data(), after_grade=[["Measure", "Force"], ["Calls", "83%"]])
    draft = write(raw, "gwent.docx")
    # the table's first cell comes after question 1's grade, where question 2 stands in
    # python-docx's list of paragraphs (which leaves table cells out)
    table = paragraph_number(raw, "2. ")
    result = run("import", str(draft))
    assert result.code == 2
    assert f"gwent.docx: paragraph {table}: 'Measure': a table in 'How effective is the" in (
        result.err
    )
    lenient = run("import", "--lenient", str(draft))
    assert lenient.code == 0 and "is not imported" in lenient.err
    assert load_text(lenient.out, "out").data["questions"] == example_data()["questions"]


@pytest.mark.parametrize("damage", ["not a zip", "truncated"])
def test_corrupt_word_file_is_a_clear_error(write: Callable[..., Path], damage: str) -> None:
    raw = build_docx(example_data())
    bad = write(b"just some bytes" if damage == "not a zip" else raw[: len(raw) // 2], "bad.docx")
    result = run("import", str(bad))
    assert result.code == 2
    assert "not a readable Word document (.docx)" in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    code, findings = check_json(str(bad))
    assert code == 1
    assert [f["rule"] for f in findings] == ["file-format"]


def test_missing_python_docx_is_explained(
    write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = write(build_docx(example_data()), "gwent.docx")
    monkeypatch.setitem(sys.modules, "docx", None)  # `import docx` now fails
    for command in ("import", "check"):
        result = run(command, str(draft))
        assert result.code == 2
        assert "needs python-docx" in result.err and "reinstall peelcheck" in result.err


def test_import_refuses_other_kinds_of_file(write: Callable[..., Path]) -> None:
    result = run("import", str(write("x", "report.pdf")))
    assert result.code == 2
    assert "give a .txt (a published page) or .docx" in result.err


GWENT_2018 = ROOT / "tests/data/pages/gwent-2018-effectiveness.txt"


def _cut_inside_first_question_title() -> str:
    # real copies are cut at 2,000 bytes, here inside the first question's title
    page = GWENT_2018.read_text(encoding="utf-8")
    first = page.index("How effective is", page.index("Questions for Effectiveness"))
    return page[: first + len("How effecti")]


def test_an_excerpt_cut_inside_its_last_line_imports_without_a_problem() -> None:
    loaded = import_bytes(_cut_inside_first_question_title().encode(), "p.txt", FACTS, excerpt=True)
    assert loaded.findings == []
    assert loaded.data["inspection"]["pillar_page"] == "Effectiveness"


def test_an_unplaceable_last_line_of_a_whole_page_is_still_reported() -> None:
    whole = import_bytes(_cut_inside_first_question_title().encode(), "p.txt", FACTS)
    assert any("cannot place" in f.message and "How effecti" in f.message for f in whole.findings)
