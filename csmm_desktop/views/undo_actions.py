"""Edit → Undo / Redo (Ctrl+Z / Ctrl+Shift+Z) and Edit → Trash… for the main window.

The store keeps the steps (store/undo.py); this only offers them, says what an undo did in
the status bar, and has the window show what is stored afterwards. While an assessment
window is open, Undo waits: it could take back an answer the wizard still shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu
from shiboken6 import isValid

from csmm_desktop.store.undo import UndoLog
from csmm_desktop.views import dialogs
from csmm_desktop.views.writes import ERRORS, describe, unwatch

if TYPE_CHECKING:
    from csmm_desktop.store.db import Store


class UndoActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        after: Callable[[], None],
        blocked: Callable[[], bool],
    ):
        super().__init__(window)
        self.window = window
        self.after = after  # the window shows what is stored (after an undo, redo, restore)
        self.blocked = blocked  # True while Undo must wait (an assessment window is open)
        self.db: Store | None = None
        self.undo_action = QAction(window)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(window)
        redo = [QKeySequence("Ctrl+Shift+Z")]  # everywhere, besides the platform's own
        redo += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo
        ]
        self.redo_action.setShortcuts(redo)
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.triggered.connect(self.redo)
        self.trash_action = QAction(window)
        self.trash_action.setObjectName("actionTrash")
        self.trash_action.triggered.connect(self.open_trash)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.undo_action, self.redo_action])
        menu.insertSeparator(first)
        menu.addSeparator()
        menu.addAction(self.trash_action)
        menu.aboutToShow.connect(self.update)
        self.update()

    def attach(self, db: Store) -> None:
        """Offer the undo steps of `db` (a new store: a new, empty history)."""
        if db.undo is None:
            UndoLog(db)
        self.db = db
        db.on_commit.append(self.update)
        self.destroyed.connect(lambda _=None: unwatch(db.on_commit, self.update))
        self.update()

    # --- the actions ---------------------------------------------------------------

    def update(self) -> None:
        if not isValid(self.undo_action):  # the window is going (its wizards after it)
            return
        undo = self.db.undo if self.db is not None else None
        can_undo = bool(undo and undo.can_undo()) and not self.blocked()
        can_redo = bool(undo and undo.can_redo()) and not self.blocked()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        last = undo.undo_steps[-1].label if undo and undo.undo_steps else ""
        again = undo.redo_steps[-1].label if undo and undo.redo_steps else ""
        # self.tr written out: lupdate files a bare `tr(...)` under no class, where the
        # window's lookup (context UndoActions) never finds it (the menu stayed English)
        undo_text = self.tr("&Undo %1").replace("%1", last) if last else self.tr("&Undo")
        redo_text = self.tr("&Redo %1").replace("%1", again) if again else self.tr("&Redo")
        self.undo_action.setText(undo_text)
        self.redo_action.setText(redo_text)
        wait = self.tr("Close the assessment windows first: an undo could take back an answer.")
        self.undo_action.setToolTip(wait if self.blocked() else "")
        self.trash_action.setText(self.tr("&Trash…"))
        self.trash_action.setEnabled(self.db is not None)

    def undo(self) -> None:
        self._step(lambda log: log.undo(), self.tr("Undone: %1"), self.tr("Undo"))

    def redo(self) -> None:
        self._step(lambda log: log.redo(), self.tr("Redone: %1"), self.tr("Redo"))

    def _step(self, call: Callable[[UndoLog], object], said: str, title: str) -> None:
        if self.db is None or self.db.undo is None:
            return
        if self.blocked():
            self.window.statusBar().showMessage(self.undo_action.toolTip(), 6000)
            return
        try:
            step = call(self.db.undo)
        except ERRORS as exc:  # an UndoError (a UserError) or what the store raised
            dialogs.warn(self.window, title, describe(exc, self.db))
        else:
            label = getattr(step, "label", "") or self.tr("the last change")
            self.window.statusBar().showMessage(said.replace("%1", label), 6000)
        self.after()
        self.update()

    def open_trash(self) -> None:
        if self.db is None:
            return
        from csmm_desktop.views.trash_dialog import TrashDialog

        TrashDialog(self.db, self.window, after=self.after).exec()
        self.update()
