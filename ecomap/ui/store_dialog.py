"""File > Open from team store…: the store's connection string, a password if the server asks, then my cases.

The connection string (a libpq ``host=… dbname=… user=…`` string or a
``postgresql://`` URL) is remembered in the editor's settings without any
password in it; the first time it comes from ``ECOMAP_STORE``. A password is
libpq's business (``PGPASSFILE``); when the server asks for one anyway, a
prompt takes it, hidden, and it goes only into this connection's string: it
is never remembered, shown or logged. The list shows what the server lets
this login see (``ecomap cases``): reference, client, worker, versions and
the latest version's date. Double-click or Open opens the case. Plain text
everywhere: a client's name is never read as markup.
"""

import os
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecomap.errors import EcomapError
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.store.connecting import STORE_VARIABLE, asks_for_password, describe, with_password, without_password
from ecomap.store.team_store import CaseListing, TeamStore
from ecomap.ui.dialogs import APP_TITLE, FIELD_WIDTH, one_line, plain_label

STORE_KEY = "team_store"
"""The settings key of the last store connected to (its connection string, without a password)."""
PASSWORD_TRIES = 3
COLUMNS = (
    QT_TRANSLATE_NOOP("StoreDialog", "Reference"),
    QT_TRANSLATE_NOOP("StoreDialog", "Client"),
    QT_TRANSLATE_NOOP("StoreDialog", "Worker"),
    QT_TRANSLATE_NOOP("StoreDialog", "Versions"),
    QT_TRANSLATE_NOOP("StoreDialog", "Latest version"),
)
"""The case list's column headings (translated where they are shown)."""
AskPassword = Callable[[QWidget | None, str, int], str | None]


