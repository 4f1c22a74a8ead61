"""Answers keyed by an integer respondent key, timed in unix seconds (issue 18, migration
12): an older store is migrated with a backup first, every answer kept as it was, the
Trash still restores what was deleted before, and a failed migration changes nothing."""

from __future__ import annotations

import sqlite3

import pytest

from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.services import assessment, bundle
from csmm_desktop.store import backup, connect, migrations, open_store
from csmm_desktop.store.undo import UndoLog, restore, trash_entries

KEYS_STEP = next(v for v, step in migrations.STEPS if step is migrations._v12_respondent_keys)
BEFORE = max(v for v, _step in migrations.STEPS if v < KEYS_STEP)
STAMP = "2026-05-04T10:11:12+00:00"


def old_store(data_dir, respondents=6, questions=40):
    """A store at the version before the keys step, with answers in its TEXT-keyed
    answers table (a quote, a time of another offset), a theme and two deletes in the
    Trash (a respondent; a snapshot with a changed answer of another snapshot)."""
    db = connect(db_path(data_dir), create=True)
    migrations.migrate(db, target=BEFORE)
    undo = UndoLog(db)
    with db.atomic():
        db.execute(
            "INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c', 'Eski', 't', 't')"
        )
        for s in ("s1", "s2"):
            db.execute(
                "INSERT INTO snapshots (id, client_id, stage, date, form_version, created_at, "
                "updated_at) VALUES (?, 'c', 'initial', '2026-01-01', '1.0', 't', 't')",
                [s],
            )
        for n in range(respondents):
            rid = f"r{n}-{'x' * 30}"
            db.execute(
                "INSERT INTO respondents (id, snapshot_id, role, name, code, created_at, "
                "updated_at) VALUES (?, ?, 'management', ?, '', ?, ?)",
                [rid, "s1" if n < respondents - 2 else "s2", f"Kişi {n}", STAMP, STAMP],
            )
            for q in range(questions):
                value = "O'Brien dedi ki" if q == 3 else str(q % 5 + 1)
                stamp = "2026-05-04T13:11:12+03:00" if q == 5 else STAMP
                db.execute(
                    "INSERT INTO answers VALUES (?, ?, ?, ?)", [rid, f"1.1.{q}-1", value, stamp]
                )
        db.execute(
            "INSERT INTO quote_themes VALUES (?, '1.1.3-1', 'Bekleme', ?)",
            [f"r0-{'x' * 30}", STAMP],
        )
    with undo.labelled("Kişi 1", trash="respondent"), db.atomic():
        db.execute("DELETE FROM respondents WHERE id = ?", [f"r1-{'x' * 30}"])
    with undo.labelled("s2", trash="snapshot"), db.atomic():
        db.execute(
            "UPDATE answers SET value = '5', updated_at = ? WHERE respondent_id = ? "
            "AND question_id = '1.1.0-1'",
            ["2026-06-01T00:00:00+00:00", f"r2-{'x' * 30}"],
        )
        db.execute("DELETE FROM snapshots WHERE id = 's2'")
    return db


def old_answers(db):
    return sorted(db.execute("SELECT * FROM answers").fetchall())


def new_answers(db):
    return sorted(bundle.table_rows(db, "answers")[1].fetchall())


def test_an_older_store_keeps_every_answer_and_is_backed_up_first(data_dir):
    old = old_store(data_dir)
    answers = old_answers(old)
    respondents = sorted(old.execute("SELECT id, snapshot_id, name FROM respondents"))
    themes = old.execute("SELECT * FROM quote_themes").fetchall()
    old.close()

    db = open_store(data_dir)
    assert migrations.user_version(db) == migrations.SCHEMA_VERSION
    saved = backup.backups(backup_dir(data_dir), f"pre-migration-v{BEFORE}")
    assert len(saved) == 1
    with sqlite3.connect(saved[0]) as copy:
        assert sorted(copy.execute("SELECT * FROM answers").fetchall()) == answers

    # every answer, as bundles see it (uuid, ISO time): what it was, but a time of
    # another offset, which is now the same moment in UTC
    utc = [(r, q, v, STAMP if s.endswith("+03:00") else s) for r, q, v, s in answers]
    assert new_answers(db) == sorted(utc)
    assert [c[1] for c in db.execute("PRAGMA table_info(answers)")] == [
        "respondent_key",
        "question_id",
        "value",
        "updated_at",
    ]
    assert db.execute("SELECT typeof(respondent_key), typeof(updated_at) FROM answers").fetchall()[
        0
    ] == ("integer", "integer")
    assert sorted(db.execute("SELECT id, snapshot_id, name FROM respondents")) == respondents
    assert db.execute("SELECT * FROM quote_themes").fetchall() == themes
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    r0 = f"r0-{'x' * 30}"
    assert assessment.answers_of(db, r0)["1.1.3-1"] == "O'Brien dedi ki"
    # the services write the new columns: an answer, a new respondent
    assessment.set_answer(db, r0, "1.1.1-1", "4")
    assert assessment.answers_of(db, r0)["1.1.1-1"] == "4"
    db.close()


