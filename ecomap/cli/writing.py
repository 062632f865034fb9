"""The commands that write files: ``import`` (into a case), ``export`` and ``screenshot`` (out of one).

Pictures (``export`` to .png or .svg, and ``screenshot``) are drawn through
Qt, imported from ``ecomap.ui`` only when one is asked for; every other
format is written without it. The PDF summary comes from ``ecomap.report``
(reportlab, no Qt).
"""

import argparse
import importlib
import os
import sys
from pathlib import Path
from types import ModuleType

from ecomap.atomic import write_atomic
from ecomap.casefile import CaseFile
from ecomap.cli.passphrases import open_case, passphrase
from ecomap.errors import InputError
from ecomap.interchange.csv_export import case_to_csv
from ecomap.interchange.ecomap_json import case_to_document, document_bytes
from ecomap.interchange.graphml import case_to_graphml
from ecomap.interchange.reader import merge_details, read_case, unstorable
from ecomap.model.case import Case, CaseDetails
from ecomap.model.errors import ModelError
from ecomap.model.pseudonymise import pseudonymise_case

DATA_FORMATS = (".json", ".graphml", ".csv")
IMAGE_FORMATS = (".png", ".svg")
EXPORT_FORMATS = (".pdf", *DATA_FORMATS, *IMAGE_FORMATS)


def run_import(args: argparse.Namespace) -> int:
    target = Path(args.output)
    if target.is_dir():
        raise InputError(target, "is a folder; give the case file's name, e.g. client.ecomap")
    if not target.parent.is_dir():
        raise InputError(target, "its folder does not exist")
    if any(_is_same_file(source, target) for source in args.sources):
        raise InputError(target, "is one of the files being imported")
    loaded = [(source, *read_case(source, args.mapping)) for source in args.sources]
    exists = os.path.lexists(target)
    case = open_case(args, str(target), writable=True) if exists else None
    try:
        details = case.details if case else CaseDetails()
        versions = []
        for source, imported, _format in loaded:
            details = merge_details(details, imported.details, source)
            versions.extend(imported.versions)
        try:
            if case is None:
                CaseFile.create(target, details, versions, passphrase=passphrase(args)).close()
                total = len(versions)
            else:
                case.append_versions(versions, details=details)
                total = case.version_count
        except ModelError as error:
            raise unstorable(target, error) from None
    finally:
        if case is not None:
            case.close()
    for source, imported, format_name in loaded:
        count = len(imported.versions)
        print(f"{source}: imported {count} version{'s' if count != 1 else ''} ({format_name})")
    print(f"{target}: {'now has' if exists else 'created with'} {total} version{'s' if total != 1 else ''}")
    return 0


