"""What every list screen of a client shares: the client tabs (views/engagement/base.py
`ContextTab`) and the CX board's pages (views/cxboard/common.py `BoardPage`) are both a
`ListPage`.

- The context: `set_context(client_id, snapshot_id)` keeps the two ids, then calls
  `_context_set()`. What that does is the one difference between the two kinds, and each
  says it in its own override: a client tab refreshes at once (the default here), a board
  page only marks itself stale and refreshes when it is next shown.
- The keyboard (`_install_keys`): Insert adds (anywhere on the page), Enter or a double
  click on a row edits, Delete deletes; the same actions form the list's context menu.
- After a write (`_after_write(select)`): refreshed, the written row selected (the filter
  box cleared if it hid it), and the `changed` signal (the other screens catch up); after a
  delete (`_ask_then_delete`), the row that took the deleted one's place. A failed write
  refreshes too (views/writes.py StoreWrites).
- A list on views/rows_model.py (`_rows_view`): the page declares its columns and gives
  its rows (`model.set_rows`); the base gives the view its sorting by a header click
  (kept over refills), a filter box above it, Ctrl+C (views/copy_rows.py), the selection
  kept by the rows' ids, and the "selected id(s)" API (`selected_id`, `selected_ids`,
  `select_id`, `selected_row`).
- The language: `retranslate()` words the form again (ui.retranslateUi) and then the
  page's own texts (`_retranslate`).

No text is worded here: every tr() stays in the subclass's own methods, so its strings
keep the subclass's translation context."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from csmm_desktop.views.writes import StoreWrites

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.views.rows_model import Column, RowsModel


class ListPage(StoreWrites, QWidget):
    """A screen following the selected client and snapshot, with its lists and keys.

    A subclass gives refresh() (refresh(select) where it can select a written row) and
    sets its own texts in _retranslate()."""

    changed = Signal()  # it wrote data: the screens that depend on it refresh

    ui: Any = None  # the Designer form (Ui_…), for a page built from one

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.client_id = ""
        self.snapshot_id = ""
        self.model: RowsModel | None = None  # the main list's rows, on a _rows_view page
        self.view: QTableView | None = None  # … and the view showing them

    # --- the context ---------------------------------------------------------------

    def refresh(self, select: str = "") -> None:
        raise NotImplementedError

    def set_context(self, client_id: str, snapshot_id: str) -> None:
        if snapshot_id != self.snapshot_id:
            self._before_snapshot_change()
        self.client_id, self.snapshot_id = client_id, snapshot_id
        self._context_set()

    def _before_snapshot_change(self) -> None:
        """set_context() is about to show another snapshot (nothing to do by default)."""

    def _context_set(self) -> None:
        """The client or snapshot was set: shown at once (a board page waits, see there)."""
        self.refresh()

    # --- writing -------------------------------------------------------------------

    def _after_write(self, select: str = "") -> None:
        """A write succeeded: the list again with the written row selected, and the other
        screens told. A written row the filter box hides is shown: the box is cleared."""
        self.refresh(select)
        model = self.model
        if select and model is not None and model.words and select not in self.selected_ids():
            edit = getattr(model, "filter_edit", None)
            if edit is not None and model.find(select) >= 0:
                edit.clear()  # the row just written stays in sight, selected
                self.select_id(select)
        self.changed.emit()

    def _ask_then_delete(
        self, title: str, question: str, confirm: str, call: Callable[..., Any], /, *args: Any
    ) -> None:
        """StoreWrites' delete; on a _rows_view page the row that took the deleted one's
        place is selected after it (the one above it for the last row), in the user's
        order, not the first row."""
        view, model = self.view, self.model
        place = view.currentIndex().row() if view is not None else -1
        gone = self.selected_id()
        super()._ask_then_delete(title, question, confirm, call, *args)
        if not gone or place < 0 or model is None or model.find(gone) >= 0:
            return  # nothing was selected, or it was not deleted
        if model.rowCount():
            self.select_id(model.row_id(model.row_at(min(place, model.rowCount() - 1))))

    # --- keyboard ------------------------------------------------------------------

    def _install_keys(
        self,
        view: QAbstractItemView,
        add: Callable[[], None] | None,
        edit: Callable[[], None] | None,
        delete: Callable[[], None] | None,
        *,
        edit_on_enter: bool = True,
    ) -> dict[str, QAction]:
        """Insert adds (anywhere on the page), Enter or a double click on a row edits, Delete
        deletes (on the list); the actions also form the list's context menu (texts set by
        the page). edit_on_enter=False: the page handles Enter itself (the KPIs edit a
        value in place), the edit action is only the menu's."""
        actions = {}
        if add is not None:  # on the page: Insert works wherever the focus is on it
            actions["add"] = key_action(self, Qt.Key.Key_Insert, add, self, view)
            actions["add"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if edit is not None:  # no key of its own: Enter is the view's activated
            actions["edit"] = key_action(view, None, edit, view)
            if edit_on_enter:
                view.activated.connect(lambda _index: edit())
        if delete is not None:
            actions["delete"] = key_action(view, QKeySequence.StandardKey.Delete, delete, view)
        return actions

    # --- a list on RowsModel -------------------------------------------------------

    def _rows_view(
        self,
        view: QTableView,
        columns: Sequence[Column],
        row_id: Callable[[Any], object],
        *,
        filter_box: bool = True,
    ) -> RowsModel:
        """`view` shows the page's rows through `columns` (views/rows_model.py): sorted by a
        header click, filtered by a box above it, Ctrl+C, the selection kept by id. The
        first list a page makes is its main one (self.model, self.view)."""
        from csmm_desktop.views import copy_rows
        from csmm_desktop.views.filter_box import filter_box_above
        from csmm_desktop.views.rows_model import RowsModel, show_rows

        model = show_rows(view, RowsModel(columns, row_id, view))
        if filter_box:
            model.filter_edit = filter_box_above(view)  # type: ignore[attr-defined]
            model.filter_edit.textChanged.connect(model.set_text)  # type: ignore[attr-defined]
            model.filter_edit.watch(view, model)  # type: ignore[attr-defined]
        copy_rows.equip(view)
        if self.model is None:
            self.model, self.view = model, view
        return model

    def selected_ids(self, view: QTableView | None = None) -> list:
        """The ids of the selected rows of a _rows_view list (the main one), in view order."""
        view = view or self.view
        if view is None or view.selectionModel() is None:
            return []
        model = view.model()
        rows = sorted(i.row() for i in view.selectionModel().selectedRows())
        return [model.row_id(model.row_at(r)) for r in rows]

    def selected_id(self, view: QTableView | None = None) -> str:
        """The id of the (first) selected row, "" for none."""
        ids = self.selected_ids(view)
        return ids[0] if ids else ""

    def selected_row(self, view: QTableView | None = None) -> Any:
        """The row object selected (the first), None for none."""
        view = view or self.view
        ids = self.selected_ids(view)
        if view is None or not ids:
            return None
        model = view.model()
        return next((r for r in model.shown_rows() if model.row_id(r) == ids[0]), None)

    def select_id(
        self, row_id: object, view: QTableView | None = None, *, default_last: bool = False
    ) -> None:
        """Select (and make current) the shown row with this id, else the first shown row
        (the last one with default_last); nothing if none is shown."""
        view = view or self.view
        if view is None:
            return
        model = view.model()
        shown = model.shown_rows()
        if not shown:
            view.clearSelection()
            return
        ids = [model.row_id(r) for r in shown]
        row = ids.index(row_id) if row_id in ids else (len(ids) - 1 if default_last else 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        view.selectionModel().setCurrentIndex(model.index(row, 0), flags)
        view.scrollTo(model.index(row, 0))

    # --- language ------------------------------------------------------------------

    def _retranslate(self) -> None:
        """The texts the page sets in code (a form's own texts come from ui.retranslateUi)."""

    def retranslate(self) -> None:
        """After a language switch: the form's texts, the page's, and the lists' headers
        and cells (dates, statuses and numbers follow the language)."""
        if self.ui is not None:
            self.ui.retranslateUi(self)
        self._retranslate()
        for model in self.findChildren(_rows_model_class()):
            model.refresh_texts()


def key_action(owner: QWidget, keys: Any, slot: Callable[[], None], *on: QWidget) -> QAction:
    """An action of `owner` triggered by `keys` (None: none) while the focus is on the
    widget it is added to (each of `on`), where it is also a context-menu entry."""
    action = QAction(owner)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    for widget in on:
        widget.addAction(action)
    return action


def _rows_model_class() -> type:
    from csmm_desktop.views.rows_model import RowsModel

    return RowsModel
