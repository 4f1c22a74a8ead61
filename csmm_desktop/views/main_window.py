"""The main window: client list on the left, the selected client on the right."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from csmm_desktop import APP_NAME, __version__
from csmm_desktop.config import backup_dir
from csmm_desktop.domain.text import search_fold
from csmm_desktop.forms.ui_main_window import Ui_MainWindow
from csmm_desktop.lazy import lazy_module
from csmm_desktop.views import dialogs, external, formatting, geometry
from csmm_desktop.views.first_screen import set_shortcut
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.language import LanguageManager, current_language
from csmm_desktop.views.messages import render
from csmm_desktop.views.roles import ID_ROLE, SEARCH_ROLE
from csmm_desktop.views.writes import ERRORS, attempt, describe, events, succeeded

# imported when the store is open, not before the window's first paint
assessment = lazy_module("csmm_desktop.services.assessment")
clients = lazy_module("csmm_desktop.services.clients")
respondent_bulk = lazy_module("csmm_desktop.views.respondent_bulk")

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.views.client_panel import ClientPanel
    from csmm_desktop.views.report_settings import ReportSettings
    from csmm_desktop.views.saved_label import SavedLabel
    from csmm_desktop.views.undo_actions import UndoActions
    from csmm_desktop.views.wizard.assessment_window import AssessmentWindow


class _Deleting(NamedTuple):
    context: contextlib.AbstractContextManager
    undoable: bool

    def __enter__(self) -> None:
        self.context.__enter__()

    def __exit__(self, *exc: object) -> None:
        self.context.__exit__(*exc)


class ClientFilter(QSortFilterProxyModel):
    """Matches what the user types anywhere in a client's name or sector, Turkish-aware."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._needle = search_fold(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = search_fold(text)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self._needle in (index.data(SEARCH_ROLE) or "")


