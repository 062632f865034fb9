"""Help > Keyboard shortcuts: every key the editor knows, in one plain-text window."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

if TYPE_CHECKING:
    from ecomap.ui.main_window import MainWindow

CANVAS_KEYS = (
    ("Double-click empty canvas, Ins or N", "add a person there, then type the name"),
    ("Drag from a person's rim to another", "tie them (default capital)"),
    ("T", "tie the selected person to the client, or two selected people together"),
    ("Enter or F2", "rename the selected person"),
    ("Tab / Shift+Tab", "select the next / previous person"),
    ("Arrow keys (Shift: finer)", "move the selection"),
    ("B / R / L", "selected tie: bonding / bridging / linking"),
    ("1 / 2 / 3", "selected tie: strong / moderate / tenuous"),
    ("S", "selected tie: stressful on or off"),
    ("F", "selected tie: next flow of energy (none, to, from, both)"),
    ("Delete", "delete the selection (the client stays)"),
    ("Esc", "clear the selection; leave session mode"),
    ("Ctrl+Tab", "leave the canvas for the panels"),
)


def shortcut_lines(window: "MainWindow") -> list[tuple[str, str]]:
    """The canvas keys, then every menu action that has a shortcut."""
    lines = list(CANVAS_KEYS)
    for action in window.actions():
        if action.shortcut().toString():
            lines.append((action.shortcut().toString(), action.text().replace("&", "")))
    return lines


def show_shortcuts(window: "MainWindow") -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle("Keyboard shortcuts")
    layout = QVBoxLayout(dialog)
    text = "\n".join(f"{keys:<38} {what}" for keys, what in shortcut_lines(window))
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("font-family: monospace")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.exec()
