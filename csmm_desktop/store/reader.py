"""A read-only look at the data file for the command line's reading commands.

`clients`, `snapshots` and `scores` only read. Opening the store the full way
(`open_store`: sqlite-utils, leftovers of a crash, the whole-file check, migrations) costs
a small command ten times what its query does, and a big file's check seconds. So when
the file is plainly a current CSMM Desktop store (a SQLite header, and SQLite says: our
application id, this schema version), these commands read it on a read-only connection
(`mode=ro`: nothing can be written to the data through it), without sqlite-utils
and without the whole-file check: SQLite still refuses any damaged page the query reads,
which the command line reports as a damaged file (exit 3), and the windows' start still
checks the file. Anything else (missing, empty, another program's, older or newer,
unreadable) returns None, and the command takes the full way, which creates, refuses,
migrates or words the problem exactly as before.

The connection offers what the services' read functions use of a sqlite-utils Database:
`execute`, `query` (rows as dicts) and `conn` (`Reads`, which the window's `Store` reads
through as well).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator
from pathlib import Path
from typing import Any

from csmm_desktop.config import db_path

SQLITE_MAGIC = b"SQLite format 3\x00"


class Reads:
    """What the services read through, on `self.conn`, without sqlite-utils: `execute`
    and `query` as its Database has them (for the SELECTs and PRAGMAs reads are)."""

    conn: sqlite3.Connection

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Any = None) -> Generator[dict, None, None]:
        """The rows as dicts: run at once, fetched as iterated."""
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def close(self) -> None:
        self.conn.close()


class Reader(Reads):
    """A read-only connection to the data file, quacking like the Database services read."""

    read_only = True  # nothing is written for it, not even the score cache's files

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path


def open_reader(data_dir: Path) -> Reader | None:
    """A Reader on the data folder's file if it is a current store; None otherwise (then
    open the full way). Raises only for what SQLite raises on a file that looked sound."""
    from csmm_desktop.store.migrations import APPLICATION_ID, SCHEMA_VERSION

    path = db_path(data_dir)
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None  # missing, empty, not SQLite: the full way says which
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        # the header can lag behind the write-ahead log: SQLite's word is the one that counts
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.Error:
        conn.close()
        return None
    if (version, application_id) != (SCHEMA_VERSION, APPLICATION_ID):
        conn.close()
        return None  # older (to migrate), newer, or not ours: the full way says which
    conn.execute("PRAGMA foreign_keys = ON")
    return Reader(conn, path)
