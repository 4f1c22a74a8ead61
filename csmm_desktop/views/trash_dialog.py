"""Edit → Trash…: what was deleted, to restore it or to delete it for good."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.store import undo
from csmm_desktop.views import dialogs, formatting
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.writes import ERRORS, describe

if TYPE_CHECKING:
    from csmm_desktop.store.db import Store


class TrashDialog(QDialog):
    def __init__(self, db: Store, parent: QWidget | None, after: Callable[[], None]):
        super().__init__(parent)
        self.db = db
        self.after = after
        self.setWindowTitle(self.tr("Trash"))
        self.resize(640, 380)
        self.hint = QLabel(
            self.tr(
                "Deleted clients, snapshots, respondents and records, with everything they "
                "held. Restore puts one back as it was."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Deleted"), self.tr("Records held")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # a date and a count: never wrapped
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button = self.buttons.addButton(
            self.tr("Delete for Good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.empty_button = self.buttons.addButton(
            self.tr("Empty Trash"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.restore_button.clicked.connect(self.restore)
        self.delete_button.clicked.connect(self.delete_for_good)
        self.empty_button.clicked.connect(self.empty)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemActivated.connect(lambda _item: self.restore())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        try:
            entries = undo.trash_entries(self.db)
        except ERRORS as exc:
            dialogs.warn(self, self.windowTitle(), describe(exc, self.db))
            entries = []
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            day, _, time = entry.deleted_at.partition("T")
            cells = (entry.label, f"{formatting.date(day)} {time[:5]}", str(entry.statements))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, entry.id)
                self.table.setItem(row, col, item)
        self._update()

    def selected(self) -> list[str]:
        rows = {i.row() for i in self.table.selectedItems()}
        return [self.table.item(r, 0).data(ID_ROLE) for r in sorted(rows)]

    def _update(self) -> None:
        chosen = bool(self.selected())
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.empty_button.setEnabled(self.table.rowCount() > 0)

    def restore(self) -> None:
        for trash_id in self.selected():
            try:
                undo.restore(self.db, trash_id)
            except ERRORS as exc:
                dialogs.warn(self, self.tr("Restore"), describe(exc, self.db))
                break
        self.after()
        self.reload()

    def delete_for_good(self) -> None:
        ids = self.selected()
        question = self.tr("Delete %n item(s) for good? This cannot be undone.", "", len(ids))
        if ids and dialogs.ask(
            self, self.tr("Trash"), question, confirm=self.tr("Delete"), destructive=True
        ):
            self._empty(ids)

    def empty(self) -> None:
        count = self.table.rowCount()
        question = self.tr(
            "Empty the Trash: delete %n item(s) for good? This cannot be undone.", "", count
        )
        if count and dialogs.ask(
            self, self.tr("Empty Trash"), question, confirm=self.tr("Empty Trash"), destructive=True
        ):
            self._empty(None)

    def _empty(self, ids: list[str] | None) -> None:
        from csmm_desktop.services import score_cache

        try:
            undo.empty_trash(self.db, ids)
        except ERRORS as exc:
            dialogs.warn(self, self.tr("Trash"), describe(exc, self.db))
        else:  # for good: nor in the score cache, whose files hold text answers verbatim
            score_cache.clear(score_cache.folder_of(self.db))
        self.reload()
