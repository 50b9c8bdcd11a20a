"""Scores the judgment rules against the labelled sentence corpus (tests/data/judgments/).

Each sentence is run through the real rules, wrapped in a one-question draft (the narrative
rules) or a one-pillar summary (the summary rules), under the grade it states and under
another grade, and each case is scored as a true or false positive or negative:

- narrative-contradicts-grade: a finding is expected under another grade for an unqualified
  judgment of the subject, and counts as found only when it names the sentence's grade;
  under the sentence's own grade, and for a qualified judgment, a judgment of someone else
  or no judgment (under every grade of the scale), a finding is a false alarm.
- narrative-states-grade (the first sentence) and summary-states-overall-grade (the opening
  paragraph): "recognised" (no finding) is the positive. A judgment of the subject is to be
  recognised under its own grade and not under another; anything else under no grade.
- previous-grade-statement: sentences with a `change` are put under grades that agree with
  it (no finding expected) and that do not (a finding expected); sentences without one must
  give no finding under any pair of grades (pairs that keep the earlier grade a sentence
  states, "In 2016 we judged it good": a draft whose previous_grade differs holds a
  contradiction the rule may rightly report; round 79).
- summary-contradicts-question: a judgment of the subject with a `topic` is put in the
  summary of a draft whose one question is titled with that topic (the cycles from 2021/22
  read short titles), graded otherwise: a finding naming the grade is expected; with the
  question graded as the sentence says, and for every other sentence, none.

    python -m tests.judgments            # the tuning part, failures listed with --failures
    python -m tests.judgments --held-back      # split.yaml's part of sentences.yaml
    python -m tests.judgments --held-back-2    # split2.yaml's half of batch2.yaml
    python -m tests.judgments --held-back-3    # all of batch3.yaml: spent, now tuning data
    python -m tests.judgments --held-back-4    # all of batch4.yaml: spent, now tuning data
    python -m tests.judgments --held-back-5    # all of batch5.yaml: spent, now tuning data
    python -m tests.judgments --held-back-6    # all of batch6.yaml: spent, now tuning data
    python -m tests.judgments --held-back-7    # all of batch7.yaml: spent, now tuning data
    python -m tests.judgments --held-back-8    # all of batch8.yaml: spent, now tuning data
    python -m tests.judgments --held-back-9    # all of batch9.yaml: spent, now tuning data
    python -m tests.judgments --held-back-10   # all of batch10.yaml: spent, now tuning data
    python -m tests.judgments --held-back-11   # all of batch11.yaml: spent, now tuning data
    python -m tests.judgments --held-back-12   # all of batch12.yaml: spent, now tuning data
    python -m tests.judgments --held-back-13   # all of batch13.yaml: spent, now tuning data
    python -m tests.judgments --held-back-14   # all of batch14.yaml: spent, now tuning data
    python -m tests.judgments --held-back-15   # all of batch15.yaml: spent, now tuning data
    python -m tests.judgments --held-back-16   # all of batch16.yaml: spent, now tuning data
    python -m tests.judgments --held-back-17   # all of batch17.yaml: spent, now tuning data
    python -m tests.judgments --held-back-18   # all of batch18.yaml: spent, now tuning data
    python -m tests.judgments --held-back-19   # all of batch19.yaml: spent, now tuning data
    python -m tests.judgments --held-back-20   # all of batch20.yaml: spent, now tuning data
    python -m tests.judgments --held-back-21   # all of batch21.yaml: spent, now tuning data
    python -m tests.judgments --held-back-22   # all of batch22.yaml: spent, now tuning data
    python -m tests.judgments --held-back-23   # all of batch23.yaml: spent, now tuning data
    python -m tests.judgments --held-back-24   # all of batch24.yaml: spent, now tuning data
    python -m tests.judgments --held-back-25   # all of batch25.yaml: spent, now tuning data
    python -m tests.judgments --held-back-26   # all of batch26.yaml: spent, now tuning data
    python -m tests.judgments --held-back-27   # all of batch27.yaml: spent, now tuning data
    python -m tests.judgments --held-back-28   # all of batch28.yaml: spent, now tuning data
    python -m tests.judgments --held-back-29   # all of batch29.yaml: spent, now tuning data
    python -m tests.judgments --held-back-30   # all of batch30.yaml: spent, now tuning data
    python -m tests.judgments --held-back-31   # all of batch31.yaml: spent, now tuning data
    python -m tests.judgments --held-back-32   # all of batch32.yaml: wholly held back
    python -m tests.judgments --held-back-33   # all of batch33.yaml: spent, now tuning data
    python -m tests.judgments --held-back-34   # all of batch34.yaml: spent, now tuning data
    python -m tests.judgments --held-back-35   # all of batch35.yaml: spent, now tuning data
    python -m tests.judgments --held-back-36   # all of batch36.yaml: spent, now tuning data
    python -m tests.judgments --held-back-37   # all of batch37.yaml: spent, now tuning data
    python -m tests.judgments --held-back-38   # all of batch38.yaml: spent, now tuning data
    python -m tests.judgments --held-back-39   # all of batch39.yaml: spent, now tuning data
    python -m tests.judgments --held-back-40   # all of batch40.yaml: spent, now tuning data
    python -m tests.judgments --held-back-41   # all of batch41.yaml: spent, now tuning data
    python -m tests.judgments --held-back-42   # all of batch42.yaml: wholly held back
    python -m tests.judgments --held-back-43   # all of batch43.yaml: spent, now tuning data
    python -m tests.judgments --held-back-44   # all of batch44.yaml: spent, now tuning data
    python -m tests.judgments --held-back-45   # all of batch45.yaml: spent, now tuning data
    python -m tests.judgments --held-back-46   # all of batch46.yaml: spent, now tuning data
    python -m tests.judgments --held-back-47   # all of batch47.yaml: spent, now tuning data
    python -m tests.judgments --held-back-48   # all of batch48.yaml: spent, now tuning data
    python -m tests.judgments --held-back-49   # all of batch49.yaml: spent, now tuning data
    python -m tests.judgments --held-back-50   # all of batch50.yaml: spent, now tuning data
    python -m tests.judgments --held-back-51   # all of batch51.yaml: spent, now tuning data
    python -m tests.judgments --held-back-52   # all of batch52.yaml: spent, now tuning data
    python -m tests.judgments --held-back-53   # all of batch53.yaml: spent, now tuning data
    python -m tests.judgments --held-back-54   # all of batch54.yaml: spent, now tuning data
    python -m tests.judgments --held-back-55   # all of batch55.yaml: spent, now tuning data
    python -m tests.judgments --held-back-56   # all of batch56.yaml: spent, now tuning data
    python -m tests.judgments --held-back-57   # all of batch57.yaml: spent, now tuning data
    python -m tests.judgments --held-back-58   # all of batch58.yaml: spent, now tuning data
    python -m tests.judgments --held-back-59   # all of batch59.yaml: spent, now tuning data
    python -m tests.judgments --held-back-60   # all of batch60.yaml: spent, now tuning data
    python -m tests.judgments --held-back-61   # all of batch61.yaml: spent, now tuning data
    python -m tests.judgments --held-back-62   # all of batch62.yaml: spent, now tuning data
    python -m tests.judgments --held-back-63   # all of batch63.yaml: spent, now tuning data
    python -m tests.judgments --held-back-64   # all of batch64.yaml: spent, now tuning data
    python -m tests.judgments --held-back-65   # all of batch65.yaml: spent, now tuning data
    python -m tests.judgments --held-back-66   # all of batch66.yaml: spent, now tuning data
    python -m tests.judgments --held-back-67   # all of batch67.yaml: spent, now tuning data
    python -m tests.judgments --held-back-68   # all of batch68.yaml: spent, now tuning data
    python -m tests.judgments --held-back-69   # all of batch69.yaml: spent, now tuning data
    python -m tests.judgments --held-back-70   # all of batch70.yaml: spent, now tuning data
    python -m tests.judgments --held-back-71   # all of batch71.yaml: spent, now tuning data
    python -m tests.judgments --held-back-72   # all of batch72.yaml: spent, now tuning data
    python -m tests.judgments --held-back-73   # all of batch73.yaml: spent, now tuning data
    python -m tests.judgments --held-back-74   # all of batch74.yaml: spent, now tuning data
    python -m tests.judgments --held-back-75   # all of batch75.yaml: wholly held back
    python -m tests.judgments --held-back-76   # all of batch76.yaml: wholly held back
    python -m tests.judgments --without batch7 --failures  # tune without batch 7's failures
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from peelcheck.draft.read import load_text
from peelcheck.packs.ruleset import RuleSet
from peelcheck.run.pipeline import check_loaded
from peelcheck.run.settings import RunSettings
from tests.judgment_cases import Case, cases, ruleset

DATA = Path(__file__).resolve().parent / "data" / "judgments"
RULES = (
    "narrative-contradicts-grade",
    "narrative-states-grade",
    "summary-states-overall-grade",
    "summary-contradicts-question",
    "previous-grade-statement",
)


@dataclass
class Tally:
    """True and false positives and negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, expected: bool, got: bool, what: str) -> None:
        """Count one case."""
        if expected and got:
            self.tp += 1
        elif expected:
            self.fn += 1
            self.failures.append(f"missed: {what}")
        elif got:
            self.fp += 1
            self.failures.append(f"false alarm: {what}")
        else:
            self.tn += 1

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP), None with no positives."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """TP / (TP + FN), None with nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


