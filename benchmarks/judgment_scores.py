"""Precision and recall of the judgment rules on the labelled sentence corpus (issue 16).

python benchmarks/judgment_scores.py               # the tuning part
python benchmarks/judgment_scores.py --held-back   # score the held-back part (once!)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import judgments

if __name__ == "__main__":
    sys.exit(judgments.main())
