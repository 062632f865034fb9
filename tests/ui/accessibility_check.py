"""What a screen reader would find unnamed: every interactive element of a window without an accessible name.

:func:`unnamed_controls` walks every widget under a window that is shown (a
hidden bar is named when it is shown: show it, then check) and asks Qt's
accessibility layer (``QAccessible.queryAccessibleInterface``) what each is: a button, check box,
radio button, line edit, combo box, spin box, slider, list, tree or table
(tool bar actions are tool buttons) must have a name a screen reader can say,
and so must anything else the keyboard lands on with Tab (a scroll area that
takes the focus is read out by its name). The entries of a list, a tree and a menu bar must have one too. A line edit
inside a spin box or a combo box, and a combo box's pop-up list, are parts of
that control, which carries the name. Each finding says where the widget is,
so it can be found and named.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

Role = QAccessible.Role

INTERACTIVE = frozenset(
    {
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.ButtonDropGrid,
        Role.ComboBox,
        Role.SpinBox,
        Role.EditableText,
        Role.Slider,
        Role.Dial,
        Role.List,
        Role.Tree,
        Role.Table,
        Role.Link,
    }
)
"""Roles a user acts on: each must be named."""

WITH_ENTRIES = frozenset({Role.List, Role.Tree, Role.MenuBar})
"""Roles whose entries must be named too (a table's cells may well be empty: its columns are named)."""
ENTRY_ROLES = frozenset({Role.ListItem, Role.TreeItem, Role.MenuItem})
MOST_ENTRIES = 300
"""Entries looked at per list (enough for any list in a test; a long list's later ones are alike)."""


@dataclass(frozen=True)
class Unnamed:
    """An interactive element with no accessible name: its role, its widget's class and object name,
    where it is (its ancestors' names), its tooltip and text if any, and whether it was shown."""

    role: str
    widget: str
    where: str
    hint: str
    shown: bool
    entry: int | None = None
    """For an entry of a list, tree or menu bar: its index among its parent's children."""

    def __str__(self) -> str:
        entry = f" entry {self.entry}" if self.entry is not None else ""
        shown = "shown" if self.shown else "hidden"
        return f"{self.role} {self.widget}{entry} ({shown}) in {self.where}; tooltip/text: {self.hint!r}"


def describe_widget(widget: QWidget) -> str:
    """``ClassName#objectName`` (the object name only if it has one)."""
    name = widget.objectName()
    return type(widget).__name__ + (f"#{name}" if name else "")


def ancestry(widget: QWidget) -> str:
    """The widget's ancestors, nearest first, each with its accessible name or window title if any."""
    parts = []
    parent = widget.parentWidget()
    while parent is not None:
        label = parent.accessibleName() or parent.windowTitle()
        parts.append(describe_widget(parent) + (f" {label!r}" if label else ""))
        parent = parent.parentWidget()
    return " < ".join(parts[:4]) or "(top level)"


def is_part_of_a_named_control(widget: QWidget) -> bool:
    """The text part of a spin box or combo box, or a combo box's pop-up list: the box carries the name."""
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        return True
    if isinstance(widget, QAbstractItemView):
        owner = widget.parentWidget()
        while owner is not None and not isinstance(owner, QComboBox):
            owner = owner.parentWidget()
        return owner is not None and owner.view() is widget
    return False


def is_shown(widget: QWidget) -> bool:
    """Visible, and within its parent (Qt keeps a main window's unused dock tab bar visible, far outside it)."""
    parent = widget.parentWidget()
    return widget.isVisible() and (parent is None or parent.rect().intersects(widget.geometry()))


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab may land on the widget itself (not on another it hands the focus to)."""
    tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return tab and widget.isEnabled() and widget.focusProxy() is None


def name_of(interface: QAccessibleInterface) -> str:
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(root: QWidget, *, shown_only: bool = True) -> list[Unnamed]:
    """Every interactive element under ``root`` (``root`` included) that has no accessible name (of those
    shown, unless ``shown_only`` is false)."""
    found: list[Unnamed] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (shown_only and not is_shown(widget)) or is_part_of_a_named_control(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.isValid():
            continue
        role = interface.role()
        hint = widget.toolTip() or str(getattr(widget, "text", lambda: "")())
        where = ancestry(widget)
        if (role in INTERACTIVE or takes_tab(widget)) and not name_of(interface):
            found.append(Unnamed(role.name, describe_widget(widget), where, hint, is_shown(widget)))
        if role in WITH_ENTRIES:
            for index in range(min(interface.childCount(), MOST_ENTRIES)):
                entry = interface.child(index)
                if entry is not None and entry.role() in ENTRY_ROLES and not name_of(entry):
                    found.append(
                        Unnamed(entry.role().name, describe_widget(widget), where, "", is_shown(widget), index)
                    )
    return found


def report(found: list[Unnamed]) -> str:
    """One line per finding, for an assertion message."""
    return "\n".join(str(item) for item in found)
