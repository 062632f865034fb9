"""The commands that write files: ``import`` (into a case), ``export`` and ``screenshot`` (out of one).

Pictures (``export`` to .png or .svg, and ``screenshot``) are drawn through
Qt, imported from ``ecomap.ui`` only when one is asked for; every other
format is written without it. The PDF summary comes from ``ecomap.report``
(reportlab, no Qt). What they print for people is in the user's language; the
files they write are the same whatever the language (a PDF summary is made in
it, as the editor makes one).
"""

import argparse
import importlib
import os
from pathlib import Path
from types import ModuleType

from ecomap.atomic import write_atomic
from ecomap.casefile import CaseFile
from ecomap.cli.output import warn
from ecomap.cli.passphrases import open_case, passphrase
from ecomap.errors import InputError
from ecomap.interchange.csv_export import case_to_csv
from ecomap.interchange.ecomap_json import case_to_document, document_bytes
from ecomap.interchange.graphml import case_to_graphml
from ecomap.interchange.reader import merge_details, read_case, unstorable
from ecomap.language import translate
from ecomap.model.case import Case, CaseDetails
from ecomap.model.errors import ModelError
from ecomap.model.pseudonymise import pseudonymise_case

DATA_FORMATS = (".json", ".graphml", ".csv")
IMAGE_FORMATS = (".png", ".svg")
EXPORT_FORMATS = (".pdf", *DATA_FORMATS, *IMAGE_FORMATS)


def run_import(args: argparse.Namespace) -> int:
    target = Path(args.output)
    if target.is_dir():
        raise InputError(target, translate("CliWriting", "is a folder; give the case file's name, e.g. client.ecomap"))
    if not target.parent.is_dir():
        raise InputError(target, translate("CliWriting", "its folder does not exist"))
    if any(_is_same_file(source, target) for source in args.sources):
        raise InputError(target, translate("CliWriting", "is one of the files being imported"))
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
        said = translate("CliWriting", "{source}: imported %n version(s) ({format})", None, count)
        print(said.format(source=source, format=format_name))
    if exists:
        said = translate("CliWriting", "{case}: now has %n version(s)", None, total)
    else:
        said = translate("CliWriting", "{case}: created with %n version(s)", None, total)
    print(said.format(case=target))
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
        said = translate("CliWriting", "unknown export format {format}; use {known}")
        shown = repr(suffix) if suffix else repr(translate("CliWriting", "(no extension)"))
        raise InputError(output, said.format(format=shown, known=", ".join(EXPORT_FORMATS)))
    check_output(args.case, output)
    if suffix != ".pdf" and (args.marking is not None or args.paper is not None or args.invariant):
        said = translate("CliWriting", "--marking, --paper and --invariant are for a PDF summary (OUT ending in .pdf)")
        raise InputError(output, said)
    if suffix not in IMAGE_FORMATS and args.caption:
        said = translate("CliWriting", "--caption is for a picture of the map (OUT ending in .png or .svg)")
        raise InputError(output, said)
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
    if args.pseudonymise:
        said = translate("CliWriting", "{output}: wrote %n version(s) (pseudonymised)", None, count)
    else:
        said = translate("CliWriting", "{output}: wrote %n version(s)", None, count)
    print(said.format(output=output))
    return 0


def check_output(case: str, output: Path) -> None:
    if output.is_dir():
        raise InputError(output, translate("CliWriting", "is a folder"))
    if not output.parent.is_dir():
        raise InputError(output, translate("CliWriting", "its folder does not exist"))
    if _is_same_file(case, output):
        raise InputError(output, translate("CliWriting", "is the case file itself; choose another name"))


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
    export_pdf(case, output, options, warn=lambda text: warn(output, text))
    numbers = sorted(set(args.versions or range(1, len(case.versions) + 1)))
    if len(numbers) <= 6:
        shown = ", ".join(map(str, numbers))
    else:
        shown = translate("CliWriting", "{first} to {last}").format(first=numbers[0], last=numbers[-1])
    count = len(numbers)
    if args.pseudonymise:
        said = translate(
            "CliWriting", "{output}: wrote a summary of %n version(s) ({numbers}) (pseudonymised)", None, count
        )
    else:
        said = translate("CliWriting", "{output}: wrote a summary of %n version(s) ({numbers})", None, count)
    print(said.format(output=output, numbers=shown))
    return 0


def _export_image(args: argparse.Namespace, output: Path) -> int:
    """``export CASE -o MAP.png|.svg``: one version's map with its legend."""
    if args.versions and len(args.versions) > 1:
        said = translate("CliWriting", "a picture shows one version; choose one, e.g. --versions 2")
        raise InputError(output, said)
    with open_case(args) as case_file:
        number = case_file.resolve_number(args.versions[0] if args.versions else None)
        case = case_file.case([number])
    if args.pseudonymise:
        case = pseudonymise_case(case, keep_notes=args.keep_notes, keep_reference=args.keep_reference)
    version = case.versions[0]
    drawing = _qt(output, "ecomap.ui.image_export")
    title = version.label or translate("CliWriting", "Version {number}").format(number=number)
    caption = drawing.map_caption(title, version.date, case.details.reference) if args.caption else ""
    drawing.export_map_image(version.map, output, caption=caption)
    if args.pseudonymise:
        said = translate("CliWriting", "{output}: drew version {number} ({label}, {date}) (pseudonymised)")
    else:
        said = translate("CliWriting", "{output}: drew version {number} ({label}, {date})")
    label = version.label or translate("CliWriting", "no label")
    print(said.format(output=output, number=number, label=label, date=version.date))
    return 0


def run_screenshot(args: argparse.Namespace) -> int:
    """``screenshot CASE -o OUT.png [--version N | --compare A B] [--size WxH] [--text-size SCALE]``: the editor
    window as a person would see it."""
    output = Path(args.output)
    if output.suffix.lower() != ".png":
        raise InputError(output, translate("CliWriting", "a screenshot is written as PNG; give a name ending in .png"))
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
    if compare:
        said = translate(
            "CliWriting", "{output}: the editor on {case}, comparing version {first} with version {second}"
        )
    elif args.number:
        said = translate("CliWriting", "{output}: the editor on {case}, version {number}")
    else:
        said = translate("CliWriting", "{output}: the editor on {case}")
    first, second = compare or (None, None)
    print(said.format(output=output, case=args.case, number=args.number, first=first, second=second))
    return 0


def _qt(output: Path, module: str) -> ModuleType:
    """``module`` from ``ecomap.ui``, imported now; without Qt, a clear error."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        said = translate("CliWriting", "cannot be drawn: the Qt toolkit (PySide6) could not be loaded ({error})")
        raise InputError(output, said.format(error=error)) from None


def _encode(case: Case, suffix: str, numbers: list[int]) -> bytes:
    if suffix == ".json":
        return document_bytes(case_to_document(case))
    if suffix == ".graphml":
        return case_to_graphml(case, numbers)
    return case_to_csv(case, numbers)
