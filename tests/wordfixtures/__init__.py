"""Word (.docx) drafts of inspection reports, built in code for peelcheck's tests.

The inspectorate's Word templates are not public, so each fixture is a plausible draft in the
published layout of its cycle (REPORT-SHAPES.md), written with python-docx and lxml, varying
the Word mechanics a real draft uses (see README.md). This package does not import peelcheck.

    from tests.wordfixtures import FIXTURES, by_name
    path = by_name("peel-2023-25-durham-defects").build(tmp_path)

Each `Fixture` carries `expected` (what an importer should read), `planted` (defects peelcheck
must report, each with its rule, heading and flagged words) and `mechanics` (the Word
mechanics it uses).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.wordfixtures import (
    frs_2018_19,
    frs_2023_25,
    peel_2014_17,
    peel_2018_19,
    peel_2021_22,
    peel_2023_25,
    peel_2025_27,
)
from tests.wordfixtures._model import FAMILIES, MECHANICS, Fixture, Planted

__all__ = [
    "FAMILIES",
    "FIXTURES",
    "MECHANICS",
    "Fixture",
    "Planted",
    "by_name",
    "resave_all_with_libreoffice",
    "resave_with_libreoffice",
]

FIXTURES: list[Fixture] = [
    *peel_2014_17.FIXTURES,
    *peel_2018_19.FIXTURES,
    *peel_2021_22.FIXTURES,
    *peel_2023_25.FIXTURES,
    *peel_2025_27.FIXTURES,
    *frs_2018_19.FIXTURES,
    *frs_2023_25.FIXTURES,
]


def by_name(name: str) -> Fixture:
    """The fixture called `name`; KeyError lists the names there are."""
    for fixture in FIXTURES:
        if fixture.name == name:
            return fixture
    raise KeyError(f"no fixture {name!r}; there are {', '.join(f.name for f in FIXTURES)}")


def resave_all_with_libreoffice(
    sources: list[Path], out_dir: Path, timeout: float = 300
) -> list[Path] | None:
    """`resave_with_libreoffice` for several files with one start of LibreOffice (it takes
    seconds to start): the new files, in the order given, or None without `soffice`."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if any(out_dir.resolve() == Path(s).parent.resolve() for s in sources):
        raise ValueError(
            "out_dir must differ from the sources' folder: LibreOffice would overwrite them"
        )
    profile = (out_dir / ".lo-profile").resolve().as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx"]
    command += ["--outdir", str(out_dir), *map(str, sources)]
    subprocess.run(command, check=True, capture_output=True, timeout=timeout)
    written = [out_dir / (Path(s).stem + ".docx") for s in sources]
    missing = [p.name for p in written if not p.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice wrote no {', '.join(missing)} into {out_dir}")
    return written


def resave_with_libreoffice(src: Path, out_dir: Path, timeout: float = 120) -> Path | None:
    """Open `src` in LibreOffice and save it again as .docx into `out_dir`.

    Runs `soffice --headless --convert-to docx --outdir out_dir src`, so a test can check that
    the importer reads what a second Word writer makes of a fixture. Returns the new file, or
    None when `soffice` is not installed. Raises if LibreOffice fails or writes nothing.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    src, out_dir = Path(src), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if out_dir.resolve() == src.parent.resolve():
        raise ValueError(
            "out_dir must differ from the source's folder: LibreOffice would overwrite it"
        )
    # A private profile, so a running LibreOffice or a first-start dialog cannot block the run.
    profile = (out_dir / ".lo-profile").resolve().as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(out_dir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=timeout,
    )
    out = out_dir / (src.stem + ".docx")
    if not out.is_file():
        raise RuntimeError(f"LibreOffice wrote no {out.name} into {out_dir}")
    return out
