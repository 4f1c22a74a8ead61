"""The right side of the main window: one client's snapshots and respondents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from csmm_desktop.forms.ui_client_panel import Ui_ClientPanel
from csmm_desktop.lazy import lazy_module
from csmm_desktop.views import formatting, score_text
from csmm_desktop.views.labels import role_name, stage_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.roles import ID_ROLE

# imported when the store is open, not before the window's first paint
assessment = lazy_module("csmm_desktop.services.assessment")
clients = lazy_module("csmm_desktop.services.clients")
presentation = lazy_module("csmm_desktop.services.presentation")

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
                respondents.item(row, 2).setText(formatting.percent(progress.coverage))
                respondents.item(row, 3).setText(
                    formatting.timestamp(progress.respondent.updated_at)
                )
                return
        if snapshot_id == self.current_snapshot_id():
            self._show_respondents(snapshot_id)  # a respondent this table did not show yet

    def current_respondent_id(self) -> str:
        items = self.ui.respondentTable.selectedItems()
        return items[0].data(ID_ROLE) if items else ""

    def _on_respondent_selection(self) -> None:
        """Open, rename and delete act on the selected respondent: off when there is none."""
        has = bool(self.current_respondent_id())
        for button in (
            self.ui.openRespondentButton,
            self.ui.editRespondentButton,
            self.ui.deleteRespondentButton,
        ):
            button.setEnabled(has)

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
        table.setRowCount(len(progress))
        for row, item in enumerate(progress):
            cells = (
                item.respondent.label,
                role_name(item.respondent.role),
                formatting.percent(item.coverage),
                formatting.timestamp(item.respondent.updated_at),
            )
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.respondent.id)
                table.setItem(row, col, cell)

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
        self.ui.respondentTable.setColumnCount(4)
        self.ui.respondentTable.setHorizontalHeaderLabels(
            [
                self.tr("Respondent"),
                self.tr("Role"),
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
