"""The band above the canvas while a saved version is shown: which one, that it is read-only, and the way back."""

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ecomap.language import translate
from ecomap.model.case import Version
from ecomap.model.dates import written_date
from ecomap.ui.panels.controls import plain_label

BANNER_STYLE = (
    "QFrame#versionBanner { background: #FFF1C2; border: 2px solid #7A5A00; border-radius: 4px; }"
    "QFrame#versionBanner QLabel { color: #1A1A1A; background: transparent; }"  # not user text: a style
)
"""Pale amber with a dark edge: unmistakable, and as clear in greyscale (the words say it too)."""


def banner_text(number: int, count: int, version: Version) -> str:
    """'Version 2 of 3: 3-month review, 12 April 2026. Read-only: you are looking at a saved version.'"""
    words = translate(
        "VersionBanner", "Version {number} of {count}: {label}, {date}. Read-only: you are looking at a saved version."
    )
    label = version.label.strip() or translate("VersionBanner", "no label")
    return words.format(number=number, count=count, label=label, date=written_date(version.date, long=True))


class VersionBanner(QFrame):
    """Says which saved version the canvas shows; offers the working draft back or a new draft from it."""

    back_requested = Signal()
    new_draft_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("versionBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(translate("VersionBanner", "Saved version shown"))
        self.message = plain_label(name=translate("VersionBanner", "Which version is shown"))
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.new_draft_button = QPushButton(translate("VersionBanner", "New draft from this version"))
        self.new_draft_button.clicked.connect(self.new_draft_requested)
        self.back_button = QPushButton(translate("VersionBanner", "Back to the working draft"))
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_draft_button)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)  # the words above the buttons: at any text size neither squeezes the other
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        """Pass text size changes on to the labels and buttons: the style sheet stops them inheriting it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for child in self.findChildren(QWidget):
                child.setFont(self.font())

    def show_version(self, number: int, count: int, version: Version, *, can_edit: bool) -> None:
        self.message.setText(banner_text(number, count, version))
        self.setAccessibleDescription(self.message.text())
        self.new_draft_button.setVisible(can_edit)
        self.show()
