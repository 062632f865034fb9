"""Hartman's ecomap notation with social capital added: one source for canvas and PDF.

Strength is line weight and pattern, stress is hatching, flow is arrowheads,
capital is colour (Okabe-Ito, safe for colour-blind readers) and, so that a
greyscale print still tells them apart, a small letter mark on every tie.
All sizes are scene units (one unit prints as one point at 100%). How each
piece is drawn (the greys, the badge, the halo, the order ties stack in, the
legend's entries) is in :mod:`ecomap.model.drawing`.
"""

from ecomap.language import QT_TRANSLATE_NOOP, TranslatedWords, translate
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength

# The words of the notation read out in the current language each time they are looked up
# (``.english(key)`` gives the English, for output that machines read).
_C = "Notation"

CAPITAL_COLOURS: dict[Capital, str] = {
    Capital.BONDING: "#0072B2",
    Capital.BRIDGING: "#009E73",
    Capital.LINKING: "#E69F00",
}
CAPITAL_MARKS: dict[Capital, str] = {Capital.BONDING: "B", Capital.BRIDGING: "Br", Capital.LINKING: "L"}
CAPITAL_NAMES: TranslatedWords[Capital] = TranslatedWords(
    _C,
    {
        Capital.BONDING: QT_TRANSLATE_NOOP("Notation", "Bonding"),
        Capital.BRIDGING: QT_TRANSLATE_NOOP("Notation", "Bridging"),
        Capital.LINKING: QT_TRANSLATE_NOOP("Notation", "Linking"),
    },
)
CAPITAL_NAMES_IN_TEXT: TranslatedWords[Capital] = TranslatedWords(
    _C,
    {
        Capital.BONDING: QT_TRANSLATE_NOOP("Notation", "bonding"),
        Capital.BRIDGING: QT_TRANSLATE_NOOP("Notation", "bridging"),
        Capital.LINKING: QT_TRANSLATE_NOOP("Notation", "linking"),
    },
)
"""Each capital's name inside a sentence ("was bonding, strong"); not ``CAPITAL_NAMES[c].lower()``,
which is wrong for German nouns."""
CAPITAL_MEANINGS: TranslatedWords[Capital] = TranslatedWords(
    _C,
    {
        Capital.BONDING: QT_TRANSLATE_NOOP("Notation", "close ties among similar people"),
        Capital.BRIDGING: QT_TRANSLATE_NOOP("Notation", "ties across groups"),
        Capital.LINKING: QT_TRANSLATE_NOOP("Notation", "ties to institutions and authority"),
    },
)
CAPITAL_EXAMPLES: TranslatedWords[Capital] = TranslatedWords(
    _C,
    {
        Capital.BONDING: QT_TRANSLATE_NOOP("Notation", "close ties among people like them — family, close friends"),
        Capital.BRIDGING: QT_TRANSLATE_NOOP(
            "Notation", "ties across different groups — a recovery café, a sports club, a peer mentor, a workplace"
        ),
        Capital.LINKING: QT_TRANSLATE_NOOP(
            "Notation",
            "ties to people with authority or resources — probation officer, job centre, housing officer, GP",
        ),
    },
)
"""Each kind in one line with examples from practice: the Details panel's tooltips ("Bonding: close ties
among ...") and docs/guide.md, which repeats these lines word for word (a test holds them together)."""

STRENGTH_WIDTHS: dict[Strength, float] = {Strength.STRONG: 5.0, Strength.MODERATE: 2.5, Strength.TENUOUS: 2.5}
STRENGTH_DASHES: dict[Strength, tuple[float, float] | None] = {
    Strength.STRONG: None,
    Strength.MODERATE: None,
    Strength.TENUOUS: (7.0, 5.0),
}
"""Dash and gap lengths in scene units; ``None`` is a solid line."""
STRENGTH_NAMES: TranslatedWords[Strength] = TranslatedWords(
    _C,
    {
        Strength.STRONG: QT_TRANSLATE_NOOP("Notation", "Strong"),
        Strength.MODERATE: QT_TRANSLATE_NOOP("Notation", "Moderate"),
        Strength.TENUOUS: QT_TRANSLATE_NOOP("Notation", "Tenuous"),
    },
)
STRENGTH_NAMES_IN_TEXT: TranslatedWords[Strength] = TranslatedWords(
    _C,
    {
        Strength.STRONG: QT_TRANSLATE_NOOP("Notation", "strong"),
        Strength.MODERATE: QT_TRANSLATE_NOOP("Notation", "moderate"),
        Strength.TENUOUS: QT_TRANSLATE_NOOP("Notation", "tenuous"),
    },
)
"""Each strength inside a sentence ("tenuous → strong")."""

