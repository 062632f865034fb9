"""The compare page: two saved versions, the later map with the changes marked and the changes listed.

A banner says this is a read-only comparison, with a way back to the map;
a heading names the two versions and counts the changes. The map is the
later version with ghosts and badges (or, side by side, both versions in
the same layout), and beside it the changes in words, grouped; choosing one
shows it on the map. First, under "Plan", the list says what became of each action
of the earlier version's plan by the later one.
"""

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.case import Version
from ecomap.model.changes import Change, ChangeKind, counts_summary
from ecomap.model.plan import AboutNode, AboutTie
from ecomap.model.plan_words import fate_sentence
from ecomap.model.review import Fate, fates
from ecomap.ui.canvas.view import MapView
from ecomap.ui.compare.change_list import WORKING_DRAFT, ChangeList, version_title
from ecomap.ui.compare.key import CompareKey
from ecomap.ui.compare.marks import ChangeBadge
from ecomap.ui.compare.scene import CompareScene
from ecomap.ui.compare.union import UnionMap, union_of

BANNER_TEXT = QT_TRANSLATE_NOOP(
    "CompareView", "Comparing two saved versions. Read-only: the map you are working on is not changed."
)
DRAFT_BANNER_TEXT = QT_TRANSLATE_NOOP(
    "CompareView", "What changed in the working draft since a saved version. Read-only here: go back to edit."
)
"""The banner's words in English (translated where they are shown)."""
BANNER_STYLE = "#compareBanner { background: #FFF6D5; border: 1px solid #C9B458; border-radius: 4px; }"  # not user text


