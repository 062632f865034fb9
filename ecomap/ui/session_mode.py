"""Session mode's toolbar: a few large buttons for a touch screen at the table."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

BUTTON_HEIGHT = 64


class SessionBar(QToolBar):
    """Large text buttons for the given actions, nothing else."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__("Session", parent)
        self.setObjectName("sessionBar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setIconSize(QSize(BUTTON_HEIGHT, BUTTON_HEIGHT))
        for action in actions:
            self.addAction(action)
            button = self.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setMinimumSize(QSize(150, BUTTON_HEIGHT))
                font = button.font()
                font.setPointSizeF(font.pointSizeF() * 1.5)
                font.setBold(True)
                button.setFont(font)
                button.setAccessibleName(action.text().replace("&", ""))
