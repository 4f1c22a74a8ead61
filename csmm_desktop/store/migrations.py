"""Schema versions of the store, applied in order, each step in its own transaction.

The version lives in `PRAGMA user_version`. Before any step runs on an existing file,
a backup is taken. Steps only ever add: an old snapshot's data is never rewritten.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop.store import backup
from csmm_desktop.store.errors import StoreTooNewError

if TYPE_CHECKING:
    from sqlite_utils import Database

STAGES = ("initial", "planned", "measured", "optimized")
ROLES = ("management", "employee", "client")


def _run(db: Database, script: str) -> None:
    """Run DDL statements one by one: sqlite3's executescript() would COMMIT the open
    transaction first, and a migration step must stay all-or-nothing."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement!r}")


def _v1_core(db: Database) -> None:
    """Clients, snapshots, respondents and answers."""
    stages = ", ".join(f"'{s}'" for s in STAGES)
    roles = ", ".join(f"'{r}'" for r in ROLES)
    _run(
        db,
        f"""
        CREATE TABLE clients (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            sector TEXT NOT NULL DEFAULT '',
            contacts TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE snapshots (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            stage TEXT NOT NULL CHECK (stage IN ({stages})),
            date TEXT NOT NULL,
            form_version TEXT NOT NULL,
            consultant TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX snapshots_client ON snapshots(client_id, date);
        CREATE TABLE respondents (
            id TEXT PRIMARY KEY,
            snapshot_id TEXT NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ({roles})),
            name TEXT NOT NULL DEFAULT '',
            code TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX respondents_snapshot ON respondents(snapshot_id, role);
        CREATE TABLE answers (
            respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (respondent_id, question_id)
        ) WITHOUT ROWID;
        """,
    )


def _v2_engagement(db: Database) -> None:
    """Problems, requirements, numbers, KPIs, actions, workshops and the stage checklist."""
    _run(
        db,
        """
        CREATE TABLE problems (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            raised_snapshot_id TEXT REFERENCES snapshots(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            topic_id TEXT NOT NULL DEFAULT '',
            resolved_snapshot_id TEXT REFERENCES snapshots(id) ON DELETE SET NULL,
            resolution TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX problems_client ON problems(client_id);
        CREATE TABLE requirements (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            raised_snapshot_id TEXT REFERENCES snapshots(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            topic_id TEXT NOT NULL DEFAULT '',
            solved_snapshot_id TEXT REFERENCES snapshots(id) ON DELETE SET NULL,
            solution TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX requirements_client ON requirements(client_id);
        CREATE TABLE contact_reasons (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE contact_volumes (
            id TEXT PRIMARY KEY,
            snapshot_id TEXT NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT '',
            reason_id TEXT REFERENCES contact_reasons(id) ON DELETE CASCADE,
            count INTEGER NOT NULL CHECK (count >= 0)
        );
        CREATE INDEX contact_volumes_snapshot ON contact_volumes(snapshot_id, period);
        CREATE TABLE kpis (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
            target REAL,
            critical INTEGER NOT NULL DEFAULT 0,
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE kpi_values (
            kpi_id TEXT NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
            snapshot_id TEXT NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
            value REAL NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (kpi_id, snapshot_id)
        );
        CREATE TABLE workshops (
            id TEXT PRIMARY KEY,
            snapshot_id TEXT NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            participants TEXT NOT NULL DEFAULT '',
            agenda TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE actions (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            snapshot_id TEXT REFERENCES snapshots(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
            cycle INTEGER NOT NULL DEFAULT 1,
            topic_id TEXT NOT NULL DEFAULT '',
            problem_id TEXT REFERENCES problems(id) ON DELETE SET NULL,
            kpi_id TEXT REFERENCES kpis(id) ON DELETE SET NULL,
            workshop_id TEXT REFERENCES workshops(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX actions_client ON actions(client_id);
        CREATE TABLE action_revisions (
            id TEXT PRIMARY KEY,
            action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            change TEXT NOT NULL DEFAULT '',
            feedback TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE checklist_items (
            snapshot_id TEXT NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            done_at TEXT,
            PRIMARY KEY (snapshot_id, item)
        ) WITHOUT ROWID;
        """,
    )


# (version it brings the store to, step). Append only; never edit a released step.
STEPS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _v1_core),
    (2, _v2_engagement),
]
SCHEMA_VERSION = STEPS[-1][0]


def user_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(
    db: Database,
    path: Path | None = None,
    backups: Path | None = None,
    target: int = SCHEMA_VERSION,
) -> int:
    """Bring `db` to `target`; returns the version it started at."""
    start = user_version(db)
    if start > SCHEMA_VERSION:
        raise StoreTooNewError(
            f"The data file {path} was written by a newer CSMM Desktop "
            f"(schema {start}; this version knows up to {SCHEMA_VERSION}). Please update the app.",
            path,
        )
    pending = [(v, step) for v, step in STEPS if start < v <= target]
    if pending and start > 0 and backups is not None:
        backup.make_backup(db, backups, kind=f"pre-migration-v{start}")
    for version, step in pending:
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {version}")
    return start
