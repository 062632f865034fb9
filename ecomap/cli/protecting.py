"""``ecomap protect`` and ``ecomap unprotect``: encrypt a case, change its passphrase, or decrypt it (design §13).

Each is atomic: the whole case is written to a new file beside CASE, checked,
and renamed over it; on any failure CASE is left exactly as it was. The case
is opened for editing first, so a case open in an editor is refused.
"""

import argparse
from pathlib import Path

from ecomap.casefile.connection import judge_header
from ecomap.cli.output import warn
from ecomap.cli.passphrases import NEW_PASSPHRASE_ENV, new_passphrase, open_case, passphrase
from ecomap.errors import InputError
from ecomap.language import translate

SHORT_PASSPHRASE = 12
"""Fewer characters than this gets a warning: several words are easier to remember and far harder to guess."""


def run_protect(args: argparse.Namespace) -> int:
    """``protect CASE`` (a plain case) or ``protect CASE --change`` (a protected one)."""
    path = Path(args.case)
    protected = judge_header(path) is None
    if protected and not args.change:
        said = translate(
            "CliProtect", "is already protected (or is not an Ecomap case file); to change its passphrase use --change"
        )
        raise InputError(path, said)
    if args.change and not protected:
        said = translate(
            "CliProtect", "is not protected, so it has no passphrase to change; use 'ecomap protect' without --change"
        )
        raise InputError(path, said)
    new = new_passphrase(args)
    if new is None:
        said = translate("CliProtect", "give the new passphrase with --new-passphrase-file FILE or in {variable}")
        raise InputError(path, said.format(variable=NEW_PASSPHRASE_ENV))
    if not new:
        raise InputError(path, translate("CliProtect", "the new passphrase is empty; a passphrase cannot be empty"))
    with open_case(args, writable=True) as case:
        if args.change and new == passphrase(args):
            said = translate("CliProtect", "the new passphrase is the same as the current one; nothing was changed")
            raise InputError(path, said)
        case.change_protection(new)
    length = len(new)
    if length < SHORT_PASSPHRASE:
        said = translate(
            "CliProtect",
            "the passphrase is short (%n character(s)); "
            "several words together are easier to remember and much harder to guess",
            None,
            length,
        )
        warn(path, said)
    if args.change:
        said = translate(
            "CliProtect",
            "{case}: passphrase changed; without the passphrase nobody can open it, "
            "and it cannot be recovered if it is lost",
        )
    else:
        said = translate(
            "CliProtect",
            "{case}: protected; without the passphrase nobody can open it, and it cannot be recovered if it is lost",
        )
    print(said.format(case=path))
    return 0


def run_unprotect(args: argparse.Namespace) -> int:
    """``unprotect CASE``: write a protected case back as plain SQLite."""
    path = Path(args.case)
    if judge_header(path) is not None:
        raise InputError(path, translate("CliProtect", "is not protected; nothing was changed"))
    with open_case(args, writable=True) as case:
        case.change_protection(None)
    said = translate("CliProtect", "{case}: protection removed; anyone who has the file can now read it")
    print(said.format(case=path))
    return 0
