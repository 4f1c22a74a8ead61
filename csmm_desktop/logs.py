"""Failures leave a trace: the app's log, a rotating file in the data folder.

<data>/logs/csmm.log, about 1 MB, with the five files before it (csmm.log.1 … .5). The
windows and the command line both set it up (`setup`); every module logs through
`logging.getLogger(__name__)`. When the folder cannot be written (a read-only USB stick,
a full disk), the log goes to stderr instead, or nowhere for the command line, whose users
must only ever see its one-line errors: the app goes on either way.

No Qt here.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from csmm_desktop import APP_NAME, __version__

LOG_DIRNAME = "logs"
LOG_FILENAME = "csmm.log"
FAULTS_FILENAME = "faults.log"  # what a hard crash (a fault in Qt's C++) leaves
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
PACKAGE = "csmm_desktop"

log = logging.getLogger(__name__)


def log_dir(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_DIRNAME


def log_file(data_dir: Path) -> Path:
    return log_dir(data_dir) / LOG_FILENAME


class LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file, created with its folder at the first record (a command that
    logs nothing leaves nothing behind). If it cannot be written, now or later (read-only
    folder, full disk), records go to `fallback` instead, without a word on stderr.

    logging.handlers costs ~6 ms to import (socket, pickle, queue): the window sets the
    log up after its first paint (app.run_gui)."""

    def __init__(self, path: Path, fallback: logging.Handler):
        super().__init__(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        self.fallback = fallback
        self.broken = ""  # why the file cannot be written, once that is known

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        if self.broken:
            self.fallback.handle(record)
        else:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            super().handleError(record)  # a bad format string: logging's own report
            return
        self.broken = exc.strerror or str(exc)
        if self.stream is not None:
            with contextlib.suppress(OSError):
                self.stream.close()
            self.stream = None
        self.fallback.handle(
            logging.makeLogRecord(
                {
                    "name": __name__,
                    "levelno": logging.WARNING,
                    "levelname": "WARNING",
                    "msg": "the log file %s cannot be written (%s)",
                    "args": (self.baseFilename, self.broken),
                }
            )
        )
        self.fallback.handle(record)

    def setFormatter(self, fmt: logging.Formatter | None) -> None:  # noqa: N802
        super().setFormatter(fmt)
        self.fallback.setFormatter(fmt)


def _ours(handler: logging.Handler) -> bool:
    return getattr(handler, "_csmm", False)


def current_file() -> Path | None:
    """The file the log goes to, unless it cannot be written."""
    for handler in logging.getLogger().handlers:
        if _ours(handler) and isinstance(handler, LogFile) and not handler.broken:
            return Path(handler.baseFilename)
    return None


def setup(data_dir: Path, *, stderr_fallback: bool = True, what: str = "") -> Path:
    """Log the app's messages (INFO and up; WARNING and up of the libraries) to the data
    folder's log file, or, if it cannot be written, to stderr (`stderr_fallback`) or
    nowhere. Calling it again (another data folder, a test) replaces what an earlier call
    set up. `what`: a word on this run ("window") for a first line; without it nothing is
    written until something is logged. Returns the log file's path."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if _ours(h)]:
        root.removeHandler(old)
        old.close()
    fallback: logging.Handler
    if stderr_fallback and sys.stderr is not None:
        fallback = logging.StreamHandler(sys.stderr)
    else:
        fallback = logging.NullHandler()
    path = log_file(data_dir)
    handler = LogFile(path, fallback)
    handler._csmm = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    logging.getLogger(PACKAGE).setLevel(logging.INFO)
    if what:
        started(what)
    return path


def started(what: str) -> None:
    """The first line of a run: what it is, and on what."""
    # not platform.platform(): it runs `uname -p` (~15 ms, on the way to the data shown);
    # nor, where os.uname() says the same, `platform` at all (its import: ~2.3 ms)
    if hasattr(os, "uname"):
        u = os.uname()
        system = f"{u.sysname} {u.release} {u.machine}"
    else:  # Windows
        import platform

        system = f"{platform.system()} {platform.release()} {platform.machine()}"
    log.info(
        "%s %s (%s), pid %s, Python %s on %s",
        APP_NAME,
        __version__,
        what,
        os.getpid(),
        ".".join(map(str, sys.version_info[:3])),
        system,
    )


_faults: list = []  # the open file faulthandler writes to


def record_hard_crashes(data_dir: Path) -> Path | None:
    """A crash Python cannot catch (a segmentation fault in a library) leaves the Python
    traceback of every thread in logs/faults.log. None if that file cannot be written."""
    import faulthandler

    path = log_dir(data_dir) / FAULTS_FILENAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open while the app runs
    except OSError:
        return None
    faulthandler.enable(file=handle, all_threads=True)
    for old in _faults:
        old.close()
    _faults[:] = [handle]
    return path
