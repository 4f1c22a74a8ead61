"""Errors the store raises, each a message fit to show a user (in their language: see
csmm_desktop.messages), and `classify`, which turns what SQLite or the OS raised while
reading or writing the data file into one of them."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from csmm_desktop.messages import Message, UserError, message


class StoreError(UserError):
    """A problem with the data file that the user must be told about."""

    def __init__(self, msg: Message | str, path: Path | None = None):
        super().__init__(msg)
        self.path = path


class CorruptStoreError(StoreError):
    """The data file is not a readable CSMM database. It was left untouched."""


class NotOurFileError(CorruptStoreError):
    """A SQLite file of another program (or not a SQLite file at all). Left untouched."""


class StoreTooNewError(StoreError):
    """The data file was written by a newer version of CSMM Desktop."""


class StoreLockedError(StoreError):
    """Another CSMM Desktop window already uses this data folder."""


class StoreUnavailableError(StoreError):
    """The data folder cannot be created or written (read-only medium, disk full...)."""


class StoreWriteError(StoreUnavailableError):
    """A write (or the read it needed) failed; nothing of it was stored."""


class StoreBusyError(StoreWriteError):
    """Another connection holds the write lock longer than we wait."""


class StoreFullError(StoreWriteError):
    """The disk is full."""


class StoreReadOnlyError(StoreWriteError):
    """The folder or the medium is read-only, or we may not write there."""


class StoreGoneError(StoreWriteError):
    """The data file vanished or was replaced while the app had it open."""


class NotFoundError(StoreError):
    """A client, snapshot... named by the user does not exist."""


def classify(exc: BaseException, path: Path | str | None) -> StoreError:
    """What a user should be told about `exc` (a sqlite3.Error or an OSError) raised while
    using the data file at `path`. A StoreError is returned as it is."""
    if isinstance(exc, StoreError):
        return exc
    path = Path(path) if path is not None else None
    folder = path.parent if path is not None else ""
    if isinstance(exc, OSError):
        code = exc.errno
        detail = exc.strerror or str(exc)
        if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
            return StoreFullError(message("store.disk_full", folder=folder), path)
        if code == errno.EROFS:
            return StoreReadOnlyError(message("store.read_only", folder=folder), path)
        if code in (errno.EACCES, errno.EPERM):
            return StoreReadOnlyError(message("store.no_permission", folder=folder), path)
        if code == errno.ENOENT:
            return StoreGoneError(message("store.gone", path=path), path)
        return StoreWriteError(message("store.io_error", path=path, detail=detail), path)
    if isinstance(exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError)):
        # a rule of the schema refused the write: a bug, not the disk
        return StoreWriteError(message("internal", detail=str(exc), folder=folder), path)
    text = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "") or ""
    if "full" in text or name == "SQLITE_FULL":
        return StoreFullError(message("store.disk_full", folder=folder), path)
    if "readonly" in text or "read-only" in text or name.startswith("SQLITE_READONLY"):
        if path is not None and not path.exists():
            return StoreGoneError(message("store.gone", path=path), path)
        return StoreReadOnlyError(message("store.read_only", folder=folder), path)
    if "locked" in text or "busy" in text or name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreBusyError(message("store.busy"), path)
    if "unable to open" in text or name.startswith("SQLITE_CANTOPEN"):
        if path is not None and not path.parent.exists():
            return StoreGoneError(message("store.gone", path=path), path)
        if path is not None and not os.access(path.parent, os.W_OK):  # a read-only medium
            return StoreReadOnlyError(message("store.read_only", folder=folder), path)
        return StoreReadOnlyError(message("store.no_permission", folder=folder), path)
    if "malformed" in text or "not a database" in text or name in ("SQLITE_CORRUPT",):
        return CorruptStoreError(message("store.damaged", path=path, detail=str(exc)), path)
    if "disk i/o" in text or name.startswith("SQLITE_IOERR"):
        if path is not None and not path.exists():
            return StoreGoneError(message("store.gone", path=path), path)
        if path is not None and _no_space(path.parent):  # SQLite words ENOSPC as I/O error
            return StoreFullError(message("store.disk_full", folder=folder), path)
        return StoreWriteError(message("store.io_error", path=path, detail=str(exc)), path)
    return StoreWriteError(message("store.io_error", path=path, detail=str(exc)), path)


def _no_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


STORE_FAILURES = (sqlite3.Error, OSError)  # what classify() words for a user
