"""JSON Schemas generated from the pydantic models: `python -m peelcheck.schema` rewrites them.

The committed files in `schemas/` are public contracts; a test fails when they drift from
the models.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import BaseModel

from peelcheck.core.resources import generated_folder, schemas_dir

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def generate(model: type[BaseModel], schema_id: str) -> dict[str, Any]:
    """The JSON Schema (2020-12) of `model`, as peelcheck publishes it."""
    body = model.model_json_schema(mode="validation")
    return {"$schema": DIALECT, "$id": schema_id, **body}


def render(schema: dict[str, Any]) -> str:
    """Stable text form of a schema, as committed."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


# `peelcheck schema NAME` -> the published file
NAMES = {
    "draft": "report.schema.json",
    "rules": "rules.schema.json",
    "output": "output.schema.json",
}


def published() -> dict[str, str]:
    """File name -> generated text for every schema generated from models."""
    return {file: schema_text(name) for name, file in NAMES.items()}


def schema_text(name: str) -> str:
    """The JSON Schema `name` (draft, rules or output), as published."""
    model: type[BaseModel]
    if name == "draft":
        from peelcheck.draft.model import Report

        model = Report
    elif name == "rules":
        from peelcheck.packs.format import RuleFile

        model = RuleFile
    else:
        from peelcheck.formatters.json import OutputDocument

        model = OutputDocument
    file = NAMES[name]
    return render(generate(model, f"https://peelcheck.invalid/schemas/{file}"))


def main(argv: list[str]) -> int:
    """Write the generated schemas into the given folder (default: the shipped one)."""
    target = generated_folder(
        argv,
        "python -m peelcheck.schema",
        "Rewrite the JSON Schemas generated from the models.",
        "schemas/",
    )
    target = target or schemas_dir()
    target.mkdir(parents=True, exist_ok=True)
    for name, text in published().items():
        (target / name).write_text(text, encoding="utf-8")
        print(f"wrote {target / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
