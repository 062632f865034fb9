"""The one rule for pseudonymising a person's label: role words stay, personal names become initials.

A label is read as words (runs of letters; hyphens and punctuation
separate them). A run of consecutive words that spells a role term is kept
as typed; every other word becomes its initial, and initials next to each
other are joined: "Brother Jay" -> "Brother J.", "Mum (Carol)" -> "Mum (C.)",
"Lee Marsh" -> "L.M.", "Housing support worker" stays. Digits are dropped
(a house or phone number can name someone as well as a name can).

One exception, on the safe side: a one-word role term straight after a name
(only spaces between) is taken for a surname and initialled too, since
surnames such as Foster, Judge or Church are also role words: "Amy Church"
-> "A.C.", "Lee Judge" -> "L.J." (write "Lee (judge)" to keep the role).

The role terms (:data:`ROLE_TERMS`) are, in one place:

- :data:`ROLE_WORDS` below: family roles (mum, dad, brother, sister, nan,
  gran, aunt, uncle, cousin, partner, ex-partner, step-..., half-...),
  services and justice roles (GP, probation officer, housing officer,
  support worker, key worker, social worker, youth worker, peer mentor, job
  centre, ...) and the words that qualify them (housing, mental health, ...);
- every label of the editor's palette (:data:`ecomap.model.catalogue.CATALOGUE`);
- every term the catalogue knows for a typed name
  (:data:`ecomap.model.catalogue_terms.TERMS`), except its first-word-only
  short words ("Ma", "Da", "Po": also names);
- a few small words that join them ("from", "of", "and", "my", ...).

Case, accents and spacing are ignored when matching: "PROBATION Officer",
"Stepdad" and "Step-dad" are all roles; a plural "s" is allowed ("Cousins").
"""

import re
import unicodedata

from ecomap.model.catalogue import CATALOGUE
from ecomap.model.catalogue_terms import FIRST_WORD_ONLY, TERMS

ROLE_WORDS = """
mum; mother; mam; mom; dad; father; parent; parents; step mum; step mother; step dad; step father;
step parent; step brother; step sister; step son; step daughter; step child; half brother; half sister;
nan; nana; nanna; gran; granny; grandma; grandmother; grandad; granddad; grandpa; grandfather; grandparent;
great grandmother; great grandfather; great gran; great nan; great grandparent;
brother; sister; sibling; son; daughter; child; children; baby; kids; twin;
partner; ex partner; ex; girlfriend; boyfriend; ex girlfriend; ex boyfriend; wife; husband; ex wife;
ex husband; aunt; auntie; uncle; cousin; niece; nephew; godparent; godmother; godfather;
foster carer; carer; family; friend; best friend; mate; neighbour; flatmate; housemate; colleague;
classmate; dog; cat; pet;
gp; doctor; nurse; mental health nurse; dentist; pharmacist; midwife; health visitor; social worker;
key worker; keyworker; support worker; housing support worker; housing officer; housing worker;
probation officer; probation; offender manager; yot worker; youth worker; case manager; mentor;
peer mentor; sponsor; coach; work coach; teacher; tutor; college tutor; head teacher; employer;
manager; boss; supervisor; job centre; jobcentre plus; solicitor; counsellor; therapist; psychiatrist;
psychologist; police; police officer; pcso; imam; priest; vicar; pastor; rabbi; chaplain;
volunteer coordinator; worker; officer; practitioner; adviser; advisor; team; service; services;
mental health; drug and alcohol; drugs; alcohol; substance misuse; housing; youth; family support;
children's services; social services; youth offending team; youth justice; community
"""
"""Role terms of this module's own list, ``;`` between terms (words split as in a label)."""

JOINING_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "by",
        "for",
        "from",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "my",
        "his",
        "her",
        "their",
        "our",
        "your",
    ]
)
"""Small words kept between roles and names ("Friend from college", "Lee and Kim" -> "L. and K.")."""

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_JOINS_INITIALS = re.compile(r"[\s\-\u2010\u2011.]*")
_SPACES = re.compile(r"[^\S\n]+")
MAX_INITIALS = 4