def _is_same_file(a: str | os.PathLike[str], b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def run_export(args: argparse.Namespace) -> int:
    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        known = ", ".join(EXPORT_FORMATS)
        raise InputError(output, f"unknown export format {suffix or '(no extension)'!r}; use {known}")
    check_output(args.case, output)
    if suffix != ".pdf" and (args.marking is not None or args.paper is not None or args.invariant):
        raise InputError(output, "--marking, --paper and --invariant are for a PDF summary (OUT ending in .pdf)")
    if suffix not in IMAGE_FORMATS and args.caption:
        raise InputError(output, "--caption is for a picture of the map (OUT ending in .png or .svg)")
    if suffix == ".pdf":
        return _export_pdf(args, output)
    if suffix in IMAGE_FORMATS:
        return _export_image(args, output)
    with open_case(args) as case_file:
        numbers = args.versions or list(range(1, case_file.version_count + 1))
        for number in numbers:
            case_file.resolve_number(number)
        case = case_file.case(numbers)
    if args.pseudonymise:
        case = pseudonymise_case(case, keep_notes=args.keep_notes, keep_reference=args.keep_reference)
    write_atomic(output, _encode(case, suffix, numbers))
    count = len(case.versions)
    print(
        f"{output}: wrote {count} version{'s' if count != 1 else ''}"
        + (" (pseudonymised)" if args.pseudonymise else "")
    )
    return 0


def check_output(case: str, output: Path) -> None:
    if output.is_dir():
        raise InputError(output, "is a folder")
    if not output.parent.is_dir():
        raise InputError(output, "its folder does not exist")
    if _is_same_file(case, output):
        raise InputError(output, "is the case file itself; choose another name")


def _export_pdf(args: argparse.Namespace, output: Path) -> int:
    """``export CASE -o OUT.pdf``: the summary for the case file (design §11), without Qt."""
    from ecomap.report import DEFAULT_MARKING, Paper, ReportOptions, export_pdf

    with open_case(args) as case_file:
        for number in args.versions or []:
            case_file.resolve_number(number)
        if not args.versions:
            case_file.resolve_number(None)
        case = case_file.case()
    options = ReportOptions(
        versions=tuple(args.versions) if args.versions else None,
        pseudonymise=args.pseudonymise,
        keep_notes=args.keep_notes,
        keep_reference=args.keep_reference,
        marking=DEFAULT_MARKING if args.marking is None else args.marking,
        paper=Paper(args.paper or Paper.A4),
        invariant=args.invariant,
    )
    export_pdf(case, output, options, warn=lambda text: print(f"ecomap: warning: {output}: {text}", file=sys.stderr))
    numbers = sorted(set(args.versions or range(1, len(case.versions) + 1)))
    shown = ", ".join(map(str, numbers)) if len(numbers) <= 6 else f"{numbers[0]} to {numbers[-1]}"
    print(
        f"{output}: wrote a summary of {len(numbers)} version{'s' if len(numbers) != 1 else ''} ({shown})"
        + (" (pseudonymised)" if args.pseudonymise else "")
    )
    return 0


def _export_image(args: argparse.Namespace, output: Path) -> int:
    """``export CASE -o MAP.png|.svg``: one version's map with its legend."""
    if args.versions and len(args.versions) > 1:
        raise InputError(output, "a picture shows one version; choose one, e.g. --versions 2")
    with open_case(args) as case_file:
        number = case_file.resolve_number(args.versions[0] if args.versions else None)
        case = case_file.case([number])
    if args.pseudonymise:
        case = pseudonymise_case(case, keep_notes=args.keep_notes, keep_reference=args.keep_reference)
    version = case.versions[0]
    drawing = _qt(output, "ecomap.ui.image_export")
    title = version.label or f"Version {number}"
    caption = drawing.map_caption(title, version.date, case.details.reference) if args.caption else ""
    drawing.export_map_image(version.map, output, caption=caption)
    print(
        f"{output}: drew version {number} ({version.label or 'no label'}, {version.date})"
        + (" (pseudonymised)" if args.pseudonymise else "")
    )
    return 0


def run_screenshot(args: argparse.Namespace) -> int:
    """``screenshot CASE -o OUT.png [--version N | --compare A B] [--size WxH] [--text-size SCALE]``: the editor
    window as a person would see it."""
    output = Path(args.output)
    if output.suffix.lower() != ".png":
        raise InputError(output, "a screenshot is written as PNG; give a name ending in .png")
    check_output(args.case, output)
    with open_case(args) as case_file:
        for number in [args.number, *(args.compare or [])]:
            if number is not None:
                case_file.resolve_number(number)
    compare = tuple(args.compare) if args.compare else None
    screenshot = _qt(output, "ecomap.ui.screenshot").screenshot
    screenshot(
        args.case,
        str(output),
        version=args.number,
        compare=compare,
        size=args.size,
        text_size=args.text_size,
        passphrase=passphrase(args),
        store_url=args.store,
    )
    shown = f", version {args.number}" if args.number else ""
    if compare:
        shown = f", comparing version {compare[0]} with version {compare[1]}"
    print(f"{output}: the editor on {args.case}{shown}")
    return 0


def _qt(output: Path, module: str) -> ModuleType:
    """``module`` from ``ecomap.ui``, imported now; without Qt, a clear error."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise InputError(output, f"cannot be drawn: the Qt toolkit (PySide6) could not be loaded ({error})") from None


def _encode(case: Case, suffix: str, numbers: list[int]) -> bytes:
    if suffix == ".json":
        return document_bytes(case_to_document(case))
    if suffix == ".graphml":
        return case_to_graphml(case, numbers)
    return case_to_csv(case, numbers)
