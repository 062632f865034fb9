"""The README's promises: its commands are the ones CI runs, its files exist."""

import re

from tests.conftest import ROOT, run_editor_briefly

README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_two_commands_and_ci_runs_the_second_verbatim() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()
    assert "export QT_QPA_PLATFORM=offscreen" in ci


def test_the_first_command_opens_the_bundled_example_case() -> None:
    install_and_open = quick_start_commands()[0]
    case = install_and_open.rsplit(" ", 1)[1]
    assert (ROOT / case).is_file()
    editor = run_editor_briefly(ROOT / case)
    editor.assert_came_up_on(ROOT / case)  # running, idle in its window (no message box), on the example
    assert "Traceback" not in editor.stderr
    assert "ecomap:" not in editor.stderr  # no error or warning of ours (Qt's offscreen plugin may chat)


def test_the_published_schema_is_the_one_import_validates_against() -> None:
    published = (ROOT / "docs" / "ecomap-format-1.schema.json").read_text(encoding="utf-8")
    used = (ROOT / "ecomap" / "interchange" / "ecomap-format-1.schema.json").read_text(encoding="utf-8")
    assert published == used


def test_documents_the_readme_links_to_exist() -> None:
    for link in re.findall(r"\]\(([^)#]+)\)", README):
        if not link.startswith("http"):
            assert (ROOT / link).exists(), link
