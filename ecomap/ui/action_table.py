"""Every action and key of the editor as data: name, words, keys, where it applies, and a line of help.

The menus, the canvas's context menu, the session bar, the canvas's single
keys and Help > Keyboard shortcuts are all built from :data:`ACTIONS` and
:data:`GESTURES`, so a key cannot be missing from the help or work without
being listed. No Qt here: keys are written as Qt's portable key strings
("Ctrl+Shift+S"), or as ``std:Name`` for a platform's standard key
(``QKeySequence.StandardKey.Name``).
"""

from dataclasses import dataclass
from enum import Enum

from ecomap.model.enums import Capital, Flow, Strength
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES, FLOW_NAMES, STRENGTH_NAMES


class Applies(Enum):
    """When an action can be used."""

    ALWAYS = "always"
    """Whenever the window is not busy with a long task."""
    EDITING = "editing"
    """While the working draft of a writable case is shown."""
    NODE = "node"
    """Editing, with one person or place selected."""
    TIE = "tie"
    """Editing, with a tie selected."""
    ONE = "one"
    """Editing, with one person, place or tie selected (and nothing else)."""
    PLAIN = "plain"
    """Editing a case that no passphrase protects."""
    PROTECTED = "protected"
    """Editing a case that a passphrase protects."""
    RECENT = "recent"
    """Whenever the window is not busy and File > Open recent lists a case."""


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One thing the user can do."""

    name: str
    """Stable id, used by the code that performs it."""
    text: str
    """Menu words, ``&`` before the mnemonic."""
    menu: str
    """The menu it sits in ("File", "Edit", "Tie", "Tie/Flow", "View", "Help"), or "" for none."""
    help: str
    """What it does, in a few words (Help > Keyboard shortcuts, status tips)."""
    keys: tuple[str, ...] = ()
    """Shortcuts anywhere in the window."""
    canvas_keys: tuple[str, ...] = ()
    """Single keys that do it while the canvas has the focus (shown in the menu, not window-wide)."""
    applies: Applies = Applies.ALWAYS
    checkable: bool = False
    context_menu: bool = False
    """Offered in the canvas's context menu when it applies."""
    session_bar: bool = False
    """A large button in session mode."""


@dataclass(frozen=True, slots=True)
class Gesture:
    """A mouse gesture or canvas key that no menu item performs (listed in the help only)."""

    keys: str
    help: str


def _with_mnemonic(words: str, key: str) -> str:
    """``words`` with ``&`` before the first letter ``key`` (any case), so the menu's key is the canvas's."""
    at = words.lower().index(key.lower())
    return f"{words[:at]}&{words[at:]}"


def _capital(capital: Capital, key: str) -> ActionSpec:
    name = CAPITAL_NAMES[capital]
    return ActionSpec(
        f"capital.{capital.value}",
        f"{_with_mnemonic(name, key)} ({CAPITAL_MARKS[capital]})",
        "Tie",
        f"selected tie: {name.lower()} capital",
        canvas_keys=(key,),
        applies=Applies.TIE,
        context_menu=True,
    )


def _strength(strength: Strength, key: str) -> ActionSpec:
    name = STRENGTH_NAMES[strength]
    return ActionSpec(
        f"strength.{strength.value}",
        f"{name} (&{key})",
        "Tie",
        f"selected tie: {name.lower()}",
        canvas_keys=(key,),
        applies=Applies.TIE,
        context_menu=True,
    )