class StorePasswordDialog(QDialog):
    """The password of this login on the team store, typed hidden; try ``attempt`` of :data:`PASSWORD_TRIES`."""

    def __init__(self, parent: QWidget | None, store: str, attempt: int = 1) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StoreDialog", "Team store password – {app}").format(app=APP_TITLE))
        layout = QVBoxLayout(self)
        intro = translate(
            "StoreDialog", "The {store} asks for your password. It is used for this connection only and never kept."
        )
        layout.addWidget(plain_label(intro.format(store=store), hint=True))
        if attempt > 1:
            left = PASSWORD_TRIES - attempt + 1
            refused = (
                translate("StoreDialog", "That password was refused. This is the last try.")
                if left == 1
                else translate("StoreDialog", "That password was refused. %n tries are left.", None, left)
            )
            layout.addWidget(plain_label(refused, hint=True))
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setAccessibleName(translate("StoreDialog", "Password"))
        self.password_field.setMinimumWidth(FIELD_WIDTH)
        label = QLabel(translate("StoreDialog", "&Password:"))
        label.setBuddy(self.password_field)
        layout.addWidget(label)
        layout.addWidget(self.password_field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("StoreDialog", "Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password_field.setFocus()

    def password(self) -> str:
        return self.password_field.text()


def ask_store_password(parent: QWidget | None, store: str, attempt: int) -> str | None:
    dialog = StorePasswordDialog(parent, store, attempt)
    return dialog.password() if dialog.exec() == QDialog.DialogCode.Accepted else None


def connect_asking(url: str, parent: QWidget | None, ask_password: AskPassword) -> tuple[TeamStore | None, str, str]:
    """The store at ``url``, asking for a password if the server wants one: (the store, the connection string
    that reached it, ""), or (None, "", the problem in one line; empty if the user cancelled the password)."""
    tried, attempt = url, 0
    while True:
        try:
            return TeamStore(tried), tried, ""
        except EcomapError as error:
            if not asks_for_password(error) or attempt >= PASSWORD_TRIES:
                return None, "", one_line(str(error))
        attempt += 1
        password = ask_password(parent, describe(url), attempt)
        if password is None:
            return None, "", ""
        tried = with_password(url, password)


class StoreDialog(QDialog):
    """Connect to a team store and choose one of my cases; :meth:`chosen` after ``exec()``."""

    def __init__(self, parent: QWidget | None, settings: QSettings, ask_password: AskPassword) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StoreDialog", "Open from team store – {app}").format(app=APP_TITLE))
        self.settings = settings
        self.ask_password = ask_password
        self._environment = os.environ.get(STORE_VARIABLE, "")
        self._url = ""
        """The connection string that reached the store (with a typed password, in memory only)."""
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "StoreDialog",
                    "The team store's connection string, from your service (for example "
                    "host=db.example.org dbname=ecomap user=your.login). A password comes from your PGPASSFILE, "
                    "or Ecomap asks for it; it is never kept.",
                ),
                hint=True,
            )
        )
        row = QHBoxLayout()
        self.store_edit = QLineEdit(self._remembered())
        self.store_edit.setAccessibleName(translate("StoreDialog", "Team store connection string"))
        self.store_edit.setMinimumWidth(FIELD_WIDTH + 140)
        self.store_edit.returnPressed.connect(self.connect_to_store)
        self.connect_button = QPushButton(translate("StoreDialog", "&Connect"))
        self.connect_button.setAutoDefault(False)
        self.connect_button.clicked.connect(self.connect_to_store)
        label = QLabel(translate("StoreDialog", "&Team store:"))
        label.setBuddy(self.store_edit)
        row.addWidget(label)
        row.addWidget(self.store_edit, 1)
        row.addWidget(self.connect_button)
        layout.addLayout(row)
        self.status = plain_label(translate("StoreDialog", "Connect to see the cases you may open."), hint=True)
        layout.addWidget(self.status)
        self.case_list = QTreeWidget()
        self.case_list.setHeaderLabels([translate("StoreDialog", column) for column in COLUMNS])
        self.case_list.setRootIsDecorated(False)
        self.case_list.setAllColumnsShowFocus(True)
        self.case_list.setAccessibleName(translate("StoreDialog", "Cases in the team store"))
        self.case_list.itemDoubleClicked.connect(lambda _item, _column: self.accept())
        self.case_list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.case_list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    def _remembered(self) -> str:
        """The store connected to last; else ``ECOMAP_STORE`` (shown without a password it may hold)."""
        remembered = str(self.settings.value(STORE_KEY, "") or "")
        return remembered or (without_password(self._environment) if self._environment.strip() else "")

    def connect_to_store(self) -> None:
        """Connect with the string typed (asking a password if the server wants one) and list my cases."""
        typed = self.store_edit.text().strip()
        self.case_list.clear()
        self._url = ""
        if not typed:
            typing = translate("StoreDialog", "Type the team store's connection string (or set {variable}).")
            self.status.setText(typing.format(variable=STORE_VARIABLE))
            return
        url = self._environment if self._environment and typed == without_password(self._environment) else typed
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store, reached, problem = connect_asking(url, self, self.ask_password)
            listing: list[CaseListing] = []
            if store is not None:
                with store:
                    listing = store.cases()
        except EcomapError as error:
            store, problem = None, one_line(str(error))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if store is None:
            self.status.setText(problem or translate("StoreDialog", "Not connected: no password was given."))
            return
        self._url = reached
        self.settings.setValue(STORE_KEY, without_password(typed))
        self._fill(listing, describe(url))

    def _fill(self, listing: list[CaseListing], store: str) -> None:
        for case in listing:
            latest = case.latest or translate("StoreDialog", "none yet")
            item = QTreeWidgetItem([case.ref, case.client, case.worker, str(case.versions), latest])
            item.setData(0, Qt.ItemDataRole.UserRole, case.ref)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.case_list.addTopLevelItem(item)
        for column in range(len(COLUMNS)):
            self.case_list.resizeColumnToContents(column)
        count = len(listing)
        if count:
            self.status.setText(
                translate("StoreDialog", "%n case(s) you may open in the {store}:", None, count).format(store=store)
            )
            first = self.case_list.topLevelItem(0)
            if first is not None:
                self.case_list.setCurrentItem(first)
            self.case_list.setFocus()
        else:
            nothing = translate("StoreDialog", "The {store} has no case you may open (an admin assigns cases to you).")
            self.status.setText(nothing.format(store=store))

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.chosen() is not None)
        self.open_button.setDefault(self.chosen() is not None)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def chosen(self) -> tuple[str, str] | None:
        """(the connection string that reached the store, the chosen case's reference), or None."""
        item = self.case_list.currentItem()
        if not self._url or item is None or not item.isSelected():
            return None
        return self._url, str(item.data(0, Qt.ItemDataRole.UserRole))


def choose_store_case(parent: QWidget | None, settings: QSettings, ask_password: AskPassword) -> tuple[str, str] | None:
    """Ask which case of which team store to open: (connection string, reference), or None if cancelled."""
    dialog = StoreDialog(parent, settings, ask_password)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
