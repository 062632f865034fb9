"""Hartman's ecomap notation with social capital added: one source for canvas and PDF.

Strength is line weight and pattern, stress is hatching, flow is arrowheads,
capital is colour (Okabe-Ito, safe for colour-blind readers) and, so that a
greyscale print still tells them apart, a small letter mark on every tie.
All sizes are scene units (one unit prints as one point at 100%). How each
piece is drawn (the greys, the badge, the halo, the order ties stack in, the
legend's entries) is in :mod:`ecomap.model.drawing`.
"""

from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength

CAPITAL_COLOURS: dict[Capital, str] = {
    Capital.BONDING: "#0072B2",
    Capital.BRIDGING: "#009E73",
    Capital.LINKING: "#E69F00",
}
CAPITAL_MARKS: dict[Capital, str] = {Capital.BONDING: "B", Capital.BRIDGING: "Br", Capital.LINKING: "L"}
CAPITAL_NAMES: dict[Capital, str] = {
    Capital.BONDING: "Bonding",
    Capital.BRIDGING: "Bridging",
    Capital.LINKING: "Linking",
}
CAPITAL_MEANINGS: dict[Capital, str] = {
    Capital.BONDING: "close ties among similar people",
    Capital.BRIDGING: "ties across groups",
    Capital.LINKING: "ties to institutions and authority",
}
CAPITAL_EXAMPLES: dict[Capital, str] = {
    Capital.BONDING: "close ties among people like them — family, close friends",
    Capital.BRIDGING: "ties across different groups — a recovery café, a sports club, a peer mentor, a workplace",
    Capital.LINKING: "ties to people with authority or resources — probation officer, job centre, housing officer, GP",
}
"""Each kind in one line with examples from practice: the Details panel's tooltips ("Bonding: close ties
among ...") and docs/guide.md, which repeats these lines word for word (a test holds them together)."""

STRENGTH_WIDTHS: dict[Strength, float] = {Strength.STRONG: 5.0, Strength.MODERATE: 2.5, Strength.TENUOUS: 2.5}
STRENGTH_DASHES: dict[Strength, tuple[float, float] | None] = {
    Strength.STRONG: None,
    Strength.MODERATE: None,
    Strength.TENUOUS: (7.0, 5.0),
}
"""Dash and gap lengths in scene units; ``None`` is a solid line."""
STRENGTH_NAMES: dict[Strength, str] = {
    Strength.STRONG: "Strong",
    Strength.MODERATE: "Moderate",
    Strength.TENUOUS: "Tenuous",
}

FLOW_NAMES: dict[Flow, str] = {
    Flow.NONE: "No flow marked",
    Flow.TO_TARGET: "Flows to the second",
    Flow.TO_SOURCE: "Flows to the first",
    Flow.BOTH: "Flows both ways",
}

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
KIND_NAMES: dict[Kind, str] = {
    Kind.CLIENT: "The client",
    Kind.PERSON: "Person",
    Kind.PET: "Pet",
    Kind.GROUP: "Group",
    Kind.ORGANISATION: "Organisation",
}

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
DOMAIN_NAMES: dict[Domain, str] = {
    Domain.FAMILY: "Family",
    Domain.FRIENDS: "Friends",
    Domain.COMMUNITY: "Community",
    Domain.WORK_EDUCATION: "Work and education",
    Domain.SERVICES: "Services",
    Domain.JUSTICE: "Justice",
    Domain.OTHER: "Other",
}

RING_COLOUR = "#B8B8B8"
RING_WIDTH = 1.0
RING_NAMES = ("Close", "Middle", "Outer")
SECTOR_LINE_COLOUR = "#DDDDDD"
SECTOR_LABEL_COLOUR = "#888888"
