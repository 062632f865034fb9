"""Which plural form a count takes in each language: Qt Linguist's own rules, so a `.ts` file reads as in Qt.

Qt Linguist gives English and German two forms (one; other) and Welsh five
(zero; one; two to five; six; other), in that order; ``lupdate`` and
``lrelease`` expect exactly that many ``<numerusform>`` entries per plural
message (qttools ``src/linguist/shared/numerus.cpp``).
"""

from collections.abc import Callable

_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "cy": lambda n: 0 if n == 0 else 1 if n == 1 else 2 if 2 <= n <= 5 else 3 if n == 6 else 4,
}

FORM_COUNTS: dict[str, int] = {"en": 2, "de": 2, "cy": 5}
"""How many plural forms a message has in each language's ``.ts`` file."""


def plural_form(language: str, n: int) -> int:
    """The index of the plural form ``n`` takes in ``language`` (0 for a language without rules)."""
    rule = _RULES.get(language)
    return rule(abs(n)) if rule else 0
