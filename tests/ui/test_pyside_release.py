"""Design §10: the PySide6 release in use survives many calls that return nothing.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to ``None`` on
every such call and aborts the interpreter after about 5,000 of them. The
dependency excludes that release; this test catches any release that brings
the fault back.
"""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, QPointF
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

app = QApplication([])
item = QGraphicsRectItem(0, 0, 10, 10)
holder = QObject()
before = sys.getrefcount(None)
for step in range(20_000):
    item.setPos(QPointF(step % 100, step % 50))
    holder.setObjectName("n")
after = sys.getrefcount(None)
print("SURVIVED", before - after)
"""


def test_twenty_thousand_void_qt_calls_do_not_abort_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "SURVIVED" in result.stdout
    lost = int(result.stdout.split("SURVIVED")[1])
    assert lost < 1000, f"{lost} references to None were lost"
