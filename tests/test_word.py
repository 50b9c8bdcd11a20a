"""Word drafts imported by their structure (issue 13).

Every fixture of tests/wordfixtures (one or more per layout family, built in code with
python-docx, varying the Word mechanics) must import whole, as the fixture says it should;
the clean ones must give no finding, and the defects ones exactly their planted findings,
each at the right question and on the right words. The same holds once LibreOffice has
re-saved them, so that a real word processor wrote the file.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import jsonschema
import pytest
import yaml

from peelcheck.core.findings import Finding
from peelcheck.draft.read import load_file
from peelcheck.importers import import_bytes, import_file
from peelcheck.importers.builder import ImportFacts
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.run.inputs import Source
from peelcheck.run.pipeline import check_source
from peelcheck.run.settings import RunSettings
from tests.conftest import ROOT, run
from tests.wordfixtures import FIXTURES, Fixture, by_name, resave_all_with_libreoffice

SETTINGS = RunSettings(tuple(builtin_pack_names()), today=dt.date(2026, 1, 1))
RULESET = SETTINGS.ruleset()
FACTS = ImportFacts.from_pack(load_ruleset(builtin_pack_names()).pack_data)
NAMES = [f.name for f in FIXTURES]
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false")
# Info notes on what could not be checked (framework titles not verified for the cycle): said
# of every draft of the cycle, not findings about a draft's content.
NOT_FINDINGS = {"framework-unverified"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("word")
    return {f.name: f.build(folder) for f in FIXTURES}


def check(path: Path) -> list[Finding]:
    return check_source(Source(str(path), path), RULESET, SETTINGS).findings


# -- every layout family imports whole ----------------------------------------------------


def _questions(fixture: Fixture, data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(title, grade as written or None, ungraded) as the fixture states them."""
    found = []
    expected = fixture.expected["questions"]
    assert len(data["questions"]) == len(expected)
    for question, (_, grade, ungraded) in zip(data["questions"], expected, strict=True):
        written = None if question["grade"] == "Ungraded" and grade is None else question["grade"]
        found.append((question["title"], written, ungraded and question["grade"] == "Ungraded"))
    return found


@pytest.mark.parametrize("name", NAMES)
def test_fixture_imports_whole(built: dict[str, Path], name: str) -> None:
    fixture = by_name(name)
    expected = fixture.expected
    loaded = import_file(built[name], FACTS)
    assert [f.message for f in loaded.findings] == []
    data = loaded.data
    for key in ("programme", "cycle", "subject", "pillar", "published", "welsh_version"):
        assert data["inspection"].get(key) == expected[key], key
    assert _questions(fixture, data) == [tuple(q) for q in expected["questions"]]
    for question, details in zip(data["questions"], expected["question_details"], strict=True):
        if details["number"]:
            assert str(question["number"]) == details["number"], details["heading"]
        assert question.get("pillar") == (details["pillar"] or question.get("pillar"))
        assert len(question.get("areas_for_improvement", [])) == details["areas_for_improvement"]
        causes = question.get("causes_of_concern", [])
        assert [len(c.get("recommendations", [])) for c in causes] == details["causes_of_concern"]
        assert bool(question.get("carried_over_from")) == details["carried_over"]
        assert [b["heading"] for b in question.get("practice", [])] == details["kept"]
    if expected["grades_table"]:
        table = {(q["title"], q["table_grade"]) for q in data["questions"] if "table_grade" in q}
        assert table == {tuple(row) for row in expected["grades_table"]}
    overall = data.get("overall", {})
    assert overall.get("grade") == expected["overall"]["grade"]
    assert bool(overall.get("summary")) == expected["overall"]["summary"]
    pillars = [(p["name"], p.get("grade"), bool(p.get("summary"))) for p in data.get("pillars", [])]
    graded = [p for p in expected["pillars"] if p["grade"] or p["summary"]]
    assert pillars == [(p["name"], p["grade"], p["summary"]) for p in graded]


