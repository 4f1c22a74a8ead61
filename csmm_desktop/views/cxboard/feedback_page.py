"""The feedback log: what customers, mystery shoppers and employees said, by date and
source, linked to the CX projects it feeds; a project nominated from an entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from csmm_desktop.domain.cxboard import FEEDBACK_TO_PROJECT_SOURCE
from csmm_desktop.forms.ui_cx_feedback_page import Ui_CxFeedbackPage
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import formatting
from csmm_desktop.views.cxboard.common import BoardPage, data_label, set_widths, setup_look
from csmm_desktop.views.cxboard.feedback_dialog import CxFeedbackDialog
from csmm_desktop.views.cxboard.project_dialog import CxProjectDialog
from csmm_desktop.views.cxboard.project_history import Names
from csmm_desktop.views.rows_model import Column

if TYPE_CHECKING:
    from sqlite_utils import Database

DATE, SOURCE, TEXT, PROJECTS = range(4)


class CxFeedbackPage(BoardPage):
    """The entries of the source picked, newest first, on the list-page base's model view
    (views/list_page.py): sorting, the filter box, Ctrl+C and the selection come from there."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.ui = Ui_CxFeedbackPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._names = Names()
        self._rows_view(ui.feedbackTable, self._columns(), lambda e: e.id)
        self._total = 0  # the client's entries, of which the list shows some
        self.model.modelReset.connect(self._show_count)
        self.model.layoutChanged.connect(self._show_count)  # sorted: no "newest first"
        setup_look(ui.feedbackTable, TEXT)
        set_widths(ui.feedbackTable, {PROJECTS: 240})
        ui.sourceCombo.addItem("", "")
        for key in cx.FEEDBACK_SOURCES:
            ui.sourceCombo.addItem("", key)
        ui.sourceCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.addButton.clicked.connect(self.add_entry)
        ui.editButton.clicked.connect(self.edit_entry)
        ui.deleteButton.clicked.connect(self.delete_entry)
        ui.nominateButton.clicked.connect(self.nominate)
        ui.feedbackTable.selectionModel().selectionChanged.connect(self._on_selection)
        self.keys = self._install_keys(
            ui.feedbackTable, self.add_entry, self.edit_entry, self.delete_entry
        )
        self._retranslate()

    # --- what is shown -------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(
                lambda: self.tr("Date"), lambda e: formatting.date(e.date), key=lambda e: e.date
            ),
            Column(lambda: self.tr("Source"), lambda e: data_label(cx.FEEDBACK_SOURCES, e.source)),
            Column(lambda: self.tr("What was said"), lambda e: e.text),
            Column(lambda: self.tr("Projects"), self._linked_text),
        ]

    def _linked_text(self, entry: cx.FeedbackEntry) -> str:
        linked = [self._names.projects.get(pid, "") for pid in entry.project_ids]
        return "\n".join(t for t in linked if t) or "—"

    def refresh(self, select: str = "") -> None:
        self.stale = False
        keep = select or self.selected_id()
        every = cx.list_feedback(self.db, self.client_id) if self.client_id else []
        source = self.ui.sourceCombo.currentData()
        if select and any(e.id == select and e.source != source for e in every):
            self.ui.sourceCombo.blockSignals(True)
            self.ui.sourceCombo.setCurrentIndex(0)  # the entry asked for stays in sight
            self.ui.sourceCombo.blockSignals(False)
            source = ""
        entries = [e for e in reversed(every) if not source or e.source == source]
        self._names = Names.of_client(self.db, self.client_id) if self.client_id else Names()
        self._total = len(every)
        self.model.set_rows(entries)  # the count follows (_show_count)
        self.ui.addButton.setEnabled(bool(self.client_id))
        self.select_id(keep)
        self._on_selection()

    def _show_count(self, *_args) -> None:
        """How many entries the list shows (after the combo and the filter box) of all;
        "newest first" while the user has not sorted them otherwise."""
        if self.model.sort_column < 0:
            shown = self.tr("%1 of %n entries shown, newest first", "", self._total)
        else:
            shown = self.tr("%1 of %n entries shown", "", self._total)
        self.ui.countLabel.setText(shown.replace("%1", str(self.model.rowCount())))

    def current_entry(self) -> cx.FeedbackEntry | None:
        return self.selected_row()

    def _on_selection(self, *_args) -> None:
        has = self.current_entry() is not None
        for button in (self.ui.editButton, self.ui.deleteButton, self.ui.nominateButton):
            button.setEnabled(has)

    # --- writes --------------------------------------------------------------------

    def add_entry(self) -> None:
        if not self.client_id:
            return
        added: list[cx.FeedbackEntry] = []

        def save(values: dict) -> None:
            added.append(cx.add_feedback(self.db, self.client_id, **values))

        dialog = CxFeedbackDialog(self, None, self._names.projects, save=save)
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self._after_write(added[0].id)

    def edit_entry(self) -> None:
        chosen = self.current_entry()
        title = self.tr("Edit feedback")
        entry = self._attempt(title, cx.get_feedback, chosen.id) if chosen else None
        if entry is None:
            return

        def save(values: dict) -> None:
            wanted = values.pop("project_ids")
            with self.db.atomic():  # the entry and its links: all of it or none
                cx.update_feedback(self.db, entry.id, **values)
                for project_id in wanted:
                    if project_id not in entry.project_ids:
                        cx.link_feedback(self.db, entry.id, project_id)
                for project_id in entry.project_ids:
                    if project_id not in wanted and project_id in self._names.projects:
                        cx.unlink_feedback(self.db, entry.id, project_id)

        dialog = CxFeedbackDialog(self, entry, self._names.projects, save=save)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_write(entry.id)

    def delete_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        text = entry.text if len(entry.text) <= 80 else entry.text[:79] + "…"
        question = (
            self.tr("Delete the feedback of %1: “%2”? Projects nominated from it stay.")
            .replace("%1", formatting.date(entry.date))
            .replace("%2", text)
        )
        self._ask_then_delete(
            self.tr("Delete feedback"), question, self.tr("Delete"), cx.delete_feedback, entry.id
        )

    def nominate(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        added: list[cx.CxProject] = []

        def save(values: dict) -> None:
            title = values.pop("title")
            added.append(cx.nominate_from_feedback(self.db, entry.id, title, **values))

        source = FEEDBACK_TO_PROJECT_SOURCE.get(entry.source, "customer_feedback")
        dialog = CxProjectDialog(
            self,
            None,
            self._names,
            prefill={"description": entry.text, "source": source},
            intro=self.tr(
                "A project nominated from the feedback of %1; it stays linked to the entry."
            ).replace("%1", formatting.date(entry.date)),
            save=save,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.refresh(entry.id)
            self.changed.emit()
            self.show_project.emit(added[0].id)

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        combo = self.ui.sourceCombo
        combo.setItemText(0, self.tr("All sources"))
        for i, key in enumerate(cx.FEEDBACK_SOURCES, start=1):
            combo.setItemText(i, data_label(cx.FEEDBACK_SOURCES, key))
        self.keys["add"].setText(self.tr("Add feedback…"))
        self.keys["edit"].setText(self.tr("Edit or link feedback…"))
        self.keys["delete"].setText(self.tr("Delete feedback…"))