class CompareWidget(QWidget):
    """What changed from one saved version to another, on a map and in words."""

    back_requested = Signal()
    """"Back to the map" (or Esc): the user is done comparing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareWidget")
        self.union: UnionMap | None = None
        self.numbers = (0, 0)
        self._choosing = False

        self.banner_label = _label(translate("CompareView", BANNER_TEXT), bold=True)
        self.side_button = QPushButton(translate("CompareView", "Side by side"))
        self.side_button.setCheckable(True)
        self.side_button.setToolTip(
            translate("CompareView", "Show both versions next to each other, in the same layout")
        )
        self.back_button = QPushButton(translate("CompareView", "Back to the map"))
        self.back_button.setToolTip(translate("CompareView", "Leave the comparison and go on with the map (Esc)"))
        self.banner = banner = QFrame()
        banner.setObjectName("compareBanner")
        banner.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.side_button)
        row.addWidget(self.back_button)

        self.heading = _label("", bold=True)  # and larger: see follow_font
        self.heading.setAccessibleName(translate("CompareView", "Versions compared"))
        self.counts = _label("")
        self.counts.setAccessibleName(translate("CompareView", "Number of changes"))

        self.marked_scene = CompareScene(self)
        self.marked_view = _compare_view(self.marked_scene, translate("CompareView", "Map with changes marked"))
        self.marked_title = _label("")
        self.key = CompareKey()
        marked_page = QWidget()
        column = QVBoxLayout(marked_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.marked_title)
        column.addWidget(self.marked_view, 1)
        self.key_area = _KeyArea(self.key, marked_page)
        column.addWidget(self.key_area)

        self.earlier_scene = CompareScene(self)
        self.later_scene = CompareScene(self)
        self.earlier_view = _compare_view(self.earlier_scene, translate("CompareView", "Earlier version"))
        self.later_view = _compare_view(self.later_scene, translate("CompareView", "Later version"))
        self.earlier_title = _label("", bold=True)
        self.later_title = _label("", bold=True)
        side_page = QWidget()
        pair = QHBoxLayout(side_page)
        pair.setContentsMargins(0, 0, 0, 0)
        for title, view in ((self.earlier_title, self.earlier_view), (self.later_title, self.later_view)):
            half = QVBoxLayout()
            half.addWidget(title)
            half.addWidget(view, 1)
            pair.addLayout(half, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(marked_page)
        self.pages.addWidget(side_page)
        self.change_list = ChangeList()
        self.change_list.setMinimumWidth(220)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.change_list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(splitter, 1)

        self.side_button.toggled.connect(self.set_side_by_side)
        self.back_button.clicked.connect(self.back_requested)
        self.change_list.change_chosen.connect(self.show_change)
        self.change_list.fate_chosen.connect(self.show_fate)
        for scene in (self.marked_scene, self.earlier_scene, self.later_scene):
            scene.selectionChanged.connect(lambda scene=scene: self._map_selection_changed(scene))
        leave = QShortcut(QKeySequence("Esc"), self)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self.back_requested)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.follow_font()

    def follow_font(self) -> None:
        """Take the window's text size: the styled banner does not inherit it, the heading is larger."""
        base = self.font()
        for widget in (self.banner, *self.banner.findChildren(QWidget)):
            widget.setFont(base)
        heading = QFont(base)
        heading.setBold(True)
        heading.setPointSizeF(base.pointSizeF() * 1.25)
        self.heading.setFont(heading)

    # -- what is shown ---------------------------------------------------------

    def show_versions(
        self, a: int, earlier: Version, b: int, later: Version, *, text_scale: float = 1.0, sectors: bool = False
    ) -> None:
        """Compare saved version ``a`` (``earlier``) with ``b`` (``later``).

        The maps are framed on the people, so the domain sectors (named at the
        backdrop's edge) are off unless asked for.
        """
        self.numbers = (a, b)
        self.follow_font()
        union = union_of(earlier.map, later.map)
        self.union = union
        title_a, title_b = version_title(a, earlier), version_title(b, later)
        self.heading.setText(f"{title_a[:1].upper()}{title_a[1:]} → {title_b}")
        self.counts.setText(counts_summary(list(union.changes)))
        self.marked_title.setText(_marked_title(a, b, bool(union.changes)))
        self.banner_label.setText(translate("CompareView", DRAFT_BANNER_TEXT if b == WORKING_DRAFT else BANNER_TEXT))
        self.earlier_title.setText(title_a[:1].upper() + title_a[1:])
        self.later_title.setText(title_b[:1].upper() + title_b[1:])
        self.key.set_earlier(a)
        for scene in (self.marked_scene, self.earlier_scene, self.later_scene):
            scene.frame = None
            scene.set_text_scale(text_scale)
            scene.set_show_sectors(sectors)
        self.marked_scene.show_marked(union)
        self.earlier_scene.show_map(union.earlier_in_place())
        self.later_scene.show_map(union.later_in_place())
        frame = self.marked_scene.people_rect(badges=False)
        self.earlier_scene.frame = frame
        self.later_scene.frame = frame
        plan = [(fate, fate_sentence(fate, later.map)) for fate in fates(earlier.map, later.map)]
        self.change_list.set_changes(list(union.changes), plan)
        self.fit()

    @property
    def changes(self) -> list[Change]:
        return list(self.union.changes) if self.union is not None else []

    @property
    def badges(self) -> list[ChangeBadge]:
        return list(self.marked_scene.badges)

    def badge_for(self, item: QGraphicsItem) -> ChangeBadge | None:
        """The badge marking ``item`` on the marked map, if it has one."""
        return next((badge for badge in self.marked_scene.badges if badge.target is item), None)

    @property
    def side_by_side(self) -> bool:
        return self.pages.currentIndex() == 1

    def set_side_by_side(self, on: bool) -> None:
        """Both versions next to each other, or the later one with the changes marked."""
        self.pages.setCurrentIndex(1 if on else 0)
        self.side_button.blockSignals(True)
        self.side_button.setChecked(on)
        self.side_button.blockSignals(False)
        self.side_button.setText(
            translate("CompareView", "Changes marked") if on else translate("CompareView", "Side by side")
        )
        self.side_button.setToolTip(
            translate("CompareView", "Show the later version with the changes marked")
            if on
            else translate("CompareView", "Show both versions next to each other, in the same layout")
        )
        self.fit()

    def fit(self) -> None:
        for view in (self.marked_view, self.earlier_view, self.later_view):
            view.fit()

    def zoom_by(self, factor: float) -> None:
        """Zoom the map shown (both maps, side by side, so they stay in step)."""
        views = (self.earlier_view, self.later_view) if self.side_by_side else (self.marked_view,)
        for view in views:
            view.zoom_by(factor)

    # -- choosing a change -------------------------------------------------------

    def show_change(self, change: Change) -> None:
        """Select what ``change`` is about on the map(s) and bring it to the middle."""
        self._choosing = True
        try:
            for scene, view in (
                (self.marked_scene, self.marked_view),
                (self.earlier_scene, self.earlier_view),
                (self.later_scene, self.later_view),
            ):
                item = scene.item_for(change)
                if item is None:
                    scene.clearSelection()
                    continue
                scene.select_only([item])
                view.centerOn(item)
        finally:
            self._choosing = False

    def show_fate(self, fate: Fate) -> None:
        """Select the person, place or tie an earlier action was about, where the maps have it."""
        about = fate.action.about
        pair = frozenset(about.ends) if isinstance(about, AboutTie) else None
        node_ids = (about.node,) if isinstance(about, AboutNode) else ()
        if pair is None and not node_ids:
            for scene in (self.marked_scene, self.earlier_scene, self.later_scene):
                scene.clearSelection()
            return
        self.show_change(Change(ChangeKind.DETAILS, "", node_ids, pair))

    def _map_selection_changed(self, scene: CompareScene) -> None:
        if not shiboken6.isValid(scene):  # a scene being destroyed lets go of its selection
            return
        if self._choosing or self.union is None or scene.map is None:
            return
        chosen = set(scene.selectedItems())
        self.change_list.show_selected([c for c in self.union.changes if scene.item_for(c) in chosen])