FLOW_NAMES: TranslatedWords[Flow] = TranslatedWords(
    _C,
    {
        Flow.NONE: QT_TRANSLATE_NOOP("Notation", "No flow marked"),
        Flow.TO_TARGET: QT_TRANSLATE_NOOP("Notation", "Flows to the second"),
        Flow.TO_SOURCE: QT_TRANSLATE_NOOP("Notation", "Flows to the first"),
        Flow.BOTH: QT_TRANSLATE_NOOP("Notation", "Flows both ways"),
    },
)
"""A flow without the names of the tie's ends; with them, see :func:`ecomap.model.change_words.flow_explained`."""

HATCH_SPACING = 11.0
"""Distance between the cross-strokes that mark a stressful tie."""
HATCH_HALF_LENGTH = 6.0
"""Each cross-stroke reaches this far either side of the line."""
HATCH_WIDTH = 1.6

ARROW_LENGTH = 13.0
ARROW_HALF_WIDTH = 6.5

MARK_FONT_SIZE = 10.5
MARK_PADDING = 2.0
"""The capital mark sits in a small white box on the tie, where there is room for it."""

FLAG_HEIGHT = 14.0
"""The flag on whatever has an open action of the plan (design §14): its pole's height."""
FLAG_WIDTH = 10.0
"""How far the flag's pennant reaches out from its pole."""
FLAG_PENNANT_HEIGHT = 8.0
"""The pennant's height, from the top of the pole down."""
FLAG_GAP = 3.0
"""A node's flag keeps this far from its edge (a tie's flag stands on the tie's capital mark)."""

TEXT_SCALES = (0.85, 1.0, 1.2, 1.45, 1.75)
"""The text sizes the editor offers (View > Larger text), as factors of the standard size."""

LABEL_FONT_SIZE = 14.0
"""The size of a node's label in scene units (text sizes are in scene units throughout, so the
canvas, pictures and the PDF set a label the same size against its node)."""
LABEL_GAP = 4.0
"""A label keeps this far from its node's edge."""
LABEL_PADDING = 2.0
"""The pale halo behind a label reaches this far beyond its words on the left and right."""
LABEL_MAX_WIDTH = 150.0
"""Labels break into lines no wider than this (times the text size)."""

SECTOR_FONT_SIZE = 12.5
"""The domain names around the rings (bold)."""
RING_NAME_FONT_SIZE = 10.5
""""Close", "Middle" and "Outer", where each ring crosses the top of the map."""
HEADING_GAP = 8.0
"""The domain names keep this far outside the outer ring."""

NODE_RADII: dict[Kind, float] = {
    Kind.CLIENT: 34.0,
    Kind.PERSON: 17.0,
    Kind.PET: 15.0,
    Kind.GROUP: 19.0,
    Kind.ORGANISATION: 18.0,
}
NODE_SHAPES: dict[Kind, str] = {
    Kind.CLIENT: "circle",
    Kind.PERSON: "circle",
    Kind.PET: "diamond",
    Kind.GROUP: "rounded",
    Kind.ORGANISATION: "square",
}
"""Shape names the canvas and PDF both draw: circle, diamond, rounded square, square."""
SQUARE_HALF_SIDE: dict[str, float] = {"rounded": 0.85, "square": 0.82}
"""The square shapes' half side, as a share of their radius (a circle and a diamond reach the radius)."""
ROUNDED_CORNER = 0.4
"""The rounded square's corner radius, as a share of its radius."""
KIND_NAMES: TranslatedWords[Kind] = TranslatedWords(
    _C,
    {
        Kind.CLIENT: QT_TRANSLATE_NOOP("Notation", "The client"),
        Kind.PERSON: QT_TRANSLATE_NOOP("Notation", "Person"),
        Kind.PET: QT_TRANSLATE_NOOP("Notation", "Pet"),
        Kind.GROUP: QT_TRANSLATE_NOOP("Notation", "Group"),
        Kind.ORGANISATION: QT_TRANSLATE_NOOP("Notation", "Organisation"),
    },
)
KIND_NAMES_IN_TEXT: TranslatedWords[Kind] = TranslatedWords(
    _C,
    {
        Kind.CLIENT: QT_TRANSLATE_NOOP("Notation", "the client"),
        Kind.PERSON: QT_TRANSLATE_NOOP("Notation", "person"),
        Kind.PET: QT_TRANSLATE_NOOP("Notation", "pet"),
        Kind.GROUP: QT_TRANSLATE_NOOP("Notation", "group"),
        Kind.ORGANISATION: QT_TRANSLATE_NOOP("Notation", "organisation"),
    },
)
"""Each kind inside a sentence ("person, family")."""

