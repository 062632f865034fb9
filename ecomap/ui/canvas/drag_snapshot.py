"""A still picture of a big map under a drag, so each drag step repaints only what moves.

On a map of a thousand people almost every drag step would repaint thousands of
ties that do not move (a long tie's bounds cover much of the view). While a drag
lasts, the view instead draws one picture of everything that stays put, taken
when the drag starts, and only the dragged people and their ties are live items.
The still items are made fully transparent rather than hidden: hiding an item
would drop its selection and, for the dragged one, the mouse.
"""

from typing import Self

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

SNAPSHOT_FROM_ITEMS = 600
"""Maps with fewer items than this (people plus ties) repaint fast enough without a picture."""


class DragSnapshot:
    """Everything but the moving items, as the view showed it when the drag began."""

    def __init__(self, view: QGraphicsView, still: list[QGraphicsItem], picture: QPixmap) -> None:
        self._view = view
        self._still = still
        self._picture = picture
        self._transform = view.viewportTransform()

    @classmethod
    def take(cls, view: QGraphicsView, moving: list[QGraphicsItem], still: list[QGraphicsItem]) -> Self | None:
        """Picture ``still`` as ``view`` shows it now and make those items transparent; None for a small map."""
        if len(moving) + len(still) < SNAPSHOT_FROM_ITEMS:
            return None
        for item in moving:
            item.setOpacity(0.0)
        picture = view.viewport().grab()
        for item in moving:
            item.setOpacity(1.0)
        for item in still:
            item.setOpacity(0.0)
        return cls(view, still, picture)

    def is_stale(self) -> bool:
        """The view has zoomed or scrolled since the picture was taken."""
        return self._view.viewportTransform() != self._transform

    def draw(self, painter: QPainter, exposed: QRectF) -> bool:
        """Draw the picture behind the live items; False if it is stale (then draw as usual)."""
        if self.is_stale():
            return False
        target = self._transform.mapRect(exposed)
        painter.save()
        painter.setWorldTransform(QTransform())
        ratio = self._picture.devicePixelRatio()
        source = QRectF(target.x() * ratio, target.y() * ratio, target.width() * ratio, target.height() * ratio)
        painter.drawPixmap(target, self._picture, source)
        painter.restore()
        return True

    def release(self) -> None:
        """Make the still items visible again (the view repaints them)."""
        for item in self._still:
            item.setOpacity(1.0)
        self._still = []
        self._picture = QPixmap()
