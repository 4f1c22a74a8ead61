"""Starting the application: QApplication, fonts, translators, the store, the window."""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

from csmm_desktop import APP_ID, APP_NAME, __version__
from csmm_desktop.config import resolve_data_dir, settings_path

_T0 = time.perf_counter()


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
    paint (parsing the four files costs ~10 ms). True if the fonts were registered."""
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
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from csmm_desktop.store import StoreError
    from csmm_desktop.store.lock import InstanceLock
    from csmm_desktop.views.language import LanguageManager, system_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    fonts_ready = register_fonts(only_if_none=True)
    folder = resolve_data_dir(data_dir)
    lock = InstanceLock(folder)
    try:
        lock.acquire()
    except StoreError as exc:
        print(f"{APP_ID}: {exc.message}", file=sys.stderr)
        if not smoke:
            from csmm_desktop.views import dialogs

            dialogs.warn(None, APP_NAME, exc.message)
        return 1

    settings = QSettings(str(settings_path(folder)), QSettings.Format.IniFormat)
    language = LanguageManager(app)
    language.apply(str(settings.value("language", "") or system_language()))

    from csmm_desktop.views.main_window import MainWindow

    # The window paints first; the store (sqlite-utils costs ~0.3 s to import) opens on the
    # next event-loop turn after that first paint, and fills the window.
    window = MainWindow(None, folder, settings, language)
    timings: dict[str, float] = {}
    problems: list[str] = []
    watch = FirstPaint(window)

    def on_first_paint() -> None:
        timings["window"] = _elapsed_ms()
        # What the first screen does not need waits until it is on screen.
        app.setWindowIcon(app_icon())
        if not fonts_ready:
            register_fonts()
        QTimer.singleShot(0, open_data)

    def open_data() -> None:
        db = open_with_recovery(folder, quiet=smoke)
        if db is None:
            app.exit(1)
            return
        window.attach_store(db)
        timings["data"] = _elapsed_ms()
        window.db_opened = db
        if smoke:
            window.repaint()  # the filled first screen, painted now
            problems.extend(_smoke_problems(app))
            QTimer.singleShot(0, lambda: app.exit(1 if problems else 0))

    watch.painted.connect(on_first_paint)
    window.show()
    if smoke:
        QTimer.singleShot(20000, lambda: app.exit(2))  # never hang a CI run
    code = app.exec()
    db = getattr(window, "db_opened", None)
    if db is not None:
        db.close()
    lock.release()
    if smoke:
        if code == 0 and "data" in timings:
            print(
                f"smoke ok: window painted {timings['window']:.0f} ms, "
                f"data shown {timings['data']:.0f} ms after start"
            )
        else:
            reason = "; ".join(problems) or "the first screen did not show its data"
            print(f"{APP_ID}: smoke test failed (exit {code}): {reason}", file=sys.stderr)
            return code or 1
    return code


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
    log = os.environ.get("CSMM_TIMINGS_FILE")
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{time.time():.6f}\n")
    return elapsed


def FirstPaint(widget):  # noqa: N802 - a small QObject factory, Qt imported lazily
    """An event filter with a `painted` signal, emitted once after the widget's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer, Signal

    class _Watch(QObject):
        painted = Signal()

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, self.painted.emit)  # after the paint has finished
            return False

    watch = _Watch(widget)
    widget.installEventFilter(watch)
    return watch


def open_with_recovery(folder: Path, quiet: bool = False):
    """Open the store; if the file is damaged, offer the newest backup (never touching it)."""
    from PySide6.QtCore import QCoreApplication

    from csmm_desktop.store import StoreError, open_store
    from csmm_desktop.store.db import newest_backup, restore_newest_backup
    from csmm_desktop.store.errors import CorruptStoreError
    from csmm_desktop.views import dialogs

    try:
        return open_store(folder, backup_on_start=True)
    except CorruptStoreError as exc:
        print(f"{APP_ID}: {exc.message}", file=sys.stderr)
        if quiet:
            return None
        candidate = newest_backup(folder)
        if candidate is None:
            dialogs.warn(
                None,
                APP_NAME,
                exc.message
                + "\n\n"
                + QCoreApplication.translate(
                    "App", "There is no backup to open. Use another data folder (--data-dir)."
                ),
            )
            return None
        question = (
            exc.message
            + "\n\n"
            + QCoreApplication.translate(
                "App",
                "Open the newest backup (%1) instead? The damaged file is kept, renamed, "
                "next to it.",
            ).replace("%1", candidate.name)
        )
        if not dialogs.ask(
            None, APP_NAME, question, confirm=QCoreApplication.translate("App", "Open backup")
        ):
            return None
        try:
            _used, damaged = restore_newest_backup(folder)
            db = open_store(folder)
        except StoreError as again:
            dialogs.warn(None, APP_NAME, again.message)
            return None
        dialogs.inform(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App", "The backup was opened. The damaged file was kept as %1."
            ).replace("%1", str(damaged)),
        )
        return db
    except StoreError as exc:
        print(f"{APP_ID}: {exc.message}", file=sys.stderr)
        if not quiet:
            dialogs.warn(None, APP_NAME, exc.message)
        return None
