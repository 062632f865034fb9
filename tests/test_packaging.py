"""The one-folder program (packaging/): it builds, and runs with no Python, finding its fonts and guide."""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ecomap import __version__
from tests.conftest import ROOT

SPEC = (ROOT / "packaging" / "ecomap.spec").read_text(encoding="utf-8")
FROZEN_LOOKUP = """
import sys
sys._MEIPASS = sys.argv[1]
sys.frozen = True
from ecomap.model import font_files
from ecomap.ui import guide
print(font_files.find_font("frozen-only.ttf"))
print(guide.guide_folders()[-1])
"""


def test_a_frozen_program_finds_its_fonts_and_guide_under_meipass(tmp_path: Path) -> None:
    fonts = tmp_path / "share" / "ecomap" / "fonts"
    fonts.mkdir(parents=True)
    (fonts / "frozen-only.ttf").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-c", FROZEN_LOOKUP, str(tmp_path)], capture_output=True, text=True, check=True
    )
    font, guide_folder = result.stdout.splitlines()
    assert Path(font) == fonts / "frozen-only.ttf"
    assert Path(guide_folder) == tmp_path / "share" / "ecomap" / "docs"


def test_the_spec_keeps_every_qt_module_the_code_imports() -> None:
    imported = set()
    for path in (ROOT / "ecomap").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                imported.add(node.module.split(".")[1])  # type: ignore[union-attr]
    kept = ast.literal_eval(SPEC.split("QT_MODULES = ", 1)[1].split("\n", 1)[0])
    assert imported <= set(kept)


@pytest.mark.slow
def test_the_built_folder_runs_without_python(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist), "--work", str(work)]
    subprocess.run(build, check=True, capture_output=True, text=True)
    folder = dist / "Ecomap"
    program = folder / ("Ecomap.exe" if sys.platform == "win32" else "Ecomap")
    assert (folder / "licences" / "LICENCES.md").is_file()
    assert (folder / "licences" / "DejaVu" / "LICENSE-DejaVu.txt").is_file()
    vendored = folder / "licences" / "psycopg-binary"  # libpq and the libraries psycopg's wheel vendors
    assert {"libpq-PostgreSQL.txt", "OpenLDAP.txt", "Cyrus-SASL.txt", "Kerberos-MIT.txt"} <= {
        path.name for path in vendored.iterdir()
    }
    translations = folder / "_internal" / "ecomap" / "language" / "translations"
    assert sorted(path.name for path in translations.glob("*.ts")) == ["ecomap_cy.ts", "ecomap_de.ts", "ecomap_en.ts"]
    example = tmp_path / "example.ecomap"
    shutil.copyfile(folder / "example.ecomap", example)

    no_python = tmp_path / "bin"  # an empty PATH: /usr/bin has a python3 here
    no_python.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": str(no_python), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}

    def run(*args: str, language: str = "en") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program), *args],
            env={**env, "ECOMAP_LANG": language},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )

    version = run("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"ecomap {__version__}")

    pdf = tmp_path / "out.pdf"
    exported = run("export", str(example), "-o", str(pdf))
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        names = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]}
        assert names == {"DejaVuSans", "DejaVuSans-Bold"}

    german = tmp_path / "zusammenfassung.pdf"  # the catalogues travel with the program
    exported_in_german = run("export", str(example), "-o", str(german), language="de")
    assert exported_in_german.returncode == 0, exported_in_german.stderr
    assert "Zusammenfassung von 3 Versionen geschrieben" in exported_in_german.stdout
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(german), "-"], capture_output=True, text=True, check=True).stdout
        assert "Seite 1 von" in text

    shot = tmp_path / "shot.png"
    screenshot = run("screenshot", str(example), "-o", str(shot))
    assert screenshot.returncode == 0, screenshot.stderr
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert "Traceback" not in exported.stderr + screenshot.stderr
    assert os.path.getsize(shot) > 10_000
