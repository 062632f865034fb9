"""Marks on the compare map: a badge on each changed tie or person, and faded ghosts for what ended.

Every mark says what it means in a symbol and a word ("+ new", "× ended",
"▲ stronger"), so it reads without colour and in greyscale; colour is only a
second hint. Lesser changes (flow, notes) add only a sign, which the key
explains. Badges are plain text on a rounded box; ``placement`` puts them
clear of the people, their names and each other, and a leader line joins a
badge that had to move off its tie back to it.
"""

import html

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsColorizeEffect,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model import drawing
from ecomap.model.changes import Change, ChangeKind
from ecomap.model.notation import NODE_OUTLINE_WIDTH
from ecomap.ui.canvas.node_item import NodeItem
from ecomap.ui.canvas.style import colour, label_font
from ecomap.ui.canvas.tie_item import TieItem

BADGE_WORDS: dict[ChangeKind, str] = {
    ChangeKind.NEW_TIE: QT_TRANSLATE_NOOP("CompareMarks", "+ new"),
    ChangeKind.NEW_PERSON: QT_TRANSLATE_NOOP("CompareMarks", "+ new"),
    ChangeKind.ENDED_TIE: QT_TRANSLATE_NOOP("CompareMarks", "× ended"),
    ChangeKind.GONE_PERSON: QT_TRANSLATE_NOOP("CompareMarks", "× gone"),
    ChangeKind.STRONGER: QT_TRANSLATE_NOOP("CompareMarks", "▲ stronger"),
    ChangeKind.WEAKER: QT_TRANSLATE_NOOP("CompareMarks", "▼ weaker"),
    ChangeKind.RETYPED: QT_TRANSLATE_NOOP("CompareMarks", "↻ re-typed"),
    ChangeKind.STRESS_BEGAN: QT_TRANSLATE_NOOP("CompareMarks", "stress began"),
    ChangeKind.STRESS_ENDED: QT_TRANSLATE_NOOP("CompareMarks", "stress ended"),
}
"""What a badge says for each change to the network, one line each (in English; translated on the badge)."""
BADGE_SIGNS: dict[ChangeKind, str] = {ChangeKind.FLOW: "⇄", ChangeKind.DETAILS: "✎"}
"""Lesser changes (flow, notes, a person's details) are only a sign, after the words; the list says more."""
END_SIGNS: dict[ChangeKind, str] = {ChangeKind.NEW_TIE: "+", ChangeKind.ENDED_TIE: "×"}
"""A new tie to a new person, or an ended tie to someone gone: their own badge already says "+ new"
or "× gone", so the tie has only the sign."""

NEW_FILL = "#FFF1B8"
"""A pale yellow: what is new (the compare view's one colour of its own)."""
ENDED_FILL = drawing.SHADE_INK
PLAIN_FILL = drawing.PAPER
BADGE_OUTLINE = drawing.LINE_INK
BADGE_TEXT_COLOUR = drawing.TEXT_INK
BADGE_FONT_SIZE = 8.5
BADGE_PADDING = (4.0, 1.5)
"""Space around a badge's text, across and up-down, in scene units."""
BADGE_Z = 6.0

GHOST_OPACITY = 0.4
GHOST_GREY = drawing.GHOST_INK
GHOST_FILL = drawing.GHOST_FILL

LEADER_COLOUR = drawing.LINE_INK


def badge_text(changes: list[Change], came_or_went: frozenset[str] = frozenset()) -> str:
    """What the badge for ``changes`` (all about one tie or person) says: a line per change, signs last.

    ``came_or_went`` are the people new to the map or gone from it.
    """
    kinds = list(dict.fromkeys(change.kind for change in changes))
    lines = [translate("CompareMarks", BADGE_WORDS[kind]) for kind in kinds if kind in BADGE_WORDS]
    if len(kinds) == 1 and kinds[0] in END_SIGNS and came_or_went & set(changes[0].node_ids):
        lines = [END_SIGNS[kinds[0]]]
    signs = " ".join(BADGE_SIGNS[kind] for kind in kinds if kind in BADGE_SIGNS)
    if signs and lines:
        lines[-1] += f" {signs}"
    elif signs:
        lines = [signs]
    return "\n".join(lines)