# Each batch: its name and the first id it holds. Each is labelled and split on its own
# (split.yaml for sentences.yaml, split2.yaml for batch 2, splitN.yaml for batch N).
BATCH_STARTS = (
    ("sentences", 1),
    ("batch2", 542),
    ("batch3", 724),
    ("batch4", 991),
    ("batch5", 1223),
    ("batch6", 1458),
    ("batch7", 1711),
    ("batch8", 1930),
    ("batch9", 2170),
    ("batch10", 2430),
    ("batch11", 2678),
    ("batch12", 2983),
    ("batch13", 3356),
    ("batch14", 3656),
    ("batch15", 3941),
    ("batch16", 4136),
    ("batch17", 4411),
    ("batch18", 4680),
    ("batch19", 4899),
    ("batch20", 5138),
    ("batch21", 5378),
    ("batch22", 5639),
    ("batch23", 5900),
    ("batch24", 6127),
    ("batch25", 6400),
    ("batch26", 6629),
    ("batch27", 6900),
    ("batch28", 7148),
    ("batch29", 7400),
    ("batch30", 7663),
    ("batch31", 7900),
    ("batch32", 8100),
    ("batch33", 8400),
    ("batch34", 8700),
    ("batch35", 9000),
    ("batch36", 9300),
    ("batch37", 9600),
    ("batch38", 10000),
    ("batch39", 10300),
    ("batch40", 10600),
    ("batch41", 10900),
    ("batch42", 11200),
    ("batch43", 11500),
    ("batch44", 11800),
    ("batch45", 12100),
    ("batch46", 12400),
    ("batch47", 12700),
    ("batch48", 13000),
    ("batch49", 13300),
    ("batch50", 13600),
    ("batch51", 14000),
    ("batch52", 14300),
    ("batch53", 14600),
    ("batch54", 14900),
    ("batch55", 15200),
    ("batch56", 15500),
    ("batch57", 15800),
    ("batch58", 16100),
    ("batch59", 16400),
    ("batch60", 16700),
    ("batch61", 17000),
    ("batch62", 17300),
    ("batch63", 17600),
    ("batch64", 17900),
    ("batch65", 18200),
    ("batch66", 18500),
    ("batch67", 18800),
    ("batch68", 19100),
    ("batch69", 19400),
    ("batch70", 19700),
    ("batch71", 20000),
    ("batch72", 20300),
    ("batch73", 20600),
    ("batch74", 20900),
    ("batch75", 21200),
    ("batch76", 21500),
)
BATCH_NAMES = tuple(name for name, _ in BATCH_STARTS)
BATCHES = tuple(f"{name}.yaml" for name in BATCH_NAMES)
SPLITS = {"held-back": "split.yaml"} | {
    f"held-back-{n}": f"split{n}.yaml" for n in range(2, len(BATCH_STARTS) + 1)
}
# Held-back parts already scored once: spent as yardsticks, they are tuning data now.
SPENT = (
    *(f"held-back-{n}" for n in range(3, 32)),
    *(f"held-back-{n}" for n in range(33, 39)),
    "held-back-39",
    "held-back-40",
    "held-back-41",
    "held-back-43",
    "held-back-44",
    "held-back-45",
    "held-back-46",
    "held-back-47",
    "held-back-48",
    "held-back-49",
    "held-back-50",
    "held-back-51",
    "held-back-52",
    "held-back-53",
    "held-back-54",
    "held-back-55",
    "held-back-56",
    "held-back-57",
    "held-back-58",
    "held-back-59",
    "held-back-60",
    "held-back-61",
    "held-back-62",
    "held-back-63",
    "held-back-64",
    "held-back-65",
    "held-back-66",
    "held-back-67",
    "held-back-68",
    "held-back-69",
    "held-back-70",
    "held-back-71",
    "held-back-72",
    "held-back-73",
    "held-back-74",
)