def test_practice_boxes_are_kept_and_are_not_findings(built: dict[str, Path]) -> None:
    data = import_file(built["peel-2023-25-suffolk-clean"], FACTS).data
    [box] = [b for q in data["questions"] for b in q.get("practice", [])]
    assert box["heading"] == "Promising practice"
    assert box["title"] == "Diverting young people from knife crime"
    assert box["text"].startswith("The constabulary and its partner organisations run")
    preventing = data["questions"][2]
    assert "knife" not in preventing["narrative"] and "areas_for_improvement" not in preventing


# -- findings at the right question, on the right words -------------------------------------


def _same_words(quote: str, words: str) -> bool:
    """The finding quotes the planted words, or (a shorter quote) part of them."""
    quote = quote.removesuffix("…")
    return words in quote or quote in words


def planted_and_extra(fixture: Fixture, findings: list[Finding]) -> tuple[list[Any], list[Any]]:
    """The planted defects not found, and the findings that are neither planted nor
    tolerated."""
    left = list(findings)
    missing = []
    for planted in fixture.planted:
        hit = next(
            (
                f
                for f in left
                if f.rule == planted.rule
                and f.place is not None
                and f.place.headings[:1] == (planted.heading,)
                and (planted.words is None or _same_words(f.place.quote, planted.words))
            ),
            None,
        )
        if hit is None:
            missing.append(planted)
        else:
            left.remove(hit)
    tolerated = {(rule, heading) for rule, heading, _ in fixture.expected["tolerated"]}
    extra = [
        (f.rule, f.path, f.message)
        for f in left
        if f.rule not in NOT_FINDINGS
        and (f.place is None or (f.rule, f.place.headings[0]) not in tolerated)
    ]
    return missing, extra


@pytest.mark.parametrize("name", NAMES)
def test_planted_defects_are_found_at_their_question_and_nothing_else(
    built: dict[str, Path], name: str
) -> None:
    fixture = by_name(name)
    missing, extra = planted_and_extra(fixture, check(built[name]))
    assert missing == []
    assert extra == []


def test_the_published_gwent_page_pasted_into_word_gives_its_six_real_defects() -> None:
    """Real material: the published Gwent 2016 Effectiveness page, pasted into Word as plain
    paragraphs (no heading styles, bullets as a List style), gives exactly the defects a
    careful reader finds in it (tests/test_reference_report.py), at the same questions."""
    page = ROOT / "tests" / "data" / "reference" / "gwent-peel-2016-effectiveness.txt"
    document = docx.Document()
    for line in page.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if text.startswith("• "):
            document.add_paragraph(text[2:], style="List Bullet")
        elif text:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    loaded = import_bytes(buffer.getvalue(), "gwent.docx", FACTS)
    assert loaded.findings == []
    word = check_source(Source("gwent.docx", data=buffer.getvalue()), RULESET, SETTINGS)
    text = check_source(Source(str(page), page), RULESET, SETTINGS)
    assert sorted((f.rule, f.path) for f in word.findings) == sorted(
        (f.rule, f.path) for f in text.findings
    )
    assert len(word.findings) == 6


def test_findings_quote_the_words_and_name_the_heading_path(built: dict[str, Path]) -> None:
    findings = {f.rule: f for f in check(built["peel-2023-25-durham-defects"])}
    contradiction = findings["narrative-contradicts-grade"].place
    assert contradiction is not None
    assert contradiction.headings == ("Investigating crime", "narrative")
    assert contradiction.quote == "Durham Constabulary is good at"  # split across three runs
    grade = findings["grade-on-scale"].place
    assert grade is not None and grade.quote == "Requires Improvment"
    assert grade.headings == ("Protecting vulnerable people", "grade")
    paragraph = docx_paragraphs(built["peel-2023-25-durham-defects"])[grade.paragraph]
    assert paragraph[grade.start : grade.end] == "Requires Improvment"
    assert paragraph.startswith("Grade: ")


def docx_paragraphs(path: Path) -> list[str]:
    """Every paragraph's text in reading order, table cells and content controls included."""
    from docx.oxml.ns import qn

    body = docx.Document(str(path)).element.body
    return [
        "".join(t.text or "" for t in p.iter(qn("w:t")))
        for p in body.iter(qn("w:p"))
        if not any(a.tag == qn("w:txbxContent") for a in p.iterancestors())
    ]


