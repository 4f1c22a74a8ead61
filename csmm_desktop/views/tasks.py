"""Long work off the UI thread, the one way every screen does it: `run_in_background`.

The work is a plain function. With `db_file` it gets its own connection to the data file
(opened on the worker, closed when it ends, whatever happens) as its first argument; then
`progress(pct, message)` and, when `cancellable`, `cancelled()`, which it calls now and then
to know whether to stop (it stops by raising). It never touches widgets. It starts at once,
or when `start_with(start)` calls `start` (the client panel waits for its first paint).

A progress dialog (unless `dialog=False`) shows the label and, with `steps`, each step's
message (a catalogue Message, rendered in the UI's language). Cancel asks the work to stop
and says so until it has. The outcome comes back on the UI thread: `on_done(result)`,
`on_cancelled()`, or `on_failed(exc)`; without `on_failed` the error is told through the
modal seam (views/dialogs.py) in the user's words. An unexpected error's traceback is logged
(views/worker.py, the thread-pool runnable underneath)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from csmm_desktop.messages import Message
from csmm_desktop.views import dialogs
from csmm_desktop.views.messages import render
from csmm_desktop.views.worker import Task, start


class BackgroundTask(QObject):
    """One run of `work` on the thread pool, with its progress dialog; see the module."""

    done = Signal(object)  # the work's result
    failed = Signal(object)  # the exception
    stopped = Signal()  # cancelled: the work stopped when asked
    progressed = Signal(int, object)  # (pct, message) as the work reports it

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[..., Any],
        *,
        db_file: str | None = None,
        cancellable: bool = False,
        label: str = "",
        steps: bool = True,
        dialog: bool = True,
        modal: bool = False,
        show_after_ms: int = 0,
        start_with: Callable[[Callable[[], None]], None] | None = None,
    ):
        super().__init__(parent)
        self.title = title
        self.steps = steps
        self.percent = 0  # the last step shown; 100 once done
        self.over = False  # done, failed or stopped
        self.dialog: QProgressDialog | None = None
        if dialog:
            self.dialog = self._make_dialog(parent, title, label, cancellable, modal, show_after_ms)

        def run(progress: Callable[[int, Message | str], None], *rest: Any) -> Any:
            if db_file is None:
                return work(progress, *rest)
            from csmm_desktop.store import connect

            db = connect(db_file)  # the worker's own connection
            try:
                return work(db, progress, *rest)
            finally:
                db.close()

        def bridge(*args: Any, **kwargs: Any) -> Any:  # Task passes progress[, cancelled]
            return run(kwargs["progress"], *([kwargs["cancelled"]] if cancellable else []))

        self.task = Task(bridge, cancellable=cancellable)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._stopped)
        if start_with is None:
            start(self.task)
        else:  # the caller says when (views/client_panel.py when_painted)
            task = self.task
            start_with(lambda: start(task))

    def _make_dialog(
        self,
        parent: QWidget,
        title: str,
        label: str,
        cancellable: bool,
        modal: bool,
        show_after_ms: int,
    ) -> QProgressDialog:
        progress = QProgressDialog(parent)
        progress.setWindowTitle(title)
        progress.setLabelText(label)
        progress.setRange(0, 100)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(show_after_ms)
        if modal:
            from PySide6.QtCore import Qt  # not before the first paint: views/first_screen.py

            progress.setWindowModality(Qt.WindowModality.WindowModal)
        if cancellable:
            progress.setCancelButtonText(QCoreApplication.translate("BackgroundTask", "Cancel"))
            progress.canceled.connect(self.cancel)
        else:  # written whole or not at all: it cannot be stopped halfway
            progress.setCancelButton(None)
        progress.setValue(0)
        return progress

    # --- from the worker -----------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the work to stop; the dialog says so until it has (work past its last
        look at `cancelled` ends as it would have, and is reported)."""
        if self.over:  # close() on a finished dialog emits canceled too
            return
        self.task.cancel()
        if self.dialog is not None:
            self.dialog.show()  # QProgressDialog hides itself on cancel
            self.dialog.setLabelText(QCoreApplication.translate("BackgroundTask", "Stopping…"))
            self.dialog.setCancelButton(None)

    def _progress(self, pct: int, message: Message | str) -> None:
        if self.task.is_cancelled() or self.over:
            return
        self.percent = min(int(pct), 99)
        dialog = self.dialog
        if dialog is not None and message and self.steps:
            dialog.setLabelText(render(message))
        # The words and the listeners first: setValue() of a modal progress processes
        # events, so the next step, or the end (which closes the dialog), may run inside it.
        self.progressed.emit(pct, message)
        if dialog is not None and self.dialog is dialog:
            dialog.setValue(self.percent)

    def _end(self) -> None:
        self.over = True
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self, result: object) -> None:
        self.percent = 100
        self._end()
        self.done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self.failed.emit(exc)

    def _stopped(self) -> None:
        self._end()
        self.stopped.emit()


def warn_failed(parent: QWidget, title: str) -> Callable[[BaseException], None]:
    """The default on_failed: the error in the user's words, through the modal seam."""

    def warn(exc: BaseException) -> None:
        from csmm_desktop.views.writes import describe

        dialogs.warn(parent, title, describe(exc, getattr(parent, "db", None)))

    return warn


def run_in_background(
    parent: QWidget,
    title: str,
    work: Callable[..., Any],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_progress: Callable[[int, Message | str], None] | None = None,
    cancellable: bool = False,
    db_file: str | None = None,
    **options: Any,
) -> BackgroundTask:
    """Run `work` off the UI thread (see the module); options: label, steps, dialog, modal,
    show_after_ms, start_with (BackgroundTask)."""
    background = BackgroundTask(
        parent, title, work, db_file=db_file, cancellable=cancellable, **options
    )
    background.done.connect(on_done)
    background.failed.connect(on_failed or warn_failed(parent, title))
    if on_cancelled is not None:
        background.stopped.connect(on_cancelled)
    if on_progress is not None:
        background.progressed.connect(on_progress)
    return background
