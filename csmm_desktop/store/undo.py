"""Undo and redo of the changes made on one connection, and the Trash of deleted records.

Every table of the data file gets TEMP triggers (they live on this connection only, so the
command line, the import's worker and other programs are not affected) that write, for
each row a statement inserts, updates or deletes, the statement that puts it back, into a
TEMP log. One committed transaction (`Store.atomic`) is one step; undoing a step runs its
statements backwards in one transaction, foreign keys checked at its end; while it runs the
triggers write the redo step. A new change forgets what could be redone.

Undo is last-in-first-out and refuses when the data changed behind this connection's back
(SQLite's data_version moved: the import's worker, another process): a step undone then
could remove rows that later changes hang on.

A step made with `labelled(..., trash=True)` (a delete) is also kept in the data file's
`trash` table, in the same transaction: its statements restore the deleted records later,
after a restart too. A step too large to keep (a snapshot with tens of thousands of
answers) is not undoable and not kept; the caller is told beforehand (`estimate`).

No Qt here: the windows show the labels and call undo() / redo() / restore().
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from csmm_desktop.messages import QT_TRANSLATE_NOOP, UserError, catalogue, message
from csmm_desktop.store.errors import StoreWriteError

if TYPE_CHECKING:
    from csmm_desktop.store.db import Store

MESSAGES = catalogue(
    {
        "undo.changed_elsewhere": QT_TRANSLATE_NOOP(
            "Messages",
            "This cannot be undone any more: the data was changed meanwhile by another "
            "part of the app or another program (an import, the command line).",
        ),
        "undo.nothing": QT_TRANSLATE_NOOP("Messages", "There is nothing to undo."),
        "redo.nothing": QT_TRANSLATE_NOOP("Messages", "There is nothing to redo."),
        "trash.gone": QT_TRANSLATE_NOOP("Messages", "That item is no longer in the Trash."),
        "trash.parent_gone": QT_TRANSLATE_NOOP(
            "Messages",
            "'{label}' cannot be restored: what it belonged to is gone (for a snapshot, its "
            "client). Restore that first, if it is in the Trash.",
        ),
        "trash.already_there": QT_TRANSLATE_NOOP(
            "Messages",
            "'{label}' cannot be restored: a record it holds is in the data again "
            "(brought back another way).",
        ),
    }
)

LOG_LIMIT = 250_000  # statements one step may hold; more is not undoable (nor trashed)
NOT_LOGGED = {"trash"}  # the Trash itself is not undone by its own triggers


class UndoError(UserError):
    """An undo, redo or restore that cannot be done; nothing was changed."""


@dataclass
class Step:
    id: int
    label: str
    data_version: int  # SQLite's data_version after the step: a change by others moves it
    trash_id: str = ""  # the Trash entry the step made (a delete), if any
    trash_kind: str = ""  # a delete's kind; on its redo step too (the redo re-trashes)


@dataclass
class TrashEntry:
    id: str
    label: str
    kind: str
    deleted_at: str
    statements: int


class UndoLog:
    """The undo and redo stacks of one Store (attach with `UndoLog(store)`)."""

    def __init__(self, store: Store):
        self.store = store
        self.undo_steps: list[Step] = []
        self.redo_steps: list[Step] = []
        self._next = 1
        self._label = ""
        self._trash: tuple[str, str] | None = None  # (kind, label) of the delete under way
        self._replaying = False
        self._unlogged = False
        self._current = 0
        conn = store.conn
        with store.writes_allowed():
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS undo_log "
                "(seq INTEGER PRIMARY KEY, step INTEGER NOT NULL, sql TEXT NOT NULL)"
            )
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_state (step INTEGER)")
            conn.execute("DELETE FROM temp.undo_state")
            conn.execute("INSERT INTO temp.undo_state VALUES (0)")
            conn.commit()  # sqlite3 opened a transaction for the DML: end it (TEMP only)
        self._installed = False  # the triggers: made by ready(), before the first write
        store.undo = self

    def ready(self) -> None:
        """The triggers in place (once): Store.atomic asks before each transaction begins,
        outside it (a rollback would take them away again). Making them (~100 statements,
        ~13 ms) is not the start's: the window asks once its first screen has painted."""
        if not self._installed:
            self.install_triggers()

    # --- the triggers ------------------------------------------------------------------

    def install_triggers(self) -> None:
        """(Re)create the triggers for every table the file has now (after migrations)."""
        conn = self.store.conn
        with self.store.writes_allowed():  # TEMP objects of this connection only
            self._install(conn)
        self._installed = True

    def _install(self, conn: sqlite3.Connection) -> None:
        for (name,) in conn.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'undo\\_%' "
            "ESCAPE '\\'"
        ).fetchall():
            conn.execute(f'DROP TRIGGER temp."{name}"')
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
            if row[0] not in NOT_LOGGED
        ]
        for table in tables:
            for sql in _triggers(conn, table):
                conn.execute(sql)

    # --- steps, as Store.atomic tells them -----------------------------------------------

    @contextlib.contextmanager
    def labelled(self, label: str, *, trash: str = "") -> Generator[None, None, None]:
        """The next step (a top-level transaction inside) is called `label`; with `trash`
        (a kind: "client", "snapshot"…) it is a delete that is also kept in the Trash."""
        before = self._label, self._trash
        self._label = label
        self._trash = (trash, label) if trash else None
        try:
            yield
        finally:
            self._label, self._trash = before

    @contextlib.contextmanager
    def unlogged(self) -> Generator[None, None, None]:
        """The next transactions are not logged (a delete too big to undo): after them,
        nothing before can be undone either (it could hang on what they changed)."""
        self._unlogged = True
        try:
            yield
        finally:
            self._unlogged = False

    def begin(self) -> None:
        """A top-level transaction began: its rows go to a new step (0: not logged)."""
        self._current = 0 if self._unlogged else self._next
        self._next += 1
        self.store.conn.execute("UPDATE temp.undo_state SET step = ?", [self._current])

    def before_commit(self) -> str:
        """Inside the transaction, just before COMMIT: a delete is put in the Trash."""
        if self._trash is None or self._replaying or self._current == 0:
            return ""
        conn = self.store.conn
        count = _count(conn, self._current)
        if count == 0 or count > LOG_LIMIT:
            return ""
        kind, label = self._trash
        trash_id = f"{self._current}-{datetime.now(timezone.utc).strftime('%Y%m%d%H%M%S%f')}"
        statements = [sql for (sql,) in _statements(conn, self._current)]
        conn.execute(
            "INSERT INTO trash (id, kind, label, deleted_at, statements, script) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [trash_id, kind, label, _now(), len(statements), json.dumps(statements)],
        )
        return trash_id

    def committed(self, trash_id: str = "") -> None:
        if self._replaying:
            return
        if self._current == 0:  # unlogged: what came before may hang on it
            self.forget()
            return
        conn = self.store.conn
        count = _count(conn, self._current)
        if count == 0:
            return  # a transaction that changed nothing is no step
        if count > LOG_LIMIT:  # too big to keep: it and everything before it are final
            self.forget()
            return
        kind = self._trash[0] if self._trash else ""
        self.undo_steps.append(
            Step(self._current, self._label or "", _data_version(conn), trash_id, kind)
        )
        for step in self.redo_steps:
            self._temp("DELETE FROM temp.undo_log WHERE step = ?", [step.id])
        self.redo_steps.clear()

    def rolled_back(self) -> None:
        if not self._replaying:
            self._temp("DELETE FROM temp.undo_log WHERE step = ?", [self._current])

    def forget(self) -> None:
        """Nothing can be undone or redone any more (a restored backup, a too-big step)."""
        self._temp("DELETE FROM temp.undo_log")
        self.undo_steps.clear()
        self.redo_steps.clear()

    def _temp(self, sql: str, args: Iterable = ()) -> None:
        """A statement on the TEMP log outside a transaction: committed at once (sqlite3
        would leave the implicit transaction it opens for DML open, and the next
        Store.atomic would then take itself for a nested one)."""
        conn = self.store.conn
        inside = conn.in_transaction
        with self.store.writes_allowed():
            conn.execute(sql, list(args))
            if not inside:
                conn.commit()

    # --- what the window offers ------------------------------------------------------------

    def can_undo(self) -> bool:
        return bool(self.undo_steps)

    def can_redo(self) -> bool:
        return bool(self.redo_steps)

    def undo(self) -> Step:
        """Undo the last step; returns it (its label says what was undone)."""
        if not self.undo_steps:
            raise UndoError(message("undo.nothing"))
        step = self.undo_steps[-1]
        redo = self._replay(step)
        self.undo_steps.pop()
        self.redo_steps.append(redo)
        return step

    def redo(self) -> Step:
        if not self.redo_steps:
            raise UndoError(message("redo.nothing"))
        step = self.redo_steps[-1]
        again = self._replay(step)
        self.redo_steps.pop()
        self.undo_steps.append(again)
        return step

    def _replay(self, step: Step) -> Step:
        """Run `step`'s statements backwards in one transaction; the triggers log the
        reverse of it as a new step, which is returned. Nothing changes on failure."""
        conn = self.store.conn
        if _data_version(conn) != step.data_version:  # another connection wrote since
            self.forget()
            raise UndoError(message("undo.changed_elsewhere"))
        statements = [sql for (sql,) in _statements(conn, step.id)]
        self._replaying = True
        try:
            with self.store.atomic():
                conn.execute("PRAGMA defer_foreign_keys = ON")
                new_id = self._current
                for sql in reversed(statements):
                    conn.execute(sql)
                conn.execute("DELETE FROM temp.undo_log WHERE step = ?", [step.id])
                trash_id = ""
                if step.trash_id:  # undoing a delete takes it out of the Trash again
                    conn.execute("DELETE FROM trash WHERE id = ?", [step.trash_id])
                elif step.trash_kind:  # redoing a delete puts it back in the Trash
                    self._trash = (step.trash_kind, step.label)
                    self._replaying = False
                    try:
                        trash_id = self.before_commit()
                    finally:
                        self._replaying = True
                        self._trash = None
        finally:
            self._replaying = False
        return Step(new_id, step.label, _data_version(conn), trash_id, step.trash_kind)


