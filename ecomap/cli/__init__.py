"""The ``ecomap`` command: headless verbs for scripts, and the editor for people.

The headless verbs never import Qt; ``ecomap [CASE]`` (the editor),
``screenshot`` and pictures from ``export`` import ``ecomap.ui`` when run. Every failure the user can act on ends as
one line on stderr naming the file and the problem, with exit status 2 (1
when ``check`` finds a problem); never a traceback, unless ``ECOMAP_DEBUG``
is set.

What the verbs print for people is in the language of ``ECOMAP_LANG`` or
the system's locale (:mod:`ecomap.language`), chosen first thing; an
``ECOMAP_LANG`` Ecomap does not speak is bad input like any other. The
``--help`` text (argparse's) stays English, as do ``--json``, CSV and
GraphML output and the exit statuses, which scripts read.
"""

import os
import sys
from collections.abc import Callable, Sequence

from ecomap.cli.desktop_check import check_desktop
from ecomap.cli.parser import VERBS, UsageError, build_open_parser, build_parser
from ecomap.errors import EcomapError, PassphraseNeededError
from ecomap.language import translate, use_language
from ecomap.language.choice import choose_language

EXIT_BAD_INPUT = 2


def _handlers() -> dict[str, Callable[..., int]]:
    from ecomap.cli import arranging, cohort, planning, protecting, reading, team, writing

    return {
        "import": writing.run_import,
        "export": writing.run_export,
        "versions": reading.run_versions,
        "show": reading.run_show,
        "diff": reading.run_diff,
        "metrics": reading.run_metrics,
        "plan": planning.run_plan,
        "prompts": planning.run_prompts,
        "arrange": arranging.run_arrange,
        "check": reading.run_check,
        "screenshot": writing.run_screenshot,
        "protect": protecting.run_protect,
        "unprotect": protecting.run_unprotect,
        "store": team.run_store,
        "cases": team.run_cases,
        "push": team.run_push,
        "pull": team.run_pull,
        "audit": team.run_audit,
        "cohort": cohort.run_cohort,
    }


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    _no_core_dumps()
    try:
        use_language(choose_language())
        return _run(arguments)
    except UsageError as error:
        _fail(str(error))
    except PassphraseNeededError as error:
        from ecomap.cli.passphrases import how_to_give

        _fail(f"ecomap: {how_to_give(error)}")
    except EcomapError as error:
        _fail(f"ecomap: {error}")
    except KeyboardInterrupt:
        _fail("ecomap: " + translate("Cli", "interrupted"))
        return 130
    except BrokenPipeError:
        # The reader went away (``ecomap versions CASE | head``): not an error.
        sys.stderr.close()
        return 0
    except OSError as error:
        if os.environ.get("ECOMAP_DEBUG"):
            raise
        where = f"{error.filename}: " if error.filename else ""
        _fail(f"ecomap: {where}{error.strerror or error}")
    except Exception as error:
        if os.environ.get("ECOMAP_DEBUG"):
            raise
        said = translate("Cli", "unexpected error ({error}); set ECOMAP_DEBUG=1 for details")
        _fail("ecomap: " + said.format(error=f"{type(error).__name__}: {error}"))
    return EXIT_BAD_INPUT


def _no_core_dumps() -> None:
    """A crash must not write the open case, decrypted in memory, to a core file (design §13).

    A core limit of 0 stops the kernel's own core files and tells systemd-coredump
    and apport not to keep one either. Where the limit cannot be lowered, nothing is lost but that.
    """
    if os.name != "posix":
        return
    import contextlib
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _fail(message: str) -> None:
    """Print ``message`` as the one line the user sees, whatever SQLite or the OS put in it."""
    print(" ".join(message.split()), file=sys.stderr)


def _run(arguments: list[str]) -> int:
    if arguments and (arguments[0] in VERBS or arguments[0].startswith("-")):
        args = build_parser().parse_args(arguments)
        if args.verb is None:
            build_parser().print_help()
            return 0
        if args.verb == "screenshot":
            check_desktop(drawn_offscreen=True)  # only an explicit QT_QPA_PLATFORM=xcb can fail here
        return _handlers()[args.verb](args)
    args = build_open_parser().parse_args(arguments)
    from ecomap.cli.passphrases import passphrase

    return _open_case(args.case, passphrase(args), args.store)


def _open_case(case: str | None, passphrase: str | None, store: str | None) -> int:
    """``ecomap [CASE]``: open the editor, on CASE if given (trying ``passphrase`` first if it is protected;
    ``store:REF`` from the team store at ``store``, else ECOMAP_STORE)."""
    check_desktop()  # no display, or no libxcb-cursor0: Qt would abort with a core dump and a screenful of advice
    try:
        from ecomap.ui.app import run
    except ImportError as error:
        said = translate("Cli", "the editor cannot start: the Qt toolkit (PySide6) could not be loaded ({error})")
        raise EcomapError(None, said.format(error=error)) from None
    return run(case, passphrase=passphrase, store_url=store)
