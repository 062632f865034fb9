"""The canvas widget: zoom with the wheel or a pinch, pan, fit, and antialiasing off while dragging."""

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from ecomap.language import translate
from ecomap.ui.canvas import accessibility
from ecomap.ui.canvas.scene import MapScene

MIN_ZOOM = 0.1
MAX_ZOOM = 8.0
WHEEL_STEP = 1.15


class MapView(QGraphicsView):
    """Shows a :class:`MapScene`. Keys the canvas handles itself arrive as :attr:`key_pressed`.

    To a screen reader it is a list of the map's people, places and ties (:mod:`.accessibility`).
    """

    zoom_changed = Signal(float)
    palette_dropped = Signal(object, QPointF)
    """A palette entry dropped on the canvas, at this scene position."""

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Canvas", "Ecomap canvas"))
        self.setAccessibleDescription(
            translate(
                "Canvas",
                "The client's map. Tab moves between people, then ties; Shift and an arrow key adds the "
                "nearest person that way; arrow keys move them; Enter renames; "
                "B, R, L set a tie's capital; 1, 2, 3 its strength; S stress; F flow.",
            )
        )
        accessibility.install()
        self.access = accessibility.CanvasAccess(self)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._panning: QPointF | None = None
        self._auto_fit = True
        self.setAcceptDrops(True)

    @property
    def map_scene(self) -> MapScene:
        scene = self.scene()
        assert isinstance(scene, MapScene)
        return scene

    # -- zoom and pan ------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1.0) > 1e-9:
            self.scale(factor, factor)
            self.zoom_changed.emit(self.zoom())

    def fit(self) -> None:
        """Show the whole map: rings, sectors and every node; keep doing so on resize until zoomed."""
        self._auto_fit = True
        self.fitInView(self.map_scene.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom())

    def paintEvent(self, event: QPaintEvent) -> None:
        self.map_scene.end_stale_drag_picture()
        super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fitInView(self.map_scene.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit(self.zoom())

    # -- dropping palette entries ------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._offer(event)

    def _offer(self, event: QDragMoveEvent) -> None:
        from ecomap.ui.panels.palette import PALETTE_MIME

        if event.mimeData().hasFormat(PALETTE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        from ecomap.ui.panels.palette import entry_from_mime

        entry = entry_from_mime(event.mimeData())
        if entry is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.palette_dropped.emit(entry, self.mapToScene(event.position().toPoint()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(WHEEL_STEP**steps)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                event.accept()
                return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            # Antialiasing triples paint cost; a drag looks fine without it.
            self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - delta.x()))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self.viewport().update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Qt says the canvas has the keyboard once this returns; then the person or tie in it is said.
        QTimer.singleShot(0, self, self.access.announce_focus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        handler = getattr(self, "key_handler", None)
        if handler is not None and handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Tab and Shift+Tab move between people and ties on the canvas (see the
        # key handler); Ctrl+Tab moves to the next panel (View > Next panel).
        handler = getattr(self, "tab_handler", None)
        if handler is not None and handler(next_):
            return True
        return super().focusNextPrevChild(next_)