# -- a real word processor wrote it ----------------------------------------------------------


def test_findings_are_the_same_once_libreoffice_has_resaved_the_drafts(
    built: dict[str, Path], tmp_path: Path
) -> None:
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        if IN_CI:
            pytest.fail("LibreOffice (soffice) is not installed; .ci/run installs it")
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    resaved = resave_all_with_libreoffice([built[n] for n in NAMES], tmp_path / "lo")
    assert resaved is not None
    for name, path in zip(NAMES, resaved, strict=True):
        assert import_file(path, FACTS).findings == [], name
        original = {(f.rule, f.path, f.place.quote) for f in check(built[name]) if f.place}
        again = {(f.rule, f.path, f.place.quote) for f in check(path) if f.place}
        assert again == original, name
        assert planted_and_extra(by_name(name), check(path)) == ([], []), name


# -- the same draft through import and check --------------------------------------------------


def test_import_writes_the_draft_that_check_sees(built: dict[str, Path], tmp_path: Path) -> None:
    source = built["frs-2023-25-avon-defects"]
    out = tmp_path / "avon.yaml"
    result = run("import", str(source), "-o", str(out))
    assert result.code == 0, result.err
    assert load_file(out).data == import_file(source, FACTS).data
    yaml_findings = run("check", "--today", "2026-01-01", "--format", "json", str(out))
    word_findings = run("check", "--today", "2026-01-01", "--format", "json", str(source))
    paths = [
        sorted((f["rule"], f["path"]) for f in json.loads(r.out)["findings"])
        for r in (yaml_findings, word_findings)
    ]
    assert paths[0] == paths[1] and len(paths[0]) == 8


def test_text_output_names_paragraph_heading_and_words(built: dict[str, Path]) -> None:
    result = run("check", "--today", "2026-01-01", str(built["peel-2023-25-durham-defects"]))
    assert result.code == 1
    line = next(x for x in result.out.splitlines() if "narrative-contradicts-grade" in x)
    place, rest = line.split(": error ", 1)
    assert place.endswith(": Investigating crime › narrative: 'Durham Constabulary is good at'")
    assert ": paragraph " in place and rest.startswith("narrative-contradicts-grade question 5")


