"""Opening something protected by a passphrase: the one given first, then up to three asked of the user.

File > Open, Open recent, ``ecomap CASE`` and the recovery of a protected new
case all open this way. A passphrase given beforehand (``ecomap CASE`` with
``--passphrase-file`` or ``ECOMAP_PASSPHRASE``) is tried first and counts as
the first try; the user is asked only when it is missing or wrong. Cancel
ends it quietly (:meth:`Unlock.open` returns None); the third wrong
passphrase ends it with :class:`NotUnlockedError`, one line naming the file.
Qt-free: the question is a callable (a dialog in the editor, an answer in tests).
"""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ecomap.errors import InputError, PassphraseNeededError, WrongPassphraseError
from ecomap.language import translate

TRIES = 3
"""Wrong passphrases before the open is refused."""

Opened = TypeVar("Opened")

AskPassphrase = Callable[[Path, int], str | None]
"""The question: (the file, which try this is, from 1) -> the passphrase typed, or None (cancelled)."""


class NotUnlockedError(InputError):
    """The passphrase was wrong :data:`TRIES` times: nothing was opened."""

    def __init__(self, path: Path) -> None:
        reason = translate("Passphrase", "is protected and the passphrase was not right three times; it was not opened")
        super().__init__(path, reason)


class Unlock:
    """Open ``path`` with ``given`` (if any), asking ``ask`` for the passphrase while it is missing or wrong."""

    def __init__(self, path: Path, ask: AskPassphrase, given: str | None = None) -> None:
        self.path = path
        self.ask = ask
        self.passphrase = given
        """The passphrase of the last try: after a successful open, the one that opened it (None: not needed)."""

    def open(self, opener: Callable[[str | None], Opened]) -> Opened | None:
        """``opener(passphrase)``, tried again with each passphrase the user gives; None if they cancel.

        Raises :class:`NotUnlockedError` after the third wrong passphrase, and
        whatever else ``opener`` raises (a damaged file, a locked one) as it is.
        """
        refused = 0
        while True:
            try:
                return opener(self.passphrase)
            except WrongPassphraseError:
                refused += 1
                if refused >= TRIES:
                    raise NotUnlockedError(self.path) from None
            except PassphraseNeededError:
                if self.passphrase is not None:  # a protected case never says so when keyed: cannot happen
                    raise
            self.passphrase = self.ask(self.path, refused + 1)
            if self.passphrase is None:
                return None
