"""The names of the measures of a version, as the PDF's table of measures and ``ecomap metrics`` print them.

One list, so the summary and the command line name each measure the same
way in every language (context "Measures"). Light on purpose: no reportlab,
so the command line can import it for free. The keys are those of
``ecomap metrics --json``, which never change with the language.
"""

from dataclasses import dataclass

from ecomap.language import QT_TRANSLATE_NOOP, translate

INDENT = "  "
"""Before a measure that is part of the one above it (the kinds and strengths of ties)."""


@dataclass(frozen=True, slots=True)
class Measure:
    """One row of the table: its English name, the key of ``metrics --json`` and the part of it, if any."""

    name: str
    key: str
    part: str = ""

    @property
    def label(self) -> str:
        """The row's name in the current language, indented if it is part of the row above."""
        return (INDENT if self.part else "") + translate("Measures", self.name)


MEASURES = (
    Measure(QT_TRANSLATE_NOOP("Measures", "People and places"), "nodes"),
    Measure(QT_TRANSLATE_NOOP("Measures", "Ties"), "ties"),
    Measure(QT_TRANSLATE_NOOP("Measures", "bonding (B)"), "by_capital", "bonding"),
    Measure(QT_TRANSLATE_NOOP("Measures", "bridging (Br)"), "by_capital", "bridging"),
    Measure(QT_TRANSLATE_NOOP("Measures", "linking (L)"), "by_capital", "linking"),
    Measure(QT_TRANSLATE_NOOP("Measures", "strong"), "by_strength", "strong"),
    Measure(QT_TRANSLATE_NOOP("Measures", "moderate"), "by_strength", "moderate"),
    Measure(QT_TRANSLATE_NOOP("Measures", "tenuous"), "by_strength", "tenuous"),
    Measure(QT_TRANSLATE_NOOP("Measures", "Stressful ties"), "stressful"),
    Measure(QT_TRANSLATE_NOOP("Measures", "Areas of life reached"), "domains"),
    Measure(QT_TRANSLATE_NOOP("Measures", "Client's ties"), "client_ties"),
    Measure(QT_TRANSLATE_NOOP("Measures", "Density"), "density"),
    Measure(QT_TRANSLATE_NOOP("Measures", "Effective size"), "effective_size"),
    Measure(QT_TRANSLATE_NOOP("Measures", "Constraint"), "constraint"),
)
"""Every measure, in the order the tables list them."""
FRACTIONS = frozenset({"density", "effective_size", "constraint"})
"""The measures that are not whole numbers (and may be undefined)."""


def version_word() -> str:
    """The heading of the row of version numbers."""
    return translate("Measures", "Version")


def date_word() -> str:
    """The heading of the row of dates."""
    return translate("Measures", "Date")


def measures_explained() -> str:
    """What density, effective size and constraint mean, for the foot of the table."""
    return translate(
        "Measures",
        "Density: the share of all possible ties between the people and places on the map that exist. "
        "Effective size: how many separate groups the client's ties reach (higher means more bridging). "
        "Constraint: how far the client's ties all lead into one close group (lower means a more open network). "
        "A dash means the measure is undefined because the client has no ties.",
    )
