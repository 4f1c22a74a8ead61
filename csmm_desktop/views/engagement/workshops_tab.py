"""The workshops held at a snapshot and, for the selected one, the decisions taken there
(each recorded decision becomes an action of the snapshot)."""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.services import engagement
from csmm_desktop.views import dialogs, formatting, print_check, theme
from csmm_desktop.views.engagement.base import ContextTab
from csmm_desktop.views.engagement.workshop_dialog import WorkshopDialog
from csmm_desktop.views.language import current_language
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.writes import ERRORS, describe

if TYPE_CHECKING:
    from sqlite_utils import Database


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _tree(parent: QWidget, columns: int) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")
    header = tree.header()
    header.setStretchLastSection(False)
    for col in range(columns):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class WorkshopsTab(ContextTab):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._workshops: dict[str, engagement.Workshop] = {}
        self._build()
        self._retranslate()
        self._show_hint()

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        self._build_hint_stack()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.workshopTree = _tree(left, 3)
        self.workshopTree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.workshopTree.itemSelectionChanged.connect(self._show_selected)
        self.workshopTree.itemActivated.connect(lambda *_: self.edit_workshop())
        left_layout.addWidget(self.workshopTree, 1)
        buttons = QHBoxLayout()
        self.addButton = QPushButton(left)
        self.editButton = QPushButton(left)
        self.deleteButton = QPushButton(left)
        for button, slot in (
            (self.addButton, self.add_workshop),
            (self.editButton, self.edit_workshop),
            (self.deleteButton, self.delete_workshop),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.detailView = QTextBrowser(right)
        self.detailView.setOpenLinks(False)
        right_layout.addWidget(self.detailView, 2)
        self.decisionsBox = QGroupBox(right)
        box = QVBoxLayout(self.decisionsBox)
        self.decisionTree = _tree(self.decisionsBox, 4)
        self.decisionTree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.decisionTree.setWordWrap(True)
        self.decisionTree.itemActivated.connect(lambda *_: self.navigate.emit("actions"))
        box.addWidget(self.decisionTree, 1)
        self.decisionEdit = QLineEdit(self.decisionsBox)
        self.decisionEdit.setMaxLength(engagement.TITLE_MAX)
        self.decisionEdit.returnPressed.connect(self.record_decision)
        box.addWidget(self.decisionEdit)
        entry = QHBoxLayout()
        self.ownerEdit = QLineEdit(self.decisionsBox)
        self.ownerEdit.setMaxLength(200)
        self.ownerEdit.returnPressed.connect(self.record_decision)
        self.dueCheck = QCheckBox(self.decisionsBox)
        self.dueEdit = QDateEdit(self.decisionsBox)
        self.dueEdit.setCalendarPopup(True)
        self._propose_due = formatting.optional_date(self.dueCheck, self.dueEdit)
        self.recordButton = QPushButton(self.decisionsBox)
        self.recordButton.clicked.connect(self.record_decision)
        entry.addWidget(self.ownerEdit, 1)
        entry.addWidget(self.dueCheck)
        entry.addWidget(self.dueEdit)
        entry.addWidget(self.recordButton)
        box.addLayout(entry)
        print_check.watch(self.decisionEdit, self.ownerEdit)  # printed as the action's
        right_layout.addWidget(self.decisionsBox, 3)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 880])
        self.stack.addWidget(splitter)

        self.keys = self._install_keys(
            self.workshopTree, self.add_workshop, None, self.delete_workshop
        )

    # --- the contract --------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Workshops")

    def current_workshop_id(self) -> str:
        items = self.workshopTree.selectedItems()
        return (items[0].data(0, ID_ROLE) or "") if items else ""

    def refresh(self, select: str = "") -> None:
        if not self.snapshot_id:
            self._show_hint()
            return
        try:
            engagement.get_snapshot(self.db, self.snapshot_id)
            workshops = engagement.list_workshops(self.db, self.client_id, self.snapshot_id)
            decided = {
                w.id: len(engagement.list_actions(self.db, self.client_id, workshop_id=w.id))
                for w in workshops
            }
        except engagement.NotFoundError:
            self._show_hint()
            return
        self.stack.setCurrentIndex(1)
        keep = select or self.current_workshop_id()
        tree = self.workshopTree
        tree.blockSignals(True)
        tree.clear()
        self._workshops = {w.id: w for w in workshops}
        chosen = None
        for workshop in workshops:
            item = QTreeWidgetItem(
                tree,
                [
                    formatting.date(workshop.date),
                    _first_line(workshop.agenda) or "—",
                    str(decided[workshop.id]),
                ],
            )
            item.setData(0, ID_ROLE, workshop.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, workshop.agenda)
            if workshop.id == keep:
                chosen = item
        if chosen is None and tree.topLevelItemCount():
            chosen = tree.topLevelItem(tree.topLevelItemCount() - 1)
        if chosen is not None:
            tree.setCurrentItem(chosen)
        tree.blockSignals(False)
        self._show_selected()

    # --- what is shown -------------------------------------------------------------

    def _show_hint(self) -> None:
        self.workshopTree.clear()
        self.decisionTree.clear()
        self._workshops = {}
        self._show_hint_page(self.tr("Select a snapshot to see its workshops."))

    def _current(self) -> engagement.Workshop | None:
        return self._workshops.get(self.current_workshop_id())

    def _show_selected(self) -> None:
        workshop = self._current()
        for widget in (self.editButton, self.deleteButton, self.decisionsBox):
            widget.setEnabled(workshop is not None)
        self.decisionTree.clear()
        if workshop is None:
            hint = html.escape(
                self.tr("Select a workshop to see its notes and decisions.")
                if self._workshops
                else self.tr("No workshop at this snapshot yet. Add one with “Add workshop”.")
            )
            self.detailView.setHtml(f"<p style='color:{theme.HINT}'>{hint}</p>")
            return
        heading = self.tr("Workshop of %1").replace("%1", formatting.date(workshop.date))
        parts = [f"<h3>{html.escape(heading)}</h3>"]
        for label, text in (
            (self.tr("Participants"), workshop.participants),
            (self.tr("Agenda"), workshop.agenda),
            (self.tr("Notes"), workshop.notes),
        ):
            body = html.escape(text).replace("\n", "<br>") if text.strip() else "—"
            parts.append(f"<p><b>{html.escape(label)}</b><br>{body}</p>")
        self.detailView.setHtml("".join(parts))
        lang = current_language()
        for action in engagement.list_actions(self.db, self.client_id, workshop_id=workshop.id):
            status = engagement.ACTION_STATUSES.get(action.status, {})
            item = QTreeWidgetItem(
                self.decisionTree,
                [
                    action.title,
                    action.owner or "—",
                    formatting.date(action.due_date) if action.due_date else "—",
                    status.get(lang) or status.get("en") or action.status,
                ],
            )
            item.setData(0, ID_ROLE, action.id)
            item.setToolTip(0, action.title)
        due = date.fromisoformat(workshop.date) + timedelta(days=30)
        self._propose_due(QDate(due.year, due.month, due.day))

    # --- writing -------------------------------------------------------------------

    def _default_date(self) -> str:
        """Today, unless the snapshot is long past (or ahead): then the snapshot's date."""
        when = engagement.get_snapshot(self.db, self.snapshot_id).date
        today = date.today()
        start = date.fromisoformat(when)
        return today.isoformat() if start <= today <= start + timedelta(days=120) else when

    def add_workshop(self) -> None:
        if not self.snapshot_id:
            return
        dialog = WorkshopDialog(self, default_date=self._default_date())
        if dialog.exec() != WorkshopDialog.DialogCode.Accepted:
            return
        try:
            workshop = engagement.add_workshop(self.db, self.snapshot_id, **dialog.values())
        except ERRORS as exc:
            dialogs.warn(self, dialog.windowTitle(), describe(exc, self.db))
            return
        self.refresh(select=workshop.id)
        self.changed.emit()

    def edit_workshop(self) -> None:
        workshop = self._current()
        if workshop is None:
            return
        dialog = WorkshopDialog(self, workshop)
        if dialog.exec() != WorkshopDialog.DialogCode.Accepted:
            return
        try:
            engagement.update_workshop(self.db, workshop.id, **dialog.values())
        except ERRORS as exc:
            dialogs.warn(self, dialog.windowTitle(), describe(exc, self.db))
            self.refresh()
            return
        self.refresh(select=workshop.id)
        self.changed.emit()

    def delete_workshop(self) -> None:
        workshop = self._current()
        if workshop is None:
            return
        count = self.decisionTree.topLevelItemCount()
        question = self.tr(
            "Delete the workshop of %1? The %n action(s) decided there stay, "
            "no longer linked to it.",
            "",
            count,
        ).replace("%1", formatting.date(workshop.date))
        title = self.tr("Delete workshop")
        if not dialogs.ask(self, title, question, confirm=self.tr("Delete"), destructive=True):
            return
        try:
            engagement.delete_workshop(self.db, workshop.id)
        except ERRORS as exc:
            dialogs.warn(self, title, describe(exc, self.db))
            self.refresh()
            return
        self.refresh()
        self.changed.emit()

    def record_decision(self) -> None:
        """Turn the typed decision into an action of the snapshot, linked to the workshop."""
        workshop = self._current()
        if workshop is None:
            return
        text = self.decisionEdit.text()
        if not text.strip():
            self.decisionEdit.setFocus()
            return
        due = self.dueEdit.date().toString("yyyy-MM-dd") if self.dueCheck.isChecked() else ""
        try:
            engagement.record_decision(
                self.db, workshop.id, text, owner=self.ownerEdit.text(), due_date=due
            )
        except ERRORS as exc:
            dialogs.warn(self, self.tr("Record decision"), describe(exc, self.db))
            return
        self.decisionEdit.clear()
        self.ownerEdit.clear()
        self.refresh(select=workshop.id)
        self.decisionEdit.setFocus()
        self.changed.emit()

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        self.dueEdit.setLocale(QLocale())  # the date format follows the language
        formatting.date_edit(self.dueEdit)
        self.workshopTree.setHeaderLabels(
            [self.tr("Date"), self.tr("Agenda"), self.tr("Decisions")]
        )
        self.decisionTree.setHeaderLabels(
            [self.tr("Decision"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self.addButton.setText(self.tr("&Add workshop…"))
        self.addButton.setToolTip(self.tr("Add a workshop (Insert)"))
        self.editButton.setText(self.tr("Ed&it…"))
        self.editButton.setToolTip(self.tr("Edit the selected workshop (Enter)"))
        self.deleteButton.setText(self.tr("Dele&te…"))
        self.deleteButton.setToolTip(self.tr("Delete the selected workshop (Delete)"))
        self.decisionsBox.setTitle(
            self.tr("Decisions taken at this workshop (each becomes an action)")
        )
        self.decisionEdit.setPlaceholderText(self.tr("A decision taken at the workshop…"))
        self.ownerEdit.setPlaceholderText(self.tr("Owner"))
        self.dueCheck.setText(self.tr("D&ue:"))
        self.recordButton.setText(self.tr("&Record decision"))
        self.recordButton.setToolTip(self.tr("Add it as an action of this snapshot (Enter)"))
