"""The ``ecomap`` command's arguments (design §6).

The help text is English whatever the language (it is argparse's, read by
those who write scripts); what this module says about a wrong argument is in
the user's language, inside argparse's English frame ("argument --version: ...").
"""

import argparse
import math
from typing import NoReturn

from ecomap import __version__
from ecomap.cli.passphrases import add_new_passphrase_option, add_passphrase_option
from ecomap.cli.store_parser import STORE_HELP, STORE_VERBS, add_store_option, add_store_verbs
from ecomap.language import translate
from ecomap.model.notation import TEXT_SCALES
from ecomap.report.options import DEFAULT_MARKING

VERBS = (
    "import",
    "versions",
    "show",
    "diff",
    "metrics",
    "plan",
    "prompts",
    "arrange",
    "export",
    "check",
    "screenshot",
    "protect",
    "unprotect",
    *STORE_VERBS,
)
CASE_VERBS = ("versions", "show", "diff", "metrics", "plan", "prompts", "arrange", "export", "check", "screenshot")
"""The commands whose CASE may be ``store:REF``: each takes ``--store``."""

DESCRIPTION = """\
Draw, version and compare a client's ecomap.

  ecomap [CASE]                      open the editor, on CASE if given
  ecomap import SRC... -o CASE       append each SRC as versions (creates CASE)
  ecomap versions CASE [--json]      list the saved versions
  ecomap show CASE [--version N] [--json]
  ecomap diff CASE A B [--json]      what changed from version A to B
  ecomap metrics CASE [--json]       social-capital measures of every version
  ecomap plan CASE [--version N] [--json]
                                     the plan, with the review against the version before
  ecomap plan CASE -o OUT.csv        every version's plan, one row per action, for evaluators
  ecomap prompts CASE [--version N] [--json]
                                     where the network is thin
  ecomap arrange CASE [--version N] [--keep] [--text-scale F] [--json]
                                     how a version reads at a glance, arranged or as saved
  ecomap export CASE -o OUT [--versions A,B,...] [--pseudonymise [--keep-reference]]
                                     OUT.pdf: the summary for the case file
  ecomap check CASE                  prove the case file is whole and unaltered
  ecomap screenshot CASE -o OUT.png [--version N | --compare A B] [--size WxH] [--text-size SCALE]
                                     the editor window, drawn offscreen to a PNG
  ecomap protect CASE [--change]     encrypt CASE with a passphrase, or change it
  ecomap unprotect CASE              write CASE back unencrypted

A protected case's passphrase: --passphrase-file FILE (its first line) or
ECOMAP_PASSPHRASE; a new one for protect: --new-passphrase-file FILE or
ECOMAP_NEW_PASSPHRASE. Never on the command line itself.

The team case store (docs/team-store.md):
{store_help}
Exit status: 0 done; 1 check found a problem; 2 bad input or usage.
""".replace("{store_help}", STORE_HELP)


class UsageError(Exception):
    """Wrong arguments: reported as one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser that reports errors as :class:`UsageError` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        said = translate("CliArguments", "{command}: {message} (see '{command} --help')")
        raise UsageError(said.format(command=self.prog, message=message))


def _version_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        said = translate("CliArguments", "{text} is not a version number")
        raise argparse.ArgumentTypeError(said.format(text=repr(text))) from None
    if number < 1:
        said = translate("CliArguments", "{text} is not a version number (they start at 1)")
        raise argparse.ArgumentTypeError(said.format(text=repr(text)))
    return number


"""The editor's text sizes (*View > Larger text*), smallest first."""
MIN_TEXT_SCALE, MAX_TEXT_SCALE = 0.5, 3.0


def text_scale(text: str) -> float:
    """``--text-scale``: one of the editor's sizes, or any factor from 0.5 to 3."""
    try:
        factor = float(text)
    except ValueError:
        factor = math.nan
    if not MIN_TEXT_SCALE <= factor <= MAX_TEXT_SCALE:
        sizes = ", ".join(f"{size:g}" for size in TEXT_SCALES)
        said = translate(
            "CliArguments", "{text} is not a text size: give a factor from {low} to {high} (the editor's are {sizes})"
        )
        raise argparse.ArgumentTypeError(
            said.format(text=repr(text), low=f"{MIN_TEXT_SCALE:g}", high=f"{MAX_TEXT_SCALE:g}", sizes=sizes)
        )
    return factor


