"""`peelcheck check draft.docx --fix --annotate OUT.docx`: fixes as tracked changes in the
annotated copy, read back with python-docx and lxml as Word would show them."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.text.run import Run

from tests.conftest import run
from tests.wordfixtures import by_name

TODAY = ("--today", "2026-01-01")


def _split_phrase(path: Path, phrase: str, at: int) -> None:
    """Write `phrase` over two runs (the second bold), cut after its first `at` characters."""
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        for piece in paragraph.runs:
            if phrase in piece.text:
                before, after = piece.text.split(phrase, 1)
                second = copy.deepcopy(piece._r)
                piece.text = before + phrase[:at]
                piece._r.addnext(second)
                tail = Run(second, paragraph)
                tail.text = phrase[at:] + after
                tail.bold = True
                document.save(str(path))
                return
    raise AssertionError(f"{phrase!r} not found")


def _paragraph_with(path: Path, words: str) -> Any:
    document = docx.Document(str(path))
    for paragraph in document.element.body.iter(qn("w:p")):
        if words in "".join(t.text or "" for t in paragraph.iter(qn("w:t"), qn("w:delText"))):
            return paragraph
    raise AssertionError(f"{words!r} not found")


def _read(paragraph: Any, *, accepted: bool) -> str:
    """The paragraph's text with every change accepted (or rejected)."""
    out = []
    for node in paragraph.iter(qn("w:t"), qn("w:delText")):
        inserted = any(a.tag == qn("w:ins") for a in node.iterancestors())
        if node.tag == qn("w:delText"):
            out.append("" if accepted else node.text or "")
        else:
            out.append(node.text or "" if accepted or not inserted else "")
    return "".join(out)


def _changes(paragraph: Any, kind: str) -> list[tuple[str, str | None, str | None]]:
    found = []
    for change in paragraph.iter(qn(f"w:{kind}")):
        text = "".join(t.text or "" for t in change.iter(qn("w:t"), qn("w:delText")))
        found.append((text, change.get(qn("w:author")), change.get(qn("w:date"))))
    return found


def test_fixes_are_tracked_changes_at_the_flagged_words(tmp_path: Path) -> None:
    draft = by_name("peel-2016-gwent-defects").build(tmp_path / "gwent.docx")
    _split_phrase(draft, "formally known as", 6)  # "formal" | "ly known as", two runs
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    original = _read(_paragraph_with(draft, "formally known as"), accepted=True)
    out = tmp_path / "out.docx"

    result = run("check", *TODAY, "--fix", "--annotate", str(out), str(draft))
    assert "3 tracked changes" in result.err, result.err
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before  # never modified

    paragraph = _paragraph_with(out, "formally known as")
    deleted = _changes(paragraph, "del")
    assert [text for text, _, _ in deleted] == ["formal", "ly known as"]  # two runs
    assert all(author == "peelcheck" and date for _, author, date in deleted)
    ((inserted, author, date),) = _changes(paragraph, "ins")
    assert (inserted, author) == ("formerly known as", "peelcheck") and date
    assert _read(paragraph, accepted=False) == original
    assert _read(paragraph, accepted=True) == original.replace(
        "formally known as", "formerly known as"
    )

    run_together = _paragraph_with(out, "inconsistent.The")
    assert "".join(t for t, _, _ in _changes(run_together, "del")) == "inconsistent.The"
    assert [t for t, _, _ in _changes(run_together, "ins")] == ["inconsistent. The"]
    assert "contact However" in _read(run_together, accepted=True)  # unsafe: left alone
    repeated = _paragraph_with(out, "the the")
    assert [t for t, _, _ in _changes(repeated, "ins")] == ["the"]


def test_unsafe_fixes_are_tracked_only_when_asked(tmp_path: Path) -> None:
    draft = by_name("peel-2016-gwent-defects").build(tmp_path / "gwent.docx")
    out = tmp_path / "out.docx"
    result = run("check", *TODAY, "--fix", "--unsafe-fixes", "--annotate", str(out), str(draft))
    assert "5 tracked changes" in result.err, result.err
    paragraph = _paragraph_with(out, "contact However")
    assert "contact. However" in _read(paragraph, accepted=True)
    plain = run("check", *TODAY, "--annotate", str(tmp_path / "plain.docx"), str(draft))
    assert "tracked change" not in plain.err
    assert not list(docx.Document(str(tmp_path / "plain.docx")).element.body.iter(qn("w:ins")))


def test_json_fixes_on_a_word_draft_name_the_paragraph(tmp_path: Path) -> None:
    draft = by_name("peel-2016-gwent-defects").build(tmp_path / "gwent.docx")
    findings = json.loads(run("check", *TODAY, "-f", "json", str(draft)).out)["findings"]
    (finding,) = [f for f in findings if f["rule"] == "space-after-full-stop"]
    (edit,) = finding["fix"]["edits"]
    assert edit["paragraph"] == finding["word"]["paragraph"]
    assert (edit["start"], edit["end"]) == (finding["word"]["start"], finding["word"]["end"])
    assert edit["replacement"] == "inconsistent. The"
