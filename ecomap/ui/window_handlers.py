"""What each action of the editor's table does, by name: the window's handlers for :class:`EditorActions`.

One place that says, for every entry of :data:`ecomap.ui.action_table.ACTIONS`,
which controller of the window performs it; the window hands the result to
:class:`~ecomap.ui.actions.EditorActions`, which refuses a table entry without one.
"""

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from ecomap.language import translate
from ecomap.model.enums import Capital, Flow, Strength
from ecomap.ui.cohort_summary import CohortSummaryMaker
from ecomap.ui.guide import show_guide
from ecomap.ui.help import show_shortcuts
from ecomap.ui.view_state import Panel

if TYPE_CHECKING:
    from ecomap.ui.main_window import MainWindow


def window_handlers(window: "MainWindow") -> dict[str, Callable[[], object]]:
    """What each action of the table does in ``window``, by name."""
    editor, files, state = window.editor, window.files, window.view_state
    handlers: dict[str, Callable[[], object]] = {
        "new": files.new_case,
        "open": files.open_case,
        "open_store": files.open_store_case,
        "import": window.importer.import_file,
        "clear_recent": lambda: _clear_recent(window),
        "save": files.save,
        "save_version": files.save_version,
        "export_image": files.export_image,
        "export_pdf": window.pdf_export.export,
        "print_map": window.printing.print_map,
        "print_preview": window.printing.preview_map,
        "print_summary": window.printing.print_summary,
        "case_details": window.case_details.edit,
        "protect": _file_only(window, "protect it with a passphrase", window.protection.protect),  # not user text
        "change_passphrase": window.protection.change_passphrase,
        "unprotect": window.protection.remove_protection,
        "save_copy": _file_only(window, "save a copy of it", window.data_export.save_copy),  # not user text
        "export_data": window.data_export.export,
        "cohort_summary": lambda: CohortSummaryMaker(window.context).make(),
        "close": window.close,
        "quit": window.close,
        "add_person": lambda: editor.add_person(),
        "tie": editor.connect_selected,
        "rename": window.rename_selected,
        "delete": editor.delete_selected,
        "select_all": editor.select_all,
        "find": window.find_in_palette,
        "plan_about": window.plan.add_about_selection,
        "arrange": editor.auto_arrange,
        "stress": editor.toggle_stress,
        "flow.next": editor.cycle_flow,
        "zoom_in": lambda: window.zoom_by(1.25),
        "zoom_out": lambda: window.zoom_by(0.8),
        "fit": window.fit,
        "sectors": lambda: window.scene.set_show_sectors(window.editor_actions["sectors"].isChecked()),
        "larger": lambda: window.change_text_size(+1),
        "smaller": lambda: window.change_text_size(-1),
        "session_mode": lambda: state.set_session_mode(window.editor_actions["session_mode"].isChecked()),
        "leave_session": lambda: state.set_session_mode(False),
        "next_pane": lambda: window.panes.step(forward=True),
        "previous_pane": lambda: window.panes.step(forward=False),
        "changes_since": window.history.compare_draft,
        "guide": lambda: show_guide(window, window.context.show_error),
        "shortcuts": lambda: show_shortcuts(window, window.editor_actions.shortcut_lines()),
    }
    for capital in Capital:
        handlers[f"capital.{capital.value}"] = partial(editor.set_ties, capital=capital)
    for strength in Strength:
        handlers[f"strength.{strength.value}"] = partial(editor.set_ties, strength=strength)
    for flow in Flow:
        handlers[f"flow.{flow.value}"] = partial(editor.set_ties, flow=flow)
    for panel in Panel:
        handlers[f"panel.{panel.value}"] = partial(window.toggle_panel, panel)
    return handlers


def _file_only(window: "MainWindow", what: str, handler: Callable[[], object]) -> Callable[[], object]:
    """``handler``, for a case kept in a file; a case of the team store says why not, and what to do instead
    (``what`` is English: the key by which the store's message is found and translated)."""
    return lambda: None if window.files.store.refuse_file_only(what) else handler()


def _clear_recent(window: "MainWindow") -> None:
    """File > Clear recent files: the list emptied, the case files left alone."""
    window.files.recent.clear()
    window.show_message(
        translate("WindowHandlers", "Cleared the recent files list (the case files are still where they were)")
    )