def _delete_key(widget: QWidget, slot: Callable[[], object]) -> None:
    """The Delete key deletes where it is meant: on the list or table that has the focus."""
    from PySide6.QtCore import Qt  # not before the first paint: views/first_screen.py

    action = QAction(widget)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Database | None,
        data_dir: Path,
        settings: QSettings,
        language: LanguageManager | None = None,
    ):
        super().__init__()
        self.db = db
        self.data_dir = data_dir
        self.settings = settings
        self.language = language
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)

        self.client_model = QStandardItemModel(self)
        self.client_filter = ClientFilter(self)
        self.client_filter.setSourceModel(self.client_model)
        self.ui.clientList.setModel(self.client_filter)
        self.ui.clientList.selectionModel().currentChanged.connect(self._on_client_changed)
        self.ui.searchEdit.textChanged.connect(self._on_search)

        self.wizards: dict[str, AssessmentWindow] = {}
        self._pending_refresh: tuple[str, str] | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self._refresh_after_answers)
        # The client's panel is not on the first screen: it is built with the store.
        self.panel: ClientPanel | None = None
        self.saved_label: SavedLabel | None = None  # "Saved 14:03", once a store is open
        self.undo_actions: UndoActions | None = None  # Edit → Undo / Redo / Trash, likewise

        self._connect_actions()
        self._setup_language_menu()
        self.report_settings: ReportSettings | None = None  # built with the store, as below
        self.ui.splitter.setStretchFactor(1, 3)
        self._restore_settings()
        if db is None:  # the store opens after the first paint (see app.run_gui)
            self.ui.emptyLabel.setText(self.tr("Opening your data…"))
            self.ui.centralwidget.setEnabled(False)
            self.menuBar().setEnabled(False)
        else:
            self.attach_store(db)
        self._retranslate()

    def attach_store(self, db: Database) -> None:
        """Show the data of an opened store."""
        self.db = db
        self._build_late_menus()
        self._build_panel(db)
        self._watch_saves(db)
        self.ui.centralwidget.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.ui.retranslateUi(self)  # the empty page's text again
        from csmm_desktop.views import help as guide  # F1, Help menu, welcome (views/help.py)

        guide.install(self)
        self.reload_clients(select=str(self.settings.value("lastClient", "") or ""))

    def _watch_saves(self, db: Database) -> None:
        from csmm_desktop.views.saved_label import SavedLabel
        from csmm_desktop.views.undo_actions import UndoActions

        if self.saved_label is None:
            self.saved_label = SavedLabel(self)
            self.statusBar().addPermanentWidget(self.saved_label)
        self.saved_label.watch(db)
        if self.undo_actions is None:  # once, whichever store: the menus built after paint
            # (their modules name Qt's namespace, which the first screen must not: first_screen)
            from csmm_desktop.views import copy_rows, office_export  # File → Export; Ctrl+C

            office_export.install(self)
            copy_rows.install()  # every table and tree copies its selected rows
            self.undo_actions = UndoActions(
                self, self.ui.menuEdit, after=self._after_undo, blocked=lambda: bool(self.wizards)
            )
        self.undo_actions.attach(db)

    def _after_undo(self) -> None:
        """After Undo, Redo or a restore from the Trash: show what is stored now."""
        client_id = self.current_client_id()
        try:
            known = {c.id for c in clients.list_clients(self.db)}
            self.reload_clients(select=client_id if client_id in known else "-")
            if self.panel is not None and self.panel.client_id in known:
                self.panel.refresh()
        except ERRORS as exc:
            dialogs.warn(self, APP_NAME, describe(exc, self.db))

    def replace_store(self, db: Database) -> None:
        """Show another store (a backup was restored): a new panel on the new connection."""
        old = self.panel
        if old is not None:
            self.ui.rightStack.removeWidget(old)
            old.deleteLater()
        self.attach_store(db)
        self.db_opened = db  # app.run_gui closes this one at exit

    def close_wizards(self) -> bool:
        """Close every assessment window (each saves what it holds); False if one stays."""
        for respondent_id, wizard in list(self.wizards.items()):
            if not wizard.close():
                return False
            self.wizards.pop(respondent_id, None)
        return True

    def _on_store_gone(self, error: object) -> None:
        """The data file vanished or was replaced: after the failed write's own message,
        offer once to save a copy of what is open."""
        if getattr(self, "_rescue_offered", False) or getattr(error, "path", None) != getattr(
            self.db, "path", None
        ):
            return  # offered already, or another store's trouble
        self._rescue_offered = True
        from csmm_desktop.views.data_file import offer_rescue

        QTimer.singleShot(0, lambda: offer_rescue(self, error))

    def restore_backup(self) -> bool:
        from csmm_desktop.views.data_file import restore_from_backup

        return restore_from_backup(self)

    # --- wiring --------------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionNewClient.triggered.connect(self.new_client)
        ui.newClientButton.clicked.connect(self.new_client)
        ui.actionEditClient.triggered.connect(self.edit_client)
        ui.actionDeleteClient.triggered.connect(self.delete_client)
        ui.actionNewSnapshot.triggered.connect(self.new_snapshot)
        ui.actionEditSnapshot.triggered.connect(self.edit_snapshot)
        ui.actionDeleteSnapshot.triggered.connect(self.delete_snapshot)
        ui.actionImportResponses.triggered.connect(self.import_responses)
        ui.actionSaveTemplate.triggered.connect(self.save_template)
        ui.actionExportReport.triggered.connect(lambda: self.export_report())
        ui.actionAddDemo.triggered.connect(self.add_demo)
        ui.demoButton.clicked.connect(self.add_demo)
        ui.actionBackupNow.triggered.connect(self.backup_now)
        ui.actionRestoreBackup.triggered.connect(self.restore_backup)
        ui.actionOpenDataFolder.triggered.connect(
            lambda: external.show(self, self.data_dir, self.tr("Open data folder"))
        )
        ui.actionOpenLogFolder.triggered.connect(self.open_log_folder)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionAbout.triggered.connect(self.about)
        for action, keys in (
            (ui.actionNewClient, "Ctrl+N"),
            (ui.actionNewSnapshot, "Ctrl+Shift+N"),
            (ui.actionImportResponses, "Ctrl+I"),
            (ui.actionExportReport, "Ctrl+E"),
            (ui.actionQuit, QKeySequence.StandardKey.Quit),
            (ui.actionEditClient, "F2"),
            (ui.actionEditSnapshot, "Shift+F2"),
            (ui.actionFind, "Ctrl+F"),
        ):
            set_shortcut(action, keys)
        ui.clientList.addAction(ui.actionEditClient)

    def _build_late_menus(self) -> None:
        """The menus whose modules name Qt's namespace, once, after the first paint (the
        first screen must not name it: views/first_screen.py)."""
        if self.report_settings is not None:
            return
        from csmm_desktop.views import bundle_flow  # File → Export / Import Client…
        from csmm_desktop.views.report_settings import ReportSettings

        bundle_flow.install(self)
        self.report_settings = ReportSettings(self)  # Settings menu, snapshot's key messages
        from csmm_desktop.views import forms_dialog  # Settings → Forms…

        forms_dialog.install(self)

    def _build_panel(self, db: Database) -> None:
        """The selected client's panel with its snapshots and screens, wired to the menus,
        and the client list's context menu and Delete key: none of it is on the first
        screen, so it is built when the store is open (views/first_screen.py)."""
        from PySide6.QtCore import Qt

        from csmm_desktop.views.client_panel import ClientPanel

        if self.panel is None:  # the first store: the client list's menu and keys, once
            self.ui.clientList.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            _delete_key(self.ui.clientList, self.delete_client)
            events.storeGone.connect(self._on_store_gone)
        self.panel = ClientPanel(db, self)
        self.ui.rightStack.addWidget(self.panel)
        self.panel.snapshotSelected.connect(lambda _id: self._update_actions())
        self.panel.snapshotActivated.connect(lambda _id: self.edit_snapshot())
        self.panel.screenRequested.connect(self._on_screen_requested)
        p = self.panel.ui
        p.newSnapshotButton.clicked.connect(self.new_snapshot)
        p.editSnapshotButton.clicked.connect(self.edit_snapshot)
        p.deleteSnapshotButton.clicked.connect(self.delete_snapshot)
        p.importButton.clicked.connect(self.import_responses)
        p.templateButton.clicked.connect(self.save_template)
        p.deleteRespondentButton.clicked.connect(self.delete_respondent)
        p.newRespondentButton.clicked.connect(self.new_respondent)
        p.openRespondentButton.clicked.connect(self.open_respondent)
        p.editRespondentButton.clicked.connect(self.rename_respondent)
        p.respondentTable.itemActivated.connect(lambda _item: self.open_respondent())

        _delete_key(p.snapshotTable, self.delete_snapshot)
        _delete_key(p.respondentTable, self.delete_respondent)
        p.snapshotTable.addAction(self.ui.actionEditSnapshot)
        if self.report_settings is not None:
            self.report_settings.attach(self.panel)
        self._install_tabs(db)

    def _setup_language_menu(self) -> None:
        group = QActionGroup(self)
        for action, code in ((self.ui.actionEnglish, "en"), (self.ui.actionTurkish, "tr")):
            group.addAction(action)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
        current = self.language.current if self.language else "en"
        (self.ui.actionTurkish if current == "tr" else self.ui.actionEnglish).setChecked(True)

    def set_language(self, code: str) -> None:
        if self.language is None:
            return
        self.language.apply(code)
        self.settings.setValue("language", code)
        (self.ui.actionTurkish if code == "tr" else self.ui.actionEnglish).setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        client_id = self.current_client_id()
        name = self.client_model_name(client_id)
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)
        if self.saved_label is not None:
            self.saved_label.retranslate()
        self._update_actions()

    # --- clients -------------------------------------------------------------------

    def current_client_id(self) -> str:
        index = self.ui.clientList.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def client_model_name(self, client_id: str) -> str:
        for row in range(self.client_model.rowCount()):
            item = self.client_model.item(row)
            if item.data(ID_ROLE) == client_id:
                return item.text()
        return ""

    def _install_tabs(self, db: Database) -> None:
        """The client's screens besides its snapshots, each following the selection."""
        from csmm_desktop.views.dashboard import DashboardTab
        from csmm_desktop.views.engagement.actions_tab import ActionsTab
        from csmm_desktop.views.engagement.checklist_tab import ChecklistTab
        from csmm_desktop.views.engagement.findings_tab import FindingsTab
        from csmm_desktop.views.engagement.kpis_tab import KpisTab
        from csmm_desktop.views.engagement.numbers_tab import NumbersTab
        from csmm_desktop.views.engagement.workshops_tab import WorkshopsTab

        panel = self.panel
        panel.add_context_tab(DashboardTab(db, panel), ("scores", "dashboard"))
        panel.add_context_tab(ChecklistTab(db, panel), ("checklist",))
        findings = FindingsTab(db, panel)
        panel.add_context_tab(findings, ("problems", "requirements"))
        findings.screens_shown = {"problems": "problem", "requirements": "requirement"}
        panel.add_context_tab(NumbersTab(db, panel), ("numbers",))
        panel.add_context_tab(KpisTab(db, panel), ("kpis",))
        panel.add_context_tab(ActionsTab(db, panel), ("actions", "roadmap", "feedback"))
        panel.add_context_tab(WorkshopsTab(db, panel), ("workshops",))
        from csmm_desktop.views.cxboard import CxBoardTab

        panel.add_context_tab(
            CxBoardTab(db, panel),
            ("cxboard", "nps", "contact_reasons", "board_meetings", "cx_projects", "cx_feedback"),
        )

    def reload_clients(self, select: str = "") -> None:
        if self.db is None:
            return
        select = select or self.current_client_id()
        # read first: a failure leaves the list as it is
        listed = clients.list_clients(self.db)
        searched = clients.search_texts(self.db)
        # While the rows are replaced, the current row must not wander to a neighbour that
        # may no longer exist; the selection is set once the new rows are in.
        selection = self.ui.clientList.selectionModel()
        was_blocked = selection.blockSignals(True)
        try:
            self.client_model.clear()
            for client in listed:
                item = QStandardItem(client.name)
                item.setData(client.id, ID_ROLE)
                item.setData(searched.get(client.id, ""), SEARCH_ROLE)
                item.setToolTip(client.sector)
                self.client_model.appendRow(item)
        finally:
            selection.blockSignals(was_blocked)
        self._select_client(select)

    def _select_client(self, client_id: str) -> None:
        for row in range(self.client_filter.rowCount()):
            index = self.client_filter.index(row, 0)
            if index.data(ID_ROLE) == client_id:
                self.ui.clientList.setCurrentIndex(index)
                return
        if self.client_filter.rowCount() and not client_id:
            self.ui.clientList.setCurrentIndex(self.client_filter.index(0, 0))
        else:
            self._on_client_changed(self.ui.clientList.currentIndex())

    def _on_client_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        client_id = index.data(ID_ROLE) if index.isValid() else ""
        if client_id:
            try:
                self.panel.set_client(client_id)
            except ERRORS as exc:  # deleted elsewhere, or the data file cannot be read
                dialogs.warn(self, APP_NAME, describe(exc, self.db))
                client_id = ""
        if client_id:
            self.ui.rightStack.setCurrentWidget(self.panel)
            self.settings.setValue("lastClient", client_id)
        else:
            self.panel.client_id = ""
            self.ui.rightStack.setCurrentWidget(self.ui.emptyPage)
        self._retranslate()

    def _on_search(self, text: str) -> None:
        self.client_filter.set_needle(text)
        if not self.ui.clientList.currentIndex().isValid() and self.client_filter.rowCount():
            self.ui.clientList.setCurrentIndex(self.client_filter.index(0, 0))

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _update_actions(self) -> None:
        has_client = bool(self.current_client_id())
        has_snapshot = bool(
            has_client and self.panel is not None and self.panel.current_snapshot_id()
        )
        for action in (
            self.ui.actionEditClient,
            self.ui.actionDeleteClient,
            self.ui.actionNewSnapshot,
        ):
            action.setEnabled(has_client)
        for action in (
            self.ui.actionEditSnapshot,
            self.ui.actionDeleteSnapshot,
            self.ui.actionImportResponses,
            self.ui.actionSaveTemplate,
            self.ui.actionExportReport,
        ):
            action.setEnabled(has_snapshot)

    def _deleting(self, kind: str, title: str, what: str, **under: str) -> _Deleting:
        """What a delete of `kind` runs in: a step Edit → Undo names and the Trash keeps;
        one with more answers than the undo log holds runs unlogged (and says so first)."""
        from csmm_desktop.store.undo import LOG_LIMIT, answers_under

        log = getattr(self.db, "undo", None)
        if log is None:
            return _Deleting(contextlib.nullcontext(), False)
        answers = attempt(self, title, answers_under, self.db, **under) if under else 0
        if answers is None or answers > LOG_LIMIT:
            return _Deleting(log.unlogged(), False)
        return _Deleting(log.labelled(f"{title} “{what}”", trash=kind), True)

    def _undo_note(self, deleting: _Deleting) -> str:
        if deleting.undoable:
            return self.tr("Edit → Undo brings it back, and so does Edit → Trash later.")
        return self.tr("This cannot be undone (the automatic backups keep older copies).")

    def _show_stored(self, client_id: str = "", snapshot_id: str = "") -> None:
        """After a write (done or refused): the list and the panel show what is stored."""
        try:
            self.reload_clients(select=client_id or self.current_client_id())
            if snapshot_id and self.panel is not None and self.panel.client_id:
                self.panel.refresh(select_snapshot=snapshot_id)
        except ERRORS as exc:  # even reading fails: the data file is in trouble
            dialogs.warn(self, APP_NAME, describe(exc, self.db))

    def new_client(self) -> None:
        from csmm_desktop.views.client_dialog import ClientDialog

        dialog = ClientDialog(self, save=lambda values: clients.create_client(self.db, **values))
        if dialog.exec() != ClientDialog.DialogCode.Accepted:
            return
        client = dialog.saved
        self.ui.searchEdit.clear()
        self.reload_clients(select=client.id)
        self.statusBar().showMessage(self.tr("Client added."), 4000)

    def edit_client(self) -> None:
        from csmm_desktop.views.client_dialog import ClientDialog

        client_id = self.current_client_id()
        if not client_id:
            return
        client = attempt(self, self.tr("Edit client"), clients.get_client, self.db, client_id)
        if client is None:
            return self._show_stored(client_id)
        dialog = ClientDialog(
            self, client, save=lambda values: clients.update_client(self.db, client_id, **values)
        )
        dialog.exec()
        self._show_stored(client_id)

    def delete_client(self) -> None:
        client_id = self.current_client_id()
        if not client_id:
            return
        title = self.tr("Delete client")
        client = attempt(self, title, clients.get_client, self.db, client_id)
        counts = client and attempt(self, title, clients.client_summary, self.db, client_id)
        if not counts:
            return self._show_stored(client_id)
        deleting = self._deleting("client", title, client.name, client_id=client_id)
        question = (
            (
                self.tr("Delete the client “%1” with its %2 and %3?")
                .replace("%2", self.tr("%n snapshot(s)", "", counts["snapshots"]))
                .replace("%3", self.tr("%n respondent(s)", "", counts["respondents"]))
                .replace("%1", client.name)
            )
            + " "
            + self._undo_note(deleting)
        )
        if not dialogs.ask(
            self, self.tr("Delete client"), question, confirm=self.tr("Delete"), destructive=True
        ):
            return
        row = self.ui.clientList.currentIndex().row()
        with deleting:
            done = succeeded(self, title, clients.delete_client, self.db, client_id)
        if not done:
            return self._show_stored(client_id)
        self.reload_clients(select="-")
        if self.client_filter.rowCount():
            row = min(row, self.client_filter.rowCount() - 1)
            self.ui.clientList.setCurrentIndex(self.client_filter.index(row, 0))
        self.statusBar().showMessage(self.tr("Client deleted."), 4000)

    def add_demo(self) -> None:
        from PySide6.QtCore import Qt

        from csmm_desktop.services import demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = attempt(self, self.tr("Add demo client"), demo.add_demo, self.db)
        finally:
            QApplication.restoreOverrideCursor()
        if result is None:
            return self._show_stored()
        client_id, added = result
        self.ui.searchEdit.clear()
        self.reload_clients(select=client_id)
        self.statusBar().showMessage(
            self.tr("Demo client added.") if added else self.tr("The demo client is already here."),
            4000,
        )

    # --- snapshots -----------------------------------------------------------------

    def new_snapshot(self) -> None:
        from csmm_desktop.views.snapshot_dialog import SnapshotDialog

        client_id = self.current_client_id()
        if not client_id:
            return
        title = self.tr("New snapshot")
        proposal = attempt(self, title, clients.next_snapshot_defaults, self.db, client_id)
        if proposal is None:
            return self._show_stored(client_id)
        dialog = SnapshotDialog(
            self,
            suggested_stage=proposal.stage,
            consultant=proposal.consultant,
            save=lambda values: clients.create_snapshot(self.db, client_id, **values),
            check=lambda values: self._snapshot_order(client_id, values),
        )
        if dialog.exec() != SnapshotDialog.DialogCode.Accepted:
            return
        self._show_stored(client_id, dialog.saved.id)

    def _snapshot_order(self, client_id: str, values: dict, snapshot_id: str = "") -> list[str]:
        """Warnings when the stage and the date do not follow the client's other snapshots."""
        warnings = clients.snapshot_order_warnings(
            self.db, client_id, values["stage"], values["when"], snapshot_id, formatting.date
        )
        return [render(w) for w in warnings]

    def edit_snapshot(self) -> None:
        from csmm_desktop.views.snapshot_dialog import SnapshotDialog

        snapshot_id = self.panel.current_snapshot_id()
        if not snapshot_id:
            return
        snap = attempt(self, self.tr("Edit snapshot"), clients.get_snapshot, self.db, snapshot_id)
        if snap is not None:
            dialog = SnapshotDialog(
                self,
                snap,
                save=lambda values: clients.update_snapshot(self.db, snapshot_id, **values),
                check=lambda values: self._snapshot_order(snap.client_id, values, snapshot_id),
            )
            dialog.exec()
        self._show_stored(self.current_client_id(), snapshot_id)

    def delete_snapshot(self) -> None:
        snapshot_id = self.panel.current_snapshot_id()
        if not snapshot_id:
            return
        title = self.tr("Delete snapshot")
        snap = attempt(self, title, clients.get_snapshot, self.db, snapshot_id)
        count = snap and attempt(
            self, title, clients.snapshot_respondent_count, self.db, snapshot_id
        )
        if count is None or snap is None:
            return self._show_stored(self.current_client_id())
        what = f"{stage_name(snap.stage)} · {formatting.date(snap.date)}"
        deleting = self._deleting("snapshot", title, what, snapshot_id=snapshot_id)
        question = (
            (
                self.tr(
                    "Delete the %1 snapshot of %2 with its %n respondent(s) and their answers?",
                    "",
                    count,
                )
                .replace("%1", stage_name(snap.stage))
                .replace("%2", formatting.date(snap.date))
            )
            + " "
            + self._undo_note(deleting)
        )
        if not dialogs.ask(
            self, self.tr("Delete snapshot"), question, confirm=self.tr("Delete"), destructive=True
        ):
            return
        with deleting:
            attempt(self, title, clients.delete_snapshot, self.db, snapshot_id)
        self._show_stored(self.current_client_id())

    # --- responses -----------------------------------------------------------------

    def import_responses(self) -> None:
        from csmm_desktop.views import import_flow  # check on a worker, preview, import

        import_flow.import_responses(self)

    def save_template(self) -> None:
        snapshot_id = self.panel.current_snapshot_id()
        if not snapshot_id:
            return
        from csmm_desktop import outputs

        lang = current_language()  # the template's words are the app's language
        path = dialogs.save_file(
            self,
            self.tr("Save response template"),
            self.panel.snapshot_file_name(lang, ".xlsx", outputs.word("template", lang)),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        if not succeeded(
            self,
            self.tr("Save response template"),
            assessment.write_template,
            self.db,
            snapshot_id,
            path,
            current_language(),
        ):
            return
        self.statusBar().showMessage(self.tr("Template saved to %1").replace("%1", path), 6000)

    def new_respondent(self) -> None:
        from csmm_desktop.views.wizard.respondent_dialog import RespondentDialog

        snapshot_id = self.panel.current_snapshot_id()
        if not snapshot_id:
            return
        last_role = str(self.settings.value("lastRole", "") or "")
        dialog = RespondentDialog(self, role=last_role)
        respondent = None
        while respondent is None:  # a refused write shows the dialog again, as typed
            if dialog.exec() != RespondentDialog.DialogCode.Accepted:
                return
            values = dialog.values()
            respondent = attempt(
                self,
                self.tr("New respondent"),
                assessment.add_respondent,
                self.db,
                snapshot_id,
                **values,
            )
        self.settings.setValue("lastRole", values["role"])
        self._show_stored(self.current_client_id(), snapshot_id)
        self.open_wizard(respondent.id)

    def open_respondent(self) -> None:
        respondent_id = self.panel.current_respondent_id()
        if respondent_id:
            self.open_wizard(respondent_id)

    def open_wizard(self, respondent_id: str) -> AssessmentWindow:
        """The wizard of one respondent; one window per respondent."""
        from csmm_desktop.views.wizard.assessment_window import AssessmentWindow

        existing = self.wizards.get(respondent_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        wizard = AssessmentWindow(self.db, respondent_id, self, settings=self.settings)
        wizard.answerSaved.connect(self._on_answer_saved)
        wizard.respondentModeChanged.connect(lambda on: self.setVisible(not on))
        wizard.destroyed.connect(lambda _obj=None, rid=respondent_id: self._wizard_gone(rid))
        self.wizards[respondent_id] = wizard
        if self.undo_actions is not None:
            self.undo_actions.update()  # Undo waits while an assessment window is open
        wizard.show()
        return wizard

    def _wizard_gone(self, respondent_id: str) -> None:
        self.wizards.pop(respondent_id, None)
        if self.undo_actions is not None:
            self.undo_actions.update()

    def _on_answer_saved(self, snapshot_id: str, respondent_id: str) -> None:
        """Scores follow every answer wherever they are shown (coalesced: quick answers in a
        row cost one refresh)."""
        self._pending_refresh = (snapshot_id, respondent_id)
        self._refresh_timer.start()

    def _refresh_after_answers(self) -> None:
        if self._pending_refresh and self.panel.client_id:
            self.panel.refresh_snapshot_scores(*self._pending_refresh)
        self._pending_refresh = None

    def rename_respondent(self) -> None:
        from csmm_desktop.views.wizard.respondent_dialog import RespondentDialog

        if len(self.panel.selected_respondent_ids()) > 1:
            return respondent_bulk.rename(self, self.panel.selected_respondent_ids())
        respondent_id = self.panel.current_respondent_id()
        if not respondent_id:
            return
        title = self.tr("Rename respondent")
        respondent = attempt(self, title, assessment.get_respondent, self.db, respondent_id)
        if respondent is not None:
            dialog = RespondentDialog(self, respondent)
            while dialog.exec() == RespondentDialog.DialogCode.Accepted:
                values = dialog.values()
                renamed = attempt(
                    self,
                    title,
                    assessment.rename_respondent,
                    self.db,
                    respondent_id,
                    values["name"],
                    values["code"],
                )
                if renamed is not None:
                    break
        self._show_stored(self.current_client_id())

    def delete_respondent(self) -> None:
        if len(self.panel.selected_respondent_ids()) > 1:  # several: views/respondent_bulk.py
            return respondent_bulk.delete(self, self.panel.selected_respondent_ids())
        respondent_id = self.panel.current_respondent_id()
        if not respondent_id:
            return
        title = self.tr("Delete respondent")
        respondent = attempt(self, title, assessment.get_respondent, self.db, respondent_id)
        if respondent is None:
            return self._show_stored(self.current_client_id())
        deleting = self._deleting("respondent", title, respondent.label)
        question = (
            self.tr("Delete the respondent “%1” and all their answers?").replace(
                "%1", respondent.label
            )
            + " "
            + self._undo_note(deleting)
        )
        if not dialogs.ask(
            self,
            self.tr("Delete respondent"),
            question,
            confirm=self.tr("Delete"),
            destructive=True,
        ):
            return
        wizard = self.wizards.get(respondent_id)
        if wizard is not None and not wizard.close():
            return  # the wizard could not be closed (its pending answers): nothing deleted
        self.wizards.pop(respondent_id, None)
        with deleting:
            attempt(self, title, assessment.delete_respondent, self.db, respondent_id)
        self._show_stored(self.current_client_id())

    # --- reports -------------------------------------------------------------------

    def _on_screen_requested(self, screen: str) -> None:
        if screen == "report":
            self.export_report()

    def export_report(self, kind: str = "snapshot"):
        """Ask what to export, build it in the background, then offer to open or print it."""
        from csmm_desktop.views.report_dialog import ReportDialog, ReportExport

        snapshot_id = self.panel.current_snapshot_id() if self.panel else ""
        if not snapshot_id:
            return None
        folder = str(self.settings.value("lastReportFolder", "") or "")
        dialog = ReportDialog(self, self.panel.snapshot_file_name, folder, kind)
        from csmm_desktop.views.help import attach  # F1 in the dialog: the reports page

        attach(dialog, "reports.html")
        if dialog.exec() != ReportDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        self.settings.setValue("lastReportFolder", str(Path(values["out"]).parent))
        db_file = self.db.execute("PRAGMA database_list").fetchone()[2]
        export = ReportExport(self, db_file, snapshot_id, values)
        export.done.connect(self._report_done)
        export.stopped.connect(
            lambda: self.statusBar().showMessage(
                self.tr("The report was cancelled; no file was written."), 6000
            )
        )
        export.failed.connect(
            lambda message: dialogs.warn(self, self.tr("Export PDF report"), message)
        )
        self._export = export
        return export

    def _report_done(self, path: str) -> None:
        from csmm_desktop.views.report_dialog import print_pdf

        self.panel.refresh()  # the checklist's "report prepared" ticks itself

        def chosen(choice: int) -> None:  # now, or once respondent mode ends (dialogs.py)
            if choice == 0:
                external.show(self, path, self.tr("Export PDF report"))
            elif choice == 1:
                print_pdf(self, path)

        dialogs.choose(
            self,
            self.tr("Export PDF report"),
            self.tr("The report was saved as:\n%1").replace("%1", path),
            [self.tr("Open the file"), self.tr("Print…"), self.tr("Close")],
            then=chosen,
        )

    # --- data folder ---------------------------------------------------------------

    def backup_now(self) -> None:
        from csmm_desktop.store import backup

        path = attempt(
            self,
            self.tr("Back up now"),
            backup.make_backup,
            self.db,
            backup_dir(self.data_dir),
            "manual",
        )
        if path is None:
            return
        dialogs.inform(
            self,
            self.tr("Back up now"),
            self.tr("A copy of all your data was saved to:\n%1").replace("%1", str(path)),
        )

    def open_log_folder(self) -> None:
        from csmm_desktop.views.crash_dialog import open_log_folder

        open_log_folder(self.data_dir, self)

    def about(self) -> None:
        dialogs.inform(
            self,
            self.tr("About CSMM Desktop"),
            self.tr(
                "CSMM Desktop %1\n\nCustomer Service Maturity Model assessments, offline.\n"
                "Data folder: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.data_dir)),
        )

    # --- window state --------------------------------------------------------------

    def _restore_settings(self) -> None:
        # where it was (its size kept), inside the screen; first start: 1280 × 800 (all tabs
        # fit, in Turkish too), or what the screen has
        room = geometry.available(self)
        first = QSize(min(1280, room.width() - 40), min(800, room.height() - 40))
        geometry.restore(self, self.settings, "geometry", first)
        state = self.settings.value("splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)
        else:
            self.ui.splitter.setSizes([230, self.width() - 230])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_wizards():  # answers still waiting are tried (or asked about)
            event.ignore()
            return
        geometry.remember(self, self.settings, "geometry")
        self.settings.setValue("splitter", self.ui.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
