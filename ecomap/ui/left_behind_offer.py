"""At start: the new cases that an earlier Ecomap ended before they were saved, offered back one by one.

Each one's recovery file (:mod:`ecomap.ui.unsaved_cases`) is offered with
its time and whom it is about (a protected one names no one until its
passphrase is given); the first the user takes back becomes the open case,
unsaved, and its recovery file carries on; one the user declines is deleted.
A file that cannot be read is named in the status line and left alone.
"""

from functools import partial
from typing import TYPE_CHECKING

from ecomap.language import translate
from ecomap.ui.case_paths import error_line
from ecomap.ui.open_case import OpenCase
from ecomap.ui.unlocking import Unlock
from ecomap.ui.unsaved_cases import left_behind

if TYPE_CHECKING:
    from ecomap.ui.files import FileController


def offer_left_behind(files: "FileController") -> None:
    """Offer back, through ``files`` (its questions and its case), what an earlier Ecomap left unsaved."""
    from ecomap.ui.files import FILE_ERRORS

    found, broken = left_behind(files.keeper.recovery_file.folder)
    for path in broken:
        files.context.notify(
            translate("LeftBehind", "A recovery file could not be read and was left as it is: {file}").format(file=path)
        )
    for left in found:
        if not files.ask_recover_new_case(left):
            try:
                left.path.unlink()
            except OSError as error:
                files.context.notify(
                    translate("LeftBehind", "The unsaved case could not be removed: {error}").format(
                        error=error_line(error)
                    )
                )
            continue
        if files.settle_changes() is None:
            return
        files.end_case(discard=True)
        try:
            taken = Unlock(left.path, files.ask_passphrase).open(partial(files.keeper.recovery_file.adopt, left.path))
        except FILE_ERRORS as error:
            files.context.show_error(
                translate("LeftBehind", "The unsaved case could not be recovered."), error_line(error)
            )
            taken = None
        if taken is None or taken.map is None:
            files.context.set_case(OpenCase.new_unsaved())  # the one ended above; the file is offered again
            return
        case = OpenCase.new_unsaved(taken.details, passphrase=files.keeper.recovery_file.passphrase)
        case.map = taken.map
        files.context.set_case(case)
        files.context.recovered_unsaved = True
        files.context.notify(translate("LeftBehind", "Recovered a new case that was never saved: save it to keep it"))
        return
