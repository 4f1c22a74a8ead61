"""Importing a response file from the main window: choose the file, check it on a worker
(with a progress dialog the user can cancel), show the preview (or the problems, in the
UI's language), then import on a worker, in one transaction.

Import (the menu action and the client panel's button) is disabled from the moment a file
is chosen until the import is done, failed or cancelled, so one import runs at a time in a
window; two windows or two command lines importing the same file into the same snapshot
are kept apart by the store (the service looks for the respondents inside its write
transaction). The work runs through views/tasks.py (its own connection, closed at the end).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from csmm_desktop.domain.response_file import ResponseFile, ResponseFileError
from csmm_desktop.views import dialogs
from csmm_desktop.views.import_dialog import ImportDialog
from csmm_desktop.views.tasks import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog
    from sqlite_utils import Database

    from csmm_desktop.views.main_window import MainWindow

SHOW_PROGRESS_AFTER_MS = 400  # a quick check shows no dialog at all


def _check(
    snapshot_id: str, path: str
) -> Callable[[Database, Callable[[int, str], None], Callable[[], bool]], ResponseFile]:
    """The work that reads and checks the file (nothing is written)."""

    def work(db: Database, progress: Callable[[int, str], None], cancelled: Callable[[], bool]):
        from csmm_desktop.services import assessment

        return assessment.check_response_file(db, snapshot_id, path, progress, cancelled=cancelled)

    return work


def _import(
    snapshot_id: str, path: str, replace: int
) -> Callable[[Database, Callable[[int, str], None]], ResponseFile]:
    """The work that imports the file, replacing the `replace` respondents agreed to."""

    def work(db: Database, progress: Callable[[int, str], None]) -> ResponseFile:
        from csmm_desktop.services import assessment

        return assessment.import_responses(
            db,
            snapshot_id,
            path,
            progress,
            replace=replace > 0,
            expect_replaced=replace if replace else None,
        )

    return work


class ImportFlow(QObject):
    """The import of one main window (one at a time); see the module."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.running = False
        self.task: BackgroundTask | None = None
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
        self._run(
            _check(snapshot_id, path),
            self.tr("Checking %1…").replace("%1", Path(path).name),
            self._checked,
            self._check_failed,
            cancellable=True,
        )

    def _run(self, work, label: str, done, failed, cancellable: bool = False) -> None:
        # cancellable: the check; the import is one transaction (whole, or rolled back whole)
        self.task = run_in_background(
            self.window,
            self.tr("Import responses"),
            work,
            db_file=str(self.window.db.path),
            on_done=done,
            on_failed=failed,
            on_cancelled=self._cancelled,
            cancellable=cancellable,
            label=label,
            steps=False,  # the label keeps naming the file
            show_after_ms=SHOW_PROGRESS_AFTER_MS,
        )

    @property
    def progress(self) -> QProgressDialog | None:
        """The progress dialog of the running step."""
        return self.task.dialog if self.task is not None else None

    def _checked(self, parsed: ResponseFile) -> None:
        dialog = ImportDialog(self.window, self.path, parsed, None)
        accepted = dialog.exec() == ImportDialog.DialogCode.Accepted
        if not accepted:
            self._finish()
            return
        self.window.statusBar().showMessage(self.tr("Importing responses…"))
        self._run(
            _import(self.snapshot_id, self.path, dialog.replaces),
            self.tr("Importing %1…").replace("%1", Path(self.path).name),
            self._imported,
            self._import_failed,
        )

    def _check_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ResponseFileError):
            ImportDialog(self.window, self.path, None, exc).exec()
        else:
            self._warn(exc)
        self._finish()

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(self.tr("Import cancelled; nothing was changed."), 4000)
        self._finish()

    def _imported(self, parsed: ResponseFile) -> None:
        self._finish()
        self._refresh()
        text = self.tr("Imported %n respondent(s).", "", parsed.respondent_count)
        if parsed.replaced:
            text += " " + self.tr("%n of them were replaced.", "", parsed.replaced)
        from csmm_desktop.services import assessment
        from csmm_desktop.views.messages import render

        for note in assessment.import_notes(parsed):  # answers kept but not counted
            text += " " + render(note)
        self.window.statusBar().showMessage(text, 6000)

    def _import_failed(self, exc: BaseException) -> None:
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