# --- the Trash (works without an UndoLog too: the command line, a restart) --------------


def trash_entries(db: Store) -> list[TrashEntry]:
    rows = db.conn.execute(
        "SELECT id, label, kind, deleted_at, statements FROM trash ORDER BY deleted_at DESC"
    ).fetchall()
    return [TrashEntry(*row) for row in rows]


def restore(db: Store, trash_id: str) -> TrashEntry:
    """Put a deleted record back as it was (one transaction; nothing changes on failure)."""
    row = db.conn.execute(
        "SELECT id, label, kind, deleted_at, statements, script FROM trash WHERE id = ?",
        [trash_id],
    ).fetchone()
    if row is None:
        raise UndoError(message("trash.gone"))
    entry = TrashEntry(*row[:5])
    undo = getattr(db, "undo", None)
    label = undo.labelled(entry.label) if undo is not None else contextlib.nullcontext()
    steps = len(undo.undo_steps) if undo is not None else 0
    try:
        with label, db.atomic():
            db.conn.execute("PRAGMA defer_foreign_keys = ON")
            for sql in reversed(json.loads(row[5])):
                db.conn.execute(sql)
            db.conn.execute("DELETE FROM trash WHERE id = ?", [trash_id])
    except (sqlite3.IntegrityError, StoreWriteError) as exc:
        cause = exc if isinstance(exc, sqlite3.IntegrityError) else exc.__cause__
        if not isinstance(cause, sqlite3.IntegrityError):
            raise
        code = "trash.parent_gone" if "FOREIGN KEY" in str(cause) else "trash.already_there"
        raise UndoError(message(code, label=entry.label)) from exc
    if undo is not None and len(undo.undo_steps) > steps:
        # undoing the restore deletes it again: back into the Trash, as a redone delete
        undo.undo_steps[-1].trash_kind = entry.kind
    return entry


