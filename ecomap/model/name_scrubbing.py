"""Names out of free text: every name pseudonymising replaced, found in any other words and made initials.

:func:`~ecomap.model.roles.pseudonymise_label` turns a person's label into
initials or roles, but names also turn up in words that are not labels: an
action's text and owner ("Go to the café with Gary"), a version's label
("Lee's first review"), a group's name, notes kept on request. A scrubber
made from the names that were replaced looks for each of them in such words,
as a whole ("Lee Marsh" -> "L.M.", as on the map) and word by word ("Lee" ->
"L."), and replaces them.

Names are found in any case, as typed ("İlkay", "ILKAY", "ilkay"): the
patterns are made from the names as written and matched ignoring case; what
a match becomes is looked up by :func:`~ecomap.model.roles.fold`, which
folds case without changing the length of a name (``str.lower`` makes the
Turkish "İ" two characters). Matching stops at letters, so "Lee" is found
in "Lee's" but not in "Leeds".
"""

import re
from collections.abc import Callable, Iterable

from ecomap.model.roles import fold, name_words, pseudonymise_label

__all__ = ["COMMON_WORDS", "initials", "name_scrubber"]

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_LETTERS = re.compile(r"[^\W\d_]+")
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"

_COMMON_WORDS = """
a an and at by for from in into of on or the to with without my his her their our your its
de del der den des di du la le les van von da dos el al bin ibn
new old big little young senior junior mr mrs ms miss dr sir
group team club centre center service services office church mosque temple school college
"""
COMMON_WORDS = frozenset(_COMMON_WORDS.split())
"""Words of a replaced label that are not names: never scrubbed on their own."""


def initials(name: str) -> str:
    """``"Rosa Braunsteigl-Müller"`` -> ``"R.B.M."``; ``"?"`` if there are no letters."""
    letters = [word[0].upper() for word in _WORD.findall(name)]
    return "".join(f"{letter}." for letter in letters[:4]) or "?"


def name_scrubber(names: Iterable[tuple[str, str]]) -> Callable[[str], str]:
    """A function that replaces each name (whole, then word by word) in a text by what it became.

    ``names`` pairs a real name with what pseudonymising made of it (the
    first pair for a name counts); a name found whole reads as it does on the
    map, one of its name words alone becomes its initial. Words that
    pseudonymising keeps (role words, :data:`COMMON_WORDS`) are not looked
    for on their own.
    """
    whole: dict[str, str] = {}
    parts: dict[str, str] = {}
    spellings: tuple[set[str], set[str]] = (set(), set())
    for name, becomes in dict.fromkeys(names):
        flat = " ".join(name.split())
        if len(flat) < 2:
            continue
        whole.setdefault(_key(flat), becomes or pseudonymise_label(flat))
        spellings[0].add(flat)
        named = name_words(flat) or [flat]  # the words the one rule initials (all, for a client called "Baby")
        for word in (part for text in named for part in _LETTERS.findall(text)):
            key = _key(word)
            if len(word) >= 2 and key not in COMMON_WORDS:
                parts.setdefault(key, f"{word[0].upper()}.")
                spellings[1].add(word)
    passes = [
        (pattern, table)
        for pattern, table in ((_pattern(spellings[0]), whole), (_pattern(spellings[1]), parts))
        if pattern
    ]

    def scrub(text: str) -> str:
        for pattern, table in passes:
            text = pattern.sub(_replacer(table), text)
        return text

    return scrub


def _replacer(table: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """What a match becomes: the name's pseudonym as recorded, else its initials."""

    def replace_match(match: re.Match[str]) -> str:
        return table.get(_key(match.group(0))) or initials(match.group(0))

    return replace_match


def _key(text: str) -> str:
    """How a name is looked up: folded (case and accents), spaces collapsed."""
    return fold(" ".join(text.split()))


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one name however typed (case, accents, spacing); never for an empty one."""
    key = _key(a)
    return bool(key) and key == _key(b)


def _pattern(spellings: set[str]) -> re.Pattern[str] | None:
    if not spellings:
        return None
    # Longest first, so "Lee Marsh" is replaced whole before "Lee" alone; sorted for a fixed order.
    words = sorted(spellings, key=lambda key: (-len(key), key))
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in word.split(" ")) for word in words)
    return re.compile(f"{_LETTER_BEFORE}(?:{alternatives}){_LETTER_AFTER}", re.IGNORECASE)