NODE_OUTLINE = "#333333"
NODE_OUTLINE_WIDTH = 1.5
CLIENT_FILL = "#FFFFFF"
CLIENT_OUTLINE_WIDTH = 3.0

DOMAIN_FILLS: dict[Domain, str] = {
    Domain.FAMILY: "#F3D9E6",
    Domain.FRIENDS: "#FBE3CC",
    Domain.COMMUNITY: "#D9EED9",
    Domain.WORK_EDUCATION: "#E2DDF0",
    Domain.SERVICES: "#D6E6F3",
    Domain.JUSTICE: "#E6E6E6",
    Domain.OTHER: "#F7F7F7",
}
"""Pale fills by domain: a hint only; the sector and the label say the domain."""
DOMAIN_NAMES: TranslatedWords[Domain] = TranslatedWords(
    _C,
    {
        Domain.FAMILY: QT_TRANSLATE_NOOP("Notation", "Family"),
        Domain.FRIENDS: QT_TRANSLATE_NOOP("Notation", "Friends"),
        Domain.COMMUNITY: QT_TRANSLATE_NOOP("Notation", "Community"),
        Domain.WORK_EDUCATION: QT_TRANSLATE_NOOP("Notation", "Work and education"),
        Domain.SERVICES: QT_TRANSLATE_NOOP("Notation", "Services"),
        Domain.JUSTICE: QT_TRANSLATE_NOOP("Notation", "Justice"),
        Domain.OTHER: QT_TRANSLATE_NOOP("Notation", "Other"),
    },
)
DOMAIN_NAMES_IN_TEXT: TranslatedWords[Domain] = TranslatedWords(
    _C,
    {
        Domain.FAMILY: QT_TRANSLATE_NOOP("Notation", "family"),
        Domain.FRIENDS: QT_TRANSLATE_NOOP("Notation", "friends"),
        Domain.COMMUNITY: QT_TRANSLATE_NOOP("Notation", "community"),
        Domain.WORK_EDUCATION: QT_TRANSLATE_NOOP("Notation", "work and education"),
        Domain.SERVICES: QT_TRANSLATE_NOOP("Notation", "services"),
        Domain.JUSTICE: QT_TRANSLATE_NOOP("Notation", "justice"),
        Domain.OTHER: QT_TRANSLATE_NOOP("Notation", "other"),
    },
)
"""Each domain inside a sentence ("moved from family to friends"); German nouns keep their capital."""

RING_COLOUR = "#B8B8B8"
RING_WIDTH = 1.0
RING_NAMES = (
    QT_TRANSLATE_NOOP("Notation", "Close"),
    QT_TRANSLATE_NOOP("Notation", "Middle"),
    QT_TRANSLATE_NOOP("Notation", "Outer"),
)
"""The rings' names in English (the map shows :func:`ring_labels`)."""
SECTOR_LINE_COLOUR = "#DDDDDD"
SECTOR_LABEL_COLOUR = "#888888"


def ring_labels() -> tuple[str, str, str]:
    """:data:`RING_NAMES` in the current language, as the map shows them."""
    close, middle, outer = (translate(_C, name) for name in RING_NAMES)
    return close, middle, outer