def sentences() -> list[dict[str, Any]]:
    """The labelled sentences of every batch."""
    found: list[dict[str, Any]] = []
    for name in BATCHES:
        data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        found += data["sentences"]
    return found


def held_back(part: str = "held-back") -> set[str]:
    """The ids of a held-back part: `held-back` (a quarter of sentences.yaml),
    `held-back-2` (half of batch2.yaml) or `held-back-N` (all of batchN.yaml, for N from 3
    to the last batch)."""
    data = yaml.safe_load((DATA / SPLITS[part]).read_text(encoding="utf-8"))
    return set(data["held_back"])


def tuning_part() -> list[dict[str, Any]]:
    """The sentences of no held-back part still unspent: the only ones to tune on."""
    back = set().union(*(held_back(part) for part in SPLITS if part not in SPENT))
    return [s for s in sentences() if s["id"] not in back]


def run_case(case: Case) -> tuple[bool, list[str]]:
    """(the positive happened, the rule's messages) for one case."""
    rules = ruleset()
    selected = RuleSet(
        rules.packs,
        [r for r in rules.rules if r.id == case.rule],
        rules.pack_data,
        rules.defined_ids,
    )
    loaded = load_text(json.dumps(case.draft), "corpus.json", json=True)
    result = check_loaded(loaded, selected, RunSettings(packs=()))
    messages = [f.message for f in result.findings if f.rule == case.rule]
    invalid = [f.message for f in result.findings if f.rule != case.rule and f.severity == "error"]
    if invalid:
        raise ValueError(f"{case.sentence['id']}: invalid draft: {invalid[0]}")
    if case.states:
        return not messages, messages
    if case.positive_if is not None:
        return any(case.positive_if in m for m in messages), messages
    return bool(messages), messages


