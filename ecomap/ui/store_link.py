"""Writing to the team store when its server may go away: once more on a new connection, else kept on this computer.

A save or autosave of a store case that finds the connection lost connects
again and tries once more (a server restarted overnight is not the user's
business). If the store still cannot be reached, the working map is kept
safe on this computer, in the editor's recovery folder (:class:`~ecomap.ui.unsaved_cases.RecoveryFile`:
a case file of its own, protected like the case if it is, offered back on the
next start if Ecomap ends first), and the error goes on to the caller, who
says so in one line. The next write that reaches the store removes that copy.
A case file's writes pass straight through. Qt-free.
"""

from collections.abc import Callable
from typing import TypeVar

from ecomap.errors import EcomapError, StoreUnreachableError
from ecomap.language import translate
from ecomap.ui.open_case import OpenCase
from ecomap.ui.unsaved_cases import RecoveryFile

T = TypeVar("T")


class StoreLink:
    """The store case's writes of one editor, and the local copy kept while the store is out of reach."""

    def __init__(self, recovery_file: RecoveryFile) -> None:
        self.recovery_file = recovery_file
        self.kept_locally = False
        """Whether the working map is kept on this computer because the store could not be reached."""
        self.resumed = False
        """Whether the last write reached the store after a local copy had been kept (and removed it)."""

    def attempt(self, case: OpenCase, write: Callable[[], T]) -> T:
        """``write()`` (a save to ``case``); for a store case, once more on a new connection if the store went
        away. If it still cannot be reached, the working map is kept locally and the error raised."""
        self.resumed = False
        if case.store_case is None:
            return write()
        try:
            result = self._reconnected(case, write) if self.kept_locally else write()
        except StoreUnreachableError:
            try:
                result = self._reconnected(case, write)
            except StoreUnreachableError:
                self.keep_locally(case)
                raise
        if self.kept_locally:
            self.recovery_file.discard()
            self.kept_locally, self.resumed = False, True
        return result

    @staticmethod
    def _reconnected(case: OpenCase, write: Callable[[], T]) -> T:
        try:
            case.reconnect()
        except EcomapError as error:  # a refused login too: the work is kept all the same
            raise StoreUnreachableError(case.path, error.message) from None
        return write()

    def keep_locally(self, case: OpenCase) -> None:
        """Write the working map to the local copy (made on the first write, protected if the case is)."""
        self.recovery_file.write(case.details, case.map, case.passphrase)
        self.kept_locally = True

    def forget(self) -> None:
        """The case is closing: a local copy stays where it is (offered back on the next start)."""
        self.kept_locally = self.resumed = False

    def kept_words(self, case: OpenCase) -> str:
        """The one line that says the store was not reached and where the work is kept instead."""
        where = self.recovery_file.path or self.recovery_file.folder
        words = translate(
            "StoreLink",
            "{case}: the team store cannot be reached, so your map is kept on this computer ({folder}); "
            "Ecomap saves it to the store when the server answers again",
        )
        return words.format(case=_case_name(case), folder=where)

    def explain(self, case: OpenCase, error: BaseException) -> str:
        """For a save that did not reach the store: where the work is kept instead; else empty."""
        kept = isinstance(error, StoreUnreachableError) and self.kept_locally
        return self.kept_words(case) if kept else ""

    def resumed_words(self, case: OpenCase) -> str:
        words = translate(
            "StoreLink", "The team store answers again: saved to {case}, and the copy kept on this computer is removed"
        )
        return words.format(case=_case_name(case))


def _case_name(case: OpenCase) -> str:
    """The store case as messages name it (``store:REF – team store …``)."""
    return str(case.store_case.path) if case.store_case is not None else translate("StoreLink", "the team store")
