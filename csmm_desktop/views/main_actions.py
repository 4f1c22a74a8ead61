"""The main window's wiring: its menus, actions, shortcuts and the client panel's buttons,
the language menu, and the commands that are not about a client's data (the PDF report's
export, Back up now, the log folder, About). Bound as MainWindow methods (same names), so
`self` is the window; texts keep the "MainWindow" translation context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QKeySequence,
)
from PySide6.QtWidgets import QWidget

from csmm_desktop import __version__
from csmm_desktop.config import backup_dir
from csmm_desktop.views import dialogs, external
from csmm_desktop.views.first_screen import set_shortcut
from csmm_desktop.views.writes import attempt, events

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.views.main_window import MainWindow


def _delete_key(widget: QWidget, slot: Callable[[], object]) -> None:
    """The Delete key deletes where it is meant: on the list or table that has the focus."""
    from PySide6.QtCore import Qt  # not before the first paint: views/first_screen.py

    action = QAction(widget)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)


def _connect_actions(self: MainWindow) -> None:
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
        lambda: external.show(
            self, self.data_dir, QCoreApplication.translate("MainWindow", "Open data folder")
        )
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


def _build_late_menus(self: MainWindow) -> None:
    """The menus whose modules name Qt's namespace, once, after the panel's first paint
    (MainWindow._after_data_painted; the first screen must not name Qt's namespace:
    views/first_screen.py)."""
    if self.report_settings is not None:
        return
    from csmm_desktop.views import (
        applicability_dialog,  # Edit → Applicability… (per-client applicability)
        bundle_flow,  # File → Export / Import Client…
        forms_dialog,  # Settings → Forms…
    )
    from csmm_desktop.views.report_settings import ReportSettings

    bundle_flow.install(self)
    self.report_settings = ReportSettings(self)  # Settings menu, snapshot's key messages
    if self.panel is not None:  # built after the panel (MainWindow._after_data_painted)
        self.report_settings.attach(self.panel)
    forms_dialog.install(self)
    applicability_dialog.install(self)


def _build_panel(self: MainWindow, db: Database) -> None:
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
    p.respondentTable.activated.connect(lambda _index: self.open_respondent())

    _delete_key(p.snapshotTable, self.delete_snapshot)
    _delete_key(p.respondentTable, self.delete_respondent)
    p.snapshotTable.addAction(self.ui.actionEditSnapshot)
    if self.report_settings is not None:
        self.report_settings.attach(self.panel)
    self._install_tabs(db)


def _setup_language_menu(self: MainWindow) -> None:
    group = QActionGroup(self)
    for action, code in ((self.ui.actionEnglish, "en"), (self.ui.actionTurkish, "tr")):
        group.addAction(action)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
    current = self.language.current if self.language else "en"
    (self.ui.actionTurkish if current == "tr" else self.ui.actionEnglish).setChecked(True)


def set_language(self: MainWindow, code: str) -> None:
    if self.language is None:
        return
    self.language.apply(code)
    self.settings.setValue("language", code)
    (self.ui.actionTurkish if code == "tr" else self.ui.actionEnglish).setChecked(True)


def _on_screen_requested(self: MainWindow, screen: str) -> None:
    if screen == "report":
        self.export_report()


def export_report(self: MainWindow, kind: str = "snapshot"):
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
            QCoreApplication.translate(
                "MainWindow", "The report was cancelled; no file was written."
            ),
            6000,
        )
    )
    export.failed.connect(
        lambda message: dialogs.warn(
            self, QCoreApplication.translate("MainWindow", "Export PDF report"), message
        )
    )
    self._export = export
    return export


def _report_done(self: MainWindow, path: str) -> None:
    from csmm_desktop.views.report_dialog import print_pdf

    self.panel.refresh()  # the checklist's "report prepared" ticks itself

    def chosen(choice: int) -> None:  # now, or once respondent mode ends (dialogs.py)
        if choice == 0:
            external.show(self, path, QCoreApplication.translate("MainWindow", "Export PDF report"))
        elif choice == 1:
            print_pdf(self, path)

    dialogs.choose(
        self,
        QCoreApplication.translate("MainWindow", "Export PDF report"),
        QCoreApplication.translate("MainWindow", "The report was saved as:\n%1").replace(
            "%1", path
        ),
        [
            QCoreApplication.translate("MainWindow", "Open the file"),
            QCoreApplication.translate("MainWindow", "Print…"),
            QCoreApplication.translate("MainWindow", "Close"),
        ],
        then=chosen,
    )


def backup_now(self: MainWindow) -> None:
    from csmm_desktop.store import backup

    path = attempt(
        self,
        QCoreApplication.translate("MainWindow", "Back up now"),
        backup.make_backup,
        self.db,
        backup_dir(self.data_dir),
        "manual",
    )
    if path is None:
        return
    dialogs.inform(
        self,
        QCoreApplication.translate("MainWindow", "Back up now"),
        QCoreApplication.translate(
            "MainWindow", "A copy of all your data was saved to:\n%1"
        ).replace("%1", str(path)),
    )


def open_log_folder(self: MainWindow) -> None:
    from csmm_desktop.views.crash_dialog import open_log_folder

    open_log_folder(self.data_dir, self)


def about(self: MainWindow) -> None:
    dialogs.inform(
        self,
        QCoreApplication.translate("MainWindow", "About CSMM Desktop"),
        QCoreApplication.translate(
            "MainWindow",
            "CSMM Desktop %1\n\nCustomer Service Maturity Model assessments, offline.\n"
            "Data folder: %2",
        )
        .replace("%1", __version__)
        .replace("%2", str(self.data_dir)),
    )
