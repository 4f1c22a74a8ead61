"""One running window per data folder.

An OS file lock (flock / msvcrt) on <data>/csmm.lock: the OS releases it when the
process ends in any way, kill -9 included, so there is never a stale lock to clear.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from csmm_desktop.store.errors import StoreLockedError, StoreUnavailableError

LOCK_FILENAME = "csmm.lock"


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.path = data_dir / LOCK_FILENAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreUnavailableError(
                f"The data folder {self.path.parent} cannot be used: {exc.strerror or exc}.",
                self.path.parent,
            ) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise StoreLockedError(
                "CSMM Desktop is already open with this data folder "
                f"({self.path.parent}). Switch to that window, or close it first.",
                self.path.parent,
            ) from exc
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

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
