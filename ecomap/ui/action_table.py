"""Every action and key of the editor as data: name, words, keys, where it applies, and a line of help.

The menus, the canvas's context menu, the session bar, the canvas's single
keys and Help > Keyboard shortcuts are all built from :data:`ACTIONS` and
:data:`GESTURES`, so a key cannot be missing from the help or work without
being listed. No Qt here: keys are written as Qt's portable key strings
("Ctrl+Shift+S"), or as ``std:Name`` for a platform's standard key
(``QKeySequence.StandardKey.Name``). The words are English, marked for the
catalogue (context "Actions") and translated where the menus and the help
are built (:mod:`ecomap.ui.actions`), so the language chosen at start-up
applies; a capital's, strength's or flow's words are whole phrases per key.
"""

from dataclasses import dataclass
from enum import Enum

from ecomap.language import QT_TRANSLATE_NOOP


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
    """Menu words, ``&`` before the mnemonic (English: shown as ``translate("Actions", text)``, as ``help`` is)."""
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
    mnemonic: str = ""
    """The menu's mnemonic in every language, whatever the words (the canvas's single key), or "" for the
    translator's choice."""


@dataclass(frozen=True, slots=True)
class Gesture:
    """A mouse gesture or canvas key that no menu item performs (listed in the help only)."""

    keys: str
    help: str


def _with_mnemonic(words: str, key: str) -> str:
    """``words`` with ``&`` before the letter ``key`` (any case): the first that starts a word, else the first
    anywhere, so the menu's key is the canvas's; words without it get it appended, as "Clymu (&B)" (Qt's way
    for words that lack the letter). Any mnemonic the words had is dropped first (an ``&&``, a shown "&", stays)."""
    words = words.replace("&&", "\0").replace("&", "")
    lower, wanted = words.lower(), key.lower()
    starts = [at for at, char in enumerate(lower) if char == wanted and (at == 0 or not lower[at - 1].isalnum())]
    at = starts[0] if starts else lower.find(wanted)
    marked = f"{words} (&{key})" if at < 0 else f"{words[:at]}&{words[at:]}"
    return marked.replace("\0", "&&")


def _tie_choice(name: str, text: str, help_text: str, key: str, menu: str = "Tie") -> ActionSpec:
    """A choice for the selected tie (capital, strength or flow): its words are whole phrases per key."""
    return ActionSpec(
        name,
        text,
        menu,
        help_text,
        canvas_keys=(key,) if key else (),
        applies=Applies.TIE,
        context_menu=True,
        mnemonic=key,
    )


