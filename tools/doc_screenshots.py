"""Draws the README's pictures of the editor offscreen, from the bundled example case, into a folder.

    .venv/bin/python tools/doc_screenshots.py docs/images

Each picture is the real window or dialog, as a person would see it: Case
details, Import, the Ecomap guide, session mode with the tie's buttons, and
the whole window at 1024×600 with the largest text. Settings and the case
copy live in a temporary folder; the user's own are neither read nor changed.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ecomap.interchange.reader import read_case
from ecomap.model.notation import TEXT_SCALES
from ecomap.ui.case_details import CaseDetailsDialog
from ecomap.ui.guide import GuideWindow, guide_path
from ecomap.ui.importing import FoundCase, ImportTargetDialog
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase, client_label
from ecomap.ui.screenshot import quiet_platform

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "assets" / "example.ecomap"
SMALL = (1024, 600)


def settle(app: QApplication, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, app: QApplication, path: Path) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"{path}: could not be written")
    print(path)


def main(folder: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    folder.mkdir(parents=True, exist_ok=True)
    with quiet_platform(), tempfile.TemporaryDirectory(prefix="ecomap-docs-") as temporary:
        case_path = Path(temporary) / "lee.ecomap"
        shutil.copyfile(EXAMPLE, case_path)
        settings = QSettings(str(Path(temporary) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(OpenCase.open(case_path), settings=settings)
        try:
            window.resize(1280, 820)
            window.show()
            settle(app)
            draw(window, app, folder, Path(temporary))
        finally:
            window.undo_stack.setClean()
            window.case.close()
            window.hide()


def draw(window: MainWindow, app: QApplication, folder: Path, temporary: Path) -> None:
    case = window.case
    details = CaseDetailsDialog(window, case.details, centre_label=client_label(case.details))
    save(details, app, folder / "case-details.png")
    details.deleteLater()

    export = temporary / "lee-reviews.json"
    export.write_text(_two_more_reviews(case.path), encoding="utf-8")
    found = FoundCase(export, *read_case(export))
    target = ImportTargetDialog(window, found, case.details, len(case.summaries()) + 1, "")
    save(target, app, folder / "import.png")
    target.deleteLater()

    guide = GuideWindow(guide_path().read_text(encoding="utf-8"), window)
    save(guide, app, folder / "guide.png")
    guide.deleteLater()

    tie = next(t for t in case.map.ties if case.map.node(t.target).label == "Housing officer")
    window.set_session_mode(True)
    window.showNormal()  # offscreen, full screen is the platform's 800×800: show the laptop's screen
    window.resize(*SMALL)
    settle(app)
    window.scene.select_only([window.scene.tie_items[tie.id]])
    window.view.fit()
    save(window, app, folder / "session-mode.png")
    window.set_session_mode(False)

    window.scene.select_only([window.scene.tie_items[tie.id]])
    while window.text_scale_index < len(TEXT_SCALES) - 1:
        window.change_text_size(+1)
    window.resize(*SMALL)
    settle(app)
    window.view.fit()
    save(window, app, folder / "small-screen-largest-text.png")


def _two_more_reviews(case_path: Path | None) -> str:
    """An Ecomap JSON export of the example's last version twice, as the 9- and 12-month reviews."""
    import json

    from ecomap.casefile.store import CaseFile
    from ecomap.interchange.ecomap_json import case_to_document

    assert case_path is not None
    with CaseFile.open(case_path) as case_file:
        case = case_file.case([case_file.version_count])
    document = case_to_document(case)
    latest = document["versions"][0]
    document["versions"] = [
        {**latest, "label": "9-month review", "date": "2026-10-12"},
        {**latest, "label": "11-month review", "date": "2026-11-30"},
    ]
    return json.dumps(document)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python tools/doc_screenshots.py FOLDER")
    main(Path(sys.argv[1]))