def _marked_title(a: int, b: int, changed: bool) -> str:
    """What the marked map's title says: which map it is, and since which version its changes are marked."""
    if b == WORKING_DRAFT:
        if changed:
            return translate("CompareView", "The working draft, with the changes since version {a} marked").format(a=a)
        return translate("CompareView", "The working draft: nothing changed since version {a}").format(a=a)
    if changed:
        return translate("CompareView", "Version {b} as saved, with the changes since version {a} marked").format(
            a=a, b=b
        )
    return translate("CompareView", "Version {b} as saved: nothing changed since version {a}").format(a=a, b=b)


def _label(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)  # a narrow window wraps the text rather than growing
    if bold:
        font = QFont()  # only the weight is set: the size still follows the window's text size
        font.setBold(True)
        label.setFont(font)
    return label


class _KeyArea(QScrollArea):
    """The key, scrolling if it would take more than a third of the page (large text, a low window)."""

    def __init__(self, key: QWidget, page: QWidget) -> None:
        super().__init__()
        self.setAccessibleName(translate("CompareView", "Key"))
        self.key = key
        self.setWidget(key)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._page = page
        page.installEventFilter(self)
        key.installEventFilter(self)  # its height changes with its number of columns

    def sizeHint(self) -> QSize:
        wanted = self.key.sizeHint().height() + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), min(wanted, max(60, self._page.height() // 3)))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self.sizeHint().height(), 60))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.height() != self.sizeHint().height():
            self.setFixedHeight(self.sizeHint().height())
        return False


def _compare_view(scene: CompareScene, name: str) -> MapView:
    view = MapView(scene)
    view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
    view.setAcceptDrops(False)
    view.setAccessibleName(name)
    view.setAccessibleDescription(translate("CompareView", "Read-only. Choose a change in the list to show it here."))
    return view
