"""Starting the application: QApplication, fonts, translators, the store, the window.

The window paints first; then the store opens on a worker thread (check, migration, the
leftovers of a crash cleared) and the window shows its data; then the start-up backup is
made on a worker. Nothing on the way can leave the window stuck on "Opening your data…":
every failure is shown as what it is (read-only folder, full disk, damaged file with the
newest backup offered) and logged (csmm_desktop.logs), and an unexpected error gets the
crash dialog (views/crash_dialog.py).
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import os
import sys
import time
from pathlib import Path

from csmm_desktop import APP_ID, APP_NAME, __version__
from csmm_desktop.config import db_path, resolve_data_dir, settings_path

_T0 = time.perf_counter()
log = logging.getLogger(__name__)
SMOKE_LIMIT_ENV = "CSMM_SMOKE_TIMEOUT"  # seconds --smoke waits for the data (default 180)
SMOKE_LIMIT_S = 180.0
EXIT_SMOKE_LIMIT = 2  # --smoke: the data was not shown within the limit
GC_OFF_AT_MOST_MS = 3000  # run_gui: garbage collection off while the start shows the data


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _dejavu_dir() -> Path | None:
    """matplotlib ships DejaVu Sans (full Turkish coverage); find it without importing it."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "mpl-data" / "fonts" / "ttf"
    return folder if folder.is_dir() else None


