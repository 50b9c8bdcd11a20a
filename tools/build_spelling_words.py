"""Build the spelling rule's word list and American-spelling table from the en_GB Hunspell
dictionary in rules/data/dictionaries/ (a maintainer's script; peelcheck never runs it).

    apt-get install hunspell-tools          # for `unmunch`
    python tools/build_spelling_words.py

Writes rules/data/dictionaries/en_GB.words.gz (and its tries: tools/build_spelling_tries.py):
every word form the dictionary accepts, one a line, sorted, possessives ('s) left out (the
rule strips them before looking a word up), gzipped without a timestamp so the same
dictionary gives the same bytes. And
rules/data/spelling-variants.csv: each -ize/-yze form the dictionary also accepts as -ise/
-yse (Oxford spelling), which British house style writes -ise, minus the pairs that are two
words (prize/prise, seize/seise), plus the hand-made rows in HAND.
"""

from __future__ import annotations

import csv
import gzip
import subprocess
from pathlib import Path

from build_spelling_tries import build as build_tries

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "rules" / "data" / "dictionaries"
VARIANTS = ROOT / "rules" / "data" / "spelling-variants.csv"

# -ize/-ise pairs that are two words, or -iz- words that are no -ize spelling
NOT_VARIANTS = {"biz", "ize", "gizmo", "gizmos", "prize", "seize", "capsize", "size", "assize"}
# American spellings the en_GB dictionary accepts, with the British form
HAND = {
    "acknowledgment": "acknowledgement",
    "acknowledgments": "acknowledgements",
}


def main() -> int:
    """Write the word list and the variant table; print their sizes."""
    expanded = subprocess.run(
        ["unmunch", str(FOLDER / "en_GB.dic"), str(FOLDER / "en_GB.aff")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = sorted(
        {w.strip().lstrip("\ufeff") for w in expanded.splitlines()}
        - {""}
        - {w for w in expanded.splitlines() if w.endswith("'s")}
    )
    words = [w for w in words if not w.isdigit()]
    data = ("\n".join(words) + "\n").encode("utf-8")
    (FOLDER / "en_GB.words.gz").write_bytes(gzip.compress(data, 9, mtime=0))
    known = set(words)
    pairs = dict(HAND)
    for word in words:
        if not word.islower() or "'" in word:
            continue
        for american, british in (("iz", "is"), ("yz", "ys")):
            at = word.rfind(american)
            if at < 0 or word in NOT_VARIANTS or any(word.startswith(n) for n in ("prize", "seiz")):
                continue
            other = word[:at] + british + word[at + 2 :]
            if other in known:
                pairs[word] = other
    with VARIANTS.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["american", "british"])
        out.writerows(sorted(pairs.items()))
    print(f"{len(words):,} word forms; {len(pairs):,} American spellings")
    print(build_tries(str(FOLDER / "en_GB.words.gz")), "(tries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
