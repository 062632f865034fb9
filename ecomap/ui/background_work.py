"""Long work off the window's thread: a worker does it while the window shows a progress bar with Cancel.

The work is plain model code (no Qt), given a copy of whatever it needs, and
a ``progress(done, total)`` function that returns False once the user has
pressed Cancel (the work then stops by raising). The window stays responsive
and is kept from edits by the modal progress dialog, which appears only if
the work takes a moment.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ecomap.language import translate

T = TypeVar("T")
Progress = Callable[[int, int], bool]

SHOW_AFTER_MS = 400
"""The progress bar appears only for work that takes longer than this."""
POLL_MS = 30


class Cancelled(Exception):
    """The user pressed Cancel."""


def run_in_background(
    parent: QWidget, title: str, text: str, work: Callable[[Progress], T], *, show_after_ms: int = SHOW_AFTER_MS
) -> T:
    """The result of ``work(progress)``, run on a worker thread; raises :class:`Cancelled` if the
    user cancelled and the work stopped, and whatever ``work`` raised otherwise. Work that was
    already done when Cancel came gives its result: it happened, and the caller must say so."""
    state = {"done": 0, "total": 1, "cancelled": False}

    def progress(done: int, total: int) -> bool:
        state["done"], state["total"] = done, total
        return not state["cancelled"]

    dialog = QProgressDialog(text, translate("BackgroundWork", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.canceled.connect(lambda: state.update(cancelled=True))  # seen by the work at its next step
    loop = QEventLoop()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ecomap-work") as pool:
        future = pool.submit(work, progress)

        def check() -> None:
            if future.done():
                loop.quit()
                return
            dialog.setMaximum(max(int(state["total"]), 1))
            dialog.setValue(min(int(state["done"]), dialog.maximum()))
            if dialog.wasCanceled():
                state["cancelled"] = True

        timer = QTimer()
        timer.setInterval(POLL_MS)
        timer.timeout.connect(check)
        timer.start()
        if not future.done():
            loop.exec()
        timer.stop()
        cancelled = state["cancelled"]  # before closing: a progress dialog says "canceled" when it closes
        dialog.close()
        dialog.deleteLater()
        if cancelled and future.exception() is not None:
            raise Cancelled
        return future.result()
