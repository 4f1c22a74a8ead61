"""The store refuses what it must not touch, and every write goes through one guarded seam."""

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.services import clients
from csmm_desktop.store import backup, connect, migrations, open_store
from csmm_desktop.store.db import check_readable, inspect
from csmm_desktop.store.errors import (
    CorruptStoreError,
    NotOurFileError,
    StoreBusyError,
    StoreFullError,
    StoreGoneError,
    StoreReadOnlyError,
    StoreTooNewError,
)

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_another_programs_sqlite_file_is_refused_byte_for_byte(data_dir):
    path = db_path(data_dir)
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    other.execute("INSERT INTO invoices (total) VALUES (12.5)")
    other.commit()
    other.close()
    before = digest(path)
    with pytest.raises(NotOurFileError, match="not a CSMM Desktop data file"):
        open_store(data_dir)
    with pytest.raises(NotOurFileError):
        connect(path)
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()  # WAL was never switched on
    check = sqlite3.connect(path)
    assert [r[0] for r in check.execute("SELECT name FROM sqlite_master")] == ["invoices"]


def test_a_file_with_another_application_id_is_refused(data_dir):
    path = db_path(data_dir)
    other = sqlite3.connect(path)
    other.execute("PRAGMA application_id = 1234")
    other.execute("CREATE TABLE clients (id)")
    other.commit()
    other.close()
    before = digest(path)
    with pytest.raises(NotOurFileError):
        open_store(data_dir)
    assert digest(path) == before


def test_a_newer_csmm_file_in_rollback_journal_mode_is_refused_untouched(data_dir):
    db = open_store(data_dir)
    clients.create_client(db, "Yeni sürüm")
    db.close()
    path = db_path(data_dir)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = DELETE")  # as a newer app might leave it
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    before = digest(path)
    with pytest.raises(StoreTooNewError, match="newer CSMM Desktop"):
        open_store(data_dir)
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()
    assert path.read_bytes()[18:20] == b"\x01\x01"  # still rollback-journal mode


def test_new_files_are_marked_as_ours_and_old_ones_get_the_mark(data_dir, tmp_path):
    db = open_store(data_dir)
    assert db.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    db.close()
    old_dir = tmp_path / "old"
    old_dir.mkdir()
    old = connect(db_path(old_dir), create=True)
    migrations.migrate(old, target=3)
    assert old.execute("PRAGMA application_id").fetchone()[0] == 0
    old.close()
    assert inspect(db_path(old_dir)).kind == "csmm"  # core tables: ours, unmarked
    upgraded = open_store(old_dir)
    assert upgraded.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    upgraded.close()


@pytest.mark.parametrize("state", ["empty", "missing"])
def test_an_empty_or_vanished_file_with_backups_is_damage_not_a_fresh_start(data_dir, state):
    db = open_store(data_dir)
    clients.create_client(db, "Önemli müşteri")
    backup.make_backup(db, backup_dir(data_dir), "manual")
    db.close()
    path = db_path(data_dir)
    for side in backup.side_files(path):
        side.unlink(missing_ok=True)
    if state == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
    with pytest.raises(CorruptStoreError, match="backups of it exist"):
        open_store(data_dir)
    # nothing was created in its place
    assert (path.exists() and path.stat().st_size == 0) if state == "empty" else not path.exists()


def test_an_empty_file_without_backups_is_a_new_store(data_dir):
    db_path(data_dir).write_bytes(b"")
    db = open_store(data_dir)
    assert clients.list_clients(db) == []
    db.close()


def _damage_an_index(path: Path) -> None:
    """Damage quick_check does not see: an index whose entries do not match its table."""
    raw = sqlite3.connect(path)
    raw.isolation_level = None
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX snapshots_client ON snapshots(stage)' "
        "WHERE name = 'snapshots_client'"
    )
    raw.close()


def test_index_damage_that_quick_check_misses_is_found(data_dir):
    db = open_store(data_dir)
    client = clients.create_client(db, "A")
    for day in range(1, 20):
        clients.create_snapshot(db, client.id, "initial", f"2026-01-{day:02d}")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = db_path(data_dir)
    _damage_an_index(path)
    before = digest(path)
    check_readable(path, full=False)  # quick_check: "ok"
    with pytest.raises(CorruptStoreError, match="missing from index"):
        open_store(data_dir)  # a small file: the full check runs
    with pytest.raises(CorruptStoreError):
        open_store(data_dir, full_check=True)
    assert digest(path) == before


def test_a_write_around_the_seam_is_refused(db):
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        db.conn.execute("DELETE FROM clients")
    with db.atomic():
        db.conn.execute(
            "INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c', 'C', 't', 't')"
        )
    assert clients.get_client(db, "c").name == "C"


def test_a_deleted_data_file_is_noticed_at_the_next_write(data_dir):
    db = open_store(data_dir)
    clients.create_client(db, "Before")
    path = db_path(data_dir)
    for file in [path, *backup.side_files(path)]:
        file.unlink(missing_ok=True)  # the folder deleted under the running app
    with pytest.raises(StoreGoneError, match="no longer there"):
        clients.create_client(db, "After")
    db.close()