@dataclass
class Scores:
    """Tallies per (rule, group)."""

    tallies: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))

    def table(self, groups: list[str]) -> str:
        """A plain-text table: precision / recall (cases) per rule and group."""
        width = max(len(r) for r in RULES)
        lines = [f"{'rule':<{width}}  " + "  ".join(f"{g:>19}" for g in groups)]
        for rule in RULES:
            cells = []
            for group in groups:
                tally = self.tallies.get((rule, group))
                cells.append(f"{_cell(tally):>19}")
            lines.append(f"{rule:<{width}}  " + "  ".join(cells))
        return "\n".join(lines)


def _cell(tally: Tally | None) -> str:
    if tally is None:
        return "-"
    p, r = tally.precision, tally.recall
    show = "   -" if p is None else f"{p * 100:4.0f}"
    return f"{show}/{'   -' if r is None else f'{r * 100:4.0f}'} ({tally.tp + tally.fn:3d})"


def score(items: list[dict[str, Any]]) -> Scores:
    """Run every case of `items` and tally it by rule, origin and shape."""
    scores = Scores()
    for case in cases(items):
        got, messages = run_case(case)
        item = case.sentence
        what = f"{item['id']} [{_grade_of(case.draft)}] {item['text']!r} -> {messages}"
        batch = f"batch:{_batch(item)}"
        groups = (
            "all",
            item["origin"],
            f"shape:{item['shape']}",
            batch,
            f"{batch}:{item['origin']}",
        )
        for group in groups:
            scores.tallies[(case.rule, group)].add(case.expect, got, what)
    return scores


