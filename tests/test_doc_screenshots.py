"""The README's pictures of the editor can be drawn again: ``tools/doc_screenshots.py`` runs and draws them all."""

import os
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PICTURES = ("case-details", "import", "guide", "session-mode", "small-screen-largest-text", "plan-panel")
PASSPHRASE_PICTURES = ("new-protected-case", "open-protected-case", "change-passphrase")
"""The passphrase dialogs of the README's section on protected cases (smaller than a window)."""


def test_the_tool_draws_every_picture_the_readme_shows(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "doc_screenshots.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in PICTURES:
        assert f"(docs/images/{name}.png)" in readme
        data = (tmp_path / f"{name}.png").read_bytes()
        width, height = struct.unpack(">II", data[16:24])
        assert width >= 300
        assert height >= 200
    for name in PASSPHRASE_PICTURES:
        assert f"(docs/images/{name}.png)" in readme
        data = (tmp_path / f"{name}.png").read_bytes()
        width, height = struct.unpack(">II", data[16:24])
        assert width >= 400
        assert height >= 120
    small = (tmp_path / "small-screen-largest-text.png").read_bytes()
    assert struct.unpack(">II", small[16:24]) == (1024, 600)
