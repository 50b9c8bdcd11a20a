"""Fast paths give exactly what the slow ones gave.

Compiled queries against jmespath's own interpreter (peelcheck.query); checks' private
attributes read directly against pydantic's lookup (peelcheck.checks.Check); worker
processes against one process (peelcheck.pipeline); many findings in one text, each located
(peelcheck.loader).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jmespath
import pytest
from pydantic import PrivateAttr

from peelcheck.checks.api import Check
from peelcheck.engine.query import compile_query
from tests.conftest import MINIMAL

DATA: dict[str, Any] = {
    "inspection": {"programme": "PEEL", "cycle": "2016", "subject": "Gwent Police"},
    "overall": {"grade": "Good", "summary": ""},
    "pillars": [{"name": "Effectiveness", "grade": "Good"}, {"name": "Efficiency"}],
    "questions": [
        {"number": 1, "grade": "Good", "areas_for_improvement": ["The force should a."]},
        {"number": 2, "grade": "Requires improvement", "areas_for_improvement": []},
        {"number": 0, "grade": "Ungraded", "flag": False, "ok": True},
        {"number": 4, "grade": None, "causes_of_concern": [{"recommendations": ["r"]}]},
    ],
    "numbers": [3, 1, 2.5, 0, 1],
    "words": ["b", "a", "c"],
    "nested": [[1, [2]], 3, [], [4, 5]],
    "empty": {},
    "zero": 0,
    "one": 1,
    "yes": True,
    "no": False,
    "text": "abc",
}

EXPRESSIONS = [
    "@",
    "inspection.subject",
    "inspection.missing.deeper",
    "questions[*].number",
    "questions[?grade == 'Good'].number",
    "questions[?grade != 'Good'] | [0].number",
    "questions[?areas_for_improvement].number",
    "questions[?!areas_for_improvement].number",
    "questions[?number > `1`].grade",
    "questions[?number >= `0` && grade].number",
    "questions[?number < 'x']",
    "questions[?flag == `false`].number",
    "questions[?number == `0`]",
    "questions[?number == `false`]",
    "[?@ == `1`]",
    "zero == `false`",
    "one == `true`",
    "zero == `0`",
    "!zero",
    # null against every kind of value, and negations of each (told before `Number`)
    "questions[?grade == null].number",
    "questions[?carried == null && grade != null].number",
    "missing == null",
    "missing == zero",
    "zero == missing",
    "no == missing",
    "text != missing",
    "empty == missing",
    "numbers[2] == `2.5`",
    "!missing",
    "!no",
    "!yes",
    "!one",
    "!numbers[2]",
    "yes && zero",
    "yes && missing",
    "!empty",
    "!text",
    "no || 'fallback'",
    "empty || zero",
    "yes && text",
    "no && text",
    "[overall, pillars[*], questions[*]][] | [?grade != null].grade",
    "nested[]",
    "nested[][]",
    "text[]",
    "numbers[1]",
    "numbers[-1]",
    "numbers[10]",
    "numbers[1:3]",
    "numbers[::-1]",
    "text[0]",
    "inspection.*",
    "inspection.* | sort(@)",
    "text.*",
    "{subject: inspection.subject, n: length(questions)}",
    "missing.{a: b}",
    "[inspection.cycle, overall.grade]",
    "missing.[a]",
    "sort_by(questions[?number != null], &number)[*].number",
    "max_by(questions, &number).number",
    "map(&grade, questions)",
    "length(words)",
    "join(', ', sort(words))",
    "contains(words, 'a')",
    "starts_with(inspection.subject, 'Gwent')",
    "to_string(numbers[0])",
    # built-ins called directly for the types jmespath accepts, given to it otherwise
    "contains(text, 'b')",
    "contains(text, `1`)",
    "contains(numbers, `1`)",
    "contains(numbers, `true`)",
    "contains(zero, 'a')",
    "contains(inspection, 'cycle')",
    "join('-', words)",
    "join('-', numbers)",
    "join(zero, words)",
    "starts_with(text, `1`)",
    "starts_with(zero, 'a')",
    "to_string(text)",
    "to_string(yes)",
    "to_string(@)",
    "sum(numbers)",
    "avg(numbers)",
    "type(@)",
    "not_null(missing, overall.grade)",
    "keys(inspection)",
    "values(overall)",
    "merge(inspection, overall)",
    "reverse(words)",
    "abs(`-3`)",
    "questions[*].causes_of_concern[*].recommendations[]",
    "questions[].areas_for_improvement[]",
    "pillars[?name == 'Efficiency'] | [0].grade || 'none'",
    "`[1, 2]`",
    "'literal'",
]


@pytest.mark.parametrize("expression", EXPRESSIONS)
@pytest.mark.parametrize("data", [DATA, DATA["questions"], None, "text", 0, []])
def test_same_result_as_jmespath(expression: str, data: Any) -> None:
    expected: Any
    try:
        expected = ("ok", jmespath.search(expression, data, options=jmespath.Options()))
    except Exception as err:  # errors must match too, e.g. TypeError from '<' on text
        expected = ("error", type(err))
    got: Any
    try:
        got = ("ok", compile_query(expression).search(data))
    except Exception as err:
        got = ("error", type(err))
    assert got == expected
    if got[0] == "ok":  # 0 == False in Python: compare types too
        assert type(got[1]) is type(expected[1])


def test_type_errors_in_functions_still_raise() -> None:
    with pytest.raises(jmespath.exceptions.JMESPathTypeError):
        compile_query("length(zero)").search(DATA)
    with pytest.raises(jmespath.exceptions.UnknownFunctionError):
        compile_query("no_such_function(@)").search(DATA)


def _function() -> str:
    return "called"


class _Stateful(Check):
    type: str = "stateful"
    _compiled: list[str] = PrivateAttr(default_factory=list)
    _plain: int = PrivateAttr(default=3)
    _function: object = PrivateAttr(default=_function)  # a descriptor: pydantic binds it


def test_check_private_attributes_read_as_pydantic_reads_them() -> None:
    check = _Stateful()
    assert (check._compiled, check._plain) == ([], 3)
    check._compiled = ["x"]
    check._plain = 4
    assert (check._compiled, check._plain) == (["x"], 4)
    reference = BaseModelLookup(check)
    for name in ("_compiled", "_plain", "_function"):
        assert repr(getattr(check, name)) == repr(reference(name))
    with pytest.raises(AttributeError, match="_missing"):
        check._missing  # noqa: B018
    with pytest.raises(AttributeError):
        check.missing  # noqa: B018


class BaseModelLookup:
    """Attribute lookup as pydantic's BaseModel does it, without Check's fast path."""

    def __init__(self, model: Check) -> None:
        self.model = model

    def __call__(self, name: str) -> object:
        from pydantic import BaseModel

        return BaseModel.__getattr__(self.model, name)  # type: ignore[operator]


def test_worker_processes_give_the_findings_of_one_process(tmp_path: Path) -> None:
    from peelcheck.packs.load import builtin_pack_names
    from peelcheck.run.inputs import collect
    from peelcheck.run.settings import RunSettings
    from peelcheck.run.workers import check_all

    for index in range(40):
        grade = "Requires improvement" if index % 3 == 0 else "Good"
        text = MINIMAL.replace("grade: Good", f"grade: {grade}")
        (tmp_path / f"d{index:02d}.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "d99.yaml").write_text("peelcheck: [", encoding="utf-8")
    settings = RunSettings(packs=tuple(builtin_pack_names()))
    ruleset = settings.ruleset()
    sources = collect([str(tmp_path)])
    one = list(check_all(sources, ruleset, settings, jobs=1))
    two = list(check_all(sources, ruleset, settings, jobs=2))
    assert [r.file for r in two] == [s.name for s in sources]
    assert [(r.file, r.checked, r.findings) for r in two] == [
        (r.file, r.checked, r.findings) for r in one
    ]
    assert sum(len(r.findings) for r in two) >= 15
    assert not hasattr(two[0], "report")  # results carry findings, never the parsed draft


@pytest.mark.parametrize("style", ["literal", "quoted", "plain"])
def test_many_findings_in_one_text_are_each_located(style: str) -> None:
    from peelcheck.draft.read import load_text

    lines = [f"Line {n} says the the same thing." for n in range(300)]
    if style == "literal":
        text = "narrative: |\n" + "".join(f"  {line}\n" for line in lines)
    elif style == "quoted":
        text = 'narrative: "' + "\\n".join(lines) + '"\n'
    else:
        text = "narrative: " + " ".join(lines) + "\n"
    loaded = load_text(text, "draft.yaml")
    assert loaded.source is not None
    value = loaded.data["narrative"]
    starts = [m.start() for m in re.finditer("the the", value)]
    assert len(starts) == 300
    spans = [loaded.source.locate_in_string("narrative", value, s, s + 7) for s in starts]
    assert all(span is not None for span in spans)
    assert [text[span.start : span.end] for span in spans if span] == ["the the"] * 300
    assert [span.start for span in spans if span] == sorted({span.start for span in spans if span})
    if style == "literal":  # one per line, after "  Line N says "
        assert [(span.line, span.column) for span in spans if span] == [
            (n + 2, 3 + len(f"Line {n} says ")) for n in range(300)
        ]
