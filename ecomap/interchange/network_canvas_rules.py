"""What Network Canvas nodes and edges become in Ecomap (kind, domain, strength, capital): defaults or a mapping file.

:class:`DefaultRules` guesses from the names Network Canvas protocols usually
use (docs/interchange.md, "Network Canvas"); :class:`MappingRules` follows a
mapping file (JSON, or TOML by its ``.toml`` extension) and nothing else, and
refuses a node or edge type the file does not name.
"""

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ecomap.errors import InputError, unreadable
from ecomap.interchange.strict_json import parse_json
from ecomap.model.enums import Capital, Domain, Kind, Strength

CLOSENESS_WORDS = ("close", "strength")
"""A variable whose name holds one of these (``closeness``, ``tie_strength``) gives a client tie its strength."""

_KIND_WORDS = (
    (("group", "club"), Kind.GROUP, Domain.COMMUNITY),
    (("service", "agency"), Kind.ORGANISATION, Domain.SERVICES),
    (("place", "venue", "organisation", "organization"), Kind.ORGANISATION, Domain.COMMUNITY),
    (("pet", "animal"), Kind.PET, Domain.FAMILY),
)
_DOMAIN_WORDS = (
    (("family", "relative", "parent", "sibling"), Domain.FAMILY),
    (("friend",), Domain.FRIENDS),
    (("service", "professional", "agency", "health"), Domain.SERVICES),
    (("work", "job", "colleague", "school", "college", "education"), Domain.WORK_EDUCATION),
    (("community", "neighbo", "church", "faith", "sport"), Domain.COMMUNITY),
    (("justice", "probation", "police", "court", "prison"), Domain.JUSTICE),
)
_TENUOUS_WORDS = ("not", "weak", "low", "distant", "tenuous", "acquaint", "barely", "rarely", "little", "least")
_MODERATE_WORDS = ("somewhat", "moderate", "medium", "fair", "quite", "average")
_STRONG_WORDS = ("very", "strong", "high", "most", "extremely", "close")
_STRESS_WORDS = ("conflict", "argu", "stress", "tension", "fight")
_SETTABLE = {"kind": Kind, "domain": Domain, "strength": Strength, "capital": Capital}
_MAPPING_KEYS = ("node_types", "edge_types", "variables", "label", "layout")
_NODE_TYPE_KEYS = ("kind", "domain", "strength", "capital", "stressful")
_EDGE_TYPE_KEYS = ("strength", "capital", "stressful")


@dataclass(frozen=True)
class Entity:
    """A Network Canvas node or edge as read: its GraphML id, its type and its variables by ``attr.name``."""

    id: str
    type: str
    values: Mapping[str, Any]


@dataclass(frozen=True)
class Choice:
    """What an entity becomes: a node's kind and domain, and the strength, capital and stress of its tie.

    ``capital`` None means the default rule of design §2.
    """

    kind: Kind = Kind.PERSON
    domain: Domain = Domain.OTHER
    strength: Strength = Strength.MODERATE
    capital: Capital | None = None
    stressful: bool = False


def _has_word(text: str, vocabulary: Iterable[str]) -> bool:
    """Whether a word of ``text`` (split at ``_``, spaces and punctuation) starts with one of ``vocabulary``."""
    words = re.split(r"[\W_]+", text.casefold())
    return any(word.startswith(start) for word in words if word for start in vocabulary)


