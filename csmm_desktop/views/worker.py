"""Long work off the UI thread: a plain function taking progress(pct, message) runs in
the thread pool; its progress and result come back as signals. Workers never touch
widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any):
        super().__init__()
        self.fn = fn
        self.args = args
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self.signals.progress.emit)
        except Exception as exc:  # reported to the UI, which words it for the user
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
