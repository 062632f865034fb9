"""Tests keep their settings and data in folders of their own, never the user's; so does ``ecomap screenshot``;
and a test can tell an editor that came up on its case from one stuck behind an error message."""

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ecomap.ui.app import name_application
from tests.conftest import EXAMPLE_CASE, OWN_FOLDERS, own_home, run_ecomap, run_editor_briefly

Location = QStandardPaths.StandardLocation


def test_the_test_run_points_every_xdg_folder_at_its_own() -> None:
    home = own_home()
    assert home.is_dir()
    for variable, name in OWN_FOLDERS.items():
        assert os.environ[variable] == str(home / name)


def test_settings_and_standard_paths_land_in_the_test_runs_own_folder() -> None:
    """Whatever a test reaches by accident: the editor's default settings, the folders a file dialog remembers
    (Qt's QtProject.conf), the application's data (recovery files) and every generic location."""
    name_application()  # as the editor does: QSettings() files under Ecomap/Ecomap
    user = Path.home()
    places = {
        "QSettings()": QSettings().fileName(),
        "QSettings('Ecomap', 'Ecomap')": QSettings("Ecomap", "Ecomap").fileName(),
        "QtProject.conf": QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject").fileName(),
    }
    for location in (
        Location.AppDataLocation,
        Location.AppLocalDataLocation,
        Location.AppConfigLocation,
        Location.GenericConfigLocation,
        Location.GenericDataLocation,
        Location.CacheLocation,
        Location.GenericCacheLocation,
        Location.StateLocation,
        Location.GenericStateLocation,
    ):
        places[location.name] = QStandardPaths.writableLocation(location)
    for name, place in places.items():
        assert Path(place).resolve().is_relative_to(own_home()), (name, place)
        for users_own in (user / ".config", user / ".local", user / ".cache"):
            assert not Path(place).resolve().is_relative_to(users_own.resolve()), (name, place)


def test_ecomap_screenshot_neither_reads_nor_writes_the_users_settings(tmp_path: Path) -> None:
    """``ecomap screenshot`` keeps its settings in a temporary folder of its own: with the user's folders empty
    it writes nothing there, and settings found there (a larger text size) change nothing in the picture."""
    cases = tmp_path / "cases"
    cases.mkdir()
    case = cases / "example.ecomap"
    shutil.copyfile(EXAMPLE_CASE, case)

    def screenshot(home: Path) -> bytes:
        out = tmp_path / f"{home.name}.png"
        folders = {"XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
        result = run_ecomap("screenshot", case, "-o", out, environment={**folders, "QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        return out.read_bytes()

    empty = tmp_path / "empty"
    empty.mkdir()
    plain = screenshot(empty)
    assert sorted(empty.rglob("*")) == []
    used = tmp_path / "used"
    settings_file = used / "config" / "Ecomap" / "Ecomap.conf"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[General]\ntext_scale_index=4\n", encoding="utf-8")
    assert screenshot(used) == plain
    assert sorted(used.rglob("*")) == [used / "config", settings_file.parent, settings_file]
    assert settings_file.read_text(encoding="utf-8") == "[General]\ntext_scale_index=4\n"
    assert sorted(os.listdir(cases)) == ["example.ecomap"]


def test_an_editor_stuck_behind_an_error_message_has_not_come_up(tmp_path: Path) -> None:
    """What the editor helper's callers rely on: an editor still running, but waiting on a message box
    ("The case could not be opened"), is told apart from one that came up on its case."""
    broken = tmp_path / "broken.ecomap"
    broken.write_bytes(b"not a case file")
    stuck = run_editor_briefly(broken, home=tmp_path / "home")
    assert stuck.status is None, stuck.stderr  # still running: alive is not enough
    assert stuck.stack, stuck.stderr
    assert not stuck.waiting_in_event_loop, stuck.stack
    assert stuck.recent_files == ()
    case = tmp_path / "example.ecomap"
    shutil.copyfile(EXAMPLE_CASE, case)
    up = run_editor_briefly(case, home=tmp_path / "home")
    up.assert_came_up_on(case)
