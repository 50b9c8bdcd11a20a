"""The results cache (`peelcheck check --cache`): a warm run prints exactly what a cold run and
an uncached run print, without checking the drafts again; whatever findings depend on (the
draft's bytes and name, rules, pack data, date, waivers, peelcheck itself) gives fresh results;
a damaged, planted or unwritable cache never breaks a run."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from peelcheck.draft.read import MAX_BYTES
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.packs.ruleset import RuleSet
from peelcheck.results import cache
from peelcheck.results.cache import DEFAULT_FOLDER, draft_key, run_key
from peelcheck.results.file_result import FileResult
from peelcheck.run import pipeline
from peelcheck.run.inputs import Source
from peelcheck.run.settings import RunSettings
from tests.conftest import EXAMPLES, MINIMAL, Result, run
from tests.conftest import TODO_PACK as PACK

TODAY = "2024-06-01"
SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"
ERRORS = MINIMAL.replace("grade: Good", "grade: Requires improvement")
Write = Callable[..., Path]


def check(*args: str, today: str = TODAY) -> Result:
    """`peelcheck check` in one process (so that counting the drafts checked works)."""
    return run("check", "--jobs", "1", "--today", today, *args)


def same_as_uncached(*args: str, today: str = TODAY) -> Result:
    """Run with --cache, assert it prints what a run without the cache prints; return it."""
    cached = check("--cache", *args, today=today)
    assert cached == check(*args, today=today)
    return cached


def results_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or Path.cwd() / DEFAULT_FOLDER).glob("results-*.json"))


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the drafts loaded and checked (in this process), in order."""
    names: list[str] = []
    original = pipeline.check_source

    def counting(source: Source, ruleset: RuleSet, settings: RunSettings) -> FileResult:
        names.append(source.name)
        return original(source, ruleset, settings)

    monkeypatch.setattr(pipeline, "check_source", counting)
    return names


@pytest.fixture
def drafts(write: Write) -> list[str]:
    """A folder `drafts` in the working folder with every kind of draft: the examples (one
    with a waived finding, one with a date in the future of TODAY), broken YAML, schema
    errors, a JSON draft and a file that is not UTF-8. Returns the relative names, sorted."""
    folder = Path.cwd() / "drafts"
    for example in [*EXAMPLES.glob("*.yaml"), *(EXAMPLES / "broken").glob("*")]:
        target = folder / example.relative_to(EXAMPLES)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(example, target)
    write(json.dumps({"peelcheck": 1, "inspection": {"programme": "PEEL"}}), "cwd/drafts/d.json")
    write(b"grade: caf\xe9\n", "cwd/drafts/latin1.yaml")
    return sorted(str(p.relative_to(Path.cwd())) for p in folder.rglob("*") if p.is_file())


# 1. and 2.: a warm run is the cold run, without checking anything


@pytest.mark.parametrize("output", ["text", "json"])
def test_a_warm_run_prints_exactly_what_a_cold_and_an_uncached_run_print(
    drafts: list[str], checked: list[str], output: str
) -> None:
    uncached = check("--format", output, "drafts")
    del checked[:]
    cold = check("--cache", "--format", output, "drafts")
    assert sorted(checked) == drafts
    del checked[:]
    warm = check("--cache", "--format", output, "drafts")
    assert checked == []  # all of it came from the cache
    assert cold == uncached
    assert warm == uncached
    assert warm.code == 1
    if output == "text":
        lines = warm.out.splitlines()
        assert any(":11:4: error yaml-syntax" in line for line in lines)
        assert any("typo-key.yaml:11:5: error schema unknown key 'grdae'" in line for line in lines)
        assert any("latin1.yaml" in line and "file-format" in line for line in lines)
        (waived,) = [line for line in lines if "overall-follows-majority" in line]
        assert waived.startswith("drafts/waived-majority.yaml:26:10: warning")
        assert "[waiver: The inspectors judged" in waived
        summary = [line for line in lines if "fixable with --fix" not in line][-1]
        assert "(1 waived)" in summary
        assert "not checked against rules" in summary  # the `checked` flag came back too
    else:
        found = json.loads(warm.out)["findings"]
        (waived,) = [f for f in found if f["rule"] == "overall-follows-majority"]
        assert waived["file"] == "drafts/waived-majority.yaml"
        assert waived["waived"] is True
        assert waived["waiver"]["reason"].startswith("The inspectors judged")
        assert any(f["rule"] == "published-date" for f in found)


