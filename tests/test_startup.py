"""Start-up of a one-draft run (issue 21): models built without their validators where the
data plainly conforms (draft/construct.py), and what a run does not import.

Each shortcut must give exactly what pydantic gives: the same values of the same types, the
same fields set; anything it does not vouch for goes to pydantic, whose messages are kept.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError

from peelcheck.draft import construct
from peelcheck.draft.loaded import Loaded
from peelcheck.draft.model import Report
from peelcheck.draft.read import load_file, load_text
from peelcheck.draft.validate_draft import validate_draft

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def same(a: Any, b: Any) -> bool:
    """Equal, with the same types all the way down (1 == 1.0 == True is not enough)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, BaseModel):
        return (
            a.model_fields_set == b.model_fields_set
            and a.__pydantic_extra__ == b.__pydantic_extra__
            and same(a.__pydantic_private__, b.__pydantic_private__)
            and same(dict(a.__dict__), dict(b.__dict__))
        )
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if type(a).__name__ == "Query":
        return bool(a.text == b.text)
    if hasattr(a, "pattern") and not isinstance(a, (str, bytes)):
        return bool(a.pattern == b.pattern)
    if hasattr(a, "__dict__") and type(a).__eq__ is object.__eq__:
        return same(vars(a), vars(b))
    return bool(a == b)


