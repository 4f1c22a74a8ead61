"""CX projects: nominated at the board, taken from nomination to done; each edit with its
note is a revision, and the selected project's history shows its scope, solution and timing
revisions."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from csmm_desktop.forms.ui_cx_projects_page import Ui_CxProjectsPage
from csmm_desktop.services import cxboard as cx
from csmm_desktop.services.engagement import is_overdue
from csmm_desktop.views import formatting, theme
from csmm_desktop.views.cxboard.common import (
    BoardPage,
    data_label,
    set_widths,
    setup_look,
)
from csmm_desktop.views.cxboard.project_dialog import CxProjectDialog
from csmm_desktop.views.cxboard.project_history import Names, describe
from csmm_desktop.views.history import history_columns, shown_rows
from csmm_desktop.views.rows_model import RIGHT, Column

if TYPE_CHECKING:
    from sqlite_utils import Database

TITLE, SOURCE, OWNER, STATUS, PRIORITY, DUE, LINKS = range(7)
STATUS_ORDER = tuple(cx.PROJECT_STATUSES)  # nominated, approved, in progress, done, dropped
OVERDUE = QColor(theme.DARK_VERMILLION)  # dark vermillion, as the action plan's overdue dates


class CxProjectsPage(BoardPage):
    """The projects on the list-page base's model view (views/list_page.py); the selected
    project's history under them on another (sorted by a header click, no filter box)."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.ui = Ui_CxProjectsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._names = Names()
        self._today = date.today()
        ui.mainSplitter.setStretchFactor(0, 3)
        ui.mainSplitter.setStretchFactor(1, 2)
        ui.mainSplitter.setSizes([280, 320])  # the rows need less room than the history
        self._rows_view(ui.projectTable, self._columns(), lambda p: p.id)
        self._total = 0  # the client's projects, of which the list shows some
        self.model.modelReset.connect(self._show_count)
        setup_look(ui.projectTable, TITLE)
        set_widths(ui.projectTable, {SOURCE: 140, LINKS: 190})
        self.history_model = self._rows_view(
            ui.historyTable, self._history_columns(), lambda h: h[0].id, filter_box=False
        )
        setup_look(ui.historyTable, 2)
        set_widths(ui.historyTable, {1: 170})
        ui.historyTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.filterCombo.addItem("", "open")
        ui.filterCombo.addItem("", "all")
        ui.filterCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.addButton.clicked.connect(self.nominate)
        ui.editButton.clicked.connect(self.edit_project)
        ui.deleteButton.clicked.connect(self.delete_project)
        ui.projectTable.selectionModel().selectionChanged.connect(self._on_selection)
        self.keys = self._install_keys(
            ui.projectTable, self.nominate, self.edit_project, self.delete_project
        )
        self._retranslate()

    # --- what is shown -------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(
                lambda: self.tr("Project"),
                lambda p: p.title,
                tooltip=lambda p: p.description or None,
            ),
            Column(lambda: self.tr("Source"), lambda p: data_label(cx.PROJECT_SOURCES, p.source)),
            Column(lambda: self.tr("Owner"), lambda p: p.owner or "—"),
            Column(
                lambda: self.tr("Status today"),
                lambda p: data_label(cx.PROJECT_STATUSES, p.status),
                key=lambda p: STATUS_ORDER.index(p.status),  # as the work goes, not by name
            ),
            Column(
                lambda: self.tr("Priority"),
                lambda p: str(p.priority),
                key=lambda p: p.priority,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Due"),
                self._due_text,
                key=lambda p: p.due_date or None,
                emphasis=lambda p: OVERDUE if self._overdue(p) else None,
            ),
            Column(lambda: self.tr("Topic / KPI"), lambda p: self._names.links(p)),
        ]

    def _overdue(self, project: cx.CxProject) -> bool:
        """A working list: today's statuses and overdue dates."""
        return is_overdue(project.status, project.due_date, self._today)

    def _due_text(self, project: cx.CxProject) -> str:
        due = formatting.date(project.due_date) if project.due_date else "—"
        return self.tr("%1\n(overdue)").replace("%1", due) if self._overdue(project) else due

    def refresh(self, select: str = "") -> None:
        self.stale = False
        keep = select or self.selected_id()
        every = cx.list_projects(self.db, self.client_id) if self.client_id else []
        if any(p.id == select and not p.open for p in every):
            self._set_filter("all")  # a closed project asked for stays in sight
        show_all = self.ui.filterCombo.currentData() == "all"
        projects = [p for p in every if show_all or p.open]
        self._names = Names.of_client(self.db, self.client_id) if self.client_id else Names()
        self._today = date.today()
        self._total = len(every)
        self.model.set_rows(projects)  # the count follows (_show_count)
        self.ui.addButton.setEnabled(bool(self.client_id))
        self.select_id(keep)
        self._on_selection()

    def _show_count(self) -> None:
        """How many projects the list shows (after the combo and the filter box) of all."""
        shown = self.tr("%1 of %n project(s) shown", "", self._total)
        self.ui.countLabel.setText(shown.replace("%1", str(self.model.rowCount())))

    def _set_filter(self, key: str) -> None:
        combo = self.ui.filterCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(key))
        combo.blockSignals(False)

    def current_project_id(self) -> str:
        return self.selected_id()

    def _on_selection(self, *_args) -> None:
        project_id = self.current_project_id()
        self.ui.editButton.setEnabled(bool(project_id))
        self.ui.deleteButton.setEnabled(bool(project_id))
        history = []
        if project_id:
            try:
                history = cx.project_history(self.db, project_id)
            except cx.NotFoundError:
                history = []
        # (revision, what happened, changes), newest first (unless the user sorted)
        rows = [(r, *describe(r, self._names)) for r in reversed(history)]
        self.history_model.set_rows(rows)
        self.ui.historyBox.setEnabled(bool(project_id))

    def _history_columns(self) -> list[Column]:
        headers = (
            lambda: self.tr("When"),
            lambda: self.tr("What"),
            lambda: self.tr("Change"),
            lambda: self.tr("Note"),
        )
        return history_columns(headers, lambda revision: revision.note)

    def history_rows(self) -> list[tuple[str, str, str]]:
        """(what happened, changes, note) of each row of the history, as shown."""
        return shown_rows(self.history_model)

    # --- writes --------------------------------------------------------------------

    def nominate(self) -> None:
        if not self.client_id:
            return
        added: list[cx.CxProject] = []

        def save(values: dict) -> None:
            title = values.pop("title")
            added.append(cx.nominate_project(self.db, self.client_id, title, **values))

        dialog = CxProjectDialog(self, None, self._names, save=save)
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self._after_write(added[0].id)

    def edit_project(self) -> None:
        project_id = self.current_project_id()
        title = self.tr("Edit CX project")
        project = self._attempt(title, cx.get_project, project_id) if project_id else None
        if project is None:
            return

        def save(values: dict) -> None:
            cx.update_project(self.db, project_id, **values)

        dialog = CxProjectDialog(self, project, self._names, save=save)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_write(project_id)

    def delete_project(self) -> None:
        project = self.selected_row()
        if project is None:
            return
        revisions = len(cx.project_history(self.db, project.id))
        question = self.tr(
            "Delete the CX project “%1” with its history of %n revision(s)? Feedback linked "
            "to it stays, without the link.",
            "",
            revisions,
        ).replace("%1", project.title)
        self._ask_then_delete(
            self.tr("Delete CX project"), question, self.tr("Delete"), cx.delete_project, project.id
        )

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        self.ui.filterCombo.setItemText(0, self.tr("Open projects"))
        self.ui.filterCombo.setItemText(1, self.tr("All projects"))
        self.keys["add"].setText(self.tr("Nominate a project…"))
        self.keys["edit"].setText(self.tr("Edit project…"))
        self.keys["delete"].setText(self.tr("Delete project…"))
