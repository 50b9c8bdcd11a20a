"""Project configuration: discovered upwards, changes severities, selects packs, fails clearly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, run

RI_DRAFT = MINIMAL.replace("grade: Good", "grade: Requires improvement").replace(
    "is good at", "requires improvement in"
)


def test_config_is_discovered_from_a_parent_folder(
    tmp_path: Path, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / "drafts" / "2016").mkdir(parents=True)
    (project / "peelcheck.yaml").write_text(
        "rules:\n  requires-improvement-has-areas: warning\n", encoding="utf-8"
    )
    draft = write(RI_DRAFT, "project/drafts/2016/d.yaml")
    monkeypatch.chdir(project / "drafts" / "2016")
    result = run("check", str(draft))
    assert "warning requires-improvement-has-areas" in result.out
    assert result.code == 0  # a warning does not fail at the default --fail-on error
    assert run("check", "--no-config", str(draft)).code == 1


def test_pyproject_tool_table_turns_a_rule_off(
    tmp_path: Path, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "drafts"\n\n[tool.peelcheck.rules]\nrequires-improvement-has-areas = "off"\n',
        encoding="utf-8",
    )
    draft = write(RI_DRAFT)
    monkeypatch.chdir(tmp_path)
    result = run("check", str(draft))
    assert "requires-improvement-has-areas" not in result.out


def test_config_fail_on_and_select(tmp_path: Path, write: Callable[..., Path]) -> None:
    config = write("select: [grade-on-scale]\n", "conf/peelcheck.yaml")
    result = run("check", "--config", str(config), str(write(RI_DRAFT)))
    assert result.code == 0
    assert "requires-improvement-has-areas" not in result.out


def test_bad_config_exits_2_with_its_line(write: Callable[..., Path]) -> None:
    config = write("rules:\n  requires-improvement-has-areas: loud\n", "conf/peelcheck.yaml")
    result = run("check", "--config", str(config), str(write(MINIMAL)))
    assert result.code == 2
    assert f"{config}:2:35: " in result.err
    assert "it must be one of" in result.err


def test_unknown_key_in_config_is_named(write: Callable[..., Path]) -> None:
    config = write("packz: [grades]\n", "conf/peelcheck.yaml")
    result = run("check", "--config", str(config), str(write(MINIMAL)))
    assert result.code == 2
    assert "unknown key 'packz'; did you mean 'packs'?" in result.err


def test_unknown_rule_in_config_or_select_exits_2(write: Callable[..., Path]) -> None:
    config = write("rules:\n  no-such-rule: off\n", "conf/peelcheck.yaml")
    assert run("check", "--config", str(config), str(write(MINIMAL))).code == 2
    result = run("check", "--select", "no-such-rule", str(write(MINIMAL)))
    assert result.code == 2
    assert "unknown rule or pack 'no-such-rule'" in result.err


def test_local_pack_from_config(tmp_path: Path, write: Callable[..., Path]) -> None:
    write(
        """\
        peelcheck-rules: 1
        pack: house-style
        description: Our own rules.
        extends: [base]
        rules:
          - id: no-exclamation
            severity: error
            description: No exclamation marks in narratives.
            given: "questions[*]"
            check: {type: pattern, field: narrative, forbid: '!'}
            message: "remove the exclamation mark"
        """,
        "conf/house.yaml",
    )
    config = write("extra_packs: [house.yaml]\n", "conf/peelcheck.yaml")
    draft = write(MINIMAL.replace("keeping people safe.", "keeping people safe!"))
    result = run("check", "--config", str(config), str(draft))
    assert result.code == 1
    assert "error no-exclamation remove the exclamation mark" in result.out


def test_unknown_rule_in_config_is_located_with_a_suggestion(write: Callable[..., Path]) -> None:
    config = write("fail_on: error\nrules:\n  grade-on-scal: off\n", "conf/peelcheck.yaml")
    result = run("check", "--config", str(config), str(write(MINIMAL)))
    assert result.code == 2
    assert (
        f"{config}:3:3: unknown rule 'grade-on-scal'; did you mean 'grade-on-scale'?" in result.err
    )


def test_a_local_pack_can_redefine_data_that_built_in_rules_use(
    tmp_path: Path, write: Callable[..., Path]
) -> None:
    pack = tmp_path / "ours.yaml"
    pack.write_text(
        "peelcheck-rules: 1\npack: ours\ndescription: Our word list replaces the built-in one.\n"
        "data:\n  confused_words:\n    pubic order: public order\n",
        encoding="utf-8",
    )
    draft = write(
        MINIMAL.replace("keeping people safe.", "keeping pubic order. Formally known as X.")
    )
    result = run("check", "--rules", str(pack), "--select", "confused-words", str(draft))
    assert "confused words in 'pubic order'; write 'public order'" in result.out
    assert "formally" not in result.out  # the built-in list was replaced, not extended


def test_unknown_names_under_select_and_ignore_are_located_in_the_config(
    write: Callable[..., Path],
) -> None:
    config = write("select: [grades, grdes]\nignore:\n  - text-hygine\n", "conf/peelcheck.yaml")
    draft = str(write(MINIMAL))
    result = run("check", "--config", str(config), draft)
    assert result.code == 2
    assert (
        f"{config}:1:18: unknown rule or pack 'grdes' under `select:`; did you mean 'grades'?"
        in result.err
    )
    assert f"{config}:3:5: unknown rule or pack 'text-hygine' under `ignore:`" in result.err
    # --select replaces the config's select: only the config's ignore: is left to report
    both = run("check", "--config", str(config), "--select", "grdes", draft)
    assert both.code == 2
    assert "--select: unknown rule or pack 'grdes'; did you mean 'grades'?" in both.err
    assert f"{config}:3:5: unknown rule or pack 'text-hygine'" in both.err
    assert f"{config}:1:18" not in both.err
