"""Rule ids that peelcheck itself reports, outside any rule pack, with their documentation.

Formatters describe them like pack rules (SARIF `tool.driver.rules`), `peelcheck explain`
and `peelcheck rules --all` show them, and docs/rules/<id>.md is generated from them. They
are stable ids, like pack rule ids. None of them can be waived or baselined: they say the
draft, or a waiver in it, could not be read as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from peelcheck.core.findings import Severity


@dataclass(frozen=True)
class BuiltinRule:
    """A built-in id as its documentation page shows it (the shape of ruff's rule pages)."""

    id: str
    severity: Severity
    description: str  # what it does: one sentence
    causes: str  # why it is reported: what in a draft causes it
    fix: str  # how to fix it
    flagged: str  # an example it reports
    fixed: str  # the same example, as it should be
    pack: str = "peelcheck"  # built-in ids belong to no pack; output names this instead


_E, _W = Severity.ERROR, Severity.WARNING

_DOCS = [
    BuiltinRule(
        "not-checked",
        _E,
        "Every draft is checked to the end.",
        "The draft, or a folder that holds drafts, could not be read (its permissions do not "
        "let the user running peelcheck read it, or it was removed during the run); or the "
        "process checking this draft ended unexpectedly: it was killed, most often by the "
        "system for lack of memory, and ended again when peelcheck checked the draft on its "
        "own. Either way the draft is reported as not checked, and every other draft was "
        "checked as usual.",
        "For a file or folder that cannot be read, make it readable (`chmod`), or leave it "
        "out (`exclude`). For a killed process, check the draft alone (`peelcheck check DRAFT "
        "--jobs 1`) on a machine with more free memory; if it still fails, the draft is "
        "unusually large: split it, or report it.",
        "# no text of a draft causes it by itself: its check's process was killed\n",
        "# the same draft, checked where the process can finish\n",
    ),
    BuiltinRule(
        "file-format",
        _E,
        "The file can be read as a draft: not empty, not too large, UTF-8 text (or, for "
        ".docx, a Word document).",
        "A draft that cannot be read at all cannot be checked. The usual causes: an empty "
        "file; a file saved in an older encoding (Windows-1252 turns 'Ynys Môn' into bytes "
        "that are not UTF-8); a Word document renamed to .yaml; a file over 8 MiB (64 MiB for "
        "a Word document), which is not a report.",
        "Save the draft as UTF-8 text (in most editors: Save with encoding, UTF-8), or check "
        "that the file is the draft you meant.",
        "# drafts/ynys-mon.yaml, saved as Windows-1252: the byte after 'M' is not UTF-8\n"
        "inspection: {programme: FRS, cycle: '2021-22', subject: Ynys M\\xf4n}\n",
        "# the same file saved as UTF-8\n"
        "inspection: {programme: FRS, cycle: '2021-22', subject: Ynys Môn}\n",
    ),
    BuiltinRule(
        "yaml-syntax",
        _E,
        "The draft is well-formed YAML.",
        "A YAML draft that does not parse cannot be checked. The usual causes: a colon "
        "followed by a space inside an unquoted text, a line indented by a tab or by the "
        "wrong number of spaces, an unclosed quote or bracket.",
        "Quote the text (with double quotes, doubling none inside), or fix the indentation at "
        "the line and column given; the message says what the parser expected.",
        "questions:\n  - number: 1\n    title: Preventing crime: how effective is the force?\n",
        'questions:\n  - number: 1\n    title: "Preventing crime: how effective is the force?"\n',
    ),
    BuiltinRule(
        "json-syntax",
        _E,
        "The draft is well-formed JSON.",
        "A JSON draft that does not parse cannot be checked. The usual causes: a comma after "
        "the last item of a list or object, single quotes, a missing comma or bracket, an "
        "unpaired escaped surrogate in a string.",
        "Fix the JSON at the line and column given; the message says what was expected.",
        '{"peelcheck": 1, "questions": [{"number": 1, "grade": "Good"},]}\n',
        '{"peelcheck": 1, "questions": [{"number": 1, "grade": "Good"}]}\n',
    ),
    BuiltinRule(
        "duplicate-key",
        _E,
        "No key appears twice in the same mapping.",
        "YAML keeps only the last of two equal keys, so the first value would silently be "
        "lost: a grade changed by pasting a new line under the old one is the usual case.",
        "Keep one of the two lines: the finding is at the second, and names the first.",
        "questions:\n  - number: 4\n    grade: Good\n    grade: Requires improvement\n",
        "questions:\n  - number: 4\n    grade: Requires improvement\n",
    ),
    BuiltinRule(
        "schema",
        _E,
        "The draft follows the draft format (`peelcheck schema draft`): known keys, required "
        "fields, right types.",
        "Rules can only check what they can find where they expect it. The usual causes: a "
        "misspelt key ('grdae'), a required field left out, a number where text is needed (a "
        'cycle written 2016 instead of "2016"), a waiver without a reason.',
        "Do what the message says at the line and column given: it names the nearest known "
        "key for a typo, and says when a value needs quotes.",
        "inspection:\n  programme: PEEL\n  cycle: 2016\n  subject: Gwent Police\n",
        'inspection:\n  programme: PEEL\n  cycle: "2016"\n  subject: Gwent Police\n',
    ),
    BuiltinRule(
        "import",
        _E,
        "Every line of a published page (.txt) or paragraph of a Word draft (.docx) finds its "
        "place in the draft.",
        "Nothing in a document is dropped silently: a line the importer cannot place (a page "
        "footer after the last question, a question with no grade, a date that is not "
        "DD/MM/YYYY, a force not in the forces table) could be a lost judgement.",
        "Remove what is not part of the report (page furniture), or complete what the message "
        "says is missing; `peelcheck import FILE --lenient` shows the draft without it.",
        "Areas for improvement\n- The force should improve how it records crime.\nBack to top\n",
        "Areas for improvement\n- The force should improve how it records crime.\n",
    ),
    BuiltinRule(
        "unknown-waiver-rule",
        _E,
        "Every waiver names a rule id of a loaded rule pack.",
        "A waiver of a rule that does not exist waives nothing: the rule was renamed, its "
        "pack is not loaded, the id is misspelt, or it names a built-in id, which cannot be "
        "waived.",
        "Correct the rule id (the message gives the nearest one; `peelcheck rules` lists "
        "them), or load the pack that defines it.",
        "waivers:\n  - rule: overall-follows-majorty\n    reason: The inspectors judged ...\n",
        "waivers:\n  - rule: overall-follows-majority\n    reason: The inspectors judged ...\n",
    ),
    BuiltinRule(
        "unused-waiver",
        _W,
        "Every waiver matches at least one finding.",
        "A waiver that matches nothing has nothing left to excuse: the problem was fixed, "
        "its `path` points elsewhere, or the rule does not apply to this programme and cycle. "
        "Left in, it would silently excuse a new problem later.",
        "Remove the waiver, or correct its `path` (paths are the `path` of findings, as "
        "`--format json` shows them).",
        "waivers:\n  - rule: repeated-word\n    path: questions[7]\n    reason: Quoted as said.\n",
        "waivers: []\n",
    ),
    BuiltinRule(
        "expired-waiver",
        _W,
        "A waiver past its `expires` date is not applied.",
        "A waiver with an expiry date was agreed for a time only; after it the finding fails "
        "again, and this says why.",
        "Renew the waiver with a later `expires` (and its approval), or fix the draft and "
        "remove the waiver.",
        "waivers:\n  - rule: published-date\n    reason: Publication moved.\n"
        "    expires: 2018-03-31\n",
        "waivers:\n  - rule: published-date\n    reason: Publication moved.\n"
        "    expires: 2018-06-30\n",
    ),
]

BUILTIN_DOCS: dict[str, BuiltinRule] = {doc.id: doc for doc in _DOCS}
"""Every built-in id -> its documentation."""

# Problems reading a draft (draft/read.py, draft/validate_draft.py, importers/).
LOADER_RULES: dict[str, str] = {
    i: BUILTIN_DOCS[i].description
    for i in (
        "file-format",
        "yaml-syntax",
        "json-syntax",
        "duplicate-key",
        "schema",
        "import",
        "not-checked",
    )
}

# Problems with the draft's `waivers:` (results/waivers.py).
WAIVER_RULES: dict[str, str] = {
    i: BUILTIN_DOCS[i].description
    for i in ("unknown-waiver-rule", "unused-waiver", "expired-waiver")
}

BUILTIN_RULES: dict[str, str] = {**LOADER_RULES, **WAIVER_RULES}
"""Every built-in rule id -> a one-sentence description."""

# Labels of problems in peelcheck's own files (config, rule packs, rule tests, baselines):
# they stop a run with exit 2 and are never the rule of a draft's finding.
SETUP_LABELS = frozenset({"config", "rule-file", "test-file", "baseline"})
