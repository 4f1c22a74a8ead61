"""Schema versions of the store, applied in order, each step in its own transaction.

The version lives in `PRAGMA user_version`. Before any step runs on an existing file,
a backup is taken. Steps only ever add: an old snapshot's data is never rewritten (its
values; step 12 changes how answers are keyed and timed, not what they say). Steps run
with foreign keys off (a table is rebuilt the way SQLite documents, without its DROP
cascading); a step that rebuilds a table checks the links of its rows itself.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop.messages import message
from csmm_desktop.store import backup
from csmm_desktop.store.errors import StoreTooNewError
from csmm_desktop.store.keys import SQL_SECONDS, stamp_seconds

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlite_utils import Database

# PRAGMA application_id of a CSMM Desktop data file ("CSMM"): another program's SQLite
# file is told apart before anything is written to it (store.db.inspect).
APPLICATION_ID = 0x43534D4D

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


def _v3_cx_board(db: Database) -> None:
    """The Customer Experience board (seed 002): NPS readings and bands, notes on contact
    reasons, bi-weekly board meetings, the feedback log and CX projects with their history."""
    _run(
        db,
        """
        CREATE TABLE cx_nps_settings (
            client_id TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
            good_enough_from REAL NOT NULL DEFAULT 0,
            great_from REAL NOT NULL DEFAULT 50,
            updated_at TEXT NOT NULL,
            CHECK (-100 <= good_enough_from AND good_enough_from < great_from
                   AND great_from <= 100)
        );
        CREATE TABLE cx_nps_readings (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('snapshot', 'survey')),
            snapshot_id TEXT REFERENCES snapshots(id) ON DELETE CASCADE,
            score_counts TEXT NOT NULL DEFAULT '',
            promoters INTEGER NOT NULL CHECK (promoters >= 0),
            passives INTEGER NOT NULL CHECK (passives >= 0),
            detractors INTEGER NOT NULL CHECK (detractors >= 0),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (promoters + passives + detractors > 0),
            UNIQUE (client_id, period)
        );
        CREATE TABLE cx_reason_notes (
            reason_id TEXT PRIMARY KEY REFERENCES contact_reasons(id) ON DELETE CASCADE,
            emotions TEXT NOT NULL DEFAULT '',
            pain_points TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE cx_meetings (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('metrics', 'project_review')),
            duration_min INTEGER NOT NULL CHECK (duration_min > 0),
            attendees TEXT NOT NULL DEFAULT '[]',
            agenda TEXT NOT NULL DEFAULT '[]',
            decisions TEXT NOT NULL DEFAULT '[]',
            minutes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX cx_meetings_client ON cx_meetings(client_id, date);
        CREATE TABLE cx_feedback (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('customer_call', 'email', 'face_to_face',
                'survey_comment', 'mystery_shopping', 'employee')),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX cx_feedback_client ON cx_feedback(client_id, date);
        CREATE TABLE cx_projects (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL CHECK (source IN ('data', 'customer_feedback',
                'employee_feedback', 'mystery_shopping', 'turn_off', 'journey_deep_dive')),
            reason_id TEXT REFERENCES contact_reasons(id) ON DELETE SET NULL,
            feedback_id TEXT REFERENCES cx_feedback(id) ON DELETE SET NULL,
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'nominated' CHECK (status IN ('nominated', 'approved',
                'in_progress', 'done', 'dropped')),
            priority INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
            next_steps TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL DEFAULT '',
            solution TEXT NOT NULL DEFAULT '',
            due_date TEXT NOT NULL DEFAULT '',
            topic_id TEXT NOT NULL DEFAULT '',
            kpi_id TEXT REFERENCES kpis(id) ON DELETE SET NULL,
            meeting_id TEXT REFERENCES cx_meetings(id) ON DELETE SET NULL,
            nominated_on TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX cx_projects_client ON cx_projects(client_id);
        CREATE TABLE cx_project_revisions (
            id TEXT PRIMARY KEY,
            project_id TEXT NOT NULL REFERENCES cx_projects(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('created', 'changed', 'note')),
            changes TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX cx_project_revisions_project ON cx_project_revisions(project_id, at);
        CREATE TABLE cx_project_feedback (
            project_id TEXT NOT NULL REFERENCES cx_projects(id) ON DELETE CASCADE,
            feedback_id TEXT NOT NULL REFERENCES cx_feedback(id) ON DELETE CASCADE,
            PRIMARY KEY (project_id, feedback_id)
        ) WITHOUT ROWID;
        CREATE INDEX cx_project_feedback_feedback ON cx_project_feedback(feedback_id);
        """,
    )


def _v4_application_id(db: Database) -> None:
    """Mark the file as CSMM Desktop's, so it is told apart from other programs' files."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _v5_report_issuer(db: Database) -> None:
    """The consultancy that issues the reports (one row per data file, so a backup and a
    restore carry it), and per snapshot what its report adds to the data: the consultant's
    key messages, the recommendations chosen for the summary (topic ids in order, JSON; ''
    for the ranking as it is) and the report's version number."""
    _run(
        db,
        """
        CREATE TABLE issuer (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            consultant TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            confidentiality TEXT NOT NULL DEFAULT '',
            logo TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE snapshot_reports (
            snapshot_id TEXT PRIMARY KEY REFERENCES snapshots(id) ON DELETE CASCADE,
            key_messages TEXT NOT NULL DEFAULT '',
            recommendations TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1 CHECK (version BETWEEN 1 AND 999),
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )


def _v6_bundles(db: Database) -> None:
    """Client bundles (services/bundle.py): this installation's own id (named in every
    bundle it makes), each row it sent or received in a bundle with the version last
    received (hash; NULL when only sent): the base a later import compares both sides with,
    and the log of conflicts an import resolved. Safe to run twice (IF NOT EXISTS): a store
    that reached a later version before this step landed can be given it again."""
    _run(
        db,
        """
        CREATE TABLE IF NOT EXISTS installation (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
        );
        INSERT INTO installation (id, created_at)
            SELECT lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
            WHERE NOT EXISTS (SELECT 1 FROM installation);
        CREATE TABLE IF NOT EXISTS bundle_sync (
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            hash INTEGER,
            PRIMARY KEY (table_name, row_key)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS bundle_conflicts (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            local_row TEXT NOT NULL,
            bundle_row TEXT NOT NULL,
            kept TEXT NOT NULL CHECK (kept IN ('local', 'bundle')),
            bundle_name TEXT NOT NULL DEFAULT '',
            bundle_installation TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            reversed_at TEXT
        );
        CREATE INDEX IF NOT EXISTS bundle_conflicts_client ON bundle_conflicts(client_id, at);
        """,
    )


def _v7_trash(db: Database) -> None:
    """The Trash: deleted records kept as the statements that restore them (store/undo.py).
    No link to the client: a deleted client's entry outlives it."""
    _run(
        db,
        """
        CREATE TABLE trash (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            statements INTEGER NOT NULL,
            script TEXT NOT NULL
        );
        CREATE INDEX trash_deleted ON trash(deleted_at);
        """,
    )


def _v8_forms(db: Database) -> None:
    """Custom forms imported from a spreadsheet (services/form_store.py): the form file's
    JSON text per version, kept with the data so backups carry them."""
    _run(
        db,
        """
        CREATE TABLE forms (
            version TEXT PRIMARY KEY,
            json TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        """,
    )


def _v9_quote_themes(db: Database) -> None:
    """The theme the consultant gave a free-text answer (services/voice.py), one per answer:
    the snapshot report groups its open feedback by them. Goes with the respondent. Safe to
    run twice (IF NOT EXISTS): the steps of other branches may land around it."""
    _run(
        db,
        """
        CREATE TABLE IF NOT EXISTS quote_themes (
            respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            theme TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (respondent_id, question_id)
        ) WITHOUT ROWID;
        """,
    )


def _v10_privacy_notice(db: Database) -> None:
    """The consultancy's privacy (KVKK) notice printed on the blank forms; '' prints the
    report's default text."""
    db.execute("ALTER TABLE issuer ADD COLUMN privacy_notice TEXT NOT NULL DEFAULT ''")


def _v11_applicability(db: Database) -> None:
    """Per-client applicability (services/applicability.py): the sections, topics and
    questions that do not apply to a client (a JSON list of their ids; `preset`: the sector
    preset it was last set from, '' for none), and the list each snapshot was frozen with
    when it was created, so a later change for the client never changes an older snapshot's
    questions, scores or reports. A snapshot without a row (all before this step) has every
    question. Safe to run twice (IF NOT EXISTS)."""
    _run(
        db,
        """
        CREATE TABLE IF NOT EXISTS client_applicability (
            client_id TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
            not_applicable TEXT NOT NULL DEFAULT '[]',
            preset TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS snapshot_applicability (
            snapshot_id TEXT PRIMARY KEY REFERENCES snapshots(id) ON DELETE CASCADE,
            not_applicable TEXT NOT NULL DEFAULT '[]',
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )


# (version it brings the store to, step). Append only; never edit a released step.
def _v12_respondent_keys(db: Database) -> None:
    """Answers keyed by an integer respondent key and timed in unix seconds (issue #18:
    ~97 bytes per answer before, ~30 after; store/keys.py says how to query them).

    - respondents gets `key INTEGER PRIMARY KEY AUTOINCREMENT`, a stable storage key (the
      implicit rowid of a table with a TEXT primary key may change at VACUUM; a key is
      never given out twice, so a record in the Trash always comes back under its own).
      Its old rowid becomes its key: "ORDER BY created_at, rowid" orders as before. `id`
      (the uuid, UNIQUE) stays the respondent's identity for bundles, the UI, the command
      line, quote_themes and every other link.
    - answers(respondent_key, question_id, value, updated_at INTEGER), WITHOUT ROWID.
      The per-answer time stays (4 bytes instead of 25): bundles resolve a conflict on an
      answer by the later change of that answer (domain/bundle.newer_wins), which a
      respondent-level time could not tell apart (two laptops changing different answers
      of one respondent). Nothing else reads it ("last saved" is the respondent's and the
      store's). Bundles still carry the uuid and the ISO text (services/bundle.py maps).
    - A time SQLite cannot read as one becomes 0; an answer whose respondent is gone
      (possible only if foreign keys were once off) cannot be keyed and is dropped, with a
      warning in the log (the pre-migration backup keeps it).
    - The Trash's statements are rewritten to the new columns, so what was deleted before
      the migration can still be restored (a trashed respondent gets its key now).
    """
    if db.execute("PRAGMA foreign_keys").fetchone()[0]:  # migrate() turns them off
        # else dropping the old respondents would empty quote_themes (ON DELETE CASCADE)
        raise sqlite3.OperationalError("migration 12 needs foreign keys off")
    _check_rebuilt_as_known(db)
    roles = ", ".join(f"'{r}'" for r in ROLES)
    before = db.execute("SELECT count(*) FROM answers").fetchone()[0]
    seconds = SQL_SECONDS.format("a.updated_at")
    _run(
        db,
        f"""
        CREATE TABLE respondents_v12 (
            id TEXT NOT NULL UNIQUE,
            snapshot_id TEXT NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ({roles})),
            name TEXT NOT NULL DEFAULT '',
            code TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            key INTEGER PRIMARY KEY AUTOINCREMENT
        );
        INSERT INTO respondents_v12
                (key, id, snapshot_id, role, name, code, created_at, updated_at)
            SELECT rowid, id, snapshot_id, role, name, code, created_at, updated_at
            FROM respondents ORDER BY rowid;
        CREATE TABLE answers_v12 (
            respondent_key INTEGER NOT NULL REFERENCES respondents(key) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (respondent_key, question_id)
        ) WITHOUT ROWID;
        INSERT INTO answers_v12 (respondent_key, question_id, value, updated_at)
            SELECT r.key, a.question_id, a.value, {seconds}
            FROM answers a JOIN respondents_v12 r ON r.id = a.respondent_id
            ORDER BY r.key, a.question_id;
        """,
    )
    after = db.execute("SELECT count(*) FROM answers_v12").fetchone()[0]
    if after != before:
        log.warning("migration 12: %d answers without a respondent were dropped", before - after)
    _rekey_trash(db)
    _run(
        db,
        """
        DROP TABLE answers;
        DROP TABLE respondents;
        ALTER TABLE respondents_v12 RENAME TO respondents;
        ALTER TABLE answers_v12 RENAME TO answers;
        CREATE INDEX respondents_snapshot ON respondents(snapshot_id, role);
        """,
    )
    if db.execute("PRAGMA foreign_key_check(answers)").fetchone() is not None:
        raise sqlite3.IntegrityError("migration 12: an answer without its respondent")
    copied = db.execute("SELECT count(*) FROM answers").fetchone()[0]
    if copied != after:  # cannot happen; if it did, nothing of the step is kept
        raise sqlite3.IntegrityError(f"migration 12: {after} answers copied, {copied} kept")


_KNOWN = {
    "respondents": (
        ["id", "snapshot_id", "role", "name", "code", "created_at", "updated_at"],
        {"respondents_snapshot"},
    ),
    "answers": (["respondent_id", "question_id", "value", "updated_at"], set()),
}


def _check_rebuilt_as_known(db: Database) -> None:
    """Step 12 rebuilds respondents and answers with the columns and indexes they had at
    step 10: one another step added before it would be lost, so that is refused (a
    developer's error, seen by every migration test) rather than done."""
    for table, (columns, indexes) in _KNOWN.items():
        found = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        extra = {
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE tbl_name = ? AND type != 'table' "
                "AND name NOT LIKE 'sqlite\\_autoindex\\_%' ESCAPE '\\'",
                [table],
            )
        } - indexes
        if found != columns or extra:
            raise RuntimeError(
                f"migration 12 rebuilds {table} as it was at step 10 ({columns}, {indexes}); "
                f"it has {found}, {extra or 'no other index'}: carry them over in the step"
            )


# One SQL literal as quote() writes it (the undo triggers, store/undo.py): NULL, a number,
# a string with '' for ', a blob.
_LITERAL = re.compile(r"NULL|'(?:[^']|'')*'|[xX]'[0-9A-Fa-f]*'|[-+0-9.eE]+")
_PAIR = re.compile(r'"((?:[^"]|"")+)"=(' + _LITERAL.pattern + ")")
_INSERT = re.compile(
    r'INSERT INTO main\."(answers|respondents)" \(([^)]*)\) VALUES \((.*)\)\Z', re.S
)


def _literals(text: str) -> list[str]:
    out, at = [], 0
    while at < len(text):
        match = _LITERAL.match(text, at)
        if match is None:
            raise ValueError(f"not a list of SQL literals: {text[:80]!r}")
        out.append(match.group())
        at = match.end()
        if at < len(text):
            if text[at] != ",":
                raise ValueError(f"not a list of SQL literals: {text[:80]!r}")
            at += 1
    return out


def _text(literal: str) -> str | None:
    if literal.startswith("'"):
        return literal[1:-1].replace("''", "'")
    return None


def _rekey_trash(db: Database) -> None:
    """The Trash's restore statements for respondents and answers in the columns of step
    14 (before the old tables go): a trashed respondent's INSERT gets a new key, above
    every key there is, and its answers' statements use it; an answer of a respondent
    still here uses that one's key."""
    rows = db.execute("SELECT id, script FROM trash").fetchall()
    if not rows:
        return
    keys: dict[str, int] = {}
    top = db.execute("SELECT coalesce(max(key), 0) FROM respondents_v12").fetchone()[0]

    def key_of(uuid: str | None) -> str:
        nonlocal top
        if uuid is None:
            return "NULL"
        if uuid not in keys:
            here = db.execute("SELECT key FROM respondents_v12 WHERE id = ?", [uuid]).fetchone()
            if here is not None:
                keys[uuid] = here[0]
            else:
                top += 1
                keys[uuid] = top
        return str(keys[uuid])

    def stamp(literal: str) -> str:
        text = _text(literal)
        return literal if text is None else str(stamp_seconds(text))

    def answer_pairs(sql: str) -> str:
        def one(match: re.Match) -> str:
            column, literal = match.group(1), match.group(2)
            if column == "respondent_id":
                return f'"respondent_key"={key_of(_text(literal))}'
            if column == "updated_at":
                return f'"updated_at"={stamp(literal)}'
            return match.group()

        return _PAIR.sub(one, sql)

    def rewrite(sql: str) -> str:
        insert = _INSERT.match(sql)
        if insert is not None:
            table = insert.group(1)
            columns = [c.strip('"') for c in insert.group(2).split(",")]
            values = _literals(insert.group(3))
            if table == "respondents":
                if "key" in columns:
                    return sql
                columns.append("key")
                values.append(key_of(_text(values[columns.index("id")])))
            else:
                for n, column in enumerate(columns):
                    if column == "respondent_id":
                        columns[n] = "respondent_key"
                        values[n] = key_of(_text(values[n]))
                    elif column == "updated_at":
                        values[n] = stamp(values[n])
            cols = ",".join(f'"{c}"' for c in columns)
            return f'INSERT INTO main."{table}" ({cols}) VALUES ({",".join(values)})'
        if sql.startswith(('DELETE FROM main."answers" ', 'UPDATE main."answers" ')):
            return answer_pairs(sql)
        return sql

    for trash_id, script in rows:
        statements = json.loads(script)
        changed = [rewrite(sql) for sql in statements]
        if changed != statements:
            db.execute("UPDATE trash SET script = ? WHERE id = ?", [json.dumps(changed), trash_id])
    # the keys given out here are never given again (sqlite_sequence has no key of its
    # own: update the row, or add it if nothing was inserted yet)
    taken = "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'respondents_v12'"
    if keys and not db.execute(taken, [top]).rowcount:
        db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('respondents_v12', ?)", [top])


def _v13_applicability_family(db: Database) -> None:
    """The form family a client's applicability list was made on (its ids are that
    family's), so a snapshot on a form of another family does not get it
    (services/applicability.fit). Lists made before this step were made on the bundled
    form, whose family is 'csmm-maturity-assessment'."""
    columns = [r[1] for r in db.execute("PRAGMA table_info(client_applicability)")]
    if "form_family" not in columns:
        db.execute(
            "ALTER TABLE client_applicability ADD COLUMN form_family TEXT NOT NULL "
            "DEFAULT 'csmm-maturity-assessment'"
        )


def _v14_respondents_in_id_order(db: Database) -> None:
    """A snapshot's respondents found in id order through one index (the scores' SQL pass,
    services/score_sql.py): before it, the pass went through every respondent of the file
    in id order to keep a big snapshot's answers from a sort, and a 30-respondent snapshot
    beside a 20,000 one took 20 ms instead of 1.6."""
    db.execute("CREATE INDEX IF NOT EXISTS respondents_snapshot_id ON respondents(snapshot_id, id)")


STEPS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _v1_core),
    (2, _v2_engagement),
    (3, _v3_cx_board),
    (4, _v4_application_id),
    (5, _v5_report_issuer),
    (6, _v6_bundles),
    (7, _v7_trash),
    (8, _v8_forms),
    (9, _v9_quote_themes),
    (10, _v10_privacy_notice),
    (11, _v11_applicability),
    (12, _v12_respondent_keys),
    (13, _v13_applicability_family),
    (14, _v14_respondents_in_id_order),
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
            message("store.too_new", path=path, found=start, known=SCHEMA_VERSION), path
        )
    pending = [(v, step) for v, step in STEPS if start < v <= target]
    if pending and start > 0 and backups is not None:
        backup.make_backup(db, backups, kind=f"pre-migration-v{start}")
    if not pending:
        return start
    # off outside the transactions (inside one SQLite ignores it): a rebuilt table's DROP
    # must not cascade to the rows that point at it
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        for version, step in pending:
            with db.atomic():
                step(db)
                db.execute(f"PRAGMA user_version = {version}")
    finally:
        db.execute(f"PRAGMA foreign_keys = {int(foreign_keys)}")
    return start