def test_a_replaced_data_file_is_noticed_at_the_next_write(data_dir, tmp_path):
    db = open_store(data_dir)
    clients.create_client(db, "Mine")
    other_dir = tmp_path / "other"
    other = open_store(other_dir)
    other.close()
    os.replace(db_path(other_dir), db_path(data_dir))
    with pytest.raises(StoreGoneError, match="replaced"):
        clients.create_client(db, "Lost?")
    db.close()


def test_a_read_only_medium_is_said_as_such(data_dir):
    open_store(data_dir).close()
    path = db_path(data_dir)
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    from csmm_desktop.store.db import Store

    db = Store(raw, path)
    with pytest.raises(StoreReadOnlyError, match="read-only"):
        clients.create_client(db, "X")
    db.close()


def test_a_full_disk_is_said_as_such_and_nothing_half_done(db):
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StoreFullError, match="is full"):
        clients.create_client(db, "Big", notes="x" * 200_000)
    db.execute("PRAGMA max_page_count = 1000000")
    assert clients.list_clients(db) == []
    clients.create_client(db, "Small")  # the store is usable again
    assert [c.name for c in clients.list_clients(db)] == ["Small"]


def _unshare_tmpfs() -> bool:
    try:
        done = subprocess.run(
            ["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True
        )
    except OSError:
        return False
    return done.returncode == 0


FULL_DISK_CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from csmm_desktop.services import clients
    from csmm_desktop.store import open_store
    from csmm_desktop.store.errors import StoreError
    db = open_store(Path(sys.argv[1]))
    saved = 0
    try:
        for i in range(10_000):
            clients.create_client(db, f"Client {{i}}", notes="x" * 4000)
            saved += 1
    except StoreError as exc:
        print(type(exc).__name__, saved, exc.message, flush=True)
    stored = db.execute("SELECT count(*) FROM clients").fetchone()[0]
    print("stored", stored)
""")


@pytest.mark.skipif(not _unshare_tmpfs(), reason="needs user namespaces to mount a small tmpfs")
def test_a_real_full_disk_on_a_tiny_tmpfs(tmp_path):
    script = tmp_path / "fill.py"
    script.write_text(FULL_DISK_CHILD.format(root=str(ROOT)))
    mount = tmp_path / "stick"
    mount.mkdir()
    shell = f"mount -t tmpfs -o size=2m none {mount} && {sys.executable} {script} {mount / 'data'}"
    done = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", shell],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.strip().splitlines()
    kind, saved, *_ = first.split()
    assert kind == "StoreFullError" and "is full" in first
    assert second == f"stored {saved}"  # every client said saved is stored, no more


def test_a_busy_store_waits_then_says_busy(data_dir):
    db = open_store(data_dir, busy_ms=200)
    holder = sqlite3.connect(db_path(data_dir))
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreBusyError, match="busy"):
        clients.create_client(db, "Waits")
    holder.rollback()
    clients.create_client(db, "Now")  # free again
    holder.close()
    db.close()


def test_a_connection_to_a_vanished_data_file_never_makes_an_empty_one(data_dir):
    db = open_store(data_dir)
    clients.create_client(db, "Kayıp olmasın")
    backup.make_backup(db, backup_dir(data_dir), "auto")
    path = db_path(data_dir)
    for file in [path, *backup.side_files(path)]:
        file.unlink(missing_ok=True)
    with pytest.raises(StoreGoneError):
        connect(path)  # a wizard's or a worker's own connection
    assert not path.exists()
    db.close()
    with pytest.raises(CorruptStoreError, match="missing"):
        open_store(data_dir)  # the next start offers the backup instead


def test_a_file_gone_while_a_transaction_runs_is_not_reported_stored(data_dir):
    db = open_store(data_dir)
    path = db_path(data_dir)
    with pytest.raises(StoreGoneError), db.atomic():
        clients.create_client(db, "Midway")
        for file in [path, *backup.side_files(path)]:
            file.unlink(missing_ok=True)  # the folder deleted during a long import
    db.close()


def test_restore_is_refused_while_another_program_has_the_file_open(data_dir):
    from csmm_desktop.store.db import restore_backup
    from csmm_desktop.store.errors import StoreBusyError as Busy

    db = open_store(data_dir)
    clients.create_client(db, "Şimdiki")
    source = backup.make_backup(db, backup_dir(data_dir), "manual")
    clients.create_client(db, "Sonra")
    other = sqlite3.connect(db_path(data_dir))  # a database viewer, another command
    other.execute("SELECT count(*) FROM clients").fetchone()
    with pytest.raises(Busy, match="Another program"):
        restore_backup(data_dir, source, db)
    other.close()
    again = open_store(data_dir)
    assert {c.name for c in clients.list_clients(again)} == {"Şimdiki", "Sonra"}
    again.close()


def test_a_table_less_file_with_a_version_is_not_ours(data_dir):
    path = db_path(data_dir)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 7")
    raw.close()
    with pytest.raises(NotOurFileError):
        open_store(data_dir)


def test_a_dangling_link_says_so(data_dir, tmp_path):
    from csmm_desktop.store.errors import StoreUnavailableError

    db_path(data_dir).symlink_to(tmp_path / "usb" / "csmm.sqlite")
    with pytest.raises(StoreUnavailableError, match="link to .*does not exist"):
        open_store(data_dir)
