"""The window's start after its first paint: the store opens on a worker thread, the
window shows its data, then the start-up backup is made on a worker.

Every way through ends with the data shown or the app leaving with a message said to the
user (and logged): the window is never left on "Opening your data…".

- open: `app.open_data_file` on a worker (crash leftovers cleared, check, migration) with
  a connection of its own, closed there; the UI thread then `connect`s and attaches.
- a damaged, missing or empty data file while backups exist: the newest backup is
  offered (`app.offer_backup`), put in place on a worker, and opened the same way.
- anything else (read-only folder, full disk, a newer file, a bug) is said as what it is.
- a file too big for the full integrity check before the data is shown (and not after an
  unclean end, when it ran already) gets it on a worker once the data is shown; until it
  says the file is sound, writes wait ("still being checked", which screens retry), so
  damage quick_check cannot see is never written into. Damage found keeps writes refused
  and says so.
- the backup after the data is shown (and after that check): a failure is a notice in the
  status bar, never a dialog, and the window goes on.

Nothing here names PySide6's `Qt` namespace (it is imported before the first paint).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from csmm_desktop import APP_NAME
from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.messages import UserError, message

log = logging.getLogger(__name__)


class StartupFlow(QObject):
    """`open()` once the window has painted; `finished(code)` when a smoke run is done or
    the app must leave (the app's `exit` is called with the same code)."""

    finished = Signal(int)

    def __init__(
        self,
        window: Any,
        folder: Path,
        *,
        full_check: bool | None = None,
        smoke: bool = False,
        sync: Callable[[], None] | None = None,
        exit: Callable[[int], Any] | None = None,
        after_data: Callable[[], None] | None = None,
    ):
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.full_check = full_check
        self.smoke = smoke
        self.sync = sync
        self.exit = exit if exit is not None else QCoreApplication.exit
        # what the data's first screen does not need (the app's icon, its fonts): once
        # that screen has painted (ClientPanel.when_painted)
        self.after_data = after_data
        self.timings: dict[str, float] = {}
        self.problems: list[str] = []
        self.notice = ""  # what the status bar says about the start-up backup
        self.backup_made: Path | None = None
        self.kept: Path | None = None  # the damaged file a restored backup replaced
        self.used: Path | None = None  # the backup put in its place
        self.restored = False
        self.tasks: list[Any] = []

    # --- opening -------------------------------------------------------------------

    def open(self) -> None:
        from csmm_desktop.app import open_data_file

        folder, full_check, sync = self.folder, self.full_check, self.sync

        def work(progress: Callable[[int, str], None]) -> Path:
            if sync is not None:
                sync()  # the lock's pid on disk: a crash from now on is known next time
            return open_data_file(folder, full_check)

        self._run(work, self._opened, self._open_failed)

    def _opened(self, path: Path) -> None:
        from csmm_desktop.app import _elapsed_ms, _smoke_problems, backup_restored
        from csmm_desktop.store import connect
        from csmm_desktop.store.db import UI_BUSY_TIMEOUT_MS

        db = None
        try:
            db = connect(path, busy_ms=UI_BUSY_TIMEOUT_MS)
            self.window.attach_store(db)
        except Exception as exc:  # a store failure, or a broken install (a module missing)
            if not isinstance(exc, (UserError, sqlite3.Error, OSError)):
                log.critical("the data could not be shown", exc_info=exc)
            if db is not None:
                db.close()
            self._cannot_open(exc)
            return
        self.window.db_opened = db  # app.run_gui closes it at exit
        self.timings["data"] = _elapsed_ms()
        log.info("data shown %.0f ms after start", self.timings["data"])
        if self.after_data is not None:
            self.when_painted(self._after_data)
        if self.restored:
            backup_restored(self.used, self.kept)
        if self.smoke:
            self.window.repaint()  # the filled first screen, painted now
            # what comes after that paint (the icon, the fonts) is there too
            self.when_painted(
                lambda: self.problems.extend(_smoke_problems(QCoreApplication.instance()))
            )
        if self._needs_late_check(path):
            self.check_in_background(db)
        else:
            self.backup()

    def when_painted(self, call: Callable[[], None]) -> None:
        """`call` once the data's first screen has painted (now, without a panel)."""
        panel = getattr(self.window, "panel", None)
        if panel is None:
            call()
        else:
            panel.when_painted(call)

    def _after_data(self) -> None:
        """What the data's first screen put off (the app's icon, its fonts), once: after
        that screen's paint, or at once when the data cannot be shown, before the dialogs
        that say why (they had no icon of the app's, nor its window in the task bar)."""
        call, self.after_data = self.after_data, None
        if call is not None:
            call()

    def _open_failed(self, exc: BaseException) -> None:
        from csmm_desktop.app import _report, offer_backup, restore_newest
        from csmm_desktop.store.errors import CorruptStoreError

        self._after_data()
        if not isinstance(exc, CorruptStoreError) or self.smoke or self.restored:
            self._cannot_open(exc)
            return
        _report(exc)
        chosen = offer_backup(self.folder, exc)
        if chosen is None:
            self.problems.append(exc.message)
            self._leave(1)
            return
        self._run(restore_newest, self._restored, self._cannot_open, self.folder, chosen)

    def _restored(self, result: tuple[Path, Path | None]) -> None:
        self.restored, self.full_check = True, None
        self.used, self.kept = result
        self.open()

    def _cannot_open(self, exc: BaseException) -> None:
        from csmm_desktop.app import _report
        from csmm_desktop.views import dialogs
        from csmm_desktop.views.messages import render

        self._after_data()
        error = as_user_error(exc, self.folder)
        _report(error)
        self.problems.append(error.message)
        if not self.smoke:
            dialogs.warn(None, APP_NAME, render(error))
        self._leave(1)

    # --- the full check of a big file ---------------------------------------------

    def _needs_late_check(self, path: Path) -> bool:
        from csmm_desktop.store.db import FULL_CHECK_MAX_BYTES

        try:
            return not self.full_check and path.stat().st_size > FULL_CHECK_MAX_BYTES
        except OSError:
            return False

    def check_in_background(self, db: Any) -> None:
        from csmm_desktop.store.db import check_readable
        from csmm_desktop.store.errors import StoreBusyError

        db.write_block = StoreBusyError(message("store.checking"), db.path)
        path = Path(db.path)
        self._run(
            lambda progress: check_readable(path, full=True),
            lambda _result: self._checked(db),
            lambda exc: self._check_failed(db, exc),
        )

    def _checked(self, db: Any) -> None:
        db.write_block = None
        log.info("full integrity check of the data file: sound")
        self.backup()

    def _check_failed(self, db: Any, exc: BaseException) -> None:
        from csmm_desktop.views import dialogs
        from csmm_desktop.views.messages import render

        error = as_user_error(exc, self.folder)
        db.write_block = error  # never write into damage: every write says why
        log.error("full integrity check of the data file failed: %s", error.message)
        if self.smoke:
            self.problems.append(error.message)
            self._leave(1)
            return
        dialogs.warn(
            self.window,
            APP_NAME,
            render(error)
            + "\n\n"
            + QCoreApplication.translate(
                "StartupFlow",
                "Nothing can be saved into this data file. Use File → Restore from Backup… "
                "to go back to a sound copy; the damaged file is kept as a backup first.",
            ),
        )

    # --- the start-up backup -------------------------------------------------------

    def backup(self) -> None:
        from csmm_desktop.store import backup

        self._run(
            lambda progress: backup.auto_backup(db_path(self.folder), backup_dir(self.folder)),
            self._backed_up,
            self._backup_failed,
        )

    def _backed_up(self, path: Path | None) -> None:
        self.backup_made = path
        if path is None:
            log.info("start-up backup not needed (nothing changed, or no client yet)")
        else:
            log.info("start-up backup made: %s", path.name)
        if self.smoke:  # after the smoke check of the painted screen (_opened)
            self.when_painted(lambda: self._leave(1 if self.problems else 0))

    def _backup_failed(self, exc: BaseException) -> None:
        from csmm_desktop.views.messages import render

        error = as_user_error(exc, self.folder)
        log.warning("the start-up backup could not be made: %s", error.message)
        self.notice = self.tr("The start-up backup could not be made: %1").replace(
            "%1", render(error)
        )
        self.window.statusBar().showMessage(self.notice)
        if self.smoke:
            self.problems.append(f"the start-up backup could not be made: {error.message}")
            self._leave(1)

    # --- the end -------------------------------------------------------------------

    def give_up(self) -> None:
        """--smoke's time limit: the data was not shown (or the backup not done) by then."""
        from csmm_desktop.app import EXIT_SMOKE_LIMIT, smoke_limit

        what = (
            "the first screen did not show its data"
            if "data" not in self.timings
            else ("the start-up backup did not finish")
        )
        self.problems.append(f"{what} within {smoke_limit():g} s")
        self._leave(EXIT_SMOKE_LIMIT)

    def failure(self) -> str:
        return "; ".join(self.problems) or "the first screen did not show its data"

    def _leave(self, code: int) -> None:
        self.finished.emit(code)
        self.exit(code)

    def _run(self, fn: Callable[..., Any], done: Callable, failed: Callable, *args: Any) -> None:
        from csmm_desktop.views.worker import Task, start

        task = Task(fn, *args)
        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        self.tasks.append(start(task))


def as_user_error(exc: BaseException, folder: Path) -> UserError:
    """What to tell the user about `exc`: a UserError as it is, what SQLite or the OS
    raised worded for the data file (read-only, full, gone...), anything else a bug."""
    from csmm_desktop.logs import log_dir
    from csmm_desktop.store.errors import StoreError, classify

    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, (sqlite3.Error, OSError)):
        return classify(exc, db_path(folder))
    detail = f"{type(exc).__name__}: {exc}"
    return StoreError(message("internal", detail=detail, folder=log_dir(folder)))
