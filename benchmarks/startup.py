"""Start-up and memory benchmarks (design §8), each in fresh processes, against a bare PySide6 window.

- ``start``: a fresh ``python`` that imports the editor, opens the example
  case and shows its window until it has painted, against a fresh ``python``
  that shows a bare ``QMainWindow`` holding a ``QGraphicsView`` until it has
  painted. Target: within 1.5x.
- ``memory``: the peak resident memory of a fresh process with a
  500-version case open in the editor and every version stepped through in
  the History panel, against the bare window's. Target: under 300 MB.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [start] [memory]
"""

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from run import fastest  # benchmarks/run.py, beside this file

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent

SHOW_UNTIL_PAINTED = """
from PySide6.QtCore import QEvent, QObject
class Painted(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            Painted.seen = True
        return False
painted = Painted()
app.installEventFilter(painted)
window.show()
while not Painted.seen:
    app.processEvents()
"""

BARE = (
    """
import sys
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QGraphicsView(QGraphicsScene()))
window.resize(1280, 820)
"""
    + SHOW_UNTIL_PAINTED
)

EDITOR = (
    """
import sys
from PySide6.QtCore import QSettings
from ecomap.ui.app import create_window
from ecomap.ui.image_export import ensure_application
app = ensure_application()
window = create_window(sys.argv[1], settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
"""
    + SHOW_UNTIL_PAINTED
    + """
window.case.close()
"""
)

STEP_THROUGH = """
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
listing = window.history.panel.list
listing.setFocus()
for _ in range(len(window.case.summaries())):
    QTest.keyClick(listing, Qt.Key.Key_Down)
    app.processEvents()
assert window.history.shown == 1, window.history.shown
"""

PEAK = """
# The peak resident memory of this process since it started, in KiB. Not ru_maxrss: Linux keeps
# that across exec, so a child started by a large process would report the parent's peak.
with open("/proc/self/status", encoding="ascii") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def run_python(code: str, *arguments: str) -> str:
    """Run ``code`` in a fresh ``python``, with bytecode caching on (as an installed program has it;
    the first run writes the caches)."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=600,
        env=environment,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    return done.stdout


def bench_start() -> tuple[float, float, str]:
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder:
        settings = str(Path(folder) / "settings.ini")
        case = str(ROOT / "assets" / "example.ecomap")
        run_python(EDITOR, case, settings)  # the first runs write the bytecode caches and warm the disk cache
        run_python(BARE)
        editor = fastest(lambda: run_python(EDITOR, case, settings), 5)
        bare = fastest(lambda: run_python(BARE), 5)
    return editor, bare, "ok" if editor / bare <= 1.5 else "MISSED"


def bench_memory() -> tuple[float, float, str]:
    import run  # benchmarks/run.py: the 500-version case of the ``open`` benchmark

    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder:
        case = Path(folder) / "history.ecomap"
        run.build_case(case, 500)
        settings = str(Path(folder) / "settings.ini")
        editor = EDITOR.replace("window.case.close()", STEP_THROUGH + "window.case.close()") + PEAK
        peak = int(run_python(editor, str(case), settings).split()[-1]) * 1024
        bare = int(run_python(BARE + PEAK).split()[-1]) * 1024
    return peak, bare, "ok" if peak < 300 * 1024 * 1024 else "MISSED"


BENCHMARKS: dict[str, Callable[[], tuple[float, float, str]]] = {"start": bench_start, "memory": bench_memory}


def main(names: list[str]) -> int:
    missed = 0
    print(f"{'benchmark':<10}{'ecomap':>12}{'floor':>12}{'ratio':>8}  target")
    for name in names or list(BENCHMARKS):
        measured, floor, verdict = BENCHMARKS[name]()
        missed += verdict != "ok"
        if name == "memory":
            print(f"{name:<10}{measured / 2**20:>10.0f}MB{floor / 2**20:>10.0f}MB{measured / floor:>8.2f}  {verdict}")
        else:
            print(f"{name:<10}{measured * 1000:>10.0f}ms{floor * 1000:>10.0f}ms{measured / floor:>8.2f}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
