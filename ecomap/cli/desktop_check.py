"""Whether Qt can start a window here, asked before Qt is imported (Qt-free).

On Linux, Qt 6.5+ aborts with a core dump and a screenful of advice about the
"xcb" platform plugin when it has no display to connect to, or when the X11
plugin's system libraries are missing (``libxcb-cursor0`` on many Debian and
Ubuntu desktops; a bare system lacks several, and Qt names only that one).
:func:`desktop_problem` foresees both and says in one line what to do; it
only speaks when Qt would certainly abort, so that a working desktop is never
refused (when in doubt, Qt gets to try).

Which platform Qt uses follows ``QGuiApplicationPrivate::createPlatformIntegration``:
``QT_QPA_PLATFORM`` if set (``;`` separates fallbacks, ``:`` starts options);
otherwise Wayland first when ``WAYLAND_DISPLAY`` is set or ``XDG_SESSION_TYPE``
is ``wayland``, then X11 (``xcb``). Only when X11 is the one choice can the
missing library stop Qt: with Wayland tried first, a desktop whose X11 plugin
cannot load still opens the editor.
"""

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from ecomap.errors import EcomapError
from ecomap.language import QT_TRANSLATE_NOOP, translate

XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
"""The system libraries Qt's X11 ("xcb") plugin loads that a desktop may lack, by the file name the
dynamic loader looks for, with the Debian and Ubuntu package that has each (read off the plugin with
``ldd``; Qt names only libxcb-cursor0, whichever is missing)."""
XCB_CURSOR = "libxcb-cursor.so.0"
"""The one most often missing (Qt 6.5+ needs it; many desktops lack it)."""

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "CliDesktop",
    "the editor needs a display (a desktop session), and none was found; "
    "QT_QPA_PLATFORM=offscreen runs it without one (for screenshots and tests); the other commands need none",
)
NO_X_DISPLAY = QT_TRANSLATE_NOOP(
    "CliDesktop",
    "the editor needs a display, and QT_QPA_PLATFORM=xcb asks for an X11 one but DISPLAY is not set; "
    "QT_QPA_PLATFORM=offscreen runs it without one (for screenshots and tests)",
)
MISSING_LIBRARY = QT_TRANSLATE_NOOP(
    "CliDesktop",
    "the editor needs the system library {names} on Linux; install with: sudo apt install {packages} "
    "(on Fedora and Arch the xcb-util packages, e.g. xcb-util-cursor)",
)
MISSING_LIBRARIES = QT_TRANSLATE_NOOP(
    "CliDesktop",
    "the editor needs the system libraries {names} on Linux; install with: sudo apt install {packages} "
    "(on Fedora and Arch the xcb-util packages, e.g. xcb-util-cursor)",
)
"""The lines :func:`desktop_problem` says, in English (it says them in the user's language)."""


def missing_libraries(packages: list[str], *, english: bool = False) -> str:
    """The one line saying which system packages the editor needs and how to install them
    (in the user's language, or in English if ``english``)."""
    message = MISSING_LIBRARY if len(packages) == 1 else MISSING_LIBRARIES
    said = message if english else translate("CliDesktop", message)
    return said.format(names=", ".join(packages), packages=" ".join(packages))


NO_XCB_CURSOR = missing_libraries([XCB_LIBRARIES[XCB_CURSOR]], english=True)


def library_loads(name: str) -> bool:
    """Whether the dynamic loader can load the shared library ``name`` (a file name such as ``libfoo.so.0``).

    Loading it is the question Qt's plugin will ask, with the same search (``LD_LIBRARY_PATH``, the
    loader's cache, the system folders); ``ctypes.util.find_library`` reads ``ldconfig``'s cache in
    a subprocess instead, which is slower and can disagree with the loader.
    """
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def desktop_problem(
    environ: Mapping[str, str],
    *,
    drawn_offscreen: bool = False,
    system: str = sys.platform,
    loads: Callable[[str], bool] = library_loads,
) -> str | None:
    """What stops Qt from starting here, as the one line to show (in the user's language); ``None`` if
    nothing is known to.

    ``drawn_offscreen``: the command draws offscreen unless ``QT_QPA_PLATFORM`` asks otherwise
    (``screenshot``); without it, Qt chooses as for the editor. ``loads`` says whether a shared
    library can be loaded (:func:`library_loads`).
    """
    if not system.startswith("linux"):
        return None
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested:
        platforms = [entry.split(":", 1)[0].strip().lower() for entry in requested.split(";") if entry.strip()]
        if platforms != ["xcb"]:
            return None
        if not environ.get("DISPLAY"):
            return translate("CliDesktop", NO_X_DISPLAY)
    else:
        if drawn_offscreen:
            return None
        if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
            return translate("CliDesktop", NO_DISPLAY)
        if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
            return None  # Qt tries Wayland first, which needs no libxcb-cursor
    lacking = [package for library, package in XCB_LIBRARIES.items() if not loads(library)]
    return missing_libraries(lacking) if lacking else None


def check_desktop(*, drawn_offscreen: bool = False) -> None:
    """Raise the :class:`EcomapError` of :func:`desktop_problem` here and now, if there is one."""
    problem = desktop_problem(os.environ, drawn_offscreen=drawn_offscreen)
    if problem:
        raise EcomapError(None, problem)