def editor_text_size(text: str) -> int:
    """``--text-size``: one of the editor's text sizes (*View > Larger text*), as its index."""
    sizes = [f"{size:g}" for size in TEXT_SCALES]
    try:
        return sizes.index(f"{float(text):g}")
    except ValueError:
        said = translate("CliArguments", "{text} is not one of the editor's text sizes ({sizes})")
        raise argparse.ArgumentTypeError(said.format(text=repr(text), sizes=", ".join(sizes))) from None


def window_size(text: str) -> tuple[int, int]:
    """``--size``: ``WIDTHxHEIGHT`` in pixels, each from 400 to 4000."""
    width, _x, height = text.lower().partition("x")
    if width.isdigit() and height.isdigit() and 400 <= int(width) <= 4000 and 400 <= int(height) <= 4000:
        return int(width), int(height)
    said = translate("CliArguments", "{text} is not a window size: give WIDTHxHEIGHT, e.g. 1024x600")
    raise argparse.ArgumentTypeError(said.format(text=repr(text)))


def version_list(text: str) -> list[int]:
    """``"1,3,5-7"`` -> ``[1, 3, 5, 6, 7]``."""
    numbers: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if "-" in part.strip("-"):
            first, last = (_version_number(p) for p in part.split("-", 1))
            if last < first:
                said = translate("CliArguments", "{text} runs backwards")
                raise argparse.ArgumentTypeError(said.format(text=repr(part)))
            numbers.extend(range(first, last + 1))
        else:
            numbers.append(_version_number(part))
    return numbers


