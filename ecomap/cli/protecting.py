"""``ecomap protect`` and ``ecomap unprotect``: encrypt a case, change its passphrase, or decrypt it (design §13).

Each is atomic: the whole case is written to a new file beside CASE, checked,
and renamed over it; on any failure CASE is left exactly as it was. The case
is opened for editing first, so a case open in an editor is refused.
"""

import argparse
import sys
from pathlib import Path

from ecomap.casefile.connection import judge_header
from ecomap.cli.passphrases import NEW_PASSPHRASE_ENV, new_passphrase, open_case, passphrase
from ecomap.errors import InputError

SHORT_PASSPHRASE = 12
"""Fewer characters than this gets a warning: several words are easier to remember and far harder to guess."""


def run_protect(args: argparse.Namespace) -> int:
    """``protect CASE`` (a plain case) or ``protect CASE --change`` (a protected one)."""
    path = Path(args.case)
    protected = judge_header(path) is None
    if protected and not args.change:
        raise InputError(
            path, "is already protected (or is not an Ecomap case file); to change its passphrase use --change"
        )
    if args.change and not protected:
        raise InputError(
            path, "is not protected, so it has no passphrase to change; use 'ecomap protect' without --change"
        )
    new = new_passphrase(args)
    if new is None:
        raise InputError(path, f"give the new passphrase with --new-passphrase-file FILE or in {NEW_PASSPHRASE_ENV}")
    if not new:
        raise InputError(path, "the new passphrase is empty; a passphrase cannot be empty")
    with open_case(args, writable=True) as case:
        if args.change and new == passphrase(args):
            raise InputError(path, "the new passphrase is the same as the current one; nothing was changed")
        case.change_protection(new)
    if len(new) < SHORT_PASSPHRASE:
        print(
            f"ecomap: warning: {path}: the passphrase is short ({len(new)} characters); "
            "several words together are easier to remember and much harder to guess",
            file=sys.stderr,
        )
    done = "passphrase changed" if args.change else "protected"
    print(f"{path}: {done}; without the passphrase nobody can open it, and it cannot be recovered if it is lost")
    return 0


def run_unprotect(args: argparse.Namespace) -> int:
    """``unprotect CASE``: write a protected case back as plain SQLite."""
    path = Path(args.case)
    if judge_header(path) is not None:
        raise InputError(path, "is not protected; nothing was changed")
    with open_case(args, writable=True) as case:
        case.change_protection(None)
    print(f"{path}: protection removed; anyone who has the file can now read it")
    return 0
