"""Build the tries the spelling rule maps instead of reading its word list (a maintainer's
script, run after tools/build_spelling_words.py; peelcheck never runs it).

    python tools/build_spelling_tries.py [WORD_LIST ...]

For each word list (default: rules/data/dictionaries/en_GB.words.gz) writes beside it
`<list>.words.marisa` (its words), `<list>.compounds.marisa` (its hyphenated words,
lower-cased), `<list>.closed.marisa` (those written closed) and `<list>.marisa.json` (the
list's SHA-256: tries from other bytes than the list holds are not used). The same list
gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import marisa_trie

from peelcheck.checks.dictionary import (
    closed_words,
    compound_words,
    list_digest,
    manifest_path,
    read_words,
    trie_path,
)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "rules" / "data" / "dictionaries" / "en_GB.words.gz"


def build(path: str) -> dict[str, int]:
    """Write the tries and manifest for the word list at `path`; their sizes in keys."""
    words = frozenset(read_words(path))
    compounds = compound_words(words)
    keys = {"words": words, "compounds": compounds, "closed": closed_words(compounds)}
    for kind, found in keys.items():
        marisa_trie.Trie(sorted(found)).save(str(trie_path(path, kind)))
    manifest = {"sha256": list_digest(path), "built_by": "tools/build_spelling_tries.py"}
    manifest_path(path).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return {kind: len(found) for kind, found in keys.items()}


def main(argv: list[str]) -> int:
    """Build the tries of each word list named (default: the en_GB list); print their sizes."""
    for path in argv or [str(DEFAULT)]:
        print(path, build(path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
