"""The PDF summary for the case file (design §11): reportlab, drawn from the model's geometry, no Qt.

``export_pdf(case, output, options, progress)`` is the whole interface (with
``summary_bytes``, the same PDF in memory, for printing); they and
:class:`ReportOptions` can be imported at no cost, since reportlab and
networkx load only when a summary is made.
"""

from ecomap.report.export import Progress, export_pdf, summary_bytes
from ecomap.report.options import DEFAULT_MARKING, Paper, ReportError, ReportOptions

__all__ = ["DEFAULT_MARKING", "Paper", "Progress", "ReportError", "ReportOptions", "export_pdf", "summary_bytes"]