def fold(text: str) -> str:
    """How words are compared: case folded (after upper-casing, for the dotless and dotted I), accents dropped."""
    decomposed = unicodedata.normalize("NFKD", text.upper().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _key(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(word) for word in words)


def _term_words(term: str) -> tuple[str, ...]:
    return _key(_WORD.findall(term.replace("\u2019", "'")))


def _terms() -> frozenset[tuple[str, ...]]:
    terms = [t for t in ROLE_WORDS.replace("\n", " ").split(";") if t.strip()]
    terms += [entry.label for entries in CATALOGUE.values() for entry in entries]
    terms += [t for group in TERMS.values() for t in group if t not in FIRST_WORD_ONLY]
    known: set[tuple[str, ...]] = set()
    for term in terms:
        words = _term_words(term)
        if words:
            known.add(words)
            known.add(("".join(words),))  # "step dad" is also "Stepdad"
    return frozenset(known)


ROLE_TERMS = _terms()
"""Every role term, as its folded words."""

_LONGEST = max(map(len, ROLE_TERMS))


def _is_term(words: tuple[str, ...]) -> bool:
    if words in ROLE_TERMS:
        return True
    last = words[-1]
    for trimmed in (last.removesuffix("'s").removesuffix("\u2019s"), last.removesuffix("s")):
        if trimmed != last and len(trimmed) >= 2 and (*words[:-1], trimmed) in ROLE_TERMS:
            return True
    return False


def _fates(words: list[str], between: list[str]) -> list[bool]:
    """For each word of a label, whether it becomes an initial; ``between[i]`` is the text before word ``i``."""
    keys = _key(words)
    initialled = [True] * len(words)
    start = 0
    while start < len(words):
        length = next(
            (n for n in range(min(_LONGEST, len(words) - start), 0, -1) if _is_term(keys[start : start + n])), 0
        )
        if length == 0:
            initialled[start] = keys[start] not in JOINING_WORDS
            start += 1
            continue
        surname = length == 1 and start > 0 and initialled[start - 1] and not between[start].strip()
        initialled[start] = surname  # "Amy Church": a one-word role straight after a name is taken for a surname
        for i in range(start + 1, start + length):
            initialled[i] = False
        start += length
    return initialled


def is_role(label: str) -> bool:
    """Whether ``label`` names only a role, with no personal name in it ("Mum", "Housing support worker")."""
    return bool(_WORD.search(label)) and not name_words(label)


def name_words(label: str) -> list[str]:
    """The words of ``label`` that :func:`pseudonymise_label` turns into initials, in order."""
    matches, initialled = _read(label)
    return [m.group(0) for m, initial in zip(matches, initialled, strict=True) if initial]


def _read(label: str) -> tuple[list[re.Match[str]], list[bool]]:
    matches = list(_WORD.finditer(label))
    between = [label[matches[i - 1].end() if i else 0 : m.start()] for i, m in enumerate(matches)]
    return matches, _fates([m.group(0) for m in matches], between)


def pseudonymise_label(label: str) -> str:
    """``label`` with its role words kept and every other word made an initial (see the module description).

    ``"?"`` if the label has no letters at all.
    """
    matches, fates = _read(label)
    if not matches:
        return "?"
    out: list[str] = []
    run = 0
    previous_initialled = False
    for index, (match, initialled) in enumerate(zip(matches, fates, strict=True)):
        word = match.group(0)
        before = label[matches[index - 1].end() if index else 0 : match.start()]
        before = re.sub(r"\d", "", before)
        if initialled and previous_initialled and _JOINS_INITIALS.fullmatch(before):
            before = ""
        elif not initialled or not previous_initialled:
            run = 0
        out.append(before)
        if initialled:
            run += 1
            if run <= MAX_INITIALS:
                out.append(f"{word[0].upper()}.")
        else:
            out.append(word)
        previous_initialled = initialled
    out.append(re.sub(r"\d", "", label[matches[-1].end() :]))
    return _SPACES.sub(" ", "".join(out)).strip()
