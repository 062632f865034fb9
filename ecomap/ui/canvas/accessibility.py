"""The canvas for screen readers: every person, place and tie an accessible item of the canvas.

Qt shows a ``QGraphicsView`` to assistive technology as a scroll area whose
children are its viewport and scroll bars: the map itself is a picture. Here
the canvas (a :class:`~ecomap.ui.canvas.view.MapView`) is a list whose items
are the map's people and places, then its ties, in the order Tab walks them
(:func:`~ecomap.ui.canvas.keyboard_walk.walk_order`), each with a name
("Mum", "Tie: Sam – Mum"), a description (:mod:`ecomap.ui.canvas.item_words`)
and a state (selected; focused when it is the canvas's focus item and the
canvas has the keyboard). After the items come the view's own children
(viewport and scroll bars), so a label being typed in place still has a
parent that lists it.

:func:`install` puts a factory in Qt that gives each ``MapView`` a
:class:`CanvasAccessible`. The items' interfaces are Python objects that Qt
keeps by id: :class:`CanvasAccess` (a QObject child of the view) makes each
one when first asked for, registers it with Qt, keeps it while its person or
tie is on the map, and gives it back to Qt (which deletes it) when they are
gone or the view is. When the keyboard moves the canvas's focus item (Tab,
Shift+arrow, a click), a focus event for that item tells the screen reader
to speak it.
"""

from functools import partial
from typing import TYPE_CHECKING, Literal

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsItem

from ecomap.ui.canvas import item_words
from ecomap.ui.canvas.keyboard_walk import walk_order
from ecomap.ui.canvas.node_item import NodeItem
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.canvas.tie_item import TieItem

if TYPE_CHECKING:
    from ecomap.ui.canvas.view import MapView

Stop = tuple[Literal["node", "tie"], str]


