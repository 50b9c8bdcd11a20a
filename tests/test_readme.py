"""The README's sample output is what peelcheck really prints."""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLES, ROOT, run


def test_readme_sample_output_is_true(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ peelcheck check examples/gwent-2016-effectiveness.yaml\n", 1)[1]
    sample = block.split("```", 1)[0]
    monkeypatch.chdir(ROOT)  # the sample shows paths relative to the repository
    result = run(
        "check", "--no-config", str((EXAMPLES / "gwent-2016-effectiveness.yaml").relative_to(ROOT))
    )
    assert result.out == sample
