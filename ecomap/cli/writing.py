"""The commands that write files: ``import`` (into a case) and ``export`` (out of one)."""

import argparse
import os
from pathlib import Path

from ecomap.atomic import write_atomic
from ecomap.casefile import CaseFile
from ecomap.errors import InputError
from ecomap.interchange.csv_export import case_to_csv
from ecomap.interchange.ecomap_json import case_to_document, document_bytes
from ecomap.interchange.graphml import case_to_graphml
from ecomap.interchange.reader import read_case
from ecomap.model.case import Case, CaseDetails
from ecomap.model.errors import ModelError
from ecomap.model.pseudonymise import pseudonymise_case

EXPORT_FORMATS = (".json", ".graphml", ".csv")
LATER_FORMATS = (".pdf", ".png", ".svg")


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def merge_details(current: CaseDetails, incoming: CaseDetails, source: str) -> CaseDetails:
    """``current`` with its empty fields filled from ``incoming``.

    A different reference or client name means the file belongs to another
    case: refused, so one client's data never lands in another's case file.
    """
    for field, name in (("reference", "case reference"), ("client", "client")):
        mine, theirs = getattr(current, field), getattr(incoming, field)
        if mine and theirs and not _same(mine, theirs):
            raise InputError(source, f"is for {name} {theirs!r}, but the case is for {mine!r}; not imported")
    return CaseDetails(
        reference=current.reference or incoming.reference,
        client=current.client or incoming.client,
        worker=current.worker or incoming.worker,
        notes=current.notes or incoming.notes,
    )


def run_import(args: argparse.Namespace) -> int:
    target = Path(args.output)
    if target.is_dir():
        raise InputError(target, "is a folder; give the case file's name, e.g. client.ecomap")
    if not target.parent.is_dir():
        raise InputError(target, "its folder does not exist")
    if any(_is_same_file(source, target) for source in args.sources):
        raise InputError(target, "is one of the files being imported")
    loaded = [(source, *read_case(source)) for source in args.sources]
    exists = os.path.lexists(target)
    case = CaseFile.open(target, writable=True) if exists else None
    try:
        details = case.details if case else CaseDetails()
        versions = []
        for source, imported, _format in loaded:
            details = merge_details(details, imported.details, source)
            versions.extend(imported.versions)
        try:
            if case is None:
                CaseFile.create(target, details, versions).close()
                total = len(versions)
            else:
                case.append_versions(versions, details=details)
                total = case.version_count
        except ModelError as error:
            raise InputError(target, f"the imported versions cannot be stored ({error}); nothing was written") from None
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
    if suffix in LATER_FORMATS:
        raise InputError(output, f"exporting {suffix} is not available in this version of Ecomap yet")
    if suffix not in EXPORT_FORMATS:
        known = ", ".join(EXPORT_FORMATS)
        raise InputError(output, f"unknown export format {suffix or '(no extension)'!r}; use {known}")
    if output.is_dir():
        raise InputError(output, "is a folder")
    if not output.parent.is_dir():
        raise InputError(output, "its folder does not exist")
    if _is_same_file(args.case, output):
        raise InputError(output, "is the case file itself; choose another name")
    with CaseFile.open(args.case) as case_file:
        numbers = args.versions or list(range(1, case_file.version_count + 1))
        for number in numbers:
            case_file.resolve_number(number)
        case = case_file.case(numbers)
    if args.pseudonymise:
        case = pseudonymise_case(case, keep_notes=args.keep_notes)
    write_atomic(output, _encode(case, suffix, numbers))
    count = len(case.versions)
    print(
        f"{output}: wrote {count} version{'s' if count != 1 else ''}"
        + (" (pseudonymised)" if args.pseudonymise else "")
    )
    return 0


def _encode(case: Case, suffix: str, numbers: list[int]) -> bytes:
    if suffix == ".json":
        return document_bytes(case_to_document(case))
    if suffix == ".graphml":
        return case_to_graphml(case)
    return case_to_csv(case, numbers)
