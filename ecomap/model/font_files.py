"""Where the bundled font files are: the one place the canvas, the PDF and the model's text metrics find them.

DejaVu Sans (regular and bold) ships with Ecomap so that a label measures
and draws the same on every machine. The files are looked for in the source
tree's ``assets/fonts`` (a checkout or ``pip install -e .``) and then in
``<prefix>/share/ecomap/fonts`` (where a wheel installs them; in the one-folder
program built by ``packaging/build.py`` the prefix is PyInstaller's ``sys._MEIPASS``).
"""

import sys
from pathlib import Path

FONT_FILES: dict[bool, str] = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
"""The regular (``False``) and bold (``True``) faces' file names, keyed by ``bold``."""


def font_folders() -> list[Path]:
    """Where the bundled fonts may be, in the order they are tried."""
    source_tree = Path(__file__).resolve().parents[2] / "assets" / "fonts"
    prefix = getattr(sys, "_MEIPASS", sys.prefix)  # the one-folder program's _internal (packaging/)
    return [source_tree, Path(prefix) / "share" / "ecomap" / "fonts"]


def find_font(file_name: str) -> Path:
    """The first of :func:`font_folders` holding ``file_name``.

    Raises ``FileNotFoundError`` naming the file and every folder searched.
    """
    folders = font_folders()
    for folder in folders:
        path = folder / file_name
        if path.is_file():
            return path
    searched = ", ".join(str(folder) for folder in folders)
    raise FileNotFoundError(f"the bundled font {file_name} was not found (looked in {searched})")


def font_path(bold: bool) -> Path:
    """The bundled bold or regular DejaVu Sans file (``FileNotFoundError`` if it is in none of the folders)."""
    return find_font(FONT_FILES[bold])
