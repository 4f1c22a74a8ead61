import hashlib
import os
import sqlite3

import pytest

from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.services import clients
from csmm_desktop.store import (
    CorruptStoreError,
    StoreLockedError,
    StoreTooNewError,
    backup,
    connect,
    migrations,
    open_store,
)
from csmm_desktop.store.db import restore_newest_backup
from csmm_desktop.store.lock import InstanceLock


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_at_current_version_with_pragmas(db):
    assert migrations.user_version(db) == migrations.SCHEMA_VERSION
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {
        "clients",
        "snapshots",
        "respondents",
        "answers",
        "problems",
        "requirements",
        "kpis",
        "kpi_values",
        "actions",
        "action_revisions",
        "workshops",
        "contact_volumes",
        "checklist_items",
    } <= set(db.table_names())


def test_migration_from_version_1_keeps_data_and_backs_up_first(data_dir):
    old = connect(db_path(data_dir), create=True)
    migrations.migrate(old, target=1)
    assert migrations.user_version(old) == 1
    old["clients"].insert(
        {"id": "c1", "name": "Eski Müşteri", "created_at": "x", "updated_at": "x"}
    )
    old.close()

    db = open_store(data_dir)
    assert migrations.user_version(db) == migrations.SCHEMA_VERSION
    assert clients.get_client(db, "c1").name == "Eski Müşteri"
    assert "problems" in db.table_names()
    pre = backup.backups(backup_dir(data_dir), "pre-migration-v1")
    assert len(pre) == 1
    saved = sqlite3.connect(pre[0])
    assert saved.execute("PRAGMA user_version").fetchone()[0] == 1
    assert saved.execute("SELECT name FROM clients").fetchall() == [("Eski Müşteri",)]


def test_failing_migration_step_rolls_back_whole_step(data_dir, monkeypatch):
    db = connect(db_path(data_dir), create=True)
    migrations.migrate(db, target=1)

    def broken(database):
        database.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "STEPS", [migrations.STEPS[0], (2, broken)])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    with pytest.raises(RuntimeError):
        migrations.migrate(db)
    assert migrations.user_version(db) == 1
    assert "half_done" not in db.table_names()


def test_write_rolled_back_on_error(db):
    with pytest.raises(RuntimeError), db.atomic():
        clients.create_client(db, "Inside")  # nested: a savepoint
        raise RuntimeError("after the insert")
    assert clients.list_clients(db) == []


def test_deleting_client_cascades(db):
    client = clients.create_client(db, "A")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    db["respondents"].insert(
        {"id": "r", "snapshot_id": snap.id, "role": "client", "created_at": "x", "updated_at": "x"}
    )
    clients.delete_client(db, client.id)
    assert db.execute("SELECT count(*) FROM snapshots").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM respondents").fetchone()[0] == 0


def test_garbage_file_is_refused_untouched(data_dir):
    path = db_path(data_dir)
    path.write_bytes(b"this is not a database at all\x00\x01" * 100)
    before = digest(path)
    with pytest.raises(CorruptStoreError, match="not a CSMM Desktop data file"):
        open_store(data_dir)
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def test_damaged_sqlite_file_is_refused_untouched(data_dir):
    db = open_store(data_dir)
    for i in range(300):
        clients.create_client(db, f"Client {i}", notes="x" * 500)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = db_path(data_dir)
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)  # wreck some pages past the header
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(CorruptStoreError):
        open_store(data_dir)
    assert digest(path) == before


def test_newer_schema_is_refused(data_dir):
    db = open_store(data_dir)  # a CSMM file (its tables) that a newer app moved on
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(StoreTooNewError, match="newer"):
        open_store(data_dir)


def test_restore_newest_backup_keeps_damaged_file(data_dir):
    db = open_store(data_dir)
    clients.create_client(db, "Kept in backup")
    backup.make_backup(db, backup_dir(data_dir), "auto")
    db.close()
    path = db_path(data_dir)
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.write_bytes(b"garbage" * 50)
    before = digest(path)
    _used, damaged = restore_newest_backup(data_dir)
    assert digest(damaged) == before
    restored = open_store(data_dir)
    assert [c.name for c in clients.list_clients(restored)] == ["Kept in backup"]


def test_second_instance_is_locked_out(data_dir):
    with InstanceLock(data_dir), pytest.raises(StoreLockedError, match="already open"):
        InstanceLock(data_dir).acquire()
    with InstanceLock(data_dir):  # released: can be taken again
        pass


def test_a_pid_left_in_the_lock_file_means_the_last_session_did_not_end_cleanly(data_dir):
    lock = InstanceLock(data_dir)
    lock.acquire()
    assert not lock.unclean  # a first start
    assert lock.path.read_text() == str(os.getpid())  # while it runs
    lock.release()
    assert lock.path.read_bytes() == b""  # a clean end empties it
    again = InstanceLock(data_dir)
    with again:
        assert not again.unclean
    lock.path.write_text("4242")  # what a crash (or kill -9, or a power cut) leaves
    after_crash = InstanceLock(data_dir)
    with after_crash:
        assert after_crash.unclean and after_crash.previous_pid == "4242"
        assert lock.path.read_text() == str(os.getpid())


def test_unusable_data_folder_is_a_clear_message(tmp_path, capsys):
    from csmm_desktop.cli import main
    from csmm_desktop.store import StoreUnavailableError

    blocker = tmp_path / "usb-stick"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreUnavailableError, match="cannot be created"):
        open_store(blocker / "data")
    assert main(["--data-dir", str(blocker / "data"), "clients"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("csmm-desktop: The data folder") and "Traceback" not in err
    with pytest.raises(StoreUnavailableError):
        InstanceLock(blocker / "data").acquire()
