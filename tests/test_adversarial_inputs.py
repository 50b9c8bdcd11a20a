"""Issue 18's reproductions: each input once took a run down (a traceback) or passed as
"no problems". Each must now give its documented exit code and one clear line at its place."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run

TAGGED = {
    "peelcheck: !!int abc\n": "1:12: error yaml-syntax 'abc' is not a whole number",
    "peelcheck: !!float abc\n": "1:12: error yaml-syntax 'abc' is not a number",
    "peelcheck: !!bool maybe\n": "1:12: error yaml-syntax 'maybe' is not true or false",
    "peelcheck: !!int\n": "1:12: error yaml-syntax '' is not a whole number",
    "peelcheck: 1\nnumber: !!int one\n": "2:9: error yaml-syntax 'one' is not a whole number",
}


@pytest.mark.parametrize("text", sorted(TAGGED))
def test_a_tag_whose_value_does_not_fit_is_a_finding(text: str, write: Callable[..., Path]) -> None:
    result = run("check", "--no-config", str(write(text)))
    assert result.code == 1
    assert TAGGED[text] in result.out
    assert "Traceback" not in result.err


@pytest.mark.parametrize("name", ["draft.json", "draft.yaml"])
def test_a_number_past_pythons_digit_limit_is_a_finding(
    name: str, write: Callable[..., Path]
) -> None:
    nines = "9" * 5000
    text = f'{{"peelcheck": {nines}}}' if name.endswith(".json") else f"peelcheck: {nines}\n"
    result = run("check", "--no-config", str(write(text, name)))
    assert result.code == 1
    assert "a number of 5000 digits" in result.out


@pytest.mark.parametrize("text", ["~\n", "null\n", "---\n", "--- ~\n"])
def test_a_null_document_is_not_a_clean_draft(text: str, write: Callable[..., Path]) -> None:
    result = run("check", "--no-config", str(write(text)))
    assert result.code == 1
    assert "error file-format the document is empty" in result.out


def test_a_null_rule_pack_is_a_problem_in_the_pack(write: Callable[..., Path]) -> None:
    pack = write("~\n", "pack.yaml")
    result = run("check", "--no-config", "--rules", str(pack), str(EXAMPLES / "peel-2023-25.yaml"))
    assert result.code == 2
    assert f"{pack}:1:1: the document is empty" in result.err or "pack.yaml:1:1:" in result.err


def test_a_null_baseline_is_one_line_and_exit_2(write: Callable[..., Path]) -> None:
    baseline = write("null\n", "baseline.json")
    result = run(
        "check", "--no-config", "--baseline", str(baseline), str(EXAMPLES / "peel-2023-25.yaml")
    )
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "the document is empty" in result.err


@pytest.mark.parametrize(
    ("option", "name", "expected"),
    [
        ("--baseline", "baseline.json", "not a valid baseline file: the baseline is a list"),
        ("--config", "peelcheck.yaml", "peelcheck.yaml:1:1: the config file is a list"),
        ("--rules", "pack.yaml", "pack.yaml:1:1: the rule pack is a list"),
    ],
)
def test_a_file_of_peelchecks_own_that_is_a_list_is_named_as_what_it_is(
    option: str, name: str, expected: str, write: Callable[..., Path]
) -> None:
    path = write("[]\n" if name.endswith(".json") else "- 1\n", name)
    result = run("check", option, str(path), str(EXAMPLES / "peel-2023-25.yaml"))
    assert result.code == 2
    assert expected + "; expected a mapping" in result.err
    assert "the draft" not in result.err


def test_a_draft_that_is_a_list_is_named_the_draft(write: Callable[..., Path]) -> None:
    result = run("check", "--no-config", str(write("- 1\n")))
    assert result.code == 1
    assert "1:1: error schema the draft is a list; expected a mapping" in result.out


@pytest.mark.parametrize(("value", "shown"), [("true", "true"), ("1.0", "1.0")])
def test_a_format_version_that_only_equals_1_is_refused(
    value: str, shown: str, write: Callable[..., Path]
) -> None:
    text = (EXAMPLES / "peel-2023-25.yaml").read_text(encoding="utf-8")
    draft = write(text.replace("peelcheck: 1\n", f"peelcheck: {value}\n"))
    result = run("check", "--no-config", str(draft))
    assert result.code == 1
    assert f"a format version is written as a whole number such as 1, not {shown}" in result.out


# --- outputs ------------------------------------------------------------------------------

PEELCHECK = [sys.executable, "-m", "peelcheck"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "markdown"])
def test_standard_output_on_a_full_disk_is_one_line_and_exit_2(fmt: str) -> None:
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [
                *PEELCHECK,
                "check",
                "--no-config",
                "-f",
                fmt,
                str(EXAMPLES / "gwent-2016-effectiveness.yaml"),
            ],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert (
        done.stderr
        == "peelcheck: error: cannot write to standard output: No space left on device\n"
    )


@pytest.mark.parametrize("command", [["rules"], ["checks"], ["explain", "grade-on-scale"]])
def test_a_listing_read_only_in_part_exits_0_quietly(command: list[str]) -> None:
    process = subprocess.Popen(
        [*PEELCHECK, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # the reader goes away, as `| head -1` does
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert err == b""


def test_output_never_replaces_a_draft_through_a_hard_link(tmp_path: Path) -> None:
    draft = tmp_path / "draft.yaml"
    draft.write_bytes((EXAMPLES / "peel-2023-25.yaml").read_bytes())
    alias = tmp_path / "other-name.yaml"
    os.link(draft, alias)
    result = run("check", "--no-config", str(draft), "-f", "json", "-o", str(alias))
    assert result.code == 2
    assert "is one of the drafts to check" in result.err
    assert draft.read_bytes() == (EXAMPLES / "peel-2023-25.yaml").read_bytes()


def test_output_never_replaces_the_baseline_the_config_or_a_rule_pack(
    write: Callable[..., Path],
) -> None:
    draft = write((EXAMPLES / "peel-2023-25.yaml").read_text(encoding="utf-8"))
    baseline = write('{"peelcheck-baseline": 1, "findings": []}\n', "baseline.json")
    pack = write(
        "peelcheck-rules: 1\npack: house\ndescription: Nothing yet.\nextends: [base]\n",
        "house.yaml",
    )
    config = write("fail_on: error\n", "peelcheck.yaml")
    for option, protected, what in [
        (["--baseline", str(baseline)], baseline, "the --baseline file"),
        (["--rules", str(pack)], pack, "a rule pack of this run"),
        (["--config", str(config)], config, "the configuration file"),
    ]:
        before = protected.read_bytes()
        result = run("check", *option, str(draft), "-f", "json", "-o", str(protected))
        assert result.code == 2, what
        assert f"is {what}; choose another file" in result.err
        assert protected.read_bytes() == before


def test_output_through_a_symbolic_link_writes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "report.json"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "report.json"
    link.symlink_to(target)
    result = run(
        "check", "--no-config", str(EXAMPLES / "peel-2023-25.yaml"), "-f", "json", "-o", str(link)
    )
    assert result.code == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["version"] >= 1
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]  # no temporary left


def test_write_baseline_through_a_symbolic_link_writes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "kept" / "baseline.json"
    target.parent.mkdir()
    link = tmp_path / "baseline.json"
    link.symlink_to(target)
    result = run(
        "check",
        "--no-config",
        str(EXAMPLES / "gwent-2016-effectiveness.yaml"),
        "--write-baseline",
        str(link),
    )
    assert result.code == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["peelcheck-baseline"] == 1


# --- a draft with a great many findings --------------------------------------------------


def _many_slips(count: int) -> str:
    text = (EXAMPLES / "peel-2023-25.yaml").read_text(encoding="utf-8")
    return text.replace(
        "Most victims are kept informed about their case.",
        " ".join(["the the"] * count) + " Most victims are kept informed about their case.",
    )


def test_findings_of_one_rule_past_the_limit_are_counted_not_listed(
    write: Callable[..., Path],
) -> None:
    draft = write(_many_slips(150))
    result = run("check", "--no-config", "--select", "repeated-word", "-f", "json", str(draft))
    report = json.loads(result.out)
    findings = report["findings"]
    assert len(findings) == 101  # 100 listed and one that counts the rest
    closing = findings[-1]
    assert closing["message"].startswith("… and 50 more repeated-word findings in this draft")
    assert closing["more"] == 49
    assert "more" not in findings[0]
    assert report["summary"]["warning"] == 150  # the summary counts every finding
    assert closing["line"] >= findings[99]["line"]


def test_the_limit_is_an_option_and_a_config_setting(write: Callable[..., Path]) -> None:
    draft = write(_many_slips(30))
    listed = run("check", "--no-config", "--select", "repeated-word", "-f", "json",
                 "--max-findings-per-rule", "10", str(draft))  # fmt: skip
    assert len(json.loads(listed.out)["findings"]) == 11
    everything = run("check", "--no-config", "--select", "repeated-word", "-f", "json",
                     "--max-findings-per-rule", "0", str(draft))  # fmt: skip
    assert len(json.loads(everything.out)["findings"]) == 30
    config = write("max_findings_per_rule: 5\n", "peelcheck.yaml")
    configured = run("check", "--config", str(config), "--select", "repeated-word", "-f", "json",
                     str(draft))  # fmt: skip
    assert len(json.loads(configured.out)["findings"]) == 6


# --- the results cache is untrusted input --------------------------------------------------


def _cached_run(tmp_path: Path) -> tuple[Path, Path]:
    draft = tmp_path / "draft.yaml"
    draft.write_text((EXAMPLES / "gwent-2016-effectiveness.yaml").read_text(encoding="utf-8"))
    first = subprocess.run(
        [*PEELCHECK, "check", "--no-config", "--cache", "--today", "2026-12-04", "draft.yaml"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert first.returncode == 1
    (cache_file,) = (tmp_path / ".peelcheck_cache").glob("results-*.json")
    return draft, cache_file


def _again(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PEELCHECK, "check", "--no-config", "--cache", "--today", "2026-12-04", "draft.yaml"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_an_edited_cache_entry_never_turns_a_failing_draft_into_a_pass(tmp_path: Path) -> None:
    _, cache_file = _cached_run(tmp_path)
    content = json.loads(cache_file.read_text(encoding="utf-8"))
    for entry in content["entries"].values():
        entry["findings"] = []  # "no problems", with the signature left as it was
    cache_file.write_text(json.dumps(content), encoding="utf-8")
    again = _again(tmp_path)
    assert again.returncode == 1
    assert "requires-improvement-has-areas" in again.stdout


def test_a_cache_entry_signed_with_another_key_is_not_served(tmp_path: Path) -> None:
    from peelcheck.results.cache import ResultCache

    _, cache_file = _cached_run(tmp_path)
    fingerprint = cache_file.stem.removeprefix("results-")
    planted = ResultCache(tmp_path / "elsewhere", fingerprint, secret=b"k" * 32)
    content = json.loads(cache_file.read_text(encoding="utf-8"))
    for key, entry in content["entries"].items():
        forged = {"checked": True, "findings": []}
        entry.update(forged, mac=planted._mac(key, forged))
    cache_file.write_text(json.dumps(content), encoding="utf-8")
    assert _again(tmp_path).returncode == 1


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_cache_file_that_is_not_a_file_neither_hangs_nor_is_read(
    tmp_path: Path, kind: str
) -> None:
    _, cache_file = _cached_run(tmp_path)
    cache_file.unlink()
    if kind == "fifo":
        os.mkfifo(cache_file)
    else:
        cache_file.symlink_to("/dev/zero")
    again = _again(tmp_path)  # would block on the FIFO, or read /dev/zero for ever
    assert again.returncode == 1
    assert "Traceback" not in again.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_baseline_that_never_ends_is_one_line_and_exit_2(tmp_path: Path) -> None:
    endless = tmp_path / "baseline.json"
    endless.symlink_to("/dev/zero")
    done = subprocess.run(
        [*PEELCHECK, "check", "--no-config", "--baseline", str(endless),
         str(EXAMPLES / "peel-2023-25.yaml")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "not a regular file" in done.stderr


def test_a_draft_replaced_by_a_fifo_is_a_finding_not_a_hang(tmp_path: Path) -> None:
    from peelcheck.draft.read import load_file

    fifo = tmp_path / "draft.yaml"
    os.mkfifo(fifo)  # what a draft named on the command line may become mid-run
    loaded = load_file(fifo)
    assert not loaded.ok
    assert "not a regular file" in loaded.findings[0].message


@pytest.mark.parametrize(
    "option",
    [
        ["-f", "sarif", "-o", "out.sarif"],
        ["-f", "json", "-o", "out.json"],
        ["--write-baseline", "b.json"],
    ],
)
def test_a_file_name_that_is_not_utf8_is_written_as_its_bytes(
    tmp_path: Path, option: list[str]
) -> None:
    name = os.fsdecode(b"d\xff.yaml")  # a name that is not UTF-8, as some file systems hold
    (tmp_path / name).write_bytes((EXAMPLES / "gwent-2016-effectiveness.yaml").read_bytes())
    done = subprocess.run(
        [*PEELCHECK, "check", "--no-config", ".", *option],
        cwd=tmp_path, capture_output=True, timeout=60,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    assert b"Traceback" not in done.stderr
    written = (tmp_path / option[-1]).read_bytes()
    # SARIF holds URIs: the byte is percent-encoded there; elsewhere it is written as it is
    assert (b"d%FF.yaml" if option[1] == "sarif" else b"d\xff.yaml") in written


def test_a_double_star_pattern_through_symbolic_link_loops_ends(tmp_path: Path) -> None:
    (tmp_path / "drafts" / "a").mkdir(parents=True)
    (tmp_path / "drafts" / "a" / "d.yaml").write_bytes(
        (EXAMPLES / "peel-2023-25.yaml").read_bytes()
    )
    (tmp_path / "drafts" / "a" / "up").symlink_to("..")  # a link back up
    (tmp_path / "drafts" / "here").symlink_to(".")  # and one to itself
    done = subprocess.run(
        [*PEELCHECK, "check", "--no-config", "-q", "-f", "json", "drafts/**/*.yaml"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    assert [f["file"] for f in json.loads(done.stdout)["files"]] == ["drafts/a/d.yaml"]


def test_a_word_file_whose_main_part_is_not_a_document_is_a_finding(tmp_path: Path) -> None:
    import docx

    made = tmp_path / "made.docx"
    document = docx.Document()
    document.add_paragraph("PEEL 2023–25: An inspection of Durham Constabulary")
    document.save(made)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(broken, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = b'<?xml version="1.0"?><notadoc xmlns="urn:x"/>'
            out.writestr(item, data)
    result = run("check", "--no-config", str(broken))
    assert result.code == 1
    assert "its main part is not a Word document body" in result.out


def test_a_word_file_whose_zip_headers_under_declare_a_part_is_a_finding(
    tmp_path: Path,
) -> None:
    import io
    import resource
    import struct

    import docx

    made = io.BytesIO()
    docx.Document().save(made)
    packed = io.BytesIO()
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":  # 64 MiB of spaces, a few KB packed
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (64 << 20), 1)
            out.writestr(item.filename, data)
    raw = bytearray(packed.getvalue())
    at = raw.find(b"word/document.xml")
    while at != -1:  # both headers now say the part unpacks to 1,000 bytes
        if raw[at - 30 : at - 26] == b"PK\x03\x04":
            struct.pack_into("<I", raw, at - 30 + 22, 1000)
        if raw[at - 46 : at - 42] == b"PK\x01\x02":
            struct.pack_into("<I", raw, at - 46 + 24, 1000)
        at = raw.find(b"word/document.xml", at + 1)
    lying = tmp_path / "lying.docx"
    lying.write_bytes(bytes(raw))
    done = subprocess.run(
        [*PEELCHECK, "check", "--no-config", str(lying)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert "not a readable Word document" in done.stdout
    used = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert used < 512 << 20  # a memory guard, not a target: it once took 1.9 GiB


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_output_to_a_device_writes_into_it_and_never_replaces_it(tmp_path: Path) -> None:
    before = Path("/dev/null").stat()
    result = run(
        "check", "--no-config", str(EXAMPLES / "peel-2023-25.yaml"), "-f", "json", "-o", "/dev/null"
    )
    assert result.code in (0, 1)
    after = Path("/dev/null").stat()
    assert (after.st_mode, after.st_ino, after.st_rdev) == (
        before.st_mode,
        before.st_ino,
        before.st_rdev,
    )


def _docx_with(tmp_path: Path, part: str, data: bytes | None = None) -> tuple[Path, int]:
    """A small Word draft with `part` replaced by `data` (kept as is when None), and where
    that part's packed bytes start in the file."""
    import docx

    made = tmp_path / "made.docx"
    document = docx.Document()
    document.add_paragraph("PEEL 2023–25: An inspection of Durham Constabulary")
    document.save(made)
    out = tmp_path / "broken.docx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in source.infolist():
            own = data if data is not None and item.filename == part else source.read(item)
            new.writestr(item.filename, own)
    with zipfile.ZipFile(out) as package:
        info = package.getinfo(part)
    raw = out.read_bytes()
    name_length, extra_length = struct.unpack_from("<HH", raw, info.header_offset + 26)
    return out, info.header_offset + 30 + name_length + extra_length


