"""Importing a response file from the main window: choose the file, check it on a worker
(with a progress dialog the user can cancel), show the preview (or the problems, in the
UI's language), then import on a worker, in one transaction.

Import (the menu action and the client panel's button) is disabled from the moment a file
is chosen until the import is done, failed or cancelled, so one import runs at a time in a
window; two windows or two command lines importing the same file into the same snapshot
are kept apart by the store (the service looks for the respondents inside its write
transaction). Workers open their own connection and close it; they never touch widgets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressDialog

from csmm_desktop.domain.response_file import ResponseFile, ResponseFileError
from csmm_desktop.views import dialogs
from csmm_desktop.views.import_dialog import ImportDialog
from csmm_desktop.views.worker import Task, start

if TYPE_CHECKING:
    from csmm_desktop.views.main_window import MainWindow

SHOW_PROGRESS_AFTER_MS = 400  # a quick check shows no dialog at all


def _check(
    db_file: str,
    snapshot_id: str,
    path: str,
    *,
    progress: Callable[[int, str], None],
    cancelled: Callable[[], bool],
) -> ResponseFile:
    """On the worker: read and check the file (nothing is written)."""
    from csmm_desktop.services import assessment
    from csmm_desktop.store import connect

    db = connect(db_file)
    try:
        return assessment.check_response_file(db, snapshot_id, path, progress, cancelled=cancelled)
    finally:
        db.close()


def _import(
    db_file: str,
    snapshot_id: str,
    path: str,
    replace: int,
    *,
    progress: Callable[[int, str], None],
) -> ResponseFile:
    """On the worker: import the file, replacing the `replace` respondents agreed to."""
    from csmm_desktop.services import assessment
    from csmm_desktop.store import connect

    db = connect(db_file)
    try:
        return assessment.import_responses(
            db,
            snapshot_id,
            path,
            progress,
            replace=replace > 0,
            expect_replaced=replace if replace else None,
        )
    finally:
        db.close()


class ImportFlow(QObject):
    """The import of one main window (one at a time); see the module."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.running = False
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.snapshot_id = ""
        self.path = ""
        # the window enables its actions as the selection changes: not while importing
        window.ui.actionImportResponses.changed.connect(self._keep_disabled)

    @classmethod
    def of(cls, window: MainWindow) -> ImportFlow:
        flow = window.findChild(cls)
        return flow if flow is not None else cls(window)

    # --- Import on and off ----------------------------------------------------------------

    def _buttons(self) -> list[Any]:
        panel = self.window.panel
        return [panel.ui.importButton] if panel is not None else []

    def _set_running(self, running: bool) -> None:
        self.running = running
        action = self.window.ui.actionImportResponses
        panel = self.window.panel
        has_snapshot = bool(panel is not None and panel.current_snapshot_id())
        action.setEnabled(has_snapshot and not running)
        for button in self._buttons():
            button.setEnabled(not running)

    def _keep_disabled(self) -> None:
        action = self.window.ui.actionImportResponses
        if self.running and action.isEnabled():
            action.setEnabled(False)

    # --- the steps ------------------------------------------------------------------------

    def start(self) -> None:
        """Ask for a file and check it (the menu action and the panel's button)."""
        window = self.window
        if self.running or window.panel is None:
            return
        snapshot_id = window.panel.current_snapshot_id()
        if not snapshot_id:
            return
        folder = str(window.settings.value("lastImportFolder", "") or "")
        path = dialogs.open_file(
            window,
            self.tr("Import responses"),
            self.tr("Response files (*.csv *.xlsx);;All files (*)"),
            folder,
        )
        if not path:
            return
        window.settings.setValue("lastImportFolder", str(Path(path).parent))
        self.snapshot_id, self.path = snapshot_id, path
        self._set_running(True)
        task = Task(_check, str(window.db.path), snapshot_id, path, cancellable=True)
        self._show_progress(self.tr("Checking %1…").replace("%1", Path(path).name), task)
        task.signals.finished.connect(self._checked)
        task.signals.failed.connect(self._check_failed)
        task.signals.cancelled.connect(self._cancelled)
        self.task = start(task)

    def _show_progress(self, label: str, task: Task, cancellable: bool = True) -> None:
        self._close_progress()
        progress = QProgressDialog(self.window)
        progress.setWindowTitle(self.tr("Import responses"))
        progress.setLabelText(label)
        progress.setRange(0, 100)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        if cancellable:
            progress.setCancelButtonText(self.tr("Cancel"))
            progress.canceled.connect(task.cancel)
        else:  # the import is one transaction: it ends whole, or is rolled back whole
            progress.setCancelButton(None)
        task.signals.progress.connect(self._on_progress)
        progress.setValue(0)
        self.progress = progress

    def _on_progress(self, pct: int, _message: str) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setValue(min(pct, 99))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _checked(self, parsed: ResponseFile) -> None:
        self._close_progress()
        dialog = ImportDialog(self.window, self.path, parsed, None)
        accepted = dialog.exec() == ImportDialog.DialogCode.Accepted
        if not accepted:
            self._finish()
            return
        task = Task(_import, str(self.window.db.path), self.snapshot_id, self.path, dialog.replaces)
        self._show_progress(
            self.tr("Importing %1…").replace("%1", Path(self.path).name), task, cancellable=False
        )
        task.signals.finished.connect(self._imported)
        task.signals.failed.connect(self._import_failed)
        self.window.statusBar().showMessage(self.tr("Importing responses…"))
        self.task = start(task)

    def _check_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, ResponseFileError):
            ImportDialog(self.window, self.path, None, exc).exec()
        else:
            self._warn(exc)
        self._finish()

    def _cancelled(self) -> None:
        self._close_progress()
        self.window.statusBar().showMessage(self.tr("Import cancelled; nothing was changed."), 4000)
        self._finish()

    def _imported(self, parsed: ResponseFile) -> None:
        self._close_progress()
        self._finish()
        self._refresh()
        text = self.tr("Imported %n respondent(s).", "", parsed.respondent_count)
        if parsed.replaced:
            text += " " + self.tr("%n of them were replaced.", "", parsed.replaced)
        self.window.statusBar().showMessage(text, 6000)

    def _import_failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.window.statusBar().clearMessage()
        self._finish()
        if isinstance(exc, ResponseFileError):
            ImportDialog(self.window, self.path, None, exc).exec()
        else:
            self._warn(exc)
        self._refresh()  # what the store holds (nothing of this file)

    def _warn(self, exc: BaseException) -> None:
        from csmm_desktop.views.writes import describe

        dialogs.warn(self.window, self.tr("Import responses"), describe(exc, self.window.db))

    def _refresh(self) -> None:
        from csmm_desktop.views.writes import ERRORS

        panel = self.window.panel
        if panel is None or not panel.client_id:
            return
        # a failure to read was told already; the next refresh shows the truth
        with contextlib.suppress(*ERRORS):
            panel.refresh(select_snapshot=self.snapshot_id)

    def _finish(self) -> None:
        self.task = None
        self._set_running(False)


def import_responses(window: MainWindow) -> ImportFlow:
    """The main window's Import responses: start the flow (nothing if one runs)."""
    flow = ImportFlow.of(window)
    flow.start()
    return flow