def test_json_and_sarif_carry_the_word_place(built: dict[str, Path]) -> None:
    draft = str(built["peel-2023-25-durham-defects"])
    document = json.loads(run("check", "--format", "json", draft).out)
    schema = json.loads((ROOT / "schemas" / "output.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["version"] == 3
    [word] = [f["word"] for f in document["findings"] if f["rule"] == "repeated-word"]
    assert word["quote"] == "the the" and word["headings"][0] == "Managing offenders and suspects"
    assert word["end"] - word["start"] == len("the the")
    sarif = json.loads(run("check", "--format", "sarif", draft).out)
    vendor = ROOT / "tests" / "data" / "vendor" / "sarif-schema-2.1.0.json"
    jsonschema.validate(sarif, json.loads(vendor.read_text(encoding="utf-8")))
    [result] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "repeated-word"]
    assert result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "the the"
    assert result["properties"]["word"]["paragraph"] == word["paragraph"]


# -- Word mechanics, one at a time ------------------------------------------------------------


def small_report(
    *lines: tuple[str, str], title: str = "PEEL 2023–25: An inspection of Kent Police"
) -> bytes:
    """A Word draft of (style, text) paragraphs after its title (its lines, split at " / ":
    Title, then Subtitle); style "" is Normal."""
    document = docx.Document()
    for index, line in enumerate(title.split(" / ")):
        document.add_paragraph(line, style="Subtitle" if index else "Title")
    document.add_paragraph("HM Inspector's summary", style="Heading 1")
    document.add_paragraph("Kent Police is good at most things.")
    for style, text in lines:
        document.add_paragraph(text, style=style or None)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_heading_that_starts_a_question_always_starts_one() -> None:
    raw = small_report(
        ("Heading 1", "Investigating crime"),
        ("", "Kent Police is good at investigating crime."),
        ("Heading 1", "Responding to the public"),
        ("", "Good"),
        ("", "Kent Police is good at responding to the public."),
    )
    loaded = import_bytes(raw, "kent.docx", FACTS)
    assert [q["title"] for q in loaded.data["questions"]] == [
        "Investigating crime",
        "Responding to the public",
    ]
    [problem] = loaded.findings
    assert problem.rule == "import" and problem.line == 4
    assert problem.message.startswith("'Investigating crime' has no grade")


def test_sub_headings_stay_in_their_section() -> None:
    """A sub-heading of the summary is summary; one inside an area, even one reading like a
    front-matter heading ("Introduction"), does not end the areas."""
    raw = small_report(
        ("Heading 2", "Areas of strength"),
        ("", "The force answers emergency calls quickly."),
        ("Heading 1", "Investigating crime"),
        ("", "Good"),
        ("", "Kent Police is good at investigating crime."),
        ("Heading 2", "Introduction"),
        ("", "Its investigations are well supervised."),
        ("Heading 1", "Responding to the public"),
        ("", "Good"),
        ("", "Kent Police is good at responding to the public."),
        ("Heading 1", "Annex A – About the data"),
        ("", "Data in this report is from the Home Office."),
    )
    loaded = import_bytes(raw, "kent.docx", FACTS)
    assert loaded.findings == []
    assert loaded.data["overall"]["summary"].split("\n\n")[1:] == [
        "Areas of strength",
        "The force answers emergency calls quickly.",
    ]
    investigating, responding = loaded.data["questions"]
    assert investigating["narrative"].endswith("Its investigations are well supervised.")
    assert responding["narrative"] == "Kent Police is good at responding to the public."


def test_a_heading_over_the_areas_is_not_an_area() -> None:
    raw = small_report(
        ("Heading 1", "Our detailed findings"),
        ("Heading 2", "Investigating crime"),
        ("", "Good"),
        ("", "Kent Police is good at investigating crime."),
        ("Heading 2", "Responding to the public"),
        ("", "Adequate"),
        ("", "Kent Police is adequate at responding to the public."),
    )
    loaded = import_bytes(raw, "kent.docx", FACTS)
    assert loaded.findings == []
    assert [q["title"] for q in loaded.data["questions"]] == [
        "Investigating crime",
        "Responding to the public",
    ]


def test_a_near_miss_grade_is_imported_as_written_not_as_narrative() -> None:
    raw = small_report(
        ("Heading 1", "Investigating crime"),
        ("", "Requires Improvment"),
        ("", "Kent Police requires improvement at investigating crime."),
    )
    [question] = import_bytes(raw, "kent.docx", FACTS).data["questions"]
    assert question["grade"] == "Requires Improvment"
    assert question["narrative"] == "Kent Police requires improvement at investigating crime."


def test_an_unknown_force_is_an_error_with_the_nearest_name() -> None:
    raw = small_report(
        ("Heading 1", "Investigating crime"),
        ("", "Good"),
        ("", "The force is good at it."),
        title="PEEL 2023-25: An inspection of Kent Constabulary",
    )
    [problem] = [f for f in import_bytes(raw, "kent.docx", FACTS).findings if f.severity == 3]
    assert "'Kent Constabulary' is not a force" in problem.message
    assert "did you mean 'Kent Police'?" in problem.message


@pytest.mark.parametrize(
    ("title", "cycle"),
    [
        ("PEEL 2023-25: An inspection of Kent Police", "2023-25"),
        ("PEEL 2023–2025: An inspection of Kent Police", "2023-25"),
        ("PEEL 2021/22 – An inspection of Kent Police", "2021/22"),
        ("PEEL 2021-22 - An inspection of Kent Police", "2021/22"),
    ],
)
def test_the_cycle_is_read_with_a_dash_a_hyphen_or_a_slash(title: str, cycle: str) -> None:
    loaded = import_bytes(small_report(title=title), "kent.docx", FACTS)
    assert loaded.data["inspection"]["cycle"] == cycle


@pytest.mark.parametrize(
    ("title", "inspection"),
    [
        (
            "PEEL 2023–25 Police effectiveness, efficiency and legitimacy / An inspection of Kent Police",
            {"programme": "PEEL", "cycle": "2023-25", "subject": "Kent Police"},
        ),
        (
            "PEEL: Police effectiveness 2017 / An inspection of Kent Police",
            {
                "programme": "PEEL",
                "cycle": "2017",
                "subject": "Kent Police",
                "pillar": "Effectiveness",
            },
        ),
        ("Kent PEEL 2016", {"programme": "PEEL", "cycle": "2016", "subject": "Kent Police"}),
        (
            "Fire & Rescue Service / Effectiveness, efficiency and people 2018/19 / An inspection of Kent Fire and Rescue Service",
            {"programme": "FRS", "cycle": "2018/19", "subject": "Kent Fire and Rescue Service"},
        ),
        (
            "Effectiveness, efficiency and people 2023–2025: Kent Fire and Rescue Service",
            {"programme": "FRS", "cycle": "2023-25", "subject": "Kent Fire and Rescue Service"},
        ),
    ],
)
def test_titles_as_the_reports_give_them(title: str, inspection: dict[str, str]) -> None:
    loaded = import_bytes(small_report(title=title), "kent.docx", FACTS)
    assert {k: loaded.data["inspection"].get(k) for k in inspection} == inspection


# -- bad input: one clear file-format finding, exit 1 ---------------------------------------


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, text in files.items():
            package.writestr(name, text)
    return buffer.getvalue()


def _letter() -> bytes:
    document = docx.Document()
    document.add_paragraph("Dear Sir or Madam,")
    document.add_paragraph("Thank you for your letter about the inspection.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
BAD: dict[str, tuple[Callable[[], bytes], str]] = {
    "not a zip": (lambda: b"just some bytes", "a .docx is a ZIP package, and this file is not one"),
    "a zip of something else": (
        lambda: _zip({"notes.txt": "hello"}),
        "it is a ZIP file, not a Word document",
    ),
    "an Excel workbook": (lambda: _zip({"xl/workbook.xml": "<x/>"}), "it is an Excel workbook"),
    "an old .doc": (lambda: OLE, "an old Word 97-2003 document (.doc)"),
    "a password-protected .docx": (
        lambda: OLE + "EncryptedPackage".encode("utf-16-le"),
        "it is protected with a password",
    ),
    "no recognisable report": (_letter, "no report title found"),
    "a cycle peelcheck does not know": (
        lambda: small_report(title="PEEL 2019: An inspection of Kent Police"),
        "the title names the PEEL cycle '2019', which peelcheck does not know",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_is_one_clear_finding(write: Callable[..., Path], case: str) -> None:
    make, reason = BAD[case]
    draft = write(make(), "draft.docx")
    result = run("check", "--format", "json", str(draft))
    assert result.code == 1 and "Traceback" not in result.out + result.err
    [finding] = json.loads(result.out)["findings"]
    assert finding["rule"] == "file-format"
    assert reason in finding["message"]
    text = run("check", str(draft))
    assert text.code == 1 and len(text.out.strip().splitlines()) == 2  # the finding, the summary
    imported = run("import", str(draft))
    assert imported.code == 2 and reason in imported.err and "Traceback" not in imported.err


def test_the_examples_and_their_yaml_twins_still_check(tmp_path: Path) -> None:
    """The README's first command: a folder of drafts, Word ones included now."""
    folder = tmp_path / "drafts"
    shutil.copytree(ROOT / "examples", folder)
    by_name("peel-2023-25-suffolk-clean").build(folder / "suffolk.docx")
    result = run("check", "--today", "2026-01-01", "--format", "json", str(folder))
    files = [f["file"] for f in json.loads(result.out)["files"]]
    assert str(folder / "suffolk.docx") in files
    suffolk = [
        f
        for f in json.loads(result.out)["findings"]
        if f["file"].endswith(".docx") and f["rule"] not in NOT_FINDINGS
    ]
    assert suffolk == []
    assert yaml.safe_load((folder / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8"))