def test_a_warm_run_checks_only_the_drafts_that_changed(
    drafts: list[str], checked: list[str]
) -> None:
    check("--cache", "drafts")
    assert len(checked) == len(drafts)
    del checked[:]
    check("--cache", "drafts")
    assert checked == []
    edited = Path("drafts/peel-2023-25.yaml")
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    check("--cache", "drafts")
    assert checked == ["drafts/peel-2023-25.yaml"]


def test_the_config_turns_the_cache_on_and_the_command_line_off(
    write: Write, checked: list[str]
) -> None:
    write(ERRORS, "cwd/drafts/draft.yaml")
    write("cache: true\ncache_dir: build/peelcheck\n", "cwd/project/peelcheck.yaml")
    config = ("--config", "project/peelcheck.yaml")
    first = check(*config, "drafts")
    assert results_files(Path("project/build/peelcheck"))  # relative to the config file
    assert check(*config, "drafts") == first
    assert checked == ["drafts/draft.yaml"]
    assert check(*config, "--no-cache", "drafts") == first
    assert checked == ["drafts/draft.yaml", "drafts/draft.yaml"]
    assert check("--config", "project/peelcheck.yaml", "--cache-dir", "other", "drafts") == first
    assert results_files(Path("other"))


def test_the_cache_of_a_project_lies_beside_its_config(
    write: Write, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write("cache: true\n", "cwd/peelcheck.yaml")
    write(ERRORS, "cwd/drafts/2016/draft.yaml")
    project = Path.cwd()
    monkeypatch.chdir("drafts/2016")  # the config is found upwards, and so is the cache
    first = check("draft.yaml")
    assert check("draft.yaml") == first
    assert checked == ["draft.yaml"]  # the second run was served by the cache
    assert results_files(project / DEFAULT_FOLDER)
    assert not (Path.cwd() / DEFAULT_FOLDER).exists()


def test_a_cached_run_without_today_uses_the_current_date(
    drafts: list[str], checked: list[str]
) -> None:
    uncached = run("check", "--jobs", "1", "drafts")
    assert run("check", "--jobs", "1", "--cache", "drafts") == uncached
    del checked[:]
    assert run("check", "--jobs", "1", "--cache", "drafts") == uncached
    assert checked == []


def test_drafts_read_from_standard_input_are_cached_under_their_name(checked: list[str]) -> None:
    def from_stdin(name: str) -> Result:
        return run(
            "check", "--cache", "--today", TODAY, "--stdin-filename", name, "-", stdin=ERRORS
        )

    first = from_stdin("a.yaml")
    assert "a.yaml:8:5: error requires-improvement-has-areas" in first.out
    assert from_stdin("a.yaml") == first
    assert checked == ["a.yaml"]  # the second run read standard input only for its key
    other = from_stdin("b.yaml")
    assert checked == ["a.yaml", "b.yaml"]
    assert "b.yaml:8:5: error" in other.out


def test_a_draft_too_large_to_read_is_reported_the_same_and_not_cached(
    write: Write, checked: list[str]
) -> None:
    write(b"#" * (MAX_BYTES + 1), "cwd/big.yaml")
    first = same_as_uncached("big.yaml")
    assert first.code == 1
    assert first == check("--cache", "big.yaml")
    assert checked == ["big.yaml"] * 3  # never cached: there is no key without its bytes


# 3. Invalidation: each thing the findings depend on gives fresh results


def test_an_edited_draft_is_checked_again(write: Write, checked: list[str]) -> None:
    draft = write(MINIMAL, "cwd/draft.yaml")
    assert same_as_uncached("draft.yaml").code == 0
    draft.write_text(ERRORS, encoding="utf-8")
    del checked[:]
    edited = check("--cache", "draft.yaml")
    assert checked == ["draft.yaml"]
    assert edited.code == 1
    assert "draft.yaml:8:5: error requires-improvement-has-areas" in edited.out
    assert edited == check("draft.yaml")
    draft.write_text(MINIMAL, encoding="utf-8")  # back to bytes the cache knows
    del checked[:]
    assert check("--cache", "draft.yaml").code == 0
    assert checked == []


def test_the_same_bytes_under_another_name_have_their_own_entry(
    write: Write, checked: list[str]
) -> None:
    write(ERRORS, "cwd/a.yaml")
    check("--cache", "a.yaml")
    shutil.copyfile("a.yaml", "b.yaml")
    del checked[:]
    renamed = check("--cache", "b.yaml")
    assert checked == ["b.yaml"]
    assert "b.yaml:8:5: error requires-improvement-has-areas" in renamed.out
    assert "a.yaml" not in renamed.out
    del checked[:]
    both = check("--cache", "--format", "json", "a.yaml", "b.yaml")
    assert checked == []
    assert both == check("--format", "json", "a.yaml", "b.yaml")
    assert {f["file"] for f in json.loads(both.out)["findings"]} == {"a.yaml", "b.yaml"}


TODO = MINIMAL.replace("keeping people safe.", "keeping people safe. TODO figures.")


@pytest.mark.parametrize(
    ("old", "new", "expected", "code"),
    [
        ("is left in question", "remains in question", "error no-todo a TODO note remains", 1),
        ("severity: error", "severity: warning", "warning no-todo a TODO note is left", 0),
    ],
)
def test_a_changed_rule_in_a_local_pack_gives_fresh_results(
    write: Write, checked: list[str], old: str, new: str, expected: str, code: int
) -> None:
    pack = write(PACK, "pack/local.yaml")
    write(TODO, "cwd/draft.yaml")
    before = check("--cache", "--rules", str(pack), "--select", "local", "draft.yaml")
    assert "draft.yaml:11:114: error no-todo a TODO note is left in question 1" in before.out
    pack.write_text(PACK.replace(old, new), encoding="utf-8")
    del checked[:]
    after = same_as_uncached("--rules", str(pack), "--select", "local", "draft.yaml")
    assert checked == ["draft.yaml", "draft.yaml"]
    assert f"draft.yaml:11:114: {expected}" in after.out
    assert after.code == code


def test_a_changed_severity_in_the_config_gives_fresh_results(
    write: Write, checked: list[str]
) -> None:
    write(ERRORS, "cwd/draft.yaml")
    select = ("--select", "requires-improvement-has-areas")
    assert check("--cache", *select, "draft.yaml").code == 1
    write("rules:\n  requires-improvement-has-areas: warning\n", "cwd/peelcheck.yaml")
    del checked[:]
    after = same_as_uncached(*select, "draft.yaml")
    assert checked == ["draft.yaml", "draft.yaml"]
    assert after.code == 0
    assert "draft.yaml:8:5: warning requires-improvement-has-areas" in after.out


def test_a_changed_data_table_gives_fresh_results(write: Write, checked: list[str]) -> None:
    pack = write(
        """\
        peelcheck-rules: 1
        pack: local
        description: Forces under special measures.
        extends: [base]
        tables: {watched: watched.csv}
        rules:
          - id: watched-force
            severity: error
            description: The force is on the watch list.
            given: inspection
            check: {type: in-table, field: subject, table: watched, columns: [name], flag: listed}
            message: "{value} is on the watch list ({since})"
        """,
        "pack/local.yaml",
    )
    table = write("name,since\nKent Police,2020\n", "pack/watched.csv")
    write(MINIMAL, "cwd/draft.yaml")
    args = ("--rules", str(pack), "--select", "local", "draft.yaml")
    assert check("--cache", *args).code == 0
    table.write_text("name,since\nGwent Police,2021\n", encoding="utf-8")  # the pack is unchanged
    del checked[:]
    after = same_as_uncached(*args)
    assert checked == ["draft.yaml", "draft.yaml"]
    assert "error watched-force Gwent Police is on the watch list (2021)" in after.out
    table.write_text("name,since\nGwent Police,2019\n", encoding="utf-8")
    assert "(2019)" in same_as_uncached(*args).out


PUBLISHED = """\
peelcheck: 1
inspection:
  programme: FRS
  cycle: "2023-25"
  subject: Kent Fire and Rescue Service
  published: 2024-06-02
"""


def test_another_date_gives_fresh_results(write: Write, checked: list[str]) -> None:
    write(PUBLISHED, "cwd/draft.yaml")
    before = same_as_uncached("draft.yaml", today="2024-06-01")
    assert "published-date published date 2024-06-02 is in the future" in before.out
    del checked[:]
    after = same_as_uncached("draft.yaml", today="2024-06-03")
    assert checked == ["draft.yaml", "draft.yaml"]
    assert "published-date" not in after.out
    assert "published-date" in check("--cache", "draft.yaml", today="2024-06-01").out


def test_no_waivers_gives_fresh_results(drafts: list[str], checked: list[str]) -> None:
    def overall(result: Result) -> Any:
        (finding,) = [
            f for f in json.loads(result.out)["findings"] if f["rule"] == "overall-follows-majority"
        ]
        waived: bool = finding["waived"]
        return waived

    waiver = "drafts/waived-majority.yaml"
    assert overall(same_as_uncached("--format", "json", waiver))
    assert not overall(same_as_uncached("--no-waivers", "--format", "json", waiver))
    assert overall(same_as_uncached("--format", "json", waiver))
    del checked[:]
    assert overall(check("--cache", "--format", "json", waiver))
    assert checked == []


def test_select_and_ignore_give_fresh_results(write: Write, checked: list[str]) -> None:
    write(ERRORS.replace("is good at", "is good at at"), "cwd/draft.yaml")
    everything = same_as_uncached("draft.yaml")
    assert "requires-improvement-has-areas" in everything.out
    assert "repeated-word" in everything.out
    selected = same_as_uncached("--select", "repeated-word", "draft.yaml")
    assert "requires-improvement-has-areas" not in selected.out
    assert "repeated-word" in selected.out
    ignored = same_as_uncached("--ignore", "repeated-word", "draft.yaml")
    assert "requires-improvement-has-areas" in ignored.out
    assert "repeated-word" not in ignored.out


def test_the_fingerprint_covers_peelcheck_code_and_python(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ruleset = load_ruleset(builtin_pack_names())
    day = dt.date(2024, 6, 1)

    def printed() -> str:
        return run_key(ruleset, use_waivers=True, today=day)

    base = printed()
    assert printed() == base
    assert run_key(ruleset, use_waivers=False, today=day) != base
    assert run_key(ruleset, use_waivers=True, today=day + dt.timedelta(1)) != base
    with monkeypatch.context() as patch:
        patch.setattr(cache, "_code_hash", lambda: "an edited checkout")
        assert printed() != base
    with monkeypatch.context() as patch:
        patch.setattr(sys, "version", "3.99.0")
        assert printed() != base


def test_another_process_reads_the_cache_of_this_one(write: Write) -> None:
    """A fingerprint or key that depended on the process (hash seeds, addresses) would never
    hit; in-process tests cannot see that. A hit leaves the cache file as it was."""
    write(ERRORS, "cwd/draft.yaml")
    outputs, files = [], []
    for seed in ("1", "2"):
        process = subprocess.run(
            [sys.executable, "-m", "peelcheck", "check", "--cache", "--today", TODAY, "draft.yaml"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        outputs.append((process.returncode, process.stdout, process.stderr))
        files.append([(p.name, p.stat().st_ino, p.stat().st_mtime_ns) for p in results_files()])
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1
    assert len(files[0]) == 1
    assert files[1] == files[0]


# 4. Robustness: damaged, planted or unwritable caches


def _entries_damaged(change: Callable[[Any], Any]) -> Callable[[Any], bytes]:
    def damage(content: Any) -> bytes:
        content["entries"] = {key: change(entry) for key, entry in content["entries"].items()}
        return json.dumps(content).encode()

    return damage


ROW = ["rule", "error", "message", "", 1, 1, None, None, "", None]  # a well-formed row


def _rows(change: Callable[[list[Any]], Any]) -> Callable[[Any], Any]:
    def damage(entry: Any) -> Any:
        entry["findings"] = [change(row) for row in entry["findings"] or [ROW]]
        return entry

    return damage


DAMAGE: dict[str, Callable[[Any], bytes]] = {
    "garbage bytes": lambda content: b"\x00\xff\xfe not JSON at all \x80",
    "truncated": lambda content: json.dumps(content).encode()[:-20],
    "a list": lambda content: b"[]",
    "an empty object": lambda content: b"{}",
    "another format": lambda content: json.dumps({**content, "peelcheck-cache": 99}).encode(),
    "another fingerprint": lambda content: json.dumps({**content, "fingerprint": "x"}).encode(),
    "entries as a list": lambda content: json.dumps({**content, "entries": []}).encode(),
    "entries as strings": _entries_damaged(lambda entry: "entry"),
    "entries without fields": _entries_damaged(lambda entry: {}),
    "entries without checked": _entries_damaged(lambda entry: {"findings": entry["findings"]}),
    "findings not a list": _entries_damaged(lambda entry: {**entry, "findings": 7}),
    "short rows": _entries_damaged(_rows(lambda row: row[:3])),
    "rows as strings": _entries_damaged(_rows(lambda row: "0123456789")),
    "line not a number": _entries_damaged(_rows(lambda row: [*row[:4], "x", *row[5:]])),
    "unknown severity": _entries_damaged(_rows(lambda row: [row[0], "fatal", *row[2:]])),
    "severity a number": _entries_damaged(_rows(lambda row: [row[0], 3, *row[2:]])),
    "waiver a number": _entries_damaged(_rows(lambda row: [*row[:9], 5])),
    "deeply nested": lambda content: b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_cache_file_is_ignored_and_rewritten(
    drafts: list[str], checked: list[str], damage: str
) -> None:
    expected = check("--format", "json", "drafts")
    check("--cache", "--format", "json", "drafts")
    (file,) = results_files()
    file.write_bytes(DAMAGE[damage](json.loads(file.read_bytes())))
    del checked[:]
    assert check("--cache", "--format", "json", "drafts") == expected  # no traceback either
    assert checked  # what the cache could not give was checked again
    (rewritten,) = results_files()
    assert rewritten == file
    del checked[:]
    assert check("--cache", "--format", "json", "drafts") == expected
    assert checked == []


def test_a_planted_pickle_is_never_run(write: Write, checked: list[str]) -> None:
    write(ERRORS, "cwd/draft.yaml")
    expected = check("--cache", "draft.yaml")
    (file,) = results_files()
    marker = Path.cwd() / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[Any, ...]:
            return (os.mkdir, (str(marker),))

    file.write_bytes(pickle.dumps(Payload()))
    assert check("--cache", "draft.yaml") == expected
    assert not marker.exists()
    assert json.loads(file.read_bytes())["entries"]  # rewritten as JSON


WARNING = "peelcheck: warning: cannot write the cache in {}: {}; this run's results were not cached"


def without_permission_override() -> list[str]:
    """A command prefix under which file permissions bind, or skip saying why none exists.

    Root writes into any folder (CAP_DAC_OVERRIDE), and CI runs as root: there the command
    runs under util-linux's `setpriv`, still root but with every capability dropped.
    """
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and no setpriv (util-linux) to drop CAP_DAC_OVERRIDE")
    prefix = [setpriv, "--inh-caps=-all", "--bounding-set=-all", "--"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:  # e.g. a container without CAP_SETPCAP
        pytest.skip(f"running as root, and setpriv cannot drop capabilities: {probe.stderr}")
    return prefix


def test_a_cache_folder_that_cannot_be_written_gives_one_warning(write: Write) -> None:
    write(ERRORS, "cwd/draft.yaml")
    folder = Path.cwd() / "locked"
    folder.mkdir(mode=0o500)
    prefix = without_permission_override()
    probe = [sys.executable, "-c", "open('locked/probe', 'w')"]
    assert subprocess.run([*prefix, *probe], capture_output=True, check=False).returncode != 0

    def peelcheck(*args: str) -> tuple[int, str, str]:
        command = [sys.executable, "-m", "peelcheck", "check", "-j", "1", "--today", TODAY]
        done = subprocess.run(
            [*prefix, *command, *args], capture_output=True, text=True, check=False
        )
        return done.returncode, done.stdout, done.stderr

    code, out, _ = peelcheck("draft.yaml")
    assert code == 1  # the findings of ERRORS
    result = peelcheck("--cache-dir", "locked", "draft.yaml")
    assert result == (code, out, WARNING.format("locked", "Permission denied") + "\n")
    assert list(folder.iterdir()) == []


def test_a_cache_folder_inside_a_file_gives_one_warning(write: Write) -> None:
    """What a folder that cannot be created gives, as root too."""
    write(ERRORS, "cwd/draft.yaml")
    write("not a folder", "cwd/plain")
    expected = check("draft.yaml")
    result = check("--cache-dir", "plain/cache", "draft.yaml")
    assert (result.code, result.out) == (expected.code, expected.out)
    assert result.err.splitlines() == [WARNING.format("plain/cache", "Not a directory")]
    assert Path("plain").read_text(encoding="utf-8") == "not a folder"


def test_a_cache_dir_that_is_a_file_is_a_usage_error(write: Write) -> None:
    write(ERRORS, "cwd/draft.yaml")
    write("not a folder", "cwd/plain")
    result = check("--cache-dir", "plain", "draft.yaml")
    assert result.code == 2
    assert result.out == ""
    assert result.err == (
        "peelcheck: error: invalid value for '--cache-dir': Directory 'plain' is a file; "
        "see 'peelcheck check --help'\n"
    )
    assert Path("plain").read_text(encoding="utf-8") == "not a folder"


def test_a_folder_named_like_a_cache_file_does_not_break_the_run(write: Write) -> None:
    write(ERRORS, "cwd/draft.yaml")
    expected = check("draft.yaml")
    check("--cache", "draft.yaml")
    (Path(DEFAULT_FOLDER) / "results-planted.json").mkdir()
    result = check("--cache", "draft.yaml", today="2024-06-02")
    assert (result.code, result.out) == (expected.code, expected.out)
    assert len([p for p in results_files() if p.is_file()]) == 1


# 5. The cache folder


def test_the_cache_folder_is_tagged_ignored_and_keeps_one_results_file(write: Write) -> None:
    write(ERRORS, "cwd/draft.yaml")
    check("--cache", "draft.yaml")
    folder = Path(DEFAULT_FOLDER)
    assert (folder / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith(SIGNATURE)
    assert (folder / ".gitignore").read_text(encoding="utf-8") == "*\n"
    (first,) = results_files()
    assert json.loads(first.read_bytes())["entries"]
    check("--cache", "draft.yaml", today="2024-06-02")
    (second,) = results_files()
    assert second != first
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["CACHEDIR.TAG", ".gitignore", second.name]
    )  # no temporary file left behind


def test_cache_dir_names_the_folder_and_implies_cache(write: Write, checked: list[str]) -> None:
    write(ERRORS, "cwd/draft.yaml")
    check("--cache-dir", "elsewhere/cache", "draft.yaml")
    check("--cache-dir", "elsewhere/cache", "draft.yaml")
    assert checked == ["draft.yaml"]
    assert len(results_files(Path("elsewhere/cache"))) == 1
    assert not Path(DEFAULT_FOLDER).exists()


def test_a_run_without_cache_reads_and_writes_no_cache(write: Write, checked: list[str]) -> None:
    write(ERRORS, "cwd/draft.yaml")
    check("--cache", "draft.yaml")
    before = [(p.name, p.stat().st_mtime_ns) for p in Path(DEFAULT_FOLDER).iterdir()]
    check("draft.yaml")
    assert checked == ["draft.yaml", "draft.yaml"]
    assert [(p.name, p.stat().st_mtime_ns) for p in Path(DEFAULT_FOLDER).iterdir()] == before


def test_the_baseline_is_applied_after_the_cache(write: Write, checked: list[str]) -> None:
    write(ERRORS, "cwd/draft.yaml")

    def waived(result: Result) -> list[bool]:
        return [f["waived"] for f in json.loads(result.out)["findings"]]

    recorded = check("--cache", "--format", "json", "--write-baseline", "b.json", "draft.yaml")
    assert recorded.code == 0
    assert waived(recorded)
    assert all(waived(recorded))
    plain = check("--cache", "--format", "json", "draft.yaml")
    assert plain.code == 1
    assert not any(waived(plain))  # no baseline waiver was cached
    assert check("--cache", "--format", "json", "--baseline", "b.json", "draft.yaml") == check(
        "--format", "json", "--baseline", "b.json", "draft.yaml"
    )
    assert checked == ["draft.yaml", "draft.yaml"]  # the first run, and the last uncached one


# 6. A cache inside the checked folder is no draft


@pytest.mark.parametrize("cache_dir", [None, "drafts/cache"])
def test_a_cache_inside_the_checked_folder_is_never_a_draft(
    write: Write, cache_dir: str | None
) -> None:
    write(ERRORS, "cwd/drafts/draft.yaml")
    where = ("--cache-dir", cache_dir) if cache_dir else ("--cache",)
    first = check(*where, ".")
    assert results_files(Path(cache_dir or DEFAULT_FOLDER))
    second = check(*where, ".")
    assert second == first
    assert second.out.splitlines()[-1].split(";")[0].endswith(" of 1 file")
    assert "results-" not in second.out


def test_a_glob_does_not_read_a_cache_folder_that_is_not_hidden(write: Write) -> None:
    write(ERRORS, "cwd/drafts/draft.yaml")
    write(ERRORS, "cwd/drafts/twin.yaml")
    first = check("--cache-dir", "drafts/cache", "drafts/**/*.*")
    assert results_files(Path("drafts/cache"))
    again = check("--cache-dir", "drafts/cache", "drafts/**/*.*")
    assert again == first
    assert "results-" not in again.out
    assert again.out.splitlines()[-1].split(";")[0].endswith(" of 2 files")


# 7. Worker processes


def test_cold_and_warm_runs_with_two_jobs_agree_and_keep_input_order(
    write: Write, checked: list[str]
) -> None:
    text = (EXAMPLES / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8")
    names = []
    for index in range(80):
        # each draft different, so that a result served under the wrong key would show
        edited = text.replace("Gwent Police is", f"Gwent Police {'is ' * (index % 3 + 1)}", 1)
        names.append(str(write(edited, f"cwd/d{index:02d}.yaml").name))
    names.reverse()  # input order is argument order, not sorted order
    expected = check("--format", "json", *names)
    del checked[:]
    # 40 drafts, every other one: enough for two workers (16 each at least)
    half = run("check", "--cache", "--jobs", "2", "--today", TODAY, "--format", "json", *names[::2])
    assert checked == []  # checked in the workers
    full = run("check", "--cache", "--jobs", "2", "--today", TODAY, "--format", "json", *names)
    assert checked == []  # 40 cached, 40 in the workers, interleaved
    warm = run("check", "--cache", "--jobs", "2", "--today", TODAY, "--format", "json", *names)
    assert checked == []
    assert full == expected
    assert warm == expected
    assert [f["file"] for f in json.loads(warm.out)["files"]] == names
    assert [f["file"] for f in json.loads(half.out)["files"]] == names[::2]
    assert half.out == check("--format", "json", *names[::2]).out


def test_draft_keys_depend_on_name_and_bytes() -> None:
    assert draft_key("a.yaml", b"x") == draft_key("a.yaml", b"x")
    assert draft_key("a.yaml", b"x") != draft_key("b.yaml", b"x")
    assert draft_key("a.yaml", b"x") != draft_key("a.yaml", b"y")
    assert draft_key("a", b"b.yaml") != draft_key("ab", b".yaml")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_cache_file_is_readable_by_others_sharing_the_cache(write: Write) -> None:
    write(ERRORS, "cwd/draft.yaml")
    check("--cache", "draft.yaml")
    (results,) = results_files()
    assert results.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0o600


def test_a_cache_that_fails_half_written_leaves_no_temporary_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    results = cache.ResultCache(folder, "f" * 32)
    results.put("key", [], True)

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.json, "dump", disk_full)
    with pytest.raises(cache.CacheError, match="No space left on device"):
        results.save()
    assert sorted(p.name for p in folder.iterdir()) == [".gitignore", "CACHEDIR.TAG"]


def test_the_run_key_and_rules_hash_do_not_change_once_the_rules_have_run() -> None:
    """Built objects (the sentence splitter) must not leak into a key: it would change per
    process, and no cached result would ever be found again."""
    from peelcheck.results.cache import rules_hash

    ruleset = load_ruleset(builtin_pack_names())
    before = (run_key(ruleset, use_waivers=True, today=dt.date(2026, 1, 1)), rules_hash(ruleset))
    ruleset.pack_data.splitter().sentences("One. Two.")  # builds what rules build on use
    after = (run_key(ruleset, use_waivers=True, today=dt.date(2026, 1, 1)), rules_hash(ruleset))
    assert before == after


def test_rules_hash_counts_a_dictionary_by_content_not_by_where_it_is(tmp_path: Path) -> None:
    """Two installs of the same packs show the same hash; a changed word list, another."""
    import shutil

    from peelcheck.core.resources import rules_dir
    from peelcheck.results.cache import rules_hash

    def hashed(folder: Path) -> str:  # the pack with the dictionary ("base" is built in)
        return rules_hash(load_ruleset([str(folder / "text-hygiene.yaml")]))

    first, second, changed = (tmp_path / name / "rules" for name in "abc")
    for folder in (first, second, changed):
        shutil.copytree(rules_dir(), folder)
    words = changed / "data" / "dictionaries" / "en_GB.words.gz"
    words.write_bytes(words.read_bytes() + b"\n")
    assert hashed(first) == hashed(second)
    assert hashed(first) != hashed(changed)
