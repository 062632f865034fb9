"""The layouts (and legibility) of the last few maps drawn: stepping back and forth through versions draws at once."""

from collections import OrderedDict

from ecomap.language import current_language
from ecomap.model.legibility import Legibility, measure
from ecomap.model.map_layout import MapLayout, layout_map
from ecomap.model.network import EcoMap

CACHE_SIZE = 12

Key = tuple[object, ...]
_LAYOUTS: "OrderedDict[Key, MapLayout]" = OrderedDict()
_MEASURES: dict[int, tuple[MapLayout, Legibility]] = {}


def _key(ecomap: EcoMap, text_scale: float, sectors: bool) -> Key:
    # The language: the domain headings and ring names are laid out in it.
    return (tuple(ecomap.nodes), tuple(ecomap.ties), ecomap.ring_scale, text_scale, sectors, current_language())


def cached_layout(ecomap: EcoMap, text_scale: float = 1.0, *, sectors: bool = True) -> MapLayout:
    """:func:`~ecomap.model.map_layout.layout_map`, remembered for the last few maps by what they
    hold (a map edited back to what it was is laid out again from memory)."""
    key = _key(ecomap, text_scale, sectors)
    layout = _LAYOUTS.get(key)
    if layout is None:
        layout = _LAYOUTS[key] = layout_map(ecomap, text_scale, sectors=sectors)
        if len(_LAYOUTS) > CACHE_SIZE:
            _, dropped = _LAYOUTS.popitem(last=False)
            _MEASURES.pop(id(dropped), None)
    else:
        _LAYOUTS.move_to_end(key)
    return layout


def cached_legibility(ecomap: EcoMap, layout: MapLayout) -> Legibility:
    """:func:`~ecomap.model.legibility.measure` of a layout made by :func:`cached_layout` for ``ecomap``."""
    known = _MEASURES.get(id(layout))
    if known is not None and known[0] is layout:
        return known[1]
    legibility = measure(ecomap, layout)
    if any(kept is layout for kept in _LAYOUTS.values()):
        _MEASURES[id(layout)] = (layout, legibility)
    return legibility
