"""The window's status bar: the last message, what keeps the map from reading at a glance, the counts, the zoom."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton

from ecomap.language import translate
from ecomap.model.metrics import MapCounts


class StatusLine:
    """The status bar's parts, filled by the window (all plain text)."""

    def __init__(self, bar: QStatusBar) -> None:
        self.message = QLabel()
        self.legibility = QToolButton()
        self.legibility.setAutoRaise(True)
        self.legibility.setAccessibleName(translate("StatusLine", "Legibility"))
        self.legibility.hide()
        self.counts = QLabel()
        self.zoom = QLabel()
        names = (translate("StatusLine", "Status"), translate("StatusLine", "Counts"), translate("StatusLine", "Zoom"))
        for label, name in zip((self.message, self.counts, self.zoom), names, strict=True):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAccessibleName(name)
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.legibility)
        bar.addPermanentWidget(self.counts)
        bar.addPermanentWidget(self.zoom)

    def show_counts(self, counts: MapCounts) -> None:
        bonding, bridging, linking = (counts.by_capital[capital] for capital in ("bonding", "bridging", "linking"))
        nodes, ties = counts.nodes, counts.ties  # (lupdate finds a plural's count only as a plain name)
        self.counts.setText(
            translate("StatusLine", "{nodes}, {ties}: B {bonding}, Br {bridging}, L {linking}").format(
                nodes=translate("StatusLine", "%n people and places", None, nodes),
                ties=translate("StatusLine", "%n ties", None, ties),
                bonding=bonding,
                bridging=bridging,
                linking=linking,
            )
        )
        self.counts.setToolTip(
            translate("StatusLine", "Bonding {bonding}, bridging {bridging}, linking {linking}").format(
                bonding=bonding, bridging=bridging, linking=linking
            )
        )

    def show_legibility(self, problems: list[str], *, can_arrange: bool) -> None:
        """What overlaps, in words; with a way to tidy it while the map can be edited."""
        self.legibility.setVisible(bool(problems))
        if not problems:
            return
        words = "; ".join(problems)
        words = f"{words[0].upper()}{words[1:]}"
        if can_arrange:
            self.legibility.setText(translate("StatusLine", "{problems} – Auto-arrange").format(problems=words))
            self.legibility.setToolTip(
                translate("StatusLine", "Auto-arrange (Ctrl+Shift+A) places everyone so that nothing overlaps")
            )
        else:
            self.legibility.setText(words)
            self.legibility.setToolTip("")
        self.legibility.setEnabled(can_arrange)

    def show_canvas_figures(self, on: bool) -> None:
        """The counts and the zoom describe the canvas: hidden while something else is shown."""
        self.counts.setVisible(on)
        self.zoom.setVisible(on)