def empty_trash(db: Store, ids: Iterable[str] | None = None) -> int:
    """Delete Trash entries for good (all of them, or `ids`); how many were deleted."""
    with db.atomic():
        if ids is None:
            return db.conn.execute("DELETE FROM trash").rowcount
        return sum(db.conn.execute("DELETE FROM trash WHERE id = ?", [i]).rowcount for i in ids)


def answers_under(db: Store, *, client_id: str = "", snapshot_id: str = "") -> int:
    """How many answers a delete would take with it (the caller says beforehand when
    that is too many to undo: LOG_LIMIT)."""
    if snapshot_id:
        sql = (
            "SELECT count(*) FROM answers a JOIN respondents r ON r.key = a.respondent_key "
            "WHERE r.snapshot_id = ?"
        )
        return db.conn.execute(sql, [snapshot_id]).fetchone()[0]
    sql = (
        "SELECT count(*) FROM answers a JOIN respondents r ON r.key = a.respondent_key "
        "JOIN snapshots s ON s.id = r.snapshot_id WHERE s.client_id = ?"
    )
    return db.conn.execute(sql, [client_id]).fetchone()[0]


# --- helpers ---------------------------------------------------------------------------


def _triggers(conn: sqlite3.Connection, table: str) -> list[str]:
    info = conn.execute(f'PRAGMA main.table_info("{table}")').fetchall()
    cols = [r[1] for r in info]
    keys = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] or ["rowid"]
    t = table.replace('"', '""')

    def q(name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    def lit(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    def where(row: str) -> str:
        parts = [f"{lit(q(k) + '=')} || quote({row}.{q(k)})" for k in keys]
        return " || ' AND ' || ".join(parts)

    # unqualified: a TEMP trigger finds the TEMP tables first (a trigger may not name them)
    log = "INSERT INTO undo_log (step, sql) SELECT step, {sql} FROM undo_state"
    on_insert = log.format(sql=f"{lit(f'DELETE FROM main.{q(table)} WHERE ')} || {where('new')}")
    values = " || ',' || ".join(f"quote(old.{q(c)})" for c in cols)
    col_list = ",".join(q(c) for c in cols)
    on_delete = log.format(
        sql=f"{lit(f'INSERT INTO main.{q(table)} ({col_list}) VALUES (')} || {values} || ')'"
    )
    sets = " || ',' || ".join(f"{lit(q(c) + '=')} || quote(old.{q(c)})" for c in cols)
    on_update = log.format(
        sql=f"{lit(f'UPDATE main.{q(table)} SET ')} || {sets} || ' WHERE ' || {where('new')}"
    )
    name = f"undo_{t}"
    return [
        f'CREATE TEMP TRIGGER "{name}_{event[0]}" AFTER {event} ON main."{t}" '
        f"WHEN (SELECT step FROM undo_state) > 0 BEGIN {body}; END"
        for event, body in (("INSERT", on_insert), ("DELETE", on_delete), ("UPDATE", on_update))
    ]


def _statements(conn: sqlite3.Connection, step: int) -> list[tuple[str]]:
    return conn.execute(
        "SELECT sql FROM temp.undo_log WHERE step = ? ORDER BY seq", [step]
    ).fetchall()


def _count(conn: sqlite3.Connection, step: int) -> int:
    return conn.execute("SELECT count(*) FROM temp.undo_log WHERE step = ?", [step]).fetchone()[0]


def _data_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA data_version").fetchone()[0]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
