"""The questions of File > Cohort summary…: which cases (a folder of case files or the team store), K, a passphrase.

The folder is chosen with the system's folder picker; the team store's
connection string is the one File > Open from team store… remembered (or
``ECOMAP_STORE``), shown without a password. The passphrase for protected
case files is typed hidden, used for this summary only and never kept (it
stays out of the choices' ``repr`` too). The minimum count K is the one of
``ecomap cohort --min-count``: an asset reached by fewer cases, first and
latest, is left out of the summary.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecomap.language import translate
from ecomap.model.cohort import DEFAULT_MIN_COUNT
from ecomap.store.connecting import STORE_VARIABLE, without_password
from ecomap.ui.dialogs import APP_TITLE, FIELD_WIDTH, plain_label
from ecomap.ui.panels.controls import plain_label as bold_label
from ecomap.ui.recent_cases import LAST_FOLDER_KEY
from ecomap.ui.store_dialog import STORE_KEY

FOLDER, STORE = "folder", "store"
SOURCE_KEY, MIN_COUNT_KEY, OPEN_KEY = "cohort/source", "cohort/min_count", "cohort/open_when_done"
"""Settings remembered between cohort summaries (never a passphrase, a password or anything about a client)."""
MAX_MIN_COUNT = 999


@dataclass(frozen=True, slots=True)
class CohortChoices:
    """What the cohort dialog asked for."""

    source: str
    """:data:`FOLDER` or :data:`STORE`."""
    folder: str = ""
    store: str = ""
    """The team store's connection string, as typed or remembered (a password only if ``ECOMAP_STORE`` has one)."""
    min_count: int = DEFAULT_MIN_COUNT
    passphrase: str | None = field(default=None, repr=False)
    """For protected case files, this run only."""
    open_when_done: bool = True


