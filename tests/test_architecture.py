"""The architecture rules of design §3, checked on the code itself."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAM_JSON

PACKAGE = ROOT / "ecomap"
QT_MODULES = ("PySide6", "shiboken6")
MAX_MODULE_LINES = 400


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def imported_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level:
            names.add("." * node.level + (node.module or ""))
    return names


def test_nothing_outside_ecomap_ui_imports_qt() -> None:
    offenders = []
    for path in modules():
        if (PACKAGE / "ui") in path.parents:
            continue
        for name in imported_names(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_imports_are_absolute() -> None:
    relative = [
        f"{path.relative_to(ROOT)}: {name}" for path in modules() for name in imported_names(path) if name[0] == "."
    ]
    assert relative == []


def test_modules_are_small_and_say_what_they_are() -> None:
    for path in modules():
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= MAX_MODULE_LINES, f"{path} is longer than {MAX_MODULE_LINES} lines"
        docstring = ast.get_docstring(ast.parse(text))
        assert docstring, f"{path} has no module docstring"
        first = docstring.splitlines()[0]
        assert first.endswith((".", ":")), f"{path}: first docstring line is not a sentence: {first!r}"


BLOCK_QT = (
    "import sys\n"
    "for name in ('PySide6', 'shiboken6'): sys.modules[name] = None\n"
    "from ecomap.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "heavy = sorted(m for m in ('networkx', 'reportlab', 'fastjsonschema') if m in sys.modules)\n"
    "print('LOADED', ','.join(heavy))\n"
    "sys.exit(code)\n"
)


def run_without_qt(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *map(str, args)], capture_output=True, text=True, check=False, timeout=60
    )


@pytest.fixture(scope="module")
def qtless_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    case = tmp_path_factory.mktemp("headless") / "sam.ecomap"
    result = run_without_qt("import", SAM_JSON, "-o", case)
    assert result.returncode == 0, result.stderr
    return case


@pytest.mark.parametrize(
    ("args", "may_load"),
    [
        (["versions", "{case}", "--json"], set()),
        (["show", "{case}", "--json"], set()),
        (["diff", "{case}", "1", "2", "--json"], set()),
        (["check", "{case}"], set()),
        (["arrange", "{case}", "--json"], set()),
        (["arrange", "{case}", "--keep"], set()),
        (["metrics", "{case}", "--json"], {"networkx"}),
        (["plan", "{case}", "--json"], set()),
        (["prompts", "{case}", "--json"], set()),
        (["plan", "{case}", "-o", "{dir}/plan.csv"], set()),
        (["export", "{case}", "-o", "{dir}/out.json"], set()),
        (["export", "{case}", "-o", "{dir}/out.csv"], set()),
        (["export", "{case}", "-o", "{dir}/out.graphml"], {"networkx"}),
    ],
)
def test_headless_verbs_run_without_qt_and_load_heavy_libraries_only_when_used(
    qtless_case: Path, args: list[str], may_load: set[str]
) -> None:
    filled = [a.format(case=qtless_case, dir=qtless_case.parent) for a in args]
    result = run_without_qt(*filled)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.rsplit("LOADED", 1)[1].strip().split(",")) - {""}
    assert loaded <= may_load


def test_import_loads_the_schema_validator_but_not_graph_libraries(tmp_path: Path) -> None:
    result = run_without_qt("import", SAM_JSON, "-o", tmp_path / "x.ecomap")
    assert result.returncode == 0, result.stderr
    assert result.stdout.rsplit("LOADED", 1)[1].split() == ["fastjsonschema"]


WINDOW_BUILDERS = {"main_window", "window_handlers", "app", "screenshot"}
"""The modules of ecomap.ui that may know the main window: the window, its table of handlers, and what builds it."""


def test_the_main_window_contract_covers_every_module_of_the_editor() -> None:
    """The import-linter contract names its source modules one by one (a package as source would hide
    the window inside it): every module or package of ecomap.ui but the window's builders is listed,
    so a new controller cannot slip past it."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    contract = next(c for c in contracts["contracts"] if c.get("forbidden_modules") == ["ecomap.ui.main_window"])
    ui = ROOT / "ecomap" / "ui"
    present = {path.stem for path in ui.glob("*.py") if path.stem != "__init__"}
    present |= {path.name for path in ui.iterdir() if (path / "__init__.py").exists()}
    assert set(contract["source_modules"]) == {f"ecomap.ui.{name}" for name in present - WINDOW_BUILDERS}


def test_no_module_of_the_editor_imports_the_main_window_even_for_typing() -> None:
    """What the contract says, checked on the source itself (a TYPE_CHECKING import counts)."""
    offenders = []
    for path in (ROOT / "ecomap" / "ui").rglob("*.py"):
        if path.parent.name == "ui" and path.stem in WINDOW_BUILDERS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "ecomap.ui.main_window":
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
