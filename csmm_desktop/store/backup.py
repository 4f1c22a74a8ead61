"""Backups of the store: a consistent copy through SQLite's backup API, rotated."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


KEEP = 10
SUFFIX = ".sqlite"


def make_backup(db: Database, folder: Path, kind: str = "auto", keep: int = KEEP) -> Path:
    """Copy the live database into `folder` as <kind>-<timestamp>.sqlite; keep the newest `keep`."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{kind}-{stamp}{SUFFIX}"
    partial = target.with_suffix(".partial")
    dest = sqlite3.connect(str(partial))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    partial.replace(target)  # a backup is either complete or absent
    rotate(folder, kind, keep)
    return target


def backups(folder: Path, kind: str | None = None) -> list[Path]:
    """Backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    pattern = f"{kind}-*{SUFFIX}" if kind else f"*{SUFFIX}"
    return sorted(folder.glob(pattern), key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def rotate(folder: Path, kind: str, keep: int = KEEP) -> None:
    for old in backups(folder, kind)[keep:]:
        old.unlink(missing_ok=True)
