"""List what the spelling rule (and quotation-marks, confused-words) flag in plain text files,
word by word with the words around it: for judging the rule on real page texts.

    python tools/spelling_report.py FILE...
"""

from __future__ import annotations

import sys
from pathlib import Path

from peelcheck.packs.load import builtin_pack_names, load_ruleset

RULES = ("spelling", "quotation-marks", "confused-words")


def main(paths: list[str]) -> int:
    """Print `file: rule: flagged words: context` for each finding."""
    ruleset = load_ruleset(builtin_pack_names(), select=list(RULES))
    count = 0
    for name in paths:
        text = Path(name).read_text(encoding="utf-8")
        for rule in ruleset.rules:
            # these checks read only the node's texts, not the draft's facts
            for hit in rule.spec.check.run({"text": text}, "", None):  # type: ignore[arg-type]
                start, end = hit.span or (0, 0)
                around = " ".join(text[max(0, start - 40) : end + 40].split())
                print(f"{Path(name).name}: {rule.id}: {text[start:end]!r}: ...{around}...")
                count += 1
    print(f"{count} findings in {len(paths)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
