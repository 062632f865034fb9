"""The window's status bar: the last message, what keeps the map from reading at a glance, the counts, the zoom."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton

from ecomap.model.metrics import MapCounts


class StatusLine:
    """The status bar's parts, filled by the window (all plain text)."""

    def __init__(self, bar: QStatusBar) -> None:
        self.message = QLabel()
        self.legibility = QToolButton()
        self.legibility.setAutoRaise(True)
        self.legibility.setAccessibleName("Legibility")
        self.legibility.hide()
        self.counts = QLabel()
        self.zoom = QLabel()
        for label, name in ((self.message, "Status"), (self.counts, "Counts"), (self.zoom, "Zoom")):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAccessibleName(name)
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.legibility)
        bar.addPermanentWidget(self.counts)
        bar.addPermanentWidget(self.zoom)

    def show_counts(self, counts: MapCounts) -> None:
        by_capital = counts.by_capital
        self.counts.setText(
            f"{counts.nodes} people and places, {counts.ties} ties: "
            f"B {by_capital['bonding']}, Br {by_capital['bridging']}, L {by_capital['linking']}"
        )
        self.counts.setToolTip(
            f"Bonding {by_capital['bonding']}, bridging {by_capital['bridging']}, linking {by_capital['linking']}"
        )

    def show_legibility(self, problems: list[str], *, can_arrange: bool) -> None:
        """What overlaps, in words; with a way to tidy it while the map can be edited."""
        self.legibility.setVisible(bool(problems))
        if not problems:
            return
        words = "; ".join(problems)
        words = f"{words[0].upper()}{words[1:]}"
        if can_arrange:
            self.legibility.setText(f"{words} – Auto-arrange")
            self.legibility.setToolTip("Auto-arrange (Ctrl+Shift+A) places everyone so that nothing overlaps")
        else:
            self.legibility.setText(words)
            self.legibility.setToolTip("")
        self.legibility.setEnabled(can_arrange)

    def show_canvas_figures(self, on: bool) -> None:
        """The counts and the zoom describe the canvas: hidden while something else is shown."""
        self.counts.setVisible(on)
        self.zoom.setVisible(on)
