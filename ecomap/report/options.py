"""What a PDF summary should hold and how it is printed: the options the CLI and the editor pass in.

Light on purpose: importing this module (or :mod:`ecomap.report`) loads
neither reportlab nor networkx, so the editor can offer the export without
paying for them at start-up.
"""

from dataclasses import dataclass
from enum import StrEnum

from ecomap.errors import EcomapError
from ecomap.language import translate

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"
"""The protective marking printed at the top and bottom of every page unless told otherwise (in the
summary's language: :func:`printed_marking`)."""

MAX_MARKING_LENGTH = 60


class Paper(StrEnum):
    """The paper sizes a summary can be printed on."""

    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """How to make a summary.

    - ``versions``: the version numbers to include (1 is the first saved),
      in any order, duplicates ignored; ``None`` for all of them;
    - ``pseudonymise``: initials or roles instead of names everywhere, no
      notes unless ``keep_notes``, and the case reference replaced by its
      stable pseudonym ("Case 3F9A2C1D") unless ``keep_reference``;
    - ``marking``: the protective marking on every page, "" for none;
    - ``paper``: A4 (the default) or US Letter;
    - ``invariant``: byte-identical output for the same input (reportlab's
      invariant mode; the "generated" date becomes ``generated_on`` or, if
      that is not given, the date of the latest version included);
    - ``generated_on``: the date (YYYY-MM-DD) printed as the day the summary
      was made; today if not given.
    """

    versions: tuple[int, ...] | None = None
    pseudonymise: bool = False
    keep_notes: bool = False
    keep_reference: bool = False
    marking: str = DEFAULT_MARKING
    paper: Paper = Paper.A4
    invariant: bool = False
    generated_on: str | None = None


class ReportError(EcomapError):
    """A summary that cannot be made as asked; nothing was written.

    ``str()`` is one line naming the output file and the problem.
    """


def check_marking(marking: str) -> str:
    """``marking`` on one line, or a :class:`ReportError` if it cannot be printed as a marking."""
    flat = " ".join(marking.split())
    if len(flat) > MAX_MARKING_LENGTH:
        said = translate("PdfExport", "the protective marking is longer than {limit} characters")
        raise ReportError(None, said.format(limit=MAX_MARKING_LENGTH))
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in flat):
        said = translate("PdfExport", "the protective marking holds characters that cannot be printed")
        raise ReportError(None, said)
    return flat


def printed_marking(marking: str) -> str:
    """The marking as the pages print it: the default one in the summary's language, any other as given."""
    if marking == DEFAULT_MARKING:
        return translate("PdfFurniture", "OFFICIAL-SENSITIVE", "the default protective marking")
    return marking