def register_fonts(only_if_none: bool = False) -> bool:
    """Make DejaVu Sans (matplotlib's, full Turkish coverage) available to Qt; on a system
    without fonts it becomes the app's font, or Qt would draw boxes. With `only_if_none`,
    nothing is done on a system that has fonts: there they can wait until after the first
    paint (CONTRIBUTING.md, "Start-up tricks"). True if the fonts were registered."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    had_fonts = bool(QFontDatabase.families())
    folder = _dejavu_dir()
    if folder is None or (had_fonts and only_if_none):
        return False
    for name in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ):
        if (folder / name).exists():
            QFontDatabase.addApplicationFont(str(folder / name))
    if not had_fonts:
        QApplication.setFont(QFont("DejaVu Sans"))
    return True


def app_icon():
    from PySide6.QtGui import QIcon

    from csmm_desktop.config import resource_path

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        path = resource_path("icons", f"csmm_{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def run_gui(data_dir: str | None = None, smoke: bool = False) -> int:
    """The window, until it closes. No cyclic garbage collection until the data is shown:
    the start's imports and widgets set off ~74 collections of the young generations
    (12-15 ms) and make little garbage. On again after that screen's paint (after_data),
    after GC_OFF_AT_MOST_MS whatever happens (a start that fails, a dialog), and at the end."""
    gc.disable()
    try:
        return _run_gui(data_dir, smoke)
    finally:
        gc.enable()


def _run_gui(data_dir: str | None, smoke: bool) -> int:
    if not _has_display():
        if smoke:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        else:
            print(
                f"{APP_ID}: no display found (DISPLAY is not set). Start it from a desktop "
                "session, or use the command line (csmm-desktop --help).",
                file=sys.stderr,
            )
            return 1
    from PySide6.QtCore import QSettings, QThreadPool, QTimer

    from csmm_desktop.views import feature_check

    feature_check.install()  # before the next imports: PySide6 looks at each (15-35 ms)
    from PySide6.QtWidgets import QApplication

    from csmm_desktop.store.lock import InstanceLock
    from csmm_desktop.views.language import LanguageManager, system_language

    folder = resolve_data_dir(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    QTimer.singleShot(GC_OFF_AT_MOST_MS, gc.enable)  # run_gui: however the start goes
    lock = InstanceLock(folder)
    try:
        fonts_ready = register_fonts(only_if_none=True)
        settings = QSettings(str(settings_path(folder)), QSettings.Format.IniFormat)
        language = LanguageManager(app)
        language.apply(str(settings.value("language", "") or system_language()))
        lock.acquire()
        from csmm_desktop.views.main_window import MainWindow

        window = MainWindow(None, folder, settings, language)
    except Exception as exc:  # the data folder refused, or a broken install: said, logged
        lock.release()
        _cannot_start(exc, folder, smoke)
        return 1

    # The log, the crash dialog and the start-up flow are imported right after the first
    # paint (CONTRIBUTING.md, "Start-up tricks"); an error before it is caught above.
    start = None
    reporters: list = []

    def on_first_paint() -> None:
        nonlocal start
        painted = _elapsed_ms()
        from csmm_desktop import logs
        from csmm_desktop.views import warm_imports
        from csmm_desktop.views.crash_dialog import CrashReporter
        from csmm_desktop.views.startup import StartupFlow

        warm_imports.start("first")  # what showing the data needs, while the store opens

        logs.setup(folder, what="smoke test" if smoke else "window")
        logs.record_hard_crashes(folder)
        reporters.append(CrashReporter(lambda: window).install())
        if lock.unclean:
            log.warning(
                "the last session (pid %s) did not end cleanly: the data file gets a full check",
                lock.previous_pid,
            )

        def after_data() -> None:  # what the data's first screen does not need
            gc.enable()
            app.setWindowIcon(app_icon())
            if not fonts_ready:
                register_fonts()

        start = StartupFlow(
            window,
            folder,
            full_check=True if lock.unclean else None,
            smoke=smoke,
            sync=lock.sync,
            after_data=after_data,
        )
        start.timings["window"] = painted
        start.open()

    def give_up() -> None:
        if start is not None:
            start.give_up()
        else:
            app.exit(EXIT_SMOKE_LIMIT)

    watch = FirstPaint(window)
    watch.painted.connect(on_first_paint)
    window.show()
    if smoke:
        QTimer.singleShot(int(smoke_limit() * 1000), give_up)
    code = app.exec()
    failure = start.failure() if start is not None else "the window was not painted"
    pool = QThreadPool.globalInstance()
    if code == EXIT_SMOKE_LIMIT and not pool.waitForDone(1000):
        # a store still opening after the limit: say so and leave (the OS frees the lock)
        print(f"{APP_ID}: smoke test failed: {failure}", file=sys.stderr, flush=True)
        os._exit(code)
    pool.waitForDone()  # a check, a migration or a backup finishes before the lock goes
    db = getattr(window, "db_opened", None)
    if db is not None:
        db.close()
    lock.release()
    log.info("closed (exit %s)", code)
    for reporter in reporters:
        reporter.uninstall()
    if smoke:
        if code == 0 and start is not None:
            print(
                f"smoke ok: window painted {start.timings['window']:.0f} ms, "
                f"data shown {start.timings['data']:.0f} ms after start"
            )
        else:
            print(f"{APP_ID}: smoke test failed (exit {code}): {failure}", file=sys.stderr)
            return code or 1
    return code


def _cannot_start(exc: Exception, folder: Path, smoke: bool) -> None:
    """Before the window is up: the data folder refused (read-only, full, in use) or the
    window could not be built (a broken install). Logged, printed, and said."""
    from csmm_desktop import logs
    from csmm_desktop.views.startup import as_user_error

    logs.setup(folder, what="smoke test" if smoke else "window")
    error = as_user_error(exc, folder)
    level = logging.ERROR if error is exc else logging.CRITICAL
    log.log(level, "cannot start: %s", error.message, exc_info=exc)
    print(f"{APP_ID}: {error.message}", file=sys.stderr)
    if not smoke:
        from csmm_desktop.views import dialogs
        from csmm_desktop.views.messages import render

        dialogs.warn(None, APP_NAME, render(error))


def smoke_limit() -> float:
    """Seconds --smoke waits for the data: a big store's check may take a while."""
    try:
        return float(os.environ.get(SMOKE_LIMIT_ENV) or SMOKE_LIMIT_S)
    except ValueError:
        return SMOKE_LIMIT_S


def _smoke_problems(app) -> list[str]:
    """What a started app should have beyond its first screen: the icon and the fonts it
    loads after that screen's first paint (a bundle missing their files shows here)."""
    from PySide6.QtGui import QFontDatabase

    problems = []
    if app.windowIcon().isNull():
        problems.append("the app icon did not load")
    if _dejavu_dir() is not None and "DejaVu Sans" not in QFontDatabase.families():
        problems.append("DejaVu Sans is not available to Qt")
    return problems


def _elapsed_ms() -> float:
    """Milliseconds since the app module was imported; also logs the wall-clock moment for
    benchmarks/startup.py when CSMM_TIMINGS_FILE is set."""
    elapsed = (time.perf_counter() - _T0) * 1000
    timings = os.environ.get("CSMM_TIMINGS_FILE")
    if timings:
        with open(timings, "a", encoding="utf-8") as fh:
            fh.write(f"{time.time():.6f}\n")
    return elapsed


def FirstPaint(widget):  # noqa: N802 - views/first_screen.FirstPaint, imported late
    """An event filter with a `painted` signal, emitted once after the widget's first paint
    (views/first_screen.FirstPaint: this module names no Qt class when it is imported)."""
    from csmm_desktop.views.first_screen import FirstPaint as watch

    return watch(widget)


