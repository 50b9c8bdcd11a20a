"""The draft format contract: committed schemas equal generated ones; examples validate."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from peelcheck.core.resources import schemas_dir
from peelcheck.draft.model import Report
from peelcheck.draft.read import load_file
from peelcheck.schema import main, published
from tests.conftest import EXAMPLES

VALID_EXAMPLES = sorted(EXAMPLES.glob("*.yaml"))
BROKEN_EXAMPLES = sorted((EXAMPLES / "broken").glob("*.yaml"))


@pytest.mark.parametrize("name", sorted(published()))
def test_committed_schema_matches_models(name: str) -> None:
    committed = (schemas_dir() / name).read_text(encoding="utf-8")
    assert committed == published()[name], f"run `python -m peelcheck.schema` to update {name}"


def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads((schemas_dir() / "report.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("path", VALID_EXAMPLES, ids=lambda p: p.name)
def test_examples_validate_with_json_schema_and_models(path: Path) -> None:
    loaded = load_file(path)
    assert loaded.ok, loaded.findings
    errors = [e.message for e in _validator().iter_errors(loaded.data)]
    assert errors == []
    Report.model_validate(loaded.data)


@pytest.mark.parametrize("path", BROKEN_EXAMPLES, ids=lambda p: p.name)
def test_broken_examples_fail_both_ways(path: Path) -> None:
    loaded = load_file(path)
    if loaded.data is None:
        assert loaded.findings  # unparseable: a syntax finding, nothing to validate
        return
    assert list(_validator().iter_errors(loaded.data))
    with pytest.raises(ValueError):
        Report.model_validate(loaded.data)


def test_schema_rejects_unknown_keys_and_wrong_types() -> None:
    base = load_file(VALID_EXAMPLES[0]).data
    validator = _validator()
    typo = {**base, "overal": {}}
    assert not validator.is_valid(typo)
    number_grade = json.loads(json.dumps(base))
    number_grade["questions"][0]["grade"] = 2
    assert not validator.is_valid(number_grade)


def test_the_generator_answers_help_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    assert "where to write them" in capsys.readouterr().out
    assert not (tmp_path / "--help").exists()


def test_the_generator_writes_into_a_new_folder(tmp_path: Path) -> None:
    assert main([str(tmp_path / "new")]) == 0
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == sorted(published())
