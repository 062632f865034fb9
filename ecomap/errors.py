"""Errors that reach the user as one line naming the file and what is wrong."""

import os


class EcomapError(Exception):
    """A problem the user can act on; ``str()`` is the one line they see."""

    def __init__(self, path: str | os.PathLike[str] | None, message: str) -> None:
        super().__init__(message)
        self.path = os.fspath(path) if path is not None else None
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(EcomapError):
    """A file that cannot be read, imported or opened as asked (exit status 2)."""


class CaseLockedError(InputError):
    """The case is open for editing in another Ecomap."""


class AutosaveUnreadableError(InputError):
    """The case's autosaved unsaved changes cannot be read; the case itself may open without them.

    ``detail`` says what is wrong with them; the message always names the file.
    """

    def __init__(self, path: str | os.PathLike[str], detail: str = "") -> None:
        message = "its autosaved unsaved changes cannot be read"
        super().__init__(path, f"{message} ({detail})" if detail else message)


def unreadable(path: str | os.PathLike[str], error: OSError) -> InputError:
    """The :class:`InputError` for a file the operating system would not let us read."""
    if isinstance(error, FileNotFoundError):
        return InputError(path, "no such file")
    if isinstance(error, IsADirectoryError):
        return InputError(path, "is a folder, not a file")
    if isinstance(error, PermissionError):
        return InputError(path, "permission denied")
    return InputError(path, f"cannot be read ({error.strerror or error})")


class PassphraseError(InputError):
    """A protected case could not be opened with the passphrase given (or none was given)."""


class PassphraseNeededError(PassphraseError):
    """The case is protected and no passphrase was given: the editor asks for one, the CLI says how to give it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, "is protected (or is not an Ecomap case file): give its passphrase")


class WrongPassphraseError(PassphraseError):
    """The passphrase does not open the case (or the file's first page is damaged: SQLCipher cannot tell)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, "is protected: wrong passphrase")


class StoreUnreachableError(InputError):
    """The team store cannot be reached, or went away during the work: the editor keeps the draft locally."""


class DraftConflictError(InputError):
    """Someone else saved the case's draft in the team store since it was opened here; ``who`` and ``when`` say who."""

    def __init__(self, path: str, who: str, when: str) -> None:
        super().__init__(path, f"its draft was changed by {who} at {when} since you opened it; nothing was saved")
        self.who = who
        self.when = when
