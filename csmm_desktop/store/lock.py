"""One running window per data folder, and whether the last one ended cleanly.

An OS file lock (flock / msvcrt) on <data>/csmm.lock: the OS releases it when the
process ends in any way, kill -9 included, so there is never a stale lock to clear.

The file holds the pid of the window while it runs and is emptied when it closes: a lock
file found with a pid in it means the last session did not end cleanly (a crash, a kill,
a power cut), and the store then gets its full check (`unclean`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from csmm_desktop.config import db_path
from csmm_desktop.messages import message
from csmm_desktop.store.errors import (
    StoreError,
    StoreLockedError,
    StoreUnavailableError,
    classify,
)

LOCK_FILENAME = "csmm.lock"
# What the OS says when it is the folder's medium that refuses: told as what it is.
_AS_CLASSIFIED = (
    errno.EROFS,
    errno.EACCES,
    errno.EPERM,
    errno.ENOSPC,
    getattr(errno, "EDQUOT", -1),
)


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.path = data_dir / LOCK_FILENAME
        self._fd: int | None = None
        self.unclean = False  # the previous session did not end cleanly
        self.previous_pid = ""

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise self._folder_error(exc) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise StoreLockedError(
                message("store.locked_by_window", folder=self.path.parent), self.path.parent
            ) from exc
        try:
            previous = os.read(fd, 64)
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        except OSError as exc:
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)
            raise self._folder_error(exc) from exc
        self.previous_pid = previous.decode("ascii", "replace").strip()
        self.unclean = bool(self.previous_pid)
        self._fd = fd

    def sync(self) -> None:
        """Make the pid survive a power cut (fsync: slow on some disks, so not at acquire;
        a worker may call it)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.fsync(self._fd)

    def release(self) -> None:
        """A clean end: the file is emptied, then unlocked."""
        if self._fd is not None:
            try:
                with contextlib.suppress(OSError):
                    os.ftruncate(self._fd, 0)
                    os.fsync(self._fd)
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    def _folder_error(self, exc: OSError) -> StoreError:
        folder = self.path.parent
        if exc.errno in _AS_CLASSIFIED:
            return classify(exc, db_path(folder))
        return StoreUnavailableError(
            message("store.cannot_use_folder", folder=folder, detail=exc.strerror or exc),
            folder,
        )

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