class CohortDialog(QDialog):
    """Where the cases are, the minimum count, a passphrase for protected files, and opening the PDF."""

    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CohortDialog", "Cohort summary – {app}").format(app=APP_TITLE))
        self.settings = settings
        self._environment = os.environ.get(STORE_VARIABLE, "")
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "CohortDialog",
                    "A PDF of how bonding, bridging and linking capital moved from the first to the latest version "
                    "across many cases, and which community assets they reach. It names no client, worker or "
                    "other person.",
                ),
                hint=True,
            )
        )
        layout.addWidget(bold_label(translate("CohortDialog", "Read the cases from"), bold=True))
        grid = QGridLayout()
        self.folder_choice = QRadioButton(translate("CohortDialog", "Case files in a &folder (and its subfolders):"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(translate("CohortDialog", "no folder chosen yet"))
        self.folder_edit.setAccessibleName(translate("CohortDialog", "Folder of case files"))
        self.folder_edit.setMinimumWidth(FIELD_WIDTH)
        self.choose_button = QPushButton(translate("CohortDialog", "C&hoose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_folder)
        self.store_choice = QRadioButton(translate("CohortDialog", "The &team store (every case your login may see):"))
        self.store_edit = QLineEdit(self._remembered_store())
        self.store_edit.setPlaceholderText("host=… dbname=… user=…")  # not user text
        self.store_edit.setAccessibleName(translate("CohortDialog", "Team store connection string"))
        grid.addWidget(self.folder_choice, 0, 0, 1, 2)
        grid.addWidget(self.folder_edit, 1, 0)
        grid.addWidget(self.choose_button, 1, 1)
        grid.addWidget(self.store_choice, 2, 0, 1, 2)
        grid.addWidget(self.store_edit, 3, 0, 1, 2)
        grid.setColumnMinimumWidth(0, FIELD_WIDTH)
        layout.addLayout(grid)
        self.sources = QButtonGroup(self)
        self.sources.addButton(self.folder_choice)
        self.sources.addButton(self.store_choice)
        chosen = self.store_choice if settings.value(SOURCE_KEY, FOLDER) == STORE else self.folder_choice
        chosen.setChecked(True)

        count_row = QHBoxLayout()
        self.min_count = QSpinBox()
        self.min_count.setRange(1, MAX_MIN_COUNT)
        self.min_count.setValue(_remembered_count(settings.value(MIN_COUNT_KEY, DEFAULT_MIN_COUNT)))
        self.min_count.setAccessibleName(translate("CohortDialog", "Minimum count of cases"))
        before, _count, after = translate(
            "CohortDialog", "Leave out assets reached by fewer than {count} cases"
        ).partition("{count}")
        count_row.addWidget(plain_label(before.strip()))
        count_row.addWidget(self.min_count)
        if after.strip():
            count_row.addWidget(plain_label(after.strip()))
        count_row.addStretch(1)
        layout.addLayout(count_row)
        layout.addWidget(
            plain_label(translate("CohortDialog", "so that no figure in the summary points at one client."), hint=True)
        )

        self.use_passphrase = QCheckBox(
            translate("CohortDialog", "Include &protected case files, opened with this passphrase:")
        )
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(translate("CohortDialog", "Passphrase of the protected case files"))
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.passphrase_edit)
        self.passphrase_hint = plain_label(
            translate(
                "CohortDialog",
                "Used for this summary only and never kept. Protected files it does not open are skipped and listed.",
            ),
            hint=True,
        )
        layout.addWidget(self.passphrase_hint)
        self.open_when_done = QCheckBox(translate("CohortDialog", "Open the PDF when it is done"))
        self.open_when_done.setChecked(str(settings.value(OPEN_KEY, "true")).lower() == "true")
        layout.addWidget(self.open_when_done)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = self.buttons.addButton(
            translate("CohortDialog", "&Make summary…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (
            self.sources.buttonToggled,
            self.store_edit.textChanged,
            self.use_passphrase.toggled,
            self.passphrase_edit.textChanged,
        ):
            signal.connect(self._update)
        self._update()

    def _remembered_store(self) -> str:
        """The store connected to last; else ``ECOMAP_STORE`` (shown without a password it may hold)."""
        remembered = str(self.settings.value(STORE_KEY, "") or "")
        return remembered or (without_password(self._environment) if self._environment.strip() else "")

    def choose_folder(self) -> None:
        start = self.folder_edit.text() or str(self.settings.value(LAST_FOLDER_KEY, "") or Path.home())
        folder = self.ask_folder(start)
        if folder:
            self.folder_edit.setText(folder)
            self.folder_edit.setToolTip(folder)
            self.folder_choice.setChecked(True)
        self._update()

    def ask_folder(self, start: str) -> str:
        """The folder picked in the system's picker, or "" (tests replace this)."""
        return QFileDialog.getExistingDirectory(self, translate("CohortDialog", "Folder of case files"), start)

    def _update(self, *_args: object) -> None:
        from_folder = self.folder_choice.isChecked()
        self.folder_edit.setEnabled(from_folder)
        self.store_edit.setEnabled(not from_folder)
        for widget in (self.use_passphrase, self.passphrase_edit, self.passphrase_hint):
            widget.setEnabled(from_folder)
        self.passphrase_edit.setEnabled(from_folder and self.use_passphrase.isChecked())
        source_given = bool(self.folder_edit.text()) if from_folder else bool(self.store_edit.text().strip())
        passphrase_given = not (from_folder and self.use_passphrase.isChecked()) or bool(self.passphrase_edit.text())
        self.make_button.setEnabled(source_given and passphrase_given)

    def accept(self) -> None:
        if self.make_button.isEnabled():
            super().accept()

    def choices(self) -> CohortChoices:
        """The choices made; the settings remember all but the passphrase and the folder."""
        source = FOLDER if self.folder_choice.isChecked() else STORE
        typed = self.store_edit.text().strip()
        from_environment = self._environment and typed == without_password(self._environment)
        passphrase = self.passphrase_edit.text() if source == FOLDER and self.use_passphrase.isChecked() else None
        self.settings.setValue(SOURCE_KEY, source)
        self.settings.setValue(MIN_COUNT_KEY, self.min_count.value())
        self.settings.setValue(OPEN_KEY, self.open_when_done.isChecked())
        return CohortChoices(
            source,
            folder=self.folder_edit.text() if source == FOLDER else "",
            store=(self._environment if from_environment else typed) if source == STORE else "",
            min_count=self.min_count.value(),
            passphrase=passphrase,
            open_when_done=self.open_when_done.isChecked(),
        )


def _remembered_count(value: object) -> int:
    """The remembered minimum count, the default if the setting holds anything else."""
    try:
        return min(max(int(str(value)), 1), MAX_MIN_COUNT)
    except ValueError:
        return DEFAULT_MIN_COUNT


def ask_cohort_choices(parent: QWidget | None, settings: QSettings) -> CohortChoices | None:
    """Ask what the cohort summary reads, or None if cancelled."""
    dialog = CohortDialog(parent, settings)
    return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