class CanvasAccess(QObject):
    """The accessible items of one canvas: made when first asked for, kept while their thing is on the map."""

    def __init__(self, view: "MapView") -> None:
        super().__init__(view)
        self.view = view
        self.items: dict[Stop, CanvasItemAccessible] = {}
        self._ids: dict[Stop, int] = {}
        self._order: list[Stop] | None = None
        self._known: set[Stop] = set()
        """What a screen reader was last told is on the canvas."""
        self.last_announced: Stop | None = None
        """The item last announced as focused (for tests: Qt sends events only while a screen reader listens)."""
        scene = view.map_scene
        scene.map_changed.connect(self._map_changed)
        scene.map_replaced.connect(self._map_changed)
        scene.focusItemChanged.connect(self._focus_item_changed)
        scene.selectionChanged.connect(self._selection_changed)
        self.destroyed.connect(partial(_give_back, self._ids))

    # -- the items -------------------------------------------------------------

    def scene(self) -> MapScene | None:
        scene = self.view.scene() if shiboken6.isValid(self.view) else None
        return scene if isinstance(scene, MapScene) else None

    def stops(self) -> list[Stop]:
        """The items in order: people and places as added, then ties (as Tab walks them)."""
        scene = self.scene()
        if scene is None or scene.map is None:
            return []
        if self._order is None or len(self._order) != len(scene.node_items) + len(scene.tie_items):
            self._order = walk_order(scene.map)
        return self._order

    def graphics_item(self, stop: Stop) -> NodeItem | TieItem | None:
        scene = self.scene()
        kind, key = stop
        if scene is None:
            return None
        return scene.node_items.get(key) if kind == "node" else scene.tie_items.get(key)

    def stop_of(self, item: QGraphicsItem | None) -> Stop | None:
        if isinstance(item, NodeItem):
            return ("node", item.node_id)
        if isinstance(item, TieItem):
            return ("tie", item.tie_id)
        return None

    def interface(self, stop: Stop) -> "CanvasItemAccessible":
        """The item's interface, made and registered with Qt when first asked for."""
        found = self.items.get(stop)
        if found is None:
            found = self.items[stop] = CanvasItemAccessible(self, stop)
            self._ids[stop] = QAccessible.registerAccessibleInterface(found)
        return found

    def index_of(self, stop: Stop) -> int:
        try:
            return self.stops().index(stop)
        except ValueError:
            return -1

    def words(self, stop: Stop, text: QAccessible.Text) -> str:
        """The item's name or description, from the map as it is now ("" for other texts or a thing gone)."""
        scene = self.scene()
        ecomap = scene.map if scene is not None else None
        kind, key = stop
        if ecomap is None:
            return ""
        if kind == "node" and ecomap.has_node(key):
            node = ecomap.node(key)
            if text == QAccessible.Text.Name:
                return item_words.node_name(node)
            if text == QAccessible.Text.Description:
                return item_words.node_description(ecomap, node)
        if kind == "tie" and ecomap.has_tie(key):
            tie = ecomap.tie(key)
            if text == QAccessible.Text.Name:
                return item_words.tie_name(ecomap, tie)
            if text == QAccessible.Text.Description:
                return item_words.tie_description(ecomap, tie)
        return ""

    def focused_stop(self) -> Stop | None:
        """The canvas's focus item, while the canvas has the keyboard."""
        scene = self.scene()
        if scene is None or not self.view.hasFocus():
            return None
        return self.stop_of(scene.focusItem())

    # -- keeping up with the map ---------------------------------------------------

    def _map_changed(self) -> None:
        """Give back the interfaces of what is gone; while a screen reader listens, tell it what came and
        went and whose name or description changed."""
        self._order = None
        if not self.items and not QAccessible.isActive():  # nothing asked for, no one listening: no work per edit
            self._known = set()
            return
        present = set(self.stops())
        for stop in [stop for stop in self.items if stop not in present]:
            _send(QAccessibleEvent(self.items[stop], QAccessible.Event.ObjectDestroyed))
            QAccessible.deleteAccessibleInterface(self._ids.pop(stop))  # Qt deletes it first, then Python lets go
            del self.items[stop]
        if not QAccessible.isActive():
            self._known = set()
            return
        for stop, interface in self.items.items():
            for text, event in _TEXT_EVENTS:
                said = self.words(stop, text)
                if interface.said.get(text, said) != said:
                    _send(QAccessibleEvent(interface, event))
                interface.said[text] = said
        if self._known:
            for stop in [stop for stop in self.stops() if stop not in self._known]:
                _send(QAccessibleEvent(self.interface(stop), QAccessible.Event.ObjectCreated))
        self._known = present

    def _focus_item_changed(self, new: QGraphicsItem | None, _old: QGraphicsItem | None, _reason: object) -> None:
        self.announce_focus(self.stop_of(new))

    def announce_focus(self, stop: Stop | None = None) -> None:
        """Tell a screen reader the keyboard is on ``stop`` (the focus item if not given), if the canvas has it."""
        stop = stop or self.focused_stop()
        if stop is None or not self.view.hasFocus() or self.graphics_item(stop) is None:
            return
        self.last_announced = stop
        _send(QAccessibleEvent(self.interface(stop), QAccessible.Event.Focus))

    def _selection_changed(self) -> None:
        if QAccessible.isActive() and shiboken6.isValid(self.view):
            _send(QAccessibleEvent(self.view, QAccessible.Event.SelectionWithin))


_TEXT_EVENTS = (
    (QAccessible.Text.Name, QAccessible.Event.NameChanged),
    (QAccessible.Text.Description, QAccessible.Event.DescriptionChanged),
)


def _send(event: QAccessibleEvent) -> None:
    QAccessible.updateAccessibility(event)


def _give_back(ids: dict[Stop, int], *_destroyed: object) -> None:
    """The canvas is gone: Qt deletes the interfaces of its items."""
    for unique_id in ids.values():
        QAccessible.deleteAccessibleInterface(unique_id)
    ids.clear()