# fmt: off
ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New case…"), "File",
               QT_TRANSLATE_NOOP("Actions", "start a new case"), keys=("std:New",)),
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), "File",
               QT_TRANSLATE_NOOP("Actions", "open a case file"), keys=("std:Open",)),
    # Open from team store has no mnemonic: every letter of it is another File item's.
    ActionSpec("open_store", QT_TRANSLATE_NOOP("Actions", "Open from team store…"), "File",
               QT_TRANSLATE_NOOP("Actions", "open one of your cases from the team store"
                                            " (your service's PostgreSQL server)"), keys=("Ctrl+Shift+O",)),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import…"), "File",
               QT_TRANSLATE_NOOP("Actions", "read Ecomap JSON, easyNWK or GraphML,"
                                            " as a new case or as versions of this one")),
    ActionSpec("clear_recent", QT_TRANSLATE_NOOP("Actions", "C&lear recent files"), "File",
               QT_TRANSLATE_NOOP("Actions", "empty File > Open recent and forget the last folder used"
                                            " (the case files stay)"), applies=Applies.RECENT),
    ActionSpec("save", QT_TRANSLATE_NOOP("Actions", "&Save"), "File",
               QT_TRANSLATE_NOOP("Actions", "save the working map"), keys=("std:Save",), applies=Applies.EDITING),
    ActionSpec("save_version", QT_TRANSLATE_NOOP("Actions", "Save &version…"), "File",
               QT_TRANSLATE_NOOP("Actions", "save the working map as the next dated version"), keys=("Ctrl+Shift+S",),
               applies=Applies.EDITING),
    ActionSpec("save_copy", QT_TRANSLATE_NOOP("Actions", "Save &a copy…"), "File",
               QT_TRANSLATE_NOOP("Actions", "write the whole case, the map as it is now included, to a new file")),
    ActionSpec("case_details", QT_TRANSLATE_NOOP("Actions", "Case de&tails…"), "File",
               QT_TRANSLATE_NOOP("Actions", "the client's name, case reference, worker and case notes:"
                                            " see or change them")),
    ActionSpec("protect", QT_TRANSLATE_NOOP("Actions", "Protect wit&h a passphrase…"), "File",
               QT_TRANSLATE_NOOP("Actions", "encrypt the case file: it opens only with the passphrase"),
               applies=Applies.PLAIN),
    ActionSpec("change_passphrase", QT_TRANSLATE_NOOP("Actions", "Chan&ge passphrase…"), "File",
               QT_TRANSLATE_NOOP("Actions", "protect the case file by a new passphrase instead"),
               applies=Applies.PROTECTED),
    ActionSpec("unprotect", QT_TRANSLATE_NOOP("Actions", "Remove protection &from the file…"), "File",
               QT_TRANSLATE_NOOP("Actions", "write the case file unencrypted: readable by anyone who has it"),
               applies=Applies.PROTECTED),
    ActionSpec("export_image", QT_TRANSLATE_NOOP("Actions", "&Export map as image…"), "File",
               QT_TRANSLATE_NOOP("Actions", "save the map as a PNG or SVG"), keys=("Ctrl+E",)),
    ActionSpec("export_pdf", QT_TRANSLATE_NOOP("Actions", "Export &PDF summary…"), "File",
               QT_TRANSLATE_NOOP("Actions", "the PDF summary for the case file"), keys=("Ctrl+Shift+E",)),
    ActionSpec("export_data", QT_TRANSLATE_NOOP("Actions", "Export &data…"), "File",
               QT_TRANSLATE_NOOP("Actions", "the versions as JSON, GraphML or CSV, pseudonymised if asked")),
    ActionSpec("cohort_summary", QT_TRANSLATE_NOOP("Actions", "Cohort summar&y…"), "File",
               QT_TRANSLATE_NOOP("Actions", "a PDF of how capital moved across many cases"
                                            " (a folder of case files or the team store), naming no one")),
    ActionSpec("print_map", QT_TRANSLATE_NOOP("Actions", "Print &map…"), "File",
               QT_TRANSLATE_NOOP("Actions", "print the map shown, with its legend"), keys=("std:Print",)),
    ActionSpec("print_preview", QT_TRANSLATE_NOOP("Actions", "Print previe&w…"), "File",
               QT_TRANSLATE_NOOP("Actions", "see the map's printed page before printing it")),
    ActionSpec("print_summary", QT_TRANSLATE_NOOP("Actions", "Print PDF s&ummary…"), "File",
               QT_TRANSLATE_NOOP("Actions", "print the PDF summary, or preview it first (pseudonymised if asked)")),
    ActionSpec("close", QT_TRANSLATE_NOOP("Actions", "&Close"), "File",
               QT_TRANSLATE_NOOP("Actions", "close the case (and the window)"), keys=("std:Close",)),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "File",
               QT_TRANSLATE_NOOP("Actions", "quit Ecomap"), keys=("Ctrl+Q",)),
    # Edit (Undo and Redo come from the undo stack itself, listed by the help too)
    ActionSpec("add_person", QT_TRANSLATE_NOOP("Actions", "&Add person…"), "Edit",
               QT_TRANSLATE_NOOP("Actions", "add a person, then type the name"), keys=("Ins",), canvas_keys=("N",),
               applies=Applies.EDITING, context_menu=True, session_bar=True),
    ActionSpec("tie", QT_TRANSLATE_NOOP("Actions", "&Tie selected"), "Edit",
               QT_TRANSLATE_NOOP("Actions", "tie the selected person to the client, or two selected people together"),
               canvas_keys=("T",), applies=Applies.EDITING, context_menu=True, session_bar=True),
    ActionSpec("rename", QT_TRANSLATE_NOOP("Actions", "Re&name"), "Edit",
               QT_TRANSLATE_NOOP("Actions", "rename the selected person"), keys=("F2",),
               canvas_keys=("Return", "Enter"), applies=Applies.NODE, context_menu=True),
    ActionSpec("delete", QT_TRANSLATE_NOOP("Actions", "&Delete"), "Edit",
               QT_TRANSLATE_NOOP("Actions", "delete the selection (the client stays)"), keys=("std:Delete",),
               canvas_keys=("Backspace",), applies=Applies.EDITING, context_menu=True),
    ActionSpec("plan_about", QT_TRANSLATE_NOOP("Actions", "Add a&ction about this"), "Edit",
               QT_TRANSLATE_NOOP("Actions", "add an action to the plan about the selected person, place or tie"),
               keys=("Ctrl+Shift+P",), canvas_keys=("A",), applies=Applies.ONE, context_menu=True),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find in People and places"), "Edit",
               QT_TRANSLATE_NOOP("Actions", "type to find a person or place to add (Enter adds it)"), keys=("Ctrl+F",),
               applies=Applies.EDITING),
    ActionSpec("select_all", QT_TRANSLATE_NOOP("Actions", "Select a&ll"), "Edit",
               QT_TRANSLATE_NOOP("Actions", "select everyone and every tie"), keys=("std:SelectAll",)),
    ActionSpec("arrange", QT_TRANSLATE_NOOP("Actions", "Aut&o-arrange"), "Edit",
               QT_TRANSLATE_NOOP("Actions", "place everyone so that nothing overlaps"), keys=("Ctrl+Shift+A",),
               applies=Applies.EDITING),
    # Tie: the capitals, strengths and flows are whole phrases per key (translated whole)
    _tie_choice("capital.bonding", QT_TRANSLATE_NOOP("Actions", "&Bonding (B)"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: bonding capital"), "B"),
    _tie_choice("capital.bridging", QT_TRANSLATE_NOOP("Actions", "B&ridging (Br)"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: bridging capital"), "R"),
    _tie_choice("capital.linking", QT_TRANSLATE_NOOP("Actions", "&Linking (L)"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: linking capital"), "L"),
    _tie_choice("strength.strong", QT_TRANSLATE_NOOP("Actions", "Strong (&1)"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: strong"), "1"),
    _tie_choice("strength.moderate", QT_TRANSLATE_NOOP("Actions", "Moderate (&2)"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: moderate"), "2"),
    _tie_choice("strength.tenuous", QT_TRANSLATE_NOOP("Actions", "Tenuous (&3)"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: tenuous"), "3"),
    ActionSpec("stress", QT_TRANSLATE_NOOP("Actions", "&Stressful on/off"), "Tie",
               QT_TRANSLATE_NOOP("Actions", "selected tie: stressful on or off"), canvas_keys=("S",),
               applies=Applies.TIE, context_menu=True, mnemonic="S"),
    ActionSpec("flow.next", QT_TRANSLATE_NOOP("Actions", "Next &flow of energy"), "Tie",
               QT_TRANSLATE_NOOP("Actions", "selected tie: next flow of energy (none, to, from, both)"),
               canvas_keys=("F",), applies=Applies.TIE, mnemonic="F"),
    _tie_choice("flow.none", QT_TRANSLATE_NOOP("Actions", "&No flow marked"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: no flow marked"), "", "Tie/Flow"),
    _tie_choice("flow.to_target", QT_TRANSLATE_NOOP("Actions", "Flows to the &second"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: flows to the second"), "", "Tie/Flow"),
    _tie_choice("flow.to_source", QT_TRANSLATE_NOOP("Actions", "Flows to the &first"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: flows to the first"), "", "Tie/Flow"),
    _tie_choice("flow.both", QT_TRANSLATE_NOOP("Actions", "Flows &both ways"),
                QT_TRANSLATE_NOOP("Actions", "selected tie: flows both ways"), "", "Tie/Flow"),
    # View
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "View",
               QT_TRANSLATE_NOOP("Actions", "zoom in"), keys=("std:ZoomIn", "Ctrl+=")),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "View",
               QT_TRANSLATE_NOOP("Actions", "zoom out"), keys=("std:ZoomOut",)),
    ActionSpec("fit", QT_TRANSLATE_NOOP("Actions", "&Fit to window"), "View",
               QT_TRANSLATE_NOOP("Actions", "the whole map in view"), keys=("Ctrl+0",), context_menu=True,
               session_bar=True),
    ActionSpec("sectors", QT_TRANSLATE_NOOP("Actions", "Show domain &sectors"), "View",
               QT_TRANSLATE_NOOP("Actions", "the lines between domains"), checkable=True),
    # With Shift held, the main keyboard's = and - keys arrive as + and _ on Linux desktops: both are bound.
    ActionSpec("larger", QT_TRANSLATE_NOOP("Actions", "&Larger text"), "View",
               QT_TRANSLATE_NOOP("Actions", "larger text"), keys=("Ctrl+Shift+=", "Ctrl+Shift++"), session_bar=True),
    ActionSpec("smaller", QT_TRANSLATE_NOOP("Actions", "S&maller text"), "View",
               QT_TRANSLATE_NOOP("Actions", "smaller text"), keys=("Ctrl+Shift+-", "Ctrl+Shift+_")),
    ActionSpec("session_mode", QT_TRANSLATE_NOOP("Actions", "Session mode (full scree&n)"), "View",
               QT_TRANSLATE_NOOP("Actions", "full screen with the map, its legend and large buttons"),
               keys=("F11", "std:FullScreen"), checkable=True),  # std:FullScreen: empty on many Linux desktops
    ActionSpec("leave_session", QT_TRANSLATE_NOOP("Actions", "Leave session mode"), "",
               QT_TRANSLATE_NOOP("Actions", "leave session mode (otherwise, on the map: clear the selection)"),
               keys=("Esc",), session_bar=True),
    ActionSpec("panel.people", QT_TRANSLATE_NOOP("Actions", "&People and places panel"), "View",
               QT_TRANSLATE_NOOP("Actions", "show or hide the panel"), checkable=True),
    ActionSpec("panel.details", QT_TRANSLATE_NOOP("Actions", "&Details panel"), "View",
               QT_TRANSLATE_NOOP("Actions", "show or hide the panel"), checkable=True),
    ActionSpec("panel.legend", QT_TRANSLATE_NOOP("Actions", "Le&gend panel"), "View",
               QT_TRANSLATE_NOOP("Actions", "show or hide the panel"), checkable=True),
    ActionSpec("panel.history", QT_TRANSLATE_NOOP("Actions", "&History panel: versions, compare, chart"), "View",
               QT_TRANSLATE_NOOP("Actions", "show or hide the History panel"), keys=("Ctrl+H",), checkable=True),
    ActionSpec("panel.plan", QT_TRANSLATE_NOOP("Actions", "Pl&an panel: where the network is thin, actions"), "View",
               QT_TRANSLATE_NOOP("Actions", "show or hide the Plan panel"), checkable=True),
    ActionSpec("next_pane", QT_TRANSLATE_NOOP("Actions", "Ne&xt panel"), "View",
               QT_TRANSLATE_NOOP("Actions", "the keyboard to the next panel"
                                            " (the map, People and places, History, Plan, Details)"),
               keys=("Ctrl+Tab",)),
    ActionSpec("previous_pane", QT_TRANSLATE_NOOP("Actions", "Pre&vious panel"), "View",
               QT_TRANSLATE_NOOP("Actions", "the keyboard to the previous panel"),
               keys=("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab")),
    ActionSpec("changes_since", QT_TRANSLATE_NOOP("Actions", "&Changes since the last version"), "View",
               QT_TRANSLATE_NOOP("Actions", "compare the working draft with the latest saved version"),
               keys=("Ctrl+D",)),
    # Help
    # F1 is the guide (the platform's help key); the list of keys sits beside it on Shift+F1.
    ActionSpec("guide", QT_TRANSLATE_NOOP("Actions", "Ecomap &guide"), "Help",
               QT_TRANSLATE_NOOP("Actions", "what the map shows and how to draw it with a client"),
               keys=("F1", "std:HelpContents")),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "Help",
               QT_TRANSLATE_NOOP("Actions", "this list"), keys=("Shift+F1",)),
)

GESTURES: tuple[Gesture, ...] = (
    Gesture(QT_TRANSLATE_NOOP("Actions", "Double-click empty canvas"),
            QT_TRANSLATE_NOOP("Actions", "add a person there, then type the name")),
    Gesture(QT_TRANSLATE_NOOP("Actions", "Drag from a person's rim to another"),
            QT_TRANSLATE_NOOP("Actions", "tie them (default capital)")),
    Gesture(QT_TRANSLATE_NOOP("Actions", "Double-click a person"), QT_TRANSLATE_NOOP("Actions", "rename them")),
    Gesture(QT_TRANSLATE_NOOP("Actions", "Tab / Shift+Tab"),
            QT_TRANSLATE_NOOP("Actions", "select the next / previous person, then the ties")),
    Gesture(QT_TRANSLATE_NOOP("Actions", "Shift+arrow keys"),
            QT_TRANSLATE_NOOP("Actions", "add the nearest person that way to the selection")),
    Gesture(QT_TRANSLATE_NOOP("Actions", "Arrow keys (Alt: finer)"),
            QT_TRANSLATE_NOOP("Actions", "move the selected people")),
)
# fmt: on

MENUS = {
    "File": QT_TRANSLATE_NOOP("Actions", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "Tie": QT_TRANSLATE_NOOP("Actions", "&Tie"),
    "Tie/Flow": QT_TRANSLATE_NOOP("Actions", "Fl&ow of energy"),
    "View": QT_TRANSLATE_NOOP("Actions", "&View"),
    "Help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}
"""The menus, in menu-bar order, with their words ("Tie/Flow" is a submenu of Tie)."""
