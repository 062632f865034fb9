"""Session mode's toolbar: a few large buttons for a touch screen at the table."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from ecomap.language import translate

BUTTON_HEIGHT = 64
BUTTON_MIN_WIDTH = 96
TEXT_GROWTH = 1.5


class SessionBar(QToolBar):
    """Large text buttons for the given actions, nothing else."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(translate("SessionBar", "Session"), parent)
        self.setObjectName("sessionBar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setIconSize(QSize(BUTTON_HEIGHT, BUTTON_HEIGHT))
        font = self.font()  # set before the buttons exist, so each is as wide as its words
        font.setPointSizeF(font.pointSizeF() * TEXT_GROWTH)
        font.setBold(True)
        self.setFont(font)
        for action in actions:
            self.addAction(action)
            button = self.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFont(font)
                # Never squeezed into "Leave …n mode": what does not fit moves behind the » button.
                width = max(BUTTON_MIN_WIDTH, button.sizeHint().width())
                button.setMinimumSize(QSize(width, BUTTON_HEIGHT))
                button.setAccessibleName(action.iconText())
        more = self.findChild(QToolButton, "qt_toolbar_ext_button")  # not user text: Qt's own name for »
        if more is not None:  # shown when the buttons do not all fit: read out as what it holds
            more.setAccessibleName(translate("SessionBar", "More session tools"))