def _validated(model: type[BaseModel], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError:
        return None


def _agrees(model: type[BaseModel], data: Any) -> bool:
    """What `conforming` builds, pydantic builds alike; what pydantic refuses, it refuses."""
    built = construct.conforming(model, data)
    return built is None or same(built, _validated(model, data))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_a_conforming_draft_is_built_as_pydantic_builds_it(path: Path) -> None:
    data = load_file(path).data
    built = construct.conforming(Report, data)
    assert built is not None  # the examples are valid drafts: the shortcut takes them
    assert same(built, Report.model_validate(data))


_ODD_VALUES: list[Any] = [
    None, True, False, 0, 1, -1, 2**70, 1.0, 1.5, "", " ", "x", "Good", "PEEL", "2023-25",
    "2024-01-01", "2024-02-30", "2024-1-01", "２０２４-01-01", "2024-01-01T00:00:00",
    dt.date(2024, 1, 1), dt.datetime(2024, 1, 1), [], ["x"], [1], {}, {"a": 1},
    {"rule": "x", "reason": "y"}, {"number": 1, "title": "t", "grade": "Good"},
]  # fmt: skip


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


def _mutated(data: Any, path: tuple[Any, ...], how: str, value: Any) -> Any:
    copy = json.loads(json.dumps(data, default=str))  # dates become text, as in JSON drafts
    if not path:
        return value if how == "set" else copy
    parent = copy
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if how == "set":
        parent[last] = value
    elif how == "delete":
        del parent[last]
    elif isinstance(parent[last], dict):
        parent[last]["unknown_key"] = value
    return copy


_BASE = [load_file(p).data for p in EXAMPLES]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_changed_draft_is_built_alike_or_left_to_pydantic(data: st.DataObject) -> None:
    draft = data.draw(st.sampled_from(_BASE))
    path = data.draw(st.sampled_from(_paths(draft)))
    how = data.draw(st.sampled_from(["set", "delete", "add"]))
    value = data.draw(st.sampled_from(_ODD_VALUES))
    assert _agrees(Report, _mutated(draft, path, how, value))


def test_dates_written_as_text_are_read_as_pydantic_reads_them() -> None:
    draft = load_file(EXAMPLES[0]).data
    for published in ("2024-06-14", "2024-02-29", "2023-02-29", "0000-01-01", "2024-06-14 "):
        changed = {**draft, "inspection": {**draft["inspection"], "published": published}}
        assert _agrees(Report, changed)
    changed = {**draft, "inspection": {**draft["inspection"], "published": "2024-06-14"}}
    built = construct.conforming(Report, changed)
    assert built is not None and built.inspection.published == dt.date(2024, 6, 14)


@pytest.mark.parametrize(
    ("where", "value"),
    [(("inspection", "programme"), "peel"), (("inspection", "cycle"), "2023/25"),
     (("inspection", "status"), "Final"), (("peelcheck",), True), (("peelcheck",), 1.0),
     (("peelcheck",), "1"), (("peelcheck",), 2), (("questions", 0, "number"), True),
     (("questions", 0, "grade_absent"), ""), (("waivers",), [{"rule": "x", "reason": ""}])],
)  # fmt: skip
def test_values_outside_a_field_s_few_are_left_to_pydantic(
    where: tuple[Any, ...], value: Any
) -> None:
    changed = _mutated(load_file(EXAMPLES[0]).data, where, "set", value)
    assert construct.conforming(Report, changed) is None
    assert _validated(Report, changed) is None


def _problems(text: str) -> list[str]:
    loaded = load_text(text, "draft.yaml")
    return [f.message for f in validate_draft(loaded)[1]]


def test_a_bad_draft_gets_pydantic_s_messages() -> None:
    text = (ROOT / "examples" / "peel-2023-25.yaml").read_text(encoding="utf-8")
    assert construct.conforming(Report, load_text(text, "d.yaml").data) is not None
    number = text.replace("grade: Adequate", "grade: 3", 1)
    assert construct.conforming(Report, load_text(number, "d.yaml").data) is None
    assert _problems(number) == ["'grade' is the number 3; expected text (quote it: \"3\")"]
    typo = text.replace("  status: final", "  statsu: final", 1)
    assert _problems(typo) == ["unknown key 'statsu'; did you mean 'status'?"]
    both = text.replace("grade: Adequate", "grade: Adequate\n    grade_absent: not shown", 1)
    assert _problems(both) == [
        "'questions[0]': give the question's grade (or Ungraded) in 'grade', or, where the "
        "document shows none, say why in 'grade_absent'; not both"
    ]


def test_after_a_few_drafts_the_validator_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    class Small(BaseModel):
        model_config = {"extra": "forbid", "strict": True, "defer_build": True}
        name: str

    monkeypatch.setattr(construct, "FAST_DOCUMENTS", 2)
    assert construct.construct(Small, {"name": "a"}) is not None
    assert construct.construct(Small, {"name": "b"}) is not None
    assert construct.construct(Small, {"name": "c"}) is None  # pydantic from now on
    assert Small.model_validate({"name": "c"}).name == "c"
    assert construct.construct(Small, {"name": "d"}) is None


def test_checks_read_back_from_the_pack_cache_are_built_as_validated() -> None:
    from peelcheck.packs.files import resolve_pack
    from peelcheck.packs.load import builtin_pack_names
    from peelcheck.packs.reading import PackReader

    reader = PackReader()
    for name in builtin_pack_names():
        reader.load(resolve_pack(name), via=None)
    assert reader.rules and not reader.problems
    for rule in reader.rules:
        cls = type(rule.spec.check)
        options = json.loads(json.dumps(reader.written_checks[rule.id]))
        built = construct.conforming(cls, options)
        assert built is not None, rule.id
        assert same(built, cls.model_validate(options)), rule.id


def test_a_check_with_bad_options_is_left_to_pydantic() -> None:
    from peelcheck.checks.api import registry

    pattern = registry()["pattern"]
    assert construct.conforming(pattern, {"type": "pattern", "fields": "title"}) is None
    assert construct.conforming(pattern, {"type": "pattern", "require": "("}) is None
    implies = registry()["implies"]
    bad_say = {"type": "implies", "cases": [{"if": "a", "then": "b", "say": "{x!r}"}]}
    assert construct.conforming(implies, bad_say) is None
    with pytest.raises(ValidationError):
        implies.model_validate(bad_say)


_SHAPES: list[Any] = [
    list[str], dict[str, list[str]], dict[str, Any], dict[int | str, list[str]],
    dict[str, dict[str, list[str]]],
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SHAPES), st.recursive(
    st.sampled_from(_ODD_VALUES[:20]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["a", "b", 1, 2]), inner, max_size=3),
    max_leaves=8,
))  # fmt: skip
def test_plain_pack_data_is_read_as_strict_validation_reads_it(shape: Any, value: Any) -> None:
    fast = construct.plain_data(shape, value)
    try:
        reference = TypeAdapter(shape).validate_python(value, strict=True)
    except ValidationError:
        assert fast is construct.NOT_PLAIN
        return
    assert fast is construct.NOT_PLAIN or same(fast, reference)


def test_the_configuration_without_a_file_is_the_defaults() -> None:
    from peelcheck.run.config import Config, default_config

    assert same(default_config(), Config())


