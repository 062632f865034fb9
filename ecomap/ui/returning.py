"""Someone added again who was on an earlier version: offer to keep them the same person.

Nodes keep their ids from version to version, and comparing versions matches
people by id. A person deleted and later added again under the same name would
otherwise show as one removal plus an unrelated addition; taking the earlier
id back makes the comparison show a returned tie instead.
"""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ecomap.language import translate
from ecomap.model.elements import Node
from ecomap.ui.context import EditorContext
from ecomap.ui.files import FILE_ERRORS

Ask = Callable[[str, int, str], bool]
"""(the earlier name, version number, version label) -> True if it is the same person."""


class ReturningPeople:
    """Checks each new person against the case's saved versions."""

    def __init__(self, context: EditorContext) -> None:
        self.context = context
        self.ask: Ask = self._ask_in_a_message_box

    def offer(self, node: Node) -> Node:
        """``node`` as it should be added: with the earlier person's id (and notes, if it has
        none) when the user says it is them, else unchanged."""
        case = self.context.case
        try:
            found = case.former_node(node.label)
            if found is None:
                return node
            former, number = found
            label = case.version(number).label
        except FILE_ERRORS:  # a version that cannot be read (the History panel says why): add them as new
            return node
        if not self.ask(former.label, number, label):
            return node
        return replace(node, id=former.id, notes=node.notes or former.notes)

    def _ask_in_a_message_box(self, name: str, number: int, label: str) -> bool:
        box = QMessageBox(self.context.dialog_parent)
        box.setWindowTitle("Ecomap")  # not user text: the program's name
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Question)
        question = (
            translate(
                "ReturningPeople", "{name} was on the map in version {number} ({label}). Is this the same person?"
            )
            if label
            else translate("ReturningPeople", "{name} was on the map in version {number}. Is this the same person?")
        )
        box.setText(question.format(name=name, number=number, label=label))
        box.setInformativeText(
            translate(
                "ReturningPeople",
                "If so, comparing versions shows their tie as one that came back, not as someone new.",
            )
        )
        same = box.addButton(translate("ReturningPeople", "Same person"), QMessageBox.ButtonRole.YesRole)
        box.addButton(translate("ReturningPeople", "Someone new"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(same)
        box.exec()
        return box.clickedButton() is same
