"""Build Ecomap's one-folder program with PyInstaller: ``python packaging/build.py`` makes dist/Ecomap/.

The folder holds the program ``Ecomap`` (``Ecomap.exe`` on Windows), which takes the same arguments
as ``ecomap``; Python, Qt and every library it needs in ``_internal``; the example case
(``example.ecomap``); and ``licences/`` with the licence of everything bundled and an index,
``LICENCES.md``. ``--dist`` and ``--work`` choose where the folder and PyInstaller's scratch files
go (default ``dist`` and ``build`` beside this folder). Run it with the Python that has Ecomap and
PyInstaller installed (``.venv/bin/python packaging/build.py``).
"""

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "ecomap.spec"
OWN_LICENCES = ROOT / "packaging" / "licences"

# What the folder bundles, with its licence and where the text comes from: a distribution's own
# licence files (read from its installed metadata), or a file kept in packaging/licences (when the
# wheel ships none: PySide6's wheels name LGPL-3.0 but carry no text; sqlcipher3's carries only
# pysqlite's zlib-style licence, not SQLCipher's or OpenSSL's).
BUNDLED: list[tuple[str, str, str, list[str]]] = [
    # (name, what it is, licence, files kept in packaging/licences)
    ("PySide6_Essentials", "Qt 6 and its Python binding (Qt for Python)", "LGPL-3.0", ["LGPL-3.0.txt", "GPL-3.0.txt"]),
    ("shiboken6", "Qt for Python's binding runtime", "LGPL-3.0", ["LGPL-3.0.txt", "GPL-3.0.txt"]),
    ("reportlab", "the PDF summary", "BSD-3-Clause", []),
    ("rl_accel", "reportlab's C accelerator", "BSD-3-Clause", []),
    ("networkx", "layout and graph measures, GraphML", "BSD-3-Clause", []),
    ("numpy", "networkx's spring layout", "BSD-3-Clause and others", []),
    ("pillow", "reportlab's image support", "MIT-CMU", []),
    ("defusedxml", "safe XML parsing", "PSF-2.0", []),
    ("fastjsonschema", "interchange JSON validation", "BSD-3-Clause", []),
    ("pypdfium2", "printing the PDF summary (PDFium)", "Apache-2.0 or BSD-3-Clause, and PDFium's", []),
    (
        "sqlcipher3",
        "case files: SQLCipher 4 (BSD-style) with OpenSSL built in (Apache-2.0)",
        "zlib (pysqlite), BSD-3-Clause (SQLCipher), Apache-2.0 (OpenSSL)",
        ["SQLCipher.txt", "Apache-2.0.txt"],
    ),
    ("psycopg", "the team store's PostgreSQL driver", "LGPL-3.0", []),
    (
        "psycopg-binary",
        "psycopg's C part, with libpq (PostgreSQL licence), OpenSSL, Kerberos, OpenLDAP and Cyrus SASL",
        # The wheel carries no texts for the libraries it vendors in psycopg_binary.libs: they are
        # kept here, from Debian's copyright files for the same libraries.
        "LGPL-3.0; libpq: PostgreSQL; OpenSSL: Apache-2.0; Kerberos and com_err: MIT; OpenLDAP-2.8;"
        " Cyrus SASL: BSD-Attribution; keyutils and libxcrypt: LGPL-2.1+",
        [
            "libpq-PostgreSQL.txt",
            "Apache-2.0.txt",
            "Kerberos-MIT.txt",
            "com_err-e2fsprogs.txt",
            "OpenLDAP.txt",
            "Cyrus-SASL.txt",
            "keyutils.txt",
            "libxcrypt.txt",
            "LGPL-2.1.txt",
        ],
    ),
]


def licence_files(distribution: str) -> list[Path]:
    """The licence files an installed distribution ships in its metadata (none if it is not installed)."""
    try:
        found = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return []
    files = [Path(str(found.locate_file(entry))) for entry in found.files or []]
    wanted = ("licen", "copying", "notice", "authors")
    in_metadata = [path for path in files if ".dist-info" in str(path) and any(w in path.name.lower() for w in wanted)]
    in_licences = [path for path in files if ".dist-info" in str(path) and "licenses" in path.parts]
    return sorted({path for path in in_metadata + in_licences if path.is_file()})


def system_libraries(internal: Path) -> dict[str, list[str]]:
    """On Debian and its kin, the system packages whose libraries PyInstaller copied from this
    machine into ``internal`` (by package, the file names), read off dpkg's file lists."""
    info = Path("/var/lib/dpkg/info")
    wanted = {
        path.name
        for path in internal.glob("lib*.so*")
        if path.is_file() and not path.is_symlink() and not path.name.startswith("libpython")  # Python's own
    }
    found: dict[str, list[str]] = {}
    for listing in sorted(info.glob("*.list")) if info.is_dir() else []:
        names = {Path(line).name for line in listing.read_text(encoding="utf-8", errors="replace").splitlines()}
        if names & wanted:
            found[listing.stem.split(":")[0]] = sorted(names & wanted)
    return found