_IMPORTS = """
import sys
from peelcheck.cli import main
try:
    main(["check", "--no-config", "--quiet", *sys.argv[1:]])
except SystemExit:
    pass
from peelcheck.draft.model import Report
names = ("pathspec", "peelcheck.results.baseline", "peelcheck.results.outline",
         "peelcheck.formatters.html", "peelcheck.annotate", "multiprocessing",
         "concurrent.futures", "peelcheck.results.cache", "peelcheck.importers",
         # the other commands' modules: imported only when their command runs
         "peelcheck.cli.importing", "peelcheck.cli.rules", "peelcheck.cli.ruletests",
         "peelcheck.cli.schemas",
         # pydantic's plugin loader imports it when any model's validator is built
         "importlib.metadata")
print(",".join(n for n in names if n in sys.modules), Report.__pydantic_complete__)
"""


def _last_line(script: str, *args: str, cache: Path) -> str:
    """The last line `script` prints, run in a fresh process with its own user cache."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT / "src"), XDG_CACHE_HOME=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def _imports(*args: str, cache: Path) -> str:
    return _last_line(_IMPORTS, *args, cache=cache)


def test_a_one_draft_run_imports_and_builds_only_what_it_needs(tmp_path: Path) -> None:
    draft = str(ROOT / "examples" / "peel-2023-25.yaml")
    _imports(draft, cache=tmp_path)  # writes the compiled-pack cache
    assert _imports(draft, cache=tmp_path) == " False"
    html = _imports(draft, "--format", "html", "-o", str(tmp_path / "r.html"), cache=tmp_path)
    assert {"peelcheck.results.outline", "peelcheck.formatters.html"} <= set(
        html.split()[0].split(",")
    )


def test_a_draft_loaded_from_json_is_built_alike() -> None:
    text = json.dumps(load_file(EXAMPLES[0]).data, default=str)
    loaded: Loaded = load_text(text, "d.json", json=True)
    built = construct.conforming(Report, loaded.data)
    assert built is not None and same(built, Report.model_validate(loaded.data))


_COLLECTOR = """
import gc, sys
before = gc.get_threshold()
from peelcheck.cli import main
during = gc.get_threshold()
try:
    main(["check", "--no-config", "--quiet", sys.argv[1]])
except SystemExit:
    pass
print(before == gc.get_threshold(), during[0], gc.get_freeze_count() > 0)
"""


def test_the_collector_waits_for_start_up_then_runs_as_before(tmp_path: Path) -> None:
    draft = str(ROOT / "examples" / "peel-2023-25.yaml")
    assert _last_line(_COLLECTOR, draft, cache=tmp_path).split() == ["True", "100000", "True"]


def test_the_help_lists_every_command_as_the_command_itself_would() -> None:
    """`COMMANDS` (what `--help` lists without importing the commands) names every real
    command, its module, and help that shortens to the command's own at any width."""
    from peelcheck.cli.app import COMMANDS, main

    commands = {name: main.get_command(click.Context(main), name) for name in COMMANDS}
    assert set(main.commands) == set(COMMANDS)  # every module imported: no command unlisted
    for name, command in commands.items():
        assert command is not None
        assert command.callback is not None
        assert command.callback.__module__ == COMMANDS[name][0]
        listed = click.Command(name, help=COMMANDS[name][1])
        for limit in range(10, 200, 3):
            assert listed.get_short_help_str(limit) == command.get_short_help_str(limit), name


_LISTED = """
import sys
from peelcheck.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(",".join(sorted(n for n in sys.modules if n.startswith("peelcheck.cli."))))
"""


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["check", "--help"]])
def test_help_and_version_import_no_command_but_the_one_asked(
    args: list[str], tmp_path: Path
) -> None:
    out = _last_line(_LISTED, *args, cache=tmp_path)
    modules = set(out.split(","))
    assert "peelcheck.cli.app" in modules
    assert ("peelcheck.cli.check" in modules) == (args[0] == "check")
    assert not modules & {"peelcheck.cli.rules", "peelcheck.cli.importing", "peelcheck.cli.schemas"}


def test_the_help_lists_every_command(tmp_path: Path) -> None:
    from peelcheck.cli.app import COMMANDS

    environment = dict(os.environ, PYTHONPATH=str(ROOT / "src"), XDG_CACHE_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "peelcheck", "--help"],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    listed = done.stdout.split("Commands:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listed] == sorted(COMMANDS)
    assert all(len(line.split()) > 1 for line in listed)  # each with its one-line help
