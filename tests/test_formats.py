"""Output formats: validity against the official schemas, the same findings everywhere, streams.

SARIF is validated against the OASIS JSON Schema and JUnit against the Ant XSD, both vendored
unmodified in tests/data/vendor; the JSON output against peelcheck's own published schema.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote

import jsonschema
import pytest
from lxml import etree

from peelcheck import formatters
from peelcheck.core.findings import Finding, Severity, Waived
from peelcheck.core.resources import schemas_dir
from peelcheck.formatters import RunReport, github, junit, markdown, sarif
from peelcheck.packs.load import builtin_pack_names, load_ruleset
from peelcheck.results.file_result import FileResult
from tests.conftest import EXAMPLES, MINIMAL, ROOT, run

VENDOR = ROOT / "tests" / "data" / "vendor"
# Pin the rules so that packs growing elsewhere do not change what these drafts give.
RULES = "requires-improvement-has-areas,repeated-word,double-space"
SELECT = ("--select", RULES)

ERRORS = MINIMAL.replace("grade: Good", "grade: Requires improvement")
WARNINGS = MINIMAL.replace("is good at preventing", "is good at at preventing")
INFO = MINIMAL.replace("is good at preventing", "is good  at preventing")
WAIVED = (
    WARNINGS
    + """\
waivers:
  - rule: repeated-word
    path: questions[0].narrative
    reason: "Quoted verbatim: the force's own words | <sic>, 100% as published"
    approved_by: A. Inspector
    expires: 2099-01-01
