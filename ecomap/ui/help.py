"""Help > Keyboard shortcuts: every key and gesture of the action table, in one plain-text window.

The lines come translated (:meth:`~ecomap.ui.actions.EditorActions.shortcut_lines`); key names stay as the
platform writes them.
"""

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ecomap.language import translate

KEYS_WIDTH = 36
"""Characters given to the keys column."""


def shortcuts_text(lines: Iterable[tuple[str, str]]) -> str:
    """One line per key: the keys, then what they do (on a line of its own below keys too long)."""
    rows = []
    for keys, what in lines:
        if len(keys) < KEYS_WIDTH:
            rows.append(f"{keys:<{KEYS_WIDTH}} {what}")
        else:
            rows += [keys, f"{'':<{KEYS_WIDTH}} {what}"]
    return "\n".join(rows)


def show_shortcuts(parent: QWidget, lines: Iterable[tuple[str, str]]) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Help", "Keyboard shortcuts"))
    layout = QVBoxLayout(dialog)
    label = QLabel(shortcuts_text(lines))
    label.setObjectName("shortcutList")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("font-family: monospace")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.exec()
