"""What a run of many drafts holds until its output is written (issue 21: memory at 10,000
drafts): results without the fixes' copies of the values they edit, outlines only when
asked, and text output written in pieces."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from peelcheck.formatters import RunReport, text
from peelcheck.packs.load import builtin_pack_names
from peelcheck.results.file_result import FileResult
from peelcheck.run.inputs import collect
from peelcheck.run.pipeline import check_source
from peelcheck.run.settings import RunSettings
from peelcheck.run.workers import check_all

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SETTINGS = RunSettings(packs=tuple(builtin_pack_names()))


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples (fixable findings among them), copied to make 40 drafts: enough for
    worker processes."""
    folder = tmp_path_factory.mktemp("drafts")
    examples = sorted(EXAMPLES.glob("*.yaml"))
    for index in range(40):
        shutil.copyfile(examples[index % len(examples)], folder / f"d{index:02d}.yaml")
    return folder


def _fixed(results: list[FileResult]) -> list[object]:
    return [f for r in results for f in r.findings if f.fix is not None]


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_for_output_keep_the_fixes_but_not_the_values_they_edit(
    drafts: Path, jobs: int
) -> None:
    ruleset = SETTINGS.ruleset()
    sources = collect([str(drafts)])
    whole = [check_source(s, ruleset, SETTINGS) for s in sources]
    kept = list(check_all(sources, ruleset, SETTINGS, jobs=jobs))
    assert [r.findings for r in kept] == [r.findings for r in whole]
    fixes = [f.fix for r in kept for f in r.findings if f.fix is not None]
    assert len(fixes) >= 10 and any(fix.applicable for fix in fixes)
    assert [(f.edits, f.path, f.safe, f.located, f.in_value) for f in fixes] == [
        (f.edits, f.path, f.safe, f.located, f.in_value)
        for f in (g.fix for r in whole for g in r.findings if g.fix is not None)
    ]
    assert all(fix.text is None for fix in fixes)
    # check_source, which --fix reads, still has the values: fixing works on them
    assert all(f.fix.text is not None for f in _fixed(whole))  # type: ignore[attr-defined]


@pytest.mark.parametrize("jobs", [1, 2])
def test_outlines_only_when_the_settings_ask(drafts: Path, jobs: int) -> None:
    ruleset = SETTINGS.ruleset()
    sources = collect([str(drafts)])
    with_outlines = list(check_all(sources, ruleset, SETTINGS, jobs=jobs))
    bare = dataclasses.replace(SETTINGS, outlines=False)
    without = list(check_all(sources, ruleset, bare, jobs=jobs))
    assert sum(r.outline is not None for r in with_outlines) >= 20
    assert all(r.outline is None for r in without)
    assert [(r.file, r.checked, r.findings) for r in without] == [
        (r.file, r.checked, r.findings) for r in with_outlines
    ]


def _report(results: list[FileResult], **options: object) -> RunReport:
    return RunReport(results, [], **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options", [{}, {"quiet": True}, {"statistics": True}, {"color": True}], ids=str
)
def test_text_output_in_pieces_reads_as_one_line_per_finding_then_the_summary(
    drafts: Path, monkeypatch: pytest.MonkeyPatch, options: dict[str, object]
) -> None:
    ruleset = SETTINGS.ruleset()
    results = list(check_all(collect([str(drafts)]), ruleset, SETTINGS))
    report = _report(results, **options)
    if options.get("statistics"):
        body = text.statistics(report)
    else:
        body = [text.line(f, report.color) for f in report.all_shown()]
    tail = [] if report.quiet else [text.summary(report)]
    note = None if report.quiet or report.statistics else text.fixable_note(report)
    expected = "\n".join(body + tail + ([note] if note else [])) + "\n"
    monkeypatch.setattr(text, "_CHUNK_LINES", 7)
    pieces = list(text.render_chunks(report))
    assert "".join(pieces) == text.render(report) == expected
    if not options.get("statistics"):
        assert len(pieces) > 3  # written in pieces, none much over the bound
        assert all(piece.count("\n") <= 7 + 5 for piece in pieces)


def test_text_output_of_nothing_is_empty() -> None:
    assert list(text.render_chunks(_report([], quiet=True))) == []
    assert text.render(_report([], quiet=True)) == ""
