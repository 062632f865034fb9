"""The team store's commands: ``store init|worker|assign``, ``cases``, ``push``, ``pull`` and ``audit``."""

import argparse
from dataclasses import asdict
from pathlib import Path

from ecomap.cli.output import one_line, print_json, table
from ecomap.cli.passphrases import passphrase
from ecomap.errors import InputError
from ecomap.language import translate
from ecomap.store.connecting import STORE_PREFIX, store_url


def _reference(text: str) -> str:
    """REF as given, with or without ``store:``."""
    ref = text.removeprefix(STORE_PREFIX)
    if not ref.strip():
        raise InputError(text, translate("CliTeam", "names no case: give the case's reference"))
    return ref


def run_store(args: argparse.Namespace) -> int:
    url = store_url(args.store)
    if args.store_verb == "init":
        from ecomap.store.schema import init_store

        print(init_store(url))
        return 0
    from ecomap.store.team_store import TeamStore

    with TeamStore(url) as store:
        if args.store_verb == "worker":
            password = Path(args.password_file) if args.password_file else None
            print(store.add_worker(args.login, args.team, supervisor=args.supervisor, password_file=password))
        else:
            print(store.assign(_reference(args.ref), args.login, revoke=args.revoke))
    return 0


def run_cases(args: argparse.Namespace) -> int:
    from ecomap.store.team_store import TeamStore

    with TeamStore(store_url(args.store)) as store:
        listed = store.cases()
        name = store.name
    if args.json:
        print_json([asdict(case) for case in listed])
        return 0
    if not listed:
        print(translate("CliTeam", "The {store} has no cases that you may see.").format(store=name))
        return 0
    rows = [
        [STORE_PREFIX + c.ref, one_line(c.client, 30), one_line(c.worker, 30), str(c.versions), c.latest or ""]
        for c in listed
    ]
    headers = [
        translate("CliTeam", "Case"),
        translate("CliTeam", "Client"),
        translate("CliTeam", "Worker"),
        translate("CliTeam", "Versions"),
        translate("CliTeam", "Latest"),
    ]
    print(table(headers, rows))
    return 0


def run_push(args: argparse.Namespace) -> int:
    from ecomap.store.transfer import push

    print(push(Path(args.case), store_url(args.store), as_ref=args.as_ref, passphrase=passphrase(args)))
    return 0


def run_pull(args: argparse.Namespace) -> int:
    from ecomap.store.transfer import pull

    target = Path(args.output)
    if target.suffix.lower() != ".ecomap":
        said = translate("CliTeam", "a pulled case is written as a case file; give a name ending in .ecomap")
        raise InputError(target, said)
    print(pull(_reference(args.ref), target, store_url(args.store), passphrase=passphrase(args)))
    return 0


def run_audit(args: argparse.Namespace) -> int:
    from ecomap.store.team_store import TeamStore

    with TeamStore(store_url(args.store)) as store:
        entries = store.audit(_reference(args.ref))
    if args.json:
        print_json([asdict(entry) for entry in entries])
        return 0
    rows = [[e.at, e.who, e.action, one_line(e.detail, 50)] for e in entries]
    headers = [
        translate("CliTeam", "When (UTC)"),
        translate("CliTeam", "Who"),
        translate("CliTeam", "What"),
        translate("CliTeam", "Detail"),
    ]
    print(table(headers, rows))
    return 0
