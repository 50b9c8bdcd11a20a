"""Where a check run spends its time: per stage and per rule, in milliseconds per draft.

In one process, on generated drafts: reading and parsing (against the floor, PyYAML's C
loader), schema validation, then each rule on its own (its screen included, as in a run;
`--no-screens` runs every rule in full). Use it to find the rule that stands
between peelcheck and its speed targets; `run.py` measures the whole process.

    python benchmarks/rule_costs.py               # 1,000 drafts
    python benchmarks/rule_costs.py --size 200 --top 10
    python benchmarks/rule_costs.py --kind full --size 100   # full-length reports

Beside milliseconds per draft it prints each pack's cost per KB of prose (the texts of
the drafts' fields), which is what grows with real reports.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # a sibling script, not a package

from peelcheck.draft.loaded import Loaded
from peelcheck.draft.model import Report
from peelcheck.draft.read import load_file
from peelcheck.draft.validate import validate_model
from peelcheck.engine.context import DraftContext
from peelcheck.engine.evaluate import MAX_FINDINGS_PER_RULE, _run_rule
from peelcheck.packs.load import builtin_pack_names, load_ruleset


def main(argv: Iterable[str] | None = None) -> int:
    """Print stage and rule costs."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="number of drafts")
    parser.add_argument("--top", type=int, default=0, help="show only the N costliest rules")
    parser.add_argument("--seed", type=int, default=8, help="generator seed")
    parser.add_argument(
        "--no-screens", action="store_true", help="run every rule in full (no screens)"
    )
    parser.add_argument("--out", type=Path, default=generate.DEFAULT_OUT, help="drafts folder")
    parser.add_argument("--kind", choices=generate.KINDS, default="synthetic", help="drafts")
    args = parser.parse_args(list(argv) if argv is not None else None)
    out = generate.out_folder(args.out, args.kind)
    generate.ensure(out, args.seed, args.size, args.kind)
    paths = sorted(generate.draft_set(out, "yaml", args.size).glob("*.yaml"))
    count = len(paths)
    started = time.perf_counter()
    ruleset = load_ruleset(builtin_pack_names())
    rules_ms = (time.perf_counter() - started) * 1e3

    started = time.perf_counter()
    for path in paths:
        with path.open("rb") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)
    floor = time.perf_counter() - started
    started = time.perf_counter()
    loaded = [load_file(path) for path in paths]
    load = time.perf_counter() - started
    started = time.perf_counter()
    drafts: list[tuple[Loaded, Report]] = []
    for item in loaded:
        report, _ = validate_model(Report, item)
        if report is not None:
            drafts.append((item, report))
    validate = time.perf_counter() - started

    spent: dict[str, float] = defaultdict(float)
    packs = {rule.id: rule.pack for rule in ruleset.rules}
    today = dt.date.today()
    for item, report in drafts:
        context = DraftContext(item, report, ruleset.pack_data, today, not args.no_screens)
        inspection = report.inspection
        pillars = [p.name for p in report.pillars or []]
        if inspection.pillar:
            pillars.append(inspection.pillar)
        for rule in ruleset.for_draft(inspection.programme, inspection.cycle, pillars):
            begun = time.perf_counter()
            if args.no_screens or rule.spec.check.may_report(context):
                _run_rule(rule, context, MAX_FINDINGS_PER_RULE)
            spent[rule.id] += time.perf_counter() - begun

    def per_draft(seconds: float) -> str:
        return f"{seconds / count * 1e3:7.3f}"

    prose_kb = sum(_prose_bytes(item.data) for item, _ in drafts) / 1024 or 1.0

    print(
        f"{count:,} drafts ({args.kind}, {prose_kb / count:.1f} KB of prose each), "
        f"{len(ruleset.rules)} rules (loaded in {rules_ms:.0f} ms)"
    )
    print(f"  {'floor: read + C loader':<44} {per_draft(floor)} ms/draft")
    print(f"  {'read + parse + source map':<44} {per_draft(load)} ms/draft")
    print(f"  {'schema validation':<44} {per_draft(validate)} ms/draft")
    print(f"  {'all rules':<44} {per_draft(sum(spent.values()))} ms/draft")
    by_pack: dict[str, float] = defaultdict(float)
    for rule_id, seconds in spent.items():
        by_pack[packs[rule_id]] += seconds
    print("by pack")
    for pack, seconds in sorted(by_pack.items(), key=lambda item: -item[1]):
        per_kb = seconds / prose_kb * 1e3
        print(f"  {pack:<44} {per_draft(seconds)} ms/draft {per_kb:7.3f} ms/KB of prose")
    print("by rule")
    ranked = sorted(spent.items(), key=lambda item: -item[1])
    for rule_id, seconds in ranked[: args.top or None]:
        print(f"  {rule_id + ' (' + packs[rule_id] + ')':<44} {per_draft(seconds)} ms/draft")
    return 0


def _prose_bytes(node: object) -> int:
    """Bytes of text in a draft's values (UTF-8)."""
    if isinstance(node, str):
        return len(node.encode())
    if isinstance(node, dict):
        return sum(_prose_bytes(v) for v in node.values())
    if isinstance(node, list):
        return sum(_prose_bytes(v) for v in node)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