def write_licences(folder: Path) -> None:
    """Copy every bundled part's licence texts into ``folder`` and write its index, LICENCES.md."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Licences of what this folder bundles",
        "",
        "Ecomap itself is MIT-licensed. The program bundles the parts below; each one's licence texts",
        "are in the folder named after it. Qt is used under the LGPL-3.0: its libraries are the",
        "separate files in `_internal/PySide6/Qt/lib` and may be replaced by a user's own build.",
        "",
        "| Part | What for | Licence | Texts |",
        "| --- | --- | --- | --- |",
    ]
    for name, role, licence, own in BUNDLED:
        target = folder / name
        texts: list[str] = []
        for path in licence_files(name):
            destination = target / path.name
            if destination.exists():  # the same name twice (numpy's LICENSE.md files): keep the path
                destination = target / "-".join(path.parts[-3:])
            target.mkdir(exist_ok=True)
            shutil.copyfile(path, destination)
            texts.append(destination.name)
        for file_name in own:
            target.mkdir(exist_ok=True)
            shutil.copyfile(OWN_LICENCES / file_name, target / file_name)
            texts.append(file_name)
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "not installed"
        listed = ", ".join(f"`{name}/{text}`" for text in texts) or "(none found)"
        lines.append(f"| {name} {version} | {role} | {licence} | {listed} |")
    fonts = ROOT / "assets" / "fonts" / "LICENSE-DejaVu.txt"
    (folder / "DejaVu").mkdir(exist_ok=True)
    shutil.copyfile(fonts, folder / "DejaVu" / fonts.name)
    lines.append(f"| DejaVu Sans | the PDF's and the map's font | Bitstream Vera / DejaVu | `DejaVu/{fonts.name}` |")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        (folder / "Python").mkdir(exist_ok=True)
        shutil.copyfile(python_licence, folder / "Python" / "LICENSE.txt")
    version = ".".join(map(str, sys.version_info[:3]))
    lines.append(f"| Python {version} | the interpreter | PSF-2.0 | `Python/LICENSE.txt` |")
    packages = system_libraries(folder.parent / "_internal")
    if packages:
        (folder / "system").mkdir(exist_ok=True)
        lines += [
            "",
            "## System libraries",
            "",
            "Copied from the Debian or Ubuntu system the folder was built on, with their packages'",
            "copyright files (`system/PACKAGE.copyright`):",
            "",
        ]
        for package, files in packages.items():
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            if copyright_file.is_file():
                shutil.copyfile(copyright_file, folder / "system" / f"{package}.copyright")
            lines.append(f"- {package}: {', '.join(files)}")
    lines += [
        "",
        "The program's start-up code is PyInstaller's bootloader (GPL-2.0 with an exception that",
        "allows distributing programs built with it under any licence).",
        "",
    ]
    (folder / "LICENCES.md").write_text("\n".join(lines), encoding="utf-8")


def folder_size(folder: Path) -> int:
    """The bytes of every file under ``folder``."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def strip_debug_symbols(internal: Path) -> None:
    """On Linux, drop debug symbols from libpython, Python's own and the Qt bindings' extensions and
    sqlcipher3 (together about 35 MB). Not PyInstaller's ``strip`` option: it strips every library,
    and the wheels' vendored ones (``numpy.libs``: OpenBLAS) then fail to load."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return
    files = [path for path in internal.glob("libpython*.so*") if path.is_file()]
    for part in ("PySide6", "shiboken6", "sqlcipher3", f"python{sys.version_info[0]}.{sys.version_info[1]}"):
        files += [path for path in (internal / part).rglob("*.so*") if path.is_file() and not path.is_symlink()]
    subprocess.run([strip, "--strip-debug", *map(str, files)], check=True)


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec, then add the example case and the licences; the folder built."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    folder = dist / "Ecomap"
    if os.environ.get("ECOMAP_NO_TRIM") is None:
        strip_debug_symbols(folder / "_internal")
    shutil.copyfile(ROOT / "assets" / "example.ecomap", folder / "example.ecomap")
    write_licences(folder / "licences")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description="Build dist/Ecomap/, Ecomap as one folder (PyInstaller).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the Ecomap folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch folder")
    arguments = parser.parse_args()
    if importlib.util.find_spec("PyInstaller") is None:
        print("build.py: PyInstaller is not installed for this Python; run it with the venv's", file=sys.stderr)
        print("(.venv/bin/pip install -e '.[test]' && .venv/bin/python packaging/build.py)", file=sys.stderr)
        return 2
    folder = build(arguments.dist.resolve(), arguments.work.resolve())
    program = folder / ("Ecomap.exe" if sys.platform == "win32" else "Ecomap")
    print(f"built {program} ({folder_size(folder) / 1e6:.0f} MB in {folder})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
