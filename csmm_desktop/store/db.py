"""Opening the SQLite store safely.

`connect(path)` gives a configured sqlite-utils Database; `open_store(data_dir)` adds
what an application start needs: refuse a damaged file without touching it, migrate
(with a backup first) and keep a rotating backup.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.store import backup, migrations
from csmm_desktop.store.errors import CorruptStoreError, StoreUnavailableError

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000


def connect(path: str | Path) -> Database:
    """Open (or create) the database at `path` with the pragmas every connection needs."""
    from sqlite_utils import Database

    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    with db.ensure_autocommit_on():
        db.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed answer survives the laptop losing power, not only a crash.
    db.execute("PRAGMA synchronous = FULL")
    return db


def check_readable(path: Path) -> None:
    """Raise CorruptStoreError unless `path` is a sound SQLite file. Never writes to it."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise CorruptStoreError(
            f"The data file {path} cannot be read: {exc.strerror or exc}.", path
        ) from exc
    if header and header != b"SQLite format 3\x00":
        raise CorruptStoreError(
            f"The data file {path} is not a CSMM Desktop database (it may be damaged). "
            "It was left untouched.",
            path,
        )
    if not header:
        return  # an empty file: sqlite treats it as a new database
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptStoreError(
            f"The data file {path} is damaged ({exc}). It was left untouched.", path
        ) from exc
    if rows != [("ok",)]:
        detail = rows[0][0] if rows else "no answer"
        raise CorruptStoreError(
            f"The data file {path} is damaged ({detail}). It was left untouched.", path
        )


def open_store(data_dir: Path, *, backup_on_start: bool = False) -> Database:
    """Open the store of a data folder, creating, checking and migrating it as needed."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailableError(
            f"The data folder {data_dir} cannot be created: {exc.strerror or exc}.", data_dir
        ) from exc
    path = db_path(data_dir)
    existed = path.exists()
    if existed:
        check_readable(path)
    try:
        db = connect(path)
        migrations.migrate(db, path, backup_dir(data_dir))
    except sqlite3.OperationalError as exc:
        raise StoreUnavailableError(
            f"The data file {path} cannot be written ({exc}). "
            "Is the folder read-only or the disk full?",
            path,
        ) from exc
    if backup_on_start and existed:
        backup.make_backup(db, backup_dir(data_dir), kind="auto")
    return db


def newest_backup(data_dir: Path) -> Path | None:
    found = backup.backups(backup_dir(data_dir))
    return found[0] if found else None


def restore_newest_backup(data_dir: Path) -> tuple[Path, Path]:
    """Put the newest backup in place of a damaged data file.

    The damaged file is renamed (its bytes untouched) to csmm.damaged-<time>.sqlite so
    nothing is lost; returns (backup used, where the damaged file now is).
    """
    from datetime import datetime

    source = newest_backup(data_dir)
    if source is None:
        raise StoreUnavailableError(f"There is no backup in {backup_dir(data_dir)}.", data_dir)
    check_readable(source)
    path = db_path(data_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"csmm.damaged-{stamp}.sqlite")
    path.rename(damaged)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(damaged.with_name(damaged.name + suffix))
    tmp = path.with_suffix(".restoring")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    tmp.replace(path)
    return source, damaged