"""
)
DRAFTS = {
    "clean": MINIMAL,
    "errors": ERRORS,
    "warnings": WARNINGS,
    "info": INFO,
    "waived": WAIVED,
    "broken": (EXAMPLES / "broken" / "bad-indentation.yaml").read_text(encoding="utf-8"),
    "typo": (EXAMPLES / "broken" / "typo-key.yaml").read_text(encoding="utf-8"),
}


@pytest.fixture
def drafts(write: Callable[..., Path]) -> dict[str, str]:
    """Each kind of draft written under the working folder; name -> relative path."""
    for name, text in DRAFTS.items():
        write(text, f"cwd/drafts/{name}.yaml")
    return {name: f"drafts/{name}.yaml" for name in DRAFTS}


def _sarif_validator() -> Any:
    schema = json.loads((VENDOR / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def _output_validator() -> Any:
    schema = json.loads((schemas_dir() / "output.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


JUNIT_XSD = etree.XMLSchema(etree.parse(str(VENDOR / "junit.xsd")))

# Which drafts each validity test runs on: errors, warnings only, nothing, and everything.
CASES = {
    "errors": ["errors", "broken", "typo"],
    "warnings": ["warnings", "info", "waived"],
    "clean": ["clean"],
    "all": list(DRAFTS),
}


def _check(drafts: dict[str, str], case: str, *args: str) -> Any:
    return run("check", *SELECT, *args, *(drafts[name] for name in CASES[case]))


# --- SARIF -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", list(CASES))
def test_sarif_is_valid_sarif_2_1_0(drafts: dict[str, str], case: str) -> None:
    result = _check(drafts, case, "--format", "sarif")
    log = json.loads(result.out)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in _sarif_validator().iter_errors(log)]
    assert errors == []
    (sarif_run,) = log["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    for item in sarif_run["results"]:
        assert rules[item["ruleIndex"]]["id"] == item["ruleId"]
    if case == "clean":
        assert sarif_run["results"] == []


def test_sarif_describes_rules_and_locates_findings(drafts: dict[str, str]) -> None:
    log = json.loads(_check(drafts, "all", "--format", "sarif").out)
    (sarif_run,) = log["runs"]
    rules = {r["id"]: r for r in sarif_run["tool"]["driver"]["rules"]}
    # every selected rule and every built-in id, described
    for rule_id in [*RULES.split(","), "yaml-syntax", "json-syntax", "schema", "duplicate-key"]:
        assert rules[rule_id]["shortDescription"]["text"], rule_id
    assert "file-format" in rules
    ruleset = load_ruleset(builtin_pack_names(), select=RULES.split(","))
    for rule in ruleset.rules:
        assert rules[rule.id]["defaultConfiguration"]["level"] == sarif.LEVELS[rule.severity]
        if rule.spec.rationale:
            assert rule.spec.rationale.strip() in rules[rule.id]["fullDescription"]["text"]
        if rule.spec.url:
            assert rules[rule.id]["helpUri"] == rule.spec.url
    by_rule = {r["ruleId"]: r for r in sarif_run["results"] if "suppressions" not in r}
    found = by_rule["repeated-word"]
    assert found["level"] == "warning"
    assert by_rule["double-space"]["level"] == "note"
    location = found["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "drafts/warnings.yaml"
    assert location["physicalLocation"]["region"] == {
        "startLine": 11,
        "startColumn": 37,
        "endLine": 11,
        "endColumn": 42,
    }
    assert location["logicalLocations"] == [{"fullyQualifiedName": "questions[0].narrative"}]


def test_sarif_marks_waived_findings_as_suppressed(drafts: dict[str, str]) -> None:
    result = run("check", *SELECT, "--format", "sarif", drafts["waived"])
    assert result.code == 0  # a waived finding never fails the run
    (item,) = json.loads(result.out)["runs"][0]["results"]
    assert item["ruleId"] == "repeated-word"
    assert item["suppressions"] == [
        {
            "kind": "inSource",
            "status": "accepted",
            "justification": "Quoted verbatim: the force's own words | <sic>, 100% as published",
            "properties": {"approved_by": "A. Inspector", "expires": "2099-01-01"},
        }
    ]


def _report(findings: list[Finding], **options: Any) -> RunReport:
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.file, []).append(finding)
    results = [FileResult(file, found, checked=True) for file, found in by_file.items()]
    ruleset = load_ruleset(builtin_pack_names(), select=["repeated-word"])
    return RunReport(results, [rule.doc() for rule in ruleset.rules], **options)


BASELINED = Finding(
    "drafts/old.yaml",
    "repeated-word",
    Severity.WARNING,
    "repeated word in 'the the'",
    "questions[0].narrative",
    4,
    7,
    4,
    14,
    "the the",
    Waived("in the baseline since 2024", kind="baseline"),
)


def test_sarif_baseline_suppression_is_external_and_valid() -> None:
    log = json.loads(sarif.render(_report([BASELINED])))
    assert list(_sarif_validator().iter_errors(log)) == []
    (item,) = log["runs"][0]["results"]
    assert item["suppressions"][0]["kind"] == "external"
    assert item["suppressions"][0]["justification"] == "in the baseline since 2024"


@pytest.mark.parametrize(
    ("file", "uri"),
    [
        ("drafts/a b.yaml", "drafts/a%20b.yaml"),
        ("drafts\\win.yaml", "drafts/win.yaml"),
        ("/abs/x#1.yaml", "file:///abs/x%231.yaml"),
        ("<stdin>", "%3Cstdin%3E"),
    ],
)
def test_sarif_artifact_uris(file: str, uri: str) -> None:
    assert sarif.artifact_uri(file) == uri


# --- JUnit -------------------------------------------------------------------------------


def _junit(text: str) -> Any:
    root = etree.fromstring(text.encode("utf-8"))
    JUNIT_XSD.assertValid(root)
    return root


@pytest.mark.parametrize("case", list(CASES))
def test_junit_is_valid_against_the_ant_schema(drafts: dict[str, str], case: str) -> None:
    result = _check(drafts, case, "--format", "junit")
    root = _junit(result.out)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [drafts[name] for name in CASES[case]]
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == len(suite.findall("testcase/failure"))


def test_junit_warnings_fail_with_their_severity_and_clean_drafts_pass(
    drafts: dict[str, str],
) -> None:
    root = _junit(_check(drafts, "all", "--format", "junit").out)
    suites = {s.get("name"): s for s in root.findall("testsuite")}

    def failures(name: str) -> dict[str, str]:
        suite = suites[drafts[name]]
        return {c.get("name"): c.find("failure").get("type") for c in suite.iter("testcase")}

    assert failures("errors") == {"requires-improvement-has-areas": "error"}
    assert failures("warnings") == {"repeated-word": "warning"}
    assert failures("info") == {"double-space": "info"}
    assert failures("broken") == {"yaml-syntax": "error"}
    (clean_case,) = suites[drafts["clean"]].findall("testcase")
    assert clean_case.get("name") == junit.CLEAN_CASE
    assert clean_case.find("failure") is None
    waived = suites[drafts["waived"]]
    assert waived.findall("testcase/failure") == []
    assert "waived: drafts/waived.yaml:11:37" in waived.findtext("system-out")


def test_junit_escapes_markup_and_drops_characters_xml_cannot_hold() -> None:
    nasty = Finding(
        "d<1>&.yaml", "repeated-word", Severity.ERROR, 'say "<b>&\x01\x1b" ]]>', "", 2, 3
    )
    root = _junit(junit.render(_report([nasty])))
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == '2:3: say "<b>&\ufffd\ufffd" ]]>'
    assert root.find("testsuite").get("name") == "d<1>&.yaml"


# --- JSON --------------------------------------------------------------------------------


@pytest.mark.parametrize("case", list(CASES))
def test_json_validates_against_its_published_schema(drafts: dict[str, str], case: str) -> None:
    document = json.loads(_check(drafts, case, "--format", "json").out)
    assert list(_output_validator().iter_errors(document)) == []
    assert document["version"] == 3


def test_json_waiver_fields(drafts: dict[str, str]) -> None:
    document = json.loads(run("check", *SELECT, "-f", "json", drafts["waived"]).out)
    assert list(_output_validator().iter_errors(document)) == []
    (finding,) = document["findings"]
    assert finding["waived"] is True
    assert finding["waiver"] == {
        "kind": "waiver",
        "reason": "Quoted verbatim: the force's own words | <sic>, 100% as published",
        "approved_by": "A. Inspector",
        "expires": "2099-01-01",
    }
    assert document["summary"]["waived"] == 1
    assert document["summary"]["warning"] == 0
    baselined = json.loads("".join(formatters.render_chunks("json", _report([BASELINED]))))
    assert list(_output_validator().iter_errors(baselined)) == []
    assert baselined["findings"][0]["waiver"]["kind"] == "baseline"


def test_json_with_a_baseline_validates(drafts: dict[str, str]) -> None:
    assert run("check", *SELECT, "--write-baseline", "base.json", drafts["warnings"]).code == 0
    result = run("check", *SELECT, "--baseline", "base.json", "-f", "json", drafts["warnings"])
    document = json.loads(result.out)
    assert list(_output_validator().iter_errors(document)) == []
    assert document["baseline"]["matched"] == 1
    assert document["findings"][0]["waiver"]["kind"] == "baseline"


def test_json_schema_rejects_a_finding_without_its_place() -> None:
    document = json.loads("".join(formatters.render_chunks("json", _report([BASELINED]))))
    del document["findings"][0]["line"]
    assert not _output_validator().is_valid(document)


# --- the same findings in every format and with any --jobs ---------------------------------

FINDING_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): \w+ (?P<rule>[\w-]+) ")
Key = tuple[str, int, int, str]


def _from_json(text: str) -> list[Key]:
    found = json.loads(text)["findings"]
    return [(f["file"], f["line"], f["column"], f["rule"]) for f in found]


def _from_text(text: str) -> list[Key]:
    matches = (FINDING_LINE.match(line) for line in text.splitlines())
    return [(m["file"], int(m["line"]), int(m["col"]), m["rule"]) for m in matches if m]


def _from_sarif(text: str) -> list[Key]:
    keys = []
    for item in json.loads(text)["runs"][0]["results"]:
        where = item["locations"][0]["physicalLocation"]
        region = where["region"]
        uri = unquote(where["artifactLocation"]["uri"])
        keys.append((uri, region["startLine"], region["startColumn"], item["ruleId"]))
    return keys


def _from_github(text: str) -> list[Key]:
    keys = []
    for line in text.splitlines():
        match = re.match(r"^::(?:error|warning|notice) (?P<props>[^:]*)::", line)
        if match:
            props = dict(p.split("=", 1) for p in match["props"].split(","))
            file = props["file"].replace("%3A", ":").replace("%2C", ",").replace("%25", "%")
            keys.append((file, int(props["line"]), int(props["col"]), props["title"]))
    return keys


def _from_markdown(text: str) -> list[Key]:
    keys = []
    for line in text.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) == 5 and ":" in cells[1] and cells[1][0].isdigit():
            row, col = cells[1].split(":")
            keys.append((cells[0].replace("\\", ""), int(row), int(col), cells[3]))
    return keys


def _from_junit(text: str) -> list[Key]:
    """JUnit groups findings by file and rule; read back failures and waived findings."""
    keys = []
    for suite in _junit(text).findall("testsuite"):
        lines = [t for f in suite.iter("failure") for t in (f.text or "").splitlines()]
        lines += [t.removeprefix("waived: ") for t in suite.findtext("system-out").splitlines()]
        keys += _from_text("\n".join(lines))
    return keys


def _grouped_like_junit(keys: list[Key]) -> list[Key]:
    """The flat order regrouped per file by rule (rules in order of first finding), waived
    findings last, as the JUnit suite lists them."""
    out: list[Key] = []
    for file in dict.fromkeys(k[0] for k in keys):
        of_file = [k for k in keys if k[0] == file]
        for rule in dict.fromkeys(k[3] for k in of_file):
            out += [k for k in of_file if k[3] == rule]
    return out


def test_every_format_lists_the_same_findings_in_the_same_order(
    drafts: dict[str, str], tmp_path: Path
) -> None:
    args: list[str] = []
    for name in formatters.available():
        args += ["--format", name, "--output", str(tmp_path / f"out.{name}")]
    result = _check(drafts, "all", *args)
    assert result.code == 1
    assert result.out == ""  # every format went to its file
    out = {name: (tmp_path / f"out.{name}").read_text(encoding="utf-8") for name in args[1::4]}
    expected = _from_json(out["json"])
    assert len(expected) >= 6
    assert expected == sorted(expected, key=lambda k: (DRAFTS_ORDER.index(k[0]), k[1], k[2]))
    assert _from_text(out["text"]) == expected
    assert _from_sarif(out["sarif"]) == expected
    assert _from_github(out["github"]) == expected
    assert _from_markdown(out["markdown"]) == expected
    waived = {k for k in expected if k[0] == "drafts/waived.yaml"}
    junit_keys = _from_junit(out["junit"])
    assert [k for k in junit_keys if k not in waived] == [
        k for k in _grouped_like_junit(expected) if k not in waived
    ]
    assert sorted(junit_keys) == sorted(expected)


DRAFTS_ORDER = [f"drafts/{name}.yaml" for name in DRAFTS]


class _CountingPool(concurrent.futures.ProcessPoolExecutor):
    sizes: ClassVar[list[int]] = []

    def __init__(self, max_workers: int | None = None, **kwargs: Any) -> None:
        _CountingPool.sizes.append(max_workers or 0)
        super().__init__(max_workers, **kwargs)


def test_jobs_do_not_change_output(
    write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 40 drafts: the pipeline gives each worker at least 16, so --jobs 2 really uses 2.
    kinds = list(DRAFTS.values())
    for number in range(40):
        write(kinds[number % len(kinds)], f"cwd/many/d{number:02}.yaml")
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _CountingPool)
    _CountingPool.sizes.clear()
    outputs = {}
    for jobs in ("1", "2"):
        for name in ("json", "sarif", "text"):
            result = run("check", *SELECT, "--jobs", jobs, "--format", name, "many")
            assert result.code == 1
            outputs[jobs, name] = result.out
    assert _CountingPool.sizes == [2, 2, 2]  # the pool ran, with two workers
    for name in ("json", "sarif", "text"):
        assert outputs["1", name] == outputs["2", name], name
    assert len(_from_json(outputs["1", "json"])) > 20


# --- text ----------------------------------------------------------------------------------


def test_text_has_no_colour_when_not_a_terminal_and_colour_on_request(
    drafts: dict[str, str],
) -> None:
    plain = run("check", *SELECT, drafts["errors"])
    assert "\033[" not in plain.out
    forced = run("check", *SELECT, "--color", drafts["errors"])
    assert "\033[31merror" in forced.out


def test_no_color_is_respected_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from peelcheck.cli import outputs as cli

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli.use_color(None) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.use_color(None) is False
    assert cli.use_color(True) is True  # --color wins
    monkeypatch.setenv("NO_COLOR", "")  # an empty value does not count (no-color.org)
    assert cli.use_color(None) is True


def test_quiet_prints_findings_only(drafts: dict[str, str]) -> None:
    loud = run("check", *SELECT, drafts["errors"], drafts["clean"])
    quiet = run("check", *SELECT, "--quiet", drafts["errors"], drafts["clean"])
    assert loud.out.splitlines()[:-1] == quiet.out.splitlines()
    assert len(quiet.out.splitlines()) == 1
    assert run("check", *SELECT, "-q", drafts["clean"]).out == ""


def test_show_hides_lower_severities_and_says_so(drafts: dict[str, str]) -> None:
    result = run("check", *SELECT, "--show", "error", drafts["warnings"], drafts["info"])
    assert result.out == "no problems in 2 files; 2 findings hidden by --show\n"


# --- github and markdown escaping -----------------------------------------------------------


def test_github_commands_escape_data_and_properties() -> None:
    odd = Finding("a,b:c%.yaml", "repeated-word", Severity.INFO, "50% done\r\nnext: a,b", "", 3, 4)
    assert github.command(odd) == (
        "::notice file=a%2Cb%3Ac%25.yaml,line=3,col=4,title=repeated-word::50%25 done%0D%0Anext: a,b"
    )
    warning = Finding("d.yaml", "repeated-word", Severity.WARNING, "m", "", 1, 2, 1, 5)
    assert github.command(warning) == (
        "::warning file=d.yaml,line=1,col=2,endLine=1,endColumn=5,title=repeated-word::m"
    )


def test_markdown_cells_cannot_break_the_table() -> None:
    odd = Finding("d|x.yaml", "repeated-word", Severity.ERROR, "a | b\n<script>*x*", "", 3, 4)
    text = markdown.render(_report([odd]))
    row = text.splitlines()[-1]
    assert len(re.split(r"(?<!\\)\|", row)) == 7  # five cells
    assert "<script>" not in text
    assert "a \\| b<br>\\<script\\>\\*x\\*" in row


def test_markdown_lists_at_most_max_rows_but_counts_all() -> None:
    many = [
        Finding("d.yaml", "repeated-word", Severity.WARNING, "m", "", n, 1)
        for n in range(1, markdown.MAX_ROWS + 3)
    ]
    text = markdown.render(_report(many))
    assert len(_from_markdown(text)) == markdown.MAX_ROWS
    assert f"| 0 | {markdown.MAX_ROWS + 2} | 0 | 0 | 1 |" in text
    assert "… and 2 more" in text


# --- streams: progress bar, closed pipes, standard input -----------------------------------


def test_stdin_draft_is_named_in_every_format() -> None:
    result = run("check", *SELECT, "-f", "sarif", "--stdin-filename", "in.yaml", "-", stdin=ERRORS)
    assert result.code == 1
    assert _from_sarif(result.out)[0][0] == "in.yaml"


def _peelcheck(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "peelcheck", *args]
    return subprocess.run(command, capture_output=True, check=False, **kwargs)


# Four findings a question: hundreds of kilobytes of output, far more than a pipe holds.
MANY_FINDINGS = "\n".join(
    [
        "peelcheck: 1",
        'inspection: {programme: PEEL, cycle: "2023-25", subject: Gwent Police}',
        "questions:",
        *(
            f"  - {{number: {n}, title: T, grade: Good, narrative: 'It is is good. It works"
            " with with partners and and others to to keep people safe.'}"
            for n in range(1, 401)
        ),
        "",
    ]
)


@pytest.mark.parametrize(
    ("fmt", "fail_on", "code"), [("text", "never", 0), ("json", "never", 0), ("text", "warning", 1)]
)
def test_closed_pipe_stops_quietly_with_the_runs_exit_code(
    write: Callable[..., Path], fmt: str, fail_on: str, code: int
) -> None:
    """`peelcheck check | head -1`: the reader goes while peelcheck still has much to write."""
    write(MANY_FINDINGS, "cwd/many.yaml")
    reader, writer = os.pipe()
    with contextlib.suppress(ImportError, AttributeError, OSError):  # Linux: a one-page pipe
        import fcntl

        fcntl.fcntl(reader, fcntl.F_SETPIPE_SZ, 4096)
    # buffered, as from a shell: unbuffered, a single large write that the reader
    # abandons is cut short without an error (CPython's TextIOWrapper over a raw file)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    command = [sys.executable, "-m", "peelcheck", "check", "-j", "1", "--fail-on", fail_on]
    proc = subprocess.Popen(
        [*command, "--format", fmt, "many.yaml"], stdout=writer, stderr=subprocess.PIPE, env=env
    )
    os.close(writer)
    with os.fdopen(reader, "rb") as out:
        assert out.readline()  # like `| head -1`
    _, err = proc.communicate()
    # no traceback, no "Exception ignored", and the exit code of the run (the findings are
    # warnings), not click's 1 for a broken pipe
    assert (err.decode(), proc.returncode) == ("", code)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("ci", [False, True])
def test_progress_bar_only_on_a_terminal_outside_ci(
    write: Callable[..., Path], tmp_path: Path, ci: bool
) -> None:
    from peelcheck.cli.outputs import PROGRESS_MIN_DRAFTS

    for number in range(PROGRESS_MIN_DRAFTS):
        write(MINIMAL, f"cwd/many/d{number:03}.yaml")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci:
        env["CI"] = "true"
    # standard error is a terminal, the report goes to a file
    try:
        leader, follower = os.openpty()
    except OSError:
        pytest.skip("no pseudo-terminal available")
    command = [sys.executable, "-m", "peelcheck", "check", "-j", "1", "-o", "out.txt", "many"]
    proc = subprocess.Popen(command, stderr=follower, stdout=subprocess.DEVNULL, env=env)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert proc.wait() == 0
    assert (b"checking" in seen) is not ci
    # and never when standard error is a pipe
    piped = _peelcheck("check", "-j", "1", "-o", "out2.txt", "many", env=env)
    assert piped.returncode == 0
    assert piped.stderr == b""
