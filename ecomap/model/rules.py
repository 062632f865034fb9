"""Domain rules: the default capital of a new tie, what text and dates may hold, how far rings may grow."""

import datetime as dt
import math
import re

from ecomap.model.elements import Node
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.errors import ModelError

MAX_ID_LENGTH = 100
MAX_LABEL_LENGTH = 200
MAX_NOTES_LENGTH = 20_000

MIN_RING_SCALE = 1.0
MAX_RING_SCALE = 50.0
"""How far a map's rings may be scaled: 1 is the standard rings, 2 twice their radii (design §17)."""

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_LINKING_DOMAINS = frozenset({Domain.SERVICES, Domain.JUSTICE})
_BONDING_WITH_CLIENT = frozenset({Domain.FAMILY, Domain.FRIENDS})

# C0 controls and DEL, surrogates (only reachable through JSON "\ud800" escapes),
# and U+FFFE/U+FFFF, which no XML file (GraphML) can hold.
_BAD_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BAD_MULTI_LINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def default_capital(a: Node, b: Node) -> Capital:
    """The capital a new tie between ``a`` and ``b`` starts with (design §2).

    First rule that applies: an end in services or justice gives linking;
    both ends in the same domain, or a family or friends node tied to the
    client, gives bonding; anything else is bridging.
    """
    if a.domain in _LINKING_DOMAINS or b.domain in _LINKING_DOMAINS:
        return Capital.LINKING
    if a.domain == b.domain:
        return Capital.BONDING
    for end, other in ((a, b), (b, a)):
        if end.kind is Kind.CLIENT and other.domain in _BONDING_WITH_CLIENT:
            return Capital.BONDING
    return Capital.BRIDGING


def check_text(value: str, field: str, max_length: int, *, multiline: bool) -> None:
    """Refuse text that is too long or holds control characters.

    Labels are one line; notes may hold line breaks and tabs.
    """
    if len(value) > max_length:
        raise ModelError(f"is {len(value)} characters long; at most {max_length} allowed", field)
    pattern = _BAD_MULTI_LINE if multiline else _BAD_SINGLE_LINE
    bad = pattern.search(value)
    if bad:
        raise ModelError(f"holds the control character U+{ord(bad.group()):04X}", field)


def check_id(value: str, field: str) -> None:
    """Refuse an empty, overlong or control-character id."""
    if not value:
        raise ModelError("must not be empty", field)
    check_text(value, field, MAX_ID_LENGTH, multiline=False)


def check_ring_scale(value: object, field: str = "ring_scale") -> float:
    """``value`` as a float, if it is a finite number from ``MIN_RING_SCALE`` to ``MAX_RING_SCALE``.

    A whole number is taken as the float it equals (so ``2`` and ``2.0`` are
    stored, compared and written alike); anything else is refused.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ModelError(f"{repr(value)[:40]} is not a number", field)
    if isinstance(value, float) and not math.isfinite(value):
        raise ModelError(f"{value!r} is not a finite number", field)
    if not MIN_RING_SCALE <= value <= MAX_RING_SCALE:
        shown = repr(value) if isinstance(value, float) or abs(value) < 10**15 else "a huge number"
        raise ModelError(f"{shown} is out of range ({MIN_RING_SCALE:g} to {MAX_RING_SCALE:g})", field)
    return float(value)


def check_date(value: str, path: str) -> None:
    """Refuse anything but a real calendar date written YYYY-MM-DD."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise ModelError(f"{value!r} is not a date written YYYY-MM-DD", path)
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ModelError(f"{value!r} is not a real date", path) from None
