"""The right side of the main window: one client's snapshots and respondents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QTableWidgetItem, QWidget

from csmm_desktop.forms.ui_client_panel import Ui_ClientPanel
from csmm_desktop.services import assessment, clients, presentation
from csmm_desktop.views import formatting, score_text
from csmm_desktop.views.labels import role_name, stage_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.table_tools import SORT_ROLE, FilterEdit, sortable

STATUSES = ("not_started", "in_progress", "finished")  # a respondent's, in this order
STATUS_ROLE = ID_ROLE + 8  # the status key behind a respondent's status text
ROLE_KEY_ROLE = ID_ROLE + 9  # the role key behind a respondent's role name
# the respondent table's columns
R_NAME, R_ROLE, R_STATUS, R_COVERAGE, R_CHANGED = range(5)

if TYPE_CHECKING:
    from sqlite_utils import Database


class ClientPanel(QWidget):
    """Shows a client; asks the main window (through signals) for anything modal."""

    snapshotSelected = Signal(str)  # snapshot id, "" for none
    snapshotActivated = Signal(str)
    screenRequested = Signal(str)  # a screen key no tab shows (e.g. "report")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.client_id = ""
        self.ui = Ui_ClientPanel()
        self.ui.setupUi(self)
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        for table in (self.ui.snapshotTable, self.ui.respondentTable):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            table.setMinimumHeight(40)  # room for the filter boxes on a small screen
        sortable(self.ui.snapshotTable)
        self._build_respondent_filters()
        self.ui.snapshotTable.itemSelectionChanged.connect(self._on_snapshot_selection)
        self.ui.respondentTable.itemSelectionChanged.connect(self._on_respondent_selection)
        self._on_respondent_selection()
        self.ui.snapshotTable.itemActivated.connect(
            lambda item: self.snapshotActivated.emit(item.data(ID_ROLE) or "")
        )
        self.ui.snapshotSplitter.setStretchFactor(0, 2)
        self.ui.snapshotSplitter.setStretchFactor(1, 3)
        self.context_tabs: list[QWidget] = []
        self._stale: set[int] = set()
        self.ui.tabs.currentChanged.connect(self._on_tab_changed)
        self._retranslate()

    def _build_respondent_filters(self) -> None:
        """Above the respondents: a text filter, a role and a status to show only."""
        table = self.ui.respondentTable
        self.respondent_tools = sortable(table, filter_box=False)
        row = QHBoxLayout()
        self.respondentFilter = FilterEdit(self.ui.respondentsBox)
        self.respondentFilter.setObjectName("respondentTableFilter")
        self.respondentFilter.textChanged.connect(self.respondent_tools.apply_filter)
        self.respondent_tools.filter_edit = self.respondentFilter
        self.roleFilter = QComboBox(self.ui.respondentsBox)
        self.roleFilter.setObjectName("roleFilter")
        self.statusFilter = QComboBox(self.ui.respondentsBox)
        self.statusFilter.setObjectName("statusFilter")
        for combo in (self.roleFilter, self.statusFilter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.respondent_tools.apply_filter)
            row.addWidget(combo)
        row.insertWidget(0, self.respondentFilter, 1)
        layout = self.ui.respondentsLayout
        layout.insertLayout(layout.indexOf(table), row)

        def wanted(r: int) -> bool:
            role, status = self.roleFilter.currentData(), self.statusFilter.currentData()
            if role and table.item(r, R_ROLE).data(ROLE_KEY_ROLE) != role:
                return False
            return not status or table.item(r, R_STATUS).data(STATUS_ROLE) == status

        self.respondent_tools.row_tests.append(wanted)

    def _fill_filter_combos(self, roles: list[str]) -> None:
        """The roles of the snapshot's form, and the statuses, each after "all"."""
        for combo, first, keys, name in (
            (self.roleFilter, self.tr("All roles"), roles, role_name),
            (self.statusFilter, self.tr("All statuses"), list(STATUSES), self.status_name),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for key in keys:
                combo.addItem(name(key), key)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
            combo.blockSignals(False)

    def status_name(self, status: str) -> str:
        return {
            "not_started": self.tr("Not started"),
            "in_progress": self.tr("In progress"),
            "finished": self.tr("Finished"),
        }.get(status, status)

    # --- the screens of a client, as tabs ------------------------------------------

    def add_context_tab(self, tab: QWidget, screens: tuple[str, ...] = ()) -> None:
        """A screen that follows the selected client and snapshot (set_context), tells when
        it changed data (changed) and may ask for another screen (navigate)."""
        tab.screens = screens
        self.context_tabs.append(tab)
        self.ui.tabs.addTab(tab, tab.tab_title())
        tab.changed.connect(lambda t=tab: self._on_tab_data_changed(t))
        tab.navigate.connect(self.show_screen)

    def show_screen(self, screen: str) -> None:
        if screen in ("snapshot", "assessment"):
            self.ui.tabs.setCurrentWidget(self.ui.snapshotsTab)
            return
        for tab in self.context_tabs:
            if screen in tab.screens:
                self.ui.tabs.setCurrentWidget(tab)
                kind = getattr(tab, "screens_shown", {}).get(screen)
                if kind:
                    tab.show_kind(kind)  # e.g. the requirements half of the findings
                return
        self.screenRequested.emit(screen)

    def _update_context_tabs(self) -> None:
        """The visible tab follows at once; the others when they are next shown."""
        self._stale = set(range(len(self.context_tabs)))
        self._on_tab_changed(self.ui.tabs.currentIndex())

    def _on_tab_changed(self, _index: int) -> None:
        current = self.ui.tabs.currentWidget()
        for i, tab in enumerate(self.context_tabs):
            if tab is current and i in self._stale:
                self._stale.discard(i)
                tab.set_context(self.client_id, self.current_snapshot_id())

    def _on_tab_data_changed(self, source: QWidget) -> None:
        keep = self.current_snapshot_id()
        self.refresh(keep)  # scores, checklist ticks and counts may follow
        self._stale = {i for i, tab in enumerate(self.context_tabs) if tab is not source}

    # --- what is shown -------------------------------------------------------------

    def set_client(self, client_id: str, select_snapshot: str = "") -> None:
        self.client_id = client_id
        self.refresh(select_snapshot)

    def refresh(self, select_snapshot: str = "") -> None:
        if not self.client_id:
            return
        client = clients.get_client(self.db, self.client_id)
        self.ui.nameLabel.setText(client.name)
        details = " · ".join(p for p in (client.sector, client.contacts.replace("\n", "; ")) if p)
        self.ui.detailsLabel.setText(details)
        self.ui.detailsLabel.setVisible(bool(details))
        keep = select_snapshot or self.current_snapshot_id()
        snapshots = clients.list_snapshots(self.db, self.client_id)
        table = self.ui.snapshotTable
        table.blockSignals(True)
        table.setRowCount(len(snapshots))
        row_to_select = len(snapshots) - 1
        for row, snap in enumerate(snapshots):
            view = self._view(snap.id)
            for col, (text, tip) in enumerate(self._snapshot_cells(snap, view)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, snap.id)
                item.setToolTip(tip)
                if col == 1:
                    item.setData(SORT_ROLE, snap.date)  # the date's order, not its text's
                elif col == 2:
                    item.setData(SORT_ROLE, view.respondents)
                if col in (2, 3, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, col, item)
            if snap.id == keep:
                row_to_select = row
        table.blockSignals(False)
        if snapshots:
            table.selectRow(row_to_select)
        self._on_snapshot_selection()

    def _view(self, snapshot_id: str):
        """The snapshot's scores as shown (services/presentation.py), in the UI language."""
        scores = assessment.snapshot_scores(self.db, snapshot_id)
        form = assessment.snapshot_form(self.db, snapshot_id)
        return presentation.score_view(scores, form, current_language())

    @staticmethod
    def _snapshot_cells(snap, view) -> tuple[tuple[str, str], ...]:
        """(text, tooltip) of each column of a snapshot's row."""
        return (
            (stage_name(snap.stage), ""),
            (formatting.date(snap.date), ""),
            (str(view.respondents), score_text.roles_note(view)),
            (view.overall.score, score_text.interval(view, view.overall)),
            (score_text.level(view), score_text.reasons_tooltip(view)),
            (view.coverage, ""),
            (snap.consultant, ""),
        )

    def _show_score_label(self, view) -> None:
        interval = score_text.interval(view, view.overall)
        self.ui.scoreLabel.setText(
            self.tr("Overall score %1 (%2) · assessed level: %3 · coverage %4 · NPS %5 (%6)")
            .replace("%1", view.overall.score)
            .replace("%2", interval or "–")
            .replace("%3", score_text.level(view))
            .replace("%4", view.coverage)
            .replace("%5", score_text.nps(view))
            .replace("%6", score_text.nps_note(view))
        )
        self.ui.scoreLabel.setToolTip(score_text.reasons_tooltip(view))

    def current_snapshot_id(self) -> str:
        items = self.ui.snapshotTable.selectedItems()
        return items[0].data(ID_ROLE) if items else ""

    def refresh_snapshot_scores(self, snapshot_id: str, respondent_id: str) -> None:
        """After answers changed: only that snapshot's numbers and that respondent's row."""
        table = self.ui.snapshotTable
        for row in range(table.rowCount()):
            if table.item(row, 0).data(ID_ROLE) == snapshot_id:
                snap = clients.get_snapshot(self.db, snapshot_id)
                view = self._view(snapshot_id)
                for col, (text, tip) in enumerate(self._snapshot_cells(snap, view)):
                    table.item(row, col).setText(text)
                    table.item(row, col).setToolTip(tip)
                if snapshot_id == self.current_snapshot_id():
                    self._show_score_label(view)
        respondents = self.ui.respondentTable
        for row in range(respondents.rowCount()):
            if respondents.item(row, 0).data(ID_ROLE) == respondent_id:
                progress = assessment.respondent_coverage(self.db, respondent_id)
                for col, (text, key) in self._respondent_cells(progress).items():
                    if col != R_NAME:
                        self._set_respondent_cell(respondents.item(row, col), col, text, key)
                self.respondent_tools.apply_filter()
                return
        if snapshot_id == self.current_snapshot_id():
            self._show_respondents(snapshot_id)  # a respondent this table did not show yet

    def current_respondent_id(self) -> str:
        items = self.ui.respondentTable.selectedItems()
        return items[0].data(ID_ROLE) if items else ""

    def selected_respondent_ids(self) -> list[str]:
        """The selected respondents (shown rows only), top to bottom as shown."""
        table = self.ui.respondentTable
        rows = sorted({item.row() for item in table.selectedItems()})
        return [table.item(r, R_NAME).data(ID_ROLE) for r in rows if not table.isRowHidden(r)]

    def _on_respondent_selection(self) -> None:
        """Open acts on one selected respondent, rename and delete on the selected ones:
        off when there is none."""
        count = len(self.selected_respondent_ids())
        self.ui.openRespondentButton.setEnabled(count == 1)
        for button in (self.ui.editRespondentButton, self.ui.deleteRespondentButton):
            button.setEnabled(count > 0)

    def _respondent_cells(self, progress) -> dict[int, tuple[str, object]]:
        """(text, key or sort value) of each column of a respondent's row."""
        respondent = progress.respondent
        return {
            R_NAME: (respondent.label, None),
            R_ROLE: (role_name(respondent.role), respondent.role),
            R_STATUS: (self.status_name(progress.status), progress.status),
            R_COVERAGE: (formatting.percent(progress.coverage), progress.coverage),
            R_CHANGED: (formatting.timestamp(respondent.updated_at), respondent.updated_at),
        }

    @staticmethod
    def _set_respondent_cell(cell: QTableWidgetItem, col: int, text: str, key) -> None:
        cell.setText(text)
        if col == R_ROLE:
            cell.setData(ROLE_KEY_ROLE, key)
        elif col == R_STATUS:
            cell.setData(STATUS_ROLE, key)
            cell.setData(SORT_ROLE, STATUSES.index(key))
        elif col in (R_COVERAGE, R_CHANGED) and key is not None:
            cell.setData(SORT_ROLE, key)

    def _on_snapshot_selection(self) -> None:
        snapshot_id = self.current_snapshot_id()
        has = bool(snapshot_id)
        for widget in (
            self.ui.editSnapshotButton,
            self.ui.deleteSnapshotButton,
            self.ui.respondentsBox,
        ):
            widget.setEnabled(has)
        self._show_respondents(snapshot_id)
        self._update_context_tabs()
        self.snapshotSelected.emit(snapshot_id)

    def _show_respondents(self, snapshot_id: str) -> None:
        table = self.ui.respondentTable
        table.setRowCount(0)
        self._on_respondent_selection()  # emptied: nothing is selected, whatever was
        if not snapshot_id:
            self.ui.scoreLabel.setText(self.tr("Add a snapshot to record an assessment."))
            return
        self._show_score_label(self._view(snapshot_id))
        progress = assessment.respondent_progress(self.db, snapshot_id)
        form = assessment.snapshot_form(self.db, snapshot_id)
        self._fill_filter_combos(list(form.role_names))
        table.setRowCount(len(progress))
        for row, item in enumerate(progress):
            for col, (text, key) in self._respondent_cells(item).items():
                cell = QTableWidgetItem()
                cell.setData(ID_ROLE, item.respondent.id)
                self._set_respondent_cell(cell, col, text, key)
                table.setItem(row, col, cell)
        self.respondent_tools.apply_filter()

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        for tab in getattr(self, "context_tabs", ()):
            self.ui.tabs.setTabText(self.ui.tabs.indexOf(tab), tab.tab_title())
        self.ui.snapshotTable.setColumnCount(7)
        self.ui.snapshotTable.setHorizontalHeaderLabels(
            [
                self.tr("Stage"),
                self.tr("Date"),
                self.tr("Respondents"),
                self.tr("Score"),
                self.tr("Assessed level"),
                self.tr("Coverage"),
                self.tr("Consultant"),
            ]
        )
        self.ui.respondentTable.setColumnCount(5)
        self.ui.respondentTable.setHorizontalHeaderLabels(
            [
                self.tr("Respondent"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Coverage"),
                self.tr("Last change"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self.isVisible():
                self.refresh()  # stage names and number formats follow the language
        super().changeEvent(event)

    def add_table_action(self, table_name: str, action: QAction) -> None:
        getattr(self.ui, table_name).addAction(action)

    @staticmethod
    def delete_shortcut() -> QKeySequence:
        return QKeySequence(QKeySequence.StandardKey.Delete)

    def snapshot_file_name(self, lang: str, suffix: str, *more: str) -> str:
        """The name to propose for a file about the selected snapshot, in `lang`:
        "Yıldız Bankası – Başlangıç – 12.01.2026.pdf" (outputs.file_name's rules)."""
        from csmm_desktop import outputs

        snapshot_id = self.current_snapshot_id()
        if not snapshot_id:
            return outputs.file_name(list(more), suffix)
        snap = clients.get_snapshot(self.db, snapshot_id)
        client = clients.get_client(self.db, snap.client_id)
        return outputs.snapshot_file_name(client.name, snap.stage, snap.date, lang, suffix, *more)
