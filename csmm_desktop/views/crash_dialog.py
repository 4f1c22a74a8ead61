"""An unexpected error (a bug): its traceback goes to the log, and one dialog says so with
the details to copy for whoever fixes it.

`CrashReporter.install()` makes it `sys.excepthook` (PySide6 passes an error raised in a
slot or an event handler there) and `threading.excepthook`. What it promises:

- every error is logged with its traceback; the same error over and over (a paint handler
  failing at every repaint) is logged a few times, then counted, so it never floods out
  what came before;
- one dialog at a time, on the GUI thread, shown after the failing handler has returned
  (never inside a paint); errors while it is open are added to its details; once closed,
  the same error does not open it again this session (a different one does);
- it never recurses: a failure inside the reporter itself falls back to Python's own
  hook and turns the dialog off;
- in respondent mode (views/dialogs.py) the dialog waits until the consultant is back.

Vorta's `__main__.exception_handler` is the model (log critical, dialog with a copy
button); it opens the dialog with exec() from inside the hook, once per error, which is
what the rules above avoid. Nothing here names PySide6's `Qt` namespace before an error
happens (views/first_screen.py): the reporter is installed before the first paint.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from csmm_desktop import APP_NAME, __version__, logs
from csmm_desktop.views import geometry

log = logging.getLogger(__name__)

LOGGED_IN_FULL = 3  # times the same error's traceback is logged, then every REPEAT_EVERY-th
REPEAT_EVERY = 100
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def signature(exc_type: type[BaseException], tb: TracebackType | None) -> tuple:
    """Which error this is: its type and where it was raised."""
    frames = traceback.extract_tb(tb)[-1:] if tb is not None else []
    return (exc_type.__qualname__, *((f.filename, f.lineno) for f in frames))


def details(exc_info: ExcInfo, thread: str = "") -> str:
    """What a bug report needs: versions, system, time, thread and the traceback."""
    import datetime
    import platform

    from PySide6 import __version__ as pyside_version

    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}",
        f"System: {platform.platform()}",
        f"Time: {datetime.datetime.now().isoformat(timespec='seconds')}",
    ]
    if thread:
        lines.append(f"Thread: {thread}")
    return "\n".join(lines) + "\n\n" + "".join(traceback.format_exception(*exc_info))


class CrashReporter(QObject):
    """Create it on the GUI thread, after the QApplication."""

    reported = Signal(object, str)  # (signature, details), delivered on the GUI thread

    def __init__(self, parent_window: Callable[[], QWidget | None] | None = None):
        super().__init__()
        self.parent_window = parent_window or (lambda: None)
        self.dialog: CrashDialog | None = None
        self.dialogs_off = False
        self.dismissed: set[tuple] = set()
        self.counts: dict[tuple, int] = {}
        self._pending: list[tuple[tuple, str]] = []
        self._held: list[tuple[tuple, str]] = []  # waiting for respondent mode to end
        self._scheduled = False
        self._inside = threading.local()
        self._lock = threading.Lock()
        self._previous: tuple[Any, Any] | None = None
        self.reported.connect(self._queue)

    # --- hooks -----------------------------------------------------------------------

    def install(self) -> CrashReporter:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        thread: str = "",
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal: quit
            QTimer.singleShot(0, QCoreApplication.quit)
            return
        if getattr(self._inside, "active", False):  # an error while reporting one
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._inside.active = True
        try:
            self._report((exc_type, exc, tb), thread or threading.current_thread().name)
        except BaseException:  # the reporter itself failed: Python's own hook, no dialog
            self.dialogs_off = True
            sys.__excepthook__(exc_type, exc, tb)
            sys.__excepthook__(*sys.exc_info())
        finally:
            self._inside.active = False

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else ""
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback, name)

    # --- reporting -------------------------------------------------------------------

    def _report(self, exc_info: ExcInfo, thread: str) -> None:
        key = signature(exc_info[0], exc_info[2])
        with self._lock:
            count = self.counts[key] = self.counts.get(key, 0) + 1
        if count <= LOGGED_IN_FULL:
            log.critical("unexpected error (thread %s)", thread, exc_info=exc_info)
        elif count % REPEAT_EVERY == 0:
            log.critical("the same unexpected error again, %d times so far: %s", count, key)
        if count == LOGGED_IN_FULL + 1:
            log.critical("the same unexpected error again: counted, not logged, from now on")
        self.reported.emit(key, details(exc_info, thread))

    def _queue(self, key: tuple, text: str) -> None:
        """On the GUI thread: the dialog opens once the failing handler has returned."""
        self._pending.append((key, text))
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._show_pending)

    def _show_pending(self) -> None:
        from csmm_desktop.views import dialogs

        self._scheduled = False
        pending, self._pending = self._pending, []
        if self.dialogs_off:
            return
        try:
            if self.dialog is None and dialogs.kiosk() is not None:
                self._hold(pending)
                return
            for key, text in pending:
                if self.dialog is not None:
                    self.dialog.add(key, text)
                elif key not in self.dismissed:
                    self.dialog = CrashDialog(self.parent_window(), key, text)
                    self.dialog.finished.connect(self._closed)
                    self.dialog.show()
                    self.dialog.raise_()
        except Exception:  # never an error about the error dialog
            self.dialogs_off = True
            log.exception("the error dialog could not be shown")

    def _hold(self, pending: list[tuple[tuple, str]]) -> None:
        """Respondent mode (views/dialogs.py): a respondent holds the laptop, and a dialog
        with a way into the file manager is not for them; it waits for the consultant."""
        from csmm_desktop.views import dialogs

        first = not self._held
        self._held.extend(pending)
        if first:
            dialogs.gated("inform", lambda _parent: self._release_held())(self.parent_window())

    def _release_held(self) -> None:
        held, self._held = self._held, []
        self._pending = held + self._pending
        self._show_pending()

    def _closed(self, _result: int = 0) -> None:
        if self.dialog is not None:
            self.dismissed |= self.dialog.keys
            self.dialog.deleteLater()
            self.dialog = None


class CrashDialog(QDialog):
    """Says that something went wrong, where the log is, and offers the details to copy."""

    def __init__(self, parent: QWidget | None, key: tuple, text: str):
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self.keys = {key}
        self.more = 0
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(640, 420)
        self.log_file = logs.current_file()
        if self.log_file is not None:
            intro = self.tr(
                "Something went wrong inside CSMM Desktop. What was saved before is kept; "
                "the last action may not have been completed. The details were written to "
                "the log file:\n%1"
            ).replace("%1", str(self.log_file))
        else:
            intro = self.tr(
                "Something went wrong inside CSMM Desktop. What was saved before is kept; "
                "the last action may not have been completed. The log file could not be "
                "written: copy the details below before closing this window."
            )
        self.message = QLabel(intro, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_label = QLabel(self)
        self.more_label.setVisible(False)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self.buttons.addButton(
            self.tr("Copy Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = self.buttons.addButton(
            self.tr("Open Log Folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.setEnabled(self.log_file is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.more_label, self.details, self.buttons):
            layout.addWidget(widget)

    def add(self, key: tuple, text: str) -> None:
        """Another error while the dialog is open (the details of each error once)."""
        self.more += 1
        self.more_label.setText(
            self.tr("%n more error(s) happened since; their details are below.", "", self.more)
        )
        self.more_label.setVisible(True)
        if key not in self.keys:
            self.keys.add(key)
            self.details.appendPlainText("\n" + "-" * 60 + "\n" + text)

    def copy_details(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(self.details.toPlainText())

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            open_folder(self.log_file.parent, self)


def open_log_folder(data_dir: Path, parent: QWidget | None = None) -> bool:
    """Help → Open Log Folder: the folder of the log file in use (created if need be)."""
    current = logs.current_file()
    folder = current.parent if current is not None else logs.log_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        log.warning("the log folder %s cannot be created", folder)
    return open_folder(folder, parent)


def open_folder(folder: Path, parent: QWidget | None = None) -> bool:
    """Show `folder` in the system's file manager (or say that nothing can)."""
    from csmm_desktop.views import external

    return external.show(parent, folder, QCoreApplication.translate("CrashDialog", "Log folder"))