def test_keys_survive_vacuum_and_are_never_given_twice(data_dir):
    old_store(data_dir).close()
    db = open_store(data_dir)
    keys = dict(db.execute("SELECT id, key FROM respondents"))
    with db.writes_allowed():
        db.execute("VACUUM")
    assert dict(db.execute("SELECT id, key FROM respondents")) == keys
    new = assessment.add_respondent(db, "s1", "management", "Yeni")
    new_key = db.execute("SELECT key FROM respondents WHERE id = ?", [new.id]).fetchone()[0]
    # above every key here and every key the Trash's respondents were given
    assert new_key > max(keys.values()) + 3
    db.close()


def test_what_was_in_the_trash_before_is_restored_after(data_dir):
    old = old_store(data_dir)
    entries = {e.label: e.id for e in trash_entries(old)}
    old.close()
    db = open_store(data_dir)
    before_restore = new_answers(db)
    r1 = f"r1-{'x' * 30}"
    restore(db, entries["Kişi 1"])
    assert assessment.get_respondent(db, r1).name == "Kişi 1"
    assert len(assessment.answers_of(db, r1)) == 40
    assert assessment.answers_of(db, r1)["1.1.3-1"] == "O'Brien dedi ki"
    restore(db, entries["s2"])
    r2 = f"r2-{'x' * 30}"
    assert assessment.answers_of(db, r2)["1.1.0-1"] == "1"  # the change undone too
    assert len(assessment.answers_of(db, f"r5-{'x' * 30}")) == 40
    assert len(new_answers(db)) == len(before_restore) + 3 * 40
    assert {s for _r, _q, _v, s in new_answers(db)} == {STAMP}  # +03:00 too, as UTC
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_a_failed_migration_changes_nothing(data_dir, monkeypatch):
    old = old_store(data_dir)
    answers = old_answers(old)
    old.close()

    def broken(db):
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "_rekey_trash", broken)
    with pytest.raises(RuntimeError):
        open_store(data_dir)
    conn = sqlite3.connect(db_path(data_dir))
    assert conn.execute("PRAGMA user_version").fetchone() == (BEFORE,)
    assert sorted(conn.execute("SELECT * FROM answers").fetchall()) == answers
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "respondents_v12" not in tables and "answers_v12" not in tables
    conn.close()
    monkeypatch.undo()
    db = open_store(data_dir)  # and it migrates once the cause is gone
    assert len(new_answers(db)) == len(answers)
    db.close()


def test_bundle_fingerprints_of_answers_are_unchanged(data_dir):
    """Bundles carry the uuid and the ISO time as before: an answer's fingerprint (what
    bundle_sync keeps and the other laptop compares with) is the one it had."""
    from csmm_desktop.domain import bundle as rules

    old = old_store(data_dir)
    hashes = {rules.row_hash(row) for row in old.execute("SELECT * FROM answers")}
    old.close()
    db = open_store(data_dir)
    after = {rules.row_hash(row) for row in new_answers(db)}
    assert len(after) == len(hashes)
    assert len(after - hashes) == 3  # only the answers whose time had another offset
    db.close()


def test_a_column_another_step_added_is_never_lost_silently(data_dir):
    """The rebuild knows respondents' and answers' columns at step 10: a column a step
    merged before it added would be dropped, so the migration refuses (nothing changed)."""
    old = old_store(data_dir)
    with old.atomic():
        old.execute("ALTER TABLE respondents ADD COLUMN email TEXT NOT NULL DEFAULT ''")
    old.close()
    with pytest.raises(RuntimeError, match="email"):
        open_store(data_dir)
    conn = sqlite3.connect(db_path(data_dir))
    assert conn.execute("PRAGMA user_version").fetchone() == (BEFORE,)
    assert "email" in {r[1] for r in conn.execute("PRAGMA table_info(respondents)")}
    conn.close()
