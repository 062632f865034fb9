"""Where the command line takes a case's passphrase from: a file's first line or the environment, never an argument.

A passphrase given as an argument would show in ``ps`` and in the shell's
history (design §13), so there is no such option: ``--passphrase-file FILE``
(its first line) or ``ECOMAP_PASSPHRASE``, and for ``protect`` the new one
from ``--new-passphrase-file FILE`` or ``ECOMAP_NEW_PASSPHRASE``. The file
wins over the environment. A passphrase is used only if the case is
protected; for a plain case it is ignored (``import -o NEW`` creates NEW
protected with it).
"""

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ecomap.errors import InputError, PassphraseNeededError, unreadable
from ecomap.language import translate

if TYPE_CHECKING:
    from ecomap.store.opening import OpenedCase

PASSPHRASE_ENV = "ECOMAP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ECOMAP_NEW_PASSPHRASE"


def how_to_give(error: PassphraseNeededError) -> str:
    """``error`` (which asks for the passphrase) with how to give it here."""
    said = translate("CliPassphrases", "{error} with --passphrase-file FILE or in {variable}")
    return said.format(error=error, variable=PASSPHRASE_ENV)


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"a protected case's passphrase: the first line of FILE (or set {PASSPHRASE_ENV})",
    )


def add_new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"the new passphrase: the first line of FILE (or set {NEW_PASSPHRASE_ENV})",
    )


def passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase given for the case, or ``None`` if none was."""
    return _given(getattr(args, "passphrase_file", None), PASSPHRASE_ENV)


def new_passphrase(args: argparse.Namespace) -> str | None:
    """The new passphrase given for ``protect``, or ``None`` if none was."""
    return _given(getattr(args, "new_passphrase_file", None), NEW_PASSPHRASE_ENV)


def _given(file: str | None, variable: str) -> str | None:
    if file is not None:
        return read_passphrase_file(Path(file))
    # An empty variable is passed on: a protected case refuses it, naming the case; a plain one ignores it.
    return os.environ.get(variable)


def read_passphrase_file(path: Path) -> str:
    """The first line of ``path``, without its line ending; one clear error if there is none."""
    try:
        if path.is_dir():
            raise InputError(path, translate("CliPassphrases", "is a folder, not a passphrase file"))
        data = path.read_bytes()
    except OSError as error:
        raise unreadable(path, error) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, translate("CliPassphrases", "the passphrase file is not UTF-8 text")) from None
    first = text.split("\n", 1)[0].removesuffix("\r")
    if not first:
        said = translate("CliPassphrases", "the passphrase file's first line is empty; a passphrase cannot be empty")
        raise InputError(path, said)
    if "\0" in first:
        said = translate("CliPassphrases", "the passphrase file holds a NUL character, which a passphrase cannot")
        raise InputError(path, said)
    return first


def open_case(args: argparse.Namespace, path: str | None = None, *, writable: bool = False) -> "OpenedCase":
    """Open ``path`` (CASE by default): a case file, with the passphrase the command was given, or
    ``store:REF`` in the team store of ``--store`` (or ECOMAP_STORE), recorded there as this command."""
    from ecomap.store.opening import open_case as open_either

    case = args.case if path is None else path
    detail = Path(args.output).name if getattr(args, "output", None) else ""
    return open_either(
        case,
        writable=writable,
        passphrase=passphrase(args),
        store=getattr(args, "store", None),
        action=args.verb or "open",
        detail=detail,
    )
