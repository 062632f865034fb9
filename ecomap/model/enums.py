"""The closed vocabularies of the domain: node kinds, domains and tie attributes."""

from enum import StrEnum


class Kind(StrEnum):
    """What a node stands for."""

    CLIENT = "client"
    PERSON = "person"
    PET = "pet"
    GROUP = "group"
    ORGANISATION = "organisation"


class Domain(StrEnum):
    """The area of life a node belongs to."""

    FAMILY = "family"
    FRIENDS = "friends"
    COMMUNITY = "community"
    WORK_EDUCATION = "work_education"
    SERVICES = "services"
    JUSTICE = "justice"
    OTHER = "other"


class Capital(StrEnum):
    """The kind of social capital a tie carries."""

    BONDING = "bonding"
    BRIDGING = "bridging"
    LINKING = "linking"


class Strength(StrEnum):
    """How strong a tie is (Hartman: thick, normal or dashed line)."""

    STRONG = "strong"
    MODERATE = "moderate"
    TENUOUS = "tenuous"


class Flow(StrEnum):
    """Direction of energy and resources along a tie (Hartman's arrows)."""

    NONE = "none"
    TO_TARGET = "to_target"
    TO_SOURCE = "to_source"
    BOTH = "both"

    def reversed(self) -> "Flow":
        """The same flow seen from a tie whose ends are swapped."""
        if self is Flow.TO_TARGET:
            return Flow.TO_SOURCE
        if self is Flow.TO_SOURCE:
            return Flow.TO_TARGET
        return self