class ChangeBadge(QGraphicsPathItem):
    """The mark on one changed tie or person: its changes in words, on a rounded box.

    Clicking a badge selects what it marks.
    """

    def __init__(self, target: QGraphicsItem, changes: list[Change], text: str, text_scale: float = 1.0) -> None:
        super().__init__()
        self.target = target
        self.changes = changes
        self.text_item = QGraphicsSimpleTextItem(self)
        self.text_item.setText(text)
        self.text_item.setFont(label_font(BADGE_FONT_SIZE * text_scale))
        self.text_item.setBrush(QBrush(colour(BADGE_TEXT_COLOUR)))
        lines = text.split("\n")
        metrics = QFontMetricsF(self.text_item.font())
        across, down = BADGE_PADDING
        width = max(metrics.horizontalAdvance(line) for line in lines) + 2 * across
        height = metrics.height() + metrics.lineSpacing() * (len(lines) - 1) + 2 * down
        box = QPainterPath()
        box.addRoundedRect(QRectF(-width / 2, -height / 2, width, height), height / 2.5, height / 2.5)
        self.setPath(box)
        self.text_item.setPos(-width / 2 + across, -height / 2 + down)
        kinds = {change.kind for change in changes}
        fill = PLAIN_FILL
        if kinds & {ChangeKind.NEW_TIE, ChangeKind.NEW_PERSON}:
            fill = NEW_FILL
        elif kinds & {ChangeKind.ENDED_TIE, ChangeKind.GONE_PERSON}:
            fill = ENDED_FILL
        self.setBrush(QBrush(colour(fill)))
        self.setPen(QPen(colour(BADGE_OUTLINE), 1.0))
        self.setZValue(BADGE_Z)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        sentences = "\n".join(change.sentence for change in changes)
        self.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(sentences)}</p>")  # not user text: markup
        self.leader = QGraphicsPathItem(self)
        """A thin line to the tie, when the badge had to sit away from it."""
        self.leader.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self.leader.setPen(QPen(colour(LEADER_COLOUR), 1.2))
        self.leader.setBrush(QBrush(colour(LEADER_COLOUR)))
        self.leader.hide()

    @property
    def text(self) -> str:
        return self.text_item.text()

    def size(self) -> tuple[float, float]:
        box = self.path().boundingRect()
        return box.width(), box.height()

    def place_at(self, centre: tuple[float, float], anchor: tuple[float, float] | None = None) -> None:
        """Centre the badge on ``centre``; with ``anchor``, draw a leader from it to that point."""
        self.setPos(*centre)
        self.leader.setVisible(anchor is not None)
        if anchor is not None:
            end = QPointF(anchor[0] - centre[0], anchor[1] - centre[1])
            path = QPainterPath(QPointF(0, 0))
            path.lineTo(end)
            path.addEllipse(end, 3.0, 3.0)
            self.leader.setPath(path)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.select_only([self.target])  # type: ignore[attr-defined]
            event.accept()
            return
        super().mousePressEvent(event)


def make_ghost(item: NodeItem | TieItem) -> None:
    """Fade ``item`` to a grey ghost behind the present map: it is not there any more.

    A ghost tie keeps its line weight (a dashed line would read as "tenuous").
    """
    item.setOpacity(GHOST_OPACITY)
    item.setZValue(item.zValue() - 0.5)
    if isinstance(item, NodeItem):
        item.setPen(QPen(colour(GHOST_GREY), NODE_OUTLINE_WIDTH, Qt.PenStyle.DashLine))
        item.setBrush(QBrush(colour(GHOST_FILL)))
    else:
        grey = QGraphicsColorizeEffect()
        grey.setColor(colour(GHOST_GREY))
        grey.setStrength(1.0)
        item.setGraphicsEffect(grey)