# --- opening the store ------------------------------------------------------------------


# What a crash can leave in the data folder while a backup was put in place (store.backup
# restore()): a copy of the backup, whole or not. The data file itself is never touched.
def open_data_file(folder: Path, full_check: bool | None = None, progress=None) -> Path:
    """The start's slow part, fit for a worker thread: the store opened (the leftovers of
    a crash cleared, checked, migrated: open_store) on a connection of its own and closed
    again. Returns the data file for the UI thread to `connect` to."""
    from csmm_desktop.store import open_store

    started = time.perf_counter()
    db = open_store(folder, full_check=full_check)
    db.close()
    log.info(
        "data file checked%s and opened in %.0f ms",
        " (full check)" if full_check else "",
        (time.perf_counter() - started) * 1000,
    )
    return db_path(folder)


def offer_backup(folder: Path, error) -> Path | None:
    """The data file cannot be opened (damaged, missing or empty while backups exist):
    say so, and offer the newest sound backup (a damaged one is passed over). The backup
    the user chose to put in place, or None."""
    from PySide6.QtCore import QCoreApplication

    from csmm_desktop.store.db import newest_backup
    from csmm_desktop.views import dialogs
    from csmm_desktop.views.messages import render

    candidate = newest_backup(folder)
    if candidate is None:
        dialogs.warn(
            None,
            APP_NAME,
            render(error)
            + "\n\n"
            + QCoreApplication.translate(
                "App", "There is no backup to open. Use another data folder (--data-dir)."
            ),
        )
        return None
    if getattr(error, "code", "") == "store.missing_with_backups":
        offer = QCoreApplication.translate("App", "Open the newest backup (%1) instead?")
    else:
        offer = QCoreApplication.translate(
            "App",
            "Open the newest backup (%1) instead? The damaged file is kept, renamed, next to it.",
        )
    question = render(error) + "\n\n" + offer.replace("%1", candidate.name)
    confirm = QCoreApplication.translate("App", "Open backup")
    return candidate if dialogs.ask(None, APP_NAME, question, confirm=confirm) else None


def restore_newest(folder: Path, source: Path, progress=None) -> tuple[Path, Path | None]:
    """Worker side of the recovery: the backup the user chose (`source`) put in place;
    returns (that backup, where the damaged file was kept, None if there was none)."""
    from csmm_desktop.store.db import restore_newest_backup

    used, kept = restore_newest_backup(folder, source)
    log.warning("backup %s put in place; the damaged file was kept as %s", used.name, kept)
    return used, kept


def backup_restored(used: Path, kept: Path | None) -> None:
    from PySide6.QtCore import QCoreApplication

    from csmm_desktop.views import dialogs

    if kept is None:
        text = QCoreApplication.translate("App", "The backup %1 was put in place and opened.")
    else:
        text = QCoreApplication.translate(
            "App", "The backup %1 was opened. The damaged file was kept as %2."
        ).replace("%2", str(kept))
    dialogs.inform(None, APP_NAME, text.replace("%1", used.name))


def open_with_recovery(folder: Path, quiet: bool = False, *, full_check: bool | None = None):
    """Open the store in one go (the window's start takes the same steps on workers:
    views/startup.py); if the file is damaged, missing or empty while backups exist, offer
    the newest backup, never touching the damaged file. None when the store cannot be used
    (the user was told, unless `quiet`)."""
    from csmm_desktop.store import StoreError, connect
    from csmm_desktop.store.db import UI_BUSY_TIMEOUT_MS
    from csmm_desktop.store.errors import CorruptStoreError
    from csmm_desktop.views import dialogs
    from csmm_desktop.views.messages import render

    try:
        return connect(open_data_file(folder, full_check), busy_ms=UI_BUSY_TIMEOUT_MS)
    except CorruptStoreError as exc:
        _report(exc)
        chosen = None if quiet else offer_backup(folder, exc)
        if chosen is None:
            return None
        try:
            used, kept = restore_newest(folder, chosen)
            db = connect(open_data_file(folder), busy_ms=UI_BUSY_TIMEOUT_MS)
        except StoreError as again:
            _report(again)
            dialogs.warn(None, APP_NAME, render(again))
            return None
        backup_restored(used, kept)
        return db
    except StoreError as exc:
        _report(exc)
        if not quiet:
            dialogs.warn(None, APP_NAME, render(exc))
        return None


def _report(exc: BaseException) -> None:
    message = getattr(exc, "message", str(exc))
    log.error("the data file cannot be opened: %s", message, exc_info=exc)
    print(f"{APP_ID}: {message}", file=sys.stderr)