def build_parser() -> Parser:
    parser = Parser(prog="ecomap", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"ecomap {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND", parser_class=Parser)

    sub = verbs.add_parser("import", help="append each SRC as versions of CASE (created if missing)")
    sub.add_argument("sources", nargs="+", metavar="SRC", help="Ecomap JSON, easyNWK record or GraphML file")
    sub.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="CASE",
        help="the case file to add to (created protected if a passphrase is given)",
    )
    sub.add_argument(
        "--mapping",
        metavar="FILE",
        help="for Network Canvas GraphML: a JSON or TOML file mapping its node and edge types and variables",
    )
    add_passphrase_option(sub)

    sub = verbs.add_parser("versions", help="list the saved versions")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("--json", action="store_true", help="print JSON")
    add_passphrase_option(sub)

    sub = verbs.add_parser("show", help="show one version (the latest by default)")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("--version", type=_version_number, metavar="N", dest="number", help="version number")
    sub.add_argument("--json", action="store_true", help="print an interchange document of that version")
    add_passphrase_option(sub)

    sub = verbs.add_parser("diff", help="what changed from version A to version B")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("a", type=_version_number, metavar="A")
    sub.add_argument("b", type=_version_number, metavar="B")
    sub.add_argument("--json", action="store_true", help="print JSON")
    add_passphrase_option(sub)

    sub = verbs.add_parser("metrics", help="social-capital measures of every version")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("--json", action="store_true", help="print JSON")
    add_passphrase_option(sub)

    sub = verbs.add_parser("plan", help="a version's plan (the latest by default), reviewed against the one before")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("--version", type=_version_number, metavar="N", dest="number", help="version number")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.add_argument(
        "-o", "--output", metavar="OUT.csv", help="write every version's plan as CSV, one row per action per version"
    )
    add_passphrase_option(sub)

    sub = verbs.add_parser("prompts", help="where a version's network is thin (the latest by default)")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("--version", type=_version_number, metavar="N", dest="number", help="version number")
    sub.add_argument("--json", action="store_true", help="print JSON")
    add_passphrase_option(sub)

    sub = verbs.add_parser("arrange", help="how a version reads at a glance once arranged (CASE is not changed)")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("--version", type=_version_number, metavar="N", dest="number", help="version number")
    sub.add_argument("--keep", action="store_true", help="measure the positions as saved instead of arranging")
    sub.add_argument(
        "--text-scale",
        type=text_scale,
        default=1.0,
        metavar="FACTOR",
        help="the editor's text size to arrange for: 0.85, 1 (default), 1.2, 1.45 or 1.75 (any from 0.5 to 3)",
    )
    sub.add_argument("--json", action="store_true", help="print the arranged version as a document, and the counts")
    add_passphrase_option(sub)

    sub = verbs.add_parser("export", help="write CASE as .pdf, .json, .graphml, .csv, .png or .svg (format from OUT)")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("-o", "--output", required=True, metavar="OUT")
    sub.add_argument(
        "--versions",
        type=version_list,
        metavar="A,B,...",
        help="versions to include, e.g. 1,3 or 2-4 (a .png or .svg shows one: the latest unless given)",
    )
    sub.add_argument(
        "--pseudonymise",
        "--pseudonymize",
        action="store_true",
        help="initials instead of names (role words kept), no notes, a pseudonym for the case reference",
    )
    sub.add_argument("--keep-notes", action="store_true", help="with --pseudonymise: keep the notes")
    sub.add_argument("--keep-reference", action="store_true", help="with --pseudonymise: keep the real case reference")
    sub.add_argument(
        "--caption", action="store_true", help="PNG/SVG: a caption below the map (version, date, case reference)"
    )
    sub.add_argument(
        "--marking",
        metavar="TEXT",
        help=f"PDF: the protective marking on every page (default {DEFAULT_MARKING}; '' for none)",
    )
    sub.add_argument("--paper", choices=("a4", "letter"), help="PDF: paper size (default a4)")
    sub.add_argument(
        "--invariant", action="store_true", help="PDF: byte-identical output for the same input (for tests)"
    )
    add_passphrase_option(sub)

    sub = verbs.add_parser("check", help="verify the case file: integrity, hash chain, every version")
    sub.add_argument("case", metavar="CASE")
    add_passphrase_option(sub)

    sub = verbs.add_parser("screenshot", help="draw the editor window on CASE offscreen and save it as a PNG")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("-o", "--output", required=True, metavar="OUT.png")
    shown = sub.add_mutually_exclusive_group()
    shown.add_argument("--version", type=_version_number, metavar="N", dest="number", help="show version N (read-only)")
    shown.add_argument(
        "--compare",
        type=_version_number,
        nargs=2,
        metavar=("A", "B"),
        help="show the compare view: what changed from version A to version B",
    )
    sub.add_argument(
        "--size", type=window_size, default=(1400, 900), metavar="WxH", help="the window's size (default 1400x900)"
    )
    add_passphrase_option(sub)
    sub.add_argument(
        "--text-size",
        type=editor_text_size,
        default=1,
        metavar="SCALE",
        help="the editor's text size: " + ", ".join(f"{size:g}" for size in TEXT_SCALES) + " (default 1)",
    )

    sub = verbs.add_parser("protect", help="encrypt CASE with a passphrase (atomically), or change it with --change")
    sub.add_argument("case", metavar="CASE")
    sub.add_argument("--change", action="store_true", help="change the passphrase of a protected case")
    add_passphrase_option(sub)
    add_new_passphrase_option(sub)

    sub = verbs.add_parser("unprotect", help="write a protected CASE back unencrypted (atomically)")
    sub.add_argument("case", metavar="CASE")
    add_passphrase_option(sub)

    add_store_verbs(verbs)
    for verb in CASE_VERBS:
        add_store_option(verbs.choices[verb])
    return parser


def build_open_parser() -> Parser:
    """``ecomap [CASE]``: the form without a command."""
    parser = Parser(prog="ecomap", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"ecomap {__version__}")
    parser.add_argument("case", nargs="?", metavar="CASE")
    add_passphrase_option(parser)
    add_store_option(parser)
    return parser
