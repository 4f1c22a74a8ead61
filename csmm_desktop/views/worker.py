"""Long work off the UI thread: a plain function taking progress(pct, message) runs in
the thread pool; its progress and result come back as signals. Workers never touch
widgets.

A cancellable task (`Task(fn, *args, cancellable=True)`) also passes `cancelled`, a
function the work calls now and then to know whether to stop; `cancel()` asks it to. If
the work then stops by raising, the `cancelled` signal is emitted instead of `failed`."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from csmm_desktop.messages import UserError

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, object)  # (pct, a str or a catalogue Message the UI renders)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, cancellable: bool = False):
        super().__init__()
        self.fn = fn
        self.args = args
        self.cancellable = cancellable
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the work to stop (it does at its next look at `cancelled`)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        kwargs: dict[str, Any] = {"progress": self.signals.progress.emit}
        if self.cancellable:
            kwargs["cancelled"] = self.is_cancelled
        try:
            result = self.fn(*self.args, **kwargs)
        except Exception as exc:  # reported to the UI, which words it for the user
            if self.is_cancelled():
                self.signals.cancelled.emit()
                return
            if not isinstance(exc, UserError):
                log.error("background task failed", exc_info=exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_RUNNING: set[Task] = set()  # started tasks, alive until their result has been handed over


def start(task: Task) -> Task:
    """Run the task in the thread pool. It is kept alive until its outcome has reached the
    UI thread (its signals are delivered there in order, this last), whether or not the
    caller keeps it: a chart whose view is closed while it draws, say."""
    _RUNNING.add(task)

    def done(*_args: Any) -> None:
        _RUNNING.discard(task)

    for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
        signal.connect(done)
    QThreadPool.globalInstance().start(task)
    return task