def _flow(flow: Flow, mnemonic: str) -> ActionSpec:
    words = FLOW_NAMES[flow]
    at = words.rindex(mnemonic)
    text = f"{words[:at]}&{words[at:]}"
    return ActionSpec(
        f"flow.{flow.value}", text, "Tie/Flow", f"selected tie: {words.lower()}", applies=Applies.TIE, context_menu=True
    )


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new", "&New case…", "File", "start a new case", keys=("std:New",)),
    ActionSpec("open", "&Open…", "File", "open a case file", keys=("std:Open",)),
    ActionSpec(
        "open_store",
        "Open from team store…",  # every letter of it is another File item's mnemonic
        "File",
        "open one of your cases from the team store (your service's PostgreSQL server)",
        keys=("Ctrl+Shift+O",),
    ),
    ActionSpec(
        "import", "&Import…", "File", "read Ecomap JSON, easyNWK or GraphML, as a new case or as versions of this one"
    ),
    ActionSpec(
        "clear_recent",
        "C&lear recent files",
        "File",
        "empty File > Open recent and forget the last folder used (the case files stay)",
        applies=Applies.RECENT,
    ),
    ActionSpec("save", "&Save", "File", "save the working map", keys=("std:Save",), applies=Applies.EDITING),
    ActionSpec(
        "save_version",
        "Save &version…",
        "File",
        "save the working map as the next dated version",
        keys=("Ctrl+Shift+S",),
        applies=Applies.EDITING,
    ),
    ActionSpec(
        "save_copy", "Save &a copy…", "File", "write the whole case, the map as it is now included, to a new file"
    ),
    ActionSpec(
        "case_details",
        "Case de&tails…",
        "File",
        "the client's name, case reference, worker and case notes: see or change them",
    ),
    ActionSpec(
        "protect",
        "Protect wit&h a passphrase…",
        "File",
        "encrypt the case file: it opens only with the passphrase",
        applies=Applies.PLAIN,
    ),
    ActionSpec(
        "change_passphrase",
        "Chan&ge passphrase…",
        "File",
        "protect the case file by a new passphrase instead",
        applies=Applies.PROTECTED,
    ),
    ActionSpec(
        "unprotect",
        "Remove protection &from the file…",
        "File",
        "write the case file unencrypted: readable by anyone who has it",
        applies=Applies.PROTECTED,
    ),
    ActionSpec("export_image", "&Export map as image…", "File", "save the map as a PNG or SVG", keys=("Ctrl+E",)),
    ActionSpec(
        "export_pdf", "Export &PDF summary…", "File", "the PDF summary for the case file", keys=("Ctrl+Shift+E",)
    ),
    ActionSpec("export_data", "Export &data…", "File", "the versions as JSON, GraphML or CSV, pseudonymised if asked"),
    ActionSpec(
        "cohort_summary",
        "Cohort summar&y…",
        "File",
        "a PDF of how capital moved across many cases (a folder of case files or the team store), naming no one",
    ),
    ActionSpec("print_map", "Print &map…", "File", "print the map shown, with its legend", keys=("std:Print",)),
    ActionSpec("print_preview", "Print previe&w…", "File", "see the map's printed page before printing it"),
    ActionSpec(
        "print_summary",
        "Print PDF s&ummary…",
        "File",
        "print the PDF summary, or preview it first (pseudonymised if asked)",
    ),
    ActionSpec("close", "&Close", "File", "close the case (and the window)", keys=("std:Close",)),
    ActionSpec("quit", "&Quit", "File", "quit Ecomap", keys=("Ctrl+Q",)),
    # Edit (Undo and Redo come from the undo stack itself, listed by the help too)
    ActionSpec(
        "add_person",
        "&Add person…",
        "Edit",
        "add a person, then type the name",
        keys=("Ins",),
        canvas_keys=("N",),
        applies=Applies.EDITING,
        context_menu=True,
        session_bar=True,
    ),
    ActionSpec(
        "tie",
        "&Tie selected",
        "Edit",
        "tie the selected person to the client, or two selected people together",
        canvas_keys=("T",),
        applies=Applies.EDITING,
        context_menu=True,
        session_bar=True,
    ),
    ActionSpec(
        "rename",
        "Re&name",
        "Edit",
        "rename the selected person",
        keys=("F2",),
        canvas_keys=("Return", "Enter"),
        applies=Applies.NODE,
        context_menu=True,
    ),
    ActionSpec(
        "delete",
        "&Delete",
        "Edit",
        "delete the selection (the client stays)",
        keys=("std:Delete",),
        canvas_keys=("Backspace",),
        applies=Applies.EDITING,
        context_menu=True,
    ),
    ActionSpec(
        "plan_about",
        "Add a&ction about this",
        "Edit",
        "add an action to the plan about the selected person, place or tie",
        keys=("Ctrl+Shift+P",),
        canvas_keys=("A",),
        applies=Applies.ONE,
        context_menu=True,
    ),
    ActionSpec(
        "find",
        "&Find in People and places",
        "Edit",
        "type to find a person or place to add (Enter adds it)",
        keys=("Ctrl+F",),
        applies=Applies.EDITING,
    ),
    ActionSpec("select_all", "Select a&ll", "Edit", "select everyone and every tie", keys=("std:SelectAll",)),
    ActionSpec(
        "arrange",
        "Aut&o-arrange",
        "Edit",
        "place everyone so that nothing overlaps",
        keys=("Ctrl+Shift+A",),
        applies=Applies.EDITING,
    ),
    # Tie
    _capital(Capital.BONDING, "B"),
    _capital(Capital.BRIDGING, "R"),
    _capital(Capital.LINKING, "L"),
    _strength(Strength.STRONG, "1"),
    _strength(Strength.MODERATE, "2"),
    _strength(Strength.TENUOUS, "3"),
    ActionSpec(
        "stress",
        "&Stressful on/off",
        "Tie",
        "selected tie: stressful on or off",
        canvas_keys=("S",),
        applies=Applies.TIE,
        context_menu=True,
    ),
    ActionSpec(
        "flow.next",
        "Next &flow of energy",
        "Tie",
        "selected tie: next flow of energy (none, to, from, both)",
        canvas_keys=("F",),
        applies=Applies.TIE,
    ),
    _flow(Flow.NONE, "N"),
    _flow(Flow.TO_TARGET, "s"),
    _flow(Flow.TO_SOURCE, "f"),
    _flow(Flow.BOTH, "b"),
    # View
    ActionSpec("zoom_in", "Zoom &in", "View", "zoom in", keys=("std:ZoomIn", "Ctrl+=")),
    ActionSpec("zoom_out", "Zoom &out", "View", "zoom out", keys=("std:ZoomOut",)),
    ActionSpec(
        "fit", "&Fit to window", "View", "the whole map in view", keys=("Ctrl+0",), context_menu=True, session_bar=True
    ),
    ActionSpec("sectors", "Show domain &sectors", "View", "the lines between domains", checkable=True),
    # With Shift held, the main keyboard's = and - keys arrive as + and _ on Linux desktops: both are bound.
    ActionSpec(
        "larger", "&Larger text", "View", "larger text", keys=("Ctrl+Shift+=", "Ctrl+Shift++"), session_bar=True
    ),
    ActionSpec("smaller", "S&maller text", "View", "smaller text", keys=("Ctrl+Shift+-", "Ctrl+Shift+_")),
    ActionSpec(
        "session_mode",
        "Session mode (full scree&n)",
        "View",
        "full screen with the map, its legend and large buttons",
        keys=("F11", "std:FullScreen"),  # the standard key is empty on many Linux desktops
        checkable=True,
    ),
    ActionSpec(
        "leave_session",
        "Leave session mode",
        "",
        "leave session mode (otherwise, on the map: clear the selection)",
        keys=("Esc",),
        session_bar=True,
    ),
    ActionSpec("panel.people", "&People and places panel", "View", "show or hide the panel", checkable=True),
    ActionSpec("panel.details", "&Details panel", "View", "show or hide the panel", checkable=True),
    ActionSpec("panel.legend", "Le&gend panel", "View", "show or hide the panel", checkable=True),
    ActionSpec(
        "panel.history",
        "&History panel: versions, compare, chart",
        "View",
        "show or hide the History panel",
        keys=("Ctrl+H",),
        checkable=True,
    ),
    ActionSpec(
        "panel.plan",
        "Pl&an panel: where the network is thin, actions",
        "View",
        "show or hide the Plan panel",
        checkable=True,
    ),
    ActionSpec(
        "next_pane",
        "Ne&xt panel",
        "View",
        "the keyboard to the next panel (the map, People and places, History, Plan, Details)",
        keys=("Ctrl+Tab",),
    ),
    ActionSpec(
        "previous_pane",
        "Pre&vious panel",
        "View",
        "the keyboard to the previous panel",
        keys=("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab"),
    ),
    ActionSpec(
        "changes_since",
        "&Changes since the last version",
        "View",
        "compare the working draft with the latest saved version",
        keys=("Ctrl+D",),
    ),
    # Help
    # F1 is the guide (the platform's help key); the list of keys sits beside it on Shift+F1.
    ActionSpec(
        "guide",
        "Ecomap &guide",
        "Help",
        "what the map shows and how to draw it with a client",
        keys=("F1", "std:HelpContents"),
    ),
    ActionSpec("shortcuts", "&Keyboard shortcuts", "Help", "this list", keys=("Shift+F1",)),
)

GESTURES: tuple[Gesture, ...] = (
    Gesture("Double-click empty canvas", "add a person there, then type the name"),
    Gesture("Drag from a person's rim to another", "tie them (default capital)"),
    Gesture("Double-click a person", "rename them"),
    Gesture("Tab / Shift+Tab", "select the next / previous person, then the ties"),
    Gesture("Shift+arrow keys", "add the nearest person that way to the selection"),
    Gesture("Arrow keys (Alt: finer)", "move the selected people"),
)

MENUS = {
    "File": "&File",
    "Edit": "&Edit",
    "Tie": "&Tie",
    "Tie/Flow": "Fl&ow of energy",
    "View": "&View",
    "Help": "&Help",
}
"""The menus, in menu-bar order, with their words ("Tie/Flow" is a submenu of Tie)."""
