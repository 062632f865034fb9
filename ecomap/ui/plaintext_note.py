"""The note an export or print dialog shows for a protected case: what it writes, or prints, is not protected.

A protected case is encrypted in its file, but the exports the user asks for
(PDF, picture, data) and printed pages are the only copies of it in the clear
(design §13): each dialog that makes one says so, in plain words, before the
user goes on. A copy of the case (File > Save a copy…) stays protected and
says nothing.
"""

from typing import Literal

from PySide6.QtWidgets import QLabel

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.ui.panels.controls import plain_label

Output = Literal["pdf", "image", "data", "print"]

NOTES: dict[Output, str] = {
    "pdf": QT_TRANSLATE_NOOP(
        "PlaintextNote",
        "This case is protected, but the PDF you write will not be: anyone who has the file can read it. "
        "Store it where your service keeps case documents.",
    ),
    "image": QT_TRANSLATE_NOOP(
        "PlaintextNote",
        "This case is protected, but the picture you save will not be: anyone who has the file can see it. "
        "Store it where your service keeps case documents.",
    ),
    "data": QT_TRANSLATE_NOOP(
        "PlaintextNote",
        "This case is protected, but the data file you write will not be: anyone who has the file can read it. "
        "Store it where your service keeps case documents.",
    ),
    "print": QT_TRANSLATE_NOOP(
        "PlaintextNote",
        "This case is protected, but printed pages are not: anyone who picks them up can read them. "
        "Keep them where your service keeps case documents.",
    ),
}
"""What each kind of output is told, for a protected case (in English; a dialog shows it translated)."""


def plaintext_note(output: Output, *, protected: bool) -> QLabel | None:
    """The note for ``output`` if the case is ``protected`` (None otherwise: a plain case's dialog says nothing)."""
    if not protected:
        return None
    note = plain_label(translate("PlaintextNote", NOTES[output]), name=translate("PlaintextNote", "Not protected"))
    note.setObjectName("plaintext_note")
    note.setStyleSheet("background: #FFF4D6; border: 1px solid #C9A227; padding: 4px;")  # not user text
    return note


def say_printed(note: QLabel | None) -> None:
    """Make an export's note (if it has one) speak of printed pages instead (the PDF summary printed)."""
    if note is not None:
        note.setText(translate("PlaintextNote", NOTES["print"]))