def test_a_word_file_whose_properties_part_is_not_one_is_still_read(tmp_path: Path) -> None:
    # found by the .docx mutator: docProps/core.xml with another root gave AttributeError
    path, _ = _docx_with(tmp_path, "docProps/core.xml", b'<?xml version="1.0"?><x xmlns="urn:x"/>')
    result = run("import", str(path), "--lenient")
    assert result.code in (0, 1)
    assert "Traceback" not in result.err
    assert "status: draft" in result.out


def test_a_word_file_whose_packed_data_is_damaged_is_a_finding(tmp_path: Path) -> None:
    # found by the .docx mutator: a damaged deflate stream gave zlib.error
    path, start = _docx_with(tmp_path, "word/document.xml")
    raw = bytearray(path.read_bytes())
    raw[start] = 0xFF  # a deflate block of the reserved type 3
    path.write_bytes(bytes(raw))
    result = run("check", "--no-config", "--no-cache", str(path))
    assert result.code == 1
    assert "it is damaged and cannot be unpacked (error: Error -3" in result.out


def test_a_word_file_lxml_refuses_gives_one_line(tmp_path: Path) -> None:
    # found by the long fuzz run: an attribute over 10 MB gave lxml's message on two lines
    huge = b'<w:p><w:pPr><w:pStyle w:val="' + b"A" * 11_000_000 + b'"/></w:pPr></w:p>'
    body = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    path, _ = _docx_with(
        tmp_path, "word/document.xml", body + b"<w:body>" + huge + b"</w:body></w:document>"
    )
    result = run("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert result.code == 2
    (line,) = result.err.splitlines()
    assert "it is damaged and cannot be read as a Word document (XMLSyntaxError" in line
