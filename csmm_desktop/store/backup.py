"""Backups of the store: consistent copies through SQLite's backup API, kept by age as well
as by count, and put back in place safely.

Kinds (the start of a backup's file name):
- auto: made at start-up, skipped when nothing changed since the newest one or when the
  store holds nothing yet; pruned to the newest 10, plus the newest of each of the last 14
  days, plus the newest of each of the last 12 months;
- manual (File → Back Up Now), pre-migration-v<N>, before-restore: never pruned.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SUFFIX = ".sqlite"
PARTIAL = ".partial"
KEEP_NEWEST = 10
KEEP_DAYS = 14
KEEP_MONTHS = 12
STATE_FILE = "last-auto.json"
STAMP = "%Y%m%d-%H%M%S-%f"


def _connection(source: Any) -> tuple[sqlite3.Connection, bool]:
    """(connection to copy from, whether we opened it). `source`: a Store or a path."""
    conn = getattr(source, "conn", None)
    if conn is not None:
        return conn, False
    return sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True), True


def copy_database(source: Any, target: Path) -> Path:
    """A consistent copy of `source` (a Store or a data file's path) at `target`: written
    to a .partial file, synced, then renamed, so a copy is whole or absent."""
    partial = target.with_name(target.name + PARTIAL)
    conn, opened = _connection(source)
    try:
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
            # one self-contained file: reading a copy never makes -wal / -shm next to it
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        if opened:
            conn.close()
    return target


def make_backup(
    source: Any, folder: Path, kind: str = "auto", when: datetime | None = None
) -> Path:
    """Copy the live database into `folder` as <kind>-<timestamp>.sqlite. A failure is a
    StoreError that names the backups folder (not the data file, which is fine)."""
    when = when or datetime.now()
    target = folder / f"{kind}-{when.strftime(STAMP)}{SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_database(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise _backup_error(exc, folder, target) from exc
    if kind == "auto":
        prune(folder, when)
    return target


def _backup_error(exc: BaseException, folder: Path, target: Path) -> Exception:
    from csmm_desktop.messages import message
    from csmm_desktop.store.errors import (
        StoreFullError,
        StoreReadOnlyError,
        StoreWriteError,
        classify,
    )

    error = classify(exc, target)
    if isinstance(error, (StoreFullError, StoreReadOnlyError)):
        return error
    detail = getattr(exc, "strerror", None) or str(exc)
    return StoreWriteError(message("store.backup_failed", folder=folder, detail=detail), target)


def _fingerprint(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    wal = path.with_name(path.name + "-wal")
    try:
        wal_size = wal.stat().st_size
    except OSError:
        wal_size = 0
    return [st.st_size, st.st_mtime_ns, wal_size]


def _holds_data(path: Path) -> bool:
    conn, _ = _connection(path)
    try:
        return conn.execute("SELECT EXISTS (SELECT 1 FROM clients)").fetchone()[0] == 1
    except sqlite3.Error:
        return True  # not sure: back it up
    finally:
        conn.close()


def auto_backup(data_file: Path, folder: Path, when: datetime | None = None) -> Path | None:
    """The start-up backup, with a connection of its own (it may run on a worker thread).
    None when it was not needed: the store is unchanged since the newest auto backup, or
    holds no client yet (copies of nothing must never push good backups out)."""
    state_path = folder / STATE_FILE
    fingerprint = _fingerprint(data_file)
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    newest = folder / str(state.get("backup", ""))
    if (
        fingerprint is not None
        and fingerprint[2] == 0
        and state.get("fingerprint") == fingerprint
        and newest.is_file()
    ):
        return None
    if not _holds_data(data_file):
        return None
    target = make_backup(data_file, folder, "auto", when)
    after = _fingerprint(data_file)
    temp = state_path.with_name(state_path.name + PARTIAL)
    temp.write_text(json.dumps({"fingerprint": after, "backup": target.name}), encoding="utf-8")
    os.replace(temp, state_path)
    return target


def stamp_of(path: Path) -> datetime | None:
    """When a backup was made, from its name (<kind>-YYYYmmdd-HHMMSS-ffffff.sqlite)."""
    parts = path.stem.rsplit("-", 3)
    if len(parts) < 4:
        return None
    try:
        return datetime.strptime("-".join(parts[1:]), STAMP)
    except ValueError:
        return None


def kind_of(path: Path) -> str:
    return path.stem.rsplit("-", 3)[0] if stamp_of(path) else ""


def backups(folder: Path, kind: str | None = None) -> list[Path]:
    """Backups in `folder` (of `kind`), newest first."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.glob(f"*{SUFFIX}")
        if p.is_file() and stamp_of(p) is not None and (kind is None or kind_of(p) == kind)
    ]
    return sorted(found, key=lambda p: (stamp_of(p), p.name), reverse=True)


def to_keep(stamps: Iterable[datetime], now: datetime) -> set[datetime]:
    """Of the moments auto backups were made, those the policy keeps."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:KEEP_NEWEST])
    days: set = set()
    months: set = set()
    for moment in ordered:  # newest first: the first seen of a day / month is its newest
        if moment >= now - timedelta(days=KEEP_DAYS) and moment.date() not in days:
            days.add(moment.date())
            keep.add(moment)
        month = (moment.year, moment.month)
        age_months = (now.year - moment.year) * 12 + now.month - moment.month
        if age_months < KEEP_MONTHS and month not in months:
            months.add(month)
            keep.add(moment)
    return keep


def prune(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the auto backups the policy does not keep; returns them."""
    now = now or datetime.now()
    found = backups(folder, "auto")
    keep = to_keep((s for p in found if (s := stamp_of(p)) is not None), now)
    removed = [p for p in found if stamp_of(p) not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def clean_leftovers(folder: Path) -> list[Path]:
    """Half-written copies a crash left behind (they are never whole backups)."""
    if not folder.is_dir():
        return []
    removed = []
    for path in folder.glob(f"*{PARTIAL}"):
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def restore(data_dir: Path, source: Path, label: str = "damaged", keep: bool = True) -> Path | None:
    """Put the backup `source` in place of the data file of `data_dir`; nothing may have
    the data file open. With `keep`, the file it replaces (with its -wal / -shm) is kept,
    renamed csmm.<label>-<time>.sqlite next to it, and returned (None if there was none);
    without, the caller has saved it already (a before-restore backup) and it goes."""
    from csmm_desktop.config import db_path

    path = db_path(data_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    restoring = path.with_name(path.name + ".restoring")
    copy_database(source, restoring)  # first the copy: if it fails, nothing was moved
    kept = None
    if path.exists() and not keep:
        path.unlink()
    if path.exists():
        kept = path.with_name(f"csmm.{label}-{stamp}{SUFFIX}")
        path.rename(kept)
        for side, new in zip(side_files(path), side_files(kept), strict=True):
            if side.exists():
                side.rename(new)
    for side in side_files(path):  # a stray -shm of nothing
        side.unlink(missing_ok=True)
    os.replace(restoring, path)
    return kept
