"""File → Export → Excel Workbook… / PowerPoint Deck…: the selected snapshot's workbook or
deck (reports/office.py) in the UI's language, built on a worker with a progress dialog.

A target that exists is replaced only once the user agreed; every refusal (the data folder,
another kind of file, a full disk) is shown through views/writes.py's words and dialogs.py.
`install(window)` adds the submenu to the main window's File menu after the PDF report
entry; the menu checks for a selected snapshot when it opens."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from csmm_desktop.views import dialogs
from csmm_desktop.views.tasks import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from csmm_desktop.views.main_window import MainWindow

# kind -> (suffix, the file filter, the dialog title's source text)
_KINDS = {
    "xlsx": (
        ".xlsx",
        QT_TRANSLATE_NOOP("OfficeExport", "Excel workbook (*.xlsx)"),
        QT_TRANSLATE_NOOP("OfficeExport", "Export Excel workbook"),
    ),
    "deck": (
        ".pptx",
        QT_TRANSLATE_NOOP("OfficeExport", "PowerPoint presentation (*.pptx)"),
        QT_TRANSLATE_NOOP("OfficeExport", "Export PowerPoint deck"),
    ),
}


def _tr(text: str) -> str:
    """A text marked above (or in a translate call below) in the UI language."""
    return QCoreApplication.translate("OfficeExport", text)


class ExportMenu(QMenu):
    """The Export submenu; its words follow the UI language."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("menuExport")
        self.workbook = QAction(self)
        self.workbook.setObjectName("actionExportWorkbook")
        self.deck = QAction(self)
        self.deck.setObjectName("actionExportDeck")
        self.addAction(self.workbook)
        self.addAction(self.deck)
        self.workbook.triggered.connect(lambda: export(window, "xlsx"))
        self.deck.triggered.connect(lambda: export(window, "deck"))
        self.aboutToShow.connect(self.update_actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("OfficeExport", "E&xport"))
        self.workbook.setText(QCoreApplication.translate("OfficeExport", "Excel Workbook…"))
        self.deck.setText(QCoreApplication.translate("OfficeExport", "PowerPoint Deck…"))

    def update_actions(self) -> None:
        enabled = bool(_snapshot_id(self.window_))
        self.workbook.setEnabled(enabled)
        self.deck.setEnabled(enabled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window: MainWindow) -> ExportMenu:
    """Add the Export submenu to File, just after the PDF report entry."""
    menu = ExportMenu(window)
    file_menu = window.ui.menuFile
    actions = file_menu.actions()
    report = window.ui.actionExportReport
    after = actions[actions.index(report) + 1] if report in actions[:-1] else None
    file_menu.insertMenu(after, menu) if after is not None else file_menu.addMenu(menu)
    window.export_menu = menu
    return menu


def _snapshot_id(window: MainWindow) -> str:
    panel = getattr(window, "panel", None)
    return panel.current_snapshot_id() if panel is not None else ""


def export(window: MainWindow, kind: str) -> BackgroundTask | None:
    """Ask where, ask before replacing a file, then build it on a worker."""
    from csmm_desktop.views.language import current_language

    snapshot_id = _snapshot_id(window)
    if not snapshot_id or window.db is None:
        return None
    suffix, filters, title = _KINDS[kind]
    title = _tr(title)
    folder = str(window.settings.value("lastReportFolder", "") or "")
    name = window.panel.snapshot_file_name(current_language(), suffix)
    suggested = str(Path(folder) / name) if folder else name
    path = dialogs.save_file(window, title, suggested, _tr(filters))
    if not path:
        return None
    if not path.lower().endswith(suffix):
        path += suffix
    if os.path.lexists(path) and not dialogs.ask(
        window,
        title,
        QCoreApplication.translate("OfficeExport", "%1 exists already. Replace it?").replace(
            "%1", path
        ),
        confirm=QCoreApplication.translate("OfficeExport", "Replace"),
        destructive=True,
    ):
        return None
    window.settings.setValue("lastReportFolder", str(Path(path).parent))
    db_file = window.db.execute("PRAGMA database_list").fetchone()[2]
    lang = current_language()

    def work(db, progress):
        from csmm_desktop.reports import office

        return office.export(db, snapshot_id, kind, lang, path, force=True, progress=progress)

    job = run_in_background(
        window,
        title,
        work,
        db_file=db_file,
        on_done=lambda written: _done(window, title, str(written)),
        label=QCoreApplication.translate("OfficeExport", "Preparing the file…"),
        modal=True,  # written whole or not at all: no Cancel
    )
    window._office_export = job  # kept alive until it ends
    return job


def _done(window: MainWindow, title: str, path: str) -> None:
    from csmm_desktop.views import external

    def chosen(choice: int) -> None:
        if choice == 0:
            external.show(window, path, title)

    window.statusBar().showMessage(
        QCoreApplication.translate("OfficeExport", "Saved to %1").replace("%1", path), 6000
    )
    dialogs.choose(
        window,
        title,
        QCoreApplication.translate("OfficeExport", "The file was saved as:\n%1").replace(
            "%1", path
        ),
        [
            QCoreApplication.translate("OfficeExport", "Open the file"),
            QCoreApplication.translate("OfficeExport", "Close"),
        ],
        then=chosen,
    )
