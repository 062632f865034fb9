"""The team store's arguments (design §15): ``store init|worker|assign``, ``cases``, ``push``, ``pull``, ``audit``."""

import argparse
from typing import Any

from ecomap.cli.passphrases import add_passphrase_option
from ecomap.language import translate

STORE_VERBS = ("store", "cases", "push", "pull", "audit", "cohort")

STORE_HELP = """\
  ecomap store init                  create or migrate the team store's schema (an admin)
  ecomap store worker LOGIN --team TEAM [--supervisor] [--password-file FILE]
                                     add a worker (or supervisor) to a team, creating their login
  ecomap store assign REF LOGIN [--revoke]
                                     let a worker read and write a case (or no longer)
  ecomap cases [--json]              the cases in the team store this login may see
  ecomap push CASE.ecomap [--as REF] upload a case file, or append the versions the store lacks
  ecomap pull REF -o CASE.ecomap     write a case in the store to a new case file
  ecomap audit REF [--json]          who opened, exported or changed the case, and when

  ecomap cohort SOURCE... [--json] [-o OUT.csv|OUT.pdf] [--min-count K]
                                     bonding, bridging and linking across many cases, first to
                                     latest, and the community assets they reach (SOURCE: case
                                     files, folders of them, or store: for the team store)

A case in the team store is store:REF wherever a CASE goes. The store is
--store URL (a PostgreSQL connection string or URL) or ECOMAP_STORE; a
password comes from libpq (PGPASSFILE, ~/.pgpass), never the command line.
"""


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        said = translate("CliArguments", "{text} is not a count of cases (1 or more)")
        raise argparse.ArgumentTypeError(said.format(text=repr(text)))
    return int(text)


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        metavar="URL",
        help="the team store for store:REF: a PostgreSQL connection string or URL (default: ECOMAP_STORE)",
    )


def add_store_verbs(verbs: "argparse._SubParsersAction[Any]") -> None:
    """Add the team store's commands to the ``ecomap`` parser's ``verbs``."""
    sub = verbs.add_parser("store", help="administer the team store: init, worker, assign")
    actions = sub.add_subparsers(dest="store_verb", metavar="ACTION", parser_class=type(sub), required=True)
    init = actions.add_parser("init", help="create or migrate the store's schema (refuses a newer one)")
    add_store_option(init)
    worker = actions.add_parser("worker", help="add a worker or supervisor to a team (creating their login)")
    worker.add_argument("login", metavar="LOGIN")
    worker.add_argument("--team", required=True, metavar="TEAM")
    worker.add_argument("--supervisor", action="store_true", help="reads every case of the team")
    worker.add_argument(
        "--password-file", metavar="FILE", help="set the login's password from the file's first line (hashed here)"
    )
    add_store_option(worker)
    assign = actions.add_parser("assign", help="let a worker read and write a case, or with --revoke no longer")
    assign.add_argument("ref", metavar="REF")
    assign.add_argument("login", metavar="LOGIN")
    assign.add_argument("--revoke", action="store_true")
    add_store_option(assign)

    sub = verbs.add_parser("cases", help="the cases in the team store that this login may see")
    sub.add_argument("--json", action="store_true", help="print JSON")
    add_store_option(sub)

    sub = verbs.add_parser("push", help="upload a case file to the team store, or append the versions it lacks")
    sub.add_argument("case", metavar="CASE.ecomap")
    sub.add_argument("--as", dest="as_ref", metavar="REF", help="the case's reference in the store (default: its own)")
    add_passphrase_option(sub)
    add_store_option(sub)

    sub = verbs.add_parser("pull", help="write a case in the team store to a new case file")
    sub.add_argument("ref", metavar="REF")
    sub.add_argument("-o", "--output", required=True, metavar="CASE.ecomap")
    add_passphrase_option(sub)
    add_store_option(sub)

    sub = verbs.add_parser("cohort", help="how capital moved across many cases, and which community assets they reach")
    sub.add_argument("sources", nargs="+", metavar="SOURCE", help="a case file, a folder of them, or store:")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.add_argument("-o", "--output", metavar="OUT.csv|OUT.pdf", help="write the figures as CSV or a PDF summary")
    sub.add_argument(
        "--min-count",
        type=_count,
        default=5,
        metavar="K",
        help="show an asset only if at least K cases reach it, first or latest (default 5)",
    )
    add_passphrase_option(sub)
    add_store_option(sub)

    sub = verbs.add_parser("audit", help="the audit log of a case: who did what, when (supervisors and admins)")
    sub.add_argument("ref", metavar="REF")
    sub.add_argument("--json", action="store_true", help="print JSON")
    add_store_option(sub)