def option_groups(names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Boolean variables that are options of one categorical variable: name -> (variable, option).

    Network Canvas writes a categorical variable ``relationship`` as one
    boolean per option, ``relationship_family``, ``relationship_friend``...;
    the variable is the longest ``_``-prefix that two or more of them share.
    """
    names = list(names)
    groups = {}
    for name in names:
        parts = name.split("_")
        for cut in range(len(parts) - 1, 0, -1):
            stem = "_".join(parts[:cut])
            if sum(other.startswith(stem + "_") for other in names) >= 2:
                groups[name] = (stem, "_".join(parts[cut:]))
                break
    return groups


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def _scaled(value: float, low: float, high: float) -> Strength:
    if high <= low:
        return Strength.MODERATE
    share = (value - low) / (high - low)
    return Strength.STRONG if share >= 2 / 3 else Strength.MODERATE if share >= 1 / 3 else Strength.TENUOUS


def _worded(option: str) -> Strength | None:
    for vocabulary, strength in (
        (_TENUOUS_WORDS, Strength.TENUOUS),
        (_MODERATE_WORDS, Strength.MODERATE),
        (_STRONG_WORDS, Strength.STRONG),
    ):
        if _has_word(option, vocabulary):
            return strength
    return None


class DefaultRules:
    """The mapping used without a mapping file (documented in docs/interchange.md)."""

    label_variable = "name"
    layout_variable: str | None = None

    def __init__(self, nodes: Iterable[Entity], boolean_names: Iterable[str]) -> None:
        self._options = option_groups(boolean_names)
        self._ranges: dict[str, tuple[float, float]] = {}
        option_numbers: dict[str, list[float]] = {}
        for node in nodes:
            for name, value in node.values.items():
                if not self._closeness(name):
                    continue
                if name in self._options and value is True:
                    stem, option = self._options[name]
                    number = _number(option)
                    if number is not None:
                        option_numbers.setdefault(stem, []).append(number)
                elif not isinstance(value, bool) and (number := _number(value)) is not None:
                    low, high = self._ranges.get(name, (number, number))
                    self._ranges[name] = (min(low, number), max(high, number))
        for stem, numbers in option_numbers.items():
            self._ranges[stem] = (min(numbers), max(numbers))
        # A variable whose values all lie within 0..1 is a slider: scaled over 0..1.
        self._ranges = {
            name: (0.0, 1.0) if low >= 0 and high <= 1 else (low, high) for name, (low, high) in self._ranges.items()
        }

    def check_type(self, entity: Entity, element: str, source: str) -> None:
        """Every type is known to the defaults."""

    def node(self, entity: Entity) -> Choice:
        kind, domain = Kind.PERSON, Domain.OTHER
        for words, type_kind, type_domain in _KIND_WORDS:
            if _has_word(entity.type, words):
                kind, domain = type_kind, type_domain
                break
        for name, value in entity.values.items():
            if value is True and not self._closeness(name):
                found = next((d for words, d in _DOMAIN_WORDS if _has_word(name, words)), None)
                if found is not None:
                    domain = found
                    break
        strength = self._strength(entity) or Strength.MODERATE
        return Choice(kind=kind, domain=domain, strength=strength, stressful=_stressful(entity))

    def edge(self, entity: Entity) -> Choice:
        return Choice(stressful=_stressful(entity))

    def _closeness(self, name: str) -> bool:
        return any(word in name.casefold() for word in CLOSENESS_WORDS)

    def _strength(self, entity: Entity) -> Strength | None:
        for name, value in entity.values.items():
            if not self._closeness(name) or value is None or value == "":
                continue
            if name in self._options:
                if value is not True:
                    continue
                stem, option = self._options[name]
                number = _number(option)
                if number is not None and stem in self._ranges:
                    return _scaled(number, *self._ranges[stem])
                if (worded := _worded(option)) is not None:
                    return worded
                continue
            if isinstance(value, bool):
                if value:
                    return Strength.STRONG
                continue
            number = _number(value)
            if number is not None and name in self._ranges:
                return _scaled(number, *self._ranges[name])
            if isinstance(value, str) and (worded := _worded(value)) is not None:
                return worded
        return None


def _stressful(entity: Entity) -> bool:
    return any(value is True and _has_word(name, _STRESS_WORDS) for name, value in entity.values.items())


@dataclass(frozen=True)
class _Variable:
    sets: str
    values: Mapping[str, Any]


class MappingRules:
    """A mapping file's rules: only what it says applies; anything it leaves out takes Ecomap's plain defaults."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        document = _load(self.path)
        self._node_types = {
            str(name): _entry(self.path, f"node_types.{name}", entry, _NODE_TYPE_KEYS)
            for name, entry in _table(self.path, document, "node_types").items()
        }
        self._edge_types = {
            str(name): _entry(self.path, f"edge_types.{name}", entry, _EDGE_TYPE_KEYS)
            for name, entry in _table(self.path, document, "edge_types").items()
        }
        self._variables = {
            str(name): _variable(self.path, str(name), entry)
            for name, entry in _table(self.path, document, "variables").items()
        }
        self.label_variable = _text(self.path, document, "label") or "name"
        self.layout_variable = _text(self.path, document, "layout")

    def check_type(self, entity: Entity, element: str, source: str) -> None:
        """Refuse a ``node`` or ``edge`` type the mapping file does not name (used in the file ``source``)."""
        table = self._node_types if element == "node" else self._edge_types
        if entity.type not in table:
            raise InputError(
                self.path,
                f"names no Network Canvas {element} type {entity.type!r} (used in {source}); "
                f'add it under "{element}_types"',
            )

    def node(self, entity: Entity) -> Choice:
        return self._apply(self._node_types[entity.type], entity, ("kind", "domain", "strength", "capital"))

    def edge(self, entity: Entity) -> Choice:
        return self._apply(self._edge_types[entity.type], entity, ("strength", "capital"))

    def _apply(self, entry: Mapping[str, Any], entity: Entity, settable: tuple[str, ...]) -> Choice:
        chosen = dict(entry)
        for name, variable in self._variables.items():
            if variable.sets not in settable or (variable.sets in chosen and chosen.get(f"_{variable.sets}")):
                continue
            for value in _values_of(entity, name):
                if value in variable.values:
                    chosen[variable.sets] = variable.values[value]
                    chosen[f"_{variable.sets}"] = True
                    break
        return Choice(**{key: value for key, value in chosen.items() if not key.startswith("_")})


def _values_of(entity: Entity, name: str) -> list[str]:
    """The variable's value(s) as text: ``"3"``, ``"true"``, or each chosen option of a categorical variable."""
    if name in entity.values:
        value = entity.values[name]
        if isinstance(value, bool):
            return ["true" if value else "false"]
        if isinstance(value, float) and value.is_integer():
            return [str(int(value))]
        return [str(value)]
    prefix = name + "_"
    return [key[len(prefix) :] for key, value in entity.values.items() if key.startswith(prefix) and value is True]


def _load(path: str) -> dict[str, Any]:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise unreadable(path, error) from None
    if path.lower().endswith(".toml"):
        try:
            document: Any = tomllib.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise InputError(path, f"is not a TOML mapping file ({error})") from None
    else:
        document = parse_json(data, path)
    if not isinstance(document, dict):
        raise InputError(path, "is not a mapping file (expected an object with node_types, edge_types, variables)")
    unknown = sorted(set(document) - set(_MAPPING_KEYS))
    if unknown:
        raise InputError(path, f"unknown key {unknown[0]!r} (allowed: {', '.join(_MAPPING_KEYS)})")
    return document


def _table(path: str, document: Mapping[str, Any], key: str) -> dict[str, Any]:
    table = document.get(key, {})
    if not isinstance(table, dict):
        raise InputError(path, f"{key}: expected a table of names")
    return table


def _text(path: str, document: Mapping[str, Any], key: str) -> str | None:
    value = document.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(path, f"{key}: expected the name of a variable")
    return value


def _setting(path: str, where: str, key: str, value: Any) -> Any:
    if key == "stressful":
        if not isinstance(value, bool):
            raise InputError(path, f"{where}.stressful: expected true or false")
        return value
    kind = _SETTABLE[key]
    try:
        chosen = kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind if member is not Kind.CLIENT)
        raise InputError(path, f"{where}.{key}: {value!r} is not one of {allowed}") from None
    if chosen is Kind.CLIENT:
        raise InputError(path, f"{where}.{key}: only the ego becomes the client")
    return chosen


def _entry(path: str, where: str, entry: Any, allowed: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise InputError(path, f'{where}: expected a table (e.g. {{"{allowed[0]}": ...}})')
    for key in entry:
        if key not in allowed:
            raise InputError(path, f"{where}: unknown key {key!r} (allowed: {', '.join(allowed)})")
    return {key: _setting(path, where, key, value) for key, value in entry.items()}


def _variable(path: str, name: str, entry: Any) -> _Variable:
    where = f"variables.{name}"
    if not isinstance(entry, dict) or set(entry) - {"sets", "values"} or "sets" not in entry:
        raise InputError(path, f'{where}: expected {{"sets": "domain|kind|strength|capital", "values": {{...}}}}')
    sets = entry["sets"]
    if sets not in _SETTABLE:
        raise InputError(path, f"{where}.sets: {sets!r} is not one of {', '.join(_SETTABLE)}")
    values = entry.get("values", {})
    if not isinstance(values, dict):
        raise InputError(path, f"{where}.values: expected a table from values to {sets}")
    return _Variable(sets, {str(k): _setting(path, f"{where}.values", str(sets), v) for k, v in values.items()})
