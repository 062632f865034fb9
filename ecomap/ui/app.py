"""Starting the editor: the application object, the main window on a case, and the event loop.

Nothing here prints a case's contents: an unexpected error is reported on
stderr by type and place only (its message may quote a client's name),
unless ``ECOMAP_DEBUG`` is set.
"""

import os
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from ecomap.errors import EcomapError
from ecomap.language import translate
from ecomap.store.connecting import is_store_name, store_reference
from ecomap.store.connecting import store_url as store_url_from
from ecomap.ui.language_menu import start_language
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase

APPLICATION_NAME = "Ecomap"
ORGANISATION_NAME = "Ecomap"


def name_application() -> None:
    """The names QSettings files its settings under (also before any application exists)."""
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)


def create_window(
    case: str | None,
    settings: QSettings | None = None,
    *,
    passphrase: str | None = None,
    store_url: str | None = None,
) -> MainWindow:
    """The main window on ``case`` (or an empty unsaved case), neither shown nor asking anything.

    An application must exist. A case that cannot be opened raises
    :class:`~ecomap.errors.EcomapError` (a protected one without its
    ``passphrase``, or with a wrong one, :class:`~ecomap.errors.PassphraseError`);
    one open in another Ecomap opens read-only. ``store:REF`` is that case of the
    team store at ``store_url`` (else ``ECOMAP_STORE``), opened as its login.
    """
    name_application()
    start_language(settings or QSettings())
    if is_store_name(case):
        assert case is not None
        opened = OpenCase.open_store(store_url_from(store_url), store_reference(case))
    else:
        opened = OpenCase.open(case, passphrase=passphrase) if case else OpenCase.new_unsaved()
    try:
        return MainWindow(opened, settings=settings)
    except BaseException:
        opened.close()
        raise


def run(
    case: str | None = None,
    argv: Sequence[str] | None = None,
    *,
    settings: QSettings | None = None,
    passphrase: str | None = None,
    store_url: str | None = None,
) -> int:
    """``ecomap [CASE]``: the editor, on ``case`` if given, until its window closes.

    A case that cannot be opened is explained in a message box and the editor
    starts on an empty, unsaved case instead. A protected case is tried with
    ``passphrase`` first (from ``--passphrase-file`` or ``ECOMAP_PASSPHRASE``);
    if it is missing or wrong, the editor asks for it. Started without a case, it first
    offers back any new case that an earlier Ecomap ended before it was saved.
    ``store:REF`` opens that case of the team store at ``store_url`` (``--store``,
    else ``ECOMAP_STORE``), asking for a password if the server wants one.
    Returns the exit status.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    name_application()
    window = create_window(None, settings)
    window.show()
    if is_store_name(case):
        assert case is not None
        _open_store_case(window, case, store_url)
        if not window.isVisible():
            return 0
    elif case:
        window.files.open_case(case, passphrase=passphrase)
        if not window.isVisible():  # closed from the error message's own event loop: done already
            return 0
    else:
        window.files.offer_left_behind()  # a new case an earlier Ecomap ended before it was saved
    previous_hook = sys.excepthook
    if previous_hook is sys.__excepthook__:  # leave a debugger's or a test harness's hook alone
        sys.excepthook = _report_quietly
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def _open_store_case(window: MainWindow, case: str, store_url: str | None) -> None:
    """``ecomap store:REF``: the case opened from the store, or a message box saying why not."""
    try:
        url, ref = store_url_from(store_url), store_reference(case)
    except EcomapError as error:
        window.context.show_error(translate("App", "The case could not be opened from the team store."), str(error))
        return
    window.files.open_store_case(url, ref)


def _report_quietly(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """An error escaping a Qt slot: where it happened, but not its message (it may hold names)."""
    if os.environ.get("ECOMAP_DEBUG"):
        sys.__excepthook__(kind, error, trace)
        return
    places = "".join(traceback.format_list(traceback.extract_tb(trace)))
    report = f"ecomap: unexpected error ({kind.__name__}); set ECOMAP_DEBUG=1 to see its message"  # not user text
    sys.stderr.write(f"{report}\n{places}")  # (a traceback for developers, as Python's own is: in English)
