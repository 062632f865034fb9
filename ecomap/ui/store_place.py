"""Where a case of the team store is, as the editor's file-minded parts see it: ``store:REF`` on a named store.

The editor names an open case by its path: the title shows its name, file
dialogs start in its folder, a case with a path is one that has been saved.
A case opened from the team store has no file, so it gets a
:class:`StoreCasePath`: its name is ``store:REF – team store NAME on HOST``
(what the title shows in place of a file name), its folder the user's home
(where Save a copy, Export and the PDF summary offer to write), and it is no
file: the editor never opens it as one (:func:`is_store_path`). Qt-free.
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ecomap.store.connecting import STORE_PREFIX

if TYPE_CHECKING or os.name != "nt":
    from pathlib import PosixPath as _SystemPath
else:
    from pathlib import WindowsPath as _SystemPath


class StoreCasePath(_SystemPath):
    """``store:REF`` of a store described as ``store`` ("team store ecomap on /run/postgresql")."""

    ref: str
    store: str

    @classmethod
    def of(cls, ref: str, store: str) -> "StoreCasePath":
        place = cls(STORE_PREFIX + ref)
        place.ref, place.store = ref, store
        return place

    @property
    def name(self) -> str:
        """``store:REF – team store NAME on HOST``: the case and the store it is kept in (never a password)."""
        return f"{STORE_PREFIX}{self.ref} – {self.store}"

    @property
    def parent(self) -> Path:  # type: ignore[override]  # a plain folder, not another store place
        """Where file dialogs start for a case that has no folder: the user's home."""
        return Path.home()


def is_store_path(path: Path | None) -> bool:
    """Whether ``path`` names a case in the team store rather than a file."""
    return isinstance(path, StoreCasePath)
