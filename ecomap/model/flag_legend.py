"""The legends' entry for the flag of an open action: its words, its sample, and whether a map shows a flag.

The flag (:mod:`ecomap.model.plan_flags`) is part of the notation, so every
legend explains it (design §2): the editor's panel always, as it is where the
notation is learnt and it should not grow an entry mid-session when the first
action is agreed; a picture or a summary, which is filed and read by others,
only when a map in it shows a flag (a case with no plan has nothing to explain).
"""

from collections.abc import Iterable

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.drawing import FLAG_SIZE, Flag, flag_at
from ecomap.model.network import EcoMap
from ecomap.model.plan_flags import flagged

FLAG_HEADING = QT_TRANSLATE_NOOP("FlagLegend", "Plan")
"""The legend's heading over the flag (in English; a legend shows :func:`flag_heading`)."""
FLAG_TITLE = QT_TRANSLATE_NOOP("FlagLegend", "Open action")
FLAG_DETAIL = QT_TRANSLATE_NOOP("FlagLegend", "planned or under way")
"""What the flag means, under or after its title."""
FLAG_SENTENCE = QT_TRANSLATE_NOOP(
    "FlagLegend", "A small flag marks a person, place or tie that an open action of the plan is about."
)
"""The flag in one sentence, for a screen reader's description of a legend."""
FLAG_SAMPLE: Flag = flag_at((FLAG_SIZE[0] / 2, FLAG_SIZE[1] / 2))
"""A legend's flag at its map size, its box from (0, 0) to :data:`~ecomap.model.drawing.FLAG_SIZE`."""


def flag_heading() -> str:
    """:data:`FLAG_HEADING` in the current language."""
    return translate("FlagLegend", FLAG_HEADING)


def flag_title() -> str:
    """:data:`FLAG_TITLE` in the current language."""
    return translate("FlagLegend", FLAG_TITLE)


def flag_detail() -> str:
    """:data:`FLAG_DETAIL` in the current language."""
    return translate("FlagLegend", FLAG_DETAIL)


def flag_sentence() -> str:
    """:data:`FLAG_SENTENCE` in the current language."""
    return translate("FlagLegend", FLAG_SENTENCE)


def shows_flags(maps: EcoMap | Iterable[EcoMap]) -> bool:
    """Whether ``maps`` (one map or several) draw at least one flag: an open action about someone or a tie on it."""
    for ecomap in [maps] if isinstance(maps, EcoMap) else maps:
        nodes, ties = flagged(ecomap)
        if nodes or ties:
            return True
    return False
