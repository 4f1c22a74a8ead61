"""The main window: client list on the left, the selected client on the right."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    QTimer,
)
from PySide6.QtGui import (
    QCloseEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from csmm_desktop import APP_NAME
from csmm_desktop.domain.text import search_fold
from csmm_desktop.forms.ui_main_window import Ui_MainWindow
from csmm_desktop.services import clients
from csmm_desktop.views import (
    dialogs,
    geometry,
    lazy_tabs,
    main_actions,
    main_commands,
    main_deletes,
)
from csmm_desktop.views.language import LanguageManager
from csmm_desktop.views.roles import ID_ROLE, SEARCH_ROLE
from csmm_desktop.views.writes import ERRORS, attempt, describe

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.views.client_panel import ClientPanel
    from csmm_desktop.views.report_settings import ReportSettings
    from csmm_desktop.views.saved_label import SavedLabel
    from csmm_desktop.views.undo_actions import UndoActions
    from csmm_desktop.views.wizard.assessment_window import AssessmentWindow


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


class MainWindow(QMainWindow):
    # Menus and wiring, the deletes, and the snapshot and respondent commands live in modules
    # of their own (views/main_actions.py, main_deletes.py, main_commands.py), bound here as
    # methods under their own names.
    _connect_actions = main_actions._connect_actions
    _build_late_menus = main_actions._build_late_menus
    _build_panel = main_actions._build_panel
    _setup_language_menu = main_actions._setup_language_menu
    set_language = main_actions.set_language
    _on_screen_requested = main_actions._on_screen_requested
    export_report = main_actions.export_report
    _report_done = main_actions._report_done
    backup_now = main_actions.backup_now
    open_log_folder = main_actions.open_log_folder
    about = main_actions.about
    _deleting = main_deletes._deleting
    _ask_delete = main_deletes._ask_delete
    delete_client = main_deletes.delete_client
    delete_snapshot = main_deletes.delete_snapshot
    delete_respondent = main_deletes.delete_respondent
    new_snapshot = main_commands.new_snapshot
    _snapshot_order = main_commands._snapshot_order
    edit_snapshot = main_commands.edit_snapshot
    import_responses = main_commands.import_responses
    save_template = main_commands.save_template
    new_respondent = main_commands.new_respondent
    open_respondent = main_commands.open_respondent
    open_wizard = main_commands.open_wizard
    _wizard_gone = main_commands._wizard_gone
    _on_answer_saved = main_commands._on_answer_saved
    _refresh_after_answers = main_commands._refresh_after_answers
    rename_respondent = main_commands.rename_respondent

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
        self.export_menu = None  # File → Export (views/office_export.py), likewise
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
        self._build_panel(db)
        # not during the data's first paint; and before a big snapshot's load, which the
        # client's selection below sets to start after it too (its worker would take the
        # GIL from these menus' imports: the start's longest block was 137 ms at 20,000)
        self.panel.when_painted(self._after_data_painted)
        self._watch_saves(db)
        self.ui.centralwidget.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.ui.retranslateUi(self)  # the empty page's text again
        self.reload_clients(select=str(self.settings.value("lastClient", "") or ""))
        from csmm_desktop.views import warm_imports  # matplotlib, off the UI thread

        warm_imports.start("first")  # at the first paint already (app.run_gui)

    def _after_data_painted(self) -> None:
        """What the data's first screen does not show, once it is on screen: the late
        menus, File → Export, the Help menu and F1, then matplotlib's import (warm_imports
        "later"). Their modules and building them took ~40 ms before the demo's data was
        shown."""
        self._build_late_menus()
        from csmm_desktop.views import help as guide  # F1, Help menu (views/help.py)
        from csmm_desktop.views import office_export, warm_imports

        if self.export_menu is None:  # once, whichever store
            office_export.install(self)  # File → Export
        guide.install(self)
        self._undo_ready()
        warm_imports.start("later")

    def _undo_ready(self) -> None:
        """The undo log's triggers made now, so the first change does not wait for them (a
        failure here is retried by that change's own transaction, which then says it)."""
        undo = getattr(self.db, "undo", None)
        if undo is None:
            return
        try:
            undo.ready()
        except ERRORS:
            logging.getLogger(__name__).warning("undo triggers not made yet", exc_info=True)

    def _watch_saves(self, db: Database) -> None:
        from csmm_desktop.views.saved_label import SavedLabel
        from csmm_desktop.views.undo_actions import UndoActions

        if self.saved_label is None:
            self.saved_label = SavedLabel(self)
            self.statusBar().addPermanentWidget(self.saved_label)
        self.saved_label.watch(db)
        if self.undo_actions is None:  # once, whichever store: the menus built after paint
            # (their modules name Qt's namespace, which the first screen must not: first_screen)
            from csmm_desktop.views import copy_rows  # Ctrl+C

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _counted(self, what: str, n: int) -> str:
        """The deletes' plural texts (views/main_deletes.py): lupdate reads %n forms only
        from self.tr in the class, so they stay here."""
        if what == "snapshots":
            return self.tr("%n snapshot(s)", "", n)
        if what == "respondents":
            return self.tr("%n respondent(s)", "", n)
        return self.tr(
            "Delete the %1 snapshot of %2 with its %n respondent(s) and their answers?", "", n
        )

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
        """The client's screens besides its snapshots, each following the selection: each
        built when first shown, the others in idle time after (views/lazy_tabs.py)."""
        lazy_tabs.install(self.panel, db)

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
            self.panel.forget_client()
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

    # --- responses -----------------------------------------------------------------

    # --- reports -------------------------------------------------------------------

    # --- data folder ---------------------------------------------------------------

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