class CanvasItemAccessible(QAccessibleInterface):
    """One person, place or tie of the canvas, as a list item with a name, a description and a state.

    (Qt takes None for "no such interface" where PySide's stubs want one: hence the ignored overrides.)
    """

    def __init__(self, access: CanvasAccess, stop: Stop) -> None:
        super().__init__()
        self._access = access
        self.stop = stop
        self.said: dict[QAccessible.Text, str] = {}
        """What was last said of it, to tell a screen reader when that changes."""

    def _item(self) -> NodeItem | TieItem | None:
        return self._access.graphics_item(self.stop) if shiboken6.isValid(self._access) else None

    def isValid(self) -> bool:
        return self._item() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None  # like a table cell: the canvas's object stays the canvas's alone in Qt's cache

    def window(self) -> QWindow | None:  # type: ignore[override]
        canvas = self.parent()
        return canvas.window() if canvas is not None else None

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not shiboken6.isValid(self._access):
            return None
        return QAccessible.queryAccessibleInterface(self._access.view)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, t: QAccessible.Text) -> str:
        return self._access.words(self.stop, t) if self.isValid() else ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass  # names change through the canvas's own editing (Enter renames), one undo step each

    def rect(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        view = self._access.view
        shape = item.path().boundingRect() if isinstance(item, NodeItem) else item.boundingRect()
        on_view = view.mapFromScene(item.mapToScene(shape)).boundingRect()
        return QRect(view.viewport().mapToGlobal(on_view.topLeft()), on_view.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        state.selectable = state.focusable = True
        state.selected = item.isSelected()
        state.focused = self._access.focused_stop() == self.stop
        view = self._access.view
        visible = view.viewport().rect().intersects(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
        state.offscreen = not visible
        return state


class CanvasAccessible(QAccessibleWidget):
    """The canvas: a list of the map's people, places and ties, then the view's own widgets."""

    def __init__(self, view: "MapView") -> None:
        super().__init__(view, QAccessible.Role.List)
        self._view = view

    @property
    def access(self) -> CanvasAccess:
        return self._view.access

    def childCount(self) -> int:
        return len(self.access.stops()) + super().childCount()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        stops = self.access.stops()
        if 0 <= index < len(stops):
            return self.access.interface(stops[index])
        return super().child(index - len(stops)) if index >= len(stops) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, CanvasItemAccessible):
            return self.access.index_of(child.stop)
        index = super().indexOfChild(child)
        return index + len(self.access.stops()) if index >= 0 else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        stop = self.access.focused_stop()
        return self.access.interface(stop) if stop is not None else super().focusChild()

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        view = self._view
        on_viewport = view.viewport().mapFromGlobal(QPoint(x, y))
        if view.viewport().rect().contains(on_viewport):
            for item in view.items(on_viewport):
                stop = self.access.stop_of(item) or self.access.stop_of(item.parentItem())
                if stop is not None:
                    return self.access.interface(stop)
        return super().childAt(x, y)


def _factory(key: str, candidate: QObject | None) -> QAccessibleInterface | None:
    from ecomap.ui.canvas.view import MapView

    del key  # Qt asks once per class of the object, most derived first: the first answer counts
    return CanvasAccessible(candidate) if isinstance(candidate, MapView) else None


class _Installed:
    done = False


def install() -> None:
    """Give every canvas its :class:`CanvasAccessible` (once per program; later calls do nothing)."""
    if not _Installed.done:
        _Installed.done = True
        QAccessible.installFactory(_factory)


def item_interfaces(view: "MapView") -> list[QAccessibleInterface]:
    """The accessible items of ``view``'s people, places and ties, in order (for tests and checks)."""
    found = QAccessible.queryAccessibleInterface(view)
    count = len(view.access.stops())
    return [child for child in (found.child(n) for n in range(count)) if child is not None] if found else []