def _batch(item: dict[str, Any]) -> str:
    """The batch a sentence comes from, by its id (`BATCH_STARTS`)."""
    number = int(str(item["id"]).lstrip("j"))
    return BATCH_STARTS[bisect.bisect_right([first for _, first in BATCH_STARTS], number) - 1][0]


def _grade_of(draft: dict[str, Any]) -> str:
    if "questions" in draft and "overall" not in draft:
        return str(draft["questions"][0]["grade"])
    overall = draft["overall"]
    if "previous_grade" in overall:
        return f"{overall['grade']} after {overall['previous_grade']}"
    if "questions" in draft:
        return f"question {draft['questions'][0]['grade']}"
    return str(overall.get("grade"))


SHAPES = [
    "plain",
    "noun-phrase-subject",
    "words-inside",
    "we-judge-frame",
    "negative-other-way",
    "summary-topics",
    "year-on-year",
    "opening-other-frame",
    "quoted-speech",
    "attributed",
    "other-subject",
    "qualified",
    "grade-word-not-judgment",
    "no-grade-word",
]


def report(part: str, failures: bool = False, without: tuple[str, ...] = ()) -> str:
    """The tables for the tuning part (`tuning`) or a held-back part (`held-back`,
    `held-back-2`, `held-back-3`, `held-back-4`, `held-back-5`, `held-back-6`,
    `held-back-7`, `held-back-8`), leaving out the batches named in `without` (a batch kept
    as a validation set while tuning: its failures are never listed)."""
    if part == "tuning":
        chosen = tuning_part()
    else:
        back = held_back(part)
        chosen = [s for s in sentences() if s["id"] in back]
    chosen = [s for s in chosen if _batch(s) not in without]
    scores = score(chosen)
    out = [
        f"{part}: {len(chosen)} sentences; precision/recall % (positive cases)",
        scores.table(["all", "real", "made-up"]),
        "",
        "per batch:",
        scores.table([f"batch:{b}" for b in BATCH_NAMES]),
        "",
        "per batch, real | made-up:",
        scores.table([f"batch:{b}:{o}" for b in BATCH_NAMES[:3] for o in ("real", "made-up")]),
        scores.table([f"batch:{b}:{o}" for b in BATCH_NAMES[3:5] for o in ("real", "made-up")]),
        scores.table([f"batch:{b}:{o}" for b in BATCH_NAMES[5:8] for o in ("real", "made-up")]),
        scores.table([f"batch:{b}:{o}" for b in BATCH_NAMES[8:] for o in ("real", "made-up")]),
        "",
        "per shape:",
        scores.table([f"shape:{s}" for s in SHAPES[:5]]),
        scores.table([f"shape:{s}" for s in SHAPES[5:10]]),
        scores.table([f"shape:{s}" for s in SHAPES[10:]]),
    ]
    if failures and (part == "tuning" or part in SPENT):  # never an unspent part's failures
        for rule in RULES:
            out.append(f"\n{rule}:")
            out += [f"  {f}" for f in scores.tallies[(rule, "all")].failures]
    return "\n".join(out)


_PART_HELP = {
    "held-back": "score the held-back part of sentences.yaml",
    "held-back-2": "score the held-back half of batch2.yaml",
}


def _batch_file(split: str) -> str:
    """The batch file a split file holds back ("split7.yaml" -> "batch7.yaml")."""
    return BATCHES[int(split.removeprefix("split").removesuffix(".yaml") or 1) - 1]


def main(argv: list[str] | None = None) -> int:
    """Print the scores."""
    parser = argparse.ArgumentParser(description="Score the judgment rules on the corpus.")
    for part, split in SPLITS.items():
        parser.add_argument(
            f"--{part}",
            action="store_true",
            help=_PART_HELP.get(part, "")
            or (
                f"score {_batch_file(split)} (scored, now spent: part of the tuning part)"
                if part in SPENT
                else f"score {_batch_file(split)} (wholly held back, unscored)"
            ),
        )
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        choices=BATCH_NAMES,
        help="leave a batch out (one kept as a validation set while tuning)",
    )
    parser.add_argument("--failures", action="store_true", help="list the tuning failures")
    args = parser.parse_args(argv)
    chosen = [p for p in SPLITS if vars(args)[p.replace("-", "_")]]
    part = chosen[0] if chosen else "tuning"
    print(report(part, args.failures, tuple(args.without)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
