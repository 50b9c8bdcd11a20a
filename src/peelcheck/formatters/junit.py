"""JUnit XML output (the Apache Ant schema), for CI test report views.

One `testsuite` per draft, one `testcase` per draft and rule with unwaived findings, named
by the rule id, its `classname` the draft's file name. Every shown severity is a
`failure`, warnings and info included; the failure's `type` attribute carries the severity
(`error`, `warning` or `info`), because the Ant schema allows no properties on a test case.
A draft with no unwaived finding gets one passing test case named `all rules`. Waived
findings fail nothing: their rule's test case passes and they are listed in the suite's
`system-out`. Use `--show error` to leave warnings and info out.
"""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from peelcheck import __version__
from peelcheck.core.findings import Finding, count_by_severity
from peelcheck.formatters import RunReport
from peelcheck.formatters.text import line

CLEAN_CASE = "all rules"
# Characters XML 1.0 cannot carry at all; a JSON draft can smuggle them in through \u escapes.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(report: RunReport) -> str:
    """The whole run as one `testsuites` document."""
    root = ET.Element("testsuites")
    timestamp = report.started.strftime("%Y-%m-%dT%H:%M:%S")
    hostname = _clean(socket.gethostname()) or "localhost"
    for number, result in enumerate(report.results):
        findings = report.shown(result)
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": _clean(result.file),
                "package": _clean(result.file),
                "id": str(number),
                "timestamp": timestamp,
                "hostname": hostname,
            },
        )
        properties = ET.SubElement(suite, "properties")
        counts = count_by_severity(findings)
        for name, value in [
            ("peelcheck.version", __version__),
            ("checked", str(result.checked).lower()),
            *((f"findings.{label}", str(count)) for label, count in counts.items()),
        ]:
            ET.SubElement(properties, "property", {"name": name, "value": value})
        cases = failures = 0
        for rule, group in _by_rule(findings):
            cases += 1
            case = _testcase(suite, rule, result.file)
            failing = [f for f in group if f.waived is None]
            if failing:
                failures += 1
                _failure(case, failing)
        if not any(f.waived is None for f in findings):
            cases += 1
            _testcase(suite, CLEAN_CASE, result.file)
        waived = [line(f) for f in findings if f.waived is not None]
        ET.SubElement(suite, "system-out").text = _clean(
            "".join(f"waived: {text}\n" for text in waived)
        )
        ET.SubElement(suite, "system-err").text = ""
        suite.set("tests", str(cases))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        suite.set("time", "0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _by_rule(findings: Iterable[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by rule, rules in order of their first finding."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.rule, []).append(finding)
    return list(groups.items())


def _testcase(suite: ET.Element, name: str, file: str) -> ET.Element:
    attributes = {"name": name, "classname": _clean(file), "time": "0"}
    return ET.SubElement(suite, "testcase", attributes)


def _failure(case: ET.Element, findings: list[Finding]) -> None:
    worst = max(f.severity for f in findings)
    first = findings[0]
    message = f"{first.line}:{first.column}: {first.message}"
    if len(findings) > 1:
        message = f"{len(findings)} findings; first at {message}"
    failure = ET.SubElement(case, "failure", {"message": _clean(message), "type": worst.label})
    failure.text = _clean("".join(line(f) + "\n" for f in findings))


def _clean(text: str) -> str:
    """Text XML can hold: characters it cannot carry become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)
