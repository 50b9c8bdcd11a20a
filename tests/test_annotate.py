"""`peelcheck check DRAFT.docx --annotate OUT.docx`, and waivers written as Word comments.

The annotated copies are read back with python-docx as a person would open them in Word:
one comment per finding, by peelcheck, on exactly the flagged words.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.run import Run

from peelcheck.annotate.runs import runs_between
from tests.conftest import EXAMPLES, Result, run
from tests.wordfixtures import by_name

TODAY = ("--today", "2026-01-01")
DURHAM = "peel-2023-25-durham-defects"


@pytest.fixture
def durham(tmp_path: Path) -> Path:
    return by_name(DURHAM).build(tmp_path / "drafts" / "durham.docx")


def comments_of(path: Path) -> list[dict[str, Any]]:
    """Each comment with its author, text and the words it is anchored on."""
    document = docx.Document(str(path))
    anchored: dict[str, str] = {}
    for paragraph in document.element.body.iter(qn("w:p")):
        open_ids: set[str] = set()
        for element in paragraph.iter():
            if element.tag == qn("w:commentRangeStart"):
                open_ids.add(element.get(qn("w:id")))
                anchored.setdefault(element.get(qn("w:id")), "")
            elif element.tag == qn("w:commentRangeEnd"):
                open_ids.discard(element.get(qn("w:id")))
            elif element.tag == qn("w:t"):
                for key in open_ids:
                    anchored[key] += element.text or ""
    return [
        {"author": c.author, "text": c.text, "words": anchored.get(str(c.comment_id))}
        for c in document.comments
    ]


def check(*args: str) -> tuple[Result, list[dict[str, Any]]]:
    result = run("check", *TODAY, "--format", "json", *args)
    assert "Traceback" not in result.out + result.err
    return result, json.loads(result.out)["findings"] if result.out else []


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def comment_on(path: Path, words: str, text: str, author: str = "Jane Inspector") -> None:
    """Add a comment on the first occurrence of `words`, as a Word user would."""
    document = docx.Document(str(path))
    for paragraph in document.element.body.iter(qn("w:p")):
        texts = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        if words in texts:
            start = texts.index(words)
            runs = runs_between(paragraph, start, start + len(words))
            first, last = Run(runs[0], document), Run(runs[-1], document)
            document.add_comment([first, last], text, author, "JI")
            document.save(str(path))
            return
    raise AssertionError(f"{words!r} is not in {path}")


# -- the annotated copy ----------------------------------------------------------------------


def test_one_comment_per_finding_on_the_flagged_words(durham: Path, tmp_path: Path) -> None:
    before = digest(durham)
    out = tmp_path / "durham-annotated.docx"
    result, findings = check(str(durham), "--annotate", str(out))
    assert result.code == 1
    planted = [f for f in findings if f["severity"] != "info"]  # info: what was not checked
    assert len(planted) == 8
    assert f"annotated copy written to {out} ({len(findings)} comments)" in result.err
    comments = comments_of(out)
    assert len(comments) == len(findings)
    assert {c["author"] for c in comments} == {"peelcheck"}
    texts = sorted(c["text"] for c in comments)
    assert texts == sorted(f"{f['severity']} {f['rule']}: {f['message']}" for f in findings)
    words = {c["text"].split(":")[0]: c["words"] for c in comments}
    assert words["warning repeated-word"] == "the the"
    assert words["warning space-after-full-stop"] == "inconsistent.The"  # split across runs
    assert (
        words["error narrative-contradicts-grade"]
        == "Durham Constabulary is good at investigating crime"
    )
    assert words["error grade-on-scale"] == "Requires Improvment"  # not "Grade: ..."
    assert words["error grades-table-matches-section"] == "Good"  # the judgments table's cell
    assert words["error cause-of-concern-has-recommendation"].startswith(
        "The force needs to improve the time it takes"
    )
    assert digest(durham) == before  # the draft itself is never modified
    _, same = check(str(out))  # comments change nothing peelcheck reads
    assert [(f["rule"], f["path"]) for f in same] == [(f["rule"], f["path"]) for f in findings]


def test_a_missing_part_is_commented_on_its_question_heading(tmp_path: Path) -> None:
    draft = by_name("peel-2016-gwent-defects").build(tmp_path / "gwent.docx")
    out = tmp_path / "out.docx"
    check(str(draft), "--annotate", str(out))
    [comment] = [c for c in comments_of(out) if "requires-improvement-has-areas" in c["text"]]
    assert comment["words"] == "How effective is the force at tackling serious and organised crime?"


def test_reannotating_replaces_peelchecks_comments_and_keeps_everyone_elses(
    durham: Path, tmp_path: Path
) -> None:
    first = tmp_path / "first.docx"
    _, findings = check(str(durham), "--annotate", str(first))
    comment_on(first, "Force x", "Who wrote this?", author="Sam Reviewer")
    second = tmp_path / "second.docx"
    check(str(first), "--annotate", str(second))
    comments = comments_of(second)
    own = [c for c in comments if c["author"] == "peelcheck"]
    assert len(own) == len(findings)  # replaced, not doubled
    assert [c for c in comments if c["author"] != "peelcheck"] == [
        {"author": "Sam Reviewer", "text": "Who wrote this?", "words": "Force x"}
    ]


def test_several_drafts_mirror_their_paths_and_other_drafts_are_listed(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    by_name(DURHAM).build(drafts / "police" / "durham.docx")
    by_name("frs-2023-25-avon-defects").build(drafts / "fire" / "2023" / "avon.docx")
    shutil.copy(EXAMPLES / "peel-2023-25.yaml", drafts / "example.yaml")
    out = tmp_path / "annotated"
    result, findings = check(str(drafts), "--annotate", str(out))
    assert result.code == 1
    for draft, copy in (
        ("durham.docx", "police/durham.docx"),
        ("avon.docx", "fire/2023/avon.docx"),
    ):
        expected = [f for f in findings if f["file"].endswith(draft)]
        assert len(comments_of(out / copy)) == len(expected) >= 8
    assert f"{drafts / 'example.yaml'}: not annotated: not a Word draft (.docx)" in result.err
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["avon.docx", "durham.docx"]


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("drafts/durham.docx", "would replace the draft"),
        ("drafts", "is a folder, but one draft is checked"),
        ("missing/out.docx", "missing does not exist"),
        ("drafts/durham.docx/out.docx", "does not exist"),
        ("out.txt", "name it ....docx"),
    ],
)
def test_annotate_refuses_what_would_go_wrong(durham: Path, target: str, reason: str) -> None:
    root = durham.parent.parent
    before = sorted(p.name for p in root.rglob("*"))
    result = run("check", *TODAY, str(durham), "--annotate", str(root / target))
    assert result.code == 2
    assert reason in result.err and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err and result.out == ""
    assert sorted(p.name for p in root.rglob("*")) == before


def test_annotate_names_a_folder_for_several_drafts(durham: Path, tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "peel-2023-25.yaml", durham.parent / "example.yaml")
    (tmp_path / "file.docx").write_bytes(b"")
    result = run("check", *TODAY, str(durham.parent), "--annotate", str(tmp_path / "file.docx"))
    assert result.code == 2 and "names a folder for their annotated copies" in result.err


# -- waivers written as Word comments --------------------------------------------------------


def by_rule(findings: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f["rule"]: f for f in findings}


def test_a_comment_waives_the_finding_on_its_words(durham: Path) -> None:
    comment_on(
        durham,
        "the the",
        "peelcheck: waive repeated-word — quoted from the force's own policy, until 2026-06-30",
    )
    _, findings = check(str(durham))
    waived = by_rule(findings)["repeated-word"]
    assert waived["waived"] is True
    assert waived["waiver"] == {
        "kind": "waiver",
        "reason": "quoted from the force's own policy",
        "approved_by": "Jane Inspector",
        "expires": "2026-06-30",
    }
    assert not any(f["waived"] for f in findings if f["rule"] != "repeated-word")
    _, audit = check("--no-waivers", str(durham))
    assert by_rule(audit)["repeated-word"]["waived"] is False


@pytest.mark.parametrize("dash", ["—", "–", "-", ":"])
def test_the_reason_follows_a_dash_or_a_colon(durham: Path, dash: str) -> None:
    comment_on(
        durham, "inconsistent.The", f"peelcheck: waive space-after-full-stop {dash} as typed"
    )
    _, findings = check(str(durham))
    assert by_rule(findings)["space-after-full-stop"]["waiver"]["reason"] == "as typed"


def test_a_comment_on_a_question_heading_waives_a_missing_part(tmp_path: Path) -> None:
    draft = by_name("peel-2016-gwent-defects").build(tmp_path / "gwent.docx")
    comment_on(
        draft,
        "How effective is the force at tackling serious and organised crime?",
        "peelcheck: waive requires-improvement-has-areas: the areas are in the 2017 report",
    )
    _, findings = check(str(draft))
    assert by_rule(findings)["requires-improvement-has-areas"]["waived"] is True


def test_a_waiver_comment_without_a_reason_is_not_applied(durham: Path) -> None:
    comment_on(durham, "the the", "peelcheck: waive repeated-word")
    _, findings = check(str(durham))
    assert by_rule(findings)["repeated-word"]["waived"] is False
    schema = by_rule(findings)["schema"]
    assert "has no reason" in schema["message"]
    assert schema["word"]["quote"] == "the the"  # the comment's words


def test_an_expired_or_unused_waiver_comment_is_reported_at_the_comment(durham: Path) -> None:
    comment_on(durham, "the the", "peelcheck: waive repeated-word until 2025-12-31 — old policy")
    comment_on(durham, "Cumbria Constabulary", "peelcheck: waive template-placeholder — no")
    _, findings = check(str(durham))
    rules = by_rule(findings)
    assert rules["repeated-word"]["waived"] is False
    assert "expired on 2025-12-31" in rules["expired-waiver"]["message"]
    unused = rules["unused-waiver"]
    assert "waiver of template-placeholder matches no finding" in unused["message"]
    assert unused["word"]["quote"] == "Cumbria Constabulary"
