"""Draws the README's pictures of the editor offscreen, from the bundled example case, into a folder.

    .venv/bin/python tools/doc_screenshots.py docs/images

Each picture is the real window or dialog, as a person would see it: Case
details, Import, the Ecomap guide, session mode with the tie's buttons, the
whole window at 1024×600 with the largest text, the Plan panel, and the passphrase dialogs
(a new protected case, the prompt that opens one, changing the passphrase). Settings and the case
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
from ecomap.model.case import CaseDetails
from ecomap.model.notation import TEXT_SCALES
from ecomap.ui.case_details import CaseDetailsDialog
from ecomap.ui.guide import GuideWindow, guide_path
from ecomap.ui.importing import FoundCase, ImportTargetDialog
from ecomap.ui.main_window import MainWindow
from ecomap.ui.new_case_form import ProtectedNewCaseDialog
from ecomap.ui.open_case import OpenCase, client_label
from ecomap.ui.passphrase_dialog import ChoosePassphraseDialog, EnterPassphraseDialog
from ecomap.ui.screenshot import quiet_platform
from ecomap.ui.view_state import Panel

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "assets" / "example.ecomap"
SMALL = (1024, 600)
SHOWN_PASSPHRASE = "otter lantern seventeen harbour"
"""Typed into the pictured fields (shown as dots)."""


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

    draw_passphrase_dialogs(window, app, folder)
    draw_plan_panel(window, app, folder)

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


def draw_plan_panel(window: MainWindow, app: QApplication, folder: Path) -> None:
    """The Plan panel on a working draft made from the first version (where the network was thin), with one
    prompt made into an action and given an owner; Undo puts the draft back as it was."""
    steps = window.undo_stack.index()
    window.history.new_draft_from(1)
    window.docks[Panel.PLAN].raise_()
    settle(app)
    panel = window.plan_panel
    before = {action.id for action in window.case.map.plan.actions}
    panel.prompt_buttons[0].click()
    [made] = [action for action in window.case.map.plan.actions if action.id not in before]
    window.plan.edit_action(made.id, {"owner": "Peer mentor Gary"})
    panel.select_action(made.id)
    settle(app)
    window.view.fit()
    save(window, app, folder / "plan-panel.png")
    while window.undo_stack.index() > steps:
        window.undo_stack.undo()
    window.docks[Panel.PEOPLE].raise_()
    settle(app)


def draw_passphrase_dialogs(window: MainWindow, app: QApplication, folder: Path) -> None:
    """File > New case with "Protect this case with a passphrase" ticked, the prompt that opens a protected
    case, and File > Change passphrase…, each with a passphrase typed (as dots)."""
    new_case = ProtectedNewCaseDialog(window, CaseDetails("PR-2026-0412", "Jordan Reid", "Hannah Okafor"))
    new_case.show()
    new_case.protect.setChecked(True)
    for edit in (new_case.fields.first, new_case.fields.second):
        edit.setText(SHOWN_PASSPHRASE)
    save(new_case, app, folder / "new-protected-case.png")
    new_case.deleteLater()

    prompt = EnterPassphraseDialog(window, "lee.ecomap")
    prompt.show()
    prompt.passphrase_field.setText(SHOWN_PASSPHRASE)
    save(prompt, app, folder / "open-protected-case.png")
    prompt.deleteLater()

    change = ChoosePassphraseDialog(window, "lee.ecomap", current=SHOWN_PASSPHRASE)
    change.show()
    assert change.current is not None
    for edit in (change.current, change.fields.first, change.fields.second):
        edit.setText(SHOWN_PASSPHRASE)
    save(change, app, folder / "change-passphrase.png")
    change.deleteLater()


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
