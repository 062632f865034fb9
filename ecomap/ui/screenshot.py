"""Screenshots of the real editor window, drawn offscreen: what a person would see, as a PNG.

``ecomap screenshot`` uses it for documentation and for checking the editor
by eye. The window is the one the editor opens, with settings kept in a
temporary folder so the user's own are neither read nor changed; nothing is
saved to the case.
"""

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ecomap.atomic import write_atomic
from ecomap.errors import EcomapError
from ecomap.language import translate
from ecomap.ui.app import create_window
from ecomap.ui.image_export import ensure_application, png_bytes
from ecomap.ui.main_window import MainWindow
from ecomap.ui.view_state import Panel

SETTLE_ROUNDS = 3
"""Rounds of event processing after showing the window, for layout and painting to settle."""

HARMLESS = ("This plugin does not support propagateSizeHints()",)  # not user text: Qt's own notice
"""What Qt's offscreen platform says on showing a window: not worth the user's stderr."""


def screenshot(
    case: str,
    output: str,
    *,
    version: int | None = None,
    compare: tuple[int, int] | None = None,
    size: tuple[int, int] = (1400, 900),
    text_size: int = 1,
    passphrase: str | None = None,
    store_url: str | None = None,
) -> None:
    """Save the editor window on ``case`` to ``output`` (PNG).

    A protected case needs its ``passphrase``: nothing is asked, a missing or
    wrong one raises :class:`~ecomap.errors.PassphraseError` (one line).
    ``store:REF`` is drawn from the team store at ``store_url`` (else ``ECOMAP_STORE``).

    With ``version``, that saved version is shown read-only; with ``compare``
    (two version numbers), the compare view of the changes between them;
    ``text_size`` is an index into the editor's text sizes (1: the usual one).
    """
    app = ensure_application()
    with quiet_platform(), tempfile.TemporaryDirectory(prefix="ecomap-screenshot-") as folder:
        settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("text_scale_index", text_size)
        window = create_window(case, settings=settings, passphrase=passphrase, store_url=store_url)
        try:
            image = capture(app, window, version=version, compare=compare, size=size)
        finally:
            window.hide()
            window.case.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            settings.sync()
    write_atomic(output, png_bytes(image))


def capture(
    app: QApplication,
    window: MainWindow,
    *,
    version: int | None,
    size: tuple[int, int],
    compare: tuple[int, int] | None = None,
) -> QImage:
    """``window`` shown offscreen at ``size`` with the whole map in view, as an image."""
    if version is not None:
        show_version(window, version)
    if compare is not None:
        window.show_compare(*compare)
    window.resize(*size)
    window.show()
    for _ in range(SETTLE_ROUNDS):
        app.processEvents()
    if compare is not None:
        window.compare_widget.fit()
    else:
        window.view.fit()
    app.processEvents()
    image = window.grab().toImage()
    if image.isNull():
        raise EcomapError(None, translate("Screenshot", "the editor window could not be drawn"))
    return image


def show_version(window: MainWindow, number: int) -> None:
    """Show saved version ``number`` read-only, with the banner saying which, as the History panel does."""
    window.history.show(number)
    window.docks[Panel.HISTORY].raise_()


@contextlib.contextmanager
def quiet_platform() -> Iterator[None]:
    """Drop the offscreen platform's :data:`HARMLESS` notices; pass on every other message."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in HARMLESS:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
