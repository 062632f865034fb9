"""Read any importable file into a case, recognising the format by its content; what importing it may add.

``ecomap import`` and the editor's File > Import… both read through
:func:`read_case`, join case details with :func:`merge_details` and word a
failed store with :func:`unstorable`, so they accept, refuse and say the same.
"""

import os

from ecomap.errors import InputError
from ecomap.interchange.easynwk import case_from_easynwk, looks_like_easynwk
from ecomap.interchange.ecomap_json import case_from_document
from ecomap.interchange.graphml import case_from_graphml, compression_of, looks_like_xml
from ecomap.interchange.network_canvas import case_from_network_canvas, looks_like_network_canvas
from ecomap.interchange.strict_json import parse_json, read_limited
from ecomap.model.case import Case, CaseDetails
from ecomap.model.errors import ModelError

RECOGNISED = "Ecomap JSON, an easyNWK record or GraphML"


def read_case(path: str | os.PathLike[str], mapping: str | os.PathLike[str] | None = None) -> tuple[Case, str]:
    """The case in ``path`` and the name of its format; :class:`InputError` if unreadable.

    ``mapping`` is a Network Canvas mapping file; any other format is refused with one.
    """
    name = os.fspath(path)
    data = read_limited(path)
    if not data.strip():
        raise InputError(name, f"is empty; expected {RECOGNISED}")
    compression = compression_of(data)
    if compression:
        raise InputError(name, f"is {compression}-compressed; decompress it before importing")
    if looks_like_xml(data) and looks_like_network_canvas(data):
        return case_from_network_canvas(data, name, mapping), "Network Canvas GraphML"
    if mapping is not None:
        raise InputError(name, "is not Network Canvas GraphML; a mapping file (--mapping) is for Network Canvas files")
    if looks_like_xml(data):
        return case_from_graphml(data, name), "GraphML"
    document = parse_json(data, name)
    if isinstance(document, dict) and ("format" in document or _has_ecomap_versions(document)):
        return case_from_document(document, name), "Ecomap JSON"
    if looks_like_easynwk(document):
        try:
            return case_from_easynwk(document), "easyNWK"
        except ModelError as error:
            raise InputError(name, str(error)) from None
    raise InputError(name, f"is JSON but not a format Ecomap recognises (expected {RECOGNISED})")


def _has_ecomap_versions(document: dict[str, object]) -> bool:
    versions = document.get("versions")
    return isinstance(versions, list) and any(isinstance(v, dict) and "map" in v for v in versions)


def merge_details(current: CaseDetails, incoming: CaseDetails, source: str | os.PathLike[str]) -> CaseDetails:
    """``current`` with its empty fields filled from ``incoming``.

    A different reference or client name means the file belongs to another
    case: refused, so one client's data never lands in another's case file.
    The message names the references but never a client (design §13: error
    output names files, not clients).
    """
    if current.reference and incoming.reference and not _same(current.reference, incoming.reference):
        raise InputError(
            source,
            f"is for case reference {incoming.reference!r}, but the case is for {current.reference!r}; not imported",
        )
    if current.client and incoming.client and not _same(current.client, incoming.client):
        raise InputError(source, "is for another client (the client's name differs from the case's); not imported")
    return CaseDetails(
        reference=current.reference or incoming.reference,
        client=current.client or incoming.client,
        worker=current.worker or incoming.worker,
        notes=current.notes or incoming.notes,
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def unstorable(target: str | os.PathLike[str], error: ModelError) -> InputError:
    """The :class:`InputError` for imported versions the case file refused (``error`` says why)."""
    return InputError(target, f"the imported versions cannot be stored ({error}); nothing was written")
